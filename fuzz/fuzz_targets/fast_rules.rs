//! The same invariants as `lint_fix`, with every rule family but word repair: without the
//! lexicon search each run takes microseconds, so a campaign reaches millions of inputs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proofmark::io::{decode, Content};
use proofmark::registry::all_rules;
use proofmark::rule::Family;
use proofmark::rules::RuleData;
use proofmark::Linter;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| {
        let rules = all_rules().iter().copied().filter(|r| r.meta().family != Family::Words).collect();
        Linter::new(rules, Arc::new(RuleData::default()))
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(Content::Text(text)) = decode(Path::new("fuzz.txt"), data.to_vec()) {
        for name in ["input.txt", "input.md"] {
            if let Err(e) = proofmark::invariants::check_as(linter(), name, &text) {
                panic!("invariant broken in {name}: {e}\ninput: {text:?}");
            }
        }
    }
});
