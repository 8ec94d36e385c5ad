//! Site chrome: text from the web page around an article (comment forms, share prompts,
//! menus, footers, sidebar headlines) left in the extracted text.

pub mod catalog;
mod catalog_chrome;
mod corpus_boilerplate;
mod structural_chrome;

pub use catalog_chrome::CatalogChrome;
pub use corpus_boilerplate::CorpusBoilerplate;
pub use structural_chrome::StructuralChrome;

use crate::diagnostic::{Edit, Fix};
use crate::document::Document;

/// Whether a file is a licence or a notice ("LICENSE-MIT", "COPYING", "NOTICE.md",
/// "LICENSES.md"): its copyright lines and shared terms are the legal text itself, which no
/// chrome rule may report or delete.
pub(crate) fn is_legal_notice(name: &str) -> bool {
    let file = std::path::Path::new(name).file_name().and_then(|f| f.to_str()).unwrap_or(name).to_ascii_lowercase();
    ["license", "licence", "copying", "notice", "copyright", "authors"].iter().any(|k| file.starts_with(k))
        || file.contains("license")
        || file.contains("licence")
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
}
