use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use std::ops::Range;

declare_rule! {
    /// Finds marks that OCR read from specks, smudges and column rules on the page, in raw OCR
    /// output: a mark standing alone between words ("the . house", "said ' that", "¦"), a
    /// broken bar or bullet stuck to a word ("¦In", "on•"), a quote mark after a word that
    /// closes no quotation ("and' the"), a mark stuck to the front of a lowercase word ("for
    /// .the next", "requesting -that") or a lone full stop or comma stuck to the front of a
    /// capitalised one ("tried upon .Senator"), an asterisk, tilde or caret closing one ("blossom*")
    /// and a hyphen that ends a word inside a line ("crept- across").
    ///
    /// Why it matters: specks become full stops, commas and quotes that split sentences and
    /// break search; a broken bar (¦) or a bullet inside running text is never the author's.
    ///
    /// How it decides: only in text that reads as raw OCR output (many unknown words that are
    /// glyph confusions of common ones; see OCR001), where a lone full stop, comma or quote,
    /// a run of several marks, or any mark with a symbol no prose uses (¦ • | _ ~ ^ « ») is
    /// noise; code blocks and Markdown table rows are skipped. Spaced semicolons, colons,
    /// question and exclamation marks are old typography and stay, as do dashes, ampersands,
    /// double quotes, angle brackets and backslashes, a bullet that opens a line, and a full
    /// stop or comma before a capital (it may end a sentence).
    /// A dash opening a line (a speech or an item) and a word in asterisks (emphasis) keep
    /// their marks; a hyphen may hang before "and", "or" and "to" ("pre- and post-war").
    /// A word's closing single quote is stray when the line opens no single quotation before
    /// it and the word does not end in s (a plural possessive: "the states' rights"); a run of
    /// three or more quotes goes at once, and two stay (old type's closing double quote).
    /// So is a single quote after a word's comma or full stop ("Kaffirs,' and") when no single
    /// quotation opened on its line or the one before.
    /// A single quote opening a lowercase word is stray when no quote closes on its line or
    /// the next ("was forced 'to walk") and it stands for no letters ("'tis", "'em"). A
    /// full stop, comma, colon or semicolon after an article or possessive determiner, which
    /// a noun always follows, is stray before a lowercase word ("like the, flowers"), and so
    /// is a full stop closing a word inside a line before a lowercase word ("Governor. of
    /// Kentucky": a sentence would start with a capital), except after an abbreviation
    /// ("etc. and", "Mr.") or an initial.
    ///
    /// Example: `on the . 5th of May, and' the ¦ senate` becomes `on the 5th of May, and the senate`.
    ///
    /// Fix: unsafe (deletes the mark, and a lone mark's space before it).
    pub struct StrayMark { code: "OCR009", name: "stray-mark", family: Words, fix: Always }
}

/// Symbols that running prose does not use: in OCR output they are specks and rules. (Not
/// angle brackets and backslashes, which HTML and Markdown use: a text misjudged as OCR must
/// not lose them. A vertical bar is a speck outside a Markdown table row.)
const NOISE_SYMBOLS: &[char] = &['¦', '•', '|', '_', '~', '^', '«', '»'];
/// Marks that a speck is read as.
const SPECK_MARKS: &[char] = &['.', ',', '\'', '`', '‘', '’', ':', ';', '!', '?', '-', '"'];
/// Marks a speck leaves stuck to the front of a word. (Not quotes and brackets, which open
/// quotations and asides.)
const LEADING_SPECKS: &[char] = &['.', ',', ';', ':', '*', '~', '^', '-'];
/// Symbols that are noise even stuck to a word.
const ATTACHED_NOISE: &[char] = &['¦', '•'];

