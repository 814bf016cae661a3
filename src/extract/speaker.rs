//! Reading a noun phrase as a speaker: a person and their role, an
//! organisation, a pronoun for someone named before, or an unnamed source.

use super::lexicon::{ORG_NOUNS, PARTICLES};
use super::names::{is_initial, is_name_word, is_org, is_role, is_role_word, join, People};
use super::phrases::trim_np;
use super::tokens::Token;

/// A noun phrase read as a speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Speaker {
    pub(crate) text: String,
    pub(crate) name: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) person: bool,
    pub(crate) named: bool,
}

impl Speaker {
    /// The person at `i` among those `people` knows, by name and role.
    pub(crate) fn of_known(people: &People, i: usize) -> Speaker {
        let p = &people.known[i];
        Speaker {
            text: p.name.clone(),
            name: Some(p.name.clone()),
            role: p.role.clone(),
            person: true,
            named: true,
        }
    }
}

/// Whether a word in lower case looks like a plural in "-s" ("shop
/// owners"; not "class" nor a possessive).
pub(crate) fn plural_in_s(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")
}

/// A group of people named by a plural noun, without the participle
/// phrase that says which of them: "Passengers booked with the low-cost
/// airline Kestrajet say …" are "Passengers", whom the airline does not
/// tell. A phrase of its maker ("figures compiled by the insurer") stays,
/// as does a name ("Kestrajet Holidays").
fn without_participle_phrase<'t, 'a>(np: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let Some(k) = (1..np.len().min(4)).find(|&k| {
        let t = &np[k];
        t.is_word()
            && !t.is_cap()
            && !t.quoted
            && t.lower.len() > 4
            && t.lower.ends_with("ed")
            && np.get(k + 1).is_some_and(|p| {
                matches!(
                    p.low(),
                    "with" | "on" | "in" | "at" | "to" | "from" | "for" | "into"
                )
            })
    }) else {
        return np;
    };
    let head = &np[..k];
    let plural = head.last().is_some_and(|t| {
        plural_in_s(t.low()) && !matches!(t.low(), "does" | "this" | "thus" | "always" | "perhaps")
    });
    if plural && head.iter().all(|t| t.is_word() && !is_org(t) && !t.quoted) {
        head
    } else {
        np
    }
}

/// Read a noun phrase as a speaker: a person with a role, an organisation,
/// a pronoun, or an unnamed source.
pub(crate) fn read_speaker(text: &str, np: &[Token], people: &mut People) -> Option<Speaker> {
    let np = trim_np(np);
    // "On Monday morning Pellam confirmed …": a time before the subject is
    // no part of it, nor a role.
    let np = match np.first().map(Token::low) {
        Some("on" | "in" | "at" | "by" | "after" | "before" | "during" | "later" | "earlier") => {
            match np.iter().rposition(|t| {
                matches!(
                    t.low(),
                    "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "today"
                        | "yesterday"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                ) || super::calendar::weekday_of(t.low()).is_some()
                    || super::calendar::is_month_word(t.low())
                    || t.has_digit()
            }) {
                Some(k) if k + 1 < np.len() => &np[k + 1..],
                _ => np,
            }
        }
        _ => np,
    };
    // "…, as the authors acknowledge in the paper": "as" opens the clause.
    let np = match np {
        [as_, rest @ ..]
            if as_.lower == "as"
                && rest.first().is_some_and(|t| {
                    t.is_cap() || matches!(t.low(), "the" | "its" | "his" | "her" | "their")
                }) =>
        {
            rest
        }
        _ => np,
    };
    if np.is_empty() || np.len() > 14 || names_a_day(np) || opens_participle_clause(np) {
        return None;
    }
    let np = without_time_after(np);
    // ("What I can tell you is that our modelling shows …", "Our own
    // figures show …": the speaker's own data tells what the speaker says;
    // not "Our contractor now tells us …", another teller)
    if let [first, .., last] = np {
        if matches!(first.low(), "our" | "my")
            && np.len() <= 3
            && matches!(
                last.low(),
                "modelling"
                    | "modeling"
                    | "figures"
                    | "data"
                    | "analysis"
                    | "research"
                    | "records"
                    | "numbers"
                    | "estimates"
                    | "calculations"
                    | "monitoring"
                    | "testing"
            )
        {
            return None;
        }
    }
    let np = without_participle_phrase(np);
    if names_an_event(np) {
        return None;
    }
    let words: Vec<&str> = np.iter().map(|t| t.base()).collect();
    // "It says": the organisation last spoken of; so is "the statement"
    // after "Severnside said in a statement …".
    if words == ["it"]
        || (words.len() == 2
            && matches!(words[0], "the" | "its" | "their" | "a")
            && matches!(words[1], "statement" | "letter" | "filing")
            && people.last_org.is_some())
    {
        return people.last_org.clone().map(|org| Speaker {
            text: org,
            named: true,
            ..Speaker::default()
        });
    }
    if words == ["they"] {
        return people.last_group.clone().map(|group| Speaker {
            text: group,
            ..Speaker::default()
        });
    }
    if matches!(
        words.as_slice(),
        ["we"] | ["i"] | ["you"] | ["this"] | ["that"] | ["which"] | ["who"] | ["there"]
    ) {
        return None;
    }
    // "four studies …, all of which found no harm", "two reports, none of
    // which was published": a relative clause about things, whose finding
    // is told by whoever tells the sentence.
    if let [_, "of", "which"] = words.as_slice() {
        return None;
    }
    // "…, something she said residents had never been told": a thing and
    // a pronoun, a relative clause that comments on what was said before;
    // the pronoun is whoever told it, not the thing.
    if let ["something", "he" | "she" | "they"] = words.as_slice() {
        return None;
    }
    // "I've said all …", "What I can tell you is that …": the one who
    // speaks, or a clause, never a name.
    if words.iter().any(|w| {
        matches!(
            *w,
            "i" | "i've" | "i'm" | "i'd" | "i'll" | "we've" | "we're" | "we'd" | "we'll"
        )
    }) || matches!(
        words.first(),
        Some(&("what" | "whatever" | "how" | "why" | "where" | "when"))
    ) || (words.len() > 1 && matches!(words.last(), Some(&("we" | "you" | "i"))))
    {
        return None;
    }
    if !np.iter().any(|t| t.is_word()) {
        return None;
    }
    let plain = join(text, np);
    // "the Court of Auditors' draft report", "the Nurses' Guild": a plural
    // possessive (its apostrophe a token of its own) before a document or
    // a body in lower case, or before the rest of a name in capitals; that
    // is the source, all of its words, not the owner's last word.
    if let Some(k) = np.iter().position(|t| matches!(t.text, "'" | "\u{2019}")) {
        let after = &np[(k + 1).min(np.len())..];
        // "The Saints' Tom Reyes said": a person's name of two or three
        // words after a team's or a body's plural possessive is the person.
        if k > 0
            && np[k - 1].is_cap()
            && np[k - 1].lower.ends_with('s')
            && (2..=3).contains(&after.len())
            && after.iter().all(|t| {
                is_name_word(t) && !is_role(t) && !is_org(t) && !ORG_NOUNS.contains(&t.low())
            })
        {
            if let Some(sp) = read_speaker(text, after, people).filter(|sp| sp.person) {
                return Some(sp);
            }
        }
        if k > 0
            && np[k - 1].is_cap()
            && np[k - 1].lower.ends_with('s')
            && !after.is_empty()
            && (after.iter().all(|t| t.is_word() && !t.is_cap())
                && after.last().is_some_and(|t| ORG_NOUNS.contains(&t.low()))
                || after.iter().all(|t| is_name_word(t) && !is_role(t)))
        {
            people.last_org = Some(plain.clone());
            return Some(Speaker {
                text: plain,
                named: true,
                ..Speaker::default()
            });
        }
    }
    // "Dana Whitlow has been speaking to strikers. She said …", "A senior
    // nurse has told … Joanna Petrakis, 47, had worked … She says …": the
    // person the sentence just before opened with by name, over the one
    // last named with a cue and over an unnamed source before it.
    if let [pronoun @ ("he" | "she")] = words.as_slice() {
        if let Some(i) = people.just_opened_with(pronoun) {
            people.learn_pronoun(i, pronoun);
            return Some(known_speaker(people, i));
        }
    }
    if let Some(u) = people
        .last_unnamed
        .as_deref()
        .filter(|u| matches!(words.as_slice(), ["he"] | ["she"]) && pronoun_fits(words[0], u))
    {
        // "A government spokeswoman said … “…,” she said.": the source
        // just quoted, not the person named before it.
        return Some(Speaker {
            text: u.to_string(),
            ..Speaker::default()
        });
    }
    // "The Department for Environment, Food and Rural Affairs disputed
    // …": a department's name that lists its remits, capitalised words
    // joined by commas and "and", is one body, all of it.
    if np.iter().any(|t| t.lower == ",") && department_of_remits(np) {
        people.last_org = Some(plain.clone());
        return Some(Speaker {
            text: plain,
            named: true,
            ..Speaker::default()
        });
    }
    // "Tuttle & Brack rejected …", "Procter & Gamble said": capitalised
    // words joined by an ampersand are a firm's name, all of the run.
    if let Some(k) = np.iter().position(|t| t.text == "&") {
        let cap = |t: &Token| t.is_word() && t.is_cap();
        if k > 0 && cap(&np[k - 1]) && np.get(k + 1).is_some_and(cap) {
            let s = np[..k].iter().rposition(|t| !cap(t)).map_or(0, |p| p + 1);
            let e = np[k + 1..]
                .iter()
                .position(|t| !cap(t))
                .map_or(np.len(), |p| k + 1 + p);
            let org = join(text, &np[s..e]);
            people.last_org = Some(org.clone());
            return Some(Speaker {
                text: org,
                named: true,
                ..Speaker::default()
            });
        }
    }
    // A known person: "Denisov", "the ambassador", "he".
    if let Some(i) = people
        .resolve(&words)
        .filter(|&i| !held_elsewhere(np, people, i))
    {
        if let [pronoun @ ("he" | "she")] = words.as_slice() {
            people.learn_pronoun(i, pronoun);
        }
        return Some(known_speaker(people, i));
    }
    if matches!(words.as_slice(), ["he"] | ["she"]) {
        return None;
    }
    // "the defendant had told him …" after "Evander Aldergrove-Njoku, 46,
    // denies 14 counts of fraud": the one who answers the charge.
    if words == ["the", "defendant"] {
        if let Some(name) = people.defendant.clone() {
            let i = people.remember(&name, None);
            return Some(known_speaker(people, i));
        }
    }
    // "Maureen Ellery has swum here for 30 years. The 67-year-old retired
    // teacher said …": a definite description that gives an age or says
    // what a private person is stands for the person just named.
    if let Some(i) = described(&words, people) {
        return Some(known_speaker(people, i));
    }
    // "The head of Fernside Primary", "the chief executive of Acme", "a
    // spokesperson for the Journal of Cognitive Ageing": a role held
    // somewhere, its holder not named (not the body's last words).
    let lead = usize::from(matches!(words.first(), Some(&("the" | "a" | "an"))));
    if let Some(of) = np
        .iter()
        .position(|t| matches!(t.low(), "of" | "at" | "for"))
    {
        let roles = &np[lead..of];
        if !roles.is_empty()
            && roles.iter().all(|t| !t.is_cap() && is_role(t))
            && np
                .get(of + 1)
                .is_some_and(|t| t.is_cap() || t.lower == "the")
        {
            // "A spokeswoman for the trust said … It said …": the body
            // the role serves is what "it" stands for next.
            let body = &np[of + 1..];
            if body.len() <= 8 && body.last().is_some_and(|t| t.is_word()) {
                people.last_org = Some(join(text, body));
            }
            return Some(unnamed(plain, np, people));
        }
    }
    // "Campaigners from Save Wexcombe Fields", "Traders in Lanmore",
    // "Islanders on Carra": people of a place or a group, not a person.
    // So is a role in the plural placed somewhere: "Surgeons at the
    // infirmary", "Officers at the scene" (not the surname of someone
    // named "… Surgeons").
    // ("Several residents of Linstow Terrace", "Two traders in Lanmore":
    // a count before the people is part of the group, not of a name.)
    // ("Dozens of residents of …", "Hundreds of traders in …": the
    // count and its "of".)
    let lead =
        if matches!(words.first(), Some(&("dozens" | "hundreds"))) && words.get(1) == Some(&"of") {
            2
        } else {
            usize::from(
                matches!(
                    words.first(),
                    Some(
                        &("the"
                            | "some"
                            | "many"
                            | "several"
                            | "most"
                            | "other"
                            | "dozens"
                            | "hundreds")
                    )
                ) || words.first().is_some_and(|w| {
                    super::calendar::number_of(w).is_some() && !w.as_bytes()[0].is_ascii_digit()
                }) || np.first().is_some_and(|t| t.has_digit() && np.len() > 3),
            )
        };
    // (so is a team placed somewhere: "A team at the Veldhuis Institute
    // in Utrecht", not the place it ends on)
    if np.len() > lead + 2
        && (people_in_the_plural(words[lead]) || words[lead] == "team")
        && matches!(
            words[lead + 1],
            "from" | "in" | "at" | "of" | "for" | "with" | "on"
        )
    {
        return Some(unnamed(plain, np, people));
    }
    // "Friends of Ellwood Library", "Friends of the Earth", "Veterans of
    // Foreign Wars": a capitalised plural of people before "of" and a
    // name is a group's name, all of it.
    if np.len() >= 3
        && np[0].is_cap()
        && np[1].lower == "of"
        && np[2..].iter().all(|t| t.is_cap() || t.lower == "the")
        && np.last().is_some_and(Token::is_cap)
        && matches!(
            np[0].low(),
            "friends"
                | "veterans"
                | "sisters"
                | "brothers"
                | "daughters"
                | "sons"
                | "residents"
                | "survivors"
                | "parents"
                | "mothers"
                | "fathers"
                | "families"
                | "supporters"
        )
    {
        let org = join(text, np);
        people.last_org = Some(org.clone());
        return Some(Speaker {
            text: org,
            named: true,
            ..Speaker::default()
        });
    }
    // "The Department of Health and Social Care", "the National Association
    // of Head Teachers": capitalised words joined by "of", "and", "for",
    // one of them naming an institution, are one organisation.
    if let Some(org) = institution(text, np) {
        people.last_org = Some(org.clone());
        return Some(Speaker {
            text: org,
            named: true,
            ..Speaker::default()
        });
    }
    // "Carnbrook and Dale said", "Marks and Spencer said": two single
    // capitalised words joined by "and", neither a role nor anyone met
    // or printed in full, are one body's name (news names each person in
    // full before a surname alone), not a person "Dale" with the role
    // "Carnbrook and".
    if let [a, and, b] = np {
        let single = |t: &Token| {
            is_name_word(t)
                && !is_role(t)
                && t.text.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-')
                && people.resolve(&[t.base()]).is_none()
                && people.subject_by_surname(t.base()).is_none()
        };
        if and.lower == "and"
            && single(a)
            && single(b)
            && people.printed_full_name(text, a.base()).is_none()
            && people.printed_full_name(text, b.base()).is_none()
        {
            let org = join(text, np);
            people.last_org = Some(org.clone());
            return Some(Speaker {
                text: org,
                named: true,
                ..Speaker::default()
            });
        }
    }
    // "Professor Owen Pritchard of the University of Sussex": the person,
    // not the place they work.
    if let Some(p) = np
        .iter()
        .position(|t| matches!(t.low(), "of" | "at" | "from"))
    {
        let head = &np[..p];
        let names = head
            .iter()
            .filter(|t| is_name_word(t) && !is_role(t))
            .count();
        if p > 0 && head[p - 1].is_cap() && names >= 2 && !head.iter().any(is_org) {
            return read_speaker(text, head, people);
        }
    }
    // "Opposition MPs", "Green MEPs", "two senior MSPs": a plural of a
    // title in capitals is a group, not a person's name.
    if np.last().is_some_and(|t| {
        let b = t.text.as_bytes();
        b.len() >= 3
            && b[b.len() - 1] == b's'
            && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
    }) {
        return Some(unnamed(plain, np, people));
    }
    // "Kelbrook Residents Against Pollution", "Parents For Safer Roads":
    // capitalised words to the end with a word no name holds inside them
    // ("Residents", "Against", "For") name a group, all of it.
    if let Some(c) = np.iter().position(|t| t.is_cap() && t.is_word()) {
        let caps = &np[c..];
        if caps.len() >= 3
            && is_name_word(&caps[0])
            && caps.iter().all(|t| t.is_word() && t.is_cap())
            && caps.last().is_some_and(is_name_word)
            // (not a title before a person's name: "Met Police
            // Commissioner Mark Rowley")
            && !caps.iter().any(is_role)
            && caps[1..caps.len() - 1]
                .iter()
                .any(|t| !is_name_word(t) && !is_role(t) && !is_initial(t))
        {
            let org = join(text, caps);
            people.last_org = Some(org.clone());
            return Some(Speaker {
                text: org,
                named: true,
                ..Speaker::default()
            });
        }
    }
    // The last run of capitalised words is the name.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < np.len() {
        if is_name_word(&np[i]) {
            let mut j = i;
            while j < np.len()
                && (is_name_word(&np[j])
                    || is_initial(&np[j])
                    || (np[j].is_cap() && is_org(&np[j]))
                    || (PARTICLES.contains(&np[j].low())
                        && np.get(j + 1).is_some_and(is_name_word)))
            {
                j += 1;
            }
            runs.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    let Some(&(rs, re)) = runs.last() else {
        return Some(unnamed(plain, np, people));
    };
    let run = &np[rs..re];
    // "A European diplomat in Brussels", "an official at the Treasury": a
    // source placed somewhere, not a person named.
    // ("Community leaders in Ndaro", "Shop owners in Lanmore": people in
    // the plural, placed somewhere.)
    // ("Crab fishermen at Sandling", "Some people in Calda": a plural of
    // "-men", or a noun that is one)
    let plural = |t: &Token| {
        let w = t.low();
        plural_in_s(w)
            || (w.len() > 4 && w.ends_with("men"))
            || matches!(w, "people" | "children" | "staff" | "crews")
    };
    if rs >= 2
        && matches!(np[rs - 1].low(), "in" | "at" | "from")
        && np[rs - 2].is_word()
        && !np[rs - 2].is_cap()
        && (matches!(
            np[0].low(),
            "a" | "an" | "two" | "three" | "one" | "several" | "some"
        ) || plural(&np[rs - 2]))
    {
        return Some(unnamed(plain, np, people));
    }
    // "the journal Science", "the firm Redline Labs": a document or a body.
    // ("Labour group leader Tom Reyes": a body's word before a role is the
    // role's, and the name after it a person's.)
    let role_before_run = rs > 0 && !np[rs - 1].is_cap() && is_role(&np[rs - 1]);
    // ("Earlier research from Edinburgh", "a study by Leeds Beckett":
    // a piece of work, named by where it was done.)
    let org_noun = !role_before_run
        && np[..rs].iter().any(|t| {
            !t.is_cap()
                && !t.lower.ends_with("'s")
                && (ORG_NOUNS.contains(&t.low())
                    || matches!(
                        t.low(),
                        "research" | "study" | "studies" | "analysis" | "survey" | "modelling"
                    ))
        });
    if org_noun {
        people.last_org = Some(plain.clone());
        return Some(Speaker {
            text: plain,
            named: true,
            ..Speaker::default()
        });
    }
    // A capitalised word before a common noun is an adjective: "Russian media",
    // "Two Senate aides", "A WHO spokesperson".
    let modifies = np.get(re).is_some_and(|t| {
        t.is_word() && !t.is_cap() && !matches!(t.low(), "of" | "and" | "for" | "at" | "in")
    });
    if modifies {
        return Some(unnamed(plain, np, people));
    }
    // "A team from the University of Carnbrae": a name after "of" that
    // ends a body's name ("University of …") is the body's, not a person's
    // with a role before it.
    if rs >= 2 && np[rs - 1].lower == "of" && np[rs - 2].is_cap() && is_org(&np[rs - 2]) {
        return Some(unnamed(plain, np, people));
    }
    let last_role = run.iter().rposition(is_role);
    if run[last_role.map_or(0, |r| r + 1)..].iter().any(is_org) {
        people.last_org = Some(plain.clone());
        return Some(Speaker {
            text: plain,
            named: true,
            ..Speaker::default()
        });
    }
    let (name_start, role_end) = match last_role {
        Some(r) => (rs + r + 1, rs + r + 1),
        None => {
            let joined_to_role = rs > 0
                && matches!(np[rs - 1].low(), "to" | "of" | "for" | "at" | "in")
                && np[..rs].iter().any(is_role);
            if joined_to_role && run.len() >= 3 {
                let keep = if run.len() >= 4 && is_initial(&run[run.len() - 2]) {
                    3
                } else {
                    2
                };
                (re - keep, re - keep)
            } else {
                (rs, rs)
            }
        }
    };
    let name_tokens = &np[name_start..re];
    // "the Environment", "a Senate": a capital after an article is no one's name.
    let after_article = name_start > 0 && matches!(np[name_start - 1].low(), "the" | "a" | "an");
    if name_tokens.is_empty() || name_tokens.iter().all(is_role) || after_article {
        // "The Chronicle also reported …  It said …": a name after "the"
        // that is no role is a paper or a body, which "it" can stand for.
        let title = after_article
            && name_tokens.len() <= 3
            && !name_tokens.iter().any(is_role)
            && re == np.len()
            && name_start == 1;
        let sp = unnamed(plain, np, people);
        if title && !sp.person {
            people.last_org = Some(sp.text.clone());
        }
        return Some(sp);
    }
    let name = join(text, name_tokens);
    // "the market analysts Tamsworth Commodities", "the pollsters
    // Ardmore": a role in the plural before a name is what a firm does,
    // the name a body's, not one person's.
    if name_start > 0 && plural_role(&np[name_start - 1]) {
        people.last_org = Some(name.clone());
        return Some(Speaker {
            text: name,
            named: true,
            ..Speaker::default()
        });
    }
    let role = (role_end > 0)
        .then(|| join(text, trim_np(&np[..role_end])))
        .filter(|r| !r.is_empty());
    let idx = if name_tokens.len() == 1 {
        match people.resolve(&[name_tokens[0].base()]) {
            Some(i) => i,
            // "Penhale said" after "Idris Penhale of the Harbour Party has
            // been elected …": the person a sentence opened with.
            None if role.is_none() => match people
                .subject_by_surname(name_tokens[0].base())
                .or_else(|| people.printed_full_name(text, name_tokens[0].base()))
            {
                Some(full) => people.remember(&full, None),
                // A single name never met before and without a title is an
                // organisation ("Halvorsen said"): news names a person in full first.
                None => {
                    people.last_org = Some(name.clone());
                    return Some(Speaker {
                        text: name,
                        named: true,
                        ..Speaker::default()
                    });
                }
            },
            None => people.remember(&name, role.clone()),
        }
    } else if role.is_none()
        && (people.is_body(&name)
            || people.named(&name).is_none() && people.has_officers(text, &name))
    {
        // "Kimbe Copper said" after "the mine's local operator, Kimbe Copper".
        people.last_org = Some(name.clone());
        return Some(Speaker {
            text: name,
            named: true,
            ..Speaker::default()
        });
    } else {
        people.remember(&name, role.clone())
    };
    people.last = Some(idx);
    let p = &people.known[idx];
    Some(Speaker {
        text: p.name.clone(),
        name: Some(p.name.clone()),
        role: p.role.clone().or(role),
        person: true,
        named: true,
    })
}

/// A role word in the plural, in lower case: "analysts", "economists",
/// "lawyers", "pollsters" (not "officials", "officers" or "members",
/// which name people one by one); or a trade that firms ply, in the
/// plural: "the surveyors Pilkwood Pryor", "the accountants Grant Harlow",
/// "its administrators, Harcastle Vendramin".
fn plural_role(t: &Token) -> bool {
    !t.is_cap()
        && (matches!(
            t.low(),
            "pollsters"
                | "surveyors"
                | "valuers"
                | "accountants"
                | "consultants"
                | "architects"
                | "brokers"
                | "auctioneers"
                | "insurers"
                | "administrators"
                | "receivers"
                | "liquidators"
                | "auditors"
        ) || role_in_the_plural(t.low()).is_some_and(|one| {
            !one.ends_with('s') && !matches!(one, "official" | "officer" | "member")
        }))
}

/// The role a lower-case word names in the plural, by its "s":
/// "analysts" is "analyst", "managers" "manager".
fn role_in_the_plural(w: &str) -> Option<&str> {
    w.strip_suffix('s').filter(|one| is_role_word(one))
}

/// A phrase that only names a time: "published last Thursday", "on 3
/// March", "Monday morning" (what is left of a subject cut at "and"). A
/// day or a month says nothing; it is nobody.
pub(crate) fn names_a_day(np: &[Token]) -> bool {
    let day = |t: &Token| {
        super::calendar::weekday_of(t.low()).is_some()
            // ("May said" may be Theresa May; "last May" is a month)
            || (np.len() >= 2 && t.is_cap() && super::calendar::is_month_word(t.low()))
    };
    np.last().is_some_and(|t| {
        day(t)
            || (matches!(t.low(), "morning" | "afternoon" | "evening" | "night")
                && np.len() >= 2
                && day(&np[np.len() - 2]))
            // ("Last week, Corvane, the mining group, said …")
            || (matches!(t.low(), "week" | "weekend" | "month" | "year")
                && np.len() == 2
                && np[0].lower == "last")
    }) && np.iter().enumerate().all(|(i, t)| {
        day(t)
            || t.has_digit()
            // (the first word may open the sentence: "On Wednesday, …")
            || ((i == 0 || !t.is_cap())
                && matches!(
                    t.low(),
                    "last"
                        | "next"
                        | "this"
                        | "on"
                        | "early"
                        | "late"
                        | "published"
                        | "released"
                        | "issued"
                        | "updated"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                ))
    })
}

/// Nouns of something that happened, never a party: "a move", "the cut".
pub(crate) const EVENTS: &[&str] = &[
    "move",
    "decision",
    "step",
    "cut",
    "rise",
    "increase",
    "fall",
    "drop",
    "decline",
    "reduction",
    "hike",
    "shift",
    "jump",
    "surge",
    "slump",
    "u-turn",
    "reversal",
    "turnaround",
    "setback",
    "outcome",
];

/// "…, and a move almost no one in financial markets had predicted", "a
/// surprise cut few economists expected": an event, with the clause that
/// says who foresaw it, is no speaker. The event's noun comes first, after
/// "a", "an", "the", "this" or "that" and at most one word more.
/// Whether a phrase is a department's name that lists its remits: "The
/// Department for Environment, Food and Rural Affairs", "the Ministry of
/// Culture, Media and Sport". "Department" or "Ministry" in capitals, "for"
/// or "of", then capitalised words joined by single commas and one "and",
/// ending in a capitalised word.
pub(crate) fn department_of_remits(np: &[Token]) -> bool {
    let s = usize::from(np.first().is_some_and(|t| t.lower == "the"));
    let Some(rest) = np.get(s + 2..) else {
        return false;
    };
    let joiner = |t: &Token| matches!(t.low(), "," | "and");
    np[s].is_cap()
        && matches!(np[s].low(), "department" | "ministry")
        && matches!(np[s + 1].low(), "for" | "of")
        && rest.len() >= 4
        && rest
            .iter()
            .all(|t| joiner(t) || t.is_word() && t.is_cap() && !t.quoted)
        && !rest.windows(2).any(|p| joiner(&p[0]) && joiner(&p[1]))
        && rest.iter().filter(|t| t.lower == "and").count() == 1
        && rest.first().is_some_and(|t| !joiner(t))
        && rest.last().is_some_and(|t| !joiner(t))
}

fn names_an_event(np: &[Token]) -> bool {
    let [det, rest @ ..] = np else {
        return false;
    };
    if !matches!(det.low(), "a" | "an" | "the" | "this" | "that") {
        return false;
    }
    // (the noun of a role after it makes the event a kind of person: "a
    // shift manager", "the step leader")
    rest.iter()
        .enumerate()
        .take(2)
        .take_while(|(_, t)| t.is_word() && !t.is_cap())
        .any(|(k, t)| EVENTS.contains(&t.low()) && !rest.get(k + 1).is_some_and(is_role))
}

/// A subject without the time that closes it: "Figures published by the
/// Justice Ministry on Thursday" is the figures, "a survey by the
/// statistics office last year" the survey. The time opens with a
/// preposition or "last", "this", "next" and names a day, a month or a
/// part of the calendar; a participle left bare before it ("a poll
/// published last week") goes with it. A phrase that is only a time is
/// `names_a_day`'s.
fn without_time_after<'t, 'a>(np: &'t [Token<'a>]) -> &'t [Token<'a>] {
    // Cheap first: the last word must name a time.
    let Some(last) = np.last() else {
        return np;
    };
    let day = |t: &Token| {
        super::calendar::weekday_of(t.low()).is_some()
            || (t.is_cap() && super::calendar::is_month_word(t.low()))
    };
    let period = |t: &Token| {
        matches!(
            t.low(),
            "week" | "month" | "year" | "weekend" | "morning" | "afternoon" | "evening" | "night"
        )
    };
    // ("in March 2026", "on 12 May": a year or a day of the month after
    // or before its month)
    let dated = |k: usize| {
        np[k].has_digit()
            && (k.checked_sub(1).is_some_and(|j| day(&np[j])) || np.get(k + 1).is_some_and(day))
    };
    if !(day(last) || period(last) || dated(np.len() - 1)) {
        return np;
    }
    let mut k = np.len() - 1;
    while k > 0 {
        let t = &np[k - 1];
        if day(t) || period(t) || t.has_digit() {
            k -= 1;
        } else {
            break;
        }
    }
    // The word that opens the time.
    let Some(open) = k.checked_sub(1) else {
        return np;
    };
    let calendar = np[k..].iter().any(day) || np[open].low() != "on";
    if !calendar
        || !matches!(
            np[open].low(),
            "on" | "in" | "last" | "this" | "next" | "earlier" | "late" | "early"
        )
        || np[open].is_cap()
    {
        return np;
    }
    let mut end = open;
    if end > 1
        && matches!(
            np[end - 1].low(),
            "published" | "released" | "issued" | "conducted"
        )
    {
        end -= 1;
    }
    if end == 0 || !np[..end].iter().any(Token::is_word) {
        return np;
    }
    trim_np(&np[..end])
}

