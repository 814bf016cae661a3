//! Bringing claims in from other tools: the formats, and the machinery they share.
//!
//! Every import stores the imported file itself as a source (its `r1.txt`),
//! so that each claim quotes the exact bytes of its record and `check` can
//! find every quote again. An import is idempotent: the source is found by
//! the file's sha256, and a record whose claim is already there is skipped.
//! It is atomic: all new files are written to a staging folder inside the
//! store and renamed into place under the store lock; on any failure the
//! staging folder is removed and the store is left as it was.

pub mod claimreview;
mod ids;
pub(crate) mod label;
pub use ids::normalize_id;
pub mod liar;
pub mod sheet;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::{
    id, rules, Attribution, Claim, Evidence, Kind, Source, SourceRef, SourceRevision, Stance,
    Status,
};
use crate::store::{self, Store};
use crate::text;

/// One record of an imported file, ready to become a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// 1-based line of the record in the file.
    pub line: usize,
    /// The claim id the record always gets (LIAR ids), else one is made from the statement.
    pub id: Option<String>,
    pub statement: String,
    /// Byte range of the quoted words in the file.
    pub quote: (usize, usize),
    pub status: Status,
    pub rating: Option<String>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub via: Vec<String>,
    pub kind: Option<Kind>,
    pub hedge: Option<String>,
    pub claimed: Option<NaiveDate>,
    pub check_after: Option<NaiveDate>,
    pub tags: Vec<String>,
    /// What the verdict's evidence says ("PolitiFact rated this half-true").
    pub evidence_summary: Option<String>,
    pub evidence_url: Option<String>,
    /// The verdict's reasoning as published (ClaimReview `reviewBody`).
    pub conclusion: Option<String>,
    /// Kept in revision 1.
    pub note: Option<String>,
}

impl Draft {
    /// A draft with only its place, statement and quote.
    pub fn new(line: usize, statement: String, quote: (usize, usize)) -> Draft {
        Draft {
            line,
            id: None,
            statement,
            quote,
            status: Status::Unverified,
            rating: None,
            speaker: None,
            role: None,
            via: Vec::new(),
            kind: None,
            hedge: None,
            claimed: None,
            check_after: None,
            tags: Vec::new(),
            evidence_summary: None,
            evidence_url: None,
            conclusion: None,
            note: None,
        }
    }
}

/// Why one record of an imported file is skipped, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Skip(String);

impl From<String> for Skip {
    fn from(reason: String) -> Skip {
        Skip(reason)
    }
}

impl From<&str> for Skip {
    fn from(reason: &str) -> Skip {
        Skip(reason.to_string())
    }
}

/// A record that could not be read, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub line: usize,
    pub message: String,
}

/// What a format reader found in a file.
#[derive(Debug, Default)]
pub struct Parsed {
    pub drafts: Vec<Draft>,
    pub errors: Vec<RecordError>,
    /// Who published the records, for the source.
    pub outlet: Option<String>,
}

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Liar,
    Csv,
    ClaimReview,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Liar => "liar",
            Format::Csv => "csv",
            Format::ClaimReview => "claimreview",
        }
    }
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub source_id: String,
    /// Whether the source was made by this import (else it was already there).
    pub new_source: bool,
    pub imported: Vec<String>,
    pub already: usize,
    /// Records refused, with their line, in file order.
    pub errors: Vec<RecordError>,
}

/// Everything an import needs besides the file.
#[derive(Debug, Clone)]
pub struct Context {
    pub by: String,
    pub now: DateTime<Utc>,
}

