//! Who makes a claim and how: the speaker and their role, the cue that
//! attributes it, and the intermediaries. Noun phrases are read in
//! `phrases`, speakers in `speaker`, cues in `cues`.

use super::cues::{before_speaker, verb_cue, via};
use super::lexicon::PAST;
pub(crate) use super::names::People;
use super::names::{is_initial, is_name_word, is_unnamed_person, join};
use super::phrases::{np_right, trim_np};
use super::speaker::{read_speaker, Speaker};
use super::tokens::{word_set, Token, WordSet};
use std::sync::OnceLock;

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

impl Found {
    /// `speaker` said it and `by` passed it on: the one passing it on
    /// goes first among the intermediaries, and `speaker` leaves them.
    fn passed_on(&mut self, by: &str, speaker: Speaker) {
        self.via.retain(|v| *v != speaker.text);
        self.via.insert(0, bare_name(by));
        self.person = speaker.person;
        self.named = speaker.named;
        self.role = speaker.role;
        self.speaker = Some(speaker.text);
    }
}

/// A "said" after the sentence's last comma, with a few words at most
/// after it: the cue of the whole sentence. So is "added", and "told" and
/// whom it was told ("…, two officials told Kestrow on Thursday.").
/// The outlet's own knowledge, opening the sentence: "The Courier
/// understands that officers had originally recommended …", "The Herald
/// has learned that …". A name in capitals (after "The"), then
/// "understands", "has learned" or "has learnt", then "that": what follows
/// is the outlet's, whatever verb of saying it holds.
fn outlet_knows(tokens: &[Token]) -> bool {
    let s = usize::from(tokens.first().is_some_and(|t| t.lower == "the"));
    let n = tokens[s.min(tokens.len())..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && t.is_cap() && !t.quoted)
        .count();
    if n == 0 {
        return false;
    }
    let rest: Vec<&str> = tokens[s + n..].iter().take(3).map(Token::low).collect();
    matches!(
        rest.as_slice(),
        ["understands", "that", ..] | ["has", "learned" | "learnt", "that"]
    )
}

fn closes_sentence(tokens: &[Token], i: usize) -> bool {
    // (or "added": "Tests had found asbestos in samples taken from the
    // edge of the pile, she added.")
    if !matches!(
        tokens[i].low(),
        "said" | "says" | "told" | "tells" | "added" | "adds"
    ) || tokens[i].quoted
    {
        return false;
    }
    let comma = tokens[..i].iter().rposition(|t| t.text == "," && !t.quoted);
    let rest = tokens[i + 1..].iter().filter(|t| t.is_word()).count();
    comma.is_some_and(|c| {
        // (up to five words between, or nine for a noun phrase opened by
        // an article or a name: "the paper in the Journal of Insect
        // Populations says")
        let opens_np = tokens
            .get(c + 1)
            .is_some_and(|t| t.is_cap() || matches!(t.low(), "the" | "a" | "an" | "its" | "their"));
        i - c >= 2
            && (i - c <= 6 || (opens_np && i - c <= 10))
            // (not a relative clause: "confirmed that pay had been frozen,
            // which it said reflected the site's losses" is the
            // confirmer's, its "it" only the same party again)
            && !tokens
                .get(c + 1)
                .is_some_and(|t| matches!(t.low(), "which" | "who" | "whom"))
    }) && rest <= 5
        && !tokens[i + 1..].iter().any(|t| t.lower == "that")
}

