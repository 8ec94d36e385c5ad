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

/// A fix deleting line `index` and the blank line it leaves.
pub(crate) fn delete_line_fix(doc: &Document, index: usize, safe: bool) -> Fix {
    let edits = vec![Edit::delete(doc.line_deletion_range(index, index))];
    if safe {
        Fix::safe("delete the line", edits)
    } else {
        Fix::unsafe_("delete the line", edits)
    }
}
