//! Reading text: a size limit, UTF-8, no git conflict markers, YAML with its place.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::{text, yaml};

/// Read a text file: refuse one over `limit` bytes, invalid UTF-8 and git
/// conflict markers, each with its place.
/// Only a regular file is read, never through a link (see `open.rs`).
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    decode(path, super::open::read_limited(path, limit)?)
}

/// Text a command reads from outside the store: a file, or standard input
/// when the path is `-`.
#[derive(Debug)]
pub struct Input {
    pub text: String,
    /// The name messages use: the file's path, or `<stdin>`.
    pub name: PathBuf,
}

/// Read a file given on the command line, or standard input for `-`: at
/// most `limit` bytes, UTF-8, no conflict markers. A folder is refused.
pub fn read_input(file: &Path, limit: u64) -> Result<Input> {
    let (bytes, name) = if file == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::io("<stdin>", e))?;
        (buf, PathBuf::from("<stdin>"))
    } else {
        let meta = fs::metadata(file).map_err(|e| Error::io(file, e))?;
        if meta.is_dir() {
            return Err(Error::file(file, "is a folder; give the article's file"));
        }
        // At most one byte past the limit, whatever the file is.
        let mut buf = Vec::new();
        fs::File::open(file)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut buf))
            .map_err(|e| Error::io(file, e))?;
        (buf, file.to_path_buf())
    };
    if bytes.len() as u64 > limit {
        return Err(Error::file(
            &name,
            format!("is over the limit of {limit} bytes"),
        ));
    }
    let text = decode(&name, bytes)?;
    Ok(Input { text, name })
}

/// Whether something exists at `path` (a file given on the command line).
pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// The first line of a file (at most 64 KiB of it, invalid UTF-8
/// replaced), whatever the rest holds; None when it cannot be read.
pub fn first_line(path: &Path) -> Option<String> {
    let mut head = Vec::new();
    // A regular file only: a FIFO would block, a link lead anywhere.
    super::open::open_regular(path)
        .ok()?
        .take(64 * 1024)
        .read_to_end(&mut head)
        .ok()?;
    let line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    Some(
        String::from_utf8_lossy(line)
            .trim_end_matches('\r')
            .to_string(),
    )
}

/// Refuse a file of `len` bytes over `limit`.
pub(super) fn within_limit(path: &Path, len: u64, limit: u64) -> Result<()> {
    if len > limit {
        return Err(Error::file(
            path,
            format!(
                "is {len} bytes, over the limit of {limit} bytes; split it or remove what does not belong"
            ),
        ));
    }
    Ok(())
}

/// UTF-8 text from bytes, with the place of the first bad byte or conflict
/// marker. A leading byte-order mark (which some editors write) is dropped.
pub fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let (line, column) = text::line_column(bytes, at);
        Error::at(
            path,
            None,
            (line, column),
            format!(
                "invalid UTF-8 (byte 0x{:02x}); save the file as UTF-8",
                bytes.get(at).copied().unwrap_or(0)
            ),
        )
    })?;
    if let Some(line) = conflict_marker(&text) {
        return Err(Error::at(
            path,
            None,
            (line, 1),
            "git conflict marker; resolve the merge (see `claimtrack merge-driver`) and remove the markers",
        ));
    }
    Ok(text)
}

/// The 1-based line of the first git conflict marker, if any.
pub fn conflict_marker(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.starts_with("<<<<<<< ")
                || l == "<<<<<<<"
                || l == "======="
                || l.starts_with(">>>>>>> ")
                || l == ">>>>>>>"
                || l.starts_with("||||||| ")
        })
        .map(|i| i + 1)
}

/// Parse a YAML record, turning a problem into `path:line:column`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    yaml::from_str(text).map_err(|e| {
        // The offending line is not shown: a file that fails to parse is
        // never echoed (it may not be what it claims to be).
        match Error::at(path, None, (e.line, e.column), e.message) {
            Error::At {
                path,
                line,
                column,
                message,
                text,
                ..
            } => Error::At {
                path,
                line,
                column,
                message,
                text,
                yaml: Some(e.kind),
            },
            other => other,
        }
    })
}

/// The 1-based line and column of a top-level `key:` in YAML text.
pub fn key_position(text: &str, key: &str) -> Option<(usize, usize)> {
    let wanted = format!("{key}:");
    text.lines()
        .position(|l| l.starts_with(&wanted))
        .map(|i| (i + 1, 1))
}

/// The place of `key:` in item `index` (from 0) of the top-level list
/// `list:`, as `claimtrack` writes it (`- rev: 1` then `  file: r1.txt`):
/// that key's line and column, else the item's first line, else the list's.
pub fn list_item_key_position(
    text: &str,
    list: &str,
    index: usize,
    key: &str,
) -> Option<(usize, usize)> {
    let (start, _) = key_position(text, list)?;
    let wanted = format!("{key}:");
    let mut item: Option<(usize, usize)> = None;
    let mut items = 0;
    for (i, line) in text.lines().enumerate().skip(start) {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if indent == 0 && !body.is_empty() && !body.starts_with('-') && !body.starts_with('#') {
            break; // The next top-level key.
        }
        if let Some(rest) = body.strip_prefix("- ") {
            if item.is_some() {
                break; // The wanted item ended without the key.
            }
            if items == index {
                item = Some((i + 1, indent + 1));
                if rest.trim_start().starts_with(&wanted) {
                    let at = line.len() - rest.trim_start().len();
                    return Some((i + 1, at + 1));
                }
            }
            items += 1;
        } else if item.is_some() && body.starts_with(&wanted) {
            return Some((i + 1, indent + 1));
        }
    }
    item.or(Some((start, 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_of_a_list_item_is_found_by_its_line() {
        let text =
            "id: a\nrevisions:\n- rev: 1\n  file: r1.txt\n- file: x\n  rev: 2\n- rev: 3\nnext: 1\n";
        assert_eq!(
            list_item_key_position(text, "revisions", 0, "file"),
            Some((4, 3))
        );
        assert_eq!(
            list_item_key_position(text, "revisions", 1, "file"),
            Some((5, 3))
        );
        assert_eq!(
            list_item_key_position(text, "revisions", 2, "file"),
            Some((7, 1))
        );
        assert_eq!(
            list_item_key_position(text, "revisions", 5, "file"),
            Some((2, 1))
        );
        assert_eq!(list_item_key_position(text, "history", 0, "file"), None);
    }

    #[test]
    fn conflict_markers_are_found_by_line() {
        assert_eq!(conflict_marker("a: 1\n<<<<<<< HEAD\nb\n=======\n"), Some(2));
        assert_eq!(conflict_marker("a: '======='\n"), None);
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode(Path::new("c.yaml"), b"id: x\nst\xffx".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string().split(": invalid").next(),
            Some("c.yaml:2:3")
        );
    }
}
