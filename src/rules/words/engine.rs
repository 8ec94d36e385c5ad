//! The word-repair engine: finds damaged words and scores repairs with a noisy channel
//! (how likely the damage, from [`channel`]) times a bigram language model (how likely the
//! repaired text, from [`Lexicon`]). Each word rule reports one kind of [`Correction`].
//!
//! This file holds the tokens, the scorer and what its readings share; `pairs` reads two
//! tokens as one word (or one as two), `single` a token alone, and `real_word` a listed word
//! that context shows is another word damaged.

use super::channel;
use super::document_channel::DocumentChannel;
use super::ocr_regime::is_misread_function_word;
pub use super::ocr_regime::{is_ocr_text, UnknownShare};
use super::search::{self, Edits, Hit};
use crate::corpus::{CorpusStats, Usage};
use crate::document::Document;
use crate::lexicon::{Lexicon, Mark, WordInfo, COMMON_FREQ, UNKNOWN_LOGP};
use crate::linter::PartOf;
use crate::rules::RuleData;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::cell::{OnceCell, RefCell};
use std::collections::HashSet;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

mod pairs;
mod real_word;
mod single;

/// The kinds of damage, one rule each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Glyph,
    DroppedLetter,
    Misspelling,
    Merged,
    Split,
    SpaceForLetter,
    HyphenBreak,
    RealWord,
}

/// A proposed repair of a span of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub kind: Kind,
    pub span: Range<usize>,
    pub original: String,
    pub replacement: String,
    /// `None`: report only (the candidates are too close to choose).
    pub fix: Option<Safety>,
    /// Runner-up candidates, best first.
    pub alternatives: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    Safe,
    Unsafe,
}

/// A content word a document uses this many times is meant each time (see
/// [`Scorer::real_word`]).
const REPEATED_CONTENT_WORD_USES: u32 = 3;
/// The endings of English ordinals, which stand alone only after a number ("the 4 th").
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
/// Words of the old second person, and how often a document uses them to speak it.
const ARCHAIC_MARKERS: &[&str] =
    &["thou", "thee", "thy", "thine", "ye", "hast", "hath", "doth", "shalt", "saith", "unto"];
const ARCHAIC_MIN_USES: u32 = 3;
/// ... and at least this many per thousand words (scripture writes dozens).
const ARCHAIC_PER_1000_WORDS: u64 = 1;
/// Words an old text writes where modern prose would write another: "he" after its verb or
/// before a noun ("called he Seas", "he goats"), and the old adverbs and conjunctions ("ere my
/// child die", "lo, the star").
const OLD_ORDER_WORDS: &[&str] = &["he", "ere", "lo", "nigh", "whither", "thither", "hither", "whence", "thence"];
/// The weight of the document's own word shares against the lexicon's (see
/// [`Scorer::cache_gain`]).
const CACHE_WEIGHT: f64 = 0.3;
/// The months, and the abbreviations print uses before a day ("Aug. 4").
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
/// Glyph confusions a month's name may carry before a day (see [`Scorer::month_before_day`]).
const MONTH_GLYPH_BUDGET: f64 = 3.0;
/// A document with fewer full stops than one in this many words lost them in OCR.
const WORDS_PER_LOST_STOP: usize = 100;
/// A candidate must beat the runner-up by this many nats to be applied as a fix.
const FIX_MARGIN: f64 = 1.0;
/// A word pair is the run's own usage when this many of its files have it (one file could be
/// the damaged one itself).
const RUN_MIN_FILES: u32 = 2;
/// An unlisted word written in this many of the run's files is the run's own vocabulary
/// (see [`Scorer::run_vocabulary`]) ...
const RUN_WORD_MIN_FILES: u32 = 3;
/// ... when it has this many letters.
const RUN_WORD_MIN_LEN: usize = 4;
/// The weight of the run's usage against the lexicon's in the bigram model.
const RUN_WEIGHT: f64 = 0.3;
/// A join or re-split of two tokens must beat the text as written by this much.
const PAIR_MARGIN: f64 = 2.0;
/// ... and by this much when both tokens are words in their own right ("be cause").
const PAIR_MARGIN_BOTH_WORDS: f64 = 5.0;
/// Two words are kept apart when the word after them fits the second this much better (ln)
/// than the word they would make ("coup led by": "led by", not "coupled by") ...
const SECOND_WORD_PULL: f64 = 3.0;
/// ... unless the word before fits the joined word this much better than the first.
const JOIN_SUPPORT: f64 = 3.0;
/// The shortest parts of a capitalised word run into a common one (see
/// [`Scorer::name_run_into_word`]).
const NAME_HEAD_MIN_LEN: usize = 4;
const NAME_TAIL_MIN_LEN: usize = 5;
/// Two listed words this common (per 10^10) are no word's pieces split by a lost letter.
const PAIR_WORD_FREQ: u64 = 50_000;
/// A listed word this many times rarer than a word it lost a letter of ("roup", "wich") or
/// than the pair it splits into ("tobe", "touse") is a slip of it: the word lists hold the
/// web's slips of common words among their rare forms.
const LISTED_SLIP_RATIO: u64 = 1_000;
/// ... or, for a word the lists hold only among their strange and unusual ones ("ower",
/// "alway"), this many times: the obscure words are where the slips are listed.
const OBSCURE_SLIP_RATIO: u64 = 500;
/// A pair of words this common (per 10^10 bigrams: "its own", "a new") witnesses a short
/// word's lost letter on its own (see [`Scorer::short_word_lost_letter`]).
const STRONG_PAIR: u64 = 500_000;
/// An obscure word neither neighbour knows may be judged by one neighbour where it lost a
/// letter of a word this many times more common.
const OBSCURE_ONE_WITNESS_RATIO: u64 = 100;
/// A pair written apart this many times less often than the joined word is a slip.
const PAIR_TO_WORD: u64 = 20;
/// A listed word the document uses this many times, and this many times more often than
/// English at large, is its own (see [`Scorer::own_vocabulary`]).
const OWN_MIN_USES: u32 = 3;
/// A word written once is read as one the document writes at least this often, a lost
/// letter away (see [`Scorer::lost_letter_of_own_word`]) ...
const OWN_WORD_MIN_USES: u32 = 2;
/// ... when it has this many letters at least, the word is used once in this many words
/// of the document at least ...
const OWN_WORD_MIN_LEN: usize = 4;
/// ... or beside the same neighbour this many times (see [`Scorer::lost_letter_of_own_pair`]).
const OWN_PAIR_MIN_USES: u32 = 2;
/// ... when the word is this many times as common as the word written.
const OWN_PAIR_RATIO: u64 = 10;
const OWN_WORD_SPAN: usize = 1_000;
/// ... and this many times more often than the lexicon expects; the lexicon must know the
/// word (per 10^10 words: one in ten million), a hundred times better than the one written.
/// (Lists of names hold many a pair a letter apart, "Arim" and "Harim".)
const OWN_WORD_BURST: f64 = 20.0;
const OWN_WORD_MIN_FREQ: u64 = 1_000;
const OWN_WORD_RATIO: u64 = 100;
const OWN_RATE_RATIO: f64 = 20.0;
/// A real word is replaced only when the replacement is this much more likely.
const REAL_WORD_MARGIN: f64 = 3.0;
/// A capitalised word inside a sentence is read as a word with a lost letter this many times
/// as common ...
const CAPITAL_LOST_LETTER_RATIO: u64 = 4;
/// ... that fits its two neighbours this much better (ln).
const CAPITAL_LOST_LETTER_FIT: f64 = 6.0;
/// A word at least e times less likely after a comma than anywhere (ln) has the comma for a
/// witness against it.
const COMMA_SHUNS: f64 = 1.0;
/// A real word is suspect only when its two bigrams together are this unlikely.
const REAL_WORD_SUSPECT: f64 = -15.0;
/// How far above [`REAL_WORD_SUSPECT`] a word of three letters or fewer may fit and still be
/// judged, and the margin it then needs on top of [`REAL_WORD_MARGIN`].
const SHORT_SUSPECT_EASING: f64 = 5.0;
const PASSABLE_SHORT_WORD_MARGIN: f64 = 1.0;
/// ... and only into a function word this many times more common ("tho" → "the").
const REAL_WORD_RATIO: u64 = 100;
/// A lost letter may make a rarer function word ("or" for "our") where both neighbours know
/// it and it fits this many margins better than the word as written.
const RARER_WORD_FIT: f64 = 3.3;
/// ... and so may a short word of some currency lose a letter of any word this many times
/// more common ("they will ge sick" → "get"; not in old English).
const SHORT_FAR_BETTER_RATIO: u64 = 20;
/// A listed word of three letters or fewer this rare (per 10^10 words: one in 5,000) is
/// seldom meant in edited text (see [`Scorer::real_word`]).
const RARE_SHORT_WORD_FREQ: u64 = 2_000_000;
/// Candidates rarer than this (per 10^10 words) are not offered.
const MIN_CANDIDATE_FREQ: u64 = 20;
/// A listed word this rare (per 10^10 words: one in twenty million) that context rejects
/// may be a common word that lost a letter ("tose" for "those", "coms" for "comes").
const RARE_WORD_FREQ: u64 = 500;
/// A glyph fix is safe when it is this cheap and wins by this much.
const SAFE_COST: f64 = 1.2;
const SAFE_MARGIN: f64 = 4.0;
/// An unlisted word that is common on the web is corrected only when the repair fits the
/// context this much better than the word as written.
const SEEN_MARGIN: f64 = 3.0;
/// A capitalised unknown word is repaired only by confusions this cheap (c for e, rn for m,
/// li for h) into words this common (per 10^10): names are seldom one cheap confusion away
/// from a common word.
const NAME_COST: f64 = 1.2;
const NAME_FREQ: u64 = 10_000;
/// A lowercase word this long that is no word may be a name whose capital was lost.
const LOST_CAPITAL_MIN_LEN: usize = 4;
/// In edited text a listed word this common (per 10^10: one in a million) is current: only a
/// lost letter of a function word makes it another word.
const CURRENT_WORD_FREQ: u64 = 10_000;
/// A word of four to six letters up to this common (per 10^10) may have lost a letter of one
/// a hundred times more common that fits both neighbours far better ("meet heir needs").
const MODEST_WORD_FREQ: u64 = 100_000;
// A rare word is uncommon too (see [`Scorer::real_word`]).
const _: () = assert!(RARE_WORD_FREQ < CURRENT_WORD_FREQ);
/// A capitalised unknown word may have lost a letter of a word this common (per 10^10):
/// "Medcaid" for "Medicaid".
const CAPITAL_DROP_FREQ: u64 = 100_000;
/// ... or, for an unknown word this long, which few names are one letter away from, this
/// common, where a neighbour other than a function word pairs with it ("the Paletine
/// Liberation").
const LONG_NAME_LEN: usize = 6;
const LONG_CAPITAL_DROP_FREQ: u64 = 20_000;
/// ... or for any word the web never writes, where it stands alone among names the web knows
/// (see [`Scorer::stray_unknown_name`]): in no more than this many per 1,000 words.
const SPARSE_UNKNOWN_NAMES_PER_1000: usize = 3;
/// ... judged only in a document this long: a sentence or two shows nothing of the kind.
const SPARSE_NAMES_MIN_WORDS: usize = 150;
/// A web spelling this many times rarer than a function word it is a slip of ("wih") needs
/// no neighbour to vouch for the repair.
const SLIP_RATIO: u64 = 5_000;
/// ... and one this many times rarer than a word it lost a letter of ("Congres" for
/// "Congress").
const LOST_LETTER_SLIP_RATIO: u64 = 900;
/// ... or, written in lowercase, this many times ("agena" for "agenda", "lik" for "like"):
/// no name, and in edited text hardly a word the lists lack.
const LOWERCASE_LOST_LETTER_SLIP_RATIO: u64 = 200;
/// How many search hits are scored in context.
const SHORTLIST: usize = 24;
/// In OCR output, a capitalised unknown word is repaired by glyph confusions this cheap into
/// words this common (per 10^10).
const OCR_NAME_COST: f64 = 4.5;
const OCR_NAME_FREQ: u64 = 3_000;
/// ... or, for long words, this much per letter.
const OCR_NAME_COST_PER_LETTER: f64 = 0.75;
/// In OCR output a real word is suspect when its two bigrams are this unlikely, and replaced
/// when the repair is this much more likely.
const OCR_REAL_WORD_SUSPECT: f64 = -9.0;
const OCR_REAL_WORD_MARGIN: f64 = 2.5;
/// ... and a real word may be a glyph confusion this cheap of a word this many times more common.
const OCR_REAL_GLYPH_BUDGET: f64 = 3.0;
const OCR_REAL_RATIO: u64 = 10;
/// In OCR output, the pieces of a word broken at a line end are repaired together by edits
/// this dear into words this long.
const OCR_BROKEN_WORD_BUDGET: f64 = 9.0;
const OCR_BROKEN_WORD_MIN_LEN: usize = 6;
/// ... and must beat the pieces read as two words, each as written or as one of this many
/// glyph repairs.
const TWO_WORD_READINGS: usize = 4;
/// In OCR output, a headline word set in capitals is repaired by edits this dear into words
/// this common (per 10^10).
const OCR_HEADLINE_BUDGET: f64 = 8.0;
const OCR_HEADLINE_FREQ: u64 = 10_000;
/// ... and only when the repair fits its context this much better than the word as written
/// (headlines have few words around them to tell).
const OCR_HEADLINE_MARGIN: f64 = 3.0;
/// In OCR output the channel's costs weigh this much against the language model (see
/// [`Scorer::channel_weight`]).
const OCR_CHANNEL_WEIGHT: f64 = 1.3;
/// In edited text, how dear the glyph confusions that make a real word of a function word may
/// be: "tho" and "arc" (o and c for e), not "hut" (h for b).
const EDITED_REAL_GLYPH_BUDGET: f64 = 1.5;
/// How dear the glyph confusions searched for a word may be, all together.
const GLYPH_BUDGET: f64 = 4.5;
/// How dear any edits searched for an unknown word may be, all together: one arbitrary edit
/// and a few glyph confusions.
const EDIT_BUDGET: f64 = 7.5;
/// In OCR output words carry more damage: more confusions, and one more arbitrary edit
/// (searched among common words only, see [`Scorer::search`]) ...
const OCR_GLYPH_BUDGET: f64 = 7.0;
const OCR_EDIT_BUDGET: f64 = 12.0;
/// ... and more for long words: this much per letter, up to this much in all.
const OCR_EDIT_PER_LETTER: f64 = 1.8;
const OCR_EDIT_BUDGET_MAX: f64 = 20.0;
/// ... and repairs dearer than this must be words at least this common (per 10^10).
const OCR_CHEAP: f64 = 1.5;
const OCR_MIN_CANDIDATE_FREQ: u64 = COMMON_FREQ;

