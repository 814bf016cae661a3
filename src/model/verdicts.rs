//! What a claim's history says about its verdicts: corrections (a verdict
//! changed into another, directly or after a reopening), and verdicts that
//! disagree because two people gave them apart, on two branches a merge
//! brought together, until a later revision settles which stands.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{Claim, Revision, Status};

/// The action of a revision that changes one verdict into another, knowingly.
pub(crate) const CORRECTED: &str = "corrected";
/// The action of a revision that confirms a verdict two people disagreed on.
pub(crate) const SETTLED: &str = "settled";
/// The action of a revision that restores an earlier one.
pub(crate) fn reverted(rev: u32) -> String {
    format!("reverted to r{rev}")
}

/// What the merge driver writes into the note of a revision whose change
/// to `status` it had to fit onto the other side's (see `merge.rs`).
const MERGED_STATUS: [&str; 2] = ["merged: ", "`status` was "];

/// One verdict as given: by whom, when, in which revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Given {
    pub rev: u32,
    pub at: DateTime<Utc>,
    pub by: String,
    pub status: Status,
}

/// A verdict changed into another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub rev: u32,
    pub at: DateTime<Utc>,
    pub by: String,
    pub from: Status,
    pub to: Status,
    /// Why: the note of the revision, or of the reopening before it.
    pub note: Option<String>,
}

/// Two verdicts given apart, the later over the earlier, not yet settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Conflict {
    pub earlier: Given,
    pub later: Given,
}

fn status(v: Option<&Value>) -> Option<Status> {
    v.and_then(Value::as_str).and_then(Status::parse)
}

/// The status a revision sets, if it changes it.
fn new_status(r: &Revision) -> Option<Status> {
    r.changes.get("status").and_then(|c| status(c.to.as_ref()))
}

/// Whether a revision that turns one verdict into another was made over it
/// knowingly (a correction, a revert), not given apart and merged after.
fn knowing(r: &Revision) -> bool {
    let merged = r
        .note
        .as_deref()
        .is_some_and(|n| MERGED_STATUS.iter().all(|mark| n.contains(mark)));
    !merged && (r.action == CORRECTED || r.action.starts_with("reverted"))
}

fn given(r: &Revision, status: Status) -> Given {
    Given {
        rev: r.rev,
        at: r.at,
        by: r.by.clone(),
        status,
    }
}

