//! A claim: its current state and the record of how it got there.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::history::Revision;

/// Where a claim stands. `unverified` and `in-review` are open; the rest are verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Unverified,
    InReview,
    Verified,
    Refuted,
    Mixed,
    Unverifiable,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Unverified,
        Status::InReview,
        Status::Verified,
        Status::Refuted,
        Status::Mixed,
        Status::Unverifiable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unverified => "unverified",
            Status::InReview => "in-review",
            Status::Verified => "verified",
            Status::Refuted => "refuted",
            Status::Mixed => "mixed",
            Status::Unverifiable => "unverifiable",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn is_open(self) -> bool {
        matches!(self, Status::Unverified | Status::InReview)
    }

    /// Verdicts that stand on evidence.
    pub fn needs_evidence(self) -> bool {
        matches!(self, Status::Verified | Status::Refuted | Status::Mixed)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the claim is attributed in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The speaker's own words.
    DirectQuote,
    /// The speaker's claim in the reporter's words.
    Paraphrase,
    /// A collective or unnamed source.
    Reported,
    /// The article's own assertion.
    Outlet,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::DirectQuote => "direct-quote",
            Kind::Paraphrase => "paraphrase",
            Kind::Reported => "reported",
            Kind::Outlet => "outlet",
        }
    }
}

/// What a piece of evidence says about the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    Supports,
    Refutes,
    Context,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Refutes => "refutes",
            Stance::Context => "context",
        }
    }
}

/// What a party concerned said when asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResponseKind {
    Confirmed,
    Denied,
    NonDenial,
    Declined,
    NoResponse,
}

impl ResponseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ResponseKind::Confirmed => "confirmed",
            ResponseKind::Denied => "denied",
            ResponseKind::NonDenial => "non-denial",
            ResponseKind::Declined => "declined",
            ResponseKind::NoResponse => "no-response",
        }
    }
}

/// The place in a source revision that the claim quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    pub rev: u32,
    /// The sha256 of the revision's text, from revision 2 on: the revision
    /// is found by it when a merge has numbered the source's revisions anew
    /// (see `Source::resolve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    pub quote: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// Who makes the claim, through whom, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    /// Intermediaries, nearest to the speaker first.
    #[serde(default)]
    pub via: Vec<String>,
    pub kind: Kind,
}

/// One piece of evidence for or against a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub stance: Stance,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_url: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub withheld: bool,
    pub added: DateTime<Utc>,
    pub by: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What a party concerned said when asked about the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub party: String,
    pub kind: ResponseKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// One claim, as stored in `claims/<id>.yaml`: current state first, then history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    pub status: Status,
    #[serde(default)]
    pub rating: Option<String>,
    /// The verdict's reasoning as published (ClaimReview `reviewBody`).
    #[serde(default)]
    pub conclusion: Option<String>,
    /// Who is checking it.
    #[serde(default)]
    pub assignee: Option<String>,
    /// When the desk wants a verdict.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    pub source: SourceRef,
    pub attribution: Attribution,
    #[serde(default)]
    pub hedge: Option<String>,
    #[serde(default)]
    pub claimed: Option<NaiveDate>,
    #[serde(default)]
    pub check_after: Option<NaiveDate>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub responses: Vec<Response>,
    #[serde(default)]
    pub history: Vec<Revision>,
}

impl Claim {
    /// The time the claim was logged (its first revision), if it has one.
    pub fn logged_at(&self) -> Option<DateTime<Utc>> {
        self.history.first().map(|r| r.at)
    }

    /// The time of its latest revision, if any.
    pub fn last_change(&self) -> Option<DateTime<Utc>> {
        self.history.last().map(|r| r.at)
    }

    /// Whole days since the claim was logged (or claimed, when it has no history).
    pub fn age_days(&self, now: DateTime<Utc>) -> i64 {
        super::key::age_days(self.logged_at(), self.claimed, now)
    }

    /// An open claim whose `due` day has passed, or whose `check_after` day has come.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        super::key::overdue(self.status, self.check_after, self.due, today)
    }

    /// The day an overdue claim became overdue: the earlier of its `check_after` and `due`.
    pub fn overdue_since(&self, today: NaiveDate) -> Option<NaiveDate> {
        if !self.is_overdue(today) {
            return None;
        }
        let check = self.check_after.filter(|d| *d <= today);
        let due = self.due.filter(|d| *d < today);
        match (check, due) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

impl Claim {
    /// Append the next revision (numbered after the last), recording `changes`.
    pub fn append_revision(
        &mut self,
        at: DateTime<Utc>,
        by: String,
        action: impl Into<String>,
        changes: super::Changes,
        note: Option<String>,
    ) {
        self.history.push(super::Revision {
            rev: self.history.len() as u32 + 1,
            at,
            by,
            action: action.into(),
            changes,
            note,
        });
    }

    /// Make the claim's history one revision that records every field it
    /// holds, from nothing: how a claim is logged.
    pub fn record_as_first(
        &mut self,
        at: DateTime<Utc>,
        by: String,
        action: impl Into<String>,
        note: Option<String>,
    ) {
        self.history.clear();
        let changes =
            super::fields::diff(&super::fields::Fields::new(), &super::fields::project(self));
        self.append_revision(at, by, action, changes, note);
    }

    /// Add a tag (trimmed) unless it is empty or already there.
    pub fn add_tag(&mut self, tag: &str) {
        let tag = tag.trim();
        if !tag.is_empty() && !self.tags.iter().any(|t| t == tag) {
            self.tags.push(tag.to_string());
        }
    }

    /// Remove a tag (trimmed).
    pub fn remove_tag(&mut self, tag: &str) {
        self.tags.retain(|t| t != tag.trim());
    }

    /// The newest article revision over which the claim's current quoted
    /// revision was recorded to stand, if any.
    pub fn kept_over(&self) -> Option<u32> {
        self.history
            .iter()
            .filter_map(super::Revision::kept)
            .filter(|k| k.kept == self.source.rev)
            .map(|k| k.over)
            .max()
    }

    /// A claim with nothing in it but its id: the state before revision 1.
    pub fn blank(id: String) -> Claim {
        Claim {
            id,
            statement: String::new(),
            status: Status::Unverified,
            rating: None,
            conclusion: None,
            assignee: None,
            due: None,
            source: SourceRef {
                id: String::new(),
                rev: 0,
                sha256: None,
                quote: String::new(),
                prefix: String::new(),
                suffix: String::new(),
            },
            attribution: Attribution {
                speaker: None,
                role: None,
                via: Vec::new(),
                kind: Kind::Outlet,
            },
            hedge: None,
            claimed: None,
            check_after: None,
            tags: Vec::new(),
            evidence: Vec::new(),
            responses: Vec::new(),
            history: Vec::new(),
        }
    }
}
