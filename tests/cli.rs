//! CLI behaviour on real fixture files: output formats, fixing, exit codes, bad input.

mod common;

use common::{copy_fixture, fixture, proofmark};
use std::fs;

fn stdout_of(args: &[&str]) -> (String, i32) {
    let out = proofmark().args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap())
}

#[test]
fn full_output_snapshot_unicode() {
    let path = fixture("rules/unicode.txt");
    let out = proofmark().current_dir(path.parent().unwrap()).args(["check", "unicode.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("full_unicode", String::from_utf8(out.stdout).unwrap());
}

/// Concise output on the repetition fixture, and on a newspaper page as OCR reads it (misread
/// words, a headline set in capitals, specks, a word broken at a line end).
#[test]
fn concise_output_snapshots() {
    for name in ["repetition", "ocr"] {
        let file = format!("{name}.txt");
        let path = fixture(&format!("rules/{file}"));
        let out = proofmark()
            .current_dir(path.parent().unwrap())
            .args(["check", "--output-format", "concise", &file])
            .output()
            .unwrap();
        insta::assert_snapshot!(format!("concise_{name}"), String::from_utf8(out.stdout).unwrap());
    }
}

#[test]
fn fixed_text_snapshots() {
    for name in ["unicode", "repetition", "ocr"] {
        let (_dir, path) = copy_fixture(&format!("rules/{name}.txt"));
        let status = proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(&path).output().unwrap().status;
        assert!(matches!(status.code(), Some(0 | 1)));
        insta::assert_snapshot!(format!("fixed_{name}"), fs::read_to_string(&path).unwrap());
    }
}

#[test]
fn clean_prose_has_no_diagnostics() {
    let (out, code) = stdout_of(&["check", "--output-format", "concise", fixture("clean").to_str().unwrap()]);
    assert_eq!(out, "");
    assert_eq!(code, 0);
}

#[test]
fn json_matches_the_bench_contract() {
    let (out, code) = stdout_of(&["check", "--output-format", "json", fixture("rules/unicode.txt").to_str().unwrap()]);
    assert_eq!(code, 1);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let text = fs::read_to_string(fixture("rules/unicode.txt")).unwrap();
    assert!(!items.is_empty());
    for d in &items {
        for key in ["path", "code", "severity", "message", "span", "start", "end", "fix"] {
            assert!(d.get(key).is_some(), "missing {key} in {d}");
        }
        let (s, e) = (d["span"]["start"].as_u64().unwrap() as usize, d["span"]["end"].as_u64().unwrap() as usize);
        assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
        // 1-based line and char column agree with the byte span
        let line = text[..s].matches('\n').count() + 1;
        let col = text[text[..s].rfind('\n').map_or(0, |i| i + 1)..s].chars().count() + 1;
        assert_eq!(d["start"]["line"].as_u64().unwrap() as usize, line);
        assert_eq!(d["start"]["column"].as_u64().unwrap() as usize, col);
        if let Some(fix) = d["fix"].as_object() {
            assert!(matches!(fix["applicability"].as_str(), Some("safe" | "unsafe")));
            assert!(fix["edits"].as_array().unwrap().iter().all(|e| e.get("replacement").is_some()));
        }
    }
    let comma = items.iter().find(|d| d["code"] == "UNI001").unwrap();
    assert_eq!(comma["fix"]["edits"][0]["replacement"], ",");
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let (out, _) = stdout_of(&["check", "--output-format", "sarif", fixture("rules").to_str().unwrap()]);
    let instance: serde_json::Value = serde_json::from_str(&out).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(fixture("sarif/sarif-2.1.0.json")).unwrap()).unwrap();
    let validator = jsonschema::draft4::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&instance).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(!instance["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn github_annotations() {
    let (out, _) =
        stdout_of(&["check", "--output-format", "github", fixture("rules/repetition.txt").to_str().unwrap()]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("::warning title=proofmark (REP001),file="), "{first}");
    assert!(first.contains(",line=1,col=13,"), "{first}");
}

#[test]
fn statistics_count_per_code() {
    let (out, _) = stdout_of(&["check", "--statistics", fixture("rules/repetition.txt").to_str().unwrap()]);
    assert!(out.contains("REP001"), "{out}");
    assert!(out.contains("REP002"), "{out}");
}

#[test]
fn directives_turn_rules_off_and_guard_their_lines_from_fixes() {
    let path = fixture("suppression/notes.md");
    let (out, code) = stdout_of(&["check", "--output-format", "concise", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().filter(|l| l.contains(": ")).collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains(":3:45: OCR001"), "{out}");
    assert!(lines[1].contains(":13:26: REP001"), "{out}");

    let (_dir, copy) = copy_fixture("suppression/notes.md");
    proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(&copy).assert().code(0);
    let before = fs::read_to_string(&path).unwrap();
    let after = fs::read_to_string(&copy).unwrap();
    let changed: Vec<(&str, &str)> = before.lines().zip(after.lines()).filter(|(b, a)| b != a).collect();
    assert_eq!(
        changed,
        [
            (
                "The committee met on Tuesday to discuss the imperiaIism of the old regime.",
                "The committee met on Tuesday to discuss the imperialism of the old regime."
            ),
            ("The report was signed by the the chair on Friday.", "The report was signed by the chair on Friday.")
        ]
    );
}

#[test]
fn fixing_twice_changes_nothing_the_second_time() {
    let (_dir, path) = copy_fixture("rules/unicode.txt");
    proofmark().args(["check", "--fix"]).arg(&path).assert().code(1);
    let once = fs::read(&path).unwrap();
    proofmark().args(["check", "--fix"]).arg(&path).assert().code(1);
    assert_eq!(fs::read(&path).unwrap(), once);
}

#[test]
fn fix_keeps_crlf_bom_and_missing_final_newline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crlf.txt");
    fs::write(&path, "\u{FEFF}The the war\r\nconﬂict ends\r\nno final newline").unwrap();
    proofmark().args(["check", "--fix"]).arg(&path).assert().code(0);
    assert_eq!(fs::read_to_string(&path).unwrap(), "\u{FEFF}The war\r\nconflict ends\r\nno final newline");
}

#[test]
fn diff_prints_and_changes_nothing() {
    let (_dir, path) = copy_fixture("rules/repetition.txt");
    let before = fs::read(&path).unwrap();
    let out = proofmark().args(["check", "--diff"]).arg(&path).output().unwrap();
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(diff.contains("-It comes as the the United States"), "{diff}");
    assert!(diff.contains("+It comes as the United States"), "{diff}");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn stdin_with_filename() {
    let out = proofmark()
        .args(["check", "--output-format", "concise", "--stdin-filename", "story.txt", "-"])
        .write_stdin("It was the the end.\n")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "story.txt:1:8: REP001 [*] “the” is repeated\n");
    let out = proofmark().args(["check", "--fix", "-"]).write_stdin("It was the the end.\n").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "It was the end.\n");
}

#[test]
fn invalid_utf8_is_an_error_and_other_files_are_still_linted() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    fs::write(&bad, b"caf\xe9 au lait").unwrap();
    fs::write(dir.path().join("good.txt"), "the the end\n").unwrap();
    let out = proofmark().args(["check", "--fix", "--output-format", "concise"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.txt") && stderr.contains("offset 3"), "{stderr}");
    assert_eq!(fs::read(&bad).unwrap(), b"caf\xe9 au lait");
    assert_eq!(fs::read_to_string(dir.path().join("good.txt")).unwrap(), "the end\n");
}

#[test]
fn binary_files_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("image.txt");
    fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0the the").unwrap();
    let out = proofmark().arg("check").arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stderr).unwrap().contains("binary"));
}

