//! Finding claims that say the same thing as a query: terms, ranking and
//! the derived index kept beside the claims (see docs/search.md).

pub(crate) mod build;
pub(crate) mod disk;
#[cfg(test)]
mod eval;
pub(crate) mod features;
pub(crate) mod live;
pub(crate) mod rank;
pub(crate) mod segment;
pub(crate) mod tokenize;

use serde::{Deserialize, Serialize};

/// What identifies the version of a claim file a claim was indexed from:
/// its length, modification and change times (nanoseconds) and inode. Any
/// write, by claimtrack, an editor or git, changes at least one of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FileKey {
    pub(crate) len: u64,
    pub(crate) mtime_ns: u64,
    pub(crate) ctime_ns: u64,
    pub(crate) ino: u64,
}

/// What a search shows of a claim and filters on, kept in the index so a
/// search reads no claim file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DocMeta {
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rating: Option<String>,
    #[serde(default)]
    pub(crate) source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) via: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) tags: Vec<String>,
    /// When the claim was made, else when it was logged (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<String>,
    /// The evidence summaries (their first `SUMMARY_MAX` bytes), for the
    /// second look at the best claims of a ranking; not shown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) summary: String,
}

/// The most of a claim's evidence summaries its details keep.
pub(crate) const SUMMARY_MAX: usize = 600;
