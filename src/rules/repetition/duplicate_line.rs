use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Line;
use crate::linter::Context;
use crate::rule::{Rule, RuleMeta};
use std::collections::HashMap;

declare_rule! {
    /// Finds a line or paragraph that repeats the one before it: a photo caption printed
    /// twice, a heading or sentence pasted again.
    ///
    /// Why it matters: the copy adds nothing and shows the text went through a careless
    /// extraction or edit.
    ///
    /// A line is compared with the previous non-blank line by its letters and digits (so a
    /// copy where one side has a damaged comma still counts). Copies further apart are left
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
        let keys: Vec<String> = content.iter().map(|l| comparison_key(l.text)).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for key in &keys {
            *counts.entry(key.as_str()).or_default() += 1;
        }
        for k in 1..content.len() {
            let (original, line) = (content[k - 1], content[k]);
            let key = keys[k].as_str();
            if key != keys[k - 1] || !is_substantial(line.text.trim()) || counts[key] > 2 {
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

/// Lines compare equal when their letters and digits are, whatever the case, punctuation and
/// spacing.
fn comparison_key(line: &str) -> String {
    line.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
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
