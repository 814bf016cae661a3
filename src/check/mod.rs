//! `check`'s rules over a whole store, returning findings rather than stopping at the first.
//!
//! One file a family of rules: `sources` (source files, their texts, the
//! settings, files left by interrupted writers), `claims` (one claim file:
//! its source, evidence, verdict and attribution), `quotes` (quotes looked
//! for in their revision, and in the latest one), `history` (revisions and
//! hand edits), `verdicts` (a verdict's evidence, conclusion and rating,
//! merged verdicts that disagree, and the rating scale), `repo` (the git
//! repository around the store). `rule` names them; `place` finds a key's line and column.
//! `reuse` is what an earlier check concluded, as bytes, and `keep` says
//! which conclusions of this one the next may reuse.

mod claims;
mod history;
mod keep;
mod place;
mod quotes;
mod repo;
mod reuse;
mod rule;
mod sources;
mod verdicts;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

pub(crate) use rule::Rule;

use crate::anchor::Prepared;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::store::{self, FileId, Store};
use crate::yaml::YamlErrorKind;

use claims::{ClaimFindings, ReadClaim};
use reuse::{keepable, Dep, Saved, SavedClaim, SavedSource};
use sources::{LoadedSource, Seen};

/// What `check` found, and how much it looked at.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub diagnostics: Vec<Diagnostic>,
    pub claims: usize,
    pub sources: usize,
}

/// Claim files read and checked at once: only so many parsed claims are held.
const CHUNK: usize = 4096;

/// How `check` runs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    /// Reuse what an earlier check concluded about files unchanged since
    /// (false: check everything again; the conclusions are kept either way).
    pub reuse: bool,
    /// The time files are compared with: one changed in the two seconds
    /// before it may change again unseen, so nothing is kept about it.
    pub now: SystemTime,
}

/// Check the whole store. Sources and claims are read in parallel; each
/// source revision is folded once, and all the quotes into it are looked for
/// in one pass, so that a source with thousands of quotes costs one scan.
/// What an earlier check concluded about a file is reused while the file
/// and everything the conclusion depends on are unchanged (see `reuse`);
/// the findings are those a check of everything gives.
pub(crate) fn check_store(store: &Store, options: Options) -> Result<Findings> {
    check_counting(store, options).map(|(found, _)| found)
}

/// A source as this check knows it.
struct SourceState {
    diagnostics: Vec<Diagnostic>,
    /// The source as read this run (inner None: it could not be read);
    /// None when its kept conclusion was reused and it was not read.
    loaded: Option<Option<LoadedSource>>,
    /// What its findings were drawn from (None: not kept).
    seen: Option<Seen>,
    /// The kept conclusion's view, when it held: claims' kept conclusions
    /// drawn against it hold too.
    held: Option<Seen>,
}

impl SourceState {
    fn checked(store: &Store, id: &str) -> SourceState {
        let checked = sources::check_source(store, id);
        SourceState {
            diagnostics: checked.diagnostics,
            loaded: Some(checked.loaded),
            seen: checked.seen,
            held: None,
        }
    }
}

/// The sources a claim depends on: its own, and those its evidence names.
type Deps = (String, Vec<String>);

/// A claim file: its identity, and its findings (reused or drawn afresh).
struct ClaimState<'s> {
    path: PathBuf,
    key: Option<FileId>,
    reused: Option<&'s SavedClaim>,
    /// For a claim read afresh: its source and its evidence's sources.
    deps: Option<Deps>,
    /// For a claim read afresh: its findings.
    diagnostics: Vec<Diagnostic>,
}

impl ClaimState<'_> {
    fn findings(&self) -> &[Diagnostic] {
        match self.reused {
            Some(kept) => &kept.diagnostics,
            None => &self.diagnostics,
        }
    }
}

