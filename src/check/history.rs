//! The history rules: revisions numbered without gaps, a history that
//! replays, and current fields that match it (no hand edit left unrecorded).

use std::path::Path;

use super::place::{nested_key, nth_line_with};
use super::Rule;
use crate::diagnostic::Diagnostic;
use crate::model::{fields, Claim};
use crate::store;

pub(super) fn check_history(claim: &Claim, text: &str, rel: &Path, out: &mut Vec<Diagnostic>) {
    if claim.history.is_empty() {
        out.push(
            Diagnostic::error(Rule::History, rel, "has no history")
                .at(store::key_position(text, "history"))
                .hint(format!(
                    "run `claimtrack record {}` to record its current state",
                    claim.id
                )),
        );
        return;
    }
    let mut gap = false;
    for (i, r) in claim.history.iter().enumerate() {
        if r.rev != i as u32 + 1 && !gap {
            gap = true;
            out.push(
                Diagnostic::error(
                    Rule::History,
                    rel,
                    format!(
                        "revision {} should be numbered {} (revisions count from 1 without gaps)",
                        r.rev,
                        i + 1
                    ),
                )
                .at(nth_line_with(text, "- rev:", i)),
            );
        }
    }
    let (state, issues) = fields::replay(&claim.history, None);
    for issue in &issues {
        let rev = claim.history.get(issue.index).map_or(0, |r| r.rev);
        out.push(
            Diagnostic::error(
                Rule::History,
                rel,
                format!("revision {rev}: {}", issue.message),
            )
            .at(nth_line_with(text, "- rev:", issue.index)),
        );
    }
    let current = fields::project(claim);
    if state != current {
        let changed: Vec<String> = fields::diff(&state, &current)
            .iter()
            .map(|(f, _)| f.clone())
            .collect();
        let place = changed.first().and_then(|f| match f.split_once('.') {
            Some((parent, child)) => nested_key(text, parent, child),
            None => store::key_position(text, f),
        });
        out.push(
            Diagnostic::error(
                Rule::HandEdit,
                rel,
                format!(
                    "current fields differ from the replayed history ({})",
                    changed.join(", ")
                ),
            )
            .at(place)
            .hint(format!(
                "if the edit is right, run `claimtrack record {}` to record it as a revision",
                claim.id
            )),
        );
    }
}
