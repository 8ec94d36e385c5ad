use super::delete_line_fix;
use super::interface_words;
use super::{content_key, in_latin_letters, in_wrapped_paragraph, underlined};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Line};
use crate::linter::Context;
use crate::markdown;
use crate::rule::{Rule, RuleMeta};
use crate::text::words;
use rustc_hash::FxHashMap;

declare_rule! {
    /// Finds chrome that no catalog names, by the shape of the page around it: headlines of
    /// unrelated stories dropped into an article from a sidebar ("Do not wash your turkey and
    /// other Thanksgiving tips" inside a story about a summit), section labels above the
    /// headline ("World News", "Russia"), and the headline lists under a "Related stories" or
    /// "Most viewed" header.
    ///
    /// Why it matters: these lines read like text, so catalogs miss them, yet they belong to
    /// other pages.
    ///
    /// How it decides, line by line, from these features (strongest first):
    /// - vocabulary: the share of the line's content words found elsewhere in the document
    ///   (an unrelated headline shares almost none; a real headline or heading shares many);
    /// - runs: headline-shaped lines (short, no closing punctuation) standing together in the
    ///   middle of the article, between paragraphs, or next to known chrome;
    /// - position: a short label on the first line, directly above a headline;
    /// - a related/most-read header (from the catalog) right before a list of headlines;
    /// - known chrome (catalog or corpus) directly above and below a short line that is no
    ///   paragraph of the article;
    /// - interface words: a paragraph of at most six words, all of them words a site's buttons,
    ///   menus and notices are made of, one at least telling ("Accept and close", "Check out
    ///   our podcast", "Menu"), whose telling words the article never uses ("Privacy" above a
    ///   text about privacy is its heading); in a text with headings of its own, one between
    ///   two paragraphs needs three words at least ("Search" there may head a section). Not in
    ///   Markdown, whose pages are their own interface.
    ///
    /// Bylines, photo credits, captions, datelines, quotes and headings that share words with
    /// the text are never reported, nor headings underlined as such, lines in another script or
    /// with no Latin letter (a rule of dashes), Markdown markup and HTML, fenced code and lines
    /// holding inline code; and hard-wrapped text (where most lines run on into the next, as in
    /// newspaper columns) is not judged at all: its lines are not paragraphs.
    ///
    /// Example: two headlines about Thanksgiving and Hezbollah between paragraphs of an
    /// article about a summit in Russia are reported.
    ///
    /// A licence or notice file (LICENSE, COPYING, NOTICE, ...) is legal text, never checked, and
    /// so is a text that quotes a licence's grant ("Permission is hereby granted", ...).
    ///
    /// Fix: unsafe (structural evidence alone); the line and the blank line it leaves are deleted.
    pub struct StructuralChrome { code: "CHR002", name: "structural-chrome", family: Chrome, fix: Always }
}

/// Headline-length limit, in words.
const SHORT_LINE_WORDS: usize = 16;
/// Section labels above a headline are this short.
const LABEL_WORDS: usize = 3;
/// At most this share of an unrelated line's content words appear elsewhere in the document.
const UNRELATED_OVERLAP: f64 = 0.25;
/// A short sentence sharing at most this much is not taken as a paragraph of the article.
const TAGLINE_OVERLAP: f64 = 0.4;

impl Rule for StructuralChrome {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.legal_text() {
            return; // a licence's copyright lines are its text
        }
        let doc = ctx.doc;
        // (Markdown markup is no line of the page's text, nor its chrome; code blocks reach the
        // rules blanked out.)
        let lines: Vec<&Line> =
            doc.lines().iter().filter(|l| !l.is_blank() && !markdown::is_markup_line(l.text)).collect();
        if lines.len() < 3 || doc.is_hard_wrapped() {
            return;
        }
        let vocabulary = Vocabulary::of(doc.text);
        let facts: Vec<LineFacts> = lines.iter().map(|l| LineFacts::of(ctx, l, &vocabulary)).collect();
        let mut flagged: Vec<(usize, String)> = Vec::new();
        section_label(&facts, &mut flagged);
        related_lists(&facts, &mut flagged);
        sidebar_runs(&facts, &mut flagged);
        sandwiched(&facts, &mut flagged);
        if !ctx.markdown {
            interface_lines(doc, &lines, &facts, &vocabulary, &mut flagged);
        }
        flagged.sort();
        flagged.dedup_by_key(|(i, _)| *i);
        for (i, why) in flagged {
            let line = lines[i];
            let message = format!("site chrome: {why}");
            out.push(
                Diagnostic::new(&Self::META, line.start..line.end_with_newline, message)
                    .with_fix(delete_line_fix(doc, line.index, false)),
            );
        }
    }
}

