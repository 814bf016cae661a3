//! Cues of attribution: verbs of saying and their subjects, and the phrases
//! that name an intermediary ("as cited by", "told Reuters").

use std::sync::OnceLock;

use super::lexicon::{BEFORE_SPEAKER, BETWEEN, ORG_NOUNS, VERBS, VIA};
use super::names::{apposition, is_name_word, is_post_nominal, is_role, join, People};
use super::phrases::{matches_at, np_right, starts_np, trim_np};
use super::speaker::{is_title, name_after_role, read_speaker, Speaker};
use super::tokens::{is_negation, word_set, Phrases, Token, WordSet};

/// Words that open a noun phrase, for the participle reading of a promise
/// and a word of saying read as a noun.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those",
];

/// Prepositions whose object a noun phrase may be.
const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "for", "from", "with", "on", "by", "to", "into", "about", "over", "during",
];

pub(crate) fn before_speaker() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(BEFORE_SPEAKER.iter().map(|p| (*p, ()))))
}

fn via_phrases() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(VIA.iter().map(|p| (*p, ()))))
}

static VERB_SET: OnceLock<WordSet> = OnceLock::new();

/// A verb of saying at `i` and its speaker, if it has one.
pub(crate) fn verb_cue(
    text: &str,
    tokens: &[Token],
    i: usize,
    people: &mut People,
) -> Option<Speaker> {
    let t = &tokens[i];
    // "Under cross-examination, Strand put it to Whitcombe that …": what
    // counsel puts to a witness is counsel's to say.
    if matches!(t.low(), "put" | "puts")
        && matches_at(tokens, i + 1, &["it", "to"])
        && tokens
            .iter()
            .skip(i + 3)
            .take(6)
            .take_while(|n| n.is_word() && !n.quoted)
            .any(|n| n.lower == "that")
    {
        let sp = subject(text, tokens, i, people);
        // The witness it is put to is the "he" of the answer after it
        // (", an allegation he rejected").
        // ("put it to Ms Halsey-Mount that …": past a title, which says
        // whether she is "she" or "he")
        let title = tokens
            .get(i + 3)
            .map(Token::low)
            .filter(|w| matches!(*w, "mr" | "mrs" | "ms" | "miss" | "dr"));
        let at = i + 3 + usize::from(title.is_some());
        if let Some(w) = tokens.get(at).filter(|w| is_name_word(w)) {
            let surname = tokens[at..]
                .iter()
                .take_while(|t| is_name_word(t))
                .last()
                .unwrap_or(w);
            if let Some(k) = people.resolve(&[surname.base()]) {
                match title {
                    Some("mr") => people.learn_pronoun(k, "he"),
                    Some("mrs" | "ms" | "miss") => people.learn_pronoun(k, "she"),
                    _ => {}
                }
                people.last = Some(k);
            }
        } else if let Some(pronoun) = tokens
            .get(i + 3)
            .map(Token::low)
            .filter(|w| matches!(*w, "her" | "him"))
        {
            // ("Mr Tremellan put it to her that she had received two
            // written warnings … She accepted that …": the "her" it is put
            // to is someone other than counsel, and the "she" after)
            let pronoun = if pronoun == "her" { "she" } else { "he" };
            if let Some(k) = people
                .last
                .and_then(|counsel| people.other_than(pronoun, counsel))
            {
                people.learn_pronoun(k, pronoun);
                people.last = Some(k);
            }
        }
        return sp;
    }
    // "Your own incident log, which this committee has seen, puts 540 of
    // them down to mechanical faults", "The union puts the number at
    // 600": whoever puts a count at a figure, or down to a cause, gives
    // it, as a verb of saying.
    // "The minutes record that the parish clerk wrote to …", "The study
    // also notes that …": what a record sets down, "that" and a clause
    // after it, is told as said (not the noun: "the minister's notes").
    if !word_set(&VERB_SET, VERBS).contains(t.low())
        && !(matches!(t.low(), "put" | "puts" | "places" | "placed")
            && (super::attribution::puts_at_figure(tokens, i) || puts_down_to(tokens, i)))
        && !(matches!(t.low(), "record" | "records" | "recorded" | "notes")
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.lower == "that" && !n.quoted))
        // ("The Haxbury Gazette is reporting that …": the report as it
        // runs)
        // (or whom it cites first: "… is reporting, citing the relative of
        // a crew member, that …")
        && !(t.lower == "reporting"
            && i > 0
            && matches!(tokens[i - 1].low(), "is" | "are" | "was" | "were")
            && (tokens
                .get(i + 1)
                .is_some_and(|n| n.lower == "that" && !n.quoted)
                || citing_then_that(tokens, i)))
        // ("The paper links the steepest falls to fields sprayed …": a
        // study that draws a link tells it; not "The bridge links the two
        // halves of the town")
        && !(matches!(t.low(), "links" | "attribute" | "attributes") && studies_link(tokens, i))
        // ("…, the report adds.", "She adds that …"; not "The budget adds
        // 14 firefighters")
        && !(t.lower == "adds"
            && tokens
                .get(i + 1)
                .is_none_or(|n| matches!(n.low(), "that" | "." | "," | ":") && !n.quoted))
        && !forecasters_expected(tokens, i)
    {
        return None;
    }
    // "which was twice what the forecast said": a verb of saying in a
    // clause opened by "what", within a few words, is the object of the
    // sentence's own verb; it names no speaker of the sentence.
    if (i.saturating_sub(5)..i).any(|k| {
        tokens[k].lower == "what"
            && !tokens[k].quoted
            && tokens[k + 1..i].iter().all(|t| t.is_word() && !t.quoted)
    }) {
        return None;
    }
    // "Leif Hollering, a senator who has said he will campaign against
    // abolition, said …": a verb of saying in a relative clause, its
    // pronoun just before, tells what the person once said; the verb after
    // the clause's closing comma is the sentence's.
    if in_relative_clause(tokens, i) {
        return None;
    }
    // "The government pledged in 2024 to decide 90% of visa applications
    // within eight weeks": a pledge dated to a year gone by, told as a
    // deed of the past (as "Your government promised …" in a question
    // is the questioner's), is the reporter's background, not the
    // promiser's claim ("Ministers have pledged to …" is theirs).
    if matches!(t.low(), "pledged" | "promised" | "vowed") && dated_to_a_year(tokens, i + 1) {
        return None;
    }
    if t.lower == "made"
        && !(matches_at(tokens, i + 1, &["the", "observation"])
            || matches_at(tokens, i + 1, &["the", "claim"])
            || matches_at(tokens, i + 1, &["the", "point"]))
    {
        return None;
    }
    if t.lower == "saying" && !(i >= 1 && tokens[i - 1].lower == "as") {
        return None;
    }
    // "Early counts from this summer reportedly show a partial recovery":
    // what figures are reported to show, by no one named, is the outlet's
    // hedged report, not the figures' own showing.
    if i > 0
        && tokens[i - 1].lower == "reportedly"
        && matches!(
            t.low(),
            "show" | "shows" | "showed" | "suggest" | "suggests" | "found" | "finds"
        )
    {
        return None;
    }
    // "has paid out more than £1.2 billion in claims since it was set up",
    // "received 300 claims", "the reports": "claims" or "reports" after a
    // preposition, a number or a determiner is a plural noun.
    if i > 0 && matches!(t.low(), "claims" | "reports") && {
        let before = &tokens[i - 1];
        before.has_digit()
            || matches!(
                before.low(),
                "in" | "of"
                    | "for"
                    | "on"
                    | "about"
                    | "with"
                    | "against"
                    | "over"
                    | "by"
                    | "the"
                    | "these"
                    | "those"
                    | "such"
                    | "some"
                    | "many"
                    | "more"
                    | "fewer"
                    | "any"
                    | "no"
                    | "all"
            )
    } {
        return None;
    }
    // "rejected the mayor's claim", "the union's warning": a word of
    // saying after a possessive is a noun (not "she's said", "he's
    // claimed", a pronoun's "has").
    if i > 0 && possessive(&tokens[i - 1]) {
        return None;
    }
    // "staged its last show in October 2023", "its latest estimate": a
    // word of saying after an adjective of order is a noun.
    // (not a name's last word: "The charity Homes First says …", nor an
    // adverb: "The company first said in March that …")
    if i > 1
        && !tokens[i - 1].is_cap()
        && matches!(
            tokens[i - 1].low(),
            "last" | "first" | "final" | "latest" | "next" | "own"
        )
        && matches!(
            tokens[i - 2].low(),
            "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "a" | "an" | "this"
        )
    {
        return None;
    }
    // ("Larkmere Travel has rejected claims from customers that …": the
    // object of a verb of denial is a noun, whoever made the claims)
    if i > 0 && super::denials::is_deny(&tokens[i - 1]) {
        return None;
    }
    // "with 312 confirmed infections", "an estimated 2,000 people", "the
    // reported cases": a participle between a count or an article and its
    // noun describes the noun; nobody says anything.
    if matches!(
        t.low(),
        "confirmed" | "reported" | "estimated" | "projected" | "alleged"
    ) && i > 0
        && (tokens[i - 1].has_digit() || matches!(tokens[i - 1].low(), "a" | "an" | "the"))
        && tokens.get(i + 1).is_some_and(|n| {
            !n.quoted
                && (n.has_digit()
                    || (n.is_word()
                        && !n.is_cap()
                        && !matches!(n.low(), "that" | "to" | "by" | "on" | "in" | "it" | "this")))
        })
    {
        return None;
    }
    // "had received more than 700 claims from the town", "will publish
    // its next population estimate in March": a word of saying as a noun,
    // after a count or a determiner of its phrase and before a
    // preposition, with no "that" to follow (not "Most of the families
    // claim in their letter that …").
    if matches!(
        t.low(),
        "claims" | "claim" | "estimate" | "estimates" | "forecast" | "forecasts"
    ) && tokens.get(i + 1).is_some_and(|n| {
        !n.quoted
            && matches!(
                n.low(),
                "in" | "from"
                    | "of"
                    | "for"
                    | "on"
                    | "at"
                    | "by"
                    | "to"
                    | "with"
                    | "about"
                    | "over"
            )
    }) && !tokens[i + 1..]
        .iter()
        .take(8)
        .any(|n| n.lower == "that" && !n.quoted)
    {
        let phrase = tokens[..i]
            .iter()
            .rev()
            .take(3)
            .take_while(|b| {
                b.is_word() && !b.is_cap() && !word_set(&VERB_SET, VERBS).contains(b.low())
            })
            .any(|b| {
                DETERMINERS.contains(&b.low())
                    || matches!(
                        b.low(),
                        "next" | "latest" | "new" | "any" | "no" | "such" | "every"
                    )
            });
        // (or a plural object of a deed just before it: "The firm has
        // already submitted claims for £1.2m in additional costs"; not the
        // verb after a participle: "Firms surveyed forecast in …")
        // ("to process claims by hand": the object of a verb after "to")
        let object = i > 0
            && t.low().ends_with('s')
            && tokens[i - 1].is_word()
            && !tokens[i - 1].is_cap()
            && !tokens[i - 1].quoted
            && (tokens[i - 1].low().ends_with("ed") || i > 1 && tokens[i - 2].lower == "to");
        if phrase || object || (i > 0 && tokens[i - 1].has_digit()) {
            return None;
        }
    }
    // "The news site CarrowLive reports that …"; not "Media reports said".
    // ("There are unconfirmed reports that …" is the reports' own.)
    // ("…, the paper reports." closing the sentence reports all of it.)
    let closing = || {
        tokens
            .get(i + 1)
            .is_none_or(|n| matches!(n.low(), "." | "!"))
            && (1..i.min(5)).any(|k| tokens[i - k].lower == ",")
    };
    // (the subject's last word, past an adverb: "The paper also reports
    // that …")
    let subject_word = || {
        (0..i).rev().find(|&k| {
            !matches!(
                tokens[k].low(),
                "also" | "now" | "further" | "separately" | "still" | "too"
            )
        })
    };
    if t.lower == "reports"
        && (!(that_follows(tokens, i) || closing() || citing_then_that(tokens, i))
            || tokens.first().is_some_and(|f| f.lower == "there")
            || subject_word()
                .is_some_and(|k| !tokens[k].is_cap() && !ORG_NOUNS.contains(&tokens[k].low())))
    {
        return None;
    }
    // "The study projects that …", "…, the bank projects.", "projects a
    // 3% rise"; not "which licenses restoration projects," or "carbon
    // credits from seagrass projects.": the plural noun far more often.
    // A count before it is a count of projects ("which runs 40 projects.").
    if t.lower == "projects"
        && (i > 0 && tokens[i - 1].has_digit()
            || !(that_follows(tokens, i)
                || closing()
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| n.has_digit() || matches!(n.low(), "a" | "an"))))
    {
        return None;
    }
    // "Less than a third of the 240 million pounds promised to flood-hit
    // communities in the valley has reached them": a participle after its
    // noun, whose phrase runs on to the sentence's own verb within ten
    // words (not "promised to resign if it was …", "pledged to pay what
    // he was owed", "promised to residents that …").
    if matches!(
        t.low(),
        "promised" | "pledged" | "forecast" | "estimated" | "projected" | "predicted"
    ) && i > 0
        && tokens[i - 1].is_word()
        && !tokens[i - 1].is_cap()
        && tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.low(), "to" | "for" | "by" | "in"))
    {
        // After the subject opening the sentence, a clause of its own
        // subject after the preposition's phrase is what was said: "The
        // minister promised in parliament last week the money was on its
        // way" (not "The money promised in March has not arrived").
        let opening = (2..=4).contains(&i)
            && DETERMINERS.contains(&tokens[0].low())
            && tokens[1..i]
                .iter()
                .all(|t| t.is_word() && !t.is_cap() && !PREPOSITIONS.contains(&t.low()));
        let window = &tokens[(i + 2).min(tokens.len())..tokens.len().min(i + 12)];
        let run = window
            .iter()
            .take_while(|n| {
                n.is_word()
                    && !n.quoted
                    && !matches!(
                        n.low(),
                        "that"
                            | "and"
                            | "or"
                            | "but"
                            | "who"
                            | "which"
                            | "what"
                            | "if"
                            | "when"
                            | "because"
                            | "unless"
                            | "once"
                            | "until"
                            | "after"
                            | "before"
                            | "he"
                            | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "you"
                    )
            })
            .count();
        let verb = window[..run].iter().position(|n| {
            matches!(
                n.low(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "remains"
            )
        });
        let clause = |v: usize| {
            opening
                && (1..v).any(|k| {
                    DETERMINERS.contains(&window[k].low())
                        && !PREPOSITIONS.contains(&window[k - 1].low())
                })
        };
        let runs_on = verb.is_some_and(|v| !clause(v));
        if runs_on {
            return None;
        }
    }
    // "the researchers report in the journal …", "they report that …": the
    // verb after a plural subject, before what or where it reports; not
    // "the annual report" or "a report".
    if t.lower == "report"
        && !(i > 0
            && (matches!(prev_word(tokens, i), "they" | "we")
                || (prev_word(tokens, i).ends_with('s') && !prev_word(tokens, i).ends_with("'s")))
            && tokens
                .get(i + 1)
                .is_none_or(|n| matches!(n.low(), "that" | "in" | "on" | "," | ".")))
    {
        return None;
    }
    // "declared a measles incident", "recommended a 5 percent rise": an act,
    // not words said.
    if matches!(t.low(), "declared" | "recommended")
        && tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.low(), "a" | "an"))
    {
        return None;
    }
    // "The dam operator warned every municipality downstream two hours
    // before the release, and we have the logs": whom it warned and when,
    // with nothing told, is a deed.
    // (not after what was told: "\"…,\" she told the court.", "The plan
    // was safe, he told the jury.")
    if matches!(t.low(), "warned" | "told" | "informed")
        && tokens[..i].iter().all(|t| !t.quoted && t.text != ",")
        && tells_nothing(tokens, i)
    {
        return None;
    }
    // "If it finds against him", "found in favour of", "found her guilty":
    // a ruling on a party, not words said; "barn owls found dead in
    // Britain": a state they were found in.
    if matches!(t.low(), "finds" | "find" | "found")
        && (tokens.get(i + 1).is_some_and(|n| {
            matches!(
                n.low(),
                "against" | "for" | "in" | "dead" | "alive" | "unconscious" | "injured"
            )
        }) || tokens
            .iter()
            .skip(i + 1)
            .take(3)
            .any(|n| matches!(n.low(), "guilty" | "liable" | "innocent")))
    {
        return None;
    }
    // "The council's own investigation, completed in January, found no
    // evidence that …", "The Housing Ombudsman found severe
    // maladministration in …": a ruling on a party's conduct, which the
    // report states as a fact.
    if matches!(t.low(), "found" | "finds") && i < 16 && ruling(tokens, i) {
        return None;
    }
    // "Companies found to have broken competition law can be fined …",
    // "Drivers found to be over the limit": found by someone, in the
    // passive, before what they were found to be; nobody finds anything.
    if t.lower == "found"
        && matches_at(tokens, i + 1, &["to"])
        && tokens
            .get(i + 2)
            .is_some_and(|n| matches!(n.low(), "have" | "be" | "contain" | "hold"))
    {
        return None;
    }
    // "Cross-examined, he agreed that …" is said; "agreed to resume talks"
    // and "agreed a deal" are acts.
    // "Valdessa recalled its ambassador", "recalled 40,000 cars": an act;
    // "she recalled that …", "…, he recalled." are words said.
    if matches!(t.low(), "recalled" | "recalls")
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.quoted
                && !matches!(
                    n.low(),
                    "that" | "how" | "when" | "being" | "seeing" | "hearing"
                )
        })
    {
        return None;
    }
    // "Kell then showed the court a text message …", "showed jurors CCTV
    // footage": evidence put before an audience is an act; "showed the
    // committee that …" is said.
    if matches!(t.low(), "showed" | "shows" | "show") {
        let a = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|n| n.lower == "the"));
        if tokens.get(a).is_some_and(|n| AUDIENCES.contains(&n.low()))
            && tokens.get(a + 1).is_some_and(|n| n.lower != "that")
        {
            return None;
        }
    }
    // "She pointed out that a review … had found …" is said; "pointed to
    // a smaller trial" cites.
    if matches!(t.low(), "pointed" | "points") && !(matches_at(tokens, i + 1, &["out", "that"])) {
        return None;
    }
    // "Mr Ruddle accepted that he had not been able to see …" is said;
    // "accepted the offer" is an act.
    if matches!(t.low(), "agreed" | "accepted")
        && tokens.get(i + 1).is_none_or(|n| n.lower != "that")
    {
        return None;
    }
    // "Three judges ruled on Thursday that …" is said; "ruled out" is not.
    // ("The figures, released under freedom of information rules, show
    // that …": the plural noun, closing its phrase before a comma)
    if matches!(t.low(), "ruled" | "rules")
        && (!tokens.iter().skip(i + 1).take(5).any(|n| n.lower == "that")
            || t.lower == "rules" && tokens.get(i + 1).is_some_and(|n| n.text == ","))
    {
        return None;
    }
    // A noun that looks like a verb, before a verb of its own: "The current
    // estimate is €44 million", "His claims were rejected".
    if tokens.get(i + 1).is_some_and(|n| {
        matches!(
            n.low(),
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "of" | "remain" | "remains"
        )
    }) {
        return None;
    }
    let prev = if i > 0 { tokens[i - 1].low() } else { "" };
    // "questions about the parents' claims": a noun after a plural
    // possessive; "the price reported by the newspaper": a participle
    // after a noun, its agent after "by", tells nothing of the sentence's
    // subject.
    if prev == "'" && i > 1 && tokens[i - 2].lower.ends_with('s') {
        return None;
    }
    if t.low().ends_with("ed")
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.lower == "by" && !n.quoted)
        && i > 0
        && tokens[i - 1].is_word()
        && !tokens[i - 1].is_cap()
        && !BETWEEN.contains(&prev)
        && !matches!(
            prev,
            "been" | "being" | "be" | "was" | "were" | "is" | "are"
        )
    {
        return None;
    }
    // "Thefts of catalytic converters reported to Hexshire Police fell
    // …": a participle after its noun, before whom it was reported to,
    // with no "that" of what was told after it.
    if t.lower == "reported"
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.lower == "to" && !n.quoted)
        && i > 0
        && tokens[i - 1].is_word()
        && !tokens[i - 1].is_cap()
        && !BETWEEN.contains(&prev)
        && !tokens[i + 2..]
            .iter()
            .any(|n| n.lower == "that" && !n.quoted)
    {
        return None;
    }
    // "forged records to claim £90,000", "hopes to show", "use DNA from
    // spraints to estimate how many animals there are": an infinitive of
    // purpose or intent attributes nothing ("went on to say" does).
    // ("Footage … appears to show …", "The figures seem to suggest …":
    // a showing hedged, the subject's own)
    let appears = i >= 2
        && matches!(
            tokens[i - 2].low(),
            "appears" | "appear" | "appeared" | "seems" | "seem" | "seemed"
        );
    if prev == "to"
        && !appears
        && !(i >= 2 && matches!(tokens[i - 2].low(), "on" | "continued" | "proceeded"))
        && matches!(
            t.low(),
            "claim"
                | "say"
                | "show"
                | "warn"
                | "argue"
                | "report"
                | "suggest"
                | "tell"
                | "acknowledge"
                | "estimate"
                | "predict"
                | "find"
        )
    {
        return None;
    }
    // "Every reported burglary is attended", "each projected figure": a
    // participle after a quantifier qualifies a noun and attributes
    // nothing.
    if matches!(prev, "every" | "each" | "any" | "no") {
        return None;
    }
    // "has not confirmed", "did not say", "didn't tell": nothing is attributed.
    if is_negation(prev) {
        return None;
    }
    // Passive: "is expected", "has been claimed", "was first forecast",
    // "were later confirmed" (the speaker, if any, follows "by").
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being");
    let adverb = |w: &str| {
        matches!(
            w,
            "first"
                | "later"
                | "also"
                | "initially"
                | "previously"
                | "originally"
                | "widely"
                | "officially"
                | "publicly"
                | "already"
                | "never"
                | "not"
        )
            // any adverb in "-ly": "was properly declared", "were formally
            // announced"
            || (w.len() >= 5 && w.ends_with("ly"))
    };
    let passive = be(prev)
        || (i >= 2 && adverb(prev) && be(tokens[i - 2].low()))
        || (i >= 3 && adverb(prev) && adverb(tokens[i - 2].low()) && be(tokens[i - 3].low()));
    if passive && !matches!(t.low(), "quoted" | "saying" | "reporting") {
        return None;
    }
    // Nouns that look like verbs: "the claims", "these reports".
    if matches!(
        prev,
        "the" | "these" | "those" | "a" | "an" | "his" | "her" | "its" | "their" | "such"
    ) {
        return None;
    }
    // After a quotation: ", said Linda Marsh"; or closing a sentence: ", said the mayor."
    let after_quote = matches!(prev, "\u{201D}" | "\"")
        || (i >= 2 && prev == "," && (tokens[i - 2].is_quote_mark() || tokens[i - 2].quoted));
    if !after_quote && described_by_participle(tokens, i) {
        return None;
    }
    // Only verbs without an object turn round: ", said X", never ", told X".
    let turns = matches!(
        t.low(),
        "said"
            | "says"
            | "added"
            | "wrote"
            | "noted"
            | "explained"
            | "asked"
            | "recalled"
            | "insisted"
            | "argued"
            | "warned"
            | "declared"
            | "stated"
            | "replied"
            | "responded"
            | "remarked"
            | "acknowledged"
            | "conceded"
            | "observed"
            | "continued"
            | "concluded"
    );
    if turns && (after_quote || prev == ",") {
        let next = tokens.get(i + 1)?;
        let (np, end) = np_right(tokens, i + 1);
        // Without a quotation before it, only a short name or "the mayor"
        // closing the sentence is a speaker: "…, said the mayor."
        let closes = np.len() <= 4
            && tokens
                .get(end)
                .is_none_or(|t| matches!(t.low(), "." | "," | "!"))
            && (is_name_word(next) || np.last().is_some_and(is_role));
        // "…," said chief executive Nadia Cerrone.": a role in lower case
        // before the name it belongs to.
        let role_np = role_before_name(np, after_quote).filter(|&n| {
            tokens
                .get(i + 1 + n)
                .is_none_or(|t| matches!(t.low(), "." | "," | "!" | "on" | "in" | "at"))
        });
        let role_then_name = role_np.is_some();
        let (np, end) = match role_np {
            Some(n) => (&np[..n], i + 1 + n),
            None => (np, end),
        };
        if (after_quote || closes || role_then_name)
            && (next.is_cap()
                || matches!(next.low(), "the" | "a" | "an")
                // ("…, said its incident manager, Kenji Wainhouse.": a role
                // of the body just named, then who holds it)
                || matches!(next.low(), "its" | "their")
                || role_then_name
                // "…," said one neighbour, "…," said another resident.
                || (after_quote && matches!(next.low(), "one" | "another" | "two" | "three" | "several" | "some")))
        {
            if let Some(mut sp) = read_speaker(text, np, people) {
                // "…," said the union's regional secretary, Kevin Doyle.":
                // the role, then the name of who holds it.
                if !sp.person && tokens.get(end).is_some_and(|t| t.lower == ",") {
                    if let Some(named) = name_after_role(text, tokens, np, people) {
                        if named.person {
                            return Some(named);
                        }
                    }
                }
                if tokens.get(end).is_some_and(|t| t.lower == ",") {
                    if let Some((role, _)) = apposition(text, tokens, end + 1) {
                        if sp.person {
                            if let Some(idx) = sp
                                .name
                                .as_deref()
                                .and_then(|n| people.known.iter().position(|p| p.name == n))
                            {
                                if people.known[idx].role.as_deref().is_none_or(is_title) {
                                    people.set_role(idx, role.clone());
                                }
                            }
                            sp.role = sp.role.or(Some(role));
                        }
                    }
                }
                return Some(sp);
            }
        }
    }
    subject(text, tokens, i, people)
}