/// Import `file` in `format` into `store`.
pub fn import_file(
    store: &Store,
    file: &Path,
    format: Format,
    parse: impl FnOnce(&str) -> Result<Parsed>,
    ctx: &Context,
    on_cleaned: impl FnOnce(&[PathBuf]),
) -> Result<Outcome> {
    let body = store::read_text(file, store::MAX_TEXT_BYTES)?;
    if body.trim().is_empty() {
        return Err(Error::file(file, "is empty; nothing to import"));
    }
    let parsed = parse(&body)?;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("import")
        .to_string();
    let mut errors = parsed.errors;

    let lock = store.lock(&[])?;
    on_cleaned(&store.clean_stale(&lock)?);
    let digest = store::sha256_hex(body.as_bytes());
    let existing = find_source_by_digest(store, &digest);
    let mut staging = store.staging(&lock)?;
    let (source_id, new_source) = match existing {
        Some(id) => (id, false),
        None => {
            let stem = Path::new(&name)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("import");
            let base = id::slug(&format!("{} {stem}", format.as_str()));
            // A folder left by an interrupted import or `source add` is taken over.
            let source_id = id::unique(&base, |c| {
                store.source_exists(c)
                    || (store.source_folder_exists(c) && !store.is_orphan_source(c))
            });
            if store.take_over_orphan(&lock, &source_id)? {
                crate::output::note(&format!(
                    "note: replaced sources/{source_id}/, left by an interrupted import or `source add`"
                ));
            }
            let source = Source {
                id: source_id.clone(),
                title: Some(format!("{name} ({} import)", format.as_str())),
                outlet: parsed.outlet.clone(),
                url: None,
                published: None,
                language: None,
                checked: None,
                etag: None,
                last_modified: None,
                revisions: vec![SourceRevision {
                    rev: 1,
                    file: "r1.txt".into(),
                    retrieved: ctx.now,
                    sha256: digest.clone(),
                }],
            };
            let yaml = crate::yaml::to_string(&source).map_err(|e| Error::unwritable(file, e))?;
            let dir = Path::new("sources").join(&source_id);
            staging.add(&dir.join("r1.txt"), body.as_bytes())?;
            staging.add(&dir.join("source.yaml"), yaml.as_bytes())?;
            (source_id, true)
        }
    };

    // Give each record its claim id, or find that it is already there.
    let mut taken: HashSet<String> = HashSet::new();
    let mut planned: Vec<(String, &Draft)> = Vec::new();
    let mut already = 0;
    for draft in &parsed.drafts {
        match resolve_id(store, draft, &source_id, &taken) {
            Ok(Resolved::New(claim_id)) => {
                taken.insert(claim_id.clone());
                planned.push((claim_id, draft));
            }
            Ok(Resolved::Already) => already += 1,
            Err(message) => errors.push(RecordError {
                line: draft.line,
                message: message.to_string(),
            }),
        }
    }

    let built: Vec<Result<(String, String), RecordError>> = planned
        .par_iter()
        .map(|(claim_id, draft)| {
            let claim =
                build_claim(claim_id, draft, &body, &source_id, &name, ctx).map_err(|message| {
                    RecordError {
                        line: draft.line,
                        message: message.to_string(),
                    }
                })?;
            let yaml = crate::yaml::to_string(&claim).map_err(|e| RecordError {
                line: draft.line,
                message: e.to_string(),
            })?;
            Ok((claim_id.clone(), yaml))
        })
        .collect();
    let mut imported = Vec::new();
    for result in built {
        match result {
            Ok((claim_id, yaml)) => {
                let target = Path::new("claims").join(format!("{claim_id}.yaml"));
                staging.add(&target, yaml.as_bytes())?;
                imported.push(claim_id);
            }
            Err(e) => errors.push(e),
        }
    }
    errors.sort_by_key(|e| e.line);
    if imported.is_empty() {
        // Nothing new: the source alone is not worth storing.
        drop(staging);
        let source_id = if new_source { String::new() } else { source_id };
        return Ok(Outcome {
            source_id,
            new_source: false,
            imported,
            already,
            errors,
        });
    }
    staging.commit()?;
    drop(lock);
    Ok(Outcome {
        source_id,
        new_source,
        imported,
        already,
        errors,
    })
}

/// The source whose first revision has this sha256: the file was imported before.
fn find_source_by_digest(store: &Store, digest: &str) -> Option<String> {
    store.source_ids().ok()?.into_iter().find(|sid| {
        store
            .load_source(sid)
            .is_ok_and(|s| s.revisions.iter().any(|r| r.sha256 == digest))
    })
}

enum Resolved {
    New(String),
    Already,
}

/// The id a record's claim gets: its own id, or one made from its statement.
/// A claim already in the store with the same statement from the same source
/// means the record was imported before.
fn resolve_id(
    store: &Store,
    draft: &Draft,
    source_id: &str,
    taken: &HashSet<String>,
) -> Result<Resolved, Skip> {
    let same = |claim_id: &str| -> Option<bool> {
        if !store.claim_exists(claim_id) {
            return None;
        }
        Some(
            store
                .load_claim(claim_id)
                .is_ok_and(|c| c.source.id == source_id && c.statement == draft.statement.trim()),
        )
    };
    if let Some(original) = &draft.id {
        // An id other tools allow but claimtrack does not is made valid; the
        // original is kept in the claim's first revision note.
        let normalized = ids::normalize_id(original);
        let given = &normalized;
        if let Some(p) = id::problem(given) {
            return Err(Skip::from(format!("id `{original}`: {p}")));
        }
        if taken.contains(given) {
            return Err(Skip::from(format!(
                "id `{given}` appears twice in the file"
            )));
        }
        return match same(given) {
            None => Ok(Resolved::New(given.clone())),
            Some(true) => Ok(Resolved::Already),
            Some(false) => Err(Skip::from(format!(
                "claim `{given}` already exists with another statement or source"
            ))),
        };
    }
    let base = id::slug(&draft.statement);
    for n in 1..10_000 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if taken.contains(&candidate) {
            continue;
        }
        match same(&candidate) {
            None => return Ok(Resolved::New(candidate)),
            Some(true) => return Ok(Resolved::Already),
            Some(false) => continue,
        }
    }
    Err(Skip::from(format!("no free id near `{base}`")))
}

