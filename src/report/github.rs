//! GitHub Actions workflow commands (`::warning file=...::message`).

use super::FileReport;
use std::io::{self, Write};

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    for report in reports {
        for l in &report.diagnostics {
            let d = &l.diagnostic;
            writeln!(
                out,
                "::warning title=proofmark ({}),file={},line={},col={},endLine={},endColumn={}::{}",
                d.code,
                escape_property(&report.path),
                l.start.line,
                l.start.column,
                l.end.line,
                l.end.column,
                escape_data(&format!("{} {}", d.code, d.message))
            )?;
        }
    }
    Ok(())
}

/// Workflow command data escaping.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Workflow command property escaping (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