/// The word before token `i`, in lower case ("" at the start).
fn prev_word<'t>(tokens: &'t [Token], i: usize) -> &'t str {
    i.checked_sub(1).map_or("", |k| tokens[k].low())
}

/// ", citing two IT staff at the bank, that …" right after the verb at
/// `i`: whom it cites between commas, then "that".
fn citing_then_that(tokens: &[Token], i: usize) -> bool {
    if !matches_at(tokens, i + 1, &[",", "citing"]) {
        return false;
    }
    // (within sixteen words, up to a quotation or the sentence's end)
    let far = tokens.len().min(i + 19);
    let end = (i + 3..far)
        .find(|&k| tokens[k].quoted || tokens[k].text == ".")
        .unwrap_or(far);
    tokens.get(i + 3..end).is_some_and(|ws| {
        ws.windows(2)
            .any(|p| p[0].text == "," && p[1].lower == "that")
    })
}

/// A "that" after a verb at `i`, over a time between them: "reports that",
/// "reports this morning that", "reports on Monday that".
fn that_follows(tokens: &[Token], i: usize) -> bool {
    tokens
        .iter()
        .skip(i + 1)
        .take(4)
        .take_while(|t| t.is_word() && !t.quoted)
        .enumerate()
        .find(|(_, t)| t.lower == "that")
        .is_some_and(|(k, _)| {
            tokens[i + 1..i + 1 + k].iter().all(|t| {
                matches!(
                    t.low(),
                    "this"
                        | "on"
                        | "today"
                        | "tonight"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "yesterday"
                        | "last"
                        | "night"
                        | "week"
                        | "now"
                        | "also"
                ) || super::calendar::weekday_of(t.low()).is_some()
            })
        })
}

/// "The Stanfield closure, announced in January, will cost …", "The deal,
/// confirmed by both firms last week, is worth …": a participle set off
/// by commas after the subject describes it; nobody speaks. The closing
/// comma comes within eight words, and a verb in lower case after it.
fn described_by_participle(tokens: &[Token], i: usize) -> bool {
    if i < 2 || tokens[i - 1].lower != "," || tokens[i].lower.ends_with("ing") {
        return false;
    }
    let opens = tokens.get(i + 1).is_some_and(|n| {
        matches!(
            n.low(),
            "in" | "on"
                | "at"
                | "by"
                | "last"
                | "earlier"
                | "this"
                | "late"
                | "early"
                | "during"
                | "before"
                | "after"
                | "only"
                | "just"
                | "days"
                | "weeks"
                | "months"
                | "years"
        )
    });
    // The subject opens the sentence: no verb of its own before the comma.
    let subject = tokens[..i - 1]
        .iter()
        .all(|t| t.is_word() && !t.quoted && !word_set(&VERB_SET, VERBS).contains(t.low()));
    let closes = tokens
        .iter()
        .enumerate()
        .skip(i + 2)
        .take(8)
        .find(|(_, t)| !t.is_word())
        .is_some_and(|(k, t)| {
            t.lower == ","
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && !n.is_cap() && !n.quoted)
        });
    opens && subject && closes
}

/// "chief executive Nadia Cerrone", "council leader Priya Rao": up to four
/// words in lower case, one of them a role, then a name of two to four
/// words. After a quotation any description will do ("…," said local
/// resident Ann Boyle). Gives the length of the phrase to the end of the name.
fn role_before_name(np: &[Token], after_quote: bool) -> Option<usize> {
    let lead = np.iter().take_while(|t| t.is_word() && !t.is_cap()).count();
    let names = np[lead..].iter().take_while(|t| is_name_word(t)).count();
    let described = after_quote
        && lead <= 3
        && !np[..lead].iter().any(|t| {
            matches!(
                t.low(),
                "in" | "on"
                    | "at"
                    | "by"
                    | "to"
                    | "of"
                    | "for"
                    | "with"
                    | "that"
                    | "after"
                    | "before"
                    | "during"
                    | "when"
                    | "while"
                    | "and"
                    | "but"
                    | "as"
            )
        });
    ((1..=4).contains(&lead)
        && (described || np[..lead].iter().any(is_role))
        && !matches!(
            np[0].low(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        )
        && (2..=4).contains(&names))
    .then_some(lead + names)
}

/// The speaker named before token `i` (a verb or a phrase such as "declined
/// to comment"), with its role: "Press secretary Jordan Pike declined …".
pub(crate) fn speaker_before(
    text: &str,
    tokens: &[Token],
    i: usize,
    people: &mut People,
) -> Option<(String, Option<String>)> {
    subject(text, tokens, i, people).map(|s| (s.text, s.role))
}

/// "Analysts at the broker Illingworth Capital had expected profits of
/// about £55m": what forecasters expected is their forecast, told as said.
/// "expected" after "had" or "have", in a sentence whose subject opens
/// with a plural noun for those who forecast (not "Profits were expected
/// to rise", "the expected fall").
fn forecasters_expected(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "expected"
        && i >= 2
        && matches!(tokens[i - 1].low(), "had" | "have")
        && tokens[..i.min(3)].iter().any(|t| {
            matches!(
                t.low(),
                "analysts" | "economists" | "forecasters" | "traders" | "investors"
            )
        })
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.lower != "to" && !n.quoted)
}

/// Whether the comma at `comma` closes a role in apposition after a name:
/// "Gwilym Tresaith, chair of the Orrin Lake Trust," or "Ann Fry, a
/// spokeswoman for the trust,": a comma at most ten tokens before it, a
/// capitalised word before that comma, and after it a role in lower case
/// (after "the", "a" or "an", or a possessive, at most).
fn role_apposition_before(tokens: &[Token], comma: usize) -> bool {
    let Some(c) = (comma.saturating_sub(10)..comma)
        .rev()
        .find(|&k| tokens[k].lower == ",")
    else {
        return false;
    };
    if c == 0 || !(tokens[c - 1].is_word() && tokens[c - 1].is_cap()) {
        return false;
    }
    let desc = &tokens[c + 1..comma];
    if desc.iter().any(|t| t.quoted) {
        return false;
    }
    // (the role's first word, or a word after an article or a possessive)
    let lead = desc
        .iter()
        .take(4)
        .position(|t| t.is_word() && !t.is_cap() && is_role(t));
    lead.is_some_and(|r| {
        desc[..r].iter().all(|t| {
            matches!(t.low(), "the" | "a" | "an" | "'s" | "'" | "\u{2019}")
                || t.lower.ends_with("'s")
                || t.is_cap()
        })
    })
}

