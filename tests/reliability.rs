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

/// A proofmark command that runs without root's power to read anything: as root (in CI),
/// through `setpriv` as the user nobody, so that permissions apply.
#[cfg(target_os = "linux")]
fn proofmark_without_root() -> Option<std::process::Command> {
    let bin = assert_cmd::cargo::cargo_bin("proofmark");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Some(std::process::Command::new(bin));
    }
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(bin);
    let works = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success());
    works.then_some(cmd)
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_file_and_folder_are_errors_and_others_are_linted() {
    use std::os::unix::fs::PermissionsExt;
    let Some(mut cmd) = proofmark_without_root() else {
        eprintln!("skipped: running as root without setpriv, permissions cannot apply");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "The the end.\n").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let closed = dir.path().join("closed");
    fs::create_dir(&closed).unwrap();
    fs::write(closed.join("inside.txt"), "The the end.\n").unwrap();
    fs::set_permissions(&closed, fs::Permissions::from_mode(0o000)).unwrap();
    let fine = dir.path().join("fine.txt");
    fs::write(&fine, "The the end.\n").unwrap();
    fs::set_permissions(&fine, fs::Permissions::from_mode(0o644)).unwrap();
    let out = cmd.args(["check", "--output-format", "concise"]).arg(dir.path()).env("NO_COLOR", "1").output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("secret.txt") && stderr.contains("closed"), "{stderr}");
    assert!(stderr.to_lowercase().contains("permission denied"), "{stderr}");
    assert!(stdout.contains("fine.txt"), "{stdout}");
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

/// Paragraphs of clean prose, about `bytes` long in all, written in pieces.
fn write_clean_paragraphs(out: &mut impl std::io::Write, bytes: usize, separator: &str) {
    let paragraph = format!(
        "The committee met on Tuesday to discuss the budget for the coming year, and members agreed that \
         the new library would open in the spring after a long delay.{separator}"
    );
    let block = paragraph.repeat(10_000);
    for _ in 0..bytes.div_ceil(block.len()) {
        out.write_all(block.as_bytes()).unwrap();
    }
}

