//! The fix engine: applies non-overlapping edits.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::LintOptions;
use std::collections::BTreeMap;

/// Fixing stops after this many lint-and-fix passes even if rules keep proposing changes.
pub const MAX_PASSES: usize = 8;

/// Applies every allowed fix that does not overlap one already taken, in order of position.
/// A fix's edits are taken all together or not at all. Returns the new text and the number of
/// fixes applied.
pub fn apply(text: &str, diagnostics: &[Diagnostic], options: LintOptions) -> (String, usize) {
    let (edits, count) = select(text, diagnostics, options);
    (splice(text, &edits), count)
}

/// The edits [`apply`] makes, sorted and non-overlapping, and how many fixes they come from.
pub fn select<'d>(text: &str, diagnostics: &'d [Diagnostic], options: LintOptions) -> (Vec<&'d Edit>, usize) {
    let mut fixes: Vec<&Fix> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| options.allows(f.applicability) && is_valid(text, f))
        .collect();
    fixes.sort_by_key(|f| (f.range().start, f.range().end));

    let mut taken = Taken::default();
    let mut count = 0;
    for fix in fixes {
        if fix.edits.iter().all(|e| !taken.conflicts_with(e)) {
            fix.edits.iter().for_each(|e| taken.insert(e));
            count += 1;
        }
    }
    (taken.into_sorted(), count)
}

/// The edits taken so far, which never conflict with each other, by start offset: a new edit
/// can only conflict with those starting where the last group at or before its start begins,
/// or with one starting inside it. (Checking each against all taken edits made a file with
/// hundreds of thousands of fixes take minutes.)
#[derive(Default)]
struct Taken<'d> {
    by_start: BTreeMap<usize, Vec<&'d Edit>>,
}

impl<'d> Taken<'d> {
    fn conflicts_with(&self, e: &Edit) -> bool {
        let at_or_before = self.by_start.range(..=e.start).next_back();
        at_or_before.is_some_and(|(_, group)| group.iter().any(|t| conflicts(e, t)))
            || self.by_start.range(e.start + 1..e.end.max(e.start + 1)).next().is_some()
    }

    fn insert(&mut self, e: &'d Edit) {
        self.by_start.entry(e.start).or_default().push(e);
    }

    /// All edits, sorted by (start, end).
    fn into_sorted(self) -> Vec<&'d Edit> {
        let mut edits: Vec<&Edit> = self.by_start.into_values().flatten().collect();
        edits.sort_by_key(|e| (e.start, e.end));
        edits
    }
}

/// Builds the text with `edits` (sorted, non-overlapping) applied.
pub fn splice(text: &str, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for edit in edits {
        out.push_str(&text[pos..edit.start]);
        out.push_str(&edit.replacement);
        pos = edit.end;
    }
    out.push_str(&text[pos..]);
    out
}

fn is_valid(text: &str, fix: &Fix) -> bool {
    !fix.edits.is_empty()
        && fix.edits.iter().all(|e| {
            e.start <= e.end && e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end)
        })
        && fix.edits.iter().enumerate().all(|(i, a)| fix.edits[i + 1..].iter().all(|b| !conflicts(a, b)))
}

/// Two edits conflict when their ranges overlap, or when both insert at the same point
/// (their order would be arbitrary).
fn conflicts(a: &Edit, b: &Edit) -> bool {
    let overlap = a.start < b.end && b.start < a.end;
    let same_point = a.start == b.start && (a.start == a.end || b.start == b.end);
    overlap || same_point
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Applicability, Diagnostic};

    fn diag(start: usize, end: usize, replacement: &str, applicability: Applicability) -> Diagnostic {
        Diagnostic {
            code: "T001",
            name: "test",
            message: String::new(),
            span: start..end,
            fix: Some(Fix {
                applicability,
                message: String::new(),
                edits: vec![Edit::replace(start..end, replacement)],
            }),
        }
    }

    #[test]
    fn applies_non_overlapping_and_skips_overlapping() {
        let text = "abcdef";
        let d = vec![
            diag(0, 2, "X", Applicability::Safe),
            diag(1, 3, "Y", Applicability::Safe),
            diag(4, 6, "Z", Applicability::Safe),
        ];
        let (out, n) = apply(text, &d, LintOptions { unsafe_fixes: false });
        assert_eq!(out, "XcdZ");
        assert_eq!(n, 2);
    }

    #[test]
    fn conflicts_are_found_among_many_taken_edits() {
        let text = "0123456789abcdef";
        let d = vec![
            diag(0, 10, "X", Applicability::Safe),
            diag(2, 3, "Y", Applicability::Safe),   // inside the first
            diag(5, 5, "I", Applicability::Safe),   // an insertion inside the first
            diag(10, 10, "J", Applicability::Safe), // an insertion at its end: no overlap
            diag(10, 12, "K", Applicability::Safe), // same point as that insertion
            diag(12, 14, "L", Applicability::Safe),
            diag(13, 16, "M", Applicability::Safe), // overlaps the one before
        ];
        let (out, n) = apply(text, &d, LintOptions { unsafe_fixes: false });
        assert_eq!((out.as_str(), n), ("XJabLef", 3));
        // Many edits on one line stay linear (this took minutes when each was checked against
        // all taken before it).
        let long = "ab ".repeat(200_000);
        let many: Vec<Diagnostic> = (0..200_000).map(|i| diag(3 * i, 3 * i + 2, "cd", Applicability::Safe)).collect();
        assert_eq!(apply(&long, &many, LintOptions { unsafe_fixes: false }).1, 200_000);
    }

    #[test]
    fn unsafe_fixes_need_opt_in() {
        let d = vec![diag(0, 1, "X", Applicability::Unsafe)];
        assert_eq!(apply("ab", &d, LintOptions { unsafe_fixes: false }).0, "ab");
        assert_eq!(apply("ab", &d, LintOptions { unsafe_fixes: true }).0, "Xb");
    }

    #[test]
    fn rejects_edits_off_char_boundaries() {
        let d = vec![diag(1, 2, "X", Applicability::Safe)];
        assert_eq!(apply("é", &d, LintOptions { unsafe_fixes: true }), ("é".to_string(), 0));
    }
}
