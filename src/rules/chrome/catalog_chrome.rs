use super::catalog::EntryKind;
use super::delete_line_fix;
use super::{content_key, in_wrapped_paragraph, underlined};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Line;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};

declare_rule! {
    /// Finds lines of website chrome named in the phrase catalog: comment forms ("Leave a
    /// Reply", "Your email address will not be published"), share and follow prompts,
    /// newsletter, paywall and account prompts ("You have 3 free articles remaining", "Log
    /// out"), cookie and privacy notices, navigation and gallery controls ("Exit mobile
    /// version", "Previous article", "Image 3 of 12"), related and most-read headers, copyright
    /// lines, advertising labels and post metadata ("Posted on : 2023-09-14 17:02 KST", "5 min
    /// read").
    ///
    /// Why it matters: scraped articles keep pieces of the page around them; they are not part
    /// of the text and pollute search, statistics and training data.
    ///
    /// The shipped catalog (`rules/chrome.toml`) is generated from lines that human annotators
    /// marked as boilerplate on thousands of real pages, plus hand-written patterns for families
    /// of wording. A line matches when, normalised (lowercase, digits folded, spaces collapsed,
    /// surrounding punctuation trimmed), it equals a phrase, or when the whole line matches a
    /// pattern. Add your own catalogs with `rule-data.chrome-catalogs` in proofmark.toml.
    ///
    /// Example: a line `Related stories` at the end of an article is deleted.
    ///
    /// A heading is the document's own, however it reads: a line underlined as a heading in
    /// Markdown or reStructuredText ("See Also" over "--------"), or a single word heading the
    /// paragraph that uses it ("COPYRIGHT" above "IDLE is covered by the standard Python
    /// copyright notice"). So are the lines of a wrapped paragraph, and in Markdown a
    /// cross-reference that names its target ("See also: rename(2).") or a line indented under a
    /// list item, which continues the item.
    ///
    /// A licence or notice file (LICENSE, COPYING, NOTICE, ...) is legal text, never checked, and
    /// so is a text that quotes a licence's grant ("Permission is hereby granted", ...).
    ///
    /// Fix: safe; the whole line and the blank line it leaves are deleted. In a Markdown file
    /// unsafe: a docs page's copyright and "Read more" lines may be its own.
    pub struct CatalogChrome { code: "CHR001", name: "catalog-chrome", family: Chrome, fix: Always }
}

impl Rule for CatalogChrome {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.legal_text() {
            return; // a licence's copyright lines are its text
        }
        let doc = ctx.doc;
        let lines = doc.lines();
        let word_list = ctx.word_list_lines();
        for line in lines {
            // (A line of a wrapped paragraph is prose that happens to read like a label:
            // "... keep the\ncomments." A site's chrome stands on lines of its own.)
            // (Nor an entry of a word list: "SEARCH" among SQL's keywords.)
            if line.is_blank() || in_wrapped_paragraph(lines, line.index) || word_list[line.index] {
                continue;
            }
            // (Nor a Markdown line that names code, "See also: [`writable.cork()`][]": a
            // scraped page's chrome holds no code spans.)
            if ctx.markdown && crate::markdown::has_inline_code(line.text) {
                continue;
            }
            // (Nor a heading underlined as one: "See Also" over "--------" in a manual.)
            if underlined(lines, line.index) {
                continue;
            }
            let Some(entry) = ctx.data.chrome.lookup(line.text) else { continue };
            // (Nor a one-word heading of the paragraph after it: "COPYRIGHT" above "IDLE is
            // covered by the standard Python copyright notice".)
            if entry.kind == EntryKind::Phrase && heads_next_paragraph(lines, line.index) {
                continue;
            }
            // (Nor, in Markdown, a cross-reference that names its target: "See also: rename(2).",
            // nor a line indented under a list item, which continues the item: "- [Replace the
            // lint](...)⏎  Read more in [RFC 2145](...).")
            if ctx.markdown && (names_a_cross_reference(line.text) || continues_a_list_item(lines, line.index)) {
                continue;
            }
            let how = match entry.kind {
                EntryKind::Phrase => "a known",
                EntryKind::Pattern => "matches a",
            };
            let message = format!("site chrome: {how} {} line", entry.category.replace('_', " "));
            out.push(
                Diagnostic::new(&Self::META, line.start..line.end_with_newline, message).with_fix(delete_line_fix(
                    doc,
                    line.index,
                    !ctx.markdown,
                )),
            );
        }
    }
}

/// Whether `line` is "See also" followed by what to see.
fn names_a_cross_reference(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower
        .strip_prefix("see also")
        .is_some_and(|rest| rest.trim_start_matches([':', ' ']).chars().any(char::is_alphanumeric))
}

