//! Reading a noun phrase as a speaker: a person and their role, an
//! organisation, a pronoun for someone named before, or an unnamed source.

use super::lexicon::{ORG_NOUNS, PARTICLES};
use super::names::{is_initial, is_name_word, is_org, is_role, join, People};
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
    if np.is_empty() || np.len() > 14 {
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
    ) {
        return None;
    }
    if !np.iter().any(|t| t.is_word()) {
        return None;
    }
    let plain = join(text, np);
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
    // A known person: "Denisov", "the ambassador", "he".
    if let Some(i) = people.resolve(&words) {
        return Some(known_speaker(people, i));
    }
    if matches!(words.as_slice(), ["he"] | ["she"]) {
        return None;
    }
    // "Maureen Ellery has swum here for 30 years. The 67-year-old retired
    // teacher said …": a definite description that gives an age or says
    // what a private person is stands for the person just named.
    if let Some(i) = described(&words, people) {
        return Some(known_speaker(people, i));
    }
    // "The head of Fernside Primary", "the chief executive of Acme": a
    // role held somewhere, its holder not named.
    let lead = usize::from(matches!(words.first(), Some(&("the" | "a" | "an"))));
    if let Some(of) = np.iter().position(|t| matches!(t.low(), "of" | "at")) {
        let roles = &np[lead..of];
        if !roles.is_empty()
            && roles.iter().all(|t| !t.is_cap() && is_role(t))
            && np
                .get(of + 1)
                .is_some_and(|t| t.is_cap() || t.lower == "the")
        {
            return Some(unnamed(plain, np, people));
        }
    }
    // "Campaigners from Save Wexcombe Fields", "Traders in Lanmore": people
    // of a place or a group, not a person.
    let lead = usize::from(matches!(
        words.first(),
        Some(&("the" | "a" | "some" | "many"))
    ));
    if np.len() > lead + 2
        && COLLECTIVES.contains(&words[lead])
        && matches!(
            words[lead + 1],
            "from" | "in" | "at" | "of" | "for" | "with"
        )
    {
        return Some(unnamed(plain, np, people));
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
    if rs >= 2
        && matches!(np[rs - 1].low(), "in" | "at" | "from")
        && np[rs - 2].is_word()
        && !np[rs - 2].is_cap()
        && matches!(
            np[0].low(),
            "a" | "an" | "two" | "three" | "one" | "several" | "some"
        )
    {
        return Some(unnamed(plain, np, people));
    }
    // "the journal Science", "the firm Redline Labs": a document or a body.
    let org_noun = np[..rs]
        .iter()
        .any(|t| !t.is_cap() && !t.lower.ends_with("'s") && ORG_NOUNS.contains(&t.low()));
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
    let role = (role_end > 0)
        .then(|| join(text, trim_np(&np[..role_end])))
        .filter(|r| !r.is_empty());
    let idx = if name_tokens.len() == 1 {
        match people.resolve(&[name_tokens[0].base()]) {
            Some(i) => i,
            // A single name never met before and without a title is an
            // organisation ("Halvorsen said"): news names a person in full first.
            None if role.is_none() => {
                people.last_org = Some(name.clone());
                return Some(Speaker {
                    text: name,
                    named: true,
                    ..Speaker::default()
                });
            }
            None => people.remember(&name, role.clone()),
        }
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

/// Plural nouns for groups of people, who speak as one unnamed source.
const COLLECTIVES: &[&str] = &[
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
];

/// Whether "he" or "she" can stand for an unnamed source.
fn pronoun_fits(pronoun: &str, source: &str) -> bool {
    let lower = source.to_lowercase();
    let female = [
        "woman", "women", "mother", "lady", "girl", "widow", "wife", "daughter", "sister",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let male = [
        "spokesman",
        " man",
        "father",
        "boy",
        "husband",
        "son",
        "brother",
        "widower",
    ]
    .iter()
    .any(|w| lower.contains(w));
    match pronoun {
        "she" => !male || female,
        _ => !female,
    }
}

/// Nouns that say what a private person is, as a second mention describes
/// someone just named: "the retired teacher", "the mother of three".
const DESCRIBED_AS: &[&str] = &[
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
    let p = &people.known[i];
    Speaker {
        text: p.name.clone(),
        name: Some(p.name.clone()),
        role: p.role.clone(),
        person: true,
        named: true,
    }
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
            let known = people.known.iter().rposition(|p| p.name == name);
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

/// A role that is only a title ("Dr.", "Mayor"): an apposition says more.
pub(crate) fn is_title(role: &str) -> bool {
    !role.contains(' ')
}

/// A source the article does not name ("an official", "the study").
fn unnamed(plain: String, np: &[Token], people: &mut People) -> Speaker {
    let words: Vec<&str> = np.iter().map(|t| t.base()).collect();
    if let Some(i) = people.resolve(&words) {
        let p = &people.known[i];
        return Speaker {
            text: p.name.clone(),
            name: Some(p.name.clone()),
            role: p.role.clone(),
            person: true,
            named: true,
        };
    }
    Speaker {
        text: plain,
        ..Speaker::default()
    }
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
    let org_role = !person_head
        && role
            .last()
            .is_some_and(|t| !t.is_cap() && ORG_NOUNS.contains(&t.low()));
    let role_end = role.last()?.end;
    let comma = tokens.iter().position(|t| t.start >= role_end)?;
    if tokens[comma].lower != "," {
        return None;
    }
    // Titles before the name: "Dr. Helen Voss", "deputy chancellor Lukas Pichler-Rainer".
    let mut n = comma + 1;
    while n < tokens.len() && is_role(&tokens[n]) {
        n += 1;
    }
    let titles = &tokens[comma + 1..n];
    let mut e = n;
    while e < tokens.len() && (is_name_word(&tokens[e]) || is_initial(&tokens[e])) {
        e += 1;
    }
    let names = &tokens[n..e];
    if names.len() < 2
        || names.len() > 4
        || names.iter().any(|t| is_role(t) || (is_org(t) && !org_role))
        || tokens
            .get(e)
            .is_some_and(|t| !matches!(t.low(), "," | "." | "!"))
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
    let p = &people.known[idx];
    Some(Speaker {
        text: p.name.clone(),
        name: Some(p.name.clone()),
        role: p.role.clone(),
        person: true,
        named: true,
    })
}
