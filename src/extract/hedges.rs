//! Hedges ("reportedly", "have not been substantiated") and the answers of the
//! people concerned ("declined to comment", "nothing to contribute").

use crate::model::ResponseKind;

use std::sync::OnceLock;

use super::lexicon::OFFENCES;
use super::tokens::{after_label, is_conditional, is_negation, is_quote_mark, Phrases, Token};

/// Words that hedge on their own, kept as the hedge text.
const WORD_HEDGES: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["purportedly"],
    &["supposedly"],
    &["apparently"],
    &["unconfirmed"],
    &["unverified"],
    &["rumoured"],
    &["rumored"],
    &["it", "has", "been", "claimed"],
    &["it", "has", "been", "alleged"],
    &["it", "has", "been", "reported"],
    &["it", "was", "claimed"],
    &["it", "is", "claimed"],
    &["it", "is", "alleged"],
    &["it", "is", "understood"],
    // "Elmstead is understood to be opposed to any offer": the reporter's
    // unnamed knowledge, unconfirmed.
    &["is", "understood", "to"],
    &["are", "understood", "to"],
    &["was", "understood", "to"],
    &["were", "understood", "to"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["is", "believed", "to"],
    &["are", "believed", "to"],
    &["without", "evidence"],
    &["without", "providing", "evidence"],
    &["without", "offering", "evidence"],
];

/// Phrases that hedge a whole clause; the clause becomes the hedge text.
const CLAUSE_HEDGES: &[&[&str]] = &[
    &["not", "been", "substantiated"],
    &["not", "been", "confirmed"],
    &["not", "been", "verified"],
    &["not", "been", "independently"],
    // ("That hasn't been confirmed.": the negation in one word)
    &["hasn't", "been", "confirmed"],
    &["hasn't", "been", "verified"],
    &["hasn't", "been", "independently"],
    &["haven't", "been", "confirmed"],
    &["haven't", "been", "verified"],
    &["could", "not", "be", "confirmed"],
    &["could", "not", "be", "verified"],
    &["could", "not", "be", "independently"],
    &["could", "not", "independently", "verify"],
    &["could", "not", "independently", "confirm"],
    &["could", "not", "be", "checked"],
    &["cannot", "be", "checked"],
    &["cannot", "be", "confirmed"],
    &["cannot", "be", "verified"],
    &["can't", "be", "verified"],
    &["was", "not", "able", "to", "verify"],
    &["were", "not", "able", "to", "verify"],
    &["unable", "to", "verify"],
    &["unable", "to", "confirm"],
    &["has", "not", "confirmed"],
    &["have", "not", "confirmed"],
    &["did", "not", "confirm"],
    &["has", "not", "verified"],
    &["no", "evidence", "has"],
    // "TPA could not immediately confirm the report.", "We have not been
    // able to verify this independently.": the outlet has not checked it
    // yet, in another tense or with an adverb.
    &["not", "immediately", "confirm"],
    &["not", "immediately", "verify"],
    &["not", "able", "to", "confirm"],
    &["not", "been", "able", "to", "verify"],
    &["not", "been", "able", "to", "confirm"],
];

/// The hedges of one sentence, joined when there are several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HedgeKind {
    Word,
    Clause,
}

fn hedge_phrases() -> &'static Phrases<HedgeKind> {
    static CELL: OnceLock<Phrases<HedgeKind>> = OnceLock::new();
    CELL.get_or_init(|| {
        Phrases::new(
            WORD_HEDGES
                .iter()
                .map(|p| (*p, HedgeKind::Word))
                .chain(CLAUSE_HEDGES.iter().map(|p| (*p, HedgeKind::Clause))),
        )
    })
}

/// Denials without a verb of denying, in the party's own words: "That
/// never happened", "There is no truth in it", "We did nothing wrong",
/// "There is no link whatsoever between our operations and this
/// landslip", "no plans whatsoever", "not borne out".
const OWN_DENIALS: &[&[&str]] = &[
    &["never", "happened"],
    &["did", "not", "happen"],
    &["didn't", "happen"],
    &["no", "truth", "in"],
    &["no", "truth", "to"],
    &["no", "truth", "whatsoever"],
    // "no plans whatsoever", "no link whatsoever between our operations
    // and this landslip": what was told of the party, flatly said not so.
    &["no", "plans", "whatsoever"],
    &["no", "plan", "whatsoever"],
    &["no", "link", "whatsoever"],
    &["no", "connection", "whatsoever"],
    &["no", "evidence", "whatsoever"],
    &["no", "basis", "whatsoever"],
    // "said the claims made by the families were \"not borne out\" by its
    // own case reviews": what was told, found not to hold.
    &["not", "borne", "out"],
    &["shred", "of", "truth"],
    &["further", "from", "the", "truth"],
    &["did", "nothing", "wrong"],
    // "At no point have discharges from Curriehill Road breached our
    // permit."
    &["at", "no", "point"],
    // "We have always acted within the law."
    &["acted", "within", "the", "law"],
    &["always", "acted", "lawfully"],
    &["always", "acted", "properly"],
    &["done", "nothing", "wrong"],
    &["is", "false"],
    &["are", "false"],
    &["is", "categorically", "false"],
    &["is", "simply", "false"],
    &["is", "incorrect"],
    &["are", "incorrect"],
    &["is", "inaccurate"],
    &["are", "inaccurate"],
    &["is", "nonsense"],
    &["is", "rubbish"],
    // "The suggestion that these individuals are bargaining chips is a
    // fabrication": what was put, called made up.
    &["is", "a", "fabrication"],
    &["is", "a", "lie"],
];

fn own_denial_phrases() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(OWN_DENIALS.iter().map(|p| (*p, ()))))
}

/// A denial in the party's own words without a verb of denying ("That
/// never happened", "There is no truth in these reports", "We did nothing
/// wrong"). Only words in quotation marks count unless `quoted_only` is
/// false, as under a transcript's speaker label; a conditional ("If that
/// is false, …") or a question is none.
pub(crate) fn own_denial(
    tokens: &[Token],
    lows: &[&str],
    quoted_only: bool,
) -> Option<(ResponseKind, usize)> {
    if (quoted_only && !tokens.iter().any(|t| t.quoted)) || lows.contains(&"?") {
        return None;
    }
    // (a condition before the denial makes it none, "If that is false,
    // …"; one after it leaves it whole: "No. That did not happen, and if
    // anyone has evidence that it did, I want to see it today.")
    (0..tokens.len())
        .find(|&i| {
            (!quoted_only || tokens[i].quoted) && own_denial_phrases().at(lows, i).next().is_some()
        })
        .filter(|&i| !lows[..i].iter().any(|w| is_conditional(w)))
        .map(|i| (ResponseKind::Denied, i))
}

fn response_phrases() -> &'static Phrases<ResponseKind> {
    static CELL: OnceLock<Phrases<ResponseKind>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(RESPONSES.iter().copied()))
}

pub(crate) fn find(text: &str, tokens: &[Token], lows: &[&str]) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for i in 0..tokens.len() {
        for (phrase, kind) in hedge_phrases().at(lows, i) {
            if kind == HedgeKind::Word {
                let end = tokens[i + phrase.len() - 1].end;
                let words = text[tokens[i].start..end].to_lowercase();
                let words = words.trim_end_matches(" to").to_string();
                if !found.contains(&words) {
                    found.push(words);
                }
            }
            if kind == HedgeKind::Clause {
                let (s, e) = clause(tokens, i);
                let words = text[tokens[s].start..tokens[e].end].to_string();
                if !found
                    .iter()
                    .any(|f| f.contains(&words) || words.contains(f.as_str()))
                {
                    found.push(words);
                }
            }
        }
    }
    (!found.is_empty()).then(|| found.join("; "))
}

/// The token range of the clause around `i`: from after the last comma,
/// semicolon or linking word before it, to before the next one after it.
fn clause(tokens: &[Token], i: usize) -> (usize, usize) {
    let is_edge = |t: &Token| {
        matches!(
            t.low(),
            "," | ";"
                | ":"
                | "."
                | "("
                | ")"
                | "\u{2014}"
                | "\u{2013}"
                | "however"
                | "but"
                | "though"
                | "although"
                | "while"
        )
    };
    let mut s = i;
    while s > 0 && !is_edge(&tokens[s - 1]) {
        s -= 1;
    }
    let mut e = i;
    while e + 1 < tokens.len() && !matches!(tokens[e + 1].low(), "," | ";" | "." | "!" | "?" | ")")
    {
        e += 1;
    }
    (s, e)
}

/// A sentence that is only a hedge on what came before ("These claims could
/// not be verified."): its hedge belongs to the previous claim.
pub(crate) fn is_back_reference(tokens: &[Token]) -> bool {
    // "Castline could not independently verify the report.": a short
    // sentence whose verb of checking takes what was said before.
    let all: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.low())
        .collect();
    // The report may be named by its teller: "the Kurier report", "the
    // paper's account", "Ledger's figures", "these latest claims". (The
    // sentence may go on with a clause of its own after "and": "Palisade
    // could not independently verify the report, and the ministry
    // declined to comment on it.")
    let checks_it = all.iter().enumerate().any(|(v, w)| {
        matches!(*w, "verify" | "confirm" | "check")
            && all[v..]
                .iter()
                .position(|x| *x == "and")
                .map_or(all.len(), |a| v + a)
                <= 12
            && all.get(v + 1).is_some_and(|first| {
                matches!(*first, "it" | "them" | "this")
                        // ("could not independently verify that report":
                        // "that" pointing, not opening a clause)
                        || (*first == "that"
                            && all.get(v + 2).is_some_and(|x| REPORTED.contains(x))
                            && v + 3 == all.len())
                        || ((matches!(
                            *first,
                            "the" | "these" | "those" | "that" | "its" | "their" | "his" | "her"
                        ) || first.ends_with("'s")
                            || first.ends_with("\u{2019}s"))
                            && all[v + 1..all.len().min(v + 5)]
                                .iter()
                                .take_while(|x| !matches!(**x, "that" | "whether" | "if"))
                                .any(|x| REPORTED.contains(x)))
            })
    });
    if checks_it {
        return true;
    }
    // "The agency could not independently confirm the offer.", "Reporters
    // were unable to verify the footage.", "Northline has not been able to
    // confirm the payments.": a short sentence that says the outlet could
    // not check a thing named by a few words that end it, whatever the
    // noun. Not "Police are trying to verify the identity of the driver."
    // (counted from an "and" that opens the clause: "Brevant News has
    // not seen the document and could not independently verify its
    // contents.")
    let cannot_check = all.iter().enumerate().any(|(v, w)| {
        // (the verb first: most sentences have none)
        if !matches!(*w, "verify" | "confirm" | "corroborate") {
            return false;
        }
        let clause = all[..v]
            .iter()
            .rposition(|x| *x == "and")
            .map_or(0, |a| a + 1);
        all.len() - clause <= 12
            && all[v.saturating_sub(5)..v]
                .iter()
                .any(|x| matches!(*x, "could" | "unable" | "able" | "cannot"))
            && all[v.saturating_sub(5)..v]
                .iter()
                .any(|x| matches!(*x, "not" | "unable" | "n't" | "cannot"))
            && matches!(
                all.get(v + 1),
                Some(&("the" | "these" | "those" | "this" | "that" | "its" | "their" | "such"))
            )
            && (2..=5).contains(&(all.len() - v - 1))
            && !all[v + 1..].iter().any(|x| {
                matches!(
                    *x,
                    "that" | "whether" | "if" | "who" | "how" | "what" | "when" | "where" | "of"
                )
            })
    });
    if cannot_check {
        return true;
    }
    // "This could not be independently verified.", "That has not been
    // confirmed.": a short sentence whose subject is what was said before.
    // ("The video could not be independently verified.": or the record
    // it was told from, by its noun)
    // (the noun, then the auxiliary of its not being checked)
    let record = all.get(1).is_some_and(|w| {
        matches!(
            *w,
            "video" | "videos" | "footage" | "images" | "photographs" | "recording"
        )
    }) && all.get(2).is_some_and(|w| {
        matches!(
            *w,
            "could" | "can" | "cannot" | "has" | "have" | "had" | "was" | "were" | "is" | "are"
        )
    });
    // ("This has not been confirmed by the emergency services.": an agent
    // closing the sentence is not counted)
    let agent = all
        .iter()
        .rposition(|w| *w == "by")
        .filter(|&b| all.len() - b <= 5)
        .unwrap_or(all.len());
    let unchecked = agent <= 8
        && (matches!(all.first(), Some(&("this" | "that" | "it" | "neither"))) || record)
        && all.iter().any(|w| is_negation(w))
        && all.iter().any(|w| {
            matches!(
                *w,
                "verified" | "confirmed" | "substantiated" | "corroborated" | "verify" | "confirm"
            )
        });
    if unchecked {
        return true;
    }
    let words: Vec<&str> = all.into_iter().take(3).collect();
    // ("Their account could not be independently verified.": or the
    // teller's, by a pronoun)
    matches!(
        words.first(),
        Some(
            &("this"
                | "these"
                | "those"
                | "such"
                | "the"
                | "that"
                | "neither"
                | "their"
                | "his"
                | "her")
        )
    ) && words.iter().skip(1).any(|w| REPORTED.contains(w))
}

/// Nouns for what someone said: "these claims", "the report".
const REPORTED: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "report",
    "reports",
    "account",
    "accounts",
    "figure",
    "figures",
    "assertion",
    "assertions",
];

