//! Arbitrary bytes through the whole pipeline with every rule on: decoding, linting and
//! fixing must keep the invariants of `proofmark::invariants` and never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proofmark::io::{decode, Content};
use proofmark::registry::all_rules;
use proofmark::rules::RuleData;
use proofmark::Linter;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| Linter::new(all_rules().to_vec(), Arc::new(RuleData::default())))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(Content::Text(text)) = decode(Path::new("fuzz.txt"), data.to_vec()) {
        if let Err(e) = proofmark::invariants::check(linter(), &text) {
            panic!("invariant broken: {e}\ninput: {text:?}");
        }
    }
});