impl Rule for StrayMark {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if !ctx.ocr_output() {
            return;
        }
        let text = ctx.doc.text;
        let mut at = 0;
        let mut previous = "";
        let mut lines = text.split_inclusive('\n').peekable();
        while let Some(line) = lines.next() {
            let body = line.trim_end_matches(['\n', '\r']);
            // Code, and the rows of a Markdown table, are no running text.
            let table_row = body.trim_start().starts_with('|');
            // (Code blocks reach the rules blanked out.)
            if !table_row {
                let around = LinesAround { previous, next: lines.peek().copied().unwrap_or("") };
                check_line(body, around, at, out);
            }
            previous = body;
            at += line.len();
        }
    }
}

/// The lines before and after a line: a quotation may open on the one and close on the other.
#[derive(Clone, Copy)]
struct LinesAround<'a> {
    previous: &'a str,
    next: &'a str,
}

fn check_line(line: &str, around: LinesAround, offset: usize, out: &mut Vec<Diagnostic>) {
    let chunks = chunks(line);
    let opening_quote = first_opening_quote(line);
    let quotation_open_before = first_opening_quote(around.previous).is_some();
    let alone_on_line = chunks.len() == 1;
    for (i, chunk) in chunks.iter().enumerate() {
        let word = &line[chunk.clone()];
        if !word.chars().any(char::is_alphanumeric) {
            // A full stop or comma spaced off its word before a capital may end a sentence:
            // deleting it could lose the boundary.
            let before_capital = chunks.get(i + 1).is_some_and(|n| line[n.clone()].starts_with(char::is_uppercase));
            let may_end_sentence = matches!(word, "." | ",") && before_capital;
            if !alone_on_line && !may_end_sentence && is_stray_run(word, i == 0) {
                let span = with_one_side_of_space(line, chunk.clone());
                out.push(diagnostic(offset, span, word, "stray mark between words"));
            }
            continue;
        }
        for (j, c) in word.char_indices().filter(|(_, c)| ATTACHED_NOISE.contains(c)) {
            let start = chunk.start + j;
            out.push(diagnostic(offset, start..start + c.len_utf8(), &c.to_string(), "stray symbol on a word"));
        }
        if let Some(marks) = leading_specks(word, line, i == 0) {
            let start = chunk.start;
            out.push(diagnostic(offset, start..start + marks, &word[..marks], "stray mark before a word"));
        }
        if let Some(quote) = stray_opening_quote(word, &line[chunk.end..], around.next) {
            let start = chunk.start;
            out.push(diagnostic(offset, start..start + quote, &word[..quote], "quote mark that opens no quotation"));
        }
        if let Some(mark) = trailing_speck(word, line) {
            let start = chunk.start + mark;
            out.push(diagnostic(offset, start..start + 1, &word[mark..mark + 1], "stray mark after a word"));
        }
        let next_word = chunks.get(i + 1).map(|n| &line[n.clone()]);
        if let Some(hyphen) = dangling_hyphen(word, next_word) {
            let start = chunk.start + hyphen;
            out.push(diagnostic(offset, start..start + 1, "-", "stray hyphen after a word"));
        }
        if let Some(stop) = stop_before_lowercase(word, next_word) {
            let start = chunk.start + stop;
            out.push(diagnostic(offset, start..start + 1, ".", "full stop before a lowercase word"));
        }
        let following = next_word.or_else(|| around.next.split_whitespace().next());
        if let Some(marks) = mark_after_determiner(word, following) {
            let start = chunk.start + marks.start;
            out.push(diagnostic(offset, start..chunk.start + marks.end, &word[marks], "stray mark after a word"));
        }
        let quotation_open = opening_quote.is_some_and(|q| q < chunk.start);
        // (A quote after the word's own comma or full stop may close a quotation opened on the
        // line before too.)
        let closing = stray_quote_after_mark(line, chunk.clone())
            .filter(|_| !quotation_open_before)
            .or_else(|| stray_closing_quote(line, chunk.clone()));
        if let Some(quote) = closing.filter(|_| !quotation_open) {
            out.push(diagnostic(offset, quote.clone(), &line[quote], "quote mark that closes no quotation"));
        }
    }
}

