//! The names of `check`'s rules, as they appear in its text and JSON output.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A rule of `check`: each finding names the rule that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Rule {
    /// `claimtrack.yaml` cannot be read.
    Settings,
    /// A file or folder name that is not a valid id.
    Id,
    /// A `source.yaml` that cannot be read.
    Source,
    /// A source without revisions, or revisions numbered with gaps.
    SourceRevisions,
    /// An article text that differs from its recorded sha256.
    #[serde(rename = "source-sha256")]
    SourceSha256,
    /// An article text that cannot be read.
    SourceText,
    /// An article text or source folder that `source.yaml` does not list.
    SourceUnlisted,
    /// What an interrupted write left: a temporary file, a staging folder,
    /// a batch of claim files half moved.
    Interrupted,
    /// A claim file that cannot be read.
    Claim,
    /// A claim or evidence item naming a source that does not exist.
    UnknownSource,
    /// A claim quoting a revision its source does not have (by number, or
    /// by a digest no revision's text has).
    UnknownRevision,
    /// A claim whose `source.rev` is not the number of the revision its
    /// `source.sha256` names (a merge numbered the source's revisions anew).
    StaleRevision,
    /// A quote that is not in the revision it names.
    QuoteNotFound,
    /// A quote that changed or vanished in a newer revision.
    QuoteChanged,
    /// An evidence or source URL that is not a web address.
    Url,
    /// A verdict without the evidence (or conclusion) it needs.
    VerdictWithoutEvidence,
    /// A rating that is not on the scale or not for the claim's verdict, or a scale that is not one.
    Rating,
    /// Verdicts merged from two branches that disagree, not yet settled.
    ConflictingVerdicts,
    /// An attribution that does not fit its kind.
    Attribution,
    /// A history that is empty, numbered with gaps or does not replay.
    History,
    /// Current fields that differ from the replayed history.
    HandEdit,
    /// A git repository around the store that would commit its derived
    /// files, or would not merge claims with the merge driver.
    GitSetup,
}

impl Rule {
    /// The rule's name, as printed: `quote-not-found`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Rule::Settings => "settings",
            Rule::Id => "id",
            Rule::Source => "source",
            Rule::SourceRevisions => "source-revisions",
            Rule::SourceSha256 => "source-sha256",
            Rule::SourceText => "source-text",
            Rule::SourceUnlisted => "source-unlisted",
            Rule::Interrupted => "interrupted",
            Rule::Claim => "claim",
            Rule::UnknownSource => "unknown-source",
            Rule::UnknownRevision => "unknown-revision",
            Rule::StaleRevision => "stale-revision",
            Rule::QuoteNotFound => "quote-not-found",
            Rule::QuoteChanged => "quote-changed",
            Rule::Url => "url",
            Rule::VerdictWithoutEvidence => "verdict-without-evidence",
            Rule::Rating => "rating",
            Rule::ConflictingVerdicts => "conflicting-verdicts",
            Rule::Attribution => "attribution",
            Rule::History => "history",
            Rule::HandEdit => "hand-edit",
            Rule::GitSetup => "git-setup",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_serialise_as_they_print() {
        for rule in [Rule::SourceSha256, Rule::VerdictWithoutEvidence, Rule::Id] {
            assert_eq!(
                serde_json::to_value(rule).unwrap(),
                serde_json::Value::from(rule.as_str())
            );
        }
    }
}
