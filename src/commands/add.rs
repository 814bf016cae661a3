//! `claimtrack add`: log a claim as unverified, anchored to its quote.

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::rules::{self, AttributionProblem};
use crate::model::{id, Attribution, Claim, Kind, SourceRef, Status};
use crate::output::print;
use std::path::PathBuf;

use crate::store::{self, Lock, Store};
use crate::text;

/// Log a claim as unverified, with its exact quote and attribution
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim in one sentence, as you would check it
    #[arg(value_name = "STATEMENT")]
    pub statement: String,
    /// The source it was found in
    #[arg(long, value_name = "ID")]
    pub source: String,
    /// The source revision the quote is in (default: the latest)
    #[arg(long, value_name = "REV")]
    pub rev: Option<u32>,
    /// The exact words in the article (default: the statement itself)
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// Who makes the claim (none for the outlet's own assertion)
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// The speaker's role, as the article gives it
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// An intermediary that cited the speaker, nearest first (repeatable)
    #[arg(long, value_name = "NAME")]
    pub via: Vec<String>,
    /// How the claim is attributed (default: paraphrase with a speaker, else outlet)
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
    /// The hedge the article puts on it ("reportedly", "unconfirmed" …)
    #[arg(long, value_name = "TEXT")]
    pub hedge: Option<String>,
    /// When the claim was made (default: the source's publication date)
    #[arg(long, value_parser = super::args::parse_date, value_name = "DATE")]
    pub claimed: Option<NaiveDate>,
    /// When a prediction becomes checkable: a date or days or weeks from today (7d, 2w)
    #[arg(long, value_name = "DATE")]
    pub check_after: Option<String>,
    /// When the desk wants a verdict: a date or days or weeks from today (3d, 2w)
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// A tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Id for the claim (default: made from the statement)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Why the claim was logged, kept in its first revision
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Do not look for claims already logged that say the same thing
    #[arg(long)]
    pub no_similar: bool,
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    DirectQuote,
    Paraphrase,
    Reported,
    Outlet,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::DirectQuote => Kind::DirectQuote,
            KindArg::Paraphrase => Kind::Paraphrase,
            KindArg::Reported => Kind::Reported,
            KindArg::Outlet => Kind::Outlet,
        }
    }
}

/// The quote located in revision `rev` of `source` (default: its latest), with its context.
pub(crate) fn locate_quote_in(
    store: &Store,
    source: &crate::model::Source,
    rev: Option<u32>,
    quote: &str,
) -> Result<SourceRef> {
    let source_id = source.id.as_str();
    let rev = rev.unwrap_or_else(|| source.latest_rev());
    let body = store.source_text(source, rev)?;
    let quote = quote.trim();
    if quote.is_empty() {
        return Err(Error::invalid(
            "the quote is empty; give the exact words from the article with --quote",
        ));
    }
    let anchor = text::anchor(&body, quote, "", "").ok_or_else(|| {
        Error::invalid(format!(
            "the quote does not occur in source `{source_id}` r{rev}: \"{}\"",
            crate::render::table::truncate(quote, 120)
        ))
        .hint(format!(
            "copy the exact words from the article (`claimtrack source show {source_id}` names its file); white space and curly quotes need not match"
        ))
    })?;
    Ok(SourceRef {
        id: source_id.to_string(),
        rev,
        sha256: source.revision(rev).and_then(|r| r.digest_to_record()),
        quote: body[anchor.start..anchor.end].to_string(),
        prefix: anchor.prefix,
        suffix: anchor.suffix,
    })
}

/// Log `claim` as a new claim: give it an id (`given`, else one made unique
/// from its statement), record every field it has as revision 1 (changes
/// from nothing, action `logged`), and write it. Call with the store lock held.
pub(crate) fn log_claim(
    app: &App,
    store: &Store,
    lock: &Lock,
    given: Option<String>,
    mut claim: Claim,
    note: Option<String>,
) -> Result<(Claim, PathBuf)> {
    claim.id = match given {
        Some(given) => {
            store::check_id(&given)?;
            if store.claim_exists(&given) {
                return Err(Error::invalid(format!(
                    "claim `{given}` already exists; choose another --id or change it with `claimtrack edit {given}`"
                )));
            }
            given
        }
        None => id::unique(&id::slug(&claim.statement), |c| store.claim_exists(c)),
    };
    claim.record_as_first(app.now()?, app.user(), "logged", note);
    let path = store.save_claim(lock, &claim)?;
    Ok((claim, path))
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.source)?;
    let statement = args.statement.trim().to_string();
    if statement.is_empty() {
        return Err(Error::invalid(
            "the statement is empty; say the claim in one sentence",
        ));
    }
    let quote = args.quote.clone().unwrap_or_else(|| statement.clone());
    let source = store.load_source(&args.source)?;
    let source_ref = locate_quote_in(store, &source, args.rev, &quote).map_err(|e| {
        // Only a quote that is not in the text earns the hint; a source that
        // cannot be read says so on its own.
        if args.quote.is_none() && matches!(e.inner(), Error::Invalid(_)) {
            e.hint("the statement is not in the article word for word; give --quote with the words that are")
        } else {
            e
        }
    })?;
    let published = source.published;
    let speaker = super::args::optional_text(args.speaker).flatten();
    let kind = args.kind.map(Kind::from).unwrap_or(if speaker.is_some() {
        Kind::Paraphrase
    } else {
        Kind::Outlet
    });
    match rules::attribution_problem(kind, speaker.is_some()) {
        Some(AttributionProblem::OutletWithSpeaker) => {
            return Err(Error::invalid(
                "--kind outlet is the article's own assertion and takes no --speaker",
            ))
        }
        Some(AttributionProblem::NeedsSpeaker(kind)) => {
            return Err(Error::invalid(format!(
                "--kind {} needs --speaker (who makes the claim)",
                kind.as_str()
            )))
        }
        None => {}
    }
    if let Some(given) = &args.id {
        store::check_id(given)?;
    }
    let mut claim = Claim::blank(String::new());
    claim.statement = statement;
    claim.status = Status::Unverified;
    claim.source = source_ref;
    claim.attribution = Attribution {
        speaker,
        role: super::args::optional_text(args.role).flatten(),
        via: args
            .via
            .into_iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect(),
        kind,
    };
    claim.hedge = super::args::optional_text(args.hedge).flatten();
    claim.claimed = args.claimed.or(published);
    let today = app.now()?.date_naive();
    claim.check_after = args
        .check_after
        .as_deref()
        .map(|d| super::args::parse_day(d, today))
        .transpose()?;
    claim.due = args
        .due
        .as_deref()
        .map(|d| super::args::parse_day(d, today))
        .transpose()?;
    for t in &args.tag {
        claim.add_tag(t);
    }
    let index = if args.no_similar {
        None
    } else {
        Some(super::search::print_similar(
            store,
            app.painter(),
            &claim.statement,
        ))
    };
    let lock = store.lock(&[])?;
    let (claim, path) = log_claim(
        app,
        store,
        &lock,
        args.id,
        claim,
        super::args::optional_text(args.note).flatten(),
    )?;
    let claim_id = claim.id.clone();
    print(&format!(
        "logged {} (unverified) from {} r{} → {}\n",
        claim_id,
        claim.source.id,
        claim.source.rev,
        store.relative(&path).display()
    ))?;
    if let Some(index) = index {
        super::search::commit(store, index);
    }
    Ok(Exit::Success)
}
