//! Claims as JSON for other programs: `list`, `show` and `log` with `--format json`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

use crate::model::Claim;

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Pretty JSON, safe inside HTML as every JSON output is (`<` as `\u003c` …).
fn pretty(v: &Value) -> String {
    let mut text = crate::escape::json(v);
    text.push('\n');
    text
}

/// One line of `list`: the claim's fields without its evidence, responses and history.
fn summary(c: &Claim, now: DateTime<Utc>) -> Value {
    json!({
        "id": c.id,
        "status": c.status.as_str(),
        "open": c.status.is_open(),
        "rating": c.rating,
        "conclusion": c.conclusion,
        "assignee": c.assignee,
        "due": c.due,
        "overdue": c.is_overdue(now.date_naive()),
        "age_days": c.age_days(now),
        "statement": c.statement,
        "speaker": c.attribution.speaker,
        "via": c.attribution.via,
        "kind": c.attribution.kind.as_str(),
        "source": {"id": c.source.id, "rev": c.source.rev},
        "claimed": c.claimed,
        "check_after": c.check_after,
        "tags": c.tags,
        "evidence": c.evidence.len(),
        "logged": c.logged_at().map(time),
        "last_change": c.last_change().map(time),
    })
}

/// `list --format json`: an array of claims, in the order of the table.
pub(crate) fn list(claims: &[Claim], now: DateTime<Utc>) -> String {
    pretty(&Value::Array(
        claims.iter().map(|c| summary(c, now)).collect(),
    ))
}

/// `show --format json`: every field of the claim as stored, then what is derived from it.
pub(crate) fn show(c: &Claim, now: DateTime<Utc>) -> String {
    let mut m = match serde_json::to_value(c) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    m.insert("open".into(), json!(c.status.is_open()));
    m.insert("overdue".into(), json!(c.is_overdue(now.date_naive())));
    m.insert("age_days".into(), json!(c.age_days(now)));
    pretty(&Value::Object(m))
}

/// `log --format json`: the revisions as stored, oldest first.
pub(crate) fn log(c: &Claim) -> String {
    pretty(&serde_json::to_value(&c.history).unwrap_or(Value::Null))
}
