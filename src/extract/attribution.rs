//! Who makes a claim and how: the speaker and their role, the cue that
//! attributes it, and the intermediaries. Noun phrases are read in
//! `phrases`, speakers in `speaker`, cues in `cues`.

use super::cues::{before_speaker, verb_cue, via};
pub(crate) use super::names::People;
use super::names::{is_initial, is_name_word, join};
use super::phrases::{np_right, trim_np};
use super::speaker::{read_speaker, Speaker};
use super::tokens::Token;

/// The attribution found for one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) speaker: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) via: Vec<String>,
    /// A named person (or a name resolved to one).
    pub(crate) person: bool,
    /// A named organisation or body of data ("Tass", "WHO figures").
    pub(crate) named: bool,
    /// The cue words ("said", "according to").
    pub(crate) cue: Option<String>,
    /// Token index of the cue.
    pub(crate) cue_at: Option<usize>,
}

/// A "said" after the sentence's last comma, with a few words at most
/// after it: the cue of the whole sentence.
fn closes_sentence(tokens: &[Token], i: usize) -> bool {
    if !matches!(tokens[i].low(), "said" | "says") || tokens[i].quoted {
        return false;
    }
    let comma = tokens[..i].iter().rposition(|t| t.text == "," && !t.quoted);
    let rest = tokens[i + 1..].iter().filter(|t| t.is_word()).count();
    comma.is_some_and(|c| i - c >= 2 && i - c <= 6)
        && rest <= 5
        && !tokens[i + 1..].iter().any(|t| t.lower == "that")
}

