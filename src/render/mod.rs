//! Turning claims into text for people. Only renderers produce stdout text.

pub(crate) mod claim;
pub(crate) mod claim_json;
pub mod diff;
pub mod report;
pub(crate) mod search;
pub(crate) mod source;
pub(crate) mod table;

use anstyle::{AnsiColor, Style};

use chrono::{DateTime, Utc};

use crate::anchor::Flag;
use crate::model::Claim;
use crate::output::Painter;
use table::Table;

/// What a renderer knows of the screen and the time: everything else it
/// is given by the command, which loaded it.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub painter: &'a Painter,
    /// Columns available for text.
    pub width: usize,
    /// Now, for ages and overdue dates.
    pub now: DateTime<Utc>,
}

/// The columns of the claims table (`list`, `source show`).
pub const CLAIMS_HEADER: [&str; 5] = ["ID", "STATUS", "AGE", "SPEAKER", "STATEMENT"];

/// One line a claim: id, status, age, speaker, statement; `flags` holds
/// each claim's quote flag, in the same order.
pub fn claims_table(claims: &[Claim], flags: &[Option<Flag>], view: &View) -> String {
    let mut table = Table::new(CLAIMS_HEADER);
    for (i, c) in claims.iter().enumerate() {
        table.styled_row(claims_row(c, flags.get(i).and_then(Option::as_ref), view));
    }
    table.render(view.width, view.painter)
}

/// The cells of one claim's row of the claims table, with their styles.
pub fn claims_row(c: &Claim, flag: Option<&Flag>, view: &View) -> Vec<(String, Option<Style>)> {
    let (status, status_style) = claims_status(c, flag, view);
    vec![
        (c.id.clone(), None),
        (status, status_style),
        (format!("{}d", c.age_days(view.now)), None),
        (speaker(c), None),
        (c.statement.clone(), None),
    ]
}

/// The status cell of a claim's row: its status, whether it is overdue, its quote flag.
fn claims_status(c: &Claim, flag: Option<&Flag>, view: &View) -> (String, Option<Style>) {
    let mut status_style = status_style(c.status);
    let mut status = c.status.to_string();
    if c.is_overdue(view.now.date_naive()) {
        status.push_str(" (overdue)");
    }
    if let Some(flag) = flag {
        status.push_str(&format!(
            " (quote {} r{})",
            flag.outcome.verdict, flag.latest
        ));
        status_style = Some(Style::new().fg_color(Some(AnsiColor::Yellow.into())));
    }
    (status, status_style)
}

/// The width of each cell of a claim's row of the claims table, as the
/// table measures them, so that a table written a row at a time
/// (`table::Layout`) is laid out as the whole table would be.
pub fn claims_row_widths(c: &Claim, flag: Option<&Flag>, view: &View) -> [usize; 5] {
    let row = claims_row(c, flag, view);
    let mut out = [0; 5];
    for (w, (cell, _)) in out.iter_mut().zip(&row) {
        *w = table::cell_width(cell);
    }
    out
}

/// Who made the claim, as one short text: `Denisov via Tass`, `(outlet)`.
pub fn speaker(c: &Claim) -> String {
    let mut s = c
        .attribution
        .speaker
        .clone()
        .unwrap_or_else(|| "(outlet)".to_string());
    if !c.attribution.via.is_empty() {
        s.push_str(" via ");
        s.push_str(&c.attribution.via.join(", "));
    }
    s
}

pub fn status_style(status: crate::model::Status) -> Option<Style> {
    use crate::model::Status::*;
    let color = match status {
        Verified => AnsiColor::Green,
        Refuted => AnsiColor::Red,
        Mixed | Unverifiable => AnsiColor::Yellow,
        InReview => AnsiColor::Cyan,
        Unverified => return None,
    };
    Some(Style::new().fg_color(Some(color.into())))
}

/// `text` in the colour of `status` (verdicts green, red or yellow; open ones plain).
pub fn paint_status(
    painter: &crate::output::Painter,
    status: crate::model::Status,
    text: &str,
) -> String {
    painter.paint(status_style(status).unwrap_or_default(), text)
}
