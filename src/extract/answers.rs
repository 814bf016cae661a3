//! Which claim an answer answers: the nearest earlier one, preferring
//! hedged and reported claims and those that share its words.

use super::tokens::Token;
use super::Candidate;
use crate::model::Kind;

const STOP: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "would",
    "said",
    "their",
    "there",
    "about",
    "which",
    "when",
    "what",
    "they",
    "them",
    "after",
    "before",
    "whether",
    "comment",
    "request",
    "asked",
    "question",
    "respond",
    "declined",
    "denied",
    "could",
];

/// Content words of a sentence, for matching an answer to its claim.
fn content(tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.is_word() && t.lower.chars().count() >= 4 && !STOP.contains(&t.base()))
        .map(|t| t.base().to_string())
        .collect()
}

/// Content words of a text, for matching an answer to its claim.
fn content_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .map(|w| {
            let w = w.to_lowercase().replace('\u{2019}', "'");
            w.strip_suffix("'s").map(str::to_string).unwrap_or(w)
        })
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()))
        .collect()
}

/// The candidate an answer in sentence `number` answers: the nearest earlier
/// claim, preferring hedged or reported ones and those that share its words.
pub(crate) fn answered(tokens: &[Token], number: usize, candidates: &[Candidate]) -> Option<usize> {
    let words = content(tokens);
    let mut best: Option<(f64, usize)> = None;
    let lower = candidates.len().saturating_sub(12);
    for (ci, c) in candidates.iter().enumerate().skip(lower) {
        if c.score < 0.4 || c.sentence >= number {
            continue;
        }
        let theirs = content_of(&c.quote);
        let shared = words.iter().filter(|w| theirs.contains(w)).count() as f64;
        let distance = (number - c.sentence) as f64;
        // An answer usually follows the claim it answers, and is sought for
        // the unconfirmed ones.
        let mut s = 0.5 * shared + 2.0 / distance;
        if c.hedge.is_some() {
            s += 1.5;
        }
        if c.kind == Kind::Reported {
            s += 0.5;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, ci));
        }
    }
    best.map(|(_, i)| i)
}
