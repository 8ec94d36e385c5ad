use crate::declare_rule;

declare_rule! {
    /// Finds words broken at an old line end with a hyphen ("communica-" then "tions" on the
    /// next line) and joins them.
    ///
    /// Why it matters: reflowed text keeps the hyphen and the line break in the middle of the
    /// word, which breaks search and reading.
    ///
    /// How it decides: the two halves are joined when the joined word is known and the
    /// language model prefers it to the halves; real compounds ("well-known") are not known
    /// as one word and are left alone.
    ///
    /// Example: `communica-⏎tions` becomes `communications`.
    ///
    /// Fix: safe when the second half is no word on its own, unsafe otherwise.
    pub struct HyphenBreak { code: "OCR007", name: "hyphen-break", family: Words, fix: Sometimes }
}

super::word_rule!(HyphenBreak, HyphenBreak);
