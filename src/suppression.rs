//! Inline suppression: directives in a document that turn rules off for some of its lines.
//!
//! ```text
//! <!-- proofmark-disable -->                  all rules, from this line on
//! <!-- proofmark-disable OCR005 chrome -->     only these (codes, code prefixes or names)
//! <!-- proofmark-enable -->                   all back on (or only the rules it names)
//! <!-- proofmark-disable-next-line OCR -->    the next line only
//! ```
//!
//! A directive stands on a line of its own, in whatever comment the text has (`<!-- -->` in
//! Markdown and HTML, `..` in reStructuredText, `#` or `//` elsewhere) or none. A diagnostic is
//! suppressed where it starts; a fix of another diagnostic that would edit suppressed lines is
//! withheld, so that what a directive guards is never changed.

use crate::diagnostic::Diagnostic;
use crate::markdown::Markup;
use crate::selection::selects;
use crate::text::line_spans;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A directive: its keyword and the rules it names (none: all of them).
static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(?:<!--|#|//|\.\.)?[ \t]*proofmark-(disable-next-line|disable|enable)((?:[ \t,]+[A-Za-z0-9-]+)*)[ \t]*(?:-->)?[ \t]*$",
    )
    .expect("directive pattern")
});

/// Byte ranges of a document where rules are turned off.
#[derive(Debug, Default)]
pub struct Suppressions {
    regions: Vec<Region>,
    /// The directives' own lines, which no fix may change.
    directives: Vec<Range<usize>>,
}

#[derive(Debug)]
struct Region {
    /// A rule selector, "ALL" for every rule.
    selector: String,
    span: Range<usize>,
}

impl Suppressions {
    /// The suppressions that the directives in `text` set.
    pub fn of(text: &str) -> Suppressions {
        Suppressions::of_part(text, &[], &Markup::default())
    }

    /// The suppressions in `text`, a segment of a larger file where the rules `disabled` (by
    /// selector) are turned off where it starts, with its `markup`: a directive in a code
    /// block is an example, not a directive.
    pub fn of_part(text: &str, disabled: &[String], markup: &Markup) -> Suppressions {
        if disabled.is_empty() && !text.contains("proofmark-") {
            return Suppressions::default(); // the common case, decided with one scan
        }
        let Scan { mut regions, open, directives } = scan(text, disabled, markup);
        regions.extend(open.into_iter().map(|(selector, start)| Region { selector, span: start..text.len() }));
        Suppressions { regions, directives }
    }

    /// The selectors still turned off at the end of `text`, a segment where `disabled` are off
    /// at its start: what the next segment starts with.
    pub fn disabled_after(text: &str, disabled: &[String], markup: &Markup) -> Vec<String> {
        if !text.contains("proofmark-") {
            return disabled.to_vec();
        }
        scan(text, disabled, markup).open.into_iter().map(|(selector, _)| selector).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty() && self.directives.is_empty()
    }

    /// Whether a directive turns off the rule of `d` where `d` starts.
    pub fn suppresses(&self, d: &Diagnostic) -> bool {
        self.regions.iter().any(|r| r.span.contains(&d.span.start) && selects(&r.selector, d.code, d.name))
    }

    /// Whether the fix of `d` would edit lines where a directive turns its rule off, or a
    /// directive itself.
    pub fn guards_fix_of(&self, d: &Diagnostic) -> bool {
        let Some(fix) = &d.fix else { return false };
        let touches =
            |span: &Range<usize>| fix.edits.iter().any(|e| e.start < span.end && span.start < e.end.max(e.start + 1));
        self.directives.iter().any(touches)
            || self.regions.iter().filter(|r| selects(&r.selector, d.code, d.name)).any(|r| touches(&r.span))
    }
}

/// What the directives of a text do.
struct Scan {
    /// The regions they close.
    regions: Vec<Region>,
    /// Those still open at its end: selector and start.
    open: Vec<(String, usize)>,
    /// The directives' lines.
    directives: Vec<Range<usize>>,
}

