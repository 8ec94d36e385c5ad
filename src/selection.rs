//! Rule selection: `--select`, `--ignore`, `--extend-select` and their config equivalents.

use crate::registry::all_rules;
use crate::rule::Rule;

/// A selector is a code ("REP001"), a code prefix ("REP", "UNI00") or a rule name
/// ("repeated-word"); "ALL" selects everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub select: Option<Vec<String>>,
    pub extend_select: Vec<String>,
    pub ignore: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown rule selector `{0}`: expected a rule code (e.g. REP001), a code prefix (e.g. UNI) or a rule name (e.g. repeated-word)")]
pub struct UnknownSelector(pub String);

pub fn matches(selector: &str, rule: &dyn Rule) -> bool {
    let meta = rule.meta();
    selects(selector, meta.code, meta.name)
}

/// Whether `selector` selects the rule with this code and name.
pub fn selects(selector: &str, code: &str, name: &str) -> bool {
    selector.eq_ignore_ascii_case("ALL")
        || name == selector
        || (!selector.is_empty() && code.to_ascii_uppercase().starts_with(&selector.to_ascii_uppercase()))
}

/// Checks that every selector names at least one rule.
pub fn validate(selectors: &[String]) -> Result<(), UnknownSelector> {
    for s in selectors {
        if !all_rules().iter().any(|r| matches(s, *r)) {
            return Err(UnknownSelector(s.clone()));
        }
    }
    Ok(())
}

impl Selection {
    /// Later layers (command line over config) override `select` and add to the lists.
    pub fn merged_with(&self, later: &Selection) -> Selection {
        Selection {
            select: later.select.clone().or_else(|| self.select.clone()),
            extend_select: self.extend_select.iter().chain(&later.extend_select).cloned().collect(),
            ignore: self.ignore.iter().chain(&later.ignore).cloned().collect(),
        }
    }

    pub fn validate(&self) -> Result<(), UnknownSelector> {
        validate(self.select.as_deref().unwrap_or(&[]))?;
        validate(&self.extend_select)?;
        validate(&self.ignore)
    }

    /// The rules this selection enables, minus any extra ignores (per-file ignores).
    pub fn rules(&self, extra_ignore: &[String]) -> Vec<&'static dyn Rule> {
        all_rules()
            .iter()
            .copied()
            .filter(|r| match &self.select {
                Some(select) => select.iter().any(|s| matches(s, *r)),
                None => true,
            } || self.extend_select.iter().any(|s| matches(s, *r)))
            .filter(|r| !self.ignore.iter().chain(extra_ignore).any(|s| matches(s, *r)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(sel: &Selection) -> Vec<&'static str> {
        sel.rules(&[]).iter().map(|r| r.meta().code).collect()
    }

    #[test]
    fn prefixes_names_and_ignores() {
        let sel = Selection {
            select: Some(vec!["REP".into()]),
            extend_select: vec!["mojibake".into()],
            ignore: vec!["REP002".into()],
        };
        assert_eq!(codes(&sel), ["UNI006", "REP001"]);
    }

    #[test]
    fn unknown_selectors_are_errors() {
        assert_eq!(validate(&["XYZ".into()]), Err(UnknownSelector("XYZ".into())));
        assert!(validate(&["uni".into(), "ALL".into()]).is_ok());
    }
}
