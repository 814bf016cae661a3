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

/// One stored text of the article: its file and its digest. Revision 1 is
/// `r1.txt`; later ones are named by their digest (`text_file_name`), so two
/// branches that each store a revision never name two texts alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRevision {
    pub rev: u32,
    pub file: String,
    pub retrieved: DateTime<Utc>,
    pub sha256: String,
}

impl SourceRevision {
    /// What a claim anchored in this revision records as its `sha256`: the
    /// text's digest from revision 2 on (revision 1 is never renumbered).
    pub fn digest_to_record(&self) -> Option<String> {
        (self.rev >= 2).then(|| self.sha256.clone())
    }
}

/// How many hex digits of a text's sha256 name its file.
pub const TEXT_NAME_DIGITS: usize = 16;

/// The file name of revision `rev` whose text has the sha256 `digest` (hex):
/// `r1.txt` for the first, `sha256-<first 16 hex digits>.txt` after it.
pub fn text_file_name(rev: u32, digest: &str) -> String {
    if rev <= 1 {
        "r1.txt".to_string()
    } else {
        format!(
            "sha256-{}.txt",
            digest.get(..TEXT_NAME_DIGITS).unwrap_or(digest)
        )
    }
}

/// Whether `file` is the name of an article text: `rN.txt` (revision 1, and
/// later revisions stored before texts were named by their digest) or
/// `sha256-<16 lowercase hex digits>.txt`. Never a path.
pub fn is_text_file_name(file: &str) -> bool {
    let numbered = file
        .strip_prefix('r')
        .and_then(|f| f.strip_suffix(".txt"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let digest = named_digest(file).is_some_and(|n| {
        n.len() == TEXT_NAME_DIGITS && n.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    });
    numbered || digest
}

/// The hex digits a digest-named file (`sha256-….txt`) is named by.
fn named_digest(file: &str) -> Option<&str> {
    file.strip_prefix("sha256-")?.strip_suffix(".txt")
}

impl SourceRevision {
    /// Whether its file is named by a digest (`sha256-….txt`) that is not
    /// the start of its own sha256.
    pub fn is_named_for_another_digest(&self) -> bool {
        named_digest(&self.file).is_some_and(|named| !self.sha256.starts_with(named))
    }
}

/// Whether `digest` is a sha256 as this program writes it: 64 lowercase hex digits.
pub fn is_sha256(digest: &str) -> bool {
    digest.len() == 64
        && digest
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Why a claim's source reference names no revision of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// No revision has the text of this sha256.
    Digest(String),
    /// No revision has this number (and the reference has no digest).
    Rev(u32),
}

impl std::fmt::Display for Unresolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unresolved::Digest(d) => write!(
                f,
                "no revision has the text of sha256 {}",
                d.get(..TEXT_NAME_DIGITS).unwrap_or(d)
            ),
            Unresolved::Rev(r) => write!(f, "no revision {r}"),
        }
    }
}

impl Source {
    /// The revision `r` is anchored in: the one whose text has `r.sha256`
    /// when it names one (that number when several texts are alike, else
    /// the first), else revision `r.rev`. A digest outranks a number: a
    /// merge of two branches that each stored a revision numbers them anew,
    /// and a claim file git merged without help keeps the old number.
    pub fn resolve(&self, r: &super::SourceRef) -> Result<&SourceRevision, Unresolved> {
        match &r.sha256 {
            Some(digest) => self
                .by_digest(r.rev, digest)
                .ok_or_else(|| Unresolved::Digest(digest.clone())),
            None => self.revision(r.rev).ok_or(Unresolved::Rev(r.rev)),
        }
    }

    /// The revision whose text has `digest`: number `rev` among several
    /// alike, else the first.
    fn by_digest(&self, rev: u32, digest: &str) -> Option<&SourceRevision> {
        let mut alike = self.revisions.iter().filter(|x| x.sha256 == digest);
        let first = alike.next();
        first
            .filter(|x| x.rev == rev)
            .or_else(|| alike.find(|x| x.rev == rev))
            .or(first)
    }

    /// The number of the revision `r` is anchored in, or `r.rev` when none is.
    pub fn rev_of(&self, r: &super::SourceRef) -> u32 {
        self.resolve(r).map_or(r.rev, |x| x.rev)
    }

    /// `rev_of` for a reference kept as its number and digest alone.
    pub fn rev_of_parts(&self, rev: u32, sha256: Option<&str>) -> u32 {
        sha256
            .and_then(|d| self.by_digest(rev, d))
            .map_or(rev, |x| x.rev)
    }

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
    use crate::model::SourceRef;

    fn reference(rev: u32, sha256: Option<&str>) -> SourceRef {
        SourceRef {
            id: "s".into(),
            rev,
            sha256: sha256.map(str::to_string),
            quote: "q".into(),
            prefix: String::new(),
            suffix: String::new(),
        }
    }

    #[test]
    fn a_digest_outranks_the_number_it_is_written_with() {
        let mut s = story("2024-03-01", "2024-03-09T00:00:00Z");
        for (rev, digest) in [(2, "b"), (3, "c"), (4, "b")] {
            s.revisions.push(SourceRevision {
                rev,
                file: text_file_name(rev, digest),
                retrieved: at("2024-03-02T00:00:00Z"),
                sha256: digest.into(),
            });
        }
        // Renumbered by a merge: the text of r2 is now r3.
        assert_eq!(s.resolve(&reference(2, Some("c"))).map(|r| r.rev), Ok(3));
        // Two revisions of one text: the number decides, else the first.
        assert_eq!(s.resolve(&reference(4, Some("b"))).map(|r| r.rev), Ok(4));
        assert_eq!(s.resolve(&reference(3, Some("b"))).map(|r| r.rev), Ok(2));
        assert_eq!(
            s.resolve(&reference(2, Some("d"))),
            Err(Unresolved::Digest("d".into()))
        );
        // Without a digest, the number.
        assert_eq!(s.resolve(&reference(1, None)).map(|r| r.rev), Ok(1));
        assert_eq!(s.resolve(&reference(9, None)), Err(Unresolved::Rev(9)));
        assert_eq!(s.rev_of(&reference(9, None)), 9);
        assert_eq!(s.rev_of(&reference(2, Some("c"))), 3);
    }

    #[test]
    fn the_first_text_is_r1_and_later_ones_are_named_by_their_digest() {
        let digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert!(is_sha256(digest));
        assert!(!is_sha256(&digest.to_uppercase()));
        assert!(!is_sha256(&digest[1..]));
        assert_eq!(text_file_name(1, digest), "r1.txt");
        assert_eq!(text_file_name(2, digest), "sha256-0123456789abcdef.txt");
    }

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
