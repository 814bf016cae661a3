//! Revisions: the append-only record of every change to a claim.

use chrono::{DateTime, Utc};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// One revision of a claim: who changed what, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    pub rev: u32,
    pub at: DateTime<Utc>,
    pub by: String,
    pub action: String,
    #[serde(default)]
    pub changes: Changes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Revision {
    /// What this revision records when it keeps a quoted revision over a newer one.
    pub fn kept(&self) -> Option<Kept> {
        Kept::of(&self.action)
    }
}

/// That a claim's quoted revision `kept` stands although its article has
/// the newer revision `over`: a revision with only a note, whose action
/// reads `kept r1 over r2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    pub kept: u32,
    pub over: u32,
}

impl Kept {
    /// The action of a revision, read as a `Kept` when it is one.
    pub fn of(action: &str) -> Option<Kept> {
        let rest = action.strip_prefix("kept r")?;
        let (kept, over) = rest.split_once(" over r")?;
        Some(Kept {
            kept: kept.parse().ok()?,
            over: over.parse().ok()?,
        })
    }
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "kept r{} over r{}", self.kept, self.over)
    }
}

/// The old and new value of one field. Scalar fields use `from`/`to`;
/// list fields record only the items `added` and `removed`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Value>,
}

/// The changes of one revision, in the claim's field order. A field appears once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes(pub Vec<(String, Change)>);

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&Change> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, c)| c)
    }

    pub fn iter(&self) -> impl Iterator<Item = &(String, Change)> {
        self.0.iter()
    }

    /// Keep only the changes to the fields `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.0.retain(|(field, _)| keep(field));
        self.0.shrink_to_fit();
    }
}

impl Serialize for Changes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, change) in &self.0 {
            map.serialize_entry(field, change)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Changes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChangesVisitor;
        impl<'de> Visitor<'de> for ChangesVisitor {
            type Value = Changes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of field names to changes")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Changes, E> {
                Ok(Changes::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Changes, A::Error> {
                let mut out: Vec<(String, Change)> = Vec::new();
                while let Some((field, change)) = access.next_entry::<String, Change>()? {
                    if out.iter().any(|(f, _)| *f == field) {
                        return Err(serde::de::Error::custom(format!(
                            "duplicate field `{field}` in changes"
                        )));
                    }
                    out.push((field, change));
                }
                Ok(Changes(out))
            }
        }
        deserializer.deserialize_any(ChangesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_actions_round_trip() {
        let kept = Kept { kept: 1, over: 3 };
        assert_eq!(Kept::of(&kept.to_string()), Some(kept));
        assert_eq!(Kept::of("kept"), None);
        assert_eq!(Kept::of("verified"), None);
    }
}
