//! Corpus evidence: in how many of the files of a run each short line, each word and each
//! pair of adjacent words appears.
//!
//! Collected in a first pass over all files before linting, so that a footer or menu line that
//! a site prints on every page is recognised however it is worded, and so that word repair can
//! lean on the run's own usage: "war in Ukraine" in other files supports reading "ar in
//! Ukraine" as "war in Ukraine". Files are read in segments, so memory stays bounded.

use crate::large_file::SEGMENT_BYTES;
use crate::rules::chrome::catalog::normalize;
use crate::segments::{Segment, SegmentReader};
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::io::Read;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// The fewest files in which boilerplate can be told from text.
pub const MIN_FILES: usize = 3;
/// Lines longer than this are prose, not boilerplate, and are not counted (bounding memory).
const MAX_LINE_BYTES: usize = 200;
/// Distinct short lines counted per file: boilerplate shows up long before this many.
const MAX_LINES_PER_FILE: usize = 100_000;

/// Distinct word sequences (pairs, triples) counted per file, and of each kind in the run.
const MAX_PAIRS_PER_FILE: usize = 500_000;
const MAX_WORDS_PER_FILE: usize = 1_000_000;
const MAX_PAIRS_PER_RUN: usize = 4_000_000;
/// The fewest files a word sequence must appear in for the run to vouch for it.
pub const SHARED_MIN_FILES: u32 = 2;

#[derive(Debug, Default, Clone)]
pub struct CorpusStats {
    files: usize,
    /// How many words the run's files hold in all.
    word_total: u64,
    counts: HashMap<String, u32>,
    /// Files per lowercase word and per adjacent pair, keyed by hash (see [`word_key`]).
    words: FxHashMap<u64, Usage>,
    pairs: FxHashMap<u64, Usage>,
    triples: FxHashMap<u64, Usage>,
}

/// How a word or word sequence is used in a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// In how many files it appears.
    pub files: u32,
    /// How many times it appears in all.
    pub times: u32,
}

impl CorpusStats {
    /// Reads `paths` in parallel and counts, for each normalised short line, the files it is in.
    /// Unreadable and non-UTF-8 files are skipped here; the lint pass reports them.
    pub fn collect(paths: &[PathBuf]) -> Self {
        if paths.len() < MIN_FILES {
            // Too few files to tell boilerplate: spare the reading.
            return CorpusStats { files: paths.len(), ..CorpusStats::default() };
        }
        let mut run = paths
            .par_iter()
            .filter_map(|p| std::fs::File::open(p).ok())
            .map(CorpusStats::from_reader)
            .reduce(CorpusStats::default, CorpusStats::merge);
        run.keep_shared();
        run
    }

    /// Drops the word sequences only one file uses: the run vouches only for what its files
    /// share (see [`SHARED_MIN_FILES`]), and most sequences of a large run are one file's, so
    /// the tables shrink several times over and the lookups of the lint pass stay in cache.
    fn keep_shared(&mut self) {
        self.pairs.retain(|_, usage| usage.files >= SHARED_MIN_FILES);
        self.triples.retain(|_, usage| usage.files >= SHARED_MIN_FILES);
        self.pairs.shrink_to_fit();
        self.triples.shrink_to_fit();
    }

    /// The statistics of a single text.
    pub fn from_lines(text: &str) -> Self {
        CorpusStats::from_reader(text.as_bytes())
    }

    /// The statistics of one file, read in segments (see [`FileCounter`]). Reading stops at
    /// bytes that are not UTF-8.
    pub fn from_reader(reader: impl Read) -> Self {
        let mut counter = FileCounter::default();
        for segment in SegmentReader::new(reader, SEGMENT_BYTES).map_while(Result::ok) {
            counter.add(&segment);
        }
        counter.finish()
    }

    pub fn merge(mut self, other: CorpusStats) -> Self {
        let (mut big, small) =
            if self.counts.len() >= other.counts.len() { (std::mem::take(&mut self), other) } else { (other, self) };
        big.files += small.files;
        big.word_total += small.word_total;
        for (line, n) in small.counts {
            *big.counts.entry(line).or_default() += n;
        }
        add_counts(&mut big.words, small.words);
        add_counts(&mut big.pairs, small.pairs);
        add_counts(&mut big.triples, small.triples);
        big
    }

