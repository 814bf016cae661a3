//! The rules over sources: `source.yaml`, the texts of its revisions, the
//! settings file, and what an interrupted `source add` or `update` left.

use std::collections::HashMap;

use super::place::nth_line_with;
use super::{from_error, Rule};
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::model::rating::Scale;
use crate::model::{id, rules, Source};
use crate::store::{self, FileState, Store, Unlisted};

/// A readable source and the texts of its revisions that could be read.
pub(super) struct LoadedSource {
    pub(super) source: Source,
    pub(super) texts: HashMap<u32, String>,
}

/// What checking a source read, each file looked at before it was read:
/// what a kept conclusion about the source (and its claims) depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Seen {
    /// `source.yaml`.
    pub(super) yaml: FileState,
    /// Each revision's text file with a valid name, in order.
    pub(super) texts: Vec<(String, FileState)>,
    /// The files `source.yaml` lists, when it could be read.
    pub(super) listed: Option<Vec<String>>,
}

/// A source checked: its findings, what could be read, and what was seen
/// (None when the folder is not one or its name is not an id: nothing read).
pub(super) struct Checked {
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) loaded: Option<LoadedSource>,
    pub(super) seen: Option<Seen>,
}

/// Check `claimtrack.yaml`, and return the rating scale the claims are checked against.
pub(super) fn check_settings(store: &Store, out: &mut Vec<Diagnostic>) -> Scale {
    let path = store.root().join("claimtrack.yaml");
    match store.settings_with_text() {
        Ok((settings, text)) => {
            let scale = settings.scale();
            super::verdicts::check_scale(&scale, &text, store.relative(&path), out);
            scale
        }
        Err(e) => {
            out.push(from_error(store, Rule::Settings, &path, e));
            Scale::default()
        }
    }
}

