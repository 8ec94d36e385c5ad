//! Weighted edit search over the lexicon: every word that the error channel could have turned
//! into the text on the page, within a cost budget.
//!
//! The search is an [`fst::Automaton`] whose state is a column of the weighted edit-distance
//! table (candidate prefix against the whole page word), so the lexicon's shared prefixes are
//! scored once and a branch is abandoned as soon as no completion can stay within the budget.
//! Glyph confusions of up to two letters on either side ("rn" for "m", "tb" for "th") are
//! transitions of their own, which is what lets one search find "orguuizatiou" →
//! "organization" through several cheap confusions while arbitrary edits stay dear.

use super::channel;
use super::engine::is_inner_speck;
use crate::memo::{self, Memo};
use fst::{Automaton, IntoStreamer, Map, Streamer};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::cell::RefCell;
use std::hash::BuildHasher;
use std::rc::Rc;

/// Page words longer than this (in bytes) are not searched.
pub const MAX_LEN: usize = 24;
/// Columns of the edit table for the longest page words, and for the many shorter ones: a
/// state is copied at every lexicon node the search walks, so shorter words get smaller states.
const COLUMNS: usize = MAX_LEN + 1;
const SHORT_COLUMNS: usize = 12;
const MIDDLE_COLUMNS: usize = 17;

/// Which edits the channel may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edits {
    /// Only the glyph confusions of fonts and scans ([`channel::GLYPHS`]): what damages edited
    /// text letter by letter.
    GlyphsOnly,
    /// [`Edits::GlyphsOnly`] with the confusions of letters of like shape
    /// ([`channel::SHAPE_GLYPHS`]): whether a word is a scan's misreading at all.
    ScanGlyphs,
    /// [`Edits::GlyphsOnly`] on raw OCR output, with the confusions of old print (see
    /// [`channel::PRINT_GLYPHS`]), and where a digit inside a word is a misread letter
    /// whatever its shape ("nev4r", "repul3ed"): no typist or font puts one there.
    OcrGlyphs,
    /// Glyph confusions and arbitrary letters lost, added, replaced or swapped.
    Any,
    /// [`Edits::Any`] on raw OCR output, with the confusions of old print, where a speck or
    /// a stray stroke adds a thin letter more often than any other (see
    /// [`channel::THIN_LETTER_ADDED`]).
    OcrAny,
    /// [`Edits::OcrAny`] on a word set in capitals, whose own confusions come on top: K for E,
    /// II for H (see [`channel::CAPITAL_GLYPHS`]).
    Headline,
}

impl Edits {
    /// Whether arbitrary edits are allowed besides glyph confusions.
    fn any(self) -> bool {
        matches!(self, Edits::Any | Edits::OcrAny | Edits::Headline)
    }

    /// Whether letters of like shape are confused: everywhere but in edited text.
    fn shapes(self) -> bool {
        !matches!(self, Edits::GlyphsOnly | Edits::Any)
    }

    /// Whether the page is raw OCR output of old print.
    fn print(self) -> bool {
        matches!(self, Edits::OcrGlyphs | Edits::OcrAny | Edits::Headline)
    }
}

/// A lexicon entry within the budget, with the cheapest way the channel reaches the page word.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub word: String,
    pub cost: f64,
    /// The lexicon's value for the word.
    pub value: u64,
}

/// Lexicon words within `budget` of `page` (lowercase), cheapest first.
///
/// Results are remembered per thread: text repeats its words, and a search walks thousands of
/// lexicon states.
pub fn search(lexicon: &Map<&'static [u8]>, page: &str, budget: f64, edits: Edits) -> Rc<[Hit]> {
    // The lexicon's address tells the full word map from the common-word one.
    let key = FxBuildHasher.hash_one((lexicon.as_fst().as_bytes().as_ptr() as usize, page, edits, budget.to_bits()));
    memo::remembered(&MEMO, MEMO_CAPACITY, key, || walk(lexicon, page, budget, edits).into())
}

/// Searches remembered per thread before the memo starts afresh (bounding memory).
const MEMO_CAPACITY: usize = 1 << 16;

thread_local! {
    /// Hits by a 64-bit hash of (lexicon, page word, edits, budget).
    static MEMO: Memo<Rc<[Hit]>> = RefCell::new(FxHashMap::default());
}

