//! The rules over one claim file: it reads, its id is valid, its source and
//! revision exist, its evidence names sources that exist and good URLs, a
//! verdict has evidence, the attribution fits its kind.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::history::check_history;
use super::place::{nested_key, nth_line_with};
use super::quotes::{check_quote_in_latest, QuoteProbe};
use super::sources::LoadedSource;
use super::{from_error, Rule};
use crate::anchor::Prepared;
use crate::diagnostic::Diagnostic;
use crate::model::rating::Scale;
use crate::model::{id, is_sha256, rules, Claim, Unresolved};
use crate::store::{self, Store};
use crate::text;

/// What checking one claim file gave.
pub(super) struct ClaimFindings {
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) quote: Option<QuoteProbe>,
}

/// A claim file read: its findings when it could not be read as a claim
/// (a bad name, bad YAML), or the claim and its text.
pub(super) enum ReadClaim {
    Unreadable(Vec<Diagnostic>),
    Parsed(Box<Claim>, String),
}

/// Read one claim file; the findings of one that cannot be read are final.
pub(super) fn read_claim_file(store: &Store, path: &Path) -> ReadClaim {
    let mut out = Vec::new();
    let rel: PathBuf = store.relative(path).to_path_buf();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if let Some(problem) = id::problem(stem) {
        out.push(
            Diagnostic::error(
                Rule::Id,
                &rel,
                format!("file name `{stem}` is not a valid claim id: {problem}"),
            )
            .hint("rename the file to a lowercase id made of a-z, 0-9 and `-`"),
        );
        return ReadClaim::Unreadable(out);
    }
    match store.read_claim_with_text(path) {
        Ok((claim, text)) => ReadClaim::Parsed(Box::new(claim), text),
        Err(e) => {
            let mut d = from_error(store, Rule::Claim, path, e);
            // A merge the merge driver could not decide says why on its first line.
            let first = store::first_line(path).unwrap_or_default();
            if let Some(why) = first.strip_prefix(crate::merge::UNDECIDED) {
                d = d.hint(format!(
                    "the git merge driver could not merge this claim: {why}\n  resolve it: keep one side between the markers, remove the markers and the first line, then run `claimtrack record {stem}` to record what the other side changed"
                ));
            }
            out.push(d);
            ReadClaim::Unreadable(out)
        }
    }
}

/// The rules over a claim read from `path`. The quote is returned to be
/// looked for with every other quote into the same source revision.
pub(super) fn check_claim_file(
    store: &Store,
    path: &Path,
    (claim, text): (&Claim, &str),
    sources: &HashMap<String, Option<LoadedSource>>,
    latest: &HashMap<String, (u32, Prepared)>,
    scale: &Scale,
) -> ClaimFindings {
    let rel = store.relative(path);
    let mut diagnostics = Vec::new();
    let quote = check_claim(claim, text, rel, sources, &mut diagnostics);
    super::verdicts::check_verdict(claim, text, rel, scale, &mut diagnostics);
    let quoted = match sources.get(&claim.source.id) {
        Some(Some(loaded)) => loaded.source.rev_of(&claim.source),
        _ => claim.source.rev,
    };
    check_quote_in_latest(claim, quoted, text, rel, latest, &mut diagnostics);
    ClaimFindings { diagnostics, quote }
}

