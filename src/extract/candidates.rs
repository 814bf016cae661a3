//! Turning read sentences into candidates, and answers into responses
//! attached to the claim they answer.

use chrono::NaiveDate;

use super::answers::{
    answered, asks_again, condemned_deed, confirmed, confirmed_by_one_named, content, content_of,
    count_asked, gives_count, is_tag_pronoun, looks_ahead, own_deed_asked, presses,
    refuses_to_foresee, same_word, says_it_back, states_with_tag, tag_question, uses_verb,
    Answerer, Question, QuoteCell, SpeakerWords, WINDOW,
};
use super::attribution::Found;
use super::bodies;
use super::cues::speaker_before;
use super::names::Printed;
use super::read::Read;
use super::tokens::{after_label, is_negation, label_colon, lows, Token};
use super::{denials, hedges, score, Candidate, Extraction, People, ProposedResponse};
use crate::model::{Kind, ResponseKind};

/// What a transcript's last question asked, which the answers below it answer.
#[derive(Debug, Default)]
pub(crate) struct Asked {
    /// The claim the question put ("Q: Local media have reported that …").
    claim: Option<usize>,
    /// The content words of the question itself ("Did you meet Halberd
    /// Homes before you approved Fenwick Marsh?"), which name the claim an
    /// answer answers when the question puts none.
    words: Vec<String>,
    /// A question answered by yes or no ("Did …", "Is …", "Will …").
    yes_no: bool,
    /// A statement asked back with a tag ("That's a record, isn't it?").
    tag: bool,
    /// A statement in the negative asked back with a tag ("It won't, will
    /// it?"), which a "No, it won't." grants.
    negative_tag: bool,
    /// A question of what will be done ("Will you resign?", "Are you
    /// going to publish it?"), which no claim told before puts.
    ahead: bool,
    /// The first claim the question's turn put, which an answer on "the
    /// first" of them answers; `Some(None)` in a question's turn that has
    /// put none yet, `None` outside one.
    first_put: Option<Option<usize>>,
    /// The verb of a deed the question asks of the one questioned ("Did
    /// you see that warning yourself?"), which a bare yes or no answers
    /// only of a claim told in that verb.
    deed: Option<String>,
    /// The content words of each candidate an answer has weighed, with
    /// their stems and roots, by index (empty until an answer weighs the
    /// candidate): made once, not once for every answer.
    quote_words: Vec<QuoteCell>,
    /// The content words of each candidate's speaker, made when an answer
    /// first asks for them.
    speaker_words: Vec<SpeakerWords>,
    /// How many of `quote_words`, from the first, are let go: behind the
    /// window, never weighed again.
    dropped: usize,
}

impl Asked {
    /// A cell for the words of each of the `n` candidates so far, those
    /// behind the window let go.
    fn weigh(&mut self, n: usize) {
        self.quote_words.resize_with(n, QuoteCell::new);
        self.speaker_words.resize_with(n, SpeakerWords::new);
        // (the window only moves on: the words of the claims behind it are
        // weighed no more, and are let go while they are still at hand
        // rather than all at the article's end)
        let floor = n.saturating_sub(WINDOW);
        for ci in self.dropped..floor {
            self.quote_words[ci] = QuoteCell::new();
            self.speaker_words[ci] = SpeakerWords::new();
        }
        self.dropped = self.dropped.max(floor);
    }
}

/// A question past its speaker label and a term of address: "Minister,
/// did you …" opens at "did".
fn question_opening<'a, 't>(tokens: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let tokens = after_label(tokens);
    match tokens.iter().take(4).position(|t| t.text == ",") {
        Some(comma) if tokens[..comma].iter().all(Token::is_cap) => &tokens[comma + 1..],
        _ => tokens,
    }
}

/// A statement in the negative asked back with a tag: "It won't, will
/// it?", "You didn't read it, did you?" (a negation before the comma, then
/// an auxiliary and a pronoun).
fn negative_tag(tokens: &[Token]) -> bool {
    let Some(ask) = tokens.iter().rposition(|t| t.text == "?") else {
        return false;
    };
    let Some(comma) = ask.checked_sub(3) else {
        return false;
    };
    let tail = &tokens[comma..ask];
    tail[0].text == ","
        && matches!(
            tail[1].low(),
            "will"
                | "would"
                | "is"
                | "was"
                | "did"
                | "does"
                | "do"
                | "has"
                | "have"
                | "can"
                | "could"
                | "are"
                | "were"
        )
        && is_tag_pronoun(tail[2].low())
        && after_label(&tokens[..comma])
            .iter()
            .any(|t| super::tokens::is_negation(t.low()))
}

/// An answer that opens by saying no and goes on in the negative: "No, it
/// won't.", "No, we didn't."
fn agrees_no(tokens: &[Token]) -> bool {
    match after_label(tokens) {
        [no, comma, rest @ ..] if no.low() == "no" && comma.text == "," => rest
            .iter()
            .take(3)
            .any(|t| super::tokens::is_negation(t.low())),
        _ => false,
    }
}

/// A short first sentence of an answer that says neither yes nor no to the
/// claim a question put ("Are they right?" … "My officials look at every
/// possible scenario."): ten words or fewer, no figure, no question, no
/// negation and no word of a verdict. It neither grants nor denies. Thanks
/// alone ("Thank you.", "Thanks for having me, Anna.", "Cheers.", "My
/// pleasure.") are a courtesy, no answer.
fn sidesteps(tokens: &[Token]) -> bool {
    let turn = after_label(tokens);
    let words: Vec<&Token> = turn.iter().filter(|t| t.is_word()).collect();
    let thanks = (words
        .first()
        .is_some_and(|t| matches!(t.low(), "thank" | "thanks" | "cheers"))
        && words.iter().all(|t| {
            t.is_cap()
                || matches!(
                    t.low(),
                    "thank"
                        | "thanks"
                        | "cheers"
                        | "you"
                        | "very"
                        | "much"
                        | "indeed"
                        | "so"
                        | "a"
                        | "lot"
                        | "for"
                        | "having"
                        | "me"
                        | "us"
                )
        }))
        || matches!(words.as_slice(), [my, pleasure] if my.low() == "my" && pleasure.low() == "pleasure");
    !thanks
        && words.len() <= 10
        && !turn
            .iter()
            .any(|t| t.text.bytes().any(|b| b.is_ascii_digit()) || t.text == "?")
        && !words.iter().any(|t| {
            super::tokens::is_negation(t.low())
                || matches!(
                    t.low(),
                    "yes" | "no" | "yeah" | "correct" | "right" | "true" | "wrong"
                )
        })
}

/// Words that open a question answered by yes or no; or a statement put
/// to the one asked, with a question mark: "But you're not denying that
/// it's gone up by more than half?", "So you knew in March?".
fn opens_yes_no(tokens: &[Token]) -> bool {
    let opening = question_opening(tokens);
    let opening = match opening {
        [first, rest @ ..] if matches!(first.low(), "but" | "so" | "and") => rest,
        _ => opening,
    };
    if opening
        .first()
        .is_some_and(|t| matches!(t.low(), "you" | "you're" | "you've" | "you'd" | "you'll"))
    {
        return true;
    }
    opening.first().is_some_and(|t| {
        matches!(
            t.low(),
            "did"
                | "do"
                | "does"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "isn't"
                | "didn't"
                | "wasn't"
        )
    })
}

/// Whether a refusal names nothing of its own, only that it gave no
/// reason or detail: "would not say why", "declined to elaborate",
/// "would not give details"; a clause of time or reason after it does
/// not count ("would not comment further while its inquiries were
/// continuing").
fn bare_refusal(tokens: &[Token]) -> bool {
    let end = tokens
        .iter()
        .position(|t| !t.quoted && matches!(t.low(), "while" | "until" | "because" | "pending"))
        .unwrap_or(tokens.len());
    tokens[..end].iter().filter(|t| t.is_word()).all(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "but"
                    | "would"
                    | "will"
                    | "could"
                    | "did"
                    | "not"
                    | "say"
                    | "said"
                    | "comment"
                    | "further"
                    | "elaborate"
                    | "explain"
                    | "why"
                    | "how"
                    | "declined"
                    | "refused"
                    | "to"
                    | "give"
                    | "a"
                    | "any"
                    | "reason"
                    | "reasons"
                    | "details"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
            )
    })
}

/// A question of what will be done: "Will you resign?", "Minister, would
/// you publish it?", "Are you going to hand it back?", "When will the
/// line open?".
pub(crate) fn asks_ahead(tokens: &[Token]) -> bool {
    let tokens = question_opening(tokens);
    let low = |i: usize| tokens.get(i).map_or("", |t| t.low());
    matches!(low(0), "will" | "would" | "won't")
        || (matches!(low(0), "when" | "what" | "how") && low(1) == "will")
        || (matches!(low(0), "are" | "is") && low(2) == "going" && low(3) == "to")
}

/// Whether a transcript's answer is a bare yes or no, its sentence four
/// words at most: "No, I didn't.", "Yes, we did.".
fn bare_yes_no(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = after_label(tokens).iter().filter(|t| t.is_word()).collect();
    words.len() <= 4
        && words
            .first()
            .is_some_and(|t| matches!(t.low(), "yes" | "no"))
}

/// An answer that opens with "Yes," to a question answered by yes or no:
/// "Q: Did you meet Halberd Homes? A: Yes, I met them." confirms what was
/// asked; it states nothing of its own.
fn says_yes(tokens: &[Token]) -> bool {
    let tokens = after_label(tokens);
    // ("Well, yes.": past a word that only opens the turn)
    let from = match tokens {
        [w, comma, ..] if matches!(w.low(), "well" | "look" | "so") && comma.text == "," => 2,
        _ => 0,
    };
    let opens = tokens.get(from).is_some_and(|t| t.low() == "yes")
        && tokens
            .get(from + 1)
            .is_some_and(|t| matches!(t.text, "," | "." | "!" | "\u{2014}" | "-"));
    // "We have reduced headcount, yes.", "It is broadly right, yes.": a
    // sentence closed by its yes, with no negation in it.
    let words: Vec<&Token> = tokens.iter().filter(|t| t.text != ".").collect();
    let closes = matches!(words.as_slice(), [.., comma, yes] if comma.text == "," && yes.low() == "yes")
        && !tokens
            .iter()
            .any(|t| is_negation(t.low()) || t.low() == "no");
    // ("Those plans exist, yes, but nobody will be asked …")
    opens || closes || denials::yes_then_clause(tokens).is_some()
}

/// A sentence closed by a concession of what was put: "…, I accept
/// that.", "…, I admit that.", "…, we accept that."
fn accepts_it(tokens: &[Token]) -> bool {
    let words: Vec<&str> = after_label(tokens)
        .iter()
        .filter(|t| t.text != "." && t.text != "!")
        .map(Token::low)
        .collect();
    matches!(
        words.as_slice(),
        [
            ..,
            ",",
            "i" | "we",
            "accept" | "admit" | "concede" | "grant",
            "that"
        ]
    ) || pretends_no_otherwise(&words)
}

/// An answer opening with an emphatic "did" and the verb of the claim
/// put: "It did go up, …" to "… went up from £4.20 to £5.60 …", "They did
/// close it." to "… closed the ward …". A pronoun, "did", then a verb
/// that the claim holds in another form.
fn did_it(tokens: &[Token], put: &str) -> bool {
    let turn = after_label(tokens);
    let [who, did, verb, ..] = turn else {
        return false;
    };
    if !matches!(who.low(), "it" | "they" | "we" | "i" | "he" | "she")
        || did.lower != "did"
        || !verb.is_word()
        || verb.lower == "not"
    {
        return false;
    }
    // (the irregular verbs' bare verb, and "go", which no content word
    // takes: "did go up" and "went up")
    let base = |w: &str| match w {
        "goes" | "went" | "gone" | "going" => "go".to_string(),
        _ => super::lexicon::irregular_base(w).unwrap_or(w).to_string(),
    };
    let verb = base(verb.low());
    put.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2)
        .map(str::to_lowercase)
        .any(|w| {
            let w = base(&w);
            w == verb || (w.len() > 3 && verb.len() > 3 && same_word(&w, &verb))
        })
}

/// The clause an answer concedes in its first words: "I accept we haven't
/// built as many homes as we said we would, and …" gives "we haven't
/// built as many homes as we said we would". "I" or "we", "accept",
/// "admit" or "concede", then "that" or not, and a clause of three words
/// or more, up to a comma or "but".
fn accepted_first<'a, 't>(tokens: &'a [Token<'t>]) -> Option<&'a [Token<'t>]> {
    let turn = after_label(tokens);
    let [who, verb, rest @ ..] = turn else {
        return None;
    };
    if !matches!(who.low(), "i" | "we") || !matches!(verb.low(), "accept" | "admit" | "concede") {
        return None;
    }
    let rest = match rest {
        [that, rest @ ..] if that.lower == "that" => rest,
        _ => rest,
    };
    let end = rest
        .iter()
        .position(|t| matches!(t.low(), "," | "." | "but" | ";"))
        .unwrap_or(rest.len());
    let clause = &rest[..end];
    (clause.iter().filter(|t| t.is_word()).count() >= 3).then_some(clause)
}

/// A sentence closed by a promise not to pretend it is otherwise: "It is
/// slower, and I won't pretend otherwise.", "No, it won't, and I'm not
/// going to pretend otherwise." (a negation and "i" or "we" in the five
/// words before "pretend").
fn pretends_no_otherwise(words: &[&str]) -> bool {
    match words {
        [.., "pretend", "otherwise"] => {
            let before = &words[words.len().saturating_sub(7)..words.len() - 2];
            before.iter().any(|w| {
                matches!(
                    *w,
                    "i" | "i'm" | "we" | "we're" | "i\u{2019}m" | "we\u{2019}re"
                )
            }) && before.iter().any(|w| super::tokens::is_negation(w))
        }
        _ => false,
    }
}

/// An answer that opens by agreeing in two words, then a comma or a stop:
/// "It is, and I'm not going to pretend that is anything other than a
/// very hard number …" to "That's the fastest rise for two years, isn't
/// it?" (its negation after is not of what was put).
fn agrees_first(tokens: &[Token]) -> bool {
    let turn = after_label(tokens);
    matches!(
        turn,
        [a, b, c, ..]
            if matches!(a.low(), "it" | "that" | "they" | "he" | "she" | "we" | "i")
                && matches!(b.low(), "is" | "was" | "are" | "were" | "has" | "have" | "did" | "does" | "do" | "am")
                && matches!(c.text, "," | ".")
    )
}

/// A short answer that grants what was put in the verb of its other side:
/// "My office received a copy." to "But it was sent to you on the 28th of
/// September."; a thing sent, given, handed, delivered or paid, received.
/// At most ten words, not negated.
fn received_it(tokens: &[Token], put: &str) -> bool {
    let turn = after_label(tokens);
    let words: Vec<&str> = turn
        .iter()
        .filter(|t| t.is_word())
        .map(Token::low)
        .collect();
    let given = put.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "sent" | "emailed" | "given" | "handed" | "delivered" | "paid" | "forwarded"
        )
    });
    given
        && words.len() <= 10
        && words.contains(&"received")
        && !words
            .iter()
            .any(|w| is_negation(w) || matches!(*w, "no" | "nothing" | "never"))
}

/// A refusal or silence told in a few words of a pronoun, naming no topic:
/// "He declined to be interviewed.", "She did not respond.", "It would not
/// comment further." Eight words at most, the first "he", "she", "it" or
/// "they", no "on", "about", "whether", "questions", "how", "why" or
/// "when".
pub(crate) fn bare_by_pronoun(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(Token::low)
        .collect();
    words.len() <= 8
        && matches!(words.first(), Some(&("he" | "she" | "it" | "they")))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "on" | "about" | "whether" | "questions" | "how" | "why" | "when"
            )
        })
}