/// Phrases that answer a question or an allegation, and what kind of answer they are.
const RESPONSES: &[(&[&str], ResponseKind)] = &[
    (&["nothing", "to", "contribute"], ResponseKind::NonDenial),
    (
        &["no", "information", "to", "provide"],
        ResponseKind::NonDenial,
    ),
    (
        &["no", "information", "to", "share"],
        ResponseKind::NonDenial,
    ),
    (&["nothing", "to", "add"], ResponseKind::NonDenial),
    (
        &["not", "something", "we", "recognise"],
        ResponseKind::NonDenial,
    ),
    (
        &["not", "something", "we", "recognize"],
        ResponseKind::NonDenial,
    ),
    (
        &["not", "going", "to", "get", "into"],
        ResponseKind::NonDenial,
    ),
    (&["won't", "comment"], ResponseKind::Declined),
    (&["does", "not", "comment", "on"], ResponseKind::Declined),
    (&["do", "not", "comment", "on"], ResponseKind::Declined),
    (&["don't", "comment", "on"], ResponseKind::Declined),
    // A rule of not discussing, in the party's own words: "we don't
    // discuss individual conversations" (not "we didn't discuss the sale",
    // a deed denied).
    (&["we", "don't", "discuss"], ResponseKind::Declined),
    (&["we", "do", "not", "discuss"], ResponseKind::Declined),
    (&["we", "never", "discuss"], ResponseKind::Declined),
    (&["we", "don't", "negotiate"], ResponseKind::Declined),
    // (a body's rule, told of it: "The bureau does not discuss operational
    // matters")
    (&["does", "not", "discuss"], ResponseKind::Declined),
    (&["doesn't", "discuss"], ResponseKind::Declined),
    // ("I've got nothing to say about any deer.")
    (&["nothing", "to", "say", "about"], ResponseKind::NonDenial),
    (&["we", "do", "not", "negotiate"], ResponseKind::Declined),
    (&["too", "early", "to", "say"], ResponseKind::NonDenial),
    // Silences as the British press prints them: "has been approached for
    // comment", "was not immediately available for comment", "ignored
    // requests for comment".
    (
        &["been", "approached", "for", "comment"],
        ResponseKind::NoResponse,
    ),
    (
        &["not", "immediately", "available", "for", "comment"],
        ResponseKind::NoResponse,
    ),
    (
        &["ignored", "requests", "for", "comment"],
        ResponseKind::NoResponse,
    ),
    (
        &["ignored", "repeated", "requests"],
        ResponseKind::NoResponse,
    ),
    // Refusals: "declined requests for an interview", "would not be
    // commenting further", "was unable to discuss the matter".
    (&["declined", "requests", "for"], ResponseKind::Declined),
    (&["declined", "an", "interview"], ResponseKind::Declined),
    (&["not", "be", "commenting"], ResponseKind::Declined),
    (&["unable", "to", "discuss"], ResponseKind::Declined),
    // Answers that neither grant nor deny: "did not deny making the
    // payment", "nothing further to add".
    (&["did", "not", "deny"], ResponseKind::NonDenial),
    // ("said it was \"not aware of any earlier find\"": what was told,
    // neither granted nor denied)
    (&["not", "aware", "of", "any"], ResponseKind::NonDenial),
    // ("It did not say how many posts would go.")
    (&["did", "not", "say", "how"], ResponseKind::Declined),
    (&["did", "not", "say", "whether"], ResponseKind::Declined),
    (&["did", "not", "say", "when"], ResponseKind::Declined),
    (&["did", "not", "say", "which"], ResponseKind::Declined),
    (&["has", "not", "denied"], ResponseKind::NonDenial),
    (
        &["nothing", "further", "to", "add"],
        ResponseKind::NonDenial,
    ),
    (&["too", "early", "to", "comment"], ResponseKind::NonDenial),
    // A denial in the first person: "We have nothing to hide".
    (
        &["we", "have", "nothing", "to", "hide"],
        ResponseKind::Denied,
    ),
    (
        &["i", "have", "nothing", "to", "hide"],
        ResponseKind::Denied,
    ),
    (&["will", "not", "comment"], ResponseKind::Declined),
    // An answer that leaves the question open: "said no decision had been
    // taken".
    (
        &["no", "decision", "has", "been", "taken"],
        ResponseKind::NonDenial,
    ),
    (
        &["no", "decision", "had", "been", "taken"],
        ResponseKind::NonDenial,
    ),
    (
        &["no", "decision", "has", "been", "made"],
        ResponseKind::NonDenial,
    ),
    (
        &["no", "decision", "had", "been", "made"],
        ResponseKind::NonDenial,
    ),
    (&["no", "final", "decision"], ResponseKind::NonDenial),
    (
        &["no", "decisions", "have", "been"],
        ResponseKind::NonDenial,
    ),
    // Refusals to say what was asked: "could not give details of his
    // condition", "would not say whether one had been made"; in the
    // party's own words ("not in a position to discuss") a non-denial.
    (&["could", "not", "give", "details"], ResponseKind::Declined),
    (&["would", "not", "give", "details"], ResponseKind::Declined),
    (
        &["declined", "to", "give", "details"],
        ResponseKind::Declined,
    ),
    (
        &["refused", "to", "give", "details"],
        ResponseKind::Declined,
    ),
    (&["would", "not", "give", "any"], ResponseKind::Declined),
    (&["would", "not", "disclose"], ResponseKind::Declined),
    (&["declined", "to", "disclose"], ResponseKind::Declined),
    (&["refused", "to", "disclose"], ResponseKind::Declined),
    (&["declined", "to", "reveal"], ResponseKind::Declined),
    (&["would", "not", "reveal"], ResponseKind::Declined),
    // ("She said she could not say how many warrants had been issued.")
    (&["could", "not", "say", "whether"], ResponseKind::Declined),
    (&["could", "not", "say", "how"], ResponseKind::Declined),
    (&["could", "not", "say", "when"], ResponseKind::Declined),
    (&["could", "not", "say", "who"], ResponseKind::Declined),
    (&["could", "not", "say", "which"], ResponseKind::Declined),
    (&["would", "not", "say", "whether"], ResponseKind::Declined),
    (&["would", "not", "say", "if"], ResponseKind::Declined),
    (&["would", "not", "say", "how"], ResponseKind::Declined),
    (&["would", "not", "say", "what"], ResponseKind::Declined),
    (&["would", "not", "say", "when"], ResponseKind::Declined),
    (&["would", "not", "say", "who"], ResponseKind::Declined),
    (&["would", "not", "say", "which"], ResponseKind::Declined),
    (&["would", "not", "say", "why"], ResponseKind::Declined),
    (&["wouldn't", "say", "whether"], ResponseKind::Declined),
    (
        &["not", "in", "a", "position", "to"],
        ResponseKind::Declined,
    ),
    (&["not", "going", "to", "comment"], ResponseKind::NonDenial),
    // "I'm not going to talk about individual customers", "… to discuss
    // that", "… to go into the details"
    (
        &["not", "going", "to", "talk", "about"],
        ResponseKind::NonDenial,
    ),
    (&["not", "going", "to", "discuss"], ResponseKind::NonDenial),
    // ("I'm not in the business of making promises about individual
    // jobs")
    (
        &["not", "in", "the", "business", "of"],
        ResponseKind::NonDenial,
    ),
    // A figure put, explained rather than granted or denied: "That figure
    // includes the six weeks when we were moving every centre onto a new
    // radio system."
    (&["that", "figure", "includes"], ResponseKind::NonDenial),
    (&["that", "number", "includes"], ResponseKind::NonDenial),
    (&["those", "figures", "include"], ResponseKind::NonDenial),
    (&["those", "numbers", "include"], ResponseKind::NonDenial),
    (&["that", "figure", "reflects"], ResponseKind::NonDenial),
    (&["those", "figures", "reflect"], ResponseKind::NonDenial),
    // A figure said to tell only part of it, neither granted nor denied:
    // "said the figure \"does not reflect the full picture\"", "doesn't
    // tell the whole story".
    (
        &["not", "reflect", "the", "full", "picture"],
        ResponseKind::NonDenial,
    ),
    (
        &["not", "reflect", "the", "whole", "picture"],
        ResponseKind::NonDenial,
    ),
    (
        &["not", "tell", "the", "full", "story"],
        ResponseKind::NonDenial,
    ),
    (
        &["not", "tell", "the", "whole", "story"],
        ResponseKind::NonDenial,
    ),
    (
        &["doesn't", "reflect", "the", "full", "picture"],
        ResponseKind::NonDenial,
    ),
    (
        &["doesn't", "tell", "the", "whole", "story"],
        ResponseKind::NonDenial,
    ),
    (
        &["only", "part", "of", "the", "picture"],
        ResponseKind::NonDenial,
    ),
    (
        &["only", "part", "of", "the", "story"],
        ResponseKind::NonDenial,
    ),
    // Sympathy in place of an answer: "said it was \"very sorry to hear\"
    // of Mrs Oxenby's experience".
    (&["sorry", "to", "hear"], ResponseKind::NonDenial),
    (
        &["not", "going", "to", "go", "into"],
        ResponseKind::NonDenial,
    ),
    // A study's finding disputed: "said the study did not show that its
    // products had caused any decline".
    (&["study", "did", "not", "show"], ResponseKind::Denied),
    (&["study", "does", "not", "show"], ResponseKind::Denied),
    (&["research", "did", "not", "show"], ResponseKind::Denied),
    (&["research", "does", "not", "show"], ResponseKind::Denied),
    (&["findings", "did", "not", "show"], ResponseKind::Denied),
    (&["findings", "do", "not", "show"], ResponseKind::Denied),
    (
        &["all", "i'm", "going", "to", "say"],
        ResponseKind::NonDenial,
    ),
    (
        &["all", "i", "am", "going", "to", "say"],
        ResponseKind::NonDenial,
    ),
    (
        &["all", "we're", "going", "to", "say"],
        ResponseKind::NonDenial,
    ),
    // Denials in the party's own words.
    (&["complete", "fiction"], ResponseKind::Denied),
    (&["pure", "fiction"], ResponseKind::Denied),
    (&["total", "fiction"], ResponseKind::Denied),
    (&["not", "true"], ResponseKind::Denied),
    (&["isn't", "true"], ResponseKind::Denied),
    (&["wasn't", "true"], ResponseKind::Denied),
    // ("That's not right", said of what was just put)
    (&["that's", "not", "right"], ResponseKind::Denied),
    (&["that", "is", "not", "right"], ResponseKind::Denied),
    (&["that's", "simply", "not", "right"], ResponseKind::Denied),
    (&["untrue"], ResponseKind::Denied),
    // "said that was \"simply not what happened\"", "No, that's not what
    // it says."
    (&["not", "what", "happened"], ResponseKind::Denied),
    (&["not", "what", "it", "says"], ResponseKind::Denied),
    // ("That's not what the report says.", "not what the figures show")
    (
        &["not", "what", "the", "report", "says"],
        ResponseKind::Denied,
    ),
    (
        &["not", "what", "the", "figures", "show"],
        ResponseKind::Denied,
    ),
    (&["baseless"], ResponseKind::Denied),
    (&["without", "foundation"], ResponseKind::Denied),
    (&["without", "merit"], ResponseKind::Denied),
    (&["without", "basis"], ResponseKind::Denied),
    (&["riddled", "with", "errors"], ResponseKind::Denied),
    (&["riddled", "with", "inaccuracies"], ResponseKind::Denied),
    // "Calls to the councillor's office went unanswered", "Messages left
    // with the councillor were not returned"
    (&["went", "unanswered"], ResponseKind::NoResponse),
    (&["were", "not", "returned"], ResponseKind::NoResponse),
    (&["was", "not", "returned"], ResponseKind::NoResponse),
    (&["won't", "be", "commenting"], ResponseKind::Declined),
    // "hit back at the claims", "hit back at the transport secretary's
    // account"
    (&["hit", "back", "at"], ResponseKind::Denied),
    (&["no", "such"], ResponseKind::Denied),
    (&["anything", "of", "the", "kind"], ResponseKind::Denied),
    (&["nothing", "of", "the", "kind"], ResponseKind::Denied),
    (&["we", "reject"], ResponseKind::Denied),
    (&["i", "reject"], ResponseKind::Denied),
    (&["categorically", "deny"], ResponseKind::Denied),
    (&["strongly", "denies"], ResponseKind::Denied),
    (&["nothing", "to", "suggest"], ResponseKind::Denied),
    (&["nothing", "to", "share"], ResponseKind::NonDenial),
    // (a refusal: in the party's own words, "We can neither confirm nor
    // deny …", a non-denial, as every refusal quoted is)
    (
        &["neither", "confirm", "nor", "deny"],
        ResponseKind::Declined,
    ),
    (
        &["neither", "confirmed", "nor", "denied"],
        ResponseKind::Declined,
    ),
    (&["would", "not", "confirm"], ResponseKind::Declined),
    (&["declined", "to", "confirm"], ResponseKind::Declined),
    (&["refused", "to", "confirm"], ResponseKind::Declined),
    (&["declined", "to", "comment"], ResponseKind::Declined),
    (&["declined", "to", "respond"], ResponseKind::Declined),
    (&["declined", "to", "discuss"], ResponseKind::Declined),
    (&["declined", "to", "say"], ResponseKind::Declined),
    (&["declined", "to", "speak"], ResponseKind::Declined),
    (&["refused", "to", "speak"], ResponseKind::Declined),
    (&["declined", "to", "answer"], ResponseKind::Declined),
    (&["refused", "to", "answer"], ResponseKind::Declined),
    (
        &["declined", "to", "be", "interviewed"],
        ResponseKind::Declined,
    ),
    (
        &["declined", "requests", "for", "comment"],
        ResponseKind::Declined,
    ),
    (&["refused", "to", "comment"], ResponseKind::Declined),
    (&["would", "not", "comment"], ResponseKind::Declined),
    (&["did", "not", "comment"], ResponseKind::Declined),
    (&["no", "comment"], ResponseKind::Declined),
    // A denial of reported talks or a bid: "is not in discussions with
    // any party", "has received no approach".
    (&["not", "in", "talks"], ResponseKind::Denied),
    (&["not", "in", "discussions"], ResponseKind::Denied),
    (&["not", "in", "negotiations"], ResponseKind::Denied),
    (&["received", "no", "approach"], ResponseKind::Denied),
    (&["not", "received", "an", "approach"], ResponseKind::Denied),
    (
        &["not", "received", "any", "approach"],
        ResponseKind::Denied,
    ),
    (&["not", "received", "an", "offer"], ResponseKind::Denied),
    (&["not", "received", "any", "offer"], ResponseKind::Denied),
    // A plea is a denial of the charge: "has pleaded not guilty to fraud".
    (&["pleaded", "not", "guilty"], ResponseKind::Denied),
    (&["pleads", "not", "guilty"], ResponseKind::Denied),
    (&["plead", "not", "guilty"], ResponseKind::Denied),
    (&["pleading", "not", "guilty"], ResponseKind::Denied),
    (&["did", "not", "respond"], ResponseKind::NoResponse),
    (
        &["did", "not", "immediately", "respond"],
        ResponseKind::NoResponse,
    ),
    (&["did", "not", "return"], ResponseKind::NoResponse),
    (
        &["did", "not", "immediately", "return"],
        ResponseKind::NoResponse,
    ),
    (&["did", "not", "reply"], ResponseKind::NoResponse),
    (&["has", "not", "responded"], ResponseKind::NoResponse),
    // The past perfect of a silence: "had not responded to a request for
    // comment by the time of publication".
    (&["had", "not", "responded"], ResponseKind::NoResponse),
    (&["had", "not", "replied"], ResponseKind::NoResponse),
    (&["had", "not", "returned"], ResponseKind::NoResponse),
    (&["has", "not", "replied"], ResponseKind::NoResponse),
    // Not yet: "We have asked the airline for a response. It has not yet
    // replied."
    (&["has", "not", "yet", "replied"], ResponseKind::NoResponse),
    (
        &["has", "not", "yet", "responded"],
        ResponseKind::NoResponse,
    ),
    (&["had", "not", "yet", "replied"], ResponseKind::NoResponse),
    (
        &["had", "not", "yet", "responded"],
        ResponseKind::NoResponse,
    ),
    (&["have", "not", "yet", "replied"], ResponseKind::NoResponse),
    (
        &["have", "not", "yet", "responded"],
        ResponseKind::NoResponse,
    ),
    (
        &["has", "not", "yet", "commented"],
        ResponseKind::NoResponse,
    ),
    (
        &["have", "not", "yet", "commented"],
        ResponseKind::NoResponse,
    ),
    (&["has", "not", "returned"], ResponseKind::NoResponse),
    (&["have", "not", "returned"], ResponseKind::NoResponse),
    // A silence, told as no comment made: "Fenmoor Police have not
    // commented." (a refusal is told as one: "declined to comment").
    (&["had", "not", "commented"], ResponseKind::NoResponse),
    (&["has", "not", "commented"], ResponseKind::NoResponse),
    (&["have", "not", "commented"], ResponseKind::NoResponse),
    // The outlet's own asking, unanswered: "We have asked the council about
    // the survey and have not yet had a response."
    (
        &["not", "yet", "had", "a", "response"],
        ResponseKind::NoResponse,
    ),
    (&["not", "had", "a", "response"], ResponseKind::NoResponse),
    (
        &["not", "yet", "received", "a", "response"],
        ResponseKind::NoResponse,
    ),
    (
        &["not", "received", "a", "response"],
        ResponseKind::NoResponse,
    ),
    // (or "a reply", in the outlet's own present perfect: "We have asked
    // the club about Mr Rennoch's account and have not yet had a reply";
    // not a claim's "the charity had written … and had not received a
    // reply")
    (
        &["have", "not", "yet", "had", "a", "reply"],
        ResponseKind::NoResponse,
    ),
    (
        &["have", "not", "had", "a", "reply"],
        ResponseKind::NoResponse,
    ),
    (
        &["have", "not", "yet", "received", "a", "reply"],
        ResponseKind::NoResponse,
    ),
    (
        &["have", "not", "received", "a", "reply"],
        ResponseKind::NoResponse,
    ),
    // A refusal for a reason: "could not comment while proceedings were
    // continuing", "said it was unable to comment".
    (&["could", "not", "comment"], ResponseKind::Declined),
    (&["cannot", "comment"], ResponseKind::Declined),
    (&["can't", "comment"], ResponseKind::Declined),
    (&["unable", "to", "comment"], ResponseKind::Declined),
    (&["have", "not", "responded"], ResponseKind::NoResponse),
    (&["could", "not", "be", "reached"], ResponseKind::NoResponse),
    (
        &["could", "not", "immediately", "be", "reached"],
        ResponseKind::NoResponse,
    ),
    (
        &["were", "not", "available", "for", "comment"],
        ResponseKind::NoResponse,
    ),
    (
        &["was", "not", "available", "for", "comment"],
        ResponseKind::NoResponse,
    ),
    (&["unavailable", "for", "comment"], ResponseKind::NoResponse),
    (
        &["not", "available", "to", "comment"],
        ResponseKind::NoResponse,
    ),
    (
        &["could", "not", "be", "contacted"],
        ResponseKind::NoResponse,
    ),
    (&["yet", "to", "respond"], ResponseKind::NoResponse),
    (&["yet", "to", "reply"], ResponseKind::NoResponse),
    (&["yet", "to", "comment"], ResponseKind::NoResponse),
    (&["failed", "to", "respond"], ResponseKind::NoResponse),
    (&["did", "not", "answer", "calls"], ResponseKind::NoResponse),
    // (calls by the instrument they came on: "did not answer telephone
    // calls on Wednesday")
    (
        &["did", "not", "answer", "telephone", "calls"],
        ResponseKind::NoResponse,
    ),
    (
        &["did", "not", "answer", "phone", "calls"],
        ResponseKind::NoResponse,
    ),
    (
        &["did", "not", "answer", "messages"],
        ResponseKind::NoResponse,
    ),
    (
        &["did", "not", "answer", "requests"],
        ResponseKind::NoResponse,
    ),
    (
        &["did", "not", "answer", "questions"],
        ResponseKind::NoResponse,
    ),
    (
        &["did", "not", "answer", "emails"],
        ResponseKind::NoResponse,
    ),
    // "The agency has not answered our questions about the floodgate."
    (&["has", "not", "answered"], ResponseKind::NoResponse),
    (&["have", "not", "answered"], ResponseKind::NoResponse),
    (&["had", "not", "answered"], ResponseKind::NoResponse),
    (&["would", "not", "discuss"], ResponseKind::Declined),
    (&["could", "not", "discuss"], ResponseKind::Declined),
    (&["cannot", "discuss"], ResponseKind::Declined),
    (&["unable", "to", "discuss"], ResponseKind::Declined),
    (&["refused", "to", "discuss"], ResponseKind::Declined),
    (&["declined", "to", "elaborate"], ResponseKind::Declined),
    (&["declined", "further", "comment"], ResponseKind::Declined),
    (&["declined", "to", "go", "into"], ResponseKind::Declined),
    // A denial in a verdict on what was told, or on the grounds for it:
    // "said that was not the case", "said there was no truth in the
    // reports", "no evidence to support the claims" (not "There is no
    // evidence for this, and the trial found …", the outlet's own claim).
    (&["was", "not", "the", "case"], ResponseKind::Denied),
    (&["is", "not", "the", "case"], ResponseKind::Denied),
    (&["no", "truth", "in"], ResponseKind::Denied),
    (&["no", "basis", "for"], ResponseKind::Denied),
    (&["no", "evidence", "to", "support"], ResponseKind::Denied),
    // A rebuttal whole: "the union was \"wrong on every count\"".
    (&["wrong", "on", "every", "count"], ResponseKind::Denied),
    // Answers that promise to look, not to say: "would look carefully at
    // the claims", "would respond in due course", "lessons had been
    // learned".
    (&["look", "carefully", "at"], ResponseKind::NonDenial),
    // ("That's a hypothetical, and I don't do hypotheticals.")
    (&["do", "hypotheticals"], ResponseKind::NonDenial),
    (&["answer", "hypotheticals"], ResponseKind::NonDenial),
    // Every option weighed, in the party's own words: "We look at every
    // option for every asset we own.", "Officials model all sorts of
    // options."
    (&["look", "at", "every", "option"], ResponseKind::NonDenial),
    (&["look", "at", "all", "options"], ResponseKind::NonDenial),
    (
        &["looking", "at", "all", "options"],
        ResponseKind::NonDenial,
    ),
    (
        &["look", "at", "all", "our", "options"],
        ResponseKind::NonDenial,
    ),
    (
        &["looking", "at", "all", "our", "options"],
        ResponseKind::NonDenial,
    ),
    (
        &["looking", "at", "every", "option"],
        ResponseKind::NonDenial,
    ),
    (&["all", "sorts", "of", "options"], ResponseKind::NonDenial),
    (&["all", "kinds", "of", "options"], ResponseKind::NonDenial),
    // A verdict on findings: "said the study's conclusions were \"not
    // supported by the evidence\"".
    (
        &["not", "supported", "by", "the", "evidence"],
        ResponseKind::Denied,
    ),
    (
        &["not", "supported", "by", "evidence"],
        ResponseKind::Denied,
    ),
    (&["deal", "in", "hypotheticals"], ResponseKind::NonDenial),
    (&["comment", "on", "hypotheticals"], ResponseKind::NonDenial),
    (
        &["answer", "hypothetical", "questions"],
        ResponseKind::NonDenial,
    ),
    // ("said it was reviewing the campaigners' claims", "would look into
    // the allegations")
    (&["reviewing", "the", "claims"], ResponseKind::NonDenial),
    (
        &["reviewing", "the", "allegations"],
        ResponseKind::NonDenial,
    ),
    (&["look", "into", "the", "claims"], ResponseKind::NonDenial),
    (
        &["look", "into", "the", "allegations"],
        ResponseKind::NonDenial,
    ),
    (
        &["looking", "into", "the", "claims"],
        ResponseKind::NonDenial,
    ),
    (
        &["looking", "into", "the", "allegations"],
        ResponseKind::NonDenial,
    ),
    (&["looking", "carefully", "at"], ResponseKind::NonDenial),
    (&["respond", "in", "due", "course"], ResponseKind::NonDenial),
    (
        &["lessons", "had", "been", "learned"],
        ResponseKind::NonDenial,
    ),
    (
        &["lessons", "have", "been", "learned"],
        ResponseKind::NonDenial,
    ),
    (
        &["lessons", "would", "be", "learned"],
        ResponseKind::NonDenial,
    ),
    (
        &["lessons", "will", "be", "learned"],
        ResponseKind::NonDenial,
    ),
    // Refusals the reporter relates: "would make no further comment",
    // "referred questions to its parent company".
    (
        &["make", "no", "further", "comment"],
        ResponseKind::Declined,
    ),
    (&["referred", "questions", "to"], ResponseKind::Declined),
    (&["referred", "inquiries", "to"], ResponseKind::Declined),
    (&["referred", "enquiries", "to"], ResponseKind::Declined),
    // A silence: "has been contacted for comment", "was contacted for
    // comment", "did not answer when asked about the losses".
    (&["contacted", "for", "comment"], ResponseKind::NoResponse),
    (&["did", "not", "answer", "when"], ResponseKind::NoResponse),
    // "That's a complete misrepresentation of what happened."
    (&["complete", "misrepresentation"], ResponseKind::Denied),
    (&["total", "misrepresentation"], ResponseKind::Denied),
    (&["gross", "misrepresentation"], ResponseKind::Denied),
    // Passing it on, or not knowing: "You'll have to ask the Treasury
    // about that.", "I'd have to check the exact numbers."
    (&["you'll", "have", "to", "ask"], ResponseKind::NonDenial),
    (
        &["you", "will", "have", "to", "ask"],
        ResponseKind::NonDenial,
    ),
    (&["you'd", "have", "to", "ask"], ResponseKind::NonDenial),
    (
        &["you", "would", "have", "to", "ask"],
        ResponseKind::NonDenial,
    ),
    (&["i'd", "have", "to", "check"], ResponseKind::NonDenial),
    (
        &["i", "would", "have", "to", "check"],
        ResponseKind::NonDenial,
    ),
    // "None of that is true."
    (&["none", "of", "that", "is", "true"], ResponseKind::Denied),
    (&["none", "of", "this", "is", "true"], ResponseKind::Denied),
    (&["none", "of", "it", "is", "true"], ResponseKind::Denied),
    (&["none", "of", "which", "is", "true"], ResponseKind::Denied),
    // "would not be making any further statement"
    (
        &["making", "any", "further", "statement"],
        ResponseKind::Declined,
    ),
    (
        &["make", "any", "further", "statement"],
        ResponseKind::Declined,
    ),
    (&["no", "further", "statement"], ResponseKind::Declined),
];

/// Objects that make "denied" or "confirmed" an answer to something said before.
const ANSWERED: &[&str] = &[
    "the",
    "these",
    "those",
    "this",
    "it",
    "that",
    "any",
    "such",
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "accusation",
    "suggestions",
];

/// What a denial denies: a charge, a count, wrongdoing.
const CHARGES: &[&str] = &[
    "counts",
    "count",
    "charges",
    "charge",
    "wrongdoing",
    "involvement",
    "allegations",
    "allegation",
    "accusations",
    "accusation",
    "claims",
    "claim",
    "reports",
    "report",
    "story",
    "suggestion",
    "suggestions",
];

/// Whether the words from `i` name a charge within three words: "any
/// wrongdoing", "six counts", "the allegations", "these claims" (also in
/// the party's quoted words: "rejected \"any suggestion of wrongdoing\"").
fn charge_object(lows: &[&str], i: usize) -> bool {
    let i = past_quote_mark(lows, i);
    lows.iter()
        .skip(i)
        .take(3)
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        })
        .any(|w| CHARGES.contains(w) || OFFENCES.contains(w))
}

/// Whether the words from `i` name a telling a party may dismiss within
/// three words: "the suggestion", "reports of a rift", "such
/// speculation".
fn dismissed_telling(lows: &[&str], i: usize) -> bool {
    let i = past_quote_mark(lows, i);
    lows.iter()
        .skip(i)
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '\''))
        .any(|w| {
            matches!(
                *w,
                "suggestion"
                    | "suggestions"
                    | "story"
                    | "stories"
                    | "report"
                    | "reports"
                    | "speculation"
                    | "idea"
                    | "notion"
                    | "criticism"
                    | "criticisms"
            )
        })
}

/// `i`, or the word after it when `i` is a quotation mark opening the
/// object.
fn past_quote_mark(lows: &[&str], i: usize) -> usize {
    if lows.get(i).is_some_and(|w| is_quote_mark(w)) {
        i + 1
    } else {
        i
    }
}

