//! The report as JSON: the summary and every field of every selected claim, in a fixed order.
//!
//! The shape is documented in `docs/report-json.md`; fields are only ever added.
//! Serialised straight from borrowed data (no intermediate values), so that a
//! 10,000-claim report stays fast.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::model::{Changes, Claim, Evidence, Response, Revision};
use std::io::Write;

use crate::report::{Claims, Drift, Event, Part, Report};

/// Version of the JSON shape, raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// Stands for the claims while the rest of the report is serialised.
const CLAIMS_MARK: &str = "\u{1}claims\u{1}";

/// The report as pretty-printed JSON, ending with a newline, written to `w`
/// a claim at a time: byte for byte what serialising the whole report at
/// once gives.
pub fn render(report: &Report, claims: &dyn Claims, w: &mut dyn Write) -> std::io::Result<()> {
    let whole = serde_json::to_string_pretty(&JsonReport(report)).unwrap_or_else(|_| "{}".into());
    let mark = serde_json::to_string(CLAIMS_MARK).unwrap_or_default();
    let (head, tail) = match whole.find(&mark) {
        Some(at) => (&whole[..at], &whole[at + mark.len()..]),
        None => (whole.as_str(), ""),
    };
    w.write_all(crate::escape::json_for_html(head.to_string()).as_bytes())?;
    if report.total == 0 {
        w.write_all(b"[]")?;
    } else {
        w.write_all(b"[\n")?;
        let mut first = true;
        claims.render_each(
            Part::All,
            &|c| {
                let text = serde_json::to_string_pretty(&claim(report, c)).unwrap_or_default();
                let mut out = String::with_capacity(text.len() + text.len() / 8);
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str("    ");
                    out.push_str(line);
                }
                crate::escape::json_for_html(out)
            },
            &mut |s| {
                if !first {
                    w.write_all(b",\n")?;
                }
                first = false;
                w.write_all(s.as_bytes())
            },
        )?;
        w.write_all(b"\n  ]")?;
    }
    w.write_all(crate::escape::json_for_html(tail.to_string()).as_bytes())?;
    w.write_all(b"\n")
}

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

struct JsonReport<'a>(&'a Report);

#[derive(Serialize)]
struct Summary<'a> {
    total: usize,
    open: usize,
    overdue: usize,
    verdicts: usize,
    by_status: ByStatus<'a>,
}

struct ByStatus<'a>(&'a Report);

impl Serialize for ByStatus<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.counts.len()))?;
        for (status, n) in &self.0.counts {
            m.serialize_entry(status.as_str(), n)?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct SinceJson<'a> {
    from: String,
    events: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    at: String,
    by: &'a str,
    claim: &'a str,
    rev: u32,
    kind: &'static str,
    detail: &'a str,
    note: Option<&'a str>,
}

impl<'a> From<&'a Event> for EventJson<'a> {
    fn from(e: &'a Event) -> Self {
        EventJson {
            at: time(e.at),
            by: &e.by,
            claim: &e.claim,
            rev: e.rev,
            kind: e.kind.key(),
            detail: &e.detail,
            note: e.note.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct CorrectionJson<'a> {
    claim: &'a str,
    at: String,
    by: &'a str,
    rev: u32,
    from: &'static str,
    to: &'static str,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct DriftJson<'a> {
    claim: &'a str,
    source: &'a str,
    rev: u32,
    latest: u32,
    state: &'static str,
}

impl<'a> From<&'a Drift> for DriftJson<'a> {
    fn from(d: &'a Drift) -> Self {
        DriftJson {
            claim: &d.claim,
            source: &d.source,
            rev: d.rev,
            latest: d.latest,
            state: d.state.as_str(),
        }
    }
}

impl Serialize for JsonReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let open = r.open_count();
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("schema", &SCHEMA_VERSION)?;
        m.serialize_entry("generated", &time(r.generated))?;
        m.serialize_entry(
            "summary",
            &Summary {
                total: r.total,
                open,
                overdue: r.overdue_count(),
                verdicts: r.verdict_count(),
                by_status: ByStatus(r),
            },
        )?;
        // Written in its place by `render`, a claim at a time.
        m.serialize_entry("claims", CLAIMS_MARK)?;
        let since = r.since.as_ref().map(|s| SinceJson {
            from: time(s.from),
            events: s.events.iter().map(EventJson::from).collect(),
        });
        m.serialize_entry("since", &since)?;
        let drift: Vec<DriftJson> = r.drift.iter().map(DriftJson::from).collect();
        m.serialize_entry("quote_drift", &drift)?;
        let corrections: Vec<CorrectionJson> = r
            .corrections
            .iter()
            .map(|(claim, k)| CorrectionJson {
                claim,
                at: time(k.at),
                by: &k.by,
                rev: k.rev,
                from: k.from.as_str(),
                to: k.to.as_str(),
                note: k.note.as_deref(),
            })
            .collect();
        m.serialize_entry("corrections", &corrections)?;
        m.serialize_entry("unreadable", &r.unreadable)?;
        m.end()
    }
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    id: &'a str,
    statement: &'a str,
    status: &'static str,
    open: bool,
    rating: Option<&'a str>,
    conclusion: Option<&'a str>,
    assignee: Option<&'a str>,
    due: Option<NaiveDate>,
    source: SourceJson<'a>,
    attribution: AttributionJson<'a>,
    hedge: Option<&'a str>,
    claimed: Option<NaiveDate>,
    check_after: Option<NaiveDate>,
    overdue: bool,
    age_days: i64,
    logged: Option<String>,
    last_change: Option<String>,
    verdict_given: Option<String>,
    verdict_by: Option<&'a str>,
    tags: &'a [String],
    evidence: Vec<EvidenceJson<'a>>,
    responses: Vec<ResponseJson<'a>>,
    history: Vec<RevisionJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    rev: u32,
    quote: &'a str,
    prefix: &'a str,
    suffix: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<NaiveDate>,
    latest_rev: Option<u32>,
}

