//! `claimtrack log`: a claim's revisions.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

/// Show a claim's revisions, oldest first
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
    let claim = store.load_claim(&args.id)?;
    if args.format == super::args::Format::Json {
        print(&crate::render::claim_json::log(&claim))?;
        return Ok(Exit::Success);
    }
    print(&crate::render::claim::log(&claim, &app.view()))?;
    Ok(Exit::Success)
}
