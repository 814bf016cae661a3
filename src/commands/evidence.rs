//! `claimtrack evidence`: add evidence to a claim without a verdict.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::Stance;
use crate::output::print;

use super::EvidenceInput;

/// Add evidence to a claim without changing its status
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The claim's id
    pub id: String,
    /// What the evidence says about the claim
    #[arg(long, value_enum, value_name = "S")]
    pub stance: StanceArg,
    /// What the evidence shows
    #[arg(long)]
    pub summary: String,
    /// Where the evidence is
    #[arg(long, value_name = "U")]
    pub url: Option<String>,
    /// A source in this store that is the evidence
    #[arg(long, value_name = "ID")]
    pub evidence_source: Option<String>,
    /// A snapshot of the evidence that will not change
    #[arg(long, value_name = "U")]
    pub archived_url: Option<String>,
    /// The evidence's source is confidential (its name stays out of reports)
    #[arg(long)]
    pub withheld: bool,
    /// Why it matters, kept in the revision
    #[arg(long)]
    pub note: Option<String>,
}

/// `--stance` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StanceArg {
    Supports,
    Refutes,
    Context,
}

impl From<StanceArg> for Stance {
    fn from(s: StanceArg) -> Stance {
        match s {
            StanceArg::Supports => Stance::Supports,
            StanceArg::Refutes => Stance::Refutes,
            StanceArg::Context => Stance::Context,
        }
    }
}

pub fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let stance = Stance::from(args.stance);
    let item = EvidenceInput {
        summary: Some(args.summary),
        url: args.url,
        evidence_source: args.evidence_source,
        archived_url: args.archived_url,
        withheld: args.withheld,
    }
    .build(&store, stance, app.user(), app.now()?)?;
    let claim = super::change_claim(app, &store, &args.id, "evidence", args.note, |c| {
        c.evidence.push(item);
        Ok(())
    })?;
    print(&format!(
        "added {} evidence to {} (r{}, {} evidence item{})\n",
        stance.as_str(),
        claim.id,
        claim.history.len(),
        claim.evidence.len(),
        if claim.evidence.len() == 1 { "" } else { "s" }
    ));
    Ok(Exit::Success)
}
