//! Looking through folders and files without parsing them: sorted listings,
//! whether a claim file names a source, a search through a file too big to read whole.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

pub(super) fn list_names(dir: &Path, keep: impl Fn(&str) -> Option<String>) -> Result<Vec<String>> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(&keep))
        .collect();
    names.sort();
    Ok(names)
}

/// Whether claim-file bytes name source `id` under an `id:` key that is not
/// the claim's own (which starts an unindented line): indented as
/// `source.id` is written, or in a flow mapping (`source: {id: a, …}`); the
/// id bare or quoted, a comment after it allowed.
pub(super) fn names_source(bytes: &[u8], id: &str) -> bool {
    let key = memchr::memmem::Finder::new(b"id:");
    bytes.split(|b| *b == b'\n').any(|line| {
        key.find_iter(line).any(|k| {
            if !matches!(line[..k].last(), Some(b' ' | b'\t' | b'{' | b',')) {
                return false;
            }
            let value = line[k + 3..].trim_ascii_start();
            let end = value
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b'#'))
                .unwrap_or(value.len());
            let value = value[..end].trim_ascii();
            let unquoted = match value {
                [q @ (b'\'' | b'"'), inner @ .., last] if last == q => inner,
                v => v,
            };
            unquoted == id.as_bytes()
        })
    })
}

/// Whether the bytes read from `reader` contain what `finder` looks for,
/// read a megabyte at a time.
pub(super) fn contains_streamed(mut reader: impl Read, finder: &memchr::memmem::Finder) -> bool {
    let overlap = finder.needle().len().saturating_sub(1);
    let mut buf = vec![0u8; (1 << 20) + overlap];
    let mut kept = 0;
    loop {
        let got = match reader.read(&mut buf[kept..]) {
            Ok(0) | Err(_) => return false,
            Ok(got) => got,
        };
        let end = kept + got;
        if finder.find(&buf[..end]).is_some() {
            return true;
        }
        kept = overlap.min(end);
        buf.copy_within(end - kept..end, 0);
    }
}

/// Whether `file` is the name of an article text (`model::is_text_file_name`).
pub(super) fn is_text_name(file: &str) -> bool {
    crate::model::is_text_file_name(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_named_on_an_indented_id_line_bare_or_quoted() {
        assert!(names_source(b"id: c1\nsource:\n  id: a\n", "a"));
        assert!(names_source(b"source:\n  id: 'yes'\r\n", "yes"));
        assert!(names_source(b"source:\n  id: \"a\"\n", "a"));
        assert!(names_source(b"source:\n\tid: a   # the article\n", "a"));
        assert!(names_source(b"source: {id: a, rev: 1}\n", "a"));
        assert!(names_source(b"source: {rev: 1, id: 'a'}\n", "a"));
        // The claim's own id, a longer id, or the id in a sentence are not it.
        assert!(!names_source(b"id: a\n", "a"));
        assert!(!names_source(b"source:\n  id: ab\n", "a"));
        assert!(!names_source(b"statement: a said\n  id: 'a\n", "a"));
    }

    #[test]
    fn a_streamed_search_finds_a_needle_across_chunk_boundaries() {
        let finder = memchr::memmem::Finder::new(b"needle");
        for at in [0, (1 << 20) - 3, 1 << 20, (1 << 20) + 5, 3 << 20] {
            let mut bytes = vec![b'x'; (3 << 20) + 10];
            bytes[at..at + 6].copy_from_slice(b"needle");
            assert!(contains_streamed(&bytes[..], &finder), "at {at}");
        }
        assert!(!contains_streamed(&vec![b'x'; 3 << 20][..], &finder));
    }
}
