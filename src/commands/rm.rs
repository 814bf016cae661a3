//! `claimtrack rm`: remove claims logged by mistake.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::print;

/// Remove claims logged by mistake (git keeps what they held)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claims' ids
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Why they go (required)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Also remove claims that have a verdict (which may have been published)
    #[arg(long)]
    pub force: bool,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let note = args
        .note
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| Error::invalid("removing claims needs --note saying why"))?;
    // An id given twice is removed once (the second removal would fail
    // after the first had already changed the store).
    let mut ids: Vec<&String> = Vec::new();
    for id in &args.ids {
        crate::store::check_id(id)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let paths = ids
        .iter()
        .map(|id| store.claim_path(id))
        .collect::<Result<Vec<_>>>()?;
    let lock = store.lock(&paths)?;
    super::report_cleaned(store, &lock.cleaned);
    let mut claims = Vec::new();
    for id in &ids {
        let claim = store.load_claim(id)?;
        if !claim.status.is_open() && !args.force {
            return Err(Error::invalid(format!(
                "claim `{id}` has a verdict ({}), which may have been published\n  hint: correct it with `claimtrack mark {id} STATUS --note …` or reopen it; to remove it all the same, add --force",
                claim.status
            )));
        }
        claims.push(claim);
    }
    let mut out = String::new();
    for claim in &claims {
        let path = store.remove_claim(&lock, &claim.id)?;
        let logged = claim
            .history
            .first()
            .map(|r| format!(", logged {} by {}", r.at.format("%Y-%m-%d"), r.by))
            .unwrap_or_default();
        out.push_str(&format!(
            "removed {} ({}{logged})\n",
            path.display(),
            crate::model::plural::noun(claim.history.len(), "revision")
        ));
    }
    out.push_str(&format!("note: {note}\n"));
    print(&out)?;
    Ok(Exit::Success)
}