/// What a party grants by a noun that names a finding or a fault told
/// before: "accepted the audit's findings", "admitted the failings",
/// "acknowledged the errors", "accepted the report in full". A verb of
/// granting at `i` in the reporter's words, then "the", a demonstrative,
/// "its", "their" or a possessive, and within three words the noun (not
/// "accepted the offer", a deed).
fn granted_object(tokens: &[Token], lows: &[&str], i: usize) -> bool {
    let verb = lows[i];
    if tokens[i].quoted
        || !matches!(
            verb,
            "accepted"
                | "accepts"
                | "acknowledged"
                | "acknowledges"
                | "admitted"
                | "admits"
                | "conceded"
                | "concedes"
                | "agreed"
                | "agrees"
        )
    {
        return false;
    }
    // ("agreed with the figure")
    let det = if matches!(verb, "agreed" | "agrees") {
        if lows.get(i + 1) != Some(&"with") {
            return false;
        }
        i + 2
    } else {
        i + 1
    };
    if !lows.get(det).is_some_and(|w| {
        matches!(
            *w,
            "the" | "these" | "those" | "this" | "that" | "its" | "their"
        )
    }) {
        return false;
    }
    let object = lows.iter().skip(det + 1).take(3).take_while(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
    });
    // (what is admitted or conceded is granted whatever it is, "conceded
    // the job losses", but for an admission's clause, "admitted the
    // building needed repairs"; what is acknowledged, only a finding or a
    // fault, not "acknowledged the work of volunteers")
    if matches!(verb, "admitted" | "admits" | "conceded" | "concedes") {
        let words: Vec<&str> = object.clone().copied().collect();
        // (nor one admitted to a place, "admitted the patient", nor what
        // a side concedes in a game, "conceded the penalty")
        let thanks = words.iter().any(|w| {
            matches!(
                *w,
                "patient"
                    | "patients"
                    | "pupil"
                    | "pupils"
                    | "student"
                    | "students"
                    | "child"
                    | "children"
                    | "boy"
                    | "girl"
                    | "man"
                    | "woman"
                    | "baby"
                    | "goal"
                    | "penalty"
                    | "match"
                    | "game"
                    | "seat"
            )
        });
        let clause = lows
            .get(det + 1..lows.len().min(det + 5))
            .is_some_and(|ws| ws.iter().any(|w| is_finite_verb(w)));
        if !words.is_empty() && !thanks && !clause {
            return true;
        }
    }
    object.into_iter().any(|w| {
        matches!(
            *w,
            "findings"
                | "finding"
                | "report"
                | "conclusions"
                | "criticism"
                | "criticisms"
                | "failings"
                | "failures"
                | "mistakes"
                | "mistake"
                | "errors"
                | "error"
                | "shortcomings"
                | "figures"
                | "figure"
                | "allegations"
        )
    })
}

/// A grant that something told before took place, named by a definite
/// description: "confirmed that the two burial errors had taken place",
/// "acknowledged that both incidents had happened". A verb of granting at
/// `i`, "that", "the", "both", "these", "those", "its" or "their", at most
/// four words, "had", "has" or "have" (perhaps "both" or "all"), then
/// "taken place", "happened" or "occurred". Not a plan ("confirmed that
/// the meeting will take place on Friday").
pub(crate) fn event_granted(tokens: &[Token], lows: &[&str], i: usize) -> bool {
    if tokens[i].quoted
        || !matches!(
            lows[i],
            "confirmed" | "confirms" | "acknowledged" | "acknowledges" | "admitted" | "admits"
        )
        || lows.get(i + 1) != Some(&"that")
        || !lows
            .get(i + 2)
            .is_some_and(|w| matches!(*w, "the" | "both" | "these" | "those" | "its" | "their"))
    {
        return false;
    }
    (i + 3..lows.len().min(i + 8))
        .take_while(|&k| tokens[k].is_word())
        .find(|&k| matches!(lows[k], "had" | "has" | "have"))
        .is_some_and(|aux| {
            let k = aux + 1 + usize::from(matches!(lows.get(aux + 1), Some(&("both" | "all"))));
            matches!(
                (lows.get(k), lows.get(k + 1)),
                (Some(&"taken"), Some(&"place")) | (Some(&("happened" | "occurred")), _)
            )
        })
}

/// Whether the verb of confirming at `i` takes a clause about the party
/// itself: perhaps "that", then "he", "she", "they" or "we" (perhaps "and"
/// and up to three words more: "she and one co-author") and a finite verb
/// ("confirmed she had been a trustee"). Not "confirmed that the ministry
/// would …", a claim of what another does.
fn self_confirmed(lows: &[&str], i: usize) -> bool {
    let k = i + 1 + usize::from(lows.get(i + 1) == Some(&"that"));
    if !lows
        .get(k)
        .is_some_and(|w| matches!(*w, "he" | "she" | "they" | "we"))
    {
        return false;
    }
    let verb = if lows.get(k + 1) == Some(&"and") {
        (k + 2..lows.len().min(k + 6)).find(|&v| is_finite_verb(lows[v]))
    } else {
        Some(k + 1)
    };
    verb.is_some_and(|v| lows.get(v).is_some_and(|w| is_finite_verb(w)))
}

/// Whether a word is a finite verb that starts a clause after its subject:
/// an auxiliary, or a past form in "-ed" ("the building needed repairs").
pub(crate) fn is_finite_verb(w: &str) -> bool {
    matches!(
        w,
        "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "could" | "should"
    ) || (w.len() > 4 && w.ends_with("ed"))
}

/// Verbs a speaker refuses in their own words: "I'm not going to comment",
/// "I don't think it would be right for me to go into them".
const REFUSED: &[&str] = &[
    "comment",
    "speculate",
    "elaborate",
    "go",
    "get",
    "discuss",
    "pre-empt",
    "prejudge",
    "say",
    // ("I'm not going to dignify that with an answer")
    "dignify",
];

/// A refusal in the speaker's own words: "I" or "we", a negation, then
/// within ten words a verb of commenting ("comment", "speculate", "go into",
/// "get into"), or right after it a verb of remembering ("I don't
/// remember", "I can't recall"). Only words in quotation marks count
/// unless `any`, as under a transcript's speaker label.
pub(crate) fn own_refusal(
    tokens: &[Token],
    lows: &[&str],
    quoted_only: bool,
) -> Option<(ResponseKind, usize)> {
    let own = |i: usize| !quoted_only || tokens[i].quoted;
    // (any "I" or "we" with its negation close after: "We're reviewing
    // how the whole network works, and I'm not going to pre-empt that
    // review")
    let (first, neg) = (0..tokens.len())
        .filter(|&i| {
            own(i)
                && matches!(
                    lows[i],
                    "i" | "i'm" | "i've" | "i'll" | "we" | "we're" | "we've" | "we'll"
                )
        })
        .find_map(|first| {
            (first + 1..tokens.len().min(first + 6))
                .find(|&i| {
                    own(i)
                        && (matches!(lows[i], "not" | "never" | "cannot")
                            || lows[i].ends_with("n't"))
                })
                .map(|neg| (first, neg))
        })?;
    // "I don't remember the exact dates", "I can't recall": memory
    // failing the question, neither granting nor denying; the verb right
    // after the negation ("I don't think you remember" is no such answer).
    // Not a time remembered as the like of now: "I can't remember a
    // winter this cold", "I don't remember the last time the river was
    // this high".
    let like_now = || match lows.get(neg + 2) {
        Some(&"the") => lows.get(neg + 3) == Some(&"last"),
        Some(&("a" | "an")) => lows[neg + 3..lows.len().min(neg + 8)]
            .iter()
            .any(|w| matches!(*w, "this" | "so" | "like")),
        _ => false,
    };
    if matches!(lows.get(neg + 1), Some(&("remember" | "recall"))) && own(neg + 1) && !like_now() {
        return Some((ResponseKind::NonDenial, first));
    }
    (neg + 1..tokens.len().min(neg + 11))
        .find(|&i| {
            own(i)
                && REFUSED.contains(&lows[i])
                && (!matches!(lows[i], "go" | "get")
                    || lows.get(i + 1).is_some_and(|w| *w == "into"))
                // "I won't say more", "I am not going to say which ones",
                // not "we didn't say the site would close".
                && (lows[i] != "say"
                    || lows.get(i + 1).is_some_and(|w| {
                        matches!(
                            *w,
                            "more" | "anything" | "which" | "who" | "whether" | "how" | "what"
                        )
                    }))
        })
        .map(|_| (ResponseKind::NonDenial, first))
}

/// A second answer after the first, from another party, in a clause of
/// its own: "Castor Hill declined to comment, and Norland Bank did not
/// respond to a request for comment." Returns its kind, where its phrase
/// starts, where the first clause ends and where its own starts (after ",
/// and", ";" or ", while", with a capitalised subject).
pub(crate) fn second_response(
    tokens: &[Token],
    lows: &[&str],
    first: usize,
) -> Option<(ResponseKind, usize, usize, usize)> {
    let split = (first + 1..tokens.len()).find(|&i| {
        let joins = match lows[i] {
            ";" => true,
            "," => lows
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "and" | "while" | "but" | "whereas")),
            _ => false,
        };
        let subject = if lows[i] == ";" { i + 1 } else { i + 2 };
        joins
            && !tokens[i].quoted
            && tokens.get(subject).is_some_and(|t| {
                t.is_cap() || matches!(t.low(), "the" | "a" | "an" | "his" | "her" | "its")
            })
    })?;
    let from = if lows[split] == ";" {
        split + 1
    } else {
        split + 2
    };
    (from..tokens.len()).find_map(|i| {
        if tokens[i].quoted {
            return None;
        }
        response_phrases()
            .at(lows, i)
            .next()
            .map(|(_, kind)| (kind, i, split, from))
    })
}

/// A verdict on what was said before, in the reporter's words or the
/// party's: "said the figure was \"simply wrong\"", "said those claims
/// were unfounded", "said Ms Lund's claim about jobs was \"simply
/// wrong\"", "said the union's figure was wildly exaggerated", "said its
/// figures were distorted by the way deaths were coded". A demonstrative,
/// "the", "its", "their" or a possessive, a noun for a saying or a number
/// told (`denials::is_told_noun`; and what it was about, in a few words,
/// or who released or circulated it: "said the copy released by the
/// opposition was a forgery"), or "that" or "this" alone right after a
/// verb of saying ("said that was
/// not the case"); then a form of "be" and a verdict: among the three words
/// after it a word that judges it false (`denials::judges_false`) not
/// negated, "not" before a word of truth or "the case", or "out of date".
/// Not in a condition. (What a telling leaves out, "said the study did not
/// reflect how bees were exposed in the real world", is an argument of its
/// own, a claim.)
fn verdict_on_saying(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    verdict_at(tokens, lows, judged_false)
}

/// The verdict of `verdict_on_saying` the other way: "said the figure was
/// correct", "said the Herald's figures were accurate", "said that was
/// right": what was told, granted. A word of truth first after the verb
/// ("broadly", "substantially", "entirely" or "quite" may come before it), not negated, not
/// "right to …"; not the party's own ("its figures were accurate").
fn granted_saying(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    // (not the party's own, held up against a challenge: "said it was
    // confident its figures were accurate")
    verdict_at(tokens, lows, judged_true).filter(|&i| !matches!(lows[i - 1], "its" | "their"))
}

/// Whether the words from `k` judge what was told true (`granted_saying`).
fn judged_true(tokens: &[Token], lows: &[&str], k: usize) -> bool {
    let words: Vec<&str> = (k..lows.len())
        .filter(|&j| tokens[j].is_word())
        .take(3)
        .map(|j| lows[j])
        .collect();
    let words = match words.as_slice() {
        ["broadly" | "substantially" | "entirely" | "quite", rest @ ..] => rest,
        all => all,
    };
    matches!(
        words.first(),
        Some(&("correct" | "accurate" | "right" | "true"))
    ) && words.get(1) != Some(&"to")
}

/// Where a saying pointed at is judged by `judge` (`verdict_on_saying`
/// and `granted_saying` read it, one each way).
fn verdict_at(
    tokens: &[Token],
    lows: &[&str],
    judge: fn(&[Token], &[&str], usize) -> bool,
) -> Option<usize> {
    let at = (1..tokens.len()).find(|&i| {
        // (the cheap tests first: a determiner or a possessive, then the noun)
        let pronoun = matches!(lows[i], "that" | "this")
            && is_saying(lows[i - 1])
            && lows.get(i + 1).is_some_and(|w| be(w));
        let det = |w: &str| {
            matches!(
                w,
                "the" | "this" | "that" | "these" | "those" | "its" | "their"
            )
        };
        // (also with the figure between: "the £40,000 figure was wrong")
        let figure_between = tokens[i - 1].has_digit()
            && (i >= 2 && det(lows[i - 2])
                || i >= 3 && matches!(lows[i - 2], "£" | "$" | "€") && det(lows[i - 3]));
        let pointed = det(lows[i - 1])
            || figure_between
            || ((lows[i - 1].ends_with("'s") || matches!(lows[i - 1], "'" | "\u{2019}"))
                && !tokens[i - 1].quoted);
        if !pronoun
            && (!pointed
                || !(REPORTED.contains(&lows[i])
                    || matches!(
                        lows[i],
                        "story"
                            | "suggestion"
                            | "suggestions"
                            | "number"
                            | "survey"
                            | "study"
                            | "poll"
                            | "research"
                            | "audit"
                            | "memo"
                            | "copy"
                            | "document"
                    )
                    || super::denials::is_told_noun(lows[i])))
        {
            return false;
        }
        // "the claim was", or "the claim about jobs was"
        let verb = if lows.get(i + 1).is_some_and(|w| be(w)) {
            Some(i + 1)
        } else if !pronoun
            && lows
                .get(i + 1)
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed") && !tokens[i + 1].quoted)
            && lows.get(i + 2).is_some_and(|w| be(w))
        {
            // ("the number quoted was far too high", "the figures cited
            // were out of date")
            Some(i + 2)
        } else if !pronoun
            && lows
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "released" | "circulated"))
            && lows.get(i + 2) == Some(&"by")
        {
            // ("the copy released by the opposition was a forgery": its
            // publisher, up to four words)
            (i + 3..lows.len().min(i + 8))
                .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
                .find(|&k| be(lows[k]))
        } else if lows
            .get(i + 1)
            .is_some_and(|w| matches!(*w, "about" | "of" | "over" | "on" | "regarding"))
        {
            (i + 2..lows.len().min(i + 6))
                .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
                .find(|&k| be(lows[k]))
        } else {
            None
        };
        match verb {
            Some(v) => judge(tokens, lows, v + 1),
            None => false,
        }
    })?;
    (!lows[..at]
        .iter()
        .any(|w| matches!(*w, "if" | "whether" | "unless")))
    .then_some(at)
}

fn be(w: &str) -> bool {
    matches!(w, "was" | "is" | "were" | "are")
}

/// Whether the words from `k` judge what was told false: among the next
/// three words, a word of `denials::judges_false` not after "not" or
/// "hardly"; "not" before "true", "correct", "accurate", "right",
/// "representative" or "the case"; or "out of date".
fn judged_false(tokens: &[Token], lows: &[&str], k: usize) -> bool {
    let words: Vec<(usize, &str)> = (k..lows.len())
        .filter(|&j| tokens[j].is_word())
        .take(4)
        .map(|j| (j, lows[j]))
        .collect();
    words.iter().enumerate().take(3).any(|(n, &(_, w))| {
        let before = n.checked_sub(1).map_or("", |b| words[b].1);
        let after = words.get(n + 1).map_or("", |a| a.1);
        (super::denials::judges_false(w) && !matches!(before, "not" | "hardly" | "never"))
            || (w == "not"
                && (super::denials::TRUE.contains(&after)
                    || after == "representative"
                    || (after == "the" && words.get(n + 2).is_some_and(|c| c.1 == "case"))))
            || (w == "out" && after == "of" && words.get(n + 2).is_some_and(|c| c.1 == "date"))
            // ("far too high", "much too low")
            || (w == "too" && matches!(after, "high" | "low"))
    })
}

/// A party that says of itself, in the reporter's words, that it did no
/// wrong: "said he had acted properly at all times", "insists she did
/// nothing wrong", "maintains it has acted lawfully". A verb of saying or
/// insisting, "he", "she", "it" or "they", perhaps "had", "has" or
/// "have" and "always", then "acted" and "properly", "lawfully",
/// "appropriately" or "correctly", "did" or "done" and "nothing wrong", or
/// "followed", "obeyed" or "complied with" every rule, all the regulations,
/// the correct procedures ("insisted it had followed every rule"). Not what another
/// found of someone ("The company did nothing wrong, the regulator
/// found."). Returns where the verb of saying is.
fn own_conduct(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    // "every rule", "all the regulations", "the correct procedures"
    let follows_rules = |k: usize| {
        let k = k + usize::from(lows.get(k) == Some(&"all"));
        let k = k + usize::from(matches!(
            lows.get(k),
            Some(&("every" | "the" | "correct" | "proper" | "relevant"))
        ));
        let k = k + usize::from(matches!(
            lows.get(k),
            Some(&("correct" | "proper" | "relevant" | "safety"))
        ));
        matches!(
            lows.get(k),
            Some(
                &("rule"
                    | "rules"
                    | "regulation"
                    | "regulations"
                    | "procedure"
                    | "procedures"
                    | "guidance"
                    | "law"
                    | "protocols")
            )
        )
    };
    (0..lows.len().saturating_sub(3)).find(|&i| {
        !tokens[i].quoted
            && matches!(
                lows[i],
                "said" | "says" | "insisted" | "insists" | "maintained" | "maintains"
            )
            && matches!(lows[i + 1], "he" | "she" | "it" | "they")
            && {
                let k = i + 2 + usize::from(matches!(lows[i + 2], "had" | "has" | "have"));
                let k = k + usize::from(lows.get(k) == Some(&"always"));
                match (lows.get(k), lows.get(k + 1), lows.get(k + 2)) {
                    (Some(&"acted"), Some(how), _) => {
                        matches!(
                            *how,
                            "properly" | "lawfully" | "appropriately" | "correctly"
                        )
                    }
                    (Some(&("did" | "done")), Some(&"nothing"), Some(&"wrong")) => true,
                    // ("insisted it had followed every rule", "said she had
                    // complied with all the regulations")
                    (Some(&("followed" | "obeyed")), _, _) => follows_rules(k + 1),
                    (Some(&"complied"), Some(&"with"), _) => follows_rules(k + 2),
                    _ => false,
                }
            }
    })
}

/// Deeds a person denies in the first person: "I never took a penny", "I
/// have never received a cent", "We never asked them".
const DEEDS: &[&str] = &[
    "took",
    "taken",
    "received",
    "accepted",
    "asked",
    "paid",
    "met",
    "saw",
    "seen",
    "signed",
    "approved",
    "authorised",
    "authorized",
    "stole",
    "stolen",
    "hid",
    "hidden",
    "offered",
    "promised",
    "ordered",
    "touched",
    "lied",
    "falsified",
    "diverted",
    // (irregular past forms of deeds: "He never chose a customer because
    // of their age", "I never said that", "We never sold it")
    "chose",
    "gave",
    "made",
    "told",
    "said",
    "sold",
    "sent",
    "wrote",
    "spoke",
    "bought",
    "broke",
    "threatened",
];

/// Whether the words after "had" name a meeting had, a deed: "I have
/// never had dinner at that hotel", "we never had any contact with him",
/// "she had never had a meeting with the firm" (not "never had a problem",
/// a state).
fn had_a_meeting(first: &str, second: &str) -> bool {
    let met = |w: &str| {
        matches!(
            w,
            "dinner"
                | "lunch"
                | "breakfast"
                | "drinks"
                | "talks"
                | "contact"
                | "dealings"
                | "meeting"
                | "meetings"
                | "conversation"
                | "conversations"
                | "discussions"
        )
    };
    met(first) || (matches!(first, "a" | "any") && met(second))
}

/// Past forms in "-ed" that are no deed but a state of mind: "I never
/// wanted this", "we never expected it to close".
pub(crate) const MINDED: &[&str] = &[
    "wanted", "expected", "imagined", "believed", "intended", "dreamed", "dreamt", "liked",
    "loved", "hated", "needed", "wished", "hoped", "worried", "doubted", "realised", "realized",
    "noticed", "learned", "felt", "stopped", "tired", "missed",
];

/// A first-person denial of a deed, in quotation marks: "I", "we" (also
/// "I have", "we had"), "never", a deed in the past: one of `DEEDS`
/// ("took", "saw") or any past form in "-ed" but a state of mind ("I never
/// lifted a finger to help them", not "I never wanted this"). So is one the
/// reporter tells with the denial quoted: "said he had \"never once\"
/// agreed to care for the dogs" ("once", "ever" or an adverb of intent,
/// "knowingly", after "never", and quotation marks between the words, are
/// passed over). A conditional or
/// a question is none.
fn never_did(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    if lows.iter().any(|w| matches!(*w, "if" | "unless" | "?")) {
        return None;
    }
    (0..tokens.len()).find(|&i| {
        // (or told by the reporter with the denial's words quoted: "said he
        // had \"never once\" agreed to care for the dogs")
        let told = !tokens[i].quoted
            && matches!(lows[i], "he" | "she")
            && i > 0
            && matches!(lows[i - 1], "said" | "says" | "insisted" | "insists");
        (tokens[i].quoted || told)
            && matches!(lows[i], "i" | "we" | "i've" | "we've" | "he" | "she")
            && {
                // (the words after it, quotation marks aside)
                let words: Vec<usize> = (i + 1..tokens.len().min(i + 9))
                    .filter(|&k| !tokens[k].is_quote_mark())
                    .collect();
                let word = |n: usize| words.get(n).map_or("", |&k| lows[k]);
                let mut n = usize::from(matches!(word(0), "have" | "had"));
                let never = word(n) == "never";
                let never_at = words.get(n).copied();
                // (and an adverb of intent: "never knowingly sold a
                // forgery", "never deliberately misled")
                if matches!(
                    word(n + 1),
                    "once" | "ever" | "knowingly" | "deliberately" | "intentionally" | "wittingly"
                ) {
                    n += 1;
                }
                let deed = word(n + 1);
                // (or all in the reporter's words, of a thing named before:
                // "says he never received that letter")
                let pointed = told
                    && !tokens[i].quoted
                    && matches!(word(n + 2), "that" | "those" | "this" | "these" | "any")
                    && words.get(n + 3).is_some_and(|&k| tokens[k].is_word());
                never
                    && words.get(n + 1).is_some_and(|&k| {
                        tokens[k].quoted
                            || told && never_at.is_some_and(|v| tokens[v].quoted)
                            || pointed
                    })
                    && (DEEDS.contains(&deed)
                        || (deed.len() > 4 && deed.ends_with("ed") && !MINDED.contains(&deed))
                        || (deed == "had" && had_a_meeting(word(n + 2), word(n + 3))))
            }
    })
}

