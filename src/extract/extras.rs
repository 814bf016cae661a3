//! Sentences that look like claims by their figures, dates and names but
//! assert nothing a record could hold: a chair's closing request for
//! replies, a live blog's lead into its summary, a court report's lead that
//! says only who gave evidence, a speaker's appeal to everyone. Each is read by its shape, tested first by
//! a word or two, and marks the sentence down in `score`.

use super::tokens::Token;

/// What each shape takes off the score, and why.
pub(crate) fn adjust(
    tokens: &[Token],
    words: &[&str],
    score: &mut f64,
    why: &mut Vec<&'static str>,
) {
    if closing_request(words) && !asks_about_a_matter(tokens, words) {
        *score -= 0.7;
        why.push("request for replies");
    }
    if summary_lead(tokens, words) {
        *score -= 0.5;
        why.push("summary lead");
    }
    if evidence_lead(tokens, words) {
        *score -= 0.5;
        why.push("who gave evidence");
    }
    if appeal_to_all(tokens, words) {
        *score -= 0.4;
        why.push("appeal");
    }
    if wants_to_know(words) {
        *score -= 0.5;
        why.push("question");
    }
    if surprise(words) {
        *score -= 0.6;
        why.push("feeling");
    }
    if hardest_ever(words) {
        *score -= 0.5;
        why.push("feeling");
    }
    if verdict_on_findings(words) {
        *score -= 0.3;
        why.push("verdict");
    }
    if spoke_to_us(words) {
        *score -= 0.5;
        why.push("programme");
    }
}

/// Whether a word holds a figure ("40", "£1.2m", "2024").
fn has_figure(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

/// A programme's introduction of a voice it recorded: "She spoke to us
/// yesterday.", "Marcella Penwardine, a nurse from Dellowgate, spoke to us
/// this morning." The sentence ends with "spoke to us" (or "to me") and
/// words of when, with no figure: who is heard next, not a
/// claim. Not a sentence that goes on to what was said ("The minister
/// spoke to us this morning and said 40 jobs would go").
fn spoke_to_us(words: &[&str]) -> bool {
    let Some(k) = words
        .windows(3)
        .rposition(|p| p[0] == "spoke" && p[1] == "to" && matches!(p[2], "us" | "me"))
    else {
        return false;
    };
    let when = &words[k + 3..];
    when.iter().all(|w| {
        matches!(
            *w,
            "this"
                | "morning"
                | "afternoon"
                | "evening"
                | "yesterday"
                | "earlier"
                | "today"
                | "last"
                | "night"
                | "week"
                | "on"
        ) || super::calendar::weekday_of(w).is_some()
    }) && !words.iter().any(|w| has_figure(w))
}

/// A verdict on a study's findings closing the sentence: "Dr Jeremiah
/// Newbould … said the results were \"genuinely exciting\".", "said the
/// findings were \"plausible but not the whole story\"", "Other scientists
/// said the findings were plausible but limited." "said" or "says", then
/// "the" (or "its", "their") and the findings' noun, a form of "be", and
/// one to six words with no figure and nothing after them: how the work
/// strikes a reader, not what it found. Not a verdict that goes on ("said
/// the study was \"carefully done\" but measured recall of only one
/// lesson", more than six words).
fn verdict_on_findings(words: &[&str]) -> bool {
    (2..words.len().saturating_sub(2)).any(|k| {
        matches!(
            words[k],
            "study" | "findings" | "results" | "research" | "paper" | "trial" | "work"
        ) && matches!(words[k - 1], "the" | "its" | "their")
            && matches!(words[k - 2], "said" | "says")
            && matches!(words[k + 1], "was" | "were" | "is" | "are")
            && {
                let rest = &words[k + 2..];
                (1..=6).contains(&rest.len()) && !rest.iter().any(|w| has_figure(w))
            }
    })
}

/// How hard a time felt, as a superlative over a span of one's own or of
/// history: "the decision was \"the hardest of my career\"", "This has been
/// the hardest year in the company's 139-year history", "the toughest six
/// months for the industry in a generation", "the darkest day for the rule
/// of law in this country since independence", "the longest six and a half
/// weeks of my life". A superlative of feeling ("hardest", "toughest",
/// "darkest", "saddest", "proudest", "happiest"; "longest", "worst" or
/// "best" only of one's life or career), then the span after it; a
/// superlative of feeling names a time or a decision within two words of
/// it. No record settles it.
fn hardest_ever(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let felt = matches!(
            *w,
            "hardest" | "toughest" | "darkest" | "saddest" | "proudest" | "happiest"
        );
        let own = matches!(*w, "longest" | "worst" | "best");
        if !felt && !own {
            return false;
        }
        let after = &words[i + 1..];
        let of_one = after.windows(3).any(|p| {
            matches!(p[0], "of" | "in") && p[1] == "my" && matches!(p[2], "life" | "career")
        });
        let span = after.windows(2).any(|p| {
            matches!(
                p,
                ["in", "this" | "my"]
                    | ["a", "generation"]
                    | ["since", "independence"]
                    | ["i", "have"]
            )
        }) || after.contains(&"history");
        // (a felt superlative tells of a time or a decision within two
        // words: not "the new rules were the toughest in the country's
        // history")
        let timed = after.iter().take(2).any(|a| {
            matches!(
                *a,
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "decade"
                    | "time"
                    | "period"
                    | "moment"
                    | "night"
                    | "season"
                    | "decision"
            )
        });
        of_one || felt && span && timed
    })
}

