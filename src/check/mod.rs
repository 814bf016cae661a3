//! `check`'s rules over a whole store, returning findings rather than stopping at the first.
//!
//! One file a family of rules: `sources` (source files, their texts, the
//! settings, files left by interrupted writers), `claims` (one claim file:
//! its source, evidence, verdict and attribution), `quotes` (quotes looked
//! for in their revision, and in the latest one), `history` (revisions and
//! hand edits), `verdicts` (a verdict's evidence, conclusion and rating,
//! merged verdicts that disagree, and the rating scale). `rule` names them; `place` finds a key's line and column.

mod claims;
mod history;
mod place;
mod quotes;
mod rule;
mod sources;
mod verdicts;

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

pub(crate) use rule::Rule;

use crate::anchor::Prepared;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::yaml::YamlErrorKind;

use claims::ClaimFindings;
use sources::LoadedSource;

/// What `check` found, and how much it looked at.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub diagnostics: Vec<Diagnostic>,
    pub claims: usize,
    pub sources: usize,
}

/// Check the whole store. Sources and claims are read in parallel; each
/// source revision is folded once, and all the quotes into it are looked for
/// in one pass, so that a source with thousands of quotes costs one scan.
pub(crate) fn check_store(store: &Store) -> Result<Findings> {
    let mut f = Findings::default();
    let source_ids = store.source_ids()?;
    let checked: Vec<(Vec<Diagnostic>, Option<LoadedSource>)> = source_ids
        .par_iter()
        .map(|source_id| {
            let mut out = Vec::new();
            let loaded = sources::check_source(store, source_id, &mut out);
            (out, loaded)
        })
        .collect();
    let mut sources: HashMap<String, Option<LoadedSource>> = HashMap::new();
    for (source_id, (diags, loaded)) in source_ids.into_iter().zip(checked) {
        f.diagnostics.extend(diags);
        f.sources += 1;
        sources.insert(source_id, loaded);
    }
    let scale = sources::check_settings(store, &mut f.diagnostics);
    sources::check_unlisted(store, &mut f.diagnostics)?;
    sources::check_interrupted(store, &mut f.diagnostics);
    // The latest text of each source with more than one revision, prepared
    // once for the re-anchoring warning.
    let latest: HashMap<String, (u32, Prepared)> = sources
        .par_iter()
        .filter_map(|(id, loaded)| {
            let loaded = loaded.as_ref()?;
            let rev = loaded.source.latest_rev();
            let body = loaded.texts.get(&rev).filter(|_| rev > 1)?;
            Some((id.clone(), (rev, Prepared::new(body))))
        })
        .collect();
    let files = store.claim_files()?;
    f.claims = files.len();
    let mut per_file: Vec<ClaimFindings> = files
        .par_iter()
        .map(|path| claims::check_claim_file(store, path, &sources, &latest, &scale))
        .collect();
    let found = quotes::find_quotes(&per_file, &sources);
    for (i, file) in per_file.iter_mut().enumerate() {
        if let Some(probe) = file.quote.take() {
            if !found.get(i).copied().unwrap_or(false) {
                // The quote rule runs first among a claim's rules.
                file.diagnostics.insert(0, probe.missing);
            }
        }
        f.diagnostics.append(&mut file.diagnostics);
    }
    f.diagnostics
        .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Ok(f)
}

/// A diagnostic from an error reading or parsing a file.
pub(crate) fn from_error(store: &Store, rule: Rule, path: &Path, err: Error) -> Diagnostic {
    let rel = store.relative(path).to_path_buf();
    match err {
        Error::At {
            line,
            column,
            message,
            yaml,
            ..
        } => {
            let hint = match yaml {
                Some(YamlErrorKind::UnknownField) => {
                    Some("check the spelling against the fields in claimtrack's docs/store.md (unknown fields are not kept)")
                }
                Some(YamlErrorKind::MissingField) => {
                    Some("add the field, or log the claim again with `claimtrack add`")
                }
                _ => None,
            };
            let d = Diagnostic::error(rule, rel, message).at(Some((line, column)));
            match hint {
                Some(h) => d.hint(h),
                None => d,
            }
        }
        Error::File { message, .. } => Diagnostic::error(rule, rel, message),
        Error::Io { source, .. } => Diagnostic::error(rule, rel, source.to_string()),
        other => Diagnostic::error(rule, rel, other.to_string()),
    }
}