/// Attribution of one sentence. `people` learns who is named.
pub(crate) fn attribute(text: &str, tokens: &[Token], lows: &[&str], people: &mut People) -> Found {
    let mut found = Found::default();
    let mut best: Option<(Speaker, usize, usize)> = None; // speaker, cue start, cue len
    let mut by_phrase = false;
    for i in 0..tokens.len() {
        if tokens[i].quoted {
            continue;
        }
        if let Some((phrase, ())) = before_speaker().at(lows, i).next() {
            let after = i + phrase.len();
            let (np, end) = np_right(tokens, after);
            // "according to plan" names no one.
            let bare = matches!(trim_np(np), [one] if !one.is_cap() && !one.lower.ends_with('s'));
            if bare {
                continue;
            }
            let (known, last) = (people.known.len(), people.last);
            if let Some(mut sp) = read_speaker(text, np, people) {
                // "according to Transport Infrastructure Ireland": a name
                // never met, without a title, cited as a source of figures
                // is a body, as news introduces a person with a role first.
                if sp.person && sp.role.is_none() && people.known.len() == known + 1 {
                    people.known.pop();
                    people.last = last;
                    sp.person = false;
                    sp.name = None;
                    people.last_org = Some(sp.text.clone());
                }
                // "according to the city's finance director, Maria Okafor, …"
                // ("according to the same report, Fairway, …" is the
                // report's: a document holds no office.)
                let document = sp.text.rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "report"
                            | "reports"
                            | "study"
                            | "survey"
                            | "data"
                            | "figures"
                            | "document"
                            | "documents"
                            | "filing"
                            | "statement"
                            | "analysis"
                            | "paper"
                            | "poll"
                            | "review"
                            | "records"
                            | "indictment"
                    )
                });
                if !sp.person && !document && tokens.get(end).is_some_and(|t| t.lower == ",") {
                    let (next, next_end) = np_right(tokens, end + 1);
                    let names = trim_np(next);
                    if !names.is_empty()
                        && names.len() <= 4
                        && names.iter().all(|t| is_name_word(t) || is_initial(t))
                        && tokens.get(next_end).is_some_and(|t| t.lower == ",")
                    {
                        let role = sp.text.trim_start_matches("the ").to_string();
                        let idx = people.remember(&join(text, names), Some(role));
                        people.last = Some(idx);
                        let p = &people.known[idx];
                        sp = Speaker {
                            text: p.name.clone(),
                            name: Some(p.name.clone()),
                            role: p.role.clone(),
                            person: true,
                            named: true,
                        };
                    }
                }
                // "Party officials privately expect …, according to two
                // senior sources": what a group expects or believes, told
                // by those the sentence closes on.
                let believed = best.as_ref().is_some_and(|&(_, at, _)| {
                    !by_phrase && BELIEFS.contains(&tokens[at].low()) && i > at
                }) && tokens[i - 1].lower == ",";
                if best.is_none() || believed {
                    best = Some((sp, i, phrase.len()));
                    by_phrase = true;
                }
            }
            continue;
        }
        if best.is_some() {
            // ", the Environment Agency said on Monday." closing the sentence
            // attributes all of it, over a verb inside it ("after samples showed").
            if !by_phrase && closes_sentence(tokens, i) {
                if let Some(sp) = verb_cue(text, tokens, i, people) {
                    best = Some((sp, i, 1));
                }
            }
            continue;
        }
        if let Some(sp) = verb_cue(text, tokens, i, people) {
            let len = if tokens[i].lower == "made" { 3 } else { 1 };
            best = Some((sp, i, len));
        } else if let Some(sp) = coordinated(text, tokens, i, people) {
            best = Some((sp, i, 1));
        }
    }
    // "…, saying 60 of the homes would flood": the sentence's subject
    // speaks; "City officials are reportedly preparing …": the subject of
    // a hedged report is its source.
    if best.is_none() {
        let saying = (1..tokens.len()).find(|&i| {
            tokens[i].lower == "saying" && tokens[i - 1].lower == "," && !tokens[i].quoted
        });
        if let Some(end) = subject_end(tokens) {
            // (people who speak: "City officials", not "Part of the money"
            // or "The agency", which a hedged report only reports on)
            let speakers = tokens[..end]
                .iter()
                .any(|t| SPEAKING_GROUPS.contains(&t.low()));
            let hedged = tokens[end..tokens.len().min(end + 2)]
                .iter()
                .position(|t| matches!(t.low(), "reportedly" | "allegedly"))
                .map(|k| end + k)
                .filter(|_| speakers);
            // "Polls published this month put Civic Direction at 21 percent".
            let puts = tokens[..end].last().is_some_and(|t| {
                matches!(
                    t.low(),
                    "polls"
                        | "poll"
                        | "figures"
                        | "data"
                        | "survey"
                        | "surveys"
                        | "estimates"
                        | "statistics"
                        | "census"
                )
            }) && tokens[end..tokens.len().min(end + 6)]
                .iter()
                .position(|t| matches!(t.low(), "put" | "puts" | "placed" | "places"))
                .is_some();
            let put_at = puts.then_some(end);
            if let Some(at) = saying.filter(|&at| end < at).or(hedged).or(put_at) {
                if let Some(sp) = read_speaker(text, &tokens[..end], people) {
                    best = Some((sp, at, 1));
                }
            }
        }
    }
    // "Ashgrove Research published a 62-page report accusing Quayline of
    // …": whoever put the document out makes its claim.
    if best.is_none() {
        best = publisher(text, tokens, people);
    }
    // "It points to a smaller trial …", "The study points to …": a
    // document citing its evidence.
    if best.is_none() {
        best = points_to(text, tokens, people);
    }
    // "There are unconfirmed reports that …", "Reports that … remain
    // unconfirmed": the reports are the source.
    if best.is_none() {
        best = reports_that(text, tokens);
    }
    // "Shares in X fell by a third after the bed maker warned that …": a
    // verb of saying in a clause of time or cause after a main clause
    // that is the reporter's own; the sentence is the outlet's.
    let subordinate = !by_phrase
        && best
            .as_ref()
            .is_some_and(|&(_, at, _)| after_main_clause(tokens, at));
    if subordinate {
        return found;
    }
    if let Some((mut sp, at, len)) = best {
        // "Save Wexcombe Fields said it would hold a meeting": a name that
        // speaks of itself as "it" is an organisation.
        if sp.person && speaks_as_it(tokens, at + len) && !people_knows_role(people, &sp) {
            sp.person = false;
        }
        found.cue = Some(join(text, &tokens[at..(at + len).min(tokens.len())]).to_lowercase());
        found.cue_at = Some(at);
        found.person = sp.person;
        found.named = sp.named;
        found.role = sp.role;
        found.speaker = Some(sp.text);
    }
    // "The paper, published in …, suggests … It points to …": a document
    // that speaks is what "it" stands for next.
    if let Some(sp) = found.speaker.as_deref() {
        if !found.person && !found.named && sp.split(' ').count() <= 4 {
            let mut words = sp.split(' ');
            let first = words.next().unwrap_or_default();
            let last = sp.rsplit(' ').next().unwrap_or_default().to_lowercase();
            if first.eq_ignore_ascii_case("the") && DOCUMENTS.contains(&last.as_str()) {
                people.last_org = Some(sp.to_string());
            }
        }
    }
    found.via = via(text, tokens, lows, found.speaker.as_deref());
    // "…, Reuters reported on Monday, citing two senior coalition
    // officials": the people cited said it; the outlet passed it on.
    if let Some(outlet) = found.speaker.clone() {
        if let Some(cited) = citing(text, tokens, people) {
            found.via.retain(|v| *v != cited.text);
            found.via.insert(0, bare_name(&outlet));
            found.person = cited.person;
            found.named = cited.named;
            found.role = cited.role;
            found.speaker = Some(cited.text);
        }
    }
    found
}

