//! Repetition: words and lines printed twice by mistake.

mod duplicate_line;
mod repeated_word;

pub use duplicate_line::DuplicateLine;
pub use repeated_word::RepeatedWord;