/// Whether the matter a refusal names, the words after its "whether",
/// "how", "if" or "why", shares a word with a claim (`answers::same_word`):
/// "declined to say whether closure was among the options" and "the clinic
/// could close", not "whether he knew the other two defendants" and "Three
/// men have been charged …".
fn matter_shares_a_word(tokens: &[Token], claim: &str) -> bool {
    let Some(from) = tokens
        .iter()
        .position(|t| matches!(t.low(), "whether" | "how" | "if" | "why"))
    else {
        return false;
    };
    shares_a_word(&content(&tokens[from + 1..]), claim)
}

/// Whether any of `words` (content words) is a content word of a claim's
/// quote, by `answers::same_word`.
fn shares_a_word(words: &[String], claim: &str) -> bool {
    let theirs = content_of(claim);
    words.iter().any(|w| theirs.iter().any(|t| same_word(w, t)))
}

/// The party the outlet says it asked, in the sentence that says it had
/// no answer: "We have asked the Dunfallan Mountaineering Club about Mr
/// Rennoch's account and have not yet had a reply." is the club's silence.
/// "We" and "have" or "had" or neither, "asked", "contacted" or
/// "approached", then the party up to "about", "for", "whether", "if",
/// "and" or a comma.
fn we_asked(text: &str, tokens: &[Token]) -> Option<String> {
    let mut k = 0;
    if tokens.get(k)?.lower != "we" {
        return None;
    }
    k += 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.low(), "have" | "had"))
    {
        k += 1;
    }
    if !tokens
        .get(k)
        .is_some_and(|t| matches!(t.low(), "asked" | "contacted" | "approached"))
    {
        return None;
    }
    let from = k + 1;
    let to = tokens[from..]
        .iter()
        .position(|t| {
            !t.is_word()
                || matches!(
                    t.low(),
                    "about" | "for" | "whether" | "if" | "and" | "to" | "on"
                )
        })
        .map_or(tokens.len(), |e| from + e);
    (to > from
        && tokens[from..to]
            .iter()
            .any(|t| t.is_cap() || t.lower != "the"))
    .then(|| collapse(&text[tokens[from].start..tokens[to - 1].end]))
}

/// Whether a sentence opens with "he", "she", "it" or "they".
fn opens_with_pronoun(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| matches!(t.low(), "he" | "she" | "it" | "they"))
}

/// The claim an answer in the sentence just before was attached to, among
/// the last twelve.
fn answered_just_before(number: usize, candidates: &[Candidate]) -> Option<usize> {
    let floor = candidates.len().saturating_sub(12);
    // (a claim's answers come in the order of their sentences: the last
    // is the latest)
    (floor..candidates.len()).rev().find(|&ci| {
        candidates[ci]
            .responses
            .last()
            .is_some_and(|r| r.sentence + 1 == number)
    })
}

/// The claim the outlet asked about in the sentence just before: "…
/// told us airline staff had said passengers would not be given hotel
/// rooms. We have asked Pellinair, whose flight she was booked on, for a
/// response. It has not yet replied." The asking is the outlet's own
/// sentence ("We have asked", "We contacted"), right before the answer;
/// what it asked about is the claim told right before the asking, with a
/// score fit to be logged.
fn asked_about_just_before(number: usize, candidates: &[Candidate]) -> Option<usize> {
    let asking = candidates.len().checked_sub(1)?;
    let asked = &candidates[asking];
    let mut words = asked.quote.split_whitespace();
    let opens = words.next() == Some("We") && {
        let verb = match words.next() {
            Some("have" | "had") => words.next(),
            verb => verb,
        };
        matches!(verb, Some("asked" | "contacted" | "approached"))
    };
    let before = asking.checked_sub(1)?;
    (opens
        && asked.sentence + 1 == number
        && asked.speaker.is_none()
        && candidates[before].sentence + 1 == asked.sentence
        && candidates[before].score >= 0.4)
        .then_some(before)
}

/// The latest of the last twelve claims, told in the eight sentences
/// before, that says someone met someone ("met lobbyists for the
/// quarrying industry at least six times", "you met Dandridge's chairman
/// twice"), not negated nor passive: what an answer that its party meets many people
/// leaves standing.
fn told_a_meeting(number: usize, candidates: &[Candidate]) -> Option<usize> {
    let floor = candidates.len().saturating_sub(12);
    (floor..candidates.len()).rev().find(|&ci| {
        let c = &candidates[ci];
        let words: Vec<&str> = c
            .quote
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        c.score >= 0.4
            && c.sentence < number
            && number - c.sentence <= 8
            && words.iter().enumerate().any(|(k, w)| {
                // (not a condition met: "has been met")
                matches!(*w, "met" | "meet")
                    && !words[k.saturating_sub(2)..k].iter().any(|b| {
                        matches!(
                            *b,
                            "not" | "never" | "no" | "been" | "be" | "is" | "are" | "was" | "were"
                        )
                    })
            })
    })
}

/// Whether the time `d` ends a promise to keep something so, given
/// before: "had given the workforce a written commitment in 2024 to keep
/// the kiln open until at least 2030" is checkable at that time, whatever
/// the tense of the giving. "Until" (perhaps "until at least") before the
/// time, a word of promise before it, and not a promise refused ("had
/// refused to give any guarantee …", a negation before the promise) or
/// broken ("… until 2030 but closed it in March").
fn promised_until(tokens: &[Token], d: &super::dates::TimeExpr) -> bool {
    let Some(k) = tokens.iter().position(|t| t.start == d.start) else {
        return false;
    };
    let low = |j: usize| tokens[j].low();
    let until = low(k) == "until"
        || (k >= 1 && low(k - 1) == "until")
        || (k >= 3 && low(k - 1) == "least" && low(k - 2) == "at" && low(k - 3) == "until");
    let promise = tokens[..k].iter().position(|t| {
        matches!(
            t.low(),
            "commitment"
                | "pledge"
                | "promise"
                | "guarantee"
                | "undertaking"
                | "assurance"
                | "promised"
                | "pledged"
                | "guaranteed"
        )
    });
    until
        && promise.is_some_and(|p| {
            !tokens[..p].iter().any(|t| {
                super::tokens::is_negation(t.low())
                    || matches!(t.low(), "refused" | "declined" | "without")
            })
        })
        && !tokens[k..].iter().any(|t| t.lower == "but")
}

/// Whether an answer says no decision has been taken: "No decision has
/// been made", "no final decision had been taken".
fn no_decision(tokens: &[Token]) -> bool {
    tokens.windows(5).any(|w| {
        matches!(
            [w[0].low(), w[1].low(), w[2].low(), w[3].low(), w[4].low()],
            ["no", "decision", "has" | "had", "been", "taken" | "made"]
                | ["no", "final", "decision", "has" | "had", "been"]
        )
    })
}

/// Whether a claim tells of a decision already taken, in so many words:
/// "the decision has already been taken", "had already decided",
/// "accused the company of deciding on the closure in May"; not one still
/// to come or said not taken ("no decision had been taken", "is yet to be
/// decided", "hasn't decided"), nor another decision told in passing
/// ("The council decided in March to review …").
fn tells_decision_taken(quote: &str) -> bool {
    let q = quote.to_lowercase();
    [
        "decision has already been",
        "decision had already been",
        "decision has been taken",
        "decision had been taken",
        "decision has been made",
        "decision had been made",
        "decision was taken",
        "decision was made",
        "already decided",
        "already been decided",
        "of deciding",
    ]
    .iter()
    .any(|p| q.contains(p))
        && !q.contains("no decision")
}

/// Whether an answer opens on the first of the things put to it: "The
/// first is simply untrue.", "On the first, …", "The former claim is
/// wrong." (not "The first time I heard of it …").
fn names_the_first(tokens: &[Token]) -> bool {
    let words = after_label(tokens);
    let lows: Vec<&str> = words.iter().take(4).map(|t| t.low()).collect();
    let at = match lows.as_slice() {
        ["the", "first" | "former", ..] => 1,
        ["on" | "to", "the", "first" | "former", ..] => 2,
        _ => return false,
    };
    lows.get(at + 1).is_none_or(|n| {
        matches!(
            *n,
            "is" | "was"
                | "isn't"
                | "wasn't"
                | "one"
                | "claim"
                | "allegation"
                | "report"
                | "of"
                | ","
                | "'s"
                | "\u{2019}s"
        )
    })
}

