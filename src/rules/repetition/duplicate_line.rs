use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Line;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use std::collections::HashMap;
use unicode_security::confusable_detection::skeleton;

declare_rule! {
    /// Finds a line or paragraph that repeats the one before it: a photo caption printed
    /// twice, a heading or sentence pasted again.
    ///
    /// Why it matters: the copy adds nothing and shows the text went through a careless
    /// extraction or edit.
    ///
    /// A line is compared with the previous non-blank line word by word, in the same case,
    /// look-alike characters taken as one, so a copy with a misread letter ("disab1ed") or a
    /// damaged comma still counts. The marks between the words must match too, unless one
    /// line holds a mark outside ASCII: in code and tables a mark or a capital is the whole
    /// difference ("test ':=' test", "test '=' test"). Copies further apart are left
    /// alone: documentation, psalms and speeches repeat sentences on purpose. Short lines
    /// (under 20 characters or three words), lines without letters (separators such as
    /// `* * *`) and lines that stand three or more times in the file (refrains, table rows,
    /// repeated labels) are left alone too.
    ///
    /// Example: a caption line followed by the same caption line; the second copy is removed.
    ///
    /// Fix: safe when the copy is identical; unsafe when the copies differ in punctuation or
    /// spacing.
    pub struct DuplicateLine { code: "REP002", name: "duplicate-line", family: Repetition, fix: Always }
}

impl Rule for DuplicateLine {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.doc;
        let content: Vec<&Line> = doc.lines().iter().filter(|l| !l.is_blank()).collect();
        let keys: Vec<String> = content.iter().map(|l| refrain_key(l.text)).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for key in &keys {
            *counts.entry(key.as_str()).or_default() += 1;
        }
        for k in 1..content.len() {
            let (original, line) = (content[k - 1], content[k]);
            // Cheap tests first: the skeletons cost a table lookup a character.
            if counts[keys[k].as_str()] > 2
                || !is_substantial(line.text.trim())
                || !same_shape(original.text, line.text)
                || comparison_key(original.text) != comparison_key(line.text)
                || !reads_the_same(original.text, line.text)
            {
                continue;
            }
            // In Markdown a heading and the list item under it may name the same thing
            // ("### `perf.timing`", "* {PerfTiming}"): only lines of one kind are copies.
            if ctx.markdown && opening_marks(original.text) != opening_marks(line.text) {
                continue;
            }
            // A copy that differs in punctuation or spacing (one of them damaged) is likely but
            // not certainly the same line.
            let identical = original.text.trim() == line.text.trim();
            let message = format!("this line repeats line {}", doc.file_line(original.index));
            let edits = vec![Edit::delete(doc.line_deletion_range(line.index, line.index))];
            let fix = if identical {
                Fix::safe("remove the repeated line", edits)
            } else {
                Fix::unsafe_("remove the repeated line", edits)
            };
            let span = line.start..line.end_with_newline.max(line.end);
            out.push(Diagnostic::new(&Self::META, span, message).with_fix(fix));
        }
    }
}

