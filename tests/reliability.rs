//! Fixes never lose data: bad input, interruption by SIGKILL and concurrent runs.

mod common;

use common::proofmark;
use std::fs;
use std::path::Path;
use std::time::Duration;

/// Runs a fixing command and checks it ended normally (0: clean, 1: diagnostics remain).
fn fix_ok(cmd: &mut assert_cmd::Command) {
    let code = cmd.output().unwrap().status.code();
    assert!(matches!(code, Some(0 | 1)), "exit status {code:?}");
}

const DAMAGED: &str =
    "The the miIitary summit ended.\n\nLeave a Reply\n\nThe conﬂict over aid continued‚ officials said.\n";

#[test]
fn empty_file_and_file_without_final_newline() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(dir.path().join("open.txt"), "The the end").unwrap();
    proofmark().args(["check", "--fix"]).arg(dir.path()).assert().code(0);
    assert_eq!(fs::read_to_string(dir.path().join("empty.txt")).unwrap(), "");
    assert_eq!(fs::read_to_string(dir.path().join("open.txt")).unwrap(), "The end");
}

#[test]
fn mixed_line_endings_are_kept_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.txt");
    fs::write(&path, "first line of the the text\r\nsecond line\nthird conﬂict line\r\n").unwrap();
    proofmark().args(["check", "--fix"]).arg(&path).assert().code(0);
    assert_eq!(fs::read_to_string(&path).unwrap(), "first line of the text\r\nsecond line\nthird conflict line\r\n");
}

#[test]
fn read_only_file_is_fixed_and_stays_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.txt");
    fs::write(&path, "The the end.\n").unwrap();
    let mut perms = fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).unwrap();
    proofmark().args(["check", "--fix"]).arg(&path).assert().code(0);
    assert_eq!(fs::read_to_string(&path).unwrap(), "The end.\n");
    assert!(fs::metadata(&path).unwrap().permissions().readonly());
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_error_and_others_are_linted() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "The the end.\n").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&secret).is_ok() {
        return; // running as root: permissions do not apply
    }
    fs::write(dir.path().join("fine.txt"), "The the end.\n").unwrap();
    let out = proofmark().args(["check", "--output-format", "concise"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("secret.txt"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fine.txt"));
}

#[cfg(unix)]
#[test]
fn symlink_loop_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("b"), dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("b")).unwrap();
    fs::write(dir.path().join("doc.txt"), "The the end.\n").unwrap();
    proofmark().args(["check"]).arg(dir.path()).timeout(Duration::from_secs(30)).assert().code(1);
}

/// Files of several sizes, each with damage to fix.
fn write_corpus(dir: &Path, n: usize) -> Vec<(std::path::PathBuf, String)> {
    (0..n)
        .map(|i| {
            let path = dir.join(format!("doc{i:03}.txt"));
            // Distinct wording per file, so that no line is boilerplate across the folder.
            let place = ["harbor", "museum", "council", "ferry", "library", "orchard", "bridge", "school", "market"];
            let (a, b) = (place[i % 9], place[(i / 9) % 9]);
            let block =
                DAMAGED.replace("summit", &format!("{a} summit")).replace("over aid", &format!("over the {a} {b}"));
            let text = block.repeat(1 + i % 40);
            fs::write(&path, &text).unwrap();
            (path, text)
        })
        .collect()
}

/// What each file becomes when fixing with `args` completes undisturbed, in a folder of its own.
fn fixed_copy(files: &[(std::path::PathBuf, String)], args: &[&str]) -> tempfile::TempDir {
    let reference = tempfile::tempdir().unwrap();
    for (path, text) in files {
        fs::write(reference.path().join(path.file_name().unwrap()), text).unwrap();
    }
    fix_ok(proofmark().args(args).arg(reference.path()));
    reference
}

#[cfg(unix)]
#[test]
fn sigkill_leaves_every_file_old_or_new() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_corpus(dir.path(), 120);
    let reference = fixed_copy(&files, &["check", "--fix", "--unsafe-fixes"]);
    let bin = assert_cmd::cargo::cargo_bin("proofmark");
    for delay_ms in [5u64, 20, 40, 80] {
        let mut child = std::process::Command::new(&bin)
            .args(["check", "--fix", "--unsafe-fixes"])
            .arg(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        for (path, old) in &files {
            let now = fs::read_to_string(path).unwrap();
            let new = fs::read_to_string(reference.path().join(path.file_name().unwrap())).unwrap();
            // A file is the original, the fully fixed text, or a state between whole passes,
            // which a later run finishes: never truncated or torn.
            let finished =
                proofmark().args(["check", "--fix", "--unsafe-fixes", "-"]).write_stdin(now.clone()).output().unwrap();
            let finished = String::from_utf8(finished.stdout).unwrap();
            assert!(
                now == *old || now == new || finished == new,
                "{} is torn:\n{now:?}\n{new:?}\n{finished:?}",
                path.display()
            );
        }
    }
    // Make whatever temporary files the kills left look old, then run again: they are gone.
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    for entry in fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap().to_string_lossy().starts_with(".proofmark-") {
            fs::File::options().write(true).open(&path).unwrap().set_modified(old).unwrap();
        }
    }
    fix_ok(proofmark().args(["check", "--fix", "--unsafe-fixes"]).arg(dir.path()));
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".proofmark-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    for (path, _) in &files {
        let expected = fs::read_to_string(reference.path().join(path.file_name().unwrap())).unwrap();
        assert_eq!(fs::read_to_string(path).unwrap(), expected);
    }
}

#[test]
fn two_processes_fixing_the_same_folder_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_corpus(dir.path(), 80);
    let reference = fixed_copy(&files, &["check", "--fix"]);
    let bin = assert_cmd::cargo::cargo_bin("proofmark");
    let spawn = || std::process::Command::new(&bin).args(["check", "--fix"]).arg(dir.path()).output().unwrap();
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    assert!(a.status.code().is_some() && b.status.code().is_some());
    // A run that found a file changed under it refuses to write it; one more run settles all.
    fix_ok(proofmark().args(["check", "--fix"]).arg(dir.path()));
    for (path, _) in &files {
        let expected = fs::read_to_string(reference.path().join(path.file_name().unwrap())).unwrap();
        assert_eq!(fs::read_to_string(path).unwrap(), expected, "{}", path.display());
    }
}

#[test]
fn malformed_config_points_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "text\n").unwrap();
    fs::write(dir.path().join("proofmark.toml"), "select = [\"UNI\"\nignore = 3\n").unwrap();
    let out = proofmark().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("proofmark.toml") && stderr.contains("ignore = 3"), "{stderr}");
}
