//! `proofmark.toml`: finding it, parsing it and turning it into settings.
//!
//! Errors point at the offending TOML line through miette.

use crate::selection::Selection;
use globset::{Glob, GlobSet, GlobSetBuilder};
use miette::{NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const CONFIG_NAMES: [&str; 2] = ["proofmark.toml", ".proofmark.toml"];

/// The file as written, with spans kept for error messages.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    select: Option<Vec<Spanned<String>>>,
    extend_select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    per_file_ignores: BTreeMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    accepted_words: Vec<String>,
    #[serde(default)]
    extension: Vec<String>,
    #[serde(default)]
    rule_data: RawRuleData,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRuleData {
    /// Extra chrome phrase catalogs (TOML, same format as rules/chrome.toml).
    #[serde(default)]
    chrome_catalogs: Vec<Spanned<PathBuf>>,
    /// Extra accepted-word lists, one word per line.
    #[serde(default)]
    accepted_words_files: Vec<Spanned<PathBuf>>,
}

/// Settings from a config file, with paths resolved against the file's folder.
#[derive(Debug, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub selection: Selection,
    pub exclude: Option<GlobSet>,
    pub per_file_ignores: Vec<(GlobSet, Vec<String>)>,
    pub accepted_words: Vec<String>,
    pub extensions: Vec<String>,
    /// Extra chrome catalogs: (path, contents).
    pub chrome_catalogs: Vec<(PathBuf, String)>,
}

/// A config error rendered by miette with the TOML source and the span at fault.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
#[diagnostic(code(proofmark::config))]
pub struct ConfigError {
    pub message: String,
    #[source_code]
    pub src: Option<NamedSource<String>>,
    #[label("here")]
    pub span: Option<SourceSpan>,
}

impl ConfigError {
    fn at(path: &Path, text: &str, span: Option<std::ops::Range<usize>>, message: impl Into<String>) -> Self {
        ConfigError {
            message: format!("{}: {}", path.display(), message.into()),
            src: Some(NamedSource::new(path.display().to_string(), text.to_string())),
            span: span.map(|r| SourceSpan::from(r.start..r.end)),
        }
    }

    fn plain(message: impl Into<String>) -> Self {
        ConfigError { message: message.into(), src: None, span: None }
    }
}

/// The nearest config file in `start` or one of its ancestors.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start).ok()?;
    let mut dir = if start.is_dir() { Some(start.as_path()) } else { start.parent() };
    while let Some(d) = dir {
        for name in CONFIG_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        dir = d.parent();
    }
    None
}

/// Reads and checks a config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::plain(format!("cannot read {}: {e}", path.display())))?;
    parse(path, &text)
}

/// Parses config text; `path` names it in errors and anchors relative paths.
pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::at(path, text, e.span(), e.message()))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let selectors = |list: &Option<Vec<Spanned<String>>>| -> Result<Option<Vec<String>>, ConfigError> {
        let Some(list) = list else { return Ok(None) };
        for s in list {
            crate::selection::validate(std::slice::from_ref(s.get_ref()))
                .map_err(|e| ConfigError::at(path, text, Some(s.span()), e.to_string()))?;
        }
        Ok(Some(list.iter().map(|s| s.get_ref().clone()).collect()))
    };
    let selection = Selection {
        select: selectors(&raw.select)?,
        extend_select: selectors(&raw.extend_select)?.unwrap_or_default(),
        ignore: selectors(&raw.ignore)?.unwrap_or_default(),
    };
    let exclude = if raw.exclude.is_empty() { None } else { Some(glob_set(path, text, &raw.exclude)?) };
    let mut per_file_ignores = Vec::new();
    for (pattern, codes) in &raw.per_file_ignores {
        let glob = Glob::new(pattern)
            .map_err(|e| ConfigError::at(path, text, None, format!("bad per-file-ignores pattern `{pattern}`: {e}")))?;
        let set = GlobSetBuilder::new().add(glob).build().map_err(|e| ConfigError::plain(e.to_string()))?;
        let codes = selectors(&Some(codes.clone()))?.unwrap_or_default();
        per_file_ignores.push((set, codes));
    }
    let mut accepted_words = raw.accepted_words.clone();
    for file in &raw.rule_data.accepted_words_files {
        let contents = read_relative(path, text, base, file)?;
        accepted_words
            .extend(contents.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from));
    }
    let mut chrome_catalogs = Vec::new();
    for file in &raw.rule_data.chrome_catalogs {
        let contents = read_relative(path, text, base, file)?;
        chrome_catalogs.push((base.join(file.get_ref()), contents));
    }
    Ok(Config {
        path: Some(path.to_path_buf()),
        selection,
        exclude,
        per_file_ignores,
        accepted_words,
        extensions: raw.extension.iter().map(|e| e.trim_start_matches('.').to_string()).collect(),
        chrome_catalogs,
    })
}