/// A finder's surprise in the first person: "\"We expected some decline,
/// but not on this scale,\" said Dr Solenne Pickvance-Grint", "We expected
/// to see an effect near the main roads, but not in lakes three or four
/// kilometres from the nearest one". "I" or "we", "expected" (or "had
/// expected"), then "but not": how the finding struck them, whose figures
/// are claimed where the finding is told. Not an expectation belied by a
/// fact told after it ("We expected the scheme to bring these numbers
/// down, and instead they have gone up").
fn surprise(words: &[&str]) -> bool {
    words.windows(3).enumerate().any(|(i, w)| {
        matches!(w[0], "i" | "we")
            && (w[1] == "expected" || w[1] == "had" && w[2] == "expected")
            && words[i + 2..].windows(2).any(|p| p == ["but", "not"])
    })
}

/// A question put as a wish: "\"I would like to know where it was for
/// five months,\" he said.", "Our members want to know what was done about
/// it between Friday and this morning", "Supporters will want to know where
/// the money is coming from, though." "want(s) to know" or "like to know"
/// near the opening (eight words before it at most), then a word that
/// asks ("what", "where", "whether", "one thing"). It asks; what it names
/// is for the answer to tell. Not a want inside a condition ("and if anyone had been, I would
/// want to know about it"), nor one followed by its reason.
fn wants_to_know(words: &[&str]) -> bool {
    words.windows(4).enumerate().any(|(i, w)| {
        matches!(w[0], "want" | "wants" | "like")
            && w[1] == "to"
            && w[2] == "know"
            && matches!(
                w[3],
                "what" | "where" | "whether" | "why" | "how" | "who" | "when" | "if" | "one"
            )
            && (w[3] != "one" || words.get(i + 4) == Some(&"thing"))
            && i <= 8
            // (nor with a reason told after it: "I'd want to know who said
            // it, because those foundations were signed off by independent
            // inspectors in February.")
            && !words[i..].iter().any(|x| matches!(*x, "because" | "since"))
    })
}

/// Whom a speaker's appeal is addressed to: all, or the public.
const ALL: &[&str] = &[
    "everyone",
    "everybody",
    "every",
    "all",
    "people",
    "residents",
    "customers",
    "households",
    "families",
    "public",
    "drivers",
    "parents",
];