/// What the rule knows about one non-blank line.
#[derive(Debug)]
struct LineFacts {
    words: usize,
    /// Content words, and the share of them found elsewhere in the document: for lines of at
    /// most [`SHORT_LINE_WORDS`] words only (a longer line has 0, and a share of 1).
    content_words: usize,
    overlap: f64,
    /// Ends like a sentence (. ! ? : ; or a closing quote).
    terminal: bool,
    /// Already chrome by the catalog or corpus evidence.
    known_chrome: bool,
    /// A related/most-read/recommended header from the catalog.
    list_header: bool,
    /// A byline, credit, caption, dateline or line holding inline code: never chrome here.
    protected: bool,
    /// Written in capitals: a document's own section heading rather than a sidebar headline.
    all_caps: bool,
}

impl LineFacts {
    fn of(ctx: &Context, line: &Line, vocabulary: &Vocabulary) -> Self {
        let trimmed = line.text.trim();
        let entry = ctx.data.chrome.lookup(trimmed);
        // A line of a wrapped paragraph is prose, though other files share it (quoted text: see
        // CHR003): a site's chrome stands on lines of its own.
        let wrapped = in_wrapped_paragraph(ctx.doc.lines(), line.index);
        // (Nor is a stanza that the pages of documentation share: see CHR003.)
        let stanza = ctx.code_listings && super::corpus_boilerplate::docs_stanza(trimmed);
        let corpus = !wrapped
            && !stanza
            && ctx.data.corpus.boilerplate_threshold().is_some_and(|t| ctx.data.corpus.files_with(trimmed) >= t);
        let words = trimmed.split_whitespace().count();
        // (Only a short line's vocabulary is ever weighed: a long one is a paragraph or chrome.)
        let (content_words, overlap) = if words <= SHORT_LINE_WORDS { vocabulary.overlap(trimmed) } else { (0, 1.0) };
        LineFacts {
            words,
            content_words,
            overlap,
            terminal: trimmed.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', ')', '…', ',']),
            known_chrome: entry.is_some() || corpus,
            list_header: entry.is_some_and(|e| e.category == "related_more"),
            // (Nor a heading underlined as one, a line in another script, or a Markdown line
            // of HTML: "<h1><code>Arbitrary</code></h1>".)
            protected: is_protected(trimmed)
                || markdown::has_inline_code(trimmed)
                || wrapped
                || underlined(ctx.doc.lines(), line.index)
                || !in_latin_letters(trimmed)
                || (ctx.markdown && trimmed.contains("</")),
            all_caps: crate::text::is_all_caps(trimmed),
        }
    }

    /// Short, unpunctuated, with letters: the shape of a headline or label.
    fn headline_shaped(&self) -> bool {
        self.words <= SHORT_LINE_WORDS && !self.terminal && !self.protected && self.content_words > 0
    }

    /// A paragraph of the article. A short sentence that shares little with the article (a
    /// sidebar's tagline) does not count.
    fn is_prose(&self) -> bool {
        let tagline = self.content_words >= 3 && self.overlap <= TAGLINE_OVERLAP && !self.all_caps;
        !self.known_chrome && (self.words > SHORT_LINE_WORDS || (self.terminal && self.words >= 8 && !tagline))
    }

    fn unrelated(&self) -> bool {
        self.content_words >= 3 && self.overlap <= UNRELATED_OVERLAP && !self.all_caps
    }
}

fn is_protected(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("by ")
        || [
            "photo",
            "credit",
            "via ap",
            "getty images",
            "reuters",
            "staff reporter",
            "contributed",
            "correspondent",
            "(ap)",
            "(yonhap)",
        ]
        .iter()
        .any(|k| lower.contains(k))
        || line.contains(" — ")
        || line.starts_with(['“', '"', '‘', '\'', '(', '[', '*', '•', '-'])
}

