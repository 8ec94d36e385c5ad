//! SARIF 2.1.0, the format GitHub code scanning and other tools read.

use super::FileReport;
use crate::registry::all_rules;
use serde_json::{json, Value};
use std::io::{self, Write};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(reports))?;
    writeln!(out)
}

fn to_value(reports: &[FileReport]) -> Value {
    let rules: Vec<Value> = all_rules()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": {"text": m.summary()},
                "fullDescription": {"text": m.documentation()},
                "help": {"text": m.documentation()},
                "defaultConfiguration": {"level": "warning"}
            })
        })
        .collect();
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|r| {
            r.diagnostics.iter().map(move |l| {
                let d = &l.diagnostic;
                let mut result = json!({
                    "ruleId": d.code,
                    "level": "warning",
                    "message": {"text": d.message},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&r.path)},
                            "region": {
                                "startLine": l.start.line, "startColumn": l.start.column,
                                "endLine": l.end.line, "endColumn": l.end.column,
                                "byteOffset": d.span.start, "byteLength": d.span.end - d.span.start
                            }
                        }
                    }]
                });
                if let Some(fix) = &d.fix {
                    result["fixes"] = json!([{
                        "description": {"text": fix.message},
                        "artifactChanges": [{
                            "artifactLocation": {"uri": uri(&r.path)},
                            "replacements": fix.edits.iter().map(|e| json!({
                                "deletedRegion": {"byteOffset": e.start, "byteLength": e.end - e.start},
                                "insertedContent": {"text": e.replacement}
                            })).collect::<Vec<_>>()
                        }]
                    }]);
                }
                result
            })
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "proofmark",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/proofmark/proofmark",
                "rules": rules
            }},
            "results": results
        }]
    })
}

/// A relative URI reference for a path (forward slashes, spaces and `%` escaped).
fn uri(path: &str) -> String {
    path.replace('\\', "/").replace('%', "%25").replace(' ', "%20")
}
