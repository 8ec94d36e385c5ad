use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::rules::words::engine::FUNCTION_WORDS;
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// Finds full stops that OCR lost between two sentences on one line, in raw OCR output:
    /// "the charm of the evening Many of the decorations", "came from Canada Ho had".
    ///
    /// Why it matters: a faint full stop is the smallest mark on the page and the first a scan
    /// drops; without it two sentences run into one, which misleads search, sentence splitting
    /// and readers alike.
    ///
    /// How it decides: only in text that reads as raw OCR output (see OCR001), and only where a
    /// lowercase word that can end a sentence (no article, preposition or other function word)
    /// is followed on the same line by a capitalised word that opens sentences but is not
    /// capitalised inside one ("The", "They", "He", "This", "Many", and their common misreadings
    /// "Tho", "Ho", "Wo"), itself followed by a lowercase word. Words that OCR capitalises by
    /// misreading a letter ("In", "It", "If", "I", "A") and titles before names ("Mr") are
    /// left alone, and so are line ends, where verse and headings stop without a full stop.
    ///
    /// Example: `the charm of the evening Many of the decorations` becomes `the charm of the
    /// evening. Many of the decorations`.
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
        for found in RUN_ON.captures_iter(text) {
            let word = found.get(1).expect("the pattern's group");
            // (The pattern's space ends the word; an ASCII word boundary does not see a letter
            // with an accent or an apostrophe before it.)
            let starts_word = !text[..word.start()].ends_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
            if !starts_word || FUNCTION_WORDS.contains(&word.as_str()) {
                continue;
            }
            let message = format!("full stop lost after “{}”: a new sentence starts", word.as_str());
            let fix = Fix::unsafe_("insert a full stop", vec![Edit::replace(word.end()..word.end(), ".")]);
            out.push(Diagnostic::new(&LostFullStop::META, word.range(), message).with_fix(fix));
        }
    }
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
        let text = format!("{OCR}It enhanced the charm of the evening Many of the decorations were new.\n");
        let expected = format!("{OCR}It enhanced the charm of the evening. Many of the decorations were new.\n");
        assert_eq!(fixed(&LostFullStop, &text), expected);
        let text = format!("{OCR}He travelled to New York Ho had with him a friend.\n");
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
        assert!(check(&LostFullStop, "It enhanced the charm of the evening Many of the guests came.\n").is_empty());
    }
}
