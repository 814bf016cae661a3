//! A claim's key: the few facts a whole-store command's first pass needs of
//! each claim (to select it, order it and size its row), without the claim.
//!
//! `list` and the reports go over every claim twice: a first pass picks
//! and orders the claims and measures the widest cell of each column, a
//! second renders the picked ones. The first pass needs only a claim's
//! key, which the claim cache keeps in each record apart from the claim
//! (`store::cache`), so that most claims are never decoded in that pass.
//! A key is made from a claim by `ClaimKey::of` whether it is then cached
//! or used at once, so a command sees the same key either way.

use chrono::{DateTime, NaiveDate, Utc};
use unicode_width::UnicodeWidthStr;

use super::{verdicts, Claim, Status};

/// What a first pass reads of a claim; its text borrowed from the claim or
/// from the cache record it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimKey<'a> {
    pub id: &'a str,
    pub status: Status,
    /// Whether the claim has a conclusion.
    pub concluded: bool,
    pub assignee: Option<&'a str>,
    pub due: Option<NaiveDate>,
    pub check_after: Option<NaiveDate>,
    pub claimed: Option<NaiveDate>,
    /// The time of its first revision.
    pub logged: Option<DateTime<Utc>>,
    /// The time of its latest revision (the latest time of any, in case
    /// the history is not in order of time).
    pub latest: Option<DateTime<Utc>>,
    /// The source it quotes, the revision it names and the digest of the text.
    pub source: &'a str,
    pub rev: u32,
    pub sha256: Option<&'a str>,
    pub speaker: Option<&'a str>,
    pub via: Vec<&'a str>,
    pub tags: Vec<&'a str>,
    /// Whether its history changes one verdict into another
    /// (`verdicts::corrections` is not empty).
    pub corrected: bool,
    pub widths: Widths,
}

/// The display widths of the cells of a claim's rows that depend on the
/// claim alone, as a table measures them (`line_width`): in the claims
/// table (`list`), its id, speaker and statement; in a report's table of
/// verdicts, also its rating, the day its verdict was given and its number
/// of evidence items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Widths {
    pub id: u32,
    pub speaker: u32,
    pub statement: u32,
    pub rating: u32,
    pub given: u32,
    pub evidence: u32,
}

impl<'a> ClaimKey<'a> {
    /// The key of `c`, which needs (at least) the status changes of its history.
    pub fn of(c: &'a Claim) -> ClaimKey<'a> {
        ClaimKey {
            id: &c.id,
            status: c.status,
            concluded: c.conclusion.is_some(),
            assignee: c.assignee.as_deref(),
            due: c.due,
            check_after: c.check_after,
            claimed: c.claimed,
            logged: c.logged_at(),
            latest: c.history.iter().map(|r| r.at).max(),
            source: &c.source.id,
            rev: c.source.rev,
            sha256: c.source.sha256.as_deref(),
            speaker: c.attribution.speaker.as_deref(),
            via: c.attribution.via.iter().map(String::as_str).collect(),
            tags: c.tags.iter().map(String::as_str).collect(),
            corrected: !verdicts::corrections(&c.history).is_empty(),
            widths: Widths::of(c),
        }
    }

    /// An open claim whose `due` day has passed, or whose `check_after` day
    /// has come (`Claim::is_overdue`).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        overdue(self.status, self.check_after, self.due, today)
    }

    /// Whole days since the claim was logged (`Claim::age_days`).
    pub fn age_days(&self, now: DateTime<Utc>) -> i64 {
        age_days(self.logged, self.claimed, now)
    }
}

impl Widths {
    /// The widths of `c`'s cells.
    pub fn of(c: &Claim) -> Widths {
        let width = |text: &str| u32::try_from(line_width(text)).unwrap_or(u32::MAX);
        Widths {
            id: width(&c.id),
            speaker: width(&speaker_label(c)),
            statement: width(&c.statement),
            rating: width(rating_label(c)),
            given: width(&given_label(c)),
            evidence: width(&c.evidence.len().to_string()),
        }
    }
}

/// See `Claim::is_overdue`.
pub(crate) fn overdue(
    status: Status,
    check_after: Option<NaiveDate>,
    due: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    status.is_open() && (check_after.is_some_and(|d| d <= today) || due.is_some_and(|d| d < today))
}

/// See `Claim::age_days`.
pub(crate) fn age_days(
    logged: Option<DateTime<Utc>>,
    claimed: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> i64 {
    let start = logged
        .map(|t| t.date_naive())
        .or(claimed)
        .unwrap_or_else(|| now.date_naive());
    (now.date_naive() - start).num_days().max(0)
}

/// `text` on one line as a table cell shows it: its words joined by single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The display width of `text` as a table cell shows it (`one_line`).
pub fn line_width(text: &str) -> usize {
    one_line(text).width()
}

/// Who made the claim, as one short text: `Denisov via Tass`, `(outlet)`.
pub fn speaker_label(c: &Claim) -> String {
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

/// The rating as a cell of the table of verdicts shows it.
pub fn rating_label(c: &Claim) -> &str {
    c.rating.as_deref().unwrap_or("-")
}

/// The day the claim's verdict was given, as the table of verdicts shows it.
pub fn given_label(c: &Claim) -> String {
    verdicts::verdict_revision(c)
        .map(|(at, _)| at.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "-".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Changes, Revision};
    use serde_json::json;

    fn revision(rev: u32, at: &str, status: Option<&str>) -> Revision {
        Revision {
            rev,
            at: DateTime::parse_from_rfc3339(at)
                .unwrap()
                .with_timezone(&Utc),
            by: "ana".into(),
            action: "changed".into(),
            changes: Changes(
                status
                    .map(|s| {
                        vec![(
                            "status".to_string(),
                            Change {
                                to: Some(json!(s)),
                                ..Change::default()
                            },
                        )]
                    })
                    .unwrap_or_default(),
            ),
            note: None,
        }
    }

    #[test]
    fn a_key_holds_what_the_claim_says() {
        let mut c = Claim::blank("tax-cut".into());
        c.statement = "Taxes  fell\nby 3 %, \u{4e2d}\u{6587}".into();
        c.status = Status::Refuted;
        c.rating = Some("False".into());
        c.attribution.speaker = Some("Ana".into());
        c.attribution.via = vec!["Tass".into(), "RIA".into()];
        c.tags = vec!["tax".into()];
        c.history = vec![
            revision(1, "2024-05-01T10:00:00Z", None),
            revision(2, "2024-06-01T10:00:00Z", Some("verified")),
            revision(3, "2024-05-20T10:00:00Z", Some("refuted")),
        ];
        let k = ClaimKey::of(&c);
        assert_eq!(k.logged, Some(c.history[0].at));
        assert_eq!(
            k.latest,
            Some(c.history[1].at),
            "the latest time, not the last revision"
        );
        assert!(k.corrected);
        assert_eq!(k.via, ["Tass", "RIA"]);
        assert_eq!(
            k.widths,
            Widths {
                id: 7,
                speaker: "Ana via Tass, RIA".len() as u32,
                // Folded onto one line; each ideograph takes two columns.
                statement: "Taxes fell by 3 %, ".len() as u32 + 4,
                rating: 5,
                given: 10,
                evidence: 1,
            }
        );
        c.history.truncate(2);
        assert!(!ClaimKey::of(&c).corrected);
        assert_eq!(given_label(&c), "-", "refuted was never given");
    }
}
