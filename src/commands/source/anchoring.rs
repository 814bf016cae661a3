//! What `source update` and `source diff` share: the claims to look for in
//! a newer revision, the older texts they quote, and where each quote stands.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::anchor::{self, Prepared, Row};
use crate::error::{Error, Result};
use crate::model::{Claim, Source};
use crate::store::Store;

/// The claims that quote a revision of `source` up to `to`, each with the
/// number of the revision it quotes (found by its digest, `Source::resolve`),
/// and an error for each claim quoting a revision the source does not have
/// (a hand edit, or a digest no revision has).
pub(super) fn on_revisions_up_to<'a>(
    store: &Store,
    source: &Source,
    claims: &'a [Claim],
    to: u32,
) -> (Vec<(&'a Claim, u32)>, Vec<Error>) {
    let mut kept = Vec::new();
    let mut problems = Vec::new();
    for c in claims {
        match source.resolve(&c.source) {
            Err(why) => {
                let what = match why {
                    crate::model::Unresolved::Rev(_) => "a revision it does not have".to_string(),
                    crate::model::Unresolved::Digest(_) => {
                        "but no revision has the text of its source.sha256".to_string()
                    }
                };
                let message = format!(
                    "quotes r{} of `{}`, {what}; see `claimtrack check`",
                    c.source.rev, source.id
                );
                problems.push(match store.claim_path(&c.id) {
                    Ok(path) => Error::file(store.relative(&path), message),
                    Err(_) => Error::invalid(format!("{}: {message}", c.id)),
                });
            }
            Ok(r) if r.rev <= to => kept.push((c, r.rev)),
            Ok(_) => {}
        }
    }
    (kept, problems)
}

/// The texts of the revisions older than `to` that `claims` quote, each read once.
pub(super) fn old_texts(
    store: &Store,
    source: &Source,
    claims: &[(&Claim, u32)],
    to: u32,
) -> Result<HashMap<u32, String>> {
    let mut texts: HashMap<u32, String> = HashMap::new();
    for (_, rev) in claims.iter().filter(|(_, rev)| *rev < to) {
        if let std::collections::hash_map::Entry::Vacant(e) = texts.entry(*rev) {
            e.insert(store.source_text(source, *rev)?);
        }
    }
    Ok(texts)
}

/// Where each claim's quote stands in the text `new` (revision `to`): one
/// row for each of `claims`, in their order. `texts` holds the older
/// revisions they quote.
pub(super) fn anchor_rows(
    texts: &HashMap<u32, String>,
    claims: &[(&Claim, u32)],
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
        .map(|(c, rev)| {
            // Where the quote stood in its own revision, as a hint for the new one.
            let hint = || {
                let (text, once) = prepared.get(rev)?;
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
                from: *rev,
                to,
                quote: c.source.quote.clone(),
                outcome,
                action: String::new(),
            }
        })
        .collect()
}
