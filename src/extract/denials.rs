//! Denials and accusations: whose claim a denied statement is, and the
//! denial that answers it.
//!
//! "The mayor has denied a story in the Evening Post that her aides had
//! shredded the documents": the claim is the Evening Post's; the mayor's
//! denial answers it. "Rights groups have accused the ministry of hiding
//! casualty figures, an allegation it rejects": the claim is the rights
//! groups'; the closing phrase is the ministry's denial of it.

use super::answers::{makes_charge, same_word};
use super::tokens::{after_label, is_conditional, is_negation, Token};
use super::Candidate;
use crate::model::ResponseKind;

/// Verbs of denial.
const DENY: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "rejected",
    "rejects",
    "reject",
    "disputed",
    "disputes",
    "dispute",
    "dismissed",
    "dismisses",
    "refuted",
    "refutes",
];

/// What is denied: "a story", "claims", "an allegation".
const CHARGE: &[&str] = &[
    "story",
    "stories",
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "suggestion",
    "suggestions",
    "article",
    "assertion",
    "assertions",
];

pub(crate) fn is_deny(t: &Token) -> bool {
    !t.quoted && DENY.contains(&t.low())
}

/// Nouns for another's telling that a party may deny, besides a charge:
/// ", an account Dunstan rejects", ", a version of events the firm disputes".
fn is_telling_noun(w: &str) -> bool {
    matches!(
        w,
        "account"
            | "version"
            | "description"
            | "characterisation"
            | "characterization"
            | "criticism"
            | "criticisms"
            | "interpretation"
    )
}

/// A denial that is the whole of its sentence, naming what it denies by a
/// noun for a charge: "That is an allegation the council rejects.", "It is
/// a claim the company has always denied.", "That's an account Hale
/// disputes." A demonstrative or "it", a form of "be", "a", "an" or "one",
/// the noun, the party (one to four words), perhaps "has" or an adverb,
/// the verb of denial, and the end of the sentence. The charge it denies
/// was told before. Returns where the verb is.
pub(crate) fn named_charge(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    // (cheap tests first: at most fourteen tokens, opening "That is")
    if lows.len() > 14 || lows.len() < 6 {
        return None;
    }
    let mut i = match (lows[0], lows[1]) {
        ("that" | "this" | "it", "is" | "was" | "remains") => 2,
        ("that's" | "it's", _) => 1,
        _ => return None,
    };
    if !matches!(lows[i], "a" | "an" | "one") {
        return None;
    }
    i += 1;
    if !CHARGE.contains(&lows[i]) && !is_telling_noun(lows[i]) {
        return None;
    }
    i += 1;
    if matches!(lows.get(i), Some(&("that" | "which"))) {
        i += 1;
    }
    // The verb ends the sentence: the last word before its stop.
    let end = tokens.iter().rposition(Token::is_word)?;
    if tokens[end + 1..]
        .iter()
        .any(|t| t.is_word() || t.text == "?")
        || !is_deny(&tokens[end])
    {
        return None;
    }
    let mut e = end;
    while e > i
        && matches!(
            lows[e - 1],
            "has"
                | "have"
                | "had"
                | "strongly"
                | "always"
                | "firmly"
                | "flatly"
                | "categorically"
                | "repeatedly"
                | "consistently"
                | "also"
                | "vehemently"
        )
    {
        e -= 1;
    }
    // (a party that no longer denies, or nobody who does, is no denial:
    // "It is a claim the council no longer disputes.")
    (e > i
        && e - i <= 4
        && tokens[i..e].iter().all(|t| t.is_word() && !t.quoted)
        && !lows[i..e].iter().any(|w| {
            matches!(*w, "no" | "not" | "never" | "nobody" | "none") || w.ends_with("n't")
        }))
    .then_some((ResponseKind::Denied, end))
}

/// A closing phrase that denies what the sentence reports: ", a charge she
/// denies", ", an allegation Severnside denies", ", which the company denies".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Closing {
    /// Token index of the comma before the phrase: the claim ends there.
    pub(crate) comma: usize,
    /// Token range of the party that denies ("she", "Severnside").
    pub(crate) party: (usize, usize),
    /// Token range of the phrase, without the comma.
    pub(crate) phrase: (usize, usize),
    /// What the phrase answers: denied, confirmed (", a figure the company
    /// confirmed on Monday") or left standing (", something managers have
    /// not denied").
    pub(crate) kind: ResponseKind,
}

/// Whether a token is a verb of granting in the reporter's words:
/// ", a figure Vesper Agri confirmed", ", a sale she has since
/// acknowledged".
fn is_grant(t: &Token) -> bool {
    !t.quoted
        && matches!(
            t.low(),
            "confirmed" | "confirms" | "acknowledged" | "acknowledges" | "admitted" | "admits"
        )
}

/// The denial closing a sentence, if it has one.
pub(crate) fn closing(tokens: &[Token]) -> Option<Closing> {
    // The last word; the phrase ends at it.
    let end = tokens.iter().rposition(Token::is_word)?;
    let mut last = end;
    // ", a charge the office dismissed as \"absurd\"": the verb before "as"
    // and a quoted verdict.
    if tokens[end].quoted {
        let mut j = end;
        while j > 0 && (tokens[j].quoted || tokens[j].is_quote_mark()) {
            j -= 1;
        }
        if tokens[j].lower == "as"
            && j > 0
            && matches!(
                tokens[j - 1].low(),
                "dismissed" | "dismisses" | "described" | "describes" | "branded" | "brands"
            )
        {
            last = j - 1;
        }
    }
    // ", but the governor's office denied this": a denial of the clause
    // before it.
    let mut but = false;
    if matches!(tokens[end].low(), "this" | "it" | "that") && end > 0 && is_deny(&tokens[end - 1]) {
        last = end - 1;
        but = true;
    }
    // (or what grants it: ", a figure Vesper Agri confirmed on Monday",
    // the verb followed by a short phrase of time)
    let mut granted = false;
    if !is_deny(&tokens[last]) && last == end {
        let grant = (end.saturating_sub(3)..=end)
            .find(|&j| is_grant(&tokens[j]))
            .filter(|&j| {
                tokens[j + 1..=end].iter().all(|t| {
                    matches!(
                        t.low(),
                        "on" | "in" | "last" | "this" | "today" | "yesterday" | "week" | "month"
                    ) || super::calendar::weekday_of(t.low()).is_some()
                })
            })?;
        last = grant;
        granted = true;
    }
    // Back to the comma that opens the phrase, over at most ten words.
    let comma = (last.saturating_sub(12)..last)
        .rev()
        .find(|&j| tokens[j].lower == "," && !tokens[j].quoted)?;
    let mut s = comma + 1;
    let first = tokens.get(s)?;
    if but {
        if !matches!(first.low(), "but" | "though" | "although" | "while") {
            return None;
        }
        s += 1;
    } else {
        match first.low() {
            "a" | "an" | "the" => {
                let noun = tokens.get(s + 1)?;
                // (a charge, a telling or a figure is denied; whatever is
                // told may be confirmed: ", a sale she has since confirmed")
                // (not ", the chief executive confirmed", who tells it)
                let any_noun = granted && first.low() != "the" && noun.is_word() && !noun.is_cap();
                if !(is_told_noun(noun.low()) || any_noun) {
                    return None;
                }
                s += 2;
                // (", a version of events the tenants dispute")
                if tokens.get(s).is_some_and(|t| t.lower == "of")
                    && tokens.get(s + 1).is_some_and(|t| t.lower == "events")
                {
                    s += 2;
                }
                if tokens
                    .get(s)
                    .is_some_and(|t| matches!(t.low(), "that" | "which"))
                {
                    s += 1;
                }
            }
            "which" | "something" | "claims" | "allegations" | "charges" => s += 1,
            _ => return None,
        }
    }
    // (the words skipped may run past the verb: ", a claim that denied"
    // leaves no party)
    if s > last {
        return None;
    }
    // ", something managers have not denied": a denial negated leaves
    // the claim standing; a grant negated is no answer (", a figure the
    // company has not confirmed" doubts it).
    let negated = tokens[s..last]
        .iter()
        .any(|t| matches!(t.low(), "not" | "never") || t.low().ends_with("n't"));
    if negated && granted {
        return None;
    }
    let kind = if granted {
        ResponseKind::Confirmed
    } else if negated {
        ResponseKind::NonDenial
    } else {
        ResponseKind::Denied
    };
    // The party, then perhaps "has", "strongly", "always".
    let mut e = last;
    while e > s
        && matches!(
            tokens[e - 1].low(),
            "has"
                | "have"
                | "had"
                | "strongly"
                | "always"
                | "firmly"
                | "vehemently"
                | "flatly"
                | "also"
                | "categorically"
                | "repeatedly"
                | "consistently"
                | "did"
                | "does"
                | "since"
                | "later"
                | "now"
                | "not"
                | "never"
                | "hasn't"
                | "haven't"
                | "didn't"
                | "doesn't"
        )
    {
        e -= 1;
    }
    // (a name may hold "&": ", a figure Tuttle & Brack confirmed")
    if e <= s
        || e - s > 6
        || tokens[s..e]
            .iter()
            .any(|t| !t.is_word() && t.lower != "'s" && t.text != "&")
    {
        return None;
    }
    Some(Closing {
        comma,
        party: (s, e),
        phrase: (
            comma + 1 + usize::from(but),
            end + 1 + usize::from(tokens.get(end + 1).is_some_and(Token::is_quote_mark)),
        ),
        kind,
    })
}

/// A denial of a story told elsewhere: "has denied a story in the Evening
/// Post that …", "rejected reports by Tass that …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Denied {
    /// Token index of the verb of denial; its subject denies.
    pub(crate) verb: usize,
    /// Token range of whoever told the story ("the Evening Post"), if named.
    pub(crate) source: Option<(usize, usize)>,
    /// Token index of "that", after which the claim is told.
    pub(crate) that: usize,
}

/// The story a sentence denies, and who told it.
pub(crate) fn denied_story(tokens: &[Token]) -> Option<Denied> {
    let verb = tokens
        .iter()
        .position(|t| is_deny(t) && !matches!(t.low(), "deny" | "reject" | "dispute"))?;
    if verb > 0 && matches!(tokens[verb - 1].low(), "not" | "never" | "n't") {
        return None;
    }
    let mut i = verb + 1;
    // "a story", "the reports", "claims", "a newspaper report"
    while i < tokens.len() && i <= verb + 4 && !CHARGE.contains(&tokens[i].low()) {
        if !tokens[i].is_word() || matches!(tokens[i].low(), "that" | "by" | "in") {
            return None;
        }
        i += 1;
    }
    if !tokens.get(i).is_some_and(|t| CHARGE.contains(&t.low())) {
        return None;
    }
    told_by(tokens, verb, i + 1)
}

/// The story a sentence grants, when it names who told it: "The fire
/// service has confirmed reports from residents that the hole has widened
/// since this morning" is the residents' claim, confirmed by the fire
/// service. A verb of granting, a noun for a story within four words, its
/// teller named, and "that".
pub(crate) fn granted_story(tokens: &[Token]) -> Option<Denied> {
    let verb = tokens.iter().position(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "confirmed" | "confirms" | "acknowledged" | "acknowledges"
            )
    })?;
    if verb > 0 && matches!(tokens[verb - 1].low(), "not" | "never" | "n't") {
        return None;
    }
    let noun = (verb + 1..tokens.len().min(verb + 5))
        .take_while(|&k| tokens[k].is_word() && !matches!(tokens[k].low(), "that" | "by" | "in"))
        .find(|&k| CHARGE.contains(&tokens[k].low()))?;
    told_by(tokens, verb, noun + 1).filter(|d| d.source.is_some())
}

/// A story the outlet tells of, told by another: "The campaign has been
/// overshadowed by a report in the Pelvar daily Obzor on Monday that …",
/// "The row follows a story in the Evening Post that …". A noun for a
/// story after "a" or "the" (or "reports" alone), its teller named, and
/// "that": what follows is the teller's claim.
pub(crate) fn told_story(tokens: &[Token]) -> Option<Denied> {
    let noun = (1..tokens.len()).find(|&k| {
        !tokens[k].quoted
            && (matches!(tokens[k].low(), "report" | "story" | "article")
                && matches!(tokens[k - 1].low(), "a" | "the")
                || tokens[k].low() == "reports")
    })?;
    told_by(tokens, noun, noun + 1).filter(|d| d.source.is_some())
}

/// A story a party was asked about and did not answer, told in the same
/// sentence: "The company has not responded to our questions about a
/// report in the Bracklow Echo this afternoon that …", "declined to comment
/// on a story in the Post that …". After the answer's phrase (`at`),
/// within ten words, "about", "on", "over" or "regarding", then a noun for
/// a story within three words, its teller named, and "that".
pub(crate) fn answered_story(tokens: &[Token], at: usize) -> Option<Denied> {
    let end = tokens.len().min(at + 12);
    let about = (at + 1..end).find(|&k| {
        !tokens[k].quoted && matches!(tokens[k].low(), "about" | "on" | "over" | "regarding")
    })?;
    let noun = (about + 1..tokens.len().min(about + 5))
        .take_while(|&k| tokens[k].is_word() && tokens[k].lower != "that")
        .find(|&k| CHARGE.contains(&tokens[k].low()))?;
    told_by(tokens, at, noun + 1).filter(|d| d.source.is_some())
}

/// A fact the reporter tells of a silent party in a clause set off by
/// commas before its refusal: "The Royal Thornbury Hospital, which recorded
/// the longest average delay of any hospital, at 14 hours and 5 minutes,
/// declined to comment on individual figures." The subject within its
/// first six words, then ", which" or ", who", five words at least, a
/// number among them, and the comma that closes the clause just before
/// the refusal's phrase (`at`).
pub(crate) fn relative_fact(tokens: &[Token], at: usize) -> bool {
    let Some(open) = (1..tokens.len().min(7))
        .find(|&k| tokens[k - 1].text == "," && matches!(tokens[k].low(), "which" | "who"))
    else {
        return false;
    };
    // (the comma closing the clause, then the subject's verb phrase)
    let Some(close) = (open + 1..at.min(tokens.len()))
        .rev()
        .find(|&k| tokens[k].text == ",")
    else {
        return false;
    };
    let clause = &tokens[open + 1..close];
    at <= close + 4
        && clause.iter().filter(|t| t.is_word()).count() >= 5
        && clause.iter().any(Token::has_digit)
        && !clause.iter().any(|t| t.quoted)
}

/// Who told a story and where its "that" is, from just after the noun for
/// it (`i`): "in the Evening Post that", "by Tass, that".
fn told_by(tokens: &[Token], verb: usize, mut i: usize) -> Option<Denied> {
    let mut source = None;
    if tokens
        .get(i)
        .is_some_and(|t| matches!(t.low(), "in" | "by" | "from" | "on"))
    {
        let s = i + 1;
        let mut e = s;
        while e < tokens.len() && e - s < 8 && tokens[e].is_word() && tokens[e].lower != "that" {
            e += 1;
        }
        // A source is named: "the Evening Post", "Tass", "a local newspaper";
        // or people in the plural ("claims from residents that …", "from
        // several parents").
        // (or an outlet by its common noun, standing for the one named
        // before: "a separate claim in the paper that …")
        // (or the media at large: "reports on social media that …",
        // "stories in the local press that …")
        // ("by members at closed clubs that …", "by rights groups that
        // …": the people or bodies by the head of their phrase, before
        // where they are)
        let head = (s + 1..e)
            .find(|&k| matches!(tokens[k].low(), "at" | "in"))
            .unwrap_or(e);
        let plural = |w: &str| {
            super::speaker::people_in_the_plural(w) || matches!(w, "groups" | "charities")
        };
        if e > s
            && (tokens[s..e].iter().any(Token::is_cap)
                || plural(tokens[e - 1].low())
                || plural(tokens[head - 1].low())
                || matches!(tokens[e - 1].low(), "media" | "press")
                || (e - s == 2
                    && matches!(tokens[s].low(), "the" | "that" | "this")
                    && matches!(
                        tokens[s + 1].low(),
                        "paper" | "newspaper" | "magazine" | "website" | "broadcaster" | "tabloid"
                    )))
        {
            source = Some((s, e));
        }
        i = e;
    }
    if tokens.get(i).is_some_and(|t| t.lower == ",") {
        i += 1;
    }
    tokens.get(i).filter(|t| t.lower == "that").map(|_| Denied {
        verb,
        source,
        that: i,
    })
}

/// A denial of the deed a charge alleges, in the deed's own verb: "Mr
/// Doyle-Hart did not ignore anyone" after "a director ignored three
/// warnings, the prosecution alleged"; "She never falsified the logs", "My
/// client has not taken a penny". A negation after a name, a pronoun or
/// "client", then a verb that one of the last eight claims making a charge
/// uses. Returns that claim's index and where the negation is.
pub(crate) fn denied_deed(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    // A condition or a question ("if", "unless", "whether", "?") denies no
    // deed but by the two tests that read one: the sentence is looked at
    // for one once here, not again by each test below, which are asked
    // only of a sentence with none.
    if tokens.iter().any(|t| is_conditional(t.low())) {
        return not_done_to(tokens, number, candidates)
            .or_else(|| no_such_thing(tokens, number, candidates));
    }
    charged_deed(tokens, number, candidates)
        .or_else(|| undone(tokens, number, candidates))
        .or_else(|| nobody_did(tokens, number, candidates))
        .or_else(|| not_done_to(tokens, number, candidates))
        .or_else(|| accused_says_none(tokens, number, candidates))
        .or_else(|| no_such_thing(tokens, number, candidates))
        .or_else(|| none_done(tokens, number, candidates))
        .or_else(|| not_so_of_them(tokens, number, candidates))
        .or_else(|| done_after_all(tokens, number, candidates))
        .or_else(|| tests_found_none(tokens, number, candidates))
        .or_else(|| quoted_undone(tokens, number, candidates))
}

/// A party's own words, opening the sentence, that a thing a claim says was
/// done was not: "\"Inspections on this route have not been reduced,\" a
/// Railmark spokesman said." after "Railmark had cut safety inspections on
/// the line". Quoted from the first word: a noun (after "the", "our" or
/// "its", if any), up to four more words, "have", "has", "had", "was",
/// "were", "is" or "are", "not" or "never", perhaps "been", and a verb
/// that one of the last four claims, told in the three sentences before by
/// another, uses with the noun, in its word or its sense ("reduced" and
/// "cut"). Returns that claim's index and where the negation is.
fn quoted_undone(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let first = tokens.iter().position(|t| !t.is_quote_mark())?;
    if first == 0 || !tokens[first].quoted {
        return None;
    }
    let low = |i: usize| tokens.get(i).map_or("", Token::low);
    let head = first + usize::from(matches!(low(first), "the" | "our" | "its"));
    let noun = tokens.get(head).filter(|t| t.is_word() && t.quoted)?.low();
    let aux = (head + 1..tokens.len().min(head + 6)).find(|&k| {
        matches!(
            low(k),
            "have" | "has" | "had" | "was" | "were" | "is" | "are"
        )
    })?;
    if !matches!(low(aux + 1), "not" | "never") || tokens[head..aux].iter().any(|t| !t.is_word()) {
        return None;
    }
    let v = aux + 2 + usize::from(low(aux + 2) == "been");
    let verb = tokens.get(v).filter(|t| t.is_word() && t.quoted)?.low();
    let sense = super::answers::content_of(verb);
    let nouns = super::answers::content_of(noun);
    if noun.len() < 4 || sense.is_empty() || nouns.is_empty() {
        return None;
    }
    recent_claims(candidates, number)
        .find(|&ci| {
            let c = &candidates[ci];
            let theirs = super::answers::content_of(&c.quote);
            let holds = |ws: &[String]| ws.iter().all(|w| theirs.iter().any(|t| one_word(t, w)));
            let in_sense = |w: &str| w == verb || super::answers::content_of(w) == sense;
            !names_teller(tokens, c)
                && !says_undone_by(&c.quote, in_sense)
                && holds(&sense)
                && holds(&nouns)
        })
        .map(|ci| (ci, aux + 1))
}

