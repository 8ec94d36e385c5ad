//! Linting and fixing files too large to hold whole, one segment at a time.
//!
//! Memory stays bounded by the segment size (plus what is reported): the file is read in
//! segments of about [`SEGMENT_BYTES`] cut at paragraph boundaries where possible (see
//! [`crate::segments`]); each is linted, or fixed and streamed into the replacement file, on
//! its own. Reports keep only the lines around each diagnostic. A fix is committed only if the
//! file, checked piece by piece against a [`Fingerprint`], has not changed meanwhile.

use crate::corpus::{CorpusStats, FileCounter};
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Wrapping};
use crate::io::{AtomicFile, FileError, Fingerprint};
use crate::linter::{LintOptions, Linter, PartOf};
use crate::markdown;
use crate::report::{FileReport, Located, Position};
use crate::rule::Family;
use crate::rules::words::engine::UnknownShare;
use crate::segments::{Segment, SegmentError, SegmentReader, SegmentStart};
use crate::suppression::Suppressions;
use rayon::prelude::*;
use std::fs;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// Files larger than this are linted in segments.
pub const LARGE_FILE_BYTES: u64 = 4 << 20;
/// The size segments are cut to.
pub const SEGMENT_BYTES: usize = 1 << 20;
/// Excerpts longer than this are not kept: such a diagnostic is reported by position only.
const MAX_EXCERPT_BYTES: usize = 64 << 10;
/// How many leading bytes are checked for NUL to tell binary files from text.
const BINARY_SNIFF_LEN: usize = 8192;

/// What to do with a large file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Report,
    Fix,
    Diff,
}

/// What came of one large file.
#[derive(Debug, Default)]
pub struct Streamed {
    /// The file looks binary and was skipped.
    pub binary: bool,
    pub reports: Vec<FileReport>,
    /// Fixes applied (for `Fix`) or that would be applied (for `Diff`).
    pub applied: usize,
    /// The unified diff, for `Diff`.
    pub diff: String,
}

/// Lints, fixes or diffs the file at `path` segment by segment.
pub fn process(
    linter: &Linter,
    name: &str,
    path: &Path,
    action: Action,
    options: LintOptions,
    segment_bytes: usize,
) -> Result<Streamed, FileError> {
    let file = fs::File::open(path).map_err(|e| FileError::Io { path: path.into(), source: e })?;
    let mut segments = SegmentReader::new(file, segment_bytes.max(BINARY_SNIFF_LEN)).peekable();
    let mut action = action;
    if let Some(Ok(first)) = segments.peek() {
        let head = &first.text.as_bytes()[..first.text.len().min(BINARY_SNIFF_LEN)];
        if memchr::memchr(0, head).is_some() {
            return Ok(Streamed { binary: true, ..Streamed::default() });
        }
        // A cut may fall inside a script or a tag of an HTML page, whose rest a segment would
        // read as text: a page this large is reported, never fixed.
        if crate::html::is_html(name, &first.text) {
            action = Action::Report;
        }
    }
    let mut out = Streamed::default();
    let mut writer = match action {
        Action::Fix => Some((AtomicFile::beside(path)?, Fingerprint::default())),
        Action::Report | Action::Diff => None,
    };
    // Only word repair reads the profile; spare the first pass without it.
    let repairs_words = linter.rules().iter().any(|r| r.meta().family == Family::Words);
    let (whole_file, facts) = if repairs_words { profile(linter, path)? } else { Default::default() };
    let mut fixed_start = SegmentStart::default();
    let mut changed = false;
    // Whether a fenced code block is open where the segment starts: a cut may fall inside one.
    let mut in_fence = false;
    // The rules a directive turned off in an earlier segment and none turned back on.
    let mut disabled: Vec<String> = Vec::new();
    // Reported segments wait here to be linted together, each on its own thread.
    let mut batch: Vec<Pending> = Vec::new();
    for segment in segments {
        let segment = segment.map_err(|e| segment_error(path, e))?;
        let opens_in_fence = in_fence;
        in_fence = markdown::fence_open_after(&segment.text, in_fence);
        let disabled_here = std::mem::take(&mut disabled);
        if segment.text.contains("proofmark-") {
            let markup = markdown::markup_of(name, &segment.text, opens_in_fence);
            disabled = Suppressions::disabled_after(&segment.text, &disabled_here, &markup);
        } else {
            disabled.clone_from(&disabled_here);
        }
        if action == Action::Report {
            batch.push(Pending { segment, opens_in_fence, disabled: disabled_here });
            if batch.len() >= report_batch_len() {
                out.reports.extend(report_batch(linter, name, &facts.part_of(&whole_file), &mut batch));
            }
            continue;
        }
        let of_file = PartOf { disabled: &disabled_here, ..facts.part_of(&whole_file) };
        // Messages name lines of the fixed file, where what remains is reported.
        let part = PartOf { first_line: fixed_start.line, opens_in_fence, ..of_file };
        let fixed = linter.fix_part(name, &segment.text, options, Some(&part));
        out.applied += fixed.applied;
        changed |= fixed.text != segment.text;
        if let Some((file, fingerprint)) = writer.as_mut() {
            fingerprint.add(segment.text.as_bytes());
            file.write(&fixed.text)?;
            out.reports.extend(excerpt_reports(name, &fixed.text, fixed_start, fixed.remaining));
        } else if fixed.text != segment.text {
            push_diff(&mut out.diff, name, &segment, &fixed.text, fixed_start.line);
        }
        fixed_start = fixed_start.after(&fixed.text);
    }
    out.reports.extend(report_batch(linter, name, &facts.part_of(&whole_file), &mut batch));
    if let Some((file, fingerprint)) = writer {
        if changed {
            file.commit(|| fingerprint.matches(path))?;
        }
    }
    Ok(out)
}

