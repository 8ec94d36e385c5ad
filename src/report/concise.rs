use super::FileReport;
use std::io::{self, Write};

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    for report in reports {
        for l in &report.diagnostics {
            let d = &l.diagnostic;
            let fixable = if d.fix.is_some() { " [*]" } else { "" };
            writeln!(out, "{}:{}:{}: {}{} {}", report.path, l.start.line, l.start.column, d.code, fixable, d.message)?;
        }
    }
    Ok(())
}