fn walk(lexicon: &Map<&'static [u8]>, page: &str, budget: f64, edits: Edits) -> Vec<Hit> {
    if page.is_empty() || page.len() > MAX_LEN || !page.is_ascii() {
        return Vec::new();
    }
    if page.len() < SHORT_COLUMNS {
        walk_with::<SHORT_COLUMNS>(lexicon, page, budget, edits)
    } else if page.len() < MIDDLE_COLUMNS {
        walk_with::<MIDDLE_COLUMNS>(lexicon, page, budget, edits)
    } else {
        walk_with::<COLUMNS>(lexicon, page, budget, edits)
    }
}

fn walk_with<const N: usize>(lexicon: &Map<&'static [u8]>, page: &str, budget: f64, edits: Edits) -> Vec<Hit> {
    let automaton = EditAutomaton::<N>::new(page.as_bytes(), budget, edits);
    let mut stream = lexicon.search_with_state(&automaton).into_stream();
    let mut hits = Vec::new();
    while let Some((key, value, state)) = stream.next() {
        if let Ok(word) = std::str::from_utf8(key) {
            hits.push(Hit { word: word.to_string(), cost: automaton.cost(&state), value });
        }
    }
    hits.sort_by(|a, b| a.cost.total_cmp(&b.cost).then_with(|| a.word.cmp(&b.word)));
    hits
}

/// The cheapest cost at which the channel turns `meant` into `page` (infinite when `edits`
/// cannot do it).
pub fn cost(meant: &str, page: &str, edits: Edits) -> f64 {
    cost_with(meant, page, edits, &[])
}

/// The cost of `meant` becoming `page` under a channel whose glyph confusions in
/// `cheaper` (on the page, meant, cost) cost what they say there: a document's own channel
/// (see [`super::document_channel`]).
pub fn cost_with(meant: &str, page: &str, edits: Edits, cheaper: &[(u8, u8, f64)]) -> f64 {
    if page.len() > MAX_LEN || !page.is_ascii() {
        return f64::INFINITY;
    }
    let mut automaton = EditAutomaton::<COLUMNS>::new(page.as_bytes(), f64::INFINITY, edits);
    automaton.make_cheaper(cheaper);
    let automaton = &automaton;
    let state = meant.bytes().fold(automaton.start(), |s, b| automaton.accept(&s, b));
    automaton.cost(&state)
}

/// Costs inside the search are whole tenths of a nat in a byte, so that a column is small to
/// copy (the fst walk clones a state per lexicon node); anything dearer than 25 nats is out.
type Tenths = u8;
const OUT_OF_REACH: Tenths = Tenths::MAX;

fn tenths(nats: f64) -> Tenths {
    (nats * 10.0).round().clamp(0.0, f64::from(OUT_OF_REACH)) as Tenths
}

fn add(a: Tenths, b: Tenths) -> Tenths {
    a.saturating_add(b)
}

/// A glyph confusion of a channel table, ready for matching against page words.
struct Glyph {
    on_page: &'static [u8],
    meant_last: u8,
    /// The letter before the meant side's last one, for two-letter meant sides.
    meant_first: Option<u8>,
    cost: Tenths,
}

impl Glyph {
    /// Whether the page side stands in `page` from `start`. (Byte by byte: the sides are a
    /// letter or two, too short to be worth a call to compare memory.)
    fn matches_at(&self, page: &[u8], start: usize) -> bool {
        page.len() - start >= self.on_page.len() && self.on_page.iter().zip(&page[start..]).all(|(a, b)| a == b)
    }
}

/// A channel table's confusions by the first byte of their page side: building a search's
/// automaton looks only at those that can match where each page byte stands.
struct GlyphIndex(Vec<Vec<Glyph>>);

impl GlyphIndex {
    fn of(table: &'static [(&'static str, &'static str, f64)]) -> Self {
        let mut by_first: Vec<Vec<Glyph>> = (0..256).map(|_| Vec::new()).collect();
        for &(on_page, meant, cost) in table {
            let (on_page, meant) = (on_page.as_bytes(), meant.as_bytes());
            let (Some(&first), Some(&meant_last)) = (on_page.first(), meant.last()) else { continue };
            let meant_first = (meant.len() == 2).then(|| meant[0]);
            by_first[usize::from(first)].push(Glyph { on_page, meant_last, meant_first, cost: tenths(cost) });
        }
        GlyphIndex(by_first)
    }