/// A word token of the document.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    pub(super) lower: String,
    pub(super) protected: bool,
    /// The lexicon's entry for `lower`, looked up once.
    pub(super) info: Option<WordInfo>,
}

impl Token<'_> {
    /// Whether a hyphen joins the token to a word on either side: a piece of a compound.
    fn hyphenated(&self, text: &str) -> bool {
        text[..self.start].ends_with('-') || text[self.end..].starts_with('-')
    }

    /// Whether the token opens with a capital, or with a 5 that stands for one before a
    /// lowercase letter ("5panish", "5cottish"): a name may have been misread so.
    pub(super) fn capitalized(&self) -> bool {
        let mut chars = self.text.chars();
        match chars.next() {
            Some('5') => chars.next().is_some_and(|c| c.is_ascii_lowercase()),
            first => first.is_some_and(char::is_uppercase),
        }
    }

    /// A capital I inside an otherwise lowercase word: "imperiaIism".
    fn has_inner_capital_i(&self) -> bool {
        let mut rest = self.text.chars().skip(1);
        let inner: Vec<char> = rest.by_ref().collect();
        inner.contains(&'I') && inner.iter().all(|c| *c == 'I' || !c.is_uppercase())
    }
}

/// A scored candidate.
#[derive(Debug, Clone)]
struct Candidate {
    words: Vec<String>,
    cost: f64,
    kind: Kind,
    score: f64,
}

impl Candidate {
    fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// The words on either side of the tokens being repaired, each only when the separator lets
/// it be read with them (see [`Scorer::joins`]).
#[derive(Debug, Clone, Copy, Default)]
struct Around<'t> {
    prev2: Option<&'t str>,
    prev: Option<&'t str>,
    next: Option<&'t str>,
    next2: Option<&'t str>,
    /// No word before, but a comma: what opens a clause ("and", "which") is predicted. Only
    /// for real-word errors in lowercase, which names do not mislead: the prose counts behind
    /// the prediction hold few of the names that follow commas in news.
    after_comma: bool,
    /// No word before: the word opens a sentence, and what opens sentences ("the", "but") is
    /// predicted. Only for the short words judged at a sentence's start (see
    /// [`Scorer::real_word`]).
    after_stop: bool,
    /// No word after, but a full stop or a comma: words that end sentences ("forward.") or
    /// clauses ("basis,") are likelier there than words that lead into more ("toward"). Only
    /// for the readings of a word that is no word (see [`Scorer::non_word`]): between a
    /// reading as two words and as one, the bigram model's thresholds are set without it.
    before_mark: Option<Mark>,
}

/// Everything the engine reads.
struct Scorer<'a> {
    lex: &'a Lexicon,
    /// The run's own usage: in how many files words and word pairs appear.
    run: &'a CorpusStats,
    /// Word counts of the whole file, when the document is a segment of it.
    whole_file: Option<&'a CorpusStats>,
    /// Lowercase token counts of this document, for corpus-adaptive acceptance.
    doc_counts: FxHashMap<String, u32>,
    /// How many word tokens the document has.
    doc_words: usize,
    /// Counts of space-separated token pairs: a split that recurs is the author's spelling
    /// ("any thing", "to morrow" in an old Bible).
    pair_counts: FxHashMap<(&'a str, &'a str), u32>,
    /// The words of the pairs the document writes at least [`OWN_PAIR_MIN_USES`] times, by
    /// the word before them ...
    repeated_after: FxHashMap<&'a str, Vec<&'a str>>,
    /// ... and by the word after them (see [`Scorer::lost_letter_of_own_pair`]).
    repeated_before: FxHashMap<&'a str, Vec<&'a str>>,
    /// The frequency of the most common function word.
    max_function_freq: u64,
    /// Lines are wrapped at a fixed width, so words are cut at line ends.
    hard_wrapped: bool,
    /// The text is raw OCR output (see [`UnknownShare`]): damage is likely enough that real
    /// words, short words and recurring non-words are worth repairing.
    ocr_output: bool,
    /// Whether the document speaks the old second person, judged once (see
    /// [`Scorer::archaic_register`]).
    archaic: OnceCell<bool>,
    /// Whether OCR lost the document's full stops, judged once (see
    /// [`Scorer::full_stops_lost`]).
    stops_lost: OnceCell<bool>,
    /// Whether the document is technical prose, judged once (see [`technical_prose`]).
    technical: OnceCell<bool>,
    /// How often the document (or the whole file) writes names unknown even to the web.
    unknown_names: UnknownNames,
    /// The confusions the page makes more often than OCR in general (raw OCR output only,
    /// learnt from a first reading).
    channel: DocumentChannel,
    /// The offerable words a lost letter would leave each word as, by word and case (see
    /// [`Scorer::one_letter_longer`]).
    longer_words: RefCell<FxHashMap<(String, bool), LongerWords>>,
}

/// The words one more letter would make of a word (see [`Scorer::one_letter_longer`]).
type LongerWords = Rc<[String]>;

/// Finds all word repairs in a document.
/// `part`: what the whole file tells, when `doc` is one segment of it.
/// `ocr_output`: whether the text (the whole file) reads as raw OCR output (see [`is_ocr_text`]).
pub fn analyze(doc: &Document, data: &RuleData, part: Option<&PartOf>, ocr_output: bool) -> Vec<Correction> {
    analyze_tokens(doc, data, part, ocr_output, None, tokenize(doc.text, data, ocr_output))
}

/// Judges whether the text reads as raw OCR output (the whole file's judgement, for a
/// segment) and finds all word repairs: edited text is tokenised once for both.
pub fn judge_and_analyze(doc: &Document, data: &RuleData, part: Option<&PartOf>) -> (bool, Vec<Correction>) {
    let plain = tokenize(doc.text, data, false);
    // (The judgement of a whole document tells whether it is technical prose too.)
    let (ocr_output, technical) = match part {
        Some(p) => (p.ocr_output, None),
        None => {
            let share = UnknownShare::of_tokens(doc.text, &plain);
            (share.is_ocr_output(), Some(share.technical))
        }
    };
    let tokens = if ocr_output { tokenize(doc.text, data, true) } else { plain };
    (ocr_output, analyze_tokens(doc, data, part, ocr_output, technical, tokens))
}

fn analyze_tokens(
    doc: &Document,
    data: &RuleData,
    part: Option<&PartOf>,
    ocr_output: bool,
    technical: Option<bool>,
    tokens: Vec<Token>,
) -> Vec<Correction> {
    let whole_file = part.map(|p| p.file_words);
    let text = doc.text;
    let mut doc_counts: FxHashMap<String, u32> = FxHashMap::default();
    for t in &tokens {
        *doc_counts.entry(t.lower.clone()).or_default() += 1;
    }
    let lex = Lexicon::get();
    let max_function_freq = FUNCTION_WORDS.iter().map(|w| lex.freq(w)).max().unwrap_or(0);
    let mut pair_counts: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    for w in tokens.windows(2) {
        if &text[w[0].end..w[1].start] == " " {
            *pair_counts.entry((w[0].lower.as_str(), w[1].lower.as_str())).or_default() += 1;
        }
    }
    let mut repeated_after: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    let mut repeated_before: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (&(a, b), _) in pair_counts.iter().filter(|(_, &n)| n >= OWN_PAIR_MIN_USES) {
        repeated_after.entry(a).or_default().push(b);
        repeated_before.entry(b).or_default().push(a);
    }
    let hard_wrapped = part.map_or_else(|| doc.is_hard_wrapped(), |p| p.hard_wrapped);
    // Raw OCR output repeats its own misreadings from file to file ("tho", "aud"), so there
    // the run's usage cannot vouch for anything.
    let empty = CorpusStats::default();
    let run = if ocr_output { &empty } else { &data.corpus };
    let doc_words = tokens.len();
    let unknown_names = part.map_or_else(|| UnknownNames::of_tokens(&tokens), |p| p.unknown_names);
    let mut scorer = Scorer {
        lex,
        run,
        whole_file,
        doc_counts,
        doc_words,
        pair_counts,
        repeated_after,
        repeated_before,
        max_function_freq,
        hard_wrapped,
        ocr_output,
        archaic: OnceCell::new(),
        stops_lost: OnceCell::new(),
        technical: technical.map_or_else(OnceCell::new, OnceCell::from),
        unknown_names,
        channel: DocumentChannel::default(),
        longer_words: RefCell::default(),
    };
    let first = scorer.read(text, &tokens);
    if !ocr_output {
        return first;
    }
    // A second reading with the page's own confusions made cheaper (see [`DocumentChannel`]).
    scorer.channel = DocumentChannel::learn(&first);
    if scorer.channel.is_empty() {
        return first;
    }
    scorer.read(text, &tokens)
}

impl Scorer<'_> {
    /// All repairs of the document's tokens: pairs first, then single tokens.
    fn read(&self, text: &str, tokens: &[Token]) -> Vec<Correction> {
        let mut out = Vec::new();
        let mut consumed = vec![false; tokens.len()];
        for i in 0..tokens.len().saturating_sub(1) {
            if consumed[i] || consumed[i + 1] {
                continue;
            }
            if let Some(c) = self.pair(text, tokens, i) {
                consumed[i] = true;
                consumed[i + 1] = true;
                out.push(c);
            }
        }
        let mut singles: Vec<Option<Correction>> =
            (0..tokens.len()).map(|i| if consumed[i] { None } else { self.single(text, tokens, i) }).collect();
        if self.ocr_output {
            self.rejudge_beside_repairs(text, tokens, &consumed, &mut singles);
        }
        out.extend(singles.into_iter().flatten());
        out.sort_by_key(|c| c.span.start);
        out
    }
}

/// How often a text writes capitalised words the lexicon does not know even as web spellings,
/// among how many words: seldom in prose that names known people and places, often in a
/// genealogy or a gazetteer.
#[derive(Debug, Default, Clone, Copy)]
pub struct UnknownNames {
    uses: usize,
    words: usize,
}

impl UnknownNames {
    pub(super) fn of_tokens(tokens: &[Token]) -> Self {
        let unknown_name =
            |t: &&Token| t.info.is_none() && !t.protected && t.capitalized() && t.text.chars().all(char::is_alphabetic);
        UnknownNames { uses: tokens.iter().filter(unknown_name).count(), words: tokens.len() }
    }

    /// Whether the text, long enough to tell, writes few such names besides one.
    fn sparse_besides_one(&self) -> bool {
        self.words >= SPARSE_NAMES_MIN_WORDS
            && self.uses.saturating_sub(1) * 1000 <= SPARSE_UNKNOWN_NAMES_PER_1000 * self.words
    }
}

impl std::ops::Add for UnknownNames {
    type Output = UnknownNames;

    fn add(self, other: UnknownNames) -> Self {
        UnknownNames { uses: self.uses + other.uses, words: self.words + other.words }
    }
}

/// Whether a capitalised word other than a function word stands right beside token `i` on
/// its line ("Bryan Ritterby", "Aspee Bay"): the two are most likely one name.
fn beside_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let name = |j: usize| {
        let n = &tokens[j];
        n.capitalized() && n.lower.len() >= 2 && !is_function_word(n.lower.as_str())
    };
    let before = i > 0 && text[tokens[i - 1].end..tokens[i].start] == *" " && name(i - 1);
    let after = i + 1 < tokens.len() && text[tokens[i].end..tokens[i + 1].start] == *" " && name(i + 1);
    before || after
}

