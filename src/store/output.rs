//! Writing the file a user names with `--output`, wherever it is: a regular
//! file is replaced atomically; a FIFO, a device (`/dev/stdout`) or another
//! special file is written through; a link keeps pointing where it did.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::write_atomic;
use crate::error::{Error, Result};

/// Write `bytes` to `path`.
pub(crate) fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    let special = path.starts_with("/dev") || path.starts_with("/proc");
    let is_file = fs::metadata(path).map(|m| m.is_file());
    if special || matches!(is_file, Ok(false)) {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        return file.write_all(bytes).map_err(|e| Error::io(path, e));
    }
    let target = link_target(path);
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(Error::file(
            &folder,
            "no such folder to write the report into",
        ));
    }
    write_atomic(&target, bytes)
}

/// Where a chain of symbolic links from `path` ends (`path` itself when it is no link).
fn link_target(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..32 {
        match fs::read_link(&current) {
            Ok(next) => {
                current = match current.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
            }
            Err(_) => break,
        }
    }
    current
}