/// A party's own tests said to have found nothing of what a report claims:
/// "Tarnfield Water said tests on Saturday morning had found \"no change at
/// all\" in the quality of the water" after "A social media post claimed
/// that ash from the fire had contaminated the reservoir, which supplies
/// drinking water". A verb of saying, then within three words "tests",
/// "checks", "samples", "sampling", "testing" or "monitoring", then within
/// five words "found", "showed", "show" or "shown" and "no" (quotation
/// marks skipped); not a finding the reporter tells ("The trial found no
/// serious side effects").
/// Answered is the latest of the last four claims, told in the three
/// sentences before by another as a report or a claim, that shares a
/// content word with what follows "no". Returns that claim's index and
/// where "no" is.
fn tests_found_none(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    // (no verb of saying, no tests told of: asked before anything is
    // gathered)
    if !tokens.iter().any(|t| !t.quoted && is_telling(t.low())) {
        return None;
    }
    let at = past_marks(tokens);
    let low = |i: usize| at.get(i).map_or("", |&k| tokens[k].low());
    let say = (0..at.len()).find(|&i| !tokens[at[i]].quoted && is_telling(low(i)))?;
    let tests = (say + 1..at.len().min(say + 4)).find(|&i| {
        matches!(
            low(i),
            "tests" | "checks" | "samples" | "sampling" | "testing" | "monitoring"
        )
    })?;
    let found = (tests + 1..at.len().min(tests + 6))
        .find(|&i| matches!(low(i), "found" | "showed" | "show" | "shown"))?;
    let mut no = found + 1;
    if low(no) == "that" {
        no += 1;
    }
    if low(no) != "no" {
        return None;
    }
    let rest: Vec<Token> = at[no + 1..].iter().map(|&k| tokens[k].clone()).collect();
    let words = super::answers::content(&rest);
    if words.is_empty() {
        return None;
    }
    recent_claims(candidates, number)
        .filter(|&ci| {
            let c = &candidates[ci];
            !names_teller(tokens, c)
                && c.kind == crate::model::Kind::Reported
                && c.cue.as_deref().is_some_and(|q| {
                    q.contains("claim") || q.contains("report") || q.contains("said")
                })
        })
        .find(|&ci| {
            let theirs = super::answers::content_of(&candidates[ci].quote);
            words.iter().any(|w| theirs.iter().any(|t| one_word(t, w)))
        })
        .map(|ci| (ci, at[no]))
}

/// Whether a claim itself says the verb was not done ("had not been paid
/// since March"): a negation within three words before it. Saying so again
/// agrees with it.
fn says_undone(quote: &str, verb: &str) -> bool {
    says_undone_by(quote, |w| one_word(w, verb))
}

/// `says_undone`, the verb told by `is_verb`.
fn says_undone_by(quote: &str, is_verb: impl Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = lower_words(quote).collect();
    words.iter().enumerate().any(|(k, w)| {
        is_verb(w)
            && words[k.saturating_sub(3)..k]
                .iter()
                .any(|b| matches!(*b, "not" | "never"))
    })
}

/// Verbs of letting someone know, one sense whatever the word: "had not
/// been told of the plans" and "had been kept informed".
fn is_informing(w: &str) -> bool {
    matches!(
        w,
        "told" | "informed" | "notified" | "briefed" | "consulted" | "warned" | "contacted"
    )
}

/// What a claim says was not done to someone, said by another to have been
/// done: "the committee had been \"kept informed at every stage\"" after
/// "the society had not been told of the plans"; "the staff had been paid
/// in full" after "staff had not been paid since March". A verb of saying,
/// a noun phrase of up to five words, "had", "has", "have", "was" or
/// "were", "been", at most one word ("kept", "fully"), then a participle
/// not negated; answered is the latest of the last four claims, told in
/// the three sentences before by another, that says "not been" or "never
/// been" and, within two words, the participle or another verb of
/// informing (`is_informing`), and names a noun of the phrase. Returns
/// that claim's index and where "been" is.
fn done_after_all(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    if tokens.iter().any(|t| is_negation(t.low())) {
        return None;
    }
    // (no verb of saying, nothing told: asked before anything is gathered)
    if !tokens.iter().any(|t| !t.quoted && is_telling(t.low())) {
        return None;
    }
    // (read past quotation marks: `had been "kept informed …"`)
    let at = past_marks(tokens);
    let low = |i: usize| at.get(i).map_or("", |&k| tokens[k].low());
    let say = (0..at.len()).find(|&i| !tokens[at[i]].quoted && is_telling(low(i)))?;
    let start = say + 1 + usize::from(low(say + 1) == "that");
    if !matches!(low(start), "the" | "its" | "their" | "his" | "her") {
        return None;
    }
    let aux = (start + 1..at.len().min(start + 6))
        .find(|&k| matches!(low(k), "had" | "has" | "have" | "was" | "were"))?;
    if low(aux + 1) != "been" {
        return None;
    }
    let nouns: Vec<String> = (start + 1..aux)
        .map(|k| {
            let w = low(k);
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w)
                .to_string()
        })
        .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    if nouns.is_empty() || (start + 1..aux).any(|k| !tokens[at[k]].is_word()) {
        return None;
    }
    let v = if matches!(
        low(aux + 2),
        "kept" | "fully" | "properly" | "regularly" | "always"
    ) {
        aux + 3
    } else {
        aux + 2
    };
    let verb = low(v);
    if !(verb.ends_with("ed") || is_informing(verb) || verb == "paid") {
        return None;
    }
    let same = |w: &str| one_word(w, verb) || (is_informing(w) && is_informing(verb));
    recent_claims(candidates, number)
        .find(|&ci| {
            let c = &candidates[ci];
            let words: Vec<String> = lower_words(&c.quote).map(str::to_string).collect();
            let undone = words.windows(2).enumerate().any(|(k, p)| {
                matches!(p[0].as_str(), "not" | "never")
                    && p[1] == "been"
                    && words[k + 2..words.len().min(k + 4)].iter().any(|w| same(w))
            });
            !names_teller(tokens, c)
                && undone
                && words.iter().any(|w| nouns.iter().any(|n| one_word(n, w)))
        })
        .map(|ci| (ci, at[aux + 1]))
}

/// Whether a claim tells of something done in the past: an auxiliary of
/// the past ("had seen", "was closed", "did"), or a verb in "-ed" not after
/// one of the present ("burned heather", not "is banned").
fn tells_past(quote: &str) -> bool {
    let mut before = "";
    for w in quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let low = w.to_ascii_lowercase();
        if matches!(low.as_str(), "had" | "was" | "were" | "did")
            || (low.len() > 4
                && low.ends_with("ed")
                && !matches!(before, "is" | "are" | "be" | "been" | "being" | "to"))
        {
            return true;
        }
        before = match low.as_str() {
            "is" => "is",
            "are" => "are",
            "be" => "be",
            "been" => "been",
            "being" => "being",
            "to" => "to",
            _ => "",
        };
    }
    false
}

/// The deed a claim just before tells, said not yet done in its own verb:
/// "No buyer has been chosen and no price has been agreed" after "the
/// company had agreed to sell the site for about £14 million". "No", up to
/// three words, "has", "have" or "had", "been" and a participle that is one
/// word with a verb of the claim; not a verb of telling or finding ("no
/// injuries have been reported"), nor a light one ("no arrests have been
/// made"), nor in a condition or a question. Answered is the latest of the
/// last four claims, told in the three sentences before by another and not
/// already denied, that uses the verb. Returns that claim's index and where
/// the negation is.
fn none_done(tokens: &[Token], number: usize, candidates: &[Candidate]) -> Option<(usize, usize)> {
    let low = |i: usize| tokens.get(i).map_or("", Token::low);
    let done = (0..tokens.len()).filter_map(|n| {
        if low(n) != "no" {
            return None;
        }
        let aux =
            (n + 2..tokens.len().min(n + 5)).find(|&a| matches!(low(a), "has" | "have" | "had"))?;
        if tokens[n + 1..aux].iter().any(|t| !t.is_word()) || low(aux + 1) != "been" {
            return None;
        }
        let verb = low(aux + 2);
        let participle = verb.ends_with("ed")
            || matches!(
                verb,
                "sold" | "paid" | "spent" | "built" | "bought" | "sent"
            )
            || super::lexicon::irregular_base(verb).is_some_and(|base| base != verb);
        let excluded = matches!(
            verb,
            "reported"
                | "recorded"
                | "confirmed"
                | "announced"
                | "published"
                | "released"
                | "identified"
                | "found"
                | "seen"
                | "heard"
                | "told"
                | "said"
                | "made"
                | "done"
                | "taken"
                | "given"
                | "set"
                | "put"
                | "held"
                | "needed"
                | "required"
        );
        (participle && !excluded).then_some((n, verb))
    });
    let denied = |c: &Candidate| c.responses.iter().any(|r| r.kind == ResponseKind::Denied);
    for (neg, verb) in done {
        let told = recent_claims(candidates, number).find(|&ci| {
            let c = &candidates[ci];
            !names_teller(tokens, c)
                && !denied(c)
                && super::answers::content_of(&c.quote)
                    .iter()
                    .any(|w| same_word(w, verb))
        });
        if let Some(ci) = told {
            return Some((ci, neg));
        }
    }
    None
}

/// What a claim just before tells of someone, said not to be so of them:
/// "A trust spokeswoman said Mr Ellis had not received any bonus" after
/// "the trust had paid its chief executive, Mark Ellis, a bonus of
/// £40,000"; "The trust said it had never paid him a bonus". A verb of
/// saying, "that" or not, a subject (a name, or "it", "he", "she", "they"
/// for the one saying), "had", "has", "did", "was" or "were" with "not"
/// or "never" (or "hasn't", "hadn't", "didn't"), then a verb and what it
/// names; answered is the latest of the last four claims, told in the
/// three sentences before by another, that names the subject (by its last
/// word; the one saying, for a pronoun) and the first noun after the verb.
/// Returns that claim's index and where the negation is.
fn not_so_of_them(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let low = |i: usize| tokens.get(i).map_or("", Token::low);
    let say = tokens
        .iter()
        .take(12)
        .position(|t| !t.quoted && is_telling(t.low()))?;
    let mut s = say + 1;
    if low(s) == "that" {
        s += 1;
    }
    // (the subject: a pronoun, or up to three capitalised words after a
    // title)
    let mut e = s;
    if matches!(low(s), "it" | "he" | "she" | "they") {
        e = s + 1;
    } else {
        if matches!(low(e), "mr" | "mrs" | "ms" | "dr" | "miss") {
            e += 1;
        }
        while e < tokens.len() && e - s < 4 && tokens[e].is_cap() && tokens[e].is_word() {
            e += 1;
        }
    }
    if e == s || (e == s + 1 && matches!(low(s), "mr" | "mrs" | "ms" | "dr" | "miss")) {
        return None;
    }
    // (the party's own words may begin after the subject: `said Mr Ellis
    // "has never received a bonus"`)
    let mut a = e;
    while tokens.get(a).is_some_and(Token::is_quote_mark) {
        a += 1;
    }
    let (neg, verb) = match (low(a), low(a + 1)) {
        ("had" | "has" | "did" | "was" | "were", "not" | "never") => (a + 1, a + 2),
        ("hadn't" | "hasn't" | "didn't" | "wasn't" | "weren't", _) => (a, a + 1),
        _ => return None,
    };
    let verb = if low(verb) == "been" { verb + 1 } else { verb };
    if !tokens.get(verb).is_some_and(|t| t.is_word() && !t.is_cap()) {
        return None;
    }
    // (the first noun after the verb, past a determiner or a pronoun)
    let object = (verb + 1..tokens.len().min(verb + 5))
        .map(|k| &tokens[k])
        .take_while(|t| t.is_word())
        .find(|t| {
            !matches!(
                t.low(),
                "any"
                    | "a"
                    | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
                    | "such"
                    | "single"
                    | "more"
                    | "of"
            )
        })?;
    let object = object.low();
    if object.len() < 4 {
        return None;
    }
    let pronoun = e == s + 1 && matches!(low(s), "it" | "he" | "she" | "they");
    let subject = if pronoun {
        // (the one saying: the last word before the verb of saying)
        tokens[..say].iter().rev().find(|t| t.is_word())?.low()
    } else {
        tokens[e - 1].low()
    };
    let names = |quote: &str, w: &str| {
        quote
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|q| q.eq_ignore_ascii_case(w) || same_word(&q.to_lowercase(), w))
    };
    let teller = tokens[..say]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map(Token::low);
    recent_claims(candidates, number)
        .find(|&ci| {
            let c = &candidates[ci];
            let by_them = c.speaker.as_deref().is_some_and(|sp| {
                teller.is_some_and(|t| sp.to_lowercase().split(' ').any(|w| w == t))
            });
            !by_them && names(&c.quote, subject) && names(&c.quote, object)
        })
        .map(|ci| (ci, neg))
}

/// Whether two lower-case words are one word: the same letters, or one
/// word inflected (`same_word`, which leaves out words of under four
/// letters: "cut" and "cut").
pub(crate) fn one_word(a: &str, b: &str) -> bool {
    a == b || same_word(a, b)
}

/// Whether a sentence names, outside quotation marks, the last word of
/// whoever told a claim: the teller saying it again, not an answer.
fn names_teller(tokens: &[Token], c: &Candidate) -> bool {
    c.speaker.as_deref().is_some_and(|sp| {
        let head = sp.rsplit(' ').next().unwrap_or(sp);
        tokens
            .iter()
            .any(|t| !t.quoted && t.text.eq_ignore_ascii_case(head))
    })
}

/// A thing a claim just before tells of, said never to have been: "There
/// is no plan to sell the market hall, and there never has been" after
/// "accused the council of planning to sell the hall to a developer"; "Mr
/// Ferncastle said the bonus scheme \"did not exist\"" after "staff had
/// been paid a bonus of £300 for every buyer". "There is no …" (also
/// "was", "are", "were", "has been", "had been"), or a noun phrase then
/// "did not exist", "does not exist" or "never existed", or "no …" or
/// "nothing" then a deed in the passive ("no sale had taken place", "No
/// plots have been sold", "Nothing was moved in secret"); answered is the
/// one of the last four claims, told in the three sentences before by
/// another, that shares most of the thing's content words (two, or one of
/// a thing named in two words or fewer), of equals one that tells the
/// deed happened (for a deed said never to have happened), then the
/// latest. A doubt
/// ("there is no evidence that …", "no sign of") is no such thing, nor is
/// a thing in a condition. Returns that claim's index and where the
/// negation is.
fn no_such_thing(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let low = |i: usize| tokens.get(i).map_or("", Token::low);
    // (the thing, from its first word to the end of its clause, and where
    // the negation is)
    // ("There is no …" opens the sentence, the words quoted, a transcript's
    // turn or what is said: "The council said there was no plan …"; not
    // "… on dry days, when there had been no rain")
    // (or after whom it was told: "Cllr Marsland told the meeting there
    // had been no discussions of any kind about a sale")
    let told_whom = |i: usize| {
        (i.saturating_sub(4)..i).any(|v| {
            matches!(low(v), "told" | "tells" | "assured")
                && tokens[v + 1..i]
                    .iter()
                    .all(|t| t.is_word() && !t.quoted && t.lower != "that")
        })
    };
    let opening = |i: usize| {
        let before: Vec<&Token> = tokens[..i].iter().filter(|t| !t.is_quote_mark()).collect();
        match before.as_slice() {
            [] => true,
            [.., label, colon] if colon.text == ":" => label.is_cap(),
            [.., say, that] if that.lower == "that" => is_telling(say.low()),
            [.., say] => is_telling(say.low()) || told_whom(i),
        }
    };
    // (where a clause from `k` ends: at a stop, a colon or "and")
    let clause_end = |k: usize| {
        (k..tokens.len())
            .find(|&e| matches!(tokens[e].text, "," | ";" | "." | ":") || low(e) == "and")
            .unwrap_or(tokens.len())
    };
    let there = (0..tokens.len()).find(|&i| {
        low(i) == "there"
            && matches!(low(i + 1), "is" | "was" | "are" | "were" | "has" | "had")
            && opening(i)
    });
    // ("said no sale had taken place": the deed named by its noun, said
    // never to have happened)
    let happened = (0..tokens.len()).find_map(|n| {
        // ("Nothing was moved in secret": the deed is the thing, told from
        // the word after "was" or "has been" to the end of its clause)
        let nothing = low(n) == "nothing";
        if low(n) != "no" && !nothing {
            return None;
        }
        let aux = if nothing {
            Some(n + 1).filter(|&a| matches!(low(a), "had" | "has" | "was" | "were"))?
        } else {
            (n + 2..tokens.len().min(n + 5))
                .find(|&a| matches!(low(a), "had" | "has" | "have" | "was" | "were"))?
        };
        // (also "no burning had been carried out", "no survey was
        // conducted")
        let v = aux + usize::from(low(aux + 1) == "been");
        if nothing {
            return Some((n, v + 1..clause_end(v + 1)));
        }
        // (or any deed in the passive: "No plots have been sold", "No
        // pupils were moved without a letter home")
        let part = low(v + 1);
        let done = matches!((low(aux + 1), low(aux + 2)), ("taken", "place"))
            || matches!(low(aux + 1), "occurred" | "happened")
            || matches!((low(v + 1), low(v + 2)), ("carried", "out"))
            || (part.len() > 4 && part.ends_with("ed"))
            || matches!(part, "undertaken" | "held" | "sold");
        done.then_some((n, n + 1..aux))
    });
    let charge_only = there.is_some();
    let deed = happened.is_some();
    let (neg, thing) = if let Some(found) = happened {
        found
    } else if let Some(there) = there {
        let mut k = there + 2;
        if low(k) == "been" {
            k += 1;
        }
        if low(k) != "no" {
            return None;
        }
        (k, k + 1..clause_end(k + 1))
    } else {
        let exist = tokens
            .iter()
            .position(|t| matches!(t.low(), "exist" | "existed" | "exists"))?;
        let neg = (exist.saturating_sub(2)..exist).find(|&i| matches!(low(i), "not" | "never"))?;
        // (the noun phrase before the negation and its auxiliary, back to
        // a determiner: "the bonus scheme", "any such list")
        let aux = if neg > 0 && matches!(low(neg - 1), "did" | "does" | "has" | "had") {
            neg - 1
        } else {
            neg
        };
        let det = (aux.saturating_sub(5)..aux)
            .rev()
            .find(|&i| matches!(low(i), "the" | "any" | "such" | "this" | "that" | "its"))?;
        if tokens[det + 1..aux]
            .iter()
            .any(|t| !t.is_word() && !t.is_quote_mark())
        {
            return None;
        }
        (neg, det + 1..aux)
    };
    // (a thing in a condition is none: "… if the bonus scheme did not
    // exist"; a condition after it is another clause: "There is no plan
    // …, and I would not sign one if it landed on my desk")
    if tokens[..thing.end].iter().any(|t| is_conditional(t.low())) {
        return None;
    }
    let head = tokens[thing.clone()].iter().find(|t| t.is_word())?;
    if matches!(
        head.low(),
        "evidence"
            | "sign"
            | "signs"
            | "suggestion"
            | "indication"
            | "proof"
            | "doubt"
            | "reason"
            | "need"
            | "question"
            | "risk"
            | "danger"
            | "threat"
            | "chance"
            | "guarantee"
            | "decision"
            | "comment"
            | "response"
            | "answer"
            | "reply"
            | "one"
            | "way"
            | "longer"
    ) {
        return None;
    }
    let words = super::answers::content(&tokens[thing]);
    if words.is_empty() {
        return None;
    }
    let needed = if words.len() <= 2 { 1 } else { 2 };
    // (whoever told the claim names it again in their own words)
    let by_teller = |c: &Candidate| names_teller(tokens, c);
    // ("There is no …" answers a charge or a report; not what a third party
    // puts against a promise: "Every one of the families will be offered
    // a plot elsewhere" … "There are no spare plots anywhere")
    // (or a story from tellers the article does not name: "There are no
    // plans to cancel the frigate programme" after "… is weighing whether
    // to cancel …, two government officials told Nordwire")
    let answerable = |c: &Candidate| {
        !charge_only
            || makes_charge(c)
            || c.cue.as_deref().is_some_and(|q| q.contains("report"))
            || c.speaker.as_deref().is_some_and(unnamed_tellers)
    };
    // (a claim already denied is not denied again: "The Treasury denied
    // the report. \"There has been no instruction of any kind …\"" tells
    // what is so, a claim of its own)
    let denied = |c: &Candidate| c.responses.iter().any(|r| r.kind == ResponseKind::Denied);
    // (a deed said never to have happened answers a claim that it did, not
    // a rule of the present: "no burning had been carried out" answers
    // "had seen smoke rising from a heather burn", not "Heather burning is
    // banned between April and September")
    recent_claims(candidates, number)
        .filter(|&ci| {
            let c = &candidates[ci];
            !by_teller(c) && answerable(c) && !denied(c)
        })
        .map(|ci| {
            let theirs = super::answers::content_of(&candidates[ci].quote);
            // (or a compound the thing ends: "There is no list" and "had
            // drawn up a shortlist of candidates")
            let compound =
                |t: &str, w: &str| w.len() >= 4 && t.len() > w.len() + 2 && t.ends_with(w);
            let shared = words
                .iter()
                .filter(|w| theirs.iter().any(|t| one_word(t, w) || compound(t, w)))
                .count();
            let past = deed && tells_past(&candidates[ci].quote);
            ((shared, past), ci)
        })
        .filter(|&((shared, _), _)| shared >= needed)
        // (the most shared, then the latest: `recent_claims` gives the
        // latest first)
        .fold(
            None,
            |best: Option<((usize, bool), usize)>, (key, ci)| match best {
                Some((b, _)) if b >= key => best,
                _ => Some((key, ci)),
            },
        )
        .map(|(_, ci)| (ci, neg))
}

/// Whether tellers are ones the article does not name, by the word for
/// them: "two government officials", "a senior official", "sources close
/// to the minister", "people familiar with the talks".
fn unnamed_tellers(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .any(|w| matches!(w.trim_end_matches('s'), "official" | "source") || w == "familiar")
}