/// The common nouns that follow a name to name a place or a body ("Plymouth University",
/// "Progressive Party"): after a name, a word that lost a letter of one is no surname.
const NAME_HEADS: &[&str] = &[
    "academy",
    "airport",
    "army",
    "association",
    "avenue",
    "bank",
    "bay",
    "beach",
    "bridge",
    "canal",
    "castle",
    "cathedral",
    "center",
    "centre",
    "church",
    "city",
    "club",
    "college",
    "company",
    "council",
    "county",
    "court",
    "creek",
    "department",
    "district",
    "empire",
    "falls",
    "forest",
    "foundation",
    "gulf",
    "hall",
    "harbor",
    "harbour",
    "hill",
    "hospital",
    "hotel",
    "house",
    "institute",
    "island",
    "islands",
    "kingdom",
    "lake",
    "library",
    "ministry",
    "mountain",
    "mountains",
    "museum",
    "navy",
    "ocean",
    "palace",
    "park",
    "party",
    "province",
    "republic",
    "river",
    "road",
    "school",
    "sea",
    "society",
    "square",
    "state",
    "station",
    "street",
    "tower",
    "union",
    "university",
    "valley",
];

/// Whether capitalised token `i` is a surname after a first name ("director Dominic
/// Federa") or a foreign name's part before a capitalised word the lexicon does not know
/// ("Walli Hanifi"): there a name is likelier than a common word that lost a letter. (Not
/// beside a capitalised common word, "Hispaic American", nor before a known name, "the Chiese
/// Qing Dynasty", nor in a line of capitals; nor where the word lost a letter of a place's
/// or a body's noun, "Plymouth Univesity": see [`NAME_HEADS`].)
fn surname_or_foreign_name_part(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if NAME_HEADS.iter().any(|head| lost_one_letter(head, &t.lower)) {
        return false;
    }
    let joined = |a: &Token, b: &Token| text[a.end..b.start] == *" " && !in_capitals(a.text) && !in_capitals(b.text);
    let after_first_name = i.checked_sub(1).is_some_and(|j| {
        let p = &tokens[j];
        joined(p, t) && p.capitalized() && p.info.is_some_and(|info| info.proper)
    });
    let before_unknown_name =
        tokens.get(i + 1).is_some_and(|n| joined(t, n) && n.capitalized() && n.info.is_none() && n.lower.len() >= 2);
    after_first_name || before_unknown_name
}

/// Code names in running text, which only technical prose writes: names joined by
/// underscores ("file_input", "Bidi_Class"), calls ("len()"), paths ("std::io"), files
/// ("setup.py", "main.js"), long command-line options ("--instance-type") and the prompts of
/// an interactive session (">>> from math import pi").
static CODE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u)\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]\b|\b\w+\(\)|\w::\w",
        r"|\b\w+\.(?:py|rs|c|h|toml|json|sql|js|ts|css|html|md|txt|yml|yaml|sh|xml|ini|cfg|ttf|woff2?)\b",
        r"|(?:^|\s)--[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|(?m:^>>> )",
    ))
    .expect("a valid pattern")
});
/// Technical prose writes more code names than this per thousand words (docs trees run at 3 to
/// 8; speeches, opinions, scripture and news at under 1) ...
const CODE_NAMES_PER_1000_WORDS: usize = 1;
/// ... and at least this many.
const CODE_NAMES_MIN: usize = 2;

/// Whether `text` is technical prose, which names things by running words together
/// ("indexname", "localcontext"): such a word is an identifier, not two words that lost a
/// space.
pub(super) fn technical_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let names = CODE_NAME.find_iter(text).count();
    names >= CODE_NAMES_MIN && names * 1000 > CODE_NAMES_PER_1000_WORDS * words
}

/// Function words that open identifiers in code and its docs: predicates ("isdead",
/// "hasItems"), handlers ("oncreate", "onInfo") and conversions ("tolower", "asIs").
const IDENTIFIER_PREFIXES: &[&str] = &["is", "has", "on", "to", "as", "no", "in", "can", "did", "will", "should"];

/// Whether `words`, read for one word of technical prose, are an identifier's name: an
/// identifier's prefix and no other function word ("is dead"; not "to the").
pub(super) fn identifier_name(words: &[String]) -> bool {
    let function_word = |w: &String| is_function_word(w.as_str());
    matches!(words, [first, rest @ ..] if IDENTIFIER_PREFIXES.contains(&first.as_str()) && !rest.iter().any(function_word))
}

/// Whether `words`, read for one word of technical prose, show a lost space rather than an
/// identifier: a function word stands among them, and not only as an identifier's prefix.
fn lost_space_in_technical_prose(words: &[String]) -> bool {
    !identifier_name(words) && words.iter().any(|w| is_function_word(w.as_str()))
}

/// Whether a first name and an initial stand right before token `i` ("Theodore P. Shonts";
/// not "A.D. After").
fn after_first_name_and_initial(text: &str, tokens: &[Token], i: usize) -> bool {
    let [.., first, initial, _] = &tokens[..=i] else { return false };
    let initial_letter = initial.text.len() == 1 && initial.capitalized();
    let first_name = first.capitalized() && first.text.chars().count() >= 2;
    initial_letter
        && first_name
        && text[first.end..initial.start] == *" "
        && text[initial.end..tokens[i].start] == *". "
}

/// Whether an initial ("O. ") stands right before `at`.
fn after_initial(text: &str, at: usize) -> bool {
    let mut before = text[..at].trim_end().chars().rev();
    before.next() == Some('.')
        && before.next().is_some_and(char::is_uppercase)
        && before.next().is_none_or(|c| !c.is_alphanumeric())
}

/// `ocr_output`: capitals inside a lowercase word are misreadings, not camelCase.
pub(super) fn tokenize<'a>(text: &'a str, data: &RuleData, ocr_output: bool) -> Vec<Token<'a>> {
    let mut tokens = Vec::new();
    // The line of the last token, and whether it is a headline set in capitals: judged once
    // per line, as tokens come in order.
    let mut line = 0..0;
    let mut headline = false;
    // (Technical prose names files and modules with a full stop inside: "compile.c", "sys.path".)
    let specks_in_words = ocr_output && !technical_prose(text);
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            let joins_apostrophe = crate::text::is_apostrophe(c)
                && text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
            if c.is_alphanumeric() || crate::text::is_combining_mark(c) || joins_apostrophe {
                end = i + c.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        if specks_in_words {
            end = through_speck(text, start, end);
            while iter.next_if(|&(i, _)| i < end).is_some() {}
        }
        let word = &text[start..end];
        let lower = word.to_lowercase().replace('’', "'");
        if !line.contains(&start) {
            line = line_around(text, start);
            headline = is_headline_line(&text[line.clone()]);
        }
        let heading_word = headline && in_capitals(word);
        let protected = is_protected(text, start, end, word, data, ocr_output, heading_word);
        let info = if protected { None } else { Lexicon::get().info(&lower) };
        tokens.push(Token { start, end, text: word, lower, protected, info });
    }
    tokens
}

/// Marks that a speck on the page is read as inside a word ("fri.m", "e!low", "Sio\"x"). (Not
/// the apostrophe, which joins a word's letters in any text: "don't".)
const INNER_SPECKS: &[u8] = b".,:;!\"";

/// Whether a byte of a word is one of the [`INNER_SPECKS`]. (Shared with the search's channel.)
pub(super) fn is_inner_speck(b: u8) -> bool {
    INNER_SPECKS.contains(&b)
}

/// What names a file or a host after its last full stop ("idle.ico", "ucla.edu"): no speck.
const FILE_AND_HOST_ENDINGS: &[&str] = &[
    "c", "h", "cc", "cpp", "py", "rs", "js", "ts", "go", "rb", "pl", "sh", "md", "txt", "rst", "html", "htm", "xml",
    "json", "toml", "yaml", "yml", "csv", "log", "cfg", "ini", "pdf", "doc", "docx", "png", "jpg", "gif", "ico", "svg",
    "zip", "gz", "tar", "exe", "dll", "so", "css", "scss", "php", "sql", "java", "jar", "tex", "bib", "lock", "bak",
    "tmp", "dat", "bin", "wav", "com", "org", "net", "edu", "gov", "mil", "int", "io", "info", "biz", "uk", "us", "de",
    "fr", "ca", "au",
];

/// Where a lowercase word of OCR output that a speck cuts in two ends: past the speck and the
/// letters after it, when both pieces are lowercase, neither a word of its own on both sides
/// ("took.it" lost a space, "a.m" and "i.e" abbreviate), and the two stand between spaces or
/// prose punctuation (not "noc.ucla.edu", "sys.modules[", nor a file's name, "idle.ico"), or
/// else at `end`.
fn through_speck(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let head = &text[start..end];
    if end + 1 >= bytes.len() || !is_inner_speck(bytes[end]) || !head.bytes().all(|b| b.is_ascii_lowercase()) {
        return end;
    }
    let opens_word = text[..start].chars().next_back().is_none_or(|c| c.is_whitespace() || "(\"'‘“".contains(c));
    let tail_len = bytes[end + 1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
    let tail_end = end + 1 + tail_len;
    // (The tail must end the word: "n.irtlcul.irj" and "e.g.," are more than one speck.)
    let mut after = text[tail_end..].chars();
    let ends_word = match after.next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        // (A mark that closes a word of prose, then a space: "fr.m,", not "noc.ucla.edu".)
        Some(c) if ",;:.!?)\"'’”-".contains(c) => {
            after.next().is_none_or(|n| n.is_whitespace() || ")\"'’”".contains(n))
        }
        _ => false,
    };
    let tail = &text[end + 1..tail_end];
    let file_or_host = bytes[end] == b'.' && FILE_AND_HOST_ENDINGS.contains(&tail);
    let piece_word = |w: &str| w.len() >= 2 && Lexicon::get().info(w).is_some_and(|i| i.listed);
    let too_short = head.len() + tail.len() < 3 || (head.len() == 1 && tail.len() == 1);
    if tail.is_empty()
        || !opens_word
        || !ends_word
        || file_or_host
        || too_short
        || (piece_word(head) && piece_word(tail))
    {
        return end;
    }
    tail_end
}

