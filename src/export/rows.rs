//! A claim or a source as rows of the export's tables, in their columns' order.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

use crate::model::{Claim, Source};

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell {
    Null,
    Int(i64),
    Text(String),
}

/// One row, a value a column.
pub(crate) type Row = Vec<Cell>;

/// A claim's rows in `claims`, `evidence`, `responses` and `revisions`.
#[derive(Debug)]
pub(crate) struct ClaimRows {
    pub claim: Row,
    pub evidence: Vec<Row>,
    pub responses: Vec<Row>,
    pub revisions: Vec<Row>,
}

/// A source's rows in `sources` and `source_revisions`.
#[derive(Debug)]
pub(crate) struct SourceRows {
    pub source: Row,
    pub revisions: Vec<Row>,
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn opt(s: Option<&str>) -> Cell {
    s.map_or(Cell::Null, text)
}

fn int(n: impl Into<i64>) -> Cell {
    Cell::Int(n.into())
}

fn count(n: usize) -> Cell {
    Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn time(t: DateTime<Utc>) -> Cell {
    Cell::Text(t.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

fn day(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Null, |d| Cell::Text(d.format("%Y-%m-%d").to_string()))
}

/// A value as JSON text; the model's values always serialise.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> Cell {
    Cell::Text(serde_json::to_string(value).unwrap_or_else(|_| "null".to_string()))
}

/// The rows of a claim. Withheld evidence must already be redacted
/// (`report::redact`): the rows hold what the claim holds.
pub(crate) fn claim_rows(c: &Claim) -> ClaimRows {
    let first = c.history.first();
    let last = c.history.last();
    let verdict = crate::report::verdict_revision(c);
    let a = &c.attribution;
    let claim = vec![
        text(&c.id),
        text(&c.statement),
        text(c.status.as_str()),
        opt(c.rating.as_deref()),
        opt(c.conclusion.as_deref()),
        opt(c.assignee.as_deref()),
        day(c.due),
        text(&c.source.id),
        int(c.source.rev),
        text(&c.source.quote),
        text(&c.source.prefix),
        text(&c.source.suffix),
        opt(a.speaker.as_deref()),
        opt(a.role.as_deref()),
        json(&a.via),
        text(a.kind.as_str()),
        opt(c.hedge.as_deref()),
        day(c.claimed),
        day(c.check_after),
        json(&c.tags),
        count(c.evidence.len()),
        count(c.responses.len()),
        count(c.history.len()),
        first.map_or(Cell::Null, |r| time(r.at)),
        opt(first.map(|r| r.by.as_str())),
        last.map_or(Cell::Null, |r| time(r.at)),
        opt(last.map(|r| r.by.as_str())),
        verdict.map_or(Cell::Null, |(at, _)| time(at)),
        opt(verdict.map(|(_, by)| by)),
    ];
    let evidence = c
        .evidence
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                text(&c.id),
                count(i + 1),
                text(e.stance.as_str()),
                text(&e.summary),
                opt(e.url.as_deref()),
                opt(e.source.as_deref()),
                opt(e.archived_url.as_deref()),
                int(i64::from(e.withheld)),
                time(e.added),
                text(&e.by),
            ]
        })
        .collect();
    let responses = c
        .responses
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                text(&c.id),
                count(i + 1),
                text(&r.party),
                text(r.kind.as_str()),
                opt(r.quote.as_deref()),
                day(r.date),
            ]
        })
        .collect();
    let revisions = c
        .history
        .iter()
        .map(|r| {
            vec![
                text(&c.id),
                int(r.rev),
                time(r.at),
                text(&r.by),
                text(&r.action),
                opt(r.note.as_deref()),
                json(&r.changes),
            ]
        })
        .collect();
    ClaimRows {
        claim,
        evidence,
        responses,
        revisions,
    }
}

/// The rows of a source.
pub(crate) fn source_rows(s: &Source) -> SourceRows {
    let source = vec![
        text(&s.id),
        opt(s.title.as_deref()),
        opt(s.outlet.as_deref()),
        opt(s.url.as_deref()),
        day(s.published),
        opt(s.language.as_deref()),
        s.checked.map_or(Cell::Null, time),
        count(s.revisions.len()),
        s.latest().map_or(Cell::Null, |r| int(r.rev)),
    ];
    let revisions = s
        .revisions
        .iter()
        .map(|r| {
            vec![
                text(&s.id),
                int(r.rev),
                text(&r.file),
                time(r.retrieved),
                text(&r.sha256),
            ]
        })
        .collect();
    SourceRows { source, revisions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::schema;
    use crate::model::{Evidence, Response, ResponseKind, Stance};

    fn sample() -> Claim {
        let at = "2026-11-01T09:00:00Z".parse().unwrap();
        let mut c = Claim::blank("c1".to_string());
        c.statement = "Xi will visit Kazakhstan".to_string();
        c.source.id = "s".to_string();
        c.source.rev = 1;
        c.tags = vec!["xi".to_string(), "trip \"abroad\"".to_string()];
        c.record_as_first(at, "alice".to_string(), "add", None);
        c.evidence.push(Evidence {
            stance: Stance::Supports,
            summary: "a person".to_string(),
            url: None,
            source: None,
            archived_url: None,
            withheld: true,
            added: at,
            by: "bob".to_string(),
        });
        c.responses.push(Response {
            party: "ministry".to_string(),
            kind: ResponseKind::Declined,
            quote: None,
            date: None,
        });
        c
    }

    #[test]
    fn rows_have_one_value_a_column() {
        let rows = claim_rows(&sample());
        assert_eq!(rows.claim.len(), schema::CLAIMS.columns.len());
        assert_eq!(rows.evidence[0].len(), schema::EVIDENCE.columns.len());
        assert_eq!(rows.responses[0].len(), schema::RESPONSES.columns.len());
        assert_eq!(rows.revisions[0].len(), schema::REVISIONS.columns.len());
        let mut s = Source {
            id: "s".to_string(),
            title: None,
            outlet: None,
            url: None,
            published: None,
            language: None,
            checked: None,
            etag: None,
            last_modified: None,
            revisions: Vec::new(),
        };
        s.revisions.push(crate::model::SourceRevision {
            rev: 1,
            file: "r1.txt".to_string(),
            retrieved: "2026-11-01T09:00:00Z".parse().unwrap(),
            sha256: "00".to_string(),
        });
        let rows = source_rows(&s);
        assert_eq!(rows.source.len(), schema::SOURCES.columns.len());
        assert_eq!(
            rows.revisions[0].len(),
            schema::SOURCE_REVISIONS.columns.len()
        );
    }

    #[test]
    fn lists_are_json_and_times_rfc3339() {
        let rows = claim_rows(&sample());
        let col = |name: &str| {
            let i = schema::CLAIMS
                .columns
                .iter()
                .position(|c| c.name == name)
                .unwrap();
            rows.claim[i].clone()
        };
        assert_eq!(col("tags"), text(r#"["xi","trip \"abroad\""]"#));
        assert_eq!(col("via"), text("[]"));
        assert_eq!(col("logged_at"), text("2026-11-01T09:00:00Z"));
        assert_eq!(col("revision_count"), Cell::Int(1));
        assert_eq!(col("verdict_at"), Cell::Null);
        assert_eq!(rows.evidence[0][7], Cell::Int(1));
        assert!(matches!(&rows.revisions[0][6], Cell::Text(t) if t.starts_with('{')));
    }
}
