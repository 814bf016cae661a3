//! `claimtrack merge-driver`: a git merge driver for claim files and `source.yaml` that keeps every revision.

use std::path::{Path, PathBuf};

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::merge::{Unmergeable, UNDECIDED};
use crate::merge_source::{merge_source, SourceUnmergeable, UNDECIDED_SOURCE};
use crate::model::{Claim, Source};
use crate::output::note;
use crate::store;

/// Merge two versions of a claim file or a source.yaml for git, keeping every revision
///
/// Register it once per clone:
///   git config merge.claimtrack.driver "claimtrack merge-driver %O %A %B %P"
/// with `claims/*.yaml merge=claimtrack` and `sources/*/source.yaml merge=claimtrack`
/// in .gitattributes (`claimtrack init` writes both).
/// A claim's histories are united; a source's revisions are united by the
/// digest of their text and numbered by when they were retrieved.
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
    /// The file's path in the repository (%P): `source.yaml` is merged as a
    /// source, anything else as a claim. Without it, the file's own keys decide
    pub path: Option<PathBuf>,
}

/// Whether the file being merged is a `source.yaml`: by its path in the
/// repository when git gave it, else by its top-level keys (a source lists
/// `revisions`, a claim keeps a `history`).
fn is_source(path: Option<&Path>, texts: [&Result<String>; 2]) -> bool {
    if let Some(p) = path {
        return p.file_name().is_some_and(|n| n == "source.yaml");
    }
    let text = texts.into_iter().find_map(|t| t.as_ref().ok());
    text.is_some_and(|t| {
        t.lines().any(|l| l.starts_with("revisions:"))
            && !t.lines().any(|l| l.starts_with("history:"))
    })
}

/// A side's bytes (a regular file, within the limit), and its text when it
/// is valid UTF-8 without conflict markers, or why it is not. A side that
/// cannot be read at all (over the limit, not a regular file) is left out
/// of the conflict it makes: a line in its place says why, and git keeps
/// every side (`git checkout --theirs PATH`).
fn read(path: &Path) -> (Vec<u8>, Result<String>) {
    match store::read_limited(path, store::MAX_RECORD_BYTES) {
        Ok(bytes) => {
            let text = store::decode(path, bytes.clone());
            (bytes, text)
        }
        Err(e) => {
            let why = crate::escape::terminal(&e.to_string(), false).replace('\n', " ");
            let placeholder = format!("# this side is not shown here: {why}\n");
            (placeholder.into_bytes(), Err(e))
        }
    }
}

fn parse(path: &Path, text: &str) -> std::result::Result<Claim, Unmergeable> {
    store::parse::<Claim>(path, text).map_err(|e| Unmergeable::Unreadable(e.to_string()))
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    // The base must be there: a claim's histories carry everything, a
    // source's fields are merged three ways against it.
    // A side that is not there is a call git never makes: refused, and
    // nothing written.
    for path in [&args.base, &args.ours, &args.theirs] {
        if !store::exists(path) {
            return Err(Error::file(path, "does not exist"));
        }
    }
    let (ours_bytes, ours_text) = read(&args.ours);
    let (theirs_bytes, theirs_text) = read(&args.theirs);
    if is_source(args.path.as_deref(), [&ours_text, &theirs_text]) {
        let sides = Sides {
            ours: (&ours_bytes, &ours_text),
            theirs: (&theirs_bytes, &theirs_text),
        };
        return merge_source_file(&args, sides);
    }
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
        Err(why) => leave_conflict(
            &args.ours,
            UNDECIDED,
            &why.to_string(),
            &ours_bytes,
            &theirs_bytes,
        ),
    }
}

/// Leave both sides, byte for byte, between conflict markers under a first
/// line (`undecided`) that says why, and exit 1 so git reports a conflict.
fn leave_conflict(
    ours: &Path,
    undecided: &str,
    why: &str,
    ours_bytes: &[u8],
    theirs_bytes: &[u8],
) -> Result<Exit> {
    // The reason may quote what a side holds: no control character reaches the file.
    let why = crate::escape::terminal(why, false).replace('\n', " ");
    // Both sides byte for byte: a side that is not UTF-8 stays as it was.
    let mut text = format!("{undecided}{why}\n<<<<<<< ours\n").into_bytes();
    let side = |text: &mut Vec<u8>, bytes: &[u8]| {
        text.extend_from_slice(bytes);
        if !text.ends_with(b"\n") {
            text.push(b'\n');
        }
    };
    side(&mut text, ours_bytes);
    text.extend_from_slice(b"=======\n");
    side(&mut text, theirs_bytes);
    text.extend_from_slice(b">>>>>>> theirs\n");
    store::write_atomic(ours, &text)?;
    note(&format!(
        "claimtrack: cannot merge {}: {why}",
        ours.display()
    ));
    Ok(Exit::Found)
}

/// Each side's bytes and its text (or why it has none).
struct Sides<'a> {
    ours: (&'a [u8], &'a Result<String>),
    theirs: (&'a [u8], &'a Result<String>),
}

/// Merge two versions of a `source.yaml` (`merge_source`), the base read
/// when it can be: an empty or unreadable base is no ancestor.
fn merge_source_file(args: &Args, sides: Sides<'_>) -> Result<Exit> {
    let parse =
        |path: &Path, text: &Result<String>| -> std::result::Result<Source, SourceUnmergeable> {
            match text {
                Ok(t) => store::parse::<Source>(path, t)
                    .map_err(|e| SourceUnmergeable::Unreadable(e.to_string())),
                Err(e) => Err(SourceUnmergeable::Unreadable(e.to_string())),
            }
        };
    let base = store::read_limited(&args.base, store::MAX_RECORD_BYTES)
        .ok()
        .and_then(|b| store::decode(&args.base, b).ok())
        .and_then(|t| store::parse::<Source>(&args.base, &t).ok());
    let merged = match (
        parse(&args.ours, sides.ours.1),
        parse(&args.theirs, sides.theirs.1),
    ) {
        (Ok(ours), Ok(theirs)) => merge_source(base.as_ref(), &ours, &theirs),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match merged {
        Ok(m) => {
            let text =
                crate::yaml::to_string(&m.source).map_err(|e| Error::unwritable(&args.ours, e))?;
            store::write_atomic(&args.ours, text.as_bytes())?;
            let mut summary = format!(
                "claimtrack: merged source {}: {} revisions ({} only ours, {} only theirs)",
                m.source.id,
                m.source.revisions.len(),
                m.ours_only,
                m.theirs_only
            );
            for (file, was, now) in &m.renumbered {
                summary.push_str(&format!("\n  {file}: r{was} is now r{now}"));
            }
            note(&summary);
            Ok(Exit::Success)
        }
        Err(why) => leave_conflict(
            &args.ours,
            UNDECIDED_SOURCE,
            &why.to_string(),
            sides.ours.0,
            sides.theirs.0,
        ),
    }
}
