//! `claimtrack source show`: one source, its revisions and the claims anchored there.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The source's id
    pub id: String,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let source = store.load_source(&args.id)?;
    let (claims, errors) = store.claims_quoting(&source.id)?;
    let flags = crate::commands::quote_flags(store, &claims);
    print(&crate::render::source::show(
        &source,
        &claims,
        &flags,
        &app.view(),
    ))?;
    for e in &errors {
        crate::output::note(&format!("error: {}", e.report()));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
