//! Telling raw OCR output from edited text: the share of words the lexicon does not list, how
//! many of them are misreadings of common words, and the scanner's other marks. The word
//! rules repair much more in OCR output (see [`super::engine`]); OCR009 runs only there.

use super::engine::{is_function_word, links, technical_prose, tokenize, Token, UnknownNames};
use super::search::{self, Edits};
use crate::lexicon::{Lexicon, WordInfo};
use crate::markdown::fence_lines;
use crate::rules::RuleData;
use std::collections::HashMap;

/// Share of a document's lowercase words that are no listed word (unknown, or only seen on the
/// web: OCR's own "tho", "aro", "iu" are common there), above which it is taken for raw OCR
/// output. Edited prose stays under 2% (names and rare words are mostly capitalised or
/// listed; technical docs come nearest); newspaper OCR runs from 3% to over 20%.
const OCR_UNKNOWN_SHARE: f64 = 0.035;
/// ... and more than this share are misreadings of common words: technical prose has as many
/// unknown words ("impl", "kwargs", "toml"), but few of them a glyph confusion away from a word.
const OCR_MISREAD_SHARE: f64 = 0.01;
/// Cleaner OCR has fewer unknown words, but leaves other marks of the scanner as well: a
/// capital I starting "in", "is" or "it" inside a sentence, and specks read as broken bars,
/// bullets and runs of marks. With this share of unknown words, OCR output shows more than
/// this share of misreadings and such marks together (edited prose and technical docs none of
/// the latter).
const OCR_CLEAN_UNKNOWN_SHARE: f64 = 0.025;
const OCR_EVIDENCE_SHARE: f64 = 0.02;
/// A misreading is this cheap a glyph confusion from a listed word this common (per 10^10).
const MISREAD_COST: f64 = 2.5;
const MISREAD_FREQ: u64 = 10_000;

/// Whether `text` reads as raw OCR output rather than edited prose (see [`UnknownShare`]).
pub fn is_ocr_text(text: &str, data: &RuleData) -> bool {
    UnknownShare::of(text, data).is_ocr_output()
}

/// The common words that cheap glyph confusions make of `lower`, itself among them when it
/// is one: what a scan may have misread as `lower`.
fn scan_readings(lower: &str) -> std::rc::Rc<[search::Hit]> {
    search::search(Lexicon::get().common_words(), lower, MISREAD_COST, Edits::ScanGlyphs)
}

/// Whether cheap glyph confusions turn `lower` into a common listed word ("tho", "moinbors").
pub(super) fn is_misread(lower: &str) -> bool {
    scan_readings(lower).iter().any(|hit| hit.word != lower && WordInfo::from_value(hit.value).freq >= MISREAD_FREQ)
}

/// Whether cheap glyph confusions turn `lower` into a function word ("hor" for "her", "bo"
/// for "be"), however common `lower` is itself.
pub(super) fn glyphs_from_function_word(lower: &str) -> bool {
    scan_readings(lower).iter().any(|hit| hit.word != lower && is_function_word(hit.word.as_str()))
}

/// A listed word that cheap glyph confusions make a function word this many times as common
/// is a misreading of it ("tho" for "the"; not "lo" for "to", which old texts write) ...
const MISREAD_FUNCTION_WORD_RATIO: u64 = 10_000;
/// ... and has at most this many letters.
const MISREAD_FUNCTION_WORD_LEN: usize = 4;

/// Whether `lower`, a listed word, is OCR's misreading of one of the commonest words, which
/// happens to be listed too (see [`MISREAD_FUNCTION_WORD_RATIO`]).
pub(super) fn is_misread_function_word(lower: &str, info: WordInfo) -> bool {
    misread_function_word(lower, info).is_some()
}

/// The function word that `lower` (of lexicon entry `info`, if any) is OCR's misreading of:
/// "the" for "tho", "he" for "ho" (see [`MISREAD_FUNCTION_WORD_RATIO`]).
pub(super) fn misread_function_word(lower: &str, info: WordInfo) -> Option<String> {
    let lex = Lexicon::get();
    // Cheap tests first: a search per listed word would cost every run its start-up time.
    // ("the" is the commonest function word.)
    if lower.len() > MISREAD_FUNCTION_WORD_LEN
        || info.freq.saturating_mul(MISREAD_FUNCTION_WORD_RATIO) > lex.freq("the")
    {
        return None;
    }
    scan_readings(lower)
        .iter()
        .find(|hit| {
            hit.word != lower
                && is_function_word(hit.word.as_str())
                && WordInfo::from_value(hit.value).freq >= info.freq.saturating_mul(MISREAD_FUNCTION_WORD_RATIO)
        })
        .map(|hit| hit.word.clone())
}