    /// How many words the run's files hold in all.
    pub fn word_total(&self) -> u64 {
        self.word_total
    }

    /// How the lowercase word is used in the run.
    pub fn word_usage(&self, lower: &str) -> Usage {
        self.words.get(&word_key(lower)).copied().unwrap_or_default()
    }

    /// How the lowercase words are used next to each other, in this order.
    pub fn pair_usage(&self, first: &str, second: &str) -> Usage {
        self.pairs.get(&pair_key(first, second)).copied().unwrap_or_default()
    }

    /// How the three lowercase words are used in a row, in this order.
    pub fn triple_usage(&self, first: &str, second: &str, third: &str) -> Usage {
        self.triples.get(&triple_key(first, second, third)).copied().unwrap_or_default()
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

/// Counts one file segment by segment. Only short lines are kept, and at most
/// [`MAX_LINES_PER_FILE`] of them, [`MAX_WORDS_PER_FILE`] distinct words and
/// [`MAX_PAIRS_PER_FILE`] word sequences of each kind, so memory stays bounded however large
/// the file.
#[derive(Default)]
pub struct FileCounter {
    word_total: u64,
    lines: HashSet<String>,
    words: FxHashMap<u64, u32>,
    pairs: FxHashMap<u64, u32>,
    triples: FxHashMap<u64, u32>,
}

impl FileCounter {
    pub fn add(&mut self, segment: &Segment) {
        let mut segment_lines = segment.text.lines();
        if segment.start.column > 0 {
            segment_lines.next(); // the end of a line cut by the segment before
        }
        for key in segment_lines.filter_map(key) {
            if self.lines.len() < MAX_LINES_PER_FILE {
                self.lines.insert(key);
            }
        }
        let (words, pairs, triples) = (&mut self.words, &mut self.pairs, &mut self.triples);
        let word_total = &mut self.word_total;
        for_each_word(&segment.text, |before, word| {
            *word_total += 1;
            count(words, word_key(word), MAX_WORDS_PER_FILE);
            if let [.., prev] = before {
                count(pairs, pair_key(prev, word), MAX_PAIRS_PER_FILE);
            }
            if let [first, second] = before {
                count(triples, triple_key(first, second, word), MAX_PAIRS_PER_FILE);
            }
        });
    }

    pub fn finish(self) -> CorpusStats {
        let once =
            |counts: FxHashMap<u64, u32>| counts.into_iter().map(|(k, n)| (k, Usage { files: 1, times: n })).collect();
        CorpusStats {
            files: 1,
            word_total: self.word_total,
            counts: self.lines.into_iter().map(|l| (l, 1)).collect(),
            words: once(self.words),
            pairs: once(self.pairs),
            triples: once(self.triples),
        }
    }
}

/// Counts `key` once more; a new key only while the table has fewer than `cap`.
fn count(table: &mut FxHashMap<u64, u32>, key: u64, cap: usize) {
    if let Some(n) = table.get_mut(&key) {
        *n += 1;
    } else if table.len() < cap {
        table.insert(key, 1);
    }
}

/// Adds `small`'s counts to `big`'s; new keys only while the run's table has room.
fn add_counts(big: &mut FxHashMap<u64, Usage>, small: FxHashMap<u64, Usage>) {
    for (key, usage) in small {
        if let Some(total) = big.get_mut(&key) {
            total.files += usage.files;
            total.times += usage.times;
        } else if big.len() < MAX_PAIRS_PER_RUN {
            big.insert(key, usage);
        }
    }
}

fn word_key(lower: &str) -> u64 {
    FxBuildHasher.hash_one(lower)
}

fn pair_key(first: &str, second: &str) -> u64 {
    FxBuildHasher.hash_one((first, second))
}

fn triple_key(first: &str, second: &str, third: &str) -> u64 {
    FxBuildHasher.hash_one((first, second, third))
}

/// Calls `f(before, word)` for each lowercase word of `text` (letters and digits with inner
/// apostrophes, curly ones made straight), where `before` holds the words before it (the
/// nearest last) as long as only spaces and at most one line break stand between them.
/// A capitalised word after a capitalised word is part of a name ("Russia's Far East") and
/// says nothing of how the lowercase words go together, so it starts afresh.
pub fn for_each_word(text: &str, mut f: impl FnMut(&[&str], &str)) {
    let (mut prev2, mut prev, mut word) = (String::new(), String::new(), String::new());
    // How many of `prev2`, `prev` are linked to the word being read.
    let mut linked = 0usize;
    let mut line_breaks = 0;
    let (mut prev_capitalized, mut word_capitalized) = (false, false);
    let mut chars = text.chars().peekable();
    let mut emit = |prev2: &str, prev: &str, word: &str, linked: usize| {
        let before = [prev2, prev];
        f(&before[2 - linked..], word)
    };
    while let Some(c) = chars.next() {
        let inner_apostrophe =
            crate::text::is_apostrophe(c) && !word.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if inner_apostrophe {
            word.push('\'');
            continue;
        }
        if c.is_alphanumeric() {
            if word.is_empty() {
                word_capitalized = c.is_uppercase();
            }
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            if word_capitalized && prev_capitalized {
                linked = 0;
            }
            emit(&prev2, &prev, &word, linked);
            std::mem::swap(&mut prev2, &mut prev);
            std::mem::swap(&mut prev, &mut word);
            word.clear();
            prev_capitalized = word_capitalized;
            (linked, line_breaks) = ((linked + 1).min(2), 0);
        }
        match c {
            ' ' | '\t' | '\r' => {}
            '\n' => {
                line_breaks += 1;
                if line_breaks >= 2 {
                    linked = 0; // a blank line ends the paragraph
                }
            }
            _ => linked = 0,
        }
    }
    if !word.is_empty() {
        if word_capitalized && prev_capitalized {
            linked = 0;
        }
        emit(&prev2, &prev, &word, linked);
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
    fn words_pair_across_spaces_and_one_line_break_only() {
        let mut seen = Vec::new();
        for_each_word("The war’s end,\nin Kyiv\n\nand then  so", |b, w| seen.push(format!("{b:?} {w}")));
        let expected = [
            "[] the",
            "[\"the\"] war's",
            "[\"the\", \"war's\"] end",
            "[] in",
            "[\"in\"] kyiv",
            "[] and",
            "[\"and\"] then",
            "[\"and\", \"then\"] so",
        ];
        assert_eq!(seen, expected);
    }

    #[test]
    fn capitalised_words_of_a_name_do_not_pair() {
        let mut seen = Vec::new();
        for_each_word("Russia's Far East has a far harbour", |b, w| seen.push(format!("{b:?} {w}")));
        let expected = [
            "[] russia's",
            "[] far",
            "[] east",
            "[\"east\"] has",
            "[\"east\", \"has\"] a",
            "[\"has\", \"a\"] far",
            "[\"a\", \"far\"] harbour",
        ];
        assert_eq!(seen, expected);
    }

    #[test]
    fn pairs_are_counted_per_file() {
        let a = CorpusStats::from_lines("the war in Ukraine, the war in Ukraine");
        let b = CorpusStats::from_lines("his war in the east");
        let merged = a.merge(b);
        assert_eq!(merged.pair_usage("war", "in"), Usage { files: 2, times: 3 });
        assert_eq!(merged.pair_usage("in", "war"), Usage::default());
        assert_eq!(merged.pair_usage("in", "ukraine"), Usage { files: 1, times: 2 });
        assert_eq!(merged.word_usage("war").times, 3);
        assert_eq!(merged.triple_usage("war", "in", "ukraine").files, 1);
        assert_eq!(merged.triple_usage("war", "in", "the").files, 1);
    }

    #[test]
    fn a_run_keeps_only_the_sequences_its_files_share() {
        let dir = tempfile::tempdir().unwrap();
        let texts = ["the war in Ukraine", "a war in the east", "peace at last"];
        let paths: Vec<PathBuf> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let path = dir.path().join(format!("{i}.txt"));
                std::fs::write(&path, text).unwrap();
                path
            })
            .collect();
        let run = CorpusStats::collect(&paths);
        assert_eq!(run.files(), 3);
        assert_eq!(run.pair_usage("war", "in"), Usage { files: 2, times: 2 });
        assert_eq!(run.pair_usage("in", "ukraine"), Usage::default());
        assert_eq!(run.triple_usage("the", "war", "in"), Usage::default());
        // Words are kept whatever their spread: they measure how often a pair's first is used.
        assert_eq!(run.word_usage("ukraine"), Usage { files: 1, times: 1 });
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
