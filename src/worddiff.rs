//! Word diffs as data: texts cut into words, marks and white space; runs of
//! deleted and inserted words; two articles compared paragraph by
//! paragraph. `render::diff` turns them into text.

use std::time::Duration;

use serde::Serialize;
use similar::{Algorithm, ChangeTag, DiffOp, TextDiff};

/// How long a word diff may take before it settles for a coarser result.
const DIFF_TIMEOUT: Duration = Duration::from_millis(60);

/// What a stretch of a word diff does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// One stretch of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub op: Op,
    pub text: String,
}

/// Words, single punctuation marks and runs of white space, so that
/// "Meet" and "Meet," share their word.
fn tokens(text: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Word,
        Space,
        Mark,
    }
    let class = |c: char| {
        if c.is_alphanumeric() {
            Class::Word
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Mark
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut last: Option<Class> = None;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if last.is_some_and(|l| l != k || k == Class::Mark) {
            out.push(&text[start..i]);
            start = i;
        }
        last = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The word diff of `old` against `new`: runs of deleted and inserted words
/// are joined (with the white space between them), deletions first.
pub fn words(old: &str, new: &str) -> Vec<Segment> {
    let (a, b) = (tokens(old), tokens(new));
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .timeout(DIFF_TIMEOUT)
        .diff_slices(&a, &b);
    let raw: Vec<(Op, &str)> = diff
        .iter_all_changes()
        .map(|c| {
            let op = match c.tag() {
                ChangeTag::Equal => Op::Equal,
                ChangeTag::Delete => Op::Delete,
                ChangeTag::Insert => Op::Insert,
            };
            (op, c.value())
        })
        .collect();
    let mut out: Vec<Segment> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<Segment>, deleted: &mut String, inserted: &mut String| {
        for (op, text) in [(Op::Delete, deleted), (Op::Insert, inserted)] {
            if !text.is_empty() {
                out.push(Segment {
                    op,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for (i, &(op, text)) in raw.iter().enumerate() {
        match op {
            Op::Delete => deleted.push_str(text),
            Op::Insert => inserted.push_str(text),
            Op::Equal => {
                // White space between two changes belongs to the change.
                let inside = text.trim().is_empty()
                    && (!deleted.is_empty() || !inserted.is_empty())
                    && raw.get(i + 1).is_some_and(|(o, _)| *o != Op::Equal);
                if inside {
                    deleted.push_str(text);
                    inserted.push_str(text);
                    continue;
                }
                flush(&mut out, &mut deleted, &mut inserted);
                match out.last_mut() {
                    Some(last) if last.op == Op::Equal => last.text.push_str(text),
                    _ => out.push(Segment {
                        op: Op::Equal,
                        text: text.to_string(),
                    }),
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// Whether a word diff changes anything.
pub fn has_changes(segments: &[Segment]) -> bool {
    segments.iter().any(|s| s.op != Op::Equal)
}

/// One part of a diff of two article texts, paragraph by paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Hunk {
    /// Paragraphs that did not change (folded).
    Equal {
        count: usize,
    },
    /// Paragraphs that changed, as a word diff; numbered from 1 in each text.
    Changed {
        old_paragraph: usize,
        new_paragraph: usize,
        words: Vec<Segment>,
    },
    Removed {
        old_paragraph: usize,
        text: String,
    },
    Added {
        new_paragraph: usize,
        text: String,
    },
}

/// The paragraphs of an article: its non-empty lines, trimmed.
fn paragraphs(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A diff of two article texts: paragraphs diffed first, changed ones word by word.
pub fn paragraphs_diff(old: &str, new: &str) -> Vec<Hunk> {
    let a = paragraphs(old);
    let b = paragraphs(new);
    let ops = similar::capture_diff_slices(Algorithm::Patience, &a, &b);
    let removed = |out: &mut Vec<Hunk>, range: std::ops::Range<usize>| {
        out.extend(range.map(|i| Hunk::Removed {
            old_paragraph: i + 1,
            text: a[i].to_string(),
        }));
    };
    let added = |out: &mut Vec<Hunk>, range: std::ops::Range<usize>| {
        out.extend(range.map(|j| Hunk::Added {
            new_paragraph: j + 1,
            text: b[j].to_string(),
        }));
    };
    let mut out = Vec::new();
    for op in ops {
        match op {
            DiffOp::Equal { len, .. } => out.push(Hunk::Equal { count: len }),
            DiffOp::Delete {
                old_index, old_len, ..
            } => removed(&mut out, old_index..old_index + old_len),
            DiffOp::Insert {
                new_index, new_len, ..
            } => added(&mut out, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // Pair paragraphs one for one; the rest were removed or added.
                let paired = old_len.min(new_len);
                out.extend((0..paired).map(|k| Hunk::Changed {
                    old_paragraph: old_index + k + 1,
                    new_paragraph: new_index + k + 1,
                    words: words(a[old_index + k], b[new_index + k]),
                }));
                removed(&mut out, old_index + paired..old_index + old_len);
                added(&mut out, new_index + paired..new_index + new_len);
            }
        }
    }
    out
}

/// Counts of paragraphs changed, removed and added.
pub fn hunk_counts(hunks: &[Hunk]) -> (usize, usize, usize) {
    let mut counts = (0, 0, 0);
    for h in hunks {
        match h {
            Hunk::Changed { .. } => counts.0 += 1,
            Hunk::Removed { .. } => counts.1 += 1,
            Hunk::Added { .. } => counts.2 += 1,
            Hunk::Equal { .. } => {}
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_changed_words_are_joined_deletions_first() {
        let w = words("Xi will go to Astana", "Xi will not go to Nur-Sultan");
        assert!(has_changes(&w));
        assert!(!has_changes(&words("same words", "same words")));
        let ops: Vec<Op> = w.iter().map(|s| s.op).collect();
        assert_eq!(ops.first(), Some(&Op::Equal));
        assert!(w
            .iter()
            .any(|s| s.op == Op::Delete && s.text.contains("Astana")));
        assert!(w
            .iter()
            .any(|s| s.op == Op::Insert && s.text.contains("Nur-Sultan")));
    }
}