pub(super) fn check_source(store: &Store, source_id: &str) -> Checked {
    let mut checked = Checked {
        diagnostics: Vec::new(),
        loaded: None,
        seen: None,
    };
    let out = &mut checked.diagnostics;
    let path = match store.source_file(source_id) {
        Ok(path) => path,
        Err(e) => {
            // A folder that is a link (never followed) or not a folder.
            let dir = store.sources_dir().join(source_id);
            out.push(from_error(store, Rule::Source, &dir, e));
            return checked;
        }
    };
    let rel = store.relative(&path).to_path_buf();
    if let Some(problem) = id::problem(source_id) {
        out.push(Diagnostic::error(
            Rule::Id,
            &rel,
            format!("folder name `{source_id}` is not a valid id: {problem}"),
        ));
        return checked;
    }
    let mut seen = Seen {
        yaml: store::file_state(&path),
        texts: Vec::new(),
        listed: None,
    };
    let (source, text) = match store.load_source_with_text(source_id) {
        Ok(s) => s,
        Err(e) => {
            let mut d = from_error(store, Rule::Source, &path, e);
            // A merge the merge driver could not decide says why on its first line.
            let first = store::first_line(&path).unwrap_or_default();
            if first.starts_with(crate::merge_source::UNDECIDED_SOURCE) {
                d = d.hint("the git merge driver could not merge this source (its first line says why): keep the revisions of both sides between the markers, numbered 1, 2, 3 … by when they were retrieved, remove the markers and the first line; the claims find their texts by digest");
            }
            out.push(d);
            checked.seen = Some(seen);
            return checked;
        }
    };
    seen.listed = Some(source.revisions.iter().map(|r| r.file.clone()).collect());
    if let Some(p) = source.url.as_deref().and_then(rules::url_problem) {
        out.push(
            Diagnostic::error(Rule::Url, &rel, format!("url: {p}"))
                .at(store::key_position(&text, "url"))
                .hint("give the article's web address, or null; `source refresh` fetches only http(s)"),
        );
    }
    let mut texts = HashMap::new();
    if source.revisions.is_empty() {
        out.push(
            Diagnostic::error(Rule::SourceRevisions, &rel, "has no revisions")
                .at(store::key_position(&text, "revisions")),
        );
    }
    for (i, r) in source.revisions.iter().enumerate() {
        let place = nth_line_with(&text, "- rev:", i);
        if r.rev != i as u32 + 1 {
            out.push(
                Diagnostic::error(
                    Rule::SourceRevisions,
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
                out.push(Diagnostic::error(Rule::SourceRevisions, &rel, e.to_string()).at(place));
                continue;
            }
        };
        if r.is_named_for_another_digest() {
            out.push(
                Diagnostic::error(Rule::SourceRevisions, &rel, format!("revision {}: its file is named for another digest than its sha256", r.rev))
                    .at(place)
                    .hint("a text is named by the first 16 hex digits of its sha256; restore source.yaml from git"),
            );
        }
        seen.texts.push((r.file.clone(), store::file_state(&file)));
        match store::read_text(&file, store::MAX_TEXT_BYTES) {
            Ok(body) => {
                let digest = store::sha256_hex(body.as_bytes());
                if digest != r.sha256 {
                    out.push(
                        Diagnostic::error(Rule::SourceSha256, store.relative(&file), format!("text differs from its sha256 in source.yaml (r{}); article texts must never be rewritten", r.rev))
                            .hint("restore the file from git, or store the new text with `claimtrack source update`"),
                    );
                }
                texts.insert(r.rev, body);
            }
            Err(e) => out.push(from_error(store, Rule::SourceText, &file, e)),
        }
    }
    checked.loaded = Some(LoadedSource { source, texts });
    checked.seen = Some(seen);
    checked
}

/// A warning for each thing an interrupted writer left: temporary files and
/// staging folders (the next command that writes removes them), and a batch
/// of claim files half moved (the next command that writes finishes it).
pub(super) fn check_interrupted(store: &Store, out: &mut Vec<Diagnostic>) {
    let pending = store::pending(&store.claims_dir());
    for path in store.stale_files() {
        // The new texts of a journalled batch are reported with it, below.
        if pending.is_some() && path.parent() == Some(store.claims_dir().as_path()) {
            continue;
        }
        out.push(
            Diagnostic::warning(
                Rule::Interrupted,
                store.relative(&path).to_path_buf(),
                "left by an interrupted write",
            )
            .hint("the next command that writes removes it"),
        );
    }
    if let Some(p) = pending {
        let path = match p.what.strip_prefix("source update ") {
            Some(id) => store.sources_dir().join(id),
            None => p.journal.clone(),
        };
        out.push(
            Diagnostic::warning(
                Rule::Interrupted,
                store.relative(&path).to_path_buf(),
                format!(
                    "an interrupted {} left {} claim file{} still to move: its claims are split between revisions",
                    p.what,
                    p.waiting,
                    if p.waiting == 1 { "" } else { "s" }
                ),
            )
            .hint("run the same command again, or any command that writes: it finishes the moves"),
        );
    }
}

/// A warning for each article text `source.yaml` does not list and each
/// source folder without a `source.yaml`.
/// `listed` gives the files each source's `source.yaml` lists, as `check`
/// read them (None for a source that could not be read).
pub(super) fn check_unlisted(
    store: &Store,
    listed: &dyn Fn(&str) -> Option<Vec<String>>,
    out: &mut Vec<Diagnostic>,
) -> Result<()> {
    for unlisted in store.unlisted_source_files_given(listed)? {
        let (path, message, hint) = match &unlisted {
            Unlisted::Folder(path) => (
                path,
                "a source folder without source.yaml (left by an interrupted `source add` or `import`?)",
                "run the `source add` or `import` that was interrupted again (it takes this folder over), or delete the folder",
            ),
            Unlisted::Text(path) => (
                path,
                "an article text that source.yaml does not list (left by an interrupted `source update`?)",
                "running the interrupted `claimtrack source update` again replaces it; or delete it",
            ),
        };
        out.push(
            Diagnostic::warning(
                Rule::SourceUnlisted,
                store.relative(path).to_path_buf(),
                message,
            )
            .hint(hint),
        );
    }
    Ok(())
}
