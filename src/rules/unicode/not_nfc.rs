use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

declare_rule! {
    /// Finds text that is not in Unicode Normalization Form C: letters written as a base letter
    /// plus a combining accent ("e" + U+0301) where a precomposed letter ("é") exists.
    ///
    /// Why it matters: the two spellings look identical but compare unequal, so search,
    /// deduplication and word lists treat "José" and "José" as different words.
    ///
    /// Example: `Jose\u{301}` becomes `José`.
    ///
    /// Fix: safe; the replacement is the NFC form of the span, which is canonically equivalent.
    pub struct NotNfc { code: "UNI005", name: "not-nfc", family: Unicode, fix: Always }
}

impl Rule for NotNfc {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return;
        }
        for (start, end) in non_ascii_runs(text) {
            let run = &text[start..end];
            if unicode_normalization::is_nfc(run) || is_left_to_lookalike_rule(run) {
                continue;
            }
            let nfc: String = run.nfc().collect();
            let message = format!("“{run}” is not in NFC (composed) form");
            let fix = Fix::safe("compose to NFC", vec![Edit::replace(start..end, nfc)]);
            out.push(Diagnostic::new(&Self::META, start..end, message).with_fix(fix));
        }
    }
}

/// Canonical singletons that UNI001 reports as look-alike punctuation.
fn is_left_to_lookalike_rule(run: &str) -> bool {
    run.chars().all(|c| c.is_alphanumeric() || c == '\u{037E}') && run.contains('\u{037E}')
}

/// Byte ranges of maximal runs of non-whitespace text that contain a non-ASCII character,
/// starting one character early so a combining mark keeps its base letter.
fn non_ascii_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    let mut has_non_ascii = false;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_whitespace() {
            if let (Some(s), true) = (start, has_non_ascii) {
                runs.push((s, i));
            }
            start = None;
            has_non_ascii = false;
        } else {
            start.get_or_insert(i);
            has_non_ascii |= !c.is_ascii();
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn decomposed_accents_are_composed() {
        assert_eq!(fixed(&NotNfc, "Jose\u{301} and Mu\u{308}ller"), "José and Müller");
    }

    #[test]
    fn composed_text_is_fine() {
        assert!(check(&NotNfc, "José Müller 서울 Москва").is_empty());
    }
}