/// Build the candidates and responses of one paragraph. `asked` is what
/// a transcript's last question asked, which the answers below it answer.
pub(crate) fn build(
    text: &str,
    published: Option<NaiveDate>,
    printed: &Printed,
    reads: &[Read],
    asked: &mut Asked,
    out: &mut Extraction,
) {
    let transcript = |r: &Read| r.found.cue.as_deref() == Some("transcript");
    if let Some(first) = reads.first() {
        // A new question puts a new claim, or none ("Has the contractor
        // been penalised?"); a short follow-up ("Nothing at all?", "When?")
        // asks again what the question before it asked.
        // (but not a new question of what will be done: "Will you resign?")
        let follow_up = first.question
            && reads.len() == 1
            && !asks_ahead(&first.tokens)
            && after_label(&first.tokens)
                .iter()
                .filter(|t| t.is_word())
                .count()
                <= 4
            || asked.claim.is_some_and(|c| {
                reads.len() == 1 && asks_again(&first.tokens, &out.candidates[c].quote)
            })
            // (a press, then only questions: "That isn't what I asked.
            // Did those dry-day spills happen?")
            || (first.question
                && presses(&first.tokens)
                && reads[1..]
                    .iter()
                    .all(|r| r.tokens.iter().any(|t| t.text == "?")));
        // ("And the catches?" after a turn that put "Crab fishermen …
        // say their catches have halved …" and then "One of them, Tam
        // Gillray, told this programme …": a short follow-up naming a word
        // of a claim put just before the one it would ask again asks of
        // that claim)
        if let Some(put) = asked.claim.filter(|_| follow_up && first.question) {
            let words = content(after_label(&first.tokens));
            let names = |k: usize| shares_a_word(&words, &out.candidates[k].quote);
            if !words.is_empty() && !names(put) {
                let sentence = out.candidates[put].sentence;
                if let Some(k) = (0..put)
                    .rev()
                    .take_while(|&k| sentence - out.candidates[k].sentence <= 3)
                    .filter(|&k| out.candidates[k].score >= 0.5)
                    .find(|&k| names(k))
                {
                    asked.claim = Some(k);
                }
            }
        }
        if (first.question && !follow_up) || !transcript(first) {
            asked.claim = None;
            asked.words.clear();
            asked.yes_no = false;
            asked.tag = false;
            asked.negative_tag = false;
            asked.ahead = false;
            asked.deed = None;
            asked.first_put = first.question.then_some(None);
        }
    }
    for r in reads {
        // What a question asks, in its own words.
        if r.question && r.tokens.iter().any(|t| t.text == "?") {
            asked.ahead = asks_ahead(&r.tokens);
            asked.deed = own_deed_asked(&r.tokens);
            // (what will be done is asked in the main clause, not in its
            // condition: "Will you resign if you do have to let prisoners
            // out early?" asks of a resignation)
            let asked_of = match r
                .tokens
                .iter()
                .position(|t| matches!(t.low(), "if" | "unless"))
            {
                Some(cut) if asked.ahead => &r.tokens[..cut],
                _ => &r.tokens[..],
            };
            asked.words.extend(content(asked_of));
            asked.tag = tag_question(&r.tokens);
            asked.negative_tag = negative_tag(&r.tokens);
            asked.yes_no = opens_yes_no(&r.tokens) || asked.tag || asked.negative_tag;
        }
    }
    for r in reads {
        let number = r.number;
        if r.furniture || !r.tokens.iter().any(Token::is_word) {
            continue;
        }
        if r.opens {
            told_how_before(text, r, out);
        }
        // A transcript turn is quoted from its first word after the speaker
        // label ("MINISTER BETTENCOURT: No, that is not true." → "No, that
        // is not true."): the label names who speaks, it is not what is said.
        let start = match label_colon(&r.tokens) {
            Some((_, colon)) => r.tokens.get(colon + 1).map_or(r.start, |t| t.start),
            None => r.start,
        };
        let sentence_text = text[start..r.end].to_string();
        let answering = transcript(r) && !r.question;
        let answer_to = asked.claim.filter(|_| answering).map(|put| {
            // "The figure is correct, Chair." after "… your company
            // discharged sewage for more than 41,000 hours last year.
            // That's the worst record of any water company.": the figure is
            // the number the turn put, just before.
            let names_figure = after_label(&r.tokens).iter().take(6).any(|t| {
                matches!(
                    t.low(),
                    "figure" | "figures" | "number" | "numbers" | "total"
                )
            });
            let counted = |k: usize| out.candidates[k].quote.bytes().any(|b| b.is_ascii_digit());
            // "The first is simply untrue." to a turn that put two claims
            // ("… Is either of those true?"): the first it put.
            if let Some(k) = asked
                .first_put
                .flatten()
                .filter(|&k| k < put && r.opens && names_the_first(&r.tokens))
            {
                return k;
            }
            // "Two hundred and eighty jobs. Is that the final number?": a
            // figure put back alone is no claim; the claim is the one
            // before that told what it counts.
            if out.candidates[put].why.contains(&"a figure alone") {
                let words = content_of(&out.candidates[put].quote);
                if let Some(k) = (put.saturating_sub(6)..put)
                    .rev()
                    .filter(|&k| out.candidates[k].score >= 0.5)
                    .find(|&k| shares_a_word(&words, &out.candidates[k].quote))
                {
                    return k;
                }
            }
            if !names_figure || counted(put) {
                return put;
            }
            let teller = &out.candidates[put].speaker;
            (put.saturating_sub(3)..put)
                .rev()
                .take_while(|&k| &out.candidates[k].speaker == teller)
                .find(|&k| counted(k))
                .unwrap_or(put)
        });
        // An answer that opens by saying no to what the question claimed:
        // "Q: … the government cut the budget by half … A: The budget was not cut."
        // "That's correct, and we are co-operating fully.": a verdict
        // opening the answer to what was put is the answer, over the
        // promise or the refusal after it.
        let opening_verdict = || {
            (answering && r.opens && (answer_to.is_some() || asked.yes_no))
                .then(|| denials::verdict(&r.tokens))
                .flatten()
        };
        // "What was found at Hepworth House was unacceptable." to
        // "Inspectors found families … at the Hepworth House hostel …":
        // what was put, granted by condemning it.
        let condemned = (answering && r.opens)
            .then(|| {
                condemned_deed(
                    &r.tokens,
                    r.found.speaker.as_deref(),
                    number,
                    &out.candidates,
                )
            })
            .flatten();
        let response = match r.response {
            _ if condemned.is_some() => Some((ResponseKind::Confirmed, 0)),
            Some((ResponseKind::NonDenial | ResponseKind::Declined, _)) => {
                opening_verdict().or(r.response)
            }
            other => other,
        };
        let response = response
            .or_else(|| {
                let q = &out.candidates[answer_to?];
                (r.opens && !agrees_first(&r.tokens) && negates(&r.tokens, &q.quote))
                    .then_some((ResponseKind::Denied, 0))
            })
            .or_else(|| {
                (answering
                    && r.opens
                    && asked.yes_no
                    && (says_yes(&r.tokens) || says_it_back(&r.tokens, &asked.words, asked.tag)))
                .then_some((ResponseKind::Confirmed, 0))
            })
            // "We have applied for a variation, yes." to "You've asked the
            // licensing office to let you dump twice as much silt.": a
            // claim put with no question mark, granted by a yes.
            .or_else(|| {
                (answering && r.opens && answer_to.is_some() && says_yes(&r.tokens))
                    .then_some((ResponseKind::Confirmed, 0))
            })
            // "No, it won't." to "It won't, will it?": a no that agrees
            // with a statement put in the negative.
            .or_else(|| {
                (answering && r.opens && asked.negative_tag && agrees_no(&r.tokens))
                    .then_some((ResponseKind::Confirmed, 0))
            })
            // "My office received a copy." to "But it was sent to you …":
            // what was put, granted from its other side.
            .or_else(|| {
                let put = &out.candidates[answer_to?].quote;
                (answering && r.opens && received_it(&r.tokens, put))
                    .then_some((ResponseKind::Confirmed, 0))
            })
            // "Too many are leaving in their first year, I accept that.": a
            // concession closing the first words said to a claim put.
            .or_else(|| {
                (answering && r.opens && answer_to.is_some() && accepts_it(&r.tokens))
                    .then_some((ResponseKind::Confirmed, 0))
            })
            // "I accept we haven't built as many homes as we said we would,
            // and …" to "In your manifesto you promised 300,000 new homes a
            // year. Last year, 212,000 were completed.": a concession
            // opening the turn, of a clause that names what was put.
            .or_else(|| {
                let put = answer_to.filter(|_| answering && r.opens)?;
                let clause = accepted_first(&r.tokens)?;
                let words = content(clause);
                let names = (put.saturating_sub(2)..out.candidates.len())
                    .filter(|&k| out.candidates[k].sentence < number)
                    .any(|k| shares_a_word(&words, &out.candidates[k].quote));
                names.then_some((ResponseKind::Confirmed, 0))
            })
            // "It did go up, and I know it has hit people hard." to "… the
            // toll for a car on the Kelvering Bridge went up from £4.20 to
            // £5.60 …": an emphatic "did" opening the answer, of the verb
            // the claim put.
            .or_else(|| {
                let put = &out.candidates[answer_to.filter(|_| answering && r.opens)?].quote;
                did_it(&r.tokens, put).then_some((ResponseKind::Confirmed, 0))
            })
            // "My officials look at every possible scenario." to "Are they
            // right?": an answer that sidesteps a claim put.
            .or_else(|| {
                (answering
                    && r.opens
                    && asked.yes_no
                    && !asked.ahead
                    && answer_to.is_some()
                    && sidesteps(&r.tokens)
                    // (a lone verdict sidesteps nothing: "No." before the
                    // answer's next sentence)
                    && denials::verdict(&r.tokens).is_none())
                .then_some((ResponseKind::NonDenial, 0))
            })
            // "That's completely wrong.", "That's right.": a verdict on
            // what the question put or asked.
            .or_else(|| {
                (answering && r.opens && (answer_to.is_some() || asked.yes_no))
                    .then(|| denials::verdict(&r.tokens))
                    .flatten()
            });
        // "Mr Doyle-Hart did not ignore anyone": the deed a charge alleged,
        // denied in its own verb.
        // (in a transcript, the first words of an answer to what was put:
        // "Nobody has been told that, because nothing has been decided."
        // to "Staff … say they were told on Friday that …")
        let deed = match response {
            None if !answering || (r.opens && answer_to.is_some()) => {
                denials::denied_deed(&r.tokens, number, &out.candidates)
            }
            _ => None,
        };
        let response = response.or(deed.map(|(_, at)| (ResponseKind::Denied, at)));
        // (a cell for the words of each claim a confirmation or an answer
        // may weigh)
        asked.weigh(out.candidates.len());
        let question_words: &[String] = if answering { &asked.words } else { &[] };
        let ahead = answering && asked.ahead;
        // "The department confirmed that …" what someone said before.
        let confirms = match response {
            None => confirmed(
                text,
                &r.tokens,
                r.found.speaker.as_deref(),
                number,
                (&out.candidates, &asked.quote_words),
            )
            .or_else(|| {
                confirmed_by_one_named(
                    &r.tokens,
                    r.found.role.as_deref(),
                    r.found.speaker.as_deref(),
                    number,
                    (&out.candidates, &asked.quote_words),
                )
            }),
            Some(_) => None,
        };
        let response = response.or(confirms.map(|(_, at)| (ResponseKind::Confirmed, at)));
        // "said the deputy minister \"meets a wide range of people\"": of
        // the claims before, the latest that says someone met someone.
        let met = match response {
            Some((ResponseKind::NonDenial, _))
                if hedges::meets_many(&r.tokens, &lows(&r.tokens)).is_some() =>
            {
                told_a_meeting(number, &out.candidates)
            }
            _ => None,
        };
        // "… said the deputy minister \"meets a wide range of people\". He
        // declined to be interviewed.": a bare refusal or silence by a
        // pronoun, right after an answer, goes on answering what it answered.
        let after_answer = match response {
            Some((ResponseKind::Declined | ResponseKind::NoResponse, _))
                if bare_by_pronoun(&r.tokens) =>
            {
                answered_just_before(number, &out.candidates)
                    .or_else(|| asked_about_just_before(number, &out.candidates))
            }
            _ => None,
        };
        // "The trust said no decision had been taken on the clinic's
        // future. It declined to say whether closure was among the options
        // being considered.": a refusal or silence by a pronoun right after
        // an answer, with a matter of its own, is the same party's, and
        // answers what the answer before answered when its words find no
        // other claim.
        let pronoun_after_answer = match response {
            Some((ResponseKind::Declined | ResponseKind::NoResponse, _))
                if after_answer.is_none() && opens_with_pronoun(&r.tokens) =>
            {
                answered_just_before(number, &out.candidates)
                    .filter(|&c| matter_shares_a_word(&r.tokens, &out.candidates[c].quote))
            }
            _ => None,
        };
        let mut outlet_only = false;
        // "That claim could not be independently verified, and Gatewise
        // said it had seen \"nothing to suggest\" …": the hedge goes to the
        // claim before, whatever else the sentence does.
        // (the hedge asked first: most sentences have none, and the back
        // reference reads every word)
        let back_hedge = r.hedge.is_some() && hedges::is_back_reference(&r.tokens);
        if back_hedge && response.is_some() {
            if let Some(prev) = out.candidates.last_mut() {
                add_hedge(prev, r.hedge.as_deref().unwrap_or_default());
            }
        }
        // (a headline that quotes an answer restates the answer the body
        // tells: "\"No, that is not true\": housing minister on overspend
        // claims …")
        if let Some((kind, at)) = response.filter(|_| !r.headline) {
            // "X declined to comment, and Y did not respond …": two
            // answers, each in its own clause, each from its own party.
            let second = if answer_to.is_none() && confirms.is_none() && deed.is_none() {
                hedges::second_response(&r.tokens, &lows(&r.tokens), at)
            } else {
                None
            };
            // "Whitsedge accepts that he sold the paintings but denies
            // knowing that the letters were forged": a concession, then a
            // denial by the same party, each answering its own claim.
            let conceded = match (kind, second) {
                (ResponseKind::Denied | ResponseKind::Declined | ResponseKind::NonDenial, None) => {
                    denials::conceded_then_denied(&r.tokens, at)
                }
                _ => None,
            };
            // "The Rivers and Waterways Agency confirmed it had opened an
            // investigation in February but said it would not comment
            // further …": a confirmation, then a refusal by the same party.
            let refused_after = match (kind, second, conceded) {
                (ResponseKind::Confirmed, None, None) => denials::refused_after(&r.tokens, at),
                _ => None,
            };
            let mut parts = match (conceded, refused_after) {
                (Some((grants, but)), _) => vec![
                    (0, but, ResponseKind::Confirmed, grants),
                    (but + 1, r.tokens.len(), kind, at - (but + 1)),
                ],
                (None, Some((but, kind2, at2))) => vec![
                    (0, but, kind, at),
                    (but + 1, r.tokens.len(), kind2, at2 - (but + 1)),
                ],
                (None, None) => vec![(0, second.map_or(r.tokens.len(), |s| s.2), kind, at)],
            };
            // (the second clause is the first one's party's)
            let split = conceded.is_some() || refused_after.is_some();
            if let Some((kind2, at2, _, from)) = second {
                parts.push((from, r.tokens.len(), kind2, at2 - from));
            }
            let whole = parts.len() == 1;
            // (the party of the first clause, which the denial after a
            // concession shares)
            let mut first_who = None;
            // (the claim the first clause answered: "confirmed that the
            // coast road had been closed but would not say why" refuses
            // the why of what it confirmed)
            let mut first_answered = None;
            for (s, e, kind, at) in parts {
                let tokens = &r.tokens[s..e];
                let relayed = relayed_party(tokens, at);
                let who = match &r.found.speaker {
                    _ if s > 0 && split => first_who.clone(),
                    // ("Mr Oakhampton-Wray told the jury the company \"does
                    // not accept\" …": counsel tells the company's answer)
                    Some(_) if s == 0 && relayed.is_some() => {
                        relayed.map(|(a, b)| (collapse(&text[a..b]), None))
                    }
                    Some(sp) if s == 0 => Some((sp.clone(), r.found.role.clone())),
                    _ => {
                        let mut scratch = People::sharing(printed);
                        speaker_before(text, tokens, answering_verb(tokens, at), &mut scratch)
                            .or_else(|| we_asked(text, tokens).map(|who| (who, None)))
                    }
                };
                if s == 0 {
                    first_who.clone_from(&who);
                }
                // (a concession's own claim, as a confirmation in the
                // reporter's words finds it)
                let grants = match conceded {
                    Some(_) if s == 0 => confirmed(
                        text,
                        tokens,
                        who.as_ref().map(|(sp, _)| sp.as_str()),
                        number,
                        (&out.candidates, &asked.quote_words),
                    )
                    .map(|(c, _)| c),
                    _ => None,
                };
                // ("In a statement, the company dismissed the findings":
                // the body named before that "the company" stands for, by
                // which name it answers)
                let body = who.as_ref().and_then(|(sp, _)| {
                    bodies::named_body(text, tokens.first().map_or(0, |t| t.start), sp)
                });
                let party = who.as_ref().map_or_else(
                    || {
                        pronoun_after_answer
                            .and_then(|c| out.candidates[c].responses.last())
                            .map_or_else(|| "unnamed".to_string(), |before| before.party.clone())
                    },
                    |(sp, role)| party_of(body.as_deref().unwrap_or(sp), role.as_deref()),
                );
                let quote = match (whole, tokens.first(), tokens.last()) {
                    (false, Some(a), Some(b)) => collapse(&text[a.start..b.end]),
                    _ => answer_before_but(text, tokens, at)
                        .or_else(|| quoted_words(text, tokens))
                        .unwrap_or_else(|| collapse(&sentence_text)),
                };
                let response = ProposedResponse {
                    party,
                    kind,
                    quote,
                    date: claimed_date(r, published),
                    sentence_text: collapse(&sentence_text),
                    sentence: number,
                };
                let name = who.as_ref().map(|(sp, _)| sp.as_str());
                let role = who.as_ref().and_then(|(_, r)| r.as_deref());
                // The claims an answer weighs (each with its cell: `weigh`
                // above).
                let of_the_first = (s > 0
                    && split
                    && matches!(kind, ResponseKind::Declined | ResponseKind::NonDenial)
                    && bare_refusal(tokens))
                .then_some(first_answered)
                .flatten();
                let chosen = of_the_first
                    .or(condemned)
                    .or(answer_to)
                    .or(confirms.map(|(c, _)| c))
                    .or(grants)
                    .or(deed.map(|(c, _)| c))
                    .or(met)
                    .or(after_answer)
                    .or_else(|| {
                        answered(
                            text,
                            tokens,
                            Question {
                                words: question_words,
                                ahead,
                            },
                            Answerer {
                                name,
                                role,
                                body: body.as_deref(),
                            },
                            kind,
                            number,
                            (&out.candidates, &asked.quote_words, &asked.speaker_words),
                        )
                    })
                    .or(pronoun_after_answer)
                    // "I'm not going to speculate about what a future
                    // council might do.": a refusal to foresee answers only
                    // a claim that looks ahead.
                    .filter(|&c| {
                        !matches!(kind, ResponseKind::NonDenial | ResponseKind::Declined)
                            || !refuses_to_foresee(tokens)
                            || looks_ahead(&out.candidates[c])
                    })
                    // "declined to say how many of the closed beds were on
                    // children's wards": a silence on a count answers only
                    // a claim that gives one.
                    .filter(|&c| {
                        !matches!(kind, ResponseKind::NoResponse | ResponseKind::Declined)
                            || count_asked(tokens)
                                .is_none_or(|q| gives_count(&out.candidates[c].quote, &q))
                    })
                    // "No, I didn't." to "Did you see that warning
                    // yourself?": a bare yes or no answers the deed asked,
                    // and a claim only when told in that verb.
                    .filter(|&c| {
                        !(answering && r.opens && bare_yes_no(&r.tokens))
                            || asked
                                .deed
                                .as_deref()
                                .is_none_or(|v| uses_verb(&out.candidates[c].quote, v))
                    });
                if s == 0 {
                    first_answered = chosen;
                }
                match chosen {
                    Some(c) => {
                        let mut response = response;
                        // "No decision has been made" to "the decision has
                        // already been taken": a decision said not taken,
                        // to a claim that it was, denies it.
                        if response.kind == ResponseKind::NonDenial
                            && no_decision(tokens)
                            && tells_decision_taken(&out.candidates[c].quote)
                        {
                            response.kind = ResponseKind::Denied;
                        }
                        out.candidates[c].responses.push(response);
                    }
                    None => out.unattached.push(response),
                }
            }
            // "… rejects the allegation and that a review had found no
            // evidence": the fact after the answer is a claim too.
            if !denials::also_claims(&r.tokens, response.map_or(0, |(_, at)| at)) {
                if !relative_fact(&r.tokens) {
                    continue;
                }
                // The clause is the outlet's, not the answerer's.
                outlet_only = true;
            }
        }
        if back_hedge {
            if let Some(prev) = out.candidates.last_mut() {
                add_hedge(prev, r.hedge.as_deref().unwrap_or_default());
                continue;
            }
        }
        let outlet = Found::default();
        let f = if outlet_only { &outlet } else { &r.found };
        if let Some(prev) = unnamed_before(text, r, out).filter(|_| !outlet_only) {
            let c = &mut out.candidates[prev];
            c.speaker = f.speaker.clone();
            c.role = f.role.clone();
            if c.kind == Kind::Reported {
                c.kind = Kind::Paraphrase;
            }
        }
        let kind = match (&f.speaker, f.person || f.named) {
            (None, _) => Kind::Outlet,
            // A sentence or a clause in quotation marks, whoever speaks; not a
            // quoted phrase in the reporter's sentence ("said it was \"historic\"").
            (Some(_), _) if r.quoted_share >= 0.75 || quoted_clause(&r.tokens) => Kind::DirectQuote,
            (Some(_), true) if f.person => Kind::Paraphrase,
            _ => Kind::Reported,
        };
        let check_after = if related_in_the_past(&r.tokens) || schedule_given_up(&r.tokens) {
            None
        } else if r.future || predicts(&r.tokens) {
            r.dates
                .iter()
                .filter(|d| !d.span)
                .filter_map(|d| d.to)
                .filter(|t| published.is_none_or(|p| *t > p))
                .max()
        } else {
            // A day ahead of publication, read so by the words around it
            // ("with the other wards counting on Friday", "setting up a
            // runoff on November 1"), is when the sentence can be checked;
            // not in a sentence told in the past perfect ("had been warned
            // … on Monday"), whose days are behind it. So is a month or a
            // season named without its year and read as ahead ("All 48
            // seats are up for election in May.": the coming May, checkable
            // at its end), not a year ("the 2030 Games were awarded").
            // ("had to find £6.2 million of savings by April 2027" is a
            // duty, not the past perfect)
            let told_before = r
                .tokens
                .windows(2)
                .any(|p| p[0].low() == "had" && p[1].low() != "to");
            // (a deadline or an end ahead, whatever its length: "by April
            // 2027", "whose contract runs until March 2028")
            let deadline = |d: &super::dates::TimeExpr| {
                let low = d.text.to_ascii_lowercase();
                low.starts_with("by ") || low.starts_with("until ")
            };
            // (but a day named by its date, ahead of publication, is ahead
            // whatever the tense: "had been summoned to appear before it on
            // Feb 26", printed on 17 February; not a weekday, "a vote that
            // had been set for Thursday" and since put off, nor a month)
            let dated_day = |d: &super::dates::TimeExpr| {
                !d.span && d.from == d.to && d.text.bytes().any(|b| b.is_ascii_digit())
            };
            r.dates
                .iter()
                .filter(|d| {
                    promised_until(&r.tokens, d)
                        || (!told_before || dated_day(d))
                            && (deadline(d) || !d.span && (d.from == d.to || d.relative))
                })
                .filter(|d| published.is_some_and(|p| d.from.is_some_and(|f| f > p)))
                .filter_map(|d| d.to)
                .max()
        };
        let signals = score::Signals {
            attributed: f.speaker.is_some(),
            dates: !r.dates.is_empty(),
            future: r.future,
            hedged: r.hedge.is_some(),
            headline: r.headline,
            accused: r.denial.is_some() || f.cue.as_deref().is_some_and(|c| c.starts_with("accus")),
        };
        let (mut score, mut why) = score::score(&r.tokens, &signals);
        // What a source is told to have said, in the reporter's words, is
        // a claim the reporter chose to pass on; a quotation with nothing
        // checkable in it is more often colour ("They deserve better than
        // this"). (Of the 196 labelled articles' candidates scored 0.4,
        // two in three told in the reporter's words are labelled claims,
        // one in five quoted.)
        if matches!(kind, Kind::Paraphrase | Kind::Reported) && !why.contains(&"opinion") {
            score = (score + 0.1).min(1.0);
            why.push("told");
        }
        // A question an interviewer puts is no claim, whatever it names. A
        // statement of fact the interviewer puts in their own words for an
        // answer ("Two million households are behind on their bills.",
        // "Mr Achebe-Farrant, your company discharged untreated sewage for
        // more than 41,000 hours last year.") is a claim like any other.
        // (a statement asked back with a tag states it: "Your department
        // did ask the authority to find savings of £18 million, didn't
        // it?")
        // (and so does a short one that makes a claim on its own: "That's
        // the highest number ever recorded, isn't it?" asks of its record,
        // not of the figure before; "That's a record, isn't it?" is only a
        // verdict on it)
        let own_tag = tag_question(&r.tokens) && score >= 0.5;
        let asks =
            r.tokens.iter().any(|t| t.text == "?") && !states_with_tag(&r.tokens) && !own_tag;
        let states = r.question && !asks && transcript(r);
        if r.question && score > 0.25 && (asks || transcript(r)) && !states {
            score = 0.25;
            why.push("question put");
        }
        // "The chair of the fire authority, Councillor Grainne Hatchard, was
        // interviewed on Tolvern Breakfast this morning about plans to …":
        // the outlet's note of whom it questioned and on what, before the
        // interview itself, is no claim.
        if kind == Kind::Outlet && score > 0.25 && introduces_an_interview(&r.tokens) {
            score = 0.25;
            why.push("introduces an interview");
        }
        // "We're wrapping up our live coverage for today.": a live blog
        // signing off tells nothing to check.
        if kind == Kind::Outlet && signs_off(&r.tokens) {
            score = 0.0;
            why.push("signs off");
        }
        // The claim a question puts, not the question itself ("Is that
        // true?"): the first the paragraph states, not a sentence that only
        // goes on about it ("That's up by a third in a year.").
        if r.question && !asks {
            let goes_on = !own_tag
                && asked.claim.is_some_and(|c| {
                    let c = &out.candidates[c];
                    reads.first().is_some_and(|f| c.sentence >= f.number)
                        && c.score >= 0.5
                        && points_back(&r.tokens)
                });
            // (nor a turn that only presses it: "But you're not denying it.")
            if !goes_on && !presses(&r.tokens) {
                asked.claim = Some(out.candidates.len());
                if let Some(first @ None) = &mut asked.first_put {
                    *first = asked.claim;
                }
            }
        }
        // "Posts circulating on social media claim that the bank was
        // hacked." then "Fernlow has rejected claims on social media that
        // it was hacked.": a story denied that a claim in the two sentences
        // before told, in all its words, is that claim, answered there; the
        // denial's sentence tells it no more.
        let told_again = r.denial.as_ref().and_then(|_| {
            let at = f.cue_at?;
            let that = (at..r.tokens.len()).find(|&k| r.tokens[k].lower == "that")?;
            let words = content(&r.tokens[that + 1..]);
            if words.is_empty() {
                return None;
            }
            out.candidates.iter().rposition(|c| {
                c.sentence < number && c.sentence + 2 >= number && {
                    let theirs = content_of(&c.quote);
                    words
                        .iter()
                        .all(|w| theirs.iter().any(|t| denials::one_word(w, t)))
                }
            })
        });
        if told_again.is_some() {
            score = score.min(0.25);
            why.push("told before");
        }
        out.candidates.push(Candidate {
            sentence: number,
            score,
            why,
            quote: sentence_text,
            start,
            end: r.end,
            speaker: f.speaker.clone(),
            role: f.role.clone(),
            via: f.via.clone(),
            kind,
            cue: f.cue.clone(),
            hedge: r.hedge.clone(),
            dates: r.dates.clone(),
            claimed: claimed_date(r, published),
            check_after,
            responses: Vec::new(),
        });
        let answered = match told_again {
            Some(i) => out.candidates.get_mut(i),
            None => out.candidates.last_mut(),
        };
        if let (Some((party, quote, kind)), Some(c)) = (&r.denial, answered) {
            c.responses.push(ProposedResponse {
                party: party.clone(),
                kind: *kind,
                quote: quote.clone(),
                date: claimed_date(r, published),
                sentence_text: collapse(&text[r.start..r.end]),
                sentence: number,
            });
        }
    }
    // "Your department promised … by 2025. Only 40% of rural homes have
    // it. Isn't that a broken promise?": of the claims a turn states, the
    // one its question names, when the last it states shares no word with
    // the question and an earlier one does.
    if let (Some(put), Some(first)) = (asked.claim, reads.first()) {
        let question = reads
            .iter()
            .rev()
            .find(|r| r.question && r.tokens.iter().any(|t| t.text == "?"));
        if let Some(q) = question.filter(|q| q.number > out.candidates[put].sentence) {
            let asked_words = content(&q.tokens);
            let shared = |k: usize| {
                let theirs = content_of(&out.candidates[k].quote);
                asked_words
                    .iter()
                    .filter(|w| theirs.iter().any(|t| same_word(w, t)))
                    .count()
            };
            if shared(put) == 0 {
                let named = (0..put)
                    .rev()
                    .take_while(|&k| out.candidates[k].sentence >= first.number)
                    .filter(|&k| out.candidates[k].score >= 0.5)
                    .find(|&k| shared(k) > 0);
                if let Some(k) = named {
                    asked.claim = Some(k);
                }
            }
        }
    }
}

