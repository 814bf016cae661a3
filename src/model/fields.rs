//! A claim seen as named fields: the unit of history, replay and diff.
//!
//! Nested fields are named with a dot (`source.quote`, `attribution.via`).
//! Null, empty text and empty lists are all "absent", so revision 1 records
//! exactly the fields a claim was logged with.

use serde_json::{Map, Value};

use super::{Change, Changes, Claim, Revision};

/// Field values by name, in canonical order.
pub type Fields = Map<String, Value>;

/// Every recorded field, in the order claims are written.
pub const ORDER: [&str; 18] = [
    "statement",
    "status",
    "rating",
    "source.id",
    "source.rev",
    "source.quote",
    "source.prefix",
    "source.suffix",
    "attribution.speaker",
    "attribution.role",
    "attribution.via",
    "attribution.kind",
    "hedge",
    "claimed",
    "check_after",
    "tags",
    "evidence",
    "responses",
];

/// Fields whose changes record items added and removed.
pub fn is_list(field: &str) -> bool {
    matches!(field, "attribution.via" | "tags" | "evidence" | "responses")
}

pub fn is_known(field: &str) -> bool {
    ORDER.contains(&field)
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The value of one field of `claim` (Null when absent).
pub fn get(claim: &Claim, field: &str) -> Value {
    match field {
        "statement" => to_value(&claim.statement),
        "status" => to_value(&claim.status),
        "rating" => to_value(&claim.rating),
        "source.id" => to_value(&claim.source.id),
        "source.rev" => to_value(&claim.source.rev),
        "source.quote" => to_value(&claim.source.quote),
        "source.prefix" => to_value(&claim.source.prefix),
        "source.suffix" => to_value(&claim.source.suffix),
        "attribution.speaker" => to_value(&claim.attribution.speaker),
        "attribution.role" => to_value(&claim.attribution.role),
        "attribution.via" => to_value(&claim.attribution.via),
        "attribution.kind" => to_value(&claim.attribution.kind),
        "hedge" => to_value(&claim.hedge),
        "claimed" => to_value(&claim.claimed),
        "check_after" => to_value(&claim.check_after),
        "tags" => to_value(&claim.tags),
        "evidence" => to_value(&claim.evidence),
        "responses" => to_value(&claim.responses),
        _ => Value::Null,
    }
}

fn is_absent(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// The claim's recorded fields, absent ones left out.
pub fn project(claim: &Claim) -> Fields {
    let mut out = Fields::new();
    for field in ORDER {
        let v = get(claim, field);
        if !is_absent(&v) {
            out.insert(field.to_string(), v);
        }
    }
    out
}

/// Set one field of `claim` from a value; an error says why the value does not fit.
pub fn set(claim: &mut Claim, field: &str, value: Value) -> Result<(), String> {
    fn from<T: serde::de::DeserializeOwned>(field: &str, v: Value) -> Result<T, String> {
        serde_json::from_value(v).map_err(|e| format!("`{field}`: {e}"))
    }
    fn text(field: &str, v: Value) -> Result<String, String> {
        if v.is_null() {
            Ok(String::new())
        } else {
            from(field, v)
        }
    }
    fn list<T: serde::de::DeserializeOwned>(field: &str, v: Value) -> Result<Vec<T>, String> {
        if v.is_null() {
            Ok(Vec::new())
        } else {
            from(field, v)
        }
    }
    match field {
        "statement" => claim.statement = text(field, value)?,
        "status" => claim.status = from(field, value)?,
        "rating" => claim.rating = from(field, value)?,
        "source.id" => claim.source.id = text(field, value)?,
        "source.rev" => {
            claim.source.rev = if value.is_null() {
                0
            } else {
                from(field, value)?
            }
        }
        "source.quote" => claim.source.quote = text(field, value)?,
        "source.prefix" => claim.source.prefix = text(field, value)?,
        "source.suffix" => claim.source.suffix = text(field, value)?,
        "attribution.speaker" => claim.attribution.speaker = from(field, value)?,
        "attribution.role" => claim.attribution.role = from(field, value)?,
        "attribution.via" => claim.attribution.via = list(field, value)?,
        "attribution.kind" => claim.attribution.kind = from(field, value)?,
        "hedge" => claim.hedge = from(field, value)?,
        "claimed" => claim.claimed = from(field, value)?,
        "check_after" => claim.check_after = from(field, value)?,
        "tags" => claim.tags = list(field, value)?,
        "evidence" => claim.evidence = list(field, value)?,
        "responses" => claim.responses = list(field, value)?,
        _ => return Err(format!("unknown field `{field}`")),
    }
    Ok(())
}

/// Put a value into the canonical form the claim itself would write.
fn canonical(field: &str, value: &Value) -> Value {
    let mut probe = Claim::blank(String::new());
    let v = if is_list(field) {
        Value::Array(vec![value.clone()])
    } else {
        value.clone()
    };
    if set(&mut probe, field, v).is_err() {
        return value.clone();
    }
    match get(&probe, field) {
        Value::Array(mut items) if is_list(field) && items.len() == 1 => {
            items.pop().unwrap_or(Value::Null)
        }
        other => other,
    }
}

/// Rebuild a claim from fields (for a claim at an earlier revision).
pub fn build(id: &str, fields: &Fields) -> Result<Claim, String> {
    let mut claim = Claim::blank(id.to_string());
    for (field, value) in fields {
        set(&mut claim, field, value.clone())?;
    }
    Ok(claim)
}

/// What changes turn `old` into `new`, in field order.
pub fn diff(old: &Fields, new: &Fields) -> Changes {
    let mut out = Vec::new();
    for field in ORDER {
        let a = old.get(field);
        let b = new.get(field);
        if a == b {
            continue;
        }
        let change = if is_list(field) {
            let a = a.and_then(Value::as_array).cloned().unwrap_or_default();
            let b = b.and_then(Value::as_array).cloned().unwrap_or_default();
            Change {
                added: multiset_minus(&b, &a),
                removed: multiset_minus(&a, &b),
                ..Change::default()
            }
        } else {
            Change {
                from: a.cloned(),
                to: b.cloned(),
                ..Change::default()
            }
        };
        if change != Change::default() {
            out.push((field.to_string(), change));
        }
    }
    Changes(out)
}

/// Items of `a` not matched one for one by items of `b`, in `a`'s order.
fn multiset_minus(a: &[Value], b: &[Value]) -> Vec<Value> {
    let mut used = vec![false; b.len()];
    let mut out = Vec::new();
    for item in a {
        match b
            .iter()
            .enumerate()
            .position(|(i, x)| !used[i] && x == item)
        {
            Some(i) => used[i] = true,
            None => out.push(item.clone()),
        }
    }
    out
}

/// A place where a history does not replay cleanly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayIssue {
    /// Index of the revision in the history list.
    pub index: usize,
    pub message: String,
}

/// Apply one revision's changes to `state`, noting anything that does not fit.
pub fn apply(state: &mut Fields, changes: &Changes, index: usize, issues: &mut Vec<ReplayIssue>) {
    for (field, change) in changes.iter() {
        if !is_known(field) {
            issues.push(ReplayIssue {
                index,
                message: format!("unknown field `{field}` in changes"),
            });
            continue;
        }
        if is_list(field) {
            let mut items = state
                .get(field.as_str())
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for removed in &change.removed {
                let removed = canonical(field, removed);
                match items.iter().position(|x| *x == removed) {
                    Some(i) => {
                        items.remove(i);
                    }
                    None => issues.push(ReplayIssue {
                        index,
                        message: format!("`{field}` removes an item it never had"),
                    }),
                }
            }
            items.extend(change.added.iter().map(|v| canonical(field, v)));
            put(state, field, Value::Array(items));
        } else {
            let current = state.get(field.as_str()).cloned();
            let from = change.from.as_ref().map(|v| canonical(field, v));
            let norm = |v: Option<Value>| v.filter(|v| !is_absent(v));
            if norm(from.clone()) != norm(current.clone()) {
                issues.push(ReplayIssue {
                    index,
                    message: format!(
                        "`{field}` changes from {} but was {}",
                        show(from.as_ref()),
                        show(current.as_ref())
                    ),
                });
            }
            let to = change.to.as_ref().map(|v| canonical(field, v));
            put(state, field, to.unwrap_or(Value::Null));
        }
    }
    reorder(state);
}

fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "nothing".to_string(),
        Some(v) => v.to_string(),
    }
}

