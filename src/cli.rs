//! The command-line interface. `main.rs` only calls [`main`].

use crate::config::{self, Config};
use crate::corpus::CorpusStats;
use crate::io::{self as fileio, Content, FileError};
use crate::large_file;
use crate::linter::{LintOptions, Linter};
use crate::registry::{all_rules, find};
use crate::report::{self, FileReport, OutputFormat};
use crate::rules::RuleData;
use crate::selection::Selection;
use crate::walk::{self, Found};
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;
use std::fs;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "proofmark",
    version,
    about = "Find and repair damaged text: OCR errors, site chrome, Unicode damage, repetition."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint files and folders (default: the current folder); `-` reads standard input.
    Check(CheckArgs),
    /// List every rule with its code, name and whether it can fix.
    Rules,
    /// Print the documentation of one rule.
    Rule {
        /// A rule code (REP001) or name (repeated-word).
        code: String,
    },
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Files or folders to lint; `-` for standard input.
    paths: Vec<PathBuf>,
    /// Apply safe fixes in place.
    #[arg(long)]
    fix: bool,
    /// With --fix, apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the unified diff that --fix would make and change nothing.
    #[arg(long)]
    diff: bool,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value = "full")]
    output_format: OutputFormat,
    /// Print the number of diagnostics per rule.
    #[arg(long)]
    statistics: bool,
    /// Rules to enable (codes, prefixes or names), replacing the configured selection.
    #[arg(long, value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Rules to enable in addition to the selection.
    #[arg(long, value_delimiter = ',')]
    extend_select: Vec<String>,
    /// Rules to disable.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// The file name to use in messages when reading standard input.
    #[arg(long)]
    stdin_filename: Option<String>,
    /// More file extensions to lint when walking folders (e.g. --extension html).
    #[arg(long, value_delimiter = ',')]
    extension: Vec<String>,
    /// Use this config file instead of looking for proofmark.toml.
    #[arg(long)]
    config: Option<PathBuf>,
}

/// Exit status: 0 clean, 1 diagnostics remain, 2 usage, config or I/O error.
const EXIT_CLEAN: u8 = 0;
const EXIT_FOUND: u8 = 1;
const EXIT_ERROR: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { EXIT_CLEAN });
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => list_rules(),
        Command::Rule { code } => show_rule(&code),
    }
}

fn list_rules() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut family = None;
    for rule in all_rules() {
        let meta = rule.meta();
        if family != Some(meta.family) {
            let _ = writeln!(out, "{}{}", if family.is_some() { "\n" } else { "" }, meta.family.title());
            family = Some(meta.family);
        }
        let _ =
            writeln!(out, "  {:<7} {:<28} fix: {:<9} {}", meta.code, meta.name, meta.fix.describe(), meta.summary());
    }
    ExitCode::from(EXIT_CLEAN)
}

