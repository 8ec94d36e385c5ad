//! Markup that prose rules must step around: code in Markdown and reStructuredText, and
//! lines that are markup rather than text (headings, fences, table rows, lone HTML tags, link
//! definitions). Markdown is read by pulldown-cmark, as CommonMark has it; reStructuredText's
//! literal blocks by a scan of their own.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use std::borrow::Cow;
use std::ops::Range;

/// What a document's markup holds of code.
#[derive(Debug, Default)]
pub struct Markup {
    /// The document is Markdown: by its name's extension, or by a fenced code block.
    pub markdown: bool,
    /// The document is an HTML page (see [`crate::html`]).
    pub html: bool,
    /// Its blocks that are no prose, which the rules do not read: code blocks (Markdown's
    /// fenced and indented ones, reStructuredText's literal blocks), and in Markdown HTML
    /// comments and front matter.
    pub blocks: Vec<Range<usize>>,
    /// All of it that is no prose, in order: the blocks, and the inline code spans, literals
    /// and comments outside them.
    pub code: Vec<Range<usize>>,
    /// The blocks that are HTML comments, where markup for tools stands (see
    /// [`crate::suppression`]), in order.
    pub comments: Vec<Range<usize>>,
    /// How many of the blocks are code listings: fenced or indented code blocks, or
    /// reStructuredText literal blocks (not front matter nor comments).
    pub listings: usize,
}

impl Markup {
    /// Whether `at` lies in a block of code or front matter: no prose, and no comment either.
    pub fn in_code_block(&self, at: usize) -> bool {
        in_blocks(&self.blocks, at) && !in_blocks(&self.comments, at)
    }

    /// The markup with every range moved by `f`.
    fn moved(self, f: impl Fn(Range<usize>) -> Range<usize>) -> Markup {
        let all = |ranges: Vec<Range<usize>>| ranges.into_iter().map(&f).collect();
        Markup {
            markdown: self.markdown,
            html: self.html,
            blocks: all(self.blocks),
            code: all(self.code),
            comments: all(self.comments),
            listings: self.listings,
        }
    }
}

/// The markup of a document, read once: nothing in plain text. `opens_in_fence`: the text is
/// a segment of a larger file that starts inside a fenced code block, which runs to the first
/// fence line.
pub fn markup_of(name: &str, text: &str, opens_in_fence: bool) -> Markup {
    if opens_in_fence {
        let closing = crate::text::line_spans(text).find(|line| opens_with_fence(&text[line.clone()]));
        let end = closing.map_or(text.len(), |line| line.end);
        let rest = markup_of(name, &text[end..], false).moved(|r| r.start + end..r.end + end);
        let blocks = std::iter::once(0..end).chain(rest.blocks).collect();
        let code = std::iter::once(0..end).chain(rest.code).collect();
        return Markup {
            markdown: true,
            blocks,
            code,
            comments: rest.comments,
            listings: rest.listings + 1,
            ..Markup::default()
        };
    }
    markup_in(name, text)
}

/// Whether a fenced code block is open at the end of `text`, given whether one was at its start.
pub fn fence_open_after(text: &str, open_at_start: bool) -> bool {
    text.lines().filter(|line| opens_with_fence(line)).fold(open_at_start, |open, _| !open)
}

/// The markup of a whole document (see [`markup_of`]).
fn markup_in(name: &str, text: &str) -> Markup {
    let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("rst" | "rest") => {
            let blocks = literal_blocks(text);
            let code = with_rest_literals(text, &blocks);
            Markup { listings: blocks.len(), blocks, code, ..Markup::default() }
        }
        Some("md" | "markdown" | "mdx") => markdown_code(text, true),
        _ if crate::html::is_html(name, text) => crate::html::markup(text),
        // Plain text that fences code is Markdown too; but its indented lines are quotations,
        // verse or tables as often as code, and stay prose. (The fences are looked for first:
        // most plain text has none, and is spared the parse.)
        _ if has_fence(text) => Some(markdown_code(text, false)).filter(|m| !m.blocks.is_empty()).unwrap_or_default(),
        _ => Markup::default(),
    }
}