/// The subject of the verb at `i`, over auxiliaries and adverbs, read as
/// a speaker (as `verb_cue` reads it for a verb of saying).
pub(crate) fn subject(
    text: &str,
    tokens: &[Token],
    i: usize,
    people: &mut People,
) -> Option<Speaker> {
    let mut e = i;
    while e > 0 && BETWEEN.contains(&tokens[e - 1].low()) {
        e -= 1;
    }
    // "Footage shared on social media appears to show …": the subject of
    // the verb that the showing hangs on.
    // (a past form, "appeared to", is read as a verb of its own already)
    if e > 2
        && tokens[e - 1].lower == "to"
        && matches!(tokens[e - 2].low(), "appears" | "appear" | "seems" | "seem")
    {
        e -= 2;
    }
    // "The deal was announced alongside annual results which showed that
    // …": "which" with no comma before it closes the subject's noun
    // phrase, the object of the preposition after the verb before it (not
    // the sentence from its start). "in a letter to staff which said"
    // keeps the letter's own preposition.
    if e > 2 && tokens[e - 1].lower == "which" && tokens[e - 2].is_word() {
        let verb = (e.saturating_sub(10)..e - 2).rev().find(|&k| {
            let w = &tokens[k];
            w.is_word()
                && !w.quoted
                && !w.is_cap()
                && (w.lower.ends_with("ed")
                    || matches!(
                        w.low(),
                        "was" | "were" | "is" | "are" | "has" | "had" | "have"
                    ))
        });
        let after = verb.map_or(&[][..], |k| &tokens[k + 1..e - 1]);
        let np = match after.split_first() {
            Some((p, rest)) if PREPOSITIONS.contains(&p.low()) || p.lower == "alongside" => rest,
            _ => &[],
        };
        if !np.is_empty() {
            return read_speaker(text, np, people);
        }
    }
    // "Figures presented by Brennan Civils to the committee on Tuesday
    // showed …", "A survey of 640 residents carried out by the Road Users'
    // Forum last month found …": a body of data and who made it.
    if let Some(sp) = data_by_agent(text, tokens, i, e) {
        return Some(sp);
    }
    // "Norvik Systems, which runs the airport's check-in and baggage
    // software, said": the subject stands before the relative clause.
    // ("Faelan Dansworth, whose company Brightfell Illuminations is based
    // in Sheffield, said": whose thing the clause tells of)
    if e > 1 && tokens[e - 1].lower == "," {
        let from = e.saturating_sub(30);
        let opens = (from..e - 1).rev().find(|&k| {
            tokens[k].lower == ","
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low(), "which" | "who" | "whose"))
        });
        if let Some(k) = opens.filter(|&k| k > 0) {
            if !tokens[k + 1..e - 1].iter().any(|t| t.lower == ",") {
                // "Gwilym Tresaith, chair of the Orrin Lake Trust, which
                // represents …, said": a role in apposition before the
                // clause; the person named before it, as with no clause.
                if role_apposition_before(tokens, k) {
                    if let Some(sp) = subject(text, tokens, k + 1, people).filter(|sp| sp.person) {
                        return Some(sp);
                    }
                }
                if let Some(sp) = subject(text, tokens, k, people) {
                    return Some(sp);
                }
            }
        }
    }
    // "Abel Hirst, a taxi driver who was two cars behind a van that was
    // hit, said", "Tom Reed, the man who found the dog that was lost,
    // said", "The Harbour Trust, a charity which owns the quay, said":
    // one described by a noun and a relative clause after it, named before
    // the comma.
    if e > 2 && tokens[e - 1].lower == "," {
        let k = (e.saturating_sub(30)..e - 1)
            .rev()
            .find(|&k| tokens[k].lower == ",")
            .filter(|&k| k > 0);
        if let Some(k) = k {
            let apposition = &tokens[k + 1..e - 1];
            if apposition
                .iter()
                .any(|t| matches!(t.low(), "who" | "which"))
            {
                if let Some(sp) = subject(text, tokens, k, people) {
                    return Some(sp);
                }
            }
        }
    }
    // "A report by the consultancy Ardent Environmental, commissioned by
    // the council and published in March, found …": a participle clause
    // between commas describes the subject before it.
    // ("The officers' report, written by the head of highways, Wilfrid
    // Nettleship, says …": the clause may end in a name in apposition, its
    // comma passed over)
    if e > 2 && tokens[e - 1].lower == "," {
        let mut commas = (e.saturating_sub(20)..e - 1)
            .rev()
            .filter(|&k| tokens[k].lower == ",");
        let nearest = commas.next();
        let opens = nearest
            .filter(|&k| k > 0 && k + 2 < e && participle(&tokens[k + 1]))
            .or_else(|| {
                let named = nearest?;
                let k = commas.next()?;
                (k > 0
                    && participle(&tokens[k + 1])
                    && tokens.get(k + 2).is_some_and(|t| t.lower == "by")
                    && tokens[named + 1..e - 1]
                        .iter()
                        .all(|t| t.is_word() && t.is_cap() && !t.quoted))
                .then_some(k)
            });
        if let Some(k) = opens {
            if let Some(sp) = subject(text, tokens, k, people) {
                return Some(sp);
            }
        }
    }
    // "A senior Lutavian government official, speaking on condition of
    // anonymity because the matter is sensitive, told APN …": why the
    // source is not named, set off by commas, describes the subject before
    // it (a clause after "because" is no subject).
    if e > 2 && tokens[e - 1].lower == "," {
        let k = (e.saturating_sub(25)..e - 1)
            .rev()
            .find(|&k| tokens[k].lower == ",");
        if let Some(k) = k.filter(|&k| {
            k > 0
                && tokens[k + 1].lower == "speaking"
                && tokens[k + 2..e - 1]
                    .iter()
                    .any(|t| t.lower == "anonymity" && !t.quoted)
        }) {
            if let Some(sp) = subject(text, tokens, k, people) {
                return Some(sp);
            }
        }
    }
    let mut s = scan_back(tokens, e);
    // "Cross-examining, Muriel Kitching KC, for Haworth, suggested …",
    // "Summing up, the judge told …": a participle opening the sentence,
    // alone before its comma, is no subject.
    if s == 0 {
        let k = tokens
            .iter()
            .take(3)
            .position(|t| t.lower == ",")
            .filter(|&k| {
                (1..=2).contains(&k)
                    && tokens[k - 1].is_word()
                    && !tokens[k - 1].quoted
                    // (a verb of the court or of speech, not a surname:
                    // "Manning, the coach, said")
                    && (tokens[0].low().ends_with("-examining")
                        || matches!(
                            tokens[0].low(),
                            "summing"
                                | "responding"
                                | "replying"
                                | "concluding"
                                | "sentencing"
                                | "answering"
                                | "speaking"
                        ))
            });
        if let Some(k) = k.filter(|&k| k + 1 < e) {
            s = k + 1;
        }
    }
    // "…, a decision that most analysts had forecast": a verb in a clause
    // about an event has no speaker.
    if s >= 3
        && matches!(tokens[s - 1].low(), "that" | "which")
        && (2..=3).any(|k| {
            s > k
                && super::speaker::EVENTS.contains(&tokens[s - k].low())
                && matches!(tokens[s - k - 1].low(), "a" | "an" | "the" | "this")
        })
    {
        return None;
    }
    // "A woman whose son died after falling from scaffolding has told an
    // inquest …": a clause inside the description of the subject is no
    // subject; the description from the sentence's start is.
    if s >= 4
        && matches!(
            tokens[s - 1].low(),
            "after" | "before" | "while" | "when" | "since" | "until" | "because"
        )
        && matches!(tokens[0].low(), "a" | "an")
        && matches!(tokens[2].low(), "who" | "whose")
        && !tokens[..s].iter().any(|t| t.text == "," || t.quoted)
    {
        s = 0;
    }
    // "Patients Together, a charity that represents people with long-term
    // conditions, said": a description in apposition holding a relative
    // clause; the subject stands before it.
    if s > 1 && tokens[s - 1].lower == "that" && tokens[e - 1].lower == "," {
        let opens = (s.saturating_sub(6)..s - 1)
            .rev()
            .find(|&k| tokens[k].lower == ",")
            .filter(|&k| {
                k > 0
                    && matches!(tokens[k + 1].low(), "a" | "an" | "the")
                    && tokens[k + 2..s - 1]
                        .iter()
                        .all(|t| t.is_word() && !t.quoted)
            });
        if let Some(k) = opens {
            s = scan_back(tokens, k);
        }
    }
    // "Gareth Pyle, the opposition's health spokesman and MP for Felsham
    // North, said": two roles joined by "and" in an apposition; the
    // subject stands before it, not the place the second role names.
    if s > 2
        && tokens[s - 1].lower == "and"
        && tokens[e - 1].lower == ","
        && tokens[s..e - 1].iter().all(|t| t.is_word() && !t.quoted)
        && tokens[s..e - 1]
            .iter()
            .any(|t| is_role(t) || is_post_nominal(t))
    {
        let opens = (s.saturating_sub(9)..s - 1)
            .rev()
            .find(|&k| tokens[k].lower == ",")
            .filter(|&k| {
                k > 0
                    && tokens[k + 1..s - 1]
                        .iter()
                        .all(|t| t.is_word() && !t.quoted)
                    && tokens[k + 1..s - 1].iter().any(is_role)
            });
        if let Some(k) = opens {
            s = scan_back(tokens, k);
        }
    }
    // "Opponents, including the league and several fishing associations
    // on the Hollin coast, say": those named after "including" are some of
    // the subject, which stands before them.
    if s > 3 && tokens[s - 1].lower == "and" && tokens[e - 1].lower == "," {
        let including = (s.saturating_sub(12)..s - 1).rev().find(|&k| {
            k > 1
                && matches!(tokens[k].low(), "including" | "among")
                && tokens[k - 1].lower == ","
                && tokens[k + 1..s - 1]
                    .iter()
                    .all(|t| t.is_word() && !t.quoted)
        });
        if let Some(k) = including {
            s = scan_back(tokens, k - 1);
        }
    }
    // "Parents at Quillan Park, where the climbing frame has been taped off
    // since April, said": a relative clause between commas, cut short by a
    // word that opens a clause of its own ("since", "after"); the subject
    // stands before it.
    if s > 2
        && tokens[e - 1].lower == ","
        && matches!(
            tokens[s - 1].low(),
            "since" | "after" | "before" | "until" | "when" | "because" | "while"
        )
    {
        let opens = (s.saturating_sub(20)..s - 1).rev().find(|&k| {
            tokens[k].lower == ","
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low(), "where" | "who" | "which" | "whose"))
        });
        if let Some(k) =
            // (words and a possessive's apostrophe: "whose Farmers' Party
            // joined the coalition after elections …")
            opens.filter(|&k| {
                k > 0
                    && tokens[k + 1..s]
                        .iter()
                        .all(|t| (t.is_word() || matches!(t.text, "'" | "\u{2019}")) && !t.quoted)
            })
        {
            s = scan_back(tokens, k);
        }
    }
    // "Tom Bexley, the MP for Ashmere and the Vale, said": a place of two
    // parts joined by "and" after the "for" or "of" of a role in
    // apposition; the subject stands before the apposition.
    if s > 3 && tokens[e - 1].lower == "," {
        if let Some(k) = place_in_role(tokens, s, e - 1) {
            s = scan_back(tokens, k);
        }
    }
    // "Satellite images analysed by Ismarwatch and published last
    // Thursday showed …": a second participle of the subject and its time;
    // the subject stands before "and".
    if s > 1
        && tokens[s - 1].lower == "and"
        && tokens[s].is_word()
        && !tokens[s].is_cap()
        && (tokens[s].lower.ends_with("ed")
            || matches!(tokens[s].low(), "seen" | "shown" | "written" | "made"))
        && !word_set(&VERB_SET, VERBS).contains(tokens[s].low())
        && e > s + 1
        && tokens[s + 1..e].iter().all(|t| {
            super::calendar::weekday_of(t.low()).is_some()
                || super::calendar::is_month_word(t.low())
                || t.has_digit()
                || matches!(
                    t.low(),
                    "last"
                        | "this"
                        | "next"
                        | "on"
                        | "in"
                        | "earlier"
                        | "week"
                        | "month"
                        | "year"
                        | "today"
                        | "yesterday"
                        | "morning"
                        | "afternoon"
                        | "evening"
                )
        })
    {
        e = s - 1;
        s = scan_back(tokens, e);
    }
    // "A former lorry driver who lost his left leg below the knee in a road
    // crash last year said …": a private person described from the
    // sentence's start by a relative clause whose words the scan back
    // stopped inside; the whole description is the subject.
    // (past what a speaker's words may run to, the description's head
    // alone: "A former lorry driver")
    if let Some(w) = described_from_start(tokens, e) {
        s = 0;
        if let Some(sp) = read_speaker(text, &tokens[..e], people)
            .or_else(|| read_speaker(text, &tokens[..w], people))
        {
            return Some(sp);
        }
    }
    let span = &tokens[s..e];
    if span.is_empty() {
        return None;
    }
    // ("The Department for Environment, Food and Rural Affairs said": its
    // commas are inside one name)
    let whole = trim_np(span);
    if super::speaker::department_of_remits(whole) {
        return read_speaker(text, whole, people);
    }
    // Split at commas: "X, a spokeswoman for Y, said" or "In a statement, the mayor said".
    let mut segments: Vec<&[Token]> = span.split(|t| t.lower == ",").collect();
    // "Ann Holt, 81, who …, said", "the owner, Ben Ash, 54": an age after
    // a name closes the apposition; it is nobody.
    if segments.len() >= 2 && segments.last().is_some_and(|seg| is_age(trim_np(seg))) {
        if let Some(seg) = segments.last_mut() {
            *seg = &[];
        }
    }
    let last = segments.last().copied().unwrap_or(&[]);
    if !trim_np(last).is_empty() {
        let np = before_bracket(trim_np(last));
        // ("…, as patients' charity warns older people are giving up": a
        // conjunction opening the clause is not of its subject)
        if np.len() >= 2
            && matches!(
                np[0].low(),
                "as" | "while" | "when" | "after" | "because" | "since" | "although"
            )
            && !np[0].quoted
        {
            return read_speaker(text, &np[1..], people);
        }
        // ("the Rivers Trust for the Wyle published a report in April which
        // found that …": what a body made, then "which", tells what the
        // body says; the body is the subject before its verb)
        if np.len() > 3
            && np
                .last()
                .is_some_and(|t| matches!(t.low(), "which" | "that") && !t.quoted)
        {
            let made = np.iter().position(|t| {
                !t.is_cap()
                    && matches!(
                        t.low(),
                        "published"
                            | "released"
                            | "produced"
                            | "commissioned"
                            | "issued"
                            | "wrote"
                            | "compiled"
                    )
            });
            if let Some(k) = made.filter(|&k| k >= 1) {
                return read_speaker(text, &np[..k], people);
            }
            // ("It was the report which found …": the noun phrase the
            // pronoun stands for, from its article)
            let head = &np[..np.len() - 1];
            if let Some(d) = head
                .iter()
                .rposition(|t| matches!(t.low(), "the" | "a" | "an" | "its" | "their"))
                .filter(|&d| d > 0)
            {
                return read_speaker(text, &head[d..], people);
            }
        }
        // ("Under parliamentary rules, a bill that is voted down …": a
        // phrase opened by a preposition is no subject, whatever verb a
        // word of it looks like)
        if np.len() <= 3
            && np.first().is_some_and(|t| {
                !t.quoted
                    && matches!(
                        t.low(),
                        "under" | "in" | "on" | "at" | "by" | "with" | "from" | "for" | "within"
                    )
            })
        {
            return None;
        }
        // ("The Treasury disputes the £900 figure, saying it leaves out the
        // increase in child benefit announced today": a clause of saying
        // before a participle is no one)
        if np
            .first()
            .is_some_and(|t| matches!(t.low(), "saying" | "adding" | "arguing" | "claiming"))
        {
            return None;
        }
        // "photographs …, which the prosecution says show …": the subject
        // of a verb of saying inside a relative clause.
        if np.len() >= 2
            && np.len() <= 7
            && matches!(np[0].low(), "which" | "whom")
            && np[1..].iter().all(Token::is_word)
        {
            return read_speaker(text, &np[1..], people);
        }
        // "Her claim is backed by the Nurses' Guild, which said it had …":
        // the name the relative pronoun follows.
        if let [rel] = np {
            let at = (s..e).rev().find(|&k| tokens[k].start == rel.start);
            if let Some(at) = at.filter(|&at| {
                matches!(rel.low(), "which" | "who") && at > 1 && tokens[at - 1].lower == ","
            }) {
                if let Some(sp) = antecedent(tokens, at - 1)
                    .or_else(|| described_antecedent(tokens, at - 1))
                    .and_then(|(a, end)| read_speaker(text, &tokens[a..end], people))
                {
                    return Some(sp);
                }
            }
        }
        // "who voted against the plan" or an adverbial clause is not a subject.
        if np.len() > 12
            || np
                .first()
                .is_some_and(|t| matches!(t.low(), "who" | "which" | "where"))
        {
            return None;
        }
        return read_speaker(text, np, people);
    }
    // The last segment is empty. After a clause, a role and a name close
    // it: "Flu admissions doubled, the council's health chief, Daniel Okafor, said".
    let segs: Vec<&[Token]> = segments[..segments.len() - 1]
        .iter()
        .map(|seg| trim_np(seg))
        .filter(|seg| !seg.is_empty())
        .collect();
    if let [.., role, name] = segs.as_slice() {
        if segs.len() >= 3 {
            if let Some(named) = name_after_role(text, tokens, role, people) {
                if named.name.as_deref() == Some(join(text, name).as_str())
                    || join(text, name).ends_with(named.text.as_str())
                {
                    return Some(named);
                }
            }
        }
    }
    // Otherwise the subject is the first segment, the rest apposition.
    let mut head = None;
    let mut after_head = None;
    for (k, seg) in segments[..segments.len() - 1].iter().enumerate() {
        let seg = trim_np(seg);
        if seg.is_empty() {
            continue;
        }
        // ("Giving evidence on Wednesday, Mr Darnley, 61, said", "Speaking
        // to reporters, the minister, 54, said": a phrase of what the
        // speaker was doing opens the sentence; the subject follows it)
        // ("On Wednesday, TrialCheck, a group that monitors …, said": a
        // day is no subject either)
        if head.is_none()
            && k == 0
            && segments.len() > 2
            && (opens_with_doing(seg) || super::speaker::names_a_day(seg))
        {
            continue;
        }
        if head.is_none() {
            head = Some(seg);
            continue;
        }
        after_head = Some(seg);
        break;
    }
    let head = before_bracket(head?);
    // "The figures, from the regional health department, show …": the
    // body the figures come from.
    if let (Some(from), [det, data]) = (after_head, head) {
        if matches!(det.low(), "the" | "these" | "its" | "their")
            && matches!(
                data.low(),
                "figures" | "data" | "statistics" | "numbers" | "estimates" | "results"
            )
            && from.len() >= 2
            && from.len() <= 8
            && from[0].lower == "from"
            && from[1..].iter().all(|t| t.is_word() && !t.quoted)
        {
            if let Some(sp) = read_speaker(text, &from[1..], people) {
                return Some(sp);
            }
        }
    }
    // "The authority's general manager, Priya Natarajan, said": the name follows the role.
    if let Some(named) = name_after_role(text, tokens, head, people) {
        return Some(named);
    }
    let known = people.known.len();
    let mut sp = read_speaker(text, head, people)?;
    // The apposition gives the role: "Mao Ning, a spokeswoman for …, responded".
    let head_end = head.last().map(|t| t.end)?;
    let comma = tokens
        .iter()
        .position(|t| t.start >= head_end && t.lower == ",")?;
    if let Some((role, _)) =
        apposition(text, tokens, comma + 1).filter(|(r, _)| !r.starts_with("who "))
    {
        // "Safe Births Calderbrook, a campaign group set up by parents,
        // said": a name never met before, described as a body, is one.
        if sp.person && people.known.len() == known + 1 && describes_body(&role) {
            people.known.pop();
            people.last = None;
            people.last_org = Some(sp.text.clone());
            return Some(Speaker {
                text: sp.text,
                named: true,
                ..Speaker::default()
            });
        }
        if sp.person {
            if let Some(idx) = sp
                .name
                .as_deref()
                .and_then(|n| people.known.iter().position(|p| p.name == n))
            {
                if people.known[idx].role.as_deref().is_none_or(is_title) {
                    people.set_role(idx, role.clone());
                }
                sp.role = people.known[idx].role.clone();
            }
        }
    }
    Some(sp)
}

