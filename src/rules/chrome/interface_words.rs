//! The words of a website's interface: what its buttons, menus, notices and labels say. A short
//! line of its own made only of these ("Accept and close", "Check out our podcast") is the page's
//! interface, whatever its exact wording, where the article never uses its telling words.

use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::LazyLock;

/// The interface vocabulary, shipped in `rules/interface_words.toml`.
const SHIPPED: &str = include_str!("../../../rules/interface_words.toml");

/// Words that tell an interface ("menu", "subscribe", "podcast"), of which a line needs one, and
/// the plain words labels are built from besides ("read", "more", "our").
#[derive(Deserialize)]
struct Vocabulary {
    telling: FxHashSet<String>,
    plain: FxHashSet<String>,
}

static VOCABULARY: LazyLock<Vocabulary> =
    LazyLock::new(|| toml::from_str(SHIPPED).expect("rules/interface_words.toml is valid (see its test)"));

/// Interface lines are this short, in words ...
pub(super) const MAX_WORDS: usize = 6;
/// ... and between two paragraphs of the text this long at least.
pub(super) const MIN_WORDS_BETWEEN_PARAGRAPHS: usize = 3;

/// The telling words of `line` when the whole line is interface text ("Check out our podcast"
/// gives ["podcast"]), or `None`. Marks a label uses (& » | : - and a closing full stop,
/// ellipsis, colon, exclamation or question mark) are allowed; digits, quotes other than an
/// apostrophe, brackets and any other word are not.
pub(super) fn telling_words(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim().trim_end_matches(['.', '…', ':', '!', '?']);
    if trimmed.is_empty() || !trimmed.chars().all(|c| c.is_alphabetic() || LABEL_MARKS.contains(c)) {
        return None;
    }
    let words: Vec<String> = trimmed
        .split(|c: char| c.is_whitespace() || WORD_BREAKS.contains(c))
        .filter(|w| !w.is_empty() && *w != "-" && *w != "/")
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    if words.is_empty() || words.len() > MAX_WORDS {
        return None;
    }
    let vocabulary = &*VOCABULARY;
    // Each word as a telling word, or else a plain one (`None`); any other word ends it.
    let mut telling = Vec::new();
    for w in &words {
        match vocabulary.telling_form(w) {
            Some(form) => telling.push(form),
            None if vocabulary.plain.contains(w) => {}
            None => return None,
        }
    }
    (!telling.is_empty()).then_some(telling)
}

/// Marks a label may hold besides letters and spaces ("Share · Tweet", "Subscribed? Log in",
/// "« Previous") ...
const LABEL_MARKS: &str = " &»›«‹|:-'’·•/?";
/// ... of which these stand between its words.
const WORD_BREAKS: &str = "&»›«‹|:·•?";

impl Vocabulary {
    /// The telling word that `word` is, or is a regular form of ("subscribed", "bookmarked",
    /// "downloading" are "subscribe", "bookmark", "download").
    fn telling_form(&self, word: &str) -> Option<String> {
        let stems = [
            Some(word.to_string()),
            word.strip_suffix('d').map(str::to_string),
            word.strip_suffix("ed").map(str::to_string),
            word.strip_suffix("ing").map(str::to_string),
            word.strip_suffix("ing").map(|s| format!("{s}e")),
            word.strip_suffix('s').map(str::to_string),
        ];
        stems.into_iter().flatten().find(|s| self.telling.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabulary_parses_and_keeps_its_lists_apart() {
        let v = &*VOCABULARY;
        assert!(v.telling.len() > 100 && v.plain.len() > 50);
        assert!(v.telling.iter().chain(&v.plain).all(|w| *w == w.to_lowercase() && !w.contains(' ')));
        assert!(v.telling.is_disjoint(&v.plain));
    }

    #[test]
    fn lines_made_of_interface_words_tell_their_words() {
        assert_eq!(telling_words("Accept and close"), Some(vec!["accept".to_string(), "close".to_string()]));
        assert_eq!(telling_words("Check out our podcast"), Some(vec!["podcast".to_string()]));
        assert_eq!(telling_words("Menu"), Some(vec!["menu".to_string()]));
        assert!(telling_words("Log in to your account »").is_some());
        assert_eq!(telling_words("Reply · Share"), Some(vec!["reply".to_string(), "share".to_string()]));
        assert_eq!(telling_words("Subscribed? Log in"), Some(vec!["subscribe".to_string()]));
        assert_eq!(telling_words("« Previous"), None, "a plain word alone");
    }

    #[test]
    fn other_lines_tell_nothing() {
        // A word no interface uses, a plain line, digits and long lines.
        assert_eq!(telling_words("Watch the skies over Moscow"), None);
        assert_eq!(telling_words("Read more"), None, "plain words alone: the catalog's business");
        assert_eq!(telling_words("Share 12"), None);
        assert_eq!(telling_words("Sign up and share and follow us on our site today"), None);
        assert_eq!(telling_words("The video"), Some(vec!["video".to_string()]));
    }
}