/// The accused telling flatly that the thing a charge names was not so:
/// "Vorlund Werft said in a statement that it has received no state
/// support of any kind" after "He accused Vorlund Werft of relying on
/// state loans"; "Ms Ortiz said she had never held shares in the firm"
/// after "accused Ortiz of hiding her shares in the firm". A name, a verb
/// of saying, "that" within five words, "it", "he", "she", "they" or
/// "we", then within three words "no", "never" or "not"; answered is the
/// nearest of the last twelve claims that charges the one the name ends
/// (its "accused X of", "alleged that X …") and shares a content word
/// (`answers::content`) with what follows the negation. Returns that claim's
/// index and where the negation is.
fn accused_says_none(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let say = tokens
        .iter()
        .take(12)
        .position(|t| !t.quoted && is_telling(t.low()))?;
    let name = tokens[..say].last().filter(|t| t.is_cap() && t.is_word())?;
    let that = (say + 1..tokens.len().min(say + 6)).find(|&i| tokens[i].lower == "that")?;
    let subject = tokens.get(that + 1)?;
    if !matches!(subject.low(), "it" | "he" | "she" | "they" | "we") {
        return None;
    }
    let neg = (that + 2..tokens.len().min(that + 5))
        .find(|&i| !tokens[i].quoted && matches!(tokens[i].low(), "no" | "never" | "not"))?;
    let told = super::answers::content(&tokens[neg + 1..]);
    let name = name.text;
    let charges_party = |c: &Candidate| {
        makes_charge(c)
            && !c.speaker.as_deref().is_some_and(|sp| sp.contains(name))
            && memchr::memmem::find_iter(c.quote.as_bytes(), name).any(|at| {
                !c.quote[..at].ends_with(char::is_alphanumeric)
                    && !c.quote[at + name.len()..].starts_with(char::is_alphanumeric)
            })
    };
    let floor = candidates.len().saturating_sub(12);
    (floor..candidates.len())
        .rev()
        .filter(|&ci| {
            let c = &candidates[ci];
            c.score >= 0.4 && c.sentence < number && charges_party(c)
        })
        .find(|&ci| {
            super::answers::content_of(&candidates[ci].quote)
                .iter()
                .any(|w| told.iter().any(|t| same_word(t, w) || t == w))
        })
        .map(|ci| (ci, neg))
}

/// A party telling that what a claim just before says was done to it was
/// not: "Veltra said on Wednesday it had not been approached by Sunhollow
/// or any other buyer" after "The Echo reported that Sunhollow had
/// approached Veltra about buying the site"; "The minister said she had
/// never been offered the post" after "… had offered the minister the
/// post". A name, a verb of saying (a time may follow: "on Wednesday",
/// "last week"), "it", "he", "she", "they" or "we", a negated passive
/// ("had not been", "was never", "hadn't been"), then a verb that one of
/// the last four claims, told by another in the three sentences before,
/// uses with the party's name. Returns that claim's index and where the
/// negation is.
fn not_done_to(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let say = tokens
        .iter()
        .position(|t| !t.quoted && is_telling(t.low()))?;
    let name = tokens[..say].last().filter(|t| t.is_cap() && t.is_word())?;
    let mut i = say + 1;
    match tokens.get(i).map(Token::low) {
        Some("on" | "last" | "this") => i += 2,
        Some("earlier" | "later" | "today" | "yesterday") => i += 1,
        _ => {}
    }
    if tokens.get(i).is_some_and(|t| t.lower == "that") {
        i += 1;
    }
    if !tokens
        .get(i)
        .is_some_and(|t| matches!(t.low(), "it" | "he" | "she" | "they" | "we"))
    {
        return None;
    }
    let neg = i + 1;
    let v = match (
        tokens.get(neg).map(Token::low),
        tokens.get(neg + 1).map(Token::low),
        tokens.get(neg + 2).map(Token::low),
    ) {
        (Some("had" | "has" | "have"), Some("not" | "never"), Some("been")) => neg + 3,
        (Some("hadn't" | "hasn't" | "haven't"), Some("been"), _) => neg + 2,
        (Some("was" | "were"), Some("not" | "never"), _) => neg + 2,
        (Some("wasn't" | "weren't"), _, _) => neg + 1,
        _ => return None,
    };
    let verb = tokens
        .get(v)
        .filter(|t| t.is_word() && !t.quoted && t.lower.len() >= 4 && t.lower.ends_with("ed"))?;
    let verb = verb.low();
    let name = name.text;
    let names = |quote: &str| {
        memchr::memmem::find_iter(quote.as_bytes(), name).any(|at| {
            !quote[..at].ends_with(char::is_alphanumeric)
                && !quote[at + name.len()..].starts_with(char::is_alphanumeric)
        })
    };
    recent_claims(candidates, number)
        .find(|&ci| {
            let c = &candidates[ci];
            !c.speaker.as_deref().is_some_and(|sp| sp.contains(name))
                && names(&c.quote)
                && lower_words(&c.quote).any(|w| one_word(verb, w))
        })
        .map(|ci| (ci, neg))
}

/// A denial that no one did, or had done to them, what an accusation
/// says, in its own verb: "Nobody has been shown round with a view to
/// buying it" after "accused the administration of preparing to hand the
/// building to a developer that had already been shown round it"; "No one
/// was paid to stay silent", "Nothing has been hidden from the auditors".
/// "Nobody", "no one" or "nothing" as a subject, up to three auxiliaries
/// ("has been", "was", "had ever been"), then a verb that one of the last
/// eight claims making a charge uses. Returns that claim's index and where
/// the subject is. An accuser saying so of its own charge denies nothing
/// ("Nothing has been stolen since the arrests, police said." after
/// "Police accused the gang of having stolen 40 cars"): a claim whose
/// speaker's last word the sentence names outside quotation marks is
/// passed over.
fn nobody_did(tokens: &[Token], number: usize, candidates: &[Candidate]) -> Option<(usize, usize)> {
    let by_accuser = |c: &Candidate| names_teller(tokens, c);
    // ("none of its lawmakers had discussed the pardon with anyone" after
    // "accused Halvik of freeing Vodrel in return for the votes of four
    // lawmakers": none of those the charge names, by their noun)
    let none_of = |i: usize| -> Option<usize> {
        let low = |k: usize| tokens.get(k).map_or("", |t| t.low());
        if low(i) != "none" || low(i + 1) != "of" {
            return None;
        }
        let noun = i
            + 2
            + usize::from(matches!(
                low(i + 2),
                "its" | "our" | "their" | "the" | "his" | "her" | "my"
            ));
        tokens
            .get(noun)
            .is_some_and(|t| t.is_word() && !t.quoted && t.lower.len() >= 4 && !t.is_cap())
            .then_some(noun)
    };
    let at = (0..tokens.len()).find(|&i| match tokens[i].low() {
        "nobody" | "nothing" => true,
        "no" => tokens.get(i + 1).is_some_and(|t| t.low() == "one"),
        "none" => none_of(i).is_some(),
        _ => false,
    })?;
    let subject = none_of(at);
    let mut v = match subject {
        Some(noun) => noun + 1,
        None => at + 1 + usize::from(tokens[at].low() == "no"),
    };
    let subject = subject.map(|k| tokens[k].low());
    let mut auxiliaries = 0;
    while tokens.get(v).is_some_and(|t| {
        matches!(
            t.low(),
            "has" | "had" | "have" | "was" | "were" | "is" | "been" | "being" | "ever" | "yet"
        )
    }) {
        v += 1;
        auxiliaries += 1;
    }
    let verb = tokens.get(v).filter(|t| {
        auxiliaries > 0
            && (1..=3).contains(&auxiliaries)
            && t.is_word()
            && t.lower.len() >= 3
            && t.lower.chars().all(char::is_lowercase)
    })?;
    // (or the deed named by its noun: "nobody had put any offer to her
    // party" after "… had offered the league a second cabinet post")
    let object = tokens[v + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word())
        .find(|t| !matches!(t.low(), "any" | "a" | "an" | "the" | "such"))
        .map(Token::low)
        .filter(|o| o.len() >= 4);
    let verb = verb.low();
    let floor = candidates.len().saturating_sub(30);
    (floor..candidates.len())
        .rev()
        .filter(|&ci| {
            let c = &candidates[ci];
            // (a charge, or what unnamed sources are said to have told)
            let told = c.kind == crate::model::Kind::Reported && object.is_some();
            c.score >= 0.4 && c.sentence < number && (makes_charge(c) || told)
        })
        .take(8)
        .find(|&ci| {
            lower_words(&candidates[ci].quote).any(|w| {
                one_word(verb, w)
                    || object.is_some_and(|o| same_word(o, w))
                    || subject.is_some_and(|n| same_word(n, w))
            })
        })
        .filter(|&ci| !by_accuser(&candidates[ci]))
        .map(|ci| (ci, at))
}

/// The deed of a charge, denied in its own verb (`denied_deed`).
fn charged_deed(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    // (no negation, no deed denied: most sentences, told before anything
    // is gathered)
    if !tokens
        .iter()
        .any(|t| matches!(t.low(), "not" | "never" | "didn't" | "hasn't" | "hadn't"))
    {
        return None;
    }
    // (read past quotation marks: `her client had "never taken a penny"`)
    let at = past_marks(tokens);
    let view: Vec<&Token> = at.iter().map(|&k| &tokens[k]).collect();
    let (neg, verb) = (1..view.len()).find_map(|i| {
        let subject = view[i - 1];
        let by = subject.is_cap()
            || matches!(
                subject.low(),
                "he" | "she" | "they" | "i" | "we" | "client" | "company"
            );
        let skip = match (view[i].low(), view.get(i + 1).map(|t| t.low())) {
            ("did" | "has" | "had" | "have", Some("not" | "never")) => 2,
            ("didn't" | "hasn't" | "hadn't" | "never", _) => 1,
            _ => return None,
        };
        let verb = *view.get(i + skip)?;
        (by && verb.is_word()
            && verb.lower.chars().all(char::is_lowercase)
            && !matches!(
                verb.low(),
                "respond"
                    | "reply"
                    | "return"
                    | "comment"
                    | "say"
                    // (the verb a charge is told by, not its deed: "he did
                    // not tell the trustees" in the prosecution's own words
                    // after "told jurors that …")
                    | "tell"
                    | "know"
                    | "want"
                    | "have"
                    | "be"
                    | "been"
                    | "think"
                    | "believe"
                    | "accept"
                    | "agree"
            ))
        .then_some((at[i], verb.low()))
    })?;
    let floor = candidates.len().saturating_sub(30);
    (floor..candidates.len())
        .rev()
        // (the last eight claims that make a charge: "The defence case is
        // simple: Mr Astley never watched that video" answers the charge
        // the report opened with, however much evidence came between)
        .filter(|&ci| candidates[ci].score >= 0.4 && makes_charge(&candidates[ci]))
        .take(8)
        .find_map(|ci| {
            let c = &candidates[ci];
            (c.sentence < number && lower_words(&c.quote).any(|w| same_word(verb, w)))
                .then_some((ci, neg))
        })
}

/// Where a sentence's tokens that are no quotation mark are, for reading
/// past the marks (room made for all of them at once, not grown a push at
/// a time).
fn past_marks(tokens: &[Token]) -> Vec<usize> {
    let mut at = Vec::with_capacity(tokens.len());
    at.extend((0..tokens.len()).filter(|&k| !tokens[k].is_quote_mark()));
    at
}

/// The words of a claim's quote in lower case only (not names).
fn lower_words(quote: &str) -> impl Iterator<Item = &str> {
    quote
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.chars().all(char::is_lowercase))
}

/// Verbs of saying that tell what a party holds to be so.
fn is_telling(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "insisted" | "insists" | "maintained" | "maintains" | "stressed"
    )
}

/// A party telling that a thing said to have been done was not: "The
/// health department said the target had not been dropped" after
/// "ministers had quietly dropped a target"; "The council says the library
/// was never closed"; "insisted the jobs had not been cut"; "says no jobs
/// have been cut". A verb of saying, a noun phrase ("the target", "its two
/// depots"), a negated passive ("had not been", "was never"; or "no" before
/// the noun and a passive, "have been"), then a verb that one of the last
/// four claims, told in the three sentences before by another, uses with
/// that noun. Returns that claim's index and where the negation is.
fn undone(tokens: &[Token], number: usize, candidates: &[Candidate]) -> Option<(usize, usize)> {
    let say = tokens
        .iter()
        .position(|t| !t.quoted && is_telling(t.low()))?;
    let mut i = say + 1;
    if tokens.get(i).is_some_and(|t| t.lower == "that") {
        i += 1;
    }
    // ("says no jobs have been cut": the determiner is the negation)
    let none = tokens.get(i).is_some_and(|t| t.lower == "no" && !t.quoted);
    if !none
        && !tokens
            .get(i)
            .is_some_and(|t| matches!(t.low(), "the" | "its" | "their" | "this" | "that" | "these"))
    {
        return None;
    }
    // (the noun phrase: up to three lower-case words, its head last)
    let aux = (i + 2..tokens.len().min(i + 5)).find(|&k| {
        matches!(
            tokens[k].low(),
            "had" | "has" | "have" | "was" | "were" | "is" | "are"
        )
    })?;
    // (the party's own words may begin after the noun: "said the study
    // \"has not been hidden from anyone\"")
    let phrase = || tokens[i + 1..aux].iter().filter(|t| !t.is_quote_mark());
    if phrase().any(|t| !t.is_word() || t.quoted || !t.lower.chars().all(|c| c.is_lowercase())) {
        return None;
    }
    let noun = phrase().next_back()?.low();
    let neg = if none { i } else { aux + 1 };
    if !none
        && !tokens
            .get(neg)
            .is_some_and(|t| matches!(t.low(), "not" | "never"))
    {
        return None;
    }
    let mut v = if none { aux + 1 } else { neg + 1 };
    if tokens.get(v).is_some_and(|t| t.lower == "been") {
        v += 1;
    }
    let verb = tokens
        .get(v)
        .filter(|t| t.is_word() && t.lower.len() >= 3 && t.lower.chars().all(char::is_lowercase))?;
    let verb = verb.low();
    recent_claims(candidates, number)
        .find(|&ci| {
            let quote = &candidates[ci].quote;
            // (not the teller saying it again: "The union said no other
            // contract had been signed since")
            !names_teller(tokens, &candidates[ci])
                && !says_undone(quote, verb)
                && lower_words(quote).any(|w| one_word(verb, w))
                && lower_words(quote).any(|w| one_word(noun, w))
        })
        .map(|ci| (ci, neg))
}

/// A denial whose verb the reporter quotes: `said it "categorically
/// rejects" the allegation`, `said he "utterly refutes" these claims`,
/// `the firm "totally denies" any wrongdoing`. A verb of denial in
/// quotation marks, then, after the quote closes, what is denied: a charge
/// within three words ("the allegation", "any wrongdoing", "these
/// reports"), or a finding or a number told (`is_told_noun`: `"strongly
/// disputes" the study's conclusions`, `"firmly rejects" these figures`).
/// Returns where the verb is.
pub(crate) fn quoted_denial(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    if let Some(found) = named_charge(tokens, lows) {
        return Some(found);
    }
    if let Some(at) = no_dispute(tokens, lows) {
        return Some((ResponseKind::Confirmed, at));
    }
    if let Some(at) = left_undisputed(tokens, lows) {
        return Some((ResponseKind::NonDenial, at));
    }
    if let Some(at) = made_up(tokens, lows).or_else(|| called_false(tokens, lows)) {
        return Some((ResponseKind::Denied, at));
    }
    (0..tokens.len()).find_map(|i| {
        if !tokens[i].quoted
            || !DENY.contains(&lows[i])
            || lows.get(i.wrapping_sub(1)) == Some(&"not")
        {
            return None;
        }
        // Past the closing mark, the words of the reporter.
        let mut k = i + 1;
        while tokens.get(k).is_some_and(Token::is_quote_mark) {
            k += 1;
        }
        let object = tokens.get(k..tokens.len().min(k + 3))?;
        (k > i + 1
            && object.iter().all(|t| !t.quoted)
            && object
                .iter()
                .any(|t| is_told_noun(t.low()) || t.low() == "wrongdoing"))
        .then_some((ResponseKind::Denied, i))
    })
}

/// Nouns for what another told, numbers as well as words, that a party may
/// call wrong: "the leakage figure", "the union's estimate", "the report".
pub(crate) fn is_told_noun(w: &str) -> bool {
    CHARGE.contains(&w)
        || is_telling_noun(w)
        || matches!(
            w,
            "figure"
                | "figures"
                | "estimate"
                | "estimates"
                | "number"
                | "numbers"
                | "data"
                | "statistics"
                | "findings"
                | "conclusions"
                | "analysis"
                | "calculation"
                | "calculations"
        )
}

/// A party calling what was told of it false, in a quoted verdict: `called
/// the leakage figure "out of date and wrong"`, `described the union's
/// estimate as "wildly inaccurate"`, `branded the report "baseless"`. A
/// verb of naming, "the", a demonstrative or a possessive, at most three
/// words ending in a noun for a telling or a number (`is_told_noun`),
/// perhaps "as", then quoted words, the first six of which judge it false;
/// or, in the reporter's words, a verdict right there ("called the claims
/// false", "described the figure as exaggerated").
/// ("called the closure \"wrong\"" judges a deed, not a telling: none.)
/// Returns where the verb is.
fn called_false(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let at = lows.iter().position(|w| {
        matches!(
            *w,
            "called" | "calls" | "described" | "describes" | "branded" | "brands" | "labelled"
        )
    })?;
    if tokens[at].quoted
        || !matches!(
            lows.get(at + 1),
            Some(&("the" | "this" | "that" | "these" | "those" | "its" | "their"))
        )
    {
        return None;
    }
    // The object's noun, then the verdict in quotation marks.
    // (a plural's possessive mark is a token of its own: "the
    // campaigners' figure")
    let noun = (at + 2..lows.len().min(at + 6))
        .take_while(|&k| {
            (tokens[k].is_word() || matches!(lows[k], "'" | "\u{2019}")) && !tokens[k].quoted
        })
        .filter(|&k| is_told_noun(lows[k]))
        .last()?;
    let mut k = noun + 1;
    // (what the telling was about, in a few words, before "as": "described
    // the auditor's account of the meetings as inaccurate")
    if matches!(lows.get(k), Some(&("of" | "about" | "on"))) {
        if let Some(as_at) = (k + 1..lows.len().min(k + 6))
            .take_while(|&j| tokens[j].is_word() && !tokens[j].quoted)
            .find(|&j| lows[j] == "as")
        {
            k = as_at;
        }
    }
    if lows.get(k) == Some(&"as") {
        k += 1;
    }
    while tokens.get(k).is_some_and(Token::is_quote_mark) {
        k += 1;
    }
    // In the reporter's words, the verdict itself, after at most two
    // strengthening words or an article: "called the claim nonsense",
    // "described the campaigners' figure as wildly exaggerated", "branded
    // the report a smear" (not "described the figure as a record").
    if tokens.get(k).is_some_and(|t| !t.quoted) {
        return (k..lows.len().min(k + 3))
            .take_while(|&j| tokens[j].is_word() && !tokens[j].quoted)
            .find(|&j| !is_strong(lows[j]) && !matches!(lows[j], "a" | "an" | "entirely"))
            .filter(|&j| judges_false(lows[j]))
            .map(|_| at);
    }
    // (a judgement negated is none: "not wrong, but incomplete", "not
    // inaccurate", "far from false", "hardly baseless")
    let mut before = ["", ""];
    tokens
        .get(k..)?
        .iter()
        .take_while(|t| t.quoted)
        .filter(|t| t.is_word())
        .take(6)
        .any(|t| {
            let w = t.low();
            let judged = judges_false(w) || w == "wildly";
            let negated = matches!(before[1], "not" | "never" | "hardly")
                || before[1].ends_with("n't")
                || before == ["far", "from"];
            before = [before[1], w];
            judged && !negated
        })
        .then_some(at)
}

/// A party granting what was put by saying it does not dispute it: "Those
/// are the agency's figures and I don't dispute them.", "We do not
/// question that." The speaker in the first person and the present: "I" or
/// "we", then "do not", "don't" or "never", a verb of doubt ("dispute",
/// "question", "challenge", "contest", "doubt"), then "it", "that",
/// "this", "them", "these" or "those" (and at most two words: "those
/// figures"), ending its clause. Not "did not deny it" (a non-denial at
/// most), not a modal ("would not challenge this in court", "will not
/// contest that ruling": a decision, not a grant), not a third party, not
/// "do not dispute that the plant closed, but …" with a clause after
/// "that", nor a question. Returns where the verb is.
fn no_dispute(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let first_person = |k: usize| matches!(lows.get(k), Some(&("i" | "we")));
    let at = (2..lows.len()).find(|&i| {
        matches!(
            lows[i],
            "dispute" | "question" | "challenge" | "contest" | "doubt"
        ) && match lows[i - 1] {
            "don't" => first_person(i - 2),
            "never" => first_person(i - 2),
            "not" => lows[i - 2] == "do" && i >= 3 && first_person(i - 3),
            _ => false,
        }
    })?;
    if !matches!(
        lows.get(at + 1),
        Some(&("it" | "that" | "this" | "them" | "these" | "those"))
    ) || lows.contains(&"?")
    {
        return None;
    }
    let ends = |k: usize| {
        lows.get(k)
            .is_none_or(|w| matches!(*w, "." | "," | ";" | "and" | "but" | "!"))
            || tokens[k].is_quote_mark()
    };
    let object = lows[at + 1];
    (ends(at + 2)
        || (matches!(object, "these" | "those" | "this" | "that")
            && ((tokens[at + 2].is_word() && ends(at + 3))
                || (at + 3 < lows.len() && tokens[at + 3].is_word() && ends(at + 4)))))
    .then_some(at)
}

