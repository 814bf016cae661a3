//! `check`'s rules over a whole store, returning findings rather than stopping at the first.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rayon::prelude::*;

use crate::anchor::{self, Prepared};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::model::{fields, id, rules, Claim, Source};
use crate::store::{self, Store};
use crate::text;

/// What `check` found, and how much it looked at.
#[derive(Debug, Default)]
pub struct Findings {
    pub diagnostics: Vec<Diagnostic>,
    pub claims: usize,
    pub sources: usize,
}

/// A readable source and the texts of its revisions that could be read.
struct LoadedSource {
    source: Source,
    texts: HashMap<u32, String>,
}

/// A claim's quote, to be looked for in its source revision once every
/// quote of that revision is known.
struct QuoteProbe {
    source: String,
    rev: u32,
    /// The quote folded as `text::find_all` folds it.
    needle: String,
    /// The finding to give when it is not found.
    missing: Diagnostic,
}

/// What checking one claim file gave.
struct ClaimFindings {
    diagnostics: Vec<Diagnostic>,
    quote: Option<QuoteProbe>,
}

/// Check the whole store. Sources and claims are read in parallel; each
/// source revision is folded once, and all the quotes into it are looked for
/// in one pass, so that a source with thousands of quotes costs one scan.
pub fn check_store(store: &Store) -> Result<Findings> {
    let mut f = Findings::default();
    let source_ids = store.source_ids()?;
    let checked: Vec<(Vec<Diagnostic>, Option<LoadedSource>)> = source_ids
        .par_iter()
        .map(|source_id| {
            let mut out = Vec::new();
            let loaded = check_source(store, source_id, &mut out);
            (out, loaded)
        })
        .collect();
    let mut sources: HashMap<String, Option<LoadedSource>> = HashMap::new();
    for (source_id, (diags, loaded)) in source_ids.into_iter().zip(checked) {
        f.diagnostics.extend(diags);
        f.sources += 1;
        sources.insert(source_id, loaded);
    }
    check_settings(store, &mut f.diagnostics);
    for path in store.unlisted_source_files()? {
        let (message, hint) = if path.is_dir() {
            (
                "a source folder without source.yaml (left by an interrupted `source add`?)",
                "add the article again with `claimtrack source add FILE --id ID`, or delete the folder",
            )
        } else {
            (
                "an article text that source.yaml does not list (left by an interrupted `source update`?)",
                "the next `claimtrack source update` of this source replaces it; or delete it",
            )
        };
        f.diagnostics.push(
            Diagnostic::warning(
                "source-unlisted",
                store.relative(&path).to_path_buf(),
                message,
            )
            .hint(hint),
        );
    }
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
        .map(|path| check_claim_file(store, path, &sources, &latest))
        .collect();
    let found = find_quotes(&per_file, &sources);
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

/// For each claim file, whether its quote occurs in its source revision.
fn find_quotes(
    files: &[ClaimFindings],
    sources: &HashMap<String, Option<LoadedSource>>,
) -> Vec<bool> {
    let mut groups: HashMap<(&str, u32), Vec<usize>> = HashMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Some(p) = &f.quote {
            groups
                .entry((p.source.as_str(), p.rev))
                .or_default()
                .push(i);
        }
    }
    let groups: Vec<((&str, u32), Vec<usize>)> = groups.into_iter().collect();
    let hits: Vec<Vec<usize>> = groups
        .par_iter()
        .map(|((source, rev), members)| {
            let Some(Some(loaded)) = sources.get(*source) else {
                return Vec::new();
            };
            let Some(hay) = loaded.texts.get(rev).map(|t| text::fold(t).text) else {
                return Vec::new();
            };
            let needles: Vec<&str> = members
                .iter()
                .map(|i| files[*i].quote.as_ref().map_or("", |p| p.needle.as_str()))
                .collect();
            // Scanning the text once a quote is cheap until text × quotes grows large.
            let one_pass =
                needles.len() >= 8 && needles.len().saturating_mul(hay.len()) >= 64 << 20;
            occurs(&hay, &needles, one_pass)
                .into_iter()
                .zip(members)
                .filter_map(|(hit, i)| hit.then_some(*i))
                .collect()
        })
        .collect();
    let mut found = vec![false; files.len()];
    for i in hits.into_iter().flatten() {
        found[i] = true;
    }
    found
}