/// A short label on the first line, directly above a headline-shaped line.
fn section_label(facts: &[LineFacts], flagged: &mut Vec<(usize, String)>) {
    let (first, second) = (&facts[0], &facts[1]);
    if first.words <= LABEL_WORDS
        && !first.terminal
        && !first.protected
        && !first.known_chrome
        && second.headline_shaped()
        && second.words > LABEL_WORDS
        && !second.known_chrome
    {
        flagged.push((0, "a section label above the headline".to_string()));
    }
}

/// Headline-shaped lines under a related/most-read header, up to the next paragraph.
fn related_lists(facts: &[LineFacts], flagged: &mut Vec<(usize, String)>) {
    for (i, f) in facts.iter().enumerate() {
        if !f.list_header {
            continue;
        }
        for (j, g) in facts.iter().enumerate().skip(i + 1) {
            if g.known_chrome {
                continue;
            }
            if !g.headline_shaped() {
                break;
            }
            flagged.push((j, "a headline in a related-stories list".to_string()));
        }
    }
}

/// A short line with known chrome on both sides (link text inside a page footer).
fn sandwiched(facts: &[LineFacts], flagged: &mut Vec<(usize, String)>) {
    for i in 1..facts.len().saturating_sub(1) {
        let f = &facts[i];
        if facts[i - 1].known_chrome
            && facts[i + 1].known_chrome
            && !f.known_chrome
            && !f.protected
            && !f.is_prose()
            && f.words <= SHORT_LINE_WORDS
        {
            flagged.push((i, "a short line between two lines of site chrome".to_string()));
        }
    }
}

/// A short paragraph of interface words whose telling words the article never uses ("Accept
/// and close", "Check out our podcast"; not "Privacy" above a text about privacy), in an
/// article with prose.
fn interface_lines(
    doc: &Document,
    lines: &[&Line],
    facts: &[LineFacts],
    vocabulary: &Vocabulary,
    flagged: &mut Vec<(usize, String)>,
) {
    let (Some(first_prose), Some(last_prose)) =
        (facts.iter().position(LineFacts::is_prose), facts.iter().rposition(LineFacts::is_prose))
    else {
        return;
    };
    let all = doc.lines();
    let blank_or_edge = |index: Option<usize>| index.and_then(|i| all.get(i)).is_none_or(Line::is_blank);
    let own_paragraph = |line: &Line| blank_or_edge(line.index.checked_sub(1)) && blank_or_edge(Some(line.index + 1));
    let between_paragraphs = |i: usize| first_prose < i && i < last_prose;
    // The telling words of each paragraph of one line made of interface words.
    let interface: Vec<Option<Vec<String>>> = lines
        .iter()
        .map(|line| own_paragraph(line).then(|| interface_words::telling_words(line.text)).flatten())
        .collect();
    // A text with headings of its own between its paragraphs (a plain-text manual's "Usage").
    let has_headings = lines.iter().zip(facts).enumerate().any(|(i, (line, f))| {
        between_paragraphs(i) && own_paragraph(line) && f.headline_shaped() && !f.known_chrome && interface[i].is_none()
    });
    for (i, (line, f)) in lines.iter().zip(facts).enumerate() {
        // (There a label of a word or two between paragraphs may be a heading too, "Search" or
        // "Contact us": a line of three words at least.)
        let too_short =
            has_headings && between_paragraphs(i) && f.words < interface_words::MIN_WORDS_BETWEEN_PARAGRAPHS;
        if f.known_chrome || f.protected || f.words > interface_words::MAX_WORDS || too_short {
            continue;
        }
        let Some(telling) = &interface[i] else { continue };
        let used_elsewhere = telling.iter().any(|w| {
            content_key(w)
                .is_some_and(|k| vocabulary.counts.get(&k).copied().unwrap_or(0) > vocabulary.uses_in(line.text, &k))
        });
        if !used_elsewhere {
            flagged.push((i, "a line of interface words the article never uses".to_string()));
        }
    }
}

