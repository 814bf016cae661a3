//! `claimtrack source update`, `source diff` and `source keep`: article revisions and the quotes in them.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::anchor::{self, Prepared, Row};
use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{Claim, Revision, Source, SourceRef};
use crate::output::{note, print};
use crate::render::diff as render;
use crate::store::{self, Store};

use super::check::Format;
use super::source::{read_article, DiffArgs, KeepArgs, UpdateArgs};

/// The claims that quote a revision of `source` up to `to`, and an error
/// for each claim quoting a revision the source does not have (a hand edit).
fn on_revisions_up_to<'a>(
    store: &Store,
    source: &Source,
    claims: &'a [Claim],
    to: u32,
) -> (Vec<&'a Claim>, Vec<Error>) {
    let mut kept = Vec::new();
    let mut problems = Vec::new();
    for c in claims {
        if source.revision(c.source.rev).is_none() {
            let message = format!(
                "quotes r{} of `{}`, a revision it does not have; see `claimtrack check`",
                c.source.rev, source.id
            );
            problems.push(match store.claim_path(&c.id) {
                Ok(path) => Error::file(store.relative(&path), message),
                Err(_) => Error::invalid(format!("{}: {message}", c.id)),
            });
        } else if c.source.rev <= to {
            kept.push(c);
        }
    }
    (kept, problems)
}

/// The texts of the revisions older than `to` that `claims` quote, each read once.
fn old_texts(
    store: &Store,
    source: &Source,
    claims: &[&Claim],
    to: u32,
) -> Result<HashMap<u32, String>> {
    let mut texts: HashMap<u32, String> = HashMap::new();
    for c in claims.iter().filter(|c| c.source.rev < to) {
        if let std::collections::hash_map::Entry::Vacant(e) = texts.entry(c.source.rev) {
            e.insert(store.source_text(source, c.source.rev)?);
        }
    }
    Ok(texts)
}

/// Where each claim's quote stands in the text `new` (revision `to`): one
/// row for each of `claims`, in their order. `texts` holds the older
/// revisions they quote.
fn anchor_rows(
    texts: &HashMap<u32, String>,
    claims: &[&Claim],
    to: u32,
    new: &Prepared,
) -> Vec<Row> {
    // Each older text prepared the first time a quote needs its old place.
    let prepared: HashMap<u32, (&str, OnceLock<Prepared>)> = texts
        .iter()
        .map(|(r, t)| (*r, (t.as_str(), OnceLock::new())))
        .collect();
    claims
        .par_iter()
        .map(|c| {
            // Where the quote stood in its own revision, as a hint for the new one.
            let hint = || {
                let (text, once) = prepared.get(&c.source.rev)?;
                let old = once.get_or_init(|| Prepared::new(text));
                let (start, _) = anchor::reanchor(
                    old,
                    &c.source.quote,
                    &c.source.prefix,
                    &c.source.suffix,
                    None,
                )
                .range?;
                Some(start as f64 / old.text.len().max(1) as f64)
            };
            let outcome = anchor::reanchor_near(
                new,
                &c.source.quote,
                &c.source.prefix,
                &c.source.suffix,
                &hint,
            );
            Row {
                claim: c.id.clone(),
                from: c.source.rev,
                to,
                quote: c.source.quote.clone(),
                outcome,
                action: String::new(),
            }
        })
        .collect()
}

