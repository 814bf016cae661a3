//! `claimtrack search`: the claims that say the same thing as a text, best first.

use std::path::PathBuf;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::{note, print};
use crate::search::live::{self, Hit};
use crate::search::rank::Params;
use crate::search::DocMeta;
use crate::store::{self, Store};

use super::args::{Filter, Format};

/// A query longer than this is refused (1 MiB).
const MAX_QUERY_BYTES: u64 = 1 << 20;

/// Find the claims that say the same thing as a text, best first
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// What to look for: a claim, a headline, a pasted post (`-` reads standard input)
    #[arg(required_unless_present = "file")]
    pub(crate) query: Option<String>,
    /// Read the query from a file (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub(crate) file: Option<PathBuf>,
    /// How many claims to show at most
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub(crate) limit: u32,
    #[command(flatten)]
    pub(crate) filter: Filter,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub(crate) format: Format,
}

/// Whether a claim as the index holds it passes `filter`.
pub(crate) fn matches(filter: &Filter, m: &DocMeta) -> bool {
    let status = crate::model::Status::parse(&m.status);
    (filter.status.is_empty() || status.is_some_and(|s| filter.status.contains(&s)))
        && (!filter.open || status.is_some_and(|s| s.is_open()))
        && filter.source.as_ref().is_none_or(|s| m.source == *s)
        && filter
            .tag
            .as_ref()
            .is_none_or(|t| m.tags.iter().any(|x| x == t))
        && filter.speaker.as_ref().is_none_or(|s| {
            m.speaker
                .iter()
                .chain(m.via.iter())
                .any(|x| crate::model::names::contains(x, s))
        })
}

/// The query text from the arguments: the text itself, a file or standard input.
fn query_text(args: &Args) -> Result<String> {
    let from = match (&args.file, &args.query) {
        (Some(f), _) => Some(f.clone()),
        (None, Some(q)) if q == "-" => Some(PathBuf::from("-")),
        _ => None,
    };
    let text = match from {
        Some(path) => store::read_input(&path, MAX_QUERY_BYTES)?.text,
        None => args.query.clone().unwrap_or_default(),
    };
    if text.len() as u64 > MAX_QUERY_BYTES {
        return Err(Error::invalid(format!(
            "the query is longer than {MAX_QUERY_BYTES} bytes; give the claim itself"
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::invalid(
            "the query is empty; give the words to look for, e.g. `claimtrack search \"vaccines cause autism\"`",
        ));
    }
    Ok(text)
}

/// Notes about the index, on stderr.
fn print_notes(notes: &[String]) {
    for n in notes {
        note(&format!(
            "note: {}",
            n.replace(|c: char| c.is_control(), " ")
        ));
    }
}

/// Store the index files a search brought up to date (once the command
/// that searched has succeeded).
pub(crate) fn commit(store: &Store, pending: live::Pending) {
    print_notes(&pending.commit(store));
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let f = &args.filter;
    if f.mine || f.assignee.is_some() || f.unassigned || f.overdue {
        return Err(Error::invalid(
            "search filters by status, source, tag and speaker; for assignees and due dates use `claimtrack list`",
        ));
    }
    let text = query_text(&args)?;
    let store = app.store()?;
    let filter = args.filter.clone();
    let outcome = live::search(
        store,
        &text,
        &Params::default(),
        &|m| matches(&filter, m),
        args.limit as usize,
    )?;
    print_notes(&outcome.notes);
    let hits = &outcome.hits;
    match args.format {
        Format::Json => print(&crate::render::search::json(hits))?,
        Format::Text => print(&crate::render::search::text(
            hits,
            app.width(),
            app.painter(),
        ))?,
    }
    commit(store, outcome.pending);
    // Results without some claims are shown, but the run does not pass as
    // complete: a claim file that cannot be read is a problem to fix.
    Ok(if outcome.skipped > 0 {
        Exit::Found
    } else {
        Exit::Success
    })
}

/// A claim counts as saying the same thing as a new one from this share of
/// the score of a claim holding every word of it (see `Hit::share`).
pub(crate) const SIMILAR_SHARE: f32 = 0.6;

/// Claims already logged that say what `statement` says (at most three),
/// and the index files to store once the command succeeds. A search that
/// fails is a note, never a reason not to log the claim.
pub(crate) fn similar(store: &Store, statement: &str) -> (Vec<Hit>, live::Pending) {
    match live::search(store, statement, &Params::default(), &|_| true, 3) {
        Ok(outcome) => {
            print_notes(&outcome.notes);
            let hits = outcome
                .hits
                .into_iter()
                .filter(|h| h.share >= SIMILAR_SHARE)
                .collect();
            (hits, outcome.pending)
        }
        Err(e) => {
            note(&format!("note: no search for similar claims: {e}"));
            (Vec::new(), live::Pending::default())
        }
    }
}

/// Tell the user (on stderr) which logged claims resemble `statement`;
/// returns the index files to store once the command succeeds (`commit`).
pub(crate) fn print_similar(
    store: &Store,
    painter: &crate::output::Painter,
    statement: &str,
) -> live::Pending {
    let (hits, pending) = similar(store, statement);
    if !hits.is_empty() {
        note(&format!(
            "already logged, and saying much the same:\n{}",
            crate::render::search::similar(&hits, painter).trim_end()
        ));
    }
    pending
}

/// For each text, the logged claim that says the same thing, if one does;
/// and the index files to store once the command succeeds (`commit`).
pub(crate) fn repeats(store: &Store, texts: &[&str]) -> (Vec<Option<Hit>>, live::Pending) {
    match live::search_many(store, texts, &Params::default(), &|_| true, 1) {
        Ok(all) => {
            print_notes(&all.notes);
            let hits = all
                .hits
                .into_iter()
                .map(|h| h.into_iter().next().filter(|h| h.share >= SIMILAR_SHARE))
                .collect();
            (hits, all.pending)
        }
        Err(e) => {
            note(&format!("note: no search for claims already logged: {e}"));
            (vec![None; texts.len()], live::Pending::default())
        }
    }
}
