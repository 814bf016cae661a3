//! Merging two versions of one claim without losing a revision: the logic behind `merge-driver`.
//!
//! Both histories are united (a revision is the same on both sides when its
//! time, author, action and note are), ordered by time after the
//! revisions both sides share, renumbered, and replayed to give the current
//! state. Where both sides changed the same field, both revisions are kept
//! and the later one wins: its `from` is set to what the field held at that
//! point of the united history, and its note says so.

use serde_json::Value;

use crate::model::fields::{self, Fields};
use crate::model::{rules, Change, Changes, Claim, Revision};

/// The first line of a claim file the merge driver could not merge.
pub(crate) const UNDECIDED: &str = "# claimtrack merge-driver could not merge this claim: ";

/// A merged claim and what the merge had to decide.
#[derive(Debug, Clone)]
pub(crate) struct Merged {
    pub claim: Claim,
    /// Revisions only ours had, and only theirs had.
    pub ours_only: usize,
    pub theirs_only: usize,
    /// Fields both sides changed, with the revision whose value was kept.
    pub decided: Vec<(String, u32)>,
}

/// Whether two revisions are the same act: same time, author, action, note
/// and changes. Of the changes only what each field became is compared
/// (`to`, the items added and removed), as a merge may have fitted a `from`
/// to the other side's history (and said so at the end of the note). Two
/// `evidence` commands at one pinned time add different items: both are kept.
fn same(a: &Revision, b: &Revision) -> bool {
    a.at == b.at
        && a.by == b.by
        && a.action == b.action
        && own_note(a) == own_note(b)
        && outcome(a) == outcome(b)
}

/// What a revision made of one field: its name, `to`, items added and removed.
type Outcome<'a> = (&'a str, Option<&'a Value>, &'a [Value], &'a [Value]);

/// What a revision's changes made of each field.
fn outcome(r: &Revision) -> Vec<Outcome<'_>> {
    r.changes
        .iter()
        .map(|(field, c)| {
            (
                field.as_str(),
                c.to.as_ref(),
                c.added.as_slice(),
                c.removed.as_slice(),
            )
        })
        .collect()
}

/// A revision's note without what a merge added to it.
fn own_note(r: &Revision) -> Option<&str> {
    let note = r.note.as_deref()?;
    if note.starts_with(MERGED) {
        return None;
    }
    Some(match note.find(&format!(" ({MERGED}")) {
        Some(i) => &note[..i],
        None => note,
    })
}

const MERGED: &str = "merged: ";

/// Why two versions of a claim cannot be merged without a person deciding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Unmergeable {
    #[error("the two sides are different claims (`{ours}` and `{theirs}`)")]
    DifferentClaims { ours: String, theirs: String },
    #[error("{side}: its history does not replay (revision {rev}: {message})")]
    SideDoesNotReplay {
        side: &'static str,
        rev: usize,
        message: String,
    },
    #[error("{side}: fields differ from its history ({}), a hand edit that was never recorded; run `claimtrack record {id}` on that side first", .fields.join(", "))]
    SideEditedByHand {
        side: &'static str,
        id: String,
        fields: Vec<String>,
    },
    #[error("both sides logged a claim `{0}` on their own (their first revisions differ); keep one, and log the other under another id")]
    LoggedTwice(String),
    #[error("the united history does not replay (revision {rev}: {message})")]
    DoesNotReplay { rev: usize, message: String },
    #[error(transparent)]
    Field(#[from] fields::FieldError),
    #[error("the merged claim would break a rule: {0}")]
    BreaksRule(String),
    #[error("a side cannot be read: {0}")]
    Unreadable(String),
}

/// Why a side cannot be merged by replaying its history, if it cannot.
fn unrecorded(side: &'static str, claim: &Claim) -> Option<Unmergeable> {
    let (state, issues) = fields::replay(&claim.history, None);
    if let Some(issue) = issues.first() {
        return Some(Unmergeable::SideDoesNotReplay {
            side,
            rev: issue.index + 1,
            message: issue.message.clone(),
        });
    }
    let current = fields::project(claim);
    if state != current {
        let names: Vec<String> = fields::diff(&state, &current)
            .iter()
            .map(|(f, _)| f.clone())
            .collect();
        return Some(Unmergeable::SideEditedByHand {
            side,
            id: claim.id.clone(),
            fields: names,
        });
    }
    None
}

fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "nothing".into(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

/// Merge `ours` and `theirs` (two versions of one claim). An error says why
/// the merge cannot be decided.
pub(crate) fn merge(ours: &Claim, theirs: &Claim) -> Result<Merged, Unmergeable> {
    if ours.id != theirs.id {
        return Err(Unmergeable::DifferentClaims {
            ours: ours.id.clone(),
            theirs: theirs.id.clone(),
        });
    }
    for (side, claim) in [("ours", ours), ("theirs", theirs)] {
        if let Some(why) = unrecorded(side, claim) {
            return Err(why);
        }
    }
    let shared = ours
        .history
        .iter()
        .zip(&theirs.history)
        .take_while(|(a, b)| same(a, b))
        .count();
    if shared == 0 && !ours.history.is_empty() && !theirs.history.is_empty() {
        return Err(Unmergeable::LoggedTwice(ours.id.clone()));
    }
    let ours_tail: Vec<&Revision> = ours.history[shared..].iter().collect();
    let theirs_tail: Vec<&Revision> = theirs.history[shared..]
        .iter()
        .filter(|t| !ours_tail.iter().any(|o| same(o, t)))
        .collect();
    // Both tails in time order, each keeping its own order on equal times.
    let mut order: Vec<(bool, &Revision)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < ours_tail.len() || j < theirs_tail.len() {
        let take_ours = match (ours_tail.get(i), theirs_tail.get(j)) {
            (Some(o), Some(t)) => o.at <= t.at,
            (Some(_), None) => true,
            _ => false,
        };
        if take_ours {
            order.push((true, ours_tail[i]));
            i += 1;
        } else {
            order.push((false, theirs_tail[j]));
            j += 1;
        }
    }
    let mut history: Vec<Revision> = ours.history[..shared].to_vec();
    let mut decided = Vec::new();
    let mut last_side: Vec<(String, bool)> = Vec::new();
    for (is_ours, r) in order {
        let (state, _) = fields::replay(&history, None);
        let mut revision = r.clone();
        revision.rev = history.len() as u32 + 1;
        let mut notes = Vec::new();
        revision.changes = Changes(
            r.changes
                .iter()
                .filter_map(|(field, change)| {
                    let fixed = reconcile(&state, field, change, &mut notes)?;
                    let other_side_touched = last_side
                        .iter()
                        .any(|(f, side)| f == field && *side != is_ours);
                    if other_side_touched && !fields::is_list(field) {
                        decided.push((field.clone(), revision.rev));
                    }
                    Some((field.clone(), fixed))
                })
                .collect(),
        );
        for (field, _) in r.changes.iter() {
            last_side.retain(|(f, _)| f != field);
            last_side.push((field.clone(), is_ours));
        }
        if !notes.is_empty() {
            let merged = format!("{MERGED}{}", notes.join("; "));
            revision.note = Some(match revision.note.take() {
                Some(n) => format!("{n} ({merged})"),
                None => merged,
            });
        }
        history.push(revision);
    }
    let (state, issues) = fields::replay(&history, None);
    if let Some(issue) = issues.first() {
        return Err(Unmergeable::DoesNotReplay {
            rev: issue.index + 1,
            message: issue.message.clone(),
        });
    }
    let mut claim = fields::build(&ours.id, &state)?;
    claim.history = history;
    if let Some(problem) = rules::verdict_problem(&claim) {
        return Err(Unmergeable::BreaksRule(problem.to_string()));
    }
    Ok(Merged {
        claim,
        ours_only: ours_tail.len(),
        theirs_only: theirs_tail.len(),
        decided,
    })
}

/// One change made to fit the state the united history has reached; None
/// when nothing of it is left to do.
fn reconcile(
    state: &Fields,
    field: &str,
    change: &Change,
    notes: &mut Vec<String>,
) -> Option<Change> {
    let current = state.get(field);
    if fields::is_list(field) {
        let items = current
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut fixed = change.clone();
        fixed.removed.retain(|v| {
            let present = items.contains(v);
            if !present {
                notes.push(format!(
                    "`{field}`: an item was already removed on the other side"
                ));
            }
            present
        });
        fixed.added.retain(|v| {
            let present = items.contains(v);
            if present {
                notes.push(format!(
                    "`{field}`: an item was already added on the other side"
                ));
            }
            !present
        });
        return (!fixed.added.is_empty() || !fixed.removed.is_empty()).then_some(fixed);
    }
    let absent = |v: Option<&Value>| match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        _ => false,
    };
    let from_matches =
        change.from.as_ref() == current || (absent(change.from.as_ref()) && absent(current));
    if from_matches {
        return Some(change.clone());
    }
    if change.to.as_ref() == current || (absent(change.to.as_ref()) && absent(current)) {
        notes.push(format!(
            "`{field}` was already {} on the other side",
            show(current)
        ));
        return None;
    }
    notes.push(format!(
        "`{field}` was {} on the other side, not {}; this later change is kept",
        show(current),
        show(change.from.as_ref())
    ));
    Some(Change {
        from: current.cloned(),
        ..change.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Stance, Status};
    use chrono::{DateTime, Utc};

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-11-27T20:{minute:02}:00Z").parse().unwrap()
    }

    /// Apply `mutate` to `claim` and record it as a revision, as the commands do.
    fn change(
        claim: &mut Claim,
        minute: u32,
        by: &str,
        action: &str,
        mutate: impl FnOnce(&mut Claim),
    ) {
        let before = fields::project(claim);
        mutate(claim);
        let changes = fields::diff(&before, &fields::project(claim));
        claim.history.push(Revision {
            rev: claim.history.len() as u32 + 1,
            at: at(minute),
            by: by.into(),
            action: action.into(),
            changes,
            note: None,
        });
    }

    fn evidence(stance: Stance, minute: u32, by: &str) -> Evidence {
        Evidence {
            stance,
            summary: format!("{by} found it"),
            url: Some("https://example.org/e".into()),
            source: None,
            archived_url: None,
            withheld: false,
            added: at(minute),
            by: by.into(),
        }
    }

    fn base() -> Claim {
        let mut c = Claim::blank("x".into());
        c.statement = "Xi will visit Kazakhstan.".into();
        c.source.id = "s".into();
        c.source.rev = 1;
        c.source.quote = "Xi intends to visit Kazakhstan".into();
        c.history.push(Revision {
            rev: 1,
            at: at(0),
            by: "alice".into(),
            action: "logged".into(),
            changes: fields::diff(&Fields::new(), &fields::project(&c)),
            note: None,
        });
        c
    }

    #[test]
    fn evidence_on_one_side_and_a_verdict_on_the_other_are_both_kept() {
        let mut ours = base();
        change(&mut ours, 5, "alice", "evidence", |c| {
            c.evidence.push(evidence(Stance::Supports, 5, "alice"))
        });
        let mut theirs = base();
        change(&mut theirs, 7, "bob", "refuted", |c| {
            c.status = Status::Refuted;
            c.evidence.push(evidence(Stance::Refutes, 7, "bob"));
        });
        let m = merge(&ours, &theirs).unwrap();
        let actions: Vec<_> = m
            .claim
            .history
            .iter()
            .map(|r| (r.rev, r.action.as_str()))
            .collect();
        assert_eq!(actions, [(1, "logged"), (2, "evidence"), (3, "refuted")]);
        assert_eq!(m.claim.status, Status::Refuted);
        assert_eq!(m.claim.evidence.len(), 2);
        assert!(m.decided.is_empty());
        assert_eq!((m.ours_only, m.theirs_only), (1, 1));
    }

    #[test]
    fn both_changing_a_field_keeps_the_later_and_records_both() {
        let mut ours = base();
        change(&mut ours, 9, "alice", "edited", |c| {
            c.statement = "Xi will go to Astana.".into()
        });
        let mut theirs = base();
        change(&mut theirs, 3, "bob", "edited", |c| {
            c.statement = "Xi will visit Astana.".into()
        });
        let m = merge(&ours, &theirs).unwrap();
        assert_eq!(m.claim.statement, "Xi will go to Astana.");
        assert_eq!(m.claim.history.len(), 3);
        assert_eq!(m.decided, vec![("statement".to_string(), 3)]);
        let last = &m.claim.history[2];
        assert!(last
            .note
            .as_deref()
            .unwrap()
            .contains("later change is kept"));
        let (state, issues) = fields::replay(&m.claim.history, None);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(state, fields::project(&m.claim));
        // Merging the result with either side again changes nothing.
        let again = merge(&m.claim, &ours).unwrap();
        assert_eq!(again.claim.history.len(), 3);
    }

    #[test]
    fn two_claims_logged_apart_under_one_id_cannot_be_decided() {
        let ours = base();
        let mut theirs = base();
        theirs.history[0].by = "bob".into();
        let err = merge(&ours, &theirs).unwrap_err().to_string();
        assert!(err.contains("on their own"), "{err}");
    }

    #[test]
    fn an_unrecorded_hand_edit_cannot_be_decided() {
        let ours = base();
        let mut theirs = base();
        theirs.statement = "edited by hand".into();
        let err = merge(&ours, &theirs).unwrap_err().to_string();
        assert!(err.contains("theirs") && err.contains("statement"), "{err}");
    }
}