/// Runs proofmark with `args`, its output going to `stdout`, and returns its exit status and
/// its peak resident memory in MiB. The peak is an upper bound: Linux counts in it the memory
/// of the test process at the moment the child became proofmark.
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // reaped by wait4, which std's Child cannot do
fn run_measuring_memory(args: &[&std::ffi::OsStr], stdout: &Path) -> (i32, i64) {
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("proofmark"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdout(fs::File::create(stdout).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; the pid is our own child's.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    (libc::WEXITSTATUS(status), usage.ru_maxrss / 1024)
}

/// Reads `len` bytes at `offset` of a file without reading the rest.
fn read_at(path: &Path, offset: u64, len: usize) -> String {
    use std::io::{Read, Seek};
    let mut file = fs::File::open(path).unwrap();
    file.seek(std::io::SeekFrom::Start(offset)).unwrap();
    let mut buf = vec![0; len];
    file.read_exact(&mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

/// Memory for a large file or line stays bounded (a few segments), whatever its size.
const MEMORY_BOUND_MIB: i64 = 200;

#[cfg(target_os = "linux")]
#[test]
fn a_one_gigabyte_file_is_fixed_with_bounded_memory() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    file.write_all("The the conﬂict continued‚ officials said.\n\n".as_bytes()).unwrap();
    write_clean_paragraphs(&mut file, 1 << 30, "\n\n");
    file.write_all("A last ﬁnal line.\n".as_bytes()).unwrap();
    drop(file);
    let size = fs::metadata(&path).unwrap().len();
    assert!(size >= 1 << 30);
    let report = dir.path().join("report.txt");
    let args: Vec<&std::ffi::OsStr> = ["check", "--fix", "--select", "UNI,REP", "--output-format", "concise"]
        .iter()
        .map(|s| s.as_ref())
        .chain([path.as_os_str()])
        .collect();
    let (code, peak_mib) = run_measuring_memory(&args, &report);
    eprintln!("1 GiB file: peak resident memory {peak_mib} MiB");
    assert_eq!(code, 0, "{}", fs::read_to_string(&report).unwrap());
    assert!(peak_mib < MEMORY_BOUND_MIB, "peak {peak_mib} MiB");
    let (damaged, repaired) = ("The the conﬂict continued‚ officials said.", "The conflict continued, officials said.");
    assert_eq!(read_at(&path, 0, repaired.len()), repaired);
    let fixed_size = fs::metadata(&path).unwrap().len();
    let shrunk = damaged.len() - repaired.len() + "ﬁ".len() - "fi".len();
    assert_eq!(fixed_size, size - shrunk as u64);
    assert_eq!(read_at(&path, fixed_size - 19, 19), "A last final line.\n");
    let leftovers = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "only the file and the report");
}

#[cfg(target_os = "linux")]
#[test]
fn a_200_megabyte_line_is_linted_with_bounded_memory_and_file_positions() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("line.txt");
    let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    file.write_all("The the conﬂict continued. ".as_bytes()).unwrap();
    write_clean_paragraphs(&mut file, 200 << 20, " ");
    file.write_all("The end ﬁnal.".as_bytes()).unwrap();
    drop(file);
    // Counted without reading the file back: the test process's own memory counts in the
    // child's peak (it is recorded when the child replaces itself with proofmark).
    // All ASCII but the two three-byte ligatures.
    let chars = fs::metadata(&path).unwrap().len() as usize - 2 * ("ﬂ".len() - 1);
    let report = dir.path().join("report.txt");
    let args: Vec<&std::ffi::OsStr> = ["check", "--select", "UNI,REP", "--output-format", "concise"]
        .iter()
        .map(|s| s.as_ref())
        .chain([path.as_os_str()])
        .collect();
    let (code, peak_mib) = run_measuring_memory(&args, &report);
    eprintln!("200 MiB line: peak resident memory {peak_mib} MiB");
    assert_eq!(code, 1);
    assert!(peak_mib < MEMORY_BOUND_MIB, "peak {peak_mib} MiB");
    let out = fs::read_to_string(&report).unwrap();
    let positions: Vec<&str> = out.lines().map(|l| l.split(' ').next().unwrap()).collect();
    let last = format!("{}:1:{}:", path.display(), chars - "ﬁnal.".chars().count() + 1);
    assert_eq!(positions, [format!("{}:1:1:", path.display()), format!("{}:1:12:", path.display()), last]);
}

#[test]
fn invalid_utf8_deep_in_a_large_file_is_reported_and_the_file_kept() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    file.write_all(b"The the start.\n\n").unwrap();
    write_clean_paragraphs(&mut file, 20 << 20, "\n\n");
    file.write_all(b"broken \xff byte\n").unwrap();
    drop(file);
    let before = fs::read(&path).unwrap();
    let offset = before.len() - 7;
    let out = proofmark().args(["check", "--fix"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&offset.to_string()), "{stderr}");
    assert!(fs::read(&path).unwrap() == before, "the file must be untouched");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
}

/// Starts `proofmark check --fix` on a large file, lets `meddle` act on the file while
/// proofmark is still reading it, and returns proofmark's exit status and stderr.
fn fix_while_meddling(path: &Path, meddle: impl FnOnce(&Path)) -> (Option<i32>, String) {
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("proofmark"))
        .args(["check", "--fix", "--select", "UNI,REP", "--output-format", "concise"])
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    meddle(path);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A large damaged file: fixing it takes long enough to change it meanwhile.
fn large_damaged_file(dir: &Path) -> std::path::PathBuf {
    use std::io::Write;
    let path = dir.join("big.txt");
    let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    file.write_all("The the start.\n\n".as_bytes()).unwrap();
    write_clean_paragraphs(&mut file, 300 << 20, "\n\n");
    file.write_all("The conﬂict end.\n".as_bytes()).unwrap();
    drop(file);
    path
}

#[test]
fn a_file_changed_while_being_fixed_is_left_as_changed() {
    use std::io::{Seek, Write};
    let dir = tempfile::tempdir().unwrap();
    let path = large_damaged_file(dir.path());
    let (code, stderr) = fix_while_meddling(&path, |p| {
        let mut file = fs::OpenOptions::new().write(true).open(p).unwrap();
        file.seek(std::io::SeekFrom::Start(0)).unwrap();
        file.write_all(b"NEWER").unwrap();
    });
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("changed on disk"), "{stderr}");
    assert_eq!(read_at(&path, 0, 14), "NEWERhe start.", "the newer version is kept");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
}

#[test]
fn a_file_that_vanishes_while_being_fixed_is_not_brought_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = large_damaged_file(dir.path());
    let (code, stderr) = fix_while_meddling(&path, |p| fs::remove_file(p).unwrap());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!path.exists(), "a deleted file stays deleted");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary file left behind");
}