fn put(state: &mut Fields, field: &str, value: Value) {
    if is_absent(&value) {
        state.remove(field);
    } else {
        state.insert(field.to_string(), value);
    }
}

fn reorder(state: &mut Fields) {
    let mut sorted = Fields::new();
    for field in ORDER {
        if let Some(v) = state.remove(field) {
            sorted.insert(field.to_string(), v);
        }
    }
    *state = sorted;
}

/// Replay `history` up to and including revision `upto` (all when None).
pub fn replay(history: &[Revision], upto: Option<u32>) -> (Fields, Vec<ReplayIssue>) {
    let mut state = Fields::new();
    let mut issues = Vec::new();
    for (index, revision) in history.iter().enumerate() {
        if upto.is_some_and(|n| revision.rev > n) {
            break;
        }
        apply(&mut state, &revision.changes, index, &mut issues);
    }
    (state, issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribution, Kind, SourceRef, Status};

    fn claim() -> Claim {
        let mut c = Claim::blank("x".into());
        c.statement = "Xi will visit Kazakhstan.".into();
        c.source = SourceRef {
            id: "s".into(),
            rev: 1,
            quote: "Xi intends to visit Kazakhstan".into(),
            prefix: "p ".into(),
            suffix: String::new(),
        };
        c.attribution = Attribution {
            speaker: Some("Russian media".into()),
            role: None,
            via: vec!["Tass".into()],
            kind: Kind::Reported,
        };
        c.tags = vec!["xi".into(), "kazakhstan".into()];
        c
    }

    #[test]
    fn first_revision_records_every_present_field() {
        let c = claim();
        let changes = diff(&Fields::new(), &project(&c));
        let names: Vec<_> = changes.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            names,
            [
                "statement",
                "status",
                "source.id",
                "source.rev",
                "source.quote",
                "source.prefix",
                "attribution.speaker",
                "attribution.via",
                "attribution.kind",
                "tags"
            ]
        );
        assert_eq!(changes.get("tags").map(|c| c.added.len()), Some(2));
    }

    #[test]
    fn replay_of_diffs_gives_the_current_state() {
        let mut c = claim();
        let r1 = diff(&Fields::new(), &project(&c));
        let before = project(&c);
        c.status = Status::Refuted;
        c.tags.retain(|t| t != "xi");
        c.tags.push("sco".into());
        let r2 = diff(&before, &project(&c));
        assert_eq!(
            r2.get("tags").map(|t| t.removed.clone()),
            Some(vec![Value::from("xi")])
        );
        let history = [rev(1, r1), rev(2, r2)];
        let (state, issues) = replay(&history, None);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(state, project(&c));
        let (first, _) = replay(&history, Some(1));
        assert_eq!(first.get("status"), Some(&Value::from("unverified")));
        assert_eq!(build("x", &state).map(|b| project(&b)), Ok(project(&c)));
    }

    #[test]
    fn replay_notes_a_from_that_does_not_match() {
        let mut changes = Changes::default();
        changes.0.push((
            "status".into(),
            Change {
                from: Some(Value::from("verified")),
                to: Some(Value::from("refuted")),
                ..Change::default()
            },
        ));
        let (_, issues) = replay(&[rev(1, changes)], None);
        assert_eq!(issues.len(), 1);
        assert!(issues[0].message.contains("status"));
    }

    fn rev(n: u32, changes: Changes) -> Revision {
        Revision {
            rev: n,
            at: chrono::DateTime::UNIX_EPOCH,
            by: "t".into(),
            action: "test".into(),
            changes,
            note: None,
        }
    }
}
