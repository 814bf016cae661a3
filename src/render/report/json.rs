//! The report as JSON: the summary and every field of every selected claim, in a fixed order.
//!
//! The shape is documented in `docs/report-json.md`; fields are only ever added.

use serde_json::{json, Map, Value};

use crate::model::Claim;
use crate::report::Report;

/// Version of the JSON shape, raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// The report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(&value(report)).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

/// The report as a JSON value.
pub fn value(report: &Report) -> Value {
    let today = report.today();
    let by_status: Map<String, Value> = report
        .counts
        .iter()
        .map(|(s, n)| (s.as_str().to_string(), json!(n)))
        .collect();
    let open = report.open_count();
    let claims: Vec<Value> = report
        .claims
        .iter()
        .map(|c| claim(report, c, today))
        .collect();
    json!({
        "schema": SCHEMA_VERSION,
        "generated": report.generated.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "summary": {
            "total": report.claims.len(),
            "open": open,
            "overdue": report.overdue_count(),
            "verdicts": report.claims.len() - open,
            "by_status": by_status,
        },
        "claims": claims,
        "since": report.since.as_ref().map(|s| json!({
            "from": s.from.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "events": s.events.iter().map(|e| json!({
                "at": e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "by": e.by,
                "claim": e.claim,
                "rev": e.rev,
                "kind": e.kind.key(),
                "detail": e.detail,
                "note": e.note,
            })).collect::<Vec<_>>(),
        })),
        "quote_drift": report.drift.iter().map(|d| json!({
            "claim": d.claim,
            "source": d.source,
            "rev": d.rev,
            "latest": d.latest,
            "state": d.state.as_str(),
        })).collect::<Vec<_>>(),
        "unreadable": report.unreadable,
    })
}

fn claim(report: &Report, c: &Claim, today: chrono::NaiveDate) -> Value {
    let evidence: Vec<Value> = c
        .evidence
        .iter()
        .map(|e| {
            json!({
                "stance": e.stance.as_str(),
                "summary": e.summary,
                "url": e.url,
                "source": e.source,
                "archived_url": e.archived_url,
                "withheld": e.withheld,
                "added": e.added.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "by": e.by,
            })
        })
        .collect();
    let responses: Vec<Value> = c
        .responses
        .iter()
        .map(|r| {
            json!({
                "party": r.party,
                "kind": r.kind.as_str(),
                "quote": r.quote,
                "date": r.date,
            })
        })
        .collect();
    let history: Vec<Value> = c
        .history
        .iter()
        .map(|r| {
            json!({
                "rev": r.rev,
                "at": r.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "by": r.by,
                "action": r.action,
                "changes": r.changes,
                "note": r.note,
            })
        })
        .collect();
    let source = report.source(&c.source.id);
    let verdict = crate::report::verdict_revision(c);
    json!({
        "id": c.id,
        "statement": c.statement,
        "status": c.status.as_str(),
        "open": c.status.is_open(),
        "rating": c.rating,
        "source": {
            "id": c.source.id,
            "rev": c.source.rev,
            "quote": c.source.quote,
            "prefix": c.source.prefix,
            "suffix": c.source.suffix,
            "title": source.and_then(|s| s.title.clone()),
            "outlet": source.and_then(|s| s.outlet.clone()),
            "url": source.and_then(|s| s.url.clone()),
            "published": source.and_then(|s| s.published),
            "latest_rev": source.map(|s| s.latest_rev()),
        },
        "attribution": {
            "speaker": c.attribution.speaker,
            "role": c.attribution.role,
            "via": c.attribution.via,
            "kind": c.attribution.kind.as_str(),
        },
        "hedge": c.hedge,
        "claimed": c.claimed,
        "check_after": c.check_after,
        "overdue": c.is_overdue(today),
        "age_days": c.age_days(report.generated),
        "logged": c.logged_at().map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "last_change": c.last_change().map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "verdict_given": verdict.map(|(at, _)| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "verdict_by": verdict.map(|(_, by)| by),
        "tags": c.tags,
        "evidence": evidence,
        "responses": responses,
        "history": history,
    })
}