/// Whether a phrase of `RESPONSES` answers only in the party's own words:
/// a verdict on what was put ("That's not right"), a figure put explained
/// ("That figure includes …"), sympathy ("sorry to hear").
fn own_words_only(phrase: &[&str]) -> bool {
    matches!(
        phrase.first(),
        Some(&("that's" | "that" | "those" | "sorry"))
    ) || weighs_every_option(phrase)
}

/// Whether a phrase says every option is weighed: "We look at every
/// option", "Officials model all sorts of options". In the party's own
/// words it grants no plan and denies none.
fn weighs_every_option(phrase: &[&str]) -> bool {
    matches!(phrase.last(), Some(&("option" | "options")))
}

/// Whether the phrase at `i` is the party's own words: in quotation marks
/// and, for a verdict or a figure explained, opening them ("\"That's not
/// right, I had 25 places …\""), as "sorry to hear" need not ("said it
/// was \"very sorry to hear\" …"); or, out of them, opening a sentence
/// (after a transcript's speaker label) that no one is said to tell
/// ("That figure includes the six weeks when …", not "That figure
/// includes 300 agency nurses, the trust's annual report shows.").
fn opens_own_words(tokens: &[Token], i: usize, phrase: &[&str]) -> bool {
    if !tokens[i].quoted {
        let opens = tokens.len() - super::tokens::after_label(tokens).len() == i;
        let told = tokens.iter().any(|t| {
            matches!(
                t.low(),
                "said"
                    | "says"
                    | "shows"
                    | "show"
                    | "showed"
                    | "according"
                    | "reported"
                    | "reports"
            )
        });
        // (a turn of a transcript is the party's own words wherever in it
        // every option is said weighed)
        if weighs_every_option(phrase) {
            let labelled = super::tokens::after_label(tokens).len() < tokens.len();
            return labelled && !told;
        }
        return phrase.first() != Some(&"sorry") && opens && !told;
    }
    phrase.first() == Some(&"sorry")
        || weighs_every_option(phrase)
        || tokens[..i]
            .iter()
            .rev()
            .find(|t| t.is_word() || t.is_quote_mark())
            .is_none_or(|t| t.is_quote_mark() || !t.quoted)
}

/// A plain no or yes to a question the sentence opens by relating:
/// "Asked whether Brightflow had seen the findings before they were
/// published, Dr Quistgaard said: \"No, they saw them when everyone else
/// did.\"" The quotation's first word, "no" or "yes", with a comma or a
/// full stop after it. Returns the kind and where that word is.
pub(crate) fn no_to_the_question(tokens: &[Token]) -> Option<(ResponseKind, usize)> {
    // ("Asked whether …", "Asked on Monday whether …")
    if !(tokens.first().is_some_and(|t| t.lower == "asked")
        && tokens
            .iter()
            .skip(1)
            .take(4)
            .any(|t| matches!(t.low(), "whether" | "if")))
    {
        return None;
    }
    let first = tokens.iter().position(|t| t.quoted && t.is_word())?;
    let kind = match tokens[first].low() {
        "no" => ResponseKind::Denied,
        "yes" => ResponseKind::Confirmed,
        _ => return None,
    };
    tokens
        .get(first + 1)
        .is_some_and(|t| matches!(t.text, "," | "."))
        .then_some((kind, first))
}

/// Whether a party says in its own words that it keeps a thing under
/// review: "We keep all waiting-time standards under review.", "We keep
/// our network under constant review." — neither yes nor no to what was
/// put (not "we will review the standards", a promise, nor "we do not
/// keep them under review"). Quoted (a transcript's turn is read by the
/// rules of a short answer to what was put), a "we" or "I" just before
/// "keep" or "keeps", and "under", "constant" or the like just before
/// "review" in the nine words after it. The index of the "keep".
fn kept_under_review(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (1..tokens.len().saturating_sub(2)).find(|&i| {
        tokens[i].quoted
            && matches!(lows[i], "keep" | "keeps")
            && matches!(lows[i - 1], "we" | "i")
            && lows[i + 1..lows.len().min(i + 10)].windows(2).any(|p| {
                p[1] == "review"
                    && matches!(
                        p[0],
                        "under" | "constant" | "regular" | "continual" | "close" | "careful"
                    )
            })
    })
}

/// A party's answer that it kept to the rules, in its own words quoted:
/// "said it had briefed union representatives \"in line with its legal
/// obligations\"", "said its checks had \"met every professional
/// standard of the time\"". It neither grants nor denies what was done.
/// Quoted "in line with" and, within four words, a word for a rule or a
/// duty; or quoted "met" or "meets", then "every" or "all" and a word for
/// a standard within four words; not in a sentence that confirms or
/// accepts (that grants what it names). Returns where "in" or "met" is.
fn by_the_rules(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    if lows.iter().any(|w| {
        matches!(
            *w,
            "confirmed" | "confirms" | "accepted" | "accepts" | "admitted" | "acknowledged"
        )
    }) {
        return None;
    }
    let met = (0..tokens.len().saturating_sub(2)).find(|&i| {
        let after = &lows[i + 1..lows.len().min(i + 6)];
        tokens[i].quoted
            && matches!(lows[i], "met" | "meets")
            && matches!(lows[i + 1], "every" | "all")
            && after.iter().any(|w| {
                matches!(
                    *w,
                    "standard"
                        | "standards"
                        | "requirement"
                        | "requirements"
                        | "rules"
                        | "obligations"
                )
            })
            && !lows[i.saturating_sub(2)..i]
                .iter()
                .any(|w| matches!(*w, "not" | "never") || w.ends_with("n't"))
    });
    if met.is_some() {
        return met;
    }
    (0..tokens.len().saturating_sub(3)).find(|&i| {
        tokens[i].quoted
            && lows[i] == "in"
            && lows[i + 1] == "line"
            && lows[i + 2] == "with"
            // (not "\"not in line with national guidance\"", a charge)
            && !lows[i.saturating_sub(2)..i]
                .iter()
                .any(|w| matches!(*w, "not" | "never") || w.ends_with("n't"))
            && lows[i + 3..lows.len().min(i + 7)].iter().any(|w| {
                matches!(
                    *w,
                    "obligations"
                        | "rules"
                        | "law"
                        | "guidance"
                        | "policy"
                        | "procedures"
                        | "requirements"
                        | "regulations"
                        | "statutory"
                )
            })
    })
}

/// A party's own "no record" of a thing, quoted: "The council said in a
/// statement that it had \"no record\" of receiving them." It neither
/// grants nor denies. Not the reporter's "had no record of any concern",
/// nor a search that found none ("No record of any such loan had been
/// found"), which are claims. In the reporter's words, only the party
/// saying it of itself: "Lindhurst said it had no record of the call."
/// Returns where "no" is.
fn no_record_quoted(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (0..tokens.len().saturating_sub(1)).find(|&i| {
        lows[i] == "no"
            && lows[i + 1] == "record"
            && (tokens[i].quoted && tokens[i + 1].quoted
                || i >= 3
                    && matches!(lows[i - 3], "said" | "says")
                    && matches!(lows[i - 2], "it" | "they")
                    && matches!(lows[i - 1], "had" | "has" | "have"))
            && tokens[i + 2..]
                .iter()
                .find(|t| !t.is_quote_mark())
                .is_some_and(|t| t.lower == "of")
            // (held by the party: "it had", "we have", in the words
            // before, not a search: "\"no record of any payment\" had been
            // found")
            && lows[i.saturating_sub(3)..i]
                .iter()
                .any(|w| matches!(*w, "had" | "has" | "have" | "held" | "kept" | "holds"))
            && !lows[i + 2..].contains(&"found")
    })
}

/// A party's own word that it was never told of what the story reports,
/// quoted: "said in a statement that it had \"not been notified of any
/// decision by the ministry\"", "said it had \"received no notification of
/// any change to the contract\"". It neither grants nor denies. In the
/// party's quoted words only: a negation ("not", "no", "never"), quoted, among the
/// three words before "notified" or "notification". Not the
/// reporter's "Residents said they had not been notified of the closure",
/// a claim of their own. Returns where "notified" or "notification" is.
fn not_notified_quoted(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (1..tokens.len()).find(|&i| {
        matches!(lows[i], "notified" | "notification")
            && tokens[i.saturating_sub(3)..i]
                .iter()
                .any(|t| t.quoted && matches!(t.low(), "not" | "no" | "never"))
    })
}

/// A party saying of itself that it has no links to whom a claim ties it:
/// "Esquin Civil Works said in a statement that it had \"no links of any
/// kind\" to any government official." "it" or "they" with "said" in the
/// eight words before; "had", "has" or "have"; then "no links", "no
/// connection" or "no ties" (quotation marks aside). Returns where "no"
/// is.
fn no_ties_of_its_own(lows: &[&str]) -> Option<usize> {
    let words: Vec<(usize, &str)> = lows
        .iter()
        .enumerate()
        .filter(|(_, w)| !is_quote_mark(w))
        .map(|(i, w)| (i, *w))
        .collect();
    (1..words.len().saturating_sub(3)).find_map(|k| {
        let w = |j: usize| words[j].1;
        (matches!(w(k), "it" | "they")
            && words[k.saturating_sub(8)..k]
                .iter()
                .any(|(_, x)| matches!(*x, "said" | "says"))
            && matches!(w(k + 1), "had" | "has" | "have")
            && w(k + 2) == "no"
            && matches!(w(k + 3), "links" | "connection" | "ties"))
        .then(|| words[k + 2].0)
    })
}

/// A denial by not accepting what was told: "the company \"does not
/// accept\" that any warning had been ignored", "I don't accept that
/// figure", "did not accept the union's account". "accept" after "not" or
/// a negated auxiliary ("don't", "didn't", "won't"), quotation marks
/// aside, then "that", or within three words a charge or a noun for a
/// saying or a number told ("the findings", "the claims"). Not "did not
/// accept the offer", a deed. Returns where "accept" is.
fn not_accepted(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (1..tokens.len()).find(|&i| {
        if !matches!(lows[i], "accept" | "accepts") {
            return false;
        }
        let before = tokens[..i].iter().rev().find(|t| !t.is_quote_mark());
        let negated = before.is_some_and(|t| {
            matches!(
                t.low(),
                "not" | "don't" | "doesn't" | "didn't" | "won't" | "cannot" | "can't" | "never"
            )
        });
        if !negated {
            return false;
        }
        let Some(next) = (i + 1..tokens.len()).find(|&k| !tokens[k].is_quote_mark()) else {
            return false;
        };
        lows[next] == "that"
            && lows
                .get(next + 1)
                .is_none_or(|w| !matches!(*w, "offer" | "invitation" | "job" | "role" | "post"))
            || charge_object(lows, next)
            || lows[next..lows.len().min(next + 3)]
                .iter()
                .any(|w| REPORTED.contains(w) || super::denials::is_told_noun(w))
    })
}

/// Adverbs that only strengthen a verb of denying: "We categorically
/// reject", "I strongly deny".
const STRENGTHENING: &[&str] = &[
    "strongly",
    "categorically",
    "utterly",
    "completely",
    "totally",
    "firmly",
    "absolutely",
    "entirely",
    "vigorously",
    "emphatically",
    "wholly",
    "flatly",
];

/// A denial in the first person, in quotation marks: "I" or "we",
/// perhaps up to two adverbs that strengthen it, then "deny", "reject",
/// "refute", "dispute" or "repudiate" ("We categorically reject these
/// claims"). Not in a question or a condition ("If we deny it, …"), nor
/// after an auxiliary ("we would never deny …", "we do not dispute …").
/// ("I can confirm that …" stays a claim of the speaker's own, as
/// "confirmed that …" does.)
fn own_verb(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    if lows.iter().any(|w| matches!(*w, "if" | "unless" | "?")) {
        return None;
    }
    (0..tokens.len()).find_map(|i| {
        if !tokens[i].quoted || !matches!(lows[i], "i" | "we") {
            return None;
        }
        let mut k = i + 1;
        while k < lows.len() && k < i + 3 && STRENGTHENING.contains(&lows[k]) {
            k += 1;
        }
        matches!(
            lows.get(k),
            Some(&("deny" | "reject" | "refute" | "dispute" | "repudiate"))
        )
        .then_some((ResponseKind::Denied, i))
    })
}

/// A denial by innocence held ("has always maintained her innocence",
/// "protests his innocence"), by knowing nothing of what was told, said
/// of oneself ("said he had \"no knowledge\" of any magnets"), or by
/// nothing to hide in any person ("told the Post she \"had nothing to
/// hide\""; not in a condition: "If she has nothing to hide, she should
/// welcome an inquiry"); or an answer that only takes note of what was
/// told ("said it was \"aware of the allegations\"", "The council said it
/// was aware of the report"; not "was not aware of", nor "aware of the
/// risks", nor one a refusal follows: "aware of the reports but would not
/// confirm them").
fn innocence_or_aware(lows: &[&str]) -> Option<(ResponseKind, usize)> {
    let conditional = lows.iter().any(|w| matches!(*w, "if" | "unless"));
    (1..lows.len()).find_map(|i| {
        if !conditional
            && matches!(lows[i - 1], "had" | "has")
            && lows[i..].starts_with(&["nothing", "to", "hide"])
        {
            return Some((ResponseKind::Denied, i - 1));
        }
        // ("said he had \"no knowledge\" of any magnets": what was told of
        // the party, said to be unknown to it; quotation marks stepped over)
        if !conditional && lows[i] == "knowledge" {
            let word = |w: &&&str| !is_quote_mark(w);
            let mut before = lows[..i].iter().rev().filter(word);
            let mut after = lows[i + 1..].iter().filter(word);
            let no_had = before.next() == Some(&"no")
                && before
                    .next()
                    .is_some_and(|w| matches!(*w, "had" | "has" | "have"));
            // (of oneself: "we have", "he said he had"; not "residents had
            // no knowledge of the plan", a fact told)
            let own = match before.next() {
                Some(&("we" | "i")) => true,
                Some(&("he" | "she" | "it" | "they")) => before
                    .next()
                    .is_some_and(|w| matches!(*w, "said" | "says" | "insisted" | "insists")),
                _ => false,
            };
            if no_had && own && after.next() == Some(&"of") {
                return Some((ResponseKind::Denied, i));
            }
        }
        if lows[i] == "innocence"
            && matches!(lows[i - 1], "his" | "her" | "their" | "its")
            && i >= 2
            && matches!(
                lows[i - 2],
                "maintained" | "maintains" | "protested" | "protests" | "asserted" | "asserts"
            )
        {
            return Some((ResponseKind::Denied, i - 2));
        }
        // "Asked whether any station had run out, he said: \"I'm not aware
        // of that.\"": what was put, unknown to the party; "that", "it" or
        // "this" closing its clause (not "not aware of that plan").
        if lows[i] == "aware"
            && lows[i - 1] == "not"
            && lows.get(i + 1) == Some(&"of")
            && lows
                .get(i + 2)
                .is_some_and(|w| matches!(*w, "that" | "it" | "this"))
            && lows[i + 3..]
                .iter()
                .find(|w| !is_quote_mark(w))
                .is_none_or(|w| matches!(*w, "." | "," | ";" | "!"))
        {
            return Some((ResponseKind::NonDenial, i));
        }
        (lows[i] == "aware"
            && lows.get(i + 1) == Some(&"of")
            && !matches!(lows[i - 1], "not" | "unaware")
            && lows
                .get(i + 2)
                .is_some_and(|w| matches!(*w, "the" | "these" | "those" | "this"))
            && lows.get(i + 3).is_some_and(|w| {
                REPORTED.contains(w)
                    || matches!(*w, "story" | "concerns" | "complaint" | "complaints")
            })
            // (not when a refusal follows: "said it was aware of the
            // reports but would not confirm them" refuses)
            && !lows[i..].windows(3).any(|w| {
                w[0] == "but"
                    && (matches!(w[1], "declined" | "refused")
                        || (matches!(w[1], "would" | "could" | "will" | "did") && w[2] == "not"))
            }))
        .then_some((ResponseKind::NonDenial, i))
    })
}

/// Cooperation promised, or procedures vouched for, and nothing more: "We
/// will cooperate fully with any investigation", "said it was cooperating
/// fully with the regulator", "We have robust procedures in place". Read
/// only when the sentence gives no other answer: "said it was cooperating
/// fully with the prosecution and could not comment while …" refuses.
fn cooperates(lows: &[&str]) -> Option<(ResponseKind, usize)> {
    (0..lows.len())
        .find(|&i| {
            (is_cooperating(lows[i]) && lows.get(i + 1) == Some(&"fully"))
                || (lows[i] == "fully" && lows.get(i + 1).is_some_and(|w| is_cooperating(w)))
                || (lows[i] == "robust"
                    && lows.get(i + 1).is_some_and(|w| {
                        matches!(*w, "procedures" | "processes" | "safeguards" | "controls")
                    })
                    && lows.get(i + 2) == Some(&"in")
                    && lows.get(i + 3) == Some(&"place"))
        })
        .map(|i| (ResponseKind::NonDenial, i))
}

/// Dealings said to be private, in the party's own words: "Our
/// conversations with government are private", "Our discussions with the
/// club remain confidential". "our", a noun for talks, up to four words,
/// "are" or "remain", then "private" or "confidential".
fn private_dealings(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (0..lows.len()).find(|&i| {
        tokens[i].quoted
            && lows[i] == "our"
            && lows.get(i + 1).is_some_and(|w| {
                matches!(
                    *w,
                    "conversations" | "discussions" | "talks" | "dealings" | "negotiations"
                )
            })
            && (i + 2..lows.len().min(i + 7)).any(|k| {
                matches!(lows[k], "are" | "remain")
                    && lows
                        .get(k + 1)
                        .is_some_and(|w| matches!(*w, "private" | "confidential"))
            })
    })
}

/// A dealing flatly said never to have been, in the party's own words:
/// "No offer was made, on Sunday or at any other time.", "No payment was
/// ever received", "No agreement exists, signed or unsigned". "No" or "no
/// such" opening the quotation, a noun for a dealing, then within three
/// words "was", "were", "has", "have", "had", "exists" or "existed". Not
/// "No one was hurt", which tells of no dealing.
fn no_dealing(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let first = tokens.iter().position(|t| t.quoted && t.is_word())?;
    if lows[first] != "no" {
        return None;
    }
    let noun = first + 1 + usize::from(lows.get(first + 1) == Some(&"such"));
    let dealing = lows.get(noun).is_some_and(|w| {
        matches!(
            *w,
            "offer"
                | "offers"
                | "payment"
                | "payments"
                | "deal"
                | "agreement"
                | "promise"
                | "promises"
                | "approach"
                | "bid"
                | "money"
                | "bribe"
                | "meeting"
                | "request"
                | "loan"
                | "loans"
        )
    });
    (dealing
        && lows[noun + 1..lows.len().min(noun + 4)].iter().any(|w| {
            matches!(
                *w,
                "was" | "were" | "has" | "have" | "had" | "exists" | "existed"
            )
        }))
    .then_some(first)
}

/// A silence told by who was not there to answer: "Nobody from the firm
/// was available for comment", "No one at the council was available to
/// comment". "nobody" or "no one", then within eight words "available".
fn nobody_available(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let at = (0..lows.len()).find(|&i| {
        !tokens[i].quoted
            && (lows[i] == "nobody" || (lows[i] == "no" && lows.get(i + 1) == Some(&"one")))
    })?;
    lows[at + 1..lows.len().min(at + 9)]
        .contains(&"available")
        .then_some(at)
}

