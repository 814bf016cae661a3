//! `claimtrack log`: a claim's revisions.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

/// Show a claim's revisions, oldest first
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let claim = store.load_claim(&args.id)?;
    print(&crate::render::claim::log(&claim, &app.view()))?;
    Ok(Exit::Success)
}
