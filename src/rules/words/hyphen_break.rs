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
    /// as one word and are left alone. In hard-wrapped text the line break moves to after the
    /// rejoined word and its closing punctuation, and the rest of the next line is left as it
    /// was (its leading space included), so the lines keep their length. In raw OCR output
    /// the hyphen may be lost ("Ameri⏎can") or read as a full stop, comma or apostrophe
    /// ("Depart.⏎ment"), and names are rejoined when their tail is no word alone ("Wash⏎ington").
    ///
    /// Example: `communica-⏎tions` becomes `communications`; in wrapped text `author-⏎ity, and`
    /// becomes `authority,⏎ and`.
    ///
    /// Fix: safe when the second half is no word on its own, unsafe otherwise.
    pub struct HyphenBreak { code: "OCR007", name: "hyphen-break", family: Words, fix: Sometimes }
}

super::word_rule!(HyphenBreak, HyphenBreak);
