//! Argument types more than one command shares: output formats, dates,
//! statuses, the claim filter, a new evidence item.

use chrono::{DateTime, NaiveDate, Utc};

use crate::error::{Error, Result};
use crate::model::key::ClaimKey;
use crate::model::{names, rules, Claim, Evidence, Stance, Status};
use crate::store::Store;

/// `--format` of commands that print text for people or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

/// Parse a calendar date given on the command line (YYYY-MM-DD).
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "`{text}` is not a date; use YYYY-MM-DD, e.g. 2022-09-14"
        ))
    })
}

/// An optional text argument: an empty string clears the field.
pub(crate) fn optional_text(value: Option<String>) -> Option<Option<String>> {
    value.map(|v| {
        let v = v.trim().to_string();
        (!v.is_empty()).then_some(v)
    })
}

/// A status named on the command line.
pub(crate) fn parse_status(text: &str) -> Result<Status> {
    Status::parse(text.trim()).ok_or_else(|| {
        let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        Error::invalid(format!(
            "unknown status \"{text}\" (expected one of: {})",
            all.join(", ")
        ))
    })
}

/// A person's name given on the command line (`--by`, `assign --to`): not
/// blank, and without control characters, which no name holds and which
/// would reach every report.
pub(crate) fn parse_name(text: &str) -> Result<String> {
    let name = text.trim();
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(Error::invalid(format!(
            "a name cannot hold control characters (it holds {})",
            c.escape_unicode()
        )));
    }
    Ok(name.to_string())
}

/// `--by NAME`: a name, never blank (leave the option out to use
/// `CLAIMTRACK_USER`, git's `user.name` or the login name).
pub(crate) fn parse_by(text: &str) -> Result<String> {
    let name = parse_name(text)?;
    if name.is_empty() {
        return Err(Error::invalid(
            "--by needs a name; leave it out to use CLAIMTRACK_USER, git's user.name or the login name",
        ));
    }
    Ok(name)
}

/// Which claims to include; every given condition must hold.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct Filter {
    /// Only claims with this status (repeatable)
    #[arg(long, value_parser = parse_status, value_name = "STATUS")]
    pub status: Vec<Status>,
    /// Only open claims (unverified or in review)
    #[arg(long)]
    pub open: bool,
    /// Only claims from this source
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Only claims with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only claims whose speaker (or intermediary) contains this text, case and accents aside
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only claims assigned to you (--by, CLAIMTRACK_USER, git's user.name)
    #[arg(long)]
    pub mine: bool,
    /// Only claims assigned to this person, case and accents aside
    #[arg(long, value_name = "NAME", conflicts_with = "mine")]
    pub assignee: Option<String>,
    /// Only claims assigned to nobody
    #[arg(long, conflicts_with_all = ["mine", "assignee"])]
    pub unassigned: bool,
    /// Only open claims past their due or check-after day
    #[arg(long)]
    pub overdue: bool,
}

/// What a filter compares claims with besides their own fields.
#[derive(Debug, Clone)]
pub(crate) struct FilterContext {
    /// The user, for --mine.
    pub user: String,
    pub today: NaiveDate,
}

impl Filter {
    /// Whether the claim whose key is `k` is selected.
    pub(crate) fn matches(&self, k: &ClaimKey, cx: &FilterContext) -> bool {
        let assigned_to = |name: &str| k.assignee.is_some_and(|a| names::same(a, name));
        (self.status.is_empty() || self.status.contains(&k.status))
            && (!self.open || k.status.is_open())
            && self.source.as_ref().is_none_or(|s| k.source == s)
            && self
                .tag
                .as_ref()
                .is_none_or(|t| k.tags.iter().any(|x| x == t))
            && self.speaker.as_ref().is_none_or(|s| {
                k.speaker
                    .iter()
                    .chain(k.via.iter())
                    .any(|x| names::contains(x, s))
            })
            && (!self.mine || assigned_to(&cx.user))
            && self.assignee.as_deref().is_none_or(assigned_to)
            && (!self.unassigned || k.assignee.is_none())
            && (!self.overdue || k.is_overdue(cx.today))
    }

    /// `check_names` against every claim of `store`, for a selection that
    /// came out empty (any selected claim shows that each name is there).
    pub(crate) fn check_names_in(&self, store: &Store, sources: &[String]) -> Result<()> {
        let all = store.scan_claims(&|_| false, &|mut c| {
            c.history.clear();
            c.evidence.clear();
            c.responses.clear();
            Some(c)
        })?;
        let claims: Vec<Claim> = all.kept.into_iter().map(|(_, c)| c).collect();
        self.check_names(&claims, sources)
    }

