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

/// A side's bytes (a regular file, within the limit), and its text when it
/// is valid UTF-8 without conflict markers, or why it is not.
fn read(path: &Path) -> Result<(Vec<u8>, Result<String>)> {
    let bytes = store::read_limited(path, store::MAX_RECORD_BYTES)?;
    let text = store::decode(path, bytes.clone());
    Ok((bytes, text))
}

fn parse(path: &Path, text: &str) -> std::result::Result<Claim, Unmergeable> {
    store::parse::<Claim>(path, text).map_err(|e| Unmergeable::Unreadable(e.to_string()))
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    // The base is only read to be sure it is there; the histories carry everything.
    if !store::exists(&args.base) {
        return Err(Error::file(&args.base, "does not exist"));
    }
    let (ours_bytes, ours_text) = read(&args.ours)?;
    let (theirs_bytes, theirs_text) = read(&args.theirs)?;
    // A side that is not UTF-8, or already holds conflict markers, cannot be
    // merged: both are left between markers, so git reports a conflict.
    let merged = match (&ours_text, &theirs_text) {
        (Ok(o), Ok(t)) => match (parse(&args.ours, o), parse(&args.theirs, t)) {
            (Ok(ours), Ok(theirs)) => crate::merge::merge(&ours, &theirs),
            (Err(e), _) | (_, Err(e)) => Err(e),
        },
        (Err(e), _) | (_, Err(e)) => Err(Unmergeable::Unreadable(e.to_string())),
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
            // Both sides byte for byte: a side that is not UTF-8 stays as it was.
            let mut text = format!("{UNDECIDED}{why}\n<<<<<<< ours\n").into_bytes();
            let side = |text: &mut Vec<u8>, bytes: &[u8]| {
                text.extend_from_slice(bytes);
                if !text.ends_with(b"\n") {
                    text.push(b'\n');
                }
            };
            side(&mut text, &ours_bytes);
            text.extend_from_slice(b"=======\n");
            side(&mut text, &theirs_bytes);
            text.extend_from_slice(b">>>>>>> theirs\n");
            store::write_atomic(&args.ours, &text)?;
            note(&format!(
                "claimtrack: cannot merge {}: {why}",
                args.ours.display()
            ));
            Ok(Exit::Found)
        }
    }
}