/// Runs of headline-shaped lines between paragraphs that share little vocabulary with the
/// article: a sidebar's headlines and labels.
fn sidebar_runs(facts: &[LineFacts], flagged: &mut Vec<(usize, String)>) {
    let mut i = 0;
    while i < facts.len() {
        if facts[i].is_prose() || facts[i].protected {
            i += 1;
            continue;
        }
        let start = i;
        while i < facts.len() && !facts[i].is_prose() && !facts[i].protected {
            i += 1;
        }
        let run = &facts[start..i];
        let prose_before = facts[..start].iter().any(LineFacts::is_prose);
        let prose_after = facts[i..].iter().any(LineFacts::is_prose);
        if !(prose_before && prose_after) {
            continue;
        }
        let unrelated_headlines = run.iter().filter(|f| f.headline_shaped() && f.unrelated()).count();
        let has_known = run.iter().any(|f| f.known_chrome);
        let why = format!("one of {} short lines between paragraphs that share few words with the article", run.len());
        if unrelated_headlines >= 2 {
            // A sidebar block: its labels and taglines go with its headlines.
            for (k, f) in run.iter().enumerate() {
                let label = f.words <= LABEL_WORDS && !f.terminal;
                if !f.known_chrome && (f.unrelated() || label || f.overlap <= 0.5) {
                    flagged.push((start + k, why.clone()));
                }
            }
        } else if unrelated_headlines == 1 && has_known {
            let k = run.iter().position(|f| f.headline_shaped() && f.unrelated()).unwrap_or(0);
            flagged.push((start + k, why));
        }
    }
}

/// Content-word counts of a whole document.
struct Vocabulary {
    counts: FxHashMap<String, u32>,
}