/// A segment read and waiting to be linted, with what the segments before it left open.
struct Pending {
    segment: Segment,
    opens_in_fence: bool,
    disabled: Vec<String>,
}

/// How many segments are read ahead and linted at once: enough to keep every thread busy,
/// few enough that memory stays bounded by the segment size.
fn report_batch_len() -> usize {
    2 * rayon::current_num_threads().max(1)
}

/// Lints the waiting segments in parallel (each is judged on its own, with the whole file's
/// facts), and returns their reports in file order.
fn report_batch(linter: &Linter, name: &str, of_file: &PartOf, batch: &mut Vec<Pending>) -> Vec<FileReport> {
    let reports: Vec<Vec<FileReport>> = batch
        .par_iter()
        .map(|p| {
            let part = PartOf {
                first_line: p.segment.start.line,
                opens_in_fence: p.opens_in_fence,
                disabled: &p.disabled,
                ..*of_file
            };
            let diagnostics = linter.lint_part(name, &p.segment.text, Some(&part));
            excerpt_reports(name, &p.segment.text, p.segment.start, diagnostics)
        })
        .collect();
    batch.clear();
    reports.into_iter().flatten().collect()
}

/// What a first pass learns of a whole file for its segments.
#[derive(Default)]
struct FileFacts {
    /// Its share of unknown words, so that all segments are judged alike, as edited text or
    /// as raw OCR output.
    share: UnknownShare,
    /// How its lines wrap, so that all segments are judged alike, hard-wrapped or not.
    wrapping: Wrapping,
}

impl FileFacts {
    fn part_of<'a>(&self, file_words: &'a CorpusStats) -> PartOf<'a> {
        PartOf {
            file_words,
            first_line: 0,
            ocr_output: self.share.is_ocr_output(),
            hard_wrapped: self.wrapping.is_hard_wrapped(),
            unknown_names: self.share.names,
            opens_in_fence: false,
            disabled: &[],
        }
    }
}

