//! The error channel: how OCR and typing turn a word into what is on the page, as edits with
//! costs in nats (−ln of how likely the damage is). Glyph confusions are cheap, arbitrary
//! edits dear.

/// Glyph confusions seen in OCR output: (what is on the page, what was meant, cost).
/// The capital I standing for l is handled separately, on the cased text.
pub const GLYPHS: &[(&str, &str, f64)] = &[
    ("rn", "m", 1.0),
    ("vv", "w", 0.8),
    ("li", "h", 1.2),
    ("cl", "d", 1.2),
    ("tb", "th", 1.0),
    ("1", "l", 0.8),
    ("1", "i", 1.4),
    ("0", "o", 0.8),
    ("5", "s", 1.0),
    ("c", "e", 1.6),
    ("e", "c", 2.0),
    ("o", "e", 2.2),
    ("e", "o", 2.4),
    ("ii", "u", 1.6),
    ("ii", "n", 2.2),
    ("in", "m", 2.2),
    ("ni", "m", 2.2),
    ("m", "rn", 2.0),
    ("b", "h", 2.2),
    ("h", "b", 2.4),
    ("l", "i", 1.8),
    ("i", "l", 1.8),
    ("l", "t", 2.4),
    ("t", "l", 2.4),
    ("f", "t", 2.4),
    ("t", "f", 2.4),
    ("u", "n", 2.2),
    ("n", "u", 2.2),
    ("a", "o", 2.4),
    ("o", "a", 2.4),
    ("s", "a", 2.6),
    ("u", "e", 2.0),
    ("u", "o", 2.2),
    ("n", "h", 2.4),
    ("k", "s", 2.6),
];

/// Cost of a capital I inside a lowercase word standing for l ("imperiaIism").
pub const CAPITAL_I_FOR_L: f64 = 0.3;
/// A letter lost ("fough" for "fought").
pub const INSERT: f64 = 4.0;
/// A letter added.
pub const DELETE: f64 = 4.5;
/// A letter replaced by another (outside the glyph table).
pub const SUBSTITUTE: f64 = 5.0;
/// Two letters swapped.
pub const TRANSPOSE: f64 = 5.0;
/// A space lost between two words ("ofthe").
pub const MERGE: f64 = 2.5;
/// A space inserted inside a word ("gov ernment").
pub const SPLIT: f64 = 2.0;
/// A letter replaced by a space ("a ms" for "arms").
pub const SPACE_FOR_LETTER: f64 = 3.0;
/// A line-end hyphen that was not a word's own ("communica-\ntions").
pub const HYPHEN_BREAK: f64 = 0.5;
