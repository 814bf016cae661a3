//! `claimtrack show`: one claim in full.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

/// Show one claim in full, with its evidence and responses
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let claim = store.load_claim(&args.id)?;
    let flag = super::quote_flags(store, std::slice::from_ref(&claim))
        .pop()
        .flatten();
    print(&crate::render::claim::full(
        &claim,
        flag.as_ref(),
        &app.view(),
    ))?;
    Ok(Exit::Success)
}
