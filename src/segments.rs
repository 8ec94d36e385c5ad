//! Reading a large file as a sequence of text segments, so that memory stays bounded by the
//! segment size whatever the size of the file or of its lines.
//!
//! A segment ends, by preference, after a blank line (so paragraphs stay whole and the rules
//! see the context they need), else after a line end, else after a space, else at the last
//! character boundary: a file that is one 200 MB line is still cut into pieces.

use std::io::{self, Read};

/// Where a segment starts in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SegmentStart {
    /// Byte offset.
    pub byte: usize,
    /// 0-based line number.
    pub line: usize,
    /// Characters between the start of that line and the segment (0 unless a line was cut).
    pub column: usize,
}

impl SegmentStart {
    /// Where the next segment starts when this one holds `text`.
    pub fn after(self, text: &str) -> SegmentStart {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        let tail = text.rfind('\n').map_or(text, |i| &text[i + 1..]);
        let tail_chars = tail.chars().count();
        SegmentStart {
            byte: self.byte + text.len(),
            line: self.line + newlines,
            column: if newlines == 0 { self.column + tail_chars } else { tail_chars },
        }
    }
}

/// One piece of a file.
#[derive(Debug)]
pub struct Segment {
    pub start: SegmentStart,
    pub text: String,
}

/// Why a segment could not be read.
#[derive(Debug)]
pub enum SegmentError {
    Io(io::Error),
    /// Not UTF-8: the byte offset of the first bad byte in the file.
    InvalidUtf8(usize),
}

/// Splits a reader into UTF-8 segments of about `target` bytes (never more than `target`).
pub struct SegmentReader<R> {
    reader: R,
    target: usize,
    pending: Vec<u8>,
    next: SegmentStart,
    at_eof: bool,
}

impl<R: Read> SegmentReader<R> {
    pub fn new(reader: R, target: usize) -> Self {
        assert!(target >= 8, "segments must hold a few characters");
        SegmentReader {
            reader,
            target,
            pending: Vec::with_capacity(target),
            next: SegmentStart::default(),
            at_eof: false,
        }
    }

    /// Tops `pending` up to `target` bytes or the end of the input.
    fn fill(&mut self) -> io::Result<()> {
        while !self.at_eof && self.pending.len() < self.target {
            let have = self.pending.len();
            self.pending.resize(self.target, 0);
            match self.reader.read(&mut self.pending[have..]) {
                Ok(0) => {
                    self.pending.truncate(have);
                    self.at_eof = true;
                }
                Ok(n) => self.pending.truncate(have + n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => self.pending.truncate(have),
                Err(e) => {
                    self.pending.truncate(have);
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    fn next_segment(&mut self) -> Result<Option<Segment>, SegmentError> {
        self.fill().map_err(SegmentError::Io)?;
        if self.pending.is_empty() {
            return Ok(None);
        }
        let cut = if self.at_eof { self.pending.len() } else { cut_point(&self.pending) };
        let rest = self.pending.split_off(cut);
        let bytes = std::mem::replace(&mut self.pending, rest);
        let text = String::from_utf8(bytes)
            .map_err(|e| SegmentError::InvalidUtf8(self.next.byte + e.utf8_error().valid_up_to()))?;
        let start = self.next;
        self.next = start.after(&text);
        Ok(Some(Segment { start, text }))
    }
}

impl<R: Read> Iterator for SegmentReader<R> {
    type Item = Result<Segment, SegmentError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_segment() {
            Ok(Some(s)) => Some(Ok(s)),
            Ok(None) => None,
            Err(e) => {
                // Stop after an error: what follows cannot be placed reliably.
                self.pending.clear();
                self.at_eof = true;
                Some(Err(e))
            }
        }
    }
}

/// Where to end a full buffer: after the last blank line, line end or space in its last three
/// quarters, else at the last character boundary. Never 0, so reading always progresses.
fn cut_point(buf: &[u8]) -> usize {
    let floor = buf.len() / 4;
    let window = &buf[floor..];
    if let Some(i) = last_blank_line_end(window) {
        return floor + i;
    }
    if let Some(i) = memchr::memrchr(b'\n', window) {
        return floor + i + 1;
    }
    if let Some(i) = memchr::memrchr2(b' ', b'\t', window) {
        return floor + i + 1;
    }
    // ASCII bytes and UTF-8 lead bytes start a character; continuation bytes are 0b10xxxxxx.
    let boundary = (1..buf.len()).rev().find(|&i| buf[i] & 0xC0 != 0x80);
    boundary.unwrap_or(buf.len())
}

/// The offset just after the last line end that closes a blank line.
fn last_blank_line_end(window: &[u8]) -> Option<usize> {
    let mut ends = memchr::memrchr_iter(b'\n', window);
    let mut later = ends.next()?;
    for earlier in ends {
        if window[earlier + 1..later].iter().all(|b| b.is_ascii_whitespace()) {
            return Some(later + 1);
        }
        later = earlier;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &[u8], target: usize) -> Vec<Segment> {
        SegmentReader::new(text, target).map(|s| s.unwrap()).collect()
    }

    #[test]
    fn segments_concatenate_to_the_input_and_respect_the_size() {
        let text = "One paragraph here.\nStill it.\n\nAnother one é.\r\n\r\nThird ünïcode paragraph.\n".repeat(7);
        for target in [8, 13, 40, 64, 1000] {
            let parts = segments(text.as_bytes(), target);
            assert!(parts.iter().all(|s| s.text.len() <= target));
            let joined: String = parts.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(joined, text, "target {target}");
        }
    }

    #[test]
    fn prefers_paragraph_then_line_then_space_boundaries() {
        let parts = segments(b"aaaa aaaa\n\nbbbb bbbb\ncccc cccc dddd", 24);
        assert_eq!(parts[0].text, "aaaa aaaa\n\n");
        let parts = segments(b"aaaa aaaa\nbbbb bbbb cccc cccc dddd", 24);
        assert_eq!(parts[0].text, "aaaa aaaa\n");
        let parts = segments(b"aaaa aaaa bbbb bbbb cccc cccc dddd", 24);
        assert_eq!(parts[0].text, "aaaa aaaa bbbb bbbb ");
    }

    #[test]
    fn positions_follow_lines_and_cut_lines() {
        let parts = segments("ab\ncdé fgh ijk lmn opq rst".as_bytes(), 12);
        assert_eq!(parts[0].start, SegmentStart::default());
        let second = parts[1].start;
        let before = &parts[0].text;
        assert_eq!(second.byte, before.len());
        assert_eq!(second.line, 1);
        assert_eq!(second.column, before[3..].chars().count());
    }

    #[test]
    fn a_line_without_spaces_is_cut_between_characters() {
        let text = "é".repeat(50);
        let parts = segments(text.as_bytes(), 9);
        assert!(parts.len() > 5);
        assert_eq!(parts.iter().map(|s| s.text.as_str()).collect::<String>(), text);
    }

    #[test]
    fn invalid_utf8_names_the_file_offset() {
        let mut bytes = b"fine text here\n".repeat(3);
        bytes.push(0xff);
        let results: Vec<_> = SegmentReader::new(&bytes[..], 16).collect();
        match results.last() {
            Some(Err(SegmentError::InvalidUtf8(offset))) => assert_eq!(*offset, 45),
            other => panic!("{other:?}"),
        }
    }
}
