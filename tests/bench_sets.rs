//! Regression gates on the labelled sets in ../shared/bench (skipped in a user's clone, where
//! they are absent): recall per kind of damage must not fall below what the rules reach today.

mod common;

use proofmark::corpus::CorpusStats;
use proofmark::registry::all_rules;
use proofmark::rules::RuleData;
use proofmark::Linter;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// (kind, found, total) for every non-optional defect of a set.
fn recall(set: &Path) -> HashMap<String, (usize, usize)> {
    let damaged = set.join("damaged");
    let files: Vec<_> = std::fs::read_dir(&damaged).unwrap().map(|e| e.unwrap().path()).collect();
    let data = RuleData { corpus: CorpusStats::collect(&files), ..RuleData::default() };
    let linter = Linter::new(all_rules().to_vec(), Arc::new(data));
    let mut spans: HashMap<String, Vec<std::ops::Range<usize>>> = HashMap::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        spans.insert(name.clone(), linter.lint(&name, &text).into_iter().map(|d| d.span).collect());
    }
    let mut out: HashMap<String, (usize, usize)> = HashMap::new();
    for line in std::fs::read_to_string(set.join("truth.jsonl")).unwrap().lines() {
        let t: serde_json::Value = serde_json::from_str(line).unwrap();
        if t["optional"].as_bool() == Some(true) {
            continue;
        }
        let (mut s, mut e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        if s == e {
            (s, e) = (s.saturating_sub(1), s + 1);
        }
        let hit = spans[t["file"].as_str().unwrap()].iter().any(|d| d.start < e && s < d.end.max(d.start + 1));
        let entry = out.entry(t["kind"].as_str().unwrap().to_string()).or_default();
        entry.0 += usize::from(hit);
        entry.1 += 1;
    }
    out
}

#[test]
fn seeds_every_defect_is_found() {
    let Some(set) = common::shared_bench("seeds") else { return };
    for (kind, (found, total)) in recall(&set) {
        assert_eq!(found, total, "seeds: {kind} {found}/{total}");
    }
}

#[test]
fn dev_recall_floors() {
    let Some(set) = common::shared_bench("dev") else { return };
    let floors = [
        ("chrome", 0.95),
        ("confusable", 0.90),
        ("invisible", 0.90),
        ("ligature", 0.90),
        ("mojibake", 0.90),
        ("repeat_word", 0.90),
        ("dup_line", 0.90),
        ("glyph", 0.90),
        ("split", 0.85),
        ("space_sub", 0.85),
        ("hyphen_break", 0.85),
        ("merge", 0.80),
        ("drop", 0.80),
    ];
    let recall = recall(&set);
    for (kind, floor) in floors {
        let (found, total) = recall[kind];
        assert!(found as f64 >= floor * total as f64, "dev: {kind} {found}/{total} below {floor}");
    }
}

/// A temporary copy of a set's damaged files after `--fix --unsafe-fixes`.
fn fixed_copy(set: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(set.join("damaged")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let run = common::proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(dir.path()).output().unwrap();
    assert_ne!(run.status.code(), Some(2), "{}", String::from_utf8_lossy(&run.stderr));
    dir
}

/// Word defects of the seeds (glyph swaps, lost letters, a letter lost to a space) are fixed
/// back to exactly their original text by `--fix --unsafe-fixes`, with their surroundings.
#[test]
fn seeds_word_defects_are_restored_exactly() {
    let Some(set) = common::shared_bench("seeds") else { return };
    let dir = fixed_copy(&set);
    let mut checked = 0;
    for line in std::fs::read_to_string(set.join("truth.jsonl")).unwrap().lines() {
        let t: serde_json::Value = serde_json::from_str(line).unwrap();
        if !matches!(t["kind"].as_str(), Some("glyph" | "drop" | "space_sub")) {
            continue;
        }
        let file = t["file"].as_str().unwrap();
        let damaged = std::fs::read_to_string(set.join("damaged").join(file)).unwrap();
        let (s, e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        let before: String = damaged[..s].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
        let after: String = damaged[e..].chars().take(12).collect();
        let expected = format!("{before}{}{after}", t["original"].as_str().unwrap());
        let fixed = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(fixed.contains(&expected), "{file}: expected {expected:?} after fixing");
        checked += 1;
    }
    assert!(checked >= 4, "the seeds hold at least four word defects, found {checked}");
}

/// Real newspaper OCR: `--fix --unsafe-fixes` removes at least this share of its character
/// errors (30.5% today; overProof, a published system, removes 44.6%), and no file ends up
/// with more than a couple of errors more than it had (a rejoined line-end word where the
/// transcriber kept the hyphen).
#[test]
fn ocr_dev_fixes_remove_character_errors() {
    let Some(set) = common::shared_bench("ocr-dev") else { return };
    let dir = fixed_copy(&set);
    let (mut before, mut after) = (0, 0);
    for entry in std::fs::read_dir(set.join("clean")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        let clean = std::fs::read_to_string(&path).unwrap();
        let damaged = std::fs::read_to_string(set.join("damaged").join(name)).unwrap();
        let fixed = std::fs::read_to_string(dir.path().join(name)).unwrap();
        let (b, a) = (strsim::levenshtein(&damaged, &clean), strsim::levenshtein(&fixed, &clean));
        assert!(a <= b + 2, "{name:?}: {b} character errors before fixing, {a} after");
        before += b;
        after += a;
    }
    let removed = 1.0 - after as f64 / before as f64;
    assert!(removed >= 0.30, "fixing removed {:.1}% of ocr-dev's character errors", 100.0 * removed);
}
