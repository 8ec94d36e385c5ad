use crate::declare_rule;

declare_rule! {
    /// Finds unknown words one edit (a letter added, replaced or two letters swapped) from a
    /// known word that fits the sentence.
    ///
    /// Why it matters: such non-words come from OCR noise and typing slips alike.
    ///
    /// How it decides: candidates one edit away are scored by the language model in context;
    /// names, acronyms, code, URLs and words that recur in the document are left alone, and so
    /// are the regular forms the word lists leave out: an everyday word's plural
    /// ("bickerings"), its past or "-ing" form ("vendored", "vendoring": not "interfereing",
    /// "unwraped") or the word behind a productive prefix ("redetail", "nonpayment"), unless
    /// a common word lost a letter to make it ("reacing"), a cheap glyph confusion makes it
    /// one ("hornes" for "homes") or a glyph marks it ("resuIt"). Outside raw OCR output, a
    /// word whose likeliest reading is a rare or obscure word ("ladronism" as "ladrones") is
    /// left alone too: it is likelier a rare form the lexicon lacks than a slip of that word.
    /// In raw OCR output a full stop, comma, colon or the like inside a lowercase word is a
    /// speck read where a letter stood, or between two letters ("fr.m", "nose.s"), and is read
    /// with the word; two words whose space was lost ("took.it") and abbreviations ("a.m")
    /// are not.
    ///
    /// Example: `the goverment said` becomes `the government said`.
    ///
    /// Fix: unsafe; none when candidates are close (the message lists them).
    pub struct Misspelling { code: "OCR003", name: "misspelling", family: Words, fix: Sometimes }
}

super::word_rule!(Misspelling, Misspelling);
