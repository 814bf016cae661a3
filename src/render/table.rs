//! Aligned plain-text tables that fit the terminal.

use anstyle::Style;
use unicode_width::UnicodeWidthStr;

use crate::output::Painter;

/// A table of text cells; the last column is cut to fit the width.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    header: Vec<String>,
    rows: Vec<Vec<(String, Option<Style>)>>,
}

impl Table {
    pub(crate) fn new<const N: usize>(header: [&str; N]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub(crate) fn row<const N: usize>(&mut self, cells: [String; N]) {
        self.rows
            .push(cells.into_iter().map(|c| (one_line(&c), None)).collect());
    }

    /// A row whose cells may each carry a style.
    pub(crate) fn styled_row(&mut self, cells: Vec<(String, Option<Style>)>) {
        self.rows
            .push(cells.into_iter().map(|(c, s)| (one_line(&c), s)).collect());
    }

    /// The table as text, at most `width` columns wide. When the columns do
    /// not fit, the middle ones are shortened with `…` (never a column of
    /// ids, `ID` and `CLAIM`, nor `STATUS`), then the last column is cut; when even that
    /// leaves it too narrow, each row's last cell goes on a line of its own
    /// below the row.
    pub(crate) fn render(&self, width: usize, painter: &Painter) -> String {
        let n = self.header.len();
        let mut widest = vec![0; n];
        for row in &self.rows {
            for (i, (cell, _)) in row.iter().enumerate().take(n) {
                widest[i] = widest[i].max(cell.width());
            }
        }
        let layout = Layout::new(&self.header, &widest, width);
        let mut out = layout.header(painter);
        for row in &self.rows {
            out.push_str(&layout.line(row, painter));
        }
        out
    }
}

/// The width of `text` as a cell of a table shows it (on one line).
pub(crate) fn cell_width(text: &str) -> usize {
    crate::model::key::line_width(text)
}

/// The columns of a table decided once, from the widest cell of each, so
/// that its rows can be written one at a time, as `Table::render` writes them.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    header: Vec<String>,
    widths: Vec<usize>,
    stacked: bool,
    width: usize,
}

impl Layout {
    /// The layout of a table with `header` whose widest cells (rows only)
    /// are `widest`, at most `width` columns wide.
    pub(crate) fn new(header: &[String], widest: &[usize], width: usize) -> Layout {
        let n = header.len();
        let mut widths: Vec<usize> = header
            .iter()
            .enumerate()
            .map(|(i, h)| h.width().max(widest.get(i).copied().unwrap_or(0)))
            .collect();
        let fixed = |widths: &[usize]| -> usize { widths[..n - 1].iter().map(|w| w + 2).sum() };
        let total = fixed(&widths) + widths[n - 1];
        let mut stacked = false;
        if total > width && n > 1 {
            // Shorten the widest middle column that may be shortened, a column at a time.
            let keep = |i: usize| i == 0 || matches!(header[i].as_str(), "ID" | "CLAIM" | "STATUS");
            while fixed(&widths) + MIN_LAST > width {
                let widest = (1..n - 1)
                    .filter(|&i| !keep(i) && widths[i] > MIN_MIDDLE)
                    .max_by_key(|&i| widths[i]);
                match widest {
                    Some(i) => widths[i] -= 1,
                    None => break,
                }
            }
            let room = width.saturating_sub(fixed(&widths));
            if room >= MIN_LAST {
                widths[n - 1] = widths[n - 1].min(room);
            } else {
                stacked = true;
            }
        }
        Layout {
            header: header.to_vec(),
            widths,
            stacked,
            width,
        }
    }

    /// The header line.
    pub(crate) fn header(&self, painter: &Painter) -> String {
        let header: Vec<(String, Option<Style>)> = self
            .header
            .iter()
            .map(|h| (h.clone(), Some(Style::new().bold())))
            .collect();
        self.line(&header, painter)
    }

    /// One row with its cells made one line each.
    pub(crate) fn row(&self, cells: Vec<(String, Option<Style>)>, painter: &Painter) -> String {
        let row: Vec<(String, Option<Style>)> =
            cells.into_iter().map(|(c, s)| (one_line(&c), s)).collect();
        self.line(&row, painter)
    }

    fn line(&self, row: &[(String, Option<Style>)], painter: &Painter) -> String {
        let n = self.header.len();
        let widths = &self.widths;
        let mut out = String::new();
        let shown = if self.stacked { n - 1 } else { n };
        let mut line = String::new();
        for (i, (cell, style)) in row.iter().enumerate().take(shown) {
            let text = truncate(cell, widths[i]);
            let pad = widths[i] - text.width();
            let painted = match style {
                Some(s) => painter.paint(*s, &text),
                None => text,
            };
            line.push_str(&painted);
            if i + 1 < shown {
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if self.stacked {
            if let Some((cell, style)) = row.get(n - 1) {
                let text = truncate(
                    cell,
                    self.width.saturating_sub(STACK_INDENT).max(MIN_MIDDLE),
                );
                let painted = match style {
                    Some(s) => painter.paint(*s, &text),
                    None => text,
                };
                out.push_str(&" ".repeat(STACK_INDENT));
                out.push_str(&painted);
                out.push('\n');
            }
        }
        out
    }
}

/// The narrowest the last column is shown beside the others.
const MIN_LAST: usize = 20;
/// The narrowest a middle column is shortened to.
const MIN_MIDDLE: usize = 10;
/// The indentation of a last cell on a line of its own.
const STACK_INDENT: usize = 4;

fn one_line(text: &str) -> String {
    crate::model::key::one_line(text)
}

/// `text` cut to `width` display columns, with `…` where it was cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_and_the_last_is_cut() {
        let mut t = Table::new(["ID", "TEXT"]);
        t.row(["a".into(), "short".into()]);
        t.row(["longer-id".into(), "x".repeat(100)]);
        let out = t.render(40, &Painter { enabled: false });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "ID         TEXT");
        assert_eq!(lines[1], "a          short");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].width(), 40);
    }

    #[test]
    fn middle_columns_shorten_and_the_last_goes_below_when_there_is_no_room() {
        let mut t = Table::new(["ID", "WHO", "TEXT"]);
        t.row([
            "a-rather-long-claim-id".into(),
            "Bartholomew Featherstonehaugh".into(),
            "word ".repeat(30),
        ]);
        let out = t.render(60, &Painter { enabled: false });
        for l in out.lines() {
            assert!(l.width() <= 60, "{l:?}");
        }
        assert!(out.contains("a-rather-long-claim-id"), "{out}");
        assert!(out.contains("Bartholomew F…"), "{out}");
        let out = t.render(40, &Painter { enabled: false });
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.iter().all(|l| l.width() <= 40), "{out}");
        assert!(lines[3].starts_with("    word word"), "{out}");
    }
}