/// Words that open a clause of consequence after a comma: "…, meaning it
/// cannot show …", "…, suggesting the drug …" — a clause, not a subject.
const CONSEQUENCE: &[&str] = &[
    "meaning",
    "suggesting",
    "indicating",
    "implying",
    "showing",
    "making",
    "leaving",
    "prompting",
    "raising",
];

fn opens_participle_clause(np: &[Token]) -> bool {
    np.first()
        .is_some_and(|t| !t.is_cap() && CONSEQUENCE.contains(&t.low()))
}

/// A noun phrase that is an institution's name: from its first capital to
/// its end, capitalised words and "of", "and", "for", "the", "on" between
/// them, with a word naming an institution among the capitals and no role
/// ("Minister", "Director") before it.
fn institution(text: &str, np: &[Token]) -> Option<String> {
    let first = np.iter().position(Token::is_cap)?;
    let rest = &np[first..];
    let joined = |t: &Token| matches!(t.low(), "of" | "and" | "for" | "the" | "on" | "&");
    if rest.len() < 2
        || !rest.iter().all(|t| t.is_cap() || joined(t))
        || !rest.iter().any(joined)
        || rest.last().is_some_and(|t| !t.is_cap())
    {
        return None;
    }
    if !rest.iter().any(|t| t.is_cap() && is_org(t)) {
        return None;
    }
    // "Secretary of State for Health", "President of the Commission": a title.
    if is_role(&rest[usize::from(rest[0].lower == "the")]) {
        return None;
    }
    // "Professor Owen Pritchard of the University of Sussex": a person's name first.
    let before_of = rest.iter().position(joined).unwrap_or(rest.len());
    if rest[..before_of].iter().filter(|t| !is_org(t)).count() >= 2 && !is_org(&rest[before_of - 1])
    {
        return None;
    }
    Some(join(text, np))
}

/// Whether a word in lower case is people in the plural: one of
/// `COLLECTIVES`, or a role with an "s" ("officers", "managers").
pub(crate) fn people_in_the_plural(w: &str) -> bool {
    COLLECTIVES.contains(&w)
        || (w.len() > 4 && role_in_the_plural(w).is_some_and(|one| one.len() > 3))
}

/// Plural nouns for groups of people, who speak as one unnamed source.
const COLLECTIVES: &[&str] = &[
    "surgeons",
    "consultants",
    "paramedics",
    "midwives",
    "pharmacists",
    "dentists",
    "clinicians",
    "firefighters",
    "campaigners",
    "residents",
    "traders",
    "protesters",
    "parents",
    "teachers",
    "workers",
    "officials",
    "researchers",
    "scientists",
    "experts",
    "doctors",
    "nurses",
    "analysts",
    "critics",
    "activists",
    "members",
    "staff",
    "employees",
    "families",
    "villagers",
    "shopkeepers",
    "farmers",
    "investors",
    "economists",
    "sources",
    "diplomats",
    "witnesses",
    "lawyers",
    "representatives",
    "leaders",
    "volunteers",
    "patients",
    "students",
    "observers",
    "monitors",
    "inspectors",
    "investigators",
    "auditors",
    "islanders",
    "locals",
    "commuters",
    "passengers",
    "tenants",
    "neighbours",
    "shoppers",
    "fishermen",
    "motorists",
    "homeowners",
    "customers",
    "holidaymakers",
    "travellers",
    "users",
    "victims",
    // ("Several people on Lydgate Street told us …": people of a place, not
    // a person named after it)
    "people",
];

/// Whether "he" or "she" can stand for an unnamed source.
fn pronoun_fits(pronoun: &str, source: &str) -> bool {
    let lower = source.to_lowercase();
    // Whole words: "a practice manager" holds no "man".
    let words = || {
        lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
    };
    let female = words().any(|w| {
        w.ends_with("woman")
            || w.ends_with("women")
            || matches!(
                w,
                "mother" | "lady" | "girl" | "widow" | "wife" | "daughter" | "sister"
            )
    });
    let male = words().any(|w| {
        (w.ends_with("sman") && !w.ends_with("woman"))
            || matches!(
                w,
                "man"
                    | "chairman"
                    | "policeman"
                    | "fireman"
                    | "father"
                    | "boy"
                    | "husband"
                    | "son"
                    | "brother"
                    | "widower"
            )
    });
    match pronoun {
        "she" => !male || female,
        _ => !female,
    }
}

/// Nouns that say what a private person is, as a second mention describes
/// someone just named: "the retired teacher", "the mother of three".
pub(crate) const DESCRIBED_AS: &[&str] = &[
    "teacher",
    "pensioner",
    "grandmother",
    "grandfather",
    "mother",
    "father",
    "man",
    "woman",
    "widow",
    "widower",
    "resident",
    "student",
    "driver",
    "owner",
    "veteran",
    "farmer",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "nurse",
    "doctor",
    "shopkeeper",
    "landlord",
    "tenant",
    "worker",
    "mechanic",
    "builder",
    "swimmer",
    "runner",
    "cyclist",
    "patient",
    "victim",
    "survivor",
    "homeowner",
    "parent",
    "mother-of-two",
    "father-of-two",
    "mother-of-three",
    "father-of-three",
    "grandmother-of-two",
    "grandfather-of-two",
    "teenager",
    "graduate",
    "campaigner",
    "volunteer",
    "trader",
    "fisherman",
    "engineer",
    "lawyer",
    "accountant",
    "academic",
    "scientist",
    "researcher",
    "author",
    "artist",
    "musician",
    "singer",
    "actor",
    "actress",
    "chef",
    "baker",
    "plumber",
    "electrician",
    "carer",
    "midwife",
];

/// The person at `i` among those met, as the speaker, now the one last spoken of.
fn known_speaker(people: &mut People, i: usize) -> Speaker {
    people.last = Some(i);
    Speaker::of_known(people, i)
}

/// "The 67-year-old retired teacher", "the mother of two", "the
/// 34-year-old": a definite description of a private person (an age, or a
/// noun from `DESCRIBED_AS`) stands for the person last spoken of. A role
/// ("the judge") is left to `People::resolve`; a person the article gave
/// another role keeps it unless the description gives an age.
fn described(words: &[&str], people: &mut People) -> Option<usize> {
    if words.len() < 2 || words.len() > 6 || words[0] != "the" {
        return None;
    }
    let rest = &words[1..];
    let age = rest
        .iter()
        .any(|w| w.ends_with("-year-old") && w.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    let head = rest
        .iter()
        .position(|w| matches!(*w, "of" | "from" | "with" | "who"))
        .map_or(rest.len(), |k| k);
    let noun = rest[..head]
        .iter()
        .rev()
        .find(|w| !w.ends_with("-year-old"))
        .copied();
    if rest.iter().any(|w| {
        !w.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }) {
        return None;
    }
    let private = noun.is_some_and(|n| DESCRIBED_AS.contains(&n));
    if !(private || age) {
        return None;
    }
    // The person a sentence just before opened with ("Maureen Ellery has
    // swum here for 30 years."), else the person last spoken of.
    if let Some((name, at)) = people.subject_name.clone() {
        if people.sentence <= at + 2 {
            let role = rest
                .iter()
                .filter(|w| !w.ends_with("-year-old"))
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let known = people.named(&name);
            return Some(
                known.unwrap_or_else(|| people.remember(&name, (!role.is_empty()).then_some(role))),
            );
        }
    }
    let i = people.last?;
    let p = &people.known[i];
    let fits = age
        || p.role_lower()
            .is_none_or(|r| noun.is_some_and(|n| r.split_whitespace().any(|w| w == n)));
    fits.then_some(i)
}

/// Bodies called by their kind, standing for the one named before: "the
/// company's chief executive" after "chief executive of Harland".
const KINDS_OF_BODY: &[&str] = &[
    "council",
    "party",
    "government",
    "ministry",
    "department",
    "authority",
    "trust",
    "club",
    "board",
    "business",
    "organisation",
    "organization",
    "association",
    "federation",
    "league",
    "society",
];

/// "The airport's owners" after "Jim Barker, one of the owners of the
/// Bluebell cafe": a role with the possessive of a body in lower case is
/// held at that body, so the person `i` found by the role alone holds it
/// only when their role names that body, or when the body is called by
/// its kind ("the company's chief executive", "the council's leader").
fn held_elsewhere(np: &[Token], people: &People, i: usize) -> bool {
    let [the, owner, ..] = np else {
        return false;
    };
    if the.lower != "the"
        || np.len() > 5
        || owner.is_cap()
        || !(owner.lower.ends_with("'s") || owner.lower.ends_with("\u{2019}s"))
    {
        return false;
    }
    let body = owner
        .lower
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    if ORG_NOUNS.contains(&body) || KINDS_OF_BODY.contains(&body) {
        return false;
    }
    let Some(role) = people.known.get(i).and_then(|p| p.role_lower()) else {
        return false;
    };
    !role
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == body)
}

