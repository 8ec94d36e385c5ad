use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Document;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::text::{char_at, char_before};
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

declare_rule! {
    /// Finds Latin ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) and fullwidth ASCII letters, digits and
    /// punctuation inside Latin text: compatibility forms that PDF extraction and some fonts
    /// leave behind.
    ///
    /// Why it matters: "conﬂict" does not match a search for "conflict", and spell checkers
    /// and language tools do not know it.
    ///
    /// Fullwidth forms are normal in Chinese, Japanese and Korean text and are only reported
    /// next to ASCII text, and not on a line of such text, where an English word or name
    /// takes that text's punctuation ("称为（move）", "Rust！").
    ///
    /// Example: `ﬁnancial` becomes `financial`.
    ///
    /// Fix: safe; the replacement is the character's compatibility decomposition (NFKC).
    pub struct CompatibilityForm { code: "UNI004", name: "compatibility-form", family: Unicode, fix: Always }
}

impl Rule for CompatibilityForm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        if text.is_ascii() {
            return;
        }
        for (i, c) in text.char_indices() {
            let report = match c {
                '\u{FB00}'..='\u{FB06}' => true,
                '\u{FF01}'..='\u{FF5E}' => next_to_ascii_word(text, i, c) && !on_a_cjk_line(ctx.doc, i),
                _ => false,
            };
            if !report {
                continue;
            }
            let plain: String = c.to_string().nfkc().collect();
            let span = i..i + c.len_utf8();
            let message = format!("compatibility form “{c}” (U+{:04X}) stands for “{plain}”", c as u32);
            let fix = Fix::safe(format!("replace with “{plain}”"), vec![Edit::replace(span.clone(), plain)]);
            out.push(Diagnostic::new(&Self::META, span, message).with_fix(fix));
        }
    }
}

/// Whether the line of `doc` holding byte `i` holds Chinese, Japanese or Korean text.
fn on_a_cjk_line(doc: &Document, i: usize) -> bool {
    let line = &doc.lines()[doc.line_index(i)];
    line.text.chars().any(|c| matches!(c.script(), Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul))
}

fn next_to_ascii_word(text: &str, i: usize, c: char) -> bool {
    let ascii_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    ascii_word(char_before(text, i)) || ascii_word(char_at(text, i + c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn ligatures_are_expanded() {
        assert_eq!(fixed(&CompatibilityForm, "conﬂict ﬁnally ofﬁcer"), "conflict finally officer");
    }

    #[test]
    fn fullwidth_in_cjk_text_is_fine() {
        assert!(check(&CompatibilityForm, "東京（とうきょう）ＡＢＣ").is_empty());
        assert_eq!(fixed(&CompatibilityForm, "price：10"), "price:10");
        // An English word in CJK text takes its punctuation.
        assert!(check(&CompatibilityForm, "这被称为移动（move）。Rust！").is_empty());
        assert_eq!(fixed(&CompatibilityForm, "東京\nprice：10"), "東京\nprice:10", "another line");
    }
}
