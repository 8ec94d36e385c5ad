//! Unicode hygiene: characters that look right but are wrong.

mod compatibility_form;
mod invisible_character;
mod lookalike_punctuation;
mod mixed_script_word;
mod mojibake;
mod not_nfc;
mod replacement_character;

pub use compatibility_form::CompatibilityForm;
pub(crate) use invisible_character::is_invisible_kind;
pub use invisible_character::InvisibleCharacter;
pub use lookalike_punctuation::LookalikePunctuation;
pub use mixed_script_word::MixedScriptWord;
pub use mojibake::Mojibake;
pub use not_nfc::NotNfc;
pub use replacement_character::ReplacementCharacter;

/// Renders a character for a message: the character and its code point.
pub(crate) fn describe_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || crate::rules::unicode::invisible_character::is_invisible_kind(c) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("“{c}” (U+{:04X})", c as u32)
    }
}