/// The time of the revision that gave the claim its current verdict, and who gave it.
pub(crate) fn verdict_revision(c: &Claim) -> Option<(DateTime<Utc>, &str)> {
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

/// Every verdict changed into another, oldest first.
pub(crate) fn corrections(history: &[Revision]) -> Vec<Correction> {
    let mut out = Vec::new();
    let mut last: Option<Status> = None;
    let mut reopened_note: Option<&str> = None;
    for r in history {
        let Some(to) = new_status(r) else { continue };
        if to.is_open() {
            if last.is_some() {
                reopened_note = r.note.as_deref().or(reopened_note);
            }
            continue;
        }
        if let Some(from) = last.filter(|from| *from != to) {
            out.push(Correction {
                rev: r.rev,
                at: r.at,
                by: r.by.clone(),
                from,
                to,
                note: r.note.clone().or(reopened_note.map(str::to_string)),
            });
        }
        last = Some(to);
        reopened_note = None;
    }
    out
}

/// The disagreement a merge left in the history and no later revision has
/// settled, if there is one.
pub(crate) fn conflict(history: &[Revision]) -> Option<Conflict> {
    let mut current: Option<Given> = None;
    let mut open: Option<Conflict> = None;
    for r in history {
        match new_status(r) {
            Some(to) => {
                let over = current.as_ref().filter(|c| c.status != to);
                open = match over {
                    Some(earlier) if !to.is_open() && !knowing(r) => Some(Conflict {
                        earlier: earlier.clone(),
                        later: given(r, to),
                    }),
                    _ => None,
                };
                current = (!to.is_open()).then(|| given(r, to));
            }
            None if r.action == SETTLED => open = None,
            None => {}
        }
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Changes};

    fn rev(n: u32, by: &str, action: &str, from: &str, to: &str, note: Option<&str>) -> Revision {
        Revision {
            rev: n,
            at: DateTime::UNIX_EPOCH + chrono::Duration::minutes(n.into()),
            by: by.into(),
            action: action.into(),
            changes: Changes(vec![(
                "status".into(),
                Change {
                    from: Some(from.into()),
                    to: Some(to.into()),
                    ..Change::default()
                },
            )]),
            note: note.map(str::to_string),
        }
    }

    fn logged() -> Revision {
        rev(1, "alice", "logged", "", "unverified", None)
    }

    #[test]
    fn corrections_are_verdicts_changed_directly_or_after_reopening() {
        let h = [
            logged(),
            rev(2, "bob", "verified", "unverified", "verified", None),
            rev(
                3,
                "carol",
                CORRECTED,
                "verified",
                "refuted",
                Some("one day only"),
            ),
            rev(
                4,
                "bob",
                "reopened",
                "refuted",
                "unverified",
                Some("new programme"),
            ),
            rev(5, "bob", "mixed", "unverified", "mixed", None),
            rev(6, "bob", "in-review", "mixed", "in-review", None),
            rev(7, "bob", "mixed", "in-review", "mixed", Some("same again")),
        ];
        let c = corrections(&h);
        let seen: Vec<(u32, Status, Status, Option<&str>)> = c
            .iter()
            .map(|c| (c.rev, c.from, c.to, c.note.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                (3, Status::Verified, Status::Refuted, Some("one day only")),
                (5, Status::Refuted, Status::Mixed, Some("new programme")),
            ]
        );
        assert_eq!(conflict(&h), None);
    }

    #[test]
    fn a_verdict_given_over_another_without_knowing_is_a_conflict_until_settled() {
        let mut h = vec![
            logged(),
            rev(2, "bob", "verified", "unverified", "verified", None),
            rev(3, "carol", "refuted", "verified", "refuted", None),
        ];
        let c = conflict(&h).unwrap();
        assert_eq!(
            (c.earlier.by.as_str(), c.earlier.status),
            ("bob", Status::Verified)
        );
        assert_eq!(
            (c.later.by.as_str(), c.later.status),
            ("carol", Status::Refuted)
        );
        let mut settle = logged();
        settle.rev = 4;
        settle.action = SETTLED.into();
        settle.changes = Changes::default();
        h.push(settle);
        assert_eq!(conflict(&h), None);
        h.push(rev(5, "dan", "verified", "refuted", "verified", None));
        assert!(conflict(&h).is_some(), "a new one after settling");
        h.push(rev(
            6,
            "erin",
            &reverted(4),
            "verified",
            "refuted",
            Some("undo"),
        ));
        assert_eq!(conflict(&h), None, "a revert settles it");
    }

    #[test]
    fn two_corrections_merged_are_a_conflict() {
        let h = [
            logged(),
            rev(2, "bob", "verified", "unverified", "verified", None),
            rev(3, "carol", CORRECTED, "verified", "mixed", Some("partly")),
            rev(
                4,
                "dan",
                CORRECTED,
                "mixed",
                "refuted",
                Some("wrong (merged: `status` was mixed on the other side, not verified; this later change is kept)"),
            ),
        ];
        let c = conflict(&h).unwrap();
        assert_eq!(
            (c.earlier.by.as_str(), c.later.by.as_str()),
            ("carol", "dan")
        );
    }

    #[test]
    fn the_merge_driver_leaves_the_marks_conflicts_are_found_by() {
        use crate::model::fields;
        let mut base = crate::model::Claim::blank("x".into());
        base.statement = "s".into();
        base.history.push(Revision {
            changes: fields::diff(&fields::Fields::new(), &fields::project(&base)),
            ..logged()
        });
        let side = |by: &str, minute: i64, action: &str, to: Status| {
            let mut c = base.clone();
            let before = fields::project(&c);
            c.status = to;
            c.evidence.push(crate::model::Evidence {
                stance: crate::model::Stance::Refutes,
                summary: format!("{by}'s evidence"),
                url: Some("https://example.org".into()),
                source: None,
                archived_url: None,
                withheld: false,
                added: DateTime::UNIX_EPOCH,
                by: by.into(),
            });
            c.history.push(Revision {
                rev: 2,
                at: DateTime::UNIX_EPOCH + chrono::Duration::minutes(minute),
                by: by.into(),
                action: action.into(),
                changes: fields::diff(&before, &fields::project(&c)),
                note: None,
            });
            c
        };
        let merged = crate::merge::merge(
            &side("bob", 10, "mixed", Status::Mixed),
            &side("carol", 20, "mixed", Status::Mixed),
        )
        .unwrap();
        assert_eq!(
            conflict(&merged.claim.history),
            None,
            "the same verdict twice"
        );
        let ours = side("bob", 10, "mixed", Status::Mixed);
        let mut theirs = side("carol", 20, "mixed", Status::Mixed);
        // Carol's side corrects her own verdict into another, knowingly.
        let before = fields::project(&theirs);
        theirs.status = Status::Unverifiable;
        theirs.conclusion = Some("Nothing on record.".into());
        theirs.history.push(Revision {
            rev: 3,
            at: DateTime::UNIX_EPOCH + chrono::Duration::minutes(30),
            by: "carol".into(),
            action: CORRECTED.into(),
            changes: fields::diff(&before, &fields::project(&theirs)),
            note: Some("no record".into()),
        });
        let ours = {
            let mut o = ours;
            let before = fields::project(&o);
            o.status = Status::Refuted;
            o.history.push(Revision {
                rev: 3,
                at: DateTime::UNIX_EPOCH + chrono::Duration::minutes(40),
                by: "bob".into(),
                action: CORRECTED.into(),
                changes: fields::diff(&before, &fields::project(&o)),
                note: Some("false".into()),
            });
            o
        };
        let history = crate::merge::merge(&ours, &theirs).unwrap().claim.history;
        let c = conflict(&history).expect("bob's correction was made without carol's");
        assert_eq!(
            (c.earlier.by.as_str(), c.later.by.as_str()),
            ("carol", "bob")
        );
    }
}
