//! Rules a claim's state must keep, shared by the commands and by `check`.

use super::{Claim, Kind, Status};

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

/// Why `claim` cannot stand with this status, if it cannot.
pub(crate) fn verdict_problem(claim: &Claim) -> Option<String> {
    if claim.status.needs_evidence() && claim.evidence.is_empty() {
        return Some(format!(
            "status `{}` needs at least one evidence item",
            claim.status
        ));
    }
    None
}

/// Whether a change to `status` needs a note to explain it.
pub(crate) fn needs_note(status: Status) -> bool {
    status == Status::Unverifiable
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

    #[test]
    fn verdicts_need_evidence() {
        let mut c = Claim::blank("x".into());
        c.status = Status::Verified;
        assert!(verdict_problem(&c).is_some());
        c.status = Status::Unverifiable;
        assert!(verdict_problem(&c).is_none());
    }
}