/// The byte range of the line holding `at`, line break excluded.
fn line_around(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// Names, acronyms, numbers, URLs, e-mail addresses, code, accepted words and words of other
/// scripts are never touched.
/// `heading_word`: a word of two capitals or more on a line set in capitals (a heading or an
/// OCR headline, see [`is_headline_line`]).
fn is_protected(
    text: &str,
    start: usize,
    end: usize,
    word: &str,
    data: &RuleData,
    ocr_output: bool,
    heading_word: bool,
) -> bool {
    let speck = |c: char| ocr_output && c.is_ascii() && is_inner_speck(c as u8);
    if !word.chars().all(|c| c.is_ascii_alphanumeric() || c == '\'' || c == '’' || speck(c)) {
        return true;
    }
    let digits = word.chars().filter(char::is_ascii_digit).count();
    if word.starts_with(|c: char| c.is_ascii_digit())
        && word.trim_start_matches(|c: char| c.is_ascii_digit()).len() <= 2
    {
        return true; // 1st, 2nd, 10th, 1990s
    }
    if digits > 1
        || word.ends_with(|c: char| c.is_ascii_digit()) && digits > 0 && !word.starts_with(|c: char| c.is_alphabetic())
    {
        return true;
    }
    if is_french_elision(word) {
        return true; // "corps d'elite", "l'homme"
    }
    if is_poetic_elision(text, start, word, ocr_output) {
        return true; // "'tis", "o'erwhelm", "heav'n"
    }
    let upper_inner = word.chars().skip(1).filter(|c| c.is_uppercase()).count();
    if heading_word && ocr_output {
        // Misread capitals of an OCR headline (see `Scorer::headline_word`); two capitals there
        // are an initial's or an abbreviation's ("J H", "P M").
        return !is_headline_word(word) || data.is_accepted(word);
    }
    // A heading set in capitals is words like any other ("INTERNAL SECUITY", "REFO RM"); in
    // running text a word in capitals is an acronym or a name ("Jejomar BINAY").
    // (Looked up only where a capital stands inside: most words have none.)
    let misread = upper_inner > 0
        && (heading_word || capital_i_for_l_makes_a_word(word) || capitals_with_a_digit_make_a_word(word));
    if upper_inner > 0 && word.starts_with(char::is_uppercase) && !misread {
        return true; // "McIntyre", "IntoIterator": names and code, not a capital I for l
    }
    let inner_i = word.chars().skip(1).filter(|&c| c == 'I').count();
    // In OCR output a lowercase word with a capital inside is misread ("thinU", "boJy").
    let misread_capital = ocr_output && word.starts_with(|c: char| c.is_ascii_lowercase());
    if upper_inner > 0 && upper_inner != inner_i && !misread_capital && !misread {
        return true; // acronyms, camelCase, McNames
    }
    if upper_inner > 0 && word.chars().skip(1).all(|c| c == 'I' || !c.is_alphabetic()) {
        return true; // "II", "XVII"
    }
    // In edited text a capital I that opens a part of a lowercase word is camelCase ("runIn",
    // "encodeInto"), where reading it as l makes no word ("imperiaIism" does). (Not one that
    // ends the word, "doubtI", nor one after a function word, "theInterior": they lost a space.)
    // (Nor one after an identifier's prefix: "onInfo", "hasItems". "in" before a capital is
    // a lost space, "inIraq", as no identifier is named.)
    let lost_space_before =
        |prefix: &str| is_function_word(prefix) && (prefix == "in" || !IDENTIFIER_PREFIXES.contains(&prefix));
    let opens_a_part = |(i, c): (usize, char)| {
        c != 'I' || (word[i + 1..].starts_with(|n: char| n.is_lowercase()) && !lost_space_before(&word[..i]))
    };
    if upper_inner > 0
        && !ocr_output
        && !misread
        && word.starts_with(char::is_lowercase)
        && word.char_indices().skip(1).all(opens_a_part)
    {
        return true;
    }
    let chunk = chunk_around(text, start, end);
    // A command-line option, "--with-wal-blocksize" (not a dash, "--Subsidies to"): lowercase
    // words joined by hyphens.
    let option = |rest: &str| rest.starts_with(|c: char| c.is_ascii_lowercase()) && rest.contains(['-', '=']);
    if chunk.strip_prefix("--").is_some_and(option) {
        return true;
    }
    if chunk.contains("://")
        || chunk.contains("www.")
        || chunk.contains(['@', '/', '\\', '_', '=', '`', '<', '>', '#', '{', '}', '|'])
    {
        return true;
    }
    // An editor's alteration inside a quotation, "retur[n]" or "[Q]uestion", and a spelling
    // the editor marks as the source's: "niver [sic]". (OCR reads specks as brackets.)
    let marked_sic = text[end..].trim_start_matches([' ', '\'', '’', ',']).starts_with("[sic]");
    if !ocr_output && (chunk.contains(['[', ']']) || marked_sic) {
        return true;
    }
    // Speech written as spoken: "usin’", "nothin'".
    if !ocr_output && word.ends_with("in") && text[end..].starts_with(['\'', '’']) {
        return true;
    }
    // Parts of hyphenated names: "Jong-un", "Hyeong-cheol".
    if chunk.contains('-')
        && chunk.split('-').any(|p| p.chars().next().is_some_and(char::is_uppercase))
        && !chunk.ends_with('-')
    {
        return true;
    }
    if is_reduplication(chunk) {
        return true; // "fiddle-faddle", "tittle-tattle": a word's echo, no slip of another
    }
    data.is_accepted(word)
}

/// Whether a hyphenated pair echoes one word in the other with one letter changed:
/// "fiddle-faddle", "tittle-tattle", "zig-zag", "wishy-washy".
fn is_reduplication(chunk: &str) -> bool {
    let Some((a, b)) = chunk.trim_matches(|c: char| !c.is_alphanumeric()).split_once('-') else { return false };
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let letters_apart = a.chars().zip(b.chars()).filter(|(x, y)| x != y).count();
    a.len() >= 3 && a.len() == b.len() && a.is_ascii() && b.is_ascii() && !b.contains('-') && letters_apart == 1
}

/// Whether a capitalised word's inner capitals are all I and reading them as l makes a listed
/// word: "FederaI", "PhiIippines" and "IsIands" are misread, while "McIntyre" and
/// "IntoIterator" read as no word.
fn capital_i_for_l_makes_a_word(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    let rest: String = chars.collect();
    // (Two lowercase letters at least: "AI's" is an acronym's possessive.)
    let lowercase = rest.chars().filter(|c| c.is_lowercase()).count();
    if !rest.contains('I') || rest.chars().any(|c| c.is_uppercase() && c != 'I') || lowercase < 2 {
        return false;
    }
    let read: String = first.into_iter().chain(rest.chars().map(|c| if c == 'I' { 'l' } else { c })).collect();
    Lexicon::get().info(&read.to_lowercase()).is_some_and(|i| i.listed)
}

/// Whether a word set in capitals with a 0 or 5 among its letters reads as a listed word with
/// O or S for them: "GR0WTH", "INTERNATI0NAL", "NAT0". (Not a code, "B52", "F15", whose
/// digits end it, unless a lone 0 for an O; nor one of fewer than three letters; nor a 1,
/// which styles names on purpose: "B1FF", "PR1ME".)
fn capitals_with_a_digit_make_a_word(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let inner_digit = word.trim_end_matches(|c: char| c.is_ascii_digit()).contains(['0', '5'])
        || (digits == 1 && word.ends_with('0'));
    if letters < 3 || !inner_digit || !word.chars().all(|c| c.is_ascii_uppercase() || matches!(c, '0' | '5')) {
        return false;
    }
    let read: String = word
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '5' => 's',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Lexicon::get().info(&read).is_some_and(|i| i.listed)
}

/// A word of three letters or more set in capitals (on a headline line: a headline word, not
/// an acronym in running text).
fn is_headline_word(word: &str) -> bool {
    word.len() >= 3 && in_capitals(word)
}

/// A word of two letters or more set in capitals (a single capital is an initial).
fn in_capitals(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// A line set in capitals, as headlines are.
fn is_headline_line(line: &str) -> bool {
    let upper = line.chars().filter(char::is_ascii_uppercase).count();
    let lower = line.chars().filter(char::is_ascii_lowercase).count();
    upper >= HEADLINE_MIN_LETTERS && lower * HEADLINE_UPPER_RATIO <= upper
}

/// A headline line has this many capitals at least, and this many times more capitals than
/// lowercase letters (OCR leaves a few).
const HEADLINE_MIN_LETTERS: usize = 8;
const HEADLINE_UPPER_RATIO: usize = 2;

/// A French article or pronoun elided before a vowel: "d'elite", "l'etat", "n'est".
fn is_french_elision(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(apostrophe), Some(next)) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    "cdjlmnstCDJLMNST".contains(first) && crate::text::is_apostrophe(apostrophe) && "aeiouhyAEIOUHY".contains(next)
}

/// Whether a word elides letters with an apostrophe, as verse and old speech do: a word whose
/// first letters an apostrophe before it stands for ("'tis", "'twas"), or, outside OCR output,
/// one whose apostrophe stands for a letter of a listed word ("o'erwhelm", "heav'n", "ev'ry").
fn is_poetic_elision(text: &str, start: usize, word: &str, ocr_output: bool) -> bool {
    let after_apostrophe = text[..start].ends_with(['\'', '’']);
    if !after_apostrophe && !word.contains(['\'', '’']) {
        return false; // (most words: no allocation)
    }
    let lower = word.to_lowercase().replace('’', "'");
    if after_apostrophe && super::ELISIONS.contains(&lower.as_str()) {
        return true;
    }
    let Some((head, tail)) = lower.split_once('\'') else { return false };
    let contraction = matches!(tail, "s" | "t" | "ll" | "re" | "ve" | "d" | "m") || head.is_empty() || tail.is_empty();
    !ocr_output
        && !contraction
        && ('a'..='z').any(|c| Lexicon::get().info(&format!("{head}{c}{tail}")).is_some_and(|i| i.listed))
}

/// Whether a run of text holds a member ("z.imag": a letter or digit, a full stop and a
/// lowercase letter) or a call ("h(elp)": a letter or digit, an opening parenthesis and a
/// letter, closed later in the run) of code. (Not "persecuting.But", two sentences run
/// together, nor "badg(slip", a word run into a parenthesis; abbreviations such as "e.g."
/// match, but their letters are no words to repair.)
fn code_like(chunk: &str) -> bool {
    let bytes = chunk.as_bytes();
    bytes.windows(3).enumerate().any(|(i, w)| {
        let member = w[1] == b'.' && w[2].is_ascii_lowercase();
        let call = w[1] == b'(' && w[2].is_ascii_alphabetic() && bytes[i + 2..].contains(&b')');
        w[0].is_ascii_alphanumeric() && (member || call)
    })
}

/// The run of text around a token up to whitespace, or a dash between words.
fn chunk_around(text: &str, start: usize, end: usize) -> &str {
    let mut from =
        text[..start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let mut to = text[end..].find(char::is_whitespace).map_or(text.len(), |i| end + i);
    // A dash between words ("trying--Democratic", "war—Congress") parts them as a space does.
    // (Not a double hyphen that opens the chunk: "--with-wal-blocksize" is one option.)
    // (Most chunks hold no dash at all: a scan for the bytes that start one spares the searches.)
    if !may_hold_dash(&text[from..to]) {
        return &text[from..to];
    }
    if let Some((i, dash)) = last_dash(&text[from..start]).filter(|&(i, _)| i > 0) {
        from += i + dash.len();
    }
    if let Some((i, _)) = first_dash(&text[end..to]) {
        to = end + i;
    }
    &text[from..to]
}

/// Whether `s` has a byte that starts one of the [`WORD_DASHES`].
fn may_hold_dash(s: &str) -> bool {
    memchr::memchr2(b'-', 0xE2, s.as_bytes()).is_some()
}

/// Dashes written between words without spaces.
const WORD_DASHES: [&str; 3] = ["--", "\u{2014}", "\u{2013}"];

/// The last dash in `s`, with its position.
fn last_dash(s: &str) -> Option<(usize, &'static str)> {
    WORD_DASHES.iter().filter_map(|d| s.rfind(d).map(|i| (i, *d))).max_by_key(|&(i, _)| i)
}

/// The first dash in `s`, with its position.
fn first_dash(s: &str) -> Option<(usize, &'static str)> {
    WORD_DASHES.iter().filter_map(|d| s.find(d).map(|i| (i, *d))).min_by_key(|&(i, _)| i)
}

/// The mark that ends a clause or a sentence at the start of `rest`, the text after a word:
/// a comma or a full stop, then a space, a line end, a closing quote or bracket, or the end.
pub(super) fn mark_after(rest: &str) -> Option<Mark> {
    let mut chars = rest.chars();
    let mark = match chars.next()? {
        '.' => Mark::Stop,
        ',' => Mark::Comma,
        _ => return None,
    };
    chars.next().is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”' | ')')).then_some(mark)
}

/// Whether `t`, which is no listed word, is joined by the hyphen `sep` to a word of its
/// compound: that word is its context ("large-scal conflict" is "large-scale"). (A listed word
/// in a compound is the compound's, "re-reading", "fleur-de-lis", and is judged without it.)
fn compound_piece(sep: &str, t: &Token) -> bool {
    sep == "-" && !t.info.is_some_and(|w| w.listed)
}

/// The separator between two tokens lets them be read as a bigram: plain spaces only.
pub(super) fn links(sep: &str) -> bool {
    !sep.is_empty() && sep.chars().all(|c| c == ' ' || c == '\t')
}

impl Scorer<'_> {
    /// Whether the separator lets the words on either side be read as a bigram: spaces, or
    /// one line break in hard-wrapped text, where a line end is only a space.
    fn joins(&self, sep: &str) -> bool {
        links(sep) || (self.hard_wrapped && matches!(sep, "\n" | "\r\n"))
    }

    /// The two words on either side of tokens `first..=last` (see [`Scorer::prev_word`]).
    fn around<'t>(&self, text: &str, tokens: &'t [Token], first: usize, last: usize) -> Around<'t> {
        let prev = self.prev_word(text, tokens, first);
        let next = self.next_word(text, tokens, last);
        Around {
            prev2: prev.and_then(|_| self.prev_word(text, tokens, first - 1)),
            prev,
            next,
            next2: next.and_then(|_| self.next_word(text, tokens, last + 1)),
            after_comma: false,
            after_stop: false,
            before_mark: None,
        }
    }

    /// Whether token `i` follows a word and a comma, as in "riots, and factional".
    fn after_comma(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let Some(p) = i.checked_sub(1).and_then(|j| tokens.get(j)) else { return false };
        text[p.end..tokens[i].start].strip_prefix(',').is_some_and(|rest| self.joins(rest))
    }

    /// The lowercase word before token `i`, when it is a known word joined by spaces.
    fn prev_word<'t>(&self, text: &str, tokens: &'t [Token], i: usize) -> Option<&'t str> {
        let p = tokens.get(i.checked_sub(1)?)?;
        let sep = &text[p.end..tokens[i].start];
        (self.joins(sep) || compound_piece(sep, &tokens[i])).then_some(p.lower.as_str())
    }

    fn next_word<'t>(&self, text: &str, tokens: &'t [Token], i: usize) -> Option<&'t str> {
        let n = tokens.get(i + 1)?;
        let sep = &text[tokens[i].end..n.start];
        (self.joins(sep) || compound_piece(sep, &tokens[i])).then_some(n.lower.as_str())
    }

    /// ln P(word | previous): the lexicon's bigram model, mixed with the run's own usage when
    /// the pair recurs across its files (corpus-adaptive: "war in" in other files of the run).
    fn logp_after(&self, prev: Option<&str>, lower: &str) -> f64 {
        let lexicon = self.lex.logp_after(prev, lower);
        let Some(prev) = prev else { return lexicon };
        let together = self.run_usage(&[prev, lower]);
        if together.files < RUN_MIN_FILES {
            return lexicon;
        }
        let run = f64::from(together.times) / f64::from(self.run.word_usage(prev).times.max(together.times));
        // The run only vouches: where the lexicon knows the pair better, it keeps its word.
        lexicon.max(((1.0 - RUN_WEIGHT) * lexicon.exp() + RUN_WEIGHT * run).ln())
    }

    /// How the run uses `words` in a row, when it can vouch for them: fragments that damage
    /// leaves ("w th", "t at") recur from file to file as damage does, so only function words
    /// and words of three letters or more are vouched for.
    ///
    /// Nor does the run vouch for a pair of words so common that the lexicon's table would
    /// have kept it many times over were the two independent, and holds it far more rarely
    /// ("of he"): the table shows that the words shun each other, and the same slip in two
    /// files of a run ("most of he money", "the rest of he state") is chance, not usage.
    fn run_usage(&self, words: &[&str]) -> Usage {
        let whole = |w: &&str| w.len() >= 3 || is_function_word(w);
        if !words.iter().all(whole) {
            return Usage::default();
        }
        let usage = match words {
            [a, b] => self.run.pair_usage(a, b),
            [a, b, c] => self.run.triple_usage(a, b, c),
            _ => Usage::default(),
        };
        // (The run's tables answer most questions with nothing, and faster than the lexicon.)
        if usage.files == 0 || words.windows(2).any(|w| self.lex.shuns(w[0], w[1])) {
            return Usage::default();
        }
        usage
    }

    /// How often this document (or segment) uses a word.
    fn doc_uses(&self, lower: &str) -> u32 {
        self.doc_counts.get(lower).copied().unwrap_or(0)
    }

    /// Whether a capitalised word the web never writes stands alone among names it knows, and
    /// so is likelier a damaged one than a name of its own: the document writes few others (a
    /// genealogy or a gazetteer writes many a rare name a letter from a known one, "Harod" and
    /// "Harold"), the run's other files do not write it ("Achor" in every Bible), and no
    /// initial stands before it ("O. Piest").
    fn stray_unknown_name(&self, text: &str, t: &Token) -> bool {
        self.unknown_names.sparse_besides_one()
            && self.run.word_usage(&t.lower).files < RUN_MIN_FILES
            && !after_initial(text, t.start)
    }

    /// How many times the document writes a letter other than "a" and "i" as a word.
    fn letters_standing_alone(&self) -> u32 {
        ('b'..='z').filter(|&c| c != 'i').map(|c| self.doc_uses(c.encode_utf8(&mut [0; 4]))).sum()
    }

    /// How often the document uses a word (the whole file, when this is a segment of it): a
    /// word used again is the author's own ("Vostochny").
    fn uses(&self, lower: &str) -> u32 {
        self.doc_uses(lower).max(self.whole_file.map_or(0, |f| f.word_usage(lower).times))
    }

    /// Whether OCR lost the full stops of the document (see [`full_stops_lost`]).
    fn full_stops_lost(&self, text: &str) -> bool {
        *self.stops_lost.get_or_init(|| full_stops_lost(text, self.doc_words))
    }

    /// Whether the document is technical prose (see [`technical_prose`]).
    fn technical(&self, text: &str) -> bool {
        *self.technical.get_or_init(|| technical_prose(text))
    }

    /// Whether the document speaks the old second person ("thou hast", "thee", "doth"),
    /// where "-est" and "-eth" make verb forms no word list holds. (Not OCR output.)
    fn archaic_register(&self) -> bool {
        *self.archaic.get_or_init(|| {
            let markers = ARCHAIC_MARKERS.iter().map(|w| self.uses(w)).sum::<u32>();
            // (A rate as well as a count: a court's opinions quote old texts, and a long file
            // of them writes "unto" and "thy" dozens of times without speaking so itself.)
            let words = self.whole_file.map_or(self.doc_words as u64, |f| f.word_total()).max(1);
            !self.ocr_output
                && markers >= ARCHAIC_MIN_USES
                && u64::from(markers) * 1000 >= words * ARCHAIC_PER_1000_WORDS
        })
    }

    /// Whether an unknown word is what an old text writes of listed words: a verb form
    /// ([`Scorer::archaic_verb_form`]), a spelling ([`Scorer::old_spelling`]) or a closed
    /// compound ([`Scorer::old_closed_compound`]).
    fn old_form(&self, lower: &str) -> bool {
        self.archaic_verb_form(lower) || self.old_spelling(lower) || self.old_closed_compound(lower)
    }

    /// A listed word of three letters or more: a stem an old form is made of.
    fn listed_stem(&self, w: &str) -> bool {
        w.len() >= 3 && self.lex.contains(w)
    }

    /// An old verb form of a listed word: "-est" and "-eth" ("wanderest", "repliest" for
    /// "reply"), with the last consonant doubled as before "-ing" ("forgettest", "abhorrest"),
    /// "-st" and "-th" after an e ("dissolvest", "divineth"), "-edst" ("humbledst").
    fn archaic_verb_form(&self, lower: &str) -> bool {
        const ENDINGS: &[(&str, &str)] = &[
            ("iest", "y"),
            ("ieth", "y"),
            ("edst", "ed"),
            ("est", ""),
            ("eth", ""),
            ("est", "e"),
            ("eth", "e"),
            ("st", ""),
            ("th", ""),
        ];
        ENDINGS.iter().any(|&(end, add)| {
            lower.strip_suffix(end).is_some_and(|stem| {
                let stem = format!("{stem}{add}");
                let after_e = !matches!(end, "st" | "th") || stem.ends_with('e');
                let doubled = matches!(end, "est" | "eth") && add.is_empty() && ends_in_doubled_consonant(&stem);
                after_e && (self.listed_stem(&stem) || (doubled && self.listed_stem(&stem[..stem.len() - 1])))
            })
        })
    }

    /// An old spelling of a listed word, as printed before the nineteenth century: "-ick"
    /// for "-ic" ("lunatick", "havock"), "-t" for "-ed" after a voiceless sound ("pluckt",
    /// "fetcht", "stript"), and the strong participle in "-en" ("upholden", "folden").
    fn old_spelling(&self, lower: &str) -> bool {
        let ick = lower
            .strip_suffix('k')
            .is_some_and(|stem| (stem.ends_with("ic") || stem.ends_with("oc")) && self.listed_stem(stem));
        let clipped_past = lower.strip_suffix('t').is_some_and(|stem| {
            let voiceless = ["c", "k", "p", "s", "x", "ch", "sh"].iter().any(|end| stem.ends_with(end));
            let doubled = stem.chars().last().map(|c| format!("{stem}{c}ed"));
            voiceless && (self.listed_stem(&format!("{stem}ed")) || doubled.is_some_and(|w| self.listed_stem(&w)))
        });
        let participle = lower.strip_suffix("en").is_some_and(|stem| stem.len() >= 4 && self.listed_stem(stem));
        ick || clipped_past || participle
    }

    /// Whether an unknown word is two common content words of three letters or more written
    /// as one, as old texts write compounds closed ("fryingpan", "townclerk", "twoedged"):
    /// not a function word run into another ("andthe"), which is a slip in any age.
    fn old_closed_compound(&self, lower: &str) -> bool {
        self.closed_compound_of(lower, |w| !is_function_word(w) && self.common_lowercase_word(w))
    }

    /// Whether the document also uses the word, unlisted, with a plural ending added or taken
    /// away ("seah" and "seahs", "reflink" and "reflinks"): a word the author inflects is the
    /// author's, as a slip or a misreading is not made twice in two forms. (A listed form
    /// vouches for nothing: "yeas" may be "years" that lost a letter beside a "yea".)
    fn inflected_elsewhere(&self, lower: &str) -> bool {
        let used_unlisted = |form: &str| self.lex.info(form).is_none_or(|w| !w.listed) && self.uses(form) >= 1;
        [format!("{lower}s"), format!("{lower}es")].iter().any(|form| used_unlisted(form))
            || regular_singulars(lower).filter(|s| s.len() >= 3).any(used_unlisted)
    }

    /// Whether an unknown word is a listed word's regular plural ("reenforcements") or a
    /// listed everyday word behind a productive prefix ("redetail", "nonpayment"): the lists
    /// leave out many such forms, and the damage of a scan or a keyboard seldom makes one.
    fn regularly_derived(&self, lower: &str) -> bool {
        let everyday = |w: &str| self.derived_base(w);
        let plural = regular_singulars(lower).any(everyday);
        let prefixed = PRODUCTIVE_PREFIXES.iter().filter_map(|p| lower.strip_prefix(p)).any(everyday);
        let suffixed = self.productively_suffixed(lower);
        (plural || prefixed || suffixed || self.regular_inflection(lower)) && self.no_damaged_form(lower)
    }

    /// Whether a word is an everyday word with a suffix that makes words at will: a verb
    /// that can be done, "waivable" ("waive"), "hashable"; a place's superlative,
    /// "frontmost". (Not a function word run into "most": "themost".)
    fn productively_suffixed(&self, lower: &str) -> bool {
        let can_be_done = lower
            .strip_suffix("able")
            .is_some_and(|verb| self.derived_base(verb) || self.derived_base(&format!("{verb}e")));
        let superlative =
            lower.strip_suffix("most").is_some_and(|base| self.derived_base(base) && !is_function_word(base));
        can_be_done || superlative
    }

    /// An everyday word long enough to make regular derivatives of.
    fn derived_base(&self, w: &str) -> bool {
        w.len() >= DERIVED_BASE_MIN_LEN && self.everyday(w)
    }

    /// Whether a word is a listed everyday word's regular past or "-ing" form ("vendored",
    /// "vendoring", "inlined"): the lists leave out the inflections of nouns that became
    /// verbs, and technical prose makes them daily. The web may spell such a word, too.
    fn regular_inflection(&self, lower: &str) -> bool {
        let everyday = |w: &str| w.len() >= INFLECTED_BASE_MIN_LEN && self.everyday(w);
        // (English drops a final e before "-ing": "interfereing" is a slip, "seeing" is not.)
        let kept_e = |s: &&str| s.ends_with('e') && !s.ends_with("ee") && !s.ends_with("oe") && !s.ends_with("ye");
        let stems = [
            lower.strip_suffix("ed").map(str::to_string),
            lower.strip_suffix('d').filter(|s| s.ends_with('e')).map(str::to_string),
            lower.strip_suffix("ing").filter(|s| !kept_e(s)).map(str::to_string),
            lower.strip_suffix("ing").map(|s| format!("{s}e")),
        ];
        // (Nor where a listed word has one letter more: "unwraped" lost the doubled p of
        // "unwrapped".)
        let fuller_form = || one_letter_longer(lower).any(|w| self.everyday(&w));
        stems.iter().flatten().any(|s| everyday(s)) && !fuller_form()
    }

    /// Whether a word is no common word's damaged form: not one that lost a letter, "reacing"
    /// for "reaching", nor one a cheap glyph confusion away, "hornes" for "homes".
    fn no_damaged_form(&self, lower: &str) -> bool {
        let lost_letter = || one_letter_longer(lower).any(|w| self.common_lowercase_word(&w));
        !lost_letter() && !super::ocr_regime::is_misread(lower)
    }

    /// Whether the run's files share an unlisted word as their own vocabulary: a docs tree
    /// writes "writemask" or "rustc" in file after file, a corpus of old texts "stedfastly".
    /// Damage and slips recur from file to file too, but as the forms they make of common
    /// words, which stay suspect: a cheap glyph misreading ("tliat"), a function word run into
    /// a word ("tothe"), a common word that lost a letter ("occuring"), or a short piece
    /// ("th"). (Never in OCR output, where the run is not used.)
    pub(super) fn run_vocabulary(&self, lower: &str) -> bool {
        lower.len() >= RUN_WORD_MIN_LEN
            && self.run.word_usage(lower).files >= RUN_WORD_MIN_FILES
            && !self.function_word_run_in(lower)
            && !one_letter_longer(lower).any(|w| self.common_lowercase_word(&w))
            && !super::ocr_regime::is_misread(lower)
    }

    /// Whether the run's files use a listed word far more often than English at large does,
    /// in several files: the corpus's own vocabulary ("ox" in the chapters of a Bible, "tort"
    /// in a court's opinions), however unlikely a single use looks to the model. (Edited text
    /// only: the run is not used in OCR output.)
    /// (Not the remains of a function word that lost a letter, "tat" or "thir", nor its
    /// misreading, "hor" or "bo": damage to words that every text writes recurs from file to
    /// file.)
    fn run_own_vocabulary(&self, lower: &str) -> bool {
        let usage = self.run.word_usage(lower);
        let rate = f64::from(usage.times) / self.run.word_total().max(1) as f64;
        usage.files >= RUN_WORD_MIN_FILES
            && rate >= OWN_RATE_RATIO * self.lex.logp(lower).exp()
            && !FUNCTION_WORDS.iter().any(|f| lost_one_letter(f, lower))
            && !super::ocr_regime::glyphs_from_function_word(lower)
    }

    /// Whether `lower` is a function word run into a listed word, either way round ("tothe",
    /// "peoplewho").
    fn function_word_run_in(&self, lower: &str) -> bool {
        let listed = |rest: &str| self.lex.info(rest).is_some_and(|i| i.listed);
        FUNCTION_WORDS
            .iter()
            .any(|f| lower.strip_prefix(f).is_some_and(listed) || lower.strip_suffix(f).is_some_and(listed))
    }

    /// Whether the document uses a listed word far more often than English at large does:
    /// its own vocabulary ("thy" and "ye" in an old Bible), however unlikely each use looks to
    /// the model. (Not in OCR output, which repeats its misreadings: "tho".)
    fn own_vocabulary(&self, lower: &str) -> bool {
        let here = self.doc_uses(lower);
        let rate_here = f64::from(here) / self.doc_words.max(1) as f64;
        !self.ocr_output && here >= OWN_MIN_USES && rate_here >= OWN_RATE_RATIO * self.lex.logp(lower).exp()
    }

    /// Whether the lexicon or the run has seen `a b`.
    fn attested(&self, a: &str, b: &str) -> bool {
        self.lex.bigram(a, b) > 0 || self.run_usage(&[a, b]).files >= RUN_MIN_FILES
    }

    /// Whether the lexicon's table holds `w` in a pair with a neighbour (the run's own usage
    /// aside): a neighbour vouches for a reading.
    fn table_pairs_with(&self, around: &Around, w: &str) -> bool {
        around.prev.is_some_and(|p| self.lex.bigram(p, w) > 0) || around.next.is_some_and(|n| self.lex.bigram(w, n) > 0)
    }

    /// Whether a neighbour other than a function word forms a known pair with `w` in its place.
    fn content_neighbour_pairs_with(&self, around: &Around, w: &str) -> bool {
        let content = |n: &&str| !is_function_word(n);
        around.prev.filter(content).is_some_and(|p| self.attested(p, w))
            || around.next.filter(content).is_some_and(|n| self.attested(w, n))
    }

    /// ln P of `words` between the words around them.
    fn context_logp(&self, around: &Around, words: &[&str]) -> f64 {
        let (prev, next) = (around.prev, around.next);
        let mut total = 0.0;
        let mut before = prev;
        for (k, w) in words.iter().enumerate() {
            total += match self.lex.info(w) {
                None => UNKNOWN_LOGP,
                Some(_) if k == 0 && around.after_comma => self.lex.logp_after_comma(w),
                Some(_) if k == 0 && around.after_stop => self.lex.logp_after_stop(w),
                Some(_) => self.logp_after(before, w),
            };
            before = Some(w);
        }
        if let (Some(last), Some(next)) = (words.last(), next) {
            if self.lex.info(next).is_some() {
                total += self.logp_after(Some(last), next);
            }
        }
        if let (Some(last), Some(mark)) = (words.last(), around.before_mark) {
            total += self.lex.lift_before(last, mark);
        }
        total + self.run_trigram_gain(around, words)
    }

    /// [`Scorer::context_logp`] of `a b`, with the pair itself taken as unseen.
    fn context_logp_apart(&self, around: &Around, a: &str, b: &str) -> f64 {
        let together = self.context_logp(around, &[a, b]);
        if self.lex.info(b).is_none() {
            return together; // no bigram of the pair was counted
        }
        together - self.logp_after(Some(a), b) + self.lex.logp_unseen_after(a, b)
    }

    /// How much better the run's own three-word sequences predict `words` in place than the
    /// bigram model does: "war in Ukraine" in other files favours "war" over "far" in
    /// "Russia's ar in Ukraine", though "Russia's far" is common too. 0 without such evidence.
    fn run_trigram_gain(&self, around: &Around, words: &[&str]) -> f64 {
        if self.run.files() < crate::corpus::MIN_FILES {
            return 0.0;
        }
        let mut sequence: Vec<Option<&str>> = vec![around.prev2, around.prev];
        sequence.extend(words.iter().map(|w| Some(*w)));
        sequence.extend([around.next, around.next2]);
        let (first_word, last_word) = (2, 2 + words.len() - 1);
        let mut gain = 0.0;
        for start in 0..sequence.len() - 2 {
            // Only sequences that hold a candidate word count; the rest is the same for all.
            if start + 2 < first_word || start > last_word {
                continue;
            }
            let (Some(a), Some(b), Some(c)) = (sequence[start], sequence[start + 1], sequence[start + 2]) else {
                continue;
            };
            let together = self.run_usage(&[a, b, c]);
            if together.files < RUN_MIN_FILES || self.lex.info(c).is_none() {
                continue;
            }
            let run = f64::from(together.times) / f64::from(self.run.pair_usage(a, b).times.max(together.times));
            let bigram = self.logp_after(Some(b), c).exp();
            gain += (((1.0 - RUN_WEIGHT) * bigram + RUN_WEIGHT * run).ln() - bigram.ln()).max(0.0);
        }
        gain
    }

    /// Whether `w` opens a pair with `next` that the table holds at least `floor` times and
    /// that is not far rarer than chance ("an the" is).
    fn opens_pair(&self, w: &str, next: Option<&str>, floor: u64) -> bool {
        next.is_some_and(|n| self.lex.bigram(w, n) >= floor.max(1) && !self.lex.shuns(w, n))
    }

    /// Whether the lists hold `lower` as an everyday word: not a name, not an obscure one.
    fn everyday(&self, lower: &str) -> bool {
        self.lex.info(lower).is_some_and(|i| i.listed && !i.obscure && !i.proper)
    }

    /// A word neither obscure nor rarer than the lexicon's common words ([`COMMON_FREQ`]), name
    /// or not: what a misspelling in edited text is read as (see [`Scorer::non_word`]).
    fn current_word(&self, word: &str) -> bool {
        self.lex.info(&word.to_lowercase()).is_some_and(|i| !i.obscure && i.freq >= COMMON_FREQ)
    }

    /// A listed word, no name, at least as common as [`COMMON_PART`]: a whole word that a lost
    /// space may have run into another.
    fn common_lowercase_word(&self, lower: &str) -> bool {
        self.lex.info(lower).is_some_and(|w| w.listed && !w.proper && w.freq >= COMMON_PART)
    }

    /// The words one more letter would make of `lower` that are [`Scorer::usable`], once per
    /// word and case for the document: text repeats its words, and each asks 26 × (n + 1)
    /// lookups.
    fn one_letter_longer(&self, lower: &str, capitalized: bool) -> LongerWords {
        let key = (lower.to_string(), capitalized);
        if let Some(words) = self.longer_words.borrow().get(&key) {
            return Rc::clone(words);
        }
        let words: LongerWords = one_letter_longer(lower).filter(|w| self.usable(w, capitalized)).collect();
        self.longer_words.borrow_mut().insert(key, Rc::clone(&words));
        words
    }

    /// A word the lexicon lists, common enough to offer, and not a name unless capitalised.
    fn usable(&self, lower: &str, capitalized: bool) -> bool {
        self.lex.info(lower).is_some_and(|i| i.listed && i.freq >= MIN_CANDIDATE_FREQ && (!i.proper || capitalized))
    }

    /// Code in prose, a member or a call ("z.imag", "h(elp)"), is no word to repair. (Such a
    /// token still counts when judging whether a text is OCR output, where a lost space after
    /// a full stop is damage of its own.)
    fn in_code(&self, text: &str, t: &Token) -> bool {
        !self.ocr_output && (code_like(chunk_around(text, t.start, t.end)) || alone_in_a_table_cell(text, t))
    }

    /// A lone lowercase letter other than the article "a", in OCR output: a word's remains
    /// ("n" for "a", "i" for "is"; print capitalises the pronoun I and the interjection O).
    fn stray_letter(&self, t: &Token) -> bool {
        self.ocr_output && t.text.len() == 1 && t.text != "a" && !t.capitalized()
    }

    /// How much the channel's costs weigh against the language model. In OCR output more:
    /// with garbled neighbours the model knows little but how common a word is, and would
    /// read many misreadings as the commonest short words ("thoy" as "to" rather than "they").
    fn channel_weight(&self) -> f64 {
        if self.ocr_output {
            OCR_CHANNEL_WEIGHT
        } else {
            1.0
        }
    }

    /// How much more likely the document's own use makes `words` than the lexicon does: a
    /// cache model mixing the word's share of the document's tokens into its unigram
    /// probability (OCR output only). An article about a committee spells "committee"
    /// rightly more often than not, so that is the likelier reading of "commiUco" there;
    /// common words, which every document uses, gain next to nothing.
    fn cache_gain(&self, words: &[&str]) -> f64 {
        if !self.ocr_output {
            return 0.0;
        }
        words
            .iter()
            .map(|w| {
                let uses = self.doc_uses(w);
                if uses == 0 {
                    return 0.0;
                }
                let share = f64::from(uses) / self.doc_words.max(1) as f64;
                let lexicon = self.lex.logp(w).exp();
                ((1.0 - CACHE_WEIGHT) + CACHE_WEIGHT * share / lexicon).ln()
            })
            .sum()
    }

    /// Scores candidates in context, best first, one entry per distinct text.
    fn rank(&self, candidates: Vec<Candidate>, around: &Around) -> Vec<Candidate> {
        let mut best: FxHashMap<String, Candidate> = FxHashMap::default();
        for mut c in candidates {
            let words: Vec<&str> = c.words.iter().map(String::as_str).collect();
            c.score = self.context_logp(around, &words) - c.cost * self.channel_weight() + self.cache_gain(&words);
            let key = c.text();
            if best.get(&key).is_none_or(|b| b.score < c.score) {
                best.insert(key, c);
            }
        }
        let mut out: Vec<Candidate> = best.into_values().collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.text().cmp(&b.text())));
        out
    }

    /// Words that glyph confusions alone turn into `t` (and the capital-I-for-l repair).
    fn glyph_candidates(&self, t: &Token, budget: f64) -> Vec<Candidate> {
        let (page, extra) = if t.has_inner_capital_i() {
            let fixed: String = t.text.chars().map(|c| if c == 'I' { 'l' } else { c }).collect();
            (fixed.to_lowercase().replace('’', "'"), channel::CAPITAL_I_FOR_L)
        } else {
            (t.lower.clone(), 0.0)
        };
        let edits = if self.ocr_output { Edits::OcrGlyphs } else { Edits::GlyphsOnly };
        let mut out: Vec<Candidate> = self
            .search(&page, &t.lower, budget, edits, t.capitalized())
            .into_iter()
            .map(|hit| Candidate { words: vec![hit.word], cost: hit.cost + extra, kind: Kind::Glyph, score: 0.0 })
            .collect();
        // The lists hold the possessives of common nouns only: a misread name's possessive
        // ("Cliina's") is read through its name.
        if let Some(stem) = page.strip_suffix("'s").filter(|s| s.len() >= POSSESSIVE_STEM_MIN_LEN) {
            let own = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            out.extend(self.search(stem, own, budget, edits, t.capitalized()).into_iter().map(|hit| Candidate {
                words: vec![format!("{}'s", hit.word)],
                cost: hit.cost + extra,
                kind: Kind::Glyph,
                score: 0.0,
            }));
        }
        out
    }

    /// Words whose capital OCR misread as another of a like shape ("Hut" for "But", "Kvery"
    /// for "Every"), with glyph confusions in the rest of the word.
    fn capital_candidates(&self, t: &Token, budget: f64) -> Vec<Candidate> {
        let mut out = Vec::new();
        let first = t.lower.as_bytes()[0];
        for &(_, meant, cost) in channel::CAPITALS.iter().filter(|c| c.0 == first) {
            let read = format!("{}{}", meant as char, &t.lower[1..]);
            let hits = self.search(&read, &t.lower, budget - cost, Edits::ScanGlyphs, true);
            out.extend(hits.into_iter().filter(|h| h.word.as_bytes()[0] == meant).map(|hit| Candidate {
                words: vec![hit.word],
                cost: hit.cost + cost,
                kind: Kind::Glyph,
                score: 0.0,
            }));
        }
        out
    }

    /// Listed words within `budget` of `page` that may be offered: the [`SHORTLIST`] most
    /// likely before context (frequency times channel), which is all that context ranking can
    /// afford to score when a short word has hundreds of neighbours.
    /// `own` is the word as written, which is never its own repair.
    fn search(&self, page: &str, own: &str, budget: f64, edits: Edits, capitalized: bool) -> Vec<Hit> {
        // In OCR output, repairs dearer than OCR_CHEAP must be common words: those are searched
        // for among the common words only, which gives the same hits many times faster.
        let (hits, dear) = if self.ocr_output && budget > OCR_CHEAP {
            let dear = search::search(self.lex.common_words(), page, budget, edits);
            (search::search(self.lex.words(), page, OCR_CHEAP, edits), Some(dear))
        } else {
            (search::search(self.lex.words(), page, budget, edits), None)
        };
        let mut offered: Vec<(f64, f64, &Hit)> = hits
            .iter()
            .chain(dear.iter().flat_map(|d| d.iter()))
            .filter_map(|hit| {
                let info = WordInfo::from_value(hit.value);
                // Rare words are unlikely readings of garbled OCR: dear repairs must be common.
                let min_freq =
                    if self.ocr_output && hit.cost > OCR_CHEAP { OCR_MIN_CANDIDATE_FREQ } else { MIN_CANDIDATE_FREQ };
                let usable = info.listed && info.freq >= min_freq && (!info.proper || capitalized);
                // In OCR output a short listed word that is itself a misreading of a function
                // word ("tho") is no reading of anything.
                if !usable || hit.word == own || (self.ocr_output && is_misread_function_word(&hit.word, info)) {
                    return None;
                }
                let cost = self.channel.cost(&hit.word, page, edits, hit.cost);
                Some(((info.freq as f64).ln() - cost, cost, hit))
            })
            .collect();
        offered.sort_by(|a, b| b.0.total_cmp(&a.0));
        // A cheap repair of a common word is found by both searches: its cheaper path stands.
        let mut seen = HashSet::new();
        offered.retain(|(_, _, hit)| seen.insert(hit.word.as_str()));
        offered.into_iter().take(SHORTLIST).map(|(_, cost, hit)| Hit { cost, ..hit.clone() }).collect()
    }
}

