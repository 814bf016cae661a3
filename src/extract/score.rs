//! Check-worthiness: how much a sentence looks like a claim someone could check.

use foldhash::HashSet;
use std::sync::OnceLock;

use super::tokens::{word_set, Phrases, Token};

/// What a hedge adds: the outlet itself could not vouch for the claim, so
/// it is worth checking.
pub(crate) const HEDGE_WEIGHT: f64 = 0.25;

/// What the score is made of, for one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Signals {
    pub(crate) attributed: bool,
    pub(crate) dates: bool,
    pub(crate) future: bool,
    pub(crate) hedged: bool,
    pub(crate) headline: bool,
    /// An accusation, or a story its subject denies: a charge to check.
    pub(crate) accused: bool,
}

const NUMBER_WORDS: &[&str] = &[
    "percent",
    "per",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dozen",
    "half",
    "twice",
    "double",
    "doubled",
    "triple",
    "tripled",
    "quarter",
    "third",
    "two-thirds",
    "one-third",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

const COMPARISONS: &[&str] = &[
    "more",
    "less",
    "fewer",
    "than",
    "most",
    "least",
    "largest",
    "smallest",
    "highest",
    "lowest",
    "biggest",
    "first",
    "only",
    "record",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "cut",
    "cuts",
    "doubled",
    "tripled",
    "compared",
    "twice",
    "below",
    "above",
    "exceeded",
    "surged",
    "dropped",
    "drop",
    "grew",
    "growth",
    "declined",
    "decline",
    "worst",
    "best",
    "cheapest",
    "slowest",
    "fastest",
    "earlier",
    "later",
    "since",
    "raising",
    "raised",
    "raise",
    "up",
    "down",
    "nearly",
    "almost",
    "over",
    "under",
];

/// Cause and effect: "causes", "linked to", "prevented".
const CAUSAL: &[&[&str]] = &[
    &["causes"],
    &["caused"],
    &["cause"],
    &["linked", "to"],
    &["leads", "to"],
    &["led", "to"],
    &["prevents"],
    &["prevented"],
    &["cures"],
    &["cured"],
    &["because", "of"],
    &["due", "to"],
    &["responsible", "for"],
    &["the", "risk", "of"],
    &["effective"],
];

const OPINION: &[&[&str]] = &[
    &["i", "think"],
    &["i", "believe"],
    &["i", "love"],
    &["i", "hope"],
    &["i", "want"],
    &["we", "hope"],
    &["i", "feel"],
    &["in", "my", "opinion"],
    &["should"],
    &["ought"],
    &["beautiful"],
    &["wonderful"],
    &["terrible"],
    &["amazing"],
    &["awful"],
    &["shameful"],
    &["disgraceful"],
];

const BOILERPLATE: &[&[&str]] = &[
    &["thank", "you"],
    &["thanks", "for"],
    &["welcome", "to"],
    &["good", "morning"],
    &["good", "evening"],
    &["subscribe"],
    &["click", "here"],
    &["sign", "up"],
    &["read", "more"],
    &["you", "are", "currently", "viewing"],
    &["all", "rights", "reserved"],
    &["follow", "us"],
    &["advertisement"],
    &["cookies"],
    &["newsletter"],
    &["share", "this"],
    &["related", "articles"],
    // A transcript's own preface: "The following is an edited transcript of …".
    &["the", "following", "is", "a"],
    &["the", "following", "is", "an"],
];

/// A reading of the facts addressed to "you", or a verdict on people
/// ("tells you that management does not have a grip", "shows you how little
/// they care", "says a lot about the board", "speaks volumes"): a judgement,
/// whatever figures it leans on.
const JUDGEMENT: &[&[&str]] = &[
    &["tells", "you"],
    &["shows", "you"],
    &["says", "a", "lot", "about"],
    &["says", "everything", "about"],
    &["speaks", "volumes"],
    &["have", "a", "grip"],
    &["has", "a", "grip"],
    &["lost", "their", "grip"],
    &["lost", "its", "grip"],
    &["asleep", "at", "the", "wheel"],
    &["out", "of", "touch"],
];

/// An interviewer moving the talk on ("Let's turn to the Northway line.",
/// "Let me ask you about fares.", "Moving on to housing.", "Turning now to
/// the budget."): no claim, whatever it names.
const MOVES: &[&[&str]] = &[
    &["let's", "turn"],
    &["let's", "move"],
    &["let's", "start"],
    &["let's", "begin"],
    &["let's", "talk"],
    &["let's", "go"],
    &["let's", "look"],
    &["let's", "come"],
    &["let's", "get"],
    &["let's", "pick"],
    &["let", "'s", "turn"],
    &["let", "'s", "move"],
    &["let", "'s", "start"],
    &["let", "'s", "talk"],
    &["let", "'s", "look"],
    &["let", "us", "turn"],
    &["let", "me", "ask"],
    &["let", "me", "turn"],
    &["let", "me", "move"],
    &["let", "me", "bring"],
    &["turning", "now", "to"],
    &["turning", "to"],
    &["moving", "on", "to"],
    &["moving", "on"],
    &["final", "question"],
    &["one", "last", "question"],
];

const NOT_A_CLAIM: &[&[&str]] = &[
    &["not", "known"],
    &["not", "clear"],
    &["unclear", "whether"],
    &["not", "said", "whether"],
    &["not", "say", "whether"],
    &["remains", "to", "be", "seen"],
    &["were", "divided"],
    &["are", "divided"],
    &["urged", "caution"],
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Causal,
    Opinion,
    Boilerplate,
    NotAClaim,
    Judgement,
    Move,
}

fn cues() -> &'static Phrases<Cue> {
    static CELL: OnceLock<Phrases<Cue>> = OnceLock::new();
    CELL.get_or_init(|| {
        Phrases::new(
            CAUSAL
                .iter()
                .map(|p| (*p, Cue::Causal))
                .chain(OPINION.iter().map(|p| (*p, Cue::Opinion)))
                .chain(BOILERPLATE.iter().map(|p| (*p, Cue::Boilerplate)))
                .chain(NOT_A_CLAIM.iter().map(|p| (*p, Cue::NotAClaim)))
                .chain(JUDGEMENT.iter().map(|p| (*p, Cue::Judgement)))
                .chain(MOVES.iter().map(|p| (*p, Cue::Move))),
        )
    })
}

static NUMBERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
static COMPARING: OnceLock<HashSet<&'static str>> = OnceLock::new();

/// Ordinals that rank: "the fifth consecutive fall".
const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// A ranking a record could confirm: "the world's most widely used
/// herbicide", "one of the most infectious diseases", "the fifth
/// consecutive annual fall", "the largest", "Britain's oldest".
fn superlative(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let ranks = matches!(*w, "most" | "least")
            || ORDINALS.contains(w)
            || (w.len() > 5
                && w.ends_with("est")
                && !matches!(
                    *w,
                    "interest"
                        | "request"
                        | "protest"
                        | "forest"
                        | "honest"
                        | "modest"
                        | "earnest"
                        | "suggest"
                        | "digest"
                        | "arrest"
                        | "harvest"
                        | "contest"
                        | "invest"
                        | "manifest"
                        | "conquest"
                        | "behest"
                ));
        ranks
            && i > 0
            && (words[i - 1] == "the"
                || words[i - 1].ends_with("'s")
                || (i > 1 && words[i - 2] == "the" && !words[i - 1].ends_with("est")))
    })
}

/// The score of a sentence (0–1) and the reasons, in a few words.
pub(crate) fn score(tokens: &[Token], s: &Signals) -> (f64, Vec<&'static str>) {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.low())
        .collect();
    let mut score: f64 = 0.25;
    let mut why = Vec::new();
    if tokens
        .iter()
        .any(|t| t.is_word() && t.has_digit() && !is_year(t.text))
        || words
            .iter()
            .any(|w| word_set(&NUMBERS, NUMBER_WORDS).contains(w))
        || tokens.iter().any(|t| t.text == "%")
    {
        score += 0.3;
        why.push("numbers");
    }
    // A capital at the start of a sentence says nothing, unless the next word
    // has one too ("Donald Trump is …").
    let opens_with_name = {
        let mut w = tokens.iter().filter(|t| t.is_word());
        matches!((w.next(), w.next()), (Some(a), Some(b)) if a.is_cap() && b.is_cap() && !matches!(a.low(), "the" | "a" | "an" | "in" | "on" | "at" | "if" | "when" | "after" | "as" | "but" | "and" | "this" | "that"))
    };
    let names = tokens
        .iter()
        .filter(|t| t.is_word() && t.is_cap() && (!t.first || opens_with_name) && t.lower != "i")
        .count();
    if names >= 3 {
        score += 0.15;
        why.push("names");
    } else if names >= 1 {
        score += 0.1;
        why.push("a name");
    }
    if s.dates {
        score += 0.15;
        why.push("dates");
    }
    let mut found: Vec<Cue> = Vec::new();
    for i in 0..words.len() {
        for (_, cue) in cues().at(&words, i) {
            if !found.contains(&cue) {
                found.push(cue);
            }
        }
    }
    let has = |c: Cue| found.contains(&c);
    if words
        .iter()
        .any(|w| word_set(&COMPARING, COMPARISONS).contains(w))
    {
        score += 0.15;
        why.push("comparison");
    }
    if superlative(&words) {
        score += 0.1;
        why.push("superlative");
    }
    if has(Cue::Causal) {
        score += 0.15;
        why.push("cause");
    }
    if s.future {
        score += 0.1;
        why.push("future");
    }
    if s.attributed {
        score += 0.15;
        why.push("attributed");
    }
    if s.accused {
        score += 0.15;
        why.push("accusation");
    }
    if s.hedged {
        // The outlet itself could not vouch for it: worth checking.
        score += HEDGE_WEIGHT;
        why.push("hedged");
    }
    if has(Cue::Opinion) {
        score -= 0.3;
        why.push("opinion");
    }
    if has(Cue::Boilerplate) {
        score -= 0.6;
        why.push("boilerplate");
    }
    if has(Cue::Judgement) {
        score -= 0.45;
        why.push("judgement");
    }
    // Only a move that opens the sentence: "Turning to the budget, she said
    // taxes would rise 2%" still holds a claim after the comma.
    if has(Cue::Move) && words.len() <= 10 && !tokens.iter().any(|t| t.text == ",") {
        score -= 0.6;
        why.push("moving on");
    }
    if has(Cue::NotAClaim) {
        score -= 0.35;
        why.push("no assertion");
    }
    if tokens.iter().any(|t| t.text == "?" && !t.quoted) {
        score -= 0.3;
        why.push("question");
        // A sentence that is a question as a whole ("Will you still be in
        // post at Christmas?") asserts nothing, whatever it names.
        if tokens.last().is_some_and(|t| t.text == "?") {
            score -= 0.15;
        }
    }
    if words.len() < 5 {
        score -= 0.2;
        why.push("short");
    }
    if s.headline {
        // A headline, or the standfirst under it, restates the article's
        // lead in fewer words ("Minister says 25% levy will start on July
        // 1; finance ministry warns of hit to growth").
        score -= 0.8;
        why.push("headline");
    }
    ((score.clamp(0.0, 1.0) * 100.0).round() / 100.0, why)
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && text.starts_with(['1', '2']) && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn of(text: &str, s: Signals) -> f64 {
        let mut html = 0;
        score(&tokenize(text, 0, text.len(), &[], &mut html), &s).0
    }

    #[test]
    fn facts_score_above_opinions_and_greetings() {
        let fact = of(
            "The budget adds 14 firefighters and cuts $2.3 million from roads.",
            Signals::default(),
        );
        let opinion = of(
            "I think this town is beautiful and we should be proud.",
            Signals::default(),
        );
        let greeting = of("Thank you for reading.", Signals::default());
        assert!(fact >= 0.5, "{fact}");
        assert!(opinion < 0.3, "{opinion}");
        assert!(greeting < 0.1, "{greeting}");
    }

    #[test]
    fn judgements_and_an_interviewers_moves_are_no_claims() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Three profit warnings in a year tells you the board has lost its grip on costs.",
            "A third delay in 18 months shows you that nobody is in charge.",
            "Paying £2m to the departing chief executive says a lot about the board.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        for text in [
            "Let's turn to the Kells Road bypass in Westmere.",
            "Let me ask you about the £40m overspend.",
            "Moving on to the £2bn Kells Road scheme.",
            "Turning now to the Northfield General Hospital in Westmere.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        let asked = Signals {
            attributed: true,
            dates: true,
            future: true,
            ..Signals::default()
        };
        assert!(
            of(
                "Will the Kells Road bypass be open by Christmas?",
                asked.clone()
            ) < 0.5
        );
        let standfirst = Signals {
            headline: true,
            ..asked
        };
        assert!(
            of(
                "Minister says 25% levy will start on July 1; Treasury warns of 0.4% hit to growth",
                standfirst
            ) < 0.5
        );
        // A claim after the move, or told to someone, stays a claim.
        for text in [
            "Turning to the budget, she said council tax would rise by 4.9% in April.",
            "The report tells ministers that 40,000 homes were built last year, up from 31,000.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }
}
