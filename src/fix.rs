//! The fix engine: applies non-overlapping edits.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::linter::LintOptions;

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

    let mut taken: Vec<&Edit> = Vec::new();
    let mut count = 0;
    for fix in fixes {
        if fix.edits.iter().all(|e| taken.iter().all(|t| !conflicts(e, t))) {
            taken.extend(fix.edits.iter());
            count += 1;
        }
    }
    taken.sort_by_key(|e| (e.start, e.end));
    (taken, count)
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
