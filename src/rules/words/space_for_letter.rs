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
    /// Two common words are left apart; rare listed words ("amental", "ers") are as often
    /// pieces ("fun amental", "barr ers"). After a capitalised word, pieces whose tail is no
    /// listed word are no part of a name ("Atmospheric Admi istration"), and neither is a
    /// capitalised piece that a letter in the gap makes a word far more common than names
    /// are ("the United Sta es", "Amer ca"). A lowercase letter other than "a" standing
    /// alone, the only one in its document, is a piece even beside a common word ("the r
    /// chosen representatives", "t is momentum"); a text that writes letters as symbols
    /// writes several ("so d was dropped before c").
    ///
    /// Example: `strike an a ms deal` becomes `strike an arms deal`.
    ///
    /// Fix: unsafe.
    pub struct SpaceForLetter { code: "OCR006", name: "space-for-letter", family: Words, fix: Sometimes }
}

super::word_rule!(SpaceForLetter, SpaceForLetter);
