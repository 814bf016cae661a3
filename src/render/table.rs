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

    /// The table as text, at most `width` columns wide.
    pub(crate) fn render(&self, width: usize, painter: &Painter) -> String {
        let n = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (i, (cell, _)) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(cell.width());
            }
        }
        // The last column takes what is left, but never less than 20.
        let fixed: usize = widths[..n - 1].iter().map(|w| w + 2).sum();
        let last = width.saturating_sub(fixed).max(20);
        widths[n - 1] = widths[n - 1].min(last);
        let mut out = String::new();
        let header: Vec<(String, Option<Style>)> = self
            .header
            .iter()
            .map(|h| (h.clone(), Some(Style::new().bold())))
            .collect();
        for row in std::iter::once(&header).chain(self.rows.iter()) {
            let mut line = String::new();
            for (i, (cell, style)) in row.iter().enumerate().take(n) {
                let text = truncate(cell, widths[i]);
                let pad = widths[i] - text.width();
                let painted = match style {
                    Some(s) => painter.paint(*s, &text),
                    None => text,
                };
                line.push_str(&painted);
                if i + 1 < n {
                    line.push_str(&" ".repeat(pad + 2));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
}