#[test]
fn missing_path_is_an_error() {
    proofmark().args(["check", "no/such/folder"]).assert().code(2);
}

#[test]
fn unknown_selector_is_a_usage_error() {
    proofmark().args(["check", "--select", "BOGUS1"]).arg(fixture("clean")).assert().code(2);
}

#[test]
fn select_and_ignore() {
    let path = fixture("rules/repetition.txt");
    let (out, _) = stdout_of(&[
        "check",
        "--output-format",
        "concise",
        "--select",
        "REP",
        "--ignore",
        "duplicate-line",
        path.to_str().unwrap(),
    ]);
    assert!(out.contains("REP001") && !out.contains("REP002"), "{out}");
}

#[test]
fn config_file_is_found_and_bad_keys_point_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "the the end\n").unwrap();
    fs::write(dir.path().join("proofmark.toml"), "ignore = [\"REP001\"]\n").unwrap();
    proofmark().arg("check").arg(dir.path()).assert().code(0);
    fs::write(dir.path().join("proofmark.toml"), "ignore = [\"REP001\"]\ncolour = true\n").unwrap();
    let out = proofmark().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("unknown field") && stderr.contains("colour = true"), "{stderr}");
}

#[test]
fn per_file_ignores_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("archive")).unwrap();
    fs::create_dir(dir.path().join("vendor")).unwrap();
    fs::write(dir.path().join("archive/a.txt"), "the the end\n").unwrap();
    fs::write(dir.path().join("vendor/b.txt"), "the the end\n").unwrap();
    fs::write(
        dir.path().join("proofmark.toml"),
        "exclude = [\"vendor/**\"]\n[per-file-ignores]\n\"archive/*.txt\" = [\"REP\"]\n",
    )
    .unwrap();
    proofmark().arg("check").arg(dir.path()).assert().code(0);
}