/// Each unknown word counts as a misreading this many times at most: a scan misreads many
/// words, while technical prose repeats a few identifiers a glyph from a word ("k1", "kl")
/// on every line.
const MISREAD_USES_COUNTED: usize = 3;

/// Documents shorter than this many lowercase words are judged as if they had this many, so
/// that one odd word does not make a short text look damaged.
const OCR_MIN_WORDS: usize = 100;

impl std::ops::Add for UnknownShare {
    type Output = UnknownShare;

    fn add(self, other: UnknownShare) -> Self {
        UnknownShare {
            words: self.words + other.words,
            unknown: self.unknown + other.unknown,
            unlisted: self.unlisted + other.unlisted,
            misread: self.misread + other.misread,
            misread_listed: self.misread_listed + other.misread_listed,
            scanner_marks: self.scanner_marks + other.scanner_marks,
            markup: self.markup + other.markup,
            technical: self.technical || other.technical,
            names: self.names + other.names,
        }
    }
}

/// How many of a text's lowercase words there are and how many the lexicon does not know:
/// what tells raw OCR output from edited text.
#[derive(Debug, Default, Clone, Copy)]
pub struct UnknownShare {
    pub words: usize,
    pub unknown: usize,
    /// Words only seen on the web, never listed ("tho", "aro", "iu").
    pub unlisted: usize,
    /// Unknown or unlisted words that one or two cheap glyph confusions make a common word:
    /// what OCR leaves and technical prose ("impl", "kwargs") does not.
    pub misread: usize,
    /// Listed words far rarer than the function word that one or two cheap glyph confusions
    /// make of them ("tho"): in print, misreadings of the commonest words (see
    /// [`is_misread_function_word`]). They count as unknown and misread words both.
    pub misread_listed: usize,
    /// Other marks of a scanner: "In", "Is", "It" inside a sentence, specks (see
    /// [`specks`]) and words broken at a line end without a hyphen.
    pub scanner_marks: usize,
    /// Markup that only a writer or a mailer puts in: Markdown's fenced code blocks and links,
    /// and an e-mail's headers. Text that has any is written, not scanned, however technical
    /// its words ("impls", "semver", "7bit").
    pub markup: usize,
    /// Whether the text is technical prose (see [`technical_prose`]): its code names are a
    /// writer's too, as no scanner makes "file_input" nor a ">>> " prompt.
    pub technical: bool,
    /// How often capitalised words unknown even to the web stand among the words, which
    /// whole-file judgements need too.
    pub names: UnknownNames,
}

impl UnknownShare {
    /// The share of `text`, as the engine tokenises it.
    pub fn of(text: &str, data: &RuleData) -> Self {
        UnknownShare::of_tokens(text, &tokenize(text, data, false))
    }

    /// The share of `text` tokenised as edited text.
    pub(super) fn of_tokens(text: &str, tokens: &[Token]) -> Self {
        let mut share = UnknownShare::of_words(tokens);
        share.scanner_marks =
            capital_i_words_inside_sentences(text, tokens) + specks(text) + words_broken_without_hyphen(text, tokens);
        share.markup = fence_lines(text) + text.matches("](").count() + message_headers(text);
        share.technical = technical_prose(text);
        share.names = UnknownNames::of_tokens(tokens);
        share
    }

    fn of_words(tokens: &[Token]) -> Self {
        let lowercase = tokens.iter().filter(|t| !t.protected && t.lower.len() >= 2 && !t.capitalized());
        let mut share = UnknownShare::default();
        let mut misread_uses: HashMap<&str, usize> = HashMap::new();
        for t in lowercase {
            share.words += 1;
            share.unknown += usize::from(t.info.is_none());
            share.unlisted += usize::from(t.info.is_some_and(|i| !i.listed));
            match t.info {
                Some(info) if info.listed => {
                    share.misread_listed += usize::from(is_misread_function_word(&t.lower, info))
                }
                _ => {
                    let uses = misread_uses.entry(&t.lower).or_default();
                    if *uses < MISREAD_USES_COUNTED && is_misread(&t.lower) {
                        *uses += 1;
                        share.misread += 1;
                    }
                }
            }
        }
        share
    }

    /// Whether the words read like raw OCR output rather than edited text.
    pub fn is_ocr_output(&self) -> bool {
        let words = self.words.max(OCR_MIN_WORDS) as f64;
        let unknown = (self.unknown + self.unlisted + self.misread_listed) as f64 / words;
        let misread = (self.misread + self.misread_listed) as f64 / words;
        let evidence = (self.misread + self.misread_listed + self.scanner_marks) as f64 / words;
        let scanned = (unknown > OCR_UNKNOWN_SHARE && misread > OCR_MISREAD_SHARE)
            || (unknown > OCR_CLEAN_UNKNOWN_SHARE && evidence > OCR_EVIDENCE_SHARE);
        scanned && self.markup == 0 && !self.technical
    }
}