/// Whether a sentence is a live blog signing off or pausing: "We're
/// wrapping up our live coverage for today.", "We are pausing this live
/// blog", "This live page has now closed." — a verb of ending by the
/// outlet ("we"), or said of its own coverage, of "our" or "this" live
/// coverage, blog or page, and nothing else told after it.
fn signs_off(tokens: &[Token]) -> bool {
    // (most sentences have no "live": told without gathering their words)
    if !tokens.iter().any(|t| t.lower == "live") {
        return false;
    }
    let lows: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word() && !t.has_digit() && !t.quoted)
        .map(Token::low)
        .collect();
    let Some(live) = lows.windows(3).position(|w| {
        matches!(w[0], "our" | "this")
            && w[1] == "live"
            && matches!(w[2], "coverage" | "blog" | "page" | "updates")
    }) else {
        return false;
    };
    let ending = |w: &str| {
        matches!(
            w,
            "wrapping" | "pausing" | "ending" | "closing" | "closed" | "paused" | "ended"
        )
    };
    // ("we're wrapping up our live coverage", "this live blog has now
    // closed"), in a sentence of twelve words at most, its times and
    // figures aside ("22.12", "7am")
    lows.len() <= 12
        && (lows[..live].iter().any(|w| ending(w))
            || lows[live + 3..].iter().take(3).any(|w| ending(w)))
}

/// The outlet's note of an interview: "was interviewed", "was
/// questioned" or "spoke to", then "about" within twelve words (what the
/// questions were on); not "was interviewed on Monday, a week after the
/// company brought in a hosepipe ban", which tells a fact beside it.
fn introduces_an_interview(tokens: &[Token]) -> bool {
    tokens.windows(2).enumerate().any(|(i, p)| {
        let verb = (matches!(p[0].low(), "was" | "were")
            && matches!(p[1].low(), "interviewed" | "questioned"))
            || (p[0].lower == "spoke" && p[1].lower == "to");
        verb && !p[0].quoted
            && tokens
                .iter()
                .skip(i + 2)
                .take(12)
                .take_while(|t| t.text != ",")
                .any(|t| t.lower == "about")
    })
    // (unless a clause in it tells a fact of its own: "about the delayed
    // repairs to the Lanmore Bridge, which has been closed to traffic since
    // September of last year")
    && !tokens
        .windows(2)
        .any(|p| p[0].text == "," && matches!(p[1].low(), "which" | "who"))
}

/// A fact told in a relative clause about a party, inside a sentence that
/// answers: "Sandra Pell, 54, who managed the care home until she was
/// dismissed in 2024, denies 11 counts of fraud", "Luke Pendry, who stands
/// to receive about £19m from the sale, did not return calls". The clause
/// opens after a comma with "who" or "which" and holds a figure or a year
/// before the next comma (or a few words after it: "which recorded the
/// longest delay of any hospital, at 14 hours"). Not whom a body
/// represents, which says who speaks rather than telling a fact.
fn relative_fact(tokens: &[Token]) -> bool {
    tokens.windows(2).enumerate().any(|(i, p)| {
        if p[0].text != "," || !matches!(p[1].low(), "who" | "which") {
            return false;
        }
        let rest = &tokens[i + 2..];
        // (not the size of a body told to say whom it speaks for: "The
        // Garrowfell Estates Group, which represents 14 shooting estates,
        // said it \"utterly rejects\" that claim.")
        if rest
            .first()
            .is_some_and(|t| matches!(t.low(), "represents" | "represent"))
        {
            return false;
        }
        let comma = rest.iter().position(|t| t.text == ",");
        let clause = &rest[..comma.unwrap_or(rest.len()).min(30)];
        // (after the comma, only a phrase that goes on with the clause, "at
        // 14 hours"; not the main verb: "…, who runs Sallowfield Kennels
        // near Falkirby, denies 11 charges")
        let after = comma.map_or(&[][..], |c| &rest[c + 1..rest.len().min(c + 4)]);
        let goes_on = after.first().is_some_and(|t| {
            matches!(
                t.low(),
                "at" | "of"
                    | "with"
                    | "from"
                    | "to"
                    | "up"
                    | "down"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "more"
                    | "less"
                    | "over"
                    | "under"
            )
        });
        clause.iter().any(Token::has_digit) || goes_on && after.iter().any(Token::has_digit)
    })
}

/// A sentence that opens by pointing back at the one before: "That's up
/// by a third.", "This is the second year running.", "It was the highest
/// since 2008."
fn points_back(tokens: &[Token]) -> bool {
    let t = after_label(tokens);
    // (after a phrase of time first: "Two years ago it was eleven.", "In
    // 2019, that figure was 12%.")
    let lead = t
        .iter()
        .take(5)
        .take_while(|w| {
            w.has_digit()
                || w.lower == ","
                || super::calendar::is_month_word(w.low())
                || matches!(
                    w.low(),
                    "in" | "last"
                        | "a"
                        | "an"
                        | "the"
                        | "ago"
                        | "year"
                        | "years"
                        | "month"
                        | "months"
                        | "week"
                        | "weeks"
                        | "decade"
                        | "back"
                        | "then"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "ten"
                )
        })
        .count();
    let t = &t[lead..];
    let first = t.first().map_or("", Token::low);
    let second = t.get(1).map_or("", Token::low);
    let third = t.get(2).map_or("", Token::low);
    matches!(first, "that's" | "it's" | "which")
        || (matches!(first, "that" | "this" | "it")
            && matches!(second, "is" | "was" | "means" | "would" | "will" | "has"))
        // ("That figure was 12.")
        || (matches!(first, "that" | "this")
            && t.get(1).is_some_and(|n| n.is_word() && !n.is_cap())
            && matches!(third, "is" | "was"))
}

/// Add a hedge found in a later sentence to a claim.
fn add_hedge(prev: &mut Candidate, h: &str) {
    let was_hedged = prev.hedge.is_some();
    prev.hedge = Some(match prev.hedge.take() {
        Some(old) => format!("{old}; {h}"),
        None => h.to_string(),
    });
    if !was_hedged {
        prev.score = ((prev.score + score::HEDGE_WEIGHT).min(1.0) * 100.0).round() / 100.0;
        prev.why.push("hedged");
    }
}

/// A sentence that says no to `claim`: a negation, and a word of the claim
/// (three letters or more) that is not a function word.
fn negates(tokens: &[Token], claim: &str) -> bool {
    // (not a contrast: "… against targets that included customer
    // service, not only environmental performance.")
    let negated = tokens.iter().enumerate().any(|(i, t)| {
        !t.quoted
            && matches!(t.low(), "not" | "n't" | "never" | "no")
            && !tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.low(), "only" | "just" | "merely" | "simply"))
    });
    let claim = claim.to_lowercase();
    let claim_words: Vec<&str> = claim
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .collect();
    negated
        && tokens.iter().any(|t| {
            t.is_word()
                && t.lower.len() >= 3
                && !matches!(
                    t.low(),
                    "the" | "was" | "were" | "not" | "and" | "that" | "has" | "have" | "had"
                )
                && claim_words.contains(&t.low())
        })
}

/// Where the verb of an answer found at `at` is, for reading its
/// subject: the first verb of saying or of judging before `at`, out of
/// quotation marks ("Its operator described the claim as completely
/// untrue." is found at "untrue", answered by "Its operator"), else `at`.
fn answering_verb(tokens: &[Token], at: usize) -> usize {
    // (past a question put first: "Asked about this morning's report,
    // Calloway dismissed it as …")
    let from = if tokens
        .first()
        .is_some_and(|t| matches!(t.low(), "asked" | "questioned" | "pressed"))
    {
        tokens[..at.min(tokens.len())]
            .iter()
            .position(|t| t.lower == ",")
            .map_or(0, |c| c + 1)
    } else {
        0
    };
    let at = at.min(tokens.len());
    (from..at)
        .find(|&k| {
            let t = &tokens[k];
            // (a noun after a determiner or a possessive is no verb: "the
            // claims made by the families")
            let noun = k > 0
                && (matches!(
                    tokens[k - 1].low(),
                    "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their"
                ) || tokens[k - 1].lower.ends_with("'s")
                    || tokens[k - 1].lower == "'");
            !t.quoted
                && !noun
                && (super::lexicon::VERBS.contains(&t.low())
                    || denials::is_deny(t)
                    || matches!(
                        t.low(),
                        "described" | "describes" | "called" | "calls" | "branded"
                    ))
        })
        .unwrap_or(at)
}

/// The body whose answer a teller relates, as the subject of the clause
/// the answer's phrase (at `at`) opens: "told the jury the company \"does
/// not accept\" that …", "said that the company strongly denies the
/// allegations".
/// "the" and a body's noun (perhaps one word between: "the borough
/// council") right before the phrase, past auxiliaries, negations and
/// quotation marks, after a verb of telling within the four words before
/// it. Returns the subject's byte range.
fn relayed_party(tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let mut k = at.min(tokens.len());
    while k > 0
        && (tokens[k - 1].is_quote_mark()
            || matches!(
                tokens[k - 1].low(),
                "not"
                    | "does"
                    | "did"
                    | "do"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "could"
                    | "is"
                    | "was"
                    | "still"
                    | "strongly"
                    | "firmly"
                    | "also"
            ))
    {
        k -= 1;
    }
    let noun = k.checked_sub(1)?;
    if tokens[noun].quoted || !bodies::is_body(tokens[noun].low()) {
        return None;
    }
    let the = (noun.saturating_sub(2)..noun)
        .rev()
        .find(|&j| tokens[j].lower == "the")?;
    if the + 2 < noun || the == 0 {
        return None;
    }
    let telling = tokens[the.saturating_sub(4)..the].iter().any(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "told" | "tells" | "said" | "says" | "argued" | "insisted" | "added"
            )
    });
    telling.then(|| (tokens[the].start, tokens[noun].end))
}

