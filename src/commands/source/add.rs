//! `claimtrack source add`: store an article as revision 1 of a new source.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{id, Source, SourceRevision};
use crate::output::{note, print};
use crate::store::{self, Store};
use crate::web::link::looks_like_url;

use super::{read_article_page, web_add};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The article: a web address, a file (.txt, or .html/.htm) or - for standard input
    #[arg(value_name = "URL|FILE|-")]
    pub file: PathBuf,
    /// Read the address as an RSS or Atom feed and add each of its articles not stored yet
    #[arg(long)]
    pub feed: bool,
    /// Id for the source (default: made from the title)
    #[arg(long)]
    pub id: Option<String>,
    /// The article's headline (default: the page's headline, else its first line)
    #[arg(long)]
    pub title: Option<String>,
    /// Who published it (default: the page's site name)
    #[arg(long)]
    pub outlet: Option<String>,
    /// Where it was published (default: the address it was fetched from)
    #[arg(long)]
    pub url: Option<String>,
    /// When it was published (YYYY-MM-DD; default: the page's date)
    #[arg(long, value_parser = crate::commands::args::parse_date)]
    pub published: Option<NaiveDate>,
    /// Its language, as a tag such as en (default: the page's)
    #[arg(long)]
    pub language: Option<String>,
    /// Give up on each fetch after this many seconds (at most 30; for tests)
    #[arg(long, hide = true, value_name = "SECS")]
    pub timeout: Option<u64>,
}

/// A source about to be stored: its fields, and what its fetch left for the next one.
#[derive(Debug, Default)]
pub(super) struct NewSource {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
    /// Fetched from `url` just now: `checked` is set to the time it is stored.
    pub fetched: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let given = args.file.to_str().unwrap_or("");
    if args.feed || looks_like_url(given) {
        return web_add::run(app, args);
    }
    let store = app.store()?;
    let (text, page) = read_article_page(&args.file)?;
    let page = page.unwrap_or_default();
    let title = args
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .or(page.title)
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(160).collect())
        });
    let new = NewSource {
        id: args.id,
        title,
        outlet: args.outlet.or(page.outlet),
        url: args.url,
        published: args.published.or(page.published),
        language: args.language.or(page.language),
        ..NewSource::default()
    };
    // A text already stored is named instead of stored again (after the
    // id is checked, so a bad or taken id is still the error it was).
    if let Some(given) = &new.id {
        store::check_id(given)?;
    }
    if !new.id.as_deref().is_some_and(|g| store.source_exists(g)) {
        let digest = store::sha256_hex(text.as_bytes());
        if let Some((other, rev)) = stored_with_digest(store, &digest) {
            print(&format!(
                "already stored: source {other} r{rev} has the same text (sha256 {}…); nothing stored\nnext: claimtrack add \"STATEMENT\" --source {other} --quote \"exact words\"\n",
                &digest[..12]
            ))?;
            return Ok(Exit::Found);
        }
    }
    let source_id = store_new(app, store, &text, new)?;
    print(&format!(
        "stored source {source_id} r1 ({} words)\nnext: claimtrack add \"STATEMENT\" --source {source_id} --quote \"exact words\"\n",
        crate::model::words::count(&text)
    ))?;
    Ok(Exit::Success)
}

/// Store `text` as revision 1 of a new source; returns its id.
pub(super) fn store_new(app: &App, store: &Store, text: &str, new: NewSource) -> Result<String> {
    if let Some(url) = &new.url {
        if let Some(p) = crate::model::rules::url_problem(url) {
            return Err(Error::invalid(p));
        }
    }
    let lock = store.lock(&[])?;
    let source_id = match new.id {
        Some(given) => {
            store::check_id(&given)?;
            if store.source_exists(&given) {
                return Err(
                    Error::invalid(format!("source `{given}` already exists")).hint(format!(
                        "to store a new text of it, run `claimtrack source update {given} FILE`"
                    )),
                );
            }
            given
        }
        None => {
            let base = id::slug(new.title.as_deref().unwrap_or("source"));
            // A folder left by an interrupted `source add` or import is taken over.
            id::unique(&base, |c| {
                store.source_folder_exists(c) && !store.is_orphan_source(c)
            })
        }
    };
    let now = app.now()?;
    if store.write_source_text(&lock, &source_id, &[], "r1.txt", text)? {
        note(&format!(
            "note: replaced sources/{source_id}/r1.txt, left by an interrupted `source add`"
        ));
    }
    let source = Source {
        id: source_id.clone(),
        title: new.title,
        outlet: new.outlet,
        url: new.url,
        published: new.published,
        language: new.language,
        checked: new.fetched.then_some(now),
        etag: new.etag,
        last_modified: new.last_modified,
        revisions: vec![SourceRevision {
            rev: 1,
            file: "r1.txt".into(),
            retrieved: now,
            sha256: store::sha256_hex(text.as_bytes()),
        }],
    };
    store.save_source(&lock, &source)?;
    Ok(source_id)
}

/// The source and revision whose text has this sha256, if one has.
fn stored_with_digest(store: &store::Store, digest: &str) -> Option<(String, u32)> {
    store.source_ids().ok()?.into_iter().find_map(|sid| {
        let source = store.load_source(&sid).ok()?;
        let rev = source.revisions.iter().find(|r| r.sha256 == digest)?.rev;
        Some((source.id, rev))
    })
}