/// Letters lost: every word one inserted letter away.
fn insertions(w: &str, scorer: &Scorer, capitalized: bool) -> Vec<Candidate> {
    scorer
        .one_letter_longer(w, capitalized)
        .iter()
        .map(|s| Candidate { words: vec![s.clone()], cost: channel::INSERT, kind: Kind::DroppedLetter, score: 0.0 })
        .collect()
}

/// The function words that lost a letter would leave `w` ("ill" for "will").
fn function_words_one_letter_longer(w: &str) -> Vec<Candidate> {
    FUNCTION_WORDS
        .iter()
        .filter(|f| lost_one_letter(f, w))
        .map(|f| Candidate { words: vec![f.to_string()], cost: channel::INSERT, kind: Kind::DroppedLetter, score: 0.0 })
        .collect()
}

/// The function words that one letter replaced would turn into `w`, as candidates.
fn function_words_one_letter_apart(w: &str) -> Vec<Candidate> {
    let one_apart = |f: &str| f.len() == w.len() && f.bytes().zip(w.bytes()).filter(|(a, b)| a != b).count() == 1;
    FUNCTION_WORDS
        .iter()
        .filter(|f| one_apart(f))
        .map(|f| Candidate { words: vec![f.to_string()], cost: channel::SUBSTITUTE, kind: Kind::RealWord, score: 0.0 })
        .collect()
}