/// The byte ranges of the whitespace-separated chunks of a line.
fn chunks(line: &str) -> Vec<Range<usize>> {
    // Each chunk is a slice of `line`: its offset is the distance between their addresses.
    let start_of = |chunk: &str| chunk.as_ptr() as usize - line.as_ptr() as usize;
    line.split_whitespace().map(|chunk| start_of(chunk)..start_of(chunk) + chunk.len()).collect()
}

/// Whether a chunk of marks alone between words is OCR noise.
fn is_stray_run(marks: &str, opens_line: bool) -> bool {
    if marks.chars().any(|c| NOISE_SYMBOLS.contains(&c)) {
        // A bullet opening a line is a list item's.
        return !(opens_line && marks == "•");
    }
    if !marks.chars().all(|c| SPECK_MARKS.contains(&c)) || marks.chars().all(|c| c == '-') {
        return false; // "&", "$", "*", a dash
    }
    let mut chars = marks.chars();
    match (chars.next(), chars.next()) {
        // One mark: spaced ; : ? ! are old typography, a lone " may open a quotation, and a
        // full stop or comma opening a line is more often what is left of a word.
        (Some(c), None) => matches!(c, '\'' | '`' | '‘' | '’') || (matches!(c, '.' | ',') && !opens_line),
        // Several marks in a row (".,", "'.", "-.") are no punctuation anyone writes spaced.
        _ => true,
    }
}

/// Marks a speck leaves stuck to the front of a lowercase word (".the", "-that", "*one"):
/// their length in bytes. A dash opening a line opens a speech or an item, and an asterisk
/// the line closes again is emphasis.
/// So is a lone full stop, comma, colon or semicolon stuck to the front of a capitalised
/// word (".Mrs.", ".Senator"): such a mark closes the word before it, never opens one. (Not
/// a dash, which opens a dateline's story: "June 21.-Sparrow".)
fn leading_specks(word: &str, line: &str, opens_line: bool) -> Option<usize> {
    let rest = word.trim_start_matches(LEADING_SPECKS);
    let marks = word.len() - rest.len();
    let lowercase_word = rest.get(..2).is_some_and(lowercase);
    let capitalised_word = marks == 1
        && word.starts_with(['.', ',', ':', ';'])
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && rest.get(1..2).is_some_and(lowercase);
    let dash_opening_line = opens_line && word[..marks].starts_with('-');
    let emphasis = word.starts_with('*') && asterisks_paired(line);
    (marks > 0 && (lowercase_word || capitalised_word) && !dash_opening_line && !emphasis).then_some(marks)
}

/// A speck read as an asterisk, tilde or caret closing a lowercase word ("blossom*", "on^"):
/// its byte offset in the word. An asterisk is kept where the line has another (emphasis, or
/// a footnote and its mark).
fn trailing_speck(word: &str, line: &str) -> Option<usize> {
    let stem = word.strip_suffix(['*', '~', '^'])?;
    let paired_asterisk = word.ends_with('*') && asterisks_paired(line);
    (stem.len() >= 2 && lowercase(stem) && !paired_asterisk).then_some(stem.len())
}

/// A hyphen closing a lowercase word inside a line, before another lowercase word
/// ("crept- across", "tin- numbers"): where the line goes on, a hyphen joins nothing. Not before
/// "and", "or" and "to", which a hyphen may hang before ("pre- and post-war", "two- to
/// three-year"). Its byte offset in the word.
fn dangling_hyphen(word: &str, next_word: Option<&str>) -> Option<usize> {
    let stem = word.strip_suffix('-')?;
    let next = next_word?;
    let continues = next.starts_with(|c: char| c.is_ascii_lowercase()) && !matches!(next, "and" | "or" | "to");
    (stem.len() >= 2 && lowercase(stem) && continues).then_some(stem.len())
}