/// A speaker's appeal in the first person to everyone, with no figure:
/// "We are asking every family in Porto Clara to make a sacrifice so that
/// no hospital and no school runs dry", "We are asking everyone to
/// contribute, and those with the broadest shoulders will contribute the
/// most", "I'm urging all residents to stay indoors". It asks; it tells
/// nothing a record could hold. Not an appeal to one party ("We are asking
/// the council to publish the report") nor one with a figure ("We are
/// asking every household to cut its use by 20%").
fn appeal_to_all(tokens: &[Token], words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "asking" | "urging" | "calling" | "ask" | "urge")
            && i > 0
            && words[i.saturating_sub(3)..i].iter().any(|x| {
                matches!(
                    *x,
                    "we" | "i" | "we're" | "i'm" | "we\u{2019}re" | "i\u{2019}m"
                )
            })
            && {
                let after = &words[i + 1..];
                let after = after.strip_prefix(&["on"]).unwrap_or(after);
                after.iter().take(3).any(|x| ALL.contains(x))
                    && after.iter().take(8).any(|x| *x == "to")
            }
    }) && !tokens.iter().any(Token::has_digit)
        && !tells_a_deed(tokens)
}

/// Past tenses that do not end in "-ed", for `tells_a_deed`.
const PAST: &[&str] = &[
    "was", "were", "had", "did", "made", "paid", "cut", "left", "lost", "took", "gave", "told",
    "sold", "spent", "broke", "built", "found", "fell", "rose", "kept", "put", "let", "ran", "won",
    "sent", "hid", "knew", "came", "went", "brought", "bought", "said", "shut", "tore", "threw",
];

/// Verbs of now and of what is to come that open a clause before any past
/// participle: "which remains closed", "who will be told".
const NOW: &[&str] = &[
    "is", "are", "remains", "remain", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "be",
];

/// Whether a clause after an appeal tells what someone did, which a record
/// could hold: a relative clause (", which dumped sewage into the river
/// every day last summer", ", who were told …") or a "because" or "after"
/// clause ("because it cut 200 jobs", "after the council closed the
/// pool") with a past tense within its first four words, before any verb
/// of now or to come. Not a clause of
/// now or of what is to come (", who know their children best", "after
/// dark", "after the storm passes").
pub(crate) fn tells_a_deed(tokens: &[Token]) -> bool {
    let past = |t: &Token| {
        let w = t.low();
        PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
    };
    tokens.iter().enumerate().any(|(i, t)| {
        let opens = match t.low() {
            "which" | "who" => i > 0 && tokens[i - 1].text == ",",
            "because" | "after" => true,
            _ => false,
        };
        // (the first verb decides: "which remains closed", "who will be
        // told" are of now and of what is to come)
        opens
            && tokens[i + 1..]
                .iter()
                .take(4)
                .find(|t| past(t) || NOW.contains(&t.low()))
                .is_some_and(past)
    })
}

/// What a reply is called: "ask for replies", "a written response".
const REPLIES: &[&str] = &[
    "replies",
    "reply",
    "response",
    "responses",
    "answers",
    "answer",
    "update",
    "updates",
];

/// A chair's or an official's request, in the first person, for replies
/// or with questions to follow: "We will be writing to Severnmoor with
/// further questions, and I would ask for replies within 14 days.", "I'd
/// ask for a written response by the end of the month.", "We'll write to
/// the minister with our questions." Not a plan to write or ask of
/// anything else ("We will write to every household by March", "the
/// society would ask the trust to oppose any change").
fn closing_request(words: &[&str]) -> bool {
    // (the first person first: most sentences of a report have none)
    let first_person = words.iter().any(|w| {
        matches!(
            *w,
            "we" | "i"
                | "we'll"
                | "i'll"
                | "i'd"
                | "we'd"
                | "we\u{2019}ll"
                | "i\u{2019}ll"
                | "i\u{2019}d"
        )
    });
    if !first_person {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        let get = |k: usize| words.get(i + k).copied().unwrap_or("");
        match *w {
            // "ask for replies", "request a written response"
            "ask" | "asking" | "request" | "requesting" => {
                let from = if get(1) == "for" { 2 } else { 1 };
                (from..from + 3).any(|k| REPLIES.contains(&get(k)))
                    && matches!(get(1), "for" | "a" | "an" | "your" | "written" | "replies")
            }
            // "writing to Severnmoor with further questions"
            "write" | "writing" => {
                get(1) == "to"
                    && words[i + 1..words.len().min(i + 9)]
                        .iter()
                        .position(|x| *x == "with")
                        .is_some_and(|k| {
                            (k + 1..k + 4).any(|j| matches!(get(1 + j), "questions" | "queries"))
                        })
            }
            _ => false,
        }
    })
}

