use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::rules::unicode::describe_char;
use crate::text::{char_at, char_before};

declare_rule! {
    /// Finds punctuation from another part of Unicode standing in for ordinary punctuation:
    /// U+201A SINGLE LOW-9 QUOTATION MARK used as a comma ("MOSCOW/SEOUL‚ President"), an acute
    /// accent (U+00B4), prime (U+2032) or grave accent standing in for an apostrophe, U+2010 or
    /// U+2212 for a hyphen between letters, U+037E GREEK QUESTION MARK for a semicolon and
    /// U+02D0 for a colon.
    ///
    /// Why it matters: the text looks right but search, spell checking and tokenisers see a
    /// different character, and fonts render some of them visibly wrong.
    ///
    /// Each character is judged by its neighbours, so real uses stay alone: a low quotation mark
    /// that opens a German quote (‚so‘), a prime after a number (5′), a minus before a number.
    ///
    /// Example: `MOSCOW/SEOUL‚ President` becomes `MOSCOW/SEOUL, President`.
    ///
    /// Fix: safe; the replacement is the ASCII character, or a curly apostrophe where the
    /// document mostly uses curly ones.
    pub struct LookalikePunctuation { code: "UNI001", name: "lookalike-punctuation", family: Unicode, fix: Always }
}

impl Rule for LookalikePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        let mut style = None;
        for (i, c) in text.char_indices() {
            if c.is_ascii() {
                continue;
            }
            let before = char_before(text, i);
            let after = char_at(text, i + c.len_utf8());
            let Some(replacement) = replacement_for(c, before, after, || *style.get_or_insert_with(|| Style::of(text)))
            else {
                continue;
            };
            let span = i..i + c.len_utf8();
            let message = format!("{} stands in for “{replacement}”", describe_char(c));
            let fix =
                Fix::safe(format!("replace with “{replacement}”"), vec![Edit::replace(span.clone(), replacement)]);
            out.push(Diagnostic::new(&Self::META, span, message).with_fix(fix));
        }
    }
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphabetic())
}

fn is_space_or_end(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// What `c` should be given its neighbours, or `None` when it is used as itself.
fn replacement_for(
    c: char,
    before: Option<char>,
    after: Option<char>,
    style: impl FnOnce() -> Style,
) -> Option<&'static str> {
    match c {
        // A low-9 quote after a word and before a space or digit is a comma; before a word it opens a quote.
        '\u{201A}' if follows_text(before) && (is_space_or_end(after) || after.is_some_and(|a| a.is_ascii_digit())) => {
            Some(",")
        }
        '\u{00B4}' | '`' if is_letter(before) && (is_letter(after) || is_space_or_end(after)) => {
            let style = style();
            (!style.accent_is_notation).then_some(style.apostrophe)
        }
        '\u{2032}' if is_letter(before) && is_letter(after) => Some(style().apostrophe),
        '\u{2010}' | '\u{2212}'
            if (is_letter(before) && is_letter(after)) || before == Some('-') || after == Some('-') =>
        {
            Some("-")
        }
        '\u{037E}' if !before.is_some_and(is_greek) => Some(";"),
        '\u{02D0}' if is_word(before) && is_space_or_end(after) => Some(":"),
        _ => None,
    }
}

/// Whether `before` ends a word or phrase (so a following low quote cannot open a quotation).
fn follows_text(before: Option<char>) -> bool {
    before.is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[' | '{' | '\u{201A}' | '\u{201E}' | '«' | '‹'))
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}')
}

/// How a document writes apostrophes and accents, read once when a judgement needs it.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// The apostrophe this document mostly uses: curly when it has more ’ than '.
    apostrophe: &'static str,
    /// The document uses ´ or ` as a mark of its own (stress in pronunciations such as
    /// /K´rad´/, backquoted code) rather than as a damaged apostrophe.
    accent_is_notation: bool,
}

impl Style {
    fn of(text: &str) -> Self {
        let curly = text.matches('\u{2019}').count();
        let straight = text.matches('\'').count();
        let accent_is_notation = text.match_indices(['\u{00B4}', '`']).any(|(i, m)| {
            let next = char_at(text, i + m.len());
            next.is_some_and(|n| {
                !n.is_alphanumeric() && !n.is_whitespace() && !matches!(n, '.' | ',' | ';' | ':' | '!' | '?')
            })
        });
        Style { apostrophe: if curly > straight { "\u{2019}" } else { "'" }, accent_is_notation }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::check;

    #[test]
    fn low_quote_after_word_is_a_comma() {
        let d = check(&LookalikePunctuation, "MOSCOW/SEOUL\u{201A} President Putin said");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].fix.as_ref().unwrap().edits[0].replacement, ",");
    }

    #[test]
    fn german_low_quote_is_kept() {
        assert!(check(&LookalikePunctuation, "Er sagte \u{201A}nein\u{2018} und ging.").is_empty());
    }

    #[test]
    fn acute_accent_apostrophe_follows_document_style() {
        let d = check(&LookalikePunctuation, "It’s the nation’s rule: don\u{00B4}t.");
        assert_eq!(d[0].fix.as_ref().unwrap().edits[0].replacement, "\u{2019}");
        let d = check(&LookalikePunctuation, "don\u{00B4}t");
        assert_eq!(d[0].fix.as_ref().unwrap().edits[0].replacement, "'");
    }

    #[test]
    fn accents_used_as_stress_marks_are_kept() {
        assert!(check(&LookalikePunctuation, "pronounced /K\u{00B4}rad\u{00B4}/ or /bark\u{00B4}lee/").is_empty());
    }

    #[test]
    fn prime_after_digit_and_minus_before_digit_are_kept() {
        assert!(check(&LookalikePunctuation, "a 5\u{2032} wall at \u{2212}5 degrees").is_empty());
    }

    #[test]
    fn low_quote_after_a_percentage_and_a_lookalike_in_a_double_hyphen() {
        let d = check(&LookalikePunctuation, "7.2%\u{201A} other; the limit\u{2010}-be made");
        let fixes: Vec<_> = d.iter().map(|d| d.fix.as_ref().unwrap().edits[0].replacement.as_str()).collect();
        assert_eq!(fixes, [",", "-"]);
    }

    #[test]
    fn hyphen_lookalike_between_letters() {
        let d = check(&LookalikePunctuation, "well\u{2010}known");
        assert_eq!(d[0].fix.as_ref().unwrap().edits[0].replacement, "-");
    }
}
