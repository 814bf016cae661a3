//! Search results for people (one line a claim) and for programs (JSON).

use anstyle::Style;

use crate::output::Painter;
use crate::search::live::Hit;

use super::table::Table;

/// Text from a claim made safe for a terminal: control characters shown as `�`.
fn safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

fn style_of(status: &str) -> Option<Style> {
    crate::model::Status::parse(status).and_then(super::status_style)
}

/// One line a claim found: id, status (coloured), score, statement.
pub(crate) fn text(hits: &[Hit], width: usize, painter: &Painter) -> String {
    if hits.is_empty() {
        return "no claims match\n".to_string();
    }
    let mut table = Table::new(["ID", "STATUS", "SCORE", "STATEMENT"]);
    for h in hits {
        let mut status = safe(&h.meta.status);
        if let Some(r) = &h.meta.rating {
            status.push_str(&format!(" ({})", safe(r)));
        }
        table.styled_row(vec![
            (safe(&h.meta.id), None),
            (status, style_of(&h.meta.status)),
            (format!("{:.1}", h.score), None),
            (safe(&h.meta.statement), None),
        ]);
    }
    table.render(width, painter)
}

/// The claims found as a JSON array of `{id, score, status, statement, rating, …}`.
pub(crate) fn json(hits: &[Hit]) -> String {
    let items: Vec<serde_json::Value> = hits
        .iter()
        .map(|h| {
            let mut item = serde_json::Map::new();
            item.insert("id".into(), h.meta.id.clone().into());
            let score = (f64::from(h.score) * 1000.0).round() / 1000.0;
            item.insert("score".into(), score.into());
            if let Ok(serde_json::Value::Object(rest)) = serde_json::to_value(&h.meta) {
                // (The evidence summaries are kept for ranking, not shown.)
                for (k, v) in rest.into_iter().filter(|(k, _)| k != "summary") {
                    item.entry(k).or_insert(v);
                }
            }
            serde_json::Value::Object(item)
        })
        .collect();
    // `<`, `>` and `&` escaped, as in every JSON the program writes.
    let mut out = crate::escape::json(&items);
    out.push('\n');
    out
}

/// Claims already logged that resemble a new one, for `add` and `extract`:
/// one indented line each with id, status, rating and date.
pub(crate) fn similar(hits: &[Hit], painter: &Painter) -> String {
    let mut out = String::new();
    for h in hits {
        let mut line = format!("  {}  ", safe(&h.meta.id));
        let mut status = safe(&h.meta.status);
        if let Some(r) = &h.meta.rating {
            status.push_str(&format!(" ({})", safe(r)));
        }
        line.push_str(&painter.paint(style_of(&h.meta.status).unwrap_or_default(), &status));
        if let Some(d) = &h.meta.date {
            line.push_str(&format!("  {}", safe(d)));
        }
        line.push_str(&format!("  {}\n", safe(&h.meta.statement)));
        out.push_str(&line);
    }
    out
}
