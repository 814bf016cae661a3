//! Word diffs for people: colour on a terminal, `[-old-]{+new+}` markers
//! otherwise. The diffs themselves are made in `worddiff`.

use anstyle::{AnsiColor, Style};

use crate::output::Painter;
use crate::worddiff::{words, Hunk, Op, Segment};

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
                crate::model::plural::suffix(*count)
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
    use crate::worddiff::{has_changes, hunk_counts, paragraphs_diff};

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
