use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};

declare_rule! {
    /// Finds U+FFFD REPLACEMENT CHARACTER (�), which a decoder writes where it met bytes it
    /// could not read.
    ///
    /// Why it matters: the original character is gone; only a person with the source can put
    /// it back.
    ///
    /// Example: `Andr� Breton`.
    ///
    /// Fix: none (the information is lost).
    pub struct ReplacementCharacter { code: "UNI007", name: "replacement-character", family: Unicode, fix: Never }
}

impl Rule for ReplacementCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, c) in ctx.doc.text.match_indices('\u{FFFD}') {
            match runs.last_mut() {
                Some(run) if run.end == i => run.end = i + c.len(),
                _ => runs.push(i..i + c.len()),
            }
        }
        let message = "replacement character: a decoder lost the original character here";
        out.extend(runs.into_iter().map(|span| Diagnostic::new(&Self::META, span, message)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::check;

    #[test]
    fn reports_runs_without_fix() {
        let d = check(&ReplacementCharacter, "Andr\u{FFFD}\u{FFFD} and \u{FFFD}");
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|d| d.fix.is_none()));
    }
}