/// Where the name before the comma at `comma` starts and ends: capitalised words
/// and the small words inside a name ("the Nurses' Guild", "Ellesmere
/// Valley Hospitals NHS Trust"), read back at most eight tokens; none when
/// no capital ends it. A place after "in" or "near" is passed over for
/// the name before it.
fn antecedent(tokens: &[Token], comma: usize) -> Option<(usize, usize)> {
    let last = tokens.get(comma.checked_sub(1)?)?;
    if !(last.is_word() && last.is_cap()) || last.quoted {
        return None;
    }
    let mut a = comma - 1;
    while a > 0
        && comma - a < 8
        && !tokens[a - 1].quoted
        && (tokens[a - 1].is_word() && tokens[a - 1].is_cap()
            || matches!(tokens[a - 1].low(), "of" | "and" | "for" | "'" | "\u{2019}"))
    {
        a -= 1;
    }
    // "St Mary's Hospital in London, which said …": a place after "in" or
    // "near" is where the body is, not who speaks; the body before it, or
    // no one.
    if a >= 2 && matches!(tokens[a - 1].low(), "in" | "near") {
        return antecedent(tokens, a - 1);
    }
    // (the small words only inside it: "by the Nurses' Guild" keeps "the")
    while a < comma && matches!(tokens[a].low(), "of" | "and" | "for" | "'" | "\u{2019}") {
        a += 1;
    }
    if a > 0 && tokens[a - 1].lower == "the" {
        a -= 1;
    }
    (a < comma - 1 || is_name_word(&tokens[a])).then_some((a, comma))
}

/// The name before a description in apposition that ends at the comma
/// `comma`: "The study was funded by the Halden Lung Trust, a charity,
/// which said …" (the description an article and at most four words in
/// lower case).
fn described_antecedent(tokens: &[Token], comma: usize) -> Option<(usize, usize)> {
    let c = (comma.saturating_sub(6)..comma)
        .rev()
        .find(|&k| tokens[k].lower == ",")?;
    let desc = &tokens[c + 1..comma];
    (desc.len() >= 2
        && matches!(desc[0].low(), "a" | "an" | "the")
        && desc[1..]
            .iter()
            .all(|t| t.is_word() && !t.is_cap() && !t.quoted))
    .then(|| antecedent(tokens, c))
    .flatten()
}

/// A past participle opening a clause that describes a noun:
/// "commissioned", "published", "carried out", "drawn up".
fn participle(t: &Token) -> bool {
    t.is_word()
        && !t.is_cap()
        && !t.quoted
        && (t.lower.ends_with("ed")
            || matches!(
                t.low(),
                "seen"
                    | "shown"
                    | "written"
                    | "made"
                    | "drawn"
                    | "done"
                    | "undertaken"
                    | "led"
                    | "run"
                    | "held"
                    | "paid"
                    | "given"
                    | "taken"
                    | "built"
                    | "set"
            ))
        && !matches!(t.low(), "need" | "speed" | "bed" | "red" | "shed" | "feed")
}

/// Whether the words before `e` are one description of a private person
/// from the sentence's start: "A" or "An", up to three words in lower
/// case ending in a noun of `DESCRIBED_AS` ("former lorry driver"), then
/// "who" or "whose" and its clause, with no comma or quotation before
/// the verb.
/// Gives where "who" or "whose" is.
fn described_from_start(tokens: &[Token], e: usize) -> Option<usize> {
    if e > 30
        || !tokens
            .first()
            .is_some_and(|t| matches!(t.low(), "a" | "an"))
    {
        return None;
    }
    let w =
        (2..=4.min(e.saturating_sub(1))).find(|&w| matches!(tokens[w].low(), "who" | "whose"))?;
    (tokens[1..w]
        .iter()
        .all(|t| t.is_word() && !t.is_cap() && !t.quoted)
        && super::speaker::DESCRIBED_AS.contains(&tokens[w - 1].low())
        && !tokens[..e]
            .iter()
            .any(|t| t.quoted || t.text == "," || t.is_quote_mark()))
    .then_some(w)
}

/// Where the subject ending at `e` starts, read back over words that do
/// not open a phrase.
fn scan_back(tokens: &[Token], e: usize) -> usize {
    let mut s = e;
    // "and" between capitals joins one name: "the Department of Health and Social Care".
    let joins = |k: usize| {
        tokens[k].lower == "and"
            && k > 0
            && tokens[k - 1].is_cap()
            && tokens.get(k + 1).is_some_and(Token::is_cap)
    };
    // "and" inside a description between commas: "Tarrant Freight, the
    // parcels and pallet carrier, said", "Dr Ada Holm, a sleep and light
    // researcher, said".
    let describes = |k: usize| tokens[e - 1].lower == "," && and_in_description(tokens, k);
    // "The approach came as Ambledown reported …", "The move comes as the
    // union warned …": the subject follows "as" after a verb of timing.
    let timing_as = |k: usize| {
        tokens[k].lower == "as"
            && k > 0
            && matches!(
                tokens[k - 1].low(),
                "came"
                    | "comes"
                    | "come"
                    | "coming"
                    | "arrived"
                    | "arrives"
                    | "emerged"
                    | "followed"
                    | "follows"
                    | "happened"
            )
    };
    while s > 0 && e - s < 30 {
        // "Cllr Declan Ferrier (Lab), cabinet member for transport, said",
        // "Sen. Ana Ruiz (D-Ore.) said": a party in brackets after a name.
        if tokens[s - 1].lower == ")" {
            match (s.saturating_sub(7)..s - 1)
                .rev()
                .find(|&p| tokens[p].lower == "(")
                .filter(|&p| {
                    p > 0
                        && tokens[p - 1].is_cap()
                        && tokens[p + 1..s - 1]
                            .iter()
                            .all(|t| !matches!(t.low(), "(" | ")" | "," | "."))
                }) {
                Some(p) => {
                    s = p;
                    continue;
                }
                None => break,
            }
        }
        let opens = starts_np(&tokens[s - 1]) && !joins(s - 1) && !describes(s - 1);
        if opens || timing_as(s - 1) {
            break;
        }
        s -= 1;
    }
    s
}

/// Whether the verb at `i` is in a relative clause that a comma closes
/// before the sentence's own verb of saying: "who" or "which" before it,
/// with at most an auxiliary and an adverb between ("who has long said",
/// "who had publicly claimed"), and later ", said" or ", told". A clause
/// after "who" with no comma before it is one too when "to", "by", "in"
/// or "at" follows the verb ("Those who wrote by hand …"), or when it is
/// in an opening "Of the …" before that opening's comma ("Of the 6,930
/// participants who said …, 6.8% …").
fn in_relative_clause(tokens: &[Token], i: usize) -> bool {
    let between = |t: &Token| {
        matches!(
            t.low(),
            "has"
                | "have"
                | "had"
                | "also"
                | "long"
                | "previously"
                | "publicly"
                | "repeatedly"
                | "often"
                | "once"
                | "since"
        )
    };
    let Some(rel) = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| matches!(tokens[k].low(), "who" | "which"))
    else {
        return false;
    };
    if rel == 0 || !tokens[rel + 1..i].iter().all(between) || tokens[rel].quoted {
        return false;
    }
    // ("Those who wrote by hand answered 64% …", "people and
    // organisations who responded to a public consultation": a clause
    // with no comma before it says which ones they are, and its verb,
    // with a preposition after it and no saying of its own, is the
    // clause's, whatever the sentence's is; not "a senator who has said
    // the chamber would be reformed")
    if tokens[rel].lower == "who"
        && tokens[rel - 1].is_word()
        && tokens
            .get(i + 1)
            .is_some_and(|n| !n.quoted && matches!(n.low(), "to" | "by" | "in" | "at"))
    {
        return true;
    }
    // ("Of the 6,930 participants who said they used a second language
    // every day, 6.8% were diagnosed …": those counted in a share, told
    // by the clause in the share's opening before its comma)
    if tokens[0].lower == "of"
        && tokens[rel].lower == "who"
        && !tokens[..rel].iter().any(|t| t.text == "," || t.quoted)
    {
        return true;
    }
    let verbs = word_set(&VERB_SET, VERBS);
    tokens
        .windows(2)
        .skip(i + 1)
        .take(40)
        .take_while(|p| !p[0].quoted && p[0].text != ".")
        .any(|p| p[0].text == "," && !p[1].quoted && verbs.contains(p[1].low()))
}

/// A possessive: "the mayor's", "Ms Lund's", "the unions'"; not a
/// pronoun's "is" or "has" ("she's", "it's", "there's").
fn possessive(t: &Token) -> bool {
    let w = t.low();
    let Some(owner) = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .or_else(|| w.strip_suffix("s'"))
    else {
        return false;
    };
    !t.quoted
        && !matches!(
            owner,
            "he" | "she"
                | "it"
                | "that"
                | "there"
                | "who"
                | "what"
                | "where"
                | "here"
                | "this"
                | "everyone"
                | "nobody"
                | "no-one"
                | "someone"
                | "one"
                | "let"
        )
}

/// A phrase of what someone was doing, put before the subject: a
/// participle ("Giving evidence", "Speaking to reporters", "Asked about
/// the report") then a word in lower case; not a name in "-ing"
/// ("Manning, the coach, said").
fn opens_with_doing(seg: &[Token]) -> bool {
    match seg {
        [first, second, ..] => {
            let w = first.low();
            !second.is_cap()
                && second.is_word()
                && ((w.len() > 5 && w.ends_with("ing"))
                    || matches!(
                        w,
                        "asked" | "questioned" | "pressed" | "cross-examined" | "interviewed"
                    ))
        }
        _ => false,
    }
}

/// Whether "found" at `i` is a ruling: a body that rules on conduct (an
/// investigation, an inquiry, an ombudsman, a tribunal, a jury, a panel)
/// among the sentence's first five words, nothing quoted before, and after
/// the verb "no evidence" or a word of fault within three words.
fn ruling(tokens: &[Token], i: usize) -> bool {
    let rules = tokens[..i.min(5)].iter().any(|t| {
        matches!(
            t.low(),
            "investigation" | "inquiry" | "ombudsman" | "tribunal" | "jury" | "panel" | "watchdog"
        )
    });
    rules
        && !tokens[..i].iter().any(|t| t.quoted)
        && (matches_at(tokens, i + 1, &["no", "evidence"])
            || tokens.iter().skip(i + 1).take(3).any(|n| {
                matches!(
                    n.low(),
                    "maladministration" | "wrongdoing" | "negligence" | "negligent" | "misconduct"
                )
            }))
}

/// Nouns for a body of data that speaks through what it shows.
const DATA: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "survey",
    "poll",
    "study",
    "analysis",
    "audit",
    "research",
    "estimates",
    "findings",
    "results",
    "modelling",
    "census",
    // (papers a body publishes: "Board papers published by … show")
    "papers",
    "documents",
];

/// A body of data opening the sentence, a participle ("presented",
/// "carried out", "compiled") and "by" with the name of who made it, then
/// only a few words of whom and when before the verb of finding at `i`
/// (its subject ending at `e`): the data and its maker, all their words
/// up to the maker's name ("Figures presented by Brennan Civils", "A
/// survey of 640 residents carried out by the Kettleby Road Users'
/// Forum"). Read only for a verb of finding, within 24 tokens of the
/// sentence's start, with no comma or quotation before it.
fn data_by_agent(text: &str, tokens: &[Token], i: usize, e: usize) -> Option<Speaker> {
    if e > 24
        || !matches!(
            tokens[i].low(),
            "showed"
                | "shows"
                | "show"
                | "found"
                | "finds"
                | "find"
                | "suggested"
                | "suggests"
                | "indicated"
                | "indicates"
                | "revealed"
                | "reveals"
                | "concluded"
        )
    {
        return None;
    }
    let lead = usize::from(matches!(tokens.first()?.low(), "a" | "an" | "the"));
    // The noun within the first three words ("Rainfall data", "The
    // council's figures").
    let noun = (lead..(lead + 3).min(e)).find(|&k| DATA.contains(&tokens[k].low()))?;
    let head = &tokens[..e];
    if head
        .iter()
        .any(|t| t.quoted || !t.is_word() && !matches!(t.text, "'" | "\u{2019}"))
    {
        return None;
    }
    // The participle within seven words after the noun, "by" right after
    // it or after "out"/"up".
    let part = (noun + 1..e.min(noun + 8)).find(|&k| participle(&tokens[k]))?;
    let mut by = part + 1;
    if tokens
        .get(by)
        .is_some_and(|t| matches!(t.low(), "out" | "up"))
    {
        by += 1;
    }
    if by >= e || tokens[by].lower != "by" {
        return None;
    }
    // The maker: any article and words in lower case ("the charity"), then
    // a name in capitals, with the small words inside one.
    let mut k = by + 1;
    let mut plain = 0;
    while k < e && !tokens[k].is_cap() && plain < 4 {
        if matches!(
            tokens[k].low(),
            "to" | "on" | "in" | "at" | "for" | "last" | "this" | "and" | "of" | "from"
        ) {
            return None;
        }
        k += 1;
        plain += 1;
    }
    if k >= e || !tokens[k].is_cap() {
        return None;
    }
    let mut end = k + 1;
    while end < e {
        let t = &tokens[end];
        let inside = matches!(t.low(), "of" | "and" | "for" | "'" | "\u{2019}")
            && tokens.get(end + 1).is_some_and(Token::is_cap);
        let possessive = matches!(t.text, "'" | "\u{2019}") && tokens[end - 1].lower.ends_with('s');
        if t.is_cap() || inside || possessive {
            end += 1;
        } else {
            break;
        }
    }
    if super::calendar::weekday_of(tokens[end - 1].low()).is_some()
        || super::calendar::is_month_word(tokens[end - 1].low())
    {
        return None;
    }
    Some(Speaker {
        text: join(text, &tokens[..end]),
        named: true,
        ..Speaker::default()
    })
}

