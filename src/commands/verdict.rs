//! `claimtrack verify`, `refute` and `mark`: verdicts and other status changes.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{Stance, Status};
use crate::output::print;

use super::args::{parse_status, EvidenceInput};

/// Give a verdict, with the evidence it stands on
#[derive(Debug, clap::Args)]
pub(crate) struct VerdictArgs {
    /// The claim's id
    pub id: String,
    /// The evidence the verdict stands on (added as an evidence item)
    #[command(flatten)]
    pub evidence: EvidenceInput,
    /// The verdict in the publisher's own words ("Pants on Fire")
    #[arg(long)]
    pub rating: Option<String>,
    /// Why, in a sentence
    #[arg(long)]
    pub note: Option<String>,
}

/// Change a claim's status: mixed, unverifiable, in-review, or reopen (unverified)
#[derive(Debug, clap::Args)]
pub(crate) struct MarkArgs {
    /// The claim's id
    pub id: String,
    /// The new status
    #[arg(value_parser = parse_status)]
    pub status: Status,
    /// Why (required for unverifiable)
    #[arg(long)]
    pub note: Option<String>,
    /// The verdict in the publisher's own words
    #[arg(long)]
    pub rating: Option<String>,
}

pub(crate) fn verify(app: &App, args: VerdictArgs) -> Result<Exit> {
    verdict(app, args, Status::Verified, Stance::Supports)
}

pub(crate) fn refute(app: &App, args: VerdictArgs) -> Result<Exit> {
    verdict(app, args, Status::Refuted, Stance::Refutes)
}

fn verdict(app: &App, args: VerdictArgs, status: Status, stance: Stance) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let input = args.evidence;
    let evidence = if input.is_empty() {
        None
    } else {
        Some(input.build(store, stance, app.user(), app.now()?)?)
    };
    let action = status.as_str();
    let claim = super::change_claim(app, store, &args.id, action, args.note, |c| {
        set_status(c, status, args.rating, evidence.is_some())?;
        c.evidence.extend(evidence);
        Ok(())
    })?;
    print(&outcome(app, &claim))?;
    Ok(Exit::Success)
}

pub(crate) fn mark(app: &App, args: MarkArgs) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let status = args.status;
    let action = match status {
        Status::Unverified => "reopened",
        other => other.as_str(),
    };
    let claim = super::change_claim(app, store, &args.id, action, args.note, |c| {
        set_status(c, status, args.rating, false)
    })?;
    print(&outcome(app, &claim))?;
    Ok(Exit::Success)
}

/// Set the status (and the rating, when given). Setting the status a claim
/// already has is refused unless the same command adds evidence to it.
fn set_status(
    c: &mut crate::model::Claim,
    status: Status,
    rating: Option<String>,
    adds_evidence: bool,
) -> Result<()> {
    if c.status == status && !adds_evidence {
        return Err(Error::invalid(format!(
            "claim `{}` is already {status}",
            c.id
        )));
    }
    c.status = status;
    if let Some(r) = super::args::optional_text(rating) {
        c.rating = r;
    }
    Ok(())
}

/// `id is status (rN, N evidence items)`.
fn outcome(app: &App, claim: &crate::model::Claim) -> String {
    let style = crate::render::status_style(claim.status).unwrap_or_default();
    format!(
        "{} is {} (r{}, {})\n",
        claim.id,
        app.painter().paint(style, claim.status.as_str()),
        claim.history.len(),
        crate::model::plural::noun(claim.evidence.len(), "evidence item")
    )
}
