//! Whether each file reads as raw OCR output, with the counts that decide it (see
//! `proofmark::rules::words::ocr_regime`).
//!
//! `cargo run --release --example regime -- FILE...`

use proofmark::rules::words::engine::UnknownShare;
use proofmark::rules::RuleData;

fn main() -> std::io::Result<()> {
    let data = RuleData::default();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let s = UnknownShare::of(&text, &data);
        println!(
            "{path}: ocr={} words={} unknown={} unlisted={} misread={} misread_listed={} scanner_marks={} markup={}",
            s.is_ocr_output(),
            s.words,
            s.unknown,
            s.unlisted,
            s.misread,
            s.misread_listed,
            s.scanner_marks,
            s.markup
        );
    }
    Ok(())
}