/// Whether some line of `text` opens with a code fence.
fn has_fence(text: &str) -> bool {
    text.lines().any(opens_with_fence)
}

/// How many lines of `text` open with a code fence: markup only a writer puts in.
pub fn fence_lines(text: &str) -> usize {
    text.lines().filter(|line| opens_with_fence(line)).count()
}

fn opens_with_fence(line: &str) -> bool {
    let trimmed = line.trim_start_matches([' ', '\t']);
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}

/// What a Markdown document holds that is no prose: its code blocks, inline code spans
/// (backticks included), HTML comments and front matter. A `markdown_file` (by its name) is
/// read whole; in plain text with fences only the fenced blocks and inline code count, as its
/// indented lines are quotations, verse or tables as often as code. An unclosed fence runs to
/// the end.
fn markdown_code(text: &str, markdown_file: bool) -> Markup {
    // Invisible characters are no markup, and the invisible-character rule deletes them: the
    // markup is read as it will be without them ("``⁠`" is a run of three backticks), or
    // fixing would change what is code from pass to pass.
    if text.chars().any(carries_no_markup) {
        let (visible, origin) = without_invisibles(text);
        return markdown_code(&visible, markdown_file).moved(|r| origin[r.start]..origin[r.end]);
    }
    let mut blocks = Vec::new();
    let mut code = Vec::new();
    let mut comments = Vec::new();
    let mut listings = 0;
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let comment = |range: &Range<usize>| text[range.clone()].trim_start().starts_with("<!--");
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let (block, html_comment) = match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => (true, false),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented) | Tag::MetadataBlock(_)) if markdown_file => {
                (true, false)
            }
            Event::Start(Tag::HtmlBlock) if markdown_file && comment(&range) => (true, true),
            Event::Code(_) => (false, false),
            Event::InlineHtml(_) if markdown_file && comment(&range) => (false, false),
            _ => continue,
        };
        if matches!(event, Event::Start(Tag::CodeBlock(_))) {
            listings += 1;
        }
        if block {
            // (With its last line's break: a fix that joined the next line to a closing fence
            // would break the block.)
            let block = range.start..range.end + line_break_at(&text[range.end..]);
            if html_comment {
                comments.push(block.clone());
            }
            blocks.push(block.clone());
            code.push(block);
        } else {
            code.push(range);
        }
    }
    Markup { markdown: true, blocks, code, comments, listings, ..Markup::default() }
}

/// Characters that are no part of the markup: control characters other than tabs and line
/// breaks, and the invisible format characters.
fn carries_no_markup(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || crate::rules::unicode::is_invisible_kind(c)
}

/// `text` without the characters that carry no markup, and for each of its byte offsets (and
/// its end) the offset in `text` it came from.
fn without_invisibles(text: &str) -> (String, Vec<usize>) {
    let mut visible = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices().filter(|&(_, c)| !carries_no_markup(c)) {
        visible.push(c);
        origin.extend(i..i + c.len_utf8());
    }
    origin.push(text.len());
    (visible, origin)
}

/// The length of the line break `rest` opens with, if any.
fn line_break_at(rest: &str) -> usize {
    if rest.starts_with("\r\n") {
        2
    } else {
        usize::from(rest.starts_with('\n'))
    }
}

/// `blocks` and the inline literals of the lines outside them (see [`inline_literals`]), in
/// order.
fn with_rest_literals(text: &str, blocks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut ranges = blocks.to_vec();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !in_blocks(blocks, at) {
            ranges.extend(inline_literals(line).into_iter().map(|r| at + r.start..at + r.end));
        }
        at += line.len();
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

/// `text` with every byte of `code` but line breaks made a space: the rules read the prose
/// only, and every offset stays as it was. (Whole characters are replaced, so the text stays
/// UTF-8.)
pub fn mask<'a>(text: &'a str, code: &[Range<usize>]) -> Cow<'a, str> {
    if code.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for range in code {
        for b in &mut bytes[range.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    Cow::Owned(String::from_utf8(bytes).expect("code ranges lie on character boundaries"))
}

/// reStructuredText's literal blocks: the indented lines after a paragraph that ends in "::",
/// up to the first line indented no deeper than that paragraph.
fn literal_blocks(text: &str) -> Vec<Range<usize>> {
    let indent = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
    let mut blocks = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start, the introducing line's indent)
    let mut introduced: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let blank = body.trim().is_empty();
        if let Some((start, base)) = open {
            if !blank && indent(body) <= base {
                blocks.push(start..at);
                open = None;
            }
        } else if let Some(base) = introduced {
            if !blank {
                if indent(body) > base {
                    open = Some((at, base));
                }
                introduced = None;
            }
        }
        if open.is_none() && !blank && body.trim_end().ends_with("::") {
            introduced = Some(indent(body));
        }
        at += line.len();
    }
    if let Some((start, _)) = open {
        blocks.push(start..text.len());
    }
    blocks
}

