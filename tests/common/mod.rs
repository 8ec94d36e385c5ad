//! Helpers shared by the CLI tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn proofmark() -> Command {
    let mut cmd = Command::cargo_bin("proofmark").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// Copies a fixture file into a fresh temporary folder and returns (folder, copied path).
pub fn copy_fixture(rel: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let src = fixture(rel);
    let dst = dir.path().join(src.file_name().unwrap());
    std::fs::copy(&src, &dst).unwrap();
    (dir, dst)
}

/// The bench folder beside the repository, when it is there (it is not in a user's clone).
pub fn shared_bench(set: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench").join(set);
    p.is_dir().then_some(p)
}
