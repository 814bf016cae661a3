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
    /// When the article was last fetched from `url` (changed or not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<DateTime<Utc>>,
    /// The server's `ETag` from that fetch, sent back as `If-None-Match`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The server's `Last-Modified` from that fetch, sent back as `If-Modified-Since`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
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

    /// Whether a story is due to be fetched again at `now`: when the time since its last
    /// check is at least a fifth of its age (young stories often, old ones rarely). Its age
    /// runs from its publication date, else from its first stored revision; its last check
    /// is `checked`, else its latest revision.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        let first = self.revisions.iter().map(|r| r.retrieved).min();
        let born = self
            .published
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc())
            .into_iter()
            .chain(first)
            .min();
        let last = self.checked.or_else(|| self.latest().map(|r| r.retrieved));
        let (Some(born), Some(last)) = (born, last) else {
            return true;
        };
        let age = now.signed_duration_since(born);
        let since = now.signed_duration_since(last);
        since >= age / 5
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn story(published: &str, checked: &str) -> Source {
        Source {
            id: "s".into(),
            title: None,
            outlet: None,
            url: Some("https://news.example/s".into()),
            published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
            language: None,
            checked: Some(at(checked)),
            etag: None,
            last_modified: None,
            revisions: vec![SourceRevision {
                rev: 1,
                file: "r1.txt".into(),
                retrieved: at("2024-03-01T00:00:00Z"),
                sha256: String::new(),
            }],
        }
    }

    #[test]
    fn young_stories_are_due_often_old_ones_rarely() {
        // Ten days old, checked two days ago: 2 ≥ 10/5, due.
        let s = story("2024-03-01", "2024-03-09T00:00:00Z");
        assert!(s.is_due(at("2024-03-11T00:00:00Z")));
        // Checked one day ago: 1 < 2, not due.
        let s = story("2024-03-01", "2024-03-10T00:00:00Z");
        assert!(!s.is_due(at("2024-03-11T00:00:00Z")));
        // A hundred days old, checked ten days ago: 10 < 20, not due.
        let s = story("2023-12-02", "2024-03-01T00:00:00Z");
        assert!(!s.is_due(at("2024-03-11T00:00:00Z")));
    }

    #[test]
    fn without_a_date_the_first_revision_gives_the_age() {
        let mut s = story("", "2024-03-05T00:00:00Z");
        assert!(s.published.is_none());
        assert!(s.is_due(at("2024-03-06T12:00:00Z")));
        s.checked = None;
        assert!(s.is_due(at("2024-03-01T00:00:00Z")));
    }
}