/// Whether each needle occurs in `hay` (an empty needle never does): one
/// `contains` a needle, or with `one_pass` a single multi-pattern scan.
fn occurs(hay: &str, needles: &[&str], one_pass: bool) -> Vec<bool> {
    let each = || {
        needles
            .iter()
            .map(|n| !n.is_empty() && hay.contains(n))
            .collect()
    };
    if !one_pass {
        return each();
    }
    let mut patterns: Vec<&str> = needles.iter().copied().filter(|n| !n.is_empty()).collect();
    patterns.sort_unstable();
    patterns.dedup();
    let Ok(ac) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&patterns)
    else {
        return each();
    };
    let mut seen = vec![false; patterns.len()];
    for m in ac.find_overlapping_iter(hay) {
        seen[m.pattern().as_usize()] = true;
    }
    needles
        .iter()
        .map(|n| patterns.binary_search(n).is_ok_and(|k| seen[k]))
        .collect()
}

/// A diagnostic from an error reading or parsing a file.
fn from_error(store: &Store, rule: &'static str, path: &Path, err: Error) -> Diagnostic {
    let rel = store.relative(path).to_path_buf();
    match err {
        Error::At {
            line,
            column,
            message,
            ..
        } => {
            let hint = if message.contains("unknown field") {
                Some("check the spelling against SPEC.md; unknown fields are not kept")
            } else if message.contains("missing field") {
                Some("add the field, or log the claim again with `claimtrack add`")
            } else {
                None
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

fn check_settings(store: &Store, out: &mut Vec<Diagnostic>) {
    if let Err(e) = store.settings() {
        let path = store.root().join("claimtrack.yaml");
        out.push(from_error(store, "settings", &path, e));
    }
}

fn check_source(store: &Store, source_id: &str, out: &mut Vec<Diagnostic>) -> Option<LoadedSource> {
    let path = store.source_file(source_id).ok()?;
    let rel = store.relative(&path).to_path_buf();
    if let Some(problem) = id::problem(source_id) {
        out.push(Diagnostic::error(
            "id",
            &rel,
            format!("folder name `{source_id}` is not a valid id: {problem}"),
        ));
        return None;
    }
    let source = match store.load_source(source_id) {
        Ok(s) => s,
        Err(e) => {
            out.push(from_error(store, "source", &path, e));
            return None;
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut texts = HashMap::new();
    if source.revisions.is_empty() {
        out.push(
            Diagnostic::error("source-revisions", &rel, "has no revisions")
                .at(store::key_position(&text, "revisions")),
        );
    }
    for (i, r) in source.revisions.iter().enumerate() {
        let place = nth_line_with(&text, "- rev:", i);
        if r.rev != i as u32 + 1 {
            out.push(
                Diagnostic::error(
                    "source-revisions",
                    &rel,
                    format!(
                        "revision {} should be numbered {} (revisions count from 1 without gaps)",
                        r.rev,
                        i + 1
                    ),
                )
                .at(place),
            );
        }
        let file = match store.source_text_path(source_id, &r.file) {
            Ok(p) => p,
            Err(e) => {
                out.push(Diagnostic::error("source-revisions", &rel, e.to_string()).at(place));
                continue;
            }
        };
        match store::read_text(&file, store::MAX_TEXT_BYTES) {
            Ok(body) => {
                let digest = store::sha256_hex(body.as_bytes());
                if digest != r.sha256 {
                    out.push(
                        Diagnostic::error("source-sha256", store.relative(&file), format!("text differs from its sha256 in source.yaml (r{}); article texts must never be rewritten", r.rev))
                            .hint("restore the file from git, or store the new text with `claimtrack source update`"),
                    );
                }
                texts.insert(r.rev, body);
            }
            Err(e) => out.push(from_error(store, "source-text", &file, e)),
        }
    }
    Some(LoadedSource { source, texts })
}

/// The place of the `n`th line (0-based) that starts with `prefix` after indentation.
fn nth_line_with(text: &str, prefix: &str, n: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let trimmed = l.trim_start();
            trimmed
                .starts_with(prefix)
                .then_some((i + 1, l.len() - trimmed.len() + 1))
        })
        .nth(n)
}

/// The place of `child:` inside the top-level block `parent:`.
fn nested_key(text: &str, parent: &str, child: &str) -> Option<(usize, usize)> {
    let (start, _) = store::key_position(text, parent)?;
    let wanted = format!("{child}:");
    text.lines()
        .enumerate()
        .skip(start)
        .take_while(|(_, l)| l.starts_with(' ') || l.starts_with('-') || l.is_empty())
        .find_map(|(i, l)| {
            let t = l.trim_start();
            t.starts_with(&wanted)
                .then_some((i + 1, l.len() - t.len() + 1))
        })
}

fn check_claim_file(
    store: &Store,
    path: &Path,
    sources: &HashMap<String, Option<LoadedSource>>,
    latest: &HashMap<String, (u32, Prepared)>,
) -> ClaimFindings {
    let mut found = ClaimFindings {
        diagnostics: Vec::new(),
        quote: None,
    };
    let out = &mut found.diagnostics;
    let rel: PathBuf = store.relative(path).to_path_buf();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if let Some(problem) = id::problem(stem) {
        out.push(
            Diagnostic::error(
                "id",
                &rel,
                format!("file name `{stem}` is not a valid claim id: {problem}"),
            )
            .hint("rename the file to a lowercase id made of a-z, 0-9 and `-`"),
        );
        return found;
    }
    let (claim, text) = match store.read_claim_with_text(path) {
        Ok(c) => c,
        Err(e) => {
            let mut d = from_error(store, "claim", path, e);
            // A merge the merge driver could not decide says why on its first line.
            let raw = std::fs::read(path).unwrap_or_default();
            let first = String::from_utf8_lossy(&raw)
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            if let Some(why) = first.strip_prefix(crate::commands::merge_driver::UNDECIDED) {
                d = d.hint(format!(
                    "the git merge driver could not merge this claim: {why}\n  resolve it: keep one side between the markers, remove the markers and the first line, then run `claimtrack record {stem}` to record what the other side changed"
                ));
            }
            out.push(d);
            return found;
        }
    };
    found.quote = check_claim(&claim, &text, &rel, sources, out);
    check_quote_in_latest(&claim, &text, &rel, latest, out);
    found
}

/// A warning for a claim whose quote changed or vanished in a newer revision of its source.
fn check_quote_in_latest(
    claim: &Claim,
    text: &str,
    rel: &Path,
    latest: &HashMap<String, (u32, Prepared)>,
    out: &mut Vec<Diagnostic>,
) {
    let Some((rev, prepared)) = latest.get(&claim.source.id) else {
        return;
    };
    let Some(flag) = anchor::flag(claim, *rev, prepared) else {
        return;
    };
    let what = match flag.outcome.verdict {
        anchor::Verdict::Vanished => format!("quote vanished from `{}` r{rev}", claim.source.id),
        _ => format!(
            "quote changed in `{}` r{rev} (closest passage scores {:.2})",
            claim.source.id, flag.outcome.score
        ),
    };
    out.push(
        Diagnostic::warning("quote-changed", rel, format!("{what}; the claim still quotes r{}", claim.source.rev))
            .at(nested_key(text, "source", "rev"))
            .hint(format!(
                "see `claimtrack source diff {} --from {} --to {rev}`; re-anchor with `claimtrack edit {} --quote \"…\" --rev {rev}`, or keep r{} with `claimtrack source keep {} --note \"why it stands\"`",
                claim.source.id, claim.source.rev, claim.id, claim.source.rev, claim.id
            )),
    );
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
            Diagnostic::error("unknown-source", rel, format!("source `{}` does not exist", claim.source.id))
                .at(nested_key(text, "source", "id"))
                .hint("add it with `claimtrack source add FILE --id ID`, or correct the id"),
        ),
        Some(None) => {} // The source itself is reported.
        Some(Some(loaded)) => match loaded.texts.get(&claim.source.rev) {
            None if loaded.source.revision(claim.source.rev).is_none() => out.push(
                Diagnostic::error("unknown-revision", rel, format!("source `{}` has no revision {}", claim.source.id, claim.source.rev))
                    .at(nested_key(text, "source", "rev")),
            ),
            None => {}
            Some(_) => probe = Some(QuoteProbe {
                source: claim.source.id.clone(),
                rev: claim.source.rev,
                needle: text::fold_quote(&claim.source.quote),
                missing: Diagnostic::error("quote-not-found", rel, format!("quote not found in `{}` r{}", claim.source.id, claim.source.rev))
                    .at(nested_key(text, "source", "quote"))
                    .hint(format!("copy the exact words, or re-anchor with `claimtrack edit {} --quote \"…\" --rev N`", claim.id)),
            }),
        },
    }
    for (i, e) in claim.evidence.iter().enumerate() {
        if let Some(src) = &e.source {
            if !sources.contains_key(src) {
                out.push(
                    Diagnostic::error(
                        "unknown-source",
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
                    Diagnostic::error("url", rel, format!("evidence {}: {p}", i + 1))
                        .at(store::key_position(text, "evidence")),
                );
            }
        }
    }
    if let Some(p) = rules::verdict_problem(claim) {
        out.push(
            Diagnostic::error("verdict-without-evidence", rel, p)
                .at(store::key_position(text, "status"))
                .hint(format!("add evidence with `claimtrack evidence {}` or reopen with `claimtrack mark {} unverified`", claim.id, claim.id)),
        );
    }
    match (claim.attribution.kind, &claim.attribution.speaker) {
        (crate::model::Kind::Outlet, Some(_)) => out.push(
            Diagnostic::error(
                "attribution",
                rel,
                "kind `outlet` is the article's own assertion and has no speaker",
            )
            .at(nested_key(text, "attribution", "speaker")),
        ),
        (k, None) if k != crate::model::Kind::Outlet => out.push(
            Diagnostic::error(
                "attribution",
                rel,
                format!("kind `{}` needs a speaker", k.as_str()),
            )
            .at(nested_key(text, "attribution", "kind")),
        ),
        _ => {}
    }
    check_history(claim, text, rel, out);
    probe
}

fn check_history(claim: &Claim, text: &str, rel: &Path, out: &mut Vec<Diagnostic>) {
    if claim.history.is_empty() {
        out.push(
            Diagnostic::error("history", rel, "has no history")
                .at(store::key_position(text, "history"))
                .hint(format!(
                    "run `claimtrack record {}` to record its current state",
                    claim.id
                )),
        );
        return;
    }
    let mut gap = false;
    for (i, r) in claim.history.iter().enumerate() {
        if r.rev != i as u32 + 1 && !gap {
            gap = true;
            out.push(
                Diagnostic::error(
                    "history",
                    rel,
                    format!(
                        "revision {} should be numbered {} (revisions count from 1 without gaps)",
                        r.rev,
                        i + 1
                    ),
                )
                .at(nth_line_with(text, "- rev:", i)),
            );
        }
    }
    let (state, issues) = fields::replay(&claim.history, None);
    for issue in &issues {
        let rev = claim.history.get(issue.index).map_or(0, |r| r.rev);
        out.push(
            Diagnostic::error("history", rel, format!("revision {rev}: {}", issue.message))
                .at(nth_line_with(text, "- rev:", issue.index)),
        );
    }
    let current = fields::project(claim);
    if state != current {
        let changed: Vec<String> = fields::diff(&state, &current)
            .iter()
            .map(|(f, _)| f.clone())
            .collect();
        let place = changed.first().and_then(|f| match f.split_once('.') {
            Some((parent, child)) => nested_key(text, parent, child),
            None => store::key_position(text, f),
        });
        out.push(
            Diagnostic::error(
                "hand-edit",
                rel,
                format!(
                    "current fields differ from the replayed history ({})",
                    changed.join(", ")
                ),
            )
            .at(place)
            .hint(format!(
                "if the edit is right, run `claimtrack record {}` to record it as a revision",
                claim.id
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pass_search_finds_exactly_what_contains_finds() {
        let hay = text::fold(
            "Xi will go. Xi will go to Astana. \u{201C}Yes,\u{201D} said Mao   Ning. été ",
        )
        .text;
        let needles: Vec<String> = [
            "Xi will go.",
            "Xi will go",
            "will go to Astana",
            "Astana. \"Yes,\"",
            "said Mao Ning",
            "Mao  Ning",
            "",
            "été",
            "t",
            "absent",
            "Xi will stay",
            "go. Xi",
            "Ning. été",
            "Xi will go.",
            " ",
            "ill",
        ]
        .iter()
        .map(|q| text::fold_quote(q))
        .collect();
        let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
        let each = occurs(&hay, &needles, false);
        assert_eq!(occurs(&hay, &needles, true), each);
        for (n, hit) in needles.iter().zip(&each) {
            assert_eq!(*hit, !text::find_all(&hay, n).is_empty(), "{n:?}");
        }
        assert!(each.iter().any(|h| *h) && each.iter().any(|h| !*h));
    }
}