/// A party that, in the reporter's words, let what was told stand without
/// granting it: "Dyfrig Water did not dispute that figure.", "The council
/// has not denied the report.", "A spokesman didn't challenge those
/// numbers." Not a verb of doubt's past or perfect negated ("did not",
/// "didn't", "has not", "hasn't", "have not", "haven't", "had not"), the
/// verb ("dispute", "deny", "challenge", "contest", "question", or its
/// participle: "has not denied"), then
/// "it", "this" or "that" alone, or "the", a demonstrative or a possessive
/// and at most two words ending in a noun for a telling or a number
/// (`is_told_noun`), ending its clause. Not in quotation marks, not the
/// first person ("We did not deny it."), nor a question or a condition;
/// not "did not dispute that the plant closed" (a clause: a grant). Reads
/// at most six tokens past the verb. Returns where the verb is.
fn left_undisputed(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let at = (2..lows.len()).find(|&i| {
        matches!(
            lows[i],
            "dispute"
                | "deny"
                | "challenge"
                | "contest"
                | "question"
                | "disputed"
                | "denied"
                | "challenged"
                | "contested"
                | "questioned"
        ) && !tokens[i].quoted
            && match lows[i - 1] {
                "didn't" | "hasn't" | "haven't" | "hadn't" => !matches!(lows[i - 2], "i" | "we"),
                "not" => {
                    matches!(lows[i - 2], "did" | "has" | "have" | "had")
                        && !matches!(lows.get(i.wrapping_sub(3)), Some(&("i" | "we")))
                }
                _ => false,
            }
    })?;
    if lows.iter().any(|w| *w == "?" || is_conditional(w)) {
        return None;
    }
    let ends = |k: usize| {
        lows.get(k)
            .is_none_or(|w| matches!(*w, "." | "," | ";" | "and" | "but" | "!"))
    };
    let first = *lows.get(at + 1)?;
    if matches!(first, "it" | "this" | "that") && ends(at + 2) {
        return Some(at);
    }
    if !(matches!(
        first,
        "the" | "this" | "that" | "these" | "those" | "its" | "their"
    ) || first.ends_with("'s"))
    {
        return None;
    }
    (at + 2..lows.len().min(at + 4))
        .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
        .any(|k| is_told_noun(lows[k]) && ends(k + 1))
        .then_some(at)
}

/// Nouns that call a saying made up: "pure invention", "a fabrication",
/// "a complete fantasy", "lies".
const MADE_UP: &[&str] = &[
    "invention",
    "inventions",
    "fabrication",
    "fabrications",
    "fiction",
    "fantasy",
    "fantasies",
    "lie",
    "lies",
    "falsehood",
    "falsehoods",
    "smear",
    "concoction",
    "fairytale",
];

/// A saying called made up, in the reporter's words or the party's: "said
/// the report was \"pure invention\"", "said the story was a fabrication",
/// "said these claims were \"a complete fantasy\"". "The", a demonstrative
/// or a possessive, a noun for a saying (`CHARGE`), a form of "be", at most
/// three words of degree ("a", "pure", "complete", "total", "utter",
/// "simply"), then the noun ending its clause; not in a condition or a
/// question. Returns
/// where the saying's noun is.
fn made_up(tokens: &[Token], lows: &[&str]) -> Option<usize> {
    let at = (1..lows.len().saturating_sub(2)).find(|&i| {
        CHARGE.contains(&lows[i])
            && (matches!(lows[i - 1], "the" | "this" | "that" | "these" | "those")
                || lows[i - 1].ends_with("'s"))
            && matches!(lows[i + 1], "was" | "is" | "were" | "are")
            && {
                let rest = (i + 2..lows.len()).filter(|&k| !tokens[k].is_quote_mark());
                let mut found = false;
                for (degree, k) in rest.enumerate() {
                    let w = lows[k];
                    if MADE_UP.contains(&w) {
                        // (the verdict ends its clause: not "an invention
                        // of her grandmother's")
                        found = tokens[k + 1..]
                            .iter()
                            .find(|t| !t.is_quote_mark())
                            .is_none_or(|t| {
                                matches!(t.low(), "." | "," | ";" | "!" | "and" | "but")
                            });
                        break;
                    }
                    if degree == 3
                        || !matches!(
                            w,
                            "a" | "an"
                                | "pure"
                                | "complete"
                                | "total"
                                | "utter"
                                | "simply"
                                | "just"
                                | "piece"
                                | "of"
                                | "malicious"
                                | "entire"
                        )
                    {
                        break;
                    }
                }
                found
            }
    })?;
    (!lows.iter().any(|w| is_conditional(w))).then_some(at)
}

/// Adverbs that only strengthen a verdict: "completely wrong", "simply
/// not the case".
const STRONG: &[&str] = &[
    "completely",
    "simply",
    "absolutely",
    "entirely",
    "totally",
    "just",
    "quite",
    "categorically",
    "plainly",
    "utterly",
    "wholly",
    "certainly",
    "perfectly",
    "exactly",
    "definitely",
];

/// Words that judge what was put false: "wrong", "untrue", "nonsense".
const FALSE: &[&str] = &[
    "wrong",
    "untrue",
    "false",
    "incorrect",
    "inaccurate",
    "nonsense",
    "rubbish",
    "misleading",
    "ridiculous",
    "absurd",
];

/// Words more that judge a telling false when the reporter or the party
/// names it: "described the union's figure as exaggerated", "said the
/// figures were distorted by the way deaths were coded", "called the
/// claims baseless".
const JUDGED: &[&str] = &[
    "invented",
    "fabricated",
    "forgery",
    "forged",
    "baseless",
    "groundless",
    "unfounded",
    "fiction",
    "fantasy",
    "outdated",
    "flawed",
    "exaggerated",
    "overstated",
    "overblown",
    "distorted",
    "skewed",
    "mistaken",
    "erroneous",
    "unrepresentative",
    "scaremongering",
    "smear",
    "defamatory",
    "libellous",
];

/// Whether a word judges what was told false: a word of `FALSE` or of
/// `JUDGED`.
pub(crate) fn judges_false(w: &str) -> bool {
    FALSE.contains(&w) || JUDGED.contains(&w)
}

/// Whether a word is one of `STRONG`, the adverbs that only strengthen a
/// verdict.
pub(crate) fn is_strong(w: &str) -> bool {
    STRONG.contains(&w) || matches!(w, "wildly" | "grossly" | "hugely" | "badly" | "seriously")
}

/// Words that judge what was put true: "right", "correct".
pub(crate) const TRUE: &[&str] = &["right", "correct", "true", "accurate"];

/// A short answer that gives a verdict on what was just put to the
/// speaker, as the whole of its sentence (six words at most):
/// - false: "That's completely wrong.", "That is simply not the case.",
///   "It's nonsense.", "No.", "Not at all.", "Absolutely not.", "Wrong.";
/// - true: "That's right.", "That is correct.", "Correct.", "Quite right.",
///   "That's true, yes.", "It is, yes.".
///
/// A verdict says nothing of its own: it is a denial or a confirmation of
/// the claim put, never a claim. Past a transcript's speaker label; a
/// question is none.
///
/// Under a transcript's speaker label, the guest's turn answers what was
/// put, and two shapes more are verdicts: the claim put said back by a
/// pronoun and its auxiliary ("He did.", "They were.", "We have."), and a
/// verdict that opens a longer turn as its first clause, before ", and"
/// (`opening_verdict`: "Yes, that's the figure, and every one of those
/// schools has been given money", "He did, and it was properly declared").
pub(crate) fn verdict(tokens: &[Token]) -> Option<(ResponseKind, usize)> {
    let turn = after_label(tokens);
    let labelled = turn.len() < tokens.len();
    short_verdict(turn, labelled)
        .or_else(|| {
            labelled
                .then(|| opening_verdict(turn))
                .flatten()
                .map(|(kind, _)| (kind, 0))
        })
        .or_else(|| granted_and_said_back(turn))
}

/// A grant, then the claim put said back by a pronoun and its auxiliary,
/// in the negative when it was put so: "That's right, he did." to "One of
/// its directors sat on your panel", "That's right, I didn't." to "put it
/// to her that she had never seen money change hands", "Correct, we
/// haven't.", "Yes, she wasn't.", "Yes, I said that."; or then the
/// figure put said back ("That's right, £46 million."). The grant is a
/// verdict of its own before the comma; after it, a pronoun, an auxiliary
/// (in "-n't", or with "not" or "never", or bare) or "said that", or only
/// figures and their units ("million", "per cent"), and nothing more but a
/// full stop.
fn granted_and_said_back(turn: &[Token]) -> Option<(ResponseKind, usize)> {
    let words: Vec<&Token> = turn.iter().filter(|t| !t.is_quote_mark()).collect();
    let comma = words.iter().position(|t| t.text == ",")?;
    let rest: Vec<&str> = words[comma + 1..]
        .iter()
        .filter(|t| !matches!(t.text, "." | "!"))
        .map(|t| t.low())
        .collect();
    let said_back = match rest.as_slice() {
        // ("That's right, he did." to "One of its directors sat on your
        // panel": the claim said back as it was put)
        [pronoun, aux] => {
            is_subject_pronoun(pronoun) && (aux.ends_with("n't") || AUXILIARIES.contains(aux))
        }
        [pronoun, aux, "not" | "never"] => {
            is_subject_pronoun(pronoun) && !aux.ends_with("n't") && AUXILIARIES.contains(aux)
        }
        [pronoun, "never", aux] => is_subject_pronoun(pronoun) && AUXILIARIES.contains(aux),
        // ("Yes, I said that." to "put it to him that he had told a fellow
        // prisoner …": the saying put, owned)
        [pronoun, "said", "that" | "so" | "it"] => is_subject_pronoun(pronoun),
        _ => false,
    };
    // ("That's right, £46 million." to "The contract is worth £46 million
    // over four years, is that right?": the figure said back)
    let figure_back = rest.iter().all(|w| {
        w.bytes().any(|b| b.is_ascii_digit())
            || matches!(*w, "million" | "billion" | "thousand" | "per" | "cent")
    });
    let said_back = said_back || figure_back;
    if !said_back || words[comma + 1..].iter().any(|t| t.text == "?") {
        return None;
    }
    let head: Vec<Token> = turn.iter().take_while(|t| t.text != ",").cloned().collect();
    match short_verdict(&head, true) {
        Some((ResponseKind::Confirmed, at)) => Some((ResponseKind::Confirmed, at)),
        _ => None,
    }
}

/// Whether a word is a pronoun that can be a clause's subject.
fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "he" | "she" | "they" | "it" | "you")
}

/// A thing put, granted by a first clause its "yes" closes, then a clause
/// of the speaker's own after ", but" or ", and": "Those plans exist, yes,
/// but nobody will be asked to pay money back …". Two words or more before
/// the yes, with no comma and no negation among them; three words or more
/// after the "but". Gives where the "but" or "and" is. `turn` is past its
/// speaker label.
pub(crate) fn yes_then_clause(turn: &[Token]) -> Option<usize> {
    let k = turn.windows(4).position(|w| {
        w[0].text == ","
            && w[1].low() == "yes"
            && w[2].text == ","
            && matches!(w[3].low(), "but" | "and")
    })?;
    let granted = &turn[..k];
    (granted.iter().filter(|t| t.is_word()).count() >= 2
        && !granted
            .iter()
            .any(|t| is_negation(t.low()) || t.low() == "no" || t.text == ",")
        && turn[k + 4..].iter().filter(|t| t.is_word()).count() >= 3)
        .then_some(k + 3)
}

/// Auxiliaries that say a claim back ("I did", "she hadn't").
const AUXILIARIES: &[&str] = &[
    "did", "do", "does", "had", "have", "has", "was", "were", "is", "are", "would", "could",
];

/// A verdict that is the first clause of a transcript's answer, before ",
/// and" or ", but" and a clause of two words or more: "Yes, that's the
/// figure, and …", "He did, and it was properly declared.", "No, and it
/// never has been.", "That's correct, but the viability assessment
/// reduced it." (a grant with a reason, still a grant). The comma comes
/// within the first eight tokens; a question is none. Returns the
/// verdict's kind and where its "and" or "but" is. `turn` is the answer
/// past its speaker label.
fn opening_verdict(turn: &[Token]) -> Option<(ResponseKind, usize)> {
    // ("That's right, it has slipped, and …": a verdict of two words or
    // more alone before the first comma, a clause of its own after it)
    if let Some(comma) = (2..turn.len().min(5)).find(|&k| turn[k].text == ",") {
        let words = turn[..comma].iter().filter(|t| t.is_word()).count();
        // (not a yes or a no with the deed said back, "Yes, we did, over
        // three years", read below)
        let lead = turn
            .first()
            .is_some_and(|t| matches!(t.low(), "yes" | "no" | "well"));
        // (nor one before ", and" or ", but", read below with what
        // follows it: "They do, and they are wrong.")
        let joined = turn
            .get(comma + 1)
            .is_some_and(|t| matches!(t.low(), "and" | "but"));
        if words >= 2
            && !lead
            && !joined
            && turn[comma + 1..].iter().filter(|t| t.is_word()).count() >= 3
            && !turn.iter().any(|t| t.text == "?")
        {
            if let Some((kind, _)) = short_verdict(&turn[..comma], true) {
                return Some((kind, comma + 1));
            }
        }
    }
    let and = (1..turn.len().min(8)).find(|&k| {
        turn[k].text == ","
            && turn
                .get(k + 1)
                .is_some_and(|t| matches!(t.low(), "and" | "but") && !t.quoted)
    })? + 1;
    if turn[and + 1..].iter().filter(|t| t.is_word()).count() < 2
        || turn.iter().any(|t| t.text == "?")
    {
        return None;
    }
    // ("They do, and they are wrong.": the pronoun says back who says it,
    // the rest calls it false; no echo grants it)
    if echo_opens(turn) && holds_falseness(&turn[and + 1..]) {
        return None;
    }
    short_verdict(&turn[..and - 1], true).map(|(kind, _)| (kind, and))
}

/// Whether a transcript's answer (past its label) opens with the claim put
/// said back by a pronoun and its auxiliary, alone in its clause: "He
/// did, and …", "They do.", "Yes, we were, and …". Reads at most the
/// first eight tokens of each clause, past clauses of "yes" or "well"
/// alone; a loop, not a call for each such clause, so that a turn of a
/// great many of them cannot exhaust the stack.
pub(crate) fn echo_opens(mut turn: &[Token]) -> bool {
    loop {
        let end = turn
            .iter()
            .take(8)
            .position(|t| !t.is_word() && t.text != "'")
            .unwrap_or(turn.len().min(8));
        let mut words = [""; 4];
        let mut n = 0;
        for t in turn[..end].iter().filter(|t| t.is_word()) {
            if n == words.len() {
                return false;
            }
            words[n] = t.low().trim_end_matches('.');
            n += 1;
        }
        let w = match &words[..n] {
            ["yes" | "well", rest @ ..] => rest,
            w => w,
        };
        // ("Yes, they do": the clause after the lead word)
        if w.is_empty() && end < turn.len() {
            if n == 0 {
                return false;
            }
            turn = &turn[end + 1..];
            continue;
        }
        return matches!(
            w,
            [
                "he" | "she" | "they" | "we" | "i",
                "did" | "was" | "were" | "is" | "are" | "has" | "have" | "had" | "do" | "does"
            ]
        );
    }
}

/// Nouns for the thing told that a short verdict may name: "The figure is
/// correct.", "Those numbers are wrong."
const VERDICT_NOUNS: &[&str] = &[
    "figure", "figures", "number", "numbers", "total", "estimate", "account", "claim", "date",
    "amount", "sum",
];

/// Words a speaker addresses a chair or a questioner by.
const ADDRESS: &[&str] = &[
    "chair",
    "chairman",
    "chairwoman",
    "minister",
    "sir",
    "madam",
    "senator",
    "councillor",
    "convener",
];

/// `tokens` without a term of address after their last comma: ", Chair.",
/// ", Minister", ", sir." (also a capitalised name of one or two words,
/// ", Ms Hale."), or without the figure put said back (", 280 posts."), so
/// that the verdict before it is read alone.
fn without_address<'t, 'a>(tokens: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let end = tokens
        .iter()
        .rposition(|t| t.is_word())
        .map_or(0, |k| k + 1);
    let Some(comma) = tokens[..end].iter().rposition(|t| !t.is_word()) else {
        return tokens;
    };
    let tail = &tokens[comma + 1..end];
    let addressed = tokens[comma].text == ","
        && match tail {
            [one] => ADDRESS.contains(&one.low().trim_end_matches('.')) || one.is_cap(),
            [a, b] => a.is_cap() && b.is_cap(),
            _ => false,
        }
        // (nor does the figure put, said back after it: "That's right, 280
        // posts.", "Correct, 94 people.")
        || matches!(tail, [figure, rest @ ..]
            if figure.has_digit()
                && rest.len() <= 2
                && rest.iter().all(|t| !t.is_cap()));
    if addressed {
        &tokens[..comma]
    } else {
        tokens
    }
}

/// Whether a run of tokens calls something false: a word of `FALSE`
/// ("wrong", "untrue", "nonsense") or "not" before a word of `TRUE`.
fn holds_falseness(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(k, t)| {
        FALSE.contains(&t.low())
            || (t.low() == "not" && tokens.get(k + 1).is_some_and(|n| TRUE.contains(&n.low())))
    })
}

