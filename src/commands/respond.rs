//! `claimtrack respond`: record what a party concerned said when asked.

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{Response, ResponseKind};
use crate::output::print;

/// Record what a party concerned said when asked about the claim
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
    /// Who answered ("Chinese Ministry of Foreign Affairs (Mao Ning)")
    #[arg(long, value_name = "NAME")]
    pub party: String,
    /// What kind of answer it was
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: ResponseKindArg,
    /// Their words
    #[arg(long)]
    pub quote: Option<String>,
    /// When they said it (YYYY-MM-DD)
    #[arg(long, value_parser = super::args::parse_date)]
    pub date: Option<NaiveDate>,
    /// A note kept in the revision
    #[arg(long)]
    pub note: Option<String>,
}

/// `--kind` values for responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResponseKindArg {
    Confirmed,
    Denied,
    NonDenial,
    Declined,
    NoResponse,
}

impl From<ResponseKindArg> for ResponseKind {
    fn from(k: ResponseKindArg) -> ResponseKind {
        match k {
            ResponseKindArg::Confirmed => ResponseKind::Confirmed,
            ResponseKindArg::Denied => ResponseKind::Denied,
            ResponseKindArg::NonDenial => ResponseKind::NonDenial,
            ResponseKindArg::Declined => ResponseKind::Declined,
            ResponseKindArg::NoResponse => ResponseKind::NoResponse,
        }
    }
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let party = args.party.trim().to_string();
    if party.is_empty() {
        return Err(Error::invalid("--party cannot be empty: say who answered"));
    }
    let response = Response {
        party,
        kind: ResponseKind::from(args.kind),
        quote: super::args::optional_text(args.quote).flatten(),
        date: args.date,
    };
    let kind = response.kind;
    let claim = super::change_claim(app, store, &args.id, "response", args.note, |c| {
        c.responses.push(response);
        Ok(())
    })?;
    print(&format!(
        "recorded a {} response on {} (r{})\n",
        kind.as_str(),
        claim.id,
        claim.history.len()
    ))?;
    Ok(Exit::Success)
}
