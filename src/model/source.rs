//! A source: an article and the revisions of its text.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// `sources/<id>/source.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<NaiveDate>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub revisions: Vec<SourceRevision>,
}

/// One stored text of the article: `rN.txt` and its digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRevision {
    pub rev: u32,
    pub file: String,
    pub retrieved: DateTime<Utc>,
    pub sha256: String,
}

impl Source {
    pub fn latest(&self) -> Option<&SourceRevision> {
        self.revisions.iter().max_by_key(|r| r.rev)
    }

    pub fn revision(&self, rev: u32) -> Option<&SourceRevision> {
        self.revisions.iter().find(|r| r.rev == rev)
    }

    pub fn latest_rev(&self) -> u32 {
        self.latest().map_or(0, |r| r.rev)
    }
}
