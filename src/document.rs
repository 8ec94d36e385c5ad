//! The document model: the text of one file with a line index and positions.

use std::ops::Range;

/// A line of a document, without its line terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 0-based line number.
    pub index: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the content (before `\r\n` or `\n`).
    pub end: usize,
    /// Byte offset just past the line terminator (equals `end` on the last line without one).
    pub end_with_newline: usize,
    pub text: &'a str,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn full_range(&self) -> Range<usize> {
        self.start..self.end_with_newline
    }
}

/// How many lines hold text and how many of those run on into a next line of text.
#[derive(Debug, Default, Clone, Copy)]
pub struct Wrapping {
    pub content_lines: usize,
    pub followed_by_text: usize,
}

impl std::ops::Add for Wrapping {
    type Output = Wrapping;

    fn add(self, other: Wrapping) -> Wrapping {
        Wrapping {
            content_lines: self.content_lines + other.content_lines,
            followed_by_text: self.followed_by_text + other.followed_by_text,
        }
    }
}

impl Wrapping {
    /// Most lines run on into the next: the text is wrapped at a fixed width.
    pub fn is_hard_wrapped(&self) -> bool {
        self.content_lines >= 10 && self.followed_by_text * 2 > self.content_lines
    }
}

/// Line and column lookups for offsets that mostly come in increasing order (the positions of
/// sorted diagnostics): a column is counted from the previous offset when that is on the same
/// line, so that many diagnostics on one very long line cost linear time, not quadratic.
pub struct ColumnCursor<'d, 'a> {
    doc: &'d Document<'a>,
    /// (line index, offset, its 1-based column) of the last lookup.
    last: Option<(usize, usize, usize)>,
}

impl<'d, 'a> ColumnCursor<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        ColumnCursor { doc, last: None }
    }

    /// 1-based line and 1-based column counted in characters.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.doc.text.len());
        let index = self.doc.line_index(offset);
        let line = &self.doc.lines[index];
        let offset = offset.max(line.start);
        let (from, col) = match self.last {
            Some((last_index, last_offset, col)) if last_index == index && last_offset <= offset => (last_offset, col),
            _ => (line.start, 1),
        };
        let col = col + self.doc.text[from..offset].chars().count();
        self.last = Some((index, offset, col));
        (line.index + 1, col)
    }
}

/// The text of one file as the rules see it: the raw text (BOM, CRLF and all, so that byte
/// spans are offsets into the file) with a precomputed line index.
#[derive(Debug)]
pub struct Document<'a> {
    pub name: String,
    pub text: &'a str,
    /// The file's 0-based line number of the first line: 0 unless the text is a segment of a
    /// file too large to hold whole.
    pub first_line: usize,
    lines: Vec<Line<'a>>,
}

impl<'a> Document<'a> {
    pub fn new(name: impl Into<String>, text: &'a str) -> Self {
        Document { name: name.into(), text, first_line: 0, lines: split_lines(text) }
    }

    pub fn lines(&self) -> &[Line<'a>] {
        &self.lines
    }

    /// The 1-based line number in the file of the line with index `index`, for messages.
    pub fn file_line(&self, index: usize) -> usize {
        self.first_line + index + 1
    }