/// Where the apposition opens (its comma) when the words `s..c` end a
/// place joined by "and" inside it ("…, the MP for Ashmere and the Vale",
/// "…, councillor for Kirkby and Westvale"): capitals after "and" (and
/// any "the"), capitals between a "for" or "of" and "and", and a role
/// between the comma and that "for" or "of".
fn place_in_role(tokens: &[Token], s: usize, c: usize) -> Option<usize> {
    let cap = |t: &Token| t.is_word() && t.is_cap() && !t.quoted;
    // (scanning back may stop before or after the "the")
    let p = s + usize::from(tokens[s].lower == "the");
    let mut a = s - 1;
    if tokens[a].lower == "the" {
        a = a.checked_sub(1)?;
    }
    if tokens[a].lower != "and" || p >= c || !tokens[p..c].iter().all(cap) {
        return None;
    }
    let f = (a.saturating_sub(5)..a)
        .rev()
        .find(|&f| matches!(tokens[f].low(), "for" | "of"))?;
    if f + 1 == a || !tokens[f + 1..a].iter().all(|t| cap(t) || t.lower == "the") {
        return None;
    }
    let k = (f.saturating_sub(7)..f)
        .rev()
        .find(|&k| tokens[k].lower == ",")
        .filter(|&k| k > 0)?;
    let role = &tokens[k + 1..f];
    (role.iter().all(|t| t.is_word() && !t.quoted) && role.iter().any(is_role)).then_some(k)
}

/// A subject without the party in brackets after its name.
fn before_bracket<'t, 'a>(np: &'t [Token<'a>]) -> &'t [Token<'a>] {
    // A wire story's dateline before it: "VELLMARK (Strandpost) - The
    // Verdant League" is the league (a place in capitals, the agency in
    // brackets, a dash).
    if let Some(dash) = np
        .iter()
        .take(8)
        .position(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))
    {
        let dateline = &np[..dash];
        let caps = dateline
            .iter()
            .take_while(|t| t.lower != "(")
            .filter(|t| t.is_word())
            .all(|t| !t.text.chars().any(char::is_lowercase));
        if caps
            && dateline.first().is_some_and(Token::is_word)
            && dateline.last().is_some_and(|t| t.lower == ")")
            && dash + 1 < np.len()
        {
            return before_bracket(&np[dash + 1..]);
        }
    }
    match np.iter().position(|t| t.lower == "(") {
        Some(p) if p > 0 => trim_np(&np[..p]),
        _ => np,
    }
}

/// An age in apposition: "81", "aged 81".
fn is_age(seg: &[Token]) -> bool {
    let number = |t: &Token| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit());
    match seg {
        [n] => number(n),
        [aged, n] => aged.lower == "aged" && number(n),
        _ => false,
    }
}

/// Whether the "and" at `k` joins two words of one description in
/// apposition: a comma and a determiner at most seven words before it,
/// lower case words between, and a lower case word after it that is no
/// article or pronoun ("the parcels and pallet carrier", "a sleep and light
/// researcher", "its founder and chief executive", "the cabinet member for
/// leisure and culture"), not "and" opening a clause ("…, the index climbed
/// and the minister …").
fn and_in_description(tokens: &[Token], k: usize) -> bool {
    if tokens[k].lower != "and" || k < 3 {
        return false;
    }
    let plain = |t: &Token| t.is_word() && !t.is_cap() && !t.quoted && !t.has_digit();
    let next_fits = tokens.get(k + 1).is_some_and(|n| {
        plain(n)
            && !matches!(
                n.low(),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "then"
                    | "that"
                    | "which"
                    | "who"
            )
    });
    if !next_fits {
        return false;
    }
    let from = k.saturating_sub(8);
    let Some(c) = (from..k).rev().find(|&j| tokens[j].lower == ",") else {
        return false;
    };
    let between = &tokens[c + 1..k];
    between.len() >= 2
        && matches!(
            between[0].low(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
        && between[1..].iter().all(|t| {
            plain(t) && !t.lower.ends_with("ed") && !word_set(&VERB_SET, VERBS).contains(t.low())
        })
}

/// An apposition that says what kind of body something is: "a campaign
/// group set up by parents", "the country's largest ferry operator", "an
/// Oslo-based lender" (a word for a body among its first five words, before
/// any "of", "for" or "at", and no role of a person before it).
fn describes_body(role: &str) -> bool {
    let lower = role.to_lowercase();
    for w in lower.split_whitespace().take(5) {
        if matches!(w, "of" | "for" | "at" | "who" | "which" | "set" | "based") {
            return false;
        }
        if ORG_NOUNS.contains(&w)
            || matches!(
                w,
                "organisation"
                    | "organization"
                    | "association"
                    | "society"
                    | "coalition"
                    | "alliance"
                    | "network"
                    | "charity"
            )
        {
            return true;
        }
        if super::lexicon::ROLES.contains(&w) {
            return false;
        }
    }
    false
}

/// Those a speaker addresses, never the channel that carries the words.
const AUDIENCES: &[&str] = &[
    "mps",
    "commons",
    "lords",
    "parliament",
    "congress",
    "senate",
    "senators",
    "lawmakers",
    "reporters",
    "journalists",
    "committee",
    "assembly",
    "council",
    "councillors",
    "delegates",
    // "told Kingsford Crown Court", "told the inquiry": a hearing.
    "court",
    "jury",
    "jurors",
    "tribunal",
    "inquiry",
    "hearing",
    // "she told Mr Justice Ardagh", "told Judge Rhys Lloyd", "told the
    // coroner": who hears the case.
    "justice",
    "judge",
    "coroner",
    "magistrates",
];

/// The intermediaries named in the sentence ("as cited by … Tass").
pub(crate) fn via(
    text: &str,
    tokens: &[Token],
    lows: &[&str],
    speaker: Option<&str>,
    masthead: Option<&str>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].quoted {
            continue;
        }
        let Some((phrase, ())) = via_phrases().at(lows, i).next() else {
            continue;
        };
        let (np, _) = np_right(tokens, i + phrase.len());
        // "has told the company it will stop … from January": the one told
        // ends where the clause of what was told opens with its subject.
        let np = match np
            .iter()
            .position(|t| matches!(t.low(), "it" | "he" | "she" | "they" | "we" | "i" | "you"))
        {
            Some(k) => &np[..k],
            None => np,
        };
        let np = trim_np(np);
        // "told the broadcaster VTV on Wednesday": the name ends before a
        // phrase of time or place.
        let np = match np
            .iter()
            .skip(1)
            .position(|t| matches!(t.low(), "on" | "in" | "at" | "during" | "after" | "before"))
        {
            Some(k) => &np[..=k],
            None => np,
        };
        // The name at the end: "Russia's state-run news service Tass" → "Tass".
        let mut e = np.len();
        while e > 0 && !is_name_word(&np[e - 1]) {
            e -= 1;
        }
        let mut s = e;
        while s > 0
            && (is_name_word(&np[s - 1]) || np[s - 1].lower == "and")
            && !np[s - 1].lower.ends_with("'s")
        {
            s -= 1;
        }
        // (nor a day or a month: "Speaking on Wednesday, …")
        if s == e
            || np[s..e].iter().all(|t| {
                super::calendar::weekday_of(t.low()).is_some()
                    || super::calendar::is_month_word(t.low())
            })
        {
            continue;
        }
        let name = join(text, &np[s..e]);
        // An audience is no intermediary: "told MPs", "told the Commons",
        // nor the party or place that qualifies one ("told Green
        // councillors", "told Labour MPs").
        if phrase == ["told"] && np[s..].iter().any(|t| AUDIENCES.contains(&t.base())) {
            continue;
        }
        if phrase == ["told"] && np.first().is_some_and(|t| !t.is_cap() && t.lower != "the") {
            continue;
        }
        if speaker.is_some_and(|sp| sp == name) || out.contains(&name) {
            continue;
        }
        // "\"Nobody is building on the playground,\" he told the Echo." under
        // the masthead "Brenmouth Echo > News > Council": the page itself.
        if phrase == ["told"] && masthead.is_some_and(|m| in_masthead(m, &name)) {
            continue;
        }
        out.push(name);
    }
    out
}

/// The page's own title in lower case, sought once per article: the
/// first line's name, that line a masthead (a name of at most four words,
/// alone or before a "|", ">", "›", " - " or " – " of a section path), not
/// a headline ("Mail delays hit town").
pub(crate) fn masthead_title(text: &str) -> Option<String> {
    let head = text.trim_start();
    let mut end = head.len().min(120);
    while !head.is_char_boundary(end) {
        end -= 1;
    }
    let line = head[..end].split('\n').next().unwrap_or_default();
    let title = line
        .split(['|', '>', '\u{203A}'])
        .next()
        .unwrap_or_default();
    let title = title
        .split(" - ")
        .next()
        .and_then(|t| t.split(" \u{2013} ").next())
        .unwrap_or_default()
        .trim();
    let words = title.split_whitespace().count();
    if words == 0 || words > 4 {
        return None;
    }
    // A name's words open with capitals (or figures), bar the small words
    // inside it: "The Lantern Review", "Crime & Courts", "Ministry of
    // Civil Protection"; a headline has words in lower case.
    let named = title.split_whitespace().enumerate().all(|(k, w)| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
            || (k > 0
                && matches!(
                    w,
                    "of" | "and" | "the" | "for" | "on" | "upon" | "in" | "at"
                ))
    });
    named.then(|| title.to_lowercase())
}

