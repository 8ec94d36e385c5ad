//! The word-repair engine: finds damaged words and scores repairs with a noisy channel
//! (how likely the damage, from [`channel`]) times a bigram language model (how likely the
//! repaired text, from [`Lexicon`]). Each word rule reports one kind of [`Correction`].

use super::channel;
pub use super::ocr_regime::{is_ocr_text, UnknownShare};
use super::search::{self, Edits, Hit};
use crate::corpus::{CorpusStats, Usage};
use crate::document::Document;
use crate::lexicon::{Lexicon, WordInfo, UNKNOWN_LOGP};
use crate::linter::PartOf;
use crate::rules::RuleData;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

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
/// The weight of the run's usage against the lexicon's in the bigram model.
const RUN_WEIGHT: f64 = 0.3;
/// A join or re-split of two tokens must beat the text as written by this much.
const PAIR_MARGIN: f64 = 2.0;
/// ... and by this much when both tokens are words in their own right ("be cause").
const PAIR_MARGIN_BOTH_WORDS: f64 = 5.0;
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
const CAPITAL_DROP_FREQ: u64 = 200_000;
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
const OCR_MIN_CANDIDATE_FREQ: u64 = crate::lexicon::COMMON_FREQ;

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

    pub(super) fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
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
}

/// Everything the engine reads.
struct Scorer<'a> {
    lex: &'a Lexicon,
    /// The run's own usage: in how many files words and word pairs appear.
    run: &'a CorpusStats,
    /// Word counts of the whole file, when the document is a segment of it.
    whole_file: Option<&'a CorpusStats>,
    /// Lowercase token counts of this document, for corpus-adaptive acceptance.
    doc_counts: HashMap<String, u32>,
    /// How many word tokens the document has.
    doc_words: usize,
    /// Counts of space-separated token pairs: a split that recurs is the author's spelling
    /// ("any thing", "to morrow" in an old Bible).
    pair_counts: FxHashMap<(&'a str, &'a str), u32>,
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
    /// How often the document (or the whole file) writes names unknown even to the web.
    unknown_names: UnknownNames,
}

/// Finds all word repairs in a document.
/// `part`: what the whole file tells, when `doc` is one segment of it.
/// `ocr_output`: whether the text (the whole file) reads as raw OCR output (see [`is_ocr_text`]).
pub fn analyze(doc: &Document, data: &RuleData, part: Option<&PartOf>, ocr_output: bool) -> Vec<Correction> {
    analyze_tokens(doc, data, part, ocr_output, tokenize(doc.text, data, ocr_output))
}

/// Judges whether the text reads as raw OCR output (the whole file's judgement, for a
/// segment) and finds all word repairs: edited text is tokenised once for both.
pub fn judge_and_analyze(doc: &Document, data: &RuleData, part: Option<&PartOf>) -> (bool, Vec<Correction>) {
    let plain = tokenize(doc.text, data, false);
    let ocr_output = part.map_or_else(|| UnknownShare::of_tokens(doc.text, &plain).is_ocr_output(), |p| p.ocr_output);
    let tokens = if ocr_output { tokenize(doc.text, data, true) } else { plain };
    (ocr_output, analyze_tokens(doc, data, part, ocr_output, tokens))
}

fn analyze_tokens(
    doc: &Document,
    data: &RuleData,
    part: Option<&PartOf>,
    ocr_output: bool,
    tokens: Vec<Token>,
) -> Vec<Correction> {
    let whole_file = part.map(|p| p.file_words);
    let text = doc.text;
    let mut doc_counts: HashMap<String, u32> = HashMap::new();
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
    let hard_wrapped = part.map_or_else(|| doc.is_hard_wrapped(), |p| p.hard_wrapped);
    // Raw OCR output repeats its own misreadings from file to file ("tho", "aud"), so there
    // the run's usage cannot vouch for anything.
    let empty = CorpusStats::default();
    let run = if ocr_output { &empty } else { &data.corpus };
    let doc_words = tokens.len();
    let unknown_names = part.map_or_else(|| UnknownNames::of_tokens(&tokens), |p| p.unknown_names);
    let scorer = Scorer {
        lex,
        run,
        whole_file,
        doc_counts,
        doc_words,
        pair_counts,
        max_function_freq,
        hard_wrapped,
        ocr_output,
        archaic: OnceCell::new(),
        stops_lost: OnceCell::new(),
        unknown_names,
    };
    let mut out = Vec::new();
    let mut consumed = vec![false; tokens.len()];
    for i in 0..tokens.len().saturating_sub(1) {
        if consumed[i] || consumed[i + 1] {
            continue;
        }
        if let Some(c) = scorer.pair(text, &tokens, i) {
            consumed[i] = true;
            consumed[i + 1] = true;
            out.push(c);
        }
    }
    let mut singles: Vec<Option<Correction>> =
        (0..tokens.len()).map(|i| if consumed[i] { None } else { scorer.single(text, &tokens, i) }).collect();
    if ocr_output {
        scorer.rejudge_beside_repairs(text, &tokens, &consumed, &mut singles);
    }
    out.extend(singles.into_iter().flatten());
    out.sort_by_key(|c| c.span.start);
    out
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
    let code = fenced_code(text);
    // The line of the last token, and whether it is a headline set in capitals: judged once
    // per line, as tokens come in order.
    let mut line = 0..0;
    let mut headline = false;
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
        let word = &text[start..end];
        let lower = word.to_lowercase().replace('’', "'");
        if ocr_output && !line.contains(&start) {
            line = line_around(text, start);
            headline = is_headline_line(&text[line.clone()]);
        }
        let misread_headline = ocr_output && headline && is_headline_word(word);
        let protected =
            in_blocks(&code, start) || is_protected(text, start, end, word, data, ocr_output, misread_headline);
        let info = if protected { None } else { Lexicon::get().info(&lower) };
        tokens.push(Token { start, end, text: word, lower, protected, info });
    }
    tokens
}

/// Whether `at` lies in one of `blocks` (in order): the one that could hold it is the last
/// starting at or before it.
pub(crate) fn in_blocks(blocks: &[Range<usize>], at: usize) -> bool {
    let after = blocks.partition_point(|r| r.start <= at);
    after > 0 && blocks[after - 1].contains(&at)
}

/// The byte range of the line holding `at`, line break excluded.
fn line_around(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// The byte ranges of fenced code blocks (Markdown's ``` and ~~~ fences), fences included:
/// code is no prose, whatever file it stands in. An unclosed fence runs to the end.
pub(crate) fn fenced_code(text: &str) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches([' ', '\t']);
        let fence = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f));
        match (open, fence) {
            (None, Some(f)) => open = Some((at, f)),
            (Some((start, f)), Some(g)) if f == g => {
                blocks.push(start..at + line.len());
                open = None;
            }
            _ => {}
        }
        at += line.len();
    }
    if let Some((start, _)) = open {
        blocks.push(start..text.len());
    }
    blocks
}

