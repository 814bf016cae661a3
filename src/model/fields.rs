//! A claim seen as named fields: the unit of history, replay and diff.
//!
//! Nested fields are named with a dot (`source.quote`, `attribution.via`).
//! Null, empty text and empty lists are all "absent", so revision 1 records
//! exactly the fields a claim was logged with.

use serde_json::{Map, Value};

use super::{Change, Changes, Claim, Revision};

/// Field values by name, in canonical order.
pub type Fields = Map<String, Value>;

/// A recorded field of a claim, named with a dot when nested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Statement,
    Status,
    Rating,
    Conclusion,
    Assignee,
    Due,
    SourceId,
    SourceRev,
    SourceSha256,
    SourceQuote,
    SourcePrefix,
    SourceSuffix,
    AttributionSpeaker,
    AttributionRole,
    AttributionVia,
    AttributionKind,
    Hedge,
    Claimed,
    CheckAfter,
    Tags,
    Evidence,
    Responses,
}

impl Field {
    /// Every recorded field, in the order claims are written.
    pub const ALL: [Field; 22] = [
        Field::Statement,
        Field::Status,
        Field::Rating,
        Field::Conclusion,
        Field::Assignee,
        Field::Due,
        Field::SourceId,
        Field::SourceRev,
        Field::SourceSha256,
        Field::SourceQuote,
        Field::SourcePrefix,
        Field::SourceSuffix,
        Field::AttributionSpeaker,
        Field::AttributionRole,
        Field::AttributionVia,
        Field::AttributionKind,
        Field::Hedge,
        Field::Claimed,
        Field::CheckAfter,
        Field::Tags,
        Field::Evidence,
        Field::Responses,
    ];

    /// The field's name in a claim's history: `source.quote`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Statement => "statement",
            Field::Status => "status",
            Field::Rating => "rating",
            Field::Conclusion => "conclusion",
            Field::Assignee => "assignee",
            Field::Due => "due",
            Field::SourceId => "source.id",
            Field::SourceRev => "source.rev",
            Field::SourceSha256 => "source.sha256",
            Field::SourceQuote => "source.quote",
            Field::SourcePrefix => "source.prefix",
            Field::SourceSuffix => "source.suffix",
            Field::AttributionSpeaker => "attribution.speaker",
            Field::AttributionRole => "attribution.role",
            Field::AttributionVia => "attribution.via",
            Field::AttributionKind => "attribution.kind",
            Field::Hedge => "hedge",
            Field::Claimed => "claimed",
            Field::CheckAfter => "check_after",
            Field::Tags => "tags",
            Field::Evidence => "evidence",
            Field::Responses => "responses",
        }
    }

    /// The field with this name, if there is one.
    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the field's changes record items added and removed.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            Field::AttributionVia | Field::Tags | Field::Evidence | Field::Responses
        )
    }
}

/// Why a value cannot be set into a claim's field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("`{field}`: {message}")]
    BadValue {
        field: &'static str,
        message: String,
    },
    #[error("unknown field `{0}`")]
    Unknown(String),
}

/// Fields whose changes record items added and removed.
pub fn is_list(field: &str) -> bool {
    Field::parse(field).is_some_and(Field::is_list)
}