    /// Refuse a value that names nothing in the store (a source, tag,
    /// speaker or assignee no claim has), with the nearest one there is, so
    /// that a misspelling never passes for an empty selection.
    /// `sources` are the store's source ids.
    pub(crate) fn check_names(&self, claims: &[Claim], sources: &[String]) -> Result<()> {
        fn unknown<'a>(
            what: String,
            wanted: &str,
            known: impl IntoIterator<Item = &'a str>,
        ) -> Error {
            let mut known: Vec<&str> = known.into_iter().collect();
            known.sort_unstable();
            known.dedup();
            let error = Error::invalid(what);
            match names::nearest(wanted, known) {
                Some(s) => error.hint(format!("did you mean `{s}`?")),
                None => error,
            }
        }
        if let Some(s) = &self.source {
            let known = claims.iter().map(|c| c.source.id.as_str());
            if !sources.contains(s) && !claims.iter().any(|c| c.source.id == *s) {
                return Err(unknown(
                    format!("no source `{s}` in this store"),
                    s,
                    known.chain(sources.iter().map(String::as_str)),
                ));
            }
        }
        if let Some(t) = &self.tag {
            if !claims.iter().any(|c| c.tags.contains(t)) {
                return Err(unknown(
                    format!("no claim has tag `{t}`"),
                    t,
                    claims
                        .iter()
                        .flat_map(|c| c.tags.iter().map(String::as_str)),
                ));
            }
        }
        if let Some(s) = &self.speaker {
            let people = || {
                claims.iter().flat_map(|c| {
                    c.attribution
                        .speaker
                        .iter()
                        .chain(c.attribution.via.iter())
                        .map(String::as_str)
                })
            };
            if !people().any(|p| names::contains(p, s)) {
                return Err(unknown(
                    format!("no claim has a speaker or intermediary matching `{s}`"),
                    s,
                    people(),
                ));
            }
        }
        if let Some(a) = &self.assignee {
            let people = || claims.iter().filter_map(|c| c.assignee.as_deref());
            if !people().any(|p| names::same(p, a)) {
                return Err(unknown(
                    format!("no claim is assigned to `{a}`"),
                    a,
                    people(),
                ));
            }
        }
        Ok(())
    }
}

/// What a new evidence item is made of, from the command line.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct EvidenceInput {
    /// What the evidence shows
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Where the evidence is
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// A source in this store that is the evidence
    #[arg(long, value_name = "ID")]
    pub evidence_source: Option<String>,
    /// A snapshot of the evidence that will not change
    #[arg(long, value_name = "URL")]
    pub archived_url: Option<String>,
    /// The evidence's source is confidential (its name stays out of reports)
    #[arg(long)]
    pub withheld: bool,
}

impl EvidenceInput {
    pub(crate) fn is_empty(&self) -> bool {
        self.summary.is_none()
            && self.url.is_none()
            && self.evidence_source.is_none()
            && self.archived_url.is_none()
    }

    /// A checked evidence item, or why it cannot be one.
    pub(crate) fn build(
        self,
        store: &Store,
        stance: Stance,
        by: String,
        at: DateTime<Utc>,
    ) -> Result<Evidence> {
        let summary = self
            .summary
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .ok_or_else(|| Error::invalid("evidence needs --summary TEXT saying what it shows"))?;
        for url in [&self.url, &self.archived_url].into_iter().flatten() {
            if let Some(p) = rules::url_problem(url) {
                return Err(Error::invalid(p));
            }
        }
        if let Some(src) = &self.evidence_source {
            if !store.source_exists(src) {
                store.load_source(src)?;
            }
        }
        if self.url.is_none() && self.evidence_source.is_none() && !self.withheld {
            return Err(Error::invalid(
                "evidence needs --url URL or --evidence-source ID (or --withheld for a confidential source)",
            ));
        }
        Ok(Evidence {
            stance,
            summary,
            url: self.url,
            source: self.evidence_source,
            archived_url: self.archived_url,
            withheld: self.withheld,
            added: at,
            by,
        })
    }
}

/// A day given on the command line: a date (YYYY-MM-DD) or a span from
/// today (`3d`, `2w`), as `--due` and `--check-after` take it.
pub(crate) fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate> {
    crate::model::due::parse_day(text, today).map_err(|e| Error::invalid(e.to_string()))
}
