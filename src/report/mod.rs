//! The verification report as data: which claims, in what order, their counts and recent events.
//!
//! A report is made in two passes, so that its memory does not grow with
//! the store. The first pass sees every selected claim once and keeps only
//! a small `Seen` of it (its place in the order, its status, its
//! corrections and events); `build` sorts those and sums them up into the
//! `Report`, the aggregates a renderer prints around the claims. The second
//! pass is the renderer's: it asks a `Claims` for the selected claims of a
//! part of the report, in report order, and writes each as it comes.
//! Evidence whose source is withheld is redacted before any renderer sees
//! a claim (`redact`, which every `Claims` applies).

mod drift;
mod events;

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde_json::Value;

use crate::model::key::ClaimKey;
use crate::model::verdicts::{self, Correction};
use crate::model::{Claim, Source, Status};

pub use drift::{drift, Drift, DriftState};
pub use events::{events_since, Event, EventKind, Since};

/// Everything a report shows besides the claims themselves.
#[derive(Debug, Clone)]
pub struct Report {
    /// When the report was made.
    pub generated: DateTime<Utc>,
    /// How many claims are selected.
    pub total: usize,
    /// How many of them are open, and how many of those overdue.
    pub open: usize,
    pub overdue: usize,
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
    /// For each claim with corrections, where they are in `corrections`.
    corrected: HashMap<String, Vec<usize>>,
    /// The widest cell of each column of the verdicts table, as `Seen::widths` measured them.
    pub verdict_widths: Vec<usize>,
    /// Files that could not be read, as error messages naming the file.
    pub unreadable: Vec<String>,
}

impl Report {
    pub fn today(&self) -> NaiveDate {
        self.generated.date_naive()
    }

    pub fn open_count(&self) -> usize {
        self.open
    }

    pub fn overdue_count(&self) -> usize {
        self.overdue
    }

    /// How many selected claims have a verdict.
    pub fn verdict_count(&self) -> usize {
        self.total - self.open
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// The number of the revision `c` quotes: found by its digest in its
    /// source (`Source::rev_of`), else the number it names.
    pub fn rev_of(&self, c: &Claim) -> u32 {
        self.source(&c.source.id)
            .map_or(c.source.rev, |s| s.rev_of(&c.source))
    }

    /// The corrections of one claim, oldest first.
    pub fn corrections_of<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Correction> {
        self.corrected
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.corrections.get(i))
            .map(|(_, k)| k)
    }
}

/// Which of the selected claims a renderer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Every selected claim.
    All,
    /// The open claims.
    Open,
    /// The claims with a verdict.
    Verdicts,
    /// The claims with a verdict and a conclusion.
    Concluded,
}

impl Part {
    /// Whether a claim with this status (and a conclusion or not) belongs to the part.
    pub fn holds(self, open: bool, concluded: bool) -> bool {
        match self {
            Part::All => true,
            Part::Open => open,
            Part::Verdicts => !open,
            Part::Concluded => !open && concluded,
        }
    }
}

/// The selected claims, in report order, read as a renderer goes.
pub trait Claims: Sync {
    /// Render every claim of `part` with `render` (called on several claims
    /// at once, each already redacted) and hand each text to `out`, in
    /// report order. Stops at the first error `out` returns.
    fn render_each(
        &self,
        part: Part,
        render: &(dyn Fn(&Claim) -> String + Sync),
        out: &mut dyn FnMut(String) -> std::io::Result<()>,
    ) -> std::io::Result<()>;
}

/// Claims held in memory (a small selection, tests), in report order.
#[derive(Debug, Clone, Default)]
pub struct InMemory(pub Vec<Claim>);

impl Claims for InMemory {
    fn render_each(
        &self,
        part: Part,
        render: &(dyn Fn(&Claim) -> String + Sync),
        out: &mut dyn FnMut(String) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        for c in &self.0 {
            if part.holds(c.status.is_open(), c.conclusion.is_some()) {
                out(render(c))?;
            }
        }
        Ok(())
    }
}

/// What the first pass keeps of one selected claim.
#[derive(Debug, Clone)]
pub struct Seen {
    pub id: String,
    pub status: Status,
    pub overdue: bool,
    check_after: Option<NaiveDate>,
    /// The day it was logged (or claimed).
    started: Option<NaiveDate>,
    pub concluded: bool,
    /// The source it quotes, and the revision.
    pub source: String,
    pub rev: u32,
    /// The digest of the text it quotes, when the claim records one: the
    /// revision is found by it (`Source::rev_of`) once the sources are read.
    pub sha256: Option<String>,
    pub corrections: Vec<Correction>,
    /// Its events since `--since`.
    pub events: Vec<Event>,
    /// The widths of its row in a table of verdicts, as its renderer measures them.
    pub widths: Vec<usize>,
}

impl Seen {
    /// What a report keeps of `c`: `since` is `--since`; `c` needs the
    /// status changes of its history, and every change since then.
    pub fn of(c: &Claim, today: NaiveDate, since: Option<DateTime<Utc>>) -> Seen {
        let mut seen = Seen::of_key(&ClaimKey::of(c), today);
        seen.corrections = verdicts::corrections(&c.history);
        seen.events = since
            .map(|from| events_since(std::slice::from_ref(c), from))
            .unwrap_or_default();
        seen
    }