/// Attribution of one sentence. `people` learns who is named.
pub(crate) fn attribute(text: &str, tokens: &[Token], lows: &[&str], people: &mut People) -> Found {
    let mut found = Found::default();
    if outlet_knows(tokens) {
        return found;
    }
    let mut best: Option<(Speaker, usize, usize)> = None; // speaker, cue start, cue len
    let mut by_phrase = false;
    let mut closing_via: Option<String> = None;
    let mut closing_record: Option<Speaker> = None;
    if let Some(case) = party_case(text, tokens, people) {
        best = Some(case);
    }
    for i in 0..tokens.len() {
        if tokens[i].quoted {
            continue;
        }
        if let Some((phrase, ())) = before_speaker().at(lows, i).next() {
            let after = i + phrase.len();
            let (np, end) = np_right(tokens, after);
            // "according to freedom of information responses obtained by
            // Steadfoot": the responses speak; who obtained or saw them
            // only passes them on.
            let np = np
                .windows(2)
                .position(|w| matches!(w[0].low(), "seen" | "obtained") && w[1].lower == "by")
                .filter(|&k| k > 0)
                .map_or(np, |k| &np[..k]);
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
                // ("according to Cosima Bjarnadottir-Reece, an analyst at
                // the consultancy …": a person described by a role after.)
                let described = tokens.get(end).is_some_and(|t| t.lower == ",")
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| matches!(t.low(), "a" | "an" | "the"))
                    && tokens
                        .iter()
                        .skip(end + 2)
                        .take(3)
                        .take_while(|t| t.is_word() && !t.quoted)
                        .any(super::names::is_role);
                if sp.person && sp.role.is_none() && people.known.len() == known + 1 && !described {
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
                        sp = Speaker::of_known(people, idx);
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
                } else if !by_phrase && tokens[i - 1].lower == "," && phrase[0] == "according" {
                    if cites_record(np) {
                        // "He said the warehouse held 120 tonnes, according
                        // to the inventory the company had provided": the
                        // record speaks, all of its words; he passes it on.
                        closing_record = Some(Speaker {
                            text: join(text, trim_np(np)),
                            ..Speaker::default()
                        });
                    } else {
                        // "Lask said on Thursday that …, according to state
                        // media": the speaker's words, passed on.
                        closing_via = Some(bare_name(&sp.text));
                    }
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
            // "…, the minister told parliament on Wednesday, Reuters
            // reported.": the outlet closing the sentence passed it on.
            if !by_phrase {
                if let Some(outlet) = outlet_closing(text, tokens, i) {
                    closing_via = Some(outlet);
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
            // "Polls published this month put Civic Direction at 21 percent",
            // "Figures compiled by the agency in May put the rate at …".
            // "The Financial Staff Union put the number of jobs at risk at
            // nearer 600": whoever puts a count at a figure gives it.
            let puts = puts_at_figure(tokens, end)
                || tokens[..end].last().is_some_and(|t| {
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
                }) && tokens[end..tokens.len().min(end + 12)]
                    .iter()
                    .take_while(|t| t.is_word() && !t.quoted)
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
    // "The team measured …", "A final communique commits …", "…, an
    // inquest has heard": who found, set down or heard it.
    if best.is_none() {
        best = finder(text, tokens, people);
    }
    // "Traces of lead were detected … by inspectors": the agent of a
    // finding told in the passive.
    if best.is_none() {
        best = found_by(text, tokens, people);
    }
    // "A structural engineer later found nothing wrong with it, the court
    // heard.": a hearing closing the sentence heard what a person did
    // or found, over the verb inside it. (A record keeps what it shows:
    // "Bank records showed he had spent £64,000 …, the jury was told.")
    if !by_phrase {
        let lead = lead_hearing(tokens);
        if let Some((_, at, _)) = best
            .as_ref()
            .filter(|(sp, _, _)| lead || sp.person || is_unnamed_person(&sp.text))
            .filter(|&&(_, at, _)| lead || !says_not_finds(tokens[at].low()))
            .map(|(sp, at, len)| (sp.clone(), *at, *len))
        {
            if let Some(heard) = closing_hearing(tokens).filter(|&h| h > at + 1) {
                if let Some(f) = finder(text, &tokens[heard.saturating_sub(6)..], people)
                    .filter(|&(_, v, _)| v == heard.min(6))
                {
                    let (sp, v, len) = f;
                    best = Some((sp, heard - heard.min(6) + v, len));
                }
            }
        }
    }
    // "Shares in X fell by a third after the bed maker warned that …": a
    // verb of saying in a clause of time or cause after a main clause
    // that is the reporter's own; the sentence is the outlet's.
    let subordinate = !by_phrase
        && best
            .as_ref()
            .is_some_and(|&(_, at, _)| after_main_clause(tokens, at) || pleads(tokens, at));
    if subordinate {
        return found;
    }
    if let Some((mut sp, at, len)) = best {
        // "Save Wexcombe Fields said it would hold a meeting": a name that
        // speaks of itself as "it" is an organisation.
        if sp.person && speaks_as_it(tokens, at + len) && !people_knows_role(people, &sp) {
            sp.person = false;
        }
        // "Its barrister, Adrian Kell KC, told the court in his opening
        // …": "his" the first pronoun within six words of the cue is the
        // speaker's own, and tells that "he" stands for them.
        if sp.person {
            let first = tokens
                .iter()
                .skip(at + len)
                .take(6)
                .find(|t| {
                    !t.quoted
                        && matches!(
                            t.low(),
                            "he" | "she" | "his" | "her" | "him" | "they" | "their" | "it" | "its"
                        )
                })
                .map(Token::low);
            if first == Some("his") {
                if let Some(i) = people.last.filter(|&i| {
                    people
                        .known
                        .get(i)
                        .is_some_and(|p| Some(&p.name) == sp.name.as_ref())
                }) {
                    people.learn_pronoun(i, "he");
                }
            }
        }
        found.cue = Some(join(text, &tokens[at..(at + len).min(tokens.len())]).to_lowercase());
        found.cue_at = Some(at);
        found.person = sp.person;
        found.named = sp.named;
        found.role = sp.role;
        found.speaker = Some(sp.text);
        // "An analysis of the same data by the Herald found …" under the
        // masthead "The Brannoch Herald | Health": the page's own finding.
        if people
            .masthead
            .as_deref()
            .is_some_and(|m| found.speaker.as_deref().is_some_and(|sp| own_page(m, sp)))
        {
            found.speaker = None;
            found.role = None;
            found.person = false;
            found.named = false;
        }
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
        // "The trust confirmed … It said …", "Elbany's interior ministry
        // says … It says …", "The opposition Civic Renewal party accused …
        // It said …": a body the sentence names by its common noun, in the
        // singular, is what "it" stands for next too.
        let last = sp.rsplit(' ').next().unwrap_or_default();
        // (not one who speaks for it: "A spokeswoman for the trust")
        if !found.person
            && sp.split(' ').count() <= 6
            && !is_unnamed_person(sp)
            && last.starts_with(|c: char| c.is_ascii_lowercase())
            && (!last.ends_with('s') || last.ends_with("ss"))
            && (super::lexicon::ORGS.contains(&last) || super::lexicon::ORG_NOUNS.contains(&last))
        {
            people.last_org = Some(sp.to_string());
        }
    }
    found.via = via(
        text,
        tokens,
        lows,
        found.speaker.as_deref(),
        people.masthead.as_deref(),
    );
    if let Some(v) = closing_via {
        if found.speaker.as_deref().is_some_and(|sp| sp != v) && !found.via.contains(&v) {
            found.via.push(v);
        }
    }
    if let (Some(record), Some(outer)) = (closing_record, found.speaker.clone()) {
        found.passed_on(&outer, record);
        return found;
    }
    // "PC Laura Denholm told the court that when she arrived Astley was
    // sitting on the verge and said to her: \"I only looked down …\"": the
    // one whose words are quoted speaks; the teller passes them on.
    if let (Some(outer), Some(at)) = (found.speaker.clone(), found.cue_at) {
        let len = found.cue.as_deref().map_or(1, |c| c.split(' ').count());
        if let Some(quoted) = quoted_within(text, tokens, at + len, people) {
            if quoted.text != outer && !outer.ends_with(&quoted.text) {
                // The teller stays the one spoken of: "She said a breath
                // test … was negative" is the officer again.
                if let Some(i) = people
                    .known
                    .iter()
                    .rposition(|p| outer.ends_with(p.name.as_str()))
                {
                    people.last = Some(i);
                }
                found.passed_on(&outer, quoted);
                return found;
            }
        }
    }
    // "Korvapress quoted Prime Minister Dmitar Kessov as saying that …":
    // the one quoted speaks; whoever quotes passes it on.
    if let (Some(outer), Some(at)) = (found.speaker.clone(), found.cue_at) {
        if let Some(quoted) = quoted_as_saying(text, tokens, at, people) {
            if quoted.text != outer {
                found.passed_on(&outer, quoted);
                return found;
            }
        }
    }
    // "The Ledger reported that the former finance director, Colin
    // Ashdown, had told the board that …", "She said nurses had told her
    // they …": the first teller speaks; whoever relays it is the `via`.
    if let (Some(outer), Some(at)) = (found.speaker.clone(), found.cue_at) {
        let len = found.cue.as_deref().map_or(1, |c| c.split(' ').count());
        if let Some(teller) = relayed(text, tokens, at + len, people) {
            if teller.text != outer {
                found.passed_on(&outer, teller);
                return found;
            }
        }
    }
    // "The park's former manager, she said, had told her that the columns
    // were surveyed in 2023 …": the subject before a saying set off by
    // commas told it; the one who says so passes it on.
    if let (Some(outer), Some(at)) = (found.speaker.clone(), found.cue_at) {
        let set_off = at >= 3
            && tokens[at - 2].lower == ","
            && matches!(tokens[at - 1].low(), "he" | "she" | "they")
            && tokens.get(at + 1).is_some_and(|t| t.lower == ",");
        let told = {
            let k = at + 2 + usize::from(tokens.get(at + 2).is_some_and(|t| t.lower == "had"));
            tokens
                .get(k)
                .is_some_and(|t| matches!(t.low(), "told" | "warned" | "assured" | "informed"))
        };
        let subject = &tokens[..at.saturating_sub(2)];
        if set_off && told && subject.iter().all(|t| t.is_word() && !t.quoted) {
            let last = people.last;
            match read_speaker(text, subject, people) {
                Some(teller) if teller.text != outer => {
                    found.passed_on(&outer, teller);
                    return found;
                }
                _ => people.last = last,
            }
        }
    }
    // "Farmers had been told by officials in May that grants … would be
    // cut, said Torquil Okonkwo-Tervit": what was told, opening the
    // sentence before its closing cue, is the teller's; the one who says
    // so passes it on.
    if let (Some(outer), Some(at)) = (found.speaker.clone(), found.cue_at) {
        // (the cue closes the sentence: ", said …" or ", the association
        // said")
        let closing = at > 6 && cue_closes_sentence(tokens, at);
        // (or the sentence's cue after a pronoun, ", she said", for those
        // who told "them")
        let pronoun = at > 6 && matches!(tokens[at - 1].low(), "he" | "she" | "they");
        let teller = closing
            .then(|| told_by(text, &tokens[..at], 0, people))
            .flatten()
            .or_else(|| {
                (closing || pronoun)
                    .then(|| told_them(text, &tokens[..at], people))
                    .flatten()
            });
        if let Some(teller) = teller.filter(|t| t.text != outer) {
            found.passed_on(&outer, teller);
            return found;
        }
    }
    // "…, Reuters reported on Monday, citing two senior coalition
    // officials": the people cited said it; the outlet passed it on.
    if let Some(outlet) = found.speaker.clone() {
        if let Some(cited) = citing(text, tokens, people) {
            found.passed_on(&outlet, cited);
        }
    }
    found
}

/// "The trust's case is that …", "Her position is that …": the party
/// whose case, position or argument it is says what follows "that" (not
/// an "investigation" that "found" inside it). The possessive opens the
/// sentence within three words; gives the party, where the cue starts
/// and its length.
fn party_case(
    text: &str,
    tokens: &[Token],
    people: &mut People,
) -> Option<(Speaker, usize, usize)> {
    let p = tokens.iter().take(4).position(|t| {
        t.is_word() && !t.quoted && (t.lower.ends_with("'s") || matches!(t.low(), "his" | "her"))
    })?;
    let noun = tokens.get(p + 1)?;
    if !matches!(
        noun.low(),
        "case" | "position" | "argument" | "contention" | "account" | "view"
    ) || !matches!(tokens.get(p + 2).map(Token::low), Some("is" | "was"))
        || tokens.get(p + 3).is_none_or(|t| t.lower != "that")
    {
        return None;
    }
    let owner = &tokens[..=p];
    if owner.iter().any(|t| !t.is_word()) {
        return None;
    }
    let words: Vec<&str> = match owner {
        [one] if one.lower == "his" => vec!["he"],
        [one] if one.lower == "her" => vec!["she"],
        _ => owner.iter().map(Token::base).collect(),
    };
    let sp = match people.resolve(&words) {
        Some(i) => {
            people.last = Some(i);
            Speaker::of_known(people, i)
        }
        None if owner.len() == 1 && (!owner[0].is_cap() || matches!(words[0], "he" | "she")) => {
            return None
        }
        None => {
            let whole = join(text, owner);
            let plain = whole
                .strip_suffix("'s")
                .or_else(|| whole.strip_suffix("\u{2019}s"))
                .unwrap_or(&whole)
                .to_string();
            Speaker {
                text: plain,
                named: owner.iter().any(|t| t.is_cap() && t.lower != "the"),
                ..Speaker::default()
            }
        }
    };
    Some((sp, p + 1, 3))
}

/// A record a speaker's words rest on, by its head noun after a
/// determiner: "the inventory the company had provided", "council
/// records", "the minutes of the meeting" (not a statement, which is the
/// speaker's own words, nor an outlet).
fn cites_record(np: &[Token]) -> bool {
    let np = trim_np(np);
    let mut k = usize::from(np.first().is_some_and(|t| {
        matches!(
            t.low(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    }));
    // ("the landlord's records", "the council's own log")
    while np
        .get(k)
        .is_some_and(|t| t.lower.ends_with("'s") || matches!(t.low(), "own" | "official"))
        && k < 3
    {
        k += 1;
    }
    np.get(k).is_some_and(|t| {
        !t.is_cap()
            && matches!(
                t.low(),
                "inventory"
                    | "records"
                    | "minutes"
                    | "log"
                    | "logs"
                    | "register"
                    | "ledger"
                    | "accounts"
                    | "filings"
                    | "manifest"
                    | "timetable"
            )
    })
}

/// The person whose words a relayed clause quotes after a colon: "… told
/// the court that when she arrived Astley was sitting on the verge and said
/// to her: \"I only looked down for a second.\"". The last name before a
/// verb in lower case, ahead of the verb that opens the quotation.
fn quoted_within(
    text: &str,
    tokens: &[Token],
    from: usize,
    people: &mut People,
) -> Option<Speaker> {
    let opens = |v: usize| {
        let t = &tokens[v];
        if t.quoted
            || !matches!(
                t.low(),
                "said" | "told" | "replied" | "shouted" | "added" | "asked" | "admitted"
            )
        {
            return false;
        }
        // ("said to her:", "told officers:")
        let colon = (v + 1..tokens.len().min(v + 4)).find(|&k| tokens[k].lower == ":");
        colon.is_some_and(|c| {
            tokens[v + 1..c].iter().all(|x| x.is_word() && !x.quoted)
                && tokens
                    .get(c + 1)
                    .is_some_and(|q| q.quoted || q.is_quote_mark())
        })
    };
    let v = (from..tokens.len()).find(|&v| opens(v))?;
    let k = (from..v).rev().find(|&k| {
        is_name_word(&tokens[k])
            && !tokens[k].quoted
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !n.is_cap() && !n.quoted)
    })?;
    let mut s = k;
    while s > from && is_name_word(&tokens[s - 1]) {
        s -= 1;
    }
    // (the quoted person does not become the one spoken of next)
    let last = people.last;
    let sp = read_speaker(text, &tokens[s..=k], people);
    people.last = last;
    sp.filter(|sp| sp.person)
}

/// The object of "quoted" at `at` when "as saying" follows it within ten
/// words: "quoted Prime Minister Dmitar Kessov as saying on Monday that
/// …", "cited a senior official as saying …".
fn quoted_as_saying(
    text: &str,
    tokens: &[Token],
    at: usize,
    people: &mut People,
) -> Option<Speaker> {
    if !matches!(
        tokens.get(at)?.low(),
        "quoted" | "quotes" | "cited" | "cites"
    ) {
        return None;
    }
    let from = at + 1;
    let as_at = (from + 1..tokens.len().min(from + 11)).find(|&k| {
        tokens[k].lower == "as"
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.low(), "saying" | "telling"))
    })?;
    let np = &tokens[from..as_at];
    if np
        .iter()
        .any(|t| t.quoted || matches!(t.low(), "," | "that" | "by"))
    {
        return None;
    }
    read_speaker(text, np, people)
}

/// Verbs by which words are passed from one person to another: "had told
/// the board", "had warned that".
const RELAY: &[&str] = &[
    "told",
    "tells",
    "informed",
    "assured",
    "warned",
    "admitted",
    "confided",
    "said",
    // "Mr Achebe said Holt had replied the next day that …": an answer
    // or a letter passed on.
    "replied",
    "wrote",
    "written",
    "responded",
    "answered",
    // "Janet Orde said Northgrid had promised after a similar outage in
    // February that the substation would be upgraded": a promise passed on.
    "promised",
    "pledged",
    "vowed",
];

/// Verbs of working something out, relayed when a person had done it: "The
/// prosecutor said a police collision investigator had calculated that …".
const WORKED_OUT: &[&str] = &[
    "calculated",
    "estimated",
    "concluded",
    "established",
    "determined",
    "found",
];

/// Whether the words after a verb of finding are a clause without its
/// "that": a subject opened by a determiner, then within five words an
/// auxiliary ("had", "has", "is", …), a past form of `PAST` or any word in
/// "-ed" ("have found your control room dropped more than 4,000 calls"),
/// not a thing found ("had found the body in the river"). A word in "-ed"
/// just after the determiner is an adjective of the thing found ("had
/// found the abandoned car in the river"), no verb.
fn finding_follows(after: &[Token]) -> bool {
    after.first().is_some_and(|t| {
        matches!(
            t.low(),
            "the" | "a" | "an" | "your" | "its" | "their" | "his" | "her" | "our" | "my" | "this"
        )
    }) && after
        .iter()
        .enumerate()
        .skip(1)
        .take(5)
        .take_while(|(_, t)| t.is_word() && !t.quoted)
        .any(|(k, t)| {
            let w = t.low();
            matches!(w, "had" | "was" | "were" | "has" | "have" | "is" | "are")
                || (k > 1 && w.len() > 4 && w.ends_with("ed"))
                || PAST.contains(&w)
        })
}

/// The first teller of words a sentence relays, in the clause after the
/// relayer's verb (which ends at `from`): "… reported that X had told the
/// board in a letter that …", "… said midwives had told her they …", "…
/// said a colleague had told police he saw …". The teller's verb comes
/// within twelve words; a pronoun (the relayer speaking of themselves) or
/// a passive ("had been told") relays nothing.
fn relayed(text: &str, tokens: &[Token], from: usize, people: &mut People) -> Option<Speaker> {
    let mut s = from + usize::from(tokens.get(from).is_some_and(|t| t.lower == "that"));
    // "Cllr Whitmore told the meeting that a senior officer had told …":
    // past whom the relayer told, to what they told.
    // "The Northern Ledger reported on Monday that Treasury officials had
    // told …", "said in a statement that …": past a time or a place, too
    // ("said in a recorded interview played to the jury that …": nine
    // words at most).
    if from > 0
        && (matches!(
            tokens[from - 1].low(),
            "told" | "tells" | "informed" | "assured"
        ) || tokens
            .get(from)
            .is_some_and(|t| matches!(t.low(), "on" | "in" | "at" | "last" | "earlier")))
    {
        if let Some(k) = tokens
            .iter()
            .skip(from)
            .take(9)
            .take_while(|t| t.is_word() && !t.quoted)
            .position(|t| t.lower == "that")
        {
            s = from + k + 1;
        } else if matches!(tokens[from - 1].low(), "told" | "tells")
            && tokens
                .get(from)
                .is_some_and(|t| matches!(t.low(), "us" | "me" | "him" | "her" | "them"))
        {
            // ("told us airline staff had said …": past whom, no "that")
            s = from + 1;
        }
    }
    // "Mr Faull said that when he rang the marina office, Inchworth told
    // him …": past a clause of time opening what was said, to its main
    // clause (twelve words at most, to its comma).
    if tokens
        .get(s)
        .is_some_and(|t| matches!(t.low(), "when" | "after" | "before" | "while" | "once"))
    {
        if let Some(k) = tokens
            .iter()
            .skip(s + 1)
            .take(12)
            .take_while(|t| (t.is_word() || t.lower == ",") && !t.quoted)
            .position(|t| t.lower == ",")
        {
            s += k + 2;
        }
    }
    // "Kiran Halsey-Mount … said he had told her in 2023 that …", "She
    // said he had told her that …": a pronoun telling the other pronoun
    // ("her", "him"), the one who relays it; the teller is someone else.
    if let Some(teller) = other_pronoun_told(tokens, s, people) {
        return Some(teller);
    }
    // "Officials quoted by KNA said …": an agent, not a clause ("at least
    // nine traders had told her …" is a count).
    let count = tokens.get(s).is_some_and(|t| t.lower == "at")
        && tokens
            .get(s + 1)
            .is_some_and(|t| matches!(t.low(), "least" | "most"));
    if !count
        && tokens.get(s).is_none_or(|t| {
            matches!(
                t.low(),
                "by" | "to" | "in" | "on" | "at" | "for" | "with" | "from" | "of"
            )
        })
    {
        return None;
    }
    if let Some(teller) = told_by(text, tokens, s, people) {
        return Some(teller);
    }
    // (a pronoun opening the clause is the relayer speaking of
    // themselves: nobody else tells, and nobody is learnt from it)
    if tokens
        .get(s)
        .is_some_and(|t| matches!(t.low(), "he" | "she" | "they" | "it" | "we" | "i" | "you"))
    {
        return None;
    }
    static RELAY_SET: OnceLock<WordSet> = OnceLock::new();
    static WORKED_OUT_SET: OnceLock<WordSet> = OnceLock::new();
    let relays = word_set(&RELAY_SET, RELAY);
    let works_out = word_set(&WORKED_OUT_SET, WORKED_OUT);
    let v = (s + 1..tokens.len().min(s + 13)).find(|&v| {
        let t = &tokens[v];
        // (most words are neither: tested before anything else)
        if t.quoted || !(relays.contains(t.low()) || works_out.contains(t.low())) {
            return false;
        }
        // "told the court in a written statement that …": after an
        // article the participle describes a noun; nobody tells.
        if matches!(tokens[v - 1].low(), "a" | "an" | "the") {
            return false;
        }
        // "told", "informed", "assured" take whom they tell; "warned",
        // "admitted", "said" need a "that" within four words ("warned the
        // landlord that …"; "admitted to hospital" relays nothing).
        // "warned Korvath's ambassador at a meeting last month that …"
        // takes an object and its time before "that".
        let reach = if matches!(
            t.low(),
            "warned" | "admitted" | "promised" | "pledged" | "vowed"
        ) {
            10
        } else if matches!(
            t.low(),
            "replied" | "wrote" | "written" | "responded" | "answered"
        ) {
            6
        } else {
            4
        };
        // (not a "that" after "and", which opens the outer verb's second
        // clause: "said the council had written to every family and that
        // no child would be left …")
        // ("told us airline staff had said passengers would not be given
        // hotel rooms": a saying in the past perfect relays its clause
        // without "that", not "had said nothing")
        let perfect_said = t.lower == "said"
            && matches!(tokens[v - 1].low(), "had" | "has")
            && tokens.get(v + 1).is_some_and(|n| {
                n.is_word()
                    && !n.quoted
                    && !matches!(
                        n.low(),
                        "nothing" | "so" | "little" | "it" | "this" | "much" | "as" | "in" | "on"
                    )
            });
        relays.contains(t.low())
            && (matches!(t.low(), "told" | "tells" | "informed" | "assured")
                || perfect_said
                || tokens
                    .iter()
                    .skip(v + 1)
                    .take(reach)
                    .take_while(|n| n.is_word() && !n.quoted)
                    .scan("", |prev, n| {
                        let after_and = *prev == "and";
                        *prev = n.low();
                        Some(n.lower == "that" && !after_and)
                    })
                    .any(|x| x))
            || (works_out.contains(t.low())
                && matches!(tokens[v - 1].low(), "had" | "has" | "have")
                && (tokens.get(v + 1).is_some_and(|n| n.lower == "that")
                    || finding_follows(&tokens[v + 1..])))
    })?;
    let worked_out = works_out.contains(tokens[v].low());
    // Words told in private reach the reader only through whoever relays
    // them: "said nine senators had privately told her they would vote no".
    if tokens[s..v]
        .iter()
        .any(|t| matches!(t.low(), "privately" | "secretly"))
        || matches_private(&tokens[v + 1..])
    {
        return None;
    }
    let clause = &tokens[s..];
    let at = v - s;
    if clause[..at].iter().any(|t| {
        t.quoted
            || matches!(
                t.low(),
                "that"
                    | "which"
                    | "who"
                    | "been"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "not"
                    | "never"
                    | "if"
                    | "when"
                    | "after"
                    | "before"
            )
    }) {
        return None;
    }
    // What follows is told: an object then words, or "that".
    let next = tokens.get(v + 1)?;
    if !next.is_word() || next.quoted {
        return None;
    }
    let last = people.last;
    let teller = super::cues::subject(text, clause, at, people);
    let Some(teller) = teller else {
        people.last = last;
        return None;
    };
    // Only a person works out what is relayed: "a review … had found"
    // is the relayer's evidence, not a teller.
    if worked_out
        && !(teller.person
            || is_unnamed_person(&teller.text)
            || teller
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.ends_with("or") || w.ends_with("ist") || w.ends_with("er"))
            // (or people of that kind: "inspectors have found …", not
            // "a survey of its members")
            || teller
                .text
                .split(' ')
                .take_while(|w| !matches!(*w, "of" | "at" | "in" | "from" | "for" | "on" | "with"))
                .last()
                .and_then(|w| w.strip_suffix('s'))
                .is_some_and(|w| w.ends_with("or") || w.ends_with("ist") || w.ends_with("er")))
    {
        people.last = last;
        return None;
    }
    let lone_pronoun = matches!(
        teller.text.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    );
    let first = clause.first().map(Token::low).unwrap_or_default();
    if lone_pronoun || matches!(first, "he" | "she" | "they" | "it" | "we" | "i" | "you") {
        people.last = last;
        return None;
    }
    // "a colleague of Mr Ashby's", "one of her neighbours": someone
    // unnamed, placed by the person named inside the phrase.
    if teller.person
        && matches!(
            first,
            "a" | "an" | "one" | "two" | "three" | "several" | "some"
        )
    {
        let mut e = at;
        while e > 1 && super::lexicon::BETWEEN.contains(&clause[e - 1].low()) {
            e -= 1;
        }
        // ("a chartered surveyor, Mortimer Adeyemi-Kask, had told
        // police": the one described, named in apposition, is the person.)
        let apposed = clause[..e]
            .iter()
            .position(|t| t.lower == ",")
            .is_some_and(|k| {
                let after = trim_np(&clause[k + 1..e]);
                teller.name.as_deref() == Some(join(text, after).as_str())
            });
        if apposed {
            return Some(teller);
        }
        people.last = last;
        return Some(Speaker {
            text: join(text, &clause[..e]),
            ..Speaker::default()
        });
    }
    Some(teller)
}

/// "said he had told her that …": "he" or "she" opening the clause at
/// `s`, "had" or not, a verb of telling, then the pronoun of the other sex
/// ("her" after "he", "him" after "she"). The one told is the person last
/// spoken of, who relays it; the teller is the latest other person the
/// first pronoun can be. Each learns their pronoun; the relayer stays the
/// person last spoken of.
fn other_pronoun_told(tokens: &[Token], s: usize, people: &mut People) -> Option<Speaker> {
    let pronoun = tokens.get(s).map(Token::low)?;
    let object = match pronoun {
        "he" => "her",
        "she" => "him",
        _ => return None,
    };
    let v = s + 1 + usize::from(tokens.get(s + 1).is_some_and(|t| t.lower == "had"));
    let told = tokens
        .get(v)
        .is_some_and(|t| matches!(t.low(), "told" | "warned" | "assured" | "promised"));
    if !told || tokens.get(v + 1).is_none_or(|t| t.lower != object) {
        return None;
    }
    let relayer = people.last?;
    if !people.may_be(relayer, object) {
        return None;
    }
    // (one the sentence named before, other than the relayer, first:
    // "Ulverscombe's former colleague, Kiran Halsey-Mount, …, who said he
    // had told her")
    let named_before = tokens[..s].iter().rev().find_map(|t| {
        if !t.is_cap() || t.quoted {
            return None;
        }
        let word = t.low();
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
            .unwrap_or(word);
        people
            .resolve(&[word])
            .filter(|&i| i != relayer && people.may_be(i, pronoun))
    });
    let teller = named_before.or_else(|| people.other_than(pronoun, relayer))?;
    people.learn_pronoun(relayer, object);
    people.learn_pronoun(teller, pronoun);
    Some(Speaker::of_known(people, teller))
}

/// "… said he had been told by ward managers that …", "… said staff were
/// warned by the operator that …": the agent of a telling in the passive,
/// within the clause's first six words, with "that" at most eight words
/// after "by", is the first teller.
fn told_by(text: &str, tokens: &[Token], s: usize, people: &mut People) -> Option<Speaker> {
    let v = (s + 1..tokens.len().min(s + 6)).find(|&v| {
        matches!(
            tokens[v].low(),
            "told" | "informed" | "assured" | "warned" | "advised"
        ) && matches!(tokens[v - 1].low(), "been" | "was" | "were")
            && tokens.get(v + 1).is_some_and(|t| t.lower == "by")
    })?;
    if tokens[s..v].iter().any(|t| t.quoted || !t.is_word()) {
        return None;
    }
    let from = v + 2;
    let that = (from + 1..tokens.len().min(from + 9)).find(|&k| tokens[k].lower == "that")?;
    let agent = &tokens[from..that];
    if agent
        .iter()
        .any(|t| t.quoted || !t.is_word() && !matches!(t.text, "'" | "\u{2019}"))
    {
        return None;
    }
    // (up to when or where it told: "by its own prisons inspector in March
    // last year that …" is the inspector)
    let agent = match agent.iter().position(|t| {
        matches!(
            t.low(),
            "in" | "on" | "at" | "during" | "last" | "earlier" | "before"
        )
    }) {
        Some(0) => return None,
        Some(k) => &agent[..k],
        None => agent,
    };
    read_teller(text, agent, people)
}

/// The teller a phrase names, the one spoken of next as `read_speaker`
/// leaves it; when it names none, the one spoken of stays as it was.
fn read_teller(text: &str, np: &[Token], people: &mut People) -> Option<Speaker> {
    let last = people.last;
    let teller = read_speaker(text, np, people);
    if teller.is_none() {
        people.last = last;
    }
    teller
}

/// "Several gamekeepers interviewed by her team had told them they
/// routinely left bait in open trays, she said": those who told the
/// relayer, the sentence's subject before "told" and a pronoun, said
/// what they were told (the subject up to a participle describing it).
fn told_them(text: &str, tokens: &[Token], people: &mut People) -> Option<Speaker> {
    let v = (1..tokens.len().min(10)).find(|&v| {
        tokens[v].lower == "told"
            && tokens
                .get(v + 1)
                .is_some_and(|t| matches!(t.low(), "them" | "him" | "her" | "us"))
    })?;
    let mut subject = &tokens[..v];
    if let [rest @ .., last] = subject {
        if matches!(last.low(), "had" | "have" | "has") {
            subject = rest;
        }
    }
    if subject.iter().any(|t| t.quoted || !t.is_word()) {
        return None;
    }
    let subject = match subject
        .windows(2)
        .position(|w| w[0].lower.ends_with("ed") && w[1].lower == "by")
    {
        Some(0) => return None,
        Some(k) => &subject[..k],
        None => subject,
    };
    read_teller(text, subject, people)
}

/// "… told her in private that …", "… told him off the record …".
fn matches_private(after: &[Token]) -> bool {
    let w: Vec<&str> = after.iter().take(6).map(Token::low).collect();
    w.windows(2)
        .any(|p| p == ["in", "private"] || p == ["off", "the"])
}

/// Verbs of finding and counting, whose subject reports what it found:
/// "The team measured …", "Inspectors recorded …".
/// (What was done to find it, "analysed 1.8 million measurements",
/// "examined 62 samples", is method, not a finding.)
const FINDING: &[&str] = &[
    "measured",
    "recorded",
    "detected",
    "counted",
    "identified",
    "calculated",
    "observed",
    "logged",
    "documented",
];

/// Those who find things out as their work, or the work that does.
const FINDERS: &[&str] = &[
    "team",
    "teams",
    "researchers",
    "scientists",
    "authors",
    "investigators",
    "inspectors",
    "auditors",
    "analysts",
    "economists",
    "engineers",
    "experts",
    "study",
    "survey",
    "project",
    "laboratory",
    "lab",
    "statisticians",
    "epidemiologists",
    "monitors",
    "academics",
];

/// Verbs by which a document sets down what it commits to or proposes.
const SETS_DOWN: &[&str] = &[
    "commits",
    "committed",
    "pledges",
    "promises",
    "outlines",
    "proposes",
    "envisages",
    "guarantees",
    "obliges",
    "binds",
    "sets",
];

/// Documents that set down commitments and proposals.
const SETTING_DOWN: &[&str] = &[
    "communique",
    "communiqué",
    "declaration",
    "statement",
    "draft",
    "agreement",
    "plan",
    "strategy",
    "report",
    "letter",
    "document",
    "memo",
    "manifesto",
    "text",
    "resolution",
    "proposal",
    "proposals",
    "paper",
    "roadmap",
    "blueprint",
];

/// Where "heard" (or "told" after "was" or "were") closes the sentence
/// after a comma and two to five words: ", the court heard.", ", the jury
/// was told.". Only the last eight tokens are read.
fn closing_hearing(tokens: &[Token]) -> Option<usize> {
    let end = tokens.iter().rposition(|t| t.is_word())?;
    let v = end;
    let t = &tokens[v];
    if t.quoted
        || !(t.lower == "heard"
            || t.lower == "told" && v > 0 && matches!(tokens[v - 1].low(), "was" | "were"))
    {
        return None;
    }
    let c = (v.saturating_sub(6)..v)
        .rev()
        .find(|&k| tokens[k].lower == ",")?;
    (v - c >= 3 && tokens[c + 1..v].iter().all(|t| t.is_word() && !t.quoted)).then_some(v)
}

/// Whether the cue at `at` closes its sentence: ", said Torquil
/// Okonkwo-Tervit, who chairs …" or ", the residents' association said."
/// Only the speaker's words sit between the last comma (at most six
/// tokens back) and the cue, and after the cue and its speaker comes
/// the end, "." or ", who"/", which" (not "…, and on Monday the union
/// said it would strike in June.").
fn cue_closes_sentence(tokens: &[Token], at: usize) -> bool {
    const CLAUSE: &[&str] = &[
        "and", "but", "or", "on", "in", "at", "then", "when", "while", "after", "before", "as",
        "since", "so", "yet", "because", "if", "that", "which", "who", "it", "they", "he", "she",
    ];
    let Some(c) = (at.saturating_sub(6)..at)
        .rev()
        .find(|&k| tokens[k].lower == "," && !tokens[k].quoted)
    else {
        return false;
    };
    let words = |r: &[Token]| {
        r.iter().all(|t| {
            !t.quoted
                && (t.is_word() && !CLAUSE.contains(&t.low())
                    || matches!(t.low(), "'" | "\u{2019}" | "'s" | "\u{2019}s"))
        })
    };
    // ", the association said": the speaker before the cue, nothing after.
    let mut k = at + 1;
    if c + 1 < at {
        if !words(&tokens[c + 1..at]) {
            return false;
        }
    } else {
        // ", said Torquil Okonkwo-Tervit": the speaker after the cue.
        let end = tokens.len().min(at + 9);
        while k < end && tokens[k].is_word() && !tokens[k].quoted {
            k += 1;
        }
        if k == at + 1 || !words(&tokens[at + 1..k]) {
            return false;
        }
    }
    match tokens.get(k) {
        None => true,
        Some(t) if t.lower == "." => true,
        Some(t) if t.lower == "," => tokens
            .get(k + 1)
            .is_some_and(|n| matches!(n.low(), "who" | "which")),
        _ => false,
    }
}

/// A court report's lead, closed by an indefinite hearer: "A SOLAR panel
/// salesman told pensioners they could have panels fitted \"for free\"
/// …, a court has heard.", "…, an inquest heard." All of it is what the
/// hearing heard, a saying too (not "…, the jury was told.", a detail of
/// the evidence).
fn lead_hearing(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .rev()
        .filter(|t| t.is_word() || t.lower == ",")
        .take(5)
        .map(Token::low)
        .collect();
    let heard = match words.as_slice() {
        ["heard", "has", rest @ ..] | ["heard", rest @ ..] => rest,
        _ => return false,
    };
    matches!(
        heard,
        [
            "court" | "inquest" | "tribunal" | "hearing",
            "a" | "an",
            ",",
            ..
        ]
    )
}

/// A verb of saying that is not one of finding: "Ms Lyle said the roof
/// had been sound, the court heard." keeps Ms Lyle, where "found" or
/// "measured" gives way to the hearing.
fn says_not_finds(w: &str) -> bool {
    super::lexicon::VERBS.contains(&w)
        && !FINDING.contains(&w)
        && !matches!(
            w,
            "found"
                | "finds"
                | "showed"
                | "shows"
                | "show"
                | "concluded"
                | "indicated"
                | "indicates"
        )
}

/// Bodies that hear evidence: "an inquest has heard", "the court heard",
/// "the tribunal was told".
const HEARINGS: &[&str] = &[
    "inquest",
    "court",
    "tribunal",
    "hearing",
    "trial",
    "jury",
    "jurors",
    "inquiry",
    "magistrates",
    "committee",
    "panel",
];

/// "The team, from the University of Kelmsford, measured an average of
/// …", "A final communique, seen by MPA, commits the six governments to
/// …", "…, an inquest has heard.", "The tribunal was told that …": a verb
/// of finding, of setting down or of hearing, whose subject is one that
/// finds, a document, or a body that hears, is that subject's report.
fn finder(text: &str, tokens: &[Token], people: &mut People) -> Option<(Speaker, usize, usize)> {
    for v in 1..tokens.len() {
        let t = &tokens[v];
        if t.quoted || !t.is_word() {
            continue;
        }
        let w = t.low();
        let heads: &[&str] = if FINDING.contains(&w) {
            FINDERS
        } else if SETS_DOWN.contains(&w) {
            // "sets out", not "sets up".
            if w == "sets" && tokens.get(v + 1).is_none_or(|n| n.lower != "out") {
                continue;
            }
            SETTING_DOWN
        } else if w == "heard" || (w == "told" && matches!(tokens[v - 1].low(), "was" | "were")) {
            HEARINGS
        } else {
            continue;
        };
        // Passive "was measured" has its agent after "by" (`found_by`).
        if FINDING.contains(&w)
            && matches!(
                tokens[v - 1].low(),
                "was" | "were" | "been" | "be" | "is" | "are"
            )
        {
            continue;
        }
        // "Researchers … measured sediment cores from 36 sites between 2019
        // and 2025": what they measured and where it came from is their
        // method; a finding gives a value ("measured an average of 4.1",
        // "counted 212 nests") or where it was found ("counted rats at 14
        // of the 20 sites").
        if matches!(w, "measured" | "counted") {
            let object = tokens
                .iter()
                .skip(v + 1)
                .take(5)
                .take_while(|n| n.is_word() && !n.quoted && !n.is_cap() && !n.has_digit())
                .take_while(|n| {
                    !matches!(
                        n.low(),
                        "from" | "at" | "in" | "on" | "across" | "a" | "an" | "the" | "average"
                    )
                })
                .count();
            // ("measured gas flows at 48 sites over two years": where
            // what is measured was taken is method too, as "counted rats
            // at 14 of the 20 sites" is not.)
            if object > 0
                && tokens.get(v + 1 + object).is_some_and(|n| {
                    matches!(n.low(), "from" | "across")
                        || (w == "measured" && matches!(n.low(), "at" | "in" | "on"))
                })
            {
                continue;
            }
        }
        let last = people.last;
        let sp = super::cues::subject(text, tokens, v, people);
        people.last = last;
        let Some(sp) = sp.filter(|sp| !sp.person) else {
            continue;
        };
        let lower = sp.text.to_lowercase();
        let head = lower
            .split(|c: char| !c.is_alphanumeric() && c != 'é')
            .filter(|w| !w.is_empty())
            .take_while(|w| !matches!(*w, "of" | "from" | "at" | "in" | "for"))
            .last()
            .unwrap_or_default();
        if heads.contains(&head) {
            return Some((sp, v, 1));
        }
    }
    None
}

/// "Tiny fragments were found in all 62 samples examined by researchers
/// in a study …", "Traces of lead were detected in tap water by
/// inspectors from the council": a finding told in the passive, with its
/// agent after "by", is the agent's (a group or a body, not one person).
fn found_by(text: &str, tokens: &[Token], people: &mut People) -> Option<(Speaker, usize, usize)> {
    let p = (1..tokens.len()).find(|&p| {
        let w = tokens[p].low();
        !tokens[p].quoted
            && (FINDING.contains(&w) || matches!(w, "found" | "discovered"))
            && matches!(
                tokens[p - 1].low(),
                "was" | "were" | "been" | "be" | "is" | "are"
            )
    })?;
    let by = (p + 1..tokens.len().min(p + 16))
        .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
        .find(|&k| tokens[k].lower == "by")?;
    let mut e = by + 1;
    while e < tokens.len() && e - by <= 8 {
        let t = &tokens[e];
        let stop = !t.is_word()
            || t.quoted
            || matches!(
                t.low(),
                "in" | "on"
                    | "during"
                    | "for"
                    | "with"
                    | "and"
                    | "who"
                    | "which"
                    | "that"
                    | "after"
                    | "before"
                    | "since"
                    | "over"
                    | "last"
                    | "this"
                    | "using"
            )
            || (matches!(t.low(), "at" | "from" | "of")
                && !tokens.get(e + 1).is_some_and(Token::is_cap));
        if stop {
            break;
        }
        e += 1;
    }
    let np = &tokens[by + 1..e];
    let head = np.iter().rev().find(|t| !t.is_cap()).or(np.last())?;
    let group = FINDERS.contains(&head.low())
        || (head.lower.ends_with('s') && !head.lower.ends_with("'s") && !head.is_cap());
    if np.is_empty() || !group {
        return None;
    }
    let last = people.last;
    let sp = read_speaker(text, np, people);
    people.last = last;
    sp.filter(|sp| !sp.person).map(|sp| (sp, by, 1))
}

/// "…, an opposition councillor has claimed. Councillor Denise Okafor,
/// who leads …, told …", "A senior doctor has warned … Dr Ruth Amos, a
/// consultant at …, said …": the sentence after a claim of an unnamed
/// person opens with a name under the title of that person's noun. Gives
/// the earlier candidate, which is the named person's.
pub(crate) fn titled_after_unnamed(
    text: &str,
    r: &super::read::Read,
    candidates: &[super::Candidate],
) -> Option<usize> {
    // The unnamed source's claim may lie a sentence or two further back,
    // past a paragraph about someone else ("…, a prosecutor told a jury.
    // The defendant, 58, denies … Opening the case …, Sarah Maitland KC
    // told jurors …").
    let from = candidates.len().saturating_sub(3);
    (from..candidates.len())
        .rev()
        .take_while(|&i| r.number.saturating_sub(candidates[i].sentence) <= 3)
        .find(|&i| named_after(text, r, &candidates[i]).is_some())
}

/// Whether sentence `r` opens with `name`, not printed in the 20,000 bytes
/// before it, then a comma and a relative clause: after a role by its deed,
/// "who" or "whose" ("Teodric Valanne, who has championed the move since
/// 2021, said …"); after a post at a body, "whose" and a word for the body
/// the person runs ("Faelan Dansworth, whose company Brightfell
/// Illuminations is based in Sheffield, said …"). Not an age alone, nor
/// a clause that ties the person to nothing the post names ("Jane Holt,
/// who has worked at the plant for 20 years"): someone else, brought in.
fn introduced_by_clause(text: &str, r: &super::read::Read, name: &str, post: bool) -> bool {
    const REACH: usize = 20_000;
    let t = &r.tokens;
    let Some(run) = t.iter().position(|w| w.text == ",") else {
        return false;
    };
    let word = |k: usize| t.get(k).filter(|w| !w.quoted).map_or("", |w| w.low());
    let clause = if post {
        word(run + 1) == "whose"
            && matches!(
                word(run + 2),
                "company" | "firm" | "business" | "organisation" | "organization" | "charity"
            )
    } else {
        matches!(word(run + 1), "who" | "whose")
    };
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let before = t.first().map_or(0, |w| w.start).min(text.len());
    let mut from = before.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    (2..=4).contains(&run) && clause && text.get(from..before).is_some_and(|b| !b.contains(surname))
}

/// Whether the sentence `r` names, by title or by the stem of its noun,
/// the unnamed person whose claim is `c`.
fn named_after(text: &str, r: &super::read::Read, c: &super::Candidate) -> Option<()> {
    let name = r.found.speaker.as_deref()?;
    let role = r.found.role.as_deref().unwrap_or_default().to_lowercase();
    let unnamed = c.speaker.as_deref()?.to_lowercase();
    if c.role.is_some() {
        return None;
    }
    // "…, the councillor in charge of the scheme has said. Sunita Rowe,
    // the cabinet member for environment, told …": a definite role by what
    // its holder does, named at the head of the very next sentence.
    if unnamed.starts_with("the ") {
        let by_deed = [
            " in charge of ",
            " responsible for ",
            " who runs ",
            " who leads ",
            " who oversees ",
            " behind ",
        ]
        .iter()
        .any(|d| unnamed.contains(d));
        let opening = r
            .tokens
            .iter()
            .take_while(|t| t.text != ",")
            .take(5)
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ");
        // "The contractor's managing director said …", "the bakery's head of
        // operations": a post at a body the possessive names, its holder
        // not named.
        let post = {
            let words: Vec<&str> = unnamed.split(' ').collect();
            (3..=6).contains(&words.len())
                && (words[1].ends_with("'s") || words[1].ends_with("\u{2019}s"))
                && words[2..].iter().any(|w| super::names::is_role_word(w))
        };
        // (named with a role in apposition; or, after a role by its deed or
        // a post, named for the first time with the clause
        // `introduced_by_clause` reads: "Teodric Valanne, who has championed
        // the move since 2021, said …", "Faelan Dansworth, whose company …
        // is based in Sheffield, said …")
        let introduced = r.found.role.is_some() && by_deed && opening.ends_with(name)
            || by_deed && opening == name && introduced_by_clause(text, r, name, false)
            || post && opening == name && introduced_by_clause(text, r, name, true);
        return (introduced && r.number == c.sentence + 1).then_some(());
    }
    if !(unnamed.starts_with("a ") || unnamed.starts_with("an ")) {
        return None;
    }
    // The noun of the source, before what places or describes it: "a
    // report presented to the cabinet" is a report, not the cabinet.
    let head = unnamed
        .split(' ')
        .skip(1)
        .take_while(|w| {
            let places = matches!(
                *w,
                "of" | "at" | "in" | "for" | "from" | "with" | "to" | "on" | "by" | "who" | "that"
            );
            let participle = w.len() > 4 && w.ends_with("ed");
            !(places || participle)
        })
        .last()?;
    // (the body a role is held in must be the one named again: "a
    // ministry spokeswoman" is not "Opposition environment spokeswoman Liv
    // Adeosun-Hallberg")
    let qualifiers: Vec<&str> = unnamed
        .split(' ')
        .skip(1)
        .take_while(|w| *w != head)
        .collect();
    let other_side = ["opposition", "shadow", "former"]
        .iter()
        .any(|w| role.split(' ').any(|r| r == *w) && !qualifiers.contains(w));
    if other_side
        || qualifiers.iter().any(|q| {
            super::bodies::is_body(q) && !role.split(' ').any(|r| r.trim_end_matches("'s") == *q)
        })
    {
        return None;
    }
    let same = |w: &str| {
        let w = match w {
            "cllr" | "coun" => "councillor",
            "dr" | "dr." => "doctor",
            "prof" | "prof." => "professor",
            "det" => "detective",
            "insp" => "inspector",
            other => other,
        };
        w == head
    };
    // The name opens the sentence, after its title; or, in its first
    // twelve words, after a word of the same stem as the unnamed source's
    // noun ("a prosecutor told a jury … Opening the case for the
    // prosecution, Sarah Maitland KC told jurors …").
    let opening = r
        .tokens
        .iter()
        .take_while(|t| t.text != ",")
        .take(8)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    if role.split(' ').any(same) && opening.ends_with(name) {
        return Some(());
    }
    let first_name = name.split(' ').next()?;
    let at = r
        .tokens
        .iter()
        .take(12)
        .position(|t| t.text == first_name)?;
    let stem = |w: &str| {
        head.len() >= 8
            && w.len() >= 8
            && head
                .bytes()
                .zip(w.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                >= 8
    };
    r.tokens[..at].iter().any(|t| stem(t.low())).then_some(())
}

/// ", Reuters reported." or ", the Courier reports." closing a sentence:
/// the outlet, by its name (up to five words after the last comma, the
/// first a capital or "the", at most three words after the verb).
fn outlet_closing(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    if tokens[i].quoted || !matches!(tokens[i].low(), "reported" | "reports") {
        return None;
    }
    let c = tokens[..i].iter().rposition(|t| t.text == ",")?;
    let np = &tokens[c + 1..i];
    let rest = tokens[i + 1..].iter().filter(|t| t.is_word()).count();
    let first = np.first()?;
    (np.len() <= 5
        && rest <= 3
        && np.iter().all(|t| t.is_word() && !t.quoted)
        && (first.is_cap() || first.lower == "the")
        && np.iter().any(Token::is_cap))
    .then(|| bare_name(&join(text, np)))
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

/// A plea: "has admitted two counts of fraud", "admits a charge of
/// theft", "admitted all the offences": the outlet's report of what a
/// defendant answered to the court, not words the defendant said. The
/// object is "counts", "charges" or "offences" within four words of the
/// verb, and no verb of a clause follows it within three words
/// ("admitted that he had lied", "admitted the count of voters had been
/// wrong" are said).
fn pleads(tokens: &[Token], at: usize) -> bool {
    let object = tokens
        .iter()
        .skip(at + 1)
        .take(4)
        .position(|t| super::lexicon::CHARGES.contains(&t.low()))
        .map(|k| at + 1 + k);
    matches!(tokens[at].low(), "admitted" | "admits" | "admit")
        && object.is_some_and(|o| {
            !tokens.iter().skip(o + 1).take(3).any(|t| {
                matches!(
                    t.low(),
                    "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would"
                )
            })
        })
        && tokens
            .iter()
            .skip(at + 1)
            .take(4)
            .take_while(|t| {
                t.is_word()
                    && !t.quoted
                    && (t.has_digit()
                        || super::calendar::number_of(t.low()).is_some()
                        || matches!(t.low(), "the" | "all" | "both" | "further" | "separate")
                        || super::lexicon::CHARGES.contains(&t.low()))
            })
            .any(|t| super::lexicon::CHARGES.contains(&t.low()))
}

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

/// The outlet a denied story appeared in, by its name, without the time
/// it appeared: "the Velorian newspaper Kurier on Wednesday" → "Kurier".
pub(crate) fn story_source(text: &str, np: &[Token]) -> String {
    let end = np
        .iter()
        .skip(1)
        .position(|t| {
            matches!(
                t.low(),
                "on" | "at" | "last" | "this" | "earlier" | "yesterday" | "today"
            )
        })
        .map_or(np.len(), |k| k + 1);
    bare_name(&join(text, &np[..end]))
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
                | "say"
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
    // ("said the bill had been drafted …": "said" takes no object but
    // what was said.)
    let clause_after_said = matches!(t.low(), "said" | "says" | "say")
        && !next.quoted
        && (next.is_cap() || matches!(next.low(), "the" | "a" | "an" | "this" | "these" | "all"))
        && tokens
            .iter()
            .skip(i + 2)
            .take(8)
            .any(|n| FINITE.contains(&n.low()));
    if t.lower != "told"
        && !(next.lower == "that"
            || next.is_quote_mark()
            || clause_after_said
            || matches!(
                next.low(),
                "it" | "he" | "she" | "they" | "there" | "its" | "their" | "his" | "her"
            ))
    {
        return None;
    }
    // (past a transcript's speaker label: "ANNA ROSS: The Federation of
    // Small Traders surveyed its members and found that …")
    let from = tokens.len() - super::tokens::after_label(tokens).len();
    // ("Arbex Construct, which built the block, rejected the mayor's claim
    // and said …": the subject, then a relative clause between commas,
    // then its verb)
    // ("The council's leader, Councillor Evelyn Scholefield, rejected the
    // accusation and said …": a role, then the name in apposition, is who
    // speaks by name)
    let (end, verb) = match subject_end(&tokens[from..]) {
        Some(e) => (from + e, from + e),
        None => match subject_before_relative(&tokens[from..]) {
            Some((e, close)) => (from + e, from + close + 1),
            None => {
                let close = name_in_apposition(&tokens[from..])?;
                (from + close, from + close + 1)
            }
        },
    };
    // The first verb, then no other subject before "and": one clause
    // (a few quoted words in it: "called the accusation \"baseless\" and
    // said …").
    if verb >= i - 1
        || tokens[verb..i - 1].iter().any(|x| x.lower == ",")
        || tokens[verb..i - 1]
            .iter()
            .filter(|x| x.quoted && x.is_word())
            .count()
            > 4
    {
        return None;
    }
    read_speaker(text, &tokens[from..end], people)
}

/// A subject of a few words, then a name between commas, then a verb of
/// the past ("The council's leader, Councillor Evelyn Scholefield,
/// rejected …"): where the comma after the name is.
fn name_in_apposition(tokens: &[Token]) -> Option<usize> {
    let open = tokens.iter().take(8).position(|t| t.lower == ",")?;
    let len = tokens[open + 1..]
        .iter()
        .take(6)
        .position(|t| t.lower == ",")?;
    let close = open + 1 + len;
    let name = &tokens[open + 1..close];
    let verb = tokens.get(close + 1)?;
    (open > 0
        && (2..=5).contains(&name.len())
        && name.iter().all(|t| t.is_word() && t.is_cap() && !t.quoted)
        && tokens[..open].iter().all(|t| !t.quoted)
        && !verb.is_cap()
        && (verb.lower.len() > 4 && verb.lower.ends_with("ed") || PAST.contains(&verb.low())))
    .then_some(close)
}

/// A subject of a few capitalised words, then a relative clause between
/// commas ("Arbex Construct, which built the block, …"): where the
/// subject ends and where the clause's closing comma is.
fn subject_before_relative(tokens: &[Token]) -> Option<(usize, usize)> {
    let comma = tokens.iter().take(6).position(|t| t.lower == ",")?;
    if comma == 0
        || !tokens[..comma].iter().all(|t| t.is_word() && !t.quoted)
        || !tokens[0].is_cap()
        || !tokens
            .get(comma + 1)
            .is_some_and(|t| matches!(t.low(), "which" | "who"))
    {
        return None;
    }
    let close = tokens
        .iter()
        .enumerate()
        .skip(comma + 2)
        .take(16)
        .take_while(|(_, t)| !t.quoted && t.text != ".")
        .find(|(_, t)| t.lower == ",")
        .map(|(k, _)| k)?;
    Some((comma, close))
}

/// Finite verbs that show a clause follows: "the bill had been drafted".
const FINITE: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should",
];

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

/// "… put the number of jobs at risk at nearer 600", "puts the cost at
/// about £3m": "put" (or "puts", "placed") at `end`, then within twelve
/// words "at" and a figure, with a word of degree or two between ("at
/// risk" is no figure).
pub(crate) fn puts_at_figure(tokens: &[Token], end: usize) -> bool {
    if !tokens
        .get(end)
        .is_some_and(|t| matches!(t.low(), "put" | "puts" | "placed" | "places"))
    {
        return false;
    }
    let rest = &tokens[end + 1..tokens.len().min(end + 13)];
    rest.iter().enumerate().any(|(k, t)| {
        t.lower == "at"
            && rest[k + 1..]
                .iter()
                .take(3)
                .take_while(|n| {
                    n.is_word()
                        && !n.quoted
                        && (n.has_digit()
                            || matches!(
                                n.low(),
                                "nearer"
                                    | "closer"
                                    | "about"
                                    | "around"
                                    | "roughly"
                                    | "nearly"
                                    | "almost"
                                    | "more"
                                    | "less"
                                    | "fewer"
                                    | "than"
                                    | "close"
                                    | "to"
                                    | "up"
                                    | "least"
                                    | "some"
                                    | "over"
                                    | "under"
                                    | "between"
                                    | "just"
                            ))
                })
                .any(Token::has_digit)
    })
}

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
                    | "put"
                    | "puts"
            ) || (t.lower.len() > 4 && t.lower.ends_with("ed"))
                // (an irregular past: "Analysts at the broker Mossgiel
                // Capital cut their target price …, saying …")
                || PAST.contains(&t.low()))
    })?;
    let np = &tokens[..end];
    // (a plural possessive's apostrophe is no word: "The residents'
    // association")
    let possessive = |k: usize| {
        k > 0 && matches!(np[k].text, "'" | "\u{2019}") && np[k - 1].lower.ends_with('s')
    };
    (np.iter()
        .enumerate()
        .all(|(k, t)| (t.is_word() || possessive(k)) && !t.quoted)
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

/// Whether the first pronoun within six words after `from` is "it" or "its",
/// and not in a clause of reason, time or condition opened before it ("said
/// that because it had passed 1,500 signatures the petition would …": the
/// petition's "it", not the speaker's).
fn speaks_as_it(tokens: &[Token], from: usize) -> bool {
    tokens
        .iter()
        .skip(from)
        .take(6)
        .take_while(|t| !matches!(t.low(), "because" | "since" | "if" | "when"))
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
    "adviser",
    "advisor",
    "ministers",
    "minister",
    "employee",
    "member",
    "officer",
    "officers",
    "lawmaker",
    "relative",
    "relatives",
    "buyers",
    "workers",
    "colleagues",
    "neighbours",
    "deputies",
    "residents",
    "witnesses",
];

/// Documents and data a source can cite as the ground of what it says.
const CITED_DOCUMENTS: &[&str] = &[
    "documents",
    "document",
    "survey",
    "surveys",
    "report",
    "reports",
    "figures",
    "data",
    "study",
    "poll",
    "polls",
    "records",
    "analysis",
    "emails",
    "minutes",
    "papers",
    "memo",
    "statistics",
    "estimates",
    "filings",
    "filing",
    "audit",
    "audits",
    "letter",
    "letters",
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
    if np.is_empty() || np.len() > 12 {
        return None;
    }
    // The head noun: the last word before "with", "familiar", "close", "in", "at", "from"
    // (not the "of" of "freedom of information figures", which names
    // figures).
    let head_end = (0..np.len())
        .find(|&k| {
            matches!(
                np[k].low(),
                "with" | "familiar" | "close" | "in" | "at" | "from" | "of" | "who" | "briefed"
            ) && !freedom_of_information(np, k)
        })
        .unwrap_or(np.len());
    let head = np[..head_end].last()?;
    // (or people by a role in the plural: "two senior managers", "three
    // consultants")
    let by_role = head
        .low()
        .strip_suffix('s')
        .is_some_and(|one| one.len() > 2 && super::names::is_role_word(one));
    if CITED_PEOPLE.contains(&head.low()) || by_role {
        return Some(Speaker {
            text: join(text, np),
            ..Speaker::default()
        });
    }
    // "citing internal Metro documents", "citing a survey of 1,200 of its
    // members": the document speaks, whoever cites it passes it on; not a
    // document the citer had seen or obtained ("citing an inspection
    // report it had seen"), which is its own reporting.
    let own = np
        .iter()
        .any(|t| matches!(t.low(), "seen" | "obtained" | "reviewed" | "viewed"));
    if CITED_DOCUMENTS.contains(&head.low()) && !own {
        return Some(Speaker {
            text: join(text, np),
            ..Speaker::default()
        });
    }
    // A person by name: "citing Finance Minister Jan Novak".
    let sp = read_speaker(text, np, people)?;
    sp.person.then_some(sp)
}

/// Whether the word at `k` is the "of" after "freedom" ("freedom of
/// information figures").
fn freedom_of_information(tokens: &[Token], k: usize) -> bool {
    k > 0 && tokens[k].lower == "of" && tokens[k - 1].lower == "freedom"
}

/// Claims an answer carries: "Aerovela rejected the union's account,
/// saying its cabin crew headcount was higher than at any time since
/// 2019" (the answerer's own claim, after ", saying"), "Voltra, whose
/// handsets were used by about 40% of the pupils in the study, said it
/// had not yet seen the paper" (the reporter's fact, in a clause opened by
/// ", whose" and holding a figure). Each is read again right after its
/// answer, in its own words, so that it is proposed beside the answer
/// (which goes on answering what it answered). Only sentences read as
/// answers are looked at, once each.
pub(crate) fn claims_in_answers(
    text: &str,
    printed: &super::names::Printed,
    reads: &mut Vec<super::read::Read>,
) {
    // (one new list, not an insertion into the old one per answer, which
    // moved every later sentence each time: quadratic in a long text)
    let mut claims: Vec<(usize, super::read::Read)> = reads
        .iter()
        .enumerate()
        .filter_map(|(k, r)| Some((k, claim_in_answer(text, printed, r)?)))
        .collect();
    if claims.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(reads.len() + claims.len());
    claims.reverse();
    for (k, read) in reads.drain(..).enumerate() {
        out.push(read);
        if claims.last().is_some_and(|(at, _)| *at == k) {
            out.extend(claims.pop().map(|(_, c)| c));
        }
    }
    *reads = out;
}

fn claim_in_answer<'a>(
    text: &str,
    printed: &super::names::Printed,
    r: &super::read::Read<'a>,
) -> Option<super::read::Read<'a>> {
    let (_, at) = r.response?;
    if r.denial.is_some()
        || r.furniture
        || r.question
        || r.found.cue.as_deref() == Some("transcript")
    {
        return None;
    }
    let t = &r.tokens;
    // (a clause that is already a claim of the sentence: "… rejects the
    // allegation and that a review had found …", ", who …" with a figure)
    if super::denials::also_claims(t, at) || relative_taken(t) {
        return None;
    }
    let (from, to, found) = if let Some(from) = said_after_answer(t, at) {
        let tail = &t[from..];
        // (what is said must be a statement, not the answer again: "saying
        // it would not comment", "saying the claims were untrue")
        let words = tail.iter().filter(|w| w.is_word()).count();
        if words < 5
            || super::hedges::response(tail, &super::tokens::lows(tail)).is_some()
            || tail.iter().any(|w| {
                matches!(
                    w.low(),
                    "untrue" | "false" | "baseless" | "wrong" | "inaccurate" | "nonsense"
                )
            })
        {
            return None;
        }
        let mut found = r.found.clone();
        if found.speaker.is_none() {
            let mut scratch = People::sharing(printed);
            let sp = super::cues::subject(text, t, at, &mut scratch)?;
            found.speaker = Some(sp.text);
            found.role = sp.role;
            found.person = sp.person;
            found.named = sp.named;
        }
        found.cue_at = None;
        (from, t.len(), found)
    } else {
        let (from, to) = relative_figure(t, &["whose"]).or_else(|| described_before(t, at))?;
        (from, to, Found::default())
    };
    let tokens = t[from..to].to_vec();
    let quoted_words = tokens.iter().filter(|w| w.is_word() && w.quoted).count();
    let words = tokens.iter().filter(|w| w.is_word()).count().max(1);
    Some(super::read::Read {
        number: r.number,
        start: r.start,
        end: r.end,
        paragraph: r.paragraph,
        found,
        quoted_share: quoted_words as f64 / words as f64,
        quoted_words,
        hedge: r.hedge.clone(),
        response: None,
        dates: r.dates.clone(),
        future: r.future,
        headline: false,
        furniture: false,
        denial: None,
        opens: false,
        question: false,
        tokens,
    })
}

