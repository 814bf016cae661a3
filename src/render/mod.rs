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
use crate::model::{key::ClaimKey, Claim};
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
        status.push_str(OVERDUE);
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

/// `claims_row_widths` of a claim without a quote flag, from its key
/// alone: the cells that depend on the claim were measured when the key
/// was made, the status and age cells (which depend on the day) are short
/// ASCII text measured here without being made.
pub fn claims_key_widths(k: &ClaimKey, view: &View) -> [usize; 5] {
    let w = |n: u32| n as usize;
    let mut status = k.status.as_str().len();
    if k.is_overdue(view.now.date_naive()) {
        status += OVERDUE.len();
    }
    let age = decimal_len(k.age_days(view.now).unsigned_abs()) + 1;
    [
        w(k.widths.id),
        status,
        age,
        w(k.widths.speaker),
        w(k.widths.statement),
    ]
}

/// How many digits `n` takes in decimal.
pub(crate) fn decimal_len(mut n: u64) -> usize {
    let mut len = 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
}

const OVERDUE: &str = " (overdue)";

/// Who made the claim, as one short text: `Denisov via Tass`, `(outlet)`.
pub fn speaker(c: &Claim) -> String {
    crate::model::key::speaker_label(c)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Changes, Evidence, Revision, Stance, Status};
    use chrono::TimeZone;

    /// Claims whose cells differ in every way a width can: wide and
    /// combining characters, white space to fold, no speaker, intermediaries,
    /// no history, an overdue day, a long age.
    fn claims() -> Vec<Claim> {
        let at = |y, m, d| Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap();
        let verdict = |rev, when, status: &str| Revision {
            rev,
            at: when,
            by: "bo".into(),
            action: "verified".into(),
            changes: Changes(vec![(
                "status".into(),
                Change {
                    to: Some(serde_json::json!(status)),
                    ..Change::default()
                },
            )]),
            note: None,
        };
        let mut out = Vec::new();
        for (i, status) in Status::ALL.into_iter().enumerate() {
            let mut c = Claim::blank(format!("claim-{i}"));
            c.status = status;
            c.statement = [
                "plain",
                "  folded\n\ttext  here ",
                "\u{4e2d}\u{6587} e\u{301} \u{1f600}",
                "",
                "tab\u{7}bell",
                "a\u{200b}b \u{ff21}",
            ][i]
                .into();
            if i % 2 == 0 {
                c.attribution.speaker = Some(format!("Speaker\u{e9} {i}"));
            }
            c.attribution.via = (0..i % 3).map(|n| format!("via {n}")).collect();
            c.rating = (i % 3 == 1).then(|| "Mostly  false".into());
            c.evidence = (0..i * 3)
                .map(|_| Evidence {
                    stance: Stance::Context,
                    summary: "x".into(),
                    url: None,
                    source: None,
                    archived_url: None,
                    withheld: false,
                    added: at(2024, 1, 1),
                    by: "bo".into(),
                })
                .collect();
            if i != 3 {
                c.history = vec![verdict(1, at(2020 - i as i32 * 300, 3, 1), "unverified")];
                if !status.is_open() {
                    c.history.push(verdict(
                        2,
                        at(2024 - i as i32 * 1000, 5, 2),
                        status.as_str(),
                    ));
                }
            }
            c.claimed = chrono::NaiveDate::from_ymd_opt(2019, 1, 1);
            c.due = chrono::NaiveDate::from_ymd_opt(2024, 1, i as u32 + 1);
            out.push(c);
        }
        out
    }

    #[test]
    fn a_keys_widths_are_the_rows() {
        let painter = Painter { enabled: false };
        for now in [
            Utc.with_ymd_and_hms(2024, 1, 3, 0, 0, 0).unwrap(),
            Utc::now(),
        ] {
            let view = View {
                painter: &painter,
                width: 80,
                now,
            };
            for c in claims() {
                let key = ClaimKey::of(&c);
                assert_eq!(
                    claims_key_widths(&key, &view),
                    claims_row_widths(&c, None, &view),
                    "{}",
                    c.id
                );
                assert_eq!(
                    report::text::verdict_key_widths(&key),
                    report::text::verdict_widths(&c),
                    "{}",
                    c.id
                );
            }
        }
    }
}
