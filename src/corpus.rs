//! Corpus evidence: how many of the files in a run each short line appears in.
//!
//! Collected in a first pass over all files before linting, so that a footer or menu line that
//! a site prints on every page is recognised however it is worded.

use crate::rules::chrome::catalog::normalize;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// The fewest files in which boilerplate can be told from text.
const MIN_FILES: usize = 3;
/// Lines longer than this are prose, not boilerplate, and are not counted (bounding memory).
const MAX_LINE_BYTES: usize = 200;
/// Distinct short lines counted per file: boilerplate shows up long before this many.
const MAX_LINES_PER_FILE: usize = 100_000;

#[derive(Debug, Default, Clone)]
pub struct CorpusStats {
    files: usize,
    counts: HashMap<String, u32>,
}

impl CorpusStats {
    /// Reads `paths` in parallel and counts, for each normalised short line, the files it is in.
    /// Unreadable and non-UTF-8 files are skipped here; the lint pass reports them.
    pub fn collect(paths: &[PathBuf]) -> Self {
        if paths.len() < MIN_FILES {
            // Too few files to tell boilerplate: spare the reading.
            return CorpusStats { files: paths.len(), counts: HashMap::new() };
        }
        paths
            .par_iter()
            .filter_map(|p| std::fs::File::open(p).ok())
            .filter_map(|f| CorpusStats::from_reader(std::io::BufReader::new(f)).ok())
            .reduce(CorpusStats::default, CorpusStats::merge)
    }

    /// The statistics of a single text.
    pub fn from_lines(text: &str) -> Self {
        CorpusStats::from_reader(text.as_bytes()).unwrap_or_default()
    }

    /// The statistics of one file, read line by line: only short lines are kept, and at most
    /// [`MAX_LINES_PER_FILE`] of them, so memory stays bounded however large the file or its
    /// lines. A line that is not UTF-8 is skipped.
    pub fn from_reader(mut reader: impl BufRead) -> std::io::Result<Self> {
        let mut lines = HashSet::new();
        let mut line = Vec::with_capacity(MAX_LINE_BYTES + 1);
        while read_short_line(&mut reader, &mut line)? {
            if let Some(k) = std::str::from_utf8(&line).ok().and_then(key) {
                lines.insert(k);
                if lines.len() >= MAX_LINES_PER_FILE {
                    break;
                }
            }
        }
        Ok(CorpusStats { files: 1, counts: lines.into_iter().map(|l| (l, 1)).collect() })
    }

    pub fn merge(mut self, other: CorpusStats) -> Self {
        let (mut big, small) =
            if self.counts.len() >= other.counts.len() { (std::mem::take(&mut self), other) } else { (other, self) };
        big.files += small.files;
        for (line, n) in small.counts {
            *big.counts.entry(line).or_default() += n;
        }
        big
    }

    pub fn files(&self) -> usize {
        self.files
    }

    /// In how many files the line appears.
    pub fn files_with(&self, line: &str) -> u32 {
        key(line).and_then(|k| self.counts.get(&k).copied()).unwrap_or(0)
    }

    /// How many files a line must appear in to count as boilerplate: at least 3 and at least
    /// 5% of the files, so that a heading shared by a few speeches of one author is not taken
    /// for a site's footer. `None` when the run has too few files to tell.
    pub fn boilerplate_threshold(&self) -> Option<u32> {
        (self.files >= MIN_FILES).then(|| 3.max((self.files as f64 * 0.05).ceil() as u32))
    }
}

/// Reads the next line into `line`, without its line end. A longer line than
/// [`MAX_LINE_BYTES`] is consumed whole but kept only to one byte past the limit, enough to
/// tell it is too long. False at the end of the input.
fn read_short_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> std::io::Result<bool> {
    line.clear();
    let mut read_any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(read_any);
        }
        read_any = true;
        let (content, used, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        let room = (MAX_LINE_BYTES + 1).saturating_sub(line.len());
        line.extend_from_slice(&content[..content.len().min(room)]);
        reader.consume(used);
        if done {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(true);
        }
    }
}

/// Letters and digits only, lowercased, digit runs as one 0: the key survives the fixes
/// other rules make to a line (a look-alike comma, a ligature), so that fixing does not turn
/// boilerplate into text or text into boilerplate between passes.
fn key(line: &str) -> Option<String> {
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    let k: String = normalize(line).nfkc().filter(|c| c.is_alphanumeric()).collect();
    (k.chars().filter(|c| c.is_alphabetic()).count() >= 3).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_files_not_occurrences() {
        let a = CorpusStats::from_lines("Footer line here\nFooter line here\nbody\n");
        let b = CorpusStats::from_lines("Footer line 2024 here\nother\n");
        let merged = a.merge(b);
        assert_eq!(merged.files(), 2);
        assert_eq!(merged.files_with("Footer line here"), 1);
        assert_eq!(merged.files_with("footer line 1999 here"), 1);
    }

    #[test]
    fn long_lines_are_skipped_and_line_ends_dropped() {
        let long = "x".repeat(5000);
        let stats = CorpusStats::from_lines(&format!("{long}\r\nFooter here\r\n{long}"));
        assert_eq!(stats.files_with("Footer here"), 1);
        assert_eq!(stats.counts.len(), 1);
    }

    #[test]
    fn threshold_grows_with_the_corpus() {
        let mut s = CorpusStats::default();
        assert_eq!(s.boilerplate_threshold(), None);
        s.files = 50;
        assert_eq!(s.boilerplate_threshold(), Some(3));
        s.files = 300;
        assert_eq!(s.boilerplate_threshold(), Some(15));
    }
}
