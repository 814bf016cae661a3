//! `claimtrack source update`: store a new revision of an article and re-anchor the claims quoting it.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::anchor::{self, Prepared, Row};
use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{Claim, Source, SourceRef};
use crate::output::{note, print};
use crate::render::diff as render;
use crate::store::{self, Lock, Store};

use super::anchoring::{anchor_rows, old_texts, on_revisions_up_to};
use super::read_article;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The source's id
    pub id: String,
    /// The article's new text: a file (.txt, or .html/.htm) or - for standard input
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.id)?;
    store.load_source(&args.id)?;
    let text = read_article(&args.file)?;
    // One lock for the whole update: the new revision and every claim moved
    // to it land together, and no other writer sees the source in between.
    let lock = store.lock(&[])?;
    let label = args.file.display().to_string();
    let revised = store_revision(app, store, lock, &args.id, &text, &label, |_| {})?;
    print(&revised.out)?;
    for e in &revised.errors {
        note(&format!("error: {}", e.report()));
    }
    Ok(if revised.failed {
        Exit::Found
    } else {
        Exit::Success
    })
}

/// What storing a new revision did: the text to print (the table of the claims
/// looked for in it), the claims left flagged, and whether anything failed.
#[derive(Debug)]
pub(super) struct Revised {
    pub out: String,
    pub flagged: Vec<String>,
    pub failed: bool,
    pub errors: Vec<Error>,
}