fn read_relative(path: &Path, text: &str, base: &Path, file: &Spanned<PathBuf>) -> Result<String, ConfigError> {
    let full = base.join(file.get_ref());
    std::fs::read_to_string(&full)
        .map_err(|e| ConfigError::at(path, text, Some(file.span()), format!("cannot read {}: {e}", full.display())))
}

fn glob_set(path: &Path, text: &str, patterns: &[Spanned<String>]) -> Result<GlobSet, ConfigError> {
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        let glob = Glob::new(p.get_ref())
            .map_err(|e| ConfigError::at(path, text, Some(p.span()), format!("bad glob: {e}")))?;
        builder.add(glob);
    }
    builder.build().map_err(|e| ConfigError::plain(e.to_string()))
}

impl Config {
    /// The folder relative paths in this config are resolved against.
    pub fn root(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// Path relative to the config folder, for glob matching.
    fn relative<'p>(&self, path: &'p Path) -> std::borrow::Cow<'p, Path> {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        match self.root().and_then(|r| std::path::absolute(r).ok()) {
            Some(root) => abs
                .strip_prefix(&root)
                .map(|p| std::borrow::Cow::Owned(p.to_path_buf()))
                .unwrap_or(std::borrow::Cow::Borrowed(path)),
            None => std::borrow::Cow::Borrowed(path),
        }
    }

    pub fn is_excluded(&self, path: &Path) -> bool {
        self.exclude.as_ref().is_some_and(|set| set.is_match(self.relative(path)))
    }

    /// Codes ignored for this path by `per-file-ignores`.
    pub fn ignores_for(&self, path: &Path) -> Vec<String> {
        let rel = self.relative(path);
        self.per_file_ignores
            .iter()
            .filter(|(set, _)| set.is_match(&rel))
            .flat_map(|(_, codes)| codes.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_config() {
        let text = r#"
select = ["UNI", "REP"]
ignore = ["REP002"]
exclude = ["vendor/**"]
accepted-words = ["Vostochny"]
[per-file-ignores]
"archive/*.txt" = ["UNI001"]
"#;
        let config = parse(Path::new("/tmp/proofmark.toml"), text).unwrap();
        assert_eq!(config.selection.select, Some(vec!["UNI".to_string(), "REP".to_string()]));
        assert!(config.is_excluded(Path::new("/tmp/vendor/a/b.txt")));
        assert_eq!(config.ignores_for(Path::new("/tmp/archive/x.txt")), ["UNI001"]);
    }

    #[test]
    fn unknown_keys_point_at_the_line() {
        let err = parse(Path::new("p.toml"), "select = [\"UNI\"]\nbogus = 1\n").unwrap_err();
        assert!(err.message.contains("unknown field"), "{}", err.message);
        let span = err.span.unwrap();
        assert_eq!(&"select = [\"UNI\"]\nbogus = 1\n"[span.offset()..span.offset() + 5], "bogus");
    }

    #[test]
    fn unknown_rule_codes_are_errors() {
        let text = "ignore = [\"NOPE9\"]\n";
        let err = parse(Path::new("p.toml"), text).unwrap_err();
        assert!(err.message.contains("NOPE9"));
        assert_eq!(err.span.unwrap().offset(), 10);
    }
}
