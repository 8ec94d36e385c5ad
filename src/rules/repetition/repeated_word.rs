use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::text::words;

declare_rule! {
    /// Finds a short function word printed twice in a row by mistake: "the the", "of of",
    /// "and and", case-insensitively, across spaces or a single line break.
    ///
    /// Why it matters: it is the most common slip in typing, editing and OCR, and readers'
    /// eyes skip over it.
    ///
    /// Only closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries)
    /// are checked: doubled content words are usually deliberate ("yes yes", "ha ha", "Pago
    /// Pago", "long long int"). "that that" and "had had" are often correct English and are
    /// never reported; "in in", "is is" and "her her" sometimes are ("went in in his sight",
    /// "what it is is", "gave her her things") and get an unsafe fix. Two identical lines (a
    /// refrain) are not read as a doubling, nor is a doubling quoted alone, which mentions the
    /// slip (`fix "the the" typos`).
    ///
    /// Example: `the the war` becomes `the war`.
    ///
    /// Fix: safe for articles, prepositions and conjunctions; unsafe where the doubling can be
    /// grammatical.
    pub struct RepeatedWord { code: "REP001", name: "repeated-word", family: Repetition, fix: Always }
}

/// Words whose doubling is almost always a mistake.
const SAFE_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "for", "from", "with", "and", "or", "but", "on", "at", "by", "as", "are", "was",
    "were", "be", "been", "it", "its", "this", "these", "those", "their", "his", "our", "we", "they", "he", "she",
    "will", "would", "can", "not", "which", "who", "than", "into", "if", "has", "have", "my", "your", "upon", "about",
    "under", "over", "between", "against",
];

/// Words whose doubling is sometimes grammatical: reported with an unsafe fix.
/// ("her" is an object and a possessive at once: "gave her her things".)
const UNSAFE_WORDS: &[&str] = &["in", "is", "do", "so", "there", "her"];

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        let mut previous: Option<crate::text::Word> = None;
        for word in words(text) {
            if let Some(prev) = previous {
                if let Some(safe) = doubling(prev.text, word.text) {
                    // "up to to-day": the second word belongs to a compound. ("shrink_to to",
                    // "to to_cow_str": one of them is a piece of an identifier.)
                    let in_compound = text[word.end..].starts_with(['-', '_'])
                        || text[..prev.start].ends_with(['-', '_'])
                        || text[prev.end..].starts_with('_')
                        || text[..word.start].ends_with('_');
                    if separator_is_plain(ctx, prev.end, word.start)
                        && !in_compound
                        && !quoted(text, prev.start, word.end)
                    {
                        out.push(diagnostic(prev.end..word.end, prev.start..word.end, word.text, safe));
                    }
                }
            }
            previous = Some(word);
        }
    }
}

/// Whether the doubling alone stands in quotation marks: a mention of the slip, not the slip
/// (`fix "the the" typos`).
fn quoted(text: &str, start: usize, end: usize) -> bool {
    let before = crate::text::char_before(text, start);
    let after = crate::text::char_at(text, end);
    matches!(
        (before, after),
        (Some('"'), Some('"'))
            | (Some('“'), Some('”'))
            | (Some('\''), Some('\''))
            | (Some('‘'), Some('’'))
            | (Some('`'), Some('`'))
    )
}

/// `Some(is_safe)` when `b` repeats `a` and the word is one this rule checks.
fn doubling(a: &str, b: &str) -> Option<bool> {
    // "AND and OR", "form with WITH": a keyword next to the same word in prose.
    let shouting = |w: &str| w.len() > 1 && crate::text::is_all_caps(w);
    if !a.eq_ignore_ascii_case(b) || !a.is_ascii() || shouting(a) != shouting(b) {
        return None;
    }
    let lower = a.to_ascii_lowercase();
    if SAFE_WORDS.contains(&lower.as_str()) {
        Some(true)
    } else if UNSAFE_WORDS.contains(&lower.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// Only spaces, or spaces and one line break between two lines that are not the same line
/// repeated (a refrain), each holding more than the word: a line of one word is an entry of a
/// list or a refrain's, whatever the line next to it holds ("Yes⏎Yes, sir", "Sing, and⏎and").
fn separator_is_plain(ctx: &Context, from: usize, to: usize) -> bool {
    let between = &ctx.doc.text[from..to];
    if !between.chars().all(char::is_whitespace) {
        return false;
    }
    // (A carriage return alone breaks a line too, as old Macs wrote them.)
    let line_breaks = between.matches('\n').count() + between.matches('\r').count() - between.matches("\r\n").count();
    match line_breaks {
        0 => true,
        1 => {
            let doc = ctx.doc;
            let (a, b) = (&doc.lines()[doc.line_index(from)], &doc.lines()[doc.line_index(to)]);
            let one_word = |line: &crate::document::Line| !line.text.trim().contains(char::is_whitespace);
            a.text.trim() != b.text.trim() && !one_word(a) && !one_word(b)
        }
        _ => false,
    }
}

fn diagnostic(delete: std::ops::Range<usize>, span: std::ops::Range<usize>, word: &str, safe: bool) -> Diagnostic {
    let message = format!("“{word}” is repeated");
    let edits = vec![Edit::delete(delete)];
    let fix = if safe {
        Fix::safe("remove the repeated word", edits)
    } else {
        Fix::unsafe_("remove the repeated word", edits)
    };
    Diagnostic::new(&RepeatedWord::META, span, message).with_fix(fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn removes_doubled_function_words() {
        assert_eq!(fixed(&RepeatedWord, "in the the war of of words, The the end"), "in the war of words, The end");
    }

    #[test]
    fn grammatical_and_deliberate_doublings_are_kept() {
        assert!(check(&RepeatedWord, "He said that that was fine; they had had enough. Yes yes. Pago Pago.").is_empty());
        assert!(check(&RepeatedWord, "The operators AND and OR commute; the form with WITH is used.").is_empty());
    }

    #[test]
    fn unsafe_when_doubling_may_be_grammatical() {
        for text in ["what it is is clear", "he gave her her things"] {
            let d = check(&RepeatedWord, text);
            assert_eq!(d[0].fix.as_ref().unwrap().applicability, crate::Applicability::Unsafe, "{text}");
        }
    }

    #[test]
    fn refrain_lines_are_not_doublings() {
        assert!(check(&RepeatedWord, "and\nand\n").is_empty());
        assert!(check(&RepeatedWord, "A\nA\nA\nA!\n").is_empty(), "a line of one word is a list's entry");
        assert!(check(&RepeatedWord, "a line that ends in A\nA\nA\n").is_empty(), "... after a line or before one");
        assert!(check(&RepeatedWord, "went to the\r\rthe market").is_empty(), "lone carriage returns break lines");
        assert_eq!(check(&RepeatedWord, "went to the\r\nthe market").len(), 1);
        assert_eq!(check(&RepeatedWord, "went to the\nthe market").len(), 1);
        assert!(check(&RepeatedWord, "Up to\nto-day, about thirty").is_empty());
        assert!(check(&RepeatedWord, "Changed shrink_to to not panic; renamed to_str to to_cow_str.").is_empty());
    }

    #[test]
    fn a_doubling_quoted_alone_is_a_mention() {
        assert!(check(&RepeatedWord, "docs: fix \"the the\" typos and a `to to` slip").is_empty());
        assert_eq!(check(&RepeatedWord, "he said \"of the the war\" twice").len(), 1, "quoted with other words");
    }
}