/// `verdict` of a whole sentence or clause, `echo` allowing a pronoun and
/// its auxiliary alone ("He did").
fn short_verdict(tokens: &[Token], echo: bool) -> Option<(ResponseKind, usize)> {
    if not_what(tokens) && !tokens.iter().any(|t| t.text == "?") {
        return Some((ResponseKind::Denied, 0));
    }
    // ("The figure is correct, Chair.": a term of address after the
    // verdict's last comma says nothing of it)
    let tokens = without_address(tokens);
    // (a lone "No." may be read as one word with its stop)
    let mut words = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.low().trim_end_matches('.'));
    let mut w: [&str; 7] = [""; 7];
    let mut n = 0;
    for x in words.by_ref() {
        if n == w.len() {
            return None;
        }
        w[n] = x;
        n += 1;
    }
    if n == 0 || n > 6 || tokens.iter().any(|t| t.text == "?") {
        return None;
    }
    let w = &w[..n];
    // (a courtesy before the verdict: "With respect, that's not right.")
    let w = match w {
        ["with", "respect", rest @ ..] | ["frankly" | "honestly", rest @ ..] => rest,
        _ => w,
    };
    // A leading "no" or "yes" says it first: "No, that's wrong."; a
    // trailing one repeats it: "That's right, yes."
    let (lead, w) = match w {
        [first, rest @ ..] if matches!(*first, "no" | "yes" | "well" | "look") => {
            (Some(*first), rest)
        }
        _ => (None, w),
    };
    let w = match w {
        [rest @ .., "yes" | "no"] => rest,
        _ => w,
    };
    let judge = |negated: bool, judged_true: bool| {
        if negated == judged_true {
            ResponseKind::Denied
        } else {
            ResponseKind::Confirmed
        }
    };
    let kind = match w {
        // "No." "Yes." (the lead word alone)
        [] => match lead {
            Some("no") => ResponseKind::Denied,
            Some("yes") => ResponseKind::Confirmed,
            _ => return None,
        },
        // "Not at all.", "Absolutely not.", "Certainly not.", "Of course not."
        ["not", "at", "all"] | ["not", "remotely"] | ["never"] => ResponseKind::Denied,
        [.., "not"]
            if w[..w.len() - 1]
                .iter()
                .all(|x| STRONG.contains(x) || matches!(*x, "of" | "course")) =>
        {
            ResponseKind::Denied
        }
        // "Correct.", "Quite right.", "Wrong.", "Complete nonsense."
        _ if w.len() <= 2
            && w[..w.len() - 1]
                .iter()
                .all(|x| STRONG.contains(x) || matches!(*x, "complete" | "total" | "utter")) =>
        {
            let last = w[w.len() - 1];
            if FALSE.contains(&last) {
                ResponseKind::Denied
            } else if TRUE.contains(&last) || (last == "indeed" && w.len() == 1) {
                ResponseKind::Confirmed
            } else {
                return None;
            }
        }
        // "I won't deny that.", "I don't deny it.", "I accept that.": the
        // thing put, granted in the first person.
        ["i", "won't" | "don't" | "can't" | "wouldn't", "deny", "that" | "it"]
        | ["i'm", "not", "denying", "that" | "it"]
        | ["i", "accept", "that" | "it"] => ResponseKind::Confirmed,
        // "He did.", "They were.", "We have.", "It did.": what was put,
        // said back.
        ["he" | "she" | "they" | "we" | "i", "did" | "was" | "were" | "is" | "are" | "has" | "have" | "had" | "do" | "does"]
        | ["it", "did" | "was" | "is" | "has" | "had" | "does"]
            if echo =>
        {
            ResponseKind::Confirmed
        }
        // "Yes, we met.", "Yes, I resigned.": a yes, and the deed put said
        // back in its own verb.
        ["he" | "she" | "they" | "we" | "i", verb]
            if echo
                && lead == Some("yes")
                && verb.len() > 2
                && verb.ends_with(|c: char| c.is_ascii_alphabetic())
                && !verb.ends_with("n't") =>
        {
            ResponseKind::Confirmed
        }
        // "No, I didn't.", "It isn't.", "We did not.": what was put, said
        // back negated.
        ["he" | "she" | "they" | "we" | "i" | "it" | "that", "didn't" | "wasn't" | "weren't" | "isn't" | "aren't" | "hasn't" | "haven't" | "hadn't"
        | "don't" | "doesn't"]
        | ["he" | "she" | "they" | "we" | "i" | "it" | "that", "did" | "was" | "were" | "is" | "are" | "has" | "have" | "had" | "do" | "does", "not"]
            if echo || lead == Some("no") =>
        {
            ResponseKind::Denied
        }
        // "That's / That is / It's / It is" [adverbs] [not] verdict.
        _ => {
            // (the verb may hold the negation: "That isn't true.")
            let mut negated = false;
            let rest = match w {
                // ("The figure is correct.", "Your numbers are right.": the
                // thing told, named)
                ["the" | "that" | "this" | "these" | "those" | "your" | "our" | "my", noun, "is" | "are" | "was" | "were", r @ ..]
                    if VERDICT_NOUNS.contains(noun) =>
                {
                    r
                }
                ["that's" | "it's" | "this" | "that" | "it", rest @ ..] => match rest {
                    ["is" | "was", r @ ..] => r,
                    ["isn't" | "wasn't", r @ ..] => {
                        negated = true;
                        r
                    }
                    r if matches!(w[0], "that's" | "it's") => r,
                    _ => return None,
                },
                // ("Those are the figures.", "They're the numbers.")
                ["those" | "these" | "they", "are" | "were", r @ ..] | ["they're", r @ ..] => r,
                _ => return None,
            };
            let mut k = 0;
            while k < rest.len()
                && (STRONG.contains(&rest[k])
                    || matches!(rest[k], "not" | "utter" | "complete" | "total" | "pure"))
            {
                negated |= rest[k] == "not";
                k += 1;
            }
            match &rest[k..] {
                [v] if FALSE.contains(v) => judge(negated, false),
                // ("The figure is lower than that.", "It's far higher than
                // that.": the figure put, said to be another)
                [by @ .., more, "than", "that"]
                    if !negated
                        && matches!(
                            *more,
                            "lower"
                                | "higher"
                                | "smaller"
                                | "bigger"
                                | "larger"
                                | "less"
                                | "more"
                                | "fewer"
                        )
                        && by.iter().all(|b| {
                            matches!(
                                *b,
                                "much" | "far" | "considerably" | "significantly" | "well"
                            )
                        }) =>
                {
                    ResponseKind::Denied
                }
                // ("That's not possible.", "That's impossible.")
                ["impossible"] => judge(negated, false),
                // ("No, that's out of date.", "That's outdated.": what was
                // put, no longer so)
                ["out", "of", "date"] | ["outdated"] if !negated => ResponseKind::Denied,
                ["possible"] if negated => ResponseKind::Denied,
                [v] if TRUE.contains(v) => judge(negated, true),
                // ("No, that is not government policy.", "That's not our
                // policy.": a plan put, disowned)
                [.., "policy"] if negated && rest.len() - k <= 3 => ResponseKind::Denied,
                // ("That's the figure.", "It's not the number.": the one put)
                ["the", "case" | "figure" | "number" | "total" | "figures" | "numbers"] => {
                    judge(negated, true)
                }
                // ("That's a lie.", "That is an outright lie.", "Those are
                // lies.", "It's a complete fabrication.": what was put, called
                // made up)
                [before @ .., "lie" | "lies" | "fabrication" | "fabrications" | "invention"]
                    if !negated
                        && before.len() <= 2
                        && before.iter().all(|x| {
                            matches!(
                                *x,
                                "a" | "an"
                                    | "complete"
                                    | "total"
                                    | "outright"
                                    | "absolute"
                                    | "blatant"
                                    | "barefaced"
                                    | "utter"
                                    | "pure"
                            )
                        }) =>
                {
                    ResponseKind::Denied
                }
                // "It is, yes." / "It was." (the bare verb, after a question)
                [] if !negated && rest.is_empty() => ResponseKind::Confirmed,
                _ => return None,
            }
        }
    };
    // A lead word that says the opposite ("No, that's right") is no verdict.
    match (lead, kind) {
        (Some("no"), ResponseKind::Confirmed) | (Some("yes"), ResponseKind::Denied) => None,
        _ => Some((kind, 0)),
    }
}

/// Past participles and past tenses of the verbs that say what was found,
/// said or given: what a "that is not what we …" verdict says was really so.
const WHAT_WE: &[&str] = &[
    "found",
    "find",
    "said",
    "say",
    "says",
    "wrote",
    "written",
    "agreed",
    "offered",
    "given",
    "told",
    "proposed",
    "signed",
    "meant",
    "mean",
    "means",
    "saw",
    "seen",
    "heard",
    "published",
    "reported",
    "recorded",
    "showed",
    "shown",
    "shows",
    "concluded",
    "decided",
    "discussed",
    "put",
    "presented",
    "measured",
    "claimed",
    "intended",
    "approved",
    "accepted",
    "submitted",
];

/// A verdict that what was put is not what the speaker found, said or was
/// given, as the whole of its clause: "That is not what we found, and it
/// is not what we wrote", "That is not the offer we were given", "That's
/// not what I said", "It isn't what happened", "That was not what the
/// report says". "That", "it" or "this" and a negated "is" or "was"
/// (strengthening words allowed), then "what" or "the"/"a" and one noun,
/// a subject ("we", "I", "they", or "the" and a noun), at most three
/// auxiliaries, a verb of `WHAT_WE`, and at most three words more; or
/// "what happened". Every clause after the first, joined by "and" or
/// "but", is such a verdict too. Not "That is not the only problem we
/// have": the verb says what was found or given; nor a grievance ("This
/// isn't what we signed up for", "That is not what we were promised",
/// "That isn't what I asked").
fn not_what(tokens: &[Token]) -> bool {
    // (the cheap test first: the sentence opens with its subject)
    if !tokens
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| matches!(t.low(), "that" | "it" | "this" | "that's" | "it's" | "no"))
    {
        return false;
    }
    let mut clauses = tokens
        .split(|t| matches!(t.text, "," | ";" | "." | "!" | ":" | "\u{2014}"))
        .filter(|c| c.iter().any(Token::is_word));
    let mut first = true;
    let mut any = false;
    for clause in clauses.by_ref() {
        let mut w: [&str; 14] = [""; 14];
        let mut n = 0;
        for t in clause.iter().filter(|t| t.is_word()) {
            if n == w.len() {
                return false;
            }
            w[n] = t.low();
            n += 1;
        }
        let mut w = &w[..n];
        // ("No, that is not what happened": a lead "no" is a clause of its own)
        if first && w == ["no"] {
            continue;
        }
        if !first {
            match w {
                ["and" | "but", rest @ ..] => w = rest,
                _ => return false,
            }
        }
        if !not_what_clause(w) {
            return false;
        }
        first = false;
        any = true;
    }
    any
}

/// The thing a `not_what` verdict says was not so, when it names one:
/// "offer" in "That is not the offer we were given", "deal" in "It was
/// not the deal we signed". The verdict is the quotation of an attributed
/// sentence or the words after a transcript's label.
pub(crate) fn verdict_noun<'a>(tokens: &'a [Token]) -> Option<&'a str> {
    let first = tokens.iter().position(|t| t.quoted && t.is_word());
    let run = match first {
        Some(first) => {
            let last = tokens.iter().rposition(|t| t.quoted && t.is_word())?;
            &tokens[first..=last]
        }
        None => after_label(tokens),
    };
    if !not_what(run) {
        return None;
    }
    let words: Vec<&Token> = run.iter().filter(|t| t.is_word()).take(8).collect();
    words.windows(4).find_map(|w| {
        (matches!(w[0].low(), "not" | "isn't" | "wasn't")
            && matches!(w[1].low(), "the" | "a" | "an")
            && !w[2].is_cap()
            && matches!(w[3].low(), "we" | "i" | "they" | "he" | "she" | "you"))
        .then(|| w[2].low())
    })
}

/// One clause of `not_what`, as its lower-case words.
fn not_what_clause(w: &[&str]) -> bool {
    let (mut negated, rest) = match w {
        ["that's" | "it's", rest @ ..] => (false, rest),
        ["that" | "it" | "this", "is" | "was", rest @ ..] => (false, rest),
        ["that" | "it" | "this", "isn't" | "wasn't", rest @ ..] => (true, rest),
        _ => return false,
    };
    let mut k = 0;
    while k < rest.len() && (STRONG.contains(&rest[k]) || rest[k] == "not") {
        negated |= rest[k] == "not";
        k += 1;
    }
    if !negated {
        return false;
    }
    let rest = &rest[k..];
    let after_object = match rest {
        ["what" | "how", "happened"] | ["how", "it", "happened"] => return true,
        ["what", r @ ..] => r,
        ["the" | "a" | "an", _, r @ ..] => r,
        _ => return false,
    };
    let after_subject = match after_object {
        ["we" | "i" | "they" | "he" | "she" | "you", r @ ..] => r,
        // ("That is simply not what it means": the message put, its sense)
        ["it", r @ ..] if matches!(r.first(), Some(&("means" | "meant" | "says" | "said"))) => r,
        ["the" | "our" | "their" | "my" | "his" | "her", _, r @ ..] if rest[0] == "what" => r,
        _ => return false,
    };
    let aux = after_subject
        .iter()
        .take_while(|x| {
            matches!(
                **x,
                "were"
                    | "was"
                    | "had"
                    | "have"
                    | "has"
                    | "been"
                    | "actually"
                    | "ever"
                    | "did"
                    | "originally"
                    | "all"
            )
        })
        .count();
    // (not a grievance: "This isn't what we signed up for")
    let signed_up = after_subject[aux..].starts_with(&["signed", "up"])
        || after_subject[aux..].starts_with(&["signed", "on"]);
    aux <= 3
        && after_subject.get(aux).is_some_and(|v| WHAT_WE.contains(v))
        && !signed_up
        && after_subject.len() - aux - 1 <= 3
}

/// Whether a sentence that answers also states a fact of its own after the
/// answer: "Dunmore said it rejects the allegation and that an independent
/// review had found no evidence of wrongdoing", "The firm denied the claims
/// and said that its accounts had been audited". From `at` (where the
/// answer's phrase is) on: "and that", or "and" with a verb of saying then
/// "that", outside quotation marks; or a second deed done after it ("and
/// had since changed the way the lottery is run"; after an answer told as
/// what was done, "and had been invited to a briefing").
pub(crate) fn also_claims(tokens: &[Token], at: usize) -> bool {
    if states_first(tokens, at) {
        return true;
    }
    // "\"Every one of those detentions was approved by a judge within the
    // time the law allows,\" Interior Minister Radek Vossberg told
    // parliament on Monday, rejecting the report's findings.": a denial in
    // a participle after the quotation, which is a claim of its own (five
    // quoted words or more).
    if tokens
        .get(at)
        .is_some_and(|t| !t.quoted && super::hedges::is_denying_participle(t.low()))
        && tokens[..at]
            .iter()
            .filter(|t| t.quoted && t.is_word())
            .count()
            >= 5
    {
        return true;
    }
    // "\"We did lose two embryologists this summer, and we have recruited
    // replacements who start in October.\"": a grant in the party's own
    // words, then a clause of its own after ", and we have".
    if tokens.get(at).is_some_and(|t| t.lower == "did" && t.quoted)
        && tokens[at..].windows(4).any(|w| {
            w.iter().all(|t| t.quoted)
                && w[0].lower == ","
                && w[1].lower == "and"
                && matches!(w[2].low(), "we" | "i" | "it" | "they")
                && matches!(
                    w[3].low(),
                    "have" | "has" | "had" | "are" | "is" | "will" | "were" | "was"
                )
        })
    {
        return true;
    }
    // "said that none of its lawmakers had discussed the pardon with
    // anyone": what none of a group did, a fact of its own to check.
    if tokens
        .get(at)
        .is_some_and(|t| t.lower == "none" && !t.quoted)
        && tokens.get(at + 1).is_some_and(|t| t.lower == "of")
    {
        return true;
    }
    // "GUEST: Yes, that's the figure, and every one of those schools has
    // been given money …": a verdict opening a transcript's answer, then a
    // clause of its own.
    let turn = after_label(tokens);
    // ("Those plans exist, yes, but nobody will be asked …", wherever the
    // turn's label is)
    if turn.len() < tokens.len() && opening_verdict(turn).is_some()
        || yes_then_clause(turn).is_some()
    {
        return true;
    }
    let rest = tokens.get(at..).unwrap_or_default();
    // "\"That's not right, I had 25 places and never went over,\" Mrs
    // Arkwrite said.": a quoted verdict, then after its comma a clause of
    // the speaker's own, four words at least, opening with a pronoun.
    if verdict_then_own_clause(rest) {
        return true;
    }
    // "said the target had not been dropped and was being refreshed": a
    // denial told as a negation, then what is so instead.
    let negated = rest
        .first()
        .is_some_and(|t| matches!(t.low(), "not" | "never"));
    if negated
        && rest.windows(3).any(|w| {
            !w[0].quoted
                && w[0].lower == "and"
                && matches!(w[1].low(), "was" | "were" | "is" | "are" | "would" | "will")
                && w[2].is_word()
        })
    {
        return true;
    }
    // "said the committee had been \"kept informed at every stage\" and
    // had been invited to a briefing": an answer told as what was done,
    // then another thing done.
    let done = rest.first().is_some_and(|t| t.lower == "been");
    if done
        && !disclaims(rest)
        && rest.windows(3).any(|w| {
            !w[0].quoted
                && w[0].lower == "and"
                && matches!(w[1].low(), "had" | "has" | "have" | "was" | "were")
                && w[2].is_word()
        })
    {
        return true;
    }
    // (not "denied that A and that B": both are what is denied)
    let under_verb = rest.get(1).is_some_and(|t| t.lower == "that");
    // "said it had \"cooperated fully with the police\" and had since
    // changed the way the lottery is run": a second deed done, told after
    // the answer.
    let deed_after = rest.windows(4).any(|w| {
        let v = if matches!(w[2].low(), "since" | "already" | "now" | "also") {
            &w[3]
        } else {
            &w[2]
        };
        !w[0].quoted
            && w[0].lower == "and"
            && matches!(w[1].low(), "had" | "has" | "have")
            && !v.quoted
            && v.low().len() > 4
            && v.low().ends_with("ed")
    });
    if deed_after && !under_verb && !disclaims(rest) {
        return true;
    }
    rest.windows(3).any(|w| {
        !w[0].quoted
            && ((w[0].lower == "and" && w[1].lower == "that" && !under_verb)
                // ("… and said that", "… but said the money had been moved")
                || (matches!(w[0].low(), "and" | "but")
                    && matches!(w[1].low(), "said" | "says" | "added" | "insisted" | "stressed")
                    && w[2].is_word()))
    }) && !disclaims(rest)
}

/// Whether a quoted verdict ("That's not right", from the answer's phrase
/// at the start of `rest`) ends at a comma within its first five tokens
/// and a clause follows inside the same quotation, opening with "I",
/// "we", "it", "he", "she" or "they", four words at least.
fn verdict_then_own_clause(rest: &[Token]) -> bool {
    if !rest.first().is_some_and(|t| t.quoted) {
        return false;
    }
    let Some(comma) = rest.iter().take(5).position(|t| t.text == ",") else {
        return false;
    };
    // (a verdict first: not "\"Sorry to hear that, we know …\"", "\"No
    // comment, we are talking to our lawyers\"")
    if short_verdict(&rest[..comma], false).is_none() {
        return false;
    }
    let clause: Vec<&Token> = rest[comma + 1..]
        .iter()
        .take_while(|t| t.quoted && !t.is_quote_mark())
        .filter(|t| t.is_word())
        .collect();
    clause.len() >= 4
        && matches!(
            clause[0].low(),
            "i" | "we" | "it" | "he" | "she" | "they" | "i've" | "we've" | "i'd" | "we'd"
        )
}

/// Whether a refusal comes after a fact stated first, in a clause of its
/// own: "The regulator will publish the figure on Friday, and I'm not going
/// to pre-empt it.", "We have spoken to the family, but we won't say more
/// while police investigate.", "has insisted that the plant is on
/// schedule, and refused to say whether …". The fact is a claim too. `at`
/// is where the refusal's phrase starts (its "I" or "we", or, told with
/// "that" before, its verb); the clause before holds five words at least.
fn states_first(tokens: &[Token], at: usize) -> bool {
    let first_person = tokens.get(at).is_some_and(|t| {
        matches!(
            t.low(),
            "i" | "i'm" | "i'll" | "we" | "we're" | "we'll" | "i've" | "we've"
        )
    });
    if at < 2 {
        return false;
    }
    let joined = tokens[at - 1].is_word()
        && matches!(tokens[at - 1].low(), "and" | "but")
        && tokens[at - 2].text == ",";
    let before = &after_label(&tokens[..at - 2]);
    // (or a refusal the reporter relates after a claim told with "that":
    // "has insisted that the plant is on schedule, and refused to say …";
    // or with "that" left out, three words at least after the verb of
    // saying: "said spending on staff had risen by 10%, and called the
    // union's figure \"simply false\"")
    let told = || {
        before.iter().any(|t| !t.quoted && t.lower == "that")
            || before.iter().enumerate().any(|(k, t)| {
                !t.quoted
                    && matches!(t.low(), "said" | "says" | "insisted" | "insists")
                    && before[k + 1..].iter().filter(|t| t.is_word()).count() >= 3
            })
    };
    joined && before.iter().filter(|t| t.is_word()).count() >= 5 && (first_person || told())
}

/// Whether what the answer adds is only a word on the answer itself: "but
/// said that this did not imply any wrongdoing", "and said this was
/// routine": a clause whose subject points back ("this", "that") and a
/// verb after it.
fn disclaims(rest: &[Token]) -> bool {
    (0..rest.len()).any(|k| {
        if rest[k].quoted || !matches!(rest[k].low(), "said" | "says" | "added" | "stressed") {
            return false;
        }
        let mut j = k + 1;
        if rest.get(j).is_some_and(|t| t.lower == "that")
            && rest
                .get(j + 1)
                .is_some_and(|t| matches!(t.low(), "this" | "that"))
        {
            j += 1;
        }
        rest.get(j)
            .is_some_and(|t| matches!(t.low(), "this" | "that"))
            && rest.get(j + 1).is_some_and(|t| {
                matches!(
                    t.low(),
                    "did"
                        | "does"
                        | "was"
                        | "is"
                        | "would"
                        | "had"
                        | "has"
                        | "could"
                        | "should"
                        | "implied"
                        | "implies"
                        | "meant"
                        | "means"
                        | "reflected"
                        | "reflects"
                )
            })
    })
}

/// The claims a denial can answer, nearest first: the last four of the
/// twelve latest candidates that score 0.4 or more and come from the three
/// sentences before sentence `number`.
fn recent_claims(candidates: &[Candidate], number: usize) -> impl Iterator<Item = usize> + '_ {
    let floor = candidates.len().saturating_sub(12);
    (floor..candidates.len())
        .rev()
        .filter(move |&ci| {
            let c = &candidates[ci];
            c.score >= 0.4 && c.sentence < number && number - c.sentence <= 3
        })
        .take(4)
}

/// A confirmation at `at`, then "but" and a refusal or a non-denial by the
/// same party: "confirmed it had opened an investigation in February but
/// said it would not comment further while its inquiries were
/// continuing". Gives where "but" is, the kind of the answer after it and
/// where that answer is. What is confirmed is a clause of its own, three
/// words at least.
pub(crate) fn refused_after(tokens: &[Token], at: usize) -> Option<(usize, ResponseKind, usize)> {
    let but = (at + 1..tokens.len()).find(|&k| tokens[k].lower == "but" && !tokens[k].quoted)?;
    if tokens[at + 1..but].iter().filter(|t| t.is_word()).count() < 3 {
        return None;
    }
    let rest = &tokens[but + 1..];
    let lows = super::tokens::lows(rest);
    match super::hedges::response(rest, &lows)? {
        (kind @ (ResponseKind::Declined | ResponseKind::NonDenial), j) => {
            Some((but, kind, but + 1 + j))
        }
        _ => None,
    }
}

