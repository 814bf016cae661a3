//! `claimtrack list`: one line a claim, filtered.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::Claim;

use super::args::Filter;
use crate::output::{note, print};

/// List claims, one line each, open ones first
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub filter: Filter,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    // The table reads a claim's fields and the times of its revisions, not
    // what each revision changed: dropping that keeps large stores small.
    let (claims, errors) = store.load_all_claims_with(&|c| {
        for r in &mut c.history {
            r.changes.retain(|_| false);
        }
    })?;
    let mut selected: Vec<Claim> = claims
        .into_iter()
        .filter(|c| args.filter.matches(c))
        .collect();
    selected.sort_by(|a, b| {
        (!a.status.is_open(), a.logged_at(), &a.id).cmp(&(
            !b.status.is_open(),
            b.logged_at(),
            &b.id,
        ))
    });
    if selected.is_empty() {
        print("no claims match\n")?;
    } else {
        let flags = super::quote_flags(store, &selected);
        print(&crate::render::claims_table(&selected, &flags, &app.view()))?;
    }
    for e in &errors {
        note(&format!("error: {}", e.report()));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
