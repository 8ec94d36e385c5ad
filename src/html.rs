//! The markup of an HTML page: what of it is no prose. Scraped pages are kept as HTML as often
//! as text; the rules read only the text between the tags, and no fix may touch a tag, an
//! attribute, a comment or the content of an element that holds no prose (scripts, styles,
//! preformatted code). The page is read by html5gum, a tokenizer that follows the WHATWG
//! specification and recovers from broken markup as browsers do.

use crate::markdown::Markup;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use std::ops::Range;

/// Elements whose content is code, data or styling rather than text to read.
const NO_PROSE_ELEMENTS: &[&[u8]] =
    &[b"script", b"style", b"pre", b"textarea", b"template", b"svg", b"math", b"noscript", b"head"];
/// Elements that quote code inside a sentence: like Markdown's inline code, what they hold is
/// left in the text the rules read (blanked, it would leave "an" before "value" in "an
/// <code>Option</code> value"), and nothing is reported or fixed in it.
const INLINE_CODE_ELEMENTS: &[&[u8]] = &[b"code", b"kbd", b"samp", b"tt", b"var"];
/// Headings, read like Markdown's: a page's own titles ("Comments" over a section on comments
/// in code) are no chrome, and a title is names and terms more than prose.
const HEADING_ELEMENTS: &[&[u8]] = &[b"h1", b"h2", b"h3", b"h4", b"h5", b"h6"];

/// Whether a file is an HTML page: by its name's extension, or, unless it is named as Markdown
/// or reStructuredText, by how it opens.
pub fn is_html(name: &str, text: &str) -> bool {
    let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm" | "xhtml") => return true,
        Some("md" | "markdown" | "mdx" | "rst" | "rest") => return false,
        _ => {}
    }
    let opening = text.trim_start_matches('\u{feff}').trim_start();
    let head = opening.get(..14).unwrap_or(opening).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// What of an HTML page is no prose: its tags, comments and doctype, and the elements that hold
/// no prose (see [`NO_PROSE_ELEMENTS`]), as blocks the rules do not read; and besides those, as
/// code, inline code (see [`INLINE_CODE_ELEMENTS`]).
pub fn markup(text: &str) -> Markup {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style content is raw text, not markup to tokenize.
    emitter.naively_switch_states(true);
    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut inline_code: Vec<Range<usize>> = Vec::new();
    let mut comments = Vec::new();
    let mut block = OpenElement::default();
    let mut quote = OpenElement::default();
    let mut listings = 0;
    for token in Tokenizer::new_with_emitter(text, emitter).flatten() {
        let (span, tag) = match &token {
            Token::StartTag(tag) => (tag.span, Some((tag.name.to_ascii_lowercase(), !tag.self_closing))),
            Token::EndTag(tag) => (tag.span, Some((tag.name.to_ascii_lowercase(), false))),
            Token::Comment(comment) => (comment.span, None),
            Token::Doctype(doctype) => (doctype.span, None),
            Token::String(_) | Token::Error(_) => continue,
        };
        let span = span.start..span.end;
        if block.is_open() {
            if let Some((name, opens)) = tag {
                if let Some((name, range)) = block.meets(name, opens, &span) {
                    listings += usize::from(name == b"pre");
                    blocks.push(range);
                }
            }
            continue;
        }
        if matches!(token, Token::Comment(_)) {
            comments.push(span.clone());
        }
        blocks.push(span.clone());
        let Some((name, opens)) = tag else { continue };
        if opens && NO_PROSE_ELEMENTS.contains(&name.as_slice()) {
            // (A code span or heading left open ends where a block begins.)
            inline_code.extend(std::mem::take(&mut quote).left_open(span.start));
            blocks.pop();
            block.open(name, span.start);
        } else if quote.is_open() {
            if let Some((_, range)) = quote.meets(name, opens, &span) {
                inline_code.push(range);
            }
        } else if opens
            && (INLINE_CODE_ELEMENTS.contains(&name.as_slice()) || HEADING_ELEMENTS.contains(&name.as_slice()))
        {
            quote.open(name, span.start);
        }
    }
    // An element left open runs to the end of the page.
    blocks.extend(block.left_open(text.len()));
    inline_code.extend(quote.left_open(text.len()));
    let blocks = within_characters(text, blocks);
    let mut code = blocks.clone();
    code.extend(inline_code);
    code.extend(blocks.iter().filter_map(|tag| words_a_tag_splits(text, tag)));
    let code = within_characters(text, code);
    Markup { html: true, blocks, code, comments: within_characters(text, comments), listings, ..Markup::default() }
}

/// A tag inside a word ("<strong>g</strong>lobally", "<em>n</em>th") leaves the word in
/// pieces once blanked: the pieces, with the tag, are code nothing is reported in.
fn words_a_tag_splits(text: &str, tag: &Range<usize>) -> Option<Range<usize>> {
    let before = text[..tag.start].chars().next_back().is_some_and(char::is_alphanumeric);
    let after = text[tag.end..].chars().next().is_some_and(char::is_alphanumeric);
    if !(before && after) {
        return None;
    }
    let start = text[..tag.start].rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    let end = text[tag.end..].find(|c: char| !c.is_alphanumeric()).map_or(text.len(), |i| tag.end + i);
    Some(start..end)
}

