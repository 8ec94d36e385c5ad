//! Rule families, one module per family and one file per rule.

pub mod chrome;
pub mod repetition;
pub mod unicode;
pub mod words;

use std::collections::HashSet;

/// Data the rules read besides the document: shipped tables and user settings.
#[derive(Debug)]
pub struct RuleData {
    /// Words the user accepts as correct (from `accepted-words` in proofmark.toml), lowercased.
    pub accepted_words: HashSet<String>,
    /// The site-chrome phrase catalog: shipped plus the user's.
    pub chrome: chrome::catalog::Catalog,
    /// Line counts across the files of this run (empty for a single text).
    pub corpus: crate::corpus::CorpusStats,
}

impl Default for RuleData {
    fn default() -> Self {
        RuleData {
            accepted_words: HashSet::new(),
            chrome: chrome::catalog::Catalog::shipped(),
            corpus: Default::default(),
        }
    }
}

impl RuleData {
    /// Rule data for a run: the shipped tables plus what the config adds.
    pub fn build(config: &crate::config::Config) -> Result<Self, crate::config::ConfigError> {
        let user: Vec<(String, &str)> =
            config.chrome_catalogs.iter().map(|(p, text)| (p.display().to_string(), text.as_str())).collect();
        let chrome = chrome::catalog::Catalog::shipped_and(user.iter().map(|(n, t)| (n.as_str(), *t)))
            .map_err(|e| crate::config::ConfigError { message: e.to_string(), src: None, span: None })?;
        Ok(RuleData {
            accepted_words: config.accepted_words.iter().map(|w| w.to_lowercase()).collect(),
            chrome,
            corpus: Default::default(),
        })
    }

    pub fn is_accepted(&self, word: &str) -> bool {
        self.accepted_words.contains(&word.to_lowercase())
    }
}

#[cfg(test)]
pub(crate) mod test_util {
    use crate::diagnostic::Diagnostic;
    use crate::linter::{LintOptions, Linter};
    use crate::rule::Rule;
    use std::sync::Arc;

    fn linter_for(rule: &dyn Rule) -> Linter {
        let code = rule.meta().code;
        let rules = crate::registry::all_rules().iter().copied().filter(|r| r.meta().code == code).collect();
        Linter::new(rules, Arc::new(super::RuleData::default()))
    }

    /// The diagnostics of one rule on `text`.
    pub fn check(rule: &dyn Rule, text: &str) -> Vec<Diagnostic> {
        check_file(rule, "test.txt", text)
    }

    /// The diagnostics of one rule on `text` in a file called `name`.
    pub fn check_file(rule: &dyn Rule, name: &str, text: &str) -> Vec<Diagnostic> {
        linter_for(rule).lint(name, text)
    }

    /// `text` after applying the rule's fixes, unsafe ones included, until nothing changes.
    pub fn fixed(rule: &dyn Rule, text: &str) -> String {
        linter_for(rule).fix("test.txt", text, LintOptions { unsafe_fixes: true }).text
    }
}
