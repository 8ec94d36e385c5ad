//! The JSON contract read by the bench scorer (see README): one array of diagnostics.

use super::{FileReport, Position};
use crate::diagnostic::Fix;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    path: &'a str,
    code: &'a str,
    name: &'a str,
    severity: &'static str,
    message: &'a str,
    span: Span,
    start: Position,
    end: Position,
    fix: Option<&'a Fix>,
}

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let items: Vec<JsonDiagnostic> = reports
        .iter()
        .flat_map(|r| {
            r.diagnostics.iter().map(|l| JsonDiagnostic {
                path: &r.path,
                code: l.diagnostic.code,
                name: l.diagnostic.name,
                severity: "warning",
                message: &l.diagnostic.message,
                span: Span { start: l.diagnostic.span.start, end: l.diagnostic.span.end },
                start: l.start,
                end: l.end,
                fix: l.diagnostic.fix.as_ref(),
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)
}