/// A full stop closing a word inside a line, before a lowercase word ("Governor. of
/// Kentucky", "the century. was"): a speck or a misread comma, as a sentence would start
/// with a capital. Not after an abbreviation ("etc. and") or an initial. Its byte offset in
/// the word.
fn stop_before_lowercase(word: &str, next_word: Option<&str>) -> Option<usize> {
    let stem = word.strip_suffix('.')?;
    let letters = stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_alphabetic());
    let abbreviation = super::ABBREVIATIONS.contains(&stem.to_ascii_lowercase().as_str());
    let continues = next_word.is_some_and(|n| n.get(..2).is_some_and(lowercase));
    (letters && !abbreviation && continues).then_some(stem.len())
}

/// Articles and possessive determiners, which a noun always follows: no punctuation comes
/// after them in running text.
const DETERMINERS: &[&str] = &["a", "an", "the", "my", "our", "your", "their", "its"];

/// A full stop, comma, colon or semicolon after an article or possessive determiner and
/// before a lowercase word ("like the, flowers", "in their. attack"): its range in the word.
/// (Not before a lone letter: "options a, b and c" lists letters.)
fn mark_after_determiner(word: &str, next_word: Option<&str>) -> Option<Range<usize>> {
    let stem = word.trim_end_matches(['.', ',', ';', ':']);
    let continues = next_word.is_some_and(|n| n.get(..2).is_some_and(lowercase));
    (stem.len() < word.len() && DETERMINERS.contains(&stem) && continues).then_some(stem.len()..word.len())
}

/// Whether a piece of a word is all lowercase ASCII letters.
fn lowercase(letters: &str) -> bool {
    letters.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether the line has two asterisks or more: emphasis, or a footnote and its mark.
fn asterisks_paired(line: &str) -> bool {
    line.matches('*').count() > 1
}

/// A chunk with the spaces on one side of it, so that deleting it leaves one space.
fn with_one_side_of_space(line: &str, chunk: Range<usize>) -> Range<usize> {
    let before = line[..chunk.start].trim_end_matches([' ', '\t']).len();
    if before > 0 {
        return before..chunk.end;
    }
    let after = line[chunk.end..].len() - line[chunk.end..].trim_start_matches([' ', '\t']).len();
    chunk.start..chunk.end + after
}

/// A single quote closing a word (before a space, punctuation or the line's end) when the word
/// does not end in s (a plural possessive), or a run of three or more (specks); whether it
/// closes a quotation is the caller's to judge. Two in a row are left alone: old type closes a
/// double quotation with two single quotes.
fn stray_closing_quote(line: &str, chunk: Range<usize>) -> Option<Range<usize>> {
    let word = &line[chunk.clone()];
    let letters_end = word.find(|c: char| !c.is_alphabetic())?;
    let rest = &word[letters_end..];
    let after = rest.trim_start_matches(['\'', '’']);
    let (run, quotes) = (rest.len() - after.len(), rest.chars().count() - after.chars().count());
    let letters = &word[..letters_end];
    let possessive = letters.ends_with(['s', 'S']) && quotes == 1;
    if quotes == 0 || quotes == 2 || letters.is_empty() || possessive || after.starts_with(char::is_alphanumeric) {
        return None;
    }
    let start = chunk.start + letters_end;
    Some(start..start + run)
}

/// A single quote opening a lowercase word that no quote closes on its line or the next
/// ("was forced 'to walk", "a tin 'of milk"): a speck read as a quote. Not an elision
/// ("'tis", "'em"). Its length in bytes.
fn stray_opening_quote(word: &str, rest_of_line: &str, next_line: &str) -> Option<usize> {
    let quote = word.chars().next().filter(|c| matches!(c, '\'' | '‘'))?;
    let letters = &word[quote.len_utf8()..];
    let stem_end = letters.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(letters.len());
    let stem = &letters[..stem_end];
    let elision = super::ELISIONS.contains(&stem);
    let closed = closes_single_quote(&letters[stem_end..])
        || closes_single_quote(rest_of_line)
        || closes_single_quote(next_line);
    (stem.len() >= 2 && lowercase(stem) && !elision && !closed).then_some(quote.len_utf8())
}

/// Whether a single quote closes something in `text`: a quote after a letter or mark that no
/// letter follows ("here'", "said,'"), as opposed to an apostrophe inside a word ("don't").
fn closes_single_quote(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        matches!(c, '\'' | '’')
            && i > 0
            && !chars[i - 1].is_whitespace()
            && !chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
    })
}

