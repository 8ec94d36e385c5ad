use super::delete_line_fix;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};

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
    /// Example: `Copyright 2024 Harbor Daily Press` at the end of 37 of 120 files.
    ///
    /// Fix: safe; the whole line and the blank line it leaves are deleted.
    pub struct CorpusBoilerplate { code: "CHR003", name: "corpus-boilerplate", family: Chrome, fix: Always }
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
        let corpus = &ctx.data.corpus;
        let Some(threshold) = corpus.boilerplate_threshold() else { return };
        let doc = ctx.doc;
        let shared: Vec<_> = doc
            .lines()
            .iter()
            .filter(|l| {
                !l.is_blank() && l.text.split_whitespace().count() <= MAX_WORDS && !is_one_word_sentence(l.text)
            })
            .map(|l| (l, corpus.files_with(l.text)))
            .filter(|(l, n)| *n >= threshold && ctx.data.chrome.lookup(l.text).is_none())
            .collect();
        // Files that share most of their lines are copies of one text, not pages of one site:
        // deleting their common lines would delete the text.
        let content_lines = doc.lines().iter().filter(|l| !l.is_blank()).count();
        if shared.len() * 2 > content_lines {
            return;
        }
        for (line, n) in shared {
            let message = format!("site boilerplate: this line appears in {n} of {} files", corpus.files());
            out.push(
                Diagnostic::new(&Self::META, line.start..line.end_with_newline, message)
                    .with_fix(delete_line_fix(doc, line.index, true)),
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
}
