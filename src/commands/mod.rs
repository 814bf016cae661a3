//! One module a subcommand: its arguments and one run function.

pub(crate) mod add;
pub(crate) mod args;
pub(crate) mod assign;
pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod diff;
pub(crate) mod edit;
pub(crate) mod evidence;
pub(crate) mod export;
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
pub(crate) mod revert;
pub(crate) mod rm;
pub(crate) mod search;
pub(crate) mod show;
pub(crate) mod source;
pub(crate) mod verdict;

use std::collections::HashMap;

use crate::anchor::{self, Flag, Prepared};
use crate::app::App;
use crate::error::{Error, Result};
use crate::model::fields::{self, Fields};
use crate::model::{rules, verdicts, Claim, Status};
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

/// Apply `mutate` to each of the claims `ids` under one store lock, and
/// write them all only when every change passed its checks: either every
/// claim changes or none does. Returns the claims as written.
pub(crate) fn change_claims(
    app: &App,
    store: &Store,
    ids: &[String],
    action: &str,
    note: Option<String>,
    mutate: impl Fn(&mut Claim) -> Result<()>,
) -> Result<Vec<Claim>> {
    let mut unique: Vec<&String> = Vec::new();
    for id in ids {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    let paths = unique
        .iter()
        .map(|id| store.claim_path(id))
        .collect::<Result<Vec<_>>>()?;
    let lock = store.lock(&paths)?;
    report_cleaned(store, &lock.cleaned);
    let mut claims = Vec::with_capacity(unique.len());
    for id in &unique {
        let mut claim = store.load_claim(id)?;
        apply_change(app, store, &mut claim, action, note.clone(), &mutate)?;
        claims.push(claim);
    }
    if let [claim] = claims.as_slice() {
        store.save_claim(&lock, claim)?;
        return Ok(claims);
    }
    let refs: Vec<&Claim> = claims.iter().collect();
    let (results, tidy) = store.save_claims(&lock, action, &refs);
    for r in results {
        r?;
    }
    tidy?;
    Ok(claims)
}

/// Apply `mutate` to `claim` (as read under the store lock) and append the
/// revision that records it, after the checks every change must pass: the
/// file matches its history, something changed, a verdict stands on evidence
/// of its own stance (and `unverifiable` on a conclusion), and a correction
/// (one verdict into another) has a note, recorded as `corrected`. A verdict
/// command that asks for the status a claim already has, on a claim whose
/// merged verdicts disagree, settles it: a revision with its note and no
/// change. Writes nothing.
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
    let note = note.filter(|n| !n.trim().is_empty());
    let mut action = if action.is_empty() {
        derived_action(old_status, claim.status, &changes)
    } else {
        action.to_string()
    };
    if changes.is_empty() {
        let asks_for_this_verdict = Status::parse(&action) == Some(claim.status)
            || (action == "reopened" && claim.status == Status::Unverified);
        if !asks_for_this_verdict || verdicts::conflict(&claim.history).is_none() {
            return Err(Error::invalid(format!(
                "nothing to change: claim `{id}` already has these values"
            )));
        }
        if note.is_none() {
            return Err(Error::invalid(format!(
                "claim `{id}`: settling which verdict stands needs a note saying why (--note)"
            )));
        }
        action = verdicts::SETTLED.to_string();
    }
    if let Some(problem) = rules::verdict_problem(claim) {
        return Err(
            Error::invalid(format!("claim `{id}`: {problem}")).hint(verdict_hint(&id, problem))
        );
    }
    if rules::is_correction(old_status, claim.status) {
        if note.is_none() {
            return Err(Error::invalid(format!(
                "claim `{id}`: changing `{old_status}` into `{}` is a correction, and needs a note saying why (--note)",
                claim.status
            )));
        }
        if !action.starts_with("reverted") {
            action = verdicts::CORRECTED.to_string();
        }
    }
    claim.append_revision(app.now()?, app.user(), &action, changes, note);
    Ok(())
}

/// The action of a verdict command that named no status: the status it
/// set, or what else it changed.
fn derived_action(old: Status, new: Status, changes: &crate::model::Changes) -> String {
    if old != new {
        return match new {
            Status::Unverified => "reopened".into(),
            other => other.as_str().into(),
        };
    }
    if changes.get("rating").is_some() {
        "rated".into()
    } else {
        "concluded".into()
    }
}

/// What to do about a verdict that cannot stand, as whole commands (so that
/// the hint fits whichever command was run).
fn verdict_hint(id: &str, problem: rules::VerdictProblem) -> String {
    match problem {
        rules::VerdictProblem::NoConclusion => format!(
            "say why with --conclusion, e.g. `claimtrack mark {id} unverifiable --conclusion \"…\"`"
        ),
        rules::VerdictProblem::NoEvidence { status, stance } => {
            let stance = stance.map_or("supports|refutes|context", |s| s.as_str());
            let give = match status {
                Status::Verified => format!(
                    "; or give both at once with `claimtrack verify {id} --summary \"…\" --url …`"
                ),
                Status::Refuted => format!(
                    "; or give both at once with `claimtrack refute {id} --summary \"…\" --url …`"
                ),
                _ => String::new(),
            };
            format!(
                "add the evidence first with `claimtrack evidence {id} --stance {stance} --summary \"…\" --url …`, then give the verdict{give}"
            )
        }
    }
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
            let quoted = latest.source.rev_of(&claim.source);
            if quoted >= rev {
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
            anchor::flag(claim, quoted, rev, text)
        })
        .collect()
}

/// For commands that only show claims: set each claim's `source.rev` (in
/// memory, never written) to the revision its `source.sha256` names, which
/// a merge may have numbered anew (`Source::resolve`). Each source is read
/// once, and only for claims that have a digest; one that cannot be read
/// leaves the number as it is (`check` reports it).
pub(crate) fn settle_revs(store: &Store, claims: &mut [Claim]) {
    let mut sources: HashMap<String, Option<crate::model::Source>> = HashMap::new();
    for claim in claims.iter_mut().filter(|c| c.source.sha256.is_some()) {
        let source = sources
            .entry(claim.source.id.clone())
            .or_insert_with(|| store.load_source(&claim.source.id).ok());
        if let Some(source) = source {
            claim.source.rev = source.rev_of(&claim.source);
        }
    }
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