/// A single quote after a word and the comma or full stop that closes it ("armed Kaffirs,'
/// and", "to its close.' Yes"): whether a quotation opened on its line or the one before is
/// the caller's to judge. Its range.
fn stray_quote_after_mark(line: &str, chunk: Range<usize>) -> Option<Range<usize>> {
    let word = &line[chunk.clone()];
    let letters_end = word.find(|c: char| !c.is_alphabetic())?;
    let mut rest = word[letters_end..].chars();
    let (mark, quote) = (rest.next()?, rest.next()?);
    let closes_word = matches!(mark, ',' | '.' | ';' | ':' | '!' | '?') && matches!(quote, '\'' | '’');
    (letters_end >= 2 && closes_word && rest.as_str().is_empty()).then(|| {
        let start = chunk.start + letters_end + mark.len_utf8();
        start..start + quote.len_utf8()
    })
}

/// Where the line first opens a single quotation: a quote at its start or after a space,
/// double quote or bracket.
fn first_opening_quote(line: &str) -> Option<usize> {
    let mut previous = None;
    for (i, c) in line.char_indices() {
        if matches!(c, '\'' | '‘') && previous.is_none_or(|p| matches!(p, ' ' | '"' | '(')) {
            return Some(i);
        }
        previous = Some(c);
    }
    None
}