/// Whether a request for replies says what it asks about, which is a claim
/// of its own: "We are asking for answers about why 14 babies died on the
/// same ward in 2024", "I'd ask for an answer to one question: why were 300
/// patients left on trolleys …". After the word for a reply: "why" or
/// "about", a colon, or a figure not in a time ("within 14 days", "in 28
/// days", "by 5 May"). Read only when `closing_request` holds.
fn asks_about_a_matter(tokens: &[Token], words: &[&str]) -> bool {
    let Some(at) = words.iter().position(|w| REPLIES.contains(w)) else {
        return false;
    };
    let rest = &words[at + 1..];
    tokens.iter().any(|t| t.text == ":")
        || rest.iter().take(4).any(|w| matches!(*w, "why" | "about"))
        || rest.iter().enumerate().any(|(k, w)| {
            has_figure(w)
                && !matches!(
                    k.checked_sub(1).map(|j| rest[j]),
                    Some("within" | "in" | "by" | "before" | "until" | "of")
                )
        })
}

/// A live blog's lead into a summary, ending in a colon: "Here is where
/// things stand at the end of a very hot Sunday:", "Here's what we know
/// so far:", "These are the key points:". It says only that a summary
/// follows.
fn summary_lead(tokens: &[Token], words: &[&str]) -> bool {
    if tokens.last().is_none_or(|t| t.text != ":") || words.len() > 16 || words.is_empty() {
        return false;
    }
    matches!(
        words[0],
        "here" | "here's" | "here\u{2019}s" | "these" | "this" | "below"
    ) || words.windows(2).any(|w| {
        matches!(
            w,
            ["things", "stand"] | ["we", "know"] | ["key", "points"] | ["a", "recap"]
        )
    })
}

/// A court report's lead that says only who gave evidence, and where: "A
/// former council leader has given evidence at the High Court on the third
/// day of her libel action against a local newspaper.", "The driver gave
/// evidence at the inquest on Tuesday." Not what the evidence said ("…
/// gave evidence that she had declared the friendship", "Giving evidence,
/// Holloway said …") nor a figure.
fn evidence_lead(tokens: &[Token], words: &[&str]) -> bool {
    let Some(at) = words
        .windows(2)
        .position(|w| matches!(w[0], "given" | "gave" | "giving") && w[1] == "evidence")
    else {
        return false;
    };
    at > 0
        && !words.iter().any(|w| {
            matches!(
                *w,
                "said"
                    | "says"
                    | "told"
                    | "that"
                    | "claimed"
                    | "denied"
                    | "admitted"
                    | "accepted"
                    | "insisted"
                    | "saying"
                    | "described"
                    | "because"
            )
        })
        && !tokens.iter().any(|t| t.has_digit() || t.quoted)
}

#[cfg(test)]
mod tests {
    use super::super::score::{score, Signals};
    use super::super::tokens::tokenize;
    use super::*;