/// Header fields of an e-mail message (RFC 5322, MIME), as they open a line.
const MESSAGE_HEADERS: &[&str] = &[
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "sender",
    "reply-to",
    "message-id",
    "in-reply-to",
    "references",
    "received",
    "return-path",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "x-mailer",
];
/// A message shows this many different header fields at least (a letter's "To:" and "From:"
/// lines alone do not make one).
const MESSAGE_MIN_FIELDS: usize = 3;

/// How many lines of `text` are the header fields of an e-mail message, when it holds one:
/// a mailer's markup, which no scanner reads off a page.
fn message_headers(text: &str) -> usize {
    let fields: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_once(": ").map(|(name, _)| name))
        .filter_map(|name| MESSAGE_HEADERS.iter().copied().find(|h| h.eq_ignore_ascii_case(name)))
        .collect();
    let distinct: std::collections::HashSet<&str> = fields.iter().copied().collect();
    if distinct.len() >= MESSAGE_MIN_FIELDS {
        fields.len()
    } else {
        0
    }
}

/// How many "In", "Is" and "It" stand between lowercase words of one line: a capital I read
/// for a lowercase i, which edited text does not have.
fn capital_i_words_inside_sentences(text: &str, tokens: &[Token]) -> usize {
    let lowercase = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_lowercase());
    tokens
        .windows(3)
        .filter(|w| {
            matches!(w[1].text, "In" | "Is" | "It")
                && !w[1].protected
                && lowercase(&w[0])
                && lowercase(&w[2])
                && links(&text[w[0].end..w[1].start])
                && links(&text[w[1].end..w[2].start])
        })
        .count()
}

/// How many lowercase words are broken at a line end without a hyphen, into pieces that are
/// not both words ("ob⏎tained", "con⏎stitution"): a scan loses the faint hyphen, and
/// writers and typesetters do not break words without one.
fn words_broken_without_hyphen(text: &str, tokens: &[Token]) -> usize {
    let listed = |info: Option<WordInfo>| info.is_some_and(|i| i.listed);
    let piece = |t: &Token| !t.protected && t.text.starts_with(|c: char| c.is_ascii_lowercase());
    tokens
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            matches!(&text[a.end..b.start], "\n" | "\r\n")
                && piece(a)
                && piece(b)
                && !(listed(a.info) && listed(b.info))
                && listed(Lexicon::get().info(&format!("{}{}", a.lower, b.lower)))
        })
        .count()
}

/// Specks a scanner read as marks: broken bars, bullets inside a line, and runs of unlike
/// marks standing alone (".,", "',"). (In code they are no specks, but code has fences, and
/// text with fences is no OCR output: see [`UnknownShare::markup`].)
fn specks(text: &str) -> usize {
    let mut count = 0;
    for line in text.lines() {
        count += line.matches('¦').count();
        let opening = line.find(|c: char| !c.is_whitespace());
        count += line.match_indices('•').filter(|(i, _)| Some(*i) != opening).count();
        count += line.split_whitespace().filter(|chunk| is_mark_run(chunk)).count();
    }
    count
}

