//! rustc-style rendering through miette: the source line, the span underlined, a help line.

use super::FileReport;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError, MietteSpanContents, Severity,
    SourceCode, SourceSpan, SpanContents,
};
use std::io::{self, Write};
use std::sync::Arc;

pub fn write(reports: &[FileReport], out: &mut dyn Write, color: bool) -> io::Result<()> {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_links(false).with_width(100).with_context_lines(1);
    for report in reports {
        for l in &report.diagnostics {
            let d = &l.diagnostic;
            let span = relative(&d.span, report.source_start);
            let mut diag = MietteDiagnostic::new(d.message.clone())
                .with_code(format!("{} {}", d.code, d.name))
                .with_severity(Severity::Warning);
            if let Some(help) = help(d, report) {
                diag = diag.with_help(help);
            }
            let window = (report.show_source && span.end <= report.source.len())
                .then(|| context_window(&report.source, &span))
                .filter(|w| report.source[w.clone()].split('\n').all(|line| line.len() <= MAX_SHOWN_LINE));
            let mut rendered = String::new();
            if let Some(window) = window {
                // Only the lines shown go to miette, which reads its source from the start to
                // find a span's line: a whole file would cost each diagnostic the file's length.
                let shown = &report.source[window.clone()];
                let span = relative(&span, window.start);
                diag = diag.with_label(LabeledSpan::new_primary_with_span(
                    Some(d.name.to_string()),
                    visible_span(shown, &span),
                ));
                let line_above = usize::from(shown[..span.start].contains('\n'));
                let source = Excerpt {
                    name: report.path.clone(),
                    text: shown.into(),
                    line: (l.start.line - 1).saturating_sub(line_above),
                };
                let with_source = miette::Report::new(diag).with_source_code(source);
                handler.render_report(&mut rendered, with_source.as_ref()).map_err(io::Error::other)?;
            } else {
                // miette cannot lay out lines this long: name the place instead of showing it.
                let at = format!("{}:{}:{}", report.path, l.start.line, l.start.column);
                diag.message = format!("{} (at {at}; the line is too long to show)", diag.message);
                handler.render_report(&mut rendered, &diag).map_err(io::Error::other)?;
            }
            writeln!(out, "{rendered}")?;
        }
    }
    Ok(())
}

/// `span` of the file as a span of a source that starts at `offset`.
fn relative(span: &std::ops::Range<usize>, offset: usize) -> std::ops::Range<usize> {
    span.start.saturating_sub(offset)..span.end.saturating_sub(offset)
}

/// Source text that starts on line `line` of the file, so that miette numbers lines as the
/// file does.
struct Excerpt {
    name: String,
    text: Arc<str>,
    line: usize,
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.as_ref().read_span(span, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Lines longer than this (in bytes) are not shown: miette pads with format widths, which
/// are limited to 65,535, and a line that long is no help on a terminal anyway.
const MAX_SHOWN_LINE: usize = 10_000;

/// The lines miette shows around `span` (one line of context either side), with their
/// terminators.
fn context_window(text: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let from = text[..line_start.saturating_sub(1)].rfind('\n').map_or(0, |i| i + 1);
    let after = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
    let to = text.get(after + 1..).and_then(|rest| rest.find('\n')).map_or(text.len(), |i| after + 2 + i);
    from..to.max(from)
}

/// miette cannot underline an empty span or a bare line terminator well: widen to one char.
fn visible_span(text: &str, span: &std::ops::Range<usize>) -> (usize, usize) {
    let mut end = span.end;
    while end > span.start && matches!(text.as_bytes()[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    if end == span.start {
        end = text[span.start..].chars().next().map_or(span.start, |c| span.start + c.len_utf8());
    }
    (span.start, end - span.start)
}

fn help(d: &crate::Diagnostic, report: &FileReport) -> Option<String> {
    let fix = d.fix.as_ref()?;
    let applicability = match fix.applicability {
        crate::Applicability::Safe => "safe fix",
        crate::Applicability::Unsafe => "unsafe fix, applied with --unsafe-fixes",
    };
    let quote = |s: &str| format!("“{}”", s.escape_debug());
    let edits: Vec<String> = fix
        .edits
        .iter()
        .map(|e| {
            let in_source = e.start >= report.source_start;
            let Some(old) = report.source.get(relative(&e.range(), report.source_start)).filter(|_| in_source) else {
                let bytes = format!("bytes {}..{}", e.start, e.end);
                return format!("replace {bytes} with {}", quote(&e.replacement));
            };
            match (old.is_empty(), e.replacement.is_empty()) {
                (_, true) => format!("delete {}", quote(old)),
                (true, false) => format!("insert {}", quote(&e.replacement)),
                (false, false) => format!("replace {} with {}", quote(old), quote(&e.replacement)),
            }
        })
        .collect();
    Some(format!("{} ({applicability})", edits.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_holds_a_line_of_context_either_side() {
        let text = "one\ntwo\nthree\nfour\nfive\n";
        assert_eq!(&text[context_window(text, &(8..13))], "two\nthree\nfour\n");
        assert_eq!(&text[context_window(text, &(0..3))], "one\ntwo\n", "no line above the first");
        assert_eq!(&text[context_window(text, &(19..23))], "four\nfive\n", "the last line and the end");
    }
}
