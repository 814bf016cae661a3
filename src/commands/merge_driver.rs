//! `claimtrack merge-driver`: a git merge driver for claim files that keeps every revision.

use std::path::{Path, PathBuf};

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::merge::{Unmergeable, UNDECIDED};
use crate::model::Claim;
use crate::output::note;
use crate::store;

/// Merge two versions of a claim file for git, uniting both histories
///
/// Register it once per clone:
///   git config merge.claimtrack.driver "claimtrack merge-driver %O %A %B"
/// with `claims/*.yaml merge=claimtrack` in .gitattributes (`claimtrack init` writes it).
/// The result is written to OURS. Exits 1 when it cannot decide, leaving
/// both versions between conflict markers, which `claimtrack check` explains.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The common ancestor's version (%O; may be empty)
    pub base: PathBuf,
    /// Our version (%A); the merged claim is written here
    pub ours: PathBuf,
    /// Their version (%B)
    pub theirs: PathBuf,
}

fn read(path: &Path) -> Result<String> {
    store::read_text(path, store::MAX_RECORD_BYTES)
}

fn parse(path: &Path, text: &str) -> std::result::Result<Claim, Unmergeable> {
    store::parse::<Claim>(path, text).map_err(|e| Unmergeable::Unreadable(e.to_string()))
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    // The base is only read to be sure it is there; the histories carry everything.
    if !store::exists(&args.base) {
        return Err(Error::file(&args.base, "does not exist"));
    }
    let ours_text = read(&args.ours)?;
    let theirs_text = read(&args.theirs)?;
    let merged = match (
        parse(&args.ours, &ours_text),
        parse(&args.theirs, &theirs_text),
    ) {
        (Ok(ours), Ok(theirs)) => crate::merge::merge(&ours, &theirs),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match merged {
        Ok(m) => {
            let text =
                crate::yaml::to_string(&m.claim).map_err(|e| Error::unwritable(&args.ours, e))?;
            store::write_atomic(&args.ours, text.as_bytes())?;
            let mut summary = format!(
                "claimtrack: merged claim {}: {} revisions ({} only ours, {} only theirs)",
                m.claim.id,
                m.claim.history.len(),
                m.ours_only,
                m.theirs_only
            );
            for (field, rev) in &m.decided {
                summary.push_str(&format!(
                    "\n  both sides changed `{field}`: the later change (r{rev}) is kept, both are recorded"
                ));
            }
            note(&summary);
            Ok(Exit::Success)
        }
        Err(why) => {
            let why = why.to_string().replace('\n', " ");
            let mut text = format!("{UNDECIDED}{why}\n<<<<<<< ours\n{ours_text}");
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!("=======\n{theirs_text}"));
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(">>>>>>> theirs\n");
            store::write_atomic(&args.ours, text.as_bytes())?;
            note(&format!(
                "claimtrack: cannot merge {}: {why}",
                args.ours.display()
            ));
            Ok(Exit::Found)
        }
    }
}