/// The revision a claim quotes: its digest is one (a sha256 that a revision
/// of the source has), its number is that revision's. The quote is returned
/// to be looked for in that revision's text.
fn check_revision(
    claim: &Claim,
    text: &str,
    rel: &Path,
    loaded: &LoadedSource,
    out: &mut Vec<Diagnostic>,
) -> Option<QuoteProbe> {
    let (id, rev) = (&claim.source.id, claim.source.rev);
    if claim
        .source
        .sha256
        .as_deref()
        .is_some_and(|d| !is_sha256(d))
    {
        out.push(
            Diagnostic::error(Rule::UnknownRevision, rel, "source.sha256 is not a sha256 (64 lowercase hex digits)")
                .at(nested_key(text, "source", "sha256"))
                .hint(format!("restore the file from git, or re-anchor the claim with `claimtrack edit {} --quote \"…\" --rev N`", claim.id)),
        );
        return None;
    }
    let quoted = match loaded.source.resolve(&claim.source) {
        Ok(r) => r,
        Err(Unresolved::Digest(_)) => {
            out.push(
                Diagnostic::error(Rule::UnknownRevision, rel, format!("source `{id}` has no revision with the text of this source.sha256 (the claim names r{rev})"))
                    .at(nested_key(text, "source", "sha256"))
                    .hint(format!("restore the missing revision from git, or re-anchor the claim with `claimtrack edit {} --quote \"…\" --rev N`", claim.id)),
            );
            return None;
        }
        Err(Unresolved::Rev(_)) => {
            out.push(
                Diagnostic::error(
                    Rule::UnknownRevision,
                    rel,
                    format!("source `{id}` has no revision {rev}"),
                )
                .at(nested_key(text, "source", "rev")),
            );
            return None;
        }
    };
    if quoted.rev != rev {
        out.push(
            Diagnostic::warning(Rule::StaleRevision, rel, format!("source.rev says r{rev}, but the text it quotes (its source.sha256) is r{} of `{id}`: a merge numbered the revisions anew", quoted.rev))
                .at(nested_key(text, "source", "rev"))
                .hint(format!("the sha256 decides meanwhile; record the number with `claimtrack edit {} --rev {}`", claim.id, quoted.rev)),
        );
    }
    loaded.texts.get(&quoted.rev)?;
    Some(QuoteProbe {
        source: id.clone(),
        rev: quoted.rev,
        needle: text::fold_quote(&claim.source.quote),
        missing: Diagnostic::error(
            Rule::QuoteNotFound,
            rel,
            format!("quote not found in `{id}` r{}", quoted.rev),
        )
        .at(nested_key(text, "source", "quote"))
        .hint(format!(
            "copy the exact words, or re-anchor with `claimtrack edit {} --quote \"…\" --rev N`",
            claim.id
        )),
    })
}

/// The rules over one parsed claim. The quote is returned to be looked for
/// with every other quote into the same source revision.
fn check_claim(
    claim: &Claim,
    text: &str,
    rel: &Path,
    sources: &HashMap<String, Option<LoadedSource>>,
    out: &mut Vec<Diagnostic>,
) -> Option<QuoteProbe> {
    let mut probe = None;
    // The source, its revision, the quote.
    match sources.get(&claim.source.id) {
        None => out.push(
            Diagnostic::error(
                Rule::UnknownSource,
                rel,
                format!("source `{}` does not exist", claim.source.id),
            )
            .at(nested_key(text, "source", "id"))
            .hint("add it with `claimtrack source add FILE --id ID`, or correct the id"),
        ),
        Some(None) => {} // The source itself is reported.
        Some(Some(loaded)) => probe = check_revision(claim, text, rel, loaded, out),
    }
    for (i, e) in claim.evidence.iter().enumerate() {
        if let Some(src) = &e.source {
            if !sources.contains_key(src) {
                out.push(
                    Diagnostic::error(
                        Rule::UnknownSource,
                        rel,
                        format!(
                            "evidence {} names source `{src}`, which does not exist",
                            i + 1
                        ),
                    )
                    .at(nth_line_with(text, "source: ", i + 1)),
                );
            }
        }
        for url in [&e.url, &e.archived_url].into_iter().flatten() {
            if let Some(p) = rules::url_problem(url) {
                out.push(
                    Diagnostic::error(Rule::Url, rel, format!("evidence {}: {p}", i + 1))
                        .at(store::key_position(text, "evidence")),
                );
            }
        }
    }
    match rules::attribution_problem(claim.attribution.kind, claim.attribution.speaker.is_some()) {
        Some(rules::AttributionProblem::OutletWithSpeaker) => out.push(
            Diagnostic::error(
                Rule::Attribution,
                rel,
                "kind `outlet` is the article's own assertion and has no speaker",
            )
            .at(nested_key(text, "attribution", "speaker")),
        ),
        Some(rules::AttributionProblem::NeedsSpeaker(k)) => out.push(
            Diagnostic::error(
                Rule::Attribution,
                rel,
                format!("kind `{}` needs a speaker", k.as_str()),
            )
            .at(nested_key(text, "attribution", "kind")),
        ),
        None => {}
    }
    check_history(claim, text, rel, out);
    probe
}
