//! `claimtrack list`: one line a claim, filtered.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::{Claim, Status};

use super::args::{Filter, FilterContext};
use crate::output::{note, print};

/// List claims, one line each, open ones first
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub filter: Filter,
    /// Order: due (earliest first, none last), age (oldest first), status (open first)
    #[arg(long, value_enum, value_name = "ORDER")]
    pub sort: Option<Sort>,
    /// Output format
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    pub format: super::args::Format,
}

/// `--sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Sort {
    /// The earliest due day first; claims without one last
    Due,
    /// The oldest first
    Age,
    /// Open first, then by verdict
    Status,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    // The table reads a claim's fields and the times (and actions) of its
    // revisions, not what each revision changed: the cache's light history
    // is enough, and dropping even that keeps large stores small.
    let scan = store.scan_claims(&|_| false, &|mut c| {
        for r in &mut c.history {
            r.changes.retain(|_| false);
        }
        Some(c)
    })?;
    if let Some(n) = &scan.note {
        note(n);
    }
    let errors = scan.errors;
    let claims: Vec<Claim> = scan.kept.into_iter().map(|(_, c)| c).collect();
    args.filter.check_names(&claims, &store.source_ids()?)?;
    let now = app.now()?;
    let cx = FilterContext {
        user: app.user(),
        today: now.date_naive(),
    };
    let mut selected: Vec<Claim> = claims
        .into_iter()
        .filter(|c| args.filter.matches(c, &cx))
        .collect();
    match args.sort {
        None => selected.sort_by_cached_key(|c| (!c.status.is_open(), c.logged_at(), c.id.clone())),
        Some(Sort::Age) => selected.sort_by_cached_key(|c| (c.logged_at(), c.id.clone())),
        Some(Sort::Due) => {
            selected.sort_by_cached_key(|c| (c.due.is_none(), c.due, c.logged_at(), c.id.clone()))
        }
        Some(Sort::Status) => selected.sort_by_cached_key(|c| {
            let rank = Status::ALL.iter().position(|s| *s == c.status);
            (rank, c.logged_at(), c.id.clone())
        }),
    }
    super::settle_revs(store, &mut selected);
    if args.format == super::args::Format::Json {
        print(&crate::render::claim_json::list(&selected, now))?;
    } else if selected.is_empty() {
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
