//! Site chrome: text from the web page around an article (comment forms, share prompts,
//! menus, footers, sidebar headlines) left in the extracted text.

pub mod catalog;
mod catalog_chrome;
mod corpus_boilerplate;
mod interface_words;
mod structural_chrome;

pub use catalog_chrome::CatalogChrome;
pub use corpus_boilerplate::CorpusBoilerplate;
pub use structural_chrome::StructuralChrome;

use crate::diagnostic::{Edit, Fix};
use crate::document::{Document, Line};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Whether a file is a licence or a notice ("LICENSE-MIT", "COPYING", "NOTICE.md",
/// "LICENSES.md"): its copyright lines and shared terms are the legal text itself, which no
/// chrome rule may report or delete.
pub(crate) fn is_legal_notice(name: &str) -> bool {
    let file = std::path::Path::new(name).file_name().and_then(|f| f.to_str()).unwrap_or(name).to_ascii_lowercase();
    ["license", "licence", "copying", "notice", "copyright", "authors"].iter().any(|k| file.starts_with(k))
        || file.contains("license")
        || file.contains("licence")
}

/// Sentences that only the text of a licence has ("Permission is hereby granted, free of
/// charge"): a file that quotes one is legal text wherever it stands (a README's licence, the
/// JDK's `legal/harfbuzz.md`), whatever its name.
const LICENCE_GRANTS: &[&str] = &[
    "permission is hereby granted",
    "redistribution and use in source and binary forms",
    "you may not use this file except in compliance with the license",
    "is free software; you can redistribute it",
    "is free software: you can redistribute it",
    "permission to use, copy, modify, and",
    "permission to copy, modify, and distribute",
    "the above copyright notice and this permission notice shall be included",
];

static LICENCE_GRANT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder().ascii_case_insensitive(true).build(LICENCE_GRANTS).expect("valid patterns")
});

/// Whether `text` quotes a licence's grant (see [`LICENCE_GRANTS`]).
pub(crate) fn quotes_a_licence(text: &str) -> bool {
    LICENCE_GRANT.is_match(text)
}

/// A line of at least this many words (or characters: a Markdown link is one long "word")
/// that ends mid-sentence and runs on into a lowercase line is wrapped prose.
const WRAPPED_MIN_WORDS: usize = 4;
const WRAPPED_MIN_CHARS: usize = 40;

/// Whether line `i` is part of a wrapped paragraph: it runs on mid-sentence into the next
/// line, or the line before runs on into it.
fn in_wrapped_paragraph(lines: &[Line], i: usize) -> bool {
    let runs_on = |a: &Line, b: &Line| {
        let end = a.text.trim_end();
        // (A Markdown link's target closes no sentence: "on the [Project](https://...)".)
        let ends_in_link = end.ends_with(')') && end.rsplit_once("](").is_some_and(|(_, target)| !target.contains(' '));
        (a.text.split_whitespace().count() >= WRAPPED_MIN_WORDS || end.chars().count() >= WRAPPED_MIN_CHARS)
            && (ends_in_link || !end.ends_with(['.', '!', '?', ':', ';', '"', '\u{201d}', ')']))
            && b.text.trim_start().starts_with(|c: char| c.is_lowercase())
    };
    let before = i.checked_sub(1).map(|j| &lines[j]);
    before.is_some_and(|b| runs_on(b, &lines[i])) || lines.get(i + 1).is_some_and(|n| runs_on(&lines[i], n))
}

/// A run of this many lines or more without a blank one, nearly all of one word each, is a
/// word list (keywords, a dictionary), not a menu: a site's menu is a few lines long.
const WORD_LIST_MIN_LINES: usize = 30;

/// For each line, whether it is an entry of a word list: a block of [`WORD_LIST_MIN_LINES`]
/// non-blank lines or more, nine in ten of them a single word ("COMMENT", "SEARCH" among SQL's
/// keywords).
pub(crate) fn word_list_lines(lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    for end in 0..=lines.len() {
        if end < lines.len() && !lines[end].is_blank() {
            continue;
        }
        let block = &lines[start..end];
        let one_word = block.iter().filter(|l| l.text.split_whitespace().count() == 1).count();
        if block.len() >= WORD_LIST_MIN_LINES && one_word * 10 >= block.len() * 9 {
            out[start..end].fill(true);
        }
        start = end + 1;
    }
    out
}

/// Whether line `i` is a heading by its underline: a setext heading in Markdown, a section
/// title in reStructuredText ("See Also" over "--------"). A site's chrome is no heading.
fn underlined(lines: &[Line], i: usize) -> bool {
    let is_underline = |line: &Line| {
        let t = line.text.trim();
        let mut marks = t.chars();
        marks.next().is_some_and(|c| "=-~^*+#`:'\"_.".contains(c) && t.chars().count() >= 3 && marks.all(|d| d == c))
    };
    !lines[i].is_blank() && !is_underline(&lines[i]) && lines.get(i + 1).is_some_and(is_underline)
}

