use crate::declare_rule;

declare_rule! {
    /// Finds two words run together by a lost space ("ofthe", "inthe", "mostimportant").
    ///
    /// Why it matters: OCR and PDF extraction drop spaces; the merged token is no word.
    ///
    /// How it decides: an unknown word is split at every point where both halves are known
    /// words, and each split is scored by the language model with its neighbours. A
    /// possessive run into a common lowercase word ("Somalia’sclose trading") is split after
    /// its s: no word goes on after an apostrophe and an s but a name's ("O'Sullivan"). A
    /// capitalised word is split only into a function word and another, or into a listed
    /// word and a long common word a neighbour knows, when the web does not spell the whole
    /// ("Moroccomaintains a", not "Greenwood"; not a compound that lost its hyphen:
    /// "Enronrelated"). Technical prose (text that writes code names) runs words together
    /// to name things: there only a function word run into a word has lost a space, and not
    /// one that opens a predicate's or a handler's name ("isdead", "onerror", "hasItems").
    ///
    /// Example: `the rest ofthe country` becomes `the rest of the country`.
    ///
    /// Fix: unsafe.
    pub struct MergedWords { code: "OCR004", name: "merged-words", family: Words, fix: Sometimes }
}

super::word_rule!(MergedWords, Merged);