#[test]
fn rules_and_rule_docs() {
    let (out, code) = stdout_of(&["rules"]);
    assert_eq!(code, 0);
    assert!(out.contains("UNI001") && out.contains("repeated-word"));
    let (doc, code) = stdout_of(&["rule", "UNI006"]);
    assert_eq!(code, 0);
    assert!(doc.contains("mojibake") && doc.contains("Example") && doc.contains("Fix: safe"), "{doc}");
    proofmark().args(["rule", "NOPE1"]).assert().code(2);
}

#[test]
fn a_folder_of_300_small_files() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        // Distinct wording per file, so that no line is boilerplate across the folder.
        let topic =
            ["harbor", "museum", "council", "ferry", "library", "orchard", "bridge", "school", "market", "river"];
        let (a, b, c) = (topic[i % 10], topic[(i / 10) % 10], topic[(i / 100) % 10]);
        let body = if i % 3 == 0 {
            format!("The the {a} and {b} near {c}.\n")
        } else {
            format!("A {a} by the {b} and {c}.\n")
        };
        fs::write(dir.path().join(format!("f{i:03}.txt")), body).unwrap();
    }
    let (out, code) = stdout_of(&["check", "--output-format", "json", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), 100);
}

#[test]
fn one_large_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let paragraph = "North Korea is one of the few countries to have openly supported Russia over the Ukraine conflict, and Putin pledged last week to expand ties.\n\n";
    let mut text = paragraph.repeat(50_000_000 / paragraph.len());
    text.push_str("The the end.\n");
    fs::write(&path, &text).unwrap();
    let (out, code) = stdout_of(&["check", "--output-format", "concise", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{}", &out[..out.len().min(500)]);
}

#[test]
fn full_output_survives_a_line_too_long_to_show() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let line = "The harbor and the museum stood by the river. ".repeat(2_000);
    fs::write(&path, format!("{line}The the end.\n")).unwrap();
    let (out, code) = stdout_of(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("REP001"), "{}", &out[..out.len().min(500)]);
    assert!(out.contains("too long to show"), "{}", &out[..out.len().min(500)]);
}

/// A file past the large-file size is read in segments; what is reported must still name the
/// file's own lines, in every format.
#[test]
fn a_file_read_in_segments_reports_its_own_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let paragraph = "The committee met on Tuesday and agreed that the new library would open in spring.\n\n";
    let lines_per_paragraph = 2;
    let before = 120_000; // about 10 MB, the damage lands in the middle of the run of segments
    let after = 100_000;
    let damaged = "The the conﬂict continued.\n\n";
    let text = format!("{}{damaged}{}", paragraph.repeat(before), paragraph.repeat(after));
    assert!(text.len() as u64 > proofmark::large_file::LARGE_FILE_BYTES);
    fs::write(&path, &text).unwrap();
    let line = before * lines_per_paragraph + 1;
    let path_arg = path.to_str().unwrap();

    let (out, code) = stdout_of(&["check", "--select", "UNI,REP", "--output-format", "concise", path_arg]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.starts_with(&format!("{path_arg}:{line}:1: REP001")), "{out}");

    let (out, _) = stdout_of(&["check", "--select", "UNI004", path_arg]);
    assert!(out.contains(&format!("{line} │ The the conﬂict continued.")), "{out}");
    assert!(out.contains(&format!("{} │ \n", line - 1)), "the line before is shown: {out}");

    let (out, _) = stdout_of(&["check", "--select", "UNI,REP", "--output-format", "json", path_arg]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let offset = text.find("conﬂict").unwrap() + "con".len();
    assert_eq!(items[1]["span"]["start"], offset);

    let (out, code) = stdout_of(&["check", "--diff", "--select", "UNI,REP", path_arg]);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("@@ -{},5 +{},5 @@", line - 2, line - 2)), "{out}");
    assert!(out.contains("-The the conﬂict continued.\n+The conflict continued.\n"), "{out}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "--diff changes nothing");
}

/// The README quotes damage in code spans, as any Markdown document may: it passes its own check.
#[test]
fn the_readme_passes_its_own_check() {
    let readme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    proofmark().arg("check").arg(readme).assert().code(0);
}