    /// What a report keeps of the claim whose key is `k`, without its
    /// corrections and events: all of it for a claim that has no
    /// correction (`ClaimKey::corrected`) and no revision since `--since`.
    pub fn of_key(k: &ClaimKey, today: NaiveDate) -> Seen {
        Seen {
            id: k.id.to_string(),
            status: k.status,
            overdue: k.is_overdue(today),
            check_after: k.check_after,
            started: k.logged.map(|t| t.date_naive()).or(k.claimed),
            concluded: k.concluded,
            source: k.source.to_string(),
            rev: k.rev,
            sha256: k.sha256.map(str::to_string),
            corrections: Vec::new(),
            events: Vec::new(),
            widths: Vec::new(),
        }
    }

    /// Open claims first; among them overdue ones first (earliest
    /// `check_after` first), then the oldest; verdicts after, oldest first.
    #[allow(clippy::type_complexity)]
    fn order(&self) -> (bool, bool, Option<NaiveDate>, Option<NaiveDate>, &str) {
        (
            !self.status.is_open(),
            !self.overdue,
            if self.overdue { self.check_after } else { None },
            self.started,
            &self.id,
        )
    }
}

/// A selected claim in report order: where to read it again, and which parts it is in.
#[derive(Debug, Clone)]
pub struct Placed<P> {
    pub at: P,
    pub open: bool,
    pub concluded: bool,
    pub source: String,
    pub rev: u32,
}

/// What a report needs besides the claims: the clock, `--since`, and the sources.
#[derive(Debug)]
pub struct Inputs {
    pub now: DateTime<Utc>,
    pub since: Option<DateTime<Utc>>,
    pub sources: BTreeMap<String, Source>,
    pub unreadable: Vec<String>,
}

/// Build the report from what the first pass saw of each selected claim
/// (and where to find it again); the claims in report order. Quote drift is
/// left empty: it is found afterwards, from the few claims whose source has
/// a newer revision (`drift`).
pub fn build<P>(mut seen: Vec<(P, Seen)>, inputs: Inputs) -> (Report, Vec<Placed<P>>) {
    seen.sort_by(|a, b| a.1.order().cmp(&b.1.order()));
    let counts = Status::ALL
        .iter()
        .map(|&s| (s, seen.iter().filter(|(_, c)| c.status == s).count()))
        .collect();
    let open = seen.iter().filter(|(_, c)| c.status.is_open()).count();
    let overdue = seen.iter().filter(|(_, c)| c.overdue).count();
    let mut widths: Vec<usize> = Vec::new();
    let mut events = Vec::new();
    let mut corrections: Vec<(String, Correction)> = Vec::new();
    let mut placed = Vec::with_capacity(seen.len());
    for (at, c) in seen {
        if !c.status.is_open() {
            if widths.len() < c.widths.len() {
                widths.resize(c.widths.len(), 0);
            }
            for (w, n) in widths.iter_mut().zip(&c.widths) {
                *w = (*w).max(*n);
            }
        }
        events.extend(c.events);
        corrections.extend(c.corrections.into_iter().map(|k| (c.id.clone(), k)));
        placed.push(Placed {
            at,
            open: c.status.is_open(),
            concluded: c.concluded,
            rev: inputs
                .sources
                .get(&c.source)
                .map_or(c.rev, |s| s.rev_of_parts(c.rev, c.sha256.as_deref())),
            source: c.source,
        });
    }
    events.sort_by(|a, b| (a.at, &a.claim, a.rev).cmp(&(b.at, &b.claim, b.rev)));
    corrections.sort_by(|a, b| (a.1.at, &a.0).cmp(&(b.1.at, &b.0)));
    let mut corrected: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (id, _)) in corrections.iter().enumerate() {
        corrected.entry(id.clone()).or_default().push(i);
    }
    let report = Report {
        generated: inputs.now,
        total: placed.len(),
        open,
        overdue,
        sources: inputs.sources,
        counts,
        since: inputs.since.map(|from| Since { from, events }),
        drift: Vec::new(),
        corrections,
        corrected,
        verdict_widths: widths,
        unreadable: inputs.unreadable,
    };
    (report, placed)
}

/// A report of claims held in memory, with their quote drift against
/// `latest_texts` (each source's latest revision and text); `widths` measures a
/// verdict's row as the text renderer does.
pub fn in_memory(
    claims: Vec<Claim>,
    inputs: Inputs,
    latest_texts: &BTreeMap<String, (u32, String)>,
    widths: &dyn Fn(&Claim) -> Vec<usize>,
) -> (Report, InMemory) {
    let today = inputs.now.date_naive();
    let since = inputs.since;
    let seen = claims
        .into_iter()
        .map(|c| {
            let mut s = Seen::of(&c, today, since);
            s.widths = widths(&c);
            (c, s)
        })
        .collect();
    let (mut report, placed) = build(seen, inputs);
    let claims: Vec<Claim> = placed.into_iter().map(|p| p.at).collect();
    report.drift = drift(&claims, latest_texts, &|c| report.rev_of(c));
    (report, InMemory(claims.into_iter().map(redact).collect()))
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
    verdicts::verdict_revision(c)
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