fn party_of(name: &str, role: Option<&str>) -> String {
    match role {
        Some(r) if !r.is_empty() => format!("{name} ({r})"),
        _ => name.to_string(),
    }
}

/// When the claim was made: the day named next to its cue ("said on
/// Wednesday"), else the publication date.
fn claimed_date(r: &Read, published: Option<NaiveDate>) -> Option<NaiveDate> {
    if let Some(at) = r.found.cue_at.or_else(|| r.response.map(|x| x.1)) {
        let cue_start = r.tokens.get(at).map_or(0, |t| t.start);
        let near = r.tokens.get(at + 10).map_or(r.end, |t| t.end);
        let day = r.dates.iter().find(|d| {
            d.start >= cue_start
                && d.start <= near
                && d.from.is_some()
                && d.from == d.to
                && published.is_none_or(|p| d.to <= Some(p))
        });
        if let Some(d) = day {
            return d.from;
        }
    }
    published
}

/// "A senior coalition official said … The official, deputy chancellor
/// Lukas Pichler-Rainer, added …": a sentence that names, after "The
/// official," (a definite role and a comma), the person an unnamed source
/// of the sentence before was. Returns that earlier candidate.
/// "\"We first asked about a pump in 2024 …\"" then "That is how Myfanwy
/// Ferriday, from Threlby, describes her son's wait …": a paragraph that
/// opens by saying whose words the paragraph before quoted gives them to
/// that person, when that paragraph is one quotation and no one was
/// named for it.
fn told_how_before(text: &str, r: &Read, out: &mut Extraction) {
    let Some((s, e)) = super::names::told_how(&r.tokens) else {
        return;
    };
    let name = &text[r.tokens[s].start..r.tokens[e - 1].end];
    let before = text[..r.start].trim_end();
    let from = before.rfind("\n\n").map_or(0, |p| p + 2);
    let para = before[from..].trim();
    let marks = para
        .chars()
        .filter(|c| matches!(c, '"' | '\u{201C}' | '\u{201D}'))
        .count();
    let quoted =
        marks == 2 && para.starts_with(['"', '\u{201C}']) && para.ends_with(['"', '\u{201D}']);
    if !quoted {
        return;
    }
    for c in out.candidates.iter_mut().rev() {
        if c.start < from {
            break;
        }
        if c.speaker.is_none() {
            c.speaker = Some(name.to_string());
            c.kind = Kind::DirectQuote;
            c.cue = Some("quotation".into());
        }
    }
}

fn unnamed_before(text: &str, r: &Read, out: &Extraction) -> Option<usize> {
    if !r.found.person {
        return None;
    }
    if let Some(i) = super::attribution::titled_after_unnamed(text, r, &out.candidates) {
        return Some(i);
    }
    let t = &r.tokens;
    let comma = t.iter().take(5).position(|x| x.text == ",")?;
    if t.first()?.lower != "the" || comma < 2 || t[1..comma].iter().any(Token::is_cap) {
        return None;
    }
    let head = t[comma - 1].low();
    let name = r.found.speaker.as_deref()?;
    if !text_after(t, comma).contains(name) {
        return None;
    }
    let i = out.candidates.len().checked_sub(1)?;
    let c = &out.candidates[i];
    let speaker = c.speaker.as_deref()?.to_lowercase();
    // "A senior diplomat", or "The head of Fernside Primary" (a role held
    // somewhere, its holder not named).
    let indefinite = speaker.starts_with("a ")
        || speaker.starts_with("an ")
        || (speaker.starts_with("the ") && speaker.contains(" of "));
    let same_head = speaker.split_whitespace().any(|w| w == head)
        || matches!(
            head,
            "official" | "diplomat" | "envoy" | "source" | "minister" | "aide"
        );
    (r.number - c.sentence <= 2 && c.role.is_none() && indefinite && same_head).then_some(i)
}

/// The words of a sentence after token `i`, joined by spaces.
fn text_after(tokens: &[Token], i: usize) -> String {
    tokens[i + 1..]
        .iter()
        .take(8)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the sentence holds a quoted clause of three words or more: a
/// quotation that opens the sentence, or follows a comma or colon, with a
/// capital ("According to Denisov, \u{201C}We are actively preparing.\u{201D}").
fn quoted_clause(tokens: &[Token]) -> bool {
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].quoted && tokens[i].is_word()) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < tokens.len() && (tokens[j].quoted || tokens[j].is_quote_mark()) {
            j += 1;
        }
        let words = tokens[i..j].iter().filter(|t| t.is_word()).count();
        // Before the quotation mark: nothing, a comma or a colon.
        let mut b = i;
        while b > 0 && tokens[b - 1].is_quote_mark() {
            b -= 1;
        }
        let opens = b == 0 || matches!(tokens[b - 1].text, "," | ":");
        // (not the words of a thing written, quoted by the one who tells
        // of it: "… sent him a text message which read: \"You will regret
        // this.\"")
        let written = b >= 2
            && tokens[b - 1].text == ":"
            && matches!(tokens[b - 2].low(), "read" | "reads" | "reading");
        if words >= 3 && opens && !written && tokens[i].is_cap() {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

/// The answer's own clause when the sentence's quoted words come only in
/// a clause after it: "said he could not confirm the size of the bloom,
/// but that jellyfish had been \"thick in the harbour\"" answers with
/// "he could not confirm the size of the bloom", not the quoted words of
/// the claim after "but". From the answer (`at`) to the comma before
/// "but".
fn answer_before_but(text: &str, tokens: &[Token], at: usize) -> Option<String> {
    let but = (at + 1..tokens.len())
        .find(|&k| tokens[k].lower == "but" && !tokens[k].quoted && tokens[k - 1].lower == ",")?;
    let first_quoted = tokens.iter().position(|t| t.quoted && t.is_word())?;
    (first_quoted > but && but >= at + 3)
        .then(|| collapse(&text[tokens[at].start..tokens[but - 2].end]))
}

/// The text inside quotation marks in a sentence, if any.
fn quoted_words(text: &str, tokens: &[Token]) -> Option<String> {
    let first = tokens.iter().position(|t| t.quoted && t.is_word())?;
    let last = tokens.iter().rposition(|t| t.quoted && t.is_word())?;
    let mut end = tokens[last].end;
    if let Some(t) = tokens
        .get(last + 1)
        .filter(|t| matches!(t.text, "." | "!" | "?" | ","))
    {
        end = t.end;
    }
    Some(
        collapse(&text[tokens[first].start..end])
            .trim_end_matches(',')
            .to_string(),
    )
}

pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A sentence that relates in the past what was offered or agreed for
/// the years ahead: "What was put on the table was 3% this year and 1.5%
/// next year", "The deal was worth £2m this year and £3m next year". A
/// "was" or "were" before the first "next" or "following", and no word
/// that looks ahead or moves a date ("will", "would", "expected",
/// "postponed until …"), no plan under way ("were considering …") and no
/// start ahead ("from next year"): what was offered can be checked now.
fn related_in_the_past(tokens: &[Token]) -> bool {
    let Some(next) = tokens
        .iter()
        .position(|t| matches!(t.low(), "next" | "following"))
    else {
        return false;
    };
    // ("were considering raising the age from next year": a plan under
    // way, and a start ahead, look ahead.)
    let progressive = tokens[..next].windows(2).any(|p| {
        matches!(p[0].low(), "was" | "were") && p[1].low().len() > 4 && p[1].low().ends_with("ing")
    });
    let start_ahead = next > 0 && matches!(tokens[next - 1].low(), "from" | "by" | "before");
    let Some(told) = tokens[..next]
        .iter()
        .rposition(|t| matches!(t.low(), "was" | "were"))
    else {
        return false;
    };
    // A verb in the present after it tells of the time ahead in a clause
    // of its own: "The plan was approved on Monday and building starts
    // next year", "The ban, which was announced on Monday, takes effect
    // next month".
    let present_after = tokens[told + 1..next].iter().any(|t| {
        matches!(
            t.low(),
            "is" | "are"
                | "starts"
                | "start"
                | "begins"
                | "begin"
                | "opens"
                | "open"
                | "takes"
                | "comes"
                | "goes"
                | "runs"
                | "rises"
                | "falls"
                | "closes"
                | "ends"
                | "applies"
                | "kicks"
                | "launches"
                | "resumes"
                | "returns"
                | "expires"
                | "lapses"
        )
    });
    !present_after
        && !progressive
        && !start_ahead
        && !tokens.iter().any(|t| {
            tells_time_ahead(t.low())
                || matches!(
                    t.low(),
                    "could" | "might" | "may" | "expected" | "due" | "scheduled" | "planned"
                )
        })
}

/// A word that tells a time ahead, or a time moved: "will", "would",
/// "until", "postponed", "delayed", "pushed" back.
fn tells_time_ahead(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "'ll"
            | "would"
            | "shall"
            | "won't"
            | "until"
            | "postponed"
            | "delayed"
            | "moved"
            | "pushed"
            | "deferred"
            | "rescheduled"
    )
}

/// A schedule told as one that was set and is no longer kept, with nothing
/// ahead told in its place: "The £410m line was due to open next spring.",
/// "The Eastern Line was supposed to open in March next year." ("was" or
/// "were", then "due to" or "supposed to"); its dates are no time to check
/// anything at. Not when the sentence tells the time ahead anew: "was due
/// to begin in April but will not now start before September", "which was
/// due to be run tomorrow, has been postponed until December 6".
fn schedule_given_up(tokens: &[Token]) -> bool {
    let given_up = tokens.windows(3).any(|w| {
        !w[0].quoted
            && matches!(w[0].low(), "was" | "were")
            && matches!(w[1].low(), "due" | "supposed")
            && w[2].lower == "to"
    });
    given_up
        && !tokens
            .iter()
            .any(|t| tells_time_ahead(t.low()) || matches!(t.low(), "now" | "instead"))
}

