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

/// One claim of `list --format json`, written a claim at a time: what
/// comes before it (the array's opening for the `first`, else a comma) and
/// the claim, indented as in the whole array's pretty JSON.
pub(crate) fn list_item(c: &Claim, now: DateTime<Utc>, first: bool) -> String {
    // Pretty JSON holds no line break inside a value (strings escape them).
    let text = crate::escape::json(&summary(c, now));
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(if first { "[\n" } else { ",\n" });
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

/// The end of `list --format json` after its items (`empty`: there were none).
pub(crate) fn list_end(empty: bool) -> &'static str {
    if empty {
        "[]\n"
    } else {
        "\n]\n"
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `list --format json` as `list` writes it, a claim at a time.
    fn list(claims: &[Claim], now: DateTime<Utc>) -> String {
        let mut out: String = claims
            .iter()
            .enumerate()
            .map(|(i, c)| list_item(c, now, i == 0))
            .collect();
        out.push_str(list_end(claims.is_empty()));
        out
    }

    #[test]
    fn a_list_written_a_claim_at_a_time_is_the_whole_array_pretty_printed() {
        let now = DateTime::parse_from_rfc3339("2026-11-27T20:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let mut a = Claim::blank("a".into());
        a.statement = "Prices rose <10%> & \"more\"\nsince".into();
        a.tags = vec!["x".into(), "y".into()];
        a.attribution.via = vec!["Tass".into()];
        let b = Claim::blank("b".into());
        for claims in [vec![], vec![a.clone()], vec![a, b]] {
            let whole = pretty(&Value::Array(
                claims.iter().map(|c| summary(c, now)).collect(),
            ));
            assert_eq!(list(&claims, now), whole);
        }
    }
}