/// The claim a record becomes: one revision, `imported`, with every field.
fn build_claim(
    claim_id: &str,
    d: &Draft,
    body: &str,
    source_id: &str,
    file_name: &str,
    ctx: &Context,
) -> Result<Claim, Skip> {
    let statement = d.statement.trim().to_string();
    if statement.is_empty() {
        return Err("the statement is empty".into());
    }
    let (start, end) = d.quote;
    let quote = body
        .get(start..end)
        .filter(|q| !q.trim().is_empty())
        .ok_or("the record's quote is not in the file")?;
    let (prefix, suffix) = text::context(body, start, end);
    let speaker = d.speaker.clone().filter(|s| !s.trim().is_empty());
    let kind = match (d.kind, &speaker) {
        (Some(Kind::Outlet), Some(_)) | (None, Some(_)) => Kind::Paraphrase,
        (Some(k), Some(_)) => k,
        (_, None) => Kind::Outlet,
    };
    let mut claim = Claim::blank(claim_id.to_string());
    claim.statement = statement;
    claim.status = d.status;
    claim.rating = d.rating.clone().filter(|r| !r.trim().is_empty());
    claim.source = SourceRef {
        id: source_id.to_string(),
        rev: 1,
        sha256: None,
        quote: quote.to_string(),
        prefix,
        suffix,
    };
    claim.attribution = Attribution {
        speaker,
        role: d.role.clone().filter(|r| !r.trim().is_empty()),
        via: d.via.clone(),
        kind,
    };
    claim.hedge = d.hedge.clone();
    claim.claimed = d.claimed;
    claim.check_after = d.check_after;
    claim.tags.clear();
    for t in &d.tags {
        claim.add_tag(t);
    }
    let evidence_given = d.evidence_summary.is_some() || d.evidence_url.is_some();
    if d.status.needs_evidence() || evidence_given {
        let url = d
            .evidence_url
            .clone()
            .filter(|u| rules::url_problem(u).is_none());
        let summary = d
            .evidence_summary
            .clone()
            .unwrap_or_else(|| match &claim.rating {
                Some(r) => format!("Rated {r} in {file_name}"),
                None if d.status.needs_evidence() => format!("Marked {} in {file_name}", d.status),
                None => format!("Linked in {file_name}"),
            });
        claim.evidence.push(Evidence {
            stance: match d.status {
                Status::Verified => Stance::Supports,
                Status::Refuted => Stance::Refutes,
                _ => Stance::Context,
            },
            summary,
            url,
            source: Some(source_id.to_string()),
            archived_url: None,
            withheld: false,
            added: ctx.now,
            by: ctx.by.clone(),
        });
    }
    if !claim.status.is_open() {
        claim.conclusion = d.conclusion.clone().filter(|c| !c.trim().is_empty());
    }
    if claim.status == Status::Unverifiable && claim.conclusion.is_none() {
        claim.conclusion = Some(match &claim.rating {
            Some(r) => format!("Rated {r} in {file_name}"),
            None => format!("Marked {} in {file_name}", d.status),
        });
    }
    if let Some(p) = rules::verdict_problem(&claim) {
        return Err(p.to_string().into());
    }
    let mut note = format!("Imported from {file_name} line {}.", d.line);
    if let Some(original) = d.id.as_deref().filter(|o| *o != claim_id) {
        note = format!(
            "Imported from {file_name} line {} (id there: {original}).",
            d.line
        );
    }
    if let Some(n) = d.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        note = format!("{n}\n{note}");
    }
    claim.record_as_first(ctx.now, ctx.by.clone(), "imported", Some(note));
    Ok(claim)
}

/// The byte range of `needle` in `hay` at or after `from`, if it is there.
pub fn find_from(hay: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    hay.get(from..)?
        .find(needle)
        .map(|i| (from + i, from + i + needle.len()))
}

/// A calendar date from text such as `2022-09-07`, `2022-09-07T10:00:00Z`,
/// `2020-06-23 20:02` or `2022-09-07T10:00:00+02:00` (the date part is kept).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(d.date_naive());
    }
    let head = t.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// 1-based line of byte offset `at`.
pub fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_or_without_time() {
        let d = NaiveDate::from_ymd_opt(2020, 6, 23);
        assert_eq!(parse_date("2020-06-23"), d);
        assert_eq!(parse_date("2020-06-23 20:02"), d);
        assert_eq!(parse_date("2020-06-23T20:02:00+05:30"), d);
        assert_eq!(parse_date("June 2020"), None);
    }
}
