//! The report as CSV: one row a claim (RFC 4180), safe to open in a spreadsheet.

use std::io::Write;

use crate::model::Claim;
use crate::report::{Claims, Part, Report};

/// The columns, in order.
pub const HEADER: [&str; 18] = [
    "id",
    "status",
    "rating",
    "statement",
    "speaker",
    "via",
    "kind",
    "source",
    "quote",
    "claimed",
    "check_after",
    "age_days",
    "evidence",
    "last_change",
    "conclusion",
    "assignee",
    "due",
    "corrections",
];

/// The selected claims as CSV with a header row, CRLF line ends, written to
/// `w` a row at a time.
pub fn render(report: &Report, claims: &dyn Claims, w: &mut dyn Write) -> std::io::Result<()> {
    w.write_all(record(&HEADER.map(str::to_string)).as_bytes())?;
    claims.render_each(Part::All, &|c| record(&row(report, c)), &mut |s| {
        w.write_all(s.as_bytes())
    })
}

/// One record, its cells neutralised, ending with CR LF.
fn record(cells: &[String]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .buffer_capacity(1024)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = w.write_record(cells.iter().map(|c| neutralise(c).into_owned()));
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn row(report: &Report, c: &Claim) -> [String; 18] {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        c.id.clone(),
        c.status.to_string(),
        c.rating.clone().unwrap_or_default(),
        c.statement.clone(),
        c.attribution.speaker.clone().unwrap_or_default(),
        c.attribution.via.join("; "),
        c.attribution.kind.as_str().to_string(),
        c.source.id.clone(),
        c.source.quote.clone(),
        date(c.claimed),
        date(c.check_after),
        c.age_days(report.generated).to_string(),
        c.evidence.len().to_string(),
        c.last_change()
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default(),
        c.conclusion.clone().unwrap_or_default(),
        c.assignee.clone().unwrap_or_default(),
        date(c.due),
        report
            .corrections_of(&c.id)
            .map(|k| {
                let note = k
                    .note
                    .as_deref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default();
                format!(
                    "{} → {} {} by {}{note}",
                    k.from,
                    k.to,
                    k.at.format("%Y-%m-%d"),
                    k.by
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

/// A cell a spreadsheet will show as text: one that begins (after any white
/// space) with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| {
        matches!(
            c,
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}'
        )
    };
    let first = cell.trim_start_matches([' ', '\n']).chars().next();
    if cell.starts_with(['\t', '\r']) || first.is_some_and(risky) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_text_is_kept() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("  +1"), "'  +1");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Xi = leader"), "Xi = leader");
        assert_eq!(neutralise(""), "");
    }
}