/// Token `t` read as the best of `scored` (ranked, not empty), an unsafe fix when it beats the
/// runner-up clearly; the runners-up are listed.
fn best_reading(t: &Token, scored: &[Candidate]) -> Correction {
    let best = &scored[0];
    let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
    Correction {
        kind: best.kind,
        span: t.start..t.end,
        original: t.text.to_string(),
        replacement: apply_case(&best.text(), t.text),
        fix: (best.score - runner_up >= FIX_MARGIN).then_some(Safety::Unsafe),
        alternatives: scored.iter().skip(1).take(3).map(Candidate::text).collect(),
    }
}

/// Every word a letter in the gap between `a` and `b` would make ("a ms" → "aams" .. "azms").
fn letter_in_gap<'a>(a: &'a str, b: &'a str) -> impl Iterator<Item = String> + 'a {
    ('a'..='z').map(move |c| format!("{a}{c}{b}"))
}

/// Whether `written` is `word` with one letter lost ("serra" of "sierra").
fn lost_one_letter(word: &str, written: &str) -> bool {
    // (Slices off a character boundary are `None`: no match there.)
    word.len() == written.len() + 1
        && (0..word.len()).any(|pos| {
            matches!(
                (word.get(..pos), word.get(pos + 1..), written.get(..pos), written.get(pos..)),
                (Some(head), Some(tail), Some(written_head), Some(written_tail))
                    if head == written_head && tail == written_tail
            )
        })
}

