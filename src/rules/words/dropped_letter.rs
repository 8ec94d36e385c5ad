use crate::declare_rule;

declare_rule! {
    /// Finds words that lost a letter ("fough" for "fought", "hich" for "which",
    /// "terrtory" for "territory"), and in raw OCR output a contraction's lost apostrophe
    /// ("dont", "oclock"; not a possessive, which may as well be a plural).
    ///
    /// Why it matters: faded print, bad scans and hasty typing drop letters; the result is no
    /// word at all.
    ///
    /// How it decides: an unknown lowercase word is compared with every known word one letter
    /// longer, scored by the language model in context; the best must beat the runner-up by a
    /// clear margin to be applied. A piece of a hyphenated compound that is no word is read
    /// with the compound's other word beside it ("large-scal conflict" is "large-scale").
    /// Two letters that make no word ("who cn tell") are abbreviations, units or particles of
    /// names unless both neighbours have been seen beside a common word they lost a letter
    /// of, or, where neither has been seen beside the two letters, one makes with that word
    /// one of the commonest pairs ("its wn charter"). A capital that only opens a sentence
    /// makes no name ("Therfore they turned"), unless it lost a letter of a common name the web
    /// writes nine hundred times more often ("Aerican citizenship"). A word the document writes once, a letter
    /// away from one it keeps using far more than the web does, is that word even when it is
    /// a name ("Zimbabe" in an article that names Zimbabwe three times); a spelling the web
    /// shows but two hundred times more rarely than a word it lost a letter of is that
    /// word's slip ("agena" for "agenda"). An unknown capitalised word is a name unless it is
    /// a letter short of a common word ("Medcaid"), or, six letters long or more, of a word
    /// a neighbour other than a function word pairs with ("the Paletine Liberation") or, where
    /// it only opens a sentence, of a rarer word that is no name ("Earthqukes and"), or,
    /// where the web never writes it, of a rarer word: in a text of some length that writes
    /// few such names, one the run's other files do not write and no initial opens ("both
    /// Hitlr and God"; not in a genealogy, where "Harod" is no "Harold"). An
    /// ordinal's ending standing alone after no number is a word's remains ("before th
    /// Congress", "Samoa nd Tonga"): the word lists hold these endings, and the web's pairs
    /// know them from "110 th Congress". A word written once beside a content word the
    /// document writes twice or more with a word one letter longer, ten times as common on
    /// the web, is that word even when listed ("Serra Leone" beside "Sierra Leone"). A
    /// lowercase non-word that is a common name without its first letter lost that capital
    /// ("frican" → "African"). A capitalised listed word inside a sentence may have lost a
    /// letter of a more common word, no function word, that fits both neighbours far better
    /// ("the United Stats recently" → "States", "the Cod War" → "Cold").
    ///
    /// Example: `the war was fough in the north` becomes `the war was fought in the north`.
    ///
    /// Fix: unsafe; none when candidates are close (the message lists them).
    pub struct DroppedLetter { code: "OCR002", name: "dropped-letter", family: Words, fix: Sometimes }
}

super::word_rule!(DroppedLetter, DroppedLetter);