/// A first pass over the file: its word counts (so that each segment knows what the whole
/// file repeats) and the [`FileFacts`]. Errors are left to the second pass to report.
fn profile(linter: &Linter, path: &Path) -> Result<(CorpusStats, FileFacts), FileError> {
    let file = fs::File::open(path).map_err(|e| FileError::Io { path: path.into(), source: e })?;
    let mut counter = FileCounter::default();
    let mut facts = FileFacts::default();
    for segment in SegmentReader::new(file, SEGMENT_BYTES).map_while(Result::ok) {
        counter.add(&segment);
        facts.share = facts.share + UnknownShare::of(&segment.text, linter.data());
        facts.wrapping = facts.wrapping + Document::new("", &segment.text).wrapping();
    }
    Ok((counter.finish(), facts))
}

fn segment_error(path: &Path, error: SegmentError) -> FileError {
    match error {
        SegmentError::Io(source) => FileError::Io { path: path.into(), source },
        SegmentError::InvalidUtf8(offset) => FileError::InvalidUtf8 { path: path.into(), offset },
    }
}

/// Reports for the diagnostics of one segment that starts at `start`: diagnostics whose lines
/// touch share one report, whose source is those lines with one line of context either side.
pub fn excerpt_reports(path: &str, text: &str, start: SegmentStart, diagnostics: Vec<Diagnostic>) -> Vec<FileReport> {
    let doc = Document::new(path, text);
    let mut groups: Vec<(Range<usize>, Vec<Located>)> = Vec::new();
    for diagnostic in diagnostics {
        let context = context_range(&doc, &diagnostic);
        let located = locate(&doc, start, diagnostic.shifted(start.byte));
        match groups.last_mut() {
            Some((range, members)) if context.start <= range.end => {
                *range = range.start.min(context.start)..range.end.max(context.end);
                members.push(located);
            }
            _ => groups.push((context, vec![located])),
        }
    }
    groups
        .into_iter()
        .map(|(range, diagnostics)| {
            // A cut line (the segment starts inside it) cannot be shown as the file's line.
            let show_source = range.len() <= MAX_EXCERPT_BYTES && !(range.start == 0 && start.column > 0);
            let source: Arc<str> = if show_source { text[range.clone()].into() } else { "".into() };
            FileReport {
                path: path.to_string(),
                diagnostics,
                source,
                source_start: start.byte + range.start,
                source_line: start.line + doc.line_index(range.start),
                show_source,
            }
        })
        .collect()
}

/// The lines of the diagnostic and of its fix, with one line of context either side.
fn context_range(doc: &Document, diagnostic: &Diagnostic) -> Range<usize> {
    let mut range = diagnostic.span.clone();
    if let Some(fix) = &diagnostic.fix {
        let edits = fix.range();
        range = range.start.min(edits.start)..range.end.max(edits.end);
    }
    let lines = doc.lines();
    let first = doc.line_index(range.start).saturating_sub(1);
    let last = (doc.line_index(range.end) + 1).min(lines.len() - 1);
    lines[first].start..lines[last].end_with_newline
}

/// `diagnostic` (already shifted to file offsets) with its positions in the file.
fn locate(doc: &Document, start: SegmentStart, diagnostic: Diagnostic) -> Located {
    let position = |offset: usize| {
        let (line, column) = doc.line_col(offset - start.byte);
        let column = if line == 1 { start.column + column } else { column };
        Position { line: start.line + line, column }
    };
    Located { start: position(diagnostic.span.start), end: position(diagnostic.span.end), diagnostic }
}

/// Appends the unified diff of one segment, its hunks numbered by the lines of the file (the
/// old file for `-`, the fixed one for `+`).
fn push_diff(out: &mut String, name: &str, segment: &Segment, fixed: &str, fixed_line: usize) {
    use std::fmt::Write;
    if out.is_empty() {
        let _ = writeln!(out, "--- a/{name}\n+++ b/{name}");
    }
    let diff = similar::TextDiff::from_lines(segment.text.as_str(), fixed);
    for hunk in diff.unified_diff().context_radius(2).iter_hunks() {
        let ops = hunk.ops();
        let (Some(first), Some(last)) = (ops.first(), ops.last()) else { continue };
        let old = first.old_range().start..last.old_range().end;
        let new = first.new_range().start..last.new_range().end;
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            hunk_range(segment.start.line + old.start, old.len()),
            hunk_range(fixed_line + new.start, new.len())
        );
        // The hunk's own lines, without the header similar numbered by the segment.
        let body = hunk.to_string();
        out.push_str(body.split_once('\n').map_or("", |(_, rest)| rest));
    }
}

