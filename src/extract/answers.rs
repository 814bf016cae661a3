//! Which claim an answer answers: the nearest earlier one, preferring
//! hedged and reported claims and those that share its words.

use super::eval::same_speaker;
use super::tokens::Token;
use super::Candidate;
use crate::model::{Kind, ResponseKind};

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
/// words of four letters or more, and numbers ("£900").
fn content(tokens: &[Token]) -> Vec<String> {
    content_of(
        &tokens
            .iter()
            .filter(|t| t.is_word() || t.has_digit())
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

/// Words of a role that say what the person does, not for whom.
fn is_role_word(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "press"
            | "secretary"
            | "officer"
            | "official"
            | "head"
            | "chief"
            | "executive"
            | "director"
            | "senior"
            | "deputy"
            | "member"
            | "lawyer"
            | "barrister"
    )
}

/// The first five letters of a word, so that "removal" meets "removed" and
/// "prosecution" meets "prosecutor"; numbers whole.
fn stem(w: &str) -> &str {
    if w.chars().any(|c| c.is_ascii_digit()) {
        return w;
    }
    w.char_indices().nth(5).map_or(w, |(i, _)| &w[..i])
}

/// Words an answer names as the owner of what it answers: "the
/// prosecution's account", "the observers' findings", "Tass's report".
fn owners(tokens: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.quoted || !t.is_word() {
            continue;
        }
        let low = t.low();
        // "prosecution's", "observers'" (or "observers" and a lone "'").
        let (owner, next) = if let Some(o) = low.strip_suffix("'s") {
            (o, i + 1)
        } else if let Some(o) = low.strip_suffix('\'') {
            (o, i + 1)
        } else if tokens.get(i + 1).is_some_and(|n| n.lower == "'") && low.ends_with('s') {
            (low, i + 2)
        } else {
            continue;
        };
        let charge = tokens.get(next).is_some_and(|n| {
            matches!(
                n.low(),
                "account"
                    | "case"
                    | "findings"
                    | "report"
                    | "claim"
                    | "claims"
                    | "allegations"
                    | "figures"
                    | "estimate"
                    | "version"
                    | "story"
            )
        });
        if charge && !owner.is_empty() {
            out.push(owner.to_string());
        }
    }
    out
}

/// The candidate an answer in sentence `number` answers: the nearest earlier
/// claim, preferring hedged or reported ones and those that share its words.
pub(crate) fn answered(
    tokens: &[Token],
    party: Option<&str>,
    role: Option<&str>,
    kind: ResponseKind,
    number: usize,
    candidates: &[Candidate],
) -> Option<usize> {
    let words = content(tokens);
    let party_words = party.map(content_of).unwrap_or_default();
    // A spokesperson for X answers for X: "a ministry spokesman", "a
    // spokeswoman for the European Commission".
    let org_words: Vec<String> = role
        .map(content_of)
        .unwrap_or_default()
        .into_iter()
        .filter(|w| !is_role_word(w))
        .collect();
    let mut teller_seen = false;
    let owners = owners(tokens);
    let wants_number = tokens.iter().any(|t| {
        matches!(
            t.low(),
            "estimate" | "estimates" | "figure" | "figures" | "number" | "numbers" | "toll"
        )
    });
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
        // Nor what its own people said: "The council disputes …" does not
        // answer "the council's cabinet member, Joanne Whitlock, said …".
        let their_role = c.role.as_deref().map(content_of).unwrap_or_default();
        let ours = |ws: &[String]| !ws.is_empty() && ws.iter().all(|w| their_role.contains(w));
        if ours(&party_words) || ours(&org_words) {
            continue;
        }
        let quote_words = content_of(&c.quote);
        let theirs: Vec<&str> = quote_words.iter().map(|w| stem(w)).collect();
        // A shared number ("disputes the £900 figure") says more than a word.
        let shared = words
            .iter()
            .filter(|w| theirs.contains(&stem(w)))
            .map(|w| {
                if w.chars().any(|c| c.is_ascii_digit()) {
                    4.0
                } else {
                    1.0
                }
            })
            .sum::<f64>();
        // "disputed the prosecution's account", "the observers' findings":
        // the answer names whose claim it answers.
        let speaker_words = c.speaker.as_deref().map(content_of).unwrap_or_default();
        let names_teller = owners
            .iter()
            .any(|o| speaker_words.iter().any(|w| stem(w) == stem(o)));
        // "disputes that estimate": a claim with a number.
        let counted = c.quote.bytes().any(|b| b.is_ascii_digit());
        // A claim that names the party is a claim about it.
        let names = |ws: &[String]| !ws.is_empty() && ws.iter().all(|w| quote_words.contains(w));
        let names_party = names(&party_words) || names(&org_words);
        // An accusation against the party is what its denial answers first.
        let accuses = c.cue.as_deref().is_some_and(|q| q.contains("accus"));
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
        if names_teller {
            // "the prosecution's account" is the whole of it, told first.
            s += if teller_seen { 3.0 } else { 4.0 };
            teller_seen = true;
        }
        if names_party && accuses && kind == ResponseKind::Denied {
            s += 1.5;
        }
        if wants_number && counted {
            s += 1.0;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, ci));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::model::ResponseKind;
    use chrono::NaiveDate;

    fn answers_of(text: &str, words: &str) -> Vec<ResponseKind> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .find(|c| c.quote.contains(words))
            .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates))
            .responses
            .iter()
            .map(|r| r.kind)
            .collect()
    }

    #[test]
    fn a_party_does_not_answer_its_own_people() {
        let text = "The county council's director of finance, Alan Reyes, said the library would save $2 million a year. Campaigners said the closure would leave 9,000 readers without a branch. The council disputes that estimate.";
        assert_eq!(
            answers_of(text, "9,000 readers"),
            vec![ResponseKind::Denied]
        );
        assert!(answers_of(text, "save $2 million").is_empty());
    }

    #[test]
    fn an_answer_that_names_the_teller_answers_the_first_of_their_account() {
        let text = "A builder overcharged the housing trust by $4 million over six years, a prosecutor told the court on Monday. The prosecutor said the builder had invoiced for 212 homes that were never built. The builder's lawyer, Ruth Camm, disputed the prosecution's account.";
        assert_eq!(answers_of(text, "overcharged"), vec![ResponseKind::Denied]);
        assert!(answers_of(text, "212 homes").is_empty());
    }

    #[test]
    fn a_shared_number_ties_an_answer_to_its_claim() {
        let text = "The opposition said the tax rise would cost a typical family £700 a year. Ministers said the economy would grow by 2 percent in 2027, the fastest rate in the region. The Treasury disputes the £700 figure.";
        assert_eq!(answers_of(text, "£700"), vec![ResponseKind::Denied]);
    }
}