/// Whether `at` lies in one of `blocks` (in order): the one that could hold it is the last
/// starting at or before it.
pub fn in_blocks(blocks: &[Range<usize>], at: usize) -> bool {
    let after = blocks.partition_point(|r| r.start <= at);
    after > 0 && blocks[after - 1].contains(&at)
}

/// Whether `range` shares a byte with one of `blocks` (in order), or is an insertion inside one.
pub fn overlaps(blocks: &[Range<usize>], range: Range<usize>) -> bool {
    let after = blocks.partition_point(|b| b.start < range.end.max(range.start + 1));
    blocks[..after].iter().rev().take_while(|b| b.end > range.start).next().is_some() || in_blocks(blocks, range.start)
}

/// Whether a line is Markdown markup rather than running text: a heading, a code fence, a
/// table row, a thematic break or setext underline, a lone HTML tag ("<sup>", "</div>") or a
/// link reference definition ("[docs]: https://...").
pub fn is_markup_line(line: &str) -> bool {
    let t = line.trim();
    let heading = t.starts_with('#');
    let fence = t.starts_with("```") || t.starts_with("~~~");
    let table_row = t.starts_with('|');
    let rule = t.len() >= 3
        && (t.chars().all(|c| c == '-' || c == ' ') || t.chars().all(|c| c == '=' || c == '*' || c == '_' || c == ' '));
    let lone_tag = t.starts_with('<') && t.ends_with('>') && t.matches('<').count() == 1;
    let link_definition = t.starts_with('[') && t.contains("]: ");
    heading || fence || table_row || rule || lone_tag || link_definition
}

/// The inline literals of one line of reStructuredText, backquotes included: a run of
/// backquotes closed by a run as long ("``get-item``").
fn inline_literals(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let run_at = |i: usize| bytes[i..].iter().take_while(|&&b| b == b'`').count();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let open = run_at(i);
        let mut j = i + open;
        let close = loop {
            match bytes[j..].iter().position(|&b| b == b'`') {
                None => break None,
                Some(k) if run_at(j + k) == open => break Some(j + k),
                Some(k) => j += k + run_at(j + k),
            }
        };
        match close {
            Some(end) => {
                spans.push(i..end + open);
                i = end + open;
            }
            None => i += open,
        }
    }
    spans
}

