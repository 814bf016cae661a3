//! `claimtrack edit`: change a claim's fields, recorded as a revision.

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::rules::{self, AttributionProblem};
use crate::model::Kind;
use crate::output::print;

use super::add::{locate_quote, KindArg};

/// Change a claim's fields; an empty value clears an optional field
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
    #[arg(long)]
    pub statement: Option<String>,
    /// New exact words from the article (found again in the source)
    #[arg(long)]
    pub quote: Option<String>,
    /// Anchor the quote in this source revision (re-anchoring after an article edit)
    #[arg(long, value_name = "N")]
    pub rev: Option<u32>,
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    /// Replace the intermediaries (repeatable, nearest to the speaker first)
    #[arg(long)]
    pub via: Vec<String>,
    /// Remove all intermediaries
    #[arg(long, conflicts_with = "via")]
    pub no_via: bool,
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    #[arg(long)]
    pub hedge: Option<String>,
    /// The verdict in a publisher's own words ("Pants on Fire")
    #[arg(long)]
    pub rating: Option<String>,
    #[arg(long, value_parser = super::args::parse_date)]
    pub claimed: Option<NaiveDate>,
    #[arg(long, value_parser = super::args::parse_date)]
    pub check_after: Option<NaiveDate>,
    /// Remove check_after
    #[arg(long, conflicts_with = "check_after")]
    pub no_check_after: bool,
    /// Add a tag (repeatable)
    #[arg(long)]
    pub tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long)]
    pub untag: Vec<String>,
    /// Why the change was made
    #[arg(long)]
    pub note: Option<String>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    // Re-anchoring reads the source before the lock is taken.
    let new_ref = if args.quote.is_some() || args.rev.is_some() {
        let current = store.load_claim(&args.id)?;
        let quote = args.quote.clone().unwrap_or(current.source.quote.clone());
        Some(locate_quote(
            store,
            &current.source.id,
            args.rev.or(args.quote.as_ref().map(|_| current.source.rev)),
            &quote,
        )?)
    } else {
        None
    };
    let claim = super::change_claim(app, store, &args.id, "edited", args.note, |c| {
        if let Some(s) = args.statement {
            let s = s.trim().to_string();
            if s.is_empty() {
                return Err(Error::invalid("the statement cannot be empty"));
            }
            c.statement = s;
        }
        if let Some(r) = new_ref {
            c.source = r;
        }
        if let Some(s) = super::args::optional_text(args.speaker) {
            c.attribution.speaker = s;
        }
        if let Some(r) = super::args::optional_text(args.role) {
            c.attribution.role = r;
        }
        if args.no_via {
            c.attribution.via.clear();
        } else if !args.via.is_empty() {
            c.attribution.via = args
                .via
                .iter()
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
        }
        if let Some(k) = args.kind {
            c.attribution.kind = Kind::from(k);
        }
        match rules::attribution_problem(c.attribution.kind, c.attribution.speaker.is_some()) {
            Some(AttributionProblem::OutletWithSpeaker) => {
                return Err(Error::invalid("kind `outlet` takes no speaker; clear it with --speaker \"\" or choose another --kind"))
            }
            Some(AttributionProblem::NeedsSpeaker(k)) => {
                return Err(Error::invalid(format!("kind `{}` needs a speaker (--speaker)", k.as_str())))
            }
            None => {}
        }
        if let Some(h) = super::args::optional_text(args.hedge) {
            c.hedge = h;
        }
        if let Some(r) = super::args::optional_text(args.rating) {
            c.rating = r;
        }
        if let Some(d) = args.claimed {
            c.claimed = Some(d);
        }
        if args.no_check_after {
            c.check_after = None;
        } else if let Some(d) = args.check_after {
            c.check_after = Some(d);
        }
        for t in &args.untag {
            c.remove_tag(t);
        }
        for t in &args.tag {
            c.add_tag(t);
        }
        Ok(())
    })?;
    let last = claim.history.last().map(|r| r.rev).unwrap_or(0);
    let changed: Vec<&str> = claim
        .history
        .last()
        .map(|r| r.changes.iter().map(|(f, _)| f.as_str()).collect())
        .unwrap_or_default();
    print(&format!(
        "edited {} (r{last}: {})\n",
        claim.id,
        changed.join(", ")
    ))?;
    Ok(Exit::Success)
}