/// Verbs of what someone expects or believes rather than says.
const BELIEFS: &[&str] = &[
    "expect",
    "expects",
    "believe",
    "believes",
    "fear",
    "fears",
    "think",
    "thinks",
    "hope",
    "hopes",
    "predict",
    "predicts",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
];

/// Whether the verb at `at` lies in a clause opened by "after", "when",
/// "because", "following" or "before" that follows a main clause of at
/// least three words ("Shares in Lindqvist Foods jumped 14 per cent on
/// Tuesday after the company warned that …"), with no comma or quotation
/// between; not a sentence that opens with such a clause.
fn after_main_clause(tokens: &[Token], at: usize) -> bool {
    let from = at.saturating_sub(10).max(3);
    let Some(k) = (from..at).rev().find(|&k| {
        matches!(
            tokens[k].low(),
            "after" | "when" | "because" | "following" | "before"
        )
    }) else {
        return false;
    };
    // The clause's subject is the one the main clause named, by a common
    // noun ("the company", "the sofa and bed maker"); a source named in
    // its own right ("after the Ledger reported that …") makes a claim
    // of its own.
    let subject = &tokens[k + 1..at];
    matches!(subject.first().map(Token::low), Some("the" | "its"))
        && subject.len() >= 2
        && !subject[1..].iter().any(Token::is_cap)
        && !tokens[k..at].iter().any(|t| !t.is_word() || t.quoted)
        && !tokens[..k].iter().any(|t| t.quoted || t.is_quote_mark())
        && !matches!(
            tokens[0].low(),
            "after" | "when" | "because" | "following" | "before" | "as" | "while" | "if"
        )
}

/// An outlet passing a claim on, by its name: "the lettings site
/// Homefind" → "Homefind" (as "told the broadcaster RTV" gives "RTV").
fn bare_name(outlet: &str) -> String {
    let words: Vec<&str> = outlet.split(' ').collect();
    match words
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase))
    {
        Some(k)
            if k + 1 < words.len()
                && super::lexicon::ORG_NOUNS.contains(&words[k].to_lowercase().as_str()) =>
        {
            words[k + 1..].join(" ")
        }
        _ => outlet.to_string(),
    }
}

