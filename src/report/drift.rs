//! Claims whose quote changed or vanished in a newer revision of their article.

use std::collections::BTreeMap;

use crate::anchor::{self, Prepared, Verdict};
use crate::model::Claim;

/// A claim whose quote is no longer found as it was in the latest article revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub claim: String,
    pub source: String,
    pub rev: u32,
    pub latest: u32,
    pub state: DriftState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriftState {
    /// The quote is gone but its surroundings remain: the passage was reworded.
    Changed,
    /// Neither the quote nor its surroundings remain.
    Vanished,
}

impl DriftState {
    pub fn as_str(self) -> &'static str {
        match self {
            DriftState::Changed => "changed",
            DriftState::Vanished => "vanished",
        }
    }
}

/// The selected claims whose quote is not found in the latest revision of
/// their article, judged as `source update` judges them (`anchor::flag`);
/// `rev_of` gives the revision a claim quotes (`Source::rev_of`).
pub fn drift(
    claims: &[Claim],
    latest: &BTreeMap<String, (u32, String)>,
    rev_of: &dyn Fn(&Claim) -> u32,
) -> Vec<Drift> {
    let prepared: BTreeMap<&str, (u32, Prepared)> = latest
        .iter()
        .map(|(id, (rev, t))| (id.as_str(), (*rev, Prepared::new(t))))
        .collect();
    claims
        .iter()
        .filter_map(|c| {
            let (rev, text) = prepared.get(c.source.id.as_str())?;
            let quoted = rev_of(c);
            let found = anchor::flag(c, quoted, *rev, text)?;
            Some(Drift {
                claim: c.id.clone(),
                source: c.source.id.clone(),
                rev: quoted,
                latest: *rev,
                state: match found.outcome.verdict {
                    Verdict::Vanished => DriftState::Vanished,
                    _ => DriftState::Changed,
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::report::tests::claim;

    #[test]
    fn a_reworded_quote_is_changed_and_a_removed_one_vanished() {
        let mut c = claim("x", Status::Unverified, "2026-11-01T00:00:00Z");
        c.source.id = "a".into();
        c.source.rev = 1;
        c.source.quote = "the two presidents will meet".into();
        c.source.prefix = "informed reporters that ".into();
        c.source.suffix = " during the SCO summit".into();
        let mut latest = BTreeMap::new();
        latest.insert(
            "a".to_string(),
            (
                2,
                "He informed reporters that the leaders may meet during the SCO summit."
                    .to_string(),
            ),
        );
        assert_eq!(
            drift(&[c.clone()], &latest, &|c| c.source.rev)[0].state,
            DriftState::Changed
        );
        latest.insert("a".to_string(), (2, "Something else entirely.".to_string()));
        assert_eq!(
            drift(&[c.clone()], &latest, &|c| c.source.rev)[0].state,
            DriftState::Vanished
        );
        latest.insert(
            "a".to_string(),
            (2, "Now: the two  presidents will meet, later.".to_string()),
        );
        assert!(drift(&[c], &latest, &|c| c.source.rev).is_empty());
    }
}