    fn starting_with(&self, byte: u8) -> &[Glyph] {
        &self.0[usize::from(byte)]
    }
}

/// The channel's glyph tables, indexed once.
struct GlyphTables {
    fonts: GlyphIndex,
    shapes: GlyphIndex,
    capitals: GlyphIndex,
    print: GlyphIndex,
}

impl GlyphTables {
    fn get() -> &'static GlyphTables {
        static TABLES: std::sync::LazyLock<GlyphTables> = std::sync::LazyLock::new(|| GlyphTables {
            fonts: GlyphIndex::of(channel::GLYPHS),
            shapes: GlyphIndex::of(channel::SHAPE_GLYPHS),
            capitals: GlyphIndex::of(channel::CAPITAL_GLYPHS),
            print: GlyphIndex::of(channel::PRINT_GLYPHS),
        });
        &TABLES
    }
}

/// A glyph confusion that ends at a position of the page word.
#[derive(Debug, Clone, Copy)]
struct Confusion {
    /// Where the page side ends (exclusive), in bytes.
    end: usize,
    page_len: usize,
    /// The letter before the meant side's last one, for two-letter meant sides.
    meant_first: Option<u8>,
    cost: Tenths,
}

/// `N`: columns of the edit table, more than the page word's length.
struct EditAutomaton<'a, const N: usize> {
    page: &'a [u8],
    budget: Tenths,
    edits: Edits,
    /// The confusions that apply to this page word, by the last byte of their meant side.
    confusions: Vec<Vec<Confusion>>,
    /// Those whose meant side has two letters.
    two_letter: Vec<Confusion>,
    costs: Costs,
    /// The cost of each letter of the page word having been added by the channel, by its
    /// 1-based position (see [`EditAutomaton::deletion_costs`]).
    deletes: Vec<Tenths>,
}

/// The channel's arbitrary edits, in tenths.
#[derive(Clone, Copy)]
struct Costs {
    insert: Tenths,
    delete: Tenths,
    substitute: Tenths,
    transpose: Tenths,
    digit_for_letter: Tenths,
    speck_for_letter: Tenths,
    thin_letter_added: Tenths,
    speck_added: Tenths,
}

/// One column of the edit table: the cost of reaching each prefix of the page word from the
/// candidate prefix read so far, plus the column before (for two-letter transitions).
#[derive(Clone)]
struct Column<const N: usize> {
    current: [Tenths; N],
    previous: [Tenths; N],
    /// The last two candidate bytes, most recent last.
    last: [u8; 2],
    depth: u16,
}

impl<'a, const N: usize> EditAutomaton<'a, N> {
    fn new(page: &'a [u8], budget: f64, edits: Edits) -> Self {
        let mut confusions = vec![Vec::new(); 128];
        let tables = GlyphTables::get();
        let shapes = edits.shapes().then_some(&tables.shapes);
        let capitals = (edits == Edits::Headline).then_some(&tables.capitals);
        let print = edits.print().then_some(&tables.print);
        let applying = std::iter::once(&tables.fonts).chain(shapes).chain(capitals).chain(print);
        for table in applying {
            for (start, &first) in page.iter().enumerate() {
                for glyph in table.starting_with(first) {
                    if glyph.matches_at(page, start) {
                        confusions[usize::from(glyph.meant_last & 0x7f)].push(Confusion {
                            end: start + glyph.on_page.len(),
                            page_len: glyph.on_page.len(),
                            meant_first: glyph.meant_first,
                            cost: glyph.cost,
                        });
                    }
                }
            }
        }
        let costs = Costs {
            insert: tenths(channel::INSERT),
            delete: tenths(channel::DELETE),
            substitute: tenths(channel::SUBSTITUTE),
            transpose: tenths(channel::TRANSPOSE),
            digit_for_letter: tenths(channel::DIGIT_FOR_LETTER),
            speck_for_letter: tenths(channel::SPECK_FOR_LETTER),
            thin_letter_added: tenths(channel::THIN_LETTER_ADDED),
            speck_added: tenths(channel::SPECK_ADDED),
        };
        let two_letter = confusions.iter().flatten().filter(|c| c.meant_first.is_some()).copied().collect();
        let budget = if budget.is_finite() { tenths(budget).min(OUT_OF_REACH - 1) } else { OUT_OF_REACH - 1 };
        let deletes = Self::deletion_costs(page, edits, &costs);
        EditAutomaton { page, budget, edits, confusions, two_letter, costs, deletes }
    }

