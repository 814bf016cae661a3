//! `claimtrack evidence`: add evidence to a claim without a verdict.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::Stance;
use crate::output::print;

use super::args::EvidenceInput;

/// Add evidence to a claim without changing its status
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
    /// What the evidence says about the claim
    #[arg(long, value_enum, value_name = "STANCE")]
    pub stance: StanceArg,
    #[command(flatten)]
    pub evidence: EvidenceInput,
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

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let stance = Stance::from(args.stance);
    let item = args.evidence.build(store, stance, app.user(), app.now()?)?;
    let claim = super::change_claim(app, store, &args.id, "evidence", args.note, |c| {
        c.evidence.push(item);
        Ok(())
    })?;
    print(&format!(
        "added {} evidence to {} (r{}, {})\n",
        stance.as_str(),
        claim.id,
        claim.history.len(),
        crate::model::plural::noun(claim.evidence.len(), "evidence item")
    ))?;
    Ok(Exit::Success)
}
