//! Time each rule alone on one file: `cargo run --release --example rule_timings -- FILE [CODE]`.
//! Prints the mean time per lint of the file for every rule (or only CODE), to find the rule
//! that makes a run slow.

use proofmark::registry::all_rules;
use proofmark::rules::RuleData;
use proofmark::Linter;
use std::sync::Arc;

const ROUNDS: u32 = 200;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: rule_timings FILE [CODE]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let only = args.next();
    let data = Arc::new(RuleData::default());
    for rule in all_rules().iter().filter(|r| only.as_deref().is_none_or(|c| r.meta().code == c)) {
        let linter = Linter::new(vec![*rule], Arc::clone(&data));
        let start = std::time::Instant::now();
        for _ in 0..ROUNDS {
            linter.lint(&path, &text);
        }
        println!("{:<7} {:?}", rule.meta().code, start.elapsed() / ROUNDS);
    }
}
