//! rustc-style rendering through miette: the source line, the span underlined, a help line.

use super::FileReport;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Severity};
use std::io::{self, Write};

pub fn write(reports: &[FileReport], out: &mut dyn Write, color: bool) -> io::Result<()> {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_links(false).with_width(100).with_context_lines(1);
    for report in reports {
        let source = NamedSource::new(report.path.clone(), report.source.clone());
        for l in &report.diagnostics {
            let d = &l.diagnostic;
            let mut diag = MietteDiagnostic::new(d.message.clone())
                .with_code(format!("{} {}", d.code, d.name))
                .with_severity(Severity::Warning)
                .with_label(LabeledSpan::new_primary_with_span(
                    Some(d.name.to_string()),
                    visible_span(&report.source, &d.span),
                ));
            if let Some(help) = help(d, &report.source) {
                diag = diag.with_help(help);
            }
            if !excerpt_fits(&report.source, &d.span) {
                // miette cannot lay out lines this long: name the place instead of showing it.
                diag.labels = None;
                let at = format!("{}:{}:{}", report.path, l.start.line, l.start.column);
                diag.message = format!("{} (at {at}; the line is too long to show)", diag.message);
                let mut rendered = String::new();
                handler.render_report(&mut rendered, &diag).map_err(io::Error::other)?;
                writeln!(out, "{rendered}")?;
                continue;
            }
            let report = miette::Report::new(diag).with_source_code(source.clone());
            let mut rendered = String::new();
            handler.render_report(&mut rendered, report.as_ref()).map_err(io::Error::other)?;
            writeln!(out, "{rendered}")?;
        }
    }
    Ok(())
}

/// Lines longer than this (in bytes) are not shown: miette pads with format widths, which
/// are limited to 65,535, and a line that long is no help on a terminal anyway.
const MAX_SHOWN_LINE: usize = 10_000;

/// Whether the lines miette would show around `span` (one line of context either side) are
/// short enough to lay out.
fn excerpt_fits(text: &str, span: &std::ops::Range<usize>) -> bool {
    let before = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let from = text[..before.saturating_sub(1)].rfind('\n').map_or(0, |i| i + 1);
    let after = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
    let to = text.get(after + 1..).and_then(|rest| rest.find('\n')).map_or(text.len(), |i| after + 1 + i);
    text[from..to.max(from)].split('\n').all(|line| line.len() <= MAX_SHOWN_LINE)
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

fn help(d: &crate::Diagnostic, source: &str) -> Option<String> {
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
            let old = source.get(e.start..e.end).unwrap_or("");
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
    fn long_lines_are_not_shown() {
        let long = "word ".repeat(20_000);
        let text = format!("short\n{long}\nshort\nshort\nshort\n");
        assert!(!excerpt_fits(&text, &(6..10)));
        assert!(!excerpt_fits(&text, &(0..5)), "the long line is context of the first");
        let last = text.len() - 6;
        assert!(excerpt_fits(&text, &(last..last + 5)));
    }
}