/// A prediction with a modal ("could rise above £150m by the end of the
/// year", "should be able to return at the weekend", "might reopen in
/// May"): its dates ahead are when it can be checked. Not a modal of the
/// past ("could have left on Monday") nor the month ("in May").
fn predicts(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        (matches!(t.low(), "could" | "might" | "should") || t.text == "may")
            && tokens[i + 1..]
                .iter()
                .find(|n| !matches!(n.low(), "not" | "n't" | "also" | "still" | "well"))
                .is_some_and(|n| n.is_word() && n.low() != "have")
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::model::{Kind, ResponseKind};
    use chrono::NaiveDate;

    fn toks(text: &str) -> Vec<super::Token<'_>> {
        let mut html = 0;
        super::super::tokens::tokenize(text, 0, text.len(), &[], &mut html)
    }

    #[test]
    fn a_headline_quoting_an_answer_gives_no_response_of_its_own() {
        let text = "\"No, that is not true\": housing minister on overspend claims\n\nJULIA BRANDT: Did your department overspend by £400 million?\n\nKWAME ASANTE: No, that is not true. We came in £30 million under budget.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let all: Vec<_> = x
            .candidates
            .iter()
            .flat_map(|c| c.responses.iter())
            .chain(x.unattached.iter())
            .collect();
        assert!(
            all.iter()
                .all(|r| !r.sentence_text.contains("housing minister")),
            "{all:#?}"
        );
        // (the body's answer is still read)
        assert!(
            all.iter()
                .any(|r| r.sentence_text.starts_with("No, that is not true.")),
            "{all:#?}"
        );
    }

    #[test]
    fn a_confirmation_may_set_off_an_adverb_before_its_that() {
        let claim = "Ms Fellbright said a caller from Scarsby had told the charity's helpline last week that she had been sent away from a mobile unit three times because nobody was there to operate the machine.\n\nThe trust said it did not recognise that account. ";
        for grant in [
            "It confirmed, however, that the Scarsby unit had been closed on four days in April because of staff sickness.",
            "It acknowledged, though, that the Scarsby unit had been closed on four days in April.",
        ] {
            let x = extract(&format!("{claim}{grant}"), NaiveDate::from_ymd_opt(2026, 5, 14));
            let c = super::super::candidate_with(&x, "sent away");
            assert!(
                c.responses
                    .iter()
                    .any(|r| r.kind == crate::model::ResponseKind::Confirmed),
                "{grant}: {c:#?}"
            );
            // (the grant is no claim of its own)
            assert!(x.candidates.iter().all(|c| c.score < 0.5 || !c.quote.contains("Scarsby unit")), "{grant}");
        }
    }

    #[test]
    fn a_confirmation_that_a_thing_had_been_needs_no_that() {
        let granted = |text: &str, put: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 16));
            super::super::candidate_with(&x, put)
                .responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed)
        };
        // (seen)
        let text = "The local MP, Winnie Gledhill, says she wrote to Cairnlift in 2024 after an earlier stoppage left passengers stranded for two hours.\n\nCairnlift confirmed there had been a stoppage in 2024, but said it had lasted 50 minutes.";
        assert!(granted(text, "earlier stoppage"));
        // The same shape in other words.
        let text = "Residents say a burst main flooded Tarn Lane in March after the council ignored two warnings about a leak.\n\nThe water company confirmed there was a burst main on Tarn Lane in March.";
        assert!(granted(text, "burst main flooded"));
        // Near miss: "there" as a place, not a thing said to have been.
        let text = "Residents say a burst main flooded Tarn Lane in March after the council ignored two warnings about a leak.\n\nThe water company confirmed there a new pumping station on Tarn Lane would open in March.";
        assert!(!granted(text, "burst main flooded"));
    }

    #[test]
    fn a_yes_grants_a_claim_put_without_a_question_mark() {
        let text = |put: &str, answer: &str| {
            format!("ROSHEEN TALLENTIRE: Did you dredge the berth where the copper was found?\n\nTALIESIN MERRIWEATHER: No, we did not.\n\nROSHEEN TALLENTIRE: {put}\n\nTALIESIN MERRIWEATHER: {answer}")
        };
        let kind_of = |put: &str, answer: &str| {
            let x = extract(&text(put, answer), NaiveDate::from_ymd_opt(2026, 6, 10));
            x.candidates
                .iter()
                .find(|c| c.quote.starts_with("You"))
                .and_then(|c| c.responses.first())
                .map(|r| r.kind)
        };
        let put = "You've asked the licensing office to let you dump twice as much silt at the Sandling site.";
        for answer in [
            "We have applied for a variation, yes. I won't go into the figures while it's being considered.",
            "Yes, we have. The application went in last month.",
        ] {
            assert_eq!(
                kind_of(put, answer),
                Some(crate::model::ResponseKind::Confirmed),
                "{answer}"
            );
        }
        // A yes with a negation grants nothing.
        let answer = "We have not applied for anything, yes, I know what the Courier says.";
        assert_ne!(
            kind_of(put, answer),
            Some(crate::model::ResponseKind::Confirmed)
        );
    }

    #[test]
    fn the_words_of_a_thing_written_make_no_direct_quote() {
        let kind = |text: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            x.candidates.first().map(|c| c.kind)
        };
        for text in [
            "The court heard that Brackenbury sent Mr Eggleston a text message on the evening of his dismissal which read: \"You will regret this.\"",
            "Police said a sign put up on the gate in March reads: \"No entry after dark for anyone.\"",
        ] {
            assert_eq!(kind(text), Some(Kind::Reported), "{text}");
        }
        // The speaker's own words after a colon are.
        let text = "The council told the meeting: \"We will not sell the ground.\"";
        assert_eq!(kind(text), Some(Kind::DirectQuote));
    }

    #[test]
    fn a_relative_clause_holds_a_fact_only_by_its_own_figures() {
        for text in [
            "Sandra Pell, 54, who managed the care home until she was dismissed in 2024, denies 11 counts of fraud.",
            "The Royal Thornbury Hospital, which recorded the longest delay of any hospital, at 14 hours, declined to comment.",
        ] {
            assert!(super::relative_fact(&toks(text)), "{text}");
        }
        // Near miss: the figure after the clause's comma is the main
        // clause's.
        let text = "Odalys Arkwrite, 52, who runs Sallowfield Kennels near Falkirby, denies 11 charges of causing unnecessary suffering to animals.";
        assert!(!super::relative_fact(&toks(text)));
        // Near miss: whom a body represents says who speaks.
        let text = "The Garrowfell Estates Group, which represents 14 shooting estates, said it \"utterly rejects\" that claim.";
        assert!(!super::relative_fact(&toks(text)));
    }

    #[test]
    fn the_outlets_note_of_an_interview_is_no_claim() {
        let score_of = |text: &str, words: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 11, 4));
            super::super::candidate_with(&x, words).score
        };
        for note in [
            "The chair of the fire authority, Councillor Grainne Hatchard, was interviewed on Tolvern Breakfast this morning about plans to stop crewing three fire stations overnight.",
            "The childcare minister, Lavinia Tennick, was questioned by Jarvis Carlyon on Radio Saltcote on Tuesday about nursery closures and the cost of funded childcare.",
            "Transport minister Aoife Carragher spoke to David Reilly on The Morning Briefing about the delayed repairs to the Lanmore Bridge.",
        ] {
            let text = format!("{note}\n\nJARVIS CARLYON: Good morning.");
            assert!(score_of(&text, note.get(..30).unwrap_or(note)) < 0.5, "{note}");
        }
        // (a fact beside the interview, or in a clause of its own, stays)
        for claim in [
            "Southmere Water's chief executive, Callista Rainford, was interviewed on Wenmoor Breakfast on Monday morning, a week after the company brought in a hosepipe ban covering 1.2 million customers.",
            "Transport minister Aoife Carragher spoke to David Reilly about the Lanmore Bridge, which has been closed to traffic since September of last year.",
        ] {
            let text = format!("{claim}\n\nJARVIS CARLYON: Good morning.");
            assert!(score_of(&text, claim.get(..30).unwrap_or(claim)) >= 0.5, "{claim}");
        }
    }

    #[test]
    fn a_concession_closing_the_answer_grants_the_claim_put() {
        let text = "Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us. Are the prisons full?\n\nLEO FAIR: They are very busy.\n\nANNA ROSS: The Custodial Staff Association says one in five new prison officers leaves within a year.\n\nLEO FAIR: Too many are leaving in their first year, I accept that. Starting pay went up by 9% in January.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let c = super::super::candidate_with(&x, "one in five");
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed),
            "{c:#?}"
        );
        // (what is accepted must close the sentence: "I accept that the
        // figures are bad" is a claim of its own)
        let text = text.replace(
            "Too many are leaving in their first year, I accept that.",
            "I accept that we have work to do on pay.",
        );
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let c = super::super::candidate_with(&x, "one in five");
        assert!(c.responses.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_concession_opening_the_answer_of_what_was_put_grants_it() {
        let text = "The housing minister, Georgiana Tolhurst, was questioned on The Early Programme about homes.\n\nHere is a transcript of the interview.\n\nKULWANT SOWERBY: In your manifesto you promised 300,000 new homes a year. Last year, 212,000 were completed.\n\nGEORGIANA TOLHURST: I accept we haven't built as many homes as we said we would, and I'm not going to stand here and pretend otherwise. But completions are up 9% on the year before.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let granted = |x: &crate::extract::Extraction| {
            x.candidates.iter().any(|c| {
                c.responses.iter().any(|r| {
                    r.kind == crate::model::ResponseKind::Confirmed
                        && r.sentence_text.starts_with("I accept")
                })
            })
        };
        assert!(granted(&x), "{x:#?}");
        // The same shape in other words.
        let text = "The health minister, Leo Fair, was questioned on Radio Tolvern about the ward.\n\nHere is a transcript of the interview.\n\nANNA ROSS: The Riverside ward closed to new patients twice this winter. Nurses say it was short of six staff.\n\nLEO FAIR: We admit that the ward closed twice, but it is open today.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 11));
        assert!(
            x.candidates.iter().any(|c| c
                .responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed)),
            "{x:#?}"
        );
        // Near miss: a concession naming nothing that was put is a claim
        // of its own.
        let text = text.replace(
            "We admit that the ward closed twice, but it is open today.",
            "We admit that recruitment has been slow in the north, but it is improving.",
        );
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 11));
        assert!(
            x.candidates.iter().all(|c| c.responses.is_empty()),
            "{x:#?}"
        );
    }

    #[test]
    fn an_emphatic_did_of_the_verb_put_grants_the_claim_put() {
        let granted = |text: &str, claim: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 1, 20));
            super::super::candidate_with(&x, claim)
                .responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed)
        };
        let text = "The transport minister, Hadiza Cartwright, was questioned on Seaboard Breakfast about the bridge.\n\nEDMUND JOWETT: Minister, the toll for a car on the Kelvering Bridge went up from \u{a3}4.20 to \u{a3}5.60 in January. Why?\n\nHADIZA CARTWRIGHT: It did go up, and I know it has hit people hard. But tolls had been frozen since 2019.";
        assert!(granted(text, "went up from"));
        // The same shape in other words.
        let text = "The health minister, Leo Fair, was questioned on Radio Tolvern about the ward.\n\nANNA ROSS: Minister, your trust closed the Riverside ward to new patients twice this winter. Why?\n\nLEO FAIR: It did close, twice, and I regret that. Staffing was the reason.";
        assert!(granted(text, "closed the Riverside ward"));
        // Near misses: "did not", and an emphatic "did" of another verb.
        let no = text.replace("It did close, twice,", "It did not close twice,");
        assert!(!granted(&no, "closed the Riverside ward"));
        let other = text.replace("It did close, twice,", "It did struggle, twice,");
        assert!(!granted(&other, "closed the Riverside ward"));
    }

    #[test]
    fn a_promise_not_to_pretend_otherwise_grants_the_claim_put() {
        for answer in [
            "It is slower, and I won't pretend otherwise.",
            "It's a significant rise, I'm not going to pretend otherwise.",
        ] {
            let text = format!("Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us. Why are you cutting night crews?\n\nLEO FAIR: We have to set a legal budget.\n\nANNA ROSS: Under your plan the average response at night would be eleven minutes, four minutes slower than now.\n\nLEO FAIR: {answer} We are recruiting 40 more firefighters.");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 11));
            let c = super::super::candidate_with(&x, "four minutes slower");
            assert!(
                c.responses
                    .iter()
                    .any(|r| r.kind == crate::model::ResponseKind::Confirmed),
                "{answer}: {c:#?}"
            );
        }
        // (pretending in a question, or with no negation, grants nothing)
        let words = ["we", "will", "pretend", "otherwise"];
        assert!(!super::pretends_no_otherwise(&words));
    }

    #[test]
    fn a_greeting_alone_leaves_the_answer_after_it_opening_the_turn() {
        // Round 45's turn: the verdict after "Good morning." answers the
        // figure put.
        let text = "Vevina Osgathorpe, the farming minister, was interviewed by Colwyn Fanshaw.\n\nCOLWYN FANSHAW: Good morning, minister. Around 9,000 farmers in England are still waiting for payments that were due in March. Why?\n\nVEVINA OSGATHORPE: Good morning. The figure is lower than that. On Friday, 6,400 farmers still had payments outstanding.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "9,000 farmers");
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Denied
                    && r.quote.contains("lower than that")),
            "{x:#?}"
        );
        // Other words: thanks and an address, then a grant closed by its
        // yes, whose clause after "but" is a claim of its own.
        let text = "Ade Moss, the council leader, was interviewed by Rhian Pugh.\n\nRHIAN PUGH: Your officials have drawn up plans to shut the Fenby library next year.\n\nADE MOSS: Thank you, Rhian. Those plans exist, yes, but the library will stay open until a consultation in May.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "Fenby library");
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed
                    && r.quote.starts_with("Those plans exist")),
            "{x:#?}"
        );
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("stay open until")));
        // Near miss: a sentence that says more than a greeting is the
        // opening; what follows it does not open the turn.
        let text = "Ade Moss, the council leader, was interviewed by Rhian Pugh.\n\nRHIAN PUGH: Your officials have drawn up plans to shut the Fenby library next year.\n\nADE MOSS: Good morning, and thank you for having me on the programme today. The figure is lower than that.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "Fenby library");
        assert!(c.responses.is_empty(), "{x:#?}");
    }

    #[test]
    fn a_yes_opens_or_closes_a_turn_with_no_negation() {
        let says_yes = |turn: &str| {
            let mut html = 0;
            let tokens = super::super::tokens::tokenize(turn, 0, turn.len(), &[], &mut html);
            super::says_yes(&tokens)
        };
        for turn in [
            "PETER HALE: Yes, we did.",
            "PETER HALE: Well, yes.",
            "PETER HALE: It is broadly right, yes.",
            // (round 45: the first clause closed by its yes, and other words)
            "VEVINA OSGATHORPE: Those plans exist, yes, but nobody will be asked to pay money back while their own payment is late.",
            "PETER HALE: We met them twice, yes, and we told them so.",
        ] {
            assert!(says_yes(turn), "{turn}");
        }
        for turn in [
            "PETER HALE: We haven't cut a single post, yes.",
            "PETER HALE: Yesterday, yes, no.",
            "PETER HALE: Well, we will see.",
            // (a negation in the clause the yes closes; a yes inside a list)
            "PETER HALE: We never met them, yes, but we wrote to them.",
            "PETER HALE: Perhaps, yes, but it is far too early to say.",
        ] {
            assert!(!says_yes(turn), "{turn}");
        }
    }

    #[test]
    fn a_turn_that_goes_on_after_a_phrase_of_time_does_not_replace_the_claim_put() {
        for goes_on in [
            "Two years ago it was eleven.",
            "In 2019, that figure was 12.",
        ] {
            let text = format!("The chief constable, Maeve Lindgren, was interviewed by Crispin Fairhurst.\n\nCRISPIN FAIRHURST: Chief Constable, thank you for coming in. Your force took an average of 19 minutes to reach emergency calls last month. {goes_on} What's gone wrong?\n\nMAEVE LINDGREN: I don't accept that figure. It was 14 minutes last month.");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 11));
            let c = super::super::candidate_with(&x, "19 minutes");
            assert!(
                c.responses
                    .iter()
                    .any(|r| r.quote.contains("accept that figure")),
                "{goes_on}: {x:#?}"
            );
        }
    }

    #[test]
    fn an_answer_found_late_in_its_sentence_is_given_by_the_subject_of_its_verb() {
        let text = "Residents claimed the Marston incinerator burned rubbish through the night.\n\nIts operator described the claim as completely untrue.\n\nThe company neither confirmed nor denied the report.\n\nAsked about the Ledger's report, Calloway dismissed it as \"a work of fiction\".\n\nThe trust said the claims made by the families were \"not borne out\" by its own case reviews.";
        assert_eq!(
            super::super::answer_parties(text),
            ["Its operator", "The company", "Calloway", "The trust"]
        );
    }

    #[test]
    fn an_answer_a_teller_relates_is_the_answer_of_the_body_it_names() {
        let parties = |text: &str| -> Vec<String> {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 7, 17));
            x.candidates
                .iter()
                .flat_map(|c| &c.responses)
                .chain(&x.unattached)
                .map(|r| r.party.clone())
                .collect()
        };
        let lead = "Carrowmore Aggregates, which runs the quarry, is on trial at Drumlow Crown Court.\n\nA former worker told the jury that staff routinely cleared blockages without isolating the belt.\n\n";
        for (answer, party) in [
            (
                "Benedict Oakhampton-Wray, for Carrowmore, told the jury the company \"does not accept\" that any warning had been ignored.",
                "Carrowmore Aggregates",
            ),
            (
                "Its barrister said that the company strongly denies the allegations.",
                "Carrowmore Aggregates",
            ),
            // (the teller's own answer, and a body that is no subject of
            // the answer)
            (
                "Benedict Oakhampton-Wray, for Carrowmore, told the jury he did not accept that figure.",
                "Benedict Oakhampton-Wray (for Carrowmore)",
            ),
        ] {
            let text = format!("{lead}{answer}");
            assert_eq!(parties(&text), [party], "{answer}");
        }
    }

    #[test]
    fn a_party_does_not_answer_what_its_own_counsel_put() {
        let text = "Carrowmore Aggregates, which runs the quarry, is on trial at Drumlow Crown Court.\n\nA former worker, Lorcan Abubakar-Finn, told the jury that staff routinely ignored the missing guard.\n\nBenedict Oakhampton-Wray, for Carrowmore, put it to him that he had been sacked by the company in 2024 for repeated lateness.\n\nMr Oakhampton-Wray told the jury the company \"does not accept\" that the guard had been ignored.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 7, 17));
        let answers = |quote: &str| {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(quote))
                .map(|c| c.responses.len())
        };
        assert_eq!(answers("put it to him"), Some(0), "{x:#?}");
        assert_eq!(
            x.candidates
                .iter()
                .map(|c| c.responses.len())
                .sum::<usize>(),
            1,
            "{x:#?}"
        );
    }

    #[test]
    fn no_decision_answers_the_plan_still_being_weighed() {
        let text = "Ministers are considering raising the state pension age to 68 by 2032, two cabinet ministers told Dagsposten.\n\nOpposition leader Halvard Imrie said the change would \"betray a generation\".\n\nThe prime minister's office said no decision had been taken.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 1, 26));
        let c = super::super::candidate_with(&x, "are considering raising");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
        // (with no plan told, the nearest claim, as before)
        let text = "The pension age rose to 67 in 2024, official figures show.\n\nOpposition leader Halvard Imrie said the change would \"betray a generation\".\n\nThe prime minister's office said no decision had been taken.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 1, 26));
        let c = super::super::candidate_with(&x, "betray a generation");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
    }

    #[test]
    fn a_transcript_with_no_introduction_has_its_voices() {
        let text = "Housing committee, 14 May 2026\n\nLENA MARSH: Mr Grant, your company has built 1,200 homes in the borough since 2020. How many were affordable?\n\nDAVID GRANT: About 180.\n\nLENA MARSH: Your planning permission required 360.\n\nDAVID GRANT: That's correct, but the viability assessment reduced it.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = super::super::candidate_with(&x, "required 360");
        assert_eq!(c.speaker.as_deref(), Some("Lena Marsh"), "{x:#?}");
        assert!(
            c.responses.iter().any(
                |r| r.party == "David Grant" && r.kind == crate::model::ResponseKind::Confirmed
            ),
            "{x:#?}"
        );
        // (a line in capitals printed once is no voice)
        let text = "BREAKING NEWS: Harlow Homes paid £40,000 to a councillor's firm in March.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        assert!(x.candidates.iter().all(|c| c.speaker.is_none()), "{x:#?}");
    }

    #[test]
    fn a_pronoun_refusal_after_an_answer_answers_the_same_claim_when_its_matter_shares_a_word() {
        use crate::model::ResponseKind;
        let text = "Staff at the foot clinic at Ashmoor Community Hospital have been told the clinic could close by the end of September, according to two employees.\n\nThe Ashmoor Hospitals Trust said no decision had been taken on the clinic's future. It declined to say whether closure was among the options being considered.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = super::super::candidate_with(&x, "could close");
        let kinds: Vec<_> = c.responses.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![ResponseKind::NonDenial, ResponseKind::Declined],
            "{x:#?}"
        );
        assert_eq!(c.responses[1].party, c.responses[0].party);
        // The same in other words.
        let text = "Parents say the boiler at Fernhill Academy failed twice in January, leaving pupils in coats.\n\nThe Larkspur Schools Trust denied that pupils had been put at risk. It would not say whether the failures had been reported to inspectors.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 2, 10));
        let c = super::super::candidate_with(&x, "failed twice");
        assert_eq!(c.responses.len(), 2, "{x:#?}");
        // Not a matter of its own: "whether he knew the other two
        // defendants" shares no word with the charge.
        let text = "Three men have been charged with conspiracy to steal after police raided four addresses in Worcester.\n\nA lawyer for one of the men, Imelda Crossway, said her client strongly denies any involvement. She declined to say whether he knew the other two defendants.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 2, 10));
        let c = super::super::candidate_with(&x, "charged with conspiracy");
        assert!(
            c.responses.iter().all(|r| r.kind != ResponseKind::Declined),
            "{x:#?}"
        );
    }

    #[test]
    fn the_party_the_outlet_asked_is_the_one_whose_reply_it_has_not_had() {
        let text = "Climber Ewan Rennoch said he had warned a group of climbers at the foot of the gully that the slope was \"loaded and ready to go\".\n\nWe have asked the Dunfallan Mountaineering Club about Mr Rennoch's account and have not yet had a reply.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 2, 10));
        let c = super::super::candidate_with(&x, "warned a group");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
        assert_eq!(c.responses[0].party, "the Dunfallan Mountaineering Club");
        // Not a claim told in the past perfect: "the charity had … not
        // received a reply" answers nothing.
        let text = "The Footcare Trust said the charity had written to the minister three times since March and had not received a reply.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 2, 10));
        assert!(x.unattached.is_empty(), "{x:#?}");
        assert!(
            x.candidates.iter().all(|c| c.responses.is_empty()),
            "{x:#?}"
        );
    }

    #[test]
    fn a_verdict_opening_an_answer_outweighs_a_promise_or_refusal_after_it() {
        let kind_of = |answer: &str| {
            let text = format!("The chief executive of Brackwater Water, Oona Deverell, was interviewed on Midland Mornings.\n\nPETRA LANG: The Rivers Authority is now investigating your company.\n\nOONA DEVERELL: {answer}");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 4, 24));
            let c = super::super::candidate_with(&x, "now investigating");
            c.responses.first().map(|r| r.kind)
        };
        for answer in [
            "That's correct, and we are co-operating fully.",
            "That is right, and we will cooperate fully with the inquiry.",
        ] {
            assert_eq!(
                kind_of(answer),
                Some(crate::model::ResponseKind::Confirmed),
                "{answer}"
            );
        }
        assert_eq!(
            kind_of("That's wrong, and I won't comment further on it."),
            Some(crate::model::ResponseKind::Denied)
        );
        // (with no verdict first, the promise is the answer)
        assert_eq!(
            kind_of("We are co-operating fully with the authority."),
            Some(crate::model::ResponseKind::NonDenial)
        );
    }

    #[test]
    fn an_interviewer_who_speaks_once_puts_the_claim_a_verdict_answers() {
        // (two names in capitals open lines: a dialogue, though the
        // interviewer speaks only once)
        let text = "The energy secretary, Lydia Voss, was interviewed on Morning Report.\n\nTOM REID: The Clarion reported this morning that your department cut the insulation budget by 40% last year. Is that true?\n\nLYDIA VOSS: With respect, that's not right.";
        let x = super::super::extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let claim = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("insulation budget"))
            .expect("the claim put is proposed");
        assert_eq!(claim.via, vec!["Tom Reid".to_string()]);
        assert_eq!(claim.responses.len(), 1, "{:#?}", x.candidates);
        assert_eq!(claim.responses[0].kind, crate::model::ResponseKind::Denied);
        // (one label alone is no dialogue: "BREAKING NEWS:" opens no voice)
        let text = "BREAKING NEWS: The council has cut the library budget by 40%.";
        let x = super::super::extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(x.candidates.iter().all(|c| c.via.is_empty()));
    }

    #[test]
    fn a_short_follow_up_naming_an_earlier_claim_of_the_turn_asks_of_it() {
        let text = "The chief executive of the port, Taliesin Merriweather, was questioned on Ellesmouth Breakfast about the dredging.\n\nHere is a transcript of the interview.\n\nROSHEEN TALLENTIRE: Crab fishermen at Sandling say their catches have halved since you started dumping spoil there in June. One of them, Tam Gillray, told this programme that a member of your own survey crew had told him the spoil was drifting inshore.\n\nTALIESIN MERRIWEATHER: I'm not going to comment on second-hand conversations.\n\nROSHEEN TALLENTIRE: And the catches?\n\nTALIESIN MERRIWEATHER: Yes, they are down.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let c = super::super::candidate_with(&x, "catches have halved");
        assert!(
            c.responses
                .iter()
                .any(|r| r.quote.contains("they are down")),
            "{x:#?}"
        );
        // The same shape in other words.
        let text = "The council leader, Leo Fair, was questioned on Radio Tolvern about the school.\n\nHere is a transcript of the interview.\n\nANNA ROSS: Parents say the school's roof has leaked since March. The head, Joan Pell, told us the council had ignored three letters.\n\nLEO FAIR: I won't discuss private letters.\n\nANNA ROSS: And the roof?\n\nLEO FAIR: Yes, it has leaked.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let c = super::super::candidate_with(&x, "roof has leaked");
        assert!(
            c.responses
                .iter()
                .any(|r| r.quote.contains("it has leaked")),
            "{x:#?}"
        );
        // Near miss: a follow-up naming no word of the earlier claim goes
        // on asking of the last one put.
        let text = text.replace("And the roof?", "And the letters?");
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 11));
        let c = super::super::candidate_with(&x, "roof has leaked");
        assert!(c.responses.is_empty(), "{c:#?}");
    }

    /// The claim that holds the response quoted `answer`, in `text`
    /// published on the date given as year, month and day.
    fn claim_answered(text: &str, answer: &str, (y, m, d): (i32, u32, u32)) -> Option<String> {
        let x = extract(text, NaiveDate::from_ymd_opt(y, m, d));
        x.candidates
            .iter()
            .find(|c| c.responses.iter().any(|r| r.quote == answer))
            .map(|c| c.quote.clone())
    }

    #[test]
    fn a_bare_yes_or_no_to_a_deed_asked_answers_only_a_claim_in_its_verb() {
        let answered = |text: &str, answer: &str| claim_answered(text, answer, (2026, 10, 11));
        // (seen: a report put, a refusal, then a question of the guest's
        // own deed)
        let text = "The digital minister, Perdita Onwuachi-Haldane, was questioned on Tallowmere Today about the collapse of Fibrelane.\n\nHere is a transcript of the interview.\n\nCADFAEL ROSSCARRICK: The Tallowmere Record reported on Friday that your department was warned in March that Fibrelane could not pay its subcontractors.\n\nPERDITA ONWUACHI-HALDANE: I'm not going to comment on commercial discussions while the administrators are doing their work.\n\nCADFAEL ROSSCARRICK: Did you see that warning yourself?\n\nPERDITA ONWUACHI-HALDANE: No, I didn't. The first I knew of it was when I read the newspaper.";
        assert_eq!(answered(text, "No, I didn't."), None);
        // The same shape in other words.
        let text = "The chief executive of the port, Taliesin Merriweather, was questioned on Ellesmouth Breakfast about the dredging.\n\nHere is a transcript of the interview.\n\nROSHEEN TALLENTIRE: The Ellesmouth Courier reported last week that samples taken by your own contractor in August found copper at four times the level allowed.\n\nTALIESIN MERRIWEATHER: That's not correct.\n\nROSHEEN TALLENTIRE: But you did receive those results?\n\nTALIESIN MERRIWEATHER: Yes, we did. We had them in September.";
        assert_eq!(answered(text, "Yes, we did."), None);
        // Near misses: a claim told in the verb asked is answered, and so
        // is one put by a question that asks no deed of the guest.
        let text = "The digital minister, Perdita Onwuachi-Haldane, was questioned on Tallowmere Today about the collapse of Fibrelane.\n\nHere is a transcript of the interview.\n\nCADFAEL ROSSCARRICK: The Tallowmere Record reported on Friday that your department received a warning in March that Fibrelane could not pay its subcontractors.\n\nPERDITA ONWUACHI-HALDANE: I'm not going to comment on commercial discussions while the administrators are doing their work.\n\nCADFAEL ROSSCARRICK: Did you receive that warning yourself?\n\nPERDITA ONWUACHI-HALDANE: No, I didn't. The first I knew of it was when I read the newspaper.";
        assert!(answered(text, "No, I didn't.").is_some_and(|q| q.contains("received a warning")));
        let text = "The digital minister, Perdita Onwuachi-Haldane, was questioned on Tallowmere Today about the collapse of Fibrelane.\n\nHere is a transcript of the interview.\n\nCADFAEL ROSSCARRICK: The Tallowmere Record reported on Friday that your department was warned in March that Fibrelane could not pay its subcontractors. Is that true?\n\nPERDITA ONWUACHI-HALDANE: No, it isn't. The first I knew of it was when I read the newspaper.";
        assert!(answered(text, "No, it isn't.").is_some_and(|q| q.contains("was warned")));
    }

    #[test]
    fn a_question_after_several_statements_puts_the_one_it_names() {
        let text = "The digital minister, Owen Blake, was interviewed by Sara Quinn about rural broadband.\n\nSARA QUINN: Minister, your department promised that every home would have gigabit broadband by 2025. Only 40% of rural homes have it. Isn't that a broken promise?\n\nOWEN BLAKE: No, it isn't. The target was always for 2030.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 25));
        let c = super::super::candidate_with(&x, "department promised");
        assert!(
            c.responses.iter().any(|r| r.quote == "No, it isn't."),
            "{x:#?}"
        );
    }

    #[test]
    fn a_verdict_on_the_figure_answers_the_number_the_turn_put() {
        let text = "Leo Farrant, of Brynmor Water, was questioned by the committee.\n\nORLA REID: Your company discharged untreated sewage into rivers for more than 41,000 hours last year. No other water company in the region comes close. Do you accept that?\n\nLEO FARRANT: The figure is correct, Chair. But most of those discharges happened during storms.\n\nORLA REID: Thank you.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 13));
        let c = super::super::candidate_with(&x, "41,000 hours");
        assert!(
            c.responses
                .iter()
                .any(|r| r.quote.starts_with("The figure is correct")),
            "{x:#?}"
        );
    }

    #[test]
    fn a_verdict_on_a_figure_put_back_alone_answers_the_claim_that_told_it() {
        // (seen: "Two hundred and eighty jobs. Is that the final number?"
        // after the interviewer's lead told of "the loss of 280 jobs")
        let text = "Professor Rannulf Pybus, the vice-chancellor, was interviewed by Greer Tillotson.\n\nTILLOTSON: The University of Chalcott is to close its departments of music, modern languages and archaeology, with the loss of 280 jobs. Staff were told on Monday.\n\nPYBUS: Good morning.\n\nTILLOTSON: Two hundred and eighty jobs. Is that the final number?\n\nPYBUS: That's right, 280 posts. About 60 of them are vacant at the moment.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 9, 17));
        let c = super::super::candidate_with(&x, "the loss of 280 jobs");
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed
                    && r.quote.starts_with("That's right")),
            "{x:#?}"
        );
        assert!(!x
            .candidates
            .iter()
            .any(|c| c.quote.starts_with("Two hundred") && c.score >= 0.5));
        // The same shape in other words.
        let text = "Dr Ada Okafor, the trust's medical director, was interviewed by Mara Fell.\n\nFELL: The trust cancelled 1,900 operations last winter because of a shortage of anaesthetists.\n\nOKAFOR: Good evening.\n\nFELL: 1,900 operations. Do you accept that?\n\nOKAFOR: Correct, 1,900 operations. Most were rebooked within a month.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 9, 17));
        let c = super::super::candidate_with(&x, "cancelled 1,900 operations");
        assert!(
            c.responses
                .iter()
                .any(|r| r.kind == crate::model::ResponseKind::Confirmed),
            "{x:#?}"
        );
    }

    #[test]
    fn the_one_the_page_says_was_questioned_answers_every_other_voice() {
        // (no question mark in the first turn: a committee member puts a
        // report to the witness)
        let text = "The chief executive of Brynmor Water, Leo Farrant, was questioned by the committee on Tuesday about sewage spills and the company's business plan for bills.\n\nORLA REID: Mr Farrant, the Talvern Echo reported this morning that you are planning to raise bills by 19% from April.\n\nLEO FARRANT: I'm not going to comment on a business plan the regulator hasn't seen.\n\nORLA REID: Thank you.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 10, 13));
        let c = super::super::candidate_with(&x, "raise bills by 19%");
        assert_eq!(c.speaker.as_deref(), Some("the Talvern Echo"), "{x:#?}");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
        // (with the role the lead gives him before his name)
        assert_eq!(
            c.responses[0].party, "Leo Farrant (chief executive of Brynmor Water)",
            "{x:#?}"
        );
    }

    fn check_after(text: &str) -> Option<NaiveDate> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates.first().and_then(|c| c.check_after)
    }

    #[test]
    fn what_the_asker_says_the_one_questioned_said_is_theirs_told_by_the_asker() {
        // Round 45's turn, the guest named only by the labels.
        let text = "Transcript: Farming minister questioned over delayed payments\n\nCOLWYN FANSHAW: Good morning, minister.\n\nVEVINA OSGATHORPE: Good morning.\n\nCOLWYN FANSHAW: You announced in January that payment rates would rise by 8% next year. Is that still happening?\n\nVEVINA OSGATHORPE: Yes, it is.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "rise by 8%");
        assert_eq!(c.speaker.as_deref(), Some("Vevina Osgathorpe"));
        assert_eq!(c.kind, Kind::Paraphrase);
        assert_eq!(c.via, vec!["Colwyn Fanshaw".to_string()]);
        // Other words: "You told the committee last year that …".
        let text = "ANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: You told the committee last year that 40 new wards would open by March. Have they?\n\nPETER HALE: Not all of them.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "40 new wards");
        assert_eq!(c.speaker.as_deref(), Some("Peter Hale"));
        // Near miss: what the asker says of the one questioned, not said by
        // them, is the asker's own.
        let text = "ANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: You closed 40 wards last year. Why?\n\nPETER HALE: We did not.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "40 wards");
        assert_eq!(c.speaker.as_deref(), Some("Anna Ross"));
        let text = "ANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: You said nothing about the 40 wards in your statement to the committee last year. Why?\n\nPETER HALE: We did.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "40 wards");
        assert_eq!(c.speaker.as_deref(), Some("Anna Ross"));
        let text = "ANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: You said nothing about that to the committee, and 40 wards closed last year. Why?\n\nPETER HALE: We did.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 17));
        let c = super::super::candidate_with(&x, "40 wards");
        assert_eq!(c.speaker.as_deref(), Some("Anna Ross"));
    }

    #[test]
    fn a_transcript_turn_is_quoted_without_its_speaker_label() {
        let text = "Transcript of a press conference, 22 August 2026\n\n\
            SOFIA MENDES (RTV Sul): Chief, residents told us the order came two hours after the fire reached the village. Is that true?\n\n\
            CHIEF CARVALHAL: No, that's wrong.\n\n\
            CHIEF CARVALHAL: The order for Ribaforte was issued at 14:10 on Thursday, 40 minutes before the fire reached the first houses.\n\n\
            Q: Did 1,150 firefighters really reach the valley by Friday?\n";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        let order = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("issued at 14:10"))
            .expect("the chief's answer is proposed");
        assert!(
            order.quote.starts_with("The order for Ribaforte"),
            "{}",
            order.quote
        );
        // No list of speakers gives the chief's full name: the label names him.
        assert_eq!(order.speaker.as_deref(), Some("Chief Carvalhal"));
        let put = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("two hours after"))
            .expect("the question's claim is proposed");
        assert!(put.quote.starts_with("Chief, residents"), "{}", put.quote);
        // The quote is the article's own words at the place it gives.
        for c in &x.candidates {
            assert_eq!(&text[c.start..c.end], c.quote, "{c:#?}");
            assert!(
                !c.quote.starts_with("CHIEF") && !c.quote.starts_with("Q:"),
                "{}",
                c.quote
            );
        }
        let denial = x
            .candidates
            .iter()
            .flat_map(|c| &c.responses)
            .chain(&x.unattached)
            .find(|r| r.quote.contains("wrong"))
            .expect("the chief's verdict is a response");
        assert_eq!(denial.quote, "No, that's wrong.");
    }

    #[test]
    fn a_fact_in_a_relative_clause_of_an_answer_is_the_outlets_claim() {
        let p = NaiveDate::from_ymd_opt(2026, 3, 17);
        for (text, part) in [
            (
                "Sandra Pell, 54, who managed the Beechwood House care home in Kettering until she was dismissed in 2024, denies 11 counts of fraud by abuse of position.",
                "who managed the Beechwood House",
            ),
            (
                "Kieran Doyle-Hart, the managing director of Doyle-Hart Access Ltd, denies manslaughter over the death of Jamie Preece, who fell 14 metres from scaffolding at a building site in Westmere on 9 August 2024.",
                "who fell 14 metres",
            ),
            (
                "Tom Furlow, who founded the business in 2004 with a single lorry, rejected the claims.",
                "who founded the business",
            ),
        ] {
            let x = extract(text, p);
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(part))
                .unwrap_or_else(|| panic!("no candidate: {text}"));
            assert!(c.speaker.is_none(), "{text}: {:?}", c.speaker);
            assert!(c.score >= 0.5, "{text}: {}", c.score);
        }
        // An answer with no figure in its relative clause proposes nothing.
        let x = extract("Tom Furlow, who runs the business, rejected the claims.", p);
        assert!(x.candidates.iter().all(|c| c.score < 0.5));
    }

    #[test]
    fn what_a_source_is_told_to_have_said_is_proposed_over_a_bare_quote() {
        let x = extract(
            "The council said spare parts for the cremators were no longer made.\n\n\"Spare parts for the cremators are no longer made,\" the council said.\n\nThe Echo said it stood by its reporting.",
            NaiveDate::from_ymd_opt(2026, 3, 1),
        );
        let score = |words: &str| {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .map(|c| c.score)
                .unwrap()
        };
        assert!(score("were no longer made") >= 0.5, "{x:#?}");
        assert!(score("are no longer made") < 0.5, "{x:#?}");
        // (not a teller's trust in its own telling)
        assert!(score("stood by its reporting") < 0.5, "{x:#?}");
    }

    #[test]
    fn a_promise_kept_until_a_time_is_checked_then() {
        // (seen: a union officer on a cement works)
        assert_eq!(
            check_after("Its regional officer, Wynessa Mellanby, said the company had given the workforce a written commitment in 2024 to keep the kiln open until at least 2030."),
            NaiveDate::from_ymd_opt(2030, 12, 31)
        );
        // Other words.
        assert_eq!(
            check_after("The council had given residents an undertaking in 2023 to keep the library open until 2028."),
            NaiveDate::from_ymd_opt(2028, 12, 31)
        );
        // Near misses: a year after "until" with no promise, told in the
        // past perfect, and a promise with no "until".
        assert_eq!(
            check_after("The firm had leased the site until 2030, the union said."),
            None
        );
        assert_eq!(
            check_after("The company had given a written commitment in 2024 to invest in 2030."),
            None
        );
        // (nor a promise refused or broken, nor "committed" in its other
        // sense)
        for text in [
            "The union said the company had refused to give any guarantee to keep the plant open until 2030.",
            "The union said the company had given a written commitment to keep the kiln open until 2030 but closed it in March.",
            "The court heard he had committed the offences in 2024 and was remanded in custody until 2027.",
        ] {
            assert_eq!(check_after(text), None, "{text}");
        }
    }

    #[test]
    fn a_schedule_given_up_sets_no_time_to_check() {
        let d = NaiveDate::from_ymd_opt;
        for text in [
            "The new bridge was due to open next spring.",
            "The Harbour Line was supposed to open in March next year.",
        ] {
            assert_eq!(check_after(text), None, "{text}");
        }
        // Not when the sentence tells the time ahead anew.
        assert_eq!(
            check_after("The new bridge was due to open next spring but will not now open before September 2027."),
            d(2027, 9, 30)
        );
        assert_eq!(
            check_after("The bridge is due to open next spring."),
            d(2027, 5, 31)
        );
    }

    #[test]
    fn a_day_named_by_its_date_ahead_is_checked_after_in_the_past_perfect() {
        let d = NaiveDate::from_ymd_opt;
        // Seen (printed on 10 June).
        assert_eq!(
            check_after("Kostelac said Sirenko had been summoned to appear before the committee on June 26."),
            d(2026, 6, 26)
        );
        // The same in other words.
        assert_eq!(
            check_after("The inspectors had been booked for a return visit on 3 July."),
            d(2026, 7, 3)
        );
        // Near misses: a month or a weekday in the past perfect, and a day
        // behind publication.
        for text in [
            "Residents had been warned of the works in August.",
            "Leaders put off a parliamentary vote that had been set for Thursday.",
            "The two sides had met in Geneva on 3 June.",
        ] {
            assert_eq!(check_after(text), None, "{text}");
        }
    }

    #[test]
    fn a_prediction_with_a_modal_and_an_undertaking_can_be_checked_after_their_dates() {
        let d = NaiveDate::from_ymd_opt;
        assert_eq!(
            check_after("Analysts at Fernbank estimate that the group's debt could rise above £90m by the end of the year."),
            d(2026, 12, 31)
        );
        assert_eq!(
            check_after(
                "The agency said 4,000 households might be reconnected by the end of August."
            ),
            d(2026, 8, 31)
        );
        assert_eq!(
            check_after("Ministers of the four states agreed on Tuesday to open the 300km rail link by 2031."),
            d(2031, 12, 31)
        );
        assert_eq!(
            check_after("Votes are being counted in 30 wards tonight, with the other 12 wards counting on Friday."),
            d(2026, 6, 12)
        );
        assert_eq!(
            check_after("Sales at the 40 shops have risen by 12% this year."),
            None
        );
        assert_eq!(
            check_after("The 2030 Games were awarded to Kells by 40 votes to 12."),
            None
        );
        // A month or a season ahead, read so from the words, is.
        assert_eq!(
            check_after("All 48 seats on the council are up for election in May."),
            d(2027, 5, 31)
        );
        assert_eq!(
            check_after("The new library opens in the autumn."),
            d(2026, 11, 30)
        );
        assert_eq!(check_after("Sales fell in May, the company said."), None);
        // A deadline or an end ahead is, whatever its length, and a duty
        // told in the past is no past perfect.
        assert_eq!(
            check_after(
                "The council said the authority had to find £6.2 million of savings by April 2027."
            ),
            d(2027, 4, 30)
        );
        assert_eq!(
            check_after("Cleaning of the 12 blocks is carried out by Stennard Facilities, whose contract runs until March 2028."),
            d(2028, 3, 31)
        );
        // (not what had been done by then, nor an end behind)
        assert_eq!(
            check_after("The council said it had found £6.2 million of savings by April 2027."),
            None
        );
        assert_eq!(
            check_after("The 12 blocks were cleaned by Stennard Facilities until March 2025."),
            None
        );
        // A point ahead is.
        assert_eq!(
            check_after("The 12 ministers will meet again in ten days, the agency said."),
            d(2026, 6, 20)
        );
        // A length of time is no date to check after.
        assert_eq!(
            check_after("Nine of the 40 depots could close within three years, the union said."),
            None
        );
        // A modal of the past, and a plain past, are no predictions.
        assert_eq!(
            check_after(
                "Police said the driver could have left the 24-hour depot by the end of May."
            ),
            None
        );
        assert_eq!(
            check_after("The council spent £4m on the 12 pools by the end of May."),
            None
        );
    }

    #[test]
    fn a_term_that_comes_round_again_can_be_checked_when_it_does() {
        let d = NaiveDate::from_ymd_opt;
        assert_eq!(
            check_after(
                "The operator's franchise to run the 14 routes comes up for renewal in March."
            ),
            d(2027, 3, 31)
        );
        assert_eq!(
            check_after("Its 25-year lease on the harbour site runs out in September."),
            d(2026, 9, 30)
        );
        assert_eq!(
            check_after(
                "The chief constable's contract is up for review in October, the board said."
            ),
            d(2026, 10, 31)
        );
        // A month a record covers is behind; the schedule ahead is when to check.
        assert_eq!(
            check_after("Waiting-list figures for May are due to be released next month."),
            d(2026, 7, 31)
        );
        // "by the end of" a year is its last day.
        assert_eq!(
            check_after(
                "The ministry says the 40 wind farms will be connected by the end of 2029."
            ),
            d(2029, 12, 31)
        );
    }

    #[test]
    fn an_offer_for_the_years_ahead_related_in_the_past_is_checkable_now() {
        for text in [
            "What was put on the table was 3% this year and 1.5% next year, tied to the loss of 1,200 jobs.",
            "The deal was worth £2m this year and £3m the following year, the union said.",
        ] {
            assert_eq!(check_after(text), None, "{text}");
        }
        // What will happen, or a date that was moved, is still checked after.
        for text in [
            "Fares will rise 3% this year and 1.5% next year.",
            "The opening of the 12-mile line was postponed until next year.",
            "Ministers were considering raising the legal age for buying vapes to 21 from next year.",
            "The 40 stations were to be closed by next year.",
            // A clause of its own in the present after the past one.
            "The plan was approved on Monday and building on the 300 homes starts next year.",
            "The ban, which was announced on Monday, takes effect for 2,000 drivers next month.",
        ] {
            assert!(check_after(text).is_some(), "{text}");
        }
    }

    #[test]
    fn an_answer_on_the_first_of_two_claims_put_answers_the_first() {
        let answered = |text: &str, answer: &str| claim_answered(text, answer, (2026, 3, 3));
        // (seen: two reports put, then "Is either of those true?")
        let text = "Here is a transcript of the interview.\n\nFENWYN TRENOWETH: Minister, do you accept that premiums have risen?\n\nYORICK MALLENBY: Yes, I do.\n\nFENWYN TRENOWETH: The Castleward Courier reported on Saturday that you personally overruled officials who wanted the extension delayed by a year. It also says your department was warned in November that insurers would add up to \u{a3}40 to every household policy to pay for it. Is either of those true?\n\nYORICK MALLENBY: The first is simply untrue. The decision was taken by the whole ministerial team in January.";
        assert!(answered(text, "The first is simply untrue.")
            .is_some_and(|q| q.contains("overruled officials")));
        // The same shape in other words.
        let text = "Here is a transcript of the interview.\n\nANNA ROSS: Will the pool reopen this year?\n\nGARETH MOLE: We hope so.\n\nANNA ROSS: The Gazette says the repairs will cost \u{a3}4m. Campaigners say the council ignored a survey in 2023 that found the roof was failing. Are those claims right?\n\nGARETH MOLE: On the first, that figure is wrong.";
        assert!(answered(text, "On the first, that figure is wrong.")
            .is_some_and(|q| q.contains("will cost")));
        // Near miss: "the first thing to say", not the first of the things
        // put, leaves the answer to the claim just put.
        let text = "Here is a transcript of the interview.\n\nANNA ROSS: Will the pool reopen this year?\n\nGARETH MOLE: We hope so.\n\nANNA ROSS: The Gazette says the repairs will cost \u{a3}4m. Campaigners say the council ignored a survey in 2023 that found the roof was failing. Are those claims right?\n\nGARETH MOLE: The first thing to say is that the survey was wrong.";
        assert!(
            answered(text, "The first thing to say is that the survey was wrong.")
                .is_some_and(|q| q.contains("ignored a survey"))
        );
        let text = text.replace("The first thing to say", "The first point I would make");
        assert!(answered(
            &text,
            "The first point I would make is that the survey was wrong."
        )
        .is_some_and(|q| q.contains("ignored a survey")));
    }

    #[test]
    fn no_decision_taken_to_a_claim_that_one_was_denies_it() {
        let kind_on = |text: &str, answer: &str, claim: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 7, 9));
            x.candidates
                .iter()
                .find(|c| c.quote.contains(claim))
                .and_then(|c| c.responses.iter().find(|r| r.quote.contains(answer)))
                .map(|r| r.kind)
        };
        // (seen)
        let text = "Campaigners from the Keep Pentreath Open group say the decision has already been taken and the consultation is a formality.\n\n\u{201C}No decision has been made, and we want to hear from as many people as possible,\u{201D} a spokesman for the board said.";
        assert_eq!(
            kind_on(text, "No decision has been made", "already been taken"),
            Some(ResponseKind::Denied)
        );
        // The same shape in other words.
        let text = "The union accused the company of deciding on the closure in May and then telling workers in June that the plant had a long future.\n\nThe company said no final decision had been taken until the board met last week.";
        assert_eq!(
            kind_on(text, "no final decision", "deciding on the closure"),
            Some(ResponseKind::Denied)
        );
        // Near misses: to a plan reported, or a decision still to come, no
        // decision taken is no denial.
        let text = "Staff at the trust's foot clinic have been told the clinic could close by the end of September.\n\nThe trust said no decision had been taken on the clinic's future.";
        assert_eq!(
            kind_on(text, "no decision had been taken", "could close"),
            Some(ResponseKind::NonDenial)
        );
        for told in [
            "Campaigners say the board has not decided whether the clinic will close, but that staff have been told to expect the worst.",
            "Campaigners say the board hasn't decided whether the clinic will close, but that staff have been told to expect the worst.",
            "Campaigners say the future of the clinic is yet to be decided, but that staff have been told to expect the worst.",
            "The council decided in March to review all of its clinics, and staff have been told to expect the worst.",
        ] {
            let text = format!("{told}\n\nThe trust said no decision had been taken on the clinic's future.");
            assert_eq!(
                kind_on(&text, "no decision had been taken", "expect the worst"),
                Some(ResponseKind::NonDenial),
                "{told}"
            );
        }
    }

    #[test]
    fn a_live_blog_signing_off_is_no_claim() {
        let score_of = |text: &str, words: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 23));
            x.candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .map(|c| c.score)
        };
        // (seen)
        let text = "19.02 Firefighters have left the cold store, and the road has reopened.\n\n19.30 We're wrapping up our live coverage for today. Here are the main points:";
        assert_eq!(score_of(text, "wrapping up"), Some(0.0));
        // The same shape in other words.
        let text = "22.10 This live blog has now closed.\n\n22.12 We are pausing our live coverage and will be back at 7am.";
        assert_eq!(score_of(text, "has now closed"), Some(0.0));
        assert_eq!(score_of(text, "pausing"), Some(0.0));
        // Near misses: a fact told with it, or of the coverage, is weighed
        // as ever.
        let text = "19.30 We're wrapping up our live coverage after a night in which 40 homes were flooded and the ring road was closed for six hours.\n\n19.35 Our live coverage has shown flooding in 40 streets since Monday.";
        assert!(score_of(text, "40 homes").is_some_and(|s| s > 0.0));
        assert!(score_of(text, "flooding in 40 streets").is_some_and(|s| s > 0.0));
    }
}

#[cfg(test)]
mod contrast_tests {
    use super::super::tokens::tokenize;

    #[test]
    fn a_contrast_is_no_denial_of_the_claim_put() {
        let toks = |text: &'static str| tokenize(text, 0, text.len(), &[], &mut 0);
        // (seen: a witness answering a question about a bonus)
        let claim = "Mr Greave received a bonus of £620,000 for 2025";
        let t = toks("The bonus was set against targets that included customer service, not only environmental performance.");
        assert!(!super::negates(&t, claim));
        let t = toks("The bonus was not paid by customers.");
        assert!(super::negates(&t, claim));
        // The same shape in other words.
        let claim = "the trust cut 40 nursing posts";
        let t = toks("The trust reviewed its posts, not just nursing ones.");
        assert!(!super::negates(&t, claim));
        let t = toks("The trust did not cut nursing posts.");
        assert!(super::negates(&t, claim));
    }
}