#[derive(Serialize)]
struct AttributionJson<'a> {
    speaker: Option<&'a str>,
    role: Option<&'a str>,
    via: &'a [String],
    kind: &'static str,
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    stance: &'static str,
    summary: &'a str,
    url: Option<&'a str>,
    source: Option<&'a str>,
    archived_url: Option<&'a str>,
    withheld: bool,
    added: String,
    by: &'a str,
}

impl<'a> From<&'a Evidence> for EvidenceJson<'a> {
    fn from(e: &'a Evidence) -> Self {
        EvidenceJson {
            stance: e.stance.as_str(),
            summary: &e.summary,
            url: e.url.as_deref(),
            source: e.source.as_deref(),
            archived_url: e.archived_url.as_deref(),
            withheld: e.withheld,
            added: time(e.added),
            by: &e.by,
        }
    }
}

#[derive(Serialize)]
struct ResponseJson<'a> {
    party: &'a str,
    kind: &'static str,
    quote: Option<&'a str>,
    date: Option<NaiveDate>,
}

impl<'a> From<&'a Response> for ResponseJson<'a> {
    fn from(r: &'a Response) -> Self {
        ResponseJson {
            party: &r.party,
            kind: r.kind.as_str(),
            quote: r.quote.as_deref(),
            date: r.date,
        }
    }
}

#[derive(Serialize)]
struct RevisionJson<'a> {
    rev: u32,
    at: String,
    by: &'a str,
    action: &'a str,
    changes: &'a Changes,
    note: Option<&'a str>,
}

impl<'a> From<&'a Revision> for RevisionJson<'a> {
    fn from(r: &'a Revision) -> Self {
        RevisionJson {
            rev: r.rev,
            at: time(r.at),
            by: &r.by,
            action: &r.action,
            changes: &r.changes,
            note: r.note.as_deref(),
        }
    }
}

fn claim<'a>(report: &'a Report, c: &'a Claim) -> ClaimJson<'a> {
    let source = report.source(&c.source.id);
    let verdict = crate::report::verdict_revision(c);
    ClaimJson {
        id: &c.id,
        statement: &c.statement,
        status: c.status.as_str(),
        open: c.status.is_open(),
        rating: c.rating.as_deref(),
        conclusion: c.conclusion.as_deref(),
        assignee: c.assignee.as_deref(),
        due: c.due,
        source: SourceJson {
            id: &c.source.id,
            rev: report.rev_of(c),
            quote: &c.source.quote,
            prefix: &c.source.prefix,
            suffix: &c.source.suffix,
            title: source.and_then(|s| s.title.as_deref()),
            outlet: source.and_then(|s| s.outlet.as_deref()),
            url: source.and_then(|s| s.url.as_deref()),
            published: source.and_then(|s| s.published),
            latest_rev: source.map(|s| s.latest_rev()),
        },
        attribution: AttributionJson {
            speaker: c.attribution.speaker.as_deref(),
            role: c.attribution.role.as_deref(),
            via: &c.attribution.via,
            kind: c.attribution.kind.as_str(),
        },
        hedge: c.hedge.as_deref(),
        claimed: c.claimed,
        check_after: c.check_after,
        overdue: c.is_overdue(report.today()),
        age_days: c.age_days(report.generated),
        logged: c.logged_at().map(time),
        last_change: c.last_change().map(time),
        verdict_given: verdict.map(|(at, _)| time(at)),
        verdict_by: verdict.map(|(_, by)| by),
        tags: &c.tags,
        evidence: c.evidence.iter().map(EvidenceJson::from).collect(),
        responses: c.responses.iter().map(ResponseJson::from).collect(),
        history: c.history.iter().map(RevisionJson::from).collect(),
    }
}
