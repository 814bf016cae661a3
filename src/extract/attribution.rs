//! Who makes a claim and how: speech cues, the speaker and their role, and
//! the intermediaries.

use foldhash::HashSet;
use std::sync::OnceLock;

use super::lexicon::{BEFORE_SPEAKER, BETWEEN, PARTICLES, VERBS, VIA};
use super::names::{apposition, is_initial, is_name_word, is_org, is_role, join};
pub use super::names::{People, Person};
use super::tokens::{word_set, Phrases, Token};

/// The attribution found for one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub via: Vec<String>,
    /// A named person (or a name resolved to one).
    pub person: bool,
    /// A named organisation or body of data ("Tass", "WHO figures").
    pub named: bool,
    /// The cue words ("said", "according to").
    pub cue: Option<String>,
    /// Token index of the cue.
    pub cue_at: Option<usize>,
}

fn before_speaker() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(BEFORE_SPEAKER.iter().map(|p| (*p, ()))))
}

fn via_phrases() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(VIA.iter().map(|p| (*p, ()))))
}

static VERB_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
/// A noun phrase read as a speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Speaker {
    text: String,
    name: Option<String>,
    role: Option<String>,
    person: bool,
    named: bool,
}

/// Read a noun phrase as a speaker: a person with a role, an organisation,
/// a pronoun, or an unnamed source.
fn read_speaker(text: &str, np: &[Token], people: &mut People) -> Option<Speaker> {
    let np = trim_np(np);
    if np.is_empty() || np.len() > 14 {
        return None;
    }
    let words: Vec<&str> = np.iter().map(|t| t.base()).collect();
    if matches!(
        words.as_slice(),
        ["it"]
            | ["they"]
            | ["we"]
            | ["i"]
            | ["you"]
            | ["this"]
            | ["that"]
            | ["which"]
            | ["who"]
            | ["there"]
    ) {
        return None;
    }
    if !np.iter().any(|t| t.is_word()) {
        return None;
    }
    let plain = join(text, np);
    // A known person: "Denisov", "the ambassador", "he".
    if let Some(i) = people.resolve(&words) {
        people.last = Some(i);
        let p = &people.known[i];
        return Some(Speaker {
            text: p.name.clone(),
            name: Some(p.name.clone()),
            role: p.role.clone(),
            person: true,
            named: true,
        });
    }
    if matches!(words.as_slice(), ["he"] | ["she"]) {
        return None;
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
        return Some(unnamed(plain, np, people));
    }
    let name = join(text, name_tokens);
    let role = (role_end > 0)
        .then(|| join(text, trim_np(&np[..role_end])))
        .filter(|r| !r.is_empty());
    let idx = if name_tokens.len() == 1 {
        match people.resolve(&[name_tokens[0].base()]) {
            Some(i) => i,
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

/// A role that is only a title ("Dr.", "Mayor"): an apposition says more.
fn is_title(role: &str) -> bool {
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

fn trim_np<'t, 'a>(np: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let mut s = 0;
    let mut e = np.len();
    while s < e && !np[s].is_word() {
        s += 1;
    }
    while e > s && !np[e - 1].is_word() {
        e -= 1;
    }
    &np[s..e]
}

fn matches_at(tokens: &[Token], i: usize, phrase: &[&str]) -> bool {
    phrase.len() + i <= tokens.len()
        && phrase
            .iter()
            .enumerate()
            .all(|(k, w)| tokens[i + k].lower == *w)
}

/// A role phrase followed by a name between commas: the person, with that role.
fn name_after_role(
    text: &str,
    tokens: &[Token],
    role: &[Token],
    people: &mut People,
) -> Option<Speaker> {
    if role.iter().any(is_name_word) && !role.iter().any(is_role) {
        return None;
    }
    let role_end = role.last()?.end;
    let comma = tokens.iter().position(|t| t.start >= role_end)?;
    if tokens[comma].lower != "," {
        return None;
    }
    let mut e = comma + 1;
    while e < tokens.len() && (is_name_word(&tokens[e]) || is_initial(&tokens[e])) {
        e += 1;
    }
    let names = &tokens[comma + 1..e];
    if names.len() < 2
        || names.len() > 4
        || names.iter().any(|t| is_role(t) || is_org(t))
        || tokens.get(e).is_none_or(|t| t.lower != ",")
    {
        return None;
    }
    let role_text = join(text, trim_np(role));
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

/// Tokens that end a noun phrase read to the right.
fn ends_np(t: &Token) -> bool {
    if t.is_word() && t.is_cap() {
        return false;
    }
    matches!(
        t.low(),
        "," | ";"
            | "."
            | ":"
            | "that"
            | "who"
            | "which"
            | ")"
            | "("
            | "\u{2014}"
            | "\u{2013}"
            | "-"
            | "on"
            | "as"
            | "when"
            | "after"
            | "before"
            | "while"
            | "because"
            | "if"
            | "and"
            | "to"
            | "in"
    ) || t.is_quote_mark()
}

/// Tokens that end a noun phrase read to the left.
fn starts_np(t: &Token) -> bool {
    matches!(
        t.low(),
        ";" | ":"
            | "("
            | ")"
            | "\u{2014}"
            | "\u{2013}"
            | "that"
            | "but"
            | "because"
            | "although"
            | "though"
            | "while"
            | "and"
            | "so"
            | "when"
            | "if"
    ) || t.is_quote_mark()
}

/// The noun phrase to the right of `s`, and where it ends.
fn np_right<'t, 'a>(tokens: &'t [Token<'a>], s: usize) -> (&'t [Token<'a>], usize) {
    let mut e = s;
    while e < tokens.len() && e - s < 14 {
        let t = &tokens[e];
        // "and" inside a name of capitalised words: "Customs and Border Protection"
        let keep_and = t.lower == "and"
            && e > s
            && tokens[e - 1].is_cap()
            && tokens.get(e + 1).is_some_and(|n| n.is_cap());
        let keep_prep = matches!(t.low(), "to" | "in" | "on")
            && tokens
                .get(e + 1)
                .is_some_and(|n| n.is_cap() || matches!(n.low(), "the" | "a"))
            && !tokens.get(e + 1).is_some_and(|n| {
                n.lower == "the" && tokens.get(e + 2).is_some_and(|m| m.lower == "end")
            });
        if ends_np(t) && !keep_and && !(keep_prep && e > s) {
            break;
        }
        e += 1;
    }
    (&tokens[s..e], e)
}

/// Attribution of one sentence. `people` learns who is named.
pub fn attribute(text: &str, tokens: &[Token], lows: &[&str], people: &mut People) -> Found {
    let mut found = Found::default();
    let mut best: Option<(Speaker, usize, usize)> = None; // speaker, cue start, cue len
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
            if let Some(mut sp) = read_speaker(text, np, people) {
                // "according to the city's finance director, Maria Okafor, …"
                if !sp.person && tokens.get(end).is_some_and(|t| t.lower == ",") {
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
                if best.is_none() {
                    best = Some((sp, i, phrase.len()));
                }
            }
            continue;
        }
        if best.is_some() {
            continue;
        }
        if let Some(sp) = verb_cue(text, tokens, i, people) {
            let len = if tokens[i].lower == "made" { 3 } else { 1 };
            best = Some((sp, i, len));
        }
    }
    if let Some((sp, at, len)) = best {
        found.cue = Some(join(text, &tokens[at..(at + len).min(tokens.len())]).to_lowercase());
        found.cue_at = Some(at);
        found.person = sp.person;
        found.named = sp.named;
        found.role = sp.role;
        found.speaker = Some(sp.text);
    }
    found.via = via(text, tokens, lows, found.speaker.as_deref());
    found
}

/// A verb of saying at `i` and its speaker, if it has one.
fn verb_cue(text: &str, tokens: &[Token], i: usize, people: &mut People) -> Option<Speaker> {
    let t = &tokens[i];
    if !word_set(&VERB_SET, VERBS).contains(t.low()) {
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
    let prev = if i > 0 { tokens[i - 1].low() } else { "" };
    // "has not confirmed", "did not say": nothing is attributed.
    if matches!(prev, "not" | "never" | "n't") {
        return None;
    }
    // Passive: "is expected", "has been claimed" (the speaker, if any, follows "by").
    if matches!(
        prev,
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    ) && !matches!(t.low(), "quoted" | "saying")
    {
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
        if (after_quote || closes) && (next.is_cap() || matches!(next.low(), "the" | "a" | "an")) {
            if let Some(mut sp) = read_speaker(text, np, people) {
                if tokens.get(end).is_some_and(|t| t.lower == ",") {
                    if let Some((role, _)) = apposition(text, tokens, end + 1) {
                        if sp.person {
                            if let Some(idx) = sp
                                .name
                                .as_deref()
                                .and_then(|n| people.known.iter().position(|p| p.name == n))
                            {
                                if people.known[idx].role.as_deref().is_none_or(is_title) {
                                    people.known[idx].role = Some(role.clone());
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

/// The speaker named before token `i` (a verb or a phrase such as "declined
/// to comment"), with its role: "Press secretary Jordan Pike declined …".
pub fn speaker_before(
    text: &str,
    tokens: &[Token],
    i: usize,
    people: &mut People,
) -> Option<(String, Option<String>)> {
    subject(text, tokens, i, people).map(|s| (s.text, s.role))
}

/// The subject of the verb at `i`, over auxiliaries and adverbs.
fn subject(text: &str, tokens: &[Token], i: usize, people: &mut People) -> Option<Speaker> {
    let mut e = i;
    while e > 0 && BETWEEN.contains(&tokens[e - 1].low()) {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && !starts_np(&tokens[s - 1]) && e - s < 30 {
        s -= 1;
    }
    let span = &tokens[s..e];
    if span.is_empty() {
        return None;
    }
    // Split at commas: "X, a spokeswoman for Y, said" or "In a statement, the mayor said".
    let segments: Vec<&[Token]> = span.split(|t| t.lower == ",").collect();
    let last = segments.last().copied().unwrap_or(&[]);
    if !trim_np(last).is_empty() {
        let np = trim_np(last);
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
    // The last segment is empty: the subject is the first segment, the rest apposition.
    let mut head = None;
    for seg in &segments[..segments.len() - 1] {
        let seg = trim_np(seg);
        if seg.is_empty() {
            continue;
        }
        if head.is_none() {
            head = Some(seg);
            continue;
        }
        break;
    }
    let head = head?;
    // "The authority's general manager, Priya Natarajan, said": the name follows the role.
    if let Some(named) = name_after_role(text, tokens, head, people) {
        return Some(named);
    }
    let mut sp = read_speaker(text, head, people)?;
    // The apposition gives the role: "Mao Ning, a spokeswoman for …, responded".
    let head_end = head.last().map(|t| t.end)?;
    let comma = tokens
        .iter()
        .position(|t| t.start >= head_end && t.lower == ",")?;
    if let Some((role, _)) =
        apposition(text, tokens, comma + 1).filter(|(r, _)| !r.starts_with("who "))
    {
        if sp.person {
            if let Some(idx) = sp
                .name
                .as_deref()
                .and_then(|n| people.known.iter().position(|p| p.name == n))
            {
                if people.known[idx].role.as_deref().is_none_or(is_title) {
                    people.known[idx].role = Some(role.clone());
                }
                sp.role = people.known[idx].role.clone();
            }
        }
    }
    Some(sp)
}

/// The intermediaries named in the sentence ("as cited by … Tass").
fn via(text: &str, tokens: &[Token], lows: &[&str], speaker: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].quoted {
            continue;
        }
        let Some((phrase, ())) = via_phrases().at(lows, i).next() else {
            continue;
        };
        let (np, _) = np_right(tokens, i + phrase.len());
        let np = trim_np(np);
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
        if s == e {
            continue;
        }
        let name = join(text, &np[s..e]);
        if phrase == ["told"] && np.first().is_some_and(|t| !t.is_cap() && t.lower != "the") {
            continue;
        }
        if speaker.is_some_and(|sp| sp == name) || out.contains(&name) {
            continue;
        }
        out.push(name);
    }
    out
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
}
