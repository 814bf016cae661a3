//! `claimtrack show`: one claim in full.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

/// Show one claim in full, with its evidence and responses
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    #[arg(value_name = "ID")]
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    pub format: super::args::Format,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let mut claim = store.load_claim(&args.id)?;
    super::settle_revs(store, std::slice::from_mut(&mut claim));
    if args.format == super::args::Format::Json {
        print(&crate::render::claim_json::show(&claim, app.now()?))?;
        return Ok(Exit::Success);
    }
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
