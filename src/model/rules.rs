//! Rules a claim's state must keep, shared by the commands and by `check`.

use super::{Claim, Kind, Stance, Status};

/// How an attribution breaks the rule that an outlet's own assertion has no
/// speaker and every other kind has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttributionProblem {
    /// Kind `outlet` with a speaker.
    OutletWithSpeaker,
    /// Another kind without a speaker.
    NeedsSpeaker(Kind),
}

/// Whether an attribution of `kind`, with a speaker or not, breaks the rule.
pub(crate) fn attribution_problem(kind: Kind, has_speaker: bool) -> Option<AttributionProblem> {
    match (kind, has_speaker) {
        (Kind::Outlet, true) => Some(AttributionProblem::OutletWithSpeaker),
        (k, false) if k != Kind::Outlet => Some(AttributionProblem::NeedsSpeaker(k)),
        _ => None,
    }
}

/// Why a claim cannot stand with its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerdictProblem {
    /// A verdict without evidence of its stance (`stance` None: of any stance).
    NoEvidence {
        status: Status,
        stance: Option<Stance>,
    },
    NoConclusion,
}

impl std::fmt::Display for VerdictProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerdictProblem::NoEvidence {
                status,
                stance: Some(stance),
            } => write!(
                f,
                "status `{status}` needs at least one `{}` evidence item",
                stance.as_str()
            ),
            VerdictProblem::NoEvidence { status, .. } => {
                write!(f, "status `{status}` needs at least one evidence item")
            }
            VerdictProblem::NoConclusion => {
                f.write_str("status `unverifiable` needs a conclusion saying why")
            }
        }
    }
}

impl std::error::Error for VerdictProblem {}

/// The stance of evidence a verdict stands on: `supports` for verified,
/// `refutes` for refuted; None for a verdict that stands on any (`mixed`).
pub(crate) fn stance_for(status: Status) -> Option<Stance> {
    match status {
        Status::Verified => Some(Stance::Supports),
        Status::Refuted => Some(Stance::Refutes),
        _ => None,
    }
}

/// Why `claim` cannot stand with this status, if it cannot: `verified`
/// needs `supports` evidence, `refuted` needs `refutes`, `mixed` any, and
/// `unverifiable` a conclusion.
pub(crate) fn verdict_problem(claim: &Claim) -> Option<VerdictProblem> {
    let status = claim.status;
    if status == Status::Unverifiable
        && claim
            .conclusion
            .as_deref()
            .is_none_or(|c| c.trim().is_empty())
    {
        return Some(VerdictProblem::NoConclusion);
    }
    if !status.needs_evidence() {
        return None;
    }
    let stance = stance_for(status);
    let has = claim
        .evidence
        .iter()
        .any(|e| stance.is_none_or(|s| e.stance == s));
    (!has).then_some(VerdictProblem::NoEvidence { status, stance })
}

/// Whether changing `from` into `to` turns one verdict into another: a
/// correction, which needs a note and is listed in reports.
pub(crate) fn is_correction(from: Status, to: Status) -> bool {
    from != to && !from.is_open() && !to.is_open()
}

/// A URL that can be followed: http or https with a host.
pub(crate) fn url_problem(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(r)
            if !r.is_empty() && !r.starts_with('/') && !url.chars().any(char::is_whitespace) =>
        {
            None
        }
        _ => Some(format!("`{url}` is not an http(s) URL")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_need_a_scheme_and_host() {
        assert_eq!(url_problem("https://example.org/a"), None);
        assert!(url_problem("example.org").is_some());
        assert!(url_problem("https://").is_some());
        assert!(url_problem("javascript:alert(1)").is_some());
    }

    fn evidence(stance: Stance) -> crate::model::Evidence {
        crate::model::Evidence {
            stance,
            summary: "s".into(),
            url: Some("https://example.org".into()),
            source: None,
            archived_url: None,
            withheld: false,
            added: chrono::DateTime::UNIX_EPOCH,
            by: "t".into(),
        }
    }

    #[test]
    fn verdicts_need_evidence_of_their_own_stance() {
        let mut c = Claim::blank("x".into());
        c.status = Status::Verified;
        assert!(verdict_problem(&c).is_some());
        c.evidence.push(evidence(Stance::Refutes));
        let p = verdict_problem(&c).unwrap();
        assert_eq!(
            p.to_string(),
            "status `verified` needs at least one `supports` evidence item"
        );
        c.status = Status::Refuted;
        assert_eq!(verdict_problem(&c), None);
        c.status = Status::Mixed;
        assert_eq!(verdict_problem(&c), None);
        c.evidence = vec![evidence(Stance::Context)];
        assert_eq!(verdict_problem(&c), None);
        c.evidence.clear();
        assert_eq!(
            verdict_problem(&c).unwrap().to_string(),
            "status `mixed` needs at least one evidence item"
        );
        c.status = Status::Unverifiable;
        assert_eq!(verdict_problem(&c), Some(VerdictProblem::NoConclusion));
        c.conclusion = Some("Nothing on record.".into());
        assert_eq!(verdict_problem(&c), None);
    }
}