/// Documents that speak for whoever wrote them.
const DOCUMENTS: &[&str] = &[
    "report",
    "study",
    "paper",
    "review",
    "survey",
    "analysis",
    "audit",
    "dossier",
    "letter",
    "statement",
    "assessment",
    "research",
    "inquiry",
    "investigation",
    "complaint",
    "lawsuit",
    "filing",
    "submission",
    "briefing",
    "note",
    "memo",
    "document",
    "indictment",
];

/// Verbs that put a document out.
const PUT_OUT: &[&str] = &[
    "published",
    "publishes",
    "issued",
    "issues",
    "released",
    "releases",
    "produced",
    "filed",
    "files",
    "sent",
    "submitted",
    "circulated",
    "lodged",
];

/// Participles and verbs that say what a document claims: "a report
/// accusing …", "a statement alleging that …", "a lawsuit claiming …".
const DOCUMENT_SAYS: &[&str] = &[
    "accusing",
    "alleging",
    "claiming",
    "saying",
    "warning",
    "arguing",
    "concluding",
    "showing",
    "suggesting",
    "finding",
    "estimating",
    "stating",
    "asserting",
    "predicting",
    "accused",
    "alleged",
    "claimed",
    "said",
    "found",
    "showed",
    "concluded",
    "warned",
    "says",
    "claims",
    "alleges",
    "finds",
    "shows",
    "concludes",
    "warns",
];

/// "X published a 62-page report accusing Y of …", "X issued a statement
/// alleging that …", "X filed a lawsuit on Monday claiming …": the subject
/// of the verb that put the document out, when the document's words follow.
fn publisher(text: &str, tokens: &[Token], people: &mut People) -> Option<(Speaker, usize, usize)> {
    let i = (1..tokens.len().min(24))
        .find(|&i| !tokens[i].quoted && PUT_OUT.contains(&tokens[i].low()))?;
    let d = (i + 1..tokens.len().min(i + 8)).find(|&d| DOCUMENTS.contains(&tokens[d].low()))?;
    // Up to a time ("on Monday") between the document and its words; "that"
    // or "which" before a finite verb ("a report that alleged …").
    let says = (d + 1..tokens.len().min(d + 5)).find(|&k| {
        let w = tokens[k].low();
        (DOCUMENT_SAYS.contains(&w) && w.ends_with("ing"))
            || (matches!(w, "that" | "which")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| DOCUMENT_SAYS.contains(&n.low()) && !n.lower.ends_with("ing")))
    })?;
    if tokens[d + 1..says]
        .iter()
        .any(|t| !t.is_word() && t.lower != ",")
    {
        return None;
    }
    let (name, role) = super::cues::speaker_before(text, tokens, i, people)?;
    let person = people.known.iter().any(|p| p.name == name);
    let named = person || name.split(' ').any(|w| w.starts_with(char::is_uppercase));
    Some((
        Speaker {
            name: person.then(|| name.clone()),
            text: name,
            role,
            person,
            named,
        },
        i,
        1,
    ))
}

/// "Researchers from X modelled … and found that …", "She called on
/// airlines to pay and said she would …": a verb of saying joined by
/// "and" to the sentence's first verb has the sentence's subject.
fn coordinated(text: &str, tokens: &[Token], i: usize, people: &mut People) -> Option<Speaker> {
    let t = &tokens[i];
    if t.quoted
        || i < 3
        || tokens[i - 1].lower != "and"
        || !matches!(
            t.low(),
            "said"
                | "says"
                | "found"
                | "finds"
                | "concluded"
                | "warned"
                | "added"
                | "argued"
                | "claimed"
                | "estimated"
                | "showed"
                | "reported"
                | "told"
                | "predicted"
        )
    {
        return None;
    }
    // What follows is what was said: "that", a clause or a quotation, not
    // an object ("and found the body").
    let next = tokens.get(i + 1)?;
    if t.lower != "told"
        && !(next.lower == "that"
            || next.is_quote_mark()
            || matches!(
                next.low(),
                "it" | "he" | "she" | "they" | "there" | "its" | "their" | "his" | "her"
            ))
    {
        return None;
    }
    let end = subject_end(tokens)?;
    // The first verb, then no other subject before "and": one clause.
    if end >= i - 1
        || tokens[end..i - 1]
            .iter()
            .any(|x| x.lower == "," || x.quoted)
    {
        return None;
    }
    read_speaker(text, &tokens[..end], people)
}

