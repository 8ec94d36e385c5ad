use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Document;
use crate::lexicon::{Lexicon, Mark, WordInfo};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::rules::words::engine::{self, is_function_word};
use crate::rules::words::ocr_regime::misread_function_word;
use crate::rules::words::ABBREVIATIONS;
use crate::text::{self, Word};
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// Finds full stops that OCR lost between two sentences, in raw OCR output: "the band played
    /// until midnight Many of the guests", "sailed from Boston Ho brought", and in a scan that
    /// lost every full stop, the ends of its sentences and paragraphs.
    ///
    /// Why it matters: a faint full stop is the smallest mark on the page and the first a scan
    /// drops; without it two sentences run into one, which misleads search, sentence splitting
    /// and readers alike.
    ///
    /// How it decides: only in text that reads as raw OCR output (see OCR001).
    /// - Anywhere there, where a lowercase word that can end a sentence (no article,
    ///   preposition or other function word) is followed on the same line by a capitalised
    ///   word that opens sentences but is not capitalised inside one ("The", "They", "He",
    ///   "This", "Many", and their common misreadings "Tho", "Ho", "Wo"), itself followed by a
    ///   lowercase word. Words that OCR capitalises by misreading a letter ("In", "It", "If",
    ///   "I", "A") and titles before names ("Mr") are left alone, and so are line ends, where
    ///   verse and headings stop without a full stop.
    /// - Where the scan lost the full stops of the whole text (fewer than one in a hundred
    ///   words), also after a word that ends a paragraph: the text's last, or the last of a
    ///   short line followed by a capitalised one. And wherever a capitalised everyday word
    ///   follows a word, on its line or at the start of the next, and the language model likes
    ///   a sentence ending after the word and opening with it better than the two words in one
    ///   sentence: "Many" after "midnight", but not "West" after "mile" ("a mile⏎West of the
    ///   town"). A name opens no sentence there, nor does a word
    ///   followed by a capitalised one (names come in runs), and only a function word opens
    ///   one after a name ("from Portland Tho vessel").
    ///   Headings (lines mostly capitalised) end nothing, and in verse and lists (most lines
    ///   capitalised) line ends end no sentence. A word that opens its line and is no word may
    ///   be the tail of a word broken at the line end, which word repair joins first.
    ///
    /// Example: `the band played until midnight Many of the guests` becomes `the band played
    /// until midnight. Many of the guests`.
    ///
    /// Fix: unsafe (inserts the full stop).
    pub struct LostFullStop { code: "OCR010", name: "lost-full-stop", family: Words, fix: Always }
}

/// Words that open sentences and are not capitalised inside one (with OCR's common readings of
/// them: "Tho", "Ho", "Sho", "Wo", "Thoy").
const SENTENCE_OPENERS: &str =
    "The|Tho|They|Thoy|He|Ho|She|Sho|We|Wo|This|There|These|Those|His|Her|Our|Their|Many|When|But";

/// A lowercase word, one space, an opener, one space and a lowercase word.
static RUN_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u)\b([a-z]{{2,}}) (?:{SENTENCE_OPENERS}) [a-z]")).expect("a valid pattern")
});

impl Rule for LostFullStop {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if !ctx.ocr_output() {
            return;
        }
        let text = ctx.doc.text;
        let mut ends: Vec<Word> = run_on_sentences(ctx.doc).collect();
        let words: Vec<Word> = text::words(text).collect();
        if engine::full_stops_lost(text, words.len()) {
            ends.extend(sentence_ends_without_stops(ctx.doc, &words));
            ends.sort_by_key(|w| w.start);
            ends.dedup();
        }
        for word in ends {
            let message = format!("full stop lost after “{}”: a new sentence starts", word.text);
            let fix = Fix::unsafe_("insert a full stop", vec![Edit::replace(word.end..word.end, ".")]);
            out.push(Diagnostic::new(&LostFullStop::META, word.range(), message).with_fix(fix));
        }
    }
}

