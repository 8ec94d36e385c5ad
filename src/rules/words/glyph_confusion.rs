use crate::declare_rule;

declare_rule! {
    /// Finds words with OCR glyph swaps: a capital I for l ("imperiaIism", "miIitary"), rn for
    /// m ("harnper"), cl for d, li for h ("tliis"), vv for w, c for e ("ccntury"), 0 for o, 1
    /// for l ("e1ection"), 5 for S ("5aint"), tb for th. In raw OCR output any digit inside
    /// a word may stand for a letter ("nev4r", "repul3ed"), and old print's own confusions
    /// apply: letters of like shape (u for a, f for t, "ii" for u) and l for an f whose
    /// crossbar did not print ("ol" for "of"). In edited text those are no glyph damage: a
    /// letter lost is likelier ("grund" is "ground", not "grand"). There a capital I read
    /// for a lowercase i inside a sentence is lowercased: between lowercase words, after a
    /// comma, or before a number or the sentence's end ("Yesterday, In the senate", "care
    /// not for It."), but not in a name ("the Iron King"); and where OCR lost a document's
    /// full stops, a capital I word the word before does not call for ("of pine It is") is
    /// left as a sentence's start. A capitalised word before a day of the month that glyph
    /// confusions make a month is that month ("Juno 18" → "June 18").
    ///
    /// Why it matters: OCR output reads almost right to a person but breaks search and every
    /// tool after it; no spell checker's edit distance knows that rn and m look alike.
    ///
    /// How it decides: a word that is not in the lexicon is rewritten by one or two glyph
    /// confusions (each with its own cost) into known words, and the candidates are scored
    /// with the bigram language model in their sentence. Capitalised words (names) are only
    /// repaired with digit or capital-I evidence or into common words, and never when the
    /// word recurs in the document. Raw OCR output is read twice: the letters that the first
    /// reading's confident repairs found misread three times or more ("o" for "e" all
    /// through one article) cost half as much in the second, which settles words the first
    /// left undecided. A word that is itself a misreading of a function word ("tho" for
    /// "the") is never a reading there.
    ///
    /// Example: `a fight against imperiaIism` becomes `a fight against imperialism`.
    ///
    /// Fix: safe for a capital I inside a lowercase word and for cheap swaps that win by a
    /// wide margin; unsafe otherwise; none when candidates are too close (the message lists
    /// them).
    pub struct GlyphConfusion { code: "OCR001", name: "glyph-confusion", family: Words, fix: Sometimes }
}

super::word_rule!(GlyphConfusion, Glyph);
