//! Property tests: whatever the text, linting and fixing keep their promises (see
//! `proofmark::invariants`), and clean prose survives `--fix --unsafe-fixes`.

mod common;

use proofmark::invariants;
use proofmark::registry::all_rules;
use proofmark::rules::RuleData;
use proofmark::{LintOptions, Linter};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| Linter::new(all_rules().to_vec(), Arc::new(RuleData::default())))
}

const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "summit",
    "military",
    "imperialism",
    "government",
    "Russia",
    "Kim",
    "Putin",
    "satellite",
    "arms",
    "deal",
    "war",
    "in",
    "Ukraine",
    "cooperation",
    "said",
    "would",
    "leaders",
    "space",
    "technology",
    "a",
    "fight",
    "against",
    "North",
    "Korea",
    "official",
    "Vostochny",
    "José",
    "Müller",
    "서울",
    "Москва",
    "—",
    "“quoted”",
];

/// Damage of every kind the rules know, applied to one word.
fn damage(word: &str, kind: u8) -> String {
    match kind % 12 {
        0 => word.replacen('l', "I", 1),
        1 => word.replacen('m', "rn", 1),
        2 => format!(
            "{}\u{200B}{}",
            &word[..word.char_indices().nth(1).map_or(word.len(), |(i, _)| i)],
            &word[word.char_indices().nth(1).map_or(word.len(), |(i, _)| i)..]
        ),
        3 => word.replacen("fi", "\u{FB01}", 1).replacen('e', "\u{0435}", 1),
        4 => format!("{word} {word}"),
        5 => format!("{word}â€™s"),
        6 => word.chars().enumerate().filter(|(i, _)| *i != 1).map(|(_, c)| c).collect(),
        7 => {
            let cut = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
            format!("{} {}", &word[..cut], &word[cut..])
        }
        8 => format!("{word}\u{201A}"),
        9 => format!("{word}-\n"),
        10 => format!("{word}\n\nLeave a Reply\n\n"),
        _ => format!("{word}\u{FFFD}"),
    }
}

fn damaged_prose() -> impl Strategy<Value = String> {
    let token = (0..WORDS.len(), any::<u8>(), 0u8..8);
    (prop::collection::vec(token, 1..120), any::<bool>(), any::<bool>()).prop_map(|(tokens, crlf, bom)| {
        let mut text = String::from(if bom { "\u{FEFF}" } else { "" });
        for (i, (w, kind, damaged)) in tokens.into_iter().enumerate() {
            let word = WORDS[w];
            text.push_str(&if damaged == 0 { damage(word, kind) } else { word.to_string() });
            text.push_str(match i % 17 {
                16 => "\n\n",
                8 => ".\n",
                _ => " ",
            });
        }
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn damaged_prose_keeps_the_invariants(text in damaged_prose()) {
        if let Err(e) = invariants::check(linter(), &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn arbitrary_text_keeps_the_invariants(text in "\\PC{0,300}") {
        if let Err(e) = invariants::check(linter(), &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn markdown_soup_keeps_the_invariants(
        text in "((```|~~~|    |<!-- |-->|---|> |\\* |#|`)?[a-zA-Zé ,.`]{0,30}(\n|\r\n|\n\n)){0,30}"
    ) {
        if let Err(e) = invariants::check_as(linter(), "input.md", &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn html_soup_keeps_the_invariants(
        text in "((<p>|</p>|<b>|</b>|<code>|</code>|<pre>|</pre>|<script>|</script>|<!-- | -->|<h2>|</h2>|<|>|&amp;|tbe |miIitary |Leave a Reply|[a-zA-Zé ,.]{0,20})(\n|\n\n)?){0,30}"
    ) {
        if let Err(e) = invariants::check_as(linter(), "page.html", &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn directive_soup_keeps_the_invariants(
        text in "((<!-- proofmark-(disable|enable|disable-next-line)( REP| UNI| OCR001)? -->|the the ﬁle|Same line\\.|Share this article|[a-zA-Z ,.]{0,20})(\n|\n\n)){0,30}",
        markdown in proptest::bool::ANY,
    ) {
        let name = if markdown { "input.md" } else { "input.txt" };
        if let Err(e) = invariants::check_as(linter(), name, &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }

    #[test]
    fn line_soup_keeps_the_invariants(text in "([a-zA-Z ,.]{0,40}(\n|\r\n|\n\n)){0,30}") {
        if let Err(e) = invariants::check(linter(), &text) {
            prop_assert!(false, "{e}\ntext: {text:?}");
        }
    }
}

/// Inputs the fuzzer (`fuzz/`, targets `lint_fix` and `fast_rules`) found breaking an
/// invariant, kept in `tests/fixtures/fuzz/` as regression tests, each named for what it broke,
/// and checked as plain text, as Markdown and as HTML.
#[test]
fn fuzz_findings_keep_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for name in ["input.txt", "input.md", "input.html"] {
            if let Err(e) = invariants::check_as(linter(), name, &text) {
                panic!("{} as {name}: {e}", path.display());
            }
        }
        checked += 1;
    }
    assert!(checked > 0, "no fuzz findings to check");
}

/// The dev set's clean texts stay (almost) unchanged by `--fix --unsafe-fixes`. They hold a
/// few genuine slips of their own ("of of", "propesed"), so a handful of small changes is
/// expected; more than that means a rule damages clean text. Skipped without ../shared.
#[test]
fn clean_dev_texts_round_trip() {
    let Some(dir) = common::shared_bench("dev/clean") else { return };
    let mut changed = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        files += 1;
        let fixed = linter().fix("clean.txt", &text, LintOptions { unsafe_fixes: true });
        let delta = text.len().abs_diff(fixed.text.len());
        if fixed.text != text {
            changed.push((path.file_name().unwrap().to_string_lossy().into_owned(), delta));
        }
    }
    assert!(files > 0);
    assert!(changed.len() * 100 <= files * 5, "fixing changed {} of {files} clean files: {changed:?}", changed.len());
    assert!(changed.iter().all(|(_, delta)| *delta <= 3), "large change to clean text: {changed:?}");
}