/// Store `text` as the next revision of source `source_id` and re-anchor the
/// claims quoting it, under `lock` (held until the claims are written): the one
/// path by which `source update` and `source refresh` store a revision.
/// `label` names where the text came from; `prepare` may change the source's
/// other fields, saved with the new revision.
pub(super) fn store_revision(
    app: &App,
    store: &Store,
    lock: Lock,
    source_id: &str,
    text: &str,
    label: &str,
    prepare: impl FnOnce(&mut Source),
) -> Result<Revised> {
    let mut source = store.load_source(source_id)?;
    let old_rev = source.latest_rev();
    // Refused before anything is stored, never wrapped to r0.
    store::next_rev(store, &source)?;
    let old_text = store.source_text(&source, old_rev)?;
    let digest = store::sha256_hex(text.as_bytes());
    if digest == store::sha256_hex(old_text.as_bytes()) && lock.finished_source(source_id) {
        // Run again after it was interrupted: taking the lock finished it.
        return Ok(Revised {
            out: format!("finished the interrupted update of {source_id} to r{old_rev}\n"),
            flagged: Vec::new(),
            failed: false,
            errors: Vec::new(),
        });
    }
    if digest == store::sha256_hex(old_text.as_bytes()) {
        return Err(Error::invalid(format!(
            "{label}: the text is identical to r{old_rev} of source `{source_id}`; nothing was stored"
        )));
    }
    let same_as = source
        .revisions
        .iter()
        .find(|r| r.sha256 == digest)
        .map(|r| r.rev);
    let trivial = anchor::only_white_space_differs(&old_text, text);
    // Everything is read before anything is stored.
    let (claims, errors) = store.claims_quoting(&source.id)?;
    let (on_or_before, unknown) = on_revisions_up_to(store, &source, &claims, old_rev);
    let texts = old_texts(store, &source, &on_or_before, old_rev.saturating_add(1))?;
    prepare(&mut source);
    let (new_rev, replaced) = store.add_source_revision(&lock, &mut source, text, app.now()?)?;
    if replaced {
        let file = source.revision(new_rev).map_or("", |r| r.file.as_str());
        note(&format!(
            "note: replaced sources/{}/{file}, left by an interrupted update",
            source.id
        ));
    }
    if let Some(rev) = same_as {
        note(&format!("note: r{new_rev} is the same text as r{rev}"));
    }
    let mut out = format!(
        "stored {} r{new_rev} ({} words){}\n",
        source.id,
        crate::model::words::count(text),
        if trivial {
            format!("; a trivial change from r{old_rev}: white space only")
        } else {
            String::new()
        }
    );
    let new = Prepared::new(text);
    let digest = source.revision(new_rev).and_then(|r| r.digest_to_record());
    let mut rows = anchor_rows(&texts, &on_or_before, new_rev, &new);
    let mut failed = !errors.is_empty() || !unknown.is_empty();
    let mut not_moved: Vec<String> = unknown.iter().map(|p| format!("not moved: {p}")).collect();
    // The claims moved to the new revision, each with the revision that
    // records it (checked and made in parallel; nothing is written yet).
    let outcomes: Vec<Option<Result<Claim>>> = rows
        .par_iter()
        .zip(&on_or_before)
        .map(|(row, (claim, _))| {
            row.outcome
                .verdict
                .is_exact()
                .then(|| move_claim(app, store, claim, row, &digest))
        })
        .collect();
    let mut moved: Vec<(usize, Claim)> = Vec::new();
    for (i, (row, outcome)) in rows.iter_mut().zip(outcomes).enumerate() {
        match outcome {
            None => row.action = format!("stays on r{}, flagged", row.from),
            Some(Ok(claim)) => moved.push((i, claim)),
            Some(Err(e)) => {
                failed = true;
                not_moved.push(format!("{}: not moved to r{new_rev}: {e}", row.claim));
                row.action = "not moved (see below)".to_string();
            }
        }
    }
    let to_write: Vec<&Claim> = moved.iter().map(|(_, c)| c).collect();
    let (written, tidy) =
        store.save_claims(&lock, &format!("source update {}", source.id), &to_write);
    drop(lock);
    if let Err(e) = tidy {
        failed = true;
        not_moved.push(format!("after moving the claims: {e}"));
    }
    for ((i, claim), result) in moved.iter().zip(written) {
        let row = &mut rows[*i];
        row.action = match result {
            Ok(_) => format!("moved to r{new_rev} (claim r{})", claim.history.len()),
            Err(e) => {
                failed = true;
                not_moved.push(format!("{}: not moved to r{new_rev}: {e}", row.claim));
                "not moved (see below)".to_string()
            }
        };
    }
    if rows.is_empty() {
        out.push_str("no claims quote this source\n");
    } else {
        out.push_str(&format!(
            "\nthe quote{} of {} claim{}, looked for in r{new_rev}:\n",
            crate::model::plural::suffix(rows.len()),
            rows.len(),
            crate::model::plural::suffix(rows.len())
        ));
        out.push_str(&render::anchor_table(&rows, app.painter(), app.width()));
        if rows.iter().any(|r| !r.outcome.verdict.is_exact()) {
            out.push_str(&format!(
                "\nflagged claims stay on their revision until re-anchored (`claimtrack edit ID --quote \"…\" --rev {new_rev}`)\nor kept (`claimtrack source keep ID --note \"why the old revision stands\"`)\n"
            ));
        }
    }
    for n in &not_moved {
        out.push_str(&format!("\n{n}\n"));
    }
    let flagged = rows
        .iter()
        .filter(|r| !r.outcome.verdict.is_exact())
        .map(|r| r.claim.clone())
        .collect();
    Ok(Revised {
        out,
        flagged,
        failed,
        errors,
    })
}

/// `claim` pointed at the quote found word for word in the new revision,
/// with the revision that records it; not yet written.
fn move_claim(
    app: &App,
    store: &Store,
    claim: &Claim,
    row: &Row,
    sha256: &Option<String>,
) -> Result<Claim> {
    let (Some(_), Some(passage)) = (row.outcome.range, row.outcome.passage.clone()) else {
        return Err(Error::invalid("no place to move to"));
    };
    let new_ref = SourceRef {
        id: claim.source.id.clone(),
        rev: row.to,
        sha256: sha256.clone(),
        quote: passage,
        prefix: row.outcome.prefix.clone(),
        suffix: row.outcome.suffix.clone(),
    };
    let note = format!(
        "article r{}: quote {} (was r{})",
        row.to, row.outcome.verdict, row.from
    );
    let mut moved = claim.clone();
    crate::commands::apply_change(app, store, &mut moved, "re-anchored", Some(note), |c| {
        c.source = new_ref;
        Ok(())
    })?;
    Ok(moved)
}
