//! The verification report as data: which claims, in what order, their counts and recent events.
//!
//! Built once from the loaded claims, then handed to a renderer (`render::report`).
//! Evidence whose source is withheld is redacted here, so that no renderer can leak it.

mod drift;
mod events;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde_json::Value;

use crate::model::verdicts::{self, Correction};
use crate::model::{Claim, Source, Status};

pub use drift::{drift, Drift, DriftState};
pub use events::{events_since, Event, EventKind, Since};

/// Everything a report shows.
#[derive(Debug, Clone)]
pub struct Report {
    /// When the report was made.
    pub generated: DateTime<Utc>,
    /// The selected claims: open first, overdue first, then oldest first.
    pub claims: Vec<Claim>,
    /// The sources the selected claims quote, by id (those that could be read).
    pub sources: BTreeMap<String, Source>,
    /// How many selected claims have each status, in `Status::ALL` order.
    pub counts: Vec<(Status, usize)>,
    /// What happened since `--since`, oldest first.
    pub since: Option<Since>,
    /// Claims whose quote changed or vanished in a newer revision of their article.
    pub drift: Vec<Drift>,
    /// Verdicts changed into others, oldest first, with the claim's id.
    pub corrections: Vec<(String, Correction)>,
    /// Files that could not be read, as error messages naming the file.
    pub unreadable: Vec<String>,
}

impl Report {
    /// The open claims of the selection, in report order.
    pub fn open(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| c.status.is_open())
    }

    /// The claims with a verdict, in report order.
    pub fn verdicts(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| !c.status.is_open())
    }

    pub fn today(&self) -> NaiveDate {
        self.generated.date_naive()
    }

    pub fn open_count(&self) -> usize {
        self.open().count()
    }

    pub fn overdue_count(&self) -> usize {
        let today = self.today();
        self.claims.iter().filter(|c| c.is_overdue(today)).count()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// The corrections of one claim, oldest first.
    pub fn corrections_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Correction> {
        self.corrections
            .iter()
            .filter(move |(c, _)| c == id)
            .map(|(_, k)| k)
    }
}

/// What a report needs besides the claims: the clock, `--since`, and the sources.
#[derive(Debug)]
pub struct Inputs {
    pub now: DateTime<Utc>,
    pub since: Option<DateTime<Utc>>,
    pub sources: BTreeMap<String, Source>,
    /// For each source with more than one revision: its latest revision number and text.
    pub latest_texts: BTreeMap<String, (u32, String)>,
    pub unreadable: Vec<String>,
}

/// Build the report from already selected claims.
pub fn build(mut claims: Vec<Claim>, inputs: Inputs) -> Report {
    let today = inputs.now.date_naive();
    sort(&mut claims, today);
    let counts = Status::ALL
        .iter()
        .map(|&s| (s, claims.iter().filter(|c| c.status == s).count()))
        .collect();
    let since = inputs.since.map(|from| Since {
        from,
        events: events_since(&claims, from),
    });
    let drift = drift(&claims, &inputs.latest_texts);
    let mut corrections: Vec<(String, Correction)> = claims
        .iter()
        .flat_map(|c| {
            verdicts::corrections(&c.history)
                .into_iter()
                .map(|k| (c.id.clone(), k))
        })
        .collect();
    corrections.sort_by(|a, b| (a.1.at, &a.0).cmp(&(b.1.at, &b.0)));
    let claims = claims.into_iter().map(redact).collect();
    Report {
        generated: inputs.now,
        claims,
        sources: inputs.sources,
        counts,
        since,
        drift,
        corrections,
        unreadable: inputs.unreadable,
    }
}

/// Open claims first; among them overdue ones first (earliest `check_after`
/// first), then the oldest; verdicts after, oldest first.
pub fn sort(claims: &mut [Claim], today: NaiveDate) {
    claims.sort_by_cached_key(|c| {
        let overdue = c.is_overdue(today);
        (
            !c.status.is_open(),
            !overdue,
            if overdue { c.check_after } else { None },
            c.logged_at().map(|t| t.date_naive()).or(c.claimed),
            c.id.clone(),
        )
    });
}

/// The time of the revision that gave the claim its current verdict, and who gave it.
pub fn verdict_revision(c: &Claim) -> Option<(DateTime<Utc>, &str)> {
    if c.status.is_open() {
        return None;
    }
    c.history
        .iter()
        .rev()
        .find(|r| {
            r.changes
                .get("status")
                .and_then(|ch| ch.to.as_ref())
                .and_then(Value::as_str)
                == Some(c.status.as_str())
        })
        .map(|r| (r.at, r.by.as_str()))
}