/// Two or more marks of different kinds and nothing else: ".,", "',", "`.".
fn is_mark_run(chunk: &str) -> bool {
    let marks = ['.', ',', '\'', '`'];
    chunk.chars().count() >= 2
        && chunk.chars().all(|c| marks.contains(&c))
        && chunk.chars().any(|c| !chunk.starts_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Newspaper OCR: enough misread words ("tho", "aro", "iu") that the text reads as OCR output.
    const OCR_TEXT: &str = "Tho committee aro iu favor of tbe bill, wero thoy said; and tho house \
        passed In tho session n bill to pay tho members.";

    #[test]
    fn cleaner_ocr_is_known_by_the_scanners_other_marks() {
        // Few misread words, but "In" and "It" inside sentences and specks read as marks.
        let clean_ocr = "The old man stood In the door ¦ and said that It was late. .' His wife \
            sat by the fire ., and the dog slept In the yard; the boy aro his bread and went \
            out to the barn where the cows stood ¦ waiting for hay and water, as they did In \
            the morning. The farm lay on the hill above the vilage, and the road ran down \
            past the mill to the river, where the boats came up In the spring with corn and \
            salt and the news of the town. Nobody in the hous knew what the letter said.";
        let data = RuleData::default();
        let share = UnknownShare::of(clean_ocr, &data);
        assert!(share.scanner_marks >= 6, "{share:?}");
        assert!(share.is_ocr_output(), "{share:?}");
        // The same words without the scanner's marks read as edited prose.
        let edited = clean_ocr
            .replace(" In ", " in ")
            .replace(" It ", " it ")
            .replace(" ¦", "")
            .replace(" .'", "")
            .replace(" .,", "");
        assert!(!UnknownShare::of(&edited, &data).is_ocr_output());
    }

    #[test]
    fn words_broken_at_line_ends_without_a_hyphen_are_a_scanners_mark() {
        // Few misread words ("thi", "tlint"), but words broken without their hyphen.
        let scan = "For thi first time in seventeen years the\nNew Hampshire democracy has ob\n\
            tained control of the state government\nand legislature. But it is a democracy\n\
            which recognize tlint the federal con\nstitution contains fifteen amendments,\n\
            all in full force. While the New\nHampshire democracy stood on the\nplatform of \
            the national convention\ndefeat followed defeat. When it had\naccepted the \
            situation it began to\nwin, and the state is now theirs again.\n";
        let data = RuleData::default();
        let share = UnknownShare::of(scan, &data);
        assert!(share.scanner_marks >= 2 && share.is_ocr_output(), "{share:?}");
        // The same text with its hyphens, as a writer or typesetter breaks words, is edited.
        let edited = scan.replace("ob\n", "ob-\n").replace("con\n", "con-\n");
        assert!(!UnknownShare::of(&edited, &data).is_ocr_output());
    }

    #[test]
    fn a_listed_word_misread_for_the_commonest_one_is_ocr_evidence() {
        // A short notice whose only marks of a scan are "tho" for "the" (a listed word, as
        // dialect spells "though") and one misread word.
        let notice = "Tho mayor told tho council on Monday that tho new bridge over tho river \
            would be open before tho end of summer, and that its cost had come in under what \
            was voted for it last yoar by the board.";
        let data = RuleData::default();
        let share = UnknownShare::of(notice, &data);
        assert_eq!(share.misread_listed, 4, "{share:?}");
        assert!(share.is_ocr_output(), "{share:?}");
        // Spelled right, the notice is edited prose with one slip.
        let edited = notice.replace("tho ", "the ").replace("Tho ", "The ");
        assert!(!UnknownShare::of(&edited, &data).is_ocr_output());
    }

    #[test]
    fn an_e_mail_message_is_written_not_scanned() {
        let message = "MIME-version: 1.0\nFrom: ppp-request@zzz.org\nSubject: Ppp digest\n\
            Content-Transfer-Encoding: 7bit\n\nThe list is quiet today.\n";
        assert_eq!(message_headers(message), 4);
        // A letter's salutation lines are no message's headers.
        assert_eq!(message_headers("To: the Editor\nFrom: a Reader\n\nSir, the bridge is unsafe.\n"), 0);
    }

    #[test]
    fn technical_prose_is_not_taken_for_ocr() {
        let data = RuleData::default();
        let tech = "To configure the service, pass the kwargs to the async handler when it starts. \
            It reads its options from stdin and argv, merges them with the defaults, and writes \
            the result to a toml file next to the binary. Clients that prefer json can ask for it \
            instead; both formats hold the same settings. The impl block derives the serde traits, \
            so every field is checked when the file is loaded, and each enum variant keeps its repr \
            stable across releases. Calls through the ffi layer are wrapped so that errors come back \
            as values rather than as crashes, and the logs say which setting was wrong and where \
            it was read from, with the line and column of the mistake.";
        assert!(!UnknownShare::of(tech, &data).is_ocr_output());
        assert!(UnknownShare::of(OCR_TEXT, &data).is_ocr_output());
        // Markdown links and fenced code are a writer's: such text is never taken for a scan.
        let readme = format!("{OCR_TEXT} See [the docs](https://example.org/docs).");
        assert!(!UnknownShare::of(&readme, &data).is_ocr_output());
        // So are code names: a grammar's rules and an interactive session's prompts.
        let grammar =
            format!("{OCR_TEXT}\nfile_input: (NEWLINE | stmt)* ENDMARKER\nsingle_input: NEWLINE | simple_stmt\n");
        assert!(!UnknownShare::of(&grammar, &data).is_ocr_output());
        let session = format!("{OCR_TEXT}\n>>> from math import pi\n>>> x = pi\n");
        assert!(!UnknownShare::of(&session, &data).is_ocr_output());
    }

    #[test]
    fn an_identifier_repeated_line_after_line_is_no_scan() {
        // Reference docs name the same register on every line, a glyph from a word ("k1",
        // "kl"): many uses of one unknown word are not many misreadings.
        let data = RuleData::default();
        let line = "Compare packed values in a and b, and store the results in mask k1 using zeromask k. ";
        let reference = line.repeat(60);
        assert!(!UnknownShare::of(&reference, &data).is_ocr_output());
        // Each misreading of a scan still counts (up to a few uses each).
        assert!(UnknownShare::of(&format!("{reference}{OCR_TEXT}"), &data).misread > 3);
    }
}
