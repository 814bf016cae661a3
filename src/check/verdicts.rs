//! The rules over a claim's verdict: evidence of its own stance, a
//! conclusion where one is needed, a rating that fits the verdict and the
//! scale, and verdicts merged from two branches that disagree; and the
//! rating scale itself.

use std::path::Path;

use super::place::nth_line_with;
use super::Rule;
use crate::diagnostic::Diagnostic;
use crate::model::rating::Scale;
use crate::model::{rules, verdicts, Claim};
use crate::store;

/// The findings about one claim's verdict.
pub(super) fn check_verdict(
    claim: &Claim,
    text: &str,
    rel: &Path,
    scale: &Scale,
    out: &mut Vec<Diagnostic>,
) {
    let id = &claim.id;
    if let Some(p) = rules::verdict_problem(claim) {
        let hint = match p {
            rules::VerdictProblem::NoConclusion => format!(
                "say why with `claimtrack mark {id} --conclusion \"…\"`, or reopen with `claimtrack mark {id} unverified`"
            ),
            rules::VerdictProblem::NoEvidence { stance: Some(stance), .. } => format!(
                "add it with `claimtrack evidence {id} --stance {} --summary \"…\" --url …`, or reopen with `claimtrack mark {id} unverified`",
                stance.as_str()
            ),
            rules::VerdictProblem::NoEvidence { stance: None, .. } => format!(
                "add it with `claimtrack evidence {id} --stance … --summary \"…\" --url …`, or reopen with `claimtrack mark {id} unverified`"
            ),
        };
        out.push(
            Diagnostic::error(Rule::VerdictWithoutEvidence, rel, p.to_string())
                .at(store::key_position(text, "status"))
                .hint(hint),
        );
    }
    if let Some(p) = scale.rating_problem(claim.status, claim.rating.as_deref()) {
        out.push(
            Diagnostic::error(Rule::Rating, rel, p.to_string())
                .at(store::key_position(text, "rating"))
                .hint(format!(
                    "give the rating again with `claimtrack mark {id} --rating LABEL --note \"…\"`, or edit the scale in claimtrack.yaml"
                )),
        );
    }
    if let Some(c) = verdicts::conflict(&claim.history) {
        out.push(
            Diagnostic::error(
                Rule::ConflictingVerdicts,
                rel,
                format!(
                    "verdicts merged from two branches disagree: {} gave `{}` (r{}, {}), {} gave `{}` (r{}, {}), and nobody has settled which stands",
                    c.earlier.by,
                    c.earlier.status,
                    c.earlier.rev,
                    c.earlier.at.format("%Y-%m-%d %H:%M"),
                    c.later.by,
                    c.later.status,
                    c.later.rev,
                    c.later.at.format("%Y-%m-%d %H:%M"),
                ),
            )
            .at(store::key_position(text, "status"))
            .hint(format!(
                "keep `{}` with `claimtrack mark {id} {} --note \"why\"`, or correct it with `claimtrack mark {id} {} --note \"why\"`",
                c.later.status, c.later.status, c.earlier.status
            )),
        );
    }
}

/// The findings about the rating scale in `claimtrack.yaml`.
pub(super) fn check_scale(scale: &Scale, text: &str, rel: &Path, out: &mut Vec<Diagnostic>) {
    let start = store::key_position(text, "ratings").map_or(0, |(line, _)| line);
    for (i, problem) in scale.problems() {
        let place = nth_line_with(&tail(text, start), "- ", i).map(|(l, c)| (l + start, c));
        out.push(
            Diagnostic::error(Rule::Rating, rel, problem)
                .at(place)
                .hint("each label once, each for a verdict: verified, refuted, mixed or unverifiable (see docs/desk.md)"),
        );
    }
}

/// `text` from line `start` (0-based) on.
fn tail(text: &str, start: usize) -> String {
    text.lines().skip(start).collect::<Vec<_>>().join("\n")
}