/// Lines count as one refrain when their letters and digits are the same, whatever the case,
/// marks and spacing: a line that stands three or more times is no copy.
fn refrain_key(line: &str) -> String {
    line.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether two lines may be a line and its copy at all: as many words, and lengths a few
/// misread letters apart ("rn" read for "m").
fn same_shape(a: &str, b: &str) -> bool {
    a.split_whitespace().count() == b.split_whitespace().count() && a.trim().len().abs_diff(b.trim().len()) <= 4
}

/// Lines are a line and its copy only when their words look the same, in the same case, whatever
/// stands between them: look-alike characters are taken as one (Unicode's confusable
/// skeletons), so a copy with a misread letter ("disab1ed") is still one. (Words run together
/// are other words: "ghost white" and "GhostWhite" are two entries of a table, not a line and
/// its copy.)
fn comparison_key(line: &str) -> String {
    let words = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    skeleton(&words.collect::<Vec<_>>().join(" ")).collect()
}

/// Whether two lines of the same words are a line and its copy: they read the same, marks and
/// all, look-alike characters taken as one (Unicode's confusable skeletons) and spacing aside;
/// or one of them holds a mark outside ASCII, which may be the copy's damage ("ended‚ with").
/// In code a plain mark is the difference: "test ':=' test" and "test '=' test".
fn reads_the_same(a: &str, b: &str) -> bool {
    let shape = |line: &str| -> String { skeleton(&line.split_whitespace().collect::<Vec<_>>().join(" ")).collect() };
    let foreign_mark = |line: &str| line.chars().any(|c| !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace());
    shape(a) == shape(b) || foreign_mark(a) || foreign_mark(b)
}

/// The marks a line opens with, spaces aside: a Markdown heading's "#", a list item's "*".
fn opening_marks(line: &str) -> String {
    line.chars().take_while(|c| !c.is_alphanumeric()).filter(|c| !c.is_whitespace()).collect()
}

fn is_substantial(line: &str) -> bool {
    line.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && (line.chars().count() >= 20 || line.split_whitespace().count() >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{check, fixed};

    #[test]
    fn removes_a_caption_printed_twice() {
        let text = "Title\n\nLeaders stand for a photo at the summit. (Yonhap)\nLeaders stand for a photo at the summit. (Yonhap)\n\nBody text.\n";
        assert_eq!(
            fixed(&DuplicateLine, text),
            "Title\n\nLeaders stand for a photo at the summit. (Yonhap)\n\nBody text.\n"
        );
    }

    #[test]
    fn copy_with_damaged_punctuation_gets_an_unsafe_fix() {
        let text = "The summit ended with a dinner for both delegations.\nThe summit ended\u{201A} with a dinner for both delegations.\n";
        let d = check(&DuplicateLine, text);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].fix.as_ref().unwrap().applicability, crate::Applicability::Unsafe);
    }

    #[test]
    fn a_markdown_heading_and_the_item_under_it_are_no_copies() {
        use crate::rules::test_util::check_file;
        let text = "### `performance.nodeTiming`\n\n<!-- YAML\nadded: v8.5.0\n-->\n\n* {PerformanceNodeTiming}\n";
        assert!(check_file(&DuplicateLine, "perf.md", text).is_empty());
        let pasted = "## The summit ended with a dinner\n## The summit ended with a dinner\n";
        assert_eq!(check_file(&DuplicateLine, "notes.md", pasted).len(), 1, "a heading pasted twice");
    }

    #[test]
    fn copy_with_a_misread_letter_is_found() {
        let clean = "Benefits for the disabled will be twice what they were.\n";
        let damaged = "Benefits for the disab1ed will be twice what they were.\n";
        assert_eq!(fixed(&DuplicateLine, &format!("{clean}{damaged}")), clean);
        // (The later copy goes whichever is damaged: the word rules repair a misread letter.)
        assert_eq!(check(&DuplicateLine, &format!("{damaged}{clean}")).len(), 1);
    }

    #[test]
    fn names_written_apart_and_run_together_are_no_copies() {
        // A table of colour names lists each both ways.
        let table = "248 248 255\t\tghost white\n248 248 255\t\tGhostWhite\n";
        assert!(check(&DuplicateLine, table).is_empty());
    }

    #[test]
    fn lines_of_code_that_differ_in_a_mark_or_a_capital_are_no_copies() {
        assert!(check(&DuplicateLine, "            test ':=' test |\n            test '=' test |\n").is_empty());
        let aliases = ".. |Because|   unicode:: U+02235 .. BECAUSE\n.. |because|   unicode:: U+02235 .. BECAUSE\n";
        assert!(check(&DuplicateLine, aliases).is_empty());
    }

    #[test]
    fn distant_copies_are_left_alone() {
        let text = "Let the people praise thee, O God; let all the people praise thee.\n\nGod shall bless us.\n\nLet the people praise thee, O God; let all the people praise thee.\n";
        assert!(check(&DuplicateLine, text).is_empty());
    }

    #[test]
    fn refrains_separators_and_short_lines_are_kept() {
        assert!(check(&DuplicateLine, "* * *\n* * *\nYes\nYes\n").is_empty());
        let refrain = "We shall overcome someday\n".repeat(3);
        assert!(check(&DuplicateLine, &refrain).is_empty());
    }
}