/// A role that is only a title ("Dr.", "Mayor"): an apposition says more.
pub(crate) fn is_title(role: &str) -> bool {
    !role.contains(' ')
}

/// The first word of a rank of two words, each capitalised, the second a
/// role: "Group Manager", "Station Officer", "Watch Commander", "Crew
/// Manager", "Area Manager" (ranks of fire and rescue services), "Assistant
/// Commissioner". Alone, "Group" and "Watch" name bodies.
fn rank_before(tokens: &[Token]) -> bool {
    match tokens {
        [first, second, ..] => {
            first.is_cap()
                && second.is_cap()
                && matches!(
                    first.low(),
                    "group" | "station" | "watch" | "crew" | "area" | "assistant" | "borough"
                )
                && is_role(second)
        }
        _ => false,
    }
}

/// A source the article does not name ("an official", "the study").
fn unnamed(plain: String, np: &[Token], people: &mut People) -> Speaker {
    let words: Vec<&str> = np.iter().map(|t| t.base()).collect();
    if let Some(i) = people
        .resolve(&words)
        .filter(|&i| !held_elsewhere(np, people, i))
    {
        return Speaker::of_known(people, i);
    }
    Speaker {
        text: plain,
        ..Speaker::default()
    }
}

/// An age put before a name: "78-year-old", "34-year-old".
fn is_age_before_name(t: &Token) -> bool {
    t.low().split_once('-').is_some_and(|(n, rest)| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && rest == "year-old"
    })
}

/// A role phrase followed by a name between commas: the person, with that role.
pub(crate) fn name_after_role(
    text: &str,
    tokens: &[Token],
    role: &[Token],
    people: &mut People,
) -> Option<Speaker> {
    // "Mao Ning, a spokeswoman": a name first is no role.
    if role.iter().filter(|t| t.is_word()).all(is_name_word) && !role.iter().any(is_role) {
        return None;
    }
    // "The developer, Hartwell Homes, said": a body, named after what it is.
    // (not "The leader of the opposition Kellbridge First group, Owen
    // Trask": a person's role held in a body)
    let person_head = role
        .iter()
        .take_while(|t| !matches!(t.low(), "of" | "at" | "for"))
        .any(is_role);
    // (its head before a participle or a preposition: "The union
    // representing lighthouse engineers", "the group for tenants")
    let role_head = role
        .iter()
        .take_while(|t| {
            let w = t.low();
            let stop = matches!(w, "of" | "at" | "for" | "in" | "on" | "which" | "that");
            let participle = w.ends_with("ing") && w.len() > 5;
            !(stop || participle)
        })
        .last();
    let org_role = !person_head
        && [role.last(), role_head]
            .into_iter()
            .flatten()
            .any(|t| !t.is_cap() && ORG_NOUNS.contains(&t.low()));
    // "Fibrelane's administrators, Harcastle Vendramin, said they …": a
    // trade in the plural before one name is what a firm does, the name
    // the firm's (not "one of its directors, Ann Lee").
    let org_role = org_role
        || role.last().is_some_and(plural_role)
            && !role
                .iter()
                .any(|t| matches!(t.low(), "one" | "of" | "among" | "two" | "both"));
    let role_end = role.last()?.end;
    let comma = tokens.iter().position(|t| t.start >= role_end)?;
    if tokens[comma].lower != "," {
        return None;
    }
    // Titles before the name: "Dr. Helen Voss", "deputy chancellor Lukas Pichler-Rainer".
    // (and a rank of two words whose first is no role alone: "Group
    // Manager Dorcas Pettifer", "Station Officer …")
    let mut n = comma + 1;
    while n < tokens.len() && (is_role(&tokens[n]) || rank_before(&tokens[n..])) {
        n += 1;
    }
    let titles = &tokens[comma + 1..n];
    // (and an age, which is no title: "One patient, 78-year-old Morag
    // Tattersfield-Ebele")
    while n < tokens.len() && is_age_before_name(&tokens[n]) {
        n += 1;
    }
    let mut e = n;
    while e < tokens.len() && (is_name_word(&tokens[e]) || is_initial(&tokens[e])) {
        e += 1;
    }
    let names = &tokens[n..e];
    // "The lead author, Dr Miriam Okafor of Swansea University's road
    // safety unit, said": a person's name, then where they work.
    // ("Its lead author, Dr Sorcha Nuttall of the University of Scoresby,
    // said", "…, Dr Anil Brooke from the university, said": the place may
    // open with "the")
    let placed = !org_role
        && tokens
            .get(e)
            .is_some_and(|t| matches!(t.low(), "of" | "at" | "from"))
        && tokens.get(e + 1).is_some_and(|t| {
            t.is_cap()
                || (t.lower == "the" && tokens.get(e + 2).is_some_and(|w| w.is_word() && !w.quoted))
        });
    // "The Dunraven shipyard's owner, Halberd Marine, said": a name
    // closed by a word that makes it a body's is the body, whatever the
    // words before the comma call it.
    let org_role = org_role
        || titles.is_empty()
            && names.last().is_some_and(is_org)
            && !names.iter().any(is_role)
            && tokens
                .get(e)
                .is_some_and(|t| matches!(t.low(), "," | "." | "!"));
    // (a body may go by one word just before its verb: "The union
    // representing lighthouse engineers, Marinetech, said"; a person never
    // does, nor "According to the same report, Fairway, Meridian's largest
    // customer, has told …")
    let says_next = tokens.get(e).is_some_and(|t| t.lower == ",")
        && tokens
            .get(e + 1)
            .is_some_and(|t| super::lexicon::VERBS.contains(&t.low()));
    let fewest = if org_role && says_next { 1 } else { 2 };
    if names.len() < fewest
        || names.len() > 4
        || names.iter().any(|t| is_role(t) || (is_org(t) && !org_role))
        || (tokens
            .get(e)
            .is_some_and(|t| !matches!(t.low(), "," | "." | "!"))
            && !placed)
    {
        return None;
    }
    if org_role && titles.is_empty() {
        let name = join(text, names);
        people.last_org = Some(name.clone());
        return Some(Speaker {
            text: name,
            named: true,
            ..Speaker::default()
        });
    }
    let role_text = if titles.iter().any(|t| !t.is_cap()) {
        join(text, titles)
    } else {
        join(text, trim_np(role))
    };
    let role_text = role_text
        .strip_prefix("The ")
        .or_else(|| role_text.strip_prefix("the "))
        .unwrap_or(&role_text)
        .to_string();
    let idx = people.remember(&join(text, names), Some(role_text));
    people.last = Some(idx);
    Some(Speaker::of_known(people, idx))
}

/// Records kept or written down, whose entries a speaker can read out.
const RECORDS: &[&str] = &[
    "logbook",
    "log",
    "logs",
    "records",
    "register",
    "ledger",
    "diary",
    "minutes",
    "memo",
    "memorandum",
    "accounts",
    "invoice",
    "invoices",
    "timesheets",
    "rota",
    "spreadsheet",
    "notes",
    "email",
    "emails",
    "letter",
    "document",
    "documents",
];

/// Verbs by which a record states what is in it.
const RECORD_SAYS: &[&str] = &[
    "recorded", "records", "showed", "shows", "put", "puts", "listed", "lists", "noted", "notes",
    "stated", "states", "logged", "valued", "said", "says",
];

/// "The home's logbook recorded weekly tests …, Mr Ashgrove-Marr told the
/// jury", "An unpublished treasury memo put the deficit at 6.1 percent,
/// he said": a record that opens the sentence and states what is in it,
/// the person's words of telling after a comma that closes it, is the
/// speaker, and the person who reads it out passes it on. The record is a
/// determiner and at most four more words before its verb; only sentences
/// whose speaker is a person are looked at.
pub(crate) fn records_read_out(
    text: &str,
    reads: &[super::read::Read],
    candidates: &mut [super::Candidate],
) {
    for r in reads {
        let t = &r.tokens;
        if !(r.found.person
            && r.found.via.is_empty()
            && t.first().is_some_and(|f| {
                matches!(
                    f.low(),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their"
                )
            }))
        {
            continue;
        }
        let Some(cue) = r.found.cue_at else {
            continue;
        };
        let Some(v) = (2..t.len().min(6)).find(|&k| RECORD_SAYS.contains(&t[k].low())) else {
            continue;
        };
        if !RECORDS.contains(&t[v - 1].low())
            || t[..v].iter().any(|x| !x.is_word() || x.quoted)
            || !(cue > v + 2 && t[v + 1..cue].iter().any(|x| x.text == ","))
        {
            continue;
        }
        let record = join(text, &t[..v]);
        let at = candidates.partition_point(|c| c.sentence < r.number);
        for c in candidates[at..]
            .iter_mut()
            .take_while(|c| c.sentence == r.number)
        {
            if c.speaker.is_some() && c.speaker == r.found.speaker && c.via.is_empty() {
                c.via = vec![c.speaker.take().unwrap_or_default()];
                c.speaker = Some(record.clone());
                c.role = None;
                if c.kind == super::Kind::Paraphrase {
                    c.kind = super::Kind::Reported;
                }
            }
        }
    }
}

/// Roles that lead a body, whose holder a wire lead names in the next
/// sentence.
const LEADS: &[&str] = &[
    "leader",
    "head",
    "chief",
    "executive",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "founder",
    "boss",
    "secretary",
    "director",
];

