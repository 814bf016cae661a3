//! Writing the file a user names with `--output`, wherever it is: a regular
//! file is replaced atomically; a FIFO, a device (`/dev/stdout`) or another
//! special file is written through; a link keeps pointing where it did.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::write::{commit, tmp_path};
use crate::error::{Error, Result};

/// The file `--output` names, written a piece at a time: a regular file
/// goes to a temporary file beside it (made anew) that `finish` flushes and
/// renames over it; a FIFO or device is written through. Dropped without
/// `finish`, the temporary file is removed and the file left as it was.
#[derive(Debug)]
pub(crate) struct Output {
    path: PathBuf,
    file: Option<std::io::BufWriter<fs::File>>,
    /// The file the temporary file replaces, for a regular file.
    target: Option<PathBuf>,
}

impl Output {
    pub(crate) fn create(path: &Path) -> Result<Output> {
        let special = path.starts_with("/dev") || path.starts_with("/proc");
        let is_file = fs::metadata(path).map(|m| m.is_file());
        if special || matches!(is_file, Ok(false)) {
            let file = fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)
                .map_err(|e| Error::io(path, e))?;
            return Ok(Output {
                path: path.to_path_buf(),
                file: Some(std::io::BufWriter::new(file)),
                target: None,
            });
        }
        let target = link_target(path);
        folder_of(&target, "report")?;
        let tmp = tmp_path(&target);
        // Made anew: a file or link planted under this name is never written through.
        let _ = fs::remove_file(&tmp);
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| Error::io(&tmp, e))?;
        Ok(Output {
            path: path.to_path_buf(),
            file: Some(std::io::BufWriter::with_capacity(1 << 16, file)),
            target: Some(target),
        })
    }

    /// Flush what was written and, for a regular file, put it in place.
    pub(crate) fn finish(mut self) -> Result<()> {
        let Some(writer) = self.file.take() else {
            return Ok(());
        };
        let file = writer
            .into_inner()
            .map_err(|e| Error::io(&self.path, e.into_error()))?;
        match self.target.take() {
            Some(target) => {
                file.sync_data().map_err(|e| {
                    let _ = fs::remove_file(tmp_path(&target));
                    Error::io(&target, e)
                })?;
                commit(&target)
            }
            None => Ok(()),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::ErrorKind::BrokenPipe.into()),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.write_all(buf),
            None => Err(std::io::ErrorKind::BrokenPipe.into()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Some(target) = self.target.take() {
            self.file = None;
            let _ = fs::remove_file(tmp_path(&target));
        }
    }
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

/// The folder `target` is to be written into (`.` for a bare name), which
/// must exist; `what` names the output in the error ("report", "file").
fn folder_of(target: &Path, what: &str) -> Result<PathBuf> {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(Error::file(
            &folder,
            format!("no such folder to write the {what} into"),
        ));
    }
    Ok(folder)
}

/// Build the file `path` names through `build`, which is given a new empty
/// temporary file beside it (in the folder the file, or the link it is,
/// ends in) to fill. When `build` returns `Ok(true)` the temporary file is
/// flushed and renamed over the file, which is replaced whole (a link keeps
/// pointing where it did); on `Ok(false)` or an error it is removed and
/// nothing else changes. For outputs that a library writes itself (a
/// database), where [`Output`] would need a writer it cannot take. A
/// FIFO, a device or a folder is refused: such an output needs a regular file.
pub(crate) fn build_output(path: &Path, build: impl FnOnce(&Path) -> Result<bool>) -> Result<bool> {
    let target = link_target(path);
    if let Ok(meta) = fs::metadata(&target) {
        if !meta.is_file() {
            return Err(Error::file(
                path,
                "is not a regular file; name a file to create or replace",
            ));
        }
    }
    let folder = folder_of(&target, "file")?;
    let name = target
        .file_name()
        .ok_or_else(|| Error::file(path, "names a folder, not a file"))?;
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{}.", name.to_string_lossy());
    builder.prefix(&prefix).suffix(super::TMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As a file created by any other program (less the umask); a temporary file is private.
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let tmp = builder
        .tempfile_in(&folder)
        .map_err(|e| Error::io(&folder, e))?;
    // On any early return `tmp` is dropped, which removes the file.
    if !build(tmp.path())? {
        return Ok(false);
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io(tmp.path(), e))?;
    tmp.persist(&target)
        .map_err(|e| Error::io(&target, e.error))?;
    super::write::sync_dir(&folder)?;
    Ok(true)
}
