use crate::declare_rule;

declare_rule! {
    /// Finds real words that only context shows are damaged: "county arc opposed" (are),
    /// "tho railroad" (the), "Russia's ar in Ukraine" (war).
    ///
    /// Why it matters: a spell checker passes these, yet they are OCR errors.
    ///
    /// How it decides: only a short lowercase word that forms no known word pair with either
    /// neighbour is suspect; glyph confusions (and, for words of up to three letters, one lost
    /// letter) propose candidates that must form a known pair and be more likely than the
    /// word as written by a wide margin. In raw OCR output a cheap confusion of a far more
    /// common word will also do when neither neighbour has been seen beside the word as
    /// written ("the decorations wore emblematic" → "were"), and a word of up to three letters
    /// that fits badly may be a function word with any one letter misread, where both
    /// neighbours know the function word and it fits far better ("sustained oy the" → "by").
    /// A word needs both neighbours
    /// to judge it, except a short one far rarer than any function word beside a comma or a
    /// full stop ("Hanani, oe of my brothers"), which may lose a letter of a function word
    /// its one neighbour knows and has not seen beside the word as written; so may a short
    /// word its one neighbour shuns, a pair far rarer than chance would make it ("walls high,
    /// an they kept"). A rare listed word may have lost a letter of a word a thousand times
    /// more common that both neighbours know ("a roup of bankers"; one neighbour will do for
    /// a word nobody writes, "the ones dded to"); a word the lists hold only
    /// among their strange and unusual ones, of one five hundred times more common ("a new
    /// ower station"). A function word may have lost a letter of a rarer one only where that
    /// fits both neighbours far better ("he as also a builder" → "was"), and a short word of
    /// some currency of a word at least twenty times more common that does ("they will ge
    /// sick" → "get"). A word of up to three letters is common enough that its pairs with
    /// most neighbours are on record: in edited text it is suspect even where it fits
    /// passably, as a function word's remains, and then needs a wider margin ("the easier it
    /// ill be" → "will"). A word of four to six letters and modest currency may have lost a
    /// letter of one a hundred times more common that fits both neighbours far better ("meet
    /// heir needs" → "their"). The word lists hold rare run-together forms: a listed word a
    /// thousand times rarer than the pair of a function word and another it splits into is
    /// that pair ("remains tobe seen"); a name written in lowercase or an obscure word, a
    /// hundred times rarer than a function word and the article "a", is that pair ("decreased
    /// asa result"). A comma is a neighbour too, for a word prose seldom opens a clause with
    /// ("to live, ad to prosper" → "and"), an article that does not fit its next word
    /// ("fidelity, an consequently"), or a rare word ("its people, aswell as").
    ///
    /// Example: `the county arc opposed` becomes `the county are opposed`.
    ///
    /// Fix: unsafe.
    pub struct RealWordError { code: "OCR008", name: "real-word-error", family: Words, fix: Sometimes }
}

super::word_rule!(RealWordError, RealWord);