/// "…, its leader said on Monday." then "Marit Sandoval-Eke told a rally
/// …": a claim of a body's leader by role alone ("its leader", "the
/// party's leader") is the person the very next sentence opens with by
/// name, two to four capitalised words, followed by a verb of telling or
/// by ", who leads …"; or "Its leader, X, …" opening it; or the name right
/// after a quotation that opens it, followed by a verb of telling or by a
/// leader's role in apposition ("\"We have the signatures,\" Halvard
/// Imrie-Castel, leader of the Social Alliance, told reporters"). The next
/// sentence's own speaker must be that name. Page furniture between the
/// two (a photo's caption) is passed over: `last` is the number of the
/// last sentence before `reads` that is not furniture, and is kept for the
/// next paragraph.
pub(crate) fn leader_named_next(
    text: &str,
    reads: &[super::read::Read],
    candidates: &mut [super::Candidate],
    last: &mut usize,
) {
    let mut before = *last;
    for r in reads {
        let prev = before;
        if !r.furniture {
            before = r.number;
        }
        if !r.found.person {
            continue;
        }
        let Some(name) = r.found.speaker.as_deref() else {
            continue;
        };
        let t = &r.tokens;
        // "\"…,\" Halvard Imrie-Castel, …": the name after an opening
        // quotation (its words quoted, then its closing marks).
        let after_quote = t
            .iter()
            .position(|w| w.is_word() && !w.quoted)
            .filter(|&k| {
                t[..k].iter().any(|w| w.is_word() && w.quoted)
                    && t[..k].iter().all(|w| w.quoted || !w.is_word())
            });
        // "Its leader, Marit Sandoval-Eke, told …": the name after the role.
        // (up to three words of role, the last a leader's: "Its general
        // secretary, …")
        let from = match t.first().map(Token::low) {
            _ if after_quote.is_some() => after_quote.unwrap_or_default(),
            Some("its" | "their" | "his" | "her") => (2..5)
                .find(|&k| t.get(k).is_some_and(|w| w.text == ","))
                .filter(|&k| {
                    LEADS.contains(&t[k - 1].low())
                        && t[1..k].iter().all(|w| w.is_word() && !w.is_cap())
                })
                .map_or(0, |k| k + 1),
            _ => 0,
        };
        let run = t[from.min(t.len())..]
            .iter()
            .take(5)
            .take_while(|w| is_name_word(w) && !is_role(w) && !is_org(w))
            .count();
        if !(2..=4).contains(&run) || text.get(t[from].start..t[from + run - 1].end) != Some(name) {
            continue;
        }
        let next = |k: usize| t.get(from + run + k).map_or("", Token::low);
        let tells = matches!(
            next(0),
            "told" | "tells" | "said" | "says" | "added" | "warned" | "insisted"
        ) || (matches!(next(0), "has" | "had") && matches!(next(1), "told" | "said"));
        let leads = next(0) == ","
            && next(1) == "who"
            && matches!(next(2), "leads" | "heads" | "chairs" | "runs" | "founded");
        let apposed = from > 0 && after_quote.is_none() && next(0) == ",";
        // "…, its leader told Ostwire. Zoran Dostan, whose Farmers' Party
        // joined the coalition in 2025, said …": the person introduced by
        // what is theirs.
        let introduced = after_quote.is_none() && next(0) == "," && next(1) == "whose";
        // "…," X, leader of the Social Alliance, told …
        let role_after = after_quote.is_some()
            && next(0) == ","
            && (LEADS.contains(&next(1))
                || matches!(next(1), "the" | "a") && LEADS.contains(&next(2)));
        if !(tells || leads || apposed || role_after || introduced) {
            continue;
        }
        let Some(c) = candidates
            .partition_point(|c| c.sentence < r.number)
            .checked_sub(1)
            .map(|k| &mut candidates[k])
        else {
            continue;
        };
        if c.sentence != prev || c.role.is_some() || !c.via.is_empty() {
            continue;
        }
        let by_role = c.speaker.as_deref().is_some_and(|sp| {
            let words: Vec<&str> = sp.split(' ').collect();
            let owner = match words.first().copied() {
                Some("its" | "Its" | "their" | "Their") => words.len() <= 3,
                Some("the" | "The") => {
                    words.len() <= 4 && words.get(1).is_some_and(|w| w.ends_with("'s"))
                }
                _ => false,
            };
            owner
                && words.last().is_some_and(|w| LEADS.contains(w))
                && words[1..]
                    .iter()
                    .all(|w| !w.starts_with(char::is_uppercase))
        });
        if by_role {
            c.speaker = Some(name.to_string());
            if c.kind == super::Kind::Reported {
                c.kind = super::Kind::Paraphrase;
            }
        }
    }
    *last = before;
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::Kind;
    use chrono::NaiveDate;

    /// The speaker and kind of the candidate holding `needle`.
    fn speaker_of(text: &str, needle: &str) -> (Option<String>, Kind) {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 3));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {:#?}", x.candidates));
        (c.speaker.clone(), c.kind)
    }

    #[test]
    fn claims_after_a_preposition_or_a_number_are_a_noun_not_a_speaker_cue() {
        // (seen: in a guest's answer)
        let (sp, kind) = speaker_of(
            "Floodshield has paid out more than \u{a3}1.2 billion in claims since it was set up, so this is not a small safety net.",
            "paid out",
        );
        assert_eq!(sp, None);
        assert_eq!(kind, Kind::Outlet);
        // The same shape in other words.
        let (sp, _) = speaker_of(
            "The fund received 300 claims last year and paid 210 of them.",
            "received 300",
        );
        assert_eq!(sp, None);
        // Near misses: the verb after its subject, and after "also".
        let (sp, _) = speaker_of(
            "The union claims that 300 jobs will go at the depot next year.",
            "300 jobs",
        );
        assert_eq!(sp.as_deref(), Some("The union"));
        let (sp, _) = speaker_of(
            "The union also claims that 300 jobs will go at the depot next year.",
            "300 jobs",
        );
        assert_eq!(sp.as_deref(), Some("The union"));
    }

    #[test]
    fn a_department_named_by_its_remits_is_one_body() {
        // Seen, and in other words.
        for (text, words, body) in [
            ("The Department for Environment, Food and Rural Affairs disputed the figure, saying more than 2,000 ponds had been restored so far.", "2,000 ponds", "The Department for Environment, Food and Rural Affairs"),
            ("The Department for Digital, Culture, Media and Sport said 40 museums had closed in 2025.", "40 museums", "The Department for Digital, Culture, Media and Sport"),
        ] {
            let (speaker, kind) = speaker_of(text, words);
            assert_eq!(speaker.as_deref(), Some(body), "{text}");
            assert_eq!(kind, Kind::Reported, "{text}");
        }
        // Near misses: a department, then a clause about it; a list of
        // bodies.
        assert_eq!(
            speaker_of("The Department for Transport, which runs the network, said 40 stations had closed.", "40 stations").0.as_deref(),
            Some("The Department for Transport")
        );
        assert_ne!(
            speaker_of(
                "The Department for Education, Ofsted and the unions said 40 schools had closed.",
                "40 schools"
            )
            .0
            .as_deref(),
            Some("The Department for Education, Ofsted and the unions")
        );
    }

    #[test]
    fn a_paragraph_of_one_quotation_goes_on_in_the_voice_just_quoted() {
        // Seen: a managing director's words, then a paragraph of his.
        let text = "\"That contract kept two of our four presses running day and night,\" said the managing director, Algernon Pilkingford.\n\n\"We are talking to three potential new customers, and I expect to be able to say more by the end of June.\"";
        let (speaker, kind) = speaker_of(text, "three potential");
        assert_eq!(speaker.as_deref(), Some("Algernon Pilkingford"));
        assert_eq!(kind, Kind::DirectQuote);
        // Near misses: a paraphrase before, not a quotation; a question;
        // a sub-heading between.
        let text = "The managing director, Algernon Pilkingford, said 180 jobs were at risk.\n\n\"We are talking to three potential new customers.\"";
        assert_eq!(speaker_of(text, "three potential").0, None);
        let text = "\"That contract kept two of our four presses running,\" said the managing director, Algernon Pilkingford.\n\n\"Who will buy 40 presses now?\"";
        assert_eq!(speaker_of(text, "40 presses").0, None);
        let text = "\"That contract kept two of our four presses running,\" said the managing director, Algernon Pilkingford.\n\nNew customers\n\n\"We are talking to three potential new customers.\"";
        assert_eq!(speaker_of(text, "three potential").0, None);
    }

    #[test]
    fn a_paragraph_saying_whose_words_came_before_names_their_speaker() {
        // Seen: a mother's words, then who she is, then "She said".
        let text = "\"We first asked about a pump in 2024, when he was nine. He turned eleven last month and he's still waiting.\"\n\nThat is how Myfanwy Ferriday, from Threlby, describes her son Tavish's wait for the device.\n\nShe said he checks his blood sugar up to 12 times a day.";
        for words in ["in 2024", "turned eleven", "12 times"] {
            assert_eq!(
                speaker_of(text, words).0.as_deref(),
                Some("Myfanwy Ferriday"),
                "{words}"
            );
        }
        assert_eq!(speaker_of(text, "in 2024").1, Kind::DirectQuote);
        // The same in other words.
        let text = "\u{201C}The ferry has been cancelled 40 times since March.\u{201D}\n\nThat's how Ivo Brand puts it.";
        assert_eq!(speaker_of(text, "40 times").0.as_deref(), Some("Ivo Brand"));
        // Near misses: a paragraph before that is not one quotation, and a
        // body, not a person.
        let text = "Forty homes had flooded twice since March 2025.\n\nThat is how Ivo Brand, a councillor, describes the winter.";
        assert_eq!(speaker_of(text, "since March").0, None);
        let text = "\"The ferry has been cancelled 40 times since March.\"\n\nThat is how Harbour Trust describes it.";
        assert_eq!(speaker_of(text, "40 times").0, None);
    }

    #[test]
    fn a_person_named_opening_a_sentence_is_the_he_after_over_an_unnamed_source_before() {
        // (seen: a gym member after an unnamed analyst)
        let text = "One leisure analyst, who asked not to be named because his firm advises landlords, said the cuts were deep.\n\nTunde Ashbolt, a member in Wenstock, said staff had told him members would be moved to the nearest site.\n\nWhen he transferred, his monthly fee rose from \u{a3}24.99 to \u{a3}30.99.\n\n\"Nobody mentioned that until the money had gone,\" he said.";
        assert_eq!(
            speaker_of(text, "Nobody mentioned").0.as_deref(),
            Some("Tunde Ashbolt")
        );
        // Near miss: a possessive opening the sentence names no one who
        // speaks after it; the unnamed source stays.
        let text = "A senior official, who asked not to be named, said the talks had stalled.\n\nMarta Lind's office said on Monday that she was abroad.\n\n\"Nobody has walked away,\" he said.";
        assert_eq!(
            speaker_of(text, "Nobody has walked").0.as_deref(),
            Some("A senior official")
        );
        let text = text.replace("Lind's", "Lind\u{2019}s");
        assert_eq!(
            speaker_of(&text, "Nobody has walked").0.as_deref(),
            Some("A senior official")
        );
        // (nor a body opening the sentence that holds the unnamed source)
        let text = "The firm cut 40 jobs in May.\n\nKessock Marine declined to comment, but one engineer, who asked not to be named, said the depot would close.\n\n\"Nobody was told,\" he said.";
        assert_eq!(
            speaker_of(text, "Nobody was told").0.as_deref(),
            Some("one engineer")
        );
    }

    #[test]
    fn they_after_a_group_that_spoke_is_that_group() {
        // (seen: a wire story's officials)
        let text = "The cabinet took the decision at its weekly meeting on Wednesday but has not announced it, said the officials, who spoke on condition of anonymity because cabinet business is confidential.\n\nThey said the energy ministry would formally notify the contractor by the end of the week.";
        assert_eq!(
            speaker_of(text, "formally notify"),
            (Some("the officials".to_string()), Kind::Reported)
        );
        // The same shape in other words.
        let text = "The talks collapsed on Friday, three officials with knowledge of the talks told the agency.\n\nThey said a new round was planned for July.";
        assert_eq!(
            speaker_of(text, "new round").0.as_deref(),
            Some("three officials with knowledge of the talks")
        );
        let text = "Two analysts at Brenmark said the bank would cut its rate in June.\n\nThey said inflation had fallen for four months.";
        assert_eq!(
            speaker_of(text, "inflation had fallen").0.as_deref(),
            Some("Two analysts at Brenmark")
        );
        // People described by a relative clause (round 45), and sources.
        let text = "Two people who have seen the review told Vantore it had been completed in January. They said it blamed most of the increase on the cost of piping water 140 kilometres up to the plateau.";
        assert_eq!(
            speaker_of(text, "piping water").0.as_deref(),
            Some("Two people who have seen the review")
        );
        let text = "The deal was signed on Monday, two sources at the ministry said.\n\nThey said it was worth about $40 million.";
        assert_eq!(
            speaker_of(text, "$40 million").0.as_deref(),
            Some("two sources at the ministry")
        );
        // Near misses: one of the group, and a body named for its members.
        let text = "One of the officials said the cabinet had met on Wednesday.\n\nThey said the ministry would notify the contractor by Friday.";
        assert_eq!(speaker_of(text, "notify the contractor").0, None);
        let text = "A union for officials said its members would strike in May.\n\nThey said the ministry would notify the contractor by Friday.";
        assert_eq!(speaker_of(text, "notify the contractor").0, None);
        let text = "Two officials familiar with the plans said the cabinet had met.\n\nThey said the ministry would notify the contractor by Friday.";
        assert_eq!(
            speaker_of(text, "notify the contractor").0.as_deref(),
            Some("Two officials familiar with the plans")
        );
    }

    #[test]
    fn a_role_of_the_body_after_a_closing_cue_then_its_holder_speaks() {
        // (seen: "…, said its incident manager, Kenji Wainhouse." read the
        // words before the cue as the speaker)
        let text = "The environmental regulator says readings found no harmful levels of benzene.\n\nPeople with asthma should keep windows closed until at least Sunday evening, said its incident manager, Kenji Wainhouse.";
        assert_eq!(
            speaker_of(text, "asthma").0.as_deref(),
            Some("Kenji Wainhouse")
        );
        // The same shape in other words.
        let text = "Harrowby Rail runs the line.\n\nThe bridge will reopen to trains on Monday, said their chief engineer, Ada Brent.";
        assert_eq!(
            speaker_of(text, "bridge will reopen"),
            (Some("Ada Brent".to_string()), Kind::Paraphrase)
        );
    }

    #[test]
    fn a_party_named_by_its_democrats_is_a_body_not_a_person() {
        // (seen: "Democrats" was a word that is never part of a name, so
        // "The opposition Social Democrats" read as a person "Social")
        let (who, kind) = speaker_of(
            "The opposition Social Democrats accused the ruling party of drawing the new boundaries with its own canvassing data.",
            "canvassing",
        );
        assert_eq!(who.as_deref(), Some("The opposition Social Democrats"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (who, _) = speaker_of(
            "The opposition Christian Democrats accused the government of hiding the cost of the bridge.",
            "hiding the cost",
        );
        assert_eq!(who.as_deref(), Some("The opposition Christian Democrats"));
        let (who, _) = speaker_of(
            "The opposition Liberal Republicans accused the minister of misleading parliament over the tax.",
            "misleading parliament",
        );
        assert_eq!(who.as_deref(), Some("The opposition Liberal Republicans"));
    }

    #[test]
    fn a_thing_and_a_pronoun_before_said_comment_on_what_was_said_before() {
        for (claimed, comment) in [
            (
                "Quarnby also claimed that more than 60 cremations had been moved to other councils' crematoria since January",
                "something she said residents had never been told",
            ),
            (
                "Mr Okafor said the depot had lost 14 drivers since March",
                "something he said managers had known for months",
            ),
        ] {
            let text = format!("Councillors met on Monday.\n\nMarigold Quarnby, the opposition leader, told the meeting the crematorium had been short of staff for a year. Daniel Okafor, a driver, spoke next.\n\n{claimed}, {comment}.");
            let (sp, kind) = speaker_of(&text, "since");
            assert!(
                sp.as_deref()
                    .is_some_and(|s| s.ends_with("Quarnby") || s.ends_with("Okafor")),
                "{claimed}: {sp:?}"
            );
            assert_eq!(kind, Kind::Paraphrase, "{claimed}");
        }
    }

    #[test]
    fn a_relative_clause_cut_short_by_since_leaves_the_subject_before_it() {
        for clause in [
            "where the climbing frame has been taped off since April",
            "whose play area has been shut since April",
            "where the swings were removed after a boy was hurt",
            // (a possessive's apostrophe inside the clause)
            "whose Parents' Forum joined the campaign after elections in September 2025",
        ] {
            let text = format!("Staff were angry on Monday.\n\nParents at Quillan Park, {clause}, said the equipment would be repaired by August.");
            let (sp, _) = speaker_of(&text, "by August");
            assert_eq!(sp.as_deref(), Some("Parents at Quillan Park"), "{clause}");
        }
    }

    #[test]
    fn an_event_noun_before_a_role_is_a_kind_of_person() {
        for (teller, relayer) in [
            ("a shift manager", "Two workers at the plant"),
            ("the step leader", "Maya Collins"),
        ] {
            let text = format!("Staff were angry on Monday.\n\n{relayer} said {teller} had told them the closure had been discussed by directors in April.");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 6, 3));
            let c = super::super::candidate_with(&x, "closure");
            assert_eq!(c.speaker.as_deref(), Some(teller), "{text}");
            assert_eq!(c.via, vec![relayer.to_string()], "{text}");
        }
        // (an event alone is no one: "a move few had predicted")
        let (sp, _) = speaker_of(
            "The bank cut rates by half a point on Thursday, a move almost no one in financial markets had predicted.",
            "half a point",
        );
        assert_ne!(
            sp.as_deref(),
            Some("a move almost no one in financial markets")
        );
    }

    #[test]
    fn a_verb_of_saying_in_a_relative_clause_is_not_the_sentences() {
        for clause in [
            "who has said he will campaign against abolition",
            "who has publicly claimed the vote was rigged",
            "who told reporters last week she would stand down",
        ] {
            let text = format!("Senators met on Monday.\n\nLeif Hollering, a senator {clause}, said the chamber would be reformed rather than abolished by 2028.");
            let (sp, kind) = speaker_of(&text, "reformed");
            assert_eq!(sp.as_deref(), Some("Leif Hollering"), "{clause}");
            assert_eq!(kind, Kind::Paraphrase, "{clause}");
        }
        // (with no verb of saying after the clause, the one in it tells)
        let (sp, _) = speaker_of(
            "Senators met on Monday.\n\nLeif Hollering, a senator who has said the chamber would be reformed by 2028, voted against the bill.",
            "reformed",
        );
        assert!(sp.is_some_and(|s| s.contains("Hollering") || s.contains("senator")));
    }

    #[test]
    fn since_between_a_teller_and_the_verb_still_tells() {
        // (seen)
        let (sp, _) = speaker_of(
            "An earlier entry on this page reported a claim that one crew member was missing. HM Coastguard has since said all 21 crew have been accounted for.",
            "accounted",
        );
        assert_eq!(sp.as_deref(), Some("HM Coastguard"));
        // The same shape in other words.
        let (sp, _) = speaker_of(
            "The council has since admitted that the survey was never carried out.",
            "survey",
        );
        assert_eq!(sp.as_deref(), Some("The council"));
        // Near miss: "since" as a preposition, its teller at the end.
        let (sp, _) = speaker_of(
            "Prices have risen by 4% since March, the bank said.",
            "Prices",
        );
        assert_eq!(sp.as_deref(), Some("the bank"));
    }

    #[test]
    fn a_verb_in_a_clause_saying_which_ones_is_not_the_sentences() {
        // (seen)
        for (text, teller) in [
            ("Those who wrote by hand answered 64% of the questions correctly on average, against 53% for those who typed, the researchers report in the journal Developmental Learning Review, published on Monday.", "the researchers"),
            ("Of the 1,386 people and organisations who responded to a public consultation in February, 58% were against the scheme, according to the cabinet report.", "the cabinet report"),
        ] {
            let (sp, _) = speaker_of(text, "%");
            assert_eq!(sp.as_deref(), Some(teller), "{text}");
        }
        // (seen: the clause in a share's opening says which ones are
        // counted, whatever its verb tells)
        let (sp, _) = speaker_of(
            "Of the 6,930 participants who said they used a second language every day, 6.8% were diagnosed with dementia during the study, the paper reports.",
            "6.8%",
        );
        assert_eq!(sp.as_deref(), Some("the paper"));
        let (sp, kind) = speaker_of(
            "Of the 212 drivers who told inspectors they had worked past their hours, 40 were dismissed.",
            "dismissed",
        );
        assert_eq!((sp, kind), (None, Kind::Outlet));
        // Near misses: a clause after the share's comma tells its own;
        // no share opens the sentence.
        let (sp, _) = speaker_of(
            "Of the two bids, Mr Ames, who said the first was \u{a3}2m cheaper, chose the second.",
            "cheaper",
        );
        assert!(sp.is_some_and(|s| s.contains("Ames")));
        let (sp, _) = speaker_of(
            "Drivers who told inspectors they had worked past their hours said 40 were dismissed.",
            "dismissed",
        );
        assert!(sp.is_some_and(|s| s.starts_with("Drivers")));
        // The same shape in other words: the verb of saying after the
        // clause is the sentence's.
        let (sp, _) = speaker_of(
            "Parents who wrote to the council said the bus had been late on 14 mornings in May.",
            "14 mornings",
        );
        assert_eq!(sp.as_deref(), Some("Parents who wrote to the council"));
        // (and with none after it, nobody in the clause tells)
        for clause in [
            "who complained to the council",
            "who wrote by hand",
            "who testified at the hearing",
            "who wrote in March",
        ] {
            let (sp, kind) = speaker_of(
                &format!("The 40 tenants {clause} will be repaid by June."),
                "repaid",
            );
            assert_eq!((sp, kind), (None, Kind::Outlet), "{clause}");
        }
        // Near miss: the clause's verb tells a saying of its own.
        let (sp, _) = speaker_of(
            "Senators met on Monday.\n\nA senator who said the chamber would be reformed by 2028 voted against the bill.",
            "reformed",
        );
        assert!(sp.is_some_and(|s| s.contains("senator")));
    }

    #[test]
    fn reports_after_an_adverb_still_follow_their_subject() {
        for (sentence, teller) in [
            ("The paper also reports that seven of nine amphibian tunnels were found blocked with silt in 2024.", "The paper"),
            ("The Echo now reports that the site manager has since left the company.", "The Echo"),
        ] {
            let (sp, _) = speaker_of(sentence, "that");
            assert_eq!(sp.as_deref(), Some(teller), "{sentence}");
        }
    }

    #[test]
    fn what_figures_are_reported_to_show_is_the_outlets_hedged_report() {
        for sentence in [
            "Early counts from this summer reportedly show a partial recovery in some common species.",
            "A separate survey of lichens in the northern uplands has reportedly found a similar pattern.",
        ] {
            let (sp, kind) = speaker_of(sentence, "reportedly");
            assert_eq!(sp, None, "{sentence}");
            assert_eq!(kind, Kind::Outlet, "{sentence}");
        }
        // (what figures show, said plainly, is theirs)
        let (sp, _) = speaker_of(
            "Early counts from this summer show a partial recovery in some common species.",
            "partial recovery",
        );
        assert!(sp.is_some());
    }

    #[test]
    fn found_to_have_or_to_be_in_the_passive_finds_nothing() {
        for sentence in [
            "Companies found to have broken competition law can be fined up to 10% of their worldwide turnover.",
            "Drivers found to be over the limit face a ban of at least 12 months.",
        ] {
            let (sp, kind) = speaker_of(sentence, "found");
            assert_eq!(sp, None, "{sentence}");
            assert_eq!(kind, Kind::Outlet, "{sentence}");
        }
        // (one who found something still tells it)
        let (sp, _) = speaker_of(
            "Inspectors found that drivers had worked 19-hour shifts, a report said.",
            "19-hour",
        );
        assert!(sp.is_some());
    }

    #[test]
    fn a_long_noun_phrase_closing_the_sentence_tells_all_of_it() {
        for closing in [
            "the paper in the Journal of Insect Populations says",
            "the Moth Recording Scheme's annual report says",
        ] {
            let text = format!("Moths are in decline.\n\nOf the 427 species studied, 251 declined, 94 increased and the rest showed no clear trend, {closing}.");
            let (sp, _) = speaker_of(&text, "no clear trend");
            assert!(
                sp.as_deref().is_some_and(|s| closing.starts_with(s)),
                "{closing}: {sp:?}"
            );
        }
    }

    #[test]
    fn a_word_of_saying_after_a_possessive_is_a_noun() {
        for answer in [
            "Arbex Construct rejected the mayor's claim and said the building had passed a safety inspection in 2024.",
            "Arbex Construct, which built the block, rejected the mayor's claim and said the building had passed a safety inspection in 2024.",
            "Arbex Construct disputed the union's estimate and said the building had passed a safety inspection in 2024.",
        ] {
            let text = format!("The mayor accused the developer of ignoring two orders to strengthen its foundations.\n\n{answer}");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 6, 3));
            let c = super::super::candidate_with(&x, "safety inspection");
            assert_eq!(c.speaker.as_deref(), Some("Arbex Construct"), "{answer}");
            assert!(
                x.candidates
                    .iter()
                    .flat_map(|c| c.responses.iter())
                    .any(|r| r.party == "Arbex Construct"),
                "{answer}"
            );
        }
        // (a pronoun's "has" is no possessive: "she's claimed")
        let (sp, _) = speaker_of(
            "Councillors met.\n\nAnn Holt said the roof leaked. She's claimed for years that the hall needs £2m of repairs.",
            "£2m",
        );
        assert_eq!(sp.as_deref(), Some("Ann Holt"));
    }

    /// Each sentence's speaker, that of its "said", is the one given.
    fn says(cases: &[(&str, &str)]) {
        for (sentence, speaker) in cases {
            let (sp, _) = speaker_of(sentence, "said");
            assert_eq!(sp.as_deref(), Some(*speaker), "{sentence}");
        }
    }

    #[test]
    fn a_person_described_by_a_relative_clause_is_named_before_it() {
        says(&[
            // (seen: "Abel Hirst, a taxi driver who was two cars behind a
            // van that was hit, said: \"…\"" gave "was hit")
            ("Abel Hirst, a taxi driver who was two cars behind a van that was hit, said the driver climbed out through the passenger door.", "Abel Hirst"),
            ("Mira Osei, a nurse who lives on the estate where the fire started, said the alarms had not sounded.", "Mira Osei"),
            // The same in other words: a body, and "the".
            ("The Harbour Trust, a charity which owns the quay that was damaged, said repairs would cost \u{a3}2m.", "The Harbour Trust"),
            ("Tom Reed, the man who found the dog that was lost, said it had been tied to a post.", "Tom Reed"),
            // A near miss: a relative clause in the claim, after the verb,
            // is no apposition.
            ("Residents said the bins, a service which the council cut last year, had not been emptied for a month.", "Residents"),
        ]);
    }

    #[test]
    fn a_time_opening_the_sentence_is_no_subject() {
        says(&[
            // (seen: "On Wednesday, TrialCheck, a group that monitors how
            // clinical trials are reported, said …" gave "Wednesday")
            ("On Wednesday, TrialCheck, a group that monitors how clinical trials are reported, said two of the paper's nine authors sit on the board of the charity.", "TrialCheck"),
            ("On Tuesday evening, the Harbour Trust, which owns the quay, said repairs would cost \u{a3}2m.", "the Harbour Trust"),
            ("Last week, Corvane, the mining group, said it would cut 300 jobs.", "Corvane"),
            // A near miss: a place is no time, and keeps its reading.
            ("In Brussels, the commissioner, Anna Lee, said the fund would close in May.", "Anna Lee"),
        ]);
    }

    #[test]
    fn a_phrase_of_what_the_speaker_was_doing_is_no_subject() {
        for opener in [
            "Giving evidence on Wednesday",
            "Speaking on Wednesday",
            "Speaking to reporters outside court",
        ] {
            let text = format!("Wilf Darnley, the head keeper, said the estate had lost 40 deer this year.\n\n{opener}, Mr Darnley, 61, said he had been checking a gate when he saw torchlight near the fence.");
            let x = extract(&text, NaiveDate::from_ymd_opt(2026, 6, 3));
            let c = super::super::candidate_with(&x, "torchlight");
            assert_eq!(c.speaker.as_deref(), Some("Wilf Darnley"), "{opener}");
            assert!(c.via.is_empty(), "{opener}: {:?}", c.via);
        }
        // A participle of the court alone before its comma: "Cross-examining,
        // Muriel Kitching KC, for Haworth, suggested …", "Summing up, …".
        for (sentence, needle, speaker) in [
            ("Cross-examining, Muriel Kitching KC, for Haworth, suggested to Mr Leadbetter that he had been sacked in August 2024.", "sacked", "Muriel Kitching KC"),
            ("Responding, Ilse Marrow-Tate, for the council, told the tribunal that 14 staff had been moved in March.", "14 staff", "Ilse Marrow-Tate"),
        ] {
            let (sp, _) = speaker_of(sentence, needle);
            assert_eq!(sp.as_deref(), Some(speaker), "{sentence}");
        }
        // (a surname in "-ing" is a name: "Manning, the coach, said")
        let (sp, _) = speaker_of(
            "The club met.\n\nManning, the coach, said the squad had lost 11 games since March.",
            "11 games",
        );
        assert_eq!(sp.as_deref(), Some("Manning"));
    }

    #[test]
    fn a_phrase_opened_by_a_preposition_is_no_subject() {
        for sentence in [
            "Under parliamentary rules, a bill that is voted down cannot be reintroduced for six months.",
            "Under the council's rules, a grant that is refused cannot be sought again for two years.",
        ] {
            let (sp, kind) = speaker_of(sentence, "cannot");
            assert_eq!(sp, None, "{sentence}");
            assert_eq!(kind, Kind::Outlet, "{sentence}");
        }
    }

    #[test]
    fn a_rank_of_two_words_in_apposition_is_a_title_before_the_name() {
        for rank in [
            "Group Manager",
            "Watch Commander",
            "Station Officer",
            "Assistant Commissioner",
        ] {
            let text = format!("Firefighters were called to Pell Street at 6am.\n\nIts incident commander, {rank} Dorcas Pettifer, said the hole now measured about 14 metres across.");
            let (sp, kind) = speaker_of(&text, "14 metres");
            assert_eq!(sp.as_deref(), Some("Dorcas Pettifer"), "{rank}");
            assert_eq!(kind, Kind::Paraphrase, "{rank}");
        }
        // (a body of that name stays the body: "Watch Group", "Station
        // Road" are no ranks)
        let (sp, _) = speaker_of(
            "The charity's local branch, Harbour Watch Group, said the hole now measured about 14 metres across.",
            "14 metres",
        );
        assert_eq!(sp.as_deref(), Some("Harbour Watch Group"));
    }

    #[test]
    fn an_age_before_a_name_in_apposition_is_no_part_of_it() {
        let text = "One patient, 78-year-old Morag Tattersfield-Ebele from Eastfold, said her operation had been cancelled three times since March.";
        let x = crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = &x.candidates[0];
        assert_eq!(c.speaker.as_deref(), Some("Morag Tattersfield-Ebele"));
        assert_eq!(c.role.as_deref(), Some("One patient"));
        // (in other words)
        let (sp, _) = speaker_of(
            "A neighbour, 34-year-old Tom Reyes, said the fire started at 2am.",
            "2am",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn a_name_after_a_role_in_the_plural_is_a_firm() {
        // (seen: a market's figure from a firm of analysts)
        let (sp, kind) = speaker_of(
            "Wholesale butter prices have fallen by 18% since January, according to the market analysts Tamsworth Commodities.",
            "18%",
        );
        assert_eq!(sp.as_deref(), Some("Tamsworth Commodities"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words: pollsters, a verb of saying.
        let (sp, kind) = speaker_of(
            "The pollsters Marlow Hart said house prices would rise by 4% in 2027.",
            "4%",
        );
        assert_eq!(sp.as_deref(), Some("Marlow Hart"));
        assert_eq!(kind, Kind::Reported);
        // Near misses: one analyst is a person; officers are people.
        let (sp, kind) = speaker_of(
            "The market analyst Tom Reyes said butter prices had fallen by 18% since January.",
            "18%",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
        assert_eq!(kind, Kind::Paraphrase);
        assert!(!super::plural_role(
            &crate::extract::tokens::tokenize("officers", 0, 8, &[], &mut 0)[0]
        ));
        assert!(!super::plural_role(
            &crate::extract::tokens::tokenize("business", 0, 8, &[], &mut 0)[0]
        ));
    }

    #[test]
    fn a_name_after_a_plural_possessive_is_the_person() {
        let (sp, kind) = speaker_of(
            "The Saints' Tom Reyes said the club had sold 4,000 season tickets.",
            "4,000",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "The Ramblers' Anna Cole said 300 footpaths had been blocked since 2024.",
            "footpaths",
        );
        assert_eq!(sp.as_deref(), Some("Anna Cole"));
        // A body's name after the possessive stays the body.
        let (sp, kind) = speaker_of(
            "The Nurses' Guild said 40 wards had run short of staff in May.",
            "40 wards",
        );
        assert_eq!(sp.as_deref(), Some("The Nurses' Guild"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_name_an_apposition_called_a_body_stays_one() {
        // (seen: a wire story's mine operator)
        let text = "The government plans to fine the mine's local operator, Kimbe Copper, up to $120 million, two officials told Meridian. Kimbe Copper said the October inspection had recorded routine maintenance items and no seepage.";
        let (sp, kind) = speaker_of(text, "October inspection");
        assert_eq!(sp.as_deref(), Some("Kimbe Copper"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let text = "The chain is owned by its parent company, Harlow Brands. Harlow Brands said sales had risen by 4% in the year to March.";
        let (sp, kind) = speaker_of(text, "sales had risen");
        assert_eq!(sp.as_deref(), Some("Harlow Brands"));
        assert_eq!(kind, Kind::Reported);
        // A person after a role stays a person.
        let text = "The union's regional secretary, Kevin Doyle, was at the gates. Kevin Doyle said 300 jobs would go by March.";
        let (_, kind) = speaker_of(text, "300 jobs");
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_hospice_named_is_a_body() {
        // (seen: "trustees of Thornfield Hospice announced …")
        let (sp, kind) = speaker_of(
            "In Ashby Marsh, trustees of Thornfield Hospice announced last week that its 12-bed unit would close on May 1.",
            "12-bed",
        );
        assert_eq!(sp.as_deref(), Some("trustees of Thornfield Hospice"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "St Brigid's Hospice said it had closed 8 of its 24 beds in February.",
            "8 of its 24",
        );
        assert_eq!(sp.as_deref(), Some("St Brigid's Hospice"));
        assert_eq!(kind, Kind::Reported);
        // A person is still a person.
        let (_, kind) = speaker_of(
            "Mairead Collins, chief executive of St Brigid's Hospice, said 30 jobs had gone in February.",
            "30 jobs",
        );
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_quotation_alone_before_so_says_a_name_is_that_persons() {
        // (seen: a science story's quotation, then "So says …" opening the next paragraph)
        let text = "\"We saw the same pattern in men and women, and in every income group we looked at.\"\n\nSo says Samira Lindgren, the Halbrook epidemiologist who led the research. She said the team had adjusted for smoking.";
        let (sp, kind) = speaker_of(text, "same pattern");
        assert_eq!(sp.as_deref(), Some("Samira Lindgren"));
        assert_eq!(kind, Kind::DirectQuote);
        // The same shape in other words.
        let text = "\"Nine in ten of the wells we tested in 2025 were dry.\"\n\nSo said Tom Reyes, a hydrologist.";
        assert_eq!(
            speaker_of(text, "Nine in ten").0.as_deref(),
            Some("Tom Reyes")
        );
        // "So" opening any other sentence gives the quotation no one.
        let text = "\"Nine in ten of the wells we tested in 2025 were dry.\"\n\nSo far Tom Reyes has found 40 more.";
        assert_eq!(speaker_of(text, "Nine in ten").0, None);
        // In the quotation's paragraph, with a role at a body and "who"
        // telling more: the quotation and the clause are the person's.
        let text = "\"Skelhaven is the least efficient of the four sites by a distance, and everyone in the industry knows it.\" So says Harish Deshpande, an analyst at Penmore Securities, who estimates that closing it would save Tollan about \u{a3}9m a year.";
        for needle in ["least efficient", "save Tollan"] {
            assert_eq!(
                speaker_of(text, needle).0.as_deref(),
                Some("Harish Deshpande"),
                "{needle}"
            );
        }
    }

    #[test]
    fn a_lead_describing_a_person_by_trade_is_named_by_the_next_sentence() {
        // (seen: a tribunal report's lead and the sentence naming her)
        let text = "A senior nurse has told an employment tribunal she was sacked weeks after warning managers that a ward was understaffed.\n\nJoanna Petrakis, 47, had worked for the trust for 19 years when she was dismissed in March 2025. She says she was unfairly dismissed for making protected disclosures, a claim the trust denies.";
        let (sp, kind) = speaker_of(text, "unfairly dismissed");
        assert_eq!(sp.as_deref(), Some("Joanna Petrakis"));
        assert_eq!(kind, Kind::Paraphrase);
        assert_eq!(
            speaker_of(text, "sacked weeks after").0.as_deref(),
            Some("Joanna Petrakis")
        );
        // The same shape in other words.
        let text = "A retired farm worker has told an inquiry he lost 40 sheep to flooding in 2024.\n\nOwen Price, 71, has farmed near the river since 1975. He says the council ignored 12 warnings about the embankment.";
        assert_eq!(
            speaker_of(text, "12 warnings").0.as_deref(),
            Some("Owen Price")
        );
        assert_eq!(
            speaker_of(text, "40 sheep").0.as_deref(),
            Some("Owen Price")
        );
        // An unnamed source with no name after it stays unnamed.
        let text = "A senior nurse told the tribunal that 12 shifts had been left with two nurses in 2024.\n\nThe hearing continues on Monday.";
        assert_eq!(
            speaker_of(text, "12 shifts").0.as_deref(),
            Some("A senior nurse")
        );
    }

    #[test]
    fn a_pronoun_after_a_sentence_opened_by_a_full_name_is_that_person() {
        // (seen: a live blog's entry after one quoting a reporter by name)
        let text = "Kingsmead station was almost deserted at 7am, our reporter Ellie Thwaite says.\n\nDana Whitlow has been speaking to strikers on the picket line.\n\nShe said 96% of members had backed strike action, on a turnout of 71%.\n\nFurther strikes have been called for December 4, she told reporters.";
        let (sp, kind) = speaker_of(text, "96% of members");
        assert_eq!(sp.as_deref(), Some("Dana Whitlow"));
        assert_eq!(kind, Kind::Paraphrase);
        assert_eq!(
            speaker_of(text, "Further strikes").0.as_deref(),
            Some("Dana Whitlow")
        );
        // The same shape in other words.
        let text = "Police Commissioner Tom Brandt said on Monday that 40 officers had been hired.\n\nMarco Ruiz runs the bakery on Hill Street.\n\nHe said takings had fallen by a third since the road closed in March.";
        assert_eq!(
            speaker_of(text, "takings had fallen").0.as_deref(),
            Some("Marco Ruiz")
        );
        // A possessive opening the sentence is no subject of it.
        let text = "Skyline Air's chief operating officer, Dev Malhotra, has told reporters that 80% of its flights were operating.\n\nHe said about 41,000 passengers had been affected.";
        assert_eq!(
            speaker_of(text, "41,000 passengers").0.as_deref(),
            Some("Dev Malhotra")
        );
    }

    #[test]
    fn a_plural_possessive_before_a_document_or_a_name_is_one_source() {
        // (seen: a press conference's question citing an auditors' report)
        let (sp, kind) = speaker_of(
            "RUI PAIVA (Jornal do Sul): Minister, the Court of Auditors' draft report says your ministry cut the fire prevention budget by 18% in 2025. Why?",
            "18%",
        );
        assert_eq!(sp.as_deref(), Some("the Court of Auditors' draft report"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "The Board of Governors' annual review found that 40 schools had closed in 2025.",
            "40 schools",
        );
        assert_eq!(sp.as_deref(), Some("The Board of Governors' annual review"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "The Nurses' Guild said 400 nurses had left the service in 2025.",
            "400 nurses",
        );
        assert_eq!(sp.as_deref(), Some("The Nurses' Guild"));
        assert_eq!(kind, Kind::Reported);
        // A role after the possessive still leads to the person named.
        let (sp, _) = speaker_of(
            "The Parents' Association chair Tom Reyes said 40 pupils had left in 2025.",
            "40 pupils",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn a_spokesperson_for_a_named_body_is_no_person_of_its_last_words() {
        // (seen: "A spokesperson for the Journal of Cognitive Ageing said …")
        let text = "A spokesperson for the Journal of Cognitive Ageing said the paper had been reviewed by three independent experts before publication.\n\nThe journal will publish a response from the authors in its December issue, the spokesperson said.";
        let (sp, kind) = speaker_of(text, "reviewed by three");
        assert_eq!(
            sp.as_deref(),
            Some("A spokesperson for the Journal of Cognitive Ageing")
        );
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(text, "December issue");
        assert_eq!(sp.as_deref(), Some("the spokesperson"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "A spokesman for the Bank of England said rates would rise by 2% in 2027.",
            "rates would rise",
        );
        assert_eq!(sp.as_deref(), Some("A spokesman for the Bank of England"));
        assert_eq!(kind, Kind::Reported);
        // A person named after the role is still the person.
        let (sp, kind) = speaker_of(
            "Sara Lind, a spokeswoman for the Bank of England, said rates would rise by 2% in 2027.",
            "rates would rise",
        );
        assert_eq!(sp.as_deref(), Some("Sara Lind"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn it_after_a_spokesperson_for_a_body_is_that_body() {
        // (seen: "A spokeswoman for the trust said … It said it had
        // reviewed 29 of the cases so far", given to an agency named before)
        let text = "The Health Outcomes Agency said 11,870 patients died in 2025.\n\nA spokeswoman for the trust said the claims were \"not borne out\" by its own case reviews. It said it had reviewed 29 of the cases so far.";
        let (sp, kind) = speaker_of(text, "29 of the cases");
        assert_eq!(sp.as_deref(), Some("the trust"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let text = "Harlow Council said it had repaired 40 roads in May.\n\nThe chief executive of Northway Trains said services would resume on Monday. It said 14 trains had been repaired since March.";
        let (sp, _) = speaker_of(text, "14 trains");
        assert_eq!(sp.as_deref(), Some("Northway Trains"));
        // Not a body: residents in lower case leave "it" to the body
        // named before.
        let text = "Harlow Council said it had repaired 40 roads in May.\n\nA spokesman for local residents said only 12 had been mended. It said a further 30 roads would be resurfaced by July.";
        let (sp, _) = speaker_of(text, "further 30");
        assert_eq!(sp.as_deref(), Some("Harlow Council"));
    }

    #[test]
    fn two_single_names_joined_by_and_are_one_body() {
        // (seen: "Carnbrook and Dale said its figures were distorted …",
        // the short form of "Carnbrook and Dale Hospitals Trust")
        let text = "The highest death rate was recorded by Carnbrook and Dale Hospitals Trust.\n\nCarnbrook and Dale said its figures were distorted and that it had corrected a recording error in March.";
        let (sp, kind) = speaker_of(text, "recording error");
        assert_eq!(sp.as_deref(), Some("Carnbrook and Dale"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "Marks and Spencer said sales of clothing had risen by 4% in the year to March.",
            "4%",
        );
        assert_eq!(sp.as_deref(), Some("Marks and Spencer"));
        assert_eq!(kind, Kind::Reported);
        // Not two people named in full before, by their surnames.
        let text = "Tom Hartley, a farmer, and Jane Rusk, a vet, found the sheep on Monday.\n\nHartley and Rusk said 40 sheep had died in the flood.";
        let (_, kind) = speaker_of(text, "40 sheep");
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn people_in_the_plural_on_a_place_are_a_group() {
        // (seen: "Islanders on Carra told this committee last week that …"
        // in a transcript's turn, given to a person "Carra")
        let (sp, kind) = speaker_of(
            "Islanders on Carra told this committee last week that they have had no Sunday sailing since January.",
            "Sunday sailing",
        );
        assert_eq!(sp.as_deref(), Some("Islanders on Carra"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "Tenants on the Moorside estate said 40 flats had been left without heating since March.",
            "40 flats",
        );
        assert_eq!(sp.as_deref(), Some("Tenants on the Moorside estate"));
        assert_eq!(kind, Kind::Reported);
        // Not a person who lives there, named.
        let (sp, kind) = speaker_of(
            "Mairi Ross, who lives on Carra, said there had been no Sunday sailing since January.",
            "Sunday sailing",
        );
        assert_eq!(sp.as_deref(), Some("Mairi Ross"));
        assert_eq!(kind, Kind::Paraphrase);
        // So is a team placed somewhere, not its place. Seen.
        let (sp, kind) = speaker_of(
            "A team at the Veldhuis Institute in Utrecht said in a statement that it had described a near-identical molecule in a preprint in March.",
            "near-identical",
        );
        assert_eq!(
            sp.as_deref(),
            Some("A team at the Veldhuis Institute in Utrecht")
        );
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_name_closed_by_a_trade_is_a_body_after_any_description() {
        // (seen: a shipyard's owner named in apposition, read as a person)
        let (sp, kind) = speaker_of(
            "The Dunraven shipyard's owner, Halberd Marine, said in a statement that the delays were caused by design changes requested after construction began in 2024.",
            "design changes",
        );
        assert_eq!(sp.as_deref(), Some("Halberd Marine"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words, and such a name alone.
        let (sp, kind) = speaker_of(
            "The quarry's operator, Carrick Hill Aggregates, said it had carried out no blasting since 23 October.",
            "no blasting",
        );
        assert_eq!(sp.as_deref(), Some("Carrick Hill Aggregates"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Westmoor Shipping said 40 sailings had been cancelled in March.",
            "40 sailings",
        );
        assert_eq!(sp.as_deref(), Some("Westmoor Shipping"));
        assert_eq!(kind, Kind::Reported);
        // Not a person named after the same description.
        let (sp, kind) = speaker_of(
            "The shipyard's owner, Callum Reid, said the delays had cost £4 million in 2025.",
            "£4 million",
        );
        assert_eq!(sp.as_deref(), Some("Callum Reid"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_description_joined_by_and_is_apposition_not_the_speaker() {
        let (sp, kind) = speaker_of(
            "Holloway Haulage, the road and rail freight firm, said on Tuesday that it would cut 300 jobs at its Felling yard.",
            "300 jobs",
        );
        assert_eq!(sp.as_deref(), Some("Holloway Haulage"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Dr Mira Castell, a soil and water chemist at Brenfield who led the survey, said nitrate levels in the river had doubled since 2019.",
            "nitrate levels",
        );
        assert_eq!(sp.as_deref(), Some("Mira Castell"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "Norra Bank, its lender and largest shareholder, said the loan of £40m had been repaid in full in April.",
            "loan of",
        );
        assert_eq!(sp.as_deref(), Some("Norra Bank"));
    }

    #[test]
    fn an_age_after_a_name_is_nobody() {
        let (sp, kind) = speaker_of(
            "Its secretary, Doreen Maddox, 79, who has lived in the village since 1961, said the bus service had been cut twice in two years.",
            "bus service",
        );
        assert_eq!(sp.as_deref(), Some("Doreen Maddox"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "Edwin Tull, aged 64, who runs the post office, said sales of stamps had fallen by a fifth since 2024.",
            "sales of stamps",
        );
        assert_eq!(sp.as_deref(), Some("Edwin Tull"));
    }

    #[test]
    fn a_clause_ending_in_we_or_i_names_no_speaker() {
        let text = "Transport Minister Kai Lunde opened the depot on Friday.\n\n\"The new line will carry its first passengers in 2027, just as we promised,\" he said.\n\nThe tunnel will be finished by March, exactly as I predicted.";
        let (sp, _) = speaker_of(text, "first passengers");
        assert_eq!(sp.as_deref(), Some("Kai Lunde"));
        let (sp, _) = speaker_of(text, "tunnel will be finished");
        assert_ne!(sp.as_deref(), Some("exactly as I"));
    }

    #[test]
    fn a_group_named_friends_of_a_place_is_one_body() {
        let (sp, kind) = speaker_of(
            "Friends of Marlow Park, which has 900 members, said it had raised £12,000 towards a legal challenge.",
            "£12,000",
        );
        assert_eq!(sp.as_deref(), Some("Friends of Marlow Park"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn the_barrister_is_the_counsel_named_before() {
        let text = "Prosecuting, Ruth Penn told the jury that the alarm had been switched off at 1am.\n\nDefending, Owen Castellan told the court that his client had been in Spain on the night of the burglary.\n\nThe shop had been insured for £80,000 since 2023, the barrister said.\n\nThe safe had been opened with a key, the prosecution barrister said.";
        let (sp, kind) = speaker_of(text, "insured for");
        assert_eq!(sp.as_deref(), Some("Owen Castellan"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(text, "opened with a key");
        assert_eq!(sp.as_deref(), Some("Ruth Penn"));
        // A barrister known by the letters after their name.
        let text = "Opening the case at Leeds Crown Court, Harriet Vane KC said the van had been stolen in Bradford in May.\n\nThe defendant, 44, denies theft.\n\nThe van was found burnt out two days later, the barrister said.";
        let (sp, _) = speaker_of(text, "burnt out");
        assert_eq!(sp.as_deref(), Some("Harriet Vane KC"));
    }

    #[test]
    fn he_after_a_woman_is_the_man_named_since() {
        let text = "Interior Minister Sana Okoro said the patrols had been doubled since January.\n\n\"We will not let this happen again,\" she said.\n\nOkoro met her counterpart, Piet Varga, in Hollen on Monday.\n\nVarga dismissed the report.\n\n\"Our border guards never crossed the river, not once,\" he told reporters.\n\nHe said the guards had stayed 300 metres from the bank throughout.";
        let (sp, _) = speaker_of(text, "never crossed");
        assert_eq!(sp.as_deref(), Some("Piet Varga"));
        let (sp, _) = speaker_of(text, "300 metres");
        assert_eq!(sp.as_deref(), Some("Piet Varga"));
    }

    #[test]
    fn an_unnamed_prosecutor_named_past_a_paragraph_and_a_report_never() {
        let text = "A dentist forged the records of 300 patients to claim £90,000 he had not earned, a prosecutor told a jury on Monday.\n\nMark Ellis, 51, of Hove, denies 12 counts of fraud. The trial is expected to last two weeks.\n\nOpening the case for the prosecution, Amelia Strand told jurors that Ellis had billed for fillings he never gave.";
        let (sp, _) = speaker_of(text, "forged the records");
        assert_eq!(sp.as_deref(), Some("Amelia Strand"));
        // A document is no person a later name could be.
        let text = "According to a report presented to the board, 412 tenants waited more than a year for repairs in 2025.\n\nCllr Nia Pryce, one of the two board members who voted against the plan, said the figure was out of date.";
        let (sp, _) = speaker_of(text, "412 tenants");
        assert_eq!(sp.as_deref(), Some("a report presented to the board"));
    }

    #[test]
    fn a_surname_alone_is_the_person_named_in_full_before() {
        let text = "Orla Venn of the Civic Party has been elected leader of Hallam council by 31 votes to 29.\n\nIn her first speech, Venn said she would reopen the Wexley pool by the end of 2027.\n\nOpening the case, prosecutor Carys Dunne KC said the ledger had been altered 40 times.\n\nDunne said bank records showed £80,000 had left the account in one week.";
        let (sp, kind) = speaker_of(text, "Wexley pool");
        assert_eq!(sp.as_deref(), Some("Orla Venn"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, kind) = speaker_of(text, "bank records");
        assert_eq!(sp.as_deref(), Some("Carys Dunne KC"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_plural_title_in_capitals_is_a_group() {
        let (sp, kind) = speaker_of(
            "Opposition MPs say the ministry spent £3m on consultants in 2025.",
            "consultants",
        );
        assert_eq!(sp.as_deref(), Some("Opposition MPs"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_subject_after_came_as_is_the_speaker() {
        let text = "Shares in Brookfield Dairies fell 8% on Monday.\n\nThe slump came as Brookfield reported a 22% fall in half-year profit to £31m, which it blamed on milk prices.";
        let (sp, kind) = speaker_of(text, "22% fall");
        assert_eq!(sp.as_deref(), Some("Brookfield"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn the_one_told_ends_where_the_told_clause_begins() {
        let x = extract(
            "Harwood, the chain's biggest supplier, has told the retailer it will stop deliveries from March, according to the Trade Courier.",
            NaiveDate::from_ymd_opt(2026, 1, 10),
        );
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("stop deliveries"))
            .unwrap_or_else(|| panic!("{:#?}", x.candidates));
        assert!(!c.via.iter().any(|v| v == "March"), "{:?}", c.via);
    }

    #[test]
    fn a_name_closed_by_a_trade_in_the_plural_is_a_firm() {
        let (sp, kind) = speaker_of(
            "Westerly Ferries said all crossings to Holm had been cancelled until Tuesday.",
            "crossings",
        );
        assert_eq!(sp.as_deref(), Some("Westerly Ferries"));
        assert_eq!(kind, Kind::Reported);
        let (_, kind) = speaker_of(
            "Kellow Freight said it would cut 140 jobs at its Ayr depot by the end of June.",
            "140 jobs",
        );
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_name_closed_by_schools_or_care_in_the_plural_is_a_body() {
        // (seen: "Castlegrove Academies said in a statement that Marcus
        // Feeny had met the minister twice in 2024 …")
        let (sp, kind) = speaker_of(
            "Castlegrove Academies said in a statement that Marcus Feeny had met the minister twice in 2024.",
            "met the minister",
        );
        assert_eq!(sp.as_deref(), Some("Castlegrove Academies"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (_, kind) = speaker_of(
            "Riverside Pharmacies said it would close 12 branches by the end of June.",
            "12 branches",
        );
        assert_eq!(kind, Kind::Reported);
        // A person's name is still a person's.
        let (sp, kind) = speaker_of(
            "Marcus Feeny said the trust had met the minister twice in 2024.",
            "met the minister",
        );
        assert_eq!(sp.as_deref(), Some("Marcus Feeny"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_name_after_a_trade_in_the_plural_in_apposition_is_a_firm() {
        // (seen: "Fibrelane's administrators, Harcastle Vendramin, said
        // they expected to sell the company's network within three
        // months.", read as a person)
        let (sp, kind) = speaker_of(
            "Fibrelane's administrators, Harcastle Vendramin, said they expected to sell the company's network within three months.",
            "sell the company's network",
        );
        assert_eq!(sp.as_deref(), Some("Harcastle Vendramin"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "The club's auditors, Pennock Hale, said the accounts for 2025 had been signed off in March.",
            "signed off",
        );
        assert_eq!(sp.as_deref(), Some("Pennock Hale"));
        assert_eq!(kind, Kind::Reported);
        // Not one of several, named.
        let (sp, kind) = speaker_of(
            "One of the club's auditors, Tessa Marr, said the accounts for 2025 had been signed off in March.",
            "signed off",
        );
        assert_eq!(sp.as_deref(), Some("Tessa Marr"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_confederation_of_unions_is_a_body() {
        // (seen: "The Confederation of Free Unions accused the federation
        // of inflating the figure …", read as a person "Free Unions")
        let (sp, kind) = speaker_of(
            "The Confederation of Free Unions accused the federation of inflating the figure by counting companies that had stopped trading years earlier.",
            "inflating the figure",
        );
        assert_eq!(sp.as_deref(), Some("The Confederation of Free Unions"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "Nordic Transport Unions said 4,000 drivers had joined the strike on Monday.",
            "4,000 drivers",
        );
        assert_eq!(sp.as_deref(), Some("Nordic Transport Unions"));
        assert_eq!(kind, Kind::Reported);
        // Not a person who leads them.
        let (sp, kind) = speaker_of(
            "Marta Lindgren, who leads the Confederation of Free Unions, said 4,000 drivers had joined the strike on Monday.",
            "4,000 drivers",
        );
        assert_eq!(sp.as_deref(), Some("Marta Lindgren"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn people_counted_of_a_place_are_the_speaker_as_written() {
        // (seen: "Several residents of Linstow Terrace told us they had
        // reported a strong smell of gas …", given to a person "Linstow
        // Terrace")
        let (sp, kind) = speaker_of(
            "Several residents of Linstow Terrace told us they had reported a strong smell of gas to the supplier on Monday evening.",
            "strong smell",
        );
        assert_eq!(sp.as_deref(), Some("Several residents of Linstow Terrace"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "Two shopkeepers from Mill Street said takings had halved since the bridge closed in March.",
            "takings",
        );
        assert_eq!(sp.as_deref(), Some("Two shopkeepers from Mill Street"));
        assert_eq!(kind, Kind::Reported);
        // (people, plainly so: "Several people on Lydgate Street told us
        // they had reported water bubbling up …")
        let (sp, kind) = speaker_of(
            "Several people on Harrow Lane told us they had reported a burst pipe in October.",
            "burst pipe",
        );
        assert_eq!(sp.as_deref(), Some("Several people on Harrow Lane"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Most tenants in Carrow House said the lifts had been broken since January.",
            "lifts",
        );
        assert_eq!(sp.as_deref(), Some("Most tenants in Carrow House"));
        assert_eq!(kind, Kind::Reported);
        // Any count in words, and "dozens of" with its "of".
        let (sp, kind) = speaker_of(
            "Six residents of Linstow Terrace said they had reported a strong smell of gas.",
            "strong smell",
        );
        assert_eq!(sp.as_deref(), Some("Six residents of Linstow Terrace"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Dozens of residents of Linstow Terrace said they had reported a strong smell of gas.",
            "strong smell",
        );
        assert_eq!(
            sp.as_deref(),
            Some("Dozens of residents of Linstow Terrace")
        );
        assert_eq!(kind, Kind::Reported);
        // Not a person named after a count of something else.
        let (_, kind) = speaker_of(
            "Several times Agnes Pirelli of Linstow Terrace said she had reported the smell to the supplier.",
            "reported the smell",
        );
        // (the group would be a report; the name stays a paraphrase)
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn people_in_the_plural_placed_somewhere_are_a_group() {
        // (seen: "Community leaders in Ndaro said they would march to the
        // provincial capital, Lunde, on Saturday …")
        let (sp, kind) = speaker_of(
            "Community leaders in Ndaro said they would march to the provincial capital, Lunde, on Saturday.",
            "march to",
        );
        assert_eq!(sp.as_deref(), Some("Community leaders in Ndaro"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "Shop owners in Kellbridge said footfall had fallen by 11% since January.",
            "footfall",
        );
        assert_eq!(sp.as_deref(), Some("Shop owners in Kellbridge"));
        assert_eq!(kind, Kind::Reported);
        // A person who lives somewhere is still the person.
        let (sp, kind) = speaker_of(
            "Priya Rao, who runs a bakery in Kellbridge, said footfall had fallen by 11% since January.",
            "footfall",
        );
        assert_eq!(sp.as_deref(), Some("Priya Rao"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn acknowledge_in_the_present_is_said() {
        let (sp, kind) = speaker_of(
            "The authors acknowledge that only 212 farms took part and that rainfall was not measured at every site.",
            "212 farms",
        );
        assert_eq!(sp.as_deref(), Some("The authors"));
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "The ministry has refused to acknowledge that 40 schools closed in 2025.",
            "40 schools",
        );
        assert_ne!(sp.as_deref(), Some("The ministry has refused"));
    }

    #[test]
    fn agreed_that_is_said_agreed_to_is_done() {
        let text = "Fire officer Dana Whitlow told the inquest the blaze began in a bedroom.\n\nQuestioned by the family's lawyer, she agreed that the smoke alarm had been removed in 2024.";
        let (sp, kind) = speaker_of(text, "smoke alarm");
        assert_eq!(sp.as_deref(), Some("Dana Whitlow"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "The two unions agreed on Monday to suspend the strike planned for next week.",
            "suspend the strike",
        );
        assert_eq!(sp, None);
    }

    /// The candidate holding `needle`, published 3 June 2026.
    fn candidate(text: &str, needle: &str) -> crate::extract::Candidate {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 3));
        x.candidates
            .iter()
            .find(|c| c.quote.contains(needle))
            .cloned()
            .unwrap_or_else(|| panic!("{needle}: {:#?}", x.candidates))
    }

    #[test]
    fn a_day_is_never_the_speaker_of_a_subject_cut_at_and() {
        let (sp, kind) = speaker_of(
            "Satellite images analysed by the Tessary-based monitoring group Ismarwatch and published last Thursday showed the reservoir was already more than half full.",
            "half full",
        );
        assert!(
            sp.as_deref()
                .is_some_and(|s| s.ends_with("group Ismarwatch")),
            "{sp:?}"
        );
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "Figures compiled by the charity Shelter Cymru and released on Monday showed homelessness rose by 12% in 2025.",
            "homelessness",
        );
        assert!(
            sp.as_deref().is_some_and(|s| s.ends_with("Shelter Cymru")),
            "{sp:?}"
        );
        let (sp, _) = speaker_of(
            "Rainfall data gathered by the Met Office and published in March showed that the winter was the wettest since 1910.",
            "wettest",
        );
        assert!(
            sp.as_deref().is_some_and(|s| s.ends_with("Met Office")),
            "{sp:?}"
        );
        // A clause after "and" is no part of the subject.
        let (sp, _) = speaker_of(
            "A scaffolding company director ignored three written warnings that a platform was unsafe in the weeks before it collapsed and killed a young labourer, the prosecution alleged on Tuesday.",
            "written warnings",
        );
        assert_eq!(sp.as_deref(), Some("the prosecution"));
    }

    #[test]
    fn a_clause_of_consequence_is_no_speaker() {
        let (sp, _) = speaker_of(
            "The study was observational, meaning it cannot show that cold water itself caused the difference, as the authors acknowledge in the paper.",
            "observational",
        );
        assert_eq!(sp.as_deref(), Some("the authors"));
        let (sp, _) = speaker_of(
            "The survey covered only 300 households in 2025, suggesting the results may not hold nationally.",
            "300 households",
        );
        assert!(
            !sp.as_deref().is_some_and(|s| s.starts_with("suggesting")),
            "{sp:?}"
        );
        let (sp, _) = speaker_of(
            "Only 41 of the 90 wards returned data in April, meaning the national figure was estimated, as the statistics office says in its notes.",
            "41 of the 90",
        );
        assert_eq!(sp.as_deref(), Some("the statistics office"));
    }

    #[test]
    fn a_party_in_brackets_after_a_name_keeps_the_name() {
        let (sp, kind) = speaker_of(
            "Cllr Declan Ferrier (Lab), cabinet member for transport, said the closures would cut through-traffic in the area by up to 60%.",
            "through-traffic",
        );
        assert_eq!(sp.as_deref(), Some("Declan Ferrier"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "Councillor Joan Obi (Con) told the meeting that the scheme had cost £2m more than planned.",
            "£2m more",
        );
        assert_eq!(sp.as_deref(), Some("Joan Obi"));
        let (sp, kind) = speaker_of(
            "Senator Maria Delgado (D-Nevada), who chairs the committee, said the bill would cost $4bn over ten years.",
            "$4bn",
        );
        assert_eq!(sp.as_deref(), Some("Maria Delgado"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn it_says_after_a_body_named_with_which() {
        let (sp, kind) = speaker_of(
            "Holbrook Chemical Storage, which operates the warehouse, has issued its first statement. It says all the chemicals on site were stored \"in full compliance with our permit\" and that the building passed a fire safety inspection in May.",
            "inspection",
        );
        assert_eq!(sp.as_deref(), Some("Holbrook Chemical Storage"));
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "Marlow Freight Services, which runs the depot, has put out a short update. It says no drivers were injured and that the site will reopen on Tuesday.",
            "no drivers",
        );
        assert_eq!(sp.as_deref(), Some("Marlow Freight Services"));
    }

    #[test]
    fn a_present_say_joined_by_and_has_the_sentences_subject() {
        let (sp, kind) = speaker_of(
            "Police have closed Leddon Road between the Bracklow bypass and Tanyard Road and say it is unlikely to reopen before this evening.",
            "unlikely to reopen",
        );
        assert_eq!(sp.as_deref(), Some("Police"));
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "Firefighters have contained the blaze at the Dunmore mill and say there is no risk to the 40 homes nearby.",
            "no risk",
        );
        assert_eq!(sp.as_deref(), Some("Firefighters"));
    }

    #[test]
    fn the_one_quoted_as_saying_speaks_through_who_quotes() {
        let c = candidate(
            "Korvath's state news agency Korvapress quoted Prime Minister Dmitar Kessov as saying on Monday that the dam would start generating power by the end of March.",
            "generating power",
        );
        assert_eq!(c.speaker.as_deref(), Some("Dmitar Kessov"));
        assert_eq!(c.kind, Kind::Paraphrase);
        assert_eq!(c.via, ["Korvapress"]);
        let c = candidate(
            "The Interfax agency quoted Deputy Energy Minister Oleg Varga as saying that gas exports had fallen by a third in 2025.",
            "gas exports",
        );
        assert_eq!(c.speaker.as_deref(), Some("Oleg Varga"));
        assert_eq!(c.via.len(), 1, "{:?}", c.via);
        let c = candidate(
            "The Daily Clarion quoted a senior police officer as saying that the suspect had been released on bail on Friday.",
            "released on bail",
        );
        assert_eq!(c.speaker.as_deref(), Some("a senior police officer"));
        assert_eq!(c.via, ["The Daily Clarion"]);
        // (in the present tense: seen, and in other words)
        let c = candidate(
            "The paper quotes a former Cairnlift engineer as saying that managers were told of the failure at the time.",
            "managers were told",
        );
        assert_eq!(c.speaker.as_deref(), Some("a former Cairnlift engineer"));
        assert_eq!(c.via, ["The paper"]);
        let c = candidate(
            "The Harbour Ledger quotes two bank officials as saying that the loan was never repaid.",
            "never repaid",
        );
        assert_eq!(c.speaker.as_deref(), Some("two bank officials"));
        assert_eq!(c.via, ["The Harbour Ledger"]);
    }

    #[test]
    fn a_name_that_ends_a_bodys_name_after_of_is_the_bodys() {
        // (seen)
        let c = candidate(
            "A team from the University of Carnbrae found pollen from 164 species on the bodies of 2,380 wasps.",
            "164 species",
        );
        assert_eq!(
            c.speaker.as_deref(),
            Some("A team from the University of Carnbrae")
        );
        assert_eq!(c.kind, Kind::Reported);
        // The same shape in other words.
        let c = candidate(
            "A researcher from the Institute of Marshland found 412 nesting pairs on the estuary in 2025.",
            "412 nesting pairs",
        );
        assert_eq!(
            c.speaker.as_deref(),
            Some("A researcher from the Institute of Marshland")
        );
        // Near miss: a person named after a role "of" a field.
        let c = candidate(
            "The professor of ecology Ruth Pell found 412 nesting pairs on the estuary in 2025.",
            "412 nesting pairs",
        );
        assert_eq!(c.speaker.as_deref(), Some("Ruth Pell"));
    }

    #[test]
    fn a_witness_heard_from_is_the_he_who_tells_the_court() {
        let text = "Miriam Fensome, prosecuting, said the driver had been looking at his phone.\n\nOn Friday the jury heard from Stephen Ruddle, a lorry driver who had been travelling about 100 yards behind the van. He told the court the van had drifted onto the verge twice in the mile before the crash.";
        let (sp, kind) = speaker_of(text, "drifted onto the verge");
        assert_eq!(sp.as_deref(), Some("Stephen Ruddle"));
        assert_eq!(kind, Kind::Paraphrase);
        let text = "Opening the case, Tom Hale KC told the inquest the crew had been delayed.\n\nThe coroner then heard from Joan Marsh, a neighbour who called the ambulance. She said the crew arrived 40 minutes after her first call, at 9.10pm.";
        let (sp, _) = speaker_of(text, "40 minutes");
        assert_eq!(sp.as_deref(), Some("Joan Marsh"));
    }

    #[test]
    fn a_witness_who_accepts_that_speaks() {
        let (sp, kind) = speaker_of(
            "Under cross-examination by the defence barrister, Imran Sethi, Mr Ruddle accepted that the road had been wet and that it was dark by 7.30pm.",
            "road had been wet",
        );
        assert!(
            sp.as_deref().is_some_and(|s| s.ends_with("Ruddle")),
            "{sp:?}"
        );
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, _) = speaker_of(
            "Dr Lena Ohm accepted that the trial had enrolled only 212 patients in 2024.",
            "212 patients",
        );
        assert_eq!(sp.as_deref(), Some("Lena Ohm"));
        // Accepting a thing is an act, not words said.
        let (sp, _) = speaker_of(
            "The union accepted the offer of a 4% rise in March, ending the strike.",
            "4% rise",
        );
        assert_eq!(sp, None);
    }

    #[test]
    fn words_told_to_an_audience_then_relayed_are_the_first_tellers() {
        let c = candidate(
            "Cllr Angela Whitmore also told the meeting that a senior highways officer had told opposition councillors in January that the cameras could bring in up to £900,000 in fines.",
            "£900,000",
        );
        assert_eq!(c.speaker.as_deref(), Some("a senior highways officer"));
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.via, ["Angela Whitmore"]);
        let c = candidate(
            "The union informed members on Friday that a director had told staff the site would close in 2027.",
            "close in 2027",
        );
        assert_eq!(c.speaker.as_deref(), Some("a director"));
        assert_eq!(c.via, ["The union"]);
    }

    #[test]
    fn a_warning_relayed_with_its_object_and_time_is_the_warners() {
        let c = candidate(
            "Ilse Vantaro, the foreign minister, flew to Tessary on Sunday.\n\nOne of the diplomats said Vantaro had warned Korvath's ambassador at a meeting last month that Valdessa was prepared to suspend electricity imports from Korvath.",
            "suspend electricity",
        );
        assert_eq!(c.speaker.as_deref(), Some("Ilse Vantaro"));
        assert_eq!(c.kind, Kind::Paraphrase);
        assert_eq!(c.via, ["One of the diplomats"]);
        let c = candidate(
            "A union official said the chief executive had warned managers at a meeting on Monday that 300 jobs would go by March.",
            "300 jobs",
        );
        assert_eq!(c.speaker.as_deref(), Some("the chief executive"));
        assert_eq!(c.via, ["A union official"]);
    }

    #[test]
    fn what_a_person_had_worked_out_is_theirs_a_documents_finding_the_relayers() {
        let c = candidate(
            "The prosecutor said a police collision investigator had calculated that the van was travelling at 58mph on a stretch of road with a 40mph limit.",
            "58mph",
        );
        assert_eq!(
            c.speaker.as_deref(),
            Some("a police collision investigator")
        );
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.via, ["The prosecutor"]);
        let c = candidate(
            "The tenants' lawyer said an independent surveyor had estimated that repairs would cost £1.2m.",
            "£1.2m",
        );
        assert_eq!(c.speaker.as_deref(), Some("an independent surveyor"));
        let c = candidate(
            "Gunnhild Sørvik, an exercise physiologist at Northgate University, said the swimmers were younger and richer than most adults.\n\nShe pointed out that a review of 104 earlier studies, published in 2022, had found no reliable evidence that cold-water immersion strengthens the immune system.",
            "104 earlier studies",
        );
        assert_eq!(c.speaker.as_deref(), Some("Gunnhild Sørvik"));
        assert_eq!(c.kind, Kind::Paraphrase);
        assert!(c.via.is_empty(), "{:?}", c.via);
    }

    #[test]
    fn a_study_teams_plans_told_by_no_one_are_the_outlets() {
        // "plans" is no verb of saying: the reporter tells of the plan.
        for (text, words) in [
            (
                "The Kelderby team plans to repeat the survey in 2030 and is asking new volunteers to register by the end of September.",
                "repeat the survey",
            ),
            (
                "The researchers plan to publish results from the dimming trial next year.",
                "dimming trial",
            ),
            (
                "The Oslo scientists intend to repeat the survey of 40 lakes in 2027.",
                "40 lakes",
            ),
        ] {
            let (sp, kind) = speaker_of(text, words);
            assert_eq!(sp, None, "{text}");
            assert_eq!(kind, Kind::Outlet, "{text}");
        }
        // One who tells of the plan is its source.
        let (sp, kind) = speaker_of(
            "The Konstanz team plans to repeat the experiment outdoors next summer, Hanna Leutgeb said.",
            "outdoors",
        );
        assert_eq!(sp.as_deref(), Some("Hanna Leutgeb"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_partys_role_before_a_name_is_the_persons() {
        let (sp, kind) = speaker_of(
            "Conservative group leader Cllr Angela Whitmore said the council had \"buried\" its own consultation, in which 71% of the 2,380 people who responded opposed the plan.",
            "2,380 people",
        );
        assert_eq!(sp.as_deref(), Some("Angela Whitmore"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, kind) = speaker_of(
            "Labour group leader Tom Reyes said the council had spent £3m on consultants in 2025.",
            "£3m",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
        assert_eq!(kind, Kind::Paraphrase);
        // A body's name after a word for a body stays the body's.
        let (sp, kind) = speaker_of(
            "The firm Redline Labs said its sales rose by 12% in 2025.",
            "12%",
        );
        assert_eq!(sp.as_deref(), Some("The firm Redline Labs"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn figures_from_a_body_are_the_bodys() {
        let (sp, kind) = speaker_of(
            "The figures, from the regional health department, show the median wait for a first appointment rose to 23 weeks in the three months to March.",
            "23 weeks",
        );
        assert_eq!(sp.as_deref(), Some("the regional health department"));
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "The data, from the Office for National Statistics, shows unemployment rose to 5.1% in the three months to June.",
            "5.1%",
        );
        assert_eq!(sp.as_deref(), Some("the Office for National Statistics"));
    }

    #[test]
    fn recalling_an_envoy_or_a_product_is_an_act() {
        let (sp, kind) = speaker_of(
            "Valdessa recalled its ambassador to Korvath on Monday, escalating a months-long dispute over a dam.",
            "ambassador",
        );
        assert_eq!(sp, None);
        assert_eq!(kind, Kind::Outlet);
        let (sp, _) = speaker_of(
            "Hallam Motors recalled 40,000 cars in March after a fault was found in their brakes.",
            "40,000 cars",
        );
        assert_eq!(sp, None);
        let (sp, _) = speaker_of(
            "Dr Ines Ward recalled that the ward had 12 empty beds on the night of 3 May.",
            "12 empty beds",
        );
        assert_eq!(sp.as_deref(), Some("Ines Ward"));
    }

    #[test]
    fn words_quoted_after_a_colon_in_a_told_clause_are_whose_they_are() {
        let c = candidate(
            "Kieran Astley, 31, denies causing death by dangerous driving.\n\nPC Laura Denholm told the court that when she arrived Astley was sitting on the verge and said to her: \"I only looked down for a second.\"\n\nShe said a breath test carried out at the scene at 7.50pm was negative.",
            "looked down",
        );
        let then = candidate(
            "Kieran Astley, 31, denies causing death by dangerous driving.\n\nPC Laura Denholm told the court that when she arrived Astley was sitting on the verge and said to her: \"I only looked down for a second.\"\n\nShe said a breath test carried out at the scene at 7.50pm was negative.",
            "breath test",
        );
        assert!(
            then.speaker
                .as_deref()
                .is_some_and(|s| s.ends_with("Laura Denholm")),
            "{:?}",
            then.speaker
        );
        assert_eq!(c.speaker.as_deref(), Some("Kieran Astley"));
        assert_eq!(c.kind, Kind::DirectQuote);
        assert!(
            c.via.iter().any(|v| v.ends_with("Laura Denholm")),
            "{:?}",
            c.via
        );
        let c = candidate(
            "Sergeant Ian Pryce said that Daniel Okafor later turned to officers and told them: \"I knew the brakes were bad.\"",
            "brakes were bad",
        );
        assert_eq!(c.speaker.as_deref(), Some("Daniel Okafor"));
        assert!(
            c.via.iter().any(|v| v.ends_with("Ian Pryce")),
            "{:?}",
            c.via
        );
        // The teller's own quotation stays theirs.
        let c = candidate(
            "PC Laura Denholm told the court: \"The van was on the verge when I arrived at 7.40pm.\"",
            "7.40pm",
        );
        assert!(
            c.speaker
                .as_deref()
                .is_some_and(|s| s.ends_with("Laura Denholm")),
            "{:?}",
            c.speaker
        );
        assert!(c.via.is_empty(), "{:?}", c.via);
    }

    #[test]
    fn a_record_cited_after_a_speakers_words_is_their_source() {
        let c = candidate(
            "He said the warehouse held about 120 tonnes of chemicals, mostly pool-cleaning products, according to the inventory the company had provided to the fire service last year.",
            "120 tonnes",
        );
        assert_eq!(
            c.speaker.as_deref(),
            Some("the inventory the company had provided to the fire service")
        );
        assert_eq!(c.kind, Kind::Reported);
        let c = candidate(
            "Ana Petrov said the ship carried 40 containers, according to the manifest filed in Rotterdam.",
            "40 containers",
        );
        assert_eq!(
            c.speaker.as_deref(),
            Some("the manifest filed in Rotterdam")
        );
        assert_eq!(c.via, ["Ana Petrov"]);
        let c = candidate(
            "The inspector said the boiler was last serviced in 2019, according to the landlord's records.",
            "serviced in 2019",
        );
        assert_eq!(c.speaker.as_deref(), Some("the landlord's records"));
        // An outlet closing the sentence passes the speaker's words on.
        let c = candidate(
            "Interior Minister Jan Lask said on Thursday that 40 people had been arrested, according to state media.",
            "40 people",
        );
        assert_eq!(c.speaker.as_deref(), Some("Jan Lask"));
        assert_eq!(c.via, ["state media"]);
    }

    #[test]
    fn a_barrister_or_solicitor_named_after_the_role_is_the_he_that_follows() {
        let text = "Daniel Whitcombe, 52, denies falsifying records.\n\nWhitcombe's barrister, Owen Prys KC, disputes the prosecution's account. He told the jury that his client had changed the records on the instructions of a regional director in 2024.";
        let (sp, _) = speaker_of(text, "regional director");
        assert!(
            sp.as_deref().is_some_and(|s| s.starts_with("Owen Prys")),
            "{sp:?}"
        );
        let text = "Mark Dale, 40, was jailed in May.\n\nThe family's solicitor, Ruth Gale, spoke outside court. She said the family had waited 18 months for the inquest to open.";
        let (sp, _) = speaker_of(text, "18 months");
        assert_eq!(sp.as_deref(), Some("Ruth Gale"));
    }

    #[test]
    fn a_group_named_with_words_no_person_holds_is_a_body() {
        let (sp, kind) = speaker_of(
            "Kelbrook Residents Against Pollution said it had complained to the Environment Agency four times since 2024.",
            "four times",
        );
        assert_eq!(sp.as_deref(), Some("Kelbrook Residents Against Pollution"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Parents For Safer Streets said 40 children had been hurt near the school since 2023.",
            "40 children",
        );
        assert_eq!(sp.as_deref(), Some("Parents For Safer Streets"));
        assert_eq!(kind, Kind::Reported);
        // A person's name and title stay a person's.
        let (sp, kind) = speaker_of(
            "Health Secretary Wes Streeting said waiting lists had fallen for six months in a row.",
            "six months",
        );
        assert_eq!(sp.as_deref(), Some("Wes Streeting"));
        assert_eq!(kind, Kind::Paraphrase);
        let (sp, kind) = speaker_of(
            "Met Police Commissioner Mark Rowley said knife crime had fallen by 12% in a year.",
            "knife crime",
        );
        assert_eq!(sp.as_deref(), Some("Mark Rowley"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn research_named_by_where_it_was_done_is_reported() {
        let (sp, kind) = speaker_of(
            "Earlier research from Edinburgh, published in 2024, found that 20mph limits had cut average speeds by only about 1.5mph.",
            "1.5mph",
        );
        assert_eq!(sp.as_deref(), Some("Earlier research from Edinburgh"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "A study from Leeds found that cold-water swimmers took fewer sick days.",
            "sick days",
        );
        assert!(sp.is_some_and(|s| s.contains("Leeds")));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_time_closing_a_subject_is_no_part_of_it() {
        let (sp, kind) = speaker_of(
            "Figures published by the Justice Ministry on Thursday show that only 6% of rapes reported in Marchland led to a charge last year.",
            "6% of rapes",
        );
        assert_eq!(
            sp.as_deref(),
            Some("Figures published by the Justice Ministry")
        );
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words, and under a transcript's label.
        let (sp, kind) = speaker_of(
            "Data released by the statistics office on Monday morning shows that unemployment rose to 5.1% in May.",
            "unemployment rose",
        );
        assert_eq!(
            sp.as_deref(),
            Some("Data released by the statistics office")
        );
        assert_eq!(kind, Kind::Reported);
        let (sp, _) = speaker_of(
            "A survey by the Office for Youth Statistics last year found that 94% of 14-year-olds owned a smartphone.",
            "94%",
        );
        assert_eq!(
            sp.as_deref(),
            Some("A survey by the Office for Youth Statistics")
        );
        let (sp, _) = speaker_of(
            "All 24 economists surveyed had forecast no change, according to a Reuters poll published last week.",
            "no change",
        );
        assert_eq!(sp.as_deref(), Some("a Reuters poll"));
        let (sp, _) = speaker_of(
            "A report published by the Care Quality Commission in March 2026 found that 41% of wards were short of nurses.",
            "41% of wards",
        );
        assert_eq!(
            sp.as_deref(),
            Some("A report published by the Care Quality Commission")
        );
        // A year that is part of a name stays.
        let (sp, _) = speaker_of(
            "Members of Vision 2030 said 12 schools would close.",
            "12 schools",
        );
        assert!(sp.is_some_and(|s| s.ends_with("2030")));
        // A person named before the time keeps their name.
        let (sp, kind) = speaker_of(
            "Health Secretary Wes Streeting on Monday said waiting lists had fallen for six months in a row.",
            "six months",
        );
        assert_eq!(sp.as_deref(), Some("Wes Streeting"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn an_event_is_never_a_speaker() {
        let (sp, kind) = speaker_of(
            "The National Bank of Ostravia cut its main interest rate by half a percentage point to 3.75% on Thursday, its first reduction in more than two years and a move almost no one in financial markets had predicted.",
            "3.75%",
        );
        assert_eq!(sp, None);
        assert_eq!(kind, Kind::Outlet);
        let (sp, _) = speaker_of(
            "The regulator raised the cap on energy bills by 9% in April, a decision few consumer groups had expected.",
            "cap on energy bills",
        );
        assert_eq!(sp, None);
        let (sp, _) = speaker_of(
            "Shares in Corvel fell 12% on Friday, the steepest drop analysts had seen in a decade.",
            "Corvel fell",
        );
        assert_eq!(sp, None);
        // A party after the event still speaks.
        let (sp, _) = speaker_of(
            "The council cut the library budget by 5%, a move the opposition said would close four branches.",
            "library budget",
        );
        assert_ne!(sp.as_deref(), Some("a move the opposition"));
    }

    #[test]
    fn a_network_operators_name_is_a_body() {
        let (sp, kind) = speaker_of(
            "Northgrid Distribution says power has now been restored to 61,000 of the 148,000 properties that lost supply this morning.",
            "61,000",
        );
        assert_eq!(sp.as_deref(), Some("Northgrid Distribution"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "Eastern Power Networks said 3,000 homes were still without electricity.",
            "3,000 homes",
        );
        assert_eq!(sp.as_deref(), Some("Eastern Power Networks"));
        assert_eq!(kind, Kind::Reported);
    }

    #[test]
    fn a_quantity_of_which_is_no_speaker() {
        // (seen: studies a company paid for, told by a campaign group)
        let text = "Vesper Agri funded four studies of flurapyr between 2016 and 2022, all of which found no harm to bees, according to the campaign group Pollen Watch.";
        let c = candidate(text, "four studies");
        assert_eq!(
            c.speaker.as_deref(),
            Some("the campaign group Pollen Watch")
        );
        assert_eq!(c.kind, Kind::Reported);
        assert!(c.via.is_empty(), "{:?}", c.via);
        // The same shape in other words.
        let c = candidate(
            "The council commissioned three surveys of the bridge in 2024, none of which found any damage to its piers, according to the council's own records.",
            "three surveys",
        );
        assert_eq!(c.speaker.as_deref(), Some("the council's own records"));
        // Near misses: a body or people named before "found" still speak.
        let c = candidate(
            "Three of the inspectors found that 40% of the homes had no working smoke alarm.",
            "40% of the homes",
        );
        assert_eq!(c.speaker.as_deref(), Some("Three of the inspectors"));
        let c = candidate(
            "The survey asked 2,000 nurses, most of whom said they had worked unpaid overtime in the past month.",
            "unpaid overtime",
        );
        assert_ne!(c.speaker.as_deref(), None);
    }

    #[test]
    fn a_record_read_out_by_a_person_is_the_records() {
        // (seen: counsel opening a trial, an opposition leader citing a memo)
        let text = "Opening the prosecution case on Monday, Cedric Ashgrove-Marr KC said the alarm had been faulty for months.\n\nThe home's logbook recorded weekly tests of the alarms between September 2024 and February 2025, Mr Ashgrove-Marr told the jury.";
        let c = candidate(text, "weekly tests");
        assert_eq!(c.speaker.as_deref(), Some("The home's logbook"));
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.via, ["Cedric Ashgrove-Marr KC"]);
        let text = "Opposition leader Casimir Haldane-Roux has accused the ministry of hiding the shortfall.\n\nAn unpublished treasury memo put the deficit at 6.1 percent in November, he said on Monday.";
        let c = candidate(text, "6.1 percent");
        assert_eq!(c.speaker.as_deref(), Some("An unpublished treasury memo"));
        assert_eq!(c.via, ["Casimir Haldane-Roux"]);
        // The same shape in other words.
        let text = "Dr Anna Firth, the trust's medical director, gave evidence on Tuesday.\n\nThe ward's staffing rota listed two nurses for 28 patients on the night of the fall, Dr Firth told the inquest.";
        let c = candidate(text, "two nurses");
        assert_eq!(c.speaker.as_deref(), Some("The ward's staffing rota"));
        assert_eq!(c.via, ["Anna Firth"]);
        // Near misses: a person's own finding, "records" that is no record's
        // verb, and a body's records with no person telling them.
        let text = "Dr Anna Firth, the trust's medical director, gave evidence on Tuesday.\n\nThe ward had two nurses for 28 patients on the night of the fall, Dr Firth told the inquest.";
        let c = candidate(text, "two nurses");
        assert_eq!(c.speaker.as_deref(), Some("Anna Firth"));
        let text = "Dr Anna Firth, the trust's medical director, gave evidence on Tuesday.\n\nThe trust's records team had been cut to two staff, Dr Firth told the inquest.";
        let c = candidate(text, "records team");
        assert_eq!(c.speaker.as_deref(), Some("Anna Firth"));
        let c = candidate(
            "The council's minutes recorded that the contract was signed in March, the Herald has learned.",
            "contract was signed",
        );
        assert!(c.via.is_empty(), "{:?}", c.via);
    }

    #[test]
    fn the_speakers_own_data_tells_what_the_speaker_says() {
        for text in [
            "PRESENTER: Crab catches have halved.\n\nTALIESIN MERRIWEATHER: What I can tell you is that our modelling shows the spoil stays inside the licensed site.",
            "PRESENTER: Crews take longer to arrive.\n\nTALIESIN MERRIWEATHER: Our own figures, which were published in September, show an average of eleven minutes.",
        ] {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x.candidates.last().expect("a claim");
            assert_eq!(c.speaker.as_deref(), Some("Taliesin Merriweather"), "{text}");
            assert!(c.via.is_empty(), "{text}");
        }
        // Another teller of theirs tells it.
        let text = "PRESENTER: When will it open?\n\nYSANNE LANGSTROM: Our contractor now tells us that passenger services will start in the summer of 2028.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = x.candidates.last().expect("a claim");
        assert_eq!(c.speaker.as_deref(), Some("Our contractor"));
    }

    #[test]
    fn a_group_is_named_without_the_participle_phrase_that_says_which() {
        let text = "Passengers booked with the low-cost airline Kestrajet say it is refusing cash refunds for cancelled flights.";
        assert_eq!(
            speaker_of(text, "cash refunds").0.as_deref(),
            Some("Passengers")
        );
        // (a plural of "-men" placed somewhere is a group too)
        let text = "Crab fishermen at Sandling say their catches have halved since you started dumping spoil there.";
        assert_eq!(
            speaker_of(text, "catches have halved").0.as_deref(),
            Some("Crab fishermen at Sandling")
        );
        let text = "Residents evacuated from Calda on Friday say the hotel turned them away.";
        assert_eq!(
            speaker_of(text, "turned them away").0.as_deref(),
            Some("Residents")
        );
        // Its maker stays, as does one who is no group.
        let text = "Figures compiled by the insurer Castlegate show claims rose 12%.";
        assert_eq!(
            speaker_of(text, "claims rose").0.as_deref(),
            Some("Figures compiled by the insurer Castlegate")
        );
        let text = "A listener, Teilo from Quaymarsh, has emailed to say one of the engineers told him the foundations failed.";
        assert_ne!(
            speaker_of(text, "foundations failed").0.as_deref(),
            Some("has")
        );
        // And the body they name answers what they say.
        let text = "Passengers booked with the low-cost airline Kestrajet say it is refusing cash refunds for cancelled flights. Several have sent us screenshots of emails telling them a voucher is \"the only option available\".\n\nKestrajet has not responded to our request for comment.";
        let x = crate::extract::extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = crate::extract::candidate_with(&x, "cash refunds");
        assert_eq!(c.responses.len(), 1, "{x:#?}");
    }

    #[test]
    fn a_body_named_by_its_common_noun_is_the_it_that_follows() {
        for (text, words, who) in [
            ("The Fellbeck Gazette reported last month that the clinic had stopped accepting referrals. The trust confirmed that the clinic had paused new referrals. It said the clinic would reopen on 1 July.", "reopen on 1 July", "The trust"),
            ("The Fellbeck Gazette reported that the clinic had closed. Elbany's interior ministry says 212 people are now confirmed dead. It says rescue teams are still searching 30 buildings.", "rescue teams", "Elbany's interior ministry"),
            ("The Fellbeck Gazette reported that the clinic had closed. The opposition Civic Renewal party accused the government of trying to shield officers. It said one of the nine is a minister's brother-in-law.", "one of the nine", "The opposition Civic Renewal party"),
        ] {
            assert_eq!(speaker_of(text, words).0.as_deref(), Some(who), "{text}");
        }
        // (a body that acts, named by five words, is the "it" too)
        let text = "The island's civil protection agency has widened the exclusion zone from 5km to 8km. It says about 3,100 residents have now left their homes.";
        assert_eq!(
            speaker_of(text, "3,100 residents").0.as_deref(),
            Some("The island's civil protection agency")
        );
        // Not one who speaks for a body, nor bodies in the plural.
        for (text, words, not) in [
            ("The Fellbeck Gazette reported that the clinic had closed. A spokeswoman for the trust said the clinic had paused referrals. It said the clinic would reopen on 1 July.", "reopen on 1 July", "A spokeswoman for the trust"),
            ("The Fellbeck Gazette reported that the clinic had closed. Two health trusts said they had paused referrals. It said the clinic would reopen on 1 July.", "reopen on 1 July", "Two health trusts"),
        ] {
            assert_ne!(speaker_of(text, words).0.as_deref(), Some(not), "{text}");
        }
    }

    #[test]
    fn a_leader_by_role_in_a_lead_is_the_name_that_opens_the_next_sentence() {
        // (seen: a wire lead and the sentence after it)
        let text = "SOLVICA, Tavrenna (ANA) - The smaller party in Tavrenna's coalition government will pull its five ministers out of the cabinet unless the budget is rewritten by the end of February, its leader said on Monday.\n\nMarit Sandoval-Eke told a rally in the northern market town of Vessling that the draft budget cut support payments to farmers by 14 percent.";
        let (sp, kind) = speaker_of(text, "five ministers");
        assert_eq!(sp.as_deref(), Some("Marit Sandoval-Eke"));
        assert_eq!(kind, Kind::Paraphrase);
        // The same shape in other words.
        let text = "The union representing 40,000 rail workers will ballot its members on strike action next month, its general secretary said on Tuesday.\n\nIts general secretary, Dara Fennimore, said pay had fallen 11 percent in real terms since 2021.";
        assert_eq!(
            speaker_of(text, "ballot its members").0.as_deref(),
            Some("Dara Fennimore")
        );
        let text = "The country's largest farming group will stop selling milk to the state dairy from March, the group's chairman said.\n\nPiet Vanterpool, who chairs the Farmers' League, told reporters that prices had fallen 9 percent.";
        assert_eq!(
            speaker_of(text, "stop selling milk").0.as_deref(),
            Some("Piet Vanterpool")
        );
        // (introduced by what is theirs)
        let text = "VRELSKO, March 4 (Ostwire) - Prelovia's junior coalition partner will vote against the amnesty bill on Tuesday, its leader told Ostwire.\n\nZoran Dostan, whose Farmers' Party joined the coalition after elections in September 2025, said his deputies had been given no say in drafting the bill.";
        assert_eq!(
            speaker_of(text, "vote against the amnesty").0.as_deref(),
            Some("Zoran Dostan")
        );
        // Near misses: someone else described next, a spokesman, or a
        // name two sentences on.
        let text = "The party will leave the coalition unless the budget is rewritten by the end of February, its leader said on Monday.\n\nJohan Brekke, a farmer from Vessling, said prices had fallen 9 percent.";
        assert_eq!(
            speaker_of(text, "leave the coalition").0.as_deref(),
            Some("its leader")
        );
        let text = "The party will leave the coalition unless the budget is rewritten by the end of February, its leader said on Monday.\n\nJohan Brekke, who farms near Vessling, said prices had fallen 9 percent.";
        assert_eq!(
            speaker_of(text, "leave the coalition").0.as_deref(),
            Some("its leader")
        );
        let text = "The company will close four plants by 2028, its spokesman said.\n\nAnna Roe told reporters the plants employed 900 people.";
        assert_eq!(
            speaker_of(text, "four plants").0.as_deref(),
            Some("its spokesman")
        );
        let text = "The party will leave the coalition unless the budget is rewritten by the end of February, its leader said on Monday.\n\nThe finance ministry said the cuts were needed.\n\nMarit Sandoval-Eke told a rally that the cut was 14 percent.";
        assert_eq!(
            speaker_of(text, "leave the coalition").0.as_deref(),
            Some("its leader")
        );
    }

    #[test]
    fn a_leader_by_role_is_the_name_after_the_quotation_that_opens_the_next_sentence() {
        // (seen: a wire lead, a photo's caption, then a quotation and its
        // speaker with a leader's role)
        let text = "ODRISSA, Varnholm (NWA) \u{2014} Varnholm's main opposition party will table a motion of no confidence in the government on Wednesday, its leader said, days after the cabinet backed a plan to raise the state pension age.\n\nPhoto: Protesters outside the Assembly building in Odrissa, January 24, 2026. NWA/Lisbet Orrimund\n\n\"We have the signatures, and we will have the votes,\" Halvard Imrie-Castel, leader of the Social Alliance, told reporters outside the Assembly.";
        let (sp, kind) = speaker_of(text, "motion of no confidence");
        assert_eq!(sp.as_deref(), Some("Halvard Imrie-Castel"));
        assert_eq!(kind, Kind::Paraphrase);
        // The same shape in other words: no caption, a plain verb.
        let text = "The drivers' union will strike for three days from Monday, its general secretary said.\n\n\"Our members have had enough,\" Dara Fennimore said.";
        assert_eq!(
            speaker_of(text, "strike for three days").0.as_deref(),
            Some("Dara Fennimore")
        );
        // Near misses: a spokeswoman after the quotation, or a sentence of
        // the article's own between.
        let text = "The party will leave the coalition unless the budget is rewritten, its leader said.\n\n\"We will not back this budget,\" Anna Roe, a spokeswoman for the party, told reporters.";
        assert_eq!(
            speaker_of(text, "leave the coalition").0.as_deref(),
            Some("its leader")
        );
        let text = "The party will leave the coalition unless the budget is rewritten, its leader said.\n\nThe finance ministry said the cuts were needed.\n\n\"We will not back this budget,\" Marit Sandoval-Eke said.";
        assert_eq!(
            speaker_of(text, "leave the coalition").0.as_deref(),
            Some("its leader")
        );
    }

    #[test]
    fn a_role_in_the_plural_placed_somewhere_is_the_speaker_as_written() {
        // (seen: a plural role at the head of a sentence, with a body
        // whose name ends in the same word printed later)
        let text = "Surgeons at the infirmary have told the Herald that some patients have become so immobile while waiting that they now need a wheelchair.\n\nThe College of Orthopaedic Surgeons said 14% of consultant posts were vacant.";
        let (sp, kind) = speaker_of(text, "wheelchair");
        assert_eq!(sp.as_deref(), Some("Surgeons at the infirmary"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words: a role of the lexicon in the plural.
        let text = "Mark Officers, a local historian, said the mill was built in 1820.\n\nOfficers at the scene said two cars had been damaged.";
        assert_eq!(
            speaker_of(text, "two cars").0.as_deref(),
            Some("Officers at the scene")
        );
        let text = "Managers at the plant said 300 jobs would go by March.";
        assert_eq!(
            speaker_of(text, "300 jobs").0.as_deref(),
            Some("Managers at the plant")
        );
        // Near misses: a person's name placed somewhere, and one role.
        let text = "Tom Walker said the road would close.\n\nWalker at the scene said two cars had been damaged.";
        assert_eq!(
            speaker_of(text, "two cars").0.as_deref(),
            Some("Tom Walker")
        );
        let text = "A surgeon at the infirmary said three patients had fallen.";
        assert_eq!(
            speaker_of(text, "three patients").0.as_deref(),
            Some("A surgeon at the infirmary")
        );
        assert!(super::people_in_the_plural("officers"));
        assert!(!super::people_in_the_plural("prices"));
        assert!(!super::people_in_the_plural("news"));
    }

    #[test]
    fn a_name_after_a_trade_of_firms_in_the_plural_is_a_firm() {
        // (seen: a valuation by a firm of surveyors)
        let (sp, kind) = speaker_of(
            "A valuation by the surveyors Pilkwood Pryor put the Birchholt Road site alone at £2.1 million.",
            "£2.1 million",
        );
        assert!(
            sp.as_deref().is_some_and(|s| s.ends_with("Pilkwood Pryor")),
            "{sp:?}"
        );
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (sp, kind) = speaker_of(
            "The accountants Grant Harlow said the club had lost £4m in 2025.",
            "£4m",
        );
        assert_eq!(sp.as_deref(), Some("Grant Harlow"));
        assert_eq!(kind, Kind::Reported);
        // Near miss: one surveyor is a person.
        let (sp, kind) = speaker_of(
            "The surveyor Tom Reyes said the site was worth £2.1 million.",
            "£2.1 million",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn a_guild_and_a_firm_of_robotics_are_bodies() {
        // (seen: a guild of surgeons, and a seller of robot mowers)
        let (sp, kind) = speaker_of(
            "The Guild of Orthopaedic Surgeons said 14% of consultant posts in the region's hospitals were vacant.",
            "14%",
        );
        assert_eq!(sp.as_deref(), Some("The Guild of Orthopaedic Surgeons"));
        assert_eq!(kind, Kind::Reported);
        let (sp, kind) = speaker_of(
            "The biggest seller, Tessaly Robotics, said its machines stopped automatically when their sensors detected an obstacle.",
            "stopped automatically",
        );
        assert_eq!(sp.as_deref(), Some("Tessaly Robotics"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words.
        let (_, kind) = speaker_of(
            "The Pharmacists' Guild said 120 branches had closed in 2025.",
            "120 branches",
        );
        assert_eq!(kind, Kind::Reported);
        let (_, kind) = speaker_of(
            "Marlow Robotics said it would hire 200 staff in 2027.",
            "200 staff",
        );
        assert_eq!(kind, Kind::Reported);
        // Near misses: a person whose name holds the word, or one who
        // works in robotics.
        let (sp, kind) = speaker_of(
            "A robotics engineer, Tom Reyes, said the mowers had been tested in 2025.",
            "mowers",
        );
        assert_eq!(sp.as_deref(), Some("Tom Reyes"));
        assert_eq!(kind, Kind::Paraphrase);
        let (_, kind) = speaker_of(
            "Ana Guildford said 40 plots had been let in 2025.",
            "40 plots",
        );
        assert_eq!(kind, Kind::Paraphrase);
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        // (seen: a bakery chain answering a union)
        let text = "Tuttle & Brack, the high street bakery chain, is to close 31 of its 260 shops, the company said.\n\nTuttle & Brack rejected the union's account, saying the board had decided to close Cradwell only last week.";
        let (sp, kind) = speaker_of(text, "decided to close Cradwell");
        assert_eq!(sp.as_deref(), Some("Tuttle & Brack"));
        assert_eq!(kind, Kind::Reported);
        // The same shape in other words, three words of a name.
        let (sp, kind) = speaker_of(
            "Harcourt Lane & Sons said profits had fallen by 12% in 2025.",
            "12%",
        );
        assert_eq!(sp.as_deref(), Some("Harcourt Lane & Sons"));
        assert_eq!(kind, Kind::Reported);
        // Near miss: an ampersand between words in lower case makes no
        // firm's name of the run (the phrase stays as written, its article
        // with it).
        let (sp, _) = speaker_of(
            "The fish & chip shop said takings fell by 12% in 2025.",
            "12%",
        );
        assert_ne!(sp.as_deref(), Some("fish & chip"));
        assert!(
            sp.as_deref().is_some_and(|s| s.starts_with("The fish")),
            "{sp:?}"
        );
    }

    #[test]
    fn a_role_of_another_body_is_not_the_holder_of_the_same_role_elsewhere() {
        // (the shape: the owners of one place named, then another's)
        let text = "Jim Barker, one of the owners of the Bluebell cafe, said trade had fallen by half since the runway closed.\n\nThe airport's owners said the runway would reopen in June.";
        assert_eq!(
            speaker_of(text, "reopen in June").0.as_deref(),
            Some("The airport's owners")
        );
        // The same shape in other words.
        let text = "Priya Shah, the headteacher of Moorside Primary, said 40 pupils had been sent home.\n\nThe academy's headteacher said its heating had been repaired on Friday.";
        assert_eq!(
            speaker_of(text, "heating had been repaired").0.as_deref(),
            Some("The academy's headteacher")
        );
        // Near misses: the body's own role-holder, or a body called by
        // its kind, is the person named.
        let text = "Ruth Castellane, chairman of Harland, said profits had doubled.\n\nThe company's chairman said the firm would hire 200 staff in 2027.";
        assert_eq!(
            speaker_of(text, "hire 200 staff").0.as_deref(),
            Some("Ruth Castellane")
        );
        let text = "Jim Barker, one of the owners of the Bluebell cafe, said trade had fallen by half.\n\nThe cafe's owners said it would close on Sundays from May.";
        assert_eq!(
            speaker_of(text, "close on Sundays").0.as_deref(),
            Some("Jim Barker")
        );
    }
}
