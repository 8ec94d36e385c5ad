//! Reading text files safely and writing fixes atomically.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many leading bytes are checked for NUL to tell binary files from text.
const BINARY_SNIFF_LEN: usize = 8192;

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum FileError {
    #[error("{}: {source}", path.display())]
    #[diagnostic(code(proofmark::io))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: not valid UTF-8 (first bad byte at offset {offset}); the file was not linted or changed", path.display())]
    #[diagnostic(code(proofmark::encoding), help("convert it to UTF-8 first, e.g. with iconv"))]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{}: the file changed on disk while it was being fixed; it was left as it is now", path.display())]
    #[diagnostic(code(proofmark::changed), help("run proofmark again"))]
    ChangedOnDisk { path: PathBuf },
}

impl FileError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        FileError::Io { path: path.to_path_buf(), source }
    }
}

/// What reading a file gave.
#[derive(Debug)]
pub enum Content {
    Text(String),
    /// The file looks binary (a NUL byte near its start); it is skipped.
    Binary,
}

/// Reads a file and checks that it is UTF-8 text.
pub fn read(path: &Path) -> Result<Content, FileError> {
    let bytes = fs::read(path).map_err(|e| FileError::io(path, e))?;
    decode(path, bytes)
}

/// Checks that `bytes` are UTF-8 text.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Content, FileError> {
    if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF_LEN)]).is_some() {
        return Ok(Content::Binary);
    }
    String::from_utf8(bytes)
        .map(Content::Text)
        .map_err(|e| FileError::InvalidUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })
}

/// Replaces `path`'s contents with `new_text`, atomically: the text goes to a temporary file
/// in the same folder, which is renamed over the original. Refuses when the file no longer
/// holds `expected` (someone changed it since it was read), and keeps its permissions.
///
/// Like `sed -i`, this follows the folder's permissions: a read-only file in a writable folder
/// is replaced and stays read-only.
pub fn write_atomic(path: &Path, expected: &str, new_text: &str) -> Result<(), FileError> {
    let mut file = AtomicFile::beside(path)?;
    file.write(new_text)?;
    file.commit(|| Ok(fs::read(path)? == expected.as_bytes()))
}

/// A replacement for a file, written to a temporary file beside it and renamed over it on
/// [`AtomicFile::commit`]. Dropped without committing, it leaves the original as it was and
/// removes the temporary file.
pub struct AtomicFile {
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
    permissions: fs::Permissions,
}

impl AtomicFile {
    pub fn beside(path: &Path) -> Result<Self, FileError> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let permissions = fs::metadata(path).map_err(|e| FileError::io(path, e))?.permissions();
        let tmp = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .suffix(TEMP_SUFFIX)
            .tempfile_in(dir)
            .map_err(|e| FileError::io(path, e))?;
        Ok(AtomicFile { path: path.to_path_buf(), tmp, permissions })
    }

    pub fn write(&mut self, text: &str) -> Result<(), FileError> {
        self.tmp.write_all(text.as_bytes()).map_err(|e| FileError::io(&self.path, e))
    }

    /// Syncs the new contents and renames them over the file, if `unchanged` confirms, just
    /// before the rename, that the file still holds what was read.
    pub fn commit(self, unchanged: impl FnOnce() -> std::io::Result<bool>) -> Result<(), FileError> {
        let path = &self.path;
        self.tmp.as_file().sync_all().map_err(|e| FileError::io(path, e))?;
        fs::set_permissions(self.tmp.path(), self.permissions).map_err(|e| FileError::io(path, e))?;
        if !unchanged().map_err(|e| FileError::io(path, e))? {
            return Err(FileError::ChangedOnDisk { path: path.clone() });
        }
        self.tmp.persist(path).map_err(|e| FileError::io(path, e.error))?;
        Ok(())
    }
}

/// What a file held when it was read piece by piece: the length and a hash of each piece, so
/// that a large file can be checked for changes without keeping its text.
#[derive(Debug, Default)]
pub struct Fingerprint {
    pieces: Vec<(usize, u64)>,
}

impl Fingerprint {
    pub fn add(&mut self, piece: &[u8]) {
        self.pieces.push((piece.len(), hash(piece)));
    }

    /// Whether the file at `path` still holds exactly the pieces added.
    pub fn matches(&self, path: &Path) -> std::io::Result<bool> {
        let mut file = std::io::BufReader::new(fs::File::open(path)?);
        let mut buf = Vec::new();
        for &(len, expected) in &self.pieces {
            buf.resize(len, 0);
            match std::io::Read::read_exact(&mut file, &mut buf) {
                Ok(()) if hash(&buf) == expected => {}
                Ok(()) => return Ok(false),
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        Ok(std::io::Read::read(&mut file, &mut [0u8; 1])? == 0)
    }
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// Prefix and suffix of the temporary files [`write_atomic`] creates.
const TEMP_PREFIX: &str = ".proofmark-";
const TEMP_SUFFIX: &str = ".tmp";

/// Removes temporary files that an interrupted run (killed between writing and renaming) left
/// in `dir`. Only files older than `min_age` go, so that a run still working in the same
/// folder keeps its own. Returns how many were removed.
pub fn remove_stale_temp_files(dir: &Path, min_age: std::time::Duration) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let now = std::time::SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
        })
        .filter(|e| {
            let modified = e.metadata().and_then(|m| m.modified());
            modified.is_ok_and(|m| now.duration_since(m).is_ok_and(|age| age >= min_age))
        })
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_binary_and_invalid_utf8() {
        let p = Path::new("x");
        assert!(matches!(decode(p, b"ab\0cd".to_vec()), Ok(Content::Binary)));
        match decode(p, b"abc\xffdef".to_vec()) {
            Err(FileError::InvalidUtf8 { offset, .. }) => assert_eq!(offset, 3),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn atomic_write_refuses_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, "old", "new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert!(matches!(write_atomic(&path, "old", "newer"), Err(FileError::ChangedOnDisk { .. })));
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
    }

    #[test]
    fn fingerprints_notice_any_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "first piece, second piece").unwrap();
        let mut print = Fingerprint::default();
        print.add(b"first piece, ");
        print.add(b"second piece");
        assert!(print.matches(&path).unwrap());
        fs::write(&path, "first piece, second piecE").unwrap();
        assert!(!print.matches(&path).unwrap());
        fs::write(&path, "first piece, second piece!").unwrap();
        assert!(!print.matches(&path).unwrap());
        fs::write(&path, "first piece").unwrap();
        assert!(!print.matches(&path).unwrap());
    }

    #[test]
    fn stale_temp_files_are_removed_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".proofmark-abc.tmp");
        let fresh = dir.path().join(".proofmark-def.tmp");
        fs::write(&stale, "x").unwrap();
        fs::write(&fresh, "y").unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        fs::File::options().write(true).open(&stale).unwrap().set_modified(old).unwrap();
        let removed = remove_stale_temp_files(dir.path(), std::time::Duration::from_secs(60));
        assert_eq!(removed, 1);
        assert!(!stale.exists() && fresh.exists());
    }
}
