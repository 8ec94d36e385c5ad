use super::{delete_line_fix, in_wrapped_paragraph};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Line;
use crate::linter::Context;
use crate::markdown;
use crate::rule::{Rule, RuleMeta};
use crate::rules::words::engine::is_function_word;
use std::collections::HashMap;

declare_rule! {
    /// Finds lines that appear in many of the files linted together: the footer, menu or
    /// share bar of the site the files were scraped from, whatever its wording.
    ///
    /// Why it matters: boilerplate repeated across a corpus is the clearest sign of text that
    /// is not part of the articles, and no catalog can list every site's wording.
    ///
    /// Before linting, proofmark reads all files once and counts, for each short line
    /// (normalised for case and digits), how many files contain it. A line counts as
    /// boilerplate when it is in at least 3 files and at least 5% of them. Lines already in
    /// the phrase catalog are left to CHR001. Lines of more than 20 words are prose, as is a
    /// word closed as a sentence ("Selah." in the Psalms), and a
    /// file that shares more than half of its lines with the others is a copy of them, not a
    /// page of the same site: neither is reported.
    ///
    /// A docs tree shares much that is no chrome, and a safe fix must not touch it: Markdown
    /// markup (headings such as "## License", code fences, table rows, lone HTML tags, link
    /// definitions), the lines of fenced code and lines holding inline code, and the lines of
    /// a wrapped paragraph (a line
    /// that runs on mid-sentence into the next, or continues the one before: a licence
    /// paragraph that every README of a project quotes) are never reported. A site's chrome
    /// stands on lines of its own, and once a page: in Markdown a line the file itself
    /// repeats ("* Default: false" under each option) is the page's own. In Markdown and in
    /// documentation (a text that shows code: fenced or indented code blocks,
    /// reStructuredText literal blocks) the pages share stanzas of their own besides: list
    /// items ("* Type: String"), quotations ("> Stability: 2 - Stable"), labels and one-word
    /// headings ("Examples:", "Usage"), a sentence's head that a list completes ("Licensed
    /// under either of") and a sentence's tail ("at your option."); only a line of words that
    /// opens with a capital and stands alone is reported there.
    ///
    /// An HTML page is not checked: the lines its site's pages share are its template's
    /// markup, which proofmark does not edit.
    ///
    /// Example: `Copyright 2024 Harbor Daily Press` at the end of 37 of 120 files.
    ///
    /// A licence or notice file (LICENSE, COPYING, NOTICE, ...) is legal text, never checked, and
    /// so is a text that quotes a licence's grant ("Permission is hereby granted", ...).
    ///
    /// Fix: safe; the whole line and the blank line it leaves are deleted. In a Markdown file
    /// unsafe: a docs tree shares stanzas of its own (licence terms, install steps) that no
    /// fix should delete unasked.
    pub struct CorpusBoilerplate { code: "CHR003", name: "corpus-boilerplate", family: Chrome, fix: Always }
}

/// Whether a line of Markdown or documentation (a text that shows code) is one of the stanzas
/// its pages share: a list item ("* Type: String"), a quotation ("> Stability: 2 - Stable"), a
/// label or a heading of one word ("Examples:", "Usage"), the head of a sentence that a list
/// completes ("Licensed under either of") or the tail of one ("at your option."). A site's
/// chrome scraped into such a page stands as a line of words of its own that opens with a
/// capital.
pub(super) fn docs_stanza(line: &str) -> bool {
    let line = line.trim();
    let list_item =
        line.starts_with(['*', '-', '+']) || line.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok());
    let label = line.ends_with(':') || !line.contains(char::is_whitespace);
    // (A sentence's head that a list completes, "Licensed under either of", ends in a
    // function word.)
    let head = line.rsplit_once(' ').is_some_and(|(_, last)| is_function_word(&last.to_lowercase()));
    list_item || line.starts_with('>') || label || head || !line.starts_with(char::is_uppercase)
}

/// Boilerplate lines are short; longer shared lines are quoted prose.
const MAX_WORDS: usize = 20;

/// A word closed as a sentence, "Selah." or "Amen.", is the text's own refrain: a site's labels
/// ("Advertisement", "Share:") end without one.
fn is_one_word_sentence(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.contains(char::is_whitespace) && trimmed.ends_with(['.', '!', '?'])
}

impl Rule for CorpusBoilerplate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.legal_text() {
            return; // a licence's copyright lines are its text
        }
        // An HTML page's lines are its template's markup as much as text: the lines its site's
        // pages share are the template's, which proofmark does not edit.
        if ctx.html {
            return;
        }

        let corpus = &ctx.data.corpus;
        let Some(threshold) = corpus.boilerplate_threshold() else { return };
        let doc = ctx.doc;
        let lines = doc.lines();
        let word_list = ctx.word_list_lines();
        let standalone = |l: &Line| {
            !l.is_blank()
                && !word_list[l.index]
                && (!(ctx.code_listings || ctx.markdown) || !docs_stanza(l.text))
                && l.text.split_whitespace().count() <= MAX_WORDS
                && !is_one_word_sentence(l.text)
                && !markdown::is_markup_line(l.text)
                && !markdown::has_inline_code(l.text)
                && !in_wrapped_paragraph(lines, l.index)
        };
        let mut shared: Vec<_> = lines
            .iter()
            .filter(|l| standalone(l))
            .map(|l| (l, corpus.files_with(l.text)))
            .filter(|(l, n)| *n >= threshold && ctx.data.chrome.lookup(l.text).is_none())
            .collect();
        // Files that share most of their lines are copies of one text, not pages of one site:
        // deleting their common lines would delete the text.
        let content_lines = doc.lines().iter().filter(|l| !l.is_blank()).count();
        if shared.len() * 2 > content_lines {
            return;
        }
        // A docs page repeats its own stanzas ("* Default: false" under each option), where a
        // site's template prints its chrome once a page.
        if ctx.markdown && !shared.is_empty() {
            let mut uses: HashMap<&str, usize> = HashMap::new();
            for line in lines {
                *uses.entry(line.text.trim()).or_default() += 1;
            }
            shared.retain(|(l, _)| uses[l.text.trim()] < 2);
        }
        let safe = !ctx.markdown;
        for (line, n) in shared {
            let message = format!("site boilerplate: this line appears in {n} of {} files", corpus.files());
            out.push(
                Diagnostic::new(&Self::META, line.start..line.end_with_newline, message)
                    .with_fix(delete_line_fix(doc, line.index, safe)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_closed_as_a_sentence_is_prose() {
        assert!(is_one_word_sentence("Selah.\n") && is_one_word_sentence("Amen!"));
        assert!(!is_one_word_sentence("Advertisement") && !is_one_word_sentence("Share:"));
        assert!(!is_one_word_sentence("All rights reserved."));
    }

    #[test]
    fn documentation_shares_stanzas_of_its_own() {
        for stanza in [
            "* Type: String",
            "- Default: false",
            "2. Run the tests",
            "> Stability: 2 - Stable",
            "Examples:",
            "at your option.",
            "Licensed under either of",
        ] {
            assert!(docs_stanza(stanza), "{stanza}");
        }
        assert!(!docs_stanza("Gazette newsroom hours are nine to five on weekdays"));
        assert!(!docs_stanza("Send a tip to the Gazette desk"));
    }
}
