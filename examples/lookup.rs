//! Prints what the shipped lexicon knows of words and word pairs: a tool for tuning the word
//! rules. `cargo run --release --example lookup -- president "the president"`
use proofmark::lexicon::{Lexicon, Mark};

fn main() {
    let lex = Lexicon::get();
    for arg in std::env::args().skip(1) {
        let lower = arg.to_lowercase();
        match lower.split_once(' ') {
            Some((a, b)) => {
                println!(
                    "{arg:?}: bigram {} logp_after {:.2} shuns {}",
                    lex.bigram(a, b),
                    lex.logp_after(Some(a), b),
                    lex.shuns(a, b)
                )
            }
            None => println!(
                "{arg:?}: {:?} logp {:.2} after a comma {:.2} after a full stop {:.2} lift before a comma {:.2} before a full stop {:.2}",
                lex.info(&lower),
                lex.logp(&lower),
                lex.logp_after_comma(&lower),
                lex.logp_after_stop(&lower),
                lex.lift_before(&lower, Mark::Comma),
                lex.lift_before(&lower, Mark::Stop)
            ),
        }
    }
}
