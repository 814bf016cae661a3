//! One module a subcommand: its arguments and one run function.

pub mod add;
pub mod check;
pub mod completions;
pub mod diff;
pub mod edit;
pub mod evidence;
pub mod extract;
pub mod import;
pub mod init;
pub mod list;
pub mod log;
pub mod merge_driver;
pub mod record;
pub mod report;
pub mod respond;
pub mod show;
pub mod source;
pub mod source_revisions;
pub mod verdict;

use chrono::{DateTime, NaiveDate, Utc};

use crate::app::App;
use crate::error::{Error, Result};
use crate::model::fields::{self, Fields};
use crate::model::{rules, Claim, Evidence, Revision, Stance};
use crate::store::Store;

/// Parse a calendar date given on the command line (YYYY-MM-DD).
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date; use YYYY-MM-DD, e.g. 2022-09-14"))
}

/// An optional text argument: an empty string clears the field.
pub fn optional_text(value: Option<String>) -> Option<Option<String>> {
    value.map(|v| {
        let v = v.trim().to_string();
        (!v.is_empty()).then_some(v)
    })
}

/// Fail when a claim's file no longer matches its history (a hand edit),
/// so that the edit is recorded on its own before anything else changes.
pub fn ensure_recorded(store: &Store, claim: &Claim) -> Result<()> {
    let (state, issues) = fields::replay(&claim.history, None);
    if issues.is_empty() && state == fields::project(claim) {
        return Ok(());
    }
    let path = store.claim_path(&claim.id)?;
    Err(Error::file(
        store.relative(&path),
        format!(
            "differs from its history (edited by hand?)\n  hint: run `claimtrack record {}` to record the edit, then try again",
            claim.id
        ),
    ))
}

/// Apply `mutate` to claim `id` under the store lock, append the revision
/// that records it, and write the claim. Returns the claim as written.
pub fn change_claim(
    app: &App,
    store: &Store,
    id: &str,
    action: &str,
    note: Option<String>,
    mutate: impl FnOnce(&mut Claim) -> Result<()>,
) -> Result<Claim> {
    let path = store.claim_path(id)?;
    let lock = store.lock(std::slice::from_ref(&path))?;
    report_cleaned(store, &lock.cleaned);
    let mut claim = store.load_claim(id)?;
    apply_change(app, store, &mut claim, action, note, mutate)?;
    store.save_claim(&lock, &claim)?;
    Ok(claim)
}

/// Apply `mutate` to `claim` (as read under the store lock) and append the
/// revision that records it, after the checks every change must pass: the
/// file matches its history, something changed, a verdict has its evidence
/// and a status that needs a note has one. Writes nothing.
pub fn apply_change(
    app: &App,
    store: &Store,
    claim: &mut Claim,
    action: &str,
    note: Option<String>,
    mutate: impl FnOnce(&mut Claim) -> Result<()>,
) -> Result<()> {
    ensure_recorded(store, claim)?;
    let id = claim.id.clone();
    let before: Fields = fields::project(claim);
    let old_status = claim.status;
    mutate(claim)?;
    let after = fields::project(claim);
    let changes = fields::diff(&before, &after);
    if changes.is_empty() {
        return Err(Error::invalid(format!(
            "nothing to change: claim `{id}` already has these values"
        )));
    }
    if let Some(problem) = rules::verdict_problem(claim) {
        return Err(Error::invalid(format!(
            "claim `{id}`: {problem}\n  hint: give --summary with --url or --evidence-source, or add it first with `claimtrack evidence {id}`"
        )));
    }
    let note = note.filter(|n| !n.trim().is_empty());
    if claim.status != old_status && rules::needs_note(claim.status) && note.is_none() {
        return Err(Error::invalid(format!(
            "claim `{id}`: status `{}` needs a note saying why (--note)",
            claim.status
        )));
    }
    claim.history.push(Revision {
        rev: claim.history.len() as u32 + 1,
        at: app.now()?,
        by: app.user(),
        action: action.to_string(),
        changes,
        note,
    });
    Ok(())
}

/// `N item` or `N items`.
pub fn count(n: usize, item: &str) -> String {
    if n == 1 {
        format!("{n} {item}")
    } else {
        format!("{n} {item}s")
    }
}

/// Tell the user about temporary files an interrupted write left behind.
pub fn report_cleaned(store: &Store, cleaned: &[std::path::PathBuf]) {
    for p in cleaned {
        crate::output::note(&format!(
            "note: removed {} left by an interrupted write",
            store.relative(p).display()
        ));
    }
}

/// What a new evidence item is made of, from the command line.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EvidenceInput {
    /// What the evidence shows
    #[arg(long)]
    pub summary: Option<String>,
    /// Where the evidence is
    #[arg(long, value_name = "U")]
    pub url: Option<String>,
    /// A source in this store that is the evidence
    #[arg(long, value_name = "ID")]
    pub evidence_source: Option<String>,
    /// A snapshot of the evidence that will not change
    #[arg(long, value_name = "U")]
    pub archived_url: Option<String>,
    /// The evidence's source is confidential (its name stays out of reports)
    #[arg(long)]
    pub withheld: bool,
}

impl EvidenceInput {
    pub fn is_empty(&self) -> bool {
        self.summary.is_none()
            && self.url.is_none()
            && self.evidence_source.is_none()
            && self.archived_url.is_none()
    }

    /// A checked evidence item, or why it cannot be one.
    pub fn build(
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
                "evidence needs --url U or --evidence-source ID (or --withheld for a confidential source)",
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