fn show_rule(code: &str) -> ExitCode {
    match find(code) {
        Some(rule) => {
            let meta = rule.meta();
            println!(
                "# {} ({})\n\nFamily: {}. Fix: {}.\n\n{}",
                meta.name,
                meta.code,
                meta.family.title(),
                meta.fix.describe(),
                meta.documentation()
            );
            ExitCode::from(EXIT_CLEAN)
        }
        None => {
            eprintln!("error: no rule with code or name `{code}`; `proofmark rules` lists them");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn print_error(err: impl miette::Diagnostic + Send + Sync + 'static) {
    eprintln!("{:?}", miette::Report::new(err));
}

/// What came of one file.
#[derive(Default)]
struct Outcome {
    reports: Vec<FileReport>,
    error: Option<FileError>,
    note: Option<String>,
    fixed: usize,
    diff: Option<String>,
}

struct Run {
    base: Linter,
    config: Config,
    options: LintOptions,
    mode: Mode,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Report,
    Fix,
    Diff,
}

fn check(args: CheckArgs) -> ExitCode {
    let paths = if args.paths.is_empty() { vec![PathBuf::from(".")] } else { args.paths.clone() };
    let config = match load_config(&args, &paths) {
        Ok(c) => c,
        Err(e) => {
            print_error(e);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let cli_selection = Selection {
        select: args.select.clone(),
        extend_select: args.extend_select.clone(),
        ignore: args.ignore.clone(),
    };
    let selection = config.selection.merged_with(&cli_selection);
    if let Err(e) = selection.validate() {
        eprintln!("error: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    let mut data = match RuleData::build(&config) {
        Ok(d) => d,
        Err(e) => {
            print_error(e);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let is_stdin = paths.len() == 1 && paths[0].as_os_str() == "-";
    let found = if is_stdin { Vec::new() } else { walk::collect(&paths, &config, &args.extension) };
    let files: Vec<PathBuf> =
        found.iter().filter_map(|f| if let Found::File(p) = f { Some(p.clone()) } else { None }).collect();
    data.corpus = CorpusStats::collect(&files);
    let mode = if args.diff {
        Mode::Diff
    } else if args.fix {
        Mode::Fix
    } else {
        Mode::Report
    };
    let run = Run {
        base: Linter::new(selection.rules(&[]), Arc::new(data)),
        options: LintOptions { unsafe_fixes: args.unsafe_fixes },
        mode,
        config,
    };
    let selection = Arc::new(selection);

    if is_stdin {
        return check_stdin(&run, &args);
    }
    let mut walk_errors = 0;
    for f in &found {
        if let Found::Error(e) = f {
            eprintln!("error: {e}");
            walk_errors += 1;
        }
    }
    let linter_for = |path: &Path| {
        let extra = run.config.ignores_for(path);
        if extra.is_empty() {
            run.base.clone()
        } else {
            run.base.with_rules(selection.rules(&extra))
        }
    };
    if run.mode == Mode::Fix {
        remove_stale_temp_files(&files);
    }
    let outcomes: Vec<Outcome> = files.par_iter().map(|p| process_file(&run, &linter_for(p), p)).collect();
    finish(&run, &args, outcomes, walk_errors)
}

/// Temporary files older than this in a folder being fixed were left by a killed run.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(60);

fn remove_stale_temp_files(files: &[PathBuf]) {
    let dirs: std::collections::BTreeSet<&Path> = files.iter().filter_map(|f| f.parent()).collect();
    for dir in dirs {
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        let removed = fileio::remove_stale_temp_files(dir, STALE_TEMP_AGE);
        if removed > 0 {
            eprintln!("note: removed {removed} temporary file(s) an interrupted run left in {}", dir.display());
        }
    }
}

fn load_config(args: &CheckArgs, paths: &[PathBuf]) -> Result<Config, config::ConfigError> {
    let explicit = args.config.clone();
    let start = paths.iter().find(|p| p.as_os_str() != "-").cloned().unwrap_or_else(|| PathBuf::from("."));
    match explicit.or_else(|| config::discover(&start)) {
        Some(path) => config::load(&path),
        None => Ok(Config::default()),
    }
}

fn display_path(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(String::from).unwrap_or(s)
}

fn process_file(run: &Run, linter: &Linter, path: &Path) -> Outcome {
    let name = display_path(path);
    if fs::metadata(path).is_ok_and(|m| m.len() > large_file::LARGE_FILE_BYTES) {
        return process_large_file(run, linter, &name, path);
    }
    let text = match fileio::read(path) {
        Ok(Content::Text(t)) => t,
        Ok(Content::Binary) => {
            return Outcome { note: Some(format!("{name}: skipped, looks binary")), ..Outcome::default() }
        }
        Err(e) => return Outcome { error: Some(e), ..Outcome::default() },
    };
    match run.mode {
        Mode::Report => {
            let diagnostics = linter.lint(&name, &text);
            Outcome { reports: vec![FileReport::new(name, text.into(), diagnostics)], ..Outcome::default() }
        }
        Mode::Fix | Mode::Diff => {
            let fixed = linter.fix(&name, &text, run.options);
            let mut outcome = Outcome { fixed: fixed.applied, ..Outcome::default() };
            if fixed.text != text {
                if run.mode == Mode::Diff {
                    outcome.diff = Some(unified_diff(&name, &text, &fixed.text));
                } else if let Err(e) = fileio::write_atomic(path, &text, &fixed.text) {
                    outcome.error = Some(e);
                    outcome.fixed = 0;
                    let diagnostics = linter.lint(&name, &text);
                    outcome.reports = vec![FileReport::new(name, text.into(), diagnostics)];
                    return outcome;
                }
            }
            let shown = if run.mode == Mode::Diff { linter.lint(&name, &text) } else { fixed.remaining };
            let source = if run.mode == Mode::Diff { text } else { fixed.text };
            outcome.reports = vec![FileReport::new(name, source.into(), shown)];
            outcome
        }
    }
}

/// A file too large to hold whole, linted segment by segment with bounded memory.
fn process_large_file(run: &Run, linter: &Linter, name: &str, path: &Path) -> Outcome {
    let action = match run.mode {
        Mode::Report => large_file::Action::Report,
        Mode::Fix => large_file::Action::Fix,
        Mode::Diff => large_file::Action::Diff,
    };
    match large_file::process(linter, name, path, action, run.options, large_file::SEGMENT_BYTES) {
        Ok(s) if s.binary => Outcome { note: Some(format!("{name}: skipped, looks binary")), ..Outcome::default() },
        Ok(s) => Outcome {
            reports: s.reports,
            fixed: if run.mode == Mode::Fix { s.applied } else { 0 },
            diff: (!s.diff.is_empty()).then_some(s.diff),
            ..Outcome::default()
        },
        Err(e) => Outcome { error: Some(e), ..Outcome::default() },
    }
}

fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

fn check_stdin(run: &Run, args: &CheckArgs) -> ExitCode {
    let name = args.stdin_filename.clone().unwrap_or_else(|| "-".to_string());
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        print_error(FileError::Io { path: name.into(), source: e });
        return ExitCode::from(EXIT_ERROR);
    }
    let text = match fileio::decode(Path::new(&name), bytes) {
        Ok(Content::Text(t)) => t,
        Ok(Content::Binary) => {
            eprintln!("{name}: skipped, looks binary");
            return ExitCode::from(EXIT_CLEAN);
        }
        Err(e) => {
            print_error(e);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let linter = &run.base;
    let outcome = match run.mode {
        Mode::Fix => {
            // Fixed text goes to stdout, as a filter; remaining diagnostics to stderr.
            let fixed = linter.fix(&name, &text, run.options);
            print!("{}", fixed.text);
            let report = FileReport::new(name, fixed.text.into(), fixed.remaining);
            let remaining = report.diagnostics.len();
            let _ = report::write(OutputFormat::Concise, &[report], &mut std::io::stderr(), false);
            return ExitCode::from(if remaining > 0 { EXIT_FOUND } else { EXIT_CLEAN });
        }
        Mode::Diff => {
            let fixed = linter.fix(&name, &text, run.options);
            print!("{}", unified_diff(&name, &text, &fixed.text));
            return ExitCode::from(if fixed.text != text { EXIT_FOUND } else { EXIT_CLEAN });
        }
        Mode::Report => {
            let diagnostics = linter.lint(&name, &text);
            Outcome { reports: vec![FileReport::new(name, text.into(), diagnostics)], ..Outcome::default() }
        }
    };
    finish(run, args, vec![outcome], 0)
}

fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn finish(run: &Run, args: &CheckArgs, outcomes: Vec<Outcome>, walk_errors: usize) -> ExitCode {
    let mut errors = walk_errors;
    let mut fixed = 0;
    let mut reports = Vec::new();
    let mut diffs = String::new();
    for o in outcomes {
        if let Some(note) = o.note {
            eprintln!("note: {note}");
        }
        if let Some(e) = o.error {
            print_error(e);
            errors += 1;
        }
        fixed += o.fixed;
        if let Some(d) = o.diff {
            diffs.push_str(&d);
        }
        reports.extend(o.reports);
    }
    let remaining: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let write_result = if run.mode == Mode::Diff {
        out.write_all(diffs.as_bytes())
    } else if args.statistics {
        report::write_statistics(&reports, &mut out)
    } else {
        report::write(args.output_format, &reports, &mut out, use_color())
    };
    if let Err(e) = write_result.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write output: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if matches!(args.output_format, OutputFormat::Full | OutputFormat::Concise) && !args.statistics {
        summarize(run.mode, remaining, fixed, &diffs);
    }
    let code = if errors > 0 {
        EXIT_ERROR
    } else if (run.mode == Mode::Diff && !diffs.is_empty()) || (run.mode != Mode::Diff && remaining > 0) {
        EXIT_FOUND
    } else {
        EXIT_CLEAN
    };
    ExitCode::from(code)
}

fn summarize(mode: Mode, remaining: usize, fixed: usize, diffs: &str) {
    match mode {
        Mode::Diff if diffs.is_empty() => eprintln!("No fixes to apply."),
        Mode::Diff => {}
        Mode::Fix => eprintln!("Fixed {fixed} problem(s); {remaining} remaining."),
        Mode::Report if remaining == 0 => eprintln!("All checks passed."),
        Mode::Report => eprintln!("Found {remaining} problem(s)."),
    }
}