pub fn update(app: &App, args: UpdateArgs) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.id)?;
    store.load_source(&args.id)?;
    let text = read_article(&args.file)?;
    // One lock for the whole update: the new revision and every claim moved
    // to it land together, and no other writer sees the source in between.
    let lock = store.lock(&[])?;
    let mut source = store.load_source(&args.id)?;
    let old_rev = source.latest_rev();
    let old_text = store.source_text(&source, old_rev)?;
    let digest = store::sha256_hex(text.as_bytes());
    if digest == store::sha256_hex(old_text.as_bytes()) {
        return Err(Error::invalid(format!(
            "{}: the text is identical to r{old_rev} of source `{}`; nothing was stored",
            args.file.display(),
            args.id
        )));
    }
    let same_as = source
        .revisions
        .iter()
        .find(|r| r.sha256 == digest)
        .map(|r| r.rev);
    let trivial = anchor::only_white_space_differs(&old_text, &text);
    // Everything is read before anything is stored.
    let (claims, errors) = store.claims_quoting(&source.id)?;
    let (on_or_before, unknown) = on_revisions_up_to(&store, &source, &claims, old_rev);
    let texts = old_texts(&store, &source, &on_or_before, old_rev + 1)?;
    let (new_rev, replaced) = store.add_source_revision(&lock, &mut source, &text, app.now()?)?;
    if replaced {
        note(&format!(
            "note: replaced sources/{}/r{new_rev}.txt, left by an interrupted update",
            source.id
        ));
    }
    if let Some(rev) = same_as {
        note(&format!("note: r{new_rev} is the same text as r{rev}"));
    }
    let mut out = format!(
        "stored {} r{new_rev} ({} words){}\n",
        source.id,
        text.split_whitespace().count(),
        if trivial {
            format!("; a trivial change from r{old_rev}: white space only")
        } else {
            String::new()
        }
    );
    let new = Prepared::new(&text);
    let mut rows = anchor_rows(&texts, &on_or_before, new_rev, &new);
    let mut failed = !errors.is_empty() || !unknown.is_empty();
    let mut not_moved: Vec<String> = unknown.iter().map(|p| format!("not moved: {p}")).collect();
    // The claims moved to the new revision, each with the revision that
    // records it (checked and made in parallel; nothing is written yet).
    let outcomes: Vec<Option<Result<Claim>>> = rows
        .par_iter()
        .zip(&on_or_before)
        .map(|(row, claim)| {
            row.outcome
                .verdict
                .is_exact()
                .then(|| move_claim(app, &store, claim, row))
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
    let (written, tidy) = store.save_claims(&lock, &to_write);
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
            if rows.len() == 1 { "" } else { "s" },
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ));
        out.push_str(&render::anchor_table(&rows, &app.painter, app.width));
        if rows.iter().any(|r| !r.outcome.verdict.is_exact()) {
            out.push_str(&format!(
                "\nflagged claims stay on their revision until re-anchored (`claimtrack edit ID --quote \"…\" --rev {new_rev}`)\nor kept (`claimtrack source keep ID --note \"why the old revision stands\"`)\n"
            ));
        }
    }
    for n in &not_moved {
        out.push_str(&format!("\n{n}\n"));
    }
    print(&out);
    for e in &errors {
        note(&format!("error: {e}"));
    }
    Ok(if failed { Exit::Found } else { Exit::Success })
}

/// `claim` pointed at the quote found word for word in the new revision,
/// with the revision that records it; not yet written.
fn move_claim(app: &App, store: &Store, claim: &Claim, row: &Row) -> Result<Claim> {
    let (Some(_), Some(passage)) = (row.outcome.range, row.outcome.passage.clone()) else {
        return Err(Error::invalid("no place to move to"));
    };
    let new_ref = SourceRef {
        id: claim.source.id.clone(),
        rev: row.to,
        quote: passage,
        prefix: row.outcome.prefix.clone(),
        suffix: row.outcome.suffix.clone(),
    };
    let note = format!(
        "article r{}: quote {} (was r{})",
        row.to, row.outcome.verdict, row.from
    );
    let mut moved = claim.clone();
    super::apply_change(app, store, &mut moved, "re-anchored", Some(note), |c| {
        c.source = new_ref;
        Ok(())
    })?;
    Ok(moved)
}