/// An answer that takes what was told seriously, or says it is being
/// looked into: "said it takes such allegations very seriously", "said
/// the company took the claims seriously and was looking into them", "said
/// it was investigating the claims", "said it was reviewing the matter",
/// "\"We are aware of the report and are looking into it\"". A verb of
/// taking and "seriously" within five words after it; or a form of "be",
/// then "investigating", "examining", "reviewing" or "looking into", and
/// within three words a noun for a saying, a complaint or a finding, "the
/// matter", "it" or "them", after a verb of saying within the four words
/// before (in the reporter's words) or "we" within nine (in the party's).
/// "Police said they were investigating a burglary" is none: no saying is
/// looked into. Returns where the verb is.
fn takes_seriously(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let serious = (0..lows.len()).find(|&i| {
        matches!(lows[i], "takes" | "take" | "took" | "taking")
            && lows[i + 1..lows.len().min(i + 6)].contains(&"seriously")
            && (charge_object(lows, i + 1)
                || lows[i + 1..lows.len().min(i + 4)].iter().any(|w| {
                    matches!(*w, "it" | "them" | "this" | "matter" | "concerns")
                        || REPORTED.contains(w)
                }))
    });
    serious.or_else(|| {
        (2..lows.len()).find(|&i| {
            let looking = match lows[i] {
                "investigating" | "examining" | "reviewing" => Some(i + 1),
                "looking" if lows.get(i + 1) == Some(&"into") => Some(i + 2),
                _ => None,
            };
            looking.is_some_and(|o| {
                be(lows[i - 1])
                    && (if tokens[i].quoted {
                        // ("We are aware of the report and are looking
                        // into it": the party's own words)
                        lows[i.saturating_sub(9)..i].contains(&"we")
                    } else {
                        lows[..i - 1].iter().rev().take(4).any(|w| is_saying(w))
                    })
                    && lows[o..lows.len().min(o + 3)].iter().any(|w| {
                        matches!(
                            *w,
                            "them"
                                | "it"
                                | "complaint"
                                | "complaints"
                                | "concerns"
                                | "matter"
                                | "findings"
                        ) || REPORTED.contains(w)
                    })
            })
        })
    })
}

/// "It would be wrong of me to speculate", "it would be premature to
/// comment", "it would not be appropriate to comment on an individual
/// product": a refusal by what it would be improper to do.
fn improper_to_say(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    (0..tokens.len()).find(|&i| {
        // ("it would not be appropriate to comment", "it wouldn't be right
        // to speculate": what is not proper)
        let not_before = lows[i.saturating_sub(2)..i]
            .iter()
            .any(|w| *w == "not" || w.ends_with("n't"));
        (matches!(
            lows[i],
            "wrong" | "inappropriate" | "premature" | "improper" | "irresponsible"
        ) && !matches!(lows.get(i.wrapping_sub(1)), Some(&"not"))
            || matches!(lows[i], "appropriate" | "proper" | "right") && not_before)
            && lows
                .iter()
                .skip(i + 1)
                .take(4)
                .position(|w| *w == "to")
                .is_some_and(|k| {
                    lows.get(i + 2 + k).is_some_and(|w| {
                        matches!(
                            *w,
                            "comment" | "speculate" | "discuss" | "prejudge" | "say" | "elaborate"
                        )
                    })
                })
    })
}

/// A body's rule of not discussing, told by the reporter: "the council
/// said it did not discuss contract performance while talks with
/// suppliers were continuing", "The bank says it does not discuss
/// individual customers.", "said in a statement that it did not discuss
/// the finances of its partners". A verb of saying (or its "that"), "it",
/// "did not", "does not",
/// "didn't" or "doesn't", then "discuss": the body's refusal, not a deed
/// (not "he said he did not discuss the case", a person's denial; not
/// "said it did not discuss the sale at the meeting" or "with the
/// minister", what a meeting did or did not do: "at" or "with" within the
/// four words after, before any "while", "during" or "until"). Not in
/// quotation marks. Returns where "discuss" is.
fn rule_of_silence(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let at = (3..lows.len()).find(|&i| {
        lows[i] == "discuss"
            && !tokens[i].quoted
            && match lows[i - 1] {
                "didn't" | "doesn't" => lows[i - 2] == "it" && said_before(lows, i - 3),
                "not" => {
                    i >= 4
                        && matches!(lows[i - 2], "did" | "does")
                        && lows[i - 3] == "it"
                        && said_before(lows, i - 4)
                }
                _ => false,
            }
    })?;
    (!lows
        .iter()
        .skip(at + 1)
        .take(4)
        .take_while(|w| !matches!(**w, "while" | "during" | "until" | ","))
        .any(|w| matches!(*w, "at" | "with")))
    .then_some(at)
}

/// Whether the word at `k` is a verb of saying, or the "that" of one in
/// the five words before it ("said in a statement that it …").
fn said_before(lows: &[&str], k: usize) -> bool {
    is_saying(lows[k])
        || lows[k] == "that" && lows[k.saturating_sub(5)..k].iter().any(|w| is_saying(w))
}

fn is_saying(w: &str) -> bool {
    // ("Portlow Police say this is false.": a body in the plural)
    matches!(
        w,
        "said" | "says" | "say" | "added" | "explained" | "stated"
    )
}

/// Whether the quoted words at `i` are a refusal the reporter relates in
/// the party's words, after the reporter's own pronoun: "said it \"would
/// not comment on individual cases\"" (so `declined`, not `non-denial`).
pub(crate) fn related_in_marks(tokens: &[Token], i: usize) -> bool {
    word_before_marks(tokens, i)
        .is_some_and(|t| !t.quoted && matches!(t.low(), "it" | "he" | "she" | "they"))
}

/// The token before the quotation marks that open at or before `i`.
fn word_before_marks<'t, 'a>(tokens: &'t [Token<'a>], i: usize) -> Option<&'t Token<'a>> {
    tokens[..i].iter().rev().find(|t| !t.is_quote_mark())
}

/// "Tullett answered \"no comment\" when officers asked him about the
/// cash", "Mr Purslow answered \"no comment\" to every question": the
/// reporter relates, in marks, the refusal a party gave as its answer, the
/// marks holding nothing more; declined, as in the reporter's words.
fn answered_in_marks(tokens: &[Token], i: usize, len: usize) -> bool {
    let before = word_before_marks(tokens, i);
    let marks_close = tokens
        .get(i + len)
        .is_some_and(|t| t.is_quote_mark() || !t.quoted);
    marks_close
        && before.is_some_and(|t| {
            !t.quoted && matches!(t.low(), "answered" | "replied" | "responded" | "gave")
        })
}

/// Which of the words some readings of an answer need a sentence holds,
/// found in one pass over its words.
#[derive(Default)]
struct Seen {
    /// "accept", "accepts" (`not_accepted`)
    accept: bool,
    /// "innocence", "aware", "hide", "knowledge" (`innocence_or_aware`)
    innocence: bool,
    /// "no", "nobody" (`no_dealing`, `nobody_available`, `no_record_quoted`)
    no: bool,
    /// "line", "met", "meets" (`by_the_rules`)
    line: bool,
    /// "our" (`private_dealings`)
    our: bool,
    /// "seriously", "investigating", "examining", "reviewing", "looking"
    /// (`takes_seriously`)
    looked: bool,
    /// "deny", "reject", "refute", "dispute", "repudiate" (`own_verb`)
    denying: bool,
    /// a form of "cooperate" (`is_cooperating`), "robust" (`cooperates`)
    cooperating: bool,
    /// a verb of meeting or talking (`meets_many`)
    meeting: bool,
    /// "wrong", "inappropriate", "premature", "improper", "irresponsible",
    /// "appropriate", "proper", "right" (`improper_to_say`)
    improper: bool,
    /// "never" (`never_did`)
    never: bool,
    /// "was", "is", "were", "are" (`verdict_on_saying`, `granted_saying`)
    be: bool,
    /// "acted", "nothing", "followed", "obeyed", "complied" (`own_conduct`)
    conduct: bool,
    /// "discuss" (`rule_of_silence`)
    discuss: bool,
    /// "review" (`kept_under_review`)
    review: bool,
    /// "notified", "notification" (`not_notified_quoted`)
    notified: bool,
}

impl Seen {
    fn of(lows: &[&str]) -> Seen {
        let mut seen = Seen::default();
        for w in lows {
            match *w {
                "accept" | "accepts" => seen.accept = true,
                "innocence" | "aware" | "hide" | "knowledge" => seen.innocence = true,
                "no" | "nobody" => seen.no = true,
                "notified" | "notification" => seen.notified = true,
                "our" => seen.our = true,
                "seriously" | "investigating" | "examining" | "reviewing" | "looking" => {
                    seen.looked = true
                }
                "deny" | "reject" | "refute" | "dispute" | "repudiate" => seen.denying = true,
                w if w == "robust" || is_cooperating(w) => seen.cooperating = true,
                // (a verb of meeting, and of meeting a standard)
                "met" | "meets" => {
                    seen.meeting = true;
                    seen.line = true;
                }
                w if is_meeting(w) => seen.meeting = true,
                "wrong" | "inappropriate" | "premature" | "improper" | "irresponsible"
                | "appropriate" | "proper" | "right" => seen.improper = true,
                "never" => seen.never = true,
                "was" | "is" | "were" | "are" => seen.be = true,
                "acted" | "nothing" | "followed" | "obeyed" | "complied" => seen.conduct = true,
                "discuss" => seen.discuss = true,
                "line" => seen.line = true,
                "review" => seen.review = true,
                _ => {}
            }
        }
        seen
    }
}

