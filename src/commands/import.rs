//! `claimtrack import`: bring claims in from the LIAR dataset, a spreadsheet, or ClaimReview JSON-LD.

use std::path::PathBuf;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::import::{self, Context, Format};
use crate::output::{note, print};

/// Import claims from another tool's file, once (running it again adds nothing)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The file's format
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// The file to import (it is stored as the claims' source)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// For csv: fill a claim field from a column (repeatable), e.g. --map "Claim text=statement";
    /// COLUMN=- ignores a column. Fields: id, statement, quote, status, rating, speaker, role,
    /// via, kind, hedge, claimed, check_after, tags, note, evidence_url, evidence_summary
    #[arg(long, value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FormatArg {
    /// The LIAR dataset's TSV (PolitiFact statements)
    Liar,
    /// A spreadsheet export with a header row
    Csv,
    /// schema.org ClaimReview JSON-LD
    Claimreview,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let format = match args.format {
        FormatArg::Liar => Format::Liar,
        FormatArg::Csv => Format::Csv,
        FormatArg::Claimreview => Format::ClaimReview,
    };
    if !args.map.is_empty() && format != Format::Csv {
        return Err(Error::invalid("--map applies to --format csv only"));
    }
    let ctx = Context {
        by: app.user(),
        now: app.now()?,
    };
    let file = args.file.clone();
    let maps = args.map;
    let parse = |body: &str| {
        let parsed = match format {
            Format::Liar => import::liar::parse(body),
            Format::Csv => import::sheet::parse(body, &maps),
            Format::ClaimReview => import::claimreview::parse(body),
        };
        parsed.map_err(|e| match e {
            Error::Invalid(m) => Error::file(&file, m),
            other => other,
        })
    };
    let outcome = import::import_file(store, &args.file, format, parse, &ctx, |cleaned| {
        super::report_cleaned(store, cleaned)
    })?;
    let shown = args.file.display();
    let mut errs = String::new();
    for e in &outcome.errors {
        errs.push_str(&format!("{shown}:{}: skipped: {}\n", e.line, e.message));
    }
    if !errs.is_empty() {
        note(errs.trim_end());
    }
    let mut out = format!(
        "imported {} claim{} from {}",
        outcome.imported.len(),
        crate::model::plural::suffix(outcome.imported.len()),
        shown
    );
    if !outcome.source_id.is_empty() {
        out.push_str(&format!(
            " as source `{}`{}",
            outcome.source_id,
            if outcome.new_source { " (new)" } else { "" }
        ));
    }
    if outcome.already > 0 {
        out.push_str(&format!("; {} already in the store", outcome.already));
    }
    if !outcome.errors.is_empty() {
        out.push_str(&format!(
            "; {} record{} skipped (see above)",
            outcome.errors.len(),
            crate::model::plural::suffix(outcome.errors.len())
        ));
    }
    out.push('\n');
    print(&out)?;
    Ok(if outcome.errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