impl Vocabulary {
    fn of(text: &str) -> Self {
        let mut counts = FxHashMap::default();
        for w in words(text) {
            if let Some(k) = content_key(w.text) {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
        Vocabulary { counts }
    }

    /// How often `line` holds the content word `key`.
    fn uses_in(&self, line: &str, key: &str) -> u32 {
        words(line).filter(|w| content_key(w.text).as_deref() == Some(key)).count() as u32
    }

    /// (content words in `line`, share of them that also appear outside it).
    fn overlap(&self, line: &str) -> (usize, f64) {
        let mut in_line: FxHashMap<String, u32> = FxHashMap::default();
        for w in words(line) {
            if let Some(k) = content_key(w.text) {
                *in_line.entry(k).or_insert(0) += 1;
            }
        }
        if in_line.is_empty() {
            return (0, 1.0);
        }
        let shared = in_line.iter().filter(|(k, n)| self.counts.get(*k).copied().unwrap_or(0) > **n).count();
        (in_line.len(), shared as f64 / in_line.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::check;

    const ARTICLE: &str = "Leaders meet at the summit\n\n\
        The two leaders met at the cosmodrome on Wednesday and discussed satellites, missiles and the war, officials said after the summit.\n\n\
        Officials said the summit covered satellites and missiles, and that the leaders would meet again next year at the cosmodrome.\n\n\
        Do not wash your turkey and other Thanksgiving tips to keep your food safe\n\n\
        Israel and Hezbollah move closer to a cease-fire\n\n\
        The leaders ended the summit with a dinner, and officials said the talks on satellites and the war would continue.\n";

    #[test]
    fn unrelated_headlines_between_paragraphs() {
        let d = check(&StructuralChrome, ARTICLE);
        let lines: Vec<&str> = d.iter().map(|d| ARTICLE[d.span.clone()].trim()).collect();
        assert_eq!(
            lines,
            [
                "Do not wash your turkey and other Thanksgiving tips to keep your food safe",
                "Israel and Hezbollah move closer to a cease-fire"
            ]
        );
        assert!(d.iter().all(|d| d.fix.as_ref().unwrap().applicability == crate::Applicability::Unsafe));
    }

    #[test]
    fn the_lines_of_a_wrapped_paragraph_are_no_sidebar() {
        // A README wraps some paragraphs and not others, so it reads as no hard-wrapped text;
        // the short lines of its wrapped paragraph are still prose.
        let text = "The two leaders met at the cosmodrome on Wednesday and discussed satellites, missiles and the war, officials said after the summit.\n\n\
            Officials said the summit covered satellites and missiles, and that the leaders would meet again next year at the cosmodrome.\n\n\
            The contributing guide outlines the process for community\n\
            interaction and contribution. Please don't\n\
            hesitate to jump in if you'd like to, or even ask us questions\n\
            if something isn't clear\n\n\
            The leaders ended the summit with a dinner, and officials said the talks on satellites and the war would continue.\n";
        assert!(check(&StructuralChrome, text).is_empty(), "{:?}", check(&StructuralChrome, text));
    }

    #[test]
    fn a_paragraph_between_two_lines_of_chrome_stays() {
        let text = "The council met on Monday to discuss the bridge over the river and the budget for the bridge next year.\n\n\
            Get the best of the Courier delivered to your inbox\n\n\
            The council said the budget for the bridge over the river was met on Monday.\n\n\
            Continue reading below\n\n\
            The river bridge will cost the council more than the budget allowed last year.\n";
        assert!(check(&StructuralChrome, text).iter().all(|d| !text[d.span.clone()].contains("council said")));
    }

    #[test]
    fn a_paragraph_of_interface_words_the_article_never_uses() {
        let interface = |text: &str| -> Vec<String> {
            let found = check(&StructuralChrome, text);
            found
                .into_iter()
                .filter(|d| d.message.contains("interface words"))
                .map(|d| text[d.span].trim_end().to_string())
                .collect()
        };
        let text = format!("{ARTICLE}\nCheck out our podcast\n\nAccept and close\n");
        assert_eq!(interface(&text), ["Check out our podcast", "Accept and close"]);
        // The article's own word: a heading, not the page's interface.
        let own_word = "The leaders recorded a podcast at the summit, officials said on Wednesday evening.";
        assert!(interface(&format!("{ARTICLE}\nCheck out our podcast\n\n{own_word}\n")).is_empty());
        // In a text with headings of its own, a word or two between paragraphs may be one.
        let section = "The leaders met again at the summit and talked for hours about satellites.";
        let manual = format!("Overview\n\n{section}\n\nMissiles and satellites\n\n{section}\n\nSearch\n\n{section}\n");
        assert!(interface(&manual).is_empty());
        assert_eq!(interface(&manual.replace("Search", "Check out our podcast")), ["Check out our podcast"]);
        // A line inside a paragraph is no button.
        let paragraph = "and the leaders met again at the summit and talked for hours.";
        assert!(interface(&format!("{ARTICLE}\nCheck out our podcast\n{paragraph}\n")).is_empty());
    }

    #[test]
    fn section_label_above_headline() {
        let text = format!("World News\n\n{ARTICLE}");
        let d = check(&StructuralChrome, &text);
        assert_eq!(text[d[0].span.clone()].trim(), "World News");
    }

    #[test]
    fn headings_bylines_and_credits_are_kept() {
        let text = "Leaders meet at the summit\n\n\
            By Jane Doe, staff reporter\n\n\
            The leaders met at the summit on Wednesday and discussed satellites, officials said after the talks.\n\n\
            Satellites and the summit\n\n\
            Officials said the satellites were the main subject of the summit, and the leaders agreed to meet again.\n\n\
            Jane Doe, Pool Photo via AP\n";
        assert!(check(&StructuralChrome, text).is_empty());
    }

    #[test]
    fn a_title_underlined_or_in_another_script_is_no_section_label() {
        use crate::rules::test_util::check_file;
        let readme = "PyYAML\n======\n\nA full-featured YAML processing framework for Python\n\n\
            ## Installation\n\nTo install, type the command and wait while the package and its bindings are built.\n";
        assert!(check_file(&StructuralChrome, "README.md", readme).is_empty());
        let html = "<h1><code>Arbitrary</code></h1>\n\nThe trait for generating structured data from input\n\n\
            It is used by fuzzers to turn raw bytes into values of the types a program takes as input.\n";
        assert!(check_file(&StructuralChrome, "README.md", html).is_empty());
        let japanese = "Python の開発は、1990 年ごろから開始されています。\n\n\
            A summary of the language and its history for readers\n\n\
            The language was first released in 1991 and has grown into one of the most used in the world.\n";
        assert!(check(&StructuralChrome, japanese).is_empty());
        let rule = "——————\n\nAnalysis of the convention and its text\n\n\
            The removal of the child from the country was wrongful in the generic sense of the word, the court said.\n";
        assert!(check(&StructuralChrome, rule).is_empty());
    }
}
