//! Diagnostics and the fixes they carry.

use serde::Serialize;
use std::ops::Range;

/// How safe a fix is to apply without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Applied by `--fix` only with `--unsafe-fixes`: right most of the time, but the rule could be wrong.
    Unsafe,
    /// Applied by `--fix`: the rule is sure and the edit keeps all information.
    Safe,
}

/// One replacement of a byte range of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

impl Edit {
    pub fn replace(range: Range<usize>, replacement: impl Into<String>) -> Self {
        Edit { start: range.start, end: range.end, replacement: replacement.into() }
    }

    pub fn delete(range: Range<usize>) -> Self {
        Edit::replace(range, "")
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A suggested change: one or more edits applied together or not at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn safe(message: impl Into<String>, edits: Vec<Edit>) -> Self {
        Fix { applicability: Applicability::Safe, message: message.into(), edits }
    }

    pub fn unsafe_(message: impl Into<String>, edits: Vec<Edit>) -> Self {
        Fix { applicability: Applicability::Unsafe, message: message.into(), edits }
    }

    /// The byte range covered by all edits.
    pub fn range(&self) -> Range<usize> {
        let start = self.edits.iter().map(|e| e.start).min().unwrap_or(0);
        let end = self.edits.iter().map(|e| e.end).max().unwrap_or(0);
        start..end
    }
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub message: String,
    pub span: Range<usize>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(meta: &crate::rule::RuleMeta, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic { code: meta.code, name: meta.name, message: message.into(), span, fix: None }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn with_optional_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }

    /// The same diagnostic for a text that starts `by` bytes later (a segment of a file).
    pub fn shifted(mut self, by: usize) -> Self {
        self.span = self.span.start + by..self.span.end + by;
        for edit in self.fix.iter_mut().flat_map(|f| f.edits.iter_mut()) {
            edit.start += by;
            edit.end += by;
        }
        self
    }
}