/// "forgett", "abhorr": a stem whose last consonant English doubles before an ending.
fn ends_in_doubled_consonant(stem: &str) -> bool {
    match stem.as_bytes() {
        [.., a, b] => a == b && b.is_ascii_lowercase() && !b"aeiou".contains(b),
        _ => false,
    }
}

/// `word` with each double letter written single ("wilful" of "willful").
fn undoubled(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Every string one lowercase letter longer than `w`, the letter put anywhere in it.
fn one_letter_longer(w: &str) -> impl Iterator<Item = String> + '_ {
    (0..=w.len())
        .filter(|&pos| w.is_char_boundary(pos))
        .flat_map(move |pos| ('a'..='z').map(move |c| format!("{}{c}{}", &w[..pos], &w[pos..])))
}

/// Contractions whose apostrophe OCR lost ("dont", "oclock"): the mark is thin and faint.
/// (Not a possessive: "Cubas" may as well be a plural.)
fn lost_apostrophes(w: &str, scorer: &Scorer) -> Vec<Candidate> {
    (1..w.len())
        .filter(|&pos| w.is_char_boundary(pos))
        .map(|pos| format!("{}'{}", &w[..pos], &w[pos..]))
        .filter(|s| !s.ends_with("'s") && scorer.usable(s, false))
        .map(|s| Candidate { words: vec![s], cost: channel::LOST_APOSTROPHE, kind: Kind::DroppedLetter, score: 0.0 })
        .collect()
}

/// A word rejoined across a line end of wrapped text keeps the line break after it, with the
/// punctuation that closes it, so that the lines keep their length and the rest of the next
/// line is left as it was: "Ameri⏎can people" → "American⏎ people", "author⏎ity, and" →
/// "authority,⏎ and". At the end of a line the break is simply taken out ("ob⏎tained⏎").
/// Returns the end of the edited span and its replacement.
fn keep_line_break(text: &str, word_end: usize, mut word: String, line_break: &str) -> (usize, String) {
    let rest = &text[word_end..];
    let closing = rest.find(|c: char| c.is_whitespace() || c.is_alphanumeric()).unwrap_or(rest.len());
    if !rest[closing..].starts_with([' ', '\t']) {
        return (word_end, word);
    }
    word.push_str(&rest[..closing]);
    word.push_str(line_break);
    (word_end + closing, word)
}

/// Words a few weighted edits away from an unknown lowercase word, and two-word splits.
fn edit_candidates(w: &str, scorer: &Scorer, around: &Around) -> Vec<Candidate> {
    let (budget, edits) =
        if scorer.ocr_output { (ocr_edit_budget(w), Edits::OcrAny) } else { (EDIT_BUDGET, Edits::Any) };
    let mut out: Vec<Candidate> = scorer
        .search(w, w, budget, edits, false)
        .into_iter()
        .map(|hit| {
            let kind = edit_kind(w, &hit, scorer.ocr_output);
            Candidate { words: vec![hit.word], cost: hit.cost, kind, score: 0.0 }
        })
        .collect();
    out.extend(splits(w, scorer, false, around));
    out
}

/// How dear the glyph confusions that repair a capitalised word of OCR output may be: a long
/// word is seldom a name several confusions from a common word ("Indopendonoo").
fn ocr_name_cost(lower: &str) -> f64 {
    OCR_NAME_COST.max(OCR_NAME_COST_PER_LETTER * lower.len() as f64)
}

/// How dear the edits searched for a word of OCR output may be: OCR damages letters, so a
/// long word carries more damage than a short one.
fn ocr_edit_budget(w: &str) -> f64 {
    (OCR_EDIT_PER_LETTER * w.len() as f64).clamp(OCR_EDIT_BUDGET, OCR_EDIT_BUDGET_MAX)
}

/// Whether the word at `start` begins a sentence: it follows a full stop, question or
/// exclamation mark (quotes and brackets aside), a blank line, or the start of the text.
fn starts_sentence(text: &str, start: usize) -> bool {
    // (Quotes and brackets on either side of the gap: 'the king of Israel!” Therefore'.)
    let before = text[..start].trim_end_matches([' ', '\t', '"', '“', '”', '‘', '’', '(', ')', '\'']);
    before.is_empty() || before.ends_with(['.', '!', '?']) || before.ends_with("\n\n") || before.ends_with("\n\r\n")
}

/// Whether a clause may open at `start`: a sentence's start, a line's, or after a colon.
fn opens_clause(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', '"', '“', '”', '‘', '’', '(', ')', '\'']);
    starts_sentence(text, start) || before.ends_with([':', '\n'])
}

/// Which kind of damage turned `hit` into `page`: glyph confusions only, one lost letter, or
/// other edits.
fn edit_kind(page: &str, hit: &Hit, ocr_output: bool) -> Kind {
    let glyphs = if ocr_output { Edits::OcrGlyphs } else { Edits::GlyphsOnly };
    if search::cost(&hit.word, page, glyphs) <= hit.cost + 1e-6 {
        Kind::Glyph
    } else if hit.word.len() == page.len() + 1 && hit.cost <= channel::INSERT + 1e-6 {
        Kind::DroppedLetter
    } else {
        Kind::Misspelling
    }
}

/// Two known words run together. `capitalized`: the first may be a name ("Cubabeing").
fn splits(w: &str, scorer: &Scorer, capitalized: bool, around: &Around) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Whether the web spells the whole as one word (see [`unlisted_pair_merged`]).
    let spelled = scorer.lex.info(w).is_some();
    for i in 1..w.len() {
        if !w.is_char_boundary(i) {
            continue;
        }
        let (a, b) = (&w[..i], &w[i..]);
        // Short pieces ("rev", "pis") are more often fragments than words.
        let part_ok = |p: &str, name: bool| {
            (p.len() >= 3 || is_function_word(p) || SHORT_PARTS.contains(&p)) && scorer.usable(p, name)
        };
        // A name runs into a whole word ("Cubabeing"), not into the endings names have
        // ("Marianan", "Japanis").
        // (Unless a short function word it would end in opens one of the commonest pairs
        // with the next word: "Americais a nation", "Pakistanto the east".)
        let name_first = capitalized && !scorer.usable(a, false);
        let opens_common_pair =
            || is_function_word(b) && b.len() == 2 && scorer.opens_pair(b, around.next, NAME_TAIL_PAIR);
        if name_first && b.len() < 3 && !opens_common_pair() {
            continue;
        }
        if part_ok(a, capitalized) && part_ok(b, false) && plausible_merge(a, b, spelled, scorer, around) {
            let words = vec![a.to_string(), b.to_string()];
            out.push(Candidate { words, cost: channel::MERGE, kind: Kind::Merged, score: 0.0 });
        }
    }
    out
}

/// Whether OCR lost the full stops of a text of `words` words: it has fewer than one in
/// [`WORDS_PER_LOST_STOP`] words, where prose has one in twenty.
pub(crate) fn full_stops_lost(text: &str, words: usize) -> bool {
    let stops = text.matches(['.', '!', '?']).count();
    stops.saturating_mul(WORDS_PER_LOST_STOP) < words
}

/// Whether `word` (lowercase) is one of the [`FUNCTION_WORDS`]. (A set: the word rules ask
/// it of every candidate of every word.)
pub(crate) fn is_function_word(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Function words: a merge with one of them is almost always a lost space.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "at", "from", "it", "be",
    "this", "was", "are", "or", "an", "which", "not", "have", "has", "but", "were", "will", "their", "its", "his",
    "they", "he", "we", "our", "can", "would", "should", "may", "must", "been", "had", "there", "these", "those",
    "into", "upon", "than", "them", "who", "all", "my", "your", "her", "she", "you", "so", "if", "no", "do", "being",
    "about", "after", "before", "again", "also", "only", "when", "what", "where", "how", "more", "most", "such",
    "other", "over", "under", "through", "between", "against", "during", "without", "within", "could", "does", "did",
    "said", "one", "two", "new", "i", "cannot", "ought", "like", "just", "now", "then", "very", "while",
];

/// Two-letter words other than function words that a merge may leave ("upto", "beforeus").
const SHORT_PARTS: &[&str] = &["up", "us", "me", "go"];

/// Closed classes of words that stand in the same places: possessive determiners and
/// subject pronouns.
const INTERCHANGEABLE: &[&[&str]] =
    &[&["my", "your", "our", "his", "her", "its", "their"], &["i", "you", "he", "she", "we", "they"]];

/// Whether `a` and `b` belong to one of the [`INTERCHANGEABLE`] classes.
fn interchangeable(a: &str, b: &str) -> bool {
    INTERCHANGEABLE.iter().any(|class| class.contains(&a) && class.contains(&b))
}

/// First halves that form solid compounds ("nonwilderness", "selfsacrifice", "farreaching").
const COMPOUND_FORMERS: &[&str] = &[
    "non", "pro", "anti", "self", "inter", "multi", "over", "under", "counter", "far", "well", "many", "post", "pre",
    "re", "un", "co", "sub", "super", "semi", "mid", "cross", "long", "short", "high", "low", "half", "world", "ever",
    "never", "any", "every", "some", "fore", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "free", "open", "wide", "full", "meta", "mini", "micro", "macro", "ultra", "extra", "pseudo", "auto",
];

