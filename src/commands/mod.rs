//! One module a subcommand: its arguments and one run function.

pub(crate) mod add;
pub(crate) mod args;
pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod diff;
pub(crate) mod edit;
pub(crate) mod evidence;
pub(crate) mod extract;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod list;
pub(crate) mod log;
pub(crate) mod man;
pub(crate) mod merge_driver;
pub(crate) mod record;
pub(crate) mod report;
pub(crate) mod respond;
pub(crate) mod show;
pub(crate) mod source;
pub(crate) mod verdict;

use std::collections::HashMap;

use crate::anchor::{self, Flag, Prepared};
use crate::app::App;
use crate::error::{Error, Result};
use crate::model::fields::{self, Fields};
use crate::model::{rules, Claim};
use crate::store::Store;

/// Fail when a claim's file no longer matches its history (a hand edit),
/// so that the edit is recorded on its own before anything else changes.
pub(crate) fn ensure_recorded(store: &Store, claim: &Claim) -> Result<()> {
    let (state, issues) = fields::replay(&claim.history, None);
    if issues.is_empty() && state == fields::project(claim) {
        return Ok(());
    }
    let path = store.claim_path(&claim.id)?;
    Err(Error::file(
        store.relative(&path),
        "differs from its history (edited by hand?)",
    )
    .hint(format!(
        "run `claimtrack record {}` to record the edit, then try again",
        claim.id
    )))
}

/// Apply `mutate` to claim `id` under the store lock, append the revision
/// that records it, and write the claim. Returns the claim as written.
pub(crate) fn change_claim(
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
pub(crate) fn apply_change(
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
        return Err(Error::invalid(format!("claim `{id}`: {problem}")).hint(format!(
            "give --summary with --url or --evidence-source, or add it first with `claimtrack evidence {id}`"
        )));
    }
    let note = note.filter(|n| !n.trim().is_empty());
    if claim.status != old_status && rules::needs_note(claim.status) && note.is_none() {
        return Err(Error::invalid(format!(
            "claim `{id}`: status `{}` needs a note saying why (--note)",
            claim.status
        )));
    }
    claim.append_revision(app.now()?, app.user(), action, changes, note);
    Ok(())
}

/// The flag of each claim (a quote that changed or vanished in a newer
/// revision of its source), for the renderers. Each source is read once,
/// and its latest text only when a claim quotes an older revision; a source
/// that cannot be read gives no flag (`check` reports it).
pub(crate) fn quote_flags(store: &Store, claims: &[Claim]) -> Vec<Option<Flag>> {
    /// A source's latest revision, and its text once it was needed.
    struct Latest {
        source: crate::model::Source,
        text: Option<Option<Prepared>>,
    }
    let mut sources: HashMap<&str, Option<Latest>> = HashMap::new();
    claims
        .iter()
        .map(|claim| {
            let latest = sources
                .entry(claim.source.id.as_str())
                .or_insert_with(|| {
                    let source = store.load_source(&claim.source.id).ok()?;
                    Some(Latest { source, text: None })
                })
                .as_mut()?;
            let rev = latest.source.latest_rev();
            if claim.source.rev >= rev {
                return None;
            }
            let text = latest
                .text
                .get_or_insert_with(|| {
                    store
                        .source_text(&latest.source, rev)
                        .ok()
                        .map(|t| Prepared::new(&t))
                })
                .as_ref()?;
            anchor::flag(claim, rev, text)
        })
        .collect()
}

/// Tell the user about temporary files an interrupted write left behind.
pub(crate) fn report_cleaned(store: &Store, cleaned: &[std::path::PathBuf]) {
    for p in cleaned {
        crate::output::note(&format!(
            "note: removed {} left by an interrupted write",
            store.relative(p).display()
        ));
    }
}