/// The last words of sentences that run on into a sentence opener on the same line.
fn run_on_sentences<'t>(doc: &'t Document<'t>) -> impl Iterator<Item = Word<'t>> + 't {
    let text = doc.text;
    RUN_ON.captures_iter(text).filter_map(move |found| {
        let word = found.get(1).expect("the pattern's group");
        // (The pattern's space ends the word; an ASCII word boundary does not see a letter
        // with an accent or an apostrophe before it.)
        let starts_word = !text[..word.start()].ends_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
        let word = Word { start: word.start(), end: word.end(), text: word.as_str() };
        (starts_word && !is_function_word(word.text) && !tail_of_broken_word(doc, &word)).then_some(word)
    })
}

/// Whether a word that opens its line is no listed word, and so perhaps the tail of a word
/// broken at the line end above ("Mon⏎treal"), which word repair joins first.
fn tail_of_broken_word(doc: &Document, word: &Word) -> bool {
    let line = &doc.lines()[doc.line_index(word.start)];
    doc.text[line.start..word.start].trim().is_empty()
        && !Lexicon::get().info(&word.text.to_lowercase()).is_some_and(|i| i.listed)
}

/// How much likelier (in nats) a sentence break must make a capitalised word after a word
/// than the two words read on in one sentence.
const BREAK_MARGIN: f64 = 1.0;
/// The same at the start of a line, where prose capitalises no word mid-sentence but names.
const LINE_START_BREAK_MARGIN: f64 = 0.0;
/// A text where more than this share of its lines open with a capital is verse or a list,
/// whose lines end without a full stop.
const VERSE_CAPITAL_SHARE: f64 = 0.5;
/// A line shorter than this share of the text's usual long line ends its paragraph.
const SHORT_LINE_SHARE: f64 = 0.8;
/// The usual long line: this quantile of the lengths of lines of three words or more.
const LONG_LINE_QUANTILE: f64 = 0.75;

