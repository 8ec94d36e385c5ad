//! The one list of every rule proofmark has.

use crate::rule::Rule;
use crate::rules::{chrome, repetition, unicode, words};

static ALL: &[&dyn Rule] = &[
    &unicode::LookalikePunctuation,
    &unicode::MixedScriptWord,
    &unicode::InvisibleCharacter,
    &unicode::CompatibilityForm,
    &unicode::NotNfc,
    &unicode::Mojibake,
    &unicode::ReplacementCharacter,
    &repetition::RepeatedWord,
    &repetition::DuplicateLine,
    &chrome::CatalogChrome,
    &chrome::StructuralChrome,
    &chrome::CorpusBoilerplate,
    &words::GlyphConfusion,
    &words::DroppedLetter,
    &words::Misspelling,
    &words::MergedWords,
    &words::SplitWord,
    &words::SpaceForLetter,
    &words::HyphenBreak,
    &words::RealWordError,
    &words::StrayMark,
    &words::LostFullStop,
];

/// Every rule, in code order within each family.
pub fn all_rules() -> &'static [&'static dyn Rule] {
    ALL
}

/// The rule with this code or kebab-case name.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    ALL.iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in all_rules() {
            let meta = rule.meta();
            assert!(codes.insert(meta.code), "duplicate code {}", meta.code);
            assert!(names.insert(meta.name), "duplicate name {}", meta.name);
            let (letters, digits) = meta.code.split_at(3);
            assert!(
                letters.chars().all(|c| c.is_ascii_uppercase())
                    && digits.len() == 3
                    && digits.chars().all(|c| c.is_ascii_digit())
            );
            assert!(meta.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(meta.documentation().contains("Example"), "{} has no example in its docs", meta.code);
            assert!(meta.documentation().contains("Fix"), "{} does not say how it fixes", meta.code);
        }
    }
}
