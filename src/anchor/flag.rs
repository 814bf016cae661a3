//! Flags: a claim whose quote changed or vanished in a newer revision of its source.

use serde::Serialize;

use super::{reanchor, Outcome, Prepared};
use crate::model::Claim;

/// The action of a revision that records that a claim's quoted revision
/// stands although the article has a newer one: `kept r1 over r2`.
pub fn kept_action(kept: u32, over: u32) -> String {
    format!("kept r{kept} over r{over}")
}

/// The revisions named by a `kept r1 over r2` action.
pub fn parse_kept(action: &str) -> Option<(u32, u32)> {
    let rest = action.strip_prefix("kept r")?;
    let (kept, over) = rest.split_once(" over r")?;
    Some((kept.parse().ok()?, over.parse().ok()?))
}

/// The newest article revision over which the claim's current quoted
/// revision was recorded to stand, if any.
pub fn kept_over(claim: &Claim) -> Option<u32> {
    claim
        .history
        .iter()
        .filter_map(|r| parse_kept(&r.action))
        .filter(|&(kept, _)| kept == claim.source.rev)
        .map(|(_, over)| over)
        .max()
}

/// A claim whose quote changed or vanished in a newer revision of its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// The newest revision of the source, where the quote was looked for.
    pub latest: u32,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// The flag of `claim` against `latest` (revision `latest_rev` of its
/// source): None when the claim is on the latest revision, its quote is
/// still there word for word, or its revision was recorded to stand.
pub fn flag(claim: &Claim, latest_rev: u32, latest: &Prepared) -> Option<Flag> {
    if claim.source.rev >= latest_rev || kept_over(claim).is_some_and(|k| k >= latest_rev) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_actions_round_trip() {
        assert_eq!(parse_kept(&kept_action(1, 3)), Some((1, 3)));
        assert_eq!(parse_kept("kept"), None);
        assert_eq!(parse_kept("verified"), None);
    }
}
