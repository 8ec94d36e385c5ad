//! Arbitrary bytes through the whole pipeline with every rule on: decoding, linting and
//! fixing must keep the invariants of `proofmark::invariants` and never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proofmark::io::{decode, Content};
use proofmark::large_file::excerpt_reports;
use proofmark::segments::{SegmentError, SegmentReader};
use proofmark::registry::all_rules;
use proofmark::rules::RuleData;
use proofmark::Linter;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| Linter::new(all_rules().to_vec(), Arc::new(RuleData::default())))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(Content::Text(text)) = decode(Path::new("fuzz.txt"), data.to_vec()) {
        if let Err(e) = proofmark::invariants::check(linter(), &text) {
            panic!("invariant broken: {e}\ninput: {text:?}");
        }
        // The same bytes as an HTML page, read between its tags.
        if let Err(e) = proofmark::invariants::check_as(linter(), "fuzz.html", &text) {
            panic!("invariant broken in HTML: {e}\ninput: {text:?}");
        }
    }
    check_segments(data);
});

/// The large-file reader: segments are never longer than asked, start where the one before
/// ended, and put together give back the input (up to the first invalid UTF-8, which is
/// reported at its offset); their diagnostics can be placed in the file.
fn check_segments(data: &[u8]) {
    let target = 8 + usize::from(data.first().copied().unwrap_or(0) % 57);
    let mut joined = Vec::new();
    for segment in SegmentReader::new(data, target) {
        match segment {
            Ok(segment) => {
                assert!(segment.text.len() <= target, "segment longer than {target}");
                assert_eq!(segment.start.byte, joined.len(), "segments must be contiguous");
                joined.extend_from_slice(segment.text.as_bytes());
                let diagnostics = linter().lint("fuzz.txt", &segment.text);
                excerpt_reports("fuzz.txt", &segment.text, segment.start, diagnostics);
            }
            Err(SegmentError::InvalidUtf8(offset)) => {
                assert!(std::str::from_utf8(&data[..offset]).is_ok() && std::str::from_utf8(data).is_err());
                assert!(offset >= joined.len());
                return;
            }
            Err(SegmentError::Io(e)) => panic!("reading a slice failed: {e}"),
        }
    }
    assert_eq!(joined, data, "segments must put the input back together");
}