/// Whether Markdown line `i` is indented under a list item with no blank line between: a line
/// of the item's own paragraph.
fn continues_a_list_item(lines: &[Line], i: usize) -> bool {
    let indented = |l: &Line| l.text.starts_with([' ', '\t']) && !l.is_blank();
    let list_item = |l: &Line| {
        let t = l.text.trim_start();
        (t.starts_with(['-', '*', '+']) && t[1..].starts_with(' '))
            || t.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    if !indented(&lines[i]) {
        return false;
    }
    // Up through the item's indented lines to the line that opens it.
    let above = lines[..i].iter().rev().find(|l| !indented(l) || list_item(l));
    above.is_some_and(|l| !l.is_blank() && list_item(l))
}

/// Whether line `i`, a single word, heads the paragraph after it, which uses the word ("Privacy"
/// above a paragraph about privacy): a document's own heading, where chrome stands apart from
/// the text it interrupts.
fn heads_next_paragraph(lines: &[Line], i: usize) -> bool {
    let mut words = lines[i].text.split_whitespace();
    let (Some(word), None) = (words.next(), words.next()) else { return false };
    let Some(key) = content_key(word.trim_matches(|c: char| !c.is_alphanumeric())) else { return false };
    let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank()) else { return false };
    crate::text::words(next.text).any(|w| content_key(w.text).as_ref() == Some(&key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn a_markdown_line_indented_under_a_list_item_continues_it() {
        let item = "Changes:\n\n- [Replace the lint with two lints.](https://example.org/113126/)\n  Read more in [RFC 2145](https://example.org/2145.html).\n";
        assert!(crate::rules::test_util::check_file(&CatalogChrome, "RELEASES.md", item).is_empty());
        // A line of its own is still chrome.
        let own = "Changes:\n\n- [Replace the lint.](https://example.org/113126/)\n\nRead more\n";
        assert_eq!(crate::rules::test_util::check_file(&CatalogChrome, "RELEASES.md", own).len(), 1);
    }

    #[test]
    fn deletes_comment_form_lines() {
        let text = "The talks ended on Wednesday.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *";
        assert_eq!(check(&CatalogChrome, text).len(), 2);
        assert_eq!(fixed(&CatalogChrome, text), "The talks ended on Wednesday.");
    }

    #[test]
    fn headings_are_kept() {
        let text = "Usage\n\nCOPYRIGHT\n\nIDLE is covered by the standard Python copyright notice.\n";
        assert!(check(&CatalogChrome, text).is_empty(), "{:?}", check(&CatalogChrome, text));
        let rst = "Filters the results.\n\nSee Also\n--------\n\n* list-domains\n";
        assert!(check(&CatalogChrome, rst).is_empty(), "{:?}", check(&CatalogChrome, rst));
        // Chrome stands apart from the paragraph after it.
        assert_eq!(check(&CatalogChrome, "The talks ended.\n\nAdvertisement\n\nThe leaders met again.\n").len(), 1);
    }

    #[test]
    fn a_wrapped_paragraph_that_reads_like_a_label_is_kept() {
        let text = "A single traceable action will\nshare the same event object between all\nsubscribers, and fix or improve those\ncomments.\n";
        assert!(check(&CatalogChrome, text).is_empty(), "{:?}", check(&CatalogChrome, text));
        assert_eq!(check(&CatalogChrome, "The talks ended.\n\nComments\n").len(), 1);
        // (A line that runs on may be one long link.)
        let text = "The status can be found on\nthe [Translation Project](https://translationproject.org/domain/psmisc.html)\nwebsite.\n";
        assert!(check(&CatalogChrome, text).is_empty(), "{:?}", check(&CatalogChrome, text));
    }

    #[test]
    fn a_licence_quoted_in_a_file_is_legal_text_and_markdown_gets_unsafe_fixes() {
        use crate::rules::test_util::check_file;
        let licence = "## License\n\nCopyright (c) 2020 A. Author\n\nAll rights reserved.\n\n\
            Permission is hereby granted, free of charge, to any person obtaining a copy\n";
        assert!(check_file(&CatalogChrome, "legal/harfbuzz.md", licence).is_empty());
        let page = "# Notes\n\nThe talks ended.\n\nAll rights reserved.\n";
        let found = check_file(&CatalogChrome, "notes.md", page);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].fix.as_ref().unwrap().applicability, crate::Applicability::Unsafe);
    }

    #[test]
    fn a_markdown_cross_reference_to_code_is_no_chrome() {
        use crate::rules::test_util::check_file;
        let doc = "Flushes the buffer.\n\nSee also: [`writable.cork()`][].\n";
        assert!(check_file(&CatalogChrome, "stream.md", doc).is_empty());
        assert!(check_file(&CatalogChrome, "fs.md", "Renames a file.\n\nSee also: rename(2).\n").is_empty());
        assert_eq!(check_file(&CatalogChrome, "page.md", "Flushes the buffer.\n\nSee also:\n").len(), 1);
    }

    #[test]
    fn prose_mentioning_ui_words_is_kept() {
        let text =
            "Readers can share their comments with the editor.\n\nSubscribers to the newsletter were told first.\n";
        assert!(check(&CatalogChrome, text).is_empty());
    }
}
