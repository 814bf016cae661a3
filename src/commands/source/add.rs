//! `claimtrack source add`: store an article as revision 1 of a new source.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{id, Source, SourceRevision};
use crate::output::{note, print};
use crate::store;

use super::read_article;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The article's text: a file (.txt, or .html/.htm) or - for standard input
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
    /// Id for the source (default: made from the title)
    #[arg(long)]
    pub id: Option<String>,
    /// The article's headline (default: its first line)
    #[arg(long)]
    pub title: Option<String>,
    /// Who published it
    #[arg(long)]
    pub outlet: Option<String>,
    /// Where it was published
    #[arg(long)]
    pub url: Option<String>,
    /// When it was published (YYYY-MM-DD)
    #[arg(long, value_parser = crate::commands::args::parse_date)]
    pub published: Option<NaiveDate>,
    /// Its language, as a tag such as en
    #[arg(long)]
    pub language: Option<String>,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let text = read_article(&args.file)?;
    let title = args
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(160).collect())
        });
    if let Some(url) = &args.url {
        if let Some(p) = crate::model::rules::url_problem(url) {
            return Err(Error::invalid(p));
        }
    }
    let lock = store.lock(&[])?;
    let source_id = match args.id {
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
            let base = id::slug(title.as_deref().unwrap_or("source"));
            // A folder left by an interrupted `source add` or import is taken over.
            id::unique(&base, |c| {
                store.source_folder_exists(c) && !store.is_orphan_source(c)
            })
        }
    };
    let now = app.now()?;
    if store.write_source_text(&lock, &source_id, &[], "r1.txt", &text)? {
        note(&format!(
            "note: replaced sources/{source_id}/r1.txt, left by an interrupted `source add`"
        ));
    }
    let source = Source {
        id: source_id.clone(),
        title,
        outlet: args.outlet,
        url: args.url,
        published: args.published,
        language: args.language,
        revisions: vec![SourceRevision {
            rev: 1,
            file: "r1.txt".into(),
            retrieved: now,
            sha256: store::sha256_hex(text.as_bytes()),
        }],
    };
    store.save_source(&lock, &source)?;
    print(&format!(
        "stored source {source_id} r1 ({} words)\nnext: claimtrack add \"STATEMENT\" --source {source_id} --quote \"exact words\"\n",
        crate::model::words::count(&text)
    ))?;
    Ok(Exit::Success)
}
