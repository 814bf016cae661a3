//! `claimtrack edit`: change a claim's fields, recorded as a revision.

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::rules::{self, AttributionProblem};
use crate::model::Kind;
use crate::output::print;

use super::add::{locate_quote_in, KindArg};

/// Change a claim's fields; an empty value clears an optional field
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    #[arg(value_name = "ID")]
    pub id: String,
    /// The claim in one sentence, as you would check it
    #[arg(long, value_name = "TEXT")]
    pub statement: Option<String>,
    /// New exact words from the article (found again in the source)
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// Anchor the quote in this source revision (re-anchoring after an article edit)
    #[arg(long, value_name = "REV")]
    pub rev: Option<u32>,
    /// Who makes the claim ("" for the outlet's own assertion)
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// The speaker's role, as the article gives it
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Replace the intermediaries (repeatable, nearest to the speaker first)
    #[arg(long, value_name = "NAME")]
    pub via: Vec<String>,
    /// Remove all intermediaries
    #[arg(long, conflicts_with = "via")]
    pub no_via: bool,
    /// How the claim is attributed
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
    /// The hedge the article puts on it
    #[arg(long, value_name = "TEXT")]
    pub hedge: Option<String>,
    /// The verdict in the publisher's words; with a rating scale, a label for the claim's status
    #[arg(long, value_name = "LABEL")]
    pub rating: Option<String>,
    /// When the claim was made
    #[arg(long, value_parser = super::args::parse_date, value_name = "DATE")]
    pub claimed: Option<NaiveDate>,
    /// When a prediction becomes checkable: a date or days or weeks from today (7d, 2w)
    #[arg(long, value_name = "DATE")]
    pub check_after: Option<String>,
    /// Remove check_after
    #[arg(long, conflicts_with = "check_after")]
    pub no_check_after: bool,
    /// When the desk wants a verdict: a date or days or weeks from today (3d, 2w)
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long, conflicts_with = "due")]
    pub no_due: bool,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub untag: Vec<String>,
    /// Why the change was made
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    // Re-anchoring reads the source before the lock is taken.
    let new_ref = if args.quote.is_some() || args.rev.is_some() {
        let current = store.load_claim(&args.id)?;
        let quote = args.quote.clone().unwrap_or(current.source.quote.clone());
        let source = store.load_source(&current.source.id)?;
        // A new quote alone stays in the revision the claim quotes (found by its digest).
        let rev = args
            .rev
            .or(args.quote.as_ref().map(|_| source.rev_of(&current.source)));
        Some(locate_quote_in(store, &source, rev, &quote)?)
    } else {
        None
    };
    let today = app.now()?.date_naive();
    let day = |d: &Option<String>| {
        d.as_deref()
            .map(|d| super::args::parse_day(d, today))
            .transpose()
    };
    let (check_after, due) = (day(&args.check_after)?, day(&args.due)?);
    let scale = match &args.rating {
        Some(r) if !r.trim().is_empty() => store.settings()?.scale(),
        _ => Default::default(),
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
        match super::args::optional_text(args.rating) {
            Some(None) => c.rating = None,
            Some(Some(r)) => {
                // With a scale the label must stand for the status the claim has.
                let status = c.status;
                let request = crate::model::transition::Request {
                    status: Some(status),
                    rating: Some(r),
                    conclusion: None,
                };
                crate::model::transition::apply(c, &scale, request).map_err(|e| {
                    Error::invalid(format!("claim `{}`: {e}", c.id)).hint(format!(
                        "to change the verdict too, use `claimtrack mark {} --rating LABEL`",
                        c.id
                    ))
                })?;
            }
            None => {}
        }
        if let Some(d) = args.claimed {
            c.claimed = Some(d);
        }
        if args.no_check_after {
            c.check_after = None;
        } else if let Some(d) = check_after {
            c.check_after = Some(d);
        }
        if args.no_due {
            c.due = None;
        } else if let Some(d) = due {
            c.due = Some(d);
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