#[test]
fn code_in_markdown_is_literal_and_a_licence_is_legal_text() {
    let dir = tempfile::tempdir().unwrap();
    let quoted = "Repeated words such as `the the` and mojibake such as `donâ€™t` are found.\n\n\
                  ```\nthe the tbe\n```\n";
    fs::write(dir.path().join("guide.md"), quoted).unwrap();
    // (A plain-text file with no fence is no Markdown: backticks there may be specks.)
    fs::write(dir.path().join("guide.txt"), quoted.lines().next().unwrap()).unwrap();
    fs::write(dir.path().join("LICENSE-MIT"), "Copyright (c) 2024 Jane Roe. All rights reserved.\n").unwrap();
    let out = proofmark().args(["check", "--output-format", "json"]).arg(dir.path()).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = items.iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert!(files.iter().all(|f| f.ends_with("guide.txt")), "{items:?}");
    assert!(items.iter().any(|d| d["code"] == "UNI006"), "outside Markdown the same text is damage: {items:?}");
}

/// reStructuredText's literal blocks are code: the JSON an example prints is no damaged prose.
#[test]
fn a_rest_literal_block_is_code() {
    let keys = [
        "supportCode",
        "createdAt",
        "availabilityZone",
        "regionName",
        "resourceType",
        "blueprintId",
        "bundleId",
        "isStaticIp",
        "privateIpAddress",
        "cpuCount",
        "sizeInGb",
        "isSystemDisk",
        "attachedTo",
        "attachmentState",
        "ramSizeInGb",
        "monthlyTransfer",
        "gbPerMonthAllocated",
    ];
    let json: String = keys.iter().enumerate().map(|(i, k)| format!("        \"{k}\": \"v{i}\",\n")).collect();
    let text = format!(
        "**To get an instance**\n\nThe following ``get-instance`` example displays the instance. ::\n\n    \
         aws lightsail get-instance --instance-name MEAN-1\n\nOutput::\n\n    {{\n{json}    }}\n\n\
         For more information, see the guide.\n"
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("get-instance.rst"), &text).unwrap();
    proofmark().arg("check").arg(dir.path().join("get-instance.rst")).assert().code(0);
    // The same text as plain prose is judged as prose: its camelCase keys are no words.
    fs::write(dir.path().join("get-instance.txt"), &text).unwrap();
    proofmark().arg("check").arg(dir.path().join("get-instance.txt")).assert().code(1);
}

/// A fix never reaches into code the rules did not read: a chrome line right above a fenced
/// block is reported, but deleting it with "the blank line after it" would take the fence.
#[test]
fn a_fix_never_reaches_into_a_code_block() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Intro text about the tool.\n\nShare this:\n```\nfn main() {}\n```\nThe end of the page.\n";
    let path = dir.path().join("page.md");
    fs::write(&path, text).unwrap();
    proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(&path).assert().code(1);
    let fixed = fs::read_to_string(&path).unwrap();
    assert!(fixed.contains("```\nfn main() {}\n```\n"), "{fixed:?}");
}

/// A scraped page kept as HTML is read between its tags: damage in its text is found and fixed,
/// while its markup, scripts, styles, code and preformatted blocks are never read, and chrome is
/// reported without a fix (a line is no unit of a page).
#[test]
fn an_html_page_is_read_between_its_tags_and_its_markup_is_kept() {
    let (_dir, path) = copy_fixture("html/harbor-ferry.html");
    let before = fs::read_to_string(&path).unwrap();
    let out = proofmark().args(["check", "--output-format", "json"]).arg(&path).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(&str, &str, bool)> = items
        .iter()
        .map(|d| {
            let span = d["span"]["start"].as_u64().unwrap() as usize..d["span"]["end"].as_u64().unwrap() as usize;
            (d["code"].as_str().unwrap(), &before[span], d["fix"].is_object())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("OCR001", "tbe", true),
            ("OCR001", "miIitary", true),
            ("CHR001", "<p>Leave a Reply</p>\n", false),
            ("CHR001", "<footer><p>Copyright 2024 Harbor Daily. All rights reserved.</p></footer>\n", false),
        ]
    );
    let status = proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(&path).output().unwrap().status;
    assert_eq!(status.code(), Some(1), "the chrome remains");
    let expected = before.replace("when tbe old", "when the old").replace("miIitary", "military");
    assert_eq!(fs::read_to_string(&path).unwrap(), expected);
    // Directives stand in HTML comments, as in Markdown.
    let page = "<html><body>\n<!-- proofmark-disable-next-line OCR -->\n<p>The miIitary hospital.</p>\n\
                <p>The miIitary base.</p>\n</body></html>\n";
    fs::write(&path, page).unwrap();
    let (out, _) = stdout_of(&["check", "--output-format", "concise", path.to_str().unwrap()]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains(":4:8: OCR001"), "{out}");
}
