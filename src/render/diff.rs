//! Word-level diffs for people: colour on a terminal, `[-old-]{+new+}` markers otherwise.

use std::time::Duration;

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use similar::{Algorithm, ChangeTag, DiffOp, TextDiff};

use crate::output::Painter;

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

/// A word diff as one text: deletions red and struck through, insertions
/// green and underlined when colour is on; `[-old-]{+new+}` otherwise.
/// White space at the edges of a change is written outside its markers,
/// once.
pub fn inline(segments: &[Segment], painter: &Painter) -> String {
    let mut out = String::new();
    for (i, s) in segments.iter().enumerate() {
        if s.op == Op::Equal {
            if out.ends_with(char::is_whitespace) {
                out.push_str(s.text.trim_start());
            } else {
                out.push_str(&s.text);
            }
            continue;
        }
        let core = s.text.trim();
        if core.is_empty() {
            // A change of white space alone shows as one space.
            if !out.ends_with(char::is_whitespace) {
                out.push(' ');
            }
            continue;
        }
        if s.text.starts_with(char::is_whitespace)
            && !out.is_empty()
            && !out.ends_with(char::is_whitespace)
        {
            out.push(' ');
        }
        let marked = match (s.op, painter.enabled) {
            (Op::Delete, true) => painter.paint(
                Style::new()
                    .fg_color(Some(AnsiColor::Red.into()))
                    .strikethrough(),
                core,
            ),
            (Op::Insert, true) => painter.paint(
                Style::new()
                    .fg_color(Some(AnsiColor::Green.into()))
                    .underline(),
                core,
            ),
            (Op::Delete, false) => format!("[-{core}-]"),
            _ => format!("{{+{core}+}}"),
        };
        out.push_str(&marked);
        // Trailing white space goes after the last change of a run.
        let next_is_change = segments.get(i + 1).is_some_and(|n| n.op != Op::Equal);
        if s.text.ends_with(char::is_whitespace) && !next_is_change {
            out.push(' ');
        }
    }
    out
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

/// Unchanged text longer than this inside a changed paragraph is cut short.
const KEEP_AROUND: usize = 80;

/// A changed paragraph's word diff with long unchanged stretches elided,
/// keeping some words on each side of every change.
fn elide(segments: &[Segment]) -> Vec<Segment> {
    let last = segments.len().saturating_sub(1);
    segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let chars = s.text.chars().count();
            if s.op != Op::Equal || chars <= 2 * KEEP_AROUND + 5 {
                return s.clone();
            }
            let head: String = s.text.chars().take(KEEP_AROUND).collect();
            let tail: String = s.text.chars().skip(chars - KEEP_AROUND).collect();
            // Cut at word boundaries.
            let head = head
                .rsplit_once(' ')
                .map_or(head.as_str(), |(h, _)| h)
                .to_string();
            let tail = tail
                .split_once(' ')
                .map_or(tail.as_str(), |(_, t)| t)
                .to_string();
            let text = match (i == 0, i == last) {
                (true, _) => format!("… {tail}"),
                (_, true) => format!("{head} …"),
                _ => format!("{head} … {tail}"),
            };
            Segment {
                op: Op::Equal,
                text,
            }
        })
        .collect()
}

/// A paragraph diff for people, unchanged stretches folded.
pub fn paragraphs_text(hunks: &[Hunk], painter: &Painter, width: usize) -> String {
    let wrap = |text: &str| {
        let opts = textwrap::Options::new(width.max(30))
            .initial_indent("  ")
            .subsequent_indent("  ");
        textwrap::fill(text, opts)
    };
    let mut out = String::new();
    for h in hunks {
        match h {
            Hunk::Equal { count } => out.push_str(&painter.dim(&format!(
                "  ⋯ {count} unchanged paragraph{}\n",
                if *count == 1 { "" } else { "s" }
            ))),
            Hunk::Changed {
                old_paragraph,
                new_paragraph,
                words,
            } => {
                let place = if old_paragraph == new_paragraph {
                    format!("paragraph {new_paragraph}")
                } else {
                    format!("paragraph {old_paragraph} → {new_paragraph}")
                };
                out.push_str(&painter.color(AnsiColor::Cyan, &format!("@@ {place}: changed\n")));
                // Wrap the marked text first so colour codes do not count as width.
                let words = elide(words);
                if painter.enabled {
                    out.push_str("  ");
                    out.push_str(&inline(&words, painter));
                } else {
                    out.push_str(&wrap(&inline(&words, painter)));
                }
                out.push('\n');
            }
            Hunk::Removed {
                old_paragraph,
                text,
            } => whole_paragraph(
                &mut out,
                &format!("@@ paragraph {old_paragraph}: removed\n"),
                Op::Delete,
                text,
                painter,
                &wrap,
            ),
            Hunk::Added {
                new_paragraph,
                text,
            } => whole_paragraph(
                &mut out,
                &format!("@@ paragraph {new_paragraph}: added\n"),
                Op::Insert,
                text,
                painter,
                &wrap,
            ),
        }
    }
    out
}

