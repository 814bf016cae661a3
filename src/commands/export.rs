//! `claimtrack export`: the store as a SQLite database, for Datasette or any SQL tool.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::export::{self, Database};
use crate::model::plural::count;
use crate::model::Source;
use crate::output::note;
use crate::store::{self, Store};

/// Write the whole store as one file for other tools: a SQLite database
///
/// Tables `claims`, `evidence`, `responses`, `revisions`, `sources` and
/// `source_revisions`, and `claims_fts`, a full-text index of the claims'
/// statements, quotes and speakers (Datasette shows it as a search box:
/// `datasette FILE`). Withheld evidence is written without its source, as
/// in reports. docs/export.md describes every column.
///
/// FILE is built beside itself under a temporary name and then renamed over
/// it: an existing FILE is replaced whole, and a failed export leaves it as
/// it was. Exits 1, writing nothing, when a claim or source file cannot be read.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The file to write (replaced if it exists)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The format of FILE
    #[arg(long, value_enum, default_value = "sqlite", value_name = "FORMAT")]
    pub format: Format,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A SQLite database with full-text search (open with Datasette, sqlite3, …)
    Sqlite,
}

/// Claims whose source is not in the store: how many, and the first (claim, source).
#[derive(Debug, Default)]
struct Missing {
    claims: usize,
    first: Option<(String, String)>,
}

/// What went into the file.
#[derive(Debug, Default)]
struct Counts {
    claims: usize,
    evidence: usize,
    responses: usize,
    revisions: usize,
    sources: usize,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    if args.file == Path::new("-") {
        return Err(Error::invalid(
            "a SQLite database cannot go to standard output; name a file",
        ));
    }
    // Checked before any work: the export never replaces a file of the store.
    store.refuse_own_file(&args.file)?;
    let now = app.now()?;
    let Format::Sqlite = args.format;
    let mut counts = Counts::default();
    let mut unreadable: Vec<Error> = Vec::new();
    let mut missing = Missing::default();
    let written = store::build_output(&args.file, |tmp| {
        let db = Database::create(tmp, &args.file, now)?;
        let sources = add_sources(store, &db, &mut unreadable)?;
        counts.sources = sources.len();
        add_claims(
            store,
            &db,
            &sources,
            &mut counts,
            &mut unreadable,
            &mut missing,
        )?;
        if !unreadable.is_empty() {
            return Ok(false);
        }
        db.finish()?;
        Ok(true)
    })?;
    for e in &unreadable {
        note(&format!("error: {e}"));
    }
    if !written {
        note(&format!(
            "nothing written to {}: {} could not be read",
            args.file.display(),
            count(unreadable.len(), "file", "files")
        ));
        return Ok(Exit::Found);
    }
    if let Some((claim, source)) = &missing.first {
        note(&format!(
            "warning: {} a source that is not in the store (claim `{claim}` quotes `{source}`); `claimtrack check` lists them",
            count(missing.claims, "claim quotes", "claims quote")
        ));
    }
    note(&format!(
        "wrote {}: {}, {}, {}, {}, {}",
        args.file.display(),
        count(counts.claims, "claim", "claims"),
        count(counts.evidence, "evidence item", "evidence items"),
        count(counts.responses, "response", "responses"),
        count(counts.revisions, "revision", "revisions"),
        count(counts.sources, "source", "sources"),
    ));
    Ok(Exit::Success)
}

/// Every source of the store into `db`; returns them by id.
fn add_sources(
    store: &Store,
    db: &Database,
    unreadable: &mut Vec<Error>,
) -> Result<HashMap<String, Source>> {
    let mut ids = HashMap::new();
    for id in store.source_ids()? {
        match store.load_source(&id) {
            Ok(source) => {
                db.add_source(&export::source_rows(&source))?;
                ids.insert(id, source);
            }
            Err(e) => unreadable.push(e),
        }
    }
    Ok(ids)
}

/// Every claim of the store into `db`, read through the claim cache with
/// their full histories (`Store::scan_claims_each`): a chunk of files at a
/// time, their rows made in parallel, so that only one chunk of claims is
/// ever in memory. Once a file could not be read nothing more is written
/// (the file will be dropped), but every file is still read, to name all
/// that cannot be.
fn add_claims(
    store: &Store,
    db: &Database,
    sources: &HashMap<String, Source>,
    counts: &mut Counts,
    unreadable: &mut Vec<Error>,
    missing: &mut Missing,
) -> Result<()> {
    let (note, again) = store.scan_claims_each(
        &|_| true,
        &|mut claim| {
            let absent = match sources.get(&claim.source.id) {
                // `source_rev` is the revision the claim quotes, found by its digest.
                Some(source) => {
                    claim.source.rev = source.rev_of(&claim.source);
                    None
                }
                None => Some((claim.id.clone(), claim.source.id.clone())),
            };
            let id = claim.id.clone();
            Some((
                export::claim_rows(&crate::report::redact(claim)),
                id,
                absent,
            ))
        },
        &mut |_, read| {
            let (rows, id, absent) = match read {
                Ok(Some(r)) => r,
                Ok(None) => return,
                Err(e) => {
                    unreadable.push(e);
                    return;
                }
            };
            if !unreadable.is_empty() {
                return;
            }
            if let Some(first) = absent {
                missing.claims += 1;
                missing.first.get_or_insert(first);
            }
            if let Err(message) = db.add_claim(&rows) {
                // A claim's id is its file's name.
                unreadable.push(Error::file(
                    store.claims_dir().join(format!("{id}.yaml")),
                    format!(
                        "cannot be exported ({message}); `claimtrack check` says what is wrong"
                    ),
                ));
                return;
            }
            counts.claims += 1;
            counts.evidence += rows.evidence.len();
            counts.responses += rows.responses.len();
            counts.revisions += rows.revisions.len();
        },
    )?;
    for n in [note, again.finish()].into_iter().flatten() {
        crate::output::note(&n);
    }
    Ok(())
}