/// `check_store`, and how many claim files' conclusions were reused.
fn check_counting(store: &Store, options: Options) -> Result<(Findings, usize)> {
    let now = options.now;
    let program = store::program_id();
    let root = store.root().to_str().map(str::to_string);
    let old_bytes = if options.reuse && program.is_some() && root.is_some() {
        store.read_check_cache()
    } else {
        None
    };
    let saved: Option<Saved> = old_bytes
        .as_deref()
        .and_then(reuse::decode)
        .filter(|s| Some(s.program) == program && Some(&s.root) == root.as_ref());

    let mut f = Findings::default();
    let source_ids = store.source_ids()?;
    f.sources = source_ids.len();
    let index: HashMap<&str, usize> = source_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let kept_sources: HashMap<&str, &SavedSource> = saved
        .iter()
        .flat_map(|s| &s.sources)
        .map(|s| (s.id.as_str(), s))
        .collect();
    // Each source: its kept conclusion while it holds, else checked afresh.
    let mut states: Vec<SourceState> = source_ids
        .par_iter()
        .map(|id| match kept_sources.get(id.as_str()) {
            Some(kept) if keep::holds(store, id, &kept.seen) => SourceState {
                diagnostics: kept.diagnostics.clone(),
                loaded: None,
                seen: Some(kept.seen.clone()),
                held: Some(kept.seen.clone()),
            },
            _ => SourceState::checked(store, id),
        })
        .collect();
    // Looked at before it is read, so a change while it is read is seen next time.
    let settings_state = store.settings_state();
    let mut settings_diagnostics = Vec::new();
    let scale = sources::check_settings(store, &mut settings_diagnostics);
    let settings_keep = keepable(settings_state, now);

    // Each claim file: its kept conclusion while it holds, else read.
    let files = store.claim_file_ids()?;
    f.claims = files.len();
    let kept_claims: &[SavedClaim] = match &saved {
        Some(s) if s.settings == settings_state => &s.claims,
        _ => &[],
    };
    let present_then: &[String] = saved.as_ref().map_or(&[], |s| &s.present);
    let mut next = 0;
    let mut claims: Vec<ClaimState> = Vec::with_capacity(files.len());
    for (path, key) in files {
        let name = file_name(&path);
        while kept_claims
            .get(next)
            .is_some_and(|c| c.name.as_str() < name)
        {
            next += 1;
        }
        let reused = kept_claims
            .get(next)
            .filter(|c| c.name == name && Some(c.key) == key)
            .filter(|c| {
                let dep_holds = |dep: &Dep, primary: bool| match dep {
                    Dep::Missing(id) => !index.contains_key(id.as_str()),
                    Dep::Present(i) => present_then
                        .get(*i as usize)
                        .and_then(|id| index.get(id.as_str()))
                        .is_some_and(|k| !primary || states[*k].held.is_some()),
                };
                c.source.as_ref().is_none_or(|d| dep_holds(d, true))
                    && c.evidence.iter().all(|d| dep_holds(d, false))
            });
        claims.push(ClaimState {
            path,
            key,
            reused,
            deps: None,
            diagnostics: Vec::new(),
        });
    }
    let reused_count = claims.iter().filter(|c| c.reused.is_some()).count();

    // The files read afresh, and the sources they need.
    let misses: Vec<usize> = (0..claims.len())
        .filter(|i| claims[*i].reused.is_none())
        .collect();
    let mut read_now: Vec<bool> = states.iter().map(|s| s.loaded.is_some()).collect();
    // The sources as the claim rules see them: every source present, read
    // where a claim read afresh needs it.
    let mut loaded: HashMap<String, Option<LoadedSource>> = source_ids
        .iter()
        .zip(states.iter_mut())
        .map(|(id, s)| (id.clone(), s.loaded.take().flatten()))
        .collect();
    // The latest text of each needed source with more than one revision,
    // prepared once for the re-anchoring warning.
    let mut latest: HashMap<String, (u32, Prepared)> = HashMap::new();
    let mut prepared = vec![false; source_ids.len()];
    let mut per_file: Vec<ClaimFindings> = Vec::with_capacity(misses.len());
    // A chunk at a time, so that only a chunk of parsed claims is held.
    for chunk in misses.chunks(CHUNK) {
        let read: Vec<ReadClaim> = chunk
            .par_iter()
            .map(|i| claims::read_claim_file(store, &claims[*i].path))
            .collect();
        let mut wanted: Vec<usize> = read
            .iter()
            .filter_map(|r| match r {
                ReadClaim::Parsed(claim, _) => index.get(claim.source.id.as_str()).copied(),
                ReadClaim::Unreadable(_) => None,
            })
            .filter(|k| !prepared[*k])
            .collect::<HashSet<usize>>()
            .into_iter()
            .collect();
        wanted.sort_unstable();
        let again: Vec<(usize, SourceState)> = wanted
            .par_iter()
            .filter(|k| !read_now[**k])
            .map(|k| {
                // Read for a claim checked afresh; the kept view stays, to
                // tell whether the claims reused against it still hold.
                let mut state = SourceState::checked(store, &source_ids[*k]);
                state.held = states[*k].held.clone();
                (*k, state)
            })
            .collect();
        for (k, mut state) in again {
            loaded.insert(source_ids[k].clone(), state.loaded.take().flatten());
            states[k] = state;
            read_now[k] = true;
        }
        let new_latest: Vec<(String, (u32, Prepared))> = wanted
            .par_iter()
            .filter_map(|k| {
                let id = &source_ids[*k];
                let source = loaded.get(id)?.as_ref()?;
                let rev = source.source.latest_rev();
                let body = source.texts.get(&rev).filter(|_| rev > 1)?;
                Some((id.clone(), (rev, Prepared::new(body))))
            })
            .collect();
        latest.extend(new_latest);
        for k in wanted {
            prepared[k] = true;
        }
        let checked: Vec<(ClaimFindings, Option<Deps>)> = chunk
            .par_iter()
            .zip(read.into_par_iter())
            .map(|(i, r)| match r {
                ReadClaim::Unreadable(diagnostics) => (
                    ClaimFindings {
                        diagnostics,
                        quote: None,
                    },
                    None,
                ),
                ReadClaim::Parsed(claim, text) => {
                    let found = claims::check_claim_file(
                        store,
                        &claims[*i].path,
                        (&claim, &text),
                        &loaded,
                        &latest,
                        &scale,
                    );
                    let mut evidence: Vec<String> = claim
                        .evidence
                        .iter()
                        .filter_map(|e| e.source.clone())
                        .collect();
                    evidence.sort_unstable();
                    evidence.dedup();
                    (found, Some((claim.source.id.clone(), evidence)))
                }
            })
            .collect();
        for (i, (found, deps)) in chunk.iter().zip(checked) {
            claims[*i].deps = deps;
            per_file.push(found);
        }
    }
    let found = quotes::find_quotes(&per_file, &loaded);
    for (j, mut file) in per_file.into_iter().enumerate() {
        if let Some(probe) = file.quote.take() {
            if !found.get(j).copied().unwrap_or(false) {
                // The quote rule runs first among a claim's rules.
                file.diagnostics.insert(0, probe.missing);
            }
        }
        claims[misses[j]].diagnostics = file.diagnostics;
    }
    drop(loaded);
    // Whether every source's kept conclusion was reused, none read.
    let sources_reused = states
        .iter()
        .zip(&read_now)
        .all(|(st, read)| st.held.is_some() && !read);

    // Every finding, in the order a check of everything gives them.
    for s in &states {
        f.diagnostics.extend(s.diagnostics.iter().cloned());
    }
    f.diagnostics.append(&mut settings_diagnostics);
    let listed = |id: &str| {
        let k = index.get(id)?;
        states[*k].seen.as_ref()?.listed.clone()
    };
    sources::check_unlisted(store, &listed, &mut f.diagnostics)?;
    sources::check_interrupted(store, &mut f.diagnostics);
    repo::check_repository(store, &mut f.diagnostics);
    for c in &claims {
        f.diagnostics.extend(c.findings().iter().cloned());
    }
    f.diagnostics
        .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));

    // Keep what holds for next time, unless all of it was reused as it was.
    let unchanged = saved.as_ref().is_some_and(|s| {
        misses.is_empty()
            && reused_count == s.claims.len()
            && s.settings == settings_state
            && s.present == source_ids
            && s.sources.len() == states.len()
            && sources_reused
    });
    if let (Some(program), Some(root), false) = (program, root, unchanged) {
        let next = keep::keep(
            keep::Kept {
                program,
                root,
                settings: settings_state,
                settings_keep,
                now,
            },
            &source_ids,
            &states,
            &claims,
            present_then,
        );
        if let Some(bytes) = next.as_ref().and_then(reuse::encode) {
            if old_bytes.as_deref() != Some(bytes.as_slice()) {
                store.write_check_cache(&bytes);
            }
        }
    }
    Ok((f, reused_count))
}