pub fn diff(app: &App, args: DiffArgs) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.id)?;
    let source = store.load_source(&args.id)?;
    let latest = source.latest_rev();
    if latest < 2 && args.from.is_none() && args.to.is_none() {
        return Err(Error::invalid(format!(
            "source `{}` has only r{latest}; there is nothing to compare yet\n  hint: store a newer text with `claimtrack source update {} FILE`",
            source.id, source.id
        )));
    }
    let to = args.to.unwrap_or(latest);
    let from = args.from.unwrap_or(to.saturating_sub(1));
    for rev in [to, from] {
        if source.revision(rev).is_none() {
            return Err(Error::invalid(format!(
                "source `{}` has no revision {rev} (it has r1 to r{latest})",
                source.id
            )));
        }
    }
    if from >= to {
        return Err(Error::invalid(format!(
            "--from ({from}) must come before --to ({to})"
        )));
    }
    let old = store.source_text(&source, from)?;
    let new = store.source_text(&source, to)?;
    let hunks = render::paragraphs_diff(&old, &new);
    let trivial = anchor::only_white_space_differs(&old, &new);
    let (claims, mut errors) = store.claims_quoting(&source.id)?;
    let (on_or_before, unknown) = on_revisions_up_to(&store, &source, &claims, to);
    errors.extend(unknown);
    let texts = old_texts(&store, &source, &on_or_before, to)?;
    let prepared = Prepared::new(&new);
    let mut rows = anchor_rows(&texts, &on_or_before, to, &prepared);
    for (row, claim) in rows.iter_mut().zip(&on_or_before) {
        let kept = anchor::kept_over(claim).is_some_and(|k| k >= to);
        row.action = match (row.from == to, row.outcome.verdict.is_exact(), kept) {
            (true, _, _) => format!("on r{to}"),
            (false, true, _) => format!("on r{}, found in r{to}", row.from),
            (false, false, true) => format!("r{} kept", row.from),
            (false, false, false) => format!("on r{}, flagged", row.from),
        };
    }
    match args.format {
        Format::Json => {
            let (changed, removed, added) = render::hunk_counts(&hunks);
            let value = serde_json::json!({
                "source": source.id,
                "from": from,
                "to": to,
                "trivial": trivial,
                "counts": {"changed": changed, "removed": removed, "added": added},
                "paragraphs": hunks,
                "claims": rows,
            });
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            ));
        }
        Format::Text => {
            let p = &app.painter;
            let (changed, removed, added) = render::hunk_counts(&hunks);
            let mut out = format!(
                "{} r{from} → r{to}: {changed} paragraph{} changed, {removed} removed, {added} added{}\n",
                p.bold(&source.id),
                if changed == 1 { "" } else { "s" },
                if trivial { " (white space only)" } else { "" }
            );
            out.push_str(&render::paragraphs_text(&hunks, p, app.width));
            if rows.is_empty() {
                out.push_str("\nno claims quote this source\n");
            } else {
                out.push_str(&format!("\n{} in r{to}\n", p.bold("Claims")));
                out.push_str(&render::anchor_table(&rows, p, app.width));
            }
            print(&out);
        }
    }
    for e in &errors {
        note(&format!("error: {e}"));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}

pub fn keep(app: &App, args: KeepArgs) -> Result<Exit> {
    let store = app.store()?;
    let path = store.claim_path(&args.claim)?;
    let note_text = args.note.trim().to_string();
    if note_text.is_empty() {
        return Err(Error::invalid(
            "say why the old revision stands with --note TEXT",
        ));
    }
    let lock = store.lock(std::slice::from_ref(&path))?;
    super::report_cleaned(&store, &lock.cleaned);
    let mut claim = store.load_claim(&args.claim)?;
    super::ensure_recorded(&store, &claim)?;
    let source = store.load_source(&claim.source.id)?;
    let latest = source.latest_rev();
    if claim.source.rev >= latest {
        return Err(Error::invalid(format!(
            "claim `{}` quotes r{}, the latest revision of `{}`; there is nothing to keep it over",
            claim.id, claim.source.rev, source.id
        )));
    }
    if anchor::kept_over(&claim).is_some_and(|k| k >= latest) {
        return Err(Error::invalid(format!(
            "claim `{}` is already kept on r{} over r{latest}",
            claim.id, claim.source.rev
        )));
    }
    let action = anchor::kept_action(claim.source.rev, latest);
    claim.history.push(Revision {
        rev: claim.history.len() as u32 + 1,
        at: app.now()?,
        by: app.user(),
        action: action.clone(),
        changes: Default::default(),
        note: Some(note_text),
    });
    store.save_claim(&lock, &claim)?;
    print(&format!(
        "{}: {action} (r{}); it is no longer flagged until the article changes again\n",
        claim.id,
        claim.history.len()
    ));
    Ok(Exit::Success)
}
