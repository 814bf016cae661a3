//! Which of this check's conclusions the next one may reuse, and whether a
//! kept conclusion about a source still holds.

use std::collections::HashMap;
use std::time::SystemTime;

use super::reuse::{self, keepable, Dep, Saved, SavedClaim, SavedSource};
use super::sources::Seen;
use super::{file_name, ClaimState, SourceState};
use crate::store::{self, FileId, FileState, Store};

/// Whether a kept view of source `id` still describes its files.
pub(super) fn holds(store: &Store, id: &str, seen: &Seen) -> bool {
    let dir = store.sources_dir().join(id);
    store::is_real_folder(&dir)
        && store::file_state(&dir.join("source.yaml")) == seen.yaml
        && seen.texts.iter().all(|(file, state)| {
            // The name was read from a file: it must be a text's name, in this folder.
            store
                .source_text_path(id, file)
                .is_ok_and(|p| store::file_state(&p) == *state)
        })
}

/// What the next check is told about this one.
pub(super) struct Kept {
    pub(super) program: FileId,
    pub(super) root: String,
    pub(super) settings: FileState,
    pub(super) settings_keep: bool,
    pub(super) now: SystemTime,
}

/// The conclusions worth keeping: about sources whose files are settled,
/// and about settled claim files whose settings and source are kept too.
/// None when nothing is.
pub(super) fn keep(
    kept: Kept,
    source_ids: &[String],
    states: &[SourceState],
    claims: &[ClaimState],
    present_then: &[String],
) -> Option<Saved> {
    let now = kept.now;
    let kept_source: Vec<bool> = states
        .iter()
        .map(|s| {
            s.seen.as_ref().is_some_and(|seen| {
                keepable(seen.yaml, now) && seen.texts.iter().all(|(_, s)| keepable(*s, now))
            })
        })
        .collect();
    let sources: Vec<SavedSource> = source_ids
        .iter()
        .zip(states)
        .zip(&kept_source)
        .filter(|(_, keep)| **keep)
        .filter_map(|((id, s), _)| {
            Some(SavedSource {
                id: id.clone(),
                seen: s.seen.clone()?,
                diagnostics: s.diagnostics.clone(),
            })
        })
        .collect();
    let mut saved_claims = Vec::new();
    // Claims depend on the settings (the rating scale): none is kept
    // unless the settings file is.
    if kept.settings_keep {
        let deps = Deps {
            index: reuse::index_of(source_ids),
            states,
            kept_source: &kept_source,
            present_then,
        };
        saved_claims.extend(claims.iter().filter_map(|c| deps.entry(c, now)));
    }
    if sources.is_empty() && saved_claims.is_empty() {
        return None;
    }
    Some(Saved {
        program: kept.program,
        root: kept.root,
        settings: if kept.settings_keep {
            kept.settings
        } else {
            FileState::Absent
        },
        present: source_ids.to_vec(),
        sources,
        claims: saved_claims,
    })
}

/// The sources as the next check will be told of them.
struct Deps<'a> {
    /// Each source present now, by id, with its place in the list kept.
    index: HashMap<&'a str, u32>,
    states: &'a [SourceState],
    kept_source: &'a [bool],
    /// The sources present when the reused conclusions were drawn.
    present_then: &'a [String],
}

impl Deps<'_> {
    /// A claim's conclusion as kept, or None when it cannot be: the file
    /// changed too recently, or its source is not kept.
    fn entry(&self, c: &ClaimState, now: SystemTime) -> Option<SavedClaim> {
        let key = c.key?;
        let (source, evidence) = match c.reused {
            Some(old) => {
                let source = match &old.source {
                    None => None,
                    Some(d) => Some(self.moved(d, true)?),
                };
                let evidence = old
                    .evidence
                    .iter()
                    .map(|d| self.moved(d, false))
                    .collect::<Option<Vec<Dep>>>()?;
                (source, evidence)
            }
            None if keepable(FileState::File(key), now) => match &c.deps {
                // Not a claim: its findings depend on its own bytes only.
                None => (None, Vec::new()),
                Some((id, ev)) => (
                    Some(self.dep(id, true, false)?),
                    ev.iter()
                        .map(|e| self.dep(e, false, false))
                        .collect::<Option<Vec<Dep>>>()?,
                ),
            },
            None => return None,
        };
        Some(SavedClaim {
            name: file_name(&c.path).to_string(),
            key,
            source,
            evidence,
            diagnostics: c.findings().to_vec(),
        })
    }

    /// A source named in a reused conclusion, as the next check will find it.
    fn moved(&self, dep: &Dep, primary: bool) -> Option<Dep> {
        match dep {
            Dep::Missing(id) => self.dep(id, primary, true),
            Dep::Present(i) => self.dep(self.present_then.get(*i as usize)?, primary, true),
        }
    }

    /// Source `id`, named by a claim (as its own source when `primary`,
    /// whose conclusion was `reused` or drawn afresh). None when the
    /// conclusion cannot be kept: its own source is not kept, or a second
    /// read found it changed from the view a reused conclusion was drawn on.
    fn dep(&self, id: &str, primary: bool, reused: bool) -> Option<Dep> {
        let Some(k) = self.index.get(id).copied() else {
            return Some(Dep::Missing(id.to_string()));
        };
        if primary {
            let i = k as usize;
            let state = self.states.get(i)?;
            let fits = !reused || state.held.as_ref() == state.seen.as_ref();
            if !(self.kept_source.get(i).copied().unwrap_or(false) && fits) {
                return None;
            }
        }
        Some(Dep::Present(k))
    }
}
