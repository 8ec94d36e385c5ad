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
            let report = miette::Report::new(diag).with_source_code(source.clone());
            let mut rendered = String::new();
            handler.render_report(&mut rendered, report.as_ref()).map_err(io::Error::other)?;
            writeln!(out, "{rendered}")?;
        }
    }
    Ok(())
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