/// Whether "ab" is more likely two words run together than a solid compound. `spelled`: the
/// web spells "ab" as one word.
fn plausible_merge(a: &str, b: &str, spelled: bool, scorer: &Scorer, around: &Around) -> bool {
    if COMPOUND_FORMERS.contains(&a) && !is_function_word(b) {
        return false;
    }
    if is_function_word(a) || is_function_word(b) {
        return true;
    }
    // A participle after a word makes a compound adjective ("peaceloving", "problemsolving",
    // "smokingrelated"): what was lost is a hyphen, not a space. (Not after an adverb in -ly,
    // which takes no hyphen: "greatlystrengthened" lost a space.)
    // (Nor after a plural, which opens no compound adjective: "eventstranspiring".)
    let adverb = a.len() >= 5 && a.ends_with("ly");
    if (b.ends_with("ing") || b.ends_with("ed")) && !adverb && !plural_head(a, scorer) {
        return false;
    }
    scorer.lex.bigram(a, b) >= COMMON_PAIR
        || (!spelled && (unlisted_pair_merged(a, b, scorer, around) || inflected_head_merged(a, b, scorer)))
}

/// Whether `a` and `b`, both everyday words, were two words because `a` is a form no closed
/// compound starts with: an adverb in -ly ("eventuallyrelented"), a past tense
/// ("remainedlargely"), a plural ("thousandswrote"), a superlative or a comparative in -ier
/// ("highestvolcano", "heaviervehicles"), a gerund outside old texts ("pressingproblems"), or
/// a word with one of the [`HEAD_ENDINGS`] ("endemiccorruption", "legislativevictory").
/// English closes up nouns and short words ("timebomb", "lowrent"), and a compound the web
/// uses is spelled (see `spelled`), so these two were run together by a lost space however
/// rarely the bigram table has seen them side by side.
fn inflected_head_merged(a: &str, b: &str, scorer: &Scorer) -> bool {
    let everyday = |w: &str| scorer.everyday(w);
    let stem_listed = |suffix: &str| everyday_stem(a, suffix, scorer);
    // (A gerund too, "pressingproblems", except in old texts, which close up "threshingfloor"
    // and "eveningtide".)
    let gerund = !scorer.archaic_register()
        && (stem_listed("ing") || a.strip_suffix("ing").is_some_and(|s| everyday(&format!("{s}e"))));
    let inflected = stem_listed("ly")
        || stem_listed("ed")
        || stem_listed("d")
        || plural_head(a, scorer)
        || stem_listed("est")
        || stem_listed("st")
        || a.strip_suffix("ier").is_some_and(|s| everyday(&format!("{s}y")))
        || gerund
        || HEAD_ENDINGS.iter().any(|e| a.ends_with(e) && a.len() >= e.len() + INFLECTED_STEM_MIN_LEN);
    // (A plural's "s" may open the second word instead: "starscape" is no "stars cape",
    // "ignorespace" no "ignores pace".)
    let s_opens_tail = |suffix: &str| a.ends_with(suffix) && everyday(&format!("s{b}"));
    inflected
        && !s_opens_tail("s")
        && !COMPOUND_TAILS.contains(&b)
        && b.len() >= INFLECTED_TAIL_MIN_LEN
        && everyday(a)
        && everyday(b)
        && scorer.lex.freq(a).min(scorer.lex.freq(b)) >= INFLECTED_PART_FREQ
}

/// Whether `a` is the plural of an everyday word of four letters or more ("thousands").
fn plural_head(a: &str, scorer: &Scorer) -> bool {
    everyday_stem(a, "s", scorer) || everyday_stem(a, "es", scorer)
}

/// Whether `a` is an everyday word of four letters or more with `suffix` added.
fn everyday_stem(a: &str, suffix: &str, scorer: &Scorer) -> bool {
    a.strip_suffix(suffix).is_some_and(|stem| stem.len() >= INFLECTED_STEM_MIN_LEN && scorer.everyday(stem))
}

/// Words that end compounds as suffixes do ("canonicalness", "decadeslong", "otherwise").
const COMPOUND_TAILS: &[&str] =
    &["ness", "less", "ship", "hood", "like", "wise", "ward", "wards", "long", "wide", "fold", "free"];
/// Endings of adjectives and abstract nouns, which English does not close up with the word
/// after them.
const HEAD_ENDINGS: &[&str] = &[
    "al", "ic", "ive", "ous", "ful", "ary", "ory", "able", "ible", "tion", "sion", "ment", "ity", "ness", "ance",
    "ence",
];
/// The shortest stem an inflected head is read from ("remain" in "remained"; not "be" in "bed").
const INFLECTED_STEM_MIN_LEN: usize = 4;
/// The shortest word after an inflected head (shorter ones are endings: "globalist").
const INFLECTED_TAIL_MIN_LEN: usize = 4;
/// Both parts at least this common (per 10^10).
const INFLECTED_PART_FREQ: u64 = 1_000;

/// Whether `a` and `b`, which make no word even the web spells (solid compounds, "filename"
/// or "codebase", are written there), are two common words run together though the bigram
/// table, which keeps only frequent pairs, lacks them ("mighty river"): each is a known
/// neighbour of the word on its side ("a mightyriver of": "a mighty", "river of"), which the
/// coinages of technical prose ("bitflags", "nullability") seldom are.
fn unlisted_pair_merged(a: &str, b: &str, scorer: &Scorer, around: &Around) -> bool {
    let common = |w: &str| w.len() >= 3 && scorer.lex.freq(w) >= COMMON_PART;
    let fits = |x: Option<&str>, y: Option<&str>| x.zip(y).is_some_and(|(x, y)| scorer.attested(x, y));
    common(a) && common(b) && fits(around.prev, Some(a)) && fits(Some(b), around.next)
}

/// A row of a data table has this many fields at least, ...
const TABLE_MIN_FIELDS: usize = 3;
/// ... none of more words than this (a list in prose, "detraction; vilifed; hopelessly in
/// the wrong", has longer parts).
const TABLE_FIELD_MAX_WORDS: usize = 4;

/// Whether token `t` fills a field of a data table's row by itself: a row split by
/// semicolons, tabs, bars or runs of spaces into [`TABLE_MIN_FIELDS`] short fields or more,
/// as the row above or below it is ("sc ; Brai ; Braille", "13  13  13\t\tgray5"). Such a
/// field is a code or a name, not a word of prose.
fn alone_in_a_table_cell(text: &str, t: &Token) -> bool {
    // (Cheaply first: a field is bounded by breaks or the line's ends on both sides.)
    let bounded = |gap: &str, mark: Option<char>| {
        gap.contains('\t') || gap.len() >= 2 || matches!(mark, None | Some('\n' | ';' | '|'))
    };
    let before = &text[..t.start];
    let gap_before = &before[before.trim_end_matches([' ', '\t']).len()..];
    let after = &text[t.end..];
    let gap_after = &after[..after.len() - after.trim_start_matches([' ', '\t']).len()];
    let mark_before = before[..before.len() - gap_before.len()].chars().next_back();
    let mark_after = after[gap_after.len()..].chars().next();
    if !bounded(gap_before, mark_before) || !bounded(gap_after, mark_after) {
        return false;
    }
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_end = after.find('\n').map_or(text.len(), |i| t.end + i);
    let fields = table_fields(&text[line_start..line_end]);
    let alone = fields.iter().any(|&(at, f)| line_start + at == t.start && f.len() == t.end - t.start);
    // (A row of a table has rows like it: one line of a column of print may split alike.)
    let above = text[..line_start.saturating_sub(1)].rsplit('\n').next();
    let below = text.get(line_end + 1..).and_then(|rest| rest.split('\n').next());
    let like_row = |line: Option<&str>| line.is_some_and(|l| table_fields(l).len() == fields.len());
    fields.len() >= TABLE_MIN_FIELDS && alone && (like_row(above) || like_row(below))
}

/// The fields of `line` as a table's row (offset, text), or none when a field is long.
fn table_fields(line: &str) -> Vec<(usize, &str)> {
    static FIELD_BREAK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*[;|\t]\s*|\s{2,}").expect("a valid pattern"));
    // The fields lie between the breaks: [0, break₁.start), [break₁.end, break₂.start), ...
    let mut edges = vec![0];
    for m in FIELD_BREAK.find_iter(line) {
        edges.extend([m.start(), m.end()]);
    }
    edges.push(line.len());
    let fields: Vec<(usize, &str)> = edges
        .chunks(2)
        .map(|e| (e[0], &line[e[0]..e[1]]))
        .map(|(at, f)| (at + f.len() - f.trim_start().len(), f.trim()))
        .filter(|(_, f)| !f.is_empty())
        .collect();
    let short = |f: &str| f.split_whitespace().count() <= TABLE_FIELD_MAX_WORDS;
    if fields.iter().all(|(_, f)| short(f)) {
        fields
    } else {
        Vec::new()
    }
}

/// What `lower` would be without a plural's regular ending ("bickerings", "boxes").
fn regular_singulars(lower: &str) -> impl Iterator<Item = &str> {
    ["es", "s"].into_iter().filter_map(move |end| lower.strip_suffix(end))
}

/// Prefixes that make new words of any word ("redetail", "nonpayment", "overspend").
const PRODUCTIVE_PREFIXES: &[&str] = &[
    "re", "un", "non", "pre", "anti", "over", "under", "counter", "inter", "multi", "semi", "sub", "super", "mis",
    "out",
];
/// Prefixes of Latin words, where a word broken across lines is broken most often ("dis
/// sent", "pro poses"): with [`PRODUCTIVE_PREFIXES`], the heads of words rather than words.
const LATIN_PREFIXES: &[&str] = &["dis", "pro", "de", "con", "com", "ex", "in", "im", "per", "trans"];

/// Whether `piece` is a prefix, the head of a word rather than a word in its own right.
fn is_prefix(piece: &str) -> bool {
    PRODUCTIVE_PREFIXES.contains(&piece) || LATIN_PREFIXES.contains(&piece)
}
/// The shortest word a plural or a prefix is taken to be built on.
const DERIVED_BASE_MIN_LEN: usize = 4;
/// The shortest word a past or "-ing" form is taken to be built on: a shorter one ("pone",
/// "glen", "brat") is as likely a longer word's broken tail ("post-poned", "cele-brated").
const INFLECTED_BASE_MIN_LEN: usize = 5;

/// A short function word a name ran into opens a pair this common (per 10^10 bigrams) with
/// the next word.
const NAME_TAIL_PAIR: u64 = 100_000;
/// How much better (ln) a sentence's first word that lost its capital fits the next word
/// than the word as written does (see [`Scorer::lost_sentence_capital`]).
const LOST_CAPITAL_FIT: f64 = 3.0;
/// The shortest name whose possessive is read through it (see [`Scorer::glyph_candidates`]).
const POSSESSIVE_STEM_MIN_LEN: usize = 3;
/// A pair this common (per 10^10 bigrams) is a phrase that a lost space plausibly merged.
const COMMON_PAIR: u64 = 2_000;
/// Words this common (per 10^10) run together into no known word were two words.
const COMMON_PART: u64 = 50_000;

/// Writes `candidate` (lowercase) in the case pattern of `original`.
fn apply_case(candidate: &str, original: &str) -> String {
    // A reading that only puts spaces back keeps every letter as written: "theInterior" →
    // "the Interior", "doubtI" → "doubt I".
    if let Some(spaced) = with_spaces_of(candidate, original) {
        return pronoun_capitalised(&spaced);
    }
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    let all_upper = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    if all_upper {
        return candidate.to_uppercase();
    }
    let first_upper =
        original.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() && candidate.starts_with('s'));
    let mut out = String::with_capacity(candidate.len());
    let mut chars = candidate.chars();
    if let Some(first) = chars.next() {
        if first_upper {
            out.extend(first.to_uppercase());
        } else {
            out.push(first);
        }
    }
    out.extend(chars);
    out = pronoun_capitalised(&out);
    if original.contains('’') {
        out = out.replace('\'', "’");
    }
    out
}

/// The pronoun is a capital wherever it stands: "doubtI believe" → "doubt I believe".
fn pronoun_capitalised(words: &str) -> String {
    words.split(' ').map(|w| if w == "i" { "I" } else { w }).collect::<Vec<_>>().join(" ")
}

/// `original` with spaces where `candidate` has them, when the two differ in nothing else
/// (case aside).
fn with_spaces_of(candidate: &str, original: &str) -> Option<String> {
    if !candidate.contains(' ') || candidate.chars().filter(|&c| c != ' ').count() != original.chars().count() {
        return None;
    }
    let mut letters = original.chars();
    let mut out = String::with_capacity(candidate.len());
    for c in candidate.chars() {
        if c == ' ' {
            out.push(' ');
            continue;
        }
        let written = letters.next()?;
        if !written.to_lowercase().eq(c.to_lowercase()) {
            return None;
        }
        out.push(written);
    }
    Some(out)
}

#[cfg(test)]
mod tests;
