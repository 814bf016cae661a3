//! Flags: a claim whose quote changed or vanished in a newer revision of its source.

use serde::Serialize;

use super::{reanchor, Outcome, Prepared};
use crate::model::Claim;

/// A claim whose quote changed or vanished in a newer revision of its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// The newest revision of the source, where the quote was looked for.
    pub latest: u32,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// The flag of `claim`, anchored in revision `rev` of its source (as
/// `Source::resolve` finds it), against `latest` (revision `latest_rev`):
/// None when the claim is on the latest revision, its quote is still there
/// word for word, or its revision was recorded to stand.
pub fn flag(claim: &Claim, rev: u32, latest_rev: u32, latest: &Prepared) -> Option<Flag> {
    if rev >= latest_rev || claim.kept_over().is_some_and(|k| k >= latest_rev) {
        return None;
    }
    let outcome = reanchor(
        latest,
        &claim.source.quote,
        &claim.source.prefix,
        &claim.source.suffix,
        None,
    );
    (!outcome.verdict.is_exact()).then_some(Flag {
        latest: latest_rev,
        outcome,
    })
}

/// One claim re-anchored in a revision of its source: a row of the table
/// `source update` and `source diff` print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub claim: String,
    /// The source revision the claim quoted.
    pub from: u32,
    /// The source revision it was looked for in.
    pub to: u32,
    pub quote: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// What was done about it, in a few words.
    pub action: String,
}
