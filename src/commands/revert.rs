//! `claimtrack revert`: restore a claim as it was at an earlier revision, as a new revision.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{fields, verdicts};
use crate::output::print;

/// Restore a claim's fields as they were at an earlier revision, recorded as a new revision
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    #[arg(value_name = "ID")]
    pub id: String,
    /// The revision to restore (default: the one before the last)
    #[arg(long, value_name = "REV")]
    pub to: Option<u32>,
    /// Why, in a sentence (required)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let note = args
        .note
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| Error::invalid("a revert needs --note saying why"))?;
    let path = store.claim_path(&args.id)?;
    let lock = store.lock(std::slice::from_ref(&path))?;
    super::report_cleaned(store, &lock.cleaned);
    let mut claim = store.load_claim(&args.id)?;
    let last = claim.history.len() as u32;
    let target = args.to.unwrap_or(last.saturating_sub(1));
    if last < 2 {
        return Err(Error::invalid(format!(
            "claim `{}` has only its first revision, so there is no earlier one to restore",
            claim.id
        ))
        .hint(format!(
            "to drop a claim logged by mistake, run `claimtrack rm {} --note …`",
            claim.id
        )));
    }
    if target == 0 || target >= last {
        return Err(Error::invalid(format!(
            "claim `{}` has revisions 1 to {last}, so there is no revision {target} before the last to restore",
            claim.id
        ))
        .hint(format!(
            "--to takes a revision from 1 to {}; `claimtrack log {}` lists them",
            last.saturating_sub(1),
            claim.id
        )));
    }
    let (state, issues) = fields::replay(&claim.history, Some(target));
    if let Some(issue) = issues.first() {
        return Err(Error::invalid(format!(
            "claim `{}`: its history does not replay to r{target} ({})",
            claim.id, issue.message
        )));
    }
    let restored = fields::build(&claim.id, &state).map_err(|e| Error::invalid(e.to_string()))?;
    super::apply_change(
        app,
        store,
        &mut claim,
        &verdicts::reverted(target),
        Some(note),
        |c| {
            let history = std::mem::take(&mut c.history);
            *c = restored;
            c.history = history;
            Ok(())
        },
    )?;
    store.save_claim(&lock, &claim)?;
    let last = claim.history.last();
    let changed: Vec<&str> = last
        .map(|r| r.changes.iter().map(|(f, _)| f.as_str()).collect())
        .unwrap_or_default();
    print(&format!(
        "{}: {} (r{}: {})\n",
        claim.id,
        last.map_or("reverted", |r| r.action.as_str()),
        claim.history.len(),
        changed.join(", ")
    ))?;
    Ok(Exit::Success)
}