/// An element being read to its end tag: its name, where its start tag began and how deeply it
/// nests in itself.
#[derive(Default)]
struct OpenElement(Option<(Vec<u8>, usize, usize)>);

impl OpenElement {
    fn is_open(&self) -> bool {
        self.0.is_some()
    }

    fn open(&mut self, name: Vec<u8>, start: usize) {
        self.0 = Some((name, start, 0));
    }

    /// Meets a tag inside the element: its own end tag closes it, giving its name and range.
    fn meets(&mut self, name: Vec<u8>, opens: bool, span: &Range<usize>) -> Option<(Vec<u8>, Range<usize>)> {
        let (own, start, depth) = self.0.as_mut()?;
        if *own != name {
            return None;
        }
        if opens {
            *depth += 1;
            return None;
        }
        if *depth > 0 {
            *depth -= 1;
            return None;
        }
        let (own, start) = (std::mem::take(own), *start);
        self.0 = None;
        Some((own, start..span.end))
    }

    /// The element, if still open, as running to `end`.
    fn left_open(self, end: usize) -> Option<Range<usize>> {
        self.0.map(|(_, start, _)| start..end)
    }
}

/// `ranges` on character boundaries of `text` (the tokenizer reads bytes), in order, those that
/// overlap or touch merged: the markup's ranges are disjoint.
fn within_characters(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    ranges.retain(|r| r.start < r.end);
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        let r = floor(r.start)..ceil(r.end);
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::mask;

    #[test]
    fn pages_are_told_by_name_or_by_how_they_open() {
        assert!(is_html("site/index.html", "text") && is_html("a.HTM", "") && is_html("p.xhtml", ""));
        assert!(is_html("saved.txt", "\u{feff}  <!DOCTYPE html>\n<html>"));
        assert!(is_html("saved.txt", "<html lang=\"en\">"));
        assert!(!is_html("notes.txt", "The <b>bold</b> claim.") && !is_html("notes.md", "<html>"));
    }

    #[test]
    fn the_rules_read_only_the_text_between_the_tags() {
        let page = "<!DOCTYPE html>\n<html><head><title>Tbe page</title>\n<style>p { color: red }</style></head>\n\
                    <body>\n<p class=\"lead\">Leave a Reply</p>\n<!-- tbe note -->\n\
                    <script>var tho = 1;</script>\n<pre>fn x() {}</pre>\n<p>The <b>end</b>.</p>\n</body></html>\n";
        let markup = markup(page);
        let prose = mask(page, &markup.blocks);
        assert_eq!(prose.len(), page.len());
        let words: Vec<&str> = prose.split_whitespace().collect();
        assert_eq!(words, ["Leave", "a", "Reply", "The", "end", "."]);
        assert_eq!(markup.comments.len(), 1);
        assert_eq!(markup.listings, 1, "the code listing");
        // Inline code stays in the text read, as code nothing is reported in.
        let page = "<p>Use an <code>Option&lt;T&gt;</code> value, and <kbd>Ctrl</kbd> too.</p>";
        let markup = super::markup(page);
        let prose = mask(page, &markup.blocks);
        assert_eq!(
            prose.split_whitespace().collect::<Vec<_>>(),
            ["Use", "an", "Option&lt;T&gt;", "value,", "and", "Ctrl", "too."]
        );
        let code: Vec<&str> = markup.code.iter().map(|r| &page[r.clone()]).collect();
        assert_eq!(code, ["<p>", "<code>Option&lt;T&gt;</code>", "<kbd>Ctrl</kbd>", "</p>"]);
        assert!(markup.html && !markup.markdown);
    }

    #[test]
    fn headings_and_words_a_tag_splits_are_code() {
        let page = "<h2 id=\"comments\">Comments</h2>\n<p>(<strong>g</strong>lobally search) the <em>n</em>th one.</p>";
        let markup = markup(page);
        let in_code = |word: &str| {
            let at = page.find(word).unwrap();
            crate::markdown::in_blocks(&markup.code, at)
        };
        assert!(
            in_code("Comments") && in_code("lobally") && in_code("th one") && !in_code("search") && !in_code("one")
        );
    }

    #[test]
    fn broken_markup_is_read_as_browsers_read_it() {
        // An element left open runs to the end; a stray "<" in text is text.
        let page = "<p>Five < six and tbe rest</p>\n<pre>code";
        let prose = mask(page, &markup(page).blocks).into_owned();
        assert_eq!(prose.split_whitespace().collect::<Vec<_>>(), ["Five", "<", "six", "and", "tbe", "rest"]);
        // A code span left open ends where a script begins: the script is still no prose.
        let page = "<p><code>x = 1\n<script>var tbe = 2;</script>\n<p>tbe end</p>";
        assert_eq!(
            mask(page, &markup(page).blocks).split_whitespace().collect::<Vec<_>>(),
            ["x", "=", "1", "tbe", "end"]
        );
        // Text that is not UTF-8 at a tag's edge keeps character boundaries.
        let page = "<p>caf\u{e9}</p><b>\u{e9}t\u{e9}</b>";
        assert_eq!(
            mask(page, &markup(page).blocks).split_whitespace().collect::<Vec<_>>(),
            ["caf\u{e9}", "\u{e9}t\u{e9}"]
        );
    }
}