fn diagnostic(offset: usize, span: Range<usize>, mark: &str, what: &str) -> Diagnostic {
    let span = offset + span.start..offset + span.end;
    let message = format!("“{}”: {what}, read from a speck on the page", mark.trim());
    let fix = Fix::unsafe_("delete it", vec![Edit::delete(span.clone())]);
    Diagnostic::new(&StrayMark::META, span, message).with_fix(fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    /// Enough misread words ("tho", "aro", "iu") that the text reads as raw OCR output.
    const OCR: &str = "Tho committee aro iu favor of tbe bill, wero thoy said; and tho house \
        passed in tho session n bill to pay tho members.\n";

    /// Asserts that fixing `text` after the OCR sentence gives `expected` after it.
    fn assert_fixed(text: &str, expected: &str) {
        assert_eq!(fixed(&StrayMark, &format!("{OCR}{text}")), format!("{OCR}{expected}"));
    }

    /// Each line, after text that reads as OCR output, has no stray mark.
    fn assert_kept(lines: &[&str]) {
        for line in lines {
            let text = format!("{OCR}{line}\n");
            assert!(check(&StrayMark, &text).is_empty(), "{line}: {:?}", check(&StrayMark, &text));
        }
    }

    #[test]
    fn specks_between_words_are_deleted() {
        assert_fixed(
            "on the . 5th of May, and' the ¦ senate met ., at noon\n",
            "on the 5th of May, and the senate met at noon\n",
        );
    }

    #[test]
    fn symbols_stuck_to_words_are_deleted() {
        assert_fixed("the ¦In house and on• the floor\n", "the In house and on the floor\n");
    }

    #[test]
    fn specks_stuck_to_a_word_are_deleted() {
        assert_fixed(
            "for .the next day, requesting -that it take\nhis hand crept- across her face^\n",
            "for the next day, requesting that it take\nhis hand crept across her face\n",
        );
        assert_fixed(
            "damages for publishing .Mrs. Stowe's novel, tried upon .Senator Logan\n",
            "damages for publishing Mrs. Stowe's novel, tried upon Senator Logan\n",
        );
        assert_kept(&[
            "-he struggles and cries",
            "a *bold* claim and a bran -New one",
            "DANVILLE, Pa., June 21.-Sparrows peck at the faces",
            "written in .NET and ..Then the end",
            "a *very bold* claim",
            "the pre- and post-war years, two- to three-year terms",
        ]);
    }

    #[test]
    fn a_full_stop_before_a_lowercase_word_is_deleted() {
        assert_fixed(
            "W. S. Taylor, Governor. of Kentucky, when the century. was young\n",
            "W. S. Taylor, Governor of Kentucky, when the century was young\n",
        );
        assert_kept(&[
            "cattle, sheep, etc. and the horses",
            "sent by Mr. smith",
            "a ship. The next day",
            "it was 5. then",
        ]);
    }

    #[test]
    fn a_mark_after_an_article_or_determiner_is_deleted() {
        assert_fixed(
            "still like the, flowers of spring, unsuccessful in their.\nattack\n",
            "still like the flowers of spring, unsuccessful in their\nattack\n",
        );
        assert_kept(&["choose options a, b and c", "the word is the. The next", "a cat, a dog, the end"]);
    }

    #[test]
    fn a_quote_after_a_words_comma_or_full_stop_that_closes_no_quotation_is_deleted() {
        assert_fixed(
            "employing armed Kaffirs,' and he adds\nthat the year is drawing to its close.' Yes\n",
            "employing armed Kaffirs, and he adds\nthat the year is drawing to its close. Yes\n",
        );
        // A quotation opened on the line or the one before closes there.
        assert_kept(&["he said 'come here,' and left", "he said 'we shall see\nabout that,' and left"]);
    }

    #[test]
    fn a_quote_that_opens_no_quotation_is_deleted() {
        assert_fixed(
            "and was forced 'to walk, a long\nway to procure a tin 'of milk\n",
            "and was forced to walk, a long\nway to procure a tin of milk\n",
        );
        // Quotations closed on the line or the next, and elisions, stay.
        assert_kept(&[
            "he said 'come here' and left",
            "'tis the season, he said",
            "the word 'ought,' she said",
            "he said 'come over\nhere,' and left",
        ]);
    }

    #[test]
    fn old_typography_dashes_quotes_and_possessives_stay() {
        assert_kept(&[
            "What is it ? he asked ; and then : nothing !",
            "the north - and the south",
            "Smith & Jones, \" he said",
            "the states' rights and the senators' votes",
            "he said 'come here' and left",
            "• a list item that opens the line",
            "and much admired . The ladies",
        ]);
    }

    #[test]
    fn markup_stays_even_in_text_taken_for_ocr() {
        // (Fenced code and Markdown links make a text count as written, never as OCR output.)
        let text = format!("{OCR}| name | value |\n|------|-------|\n<!-- a comment --> and a => b\n\\* a note\n");
        assert!(check(&StrayMark, &text).is_empty(), "{:?}", check(&StrayMark, &text));
        // ... while the text is taken for OCR output: a speck after it is found.
        assert_eq!(check(&StrayMark, &format!("{text}the . house\n")).len(), 1);
    }

    #[test]
    fn a_run_of_quotes_after_a_word_goes_at_once() {
        // One deletion, not one a pass: fixing must converge however long the run.
        let text = format!("{OCR}the senators'''''''''''''''''''''''''' and the house\n");
        assert_eq!(check(&StrayMark, &text).len(), 1);
        assert_eq!(fixed(&StrayMark, &text), format!("{OCR}the senators and the house\n"));
        // Two quotes close a double quotation in old type; quotes inside a word are no closing.
        let kept = format!("{OCR}he said ``come here'' and left, with a don'''t\n");
        assert!(check(&StrayMark, &kept).is_empty(), "{:?}", check(&StrayMark, &kept));
    }

    #[test]
    fn edited_prose_is_left_alone() {
        let text = "The speaker paused . Then she said ¦ nothing, and' left.\n";
        assert!(check(&StrayMark, text).is_empty());
    }
}