/// Whether `name` is whole words of the page's `title` (lower case,
/// from `masthead_title`).
pub(crate) fn in_masthead(title: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let name = name.to_lowercase();
    title.match_indices(name.as_str()).any(|(k, _)| {
        let before = title[..k].chars().next_back();
        let after = title[k + name.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod subject_tests {
    use super::super::attribution::{attribute, Found, People};
    use super::super::tokens::{lows, tokenize};

    fn run(text: &str) -> Found {
        let mut people = People::default();
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        attribute(text, &tokens, &lows(&tokens), &mut people)
    }

    #[test]
    fn what_appears_to_show_is_told_by_its_subject() {
        // (seen: a live blog's video)
        let f = run("Footage shared on social media appears to show a second, smaller explosion at the refinery at about 11:50.");
        assert_eq!(f.speaker.as_deref(), Some("Footage shared on social media"));
        // (in other words)
        let f = run("The figures seem to suggest a rise of 40% in a year.");
        assert_eq!(f.speaker.as_deref(), Some("The figures"));
        let f = run("Satellite images appeared to show smoke rising from the plant.");
        assert_eq!(f.speaker.as_deref(), Some("Satellite images"));
        let f = run("The records appear to show 40 missed inspections.");
        assert_eq!(f.speaker.as_deref(), Some("The records"));
        let f = run("The data seems to suggest a fall of a fifth since 2020.");
        assert_eq!(f.speaker.as_deref(), Some("The data"));
        let f = run("The photographs seemed to show a crack in the dam.");
        assert_eq!(f.speaker.as_deref(), Some("The photographs"));
        // Near miss: an infinitive of intent after another verb.
        assert_eq!(
            run("The council hopes to show that the budget is balanced.").speaker,
            None
        );
    }

    #[test]
    fn a_participle_after_a_quantifier_attributes_nothing() {
        for text in [
            "Every reported burglary is attended, usually within 48 hours.",
            "Each projected saving was checked by the auditors.",
            "No reported case has been confirmed.",
        ] {
            assert_eq!(run(text).speaker, None, "{text}");
        }
        // (a verb of saying after its subject still is one)
        let f = run("Every councillor said the budget was sound.");
        assert_eq!(f.speaker.as_deref(), Some("Every councillor"));
    }

    #[test]
    fn what_forecasters_had_expected_is_their_forecast() {
        for (text, who) in [
            (
                "Analysts at the broker Illingworth Capital had expected profits of about £55m.",
                "Analysts at the broker Illingworth Capital",
            ),
            (
                "Economists polled by the agency have expected a rise of 0.3 percentage points.",
                "Economists polled by the agency",
            ),
        ] {
            assert_eq!(run(text).speaker.as_deref(), Some(who), "{text}");
        }
        // Not an expectation of no one named, nor one that waits on "to".
        for text in [
            "Profits had expected a boost from the sale of the Leeds depot.",
            "The firm had expected profits of about £55m.",
            "Analysts had expected to see a rise in sales.",
        ] {
            assert_eq!(run(text).speaker, None, "{text}");
        }
    }

    #[test]
    fn a_participle_clause_between_commas_describes_the_subject_before_it() {
        let f = run("A report by the consultancy Ardent Environmental, commissioned by the council and published in March, found that its landfill costs had risen by 38% in the five years to 2025.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("A report by the consultancy Ardent Environmental")
        );
        let f = run("The survey of 2,000 adults, carried out by Polling Hub in June, found that most drivers backed the limit.");
        assert!(
            f.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("The survey")),
            "{f:?}"
        );
        // An apposition that is no participle keeps its reading.
        let f = run("Sunita Rowe, the cabinet member for environment, said the plant would burn 180,000 tonnes a year.");
        assert_eq!(f.speaker.as_deref(), Some("Sunita Rowe"));
        // The clause may end in a name in apposition.
        for (text, who) in [
            ("The officers' report, written by the head of highways, Wilfrid Nettleship, says the reduction followed a decision to save £410,000 a year.", "The officers' report"),
            ("The review, led by the former chief constable, Dame Alys Pennock, found that 40 cases had been closed early.", "The review"),
        ] {
            assert_eq!(run(text).speaker.as_deref(), Some(who), "{text}");
        }
        // Not a name after a clause of no agent, nor a role after one.
        let f = run("The head of highways, appointed last year, Wilfrid Nettleship, said the routes were safe.");
        assert_ne!(f.speaker.as_deref(), Some("The head of highways"));
        let f = run("The report, written by Wilfrid Nettleship, the head of highways, says the routes were cut.");
        assert_eq!(f.speaker.as_deref(), Some("The report"));
    }

    #[test]
    fn a_name_in_apposition_inside_what_was_told_does_not_end_it() {
        // (seen: a witness at a fraud trial)
        for (text, who) in [
            (
                "Mrs Penbury told the court her wedding insurer, Hallbrook Insurance, had refused to pay out.",
                "Penbury",
            ),
            (
                "The farmer told the inquiry his landlord, a builder from Ashby, was planning to sell the land.",
                "The farmer",
            ),
            (
                "Ms Orrell told the committee the plan, which had been drawn up by officers, would cost £2m.",
                "Orrell",
            ),
        ] {
            assert_eq!(run(text).speaker.as_deref(), Some(who), "{text}");
        }
        // Near misses: whom it warned, a comma and a clause of its own;
        // a name between commas with no verb after it.
        for text in [
            "The operator warned every farm, Corvel Estates included, two hours before the release.",
            "The operator warned all its customers, Corvel Estates, Hallam Foods, before the release.",
            "The operator warned every farm, in the valley and beyond it, two hours before the release.",
        ] {
            assert_eq!(run(text).speaker, None, "{text}");
        }
    }

    #[test]
    fn data_and_their_maker_named_by_a_participle_speak() {
        let f = run("Figures presented by Brennan Civils to the council's place scrutiny committee on Tuesday showed 2,100 of the defects had been classed as category one.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("Figures presented by Brennan Civils")
        );
        assert!(!f.person);
        let f = run("A survey of 640 residents carried out by the Kettleby Road Users' Forum last month found that 71% had reported a pothole in the past year.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("A survey of 640 residents carried out by the Kettleby Road Users' Forum")
        );
        let f = run("Data gathered by the charity Clean Air Halbrook for the city council in March suggests that 4,000 homes sit beside the ring road.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("Data gathered by the charity Clean Air Halbrook")
        );
        assert!(!f.person);
        // (papers a body publishes, its name long: seen, a trust's board
        // papers)
        let f = run("Board papers published by Ravensholm and Stourby Community Health NHS Trust on Tuesday show that 538 children had been waiting longer than 52 weeks on December 31.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("Board papers published by Ravensholm and Stourby Community Health NHS Trust")
        );
        let f = run("Planning documents submitted by Larkhill Estates and Dunmere Homes to the council last month show that the towers would be 31 storeys high.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("Planning documents submitted by Larkhill Estates and Dunmere Homes")
        );
    }

    #[test]
    fn a_relative_clause_after_a_description_speaks_for_the_name_before_it() {
        // (seen: a study's funder)
        let f = run("The study was funded by the Halden Lung Trust, a charity, which said it had no role in the design of the research.");
        assert_eq!(f.speaker.as_deref(), Some("the Halden Lung Trust"));
        assert!(!f.person);
        // The same shape in other words.
        let f = run("The survey was paid for by Kestrel Water, the regional supplier, which said the results would be published in full.");
        assert_eq!(f.speaker.as_deref(), Some("Kestrel Water"));
        // Without the description, as before.
        let f = run(
            "Her claim is backed by the Nurses' Guild, which said it had logged 40 complaints.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the Nurses' Guild"));
    }

    #[test]
    fn a_ruling_on_conduct_is_the_reports_own() {
        // (seen: a libel trial's background; a housing complaint)
        let f = run("The council's own investigation, completed in January, found no evidence that Holloway had influenced the scoring.");
        assert_eq!(f.speaker, None);
        let f = run("The Housing Ombudsman found severe maladministration in the council's handling of a damp complaint.");
        assert_eq!(f.speaker, None);
        // The same shape in other words.
        let f =
            run("An independent inquiry found no evidence of wrongdoing by the club's directors.");
        assert_eq!(f.speaker, None);
        // What an inquiry counted is its own finding.
        let f = run("The inquiry found that 40 patients had waited more than a year.");
        assert!(f.speaker.is_some(), "{f:?}");
    }

    #[test]
    fn evidence_shown_to_an_audience_is_an_act() {
        // (seen: counsel in a libel trial)
        let f = run("Kell then showed the court a text message from Holloway to Marsh, sent in August 2021.");
        assert_eq!(f.speaker, None);
        let f =
            run("The prosecutor showed jurors CCTV footage of the van leaving the yard at 2am.");
        assert_eq!(f.speaker, None);
        // What figures show the committee is said.
        let f = run("Mr Hale showed the committee that waiting times had doubled since 2023.");
        assert!(f.speaker.is_some(), "{f:?}");
    }

    #[test]
    fn one_who_adds_at_the_end_or_adds_that_tells_it() {
        let f = run("The five blocks left open would be cleaned twice a day instead of three times, the report adds.");
        assert_eq!(f.speaker.as_deref(), Some("the report"));
        let f = run("The union adds that 40% of the wards were short of nurses.");
        assert_eq!(f.speaker.as_deref(), Some("The union"));
        // Near miss: a thing added is no saying.
        let f = run("The budget adds 14 firefighters and reopens the Elm Street branch library.");
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn a_document_that_notes_something_tells_it() {
        let f = run("The study also notes that the government ended its national soil monitoring programme in 2016.");
        assert_eq!(f.speaker.as_deref(), Some("The study"));
        // (in other words)
        let f = run("The report notes that 40% of the wards were short of nurses.");
        assert_eq!(f.speaker.as_deref(), Some("The report"));
        // Near miss: notes that are a record, which show.
        let f = run("The minister's notes show that she met the chairman twice.");
        assert_eq!(f.speaker.as_deref(), Some("The minister's notes"));
    }

    #[test]
    fn a_study_that_links_two_things_tells_the_link() {
        let f = run("The paper links the steepest falls to fields sprayed several times a year with fungicides.");
        assert_eq!(f.speaker.as_deref(), Some("The paper"));
        // (in other words)
        let f = run("A new analysis links night shifts to heart disease in nurses.");
        assert_eq!(f.speaker.as_deref(), Some("A new analysis"));
        // (and one that attributes it to a cause)
        let f = run("The researchers attribute the recovery largely to cleaner water and to a ban on farm pesticides.");
        assert_eq!(f.speaker.as_deref(), Some("The researchers"));
        // Near miss: a bridge that links two places tells nothing.
        let f = run("The Kelbury bridge links the two halves of the town.");
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn what_a_body_made_which_found_is_the_bodys_finding() {
        let f = run("Mr Greave, the Rivers Trust for the Wyle published a report in April which found that 19 of your overflows discharged on dry days.");
        assert_eq!(f.speaker.as_deref(), Some("the Rivers Trust for the Wyle"));
        // (in other words)
        let f = run("The Halbrook Institute released a survey last month that showed 40% of tenants were behind on rent.");
        assert_eq!(f.speaker.as_deref(), Some("The Halbrook Institute"));
        // (with no maker before it, the thing the pronoun stands for)
        let f = run("It was the report which found that the dam was unsafe.");
        assert_eq!(f.speaker.as_deref(), Some("the report"));
    }

    #[test]
    fn a_conjunction_opening_the_clause_is_not_its_subject() {
        let f = run("Highest share since records began, as patients' charity warns older people are giving up on booking");
        assert_eq!(f.speaker.as_deref(), Some("patients' charity"));
        // (in other words)
        let f = run("Prices rose again in March, while the union says wages fell.");
        assert_eq!(f.speaker.as_deref(), Some("the union"));
    }

    #[test]
    fn a_noun_after_a_possessive_and_a_participle_with_its_agent_tell_nothing() {
        let f = run("The board did not respond to questions about the parents' claims.");
        assert_eq!(f.speaker, None);
        let f = run("It declined to comment on the price reported by the newspaper.");
        assert_eq!(f.speaker, None);
        // Near misses: the verb after its subject, and a passive with its
        // auxiliary.
        let f = run("The parents claim the school ignored their letters.");
        assert_eq!(f.speaker.as_deref(), Some("The parents"));
        let f = run("The union said the cuts were reported by managers.");
        assert_eq!(f.speaker.as_deref(), Some("The union"));
    }

    #[test]
    fn a_clause_of_saying_is_no_subject() {
        let f = run("The Treasury disputes the figure, saying it leaves out the increase in child benefit announced today.");
        assert!(
            f.speaker
                .as_deref()
                .is_none_or(|s| !s.starts_with("saying")),
            "{:?}",
            f.speaker
        );
        // (in other words)
        let f = run("The firm rejected the claim, adding that the rise in fees reported last week was wrong.");
        assert!(
            f.speaker
                .as_deref()
                .is_none_or(|s| !s.starts_with("adding")),
            "{:?}",
            f.speaker
        );
        // Near miss: a subject that is a name.
        let f = run("Sky News reported that the Treasury had considered raising VAT.");
        assert_eq!(f.speaker.as_deref(), Some("Sky News"));
    }

    #[test]
    fn a_verb_of_saying_after_to_is_what_is_to_be_done() {
        let f = run("The team will repeat its survey, and will for the first time use DNA from spraints to estimate how many animals there are.");
        assert!(
            f.speaker.as_deref().is_none_or(|s| !s.contains(" to")),
            "{:?}",
            f.speaker
        );
        // (in other words)
        let f = run(
            "Divers will return next month and use sonar to predict where the wreck has moved.",
        );
        assert!(
            f.speaker.as_deref().is_none_or(|s| !s.ends_with(" to")),
            "{:?}",
            f.speaker
        );
        // Near miss: the saying of the sentence, after the plan.
        let f = run("The ministry said it would use sonar to estimate the wreck's depth.");
        assert_eq!(f.speaker.as_deref(), Some("The ministry"));
    }

    #[test]
    fn those_named_after_including_are_some_of_the_subject() {
        let f = run("Opponents, including the league and several fishing associations on the Hollin coast, say construction would damage breeding grounds for eels.");
        assert_eq!(f.speaker.as_deref(), Some("Opponents"));
        // (in other words)
        let f = run(
            "Several unions, among them Unite and the nurses' guild, said the offer was too low.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Several unions"));
        // Near miss: one named after a comma with no "including".
        let f = run("The plan was opposed by the league, and several fishing associations on the coast said it would damage eel stocks.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("several fishing associations on the coast")
        );
    }

    #[test]
    fn a_place_joined_by_and_in_a_role_is_not_the_subject() {
        let f = run("Tom Bexley, the MP for Ashmere and the Vale, said he had written to the bank's chairman.");
        assert_eq!(f.speaker.as_deref(), Some("Tom Bexley"));
        assert!(f.person);
        let f = run(
            "Priya Lal, councillor for Kirkby and Westvale, said the bridge would reopen in May.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Priya Lal"));
        // Two subjects joined by "and" stay as they were read.
        let f = run("The mayor met Tom Reyes and the Vale Trust said the deal was done.");
        assert_ne!(f.speaker.as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn an_audience_qualified_by_a_name_is_no_intermediary() {
        let f = run("Mr Fairclough said a senior officer had told Green councillors at a briefing in January that the traffic section would be published separately.");
        assert!(!f.via.iter().any(|v| v == "Green"), "{f:?}");
        let f = run("The minister said an adviser had told Labour MPs on Monday that the scheme would be scrapped.");
        assert!(!f.via.iter().any(|v| v == "Labour"), "{f:?}");
        // A broadcaster told is still one.
        let f = run("The minister told the broadcaster VTV on Wednesday that the dam was safe.");
        assert!(f.via.iter().any(|v| v == "VTV"), "{f:?}");
    }

    #[test]
    fn a_description_holding_a_relative_clause_is_read_over_to_the_subject() {
        let f = run("Patients Together, a charity that represents people with long-term conditions, said its helpline had taken 9,800 calls.");
        assert_eq!(f.speaker.as_deref(), Some("Patients Together"));
        assert!(!f.person);
        let f = run("Safe Streets Hallam, a campaign group that wants lower limits, said casualties had halved.");
        assert_eq!(f.speaker.as_deref(), Some("Safe Streets Hallam"));
        // A clause "that" opens after the verb is what was said.
        let f = run("The council said that the bins would be collected every three weeks.");
        assert_eq!(f.speaker.as_deref(), Some("The council"));
    }
}

/// "in 2024 to", "in March 2024 to", "last year to" at `at`: a time in
/// a year named by its number, or the year before, then the "to" of
/// what was pledged (not "that" and words said, unless put to the one
/// whose side promised it: "Your company promised in 2019 that the new
/// reservoir would be holding water by 2025" is the questioner's, "The
/// council promised in 2024 that …" the council's).
fn dated_to_a_year(tokens: &[Token], at: usize) -> bool {
    let year = |t: &Token| t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit());
    let put_to_them = tokens[..at.saturating_sub(1)]
        .iter()
        .rev()
        .take(3)
        .any(|t| !t.quoted && t.lower == "your");
    let to = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.lower == "to" || (put_to_them && t.lower == "that"))
    };
    match tokens.get(at).map(Token::low) {
        Some("in") => {
            tokens.get(at + 1).is_some_and(year) && to(at + 2)
                || tokens
                    .get(at + 1)
                    .is_some_and(|m| super::calendar::is_month_word(m.low()))
                    && tokens.get(at + 2).is_some_and(year)
                    && to(at + 3)
        }
        Some("last") => tokens.get(at + 1).is_some_and(|t| t.lower == "year") && to(at + 2),
        _ => false,
    }
}

/// After "warned", "told" or "informed" at `i`: an object opened by a
/// determiner ("every municipality", "the council"), then the clause ends
/// (a comma, a full stop, "and" or "but") within twelve words with no
/// word that opens what was told ("that", "of", "about", "to", a
/// question word, a colon) and no verb of its own ("was", "would").
fn tells_nothing(tokens: &[Token], i: usize) -> bool {
    if !tokens.get(i + 1).is_some_and(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "every" | "all" | "each" | "the" | "its" | "their" | "his" | "her" | "our"
            )
    }) {
        return false;
    }
    for (k, t) in tokens.iter().enumerate().skip(i + 2).take(12) {
        if t.quoted {
            return false;
        }
        match t.low() {
            // ("told the court her wedding insurer, Hallbrook Insurance,
            // had refused to pay out": a name in apposition, then the
            // verb of the clause told)
            "," if apposition_then_verb(tokens, k) => return false,
            "," | "." | ";" | "and" | "but" => return true,
            "that" | "of" | "about" | "to" | "how" | "what" | "why" | "when" | "whether"
            | "where" | ":" | "is" | "are" | "was" | "were" | "had" | "has" | "have" | "would"
            | "will" | "could" | "should" | "may" | "might" | "must" | "can" => return false,
            _ => {}
        }
    }
    false
}

/// Whether the comma at `k` opens an apposition or a clause that a verb
/// follows: up to ten words to the next comma, then an auxiliary or a
/// verb in the past ("…, Hallbrook Insurance, had refused …", "…, which
/// had been drawn up by officers, would cost …").
fn apposition_then_verb(tokens: &[Token], k: usize) -> bool {
    let Some(close) = (k + 1..tokens.len().min(k + 12)).find(|&c| tokens[c].text == ",") else {
        return false;
    };
    close > k + 1
        && tokens[k + 1..close]
            .iter()
            .all(|t| t.is_word() && !t.quoted)
        && tokens
            .get(close + 1)
            .is_some_and(|v| !v.quoted && super::hedges::is_finite_verb(v.low()))
}

/// Whether "links" or "attribute(s)" at `i` is a study's: a word for a
/// study or its authors among the three tokens before it ("The paper
/// links", "The researchers attribute"), and "to" within seven tokens
/// after its object ("… the steepest falls to fields sprayed …").
fn studies_link(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(3)..i]
        .iter()
        .any(|b| super::lexicon::is_study_word(b.low()))
        && tokens[i + 1..]
            .iter()
            .take(8)
            .skip(1)
            .any(|n| n.lower == "to" && !n.quoted)
}

/// "puts 540 of them down to mechanical faults": "down to" within eight
/// words after "put" at `i`, a count or a noun between (not a quotation,
/// a clause or a full stop), then a word.
fn puts_down_to(tokens: &[Token], i: usize) -> bool {
    let rest = &tokens[(i + 1).min(tokens.len())..tokens.len().min(i + 10)];
    rest.iter()
        .take_while(|t| t.is_word() && !t.quoted && !matches!(t.low(), "that" | "and" | "but"))
        .position(|t| t.lower == "down")
        .is_some_and(|k| {
            k > 0
                && rest.get(k + 1).is_some_and(|t| t.lower == "to")
                && rest.get(k + 2).is_some_and(|t| t.is_word() && !t.quoted)
        })
}

#[cfg(test)]
mod tests {
    use crate::extract::{candidate_with, extract};
    use crate::model::{Kind, ResponseKind};
    use chrono::NaiveDate;

