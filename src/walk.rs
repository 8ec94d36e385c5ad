//! Finding the files to lint: gitignore-aware, hidden files skipped, text extensions only.

use crate::config::Config;
use std::path::{Path, PathBuf};

/// Extensions linted when walking folders; files named on the command line are always linted.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "rst", "text"];

/// A file to lint, or a problem met while walking.
#[derive(Debug)]
pub enum Found {
    File(PathBuf),
    Error(String),
}

/// The files under `paths`, in a stable order.
pub fn collect(paths: &[PathBuf], config: &Config, extra_extensions: &[String]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_file() {
            found.push(Found::File(path.clone()));
            continue;
        }
        if !path.exists() {
            found.push(Found::Error(format!("{}: no such file or folder", path.display())));
            continue;
        }
        let walker = ignore::WalkBuilder::new(path).hidden(true).follow_links(false).require_git(false).build();
        let mut files = Vec::new();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    let p = e.into_path();
                    if has_text_extension(&p, &config.extensions, extra_extensions) && !config.is_excluded(&p) {
                        files.push(p);
                    }
                }
                Ok(_) => {}
                Err(err) => found.push(Found::Error(err.to_string())),
            }
        }
        files.sort();
        found.extend(files.into_iter().map(Found::File));
    }
    found
}

fn has_text_extension(path: &Path, config_exts: &[String], extra: &[String]) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    let ext = ext.to_ascii_lowercase();
    DEFAULT_EXTENSIONS.contains(&ext.as_str())
        || config_exts.iter().chain(extra).any(|e| e.trim_start_matches('.').eq_ignore_ascii_case(&ext))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn walks_text_files_respecting_gitignore_and_hidden() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("a.txt"), "a").unwrap();
        fs::write(root.join("b.md"), "b").unwrap();
        fs::write(root.join("c.rs"), "c").unwrap();
        fs::write(root.join(".hidden.txt"), "h").unwrap();
        fs::write(root.join(".gitignore"), "ignored.txt\n").unwrap();
        fs::write(root.join("ignored.txt"), "i").unwrap();
        let found = collect(&[root.to_path_buf()], &Config::default(), &[]);
        let names: Vec<_> = found
            .iter()
            .filter_map(|f| match f {
                Found::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
                Found::Error(_) => None,
            })
            .collect();
        assert_eq!(names, ["a.txt", "b.md"]);
        let with_rs = collect(&[root.to_path_buf()], &Config::default(), &["rs".to_string()]);
        assert_eq!(with_rs.len(), 3);
    }
}
