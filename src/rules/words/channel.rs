//! The error channel: how OCR and typing turn a word into what is on the page, as edits with
//! costs in nats (−ln of how likely the damage is). Glyph confusions are cheap, arbitrary
//! edits dear.

/// Glyph confusions of fonts and scans, in edited text and OCR output alike: (what is on the
/// page, what was meant, cost). The capital I standing for l is handled separately, on the
/// cased text.
pub const GLYPHS: &[(&str, &str, f64)] = &[
    // Letters whose strokes OCR merges or splits.
    ("rn", "m", 1.0),
    ("m", "rn", 1.6),
    ("vv", "w", 0.8),
    ("li", "h", 1.0),
    ("h", "li", 2.2),
    ("cl", "d", 1.2),
    ("d", "cl", 2.0),
    // Digits for letters.
    ("1", "l", 0.8),
    ("1", "i", 1.4),
    ("0", "o", 0.8),
    ("5", "s", 1.0),
    // Round letters: e, c, o.
    ("c", "e", 1.2),
    ("e", "c", 1.6),
    ("o", "e", 1.4),
    ("e", "o", 1.8),
    ("o", "c", 1.8),
    ("c", "o", 1.8),
    // n and u; b and h ("tbe").
    ("u", "n", 1.2),
    ("n", "u", 1.2),
    ("b", "h", 1.4),
    ("h", "b", 1.8),
    // l and i.
    ("l", "i", 1.4),
    ("i", "l", 1.4),
];

/// Confusions of letters of like shape that a scan of worn or small type makes and a font on
/// a screen does not: read in OCR output, and where the engine asks whether a word is a
/// scan's misreading at all ([`super::search::Edits::ScanGlyphs`]). Not in edited text, where
/// a letter lost is likelier than "grand" for "ground" or "toward" for "forward".
pub const SHAPE_GLYPHS: &[(&str, &str, f64)] = &[
    // Strokes merged or split.
    ("ni", "m", 1.8),
    ("in", "m", 1.8),
    ("ii", "u", 1.4),
    ("ii", "n", 1.8),
    ("ri", "n", 2.0),
    // Old newspaper type: "and" read as "mid" or "ami".
    ("mi", "an", 2.2),
    ("mi", "nd", 2.4),
    // Round letters with a and u.
    ("a", "o", 2.2),
    ("o", "a", 2.2),
    ("a", "e", 2.4),
    ("u", "o", 2.0),
    ("o", "u", 2.0),
    ("u", "a", 2.2),
    // An e whose bar and bowl print faintly.
    ("i", "e", 2.6),
    ("u", "e", 2.6),
    ("n", "a", 2.6),
    ("s", "a", 2.4),
    ("a", "s", 2.4),
    // n and h.
    ("n", "h", 2.0),
    ("h", "n", 2.0),
    // Thin letters: i, l, t, f, j, r.
    ("l", "t", 2.0),
    ("t", "l", 2.0),
    ("f", "t", 2.0),
    ("t", "f", 2.0),
    ("t", "i", 2.4),
    ("i", "t", 2.4),
    ("j", "i", 2.0),
    ("i", "j", 2.4),
    ("f", "s", 2.2),
    ("r", "t", 2.4),
    // Descenders and the rest.
    ("v", "y", 1.6),
    ("y", "v", 2.0),
    ("v", "w", 2.2),
    ("q", "g", 2.0),
    ("g", "q", 2.4),
    ("k", "h", 2.4),
    ("k", "s", 2.6),
];

/// Confusions of old print only, which no font on a screen makes: read only in raw OCR
/// output ([`super::search::Edits::OcrGlyphs`]). An f whose crossbar did not print is an l
/// ("ol" for "of"); an m whose last stroke did not, an n ("nany" for "many"). The small s of
/// worn type is read as t, e or n ("hat" for "has", "Jamee", "nhort"), and a and n whose
/// strokes broke apart as ii ("neiir", "iind").
pub const PRINT_GLYPHS: &[(&str, &str, f64)] =
    &[("l", "f", 2.2), ("n", "m", 2.4), ("t", "s", 2.6), ("e", "s", 2.6), ("n", "s", 2.6), ("ii", "a", 2.4)];

