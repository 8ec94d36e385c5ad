//! The promises the fix engine makes, as a checker that tests and fuzzers run on any text:
//! spans and edits lie inside the text on character boundaries, chosen edits never overlap,
//! text outside the edits is kept byte for byte, fixing converges, and fixing twice equals
//! fixing once.

use crate::fix;
use crate::linter::{LintOptions, Linter};

/// Checks every invariant on `text`, as plain text, with all fixes (unsafe too) allowed.
pub fn check(linter: &Linter, text: &str) -> Result<(), String> {
    check_as(linter, "input.txt", text)
}

/// Checks every invariant on `text` in a file called `name` (which decides how its markup is
/// read: "input.md" as Markdown).
pub fn check_as(linter: &Linter, name: &str, text: &str) -> Result<(), String> {
    let options = LintOptions { unsafe_fixes: true };
    let diagnostics = linter.lint(name, text);
    for d in &diagnostics {
        in_text(text, d.span.start, d.span.end).map_err(|e| format!("{} span: {e}", d.code))?;
        for edit in d.fix.iter().flat_map(|f| &f.edits) {
            in_text(text, edit.start, edit.end).map_err(|e| format!("{} edit: {e}", d.code))?;
        }
    }
    let (edits, _) = fix::select(text, &diagnostics, options);
    for pair in edits.windows(2) {
        if pair[0].end > pair[1].start || (pair[0].start == pair[1].start && pair[0].start == pair[0].end) {
            return Err(format!("overlapping edits {:?} and {:?}", pair[0], pair[1]));
        }
    }
    kept_outside_edits(text, &edits, &fix::splice(text, &edits))?;

    let once = linter.fix(name, text, options);
    let (_, left) = fix::select(&once.text, &linter.lint(name, &once.text), options);
    if !left.eq(&0) {
        return Err(format!("fixing did not converge: {left} fixes still apply"));
    }
    let twice = linter.fix(name, &once.text, options);
    if twice.text != once.text {
        return Err("fixing twice differs from fixing once".to_string());
    }
    markup_kept(name, text, &once.text)
}

/// Fixing an HTML page changes none of its markup: its tags, comments and the elements that
/// hold no prose read the same, in order, before and after.
fn markup_kept(name: &str, before: &str, after: &str) -> Result<(), String> {
    let markup = |text: &str| -> Vec<String> {
        let markup = crate::markdown::markup_of(name, text, false);
        if !markup.html {
            return Vec::new();
        }
        markup.blocks.into_iter().map(|r| text[r].to_string()).collect()
    };
    if markup(before) != markup(after) {
        return Err("fixing changed the page's markup".to_string());
    }
    Ok(())
}

fn in_text(text: &str, start: usize, end: usize) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!("{start}..{end} outside 0..{}", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{start}..{end} not on character boundaries"));
    }
    Ok(())
}

/// Every stretch of `before` between edits appears unchanged, in order, in `after`.
fn kept_outside_edits(before: &str, edits: &[&crate::Edit], after: &str) -> Result<(), String> {
    let (mut old, mut new) = (0, 0);
    for edit in edits {
        let gap = &before[old..edit.start];
        if after.get(new..new + gap.len()) != Some(gap) {
            return Err(format!("text before byte {} changed", edit.start));
        }
        new += gap.len() + edit.replacement.len();
        old = edit.end;
    }
    if after.get(new..) != Some(&before[old..]) {
        return Err("text after the last edit changed".to_string());
    }
    Ok(())
}