/// In a text that lost all its full stops, the last words of sentences:
/// - a word that ends a paragraph: the last of the text, or of a short line followed by a
///   capitalised one ("in hand⏎Judge Harlan has");
/// - a word followed, on its line or at the start of the next, by a capitalised everyday word
///   that opens sentences far more often than it follows the word ("next week Many of",
///   "from Portland⏎Tho vessel").
///
/// Lines that are headings (most of their words capitalised) end nothing, and verse and lists
/// (most lines capitalised) end no sentence at their line ends.
fn sentence_ends_without_stops<'t>(doc: &Document<'t>, words: &[Word<'t>]) -> Vec<Word<'t>> {
    let text = doc.text;
    let layout = Layout::of(doc);
    let mut ends = Vec::new();
    for (i, last) in words.iter().enumerate() {
        if !may_end_sentence(last.text) || tail_of_broken_word(doc, last) {
            continue;
        }
        let line = doc.line_index(last.start);
        let line_text = doc.lines()[line].text.trim_end();
        let line_end = doc.lines()[line].start + line_text.len() == last.end;
        if line_end && layout.verse || layout.headings[line] {
            continue;
        }
        let Some(opener) = words.get(i + 1) else {
            if line_end && text[last.end..].trim().is_empty() {
                ends.push(*last);
            }
            continue;
        };
        let gap = &text[last.end..opener.start];
        if !gap.trim().is_empty() || gap.matches('\n').count() > 1 || !opener.text.starts_with(char::is_uppercase) {
            continue;
        }
        let next = words.get(i + 2).filter(|next| text[opener.end..next.start].trim().is_empty());
        let paragraph_end = line_end && layout.is_short(line_text);
        let margin = if line_end { LINE_START_BREAK_MARGIN } else { BREAK_MARGIN };
        if paragraph_end || opens_sentence_after(last.text, opener.text, next.map(|n| n.text), margin) {
            ends.push(*last);
        }
    }
    ends
}

/// What a text's lines tell of its layout.
struct Layout {
    /// Most lines open with a capital: verse or a list.
    verse: bool,
    /// The usual length of a long line, in characters.
    long_line: usize,
    /// Whether each line is a heading (see [`heading`]).
    headings: Vec<bool>,
}

impl Layout {
    fn of(doc: &Document) -> Self {
        let lines: Vec<&str> =
            doc.lines().iter().map(|l| l.text.trim()).filter(|l| l.split_whitespace().count() >= 3).collect();
        let capitalised = lines.iter().filter(|l| l.starts_with(char::is_uppercase)).count();
        let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        lengths.sort_unstable();
        let at = ((lengths.len().saturating_sub(1)) as f64 * LONG_LINE_QUANTILE) as usize;
        Layout {
            verse: capitalised as f64 > lines.len() as f64 * VERSE_CAPITAL_SHARE,
            long_line: lengths.get(at).copied().unwrap_or(0),
            headings: doc.lines().iter().map(|l| heading(l.text)).collect(),
        }
    }

    fn is_short(&self, line: &str) -> bool {
        (line.trim().chars().count() as f64) < self.long_line as f64 * SHORT_LINE_SHARE
    }
}

/// Whether a line is a heading: it opens with a capital, and so do more than half its words
/// other than function words ("Rally at the Anchor").
fn heading(line: &str) -> bool {
    let words: Vec<Word> = text::words(line).filter(|w| !is_function_word(w.text.to_lowercase().as_str())).collect();
    let capitalised = words.iter().filter(|w| w.text.starts_with(char::is_uppercase)).count();
    line.trim_start().starts_with(char::is_uppercase) && capitalised * 2 > words.len()
}

/// Whether a word may be the last of a sentence: lowercase, or a capitalised name, and no
/// abbreviation, initial, misreading of a function word ("tho") or function word that prose
/// seldom ends a sentence with (see [`FUNCTION_WORD_MIN_LIFT`]).
fn may_end_sentence(word: &str) -> bool {
    let mut letters = word.chars().skip(1);
    if word.chars().count() < 2 || !letters.all(char::is_lowercase) {
        return false;
    }
    let lex = Lexicon::get();
    let lower = word.to_lowercase();
    let info = lex.info(&lower).unwrap_or(WordInfo::UNKNOWN);
    let function_word = is_function_word(lower.as_str());
    (!function_word || lex.lift_before(&lower, Mark::Stop) >= FUNCTION_WORD_MIN_LIFT)
        && !ABBREVIATIONS.contains(&lower.as_str())
        && misread_function_word(&lower, info).is_none()
}

/// A function word ends sentences when prose ends them after it at least this much more
/// often than after words in general, as ln of the ratio: "them", "all", "again" and "here"
/// may; "the", "his" and "very" may not.
const FUNCTION_WORD_MIN_LIFT: f64 = -1.0;

/// Whether the capitalised `opener` after `last` (and before `next`) opens a new sentence: it
/// is an everyday word (or OCR's reading of one, "Tho"), and the language model likes a
/// sentence ending after `last` and opening with it better than the two words in one
/// sentence by [`BREAK_MARGIN`]. Names come in runs of capitalised words, so an opener other
/// than a function word must be followed by a lowercase word, and only a function word opens
/// a sentence after a name. ("In", "Is" and "I" are left alone: OCR capitalises "in" and "is"
/// by misreading a letter.)
fn opens_sentence_after(last: &str, opener: &str, next: Option<&str>, margin: f64) -> bool {
    let mut letters = opener.chars().skip(1);
    let lower = opener.to_lowercase();
    if !letters.all(char::is_lowercase)
        || matches!(opener, "In" | "Is" | "I")
        || ABBREVIATIONS.contains(&lower.as_str())
    {
        return false;
    }
    let lex = Lexicon::get();
    let Some(reading) = everyday_reading(&lower) else { return false };
    let function_word = is_function_word(reading.as_str()) && opener.len() > 1;
    let after_name = last.starts_with(char::is_uppercase);
    let next_lowercase = next.is_some_and(|n| n.starts_with(char::is_lowercase));
    if !function_word && (after_name || !next_lowercase) {
        return false;
    }
    // A word split in two ("Govern ment") opens nothing.
    if !function_word && next_lowercase && next.is_some_and(|n| lex.contains(&format!("{lower}{n}"))) {
        return false;
    }
    let last = last.to_lowercase();
    let broken = lex.lift_before(&last, Mark::Stop) + lex.logp_after_stop(&reading);
    let running_on = lex.logp_after(Some(&last), &reading);
    broken - running_on > margin
}

/// The everyday word a lowercase word is: itself when listed and no name, or the function
/// word OCR misread ("the" for "tho", "they" for "thoy").
fn everyday_reading(lower: &str) -> Option<String> {
    let info = Lexicon::get().info(lower);
    let entry = info.unwrap_or(WordInfo::UNKNOWN);
    if let Some(word) = misread_function_word(lower, entry) {
        return Some(word);
    }
    (entry.listed && !entry.proper).then(|| lower.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    /// Enough misread words ("tho", "aro", "iu") that the text reads as raw OCR output.
    const OCR: &str = "Tho committee aro iu favor of tbe bill, wero thoy said; and tho house \
        passed in tho session n bill to pay tho members.\n";

    #[test]
    fn a_sentence_run_into_the_next_gets_its_full_stop_back() {
        let text = format!("{OCR}The band played until midnight Many of the guests stayed late.\n");
        let expected = format!("{OCR}The band played until midnight. Many of the guests stayed late.\n");
        assert_eq!(fixed(&LostFullStop, &text), expected);
        let text = format!("{OCR}He sailed from Boston Ho brought his family.\n");
        assert!(check(&LostFullStop, &text).is_empty(), "a capitalised word before the opener");
    }

    #[test]
    fn misread_capitals_titles_line_ends_and_edited_text_are_left_alone() {
        for line in [
            "the money was placed In the bank",
            "the bill passed It was signed",
            "he called on Mr Jones yesterday",
            "after the evening The Times reported",
            "the horses drew the carts about\nThe bull will bellow",
            "in the The end",
        ] {
            let text = format!("{OCR}{line}\n");
            assert!(check(&LostFullStop, &text).is_empty(), "{line}: {:?}", check(&LostFullStop, &text));
        }
        assert!(check(&LostFullStop, "The band played until midnight Many of the guests stayed late.\n").is_empty());
    }

    /// A notice whose scan lost every full stop, with OCR's misreadings ("tho", "aro", "havo").
    const STOPLESS: &str = "LOCAL NOTES
Tho steamer Mariposa arrived from Portland yesterday with
a largo cargo of lumber and forty passengers She will sail
again on Friday for tho northern ports
Tho new school house at Glenwood is nearly finished and
tho teachers aro expected to arrive next week Many of
tho parents havo asked the board for a second room but
the money is not yet in hand
Judge Harlan has written a long and friendly letter to
his old friend George Brown who lives at tho mill and
will visit him in tho spring
Rally at tho Anchor
When tho whistle sounds all tho boys will come to tho hall
for the dance and supper
";

    fn flagged_words(text: &str) -> Vec<String> {
        check(&LostFullStop, text).iter().map(|d| text[d.span.clone()].to_string()).collect()
    }

    #[test]
    fn where_ocr_lost_every_full_stop_sentence_and_paragraph_ends_get_them_back() {
        assert_eq!(flagged_words(STOPLESS), ["passengers", "ports", "week", "hand", "spring", "supper"]);
        let fixed_text = fixed(&LostFullStop, STOPLESS);
        assert!(
            fixed_text.contains("forty passengers. She will sail\nagain on Friday for tho northern ports.\nTho new")
        );
        assert!(fixed_text.contains("his old friend George Brown who"), "a name after a long line opens nothing");
        assert!(fixed_text.contains("Rally at tho Anchor\nWhen"), "a heading ends no sentence");
    }

    #[test]
    fn verse_lines_end_without_full_stops() {
        let verse = "Tho bells of morning ring so clear and sweet
Tho valley wakes and all tho birds aro singing
They call across tho fields at break of day
The farmer leaves his door and walks tho road
He havo no care for all tho world beside
Tho children run to meet him at tho gate
Their voices carry far across tho hill
";
        assert!(check(&LostFullStop, verse).is_empty(), "{:?}", flagged_words(verse));
    }

    #[test]
    fn a_word_broken_at_a_line_end_is_no_sentence_end() {
        let text = STOPLESS.replace("tho northern ports", "tho northern ports of Mon\ntreal But the mail");
        assert!(!flagged_words(&text).contains(&"treal".to_string()), "{:?}", flagged_words(&text));
    }
}