/// Capitals OCR confuses, each written lowercase: (on the page, meant, cost). Capitals that
/// share a left stem (B, E, F, H, K, P, R), round ones (C, G, O) and narrow ones (I, J, T).
/// Only the first letter of a capitalised word is read through this table.
pub const CAPITALS: &[(u8, u8, f64)] = &[
    (b'h', b'b', 1.8),
    (b'b', b'h', 1.8),
    (b'k', b'e', 1.8),
    (b'k', b'r', 2.2),
    (b'k', b'n', 2.4),
    (b'e', b'k', 2.0),
    (b'b', b'r', 2.0),
    (b'r', b'b', 2.0),
    (b'i', b'r', 2.0),
    (b'f', b'e', 2.0),
    (b'e', b'f', 2.0),
    (b'f', b'p', 2.0),
    (b'p', b'f', 2.0),
    (b'b', b'e', 2.2),
    (b'o', b'g', 1.8),
    (b'c', b'g', 1.8),
    (b'g', b'c', 2.0),
    (b'o', b'c', 2.0),
    (b'c', b'o', 2.0),
    (b'j', b'g', 2.2),
    (b'i', b't', 2.2),
    (b't', b'i', 2.2),
    (b'j', b'i', 2.0),
    (b'l', b'i', 1.4),
    (b'i', b'l', 1.4),
    (b's', b'b', 2.4),
    // The long s (ſ) of old type, read as a capital.
    (b'f', b's', 1.8),
    (b'b', b's', 2.0),
];

/// Confusions of capital letters, written lowercase: (on the page, meant, cost). Headlines
/// set in capitals lose the shapes that tell E from K and H from II.
pub const CAPITAL_GLYPHS: &[(&str, &str, f64)] = &[
    ("k", "e", 1.2),
    ("ii", "h", 1.0),
    ("b", "e", 1.8),
    ("h", "e", 2.0),
    ("f", "e", 2.0),
    ("f", "r", 2.0),
    ("k", "r", 2.0),
    ("x", "n", 1.6),
    ("u", "h", 2.0),
    ("o", "g", 1.8),
    ("c", "g", 1.8),
    ("i", "l", 1.2),
    ("l", "i", 1.2),
    ("j", "i", 1.8),
    ("v", "y", 1.6),
];

/// Cost of a capital I inside a lowercase word standing for l ("imperiaIism").
pub const CAPITAL_I_FOR_L: f64 = 0.3;
/// A letter lost ("fough" for "fought").
pub const INSERT: f64 = 4.0;
/// A letter added.
pub const DELETE: f64 = 4.5;
/// A letter replaced by another (outside the glyph table).
pub const SUBSTITUTE: f64 = 5.0;
/// An i or l added to a word of old print, read from a speck or a stray stroke.
pub const THIN_LETTER_ADDED: f64 = 3.5;
/// A digit inside a word of OCR output, standing for a letter of any shape ("nev4r").
pub const DIGIT_FOR_LETTER: f64 = 2.5;
/// A speck inside a word of OCR output read as a full stop, comma or the like, where a letter
/// stood ("fri.m" for "from") ...
pub const SPECK_FOR_LETTER: f64 = 2.5;
/// ... or between two letters ("nose.s" for "noses").
pub const SPECK_ADDED: f64 = 2.0;
/// Two letters swapped.
pub const TRANSPOSE: f64 = 5.0;
/// A space lost between two words ("ofthe").
pub const MERGE: f64 = 2.5;
/// A space inserted inside a word ("gov ernment").
pub const SPLIT: f64 = 2.0;
/// A letter replaced by a space ("a ms" for "arms").
pub const SPACE_FOR_LETTER: f64 = 3.0;
/// A word broken at a line end whose hyphen was lost ("Ameri\ncan").
pub const LOST_HYPHEN: f64 = 1.5;
/// An apostrophe OCR did not see ("dont" for "don't").
pub const LOST_APOSTROPHE: f64 = 1.0;
/// A line-end hyphen that was not a word's own ("communica-\ntions").
pub const HYPHEN_BREAK: f64 = 0.5;