/// The re-anchoring table: one line a claim, then the word diff of each
/// changed quote against the passage that replaced it.
pub fn anchor_table(rows: &[crate::anchor::Row], painter: &Painter, width: usize) -> String {
    use crate::anchor::Verdict;
    let mut table =
        crate::render::table::Table::new(["CLAIM", "QUOTED", "VERDICT", "SCORE", "NOW"]);
    for r in rows {
        let colour = match r.outcome.verdict {
            Verdict::Unchanged => None,
            Verdict::Moved => Some(AnsiColor::Cyan),
            Verdict::Changed => Some(AnsiColor::Yellow),
            Verdict::Vanished => Some(AnsiColor::Red),
        };
        table.styled_row(vec![
            (r.claim.clone(), None),
            (format!("r{}", r.from), None),
            (
                r.outcome.verdict.to_string(),
                colour.map(|c| Style::new().fg_color(Some(c.into()))),
            ),
            (format!("{:.2}", r.outcome.score), None),
            (r.action.clone(), None),
        ]);
    }
    let mut out = table.render(width, painter);
    for r in rows {
        match (r.outcome.verdict, &r.outcome.passage) {
            (Verdict::Changed, Some(passage)) => {
                out.push_str(&format!(
                    "\n{} quote changed in r{}:\n  ",
                    painter.bold(&r.claim),
                    r.to
                ));
                out.push_str(&inline(&words(&r.quote, passage), painter));
                out.push('\n');
            }
            (Verdict::Vanished, _) => {
                out.push_str(&format!(
                    "\n{} quote vanished from r{}:\n  {}\n",
                    painter.bold(&r.claim),
                    r.to,
                    inline(
                        &[Segment {
                            op: Op::Delete,
                            text: r.quote.clone()
                        }],
                        painter
                    )
                ));
            }
            _ => {}
        }
    }
    out
}

/// A paragraph removed or added whole: its heading, then its text marked.
fn whole_paragraph(
    out: &mut String,
    heading: &str,
    op: Op,
    text: &str,
    painter: &Painter,
    wrap: &dyn Fn(&str) -> String,
) {
    out.push_str(&painter.color(AnsiColor::Cyan, heading));
    let marked = inline(
        &[Segment {
            op,
            text: text.to_string(),
        }],
        painter,
    );
    out.push_str(&if painter.enabled {
        format!("  {marked}")
    } else {
        wrap(&marked)
    });
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Painter = Painter { enabled: false };

    #[test]
    fn marks_deleted_and_inserted_words() {
        let w = words(
            "Xi intends to visit Kazakhstan before the meeting",
            "Xi will visit Kazakhstan before the summit",
        );
        assert_eq!(
            inline(&w, &PLAIN),
            "Xi [-intends to-]{+will+} visit Kazakhstan before the [-meeting-]{+summit+}"
        );
        assert!(has_changes(&w));
        assert!(!has_changes(&words("same words", "same words")));
    }

    #[test]
    fn colour_replaces_markers() {
        let w = words("a b", "a c");
        let painted = inline(&w, &Painter { enabled: true });
        assert!(!painted.contains("[-") && painted.contains("\u{1b}["));
    }

    #[test]
    fn long_unchanged_stretches_in_a_changed_paragraph_are_elided() {
        let filler = "word ".repeat(60);
        let old = format!("{filler}Xi will go. {filler}");
        let new = format!("{filler}Xi will not go. {filler}");
        let text = paragraphs_text(&paragraphs_diff(&old, &new), &PLAIN, 400);
        assert!(text.contains("… word"), "{text}");
        assert!(text.contains("Xi will {+not+} go."), "{text}");
        assert!(text.len() < 400, "{text}");
    }

    #[test]
    fn paragraphs_fold_unchanged_and_pair_changed() {
        let old = "Title\n\nOne stays.\n\nTwo is edited here.\n\nThree goes.\n";
        let new = "Title\n\nOne stays.\n\nTwo was edited here.\n\nFour arrives.\n\nFive too.\n";
        let hunks = paragraphs_diff(old, new);
        assert_eq!(hunks[0], Hunk::Equal { count: 2 });
        assert_eq!(hunk_counts(&hunks), (2, 0, 1));
        let text = paragraphs_text(&hunks, &PLAIN, 100);
        assert!(text.contains("⋯ 2 unchanged paragraphs"), "{text}");
        assert!(text.contains("Two [-is-]{+was+} edited here."), "{text}");
        assert!(
            text.contains("@@ paragraph 5: added\n  {+Five too.+}"),
            "{text}"
        );
    }
}