/// Whether a line holds inline code (a span between backticks): code is no chrome.
pub fn has_inline_code(line: &str) -> bool {
    line.matches('`').count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markup_of_whole(name: &str, text: &str) -> Markup {
        markup_of(name, text, false)
    }

    #[test]
    fn a_segment_that_opens_inside_a_fence_is_code_up_to_its_closing_fence() {
        let text = "let x = tbe;\n```\n\nThe prose `here` and\n```\ncode\n";
        let code: Vec<&str> = markup_of("big.md", text, true).code.into_iter().map(|r| &text[r]).collect();
        assert_eq!(code, ["let x = tbe;\n```\n", "`here`", "```\ncode\n"]);
        assert!(fence_open_after(text, true) && !fence_open_after(text, false));
        assert!(!fence_open_after("prose\n", false) && fence_open_after("prose\n", true));
    }

    #[test]
    fn rest_literal_blocks_and_inline_literals_are_code() {
        let text = "The ``get-item`` example. ::\n\n    aws get-item \\\\\n        --key x\n\nOutput::\n\n    {\"arn\": 1}\n\nThe end.\n";
        let code: Vec<&str> = markup_of_whole("item.rst", text).code.into_iter().map(|r| &text[r]).collect();
        assert_eq!(code, ["``get-item``", "    aws get-item \\\\\n        --key x\n\n", "    {\"arn\": 1}\n\n"]);
        assert!(markup_of_whole("item.txt", text).code.is_empty(), "plain text has no code");
        let masked = mask(text, &markup_of_whole("item.rst", text).code);
        assert_eq!(masked.len(), text.len());
        assert!(masked.contains("The              example.") && !masked.contains("arn"));
    }

    #[test]
    fn an_edit_overlaps_a_block_it_shares_a_byte_with() {
        let blocks = [10..20, 30..40];
        assert!(overlaps(&blocks, 5..11) && overlaps(&blocks, 19..25) && overlaps(&blocks, 35..35));
        assert!(!overlaps(&blocks, 0..10) && !overlaps(&blocks, 20..30) && !overlaps(&blocks, 20..20));
    }

    /// The words the glyph-confusion rule reports in `text`, in a file called `name`.
    fn glyph_findings(name: &str, text: &str) -> Vec<String> {
        use crate::rules::words::GlyphConfusion;
        let found = crate::rules::test_util::check_file(&GlyphConfusion, name, text);
        found.iter().map(|d| text[d.span.clone()].to_string()).collect()
    }

    #[test]
    fn the_rules_read_no_code() {
        let fenced = "Some prose here.\n```rust\nimpl Interest for tho {}\n```\nand tbe end\n";
        assert_eq!(glyph_findings("notes.txt", fenced), ["tbe"], "only the prose after the fence");
        let unclosed = "Some prose here and tbe end.\n~~~\nimpl Interest for tho {}\n";
        assert_eq!(glyph_findings("notes.txt", unclosed), ["tbe"], "an unclosed fence runs to the end");
        // Markdown also indents code; in plain text an indented line is prose (a quotation).
        let indented = "Call it so, and tbe end:\n\n    print(tbe word)\n";
        assert_eq!(glyph_findings("guide.md", indented), ["tbe"]);
        assert_eq!(glyph_findings("letter.txt", indented), ["tbe", "tbe"]);
        // Nor do they read comments and front matter, which no reader sees.
        let hidden =
            "---\ntitle: tbe guide\n---\n\n<!-- YAML\nadded: tbe first\n-->\nThe text <!-- tbe note --> and tbe end.\n";
        assert_eq!(glyph_findings("guide.md", hidden), ["tbe"]);
        // (A list item's indented paragraph is no code.)
        let list = "- The first item.\n\n    Its second paragraph says tbe end.\n";
        assert_eq!(glyph_findings("guide.md", list), ["tbe"]);
    }

    #[test]
    fn code_spans_and_blocks_are_found() {
        let text = "See `the the` and ``a ` b`` here, not ` this.\n```\nfn x() {}\n```\nand `ok`\n";
        let spans: Vec<&str> = markup_of_whole("guide.md", text).code.into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["`the the`", "``a ` b``", "```\nfn x() {}\n```\n", "`ok`"], "a block with its line break");
    }

    #[test]
    fn markdown_is_told_by_name_or_fence() {
        assert!(markup_of_whole("docs/README.md", "plain").markdown);
        assert!(markup_of_whole("notes.txt", "text\n```\ncode\n```\n").markdown);
        assert!(!markup_of_whole("article.txt", "Leave a Reply\n").markdown);
        assert!(!markup_of_whole("item.rst", "Output::\n\n    x\n").markdown);
        assert!(has_inline_code("Add this to your `Cargo.toml`:") && !has_inline_code("a ` stray"));
    }

    #[test]
    fn markup_lines_are_told_from_text() {
        for markup in
            ["## License", "```rust", "~~~", "| a | b |", "---", "===", "<sup>", "</sup>", "[docs]: https://docs.rs"]
        {
            assert!(is_markup_line(markup), "{markup}");
        }
        for text in [
            "Leave a Reply",
            "Share this:",
            "- Home",
            "[Home](/) [About](/about)",
            "<b>Related</b> stories",
            "Copyright 2024",
        ] {
            assert!(!is_markup_line(text), "{text}");
        }
    }
}
