//! Corpus evidence: how many of the files in a run each short line appears in.
//!
//! Collected in a first pass over all files before linting, so that a footer or menu line that
//! a site prints on every page is recognised however it is worded.

use crate::rules::chrome::catalog::normalize;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// Lines longer than this are prose, not boilerplate, and are not counted (bounding memory).
const MAX_LINE_BYTES: usize = 200;

#[derive(Debug, Default, Clone)]
pub struct CorpusStats {
    files: usize,
    counts: HashMap<String, u32>,
}

impl CorpusStats {
    /// Reads `paths` in parallel and counts, for each normalised short line, the files it is in.
    /// Unreadable and non-UTF-8 files are skipped here; the lint pass reports them.
    pub fn collect(paths: &[PathBuf]) -> Self {
        paths
            .par_iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .map(|text| CorpusStats::from_lines(&text))
            .reduce(CorpusStats::default, CorpusStats::merge)
    }

    /// The statistics of a single text.
    pub fn from_lines(text: &str) -> Self {
        let lines: HashSet<String> = text.lines().filter_map(key).collect();
        CorpusStats { files: 1, counts: lines.into_iter().map(|l| (l, 1)).collect() }
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
        (self.files >= 3).then(|| 3.max((self.files as f64 * 0.05).ceil() as u32))
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
    fn threshold_grows_with_the_corpus() {
        let mut s = CorpusStats::default();
        assert_eq!(s.boilerplate_threshold(), None);
        s.files = 50;
        assert_eq!(s.boilerplate_threshold(), Some(3));
        s.files = 300;
        assert_eq!(s.boilerplate_threshold(), Some(15));
    }
}