    fn with(text: &str, f: impl Fn(&[Token], &[&str]) -> bool) -> bool {
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        let words: Vec<&str> = tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.low())
            .collect();
        f(&tokens, &words)
    }

    fn scored(text: &str, s: Signals) -> f64 {
        let mut html = 0;
        score(&tokenize(text, 0, text.len(), &[], &mut html), &s).0
    }

    #[test]
    fn a_request_for_replies_is_no_claim() {
        let request = |t: &str| with(t, |_, w| closing_request(w));
        // Seen.
        let seen = "We will be writing to Severnmoor with further questions, and I would ask for replies within 14 days.";
        assert!(request(seen));
        let s = Signals {
            attributed: true,
            dates: true,
            future: true,
            ..Signals::default()
        };
        assert!(scored(seen, s) < 0.5);
        // The same shape in other words.
        assert!(request(
            "I'd ask for a written response by the end of the month."
        ));
        assert!(request(
            "We'll write to the minister with our remaining questions."
        ));
        assert!(request(
            "I would request a reply from the department within 28 days."
        ));
        // Not so: a request that says what it asks about, a claim of its own.
        let about = |t: &str| with(t, |tk, w| closing_request(w) && !asks_about_a_matter(tk, w));
        assert!(about(seen));
        assert!(about(
            "I would request a reply from the department within 28 days."
        ));
        assert!(!about(
            "We are asking for answers about why 14 babies died on the same ward in 2024."
        ));
        assert!(!about(
            "I'd ask for an answer to one question: why were 300 patients left on trolleys overnight?"
        ));
        assert!(!about(
            "We are requesting a response on why 40 staff were dismissed."
        ));
        assert!(!about(
            "I would ask for answers on the 2,000 missing records."
        ));
        // Not so: a plan to write or to ask of anything else.
        assert!(!request("We will write to every household by March."));
        assert!(!request(
            "Its chair said the society would ask the trust to oppose any change of use."
        ));
        assert!(!request(
            "The council will ask for replies from residents by Friday."
        ));
        assert!(!request("I asked whether the 2,000 homes would be built."));
    }

    #[test]
    fn a_lead_into_a_summary_is_no_claim() {
        let lead = |t: &str| with(t, summary_lead);
        // Seen.
        let seen = "Here is where things stand at the end of a very hot Sunday:";
        assert!(lead(seen));
        let s = Signals {
            dates: true,
            ..Signals::default()
        };
        assert!(scored(seen, s) < 0.5);
        // The same shape in other words.
        assert!(lead("Here's what we know so far:"));
        assert!(lead(
            "These are the key points from the minister's statement:"
        ));
        assert!(lead("Where things stand at 6pm:"));
        // Not so: a sentence ending in a stop, or a long one ending in a
        // colon.
        assert!(!lead("Here is where the 40 branches will close."));
        assert!(!lead("The council said it had closed 14 libraries, cut 200 jobs and sold three buildings in the last two years, and listed them:"));
    }

    #[test]
    fn an_appeal_to_everyone_is_no_claim() {
        let appeal = |t: &str| with(t, appeal_to_all);
        // Seen.
        let seen = "\"We are asking every family in Porto Clara to make a sacrifice so that no hospital and no school runs dry,\" Almeida said.";
        assert!(appeal(seen));
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        assert!(scored(seen, s.clone()) < 0.5);
        let seen = "\"We are asking everyone to contribute, and those with the broadest shoulders will contribute the most,\" she said.";
        assert!(appeal(seen));
        assert!(scored(seen, s) < 0.5);
        // The same shape in other words.
        assert!(appeal("I'm urging all residents to stay indoors tonight."));
        assert!(appeal("We are calling on everyone to use water wisely."));
        // Not so: an appeal to one party, one with a figure, a third
        // person's request.
        assert!(!appeal("We are asking the council to publish the report."));
        assert!(!appeal(
            "We are asking every household to cut its use by 20%."
        ));
        assert!(!appeal(
            "Residents said they were asking every councillor to vote against it."
        ));
        // Not so either: an appeal that goes on to tell what someone did.
        let seen = "\"We are urging all residents to boycott Harlow Water, which dumped sewage into the river every day last summer,\" she said.";
        assert!(!appeal(seen));
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        let mut html = 0;
        let (_, why) = score(&tokenize(seen, 0, seen.len(), &[], &mut html), &s);
        assert!(!why.contains(&"appeal"), "{why:?}");
        // (nor advice to the public, which it is not only)
        assert!(!why.contains(&"advice"), "{why:?}");
        let advice = "Police are urging residents to keep their windows closed tonight.";
        let (_, why) = score(&tokenize(advice, 0, advice.len(), &[], &mut html), &s);
        assert!(why.contains(&"advice"), "{why:?}");
        assert!(!appeal(
            "We are asking all parents to write to the head teacher, who was told about the bullying in March."
        ));
        assert!(!appeal(
            "I'm urging everyone to avoid the bank because it closed the branch without warning."
        ));
        assert!(!appeal(
            "We are calling on all customers to switch after the company cut its rates again."
        ));
        // Still an appeal: a clause of now or of what is to come.
        assert!(appeal(
            "We are asking all parents, who know their children best, to keep them at home."
        ));
        assert!(appeal(
            "I'm urging all residents to stay indoors after dark."
        ));
        assert!(appeal(
            "We are asking everyone to stay away from the beach, which remains closed, until the storm passes."
        ));
    }

    #[test]
    fn a_verdict_on_a_studys_findings_is_no_claim() {
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        // Seen.
        for seen in [
            "Dr Jeremiah Newbould, who studies antibiotic discovery at the University of Lindenhurst, said the results were \"genuinely exciting\".",
            "Professor Chidi Wainscott, a fisheries scientist at the University of Calderbridge who was not involved in the research, said the results were \"encouraging but early\".",
            "Other scientists said the findings were plausible but limited.",
        ] {
            assert!(with(seen, |_, w| verdict_on_findings(w)), "{seen}");
            assert!(scored(seen, s.clone()) < 0.5, "{seen}");
        }
        // Not so: a verdict that goes on to tell what was measured, a
        // figure, a finding told.
        for text in [
            "Dr Kjersti Amundsen-Lowe said the study was \"carefully done\" but measured recall of only one lesson a week later.",
            "She said the results were 12% better than expected.",
            "She said the results showed promise in mice.",
        ] {
            assert!(!with(text, |_, w| verdict_on_findings(w)), "{text}");
        }
    }

    #[test]
    fn how_hard_a_time_felt_is_no_claim() {
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        // Seen.
        for seen in [
            "The chief executive, Augusta Wrathall, said the decision was \"the hardest of my career\".",
            "\"This has been the hardest year in the company's 139-year history,\" said the chief executive, Giles Ambersham.",
            "\"This has been the toughest six months for the industry in a generation,\" he said.",
            "\"It was the longest six and a half weeks of my life,\" she said.",
            "\"This is the darkest day for the rule of law in this country since independence,\" said Libuse Dravic.",
        ] {
            assert!(with(seen, |_, w| hardest_ever(w)), "{seen}");
            assert!(scored(seen, s.clone()) < 0.5, "{seen}");
        }
        // Not so: a record over a span, a superlative with no span of
        // one's own.
        for text in [
            "The council said it was the worst harvest in a generation, with yields down 40%.",
            "Kellsbridge had the longest waits in the country in 2025.",
            "It was the hardest-hit ward, with 212 cases.",
            "The minister said the new rules were the toughest in the country's history.",
        ] {
            assert!(!with(text, |_, w| hardest_ever(w)), "{text}");
        }
        assert!(
            scored(
                "Kellsbridge had the longest waits in the country in 2025.",
                s
            ) >= 0.5
        );
    }

    #[test]
    fn a_finders_surprise_is_no_claim() {
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        // Seen.
        for seen in [
            "\"We expected some decline, but not on this scale,\" said Dr Solenne Pickvance-Grint, the soil ecologist who led the study.",
            "\"We expected to see an effect near the main roads, but not in lakes three or four kilometres from the nearest one,\" said the study's lead author, Dr Ysaline Marchbourne-Ansah.",
        ] {
            assert!(with(seen, |_, w| surprise(w)), "{seen}");
            assert!(scored(seen, s.clone()) < 0.5, "{seen}");
        }
        // The same shape in other words.
        assert!(with(
            "I had expected a rise, but not a doubling.",
            |_, w| surprise(w)
        ));
        // Not so: an expectation belied by a fact told after it, a third
        // party's expectation.
        let belied = "\"We expected the scheme to bring these numbers down, and instead they have gone up,\" said Dr Tindra Raworth.";
        assert!(!with(belied, |_, w| surprise(w)));
        assert!(scored(belied, s) >= 0.5);
        assert!(!with(
            "Analysts expected a fall, but not one of 40%.",
            |_, w| surprise(w)
        ));
        assert!(!with(
            "We expected a fall, but the figures rose by 12%.",
            |_, w| surprise(w)
        ));
    }

    #[test]
    fn a_programmes_introduction_of_a_voice_is_no_claim() {
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        // Seen.
        for seen in [
            "She spoke to us yesterday.",
            "Marcella Penwardine, a nurse from Dellowgate, spoke to us this morning.",
        ] {
            assert!(with(seen, |_, w| spoke_to_us(w)), "{seen}");
            assert!(scored(seen, s.clone()) < 0.5, "{seen}");
        }
        // The same in other words.
        assert!(with(
            "Tobias Wren, who runs the ferry, spoke to me on Monday.",
            |_, w| spoke_to_us(w)
        ));
        // Not so: a sentence that goes on to what was said, a figure.
        for text in [
            "The minister spoke to us this morning and said 40 jobs would go.",
            "Some 40 families spoke to us last week.",
        ] {
            assert!(!with(text, |_, w| spoke_to_us(w)), "{text}");
        }
    }

    #[test]
    fn a_question_put_as_a_wish_is_no_claim() {
        let wants = |t: &str| with(t, |_, w| wants_to_know(w));
        let s = Signals {
            attributed: true,
            ..Signals::default()
        };
        // Seen.
        for seen in [
            "\"I would like to know where it was for five months,\" he said.",
            "\"Our members want to know what was done about it between Friday and this morning,\" he said.",
            "SEONA GAIRLOCH: People listening in Strandvoe want to know one thing.",
        ] {
            assert!(wants(seen), "{seen}");
            assert!(scored(seen, s.clone()) < 0.5, "{seen}");
        }
        // The same shape in other words.
        assert!(wants(
            "Parents will want to know why the school was never inspected."
        ));
        assert!(wants(
            "The union wants to know whether the 40 jobs will be replaced."
        ));
        // Not so: a want far into a sentence that tells, a want with its
        // reason after it, a want of a thing.
        assert!(!wants("Nobody at Severnmoor had been told to switch off a monitor, and if anyone had been told, the families would want to know why."));
        assert!(!wants(
            "Residents want to know one of the councillors has resigned."
        ));
        assert!(!wants("I'd want to know who said it, because those foundations were signed off by independent inspectors in February."));
        assert!(!wants(
            "Residents want to see the 2019 report published in full."
        ));
        assert!(scored("Residents said 40 homes had flooded twice since 2019.", s) >= 0.5);
    }

    #[test]
    fn a_lead_that_says_only_who_gave_evidence_is_no_claim() {
        let lead = |t: &str| with(t, evidence_lead);
        // Seen.
        let seen = "A former council leader has given evidence at the High Court on the third day of her libel action against a local newspaper.";
        assert!(lead(seen));
        assert!(scored(seen, Signals::default()) < 0.5);
        // The same shape in other words.
        assert!(lead(
            "The driver of the van gave evidence at the inquest on Tuesday."
        ));
        assert!(lead(
            "The chief executive was giving evidence to the health committee."
        ));
        // Not so: what the evidence said, an opening participle, a figure.
        assert!(!lead(
            "Holloway gave evidence that she had declared the friendship in 2020."
        ));
        assert!(!lead(
            "Giving evidence on Thursday, Holloway said she had declared the friendship."
        ));
        assert!(!lead(
            "The officer gave evidence for 40 minutes before the jury."
        ));
        assert!(!lead(
            "She gave evidence \"with great courage\", the judge told the court."
        ));
    }
}
