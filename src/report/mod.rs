//! Output formats. Each format writes all file reports to one writer.

mod concise;
mod full;
mod github;
mod json;
mod sarif;

use crate::diagnostic::Diagnostic;
use crate::document::{ColumnCursor, Document};
use std::io::{self, Write};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// rustc-style diagnostics with the source line and the span underlined
    Full,
    /// one line per diagnostic: path:line:col: CODE message
    Concise,
    /// a JSON array of diagnostics with byte spans and fixes
    Json,
    /// GitHub Actions workflow annotations
    Github,
    /// SARIF 2.1.0 for code scanning
    Sarif,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// A diagnostic with its positions resolved against its document.
#[derive(Debug, Clone)]
pub struct Located {
    pub diagnostic: Diagnostic,
    pub start: Position,
    pub end: Position,
}

/// Everything reported for one file, or for one stretch of a file too large to hold whole.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    /// Diagnostics whose spans and positions are those of the file.
    pub diagnostics: Vec<Located>,
    /// The text around the diagnostics: the whole file, or an excerpt of it (kept for the full
    /// format's source excerpts).
    pub source: Arc<str>,
    /// Where `source` starts in the file.
    pub source_start: usize,
    /// The 0-based line of the file on which `source` starts.
    pub source_line: usize,
    /// False when `source` cannot be shown as lines of the file (an excerpt of a cut line).
    pub show_source: bool,
}

impl FileReport {
    pub fn new(path: String, source: Arc<str>, diagnostics: Vec<Diagnostic>) -> Self {
        let doc = Document::new(path.clone(), &source);
        // Diagnostics come sorted: cursors count each long line's characters once.
        let (mut starts, mut ends) = (ColumnCursor::new(&doc), ColumnCursor::new(&doc));
        let diagnostics = diagnostics
            .into_iter()
            .map(|d| {
                let (sl, sc) = starts.line_col(d.span.start);
                let (el, ec) = ends.line_col(d.span.end);
                Located {
                    diagnostic: d,
                    start: Position { line: sl, column: sc },
                    end: Position { line: el, column: ec },
                }
            })
            .collect();
        FileReport { path, diagnostics, source, source_start: 0, source_line: 0, show_source: true }
    }
}

/// Writes `reports` in `format`. `color` only affects the full format.
pub fn write(format: OutputFormat, reports: &[FileReport], out: &mut dyn Write, color: bool) -> io::Result<()> {
    match format {
        OutputFormat::Full => full::write(reports, out, color),
        OutputFormat::Concise => concise::write(reports, out),
        OutputFormat::Json => json::write(reports, out),
        OutputFormat::Github => github::write(reports, out),
        OutputFormat::Sarif => sarif::write(reports, out),
    }
}

/// Writes counts per rule code, most frequent first.
pub fn write_statistics(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let mut counts: std::collections::BTreeMap<(&str, &str), (usize, usize)> = Default::default();
    for located in reports.iter().flat_map(|r| &r.diagnostics) {
        let d = &located.diagnostic;
        let entry = counts.entry((d.code, d.name)).or_default();
        entry.0 += 1;
        entry.1 += usize::from(d.fix.is_some());
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    for ((code, name), (n, fixable)) in rows {
        writeln!(out, "{n:>6}  {code:<7} {name:<28} {fixable} fixable")?;
    }
    Ok(())
}