/// A concession, then "but" and the denial at `denied` by the same party,
/// in one sentence: "Whitsedge accepts that he sold the paintings but
/// denies knowing that the letters were forged", "She admitted the money
/// had been moved but denied taking any of it". Gives where the verb of
/// conceding is and where "but" is (at most two words, "later", "still",
/// between "but" and the denial).
pub(crate) fn conceded_then_denied(tokens: &[Token], denied: usize) -> Option<(usize, usize)> {
    let but = (denied.saturating_sub(3)..denied)
        .rev()
        .find(|&k| tokens[k].lower == "but" && !tokens[k].quoted)?;
    if !tokens[but + 1..denied]
        .iter()
        .all(|t| matches!(t.low(), "later" | "still" | "strongly" | "firmly"))
    {
        return None;
    }
    let grants = tokens[..but].iter().position(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "accepts"
                    | "accepted"
                    | "admits"
                    | "admitted"
                    | "concedes"
                    | "conceded"
                    | "acknowledges"
                    | "acknowledged"
                    | "confirms"
                    | "confirmed"
            )
    })?;
    // (what is conceded follows it, a clause of its own)
    (tokens[grants + 1..but]
        .iter()
        .filter(|t| t.is_word())
        .count()
        >= 3)
        .then_some((grants, but))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The first denial found on the candidate whose quote holds `claim`.
    fn denial_on(text: &str, claim: &str) -> Option<crate::extract::ProposedResponse> {
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .find(|c| c.quote.contains(claim))
            .unwrap_or_else(|| panic!("{claim}: {:#?}", x.candidates))
            .responses
            .iter()
            .find(|r| r.kind == ResponseKind::Denied)
            .cloned()
    }

    fn toks(text: &str) -> Vec<Token<'_>> {
        let mut html = 0;
        tokenize(text, 0, text.len(), &[], &mut html)
    }

    /// Tokens with the quoted words marked, as a paragraph is read.
    fn qtoks(text: &str) -> Vec<Token<'_>> {
        let mut html = 0;
        let quoted = super::super::sentences::quoted_ranges(text, 0, text.len(), &[text.len()]);
        tokenize(text, 0, text.len(), &quoted, &mut html)
    }

    fn words(text: &str, tokens: &[Token], (s, e): (usize, usize)) -> String {
        text[tokens[s].start..tokens[e - 1].end].to_string()
    }

    #[test]
    fn a_quoted_verdict_then_a_clause_of_the_speakers_own_is_also_a_claim() {
        let t =
            qtoks("\"That's not right, I had 25 places and never went over,\" Mrs Arkwrite said.");
        assert!(also_claims(&t, 1));
        // (in other words)
        let t = qtoks("\"That is wrong, we checked every kennel twice a day,\" he said.");
        assert!(also_claims(&t, 1));
        // Near misses: a verdict alone, a clause too short to claim, and
        // no verdict first.
        let t = qtoks("\"No comment, we are talking to our lawyers,\" he said.");
        assert!(!also_claims(&t, 1));
        let t = qtoks("\"That's not right,\" she said.");
        assert!(!also_claims(&t, 1));
        let t = qtoks("\"That's not right, I said,\" she repeated.");
        assert!(!also_claims(&t, 1));
    }

    #[test]
    fn nobody_told_denies_a_telling_put() {
        let text = "The shipping minister, Honora Grisedale, was interviewed by Baptiste Hemmerly on Sunday Tideline this morning.\n\nBAPTISTE HEMMERLY: Minister, good morning.\n\nHONORA GRISEDALE: Good morning, Baptiste.\n\nBAPTISTE HEMMERLY: Staff at the Skerrinish centre say they were told on Friday that theirs would be one of the four.\n\nHONORA GRISEDALE: Nobody has been told that, because nothing has been decided.";
        let r = denial_on(text, "they were told on Friday").expect("denied");
        assert!(r.quote.contains("Nobody has been told"), "{r:?}");
        // (in the reporter's words)
        let text = "Staff at the depot say they were told on Monday that it would close.\n\n\"Nobody has been told that,\" a company spokesman said.";
        assert!(denial_on(text, "they were told on Monday").is_some());
        // Near miss: nobody told of something the claim does not tell.
        let text = "Staff at the depot say the site will close in March.\n\n\"Nobody has been told that,\" a company spokesman said.";
        assert!(denial_on(text, "will close in March").is_none());
    }

    #[test]
    fn a_short_verdict_denies_or_confirms() {
        use ResponseKind::{Confirmed, Denied};
        for (text, kind) in [
            ("That's completely wrong.", Some(Denied)),
            ("MINISTER: That is simply not the case.", Some(Denied)),
            ("No, that's nonsense.", Some(Denied)),
            ("Not at all.", Some(Denied)),
            ("Absolutely not.", Some(Denied)),
            ("No.", Some(Denied)),
            ("It's not true.", Some(Denied)),
            ("No, that isn't true.", Some(Denied)),
            ("LENA FAIR: No, that isn't true.", Some(Denied)),
            ("That wasn't the case.", Some(Denied)),
            ("That's right.", Some(Confirmed)),
            ("That is correct, yes.", Some(Confirmed)),
            ("Quite right.", Some(Confirmed)),
            ("It is, yes.", Some(Confirmed)),
            ("That's not right.", Some(Denied)),
            ("With respect, that's not right.", Some(Denied)),
            ("Frankly, that's wrong.", Some(Denied)),
            ("That is simply not what it means.", Some(Denied)),
            ("That's not what it says.", Some(Denied)),
            ("That is not what it is.", None),
            ("Yes, that's the figure.", Some(Confirmed)),
            ("That's not the number.", Some(Denied)),
            // What was put, called not possible; granted in the first
            // person.
            ("That's not possible.", Some(Denied)),
            ("That is impossible.", Some(Denied)),
            ("That's possible.", None),
            ("I won't deny that.", Some(Confirmed)),
            ("I don't deny it.", Some(Confirmed)),
            ("I'm not denying that.", Some(Confirmed)),
            ("I accept that.", Some(Confirmed)),
            ("I won't accept that.", None),
            ("They won't deny that.", None),
            // What was put, called made up.
            ("That's a lie.", Some(Denied)),
            ("That is an outright lie.", Some(Denied)),
            ("Those are lies.", Some(Denied)),
            ("It's a complete fabrication.", Some(Denied)),
            ("That's not a lie.", None),
            ("That's a lie we have heard before about the pier.", None),
            // The thing told named, and a term of address after it.
            ("WITNESS: The figure is correct, Chair.", Some(Confirmed)),
            ("Your numbers are simply wrong, Minister.", Some(Denied)),
            ("That's right, Ms Hale.", Some(Confirmed)),
            ("Yes, Chair.", Some(Confirmed)),
            ("The figure is correct for March.", None),
            ("The figure is high, Chair.", None),
            // The figure put, said to be another (round 45), in other words;
            // a figure compared with another of its own is none.
            ("VEVINA OSGATHORPE: The figure is lower than that.", Some(Denied)),
            ("It's far higher than that.", Some(Denied)),
            ("It's not lower than that.", None),
            ("The figure is lower than last year.", None),
            ("The report is correct.", None),
            ("That is correct, and more.", None),
            // The figure put, said back after the verdict.
            ("PYBUS: That's right, 280 posts.", Some(Confirmed)),
            ("No, 40 jobs.", Some(Denied)),
            ("That's right, 280 posts in all.", None),
            ("That's right, 280 Posts.", None),
            // Under a transcript's label: the claim put said back, and a
            // verdict opening a longer answer.
            ("MINISTER: He did.", Some(Confirmed)),
            ("OWEN BLAKE: No, it isn't.", Some(Denied)),
            ("MINISTER: No, I didn't.", Some(Denied)),
            ("MINISTER: We did not.", Some(Denied)),
            (
                "DAVID GRANT: That's correct, but the viability assessment reduced it.",
                Some(Confirmed),
            ),
            ("A: They were, yes.", Some(Confirmed)),
            (
                "DELPHINE ARKWRIGHT: Yes, that's the figure, and every one of those schools has been given money to put it right.",
                Some(Confirmed),
            ),
            (
                "DELPHINE ARKWRIGHT: He did, and it was properly declared.",
                Some(Confirmed),
            ),
            (
                "PETER OAKES: That's completely wrong, and the contract says so in black and white.",
                Some(Denied),
            ),
            (
                "MINISTER: It was, and we published the figures in March.",
                Some(Confirmed),
            ),
            // (two words after "and" are a clause; the figures named in
            // the plural)
            ("MINISTER: That's right, and we acted.", Some(Confirmed)),
            (
                "MINISTER: Those are the figures, and I'm not happy with them.",
                Some(Confirmed),
            ),
            ("Those are not the figures.", Some(Denied)),
            // Not without a label, nor a clause that is no verdict, nor
            // "and" with too little after it, nor a question.
            ("He did.", None),
            ("He did, and it was properly declared.", None),
            ("Yes, that's the figure, and every one of those schools has been paid.", None),
            (
                "MINISTER: He did the right thing, and it was properly declared.",
                None,
            ),
            (
                "MINISTER: We spent the money, and every school has been repaired.",
                None,
            ),
            ("MINISTER: He did, and so?", None),
            ("MINISTER: Yes, and?", None),
            // (an echo, then the claim called false)
            ("DELIA HART: They do, and they are wrong.", None),
            ("MINISTER: They did, and what they said was untrue.", None),
            ("MINISTER: He does, and it is simply not true.", None),
            (
                "MINISTER: He did, and was that wrong of him to do so?",
                None,
            ),
            // Longer sentences, questions and mixed signals are none.
            (
                "That's right that the council must decide these matters.",
                None,
            ),
            ("Is that right?", None),
            ("No, that's right.", None),
            ("That's a fair point.", None),
            // What the speaker found, said or was given, said not to be so.
            (
                "That is not what we found, and it is not what we wrote.",
                Some(Denied),
            ),
            ("That is not the offer we were given.", Some(Denied)),
            ("That's not what I said.", Some(Denied)),
            ("No, that isn't what happened.", Some(Denied)),
            ("It was not the deal we signed in March.", Some(Denied)),
            ("That is simply not what the report says.", Some(Denied)),
            // Not a verdict: what follows is no finding or saying, or the
            // sentence goes on with a claim of its own.
            ("That is not the only problem we have.", None),
            ("That is not the kind of town we want to live in.", None),
            ("That is what we found.", None),
            (
                "That is not what we found, and the council will publish the data.",
                None,
            ),
            ("Is that not what you were told?", None),
            // A grievance, not a verdict on what was put.
            ("This isn't what we signed up for.", None),
            ("That is not what we were promised.", None),
            ("That isn't what I asked.", None),
        ] {
            assert_eq!(verdict(&toks(text)).map(|v| v.0), kind, "{text}");
        }
    }

    #[test]
    fn a_closing_phrase_denies_the_accusation() {
        for (text, party, phrase) in [
            (
                "Opposition councillors have also accused the mayor of misleading the council in December, a charge she denies.",
                "she",
                "a charge she denies",
            ),
            (
                "The Wenlow River Trust has accused the company of discharging sewage on dry days, an allegation Severnside denies.",
                "Severnside",
                "an allegation Severnside denies",
            ),
            (
                "Consumer groups accused Gatewise of playing down the breach, which the company denies.",
                "the company",
                "which the company denies",
            ),
            (
                "Rights groups have accused the ministry of hiding casualty figures, an allegation it rejects.",
                "it",
                "an allegation it rejects",
            ),
            (
                "Union leaders said waiting times had doubled, a claim the ministry disputes.",
                "the ministry",
                "a claim the ministry disputes",
            ),
            (
                "Residents said on Monday that the water had been contaminated for weeks, but the utility denied this.",
                "the utility",
                "the utility denied this",
            ),
        ] {
            let t = toks(text);
            let c = closing(&t).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(words(text, &t, c.party), party);
            assert_eq!(words(text, &t, c.phrase), phrase);
        }
        for text in [
            "The mayor denies it.",
            "The minister, who has always denied wrongdoing, resigned.",
            "The minister resigned, and the party denied it.",
            "The film was described as \"a triumph\".",
        ] {
            let t = toks(text);
            assert_eq!(closing(&t).map(|c| c.party), None, "{text}");
        }
    }

    #[test]
    fn a_closing_phrase_with_no_party_left_gives_no_answer() {
        // (found by random text: the article and its noun are the last
        // words, the verb taken for the noun)
        let x = super::super::extract(
            "The plant closed in May, a confirmed.",
            chrono::NaiveDate::from_ymd_opt(2026, 5, 1),
        );
        assert!(x.candidates.iter().all(|c| c.responses.is_empty()));
    }

    #[test]
    fn a_closing_phrase_may_grant_the_claim_or_leave_it_standing() {
        for (text, party, kind) in [
            (
                "Prices at the chain's shops rose by 14% last year, a figure Vesper Agri confirmed on Monday.",
                "Vesper Agri",
                ResponseKind::Confirmed,
            ),
            (
                "The founder sold shares worth \u{a3}3 million in May, a sale she has since confirmed.",
                "she",
                ResponseKind::Confirmed,
            ),
            (
                "The company cut the hours of 200 shop workers in January, a figure Tuttle & Brack confirmed.",
                "Tuttle & Brack",
                ResponseKind::Confirmed,
            ),
            (
                "The plant will close in June, which the company acknowledged last week.",
                "the company",
                ResponseKind::Confirmed,
            ),
            (
                "The chain cut 40 jobs in its warehouse in March, a number the company disputes.",
                "the company",
                ResponseKind::Denied,
            ),
            (
                "Staff said the chain had stopped paying overtime in April, something managers have not denied.",
                "managers",
                ResponseKind::NonDenial,
            ),
        ] {
            let t = toks(text);
            let c = closing(&t).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((words(text, &t, c.party), c.kind), (party.to_string(), kind), "{text}");
        }
        for text in [
            // (who tells it, a grant doubted, a position on a plan)
            "Prices rose by 14% last year, the chief executive confirmed.",
            "Prices rose by 14% last year, a figure the company has not confirmed.",
            "The council will close two libraries, a plan the union rejects.",
            "The results were confirmed.",
        ] {
            let t = toks(text);
            assert_eq!(closing(&t).map(|c| c.party), None, "{text}");
        }
    }

    #[test]
    fn a_sentence_naming_a_charge_its_party_denies_is_a_denial() {
        for (text, verb) in [
            ("That is an allegation the council rejects.", "rejects"),
            ("It is a claim the company has always denied.", "denied"),
            ("That's an account Hale disputes.", "disputes"),
            (
                "This is a charge which Ms Okafor strongly denies.",
                "denies",
            ),
            ("That is an allegation the club's owners deny.", "deny"),
        ] {
            let t = toks(text);
            let (kind, at) = named_charge(&t, &super::super::tokens::lows(&t))
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!((kind, t[at].text), (ResponseKind::Denied, verb), "{text}");
        }
        for text in [
            "That is an allegation the council rejects, its leader said on Monday.",
            "Is that an allegation the council rejects?",
            "That is a report the committee will publish.",
            "This is a story about a town that denied itself nothing and paid for it.",
            "That is a claim the council rejected in its reply to the ombudsman last year.",
            "It is a claim the council no longer disputes.",
            "That is an allegation nobody denies.",
            "It is an account no one disputes.",
            "That is a charge the firm has never denied.",
            "It is a claim the board does not dispute.",
        ] {
            let t = toks(text);
            assert_eq!(
                named_charge(&t, &super::super::tokens::lows(&t)),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn calling_a_told_figure_false_denies_it() {
        for (text, verb) in [
            (
                "Aguas de Porto Clara called the leakage figure \"out of date and wrong\".",
                "called",
            ),
            (
                "The company described the union's estimate as \"wildly inaccurate\".",
                "described",
            ),
            (
                "A spokesman branded the report \"baseless\" and said the firm would respond.",
                "branded",
            ),
            (
                "The board described the claims as \"not just wrong but dishonest\".",
                "described",
            ),
        ] {
            let t = qtoks(text);
            let at = called_false(&t, &super::super::tokens::lows(&t))
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(t[at].text, verb, "{text}");
        }
        for text in [
            "The union called the closure \"wrong and short-sighted\".",
            "She called the figure \"shocking\".",
            "The minister called the figures \"a wake-up call\" for every council.",
            "The company called the union's figure \"not wrong, but incomplete\".",
            "The trust described the figure as \"not inaccurate\" but out of date.",
            "She called the estimate \"far from wrong\".",
            "He described the report as \"hardly baseless\".",
        ] {
            let t = qtoks(text);
            assert_eq!(
                called_false(&t, &super::super::tokens::lows(&t)),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn not_disputing_what_was_put_grants_it() {
        for text in [
            "Those are the agency's figures and I don't dispute them.",
            "We do not question that.",
            "We don't doubt those numbers, but the trend is falling.",
            "I never question it.",
            "Jonathan Greave: I do not dispute those figures.",
        ] {
            let t = toks(text);
            assert!(
                no_dispute(&t, &super::super::tokens::lows(&t)).is_some(),
                "{text}"
            );
        }
        for text in [
            "We do not dispute that the plant closed in March.",
            "Do you not dispute that?",
            "I don't doubt them for a second when they say the river is clean.",
            "We dispute those figures.",
            "When asked about the sale, a council spokesman did not deny it.",
            "We did not deny it.",
            "The council said it would not challenge this in court.",
            "The trust would not contest that ruling.",
            "We would not contest that ruling.",
            "I wouldn't challenge those numbers, but the trend is falling.",
            "We will not question that.",
            "They do not dispute those figures.",
        ] {
            let t = toks(text);
            assert_eq!(
                no_dispute(&t, &super::super::tokens::lows(&t)),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn an_account_a_party_rejects_closes_as_a_denial() {
        let text = "Her barrister said Dunstan had been dismissed for misconduct, an account Dunstan rejects.";
        let t = toks(text);
        let c = closing(&t).unwrap();
        assert_eq!(words(text, &t, c.party), "Dunstan");
        assert_eq!(words(text, &t, c.phrase), "an account Dunstan rejects");
        let text =
            "The firm said the pipe burst in March, a version of events the tenants dispute.";
        let t = toks(text);
        let c = closing(&t).unwrap();
        assert_eq!(words(text, &t, c.party), "the tenants");
        // (an account that is not denied closes nothing)
        let text = "The firm said the pipe burst in March, an account the tenants gave too.";
        let t = toks(text);
        assert_eq!(closing(&t).map(|c| c.party), None, "{text}");
    }

    #[test]
    fn a_denied_story_names_who_told_it() {
        let text = "The mayor of Harbourside, Gwen Aldous, has denied a story in the Evening Post that her aides had shredded documents.";
        let t = toks(text);
        let d = denied_story(&t).unwrap();
        assert_eq!(words(text, &t, d.source.unwrap()), "the Evening Post");
        assert_eq!(t[d.verb].lower, "denied");
        let text =
            "The ministry rejected claims that patients had been removed to improve the figures.";
        let t = toks(text);
        let d = denied_story(&t).unwrap();
        assert_eq!(d.source, None);
        let text = "The council denied the request.";
        assert_eq!(denied_story(&toks(text)), None);
        // (an outlet by its common noun, standing for one named before)
        for (text, source) in [
            ("The company denied a separate claim in the paper that it had missed a payment into its pension scheme.", "the paper"),
            ("The club rejected a report in the newspaper that its manager had been sacked.", "the newspaper"),
        ] {
            let t = toks(text);
            let d = denied_story(&t).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.source.map(|s| words(text, &t, s)).as_deref(), Some(source), "{text}");
        }
        // (not any common noun: "a claim in the budget that …" names no teller)
        let text = "The union denied a claim in the budget that wages had risen.";
        assert_eq!(denied_story(&toks(text)).and_then(|d| d.source), None);
    }

    #[test]
    fn claims_from_customers_denied_are_theirs_and_the_denier_answers_them() {
        let text = "Larkmere Travel has rejected claims from customers that it left around 400 holidaymakers to find their own beds after their hotel in Puerto Calda was evacuated on Friday.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = crate::extract::candidate_with(&x, "400 holidaymakers");
        assert_eq!(c.speaker.as_deref(), Some("customers"));
        let r = c.responses.first().expect("the denial");
        assert_eq!(
            (r.kind, r.party.as_str()),
            (ResponseKind::Denied, "Larkmere Travel")
        );
        // The same for holidaymakers and travellers, and the denier is
        // never "Larkmere Travel has rejected".
        for text in [
            "The operator rejected claims from holidaymakers that it had cancelled 40 flights without notice.",
            "The council has disputed claims by travellers that the site had no water for 12 days.",
        ] {
            let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x.candidates.first().unwrap_or_else(|| panic!("{text}"));
            assert!(
                c.speaker
                    .as_deref()
                    .is_some_and(|s| s == "holidaymakers" || s == "travellers"),
                "{text}: {c:?}"
            );
            assert!(
                c.responses.iter().all(|r| !r.party.contains("rejected") && !r.party.contains("disputed")),
                "{text}"
            );
        }
        // (seen: members where they are, and groups by the head of their
        // phrase)
        for (text, by) in [
            ("Fettle rejected claims by members at closed clubs that it had gone on taking their monthly fees after the doors were locked.", "members"),
            ("The ministry rejected claims by rights groups that it had hidden casualty figures.", "rights groups"),
            ("The board disputed claims from parents in the valley that 30 pupils had been turned away.", "parents in the valley"),
            ("The firm rejected claims by two charities that it had dumped waste in the river.", "two charities"),
        ] {
            let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x.candidates.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(c.speaker.as_deref(), Some(by), "{text}");
        }
        // Claims told by no one named: the denier is still the subject.
        let text = "The council has rejected claims that it cut the budget by half.";
        assert_eq!(crate::extract::answer_parties(text), vec!["The council"]);
    }

    #[test]
    fn a_quoted_verb_of_denial_denies_what_follows_it() {
        let kinds = crate::extract::answer_kinds;
        let claim = "The Harbour Gazette reported that the firm had hidden losses of \u{a3}4m from its auditors. ";
        for denial in [
            "The firm said it \"categorically rejects\" the allegation.",
            "Its chairman, Ms Orr, said she \u{201C}utterly refutes\u{201D} these claims.",
            "The firm \"totally denies\" any wrongdoing.",
            // a finding or a number told, past the quote
            "A spokesman said the company \"strongly disputes\" the study's conclusions.",
            "The firm said it \u{201C}firmly rejects\u{201D} these figures.",
            "Ms Orr said the board \"entirely disputes\" the regulator's findings.",
        ] {
            assert_eq!(
                kinds(&format!("{claim}{denial}")),
                vec![ResponseKind::Denied],
                "{denial}"
            );
        }
        for other in [
            "The minister said he would \"reject\" the bill in May.",
            "Its chairman said the firm \"denies\" nothing to its auditors.",
            // (the verb negated, or the noun too far past the quote)
            "The firm said it did \"not dispute\" the study's conclusions.",
            "The firm said it \"rejects\" calls from the union to publish its figures.",
        ] {
            assert!(kinds(&format!("{claim}{other}")).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_telling_left_undisputed_in_the_reporters_words_is_a_non_denial() {
        for text in [
            "Dyfrig Water did not dispute that figure.",
            "The council has not denied the report.",
            "A spokesman for the firm didn't challenge those numbers, but said the trend was falling.",
            "The ministry did not contest the union's estimate.",
            "When asked about the sale, a council spokesman did not deny it.",
        ] {
            let t = toks(text);
            assert!(
                left_undisputed(&t, &super::super::tokens::lows(&t)).is_some(),
                "{text}"
            );
        }
        for text in [
            "The council did not dispute that the plant closed in March.",
            "We did not deny it.",
            "The trust would not contest that ruling.",
            "The firm did not challenge the ruling.",
            "Did the council not dispute that figure?",
            "If the board did not dispute the figures, the plan would go ahead.",
            "The council did not deny the report was accurate.",
            "Dyfrig Water disputed that figure.",
        ] {
            let t = toks(text);
            assert_eq!(
                left_undisputed(&t, &super::super::tokens::lows(&t)),
                None,
                "{text}"
            );
        }
        let text = "The study's authors say sewage overflows contributed about 15% of the phosphorus. Dyfrig Water did not dispute that figure.";
        assert_eq!(
            crate::extract::answer_kinds(text),
            vec![ResponseKind::NonDenial]
        );
    }

    #[test]
    fn a_saying_called_made_up_is_denied_and_answers_the_report() {
        let claim = "The Harbour Gazette reported on Tuesday, citing an unnamed official, that the port had offered to cut its fees by a third. ";
        for denial in [
            "A spokesman for the port, Ilko Varga, said the report was \"pure invention\" and that no offer had been made.",
            "The port said the story was a fabrication.",
            "Ms Orr said those claims were \u{201C}a complete fantasy\u{201D}.",
        ] {
            let text = format!("{claim}{denial}");
            assert_eq!(
                crate::extract::answer_kinds(&text),
                vec![ResponseKind::Denied],
                "{denial}"
            );
            let x = crate::extract::extract(&text, None);
            assert!(
                x.candidates
                    .iter()
                    .any(|c| c.quote.contains("cut its fees") && !c.responses.is_empty()),
                "{denial}: {:#?}",
                x.candidates
            );
        }
        for other in [
            "The port said the report was published in May.",
            "The novelist said the story was an invention of her grandmother's.",
            "Was the report pure invention?",
        ] {
            let text = format!("{claim}{other}");
            assert!(crate::extract::answer_kinds(&text).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_story_a_party_did_not_answer_is_its_tellers_with_the_silence_attached() {
        let cases = [
            (
                "The company has not responded to our questions about a report in the Bracklow Echo this afternoon that the warehouse's sprinkler system had been switched off for repairs since the end of September.",
                "Bracklow Echo",
                ResponseKind::NoResponse,
            ),
            (
                "Ashgrove Council declined to comment on a story in the Westmoor Gazette on Monday that its chief executive had been suspended on full pay.",
                "Westmoor Gazette",
                ResponseKind::Declined,
            ),
            (
                "The club did not respond to questions about reports by Sky News that the manager would be sacked before the end of the season.",
                "Sky News",
                ResponseKind::NoResponse,
            ),
        ];
        for (text, teller, kind) in cases {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote == text)
                .unwrap_or_else(|| panic!("{text}: {:#?}", x.candidates));
            assert!(c.score >= 0.5, "{c:#?}");
            assert!(
                c.speaker.as_deref().is_some_and(|s| s.contains(teller)),
                "{c:#?}"
            );
            assert_eq!(
                c.responses.iter().map(|r| r.kind).collect::<Vec<_>>(),
                vec![kind],
                "{text}"
            );
        }
        // A story with no teller named is answered as before.
        let t = toks(
            "The club did not respond to questions about claims that the manager would be sacked.",
        );
        assert_eq!(answered_story(&t, 2), None);
    }

    #[test]
    fn a_fact_told_of_a_silent_party_is_a_claim_its_silence_answers() {
        let cases = [
            (
                "The Royal Thornbury Hospital, which recorded the longest average delay of any hospital, at 14 hours and 5 minutes, declined to comment on individual figures.",
                ResponseKind::Declined,
            ),
            (
                "Kestrel Logistics, which was fined £240,000 for safety breaches at the same depot in 2023, did not respond to a request for comment.",
                ResponseKind::NoResponse,
            ),
            (
                "The landlord, who owns more than 300 flats in the borough, could not be reached for comment.",
                ResponseKind::NoResponse,
            ),
        ];
        for (text, kind) in cases {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote == text)
                .unwrap_or_else(|| panic!("{text}: {:#?}", x));
            assert!(c.score >= 0.5, "{c:#?}");
            assert_eq!(c.speaker, None, "{c:#?}");
            assert_eq!(
                c.responses.iter().map(|r| r.kind).collect::<Vec<_>>(),
                vec![kind],
                "{text}"
            );
        }
        // A clause that names its source is that source's.
        let text = "Wrexbury's founder, Luke Pendry, who stands to receive about £19m from the sale, according to the offer document, did not return calls.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(
            x.candidates.iter().any(|c| c.quote == text
                && c.speaker.as_deref() == Some("the offer document")
                && c.responses.len() == 1),
            "{x:#?}"
        );
        // A clause with nothing to check in it is no claim.
        let t = toks("The firm, which is based in Leeds and employs staff, declined to comment.");
        assert!(!relative_fact(&t, 14));
    }

    #[test]
    fn a_deed_denied_late_in_a_trial_answers_the_charge_that_opened_it() {
        let filler = "The court heard that the firm had 40 drivers in 2024. A witness said the depot opened at 6am every day. The firm's manager said its vans were serviced each March. Records showed 61 deliveries were made on the day. An engineer said the brakes had been replaced in May. The jury was shown a map of the 14-mile route. A second witness said the road was wet that morning. Police said the lane had a 60mph limit. A doctor said the cyclist died of head injuries at 9.40am.";
        let cases = [
            (
                "A delivery driver was watching football highlights on his phone seconds before he hit and killed a cyclist, prosecutors have told a jury.",
                "\u{201C}The defence case is simple: Mr Astley never watched that video,\u{201D} he said.",
            ),
            (
                "A care worker forged the signatures of three residents on bank forms, the prosecution alleged on Monday.",
                "Her barrister said Ms Okoro had never forged anyone's signature.",
            ),
            // (the party's own words opening after the auxiliary)
            (
                "A club treasurer took \u{a3}86,000 from the club's accounts to pay for holidays, prosecutors told the court.",
                "His barrister, Ruth Kane, said her client had \u{201C}never taken a penny\u{201D}.",
            ),
        ];
        for (charge, answer) in cases {
            let text = format!("{charge}\n\n{filler}\n\n{answer}");
            let x = super::super::extract(&text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote == charge)
                .unwrap_or_else(|| panic!("{charge}: {:#?}", x.candidates));
            assert!(
                c.responses.iter().any(|r| r.kind == ResponseKind::Denied
                    && answer.contains(r.quote.trim_end_matches('.'))),
                "{answer}: {c:#?}"
            );
        }
        // The verb the charge is told by is no deed: the prosecution's own
        // "he did not tell the trustees" after "told jurors that …" goes on
        // with the case.
        let text = "Opening the case for the prosecution, Sarah Maitland KC told jurors that Mr Ashby had moved \u{a3}31 million of the fund's money into a property fund in 2020. \"When that investment went wrong, he did not tell the trustees,\" she said.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("had moved"))
            .unwrap_or_else(|| panic!("{:#?}", x.candidates));
        assert!(c.responses.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_thing_said_never_to_have_been_denies_the_claim_telling_of_it() {
        let denial = |text: &str, claim: &str| denial_on(text, claim).map(|r| r.quote);
        for (text, claim, answer) in [
            (
                "The traders' association accused the council of planning to sell the hall to a developer.\n\nAn estate agent valued the hall at \u{a3}1.6 million last summer.\n\n\"There is no plan to sell the market hall, and there never has been,\" Mr Odunsi said.",
                "planning to sell",
                "There is no plan to sell",
            ),
            (
                "A former salesman told the court that staff had been paid a bonus of \u{a3}300 for every buyer over 75.\n\nMr Ferncastle said the bonus scheme \"did not exist\".",
                "paid a bonus",
                "did not exist",
            ),
            // (the same shapes in other words)
            (
                "Opposition councillors allege that the mayor kept a list of donors who were promised planning meetings.\n\nThe mayor's office said that no such list had ever existed.",
                "kept a list",
                "existed",
            ),
            // (done in a light verb; a condition in another clause)
            (
                "Residents said they had seen contractors burning heather on the Ravelstone estate on Wednesday.\n\nThe estate's factor said no burning had been carried out on the estate for months, and that he would resign if it had.",
                "burning heather",
                "no burning had been carried out",
            ),
            // (a claim that it happened, not a nearer rule of the present)
            (
                "Walkers said they had seen smoke rising from a heather burn on the Ravelstone estate on Wednesday.\n\nHeather burning is banned between April and September under the estate's agreement, according to the moorland agency.\n\nThe estate's factor said no burning had been carried out on the estate for months.",
                "smoke rising",
                "no burning had been carried out",
            ),
            // (after whom it was told)
            (
                "The Harbourne Crier reported that the council had held talks with a private marina operator about selling the moorings.\n\nCllr Marsland told the meeting there had been no discussions of any kind about a sale.",
                "held talks",
                "there had been no discussions",
            ),
            // (the deed named by its noun, said never to have happened)
            (
                "Campaigners said the council had sold the Mill Lane depot to a developer in March.\n\nThe council said no sale had taken place.",
                "sold the Mill Lane depot",
                "no sale had taken place",
            ),
            (
                "Residents accused the council of planning to close the Eastgate library.\n\nThe council said that there was no plan to close the library.",
                "planning to close",
                "there was no plan",
            ),
            (
                "The Courier reported that the board had agreed a secret deal to close the Harlow ward.\n\n\"There was no deal, secret or otherwise,\" the trust's chief executive said.",
                "agreed a secret deal",
                "There was no deal",
            ),
            // (any deed in the passive: seen, "No plots have been sold")
            (
                "Members of the waiting list say the council quietly sold 12 plots at the eastern end of the beach to a holiday-let company last summer.\n\n\"No plots have been sold,\" the council spokesperson said.",
                "quietly sold 12 plots",
                "No plots have been sold",
            ),
            (
                "Parents said the academy had moved 40 pupils to a site in Eastwick without telling their families.\n\n\"No pupils were moved without a letter home,\" the trust said.",
                "moved 40 pupils",
                "No pupils were moved",
            ),
            // (nothing done: the deed is the thing)
            (
                "Its regional officer, Rollo Mulrooney, accused the company of secretly moving the factory's frame-welding line to Ellerholt in April.\n\nA Stirrand spokesman said: \"Nothing was moved in secret. The welding line went to Ellerholt for a refit.\"",
                "secretly moving",
                "Nothing was moved in secret",
            ),
            (
                "Tenants accused the housing association of quietly demolishing the old laundry block without planning consent.\n\nA Brackwell Homes spokeswoman said: \"Nothing has been pulled down at the laundry block. It is fenced off for a survey.\"",
                "quietly demolishing",
                "Nothing has been pulled down",
            ),
            // (a story from tellers the article does not name)
            (
                "Kaldmark's government is weighing whether to cancel a 2.4 billion euro order for four frigates from a Spanish shipbuilder, two government officials told Nordwire.\n\n\"There are no plans to cancel the frigate programme,\" said Tuomo Kesselring, a spokesman for the Ministry of Defence.",
                "weighing whether to cancel",
                "There are no plans to cancel",
            ),
            (
                "The ministry has drawn up plans to merge the two coastguard stations at Harwick and Selby Ness, according to people familiar with the talks.\n\nA ministry spokeswoman said there was no plan to merge the stations.",
                "plans to merge",
                "there was no plan to merge",
            ),
            (
                "The airline is preparing to close its Aberlow base, sources close to the company said.\n\nThere are no plans to close the Aberlow base, the airline said.",
                "preparing to close",
                "There are no plans to close",
            ),
            // (a compound the thing ends: "list" and "shortlist")
            (
                "The daily Vakaro Zinios reported on Monday that the prime minister's office had already drawn up a shortlist of candidates for the new seats.\n\n\"There is no list, and there never was a list,\" Magi's spokeswoman, Laima Dumitru, said.",
                "drawn up a shortlist",
                "There is no list",
            ),
        ] {
            let got = denial(text, claim);
            assert!(
                got.as_deref().is_some_and(|q| q.contains(answer)),
                "{answer}: {got:?}"
            );
        }
        // Near misses: a doubt; a third party's answer to a promise, not a
        // charge; a clause inside a claim; a claim already denied, whose
        // next sentence tells what is so; a thing in a condition.
        for (text, claim) in [
            (
                "Campaigners accused the council of planning to sell the hall.\n\n\"There is no evidence of a plan to sell the hall,\" Mr Odunsi said.",
                "planning to sell",
            ),
            (
                "Campaigners said the council had sold the Mill Lane depot to a developer in March.\n\nThe council said no meeting had taken place.",
                "sold the Mill Lane depot",
            ),
            (
                "\"Every one of the families on those plots will be offered a plot elsewhere in the district,\" the councillor said.\n\n\"There are no spare plots anywhere in the district,\" the association's secretary said.",
                "offered a plot",
            ),
            (
                "Campaigners accused the water company of releasing sewage in dry spells with no rain for weeks.\n\nThe agency said 19 overflows released sewage on dry days, when there had been no rain at all.",
                "accused the water company",
            ),
            // (the accuser saying so again)
            (
                "The association accused the council of planning to sell the hall to a developer.\n\nThe association said there was no plan to keep the hall open.",
                "planning to sell",
            ),
            (
                "The Ledger reported that officials had told the ministry to hold back flood funding.\n\nThe Treasury denied the report. \"There has been no instruction of any kind to hold back flood funding,\" a spokeswoman said.",
                "hold back flood funding",
            ),
            (
                "A former salesman told the court that staff had been paid a bonus for every buyer over 75.\n\nMr Ferncastle said he would resign if the bonus scheme did not exist.",
                "paid a bonus",
            ),
            // (a plan a named teller tells of, neither a charge nor a
            // report nor a story from tellers unnamed)
            (
                "The harbour master, Ines Rautio, said the authority would merge the two coastguard stations next year.\n\nA ministry spokeswoman said there was no plan to merge the stations.",
                "would merge",
            ),
            // (nothing done, but not the deed the claim tells of)
            (
                "Tenants accused the housing association of quietly demolishing the old laundry block without planning consent.\n\n\"Nothing has been decided,\" the association's director said.",
                "quietly demolishing",
            ),
        ] {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(claim))
                .unwrap_or_else(|| panic!("{claim}: {:#?}", x.candidates));
            let denials = c
                .responses
                .iter()
                .filter(|r| r.kind == ResponseKind::Denied)
                .count();
            // (the Treasury's own denial, once)
            let expected = usize::from(text.contains("denied the report"));
            assert_eq!(denials, expected, "{text}: {c:#?}");
        }
        // (nor is the sentence holding that clause an answer: it is a claim)
        let x = super::super::extract(
            "Campaigners accused the water company of releasing sewage in dry spells with no rain for weeks.\n\nThe agency said 19 overflows released sewage on dry days, when there had been no rain at all.",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        assert!(x.candidates.iter().any(|c| c.quote.contains("no rain")));
        // What is so after a denial stays a claim.
        let x = super::super::extract(
            "The Ledger reported that officials had told the ministry to hold back flood funding.\n\nThe Treasury denied the report. \"There has been no instruction of any kind to hold back flood funding,\" a spokeswoman said.",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("no instruction")));
    }

    #[test]
    fn a_deed_said_not_yet_done_in_its_own_verb_denies_the_claim_of_it() {
        let denied = |text: &str, claim: &str| denial_on(text, claim).map(|r| r.quote);
        for (text, claim, answer) in [
            (
                "The Tamsford Echo reported last week that the brewery had agreed to sell its site to Larch Homes for about \u{a3}14 million.\n\nAsked about the report, the chief executive said: \"No buyer has been chosen and no price has been agreed.\"",
                "agreed to sell",
                "no price has been agreed",
            ),
            // (in other words: the verb inflected, the answer the reporter's)
            (
                "Union officials said the council had signed a contract with Brindle Care to run its four care homes.\n\nThe council said no contract had been signed with any company.",
                "signed a contract",
                "no contract had been signed",
            ),
        ] {
            let got = denied(text, claim);
            assert!(
                got.as_deref().is_some_and(|q| q.contains(answer)),
                "{answer}: {got:?}"
            );
        }
        // Near misses: a verb of telling; a verb the claim does not use; the
        // teller saying it again; a condition.
        for (text, claim) in [
            (
                "Residents said the Mill Lane depot had flooded on Tuesday and been evacuated.\n\nThe fire service said no injuries had been reported.",
                "had flooded",
            ),
            (
                "The Echo reported that the brewery had agreed to sell its site for about \u{a3}14 million.\n\nThe company said no staff had been dismissed.",
                "agreed to sell",
            ),
            (
                "The union said the council had signed a contract with Brindle Care to run its care homes.\n\nThe union said no other contract had been signed since.",
                "signed a contract",
            ),
            (
                "The Echo reported that the brewery had agreed to sell its site for about \u{a3}14 million.\n\nThe company said it would walk away if no price had been agreed by June.",
                "agreed to sell",
            ),
        ] {
            assert_eq!(denied(text, claim), None, "{text}");
        }
    }

    #[test]
    fn what_a_claim_says_was_not_done_said_by_another_to_be_done_denies_it() {
        let denied = |text: &str, claim: &str| denial_on(text, claim).map(|r| r.sentence_text);
        for (text, claim, answer) in [
            (
                "Gwen Ferrabee, secretary of the Pettock Lane Allotment Society, said the society had not been told of the plans until a surveyor turned up in February.\n\nA spokesman for the council said the society's committee had been \"kept informed at every stage\" and had been invited to a briefing in December.",
                "had not been told",
                "kept informed",
            ),
            // (in other words: the same verb, the answer's subject plainer)
            (
                "Cleaners at Harrow Street depot said the agency staff had not been paid since March.\n\nThe contractor said the agency staff had been paid in full on Friday.",
                "had not been paid",
                "paid in full",
            ),
        ] {
            let got = denied(text, claim);
            assert!(
                got.as_deref().is_some_and(|q| q.contains(answer)),
                "{answer}: {got:?}"
            );
        }
        // The second thing done is a claim of its own.
        let x = super::super::extract(
            "Gwen Ferrabee, secretary of the Pettock Lane Allotment Society, said the society had not been told of the plans until a surveyor turned up in February.\n\nA spokesman for the council said the society's committee had been \"kept informed at every stage\" and had been invited to a briefing in December.",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("invited to a briefing")));
        // Near misses: the answer negated too; the teller again; another
        // subject; a claim that says it was done.
        for (text, claim) in [
            (
                "Cleaners said the agency staff had not been paid since March.\n\nThe contractor said the agency staff had not been paid because their hours were not signed off.",
                "had not been paid since",
            ),
            (
                "Cleaners said the agency staff had not been paid since March.\n\nThe cleaners said the agency staff had been paid once, in January.",
                "had not been paid since",
            ),
            (
                "Cleaners said the agency staff had not been paid since March.\n\nThe contractor said the drivers had been paid in full.",
                "had not been paid since",
            ),
            (
                "Cleaners said the agency staff had been paid late since March.\n\nThe contractor said the agency staff had been paid in full.",
                "had been paid late",
            ),
        ] {
            assert_eq!(denied(text, claim), None, "{text}");
        }
    }

    #[test]
    fn a_thing_said_done_said_in_the_partys_words_not_done_is_denied() {
        let denied = |text: &str, claim: &str| denial_on(text, claim).map(|r| r.sentence_text);
        for (text, claim, answer) in [
            (
                "The MP said Railmark had cut safety inspections on the line from weekly to fortnightly last year.\n\n\"Inspections on this route have not been reduced,\" a Railmark spokesman said.",
                "cut safety inspections",
                "have not been reduced",
            ),
            // (in other words: the claim's own verb, a determiner first)
            (
                "Parents said the council had closed the Mill Lane crossing in March.\n\n\"The crossing was never closed,\" a council spokeswoman said.",
                "closed the Mill Lane",
                "was never closed",
            ),
        ] {
            let got = denied(text, claim);
            assert!(
                got.as_deref().is_some_and(|q| q.contains(answer)),
                "{answer}: {got:?}"
            );
        }
        // Near misses: another noun; the claim negated too; the reporter's
        // words.
        for (text, claim) in [
            (
                "The MP said Railmark had cut safety inspections on the line last year.\n\n\"Fares on this route have not been reduced,\" a Railmark spokesman said.",
                "cut safety inspections",
            ),
            (
                "The MP said inspections on the line had not been cut last year.\n\n\"Inspections on this route have not been reduced,\" a Railmark spokesman said.",
                "had not been cut",
            ),
            (
                "The MP said Railmark had cut safety inspections on the line last year.\n\nInspections on this route have not been reduced since 2019, figures show.",
                "cut safety inspections",
            ),
        ] {
            assert_eq!(denied(text, claim), None, "{text}");
        }
    }

    #[test]
    fn a_partys_tests_that_found_nothing_deny_the_report() {
        let denied = |text: &str, claim: &str| denial_on(text, claim).map(|r| r.sentence_text);
        for (text, claim, answer) in [
            (
                "A social media post claimed that ash from the fire had contaminated Skelder reservoir, which supplies drinking water to 40,000 homes.\n\nFirefighters said the fire had burned 2,600 hectares.\n\nTarn Water said tests on Saturday morning had found \"no change at all\" in the quality of the water.",
                "contaminated",
                "no change at all",
            ),
            // (in other words)
            (
                "Residents reported that oil from the depot had leaked into the Mill Brook on Monday.\n\nThe operator said samples taken downstream showed no oil in the brook.",
                "leaked into",
                "showed no oil",
            ),
        ] {
            let got = denied(text, claim);
            assert!(
                got.as_deref().is_some_and(|q| q.contains(answer)),
                "{answer}: {got:?}"
            );
        }
        // Near misses: a finding the reporter tells; the teller's own
        // tests; tests that found no word of the claim.
        for (text, claim) in [
            (
                "Residents reported that oil from the depot had leaked into the Mill Brook on Monday.\n\nThe agency's tests found no oil in the brook.",
                "leaked into",
            ),
            (
                "Residents reported that oil from the depot had leaked into the Mill Brook on Monday.\n\nThe residents said samples taken downstream showed no fish in the brook.",
                "leaked into",
            ),
            (
                "Residents reported that oil from the depot had leaked into the Mill Brook on Monday.\n\nThe operator said tests of its staff had found no cases of flu.",
                "leaked into",
            ),
        ] {
            assert_eq!(denied(text, claim), None, "{text}");
        }
    }

    #[test]
    fn what_a_claim_tells_of_someone_said_not_so_of_them_denies_it() {
        let lead = "The Herald reported that the hospital trust had paid its chief executive, Mark Ellis, a bonus of \u{a3}40,000 last year while waiting lists grew.\n\n";
        let denied = |answer: &str| {
            let x = super::super::extract(
                &format!("{lead}{answer}"),
                chrono::NaiveDate::from_ymd_opt(2026, 6, 10),
            );
            x.candidates
                .iter()
                .find(|c| c.quote.contains("a bonus of"))
                .unwrap_or_else(|| panic!("{:#?}", x.candidates))
                .responses
                .iter()
                .any(|r| r.kind == ResponseKind::Denied)
        };
        for answer in [
            "A trust spokeswoman said Mr Ellis had not received any bonus.",
            // (in other words: the party's own words after the subject, a
            // pronoun for the one saying)
            "The trust said Mr Ellis \"has never received a bonus\".",
            "The trust said it had never paid a bonus to any member of staff.",
        ] {
            assert!(denied(answer), "{answer}");
        }
        // Near misses: the subject with another thing, another subject with
        // the thing, the claim's teller, a condition.
        for answer in [
            "A trust spokeswoman said Mr Ellis had not received a pay rise since 2020.",
            "A trust spokeswoman said Ann Price had not received any bonus.",
            "The Herald said Mr Ellis had not received any bonus before.",
            "A trust spokeswoman said Mr Ellis would resign if he had not received the bonus lawfully.",
        ] {
            assert!(!denied(answer), "{answer}");
        }
    }

    #[test]
    fn the_accused_telling_flatly_it_was_not_so_denies_the_charge() {
        let denied = |text: &str, claim: &str| {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            x.candidates
                .iter()
                .find(|c| c.quote.contains(claim))
                .unwrap_or_else(|| panic!("{claim}: {:#?}", x.candidates))
                .responses
                .iter()
                .any(|r| r.kind == ResponseKind::Denied)
        };
        for (text, claim) in [
            (
                "The union's organiser, Cosima Reece, said the contract had gone abroad. She accused Vorlund Werft of relying on state loans worth at least \u{a3}60m to undercut other bidders.\n\nIslesway said the yard's bid was 22% cheaper. The ferries will be built by 2028.\n\nVorlund Werft said in a statement that it has received no state support of any kind for the contract.",
                "relying on state loans",
            ),
            // (the same shape in other words)
            (
                "Campaigners accused Councillor Mara Ortiz of hiding her shares in Fenwick Homes while she voted on its plans.\n\nOrtiz said on Tuesday that she had never held shares in Fenwick Homes.",
                "hiding her shares",
            ),
        ] {
            assert!(denied(text, claim), "{claim}");
        }
        // Near misses: the accuser saying so, a negation sharing no word
        // with the charge, one in a condition.
        for (text, claim) in [
            (
                "Campaigners accused Councillor Mara Ortiz of hiding her shares in Fenwick Homes.\n\nCampaigners said that they had no doubt about it.",
                "hiding her shares",
            ),
            (
                "Campaigners accused Councillor Mara Ortiz of hiding her shares in Fenwick Homes.\n\nOrtiz said that she had not yet seen the complaint.",
                "hiding her shares",
            ),
            (
                "Campaigners accused Councillor Mara Ortiz of hiding her shares in Fenwick Homes.\n\nOrtiz said that she would resign if she had ever held shares in the firm.",
                "hiding her shares",
            ),
        ] {
            assert!(!denied(text, claim), "{text}");
        }
    }

    #[test]
    fn a_thing_told_as_not_done_denies_the_claim_that_it_was() {
        let cases = [
            (
                "Opposition health spokesman Tobias Wendt said ministers had quietly dropped a target, set in 2023, for 90% of children to be seen within 18 weeks.\n\nThe health department said the target had not been dropped and was being \u{201C}refreshed\u{201D} as part of a new strategy.",
                "dropped a target",
                "not been dropped",
            ),
            (
                "Union officials said the company had cut 300 jobs at the Dunmore plant since March.\n\nThe company insisted the jobs were never cut, and said staff had moved to other sites.",
                "cut 300 jobs",
                "never cut",
            ),
            (
                "Residents say the council closed the Eastgate library without consulting anyone.\n\nThe council says that the library has not been closed and will reopen after repairs.",
                "closed the Eastgate",
                "not been closed",
            ),
            // (the party's own words beginning after the noun)
            (
                "Campaigners say the council quietly closed the Eastgate library in May.\n\nA council spokeswoman said the library \"has not been closed\" and would reopen after repairs.",
                "closed the Eastgate",
                "has not been closed",
            ),
            // ("no" before the noun is the negation)
            (
                "Union officials said the firm had cut 300 jobs at its Dunmore plant since March.\n\nThe firm says no jobs have been cut.",
                "cut 300 jobs",
                "no jobs have been cut",
            ),
            (
                "Campaigners say the council sold two of its parks to developers last year.\n\nThe council said that no parks had been sold.",
                "sold two of its parks",
                "no parks had been sold",
            ),
            // (an irregular verb told in another form: "hiding" and
            // "hidden", "took" and "taken")
            (
                "The union accused the ministry of hiding a study that found a volunteer army would be cheaper.\n\nA ministry spokeswoman said the study \"has not been hidden from anyone\".",
                "hiding a study",
                "has not been hidden",
            ),
            (
                "Residents say the council took the benches from Marlow Park in March.\n\nThe council said the benches had not been taken and were being repaired.",
                "took the benches",
                "had not been taken",
            ),
        ];
        for (text, claim, answer) in cases {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(claim))
                .unwrap_or_else(|| panic!("{claim}: {:#?}", x.candidates));
            assert!(
                c.responses
                    .iter()
                    .any(|r| r.kind == ResponseKind::Denied && r.sentence_text.contains(answer)),
                "{answer}: {c:#?}"
            );
        }
        // What is so instead is a claim too.
        let x = super::super::extract(cases[0].0, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("was being") && c.score >= 0.5));
        // A thing not done that no claim before said was done is no denial.
        for text in [
            "Union officials said the company had cut 300 jobs at the Dunmore plant since March.\n\nThe company said the canteen had not been closed.",
            "Police said two men had been questioned about the thefts.\n\nPolice said no arrests had been made.",
        ] {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            assert!(x.candidates.iter().all(|c| c.responses.is_empty()), "{text}");
        }
    }

    #[test]
    fn an_answer_may_state_a_fact_after_it() {
        let t = toks("The firm said it rejects the claims and that an audit had found no fault.");
        assert!(also_claims(&t, 4));
        let t = toks("The ministry declined to comment but said the scheme had 40 staff.");
        assert!(also_claims(&t, 2));
        // Both clauses of a denial are what it denies.
        let t = toks("He denied that he had met them and that any money changed hands.");
        assert!(!also_claims(&t, 1));
        let t = toks("The firm declined to comment.");
        assert!(!also_claims(&t, 2));
        // A second deed done, told after the answer.
        let t = toks("The hospice said it had \"cooperated fully with the police\" and had since changed the way the lottery is run.");
        let at = t.iter().position(|t| t.lower == "cooperated").unwrap();
        assert!(also_claims(&t, at));
        let t = toks("He denied that he had met them and had taken any money.");
        assert!(!also_claims(&t, 1));
        // A word on the answer itself is no claim.
        let t = toks("The board confirmed it had opened an inquiry, but said that this did not imply any fault.");
        assert!(!also_claims(&t, 2));
        let t =
            toks("The board confirmed it had opened an inquiry, but said it would report by May.");
        assert!(also_claims(&t, 2));
        // A verdict opening a transcript's answer, then a clause of its own.
        let t = toks("MINISTER: Yes, that's the figure, and every school has been given money.");
        assert!(also_claims(&t, 0));
        let t = toks("MINISTER: He did, and it was properly declared.");
        assert!(also_claims(&t, 0));
        let t = toks("MINISTER: That's right.");
        assert!(!also_claims(&t, 0));
        // A claim told with "that" left out, then the answer.
        let text = "Vesper Agri said spending on staff had risen by 10%, and called the union's figure \"simply false\".";
        let t = toks(text);
        let at = t.iter().position(|t| t.lower == "called").unwrap();
        assert!(also_claims(&t, at));
        // (not when too little follows the verb to be a claim)
        let t = toks("The firm said so, and called the union's figure \"simply false\".");
        let at = t.iter().position(|t| t.lower == "called").unwrap();
        assert!(!also_claims(&t, at));
    }

    #[test]
    fn a_verdict_opening_a_transcript_answer_answers_the_claim_put() {
        let text = "The minister, Delia Hart, spoke to Nadia Ferrier on Friday.\n\nNADIA FERRIER: Your own department's survey, published in December, found that 214 schools have classrooms that are unsafe to use.\n\nDELIA HART: Yes, that's the figure, and every one of those schools has been given money to put it right.\n\nNADIA FERRIER: The developer's chief executive, Mark Rowe, gave \u{a3}40,000 to your leadership campaign in 2024.\n\nDELIA HART: He did, and it was properly declared to the parliamentary authorities.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        for (put, answer) in [
            ("214 schools", "that's the figure"),
            ("gave \u{a3}40,000", "He did"),
        ] {
            let c = x.candidates.iter().find(|c| c.quote.contains(put)).unwrap();
            assert!(
                c.responses
                    .iter()
                    .any(|r| r.kind == ResponseKind::Confirmed && r.sentence_text.contains(answer)),
                "{put}: {:#?} {:#?}",
                c.responses,
                x.unattached
            );
        }
        // What the answer goes on to say is a claim of its own.
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("every one of those schools") && c.score >= 0.5));
    }

    #[test]
    fn a_grant_then_the_claim_put_said_back_grants_it() {
        for text in [
            "\u{201C}That's right, I didn't,\u{201D} she replied.",
            "\u{201C}Correct, we haven't,\u{201D} the company said.",
            "\u{201C}Yes, she was not,\u{201D} he said.",
            "\u{201C}That's true, I never did,\u{201D} he said.",
            "\u{201C}That's right, he did,\u{201D} she said.",
            // (the saying put, owned: seen, with a reservation after, and
            // in other words)
            "\u{201C}Yes, I said that, but it was a joke,\u{201D} the witness said.",
            "\u{201C}Correct, we said so,\u{201D} the company said.",
            // (the figure said back: seen, and in other words)
            "\u{201C}That's right, \u{a3}46 million,\u{201D} she said.",
            "\u{201C}Correct, 68 per cent,\u{201D} the trust said.",
        ] {
            assert_eq!(
                super::super::answers::quoted_verdict(&qtoks(text)).map(|v| v.0),
                Some(ResponseKind::Confirmed),
                "{text}"
            );
        }
        // Not a denial first, more than the pronoun and its auxiliary, or
        // a question.
        for text in [
            "\u{201C}Yes, I said that to the police,\u{201D} the witness said.",
            "\u{201C}That's wrong, I didn't,\u{201D} she replied.",
            "\u{201C}That's right, I didn't see it happen,\u{201D} she replied.",
            "\u{201C}That's right, didn't I?\u{201D} she replied.",
            // (a figure with more than its unit after it, a word that is
            // no figure, or a denial first)
            "\u{201C}That's right, millions,\u{201D} she said.",
            "\u{201C}That's right, 46 schools had late deliveries,\u{201D} she said.",
            "\u{201C}That's wrong, \u{a3}46 million,\u{201D} she said.",
        ] {
            assert_ne!(
                super::super::answers::quoted_verdict(&qtoks(text)).map(|v| v.0),
                Some(ResponseKind::Confirmed),
                "{text}"
            );
        }
        // In court: the witness the claim was put to replies, and grants it.
        let text = "A council planning officer took cash from a developer, a court has heard.\n\nKiran Halsey-Mount, a senior planning officer, said she had been shocked by the payments.\n\nUnder cross-examination, the defence barrister, Tudur Okafor-Dean, put it to Ms Halsey-Mount that she had never seen money change hands between the two men.\n\n\u{201C}That's right, I didn't,\u{201D} she replied.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 10, 15));
        let c = super::super::candidate_with(&x, "money change hands");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
        assert_eq!(c.responses[0].kind, ResponseKind::Confirmed);
        assert!(
            c.responses[0].party.starts_with("Kiran Halsey-Mount"),
            "{:?}",
            c.responses[0].party
        );
    }

    #[test]
    fn a_yes_and_the_deed_said_back_grants_what_was_put() {
        let text = "The minister, Delia Hart, spoke to Nadia Ferrier on Friday.\n\nNADIA FERRIER: I understand you met the chairman of Corvane Homes in March to discuss the Eastgate site. What came of that?\n\nDELIA HART: Yes, we met, and officials from the council were there too.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("you met the chairman"))
            .unwrap();
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == ResponseKind::Confirmed
                    && r.sentence_text.contains("Yes, we met")),
            "{:#?} {:#?}",
            c.responses,
            x.unattached
        );
        // Near misses: no "yes" before the deed; a deed said back negated.
        for answer in [
            "We met, and officials from the council were there too.",
            "Yes, we didn't, and officials from the council were there too.",
        ] {
            let line = format!("DELIA HART: {answer}");
            let t = toks(&line);
            assert_ne!(
                verdict(&t).map(|(k, _)| k),
                Some(ResponseKind::Confirmed),
                "{answer}"
            );
        }
    }

    #[test]
    fn a_verdict_before_the_first_comma_or_on_a_policy_opens_an_answer() {
        for (line, kind) in [
            (
                "MINISTER: That's right, it has slipped, and I take responsibility for that.",
                ResponseKind::Confirmed,
            ),
            (
                "MINISTER: No, that is not government policy, and it is not going to happen.",
                ResponseKind::Denied,
            ),
            ("MINISTER: That's not our policy.", ResponseKind::Denied),
        ] {
            let t = toks(line);
            assert_eq!(verdict(&t).map(|(k, _)| k), Some(kind), "{line}");
        }
        // Near misses: a policy owned; a first clause that is no verdict.
        for line in [
            "MINISTER: That is government policy, and we will not change it.",
            "MINISTER: That's a question for the council, and I have written to them.",
        ] {
            let t = toks(line);
            assert_eq!(verdict(&t), None, "{line}");
        }
        // The statement put before the interviewer's own short question.
        let text = "The minister, Delia Hart, spoke to Nadia Ferrier on Friday.\n\nNADIA FERRIER: Your department promised to publish its review of nursery funding by the end of June, and it still hasn't. Why not?\n\nDELIA HART: That's right, it has slipped, and I take responsibility for that.";
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 10, 13));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("promised to publish"))
            .unwrap();
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == ResponseKind::Confirmed
                    && r.sentence_text.contains("That's right")),
            "{:#?} {:#?}",
            c.responses,
            x.unattached
        );
    }

    #[test]
    fn an_echo_of_who_says_it_grants_nothing() {
        for (put, answer) in [
            (
                "Critics say you misled parliament over the cost of the scheme.",
                "They do, and they are wrong.",
            ),
            (
                "Your opponents claim the hospital budget was cut by a fifth last year.",
                "They do, and I have answered them many times over.",
            ),
            (
                "The developer's chief executive gave \u{a3}40,000 to your leadership campaign in 2024.",
                "He did, and the claim that it bought anything is nonsense.",
            ),
        ] {
            let text = format!("The minister, Delia Hart, spoke to Nadia Ferrier on Friday.\n\nNADIA FERRIER: {put}\n\nDELIA HART: {answer}");
            let x = super::super::extract(&text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let head = &put[..20];
            assert!(
                !x.candidates
                    .iter()
                    .filter(|c| c.quote.contains(head))
                    .any(|c| c.responses.iter().any(|r| r.kind == ResponseKind::Confirmed)),
                "{put}: {:#?}",
                x.candidates
            );
        }
    }

    #[test]
    fn an_echo_opening_a_turn() {
        for (text, echo) in [
            ("A: He did, and it was declared.", true),
            ("A: They do.", true),
            ("A: Yes, we were, and we said so.", true),
            ("A: He did the right thing.", false),
            ("A: That's right.", false),
        ] {
            let t = toks(text);
            assert_eq!(echo_opens(after_label(&t)), echo, "{text}");
        }
        // A turn of a great many lead words, each its own clause, is read
        // clause after clause without a call for each.
        let text = format!("A: {}we were.", "Yes, ".repeat(200_000));
        let t = toks(&text);
        assert!(echo_opens(after_label(&t)));
        let text = format!("A: {}we said so.", "Well, ".repeat(200_000));
        let t = toks(&text);
        assert!(!echo_opens(after_label(&t)));
    }

    #[test]
    fn none_of_those_a_charge_names_having_done_it_denies_the_charge() {
        let text = "Libuse Dravic accused Halvik of freeing Vodrel in return for the votes of four lawmakers from the Smallholders' Union.\n\nThe Smallholders' Union leader did not respond to requests for comment. A party spokeswoman said on Tuesday that none of its lawmakers had discussed the pardon with anyone in the president's office.";
        let d = denial_on(text, "freeing Vodrel").expect("a denial");
        assert!(d.quote.contains("none of its lawmakers"));
        // (and what none of them did is a claim of its own)
        let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("none of its lawmakers")));
        // The same shape in other words.
        let text = "The union accused the trust of moving nurses from the children's ward to cover gaps in the emergency department.\n\nThe trust said none of the nurses had been asked to leave the ward.";
        assert!(denial_on(text, "moving nurses").is_some());
        // Near miss: none of others than those the charge names.
        let text = "The union accused the trust of moving nurses from the children's ward to cover gaps in the emergency department.\n\nThe trust said none of the porters had been asked to leave the ward.";
        assert!(denial_on(text, "moving nurses").is_none());
    }
}
