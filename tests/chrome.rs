//! Site-chrome rules on fixture files and on a generated corpus sharing a site footer.

mod common;

use common::{copy_fixture, fixture, proofmark};
use std::fs;

#[test]
fn chrome_fixture_snapshot_and_fix() {
    let path = fixture("rules/chrome.txt");
    let out = proofmark()
        .current_dir(path.parent().unwrap())
        .args(["check", "--output-format", "concise", "chrome.txt"])
        .output()
        .unwrap();
    insta::assert_snapshot!("concise_chrome", String::from_utf8(out.stdout).unwrap());

    let (_dir, copy) = copy_fixture("rules/chrome.txt");
    proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(&copy).assert().code(0);
    let fixed = fs::read_to_string(&copy).unwrap();
    insta::assert_snapshot!("fixed_chrome", fixed);
    // paragraphs stay separated by exactly one blank line
    assert!(!fixed.contains("\n\n\n"));
    assert!(fixed.contains("By Dana Lee, staff writer"));
}

#[test]
fn safe_fix_removes_catalog_chrome_only() {
    let (_dir, copy) = copy_fixture("rules/chrome.txt");
    proofmark().args(["check", "--fix"]).arg(&copy).assert().code(1);
    let fixed = fs::read_to_string(&copy).unwrap();
    assert!(!fixed.contains("Share this:") && !fixed.contains("All rights reserved"));
    // structural findings are unsafe: still there without --unsafe-fixes
    assert!(fixed.contains("Five easy ways to keep your garden green"));
}

/// 50 articles with different text and the same site footer and share bar.
fn write_site(dir: &std::path::Path) {
    let subjects =
        ["harbor", "museum", "council", "ferry", "library", "orchard", "bridge", "school", "market", "river"];
    let verbs = ["reopened", "expanded", "voted", "delayed", "celebrated"];
    for i in 0..50 {
        let (s, t, v) = (subjects[i % 10], subjects[(i / 10 + 3) % 10], verbs[i % 5]);
        let text = format!(
            "The {s} {v} plans for the {t}\n\n\
             Officials said the {s} {v} its plans for the {t} after a long debate, and residents near the {t} welcomed the news on Monday.\n\n\
             The {t} project will take two years, officials at the {s} said.\n\n\
             Harbor Gazette newsroom hours are nine to five on weekdays\n\n\
             Send a tip to the Gazette desk\n"
        );
        fs::write(dir.join(format!("article{i:02}.txt")), text).unwrap();
    }
}

#[test]
fn corpus_rule_finds_a_site_footer_shared_by_many_files() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let out = proofmark().args(["check", "--output-format", "json"]).arg(dir.path()).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let corpus: Vec<_> = items.iter().filter(|d| d["code"] == "CHR003").collect();
    assert_eq!(corpus.len(), 100, "two footer lines in each of 50 files");
    assert!(corpus[0]["message"].as_str().unwrap().contains("appears in 50 of 50 files"));
    assert_eq!(corpus[0]["fix"]["applicability"], "safe");

    proofmark().args(["check", "--fix"]).arg(dir.path()).assert().code(0);
    let fixed = fs::read_to_string(dir.path().join("article07.txt")).unwrap();
    assert!(!fixed.contains("Gazette"), "{fixed}");
    assert!(fixed.ends_with("said.\n"), "{fixed:?}");
}

#[test]
fn a_refrain_shared_by_many_files_is_no_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let seasons = ["summer", "winter", "spring", "autumn", "harvest", "drought", "flood", "night", "battle", "exile"];
    let refuges =
        ["rock", "fortress", "shield", "tower", "shelter", "stronghold", "hiding place", "light", "song", "keeper"];
    for i in 0..10 {
        let (season, refuge) = (seasons[i], refuges[i]);
        let text = format!(
            "My strength was sapped in the heat of {season}.\nSelah.\n\n\
             You are my {refuge}, and you forgave the iniquity of my sin.\n"
        );
        fs::write(dir.path().join(format!("psalm{i:02}.txt")), text).unwrap();
    }
    let out = proofmark().args(["check", "--output-format", "json"]).arg(dir.path()).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(items.iter().all(|d| d["code"] != "CHR003"), "{items:?}");
}

/// A docs tree: pages that share front matter, headings, code fences, metadata comments, an
/// install step, option stanzas, a stability note, labels and a licence paragraph, and one
/// scraped line of a site's chrome.
#[test]
fn a_docs_tree_shares_markup_code_and_licence_text_that_are_no_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let crates = ["anchor", "harbor", "lantern", "meadow", "orchard", "quarry"];
    for (i, name) in crates.iter().enumerate() {
        let text = format!(
            "---\nsection: 1\n---\n\n# {name}\n\n> Stability: 2 - Stable\n\nA small library that parses {name} records and writes them back.\n\n\
             Examples:\n\n    {name}::parse(input)\n\nUsage\n\n* Workspace names\n\n\
             ## Options\n\n### strict\n\n<!-- YAML\nadded: v1.0.0\n-->\n\n* Type: Boolean\n* Default: false\n\n\
             ### verbose\n\n<!-- YAML\nadded: v1.0.0\n-->\n\n* Type: Boolean\n* Default: false\n\n\
             ## Usage\n\nAdd this to your `Cargo.toml`:\n\n```toml\n[dependencies]\n{name} = \"1.{i}\"\n```\n\n\
             ## License\n\nUnless you explicitly state otherwise, any contribution intentionally submitted\n\
             for inclusion in the work by you, as defined in the Apache-2.0 license, shall be\n\
             dual licensed as above, without any additional terms or conditions.\n\n\
             Gazette newsroom hours are nine to five on weekdays\n"
        );
        fs::write(dir.path().join(format!("{name}.md")), text).unwrap();
    }
    let out = proofmark().args(["check", "--output-format", "json"]).arg(dir.path()).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let chrome: Vec<_> = items.iter().filter(|d| d["code"].as_str().is_some_and(|c| c.starts_with("CHR"))).collect();
    assert_eq!(chrome.len(), crates.len(), "only the scraped line, once per file: {chrome:?}");
    for finding in &chrome {
        assert_eq!(finding["code"], "CHR003");
        assert_eq!(finding["fix"]["applicability"], "unsafe", "a docs tree's shared lines may be its own");
    }
}

#[test]
fn one_file_alone_has_no_corpus_evidence() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let out =
        proofmark().args(["check", "--output-format", "json"]).arg(dir.path().join("article03.txt")).output().unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(items.iter().all(|d| d["code"] != "CHR003"));
}

#[test]
fn user_catalog_from_config() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The harbor reopened on Monday after repairs.\n\nHarbor Gazette desk\n")
        .unwrap();
    fs::write(dir.path().join("site.toml"), "[site_footer]\nphrases = [\"Harbor Gazette desk\"]\n").unwrap();
    fs::write(dir.path().join("proofmark.toml"), "[rule-data]\nchrome-catalogs = [\"site.toml\"]\n").unwrap();
    let out = proofmark().args(["check", "--output-format", "concise"]).arg(dir.path()).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("CHR001"));
    fs::write(dir.path().join("site.toml"), "[site_footer]\nregexes = [\"(unclosed\"]\n").unwrap();
    let out = proofmark().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("(unclosed"));
}