/// The directives in `text` outside its code blocks (by its `markup`), where the `disabled`
/// selectors are open from the start.
/// (A `disable-next-line` on a segment's last line reaches no further: the next line is
/// another segment's.)
fn scan(text: &str, disabled: &[String], markup: &Markup) -> Scan {
    let mut regions = Vec::new();
    let mut directives = Vec::new();
    let mut open: Vec<(String, usize)> = disabled.iter().map(|s| (s.clone(), 0)).collect();
    let mut lines = line_spans(text).peekable();
    while let Some(line) = lines.next() {
        let Some(caps) = DIRECTIVE.captures(text[line.clone()].trim_end_matches(['\n', '\r'])) else { continue };
        // (Where the keyword stands: an indented code block starts after the indentation.)
        let keyword = caps.get(1).map_or(line.start, |k| line.start + k.start());
        if markup.in_code_block(keyword) {
            continue;
        }
        directives.push(line.clone());
        let named: Vec<String> = caps[2].split([' ', '\t', ',']).filter(|s| !s.is_empty()).map(String::from).collect();
        let all = named.is_empty();
        let selectors = if all { vec!["ALL".to_string()] } else { named };
        match &caps[1] {
            "disable-next-line" => {
                let end = lines.peek().map_or(line.end, |next| next.end);
                regions.extend(selectors.into_iter().map(|selector| Region { selector, span: line.start..end }));
            }
            "disable" => open.extend(selectors.into_iter().map(|s| (s, line.start))),
            _ => {
                let (closed, still_open): (Vec<_>, Vec<_>) =
                    open.into_iter().partition(|(s, _)| all || selectors.contains(s));
                open = still_open;
                regions.extend(closed.into_iter().map(|(selector, start)| Region { selector, span: start..line.end }));
            }
        }
    }
    Scan { regions, open, directives }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic(code: &'static str, name: &'static str, span: Range<usize>) -> Diagnostic {
        Diagnostic { code, name, message: String::new(), span, fix: None }
    }

    fn suppressed_at(text: &str, code: &'static str, needle: &str) -> bool {
        let at = text.find(needle).unwrap();
        Suppressions::of(text).suppresses(&diagnostic(code, "some-rule", at..at + needle.len()))
    }

    #[test]
    fn disable_runs_to_enable_and_names_rules_by_code_prefix_or_name() {
        let text = "one tbe\n<!-- proofmark-disable OCR -->\ntwo tbe\n<!-- proofmark-enable -->\nthree tbe\n";
        assert!(!suppressed_at(text, "OCR001", "one"));
        assert!(suppressed_at(text, "OCR001", "two"));
        assert!(!suppressed_at(text, "REP001", "two"));
        assert!(!suppressed_at(text, "OCR001", "three"));
        let by_name = "# proofmark-disable some-rule\nfour\n";
        assert!(suppressed_at(by_name, "XYZ001", "four"));
    }

    #[test]
    fn disable_without_enable_runs_to_the_end_and_enable_may_name_rules() {
        let text = ".. proofmark-disable OCR001, REP001\nalpha\n.. proofmark-enable REP001\nomega\n";
        assert!(suppressed_at(text, "OCR001", "omega"));
        assert!(suppressed_at(text, "REP001", "alpha"));
        assert!(!suppressed_at(text, "REP001", "omega"));
    }

    #[test]
    fn disable_next_line_covers_one_line() {
        let text = "<!-- proofmark-disable-next-line -->\nfirst\nsecond\n";
        assert!(suppressed_at(text, "CHR001", "first"));
        assert!(!suppressed_at(text, "CHR001", "second"));
    }

    #[test]
    fn what_a_segment_leaves_disabled_reaches_the_next() {
        let first = "a\n<!-- proofmark-disable REP -->\nb\n";
        let disabled = Suppressions::disabled_after(first, &[], &Markup::default());
        assert_eq!(disabled, ["REP"]);
        let second = "carried\n<!-- proofmark-enable -->\nfree\n";
        assert!(Suppressions::of_part(second, &disabled, &Markup::default()).suppresses(&diagnostic(
            "REP001",
            "x",
            0..7
        )));
        let free = second.find("free").unwrap();
        assert!(!Suppressions::of_part(second, &disabled, &Markup::default()).suppresses(&diagnostic(
            "REP001",
            "x",
            free..free + 4
        )));
        assert!(Suppressions::disabled_after(second, &disabled, &Markup::default()).is_empty());
    }

    #[test]
    fn a_directive_in_a_code_block_is_an_example() {
        let text = "```\n<!-- proofmark-disable -->\n```\n<!-- proofmark-disable-next-line -->\nlast\n";
        let markup = crate::markdown::markup_of("doc.md", text, false);
        let found = Suppressions::of_part(text, &[], &markup);
        let fence_end = text.find("```\n<!--").unwrap() + 4;
        assert!(!found.suppresses(&diagnostic("OCR001", "x", fence_end..fence_end + 1)));
        let last = text.find("last").unwrap();
        assert!(found.suppresses(&diagnostic("OCR001", "x", last..last + 4)), "an HTML comment is no code");
        // Indented code too, whose block the parser starts after the indentation.
        let indented = "Write this:\n\n    <!-- proofmark-disable -->\n\nand tbe end\n";
        let found = Suppressions::of_part(indented, &[], &crate::markdown::markup_of("doc.md", indented, false));
        let end = indented.find("tbe").unwrap();
        assert!(!found.suppresses(&diagnostic("OCR001", "x", end..end + 3)));
    }

    #[test]
    fn a_directive_must_stand_on_its_own_line() {
        let text = "See how proofmark-disable works.\nnext\n";
        assert!(Suppressions::of(text).is_empty());
        assert!(!suppressed_at(text, "OCR001", "next"));
    }

    #[test]
    fn a_fix_that_would_edit_suppressed_lines_is_guarded() {
        let text = "kept\n<!-- proofmark-disable-next-line REP -->\nguarded\n";
        let at = text.find("guarded").unwrap();
        let mut d = diagnostic("REP002", "duplicate-line", 0..4);
        d.fix = Some(crate::diagnostic::Fix::safe("delete", vec![crate::diagnostic::Edit::delete(0..at + 8)]));
        assert!(Suppressions::of(text).guards_fix_of(&d));
        let mut elsewhere = diagnostic("REP002", "duplicate-line", 0..4);
        elsewhere.fix = Some(crate::diagnostic::Fix::safe("delete", vec![crate::diagnostic::Edit::delete(0..5)]));
        assert!(!Suppressions::of(text).guards_fix_of(&elsewhere));
        // A directive's own line is guarded from every rule's fix.
        let directive = text.find("<!--").unwrap();
        let mut on_directive = diagnostic("CHR001", "known-chrome", directive..directive + 4);
        on_directive.fix = Some(crate::diagnostic::Fix::safe(
            "delete",
            vec![crate::diagnostic::Edit::delete(directive..directive + 4)],
        ));
        assert!(Suppressions::of(text).guards_fix_of(&on_directive));
    }
}
