use crate::declare_rule;

declare_rule! {
    /// Finds a word split in two by a stray space ("gov ernment", "judg ment", "be cause").
    ///
    /// Why it matters: justified print and PDF extraction insert spaces inside words.
    ///
    /// How it decides: two neighbouring tokens are joined when the joined word is known and
    /// the language model prefers it to the two tokens as written by a clear margin. Two
    /// listed words of four letters or more stay apart ("shop keepers", "rail ways" in an old
    /// text) unless the word they make is more common than either ("prog rams", "develop
    /// ment"). Two listed words stay apart, too, where the next word fits the second far
    /// better than the word they would make and the word before does not call for it ("a
    /// bloody coup led by" is no "coupled by"), unless the first is a prefix ("pro poses").
    ///
    /// Example: `the gov ernment said` becomes `the government said`.
    ///
    /// Fix: unsafe.
    pub struct SplitWord { code: "OCR005", name: "split-word", family: Words, fix: Sometimes }
}

super::word_rule!(SplitWord, Split);
