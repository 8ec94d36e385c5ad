use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use encoding_rs::WINDOWS_1252;

declare_rule! {
    /// Finds mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere on its
    /// way, so that one character became two or three ("donâ€™t", "JosÃ©", "â€œquoteâ€\u{9d}").
    ///
    /// Why it matters: it is unreadable and spreads, since each further wrong decode makes it
    /// longer.
    ///
    /// How it decides: a candidate is a Windows-1252 character that would be a UTF-8 lead byte
    /// followed by the right number of characters that would be continuation bytes. The span is
    /// encoded back to bytes and decoded as UTF-8; it is reported only when that succeeds and
    /// gives a character from a script or punctuation block that real text uses. Correctly
    /// accented text ("Müller", "café", "à «") never forms such a sequence, so it is not
    /// flagged. Text damaged twice is repaired one layer per fix pass.
    ///
    /// Example: `donâ€™t` becomes `don’t`.
    ///
    /// Fix: safe; the message names the decode chain that was undone.
    pub struct Mojibake { code: "UNI006", name: "mojibake", family: Unicode, fix: Always }
}

impl Rule for Mojibake {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let text = ctx.doc.text;
        if text.is_ascii() {
            return;
        }
        for run in find_runs(text) {
            let original = &text[run.start..run.end];
            let message = format!("mojibake “{original}”: UTF-8 decoded as {}; reads “{}”", run.chain, run.decoded);
            let fix = Fix::safe(
                format!("replace with “{}”", run.decoded),
                vec![Edit::replace(run.start..run.end, run.decoded.clone())],
            );
            out.push(Diagnostic::new(&Self::META, run.start..run.end, message).with_fix(fix));
        }
    }
}

struct Run {
    start: usize,
    end: usize,
    decoded: String,
    chain: &'static str,
}

/// Finds adjacent decodable sequences and merges them into runs.
fn find_runs(text: &str) -> Vec<Run> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match decode_sequence(&chars[i..]) {
            Some((len, decoded, chain)) => {
                let start = chars[i].0;
                let end = chars.get(i + len).map_or(text.len(), |c| c.0);
                match runs.last_mut() {
                    Some(run) if run.end == start => {
                        run.end = end;
                        run.decoded.push_str(&decoded);
                        if chain != run.chain {
                            run.chain = "Windows-1252 and Latin-1";
                        }
                    }
                    _ => runs.push(Run { start, end, decoded, chain }),
                }
                i += len;
            }
            None => i += 1,
        }
    }
    runs
}

/// If `chars` starts with the Windows-1252 rendering of one UTF-8 character, returns how many
/// characters it spans, the decoded text and the decode chain.
fn decode_sequence(chars: &[(usize, char)]) -> Option<(usize, String, &'static str)> {
    let lead = byte_of(chars.first()?.1)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    if chars.len() < len {
        return None;
    }
    let mut bytes = vec![lead];
    let mut latin1 = false;
    for &(_, c) in &chars[1..len] {
        let b = byte_of(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        latin1 |= ('\u{80}'..='\u{9F}').contains(&c);
        bytes.push(b);
    }
    let decoded = String::from_utf8(bytes).ok()?;
    let ch = decoded.chars().next()?;
    if !is_plausible(ch) {
        return None;
    }
    Some((len, decoded, if latin1 { "Latin-1" } else { "Windows-1252" }))
}

/// The byte a character had in Windows-1252 (or Latin-1 for C1 controls), if it had one.
fn byte_of(c: char) -> Option<u8> {
    if c.is_ascii() {
        return None;
    }
    if ('\u{80}'..='\u{FF}').contains(&c) {
        return Some(c as u32 as u8);
    }
    let mut buf = [0u8; 4];
    let (bytes, _, had_errors) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    match (had_errors, bytes.as_ref()) {
        (false, [b]) => Some(*b),
        _ => None,
    }
}

/// Characters that real text is made of, so that a decode landing elsewhere (an unassigned or
/// rare block) is taken as a coincidence rather than mojibake.
fn is_plausible(c: char) -> bool {
    matches!(c as u32,
        0x00A0..=0x024F     // Latin-1 Supplement, Latin Extended-A/B
        | 0x0370..=0x052F   // Greek, Cyrillic
        | 0x0590..=0x06FF   // Hebrew, Arabic
        | 0x0900..=0x0DFF   // Indic scripts
        | 0x0E00..=0x0E7F   // Thai
        | 0x1E00..=0x1FFF   // Latin Extended Additional, Greek Extended
        | 0x2000..=0x206F   // General Punctuation
        | 0x20A0..=0x20CF   // Currency
        | 0x2100..=0x21FF   // Letterlike, Number forms, Arrows
        | 0x2200..=0x22FF   // Math operators
        | 0x2500..=0x27BF   // Box drawing, shapes, dingbats
        | 0x3000..=0x30FF   // CJK punctuation, kana
        | 0x4E00..=0x9FFF   // CJK ideographs
        | 0xAC00..=0xD7AF   // Hangul
        | 0xFE00..=0xFE0F   // variation selectors
        | 0x1F300..=0x1FAFF // emoji
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn fixes_common_mojibake() {
        assert_eq!(fixed(&Mojibake, "donâ€™t stop"), "don’t stop");
        assert_eq!(fixed(&Mojibake, "JosÃ© said â€œhiâ€\u{9d}"), "José said “hi”");
        assert_eq!(fixed(&Mojibake, "ÄŒeÅ¡tina"), "Čeština");
    }

    #[test]
    fn chain_is_named() {
        let d = check(&Mojibake, "donâ€™t");
        assert!(d[0].message.contains("Windows-1252"), "{}", d[0].message);
    }

    #[test]
    fn correct_accented_text_is_fine() {
        assert!(check(&Mojibake, "Müller, café, naïve, « à »\u{a0}», São Paulo, Zelenskyy, Ærøskøbing").is_empty());
    }
}
