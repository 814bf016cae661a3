//! `claimtrack assign`: who checks claims, and by when.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::print;

/// Say who checks claims, and by when
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claims' ids
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Who checks them (`-` for nobody)
    #[arg(long, value_name = "NAME", value_parser = super::args::parse_name)]
    pub to: Option<String>,
    /// When the desk wants a verdict: a date (YYYY-MM-DD) or days or weeks from today (3d, 2w)
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long, conflicts_with = "due")]
    pub no_due: bool,
    /// Why, in a sentence
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    if args.to.is_none() && args.due.is_none() && !args.no_due {
        return Err(Error::invalid(
            "nothing to assign: give --to NAME (or --to - for nobody), --due DATE or --no-due",
        ));
    }
    let store = app.store()?;
    let due = match &args.due {
        Some(d) => Some(super::args::parse_day(d, app.now()?.date_naive())?),
        None => None,
    };
    let to = args.to.as_deref().map(|t| match t.trim() {
        "-" | "" => None,
        name => Some(name.to_string()),
    });
    let claims = super::change_claims(app, store, &args.ids, "assigned", args.note, |c| {
        if let Some(to) = &to {
            c.assignee = to.clone();
        }
        if args.no_due {
            c.due = None;
        } else if due.is_some() {
            c.due = due;
        }
        Ok(())
    })?;
    let mut out = String::new();
    for c in &claims {
        let who = c.assignee.as_deref().unwrap_or("nobody");
        let due = c.due.map(|d| format!(", due {d}")).unwrap_or_default();
        out.push_str(&format!(
            "{}: with {who}{due} (r{})\n",
            c.id,
            c.history.len()
        ));
    }
    print(&out)?;
    Ok(Exit::Success)
}