    /// Lowers the costs of one-letter confusions to those in `cheaper` (on the page, meant,
    /// cost) where they are dearer.
    fn make_cheaper(&mut self, cheaper: &[(u8, u8, f64)]) {
        for &(on_page, meant, cost) in cheaper {
            for c in self.confusions[usize::from(meant & 0x7f)].iter_mut() {
                if c.page_len == 1 && c.meant_first.is_none() && self.page[c.end - 1] == on_page {
                    c.cost = c.cost.min(tenths(cost));
                }
            }
        }
    }

    /// The cost of each letter of the page word having been added by the channel, by its
    /// 1-based position (index 0 is unused): in old print a speck or a stray stroke reads as
    /// a thin letter (i, l) more often than as any other, and as a mark inside a word.
    fn deletion_costs(page: &[u8], edits: Edits, costs: &Costs) -> Vec<Tenths> {
        let cost = |b: &u8| match b {
            b'i' | b'l' if edits.print() => costs.thin_letter_added,
            b if edits.print() && is_inner_speck(*b) => costs.speck_added,
            _ => costs.delete,
        };
        std::iter::once(costs.delete).chain(page.iter().map(cost)).collect()
    }

    fn cost(&self, state: &Column<N>) -> f64 {
        match state.current[self.page.len()] {
            OUT_OF_REACH => f64::INFINITY,
            c => f64::from(c) / 10.0,
        }
    }

    fn any(&self) -> bool {
        self.edits.any()
    }
}

