//! A document's own channel. OCR of one page misreads the same letters again and again (a
//! worn "e" read as "o" all through one article and not in the next), so the confusions that
//! the confident repairs of a first reading used most are made cheaper for a second reading:
//! the words the first left undecided ("tlio": "tho" or "the"?) are then read as the page's
//! own damage suggests. Raw OCR output only (see [`super::ocr_regime`]).

use super::channel;
use super::engine::{Correction, Kind};
use super::search::{self, Edits};
use crate::memo::{self, Memo};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::cell::RefCell;
use std::hash::BuildHasher;

/// A one-letter confusion that the document's confident repairs used this many times is the
/// page's own ...
const MIN_USES: usize = 3;
/// ... and costs this share of what it costs in general.
const OWN_CONFUSION_SHARE: f64 = 0.5;

/// The one-letter confusions of a document that cost less there than in general.
#[derive(Debug, Default, Clone)]
pub struct DocumentChannel {
    /// (on the page, meant, cost).
    cheaper: Vec<(u8, u8, f64)>,
    /// A hash of `cheaper`, which keys its costs in the per-thread memo.
    fingerprint: u64,
}

impl DocumentChannel {
    /// The channel that the repairs of a first reading, `corrections`, show: the glyph
    /// confusions their fixes used at least [`MIN_USES`] times.
    pub fn learn(corrections: &[Correction]) -> Self {
        let mut uses: FxHashMap<(u8, u8), usize> = FxHashMap::default();
        for (page, meant) in corrections.iter().filter_map(letter_for_letter) {
            for (p, m) in page.bytes().zip(meant.bytes()).filter(|(p, m)| p != m) {
                *uses.entry((p, m)).or_default() += 1;
            }
        }
        let cheaper = channel::GLYPHS
            .iter()
            .chain(channel::SHAPE_GLYPHS)
            .chain(channel::PRINT_GLYPHS)
            .filter_map(|&(on_page, meant, cost)| match (on_page.as_bytes(), meant.as_bytes()) {
                (&[p], &[m]) if uses.get(&(p, m)).is_some_and(|&n| n >= MIN_USES) => {
                    Some((p, m, cost * OWN_CONFUSION_SHARE))
                }
                _ => None,
            })
            .collect::<Vec<_>>();
        let fingerprint =
            FxBuildHasher.hash_one(cheaper.iter().map(|&(p, m, c)| (p, m, c.to_bits())).collect::<Vec<_>>());
        DocumentChannel { cheaper, fingerprint }
    }

    pub fn is_empty(&self) -> bool {
        self.cheaper.is_empty()
    }

    /// The cost of `meant` becoming `page` here, given its cost in `general`.
    pub fn cost(&self, meant: &str, page: &str, edits: Edits, general: f64) -> f64 {
        // (Only a confusion of a letter on the page for a letter of the word can cheapen it.)
        let applies = |&(on_page, for_meant, _): &(u8, u8, f64)| {
            page.as_bytes().contains(&on_page) && meant.as_bytes().contains(&for_meant)
        };
        if !self.cheaper.iter().any(applies) {
            return general;
        }
        // Remembered per thread: a page repeats its words, and each has many candidates.
        let key = FxBuildHasher.hash_one((self.fingerprint, meant, page, edits));
        let own = memo::remembered(&MEMO, MEMO_CAPACITY, key, || search::cost_with(meant, page, edits, &self.cheaper));
        general.min(own)
    }
}

/// Costs remembered per thread before the memo starts afresh (bounding memory).
const MEMO_CAPACITY: usize = 1 << 16;

thread_local! {
    /// A document channel's costs by a 64-bit hash of (channel, meant, page, edits).
    static MEMO: Memo<f64> = RefCell::new(FxHashMap::default());
}

/// A confident repair of one word by letters put for others, as (page, meant) in lowercase.
fn letter_for_letter(c: &Correction) -> Option<(String, String)> {
    let by_glyphs = matches!(c.kind, Kind::Glyph | Kind::Misspelling | Kind::RealWord);
    let (page, meant) = (c.original.to_ascii_lowercase(), c.replacement.to_ascii_lowercase());
    (by_glyphs && c.fix.is_some() && page.is_ascii() && meant.is_ascii() && page.len() == meant.len())
        .then_some((page, meant))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::words::engine::Safety;

    fn repair(original: &str, replacement: &str, fix: Option<Safety>) -> Correction {
        Correction {
            kind: Kind::Glyph,
            span: 0..original.len(),
            original: original.into(),
            replacement: replacement.into(),
            fix,
            alternatives: Vec::new(),
        }
    }

    #[test]
    fn confusions_the_confident_repairs_use_again_and_again_are_the_pages_own() {
        let o_for_e = channel::GLYPHS.iter().find(|g| g.0 == "o" && g.1 == "e").unwrap().2;
        let repairs = [
            repair("tho", "the", Some(Safety::Unsafe)),
            repair("Tho", "The", Some(Safety::Unsafe)),
            repair("havo", "have", Some(Safety::Unsafe)),
            repair("rnodern", "modern", Some(Safety::Unsafe)),
        ];
        let channel = DocumentChannel::learn(&repairs);
        assert!(channel.cost("there", "thoro", Edits::GlyphsOnly, 2.0 * o_for_e) < 2.0 * o_for_e);
        // A confusion used twice, and repairs only reported, teach nothing.
        let few = DocumentChannel::learn(&repairs[..2]);
        assert!(few.is_empty());
        let reported: Vec<Correction> = repairs.iter().map(|r| Correction { fix: None, ..r.clone() }).collect();
        assert!(DocumentChannel::learn(&reported).is_empty());
    }
}