/// Whether `text` is written in Latin letters: site chrome on English pages is. (Not a
/// Japanese sentence, nor a rule of dashes.)
fn in_latin_letters(text: &str) -> bool {
    use unicode_script::{Script, UnicodeScript};
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let latin = text.chars().filter(|c| c.is_alphabetic() && c.script() == Script::Latin).count();
    latin > 0 && latin * 2 >= letters
}

/// Lowercased stem-ish key for content words; `None` for short and function words.
pub(super) fn content_key(word: &str) -> Option<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "that", "with", "from", "this", "have", "has", "had", "was", "were", "are", "but", "not",
        "you", "your", "our", "its", "his", "her", "their", "they", "them", "who", "what", "which", "when", "where",
        "will", "would", "can", "could", "about", "into", "over", "after", "before", "more", "most", "other", "than",
        "then", "there", "these", "those", "been", "being", "also", "all", "any", "some", "such", "how", "why", "out",
        "off", "one", "two", "new", "said", "says", "say", "may", "might", "must", "should", "did", "does", "just",
        "very", "only", "own", "same", "each", "both",
    ];
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches("’s").trim_end_matches("'s");
    if lower.chars().count() < 3 || STOP.contains(&lower) {
        return None;
    }
    // Fold plural and simple verb endings so "missiles" meets "missile".
    let stem = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| lower.strip_suffix('s').filter(|s| s.len() >= 3).map(String::from));
    Some(stem.unwrap_or_else(|| lower.to_string()))
}

/// A fix deleting line `index` and the blank line it leaves.
pub(crate) fn delete_line_fix(doc: &Document, index: usize, safe: bool) -> Fix {
    let edits = vec![Edit::delete(doc.line_deletion_range(index, index))];
    if safe {
        Fix::safe("delete the line", edits)
    } else {
        Fix::unsafe_("delete the line", edits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_block_of_single_words_is_a_word_list() {
        let keywords: String =
            ["COLUMN", "COMMENT", "COMMIT"].iter().cycle().take(40).map(|w| format!("{w}\n")).collect();
        let doc = Document::new("keywords.txt", &keywords);
        assert!(word_list_lines(doc.lines()).iter().all(|&entry| entry));
        let menu = Document::new("page.txt", "Home\nNews\nComments\nShare\n\nThe talks ended.\n");
        assert!(word_list_lines(menu.lines()).iter().all(|&entry| !entry));
    }

    #[test]
    fn underlined_lines_are_headings() {
        let doc = Document::new("op.rst", "Usage\n\nSee Also\n--------\n\nText.\n\n---\n");
        let headings: Vec<bool> = (0..doc.lines().len()).map(|i| underlined(doc.lines(), i)).collect();
        assert_eq!(headings, [false, false, true, false, false, false, false, false]);
    }

    #[test]
    fn chrome_is_written_in_latin_letters() {
        assert!(in_latin_letters("Related stories"));
        assert!(in_latin_letters("Café menu"));
        assert!(!in_latin_letters("——————"));
        assert!(!in_latin_letters("Python の開発は、1990 年ごろから開始されています。"));
    }

    #[test]
    fn licence_and_notice_files_are_legal_text() {
        for name in
            ["LICENSE", "LICENSE-MIT", "licence.txt", "COPYING", "NOTICE.md", "rules/lexicon/LICENSES.md", "AUTHORS"]
        {
            assert!(is_legal_notice(name), "{name}");
        }
        for name in ["article.txt", "README.md", "news/2024/notes.txt"] {
            assert!(!is_legal_notice(name), "{name}");
        }
    }

    #[test]
    fn the_lines_of_a_wrapped_paragraph_run_on() {
        let text = "Share this story\nUnless you explicitly state otherwise, any contribution\nsubmitted for inclusion shall be\ndual licensed.\n\nRelated stories\nHome\n";
        let doc = Document::new("t", text);
        let wrapped: Vec<bool> = (0..7).map(|i| in_wrapped_paragraph(doc.lines(), i)).collect();
        assert_eq!(wrapped, [false, true, true, true, false, false, false]);
    }

    #[test]
    fn a_text_quoting_a_licence_grant_is_legal_text() {
        assert!(quotes_a_licence("Copyright 2020 A. Author\n\nPermission is hereby granted, free of charge, to any"));
        assert!(quotes_a_licence("Redistribution and use in source and binary forms, with or without"));
        assert!(!quotes_a_licence("The project is released under the MIT license; see the file for details."));
    }
}