/// "There are unconfirmed reports that …", "There were reports on social
/// media of …", "Reports that a buyer had been chosen remain unconfirmed":
/// reports that open the sentence are its source.
fn reports_that(text: &str, tokens: &[Token]) -> Option<(Speaker, usize, usize)> {
    let start = match tokens.first()?.low() {
        "there"
            if tokens
                .get(1)
                .is_some_and(|t| matches!(t.low(), "are" | "were" | "have" | "had")) =>
        {
            if tokens.get(2).is_some_and(|t| t.lower == "been") {
                3
            } else {
                2
            }
        }
        _ => 0,
    };
    let r = (start..tokens.len().min(start + 3)).find(|&k| {
        matches!(
            tokens[k].low(),
            "reports" | "rumours" | "rumors" | "claims" | "accounts"
        )
    })?;
    if tokens[start..=r].iter().any(|t| t.quoted || !t.is_word()) {
        return None;
    }
    // The reports' place ("on social media", "in local media") belongs to them.
    let of =
        (r + 1..tokens.len().min(r + 6)).find(|&k| matches!(tokens[k].low(), "that" | "of"))?;
    if tokens[r + 1..of].iter().any(|t| !t.is_word()) {
        return None;
    }
    if start == 0 && tokens[of].lower != "that" {
        return None;
    }
    Some((
        Speaker {
            text: join(text, &tokens[start..of]),
            ..Speaker::default()
        },
        of,
        1,
    ))
}

/// "It points to …", "The study points to …": a document (or the "it"
/// standing for one) opening the sentence cites what it rests on.
fn points_to(text: &str, tokens: &[Token], people: &mut People) -> Option<(Speaker, usize, usize)> {
    let k = (1..tokens.len().min(7)).find(|&k| {
        matches!(tokens[k].low(), "points" | "pointed")
            && tokens.get(k + 1).is_some_and(|t| t.lower == "to")
    })?;
    let np = &tokens[..k];
    if !np.iter().all(|t| t.is_word() && !t.quoted) {
        return None;
    }
    let head = np.last()?.low();
    let document = head == "it" && np.len() == 1 && people.last_org.is_some()
        || DOCUMENTS.contains(&head) && matches!(np[0].low(), "the" | "this" | "that" | "its");
    if !document {
        return None;
    }
    let sp = read_speaker(text, np, people)?;
    Some((sp, k, 2))
}

/// People who speak for others, whose hedged doings are their own report:
/// "City officials are reportedly preparing …".
const SPEAKING_GROUPS: &[&str] = &[
    "officials",
    "sources",
    "aides",
    "insiders",
    "advisers",
    "advisors",
    "ministers",
    "executives",
    "diplomats",
    "negotiators",
    "spokesmen",
    "officers",
    "groups",
    "campaigners",
    "activists",
];

/// Where the subject opening a sentence ends: at its first verb, an
/// auxiliary or a past tense ("The Environment Agency objected", "City
/// officials are reportedly preparing"), within eight words.
fn subject_end(tokens: &[Token]) -> Option<usize> {
    let end = (1..tokens.len().min(9)).find(|&i| {
        let t = &tokens[i];
        t.is_word()
            && !t.is_cap()
            && (matches!(
                t.low(),
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "reportedly"
                    | "allegedly"
            ) || (t.lower.len() > 4 && t.lower.ends_with("ed")))
    })?;
    let np = &tokens[..end];
    (np.iter().all(|t| t.is_word() && !t.quoted)
        && !matches!(
            np[0].low(),
            "it" | "there"
                | "this"
                | "that"
                | "in"
                | "on"
                | "at"
                | "after"
                | "before"
                | "when"
                | "if"
                | "as"
                | "but"
                | "and"
        ))
    .then_some(end)
}

