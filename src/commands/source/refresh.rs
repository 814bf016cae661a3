//! `claimtrack source refresh`: fetch articles again, store a revision when their text changed, re-anchor their claims.

use chrono::{DateTime, Utc};

use crate::anchor;
use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::Source;
use crate::output::{note, print};
use crate::store::{self, Store};
use crate::web::fetch::Expect;
use crate::web::pool::{fetch_all, Job};
use crate::web::{Fetched, Validators, WebError};

use super::update::{store_revision, Revised};
use super::web_add::{article_of, fetcher, progress};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The sources to fetch again (with --all or --due and no ids: every source with a web address)
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Fetch every source that has a web address
    #[arg(long)]
    pub all: bool,
    /// Only the sources due for a check: the time since their last check is at least a fifth of the story's age
    #[arg(long)]
    pub due: bool,
    /// Give up on each fetch after this many seconds (at most 30; for tests)
    #[arg(long, hide = true, value_name = "SECS")]
    pub timeout: Option<u64>,
}

/// What fetching one source again came to.
#[derive(Debug)]
enum Outcome {
    /// The server answered 304.
    NotModified,
    /// The article's text is the same (the page around it may have changed).
    Unchanged,
    /// A new revision, its claims re-anchored.
    Revised(Revised),
    Failed(String),
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let now = app.now()?;
    if args.ids.is_empty() && !args.all && !args.due {
        return Err(Error::invalid(
            "name the sources to fetch again, or pass --all (every source with a web address) or --due",
        ));
    }
    if !args.ids.is_empty() && args.all {
        return Err(Error::invalid(
            "--all fetches every source with a web address; give ids or --all, not both",
        ));
    }
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut sources = Vec::new();
    if args.ids.is_empty() {
        for id in store.source_ids()? {
            match store.load_source(&id) {
                Ok(source) if source.url.is_some() => sources.push(source),
                Ok(_) => {}
                Err(e) => failures.push((id, e.to_string())),
            }
        }
    } else {
        for id in &args.ids {
            store::check_id(id)?;
            let source = store.load_source(id)?;
            if source.url.is_none() {
                return Err(
                    Error::invalid(format!("source `{id}` has no url to fetch it from")).hint(
                        format!("store its new text with `claimtrack source update {id} FILE`"),
                    ),
                );
            }
            if !sources.iter().any(|s: &Source| s.id == source.id) {
                sources.push(source);
            }
        }
    }
    if args.due {
        sources.retain(|s| s.is_due(now));
    }
    let fetcher = fetcher(args.timeout);
    let jobs: Vec<Job<usize>> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| Job {
            key: i,
            url: s.url.clone().unwrap_or_default(),
            validators: (s.etag.is_some() || s.last_modified.is_some()).then(|| Validators {
                etag: s.etag.clone(),
                last_modified: s.last_modified.clone(),
            }),
        })
        .collect();
    let bar = progress(jobs.len(), "refreshing");
    let mut outcomes: Vec<Option<Outcome>> = (0..sources.len()).map(|_| None).collect();
    fetch_all(&fetcher, jobs, Expect::Page, |i, result| {
        if let (Some(source), Some(slot)) = (sources.get(i), outcomes.get_mut(i)) {
            bar.set_message(source.id.clone());
            *slot = Some(apply(app, store, source, result, now));
        }
        bar.inc(1);
    });
    bar.finish_and_clear();

    let mut out = String::new();
    let (mut unchanged, mut revised, mut flagged) = (0, 0, Vec::new());
    let mut failed_any = !failures.is_empty();
    for (source, outcome) in sources.iter().zip(outcomes) {
        let id = &source.id;
        match outcome.unwrap_or_else(|| Outcome::Failed("not fetched".into())) {
            Outcome::NotModified => {
                unchanged += 1;
                out.push_str(&format!(
                    "{id}: unchanged (not modified since the last fetch)\n"
                ));
            }
            Outcome::Unchanged => {
                unchanged += 1;
                out.push_str(&format!("{id}: unchanged\n"));
            }
            Outcome::Revised(r) => {
                revised += 1;
                failed_any |= r.failed;
                out.push_str(&format!("\n{id}: the article changed\n{}\n", r.out));
                flagged.extend(r.flagged.iter().map(|c| format!("{c} (source {id})")));
                for e in &r.errors {
                    note(&format!("error: {}", e.report()));
                }
            }
            Outcome::Failed(message) => failures.push((id.clone(), message)),
        }
    }
    failed_any |= !failures.is_empty();
    if sources.is_empty() && failures.is_empty() {
        out.push_str(if args.due {
            "no source is due for a check\n"
        } else {
            "no source has a web address to fetch\n"
        });
    } else {
        // Sources whose source.yaml could not be read count too.
        let tried = unchanged + revised + failures.len();
        out.push_str(&format!(
            "\nrefreshed {tried} source{}: {unchanged} unchanged, {revised} new revision{}, {} failed\n",
            if tried == 1 { "" } else { "s" },
            if revised == 1 { "" } else { "s" },
            failures.len()
        ));
    }
    for (id, message) in &failures {
        out.push_str(&format!("failed: {id}: {message}\n"));
    }
    if !flagged.is_empty() {
        out.push_str(&format!("flagged: {}\n", flagged.join(", ")));
    }
    print(&out)?;
    Ok(if failed_any || !flagged.is_empty() {
        Exit::Found
    } else {
        Exit::Success
    })
}

/// Store what one fetch found: the time of the check (and the server's validators), and a
/// new revision when the article's text changed. A failure stores nothing.
fn apply(
    app: &App,
    store: &Store,
    fetched_source: &Source,
    result: Result<Fetched, WebError>,
    now: DateTime<Utc>,
) -> Outcome {
    let id = &fetched_source.id;
    let url = fetched_source.url.clone().unwrap_or_default();
    let found = match result {
        Err(e) => return Outcome::Failed(e.to_string()),
        Ok(Fetched::NotModified) => None,
        Ok(Fetched::Page(page)) => match article_of(&page) {
            Ok(found) => Some(found),
            Err(e) => return Outcome::Failed(e.to_string()),
        },
    };
    let attempt = || -> Result<Outcome> {
        let lock = store.lock(&[])?;
        let mut source = store.load_source(id)?;
        let Some((article, validators)) = found else {
            source.checked = Some(now);
            store.save_source(&lock, &source)?;
            return Ok(Outcome::NotModified);
        };
        let old = store.source_text(&source, source.latest_rev())?;
        let record = |s: &mut Source| {
            s.checked = Some(now);
            s.etag = validators.etag.clone();
            s.last_modified = validators.last_modified.clone();
        };
        if old == article.text || anchor::only_white_space_differs(&old, &article.text) {
            record(&mut source);
            store.save_source(&lock, &source)?;
            return Ok(Outcome::Unchanged);
        }
        let revised = store_revision(app, store, lock, id, &article.text, &url, record)?;
        Ok(Outcome::Revised(revised))
    };
    attempt().unwrap_or_else(|e| Outcome::Failed(e.to_string()))
}
