//! Builds proofmark's compact lexicon and bigram model (rules/lexicon/*.fst) from the raw word
//! lists and counts in ../shared/data/lexicon. Run from the repository root:
//!
//!     cargo run --release --example build_lexicon -- ../shared/data/lexicon rules/lexicon
//!
//! Sources and licences (see ../shared/data/lexicon/README.md):
//! - validity: SCOWL via Debian `american-english-huge` and `british-english-huge` (permissive,
//!   Kevin Atkinson; notice in rules/lexicon/LICENSES.md);
//! - unigram and bigram counts: `wordsegment` unigrams/bigrams (Google Web Trillion Word Corpus
//!   as compiled by Peter Norvig; Apache-2.0), symspellpy bigrams (MIT; Google Books Ngram data,
//!   CC BY 3.0), and counts from public-domain prose (`corpus_*.tsv.gz`, counted without the
//!   dev-set texts). wordfreq (CC BY-SA) is not used.
//!
//! Output, both `fst::Map`s keyed by lowercase text:
//! - `unigrams.fst`: word -> (frequency per 10^10 words) << 3 | 4 if SCOWL lists it only at its
//!   sizes above `EVERYDAY_SIZE` (per-size lists in `scowl/final`: "strange and unusual" words
//!   and obscure variants) | 2 if the word is only ever written capitalised in SCOWL (a proper
//!   name) | 1 if SCOWL lists it. Words that are not in
//!   SCOWL but are common on the web (wordsegment unigrams at least `SEEN_MIN_COUNT` times)
//!   are kept with the valid bit clear: probably real but unlisted (or a common misspelling),
//!   so the linter does not call them unknown;
//! - `common.fst`: the listed words at least 1,000 per 10^10 frequent, with the same values
//!   (where dear repairs are searched for);
//! - `bigrams.fst`: "w1 w2" -> frequency per 10^10 bigrams;
//! - `after_comma.fst`: word -> how often it follows a comma in public-domain prose from
//!   ../shared/data/corpus (the first 45% of the State of the Union speeches, the Supreme Court
//!   opinions, the PostgreSQL, Rust and Python docs, the Jargon File and the Devil's Dictionary:
//!   the sources of `corpus_*.tsv.gz`, without the dev-set texts), for words seen there at
//!   least `AFTER_MARK_MIN_COUNT` times; the key "," holds how many commas a word follows;
//! - `after_stop.fst`: word -> how often it opens a sentence in the same prose (it follows a
//!   lowercase word's full stop, question or exclamation mark), for words seen there at least
//!   `AFTER_MARK_MIN_COUNT` times; the key "." holds how many sentences were counted;
//! - `before_stop.fst` and `before_comma.fst`: word -> how many times in a million uses the
//!   same prose follows it with a full stop (or a comma), for words used there at least
//!   `BEFORE_MARK_MIN_USES` times (smoothed toward the overall rate); the key "." (or ",")
//!   holds the rate over all words.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

const SCALE: f64 = 1e10;
/// Frequency (per 10^10) from which a listed word is common: must match
/// `proofmark::lexicon::COMMON_FREQ`, which a unit test checks.
const COMMON_FREQ: u64 = 1_000;
/// Web count from which an unlisted word counts as seen.
const SEEN_MIN_COUNT: f64 = 20_000.0;
/// The largest SCOWL size whose words are everyday: 70 holds the words most dictionaries
/// have, in SCOWL's README's words; 80 adds "the strange and unusual words people like to use
/// in word games", and 95 "just about every English word in existence and then some".
const EVERYDAY_SIZE: u32 = 70;
/// The SCOWL list families of one spelling each (not the `variant_N` lists of rarer spellings).
const EVERYDAY_FAMILIES: &[&str] = &["english", "american", "british", "british_z", "canadian", "australian"];