/// Where a statement after an answer starts: after ", saying (that)",
/// after ", telling" and whom it tells ("jurors", "the court", "the
/// BBC") and any "that", or after ", but that" ("said it did not comment
/// on the regime at individual prisons, but that all cells met legal
/// standards").
fn said_after_answer(t: &[Token], at: usize) -> Option<usize> {
    let that = |k: usize| k + usize::from(t.get(k).is_some_and(|n| n.lower == "that"));
    let s = (at + 1..t.len()).find(|&i| {
        !t[i].quoted
            && t[i - 1].text == ","
            && (matches!(t[i].low(), "saying" | "telling")
                || (t[i].lower == "but" && t.get(i + 1).is_some_and(|n| n.lower == "that")))
    })?;
    match t[s].low() {
        "saying" | "but" => Some(that(s + 1)),
        _ => {
            // Whom it tells: one word, or a determiner and the next word
            // and any capitals after it.
            let mut k = s + 1;
            let first = t.get(k)?;
            if !first.is_word() || first.quoted {
                return None;
            }
            if matches!(
                first.low(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            ) {
                k += 2;
                while t.get(k).is_some_and(|n| n.is_word() && n.is_cap()) {
                    k += 1;
                }
            } else {
                k += 1;
            }
            (k < t.len()).then(|| that(k))
        }
    }
}

/// Whether a relative clause with a figure ("Sandra Pell, 54, who managed
/// the care home until 2024, denies …") already makes the answer's
/// sentence a claim when candidates are built: ", who" or ", which", and
/// a figure before the next comma or in the three words after it.
fn relative_taken(t: &[Token]) -> bool {
    (1..t.len()).any(|i| {
        t[i - 1].text == ","
            && matches!(t[i].low(), "who" | "which")
            && t[i + 1..]
                .iter()
                .take(30)
                .take_while(|w| w.text != ",")
                .chain(t[i + 1..].iter().skip_while(|w| w.text != ",").take(4))
                .any(Token::has_digit)
    })
}

/// "Lucien Marrow, 47, who ran Marrow's Brasserie in Market Street,
/// Hallowfield, for 11 years, denies arson": the clause that describes
/// the party runs to the last comma before the answer's verb (at `at`),
/// past the commas of a place inside it; with a figure, it is the
/// reporter's fact.
fn described_before(t: &[Token], at: usize) -> Option<(usize, usize)> {
    let w = (1..at.min(t.len()))
        .find(|&i| t[i - 1].text == "," && !t[i].quoted && matches!(t[i].low(), "who" | "which"))?;
    let end = (w + 1..at).rev().find(|&i| t[i].text == ",")?;
    (end - w <= 30 && t[w..end].iter().any(Token::has_digit)).then_some((w, end))
}

/// A relative clause opened after a comma by one of `pronouns`, with a
/// figure before the next comma: where it starts and ends.
fn relative_figure(tokens: &[Token], pronouns: &[&str]) -> Option<(usize, usize)> {
    let w = (1..tokens.len()).find(|&i| {
        tokens[i - 1].text == "," && !tokens[i].quoted && pronouns.contains(&tokens[i].low())
    })?;
    let end = (w + 1..tokens.len().min(w + 30))
        .find(|&i| tokens[i].text == ",")
        .unwrap_or(tokens.len());
    tokens[w..end]
        .iter()
        .any(Token::has_digit)
        .then_some((w, end))
}

/// "A man whose dog attacked a nine-year-old girl in a Fenbury park has
/// told a jury …" then "Darren Whitcombe, 41, of Alder Road, Fenbury,
/// denies …": a claim of a person a lead describes ("a man who", "a
/// woman whose") is the person the next sentence or two open with by
/// name and age. Looks at the first words of each sentence read.
pub(crate) fn name_the_described(
    text: &str,
    reads: &[super::read::Read],
    candidates: &mut [super::Candidate],
) {
    for r in reads {
        let t = &r.tokens;
        // (", 41," after two to four words: tested before the words are)
        let aged_at = |run: usize| {
            t.get(run).is_some_and(|w| w.text == ",")
                && t.get(run + 1).is_some_and(|w| {
                    !w.text.is_empty() && w.text.bytes().all(|b| b.is_ascii_digit())
                })
                && t.get(run + 2).is_some_and(|w| w.text == ",")
        };
        if !(2..=4).any(aged_at) {
            continue;
        }
        let run = t
            .iter()
            .take(5)
            .take_while(|w| is_name_word(w) && !super::names::is_role(w))
            .count();
        if !((2..=4).contains(&run) && aged_at(run)) {
            continue;
        }
        let mut name = None;
        // (while the text is read, candidates are pushed in the order of
        // their sentences, so those before this one end where halving
        // finds; walking back from the last one passed every later
        // candidate for each sentence)
        let end = candidates.partition_point(|c| c.sentence < r.number);
        for c in candidates[..end]
            .iter_mut()
            .rev()
            .take_while(|c| r.number.saturating_sub(c.sentence) <= 2)
        {
            if c.sentence >= r.number || c.role.is_some() {
                continue;
            }
            if c.speaker.as_deref().is_some_and(describes_a_person) {
                c.speaker = Some(name.get_or_insert_with(|| join(text, &t[..run])).clone());
                if c.kind == super::Kind::Reported {
                    c.kind = super::Kind::Paraphrase;
                }
            }
        }
    }
}

/// "“We saw the same pattern in men and women.” / So says Samira
/// Lindgren, …": a quotation standing alone just before a paragraph that
/// opens "So says" (or "So said") is the words of whom that names.
/// (The "So says" sentence itself is left as it was read: it says nothing
/// to check.) The name is two to four capitalised words, then a comma or
/// the end.
pub(crate) fn so_says(
    text: &str,
    reads: &[super::read::Read],
    candidates: &mut [super::Candidate],
) {
    // (opening the paragraph, or after the quotation in it: "\u{201C}…\u{201D} So
    // says Harish Deshpande, an analyst at Penmore Securities, who
    // estimates that …")
    for r in reads {
        let t = &r.tokens;
        if !(matches!(t.first().map(Token::low), Some("so"))
            && matches!(t.get(1).map(Token::low), Some("says" | "said")))
        {
            continue;
        }
        let run = t[2..]
            .iter()
            .take(5)
            .take_while(|w| is_name_word(w) && !super::names::is_role(w))
            .count();
        if !(2..=4).contains(&run)
            || t.get(2 + run)
                .is_some_and(|w| !matches!(w.low(), "," | "." | "!"))
        {
            continue;
        }
        let sp = join(text, &t[2..2 + run]);
        let end = candidates.partition_point(|c| c.sentence < r.number);
        // (the speaker the "So says" sentence was read with, which a
        // quotation before it may have borrowed)
        let read_with = candidates
            .get(end)
            .filter(|c| c.sentence == r.number)
            .and_then(|c| c.speaker.clone());
        if let Some(c) = end.checked_sub(1).map(|k| &mut candidates[k]) {
            let quoted =
                c.quote.starts_with(['"', '\u{201C}']) && c.quote.ends_with(['"', '\u{201D}']);
            let borrowed = c.speaker.is_none() || (read_with.is_some() && c.speaker == read_with);
            if c.sentence + 1 == r.number && borrowed && quoted {
                c.speaker = Some(sp.clone());
                c.kind = super::Kind::DirectQuote;
            }
        }
        // (what "who estimates that …" after the name tells is the named
        // person's, not the body of the role between: "an analyst at
        // Penmore Securities")
        let who = t[2 + run..]
            .windows(2)
            .any(|p| p[0].lower == "," && p[1].lower == "who");
        if let Some(c) = candidates
            .get_mut(end)
            .filter(|c| who && c.sentence == r.number && c.speaker.as_deref() != Some(&sp))
        {
            c.speaker = Some(sp);
            c.role = None;
            if c.kind == super::Kind::Reported {
                c.kind = super::Kind::Paraphrase;
            }
        }
    }
}

/// "The authors recommend amber lamps, which they say cost about 8% more":
/// a sentence of the outlet's whose relative clause a pronoun "says" is
/// the words of the sentence's own subject, when the pronoun agrees with
/// it: "they" with a plural noun phrase ("The authors", "Its researchers"),
/// "it" with a singular one ("The report"). The subject is a determiner and
/// one to three lower-case words, then a verb in the present or the past;
/// kind `reported`.
pub(crate) fn said_in_passing(
    text: &str,
    reads: &[super::read::Read],
    candidates: &mut [super::Candidate],
) {
    for r in reads {
        let t = &r.tokens;
        let Some(k) = (0..t.len().saturating_sub(3)).find(|&k| {
            t[k].text == ","
                && matches!(t[k + 1].low(), "which" | "that")
                && matches!(t[k + 2].low(), "they" | "it")
                && matches!(
                    t[k + 3].low(),
                    "say" | "says" | "said" | "estimate" | "estimates" | "estimated"
                )
                && !t[k + 1].quoted
        }) else {
            continue;
        };
        if !matches!(
            t.first().map(Token::low),
            Some("the" | "its" | "their" | "his" | "her")
        ) {
            continue;
        }
        let they = t[k + 2].low() == "they";
        let lower = |w: &Token| w.is_word() && w.text.chars().all(|c| c.is_lowercase());
        // (one or two words after the determiner, the last agreeing with the
        // pronoun, then a verb agreeing with it: "The authors recommend",
        // "The report puts", "Its own researchers found")
        let Some(noun) = (2..=3).find(|&n| {
            let (Some(head), Some(verb)) = (t.get(n - 1), t.get(n)) else {
                return false;
            };
            let plural = head.low().ends_with('s') && !head.low().ends_with("ss");
            let agrees = if they {
                !verb.low().ends_with('s')
            } else {
                verb.low().ends_with('s')
            };
            t[1..n].iter().all(lower)
                && lower(verb)
                && plural == they
                && (agrees || verb.low().ends_with("ed"))
        }) else {
            continue;
        };
        let Some(c) = candidates
            .iter_mut()
            .rev()
            .find(|c| c.sentence == r.number)
            .filter(|c| c.speaker.is_none())
        else {
            continue;
        };
        c.speaker = Some(join(text, &t[..noun]));
        c.kind = super::Kind::Reported;
    }
}

/// "A man whose dog …", "a 41-year-old woman who …", "A senior nurse": a
/// private person described by what they did or what befell them, or by
/// what they do, with up to two words before the noun.
fn describes_a_person(sp: &str) -> bool {
    let mut w = sp.split(' ');
    if !matches!(w.next(), Some("A" | "An" | "a" | "an")) {
        return false;
    }
    let described = |n: &str| super::speaker::DESCRIBED_AS.contains(&n);
    let mut noun = w.next();
    for _ in 0..2 {
        match noun {
            Some(n)
                if !described(n)
                    && n.bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()) =>
            {
                noun = w.next();
            }
            _ => break,
        }
    }
    noun.is_some_and(described) && matches!(w.next(), None | Some("who" | "whose"))
}

