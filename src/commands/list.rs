//! `claimtrack list`: one line a claim, filtered.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::{Claim, Status};
use crate::output::{note, print};

/// List claims, one line each, open ones first
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filter: Filter,
}

/// Which claims to include; every given condition must hold.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Filter {
    /// Only claims with this status (repeatable)
    #[arg(long, value_parser = super::verdict::parse_status, value_name = "S")]
    pub status: Vec<Status>,
    /// Only open claims (unverified or in review)
    #[arg(long)]
    pub open: bool,
    /// Only claims from this source
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Only claims with this tag
    #[arg(long, value_name = "T")]
    pub tag: Option<String>,
    /// Only claims whose speaker (or intermediary) contains this text
    #[arg(long, value_name = "S")]
    pub speaker: Option<String>,
}

impl Filter {
    pub fn matches(&self, c: &Claim) -> bool {
        (self.status.is_empty() || self.status.contains(&c.status))
            && (!self.open || c.status.is_open())
            && self.source.as_ref().is_none_or(|s| c.source.id == *s)
            && self
                .tag
                .as_ref()
                .is_none_or(|t| c.tags.iter().any(|x| x == t))
            && self.speaker.as_ref().is_none_or(|s| {
                let s = s.to_lowercase();
                c.attribution
                    .speaker
                    .iter()
                    .chain(c.attribution.via.iter())
                    .any(|x| x.to_lowercase().contains(&s))
            })
    }
}

pub fn run(app: &App, args: Args) -> Result<Exit> {
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
        print("no claims match\n");
    } else {
        print(&crate::render::claims_table(&selected, app));
    }
    for e in &errors {
        note(&format!("error: {e}"));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
