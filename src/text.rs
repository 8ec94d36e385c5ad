//! Small text utilities shared by the rules: word tokens, line spans and character classes.

use std::ops::Range;

/// A word token: a run of letters and marks, with inner apostrophes (`don't`, `Korea’s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl Word<'_> {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Combining marks extend the letter before them ("é" written as e + U+0301).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The byte span of each line of `text`, its line break included.
pub fn line_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some(start..*at)
    })
}

/// Iterates over the word tokens of `text`, with byte offsets relative to `text`.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphabetic() {
                break (i, c);
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                chars.next();
                continue;
            }
            if is_apostrophe(c) {
                let next = text[i + c.len_utf8()..].chars().next();
                if next.is_some_and(|n| n.is_alphabetic()) {
                    chars.next();
                    continue;
                }
            }
            end = i;
            break;
        }
        Some(Word { start, end, text: &text[start..end] })
    })
}

/// The character before byte offset `at`, if any.
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The character starting at byte offset `at`, if any.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Whether a word is written in capitals only ("NATO", "U").
pub fn is_all_caps(word: &str) -> bool {
    word.chars().any(|c| c.is_uppercase()) && !word.chars().any(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_keeping_inner_apostrophes() {
        let got: Vec<_> = words("Korea’s ‘sacred fight' don't, 42 Müller").map(|w| w.text).collect();
        assert_eq!(got, ["Korea’s", "sacred", "fight", "don't", "Müller"]);
    }

    #[test]
    fn offsets_are_bytes() {
        let w: Vec<_> = words("é ab").collect();
        assert_eq!(w[1].start, 3);
        assert_eq!(w[1].end, 5);
    }
}