    #[test]
    fn which_without_a_comma_closes_the_object_that_speaks() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 14);
        // (seen: results published with a deal)
        let x = extract("The deal was announced alongside annual results which showed that pre-tax profit fell 23% to \u{a3}31.6 million in the year to February 28.", d);
        let c = candidate_with(&x, "pre-tax");
        assert_eq!(c.speaker.as_deref(), Some("annual results"));
        // (the same in other words, the object keeping a preposition of
        // its own)
        let x = extract("The closure was confirmed in a letter to staff which said that 140 jobs would go by June.", d);
        let c = candidate_with(&x, "140 jobs");
        assert_eq!(c.speaker.as_deref(), Some("a letter to staff"));
        // (not an object after no preposition: "published a report in
        // April which found", "published figures which showed")
        let x = extract("The Rivers Trust published a report in April which found that 19 overflows discharged on dry days.", d);
        let c = candidate_with(&x, "19 overflows");
        assert_eq!(c.speaker.as_deref(), Some("The Rivers Trust"));
        let x = extract(
            "The company published figures which showed that sales fell by 9% in 2025.",
            d,
        );
        let c = candidate_with(&x, "sales fell");
        assert_eq!(c.speaker.as_deref(), Some("The company"));
        // (after a verb that is no participle)
        let x = extract(
            "The details are in a report to the board which says that the pool will close in May.",
            d,
        );
        let c = candidate_with(&x, "pool");
        assert_eq!(c.speaker.as_deref(), Some("a report to the board"));
    }

    #[test]
    fn what_someone_said_as_an_object_names_no_speaker() {
        let d = NaiveDate::from_ymd_opt(2026, 9, 16);
        // (seen: a guest's answer in a transcript, here with a speaker
        // closing it)
        let x = extract("We had 40 millimetres of rain overnight on Thursday, which was twice what the forecast said, the festival's director said.", d);
        let c = candidate_with(&x, "40 millimetres");
        assert_eq!(c.speaker.as_deref(), Some("the festival's director"));
        // (the same in other words)
        let x = extract(
            "The repairs cost \u{a3}4.2m in 2025, twice what the council had said.",
            d,
        );
        let c = candidate_with(&x, "repairs");
        assert_eq!(c.speaker, None);
        // (but a speaker after a comma, or far from "what", still speaks)
        let x = extract(
            "A loss of \u{a3}2m in 2025 is what we feared, Holt said.",
            d,
        );
        let c = candidate_with(&x, "loss");
        assert_eq!(c.speaker.as_deref(), Some("Holt"));
        let x = extract("Residents asked what the new bridge over the river would cost and the council said it would be \u{a3}4m.", d);
        let c = candidate_with(&x, "bridge");
        assert_eq!(c.speaker.as_deref(), Some("the council"));
    }

    #[test]
    fn found_dead_and_reported_to_the_police_are_participles() {
        let d = NaiveDate::from_ymd_opt(2026, 8, 24);
        // (seen: a study's finding about owls found dead, and figures of
        // thefts reported to a force)
        for (text, word, speaker) in [
            ("Almost nine out of ten barn owls found dead in Britain over six years had rat poison in their bodies, according to a study published on Monday.", "barn owls", "a study"),
            ("Thefts of catalytic converters reported to Hexshire Police fell from 2,118 in 2024 to 640 last year, according to figures from the force.", "Thefts", "figures from the force"),
            // (the same in other words)
            ("Two of the seals found alive on the beach had eaten plastic, according to the trust.", "seals", "the trust"),
            ("Most of the climbers found unconscious had no helmets, according to the rescue team.", "climbers", "the rescue team"),
            ("Six of the walkers found injured had left the path, according to the rescue team.", "walkers", "the rescue team"),
            ("Cases of fraud reported to the regulator rose by a third in 2025, according to its annual report.", "Cases of fraud", "its annual report"),
        ] {
            let x = extract(text, d);
            assert_eq!(candidate_with(&x, word).speaker.as_deref(), Some(speaker), "{text}");
        }
        // (but one who reported something to someone said it: with
        // "that", after "has", or by name)
        for (text, word, speaker) in [
            (
                "The company reported to investors that sales fell by 9% in 2025.",
                "sales",
                "The company",
            ),
            (
                "The firm has reported to the regulator a loss of \u{a3}2m in 2025.",
                "loss",
                "The firm",
            ),
            (
                "Brantide reported to the regulator a loss of \u{a3}2m in 2025.",
                "loss",
                "Brantide",
            ),
        ] {
            let x = extract(text, d);
            assert_eq!(
                candidate_with(&x, word).speaker.as_deref(),
                Some(speaker),
                "{text}"
            );
        }
    }

    #[test]
    fn a_pledge_dated_to_a_year_gone_by_is_the_reporters_background() {
        // (seen: a wire story's background on a government's target)
        let d = NaiveDate::from_ymd_opt(2026, 2, 20);
        let x = extract(
            "The government pledged in 2024 to decide 90% of visa applications within eight weeks.",
            d,
        );
        let c = candidate_with(&x, "90%");
        assert_eq!(c.speaker, None);
        assert_eq!(c.kind, Kind::Outlet);
        // The same shape in other words.
        for text in [
            "The council promised in March 2023 to repair all 400 damaged roads.",
            "Ministers vowed last year to cut waiting lists by 20%.",
        ] {
            let x = extract(text, d);
            assert_eq!(
                x.candidates.first().and_then(|c| c.speaker.clone()),
                None,
                "{text}"
            );
        }
        // Near misses: a pledge made now, or words said with "that", are
        // the promiser's.
        let x = extract("Ministers have also pledged to end the 8am scramble for appointments by the end of 2027.", d);
        assert_eq!(
            candidate_with(&x, "8am").speaker.as_deref(),
            Some("Ministers")
        );
        let x = extract(
            "The council promised in 2024 that all 400 damaged roads would be repaired by 2027.",
            d,
        );
        assert_eq!(
            candidate_with(&x, "400").speaker.as_deref(),
            Some("The council")
        );
        // (but put to the one whose side promised it, in a question, it is
        // the questioner's)
        let x = extract(
            "Here is the interview.\n\nJOLENE ABERNATHY: Your company promised in 2019 that the new reservoir at Glaisdon would be holding water by 2025. It hasn't even been built.\n\nOSWIN PRATT: We did commit to that date.",
            d,
        );
        assert_eq!(
            candidate_with(&x, "Glaisdon").speaker.as_deref(),
            Some("Jolene Abernathy")
        );
    }

    #[test]
    fn whom_one_warned_and_when_with_nothing_told_is_a_deed() {
        // (seen: in a briefing's transcript, an official telling what the
        // dam's operator did)
        let d = NaiveDate::from_ymd_opt(2026, 3, 12);
        let text = "The head of the crisis centre, Arben Xhaferi, briefed reporters on Wednesday.\n\nQ: Local media have reported that the dam released water without any warning. Is that true?\n\nXHAFERI: No, that is not true. The dam operator warned every municipality downstream two hours before the release, and we have the logs.";
        let x = extract(text, d);
        let c = candidate_with(&x, "every municipality");
        assert_eq!(c.speaker.as_deref(), Some("Arben Xhaferi"));
        assert_eq!(c.kind, Kind::DirectQuote);
        assert!(c.via.is_empty());
        // The same shape in other words: the reporter's own account.
        for text in [
            "The agency warned the operator twice in 2024, and no action was taken.",
            "The council informed all 300 tenants in March.",
        ] {
            let x = extract(text, d);
            let c = x.candidates.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(c.speaker, None, "{text}");
        }
        // Near misses: what was told, or a telling closing what it told.
        let x = extract(
            "The agency warned the operator in 2024 that the dam was unsafe.",
            d,
        );
        assert_eq!(
            candidate_with(&x, "unsafe").speaker.as_deref(),
            Some("The agency")
        );
        let x = extract("The agency warned the public of flooding on 14 March.", d);
        assert_eq!(
            candidate_with(&x, "flooding").speaker.as_deref(),
            Some("The agency")
        );
        let x = extract("Ann Fry, a nurse, said 40 beds had closed. \"Patients were moved to corridors in March,\" she told the inquiry.", d);
        assert_eq!(
            candidate_with(&x, "corridors").speaker.as_deref(),
            Some("Ann Fry")
        );
    }

    #[test]
    fn what_a_record_records_that_is_the_records() {
        // (seen: the minutes of a meeting telling what a clerk did)
        let d = NaiveDate::from_ymd_opt(2026, 11, 12);
        let x = extract("The minutes record that the parish clerk wrote to the borough council's highways team twice, in April and again in June.", d);
        let c = candidate_with(&x, "highways team");
        assert_eq!(c.speaker.as_deref(), Some("The minutes"));
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words.
        let x = extract(
            "The ship's log recorded that the engines had failed three times in March.",
            d,
        );
        let c = candidate_with(&x, "three times");
        assert_eq!(c.speaker.as_deref(), Some("The ship's log"));
        // Near misses: a record made, or a record in the passive, says nothing.
        for (text, words) in [
            (
                "The station recorded 40mm of rain in March, the highest since 1998.",
                "40mm",
            ),
            (
                "It was recorded that 40 homes had flooded in March.",
                "40 homes",
            ),
        ] {
            let x = extract(text, d);
            assert_eq!(candidate_with(&x, words).speaker, None, "{text}");
        }
    }

    #[test]
    fn whoever_puts_a_count_down_to_a_cause_or_at_a_figure_gives_it() {
        // (seen: a record cited in a transcript's turn)
        let text = "ANGUS FERREIRA-DOYLE (chair): Ms Tallis-Achebe, your company cancelled 1,312 sailings last year.\n\nMORWENNA TALLIS-ACHEBE: Yes, that is correct.\n\nANGUS FERREIRA-DOYLE: Your own incident log, which this committee has seen, puts 540 of them down to mechanical faults.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "540 of them");
        assert_eq!(c.speaker.as_deref(), Some("Your own incident log"));
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.via, ["Angus Ferreira-Doyle"]);
        // The same shape in other words.
        let x = extract(
            "An internal review, leaked to the Post, put most of the 90 delays down to staff shortages in 2025.",
            NaiveDate::from_ymd_opt(2026, 4, 15),
        );
        let c = candidate_with(&x, "90 delays");
        assert_eq!(c.speaker.as_deref(), Some("An internal review"));
        let text = "PRESENTER: Minister, welcome.\n\nMINISTER ROSS: Thank you.\n\nPRESENTER: The union's own survey puts the number of vacancies at 1,200.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "1,200");
        assert_eq!(c.speaker.as_deref(), Some("The union's own survey"));
        // Near misses: a deed, and the passive, name no one.
        for (text, words) in [
            ("The council put the plans for 300 homes on hold in March.", "300 homes"),
            ("The delays were put down to staff shortages in 2025, when 90 trains were cancelled.", "90 trains"),
            ("The firm put up prices by 4% in May.", "4%"),
        ] {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
            let c = candidate_with(&x, words);
            assert_eq!(c.speaker, None, "{text}");
        }
    }

    #[test]
    fn a_name_then_a_role_in_apposition_then_a_relative_clause_is_the_person() {
        // (seen: the chair of a trust, the trust described after)
        let text = "Gwilym Tresaith, chair of the Orrin Lake Trust, which represents residents and businesses around the lake, said bookings for boat hire had fallen by 40% since 2022.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "boat hire");
        assert_eq!(c.speaker.as_deref(), Some("Gwilym Tresaith"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // The same shape in other words: an article before the role, "who".
        let text = "Mariam Osei, the director of Brent Food Aid, who has run the bank since 2019, said demand had doubled in the past year.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "demand had doubled");
        assert_eq!(c.speaker.as_deref(), Some("Mariam Osei"));
        // Near misses: a body and its description keep the body.
        let text = "Norvik Systems, which runs the airport's check-in software, said 40 flights had been delayed.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "40 flights");
        assert_eq!(c.speaker.as_deref(), Some("Norvik Systems"));
        let text = "Last year, the charity, which runs 12 shelters, said 900 people had slept rough in May.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "900 people");
        assert_ne!(c.speaker.as_deref(), Some("Last year"));
    }

    #[test]
    fn a_role_in_apposition_closes_at_its_comma_only_after_a_name() {
        use super::role_apposition_before;
        fn toks(text: &str) -> Vec<crate::extract::tokens::Token<'_>> {
            crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0)
        }
        let t = toks("Gwilym Tresaith, chair of the trust, which");
        assert!(role_apposition_before(&t, 7));
        let t = toks("Ann Fry, a spokeswoman for the trust, which");
        assert!(role_apposition_before(&t, 8));
        // Not a role, not after a name, or no comma before it.
        let t = toks("Gwilym Tresaith, a town of 4,000 people, which");
        assert!(!role_apposition_before(&t, 9));
        let t = toks("in the end, chair of the trust, which");
        assert!(!role_apposition_before(&t, 7));
        let t = toks("Gwilym Tresaith chair of the trust, which");
        assert!(!role_apposition_before(&t, 6));
    }

    #[test]
    fn a_that_after_and_is_the_outer_verbs_second_clause_not_a_relay() {
        // (seen: a cabinet member telling what the council had done)
        let text = "Councillor Martin Oldroyd, the cabinet member for children's services, said the council had written to every affected family and that no child would be left without a safe route to school.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "every affected family");
        assert_eq!(c.speaker.as_deref(), Some("Martin Oldroyd"));
        assert!(c.via.is_empty(), "{:?}", c.via);
        // The same shape in other words.
        let text = "Tom Reyes said the mayor had replied to 40 letters and that the depot would stay open until 2027.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "40 letters").speaker.as_deref(),
            Some("Tom Reyes")
        );
        // What was written to someone is still relayed.
        let text =
            "Tom Reyes said the mayor had written to the minister that 40 schools would close.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "40 schools");
        assert_eq!(c.speaker.as_deref(), Some("the mayor"));
        assert_eq!(c.via, vec!["Tom Reyes".to_string()]);
    }

    #[test]
    fn reports_closing_a_sentence_after_a_comma_attributes_it() {
        // (seen: a study's figure, then ", the paper reports.")
        let text = "Among those who began using a hearing aid within a year of diagnosis, the risk of dementia was 31% lower, the paper reports.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "31% lower");
        assert_eq!(c.speaker.as_deref(), Some("the paper"));
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words.
        let text = "Unemployment in the valley fell to 4% in 2025, the Herald reports.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "Unemployment").speaker.as_deref(),
            Some("the Herald")
        );
        // A noun "reports" inside a sentence attributes nothing.
        let text = "Unemployment in the valley fell to 4% in 2025, despite gloomy media reports.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(candidate_with(&x, "Unemployment").speaker, None);
    }

    #[test]
    fn a_partys_case_is_that_is_the_partys_not_a_finding_inside_it() {
        // (seen: a tribunal report setting out the employer's case)
        let text = "The trust's case is that Petrakis was dismissed for gross misconduct after an investigation found she had opened the records of 11 patients.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "11 patients");
        assert_eq!(c.speaker.as_deref(), Some("The trust"));
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words.
        let text = "The council's position is that the bridge was closed in 2024 because an inspection found 40 cracks.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "40 cracks").speaker.as_deref(),
            Some("The council")
        );
        let text = "Opening for the defence, barrister Tom Hale KC told the jury his client was innocent.\n\nHis case is that the van was sold in 2024, before 40 thefts took place.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "40 thefts").speaker.as_deref(),
            Some("Tom Hale KC")
        );
        // A case with no party, or a pronoun for no one known, names no one.
        let text = "The case is that 40 workers were paid late in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(candidate_with(&x, "40 workers").speaker, None);
        let text = "His case is that 40 workers were paid late in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(candidate_with(&x, "40 workers").speaker, None);
    }

    #[test]
    fn a_relative_pronoun_that_says_is_the_name_before_it() {
        // (seen: "Her claim is backed by the Nurses' Guild, which said it had …")
        let text = "Her claim is backed by the Nurses' Guild, which said it had supported 64 whistleblowing cases against health service employers in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "64 whistleblowing");
        assert_eq!(c.speaker.as_deref(), Some("the Nurses' Guild"));
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words.
        let text = "The plan was opposed by Tom Reyes, who said 40 homes would be lost by 2027.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "40 homes").speaker.as_deref(),
            Some("Tom Reyes")
        );
        let text =
            "The figures come from Statistics Norway, which said unemployment rose to 4% in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "unemployment rose").speaker.as_deref(),
            Some("Statistics Norway")
        );
        // No name before the comma: no speaker from it.
        let text = "The plan was opposed by residents, who said 40 homes would be lost by 2027.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(candidate_with(&x, "40 homes").speaker, None);
    }

    #[test]
    fn projects_after_a_noun_is_the_plural_not_a_verb_of_saying() {
        // (seen: "The Marine Management Office, which licenses restoration
        // projects, said it planned …")
        let day = NaiveDate::from_ymd_opt(2026, 4, 27);
        let text = "The Marine Management Office, which licenses restoration projects, said it planned to approve another 400 hectares of replanting by the end of 2027.";
        let x = extract(text, day);
        let c = candidate_with(&x, "400 hectares");
        assert_eq!(c.speaker.as_deref(), Some("The Marine Management Office"));
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words: the plural closing a description.
        let text =
            "The scheme was partly paid for by Harrow Build, a firm that runs 12 housing projects.";
        let x = extract(text, day);
        let c = candidate_with(&x, "Harrow Build");
        assert_eq!(c.speaker, None);
        assert_eq!(c.kind, Kind::Outlet);
        // A count of projects closing a relative clause.
        let text = "The bridge was paid for by Harrow Build, which runs 40 projects.";
        let x = extract(text, day);
        let c = candidate_with(&x, "Harrow Build");
        assert_eq!(c.speaker, None);
        assert_eq!(c.kind, Kind::Outlet);
        // The verb still speaks: before "that", a figure, or closing the sentence.
        let text = "The study projects that sea levels will rise by 40cm by 2100.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "sea levels").speaker.as_deref(),
            Some("The study")
        );
        let text = "The Treasury projects 2% growth in 2027, a sharp fall from this year.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "2% growth").speaker.as_deref(),
            Some("The Treasury")
        );
    }

    #[test]
    fn a_judge_told_is_an_audience_not_an_intermediary() {
        // (seen: "\"It records 14 badger setts, …,\" she told Mr Justice Ardagh.")
        let day = NaiveDate::from_ymd_opt(2026, 11, 5);
        let text = "Sophia Venkataraman KC, for the campaign, said the report was copied.\n\n\"It records 14 badger setts in another county,\" she told Mr Justice Ardagh.";
        let x = extract(text, day);
        let c = candidate_with(&x, "badger setts");
        assert_eq!(c.speaker.as_deref(), Some("Sophia Venkataraman KC"));
        assert!(c.via.is_empty());
        // The same shape in other words.
        let text =
            "The driver, Paul Amis, told Judge Rhys Lloyd that he had been awake for 20 hours.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "20 hours").via.is_empty());
        // An outlet told is still one.
        let text =
            "The driver, Paul Amis, told the Kelso Courier that he had been awake for 20 hours.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "20 hours").via, ["Kelso Courier"]);
    }

    #[test]
    fn a_verb_of_saying_after_be_and_an_adverb_in_ly_is_passive() {
        // (seen: "it was properly declared", a declaration on record, not words said)
        let day = NaiveDate::from_ymd_opt(2026, 6, 3);
        let text = "The result was formally announced on Friday, two days late.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "two days late").speaker, None);
        // The same shape in other words.
        let text = "The 40 job cuts were quietly confirmed in a letter to staff in March.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "40 job cuts").speaker, None);
        // A name in "-ly" before the verb, no "was" before it, still says.
        let text = "Council leader Tom Reilly said 40 jobs would go in 2027.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "40 jobs").speaker.as_deref(),
            Some("Tom Reilly")
        );
    }

    #[test]
    fn a_promise_by_the_subject_opening_the_sentence_is_said() {
        // (seen: "The minister promised in parliament last week the money
        // was on its way to 40 councils." read as money promised)
        let day = NaiveDate::from_ymd_opt(2026, 2, 4);
        let text = "The minister promised in parliament last week the money was on its way to 40 councils.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "40 councils").speaker.as_deref(),
            Some("The minister")
        );
        // The same shape in other words.
        let text =
            "The chief executive predicted in an interview the share price will double by 2027.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "double by 2027").speaker.as_deref(),
            Some("The chief executive")
        );
        // After a noun inside the subject it is still the participle.
        let text = "Half of the money promised in March has not arrived, two officials at the ministry told MPA.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "Half of the money").speaker.as_deref(),
            Some("two officials at the ministry")
        );
        let text =
            "The money promised in March has not arrived, two officials at the ministry told MPA.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "The money").speaker.as_deref(),
            Some("two officials at the ministry")
        );
    }

    #[test]
    fn a_promise_as_a_participle_after_its_noun_says_nothing() {
        // (seen: "Less than a third of the 240 million pounds promised to
        // flood-hit communities in the Wenley valley has reached them, two
        // officials at the housing ministry told MPA, …")
        let day = NaiveDate::from_ymd_opt(2026, 2, 4);
        let text = "ALDBURY, England (MPA) - Less than a third of the 240 million pounds promised to flood-hit communities in the Wenley valley has reached them, two officials at the housing ministry told MPA, as the government faces questions.";
        let x = extract(text, day);
        let c = candidate_with(&x, "Less than a third");
        assert_eq!(
            c.speaker.as_deref(),
            Some("two officials at the housing ministry")
        );
        assert_eq!(c.kind, Kind::Reported);
        assert!(c.via.is_empty());
        // The same shape in other words.
        let text = "Only 40% of the money pledged by donors last year has been spent, the charity's auditors told reporters on Friday.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "money pledged").speaker.as_deref(),
            Some("the charity's auditors")
        );
        // The verb with its subject still speaks.
        let text = "The minister promised to resign if the fund was not paid out by May.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "resign").speaker.as_deref(),
            Some("The minister")
        );
        let text =
            "The council leader pledged to families in the valley that every claim was being paid.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "every claim").speaker.as_deref(),
            Some("The council leader")
        );
    }

    #[test]
    fn the_paper_told_under_its_own_masthead_is_no_intermediary() {
        // (seen: "\"Nobody is building on the playground, …,\" he told the
        // Echo." under "Brenmouth Echo > News > Council")
        let day = NaiveDate::from_ymd_opt(2026, 3, 20);
        let text = "Brenmouth Echo > News > Council\n\nPark to be sold\n\nCouncil leader Desmond Okereke-Hale said the sale would close the gap.\n\n\"The remaining 5.1 hectares will be protected by covenant for ever,\" he told the Echo.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "5.1 hectares").via.is_empty());
        // The same shape in other words, the masthead in capitals.
        let text = "KELSO COURIER\n\nBridge to close\n\nThe council's engineer, Paul Amis, told the Kelso Courier that the bridge would close for six weeks from May.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "six weeks").via.is_empty());
        // Another paper told, or a headline naming the paper, is still one.
        let text = "Brenmouth Echo > News\n\nBridge to close\n\nThe council's engineer, Paul Amis, told the Kelso Courier that the bridge would close for six weeks from May.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "six weeks").via, ["Kelso Courier"]);
        let text = "Engineer tells Kelso Courier the bridge will close for repairs\n\nThe council's engineer, Paul Amis, told the Kelso Courier that the bridge would close for six weeks from May.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "six weeks").via, ["Kelso Courier"]);
    }

    #[test]
    fn a_headline_naming_the_paper_is_no_masthead() {
        // (seen: a short headline's first word, the paper's name, taken
        // for the masthead: "Mail delays hit town" above "she told the Mail")
        let day = NaiveDate::from_ymd_opt(2026, 3, 20);
        let text = "Mail delays hit town\n\n\"Letters are arriving a week late, and nobody at the depot will say why,\" she told the Mail.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "a week late").via, ["Mail"]);
        // The same shape in other words.
        let text = "Guardian angels return\n\nThe founder, Rita Obi, told the Guardian that 40 volunteers would patrol the station from May.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "40 volunteers").via, ["Guardian"]);
        // The name alone, with "The", or before a section's dash, is still
        // the page's own title.
        let text = "The Mail\n\nPost delays\n\n\"Letters are arriving a week late, and nobody at the depot will say why,\" she told the Mail.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "a week late").via.is_empty());
        let text = "Kelso Courier - News\n\nBridge to close\n\nThe council's engineer, Paul Amis, told the Courier that the bridge would close for six weeks from May.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "six weeks").via.is_empty());
        let text = "Kelso Courier\n\nBridge to close\n\nThe council's engineer, Paul Amis, told the Courier that the bridge would close for six weeks from May.";
        let x = extract(text, day);
        assert!(candidate_with(&x, "six weeks").via.is_empty());
    }

    #[test]
    fn the_masthead_is_sought_once_however_many_lines_open_blank() {
        // Many blank lines, then many "told the Echo": the title is read
        // once per article, and the via is right throughout.
        let day = NaiveDate::from_ymd_opt(2026, 3, 20);
        let said =
            "\"The remaining 1.1 hectares of plot 7 will be protected,\" he told the Echo.\n\n";
        let text = format!("{}{}", "\n".repeat(20_000), said.repeat(300));
        let x = extract(&text, day);
        assert!(x.candidates.len() > 1);
        assert!(
            x.candidates.iter().all(|c| c.via == ["Echo"]),
            "{:?}",
            x.candidates[0].via
        );
        let text = format!(
            "{}Brenmouth Echo > News\n\n{}",
            "\n".repeat(20_000),
            said.repeat(300)
        );
        let x = extract(&text, day);
        assert!(x.candidates.len() > 1);
        assert!(x.candidates.iter().all(|c| c.via.is_empty()));
    }

    #[test]
    fn a_remit_of_two_words_joined_by_and_is_one_description() {
        // (seen: a council story, "the cabinet member for leisure and
        // culture" read "culture" as the subject)
        let day = NaiveDate::from_ymd_opt(2026, 11, 13);
        let text = "Councillor Merrick Hallibrand, the cabinet member for leisure and culture, said surveys carried out last autumn had found corroded steel in the roof of the main pool hall.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "corroded steel").speaker.as_deref(),
            Some("Merrick Hallibrand")
        );
        // The same shape in other words.
        let text = "Ines Borg, the council's spokeswoman for housing and planning, said 40 homes had been condemned in 2025.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "40 homes").speaker.as_deref(),
            Some("Ines Borg")
        );
        // Near miss: "and" opening a clause after the apposition's comma
        // is no part of it.
        let text = "Prices rose by 4% in March, the index showed, and the minister said the budget was on track.";
        let x = extract(text, day);
        assert_eq!(
            candidate_with(&x, "budget was on track").speaker.as_deref(),
            Some("the minister")
        );
    }

    #[test]
    fn two_roles_joined_by_and_in_an_apposition_leave_the_name_the_subject() {
        // (seen: "…, the opposition's health spokesman and MP for Felsham North, said")
        let text = "Gareth Pyle, the opposition's health spokesman and MP for Felsham North, said the government had cut its main hospice grant by £12 million in the budget.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "£12 million");
        assert_eq!(c.speaker.as_deref(), Some("Gareth Pyle"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // The same shape in other words.
        let text = "Ines Borg, a former minister and MEP for Malta South, said 40 clinics had closed in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "40 clinics").speaker.as_deref(),
            Some("Ines Borg")
        );
        // Two subjects joined by "and" are left as they were: the second speaks.
        let text = "The mayor, Tom Reyes, was re-elected, and the council's finance chief, Ana Lobo, said 30 jobs would go in 2027.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(
            candidate_with(&x, "30 jobs").speaker.as_deref(),
            Some("Ana Lobo")
        );
    }

    #[test]
    fn a_participle_between_a_count_and_its_noun_says_nothing() {
        let day = NaiveDate::from_ymd_opt(2026, 4, 15);
        for (text, quote) in [
            (
                "Measles cases in Oxlade have reached their highest level in ten years, with 312 confirmed infections in the first three months of the year, according to figures from the health agency.",
                "312 confirmed",
            ),
            // (the same shape in other words)
            (
                "The storm left an estimated 2,000 homes without power on Tuesday, according to the network operator.",
                "2,000 homes",
            ),
        ] {
            let x = extract(text, day);
            let c = candidate_with(&x, quote);
            assert!(
                c.speaker
                    .as_deref()
                    .is_some_and(|sp| sp.contains("figures") || sp.contains("operator")),
                "{:?}",
                c.speaker
            );
        }
        // Near miss: a verb of saying after its subject still tells who said.
        let x = extract(
            "The agency confirmed 312 infections in the first three months of the year.",
            day,
        );
        assert_eq!(
            candidate_with(&x, "312 infections").speaker.as_deref(),
            Some("The agency")
        );
    }

    #[test]
    fn a_reflexive_after_the_subject_is_no_part_of_its_name() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 27);
        let x = extract(
            "The union said the chief executive had himself told staff in June that 40 jobs would go.",
            day,
        );
        assert_eq!(
            candidate_with(&x, "40 jobs").speaker.as_deref(),
            Some("the chief executive")
        );
    }

    #[test]
    fn what_counsel_puts_to_a_witness_is_counsels() {
        let text = "Darren Whitcombe, 41, of Alder Road, denies being the owner of a dangerous dog.\n\nOpening the case, prosecutor Helen Strand said Whitcombe had ignored two warnings.\n\nUnder cross-examination, Strand put it to Whitcombe that the snapped lead he later handed to police had been bought the day after the attack, an allegation he rejected.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "snapped lead");
        assert_eq!(c.speaker.as_deref(), Some("Helen Strand"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // The one it is put to is the "he" who rejects it.
        let r = &c.responses[0];
        assert_eq!(r.kind, ResponseKind::Denied);
        assert!(r.party.starts_with("Darren Whitcombe"), "{}", r.party);
        // Other words.
        let text = "Defence barrister Tom Hale KC cross-examined the officer, Sgt Ian Moss.\n\nHale put it to Moss that the breath test had been carried out 40 minutes late.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        let c = candidate_with(&x, "40 minutes late");
        assert_eq!(c.speaker.as_deref(), Some("Tom Hale KC"));
        // "put" without "it to … that" says nothing.
        let text = "The council put the plan to a vote on Monday, and 30 councillors backed it.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 8));
        assert_eq!(candidate_with(&x, "30 councillors").speaker, None);
    }

    #[test]
    fn a_clause_inside_a_subjects_description_or_about_an_event_is_no_subject() {
        let day = NaiveDate::from_ymd_opt(2026, 7, 1);
        let text = "A woman whose son died after falling from scaffolding has told an inquest he had never been trained to work at height.\n\nKaren Ashby, 52, said her son had started the job only three weeks earlier.";
        let x = extract(text, day);
        let c = candidate_with(&x, "work at height");
        assert_eq!(c.speaker.as_deref(), Some("Karen Ashby"));
        // Without a name after it, the description itself.
        let text = "A man whose van was stolen while he was delivering parcels has told police the thieves were waiting for him.";
        let x = extract(text, day);
        let c = candidate_with(&x, "thieves");
        assert!(
            c.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("A man whose van")),
            "{:?}",
            c.speaker
        );
        // A verb in a clause about an event.
        let text =
            "The regulator kept rates on hold in June, a decision that most analysts had forecast.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "on hold").speaker, None);
        let text =
            "Shares fell 8% on Friday, the steepest drop which traders had seen in a decade.";
        let x = extract(text, day);
        assert_eq!(candidate_with(&x, "Shares fell").speaker, None);
        // A party after "that" still speaks.
        let text = "It was a report that the council said would change nothing, and 300 residents signed a petition.";
        let x = extract(text, day);
        assert_ne!(candidate_with(&x, "petition").speaker, None);
    }

    #[test]
    fn a_place_before_which_said_is_not_who_speaks() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 10);
        let x = extract("He was treated at St Mary's Hospital in London, which said his condition was stable after 40 days.", d);
        let c = candidate_with(&x, "40 days");
        assert_ne!(c.speaker.as_deref(), Some("London"));
        let x = extract("The firm sold the site to Harbour Homes near Leeds, which said it would build 300 houses by 2028.", d);
        let c = candidate_with(&x, "300 houses");
        assert_ne!(c.speaker.as_deref(), Some("Leeds"));
        // A body with no place after it still speaks.
        let x = extract(
            "Her claim is backed by the Nurses' Guild, which said it had 4,000 members.",
            d,
        );
        let c = candidate_with(&x, "4,000 members");
        assert_eq!(c.speaker.as_deref(), Some("the Nurses' Guild"));
    }

    #[test]
    fn a_word_of_saying_as_a_noun_in_its_phrase_is_no_cue() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 10);
        let x = extract("The national dormouse monitoring programme will publish its next population estimate in March.", d);
        assert_eq!(candidate_with(&x, "population estimate").speaker, None);
        // The same shape in other words: after a count.
        let x = extract(
            "Harbourline had received more than 700 claims from the town by late this morning.",
            d,
        );
        assert_eq!(candidate_with(&x, "700 claims").speaker, None);
        // "rules" closing a noun phrase before a comma (round 45), and in
        // other words; the verb with its "that" is a cue.
        let x = extract("The figures, released under freedom of information rules, show that the average wait rose from nine weeks in 2023 to 23 weeks.", d);
        assert_eq!(
            candidate_with(&x, "average wait").speaker.as_deref(),
            Some("The figures")
        );
        let x = extract(
            "The fees, set under the club's own rules, mean that 40 families pay nothing.",
            d,
        );
        assert_ne!(
            candidate_with(&x, "40 families").cue.as_deref(),
            Some("rules")
        );
        let x = extract(
            "The tribunal rules that 40 drivers were unfairly dismissed.",
            d,
        );
        assert_eq!(
            candidate_with(&x, "40 drivers").speaker.as_deref(),
            Some("The tribunal")
        );
        // Seen: the object of a deed, and after an adjective of order.
        for (text, words) in [
            ("The firm has already submitted claims for \u{a3}1.2m in additional costs which the council has not yet approved, the Courier has learned.", "submitted claims"),
            ("Its Pavilion Theatre, at the seaward end, staged its last show in October 2023.", "last show"),
            // (round 45: the object of a verb after "to", and in other words)
            ("VEVINA OSGATHORPE: We brought in 200 extra staff to process claims by hand in December.", "200 extra staff"),
            ("The insurer hired 60 assessors last month to handle claims from the flooded streets.", "60 assessors"),
        ] {
            let x = extract(text, d);
            let c = candidate_with(&x, words);
            assert!(c.speaker.as_deref().is_none_or(|s| s.contains("Courier")), "{text}: {:?}", c.speaker);
        }
        // Near misses: the verb before "that", and a plural subject's verb.
        let x = extract(
            "Most of the families claim in their letter that the council ignored 40 complaints.",
            d,
        );
        assert_eq!(
            candidate_with(&x, "40 complaints").speaker.as_deref(),
            Some("Most of the families")
        );
        let x = extract("The researchers estimate that 4,000 dormice remain.", d);
        assert_eq!(
            candidate_with(&x, "4,000 dormice").speaker.as_deref(),
            Some("The researchers")
        );
        // Near miss: a name's last word before the verb.
        let x = extract(
            "The charity Homes First says 151,000 children are living in temporary accommodation.",
            d,
        );
        assert!(candidate_with(&x, "151,000 children")
            .speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("The charity Homes")));
        // Near misses: an adverb of order before the verb, and the verb
        // after a participle.
        for (text, words, speaker) in [
            (
                "The company first said in March that it would cut 40 jobs at the plant.",
                "40 jobs",
                "The company",
            ),
            (
                "Firms surveyed forecast in their returns a rise of 2.4% in output this year.",
                "2.4%",
                "Firms surveyed",
            ),
        ] {
            let x = extract(text, d);
            assert_eq!(
                candidate_with(&x, words).speaker.as_deref(),
                Some(speaker),
                "{text}"
            );
        }
    }

    #[test]
    fn a_report_as_it_runs_is_told_by_its_outlet() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 10);
        let x = extract("The Haxbury Gazette is reporting that the insurer Harbourline had received more than 700 claims from the town by late this morning.", d);
        let c = candidate_with(&x, "700 claims");
        assert_eq!(c.speaker.as_deref(), Some("The Haxbury Gazette"));
        assert_eq!(c.kind, crate::model::Kind::Reported);
        // The same shape in other words.
        let x = extract("Local media are reporting that a second lava flow has reached the coast road north of Vellarossa.", d);
        assert_eq!(
            candidate_with(&x, "lava flow").speaker.as_deref(),
            Some("Local media")
        );
        // Near miss: no "that", no report told.
        let x = extract(
            "The Haxbury Gazette is reporting from the town all day, where 700 homes lost power.",
            d,
        );
        assert_eq!(candidate_with(&x, "700 homes").speaker, None);
    }
}