/// Whether a speaker is the page itself, named under its own masthead:
/// "the Herald", "An analysis of the same data by the Herald", "the
/// Herald's analysis" under "The Brannoch Herald | Health"; the work it
/// did ("analysis", "investigation", "survey" …), not what it saw.
fn own_page(masthead: &str, speaker: &str) -> bool {
    // (a work the page did, not a document it saw: "minutes of a project
    // board meeting, seen by the Courier" are the minutes')
    let work = |head: &str| {
        let mut words = head.split(' ');
        let first = words.next().unwrap_or_default().to_lowercase();
        let noun = if matches!(first.as_str(), "a" | "an" | "the") {
            words.next().unwrap_or_default().to_lowercase()
        } else {
            first
        };
        matches!(
            noun.as_str(),
            "analysis"
                | "investigation"
                | "review"
                | "survey"
                | "study"
                | "count"
                | "calculation"
                | "calculations"
                | "research"
        )
    };
    let name = match (speaker.rsplit_once(" by "), speaker.split_once("'s ")) {
        (Some((head, agent)), _) if work(head) => agent,
        (Some(_), _) => return false,
        (None, Some((owner, rest))) if work(rest) => owner,
        (None, Some(_)) => return false,
        (None, None) => speaker,
    };
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    name.chars().next().is_some_and(char::is_uppercase) && super::cues::in_masthead(masthead, name)
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
    fn what_the_outlet_understands_or_has_learned_is_its_own() {
        // Seen: a verb of saying inside the outlet's knowledge.
        for text in [
            "The Courier understands that officers had originally recommended keeping overnight monitoring on the two busiest nights of the week.",
            // The same in other words.
            "The Herald has learned that the auditors warned the board in March.",
            "Tidewater News understands that the minister told colleagues she would resign.",
        ] {
            let f = run(&mut People::default(), text);
            assert_eq!(f.speaker, None, "{text}");
        }
        // Near misses: a body's understanding of what it was told, in lower
        // case, and no "that".
        let f = run(
            &mut People::default(),
            "The council understands that residents said the road had flooded 40 times.",
        );
        assert!(f.speaker.is_some());
        let f = run(
            &mut People::default(),
            "The Courier understands the concerns, the editor said.",
        );
        assert!(f.speaker.is_some());
    }

    #[test]
    fn a_relative_clause_with_its_own_teller_does_not_close_the_sentence() {
        let mut people = People::default();
        run(
            &mut people,
            "Workfast said the plant's workers had not had a pay rise since 2024.",
        );
        let f = run(
            &mut people,
            "The company confirmed that pay at Corbrook had been frozen for two years, which it said reflected the site's losses.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The company"));
        // (in other words)
        let f = run(
            &mut people,
            "The trust admitted that three wards had been closed in May, which it says was unavoidable.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The trust"));
        // Near miss: a teller closing the sentence after a comma still tells
        // all of it.
        let f = run(
            &mut people,
            "The agency found that pay at Corbrook had been frozen, the union said.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the union"));
    }

    #[test]
    fn a_telling_that_closes_the_sentence_tells_all_of_it() {
        // (seen: a wire story's lead, an audit's finding inside it)
        let mut people = People::default();
        let f = run(
            &mut people,
            "Calvessa's government has suspended a $1.2 billion contract after a state audit found that its projected cost had nearly doubled, two officials told Kestrow on Thursday.",
        );
        assert_eq!(f.speaker.as_deref(), Some("two officials"));
        assert!(!f.via.iter().any(|v| v.contains("audit")), "{:?}", f.via);
        // (in other words)
        let f = run(
            &mut people,
            "The plant closed in May after tests showed that the river was polluted, a manager tells the Herald.",
        );
        assert_eq!(f.speaker.as_deref(), Some("a manager"));
        assert!(f.via.is_empty(), "{:?}", f.via);
        // So does "added". Seen.
        run(
            &mut people,
            "Meenakshi Royle said the pile was up to eight metres high when she first visited the site.",
        );
        let f = run(
            &mut people,
            "Tests had found asbestos in samples taken from the edge of the pile, she added.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Meenakshi Royle"));
        // Near miss: a telling with a long clause after it is not the
        // sentence's closing cue.
        let f = run(
            &mut people,
            "The plant closed after tests showed that the river was polluted, and a manager told staff the site would not reopen before the end of the year.",
        );
        assert_ne!(f.speaker.as_deref(), Some("a manager"));
    }

    #[test]
    fn a_name_in_apposition_before_two_verbs_says_the_second() {
        // Seen.
        let mut people = People::default();
        let f = run(
            &mut people,
            "The council's leader, Councillor Evelyn Scholefield, rejected the accusation and said she had not seen the survey until January.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Evelyn Scholefield"));
        // Near misses: a clause between the commas, a verb in the present.
        let f = run(
            &mut people,
            "The council's leader, as everyone knows, rejected the accusation and said she had not seen the survey until January.",
        );
        assert_eq!(f.speaker, None);
        let f = run(
            &mut people,
            "In Wragholme, Market Street Traders, rejects the plan and says the 40 shops will close.",
        );
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn his_first_after_the_cue_tells_the_speaker_is_he() {
        use crate::extract::{candidate_with, extract};
        let d = chrono::NaiveDate::from_ymd_opt(2026, 5, 20);
        // (seen: counsel "in his opening", then "she" of a witness read as
        // him, and "He put it to her" given to a man named before)
        let text = "Beatrice Holloway is suing the Ravensmoor Echo and its editor, Graham Petrie.\n\nIts barrister, Adrian Kell KC, told the court in his opening on Tuesday that emails would show Holloway had asked for the scores to be changed.\n\nKell told the court the declaration was missing. Asked about it, she said: \"I can't account for it.\"\n\nKell then showed the court a message from Holloway to Marsh. He put it to her that the message was about the contract, whose scores had been revised in 2021.";
        let x = extract(text, d);
        let c = candidate_with(&x, "revised in 2021");
        assert_eq!(c.speaker.as_deref(), Some("Adrian Kell KC"));
        // The same shape in other words.
        let text = "Ann Fry is suing the council and its leader, Tom Reyes.\n\nHer solicitor, Sam Lyle, said in his statement that 40 letters had gone unanswered since 2024.\n\nAsked about the letters, she said: \"I wrote every week.\"\n\nLyle then read a letter from Fry to the council. He said it had been sent on 3 March 2025.";
        let x = extract(text, d);
        let c = candidate_with(&x, "3 March");
        assert_eq!(c.speaker.as_deref(), Some("Sam Lyle"));
        // Not when another pronoun comes first: "she" stays open to her.
        let text = "Her solicitor, Sam Lyle, said she had seen his car outside the depot in 2024.\n\nShe said 40 letters had gone unanswered since March.";
        let x = extract(text, d);
        let c = candidate_with(&x, "40 letters");
        assert_eq!(c.speaker.as_deref(), Some("Sam Lyle"));
    }

    #[test]
    fn told_by_a_teller_before_a_closing_cue_is_the_tellers() {
        use crate::extract::{candidate_with, extract};
        let d = chrono::NaiveDate::from_ymd_opt(2026, 9, 20);
        // (seen: "Farmers had been told by officials in May that grants
        // … would be cut by half from next April, said Torquil
        // Okonkwo-Tervit, who chairs …", given to him)
        let text = "Farmers had been told by officials in May that grants for blocking ditches would be cut by half from next April, said Torquil Okonkwo-Tervit, who chairs the Morvenlea Hill Farmers' Network.";
        let x = extract(text, d);
        let c = candidate_with(&x, "grants for blocking");
        assert_eq!(c.speaker.as_deref(), Some("officials"));
        assert_eq!(c.via, ["Torquil Okonkwo-Tervit"]);
        // The same shape in other words.
        let text = "Tenants were told by the landlord in March that the lifts would be repaired within a month, the residents' association said.";
        let x = extract(text, d);
        let c = candidate_with(&x, "lifts would be repaired");
        assert_eq!(c.speaker.as_deref(), Some("the landlord"));
        assert_eq!(c.via, ["the residents' association"]);
        // Not a cue that opens the sentence, whose clause is read as before.
        let text = "Torquil Okonkwo-Tervit said grants for blocking ditches would be cut by half from next April.";
        let x = extract(text, d);
        let c = candidate_with(&x, "grants for blocking");
        assert_eq!(c.speaker.as_deref(), Some("Torquil Okonkwo-Tervit"));
        assert!(c.via.is_empty());
        // Not a cue in a second clause after the comma: the union said
        // its own words, and what managers told staff is not passed on.
        let text = "Staff were told by managers that the depot would close in March, and on Monday the union said it would strike in June.";
        let x = extract(text, d);
        let c = candidate_with(&x, "would strike in June");
        assert_eq!(c.speaker.as_deref(), Some("the union"));
        assert!(c.via.is_empty());
        let text = "Pupils were told by teachers that the school would shut early, but the council said it had made no decision.";
        let x = extract(text, d);
        let c = candidate_with(&x, "made no decision");
        assert_eq!(c.speaker.as_deref(), Some("the council"));
        assert!(c.via.is_empty());
    }

    #[test]
    fn an_it_in_a_clause_of_reason_is_not_the_speaker_speaking_of_itself() {
        // A name that speaks of itself as "it" is a body.
        let mut p = People::default();
        let f = run(
            &mut p,
            "Save Wexcombe Fields said it would hold a meeting on Friday.",
        );
        assert!(!f.person);
        // (seen: the petition's "it", after "because")
        let mut p = People::default();
        let f = run(&mut p, "Garmon Twyning said that because it had passed 1,500 signatures the petition would have to be debated.");
        assert_eq!(f.speaker.as_deref(), Some("Garmon Twyning"));
        assert!(f.person);
        // (a clause of condition or time, too)
        for text in [
            "Orla Penhallow said that if it rained the fair would be cancelled.",
            "Tamsin Orrell said that when it reopened the pool would charge \u{a3}5.",
            "Ellis Varga said that since it opened the bridge had carried two million cars.",
        ] {
            let mut p = People::default();
            assert!(run(&mut p, text).person, "{text}");
        }
    }

    #[test]
    fn a_name_cited_with_a_role_after_it_is_a_person() {
        let mut p = People::default();
        // (seen: "…, according to Cosima Bjarnadottir-Reece, an analyst at
        // the consultancy Hullbridge Maritime.", read as a body)
        let f = run(&mut p, "Orders for ferries in the region have fallen by a third since 2019, according to Cosima Bjarnadottir-Reece, an analyst at the consultancy Hullbridge Maritime.");
        assert_eq!(f.speaker.as_deref(), Some("Cosima Bjarnadottir-Reece"));
        assert!(f.person);
        // The same shape in other words.
        let mut p = People::default();
        let f = run(&mut p, "House prices in the town rose 9% last year, according to Declan Murrow, a director of the estate agent Murrow Lane.");
        assert_eq!(f.speaker.as_deref(), Some("Declan Murrow"));
        assert!(f.person);
        // Not a name cited alone, which is a body's.
        let mut p = People::default();
        let f = run(&mut p, "Traffic on the bridge fell by 12% in June, according to Transport Infrastructure Ireland.");
        assert!(!f.person);
    }

    #[test]
    fn a_teller_named_after_a_role_is_the_person() {
        use crate::extract::{candidate_with, extract};
        use crate::model::Kind;
        let d = chrono::NaiveDate::from_ymd_opt(2026, 9, 20);
        // (seen: "Ms Saltonstall-Ike said a chartered surveyor, Mortimer
        // Adeyemi-Kask, had told police that work on 17 of the properties
        // had either not been done …", the teller kept with the role and
        // commas, reported)
        let text = "Prosecutor Ysmay Saltonstall-Ike said the work was poor.\n\nMs Saltonstall-Ike said a chartered surveyor, Mortimer Adeyemi-Kask, had told police that work on 17 of the properties had either not been done or would have to be redone.";
        let x = extract(text, d);
        let c = candidate_with(&x, "17 of the properties");
        assert_eq!(c.speaker.as_deref(), Some("Mortimer Adeyemi-Kask"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // The same shape in other words.
        let text = "The union said members were angry.\n\nIts organiser said a senior manager, Tomas Reilly, had told staff that the depot would close in March.";
        let x = extract(text, d);
        let c = candidate_with(&x, "depot would close");
        assert_eq!(c.speaker.as_deref(), Some("Tomas Reilly"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // Not a body named after its kind.
        let text = "The union said members were angry.\n\nIts organiser said the depot's owner, Harlow Freight, had told staff that the depot would close in March.";
        let x = extract(text, d);
        let c = candidate_with(&x, "depot would close");
        assert_eq!(c.speaker.as_deref(), Some("Harlow Freight"));
        assert_eq!(c.kind, Kind::Reported);
    }

    #[test]
    fn a_hearing_closing_the_sentence_heard_all_of_it() {
        let mut p = People::default();
        // (seen: "A structural engineer later found nothing wrong with it,
        // the court heard.", given to the engineer)
        let f = run(
            &mut p,
            "A structural engineer later found nothing wrong with it, the court heard.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the court"));
        // The same shape in other words.
        let f = run(
            &mut p,
            "A police officer found the boy had drowned in the canal, the inquest was told.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the inquest"));
        // Not a verb of hearing inside the sentence, nor what a record
        // showed.
        let f = run(
            &mut p,
            "A structural engineer said he had heard nothing wrong with it.",
        );
        assert_eq!(f.speaker.as_deref(), Some("A structural engineer"));
        let f = run(
            &mut p,
            "Bank records showed he had spent £64,000 at casinos between 2022 and 2024, the jury was told.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Bank records"));
        // Not one who said it: the saying keeps its speaker.
        let f = run(
            &mut p,
            "Ms Lyle said the roof had been sound, the court heard.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Lyle"));
        let f = run(
            &mut p,
            "The builder told staff the scaffold was safe, the jury was told.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The builder"));
        // A court report's lead closed by "a court has heard": all of it,
        // a saying too. Seen, and in other words.
        for (text, hearer) in [
            ("A SOLAR panel salesman told pensioners they could have panels fitted \"for free\" under a government scheme that did not exist, a court has heard.", "a court"),
            ("A care home manager told families their relatives had been checked every hour, an inquest heard.", "an inquest"),
        ] {
            let f = run(&mut People::default(), text);
            assert_eq!(f.speaker.as_deref(), Some(hearer), "{text}");
        }
        // Not the court named before ("the court heard": a detail).
        let f = run(
            &mut People::default(),
            "The manager told families the rooms had been checked, the court heard.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The manager"));
    }

    #[test]
    fn a_plea_admitted_is_the_outlets_report() {
        use crate::extract::{candidate_with, extract};
        let d = chrono::NaiveDate::from_ymd_opt(2026, 5, 20);
        // (seen: "His former business partner, Padraic Ostby-Mensah, 39,
        // has admitted two counts of fraud and will be sentenced after the
        // trial.", given to him as a paraphrase)
        let text = "A roofer took £190,000 from elderly homeowners, a court has heard.\n\nHis former business partner, Padraic Ostby-Mensah, 39, has admitted two counts of fraud and will be sentenced after the trial.";
        let x = extract(text, d);
        let c = candidate_with(&x, "two counts of fraud");
        assert_eq!(c.speaker, None);
        // The same shape in other words.
        let text = "A care worker stole from residents, a court has heard.\n\nHer co-accused, Dean Marlow, 31, admitted a charge of theft at an earlier hearing and will be sentenced in June.";
        let x = extract(text, d);
        let c = candidate_with(&x, "charge of theft");
        assert_eq!(c.speaker, None);
        // Not an admission of what happened, which is said.
        let mut p = People::default();
        let f = run(
            &mut p,
            "Ruth Marlow admitted that she had taken £4,000 from the residents in 2025.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Ruth Marlow"));
        let f = run(
            &mut p,
            "The council admitted the count of voters had been wrong in three wards.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The council"));
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
    fn the_agent_of_a_telling_in_the_passive_is_the_first_teller() {
        let mut p = People::default();
        let f = run(&mut p, "Its regional officer, Marcus Adeyemi, said he had been told by ward managers that some wards had run entire night shifts without a single permanent nurse.");
        assert_eq!(f.speaker.as_deref(), Some("ward managers"));
        assert_eq!(f.via, vec!["Marcus Adeyemi".to_string()]);
        let f = run(&mut p, "The union said drivers were warned by the operator that the depot would close in the spring.");
        assert_eq!(f.speaker.as_deref(), Some("the operator"));
        assert_eq!(f.via, vec!["The union".to_string()]);
        // (the agent up to when it told: never "March")
        let f = run(&mut p, "Bronwen Tell said the government had been warned by its own prisons inspector in March last year that jails would run out of space.");
        assert_eq!(f.speaker.as_deref(), Some("its own prisons inspector"));
        // Told in the active, the same.
        let f = run(&mut p, "Marcus Adeyemi said ward managers had told him some wards had run entire night shifts without a permanent nurse.");
        assert_eq!(f.speaker.as_deref(), Some("ward managers"));
        // (tellers counted "at least", "at most": a count, not an agent)
        let f = run(&mut p, "Marcus Adeyemi said at least nine nurses had told him they would leave if the rota went ahead.");
        assert_eq!(f.speaker.as_deref(), Some("at least nine nurses"));
        assert_eq!(f.via, vec!["Marcus Adeyemi".to_string()]);
        // (with no telling, the relayer keeps it)
        let f = run(
            &mut p,
            "Marcus Adeyemi said at least nine wards had been short of staff in May.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Marcus Adeyemi"));
        // Told by no one named, the relayer keeps it.
        let f = run(
            &mut p,
            "Adeyemi said he had been told that the wards were safe.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Marcus Adeyemi"));
        // (a teller named by whose they are: "his GP", "her manager")
        for (sentence, teller) in [
            (
                "Marcus Adeyemi said his GP had told him the wait would be \"six to eight weeks at most\".",
                "his GP",
            ),
            (
                "Marcus Adeyemi said her line manager had told her in May that the unit would close.",
                "her line manager",
            ),
        ] {
            let f = run(&mut p, sentence);
            assert_eq!(f.speaker.as_deref(), Some(teller), "{sentence}");
            assert_eq!(f.via, vec!["Marcus Adeyemi".to_string()], "{sentence}");
        }
    }

    #[test]
    fn the_subject_of_an_irregular_past_speaks_in_its_saying_clause() {
        let mut p = People::default();
        for (text, who) in [
            ("Analysts at the broker Mossgiel Capital cut their target price to 540p from 610p, saying a recovery in Asia could take until 2028.", "Analysts at the broker Mossgiel Capital"),
            ("The bakers' union struck a deal with the chain on Friday, saying 300 jobs had been saved.", "The bakers' union"),
        ] {
            assert_eq!(run(&mut p, text).speaker.as_deref(), Some(who), "{text}");
        }
        // Not a deed with no saying clause after it.
        let f = run(
            &mut p,
            "Analysts at the broker Mossgiel Capital cut their target price to 540p from 610p.",
        );
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn whoever_puts_a_count_at_a_figure_gives_it() {
        let mut p = People::default();
        let f = run(&mut p, "The Financial Staff Union put the number of jobs at risk at nearer 600, saying the bank's figure left out cleaners.");
        assert_eq!(f.speaker.as_deref(), Some("The Financial Staff Union"));
        let f = run(
            &mut p,
            "The residents' association puts the cost of the repairs at about £4.2m.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The residents' association"));
        assert!(!f.person);
        // What is put at risk is no figure given.
        let f = run(&mut p, "The closures put 600 jobs at risk in the town.");
        assert_eq!(f.speaker, None);
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
    fn what_the_subject_says_in_a_relative_clause_is_its_words() {
        let speaker = |text: &str, words: &str| {
            let x = super::super::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates));
            (c.speaker.clone(), c.kind)
        };
        assert_eq!(
            speaker("Glow-worm numbers fell by 60%.\n\nThe authors recommend amber lamps, which they say cost about 8% more.", "amber"),
            (Some("The authors".to_string()), super::super::Kind::Reported)
        );
        // (in other words, "it" with a singular subject)
        assert_eq!(
            speaker("Glow-worm numbers fell by 60%.\n\nThe report puts the bill at \u{a3}4m, which it says is twice the budget.", "bill"),
            (Some("The report".to_string()), super::super::Kind::Reported)
        );
        // Near misses: a pronoun that does not agree with the subject, and
        // a relative clause that says nothing.
        assert_eq!(
            speaker("Glow-worm numbers fell by 60%.\n\nThe report tallied 40 faulty lamps, which they say cost about 8% more.", "lamps").0,
            None
        );
        assert_eq!(
            speaker("Glow-worm numbers fell by 60%.\n\nThe authors recommend amber lamps, which cost about 8% more.", "amber").0,
            None
        );
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
        // A wire story's dateline is no speaker.
        let f = run(&mut p, "VELLMARK (Strandpost) - The Verdant League, the junior partner in the coalition, said on Wednesday it would leave the government.");
        assert_eq!(f.speaker.as_deref(), Some("The Verdant League"));
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

    #[test]
    fn a_reply_a_witness_relates_is_the_replier_s() {
        let mut p = People::default();
        let _ = run(&mut p, "Gavin Holt, a builder, denies manslaughter.");
        let _ = run(
            &mut p,
            "The engineer, Robert Achebe, told the court he had emailed Holt in April.",
        );
        let f = run(&mut p, "Mr Achebe said Holt had replied the next day that the work was \"signed off\" and that the agent had agreed to the change.");
        assert_eq!(f.speaker.as_deref(), Some("Gavin Holt"));
        assert_eq!(f.via, vec!["Robert Achebe".to_string()]);
        // In other words: a letter a councillor relates.
        let f = run(&mut p, "Councillor Jane Ibbott said the chief executive had written to her in June that the depot would stay open.");
        assert_eq!(f.speaker.as_deref(), Some("the chief executive"));
        assert_eq!(f.via, vec!["Jane Ibbott".to_string()]);
        let f = run(
            &mut p,
            "Ibbott said the housing director responded within a week that repairs were booked.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the housing director"));
        // The relayer's own reply relays nothing.
        let f = run(
            &mut p,
            "Ibbott said she had replied that the budget was fixed.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Jane Ibbott"));
        assert!(f.via.is_empty());
    }

    #[test]
    fn a_role_then_a_name_placed_by_where_they_work_is_the_person() {
        let mut p = People::default();
        let f = run(&mut p, "The lead author, Dr Miriam Okafor of Swansea University's road safety unit, said: \"This is the clearest evidence yet.\"");
        assert_eq!(f.speaker.as_deref(), Some("Miriam Okafor"));
        assert!(f.person);
        let f = run(&mut p, "The study's co-author, Professor Tom Reddy at Leeds Beckett University, said the effect was larger in winter.");
        assert_eq!(f.speaker.as_deref(), Some("Tom Reddy"));
        // The place may open with "the".
        for (text, who) in [
            ("Its lead author, Dr Sorcha Nuttall of the University of Scoresby, said traffic was the biggest single factor.", "Sorcha Nuttall"),
            ("The trust's medical director, Dr Anil Brooke from the university, said waits had fallen.", "Anil Brooke"),
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker.as_deref(), Some(who), "{text}");
        }
        // A body named after what it is keeps its reading.
        let f = run(
            &mut p,
            "The developer, Hartwell Homes, said the site would open in May.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Hartwell Homes"));
        // A body may go by one word just before its verb, also after a
        // participle phrase ("representing …").
        for (text, who) in [
            ("The union representing lighthouse engineers, Marinetech, said the number of engineers had fallen.", "Marinetech"),
            ("The developer, Hartwell, said the site would open in May.", "Hartwell"),
            ("The union representing the island's ferry crew, Unify, said sailings would stop.", "Unify"),
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker.as_deref(), Some(who), "{text}");
        }
        // Not a person by one word, nor a name that is not the subject.
        let f = run(
            &mut p,
            "The union's organiser, Reece, said the number of engineers had fallen.",
        );
        assert_ne!(f.speaker.as_deref(), Some("Reece"));
        let f = run(&mut p, "According to the same report, Fairway, the largest customer, has told the company it will stop stocking its juices.");
        assert_ne!(f.speaker.as_deref(), Some("Fairway"));
    }

    #[test]
    fn the_prosecutor_is_the_silk_who_opened_the_case() {
        let mut p = People::default();
        let _ = run(&mut p, "Opening the case at Lowmarsh Crown Court on Thursday, Alison Tremlett KC said phone records showed a video had been playing.");
        let f = run(&mut p, "The prosecutor said a police collision investigator had calculated that the van was travelling at 58mph.");
        assert_eq!(f.via, vec!["Alison Tremlett KC".to_string()]);
        // A silk named for the defence is not the prosecutor.
        let mut p = People::default();
        let _ = run(
            &mut p,
            "Defending, Tom Hale KC told the jury his client had not seen the cyclist.",
        );
        let f = run(&mut p, "The prosecutor said the road was lit.");
        assert_ne!(f.speaker.as_deref(), Some("Tom Hale KC"));
    }

    #[test]
    fn said_after_and_takes_the_subject_past_a_quoted_word() {
        let mut p = People::default();
        let f = run(&mut p, "Government spokeswoman Dana Reiss called the accusation \"baseless\" and said the bill had been drafted in February.");
        assert_eq!(f.speaker.as_deref(), Some("Dana Reiss"));
        let f = run(&mut p, "Club chairman Rob Ince described the report as \"fiction\" and said the accounts were audited every year.");
        assert_eq!(f.speaker.as_deref(), Some("Rob Ince"));
        // "found" with an object is no saying.
        let f = run(&mut p, "Police searched the house and found the car keys.");
        assert_ne!(f.speaker.as_deref(), Some("Police"));
    }

    #[test]
    fn a_relay_after_a_clause_of_time_goes_to_the_teller() {
        // (seen: a witness at a trial)
        let mut p = People::default();
        run(&mut p, "Gerontius Faull, a retired dentist, gave evidence.");
        run(&mut p, "Wilfrith Inchworth, 52, denies fraud.");
        let f = run(&mut p, "Mr Faull said that when he rang the marina office, Inchworth told him the yacht had been moved to another berth for repairs.");
        assert_eq!(f.speaker.as_deref(), Some("Wilfrith Inchworth"));
        assert_eq!(f.via, vec!["Faull".to_string()]);
        // Other words.
        let mut p = People::default();
        let f = run(&mut p, "The tenants' spokeswoman, Carla Nunes, said that after the lifts failed, engineers told residents the repairs would take a month.");
        assert_eq!(f.speaker.as_deref(), Some("engineers"));
        assert_eq!(f.via, vec!["Carla Nunes".to_string()]);
        // Near misses: a main clause that relays nothing, and a clause of
        // time with no comma to end it.
        let mut p = People::default();
        let f = run(&mut p, "The tenants' spokeswoman, Carla Nunes, said that after the lifts failed, residents had to use the stairs.");
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
        assert!(f.via.is_empty());
        let f = run(
            &mut p,
            "Nunes said that when engineers told residents the lifts were safe they were wrong.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
    }

    #[test]
    fn relayed_words_go_to_the_first_teller() {
        let mut p = People::default();
        let f = run(&mut p, "The Harbour Times reported that the club's former treasurer, Owen Price, had told auditors in an email that the accounts were incomplete.");
        assert_eq!(f.speaker.as_deref(), Some("Owen Price"));
        assert!(f.person);
        assert_eq!(f.via, vec!["The Harbour Times".to_string()]);
        let f = run(&mut p, "The tenants' spokeswoman, Carla Nunes, said engineers had told residents the lifts would be fixed by May.");
        assert_eq!(f.speaker.as_deref(), Some("engineers"));
        assert_eq!(f.via, vec!["Carla Nunes".to_string()]);
        let f = run(
            &mut p,
            "Nunes said a neighbour had warned the landlord that the boiler was leaking.",
        );
        assert_eq!(f.speaker.as_deref(), Some("a neighbour"));
        assert_eq!(f.via, vec!["Carla Nunes".to_string()]);
        // The relayer speaking of themselves, or told in the passive.
        let f = run(
            &mut p,
            "Nunes said a cousin of Mr Price had told her the shop would shut.",
        );
        assert_eq!(f.speaker.as_deref(), Some("a cousin of Mr Price"));
        assert!(!f.person);
        // Told in private, the relayer is the only source.
        let f = run(
            &mut p,
            "Nunes said two landlords had privately told her they would sell.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
        // "admitted to hospital" relays nothing; an agent is no teller.
        let f = run(
            &mut p,
            "Nunes said the number of tenants admitted to hospital had doubled.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
        let f = run(
            &mut p,
            "Engineers quoted by the Post said the cables were corroded.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Engineers"));
        let f = run(&mut p, "Nunes said she had told the council twice.");
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
        let f = run(&mut p, "Nunes said residents had been told nothing.");
        assert_eq!(f.speaker.as_deref(), Some("Carla Nunes"));
        assert!(f.via.is_empty());
    }

    #[test]
    fn a_teller_before_a_saying_set_off_by_commas_told_it() {
        let mut p = People::default();
        run(
            &mut p,
            "Cllr Evadne Crouchley questioned the corrosion explanation.",
        );
        for text in [
            "The park's former manager, she said, had told her that the columns were surveyed in 2023 and found to be in good condition.",
            "The park's former manager, she said, warned her the columns were unsound.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(
                f.speaker.as_deref(),
                Some("The park's former manager"),
                "{text}"
            );
            assert_eq!(f.via, vec!["Evadne Crouchley".to_string()], "{text}");
        }
        // Not a saying of the one set off ("she said" then no telling).
        let f = run(
            &mut p,
            "The columns, she said, were surveyed in 2023 and found sound.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Evadne Crouchley"));
        assert!(f.via.is_empty());
    }

    #[test]
    fn why_a_source_is_not_named_set_off_by_commas_is_no_subject() {
        for (text, speaker) in [
            ("A senior Lutavian government official, speaking on condition of anonymity because the matter is sensitive, told APN the cabinet had discussed the case twice this month.", "A senior Lutavian government official"),
            ("Two diplomats, speaking on condition of anonymity because they were not authorised to speak publicly, said the talks had collapsed.", "Two diplomats"),
            ("A senior official, speaking on condition of anonymity, said the talks had collapsed.", "A senior official"),
        ] {
            let f = run(&mut People::default(), text);
            assert_eq!(f.speaker.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_pronoun_telling_the_other_pronoun_is_someone_other_than_the_relayer() {
        // "… said he had told her that …": "her" is the one who relays it,
        // "he" someone named before; the relayer stays the "she" after.
        let mut p = People::default();
        run(
            &mut p,
            "Humphrey Ulverscombe, 51, denies three counts of accepting a bribe.",
        );
        run(
            &mut p,
            "The developer, Wynford Pratley-Ward, 63, denies offering them.",
        );
        let f = run(&mut p, "The jury heard from Ulverscombe's former colleague, Kiran Halsey-Mount, a senior planning officer, who said he had told her in 2023 that a friend was paying for his daughter's wedding.");
        assert_eq!(f.speaker.as_deref(), Some("Humphrey Ulverscombe"));
        assert_eq!(f.via, vec!["Kiran Halsey-Mount".to_string()]);
        let f = run(
            &mut p,
            "She told the court she had reported the remark to her line manager.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Kiran Halsey-Mount"));
        // The same in other words: "she" and "him", named in an earlier
        // sentence, the latest other person "she" can be.
        let mut p = People::default();
        run(&mut p, "Ms Marisol Quenby, 38, denies fraud.");
        run(
            &mut p,
            "A customer, Tobias Wrenfield, 70, told the court he had paid in cash.",
        );
        let f = run(
            &mut p,
            "He said she had warned him that the boiler would fail within a week.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Marisol Quenby"));
        assert_eq!(f.via, vec!["Tobias Wrenfield".to_string()]);
        // Not a pronoun of the same sex ("she had told her": the relayer
        // may speak of herself), nor a telling of someone else.
        let mut p = People::default();
        run(&mut p, "Humphrey Ulverscombe denies the charges.");
        for text in [
            "Kiran Halsey-Mount said she had told her manager that the file was missing.",
            "Kiran Halsey-Mount said he had told the council that the file was missing.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker.as_deref(), Some("Kiran Halsey-Mount"), "{text}");
            assert!(f.via.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_saying_in_the_past_perfect_relays_its_clause_without_that() {
        let mut p = People::default();
        let f = run(&mut p, "Tallulah Hebblethwaite, who was due to fly to a family wedding, told us airline staff had said passengers would not be given hotel rooms.");
        assert_eq!(f.speaker.as_deref(), Some("airline staff"));
        assert_eq!(f.via, vec!["Tallulah Hebblethwaite".to_string()]);
        let f = run(
            &mut p,
            "Hebblethwaite said the gate manager had said the flight was full.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the gate manager"));
        assert_eq!(f.via, vec!["Tallulah Hebblethwaite".to_string()]);
        // Not a saying of nothing, nor one in the simple past.
        for text in [
            "Hebblethwaite said the gate manager had said nothing about hotels.",
            "Hebblethwaite said the gate manager said the flight was full.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(
                f.speaker.as_deref(),
                Some("Tallulah Hebblethwaite"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_finding_relayed_without_its_that_goes_to_who_found_it() {
        // (seen: a question that cites a newspaper citing inspectors)
        let mut p = People::default();
        let f = run(&mut p, "The Caldor Courier reported on Friday that inspectors have found your control room dropped more than 4,000 emergency calls between January and June.");
        assert_eq!(f.speaker.as_deref(), Some("inspectors"));
        assert_eq!(f.via, vec!["The Caldor Courier".to_string()]);
        // The same shape in other words: auditors, "had found", with "that".
        let f = run(&mut p, "The Harbour Times reported that auditors had found the club's accounts were incomplete.");
        assert_eq!(f.speaker.as_deref(), Some("auditors"));
        assert_eq!(f.via, vec!["The Harbour Times".to_string()]);
        let f = run(
            &mut p,
            "The Harbour Times reported that investigators had found that the boiler was leaking.",
        );
        assert_eq!(f.speaker.as_deref(), Some("investigators"));
        // Near misses: a thing found is no clause; a review's finding is
        // the relayer's evidence.
        let f = run(
            &mut p,
            "The Harbour Times reported that inspectors had found the body of a man in the river.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Times"));
        // Nor is a thing found with an adjective in "-ed" before it.
        let f = run(
            &mut p,
            "The Harbour Times reported that inspectors had found the abandoned car in the river.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Times"));
        let f = run(
            &mut p,
            "The Harbour Times reported that auditors had found a locked cabinet full of unpaid invoices.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Times"));
        let f = run(&mut p, "The Harbour Times reported that a review had found the club's accounts were incomplete.");
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Times"));
        let f = run(&mut p, "The association said a survey of its members had found that 71% were no longer accepting new patients.");
        assert_eq!(f.speaker.as_deref(), Some("The association"));
    }

    #[test]
    fn a_participle_after_an_article_in_a_told_clause_relays_nothing() {
        // (seen: "The council's highways director, Fenella Rostova, told the
        // court in a written statement that 11,000 lorries a week pass …")
        let mut p = People::default();
        let f = run(&mut p, "The council's highways director, Fenella Rostova, told the court in a written statement that 11,000 lorries a week pass through the town centre.");
        assert_eq!(f.speaker.as_deref(), Some("Fenella Rostova"));
        assert!(f.person);
        assert!(f.via.is_empty());
        // The same shape in other words.
        let f = run(&mut p, "Its finance chief, Omar Lisle, told councillors in a promised briefing note that the deficit had reached £4 million.");
        assert_eq!(f.speaker.as_deref(), Some("Omar Lisle"));
        assert!(f.via.is_empty());
        // A verb of telling after its subject still relays.
        let f = run(
            &mut p,
            "Lisle said the auditors had written to the board that the accounts were late.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the auditors"));
        assert_eq!(f.via, vec!["Omar Lisle".to_string()]);
    }

    #[test]
    fn a_relay_reported_over_a_time_goes_to_the_first_teller() {
        // (seen: "The Northern Ledger reported on Monday that Treasury
        // officials had told the ministry in December to hold back …")
        let mut p = People::default();
        let f = run(&mut p, "The Northern Ledger reported on Monday that Treasury officials had told the ministry in December to hold back 60 million pounds of the fund.");
        assert_eq!(f.speaker.as_deref(), Some("Treasury officials"));
        assert_eq!(f.via, vec!["The Northern Ledger".to_string()]);
        // The same shape in other words: over a place.
        let f = run(
            &mut p,
            "The union said in a statement that managers had told staff their jobs were safe.",
        );
        assert_eq!(f.speaker.as_deref(), Some("managers"));
        assert_eq!(f.via, vec!["The union".to_string()]);
        // The relayer speaking of themselves still relays nothing.
        let f = run(
            &mut p,
            "The union said on Monday that it had told staff their jobs were safe.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The union"));
        assert!(f.via.is_empty());
        // Nor does a clause with no telling in it.
        let f = run(
            &mut p,
            "The Ledger reported last week that the fund had been cut.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Ledger"));
        assert!(f.via.is_empty());
    }

    #[test]
    fn findings_are_their_finders() {
        let mut p = People::default();
        let f = run(&mut p, "The scientists, from Halden University, recorded temperatures 3C above the long-term average.");
        assert_eq!(f.speaker.as_deref(), Some("The scientists"));
        let f = run(
            &mut p,
            "Inspectors counted 41 breaches of the hygiene rules at the plant.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Inspectors"));
        let f = run(&mut p, "Traces of lead were detected in tap water at 12 schools by inspectors from the council.");
        assert!(
            f.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("inspectors")),
            "{f:?}"
        );
        let f = run(
            &mut p,
            "Microbeads were found in every fish examined by scientists in the survey.",
        );
        assert_eq!(f.speaker.as_deref(), Some("scientists"));
        // Method is no finding.
        let f = run(
            &mut p,
            "The researchers analysed 2,000 water samples taken by divers off the coast.",
        );
        assert_eq!(f.speaker, None);
        // Measuring that is nobody's finding.
        let f = run(&mut p, "The bridge measured 400 metres from end to end.");
        assert_eq!(f.speaker, None);
        let f = run(&mut p, "The boy was examined by a doctor and sent home.");
        assert_eq!(f.speaker, None);
    }

    #[test]
    fn what_was_measured_and_where_is_method_not_a_finding() {
        // (seen: "Researchers from the University of Tressick measured
        // sediment cores from 36 restored and natural sites between 2019
        // and 2025.")
        let mut p = People::default();
        let f = run(&mut p, "Researchers from the University of Tressick measured sediment cores from 36 restored and natural sites between 2019 and 2025.");
        assert_eq!(f.speaker, None);
        // The same shape in other words.
        let f = run(
            &mut p,
            "The team measured water samples from 12 rivers across the county in 2024.",
        );
        assert_eq!(f.speaker, None);
        // (seen: "Scientists from the University of Caddonfoot measured
        // gas flows at 48 sites over two years, using sensors …")
        let f = run(&mut p, "Scientists from the University of Caddonfoot measured gas flows at 48 sites over two years, using sensors mounted on towers and drones.");
        assert_eq!(f.speaker, None);
        let f = run(
            &mut p,
            "The researchers measured nitrate levels in 30 wells during the summer.",
        );
        assert_eq!(f.speaker, None);
        let f = run(&mut p, "Scientists measured soil moisture on 12 farms.");
        assert_eq!(f.speaker, None);
        // A value measured or counted is still their finding.
        let f = run(
            &mut p,
            "The researchers measured a 40% rise in nitrate levels in 30 wells.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The researchers"));
        let f = run(&mut p, "The team, from the University of Kelmsford, measured an average of 4.1 microplastic particles per litre.");
        assert_eq!(f.speaker.as_deref(), Some("The team"));
        let f = run(
            &mut p,
            "Inspectors counted rats at 14 of the 20 sites they visited.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Inspectors"));
    }

    #[test]
    fn documents_set_down_and_hearings_hear() {
        let mut p = People::default();
        let f = run(&mut p, "A draft declaration, obtained by the Courier, commits member states to halving emissions by 2035.");
        assert_eq!(f.speaker.as_deref(), Some("A draft declaration"));
        let f = run(
            &mut p,
            "The strategy sets out plans for 40 new stations by 2030.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The strategy"));
        let f = run(&mut p, "The driver had been awake for 20 hours when the lorry crashed, a coroner's court heard.");
        assert_eq!(f.speaker.as_deref(), Some("a coroner's court"));
        let f = run(
            &mut p,
            "The tribunal was told that the manager had deleted the emails.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The tribunal"));
        // A person who heard something is no hearing.
        let f = run(&mut p, "Neighbours heard shouting shortly after midnight.");
        assert_eq!(f.speaker, None);
        let f = run(
            &mut p,
            "Figures compiled by the statistics office in March put unemployment at 4.2%.",
        );
        assert!(
            f.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("Figures")),
            "{f:?}"
        );
    }

    #[test]
    fn an_outlet_closing_the_sentence_passed_it_on() {
        let mut p = People::default();
        let f = run(&mut p, "The port will reopen by Friday, the harbour master, Anna Fry, told reporters on Monday, AFP reported.");
        assert_eq!(f.speaker.as_deref(), Some("Anna Fry"));
        assert_eq!(f.via, vec!["AFP".to_string()]);
        let f = run(&mut p, "Fry said on Tuesday that two cranes had failed, according to the news agency Medpress.");
        assert_eq!(f.speaker.as_deref(), Some("Anna Fry"));
        assert_eq!(f.via, vec!["Medpress".to_string()]);
        // With nobody speaking before it, the outlet is the speaker.
        let f = run(
            &mut p,
            "Two cranes had failed, according to the news agency Medpress.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the news agency Medpress"));
        assert!(f.via.is_empty());
    }

    #[test]
    fn a_name_described_as_a_body_is_one() {
        let mut p = People::default();
        let f = run(&mut p, "Clearwater Alliance, a campaign group founded by anglers, said the river had failed every test.");
        assert_eq!(f.speaker.as_deref(), Some("Clearwater Alliance"));
        assert!(!f.person);
        let f = run(
            &mut p,
            "Harbour Line, the island's largest ferry operator, said sailings would resume.",
        );
        assert!(!f.person, "{f:?}");
        // A person described by a role stays a person.
        let f = run(
            &mut p,
            "Maria Lund, a spokeswoman for the group, said the figures were wrong.",
        );
        assert!(f.person);
    }

    #[test]
    fn a_passive_over_an_adverb_names_no_speaker() {
        let mut p = People::default();
        for text in [
            "The closure was first announced in March, when the owners put the site up for sale.",
            "The figures were later confirmed in a letter to shareholders.",
        ] {
            let f = run(&mut p, text);
            assert_eq!(f.speaker, None, "{text}");
        }
    }

    #[test]
    fn the_body_is_not_the_person_whose_role_names_it() {
        let mut p = People::default();
        run(
            &mut p,
            "Council leader Ann Grey said the library would close.",
        );
        let f = run(
            &mut p,
            "Opening hours will be cut from May, the council said.",
        );
        assert_eq!(f.speaker.as_deref(), Some("the council"));
        assert!(!f.person);
        let f = run(&mut p, "The leader said the decision was final.");
        assert_eq!(f.speaker.as_deref(), Some("Ann Grey"));
    }

    #[test]
    fn a_document_cited_speaks_and_its_citer_passes_it_on() {
        let mut p = People::default();
        let f = run(&mut p, "Nine in ten branches will close by 2030, the bank workers' union said, citing a poll of its members.");
        assert_eq!(f.speaker.as_deref(), Some("a poll of its members"));
        assert_eq!(f.via, vec!["the bank workers' union".to_string()]);
        assert!(!f.person);
        let f = run(&mut p, "The Western Courier reported on Friday, citing leaked council emails, that the depot would be sold.");
        assert_eq!(f.speaker.as_deref(), Some("leaked council emails"));
        // A document the outlet had seen is its own reporting.
        let f = run(&mut p, "The depot had failed two inspections, the Western Courier reported, citing an audit report it had obtained.");
        assert_eq!(f.speaker.as_deref(), Some("the Western Courier"));
        // One person cited by the role they held speaks too.
        let f = run(&mut p, "The daily Morgenrust reported on Tuesday, citing a former adviser at the ministry, that officials had drafted the rule in November.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("a former adviser at the ministry")
        );
        assert_eq!(f.via, vec!["Morgenrust".to_string()]);
        // (a minister, so cited)
        let f = run(&mut p, "The Gorsewick Daily reported on Tuesday, citing a cabinet minister, that the prime minister had overruled Haldwyne.");
        assert_eq!(f.speaker.as_deref(), Some("a cabinet minister"));
        // People cited by a role in the plural, after the verb in the
        // present ("reports, citing …, that"), speak too.
        for (sentence, cited) in [
            ("The trade magazine Clinician Weekly reported this month, citing two senior managers, that the trust had asked its board to close two clinics.", "two senior managers"),
            ("The Plumstow Argus reports, citing two IT staff at the bank, that a software update caused the failure.", "two IT staff at the bank"),
            ("The Plumstow Argus reports, citing three nurses, that the ward will close in May.", "three nurses"),
        ] {
            let f = run(&mut p, sentence);
            assert_eq!(f.speaker.as_deref(), Some(cited), "{sentence}");
            assert_eq!(f.via.len(), 1, "{sentence}");
        }
        // (seen: people by whom they are to others, and a document)
        for (sentence, cited) in [
            ("Local radio station Skelmere Sound is reporting, citing the relative of a crew member, that one of the 21 crew is missing.", "the relative of a crew member"),
            ("The trade newsletter Solebook reported last week, citing two buyers at the retailer, that its biggest customer had cut its next order by 40%.", "two buyers at the retailer"),
            ("The daily Aftenvakt reported on Sunday, citing a confidential audit of the programme, that the Stormvik had failed sea trials twice last year.", "a confidential audit of the programme"),
            ("The daily Vakaro Zinios reported on Monday, citing two senior coalition deputies, that the prime minister's office had drawn up a shortlist.", "two senior coalition deputies"),
            // (the same in other words)
            ("The Harbour Gazette reported, citing relatives of the crew, that the ship had sailed a day late.", "relatives of the crew"),
            ("The Harbour Gazette reported, citing workers at the plant, that the line had stopped twice.", "workers at the plant"),
            ("The Harbour Gazette reported, citing colleagues of the driver, that he had worked 14 hours.", "colleagues of the driver"),
            ("The Harbour Gazette reported, citing neighbours of the family, that the house had been empty for a year.", "neighbours of the family"),
            ("The Harbour Gazette reported, citing an internal audit, that the port had lost \u{a3}2m.", "an internal audit"),
            ("The Harbour Gazette reported, citing two audits of the scheme, that the port had lost \u{a3}2m.", "two audits of the scheme"),
        ] {
            let f = run(&mut p, sentence);
            assert_eq!(f.speaker.as_deref(), Some(cited), "{sentence}");
            assert_eq!(f.via.len(), 1, "{sentence}");
        }
        // (not a plural noun that names no role: "citing two surveys" of
        // its own is the outlet's)
        let f = run(&mut p, "The Plumstow Argus reports, citing two incidents last year, that the bridge is unsafe.");
        assert_eq!(f.speaker.as_deref(), Some("The Plumstow Argus"));
        // Residents and witnesses cited, and a letter, speak too, however
        // long the letter's description (seen: "citing two residents of
        // Dunvoe" after what was told, "citing a letter from the interior
        // ministry to the speaker of parliament").
        for (sentence, cited) in [
            ("The Lodvara daily Vecherna Iskra reported on Monday that a team of Pellandran engineers had surveyed Cape Horvik in February, citing two residents of Dunvoe.", "two residents of Dunvoe"),
            ("The daily Nowa Strana reported on Tuesday, citing a letter from the interior ministry to the speaker of parliament, that the ministry had asked for the budget to be cut.", "a letter from the interior ministry to the speaker of parliament"),
            // (the same in other words)
            ("The Harbour Gazette reported, citing three witnesses, that the ferry had left without lights.", "three witnesses"),
            ("The Harbour Gazette reported, citing letters from the harbour board, that the rents would rise.", "letters from the harbour board"),
        ] {
            let f = run(&mut p, sentence);
            assert_eq!(f.speaker.as_deref(), Some(cited), "{sentence}");
            assert_eq!(f.via.len(), 1, "{sentence}");
        }
        // (but a letter the outlet had seen is still its own reporting, and
        // a description longer than a dozen words is not read)
        let f = run(
            &mut p,
            "The Harbour Gazette reported, citing a letter it had seen, that the rents would rise.",
        );
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Gazette"));
        let f = run(&mut p, "The Harbour Gazette reported, citing a letter from the chair of the harbour board to every one of the tenants in the old town, that the rents would rise.");
        assert_eq!(f.speaker.as_deref(), Some("The Harbour Gazette"));
    }

    #[test]
    fn those_who_told_them_said_it_and_the_one_closing_passes_it_on() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 8, 24);
        // (seen: a study's author relating what gamekeepers told her team)
        let text = "Dr Tindra Raworth said the owls had mostly been found within two kilometres of arable farms. Several gamekeepers interviewed by her team had told them they routinely left bait in open trays outdoors, against the instructions on the packets, she said.";
        let x = crate::extract::extract(text, d);
        let c = crate::extract::candidate_with(&x, "routinely");
        assert_eq!(c.speaker.as_deref(), Some("Several gamekeepers"));
        assert_eq!(c.via, ["Tindra Raworth"]);
        // (the same in other words)
        for (text, word, teller, relayer) in [
            ("Three nurses on the ward told her the alarms had been switched off for weeks, Ms Holt said.", "alarms", "Three nurses on the ward", "Holt"),
            ("Residents had told us the bins were last emptied in March, the councillor said.", "bins", "Residents", "the councillor"),
            ("Two drivers had told him the brakes failed twice in March, the inspector said.", "brakes", "Two drivers", "the inspector"),
        ] {
            let x = crate::extract::extract(text, d);
            let c = crate::extract::candidate_with(&x, word);
            assert_eq!(c.speaker.as_deref(), Some(teller), "{text}");
            assert_eq!(c.via, [relayer], "{text}");
        }
        // (but not those who told something to a body, in the open)
        let x = crate::extract::extract("Three nurses told the inquiry the alarms had been switched off for weeks, Ms Holt said.", d);
        let c = crate::extract::candidate_with(&x, "alarms");
        assert!(c.via.is_empty(), "{:?}", c.via);
    }

    #[test]
    fn freedom_of_information_figures_speak_not_who_obtained_them() {
        let mut p = People::default();
        // (seen: figures cited after what they show, and responses a
        // charity obtained)
        let f = run(&mut p, "The charity Toothwise said 212 children at the trust had waited more than three years, citing freedom of information figures.");
        assert_eq!(f.speaker.as_deref(), Some("freedom of information figures"));
        assert_eq!(f.via, vec!["Toothwise".to_string()]);
        let f = run(&mut p, "Kelstow and Ashmoor Hospitals NHS Trust had the longest waits in the country, according to freedom of information responses obtained by Steadfoot.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("freedom of information responses")
        );
        // (the same in other words)
        let f = run(
            &mut p,
            "The union said 40 drivers had quit since March, citing freedom of information data.",
        );
        assert_eq!(f.speaker.as_deref(), Some("freedom of information data"));
        let f = run(
            &mut p,
            "The depot failed two inspections, according to council emails seen by Marwick.",
        );
        assert_eq!(f.speaker.as_deref(), Some("council emails"));
        // (but "of" after another word still ends the head: ministers
        // cited are people; and figures released by a trust are its own)
        let f = run(
            &mut p,
            "The paper said the budget would be cut, citing two ministers of information.",
        );
        assert_eq!(f.speaker.as_deref(), Some("two ministers of information"));
        let f = run(
            &mut p,
            "Waits rose by a third last year, according to figures released by Calderbrook Trust.",
        );
        assert_eq!(
            f.speaker.as_deref(),
            Some("figures released by Calderbrook Trust")
        );
    }

    #[test]
    fn a_promise_one_party_relates_is_the_promisers() {
        let text = "Local MP Janet Orde said Northgrid had promised after a similar outage in February that the Crossley substation would be upgraded by the end of 2025.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 11, 14));
        let c = crate::extract::candidate_with(&x, "substation");
        assert_eq!(c.speaker.as_deref(), Some("Northgrid"));
        assert_eq!(c.via, ["Janet Orde"]);
        assert_eq!(c.kind, crate::model::Kind::Reported);
        // The same shape in other words.
        let text = "Councillor Amy Holt said the developer had pledged in writing that 40% of the homes would be affordable.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 11, 14));
        let c = crate::extract::candidate_with(&x, "affordable");
        assert_eq!(c.speaker.as_deref(), Some("the developer"));
        assert_eq!(c.via, ["Amy Holt"]);
        // A promise to do something relates no words.
        let text = "Councillor Amy Holt said the developer had promised to build 40 affordable homes by 2028.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 11, 14));
        let c = crate::extract::candidate_with(&x, "affordable");
        assert_eq!(c.speaker.as_deref(), Some("Amy Holt"));
        assert!(c.via.is_empty());
    }

    #[test]
    fn the_pages_own_analysis_is_the_outlets() {
        let speaker = |text: &str, words: &str| {
            let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = crate::extract::candidate_with(&x, words);
            (c.speaker.clone(), c.kind)
        };
        let page = "The Brannoch Herald | Health\n\nAmbulance waits hit a record\n\n";
        for line in [
            "An analysis of the same data by the Herald found that crews spent 11,240 hours waiting outside hospital emergency departments in May.",
            // (in other words: its own survey, by its possessive)
            "The Herald's survey of 40 surgeries found that 31 had closed their lists to new patients in May.",
        ] {
            let text = format!("{page}{line}");
            assert_eq!(
                speaker(&text, "found that"),
                (None, crate::model::Kind::Outlet),
                "{line}"
            );
        }
        // Near misses: a document the page saw; another outlet's analysis;
        // no masthead.
        for (text, who) in [
            (
                format!("{page}Minutes of a project board meeting, seen by the Herald, show that the contractor asked for a further \u{a3}120,000 in May."),
                "Minutes",
            ),
            (
                format!("{page}An analysis of the same data by the Courier found that crews spent 11,240 hours waiting in May."),
                "Courier",
            ),
            (
                "An analysis of the same data by the Herald found that crews spent 11,240 hours waiting in May.".to_string(),
                "Herald",
            ),
        ] {
            let (sp, _) = speaker(&text, "May");
            assert!(sp.as_deref().is_some_and(|s| s.contains(who)), "{text}: {sp:?}");
        }
    }

    #[test]
    fn a_claim_an_answer_carries_after_saying_is_the_answerers() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 15);
        let text = "Professor Tomasz Wilk said the sample was drawn mostly from urban schools.\n\nBrennan disputed that, saying 29 of the 62 schools were in small towns or rural areas.";
        let text = format!("Dr Ayesha Brennan, the study's lead author, said the effect was strongest among 13-year-olds.\n\n{text}");
        let x = crate::extract::extract(&text, day);
        let c = crate::extract::candidate_with(&x, "29 of the 62");
        assert_eq!(c.speaker.as_deref(), Some("Ayesha Brennan"));
        assert_eq!(c.kind, crate::model::Kind::Paraphrase);
        // The answer still answers the claim before it.
        let w = crate::extract::candidate_with(&x, "urban schools");
        assert_eq!(w.responses.len(), 1);
        // Other words, a body.
        let text = "The union said cabin crew numbers had fallen by a fifth since 2019.\n\nAerovela rejected the union's account, saying its cabin crew headcount was higher than at any time since 2019.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "headcount");
        assert_eq!(c.speaker.as_deref(), Some("Aerovela"));
        assert_eq!(c.kind, crate::model::Kind::Reported);
        assert_eq!(
            crate::extract::candidate_with(&x, "fallen").responses.len(),
            1
        );
        // Only a verdict or a refusal after "saying" is no claim.
        let text = "The union said cabin crew numbers had fallen by a fifth since 2019.\n\nAerovela rejected the union's account, saying it was completely untrue.";
        let x = crate::extract::extract(text, day);
        assert!(!x
            .candidates
            .iter()
            .any(|c| c.quote.contains("completely untrue")));
    }

    #[test]
    fn a_figure_whose_clause_tells_inside_an_answer_is_the_reporters() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 15);
        let text = "Teenagers who used their phones in bed slept 48 minutes less a night, according to a study of 7,400 pupils.\n\nVoltra, whose handsets were used by about 40% of the pupils in the study, said it had not yet seen the paper and could not comment on its findings.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "whose handsets");
        assert_eq!(c.speaker, None);
        assert_eq!(c.kind, crate::model::Kind::Outlet);
        assert_eq!(
            crate::extract::candidate_with(&x, "48 minutes")
                .responses
                .len(),
            1
        );
        // Without a figure, the clause is no claim.
        let text = "Teenagers who used their phones in bed slept 48 minutes less a night, according to a study of 7,400 pupils.\n\nVoltra, whose handsets were used by many of the pupils, declined to comment.";
        let x = crate::extract::extract(text, day);
        assert!(!x
            .candidates
            .iter()
            .any(|c| c.quote.contains("whose handsets")));
    }

    #[test]
    fn a_person_a_lead_describes_is_the_one_named_with_an_age_after() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 8);
        let text = "A man whose dog attacked a nine-year-old girl in a Fenbury park has told a jury he had never known the animal to be aggressive.\n\nDarren Whitcombe, 41, of Alder Road, Fenbury, denies being the owner of a dog dangerously out of control causing injury.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "never known");
        assert_eq!(c.speaker.as_deref(), Some("Darren Whitcombe"));
        assert_eq!(c.kind, crate::model::Kind::Paraphrase);
        // Other words.
        let text = "A woman who ran a care home in Lowfield for 20 years has told a tribunal she was never shown the fire risk assessment.\n\nSandra Pell, 54, is claiming unfair dismissal.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "fire risk");
        assert_eq!(c.speaker.as_deref(), Some("Sandra Pell"));
        // An unnamed source that is no described person keeps its words.
        let text = "A council spokesman who asked not to be named said 40 jobs would go by March.\n\nPeter Marsh, 61, a porter at the town hall since 1990, said he had not been told.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "40 jobs");
        assert_ne!(c.speaker.as_deref(), Some("Peter Marsh"));
    }

    #[test]
    fn a_claim_an_answer_carries_after_telling_or_but_that_is_the_answerers() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
        let text = "A collision investigator said the van had been travelling at 52mph.\n\nDefence barrister Imran Sethi disputed the speed calculation, telling jurors it was based on footage from a single CCTV camera more than 400 yards from the scene.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "400 yards");
        assert_eq!(c.speaker.as_deref(), Some("Imran Sethi"));
        assert_eq!(
            crate::extract::candidate_with(&x, "52mph").responses.len(),
            1
        );
        // Whom it tells, then "that".
        let text = "A union official said 300 jobs would go.\n\nThe company rejected the figure, telling the Echo that fewer than 120 posts were at risk this year.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "120 posts");
        assert_eq!(c.speaker.as_deref(), Some("The company"));
        // A refusal, then what is so.
        let text = "Inmates said cells at Harrowfield had no working heating for 11 days in January.\n\nA Justice Department spokesperson said it did not comment on individual prisons, but that every cell at Harrowfield had been inspected in February.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "been inspected");
        assert_eq!(
            c.speaker.as_deref(),
            Some("A Justice Department spokesperson")
        );
        assert_eq!(
            crate::extract::candidate_with(&x, "11 days")
                .responses
                .len(),
            1
        );
    }

    #[test]
    fn a_figure_in_a_description_running_past_a_place_inside_an_answer_is_the_reporters() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
        let text = "Prosecutors said the fire at the restaurant was started deliberately to claim £400,000 in insurance.\n\nLucien Marrow, 47, who ran Marrow's Brasserie in Market Street, Hallowfield, for 11 years, denies arson with intent to endanger life and fraud.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "for 11 years");
        assert_eq!(c.speaker, None);
        assert_eq!(c.kind, crate::model::Kind::Outlet);
        assert_eq!(
            crate::extract::candidate_with(&x, "deliberately")
                .responses
                .len(),
            1
        );
        // Without a figure, the description is no claim.
        let text = "Prosecutors said the fire at the restaurant was started deliberately to claim £400,000 in insurance.\n\nLucien Marrow, who ran a brasserie in Market Street, Hallowfield, denies arson.";
        let x = crate::extract::extract(text, day);
        assert!(!x.candidates.iter().any(|c| c.quote.contains("brasserie")));
    }
}