pub fn is_known(field: &str) -> bool {
    Field::parse(field).is_some()
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The value of one field of `claim` (Null when absent or unknown).
pub fn get(claim: &Claim, field: &str) -> Value {
    Field::parse(field).map_or(Value::Null, |f| value_of(claim, f))
}

/// The value of one field of `claim` (Null when absent).
pub fn value_of(claim: &Claim, field: Field) -> Value {
    match field {
        Field::Statement => to_value(&claim.statement),
        Field::Status => to_value(&claim.status),
        Field::Rating => to_value(&claim.rating),
        Field::Conclusion => to_value(&claim.conclusion),
        Field::Assignee => to_value(&claim.assignee),
        Field::Due => to_value(&claim.due),
        Field::SourceId => to_value(&claim.source.id),
        Field::SourceRev => to_value(&claim.source.rev),
        Field::SourceSha256 => to_value(&claim.source.sha256),
        Field::SourceQuote => to_value(&claim.source.quote),
        Field::SourcePrefix => to_value(&claim.source.prefix),
        Field::SourceSuffix => to_value(&claim.source.suffix),
        Field::AttributionSpeaker => to_value(&claim.attribution.speaker),
        Field::AttributionRole => to_value(&claim.attribution.role),
        Field::AttributionVia => to_value(&claim.attribution.via),
        Field::AttributionKind => to_value(&claim.attribution.kind),
        Field::Hedge => to_value(&claim.hedge),
        Field::Claimed => to_value(&claim.claimed),
        Field::CheckAfter => to_value(&claim.check_after),
        Field::Tags => to_value(&claim.tags),
        Field::Evidence => to_value(&claim.evidence),
        Field::Responses => to_value(&claim.responses),
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
    for field in Field::ALL {
        let v = value_of(claim, field);
        if !is_absent(&v) {
            out.insert(field.name().to_string(), v);
        }
    }
    out
}

/// Set one field of `claim` from a value; an error says why the value does not fit.
pub fn set(claim: &mut Claim, field: &str, value: Value) -> Result<(), FieldError> {
    let field = Field::parse(field).ok_or_else(|| FieldError::Unknown(field.to_string()))?;
    set_field(claim, field, value)
}

/// Set one field of `claim` from a value.
pub fn set_field(claim: &mut Claim, field: Field, value: Value) -> Result<(), FieldError> {
    fn from<T: serde::de::DeserializeOwned>(field: Field, v: Value) -> Result<T, FieldError> {
        serde_json::from_value(v).map_err(|e| FieldError::BadValue {
            field: field.name(),
            message: e.to_string(),
        })
    }
    fn text(field: Field, v: Value) -> Result<String, FieldError> {
        if v.is_null() {
            Ok(String::new())
        } else {
            from(field, v)
        }
    }
    fn list<T: serde::de::DeserializeOwned>(field: Field, v: Value) -> Result<Vec<T>, FieldError> {
        if v.is_null() {
            Ok(Vec::new())
        } else {
            from(field, v)
        }
    }
    match field {
        Field::Statement => claim.statement = text(field, value)?,
        Field::Status => claim.status = from(field, value)?,
        Field::Rating => claim.rating = from(field, value)?,
        Field::Conclusion => claim.conclusion = from(field, value)?,
        Field::Assignee => claim.assignee = from(field, value)?,
        Field::Due => claim.due = from(field, value)?,
        Field::SourceId => claim.source.id = text(field, value)?,
        Field::SourceRev => {
            claim.source.rev = if value.is_null() {
                0
            } else {
                from(field, value)?
            }
        }
        Field::SourceSha256 => claim.source.sha256 = from(field, value)?,
        Field::SourceQuote => claim.source.quote = text(field, value)?,
        Field::SourcePrefix => claim.source.prefix = text(field, value)?,
        Field::SourceSuffix => claim.source.suffix = text(field, value)?,
        Field::AttributionSpeaker => claim.attribution.speaker = from(field, value)?,
        Field::AttributionRole => claim.attribution.role = from(field, value)?,
        Field::AttributionVia => claim.attribution.via = list(field, value)?,
        Field::AttributionKind => claim.attribution.kind = from(field, value)?,
        Field::Hedge => claim.hedge = from(field, value)?,
        Field::Claimed => claim.claimed = from(field, value)?,
        Field::CheckAfter => claim.check_after = from(field, value)?,
        Field::Tags => claim.tags = list(field, value)?,
        Field::Evidence => claim.evidence = list(field, value)?,
        Field::Responses => claim.responses = list(field, value)?,
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
pub fn build(id: &str, fields: &Fields) -> Result<Claim, FieldError> {
    let mut claim = Claim::blank(id.to_string());
    for (field, value) in fields {
        set(&mut claim, field, value.clone())?;
    }
    Ok(claim)
}

/// What changes turn `old` into `new`, in field order.
pub fn diff(old: &Fields, new: &Fields) -> Changes {
    let mut out = Vec::new();
    for field in Field::ALL {
        let (list, field) = (field.is_list(), field.name());
        let a = old.get(field);
        let b = new.get(field);
        if a == b {
            continue;
        }
        let change = if list {
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
    for field in Field::ALL.map(Field::name) {
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
            sha256: None,
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