/// A unified-diff line range: 1-based start and length, the start one less for an empty range.
fn hunk_range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{len}", start + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Edit, Fix};

    fn diagnostic(span: Range<usize>) -> Diagnostic {
        Diagnostic {
            code: "X001",
            name: "test",
            message: "m".into(),
            span: span.clone(),
            fix: Some(Fix::safe("f", vec![Edit::delete(span)])),
        }
    }

    #[test]
    fn excerpts_hold_the_lines_around_and_file_positions() {
        let text = "l1\nl2\nl3 bad\nl4\nl5\nl6\nl7\nl8 bad\nl9\n";
        let start = SegmentStart { byte: 1000, line: 40, column: 0 };
        let reports = excerpt_reports("f", text, start, vec![diagnostic(9..12), diagnostic(33..36)]);
        assert_eq!(reports.len(), 2, "far apart: two excerpts");
        let first = &reports[0];
        assert_eq!(&*first.source, "l2\nl3 bad\nl4\n");
        assert_eq!(first.source_start, 1003);
        assert_eq!(first.source_line, 41);
        let located = &first.diagnostics[0];
        assert_eq!(located.diagnostic.span, 1009..1012);
        assert_eq!(located.diagnostic.fix.as_ref().unwrap().edits[0].range(), 1009..1012);
        assert_eq!(located.start, Position { line: 43, column: 4 });
    }

    #[test]
    fn a_cut_line_is_placed_but_not_shown() {
        let start = SegmentStart { byte: 5000, line: 0, column: 5000 };
        let reports = excerpt_reports("f", "xx bad yy", start, vec![diagnostic(3..6)]);
        assert!(!reports[0].show_source);
        assert_eq!(reports[0].diagnostics[0].start, Position { line: 1, column: 5004 });
    }

    /// Paragraph-local rules give the same fixes whether a file is fixed whole or in segments.
    #[test]
    fn fixing_in_segments_equals_fixing_whole() {
        use crate::registry::all_rules;
        use crate::rule::Family;
        let rules = all_rules().iter().copied().filter(|r| matches!(r.meta().family, Family::Unicode)).collect();
        let linter = Linter::new(rules, std::sync::Arc::new(crate::rules::RuleData::default()));
        let paragraphs = [
            "The conﬂict continued‚ officials said.\n\n",
            "A clean paragraph about the harbour and the museum by the river.\n\n",
            "Ameriсan officials (with a Cyrillic letter) met in the ﬁrst week.\r\n\r\n",
            "donâ€™t stop now, the minister said.\n",
        ];
        let text: String = (0..1000).map(|i| paragraphs[i % paragraphs.len()]).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, &text).unwrap();
        let options = LintOptions { unsafe_fixes: true };
        let streamed = process(&linter, "big.txt", &path, Action::Fix, options, BINARY_SNIFF_LEN).unwrap();
        let whole = linter.fix("big.txt", &text, options);
        assert!(text.len() > 3 * BINARY_SNIFF_LEN, "several segments");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), whole.text);
        assert_eq!(streamed.applied, whole.applied);
        assert!(streamed.reports.is_empty() && whole.remaining.is_empty());
    }

    #[test]
    fn a_large_html_page_is_reported_never_fixed() {
        let linter = linter_of(&[crate::rule::Family::Unicode]);
        let paragraph = "<p>The conﬂict continued‚ officials said.</p>\n<script>var ﬁ = 1;</script>\n\n";
        let text = format!("<!DOCTYPE html>\n{}", paragraph.repeat(500));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.txt");
        std::fs::write(&path, &text).unwrap();
        let options = LintOptions { unsafe_fixes: true };
        let streamed = process(&linter, "page.txt", &path, Action::Fix, options, BINARY_SNIFF_LEN).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "a cut may fall inside a script");
        assert_eq!(streamed.applied, 0);
        assert!(!streamed.reports.is_empty());
    }

    /// A linter with the rules of `families` only.
    fn linter_of(families: &[crate::rule::Family]) -> Linter {
        let rules = crate::registry::all_rules().iter().copied().filter(|r| families.contains(&r.meta().family));
        Linter::new(rules.collect(), std::sync::Arc::new(crate::rules::RuleData::default()))
    }

    /// `text` fixed in the smallest segments, as file `name`, checked against the whole text fixed.
    fn fixed_in_segments(linter: &Linter, name: &str, text: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let options = LintOptions { unsafe_fixes: true };
        process(linter, name, &path, Action::Fix, options, BINARY_SNIFF_LEN).unwrap();
        let fixed = std::fs::read_to_string(&path).unwrap();
        assert_eq!(fixed, linter.fix(name, text, options).text, "as the whole file is fixed");
        fixed
    }

    /// A cut may fall inside a fenced code block: the segments after it still read it as code.
    #[test]
    fn a_code_block_cut_between_segments_stays_code() {
        let linter = linter_of(&[Family::Unicode, Family::Repetition]);
        let prose = "The ﬁrst paragraph about the harbour and the museum by the river.\n\n".repeat(200);
        let code = "let s = \"the the ﬁle\";\n\n".repeat(1000);
        let text = format!("{prose}```rust\n{code}```\n\n{prose}");
        let prose_fixed = prose.replace('ﬁ', "fi");
        let expected = format!("{prose_fixed}```rust\n{code}```\n\n{prose_fixed}");
        assert_eq!(fixed_in_segments(&linter, "big.md", &text), expected);
    }

    /// A directive in one segment reaches into the next, up to the directive that ends it.
    #[test]
    fn a_disabled_region_cut_between_segments_stays_disabled() {
        let linter = linter_of(&[Family::Unicode]);
        let damaged = "The ﬁrst paragraph about the harbour and the museum by the river.\n\n".repeat(300);
        let text = format!("{damaged}<!-- proofmark-disable UNI -->\n{damaged}<!-- proofmark-enable -->\n{damaged}");
        let repaired = damaged.replace('ﬁ', "fi");
        let expected =
            format!("{repaired}<!-- proofmark-disable UNI -->\n{damaged}<!-- proofmark-enable -->\n{repaired}");
        assert_eq!(fixed_in_segments(&linter, "big.txt", &text), expected);
    }

    /// Segments are reported in parallel batches: what comes out is what linting the whole
    /// file finds, in file order, across batches and a disabled region.
    #[test]
    fn reporting_in_segments_equals_linting_whole() {
        let linter = linter_of(&[Family::Unicode]);
        let damaged = "The ﬁrst paragraph about the harbour and the museum by the river.\n\n".repeat(1000);
        let text = format!("{damaged}<!-- proofmark-disable UNI -->\n{damaged}<!-- proofmark-enable -->\n{damaged}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, &text).unwrap();
        let options = LintOptions { unsafe_fixes: false };
        let streamed = process(&linter, "big.txt", &path, Action::Report, options, BINARY_SNIFF_LEN).unwrap();
        let spans: Vec<Range<usize>> =
            streamed.reports.iter().flat_map(|r| r.diagnostics.iter().map(|d| d.diagnostic.span.clone())).collect();
        let whole: Vec<Range<usize>> = linter.lint("big.txt", &text).into_iter().map(|d| d.span).collect();
        // (Several batches where the machine has few threads.)
        assert!(text.len() > 3 * BINARY_SNIFF_LEN, "several segments");
        assert_eq!(spans.len(), 2000, "the disabled third is not reported");
        assert_eq!(spans, whole);
    }

    #[test]
    fn hunk_ranges_follow_the_unified_format() {
        assert_eq!(hunk_range(9, 3), "10,3");
        assert_eq!(hunk_range(9, 1), "10");
        assert_eq!(hunk_range(9, 0), "9,0");
    }
}
