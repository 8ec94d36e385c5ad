use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use crate::rules::unicode::describe_char;
use crate::text::{char_at, char_before};
use unicode_script::{Script, UnicodeScript};

declare_rule! {
    /// Finds invisible and format characters in prose: zero-width space, joiner and
    /// non-joiner, soft hyphen, word joiner, a byte-order mark anywhere but the start of the
    /// file, and C0/C1 control characters (tab, line feed, carriage return and form feed aside).
    ///
    /// Why it matters: an invisible character inside a word ("certa\u{FEFF}in") splits it for
    /// search, spell checking and diffing while looking fine on screen.
    ///
    /// Characters that scripts need are left alone: a zero-width joiner or non-joiner between
    /// letters of Arabic, Persian or Indic text, a joiner inside an emoji sequence, a zero-width
    /// space between Thai or Japanese words.
    ///
    /// Example: `ed\u{200C}ucation` becomes `education`.
    ///
    /// Fix: safe (the characters carry no text).
    pub struct InvisibleCharacter { code: "UNI003", name: "invisible-character", family: Unicode, fix: Always }
}

impl Rule for InvisibleCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        let mut run: Option<(usize, usize, char)> = None;
        for (i, c) in text.char_indices() {
            if c.is_ascii() && !c.is_ascii_control() {
                flush(&mut run, out);
                continue;
            }
            if is_damage(text, i, c) {
                match &mut run {
                    Some((_, end, _)) if *end == i => *end = i + c.len_utf8(),
                    _ => {
                        flush(&mut run, out);
                        run = Some((i, i + c.len_utf8(), c));
                    }
                }
            }
        }
        flush(&mut run, out);
    }
}

fn flush(run: &mut Option<(usize, usize, char)>, out: &mut Vec<Diagnostic>) {
    if let Some((start, end, first)) = run.take() {
        let message = format!("invisible character {} {}", describe_char(first), name_of(first));
        let fix = Fix::safe("remove the invisible character", vec![Edit::delete(start..end)]);
        out.push(Diagnostic::new(&InvisibleCharacter::META, start..end, message).with_fix(fix));
    }
}

/// Characters this rule is about, whatever their context.
pub(crate) fn is_invisible_kind(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
}

fn is_damage(text: &str, i: usize, c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' | '\u{000C}' => false,
        '\u{FEFF}' => i != 0,
        '\u{00AD}' | '\u{180E}' | '\u{2061}'..='\u{2064}' => true,
        '\u{200B}' | '\u{2060}' => !neighbours_need_joiners(text, i, c, is_spaceless_script),
        '\u{200C}' | '\u{200D}' => !neighbours_need_joiners(text, i, c, needs_joiners),
        c if c.is_control() => true,
        _ => false,
    }
}

/// Whether the letters around position `i` belong to a script that uses this character.
fn neighbours_need_joiners(text: &str, i: usize, c: char, uses: fn(char) -> bool) -> bool {
    let before = char_before(text, i);
    let after = char_at(text, i + c.len_utf8());
    before.is_some_and(uses) || after.is_some_and(uses)
}

/// Scripts and symbols where ZWJ/ZWNJ are part of correct spelling or emoji sequences.
fn needs_joiners(c: char) -> bool {
    let script = c.script();
    !c.is_ascii()
        && !matches!(script, Script::Latin | Script::Cyrillic | Script::Greek)
        && (c.is_alphabetic() || crate::text::is_combining_mark(c) || is_emoji_like(c) || script == Script::Inherited)
}

/// Scripts written without spaces, where a zero-width space marks a word break.
fn is_spaceless_script(c: char) -> bool {
    matches!(
        c.script(),
        Script::Thai
            | Script::Lao
            | Script::Khmer
            | Script::Myanmar
            | Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Tibetan
    )
}

fn is_emoji_like(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x1F000..=0x1FAFF | 0xFE0F)
}

fn name_of(c: char) -> &'static str {
    match c {
        '\u{200B}' => "(zero-width space)",
        '\u{200C}' => "(zero-width non-joiner)",
        '\u{200D}' => "(zero-width joiner)",
        '\u{2060}' => "(word joiner)",
        '\u{FEFF}' => "(byte-order mark inside the text)",
        '\u{00AD}' => "(soft hyphen)",
        c if c.is_control() => "(control character)",
        _ => "(format character)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn removes_invisibles_inside_words() {
        let text = "certa\u{FEFF}in f\u{00AD}ought int\u{2060}erference ed\u{200C}ucation e\u{200B}nough";
        assert_eq!(check(&InvisibleCharacter, text).len(), 5);
        assert_eq!(fixed(&InvisibleCharacter, text), "certain fought interference education enough");
    }

    #[test]
    fn leading_bom_and_script_joiners_are_fine() {
        assert!(check(&InvisibleCharacter, "\u{FEFF}Title\n").is_empty());
        assert!(check(&InvisibleCharacter, "می\u{200C}خواهم 👩\u{200D}💻").is_empty());
    }

    #[test]
    fn control_characters_are_reported() {
        assert_eq!(check(&InvisibleCharacter, "a\u{0007}b\u{0085}c").len(), 2);
        assert!(check(&InvisibleCharacter, "tab\there\r\nform\u{000C}feed").is_empty());
    }
}
