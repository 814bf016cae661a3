//! Opening the store's files as untrusted input: regular files only, never
//! through a link, never more than a limit.
//!
//! A FIFO would block a reader forever (and a writer holding the lock),
//! `/dev/zero` would be read until memory runs out, and a link could lead
//! to any file the user can read. So a file is opened without following a
//! final link and without blocking, checked on the open handle (no race
//! between the check and the read), and read up to one byte past its limit.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Open `path` for reading if it is a regular file that is not a link.
pub fn open_regular(path: &Path) -> Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        Err(e) if is_link_error(&e, path) => return Err(link(path)),
        Err(e) => return Err(Error::io(path, e)),
    };
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(not_regular(path, &meta));
    }
    Ok(file)
}

/// The bytes of the regular file `path`, refused when over `limit`.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let file = open_regular(path)?;
    let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
    super::read::within_limit(path, len, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // The size may grow while it is read: never past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    super::read::within_limit(path, bytes.len() as u64, limit)?;
    Ok(bytes)
}

/// Refuse a folder of the store (such as `sources/<id>`) that is a link or
/// not a folder at all; a missing one is fine (it may be made).
pub fn ensure_real_folder(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(link(path)),
        Ok(meta) if !meta.is_dir() => Err(Error::file(
            path,
            "is not a folder; the store holds a folder here",
        )),
        _ => Ok(()),
    }
}

/// Whether opening `path` failed because its last part is a link.
fn is_link_error(e: &std::io::Error, path: &Path) -> bool {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return true;
    }
    let _ = e;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn link(path: &Path) -> Error {
    Error::file(
        path,
        "is a symbolic link; the store's files and folders must be real ones, and a link is never followed (replace it with the file itself)",
    )
}

fn not_regular(path: &Path, meta: &std::fs::Metadata) -> Error {
    let kind = if meta.is_dir() {
        "a folder"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let t = meta.file_type();
            if t.is_fifo() {
                "a FIFO"
            } else if t.is_socket() {
                "a socket"
            } else if t.is_block_device() || t.is_char_device() {
                "a device"
            } else {
                "not a file"
            }
        }
        #[cfg(not(unix))]
        {
            "not a file"
        }
    };
    Error::file(
        path,
        format!("is not a regular file ({kind}); it is not read"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_fifos_and_devices_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        std::fs::write(&file, "id: a\n").unwrap();
        assert_eq!(read_limited(&file, 100).unwrap(), b"id: a\n");
        assert!(read_limited(&file, 3)
            .unwrap_err()
            .to_string()
            .contains("over the limit"));
        #[cfg(unix)]
        {
            let link = dir.path().join("l.yaml");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            let err = read_limited(&link, 100).unwrap_err().to_string();
            assert!(err.contains("l.yaml") && err.contains("link"), "{err}");
            let zero = dir.path().join("z.yaml");
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
            assert!(read_limited(&zero, 100).is_err());
            let err = read_limited(Path::new("/dev/zero"), 100)
                .unwrap_err()
                .to_string();
            assert!(err.contains("a device"), "{err}");
            let fifo = dir.path().join("f.yaml");
            assert!(std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .is_ok_and(|s| s.success()));
            let err = read_limited(&fifo, 100).unwrap_err().to_string();
            assert!(err.contains("a FIFO"), "{err}");
            let folder_link = dir.path().join("s");
            std::os::unix::fs::symlink(dir.path(), &folder_link).unwrap();
            assert!(ensure_real_folder(&folder_link).is_err());
            assert!(ensure_real_folder(dir.path()).is_ok());
        }
        let err = read_limited(dir.path(), 100).unwrap_err().to_string();
        assert!(err.contains("a folder"), "{err}");
    }
}
