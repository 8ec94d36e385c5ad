//! Word repair: OCR glyph swaps, lost and split letters, merged words, line-end hyphens and
//! real-word errors, scored with the lexicon's language model (see [`engine`]).

mod channel;
mod document_channel;
pub mod engine;
pub mod language;
pub mod ocr_regime;
pub mod search;

mod dropped_letter;
mod glyph_confusion;
mod hyphen_break;
mod lost_full_stop;
mod merged_words;
mod misspelling;
mod real_word_error;
mod space_for_letter;
mod split_word;
mod stray_mark;

pub use dropped_letter::DroppedLetter;
pub use glyph_confusion::GlyphConfusion;
pub use hyphen_break::HyphenBreak;
pub use lost_full_stop::LostFullStop;
pub use merged_words::MergedWords;
pub use misspelling::Misspelling;
pub use real_word_error::RealWordError;
pub use space_for_letter::SpaceForLetter;
pub use split_word::SplitWord;
pub use stray_mark::StrayMark;

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::RuleMeta;
use engine::{Kind, Safety};

/// Words that print abbreviates with a full stop, which ends no sentence, so a lowercase word
/// may follow ("Mr.", "etc.", "No.", "Corp."): lowercase, without the stop. (Shared by the
/// stray-mark rule and the engine's lost sentence capital.)
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "messrs", "dr", "st", "gen", "col", "capt", "lieut", "gov", "govt", "rev", "hon", "jr", "sr", "sen",
    "rep", "prof", "supt", "no", "nos", "co", "corp", "inc", "ltd", "assn", "vs", "etc", "esp", "incl", "viz", "cf",
    "ft", "lb", "lbs", "oz", "in", "inst", "ult", "prox", "esq", "ave", "mt", "pp", "vol", "vols", "ch", "sec", "art",
    "fig", "op", "cit", "ibid", "al", "approx", "dept", "est", "supp", "stat", "cong", "sess", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words whose first letters an apostrophe stands for ("'tis", "'em"): the lexicon lists none.
pub(crate) const ELISIONS: &[&str] = &[
    "tis", "twas", "twere", "twill", "twould", "em", "til", "cause", "round", "neath", "gainst", "bout", "twixt",
    "midst", "mongst", "cept", "nother", "pon",
];

/// Pushes the engine's corrections of one kind as diagnostics of the rule `meta`.
fn report(ctx: &Context, meta: &'static RuleMeta, kind: Kind, out: &mut Vec<Diagnostic>) {
    for c in ctx.word_repairs().iter().filter(|c| c.kind == kind) {
        let others = if c.alternatives.is_empty() {
            String::new()
        } else {
            format!(
                " (other candidates: {})",
                c.alternatives.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>().join(", ")
            )
        };
        // A word rejoined across a line end keeps the line break after it (see the engine).
        let reading = c.replacement.trim_end();
        let message = format!("“{}” looks damaged; read “{reading}”{others}", shown(&c.original));
        let fix = c.fix.map(|safety| {
            let edits = vec![Edit::replace(c.span.clone(), c.replacement.clone())];
            let describe = if reading.len() < c.replacement.len() {
                format!("replace with “{reading}”, the line break moved after it")
            } else {
                format!("replace with “{reading}”")
            };
            match safety {
                Safety::Safe => Fix::safe(describe, edits),
                Safety::Unsafe => Fix::unsafe_(describe, edits),
            }
        });
        out.push(Diagnostic::new(meta, c.span.clone(), message).with_optional_fix(fix));
    }
}

/// Declares a word rule that reports one kind of engine correction.
macro_rules! word_rule {
    ($ty:ident, $kind:ident) => {
        impl $crate::rule::Rule for $ty {
            fn meta(&self) -> &'static $crate::rule::RuleMeta {
                &Self::META
            }

            fn check(&self, ctx: &$crate::linter::Context, out: &mut Vec<$crate::diagnostic::Diagnostic>) {
                super::report(ctx, &Self::META, super::engine::Kind::$kind, out);
            }
        }
    };
}
use word_rule;

/// The text as a message shows it: line breaks and other control characters escaped
/// ("ob\ntained"), quotes and apostrophes as they are ("judge's").
fn shown(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}
