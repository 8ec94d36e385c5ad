use crate::declare_rule;

declare_rule! {
    /// Finds unknown words one edit (a letter added, replaced or two letters swapped) from a
    /// known word that fits the sentence.
    ///
    /// Why it matters: such non-words come from OCR noise and typing slips alike.
    ///
    /// How it decides: candidates one edit away are scored by the language model in context;
    /// names, acronyms, code, URLs and words that recur in the document are left alone.
    ///
    /// Example: `the goverment said` becomes `the government said`.
    ///
    /// Fix: unsafe; none when candidates are close (the message lists them).
    pub struct Misspelling { code: "OCR003", name: "misspelling", family: Words, fix: Sometimes }
}

super::word_rule!(Misspelling, Misspelling);
