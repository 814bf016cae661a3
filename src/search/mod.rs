//! Finding claims that say the same thing as a query: terms, ranking and
//! the derived index kept beside the claims (see docs/search.md).

pub mod disk;
pub mod rank;
pub mod segment;
pub mod tokenize;

use serde::{Deserialize, Serialize};

/// What identifies the version of a claim file a claim was indexed from:
/// its length, modification and change times (nanoseconds) and inode. Any
/// write, by claimtrack, an editor or git, changes at least one of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileKey {
    pub len: u64,
    pub mtime_ns: u64,
    pub ctime_ns: u64,
    pub ino: u64,
}

/// What a search shows of a claim and filters on, kept in the index so a
/// search reads no claim file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub status: String,
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    #[serde(default)]
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}
