//! Which claim an answer answers: the nearest earlier one, preferring
//! hedged and reported claims and those that share its words.

use super::eval::same_speaker;
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

/// Content words of a sentence, for matching an answer to its claim:
/// words of four letters or more, and numbers.
fn content(tokens: &[Token]) -> Vec<String> {
    content_of(
        &tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Content words of a text, for matching an answer to its claim.
fn content_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .map(|w| {
            let w = w.to_lowercase().replace('\u{2019}', "'");
            w.strip_suffix("'s").map(str::to_string).unwrap_or(w)
        })
        .filter(|w| {
            (w.chars().count() >= 4 || w.chars().any(|c| c.is_ascii_digit()))
                && !STOP.contains(&w.as_str())
        })
        .collect()
}

/// The candidate an answer in sentence `number` answers: the nearest earlier
/// claim, preferring hedged or reported ones and those that share its words.
pub(crate) fn answered(
    tokens: &[Token],
    party: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<usize> {
    let words = content(tokens);
    let party_words = party.map(content_of).unwrap_or_default();
    let mut best: Option<(f64, usize)> = None;
    let lower = candidates.len().saturating_sub(12);
    for (ci, c) in candidates.iter().enumerate().skip(lower) {
        if c.score < 0.4 || c.sentence >= number {
            continue;
        }
        // A party answers what others say of it, not its own words.
        if party.is_some_and(|p| same_speaker(c.speaker.as_deref(), Some(p))) {
            continue;
        }
        let theirs = content_of(&c.quote);
        let shared = words
            .iter()
            .filter(|w| theirs.contains(w))
            .map(|w| {
                if w.chars().any(|c| c.is_ascii_digit()) {
                    2.0
                } else {
                    1.0
                }
            })
            .sum::<f64>();
        // A claim that names the party is a claim about it.
        let names_party = !party_words.is_empty() && party_words.iter().all(|w| theirs.contains(w));
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
        if names_party {
            s += 1.5;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, ci));
        }
    }
    best.map(|(_, i)| i)
}