    /// The index of the line holding `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.lines.binary_search_by(|l| l.start.cmp(&offset)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// 1-based line and 1-based column counted in characters.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        ColumnCursor::new(self).line_col(offset)
    }

    /// Whether the text is wrapped at a fixed width (newspaper columns, old e-texts): most
    /// lines run on into the next, so lines are not paragraphs and words are cut at line ends.
    pub fn is_hard_wrapped(&self) -> bool {
        self.wrapping().is_hard_wrapped()
    }

    /// The counts [`Document::is_hard_wrapped`] decides on, which add up over the segments
    /// of a file.
    pub fn wrapping(&self) -> Wrapping {
        Wrapping {
            content_lines: self.lines.iter().filter(|l| !l.is_blank()).count(),
            followed_by_text: self.lines.windows(2).filter(|w| !w[0].is_blank() && !w[1].is_blank()).count(),
        }
    }

    /// The range a deleted line should take so that paragraphs stay separated by one blank line:
    /// the line and its terminator, plus one adjacent blank line when the line stands alone
    /// between blank lines (or between a blank line and the start or end of the text).
    pub fn line_deletion_range(&self, first: usize, last: usize) -> Range<usize> {
        let lines = &self.lines;
        let start = lines[first].start;
        let mut end = lines[last].end_with_newline;
        let blank_before = first == 0 || lines[first - 1].is_blank();
        let next = last + 1;
        if next < lines.len() && lines[next].is_blank() && blank_before {
            end = lines[next].end_with_newline;
        } else if next >= lines.len() && first > 0 && lines[first - 1].is_blank() {
            // Deleting the last line: take the blank lines before it too, so that the text ends
            // the way it did (with its final newline, or without one).
            let prev_content = (0..first).rev().find(|&i| !lines[i].is_blank());
            let ends_with_newline = lines[last].end_with_newline > lines[last].end;
            return match prev_content {
                Some(i) if ends_with_newline => lines[i].end_with_newline..lines[last].end_with_newline,
                Some(i) => lines[i].end..lines[last].end,
                None => 0..end,
            };
        } else if next >= lines.len() && first > 0 && lines[last].end_with_newline == lines[last].end {
            // Last line without a newline: remove the newline that ends the line before it.
            return lines[first - 1].end..lines[last].end;
        }
        start..end
    }
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let end = if nl > start && bytes[nl - 1] == b'\r' { nl - 1 } else { nl };
        lines.push(Line { index: lines.len(), start, end, end_with_newline: nl + 1, text: &text[start..end] });
        start = nl + 1;
    }
    if start < text.len() || lines.is_empty() {
        lines.push(Line {
            index: lines.len(),
            start,
            end: text.len(),
            end_with_newline: text.len(),
            text: &text[start..],
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_positions() {
        let doc = Document::new("t", "ab\r\ncé\nlast");
        let lines = doc.lines();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "ab");
        assert_eq!(lines[1].text, "cé");
        assert_eq!(lines[2].text, "last");
        assert_eq!(doc.line_col(0), (1, 1));
        assert_eq!(doc.line_col(4), (2, 1));
        // "é" is two bytes but one column
        assert_eq!(doc.line_col(7), (2, 3));
        assert_eq!(doc.line_col(8), (3, 1));
    }

    #[test]
    fn empty_text_has_one_line() {
        let doc = Document::new("t", "");
        assert_eq!(doc.lines().len(), 1);
        assert_eq!(doc.line_col(0), (1, 1));
    }

    #[test]
    fn deleting_a_paragraph_line_keeps_one_blank_line() {
        let text = "One.\n\nChrome\n\nTwo.\n";
        let doc = Document::new("t", text);
        let r = doc.line_deletion_range(2, 2);
        let out = format!("{}{}", &text[..r.start], &text[r.end..]);
        assert_eq!(out, "One.\n\nTwo.\n");
    }

    #[test]
    fn deleting_the_last_line_removes_its_separator() {
        let text = "One.\n\nChrome";
        let doc = Document::new("t", text);
        let r = doc.line_deletion_range(2, 2);
        assert_eq!(format!("{}{}", &text[..r.start], &text[r.end..]), "One.");
        let text = "One.\nChrome";
        let doc = Document::new("t", text);
        let r = doc.line_deletion_range(1, 1);
        assert_eq!(format!("{}{}", &text[..r.start], &text[r.end..]), "One.");
    }

    #[test]
    fn deleting_the_last_line_keeps_the_final_newline() {
        let text = "One.\n\nChrome\n";
        let doc = Document::new("t", text);
        let r = doc.line_deletion_range(2, 2);
        assert_eq!(format!("{}{}", &text[..r.start], &text[r.end..]), "One.\n");
    }

    #[test]
    fn deleting_the_first_line_takes_the_blank_after() {
        let text = "Chrome\n\nOne.\n";
        let doc = Document::new("t", text);
        let r = doc.line_deletion_range(0, 0);
        assert_eq!(format!("{}{}", &text[..r.start], &text[r.end..]), "One.\n");
    }
}
