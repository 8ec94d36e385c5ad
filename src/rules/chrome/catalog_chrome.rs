use super::catalog::EntryKind;
use super::delete_line_fix;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};

declare_rule! {
    /// Finds lines of website chrome named in the phrase catalog: comment forms ("Leave a
    /// Reply", "Your email address will not be published"), share and follow prompts,
    /// newsletter and cookie notices, navigation ("Exit mobile version", "Previous article"),
    /// related and most-read headers, copyright lines, advertising labels and post metadata
    /// ("Posted on : 2023-09-14 17:02 KST").
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
    /// A licence or notice file (LICENSE, COPYING, NOTICE, ...) is legal text, never checked.
    ///
    /// Fix: safe; the whole line and the blank line it leaves are deleted.
    pub struct CatalogChrome { code: "CHR001", name: "catalog-chrome", family: Chrome, fix: Always }
}

impl Rule for CatalogChrome {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if super::is_legal_notice(&ctx.doc.name) {
            return; // a licence's copyright lines are its text
        }
        let doc = ctx.doc;
        for line in doc.lines() {
            if line.is_blank() {
                continue;
            }
            let Some(entry) = ctx.data.chrome.lookup(line.text) else { continue };
            let how = match entry.kind {
                EntryKind::Phrase => "a known",
                EntryKind::Pattern => "matches a",
            };
            let message = format!("site chrome: {how} {} line", entry.category.replace('_', " "));
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
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn deletes_comment_form_lines() {
        let text = "The talks ended on Wednesday.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *";
        assert_eq!(check(&CatalogChrome, text).len(), 2);
        assert_eq!(fixed(&CatalogChrome, text), "The talks ended on Wednesday.");
    }

    #[test]
    fn prose_mentioning_ui_words_is_kept() {
        let text =
            "Readers can share their comments with the editor.\n\nSubscribers to the newsletter were told first.\n";
        assert!(check(&CatalogChrome, text).is_empty());
    }
}
