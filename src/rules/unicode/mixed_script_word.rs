use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::text::words;
use unicode_script::{Script, UnicodeScript};
use unicode_security::confusable_detection::skeleton;

declare_rule! {
    /// Finds words written mostly in Latin letters that contain a letter from another script
    /// that looks the same: Cyrillic а, е, о, р, с, Greek ο and the like ("Ameriсan" with a
    /// Cyrillic с).
    ///
    /// Why it matters: the word looks right but is a different string, so search, spell
    /// checking and deduplication miss it. Such letters come from bad OCR, keyboard layouts and
    /// deliberate spoofing.
    ///
    /// The look-alike is found with Unicode's confusable data (UTS #39 skeletons); a letter is
    /// replaced only when its skeleton is a plain Latin letter. Words wholly in Cyrillic, Greek
    /// or any other script are left alone.
    ///
    /// Example: `independеnt` (Cyrillic е) becomes `independent`.
    ///
    /// Fix: safe.
    pub struct MixedScriptWord { code: "UNI002", name: "mixed-script-word", family: Unicode, fix: Always }
}

impl Rule for MixedScriptWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        if text.is_ascii() {
            return;
        }
        for word in words(text) {
            if word.text.is_ascii() {
                continue;
            }
            if let Some(latin) = latinized(word.text) {
                let message = format!(
                    "“{}” mixes Latin with look-alike letters from another script; read as “{latin}”",
                    word.text
                );
                let fix =
                    Fix::safe(format!("replace with “{latin}”"), vec![Edit::replace(word.range(), latin.clone())]);
                out.push(Diagnostic::new(&Self::META, word.range(), message).with_fix(fix));
            }
        }
    }
}

/// The all-Latin spelling of a mostly Latin word with foreign look-alike letters, if it is one.
fn latinized(word: &str) -> Option<String> {
    let mut latin = 0;
    let mut foreign = 0;
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c.script() {
            Script::Latin => {
                latin += 1;
                out.push(c);
            }
            Script::Common | Script::Inherited => out.push(c),
            _ => {
                foreign += 1;
                out.push(latin_lookalike(c)?);
            }
        }
    }
    (latin > 0 && foreign > 0 && latin >= foreign).then_some(out)
}

/// The ASCII letter `c` is confusable with, per UTS #39.
fn latin_lookalike(c: char) -> Option<char> {
    let mut buf = [0u8; 4];
    let mut chars = skeleton(c.encode_utf8(&mut buf));
    let first = chars.next()?;
    if chars.next().is_some() || !first.is_ascii_alphabetic() {
        return None;
    }
    // Skeletons fold case ("С" and "с" both give "c"): keep the case the reader saw.
    Some(if c.is_uppercase() { first.to_ascii_uppercase() } else { fold_skeleton_case(first) })
}

/// Skeletons map some lowercase letters to uppercase-looking prototypes; lowercase is what a
/// lowercase letter inside a word stands for.
fn fold_skeleton_case(c: char) -> char {
    match c {
        // "l" and "I" share a skeleton: a lowercase foreign letter stands for "l".
        'I' => 'l',
        other => other.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::check;

    #[test]
    fn cyrillic_letters_in_latin_words() {
        let d = check(&MixedScriptWord, "the Ameri\u{0441}an and independ\u{0435}nt Isl\u{0430}nds");
        let fixed: Vec<_> = d.iter().map(|d| d.fix.as_ref().unwrap().edits[0].replacement.as_str()).collect();
        assert_eq!(fixed, ["American", "independent", "Islands"]);
    }

    #[test]
    fn capital_cyrillic_keeps_case() {
        let d = check(&MixedScriptWord, "\u{0420}resident");
        assert_eq!(d[0].fix.as_ref().unwrap().edits[0].replacement, "President");
    }

    #[test]
    fn whole_words_in_other_scripts_are_fine() {
        assert!(check(&MixedScriptWord, "Путин сказал. Ελλάδα. 서울 Müller José").is_empty());
    }
}