/// The claim with the names of withheld evidence sources removed, also from its history.
pub fn redact(mut c: Claim) -> Claim {
    for e in c.evidence.iter_mut().filter(|e| e.withheld) {
        e.url = None;
        e.source = None;
        e.archived_url = None;
    }
    for r in &mut c.history {
        for (field, change) in &mut r.changes.0 {
            if field != "evidence" {
                continue;
            }
            for item in change.added.iter_mut().chain(change.removed.iter_mut()) {
                if item.get("withheld").and_then(Value::as_bool) == Some(true) {
                    if let Some(map) = item.as_object_mut() {
                        for key in ["url", "source", "archived_url"] {
                            map.remove(key);
                        }
                    }
                }
            }
        }
    }
    c
}

/// Parse `--since`: a date (`2026-11-20`), a time (RFC 3339), or a span back
/// from now (`7d`, `2w`, `12h`).
pub fn parse_since(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, BadSince> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d.and_time(NaiveTime::MIN).and_utc());
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: i64 = number.parse().map_err(|_| since_help(text))?;
    let span = match unit {
        "h" => Duration::try_hours(n),
        "d" => Duration::try_days(n),
        "w" => Duration::try_weeks(n),
        _ => None,
    }
    .ok_or_else(|| since_help(text))?;
    now.checked_sub_signed(span).ok_or_else(|| since_help(text))
}

/// A `--since` that is neither a date, a time nor a span back from now.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date or a span; use YYYY-MM-DD, an RFC 3339 time, or a span such as 12h, 7d, 2w")]
pub struct BadSince(String);

fn since_help(text: &str) -> BadSince {
    BadSince(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Changes, Evidence, Revision, Stance};

    pub(super) fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    pub(super) fn claim(id: &str, status: Status, logged: &str) -> Claim {
        let mut c = Claim::blank(id.into());
        c.statement = format!("statement {id}");
        c.status = status;
        c.history.push(Revision {
            rev: 1,
            at: at(logged),
            by: "alice".into(),
            action: "logged".into(),
            changes: Changes::default(),
            note: None,
        });
        c
    }

    #[test]
    fn open_first_then_overdue_then_oldest() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let mut old = claim("old", Status::Unverified, "2026-01-01T00:00:00Z");
        let mut due = claim("due", Status::InReview, "2026-06-01T00:00:00Z");
        due.check_after = NaiveDate::from_ymd_opt(2026, 11, 1);
        let mut later = claim("later", Status::Unverified, "2025-01-01T00:00:00Z");
        later.check_after = NaiveDate::from_ymd_opt(2027, 1, 1);
        let done = claim("done", Status::Verified, "2020-01-01T00:00:00Z");
        let mut v = vec![done, old.clone(), later.clone(), due.clone()];
        sort(&mut v, today);
        let ids: Vec<&str> = v.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["due", "later", "old", "done"]);
        old.check_after = NaiveDate::from_ymd_opt(2026, 10, 1);
        let mut v = vec![due, old];
        sort(&mut v, today);
        assert_eq!(v[0].id, "old", "the earliest check_after comes first");
    }

    #[test]
    fn since_accepts_dates_times_and_spans() {
        let now = at("2026-11-27T20:00:00Z");
        assert_eq!(parse_since("7d", now).unwrap(), at("2026-11-20T20:00:00Z"));
        assert_eq!(parse_since("2w", now).unwrap(), at("2026-11-13T20:00:00Z"));
        assert_eq!(
            parse_since("2026-11-01", now).unwrap(),
            at("2026-11-01T00:00:00Z")
        );
        assert!(parse_since("7x", now).is_err());
        assert!(parse_since("yesterday", now).is_err());
        assert!(parse_since("99999999999999d", now).is_err());
    }

    #[test]
    fn withheld_evidence_loses_its_source_also_in_history() {
        let mut c = claim("x", Status::Verified, "2026-11-01T00:00:00Z");
        let e = Evidence {
            stance: Stance::Supports,
            summary: "a person who was there".into(),
            url: Some("https://secret.example/informant".into()),
            source: None,
            archived_url: None,
            withheld: true,
            added: at("2026-11-02T00:00:00Z"),
            by: "bob".into(),
        };
        c.evidence.push(e.clone());
        c.history.push(Revision {
            rev: 2,
            at: at("2026-11-02T00:00:00Z"),
            by: "bob".into(),
            action: "verified".into(),
            changes: Changes(vec![(
                "evidence".into(),
                Change {
                    added: vec![serde_json::to_value(&e).unwrap()],
                    ..Change::default()
                },
            )]),
            note: None,
        });
        let r = redact(c);
        let all = serde_json::to_string(&r).unwrap();
        assert!(!all.contains("secret.example"), "{all}");
        assert!(all.contains("a person who was there"));
    }
}
