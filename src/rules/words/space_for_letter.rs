use crate::declare_rule;

declare_rule! {
    /// Finds a word where a letter was read as a space: "an a ms deal" (arms), "w th" (with),
    /// "d clarations" (declarations).
    ///
    /// Why it matters: a faded letter becomes a gap; the two pieces are each nonsense or a
    /// wrong word.
    ///
    /// How it decides: for two neighbouring tokens, every letter is tried in the gap; a known
    /// word that the language model prefers to the text as written by a clear margin wins.
    ///
    /// Example: `strike an a ms deal` becomes `strike an arms deal`.
    ///
    /// Fix: unsafe.
    pub struct SpaceForLetter { code: "OCR006", name: "space-for-letter", family: Words, fix: Sometimes }
}

super::word_rule!(SpaceForLetter, SpaceForLetter);