impl<const N: usize> Automaton for &EditAutomaton<'_, N> {
    type State = Column<N>;

    fn start(&self) -> Column<N> {
        let mut current = [OUT_OF_REACH; N];
        current[0] = 0;
        if self.any() {
            // Letters on the page before any letter of the candidate: added by the channel.
            for j in 1..=self.page.len() {
                current[j] = add(current[j - 1], self.deletes[j]);
            }
        }
        Column { current, previous: [OUT_OF_REACH; N], last: [0, 0], depth: 0 }
    }

    fn is_match(&self, state: &Column<N>) -> bool {
        state.current[self.page.len()] <= self.budget
    }

    fn can_match(&self, state: &Column<N>) -> bool {
        let n = self.page.len();
        if state.current[..=n].iter().any(|c| *c <= self.budget) {
            return true;
        }
        // Only a two-letter step from the column before can still come back within budget: a
        // confusion whose meant side starts with the letter just read, or a swap of it.
        let last = state.last[1];
        let pending_confusion = self
            .two_letter
            .iter()
            .any(|c| c.meant_first == Some(last) && add(state.previous[c.end - c.page_len], c.cost) <= self.budget);
        let pending_swap = self.any()
            && (2..=n)
                .any(|j| self.page[j - 1] == last && add(state.previous[j - 2], self.costs.transpose) <= self.budget);
        pending_confusion || pending_swap
    }

    fn accept(&self, state: &Column<N>, byte: u8) -> Column<N> {
        let n = self.page.len();
        let costs = self.costs;
        let mut next = [OUT_OF_REACH; N];
        let (current, previous) = (&state.current, &state.previous);
        let any = self.any();
        if any {
            // The candidate's letter was lost on the page.
            next[0] = add(current[0], costs.insert);
        }
        for j in 1..=n {
            let on_page = self.page[j - 1];
            let mut best = if on_page == byte {
                current[j - 1]
            } else if self.edits.print() && on_page.is_ascii_digit() && byte.is_ascii_lowercase() {
                add(current[j - 1], costs.digit_for_letter)
            } else if self.edits.print() && is_inner_speck(on_page) && byte.is_ascii_lowercase() {
                add(current[j - 1], costs.speck_for_letter)
            } else if any {
                add(current[j - 1], costs.substitute)
            } else {
                OUT_OF_REACH
            };
            if any {
                best = best.min(add(current[j], costs.insert)).min(add(next[j - 1], self.deletes[j]));
                let swapped = j >= 2 && state.depth >= 1 && on_page == state.last[1] && self.page[j - 2] == byte;
                if swapped && on_page != byte {
                    best = best.min(add(previous[j - 2], costs.transpose));
                }
            }
            next[j] = best;
        }
        let last = [state.last[1], byte];
        let depth = state.depth + 1;
        for c in self.confusions.get(usize::from(byte)).into_iter().flatten() {
            let from = c.end - c.page_len;
            let source = match c.meant_first {
                None => current[from],
                Some(first) if depth >= 2 && first == last[0] => previous[from],
                Some(_) => continue,
            };
            next[c.end] = next[c.end].min(add(source, c.cost));
        }
        if any {
            // Deletions after a confusion landed.
            for j in 1..=n {
                next[j] = next[j].min(add(next[j - 1], self.deletes[j]));
            }
        }
        Column { current: next, previous: *current, last, depth }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(words: &[&str]) -> Map<&'static [u8]> {
        let mut sorted: Vec<&str> = words.to_vec();
        sorted.sort_unstable();
        let bytes = Map::from_iter(sorted.into_iter().map(|w| (w, 1u64))).unwrap().into_fst().into_inner();
        Map::new(&*Box::leak(bytes.into_boxed_slice())).unwrap()
    }

    #[test]
    fn glyph_confusions_are_cheap_and_arbitrary_edits_dear() {
        assert_eq!(cost("modern", "modern", Edits::Any), 0.0);
        assert!(cost("modern", "rnodern", Edits::GlyphsOnly) <= 1.0);
        assert!(cost("the", "tbe", Edits::GlyphsOnly) <= 1.4);
        assert!(cost("that", "tliat", Edits::GlyphsOnly) <= 1.5);
        assert!(cost("fought", "fough", Edits::GlyphsOnly).is_infinite());
        assert_eq!(cost("fought", "fough", Edits::Any), channel::INSERT);
        assert_eq!(cost("form", "from", Edits::Any), channel::TRANSPOSE);
    }

    #[test]
    fn in_ocr_output_a_digit_inside_a_word_may_be_any_letter() {
        assert_eq!(cost("never", "nev4r", Edits::OcrGlyphs), channel::DIGIT_FOR_LETTER);
        assert!(cost("never", "nev4r", Edits::GlyphsOnly).is_infinite());
        // Glyph confusions still apply, and a letter is never read for a digit.
        assert!(cost("the", "tbe", Edits::OcrGlyphs) <= 1.4);
        assert!(cost("1868", "18c8", Edits::OcrGlyphs).is_infinite());
    }

    #[test]
    fn in_ocr_output_a_speck_inside_a_word_may_be_a_letter_or_nothing() {
        assert_eq!(cost("from", "fr.m", Edits::OcrAny), channel::SPECK_FOR_LETTER);
        assert_eq!(cost("noses", "nose.s", Edits::OcrAny), channel::SPECK_ADDED);
        // Elsewhere a mark costs what any letter does.
        assert_eq!(cost("from", "fr.m", Edits::Any), channel::SUBSTITUTE);
        assert_eq!(cost("noses", "nose.s", Edits::Any), channel::DELETE);
    }

    #[test]
    fn old_prints_confusions_are_read_in_ocr_output_only() {
        // An f whose crossbar did not print: "ol" for "of".
        let l_for_f = channel::PRINT_GLYPHS.iter().find(|g| g.0 == "l" && g.1 == "f").unwrap().2;
        assert_eq!(cost("of", "ol", Edits::OcrGlyphs), l_for_f);
        assert_eq!(cost("of", "ol", Edits::OcrAny), l_for_f);
        assert!(cost("of", "ol", Edits::GlyphsOnly).is_infinite());
        assert!(cost("of", "ol", Edits::Any) > l_for_f);
        // An m whose last stroke did not print: "nany" for "many".
        let n_for_m = channel::PRINT_GLYPHS.iter().find(|g| g.0 == "n" && g.1 == "m").unwrap().2;
        assert_eq!(cost("many", "nany", Edits::OcrGlyphs), n_for_m);
        assert!(cost("many", "nany", Edits::GlyphsOnly).is_infinite());
        // A speck read as a thin letter added to a word.
        assert_eq!(cost("fact", "fiact", Edits::OcrAny), channel::THIN_LETTER_ADDED);
        assert_eq!(cost("fact", "fiact", Edits::Any), channel::DELETE);
        assert_eq!(cost("fact", "fmact", Edits::OcrAny), channel::DELETE);
    }

    #[test]
    fn several_confusions_in_one_word() {
        let c = cost("organization", "orguuizatiou", Edits::ScanGlyphs);
        assert!(cost("organization", "orguuizatiou", Edits::GlyphsOnly).is_infinite(), "no font confuses u and a");
        assert!(c.is_finite() && c < 5.0, "{c}");
    }

    #[test]
    fn search_finds_words_within_budget_cheapest_first() {
        let lex = map(&["the", "they", "tho", "then", "modern", "model", "arms"]);
        let hits = search(&lex, "tbe", 3.0, Edits::GlyphsOnly);
        assert_eq!(hits.first().map(|h| h.word.as_str()), Some("the"));
        assert!(hits.iter().all(|h| h.cost <= 3.0));
        let hits: Vec<String> = search(&lex, "rnodern", 2.0, Edits::Any).iter().map(|h| h.word.clone()).collect();
        assert_eq!(hits, ["modern"]);
        assert!(search(&lex, "zzzz", 5.0, Edits::Any).is_empty());
    }

    #[test]
    fn common_words_give_the_full_lexicons_common_hits() {
        use crate::lexicon::{Lexicon, WordInfo, COMMON_FREQ};
        let lex = Lexicon::get();
        for page in ["goverment", "tcrriblo", "nccomiiliflicd", "thl", "senators"] {
            let common = |h: &&Hit| {
                let info = WordInfo::from_value(h.value);
                info.listed && info.freq >= COMMON_FREQ
            };
            let full: Vec<String> =
                search(lex.words(), page, 12.0, Edits::Any).iter().filter(common).map(|h| h.word.clone()).collect();
            let fast: Vec<String> =
                search(lex.common_words(), page, 12.0, Edits::Any).iter().map(|h| h.word.clone()).collect();
            assert_eq!(full, fast, "{page}");
        }
    }

    #[test]
    fn a_documents_own_channel_makes_its_confusions_cheaper() {
        let o_for_e = channel::GLYPHS.iter().find(|g| g.0 == "o" && g.1 == "e").unwrap().2;
        assert_eq!(cost_with("there", "thoro", Edits::GlyphsOnly, &[]), 2.0 * o_for_e);
        assert_eq!(cost_with("there", "thoro", Edits::GlyphsOnly, &[(b'o', b'e', 0.5)]), 1.0);
        // Only where the page shows the letter for the one meant, and never dearer.
        assert_eq!(cost_with("there", "thoro", Edits::GlyphsOnly, &[(b'e', b'o', 0.5)]), 2.0 * o_for_e);
        assert_eq!(cost_with("there", "thoro", Edits::GlyphsOnly, &[(b'o', b'e', 9.0)]), 2.0 * o_for_e);
    }

    #[test]
    fn search_agrees_with_cost() {
        let lex = map(&["government", "govern", "ornament"]);
        for hit in search(&lex, "govornment", 9.0, Edits::Any).iter() {
            assert!((hit.cost - cost(&hit.word, "govornment", Edits::Any)).abs() < 1e-6);
        }
        // Page words on either side of each size of state (see SHORT_COLUMNS).
        let words = ["substantial", "substantive", "substantially", "internationalism", "counterrevolutionary"];
        let lex = map(&words);
        for page in ["substantia1", "substautive", "substantia1ly", "internatiounlism", "counterrevo1utionary"] {
            let hits = search(&lex, page, 12.0, Edits::Any);
            assert!(!hits.is_empty(), "{page}");
            for hit in hits.iter() {
                assert!((hit.cost - cost(&hit.word, page, Edits::Any)).abs() < 1e-6, "{page}: {hit:?}");
            }
        }
    }
}