/// Whether the first pronoun within six words after `from` is "it" or "its".
fn speaks_as_it(tokens: &[Token], from: usize) -> bool {
    tokens
        .iter()
        .skip(from)
        .take(6)
        .find(|t| {
            matches!(
                t.low(),
                "it" | "its" | "he" | "she" | "his" | "her" | "they" | "we" | "i"
            )
        })
        .is_some_and(|t| matches!(t.low(), "it" | "its"))
}

/// A person the article gave a role is a person whatever pronoun follows.
fn people_knows_role(people: &People, sp: &Speaker) -> bool {
    sp.role.is_some()
        || people
            .known
            .iter()
            .any(|p| Some(&p.name) == sp.name.as_ref() && p.role.is_some())
}

/// Nouns of people who can be cited as the source of a story.
const CITED_PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "executive",
    "executives",
    "insider",
    "insiders",
    "someone",
    "employees",
    "staff",
    "members",
    "lawmakers",
    "advisers",
    "advisors",
    "ministers",
];

/// ", citing two senior coalition officials" or ", citing people familiar
/// with the matter" (unquoted): the people cited, not a document ("citing
/// an inspection report it had seen" leaves the outlet the speaker).
fn citing(text: &str, tokens: &[Token], people: &mut People) -> Option<Speaker> {
    // "…, citing two officials", "according to Finwire, which cited two
    // people with knowledge of the matter".
    let at = (1..tokens.len()).find(|&i| {
        !tokens[i].quoted
            && ((tokens[i].lower == "citing" && tokens[i - 1].lower == ",")
                || (tokens[i].lower == "cited"
                    && i >= 2
                    && matches!(tokens[i - 1].low(), "which" | "who")
                    && tokens[i - 2].lower == ","))
    })?;
    let mut e = at + 1;
    while e < tokens.len() && !matches!(tokens[e].low(), "," | ";" | "." | "who" | "which") {
        e += 1;
    }
    let np = trim_np(&tokens[at + 1..e]);
    if np.is_empty() || np.len() > 10 {
        return None;
    }
    // The head noun: the last word before "with", "familiar", "close", "in", "at", "from".
    let head_end = np
        .iter()
        .position(|t| {
            matches!(
                t.low(),
                "with" | "familiar" | "close" | "in" | "at" | "from" | "of" | "who" | "briefed"
            )
        })
        .unwrap_or(np.len());
    let head = np[..head_end].last()?;
    if CITED_PEOPLE.contains(&head.low()) {
        return Some(Speaker {
            text: join(text, np),
            ..Speaker::default()
        });
    }
    // A person by name: "citing Finance Minister Jan Novak".
    let sp = read_speaker(text, np, people)?;
    sp.person.then_some(sp)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{lows, tokenize};
    use super::*;

    fn run(people: &mut People, text: &str) -> Found {
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        let f = attribute(text, &tokens, &lows(&tokens), people);
        people.observe(text, &tokens);
        f
    }

    #[test]
    fn speaker_and_role_before_the_verb() {
        let mut p = People::default();
        let f = run(&mut p, "Russian Ambassador to China Andrei Denisov informed reporters that the two presidents will meet.");
        assert_eq!(f.speaker.as_deref(), Some("Andrei Denisov"));
        assert_eq!(f.role.as_deref(), Some("Russian Ambassador to China"));
        assert!(f.person);
        let f = run(&mut p, "According to Denisov, who was speaking as cited by Russia\u{2019}s state-run news service Tass, we are ready.");
        assert_eq!(f.speaker.as_deref(), Some("Andrei Denisov"));
        assert_eq!(f.via, vec!["Tass".to_string()]);
        let f = run(&mut p, "The ambassador added that it was so.");
        assert_eq!(f.speaker.as_deref(), Some("Andrei Denisov"));
        let f = run(&mut p, "He said they would go.");
        assert_eq!(f.speaker.as_deref(), Some("Andrei Denisov"));
    }

    #[test]
    fn the_subject_stands_before_a_relative_clause() {
        let mut p = People::default();
        let f = run(&mut p, "Norvik Systems, which runs the airport's check-in and baggage software, said a faulty update had caused the failure.");
        assert_eq!(f.speaker.as_deref(), Some("Norvik Systems"));
        let f = run(
            &mut p,
            "The drivers' union, which represents 4,000 staff, said the strike would go ahead.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The drivers' union"));
    }

    #[test]
    fn a_role_then_a_name_after_the_quote_is_the_person() {
        let mut p = People::default();
        let f = run(&mut p, "\u{201C}This is a betrayal of the people who built this company,\u{201D} said the union's regional secretary, Kevin Doyle.");
        assert_eq!(f.speaker.as_deref(), Some("Kevin Doyle"));
        assert_eq!(f.role.as_deref(), Some("union's regional secretary"));
        assert!(f.person);
        // Found again by surname.
        let f = run(
            &mut p,
            "Doyle said two of the four lines had stood idle since the spring.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Kevin Doyle"));
    }

    #[test]
    fn airports_water_companies_and_papers_are_bodies() {
        let mut p = People::default();
        for text in [
            "Westbridge Airport said 212 departures had been cancelled on Wednesday night.",
            "Wessex Valley Water said it was cooperating fully with the prosecution.",
            "The Daily Standard reported that investigators were examining the systems.",
        ] {
            let f = run(&mut p, text);
            assert!(f.speaker.is_some() && !f.person, "{text}: {f:?}");
        }
        // Named after what it is, it stays the body.
        let f = run(
            &mut p,
            "The developer, Hartwell Homes, said construction would begin in the autumn.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Hartwell Homes"));
    }

    #[test]
    fn a_report_cited_before_a_name_is_the_source() {
        let mut p = People::default();
        let f = run(&mut p, "According to the same report, Fairway, Meridian's largest customer, has told the company it will stop stocking its juices.");
        assert_eq!(f.speaker.as_deref(), Some("the same report"));
        assert!(!f.person);
    }

    #[test]
    fn apposition_inversion_and_unnamed_sources() {
        let mut p = People::default();
        let f = run(&mut p, "Mao Ning, a spokeswoman for the Chinese Ministry of Foreign Affairs, responded on Wednesday.");
        assert_eq!(f.speaker.as_deref(), Some("Mao Ning"));
        assert_eq!(
            f.role.as_deref(),
            Some("spokeswoman for the Chinese Ministry of Foreign Affairs")
        );
        let f = run(
            &mut p,
            "\u{201C}I love it,\u{201D} said Linda Marsh, a retired teacher.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Linda Marsh"));
        assert_eq!(f.role.as_deref(), Some("retired teacher"));
        let f = run(
            &mut p,
            "It has been claimed by Russian media that Xi intends to visit Kazakhstan.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Russian media"));
        assert!(!f.person);
        let f = run(
            &mut p,
            "An official from the Russian government said on Wednesday that they will meet.",
        );
        assert_eq!(
            f.speaker.as_deref(),
            Some("An official from the Russian government")
        );
        assert!(!f.person && !f.named);
        let f = run(
            &mut p,
            "According to the city's finance director, Maria Okafor, the reserve fell.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Maria Okafor"));
        assert_eq!(f.role.as_deref(), Some("city's finance director"));
        let f = run(&mut p, "The sky is blue.");
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn shortened_titles_stand_for_the_full_name() {
        let mut p = People::default();
        run(&mut p, "Councillor Priya Dunstan, who chairs the planning committee, said the scheme was lawful.");
        run(
            &mut p,
            "Detective Inspector Alan Rowe said two men had been arrested.",
        );
        run(
            &mut p,
            "Professor Leila Amin, an epidemiologist, said the rise was expected.",
        );
        for (text, who) in [
            (
                "Cllr Dunstan said every objection had been read.",
                "Priya Dunstan",
            ),
            (
                "Det Insp Rowe said a third man was being sought.",
                "Alan Rowe",
            ),
            ("Prof Amin said cases had peaked in March.", "Leila Amin"),
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker.as_deref(), Some(who), "{text}");
            assert!(f.person, "{text}");
        }
        // First met with a shortened title, the title is the role.
        let f = run(
            &mut p,
            "Supt Joan Hale said the road would reopen on Friday.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Joan Hale"));
    }

    #[test]
    fn a_participle_between_commas_names_no_speaker() {
        let mut p = People::default();
        for text in [
            "The plant closure, announced in March, will cost 400 jobs.",
            "The merger, confirmed by both boards last week, is worth about $2bn.",
            "The new timetable, revealed on Monday, cuts 30 trains a day.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker, None, "{text}");
        }
        // A verb of saying after the subject's own comma still speaks.
        let f = run(
            &mut p,
            "The union, in a statement, said the strike would go ahead.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The union"));
    }

    #[test]
    fn reports_that_over_a_time_and_negated_contractions() {
        let mut p = People::default();
        let f = run(&mut p, "The Westport Herald reports this morning that the depot will close, and that staff weren't told.");
        assert_eq!(f.speaker.as_deref(), Some("The Westport Herald"));
        let f = run(
            &mut p,
            "The Examiner reports on Tuesday that fares will rise.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Examiner"));
        // "didn't tell", "hasn't said": nothing attributed to "you".
        let f = run(
            &mut p,
            "You knew the budget had doubled and you didn't tell anyone.",
        );
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn more_verbs_of_saying() {
        let mut p = People::default();
        let f = run(&mut p, "Lead levels in the wells were twice the legal limit, the scientists report in the journal Water Research.");
        assert_eq!(f.speaker.as_deref(), Some("the scientists"));
        let f = run(
            &mut p,
            "The authors cautioned that the survey covered only three regions.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The authors"));
        let f = run(
            &mut p,
            "Harlan Foods blamed a wet harvest and higher energy costs for the fall.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Harlan Foods"));
        // A report as a thing, not a verb.
        let f = run(&mut p, "The annual report ran to 300 pages.");
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn a_market_move_after_the_company_spoke_is_the_outlets() {
        let mut p = People::default();
        for text in [
            "Shares in Calder Paints dropped 12% on Monday after the company warned that sales would fall.",
            "The bond price slumped when the lender said it had missed a payment.",
            "Trading in Orwell Mining was halted because the miner announced it had found an error in its accounts.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker, None, "{text}");
            assert!(f.via.is_empty(), "{text}");
        }
        // A source named in its own right keeps its claim.
        let f = run(
            &mut p,
            "The minister resigned on Friday after the Courier reported that she had misled MPs.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the Courier"));
        // A clause that opens the sentence is no main clause's.
        let f = run(
            &mut p,
            "After the company warned that sales would fall, the shares dropped.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the company"));
    }

    #[test]
    fn what_a_group_expects_according_to_sources_is_the_sources() {
        let mut p = People::default();
        let f = run(
            &mut p,
            "Ministers privately fear the vote will be lost, according to three government aides.",
        );
        assert_eq!(f.speaker.as_deref(), Some("three government aides"));
        let f = run(&mut p, "Economists expect inflation to ease by the spring, according to a poll by the Tribune.");
        assert_eq!(f.speaker.as_deref(), Some("a poll by the Tribune"));
        // Words said stay with whoever said them.
        let f = run(
            &mut p,
            "The coach said the team would recover, according to the club's website.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The coach"));
    }
}
