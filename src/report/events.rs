//! What happened to the selected claims since a moment, read from their histories.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::model::{Claim, Status};

/// The events since a moment.
#[derive(Debug, Clone)]
pub struct Since {
    pub from: DateTime<Utc>,
    pub events: Vec<Event>,
}

/// One thing that happened to a claim, read from its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub by: String,
    pub claim: String,
    pub rev: u32,
    pub kind: EventKind,
    /// What changed, in a few words (`unverified → verified`, an evidence summary).
    pub detail: String,
    pub note: Option<String>,
}

/// The kinds of event a report lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Logged,
    VerdictGiven,
    VerdictChanged,
    Reopened,
    StatusChanged,
    EvidenceAdded,
    ResponseAdded,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Logged => "logged",
            EventKind::VerdictGiven => "verdict",
            EventKind::VerdictChanged => "verdict changed",
            EventKind::Reopened => "reopened",
            EventKind::StatusChanged => "status",
            EventKind::EvidenceAdded => "evidence",
            EventKind::ResponseAdded => "response",
        }
    }

    /// The name used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Logged => "logged",
            EventKind::VerdictGiven => "verdict-given",
            EventKind::VerdictChanged => "verdict-changed",
            EventKind::Reopened => "reopened",
            EventKind::StatusChanged => "status-changed",
            EventKind::EvidenceAdded => "evidence-added",
            EventKind::ResponseAdded => "response-added",
        }
    }
}

/// Every event in the claims' histories at or after `from`, oldest first.
pub fn events_since(claims: &[Claim], from: DateTime<Utc>) -> Vec<Event> {
    let mut out = Vec::new();
    for c in claims {
        for r in c.history.iter().filter(|r| r.at >= from) {
            // The revision's note goes with its first event only.
            let first = out.len();
            let event = |kind: EventKind, detail: String| Event {
                at: r.at,
                by: r.by.clone(),
                claim: c.id.clone(),
                rev: r.rev,
                kind,
                detail,
                note: None,
            };
            if r.rev == 1 {
                let mut e = event(EventKind::Logged, c.statement.clone());
                e.note = r.note.clone();
                out.push(e);
                continue;
            }
            if let Some(ch) = r.changes.get("status") {
                let status = |v: &Option<Value>| {
                    v.as_ref()
                        .and_then(Value::as_str)
                        .and_then(Status::parse)
                        .unwrap_or(Status::Unverified)
                };
                let (old, new) = (status(&ch.from), status(&ch.to));
                let kind = match (old.is_open(), new.is_open()) {
                    (true, false) => EventKind::VerdictGiven,
                    (false, false) => EventKind::VerdictChanged,
                    (false, true) => EventKind::Reopened,
                    (true, true) => EventKind::StatusChanged,
                };
                out.push(event(kind, format!("{old} → {new}")));
            }
            if let Some(ch) = r.changes.get("evidence") {
                for item in &ch.added {
                    out.push(event(EventKind::EvidenceAdded, item_label(item)));
                }
            }
            if let Some(ch) = r.changes.get("responses") {
                for item in &ch.added {
                    out.push(event(EventKind::ResponseAdded, item_label(item)));
                }
            }
            if let Some(e) = out.get_mut(first) {
                e.note = r.note.clone();
            }
        }
    }
    out.sort_by(|a, b| (a.at, &a.claim, a.rev).cmp(&(b.at, &b.claim, b.rev)));
    out
}

fn item_label(item: &Value) -> String {
    let text = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("");
    if item.get("party").is_some() {
        format!("{} ({})", text("party"), text("kind"))
    } else {
        format!("{}: {}", text("stance"), text("summary"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Changes, Revision};
    use crate::report::tests::{at, claim};

    #[test]
    fn since_reads_verdicts_and_reopenings_from_history() {
        let mut c = claim("x", Status::Unverified, "2026-11-01T00:00:00Z");
        let status = |from: &str, to: &str| {
            Changes(vec![(
                "status".into(),
                Change {
                    from: Some(from.into()),
                    to: Some(to.into()),
                    ..Change::default()
                },
            )])
        };
        for (rev, when, ch) in [
            (2, "2026-11-10T00:00:00Z", status("unverified", "verified")),
            (3, "2026-11-21T00:00:00Z", status("verified", "refuted")),
            (4, "2026-11-22T00:00:00Z", status("refuted", "in-review")),
        ] {
            c.history.push(Revision {
                rev,
                at: at(when),
                by: "bob".into(),
                action: "x".into(),
                changes: ch,
                note: None,
            });
        }
        let ev = events_since(&[c], at("2026-11-20T00:00:00Z"));
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EventKind::VerdictChanged, EventKind::Reopened]);
        assert_eq!(ev[0].detail, "verified → refuted");
    }
}