/// The file name of a claim file's path.
fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const ARTICLE: &str = "A title\n\nThe mayor said the bridge will open in May.\n";

    fn claim_yaml(id: &str, quote: &str) -> String {
        format!(
            "id: {id}\nstatement: {quote}\nstatus: unverified\nrating: null\nconclusion: null\nassignee: null\ndue: null\nsource:\n  id: art\n  rev: 1\n  quote: {quote}\n  prefix: ''\n  suffix: ''\nattribution:\n  speaker: The mayor\n  role: null\n  via: []\n  kind: paraphrase\nhedge: null\nclaimed: 2022-09-07\ncheck_after: null\ntags: []\nevidence: []\nresponses: []\nhistory:\n- rev: 1\n  at: 2026-11-27T20:00:00Z\n  by: alice\n  action: logged\n  changes:\n    statement:\n      to: {quote}\n    status:\n      to: unverified\n    source.id:\n      to: art\n    source.rev:\n      to: 1\n    source.quote:\n      to: {quote}\n    attribution.speaker:\n      to: The mayor\n    attribution.kind:\n      to: paraphrase\n    claimed:\n      to: 2022-09-07\n"
        )
    }

    fn source_yaml(text: &str) -> String {
        format!(
            "id: art\ntitle: A title\noutlet: null\nurl: null\npublished: 2022-09-07\nlanguage: null\nrevisions:\n- rev: 1\n  file: r1.txt\n  retrieved: 2026-11-27T20:00:00Z\n  sha256: {}\n",
            store::sha256_hex(text.as_bytes())
        )
    }

    /// A store with a source, a clean claim, a claim whose quote is not in
    /// its source, and a file that is not a claim.
    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::init(dir.path()).unwrap();
        let write = |rel: &str, text: &str| {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        write("sources/art/r1.txt", ARTICLE);
        write("sources/art/source.yaml", &source_yaml(ARTICLE));
        write(
            "claims/c1.yaml",
            &claim_yaml("c1", "the bridge will open in May"),
        );
        write(
            "claims/c2.yaml",
            &claim_yaml("c2", "the tunnel will open in May"),
        );
        write("claims/c3.yaml", "id: [c3\n");
        (dir, store)
    }

    /// Every file counts as settled: "now" is a minute ahead.
    fn later(reuse: bool) -> Options {
        Options {
            reuse,
            now: SystemTime::now() + Duration::from_secs(60),
        }
    }

    fn rules(f: &Findings) -> Vec<(String, Rule)> {
        f.diagnostics
            .iter()
            .map(|d| (d.path.display().to_string(), d.rule))
            .collect()
    }

    #[test]
    fn unchanged_files_are_not_read_again_and_the_findings_are_the_same() {
        let (dir, store) = store();
        let (first, reused) = check_counting(&store, later(true)).unwrap();
        assert_eq!(reused, 0);
        assert!(dir.path().join(store::CHECK_CACHE_FILE).is_file());
        assert_eq!(
            rules(&first),
            vec![
                ("claims/c2.yaml".to_string(), Rule::QuoteNotFound),
                ("claims/c3.yaml".to_string(), Rule::Claim),
            ]
        );
        let (second, reused) = check_counting(&store, later(true)).unwrap();
        assert_eq!(reused, 3, "every claim file's conclusion is reused");
        assert_eq!(second.diagnostics, first.diagnostics);
        assert_eq!((second.claims, second.sources), (3, 1));
        let (full, reused) = check_counting(&store, later(false)).unwrap();
        assert_eq!(reused, 0, "--no-cache reuses nothing");
        assert_eq!(full.diagnostics, first.diagnostics);
    }

    #[test]
    fn a_changed_source_text_checks_its_claims_again() {
        let (dir, store) = store();
        check_counting(&store, later(true)).unwrap();
        // The text rewritten by hand: the tunnel is in it now, the bridge is not.
        let text = ARTICLE.replace("bridge", "tunnel");
        std::fs::write(dir.path().join("sources/art/r1.txt"), &text).unwrap();
        let (after, reused) = check_counting(&store, later(true)).unwrap();
        assert_eq!(reused, 1, "only the file that is not a claim");
        let (full, _) = check_counting(&store, later(false)).unwrap();
        assert_eq!(after.diagnostics, full.diagnostics);
        assert_eq!(
            rules(&after),
            vec![
                ("claims/c1.yaml".to_string(), Rule::QuoteNotFound),
                ("claims/c3.yaml".to_string(), Rule::Claim),
                ("sources/art/r1.txt".to_string(), Rule::SourceSha256),
            ]
        );
        // A source that goes away: its claims name a source that does not exist.
        std::fs::remove_dir_all(dir.path().join("sources/art")).unwrap();
        let (gone, _) = check_counting(&store, later(true)).unwrap();
        assert_eq!(
            gone.diagnostics,
            check_store(&store, later(false)).unwrap().diagnostics
        );
        assert_eq!(
            gone.diagnostics
                .iter()
                .filter(|d| d.rule == Rule::UnknownSource)
                .count(),
            2
        );
    }

    #[test]
    fn files_changed_in_the_last_two_seconds_are_not_kept() {
        let (_dir, store) = store();
        let now = Options {
            reuse: true,
            now: SystemTime::now(),
        };
        check_counting(&store, now).unwrap();
        let (_, reused) = check_counting(&store, now).unwrap();
        assert_eq!(reused, 0);
    }
}
