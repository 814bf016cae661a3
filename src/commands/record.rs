//! `claimtrack record`: turn a hand edit of a claim file into a revision.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::fields;
use crate::output::print;

/// Record a hand edit of a claim file as a revision of its own
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
    /// Why the file was edited
    #[arg(long)]
    pub note: Option<String>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let path = store.claim_path(&args.id)?;
    let lock = store.lock(std::slice::from_ref(&path))?;
    super::report_cleaned(store, &lock.cleaned);
    let mut claim = store.load_claim(&args.id)?;
    let (replayed, _) = fields::replay(&claim.history, None);
    let changes = fields::diff(&replayed, &fields::project(&claim));
    if changes.is_empty() {
        print(&format!(
            "nothing to record: {} matches its history\n",
            claim.id
        ))?;
        return Ok(Exit::Success);
    }
    if let Some(problem) = crate::model::rules::verdict_problem(&claim) {
        return Err(Error::file(
            store.relative(&path),
            format!("{problem}; add the evidence to the file, then record"),
        ));
    }
    let names: Vec<String> = changes.iter().map(|(f, _)| f.clone()).collect();
    claim.append_revision(
        app.now()?,
        app.user(),
        "recorded",
        changes,
        super::args::optional_text(args.note).flatten(),
    );
    store.save_claim(&lock, &claim)?;
    print(&format!(
        "recorded the hand edit of {} as r{} ({})\n",
        claim.id,
        claim.history.len(),
        names.join(", ")
    ))?;
    Ok(Exit::Success)
}