/// Names, acronyms, numbers, URLs, e-mail addresses, code, accepted words and words of other
/// scripts are never touched.
/// `misread_headline`: a word of an OCR headline set in capitals (see [`is_headline_word`]).
fn is_protected(
    text: &str,
    start: usize,
    end: usize,
    word: &str,
    data: &RuleData,
    ocr_output: bool,
    misread_headline: bool,
) -> bool {
    if !word.chars().all(|c| c.is_ascii_alphanumeric() || c == '\'' || c == '’') {
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
    let upper_inner = word.chars().skip(1).filter(|c| c.is_uppercase()).count();
    if misread_headline {
        return data.is_accepted(word); // misread capitals (see `Scorer::headline_word`)
    }
    if upper_inner > 0 && word.starts_with(char::is_uppercase) {
        return true; // "McIntyre", "IntoIterator": names and code, not a capital I for l
    }
    let inner_i = word.chars().skip(1).filter(|&c| c == 'I').count();
    // In OCR output a lowercase word with a capital inside is misread ("thinU", "boJy").
    let misread_capital = ocr_output && word.starts_with(|c: char| c.is_ascii_lowercase());
    if upper_inner > 0 && upper_inner != inner_i && !misread_capital {
        return true; // acronyms, camelCase, McNames
    }
    if upper_inner > 0 && word.chars().skip(1).all(|c| c == 'I' || !c.is_alphabetic()) {
        return true; // "II", "XVII"
    }
    let chunk = chunk_around(text, start, end);
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
    data.is_accepted(word)
}

/// A word of three letters or more set in capitals (on a headline line: a headline word, not
/// an acronym in running text).
fn is_headline_word(word: &str) -> bool {
    word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase())
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

/// The whitespace-delimited run of text around a token.
fn chunk_around(text: &str, start: usize, end: usize) -> &str {
    let from = text[..start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(char::is_whitespace).map_or(text.len(), |i| end + i);
    &text[from..to]
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
        }
    }

    /// The lowercase word before token `i`, when it is a known word joined by spaces.
    fn prev_word<'t>(&self, text: &str, tokens: &'t [Token], i: usize) -> Option<&'t str> {
        let p = tokens.get(i.checked_sub(1)?)?;
        self.joins(&text[p.end..tokens[i].start]).then_some(p.lower.as_str())
    }

    fn next_word<'t>(&self, text: &str, tokens: &'t [Token], i: usize) -> Option<&'t str> {
        let n = tokens.get(i + 1)?;
        self.joins(&text[tokens[i].end..n.start]).then_some(n.lower.as_str())
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
        let whole = |w: &&str| w.len() >= 3 || FUNCTION_WORDS.contains(w);
        if !words.iter().all(whole) || words.windows(2).any(|w| self.lex.shuns(w[0], w[1])) {
            return Usage::default();
        }
        match words {
            [a, b] => self.run.pair_usage(a, b),
            [a, b, c] => self.run.triple_usage(a, b, c),
            _ => Usage::default(),
        }
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

    /// Whether OCR lost the full stops of the document: it has fewer than one in
    /// [`WORDS_PER_LOST_STOP`] words, where prose has one in twenty.
    fn full_stops_lost(&self, text: &str) -> bool {
        *self.stops_lost.get_or_init(|| {
            let stops = text.matches(['.', '!', '?']).count();
            stops.saturating_mul(WORDS_PER_LOST_STOP) < self.doc_words
        })
    }

    /// Whether the document speaks the old second person ("thou hast", "thee", "doth"),
    /// where "-est" and "-eth" make verb forms no word list holds. (Not OCR output.)
    fn archaic_register(&self) -> bool {
        *self.archaic.get_or_init(|| {
            !self.ocr_output && ARCHAIC_MARKERS.iter().map(|w| self.uses(w)).sum::<u32>() >= ARCHAIC_MIN_USES
        })
    }

    /// An old verb form of a listed word: "-est" and "-eth" ("wanderest", "repliest" for
    /// "reply"), "-st" and "-th" after an e ("dissolvest", "divineth"), "-edst" ("humbledst").
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
                stem.len() >= 3 && after_e && self.lex.info(&stem).is_some_and(|w| w.listed)
            })
        })
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
        let everyday = |w: &str| {
            w.len() >= DERIVED_BASE_MIN_LEN && self.lex.info(w).is_some_and(|i| i.listed && !i.obscure && !i.proper)
        };
        let plural = regular_singulars(lower).any(everyday);
        let prefixed = PRODUCTIVE_PREFIXES.iter().filter_map(|p| lower.strip_prefix(p)).any(everyday);
        // (Not a common word that lost a letter, "reacing" for "reaching", nor one a cheap
        // glyph confusion away, "hornes" for "homes".)
        let lost_letter = || one_letter_longer(lower).any(|w| self.common_lowercase_word(&w));
        (plural || prefixed) && !lost_letter() && !super::ocr_regime::is_misread(lower)
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

    /// Whether a neighbour other than a function word forms a known pair with `w` in its place.
    fn content_neighbour_pairs_with(&self, around: &Around, w: &str) -> bool {
        let content = |n: &&str| !FUNCTION_WORDS.contains(n);
        around.prev.filter(content).is_some_and(|p| self.attested(p, w))
            || around.next.filter(content).is_some_and(|n| self.attested(w, n))
    }

    /// ln P of `words` between the words around them.
    fn context_logp(&self, around: &Around, words: &[&str]) -> f64 {
        let (prev, next) = (around.prev, around.next);
        let mut total = 0.0;
        let mut before = prev;
        for w in words {
            total += if self.lex.info(w).is_some() { self.logp_after(before, w) } else { UNKNOWN_LOGP };
            before = Some(w);
        }
        if let (Some(last), Some(next)) = (words.last(), next) {
            if self.lex.info(next).is_some() {
                total += self.logp_after(Some(last), next);
            }
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

    /// A repair of tokens `i` and `i + 1` together: a split word, a letter replaced by a
    /// space, or a word broken at a line end.
    fn pair(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let (a, b) = (&tokens[i], &tokens[i + 1]);
        if a.protected
            || b.protected
            || b.capitalized()
            || a.text == "I"
            || self.in_code(text, a)
            || self.in_code(text, b)
        {
            return None;
        }
        let sep = &text[a.end..b.start];
        let hyphen_break = matches!(sep, "-\n" | "-\r\n");
        // What follows a line end is a word's tail when it is no common word, or one rarer
        // than the word it ends ("ment" is listed, and common on the web, which breaks words
        // too, but "department" is far more common).
        let tail = || match b.info {
            Some(w) if w.listed && w.freq >= COMMON_PART => self.lex.freq(&format!("{}{}", a.lower, b.lower)) > w.freq,
            _ => true,
        };
        // In hard-wrapped text a word may be broken at a line end whose hyphen was lost, or
        // in OCR output read as a mark of like size ("Depart.⏎ment", "commence'⏎ment").
        let misread_hyphen = self.ocr_output
            && matches!(sep.trim_end_matches(['\n', '\r']), "." | "," | "'")
            && sep.ends_with('\n')
            && tail();
        let lost_hyphen = self.hard_wrapped && (matches!(sep, "\n" | "\r\n") || misread_hyphen);
        if sep != " " && !hyphen_break && !lost_hyphen {
            return None;
        }
        if lost_hyphen && a.info.is_some() && b.info.is_some() && !self.ocr_output {
            return None; // two words at the edges of two lines, as wrapping leaves them
        }
        let pair_uses = self.pair_counts.get(&(a.lower.as_str(), b.lower.as_str())).copied().unwrap_or(0);
        let file_uses = self.whole_file.map_or(0, |f| f.pair_usage(&a.lower, &b.lower).times);
        if !hyphen_break && pair_uses.max(file_uses) >= 2 {
            return None;
        }
        // Common web spellings ("de") count as words here.
        let (a_known, b_known) = (a.info.is_some(), b.info.is_some());
        let listed = a.info.is_some_and(|w| w.listed) && b.info.is_some_and(|w| w.listed);
        let joined = format!("{}{}", a.lower, b.lower);
        let joined_usable = self.usable(&joined, a.capitalized());
        let short = a.lower.len() <= 2 || b.lower.len() <= 2;
        // Rare listed words ("amental", "ult", "ers") are as often the pieces of a word that
        // lost a letter to a space ("fun amental", "ult mate", "barr ers").
        let current = |t: &Token| t.info.is_some_and(|w| w.listed && w.freq >= PAIR_WORD_FREQ);
        let both_current = current(a) && current(b);
        if !joined_usable && both_current && !short {
            return None; // the common case, decided with one lookup
        }
        // Two listed words of four letters or more are the author's ("shop keepers", "rail
        // ways" in an old text): a stray space leaves a fragment on one side ("gov ernment").
        // (Unless the word they make is more common than either: "prog rams", "develop ment".)
        let long_words = a.lower.len() >= 4 && b.lower.len() >= 4;
        let joined_dominates = || self.lex.freq(&joined) > self.lex.freq(&a.lower).max(self.lex.freq(&b.lower));
        if listed && long_words && !hyphen_break && !self.ocr_output && !joined_dominates() {
            return None;
        }
        // A capitalised word after another is part of a name ("Kim Jong Un vowed").
        let in_name = i > 0 && tokens[i - 1].capitalized() && links(&text[tokens[i - 1].end..a.start]);
        // (A name broken at a line end by its hyphen is rejoined, "Philipp-⏎ines", and so is a
        // common word split after a capitalised one: "The Constitu tion".)
        let common_word = || self.lex.info(&joined).is_some_and(|i| !i.proper && i.freq >= COMMON_PART);
        // In OCR output a name's tail alone on the next line is no word ("Wash⏎ington").
        // (A head that is no listed word, "Wednes⏎day", is a broken word's whatever follows.)
        let head_listed = a.info.is_some_and(|w| w.listed);
        let name_broken = self.ocr_output && lost_hyphen && (tail() || !head_listed);
        // (So is a word far more common than names are that a space took a letter of: "the
        // United Sta es", "Amer ca".)
        let respelled_common_word = || {
            letter_in_gap(&a.lower, &b.lower).any(|w| self.usable(&w, true) && self.lex.freq(&w) >= CAPITAL_DROP_FREQ)
        };
        let name_rejoined = || {
            (joined_usable && (hyphen_break || name_broken || common_word()))
                || (!hyphen_break && respelled_common_word())
        };
        // (A tail that is no listed word is no part of a name either: "Atmospheric Admi
        // istration", "National G vernment".)
        let tail_listed = b.info.is_some_and(|w| w.listed);
        if a.capitalized()
            && a_known
            && tail_listed
            && (in_name || a.info.is_some_and(|w| w.proper))
            && !name_rejoined()
        {
            return None;
        }
        // Two words that often stand together ("de facto", "in to", "some day") stay apart;
        // a pair seen only as a rare slip ("be cause") does not count.
        let pair = self.lex.bigram(&a.lower, &b.lower);
        let joins_freely = pair.saturating_mul(PAIR_TO_WORD) < self.lex.freq(&joined);
        // A lowercase letter other than "a" standing alone, the only one in its document ("the
        // r chosen", "t is momentum"), is a word's piece; a document that writes letters as
        // symbols writes several ("so d was dropped before c"). The table's pairs with such a
        // letter come from broken words on the web, and vouch for nothing.
        let lone_letter = |t: &Token| {
            t.text.len() == 1
                && !matches!(t.text, "a" | "i")
                && !t.capitalized()
                && !text[t.end..].starts_with(['.', ')'])
                && self.letters_standing_alone() <= 1
        };
        let piece_alone = lone_letter(a) || lone_letter(b);
        if a_known && b_known && pair > 0 && !joins_freely && !piece_alone {
            return None;
        }
        let around = self.around(text, tokens, i, i + 1);
        // In OCR output the table's count of a pair that is a rare slip of the joined word
        // ("mak ing", "re port": web text broken the same way) vouches for nothing.
        let keep = if self.ocr_output && pair > 0 && joins_freely && joined_usable {
            self.context_logp_apart(&around, &a.lower, &b.lower)
        } else {
            self.context_logp(&around, &[&a.lower, &b.lower])
        };
        let mut options: Vec<(String, f64, Kind)> = Vec::new();
        let broken_word_search = self.ocr_output && (hyphen_break || lost_hyphen) && !listed && !joined_usable;
        if joined_usable {
            let (cost, kind) = if hyphen_break {
                (channel::HYPHEN_BREAK, Kind::HyphenBreak)
            } else if lost_hyphen {
                (channel::LOST_HYPHEN, Kind::HyphenBreak)
            } else {
                (channel::SPLIT, Kind::Split)
            };
            options.push((joined, cost, kind));
        } else if broken_word_search {
            // In OCR output the pieces of a word broken at a line end are misread too
            // ("reoom⏎maendation"): together they are searched like any damaged word.
            let hits = self.search(&joined, &joined, OCR_BROKEN_WORD_BUDGET, Edits::OcrAny, a.capitalized());
            for hit in hits.into_iter().filter(|h| h.word.len() >= OCR_BROKEN_WORD_MIN_LEN) {
                options.push((hit.word, hit.cost + channel::LOST_HYPHEN, Kind::HyphenBreak));
            }
        }
        if !hyphen_break && !lost_hyphen && (!both_current || (short && pair == 0) || piece_alone) {
            for candidate in letter_in_gap(&a.lower, &b.lower) {
                if self.usable(&candidate, a.capitalized()) {
                    options.push((candidate, channel::SPACE_FOR_LETTER, Kind::SpaceForLetter));
                }
            }
        }
        let mut scored: Vec<Candidate> = options
            .into_iter()
            .map(|(w, cost, kind)| {
                let score = self.context_logp(&around, &[&w]) - cost * self.channel_weight();
                Candidate { words: vec![w], cost, kind, score }
            })
            .collect();
        scored.sort_by(|x, y| y.score.total_cmp(&x.score));
        let best = scored.first()?;
        // A misread word broken at a line end must also beat its pieces read as two words.
        let keep = if broken_word_search { keep.max(self.best_as_two_words(a, b, &around)) } else { keep };
        let margin_over_text = best.score - keep;
        // A line-end hyphen between two words that make a word is a break, not a compound,
        // unless the pair fits clearly better ("dis-⏎charge", "judges-⏎hips").
        let needed =
            if a_known && b_known && !hyphen_break && !piece_alone { PAIR_MARGIN_BOTH_WORDS } else { PAIR_MARGIN };
        if margin_over_text < needed {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let clear = best.score - runner_up >= FIX_MARGIN;
        let safe = hyphen_break && !b_known && clear;
        let mut replacement = apply_case(&best.words[0], &text[a.start..b.end]);
        let mut end = b.end;
        if self.hard_wrapped && (hyphen_break || lost_hyphen) {
            // The separator's line break, without the hyphen or the mark read for one.
            let line_break = &sep[sep.find(['\r', '\n']).unwrap_or(sep.len())..];
            (end, replacement) = keep_line_break(text, b.end, replacement, line_break);
        }
        Some(Correction {
            kind: best.kind,
            span: a.start..end,
            original: text[a.start..end].to_string(),
            replacement,
            fix: clear.then_some(if safe { Safety::Safe } else { Safety::Unsafe }),
            alternatives: scored.iter().skip(1).take(3).map(Candidate::text).collect(),
        })
    }

    /// Judges again, in OCR output, the words beside repaired words with the repairs in place
    /// of what the page shows: a word between garbled neighbours is first judged on its
    /// frequency alone ("thoy livo neiir tho": "hour"), then by its repaired neighbours ("they
    /// live near the").
    fn rejudge_beside_repairs(
        &self,
        text: &str,
        tokens: &[Token],
        consumed: &[bool],
        singles: &mut [Option<Correction>],
    ) {
        let reading = |c: &Option<Correction>| {
            c.as_ref()
                .filter(|c| c.fix.is_some() && !c.replacement.contains(char::is_whitespace))
                .map(|c| c.replacement.to_lowercase())
        };
        let readings: Vec<Option<String>> = singles.iter().map(reading).collect();
        if readings.iter().all(Option::is_none) {
            return;
        }
        let mut repaired: Vec<Token> = tokens
            .iter()
            .zip(&readings)
            .map(|(t, r)| match r {
                Some(lower) => Token { lower: lower.clone(), info: self.lex.info(lower), ..t.clone() },
                None => t.clone(),
            })
            .collect();
        let beside_repair =
            |i: usize| (i > 0 && readings[i - 1].is_some()) || readings.get(i + 1).is_some_and(Option::is_some);
        for i in (0..tokens.len()).filter(|&i| !consumed[i] && beside_repair(i)) {
            // The word judged is the one on the page; only its neighbours are read repaired.
            let reading_here = std::mem::replace(&mut repaired[i], tokens[i].clone());
            singles[i] = self.single(text, &repaired, i);
            repaired[i] = reading_here;
        }
    }

    /// The best score of tokens `a` and `b` read as two words, each as written or repaired by
    /// glyph confusions.
    fn best_as_two_words(&self, a: &Token, b: &Token, around: &Around) -> f64 {
        let readings = |t: &Token| {
            let mut out = vec![(t.lower.clone(), 0.0)];
            let repairs = self.glyph_candidates(t, OCR_GLYPH_BUDGET);
            out.extend(repairs.into_iter().take(TWO_WORD_READINGS).map(|c| (c.words[0].clone(), c.cost)));
            out
        };
        let (firsts, seconds) = (readings(a), readings(b));
        let mut best = f64::NEG_INFINITY;
        for (wa, ca) in &firsts {
            for (wb, cb) in &seconds {
                best = best.max(self.context_logp(around, &[wa, wb]) - (ca + cb) * self.channel_weight());
            }
        }
        best
    }

    /// A listed word, no name, at least as common as [`COMMON_PART`]: a whole word that a lost
    /// space may have run into another.
    fn common_lowercase_word(&self, lower: &str) -> bool {
        self.lex.info(lower).is_some_and(|w| w.listed && !w.proper && w.freq >= COMMON_PART)
    }

    /// A word the lexicon lists, common enough to offer, and not a name unless capitalised.
    fn usable(&self, lower: &str, capitalized: bool) -> bool {
        self.lex.info(lower).is_some_and(|i| i.listed && i.freq >= MIN_CANDIDATE_FREQ && (!i.proper || capitalized))
    }

    /// A repair of token `i` alone.
    /// Code in prose, a member or a call ("z.imag", "h(elp)"), is no word to repair. (Such a
    /// token still counts when judging whether a text is OCR output, where a lost space after
    /// a full stop is damage of its own.)
    fn in_code(&self, text: &str, t: &Token) -> bool {
        !self.ocr_output && code_like(chunk_around(text, t.start, t.end))
    }

    fn single(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
        if t.protected || letters == 0 || (letters == 1 && !self.stray_letter(t)) || self.in_code(text, t) {
            return None;
        }
        if let Some(c) = self.capital_i_mid_sentence(text, tokens, i) {
            return Some(c);
        }
        if let Some(c) = self.month_before_day(text, tokens, i) {
            return Some(c);
        }
        if self.ocr_output && is_headline_word(t.text) {
            return self.headline_word(text, tokens, i);
        }
        if self.ordinal_suffix_alone(text, tokens, i) {
            return self.ordinal_suffix_remains(text, tokens, i);
        }
        match t.info {
            // A name written in lowercase ("ina") is no word form: judge it like a web spelling;
            // a short one ("th", "ct") like a real word, as the remains of a common word.
            Some(info) if info.listed && info.proper && !t.capitalized() && t.lower.len() <= 3 => {
                self.real_word(text, tokens, i, WordInfo { proper: false, ..info })
            }
            Some(info) if info.listed && info.proper && !t.capitalized() && !t.has_inner_capital_i() => {
                self.non_word(text, tokens, i, Some(info.freq))
            }
            Some(info) if info.listed && !t.has_inner_capital_i() => self.real_word(text, tokens, i, info),
            Some(seen) if !t.has_inner_capital_i() => self.non_word(text, tokens, i, Some(seen.freq)),
            _ => self.non_word(text, tokens, i, None),
        }
    }

    /// An ordinal's ending ("th", "nd") standing alone as a word after no number: the lists
    /// hold these endings as words, and the web's pairs know them from "110 th Congress", so
    /// judged as words they would pass. (Not a bracketed alteration, "th[e]", nor an
    /// abbreviation, "Main st.")
    fn ordinal_suffix_alone(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let t = &tokens[i];
        let after_number = i.checked_sub(1).is_some_and(|j| tokens[j].text.ends_with(|c: char| c.is_ascii_digit()));
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        ORDINAL_SUFFIXES.contains(&t.text)
            && !after_number
            && before.is_none_or(char::is_whitespace)
            && after.is_some_and(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
    }

    /// The word an ordinal's ending standing alone lost a letter of ("before th Congress" →
    /// "the", "Samoa nd Tonga" → "and"): a common word one letter longer, the likeliest in
    /// its place, that a neighbour pairs with unless it is a function word (names seldom
    /// have their pairs on record).
    fn ordinal_suffix_remains(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let around = self.around(text, tokens, i, i);
        let pairs = |w: &str| {
            around.prev.is_some_and(|p| self.lex.bigram(p, w) > 0)
                || around.next.is_some_and(|n| self.lex.bigram(w, n) > 0)
        };
        let candidates: Vec<Candidate> = insertions(&t.lower, self, false)
            .into_iter()
            .filter(|c| {
                let w = c.words[0].as_str();
                self.lex.freq(w) >= COMMON_PART && (FUNCTION_WORDS.contains(&w) || pairs(w))
            })
            .collect();
        let scored = self.rank(candidates, &around);
        (!scored.is_empty()).then(|| best_reading(t, &scored))
    }

    /// In OCR output, a capitalised word before a day of the month that glyph confusions make
    /// a month's name ("Juno 18" for "June 18", "Jnly 4"): dates are everywhere in newspapers,
    /// and a name or word before a day's number is far rarer than a month.
    fn month_before_day(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let day = tokens.get(i + 1).filter(|n| links(&text[t.end..n.start]))?;
        let is_day = day.text.len() <= 2 && day.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
        if !self.ocr_output || !t.capitalized() || !is_day || MONTHS.contains(&t.lower.as_str()) {
            return None;
        }
        let month = self
            .glyph_candidates(t, MONTH_GLYPH_BUDGET)
            .into_iter()
            .filter(|c| MONTHS.contains(&c.words[0].as_str()))
            .min_by(|a, b| a.cost.total_cmp(&b.cost))?;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&month.words[0], t.text),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// In OCR output, a word inside a sentence whose first letter was read as a capital I:
    /// "the law, In which" ("in"), "passed the Iaw" ("law"). Only between lowercase words on
    /// the same line of text, where a capital marks no sentence start, name or title (at a
    /// line's start OCR has often lost the full stop before it).
    fn capital_i_mid_sentence(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let rest = t.text.strip_prefix('I')?;
        if !self.ocr_output || rest.is_empty() || !rest.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let lowercase_word = |j: usize| tokens[j].text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        // Any word before it on its line will do ("It Is to be"): a title would capitalise
        // the word after it too, and a line's first word may start a sentence whose full stop
        // OCR lost. (The word after it may be on the next line of hard-wrapped text.)
        let prev_ok = i > 0 && links(&text[tokens[i - 1].end..t.start]);
        let next_ok = tokens.get(i + 1).is_some_and(|n| self.joins(&text[t.end..n.start]) && lowercase_word(i + 1));
        if !prev_ok || !next_ok {
            return None;
        }
        let around = self.around(text, tokens, i, i);
        // Where OCR lost the full stops, a capital after a word may open a sentence ("of
        // pine It is estimated"): only a word the one before calls for is read lowercase.
        let called_for = |w: &str| self.lex.logp_after(around.prev, w) >= self.lex.logp(w);
        let mut candidates: Vec<(String, f64)> = ["i", "l"]
            .iter()
            .map(|first| format!("{first}{rest}"))
            .filter(|w| self.usable(w, false) && (!self.full_stops_lost(text) || called_for(w)))
            .map(|w| {
                let score = self.context_logp(&around, &[&w]);
                (w, score)
            })
            .collect();
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (best, _) = candidates.first()?;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: best.clone(),
            fix: Some(Safety::Unsafe),
            alternatives: candidates.iter().skip(1).map(|(w, _)| w.clone()).collect(),
        })
    }

    /// In OCR output, a word of a headline set in capitals that is no word: capitals lose the
    /// strokes that tell E from K and H from II ("TIIK" for "THE", "XOTKS" for "NOTES").
    /// Only into common words, as names in headlines are many.
    fn headline_word(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        if t.info.is_some_and(|i| i.listed) {
            return None;
        }
        let candidates: Vec<Candidate> = self
            .search(&t.lower, &t.lower, OCR_HEADLINE_BUDGET, Edits::Headline, false)
            .into_iter()
            .filter(|hit| WordInfo::from_value(hit.value).freq >= OCR_HEADLINE_FREQ)
            .map(|hit| Candidate { words: vec![hit.word], cost: hit.cost, kind: Kind::Glyph, score: 0.0 })
            .collect();
        let around = self.around(text, tokens, i, i);
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        if best.score - self.context_logp(&around, &[&t.lower]) < OCR_HEADLINE_MARGIN {
            return None;
        }
        let clear = best.score - runner_up >= FIX_MARGIN;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: best.text().to_uppercase(),
            fix: clear.then_some(Safety::Unsafe),
            alternatives: scored.iter().skip(1).take(3).map(|c| c.text().to_uppercase()).collect(),
        })
    }

    /// A word the document writes once, a lost letter away from a word it writes again and
    /// again ("Zimbabe" beside "Zimbabwe"): the document's own usage vouches for the repair,
    /// even of a name. (Not a lost plural ending, "Serb" beside "Serbs", which is a form of
    /// its own; not the remains of a word broken at a line end.)
    fn lost_letter_of_own_word(&self, text: &str, t: &Token) -> Option<Correction> {
        let edge = text[..t.start].ends_with(['\n', '-']) || text[t.end..].starts_with(['\n', '\r', '-']);
        let digits = t.lower.chars().any(|c| c.is_ascii_digit());
        if t.lower.len() < OWN_WORD_MIN_LEN || !t.lower.is_ascii() || digits || edge || self.uses(&t.lower) > 1 {
            return None;
        }
        let mut found = one_letter_longer(&t.lower);
        let plural = format!("{}s", t.lower);
        // (Spelled on the web or listed, alike: "Mahal" and "Danielle".)
        let written = self.lex.any_freq(&t.lower);
        // Often enough that chance is no explanation: a long document holds many a pair of
        // names a letter apart ("Salu" and "Sallu" in the Bible), and more often than the web
        // writes it ("trigger" in a manual is no word of its own).
        let own = |w: &String| {
            let uses = self.doc_uses(w);
            let share = f64::from(uses) / self.doc_words.max(1) as f64;
            uses >= OWN_WORD_MIN_USES
                && uses as usize * OWN_WORD_SPAN >= self.doc_words
                && share >= OWN_WORD_BURST * self.lex.logp(w).exp()
                && self.lex.any_freq(w) >= OWN_WORD_MIN_FREQ.max(written.saturating_mul(OWN_WORD_RATIO))
                && *w != plural
        };
        let first = found.find(own)?;
        if found.any(|w| own(&w) && w != first) {
            return None; // two words of the document's fit: which one was meant is a guess
        }
        Some(Correction {
            kind: Kind::DroppedLetter,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&first, t.text),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// A lone lowercase letter other than the article "a", in OCR output: a word's remains
    /// ("n" for "a", "i" for "is"; print capitalises the pronoun I and the interjection O).
    fn stray_letter(&self, t: &Token) -> bool {
        self.ocr_output && t.text.len() == 1 && t.text != "a" && !t.capitalized()
    }

    fn non_word(&self, text: &str, tokens: &[Token], i: usize, seen_freq: Option<u64>) -> Option<Correction> {
        let t = &tokens[i];
        if let Some(c) = self.possessive_run_into_word(t) {
            return Some(c);
        }
        if let Some(c) = self.lost_letter_of_own_word(text, t) {
            return Some(c);
        }
        if seen_freq.is_none()
            && !self.ocr_output
            && !t.capitalized()
            && !t.has_inner_capital_i()
            && self.regularly_derived(&t.lower)
        {
            return None;
        }
        let around = self.around(text, tokens, i, i);
        let has_digit = t.lower.chars().any(|c| c.is_ascii_digit());
        let glyph_evidence = has_digit || t.has_inner_capital_i();
        // A piece of a word broken across lines ("nois" after "Illi-" was lost) is no word
        // but no misspelling either: at a line's edge only glyph repairs are trusted. (Not in
        // OCR output, where a word at a line's edge is as damaged as any other, and the pieces
        // of a broken word that rejoin have been joined already.)
        let at_line_edge = self.hard_wrapped
            && !self.ocr_output
            && (text[..t.start].ends_with('\n') || text[t.end..].starts_with(['\n', '\r']));
        let repeated = self.uses(&t.lower) >= 2 || (!self.ocr_output && self.inflected_elsewhere(&t.lower));
        // Whether `w` is `ratio` times as common as the word as written, a web spelling.
        let rarer = |w: &str, ratio: u64| self.lex.freq(w) >= seen_freq.unwrap_or(0).saturating_mul(ratio);
        // A web spelling capitalised only because it opens a sentence ("Therfore they turned")
        // is judged as it would be in lowercase: the web's slips of common words are no names.
        let sentence_case = seen_freq.is_some()
            && t.capitalized()
            && !self.ocr_output
            && !repeated
            && t.text.chars().skip(1).all(|c| !c.is_uppercase())
            && !text[t.end..].starts_with('-')
            && starts_sentence(text, t.start);
        // Names: capitalised words are only touched with glyph evidence and when not repeated.
        let name_like = t.capitalized() && !t.has_inner_capital_i() && !sentence_case;
        if !t.capitalized() && self.archaic_register() && self.archaic_verb_form(&t.lower) {
            return None;
        }
        // A capitalised word that lost a letter ("Japn", "Stte") becomes a common word, which
        // names seldom do.
        // (A web spelling too, when the word is far more common: "Congres", "Repubic".)
        // (Not before a hyphen: "Mone-" is a word's head.)
        let capital_drop = name_like
            && !repeated
            && !has_digit
            && t.lower.len() >= 4
            && !at_line_edge
            && !text[t.end..].starts_with('-');
        // In OCR output a web spelling ("thn", "fron") is as likely a misreading as any other.
        // (OCR misreads a word the same way each time it prints it: "thn" twice is no author's
        // spelling there.)
        let repeated_own = repeated && !self.ocr_output;
        let only_glyphs = name_like || (seen_freq.is_some() && !self.ocr_output) || repeated_own || at_line_edge;
        if name_like && (t.lower.len() < 4 || repeated) && !has_digit && !self.ocr_output {
            return None;
        }
        // A capitalised word run into the next ("Theycannot", "Cubabeing") is split when a
        // function word starts it, or ends it after a first part too long to be a name's
        // syllable ("Dadis" stays a name).
        let mut candidates = Vec::new();
        if name_like && !repeated && !has_digit && !at_line_edge {
            // (Only into common words: a name splits into rare ones all too easily, "Hesed" into
            // "He sed".)
            candidates.extend(splits(&t.lower, self, true, &around).into_iter().filter(|c| {
                let (a, b) = (c.words[0].as_str(), c.words[1].as_str());
                let common = self.lex.freq(b) >= COMMON_PART;
                common
                    && ((FUNCTION_WORDS.contains(&a) && a.len() >= 2) || (FUNCTION_WORDS.contains(&b) && a.len() >= 4))
            }));
            if seen_freq.is_none() {
                candidates.extend(self.name_run_into_word(&t.lower, &around));
            }
        }
        // (In OCR output a capitalised pair of letters that is no word, "Iu" or "Tu", is as
        // likely a misread "In" or "To".)
        if t.lower.len() <= 2 && !glyph_evidence && !self.ocr_output {
            return self.short_word_lost_letter(text, t, &around);
        }
        // A word cut at a line end may have lost its last letters: only the cheap confusions.
        let budget = if self.ocr_output && !at_line_edge { OCR_GLYPH_BUDGET } else { GLYPH_BUDGET };
        candidates.extend(self.glyph_candidates(t, budget));
        if self.ocr_output && name_like {
            candidates.extend(self.capital_candidates(t, budget));
        }
        if !only_glyphs && !has_digit {
            candidates.extend(edit_candidates(&t.lower, self, &around));
        } else if seen_freq.is_some() && !name_like && !repeated && !has_digit && !at_line_edge {
            // A web spelling such as "hich" or "ast": lost letters and spaces are the usual
            // damage; the context decides below.
            candidates.extend(insertions(&t.lower, self, false));
            candidates.extend(splits(&t.lower, self, false, &around));
        } else if !name_like && !has_digit && !at_line_edge {
            candidates.extend(splits(&t.lower, self, false, &around));
        }
        if self.ocr_output && !has_digit {
            let contractions = lost_apostrophes(&t.lower, self);
            // Print has no web spellings of contractions: in OCR output "dont" and "oclock"
            // lost their apostrophe, however often the web writes them so.
            if let [only] = contractions.as_slice() {
                if seen_freq.is_some() {
                    return Some(Correction {
                        kind: Kind::DroppedLetter,
                        span: t.start..t.end,
                        original: t.text.to_string(),
                        replacement: apply_case(&only.text(), t.text),
                        fix: Some(Safety::Unsafe),
                        alternatives: Vec::new(),
                    });
                }
            }
            candidates.extend(contractions);
        }
        if capital_drop {
            // Only into common words: a rarer name one letter longer ("Maon" and "Mason", "Zair"
            // and "Zaire") is as likely another name. (Rarer ones too where the word is a
            // stray among names the web knows: "both Hitlr and God".)
            candidates.extend(
                insertions(&t.lower, self, true)
                    .into_iter()
                    .filter(|c| {
                        let w = &c.words[0];
                        let long_fit = t.lower.len() >= LONG_NAME_LEN && self.content_neighbour_pairs_with(&around, w);
                        let floor = if long_fit || (seen_freq.is_none() && self.stray_unknown_name(text, t)) {
                            LONG_CAPITAL_DROP_FREQ
                        } else {
                            CAPITAL_DROP_FREQ
                        };
                        self.lex.freq(w) >= floor && rarer(w, LOST_LETTER_SLIP_RATIO)
                    })
                    .map(|mut c| {
                        c.cost += 1.0;
                        c
                    }),
            );
        }
        if name_like && !glyph_evidence {
            // In OCR output a capitalised word is as often damaged as a name: cheap confusions
            // into common words are let through.
            let (max_cost, min_freq) =
                if self.ocr_output { (ocr_name_cost(&t.lower), OCR_NAME_FREQ) } else { (NAME_COST, NAME_FREQ) };
            candidates.retain(|c| {
                let cheap = c.cost <= max_cost || matches!(c.kind, Kind::DroppedLetter | Kind::Merged);
                cheap && self.lex.freq(&c.words[0]) >= min_freq
            });
        }
        // OCR misreads a word the same way each time it prints it ("Sonator" twice), so in OCR
        // output a recurring capitalised word is held to the name filter above instead.
        if repeated && !glyph_evidence && !self.ocr_output {
            // A word the document uses again and again is its own, unless it is a well-known
            // OCR form of a function word ("tbe", "tlie").
            candidates.retain(|c| c.kind == Kind::Glyph && FUNCTION_WORDS.contains(&c.text().as_str()));
        }
        if !self.ocr_output {
            // A letter typed before a word is seldom a slip: "previsory" is no "revisory".
            candidates.retain(|c| !(c.kind == Kind::Misspelling && t.lower.get(1..) == Some(c.text().as_str())));
        }
        if sentence_case {
            // (Only a lost letter or space: a name that opens a sentence is a glyph or two from many
            // words, "Huon" from "Noon".)
            candidates.retain(|c| matches!(c.kind, Kind::DroppedLetter | Kind::Merged));
        }
        let (prev, next) = (around.prev, around.next);
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        // A web spelling a thousand times rarer than a word it lost a letter of is the web's own
        // slip of it ("migh", "lik"): its frequency is the typing error's, no evidence of a word.
        // (A lost letter only: "niver" and "rie" are old spellings a glyph away from "never"
        // and "no"; and not where an apostrophe marks the letter's loss: "usin'".)
        let slip = |w: &str| rarer(w, SLIP_RATIO);
        let elided = text[t.end..].starts_with(['\'', '’']);
        let lost_letter = best.kind == Kind::DroppedLetter && !elided;
        // (A capitalised one may be a name a letter from a word, even after a full stop, which
        // may end an initial: "W. Mathes". It must be far rarer still.)
        let slip_ratio = if t.capitalized() { LOST_LETTER_SLIP_RATIO } else { LOWERCASE_LOST_LETTER_SLIP_RATIO };
        let lost_letter_slip = lost_letter && rarer(&best.words[0], slip_ratio);
        let seen_margin = if lost_letter_slip { 0.0 } else { SEEN_MARGIN };
        if seen_freq.is_some() && best.score - self.context_logp(&around, &[&t.lower]) < seen_margin {
            return None; // the web spelling fits its context about as well
        }
        // A web spelling ("und" in a German sentence) is only repaired when a neighbour
        // vouches for the repair: a more common word alone is no evidence.
        let vouched = |w: &str| {
            prev.is_some_and(|p| self.lex.bigram(p, w) > 0) || next.is_some_and(|n| self.lex.bigram(w, n) > 0)
        };
        // ... unless the web spelling is a rare slip of a function word ("wih", "hich"), which
        // a foreign word ("und" is 700 times rarer than "and") never is.
        let repair_ok = best
            .words
            .first()
            .is_some_and(|w| vouched(w) || lost_letter_slip || (slip(w) && FUNCTION_WORDS.contains(&w.as_str())));
        if seen_freq.is_some() && !self.ocr_output && !repair_ok {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let margin = best.score - runner_up;
        let clear = margin >= FIX_MARGIN;
        let safe =
            best.kind == Kind::Glyph && (t.has_inner_capital_i() || (best.cost <= SAFE_COST && margin >= SAFE_MARGIN));
        // Old type's long s (ſ) is read as a capital F or B: inside a sentence, "a Ftate of"
        // and "Bince" are a lowercase "state" and "since".
        let long_s = self.ocr_output
            && name_like
            && t.lower.starts_with(['f', 'b'])
            && best.text().starts_with('s')
            && i > 0
            && tokens[i - 1].text.starts_with(|c: char| c.is_ascii_lowercase())
            && links(&text[tokens[i - 1].end..t.start]);
        let case_model = if long_s { "s" } else { t.text };
        Some(Correction {
            kind: best.kind,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&best.text(), case_model),
            fix: clear.then_some(if safe { Safety::Safe } else { Safety::Unsafe }),
            alternatives: scored.iter().skip(1).take(3).map(|c| apply_case(&c.text(), t.text)).collect(),
        })
    }

    /// A capitalised word run into a long common word after it ("Moroccomaintains a large
    /// presence", "Governmentespecially to go"), where the whole is no word even the
    /// web spells: each part is a listed word, and a neighbour has been seen beside its part.
    /// (A name made of a word and a shorter one, "Greenwood", is listed or spelled on the web.)
    fn name_run_into_word(&self, lower: &str, around: &Around) -> Vec<Candidate> {
        let listed = |w: &str| self.lex.info(w).is_some_and(|i| i.listed);
        let fits = |x: Option<&str>, y: Option<&str>| x.zip(y).is_some_and(|(x, y)| self.attested(x, y));
        (NAME_HEAD_MIN_LEN..lower.len().saturating_sub(NAME_TAIL_MIN_LEN - 1))
            .filter(|&i| lower.is_char_boundary(i))
            .map(|i| (&lower[..i], &lower[i..]))
            .filter(|&(a, b)| {
                let tail_common = self.common_lowercase_word(b);
                // (Not a compound that lost its hyphen: "Enron-related", "Anti-commons".)
                let compound = b.ends_with("ed") || b.ends_with("ing") || COMPOUND_FORMERS.contains(&a);
                listed(a) && tail_common && !compound && (fits(around.prev, Some(a)) || fits(Some(b), around.next))
            })
            .map(|(a, b)| Candidate {
                words: vec![a.to_string(), b.to_string()],
                cost: channel::MERGE,
                kind: Kind::Merged,
                score: 0.0,
            })
            .collect()
    }

    /// A possessive run into the word after it ("Somalia’sclose trading", "a top
    /// judge'sarrest"): no word goes on after an apostrophe and an s but a name's ("O'Sullivan",
    /// capitalised), so a common word there lost the space before it.
    fn possessive_run_into_word(&self, t: &Token) -> Option<Correction> {
        let (at, mark) = t.text.char_indices().find(|&(_, c)| c == '\'' || c == '’')?;
        let head = &t.text[..at];
        let tail = t.text[at + mark.len_utf8()..].strip_prefix('s')?;
        let word = |w: &str| w.chars().all(char::is_alphabetic) && !w.is_empty();
        let tail_common = tail.len() >= 3 && tail.chars().all(|c| c.is_lowercase()) && self.common_lowercase_word(tail);
        if !word(head) || !tail_common {
            return None;
        }
        let split = at + mark.len_utf8() + 1;
        Some(Correction {
            kind: Kind::Merged,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: format!("{} {tail}", &t.text[..split]),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// In edited text, two lowercase letters that make no word ("who cn tell", "Hanani, oe of
    /// my brothers") are abbreviations, units, initials or foreign particles ("de la"), unless
    /// they are a common word that lost a letter and both neighbours have been seen beside
    /// that word: then the slip is read, as any web spelling is, when it fits clearly better.
    fn short_word_lost_letter(&self, text: &str, t: &Token, around: &Around) -> Option<Correction> {
        let (Some(prev), Some(next)) = (around.prev, around.next) else { return None };
        if t.capitalized() || text[t.end..].starts_with('.') {
            return None; // a name's initials, an abbreviation
        }
        let fits =
            |w: &str| self.lex.freq(w) >= COMMON_PART && self.lex.bigram(prev, w) > 0 && self.lex.bigram(w, next) > 0;
        let candidates: Vec<Candidate> =
            insertions(&t.lower, self, false).into_iter().filter(|c| fits(&c.words[0])).collect();
        let scored = self.rank(candidates, around);
        let best = scored.first()?;
        if best.score - self.context_logp(around, &[&t.lower]) < SEEN_MARGIN {
            return None;
        }
        Some(best_reading(t, &scored))
    }

    /// A listed word that context shows is a different word damaged: "tho railroad",
    /// "county arc opposed".
    fn real_word(&self, text: &str, tokens: &[Token], i: usize, info: WordInfo) -> Option<Correction> {
        let t = &tokens[i];
        // A short word that starts a sentence is capitalised for that alone: "Te only force",
        // "Fr the last years" may have lost a letter of a function word.
        // (Not a word the document uses again: "Thy" in an old Bible is its own.)
        let once = self.uses(&t.lower) <= 1;
        // A content word the document uses again and again is meant each time ("a kid of the
        // goats" in an old Bible): nobody slips the same way thrice. (Not function words,
        // which every text repeats, nor in OCR output, which repeats its misreadings.)
        let repeated = self.doc_uses(&t.lower) >= REPEATED_CONTENT_WORD_USES;
        if !self.ocr_output && repeated && !FUNCTION_WORDS.contains(&t.lower.as_str()) {
            return None;
        }
        // (A two-letter name is most often a chemical symbol, "Th" or "Sn", which opens no
        // sentence of prose; not an abbreviation before its full stop.)
        let symbol = info.proper && t.lower.len() == 2 && !text[t.end..].starts_with('.');
        let sentence_start = t.lower.len() <= 3 && (!info.proper || symbol) && once && starts_sentence(text, t.start);
        // In OCR output a capitalised common word ("Tho", "Aud") is as suspect as any other.
        let cased_ok = !t.capitalized() || (self.ocr_output && !info.proper) || sentence_start;
        if !cased_ok || (t.lower.len() > 6 && !self.ocr_output) || self.own_vocabulary(&t.lower) {
            return None;
        }
        let around = self.around(text, tokens, i, i);
        let (prev, next) = (around.prev, around.next);
        let attested = |a: Option<&str>, b: Option<&str>| match (a, b) {
            (Some(a), Some(b)) => self.attested(a, b),
            _ => false,
        };
        // Judged by both neighbours only: one side alone is too weak a witness, except in
        // OCR output, where damage is common enough that one side may decide.
        let witnesses = usize::from(prev.is_some() || sentence_start) + usize::from(next.is_some());
        // A short word far rarer than any function word ("oe", "yu", "te") beside a comma or
        // a full stop ("Hanani, oe of my brothers") is judged by its one neighbour: it is
        // seldom meant, and a lost letter of a common word that neighbour knows is likelier.
        // (Not a piece of a compound: "fleur-de-lis".)
        let in_compound = t.hyphenated(text);
        let rare_short = t.lower.len() <= 3 && info.freq <= RARE_SHORT_WORD_FREQ && !sentence_start && !in_compound;
        // So is a short word its one neighbour shuns ("high, an they kept"): a common word
        // whose pair with the neighbour is far rarer than chance.
        // (Only a neighbour in lowercase and whole: "an ITS hacker", "no in-depth study" are
        // an acronym and a compound's head, and "an a ms deal" a word's piece. Not in old
        // English either: "an he goat".)
        let shunned = |a: Option<&str>, b: Option<&str>| a.zip(b).is_some_and(|(a, b)| self.lex.shuns(a, b));
        let plain = |j: usize| {
            let n = &tokens[j];
            n.text.len() >= 2 && n.text.chars().all(|c| !c.is_uppercase()) && !n.hyphenated(text)
        };
        let shunned_here = t.lower.len() <= 3
            && !sentence_start
            && !in_compound
            && !self.archaic_register()
            && ((shunned(prev, Some(&t.lower)) && plain(i - 1)) || (shunned(Some(&t.lower), next) && plain(i + 1)));
        let rare_short = rare_short || shunned_here;
        if witnesses < if self.ocr_output || rare_short { 1 } else { 2 } {
            return None;
        }
        // Only a word that fits its neighbours badly is suspect (this also keeps the check cheap).
        let keep = self.context_logp(&around, &[&t.lower]);
        let (suspect, margin) = if self.ocr_output {
            (OCR_REAL_WORD_SUSPECT, OCR_REAL_WORD_MARGIN)
        } else {
            (REAL_WORD_SUSPECT, REAL_WORD_MARGIN)
        };
        // At a sentence start the keep score holds no bigram before the word, so it is not
        // comparable with the threshold; the strict candidate filter below stands in for it.
        // (Nor where the word's one neighbour shuns it: that pair alone is the suspicion.)
        // A short word is common enough that its pairs with most neighbours are on record, so
        // it seldom fits badly even where it is wrong ("it ill be"): in edited text it
        // stays suspect while it fits only passably, and then needs a wider margin. (Not
        // beside a compound: in "no in-depth study" the pair "no in" witnesses nothing.)
        let beside_compound = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .any(|j| tokens.get(j).is_some_and(|n| n.hyphenated(text)));
        let passable = keep > suspect && !sentence_start && !shunned_here;
        let short_suspect =
            t.lower.len() <= 3 && !self.ocr_output && !beside_compound && keep <= suspect + SHORT_SUSPECT_EASING;
        if passable && !short_suspect {
            return None;
        }
        // In OCR output, a neighbour that is no word ("tho vnluo of") witnesses nothing either
        // way: with one such, the function word's far greater frequency decides.
        let listed = |w: Option<&str>| w.is_some_and(|w| self.lex.contains(w));
        let garbled_around = self.ocr_output && (!listed(prev) || !listed(next));
        // Glyph confusions: only a rare word standing for a far more common function word.
        // A lone letter in OCR output is a word's remains however common it is as a symbol.
        let stray_letter = self.stray_letter(t);
        let ratio = if stray_letter { 1 } else { REAL_WORD_RATIO };
        let rare_enough = info.freq.saturating_mul(REAL_WORD_RATIO) <= self.max_function_freq || stray_letter;
        // (At a sentence start only lost letters: "Lo" is no glyph-damaged "To".)
        // In edited text only the cheapest confusions stand for a real word: a letter of like
        // shape ("hut" for "but") is the mark of a scan, not of typing or a font.
        let budget = if self.ocr_output { GLYPH_BUDGET } else { EDITED_REAL_GLYPH_BUDGET };
        // (A lone neighbour vouches only for a lost letter: "(tho it is" is an old spelling.)
        let lone_witness = witnesses < 2 && !self.ocr_output;
        // (A short word that fits passably is judged only as a function word's remains: a
        // common word's every lost letter would cost the check dear, to little purpose.)
        let mut candidates: Vec<Candidate> = if rare_enough && !sentence_start && !lone_witness && !passable {
            self.glyph_candidates(t, budget)
                .into_iter()
                .filter(|c| {
                    let w = &c.words[0];
                    self.lex.freq(w) >= info.freq.saturating_mul(ratio)
                        && FUNCTION_WORDS.contains(&w.as_str())
                        && (attested(prev, Some(w)) || attested(Some(w), next) || garbled_around)
                })
                .collect()
        } else {
            Vec::new()
        };
        // In OCR output any word may be a misreading of a more common one ("hero" for "here",
        // "largo" for "large"): cheap confusions into a far more common word a neighbour knows.
        if self.ocr_output && !sentence_start {
            // Neither neighbour has been seen beside the word as written ("decorations wore
            // emblematic"): a far more common reading needs no neighbour's word for it either.
            let unwitnessed =
                listed(prev) && listed(next) && !attested(prev, Some(&t.lower)) && !attested(Some(&t.lower), next);
            candidates.extend(self.glyph_candidates(t, OCR_REAL_GLYPH_BUDGET).into_iter().filter(|c| {
                let w = &c.words[0];
                let (before, after) = (attested(prev, Some(w)), attested(Some(w), next));
                // A word no more common than the one written needs both neighbours' word
                // for it ("the Now York").
                let far_more_common = self.lex.freq(w) >= info.freq.saturating_mul(OCR_REAL_RATIO);
                (far_more_common && (before || after || unwitnessed))
                    || (self.lex.freq(w) >= info.freq && before && after)
            }));
        }
        // A lost letter ("he" for "the", "or" for "our", "tose" for "those"): a more common
        // word that both neighbours know. Longer words qualify only when rare, and only for a
        // far more common word.
        // (Or, for a word rarer than one in a million, a thousand times more common: the lists
        // hold the web's slips of common words, "wich", "abut", "roup". An obscure word,
        // however common on the web, is judged so too.)
        let rare = info.freq <= RARE_WORD_FREQ;
        let uncommon = info.freq <= CURRENT_WORD_FREQ || info.obscure;
        let modest = !uncommon && t.lower.len() > 3 && info.freq <= MODEST_WORD_FREQ && !self.ocr_output;
        if t.lower.len() <= 3 || uncommon || modest {
            let lost_letter =
                if passable { function_words_one_letter_longer(&t.lower) } else { insertions(&t.lower, self, false) };
            candidates.extend(lost_letter.into_iter().filter(|c| {
                let w = &c.words[0];
                let ratio = if rare || modest {
                    REAL_WORD_RATIO
                } else if info.obscure {
                    OBSCURE_SLIP_RATIO
                } else {
                    LISTED_SLIP_RATIO
                };
                if t.lower.len() > 3
                    && (self.lex.freq(w) < info.freq.saturating_mul(ratio)
                        || self.context_logp(&around, &[w]) <= suspect)
                {
                    return false; // not far more common, or fits no better than the word did
                }
                let (before, after) = (attested(prev, Some(w)), attested(Some(w), next));
                let function_word = FUNCTION_WORDS.contains(&w.as_str());
                // Both neighbours know the reading, and it fits them far better.
                let fits_far_better =
                    before && after && self.context_logp(&around, &[w]) - keep >= RARER_WORD_FIT * margin;
                if modest {
                    return fits_far_better && !self.archaic_register();
                }
                // One neighbour is witness enough for a function word, or for a pair the
                // run's other files use ("war in" for "ar in").
                let run_pair = |a: Option<&str>, b: Option<&str>| {
                    a.zip(b).is_some_and(|(a, b)| self.run_usage(&[a, b]).files >= RUN_MIN_FILES)
                };
                let run_usage = run_pair(prev, Some(w)) || run_pair(Some(w), next);
                if sentence_start {
                    // Only the start of the sentence and the next word witness: only a far
                    // more common function word the next word knows will do.
                    let far_more_common = self.lex.freq(w) >= info.freq.saturating_mul(REAL_WORD_RATIO);
                    return function_word && far_more_common && after;
                }
                // (In edited text a listed word of some currency, "roe" or "hin", is the
                // author's unless it lost a letter of a function word, or of a far more
                // common word that both neighbours know and that fits far better: the
                // bigram table is too thin to show how the rarer nouns fit.)
                let current = !uncommon && !self.ocr_output;
                let far_more_common_fits = fits_far_better
                    && self.lex.freq(w) >= info.freq.saturating_mul(SHORT_FAR_BETTER_RATIO)
                    && !self.archaic_register();
                if current && !function_word && !run_usage && !far_more_common_fits {
                    return false;
                }
                // (A rare short word's one neighbour must not know the word as written.)
                let unknown_after = |p: Option<&str>| !attested(p, Some(&t.lower)) || shunned(p, Some(&t.lower));
                let unknown_before = |n: Option<&str>| !attested(Some(&t.lower), n) || shunned(Some(&t.lower), n);
                let lone_witness =
                    lone_witness && function_word && (before && unknown_after(prev) || after && unknown_before(next));
                // (A rarer function word only where it fits far better: "he as also" → "was".)
                // (A word the lists hold but nobody writes, "dded", may be judged by one
                // neighbour, like a web spelling, when a word a thousand times more common
                // fits there.)
                let unwritten = rare && self.lex.freq(w) >= info.freq.saturating_mul(LISTED_SLIP_RATIO);
                (self.lex.freq(w) >= info.freq || (function_word && fits_far_better))
                    && ((before && after)
                        || lone_witness
                        || ((function_word || run_usage || unwritten) && (before || after)))
            }));
        }
        // The lists hold rare run-together forms ("tobe", "touse"): a function word run into
        // another word, as a pair a thousand times more common than the form ("to be"; not
        // "be held" for "beheld"), lost the space between them.
        if info.freq <= CURRENT_WORD_FREQ && !sentence_start && !passable {
            candidates.extend(splits(&t.lower, self, false, &around).into_iter().filter(|c| {
                let (a, b) = (c.words[0].as_str(), c.words[1].as_str());
                let pair_far_more_common = self.lex.bigram(a, b) >= info.freq.saturating_mul(LISTED_SLIP_RATIO);
                FUNCTION_WORDS.contains(&a) && a.len() >= 2 && b.len() >= 2 && pair_far_more_common
            }));
        }
        // Words of one closed class stand in the same places ("upgrade our schools", "upgrade
        // your browser"): which one a text uses is its voice, which the model's bigrams only
        // guess at from the web's, not a sign of damage.
        candidates.retain(|c| !interchangeable(&t.lower, &c.words[0]));
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        // A lone letter other than "a" is hardly ever right as printed: half the margin.
        let margin = if stray_letter { margin / 2.0 } else { margin };
        let margin = if passable { margin + PASSABLE_SHORT_WORD_MARGIN } else { margin };
        if best.score - keep < margin {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let clear = best.score - runner_up >= FIX_MARGIN;
        Some(Correction {
            kind: Kind::RealWord,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&best.text(), t.text),
            fix: clear.then_some(Safety::Unsafe),
            alternatives: scored.iter().skip(1).take(3).map(Candidate::text).collect(),
        })
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
        let mut best: HashMap<String, Candidate> = HashMap::new();
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
        self.search(&page, &t.lower, budget, edits, t.capitalized())
            .into_iter()
            .map(|hit| Candidate { words: vec![hit.word], cost: hit.cost + extra, kind: Kind::Glyph, score: 0.0 })
            .collect()
    }

    /// Words whose capital OCR misread as another of a like shape ("Hut" for "But", "Kvery"
    /// for "Every"), with glyph confusions in the rest of the word.
    fn capital_candidates(&self, t: &Token, budget: f64) -> Vec<Candidate> {
        let mut out = Vec::new();
        let first = t.lower.as_bytes()[0];
        for &(_, meant, cost) in channel::CAPITALS.iter().filter(|c| c.0 == first) {
            let read = format!("{}{}", meant as char, &t.lower[1..]);
            let hits = self.search(&read, &t.lower, budget - cost, Edits::GlyphsOnly, true);
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
        let mut offered: Vec<(f64, &Hit)> = hits
            .iter()
            .chain(dear.iter().flat_map(|d| d.iter()))
            .filter_map(|hit| {
                let info = WordInfo::from_value(hit.value);
                // Rare words are unlikely readings of garbled OCR: dear repairs must be common.
                let min_freq =
                    if self.ocr_output && hit.cost > OCR_CHEAP { OCR_MIN_CANDIDATE_FREQ } else { MIN_CANDIDATE_FREQ };
                let usable = info.listed && info.freq >= min_freq && (!info.proper || capitalized);
                (usable && hit.word != own).then(|| ((info.freq as f64).ln() - hit.cost, hit))
            })
            .collect();
        offered.sort_by(|a, b| b.0.total_cmp(&a.0));
        // A cheap repair of a common word is found by both searches: its cheaper path stands.
        let mut seen = HashSet::new();
        offered.retain(|(_, hit)| seen.insert(hit.word.as_str()));
        offered.into_iter().take(SHORTLIST).map(|(_, hit)| hit.clone()).collect()
    }
}

/// Letters lost: every word one inserted letter away.
fn insertions(w: &str, scorer: &Scorer, capitalized: bool) -> Vec<Candidate> {
    one_letter_longer(w)
        .filter(|s| scorer.usable(s, capitalized))
        .map(|s| Candidate { words: vec![s], cost: channel::INSERT, kind: Kind::DroppedLetter, score: 0.0 })
        .collect()
}

/// The function words that lost a letter would leave `w` ("ill" for "will").
fn function_words_one_letter_longer(w: &str) -> Vec<Candidate> {
    // (Function words are ASCII; `w` need not be.)
    let leaves =
        |f: &str| (0..f.len()).any(|pos| w.is_char_boundary(pos) && f[..pos] == w[..pos] && f[pos + 1..] == w[pos..]);
    FUNCTION_WORDS
        .iter()
        .filter(|f| f.len() == w.len() + 1 && leaves(f))
        .map(|f| Candidate { words: vec![f.to_string()], cost: channel::INSERT, kind: Kind::DroppedLetter, score: 0.0 })
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
            (p.len() >= 3 || FUNCTION_WORDS.contains(&p) || SHORT_PARTS.contains(&p)) && scorer.usable(p, name)
        };
        // A name runs into a whole word ("Cubabeing"), not into the endings names have
        // ("Marianan", "Japanis").
        let name_first = capitalized && !scorer.usable(a, false);
        if name_first && b.len() < 3 {
            continue;
        }
        if part_ok(a, capitalized) && part_ok(b, false) && plausible_merge(a, b, spelled, scorer, around) {
            let words = vec![a.to_string(), b.to_string()];
            out.push(Candidate { words, cost: channel::MERGE, kind: Kind::Merged, score: 0.0 });
        }
    }
    out
}

/// Function words: a merge with one of them is almost always a lost space.
const FUNCTION_WORDS: &[&str] = &[
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
    if COMPOUND_FORMERS.contains(&a) && !FUNCTION_WORDS.contains(&b) {
        return false;
    }
    if FUNCTION_WORDS.contains(&a) || FUNCTION_WORDS.contains(&b) {
        return true;
    }
    // A participle after a word makes a compound adjective ("peaceloving", "problemsolving",
    // "smokingrelated"): what was lost is a hyphen, not a space. (Not after an adverb in -ly,
    // which takes no hyphen: "greatlystrengthened" lost a space.)
    let adverb = a.len() >= 5 && a.ends_with("ly");
    if (b.ends_with("ing") || b.ends_with("ed")) && !adverb {
        return false;
    }
    scorer.lex.bigram(a, b) >= COMMON_PAIR || (!spelled && unlisted_pair_merged(a, b, scorer, around))
}

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

/// What `lower` would be without a plural's regular ending ("bickerings", "boxes").
fn regular_singulars(lower: &str) -> impl Iterator<Item = &str> {
    ["es", "s"].into_iter().filter_map(move |end| lower.strip_suffix(end))
}

/// Prefixes that make new words of any word ("redetail", "nonpayment", "overspend").
const PRODUCTIVE_PREFIXES: &[&str] = &[
    "re", "un", "non", "pre", "anti", "over", "under", "counter", "inter", "multi", "semi", "sub", "super", "mis",
    "out",
];
/// The shortest word a plural or a prefix is taken to be built on.
const DERIVED_BASE_MIN_LEN: usize = 4;

/// A pair this common (per 10^10 bigrams) is a phrase that a lost space plausibly merged.
const COMMON_PAIR: u64 = 2_000;
/// Words this common (per 10^10) run together into no known word were two words.
const COMMON_PART: u64 = 50_000;

/// Writes `candidate` (lowercase) in the case pattern of `original`.
fn apply_case(candidate: &str, original: &str) -> String {
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
    // The pronoun is a capital wherever it stands: "doubtI believe" → "doubt I believe".
    if out.split(' ').any(|w| w == "i") {
        out = out.split(' ').map(|w| if w == "i" { "I" } else { w }).collect::<Vec<_>>().join(" ");
    }
    if original.contains('’') {
        out = out.replace('\'', "’");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repairs(text: &str) -> Vec<(Kind, String, String)> {
        let data = RuleData::default();
        let doc = Document::new("t", text);
        judge_and_analyze(&doc, &data, None).1.into_iter().map(|c| (c.kind, c.original, c.replacement)).collect()
    }

    #[test]
    fn capital_i_for_l() {
        assert_eq!(
            repairs("a fight against imperiaIism in a summit"),
            [(Kind::Glyph, "imperiaIism".into(), "imperialism".into())]
        );
        assert_eq!(repairs("possibilities for miIitary cooperation")[0].2, "military");
        let data = RuleData::default();
        let doc = Document::new("t", "a fight against imperiaIism in a summit");
        let fix = judge_and_analyze(&doc, &data, None).1.remove(0);
        assert_eq!(fix.fix, Some(Safety::Safe), "the capital I for l is the cheapest, safe repair");
    }

    /// Repairs with the given texts as the other files of the run.
    fn repairs_in_run(text: &str, others: &[&str]) -> Vec<(Kind, String, String)> {
        let mut data = RuleData::default();
        let stats = others.iter().chain([&text]).map(|t| CorpusStats::from_lines(t));
        data.corpus = stats.reduce(CorpusStats::merge).unwrap();
        let doc = Document::new("t", text);
        judge_and_analyze(&doc, &data, None).1.into_iter().map(|c| (c.kind, c.original, c.replacement)).collect()
    }

    #[test]
    fn the_runs_own_usage_vouches_for_a_repair() {
        // Alone, "ar" after a possessive could be "war", "far", "or" or "are": too close.
        let text = "It provides munitions for Russia’s ar in Ukraine.";
        let alone = repairs(text);
        assert!(alone.iter().all(|r| r.2 != "war"), "no evidence for war alone: {alone:?}");
        let others = [
            "The war in Ukraine has cost many lives.",
            "Since the war in Ukraine began, prices rose.",
            // A name is no usage of its lowercase words: "Russia's Far" does not vouch for "far".
            "Russia's Far East borders China. Russia's Far East is cold.",
            "Europe debated the war in Ukraine again; Russia's Far East did not.",
        ];
        assert_eq!(repairs_in_run(text, &others), [(Kind::RealWord, "ar".into(), "war".into())]);
    }

    #[test]
    fn a_short_word_its_one_neighbour_shuns_is_judged_by_that_neighbour() {
        let found = repairs("They built the walls high, an they kept the gates shut all winter.");
        assert_eq!(found, [(Kind::RealWord, "an".into(), "and".into())]);
        // Not beside an acronym or a compound's head.
        assert!(repairs("To have been an ITS hacker was a mark of honour then.").is_empty());
        assert!(repairs("The agency did no in-depth study of the costs that year.").is_empty());
    }

    #[test]
    fn the_same_slip_in_other_files_of_a_run_is_no_usage() {
        let text = "Wages rose in every part of he nation, and the report said so.";
        let others = [
            "The rest of he state voted early that year.",
            "Most of he money went to the schools of the town.",
            "The farmers brought their grain to the market.",
            "The river rose in the spring and fell in the autumn.",
        ];
        assert_eq!(repairs_in_run(text, &others), [(Kind::RealWord, "he".into(), "the".into())]);
    }

    /// Newspaper OCR: enough misread words ("tho", "aro", "iu") that the text reads as OCR output.
    const OCR_TEXT: &str = "Tho committee aro iu favor of tbe bill, wero thoy said; and tho house \
        passed In tho session n bill to pay tho members.";

    #[test]
    fn ocr_output_has_its_own_damage() {
        let found = repairs(OCR_TEXT);
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("In", "in"), "a capital I inside a sentence: {found:?}");
        assert!(has("n", "a"), "a lone letter is a word's remains: {found:?}");
        assert!(has("tho", "the") && has("aro", "are"), "{found:?}");
        // Capitals of like shape, and the long s read as a capital inside a sentence.
        let capitals = repairs(&format!("{OCR_TEXT} Hut the Sonator said tho Sonator had a Ftate of mind."));
        let has = |from: &str, to: &str| capitals.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("Sonator", "Senator") && has("Ftate", "state"), "{capitals:?}");
        // The same capital and letter in edited prose are left alone.
        let edited = repairs("The house passed In Memoriam, and part n of the plan.");
        assert!(edited.is_empty(), "{edited:?}");
    }

    #[test]
    fn in_ocr_output_web_spellings_real_words_and_capitals_are_misreadings_too() {
        let found = repairs(&format!(
            "{OCR_TEXT} They came fron the city and tho Emporor sat in the largo hall of tho palace."
        ));
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        // "fron" is a web spelling, but no glyph confusion: in OCR output any edit may explain it.
        assert!(has("fron", "from"), "{found:?}");
        // A real word that is a cheap confusion of a far more common word its neighbours know.
        assert!(has("largo", "large"), "{found:?}");
        // A capitalised word two confusions from a listed word.
        assert!(has("Emporor", "Emperor"), "{found:?}");
        // "Is" after a capitalised word, "Iu" for "In", and a real word both neighbours reject.
        let more = repairs(&format!(
            "{OCR_TEXT} It Is to be sold. Iu the New York papers, the Now York men mid women said so."
        ));
        let has = |from: &str, to: &str| more.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("Is", "is") && has("Iu", "In") && has("Now", "New") && has("mid", "and"), "{more:?}");
        // A headline set in capitals loses the strokes that tell E from K and H from II; an
        // acronym in running text stays.
        let headline = repairs(&format!("TIIK XOTKS OF THE WEEK\n{OCR_TEXT} The NATO men met."));
        let has = |from: &str, to: &str| headline.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("TIIK", "THE") && has("XOTKS", "NOTES"), "{headline:?}");
        assert!(headline.iter().all(|r| r.1 != "NATO"), "{headline:?}");
        // A capital inside a lowercase word is a misreading there, not camelCase.
        let caps = repairs(&format!("{OCR_TEXT} I thinU the man has a boJy of iron."));
        assert!(caps.iter().any(|r| r.1 == "thinU" && r.2 == "think"), "{caps:?}");
        assert!(repairs("Call thinU and boJy from the API.").is_empty());
        // In edited prose all three stand.
        let edited = repairs("They came fron the city and the Emporor sat in the largo hall.");
        assert!(edited.iter().all(|r| r.1 != "largo" && r.1 != "Emporor"), "{edited:?}");
    }

    #[test]
    fn ocr_digits_inside_words_and_lost_apostrophes_are_misreadings() {
        let found = repairs(&format!(
            "{OCR_TEXT} We dont think they will nev4r come back before 8 oclock, and the Cubas \
            cigars were sold."
        ));
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        // A digit inside a word stands for a letter whatever its shape.
        assert!(has("nev4r", "never"), "{found:?}");
        // Contractions whose apostrophe OCR did not see, though the web writes them so.
        assert!(has("dont", "don't") && has("oclock", "o'clock"), "{found:?}");
        // A possessive may as well be a plural: no apostrophe is put in.
        assert!(found.iter().all(|r| r.2 != "Cuba's"), "{found:?}");
        // Edited text keeps a web spelling and a word with a digit (a product name).
        let edited = repairs("We dont think the nev4r release will ship before the next one does.");
        assert!(edited.iter().all(|r| r.1 != "dont" && r.1 != "nev4r"), "{edited:?}");
    }

    #[test]
    fn ocr_a_real_word_neither_neighbour_has_seen_it_beside_is_read_as_a_far_more_common_one() {
        let found = repairs(&format!("{OCR_TEXT} Many of the decorations wore emblematic of the order."));
        assert!(found.iter().any(|r| r.1 == "wore" && r.2 == "were"), "{found:?}");
    }

    #[test]
    fn ocr_a_capital_that_may_open_a_sentence_is_kept_where_the_full_stops_were_lost() {
        // No full stop anywhere: OCR lost them, and "It" after "pine" opens a sentence.
        let text = "tho greater part of tbe wheel wero of oak and tbe other part of pine It is \
            estimated that tho wheels aro at least fifteen hundred years old and that \
            thoy were made by tho Romans who worked tho mines iu that country for many \
            years and it was said that It was tho largest wheel in tho world at that time \
            and tho men who found it said that it was tho best piece of work thoy had \
            seen in all their lives and that no man of our day could make one like it \
            for tho wood was hard and tho work was fine and tho iron was good";
        let found = repairs(text);
        let lowered: Vec<&str> = found.iter().filter(|r| r.1 == "It").map(|r| r.2.as_str()).collect();
        // "said that It was": "that" calls for "it"; "pine It" is a sentence's start.
        assert_eq!(lowered, ["it"], "{found:?}");
        assert!(found.iter().any(|r| r.1 == "tho"), "the text reads as OCR output: {found:?}");
    }

    #[test]
    fn ocr_pieces_of_a_broken_misread_word_are_repaired_together() {
        // Hard-wrapped OCR: "recom-⏎mendation" lost its hyphen and two letters were misread.
        let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
            In tho session n bill to pay tho\nmembers. The board met on Monday and\n\
            heard the reoom\nmaendation of the committee on the\nroads and the bridges of the \
            county,\nwhich was read and laid over for a\nweek. The clerk then read the \
            minutes\nof the last meeting, which were then\napproved as read, and the board \
            went\non to the next business before it.\n";
        let found = repairs(text);
        assert!(found.iter().any(|r| r.1 == "reoom\nmaendation" && r.2 == "recommendation\n"), "{found:?}");
        // Two words at the edges of two lines stay two words when they read better so.
        assert!(found.iter().all(|r| !r.1.starts_with("and\n")), "{found:?}");
    }

    #[test]
    fn ocr_a_repair_the_document_spells_elsewhere_is_the_likelier_one() {
        let sentence = "The appointment of this commiUco is strictly parliamentary.";
        let read = |text: &str| repairs(text).into_iter().find(|r| r.1 == "commiUco").map(|r| r.2);
        // The text speaks of a committee ("Tho committee aro iu favor"): that is the reading.
        assert_eq!(read(&format!("{OCR_TEXT} {sentence}")).as_deref(), Some("committee"));
        // Without it, the lexicon alone prefers a more common word.
        let other = "Tho house aro iu favor of tbe bill, wero thoy said; and tho house passed In \
            tho session n bill to pay tho members.";
        assert_ne!(read(&format!("{other} {sentence}")).as_deref(), Some("committee"));
    }

    #[test]
    fn ocr_a_name_before_a_day_of_the_month_that_glyphs_make_a_month_is_the_month() {
        let found = repairs(&format!(
            "{OCR_TEXT} The ship sailed on Juno 18 with the mails, and Juno was \
            the name of the goddess, and Juno 45 is no day."
        ));
        let months: Vec<_> = found.iter().filter(|r| r.1 == "Juno").map(|r| r.2.as_str()).collect();
        assert_eq!(months, ["June"], "{found:?}");
        // Edited text keeps the name.
        assert!(repairs("The ship sailed on Juno 18 with the mails.").is_empty());
    }

    #[test]
    fn a_repair_found_by_both_searches_is_offered_once() {
        // "absolutely" is a cheap repair and a common word: the cheap search and the search
        // of common words both find it, and it must not stand as its own runner-up, which
        // would leave the repair too close a call to apply.
        let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
            In tho session n bill to pay tho\nmembers. The board met on Monday and\n\
            was at once abso\nlutoly certain of the vote on the\nroads and the bridges of the \
            county,\nwhich was read and laid over for a\nweek. The clerk then read the \
            minutes\nof the last meeting, which were then\napproved as read, and the board \
            went\non to the next business before it.\n";
        let data = RuleData::default();
        let doc = Document::new("t", text);
        let (_, found) = judge_and_analyze(&doc, &data, None);
        let repair = found.iter().find(|c| c.original == "abso\nlutoly").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(repair.replacement, "absolutely\n");
        assert!(!repair.alternatives.contains(&"absolutely".to_string()), "{:?}", repair.alternatives);
        assert!(repair.fix.is_some(), "{repair:?}");
    }

    #[test]
    fn ocr_names_and_words_broken_at_a_misread_line_end_are_rejoined() {
        let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
            In tho session n bill to pay tho\nmembers. The board met with Mr. Wash\n\
            ington and the clerk of the Police Depart.\nment, upon the\nroads and the bridges of the \
            county,\nwhich was read and laid over for a\nweek. The clerk then read the \
            minutes\nof the last meeting, which were then\napproved as read, and the board \
            went\non to the next business before it. Last Wednes\nday the board met again.\n";
        let found = repairs(text);
        // A name's head that is no word, though its tail is a common word.
        assert!(found.iter().any(|r| r.1 == "Wednes\nday" && r.2 == "Wednesday\n"), "{found:?}");
        // A name's tail alone on the next line is no word.
        assert!(found.iter().any(|r| r.1 == "Wash\nington" && r.2 == "Washington\n"), "{found:?}");
        // A line-end hyphen read as a full stop.
        assert!(found.iter().any(|r| r.1 == "Depart.\nment," && r.2 == "Department,\n"), "{found:?}");
        // A full stop before a word is a full stop.
        assert!(found.iter().all(|r| !r.1.starts_with("read the")), "{found:?}");
    }

    #[test]
    fn a_word_rejoined_across_a_line_end_keeps_the_line_break_after_it() {
        let rejoin = |text: &str, word_end: usize| keep_line_break(text, word_end, "authority".into(), "\n");
        let text = "by proper author\nity, and that he";
        let word_end = text.find(',').unwrap();
        // The line break follows the word and its closing punctuation; the next line keeps
        // its space, so nothing but the break moves.
        assert_eq!(rejoin(text, word_end), (word_end + 1, "authority,\n".to_string()));
        // A word that ends its line is joined where it stands; no blank line is made.
        let text = "by proper author\nity.\nAnd that he";
        let word_end = text.find('.').unwrap();
        assert_eq!(rejoin(text, word_end), (word_end, "authority".to_string()));
        // A word run into the next one ("ity,and") is joined where it stands.
        let text = "by proper author\nity,and that he";
        let word_end = text.find(',').unwrap();
        assert_eq!(rejoin(text, word_end), (word_end, "authority".to_string()));
    }

    #[test]
    fn ocr_output_repeats_its_misreadings() {
        // A web spelling the text uses again is no author's spelling in OCR output: "thn"
        // twice is still "the", which takes an edit no glyph confusion explains.
        let found = repairs(&format!("{OCR_TEXT} The clerk read thn minutes of thn last meeting."));
        let thn: Vec<_> = found.iter().filter(|r| r.1 == "thn").collect();
        assert_eq!(thn.len(), 2, "{found:?}");
        assert!(thn.iter().all(|r| r.2 == "the"), "{found:?}");
    }

    #[test]
    fn ocr_a_line_end_break_the_web_also_breaks_is_joined() {
        // The bigram table counts "al though", web text broken the same way: far rarer than
        // "although", it vouches for nothing.
        let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
            In tho session n bill to pay tho\nmembers. The board is making a road,\n\
            al\nthough the clerk said the work was\ndone and the men\n\
            were paid on Monday. The road runs\nto the river and the bridge will be\n\
            built next year. The men of the\ncounty are glad of it.\n";
        let found = repairs(text);
        assert!(found.iter().any(|r| r.1 == "al\nthough" && r.2 == "although\n"), "{found:?}");
    }

    #[test]
    fn ocr_words_beside_repairs_are_judged_by_the_repairs() {
        // Between two misread words a word is first judged by its frequency alone; with its
        // neighbours repaired ("they live", "the river") the context decides.
        let found = repairs(&format!("{OCR_TEXT} Thoy livo neiir tho rivor. It wns decidiil thnt ho go."));
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("neiir", "near") && has("decidiil", "decided"), "{found:?}");
    }

    #[test]
    fn ocr_long_capitalised_words_may_carry_more_confusions() {
        // Four confusions are too many for a short capitalised word, which may be a name, but
        // not for a long one; K for R and N is a capital of like shape.
        let found = repairs(&format!("{OCR_TEXT} The day of Indopendonoo was kept by the Katlonal Guard."));
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("Indopendonoo", "Independence") && has("Katlonal", "National"), "{found:?}");
        // A short name as far from a common word stays.
        let short = repairs(&format!("{OCR_TEXT} Mr. Oouoo said so."));
        assert!(short.iter().all(|r| r.1 != "Oouoo"), "{short:?}");
    }

    #[test]
    fn ocr_long_words_are_searched_with_more_edits() {
        // OCR damages letters, so a long word carries more damage: three letters misread
        // beyond the glyph table take more edits than a short word's budget allows.
        let found = repairs(&format!("{OCR_TEXT} The admenistraioon of the house met."));
        assert!(found.iter().any(|r| r.1 == "admenistraioon" && r.2 == "administration"), "{found:?}");
    }

    #[test]
    fn a_web_spelling_far_rarer_than_a_word_it_lost_a_letter_of_is_a_slip() {
        let found = repairs("Keep young people out of trouble, wih prevention strategies.");
        assert_eq!(found, [(Kind::DroppedLetter, "wih".into(), "with".into())]);
        // Not only of a function word, and with no margin over the spelling itself.
        let found = repairs("So that your enemies, desiring food, migh for the hideousness turn away.");
        assert_eq!(found, [(Kind::DroppedLetter, "migh".into(), "might".into())]);
        // "lik" is a thousand times rarer than "like".
        let found = repairs("The old man was fed with grass lik oxen, and his body was wet with the dew.");
        assert_eq!(found, [(Kind::DroppedLetter, "lik".into(), "like".into())]);
        // In lowercase, two hundred times rarer will do: no name is written so.
        let found = repairs("The board put the new budget at the top of its agena for the spring.");
        assert_eq!(found, [(Kind::DroppedLetter, "agena".into(), "agenda".into())]);
        // ... but a capital may open a name even after a full stop, which may end an initial.
        assert!(repairs("The rules were drafted by W. Mathes and others in the old days.").is_empty());
        // A foreign word is a common web spelling: it needs a neighbour's word for it.
        assert!(repairs("The era of Sturm und Drang began.").is_empty());
        // Not where an apostrophe marks the letter's loss.
        assert!(repairs("and, as they said, He is usin’ his fists, the witness said.").is_empty());
    }

    #[test]
    fn a_word_written_once_may_have_lost_a_letter_of_one_the_document_keeps_using() {
        let text = "Zimbabwe held elections in May. Observers said the vote in Zimbabe was calm, \
                    and Zimbabwe's neighbours agreed. Trade with Zimbabwe grew that year.";
        assert_eq!(repairs(text), [(Kind::DroppedLetter, "Zimbabe".into(), "Zimbabwe".into())]);
        // Not into a name the lexicon does not know: lists of names hold many a pair a letter
        // apart.
        let text = "Then came Kelmoth, and Kelmoth the son, and Kelmoth the brother, and Kemoth the elder.";
        assert!(repairs(text).is_empty());
        // Not where the word is seldom used in a long document: chance puts names a letter apart.
        let filler = "The farmers of the valley brought their grain to the market every week. ".repeat(200);
        let text = format!("{filler}Tarvoska was named twice, and Tarvoska once more, but Tarvosa too.");
        assert!(repairs(&text).is_empty());
    }

    #[test]
    fn members_and_calls_of_code_in_prose_are_no_words() {
        assert!(repairs("To get the parts of a number, read z.real and z.imag in the shell.").is_empty());
        assert!(repairs("A command may be cut short, so h(elp) means either h or help.").is_empty());
        // Two sentences run together are no code.
        let found = repairs("He left at noon.Afer that the rain came down on the roofs of the town.");
        assert_eq!(found, [(Kind::DroppedLetter, "Afer".into(), "After".into())]);
    }

    #[test]
    fn code_like_runs() {
        assert!(code_like("z.imag"));
        assert!(code_like("tab1.x"));
        assert!(code_like("h(elp)"));
        assert!(!code_like("persecuting.But"));
        assert!(!code_like("badg(slip"));
        assert!(!code_like("word,"));
    }

    #[test]
    fn two_letters_that_make_no_word_may_be_a_common_word_that_lost_one() {
        let found = repairs("There is no man who cn tell him how it will be.");
        assert_eq!(found, [(Kind::DroppedLetter, "cn".into(), "can".into())]);
        // Abbreviations, units and particles of names stay.
        assert!(repairs("The cells were 2 cm wide, and the pH stayed at 7.").is_empty());
        assert!(repairs("The firm of de la Rue printed the notes of el presidente.").is_empty());
        assert!(repairs("See the table, cf. the notes below.").is_empty());
    }

    #[test]
    fn a_rare_short_word_beside_a_comma_is_judged_by_its_one_neighbour() {
        let found = repairs("I was in Susa the palace, when Hanani, oe of my brothers, came.");
        assert_eq!(found, [(Kind::RealWord, "oe".into(), "one".into())]);
        // Rarer than one word in 5,000: "ad" beside a comma.
        let found = repairs("The shop sold bread, milk, ad fresh cheese to the village.");
        assert_eq!(found, [(Kind::RealWord, "ad".into(), "and".into())]);
        // ... where the word written is unknown to its neighbour: "an ad for".
        assert!(repairs("The paper ran a big, ad for the fair on its back page.").is_empty());
        // A lost letter only: an old spelling is no glyph-damaged word ("(tho it is").
        assert!(repairs("It would be impossible to overstate (tho it is difficult) the effect.").is_empty());
        // Nor a piece of a compound.
        assert!(repairs("France's symbols are a royal fleur-de-lis and a royal flag.").is_empty());
    }

    #[test]
    fn a_web_spelling_that_opens_a_sentence_is_no_name() {
        let found = repairs("“It is the king of Israel!” Therfore they turned around to fight.");
        assert_eq!(found, [(Kind::DroppedLetter, "Therfore".into(), "Therefore".into())]);
        // A name that opens a sentence is no glyph from a word.
        assert!(repairs("Read what they wrote about it.” Huon on the Internet.").is_empty());
    }

    #[test]
    fn an_unseen_pair_after_a_common_word_is_suspect() {
        // "into he" is missing from a table that keeps every pair that common words often make.
        let text = "a great organization, reaching into he most remote hamlet of the land";
        assert_eq!(repairs(text), [(Kind::RealWord, "he".into(), "the".into())]);
    }

    #[test]
    fn a_rare_word_that_context_rejects_may_have_lost_a_letter() {
        let text = "It is uppermost on our minds and tose of the American people.";
        assert_eq!(repairs(text), [(Kind::RealWord, "tose".into(), "those".into())]);
        // Rare words of crafts and trades stay ("frit" is not "fruit").
        assert!(repairs("The glass was made from a frit of sand and ash.").is_empty());
        // The lists hold the web's slips of common words: one a thousand times rarer is one.
        assert_eq!(repairs("Last year a roup of American bankers undertook it.")[0].2, "group");
        assert_eq!(repairs("any plan the result of wich would be to break up the union")[0].2, "which");
        // One listed but hardly ever written may be judged by one neighbour, as a web
        // spelling is ("ones added" is no pair the table holds; "added to" is).
        let found = repairs("The first ones dded to the fleet came from the north.");
        assert_eq!(found, [(Kind::RealWord, "dded".into(), "added".into())]);
        // So are the obscure ones, five hundred times rarer ("ower" for "power")...
        let found = repairs("The town has a new ower station.");
        assert_eq!(found, [(Kind::RealWord, "ower".into(), "power".into())]);
        // ... but not everyday words, nor an obscure one of some currency ("cors", a measure,
        // is 144 times rarer than "corps").
        assert!(repairs("The band played a waltz and the crowd was elated by the news.").is_empty());
        assert!(repairs("They sold ten cors of barley at the market.").is_empty());
    }

    #[test]
    fn a_lost_letter_may_make_a_rarer_function_word_where_it_fits_far_better() {
        // "was" and "has" are rarer than "as", but "he as also" fits neither neighbour.
        let found = repairs("My uncle was a farmer, but he as also a great builder of boats.");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("as", "was"));
        // A rarer reading that fits only somewhat better is no reason to doubt the word: old
        // English puts the pronoun after its verb.
        assert!(repairs("And all his cattle brought he with him into the land.").is_empty());
    }

    #[test]
    fn a_short_current_word_may_have_lost_a_letter_of_a_word_that_fits_far_better() {
        // "ge" is a word of some currency, but "get" is far more common and fits both
        // neighbours far better.
        let found = repairs("Many workers fear that they will ge sick this winter.");
        assert_eq!(found, [(Kind::RealWord, "ge".into(), "get".into())]);
        // A word that fits its place is no slip however much more common "show" is.
        assert!(repairs("In spring the farmers sow the seed in the fields.").is_empty());
        assert!(repairs("The old sow had six piglets in the barn.").is_empty());
    }

    #[test]
    fn a_short_word_that_fits_only_passably_may_have_lost_a_letter() {
        // "ill be" is a pair on record, so "ill" fits passably; "will" fits far better.
        let found = repairs("The more we pay while prices are high, the easier it ill be.");
        assert_eq!(found, [(Kind::RealWord, "ill".into(), "will".into())]);
        // Beside a compound, the pair with its first piece is no witness: "no in" is not
        // "no in-depth".
        assert!(repairs("The agency did no in-depth study of the further financial risk.").is_empty());
        assert!(repairs("He bought an ad to announce the sale of the farm.").is_empty());
    }

    #[test]
    fn an_ordinal_ending_after_no_number_is_a_words_remains() {
        let found = repairs("It is the most critical legislation before th Congress in years.");
        assert_eq!(found, [(Kind::DroppedLetter, "th".into(), "the".into())]);
        let found = repairs("They traded with groups in Samoa nd Tonga by about the year 900.");
        assert_eq!(found, [(Kind::DroppedLetter, "nd".into(), "and".into())]);
        // After a number it is the ordinal's own; in brackets, a quotation's alteration.
        assert!(repairs("It met on the 4 th of July in the great hall.").is_empty());
        assert!(repairs("He waived th[e] rights he had at the time.").is_empty());
    }

    #[test]
    fn a_word_of_modest_currency_may_have_lost_a_letter_of_a_far_more_common_one() {
        let found = repairs("We must help them to meet heir needs in the years ahead.");
        assert_eq!(found, [(Kind::RealWord, "heir".into(), "their".into())]);
        // Where it fits, it stands.
        assert!(repairs("The king named his heir before the war.").is_empty());
    }

    #[test]
    fn a_short_word_starting_a_sentence_may_have_lost_a_letter() {
        let text = "He said so. Tat Department, which now investigates, agreed.";
        assert_eq!(repairs(text), [(Kind::RealWord, "Tat".into(), "That".into())]);
        // A chemical symbol opens no sentence of prose: "Th" lost the e of "The".
        let text = "The plan was sound. Th completion of the work took two more years.";
        assert_eq!(repairs(text), [(Kind::RealWord, "Th".into(), "The".into())]);
        // (Not an abbreviation before its full stop.)
        assert!(repairs("The class met twice. Th. and Fr. were the days of the week.").is_empty());
        // Not inside a sentence, where a capital marks a name; nor for names at the start.
        assert!(repairs("He met Tat Department officials.").is_empty());
        assert!(repairs("Ed said it was fine. Al went home.").is_empty());
    }

    #[test]
    fn a_short_name_written_in_lowercase_is_judged_as_a_real_word() {
        // "WA" is a state's abbreviation; "wa" is what is left of "was".
        let text = "The army wa defeated in the north.";
        assert_eq!(repairs(text), [(Kind::RealWord, "wa".into(), "was".into())]);
    }

    #[test]
    fn the_run_does_not_vouch_for_fragments() {
        // Damage recurs from file to file like usage does; "w th" must not become usage.
        let others = ["signed w th former allies", "a treaty w th former foes", "met w th former leaders"];
        let text = "the pact was signed w th former rivals";
        assert_eq!(repairs_in_run(text, &others), [(Kind::SpaceForLetter, "w th".into(), "with".into())]);
    }

    #[test]
    fn letters_lost_to_spaces_and_splits() {
        assert_eq!(repairs("could strike an a ms deal that would")[0].2, "arms");
        assert_eq!(repairs("the gov ernment said")[0].2, "government");
        assert_eq!(repairs("it was communica-\ntions failure")[0].2, "communications");
    }

    #[test]
    fn rare_listed_words_may_be_the_pieces_of_a_word_that_lost_a_letter() {
        // "amental" and "ers" are listed, but rare: pieces, not words.
        assert_eq!(repairs("certain fun amental difficulties with which")[0].2, "fundamental");
        assert_eq!(repairs("bringing down barr ers to racial prejudice")[0].2, "barriers");
        // After a capitalised word, a tail that is no listed word is no part of a name.
        assert_eq!(repairs("the Oceanic and Atmospheric Admi istration to provide")[0].2, "Administration");
        // Common words stay apart.
        assert!(repairs("He wore a green hat and sat on it.").is_empty());
    }

    #[test]
    fn a_capitalised_piece_may_have_lost_a_letter_of_a_common_word_to_a_space() {
        // "Sta" and "Amer" are listed as abbreviations, and follow a capital in "United Sta
        // es"; but no name is a letter away from words as common as "States" and "America".
        let found = repairs("the representatives of the United Sta es and Mexico signed a protocol");
        assert_eq!(found, [(Kind::SpaceForLetter, "Sta es".into(), "States".into())]);
        let found = repairs("it is a symbol of what Amer ca has meant to the world");
        assert_eq!(found, [(Kind::SpaceForLetter, "Amer ca".into(), "America".into())]);
        // A name and a word, with no common word a letter away, stay as they are.
        assert!(repairs("the report by Ana Lee is due in May").is_empty());
    }

    #[test]
    fn a_letter_standing_alone_is_a_words_piece_unless_the_text_writes_symbols() {
        let found = repairs("The people must decide through the r chosen representatives what to do.");
        assert_eq!(found, [(Kind::SpaceForLetter, "the r".into(), "their".into())]);
        let found = repairs("This year, we must continue t is momentum toward reform.");
        assert_eq!(found, [(Kind::SpaceForLetter, "t is".into(), "this".into())]);
        // A text that writes letters as symbols writes several.
        assert!(repairs("Values are dropped in reverse order, so d was dropped before c here.").is_empty());
    }

    #[test]
    fn a_rejoined_word_keeps_its_curly_apostrophe() {
        let found = repairs("the court relied on Justice Black mun’s separate opinion");
        assert_eq!(found[0].2, "Blackmun’s");
    }

    #[test]
    fn a_line_end_hyphen_between_two_words_that_make_a_word_is_a_break() {
        let found = repairs("serve temporarily in the dis-\ncharge of the obligation to help");
        assert!(found.iter().any(|r| r.2 == "discharge"), "{found:?}");
        let found = repairs("occupied by China, Malaysia, the Philipp-\nines, Taiwan, and Vietnam");
        assert!(found.iter().any(|r| r.2 == "Philippines"), "{found:?}");
        // A common word split after a capitalised one is rejoined; a name stays apart.
        let found = repairs("such freewheeling right. The Constitu tion protects freedom of speech");
        assert!(found.iter().any(|r| r.2 == "Constitution"), "{found:?}");
        assert!(repairs("Kim Jong Un vowed to build more missiles").is_empty());
    }

    #[test]
    fn merged_words() {
        let r = repairs("the rest ofthe country");
        assert_eq!(r[0].2, "of the");
        // Two-letter words other than function words may be a part ("up", "us").
        assert_eq!(repairs("the task of all Americans is to live upto their commitment")[0].2, "up to");
    }

    #[test]
    fn a_capitalised_word_run_into_a_long_common_word_lost_a_space() {
        let found = repairs("Morocco and the territory: Moroccomaintains a large military presence there.");
        assert_eq!(found, [(Kind::Merged, "Moroccomaintains".into(), "Morocco maintains".into())]);
        // Compounds that lost their hyphen stay whole.
        assert!(repairs("They had paid scant attention to Enronrelated news and Anticommons papers.").is_empty());
    }

    #[test]
    fn a_rare_listed_form_of_a_common_pair_is_the_pair_run_together() {
        assert_eq!(repairs("as the act has developed remains tobe seen by all")[0].2, "to be");
        assert_eq!(repairs("the US annexed it in 1899 touse as a cable station")[0].2, "to use");
        // Old words that are a less common pair stay: "beheld", "forbad", "aright".
        assert!(repairs("And when he beheld the city, he wept over it.").is_empty());
        assert!(repairs("if this prosperity is used aright it is an earnest of success").is_empty());
    }

    #[test]
    fn a_possessive_run_into_the_next_word_lost_a_space() {
        let found = repairs("solidifying present-day Somalia’sclose trading relationship");
        assert_eq!(found, [(Kind::Merged, "Somalia’sclose".into(), "Somalia’s close".into())]);
        assert_eq!(repairs("in response to a top judge'sarrest, he resigned")[0].2, "judge's arrest");
        // A name goes on after the apostrophe ("O'Sullivan"), and so may a rare word.
        assert!(repairs("Mr. O'Sullivan and Ms. O'Shea met at O'sgood's farm.").is_empty());
    }

    #[test]
    fn common_words_run_together_are_split_though_the_pair_is_not_in_the_table() {
        // "mighty river" and "six fiscal" are too rare as pairs for the bigram table; each
        // half fits the word beside it.
        let found = repairs("a record and a mightyriver of good works in the last sixfiscal years");
        let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
        assert!(has("mightyriver", "mighty river") && has("sixfiscal", "six fiscal"), "{found:?}");
        // A name run into a whole word, not into a name's ending.
        assert_eq!(repairs("The armed forces of Cubabeing inadequate to guard property")[0].2, "Cuba being");
        assert!(repairs("the Marianan people of the islands").is_empty());
    }

    #[test]
    fn an_before_a_consonant_is_a_lost_and() {
        let found = repairs("It is widely and deeply shared by other peoples an nations of the world.");
        assert_eq!(found, [(Kind::RealWord, "an".into(), "and".into())]);
        assert!(repairs("Just yesterday an MS-13 gang member was taken in.").is_empty());
        assert!(repairs("The client can authenticate to an GSSAPI server of the realm.").is_empty());
    }

    #[test]
    fn an_editors_brackets_and_sic_mark_the_words_as_meant() {
        let text = "the dissent's advocacy of a \"retur[n] to first principles\" and \"[p]eculiar\" \
            conduct; she's niver [sic] assisted in what they were doing";
        assert!(repairs(text).is_empty(), "{:?}", repairs(text));
    }

    #[test]
    fn a_word_the_text_uses_far_more_than_english_does_is_its_own() {
        let genesis = "And he said unto Abram, Know of a surety that thy seed shall be a stranger \
            in a land that is not theirs. And he said, So shall thy seed be. And the LORD hath \
            heard thy affliction, and Jacob said, Sell me this day thy birthright.";
        assert!(repairs(genesis).is_empty(), "{:?}", repairs(genesis));
        // Once, it is judged like any other word ("thy" for "they").
        let once = repairs("It was said that thy were coming to the meeting with the others.");
        assert!(once.iter().any(|r| r.1 == "thy" && r.2 == "they"), "{once:?}");
    }

    #[test]
    fn a_word_the_text_inflects_is_its_own() {
        // Alone, "reflink" reads as a misspelling; with "reflinks" beside it, as a term.
        let once = repairs("The file system can make a reflink of the data file.");
        assert!(once.iter().any(|r| r.1 == "reflink"), "{once:?}");
        let text = "The file system can make a reflink of the data file. Where reflinks are not \
            supported, the data is copied.";
        assert!(repairs(text).iter().all(|r| !r.1.starts_with("reflink")), "{:?}", repairs(text));
    }

    #[test]
    fn old_verb_forms_are_words_where_the_text_speaks_the_old_second_person() {
        let text = "Thou art the God that doest wonders: thou hast declared thy strength among \
            the people. Thou dissolvest the hills, and thy hand divineth the waters; thou \
            humbledst the proud, and thou wanderest in the way.";
        assert!(repairs(text).is_empty(), "{:?}", repairs(text));
        // In modern prose the same spelling is a slip.
        let modern = repairs("The team wanderest through the city at night, looking for a cafe.");
        assert!(modern.iter().any(|r| r.1 == "wanderest"), "{modern:?}");
    }

    #[test]
    fn a_content_word_the_text_repeats_is_meant() {
        let once = repairs("They could ill suffer the exhaustion of larger disbursements.");
        assert!(once.iter().any(|r| r.1 == "ill" && r.2 == "will"), "{once:?}");
        // (In a long text, where three uses are no more than English at large makes.)
        let filler = "The committee met in the hall and spoke of the roads and the bridges. ".repeat(400);
        let text = format!(
            "They could ill suffer the exhaustion of larger disbursements. {filler} The poor can but \
            ill afford the duty, and the towns are ill prepared for it."
        );
        assert!(repairs(&text).iter().all(|r| r.1 != "ill"), "{:?}", repairs(&text));
    }

    #[test]
    fn a_capitalised_word_lost_a_letter_only_of_a_common_word() {
        assert_eq!(repairs("We will expand Medcaid coverage for the poor.")[0].2, "Medicaid");
        // A rarer name one letter longer is no evidence: "Maon" is a place of its own.
        assert!(repairs("There was a man in Maon whose possessions were in Carmel.").is_empty());
        // A web spelling too, when the word is far more common ("Congres" is the web's slip).
        assert_eq!(repairs("Last year, Congres passed legislation on trade.")[0].2, "Congress");
        // Not a word's head before a hyphen.
        assert!(repairs("It is by making grants to the States. Mone- SCALIA dissented.").is_empty());
        // A long word, which few names are one letter from, may have lost a letter of a rarer
        // one that a neighbour other than a function word pairs with...
        let found = repairs("He spoke for the Paletine Liberation front at the talks.");
        assert_eq!(found, [(Kind::DroppedLetter, "Paletine".into(), "Palestine".into())]);
        // ... but without that neighbour's word it may be a name ("Mashal" is a town).
        assert!(repairs("Out of the tribe came Mashal with its lands.").is_empty());
    }

    #[test]
    fn a_stray_unknown_name_may_have_lost_a_letter_of_a_rarer_known_one() {
        let filler = "The members of the council met in the capital and spoke of trade and of roads. ".repeat(12);
        // Among names the web knows, one it never writes is likelier a known one damaged.
        let text = format!("{filler}In proof of that, they made room for both Hitlr and God in the schools.");
        let found = repairs(&text);
        assert_eq!(found, [(Kind::DroppedLetter, "Hitlr".into(), "Hitler".into())]);
        // Not among many such names (a genealogy), ...
        let names = "Then came Abiezer, and Achsah, and Adithaim, and Zelek, and Ahumai. ";
        assert!(repairs(&format!("{filler}{names}{names}They made room for both Hitlr and God.")).is_empty());
        // ... nor after an initial, which opens a name ...
        assert!(repairs(&format!("{filler}The book was edited by O. Piest in the old days.")).is_empty());
        // ... nor in a sentence or two, which shows nothing of the kind.
        assert!(repairs("In proof of that, they made room for both Hitlr and God in the schools.").is_empty());
    }

    #[test]
    fn a_name_the_runs_other_files_write_is_no_stray() {
        let filler = "The members of the council met in the capital and spoke of trade and of roads. ".repeat(12);
        let text = format!("{filler}They went down to the valley of Achor with the flocks.");
        // Alone in name-sparse prose, a rare name the web never writes reads as a damaged
        // word (the price of finding "Hitlr"); written in the run's other files, it is a name.
        assert_eq!(repairs(&text)[0].2, "Anchor");
        let others = ["The valley of Achor is a door of hope.", "Achan was stoned in the valley of Achor."];
        assert!(repairs_in_run(&text, &others).is_empty());
    }

    #[test]
    fn in_edited_text_only_the_cheapest_confusions_make_a_real_word_another() {
        assert!(repairs("Zion is left like a shelter in a vineyard, like a hut in a field of melons.").is_empty());
        assert!(repairs("The territory's arid desert climate makes farming hard.").is_empty());
        // Nor does a lost letter make a word of some currency another content word.
        assert!(repairs("My beloved is like a roe or a young deer on the mountains.").is_empty());
        let found = repairs("the people of Alexander county arc opposed to the plan");
        assert!(found.iter().any(|r| r.1 == "arc" && r.2 == "are"), "{found:?}");
    }

    #[test]
    fn a_letter_before_a_word_is_seldom_a_slip() {
        assert!(repairs("Its enactment is a simple measure of previsory justice toward the nations.").is_empty());
        assert!(repairs("The library includes code to preallocate the correct amount of memory.").is_empty());
    }

    #[test]
    fn words_of_one_closed_class_are_the_texts_voice() {
        // The web says "upgrade your" far more often; the speech said "our".
        assert!(repairs("We must upgrade our teacher colleges and teacher training.").is_empty());
        // A capitalised name splits only into common words.
        assert!(repairs("Ben Hesed, in Arubboth, and the sons of Hashum came by the way of Atharim.").is_empty());
    }

    #[test]
    fn compound_adjectives_and_coinages_stay_solid() {
        // A participle after a word lost a hyphen, not a space ("peace-loving").
        assert!(repairs("the peaceloving nations and the problemsolving skills of the young").is_empty());
        // ... but an adverb in -ly takes no hyphen: it lost a space.
        let found = repairs("The new law has greatlystrengthened the hand of the courts.");
        assert_eq!(found, [(Kind::Merged, "greatlystrengthened".into(), "greatly strengthened".into())]);
        // Coinages of technical prose: no neighbour knows their halves.
        assert!(repairs("set the bitflags before the nullability check runs").is_empty());
    }

    #[test]
    fn names_and_rare_words_are_left_alone() {
        assert!(repairs("Kremlin spokesman Dmitry Peskov met Kim Jong-un at Vostochny, NATO said.").is_empty());
    }

    #[test]
    fn two_long_listed_words_are_the_authors() {
        // Old spellings of compounds stay apart; a fragment beside a word is damage.
        assert!(repairs("The shop keepers sent their goods by the rail ways of the state.").is_empty());
        assert_eq!(repairs("the new gov ernment met")[0].2, "government");
        // ... and so are two words that make a word more common than either.
        assert_eq!(repairs("the expansion of student aid prog rams in the budget")[0].2, "programs");
        assert_eq!(repairs("to prevent their develop ment, is compelling")[0].2, "development");
    }

    #[test]
    fn regular_plurals_and_prefixed_words_are_words() {
        // The lists leave out many regular forms of their words.
        assert!(repairs("The officers are subject to redetail after a year of service.").is_empty());
        assert!(repairs("They sent reenforcements to the front in the spring.").is_empty());
        assert!(repairs("The two old rivals kept up their bickerings for years.").is_empty());
        // ... but not a common word that lost a letter, nor one with a glyph's mark.
        assert_eq!(repairs("The plan is reacing its end at last.")[0].2, "reaching");
        assert_eq!(repairs("The resuIt was a long delay.")[0].2, "result");
        assert_eq!(repairs("Many new hornes were built near the river last year.")[0].2, "homes");
    }

    #[test]
    fn french_elisions_are_left_alone() {
        assert!(repairs("the corps d'elite of the army, l'homme and n'est-ce pas").is_empty());
        assert!(!is_french_elision("o'clock"));
    }

    #[test]
    fn fenced_code_is_no_prose() {
        let text = "Some prose here.\n```rust\nimpl Interest for tho {}\n```\nand tbe end\n";
        let found = repairs(text);
        assert_eq!(found, [(Kind::Glyph, "tbe".into(), "the".into())], "only the prose after the fence");
        assert_eq!(fenced_code("a\n~~~\nb\n").len(), 1, "an unclosed fence runs to the end");
    }

    #[test]
    fn the_pronoun_split_off_a_word_is_a_capital() {
        assert_eq!(apply_case("doubt i", "doubtI"), "doubt I");
        assert_eq!(apply_case("i am", "Iam"), "I am");
        assert_eq!(apply_case("in it", "init"), "in it");
    }

    #[test]
    fn keeps_case() {
        assert_eq!(apply_case("saint", "5aint"), "Saint");
        assert_eq!(apply_case("british", "Britisli"), "British");
        assert_eq!(apply_case("the", "THO"), "THE");
    }
}
