//! The `Rule` trait and the metadata every rule declares.

use crate::diagnostic::Diagnostic;
use crate::linter::Context;

/// Rule families, in the order `proofmark rules` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    Unicode,
    Repetition,
    Chrome,
    Words,
}

impl Family {
    pub fn title(self) -> &'static str {
        match self {
            Family::Unicode => "Unicode hygiene",
            Family::Repetition => "Repetition",
            Family::Chrome => "Site chrome",
            Family::Words => "Word repair",
        }
    }
}

/// Whether a rule's diagnostics carry fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    Always,
    Sometimes,
    Never,
}

impl FixAvailability {
    pub fn describe(self) -> &'static str {
        match self {
            FixAvailability::Always => "always",
            FixAvailability::Sometimes => "sometimes",
            FixAvailability::Never => "never",
        }
    }
}

/// What a rule says about itself: stable code, kebab-case name and its documentation.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub fix: FixAvailability,
    /// The rule's doc comment, as written in its source file.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The first paragraph of the documentation, on one line.
    pub fn summary(&self) -> String {
        self.documentation().split("\n\n").next().unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The documentation with the one leading space of each doc-comment line removed.
    pub fn documentation(&self) -> String {
        self.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n").trim().to_string()
    }
}

/// A rule checks one document and pushes what it finds.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>);
}

/// Declares a rule struct whose doc comment doubles as the text of `proofmark rule CODE`.
///
/// ```ignore
/// declare_rule! {
///     /// What it finds ...
///     pub struct RepeatedWord { code: "REP001", name: "repeated-word", family: Repetition, fix: Always }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $vis:vis struct $ty:ident {
        code: $code:literal, name: $name:literal, family: $family:ident, fix: $fix:ident $(,)?
    }) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        $vis struct $ty;

        impl $ty {
            pub const META: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
                code: $code,
                name: $name,
                family: $crate::rule::Family::$family,
                fix: $crate::rule::FixAvailability::$fix,
                docs: concat!($($doc, "\n"),*),
            };
        }
    };
}
