//! `claimtrack source keep`: record that a claim's quoted revision stands although the article changed.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::Kept;
use crate::output::print;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub claim: String,
    /// Why the revision it quotes still stands (e.g. "the claim was made in the original article")
    #[arg(long)]
    pub note: String,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let path = store.claim_path(&args.claim)?;
    let note_text = args.note.trim().to_string();
    if note_text.is_empty() {
        return Err(Error::invalid(
            "say why the old revision stands with --note TEXT",
        ));
    }
    let lock = store.lock(std::slice::from_ref(&path))?;
    crate::commands::report_cleaned(store, &lock.cleaned);
    let mut claim = store.load_claim(&args.claim)?;
    crate::commands::ensure_recorded(store, &claim)?;
    let source = store.load_source(&claim.source.id)?;
    let latest = source.latest_rev();
    let quoted = source.rev_of(&claim.source);
    if quoted != claim.source.rev {
        return Err(Error::invalid(format!(
            "claim `{}` names r{} of `{}`, but the text it quotes (its sha256) is r{quoted}, numbered anew by a merge",
            claim.id, claim.source.rev, source.id
        ))
        .hint(format!(
            "record the number first with `claimtrack edit {} --rev {quoted}`",
            claim.id
        )));
    }
    if claim.source.rev >= latest {
        return Err(Error::invalid(format!(
            "claim `{}` quotes r{}, the latest revision of `{}`; there is nothing to keep it over",
            claim.id, claim.source.rev, source.id
        )));
    }
    if claim.kept_over().is_some_and(|k| k >= latest) {
        return Err(Error::invalid(format!(
            "claim `{}` is already kept on r{} over r{latest}",
            claim.id, claim.source.rev
        )));
    }
    let action = Kept {
        kept: claim.source.rev,
        over: latest,
    };
    claim.append_revision(
        app.now()?,
        app.user(),
        action.to_string(),
        Default::default(),
        Some(note_text),
    );
    store.save_claim(&lock, &claim)?;
    print(&format!(
        "{}: {action} (r{}); it is no longer flagged until the article changes again\n",
        claim.id,
        claim.history.len()
    ))?;
    Ok(Exit::Success)
}
