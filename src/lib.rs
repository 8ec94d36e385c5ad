//! proofmark: find and repair damaged text.
//!
//! The library does all the work; `main.rs` is a thin command-line layer over it.
//! A lint run reads a [`document::Document`], runs every selected [`rule::Rule`] over it and
//! returns [`diagnostic::Diagnostic`]s, each of which may carry a [`diagnostic::Fix`].
//! [`fix`] applies fixes until the text stops changing.

pub mod cli;
pub mod config;
pub mod corpus;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod html;
pub mod invariants;
pub mod io;
pub mod large_file;
pub mod lexicon;
pub mod linter;
pub mod markdown;
pub mod memo;
pub mod registry;
pub mod report;
pub mod rule;
pub mod rules;
pub mod segments;
pub mod selection;
pub mod suppression;
pub mod text;
pub mod walk;

pub use diagnostic::{Applicability, Diagnostic, Edit, Fix};
pub use document::Document;
pub use linter::{LintOptions, Linter};
