//! Running the selected rules over one document.

use crate::corpus::CorpusStats;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::document::Document;
use crate::fix;
use crate::markdown;
use crate::rule::Rule;
use crate::rules::chrome;
use crate::rules::words::engine::{self, Correction, UnknownNames};
use crate::rules::words::language;
use crate::rules::RuleData;
use crate::suppression::Suppressions;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// What a rule can look at while it checks a document.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub data: &'a RuleData,
    /// What the whole file tells, when `doc` is one segment of a file too large to hold.
    pub part: Option<&'a PartOf<'a>>,
    /// The word-repair engine's findings, computed once for all word rules.
    word_repairs: OnceLock<Vec<Correction>>,
    /// Whether the text reads as raw OCR output, judged once.
    ocr_output: OnceLock<bool>,
    /// Whether the text is in another language than English, judged once.
    other_language: OnceLock<bool>,
    /// Whether the text is legal text, judged once.
    legal_text: OnceLock<bool>,
    /// For each line, whether it is an entry of a word list, judged once for the chrome rules.
    word_list_lines: OnceLock<Vec<bool>>,
    /// The document is Markdown (see [`markdown::markup_of`]).
    pub markdown: bool,
    /// The document is an HTML page (see [`crate::html`]), read between its tags.
    pub html: bool,
    /// The document had code blocks, blanked out in `doc`: markup only a writer puts in, so
    /// the text is written, not scanned (see [`engine::UnknownShare`]'s markup).
    pub code_blocks: bool,
    /// The document shows code: fenced or indented code blocks, or reStructuredText literal
    /// blocks. Such a text is documentation a writer wrote, not a page scraped from a site.
    pub code_listings: bool,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>, data: &'a RuleData) -> Self {
        Context {
            doc,
            data,
            part: None,
            word_repairs: OnceLock::new(),
            ocr_output: OnceLock::new(),
            other_language: OnceLock::new(),
            legal_text: OnceLock::new(),
            word_list_lines: OnceLock::new(),
            markdown: false,
            html: false,
            code_blocks: false,
            code_listings: false,
        }
    }

    /// Whether the text is in another language than English (see
    /// [`language::other_language`]): word repair reads English, so it finds nothing there, and
    /// such a text is no English OCR output either.
    fn other_language(&self) -> bool {
        *self.other_language.get_or_init(|| language::other_language(self.doc.text))
    }

    /// Whether the document is legal text: a licence or notice file by its name, or a text
    /// that quotes a licence's grant. Its copyright lines and shared terms are the legal text
    /// itself, which no chrome rule may report or delete.
    pub fn legal_text(&self) -> bool {
        *self
            .legal_text
            .get_or_init(|| chrome::is_legal_notice(&self.doc.name) || chrome::quotes_a_licence(self.doc.text))
    }

    /// For each line of the document, whether it is an entry of a word list (see
    /// [`chrome::word_list_lines`]): keywords or a dictionary, not a site's menu.
    pub fn word_list_lines(&self) -> &[bool] {
        self.word_list_lines.get_or_init(|| chrome::word_list_lines(self.doc.lines()))
    }

    pub fn word_repairs(&self) -> &[Correction] {
        if self.other_language() {
            return &[];
        }
        if self.code_blocks {
            self.ocr_output.get_or_init(|| false);
        }
        self.word_repairs.get_or_init(|| match self.ocr_output.get() {
            Some(&judged) => engine::analyze(self.doc, self.data, self.part, judged),
            None => {
                // One tokenisation serves the judgement and the repairs.
                let (judged, repairs) = engine::judge_and_analyze(self.doc, self.data, self.part);
                self.ocr_output.get_or_init(|| judged);
                repairs
            }
        })
    }

    /// Whether the text reads as raw OCR output; a segment of a large file is judged as the
    /// whole file is, so that all its segments are.
    pub fn ocr_output(&self) -> bool {
        if self.other_language() || self.code_blocks {
            return false;
        }
        *self
            .ocr_output
            .get_or_init(|| self.part.map_or_else(|| engine::is_ocr_text(self.doc.text, self.data), |p| p.ocr_output))
    }
}

/// What a segment of a file too large to hold whole needs to know of the file.
pub struct PartOf<'a> {
    /// The whole file's word counts (what the file repeats).
    pub file_words: &'a CorpusStats,
    /// The file's 0-based line number of the segment's first line.
    pub first_line: usize,
    /// Whether the whole file reads like raw OCR output.
    pub ocr_output: bool,
    /// Whether the whole file is wrapped at a fixed width.
    pub hard_wrapped: bool,
    /// How often the whole file writes names unknown even to the web.
    pub unknown_names: UnknownNames,
    /// The segment starts inside a fenced code block that an earlier segment opened.
    pub opens_in_fence: bool,
    /// The rules (by selector) that an earlier segment's directive turned off and none
    /// turned back on (see [`crate::suppression`]).
    pub disabled: &'a [String],
}

/// Which fixes `--fix` applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LintOptions {
    pub unsafe_fixes: bool,
}

impl LintOptions {
    pub fn allows(&self, applicability: Applicability) -> bool {
        applicability == Applicability::Safe || self.unsafe_fixes
    }
}

/// A set of selected rules plus the shared rule data they read.
#[derive(Clone)]
pub struct Linter {
    rules: Vec<&'static dyn Rule>,
    data: Arc<RuleData>,
}

/// The result of fixing one text.
#[derive(Debug)]
pub struct FixOutcome {
    pub text: String,
    pub applied: usize,
    /// What is still reported after the last pass.
    pub remaining: Vec<Diagnostic>,
}