/// Fewest times a word must follow a comma, or open a sentence, to be kept in `after_comma.fst`
/// or `after_stop.fst`.
const AFTER_MARK_MIN_COUNT: u64 = 2;
/// Fewest uses of a word in the counted prose for its rate before a mark to be kept.
const BEFORE_MARK_MIN_USES: u64 = 20;
/// The share of the State of the Union file before the dev-set texts begin.
const SOTU_COUNTED_SHARE: f64 = 0.45;
/// The corpus files counted whole (the Bibles are left out: archaic, and a measuring set).
const PROSE_SOURCES: &[&str] = &[
    "scotus_opinions_2009_2011.txt",
    "postgresql15_docs_prose.txt",
    "rust163_docs_prose.txt",
    "python311_docs_prose.txt",
    "jargon_file_4_4_7.txt",
    "devils_dictionary_bierce.txt",
];

/// The corpus prose the punctuation counts are taken from: the first share of the State of
/// the Union speeches and the files counted whole.
fn counted_prose(corpus: &Path) -> Vec<String> {
    let read = |name: &str| std::fs::read_to_string(corpus.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let sotu = read("sotu_1790_2026.txt");
    let cut = sotu.char_indices().nth((sotu.chars().count() as f64 * SOTU_COUNTED_SHARE) as usize).unwrap().0;
    let mut texts = vec![sotu[..cut].to_string()];
    texts.extend(PROSE_SOURCES.iter().map(|name| read(name)));
    texts
}

/// How often each lowercase word is the first capture of `pattern` in `texts`, with the
/// number of matches under the key `total_key`.
fn counts_after(texts: &[String], pattern: &str, total_key: &str) -> BTreeMap<String, u64> {
    let pattern = regex::Regex::new(pattern).unwrap();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut total = 0;
    for text in texts {
        for m in pattern.captures_iter(text) {
            total += 1;
            *counts.entry(m[1].to_lowercase().replace('’', "'")).or_default() += 1;
        }
    }
    counts.retain(|_, n| *n >= AFTER_MARK_MIN_COUNT);
    counts.insert(total_key.to_string(), total);
    counts
}

/// How often each lowercase word follows a comma and a space in the corpus prose, with the
/// number of such commas under the key ",".
fn after_comma_counts(texts: &[String]) -> BTreeMap<String, u64> {
    counts_after(texts, r",[ \t]*\n?[ \t]*(\w[\w'’]*)", ",")
}

/// How often each lowercase word opens a sentence in the corpus prose, with the number of
/// sentences counted under the key ".". A sentence opens with a capital after the full stop,
/// question or exclamation mark of a lowercase word (not "Mr." or "U.S.", whose stop ends no
/// sentence), a closing quote or bracket allowed between.
fn after_stop_counts(texts: &[String]) -> BTreeMap<String, u64> {
    counts_after(texts, r"[a-z]{2}[.?!][\x22'’”)]*[ \t]+\n?[ \t]*([A-Z][\w'’]*)", ".")
}

/// How many times in a million uses each lowercase word of `texts` is followed by `mark`
/// (then a space, a closing quote or bracket, or the end), with the rate over all words under
/// the key `mark`. A word is a run of word characters and apostrophes, as the linter reads it.
fn before_mark_rates(texts: &[String], mark: char) -> BTreeMap<String, u64> {
    let word = regex::Regex::new(r"\w[\w'’]*").unwrap();
    let (mut uses, mut before): (HashMap<String, u64>, HashMap<String, u64>) = Default::default();
    for text in texts {
        for m in word.find_iter(text) {
            let lower = m.as_str().to_lowercase().replace('’', "'");
            let mut rest = text[m.end()..].chars();
            if rest.next() == Some(mark) && rest.next().is_none_or(|c| c.is_whitespace() || "\"'’”)".contains(c)) {
                *before.entry(lower.clone()).or_default() += 1;
            }
            *uses.entry(lower).or_default() += 1;
        }
    }
    let overall = before.values().sum::<u64>() as f64 / uses.values().sum::<u64>() as f64;
    // (Smoothed toward the overall rate by `BEFORE_MARK_MIN_USES` uses of it: twenty uses
    // never before the mark make it rare there, not impossible.)
    let prior = BEFORE_MARK_MIN_USES as f64;
    let rate = |n: u64, of: u64| (((n as f64 + prior * overall) / (of as f64 + prior)) * 1e6).round() as u64;
    let mut rates: BTreeMap<String, u64> = uses
        .iter()
        .filter(|(_, &n)| n >= BEFORE_MARK_MIN_USES)
        .map(|(w, &n)| (w.clone(), rate(before.get(w).copied().unwrap_or(0), n).max(1)))
        .collect();
    rates.insert(mark.to_string(), (overall * 1e6).round() as u64);
    rates
}

fn lines(path: &Path) -> Vec<String> {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    BufReader::new(reader).lines().map_while(Result::ok).collect()
}

/// Which words a count table keeps.
trait Keep {
    fn keep(&self, word: &str) -> bool;
}

impl Keep for HashSet<String> {
    fn keep(&self, word: &str) -> bool {
        self.contains(word)
    }
}

struct AnyWord;

impl Keep for AnyWord {
    fn keep(&self, _: &str) -> bool {
        true
    }
}

/// Counts from "key<sep>count" lines, lowercased and summed; `key_words` is 1 or 2.
fn counts(path: &Path, key_words: usize, valid: &impl Keep) -> HashMap<String, f64> {
    let mut out: HashMap<String, f64> = HashMap::new();
    for line in lines(path) {
        let mut parts: Vec<&str> = line.split(['\t', ' ']).filter(|s| !s.is_empty()).collect();
        let Some(count) = parts.pop().and_then(|c| c.parse::<f64>().ok()) else { continue };
        if parts.len() != key_words {
            continue;
        }
        let key: Vec<String> = parts.iter().map(|w| w.to_lowercase()).collect();
        if !key.iter().all(|w| valid.keep(w)) {
            continue;
        }
        *out.entry(key.join(" ")).or_default() += count;
    }
    out
}

/// Relative frequencies averaged over the sources that have any data.
fn blend(sources: &[HashMap<String, f64>]) -> BTreeMap<String, u64> {
    let totals: Vec<f64> = sources.iter().map(|s| s.values().sum::<f64>().max(1.0)).collect();
    let mut out: BTreeMap<String, f64> = BTreeMap::new();
    for (source, total) in sources.iter().zip(&totals) {
        for (k, v) in source {
            *out.entry(k.clone()).or_default() += v / total / sources.len() as f64;
        }
    }
    out.into_iter().map(|(k, v)| (k, (v * SCALE).round().max(1.0) as u64)).collect()
}

/// The words SCOWL lists at sizes up to [`EVERYDAY_SIZE`], lowercased, from file names such as
/// `english-words.35` or `american-proper-names.50`.
fn everyday_words(scowl_final: &Path) -> HashSet<String> {
    let mut words = HashSet::new();
    for entry in std::fs::read_dir(scowl_final).unwrap_or_else(|e| panic!("{}: {e}", scowl_final.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some((list, size)) = name.rsplit_once('.') else { continue };
        let family = list.split_once('-').map_or(list, |(family, _)| family);
        if EVERYDAY_FAMILIES.contains(&family) && size.parse::<u32>().is_ok_and(|size| size <= EVERYDAY_SIZE) {
            // SCOWL's per-size lists are Latin-1.
            let bytes = std::fs::read(&path).unwrap();
            let text: String = bytes.iter().map(|&b| char::from(b)).collect();
            words.extend(text.lines().map(str::to_lowercase));
        }
    }
    words
}

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let (src, out) = match args.as_slice() {
        [src, out] => (src.clone(), out.clone()),
        _ => panic!("usage: build_lexicon SOURCE_DIR OUT_DIR"),
    };
    std::fs::create_dir_all(&out).unwrap();

    // Validity and proper-name flags from SCOWL.
    let mut valid = HashSet::new();
    let mut lower_seen = HashSet::new();
    for list in ["american-english-huge", "british-english-huge"] {
        for word in lines(&src.join("debian-wordlists").join(list)) {
            let lower = word.to_lowercase();
            if word == lower {
                lower_seen.insert(lower.clone());
            }
            valid.insert(lower);
        }
    }
    let everyday = everyday_words(&src.join("scowl/final"));
    let unigram_sources = [
        counts(&src.join("wordsegment/unigrams.txt"), 1, &valid),
        counts(&src.join("corpus_unigrams_cased.tsv.gz"), 1, &valid),
    ];
    let mut unigrams = blend(&unigram_sources);
    for word in &valid {
        unigrams.entry(word.clone()).or_insert(1);
    }

    // Unlisted but common web words, with their web frequency.
    let all_web = counts(&src.join("wordsegment/unigrams.txt"), 1, &AnyWord);
    let web_total: f64 = all_web.values().sum();
    let mut entries: BTreeMap<String, u64> = BTreeMap::new();
    for (word, count) in &all_web {
        if *count >= SEEN_MIN_COUNT && !valid.contains(word) && word.chars().all(|c| c.is_alphabetic() || c == '\'') {
            entries.insert(word.clone(), (((count / web_total) * SCALE).round().max(1.0) as u64) << 3);
        }
    }
    for (word, freq) in &unigrams {
        let proper = u64::from(!lower_seen.contains(word));
        let obscure = u64::from(!everyday.contains(word));
        entries.insert(word.clone(), (freq << 3) | (obscure << 2) | (proper << 1) | 1);
    }
    // Bigrams over listed and seen words, so that "de facto" is known as a pair.
    let pair_words: HashSet<String> = entries.keys().cloned().collect();
    let bigram_sources = [
        counts(&src.join("wordsegment/bigrams.txt"), 2, &pair_words),
        counts(&src.join("frequency_bigramdictionary_en_243_342.txt"), 2, &pair_words),
        counts(&src.join("corpus_bigrams_cased_min2.tsv.gz"), 2, &pair_words),
    ];
    let bigrams = blend(&bigram_sources);
    let mut builder = fst::MapBuilder::new(File::create(out.join("unigrams.fst")).unwrap()).unwrap();
    for (word, value) in &entries {
        builder.insert(word, *value).unwrap();
    }
    builder.finish().unwrap();
    // The common listed words alone, where dear repairs are searched for (see
    // `Lexicon::common_words`): same values as in unigrams.fst.
    let mut builder = fst::MapBuilder::new(File::create(out.join("common.fst")).unwrap()).unwrap();
    for (word, value) in entries.iter().filter(|(_, v)| *v & 1 == 1 && (*v >> 3) >= COMMON_FREQ) {
        builder.insert(word, *value).unwrap();
    }
    builder.finish().unwrap();
    let mut builder = fst::MapBuilder::new(File::create(out.join("bigrams.fst")).unwrap()).unwrap();
    for (pair, freq) in &bigrams {
        builder.insert(pair, *freq).unwrap();
    }
    builder.finish().unwrap();
    let prose = counted_prose(&src.join("../corpus"));
    for (name, counts) in [
        ("after_comma.fst", after_comma_counts(&prose)),
        ("after_stop.fst", after_stop_counts(&prose)),
        ("before_stop.fst", before_mark_rates(&prose, '.')),
        ("before_comma.fst", before_mark_rates(&prose, ',')),
    ] {
        let mut builder = fst::MapBuilder::new(File::create(out.join(name)).unwrap()).unwrap();
        for (word, count) in &counts {
            builder.insert(word, *count).unwrap();
        }
        builder.finish().unwrap();
    }
    println!(
        "{} words ({} listed), {} bigrams written to {}",
        entries.len(),
        unigrams.len(),
        bigrams.len(),
        out.display()
    );
}