/// The kind of answer a sentence gives, and where its phrase starts.
pub(crate) fn response(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    // (the words each of the readings below cannot do without, seen in
    // one pass: most sentences hold none of them, and skip them all)
    let seen = Seen::of(lows);
    if let Some(i) = seen
        .improper
        .then(|| improper_to_say(tokens, lows))
        .flatten()
    {
        let kind = if tokens[i].quoted {
            ResponseKind::NonDenial
        } else {
            ResponseKind::Declined
        };
        return Some((kind, i));
    }
    if let Some(i) = seen
        .never
        .then(|| never_did(tokens, lows))
        .flatten()
        .or_else(|| seen.be.then(|| verdict_on_saying(tokens, lows)).flatten())
        .or_else(|| seen.conduct.then(|| own_conduct(tokens, lows)).flatten())
    {
        return Some((ResponseKind::Denied, i));
    }
    if let Some(i) = seen.be.then(|| granted_saying(tokens, lows)).flatten() {
        return Some((ResponseKind::Confirmed, i));
    }
    if let Some(i) = seen.no.then(|| no_record_quoted(tokens, lows)).flatten() {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen
        .notified
        .then(|| not_notified_quoted(tokens, lows))
        .flatten()
    {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen.no.then(|| no_ties_of_its_own(lows)).flatten() {
        return Some((ResponseKind::Denied, i));
    }
    if let Some(found) = no_to_the_question(tokens) {
        return Some(found);
    }
    if let Some(i) = seen.line.then(|| by_the_rules(tokens, lows)).flatten() {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen
        .review
        .then(|| kept_under_review(tokens, lows))
        .flatten()
    {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen.accept.then(|| not_accepted(tokens, lows)).flatten() {
        return Some((ResponseKind::Denied, i));
    }
    if let Some(found) = seen.innocence.then(|| innocence_or_aware(lows)).flatten() {
        return Some(found);
    }
    if let Some(i) = seen.no.then(|| no_dealing(tokens, lows)).flatten() {
        return Some((ResponseKind::Denied, i));
    }
    if let Some(i) = seen.our.then(|| private_dealings(tokens, lows)).flatten() {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen.no.then(|| nobody_available(tokens, lows)).flatten() {
        return Some((ResponseKind::NoResponse, i));
    }
    if let Some(i) = seen.looked.then(|| takes_seriously(tokens, lows)).flatten() {
        return Some((ResponseKind::NonDenial, i));
    }
    if let Some(i) = seen
        .discuss
        .then(|| rule_of_silence(tokens, lows))
        .flatten()
    {
        return Some((ResponseKind::Declined, i));
    }
    // "Asked whether …, Salvesen said: \"I'm not going to …\"": a question
    // put to a party, answered by a refusal in their own words.
    if lows.first() == Some(&"asked") {
        // "I don't answer …", "nothing to add", "not going to", "too early
        // to say", "This is not the day for that conversation".
        let refuses = tokens.iter().enumerate().any(|(i, t)| {
            let next = |k: usize| lows.get(i + k).copied().unwrap_or_default();
            t.quoted
                && (t.low().ends_with("n't")
                    || t.lower == "nothing"
                    || (t.lower == "not" && next(1) == "going")
                    || (t.lower == "too" && next(1) == "early")
                    || (t.lower == "not"
                        && next(1) == "the"
                        && matches!(next(2), "day" | "time" | "moment" | "place")
                        && next(3) == "for"))
        });
        if let Some(at) = refuses
            .then(|| tokens.iter().position(|t| t.quoted && t.is_word()))
            .flatten()
        {
            return Some((ResponseKind::NonDenial, at));
        }
        // "Asked whether the site was for sale, the leader said: \"We look
        // at every option.\"": a quoted answer, after a colon, that says
        // neither yes nor no, nor denies, nor refuses in so many words.
        // ("Asked on a call with analysts whether …": up to the comma)
        // ("Asked about the report, Tomasevski said: \"The president does
        // not deal in hypotheticals.\"": a matter put, not a question,
        // answered as one)
        let yes_no_question = lows
            .iter()
            .skip(1)
            .take(10)
            .take_while(|w| **w != ",")
            .any(|w| matches!(*w, "whether" | "if"))
            || (lows.get(1) == Some(&"about")
                && (matches!(
                    lows.get(2),
                    Some(&("the" | "this" | "that" | "its" | "his" | "her" | "their"))
                ) || named_saying(tokens, lows))
                // (not one answered by a verb of denial: "Asked about the
                // report, she dismissed it as \"a work of fiction\"")
                && !lows.iter().any(|w| {
                    matches!(
                        *w,
                        "dismissed"
                            | "denied"
                            | "rejected"
                            | "disputed"
                            | "refuted"
                            | "called"
                            | "described"
                            | "branded"
                            | "confirmed"
                    )
                }));
        let colon_quote = (1..tokens.len()).find(|&i| {
            tokens[i].quoted
                && tokens[i].is_word()
                && tokens[..i]
                    .iter()
                    .rev()
                    .find(|t| !t.is_quote_mark())
                    .is_some_and(|t| t.text == ":")
        });
        // (a yes or a no opening the quoted words; "There is no proposal
        // before this council to sell anything" answers neither)
        let first_quoted = tokens.iter().find(|t| t.quoted && t.is_word());
        let answers = first_quoted.is_some_and(|t| matches!(t.low(), "yes" | "no"))
            || tokens.iter().filter(|t| t.quoted).any(|t| {
                matches!(
                    t.low(),
                    "not" | "never" | "deny" | "denied" | "true" | "false" | "untrue"
                ) || t.low().ends_with("n't")
            });
        // (or quoted words after the question's clause: "Asked whether …, a
        // spokesperson said the trust \"recognises there is more to do\"")
        let comma = lows.iter().position(|w| *w == ",");
        let quote_after = comma
            .and_then(|c| (c + 1..tokens.len()).find(|&i| tokens[i].quoted && tokens[i].is_word()));
        if let Some(at) = colon_quote
            .or(quote_after)
            .filter(|_| yes_no_question && !answers)
        {
            return Some((ResponseKind::NonDenial, at));
        }
    }
    for i in 0..tokens.len() {
        if let Some((phrase, kind)) = response_phrases().at(lows, i).next() {
            // (an answer only in the party's own words: "That's not right"
            // opening its quotation, "That figure includes …", "very sorry
            // to hear"; not the reporter's "That figure includes 300 agency
            // nurses, the report shows", nor a campaigner's "… and that's
            // not right")
            if own_words_only(phrase) && !opens_own_words(tokens, i, phrase) {
                continue;
            }
            // (every option weighed is no answer when the sentence grants or
            // denies: "confirmed that advisers had been brought in \"to look
            // at every option\"")
            if weighs_every_option(phrase)
                && lows.iter().any(|w| {
                    matches!(
                        *w,
                        "confirmed"
                            | "confirms"
                            | "accepted"
                            | "admitted"
                            | "acknowledged"
                            | "denied"
                            | "denies"
                            | "rejected"
                    )
                })
            {
                continue;
            }
            // A refusal in the party's own words ("We do not comment on
            // speculation") neither confirms nor denies; one the reporter
            // relates is declined.
            if kind == ResponseKind::Declined
                && tokens[i].quoted
                && !related_in_marks(tokens, i)
                && !answered_in_marks(tokens, i, phrase.len())
            {
                return Some((ResponseKind::NonDenial, i));
            }
            // "no decision had been taken until the board met last week":
            // a decision taken at a later time than the one charged denies
            // the charge's time.
            if phrase.get(1) == Some(&"decision")
                && lows[i + phrase.len()..]
                    .iter()
                    .take(2)
                    .any(|w| matches!(*w, "until" | "before"))
            {
                return Some((ResponseKind::Denied, i));
            }
            return Some((kind, i));
        }
        let t = &tokens[i];
        if t.quoted {
            continue;
        }
        let next = tokens.get(i + 1).map_or("", |n| n.low());
        // "has not confirmed it" hedges a claim; it is not an answer.
        if i > 0 && matches!(tokens[i - 1].low(), "not" | "never" | "n't") {
            continue;
        }
        // "accepted the audit's findings", "admitted the failings": a
        // grant of what was found or told; "confirmed that the two burial
        // errors had taken place": of what was told before, by a
        // definite description.
        // ("admitted making the payment": a deed granted, as a gerund)
        let deed_granted = matches!(
            t.low(),
            "admitted" | "admits" | "acknowledged" | "acknowledges"
        ) && next.len() > 5
            && next.ends_with("ing")
            && !matches!(next, "during" | "nothing" | "something" | "everything");
        if deed_granted || granted_object(tokens, lows, i) || event_granted(tokens, lows, i) {
            return Some((ResponseKind::Confirmed, i));
        }
        // "strongly disagreed with the findings", "disagrees with the
        // union's figures": a verdict on what was told (not "disagreed with
        // the plan", a position).
        if matches!(t.low(), "disagreed" | "disagrees")
            && next == "with"
            && lows
                .iter()
                .skip(i + 2)
                .take(4)
                .take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '\''))
                .any(|w| super::denials::is_told_noun(w))
        {
            return Some((ResponseKind::Denied, i));
        }
        // "Mr Sethna put it to Mr Yarwood that petrol had been stored in
        // the back room. Mr Yarwood disagreed.", "The company disagrees
        // with that.": a verdict on what was just put, the verb ending
        // the clause.
        if matches!(t.low(), "disagreed" | "disagrees")
            && !tokens[i].quoted
            && matches!(
                lows.get(i + 1..).unwrap_or_default(),
                [] | ["." | "!" | ";", ..]
                    | [
                        "with",
                        "this" | "that" | "it" | "him" | "her" | "them",
                        "." | "!"
                    ]
                    | ["with", "this" | "that" | "it" | "him" | "her" | "them"]
            )
        {
            return Some((ResponseKind::Denied, i));
        }
        let kind = match t.low() {
            "denied" | "denies" | "deny" | "rejected" | "rejects" | "disputes" | "disputed"
            | "contested" | "contests" | "dismissed" | "dismisses" | "refuted" | "refutes" => {
                ResponseKind::Denied
            }
            "confirmed" | "confirms" => ResponseKind::Confirmed,
            // "…,\" the minister told parliament on Monday, rejecting the
            // report's findings.": a participle closing the attribution,
            // of a charge or of what was found.
            w if is_denying_participle(w) => {
                let of_finding = lows.iter().skip(i + 1).take(4).any(|w| {
                    matches!(
                        *w,
                        "findings" | "conclusions" | "account" | "figures" | "figure"
                    )
                });
                if i > 0 && lows[i - 1] == "," && (charge_object(lows, i + 1) || of_finding) {
                    return Some((ResponseKind::Denied, i));
                }
                continue;
            }
            // "called the claims \"nonsense\"": a verb of naming, a charge and a verdict;
            // "called it \"nonsense\"": a verdict just after "it" or "that".
            "called" | "calls" | "described" | "describes" | "branded" | "brands" => {
                let verdict_at = |k: usize| {
                    tokens
                        .iter()
                        .skip(k)
                        .take(2)
                        .any(|t| t.quoted && t.is_word())
                };
                if (charge_object(lows, i + 1) && tokens.iter().skip(i + 2).any(|t| t.quoted))
                    || (matches!(next, "it" | "this" | "that" | "them") && verdict_at(i + 2))
                {
                    return Some((ResponseKind::Denied, i));
                }
                continue;
            }
            _ => continue,
        };
        // "denies six counts of fraud", "denied any wrongdoing", "dismissed
        // the allegations as", "dismissed as \"absurd\"".
        // "dismissed the charges" alone is a court's act, not a denial.
        let dismissed = t.low().starts_with("dismiss");
        let as_after = lows.iter().skip(i + 1).take(5).any(|w| *w == "as");
        // "deny giving any such authorisation", "denies taking bribes": a
        // denial of a deed (also "denies ever discussing money with him").
        let gerund = if next == "ever" {
            lows.get(i + 2).copied().unwrap_or("")
        } else {
            next
        };
        let deed = matches!(t.low(), "deny" | "denies" | "denied")
            && gerund.len() > 4
            && gerund.ends_with("ing")
            && !matches!(gerund, "during" | "nothing" | "something" | "everything");
        if kind == ResponseKind::Denied
            && ((charge_object(lows, i + 1) && (!dismissed || as_after))
                || (dismissed && next == "as")
                || deed)
        {
            return Some((kind, i));
        }
        // "dismissed the suggestion", "dismissed reports of a rift": a
        // telling, not a court's case ("dismissed the charges", "the
        // claim").
        if dismissed && !as_after && dismissed_telling(lows, i + 1) {
            return Some((kind, i));
        }
        if dismissed && !as_after {
            continue;
        }
        // "confirmed she had been a trustee", "confirmed that they were
        // members of the board": a party's grant of what was told of it.
        if kind == ResponseKind::Confirmed && self_confirmed(lows, i) {
            return Some((kind, i));
        }
        // ("rejected her account", "disputed their figures": a saying of
        // the one just named, by its noun)
        let their_saying = matches!(next, "her" | "his" | "their")
            && lows.get(i + 2).is_some_and(|w| REPORTED.contains(w));
        if kind == ResponseKind::Denied && their_saying {
            return Some((kind, i));
        }
        // "Quorvane denies its operations have affected the springs": a
        // denial of a clause with no "that", its subject a possessive's
        // noun and its auxiliary within three words.
        let clause = matches!(next, "its" | "his" | "her" | "their" | "our")
            && lows
                .iter()
                .skip(i + 2)
                .take(3)
                .any(|w| matches!(*w, "had" | "has" | "have" | "was" | "were" | "is" | "are"));
        if kind == ResponseKind::Denied && clause {
            return Some((kind, i));
        }
        if ANSWERED.contains(&next) {
            // "denied that …" also asserts; "confirmed that …" is a claim of its own.
            if kind == ResponseKind::Confirmed && next == "that" {
                continue;
            }
            return Some((kind, i));
        }
    }
    if let Some(found) = across_marks(tokens, lows) {
        return Some(found);
    }
    own_refusal(tokens, lows, true)
        .or_else(|| could_not_confirm(tokens, lows).map(|i| (ResponseKind::Declined, i)))
        .or_else(|| timing_by_chance(lows).map(|i| (ResponseKind::Denied, i)))
        .or_else(|| own_denial(tokens, lows, true))
        .or_else(|| seen.denying.then(|| own_verb(tokens, lows)).flatten())
        .or_else(|| super::answers::deflection(tokens, lows, true))
        .or_else(|| super::denials::quoted_denial(tokens, lows))
        .or_else(|| super::answers::told_answer(tokens, lows))
        .or_else(|| super::answers::quoted_verdict(tokens))
        .or_else(|| seen.cooperating.then(|| cooperates(lows)).flatten())
        .or_else(|| {
            seen.meeting
                .then(|| meets_many(tokens, lows))
                .flatten()
                .map(|i| (ResponseKind::NonDenial, i))
        })
}

/// A phrase of `RESPONSES` that a quotation mark cuts: "said it was \"far
/// too early\" to say what had caused the burst", "said it was unable to
/// \"discuss individual patients\"". Its words are read with the marks
/// left out. One only in the party's own words (`own_words_only`) is not
/// read so, nor one after "but", which follows a claim of the sentence's
/// own. (Cut by a mark, a refusal is partly in the reporter's words:
/// declined, not the non-denial of one wholly in the party's.) Returns the
/// kind and where the phrase's first word is.
fn across_marks(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    // (a phrase is never this long, and starts fewer words than this
    // before the mark that cuts it)
    const LONGEST: usize = 8;
    // (a mark that cuts a phrase has a word on each side: not one that
    // opens a sentence or a quotation after a colon, nor one that closes
    // it before a stop)
    let cuts = |m: usize| {
        m > 0 && tokens[m - 1].is_word() && tokens.get(m + 1).is_some_and(Token::is_word)
    };
    // (a word, most tokens, is told by a flag, before any mark is compared)
    let marks =
        (0..tokens.len()).filter(|&m| !tokens[m].is_word() && tokens[m].is_quote_mark() && cuts(m));
    for m in marks {
        // (the words around the mark, the marks left out, and where each
        // one is)
        let mut words = [""; 2 * LONGEST];
        let mut at = [0; 2 * LONGEST];
        let mut n = 0;
        for k in m.saturating_sub(LONGEST)..tokens.len().min(m + LONGEST) {
            if !tokens[k].is_quote_mark() {
                words[n] = lows[k];
                at[n] = k;
                n += 1;
            }
        }
        for j in (0..n).take_while(|&j| at[j] < m) {
            let Some((_, kind)) = response_phrases()
                .at(&words[..n], j)
                .find(|(p, _)| !own_words_only(p))
            else {
                continue;
            };
            // (not after "but", a claim told first: "said 23 people had
            // reported symptoms …, but that it was \"too early\" to say
            // whether the cases were linked")
            if lows[..at[j]].contains(&"but") {
                continue;
            }
            return Some((kind, at[j]));
        }
    }
    None
}

/// "Asked about Mr Fawcett's account", "Asked about Treasury figures":
/// after "Asked about", up to three words in capitals, then a noun for
/// what was told (`denials::is_told_noun`).
fn named_saying(tokens: &[Token], lows: &[&str]) -> bool {
    let name = (2..tokens.len().min(5))
        .take_while(|&k| tokens[k].is_word() && tokens[k].is_cap() && !tokens[k].quoted)
        .last();
    name.is_some_and(|k| {
        lows.get(k + 1)
            .is_some_and(|w| super::denials::is_told_noun(w))
    })
}

/// A participle of denying that closes an attribution: "…, rejecting the
/// report's findings", "…, disputing the campaigners' figures".
pub(crate) fn is_denying_participle(w: &str) -> bool {
    matches!(w, "rejecting" | "disputing" | "denying")
}

/// A motive charged, denied by calling the timing chance: "told Intermark
/// the timing was \"a coincidence\"", "said the timing was purely
/// coincidental". "timing", then "coincidence" or "coincidental" within
/// the next six words, quotation marks aside; not in a question. Returns
/// where "timing" is.
fn timing_by_chance(lows: &[&str]) -> Option<usize> {
    if lows.contains(&"?") {
        return None;
    }
    let at = lows.iter().position(|w| *w == "timing")?;
    lows[at + 1..]
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(6)
        .any(|w| matches!(*w, "coincidence" | "coincidental"))
        .then_some(at)
}

/// A party that said it could not confirm what was put: "Portcallow's
/// harbour master, Diarmuid Gaskin, said he could not confirm the size of
/// the bloom", "The agency says it cannot confirm the figure". A verb of
/// saying, a pronoun, "could not", "cannot" or "can't", then "confirm"
/// and no "that" after it (not the outlet's own "could not independently
/// confirm", a hedge). Returns where the pronoun is.
fn could_not_confirm(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let v = lows.iter().position(|w| *w == "confirm")?;
    let at = match lows[..v] {
        [.., "could" | "can", "not"] => v.checked_sub(3)?,
        [.., "cannot" | "can't"] => v.checked_sub(2)?,
        _ => return None,
    };
    (at >= 1
        && matches!(lows[at], "he" | "she" | "it" | "they")
        && matches!(lows[at - 1], "said" | "says" | "told")
        && !tokens[at].quoted
        && lows.get(v + 1).is_some_and(|n| *n != "that"))
    .then_some(at)
}

/// A party saying they meet or talk to many people, in their own words (in
/// quotation marks, or an answer under a transcript's speaker label), which
/// grants no meeting and denies none: "We talk to a lot of people in
/// government", "I've met hundreds of employers and providers in this
/// job", `said the deputy minister "meets a wide range of people"`, `said
/// he "talks to everyone in parliament"`. A verb of meeting or talking,
/// then within three words ("to", "with", "regularly" …) "a lot of",
/// "lots of", "hundreds of", "dozens of", "a wide range of", "all sorts
/// of", "many", "everyone" or "everybody". Returns where the verb is.
pub(crate) fn meets_many(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let spoken = after_label(tokens).len() < tokens.len();
    (0..lows.len()).find(|&i| {
        if !is_meeting(lows[i]) || !(tokens[i].quoted || spoken) {
            return false;
        }
        let rest: Vec<&str> = (i + 1..lows.len())
            .filter(|&k| !tokens[k].is_quote_mark())
            .map(|k| lows[k])
            .skip_while(|w| matches!(*w, "to" | "with" | "regularly" | "routinely" | "often"))
            .take(4)
            .collect();
        matches!(
            rest.as_slice(),
            ["a", "lot" | "great" | "wide" | "huge", ..]
                | ["lots" | "hundreds" | "dozens" | "thousands", "of", ..]
                | ["all", "sorts" | "kinds", "of", ..]
                | ["many" | "everyone" | "everybody", ..]
        )
    })
}

/// A verb of meeting or talking, in any of its forms.
fn is_meeting(w: &str) -> bool {
    matches!(
        w,
        "meet"
            | "meets"
            | "met"
            | "meeting"
            | "talk"
            | "talks"
            | "talked"
            | "talking"
            | "speak"
            | "speaks"
            | "spoke"
            | "speaking"
    )
}

/// A form of "cooperate" ("co-operate"): "cooperating fully", "had
/// cooperated fully".
fn is_cooperating(w: &str) -> bool {
    matches!(
        w,
        "cooperate" | "cooperating" | "cooperated" | "co-operate" | "co-operating" | "co-operated"
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{lows, tokenize};
    use super::*;

    #[test]
    fn no_plan_or_link_whatsoever_in_the_partys_words_is_a_denial() {
        let kind = |text: &str| {
            let mut html = 0;
            let quoted = super::super::sentences::quoted_ranges(text, 0, text.len(), &[text.len()]);
            let t = tokenize(text, 0, text.len(), &quoted, &mut html);
            own_denial(&t, &lows(&t), true).map(|(k, _)| k)
        };
        for text in [
            "A spokesman for Vale Pastures said there were \"no plans whatsoever\" to close Farrowdale.",
            "\"There is no link whatsoever between our operations and this landslip,\" the director said.",
            "\"We have found no evidence whatsoever of contamination,\" the firm said.",
            "The board said there was \"no connection whatsoever\" between the donation and the contract.",
            "The trust said the claims made by the families were \"not borne out\" by its own case reviews.",
            "\"Those figures are simply not borne out by our records,\" the firm said.",
        ] {
            assert_eq!(kind(text), Some(ResponseKind::Denied), "{text}");
        }
        for text in [
            // (the reporter's words, a plan without the emphasis, or a
            // want of something else)
            "There is no link whatsoever between the two studies, the authors found.",
            "\"We have no plans to close the library,\" she said.",
            "\"We have no money whatsoever left for repairs,\" the chair said.",
            "\"If there is no evidence whatsoever, the case will collapse,\" he said.",
            "The fears were not borne out by the trial, the authors said.",
        ] {
            assert_eq!(kind(text), None, "{text}");
        }
    }

    /// The kind of answer `response` reads in a sentence.
    fn kind_of(text: &str) -> Option<ResponseKind> {
        let mut html = 0;
        let quoted = super::super::sentences::quoted_ranges(text, 0, text.len(), &[text.len()]);
        let t = tokenize(text, 0, text.len(), &quoted, &mut html);
        response(&t, &lows(&t)).map(|(k, _)| k)
    }

    #[test]
    fn rules_of_silence_what_one_cannot_say_and_a_reading_denied() {
        for (text, kind) in [
            (
                "\"The bureau does not discuss operational matters, past or present,\" the State Protection Bureau said.",
                ResponseKind::NonDenial,
            ),
            (
                "The bureau does not discuss operational matters, the minister said.",
                ResponseKind::Declined,
            ),
            (
                "She said she could not say how many warrants had been issued or whom they concerned.",
                ResponseKind::Declined,
            ),
            (
                "In a police interview read to the jury, Garrow said: \"I've got nothing to say about any deer.\"",
                ResponseKind::NonDenial,
            ),
            (
                "ALICE MORROW: That's not what the report says.",
                ResponseKind::Denied,
            ),
            (
                "Portlow Police said it was \"not aware of any earlier find\".",
                ResponseKind::NonDenial,
            ),
            (
                "Asked whether any station had run out, he said: \"I'm not aware of that.\"",
                ResponseKind::NonDenial,
            ),
            ("\"We're not aware of it,\" she said.", ResponseKind::NonDenial),
            (
                "Haldemar said in an emailed statement that it had \"received no notification of any change to the contract\".",
                ResponseKind::NonDenial,
            ),
            (
                "Quorvane said in a statement that it had \"not been notified of any decision by the ministry\".",
                ResponseKind::NonDenial,
            ),
            (
                "Quorvane denies its operations have affected the springs and says groundwater in the area has been falling for decades because of drought.",
                ResponseKind::Denied,
            ),
            (
                "It did not say how many posts would go.",
                ResponseKind::Declined,
            ),
            ("Portlow Police say this is false.", ResponseKind::Denied),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        // (what one cannot say of a fact, no refusal: "could not say
        // enough about the nurses"; nothing said of a discussion held)
        for text in [
            "She said she could not say enough about the nurses who cared for him.",
            "The bureau discussed the matter on Monday, the minister said.",
            "Residents said they were not aware of that plan until May.",
            "Residents said they had not been notified of the closure.",
            "The court denied his appeal on Monday.",
            "The regulator confirmed its inspectors were at the site.",
            "The ministry said it had sent \"a formal notification\" to the company.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn no_decision_until_later_denies_the_time_charged() {
        for text in [
            "Ms Holroyce said no decision had been taken until the board met last week.",
            // (in other words)
            "The council said no decision had been made before the cabinet met in June.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near miss: no decision yet leaves the question open.
        assert_eq!(
            kind_of("The company said no decision had been taken on the site's future."),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn a_plain_no_or_yes_to_a_question_related_is_an_answer() {
        for (text, kind) in [
            (
                "Asked whether Brightflow had seen the findings before they were published, Dr Quistgaard said: \"No, they saw them when everyone else did.\"",
                ResponseKind::Denied,
            ),
            (
                "Asked on Monday if the trust had known of the fault, a spokesman said: \"Yes. We told the regulator in May.\"",
                ResponseKind::Confirmed,
            ),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        // Near misses: no question related, or no plain no or yes.
        for text in [
            "Dr Quistgaard said: \"No, they saw them when everyone else did.\"",
            "Asked whether the findings were new, she said: \"No doubt others saw it too.\"",
        ] {
            let mut html = 0;
            let quoted = super::super::sentences::quoted_ranges(text, 0, text.len(), &[text.len()]);
            let t = tokenize(text, 0, text.len(), &quoted, &mut html);
            assert_eq!(no_to_the_question(&t), None, "{text}");
        }
    }

    #[test]
    fn keeping_to_the_rules_in_the_partys_words_is_a_non_denial() {
        for text in [
            "The company said it had briefed union representatives \"in line with its legal obligations\".",
            // (in other words)
            "The trust said the patients had been moved \"in line with national guidance\".",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near misses: the reporter's words, a grant, a line of no rule, a
        // rule said not kept.
        for text in [
            "The company briefed union representatives in line with its legal obligations.",
            "The company confirmed that redundancy terms would be \"in line with the statutory scheme\".",
            "She said prices were \"in line with what shops will pay\".",
            "The union said the cuts were \"not in line with national guidance\".",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn keeping_a_thing_under_review_in_the_partys_words_is_a_non_denial() {
        for text in [
            "A Department of Health spokesperson said: \"We keep all waiting-time standards under review.\"",
            // (in other words)
            "A spokesperson for the agency said: \"We keep our monitoring network under constant review.\"",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near misses: the reporter's words of the body, a promise to
        // review, a thing said not to be kept under review, a keeping of
        // no review.
        for text in [
            "The department keeps all waiting-time standards under review.",
            "A spokesperson said: \"We will review the standards in the spring.\"",
            "A spokesperson said: \"We do not keep the standards under review.\"",
            "A spokesperson said: \"We keep our promises to patients.\"",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn no_links_a_party_says_it_has_is_a_denial() {
        for text in [
            // (seen: a contractor's local partner)
            "Esquin Civil Works said in a statement that it had \"no links of any kind\" to any government official.",
            "The firm says it has no connection to the minister's family.",
            "The two companies said they have no ties to each other.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near misses: another's links told, and a pronoun of someone else.
        for text in [
            "Police said the gang had no links to the earlier thefts.",
            "The report said it had links to the minister's family.",
            "If it had no links to the council, the contract would stand.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_record_the_party_says_it_has_not_is_a_non_denial() {
        for text in [
            "The council said in a statement that it had \"no record\" of receiving them.",
            // (in other words)
            "The hospital said it had \"no record of\" the complaint.",
            // (seen: the party of itself, in the reporter's words)
            "Lindhurst said it had no record of the call.",
            "The landlords said they had no record of any complaint about the boiler.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near misses: the reporter's own "no record", a search that found
        // none, quoted or not, and a witness telling of a body.
        for text in [
            "The company had no record of any concern about staffing being raised before the accident.",
            "She said the company had no record of any concern about staffing.",
            "Lindhurst said he had no record of the call.",
            "An audit found it had no record of the payments.",
            "No record of any such loan had been found in the club's books.",
            "The auditor said \"no record of any payment\" had been found.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn every_option_weighed_in_the_partys_own_words_neither_grants_nor_denies() {
        for text in [
            "MINISTER: Officials model all sorts of options. That's what officials are for.",
            "\"We look at every option for every asset we own,\" the leader said.",
            "She said the company would \"look at all options\" for the site.",
            // (round 45's answer, and in other words)
            "\"We are looking at all our options,\" the minister said.",
            "\"We're looking at every option,\" the chairman said.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near misses: in the reporter's words; in a grant.
        for text in [
            "The council will look at all options for the site, the report says.",
            "The council is looking at all options for the site, the report says.",
            "The board is weighing all sorts of options for the depot.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
        assert_ne!(
            kind_of(
                "The firm confirmed that advisers had been brought in \"to look at every option\"."
            ),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn a_deed_denied_in_the_reporters_words_with_the_denial_quoted() {
        for text in [
            "Mr Colquist, giving evidence on Thursday, said he had \"never once\" agreed to care for the dogs.",
            // (in other words)
            "The former treasurer said he had \"never\" signed a cheque for the club.",
            // (an adverb of intent passed over)
            "Whitsedge said he had \"never knowingly sold a forgery in 35 years of dealing\".",
            "\"I never deliberately misled the council,\" she said.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near misses: nothing of the denial quoted, or no one saying it.
        for text in [
            "Mr Colquist said he had never once agreed to care for the dogs.",
            "The dogs, he had \"never once\" agreed to care for, were left in the barn.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_verdict_of_wrong_sympathy_and_no_business_of_it_are_answers() {
        for (text, kind) in [
            (
                "\"That's not right, I had 25 places and never went over,\" Mrs Arkwrite said.",
                ResponseKind::Denied,
            ),
            (
                "\"That is not right, we checked every kennel,\" he said.",
                ResponseKind::Denied,
            ),
            (
                "Ferrowin Patient Transport said it was \"very sorry to hear\" of Mrs Oxenby's experience.",
                ResponseKind::NonDenial,
            ),
            (
                "\"I'm not in the business of making promises about individual jobs,\" she said.",
                ResponseKind::NonDenial,
            ),
            (
                "\"That figure includes the six weeks when we were moving every centre onto a new radio system,\" she said.",
                ResponseKind::NonDenial,
            ),
            (
                "\"Those numbers include patients who chose to wait,\" he said.",
                ResponseKind::NonDenial,
            ),
            // (a refusal after a first clause of the speaker's own)
            (
                "\"We're reviewing how the whole network works, and I'm not going to pre-empt that review,\" she said.",
                ResponseKind::NonDenial,
            ),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        // Near misses: the same words not opening the party's own, or
        // told by a report; a business that is the party's trade; a first
        // person with no negation.
        for text in [
            "\"Families wait 12 hours for an ambulance and that's not right,\" the campaigner said.",
            "That figure includes 300 agency nurses, the trust's annual report shows.",
            "The trust said that sorry to hear was all families got.",
            "\"We are in the business of making jumpers,\" she said.",
            "\"We're reviewing how the whole network works, and I'm pleased with it,\" she said.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_told_figure_called_correct_is_confirmed() {
        for text in [
            "The health board, which runs the infirmary, said the figure was correct.",
            // (in other words)
            "The ministry said the Herald's figures were broadly accurate.",
            "A spokesman said that was right.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Confirmed), "{text}");
        }
        // Near misses: negated; right to do something; the party's own.
        for text in [
            "The board said the figure was not correct.",
            "The union said the figure was right to include overtime.",
            "The company said it was confident its figures were accurate.",
        ] {
            assert_ne!(kind_of(text), Some(ResponseKind::Confirmed), "{text}");
        }
        // What it grants is the claim with the number.
        let text = "Kilbarron Royal Infirmary cancelled 412 cataract operations on the day of surgery between January and May, figures obtained by the Courier show.\n\nOne patient said her operation had been cancelled three times.\n\nThe health board said the figure was correct.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = x
            .candidates
            .iter()
            .find(|c| {
                c.responses
                    .iter()
                    .any(|r| r.kind == ResponseKind::Confirmed)
            })
            .unwrap_or_else(|| panic!("{:#?}", x));
        assert!(c.quote.contains("412"), "{c:#?}");
    }

    #[test]
    fn meeting_many_people_in_the_partys_own_words_is_a_non_denial() {
        for text in [
            "Asked about that, she said: \"We talk to a lot of people in government, as every manufacturer does.\"",
            "PETRA ABIODUN: I've met hundreds of employers and providers in this job.",
            "Her office said the deputy minister \"meets a wide range of people in the course of his work\".",
            "His office said he \"talks to everyone in parliament, and always has\".",
            // (in other words)
            "\"I speak regularly with all sorts of people in the industry,\" he said.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near misses: the reporter's own account of a meeting; a meeting
        // of one; no one met.
        for text in [
            "The minister met hundreds of farmers on his tour of the region.",
            "\"I met him once, at a conference in Leeds,\" she said.",
            "Officials said the two men had met in March.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn not_accepting_what_was_told_is_a_denial() {
        for text in [
            "Mr Oakhampton-Wray told the jury the company \"does not accept\" that any warning had been ignored.",
            "The ministry said it did not accept the union's account of the meeting.",
            "\"We do not accept these figures,\" a spokesman said.",
            "LINDGREN-SOTO: I don't accept that figure.",
            "The firm said it would never accept the allegations.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        for text in [
            // (a deed, an offer turned down, acceptance granted)
            "The club did not accept the offer from the developer.",
            "She said she did not accept that job in the end.",
            "The council accepted the findings of the audit in full.",
            "Patients who do not accept a transfer will wait longer.",
        ] {
            assert_ne!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
    }

    #[test]
    fn a_confirmation_about_the_party_itself_is_an_answer() {
        for text in [
            "Fenwright-Sabo confirmed she had been a trustee of the Bramblefold Trust until 2023.",
            "Solberg confirmed that she and one co-author were members of the board.",
            "The minister confirmed he had met the lobbyist twice.",
            "The couple confirmed they were selling the farm.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Confirmed), "{text}");
        }
        for text in [
            // (what another did or will do, told by the party, is a claim)
            "The ministry confirmed that two centres had closed.",
            "Police confirmed that the driver had been arrested.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn no_comment_answered_in_marks_is_declined() {
        // (seen: police interviews told in court reports)
        for text in [
            "Tullett answered \"no comment\" when officers asked him about the cash in the safe.",
            "In interview, Mr Purslow answered \"no comment\" to every question.",
            // (the same in other words)
            "She replied \"no comment\" to each question put to her.",
            "He gave \"no comment\" answers throughout two interviews.",
            "The defendant responded \u{201C}no comment\u{201D} to all 40 questions.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Declined), "{text}");
        }
        // (but "No comment" as the party's own words, and more words in
        // the marks, are theirs)
        for text in [
            "\"No comment,\" she said, and closed the door.",
            "He answered \"no comment, I'm afraid\" to every question.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
    }

    #[test]
    fn a_deed_denied_in_the_first_person_is_any_past_form() {
        for text in [
            "\"I was never on any panel that scored a bid from Calder, and I never lifted a finger to help them,\" she told the court.",
            "\"We never asked them for a penny,\" the charity said.",
            "\"I have never signed such a contract,\" he said.",
            "\"We never moved the bins,\" a spokesman said.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        for text in [
            // (a state of mind, a condition, a question, the reporter's words)
            "\"I never wanted to leave the village,\" she said.",
            "\"We never expected the river to rise so fast,\" he said.",
            "\"If I never signed it, who did?\" he asked.",
            "She said she never lifted anything heavy after the operation.",
        ] {
            assert_ne!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
    }

    #[test]
    fn a_rule_of_not_discussing_in_the_partys_words_is_a_refusal() {
        for text in [
            "In a statement, Brisk Homes said: \"We speak to landowners across the county all the time, and we don't discuss individual conversations.\"",
            "\"We do not discuss the affairs of our clients,\" the bank said.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        for text in [
            "\"We discuss every offer with the board,\" the chair said.",
            "She said the council does discuss offers with tenants.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn the_common_shapes_of_an_answer_in_the_press_are_read() {
        use ResponseKind::{Confirmed, Declined, Denied, NoResponse, NonDenial};
        for (text, kind) in [
            ("Harlow Homes has been approached for comment.", NoResponse),
            ("The firm insisted it had followed every rule.", Denied),
            ("Reed said: \"None of that is true.\"", Denied),
            (
                "\"I'm not going to talk about individual customers,\" Reed said.",
                NonDenial,
            ),
            (
                "The lamp maker said the study did not show that its products had caused any decline.",
                Denied,
            ),
            (
                "\"That's a complete misrepresentation of what happened,\" Reed said.",
                Denied,
            ),
            (
                "\"You'll have to ask the Treasury about that,\" Reed said.",
                NonDenial,
            ),
            (
                "\"I'd have to check the exact numbers,\" Reed said.",
                NonDenial,
            ),
            (
                "Reed said he did not recognise the union's description of events.",
                NonDenial,
            ),
            (
                "Reed did not answer when asked about the losses.",
                NoResponse,
            ),
            (
                "A spokeswoman said the firm would not be making any further statement.",
                Declined,
            ),
            (
                "The trust strongly disagreed with the report's findings.",
                Denied,
            ),
            ("The ministry disagrees with the union's figures.", Denied),
            (
                "The council said it had always complied with all the regulations.",
                Denied,
            ),
            ("The firm has been contacted for comment.", NoResponse),
            (
                "The firm said the family would make no further comment until the end of the trial.",
                Declined,
            ),
            (
                "The firm referred questions to its parent company.",
                Declined,
            ),
            (
                "The firm said it would look carefully at the union's claims.",
                NonDenial,
            ),
            (
                "A spokesman said the trust would respond in due course.",
                NonDenial,
            ),
            (
                "The council said it could not discuss commercial matters.",
                Declined,
            ),
            ("The trust said it was reviewing the allegations.", NonDenial),
            (
                "\"I'm not going to dignify that with an answer,\" Mr Kell said.",
                NonDenial,
            ),
            (
                "The trust said the \u{a3}40,000 figure was incorrect.",
                Denied,
            ),
            ("The firm said it would look into the claims.", NonDenial),
            (
                "The trust said lessons had been learned.",
                NonDenial,
            ),
            (
                "The firm said the union was \"wrong on every count\".",
                Denied,
            ),
            (
                "A spokesman for the firm was not immediately available for comment.",
                NoResponse,
            ),
            (
                "Nobody from Harlow Homes was available for comment.",
                NoResponse,
            ),
            (
                "No one at the council was available to comment on Sunday.",
                NoResponse,
            ),
            ("The firm ignored requests for comment.", NoResponse),
            ("Fenmoor Police have not commented.", NoResponse),
            (
                "In a statement, the auction house said its checks had \"met every professional standard of the time\".",
                NonDenial,
            ),
            (
                "The maker said the study's conclusions were \"not supported by the evidence\".",
                Denied,
            ),
            (
                "Asked about the report, a spokesman said: \"The president does not deal in hypotheticals.\"",
                NonDenial,
            ),
            ("The board has not commented on the report.", NoResponse),
            (
                "We have asked the council about the survey and have not yet had a response.",
                NoResponse,
            ),
            (
                "We have asked the Dunfallan Mountaineering Club about Mr Rennoch's account and have not yet had a reply.",
                NoResponse,
            ),
            (
                "We contacted the operator on Monday and have not received a reply.",
                NoResponse,
            ),
            (
                "The agency said it had not received a response from the operator.",
                NoResponse,
            ),
            ("The club declined requests for an interview.", Declined),
            (
                "A spokesperson said the company would not be commenting further.",
                Declined,
            ),
            (
                "The trust said it was unable to discuss the matter.",
                Declined,
            ),
            (
                "Harlow Homes said it takes such allegations very seriously.",
                NonDenial,
            ),
            (
                "A spokesman said the company took the claims seriously and was looking into them.",
                NonDenial,
            ),
            ("The council said it was reviewing the matter.", NonDenial),
            (
                "The bank said it was investigating the allegations.",
                NonDenial,
            ),
            ("Harlow Homes did not deny making the payment.", NonDenial),
            (
                "The firm said it had \"nothing further to add\".",
                NonDenial,
            ),
            ("The mayor branded the report \"malicious\".", Denied),
            ("The operator contested the figures.", Denied),
            (
                "The union hit back at the minister's account of the talks.",
                Denied,
            ),
            ("The firm said the allegations were without merit.", Denied),
            (
                "A spokeswoman said: \"We have always acted within the law.\"",
                Denied,
            ),
            ("Harlow Homes admitted making the payment.", Confirmed),
            ("\"He never chose a customer because of their age,\" she said.", Denied),
            ("\"I never said that,\" the minister said.", Denied),
            ("\"We don't negotiate through the newspapers,\" she said.", NonDenial),
            ("\"Our conversations with government are private,\" a spokeswoman said.", NonDenial),
            ("\"No offer was made, on Sunday or at any other time.\"", Denied),
            ("Vinsenthal said: \"No such meeting has ever taken place.\"", Denied),
            // (a document put out by another, called forged)
            (
                "Haskova said the copy released by the opposition was a forgery.",
                Denied,
            ),
            (
                "The ministry said the document circulated by the union last week was forged.",
                Denied,
            ),
            // (or said not to exist)
            (
                "\"No agreement exists, signed or unsigned,\" the spokeswoman said.",
                Denied,
            ),
            ("\"No loan ever existed,\" the firm said.", Denied),
            ("Lindgaard-Obi said the landowners' criticism was wrong.", Denied),
            ("\"We will cooperate fully with any investigation,\" he said.", NonDenial),
            ("The bank said it was cooperating fully with the regulator.", NonDenial),
            (
                "The hospice said it had \"cooperated fully with the police from the outset\".",
                NonDenial,
            ),
            ("The councillor told the Post she \"had nothing to hide\".", Denied),
            ("The councillor has always maintained her innocence.", Denied),
            // (seen in a defendant's statement to police)
            ("Pendarves said he had \"no knowledge\" of any magnets.", Denied),
            ("\"We have no knowledge of any such payment,\" the firm said.", Denied),
            ("A spokesman said the council was \"aware of the allegations\".", NonDenial),
            ("The council said it was aware of the report.", NonDenial),
            ("\"We have robust procedures in place,\" the company said.", NonDenial),
            (
                "Wessex Valley Water said it was cooperating fully with the prosecution and could not comment while proceedings were continuing.",
                Declined,
            ),
            (
                "\"We categorically reject these claims,\" a spokesman said.",
                Denied,
            ),
            ("\"I strongly deny these allegations,\" she said.", Denied),
            ("\"We refute the allegations,\" the company said.", Denied),
            (
                "\"We are aware of the report and are looking into it,\" she said.",
                NonDenial,
            ),
            (
                "Calls to the councillor's office went unanswered.",
                NoResponse,
            ),
            (
                "Messages left with the councillor were not returned.",
                NoResponse,
            ),
            (
                "The firm said the claims were \"wholly without basis\".",
                Denied,
            ),
            (
                "The minister acknowledged meeting the lobbyist twice.",
                Confirmed,
            ),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        for text in [
            // (what no one did, a thing taken, an inquiry that answers no
            // saying, a seat contested, what is granted that no one told)
            "Nobody from the council attended the meeting.",
            "The bank takes its time over loans, seriously.",
            "Police said they were investigating a burglary at the shop.",
            "The ministry is investigating the crash.",
            "The council said it was reviewing its budget.",
            "\"No one was hurt,\" a police spokesman said.",
            "\"Our talks with the union went well,\" she said.",
            "\"He never knew his father,\" she said.",
            "The council said it was aware of the risks of flooding.",
            "Residents were not aware of the report until May.",
            "Police are cooperating with French authorities.",
            "The seat was contested by four candidates.",
            "The minister acknowledged the hard work of volunteers.",
            "She admitted the patient during the night.",
            "\"If we deny it, they will sue,\" she said.",
            "\"We would never deny a family the chance to say goodbye,\" she said.",
            "\"We do not dispute that the river is dirty,\" she said.",
            "The copy released by the opposition was a photocopy.",
            "The document released by the council was published in full.",
            // (not the party of itself: a rule followed is no answer
            // unless told of oneself)
            "Inspectors said the firm had not followed every rule.",
            "The firm said the rules had been followed by its contractors.",
            // (what a study did not show, told as its own finding)
            "The trial found no serious side effects linked to the vaccine.",
            // (a position, not a verdict on a telling)
            "Farmers disagreed with the plan to close the market.",
            // (not a silence: firefighters who could not reach a floor)
            "Firefighters were unable to reach the upper floors until 3am.",
            // (a standard said not met, and a meeting, are no answer)
            "Inspectors said the home had \"not met every standard\" of care.",
            "The minister said she had \"met all the families\" in March.",
            // (knowing nothing of a thing, told of others, not of oneself)
            "Residents had no knowledge of the plan until March.",
            "The inquiry heard that the drivers had no knowledge of the rules.",
            "\"If we had no knowledge of it, we could not have stopped it,\" she said.",
            "\"We have no knowledge about the payment,\" the firm said.",
            "Inspectors found they had no knowledge of the rules.",
            "\"We have some knowledge of the site,\" she said.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_verdict_on_a_telling_in_the_reporters_words_is_a_denial() {
        for text in [
            "Management said the union's figure was wildly exaggerated.",
            "The trust described the campaigners' figure as misleading.",
            "The airport's owners said that was not the case.",
            "The mayor's office called the claim nonsense.",
            "Its operator described the claim as completely untrue.",
            "The laboratory called the claims false.",
            "The mayor's office said the allegation was a smear.",
            "Zoo managers dismissed the suggestion.",
            "The ministry dismissed reports of a rift between the two leaders.",
            "The association said the number quoted was far too high.",
            "Penrose said the regulator's figures were out of date.",
            "The force said the survey was not representative.",
            "Carnbrook and Dale said its figures were distorted by the way deaths were coded.",
            "Vance described the auditor's account of the meetings as inaccurate.",
            "In a statement, Vance said he had acted properly at all times.",
            "The director insists she did nothing wrong.",
            "The firm maintains it has acted lawfully.",
            "The board said there was no truth in the reports.",
            "The firm said there was no basis for the claim.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        for text in [
            // (a court's act, a record, a judgement of something else, a
            // telling judged true or unfinished, a condition)
            "The judge dismissed the claim.",
            "She described the figure as a record for the region.",
            "The minister called the closure a mistake by the last government.",
            "Officials said the survey was not finished.",
            "The study was published in March.",
            "If the figures were wrong, the board would resign, she said.",
            "The council said that was the plan all along.",
            "The company did nothing wrong, the regulator found.",
            "The inquiry found he had acted properly.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
        // (a telling judged true grants it: `granted_saying`)
        assert_eq!(
            kind_of("He said the figures were accurate."),
            Some(ResponseKind::Confirmed)
        );
    }

    #[test]
    fn a_grant_of_a_finding_or_a_fault_is_a_confirmation() {
        for text in [
            "The college accepted the audit's findings.",
            "Council leaders accepted the report in full.",
            "The owners, Brightwell Care, admitted the failings and apologised.",
            "The firm conceded the job losses.",
            "Officials at the council agreed with the figure.",
            "The board acknowledged the errors in its accounts.",
            "Greystone confirmed that the two burial errors had taken place.",
            "The council acknowledged that both incidents had happened.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Confirmed), "{text}");
        }
        for text in [
            // (a deed, a thanks, an agreement with a plan, a negation)
            "The firm accepted the offer from its rival.",
            "The minister acknowledged the work of volunteers.",
            "The hospital admitted the patient on Tuesday.",
            "The keeper conceded the penalty in the last minute.",
            "The unions agreed with the plan.",
            "The company has not accepted the findings.",
            "The club confirmed that the meeting will take place on Friday.",
        ] {
            assert_ne!(kind_of(text), Some(ResponseKind::Confirmed), "{text}");
        }
    }

    #[test]
    fn silences_and_refusals_in_other_words_are_read() {
        for (text, kind) in [
            (
                "The landlord, Mark Orrell, was unavailable for comment.",
                ResponseKind::NoResponse,
            ),
            (
                "The justice ministry has yet to respond.",
                ResponseKind::NoResponse,
            ),
            (
                "The firm did not answer questions about the studies it had paid for.",
                ResponseKind::NoResponse,
            ),
            (
                "The club could not be contacted on Sunday.",
                ResponseKind::NoResponse,
            ),
            (
                "Carvossa's prosecutor general's office did not answer telephone calls on Wednesday.",
                ResponseKind::NoResponse,
            ),
            (
                "The agency did not answer phone calls on Friday.",
                ResponseKind::NoResponse,
            ),
            (
                "The operator, Stonebridge Minerals, would not discuss production levels.",
                ResponseKind::Declined,
            ),
            ("A spokesman declined to elaborate.", ResponseKind::Declined),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        for text in [
            "The bridge is unavailable for traffic until June.",
            "The board will discuss production levels next week.",
            // (calls of another kind, or answered)
            "The agency did not answer distress calls from the ship.",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_bodys_rule_of_not_discussing_told_by_the_reporter_is_declined() {
        let kind = |text: &str| {
            let mut html = 0;
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            response(&t, &lows(&t)).map(|(k, _)| k)
        };
        for text in [
            "Asked whether the contract would be reviewed, the council said it did not discuss contract performance while talks with suppliers were continuing.",
            "The bank says it does not discuss individual customers.",
            "The club said it didn't discuss player contracts during the season.",
            // (a "that" after the saying: seen, and in other words)
            "Kolvek Group said in a statement that it did not discuss the finances of its partners.",
            "The bank said in a letter that it did not discuss the accounts of its clients.",
        ] {
            assert_eq!(kind(text), Some(ResponseKind::Declined), "{text}");
        }
        for text in [
            "The committee did not discuss the budget.",
            "He said he did not discuss the case with the minister.",
            "The council said it did not discuss the sale at Tuesday's meeting.",
            "The trust said it would discuss the findings with families.",
            // (a "that" of no saying)
            "The minutes show that it did not discuss the finances of its partners.",
        ] {
            assert_eq!(kind(text), None, "{text}");
        }
    }

    #[test]
    fn a_hedge_naming_the_report_it_cannot_check_refers_back() {
        let back = |text: &str| {
            let mut html = 0;
            is_back_reference(&tokenize(text, 0, text.len(), &[], &mut html))
        };
        for text in [
            "Wirepress could not independently verify the Ledger report.",
            "The agency was unable to confirm the newspaper's account.",
            "We could not verify Courier's figures.",
            "Reporters could not confirm these latest claims.",
            "Castline could not independently verify the report.",
            "The agency could not independently confirm the offer.",
            "Reporters were unable to verify the footage.",
            "Northline has not been able to confirm the payments.",
            "The Courier could not independently corroborate the two accounts.",
            // (seen: "that" pointing at the report)
            "Tarnwire could not independently verify that report.",
            "We could not confirm that account.",
            // (seen: a clause of its own after "and")
            "Brevant News has not seen the document and could not independently verify its contents.",
            // (seen: the teller's account by a pronoun, and the record a
            // claim was told from by its noun)
            "Kestrow could not independently verify his account.",
            "The video could not be independently verified.",
            "Reporters could not confirm her account.",
            "The footage has not been verified.",
            "The videos could not be verified.",
            "These images have not been independently verified.",
            "The photographs could not be confirmed.",
            "The recording has not been verified.",
            "The claim could not be independently confirmed.",
            // Seen: the teller's account by "their", an agent closing the
            // sentence, a negation in one word, a clause of its own after
            // ", and".
            "Their account could not be independently verified.",
            "This has not been confirmed by the emergency services.",
            "That hasn't been confirmed.",
            "Palisade could not independently verify the report, and the ministry declined to comment on it.",
            // The same in other words.
            "His account could not be verified.",
            "That has not been confirmed by police.",
            "It hasn't been independently verified.",
            "Reporters could not verify the claims, and the company did not respond to questions.",
        ] {
            assert!(back(text), "{text}");
        }
        // Near misses: an agent that goes on, a long clause before ", and".
        assert!(!back(
            "This has not been confirmed by the emergency services, which said on Tuesday that 40 homes had flooded."
        ));
        assert!(!back(
            "Reporters at the Brevant News bureau in Zoravik on Tuesday could not independently verify its contents, and the ministry declined to comment."
        ));
        // (a long sentence with no such clause)
        assert!(!back(
            "Reporters at the Brevant News bureau in Zoravik on Tuesday could not independently verify its contents."
        ));
        // ("that" opening a clause with the report in it)
        assert!(!back(
            "Officials could not verify that reports of looting were true."
        ));
        for text in [
            "Wirepress could not verify that the Ledger report was accurate, the agency said last night.",
            "Police are trying to verify the identity of the driver.",
            "Officers could not confirm the identity of the driver.",
            "Doctors were unable to confirm the cause of death, the court heard.",
            "The minister did not confirm the date.",
            "The cause could not be confirmed.",
            "The video shows police had not confirmed it.",
            "The man's identity has not been confirmed.",
            "The footage showed that the valve had not been checked since it was confirmed safe in May.",
        ] {
            assert!(!back(text), "{text}");
        }
    }

    fn hedge(text: &str) -> Option<String> {
        let mut html = 0;
        {
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            find(text, &t, &lows(&t))
        }
    }

    fn answer(text: &str) -> Option<ResponseKind> {
        let mut html = 0;
        {
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            response(&t, &lows(&t)).map(|r| r.0)
        }
    }

    use crate::extract::answer_kinds as read_answer;

    #[test]
    fn hedges_are_words_or_clauses() {
        assert_eq!(
            hedge("It has been claimed by Russian media that Xi intends to visit Kazakhstan; however, these allegations have not been substantiated as of yet.").as_deref(),
            Some("it has been claimed; these allegations have not been substantiated as of yet")
        );
        assert_eq!(
            hedge("Xi will reportedly travel.").as_deref(),
            Some("reportedly")
        );
        assert_eq!(
            hedge("Groups pushed for it, though those accounts could not be confirmed.").as_deref(),
            Some("those accounts could not be confirmed")
        );
        assert_eq!(hedge("The council voted."), None);
        // (seen: the negation in one word)
        assert_eq!(
            hedge("That hasn't been confirmed.").as_deref(),
            Some("That hasn't been confirmed")
        );
        assert_eq!(
            hedge("These figures haven't been verified by the council.").as_deref(),
            Some("These figures haven't been verified by the council")
        );
    }

    #[test]
    fn an_outlet_that_could_not_yet_check_a_report_hedges_the_claim_before() {
        let text = "The bank's staff told the board on Tuesday that the economy had contracted in the autumn, the Kestrel Press Agency reported on Wednesday, citing two people familiar with the talks. TPA could not immediately confirm the report.\n\nTwo people familiar with the inquiry told the Evening Star that a fan on the transformer had been reported faulty in October.\n\nWe have not been able to verify this independently.\n\nThree officials said the ministry had paid £2m to the consultants. Reporters were not able to confirm the payment.\n\nThe mayor said 400 homes had been flooded.\n\nDoctors have not been able to see every patient, the trust said, and 40 operations were postponed.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 3, 19));
        for (claim, hedge) in [
            ("economy had contracted", "could not immediately confirm"),
            ("reported faulty", "have not been able to verify"),
            ("paid £2m", "not able to confirm"),
        ] {
            let c = crate::extract::candidate_with(&x, claim);
            assert!(
                c.hedge.as_deref().is_some_and(|h| h.contains(hedge)),
                "{claim}: {:?}",
                c.hedge
            );
        }
        // Not being able to do something else hedges nothing.
        let c = crate::extract::candidate_with(&x, "every patient");
        assert_eq!(c.hedge, None);
    }

    #[test]
    fn answers_are_recognised() {
        assert_eq!(
            answer("She said, \u{201C}On your question, I have nothing to contribute.\u{201D}"),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            answer("A spokesperson declined to comment."),
            Some(ResponseKind::Declined)
        );
        assert_eq!(
            answer("The ministry did not respond to a request for comment."),
            Some(ResponseKind::NoResponse)
        );
        assert_eq!(
            answer("His office denied the report."),
            Some(ResponseKind::Denied)
        );
        assert_eq!(answer("The ministry confirmed that it would go."), None);
        assert_eq!(answer("Prices rose."), None);
    }

    #[test]
    fn silences_and_refusals_in_other_tenses_are_answers() {
        for text in [
            "Fairway had not responded to a request for comment by the time of publication.",
            "The ministry has not returned calls since Monday.",
            "The firm had not replied to emailed questions.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::NoResponse), "{text}");
        }
        for text in [
            "Wessex Valley Water said it was cooperating fully with the prosecution and could not comment while proceedings were continuing.",
            "The club said it was unable to comment on an ongoing investigation.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Declined), "{text}");
        }
    }

    #[test]
    fn a_party_that_said_it_could_not_confirm_declines() {
        for text in [
            "Portcallow's harbour master, Diarmuid Gaskin, said he could not confirm the size of the bloom, but that jellyfish had been \"thick in the harbour\" since the weekend.",
            "The agency says it cannot confirm the figure.",
            "The airline said it can't confirm how many flights were cancelled.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Declined), "{text}");
        }
        // Not the outlet's own check, nor a confirmation that follows.
        for text in [
            "Police could not confirm the number of injured.",
            "She said she could not confirm that the ship had sunk until divers reached it.",
        ] {
            assert_ne!(answer(text), Some(ResponseKind::Declined), "{text}");
        }
        // The answer's own clause, not the quoted words of the claim after
        // "but".
        let text = "Fishermen in Portcallow reported an unconfirmed sighting on Monday of a bloom stretching about 12 miles along the coast.\n\nPortcallow's harbour master, Diarmuid Gaskin, said he could not confirm the size of the bloom, but that jellyfish had been \"thick in the harbour\" since the weekend.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let r = &x.candidates[0].responses[0];
        assert_eq!(r.quote, "he could not confirm the size of the bloom");
    }

    #[test]
    fn denials_without_a_word_of_denying_in_the_partys_own_words() {
        for text in [
            "\u{201C}That never happened,\u{201D} a spokeswoman for the mayor said.",
            "\u{201C}There is no truth in these reports,\u{201D} the club said in a statement.",
            "\u{201C}We did nothing wrong, and we will prove it in court,\u{201D} the owner said.",
            "\u{201C}The suggestion that we hid the figures is false,\u{201D} the ministry said.",
            // (seen: "The suggestion that these individuals are bargaining
            // chips is a fabrication," a government spokesman told …)
            "\u{201C}The suggestion that these individuals are bargaining chips is a fabrication,\u{201D} a government spokesman told a regular news briefing.",
            "\u{201C}The claim that we were paid to stay quiet is a lie,\u{201D} the club said.",
            // (a condition after the denial leaves it whole)
            "\u{201C}That did not happen, and if anyone has evidence that it did, I want to see it,\u{201D} he said.",
            "\u{201C}There is no truth in it, whatever you have been told, unless you count gossip,\u{201D} the club said.",
        ] {
            assert_eq!(read_answer(text), vec![ResponseKind::Denied], "{text}");
        }
        // In the reporter's words, a fact or a claim; a conditional
        // before the denial, or a question, is none.
        for text in [
            "The meeting never happened, the minutes show.",
            "The company did nothing wrong, the regulator found.",
            "The suggestion that the mayor hid the figures is a lie, campaigners say.",
            "\u{201C}If that figure is false, the minister must resign,\u{201D} she said.",
            "\u{201C}Are you saying that never happened?\u{201D} she asked.",
        ] {
            assert!(read_answer(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn denials_are_known_by_their_objects() {
        for text in [
            "The former director, 61, denies four counts of misconduct in public office.",
            "The senator categorically denied any wrongdoing.",
            "The company dismissed the allegations as politically motivated.",
            "The club's owner, Maria Costa, dismissed as \u{201C}fantasy\u{201D} claims that she had sold the ground.",
            "\u{201C}We have nothing to hide,\u{201D} the chairman said.",
            // (seen: the object in the party's quoted words)
            "Kvarnholm Marine rejected \"any suggestion of wrongdoing\" and said it had never received confidential information from anyone at the ministry.",
            "The firm denied \u{201C}any wrongdoing whatsoever\u{201D}.",
            "The minister dismissed \"the suggestion\" out of hand.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near miss: a quoted object that is no charge.
        assert_eq!(answer("The council rejected \"the plan\" in March."), None);
        // With its quotation read: "called the report \"nonsense\"".
        assert_eq!(
            read_answer("The mayor was accused of hiring friends. Her office called the report \u{201C}nonsense\u{201D}."),
            vec![ResponseKind::Denied]
        );
        // A verb of denial without a charge is no answer.
        assert_eq!(answer("The council dismissed two members of staff."), None);
        assert_eq!(answer("The judge dismissed the charges against him."), None);
        assert_eq!(answer("The judge called the next witness."), None);
        // A conditional is no denial.
        assert_eq!(
            answer("\u{201C}If she has nothing to hide, she should welcome an inquiry,\u{201D} he said."),
            None
        );
    }

    #[test]
    fn being_understood_to_hedges() {
        assert_eq!(
            hedge("The pension fund is understood to favour a sale of the stake.").as_deref(),
            Some("is understood")
        );
        assert_eq!(
            hedge("Both unions are understood to have rejected the offer.").as_deref(),
            Some("are understood")
        );
        assert_eq!(hedge("The offer was understood by all."), None);
    }

    #[test]
    fn two_parties_answer_in_one_sentence() {
        let mut kinds = read_answer("The shipping line was fined twice last year, the regulator said. Harbour Freight declined to comment, and the port authority did not return calls on Friday.");
        kinds.sort_by_key(|k| k.as_str());
        assert_eq!(
            kinds,
            vec![ResponseKind::Declined, ResponseKind::NoResponse]
        );
        // One party, one answer.
        assert_eq!(
            read_answer("The firm was fined last year, the regulator said. The firm did not respond to questions and has since closed."),
            vec![ResponseKind::NoResponse]
        );
    }

    #[test]
    fn answers_that_leave_the_question_open_or_refuse_it() {
        assert_eq!(
            answer(
                "A spokesman for the trust said no decision had been made about the ward's future."
            ),
            Some(ResponseKind::NonDenial)
        );
        for text in [
            "A hospital spokesman said he could not give details of the patient's injuries.",
            "The minister would not say whether the contract had been signed.",
            "The club would not disclose the fee.",
            "The coach said it would be premature to discuss a new contract.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Declined), "{text}");
        }
        for text in [
            "The bank is accused of mis-selling loans. Its chairman said he was \u{201C}not in a position to comment on individual cases\u{201D}.",
            "The bank is accused of mis-selling loans. \u{201C}It would be inappropriate for me to comment while the review is under way,\u{201D} its chairman said.",
            // (what is not proper: seen, and in other words)
            "Ministers are weighing a ban on the spray. A department spokesperson said: \u{201C}All approvals are kept under review, and it would not be appropriate to comment on an individual product.\u{201D}",
            "The club is said to be near a deal. \u{201C}It wouldn't be right to speculate while talks go on,\u{201D} its chairman said.",
        ] {
            assert_eq!(read_answer(text), vec![ResponseKind::NonDenial], "{text}");
        }
        // Something it would be wrong to do, not to say, is a claim; so is
        // what is said to be proper to say.
        assert_eq!(
            answer("The councillor said it would be wrong to close the library in winter."),
            None
        );
        assert_eq!(
            answer("The councillor said it would not be right to close the library in winter."),
            None
        );
        assert_eq!(
            answer("The councillor said it was right to comment on the plans."),
            None
        );
    }

    #[test]
    fn an_answer_to_a_yes_or_no_question_that_says_neither() {
        assert_eq!(
            read_answer("The council is said to be selling the depot. Asked whether the depot was for sale, the finance chief, Ola Berg, said: \u{201C}We review all of our land every year.\u{201D}"),
            vec![ResponseKind::NonDenial]
        );
        // ("no" inside the words, not opening them, says neither)
        assert_eq!(
            read_answer("The council is said to be selling the depot. Asked whether the depot was for sale, the finance chief, Ola Berg, said: \u{201C}There is no proposal before this council to sell anything.\u{201D}"),
            vec![ResponseKind::NonDenial]
        );
        // A "no" is an answer of another kind, or a claim.
        for no in [
            "No, it is not for sale.",
            "No, there is no proposal before this council to sell anything.",
        ] {
            let text = format!("The council is said to be selling the depot. Asked whether the depot was for sale, the finance chief, Ola Berg, said: \u{201C}{no}\u{201D}");
            assert!(
                !read_answer(&text).contains(&ResponseKind::NonDenial),
                "{text}"
            );
        }
    }

    #[test]
    fn a_verdict_on_what_was_said_denies_it() {
        for text in [
            "A spokesman for the airline said the number was \u{201C}wildly inaccurate\u{201D}.",
            "The union said those claims were unfounded.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Denied), "{text}");
        }
        assert_eq!(answer("The report was published on Monday."), None);
        assert_eq!(
            answer("If the figure is wrong, the budget will not balance."),
            None
        );
    }

    #[test]
    fn a_question_about_a_named_ones_saying_put_first_is_answered_without_answering() {
        let before = "Jon Fawcett said he had warned the group on Friday not to go underground. ";
        // Seen.
        assert_eq!(
            read_answer(&format!("{before}Asked about Mr Fawcett's account, Tobenna Kirkbride, president of the club, said: \"Our only concern right now is getting our friends out safely, and everything else can wait.\"")),
            vec![ResponseKind::NonDenial]
        );
        // The same in other words.
        assert_eq!(
            read_answer(&format!("{before}Asked about Jon Fawcett\u{2019}s claims, the club\u{2019}s president said: \u{201C}We are focused on the rescue.\u{201D}")),
            vec![ResponseKind::NonDenial]
        );
        // Near misses: a thing of the named one's that is no saying, and
        // the one named alone.
        for text in [
            "Asked about Mr Fawcett's dog, she said: \"He is fine and back at home.\"",
            "Asked about Mr Fawcett, she said: \"He is a friend and a good caver.\"",
        ] {
            assert!(read_answer(&format!("{before}{text}")).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_meeting_never_had_is_a_deed_denied() {
        // Seen.
        assert_eq!(
            read_answer("She claimed the hotel's owners had lobbied members at a private dinner in March. \u{201C}I have never had dinner at that hotel in my life, private or otherwise,\u{201D} Cllr Brathwaite replied."),
            vec![ResponseKind::Denied]
        );
        // The same in other words.
        assert_eq!(
            read_answer("The union says managers met the buyer in May. \u{201C}We never had any contact with the buyer,\u{201D} the company said."),
            vec![ResponseKind::Denied]
        );
        // Near misses: a state had, not a meeting, and a thing had with
        // no meeting in it.
        for text in [
            "The union says managers met the buyer in May. \u{201C}We never had a problem with the buyer,\u{201D} the company said.",
            "The union says managers met the buyer in May. \u{201C}We never had any idea the buyer was there,\u{201D} the company said.",
        ] {
            assert!(read_answer(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_deed_denied_in_the_first_person() {
        assert_eq!(
            read_answer("The founder is accused of bribing officials. \u{201C}We never paid anyone to win that contract,\u{201D} he said."),
            vec![ResponseKind::Denied]
        );
        assert_eq!(
            read_answer("The founder is accused of bribing officials. \u{201C}I have never met the minister,\u{201D} he said."),
            vec![ResponseKind::Denied]
        );
        // A first-person "never" that denies no deed is a claim or nothing.
        assert!(read_answer(
            "\u{201C}I never thought I would see the river this clean,\u{201D} she said."
        )
        .is_empty());
    }

    #[test]
    fn a_phrase_cut_by_a_quotation_mark_is_read_across_it() {
        // Seen.
        assert_eq!(
            answer("Wendle Water said it was \"far too early\" to say what had caused the burst."),
            Some(ResponseKind::NonDenial)
        );
        // The same in other words: the mark after the phrase's first word,
        // and a refusal the reporter relates.
        assert_eq!(
            answer("The agency said it was too \u{201C}early to comment\u{201D} on the findings."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            answer("The trust said it was unable to \u{201C}discuss individual patients\u{201D}."),
            Some(ResponseKind::Declined)
        );
        // Near misses: after "but", the sentence's own claim told first;
        // and no phrase with its words apart.
        assert_eq!(
            answer("The team said 23 people had reported symptoms since Monday, but that it was \"too early\" to say whether the cases were linked."),
            None
        );
        assert_eq!(
            answer("The firm said the report came \"too early\", and it would say more in May."),
            None
        );
        // (nor a verdict only the party's own words give, when a mark cuts
        // it: the campaigners' "that's not right" answers no one)
        assert_eq!(
            answer("Campaigners said the cuts would shut six libraries, and that's \"not right\"."),
            None
        );
    }

    #[test]
    fn refusals_are_declined_when_related_and_non_denials_when_spoken() {
        for text in [
            "Outside the court, the defendant declined to speak to reporters.",
            "The minister refused to answer questions about the contract.",
            "The bank does not comment on speculation about its clients.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Declined), "{text}");
        }
        for text in [
            "The bank is said to be near a deal. \u{201C}We do not comment on speculation,\u{201D} a spokeswoman said.",
            "Asked whether the plant would close, the chief executive said: \u{201C}I don't answer questions about rumours.\u{201D}",
            "Asked on Monday whether more jobs would go, Reyes said it was \u{201C}too early to say\u{201D}.",
        ] {
            assert_eq!(read_answer(text), vec![ResponseKind::NonDenial], "{text}");
        }
        assert_eq!(answer("Prices rose."), None);
    }

    #[test]
    fn a_saying_of_the_one_just_named_rejected_by_its_noun_is_a_denial() {
        for text in [
            "The cabinet member for highways, Cllr Kingsley Grimshaw, rejected her account.",
            // (in other words)
            "The trust disputed their figures.",
        ] {
            assert_eq!(answer(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near misses: a thing of theirs that is no saying.
        for text in [
            "The cabinet member for highways rejected her application.",
            "The trust disputed their appointment to the board.",
        ] {
            assert_eq!(answer(text), None, "{text}");
        }
    }

    #[test]
    fn a_matter_put_answered_as_not_for_now_is_a_non_denial() {
        for text in [
            "Asked about the claim on a visit to the city, Kalemi said: \"This is not the day for that conversation.\"",
            // (in other words)
            "Asked whether the minister would resign, her spokesman said: \"Now is not the time for that.\"",
        ] {
            assert_eq!(read_answer(text), vec![ResponseKind::NonDenial], "{text}");
        }
        // Near misses: not of now, or not in answer to a matter put.
        for text in [
            "Asked about the claim on a visit to the city, Kalemi said: \"This is not the road to the hospital.\"",
            "\"This is not the time for complacency,\" the campaign's director said.",
        ] {
            assert!(
                !read_answer(text).contains(&ResponseKind::NonDenial),
                "{text}"
            );
        }
    }

    #[test]
    fn memory_failing_the_question_in_the_speakers_own_words_is_a_non_denial() {
        for text in [
            "Counsel asked whether she had told anyone at the trust. \"I don't remember the exact dates,\" Petrakis said.",
            "He was asked when the contract was signed. \"I can't recall,\" Mr Hale said.",
            "\"I do not remember receiving that letter,\" the director told the inquiry.",
        ] {
            assert_eq!(read_answer(text).last(), Some(&ResponseKind::NonDenial), "{text}");
        }
        // Not the speaker's memory failing, nor the reporter's words.
        for text in [
            "\"I don't think anyone remembers a flood this bad,\" the farmer said.",
            "She said she could not remember what time she had sent it.",
        ] {
            assert_eq!(answer(text), None, "{text}");
        }
    }

    #[test]
    fn a_time_remembered_as_the_like_of_now_is_no_refusal() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 6, 10);
        for (text, words) in [
            (
                "\"I can't remember a winter this cold,\" Tom Reyes said.",
                "winter this cold",
            ),
            (
                "\"I don't remember the last time the river was this high,\" the farmer said.",
                "river was this high",
            ),
            (
                "\"We can't recall a season so wet in 40 years,\" the growers said.",
                "season so wet",
            ),
        ] {
            let x = crate::extract::extract(text, d);
            assert!(
                x.candidates.iter().any(|c| c.quote.contains(words)),
                "{text}: {x:#?}"
            );
        }
        // Memory failing the question is still a non-denial.
        let text = "I don't remember the exact dates.";
        let mut html = 0;
        let t = tokenize(text, 0, text.len(), &[], &mut html);
        let l = lows(&t);
        assert_eq!(
            own_refusal(&t, &l, false).map(|(k, _)| k),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn a_refusal_to_say_which_or_whether_in_own_words_is_a_non_denial() {
        let refusal = |text: &str| {
            let mut html = 0;
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            let l = lows(&t);
            own_refusal(&t, &l, false).map(|(k, _)| k)
        };
        // (seen: "We answer questions from every ministry, every week. I am
        // not going to say which ones.")
        for text in [
            "I am not going to say which ones.",
            "We won't say who was at the meeting.",
            "I'm not going to say whether we have had an offer.",
            "I won't say how much we paid.",
            "We are not going to say what the site will become.",
            "I won't say more than that.",
        ] {
            assert_eq!(refusal(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Not a saying denied: "we didn't say the site would close".
        assert_eq!(refusal("We didn't say the site would close."), None);
    }

    #[test]
    fn neither_confirming_nor_denying_is_a_refusal_related_or_a_non_denial_quoted() {
        assert_eq!(
            kind_of("Dravik's office would neither confirm nor deny that any offer had been made."),
            Some(ResponseKind::Declined)
        );
        assert_eq!(
            kind_of("The company neither confirmed nor denied the report."),
            Some(ResponseKind::Declined)
        );
        assert_eq!(
            kind_of("\"We can neither confirm nor deny that,\" a spokesman said."),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn not_answering_and_not_what_happened_are_answers() {
        for (text, kind) in [
            (
                "The agency has not answered our questions about the floodgate.",
                ResponseKind::NoResponse,
            ),
            (
                "The club had not answered emails by the time of publication.",
                ResponseKind::NoResponse,
            ),
            (
                "Larchmont's owner said that was \"simply not what happened\".",
                ResponseKind::Denied,
            ),
            ("No, that's not what it says.", ResponseKind::Denied),
        ] {
            assert_eq!(kind_of(text), Some(kind), "{text}");
        }
        // Near miss: a question asked, not a silence.
        assert_eq!(kind_of("It is not clear what happened next."), None);
    }

    #[test]
    fn a_figure_said_to_tell_only_part_of_it_is_a_non_denial() {
        for text in [
            "A Department of Health spokesperson said the figure \"does not reflect the full picture\", but did not say what the budget had been.",
            "The company said the survey \"doesn't tell the whole story\".",
            "A spokesman said the figures were \"only part of the picture\".",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::NonDenial), "{text}");
        }
        // Near miss: a picture reflected in full is a claim.
        assert_eq!(
            kind_of("The spokesperson said the figure reflects the full picture of waits in the region."),
            None
        );
    }

    #[test]
    fn timing_called_chance_denies_a_motive_charged() {
        for text in [
            "A spokesman for Stanek, Vilem Tomasek, told Intermark the timing was \"a coincidence\".",
            "The ministry said the timing of the announcement was purely coincidental.",
        ] {
            assert_eq!(kind_of(text), Some(ResponseKind::Denied), "{text}");
        }
        // Near misses: timing of no chance, and a question.
        for text in [
            "The timing of the vote was set by the speaker in March.",
            "Was the timing a coincidence?",
        ] {
            assert_eq!(kind_of(text), None, "{text}");
        }
    }
}