impl Linter {
    pub fn new(rules: Vec<&'static dyn Rule>, data: Arc<RuleData>) -> Self {
        Linter { rules, data }
    }

    pub fn rules(&self) -> &[&'static dyn Rule] {
        &self.rules
    }

    pub fn data(&self) -> &RuleData {
        &self.data
    }

    /// A linter with the same data and a narrower rule set.
    pub fn with_rules(&self, rules: Vec<&'static dyn Rule>) -> Self {
        Linter { rules, data: Arc::clone(&self.data) }
    }

    /// All diagnostics for `text`, sorted by position.
    pub fn lint(&self, name: &str, text: &str) -> Vec<Diagnostic> {
        self.lint_part(name, text, None)
    }

    /// All diagnostics for `text`, a segment of a file when `part` says so.
    pub fn lint_part(&self, name: &str, text: &str, part: Option<&PartOf>) -> Vec<Diagnostic> {
        // Code is literal: what it quotes ("the the", "donâ€™t") is an example or data, not
        // damage. The rules read the text with its code blocks blanked out, at the same
        // offsets, and nothing found inside inline code is kept. (Inline code stays in the text
        // the rules read: blanked, it would leave its commas standing alone between words.)
        let markup = markdown::markup_of(name, text, part.is_some_and(|p| p.opens_in_fence));
        let suppressions = Suppressions::of_part(text, part.map_or(&[], |p| p.disabled), &markup);
        let prose = markdown::mask(text, &markup.blocks);
        let text = prose.as_ref();
        let mut doc = Document::new(name, text);
        doc.first_line = part.map_or(0, |p| p.first_line);
        let mut ctx = Context::new(&doc, &self.data);
        ctx.part = part;
        ctx.markdown = markup.markdown;
        ctx.html = markup.html;
        ctx.code_blocks = !markup.blocks.is_empty();
        ctx.code_listings = markup.listings > 0;
        let code = &markup.code;
        let mut out = Vec::new();
        for rule in &self.rules {
            rule.check(&ctx, &mut out);
        }
        out.retain(|d| d.span.start <= d.span.end && d.span.end <= text.len());
        // (In an HTML page a line's first words follow its tags, blanked: a line is judged where
        // its text starts.)
        let first_read = |d: &Diagnostic| match markup.html {
            true => text[d.span.clone()].find(|c: char| !c.is_whitespace()).map_or(d.span.start, |i| d.span.start + i),
            false => d.span.start,
        };
        out.retain(|d| !markdown::in_blocks(code, first_read(d)));
        // A fix reaching into code (a line deleted with what reads as the blank line after
        // it, a blanked code block) would change code the rules never saw: it is withheld.
        // In an HTML page an element may span lines and a line hold many: a line is no unit of
        // the page, and a fix that deletes whole lines (chrome, a repeated line) is withheld; so
        // is one that might turn text into markup.
        for d in &mut out {
            let touches_code =
                d.fix.as_ref().is_some_and(|f| f.edits.iter().any(|e| markdown::overlaps(code, e.start..e.end)));
            let unsafe_for_markup = markup.html
                && d.fix.as_ref().is_some_and(|f| {
                    f.edits.iter().any(|e| {
                        deletes_whole_lines(text, e.start..e.end, &e.replacement)
                            || may_make_markup(text, e.start..e.end, &e.replacement)
                    })
                });
            if touches_code || unsafe_for_markup {
                d.fix = None;
            }
        }
        if !suppressions.is_empty() {
            out.retain(|d| !suppressions.suppresses(d));
            for d in &mut out {
                if suppressions.guards_fix_of(d) {
                    d.fix = None;
                }
            }
        }
        out.sort_by(|a, b| (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code)));
        out.dedup_by(|a, b| a.span == b.span && a.code == b.code);
        out
    }

    /// Lints and fixes repeatedly until nothing changes or the pass limit is reached.
    pub fn fix(&self, name: &str, text: &str, options: LintOptions) -> FixOutcome {
        self.fix_part(name, text, options, None)
    }

    /// [`Linter::fix`] for a segment of a file when `part` says so.
    pub fn fix_part(&self, name: &str, text: &str, options: LintOptions, part: Option<&PartOf>) -> FixOutcome {
        let mut current = text.to_string();
        let mut applied = 0;
        for _ in 0..fix::MAX_PASSES {
            let diagnostics = self.lint_part(name, &current, part);
            let (next, n) = fix::apply(&current, &diagnostics, options);
            if n == 0 {
                return FixOutcome { text: current, applied, remaining: diagnostics };
            }
            applied += n;
            current = next;
        }
        let remaining = self.lint_part(name, &current, part);
        FixOutcome { text: current, applied, remaining }
    }
}

/// Whether an edit in the text of an HTML page may change how the page reads as markup: it
/// takes out or puts in a "<" or ">", or changes what follows a "<" that opens no tag ("<\u{1}!"
/// with the control character deleted opens a comment).
fn may_make_markup(text: &str, span: Range<usize>, replacement: &str) -> bool {
    let angle = |s: &str| s.contains(['<', '>']);
    angle(replacement) || text.get(span.clone()).is_some_and(angle) || text[..span.start].ends_with('<')
}

/// Whether an edit deletes whole lines of `text`: it replaces with nothing a span that opens a
/// line and holds a line break.
fn deletes_whole_lines(text: &str, span: Range<usize>, replacement: &str) -> bool {
    replacement.is_empty()
        && (span.start == 0 || text[..span.start].ends_with('\n'))
        && text.get(span).is_some_and(|deleted| deleted.contains('\n'))
}
