//! Which claim an answer answers: the nearest earlier one, preferring
//! hedged and reported claims and those that share its words.

use std::cell::{Cell, OnceCell};

use memchr::memmem::Finder;

use std::sync::OnceLock;

use super::bodies::is_body;
use super::eval::{same_speaker, SameSpeaker};
use super::lexicon::{OFFENCES, ORGS};
use super::sentences::Sentence;
use super::tokens::{after_label, is_negation, word_set, Phrases, Token, WordMap, WordSet};
use super::Candidate;
use crate::model::{Kind, ResponseKind};

const STOP: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "would",
    "said",
    "their",
    "there",
    "about",
    "which",
    "when",
    "what",
    "they",
    "them",
    "after",
    "before",
    "whether",
    "comment",
    "request",
    "asked",
    "question",
    "respond",
    "declined",
    "denied",
    "could",
    "until",
    // (words that join, not name: "whether it was looking into the
    // trading", "under investigation")
    "into",
    "under",
    "over",
    "more",
    "than",
];

static STOP_SET: OnceLock<WordSet> = OnceLock::new();

/// Whether a word is one of `STOP` (every one of which has four to nine letters).
fn is_stop(w: &str) -> bool {
    (4..=9).contains(&w.len()) && word_set(&STOP_SET, STOP).contains(w)
}

/// Content words of a sentence, for matching an answer to its claim:
/// words of four letters or more, and numbers ("£900").
pub(crate) fn content(tokens: &[Token]) -> Vec<String> {
    content_of(
        &tokens
            .iter()
            .filter(|t| t.is_word() || t.has_digit())
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Content words of a text, for matching an answer to its claim.
pub(crate) fn content_of(text: &str) -> Vec<String> {
    // (gathered in a vector kept from call to call and copied out at its
    // length: no vector grown word by word for each text; a text in
    // ASCII, as most are, lowered whole into a string kept so too)
    thread_local! {
        static SCRATCH: std::cell::RefCell<(String, Vec<String>)> =
            const { std::cell::RefCell::new((String::new(), Vec::new())) };
    }
    SCRATCH.with_borrow_mut(|(lower, kept)| {
        kept.clear();
        if text.is_ascii() {
            lower.clear();
            lower.push_str(text);
            lower.make_ascii_lowercase();
            kept.extend(
                ascii_words(text)
                    .filter_map(|(start, end)| lower.get(start..end))
                    .filter_map(ascii_content_word),
            );
        } else {
            kept.extend(
                split_words(text)
                    .filter(|w| !w.is_empty())
                    .filter_map(content_word),
            );
        }
        // (copied out at its length: taking the vector itself would leave
        // the next text to grow a new one word by word)
        #[allow(clippy::drain_collect)]
        let words = kept.drain(..).collect();
        // (not a long text's length kept for the rest of the thread)
        kept.shrink_to(256);
        lower.shrink_to(4096);
        words
    })
}

/// [`content_word`] for a word in ASCII, already lowered.
fn ascii_content_word(low: &str) -> Option<String> {
    let w = low.strip_suffix("'s").unwrap_or(low);
    // ("cut", "met" and "pay", the short words `same_sense` changes)
    if w.len() < 4 && !w.bytes().any(|b| b.is_ascii_digit()) && !matches!(w, "cut" | "met" | "pay")
    {
        return None;
    }
    match listed_word(w) {
        Some(one) => one.map(str::to_string),
        None => Some(w.to_string()),
    }
}

/// What `content_of` makes of a lower-case word of `SENSES`, of the
/// irregular verbs' forms or of `STOP`: the one word of its sense, or none
/// where that, or the word itself, is a stop word; `None` for a word of none
/// of them, kept as it is. Asked of every word of every claim an answer
/// weighs, so one look-up, not one for the sense and one for the stop word.
fn listed_word(w: &str) -> Option<Option<&'static str>> {
    static LISTED: OnceLock<WordMap<Option<&'static str>>> = OnceLock::new();
    LISTED
        .get_or_init(|| {
            // (a word of both a sense and `STOP`, put in after, is weighed
            // by its sense, as `one_sense` is asked first)
            WordMap::new(
                STOP.iter().map(|&w| (w, None)).chain(
                    super::lexicon::irregular_forms()
                        .chain(
                            SENSES
                                .iter()
                                .flat_map(|&(one, words)| words.iter().map(move |&w| (w, one))),
                        )
                        .map(|(w, one)| (w, (!is_stop(one)).then_some(one))),
                ),
            )
        })
        .get(w)
}

/// Every word of `STOP`, `SENSES` and the irregular verbs' forms, and some
/// words of none, come out of `listed_word` as out of a look-up of its
/// sense and then of a stop word.
#[cfg(test)]
#[test]
fn listed_word_is_one_sense_then_stop() {
    let words = STOP
        .iter()
        .copied()
        .chain(
            SENSES
                .iter()
                .flat_map(|&(one, words)| words.iter().copied().chain([one])),
        )
        .chain(super::lexicon::irregular_forms().flat_map(|(w, base)| [w, base]))
        .chain([
            "asked", "request", "talks", "council", "hid", "rose", "week", "weeks",
        ]);
    for w in words {
        let one = one_sense(w).unwrap_or(w);
        let want = (!is_stop(one)).then_some(one);
        let got = match listed_word(w) {
            Some(one) => one,
            None => Some(w),
        };
        assert_eq!(got, want, "{w}");
    }
}

/// One word of a text as `content_of` keeps it: lowered, without its "'s",
/// in its one sense; none for a short word or a stop word.
fn content_word(w: &str) -> Option<String> {
    if w.is_ascii() {
        return ascii_content_word(&w.to_ascii_lowercase());
    }
    // (every word `same_sense` changes has four letters or more but "cut",
    // "met" and "pay", as has every word it gives)
    let mut w = w.to_lowercase().replace('\u{2019}', "'");
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    if w.chars().count() < 4 && !w.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let w = same_sense(w);
    (!is_stop(&w)).then_some(w)
}

/// [`split_words`] for a text in ASCII, a byte at a time: where each run of
/// letters, digits and apostrophes starts and ends, a point or a comma
/// between two digits kept inside it.
fn ascii_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    /// The bytes a word is made of wherever they stand: letters, digits
    /// and the apostrophe (every byte of every claim is weighed, so by one
    /// look-up, not a test of each range).
    const IN_WORD: [bool; 256] = {
        let mut table = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            table[c] = b.is_ascii_alphanumeric() || b == b'\'';
            c += 1;
        }
        table
    };
    let b = text.as_bytes();
    let inside = move |i: usize| {
        IN_WORD[usize::from(b[i])]
            || (matches!(b[i], b'.' | b',')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !inside(i) {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && inside(i) {
            i += 1;
        }
        Some((start, i))
    })
}

/// A text in ASCII splits into the words `split_words` gives it, and each
/// lowered word is kept as `content_word` keeps it in its own case: the
/// labelled articles' lines and the marks a word may hold or end at.
#[cfg(test)]
#[test]
fn ascii_words_are_split_words() {
    let mut texts: Vec<String> = super::labelled_texts()
        .iter()
        .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|l| l.is_ascii())
        .collect();
    assert!(texts.len() > 1000);
    for t in [
        "",
        ".",
        "1.5",
        ".5 and 5. and 5.5.5, 1,000,000 ,3 3,",
        "it's the firm's 'own' word",
        "a--b  c\td\ne",
        "CUT Met pAy cuts it'S THE FIRM'S ANNOUNCEMENT'S 'S Negotiations",
        "an extraordinarily long unpronounceable PRIVATELY-FUNDED COUNTERINTELLIGENCE'S word",
    ] {
        texts.push(t.to_string());
    }
    for t in &texts {
        assert!(
            ascii_words(t)
                .map(|(start, end)| &t[start..end])
                .eq(split_words(t).filter(|w| !w.is_empty())),
            "{t}"
        );
        let lower = t.to_ascii_lowercase();
        let words = || ascii_words(t);
        assert_eq!(
            words()
                .filter_map(|(start, end)| ascii_content_word(&lower[start..end]))
                .collect::<Vec<_>>(),
            words()
                .filter_map(|(start, end)| content_word(&t[start..end]))
                .collect::<Vec<_>>(),
            "{t}"
        );
    }
}

/// The words of a text: runs of letters, digits and apostrophes, a point
/// or a comma between two digits kept inside its number ("£3.1 billion"
/// is "3.1", not "3" and "1"; "1,000" one number).
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let inside = move |i: usize, c: char| {
        c.is_alphanumeric()
            || c == '\''
            || c == '\u{2019}'
            || (matches!(c, '.' | ',')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    };
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        // (past what lies between words, then to the end of the word)
        let start = loop {
            let (i, c) = chars.next()?;
            if inside(i, c) {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !inside(i, c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(&text[start..end])
    })
}

/// Words of a claim: its content words, or their stems.
pub(crate) type Words = Vec<String>;

/// The words of a claim's speaker, each made the first time an answer
/// asks for them and kept while answers may reach the claim: its content
/// words (`content_of`), and its words as a name (`SameSpeaker`), to
/// compare with a party.
#[derive(Debug, Default)]
pub(crate) struct SpeakerWords {
    content: OnceCell<Words>,
    name: OnceCell<Option<SameSpeaker>>,
}

impl SpeakerWords {
    pub(crate) fn new() -> SpeakerWords {
        SpeakerWords::default()
    }
}

/// The claims an answer weighs, with each one's words (made the first
/// time an answer weighs it) and its speaker's words, by index.
pub(crate) type Weighed<'a> = (&'a [Candidate], &'a [QuoteCell], &'a [SpeakerWords]);

/// A claim's content words (`content_of`), their stems (`stems_of`) and
/// their roots (`roots_of`).
#[derive(Debug)]
pub(crate) struct QuoteWords {
    pub(crate) words: Words,
    pub(crate) roots: Roots,
    /// The stems of seven bytes or fewer (nearly all) as one number each
    /// (`stem_key`), sorted and without repeats: no string made for each.
    stems: Vec<u64>,
    /// The longer stems (a long number, a word in another script).
    long_stems: Vec<String>,
    /// The first bytes of the roots of four bytes or more, as bits: a word
    /// whose root starts with none of them is one of no word here
    /// (`Inflected::is`), told without walking the words.
    root_starts: [u64; 4],
}

impl QuoteWords {
    /// What a claim with no words made has: none.
    const NONE: QuoteWords = QuoteWords {
        words: Vec::new(),
        roots: Vec::new(),
        stems: Vec::new(),
        long_stems: Vec::new(),
        root_starts: [0; 4],
    };

    fn of(quote: &str) -> QuoteWords {
        let words = content_of(quote);
        let roots = roots_of(&words);
        let (stems, long_stems) = stems_of(&words);
        let mut root_starts = [0; 4];
        for (w, &(root, _)) in words.iter().zip(&roots) {
            // (both roots a word may be weighed by: its own word where its
            // root is no prefix of it, in `answered`, and that root, in
            // `inflected`)
            for r in [root.or_word(w), root.of(w)] {
                if let Some(&b) = r.as_bytes().first().filter(|_| r.len() >= 4) {
                    root_starts[usize::from(b >> 6)] |= 1 << (b & 63);
                }
            }
        }
        QuoteWords {
            words,
            roots,
            stems,
            long_stems,
            root_starts,
        }
    }

    /// Each word as `Inflected::of` gives it, from the roots already cut.
    fn inflected(&self) -> impl Iterator<Item = Inflected<'_>> + '_ {
        self.words
            .iter()
            .zip(&self.roots)
            .map(|(w, &(root, agent))| Inflected {
                root: root.of(w),
                agent,
            })
    }

    /// Whether `w` may be one of the words inflected: only a root of four
    /// bytes or more that starts as one of theirs can be (`Inflected::is`).
    fn may_share_root(&self, w: &Inflected) -> bool {
        w.root.len() >= 4 && {
            let b = w.root.as_bytes()[0];
            self.root_starts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
        }
    }

    /// Whether one of the words is `w` by its first five letters or
    /// inflected (`stem`, `same_word`), given `w`'s stem and inflection.
    fn holds_word(&self, stem_of_w: &str, w: &Inflected) -> bool {
        self.holds_stem(stem_of_w) || (self.may_share_root(w) && self.inflected().any(|t| t.is(w)))
    }

    /// Whether one of the words has the stem `s` (`stem`).
    fn holds_stem(&self, s: &str) -> bool {
        match stem_key(s) {
            Some(key) => self.stems.binary_search(&key).is_ok(),
            None => self.long_stems.iter().any(|t| t == s),
        }
    }
}

/// A stem of seven bytes or fewer as one number: its bytes from the
/// highest, then its length in the lowest byte (so that no two stems share
/// one); none for a longer stem.
fn stem_key(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    (b.len() <= 7).then(|| {
        b.iter().enumerate().fold(b.len() as u64, |key, (i, &x)| {
            key | u64::from(x) << (56 - 8 * i)
        })
    })
}

/// The words of claim `ci`, made the first time an answer weighs it and
/// kept in its cell; a claim with no cell has them made for the caller.
fn claim_words<'q>(
    quoted: &'q [QuoteCell],
    candidates: &[Candidate],
    ci: usize,
    made: &'q mut Option<QuoteWords>,
) -> &'q QuoteWords {
    match quoted.get(ci) {
        Some(cell) => cell.get_or_init(|| QuoteWords::of(&candidates[ci].quote)),
        None => made.insert(QuoteWords::of(&candidates[ci].quote)),
    }
}

/// A claim's [`QuoteWords`], made the first time an answer weighs the
/// claim (never, for a claim scored too low to be answered) and kept
/// while answers may reach it.
pub(crate) type QuoteCell = OnceCell<QuoteWords>;

/// Each content word's root (`Root`), and whether the word names an
/// agent (`Inflected`).
pub(crate) type Roots = Vec<(Root, bool)>;

/// Where a content word's root is: its first bytes, or (an irregular
/// verb's form, though content words come with their bare verb already:
/// `one_sense`) a bare verb that is no prefix of it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Root {
    Prefix(usize),
    Base(&'static str),
}

impl Root {
    /// The root of `w`, the word it was cut from.
    fn of(self, w: &str) -> &str {
        match self {
            Root::Prefix(len) => w.get(..len).unwrap_or(w),
            Root::Base(base) => base,
        }
    }

    /// The root of `w` where it is a prefix of it, else `w` whole.
    fn or_word(self, w: &str) -> &str {
        match self {
            Root::Prefix(len) => w.get(..len).unwrap_or(w),
            Root::Base(_) => w,
        }
    }
}

/// The roots of a claim's content words (`content_of`), word for word.
fn roots_of(words: &[String]) -> Roots {
    words
        .iter()
        .map(|w| {
            let i = Inflected::of(w);
            // (`root` gives a prefix of the word or an irregular verb's
            // bare verb, a word of the lexicon)
            let root = if w.starts_with(i.root) {
                Root::Prefix(i.root.len())
            } else {
                Root::Base(super::lexicon::irregular_base(w).unwrap_or_default())
            };
            (root, i.agent)
        })
        .collect()
}

/// The stems of a claim's content words (`content_of`): those of seven
/// bytes or fewer as numbers (`stem_key`), sorted and without repeats, and
/// the longer ones, for telling quickly whether the claim holds a word.
fn stems_of(words: &[String]) -> (Vec<u64>, Vec<String>) {
    let mut keys = Vec::with_capacity(words.len());
    let mut long = Vec::new();
    for w in words {
        let s = stem(w);
        match stem_key(s) {
            Some(key) => keys.push(key),
            None => long.push(s.to_string()),
        }
    }
    keys.sort_unstable();
    keys.dedup();
    (keys, long)
}

/// Whether a claim's sentence describes its teller by `noun` in
/// apposition right after the name: "Sightline, the glaucoma charity,
/// said …" describes Sightline as a charity. The description opens with
/// "the", "a" or "an" and holds the noun within its first four words,
/// before the comma that closes it.
fn described_in_apposition(quote: &str, speaker: &str, noun: &str) -> bool {
    let Some(at) = quote.find(speaker) else {
        return false;
    };
    let Some(rest) = quote[at + speaker.len()..].strip_prefix(", ") else {
        return false;
    };
    let Some(description) = rest.split(',').next().filter(|d| d.len() < rest.len()) else {
        return false;
    };
    let words: Vec<&str> = description.split_whitespace().collect();
    matches!(words.first(), Some(&("the" | "a" | "an")))
        && words.len() <= 5
        && words.iter().any(|w| w.eq_ignore_ascii_case(noun))
}

/// One word for words of one sense, so that an answer's words meet a
/// claim's told otherwise: "the content of confidential discussions" and
/// "had privately offered … in the talks"; "the cover had been increased"
/// and "had raised the cover".
fn same_sense(w: String) -> String {
    match one_sense(&w) {
        Some(one) => one.to_string(),
        None => w,
    }
}

/// Words of one sense, each with the one word `same_sense` gives for all
/// of them.
#[rustfmt::skip]
const SENSES: &[(&str, &[&str])] = &[
    ("talks", &["discussion", "discussions", "negotiation", "negotiations"]),
    ("private", &["confidential", "privately"]),
    ("increase", &[
        "raised", "raise", "raises", "raising", "increased", "increases", "increasing", "rise",
        "risen", "rose", "rises", "rising",
    ]),
    // ("the bar had got smaller" and "the bar shrank from 45g to 40g")
    ("reduction", &[
        "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "cut", "cuts", "fallen",
        "fell", "falling", "shrank", "shrunk", "shrink", "shrinks", "shrinking", "smaller",
    ]),
    // (the noun in "ce", the verb in "se": "the vet's advice" and "a vet
    // had advised")
    ("advice", &["advise", "advised", "advises", "advising"]),
    // ("confirmed the letters had been sent" and "had written to tenants")
    ("letter", &["letters", "wrote", "written", "write", "writes", "writing"]),
    // ("the sale of the building" and "had agreed to sell it")
    ("sale", &["sell", "sells", "selling", "sold", "sales", "buyer", "buyers"]),
    // ("the closure" and "will shut the ward")
    ("closure", &[
        "close", "closes", "closing", "closed", "closures", "shut", "shuts", "shutting",
    ]),
    // ("the meeting" and "had met Imrie-Castel twice")
    ("meeting", &["met", "meet", "meets", "meetings"]),
    // ("the payments" and "was paid a bonus")
    ("payment", &["paid", "pay", "pays", "paying", "payments"]),
    // ("confirmed the request" and "had asked staff to accept a pay cut")
    // (and consulting, which asks for views: "nobody had asked them" and
    // "whether any consultation had been held")
    ("requested", &[
        "asked", "asks", "asking", "request", "requests", "consulted", "consult", "consults",
        "consulting", "consultation", "consultations",
    ]),
    // ("accepted that he had been dismissed" and "he had been sacked in
    // August 2024")
    ("dismissal", &["dismissed", "sacked", "sacking", "fired"]),
    // ("a consultation on 85 roles" and "a further 85 jobs")
    ("jobs", &["job", "roles", "role", "positions"]),
    // ("whether companies were under investigation" and "is examining the
    // chain's contracts")
    // ("accepted that the team had not tested birds for residues" and
    // "it had not measured levels of the chemical in the birds")
    ("measured", &[
        "measure", "measures", "measuring", "tested", "test", "tests", "testing",
    ]),
    // (receiving is being given, the one irregular verb's bare verb:
    // "she had been given one" and "she had received two written
    // warnings")
    ("give", &["receive", "receives", "received", "receiving"]),
    ("investigation", &[
        "investigating", "investigate", "investigates", "investigated", "investigations",
        "examining", "examine", "examines", "examined", "examination", "probe", "probing",
        "probed",
    ]),
];

/// The one word `same_sense` gives for a lower-case word, if it changes it:
/// one of `SENSES`, else an irregular verb's bare verb ("has not been
/// hidden" and "of hiding"). Asked of every content word, so looked up
/// behind a filter, not matched word by word; both kinds in one map, so
/// that a word is looked up once (a word of `SENSES`, put in after the
/// verbs' forms, keeps its sense).
fn one_sense(w: &str) -> Option<&'static str> {
    static SENSE: OnceLock<WordMap<&'static str>> = OnceLock::new();
    SENSE
        .get_or_init(|| {
            WordMap::new(
                super::lexicon::irregular_forms().chain(
                    SENSES
                        .iter()
                        .flat_map(|&(one, words)| words.iter().map(move |&w| (w, one))),
                ),
            )
        })
        .get(w)
}

/// No word is in two of `SENSES`: each has one sense.
#[cfg(test)]
#[test]
fn a_word_has_one_sense() {
    let mut seen = std::collections::HashSet::new();
    for (_, words) in SENSES {
        for w in *words {
            assert!(seen.insert(*w), "{w}");
        }
    }
}

/// A refusal to guess that names nothing it will not guess about: "I'm
/// not going to speculate about that.", "I won't speculate beyond that.",
/// "It would be wrong of me to speculate", "Whitlock said it was \"too
/// early to say\"", also after the question put ("Asked whether any
/// staff would be offered jobs, she said: \"It's too early to say.\"").
/// Answers no claim: it turns aside a question of the reporter's own.
/// Every word of the sentence past the question, but names and the one
/// who says it, is of the refusal; not "I'm not going to speculate about
/// individual sites", "too early to say what caused the burst".
fn speculates_on_nothing(tokens: &[Token]) -> bool {
    // (past the question put first: "Asked whether the rest of the
    // business could be sold, Ms Brudenell said: …")
    let asked = tokens
        .iter()
        .take(2)
        .any(|t| t.lower == "asked" && !t.quoted);
    let from = if asked {
        match tokens.iter().position(|t| t.text == "," && !t.quoted) {
            Some(c) => c + 1,
            None => return false,
        }
    } else {
        0
    };
    let mut guess = false;
    let mut early = false;
    let only_refusal = tokens[from..].iter().filter(|t| t.is_word()).all(|t| {
        guess |= t.lower == "speculate";
        early |= t.lower == "early";
        // (a name outside the marks is who says it: "Whitlock said it
        // was \"too early to say\"")
        (t.is_cap() && !t.quoted)
            || matches!(
                t.low(),
                "i" | "i'm"
                    | "am"
                    | "we"
                    | "we're"
                    | "are"
                    | "not"
                    | "going"
                    | "to"
                    | "speculate"
                    | "about"
                    | "beyond"
                    | "that"
                    | "today"
                    | "won't"
                    | "will"
                    | "it"
                    | "it's"
                    | "is"
                    | "was"
                    | "would"
                    | "be"
                    | "wrong"
                    | "of"
                    | "me"
                    | "too"
                    | "far"
                    | "early"
                    | "say"
                    | "said"
                    | "says"
                    | "he"
                    | "she"
                    | "they"
            )
    });
    only_refusal && (guess || early)
}

/// The body a spokesperson speaks for, when the party is named by it and
/// nothing else: "A Brantide spokesperson" speaks for "Brantide", "the
/// Halstow spokesman" for "Halstow". Only a name with capitals ("a council
/// spokesman" names no body of its own).
fn spokesperson_of(party: &str) -> Option<&str> {
    let rest = ["A ", "An ", "The ", "a ", "an ", "the "]
        .iter()
        .find_map(|a| party.strip_prefix(a))?;
    let body = ["spokesman", "spokeswoman", "spokesperson"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))?
        .trim_end();
    (!body.is_empty()
        && body
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase())))
    .then_some(body)
}

/// Words of a role that say what the person does, not for whom.
fn is_role_word(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "press"
            | "secretary"
            | "officer"
            | "official"
            | "head"
            | "chief"
            | "executive"
            | "director"
            | "senior"
            | "deputy"
            | "member"
            | "lawyer"
            | "barrister"
    )
}

/// The first five letters of a word, so that "removal" meets "removed" and
/// "prosecution" meets "prosecutor"; numbers whole.
pub(crate) fn stem(w: &str) -> &str {
    // (an ASCII digit is one byte, never inside another character's)
    if w.bytes().any(|b| b.is_ascii_digit()) {
        return w;
    }
    // (a word in ASCII, as most are, is cut by its bytes)
    if w.is_ascii() {
        return &w[..w.len().min(5)];
    }
    w.char_indices().nth(5).map_or(w, |(i, _)| &w[..i])
}

/// A word without its inflection, for matching the topic an answer names
/// with the claim's words: "emails" and "emailed" give "email",
/// "refurbishment" and "refurbishing" "refurbish", "inspection" and
/// "inspected" "inspect"; an irregular verb's forms its bare verb
/// ("hidden" and "hiding" give "hide").
fn root(w: &str) -> &str {
    if let Some(base) = super::lexicon::irregular_base(w) {
        return base;
    }
    // (asked of every word of every claim an answer weighs: a word that
    // ends in a letter no suffix ends in, most of them, is its own root)
    if !w.ends_with(['s', 't', 'n', 'g', 'd', 'y', 'e']) {
        return w;
    }
    for suffix in [
        "ments", "ment", "ions", "ion", "ing", "ings", "ed", "es", "s", "ly", "ure",
    ] {
        if let Some(r) = w.strip_suffix(suffix) {
            if r.chars().count() >= 4 {
                return r;
            }
        }
    }
    w
}

/// Whether `plural` is `one` in the plural with "-ies": "studies",
/// "study" (`root` keeps "studi", for "studied").
fn one_plural(one: &str, plural: &str) -> bool {
    one.strip_suffix('y')
        .zip(plural.strip_suffix("ies"))
        .is_some_and(|(a, b)| a == b && a.len() >= 3)
}

/// Whether two words are one word inflected: their roots are equal, or one
/// extends the other ("consult", "consultat"), and neither names a person
/// where the other names an act ("inspector" is not "inspection").
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    Inflected::of(a).is(&Inflected::of(b))
}

/// A word's root and whether it names an agent, worked out once for
/// comparing it with many words as `same_word` does.
#[derive(Debug, Clone, Copy)]
struct Inflected<'a> {
    root: &'a str,
    agent: bool,
}

impl<'a> Inflected<'a> {
    fn of(w: &'a str) -> Inflected<'a> {
        Inflected {
            root: root(w),
            // ("-or", "-er", "-ors", "-ers": told by the last bytes)
            agent: {
                let b = w.as_bytes();
                let b = b.strip_suffix(b"s").unwrap_or(b);
                b.ends_with(b"or") || b.ends_with(b"er")
            },
        }
    }

    fn is(&self, other: &Inflected) -> bool {
        let (ra, rb) = (self.root, other.root);
        let (short, long) = if ra.len() <= rb.len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        // (asked of every pair of words an answer and a claim hold, most
        // of them told apart by their length or their first byte before
        // any comparison of the two is made; four letters are four bytes
        // at least)
        short.len() >= 4
            && long.as_bytes()[0] == short.as_bytes()[0]
            && long.starts_with(short)
            && short.chars().count() >= 4
            && (self.agent == other.agent || ra == rb)
    }
}

/// Words of a topic that say nothing of what it is about: "a request for
/// comment on the matter", "individual cases".
const EMPTY_TOPIC: &[&str] = &[
    "comment",
    "comments",
    "question",
    "questions",
    "matter",
    "matters",
    "issue",
    "issues",
    "case",
    "cases",
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
    "speculation",
    "rumour",
    "rumours",
    "individual",
    "specific",
    "details",
    "detail",
    "particular",
    "interview",
    "statement",
    "time",
    "publication",
    "ongoing",
    "legal",
    "proceedings",
    "reasons",
    "after",
    "before",
    "whether",
    // ("how many of the patients": the count asked for, not its topic)
    "many",
    "much",
    // ("whether any public consultation had taken place": what happened
    // is named by its noun; content words give "taken" as "take")
    "take",
    "place",
    "happened",
    "occurred",
];

/// A verb a refusal puts before the question it would not answer:
/// "would not say how much", "declined to explain why".
fn tells_asked(w: &str) -> bool {
    matches!(
        w,
        "say" | "explain" | "disclose" | "confirm" | "reveal" | "specify"
    )
}

/// The words of what an answer names as its topic: a silence or refusal
/// "on the emails", "about its inspection", "regarding the contract"; a
/// confirmation or denial of "the refurbishment", "the closure". Up to
/// the end of its clause; words that name no topic are left out.
pub(crate) fn topic(tokens: &[Token], kind: ResponseKind, party: &[String]) -> Vec<String> {
    let silent = matches!(
        kind,
        ResponseKind::NoResponse | ResponseKind::Declined | ResponseKind::NonDenial
    );
    let start = if silent {
        tokens.iter().enumerate().position(|(i, t)| {
            !t.quoted
                && (matches!(
                    t.low(),
                    "about" | "on" | "regarding" | "concerning" | "over" | "into" | "whether"
                )
                    // ("would not say how much it had paid", "declined to
                    // explain why the ward closed", "declined to say when
                    // inspectors would return", "would not say what the
                    // rota would cost")
                    || (matches!(t.low(), "how" | "why" | "when" | "what")
                        && tokens[..i]
                            .iter()
                            .rev()
                            .find(|t| !t.is_quote_mark())
                            // (or what a party looks into: "was
                            // \"looking into\" why some residents …")
                            .is_some_and(|t| tells_asked(t.low()) || t.low() == "into")))
        })
    } else {
        // "confirmed the refurbishment had taken place", "disputed the
        // closure figures": the object after the verb.
        tokens.iter().position(|t| {
            !t.quoted
                && matches!(
                    t.low(),
                    "confirmed"
                        | "confirms"
                        | "confirm"
                        | "denied"
                        | "denies"
                        | "deny"
                        | "disputed"
                        | "disputes"
                        | "dispute"
                        | "rejected"
                        | "rejects"
                        | "reject"
                )
        })
    };
    let Some(start) = start else {
        return Vec::new();
    };
    let rest = &tokens[start + 1..];
    // "did not comment on individual companies": a rule, not a topic (a
    // denial of "any such authorisation" names the thing just told).
    // ("whether any of its contractors had been working in the street" is
    // a question, whose "any" is asked)
    let question = matches!(
        tokens[start].low(),
        "whether" | "how" | "why" | "when" | "what"
    );
    if (rest.iter().take(3).any(|t| t.lower == "such") && !silent) || question {
        // (kept)
    } else if rest.iter().take(3).any(|t| {
        matches!(
            t.low(),
            "individual" | "specific" | "particular" | "any" | "ongoing" | "legal"
        )
    }) {
        return Vec::new();
    }
    // (a clause of time ends the topic, "on the closure when asked", but
    // not the question it opens: "about when the dam was last checked")
    let end = rest
        .iter()
        .enumerate()
        .position(|(k, t)| {
            matches!(
                t.low(),
                "," | "." | ";" | "because" | "while" | "citing" | "saying" | "but"
            ) || (t.lower == "when" && k > 0)
                || (!silent
                    && matches!(
                        t.low(),
                        "had"
                            | "has"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "would"
                            | "will"
                            | "that"
                            | "in"
                            | "at"
                            | "to"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "after"
                            | "during"
                            | "on"
                    ))
        })
        .unwrap_or(rest.len());
    // (not whose it is: "the prosecution's account of the transfers")
    let owners: Vec<String> = rest[..end]
        .iter()
        .filter(|_| !silent)
        .filter_map(|t| t.low().strip_suffix("'s").map(str::to_string))
        .collect();
    // ("on the 2023 report", "about its 2021 review": a year before a noun
    // names which one, and is a topic word; a bare number or date is not)
    let year = rest[..end].windows(2).find_map(|p| {
        let y = p[0].text;
        (y.len() == 4
            && (y.starts_with("19") || y.starts_with("20"))
            && y.bytes().all(|b| b.is_ascii_digit())
            && p[1].is_word()
            && !p[1].is_cap())
        .then(|| y.to_string())
    });
    content(&untitled(&rest[..end]))
        .into_iter()
        .filter(|w| {
            !EMPTY_TOPIC.contains(&w.as_str())
                && !owners.contains(w)
                && !party.contains(w)
                && (!w.chars().any(|c| c.is_ascii_digit()) || year.as_ref() == Some(w))
        })
        .collect()
}

/// The words of the question an answer's sentence opens by putting:
/// "Asked whether the pledge still stood, …", "Asked about the closure
/// on Monday, …", "When asked if the figures were right, …". Up to the
/// comma that closes the question; words that name no topic, and the
/// party's own, left out.
pub(crate) fn asked_topic(tokens: &[Token], party: &[String]) -> Vec<String> {
    let start = match tokens.iter().take(2).position(|t| t.lower == "asked") {
        Some(0) => 1,
        Some(1) if tokens[0].lower == "when" => 2,
        // ("did not respond when asked how many of the infirmary's
        // patients it had agreed to treat": the question after the
        // answer, to the sentence's end)
        _ => match (2..tokens.len()).find(|&i| {
            tokens[i].lower == "asked"
                && !tokens[i].quoted
                && matches!(tokens[i - 1].low(), "when" | "being" | "after")
        }) {
            Some(i) => i + 1,
            None => return Vec::new(),
        },
    };
    // (the comma that a subject follows: "Asked why the enclosure did not
    // have a second, inner fence, he said"; else the first)
    let commas = || {
        tokens
            .iter()
            .enumerate()
            .skip(start)
            .take(30)
            .filter(|(_, t)| t.lower == ",")
            .map(|(k, _)| k)
    };
    let subject_after = |k: usize| {
        tokens.get(k + 1).is_some_and(|t| {
            t.is_cap()
                || matches!(
                    t.low(),
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                )
        })
    };
    let Some(comma) = commas()
        .find(|&k| subject_after(k))
        .or_else(|| commas().next())
        .or_else(|| (start > 2).then(|| tokens.len().min(start + 30)))
    else {
        return Vec::new();
    };
    // (not the people it names by title: "whether Mr Ashby had been
    // trained" asks about training)
    let clause = untitled(&tokens[start..comma]);
    if !clause.iter().any(|t| {
        matches!(
            t.low(),
            "whether" | "if" | "about" | "why" | "how" | "when" | "what" | "who"
        )
    }) {
        return Vec::new();
    }
    content(&clause)
        .into_iter()
        .filter(|w| {
            !EMPTY_TOPIC.contains(&w.as_str())
                && !party.contains(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// Whether an answer's sentence opens by relating a question of whether
/// the party agreed with what was just told: "Asked whether she agreed,
/// …", "Asked if he accepted, …" (a pronoun and a verb of agreeing).
/// Words after the verb are read as any answer's words are (`topic`):
/// "Asked whether she agreed with the closure, …" still answers the
/// closure.
fn asks_agreement(tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.low());
    word(0) == "asked"
        && matches!(word(1), "whether" | "if")
        && matches!(word(2), "she" | "he" | "they" | "it")
        && matches!(word(3), "agreed" | "accepted" | "disagreed" | "disputed")
}

/// The outlet's line that introduces an interview: "The housing minister,
/// Kwame Asante, spoke to Morning Edition on Thursday", "Dr Patel was
/// interviewed on Sunday Politics", "… was questioned by the committee":
/// what it tells is that the talk took place, which no answer answers.
fn introduces_interview(c: &Candidate) -> bool {
    c.kind == Kind::Outlet
        && [
            " spoke to ",
            " was interviewed ",
            " were interviewed ",
            " was questioned ",
        ]
        .iter()
        .any(|w| c.quote.contains(w))
}

/// Whether the question an answer's sentence relates asks what will be
/// done: "Asked whether he would accept the result, …", "When asked if
/// staff will be offered jobs, …", "Asked on a radio programme on
/// Wednesday whether she would set a target, …" (a "will" or "would"
/// within eight words of a "whether" or "if" in the eight words after
/// "asked").
fn asked_ahead(tokens: &[Token]) -> bool {
    let Some(asked) = tokens.iter().take(40).position(|t| t.lower == "asked") else {
        return false;
    };
    let rest = &tokens[asked + 1..];
    let Some(opens) = rest
        .iter()
        .take(8)
        .position(|t| matches!(t.low(), "whether" | "if"))
    else {
        return false;
    };
    rest[opens + 1..]
        .iter()
        .take(8)
        .any(|t| matches!(t.low(), "would" | "will"))
}

/// The words of a question the reporter relates in the sentence just
/// before an answer: "She asked why he had ignored the vet's advice about
/// a muzzle.", "He was asked whether the figures were right." — what
/// follows the word that opens the question, in the four words after
/// "asked", as in `asked_topic`.
/// Only the candidates of that one sentence are read.
fn asked_before(number: usize, candidates: &[Candidate], party: &[String]) -> Vec<String> {
    let Some(c) = candidates
        .iter()
        .rev()
        .take(3)
        .find(|c| c.sentence + 1 == number)
    else {
        return Vec::new();
    };
    let Some(at) = memchr::memmem::find(c.quote.as_bytes(), b" asked ") else {
        return Vec::new();
    };
    // (the word that opens the question, after whoever was asked: "asked
    // Ms Price whether …")
    let rest = &c.quote[at + " asked ".len()..];
    let Some(opens) = rest
        .split(' ')
        .take(4)
        .position(|w| matches!(w, "why" | "whether" | "if" | "how" | "about" | "what"))
    else {
        return Vec::new();
    };
    let rest = rest.splitn(opens + 2, ' ').last().unwrap_or_default();
    content_of(rest)
        .into_iter()
        .filter(|w| {
            !EMPTY_TOPIC.contains(&w.as_str())
                && !party.contains(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// The words of a clause without the people it names by title: "on Ms
/// Laird-Bassett's bonus" is about the bonus, "whether Mr Ashby had been
/// trained" about training.
fn untitled<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(tokens.len());
    // (whether the words since a title are all of the name)
    let mut named = false;
    for t in tokens {
        if is_title(t.text.trim_end_matches('.')) {
            named = true;
            continue;
        }
        named &= t.is_cap();
        if !named {
            out.push(t.clone());
        }
    }
    out
}

/// Nouns for a saying whose topic a denial may name after a preposition.
const SAYINGS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "account",
    "accounts",
    "version",
    "report",
    "reports",
    "story",
    "suggestion",
    "suggestions",
    "characterisation",
    "description",
];

/// The words of what a denied saying was about: "rejected the claims
/// about his private companies", "disputed the prosecution's account of
/// the transfers", "denied allegations over the tender". After a verb of
/// denial, within four words a noun for a saying, then "about", "of",
/// "over", "regarding" or "concerning", up to the end of the clause;
/// names of whose saying it was, and the party's own, left out.
pub(crate) fn denied_topic(tokens: &[Token], party: &[String]) -> Vec<String> {
    let Some(verb) = tokens.iter().position(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "denied"
                    | "denies"
                    | "deny"
                    | "rejected"
                    | "rejects"
                    | "disputed"
                    | "disputes"
                    | "dismissed"
                    | "dismisses"
                    | "refuted"
                    | "refutes"
            )
    }) else {
        return Vec::new();
    };
    // "The trust disputes that any ward has been left without permanent
    // staff": the clause denied is what the denied saying told, in other
    // words; up to the end of its sentence or clause.
    if tokens.get(verb + 1).is_some_and(|t| t.lower == "that") {
        return told_clause(&tokens[verb + 2..], party);
    }
    said_of(tokens, verb, party)
}

/// The content words of a clause a denial says was told, up to the end of
/// its sentence or clause; words that name no topic, the party's own and
/// numbers left out.
fn told_clause(rest: &[Token], party: &[String]) -> Vec<String> {
    // (nor the purpose the clause gives: "that patients had been removed
    // to improve the figures" tells of removals; "to" then a verb, not a
    // number, a name or an article: "risen to £3.1 billion", "sold to a
    // developer")
    let purpose = |k: usize| {
        rest[k].lower == "to"
            && rest.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.is_cap()
                    && !n.has_digit()
                    && !matches!(
                        n.low(),
                        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that"
                    )
            })
    };
    let end = (0..rest.len())
        .position(|k| {
            matches!(
                rest[k].low(),
                "," | "." | ";" | "but" | "saying" | "because"
            ) || purpose(k)
        })
        .unwrap_or(rest.len());
    content(&rest[..end])
        .into_iter()
        .filter(|w| {
            !EMPTY_TOPIC.contains(&w.as_str())
                && !party.contains(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// The words of what a saying was about, named after the verb at `verb`
/// that answers it: within four words a noun for a saying, then "about",
/// "of", "over", "regarding" or "concerning", up to the end of the
/// clause; whose saying it was, and the party's own words, left out.
fn said_of(tokens: &[Token], verb: usize, party: &[String]) -> Vec<String> {
    let Some(noun) =
        (verb + 1..tokens.len().min(verb + 6)).find(|&k| SAYINGS.contains(&tokens[k].low()))
    else {
        return Vec::new();
    };
    // "rejected the claim that funding had been cut": the clause the
    // saying told, in the answer's words.
    if tokens.get(noun + 1).is_some_and(|t| t.lower == "that") {
        return told_clause(&tokens[noun + 2..], party);
    }
    if !tokens.get(noun + 1).is_some_and(|t| {
        matches!(
            t.low(),
            "about" | "of" | "over" | "regarding" | "concerning"
        )
    }) {
        return Vec::new();
    }
    let rest = &tokens[noun + 2..];
    let end = rest
        .iter()
        .position(|t| {
            matches!(
                t.low(),
                "," | "." | ";" | "and" | "but" | "that" | "which" | "who" | "saying" | "as"
            )
        })
        .unwrap_or(rest.len());
    let owners: Vec<&str> = tokens[verb..noun]
        .iter()
        .filter_map(|t| t.low().strip_suffix("'s"))
        .collect();
    content(&rest[..end])
        .into_iter()
        .filter(|w| {
            !EMPTY_TOPIC.contains(&w.as_str())
                && !owners.contains(&w.as_str())
                && !party.contains(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// The words of what a description the party does not recognise was of:
/// "We don't recognise that description of our plans", "did not recognise
/// the account of the closures given by the union". A verb of `RECOGNISED`
/// with a negation at most five words before, then as `said_of`.
pub(crate) fn unrecognised_topic(tokens: &[Token], party: &[String]) -> Vec<String> {
    let Some(verb) = tokens.iter().enumerate().position(|(i, t)| {
        RECOGNISED.contains(&t.low())
            && tokens[i.saturating_sub(5)..i]
                .iter()
                .any(|n| is_negation(n.low()))
    }) else {
        return Vec::new();
    };
    said_of(tokens, verb, party)
}

/// The words of a thing a grant says took place, named as told before
/// (`hedges::event_granted`): "confirmed that the meetings had taken
/// place" gives "meetings", "acknowledged that both early closures had
/// happened" gives "early" and "closures".
fn event_granted_topic(tokens: &[Token]) -> Vec<String> {
    let lows = super::tokens::lows(tokens);
    let Some(verb) = (0..tokens.len()).find(|&i| super::hedges::event_granted(tokens, &lows, i))
    else {
        return Vec::new();
    };
    // (the description: after the verb, "that" and its determiner, up to
    // the auxiliary)
    let aux = (verb + 3..tokens.len())
        .find(|&k| matches!(lows[k], "had" | "has" | "have"))
        .unwrap_or(verb + 3);
    tokens[verb + 3..aux]
        .iter()
        .flat_map(|t| content_of(t.text))
        .collect()
}

/// Titles printed before a surname ("Mr Brannock"), which a claim naming
/// the person in full ("Lee Brannock") does not repeat.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Cllr"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Prof"
            | "Professor"
            | "Judge"
            | "Rev"
    )
}

/// Words an answer names as the owner of what it answers: "the
/// prosecution's account", "the observers' findings", "Tass's report",
/// "what the paramedics had described".
fn owners(tokens: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.quoted || !t.is_word() {
            continue;
        }
        let low = t.low();
        // "prosecution's", "observers'" (or "observers" and a lone "'");
        // also a capitalised word for whose it is after "the": "the
        // Varnian account", "the Kremlin version".
        let (owner, next) =
            if i > 0 && t.is_cap() && matches!(tokens[i - 1].low(), "the" | "this" | "that") {
                (low, i + 1)
            } else if let Some(o) = low.strip_suffix("'s") {
                (o, i + 1)
            } else if let Some(o) = low.strip_suffix('\'') {
                (o, i + 1)
            } else if tokens.get(i + 1).is_some_and(|n| n.lower == "'") && low.ends_with('s') {
                (low, i + 2)
            } else {
                continue;
            };
        // (a noun for what was told: "the study's conclusions", "the
        // union's estimate", "the prosecution's case")
        let charge = tokens.get(next).is_some_and(|n| {
            super::denials::is_told_noun(n.low())
                || matches!(
                    n.low(),
                    "case" | "finding" | "evidence" | "testimony" | "comments" | "remarks"
                )
        });
        if charge && !owner.is_empty() {
            out.push(owner.to_string());
        }
    }
    // "would look carefully at what the paramedics had described": the
    // teller of a saying named by "what" and its verb.
    for w in tokens.windows(5) {
        if w.iter().any(|t| t.quoted) || w[0].lower != "what" || w[1].lower != "the" {
            continue;
        }
        let verb = if matches!(w[3].low(), "had" | "has" | "have") {
            w[4].low()
        } else {
            w[3].low()
        };
        if matches!(
            verb,
            "described" | "said" | "told" | "claimed" | "alleged" | "reported" | "raised"
        ) && w[2].is_word()
            && !w[2].is_cap()
        {
            out.push(w[2].low().to_string());
        }
    }
    out
}

/// "rejected her account", "disputed his account", "disputed his
/// figures": the teller a
/// possessive pronoun stands for is whoever told the latest claim before
/// the answer (the one who passed it on, when it was relayed), not the
/// party itself; the words of their name. Only a whole account: "her
/// claim" is the one just told.
fn pronoun_teller(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
    party: Option<&str>,
) -> Vec<String> {
    let names_one = tokens.windows(2).any(|p| {
        matches!(p[0].low(), "her" | "his" | "their")
            && matches!(
                p[1].low(),
                "account"
                    | "accounts"
                    | "version"
                    | "story"
                    | "claims"
                    | "allegations"
                    | "figures"
                    | "figure"
            )
    });
    if !names_one {
        return Vec::new();
    }
    candidates
        .iter()
        .rev()
        .filter(|c| c.sentence < number)
        .find_map(|c| c.via.last().or(c.speaker.as_ref()))
        .filter(|teller| !same_speaker(Some(teller.as_str()), party))
        .map(|teller| content_of(teller))
        .unwrap_or_default()
}

/// Who answers: the party as the sentence names it ("the company"), the
/// role they answer in, and the named body a short form stands for
/// ("Vesper Agri"), when it does.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Answerer<'a> {
    pub(crate) name: Option<&'a str>,
    pub(crate) role: Option<&'a str>,
    pub(crate) body: Option<&'a str>,
}

/// In a transcript, the question an answer answers.
pub(crate) struct Question<'a> {
    /// Its content words (none outside a transcript).
    pub(crate) words: &'a [String],
    /// Whether it asks what will be done ("Will you resign?").
    pub(crate) ahead: bool,
}

/// The candidate an answer in sentence `number` answers: the nearest earlier
/// claim, preferring hedged or reported ones and those that share its words.
/// The claims come with their content words, by index.
pub(crate) fn answered(
    text: &str,
    tokens: &[Token],
    Question {
        words: question,
        ahead,
    }: Question<'_>,
    who: Answerer<'_>,
    kind: ResponseKind,
    number: usize,
    (candidates, quoted, speaker_words): Weighed<'_>,
) -> Option<usize> {
    if kind == ResponseKind::NonDenial && speculates_on_nothing(tokens) {
        return None;
    }
    // (each claim's words, made the first time any answer weighs it)
    static NONE: QuoteWords = QuoteWords::NONE;
    let weighed = |ci: usize| -> &QuoteWords {
        match (quoted.get(ci), candidates.get(ci)) {
            (Some(cell), Some(c)) => cell.get_or_init(|| QuoteWords::of(&c.quote)),
            _ => &NONE,
        }
    };
    // (whether a claim's speaker is the party, its words as a name made
    // the first time any answer compares them)
    let party_told = |party: &SameSpeaker, ci: usize| {
        let speaker = candidates.get(ci).and_then(|c| c.speaker.as_deref());
        match speaker_words.get(ci) {
            Some(cell) => cell
                .name
                .get_or_init(|| speaker.map(SameSpeaker::new))
                .as_ref()
                .is_some_and(|sp| party.names(sp)),
            None => party.is(speaker),
        }
    };
    let Answerer {
        name: party,
        role,
        body,
    } = who;
    let party_words = party.map(content_of).unwrap_or_default();
    // The party's own name is not a word the answer shares with a claim.
    // In a transcript, the question an answer answers names its subject too.
    // Nor are the words that say whose side it speaks for ("Ashworth-Kane's
    // barrister") or whose account it answers ("the prosecution's
    // account"): the teller counts once, by name, below.
    // (whose saying the answer names, made once for the uses below)
    let owners = owners(tokens);
    let told_by = pronoun_teller(tokens, number, candidates, party);
    let side: Vec<String> = role
        .map(|r| {
            r.split_whitespace()
                .filter_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")))
                .flat_map(content_of)
                .collect()
        })
        .unwrap_or_default();
    // The answer's own clause: "confirmed it was told about a loose plate,
    // and says it passed the report to the contractor" tells of another
    // report after it, whose words are not the answer's.
    let own_clause = tokens
        .windows(2)
        .position(|p| {
            !p[0].quoted
                && p[0].lower == "and"
                && matches!(
                    p[1].low(),
                    "says" | "said" | "added" | "adds" | "insisted" | "insists"
                )
        })
        .map_or(tokens, |at| &tokens[..at]);
    let words: Vec<String> = content(own_clause)
        .into_iter()
        .chain(question.iter().cloned())
        .filter(|w| !party_words.contains(w) && !owners.contains(w) && !side.contains(w))
        .collect();
    // A spokesperson for X answers for X: "a ministry spokesman", "a
    // spokeswoman for the European Commission".
    let org_words: Vec<String> = role
        .map(content_of)
        .unwrap_or_default()
        .into_iter()
        .filter(|w| !is_role_word(w))
        .collect();
    // "the company's operations director, Brannagh Okafor-Leith": one who
    // answers for a body the article calls by a common noun answers for
    // the body it named before, whose own claims are not what it answers.
    let role_body = role
        .and_then(|r| body_named_before(r, number, candidates))
        .or(body);
    let mut teller_seen = false;
    // (a side's account is told by its counsel: "the prosecution's
    // account" by the barrister who spoke "for the prosecution", in every
    // claim they made)
    let side_tellers: Vec<&str> = if owners.is_empty() {
        Vec::new()
    } else {
        let floor = candidates.len().saturating_sub(WINDOW);
        candidates[floor..]
            .iter()
            .filter(|c| c.sentence < number)
            .filter(|c| {
                let quote = c.quote.to_lowercase();
                owners
                    .iter()
                    .any(|o| quote.contains(&format!("for the {o}")))
            })
            .filter_map(|c| c.speaker.as_deref())
            .collect()
    };
    // ("the traders' figures" are those of "Gordon Pyle, who chairs the
    // Saltergate Traders' Association": a plural owner is a group whose
    // body, printed with a capital, the claim names)
    let group_bodies: Vec<String> = owners
        .iter()
        .filter(|o| {
            o.len() > 4
                && o.starts_with(|c: char| c.is_ascii_lowercase())
                && o.ends_with('s')
                && !o.ends_with("ss")
        })
        .map(|o| {
            let mut b = o.clone();
            b[..1].make_ascii_uppercase();
            b
        })
        .collect();
    // (as the object of the answer, not inside the clause it answers:
    // "rejected claims that patients were removed to improve the figures")
    let object = tokens
        .iter()
        .position(|t| matches!(t.low(), "that" | "whether" | "saying"))
        .map_or(tokens, |at| &tokens[..at]);
    let wants_number = object.iter().any(|t| {
        matches!(
            t.low(),
            "estimate"
                | "estimates"
                | "figure"
                | "figures"
                | "number"
                | "numbers"
                | "toll"
                | "readings"
                | "measurements"
                | "statistics"
                | "data"
        )
    });
    // The figures an answer names in its own words, outside quotation
    // marks ("disputes the £900 figure").
    let figures_named: Vec<String> = if kind == ResponseKind::Denied {
        own_clause
            .iter()
            .filter(|t| !t.quoted && t.has_digit())
            .filter_map(|t| content_of(t.text).into_iter().next())
            .collect()
    } else {
        Vec::new()
    };
    // "Asked whether the consultation had been long enough", "how long
    // the road would stay shut": a question of time prefers a claim that
    // gives a length of time ("had run for only 19 days").
    let wants_duration = tokens.windows(2).any(|p| {
        !p[0].quoted
            && ((p[0].lower == "long" && matches!(p[1].low(), "enough" | "as"))
                || (p[0].lower == "how" && p[1].lower == "long"))
    });
    // "I have never received a cent": an answer about money prefers a
    // claim with a sum of money.
    let wants_money = tokens.iter().any(|t| {
        matches!(
            t.low(),
            "penny"
                | "cent"
                | "money"
                | "payment"
                | "payments"
                | "bribe"
                | "bribes"
                | "fee"
                | "fees"
        )
    });
    // "said no decision had been taken": what is still being weighed, a
    // plan told of ("Ministers are considering raising …").
    let undecided = tokens.windows(2).any(|p| {
        !p[0].quoted && p[0].lower == "no" && matches!(p[1].low(), "decision" | "decisions")
    }) || tokens
        .windows(3)
        .any(|p| p[0].lower == "no" && p[1].lower == "final" && p[2].low().starts_with("decision"))
        || deliberated(tokens);
    // "declined to comment on the report": a story an outlet reported.
    let on_report = own_clause
        .iter()
        .any(|t| !t.quoted && matches!(t.low(), "report" | "reports" | "story" | "article"));
    // "did not comment on speculation": a story from unnamed sources.
    // ("No such request has been received": the thing the story told,
    // said never to have been, is weighed as a rumour is)
    let on_rumour = tokens.iter().any(|t| {
        matches!(
            t.low(),
            "speculation" | "rumour" | "rumours" | "rumor" | "rumors" | "speculative"
        )
    }) || tokens
        .windows(2)
        .any(|p| p[0].lower == "no" && p[1].lower == "such");
    // A silence or a refusal answers what was just put to the party.
    let near = if kind == ResponseKind::Denied || kind == ResponseKind::Confirmed {
        2.0
    } else {
        3.0
    };
    // "Asked whether that pledge still stood, Donnelly declined to
    // comment": a claim named by a demonstrative is the one just before,
    // even the party's own.
    if let Some(i) = pointed_at(tokens, kind, number, candidates, party) {
        return Some(i);
    }
    if let Some(i) = unseen_work(tokens, number, candidates, party) {
        return Some(i);
    }
    if matches!(
        kind,
        ResponseKind::Declined | ResponseKind::NoResponse | ResponseKind::NonDenial
    ) {
        if let Some(i) = individual_case(tokens, number, candidates, party) {
            return Some(i);
        }
    }
    // The capitalised words of the party's name, as printed.
    let party_caps: Vec<&str> = party
        .map(|p| {
            p.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .filter(|w| !matches!(*w, "The" | "A" | "An") && !is_title(w))
                // ("Hedlund's office" is named by "President Aino Hedlund")
                .map(|w| w.strip_suffix("'s").unwrap_or(w))
                .collect()
        })
        .unwrap_or_default();
    // (searchers for the name and its capitalised words, built once for
    // every claim they are sought in)
    let party_finder = party.map(Finder::new);
    // ("the company" by "Greystone Memorial Services", the body it stands
    // for; "Piers Vey" by "Brindley Lyle", whose managing director he is)
    let owner = role.and_then(capitalised_owner);
    let body_finder = body.or(owner).map(Finder::new);
    // "Corrie Mercantile Bank, the retailer's main lender, did not
    // respond": a claim that names the party by what it is ("the
    // retailer's lenders had agreed …") names it.
    let described =
        described_as(tokens).or_else(|| role.and_then(|r| described_by(r.split_whitespace())));
    // "Crabtree & Ingham, the electrical contractor, did not respond": a
    // claim that calls the party by the firm's noun the answer gives it
    // ("the contractor had not checked the asbestos register") names it.
    let firm_noun = called_a_firm(tokens);
    // ("the company" stands for a name of two capitalised words or more,
    // `bodies::named_body`: asked only of a party or body named so)
    let two_words = |n: &&str| n.split_whitespace().count() >= 2;
    let short_firm = (party.is_some_and(|p| two_words(&p)) || body.is_some_and(|b| two_words(&b)))
        .then_some((party, body));
    // ("Osgood Venables-Nyarko, who chaired the trustees at the time, did
    // not respond": a claim that names what the party chaired names it)
    let chaired = what_they_ran(tokens);
    let acronym = party.and_then(acronym);
    let caps_finders: Vec<Finder> = party_caps.iter().map(Finder::new).collect();
    let holds_caps = |quote: &str| {
        caps_finders
            .iter()
            .all(|f| f.find(quote.as_bytes()).is_some())
    };
    // ("Halberd's chairman" names "Halberd Homes": what belongs to a body
    // of two words or more called by its first, a name of its own; sought
    // for an answer that names no topic of its own, "did not return calls
    // on Thursday", not "did not respond to questions about its bid")
    let own_topic = tokens.windows(2).any(|p| {
        !p[0].quoted
            && (matches!(
                p[0].low(),
                "about" | "whether" | "regarding" | "concerning" | "over"
            ) || (p[0].lower == "on"
                && matches!(
                    p[1].low(),
                    "the"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "why"
                        | "how"
                        | "what"
                )))
    });
    // ("Holub" by "Tereza Holub": a person, two or three capitalised
    // words none of which is a body's, is named by the last alone, as a
    // whole word)
    let surname_finder: Option<Finder> = party.and_then(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let person = (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !ORGS.contains(&w.to_lowercase().as_str())
                    && !is_title(w)
            });
        let last = words.last().filter(|w| person && w.len() >= 3)?;
        Some(Finder::new(last).into_owned())
    });
    let by_surname = |quote: &str| {
        surname_finder.as_ref().is_some_and(|f| {
            f.find_iter(quote.as_bytes()).any(|at| {
                let end = at + f.needle().len();
                !quote[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-')
                    && !quote[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
        })
    };
    let first_finders: Vec<Finder> = party_caps
        .first()
        .filter(|w| {
            !own_topic && party_caps.len() >= 2 && w.len() >= 4 && !is_body(&w.to_lowercase())
        })
        .map(|w| {
            ["'s ", "\u{2019}s "]
                .iter()
                .map(|s| Finder::new(&format!("{w}{s}")).into_owned())
                .collect()
        })
        .unwrap_or_default();
    // ("the trust's advisory board" names "The Wrenfield Trust": what
    // belongs to a body called by its head noun after "the")
    let head_finders: Vec<Finder> = party
        .and_then(|p| {
            let mut words = p.split_whitespace().filter(|w| *w != "The");
            let head = words.next_back()?;
            let head = head.to_lowercase();
            (words.next().is_some() && is_body(&head)).then(|| {
                ["'s", "\u{2019}s"]
                    .iter()
                    .map(|s| Finder::new(&format!("the {head}{s}")).into_owned())
                    .collect()
            })
        })
        .unwrap_or_default();
    // A silence or refusal the reporter relates (not one in the party's
    // own words, which answers the question just put).
    let silent = matches!(kind, ResponseKind::NoResponse | ResponseKind::Declined);
    // "did not respond to a question about how many pharmacies had signed
    // up to the campaign", "could not be reached for comment on the
    // emails", "confirmed the refurbishment had taken place": an answer
    // that names its topic answers the claim on that topic, near or not.
    // "Asked whether any consultation had taken place, a spokesman
    // said …": what was asked is the topic, whatever the kind of answer.
    // "Asked whether she agreed, …": a question of what was just told,
    // with no topic of its own; the answer is weighed by nearness and its
    // own words, never held back for want of a claim that put it.
    let of_what_was_told = asks_agreement(tokens);
    let asked_clause = if of_what_was_told {
        Vec::new()
    } else {
        asked_topic(tokens, &party_words)
    };
    // (a question the answer tells of: "declined to say whether …",
    // "would not say how much …", "did not comment on whether …")
    let silent_or_evasive = silent || kind == ResponseKind::NonDenial;
    let asks_question = !of_what_was_told && (tokens.windows(2).any(|p| {
        !p[1].quoted
            && (tells_asked(p[0].low()) || matches!(p[0].low(), "on" | "about" | "asked"))
            && matches!(
                p[1].low(),
                "whether" | "how" | "why" | "what" | "when" | "if"
            )
    })
        // ("Whether the grant would have to be repaid, she would not say.":
        // the question put first)
        || tokens
            .first()
            .is_some_and(|t| matches!(t.low(), "whether" | "how" | "why") && !t.quoted)
            && tokens.iter().rev().skip(1).take(2).any(|t| tells_asked(t.low()))
        || (!asked_clause.is_empty() && asked_ahead(tokens))
        // ("did not respond to questions about the cost of the delay")
        || tokens.windows(2).any(|p| {
            !p[1].quoted
                && matches!(p[0].low(), "questions" | "question" | "queries")
                && matches!(p[1].low(), "about" | "on" | "over")
        }))
        && !tokens.windows(2).any(|p| {
            // (not one that points back: "would not say whether one had been
            // made" asks of the offer just told)
            matches!(p[0].low(), "whether" | "if")
                && matches!(
                    p[1].low(),
                    "one" | "this" | "that" | "these" | "those" | "such"
                )
        })
        // (nor one asking of "such fees", "those payments": the thing just
        // told)
        && !tokens
            .windows(2)
            .any(|p| matches!(p[0].low(), "such" | "those" | "these") && p[1].is_word() && !p[1].quoted);
    // "She asked why he had ignored the vet's advice. \"I'm not going to
    // …,\" he said.": a question the reporter relates in the sentence
    // just before is the topic too.
    let asked_clause = if asked_clause.is_empty() && question.is_empty() {
        asked_before(number, candidates, &party_words)
    } else {
        asked_clause
    };
    // "rejected the claims about his private companies", "disputed the
    // prosecution's account of the transfers": a denial that names what
    // the denied saying was about.
    // ("That is not the offer we were given": the thing a verdict says was
    // not so names the topic too)
    let named = if asked_clause.is_empty() && kind == ResponseKind::Denied {
        let named = denied_topic(tokens, &party_words);
        if named.is_empty() {
            super::denials::verdict_noun(tokens)
                .map(|w| vec![w.to_string()])
                .unwrap_or_default()
        } else {
            named
        }
    } else if asked_clause.is_empty() && kind == ResponseKind::NonDenial {
        // "We don't recognise that description of our plans": what the
        // description was of.
        unrecognised_topic(tokens, &party_words)
    } else if asked_clause.is_empty() && kind == ResponseKind::Confirmed {
        // "confirmed that the meetings had taken place": the thing told
        // before, by its definite description.
        event_granted_topic(tokens)
    } else {
        Vec::new()
    };
    let put = !asked_clause.is_empty() || !named.is_empty();
    let mut topic = if !asked_clause.is_empty() {
        asked_clause
    } else if put {
        named
    } else {
        topic(tokens, kind, &party_words)
    };
    // "confirmed the figure for its hospital": a figure pointed at is any
    // claim's number (`wants_number`), not a claim that speaks of
    // "figures" ("…, official figures show").
    let pointed_figure = |w: &str| {
        matches!(
            w,
            "figure" | "figures" | "estimate" | "estimates" | "number" | "numbers"
        ) && object.windows(2).any(|p| {
            !p[1].quoted
                && p[1].low() == w
                && matches!(
                    p[0].low(),
                    "the" | "that" | "this" | "these" | "those" | "its" | "their"
                )
        })
    };
    topic.retain(|w| !pointed_figure(w));
    // "the figure for its hospital", "its Leeds depot": one of the party's
    // own things, which a claim that names it with a capital ("At Fennick
    // General Hospital, 212 patients …") is about.
    let its_own: Vec<&str> = own_clause
        .windows(2)
        .filter(|p| {
            !p[1].quoted
                && matches!(p[0].low(), "its" | "their")
                && p[1].is_word()
                && !p[1].is_cap()
                && p[1].low().len() > 3
        })
        .map(|p| p[1].text)
        .collect();
    let words: Vec<String> = words.into_iter().filter(|w| !pointed_figure(w)).collect();
    // "on the regulator's finding": whose saying it was, and the word for a
    // saying, name the telling, not its topic ("after finding that …" is
    // no match).
    if !owners.is_empty() {
        topic.retain(|w| {
            !owners.contains(w)
                && !matches!(
                    w.as_str(),
                    "finding" | "findings" | "report" | "account" | "claim" | "claims" | "version"
                )
        });
    }
    // (an owner by a common noun for a body, "the regulator's", "the
    // union's", that names no teller by its words: a body that told
    // something, nearest first)
    let owner_by_noun = !owners.is_empty()
        && tokens.iter().any(|t| {
            !t.quoted
                && !t.is_cap()
                && (t.low().ends_with("'s") || t.low().ends_with("\u{2019}s"))
                && owners.iter().any(|o| {
                    is_body(o) && t.low().trim_end_matches("'s").trim_end_matches("\u{2019}s") == o
                })
        })
        // (no claim in reach told by one who goes by that noun: "the
        // minister's account" when the minister spoke)
        && !candidates[candidates.len().saturating_sub(WINDOW)..]
            .iter()
            .filter(|c| c.sentence < number)
            .any(|c| {
                c.speaker
                    .iter()
                    .chain(&c.role)
                    .chain(&c.via)
                    .flat_map(|w| content_of(w))
                    .any(|w| owners.iter().any(|o| stem(&w) == stem(o)))
            });
    // What is asked of each candidate in the window more than once is
    // worked out once: whether it is the party's own, and how many of the
    // topic's words it holds.
    let floor = candidates.len().saturating_sub(WINDOW);
    let party_speaker = party.map(SameSpeaker::new);
    // (and the body a spokesperson named by it speaks for: "A Brantide
    // spokesperson" for "Brantide Rail")
    let spoken_for = party.and_then(spokesperson_of).map(SameSpeaker::new);
    let own_seen: Vec<Cell<Option<bool>>> = vec![Cell::new(None); candidates.len() - floor];
    let own = |ci: usize| {
        let cell = &own_seen[ci - floor];
        cell.get().unwrap_or_else(|| {
            let speaker = candidates[ci].speaker.as_deref();
            // ("Benedict Oakhampton-Wray, for Carrowmore, put it to him
            // that …": what the party's counsel says is the party's case)
            let for_party = candidates[ci]
                .role
                .as_deref()
                .and_then(|r| r.strip_prefix("for "))
                .is_some_and(|side| {
                    side.starts_with(char::is_uppercase)
                        && party.into_iter().chain(body).any(|p| {
                            p.split_whitespace().any(|w| w == side)
                                || p.starts_with(&format!("{side} "))
                        })
                });
            let own = for_party
                || (party_speaker.as_ref().is_some_and(|p| party_told(p, ci))
                    || spoken_for.as_ref().is_some_and(|b| b.is(speaker)))
                && !party.zip(speaker).is_some_and(|(p, sp)| member_of(sp, p))
                && !leaked(&candidates[ci].quote)
                // (what another relates that the party told or promised,
                // "Whitcombe had told him that …", "Northgrid had promised
                // … that …", is theirs to answer)
                && !relayed(&candidates[ci], party);
            cell.set(Some(own));
            own
        })
    };
    let topic_words: Vec<Inflected> = topic.iter().map(|w| Inflected::of(w)).collect();
    let topic_seen: Vec<Cell<Option<usize>>> = vec![Cell::new(None); candidates.len() - floor];
    let on_topic = |ci: usize| {
        let cell = &topic_seen[ci - floor];
        cell.get().unwrap_or_else(|| {
            if topic_words.is_empty() {
                return 0;
            }
            // (each word's root is cut where `roots_of` found it)
            // (read in place, not gathered for each answer)
            let quote = weighed(ci);
            let theirs = || {
                quote
                    .words
                    .iter()
                    .zip(&quote.roots)
                    .map(|(t, &(root, agent))| Inflected {
                        root: root.or_word(t),
                        agent,
                    })
            };
            let n = topic_words
                .iter()
                .filter(|w| quote.may_share_root(w) && theirs().any(|t| w.is(&t)))
                .count()
                .min(3);
            cell.set(Some(n));
            n
        })
    };
    let lower = window(candidates, number, own);
    let topical = (lower..candidates.len()).any(|ci| {
        let c = &candidates[ci];
        c.sentence < number && c.score >= 0.4 && on_topic(ci) >= 1
    });
    // "declined to say whether it would try to recover the money", "would
    // not say how much it had paid the firm": a question of the reporter's
    // own answers a claim only when that claim put it, sharing two of its
    // words (one, when it has fewer than three); a question no claim put
    // is answered by none of them.
    // (a question of time is answered by the claim that gives a length of
    // time, whatever its words: `wants_duration`)
    // ("Asked whether Brightflow had seen the findings …, Dr Quistgaard
    // said: \"No, …\"": a plain no or yes to the question related is
    // weighed as a refusal of it is)
    let plain_answer = matches!(kind, ResponseKind::Denied | ResponseKind::Confirmed)
        && super::hedges::no_to_the_question(tokens).is_some();
    if (silent_or_evasive && asks_question || plain_answer)
        && !topic_words.is_empty()
        && !wants_duration
    {
        let need = match topic_words.len() {
            0..=2 => 1,
            3..=5 => 2,
            _ => 3,
        };
        // ("whether a top-up was under discussion" is put by "ministers
        // were considering an emergency top-up": a plan still weighed)
        let of_a_plan = deliberated(tokens)
            || tokens.windows(2).any(|p| {
                matches!(p[0].low(), "under" | "being")
                    && matches!(
                        p[1].low(),
                        "discussion" | "consideration" | "review" | "considered" | "discussed"
                    )
            });
        // ("declined to say how much prothiazine it had sold": a question
        // of how much or how many is put only by a claim with a figure in
        // digits)
        let of_a_count = tokens
            .windows(2)
            .any(|p| !p[1].quoted && p[0].lower == "how" && matches!(p[1].low(), "much" | "many"));
        // ("did not respond to questions about whether seagrass would be
        // counted in the national carbon accounts", "declined to say when
        // inspectors would return": a question of what will be is put only
        // by a claim that looks ahead)
        let of_what_will_be = tokens.iter().enumerate().any(|(i, t)| {
            !t.quoted
                && matches!(t.low(), "whether" | "when" | "if")
                && tokens[i + 1..]
                    .iter()
                    .take(6)
                    .take_while(|t| t.is_word())
                    .any(|t| matches!(t.low(), "would" | "will" | "could"))
        });
        let put_before = (floor..candidates.len()).any(|ci| {
            let c = &candidates[ci];
            c.sentence < number
                && c.score >= 0.4
                && !own(ci)
                && (!of_a_count || c.quote.bytes().any(|b| b.is_ascii_digit()))
                && (!of_what_will_be || looks_ahead(c))
                && (on_topic(ci) >= need || (of_a_plan && weighs_a_plan(&weighed(ci).words)))
        });
        if !put_before {
            return None;
        }
    }
    let near = if topical && kind != ResponseKind::Confirmed {
        1.0
    } else {
        near
    };
    // "declined to comment on the study itself": the thing as a whole, its
    // own finding, told first in its name ("…, according to one of the
    // largest studies of its kind"): the first claim whose teller the
    // topic names, however far back.
    let itself = silent
        && !topic_words.is_empty()
        && tokens.windows(2).any(|p| {
            !p[1].quoted
                && matches!(p[1].low(), "itself" | "themselves")
                && p[0].is_word()
                && topic.iter().any(|w| w.as_str() == p[0].low())
        });
    // "said it was \"reviewing the research carefully\"", "will study the
    // findings": a study named as a whole, and nothing else, is its own
    // first finding, told in the study's name (not "the report", most
    // often a newspaper's story).
    let is_work = |w: &str| {
        matches!(
            w,
            "study" | "research" | "findings" | "paper" | "survey" | "analysis"
        )
    };
    let about_the_work = kind != ResponseKind::Confirmed
        && owners.is_empty()
        && topic.iter().all(|w| is_work(w))
        && own_clause.windows(2).any(|p| {
            matches!(p[0].low(), "the" | "this" | "that" | "its")
                && is_work(p[1].low())
                && !p[1].low().ends_with("'s")
        });
    // (each claim's speaker words are made once an article, not once an
    // answer)
    let told_by_topic = |ci: usize| {
        (itself || about_the_work)
            && candidates[ci].speaker.as_deref().is_some_and(|sp| {
                // (made once a claim: every claim of the window has its cell)
                speaker_words.get(ci).is_some_and(|cell| {
                    cell.content.get_or_init(|| content_of(sp)).iter().any(|w| {
                        (itself
                            && topic
                                .iter()
                                .any(|t| same_word(t, w) || one_plural(t, w) || one_plural(w, t)))
                            || (about_the_work
                                && (is_work(w)
                                    || matches!(
                                        w.as_str(),
                                        "studies" | "researchers" | "scientists" | "authors"
                                    )))
                    })
                })
            })
    };
    // "… eleven people were living in the four-bedroom house next door.
    // … The house is managed by Varden Lettings. The company did not return
    // calls on Wednesday.": a silence with no topic of its own, right after
    // the outlet names the party as the agent of a thing, answers what was
    // told of that thing.
    // "… told the Courier that a council electrician had told her the
    // lights had been put up without weatherproof connectors. Brightfell
    // Illuminations did not respond to a request for comment on the
    // claim.", "We don't recognise that account.": a telling pointed at by
    // its bare noun is the nearest claim told before, within three
    // sentences, that is not the party's own.
    // ("Asked about the accusation": the claim told as one, "accused the
    // government of …", over a quotation after it)
    // ("on the museum's account": the nearest told by its owner)
    // (the speaker's words made once a claim, as `told_by_topic` reads them)
    let told_by_owner = |ci: usize| {
        let Some(sp) = candidates[ci].speaker.as_deref() else {
            return false;
        };
        let owned = |words: &[String]| {
            words
                .iter()
                .any(|w| owners.iter().any(|o| stem(w) == stem(o)))
        };
        match speaker_words.get(ci) {
            Some(cell) => owned(cell.content.get_or_init(|| content_of(sp))),
            None => owned(&content_of(sp)),
        }
    };
    if let Some(charge) = points_back(tokens).filter(|_| silent || kind == ResponseKind::NonDenial)
    {
        let back: Vec<usize> = (floor..candidates.len())
            .rev()
            .filter(|&ci| candidates[ci].sentence < number)
            .take_while(|&ci| number - candidates[ci].sentence <= 3)
            .filter(|&ci| {
                candidates[ci].score >= 0.4
                    && candidates[ci].speaker.is_some()
                    && !own(ci)
                    && (owners.is_empty() || told_by_owner(ci))
            })
            .collect();
        let charged = |ci: usize| {
            candidates[ci]
                .cue
                .as_deref()
                .is_some_and(|c| c.starts_with("accus") || c.starts_with("alleg"))
        };
        if let Some(ci) = back
            .iter()
            .copied()
            .find(|&ci| charge && charged(ci))
            .or(back.first().copied())
        {
            return Some(ci);
        }
    }
    if silent && topic.is_empty() {
        if let Some(ci) = introduced_thing(candidates, number) {
            return Some(ci);
        }
    }
    // "A record 1,087 adults … were sent …, according to figures from the
    // NHS trust …. … The trust confirmed the figures, which were released
    // under the Freedom of Information Act.": the figures' own source,
    // granting them, answers the claim that first told them.
    if kind == ResponseKind::Confirmed {
        if let Some(ci) = figures_confirmed(tokens, candidates, number, &party_words) {
            return Some(ci);
        }
    }
    let mut teller_named = false;
    let mut best: Option<(f64, usize)> = None;
    // "The allegations in this report are false", "denies manslaughter",
    // "has pleaded not guilty": a denial of a charge answers the claim
    // that makes it.
    let of_charge = kind == ResponseKind::Denied
        && tokens.iter().enumerate().any(|(i, t)| {
            matches!(
                t.low(),
                "allegation"
                    | "allegations"
                    | "accusation"
                    | "accusations"
                    | "charge"
                    | "charges"
                    | "wrongdoing"
                    | "involvement"
            ) || OFFENCES.contains(&t.low())
                || (t.lower == "guilty" && i > 0 && tokens[i - 1].lower == "not")
        });
    // "said the suggestion that any part of the report had been withheld
    // was \"simply untrue\"", "declined to comment on the allegations": an
    // answer that names an accusation answers the claim told as one
    // ("accused the administration of keeping back …"), however far back.
    let names_accusation = tokens.windows(2).any(|p| {
        !p[1].quoted
            && matches!(
                p[0].low(),
                "the" | "that" | "this" | "these" | "those" | "any" | "such"
            )
            && matches!(
                p[1].low(),
                "suggestion"
                    | "suggestions"
                    | "allegation"
                    | "allegations"
                    | "accusation"
                    | "accusations"
            )
    });
    // ("its figures", "their data", "his record": what was told of the
    // party's own numbers)
    let own_figures = kind == ResponseKind::Denied
        && tokens.windows(2).any(|w| {
            !w[1].quoted
                && matches!(w[0].low(), "its" | "their" | "his" | "her")
                && (super::denials::is_told_noun(w[1].low()) || w[1].low() == "record")
        });
    // "That conversation never happened.": a denial that names a talk
    // answers the claim that relates what the party told someone.
    let names_talk = kind == ResponseKind::Denied
        && tokens.iter().any(|t| {
            matches!(
                t.low(),
                "conversation" | "conversations" | "chat" | "exchange" | "call" | "phone"
            )
        });
    // "\"That is simply untrue,\" Oldroyd replied." after "Sewell accused
    // the cabinet of hiding the results", "\"No, that's not true,\"
    // Petrakis replied." after "Lockhart put it to her that …": a bare
    // verdict, naming nothing, answers the accusation or the putting just
    // before, not the party's own case further back.
    let bare = kind == ResponseKind::Denied
        && topic.is_empty()
        && (quoted_verdict(tokens).is_some() || super::denials::verdict(tokens).is_some());
    // "Petrakis denied opening any record …", "denies taking the money":
    // the deed denied, as a gerund after the verb of denial, answers the
    // claim that tells of it in its own verb ("she had opened the
    // records").
    let deed = if kind == ResponseKind::Denied {
        tokens.windows(2).find_map(|p| {
            (!p[0].quoted
                && matches!(p[0].low(), "denied" | "denies" | "deny" | "denying")
                && p[1].low().len() > 5
                && p[1].low().ends_with("ing"))
            .then(|| p[1].low())
        })
    } else {
        None
    };
    // "did not comment on internal discussions", "on private
    // correspondence with elected members": a refusal that names private
    // talk answers the claim that relates what someone had told others
    // ("plant managers had told shop stewards …").
    let names_private_talk = !matches!(kind, ResponseKind::Denied | ResponseKind::Confirmed)
        && tokens.windows(2).any(|p| {
            matches!(p[0].low(), "internal" | "private" | "confidential")
                && matches!(
                    p[1].low(),
                    "discussions"
                        | "discussion"
                        | "talks"
                        | "conversations"
                        | "correspondence"
                        | "communications"
                        | "exchanges"
                        | "emails"
                        | "briefings"
                )
        });
    // "A company spokeswoman said no such assurance had been given at the
    // meeting.": a denial that names an assurance or a promise answers the
    // claim that tells of one given ("managers had told staff at a meeting
    // in February that the site was \"safe for years to come\"").
    let names_a_pledge = kind == ResponseKind::Denied
        && tokens.iter().any(|t| {
            !t.quoted
                && matches!(
                    t.low(),
                    "assurance"
                        | "assurances"
                        | "promise"
                        | "promises"
                        | "guarantee"
                        | "guarantees"
                        | "undertaking"
                        | "pledge"
                )
        });
    // "Yes, I said that, but it was a joke", "No, I never said that": one
    // who speaks of their own saying answers the claim that tells of it
    // ("he had told a fellow prisoner in June that …").
    let own_saying = tokens
        .windows(2)
        .any(|p| p[0].text == "I" && p[1].lower == "said");
    // (a party printed with the article before a common noun, "The
    // transport ministry", is named in any case: "the national transport
    // ministry")
    // (so is a body named by its own name then two common nouns,
    // "Ferrowin Patient Transport", when a claim calls it by those nouns:
    // "the patient transport service had failed to pick her up")
    let party_low: Vec<String> = party
        .and_then(|p| {
            let rest = p.trim_start_matches("The ");
            let words: Vec<&str> = rest.split_whitespace().collect();
            if words.len() >= 2 && !rest.chars().any(char::is_uppercase) {
                return Some(content_of(rest));
            }
            let common = words.get(1..).filter(|c| {
                words.len() == 3
                    && c.iter().all(|w| {
                        w.len() >= 4
                            && w.chars().all(char::is_alphabetic)
                            && !ORGS.contains(&w.to_lowercase().as_str())
                    })
            })?;
            Some(content_of(&common.join(" ").to_lowercase()))
        })
        .unwrap_or_default();
    // (the stems of the answer's words and of the question's, made once)
    let word_stems: Vec<&str> = words.iter().map(|w| stem(w)).collect();
    let asked_stems: Vec<&str> = question
        .iter()
        .filter(|w| !party_words.contains(w))
        .map(|w| stem(w))
        .collect();
    // "Has the contractor been penalised?" "I don't think it would be
    // right for me to go into that.": an answer that turns aside a
    // question of the interviewer's own, which no claim before put,
    // answers none of them. A question is put by a claim sharing one of
    // its words; a question of what will be done ("Will you hand back
    // your bonus?"), two when it has three or more.
    if !asked_stems.is_empty() && matches!(kind, ResponseKind::NonDenial | ResponseKind::Declined) {
        let need = if ahead && asked_stems.len() >= 3 {
            2
        } else {
            1
        };
        let put_before = (floor..candidates.len()).any(|ci| {
            let c = &candidates[ci];
            c.sentence < number
                && c.score >= 0.4
                && !own(ci)
                && !introduces_interview(c)
                && asked_stems
                    .iter()
                    .filter(|s| weighed(ci).holds_stem(s))
                    .count()
                    >= need
        });
        if !put_before {
            return None;
        }
    }
    for (ci, c) in candidates.iter().enumerate().skip(floor) {
        if c.score < 0.4 || c.sentence >= number {
            continue;
        }
        // A party answers what others say of it, not its own words; nor
        // the outlet's note that it could not verify a claim ("Northbound
        // Press could not independently confirm the offer.").
        if own(ci)
            || (c.kind == Kind::Outlet && c.quote.contains(" independently "))
            || role_body.is_some_and(|b| c.speaker.as_deref() == Some(b))
            || introduces_interview(c)
        {
            continue;
        }
        let quote_words: &[String] = &weighed(ci).words;
        let by_name = party.is_some() && {
            party_finder
                .as_ref()
                .is_some_and(|f| f.find(c.quote.as_bytes()).is_some())
                || spelled_out(acronym, &c.quote)
                // ("Mr Brannock" by "Lee Brannock")
                || (!party_caps.is_empty() && holds_caps(&c.quote))
                || by_surname(&c.quote)
                || body_finder
                    .as_ref()
                    .is_some_and(|f| f.find(c.quote.as_bytes()).is_some())
                || described.as_ref().is_some_and(|(owner, head)| {
                    c.quote.contains(owner.as_str())
                        && quote_words.iter().any(|w| {
                            w == head
                                || w.strip_suffix('s') == Some(head.as_str())
                                || one_plural(head, w)
                        })
                })
                || head_finders
                    .iter()
                    .chain(&first_finders)
                    .any(|f| f.find(c.quote.as_bytes()).is_some())
                || chaired.is_some_and(|head| {
                    quote_words
                        .iter()
                        .any(|w| super::denials::one_word(w, head) || one_plural(head, w))
                })
                || (silent && calls_by_short_form(text, c, short_firm, firm_noun))
        } || (!party_low.is_empty()
            && party_low.iter().all(|w| quote_words.contains(w)))
            // ("the regional health board" by "regional health chiefs": all
            // but the head noun, two words at least)
            || (party_low.len() >= 3
                && party_low[..party_low.len() - 1]
                    .iter()
                    .all(|w| quote_words.contains(w)));
        let by_topic = !teller_named && told_by_topic(ci);
        teller_named |= by_topic;
        // Beyond the last twelve claims by others, only a claim that names
        // the party or the answer's topic.
        if ci < lower && !(by_name || by_topic || on_topic(ci) > 0) {
            continue;
        }
        // Nor what its own people said: "The council disputes …" does not
        // answer "the council's cabinet member, Joanne Whitlock, said …".
        let their_role = if party_words.is_empty() && org_words.is_empty() {
            Vec::new()
        } else {
            c.role.as_deref().map(content_of).unwrap_or_default()
        };
        let ours = |ws: &[String]| !ws.is_empty() && ws.iter().all(|w| their_role.contains(w));
        if ours(&party_words) || ours(&org_words) {
            continue;
        }
        // (the claim's content words, made once for every answer that
        // weighs it, are `quote_words`)
        let theirs = weighed(ci);
        let holds = |w: &&str| theirs.holds_stem(w);
        // A shared number ("disputes the £900 figure") says more than a word.
        let shared = words
            .iter()
            .zip(&word_stems)
            .filter(|(_, s)| holds(s))
            .map(|(w, _)| {
                if w.chars().any(|c| c.is_ascii_digit()) {
                    4.0
                } else {
                    1.0
                }
            })
            .sum::<f64>();
        // In a transcript, the words of the question put say most of what an
        // answer answers: "Were monitors at the works ever switched off?"
        // "That is untrue." answers the claim about the monitors.
        let asked = asked_stems.iter().filter(|s| holds(s)).count() as f64;
        // "disputed the prosecution's account", "the observers' findings":
        // the answer names whose claim it answers.
        let names_teller = !(owners.is_empty() && told_by.is_empty()) && {
            // (or whoever passed it on: "the diplomat's account of the
            // meeting" is the account the diplomat relayed)
            let speaker_words: Vec<String> = c
                .speaker
                .iter()
                .chain(&c.via)
                .flat_map(|w| content_of(w))
                .collect();
            // (or the body the teller's role names by its noun: "the
            // union's figure" is that of "Dervla Manu, regional organiser
            // for the paramedics' union"; not a nationality, "Varnian
            // Foreign Minister", which many tellers share)
            let role_words: Vec<String> = c.role.iter().flat_map(|w| content_of(w)).collect();
            owners
                .iter()
                .chain(&told_by)
                .any(|o| speaker_words.iter().any(|w| stem(w) == stem(o)))
                || owners
                    .iter()
                    .any(|o| is_body(o) && role_words.iter().any(|w| w == o))
                || group_bodies.iter().any(|b| names_group_body(&c.quote, b))
                || c.speaker
                    .as_deref()
                    .is_some_and(|sp| side_tellers.contains(&sp))
                // (or the noun the sentence describes the teller by, in
                // apposition: "the charity's figures" are those of
                // "Sightline, the glaucoma charity, said …")
                || c.speaker.as_deref().is_some_and(|sp| {
                    owners
                        .iter()
                        .any(|o| described_in_apposition(&c.quote, sp, o))
                })
        };
        // "disputes that estimate": a claim with a number.
        let counted = c.quote.bytes().any(|b| b.is_ascii_digit());
        // A claim that names the party is a claim about it.
        let names = |ws: &[String]| !ws.is_empty() && ws.iter().all(|w| quote_words.contains(w));
        // By every capitalised word of its name when it has some ("NHS
        // England" is not named by "England" alone).
        let names_party = if party_caps.is_empty() {
            names(&party_words)
        } else {
            holds_caps(&c.quote)
        } || names(&org_words)
            || by_name;
        // An accusation against the party is what its denial answers first.
        let accuses = c.cue.as_deref().is_some_and(|q| q.contains("accus"));
        let distance = (number - c.sentence) as f64;
        // An answer usually follows the claim it answers, and is sought for
        // the unconfirmed ones.
        // (the topic outweighs the party's name: "Norcross did not respond
        // on its inspection" answers the claim about the inspection, not the
        // one that names Norcross as a witness)
        // A confirmation or denial weighs it less: "confirmed the approach"
        // settles what was reported of the approach.
        let topic_shared = match (on_topic(ci), silent || put) {
            (0, _) => 0.0,
            (n, true) => 3.0 + n as f64,
            (n, false) => 0.4 + 0.5 * n as f64,
        };
        let mut s = 0.5 * shared + asked + topic_shared + near / distance;
        if by_topic {
            s += 8.0;
        }
        if c.hedge.is_some() {
            s += 1.5;
        }
        if c.kind == Kind::Reported {
            s += 0.5;
        }
        if names_party {
            // A silence answers what was said of the silent party, however
            // far back: "Halberd Homes did not return calls".
            // (by its name as printed: "Castellan Marine", not "police
            // forces" for "Police").
            s += if silent && by_name { 3.0 } else { 1.5 };
        }
        // "disputed the vote count" … "declined to comment on the vote
        // count": a topic an earlier answer named in the same words answers
        // the claim that answer answered.
        if silent
            && !topic.is_empty()
            && c.responses.iter().any(|r| {
                let theirs = content_of(&r.quote);
                topic.iter().all(|w| theirs.contains(w))
            })
        {
            s += 3.0;
        }
        // "Calloway Homes did not return calls": of the claims that name
        // the silent party, the one already disputed by another ("… claimed
        // the council had already agreed the price with Calloway Homes …"
        // then "The council denies that any price was agreed in advance."),
        // not the denier's own account that names it too; unless the
        // silent party told the disputed claim (then it is asked about the
        // denial).
        // (not over the topic the silence names, which that claim does not
        // hold: "Pellacott declined to comment on the inquiry." is not of
        // the banking report its chief executive denied)
        if silent
            && by_name
            && (topic_words.is_empty() || on_topic(ci) > 0)
            && !party_speaker
                .as_ref()
                .is_some_and(|p| p.is(c.speaker.as_deref()))
            && c.responses
                .iter()
                .any(|r| r.kind == ResponseKind::Denied && !same_speaker(Some(&r.party), party))
        {
            s += 3.0;
        }
        // "The finance ministry would neither confirm nor deny the report.
        // Stravex did not respond to emailed questions.": a silence with
        // no topic of its own, right after another's answer to a claim
        // that names the silent party, answers that claim too.
        if silent
            && topic.is_empty()
            && names_party
            && c.responses.iter().any(|r| r.sentence + 1 == number)
        {
            s += 3.5;
        }
        if names_talk
            && relayed(c, party)
            && party_speaker
                .as_ref()
                .is_some_and(|p| p.is(c.speaker.as_deref()))
        {
            s += 3.0;
        }
        if of_charge && makes_charge(c) {
            s += 2.0;
        }
        if owner_by_noun
            && !names_teller
            && c.kind == Kind::Reported
            && c.speaker.is_some()
            && !names_party
        {
            s += 2.0;
        }
        // "did not respond to a request for comment on Bexley's account"
        // after "He said the bank had told his office in January that the
        // branch was \"not under review\"": the teller's account of what the
        // party itself told, relayed by the teller the answer names.
        if names_teller
            && relayed(c, party)
            && c.via
                .iter()
                .flat_map(|w| content_of(w))
                .any(|w| owners.iter().any(|o| stem(&w) == stem(o)))
        {
            s += 6.0;
        }
        if names_teller {
            // "the prosecution's account" is the whole of it, told first.
            // (unless the answer names a part of it: "the prosecution's
            // account of the transfers")
            s += if teller_seen || put { 3.0 } else { 6.5 };
            teller_seen = true;
        }
        if names_accusation
            && c.cue
                .as_deref()
                .is_some_and(|q| ["accus", "alleg", "suggest"].iter().any(|w| q.contains(w)))
        {
            s += 3.0;
        }
        if names_party && accuses && kind == ResponseKind::Denied {
            s += 1.5;
        }
        // "said its figures were distorted by the way deaths were coded":
        // the party's own figures, as another told them of it.
        if names_party && own_figures {
            s += 2.0;
        }
        if bare
            && distance <= 2.0
            && c.cue.as_deref().is_some_and(|q| {
                q == "put"
                    || ["accus", "alleg", "suggest"]
                        .iter()
                        .any(|w| q.starts_with(w))
            })
        {
            s += 3.0;
        }
        // (told of the party: "denied receiving any such email" does not
        // answer another's "had not received training")
        if let Some(verb) = deed.filter(|_| names_party) {
            if quote_words.iter().any(|w| same_word(verb, w)) {
                s += 2.0;
            }
        }
        // (a strong sign, above a word the topic shares by chance:
        // "elected members" is not "cabinet member for transport")
        if names_private_talk && tells_of_telling(&c.quote) {
            s += 4.0;
        }
        if own_saying && tells_of_telling(&c.quote) {
            s += 2.0;
        }
        if names_a_pledge && tells_of_telling(&c.quote) {
            s += 4.0;
        }
        if wants_number && counted {
            s += 1.0;
        }
        // ("disputes the £900 figure": the claim that gives that very
        // figure)
        if figures_named
            .iter()
            .any(|f| quote_words.iter().any(|w| w == f))
        {
            s += 3.0;
        }
        if undecided && weighs_a_plan(quote_words) {
            s += 2.0;
        }
        if !its_own.is_empty() && names_own_thing(&c.quote, &its_own) {
            s += 1.5;
        }
        if wants_duration && has_duration(quote_words) {
            s += 1.5;
        }
        if wants_money && has_money(&c.quote) {
            s += 1.0;
        }
        // (a report is also one the outlet passes on hedged: "He is
        // reportedly weighing a referendum …" then "Asked about the report,
        // …")
        let reported = c.cue.as_deref().is_some_and(|q| q.contains("report"))
            || c.hedge.as_deref().is_some_and(|h| h.contains("report"));
        if on_report && reported {
            s += 3.0;
        }
        // (asked only of an answer about a rumour or a confirmation)
        // (officials count as unnamed only for a rumour, and only in lower
        // case: "two Treasury officials", not "the Official Receiver")
        let unnamed = (on_rumour || kind == ResponseKind::Confirmed)
            && c.speaker.as_deref().is_some_and(|sp| {
                sp.split_whitespace().any(|w| {
                    [
                        "sources", "source", "people", "person", "familiar", "insiders",
                    ]
                    .iter()
                    .any(|u| w.eq_ignore_ascii_case(u))
                        || (on_rumour && matches!(w, "officials" | "official"))
                })
            });
        // (the story itself, not a detail "one of the officials" adds after
        // it: "The freeze would cost the Treasury about £2.1 billion, one
        // of the officials said")
        let one_of_them = c
            .speaker
            .as_deref()
            .and_then(|sp| sp.get(..11))
            .is_some_and(|p| p.eq_ignore_ascii_case("one of the "));
        if on_rumour && (reported || unnamed || c.hedge.is_some()) && !one_of_them {
            s += 2.0;
        }
        // A confirmation settles what was only reported: "The Sunday
        // Ledger reported … Ambledown confirmed the approach".
        if kind == ResponseKind::Confirmed
            && distance <= 2.0
            && (reported || unnamed || c.hedge.is_some())
        {
            s += 1.5;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, ci));
        }
    }
    best.map(|(_, i)| i)
}

/// The claim that first told the figures a party confirms ("confirmed the
/// figures", "confirmed the numbers"), when they are the party's own:
/// the earliest claim in the window told by figures or numbers whose
/// teller shares a word with the party ("according to figures from
/// the NHS trust", confirmed by "The trust").
fn figures_confirmed(
    tokens: &[Token],
    candidates: &[Candidate],
    number: usize,
    party: &[String],
) -> Option<usize> {
    let figures = |w: &str| matches!(w, "figures" | "numbers");
    let named = tokens.windows(3).any(|p| {
        !p[0].quoted
            && matches!(p[0].low(), "confirmed" | "confirms")
            && p[1].low() == "the"
            && figures(p[2].low())
    });
    if !named || party.is_empty() {
        return None;
    }
    let floor = candidates.len().saturating_sub(WINDOW);
    (floor..candidates.len()).find(|&ci| {
        let c = &candidates[ci];
        c.sentence < number
            && c.score >= 0.4
            && c.speaker.as_deref().is_some_and(|sp| {
                let words = content_of(sp);
                words.iter().any(|w| figures(w)) && words.iter().any(|w| party.contains(w))
            })
    })
}

/// Whether an answer points at a telling by its bare noun after "the",
/// "that" or the like, or after whose it is, naming nothing more of it:
/// "on the claim", "We don't recognise that account.", "on the museum's
/// account" (a body by a common noun: a telling of a named person's is
/// weighed by its words) (not "the claim that …", "the account of the
/// meeting", "the claims made by the union"). Gives whether the noun is
/// one for a charge ("the allegation", "the accusation").
fn points_back(tokens: &[Token]) -> Option<bool> {
    let telling = |w: &str| {
        matches!(
            w,
            "claim"
                | "claims"
                | "account"
                | "allegation"
                | "allegations"
                | "accusation"
                | "accusations"
                | "suggestion"
                | "characterisation"
                | "characterization"
                | "version"
        )
    };
    (1..tokens.len())
        .find(|&i| {
            (matches!(
                tokens[i - 1].low(),
                "the" | "that" | "this" | "those" | "these"
            ) || !tokens[i - 1].is_cap()
                && (tokens[i - 1].low().ends_with("'s")
                    || tokens[i - 1].low().ends_with("\u{2019}s")))
                && telling(tokens[i].low())
                && tokens.get(i + 1).is_none_or(|n| {
                    !matches!(
                        n.low(),
                        "that"
                            | "of"
                            | "about"
                            | "by"
                            | "from"
                            | "in"
                            | "made"
                            | "on"
                            | "over"
                            | "against"
                    )
                })
        })
        .map(|i| {
            matches!(
                tokens[i].low(),
                "allegation" | "allegations" | "accusation" | "accusations"
            )
        })
}

/// The claim a thing was told in, when the outlet's sentence just before
/// the answer (sentence `number`) names who is behind it: "The house is
/// managed by Varden Lettings.", "The tunnels were built by the contractor
/// Fothergill Civils for the Regional Roads Agency." That sentence opens
/// "The", a noun in lower case, "is", "are", "was" or "were", a verb and
/// "by"; the claim is the latest in the eight sentences before it, told by
/// someone, that holds the noun as printed, not after "a", "an" or "one"
/// ("in a house of that size" is any house, "the four-bedroom house next
/// door" the one).
fn introduced_thing(candidates: &[Candidate], number: usize) -> Option<usize> {
    // (looked for from the end, no further back than that sentence: a
    // long text holds many thousands of claims)
    let (at, _) = candidates
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, c)| c.sentence + 1 >= number)
        .find(|(_, c)| c.sentence + 1 == number)?;
    let intro = &candidates[at];
    if intro.kind != Kind::Outlet || intro.speaker.is_some() {
        return None;
    }
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    let words: Vec<&str> = intro.quote.split_whitespace().collect();
    let ["The", noun, "is" | "are" | "was" | "were", verb, "by", ..] = words.as_slice() else {
        return None;
    };
    if !lower(noun) || !lower(verb) {
        return None;
    }
    candidates[..at]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, c)| c.sentence < number)
        .take_while(|(_, c)| number - c.sentence <= 8)
        .find(|(_, c)| {
            c.speaker.is_some() && c.score >= 0.4 && {
                let theirs: Vec<String> = c
                    .quote
                    .split_whitespace()
                    .map(|w| {
                        w.trim_matches(|ch: char| !ch.is_alphanumeric())
                            .to_lowercase()
                    })
                    .collect();
                theirs.iter().enumerate().any(|(k, w)| {
                    w == noun && (k == 0 || !matches!(theirs[k - 1].as_str(), "a" | "an" | "one"))
                })
            }
        })
        .map(|(i, _)| i)
}

/// Whether a claim looks ahead: it has a date to check after, or its
/// words tell of what will be.
pub(crate) fn looks_ahead(c: &Candidate) -> bool {
    c.check_after.is_some() || c.why.contains(&"future")
}

/// What a silence or refusal was asked to count, as it tells the question:
/// "declined to say how many of the closed beds were on children's wards",
/// "would not say how much it was paying".
#[derive(Debug, PartialEq)]
pub(crate) enum CountAsked {
    /// A part of a whole the question gives itself ("how many of the 41
    /// rivers lie within protected sites"): no claim told it, or it would
    /// not have been asked.
    Part,
    /// A number of things, by the stems of the words that name them ("how
    /// many of its staff at Carrowby had left" gives "staff" and "carro").
    Of(Vec<String>),
    /// A sum of money ("how much it had spent"), or so much of a thing
    /// ("how much the refurbishment had cost", "how much prothiazine it
    /// had sold"): a sum anywhere, or a number before a word named.
    Much(Vec<String>),
}

/// The count a silence or refusal was asked for, from its first "how many"
/// or "how much" outside quotation marks that the question is put by ("to
/// say how many", "has not said how much", "asked how much", "questions
/// about how many", "asked the Treasury how many"); none where it asks no
/// count, or where the count is
/// no question put ("saying it was still assessing how many staff were
/// needed").
pub(crate) fn count_asked(tokens: &[Token]) -> Option<CountAsked> {
    let at = tokens.windows(2).enumerate().position(|(i, p)| {
        !p[0].quoted
            && p[0].low() == "how"
            && matches!(p[1].low(), "many" | "much")
            && i > 0
            && (matches!(
                tokens[i - 1].low(),
                "say"
                    | "said"
                    | "disclose"
                    | "reveal"
                    | "confirm"
                    | "specify"
                    | "explain"
                    | "asked"
                    | "about"
                    | "on"
                    | "over"
            ) || tokens[i.saturating_sub(4)..i]
                .iter()
                .any(|t| t.low() == "asked"))
    })?;
    let many = tokens[at + 1].low() == "many";
    let rest = &tokens[at + 2..];
    // (a whole with its number: "of the 41 rivers", "of the other 28 homes")
    if many
        && rest.first().is_some_and(|t| t.low() == "of")
        && rest.iter().skip(1).take(3).any(|t| t.has_digit())
    {
        return Some(CountAsked::Part);
    }
    // (the words counted, up to the clause's subject or verb: "of the
    // infirmary's patients" before "it had agreed")
    let counted: Vec<String> = rest
        .iter()
        .take_while(|t| {
            (t.is_word() || t.has_digit())
                && !matches!(
                    t.low(),
                    "it" | "they"
                        | "he"
                        | "she"
                        | "we"
                        | "i"
                        | "you"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "had"
                        | "has"
                        | "have"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "did"
                        | "do"
                        | "does"
                        | "lie"
                        | "remain"
                        | "remained"
                )
        })
        .take(6)
        .flat_map(|t| content_of(t.text))
        .filter(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        .map(|w| stem(&w).to_string())
        .collect();
    match (many, counted.is_empty()) {
        (false, _) => Some(CountAsked::Much(counted)),
        (true, false) => Some(CountAsked::Of(counted)),
        (true, true) => None,
    }
}

/// Whether a claim gives the count asked: a number at most three words
/// before a word counted ("600 patients", "1,200 community pharmacies"),
/// or for "how much" a sum of money anywhere ("more than £600,000").
pub(crate) fn gives_count(quote: &str, asked: &CountAsked) -> bool {
    let words: Vec<&str> = quote
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '(' | ')' | ';' | ':'))
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | '\'' | '\u{2019}')))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| {
        w.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "twenty"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
            )
    };
    let money = || {
        words
            .iter()
            .any(|w| w.starts_with(['£', '$', '€']) || matches!(*w, "pounds" | "dollars" | "euros"))
    };
    match asked {
        CountAsked::Part => false,
        CountAsked::Much(counted) if money() || counted.is_empty() => money(),
        CountAsked::Much(counted) | CountAsked::Of(counted) => {
            words.iter().enumerate().any(|(i, w)| {
                number(w)
                    && words[i + 1..].iter().take(3).any(|n| {
                        let n = n.to_lowercase();
                        counted.iter().any(|c| stem(&n) == c)
                    })
            })
        }
    }
}

/// Whether an answer refuses to foresee: "I'm not going to speculate about
/// what a future council might do", "I won't get into predictions on air",
/// "I'm not in the business of making promises about individual jobs", "I
/// don't answer hypothetical questions", "We will decide that in due
/// course", "It's too early to say". (Not "we don't comment on
/// speculation", which is of a rumour told, nor "would not speculate on
/// the cause" or "anything that might prejudge its work", of what was.)
pub(crate) fn refuses_to_foresee(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        let next = |k: usize| tokens.get(i + k).map_or("", |t| t.low());
        match t.low() {
            "predictions" | "predict" | "hypothetical" => true,
            // (of what will be: "speculate about what a future council might
            // do", not "would not speculate on the cause")
            "speculate" => tokens[i + 1..].iter().take(8).any(|t| {
                matches!(
                    t.low(),
                    "will" | "would" | "might" | "could" | "may" | "future"
                )
            }),
            "promises" => i > 0 && matches!(tokens[i - 1].low(), "making" | "make"),
            // (a decision put off, not a matter left to another: "My
            // barrister will deal with all of that in due course")
            "due" => {
                i > 0
                    && tokens[i - 1].lower == "in"
                    && next(1) == "course"
                    && tokens
                        .iter()
                        .any(|t| matches!(t.low(), "decide" | "decision" | "announce"))
            }
            "early" => i > 0 && tokens[i - 1].lower == "too" && next(1) == "to" && next(2) == "say",
            _ => false,
        }
    })
}

/// Whether an answer names deliberations, a decision still being weighed:
/// "declined to comment on what she called internal government
/// deliberations".
fn deliberated(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| !t.quoted && matches!(t.low(), "deliberations" | "deliberation"))
}

/// Whether a claim's content words (`content_of`) tell of a plan still
/// being weighed: "are considering raising the pension age", "is weighing
/// a bid", "plans to close", "drawing up proposals".
fn weighs_a_plan(words: &[String]) -> bool {
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "considering"
                | "consider"
                | "considers"
                | "weighing"
                | "planning"
                | "plans"
                | "proposals"
                | "proposing"
                | "preparing"
                | "drawing"
                | "exploring"
                | "poised"
        )
    })
}

/// Whether a claim calls the silent party by a short form that stands for
/// it: "the company has been unable to recruit enough optometrists" after
/// "… transferred to a private provider, Clarivue Eye Partners", when
/// "Clarivue Eye Partners did not respond" (`bodies::named_body`, sought
/// before the short form).
fn calls_by_short_form(
    text: &str,
    c: &Candidate,
    firm: Option<(Option<&str>, Option<&str>)>,
    firm_noun: Option<&str>,
) -> bool {
    // (the short forms' searchers, built once)
    static SHORTS: OnceLock<Vec<(&'static str, Finder<'static>)>> = OnceLock::new();
    let shorts = SHORTS.get_or_init(|| {
        ["the company", "the firm", "The company", "The firm"]
            .iter()
            .map(|s| (*s, Finder::new(s.as_bytes()).into_owned()))
            .collect()
    });
    let Some(said) = text.get(c.start..c.end) else {
        return false;
    };
    let told_by_it = |short: &str| {
        c.speaker
            .as_deref()
            .is_some_and(|sp| sp.to_lowercase().contains(&short.to_lowercase()))
    };
    firm.is_some_and(|(party, body)| {
        shorts.iter().any(|(short, finder)| {
            finder.find_iter(said.as_bytes()).any(|at| {
                let before = c.start + at;
                !said[at + short.len()..].starts_with(char::is_alphanumeric)
                    && !told_by_it(short)
                    // (a name stands for the short form only if it is
                    // printed in the stretch before it: one search, before
                    // any reading of names)
                    && printed_before(text, before, party.into_iter().chain(body))
                    && super::bodies::named_body(text, before, short).is_some_and(|named| {
                        Some(named.as_str()) == party || Some(named.as_str()) == body
                    })
            })
        })
    }) || firm_noun.is_some_and(|noun| {
        let short = format!("the {noun}");
        let low = c.quote.to_lowercase();
        !told_by_it(&short)
            && low
                .match_indices(&short)
                .any(|(at, _)| !low[at + short.len()..].starts_with(char::is_alphanumeric))
    })
}

/// Whether any of `names` is printed in the stretch of `text` that
/// `bodies::named_body` reads before the byte `before`.
fn printed_before<'n>(text: &str, before: usize, mut names: impl Iterator<Item = &'n str>) -> bool {
    let before = before.min(text.len());
    let from = before.saturating_sub(super::bodies::REACH);
    let window = &text.as_bytes()[from..before];
    names.any(|n| memchr::memmem::find(window, n.as_bytes()).is_some())
}

/// The firm's noun an answer gives its party in apposition, without a
/// possessive: "contractor" in "Crabtree & Ingham, the electrical
/// contractor, did not respond".
fn called_a_firm<'t>(tokens: &[Token<'t>]) -> Option<&'t str> {
    let comma = tokens.iter().take(8).position(|t| t.text == ",")?;
    let rest = tokens.get(comma + 1..)?;
    if rest.first().is_none_or(|t| t.lower != "the" || t.quoted) {
        return None;
    }
    let end = rest.iter().take(6).position(|t| t.text == ",")?;
    let words = &rest[1..end];
    let head = words.last()?;
    (words
        .iter()
        .all(|t| t.is_word() && !t.quoted && t.text.bytes().all(|b| b.is_ascii_lowercase()))
        && super::bodies::is_firm_noun(head.text))
    .then_some(head.text)
}

/// The body a role belongs to when the role names it by a common noun
/// with a possessive ("company's operations director", "the council's
/// head of planning"), as `body_called` finds it.
fn body_named_before<'c>(
    role: &str,
    number: usize,
    candidates: &'c [Candidate],
) -> Option<&'c str> {
    let first = role
        .split_whitespace()
        .find(|w| !w.eq_ignore_ascii_case("the"))?;
    let noun = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("\u{2019}s"))?;
    body_called(noun, number, candidates)
}

/// The latest teller of the claims in the window before sentence `number`
/// whose name holds the body noun `noun` ("Tarnside Borough Council" for
/// "council"), or, for a trading body ("company", "firm"), whose name is
/// in capitals, two words or more ("Carrick Hill Aggregates", not
/// "Residents").
fn body_called<'c>(noun: &str, number: usize, candidates: &'c [Candidate]) -> Option<&'c str> {
    if !is_body(noun) {
        return None;
    }
    let trading = matches!(noun, "company" | "firm");
    candidates[candidates.len().saturating_sub(WINDOW)..]
        .iter()
        .rev()
        .filter(|c| c.sentence < number && c.kind != Kind::Paraphrase)
        .filter_map(|c| c.speaker.as_deref())
        .find(|sp| {
            let words: Vec<&str> = sp.split_whitespace().collect();
            words.iter().any(|w| w.eq_ignore_ascii_case(noun))
                || (trading
                    && words.len() >= 2
                    && !matches!(words[0], "The" | "A" | "An")
                    && words.iter().all(|w| {
                        w.starts_with(|c: char| c.is_uppercase())
                            || matches!(*w, "and" | "&" | "of")
                    }))
        })
}

/// Whether a claim names one of `things` ("hospital") with a capital,
/// inside a name and not as its first word: "At Fennick General
/// Hospital, …".
fn names_own_thing(quote: &str, things: &[&str]) -> bool {
    quote.split_whitespace().skip(1).any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let w = w.strip_suffix("'s").unwrap_or(w);
        w.starts_with(|c: char| c.is_uppercase())
            && things.iter().any(|t| w.eq_ignore_ascii_case(t))
    })
}

/// The name a role belongs to when it is printed in capitals before a
/// possessive: "Brindley Lyle" of "Brindley Lyle's managing director".
fn capitalised_owner(role: &str) -> Option<&str> {
    let at = role.find("'s ").or_else(|| role.find("\u{2019}s "))?;
    let owner = &role[..at];
    let words: Vec<&str> = owner.split_whitespace().collect();
    (!words.is_empty()
        && !matches!(words[0], "The" | "A" | "An" | "Its" | "Their")
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_title(w)))
    .then_some(owner)
}

/// What an apposition after a party's name says it is, as the owner with
/// its possessive and the head noun: ", the retailer's main lender," gives
/// ("retailer's", "lender").
fn described_as(tokens: &[Token]) -> Option<(String, String)> {
    let comma = tokens.iter().take(8).position(|t| t.text == ",")?;
    let rest = &tokens[comma + 1..];
    if rest.first().is_none_or(|t| t.lower != "the") {
        return None;
    }
    let end = rest.iter().take(8).position(|t| t.text == ",")?;
    described_by(rest[..end].iter().map(|t| t.text))
}

/// What a party is said to run, in a relative clause after its name: the
/// head noun of "who chaired the trustees at the time", "who runs the
/// stables", "who headed the review panel until 2024", "which coordinated
/// the spraying" (lower case, four letters at least), up to the comma or
/// a word of time or place.
fn what_they_ran<'t>(tokens: &[Token<'t>]) -> Option<&'t str> {
    let comma = tokens.iter().take(8).position(|t| t.text == ",")?;
    let [who, verb, the, rest @ ..] = tokens.get(comma + 1..)? else {
        return None;
    };
    let runs = matches!(
        verb.low(),
        "chaired"
            | "chairs"
            | "ran"
            | "runs"
            | "led"
            | "leads"
            | "headed"
            | "heads"
            | "managed"
            | "manages"
            | "owned"
            | "owns"
            | "oversaw"
            | "oversees"
            | "coordinated"
            | "coordinates"
    );
    // (a body's too: "The West African Locust Control Commission, which
    // coordinated the spraying, did not respond"; not what a body owns,
    // "The Tarvie Estate, which owns the hill, said …", its land, not its
    // doing)
    let body_owns = who.lower == "which" && matches!(verb.low(), "owned" | "owns");
    if !matches!(who.low(), "who" | "which")
        || !runs
        || body_owns
        || the.lower != "the"
        || who.quoted
    {
        return None;
    }
    let phrase: Vec<&Token> = rest
        .iter()
        .take(4)
        .take_while(|t| {
            t.is_word()
                && !t.quoted
                && !matches!(
                    t.low(),
                    "at" | "in" | "until" | "when" | "from" | "for" | "since"
                )
        })
        .collect();
    let head = phrase.last()?;
    (head.text.len() >= 4
        && head.text.chars().all(|c| c.is_ascii_lowercase())
        && rest
            .get(phrase.len())
            .is_some_and(|t| !t.is_word() || !t.quoted))
    .then_some(head.text)
}

/// The owner (with its possessive, lower case) and the head noun of a
/// description such as "the retailer's main lender".
fn described_by<'w>(words: impl Iterator<Item = &'w str>) -> Option<(String, String)> {
    let words: Vec<String> = words
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect();
    let at = words.iter().position(|w| w.ends_with("'s"))?;
    let head = words.last().filter(|_| at + 1 < words.len())?;
    let owner = &words[at];
    (owner.len() > 4 && head.chars().all(char::is_alphabetic) && !is_role_word(head))
        .then(|| (owner.clone(), head.clone()))
}

/// Whether a claim names a group's body by the group's plural, printed
/// with a capital before another capitalised word or an apostrophe:
/// "Traders' Association", "Residents Action Group".
fn names_group_body(quote: &str, body: &str) -> bool {
    memchr::memmem::find_iter(quote.as_bytes(), body).any(|at| {
        let rest = &quote[at + body.len()..];
        !quote[..at].ends_with(char::is_alphanumeric)
            && (rest.starts_with(['\'', '\u{2019}'])
                || rest
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase)))
    })
}

/// Whether a claim relates what someone had told others, in private or
/// not: "plant managers had told shop stewards …", "a senior officer had
/// told opposition councillors …", "had assured staff", "had been told".
fn tells_of_telling(quote: &str) -> bool {
    memchr::memmem::find_iter(quote.as_bytes(), "had ").any(|at| {
        let rest = &quote[at + 4..];
        let rest = rest.strip_prefix("been ").unwrap_or(rest);
        [
            "told ",
            "assured ",
            "informed ",
            "briefed ",
            "written to ",
            "emailed ",
        ]
        .iter()
        .any(|v| rest.starts_with(v))
    })
}

/// The minutes past midnight a live blog's entry stamp gives, when `line`
/// is only a time: "15.52 GMT", "17:14", "09:15 BST", "3.45pm".
fn stamp(line: &str) -> Option<u32> {
    let line = line.trim();
    let (clock, zone) = line.split_once(' ').unwrap_or((line, ""));
    if !matches!(
        zone,
        "" | "GMT" | "BST" | "UTC" | "CET" | "CEST" | "ET" | "EST" | "EDT"
    ) {
        return None;
    }
    let (clock, half) = match clock.strip_suffix("pm") {
        Some(c) => (c, Some(true)),
        None => match clock.strip_suffix("am") {
            Some(c) => (c, Some(false)),
            None => (clock, None),
        },
    };
    let (h, m) = clock.split_once(['.', ':'])?;
    // A bare "3.40" with neither a colon, a zone nor am/pm is as likely a
    // figure as a time: not a stamp ("14.45" is).
    if half.is_none() && zone.is_empty() && !clock.contains(':') && h.len() < 2 {
        return None;
    }
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 23 || m > 59 || (half.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    // "12.30am" is half past midnight, "12.30pm" half past noon.
    let h = match half {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    Some(h * 60 + m)
}

/// A live blog printed newest first (entry stamps on lines of their own,
/// each earlier than the one above it, past midnight too: "03:52",
/// "01:15", "23:40"): the order to read its sentences in so that every
/// answer comes after what it answers, whatever entry told it ("The
/// company did not respond when asked whether the site had been holding
/// more waste than its permit allowed, as residents have claimed (see
/// 14.45)" answers the residents' claim in the older entry below). The
/// lines above the first stamp stay first, then the entries, oldest
/// first, each in its own order. None when the text is no such blog (at
/// least three stamps, every one earlier than the last).
pub(crate) fn oldest_first(text: &str, sentences: &[Sentence]) -> Option<Vec<usize>> {
    let mut stamps: Vec<(usize, u32)> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        // (a line of its own that opens its paragraph: the entry's heading
        // may follow it in the same paragraph)
        let opens = i == 0 || sentences[i - 1].paragraph != s.paragraph;
        if s.end - s.start > 12 || !opens {
            continue;
        }
        if let Some(m) = text.get(s.start..s.end).and_then(stamp) {
            if let Some(&(_, last)) = stamps.last() {
                // (earlier by up to twelve hours, past midnight too)
                let back = (last + 1440 - m) % 1440;
                if back == 0 || back > 720 {
                    return None;
                }
            }
            stamps.push((i, m));
        }
    }
    if stamps.len() < 3 {
        return None;
    }
    let mut order: Vec<usize> = (0..stamps[0].0).collect();
    let mut end = sentences.len();
    for &(from, _) in stamps.iter().rev() {
        order.extend(from..end);
        end = from;
    }
    Some(order)
}

/// A refusal to speak of one person's case ("The trust said it could not
/// comment on individual patients.", "does not discuss individual cases")
/// answers the latest claim, in the six sentences before, that someone
/// other than the party, holding no post (not "the trust's chief
/// executive", nor "the area's MP"), told of their own case in their own
/// words: a quotation in the first person singular ("\"I waited 14 weeks
/// for that scan …,\" he said."), over a claim that only names the party
/// and the word ("The worst performer was … Trust, where … patients …").
fn individual_case(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
    party: Option<&str>,
) -> Option<usize> {
    let names = tokens.windows(2).any(|p| {
        !p[0].quoted
            && p[0].lower == "individual"
            && matches!(
                p[1].low(),
                "patients"
                    | "patient"
                    | "cases"
                    | "case"
                    | "customers"
                    | "passengers"
                    | "pupils"
                    | "students"
                    | "residents"
                    | "tenants"
                    | "clients"
                    | "employees"
                    | "families"
            )
    });
    if !names {
        return None;
    }
    // (nor one who holds a post, for the party or another: "the trust's
    // chief executive", "the area's MP"; "a council tenant" holds none)
    let holds_post = |r: &str| {
        r.split(|ch: char| !ch.is_alphanumeric())
            .map(str::to_lowercase)
            .any(|w| {
                is_role_word(&w)
                    || matches!(
                        w.as_str(),
                        "mp" | "councillor"
                            | "minister"
                            | "mayor"
                            | "manager"
                            | "chair"
                            | "chairman"
                            | "chairwoman"
                            | "leader"
                    )
            })
    };
    let party = party.map(SameSpeaker::new);
    let floor = candidates.len().saturating_sub(WINDOW);
    (floor..candidates.len()).rev().find(|&ci| {
        let c = &candidates[ci];
        c.sentence < number
            && number - c.sentence <= 6
            && c.score >= 0.4
            && c.kind == Kind::DirectQuote
            && !party.as_ref().is_some_and(|p| p.is(c.speaker.as_deref()))
            && !c.role.as_deref().is_some_and(holds_post)
            && c.quote
                .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '\u{2019}')
                .any(|w| {
                    matches!(
                        w,
                        "I" | "I'm"
                            | "I've"
                            | "I'd"
                            | "my"
                            | "My"
                            | "me"
                            | "I\u{2019}m"
                            | "I\u{2019}ve"
                            | "I\u{2019}d"
                    )
                })
    })
}

/// Words for a published piece of work an article reports on.
const WORKS: &[&str] = &[
    "paper", "study", "report", "research", "survey", "review", "findings", "analysis",
];

/// An answer that has not seen the work the article is about ("We have
/// not seen the paper and so can't comment on it", "had not yet read the
/// report", "has not had a chance to study the findings") answers the
/// work's lead claim: the first claim in reach, not the party's own, that
/// names such a work ("…, according to a study that tracked …"); or the
/// finding its author or its researchers told in the two sentences before.
fn unseen_work(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
    party: Option<&str>,
) -> Option<usize> {
    // ("had a chance to study the paper": the bare verb after "to", its
    // negation further back)
    let bare = |k: usize| k > 0 && tokens[k - 1].low() == "to";
    let saw = (0..tokens.len()).find(|&k| {
        matches!(
            tokens[k].low(),
            "seen" | "read" | "studied" | "reviewed" | "examined"
        ) || (bare(k) && matches!(tokens[k].low(), "see" | "study" | "review" | "examine"))
    })?;
    let reach = if bare(saw) { 6 } else { 4 };
    let negated = (saw.saturating_sub(reach)..saw).any(|k| {
        matches!(tokens[k].low(), "not" | "never" | "yet") || tokens[k].low().ends_with("n't")
    });
    let work = tokens
        .iter()
        .skip(saw + 1)
        .take(3)
        .any(|t| WORKS.contains(&t.low()));
    if !negated || !work {
        return None;
    }
    let party = party.map(SameSpeaker::new);
    let others = |c: &Candidate| !party.as_ref().is_some_and(|p| p.is(c.speaker.as_deref()));
    let names_work = |s: &str| {
        s.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| WORKS.contains(&w.to_lowercase().as_str()))
    };
    let floor = candidates.len().saturating_sub(WINDOW);
    // (one finding the work's author has just told, right before the
    // answer, is the one it was put: "Brennan said pupils who used their
    // phones' night mode slept no longer …" by "the study's lead author",
    // then "Voltra … said it had not yet seen the paper")
    let just_told = candidates[floor..]
        .iter()
        .rposition(|c| c.sentence < number && c.score >= 0.4 && others(c))
        .map(|k| floor + k)
        .filter(|&i| {
            let c = &candidates[i];
            // (told by the author in a role naming the work, or by the
            // work or its researchers themselves: "The researchers also
            // found that …")
            // ("The researchers", "the study", "the paper's authors"; not
            // "Critics of the study" or "Other researchers")
            let by_the_work = c.speaker.as_deref().is_some_and(|s| {
                let s = s.to_lowercase();
                let s = s.strip_prefix("the ").unwrap_or(&s);
                let (owner, head) = s.split_once(' ').unwrap_or(("", s));
                (owner.is_empty()
                    && (WORKS.contains(&head) || matches!(head, "researchers" | "authors")))
                    || (matches!(head, "researchers" | "authors")
                        && owner.strip_suffix("'s").is_some_and(|o| WORKS.contains(&o)))
            });
            number - c.sentence <= 2 && (c.role.as_deref().is_some_and(names_work) || by_the_work)
        });
    if just_told.is_some() {
        return just_told;
    }
    candidates
        .iter()
        .enumerate()
        .skip(floor)
        .find(|(_, c)| c.sentence < number && c.score >= 0.5 && others(c) && names_work(&c.quote))
        .map(|(i, _)| i)
}

/// Whether a speaker is some of the people of a body rather than the body
/// speaking: "two senior clinicians at the trust" for "the trust", "staff
/// at the council", "engineers from the company" (the body after "at",
/// "from", "in" or "within", closing the speaker's words).
fn member_of(speaker: &str, party: &str) -> bool {
    let party = party.trim();
    let Some(head) = speaker
        .len()
        .checked_sub(party.len())
        .and_then(|at| speaker.get(..at))
        .filter(|_| {
            speaker.ends_with(party) || speaker.to_lowercase().ends_with(&party.to_lowercase())
        })
    else {
        return false;
    };
    let head = head.trim_end();
    let head = head
        .strip_suffix(" the")
        .or_else(|| head.strip_suffix(" The"))
        .unwrap_or(head);
    head.rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "at" | "from" | "in" | "within" | "inside"))
        && head.split(' ').count() >= 2
}

/// Whether a claim is told by one of a body's people who would not be
/// named ("A Holmvale Water engineer, who did not want to be named, told
/// this blog …", "speaking on condition of anonymity", "not authorised to
/// speak"): not the body's own voice, so its silence may answer it.
fn leaked(quote: &str) -> bool {
    // (each mark with what comes just before it)
    [
        // ("not to be named", "not wanting to be named"; not "yet to be
        // named"; every "named" is looked at, not only the first)
        (
            &b"named"[..],
            &["not to be ", "wish to be ", "want to be ", "wanting to be "][..],
        ),
        (b"anonymity", &["condition of ", "requested ", "asked for "]),
        (b"authorised to", &["not "]),
        (b"authorized to", &["not "]),
    ]
    .iter()
    .any(|(mark, before)| {
        memchr::memmem::find_iter(quote.as_bytes(), mark)
            .any(|at| before.iter().any(|b| quote[..at].ends_with(b)))
    })
}

/// Whether a claim is the party's words as someone else relates them: told
/// through an intermediary who is not the party ("Another neighbour, Gary
/// Pellow, said Whitcombe had told him …": Whitcombe's, via Pellow).
fn relayed(c: &Candidate, party: Option<&str>) -> bool {
    !c.via.is_empty() && !c.via.iter().any(|v| same_speaker(Some(v), party))
}

/// Whether an answer denies a charge in the words a court report uses for a
/// plea: "denies causing death by dangerous driving", "denies being the
/// owner of a dog dangerously out of control", "denies two counts of
/// theft", "denies manslaughter", "has pleaded not guilty" — a verb of
/// denying followed by a gerund, a count or an offence; not a denial of a
/// thing pointed at ("denied receiving any such email").
fn denies_charge(quote: &str) -> bool {
    let mut words = quote
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut previous = "";
    while let Some(w) = words.next() {
        if w == "guilty" && previous == "not" {
            return true;
        }
        previous = w;
        if !matches!(w, "denies" | "denied" | "deny") {
            continue;
        }
        let after: Vec<&str> = words.by_ref().take(6).collect();
        if after
            .iter()
            .any(|x| matches!(*x, "such" | "that" | "this" | "it"))
        {
            return false;
        }
        let first = after.first().copied().unwrap_or_default();
        return (first.len() >= 5 && first.ends_with("ing"))
            || after.iter().take(3).any(|x| {
                matches!(*x, "count" | "counts" | "charge" | "charges")
                    || OFFENCES.contains(&x.to_ascii_lowercase().as_str())
            });
    }
    false
}

/// A plea printed before the prosecution's account it answers ("Darren
/// Whitcombe, 41, denies being the owner of a dog dangerously out of
/// control." just after a lead that gives his own evidence, then "Opening
/// the case for the prosecution, Helen Strand told jurors that …"): a
/// denial of a charge that was attached to a claim making no charge, or
/// to none, goes to the first claim in the next three sentences that makes
/// one and is not the party's own. One that sat on a claim making no
/// charge goes first to the latest claim making one in the three
/// sentences before it (a lead a court heard, then a line on who is on
/// trial, then the plea). Run once over the answers found; looks at most
/// three sentences either side of each plea.
pub(crate) fn charge_ahead(out: &mut super::Extraction) {
    // (candidates are in sentence order: the first after a plea's sentence
    // is found by halving, not by walking from the first)
    let sorted = out
        .candidates
        .windows(2)
        .all(|w| w[0].sentence <= w[1].sentence);
    let ahead = |r: &super::ProposedResponse, candidates: &[Candidate], from: usize| {
        let from = if sorted {
            from.max(candidates.partition_point(|c| c.sentence <= r.sentence))
        } else {
            from
        };
        candidates
            .iter()
            .enumerate()
            .skip(from)
            .skip_while(|(_, c)| c.sentence <= r.sentence)
            .take_while(|(_, c)| c.sentence <= r.sentence + 3)
            .find(|(_, c)| {
                c.score >= 0.4
                    && makes_charge(c)
                    && !same_speaker(c.speaker.as_deref(), Some(&r.party))
            })
            .map(|(i, _)| i)
    };
    // ("A former council planning officer accepted £48,000 …, a court has
    // heard." then "… is on trial at Wexcastle Crown Court alongside the
    // developer …" then the plea: a plea that sat on a claim making no
    // charge goes first to the charge in the three sentences before it)
    let before = |r: &super::ProposedResponse, candidates: &[Candidate], upto: usize| {
        candidates[..upto.min(candidates.len())]
            .iter()
            .enumerate()
            .rev()
            .skip_while(|(_, c)| c.sentence >= r.sentence)
            .take_while(|(_, c)| c.sentence + 3 >= r.sentence)
            .find(|(_, c)| {
                c.score >= 0.4
                    && makes_charge(c)
                    && !same_speaker(c.speaker.as_deref(), Some(&r.party))
            })
            .map(|(i, _)| i)
    };
    let plea =
        |r: &super::ProposedResponse| r.kind == ResponseKind::Denied && denies_charge(&r.quote);
    let mut moves = Vec::new();
    for (ci, c) in out.candidates.iter().enumerate() {
        if !c.responses.iter().any(plea) || makes_charge(c) {
            continue;
        }
        for (ri, r) in c.responses.iter().enumerate() {
            let to =
                || before(r, &out.candidates, ci).or_else(|| ahead(r, &out.candidates, ci + 1));
            if let Some(to) = plea(r).then(to).flatten() {
                moves.push((Some(ci), ri, to));
            }
        }
    }
    for (ri, r) in out.unattached.iter().enumerate() {
        if let Some(to) = plea(r).then(|| ahead(r, &out.candidates, 0)).flatten() {
            moves.push((None, ri, to));
        }
    }
    if moves.is_empty() {
        return;
    }
    // (the unattached are taken out in one pass, not one removal each)
    let mut taken: Vec<Option<super::ProposedResponse>> = std::mem::take(&mut out.unattached)
        .into_iter()
        .map(Some)
        .collect();
    let mut arrivals = Vec::new();
    // (taken out last first, so that the indices still hold)
    for (from, ri, to) in moves.into_iter().rev() {
        let r = match from {
            Some(ci) => Some(out.candidates[ci].responses.remove(ri)),
            None => taken[ri].take(),
        };
        arrivals.extend(r.map(|r| (to, r)));
    }
    out.unattached = taken.into_iter().flatten().collect();
    for (to, r) in arrivals {
        out.candidates[to].responses.push(r);
    }
}

/// Whether a claim makes a charge: an accusation, an allegation, the
/// prosecution's case or an indictment.
pub(crate) fn makes_charge(c: &Candidate) -> bool {
    // (one pass in any case, not a lowered copy searched five times)
    static CHARGES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    const WORDS: [&str; 5] = ["accus", "alleg", "prosecut", "indict", "charged"];
    let charges = |s: &str| match CHARGES.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(WORDS)
            .ok()
    }) {
        Some(ac) => ac.is_match(s),
        None => {
            let s = s.to_lowercase();
            WORDS.iter().any(|w| s.contains(w))
        }
    };
    c.cue.as_deref().is_some_and(charges)
        || c.speaker.as_deref().is_some_and(charges)
        || charges(&c.quote)
        // (the case as a court heard it, told in a report's opening words:
        // "A care home owner signed off fire alarm tests that were never
        // carried out …, a court has heard", "…, a jury was told"; not
        // what "the court heard" of it later)
        || c.speaker.as_deref().is_some_and(|sp| {
            matches!(sp, "a court" | "a jury" | "A court" | "A jury") || names_a_court(sp)
        })
}

/// Whether a teller is a court named, as a report's opening account gives
/// it: "…, Harbridge Crown Court was told on Tuesday" (not "The court",
/// which tells of it later).
fn names_a_court(sp: &str) -> bool {
    sp.ends_with(" Court") && sp.starts_with(char::is_uppercase) && !sp.starts_with("The ")
}

/// Whether a claim's words give a length of time: a number in figures or
/// words, then a unit ("19 days", "six weeks", "three months").
fn has_duration(words: &[String]) -> bool {
    words.windows(2).any(|p| {
        matches!(
            p[1].as_str(),
            "days" | "weeks" | "months" | "years" | "hours" | "minutes"
        ) && (p[0].bytes().all(|b| b.is_ascii_digit())
            || super::calendar::number_of(&p[0]).is_some_and(|n| n >= 2.0)
            || p[0] == "several")
    })
}

/// Whether a claim names a sum of money: "£1.7m", "240,000 euros", "$4bn".
fn has_money(quote: &str) -> bool {
    quote.contains(['£', '€', '$', '¥'])
        || quote.split_whitespace().any(|w| {
            matches!(
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
                "euros" | "pounds" | "dollars" | "francs" | "kronor" | "yen" | "rupees"
            )
        })
}

/// Whether `quote` spells out the acronym a party goes by: "The CMA" and
/// "the Competition and Markets Authority", "NHS" and "National Health
/// Service".
/// The initials a party goes by ("NHS", "The CMA"), to find it spelled out.
fn acronym(party: &str) -> Option<&str> {
    party
        .split_whitespace()
        .find(|w| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
}

fn spelled_out(acronym: Option<&str>, quote: &str) -> bool {
    let Some(acronym) = acronym else {
        return false;
    };
    let mut run = String::new();
    for w in quote.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        if w.is_empty() {
            continue;
        }
        if w.chars().next().is_some_and(char::is_uppercase) {
            run.extend(w.chars().next());
            if run.ends_with(acronym) {
                return true;
            }
        } else if !matches!(w, "and" | "of" | "for" | "on" | "the") {
            run.clear();
        }
    }
    false
}

/// How far back an answer looks: the last twelve claims by others than
/// the party (a transcript's answers are the party's own claims, and the
/// claims its questions name were told in the introduction), over at most
/// sixty candidates. Returns the first candidate's index.
pub(crate) const WINDOW: usize = 60;

fn window(candidates: &[Candidate], number: usize, own: impl Fn(usize) -> bool) -> usize {
    let mut seen = 0;
    let floor = candidates.len().saturating_sub(WINDOW);
    for ci in (floor..candidates.len()).rev() {
        let c = &candidates[ci];
        if c.score >= 0.4 && c.sentence < number && !own(ci) {
            seen += 1;
            if seen == 12 {
                return ci;
            }
        }
    }
    floor
}

/// Nouns for what someone said or promised, pointed at by a demonstrative.
const SAID: &[&str] = &[
    "pledge",
    "promise",
    "commitment",
    "assurance",
    "guarantee",
    "claim",
    "claims",
    "remark",
    "remarks",
    "comments",
    "statement",
    "forecast",
    "prediction",
    "estimate",
    "figure",
    "figures",
    "target",
    "plan",
    "plans",
    "account",
    "allegation",
    "allegations",
    "accusation",
    "report",
    "reports",
];

/// Nouns for what a study or an inquiry found: "dismissed the findings as
/// \"misleading\"", "disputes the study's conclusions".
fn is_finding(w: &str) -> bool {
    matches!(
        w,
        "findings" | "conclusions" | "conclusion" | "results" | "research" | "study"
    )
}

/// "dismissed the findings as", "rejected the study's conclusions": a
/// denial of what was found, named whole (not "the findings of the
/// inquiry into …", which its words name).
fn finding_named(w: &[Token], kind: ResponseKind) -> bool {
    kind == ResponseKind::Denied
        && !w[0].quoted
        && w[0].lower == "the"
        && is_finding(w[1].low())
        && !matches!(w[2].low(), "that" | "about" | "of" | "on" | "into")
}

/// Whether a claim's teller is one who finds things out: "a study
/// published on Wednesday", "Researchers at the University of …", "the
/// inspectors", "an audit".
fn finds(speaker: &str) -> bool {
    speaker.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().trim_end_matches("'s"),
            "study"
                | "studies"
                | "research"
                | "researchers"
                | "scientists"
                | "survey"
                | "paper"
                | "analysis"
                | "trial"
                | "review"
                | "audit"
                | "auditors"
                | "inspection"
                | "inspectors"
                | "inquiry"
        )
    })
}

/// "rejected that account", "disputes this version of events": a denial
/// of an account pointed at, which is the whole of what was told before.
fn points_at_account(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        !w[0].quoted
            && matches!(w[0].low(), "that" | "this" | "those" | "these")
            && matches!(
                w[1].low(),
                "account"
                    | "accounts"
                    | "version"
                    | "characterisation"
                    | "characterization"
                    | "description"
            )
    })
}

/// What a denial pointing back ("disputes that", "rejected that account")
/// answers: the latest claim in the two sentences before that is not the
/// party's own, or, when that claim only goes on with the words of whoever
/// told the one before it ("\"They came to say no,\" the diplomat said"
/// after "… according to a diplomat"), the first claim of that telling.
/// The claim a denial names by the kind of telling it was, though other
/// claims came after it: "Dunne rejected the accusation." the latest told
/// as an accusation or an allegation among the last twelve; "denied that
/// story", "rejected the report" the latest told as reported or revealed
/// among the last twelve; "disputed the figure" the latest with a number in
/// the three sentences before. Not the party's own.
fn named_telling(
    tokens: &[Token],
    number: usize,
    candidates: &[Candidate],
    party: Option<&str>,
) -> Option<usize> {
    let noun = tokens.windows(2).find_map(|w| {
        (!w[0].quoted && matches!(w[0].low(), "the" | "that" | "this"))
            .then(|| w[1].low())
            .filter(|n| SAID.contains(n) || matches!(*n, "story" | "stories") || is_finding(n))
    })?;
    let same = party.map(SameSpeaker::new);
    let others = candidates.iter().enumerate().rev().filter(|(_, c)| {
        c.sentence < number
            && c.score >= 0.4
            && !same.as_ref().is_some_and(|p| p.is(c.speaker.as_deref()))
    });
    let cue_holds = |c: &Candidate, words: &[&str]| {
        c.cue
            .as_deref()
            .is_some_and(|q| words.iter().any(|w| q.contains(w)))
    };
    match noun {
        "accusation" | "accusations" | "allegation" | "allegations" => others
            .take(WINDOW)
            .find(|(_, c)| cue_holds(c, &["accus", "alleg"])),
        "story" | "stories" | "report" | "reports" => others
            .take(WINDOW)
            .find(|(_, c)| cue_holds(c, &["report", "reveal"])),
        "figure" | "figures" | "estimate" | "number" => others
            .take_while(|(_, c)| number - c.sentence <= 3)
            .find(|(_, c)| c.quote.bytes().any(|b| b.is_ascii_digit())),
        // (the whole of what a study found is its first finding told: the
        // earliest among the last twelve)
        n if is_finding(n) => others
            .take(WINDOW)
            .filter(|(_, c)| c.speaker.as_deref().is_some_and(finds))
            .last(),
        _ => None,
    }
    .map(|(i, _)| i)
}

fn told_before(number: usize, candidates: &[Candidate], party: Option<&str>) -> Option<usize> {
    let name = party;
    let party = party.map(SameSpeaker::new);
    // (one of the body's own people, speaking against it, is not the body:
    // "A consultant at the trust … told West Marches Today that …" then
    // "The trust denied this.")
    let own = |c: &Candidate| {
        party.as_ref().is_some_and(|p| p.is(c.speaker.as_deref()))
            && !name
                .zip(c.speaker.as_deref())
                .is_some_and(|(p, sp)| member_of(sp, p))
    };
    let (mut i, c) = candidates
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.sentence < number && c.score >= 0.4 && !own(c))?;
    if number - c.sentence > 2 {
        return None;
    }
    // Back over the same teller's quoted words, at most two claims (to
    // what they relayed, too: "Its national officer, Eamonn Fenwright, said
    // managers had told drivers last Friday that their jobs were safe.
    // \"…,\" he said." is his account).
    for _ in 0..2 {
        let (cur, prev) = (&candidates[i], i.checked_sub(1).map(|p| &candidates[p]));
        let Some(prev) = prev else { break };
        let continues = cur.kind == Kind::DirectQuote
            && prev.score >= 0.4
            && cur.sentence.saturating_sub(prev.sentence) <= 2
            && (same_teller(cur.speaker.as_deref(), prev.speaker.as_deref())
                || prev
                    .via
                    .iter()
                    .any(|v| same_teller(cur.speaker.as_deref(), Some(v))));
        if !continues {
            break;
        }
        i -= 1;
    }
    Some(i)
}

/// Whether two speakers are one teller: the same name, or one head word
/// ("the diplomat" and "a diplomat from one of the delegations").
fn same_teller(a: Option<&str>, b: Option<&str>) -> bool {
    if same_speaker(a, b) {
        return true;
    }
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let b = content_of(b);
    content_of(a)
        .iter()
        .any(|w| !is_role_word(w) && b.contains(w))
}

/// A response that points at the claim just before with a demonstrative
/// and a noun for a saying ("whether that pledge still stood", "declined to
/// comment on those remarks"): that claim, if one lies within the two
/// sentences before.
fn pointed_at(
    tokens: &[Token],
    kind: ResponseKind,
    number: usize,
    candidates: &[Candidate],
    party: Option<&str>,
) -> Option<usize> {
    // "The trust disputes that.", "The ministry rejected this, saying …":
    // a verb of denying or confirming whose whole object is a demonstrative.
    let bare = matches!(kind, ResponseKind::Denied | ResponseKind::Confirmed)
        && tokens.iter().enumerate().any(|(i, t)| {
            !t.quoted
                && matches!(
                    t.low(),
                    "disputes"
                        | "disputed"
                        | "denies"
                        | "denied"
                        | "rejects"
                        | "rejected"
                        | "refutes"
                        | "refuted"
                        | "confirms"
                        | "confirmed"
                        | "contests"
                        | "contested"
                )
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.low(), "that" | "this" | "it" | "these" | "those"))
                && {
                    // (or a demonstrative and one noun: "The company disputes
                    // that timeline.", "rejected this account")
                    let end = |k: usize| {
                        tokens
                            .get(k)
                            .is_none_or(|n| matches!(n.text, "." | "," | ";" | "\u{2014}" | ":"))
                    };
                    end(i + 2)
                        || (tokens[i + 1].low() != "it"
                            && tokens.get(i + 2).is_some_and(|n| {
                                n.is_word() && !n.quoted && !n.is_cap() && !n.has_digit()
                            })
                            && end(i + 3)
                            && tokens.get(i + 3).is_some())
                }
        });
    // ("A ministry spokesman called that \"a deliberate distortion\"": a
    // demonstrative named by the verdict quoted after it)
    let called = kind == ResponseKind::Denied
        && tokens.windows(3).any(|w| {
            !w[0].quoted
                && matches!(w[0].low(), "called" | "calls")
                && w[1].low() == "that"
                && w[2].is_quote_mark()
        });
    if bare || called || (kind == ResponseKind::Denied && points_at_account(tokens)) {
        return named_telling(tokens, number, candidates, party)
            .or_else(|| told_before(number, candidates, party));
    }
    // (a noun for findings as the answer's object, not inside the clause
    // it answers: "the suggestion that any part of the study had been
    // withheld")
    let clause = tokens
        .iter()
        .position(|t| !t.quoted && matches!(t.low(), "that" | "whether"))
        .unwrap_or(tokens.len());
    let points = tokens[..clause].windows(3).any(|w| finding_named(w, kind))
        || tokens.windows(3).any(|w| {
            !w[0].quoted
                && (matches!(w[0].low(), "that" | "this" | "those" | "these")
                // A denial of "the claim", "the figure": the one just told
                // ("Haas called the claim \"invented\""); not one that says
                // what it held ("the suggestion that any part of the report
                // had been withheld"), weighed by its words below.
                || (w[0].lower == "the"
                    && kind == ResponseKind::Denied
                    && matches!(
                        w[1].low(),
                        "claim" | "allegation" | "accusation" | "suggestion" | "figure" | "estimate"
                    )
                    && !matches!(w[2].low(), "that" | "about" | "of")))
                && SAID.contains(&w[1].low())
        })
        || tokens.last().is_some_and(|t| {
            // (the pair that ends the sentence, which has no third word)
            let n = tokens.len();
            n >= 2
                && !tokens[n - 2].quoted
                && matches!(tokens[n - 2].low(), "that" | "this" | "those" | "these")
                && SAID.contains(&t.low())
        });
    if !points {
        return None;
    }
    // (the telling, from its first claim: "The trust disputed that figure."
    // after a paraphrase and the quote that goes on with it; "did not
    // recognise that account" after an account and the teller's quote)
    if matches!(kind, ResponseKind::Denied | ResponseKind::NonDenial) {
        return named_telling(tokens, number, candidates, party)
            .or_else(|| told_before(number, candidates, party));
    }
    let (i, c) = candidates
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.sentence < number && c.score >= 0.4)?;
    (number - c.sentence <= 2).then_some(i)
}

/// A question that asks again about the claim put before it: it points
/// back at it ("But did any of those estimates say £14bn?", "Were these
/// figures shown to the board?") or repeats one of its numbers ("Did the
/// bill reach £14bn?").
pub(crate) fn asks_again(tokens: &[Token], claim: &str) -> bool {
    let points = tokens.windows(2).any(|w| {
        matches!(w[0].low(), "those" | "these" | "that" | "this")
            && (SAID.contains(&w[1].low()) || SAID.contains(&w[1].low().trim_end_matches('s')))
    });
    // ("So is there a plan or isn't there?" after "… your officials have
    // drawn up plans to release some prisoners …": a short question
    // asking again of a thing the claim names)
    let short_again = || {
        let asked = content(after_label(tokens));
        asked.len() <= 3
            && tokens.iter().any(|t| t.text == "?")
            // (not a question of what will be done: "Will you resign if
            // you do have to let prisoners out early?")
            && !super::candidates::asks_ahead(tokens)
            && content_of(claim).iter().any(|w| {
                asked
                    .iter()
                    .any(|a| !is_vague(a) && (a == w || same_word(a, w)))
            })
    };
    points
        || tokens.iter().any(|t| {
            t.has_digit()
                && t.is_word()
                && claim
                    .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'))
                    .any(|w| w.trim_start_matches(['£', '$', '€']) == t.text)
        })
        || short_again()
}

/// The verb of a deed a question asks of the one questioned: "see" in
/// "Did you see that warning yourself?", "receive" in "But you did
/// receive those results?" (after "did you", "have you", "had you" or
/// "you did"; an irregular form as its bare verb, read in its sense as a
/// claim's words are).
pub(crate) fn own_deed_asked(tokens: &[Token]) -> Option<String> {
    let words: Vec<&Token> = after_label(tokens).iter().filter(|t| t.is_word()).collect();
    let verb = words
        .windows(3)
        .find_map(|w| match (w[0].low(), w[1].low()) {
            ("did" | "have" | "had", "you") | ("you", "did") => Some(w[2].low()),
            _ => None,
        })?;
    if is_stop(verb) || verb.len() <= 2 {
        return None;
    }
    // (as a claim's words are read: "receive" as the claim's "received",
    // one sense with "given")
    let verb = super::lexicon::irregular_base(verb).unwrap_or(verb);
    Some(
        content_of(verb)
            .into_iter()
            .next()
            .unwrap_or_else(|| verb.to_string()),
    )
}

/// Whether a claim tells of a deed in the verb a question asks of: "…
/// you cut the budget …" of "cut".
pub(crate) fn uses_verb(claim: &str, verb: &str) -> bool {
    content_of(claim).iter().any(|w| {
        let w = super::lexicon::irregular_base(w).unwrap_or(w);
        w == verb || same_word(w, verb)
    })
}

/// A question that states something and asks it back with a tag: "That's
/// a record, isn't it?", "You knew about the report, didn't you?", "The
/// plan was shelved, wasn't it?". A comma, a negated auxiliary and a
/// pronoun, then the question mark; or a comma, "is that right",
/// "isn't that true", "was this correct" and the like, then the question
/// mark ("The contract is worth £46 million over four years, is that
/// right?").
pub(crate) fn tag_question(tokens: &[Token]) -> bool {
    let Some(ask) = tokens.iter().rposition(|t| t.text == "?") else {
        return false;
    };
    let asks_if_so = ask.checked_sub(4).is_some_and(|from| {
        let t = &tokens[from..ask];
        t[0].text == ","
            && matches!(t[1].low(), "is" | "isn't" | "was" | "wasn't")
            && matches!(t[2].low(), "that" | "this")
            && matches!(t[3].low(), "right" | "correct" | "true")
    });
    let Some(tail) = ask.checked_sub(3).map(|from| &tokens[from..ask]) else {
        return false;
    };
    asks_if_so
        || tail[0].text == "," && tail[1].low().ends_with("n't") && is_tag_pronoun(tail[2].low())
}

/// The pronoun that closes a tag question ("…, isn't it?", "…, will
/// you?").
pub(crate) fn is_tag_pronoun(w: &str) -> bool {
    matches!(
        w,
        "it" | "you" | "they" | "he" | "she" | "we" | "i" | "there" | "that"
    )
}

/// A tag question that states a claim of its own, long enough to tell
/// something: "Your department did ask the authority to find savings of
/// £18 million, didn't it?"; not a verdict on what was put before
/// ("That's a record, isn't it?") or a short pressing ("You signed that
/// contract yourself, didn't you?"), which ask of the claim put before.
pub(crate) fn states_with_tag(tokens: &[Token]) -> bool {
    tag_question(tokens) && after_label(tokens).iter().filter(|t| t.is_word()).count() >= 8
}

/// An answer that says yes to a question answered by yes or no by saying
/// it back: "We did." to "Did you cut the budget?", "It was, yes."; to a
/// tag question, also with what it stated: "It is a record, and …" to
/// "That's a record, isn't it?". A pronoun and an auxiliary not negated,
/// then the end of the clause, or after a tag a word of the question
/// within five words ("Will you resign if it isn't open?" is not answered
/// by "It will be open by Christmas.").
pub(crate) fn says_it_back(tokens: &[Token], asked: &[String], tag: bool) -> bool {
    let t = after_label(tokens);
    let (Some(subject), Some(aux)) = (t.first(), t.get(1)) else {
        return false;
    };
    if !matches!(
        subject.low(),
        "it" | "that" | "this" | "i" | "we" | "they" | "he" | "she"
    ) || !matches!(
        aux.low(),
        "is" | "was" | "are" | "were" | "did" | "do" | "does" | "has" | "have" | "had" | "will"
    ) {
        return false;
    }
    let rest: Vec<&Token> = t[2..]
        .iter()
        .take_while(|x| !matches!(x.text, "," | ";" | "\u{2014}"))
        .take(6)
        .collect();
    match rest.first() {
        None => true,
        Some(x) if matches!(x.text, "." | "!") => true,
        Some(x) if !tag || is_negation(x.low()) => false,
        _ => rest.iter().take(5).any(|x| {
            x.is_word() && {
                // (in the question's words or their sense: "I did meet
                // him" to "You met the chief executive …, didn't you?")
                let w = x.low().trim_end_matches("'s");
                let sense = one_sense(w).unwrap_or(w);
                asked.iter().any(|a| a == w || a == sense)
            }
        }),
    }
}

/// An interviewer's short turn that presses the question just put instead
/// of putting a new one: "But you're not denying it.", "So you accept
/// that.", "You haven't ruled it out." Six words at most, addressed to the
/// guest, ending on a word pointing back; or one that says the question
/// went unanswered: "That isn't what I asked.", "You haven't answered the
/// question."
pub(crate) fn presses(tokens: &[Token]) -> bool {
    let t = after_label(tokens);
    let words: Vec<&Token> = t.iter().filter(|x| x.is_word()).collect();
    if (3..=7).contains(&words.len())
        && !t.iter().any(|x| x.text == "?")
        && words.iter().any(|x| is_negation(x.low()))
        && words
            .iter()
            .any(|x| matches!(x.low(), "asked" | "answer" | "answered" | "answering"))
    {
        return true;
    }
    (2..=6).contains(&words.len())
        && !t.iter().any(Token::has_digit)
        && words
            .iter()
            .any(|x| matches!(x.low(), "you" | "you're" | "you've" | "your"))
        && words
            .last()
            .is_some_and(|x| matches!(x.low(), "it" | "that" | "this" | "them" | "out"))
}

/// Nouns for what a party may say it does not recognise: "not a figure I
/// recognise", "we don't recognise that description".
const RECOGNISED: &[&str] = &["recognise", "recognize", "recognises", "recognizes"];

/// Whether the words after "drawn" make a refusal to be drawn, the one
/// rule for a refusal in the party's own words ("I won't be drawn on
/// it") and one the reporter tells ("declined to be drawn on the
/// striker's future"): the clause ends there ("declined to be drawn.",
/// "I won't be drawn,"), or "on" what is asked (whatever it is: "drawn on
/// the row" is asked about the row), or "into" what is being asked
/// (`drawn_on_asked`); "further" at will. Not "drawn into a war of words
/// with the council", "into a fight", "into a row": no question.
fn drawn_refusal(rest: &[&str]) -> bool {
    let rest = rest.strip_prefix(&["further"]).unwrap_or(rest);
    match rest.first() {
        None => true,
        Some(&("." | "," | "!" | ";" | ":" | "\"" | "\u{201D}" | "when")) => true,
        Some(&"on") => rest.len() > 1,
        Some(_) => drawn_on_asked(rest),
    }
}

/// What a question puts to a party that it may say it has not seen: "that
/// figure", "those numbers", "the letter".
/// Whether "into" or "on" after "drawn" leads to what is being asked:
/// "drawn into who I met", "drawn on the details", "drawn on
/// speculation", "drawn into individual cases", "drawn on it", "drawn on
/// the figures"; not "drawn into a fight with the council". Past at most
/// two determiners.
fn drawn_on_asked(rest: &[&str]) -> bool {
    if !matches!(rest.first(), Some(&("into" | "on"))) {
        return false;
    }
    let what = rest[1..]
        .iter()
        .take(3)
        .find(|x| {
            !matches!(
                **x,
                "the" | "any" | "those" | "these" | "its" | "their" | "our"
            )
        })
        .copied()
        .unwrap_or("");
    matches!(
        what,
        "details"
            | "detail"
            | "specifics"
            | "speculation"
            | "speculating"
            | "who"
            | "what"
            | "whether"
            | "how"
            | "when"
            | "where"
            | "why"
            | "which"
            | "individual"
            | "it"
            | "that"
            | "this"
            | "timings"
            | "timing"
            | "matter"
            | "matters"
    ) || PUT.contains(&what)
}

const PUT: &[&str] = &[
    "figure",
    "figures",
    "number",
    "numbers",
    "estimate",
    "estimates",
    "statistic",
    "statistics",
    "data",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "letter",
    "email",
    "emails",
    "document",
    "documents",
    "report",
    "reports",
    "findings",
    "study",
    "review",
];

/// Whether the words hold "one of several scenarios" ("several
/// possible", "a number of", "a range of") within their first eight.
fn one_scenario_of_many(w: &[&str]) -> bool {
    let w = &w[..w.len().min(12)];
    w.windows(2).take(8).enumerate().any(|(k, p)| {
        if p != ["one", "of"] {
            return false;
        }
        let rest = &w[k + 2..];
        let rest = match rest {
            ["several", rest @ ..] => rest,
            ["a", "number" | "range", "of", rest @ ..] => rest,
            _ => return false,
        };
        matches!(rest, ["scenarios", ..] | ["possible", "scenarios", ..])
    })
}

/// Whether an answer opens by telling of talks under way with someone:
/// "we are" or "I am" (or "we're", "I'm"), perhaps "still", "already" or
/// "now", then "talking to" or "speaking to", or "in" and perhaps "close",
/// "regular" or "constant", then "touch" or "contact" and "with"; no
/// negation in it.
fn talks_under_way(w: &[&str]) -> bool {
    let rest = match w {
        ["we", "are", rest @ ..] | ["i", "am", rest @ ..] | ["we're" | "i'm", rest @ ..] => rest,
        _ => return false,
    };
    let rest = match rest {
        ["still" | "already" | "now", rest @ ..] => rest,
        _ => rest,
    };
    let talking = matches!(
        rest,
        ["talking" | "speaking", "to" | "with", ..]
            | ["in", "touch" | "contact", "with", ..]
            | [
                "in",
                "close" | "regular" | "constant",
                "touch" | "contact",
                "with",
                ..
            ]
    );
    talking && !w.iter().any(|x| is_negation(x))
}

/// An answer in the party's own words that neither confirms nor denies by
/// turning the question aside, in one of three shapes:
/// - not recognising what was put: "That's not a figure I recognise", "We
///   do not recognise that description", "It isn't a number we recognise";
/// - passing it to someone else: "That's a matter for the Prime Minister",
///   "That is a question for them", "That's one for the regulator", "That
///   would be for the inquiry to decide";
/// - saying where one's attention is instead: "My focus is entirely on the
///   business", "We're focused on getting the line open".
///
/// Also a refusal to go over something: "I'm not going to go through the
/// documents line by line", "We won't go over private discussions"; or to
/// have it out where the answer is given: "We're not going to negotiate in
/// the press", "I'm not going to make promises on air that I can't keep".
/// Only words in quotation marks count unless `quoted_only` is false (as
/// under a transcript's speaker label); a question or a conditional is none.
pub(crate) fn deflection(
    tokens: &[Token],
    lows: &[&str],
    quoted_only: bool,
) -> Option<(ResponseKind, usize)> {
    if lows.iter().any(|w| matches!(*w, "?" | "if" | "unless")) {
        return None;
    }
    let own = |i: usize| !quoted_only || tokens[i].quoted;
    let negated = |i: usize| is_negation(lows[i]);
    // (past a transcript's speaker label: "GARETH LINDEN: That's …")
    let label = tokens.len() - after_label(tokens).len();
    let first = (label..tokens.len()).find(|&i| own(i) && tokens[i].is_word())?;
    // (the words of the answer, counted: a turn of a few words, not a claim
    // that happens to hold "a matter for")
    let words = (first..tokens.len())
        .filter(|&i| own(i) && tokens[i].is_word())
        .count();
    for i in first..tokens.len() {
        if !own(i) {
            continue;
        }
        let w = lows[i];
        // Not recognising: a negation at most five words before.
        if RECOGNISED.contains(&w) && (i.saturating_sub(5)..i).any(|k| own(k) && negated(k)) {
            return Some((ResponseKind::NonDenial, first));
        }
        // Passing it on: "that's / that is / that would be / it's" …
        // "a matter for", "a question for", "one for", "for … to decide".
        let opens_on_that = i == first
            && matches!(
                w,
                "that's" | "that" | "it's" | "it" | "this" | "those" | "these" | "that'll"
            );
        // A warning pointed at, recast as one possibility among others:
        // "That paper set out one of several possible scenarios, and it
        // would be wrong to treat it as a forecast." (not "A total closure
        // is one of several scenarios we are preparing for", a plan)
        if opens_on_that && words <= 24 && one_scenario_of_many(&lows[i + 1..tokens.len()]) {
            return Some((ResponseKind::NonDenial, first));
        }
        if opens_on_that && words <= 14 {
            let rest = &lows[i + 1..tokens.len().min(i + 8)];
            let to_other = rest.windows(2).any(|p| {
                matches!(
                    p[0],
                    "matter" | "matters" | "question" | "questions" | "one" | "decision"
                ) && p[1] == "for"
            }) || rest
                .iter()
                .skip_while(|x| **x != "for")
                .skip(2)
                .any(|x| matches!(*x, "decide" | "say" | "answer" | "judge" | "determine"));
            // ("That's not a question for me": turned away from oneself,
            // not a verdict that something is no matter for anyone)
            let not_mine = rest.windows(3).any(|p| {
                matches!(p[0], "matter" | "question")
                    && p[1] == "for"
                    && matches!(p[2], "me" | "us")
            });
            // (a negation counts before the one it is passed to, not after:
            // "That's a matter for the administrators, not for the
            // council" passes it on)
            let passed_at = rest.iter().position(|x| *x == "for").unwrap_or(rest.len());
            if to_other && (not_mine || !rest[..passed_at].iter().any(|x| is_negation(x))) {
                return Some((ResponseKind::NonDenial, first));
            }
            // Not having seen it: "That is not something that has come
            // across my desk", "It hasn't crossed my desk".
            let wider = &lows[i + 1..tokens.len().min(i + 11)];
            let not_seen = wider.iter().any(|x| is_negation(x))
                && wider.windows(3).any(|p| {
                    matches!(p[0], "across" | "crossed")
                        && matches!(p[1], "my" | "our")
                        && p[2] == "desk"
                });
            if not_seen {
                return Some((ResponseKind::NonDenial, first));
            }
            // Setting the question aside: "That's a different question
            // from the one we asked", "It is a separate issue".
            let aside = rest.windows(2).take(4).any(|p| {
                matches!(p[0], "different" | "separate")
                    && matches!(
                        p[1],
                        "question" | "questions" | "issue" | "matter" | "point" | "debate"
                    )
            });
            if aside && !rest.iter().any(|x| matches!(*x, "not" | "no")) {
                return Some((ResponseKind::NonDenial, first));
            }
        }
        // Looking into what was put, as the whole answer: "We are looking
        // very carefully at that report, and we are working with the
        // regulator on all of it", "I'm reviewing those figures".
        if i == first && words <= 22 && matches!(w, "we" | "i" | "we're" | "i'm") {
            let ws = &lows[i + 1..tokens.len().min(i + 9)];
            let looking = ws.iter().position(|x| {
                matches!(
                    *x,
                    "looking" | "reviewing" | "studying" | "examining" | "considering"
                )
            });
            let at_put = looking.is_some_and(|k| {
                let rest = &ws[k + 1..];
                let rest = rest
                    .iter()
                    .position(|x| *x == "at")
                    .map_or(rest, |a| &rest[a + 1..]);
                matches!(rest.first(), Some(&("that" | "those" | "this" | "these")))
                    && rest.get(1).is_some_and(|x| PUT.contains(x))
            });
            if at_put && !(first..tokens.len()).any(|k| own(k) && negated(k)) {
                return Some((ResponseKind::NonDenial, first));
            }
        }
        // Put off to later: "My barrister will deal with all of that in
        // due course", "We will set that out in due course."
        if w == "due"
            && words <= 14
            && i > 0
            && lows[i - 1] == "in"
            && lows.get(i + 1) == Some(&"course")
            && (first..i).any(|k| own(k) && matches!(lows[k], "will" | "we'll" | "i'll"))
            && (first..i)
                .any(|k| own(k) && matches!(lows[k], "i" | "we" | "my" | "our" | "we'll" | "i'll"))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // Not at hand, or not to be checked: "I don't have that figure in
        // front of me", "I've seen that figure, and I can't verify it."
        if w == "front"
            && words <= 14
            && lows.get(i + 1..i + 3) == Some(&["of", "me"][..])
            && (first..i).any(|k| own(k) && negated(k))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        if matches!(w, "verify" | "confirm")
            && i > 0
            && matches!(lows[i - 1], "can't" | "cannot")
            && matches!(lows.get(i + 1), Some(&("it" | "that")))
            && lows
                .get(i + 2)
                .is_none_or(|x| matches!(*x, "." | "," | ";"))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // No plans "at this time": "had \"no plans to announce further
        // closures at this time\"", neither a yes nor a no. The time in
        // the same clause, before the next comma (not "no plans to close
        // the library, which is busier than ever at the moment").
        if w == "no"
            && lows.get(i + 1) == Some(&"plans")
            && lows[i + 2..]
                .iter()
                .take(20)
                .take_while(|x| !matches!(**x, "," | ";" | "." | ":" | "\u{2014}" | "-"))
                .scan("", |prev, x| Some((std::mem::replace(prev, *x), *x)))
                .any(|p| matches!(p, ("this", "time") | ("at", "present") | ("the", "moment")))
        {
            return Some((ResponseKind::NonDenial, i));
        }
        // Where one's attention is: "my focus is …", "we're focused on".
        if i == first && words <= 14 {
            let next = lows.get(i + 1).copied().unwrap_or("");
            let focus = (matches!(w, "my" | "our")
                && next == "focus"
                && matches!(lows.get(i + 2), Some(&("is" | "remains" | "has"))))
                || (matches!(w, "i'm" | "we're")
                    && lows[i + 1..].iter().take(3).any(|x| *x == "focused"))
                || (matches!(w, "i" | "we")
                    && matches!(next, "am" | "are")
                    && lows[i + 2..].iter().take(3).any(|x| *x == "focused"));
            if focus {
                return Some((ResponseKind::NonDenial, first));
            }
        }
        // Talks under way, as the whole of a guest's short answer: "We are
        // talking to the administrators every day.", "We're in close
        // contact with the operator." It neither grants nor refuses what
        // was asked (under a transcript's label only: in an article's
        // quotation it may be news of its own).
        if i == first && label > 0 && words <= 12 && talks_under_way(&lows[i..tokens.len()]) {
            return Some((ResponseKind::NonDenial, first));
        }
        // Pointing back to an answer already given: "I've told you what the
        // budget is", "I have already answered that", "We've said all we
        // are going to say", "I've made my position clear".
        if i == first && words <= 14 && answered_before(&lows[i..tokens.len()]) {
            return Some((ResponseKind::NonDenial, first));
        }
        // Not having seen what was put, as the whole of a short answer: "I
        // haven't seen that figure", "We have not seen those numbers",
        // "I've never seen the letter".
        if w == "seen"
            && words <= 10
            && matches!(lows[first], "i" | "i've" | "we" | "we've")
            && (i.saturating_sub(3)..i).any(|k| own(k) && negated(k))
            && matches!(
                lows.get(i + 1),
                Some(&("that" | "those" | "this" | "these" | "the" | "any"))
            )
            && lows
                .get(i + 2..tokens.len().min(i + 4))
                .is_some_and(|ws| ws.iter().any(|x| PUT.contains(x)))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // What is private staying so, as the whole answer: "What is said in
        // coalition talks stays in coalition talks", "What happens in the
        // room stays in the room", "What was discussed remains between us".
        if i == first
            && w == "what"
            && words <= 14
            && lows[i + 1..tokens.len()].windows(2).any(|p| {
                matches!(p[0], "stays" | "stay" | "remains" | "remain")
                    && matches!(
                        p[1],
                        "in" | "between" | "private" | "behind" | "confidential"
                    )
            })
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // Declining to concede in so many words: "I'm not going to sit here
        // and say I got everything right", "We won't sit here and pretend
        // …" (a negation just before "sit here and").
        if w == "sit"
            && lows.get(i + 1) == Some(&"here")
            && lows.get(i + 2) == Some(&"and")
            && (i.saturating_sub(4)..i).any(|k| own(k) && negated(k))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // Talks still going on, as the whole answer: "those conversations
        // are continuing", "discussions remain ongoing".
        if matches!(
            w,
            "conversations" | "discussions" | "talks" | "negotiations" | "dialogue"
        ) && matches!(
            lows.get(i + 1),
            Some(&("are" | "is" | "remain" | "remains"))
        ) && matches!(lows.get(i + 2), Some(&("continuing" | "ongoing")))
            && lows
                .get(i + 3)
                .is_none_or(|x| matches!(*x, "." | "," | ";"))
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // A refusal to be drawn, in the speaker's own words: "I'm not going
        // to get drawn into who I met", "We won't be drawn on the figures"
        // ("get" or "be" just before, a negation at most five words
        // before, a first person before that; not "we were not drawn into
        // the dispute", nor another's refusal, "they won't be drawn").
        if w == "drawn"
            && i > first
            && matches!(lows[i - 1], "get" | "be")
            && drawn_refusal(&lows[i + 1..lows.len().min(i + 6)])
            && (i.saturating_sub(5)..i).any(|k| own(k) && negated(k))
            && (first..i).any(|k| {
                matches!(
                    lows[k],
                    "i" | "i'm" | "we" | "we're" | "i'll" | "we'll" | "i'd" | "we'd"
                )
            })
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // A refusal to have it out where the answer is given: "We're not
        // going to negotiate in the press", "I'm not going to make promises
        // on air that I can't keep" (a forum after "in" or "on"; at most
        // six words before, "not going", "won't", "wouldn't" or "can't",
        // after a first person; not "we did not see it in the press").
        if matches!(w, "in" | "on")
            && names_a_forum(&lows[i + 1..])
            && (i.saturating_sub(6)..i).any(|k| {
                own(k)
                    && (matches!(lows[k], "won't" | "wouldn't" | "can't")
                        || negated(k) && lows.get(k + 1) == Some(&"going"))
            })
            && (first..i).any(|k| {
                matches!(
                    lows[k],
                    "i" | "i'm" | "we" | "we're" | "i'll" | "we'll" | "i'd" | "we'd"
                )
            })
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // A refusal to go over something: a negation, then "go through",
        // "go over" (not "go through with" a plan).
        if w == "go"
            && matches!(lows.get(i + 1), Some(&("through" | "over")))
            && lows.get(i + 2) != Some(&"with")
            && (i.saturating_sub(4)..i).any(|k| own(k) && negated(k))
            && (first..i).any(|k| {
                matches!(
                    lows[k],
                    "i" | "i'm" | "we" | "we're" | "i'll" | "we'll" | "i'd" | "we'd"
                )
            })
        {
            return Some((ResponseKind::NonDenial, first));
        }
        // A refusal to put a figure on it: "I'm not going to put a number on
        // compulsory redundancies this morning", "We won't put a date on
        // it" (a negation at most four words before, after a first person;
        // what is withheld is a detail, then "on").
        if w == "put"
            && puts_a_detail_on(&lows[i + 1..])
            && (i.saturating_sub(4)..i).any(|k| own(k) && negated(k))
            && (first..i).any(|k| {
                matches!(
                    lows[k],
                    "i" | "i'm" | "we" | "we're" | "i'll" | "we'll" | "i'd" | "we'd"
                )
            })
        {
            return Some((ResponseKind::NonDenial, first));
        }
    }
    None
}

/// Whether words after "put" name a detail put on something: "a number
/// on", "an exact date on", "any figure on", "a timescale on".
fn puts_a_detail_on(rest: &[&str]) -> bool {
    let rest = match rest {
        ["a" | "an" | "any", "exact" | "precise" | "firm", r @ ..] => r,
        ["a" | "an" | "any", r @ ..] => r,
        _ => return false,
    };
    matches!(rest, [detail, "on", ..] if is_detail(detail))
}

/// Whether words name a forum, after "in" or "on": "the press", "air",
/// "live television", "your programme", "public", "the radio".
fn names_a_forum(rest: &[&str]) -> bool {
    let noun = match rest {
        ["the" | "your" | "this" | "a" | "live" | "national", noun, ..] => noun,
        [noun, ..] => noun,
        [] => return false,
    };
    matches!(
        *noun,
        "press" | "air" | "radio" | "television" | "programme" | "public" | "newspapers"
    )
}

/// Words that open a turn by pointing back to what the speaker has already
/// said: a first person in the perfect ("I've", "we have"), "already" at
/// will, then "told you" and what or that, "said" or "answered" and what
/// was put ("that", "it", "the question", "all", "everything", "what"),
/// "made my position clear", "set out our position". No negation.
fn answered_before(w: &[&str]) -> bool {
    let rest = match w {
        ["i've" | "we've", rest @ ..] | ["i" | "we", "have", rest @ ..] => rest,
        _ => return false,
    };
    let rest = match rest {
        ["already", r @ ..] => r,
        r => r,
    };
    if w.iter().any(|x| is_negation(x)) {
        return false;
    }
    let ends = |x: Option<&&str>| x.is_none_or(|x| matches!(*x, "." | "," | ";" | "!"));
    match rest {
        ["told", "you", "what" | "everything" | "all" | "how" | "where", ..] => true,
        ["told", "you", "that" | "it" | "this", r @ ..] => ends(r.first()),
        // (not "I've said all along that …", a claim)
        ["said" | "answered" | "addressed", "what" | "everything", ..] => true,
        ["said" | "answered" | "addressed", "all", r @ ..] => r.first() != Some(&"along"),
        ["said" | "answered" | "addressed", "that" | "it" | "this", r @ ..] => ends(r.first()),
        ["answered" | "addressed", "the" | "your", "question" | "questions", ..] => true,
        ["made", "my" | "our", "position", "clear", ..]
        | ["set", "out", "my" | "our", "position", ..] => true,
        _ => false,
    }
}

/// Refusals as a reporter tells them, the verb first: "would not
/// speculate", "declined to be drawn", "refused to say", "would not
/// elaborate", "would not go into".
const TOLD_REFUSALS: &[&[&str]] = &[
    &["would", "not", "speculate"],
    &["will", "not", "speculate"],
    &["declined", "to", "speculate"],
    &["refused", "to", "speculate"],
    &["would", "not", "be", "drawn"],
    &["will", "not", "be", "drawn"],
    &["could", "not", "be", "drawn"],
    &["declined", "to", "be", "drawn"],
    &["refused", "to", "be", "drawn"],
    &["would", "not", "discuss"],
    &["will", "not", "discuss"],
    &["refused", "to", "discuss"],
    &["would", "not", "elaborate"],
    &["declined", "to", "elaborate"],
    &["refused", "to", "elaborate"],
    &["did", "not", "elaborate"],
    &["refused", "to", "say"],
    &["would", "not", "say"],
    &["will", "not", "say"],
    &["would", "not", "go", "into"],
    &["declined", "to", "go", "into"],
    &["refused", "to", "go", "into"],
    &["did", "not", "wish", "to", "comment"],
    &["did", "not", "want", "to", "comment"],
    &["was", "not", "prepared", "to", "comment"],
    &["were", "not", "prepared", "to", "comment"],
];

fn told_refusals() -> &'static Phrases<()> {
    static CELL: OnceLock<Phrases<()>> = OnceLock::new();
    CELL.get_or_init(|| Phrases::new(TOLD_REFUSALS.iter().map(|p| (*p, ()))))
}

/// What a party is said to not recognise: "the figure", "that
/// description", "the picture painted".
const UNRECOGNISED: &[&str] = &[
    "figure",
    "figures",
    "number",
    "numbers",
    "estimate",
    "estimates",
    "description",
    "picture",
    "account",
    "claim",
    "claims",
    "characterisation",
    "characterization",
    "allegation",
    "allegations",
    "findings",
    "version",
    "portrayal",
    "remark",
    "remarks",
    "statement",
];

/// An answer in the reporter's words, or partly quoted, that is not told
/// with a verb of answering:
/// - a refusal, the verb first ("said it would \"not speculate\" on the
///   cause", "refused to say whether …", "declined to be drawn on …",
///   "would not elaborate"): `declined`, or `non-denial` when the whole
///   refusal is in the party's quoted words;
/// - not recognising what was said ("said it did not recognise the
///   figure", "does not recognise that description"): `non-denial`.
///
/// Quotation marks inside the phrase are skipped; the phrase is sought only
/// at the words that can open one, over at most six words (and a thing
/// another reckoned, "the average lengths of stay calculated by the
/// charity", over the words as they stand, `reckoned_by_another`).
pub(crate) fn told_answer(tokens: &[Token], lows: &[&str]) -> Option<(ResponseKind, usize)> {
    // (a condition or a question answers nothing: "if it did not accept …")
    let conditional = lows.iter().any(|w| matches!(*w, "if" | "unless" | "?"));
    let mut words: [&str; 6] = [""; 6];
    for i in 0..tokens.len() {
        let head = lows[i];
        // "Asked about the report, Markwick said only that the company had
        // \"the full support of our banks\"": all the party would give.
        if matches!(head, "said" | "says")
            && !tokens[i].quoted
            && lows.get(i + 1) == Some(&"only")
            && lows.get(i + 2) == Some(&"that")
            && !conditional
        {
            return Some((ResponseKind::NonDenial, i));
        }
        let opens = matches!(
            head,
            "would"
                | "will"
                | "could"
                | "declined"
                | "refused"
                | "did"
                | "was"
                | "were"
                | "is"
                | "are"
        );
        if !opens && !RECOGNISED.contains(&head) && head != "accept" {
            continue;
        }
        // The next words, quotation marks left out.
        let mut n = 0;
        let mut quoted = 0;
        let mut k = i;
        while k < tokens.len() && n < words.len() {
            if !tokens[k].is_quote_mark() {
                words[n] = lows[k];
                quoted += usize::from(tokens[k].quoted);
                n += 1;
            }
            k += 1;
        }
        let words = &words[..n];
        // "said it did not accept the figures", "We don't accept that
        // characterisation": a saying not accepted is denied.
        // ("I don't accept that.", "We do not accept this": what was just
        // put, pointed at by a pronoun that ends the clause)
        let pointed_back = matches!(words.get(1), Some(&("that" | "this" | "it")))
            && words
                .get(2)
                .is_none_or(|w| matches!(*w, "." | "," | ";" | "!"));
        if head == "accept"
            && i > 0
            && is_negation(lows[i - 1])
            && (pointed_saying(words) || pointed_back || reckoned_by_another(&lows[i..]))
            && !conditional
        {
            return Some((ResponseKind::Denied, i - 1));
        }
        if opens {
            if let Some((phrase, ())) = told_refusals().at(words, 0).next() {
                // (not a question: "Will it not say …?")
                if lows.contains(&"?") {
                    return None;
                }
                // ("would not be drawn into a war of words": what follows
                // "drawn" reads as in the party's own words, over at most
                // five words past the phrase, quotation marks left out)
                if phrase.last() == Some(&"drawn") {
                    let mut rest: [&str; 5] = [""; 5];
                    let (mut m, mut seen) = (0, 0);
                    for (t, low) in tokens[i..].iter().zip(&lows[i..]) {
                        if t.is_quote_mark() {
                            continue;
                        }
                        if seen < phrase.len() {
                            seen += 1;
                            continue;
                        }
                        rest[m] = low;
                        m += 1;
                        if m == rest.len() {
                            break;
                        }
                    }
                    if !drawn_refusal(&rest[..m]) {
                        continue;
                    }
                }
                // (not a refusal the reporter relates with the party's
                // words in marks, after the reporter's own pronoun: "said
                // it \"would not comment on individual cases\"")
                let relayed = tokens[..i]
                    .iter()
                    .rev()
                    .find(|t| !t.is_quote_mark())
                    .is_some_and(|t| !t.quoted && matches!(t.low(), "it" | "he" | "she" | "they"));
                let own = quoted >= phrase.len() && tokens[i].quoted && !relayed;
                let kind = if own {
                    ResponseKind::NonDenial
                } else {
                    ResponseKind::Declined
                };
                return Some((kind, i));
            }
            if !conditional && (withheld(words) || only_said(words) || will_look_at(words)) {
                let kind = if only_said(words) || will_look_at(words) || tokens[i].quoted {
                    ResponseKind::NonDenial
                } else {
                    ResponseKind::Declined
                };
                return Some((kind, i));
            }
            continue;
        }
        // "did not recognise the figure": a negation just before, then
        // what was said, pointed at.
        let negation = (i.saturating_sub(3)..i).find(|&k| is_negation(lows[k]));
        let object = matches!(
            words.get(1),
            Some(&("it" | "them" | "this" | "that" | "these"))
        ) && words
            .get(2)
            .is_none_or(|w| !w.chars().all(char::is_alphabetic))
            || pointed_saying(words)
            || reckoned_by_another(&lows[i..]);
        if let Some(from) = negation.filter(|_| object && !conditional) {
            return Some((ResponseKind::NonDenial, from));
        }
    }
    None
}

/// Verbs of giving out what was asked for: "declined to give a figure",
/// "would not disclose how many".
fn is_disclosing(w: &str) -> bool {
    matches!(
        w,
        "give" | "provide" | "disclose" | "reveal" | "release" | "put" | "publish" | "share"
    )
}

/// What a party may withhold when asked: a figure, the details, a date.
fn is_detail(w: &str) -> bool {
    matches!(
        w,
        "figure"
            | "figures"
            | "number"
            | "numbers"
            | "details"
            | "breakdown"
            | "date"
            | "timescale"
            | "timetable"
            | "estimate"
            | "total"
            | "cost"
    )
}

/// A refusal to give out what was asked, as the reporter tells it:
/// "declined to give a figure", "refused to provide a breakdown", "would
/// not disclose how many", "did not give details". `words` open with the
/// refusal's first word and hold quotation marks left out.
fn withheld(words: &[&str]) -> bool {
    let verb = match words {
        ["declined" | "refused", "to", ..] | ["would" | "will" | "could" | "did", "not", ..] => 2,
        _ => return false,
    };
    if !words.get(verb).is_some_and(|v| is_disclosing(v)) {
        return false;
    }
    let rest = &words[verb + 1..];
    matches!(rest, ["how", "much" | "many", ..]) || rest.iter().take(3).any(|w| is_detail(w))
}

/// A promise to look at what was said, which grants nothing and denies
/// nothing: "said it would \"look carefully at\" what the paramedics had
/// described", "will look into the concerns raised". Not a plan ("would
/// look at options for the site"): what is looked at is a saying.
fn will_look_at(words: &[&str]) -> bool {
    let rest = match words {
        ["would" | "will", "look", "at" | "into", rest @ ..] => rest,
        ["would" | "will", "look", "carefully" | "closely", "at" | "into", rest @ ..] => rest,
        // "said it was \"looking into\" why some residents had not received
        // the alert"
        ["was" | "were" | "is" | "are", "looking", "at" | "into", rest @ ..] => rest,
        // "said it was \"reviewing the research carefully\"", "would study
        // the report"
        [aux, verb, rest @ ..]
            if matches!(*aux, "was" | "were" | "is" | "are" | "would" | "will")
                && matches!(
                    *verb,
                    "reviewing"
                        | "studying"
                        | "examining"
                        | "checking"
                        | "review"
                        | "study"
                        | "examine"
                        | "check"
                ) =>
        {
            rest
        }
        _ => return false,
    };
    match rest {
        // (what was said, or why it happened: "why some residents had not
        // received the alert")
        ["what" | "why", ..] => true,
        // (or its own records of what was told: "said it was checking its
        // call records")
        ["its" | "their", rest @ ..] => rest
            .iter()
            .take(2)
            .any(|w| matches!(*w, "records" | "logs")),
        ["the" | "these" | "those" | "any" | "all", noun, ..] => {
            SAID.contains(noun)
                || matches!(
                    *noun,
                    "concerns"
                        | "complaints"
                        | "findings"
                        | "issues"
                        | "points"
                        | "allegations"
                        | "research"
                        | "study"
                        | "paper"
                )
        }
        _ => false,
    }
}

/// An answer the reporter says was all the party would give: "Police would
/// only say that the cause was \"not yet known\"", "the club would say only
/// that talks were continuing" (and "said only that", above). It neither
/// confirms nor denies.
fn only_said(words: &[&str]) -> bool {
    matches!(
        words,
        ["would" | "will" | "could", "only", "say", ..]
            | ["would" | "will" | "could", "say", "only", ..]
    )
}

/// Whether the words after a verb (`words[0]`) are a thing another
/// reckoned or told, by the participle that says so and "by": "the
/// average lengths of stay calculated by the charity", "the totals given
/// by the union". Up to five words of the thing, after "the", "its" or
/// "their".
fn reckoned_by_another(words: &[&str]) -> bool {
    if !matches!(words.get(1), Some(&("the" | "its" | "their"))) {
        return false;
    }
    words.iter().enumerate().skip(3).take(5).any(|(k, w)| {
        matches!(*w, "calculated" | "compiled" | "given" | "quoted")
            && words.get(k + 1) == Some(&"by")
    })
}

/// Whether the words after a verb (`words[0]`) are a saying pointed at:
/// "the figure", "that description", "these claims", "the union's
/// description", "Harlow's figures", "SkinSafe UK's figures", "the city
/// council's estimate".
fn pointed_saying(words: &[&str]) -> bool {
    let owner = |w: &&str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    let determiner = |w: &str| {
        matches!(
            w,
            "the" | "that" | "this" | "those" | "these" | "its" | "their" | "any"
        )
    };
    let rest = match words.get(1) {
        Some(w) if determiner(w) => words.get(2..).unwrap_or_default(),
        Some(_) => words.get(1..).unwrap_or_default(),
        None => return false,
    };
    // An owner of up to three words, none of them a determiner of its own.
    let rest = match rest.iter().take(3).position(owner) {
        Some(k) if !rest[..k].iter().any(|w| determiner(w)) => &rest[k + 1..],
        _ => rest,
    };
    rest.first().is_some_and(|w| UNRECOGNISED.contains(w))
}

/// A quotation that is only a verdict on what was put, in a sentence that
/// attributes it: "\u{201C}That's nonsense,\u{201D} the minister said.",
/// "Asked about the report, she said: \u{201C}Absolutely not.\u{201D}";
/// or a verdict of its own before ", but", one before who made up what was
/// put, or a grant after the last comma ("I was sacked, I won't deny
/// that"). The quoted words are one run, the reporter's words around them.
pub(crate) fn quoted_verdict(tokens: &[Token]) -> Option<(ResponseKind, usize)> {
    let first = tokens.iter().position(|t| t.quoted && t.is_word())?;
    let last = tokens.iter().rposition(|t| t.quoted && t.is_word())?;
    let run = &tokens[first..=last];
    // ("\"That's right. My colleague picked it up,\" Mr Scargill
    // replied.": the quotation opens the sentence and runs on into the
    // next, which attributes it)
    let runs_on = tokens.first().is_some_and(Token::is_quote_mark)
        && tokens.iter().filter(|t| t.is_quote_mark()).count() == 1;
    if run.iter().any(|t| !t.quoted && t.is_word())
        || (!runs_on && !tokens.iter().any(|t| !t.quoted && t.is_word()))
    {
        return None;
    }
    // ("\"That's true, but it's got nothing to do with what I found on
    // that car,\" Mr Whitworth replied.": a verdict of its own opening the
    // quotation, then a reservation after ", but"; not "That's right, we
    // will open the line in May", which tells more of its own)
    // (the first comma in the first six tokens that the words after it
    // show to close a verdict)
    let closes = |after: fn(&[Token]) -> bool| {
        (1..run.len().min(6)).find(|&k| run[k].text == "," && after(&run[k + 1..]))
    };
    let reserved = closes(|rest| rest.first().is_some_and(|t| t.lower == "but"));
    // ("\"These are lies, planted by people who are frightened of losing
    // a fair vote,\" Sorvall told reporters.": a verdict of its own, then
    // who made up what was put)
    let made_up = closes(made_up_by);
    // ("\"I was sacked, I won't deny that,\" Mr Pugh replied.": the thing
    // put, said back, then granted after the last comma)
    let granted_after = run.iter().rposition(|t| t.text == ",").filter(|&k| {
        matches!(
            super::denials::verdict(&run[k + 1..]),
            Some((ResponseKind::Confirmed, _))
        )
    });
    super::denials::verdict(run)
        .or_else(|| super::denials::verdict(&run[..reserved?]))
        .or_else(|| super::denials::verdict(&run[..made_up?]))
        .or_else(|| super::denials::verdict(&run[granted_after? + 1..]))
        .map(|(kind, _)| (kind, first))
}

/// Whether words open a participle phrase of who made a thing up:
/// "planted by people who …", "made up by his rivals", "cooked up in
/// the capital", "spread by the opposition".
fn made_up_by(words: &[Token]) -> bool {
    match words {
        [verb, by, ..] if by.lower == "by" => matches!(
            verb.low(),
            "planted" | "spread" | "invented" | "peddled" | "concocted" | "fabricated" | "leaked"
        ),
        [verb, up, ..] if up.lower == "up" => {
            matches!(
                verb.low(),
                "made" | "cooked" | "dreamed" | "dreamt" | "drummed" | "whipped"
            )
        }
        _ => false,
    }
}

/// "The department later confirmed that the engineers' report had been
/// delivered …": a confirmation repeats a claim told before by someone
/// else, or the party's own words as another relayed them. Returns the
/// candidate whose words hold most of the confirmed clause (two words at
/// least, and more than half of them), a word held by its first five
/// letters or inflected ("confirmed that two centres had closed" holds
/// "closing two of its five processing centres"); or, for a concession,
/// the claim put to the one conceding just before, by one word
/// (`put_to`), unless another claim holds more than half of the clause.
pub(crate) fn confirmed(
    text: &str,
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    (candidates, quoted): (&[Candidate], &[QuoteCell]),
) -> Option<(usize, usize)> {
    // (or concedes it: "Defence counsel accepted that the policy had been
    // changed", "the company acknowledged that …", "conceded that …")
    let Some(at) = tokens.iter().enumerate().position(|(i, t)| {
        (!t.quoted
            && matches!(
                t.low(),
                "confirmed"
                    | "confirms"
                    | "accepted"
                    | "accepts"
                    | "acknowledged"
                    | "acknowledges"
                    | "conceded"
                    | "concedes"
                    | "admitted"
                    | "admits"
            ))
            // (in the party's own words: "\"I can confirm that 300 roles
            // were affected,\" Reed said.")
            || (t.lower == "confirm"
                && i > 0
                && tokens[i - 1].lower == "can"
                && tokens.get(i + 1).is_some_and(|n| n.lower == "that"))
            || undisputed_clause(tokens, i)
    }) else {
        return granted_put(tokens, speaker, number, candidates)
            .or_else(|| granted_turn(tokens, speaker, number, candidates))
            .or_else(|| owned_deed(tokens, speaker, number, candidates))
            .or_else(|| emphatic_did(tokens, speaker, number, candidates));
    };
    // ("Your department confirmed on Thursday that 412 prisoners were
    // held …": a confirmation put to the one it names is the questioner's
    // claim, for them to answer)
    if tokens[..at]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.text != "," && !t.is_quote_mark())
        .any(|t| !t.quoted && t.lower == "your")
    {
        return None;
    }
    let concedes = !matches!(tokens[at].low(), "confirmed" | "confirms" | "confirm");
    // "Petrauskas acknowledged that, but said …", "She accepted this.": what
    // was told just before, granted by a pronoun that ends the clause.
    if concedes
        && tokens
            .get(at + 1)
            .is_some_and(|t| matches!(t.low(), "that" | "this" | "it") && !t.quoted)
        && tokens
            .get(at + 2)
            .is_none_or(|t| matches!(t.low(), "," | "." | ";" | "but" | "and"))
    {
        return told_just_before(candidates, number, speaker, 2, |_| true).map(|i| (i, at));
    }
    // "Dr Yelland accepted that point.": the point another pointed out
    // ("… but pointed out that it measured bat activity rather than the
    // size of bat populations"), in the five sentences before; else what
    // was told just before.
    if concedes
        && tokens.get(at + 1).is_some_and(|t| {
            matches!(t.low(), "that" | "this" | "the" | "his" | "her") && !t.quoted
        })
        && tokens
            .get(at + 2)
            .is_some_and(|t| matches!(t.low(), "point" | "points") && !t.quoted)
        && tokens
            .get(at + 3)
            .is_none_or(|t| matches!(t.low(), "," | "." | ";" | "but" | "and"))
    {
        return told_just_before(candidates, number, speaker, 5, |i| {
            let c = &candidates[i];
            c.cue.as_deref().is_some_and(|q| q.starts_with("point"))
                || c.quote.contains("pointed out")
                || c.quote.contains("made the point")
        })
        .or_else(|| told_just_before(candidates, number, speaker, 2, |_| true))
        .map(|i| (i, at));
    }
    // "confirmed that …", also "confirmed in a statement that …",
    // "confirmed on Monday that …": a short phrase of place or time first.
    // ("It confirmed, however, that …": an adverb set off by commas first)
    let aside = matches!(
        (
            tokens.get(at + 1).map(|t| t.text),
            tokens.get(at + 2).map(Token::low),
            tokens.get(at + 3).map(|t| t.text)
        ),
        (
            Some(","),
            Some("however" | "though" | "nonetheless" | "nevertheless"),
            Some(",")
        )
    );
    let that = if tokens.get(at + 1).is_some_and(|t| t.lower == "that") {
        at + 1
    } else if aside && tokens.get(at + 4).is_some_and(|t| t.lower == "that") {
        at + 4
    } else if tokens
        .get(at + 1)
        .is_some_and(|t| matches!(t.low(), "in" | "on" | "at" | "to" | "late" | "later"))
    {
        (at + 2..tokens.len().min(at + 7))
            .find(|&k| tokens[k].lower == "that")
            .filter(|&k| !tokens[at + 1..k].iter().any(|t| !t.is_word()))?
    } else if tokens
        .get(at + 1)
        .is_some_and(|t| t.lower == "there" && !t.quoted)
        && tokens
            .get(at + 2)
            .is_some_and(|t| matches!(t.low(), "had" | "has" | "was" | "were" | "is" | "are"))
    {
        // ("Cairnlift confirmed there had been a stoppage in 2024": a
        // thing said to have been, without "that")
        at
    } else if concedes
        && tokens.get(at + 1).is_some_and(|t| t.is_word() && !t.quoted)
        && (at + 2..tokens.len().min(at + 5))
            .take_while(|&k| tokens[k].is_word())
            .any(|k| super::hedges::is_finite_verb(tokens[k].low()))
    {
        // (a concession's clause without "that": "acknowledged staffing
        // had been difficult", "admitted mistakes were made", "admitted the
        // building needed repairs")
        at
    } else {
        return None;
    };
    // (up to "but", or a participle set off by a comma: "…, saying that
    // doing so \"would have meant killing the birds\"")
    // (or a saying of its own after ", and": "confirmed that the two birds
    // had been recovered, and said tests had found a banned pesticide")
    let end = tokens[that + 1..]
        .iter()
        .enumerate()
        .position(|(k, t)| {
            matches!(t.low(), "but" | ";" | "although" | "though")
                || (t.text == ","
                    && tokens.get(that + 2 + k).is_some_and(|n| {
                        !n.quoted
                            && matches!(n.low(), "saying" | "adding" | "arguing" | "insisting")
                    }))
                || (t.text == ","
                    && tokens.get(that + 2 + k).is_some_and(|n| n.lower == "and")
                    && tokens
                        .get(that + 3 + k)
                        .is_some_and(|n| !n.quoted && n.lower == "said"))
        })
        .map_or(tokens.len(), |e| that + 1 + e);
    let clause = tokens.get(that + 1..end)?;
    // "The officer accepted that it had.", "She admitted that he was.": the
    // claim just put, granted by a pronoun and its auxiliary alone.
    let words_of: Vec<&str> = clause
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.low())
        .collect();
    if let [pronoun, aux] = words_of.as_slice() {
        if matches!(*pronoun, "it" | "he" | "she" | "they" | "this" | "that")
            && matches!(
                *aux,
                "had" | "has" | "have" | "was" | "were" | "is" | "did" | "would" | "could"
            )
        {
            return told_just_before(candidates, number, speaker, 2, |_| true).map(|i| (i, at));
        }
    }
    // "confirmed that the valuation had been carried out": the deed named
    // by its noun, said to have been done (or not), grants the claim in the
    // six sentences before that tells it by its verb ("an estate agent
    // valued the hall at £1.6 million").
    // (a deed granted as not done grants only a claim that it was not)
    if let Some((deed, negated)) = deed_done(clause) {
        return told_just_before(candidates, number, speaker, 6, |i| {
            claim_words(quoted, candidates, i, &mut None)
                .words
                .iter()
                .any(|w| same_word(w, &deed))
                && (!negated || candidates[i].quote.split_whitespace().any(is_negation))
        })
        .map(|i| (i, at));
    }
    // "confirmed that the Bat Survey Trust had paid for about a third of
    // the fieldwork" grants "the study had been part-funded by a charity
    // that \"campaigns against LED streetlights\"": who paid for a work,
    // told again in other words of paying, in the three sentences before.
    if clause.iter().any(|t| !t.quoted && is_paying(t.low())) {
        if let Some(i) = told_just_before(candidates, number, speaker, 3, |i| {
            tells_who_paid(&candidates[i].quote)
        }) {
            return Some((i, at));
        }
    }
    let (first, last) = (clause.first()?, clause.last()?);
    let mut words = content_of(&text[first.start..last.end]);
    // ("the bill had gone up": a rise told in two short words)
    if clause
        .windows(2)
        .any(|p| matches!(p[0].low(), "gone" | "went" | "go" | "goes") && p[1].lower == "up")
    {
        words.retain(|w| !matches!(w.as_str(), "gone" | "went" | "goes"));
        words.push("increase".to_string());
    }
    // (a concession of one word grants a claim just before it: "Mr
    // Leadbetter accepted that he had been dismissed." after "suggested to
    // Mr Leadbetter that he had been sacked in August 2024")
    if words.is_empty() || (words.len() < 2 && !concedes) {
        return None;
    }
    if words.len() == 1 {
        let w = (stem(&words[0]), Inflected::of(&words[0]));
        return told_just_before(candidates, number, speaker, 2, |i| {
            claim_words(quoted, candidates, i, &mut None).holds_word(w.0, &w.1)
        })
        .map(|i| (i, at));
    }
    // (a confirmation may come late in a long piece: the last twenty claims)
    let lower = candidates.len().saturating_sub(20);
    // (the clause's subject: its first content word that says something,
    // not a count: "35 staff had stayed" is of staff)
    let subject = words
        .iter()
        .find(|w| !is_vague(w) && !w.starts_with(|c: char| c.is_ascii_digit()));
    // (the places and bodies the clause names, by the words of a name
    // after its first capital: "Lenning" of "the River Lenning", not
    // "River", which names none alone)
    let proper: Vec<&str> = clause
        .windows(2)
        .filter(|p| p[0].is_cap() && p[1].is_word() && p[1].is_cap() && !p[1].quoted)
        .map(|p| p[1].text)
        .filter(|w| w.len() >= 4)
        .collect();
    // (what was done, granted: "had flagged", "had been below standard";
    // not a plan confirmed, "fuel duty will rise", which is news of its own)
    let told_of_the_past = clause
        .iter()
        .any(|t| !t.quoted && matches!(t.low(), "had" | "was" | "were"));
    let told_in_perfect = clause.iter().any(|t| !t.quoted && t.lower == "had");
    let of_a_plan = clause
        .iter()
        .any(|t| matches!(t.low(), "will" | "would" | "shall" | "'ll"));
    // (a concession of what a person did or had, told by a pronoun: "He
    // accepted that he held no formal locksmithing qualification" grants
    // "He had no recognised qualification as a locksmith", however far
    // back, by half its words)
    let of_a_person = clause
        .first()
        .is_some_and(|t| matches!(t.low(), "he" | "she" | "they" | "i" | "we"));
    // (or what was left undone, granted of a claim that says it was not
    // done, however far back: "accepted that the team had not tested
    // birds for residues" grants "it had not measured levels of the
    // chemical in the birds themselves" three sentences before)
    let left_undone = clause.iter().any(|t| matches!(t.low(), "not" | "never"));
    let undone = |i: usize| {
        let q = &candidates[i].quote;
        q.contains(" not ") || q.contains("n't ") || q.contains(" never ")
    };
    // (each word's stem and inflection made once, for every claim it is
    // sought in; the claims' own are made once for every answer that
    // weighs them)
    let forms: Vec<(&str, Inflected)> = words.iter().map(|w| (stem(w), Inflected::of(w))).collect();
    // "Cross-examining Mr Polglaze …, defence barrister Undine Grennaway
    // said the surveyor had never gone up on to the roof." then "Mr
    // Polglaze accepted that the surveyor had inspected the chimney from
    // the garden.": a concession right after a claim put to the one
    // conceding, sharing a word with it, grants that claim, unless
    // another claim tells more than half of the concession again (below).
    let put = speaker.filter(|_| concedes).and_then(|sp| {
        told_just_before(candidates, number, speaker, 1, |i| {
            put_to(&candidates[i].quote, sp)
                && forms
                    .iter()
                    .any(|(st, w)| claim_words(quoted, candidates, i, &mut None).holds_word(st, w))
        })
    });
    let subject_form = subject.map(|w| (stem(w), Inflected::of(w)));
    // (the speaker's words as a name, made once for every claim it is
    // compared with: `same_speaker`, either way round)
    let speaker_name = speaker.map(SameSpeaker::new);
    // (or the party's own words as another relayed them: "said the
    // Department for Transport had told him that a vessel was on its way"
    // then "The department later confirmed that the vessel had been sent")
    let other_speaker = |c: &Candidate| match &speaker_name {
        Some(sp) => !sp.is(c.speaker.as_deref()) || !c.via.is_empty(),
        None => c.speaker.is_some(),
    };
    candidates
        .iter()
        .enumerate()
        .skip(lower)
        // (not a headline: "Advertising ruling" over the section that
        // "accepted the ruling" ends)
        .filter(|(_, c)| c.sentence < number && other_speaker(c) && !c.why.contains(&"headline"))
        .map(|(i, c)| {
            // (by the first five letters, or one word inflected: "closed"
            // and "closing" part at their fifth letter)
            let mut made = None;
            let theirs = claim_words(quoted, candidates, i, &mut made);
            let holds = |(stem, w): &(&str, Inflected)| theirs.holds_word(stem, w);
            let shared = forms.iter().filter(|f| holds(f)).count();
            // (a short clause confirming the claim just before needs one
            // word of it: "practices had lost a £9 million fund" … "The
            // department confirmed that the fund had ended")
            // (nor one just after a report, which it settles: "The news
            // site CarrowLive reports that a man in his 60s was seriously
            // injured … Carrow Police confirmed that a man had been taken to
            // hospital.")
            let reported = c.cue.as_deref().is_some_and(|q| q.contains("report"));
            let next = c.sentence + 1 == number && shared >= 1 && words.len() <= 3;
            // (in few words, even with none of the report's: "a man" is
            // no content word, "taken to hospital" says "injured" again)
            let settles = c.sentence + 1 == number && reported && words.len() <= 5;
            // (the same subject, told of again: "confirmed that officers
            // had flagged \"possible cost pressures\" to cabinet members"
            // grants "Officers told the cabinet in September that …";
            // "accepted that some of his work had been \"below standard\""
            // grants "work on 17 of the properties had not been done")
            // (or of the claim just before, by its subject alone, a deed
            // told in the past perfect: "the plant's workers had not had a
            // pay rise since 2024" then "The company confirmed that pay at
            // Corbrook had been frozen for two years")
            let just_before =
                c.sentence + 1 == number && told_in_perfect && subject.is_some_and(|w| !is_body(w));
            let same_subject = subject_form.as_ref().is_some_and(holds)
                && (shared >= 2
                    || (concedes && subject.is_some_and(|w| !is_body(w)))
                    || just_before)
                && told_of_the_past;
            let told = shared;
            let shared = if settles || same_subject {
                words.len()
            } else if next {
                shared.max(2)
            } else {
                shared
            };
            (shared, told, i)
        })
        // (a short concession may name what it concedes by half its words:
        // "accepted that the cover had been increased")
        .filter(|&(shared, _, i)| {
            (shared >= 2 && shared * 2 > words.len())
                || (concedes && words.len() <= 3 && shared >= 1 && shared * 2 >= words.len())
                // (a claim in the two sentences before, by half the words:
                // "an internal audit had warned … that the council was
                // running unsupported software …" then "confirmed that the
                // audit had raised concerns about old software")
                || (shared >= 2
                    && shared * 2 >= words.len()
                    && (number - candidates[i].sentence <= 2
                        || (concedes && (of_a_person || (left_undone && undone(i))))))
                // (a concession in the sentence right after a claim, by two
                // of its words: "volunteer counts tended to be higher at
                // ponds that are easy to reach, … where counting is often
                // done from a car" then "Dr Nuttall accepted that counting
                // effort varied between sites")
                || (concedes
                    && that != at
                    && shared >= 2
                    && number - candidates[i].sentence == 1)
                // (a report others told, sharing two words, one a name:
                // "confirmed that fuel from the damaged wagons got into the
                // River Lenning" grants "People living near the line say
                // diesel is leaking into the River Lenning")
                || (shared >= 2
                    && !concedes
                    && candidates[i].kind == Kind::Reported
                    && proper.iter().any(|p| candidates[i].quote.contains(p)))
                // (a report the outlet could not confirm, sharing two words:
                // "There are unconfirmed reports on social media that a
                // parked vehicle fell into the hole" then "Police have now
                // confirmed that a van parked outside number 39 slid into
                // the hole")
                // (not a plan confirmed, "fuel duty will rise", news of its
                // own)
                || (shared >= 2 && !concedes && !of_a_plan && unconfirmed(&candidates[i]))
                // (a report an outlet is running, among the three claims
                // before, half of its words told again: "The
                // Stainmoor Advertiser is reporting that a prisoner has
                // escaped while being escorted to an appointment" then,
                // past a live blog's entry title, "Merebrook Police have
                // confirmed that a prisoner escaped from custody at
                // Stainmoor General Hospital this morning")
                || (shared >= 2
                    && !concedes
                    && !of_a_plan
                    && candidates[i + 1..]
                        .iter()
                        .filter(|c| c.sentence < number && c.score >= 0.4)
                        .count()
                        <= 2
                    && candidates[i].kind == Kind::Reported
                    && candidates[i]
                        .cue
                        .as_deref()
                        .is_some_and(|q| q.contains("report"))
                    && shared * 2 >= told_words(quoted, candidates, i))
        })
        // (of those, the one that tells most of it again, then the latest)
        .max_by_key(|&(shared, told, i)| (shared, told, i))
        // (the claim put, over one that tells half the concession again
        // or less)
        .filter(|&(_, told, i)| put.is_none_or(|p| p == i || told * 2 > words.len()))
        .map(|(_, told, i)| {
            // (a concession sharing a word with a claim far back answers
            // instead a criticism just before it, in words of its own:
            // "spraints" told nine sentences before; not one that tells
            // more than half of it again: "accepts that he sold the
            // paintings" of "the paintings … had been sold", "accepted that
            // the survey had recorded cracking in the tank" of an accusation
            // of "sitting on a 2024 structural survey that had found
            // cracking in the tank" four sentences before)
            let far = number - candidates[i].sentence > 3 && told * 2 <= words.len();
            let criticism = (concedes && far)
                .then(|| criticism_just_before(speaker, number, candidates))
                .flatten();
            (criticism.unwrap_or(i), at)
        })
        .or_else(|| put.map(|p| (p, at)))
        .or_else(|| {
            confirmed_by_party(speaker?, &words, number, (candidates, quoted)).map(|i| (i, at))
        })
        .or_else(|| {
            concedes
                .then(|| conceded_before(clause, speaker, number, candidates))
                .flatten()
                .map(|i| (i, at))
        })
}

/// Whether a claim was put to `speaker` in its own sentence, by their
/// surname within four words of the putting: "Cross-examining Mr
/// Polglaze by video link, …", "put it to Pell that …", "suggested to Mr
/// Leadbetter that …".
fn put_to(quote: &str, speaker: &str) -> bool {
    let Some(surname) = speaker.split_whitespace().last() else {
        return false;
    };
    [
        "Cross-examining ",
        "cross-examining ",
        "Questioning ",
        "put it to ",
        "suggested to ",
    ]
    .iter()
    .any(|marker| {
        quote.match_indices(marker).any(|(at, _)| {
            quote[at + marker.len()..]
                .split_whitespace()
                .take(4)
                .any(|w| w.trim_end_matches([',', '.']) == surname)
        })
    })
}

/// The latest claim scored fit to be logged, told in the `within`
/// sentences before sentence `number` by another than `speaker`, that
/// `fits` (by its index): what a confirmation or a concession grants when
/// it names the claim by a pronoun, a deed or a word.
fn told_just_before(
    candidates: &[Candidate],
    number: usize,
    speaker: Option<&str>,
    within: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    candidates
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, c)| c.sentence < number && c.score >= 0.4)
        .take_while(|(_, c)| number - c.sentence <= within)
        .find(|&(i, c)| !same_speaker(c.speaker.as_deref(), speaker) && fits(i))
        .map(|(i, _)| i)
}

/// A confirmation by one a claim named by role: "Sovka's chairman, Radim
/// Olbrecht, confirmed in a written statement that he and Poltek had
/// jointly owned a company" after "… steering the sale to Sovka Commercial
/// Bank, whose chairman is his former business partner"; "The president's
/// brother-in-law, Stanko Milevric, confirmed that he holds a 35% stake"
/// after "… a firm part-owned by the president's brother-in-law". A verb
/// of confirming or conceding, "that" within seven words; granted is the
/// latest claim by another, in the eight sentences before, that holds
/// every content word of the confirmer's role (two at least). Returns it
/// and where the verb is.
pub(crate) fn confirmed_by_one_named(
    tokens: &[Token],
    role: Option<&str>,
    speaker: Option<&str>,
    number: usize,
    (candidates, quoted): (&[Candidate], &[QuoteCell]),
) -> Option<(usize, usize)> {
    let at = tokens.iter().position(|t| {
        !t.quoted
            && matches!(
                t.low(),
                "confirmed" | "confirms" | "acknowledged" | "acknowledges" | "admitted" | "admits"
            )
    })?;
    if !tokens
        .iter()
        .skip(at + 1)
        .take(7)
        .take_while(|t| t.is_word() && !t.quoted)
        .any(|t| t.lower == "that")
    {
        return None;
    }
    // (each word as `content_of` gives it: a possessive's "'s" gone)
    let role_words = content_of(role?);
    if role_words.len() < 2 {
        return None;
    }
    candidates
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, c)| c.sentence < number && c.score >= 0.4)
        .take_while(|(_, c)| number - c.sentence <= 8)
        .find(|&(i, c)| {
            !same_speaker(c.speaker.as_deref(), speaker) && {
                // (the claim's words as every answer weighs them, made once)
                let mut made = None;
                let theirs = &claim_words(quoted, candidates, i, &mut made).words;
                role_words
                    .iter()
                    .all(|w| theirs.iter().any(|t| same_word(w, t)))
            }
        })
        .map(|(i, _)| (i, at))
}

/// The noun of a deed said to have been done or to be under way, a
/// clause's whole news, and whether it was said not to have been: "the
/// valuation had been carried out", "an inspection was conducted", "the
/// review has been completed", "a review was under way", "a planned
/// inspection had not taken place". A determiner, perhaps a word
/// describing it, one noun of an act (`is_act`), an auxiliary, "not" or
/// not, "been" or not, then a verb that only says it was done, "taken
/// place", or "under way", "ongoing" or "in progress".
fn deed_done(clause: &[Token]) -> Option<(String, bool)> {
    let words: Vec<&str> = clause
        .iter()
        .filter(|t| t.is_word() && !t.quoted)
        .map(Token::low)
        .collect();
    let aux = |w: &str| matches!(w, "was" | "were" | "is" | "had" | "has" | "have");
    // (a word may describe the act: "a planned inspection", "the annual
    // inspection")
    let (det, noun, rest) = match words.as_slice() {
        [det, noun, next, ..] if is_act(noun) && aux(next) => (*det, *noun, &words[2..]),
        [det, _, noun, rest @ ..] => (*det, *noun, rest),
        _ => return None,
    };
    let rest = match rest {
        [verb, rest @ ..] if aux(verb) => rest,
        _ => return None,
    };
    // (or not done, granting a claim that it was not: "accepted that a
    // planned inspection had not taken place")
    let (negated, rest) = match rest {
        ["not", rest @ ..] => (true, rest),
        _ => (false, rest),
    };
    let rest = match rest {
        ["been", rest @ ..] => rest,
        _ => rest,
    };
    // (or to be under way: "a review was under way", "talks are ongoing")
    let done = matches!(
        rest,
        ["carried", "out"]
            | ["conducted" | "undertaken" | "completed" | "done" | "performed" | "made"]
            | ["under", "way"]
            | ["underway" | "ongoing"]
            | ["in", "progress"]
            | ["taken", "place"]
    );
    (matches!(det, "the" | "a" | "an" | "its" | "this" | "that")
        && done
        && is_act(noun)
        && !is_body(noun))
    .then(|| (noun.to_string(), negated))
}

/// A noun of an act: in "-tion", "-sion", "-ment", "-al", "-ance" or
/// "-ence", or a review, an audit, a survey, a test, a check, a search,
/// talks or an inquiry.
fn is_act(noun: &str) -> bool {
    ["tion", "sion", "ment", "al", "ance", "ence"]
        .iter()
        .any(|s| noun.ends_with(s))
        || matches!(
            noun,
            "review" | "audit" | "survey" | "test" | "check" | "search" | "talks" | "inquiry"
        )
}

/// A party that does not dispute a clause it names, which grants it: "I
/// don't dispute that catches are down.", "The trust does not doubt that
/// waiting times have risen." A verb of doubt ("dispute", "doubt",
/// "question") just after a negation, then "that" and a clause with a
/// finite verb in its first four words (not "does not dispute that
/// figure", which lets a figure stand: `denials::left_undisputed`); not in
/// a question.
fn undisputed_clause(tokens: &[Token], i: usize) -> bool {
    matches!(
        tokens[i].low(),
        "dispute" | "disputes" | "doubt" | "doubts" | "question" | "questions"
    ) && i > 0
        && matches!(
            tokens[i - 1].low(),
            "not" | "don't" | "doesn't" | "didn't" | "never"
        )
        && tokens.get(i + 1).is_some_and(|t| t.lower == "that")
        && tokens
            .iter()
            .skip(i + 2)
            .take(4)
            .take_while(|t| t.is_word())
            .skip(1)
            .any(|t| super::hedges::is_finite_verb(t.low()))
        && !tokens.iter().any(|t| t.text == "?")
}

/// A word of paying for something: "paid", "funding", "financed".
fn is_paying(w: &str) -> bool {
    matches!(
        w,
        "paid"
            | "pays"
            | "funded"
            | "funding"
            | "funds"
            | "financed"
            | "financing"
            | "bankrolled"
            | "sponsored"
            | "underwritten"
    )
}

/// Whether a claim tells who paid for a thing, by a passive verb of
/// paying and "by": "the study had been paid for by campaigners",
/// "had been part-funded by a charity".
fn tells_who_paid(quote: &str) -> bool {
    let words: Vec<String> = quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.windows(3).any(|w| {
        (matches!(
            w[0].as_str(),
            "paid" | "funded" | "financed" | "bankrolled" | "sponsored" | "underwritten"
        ) && w[1] == "by")
            || (w[0] == "paid" && w[1] == "for" && w[2] == "by")
    })
}

/// Words too common to say what a concession is about: "some", "other".
fn is_vague(w: &str) -> bool {
    matches!(
        w,
        "some"
            | "other"
            | "such"
            | "many"
            | "much"
            | "more"
            | "most"
            | "only"
            | "also"
            | "very"
            | "just"
            | "same"
            | "part"
            | "parts"
            | "since"
    )
}

/// How many content words a claim tells beyond its teller and its verb of
/// saying ("a prisoner has escaped while being escorted to an
/// appointment" of "The Stainmoor Advertiser is reporting that …": four).
fn told_words(quoted: &[QuoteCell], candidates: &[Candidate], i: usize) -> usize {
    let c = &candidates[i];
    let teller: Vec<String> = c
        .speaker
        .iter()
        .chain(&c.cue)
        .flat_map(|w| content_of(w))
        .collect();
    claim_words(quoted, candidates, i, &mut None)
        .words
        .iter()
        .filter(|w| !teller.contains(w) && !w.starts_with("report"))
        .count()
}

/// Whether a claim is passed on as not yet confirmed: hedged by
/// "unconfirmed", "could not be verified", "could not be independently
/// confirmed" and the like.
fn unconfirmed(c: &Candidate) -> bool {
    c.hedge.as_deref().is_some_and(|h| {
        let h = h.to_lowercase();
        h.contains("unconfirmed")
            || h.contains("not be verified")
            || h.contains("not be confirmed")
            || h.contains("not be independently")
            || h.contains("not yet been confirmed")
    })
}

/// A criticism told by another just before, which a concession answers in
/// words of its own: "But she said the survey counted signs rather than
/// animals …" then "Dr Quistgaard accepted that spraints were an indirect
/// measure". A claim in the sentence just before, by a named speaker other
/// than the one conceding, not the outlet's.
fn criticism_just_before(
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<usize> {
    let i = candidates.iter().rposition(|c| c.sentence + 1 == number)?;
    let c = &candidates[i];
    (c.score >= 0.5
        && c.speaker.is_some()
        && c.kind != Kind::Outlet
        && !same_speaker(c.speaker.as_deref(), speaker))
    .then_some(i)
}

/// What a concession in other words grants: "He accepted that some
/// paragraphs had been reused from the other scheme's report." after
/// "… said whole sections of the ecology report had been lifted from a
/// survey of a road in Lincolnshire": the latest claim by another, in the
/// eight sentences before, that shares one of the conceded clause's words
/// (not a vague one) after the clause's first auxiliary.
fn conceded_before(
    clause: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<usize> {
    // (what is granted of its subject, after the clause's first
    // auxiliary: "the board had been short of assessors" grants nothing
    // of a claim because it names the board)
    let aux = clause.iter().position(|t| {
        matches!(
            t.low(),
            "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will" | "could"
        )
    })?;
    let words = content(&clause[aux + 1..]);
    let words: Vec<&str> = words
        .iter()
        .map(|w| stem(w))
        .filter(|w| !is_vague(w))
        .collect();
    if words.is_empty() {
        return None;
    }
    candidates
        .iter()
        .enumerate()
        .rev()
        .take(20)
        .filter(|(_, c)| c.sentence < number && c.score >= 0.5)
        .take_while(|(_, c)| number - c.sentence <= 8)
        .find(|(_, c)| {
            !same_speaker(c.speaker.as_deref(), speaker)
                && content_of(&c.quote)
                    .iter()
                    .any(|t| words.contains(&stem(t)))
        })
        .map(|(i, _)| i)
}

/// A party's own emphatic "did", granting part of a report told before:
/// "We did lose two embryologists this summer, and we have recruited
/// replacements …" after "… had stopped booking new IVF patients in June
/// because of a shortage of embryologists". In quotation marks, "we",
/// "I" or "it", "did" and a verb not negated; granted is the latest claim
/// reported by another in the three sentences before that holds a content
/// word of what follows the verb, up to a comma or "and". Returns that
/// claim and where "did" is.
fn emphatic_did(
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    let at = tokens.windows(3).position(|w| {
        w.iter().all(|t| t.quoted)
            && matches!(w[0].low(), "we" | "i" | "it")
            && w[1].lower == "did"
            && w[2].is_word()
            && !is_negation(w[2].low())
            && w[2].lower != "not"
    })?;
    let verb = at + 2;
    let end = tokens[verb + 1..]
        .iter()
        .position(|t| matches!(t.low(), "," | "and" | "but" | "." | ";") || !t.quoted)
        .map_or(tokens.len(), |e| verb + 1 + e);
    let words = content(&tokens[verb + 1..end]);
    if words.is_empty() {
        return None;
    }
    told_just_before(candidates, number, speaker, 3, |i| {
        let c = &candidates[i];
        c.kind == Kind::Reported && content_of(&c.quote).iter().any(|w| words.contains(w))
    })
    .map(|i| (i, at + 1))
}

/// A party's answer that owns the deed a report gave it, in other words:
/// "A spokesman for the energy ministry said the ministry had asked for
/// an earlier date" after "Tingbladet reported that the vote had been
/// brought forward at the request of the Ministry of Energy". A verb of
/// saying, "the" or "its" and a noun, "had", "has" or "have", then a verb
/// not negated; granted is the latest of the claims in the three sentences
/// before, told by another as a report or hedged, that names the noun and
/// holds the verb in its sense ("asked" and "request"), not a light verb
/// ("kept", "made"). Returns that claim and where the verb is.
fn owned_deed(
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    if tokens
        .iter()
        .any(|t| is_negation(t.low()) || matches!(t.low(), "if" | "unless" | "whether" | "?"))
    {
        return None;
    }
    let say = tokens
        .iter()
        .position(|t| !t.quoted && matches!(t.low(), "said" | "says"))?;
    let det = say + 1 + usize::from(tokens.get(say + 1).is_some_and(|t| t.lower == "that"));
    if !tokens
        .get(det)
        .is_some_and(|t| matches!(t.low(), "the" | "its"))
    {
        return None;
    }
    let noun = tokens.get(det + 1).filter(|t| t.is_word() && !t.quoted)?;
    let aux = tokens
        .get(det + 2)
        .filter(|t| matches!(t.low(), "had" | "has" | "have"))?;
    let verb = det + 3;
    let done = tokens
        .get(verb)
        .filter(|t| t.is_word() && !t.quoted && t.low() != "been" && !aux.quoted)?;
    let noun = noun.low();
    let sense = content_of(done.low());
    let light = matches!(
        done.low(),
        "kept" | "made" | "had" | "got" | "taken" | "given" | "put" | "held" | "done" | "said"
    );
    if noun.len() < 4 || sense.is_empty() || is_role_word(noun) || light {
        return None;
    }
    candidates
        .iter()
        .enumerate()
        .rev()
        // (the three sentences before, however many claims they hold:
        // reached before the score is asked)
        .take_while(|(_, c)| number.saturating_sub(c.sentence) <= 3)
        .filter(|(_, c)| c.sentence < number && c.score >= 0.4)
        .find(|(_, c)| {
            // (a report, not another party's account: "the society had
            // kept every letter" owns nothing the council said of it)
            let told = c.hedge.is_some() || c.cue.as_deref().is_some_and(|q| q.contains("report"));
            let theirs = content_of(&c.quote);
            told && !same_speaker(c.speaker.as_deref(), speaker)
                && theirs.iter().any(|w| w == noun)
                && sense.iter().all(|v| theirs.iter().any(|w| w == v))
        })
        .map(|(i, _)| (i, verb))
}

/// "The Ledger also reported that the watchdog had begun examining the
/// accounts. The watchdog confirmed that it had opened an inquiry": a
/// party that confirms in its own words what a report in the two
/// sentences before said of it. The report is told by someone else
/// (reported, or hedged) and names the party by its head word
/// ("watchdog", "regulator", "Harlow").
/// A short reply in the speaker's own words that says again, without a
/// negation, what was just put to them: "Kell put it to her that she had
/// met Marsh for dinner two days before the contract was awarded." then
/// "\"We had dinner most months.\"" A sentence wholly in quotation marks,
/// of at most ten words, with no "not", "never", "no" or question mark,
/// right after a claim put to someone ("put it to her that …"), sharing a
/// content word with it: the reply grants what was put. Returns that claim
/// and where the reply begins.
fn granted_put(
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    // (cheap tests first: the sentence before holds a claim put)
    let (ci, put) = candidates
        .iter()
        .enumerate()
        .rev()
        .take(4)
        .find(|(_, c)| c.sentence + 1 == number && c.cue.as_deref() == Some("put"))?;
    let first = tokens.iter().position(Token::is_word)?;
    // (the quote first, then at most its teller and a verb: "he said")
    let last_quoted = tokens.iter().rposition(|t| t.quoted && t.is_word())?;
    let words = tokens[..=last_quoted]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let after = tokens[last_quoted..]
        .iter()
        .filter(|t| t.is_word() && !t.quoted)
        .count();
    if words > 10
        || after > 3
        || !tokens[first].quoted
        || tokens.iter().any(|t| t.text == "?")
        || tokens[..=last_quoted].iter().any(|t| {
            (t.is_word() && !t.quoted)
                || t.text == "?"
                || matches!(t.low(), "not" | "never" | "no" | "nothing" | "nobody")
                || t.low().ends_with("n't")
        })
        || same_speaker(put.speaker.as_deref(), speaker)
        || tokens[..=last_quoted]
            .iter()
            .any(|t| matches!(t.low(), "different" | "other" | "another"))
    {
        return None;
    }
    // (a reply that repeats the verb put must repeat its object too, or
    // point at it: "I checked it at the lights", not "I checked my mirrors
    // before the crash" against "had checked his phone")
    if let Some((verb, object)) = put_verb_object(&put.quote) {
        let lows: Vec<&str> = tokens[..=last_quoted]
            .iter()
            .filter(|t| t.is_word())
            .map(Token::low)
            .collect();
        if let Some(at) = lows.iter().position(|w| stem(w) == stem(&verb)) {
            let said = lows[at + 1..].iter().find(|w| !DETERMINERS.contains(w));
            if !said.is_some_and(|w| {
                stem(w) == stem(&object)
                    || matches!(*w, "it" | "them" | "that" | "this" | "him" | "her")
            }) {
                return None;
            }
        }
    }
    let theirs: Vec<String> = content_of(&put.quote)
        .iter()
        .map(|w| stem(w).to_string())
        .collect();
    content(tokens)
        .iter()
        .any(|w| theirs.iter().any(|t| t == stem(w)))
        .then_some((ci, first))
}

/// Words that come before a noun and say nothing of which thing it is.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these",
    "those", "some",
];

/// The main verb and the head of its object in the clause put: "… put it
/// to him that he had checked his phone seconds before …" gives
/// ("checked", "phone"); "that she had met Marsh for dinner" gives ("met",
/// "marsh"). The clause after the first "that", a pronoun subject, then
/// auxiliaries, then the verb; the object is the next word past
/// determiners. None when the clause is not of that shape. Reads at most
/// twelve words.
fn put_verb_object(quote: &str) -> Option<(String, String)> {
    let mut words = quote
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| w != "that")
        .skip(1)
        .take(12)
        .peekable();
    if !words.next().is_some_and(|w| {
        matches!(
            w.as_str(),
            "he" | "she" | "they" | "we" | "i" | "you" | "it"
        )
    }) {
        return None;
    }
    while words.peek().is_some_and(|w| {
        matches!(
            w.as_str(),
            "had" | "has" | "have" | "was" | "were" | "did" | "been" | "would" | "could"
        )
    }) {
        words.next();
    }
    let verb = words.next()?;
    let object = words.find(|w| !DETERMINERS.contains(&w.as_str()))?;
    Some((verb, object))
}

/// A transcript's answer that grants, by a verdict opening its turn, what
/// the other voice stated just before: "BARNABY OKONJO: … found that 214
/// schools have classrooms that are unsafe to use." then "DELPHINE
/// ARKWRIGHT: Yes, that's the figure, and …"; "… gave £40,000 to your
/// leadership campaign in 2024." then "He did, and it was properly
/// declared." The answer opens under its speaker label with a verdict that
/// confirms (`denials::verdict`); the claim is the one in the sentence just
/// before, told by another, and no question. Returns that claim and where
/// the answer begins.
fn granted_turn(
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<(usize, usize)> {
    // (cheap tests first: a label, then a claim in the sentence before)
    let label = tokens.len() - after_label(tokens).len();
    if label == 0 {
        return None;
    }
    let (ci, put) = candidates
        .iter()
        .enumerate()
        .rev()
        .take(3)
        .find(|(_, c)| c.sentence + 1 == number)?;
    if put.score < 0.4
        || put.quote.trim_end().ends_with('?')
        || same_speaker(put.speaker.as_deref(), speaker)
    {
        return None;
    }
    // ("Critics say you misled parliament." then "They do, and …": the
    // echo grants that they say it, not what they say)
    if super::denials::echo_opens(after_label(tokens)) && reports_a_saying(&put.quote) {
        return None;
    }
    match super::denials::verdict(tokens) {
        Some((ResponseKind::Confirmed, _)) => Some((ci, label)),
        _ => None,
    }
}

/// A transcript's answer that grants what was put by condemning it: "What
/// was found at Hepworth House was unacceptable." to "Inspectors found
/// families … sharing one bathroom … at the Hepworth House hostel …",
/// "What happened to those families was wrong." The turn opens "What was
/// found" (or "discovered", "uncovered", "done") or "What happened", and
/// its verb after is "was" or "is" with a word of condemnation
/// ("unacceptable", "wrong", "appalling", "not acceptable"). Granted is the
/// latest claim in the four sentences before, told by another, that holds
/// the verb ("found"), or, for "happened", the latest of them.
pub(crate) fn condemned_deed(
    tokens: &[Token],
    speaker: Option<&str>,
    number: usize,
    candidates: &[Candidate],
) -> Option<usize> {
    let words: Vec<&str> = after_label(tokens)
        .iter()
        .filter(|t| t.is_word() && !t.quoted)
        .map(Token::low)
        .collect();
    let (verb, rest) = match words.as_slice() {
        ["what", "was" | "were", verb, rest @ ..]
            if matches!(*verb, "found" | "discovered" | "uncovered" | "done") =>
        {
            (Some(*verb), rest)
        }
        ["what", "happened", rest @ ..] => (None, rest),
        _ => return None,
    };
    let at = rest
        .iter()
        .take(8)
        .position(|w| matches!(*w, "was" | "is"))?;
    let verdict = match &rest[at + 1..] {
        ["completely" | "totally" | "simply" | "absolutely" | "utterly", w, ..] | [w, ..] => *w,
        [] => return None,
    };
    let condemns = matches!(
        verdict,
        "unacceptable"
            | "wrong"
            | "appalling"
            | "shocking"
            | "disgraceful"
            | "inexcusable"
            | "indefensible"
            | "deplorable"
            | "terrible"
    ) || rest[at + 1..].starts_with(&["not", "acceptable"]);
    if !condemns {
        return None;
    }
    told_just_before(candidates, number, speaker, 4, |i| {
        verb.is_none_or(|v| {
            content_of(&candidates[i].quote)
                .iter()
                .any(|w| same_word(w, v))
        })
    })
}

/// Whether a claim is itself a saying reported in its first six words:
/// "Critics say you misled parliament", "Your opponents claim …", "Some
/// residents believe …".
fn reports_a_saying(quote: &str) -> bool {
    quote
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "say"
                    | "says"
                    | "claim"
                    | "claims"
                    | "argue"
                    | "argues"
                    | "allege"
                    | "alleges"
                    | "believe"
                    | "believes"
                    | "think"
                    | "thinks"
            )
        })
}

/// A report just told that names the party, which the party confirms:
/// "The federation confirmed …" of the officials' account of "the
/// Federation of Aggregate Producers". In the two sentences before, any
/// such report; further back (up to eight sentences), one that also shares
/// two of the confirmation's words ("had sat down with the deputy minister"
/// of "meetings between Deputy Minister …").
fn confirmed_by_party(
    party: &str,
    words: &[String],
    number: usize,
    (candidates, quoted): (&[Candidate], &[QuoteCell]),
) -> Option<usize> {
    let head = party
        .split_whitespace()
        .last()?
        .trim_end_matches("'s")
        .to_lowercase();
    if head.chars().count() < 4 || is_role_word(&head) {
        return None;
    }
    candidates
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, c)| c.sentence < number && c.score >= 0.4)
        .take_while(|(_, c)| number - c.sentence <= 8)
        .find(|&(i, c)| {
            let told = c.kind == Kind::Reported
                || c.hedge.is_some()
                || c.cue.as_deref().is_some_and(|q| q.contains("report"));
            if !told || same_speaker(c.speaker.as_deref(), Some(party)) {
                return false;
            }
            // (the claim's words as the answers weigh them, made once)
            let mut made = None;
            let theirs = &claim_words(quoted, candidates, i, &mut made).words;
            theirs.contains(&head)
                && (number - c.sentence <= 2
                    || words
                        .iter()
                        .filter(|w| **w != head && theirs.iter().any(|t| same_word(t, w)))
                        .count()
                        >= 2)
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::model::ResponseKind;
    use chrono::NaiveDate;

    #[test]
    fn content_words_are_lowered_kept_and_merged_in_sense() {
        // Short words lowered on the stack, a long one copied whole, a
        // stop word dropped, a word of one sense merged, a possessive cut,
        // a figure kept whatever its length.
        assert_eq!(
            super::content_of(
                "Ministers RAISED the Interdepartmental's share on Monday by 5, saying negotiations went well"
            ),
            [
                "ministers",
                "increase",
                "interdepartmental",
                "share",
                "5",
                "saying",
                "talks",
                "went",
                "well"
            ]
        );
        // Outside ASCII, the same.
        assert_eq!(super::content_of("Chloë’s Discussions"), ["chloë", "talks"]);
        // A number keeps its point and its commas; a stop or a comma after
        // a number ends it.
        assert_eq!(
            super::content_of("risen to £3.1 billion, up 1,000 on 2024. Then 5,"),
            ["increase", "3.1", "billion", "1,000", "2024", "then", "5"]
        );
        // A cut, a fall and a reduction are one.
        assert_eq!(
            super::content_of("funding was cut after it had fallen; prices fell"),
            ["funding", "reduction", "reduction", "prices", "reduction"]
        );
        // Letters and writing, selling and a sale, shutting and a closure,
        // meeting and met, paying and a payment are one; the short words
        // among them are kept.
        assert_eq!(
            super::content_of("the letters had been sent; it had written to them"),
            ["letter", "send", "letter"]
        );
        assert_eq!(
            super::content_of("the sale was agreed; it sold the site and will shut the ward"),
            ["sale", "agreed", "sale", "site", "closure", "ward"]
        );
        assert_eq!(
            super::content_of("he met her; the meeting; they were paid, and pay rises"),
            ["meeting", "meeting", "payment", "payment", "increase"]
        );
        // Asking and a request, investigating and examining are one.
        assert_eq!(
            super::content_of("confirmed the request; had asked staff; examining the probe"),
            [
                "confirmed",
                "requested",
                "requested",
                "staff",
                "investigation",
                "investigation"
            ]
        );
        // (but not what only looks like them: "offer", "wrote" inside "rewrote")
        assert_eq!(super::content_of("an offer rewrote"), ["offer", "rewrote"]);
    }

    #[test]
    fn a_question_told_after_the_answer_is_its_topic() {
        let words = |text: &str| {
            let t = crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0);
            super::asked_topic(&t, &[])
        };
        assert_eq!(
            words("Halcyon Clinics did not respond when asked how many of the infirmary's patients it had agreed to treat."),
            ["infirmary", "patients", "agreed", "treat"]
        );
        assert_eq!(
            words("The firm declined to comment after being asked about the closure of its Leeds depot."),
            ["closure", "leeds", "depot"]
        );
        // (opening the sentence, as before)
        assert_eq!(
            words("Asked whether the pledge still stood, Donnelly declined to comment."),
            ["pledge", "still", "stood"]
        );
        // (up to the comma a subject follows, past a comma inside the
        // question: seen, "a second, inner fence")
        assert_eq!(
            words("Asked why the enclosure did not have a second, inner fence, he said: \"I'm not going to get into that.\""),
            ["enclosure", "second", "inner", "fence"]
        );
        assert_eq!(
            words("Asked whether the depot, which opened in 1998, would close, the firm declined to comment."),
            ["depot", "opened", "closure"]
        );
        // (no question: "asked" for a favour, a request)
        assert!(words("The council said it had been asked to find savings.").is_empty());
        assert!(words("Residents asked for a crossing when the school opened.").is_empty());
    }

    #[test]
    fn a_denial_of_the_claim_that_names_its_clause() {
        let words = |text: &str| {
            let t = crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0);
            super::denied_topic(&t, &[])
        };
        assert_eq!(
            words("The department rejected the claim that funding had been cut, saying the budget had risen."),
            ["funding", "reduction"]
        );
        // (not the purpose the clause gives, but a place or a sum it names)
        assert_eq!(
            words("The ministry rejected claims that patients had been removed to improve the figures."),
            ["patients", "removed"]
        );
        assert_eq!(
            words("The firm denied the suggestion that the site had been sold to a developer."),
            ["site", "sale", "developer"]
        );
        // The denial answers the claim its clause tells again, not the one
        // that shares a sum or a word by chance.
        let text = "The federation's chief executive, Gideon Achterberg, said the funding pharmacies receive to dispense NHS prescriptions had fallen by 30% in real terms since 2015.\n\n\u{201C}We are now losing about seven pharmacies a week,\u{201D} he said.\n\nHe warned that a further 1,000 branches could shut by the end of 2027 without an emergency funding settlement.\n\nThe Department of Health and Social Care rejected the claim that funding had been cut, saying the pharmacy budget had risen to \u{a3}3.1 billion this year.";
        assert_eq!(
            answers(text, "rejected the claim", "had fallen by 30%"),
            ResponseKind::Denied
        );
    }

    fn answers_of(text: &str, words: &str) -> Vec<ResponseKind> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .find(|c| c.quote.contains(words))
            .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates))
            .responses
            .iter()
            .map(|r| r.kind)
            .collect()
    }

    /// The kind of the answer found in the sentence holding `words`, and
    /// the quote of the candidate it was attached to (None: unattached).
    fn toks(text: &str) -> Vec<super::Token<'_>> {
        let mut html = 0;
        super::super::tokens::tokenize(text, 0, text.len(), &[], &mut html)
    }

    /// A radio interview: a greeting each way, then `put` by the
    /// interviewer and `answer` by the minister.
    fn interview(put: &str, answer: &str) -> String {
        format!("Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: {put}\n\nPETER HALE: {answer}")
    }

    fn attached(text: &str, words: &str) -> Option<(ResponseKind, Option<String>)> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .flat_map(|c| c.responses.iter().map(move |r| (r, Some(c.quote.clone()))))
            .chain(x.unattached.iter().map(|r| (r, None)))
            .find(|(r, _)| r.sentence_text.contains(words))
            .map(|(r, c)| (r.kind, c))
    }

    #[test]
    fn answers_in_the_reporters_words_of_many_shapes_find_their_claim() {
        for (text, words, claim, kind) in [
            (
                "Union officials said the Corran yard had asked staff to accept a 5% pay cut in March. Corran's accounts for 2025, filed last month, show a loss of \u{a3}18.4m on revenue of \u{a3}92m. Corran confirmed the request.",
                "confirmed the request",
                "asked staff",
                ResponseKind::Confirmed,
            ),
            (
                "Nurses said the Riverside unit had been short of six staff on most nights in March. The hospital's management acknowledged staffing had been difficult.",
                "acknowledged staffing",
                "short of six staff",
                ResponseKind::Confirmed,
            ),
            (
                "Unions said the Lanark plant had laid off 450 workers in January. The firm conceded the job losses.",
                "conceded the job losses",
                "laid off 450 workers",
                ResponseKind::Confirmed,
            ),
            (
                "The Courier reported that the Harbour Trust had sold the land for less than half its value. The sale was approved in 2024 by the board. The trust described the Courier's figure as misleading.",
                "described the Courier",
                "less than half its value",
                ResponseKind::Denied,
            ),
            // (one who answers for a body named before answers what others
            // said of it, not the body's own account)
            (
                "Residents said blasting at the nearby Carrick Hill quarry had shaken their homes in the week before the collapse. Carrick Hill Aggregates, which operates the quarry, said it had carried out no blasting since 23 October. \"There is no link whatsoever between our operations and this landslip,\" the company's operations director, Brannagh Okafor-Leith, said.",
                "no link whatsoever",
                "shaken their homes",
                ResponseKind::Denied,
            ),
            (
                "Tenants said the lifts on the Marlow estate had been broken for eight months. Marlow Borough Council said repairs to the lifts had been ordered in March. \"That is simply untrue,\" the council's housing director, Ade Bello, said.",
                "simply untrue",
                "broken for eight months",
                ResponseKind::Denied,
            ),
            // (an accusation named as such, though other claims came
            // after it; a figure, the latest with a number)
            (
                "Opposition councillors accused the mayor, Clare Dunne, of using the festival money to cover a hole in the parks budget. The festival drew 40,000 visitors last year, according to the tourism board. The council's finance director, Paul Heath, told a committee on Tuesday that the festival account had been closed in March. Dunne rejected the accusation.",
                "rejected the accusation",
                "cover a hole",
                ResponseKind::Denied,
            ),
            (
                "Traders said takings had fallen by a fifth, to \u{a3}2.1 million, during the festival weekend. The council said the festival had been a success. \"We will hold it again next summer,\" the mayor said. The council disputed the figure.",
                "disputed the figure",
                "fallen by a fifth",
                ResponseKind::Denied,
            ),
            (
                "The Evening Post reported on Saturday that the club had agreed to sell its ground to a housing developer for \u{a3}12 million. Season ticket sales rose by 8% this year. \"We are proud of our supporters,\" the chairman, Ray Doyle, said. The club's manager said the squad was the strongest in a decade. The club denied the story.",
                "denied the story",
                "sell its ground",
                ResponseKind::Denied,
            ),
            // (a grant by a pronoun and its auxiliary alone)
            (
                "Under cross-examination, Ms Hale put it to the detective that one of the laptops seized from the home had been damaged while in police storage. The officer accepted that it had.",
                "accepted that it had",
                "damaged while in police storage",
                ResponseKind::Confirmed,
            ),
            // (the party's own figures, as another told them of it)
            (
                "The highest death rate was recorded by Carnbrook and Dale Hospitals Trust, where 41 in every 100,000 admissions ended in a sepsis death. Sepsis is linked to around 48,000 deaths a year in England, according to the charity. Carnbrook and Dale said its figures were distorted by the way deaths were coded.",
                "distorted",
                "highest death rate",
                ResponseKind::Denied,
            ),
            (
                "Pass rates at Kingsmead Academy fell to 41% this summer, the lowest in the county. Across England, pass rates averaged 67% this year, according to the exams regulator. Kingsmead said its figures were out of date.",
                "out of date",
                "lowest in the county",
                ResponseKind::Denied,
            ),
            // (a finding named by whose it is, however far back)
            (
                "Toxic algae blooms in Llyn Orrin are being driven largely by manure from chicken farms upstream, according to a study published on Tuesday. Researchers sampled the lake every fortnight for nine years. Phosphorus in its sediment had doubled since 2005, they found. The number of chickens in the catchment rose from 1.1 million to 4.2 million over the same period. The largest producer in the area, Pennant Poultry, supplies eggs to supermarkets across Wales. A spokesman for Pennant said the company \"strongly disputes\" the study's conclusions.",
                "strongly disputes",
                "driven largely by manure",
                ResponseKind::Denied,
            ),
            (
                "An audit found that Brackley College had overspent its budget by \u{a3}2m. The college accepted the audit's findings.",
                "accepted the audit",
                "overspent its budget",
                ResponseKind::Confirmed,
            ),
        ] {
            assert_eq!(answers(text, words, claim), kind, "{text}");
        }
    }

    /// A quotation said after a report about the operator.
    fn said_by_sallis(quote: &str) -> String {
        format!(
            "The operator was fined \u{a3}2m last year, the Rail Monitor reported. \u{201C}{quote}\u{201D} the chief executive, Imogen Sallis, said."
        )
    }

    /// The kind of the first answer found in `quote` said as `said_by_sallis` says it.
    fn first_answer(quote: &str) -> Option<ResponseKind> {
        all_answers(&said_by_sallis(quote)).first().map(|a| a.0)
    }

    fn answers(text: &str, words: &str, claim: &str) -> ResponseKind {
        let (kind, c) = attached(text, words).unwrap_or_else(|| panic!("no answer: {words}"));
        let c = c.unwrap_or_else(|| panic!("{words}: unattached"));
        assert!(c.contains(claim), "{words} answers {c:?}, not {claim:?}");
        kind
    }

    #[test]
    fn a_telling_pointed_at_by_its_bare_noun_is_the_claim_just_told() {
        // Round 45's two shapes: a silence "on the claim", and a non-denial
        // of "that account", each after the party's own claims or others.
        let text = "Faelan Dansworth, whose company Brightfell Illuminations is based in Sheffield, said cables had been cut on at least four occasions.\n\nPolice said they had received two reports of criminal damage in December.\n\nCouncillor Cottrall told the Courier that a council electrician had told her the lights had been put up without weatherproof connectors. Brightfell Illuminations did not respond to a request for comment on the claim.";
        assert_eq!(
            answers(text, "on the claim", "weatherproof connectors"),
            ResponseKind::NoResponse
        );
        let text = "Two landlords told the trade weekly Roastline that Brewhaddon would run out of cash by the end of July without the rent cuts.\n\nThe shopworkers' union Retlink said staff at the shops due to close had been told by text message on Monday evening.\n\nA Brewhaddon spokeswoman said: \"We don't recognise that account. Every affected colleague was spoken to by a manager on Tuesday morning.\"";
        assert_eq!(
            answers(text, "recognise that account", "told by text message"),
            ResponseKind::NonDenial
        );
        // Other words: "the allegation", past the party's own claim after
        // it.
        let text = "A former driver said managers at the depot had told staff to ignore faulty brakes on two lorries.\n\nHarrow Foods said its Leeds depot had passed every inspection since 2023. Harrow Foods declined to comment on the allegation.";
        assert_eq!(
            answers(text, "comment on the allegation", "faulty brakes"),
            ResponseKind::Declined
        );
        // An accusation pointed at is the claim told as one, over a
        // quotation after it (seen in wire-mining).
        let text = "Opposition leader Daniel Sithebe accused the government of approving an expansion of the Kimbe dam in 2024 without a fresh environmental impact assessment. \"They raised the wall by eight metres and never asked what would happen if it failed,\" Sithebe told a rally in Lunde on Monday.\n\nAsked about the accusation, the minister, Ruth Kabanda, said: \"I will not go into decisions taken before I came to this ministry.\"";
        assert_eq!(
            answers(text, "I will not go into", "approving an expansion"),
            ResponseKind::NonDenial
        );
        // Whose telling it is, named: the nearest that owner told, past
        // an earlier claim of a body by the same word (round 45), and in
        // other words.
        let text = "Researchers at the University of Harthill and the Pemberholt Museum found that about 9% of the rock's weight was water.\n\nHer father, Fulke Copplestone, accused the museum of pressuring the family to hand over the fragment.\n\nThe museum said it had offered the family \u{a3}5,000 for the fragment in March. Mr Copplestone did not respond to a request for comment on the museum's account.";
        assert_eq!(
            answers(text, "the museum's account", "offered the family"),
            ResponseKind::NoResponse
        );
        let text = "The union said 300 drivers had walked out on Monday.\n\nThe union's regional officer said the company had refused to meet them. A depot manager said every route had run on Tuesday. Lorimer Buses declined to comment on the union's claims.";
        assert_eq!(
            answers(text, "the union's claims", "refused to meet"),
            ResponseKind::Declined
        );
        // Near misses: a named owner's account is weighed by its words;
        // the noun qualified names its own telling ("the claim that …"),
        // which the words of the answer then weigh.
        assert_eq!(
            super::points_back(&toks(
                "Harland did not respond to a request for comment on Bexley's account."
            )),
            None
        );
        assert_eq!(
            super::points_back(&toks(
                "The company rejected the claim that its depot was unsafe."
            )),
            None
        );
        assert_eq!(
            super::points_back(&toks(
                "The firm did not respond to questions about the account of the meeting."
            )),
            None
        );
        assert_eq!(
            super::points_back(&toks(
                "The firm did not respond to a request for comment on the claims."
            )),
            Some(false)
        );
    }

    #[test]
    fn a_refusal_on_individual_cases_answers_the_one_told_in_the_first_person() {
        // (seen: a health story, past the outlet's claim that names the
        // trust and its patients)
        let text = "The worst performer was Mossby NHS Foundation Trust, where almost one in three patients waiting for an MRI scan had waited more than six weeks.\n\nAlbin Harrigale, 58, a retired postman, was referred for a scan in January.\n\n\"I waited 14 weeks for that scan, and twice it was cancelled the day before,\" he said.\n\nThe trust said it could not comment on individual patients.";
        assert_eq!(
            answers(text, "individual patients", "I waited 14 weeks"),
            ResponseKind::Declined
        );
        // Other words: a tenant, a landlord that does not discuss
        // individual tenants.
        let text = "Harbour Homes owns 4,200 homes in the city, where 310 tenants reported damp last year.\n\n\"My flat has had no heating since October and my son sleeps in his coat,\" said Dana Oyelaran, a tenant on the Lowfield estate.\n\nHarbour Homes said it does not discuss individual tenants.";
        assert_eq!(
            answers(text, "individual tenants", "no heating since October"),
            ResponseKind::Declined
        );
        // (a tenant of the party's own is still someone with a case)
        let text = "The council owns 4,200 homes in the city.\n\n\"My flat has had no heating since October,\" said Dana Oyelaran, a council tenant.\n\nThe council said it does not discuss individual tenants.";
        assert_eq!(
            answers(text, "individual tenants", "no heating since October"),
            ResponseKind::Declined
        );
        // Near misses: a quotation in the third person, and the party's
        // own words in the first person, are no one's own case; nor is an
        // MP's letter, nor an "I" in the reporter's own words.
        let text = "The worst performer was Mossby NHS Foundation Trust, where 310 patients had waited more than six weeks.\n\n\"My constituents are waiting far too long, and I have written to the trust,\" said the area's MP, Jon Hale.\n\nThe trust said it could not comment on individual patients.";
        assert!(!attached(text, "individual patients")
            .and_then(|a| a.1)
            .is_some_and(|c| c.contains("I have written")));
        let x = extract(
            "The Grade I listed tower block has had no heating since October, the report said.",
            NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        let refusal = toks("Harbour Homes said it does not discuss individual tenants.");
        let next = x
            .candidates
            .iter()
            .map(|c| c.sentence + 1)
            .max()
            .unwrap_or(1);
        assert_eq!(
            super::individual_case(&refusal, next, &x.candidates, Some("Harbour Homes")),
            None
        );
        let text = "The worst performer was Mossby NHS Foundation Trust, where 310 patients had waited more than six weeks.\n\n\"Patients are waiting far too long for scans,\" said Kestine Keddleston, the charity's director.\n\nThe trust said it could not comment on individual patients.";
        assert_ne!(
            attached(text, "individual patients").and_then(|a| a.1),
            Some("\"Patients are waiting far too long for scans,\" said Kestine Keddleston, the charity's director.".to_string())
        );
        let text = "A patient said her scan had been cancelled twice.\n\n\"I have asked my staff to review every cancellation,\" said the trust's chief executive, Lumira Vantreeve.\n\nThe trust said it could not comment on individual patients.";
        assert!(!attached(text, "individual patients")
            .and_then(|a| a.1)
            .is_some_and(|c| c.contains("I have asked")));
    }

    #[test]
    fn a_warning_recast_as_one_scenario_among_others_is_a_non_denial() {
        // (seen: a trust's board paper)
        let text = "A paper presented to the trust's board in April warned that the trust would not meet the six-week standard until March 2028.\n\nA spokesperson for the trust said: \"That paper set out one of several possible scenarios, and it would be wrong to treat it as a forecast.\"";
        assert_eq!(
            answers(text, "several possible scenarios", "six-week standard"),
            ResponseKind::NonDenial
        );
        // Other words.
        let text = "Leaked modelling seen by the Gazette showed the line would not open until 2031.\n\nThe department said: \"That modelling looked at one of a range of scenarios.\"";
        assert_eq!(
            answers(text, "range of scenarios", "not open until 2031"),
            ResponseKind::NonDenial
        );
        // Near misses: one scenario of a plan, not a warning pointed at.
        assert!(all_answers(&said_by_sallis(
            "A total closure is one of several scenarios we are preparing for."
        ))
        .is_empty());
        let text = "The trust said 40 operations had been cancelled this week.\n\nFlooding of the main road was one of several possible scenarios the council had planned for, its emergency officer, Dana Reeve, said.";
        assert_eq!(attached(text, "Flooding of the main road"), None);
    }

    #[test]
    fn a_question_of_when_is_the_topic_of_a_silence() {
        // (seen: a live blog of a damaged spillway) "about when …" names
        // the question, which no claim before put.
        let text = "The reservoir is owned by Fellhaven Water. Documents seen by the Post show that an inspection in 2024 recommended repairs to the spillway within 12 months.\n\nThe Department for Environment, Food and Rural Affairs did not respond to questions about when the dam was last checked by an independent engineer.";
        assert_eq!(
            attached(text, "did not respond"),
            Some((ResponseKind::NoResponse, None))
        );
        // Other words.
        let text = "The trust said 40 operations had been cancelled this week because of the strike.\n\nThe health board declined to comment on when the theatre roof was last surveyed.";
        assert_eq!(
            attached(text, "declined to comment"),
            Some((ResponseKind::Declined, None))
        );
        // Near miss: a claim that put the question is answered.
        let text = "Residents said the dam had not been checked by an independent engineer since 2019.\n\nThe Department for Environment, Food and Rural Affairs did not respond to questions about when the dam was last checked by an independent engineer.";
        assert_eq!(
            answers(text, "did not respond", "not been checked"),
            ResponseKind::NoResponse
        );
    }

    #[test]
    fn a_question_no_claim_put_is_answered_by_none() {
        // A question of the reporter's own that no claim before put.
        for (text, words) in [
            (
                "A former finance director of Kestrel Homes has had her conviction for fraud quashed by the Court of Appeal. Judges said the trial judge had misdirected the jury. Kestrel Homes declined to say whether it would try to recover the money through the civil courts.",
                "declined to say whether",
            ),
            // (the same shape in other words)
            (
                "The skatepark at Brook Lane will cost \u{a3}2.4 million, almost twice the first estimate, a report to the cabinet says. The council would not say how much it had already paid the contractor.",
                "would not say how much",
            ),
            (
                "The study was partly funded by the Nordvale Dairy Foundation, a charity set up by a dairy company. The foundation did not respond to questions about how much it had contributed.",
                "how much it had contributed",
            ),
            (
                "The new trains will not run before March, the operator said. Its chief executive is understood to have briefed the board on the delay in August. The manufacturer did not respond to questions about the cost of the wider delay to passengers.",
                "questions about the cost",
            ),
            // (asked by the reporter, "when asked how many …"; or put
            // first: "Whether the grant would have to be repaid, she would
            // not say.")
            (
                "Dunbraith Homes wants to build 40 homes on 31 of the site's 68 plots, according to a planning application. Dunbraith Homes did not respond when asked how many of the other 28 homes would be sold at market prices.",
                "market prices",
            ),
            (
                "Quellbrook received a \u{a3}2m grant in 2023. A Quellbrook spokeswoman confirmed the grant but said the money had been spent on equipment. Whether staff would be offered jobs at the Wexholt plant, she would not say.",
                "Whether staff",
            ),
            // (a long question that shares two of its words with a claim
            // has not been put by it: three are needed)
            (
                "Trusts in the region spent \u{a3}212 million on agency staff in 2025, figures show. The department did not respond when asked whether trusts would receive extra funding to recruit permanent staff.",
                "extra funding",
            ),
        ] {
            let (_, claim) = attached(text, words).expect("the answer is found");
            assert_eq!(claim, None, "{words}");
        }
        // Near misses: the question a claim put, in its words or in one of
        // their senses, is answered by that claim.
        for (text, words, claim) in [
            (
                "The Herald reported that the trust had paid a consultancy \u{a3}400,000 to review its waiting lists. The trust declined to say whether the consultancy had been paid.",
                "declined to say whether",
                "paid a consultancy",
            ),
            (
                "The Swedish competition authority is reportedly examining the chain's supplier contracts. The authority said it did not comment on whether companies were under investigation.",
                "did not comment on whether",
                "examining the chain's",
            ),
            (
                "Ministers were considering an emergency top-up of 30 million pounds for flood-hit farms, officials said. The Treasury declined to comment on whether a top-up was under discussion.",
                "under discussion",
                "emergency top-up",
            ),
            // (a question whose "any" is asked, not a rule: "whether any of
            // its contractors had been working in the street")
            (
                "Two residents told us that a contractor working for the gas company had been digging a trench in Mill Lane on Tuesday. Several residents of Mill Lane said they had reported a smell of gas to Orrisdale on Monday evening. Orrisdale declined to say whether any of its contractors had been working in the street this week.",
                "declined to say whether any",
                "contractor working",
            ),
            // (one that asks of "such fees", the thing just told; one
            // whose "had taken place" only says the thing happened)
            (
                "Some practices are reportedly charging patients up to \u{a3}60 to join waiting lists. Asked whether any of its surgeries charged such fees, a Brightsmile spokesman said: \"We don't discuss the arrangements at individual practices.\"",
                "We don't discuss",
                "charging patients",
            ),
            (
                "A retired teacher said nobody who uses the pool had been consulted about the closure. Asked whether any public consultation had taken place, a council spokesperson said the authority had \"engaged with stakeholders throughout the process\".",
                "engaged with stakeholders",
                "consulted about the closure",
            ),
            // (a long question with three of its words in the claim)
            (
                "Trusts in the region were promised extra funding to recruit permanent staff, the minister said in March. The department did not respond when asked whether trusts would receive extra funding to recruit staff this year.",
                "staff this year",
                "promised extra funding",
            ),
            // (one that points back: "one" is the offer just told)
            (
                "Kostova offered in private talks last week to delay the tariff by six months, the paper reported. Odrin would not say whether one had been made.",
                "whether one had been made",
                "delay the tariff",
            ),
        ] {
            answers(text, words, claim);
        }
    }

    #[test]
    fn turning_aside_a_question_of_what_will_be_done_answers_no_claim() {
        // In a transcript: "Will you resign?" puts no claim.
        let text = "The chief executive of the trust, Dr Anil Patel, was interviewed on Sunday Politics.\n\nMAYA ROSS: The auditors found that the trust overspent by \u{a3}4m last year. Is that right?\n\nANIL PATEL: We are reviewing the accounts.\n\nMAYA ROSS: Will you step down?\n\nANIL PATEL: That is a matter for the board.";
        let (_, claim) = attached(text, "matter for the board").expect("the answer is found");
        assert_eq!(claim, None);
        // (the same shape in other words)
        let text = "The mayor, Lena Fairweather, was interviewed on City Radio.\n\nTOM KERR: The Courier reported that the tram line will open two years late. Is that true?\n\nLENA FAIRWEATHER: No, that is not true.\n\nTOM KERR: Are you going to stand again next year?\n\nLENA FAIRWEATHER: I'm not going to get into that this morning.";
        let (_, claim) = attached(text, "get into that").expect("the answer is found");
        assert_eq!(claim, None);
        // (its words in a condition are not what it asks of: "if you do
        // have to let prisoners out early" names the claim, "resign" is
        // asked; and "I don't do hypotheticals" is a non-denial)
        let text = "The justice secretary, Leo Fair, was interviewed this morning.\n\nANNA ROSS: The Lanthorn reported that your officials have drawn up plans to release some prisoners up to 60 days early. Is that true?\n\nLEO FAIR: I don't comment on leaks.\n\nANNA ROSS: Will you resign if you do have to let prisoners out early?\n\nLEO FAIR: That's a hypothetical, and I don't do hypotheticals.";
        assert_eq!(
            attached(text, "hypotheticals"),
            Some((ResponseKind::NonDenial, None))
        );
        // Told by the reporter: "Asked whether he would …".
        for (text, words) in [
            (
                "Vasilescu won 58 percent of voters under 35, exit polls showed. Munteanu led among voters over 65. Asked whether he would accept the result of the runoff if he lost, Munteanu said: \"I don't answer hypothetical questions.\"",
                "hypothetical",
            ),
            (
                "Stannard Brewing will close its Dunmere brewery in June, the company said. When asked if any of the staff will be offered work at its other sites, Lisle said: \"It's too early to say.\"",
                "too early",
            ),
        ] {
            let (_, claim) = attached(text, words).expect("the answer is found");
            assert_eq!(claim, None, "{words}");
        }
        // Near misses: a question of what will be done that a claim put
        // is answered by it; a question of what was done keeps its claim.
        let text = "The mayor, Lena Fairweather, was interviewed on City Radio.\n\nTOM KERR: Campaigners say the council will sell Elm Park to a developer for \u{a3}2m.\n\nLENA FAIRWEATHER: We have made no decision.\n\nTOM KERR: Will you sell Elm Park?\n\nLENA FAIRWEATHER: I'm not going to get into that.";
        answers(text, "get into that", "sell Elm Park");
        let text = "Campaigners say the council will sell Elm Park to a developer for \u{a3}2m. Asked whether the council would sell the park, the leader, Joan Pryor, said: \"I'm not going to give a running commentary on the sale.\"";
        answers(text, "running commentary", "sell Elm Park");
        let text = "Carys Laird, who runs Brynmor Water, spoke to Rivers Today.\n\nOBI: Police are investigating whether monitoring records at the works were falsified. Is that right?\n\nCARYS LAIRD: I can't comment on that.\n\nOBI: Has anyone at the company been interviewed by police?\n\nCARYS LAIRD: No comment.";
        answers(text, "No comment", "monitoring records");
    }

    #[test]
    fn a_grant_of_what_the_same_subject_did_answers_the_claim_about_it() {
        // The subject told of again, with a second word or as a concession.
        let text = "The skatepark will cost twice the first estimate, a report says.\n\nOpposition councillor Thaddeus Mbeki said: \"Officers told the cabinet in September that the budget would not hold. Nobody listened.\"\n\nA council spokesman confirmed that officers had flagged \"possible cost pressures\" to cabinet members last autumn.";
        assert_eq!(
            answers(text, "officers had flagged", "Officers told the cabinet"),
            ResponseKind::Confirmed
        );
        let text = "A roofer took more than \u{a3}190,000 from 23 elderly homeowners, a court has heard.\n\nA chartered surveyor, Mortimer Kask, said work on 17 of the properties had either not been done or would have to be redone.\n\nClara Dibb, defending, told the jury her client accepted that some of his work had been \"below standard\".";
        assert_eq!(
            answers(text, "below standard", "work on 17"),
            ResponseKind::Confirmed
        );
        // (the same shape in other words)
        let text = "Inspectors said engineers at the depot had skipped brake checks on 40 trains last year.\n\nThe operator admitted that engineers had missed some of the checks.";
        assert_eq!(
            answers(text, "had missed some", "skipped brake checks"),
            ResponseKind::Confirmed
        );
        // In the party's own words: "I can confirm that …".
        let text = "Union officials said the firm had cut 300 jobs at its Dunmore plant since March.\n\n\"I can confirm that 300 jobs were cut at Dunmore,\" the chief executive, Tom Reed, said.";
        assert_eq!(
            answers(text, "I can confirm", "cut 300 jobs"),
            ResponseKind::Confirmed
        );
        // Near misses: a plan confirmed is news of its own; so is a body's
        // concession about itself, which no claim told; so is what a
        // party can confirm that no claim told.
        let text = "Union officials said the firm had cut 300 jobs at its Dunmore plant since March.\n\n\"I can confirm that a new plant will open in Leeds,\" Reed said.";
        assert_eq!(attached(text, "new plant"), None);
        for (text, words) in [
            (
                "The fuel duty rise will raise \u{a3}3.1bn in its first full year, the watchdog says.\n\nThe chancellor has confirmed that fuel duty will rise by 5p a litre from April 1.",
                "will rise by 5p",
            ),
            (
                "The board has paid only 40% of the flood grants, farmers said.\n\nIts chair said the rest would be paid by March. She acknowledged that the board had been short of assessors since the autumn.",
                "short of assessors",
            ),
        ] {
            assert_eq!(attached(text, words), None, "{words}");
        }
    }

    #[test]
    fn a_study_named_as_a_whole_is_its_first_finding() {
        let lead = "Robotic lawnmowers left running overnight injured at least 640 hedgehogs in a single year, according to a study published on Thursday.\n\nResearchers at Tarnwick University examined admission records from 37 rescue centres.\n\nIn the team's own tests, four of the six best-selling models drove over a hedgehog-sized dummy at night without stopping, the study's author said.\n\nSales of robotic mowers rose by 35% last year, according to a trade body.";
        for answer in [
            "Greyfell Outdoor said it was \"reviewing the research carefully\".",
            // (the same shape in other words)
            "Marrick Garden Tools said it would look at the findings with its engineers.",
        ] {
            let text = format!("{lead}\n\n{answer}");
            let words = &answer[..12];
            answers(&text, words, "injured at least 640");
        }
        // (not "the report", most often a newspaper's story)
        let text = "The Courier reported that the council had sold the depot to a developer.\n\nAn audit found the council spent \u{a3}2m on consultants last year, according to a study by the Tax Watch group.\n\nThe council declined to comment on the report.";
        answers(text, "declined to comment", "sold the depot");
    }

    #[test]
    fn a_refusal_the_reporter_tells_with_its_verb_first_is_declined() {
        let cases = [
            "The operator said it would \u{201C}not speculate\u{201D} about why the pylon fell.",
            "A spokesperson for the academy refused to say whether the head teacher had been suspended.",
            "The club declined to be drawn on the striker's future.",
            "Asked about the deal, the minister would not be drawn.",
            "The company would not be drawn into details of the talks.",
            "The minister refused to be drawn on the row over the contract.",
            "The firm would not elaborate on the terms of the settlement.",
            "The agency would not go into the details of the contract.",
        ];
        for text in cases {
            assert_eq!(
                super::super::answer_kinds(text),
                vec![ResponseKind::Declined],
                "{text}"
            );
        }
        // In the party's own words it neither confirms nor denies.
        assert_eq!(
            super::super::answer_kinds(
                "\u{201C}We would not speculate on that,\u{201D} the coach said."
            ),
            vec![ResponseKind::NonDenial]
        );
        // "would not say" in a question is none.
        assert!(super::super::answer_kinds("Why would the board not say so?").is_empty());
        // Not being drawn into a quarrel is no refusal: nothing was asked.
        for text in [
            "\u{201C}We will not be drawn into a war of words with the council,\u{201D} the union said.",
            "The union said it would not be drawn into a row with the council.",
            "The club refused to be drawn into a public fight with its former manager.",
        ] {
            assert!(super::super::answer_kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn withholding_a_figure_asked_for_is_declined() {
        let cases = [
            "Asked how many of the 12 new teams were fully staffed, the department declined to give a figure.",
            "The hospital refused to provide a breakdown of the waiting list by ward.",
            "The council would not disclose how much the contract had cost.",
            "Asked when the line would reopen, the operator did not give a date.",
        ];
        for text in cases {
            assert_eq!(
                super::super::answer_kinds(text),
                vec![ResponseKind::Declined],
                "{text}"
            );
        }
        // (a figure given is no refusal; nor a refusal that is asked about)
        assert!(super::super::answer_kinds(
            "The department gave a figure of 4,000 for the shortfall."
        )
        .is_empty());
        assert!(super::super::answer_kinds(
            "Why would the department not give a figure for the shortfall?"
        )
        .is_empty());
    }

    #[test]
    fn all_a_party_would_say_neither_confirms_nor_denies() {
        let cases = [
            "Police would only say that the cause of the fire was \u{201C}not yet known\u{201D}.",
            "The club would say only that talks with the striker's agent were continuing.",
            "A spokeswoman for the airline would only say the matter was under review.",
        ];
        for text in cases {
            assert_eq!(
                super::super::answer_kinds(text),
                vec![ResponseKind::NonDenial],
                "{text}"
            );
        }
    }

    #[test]
    fn not_recognising_what_was_said_is_a_non_denial_in_the_reporters_words_too() {
        let text = "A tenants' group said the landlord had collected £2.4m in service charges for repairs that were never done.\n\nThe landlord said it did not recognise the figure.";
        assert_eq!(
            answers(text, "did not recognise", "£2.4m"),
            ResponseKind::NonDenial
        );
        for text in [
            "The ministry said it does not recognise that description of the camp.",
            "The bank said it didn't recognise the picture painted by former staff.",
            "The council says it does not recognise these figures.",
        ] {
            assert_eq!(
                super::super::answer_kinds(text),
                vec![ResponseKind::NonDenial],
                "{text}"
            );
        }
        // Not a claim about someone not being recognised.
        assert!(super::super::answer_kinds(
            "Neighbours said they did not recognise the man in the photograph."
        )
        .is_empty());
    }

    #[test]
    fn a_concession_right_after_a_claim_grants_it_by_two_of_its_words() {
        let text = "But she said volunteer counts tended to be higher at ponds that are easy to reach, which could exaggerate declines at roadside sites, where counting is often done from a car.\n\nDr Nuttall accepted that counting effort varied between sites, but said the team had adjusted for the number of visits made to each pond.";
        assert_eq!(
            answers(text, "accepted that counting", "volunteer counts"),
            ResponseKind::Confirmed
        );
        // In other words.
        let text = "The inspectors said night staffing on two wards fell below the safe level on most weekends in March.\n\nThe trust acknowledged that night staffing had been stretched across several of its wards at weekends.";
        assert_eq!(
            answers(text, "acknowledged that", "night staffing on two wards"),
            ResponseKind::Confirmed
        );
        // Not a claim two sentences back.
        let text = "But she said volunteer counts tended to be higher at ponds that are easy to reach, which could exaggerate declines at roadside sites, where counting is often done from a car.\n\nThe survey ran for 30 years.\n\nDr Nuttall accepted that counting effort varied between sites, but said the team had adjusted for it.";
        assert!(attached(text, "accepted that counting")
            .and_then(|(_, c)| c)
            .is_none());
    }

    #[test]
    fn a_grant_in_words_of_one_sense_with_the_claim_grants_it() {
        // ("roles" and "jobs"; "dismissed" and "sacked")
        let text = "The union said a further 85 jobs on the site's labelling line were at risk.\n\nTollan confirmed that it had begun a consultation on 85 roles.";
        assert_eq!(
            answers(text, "confirmed that it had begun", "85 jobs"),
            ResponseKind::Confirmed
        );
        let text = "Cross-examining, Muriel Kitching KC suggested to Mr Leadbetter that he had been sacked in August 2024 after \u{a3}6,000 went missing from the yard's safe.\n\nMr Leadbetter accepted that he had been dismissed.";
        assert_eq!(
            answers(text, "accepted that he had been dismissed", "sacked"),
            ResponseKind::Confirmed
        );
        // A concession of one word grants only a claim just before it.
        let text = "The union said three drivers had been sacked at the depot in March.\n\nThe yard reopened in May. Its gates were repainted. The jury was shown photographs of the office.\n\nMr Leadbetter accepted that he had been dismissed.";
        assert!(attached(text, "accepted that he had been dismissed")
            .and_then(|(_, c)| c)
            .is_none());
    }

    #[test]
    fn a_concession_of_that_grants_what_was_told_just_before() {
        let text = "Coalition deputies pointed out that Liberty and Law had itself proposed a nine-year limit on judges' terms when it led the government in 2019.\n\nPetrauskas acknowledged that, but said the 2019 proposal would have applied only to judges appointed after it became law.";
        assert_eq!(
            answers(text, "acknowledged that", "nine-year limit"),
            ResponseKind::Confirmed
        );
        let text = "The inspectors said the ward had been short of two nurses on most nights in March.\n\nThe trust's chief nurse accepted this.";
        assert_eq!(
            answers(text, "accepted this", "short of two nurses"),
            ResponseKind::Confirmed
        );
        // Not "that" opening a clause of its own, nor a claim further back.
        let text = "The inspectors said the ward had been short of two nurses on most nights in March.\n\nThe ward was refurbished in 2024. Its kitchen was rebuilt. Visiting hours were extended.\n\nThe trust's chief nurse accepted that, but said staffing had improved.";
        assert!(attached(text, "accepted that")
            .and_then(|(_, c)| c)
            .is_none_or(|c| !c.contains("short of two nurses")));
    }

    #[test]
    fn whose_figures_an_answer_names_may_be_told_by_an_apposition() {
        let text = "Sightline, the glaucoma charity, said its freedom of information requests had found that at least 61 patients had suffered permanent sight loss linked to delayed appointments between 2024 and 2025.\n\nIts chief executive, Meinir Howells, said one woman had told the charity she had waited 19 months for a check.\n\nThe trust's medical director, Dr Ruaridh Macrae, said the trust did not recognise the charity's figures.";
        assert_eq!(
            answers(text, "did not recognise", "61 patients"),
            ResponseKind::NonDenial
        );
        assert!(super::described_in_apposition(
            "Sightline, the glaucoma charity, said its requests had found …",
            "Sightline",
            "charity"
        ));
        // (not a noun after the description, nor one the name is not
        // followed by)
        assert!(!super::described_in_apposition(
            "Sightline said one woman had told the charity she had waited.",
            "Sightline",
            "charity"
        ));
        assert!(!super::described_in_apposition(
            "Sightline, which works with the charity Eyeline, said …",
            "Sightline",
            "charity"
        ));
    }

    #[test]
    fn a_party_named_with_a_possessive_is_named_by_its_name() {
        // ("Hedlund's office" and "President Aino Hedlund")
        let text = "The daily Vakaro Zinios reported on Monday that the prime minister's office had drawn up a shortlist of judges.\n\nVakaro Zinios also reported that Magi had shown the names to President Aino Hedlund at a meeting last month. \"The prime minister does not discuss his conversations with the president,\" his spokeswoman, Laima Dumitru, said.\n\nHedlund's office declined to comment.";
        assert_eq!(
            answers(text, "declined to comment", "President Aino Hedlund"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_headline_is_never_what_a_concession_grants() {
        let text = "Advertising ruling\n\nThe Advertising Practice Council upheld two complaints against an Ardcullen social media campaign on Wednesday and ordered the posts to be withdrawn.\n\nThe regulator said the campaign had implied that drinking Keldrie could bring social success.\n\nArdcullen said it accepted the ruling and had removed the posts before the decision was published.";
        let (kind, claim) = attached(text, "accepted the ruling").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        let claim = claim.expect("attached");
        assert_ne!(claim, "Advertising ruling");
    }

    #[test]
    fn a_disagreement_ending_its_clause_denies_what_was_put() {
        let text = "Traces of petrol were found on the doormat, the investigator told the court.\n\nMr Sethna put it to Mr Yarwood that petrol had been stored in the back room for a generator. Mr Yarwood disagreed. He said he had found no generator at the premises.";
        assert_eq!(
            answers(text, "Yarwood disagreed", "stored in the back room"),
            ResponseKind::Denied
        );
        // The "he" after is the one who disagreed, not the one who put it.
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert_eq!(
            super::super::candidate_with(&x, "no generator")
                .speaker
                .as_deref(),
            Some("Yarwood")
        );
        // In other words.
        let text = "The union says the company cut 400 jobs at its Brackwell plant last year.\n\nThe company disagrees with that.";
        assert_eq!(
            answers(text, "company disagrees", "400 jobs"),
            ResponseKind::Denied
        );
        // A disagreement about a plan or among others denies nothing.
        for text in [
            "The council plans to close the library in May. Many residents disagreed with the plan.",
            "The council plans to close the library in May. Residents disagreed about where the new one should go.",
            "The council plans to close the library in May. Councillors who disagreed were outvoted.",
        ] {
            assert!(super::super::answer_kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_silence_after_the_party_is_named_behind_a_thing_answers_what_was_told_of_it() {
        let claim_of = |text: &str| {
            attached(text, "did not")
                .expect("an answer")
                .1
                .expect("attached")
        };
        // Seen.
        let text = "Hafsa Ellerbeck, who has lived on Tenterden Row for 31 years, said eleven people were living in the four-bedroom house next door, sharing one kitchen and one bathroom.\n\nShe said environmental health officers had told her in January that they could not act on overcrowding in a house of that size without a licensing scheme.\n\n\"I've rung the council more times than I can count,\" she said.\n\nThe house is managed by Varden Lettings. The company did not return calls on Wednesday.";
        assert!(claim_of(text).contains("eleven people"));
        // The same in other words.
        let text = "Passengers said the ferry had sailed twice last week with a broken radar.\n\nThe ferry is operated by Skerrow Lines for the county council. Skerrow Lines did not respond to a request for comment.";
        assert!(claim_of(text).contains("broken radar"));
        // (told by someone: not the outlet's own word on the ferry)
        let text = "Passengers said the ferry had sailed twice last week with a broken radar.\n\nThe ferry entered service in 1998 and carries up to 240 people.\n\nThe ferry is operated by Skerrow Lines for the county council. Skerrow Lines did not respond to a request for comment.";
        assert!(claim_of(text).contains("broken radar"));
        // (a silence that names its topic answers the claim on it)
        let text = "Passengers said the ferry had sailed twice last week with a broken radar.\n\nThe council said the winter timetable would start on 2 November.\n\nThe ferry is operated by Skerrow Lines for the county council. Skerrow Lines did not respond to questions about the winter timetable.";
        assert!(claim_of(text).contains("winter timetable"));
        // Near misses: the thing named by another, not the outlet; and the
        // party's thing not told of before, only "a ferry".
        let text = "Passengers said the ferry had sailed twice last week with a broken radar.\n\nThe ferry is operated by Skerrow Lines, the council said. Skerrow Lines did not respond to a request for comment.";
        assert!(!claim_of(text).contains("broken radar"));
        let text = "Passengers said a ferry had sailed twice last week with a broken radar.\n\nThe ferry is operated by Skerrow Lines for the county council. Skerrow Lines did not respond to a request for comment.";
        assert!(!claim_of(text).contains("broken radar"));
    }

    #[test]
    fn a_silence_after_the_outlets_asking_answers_what_it_asked_about() {
        let text = "Holtwhistle Airport said 64 flights had been cancelled today.\n\nTallulah Hebblethwaite told us airline staff had said passengers would not be given hotel rooms because fog was \"an act of God\".\n\nWe have asked Pellinair, whose flight she was booked on, for a response. It has not yet replied.";
        assert_eq!(
            answers(text, "not yet replied", "hotel rooms"),
            ResponseKind::NoResponse
        );
        // The "it" is the body asked, not the airport named before.
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let party = x
            .candidates
            .iter()
            .flat_map(|c| &c.responses)
            .find(|r| r.quote.contains("not yet replied"))
            .map(|r| r.party.as_str());
        assert_eq!(party, Some("Pellinair"));
        // In other words.
        let text = "The regulator said Dunmore Rail had cut 40 weekday services since March.\n\nA commuter group said trains on the Ashby line had been cancelled without notice on 11 days in May.\n\nWe contacted Dunmore Rail for comment. It did not respond.";
        assert_eq!(
            answers(text, "did not respond", "11 days in May"),
            ResponseKind::NoResponse
        );
        // A silence told by name, not yet given, keeps the name alone.
        let x = extract(
            "Residents said the council had closed the library without notice.\n\nThe council has not yet responded.",
            NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        let r = x
            .candidates
            .iter()
            .flat_map(|c| &c.responses)
            .chain(&x.unattached)
            .next()
            .expect("a silence");
        assert_eq!(
            (r.kind, r.party.as_str()),
            (ResponseKind::NoResponse, "The council")
        );
        // Asking readers for photographs asks no body for a response.
        let x = extract(
            "A passenger said staff had refused to rebook her.\n\nWe have asked Pellinair passengers to send us their photographs. It has not yet replied.",
            NaiveDate::from_ymd_opt(2026, 6, 10),
        );
        assert!(x
            .candidates
            .iter()
            .flat_map(|c| &c.responses)
            .chain(&x.unattached)
            .all(|r| r.party != "Pellinair"));
    }

    #[test]
    fn a_saying_not_recognised_may_be_owned_by_a_name_of_several_words() {
        let text = "A skin cancer charity said 38 patients had been discharged since January without being seen.\n\nThe Department of Health said separately that it did not recognise SkinSafe UK's figures on discharges.";
        assert_eq!(
            answers(text, "did not recognise", "38 patients"),
            ResponseKind::NonDenial
        );
        for text in [
            "The trust said it did not recognise the city council's estimate.",
            "The firm said it does not recognise Mr Dale Orrin's account of the meeting.",
        ] {
            assert_eq!(
                super::super::answer_kinds(text),
                vec![ResponseKind::NonDenial],
                "{text}"
            );
        }
        // An owner is a person or body, not a man in a photograph, and
        // the thing owned is a saying.
        for text in [
            "Neighbours said they did not recognise the man's face in the photograph.",
            "She said she did not recognise Mr Dale Orrin's car.",
        ] {
            assert!(super::super::answer_kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_concession_confirms_the_claim_it_repeats_in_a_word() {
        let text = "Prosecutors said Hale had doubled the premium on the warehouse policy two weeks before the flood.\n\nA neighbour told the court she had seen a van at the site that night.\n\nHale's barrister accepted that the premium had been raised.";
        assert_eq!(
            answers(text, "accepted that", "doubled the premium"),
            ResponseKind::Confirmed
        );
        let text = "The regulator said the airline had cut its winter timetable by a fifth without telling passengers.\n\nThe airline acknowledged that its timetable had been reduced.";
        assert_eq!(
            answers(text, "acknowledged that", "winter timetable"),
            ResponseKind::Confirmed
        );
        // A concession in other words grants the latest claim by another
        // that shares a word of what it grants.
        let text = "Opening the challenge, Sophia Venkataraman KC said whole sections of the ecology report had been lifted from a survey of a road in Lincolnshire.\n\n\u{201C}It records 14 badger setts in another county,\u{201D} she told the judge.\n\nJonathan Farquhar-Obi KC, for the government, said the reused paragraphs were \u{201C}background material\u{201D}. He accepted that some paragraphs had been reused from the other scheme's report.";
        assert_eq!(
            answers(text, "He accepted that", "ecology report"),
            ResponseKind::Confirmed
        );
        let text = "Drivers said the depot's brakes had not been tested since the spring inspection.\n\nThe union said 40 buses were affected.\n\nThe operator admitted that two vehicles were missing their brake tests.";
        assert_eq!(
            answers(text, "admitted that", "brakes had not been tested"),
            ResponseKind::Confirmed
        );
        // Not by naming its own subject, or a vague word.
        let text = "According to figures published by the Wenley Valley Recovery Board last week, 412 businesses have applied for the fund's business grants.\n\nThe board's chair, Ifeoma Daltrey, said the remaining grants would be paid by the end of March. She acknowledged that the board had been short of assessors since the autumn.";
        assert!(attached(text, "acknowledged").is_none());
        // A concession of one's own limits, repeating nobody, is no answer.
        let text = "The survey of 900 farms found that yields fell by 9% over a decade.\n\nThe authors concede that the sample was small and that rainfall was not measured.";
        assert!(attached(text, "concede").is_none());
    }

    #[test]
    fn a_denial_of_that_figure_goes_to_the_telling_not_its_quoted_aside() {
        let text = "Gwen Partridge, who chairs the parents' forum at Elmside Primary, said some pupils had waited up to 11 months for a speech therapy assessment.\n\n\u{201C}Children are falling behind for a whole school year,\u{201D} she said.\n\nThe health board disputed that figure.";
        assert_eq!(
            answers(text, "disputed that figure", "11 months"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn staff_of_a_body_speaking_unofficially_are_not_the_body() {
        let text = "Three nurses at the hospital, who did not want to be named, said two of its four operating theatres had been closed for a month.\n\nThe hospital published its annual report on Monday, showing 41,000 operations in 2025.\n\nAsked about the theatres, the hospital said it did not comment on staffing rotas.";
        assert_eq!(
            answers(text, "Asked about the theatres", "operating theatres"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_denial_of_the_national_account_goes_to_that_nations_claim() {
        let text = "Ruthenia's foreign ministry said on Tuesday that two of the neighbour's drones had crossed the border at night.\n\nTalks between the two countries will resume in Vienna on May 3, the neighbour's prime minister, Olek Varga, told reporters after meeting his Ruthenian counterpart.\n\nVarga rejected the Ruthenian account.";
        assert_eq!(
            answers(text, "rejected the Ruthenian account", "drones"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_refusal_on_talks_goes_to_the_offer_not_the_outlets_note() {
        let text = "Three officials familiar with the talks said the company had privately offered to pay £40m to settle the claims, an offer the families have not accepted. The Courier could not independently verify the offer.\n\nThe insurer's share price fell 3% on the news.\n\nA company spokeswoman said it would not comment on confidential negotiations.";
        assert_eq!(
            answers(text, "confidential negotiations", "offered to pay"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn an_answer_that_has_not_seen_the_work_goes_to_its_lead_finding() {
        let text = "Children who walk to school sleep 40 minutes longer than those driven, according to research by the University of Westmere.\n\nThe findings, published in the journal Sleep Health, are drawn from diaries kept by 2,300 families.\n\nAsked about the findings, the Motorists' Federation said: \u{201C}We haven't read the study, so we can't comment.\u{201D}";
        assert_eq!(
            answers(text, "haven't read", "sleep 40 minutes"),
            ResponseKind::NonDenial
        );
    }

    #[test]
    fn a_silence_answers_the_disputed_claim_that_names_the_party() {
        let text = "The report says the plot would be sold to Calloway Homes, which intends to build 180 homes there.\n\nIts secretary, Morwenna Tate, claimed the council had already agreed the price with Calloway Homes before any public consultation took place.\n\n\u{201C}They've been negotiating behind closed doors since last summer,\u{201D} she said.\n\nThe council denies that any price was agreed in advance. A spokesman said the \u{a3}9.6 million figure came from an independent valuation, and that Calloway Homes had been chosen through an open tender.\n\nCalloway Homes did not return calls on Thursday.";
        assert_eq!(
            answers(text, "did not return calls", "agreed the price"),
            ResponseKind::NoResponse
        );
        // In other words.
        let text = "Residents said the quarry's owner, Brackley Aggregates, had begun blasting at night without a licence.\n\nThe county council denies that any licence was breached. An officer said the council had inspected the Brackley Aggregates site in May and found the work was permitted.\n\nBrackley Aggregates did not respond to requests for comment.";
        assert_eq!(
            answers(text, "did not respond", "blasting at night"),
            ResponseKind::NoResponse
        );
        // A disputed claim the silent party told itself is not what its
        // silence answers.
        let text = "The Sunday Ledger reported that the former finance director, Colin Ashdown, had told the board in a letter that sales worth about \u{a3}9m had been booked early.\n\nThe company denies that any sales were booked early.\n\n\u{201C}Mr Ashdown left the business in January after a disagreement about his pay, and his claims have been thoroughly investigated,\u{201D} a company spokesperson said. Ashdown did not respond to requests for comment on Wednesday.";
        assert_eq!(
            answers(text, "Ashdown did not respond", "left the business"),
            ResponseKind::NoResponse
        );
    }

    #[test]
    fn a_silence_on_a_tellers_account_answers_what_the_teller_relays_of_the_party() {
        let text = "Harland Bank is to close 64 of its branches across England and Wales, the lender announced on Tuesday.\n\nTom Bexley, the MP for Ashmere, said he had written to Harland's chairman asking for the Ashmere closure to be paused. He said the bank had told his office in January that the branch was \u{201C}not under review\u{201D}.\n\nHarland did not respond to a request for comment on Bexley's account.";
        assert_eq!(
            answers(text, "request for comment on Bexley", "not under review"),
            ResponseKind::NoResponse
        );
        // In other words: what the firm told the union, as the union's
        // officer relates it.
        let text = "Northgrid will cut 300 jobs at its Dunmore plant, the company said on Monday.\n\nThe union's regional officer, Gail Pryor, said she had met managers at the plant twice since March. She said Northgrid had assured shop stewards in February that no jobs were at risk.\n\nNorthgrid declined to comment on Pryor's account.";
        assert_eq!(
            answers(text, "comment on Pryor", "no jobs were at risk"),
            ResponseKind::Declined
        );
        // An account that relays nothing is the teller's whole telling,
        // from its first claim.
        let text = "Northgrid will cut 300 jobs at its Dunmore plant, the company said on Monday.\n\nThe union's regional officer, Gail Pryor, said 40 contractors would also lose their jobs at the plant. She said the union would ballot its members at the plant in June.\n\nNorthgrid declined to comment on Pryor's account.";
        assert_eq!(
            answers(text, "comment on Pryor", "40 contractors"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_description_not_recognised_answers_the_claim_about_what_it_was_of() {
        let text = "The union's national officer, Bernadette Quaye, accused the company of planning to replace about 600 of the lost roles with agency workers on lower pay.\n\n\u{201C}This is not a restructuring, it is a pay cut by the back door,\u{201D} she said.\n\nA Fenmore's spokesperson said: \u{201C}We don't recognise that description of our plans.\u{201D}";
        assert_eq!(
            answers(text, "description of our plans", "planning to replace"),
            ResponseKind::NonDenial
        );
        // In other words: the account of the closures.
        let text = "Union officials said the trust was closing three wards at Hillcrest to cut costs.\n\nNurses at the hospital have worked unpaid overtime for months, they said.\n\nThe trust said it did not recognise the account of the closures given by the union.";
        assert_eq!(
            answers(text, "did not recognise", "closing three wards"),
            ResponseKind::NonDenial
        );
        // A description recognised, or one of nothing, names no topic.
        let words = |text: &str| {
            let t = crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0);
            super::unrecognised_topic(&t, &[])
        };
        assert!(words("We recognise that description of our plans.").is_empty());
        assert!(words("We don't recognise that description.").is_empty());
        assert_eq!(
            words("We don't recognise that description of our plans."),
            ["plans"]
        );
    }

    #[test]
    fn a_turn_opening_with_a_yes_grants_what_the_other_voice_stated_just_before() {
        // (the interviewer's first turns ask nothing: no question marks them
        // as the one who puts the claims)
        let text = "The minister, Delia Hart, spoke to Nadia Ferrier on Friday.\n\nNADIA FERRIER: Good morning. Let's begin with the trains.\n\nDELIA HART: Good morning.\n\nNADIA FERRIER: Your own department's figures show that 312 trains were cancelled in March.\n\nDELIA HART: Yes, that's the number, and every one of those passengers has been offered a refund.";
        assert_eq!(
            answers(text, "that's the number", "312 trains"),
            ResponseKind::Confirmed
        );
        // A turn that opens with a claim of its own grants nothing; nor
        // does the same "yes" told in prose.
        for answer in [
            "DELIA HART: We cancelled them for safety reasons, and every passenger has been offered a refund.",
            "DELIA HART: Good question, and I will answer it in full.",
        ] {
            let text = text.replace(
                "DELIA HART: Yes, that's the number, and every one of those passengers has been offered a refund.",
                answer,
            );
            assert!(all_answers(&text).is_empty(), "{answer}");
        }
        let text = "Transport figures show that 312 trains were cancelled in March, the department said.\n\nYes, that's the number, and every one of those passengers has been offered a refund, Hart said.";
        assert!(all_answers(text).is_empty());
    }

    #[test]
    fn a_short_verdict_in_a_transcript_answers_the_claim_the_interviewer_put() {
        let text = "Priya Okafor spoke to the housing minister, Tom Ellery, on Friday.\n\nPRIYA OKAFOR: Minister, thank you for coming in. Rents in the city have risen by 14% in a year. Is that acceptable?\n\nTOM ELLERY: That is simply not the case. Rents rose by 6%, according to the statistics office.\n\nPRIYA OKAFOR: The Gazette says your department sold 300 council flats to a developer last spring.\n\nTOM ELLERY: That's right, yes. The money went into new homes.\n\nPRIYA OKAFOR: Hartmoor Homes donated £80,000 to your campaign.\n\nTOM ELLERY: Absolutely not.\n\nPRIYA OKAFOR: Tom Ellery, thank you.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        // The interviewer's own statements of fact are proposed as claims.
        for words in ["risen by 14%", "donated £80,000"] {
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap();
            assert!(c.score >= 0.5, "{words}: {c:?}");
            assert_eq!(c.speaker.as_deref(), Some("Priya Okafor"));
        }
        // A greeting that addresses the guest is not.
        assert!(x
            .candidates
            .iter()
            .filter(|c| c.quote.contains("thank you for coming"))
            .all(|c| c.score < 0.5));
        assert_eq!(
            answers(text, "simply not the case", "risen by 14%"),
            ResponseKind::Denied
        );
        assert_eq!(
            answers(text, "That's right", "300 council flats"),
            ResponseKind::Confirmed
        );
        assert_eq!(
            answers(text, "Absolutely not", "donated £80,000"),
            ResponseKind::Denied
        );
        // The verdicts are answers, not claims.
        assert!(!x
            .candidates
            .iter()
            .any(|c| c.quote.contains("That's right") || c.quote.contains("Absolutely not")));
    }

    #[test]
    fn a_silence_on_a_named_persons_thing_is_about_the_thing() {
        let text = "Harwell Water's chief executive, Dana Laird-Bassett, was paid £1.9 million last year, including a bonus of £640,000, the company's annual report shows.\n\nThe regulator said Harwell Water had missed 14 of its 20 leakage targets in 2025.\n\nLAIRD-BASSETT: If there is an investigation, we will co-operate fully.\n\nAfter the interview, Harwell Water's chairman, Ian Podmore, did not respond to a request for comment on Ms Laird-Bassett's bonus.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("£640,000"));
        // (the same with the title before a first name and surname)
        let text = "The mayor, Colin Hart, claimed £14,000 in expenses for trips abroad last year, records show.\n\nCouncillors said the authority had missed its recycling target for a third year.\n\nHART: We will look at every option.\n\nThe council declined to comment on Mr Colin Hart's expenses.";
        let (kind, claim) = attached(text, "declined to comment").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.unwrap().contains("£14,000"));
    }

    #[test]
    fn a_refusal_on_what_an_earlier_answer_disputed_answers_the_same_claim() {
        let text = "Senate Majority Leader Thomas Reyes told reporters on Wednesday that the chamber would vote on the border bill next week and that he expected it to pass with at least 60 votes.\n\nRepublican Sen. Claire Dunmore disputed the vote count. Dunmore said at least nine Democrats had privately told her they would vote no.\n\nPress secretary Jordan Pike declined to comment on the vote count when asked on Thursday.";
        let (kind, claim) = attached(text, "Jordan Pike").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.unwrap().contains("60 votes"));
        let text = "Union leaders said the company planned to close its Felling depot with the loss of 120 jobs next spring.\n\nThe company rejected the claims about the depot. A union official said drivers had been told to hand in their keys.\n\nIts owner, Carrick Estates, did not respond to questions about the depot.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("Felling depot"));
    }

    #[test]
    fn what_belongs_to_a_body_called_by_its_head_noun_is_about_it() {
        let text = "The Kelmsford research was funded by the Wrenfield Trust, a charity that campaigns on plastics, according to the paper's declaration of interests.\n\nThe Packaging Manufacturers' Association said two of the study's eight authors sat on the trust's scientific advisory board.\n\nThe Wrenfield Trust did not respond to a request for comment.";
        let (_, claim) = attached(text, "did not respond").unwrap();
        assert!(claim.unwrap().contains("advisory board"));
        let text = "The Halton Housing Association was given £3m by the council in 2024, figures show.\n\nTenants said the association's repairs budget had been cut by a third since then.\n\nHalton Housing Association declined to comment.";
        let (_, claim) = attached(text, "declined to comment").unwrap();
        assert!(claim.unwrap().contains("repairs budget"));
    }

    #[test]
    fn an_account_named_by_whoever_relayed_it_is_the_relayed_claim() {
        let text = "Valdessa's foreign minister, Ilse Vantaro, told parliament on Tuesday that water levels at the border gauge had fallen by 31% since October.\n\nTwo diplomats briefed on the talks said Vantaro had warned Korvath's ambassador at a meeting last month that Valdessa was prepared to suspend electricity imports.\n\nKorvath's energy minister said the dam was operating within the terms of a 1998 treaty.\n\nKorvath's foreign ministry did not respond to a request for comment on the diplomats' account of the meeting.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = x
            .candidates
            .iter()
            .find(|c| {
                c.responses
                    .iter()
                    .any(|r| r.sentence_text.contains("did not respond"))
            })
            .unwrap_or_else(|| panic!("{:#?}", x.candidates));
        assert!(c.quote.contains("warned Korvath's ambassador"), "{c:#?}");
    }

    #[test]
    fn a_tag_question_said_back_is_confirmed() {
        let text = "Rhona Keill spoke to the justice secretary, Martin Tregear.\n\nRHONA KEILL: Justice Secretary, good morning. The prison population hit 91,400 on Friday, according to your own department's weekly bulletin. That's a record, isn't it?\n\nMARTIN TREGEAR: It is a record, and I'm not going to pretend otherwise. But look at what we've done.\n\nRHONA KEILL: The Courier says your department paid £2m to a consultancy run by a party donor last year. You signed that contract yourself, didn't you?\n\nMARTIN TREGEAR: I did. Every contract of that size goes across my desk.\n\nRHONA KEILL: Thank you.";
        let (kind, claim) = attached(text, "It is a record").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("91,400"));
        let (kind, claim) = attached(text, "I did.").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("paid £2m"));
        // Said back in the question's sense: "meet" for "met".
        let text3 = "ANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: You met the chief executive of Harlow Rail twice before the contract was awarded, didn't you?\n\nPETER HALE: I did meet him, but the contract was decided by officials.";
        let (kind, claim) = attached(text3, "I did meet him").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("Harlow Rail"));
        // Nor a claim of its own after a question that asks something else.
        let text2 = "DAVID REILLY: Hi.\n\nDAVID REILLY: Will you resign if the bridge isn't open by Christmas?\n\nAOIFE CARRAGHER: It will be open by Christmas.";
        assert!(all_answers(text2).is_empty());
        // A tag question said back in the negative is no confirmation.
        let no = "RHONA KEILL: Hi.\n\nRHONA KEILL: The jail was full on Friday, wasn't it?\n\nMARTIN TREGEAR: It was not full, and the figures show it.";
        assert!(all_answers(no)
            .iter()
            .all(|(k, _)| *k != ResponseKind::Confirmed));
    }

    #[test]
    fn a_thing_put_said_back_by_it_is_confirmed() {
        // Seen.
        let text = "RUDO ACKWORTH: Good morning.\n\nRUDO ACKWORTH: Your own annual report shows your pay went up by 11 per cent last year, to £312,000.\n\nMANPREET WHITELEY: It did. I have since given back ten per cent of my salary.";
        let (kind, claim) = attached(text, "It did.").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("11 per cent"));
        // The same in other words.
        let text = "RUDO ACKWORTH: Good morning.\n\nRUDO ACKWORTH: The Courier says the university has spent £480,000 on consultants this year.\n\nMANPREET WHITELEY: It has. That money will be saved many times over.";
        let (kind, claim) = attached(text, "It has.").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("£480,000"));
        // Near misses: "it" with more after it is a claim of its own, and
        // an echo that is no English ("It were.") grants nothing.
        let text = "RUDO ACKWORTH: Good morning.\n\nRUDO ACKWORTH: The Courier says the campus was valued at £40 million before the sale.\n\nMANPREET WHITELEY: It was valued by the district valuer.";
        assert!(
            attached(text, "It was valued").is_none_or(|(kind, _)| kind != ResponseKind::Confirmed)
        );
        let text = "RUDO ACKWORTH: Good morning.\n\nRUDO ACKWORTH: The Courier says the campus was valued at £40 million before the sale.\n\nMANPREET WHITELEY: It were. The valuation is in the board papers.";
        assert!(attached(text, "It were.").is_none());
    }

    #[test]
    fn a_grant_that_the_thing_told_took_place_answers_the_claim_of_it() {
        // Seen.
        let text = "Opposition leader Tihomir Stavrev told a news conference that Prime Minister Zdravko Balvant had met Tarvossa's deputy foreign minister twice in January without informing parliament.\n\n\"The prime minister is selling our coastline and he thinks nobody will notice,\" Stavrev said.\n\nThe prime minister's office confirmed that the meetings had taken place but said they had dealt with visa rules and gas supplies, not the port.";
        let (kind, claim) = attached(text, "meetings had taken place").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("twice in January"));
        // The same in other words.
        let text = "Parents said pupils at Hallam Road school had been sent home early on two days last week because of a shortage of teachers.\n\n\"The council is failing our children and it thinks nobody will notice,\" said Ada Moss, whose son is in year 4.\n\nThe council acknowledged that both early closures had happened, saying it had since hired two supply teachers.";
        let (kind, claim) = attached(text, "early closures had happened").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("sent home early"));
    }

    #[test]
    fn a_turn_that_presses_the_question_keeps_the_claim_it_put() {
        let text = "Rhona Keill spoke to the justice secretary, Martin Tregear.\n\nRHONA KEILL: Good morning. The Sentinel reported this morning that your officials have drawn up plans to release some prisoners up to 60 days early from next month. Is that true?\n\nMARTIN TREGEAR: I'm not going to comment on leaked documents.\n\nRHONA KEILL: But you're not denying it.\n\nMARTIN TREGEAR: What I'm saying is that no decision has been taken.\n\nRHONA KEILL: Thank you.";
        let (_, claim) = attached(text, "no decision has been taken").unwrap();
        assert!(claim.unwrap().contains("60 days early"));
        for turn in [
            "RHONA KEILL: But you're not denying it.",
            "Q: So you accept that.",
            "Q: You haven't ruled it out.",
        ] {
            assert!(super::presses(&toks(turn)), "{turn}");
        }
        // A new claim put in a short turn is not pressing.
        assert!(!super::presses(&toks(
            "Q: Your own backbenchers say you've lost control of this."
        )));
    }

    #[test]
    fn a_short_question_asked_again_keeps_the_claim_its_denial_answers() {
        let text = "Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us.\n\nLEO FAIR: Good morning.\n\nANNA ROSS: The Lanthorn reported yesterday that your officials have drawn up plans to release some prisoners up to 60 days early from next month. Is that true?\n\nLEO FAIR: My officials look at every possible scenario.\n\nANNA ROSS: So is there a plan or isn't there?\n\nLEO FAIR: There is no plan to let anyone out early, and I would not sign one if it landed on my desk.";
        let (kind, claim) = attached(text, "no plan to let").expect("the answer is found");
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("60 days early")));
        // A new question that shares no word with it asks of something else.
        let text2 = text.replace("So is there a plan or isn't there?", "Will you resign?");
        assert_ne!(
            attached(&text2, "no plan to let").map(|(k, _)| k),
            Some(ResponseKind::Denied)
        );
    }

    #[test]
    fn a_short_answer_saying_neither_yes_nor_no_to_a_claim_put_sidesteps_it() {
        let put = |answer: &str| {
            interview(
                "The Courier reported this week that your officials have drawn up plans to close 14 courts next year. Are they right?",
                answer,
            )
        };
        for answer in [
            "My officials look at every possible scenario. That is their job.",
            "We keep the whole estate under review.",
        ] {
            let (kind, claim) = attached(&put(answer), answer.split('.').next().unwrap_or(answer))
                .unwrap_or_else(|| panic!("{answer}: no answer"));
            assert_eq!(kind, ResponseKind::NonDenial, "{answer}");
            assert!(claim.is_some_and(|c| c.contains("14 courts")), "{answer}");
        }
        // Near misses: a no; a figure of its own; a long answer; a
        // question of what will be done.
        for answer in [
            "No, they are not.",
            "We closed 3 courts last year.",
            "We have looked at every court in the country and published what we found in the spring.",
        ] {
            assert_ne!(
                attached(&put(answer), answer.split('.').next().unwrap_or(answer))
                    .map(|(k, _)| k),
                Some(ResponseKind::NonDenial),
                "{answer}"
            );
        }
        let ahead = put("We keep the whole estate under review.")
            .replace("Are they right?", "Will you close them?");
        assert_eq!(attached(&ahead, "We keep the whole estate"), None);
    }

    #[test]
    fn a_party_owning_the_deed_a_report_gave_it_grants_the_report() {
        for (text, words, claim) in [
            (
                "Tingbladet reported last week that the vote had been brought forward by a month at the request of the Ministry of Energy.\n\nA spokesman for the energy ministry, Haakon Dreyfuss, said the ministry had asked for an earlier date.",
                "had asked for",
                "brought forward",
            ),
            // (in other words: another verb, the claim's own)
            (
                "The Courier reported that the Carrow hospital trust had suspended two surgeons in March.\n\nA spokeswoman for Carrow said the trust had suspended them while an inquiry took place.",
                "had suspended them",
                "two surgeons",
            ),
        ] {
            let (kind, got) = attached(text, words).unwrap_or_else(|| panic!("{words}: none"));
            assert_eq!(kind, ResponseKind::Confirmed, "{words}");
            assert!(got.is_some_and(|c| c.contains(claim)), "{words}");
        }
        // Near misses: negated; not a report but another party's account;
        // a light verb; a noun the report does not name.
        for (text, words) in [
            (
                "Tingbladet reported last week that the vote had been brought forward at the request of the Ministry of Energy.\n\nA spokesman said the ministry had never asked for an earlier date.",
                "never asked",
            ),
            (
                "The council said the vote had been brought forward at the request of the Ministry of Energy.\n\nA spokesman said the ministry had asked for an earlier date.",
                "had asked for",
            ),
            (
                "The Courier reported that the society had been kept waiting for a decision since March.\n\nIts secretary said the society had kept every letter.",
                "kept every letter",
            ),
            (
                "Tingbladet reported last week that the vote had been brought forward at the request of the Ministry of Energy.\n\nA spokesman said the league had asked for an earlier date.",
                "had asked for",
            ),
        ] {
            assert_ne!(
                attached(text, words).map(|(k, _)| k),
                Some(ResponseKind::Confirmed),
                "{words}"
            );
        }
    }

    #[test]
    fn meeting_many_people_leaves_the_claim_of_a_meeting_standing() {
        let text = "A deputy environment minister met lobbyists for the quarrying industry at least six times before the rule change, two officials told Norrvik Press.\n\nThe meetings took place between October and February, according to the officials.\n\nThe register, kept by the cabinet office, lists no meeting between the minister and the federation.\n\nIn a statement, the minister's office said he \"meets a wide range of people in the course of his work\".";
        let (kind, claim) = attached(text, "wide range").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert!(claim.is_some_and(|c| c.contains("at least six times")));
        // Near miss: a condition met is no meeting.
        let text = "Union officials said the company had asked the government for emergency help in the autumn.\n\n\"Every condition attached to that grant has been met,\" the spokeswoman said.\n\nAsked about the request, she said: \"We talk to a lot of people in government, as every manufacturer does.\"";
        let (kind, claim) = attached(text, "a lot of people").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert!(claim.is_some_and(|c| c.contains("emergency help")));
    }

    #[test]
    fn a_confirmation_naming_the_place_a_report_named_grants_it() {
        let text = "People living near the line say diesel is leaking into the River Lenning.\n\nThe train was carrying 40 wagons of fuel, the operator said.\n\nFirefighters said 12 homes had been evacuated on Station Road.\n\nThe Rivers Protection Agency has confirmed that fuel from the damaged wagons got into the River Lenning this morning.";
        let (kind, claim) = attached(text, "has confirmed that fuel").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("diesel is leaking")));
        // Near misses: another river named, with one word or two of the
        // report's ("River" names no river alone).
        for other in [
            "got into the River Calder this morning",
            "leaked diesel into the River Calder this morning",
        ] {
            let other = text.replace("got into the River Lenning this morning", other);
            assert!(
                attached(&other, "has confirmed that fuel")
                    .and_then(|(_, c)| c)
                    .is_none_or(|c| !c.contains("diesel is leaking")),
                "{other}"
            );
        }
    }

    #[test]
    fn a_party_confirms_the_report_that_names_it_further_back() {
        let text = "Officials said the Harbour Traders' Guild had met planning officers four times before the parking scheme was approved, according to minutes seen by the Gazette.\n\nThe scheme removes 120 spaces from the seafront.\n\nIt was approved by the cabinet in March.\n\nResidents say they were not told of the changes until May.\n\nThe guild confirmed that its chairman, Ormond Feake, had met the planning officers several times last winter.";
        let (kind, claim) = attached(text, "The guild confirmed").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("four times")));
        // Near miss: what the guild confirms shares no words with the
        // report that names it, four sentences back.
        let other = text.replace(
            "its chairman, Ormond Feake, had met the planning officers several times last winter",
            "its annual dinner had raised \u{a3}4,000 for the lifeboat station",
        );
        assert!(
            attached(&other, "The guild confirmed")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("four times")),
            "{other}"
        );
    }

    #[test]
    fn one_who_ran_a_body_answers_the_claim_that_names_it() {
        let text = "An accountant who checked the raffle told the court she had raised concerns with the club's trustees in 2022, but that nothing was done.\n\nThe Wexmoor Sailing Club said in a statement that it had \u{201C}cooperated fully with the police\u{201D} and had since changed its rules.\n\nMarta Pellow-Ainsley, who chaired the trustees at the time, did not return calls.";
        let (kind, claim) = attached(text, "did not return calls").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.is_some_and(|c| c.contains("raised concerns")));
        let t = toks("Ian Cole, who runs the stables in Marsh Lane, declined to comment.");
        assert_eq!(super::what_they_ran(&t), Some("stables"));
        // A body that ran it, and the thing named by another form of its
        // word (seen: "which coordinated the spraying" and "when
        // insecticide was sprayed").
        let body = "Most of the delay came from a longer stop in the forests of West Africa, where the birds now spend an average of 29 days feeding up before the desert crossing.\n\nBritain's cuckoos spend about half of the year in central Africa, a round trip of roughly 16,000km.\n\nThe study found that the longest stopovers came in 2020 and 2021, when insecticide was sprayed over large parts of the Sahel to control an outbreak of desert locusts.\n\nProfessor Swithun Ebrington, a co-author, said the team could not say whether the spraying had caused the delay. \"The timing fits, and that's as far as we can go,\" he said.\n\nThe West African Locust Control Commission, which coordinated the spraying, did not respond to a request for comment.";
        let (_, claim) = attached(body, "did not respond").unwrap();
        assert!(claim.is_some_and(|c| c.contains("insecticide was sprayed")));
        let t = toks("The Maritime Rescue Agency, which runs the coastguard, declined to comment.");
        assert_eq!(super::what_they_ran(&t), Some("coastguard"));
        let t = toks("The agency, which coordinates the patrols, declined to comment.");
        assert_eq!(super::what_they_ran(&t), Some("patrols"));
        // (not what a body owns: its land, not its doing)
        let t = toks("The Tarvie Estate, which owns the hill, said that was untrue.");
        assert_eq!(super::what_they_ran(&t), None);
        let t = toks("Ian Cole, who owns the stables, declined to comment.");
        assert_eq!(super::what_they_ran(&t), Some("stables"));
        // Near misses: what the party ran is named by no claim; no relative
        // clause of running.
        for other in [
            "who chaired the appeal panel at the time",
            "who joined the trustees at the time",
        ] {
            let other = text.replace("who chaired the trustees at the time", other);
            assert!(
                attached(&other, "did not return calls")
                    .and_then(|(_, c)| c)
                    .is_none_or(|c| !c.contains("raised concerns")),
                "{other}"
            );
        }
    }

    #[test]
    fn a_concession_answers_the_criticism_just_before_not_a_word_far_back() {
        // A concession that shares a word only with a claim far back
        // answers the criticism just before it.
        let text = "Researchers from the Harlow Institute checked moth traps in 300 gardens every summer, recording each species.\n\nThe study's lead author, Dr Imogen Fenn, said numbers had fallen by a third since 2004.\n\n\u{201C}That is a steeper fall than we expected,\u{201D} she said.\n\nThe findings appear in the journal Insect Records.\n\nProfessor Ada Lint, who was not involved, said the method missed species that do not fly to light.\n\nDr Fenn accepted that traps were a partial count.";
        let (kind, claim) = attached(text, "accepted that traps").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("do not fly to light")));
        // Near miss: the one who concedes said it herself.
        let own = text.replace(
            "Professor Ada Lint, who was not involved, said",
            "Dr Fenn said",
        );
        assert!(
            attached(&own, "accepted that traps")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("do not fly to light")),
            "{own}"
        );
    }

    #[test]
    fn a_persons_concession_grants_a_claim_far_back_by_half_its_words() {
        let text = "Prosecutors said Tom Pell, 52, had sold 40 burial plots at Ashgrove cemetery that he did not own. He had no licence to sell the plots, the prosecutor added.\n\nThe court heard that buyers paid between \u{a3}900 and \u{a3}2,400 each.\n\nOne buyer said she had paid in cash.\n\nThe trial continues.\n\nGiving evidence on Tuesday, Pell said he had acted in good faith.\n\nHe accepted that he held no formal licence for the plots, but said the cemetery's owner had agreed to the sales.";
        let (kind, claim) = attached(text, "accepted that he held").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("no licence to sell")));
        // Near miss: what is conceded is of another, not the one who
        // concedes.
        let other = text.replace(
            "He accepted that he held no formal licence for the plots",
            "He accepted that the council held no formal licence for the plots",
        );
        assert!(
            attached(&other, "accepted that the council")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("no licence to sell")),
            "{other}"
        );
    }

    #[test]
    fn an_answer_on_the_report_answers_the_latest_report_hedged_or_cited() {
        let text = "The Post reported on Monday that the mayor had hired three advisers without interviews.\n\nThe advisers are paid \u{a3}60,000 a year each, council accounts show.\n\nThe mayor is reportedly planning to stand for parliament next year.\n\nAsked about the report, her spokesman said: \"The mayor does not deal in hypotheticals.\"";
        let (kind, claim) = attached(text, "does not deal in").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert!(claim.is_some_and(|c| c.contains("planning to stand")));
        // Near miss: a claim hedged by no word of reporting is no report.
        let other = text.replace("is reportedly planning", "is allegedly planning");
        assert!(
            attached(&other, "does not deal in")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("planning to stand")),
            "{other}"
        );
    }

    #[test]
    fn one_of_a_bodys_own_people_speaking_against_it_is_answered_by_it() {
        let text = "The charity's chief executive, Ruth Amble, said its helpline had taken 900 calls since January.\n\nA nurse at the trust, who asked not to be named, told the Courier that managers had closed two wards in March to save on agency staff.\n\nThe trust denied this.";
        let (kind, claim) = attached(text, "The trust denied this").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("closed two wards")));
        // Near miss: the body's own words are not what it denies.
        let own = text.replace(
            "A nurse at the trust, who asked not to be named, told the Courier that",
            "The trust told the Courier that",
        );
        assert!(
            attached(&own, "The trust denied this")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("closed two wards")),
            "{own}"
        );
    }

    #[test]
    fn a_confirmation_settles_a_report_the_outlet_could_not_confirm() {
        let text = "There are unconfirmed reports that a delivery lorry hit the bridge on Mill Road this morning.\n\nThe road has been closed in both directions.\n\nDrivers are being told to avoid the area.\n\nPolice have now confirmed that a lorry carrying timber struck the bridge shortly after 7am.";
        let (kind, claim) = attached(text, "Police have now confirmed").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("hit the bridge")));
        // Near misses: a report passed on without doubt; a plan confirmed.
        for other in [
            text.replace("There are unconfirmed reports that", "Witnesses said"),
            text.replace(
                "a lorry carrying timber struck the bridge shortly after 7am",
                "a lorry carrying timber will be lifted from the bridge tonight",
            ),
        ] {
            assert!(
                attached(&other, "Police have now confirmed")
                    .and_then(|(_, c)| c)
                    .is_none_or(|c| !c.contains("hit the bridge")),
                "{other}"
            );
        }
    }

    #[test]
    fn a_plain_no_to_a_question_no_claim_put_answers_none() {
        let text = "Otters were also reportedly seen in the centre of Esterholt last month, for the first time in living memory.\n\nThe study was paid for by the water company Brightflow.\n\nAsked whether Brightflow had seen the findings before they were published, Dr Quistgaard said: \"No, they saw them when everyone else did.\"";
        assert!(attached(text, "saw them when everyone")
            .is_some_and(|(k, c)| k == ResponseKind::Denied && c.is_none()));
        // Near miss: a question a claim put is answered there.
        let text = "Campaigners said Brightflow had seen the findings before they were published, weeks before the study appeared.\n\nAsked whether Brightflow had seen the findings before they were published, Dr Quistgaard said: \"No, they saw them when everyone else did.\"";
        assert_eq!(
            answers(text, "saw them when everyone", "had seen the findings"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_question_of_how_much_is_put_only_by_a_claim_that_counts() {
        let text = "Prothiazine is sold mainly by Vosper Agrisciences, under the brand name Verdaguard, the study says.\n\nThe company declined to say how much prothiazine it had sold last year.";
        assert!(attached(text, "how much prothiazine").is_some_and(|(_, c)| c.is_none()));
        // (in other words)
        let text = "Two of the study's authors sat on the board of the trust that paid for the research, the association said.\n\nThe university declined to say how much the trust had contributed.";
        assert!(attached(text, "how much the trust").is_some_and(|(_, c)| c.is_none()));
        // Near miss: a claim that counts what is asked puts it.
        let text = "Vosper Agrisciences sold 400 tonnes of prothiazine in 2025, the study says.\n\nThe company declined to say how much prothiazine it had sold last year.";
        assert_eq!(
            answers(text, "how much prothiazine", "400 tonnes"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_body_called_by_its_common_nouns_is_named() {
        let text = "Wilfreda Oxenby, 67, said the patient transport service had failed to pick her up on four occasions since January.\n\n\"Each time I had to get a taxi, and it cost me £46 there and back,\" she said.\n\nFerrowin Patient Transport said it was \"very sorry to hear\" of Mrs Oxenby's experience.";
        assert_eq!(
            answers(text, "very sorry to hear", "failed to pick her up"),
            ResponseKind::NonDenial
        );
        // (in other words)
        let text = "Families said the home care agency had missed 40 visits in March.\n\n\"My father sat in the dark until ten,\" one woman said.\n\nDunmore Home Care did not respond to requests for comment.";
        assert_eq!(
            answers(text, "did not respond", "missed 40 visits"),
            ResponseKind::NoResponse
        );
        // Near miss: one of the two nouns alone names no one.
        let text = "Wilfreda Oxenby, 67, said the hospital transport had failed to pick her up on four occasions since January.\n\n\"Each time I had to get a taxi, and it cost me £46 there and back,\" she said.\n\nFerrowin Patient Transport said it was \"very sorry to hear\" of Mrs Oxenby's experience.";
        assert!(attached(text, "very sorry to hear")
            .and_then(|(_, c)| c)
            .is_none_or(|c| !c.contains("failed to pick her up")));
    }

    #[test]
    fn a_denial_naming_a_figure_answers_the_claim_that_gives_it() {
        let text = "The shadow chancellor, Marcus Oduya, said the threshold freeze would leave the average family £900 a year worse off by 2029.\n\nSky News reported this morning that the Treasury had considered raising VAT to 22% before ruling it out last week.\n\nThe Treasury disputes the £900 figure, saying it leaves out the increase in child benefit announced today.";
        assert_eq!(
            answers(text, "disputes the £900 figure", "£900 a year"),
            ResponseKind::Denied
        );
        // (in other words)
        let text = "Campaigners said 4,000 trees would be felled for the road.\n\nThe Courier reported last week that the highways agency had paid £2m to the landowner.\n\nThe highways agency rejected the 4,000 figure, saying most of the trees were saplings.";
        assert_eq!(
            answers(text, "rejected the 4,000 figure", "4,000 trees"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_rise_conceded_in_other_words_grants_the_rise_claimed() {
        let text = "Opposition leader Haddon Mirrlees said the scheme's budget had risen from £2.9 million when it was approved in 2024.\n\nMs Dornaway accepted that the bill had gone up.";
        assert_eq!(
            answers(text, "accepted that the bill", "budget had risen"),
            ResponseKind::Confirmed
        );
        // (in other words)
        let text = "Passenger groups said fares rose by 8% in January, twice the rate of inflation.\n\nThe operator accepted that ticket prices had gone up.";
        assert_eq!(
            answers(text, "accepted that ticket prices", "fares rose"),
            ResponseKind::Confirmed
        );
        // Near miss: gone, but not up.
        let text = "Opposition leader Haddon Mirrlees said the scheme's budget had risen from £2.9 million when it was approved in 2024.\n\nMs Dornaway accepted that the bill had gone to the wrong office.";
        assert!(attached(text, "accepted that the bill")
            .and_then(|(_, c)| c)
            .is_none_or(|c| !c.contains("budget had risen")));
    }

    #[test]
    fn an_answer_on_speculation_answers_the_story_not_a_detail_one_source_adds() {
        let text = "The government will freeze fuel duty for a third year in next week's budget, two Treasury officials told the agency on Thursday.\n\nThe freeze would cost the Treasury about £2.1 billion in 2027, one of the officials said, speaking on condition of anonymity.\n\nThe finance ministry said: \"We do not comment on speculation ahead of a budget.\"";
        let (_, c) = attached(text, "speculation").unwrap();
        assert!(c.is_some_and(|c| c.contains("freeze fuel duty")));
        // (in other words)
        let text = "Harlow Foods is in talks to buy the Corrie dairy chain, people familiar with the matter said on Monday.\n\nThe deal could value Corrie at about £400m, one of the people said.\n\nHarlow said it did not comment on market rumours.";
        let (_, c) = attached(text, "market rumours").unwrap();
        assert!(c.is_some_and(|c| c.contains("in talks to buy")));
        // Near miss: a detail told by the same sources as a whole is
        // weighed as any claim from unnamed sources, the nearest first.
        let text = "The government will freeze fuel duty for a third year in next week's budget, two Treasury officials told the agency on Thursday.\n\nThe freeze would cost the Treasury about £2.1 billion in 2027, the officials said, speaking on condition of anonymity.\n\nThe finance ministry said: \"We do not comment on speculation ahead of a budget.\"";
        let (_, c) = attached(text, "speculation").unwrap();
        assert!(c.is_some_and(|c| c.contains("£2.1 billion")));
    }

    #[test]
    fn a_confirmation_of_the_claim_just_before_shares_its_subject() {
        for (text, words, claim) in [
            (
                "Cressing Waters will close its bottling plant in Corbrook, the company said.\n\nWorkfast also said the plant's workers had not had a pay rise since 2024. The company confirmed that pay at Corbrook had been frozen for two years, which it said reflected the site's losses.",
                "pay at Corbrook had been frozen",
                "pay rise since 2024",
            ),
            // (in other words, the clause opening with a count)
            (
                "Snow closed every road into the town on Friday, police said.\n\nNurses told us dozens of staff had slept in the hospital overnight because they could not get home. Kestrelmoor Hospitals Trust confirmed that 35 staff had stayed in on-site rooms on Friday night.",
                "35 staff had stayed",
                "dozens of staff",
            ),
        ] {
            let (kind, c) = attached(text, words).unwrap_or_else(|| panic!("{words}"));
            assert_eq!(kind, ResponseKind::Confirmed, "{words}");
            assert!(c.is_some_and(|c| c.contains(claim)), "{words}");
        }
        // Near misses: a claim further back shares the subject alone; a
        // confirmation put to the one it names is the questioner's claim.
        let text = "Workfast said the plant's workers had not had a pay rise since 2024.\n\nThe plant opened in 1972 and employs 210 people, the company said.\n\nShares fell 9% on Monday.\n\nThe company confirmed that pay at Corbrook had been frozen for two years.";
        assert!(attached(text, "had been frozen")
            .and_then(|(_, c)| c)
            .is_none_or(|c| !c.contains("pay rise")));
        let text = "MINISTER: Prisons are full, and we are building.\n\nPRESENTER: Your department confirmed on Thursday that 412 prisoners had been held in police cells because there were no prison places for them.";
        assert!(attached(text, "412 prisoners").is_none());
        // (but "your" elsewhere than the subject stops nothing)
        let text = "Nurses said three wards had been closed in May because of staff shortages.\n\nThe trust, replying to your readers' letters, accepted that three wards had been closed in May.";
        assert_eq!(
            answers(
                text,
                "replying to your readers",
                "three wards had been closed"
            ),
            ResponseKind::Confirmed
        );
    }

    #[test]
    fn a_bare_refusal_by_a_pronoun_goes_on_answering_the_answer_before() {
        let text = "A deputy environment minister met lobbyists for the quarrying industry at least six times in the months before the government relaxed limits on new gravel pits, two officials said on Thursday.\n\nThe meetings between Deputy Minister Eskil Brunvoll and the Federation of Aggregate Producers took place between October and February, according to the officials. The dates could not be independently verified.\n\nUnder rules adopted in 2023, ministers must publish every meeting with a registered lobbyist within 30 days. The register, kept by the cabinet office, lists no meeting between Brunvoll and the federation since it was set up.\n\nIn a statement, Brunvoll's office said the deputy minister \"meets a wide range of people in the course of his work\". He declined to be interviewed.";
        let (kind, claim) = attached(text, "declined to be interviewed").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.is_some_and(|c| c.contains("at least six times")));
        // Near misses: a refusal that names its own topic, or comes from a
        // party named anew, is weighed as any other.
        let bare = |s: &str| super::super::candidates::bare_by_pronoun(&toks(s));
        assert!(bare("He declined to be interviewed."));
        assert!(bare("She did not respond."));
        assert!(!bare("He declined to comment on the register."));
        assert!(!bare("The cabinet office declined to be interviewed."));
    }

    #[test]
    fn a_thing_put_as_sent_granted_as_received_is_confirmed() {
        let put = |claim: &str, answer: &str| {
            format!("Here is a transcript of the interview.\n\nANNA ROSS: Chief Constable, thank you for joining us.\n\nMAEVE LIND: Good morning.\n\nANNA ROSS: The Courier reported that inspectors found your control room dropped 4,000 calls. Is that right?\n\nMAEVE LIND: I haven't seen the draft, so I can't comment on it.\n\nANNA ROSS: {claim}\n\nMAEVE LIND: {answer}")
        };
        for (claim, answer) in [
            (
                "But it was sent to you on the 28th of September.",
                "My office received a copy. I was on leave that week.",
            ),
            // (in other words)
            (
                "The draft was handed to your deputy on the 3rd of May.",
                "We received it, yes, and it is being read.",
            ),
        ] {
            let text = put(claim, answer);
            let first = answer.split(['.', ',']).next().unwrap_or(answer);
            let (kind, got) = attached(&text, first).unwrap_or_else(|| panic!("{answer}: none"));
            assert_eq!(kind, ResponseKind::Confirmed, "{answer}");
            assert!(got.is_some_and(|c| c.contains(&claim[..12])), "{answer}");
        }
        // Near misses: received nothing; a thing put that was not sent.
        for (claim, answer) in [
            (
                "But it was sent to you on the 28th of September.",
                "My office never received a copy.",
            ),
            (
                "Your officers closed the desk on the 28th of September.",
                "My office received a copy of the plan.",
            ),
            (
                "But it was sent to you on the 28th of September.",
                "We got it wrong, and we have said so.",
            ),
        ] {
            let text = put(claim, answer);
            assert_ne!(
                attached(&text, &answer[..12]).map(|(k, _)| k),
                Some(ResponseKind::Confirmed),
                "{answer}"
            );
        }
    }

    #[test]
    fn a_yes_closing_the_answer_or_after_well_grants_the_claim_put() {
        let put = |answer: &str| {
            interview(
                "The Courier reported this week that your department has cut 400 jobs since January. Is that right?",
                answer,
            )
        };
        for answer in [
            "Well, we have reduced headcount, yes.",
            "It is broadly right, yes.",
            "Well, yes. We had to.",
        ] {
            let (kind, claim) = attached(&put(answer), answer.split('.').next().unwrap_or(answer))
                .unwrap_or_else(|| panic!("{answer}: no answer"));
            assert_eq!(kind, ResponseKind::Confirmed, "{answer}");
            assert!(claim.is_some_and(|c| c.contains("400 jobs")), "{answer}");
        }
    }

    #[test]
    fn a_confirmation_by_one_a_claim_named_by_role_grants_it() {
        for (claim, confirmation) in [
            (
                "Its leader, Ilona Markeva, accused Poltek of steering the sale to Sovka Commercial Bank, whose chairman is his former business partner, at a price that cost taxpayers about 70 million crowns.",
                "Sovka's chairman, Radim Olbrecht, confirmed in a written statement that he and Poltek had jointly owned a property development company in Kessany.",
            ),
            (
                "Bogdan Velimirov accuses Hollanek of steering the contract to Stravex Construction, a firm part-owned by the president's brother-in-law.",
                "The president's brother-in-law, Stanko Milevric, confirmed that he holds a 35% stake in Stravex.",
            ),
            // (a possessive printed with a curly apostrophe)
            (
                "Bogdan Velimirov accuses Hollanek of steering the contract to Stravex Construction, a firm part-owned by the president\u{2019}s brother-in-law.",
                "The president\u{2019}s brother-in-law, Stanko Milevric, confirmed that he holds a 35% stake in Stravex.",
            ),
        ] {
            let text = format!("The opposition tabled the motion on Monday.\n\n{claim}\n\nThe minister has denied any wrongdoing.\n\n{confirmation}");
            let (kind, got) = attached(&text, confirmation.get(..20).unwrap_or(confirmation))
                .unwrap_or_else(|| panic!("{confirmation}: no answer"));
            assert_eq!(kind, ResponseKind::Confirmed, "{confirmation}");
            assert_eq!(got.as_deref(), Some(claim), "{confirmation}");
        }
        // (a role the claim does not hold grants nothing)
        let text = "Bogdan Velimirov accuses Hollanek of steering the contract to Stravex Construction.\n\nThe president's sister, Vesna Milevric, confirmed that she holds a 35% stake in a shipping firm.";
        assert!(attached(text, "The president's sister").is_none());
    }

    #[test]
    fn a_concession_then_a_denial_in_one_sentence_are_two_answers() {
        let text = |answer: &str| {
            format!("An art dealer forged letters from a dead painter's widow to pass off 14 fake landscapes as genuine works, a court has heard.\n\nLudovic Whitsedge, 58, denies 14 counts of fraud.\n\nOctavia Quillane KC told jurors that the paintings, all attributed to Augustin Penkivel, had been sold between 2019 and 2024.\n\n\"Each of these paintings came with a letter,\" she said. \"Isolde Penkivel died in 2011.\"\n\nMs Quillane said Whitsedge had bought most of the pictures for less than \u{a3}2,000 each before adding the letters.\n\n{answer}")
        };
        for answer in [
            "Whitsedge accepts that he sold the paintings but denies knowing that the letters were forged.",
            "Whitsedge admitted that he had sold the paintings but denied forging the letters.",
        ] {
            let x = extract(&text(answer), NaiveDate::from_ymd_opt(2026, 6, 10));
            let answers: Vec<(ResponseKind, &str, &str)> = x
                .candidates
                .iter()
                .flat_map(|c| c.responses.iter().map(move |r| (r, c.quote.as_str())))
                .filter(|(r, _)| r.sentence_text.contains("Whitsedge a"))
                .map(|(r, c)| (r.kind, r.party.as_str(), c))
                .collect();
            assert!(
                answers.iter().any(|(kind, party, claim)| *kind == ResponseKind::Confirmed
                    && party.contains("Whitsedge")
                    && claim.contains("had been sold")),
                "{answer}: {answers:?}"
            );
            assert!(
                answers
                    .iter()
                    .any(|(kind, party, _)| *kind == ResponseKind::Denied && party.contains("Whitsedge")),
                "{answer}: {answers:?}"
            );
        }
        // (a concession alone is one answer, and "but" then another verb is
        // no denial)
        let one = text(
            "Whitsedge accepts that he sold the paintings but says he bought them in good faith.",
        );
        let x = extract(&one, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(!x
            .candidates
            .iter()
            .flat_map(|c| c.responses.iter())
            .any(|r| r.kind == ResponseKind::Denied && r.sentence_text.contains("good faith")));
    }

    #[test]
    fn a_refusal_naming_a_topic_is_not_drawn_to_an_older_claim_another_denied() {
        let text = "The trade title Freightline reported last week that Pellacott had breached the terms of its banking covenants and was in talks with its lenders about a waiver.\n\nCorrander said the report was \"categorically untrue\".\n\nFreightline also reported that Pellacott had appointed restructuring advisers.\n\nThe Freight Standards Authority said on Monday that it had opened an inquiry into maintenance records at two of the company's depots after one of its lorries lost a wheel in May.\n\nPellacott declined to comment on the inquiry.";
        let (kind, claim) = attached(text, "comment on the inquiry").expect("an answer");
        assert_eq!(kind, ResponseKind::Declined);
        assert!(
            claim
                .as_deref()
                .is_some_and(|c| c.contains("opened an inquiry")),
            "{claim:?}"
        );
        // (with no topic, the claim another denied is still the one)
        let bare = text.replace(
            "declined to comment on the inquiry.",
            "did not return calls.",
        );
        let (_, claim) = attached(&bare, "did not return calls").expect("an answer");
        assert!(
            claim
                .as_deref()
                .is_some_and(|c| c.contains("banking covenants")),
            "{claim:?}"
        );
    }

    #[test]
    fn a_bare_silence_right_after_anothers_answer_goes_on_with_its_claim() {
        let text = |silence: &str| {
            format!("\"We have the bank transfers and a witness,\" said Bogdan Velimirov, who accuses the president of steering the contract to Stravex Construction.\n\nThe president's office denied the accusation.\n\nThe daily Vecerni Glas reported on Wednesday, citing two officials, that investigators had frozen Stravex's bank accounts in January.\n\nThe finance ministry would neither confirm nor deny the report. {silence}")
        };
        for silence in [
            "Stravex did not respond to emailed questions.",
            "Stravex did not return calls.",
        ] {
            let (kind, claim) =
                attached(&text(silence), silence).unwrap_or_else(|| panic!("{silence}: no answer"));
            assert_eq!(kind, ResponseKind::NoResponse, "{silence}");
            assert!(
                claim.as_deref().is_some_and(|c| c.contains("frozen")),
                "{silence}: {claim:?}"
            );
        }
    }

    #[test]
    fn an_account_not_recognised_is_the_one_its_teller_relayed() {
        for answer in [
            "A Pellacott spokeswoman said the company did not recognise that account.",
            "A Pellacott spokeswoman said the company did not recognise those claims.",
            "Pellacott disputed that account.",
        ] {
            let text = format!("Pellacott Haulage will close three depots, it said on Monday.\n\nIts national officer, Eamonn Fenwright, said managers at Skelbrook had told drivers last Friday that their jobs were safe. \"People have given their working lives to this firm. They deserved better than this,\" he said.\n\n{answer}");
            let (_, claim) =
                attached(&text, answer).unwrap_or_else(|| panic!("{answer}: no answer"));
            assert!(
                claim
                    .as_deref()
                    .is_some_and(|c| c.contains("jobs were safe")),
                "{answer}: {claim:?}"
            );
        }
    }

    #[test]
    fn a_yes_to_a_statement_put_as_a_question_grants_the_claim_pressed() {
        // (a statement put with a question mark, after the claim it
        // presses, is answered by yes or no)
        let text = |press: &str, answer: &str| {
            format!("Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: The Courier reported this week that the cost of the bypass has risen to \u{a3}640 million. What do you say to that?\n\nPETER HALE: I'm not going to comment on a leaked document.\n\nANNA ROSS: {press}\n\nPETER HALE: {answer}")
        };
        for press in [
            "But you're not denying that it's gone up by more than half?",
            "So you accept it has gone up?",
            "You knew about this in March?",
        ] {
            let answer = "The cost has gone up, yes. Steel prices alone have risen by 30%.";
            let (kind, claim) = attached(&text(press, answer), "gone up, yes")
                .unwrap_or_else(|| panic!("{press}: no answer"));
            assert_eq!(kind, ResponseKind::Confirmed, "{press}");
            assert!(claim.is_some_and(|c| c.contains("640 million")), "{press}");
        }
        // (not a question of what or why, which no yes answers)
        let answer = "The cost has gone up, yes. Steel prices alone have risen by 30%.";
        let asks = text("Why has it gone up by more than half?", answer);
        assert!(
            attached(&asks, "gone up, yes").is_none_or(|(kind, _)| kind != ResponseKind::Confirmed),
            "{asks}"
        );
    }

    #[test]
    fn a_no_that_agrees_with_a_statement_put_in_the_negative_grants_it() {
        for (put, answer) in [
            (
                "The Eastern Line was supposed to open in March next year. It won't, will it?",
                "No, it won't, and I'm not going to pretend otherwise. Services will start in 2028.",
            ),
            (
                "Your department was warned about the contractor in March. You didn't read the warning, did you?",
                "No, I didn't, and I should have. We have changed how warnings reach ministers.",
            ),
        ] {
            let text = interview(put, answer);
            let first = answer.split(',').next().unwrap_or(answer);
            let (kind, _) = attached(&text, &format!("{first}, "))
                .unwrap_or_else(|| panic!("{put}: no answer"));
            assert_eq!(kind, ResponseKind::Confirmed, "{put}");
        }
        // (a statement put in the positive, "It will, won't it?", is
        // answered "No" by a denial, not a grant)
        for put in [
            "The Eastern Line will open in March next year. It will, won't it?",
            "The Eastern Line was supposed to open in March next year. Will it?",
        ] {
            let text = interview(put, "No, it won't. Services will start in 2028.");
            assert!(
                attached(&text, "No, it won't")
                    .is_none_or(|(kind, _)| kind != ResponseKind::Confirmed),
                "{put}"
            );
        }
    }

    #[test]
    fn a_statement_asked_back_with_a_tag_is_a_claim_its_yes_grants() {
        for (text, claim, yes) in [
            (
                "KERENSA MARCHBANKS: The authority runs 74 lighthouses. The Gazette reported on Friday that 30 of them will be switched off.\n\nAURELIAN PETTIGREW: No, that is not true.\n\nKERENSA MARCHBANKS: Your department did ask the authority to find savings of \u{a3}18 million, didn't it?\n\nAURELIAN PETTIGREW: Yes, we did, over three years. Every part of government is being asked to make savings.",
                "find savings",
                "Yes, we did",
            ),
            // (a short one that makes a claim of its own: its record, not
            // the figure before)
            (
                "Here is the interview.\n\nMAYA ROSS: Health Secretary, good morning.\n\nTOMAS REID: Good morning.\n\nMAYA ROSS: Your department's figures show 380 patients waited more than twelve hours in Carrow on Monday. That's the longest wait ever recorded, isn't it?\n\nTOMAS REID: Yes, it is, and that is why we are opening new beds.",
                "longest wait ever recorded",
                "Yes, it is",
            ),
            // (in other words)
            (
                "MAYA ROSS: The council says the library will reopen in May.\n\nDEV PATEL: That is the plan.\n\nMAYA ROSS: You closed the Harbour Street office two years ago without consulting anyone, didn't you?\n\nDEV PATEL: We did, and I regret it.",
                "Harbour Street office",
                "We did",
            ),
            // (a tag that asks whether it is so: seen, and in other words)
            (
                "OBIORA SKELWITH: Let's start with the contract.\n\nOBIORA SKELWITH: The contract is worth \u{a3}46 million over four years, is that right?\n\nBRYNHILD CAVANAGH: That's right, \u{a3}46 million.",
                "worth \u{a3}46 million",
                "That's right",
            ),
            (
                "MAYA ROSS: Let's turn to the buses.\n\nMAYA ROSS: You cut the number 12 route to one bus an hour in March, isn't that true?\n\nDEV PATEL: Yes, we did.",
                "number 12 route",
                "Yes, we did",
            ),
        ] {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(claim))
                .unwrap_or_else(|| panic!("{claim}: {:#?}", x.candidates));
            assert!(c.score >= 0.5, "{c:#?}");
            assert_eq!(attached(text, yes).map(|(k, c)| (k, c.is_some_and(|c| c.contains(claim)))), Some((ResponseKind::Confirmed, true)), "{yes}");
        }
        // A verdict on what was put before, asked back, asserts nothing new.
        let text = "RHONA KEILL: The prison population hit 91,400 on Friday, according to your own department. That's a record, isn't it?\n\nMARTIN TREGEAR: It is, yes.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(
            x.candidates
                .iter()
                .all(|c| !c.quote.contains("That's a record") || c.score < 0.5),
            "{:#?}",
            x.candidates
        );
    }

    #[test]
    fn a_turn_saying_the_question_went_unanswered_keeps_the_claim_it_put() {
        // (seen: a committee member pressing a witness)
        let text = "Witnesses: Jonathan Greave, Chief Executive.\n\nQ3 Mark Ellery: The Rivers Trust published a report in April which found that 19 of your overflows discharged on dry days. That is illegal, isn't it?\n\nJonathan Greave: We are looking at that report.\n\nQ4 Mark Ellery: That isn't what I asked. Did those dry-day spills happen?\n\nJonathan Greave: I'm not going to pre-empt the Environment Agency's investigation.";
        let (_, claim) = attached(text, "pre-empt").unwrap();
        assert!(claim.unwrap().contains("dry days"));
        // The same shape in other words.
        let text = "MAYA ROSS: The auditors found that the trust overspent by \u{a3}4m last year. Is that right?\n\nDR PATEL: We are reviewing the accounts.\n\nMAYA ROSS: You haven't answered the question. Did it overspend?\n\nDR PATEL: I won't comment on a draft report.";
        let (_, claim) = attached(text, "draft report").unwrap();
        assert!(claim.unwrap().contains("overspent"));
        for turn in [
            "Q4 Mark Ellery: That isn't what I asked.",
            "Q: That's not what I asked you.",
            "Q: You haven't answered my question.",
        ] {
            assert!(super::presses(&toks(turn)), "{turn}");
        }
        // A claim about what was asked is not pressing.
        assert!(!super::presses(&toks(
            "Q: The inspectors asked for 40 more staff in 2024 and got none."
        )));
    }

    #[test]
    fn a_fact_stated_before_a_refusal_is_a_claim_too() {
        let text = "The chief constable, Ruth Amersham, said on Monday that 12 officers had been suspended, and refused to say whether any would face charges.\n\nMARK DEVLIN: How many officers were there?\n\nRUTH AMERSHAM: The inquiry will report to the board on the 14th of July, and I'm not going to pre-empt it.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        for words in ["12 officers had been suspended", "report to the board"] {
            assert!(
                x.candidates
                    .iter()
                    .any(|c| c.quote.contains(words) && c.score >= 0.5),
                "{words}: {:#?}",
                x.candidates
            );
        }
        assert!(attached(text, "refused to say").is_some());
    }

    #[test]
    fn a_verdict_on_someones_claim_about_a_topic_is_a_denial() {
        let text = "The shadow minister, Ola Brisk, said 900 posts at the agency would go by Christmas.\n\nA spokesman for the agency said Mr Brisk's claim about job losses was \u{201C}plainly false\u{201D}.";
        assert_eq!(
            answers(text, "plainly false", "900 posts"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_quoted_verdict_and_a_saying_not_accepted_are_answers() {
        use ResponseKind::{Confirmed, Denied};
        for (text, kind) in [
            (
                "\u{201C}That's utter nonsense,\u{201D} the mayor said.",
                Denied,
            ),
            (
                "Asked about the report, Ms Kell said: \u{201C}Absolutely not.\u{201D}",
                Denied,
            ),
            (
                "\u{201C}That is correct,\u{201D} a spokesman for the port said.",
                Confirmed,
            ),
            ("The ministry said it did not accept the figures.", Denied),
            (
                "\u{201C}We don't accept that characterisation,\u{201D} the firm said.",
                Denied,
            ),
        ] {
            assert_eq!(super::super::answer_kinds(text), vec![kind], "{text}");
        }
        // Not an offer refused, nor a quotation that says more.
        for text in [
            "The union did not accept the offer of a 3% rise.",
            "\u{201C}That's right, we will open the line in May,\u{201D} she said.",
        ] {
            assert!(super::super::answer_kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_prosecutions_account_is_its_barristers_first_claim() {
        let text = "A haulage firm's former director stole £3 million from its staff pension scheme over six years, a prosecutor told a jury on Monday.\n\nGareth Pym, 61, denies eight counts of theft.\n\nOpening the case for the prosecution, Helen Marsh KC told jurors that Pym had moved £900,000 of the scheme's money into an account in Jersey in 2021.\n\nPym's barrister, Adam Cole KC, disputed the prosecution's account.";
        assert_eq!(
            answers(
                text,
                "disputed the prosecution's account",
                "stole £3 million"
            ),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_denial_of_the_claim_answers_the_one_just_told() {
        let text = "Cargo volumes at the port have reportedly fallen for a fifth year.\n\nThe dockers' union leader, Sam Rees, told local radio on Friday that the operator had cut 300 jobs since the spring. The operator called the claim \u{201C}invented\u{201D}.";
        assert_eq!(answers_of(text, "300 jobs"), vec![ResponseKind::Denied]);
        assert!(answers_of(text, "Cargo volumes").is_empty());
    }

    #[test]
    fn a_confirmation_settles_the_report_just_before() {
        let text = "Shares in Holloway Foods rose 12% on Monday after a buyout approach.\n\nThe Morning Ledger reported on Sunday that a fund was preparing a bid, citing people familiar with the talks. Holloway Foods confirmed the approach in a statement.";
        assert_eq!(
            answers_of(text, "preparing a bid"),
            vec![ResponseKind::Confirmed]
        );
        // "confirmed in a statement that …" repeating an earlier claim.
        let text = "The supplier, Kessel Rail, has agreed to replace the cracked axles by June.\n\nPassenger numbers fell by 8% last year.\n\nLater on Monday, Kessel Rail confirmed in a statement that it would replace the cracked axles.";
        assert_eq!(
            answers_of(text, "cracked axles by June"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn a_confirmation_late_in_a_long_piece_finds_its_claim() {
        let mut text = String::from(
            "The supplier, Kessel Rail, has agreed to replace the cracked axles by June.\n\n",
        );
        for k in 1..=15 {
            text.push_str(&format!(
                "Ridership on line {k} fell by {k}% in 2025, the operator said.\n\n"
            ));
        }
        text.push_str("Later on Monday, Kessel Rail confirmed in a statement that it would replace the cracked axles.");
        assert_eq!(
            answers_of(&text, "cracked axles by June"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn an_answer_about_money_goes_to_the_claim_with_a_sum() {
        let text = "The blogger said the senator's office paid a consultancy 90,000 euros in 2024.\n\nThe senator denies wrongdoing. The ethics committee said it had received a complaint about the consultancy in May. \u{201C}I never received a cent from that firm,\u{201D} the senator said on Sunday.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let paid = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("90,000"))
            .unwrap();
        assert!(
            paid.responses
                .iter()
                .any(|r| r.quote.contains("never received")),
            "{:#?}",
            x.candidates
        );
    }

    #[test]
    fn a_body_by_its_common_name_is_the_it_that_follows() {
        let text = "The Harbour Pilots' Association said its members had not been consulted.\n\nThe port authority rejected that. It said pilots had attended four meetings since March.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let met = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("four meetings"))
            .unwrap();
        assert_eq!(met.speaker.as_deref(), Some("The port authority"));
    }

    #[test]
    fn a_comment_on_the_report_answers_the_reported_story() {
        let text = "The Severn Evening Mail reported on Saturday that one of the men had previously worked at a scrapyard that was fined in 2023. Thefts of the parts rose to about 37,000 in 2025, according to figures compiled by the insurer Castlegate from police forces. Police declined to comment on the report, citing the ongoing case.";
        assert_eq!(answers_of(text, "scrapyard"), vec![ResponseKind::Declined]);
    }

    #[test]
    fn a_confirmation_repeats_the_claim_it_answers() {
        let text = "The Herald reported that the engineers' final report was delivered to the minister's office on October 20. The minister said the bridge would reopen in the spring. The department later confirmed that the engineers' report had been delivered to the minister's office on October 20.";
        assert_eq!(
            answers_of(text, "final report was delivered"),
            vec![ResponseKind::Confirmed]
        );
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 11, 5));
        assert!(x
            .candidates
            .iter()
            .all(|c| !c.quote.contains("later confirmed")));
        // A confirmation of something new is a claim of its own.
        let text = "The chancellor, Nadia Farouk, has confirmed that fuel duty will rise by 5p a litre from April 1.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 11, 5));
        assert_eq!(x.candidates.len(), 1);
        // Half the confirmed words, of a claim in the two sentences before.
        let text = "Opposition leader Hester Blanchflower said an internal audit had warned in March that the council was running unsupported software on 40% of its servers.\n\n\u{201C}This attack was entirely foreseeable,\u{201D} she said.\n\nMaddox-Grey later confirmed that the audit had raised concerns about old software, but said most of the servers had since been upgraded.";
        assert_eq!(
            answers_of(text, "unsupported software"),
            vec![ResponseKind::Confirmed]
        );
        let text = "The firm's auditors said an internal audit had found unsupported software on 40% of its servers, the Ledger reported.\n\nThe company's shares fell 4% on Monday.\n\nMilk prices rose 3% in March, the dairy board said.\n\nThe ministry confirmed that the audit had raised concerns about its own budgets for the year.";
        assert!(answers_of(text, "unsupported software").is_empty());
        // A word of the claim inflected otherwise: "closing" … "closed",
        // "raising" … "raised".
        let text = "The opposition's spokesman, Declan Fairweather-Nunn, accused the company of closing two of its five processing centres in the autumn without telling parliament.\n\n\"Some of my constituents have been waiting eleven months,\" he said.\n\nThe company's shares fell 4% on Monday.\n\nThe ministry later confirmed that two centres had closed, but said the work had been moved to a larger site.";
        assert_eq!(
            answers_of(text, "processing centres"),
            vec![ResponseKind::Confirmed]
        );
        let text = "Parents accused the academy trust of raising fees for its breakfast clubs without warning.\n\nThe trust runs 14 schools in the county.\n\nMilk prices rose 3% in March, the dairy board said.\n\nThe trust confirmed that fees had been raised.";
        assert_eq!(
            answers_of(text, "breakfast clubs"),
            vec![ResponseKind::Confirmed]
        );
        // (the party's own words as another relayed them)
        let text = "Geir Carnoweth, the MP for Skelmere, said the Department for Transport had told him that a government counter-pollution vessel was on its way from Falmouth.\n\nThe department later confirmed that the vessel had been sent.";
        assert_eq!(
            answers_of(text, "counter-pollution vessel"),
            vec![ResponseKind::Confirmed]
        );
        let text = "Councillor Abena Rusk said the housing ministry had assured her that the grant would be paid in full by March.\n\nThe ministry confirmed that the grant would be paid by March.";
        assert_eq!(
            answers_of(text, "paid in full"),
            vec![ResponseKind::Confirmed]
        );
        // (but not its own claim told in its own name)
        let text = "The Department for Transport said a government counter-pollution vessel was on its way from Falmouth.\n\nThe department later confirmed that the vessel had been sent.";
        assert!(answers_of(text, "counter-pollution vessel").is_empty());
        // (an inflected word alone is not half of a longer clause)
        let text = "Unite said the firm was closing its call centres in Leeds.\n\nThe firm's profits rose 4% last year.\n\nMilk prices rose 3% in March, the dairy board said.\n\nThe ministry confirmed that its own offices had closed early for the holiday weekend.";
        assert!(answers_of(text, "call centres").is_empty());
    }

    #[test]
    fn a_party_does_not_answer_its_own_people() {
        let text = "The county council's director of finance, Alan Reyes, said the library would save $2 million a year. Campaigners said the closure would leave 9,000 readers without a branch. The council disputes that estimate.";
        assert_eq!(
            answers_of(text, "9,000 readers"),
            vec![ResponseKind::Denied]
        );
        assert!(answers_of(text, "save $2 million").is_empty());
    }

    #[test]
    fn an_answer_that_names_the_teller_answers_the_first_of_their_account() {
        let text = "A builder overcharged the housing trust by $4 million over six years, a prosecutor told the court on Monday. The prosecutor said the builder had invoiced for 212 homes that were never built. The builder's lawyer, Ruth Camm, disputed the prosecution's account.";
        assert_eq!(answers_of(text, "overcharged"), vec![ResponseKind::Denied]);
        assert!(answers_of(text, "212 homes").is_empty());
        // (a body the teller's role names by its noun: "the union's
        // figure" is that of the union's organiser, not a nearer figure)
        let text = "Dervla Manu, regional organiser for the paramedics' union Parasure, said 40 paramedics had left the service between January and May.\n\nAt Marlbeck General Hospital, one patient waited nine hours in an ambulance on 3 May, according to a paramedic.\n\nThe ambulance service's chief executive, Crispian Adjaye, disputed the union's figure.";
        assert_eq!(
            answers_of(text, "40 paramedics"),
            vec![ResponseKind::Denied]
        );
        assert!(answers_of(text, "nine hours").is_empty());
        // (an account named by a nationality still goes to the body
        // that told it, not to a later teller whose role shares it)
        let text = "Varnia's defence ministry said last week that the Oskelander vessel had crossed the median line twice in an hour.\n\nThe first round of talks will be held in Dornholm on March 9, Varnian Foreign Minister Helga Brandvik told reporters.\n\nOskeland's navy rejected the Varnian account.";
        assert_eq!(answers_of(text, "median line"), vec![ResponseKind::Denied]);
        assert!(answers_of(text, "first round of talks").is_empty());
    }

    #[test]
    fn a_refusal_pointing_at_that_pledge_answers_the_claim_before() {
        let text = "Analysts said closing the plant would save the company about £22 million a year. The chief executive, Claire Donnelly, told investors in May that the company would keep all of its sites open through 2027. Asked on Monday whether that pledge still stood, Donnelly declined to comment.";
        assert_eq!(
            answers_of(text, "keep all of its sites"),
            vec![ResponseKind::Declined]
        );
        assert!(answers_of(text, "save the company").is_empty());
    }

    #[test]
    fn a_silence_answers_the_claim_about_the_silent_party() {
        let text = "The contract was awarded in November to Castellan Marine, whose bid was £4.2 million higher than the lowest offer. The mayor said the tender had followed every rule. Opposition councillors said they would ask the auditor to review 14 other contracts signed since 2022. Castellan Marine did not respond to questions about its bid.";
        assert_eq!(
            answers_of(text, "awarded in November"),
            vec![ResponseKind::NoResponse]
        );
        assert!(answers_of(text, "14 other contracts").is_empty());
    }

    #[test]
    fn a_transcript_answer_answers_the_claim_its_question_names() {
        let text = "The housing minister, Kwame Asante, spoke to the presenter Julia Brandt on Thursday. The Chronicle reported that the minister had met executives from Halberd Homes two weeks before approving the company's scheme at Fenwick Marsh. It said Halberd's chairman had lobbied the minister over dinner at his party's conference in October.\n\nJULIA BRANDT: Did you meet Halberd Homes before you approved Fenwick Marsh?\n\nKWAME ASANTE: Yes, I met them. That meeting is in the published register.\n\nJULIA BRANDT: Did their chairman lobby you at that conference dinner?\n\nKWAME ASANTE: I've said all I'm going to say about Halberd.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 16));
        let find = |words: &str| {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates))
        };
        let met = find("had met executives");
        assert_eq!(met.responses.len(), 1, "{met:#?}");
        assert_eq!(met.responses[0].kind, ResponseKind::Confirmed);
        assert!(met.responses[0].quote.ends_with("Yes, I met them."));
        let lobbied = find("lobbied");
        // "It" is the paper named as a speaker before.
        assert_eq!(lobbied.speaker.as_deref(), Some("The Chronicle"));
        assert_eq!(lobbied.responses.len(), 1, "{lobbied:#?}");
        assert_eq!(lobbied.responses[0].kind, ResponseKind::NonDenial);
        assert!(lobbied.responses[0].party.starts_with("Kwame Asante"));
        // "Yes" confirms; it is no claim of its own.
        assert!(x.candidates.iter().all(|c| !c.quote.contains("Yes, I met")));
    }

    #[test]
    fn a_statement_answers_for_whoever_issued_it() {
        let text = "The Wenlow River Trust has accused the company of discharging untreated sewage from its Ashby works on dry days. \"Our monitors recorded sewage in the river on 41 days last year,\" said Dr. Fiona Mallender, the trust's science officer.\n\nSevernside said in a statement that all of its discharges had been permitted and that it was investing £120 million in the Ashby works. \"We reject these claims,\" the statement said.";
        assert_eq!(
            answers_of(text, "accused the company"),
            vec![ResponseKind::Denied]
        );
        assert!(answers_of(text, "all of its discharges").is_empty());
    }

    #[test]
    fn figures_inside_the_rejected_claim_ask_for_no_number() {
        let text = "The figures showed that only 68.4 percent of patients with suspected cancer started treatment within 62 days. The chair of the Medical Association, Dr. Helen Voss, said the fall in the waiting list was partly the result of patients being removed after failing to answer letters. The health ministry rejected claims that patients had been removed to improve the figures.";
        assert_eq!(
            answers_of(text, "being removed"),
            vec![ResponseKind::Denied]
        );
        assert!(answers_of(text, "68.4 percent").is_empty());
    }

    #[test]
    fn a_silence_on_a_topic_answers_the_claim_on_that_topic() {
        let text = "The department said a national catch-up campaign would begin in October, with vaccines offered in 1,200 community pharmacies. Dr Samuel Achebe said practices had lost a £9 million fund for reminder calls. \"Parents are not refusing the jab,\" he said. \"Most of them have simply not been reminded.\" NHS England did not respond to a question about how many pharmacies had signed up to the campaign so far.";
        assert_eq!(
            answers_of(text, "catch-up campaign"),
            vec![ResponseKind::NoResponse]
        );
    }

    #[test]
    fn a_silence_on_a_report_of_a_year_answers_the_claim_naming_it() {
        // "on the 2023 report": the year says which report, over a claim
        // naming the silent party.
        let text = "The opposition said the government had ignored a 2023 engineering report that recommended a fourth reservoir. Rationing could be cut to three days a week from October, a senior environment ministry official said. The environment ministry did not respond to a request for comment on the 2023 report.";
        assert_eq!(
            answers_of(text, "ignored a 2023"),
            vec![ResponseKind::NoResponse]
        );
        let text = "Residents said the council had shelved a 2021 review of the bus lanes that found them unsafe. Two new lanes will open in March, the council's transport lead said. The council did not respond to questions about its 2021 review.";
        assert_eq!(
            answers_of(text, "shelved a 2021"),
            vec![ResponseKind::NoResponse]
        );
        // (a bare year is no topic word: "on events in 2023")
        let rule = "The ministry declined to comment on events in 2023.";
        let tokens = crate::extract::tokens::tokenize(rule, 0, rule.len(), &[], &mut 0);
        assert!(super::topic(&tokens, ResponseKind::Declined, &[])
            .iter()
            .all(|w| w != "2023"));
    }

    #[test]
    fn a_refusal_on_the_study_itself_answers_what_the_study_found() {
        // The study's own finding, told in its name, however far back; not
        // the later claims that mention the study.
        let text = "Children who live near a major road are 27% more likely to be admitted to hospital for asthma, according to one of the largest studies of its kind. The researchers tracked 48,000 children for six years. Imogen Tallis, who led the work, said the pattern held in every city. The team plans to follow up the study next year in 2,000 homes, Tallis said. Campaigners said the government's clean air plan had failed. A spokesperson for the department declined to comment on the study itself.";
        assert_eq!(
            answers_of(text, "27% more likely"),
            vec![ResponseKind::Declined]
        );
        let text = "Private rents in the city rose by 9% last year, according to a survey by the Renters' Forum. The forum said it would send the survey to every MP. Landlords said repairs had risen by a fifth. The housing association declined to comment on the survey itself.";
        assert_eq!(answers_of(text, "rose by 9%"), vec![ResponseKind::Declined]);
        // Two such refusals in one article, on two things: each finds its
        // own teller (the speakers' words are made once and kept).
        let text = "Private rents in the city rose by 9% last year, according to a survey by the Renters' Forum. Children who live near a major road are 27% more likely to be admitted to hospital for asthma, according to a study by Westmere University. Landlords said repairs had risen by a fifth. The housing association declined to comment on the survey itself. The department declined to comment on the study itself.";
        assert_eq!(answers_of(text, "rose by 9%"), vec![ResponseKind::Declined]);
        assert_eq!(
            answers_of(text, "27% more likely"),
            vec![ResponseKind::Declined]
        );
        assert!(super::one_plural("study", "studies"));
        assert!(!super::one_plural("company", "companion"));
    }

    #[test]
    fn a_denial_that_a_clause_holds_answers_the_claim_it_echoes() {
        // "disputes that any ward has been left without permanent staff":
        // the claim of wards without a permanent nurse, not a nearer one
        // that names the party.
        let text = "Marcus Adeyemi said ward managers had told him some wards at Thornbury General had run entire night shifts without a single permanent nurse. The Royal College of Nursing said the trust had lost control of its staffing budget. The trust disputes that any ward has been left without permanent staff.";
        assert_eq!(
            answers_of(text, "entire night shifts"),
            vec![ResponseKind::Denied]
        );
        let text = "Residents said the depot had been closed on Sundays since March. The union said the council had cut its bin budget by a fifth. The council denies that the depot has ever closed on a Sunday.";
        assert_eq!(
            answers_of(text, "closed on Sundays"),
            vec![ResponseKind::Denied]
        );
    }

    #[test]
    fn a_reply_that_says_again_what_was_put_grants_it() {
        let text = "The paper's barrister, Adrian Kell, said the council had paid the firm twice. Cross-examining Holloway, Kell put it to her that she had met Marsh for dinner two days before the contract was awarded.\n\n\u{201C}We had dinner most months. We did not discuss council business,\u{201D} Holloway replied.";
        let (kind, claim) = attached(text, "We had dinner").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("met Marsh for dinner"));
        let text = "Cross-examining the driver, counsel put it to him that he had checked his phone seconds before the crash.\n\n\u{201C}I checked it at the lights,\u{201D} he said.";
        assert_eq!(
            attached(text, "I checked it").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        // (a reply with a negation grants nothing)
        let text = "Cross-examining the driver, counsel put it to him that he had checked his phone seconds before the crash.\n\n\u{201C}I never checked the phone while driving,\u{201D} he said.";
        assert_ne!(
            attached(text, "I never checked").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        // (one shared word is not a grant: another object, another thing)
        let text = "Cross-examining the driver, counsel put it to him that he had checked his phone seconds before the crash.\n\n\u{201C}I checked my mirrors before the crash,\u{201D} he said.";
        assert_ne!(
            attached(text, "I checked my mirrors").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        let text = "Cross-examining Holloway, Kell put it to her that she had met Marsh for dinner two days before the contract was awarded.\n\n\u{201C}Marsh was at a different dinner,\u{201D} Holloway replied.";
        assert_ne!(
            attached(text, "Marsh was at").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        let text = "Questioning the director, the QC put it to him that he had signed the contract in March.\n\n\u{201C}I signed the lease in March,\u{201D} he said.";
        assert_ne!(
            attached(text, "I signed the lease").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        // (the same verb and object in other words grants it)
        let text = "Questioning the director, the QC put it to him that he had signed the contract in March.\n\n\u{201C}I signed the contract, yes,\u{201D} he said.";
        assert_eq!(
            attached(text, "I signed the contract").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
    }

    #[test]
    fn the_verb_and_object_of_a_clause_put() {
        assert_eq!(
            super::put_verb_object(
                "counsel put it to him that he had checked his phone seconds before the crash."
            ),
            Some(("checked".to_string(), "phone".to_string()))
        );
        assert_eq!(
            super::put_verb_object("Kell put it to her that she had met Marsh for dinner."),
            Some(("met".to_string(), "marsh".to_string()))
        );
        assert_eq!(
            super::put_verb_object("He put it to her that the message was about the contract."),
            None
        );
    }

    #[test]
    fn a_party_known_by_its_initials_is_named_in_full() {
        assert!(super::spelled_out(
            super::acronym("The CMA"),
            "The Ledger reported that the Competition and Markets Authority had opened an inquiry."
        ));
        assert!(!super::spelled_out(
            super::acronym("The CMA"),
            "Campaigners met Anna Marsh on Monday."
        ));
        let text = "The Ledger also reported that the Competition and Markets Authority had opened an inquiry into how Meridian prices its drinks. Analysts said closing the plant would save the company about £22 million a year. The CMA said it did not comment on whether individual companies were under investigation.";
        assert_eq!(
            answers_of(text, "opened an inquiry"),
            vec![ResponseKind::Declined]
        );
    }

    #[test]
    fn a_silence_on_a_topic_answers_the_claim_on_that_topic_not_the_nearest() {
        // "could not be reached for comment on the invoices": the claim
        // about invoicing, three claims back, and its party named by title.
        let text = "Auditors found that Colm Rafferty, the treasurer, had invoiced the club twice for the same coaching course in 2024. Membership fell by 12% last season, the club said. The new stand will open in August, the chairman said. \u{201C}We will appeal against the points deduction,\u{201D} he said. Mr Rafferty could not be reached for comment on the invoices.";
        assert_eq!(
            answers_of(text, "invoiced the club"),
            vec![ResponseKind::NoResponse]
        );
        assert!(answers_of(text, "points deduction").is_empty());
        // A topic outweighs a mere mention of the party.
        let text = "The bridge was surveyed and passed as safe by a private engineering firm in May, the council said. Residents said cracks had appeared in the deck within weeks. A surveyor from that firm, Halden Structures, will speak at the inquiry, the chairman said. Halden Structures declined to comment on its survey.";
        assert_eq!(
            answers_of(text, "surveyed and passed"),
            vec![ResponseKind::Declined]
        );
        // "on individual cases" names no topic: the rule, not a claim.
        let rule = "The regulator said it did not comment on individual firms.";
        let tokens = crate::extract::tokens::tokenize(rule, 0, rule.len(), &[], &mut 0);
        assert!(super::topic(&tokens, ResponseKind::Declined, &[]).is_empty());
    }

    #[test]
    fn a_confirmation_of_a_named_thing_answers_the_claim_about_it() {
        let text = "An opposition councillor, Dev Malhotra, said the authority had spent £600,000 repainting its depot in Mill Lane in 2025. Asked whether the depot had been sold, a council officer said no sale had taken place. The council confirmed the repainting had been done.";
        assert_eq!(
            answers_of(text, "repainting its depot"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn a_deed_named_by_its_noun_and_said_done_grants_the_claim_telling_it() {
        let lead = "Traders say the hall has lost money for years. The Messenger has learned that an estate agent valued the hall at \u{a3}1.6 million last summer. Stallholders pay \u{a3}40 a week. ";
        let text = format!("{lead}A council spokeswoman confirmed that the valuation had been carried out, but said it was routine.");
        assert_eq!(
            answers_of(&text, "valued the hall"),
            vec![ResponseKind::Confirmed]
        );
        // (in other words: an inspection conducted, the claim inspecting)
        let text = "Parents said officials had inspected the school kitchens twice in May. The Herald understands that the findings have not been shared. The authority confirmed that an inspection was conducted.";
        assert_eq!(
            answers_of(text, "inspected the school"),
            vec![ResponseKind::Confirmed]
        );
        // Near misses: a deed not said to be done, and a deed no claim
        // before tells.
        let text =
            format!("{lead}A council spokeswoman confirmed that the valuation had been delayed.");
        assert_eq!(answers_of(&text, "valued the hall"), vec![]);
        let text = format!(
            "{lead}A council spokeswoman confirmed that the inspection had been carried out."
        );
        assert_eq!(answers_of(&text, "valued the hall"), vec![]);
        // (seen: a deed described, not done, granted five sentences after
        // the claim, with a saying of its own after ", and")
        let text = "Kestlebury Borough Council had not inspected Marlowe House since 2021, Nkemelu said. The fire started in a kitchen on the second floor. Eleven tenants were led out by firefighters. Two were treated for smoke. The landlord denies the charges. Speaking outside court, a council spokeswoman accepted that a planned inspection had not taken place, and said the council had since hired four more housing inspectors.";
        assert_eq!(
            answers_of(text, "had not inspected"),
            vec![ResponseKind::Confirmed]
        );
        // (in other words: "not" before "been", and a word describing the
        // act that ends as an act does)
        let lead = "Parents said officials had not inspected the school kitchens since May. The Herald understands that the findings have not been shared. ";
        let text =
            format!("{lead}The authority confirmed that the inspection had not been carried out.");
        assert_eq!(
            answers_of(&text, "had not inspected"),
            vec![ResponseKind::Confirmed]
        );
        let lead = "Parents said officials had inspected the school kitchens twice in May. The Herald understands that the findings have not been shared. ";
        let text = format!(
            "{lead}The authority confirmed that the annual inspection had been carried out."
        );
        assert_eq!(
            answers_of(&text, "inspected the school"),
            vec![ResponseKind::Confirmed]
        );
        // Near miss: a deed granted as not done does not grant a claim that
        // it was done.
        let text =
            format!("{lead}The authority accepted that a planned inspection had not taken place.");
        assert_eq!(answers_of(&text, "inspected the school"), vec![]);
    }

    #[test]
    fn a_matter_put_off_in_due_course_is_a_non_denial_and_a_decision_put_off_foresees_nothing() {
        // (seen: a defendant outside court)
        assert_eq!(
            first_answer("My barrister will deal with all of that in due course."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            first_answer("We'll set out our position in due course."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            first_answer("I'll come back to you on that in due course."),
            Some(ResponseKind::NonDenial)
        );
        // Near misses: a thing done in due course, one of another's, and a
        // long claim.
        for quote in [
            "The payments were made in due course.",
            "The depot will close in due course.",
            "The depot, which employs 300 people across three sites in the valley, will close in due course.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        // A decision put off refuses to foresee; a matter left to another
        // does not, and answers what it was asked about.
        assert!(super::refuses_to_foresee(&toks(
            "We will decide that in due course."
        )));
        assert!(super::refuses_to_foresee(&toks(
            "We will announce our decision in due course."
        )));
        assert!(!super::refuses_to_foresee(&toks(
            "My barrister will deal with all of that in due course."
        )));
    }

    #[test]
    fn a_confirmation_ends_where_a_saying_of_its_own_begins() {
        // (seen: a study's author)
        let text = "In March, the Garrowfell Courier reported that two of the tagged ravens had been found dead beside a track on a grouse moor.\n\nDr Blackett confirmed that the two birds had been recovered, and said tests had found a banned pesticide in both.";
        assert_eq!(
            answers_of(text, "found dead"),
            vec![ResponseKind::Confirmed]
        );
        // (in other words)
        let text = "The Post reported that the bypass had been closed for three nights after a crash.\n\nThe highways agency confirmed that the bypass had been closed, and said repairs to the barrier would cost \u{a3}40,000.";
        assert_eq!(
            answers_of(text, "closed for three nights"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn a_party_by_a_common_noun_is_named_in_any_case() {
        let mut text = String::from("Local radio reported that the regional health board had refused a request from the hospital for 40 more nurses.\n\n");
        for k in 1..=14 {
            text.push_str(&format!(
                "Ward {k} has {k} empty beds, the manager said.\n\n"
            ));
        }
        text.push_str("The health board declined to comment on the hospital's staffing request.");
        assert_eq!(
            answers_of(&text, "40 more nurses"),
            vec![ResponseKind::Declined]
        );
    }

    #[test]
    fn a_denial_of_a_charge_answers_the_claim_that_makes_it() {
        // A plea, after the prosecution's case and a colour line.
        let text = "A care worker stole £30,000 from elderly clients over three years, prosecutors told the court on Monday. The money was spent on holidays and a car, the court heard. Marta Voss, 44, of Elm Road, has pleaded not guilty to fraud by abuse of position.";
        assert_eq!(
            answers_of(text, "stole £30,000"),
            vec![ResponseKind::Denied]
        );
        // "denies <offence>".
        let text = "A haulage firm boss falsified driving logs before a crash that killed a cyclist, the prosecution alleged. Neville Okafor, 58, denies causing death by careless driving and perverting the course of justice.";
        assert_eq!(
            answers_of(text, "falsified driving logs"),
            vec![ResponseKind::Denied]
        );
        // "The allegations … are false" answers the accusation, not the
        // sentence just before it.
        let text = "A research firm, Petrel Analytics, published a report accusing Granton Mining of overstating its gold reserves by 30%. Petrel said it had sold Granton's shares short. Petrel said three of the mines had been closed since 2023. \u{201C}These allegations are false,\u{201D} Granton said.";
        assert_eq!(answers_of(text, "overstating"), vec![ResponseKind::Denied]);
    }

    #[test]
    fn an_answer_in_a_transcript_answers_the_claim_its_question_names() {
        let text = "Sam Reeve spoke to Owen Tarrant, the managing director of Tarrant Haulage, on Monday. Two inspectors have told this paper that fire doors at the Marlow Road depot were chained shut for months in 2025. The union said 80 drivers had been disciplined last year. Owen Tarrant became managing director in 2021.\n\nREEVE: Were the fire doors at Marlow Road ever chained?\n\nTARRANT: That is completely untrue. We passed every inspection.\n\nREEVE: Never?\n\nTARRANT: I'm not going to say more than that.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let doors = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("fire doors at the Marlow"))
            .unwrap();
        let kinds: Vec<ResponseKind> = doors.responses.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![ResponseKind::Denied, ResponseKind::NonDenial],
            "{:#?}",
            x.candidates
        );
    }

    #[test]
    fn the_defence_denying_the_deed_in_its_own_verb_answers_the_charge() {
        let text = "A ferry captain falsified the vessel's safety log before it ran aground, prosecutors alleged on Monday. The ship was carrying 212 passengers, the court heard.\n\n\u{201C}Captain Ruiz never falsified anything,\u{201D} his lawyer, Amir Haddad, said. \u{201C}The log was kept by the first officer.\u{201D}";
        assert_eq!(
            answers_of(text, "falsified the vessel"),
            vec![ResponseKind::Denied]
        );
        // Not a deed the charge names: a claim of its own.
        let text = "A ferry captain falsified the vessel's safety log, prosecutors alleged on Monday. \u{201C}The crew did not carry out the drill,\u{201D} a witness said.";
        assert!(answers_of(text, "falsified the vessel").is_empty());
    }

    #[test]
    fn a_company_not_in_talks_denies_the_reported_talks() {
        let text = "Shares in Corvel Brewing rose 9% after the Market Courier reported that the company was in advanced talks to sell its cider arm to a Dutch group, citing two people briefed on the process. Corvel said it \u{201C}is not in negotiations with any party\u{201D} over the business.";
        assert_eq!(
            answers_of(text, "advanced talks"),
            vec![ResponseKind::Denied]
        );
    }

    #[test]
    fn inflections_of_one_word_meet_and_agents_do_not() {
        assert!(super::same_word("emails", "emailed"));
        assert!(super::same_word("consultation", "consulted"));
        assert!(super::same_word("refurbishment", "refurbishing"));
        // (consulting asks for views: one sense with asking)
        assert_eq!(super::one_sense("consultation"), super::one_sense("asked"));
        // (an irregular verb's forms, also as content words)
        assert!(super::same_word("hidden", "hiding"));
        assert!(super::same_word("took", "taken"));
        assert_eq!(super::content_of("it was hidden"), ["hide"]);
        assert!(!super::same_word("inspection", "inspector"));
        assert!(!super::same_word("cars", "carpets"));
        assert!(super::same_word("ignore", "ignored"));
        assert!(super::same_word("order", "ordered"));
        // (a noun in "-ure" and its verb: "closure", "close"; not when
        // fewer than four letters are left: "nature", "natural")
        assert!(super::same_word("closure", "close"));
        assert!(super::same_word("departure", "departed"));
        assert!(!super::same_word("nature", "natural"));
    }

    #[test]
    fn a_shared_number_ties_an_answer_to_its_claim() {
        let text = "The opposition said the tax rise would cost a typical family £700 a year. Ministers said the economy would grow by 2 percent in 2027, the fastest rate in the region. The Treasury disputes the £700 figure.";
        assert_eq!(answers_of(text, "£700"), vec![ResponseKind::Denied]);
    }

    /// The kinds of every answer the whole text gives, attached or not.
    fn all_answers(text: &str) -> Vec<(ResponseKind, String)> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .flat_map(|c| c.responses.iter())
            .chain(x.unattached.iter())
            .map(|r| (r.kind, r.quote.clone()))
            .collect()
    }

    #[test]
    fn turning_a_question_aside_is_a_non_denial() {
        for quote in [
            "That is not a number we recognise.",
            "We do not recognise that description of the meeting.",
            "That would be a matter for the chief constable.",
            "That's one for the regulator.",
            "It is a question for the board, not for me.",
            "That is for the inquiry to decide.",
            "My focus is on getting the trains running.",
            "We're entirely focused on the patients in our care.",
            "I won't go through every line of the contract with you.",
            "Those discussions are continuing.",
            // (seen: a minister on the radio)
            "That's not a question for me, Conall.",
            "I don't have that figure in front of me.",
            "I've seen that figure, and I can't verify it.",
            "That is not a matter for us.",
            "We do not have those numbers in front of me today.",
            "We cannot confirm that.",
            // (seen: a council leader)
            "That is not something that has come across my desk.",
            "It hasn't crossed my desk.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        // Statements of fact that share some of the words are none.
        for quote in [
            "That is not a matter for debate: the depot will close.",
            "The depot is in front of me and it is shut.",
            "The plans were not in front of the committee until May.",
            "I can't verify it myself, but the survey shows the river flooded 40 homes.",
            "The depot is a matter of weeks from opening.",
            "We went through the accounts and found a gap of \u{a3}3m.",
            "Our focus groups found that 60% of riders want later trains.",
            "Is that a matter for the board?",
            "That report came across my desk in March.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
    }

    #[test]
    fn a_guest_who_passes_it_on_tells_of_talks_or_calls_it_out_of_date() {
        // (after a first question, so that the one who asks is known)
        let interview = |put: &str, answer: &str| {
            format!(
                "Here is a transcript of the interview.\n\nANNA ROSS: Minister, have bins been missed?\n\nPETER HALE: Some have, yes.\n\nANNA ROSS: {put}\n\nPETER HALE: {answer}"
            )
        };
        // (seen: a council leader on the radio)
        let text = interview(
            "Staff at the depot told this programme they haven't been paid since the firm collapsed.",
            "That's a matter for the administrators, not for the council.",
        );
        assert_eq!(
            answers(&text, "matter for the administrators", "haven't been paid"),
            ResponseKind::NonDenial
        );
        let text = interview(
            "Will you be asking the administrators to pay them?",
            "We are talking to the administrators every day.",
        );
        assert_eq!(
            attached(&text, "talking to the administrators").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
        let text = interview(
            "Your own cabinet papers say normal collections won't be restored until February.",
            "No, that's out of date. Every household will be back on a normal round by December.",
        );
        assert_eq!(
            answers(&text, "out of date", "won't be restored"),
            ResponseKind::Denied
        );
        // The same in other words.
        let text = interview(
            "Drivers say they were told the route would close in March.",
            "That's one for Ofwat, not for us.",
        );
        assert_eq!(
            answers(&text, "one for Ofwat", "route would close"),
            ResponseKind::NonDenial
        );
        let text = interview(
            "Will you compensate the families?",
            "We're in close contact with the insurers.",
        );
        assert_eq!(
            attached(&text, "close contact").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
        let text = interview(
            "The timetable in your own report says the line opens in 2029.",
            "That's outdated.",
        );
        assert_eq!(
            answers(&text, "outdated", "opens in 2029"),
            ResponseKind::Denied
        );
        // Near misses: a negation before the one it is passed to, talks
        // denied, talks told in an article's quotation, a date granted.
        let text = interview(
            "Staff say they haven't been paid since the firm collapsed.",
            "That's not a matter for the council.",
        );
        assert_ne!(
            attached(&text, "not a matter").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
        let text = interview(
            "Staff say they haven't been paid since the firm collapsed.",
            "That isn't a matter for the council.",
        );
        assert_ne!(
            attached(&text, "isn't a matter").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
        let text = interview(
            "Will you be asking the administrators to pay them?",
            "We are talking to the administrators, but we won't ask them to pay.",
        );
        assert_ne!(
            attached(&text, "talking to the administrators").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
        assert!(all_answers(&said_by_sallis("We are talking to the unions every day.")).is_empty());
        let text = interview(
            "Your own cabinet papers say normal collections won't be restored until February.",
            "That's not out of date.",
        );
        assert_ne!(
            attached(&text, "not out of date").map(|a| a.0),
            Some(ResponseKind::Denied)
        );
    }

    #[test]
    fn thanks_alone_answer_nothing() {
        // (seen: the close of a radio interview)
        let text = format!(
            "{}\n\nANNA ROSS: Peter Hale, thank you.\n\nPETER HALE: Thank you.",
            interview(
                "Council tax went up by 4.99% in April. Is any of that paying for this?",
                "That's right, that rise was agreed in February.",
            )
        );
        assert_eq!(attached(&text, "Thank you."), None);
        let text = format!(
            "{}\n\nANNA ROSS: Peter Hale, thank you.\n\nPETER HALE: Thanks very much for having me.",
            interview(
                "Council tax went up by 4.99% in April. Is any of that paying for this?",
                "That's right, that rise was agreed in February.",
            )
        );
        assert_eq!(attached(&text, "Thanks very much"), None);
        for thanks in ["Thank you, Anna.", "Thanks a lot.", "My pleasure."] {
            let text = format!(
                "{}\n\nANNA ROSS: Peter Hale, thank you.\n\nPETER HALE: {thanks}",
                interview(
                    "Council tax went up by 4.99% in April. Is any of that paying for this?",
                    "That's right, that rise was agreed in February.",
                )
            );
            assert_eq!(attached(&text, thanks), None, "{thanks}");
        }
        // (a sidestep that opens with thanks is still one)
        let text = interview(
            "The auditors found the trust overspent by \u{a3}4m. Are they right?",
            "Thanks, my officials look at a great many things.",
        );
        assert_eq!(
            attached(&text, "great many things").map(|a| a.0),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn setting_aside_looking_into_or_no_plans_yet_is_a_non_denial() {
        for quote in [
            "That's a different question from the one we asked.",
            "It is a separate issue.",
            "We are looking very carefully at that report, and we are working with the regulator on all of it.",
            "I'm reviewing those figures with my officials.",
            "We have no plans to announce further closures at this time.",
            "There are no plans to sell the site at present.",
            "The trust has no plans to reopen the ward at the moment, its chair said.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        for quote in [
            "We are looking at a different site for the depot.",
            "That is not a separate issue.",
            "We have no plans to close the library.",
            "We are looking forward to the new season.",
            "We have no plans to close the library, which is busier than ever at the moment.",
            "There are no plans to sell the site, and at present it is let to a charity.",
        ] {
            assert_ne!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
    }

    #[test]
    fn not_having_seen_what_was_put_or_not_sitting_here_to_concede_is_a_non_denial() {
        for quote in [
            // (seen in a transcript's answer, said here in quotation marks)
            "I haven't seen that figure.",
            "We have not seen those numbers.",
            "I have not seen the letter you mention.",
            // (seen after a question about a warning)
            "I'm not going to sit here and say I got everything right.",
            "We won't sit here and pretend the service was perfect.",
            // (seen after a story of an offer in private talks)
            "What is said in coalition talks stays in coalition talks.",
            "What happens in the boardroom stays in the boardroom.",
            "What was discussed remains between the two of us.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        // What was not seen is a fact, not what was put; sitting is a deed.
        for quote in [
            "We have not seen a rise in complaints since the timetable changed.",
            "I haven't seen him since the crash in 2024.",
            "Passengers sit here and wait for two hours most evenings.",
            "What we found stays in the report we publish on Friday, and it shows a 12% rise.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        // Not being drawn, in one's own words, is a refusal.
        for quote in [
            "I'm not going to get drawn into who I had a cup of tea with.",
            "We won't be drawn on the figures.",
            "I am not going to be drawn.",
            "We won't be drawn into individual cases.",
            "I'm not going to be drawn on the details of the deal.",
            "We will not be drawn into speculation about the sale.",
            "I won't be drawn on it.",
            "We won't be drawn further.",
            "We will not be drawn into the matter of who paid.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        // Not being drawn in a deed, or another's, is none.
        for quote in [
            "We were not drawn into the dispute until March, when the ward closed.",
            "We won't be drawn into a fight with the council.",
            "I won't be drawn into a war of words with the mayor.",
            "We will not be drawn into a war of words with the council.",
            "We will not be drawn into a slanging match with the landlord.",
            "Investors have not been drawn to the scheme, and 40% of the units are empty.",
            "The lines are drawn on the map in red.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        // Refusing to have it out where the answer is given.
        for quote in [
            "We're not going to negotiate in the press.",
            "I'm not going to make promises on air that I can't keep.",
            // (in other words)
            "I'm not going to make promises on your programme that I can't keep.",
            "We won't be setting out our offer in public.",
            "I can't discuss individual salaries on the radio.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        // A forum named in a deed, or with no refusal of one's own, is none.
        for quote in [
            "We did not read about the offer in the press.",
            "They're not going to negotiate in the press.",
            "I'm not going to resign, as was suggested in the papers on Sunday.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        // Refusing to put a figure on it.
        for quote in [
            // (seen in a transcript's answer)
            "I'm not going to put a number on compulsory redundancies this morning.",
            // (in other words)
            "We won't put a date on it.",
            "I am not going to put an exact figure on the cost today.",
            "We can't put a timescale on the repairs yet.",
        ] {
            assert_eq!(
                first_answer(quote),
                Some(ResponseKind::NonDenial),
                "{quote}"
            );
        }
        // A figure put on something, another's refusal, or no detail is none.
        for quote in [
            "We put a figure on the repairs in March: \u{a3}4m.",
            "They won't put a date on the closure, according to the union.",
            "We will not put a stop on the works, which resume in June.",
            "I'm not going to put a number of staff at risk, and 40 posts will go.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        let text = "The presenter Nadia Ferrier spoke to the minister, Delia Hart, on Friday.\n\nNADIA FERRIER: You were asked in parliament on Tuesday whether you had met the bidders before the contract was awarded. Did you meet them?\n\nDELIA HART: I'm not going to get drawn into who I had a cup of tea with eighteen months ago. The contract was awarded through an open competition.";
        assert!(all_answers(text)
            .iter()
            .any(|(k, q)| *k == ResponseKind::NonDenial && q.contains("drawn into")));
        // Private talks kept private answer the story of an offer made in them.
        let text = "Kostova offered in private talks with Odrin last week to delay the tariff by six months, the daily Vjesnik reported, citing two officials.\n\nThe tariff takes effect on July 1, the trade ministry said.\n\n\u{201C}What is said in coalition talks stays in coalition talks,\u{201D} Odrin said.";
        assert_eq!(
            answers(text, "stays in coalition", "offered in private talks"),
            ResponseKind::NonDenial
        );
        // In a transcript, it answers the claim the question put.
        let text = "The presenter Nadia Ferrier spoke to the commissioner, Graham Tolland, on Sunday.\n\nNADIA FERRIER: How many officers have you recruited?\n\nGRAHAM TOLLAND: We have recruited 140 of those 200 already.\n\nNADIA FERRIER: The Herald also says the force's overtime bill reached \u{a3}9.2 million last year.\n\nGRAHAM TOLLAND: I haven't seen that figure.";
        assert_eq!(
            answers(text, "seen that figure", "overtime bill"),
            ResponseKind::NonDenial
        );
    }

    #[test]
    fn no_such_thing_denies_the_story_told_not_a_detail_after_it() {
        // (seen in a wire story told by unnamed officials)
        let text = "LODVARA (Keystane Press) - Pellandra has asked Kalvonia to let it build a radar station on the island of Marrisk, and the cabinet is expected to decide on the request before July 10, four officials familiar with the matter told Keystane Press.\n\nThe request was set out in a letter from Pellandra's defence minister delivered in March, two of the officials said. It asks for a 30-year lease on about 40 hectares of state land at Cape Horvik.\n\nThe officials spoke on condition of anonymity because the request has not been made public. One of them said the cabinet was likely to approve the station if Pellandra agreed to share the radar's data with the navy.\n\n\u{201C}No such request has been received from Pellandra or from anyone else,\u{201D} government spokeswoman Ilinka Dobrevska told a briefing on Tuesday.";
        assert_eq!(
            answers(text, "No such request", "has asked Kalvonia"),
            ResponseKind::Denied
        );
        // (in other words)
        let text = "Vostrand has offered to buy the Orlen shipyard from its owners, and the board is expected to decide on the offer in June, three people with knowledge of the talks said.\n\nThe offer was set out in a letter from Vostrand's chairman sent in May, two of the people said. It values the yard at about $300 million.\n\nThe people spoke on condition of anonymity because the talks are private. One of them said the board was likely to accept if Vostrand agreed to keep the yard's 900 jobs.\n\n\u{201C}We have made no such offer, to the owners or to anyone else,\u{201D} a Vostrand spokesman said.";
        assert_eq!(
            answers(text, "no such offer", "has offered to buy"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn the_source_confirming_its_figures_answers_the_claim_that_first_told_them() {
        let lead = "More than 9,400 adults in Wexby were waiting for an autism assessment in April, according to figures from the NHS trust that runs the service.\n\nThat is three times the 2,870 on the list in 2023, the figures show.\n\nThe trust paid \u{a3}4.1 million to private clinics last year.\n\n";
        // (seen: twice, each after a lead told by the trust's figures)
        let text = format!("{lead}The trust confirmed the figures, which were released under the Freedom of Information Act.");
        assert_eq!(
            answers(&text, "confirmed the figures", "More than 9,400"),
            ResponseKind::Confirmed
        );
        // (in other words)
        let text = format!("{lead}Wexby Partnership NHS Trust has confirmed the numbers.");
        assert_eq!(
            answers(&text, "confirmed the numbers", "More than 9,400"),
            ResponseKind::Confirmed
        );
        // Figures of another party's are that party's to confirm; a grant of
        // one figure is weighed as any grant is.
        let text = format!("{lead}Union figures show that 40 nurses left the service last year.\n\nThe union confirmed the figures.");
        assert_eq!(
            answers(&text, "confirmed the figures", "40 nurses"),
            ResponseKind::Confirmed
        );
        let text = format!("{lead}The trust confirmed the figure for private clinics.");
        assert!(
            attached(&text, "confirmed the figure")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("More than 9,400")),
            "{text}"
        );
    }

    #[test]
    fn a_question_of_whether_the_party_agreed_points_to_the_claim_just_told() {
        // (seen: asked of a report's forecast, with a study's findings
        // before it)
        let lead = "The average weight of chicks at fledging fell from 284g to 229g over the decade, the study found. Chicks below 230g were half as likely to return to breed, the authors said.\n\nA report by the Tern Census Trust last year predicted that the Wexholm colony could halve in size by 2040.\n\n";
        let text = format!(
            "{lead}Asked whether she agreed, Dr Harker said: \u{201C}I'm not going to put a date on it.\u{201D}"
        );
        assert_eq!(
            answers(&text, "put a date", "could halve"),
            ResponseKind::NonDenial
        );
        // (in other words)
        let text = format!(
            "{lead}Asked if he accepted, the study's author, Dr Ian Voss, said: \u{201C}I'm not going to put a number on it.\u{201D}"
        );
        assert_eq!(
            answers(&text, "put a number", "could halve"),
            ResponseKind::NonDenial
        );
        // A question that names its topic answers the claim on that topic.
        let text = format!(
            "The trust closed the seabird ward at Fenmouth in March, its chair said.\n\n{lead}Asked whether she agreed with the ward's closure, Dr Harker said: \u{201C}I'm not going to put a date on it.\u{201D}"
        );
        assert_eq!(
            answers(&text, "put a date", "seabird ward"),
            ResponseKind::NonDenial
        );
    }

    #[test]
    fn a_question_the_reporter_relates_just_before_an_answer_names_its_claim() {
        let text = "A vet had advised Whitcombe in March last year to muzzle Tank in public after it bit another dog, Strand said.\n\nPC Amir Nadeem said that when officers arrived at the flat that night, there was no muzzle in the property.\n\nShe asked why he had ignored the vet's advice about a muzzle. \u{201C}I'm not going to sit here and say I got everything right,\u{201D} Whitcombe said.";
        assert_eq!(
            answers(text, "sit here", "vet had advised"),
            ResponseKind::NonDenial
        );
        // The same shape in other words: a refusal after a question about a
        // contract.
        let text = "The council paid Norbridge Ltd \u{a3}4m for the contract without a tender, the auditor found. Norbridge employs 40 people in the town, its owner said.\n\nThe council's leader, Ann Price, said the budget would be balanced by March.\n\nA reporter asked Ms Price whether the contract had been put out to tender. \u{201C}I'm not going to sit here and go over old ground,\u{201D} she said.";
        assert_eq!(
            answers(text, "sit here", "without a tender"),
            ResponseKind::NonDenial
        );
    }

    #[test]
    fn a_denial_of_a_talk_answers_the_claim_relating_what_the_party_told_someone() {
        let lead = "A man whose dog attacked a nine-year-old girl in a park has told a jury he had never known the animal to be aggressive.\n\nDarren Whitcombe, 41, of Alder Road, denies being the owner of a dangerous dog.\n\nAnother neighbour, Gary Pellow, said Whitcombe had told him in the spring of last year that the dog had \u{201C}gone for\u{201D} a delivery driver.\n\nPC Amir Nadeem said the dog was shut in the kitchen when officers arrived.\n\n";
        // (seen: asked about the witness's evidence)
        let text = format!("{lead}Asked about Mr Pellow's evidence, he replied: \u{201C}That conversation never happened.\u{201D}");
        assert_eq!(
            answers(&text, "conversation never", "gone for"),
            ResponseKind::Denied
        );
        // The talk alone names it.
        let text =
            format!("{lead}\u{201C}That conversation never happened,\u{201D} Whitcombe said.");
        assert_eq!(
            answers(&text, "conversation never", "gone for"),
            ResponseKind::Denied
        );
        // A witness's testimony, by its owner.
        let text = "The firm's former finance director, Ruth Mole, told the tribunal that the chief executive had ordered her to delete 300 emails in 2024.\n\nThe company reportedly lost \u{a3}2m that year, the hearing was told.\n\nAsked about Ms Mole's testimony, the chief executive, Tom Hale, said: \u{201C}That is simply untrue.\u{201D}";
        assert_eq!(
            answers(text, "simply untrue", "delete 300 emails"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_plea_printed_before_the_prosecutions_account_answers_it() {
        // (seen: a lead that gives the defendant's own evidence)
        let text = "A man whose dog attacked a nine-year-old girl in a Fenbury park has told a jury he had never known the animal to be aggressive.\n\nDarren Whitcombe, 41, of Alder Road, Fenbury, denies being the owner of a dog dangerously out of control causing injury.\n\nOpening the case for the prosecution, Helen Strand told jurors that Whitcombe had let the dog off its lead in Marsh Park on August 14 last year despite two warnings from neighbours.";
        assert_eq!(
            answers(text, "denies being the owner", "off its lead"),
            ResponseKind::Denied
        );
        // The same shape in other words: a count, and the prosecutor's
        // allegation a sentence later.
        let text = "A bookkeeper who worked for a Hexley charity for 20 years has told a court she never took money from its accounts.\n\nMargaret Dunne, 63, denies four counts of theft.\n\nThe court heard evidence from a forensic accountant.\n\nProsecutor Owen Lake alleged that Dunne had moved \u{a3}48,000 into her own account between 2019 and 2023.";
        assert_eq!(
            answers(text, "denies four counts", "moved \u{a3}48,000"),
            ResponseKind::Denied
        );
        // A plea after the lead that makes the charge stays with it, and a
        // denial of a thing pointed at is no plea.
        let text = "A care worker stole \u{a3}30,000 from elderly clients over three years, prosecutors told the court on Monday.\n\nMarta Voss, 44, of Elm Road, denies fraud by abuse of position.\n\nOpening the case for the prosecution, Ian Hale said Voss had taken bank cards from six clients.";
        assert_eq!(
            answers(text, "denies fraud", "stole \u{a3}30,000"),
            ResponseKind::Denied
        );
        let text = "He said he had raised concerns about staffing with the site manager by email in June.\n\nThe site manager, Neil Carver, denied receiving any such email.\n\nProsecutors alleged that the firm had ignored four warnings about the scaffolding in 2025.";
        assert_eq!(
            answers(text, "denied receiving", "raised concerns"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn nobody_having_done_what_an_accusation_says_denies_it() {
        // (seen)
        let text = "The council plans to sell its Victorian town hall, according to a cabinet report published on Monday.\n\nCouncillor Priya Raman, who leads the Green group, accused the administration of preparing to hand the building \u{201C}on the cheap\u{201D} to a developer that had already been shown round it.\n\nRaman said a council officer had told her in December that a property firm had toured the building twice.\n\nAsked about the allegation, Hale was emphatic.\n\n\u{201C}Nobody has been shown round with a view to buying it, and nobody has been promised anything,\u{201D} he said.";
        assert_eq!(
            answers(text, "Nobody has been shown", "accused the administration"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Shareholders accused the board of having hidden losses of \u{a3}40m from the auditors in 2024.\n\nThe company's shares fell 12% on Tuesday, the exchange said.\n\n\u{201C}Nothing has been hidden from anyone,\u{201D} the chairman, Ian Moss, said.";
        assert_eq!(
            answers(text, "Nothing has been hidden", "hidden losses"),
            ResponseKind::Denied
        );
        // (the deed named by its noun, after what unnamed sources told)
        let text = "Two officials familiar with the talks told Strandpost that the prime minister had offered the league a second cabinet post on Monday night.\n\nThe league's leader said later that nobody had put any offer to her party.";
        assert_eq!(
            answers(text, "nobody had put any offer", "second cabinet post"),
            ResponseKind::Denied
        );
        // (but not a noun the told claim does not name)
        let text = "Two officials familiar with the talks told Strandpost that the prime minister had offered the league a second cabinet post on Monday night.\n\nThe league's leader said later that nobody had put any question to her party.";
        assert!(attached(text, "any question").is_none_or(|(k, _)| k != ResponseKind::Denied));
        // Not a verb of the accusation: a claim of its own.
        let text = "Neighbours accused the owner of having started the fire at the warehouse deliberately in 2024.\n\n\u{201C}Nobody was injured, and the building was empty,\u{201D} the fire brigade's spokesman, Tom Reid, said.";
        assert!(attached(text, "Nobody was injured").is_none());
        // The accuser saying so of its own charge denies nothing: a claim.
        let text = "Police accused the gang of having stolen 40 cars from driveways in Leeds.\n\nNothing has been stolen since the arrests in March, police said.";
        assert!(attached(text, "Nothing has been stolen").is_none());
        let text = "The council accused the developer of having demolished the listed building without consent.\n\nNothing has been demolished since the ruling in May, a council spokesman said.";
        assert!(attached(text, "Nothing has been demolished").is_none());
    }

    #[test]
    fn a_plea_moves_to_the_charge_after_it() {
        // (and a plea still moves to the charge after it)
        let text = "Darren Whitcombe, 41, of Alder Road, told the jury he loved the dog.\n\nWhitcombe denies being the owner of a dog dangerously out of control.\n\nOpening the case for the prosecution, Helen Strand told jurors that Whitcombe had let the dog off its lead despite two warnings.";
        assert_eq!(
            answers(text, "denies being", "Opening the case"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_person_is_named_by_surname_alone() {
        // (seen)
        let text = "The decision came after staff presented the board with revised figures, the Kestrel Press Agency reported, citing two people familiar with the talks.\n\nFinance Minister Tereza Holub called the cut \u{201C}overdue but welcome\u{201D}.\n\nThe opposition's finance spokesman, Rudolf Maki, accused Holub of leaning on the bank to cut rates before the regional elections.\n\n\u{201C}That is simply untrue, and Mr Maki knows it,\u{201D} Holub told reporters.";
        assert_eq!(
            answers(text, "simply untrue", "accused Holub"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "The report was delayed by six weeks, the Evening Star reported, citing three officials.\n\nCouncil leader Gareth Lyle opened the meeting at 7pm.\n\nA Green councillor, Ann Fry, accused Lyle of hiding the report from the planning committee until after the vote.\n\n\u{201C}That is nonsense,\u{201D} Lyle said.";
        assert_eq!(
            answers(text, "That is nonsense", "accused Lyle"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_silence_on_someones_comments_answers_what_they_relate_of_the_party() {
        // (seen)
        let text = "Two people familiar with Northgrid's investigation told the Courier that a cable joint had failed at the Crossley substation.\n\nLocal MP Janet Orde said Northgrid had promised after a similar outage in February that the Crossley substation would be upgraded by the end of 2025.\n\nNorthgrid did not respond to Ms Orde's comments.";
        assert_eq!(
            answers(text, "did not respond", "had promised"),
            ResponseKind::NoResponse
        );
        // The same shape in other words.
        let text = "Three drivers told the Post that the depot's brakes tester had been broken since March, according to a union survey.\n\nCouncillor Amy Shaw said Halden Buses had assured her in a letter last year that every bus would be inspected monthly.\n\nHalden Buses declined to comment on Cllr Shaw's remarks.";
        assert_eq!(
            answers(text, "declined to comment", "had assured her"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn an_answer_that_has_not_seen_the_work_goes_to_the_finding_its_author_just_told() {
        // (seen)
        let text = "Teenagers who used their phones in bed after 11pm slept on average 48 minutes less a night than those who did not, according to a study of 7,400 pupils published on Monday.\n\nDr Ayesha Brennan, the study's lead author, said the effect was strongest among 13- and 14-year-olds.\n\nBrennan said pupils who used their phones' built-in \u{201C}night mode\u{201D} filters slept no longer than those who did not.\n\nVoltra, whose handsets were used by about 40% of the pupils in the study, said it had not yet seen the paper and could not comment on its findings.";
        assert_eq!(
            answers(text, "not yet seen the paper", "night mode"),
            ResponseKind::Declined
        );
        // The same shape in other words.
        let text = "Drivers on roads with 20mph limits had 23% fewer crashes than those on 30mph roads, according to a report by the Road Safety Institute published on Tuesday.\n\nProfessor Ian Cole, the report's author, said bus journeys on the slower roads took about two minutes longer on average.\n\nThe Bus Operators' Federation said it had not read the report and would not comment on it.";
        assert_eq!(
            answers(text, "not read the report", "bus journeys"),
            ResponseKind::Declined
        );
        // Told by someone who is not the work's author, the lead finding.
        let text = "Drivers on roads with 20mph limits had 23% fewer crashes than those on 30mph roads, according to a report by the Road Safety Institute published on Tuesday.\n\nProfessor Ian Cole, a transport researcher at Hexley University, said bus journeys on slower roads took about two minutes longer on average.\n\nThe Bus Operators' Federation said it had not read the report and would not comment on it.";
        assert_eq!(
            answers(text, "not read the report", "fewer crashes"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_denial_of_any_such_thing_names_the_thing_just_told() {
        // (seen)
        let text = "Pell allegedly used \u{a3}22,000 of the money to pay for a kitchen extension, according to the indictment.\n\nPell's barrister, Olivia Marchetti, disputed the prosecution's account. She told the court her client had been authorised by the home's owners to use the accounts to buy toiletries for residents.\n\n\u{201C}Every one of those payments was logged in the home's own ledger, and the owners signed that ledger off every quarter,\u{201D} Ms Marchetti said.\n\nThe home's owners, Rosewell Care Ltd, deny giving any such authorisation.";
        assert_eq!(
            answers(text, "deny giving any such", "had been authorised"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "The driver's lawyer, Sam Hale, said his client had been instructed by the depot's managers to skip the brake checks on the night.\n\n\u{201C}He did what he was told, and he wrote every shift down in the log,\u{201D} Mr Hale said.\n\nThe depot's managers, Orrin Freight, deny issuing any such instruction.";
        assert_eq!(
            answers(text, "deny issuing any such", "had been instructed"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_silence_answers_the_nearest_claim_naming_what_belongs_to_the_party() {
        let text = "The Chronicle reported that the minister had met executives from Halberd Homes two weeks before approving the scheme. It said Halberd's chairman had lobbied the minister over dinner in October.\n\nThe minister said every rule had been followed.\n\nHalberd Homes did not return calls on Thursday.";
        assert_eq!(
            answers(text, "did not return calls", "Halberd's chairman"),
            ResponseKind::NoResponse
        );
        // The same shape in other words; a body named by a common noun is not
        // named by its first word.
        let text = "Council papers show the mayor approved a contract with Corrin Build in March. The papers say Corrin's director had donated to the mayor's campaign.\n\nThe mayor said the contract was fairly won.\n\nCorrin Build did not respond to messages.";
        assert_eq!(
            answers(text, "did not respond", "Corrin's director"),
            ResponseKind::NoResponse
        );
        // An answer that names its own topic is not drawn to them.
        let text = "The contract was awarded in March to Corrin Build, whose tender was the highest of the four.\n\nThe Courier reported that the mayor had dined with Corrin's director before the award.\n\nCorrin Build did not respond to questions about its tender.";
        assert_eq!(
            answers(text, "did not respond", "awarded in March"),
            ResponseKind::NoResponse
        );
    }

    #[test]
    fn a_silence_on_a_bodys_finding_by_a_common_noun_answers_what_a_body_told() {
        let text = "Last month the watchdog fined the company \u{a3}8 million after finding that it had overcharged 90,000 customers.\n\n\"Brava made \u{a3}300 million last year,\" said Ann Kell, an analyst.\n\nThe Energy Standards Office said the overcharging had continued for eight months after it first raised concerns with the company. Brava did not respond to a request for comment on the regulator's finding.";
        assert_eq!(
            answers(text, "regulator's finding", "continued for eight months"),
            ResponseKind::NoResponse
        );
        // The same shape in other words: the union's account.
        let text = "Northgate Council said the depot would close in May.\n\nThe GMB union said 40 drivers had been told by text message that their jobs would go. \"Nobody spoke to them,\" said Tom Reyes, a driver.\n\nNorthgate Council declined to comment on the union's account.";
        assert_eq!(
            answers(text, "union's account", "40 drivers"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn one_of_a_bodys_people_who_would_not_be_named_is_not_its_voice() {
        assert!(super::leaked("A Holmvale Water engineer, who did not want to be named, told this blog that the pump failed."));
        assert!(super::leaked(
            "An official, speaking on condition of anonymity, said the talks had stalled."
        ));
        assert!(super::leaked(
            "A manager who was not authorised to speak said 40 jobs would go."
        ));
        assert!(!super::leaked(
            "A council officer said no sale had taken place."
        ));
        assert!(!super::leaked(
            "The firm has not named a new chief executive."
        ));
        // A new head yet to be named, a sale the body did not authorise;
        // a second "named" after a first.
        assert!(!super::leaked(
            "The trust, whose new chair is yet to be named, said the ward would close."
        ));
        assert!(!super::leaked(
            "The council said it had not authorised the sale of the hall."
        ));
        assert!(super::leaked(
            "A nurse at the hospital named after Edith Cavell, who asked not to be named, said two wards had closed."
        ));
        // Its silence answers what that person told.
        let text = "A Marsh Water engineer, who did not want to be named, told this paper that a dosing pump at the Clay Hill works had failed on Tuesday night. This has not been confirmed by the company.\n\nMarsh Water said it would \"not speculate\" on the cause until its investigation was complete.";
        assert_eq!(
            answers(text, "not speculate", "a dosing pump"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_live_blog_printed_newest_first_is_answered_in_the_order_it_happened() {
        // An answer in a newer entry answers a claim in an older one below it.
        let text = "LIVE\n\nDepot fire: latest\n\n15.20 GMT\nOperator speaks\n\nMarsh Recycling, which runs the depot, said the fire had started in a skip.\n\nThe company did not respond when asked whether the depot had been storing more waste than its licence allowed.\n\n14.45 GMT\nResidents speak\n\nIts chair, Ann Tait, said an inspector had told her in August that the depot was storing twice the waste its licence allowed.\n\n12.10 GMT\nRoads shut\n\nPolice said the ring road was closed.";
        assert_eq!(
            answers(
                text,
                "did not respond when asked",
                "an inspector had told her"
            ),
            ResponseKind::NoResponse
        );
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        // The claims keep the order and numbers of the page.
        let starts: Vec<usize> = x.candidates.iter().map(|c| c.start).collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        let tait = crate::extract::candidate_with(&x, "Ann Tait");
        let asked = &tait.responses[0];
        assert!(asked.sentence < tait.sentence, "{tait:#?}");
        // The same shape with clock times and a denial of a report.
        let text = "Airport live\n\n17:14\n\nThe company denied reports that the outage was the result of a cyberattack.\n\n13:35\n\nFlights are delayed by up to four hours.\n\n12:47\n\nThe Daily Courier reported that investigators were examining whether hackers had gained access to the airport's systems.";
        assert_eq!(
            answers(text, "denied reports", "investigators were examining"),
            ResponseKind::Denied
        );
        // Entries printed oldest first, or times that do not run back, are
        // read as printed: an answer does not reach forward.
        for text in [
            "Blog\n\n09:10\n\nThe Courier reported that the mayor had resigned.\n\n10:20\n\nThe mayor's office denied reports that she had quit.\n\n11:40\n\nTrains are running.",
            "Blog\n\n11:40\n\nThe mayor's office denied reports that she had quit.\n\n12:20\n\nTrains are running.\n\n09:10\n\nThe Courier reported that the mayor had resigned.",
        ] {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            let starts: Vec<usize> = x.candidates.iter().map(|c| c.start).collect();
            assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        }
        let text = "Blog\n\n11:40\n\nThe mayor's office denied reports that she had quit.\n\n12:20\n\nTrains are running.\n\n09:10\n\nThe Courier reported that the mayor had resigned.";
        let sentences = super::super::sentences::split(text);
        assert_eq!(super::oldest_first(text, &sentences), None);
        assert_eq!(super::stamp("3.45pm"), Some(15 * 60 + 45));
        assert_eq!(super::stamp("15.52 GMT"), Some(15 * 60 + 52));
        assert_eq!(super::stamp("Updated 15.52"), None);
        assert_eq!(super::stamp("15.5 GMT"), None);
        // Half past midnight and noon; a bare figure is no stamp.
        assert_eq!(super::stamp("12.30am"), Some(30));
        assert_eq!(super::stamp("12:05pm"), Some(12 * 60 + 5));
        assert_eq!(super::stamp("13:00pm"), None);
        assert_eq!(super::stamp("14.45"), Some(14 * 60 + 45));
        assert_eq!(super::stamp("3.40"), None);
        let figures = "Fares\n\n3.40\n\nThe single fare was cut.\n\n2.55\n\nThe return fell.\n\n1.30\n\nThe child fare fell.";
        let sentences = super::super::sentences::split(figures);
        assert_eq!(super::oldest_first(figures, &sentences), None);
    }

    #[test]
    fn a_confirmation_just_after_a_report_settles_it_and_a_demonstrative_noun_points_back() {
        let text = "The news site HarbourLive reports that a woman in her 70s was seriously hurt when a wall fell on her car this afternoon. Coast Police confirmed that a woman had been taken to hospital.";
        assert_eq!(
            answers(text, "Coast Police confirmed", "a woman in her 70s"),
            ResponseKind::Confirmed
        );
        let text = "Cllr Ann Marsh said residents had been told about the leak 14 hours after the company first found it.\n\n\"Parents were making up bottles with that water,\" she said.\n\nA whistleblower said a pump at the works had failed on Tuesday night, which the company has not confirmed.\n\nThe company disputes that timeline.";
        assert_eq!(
            answers(text, "disputes that timeline", "a pump at the works"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_denial_naming_an_accusation_answers_the_claim_told_as_one() {
        let text = "The council plans to build a depot on the edge of Marlow.\n\nBut the leader of the opposition, Ann Pike, accused the administration of keeping back a section of the traffic study which found that 90 lorries a day would pass the school.\n\n\"Residents were given a summary. The full study runs to 300 pages,\" she said.\n\nMs Pike said an officer had told councillors in January that the section would be published later. It never was, she added.\n\nA council spokesperson said the suggestion that any part of the study had been withheld was \"simply untrue\".";
        assert_eq!(
            answers(text, "simply untrue", "accused the administration"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Union officials alleged that the hospital trust had cut night staffing on two wards to save \u{a3}400,000.\n\nNurses said shifts had run with one nurse for 30 patients. The trust's own figures show agency spending fell by a third, a union official added.\n\nThe trust said the allegation that staffing had been cut to save money was untrue.";
        assert_eq!(
            answers(text, "the allegation that", "cut night staffing"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn pointing_back_to_an_answer_given_is_a_non_denial_and_not_accepting_it_a_denial() {
        for (quote, kind) in [
            ("I've told you what the budget is.", ResponseKind::NonDenial),
            ("We have already answered that.", ResponseKind::NonDenial),
            ("I've made my position clear.", ResponseKind::NonDenial),
            (
                "I have said everything I am going to say on it.",
                ResponseKind::NonDenial,
            ),
            ("I don't accept that.", ResponseKind::Denied),
            ("We do not accept this.", ResponseKind::Denied),
        ] {
            let text = said_by_sallis(quote);
            assert_eq!(
                all_answers(&text).first().map(|a| a.0),
                Some(kind),
                "{quote}"
            );
        }
        // A claim that opens the same way is none.
        for quote in [
            "I've said all along that the line will open in May.",
            "I've told the board that fares will rise by 3%.",
            "We have said that the depot will close in 2027.",
        ] {
            assert!(all_answers(&said_by_sallis(quote)).is_empty(), "{quote}");
        }
        // Under a transcript's label, each answers the claim the question put.
        let text = "The harbour minister, Peter Oakes, spoke to Hannah Voss.\n\nHANNAH VOSS: Good evening. The Coastal Gazette says the Treasury has told your department to cut the harbour budget by \u{a3}40m. Is that true?\n\nPETER OAKES: I'm not going to get into conversations between departments.\n\nHANNAH VOSS: So you're not denying it.\n\nPETER OAKES: I've told you what the budget is.\n\nHANNAH VOSS: The council says you will miss the target by 400 berths.\n\nPETER OAKES: I don't accept that.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let kinds = |words: &str| -> Vec<ResponseKind> {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap_or_else(|| panic!("{:#?}", x.candidates))
                .responses
                .iter()
                .map(|r| r.kind)
                .collect()
        };
        assert_eq!(
            kinds("harbour budget"),
            vec![ResponseKind::NonDenial, ResponseKind::NonDenial],
            "{:#?}",
            x.candidates
        );
        assert_eq!(kinds("400 berths"), vec![ResponseKind::Denied]);
    }

    #[test]
    fn an_interviewer_who_opens_without_a_question_still_puts_them() {
        let text = "The harbour minister, Peter Oakes, spoke to Hannah Voss about the repairs.\n\nHANNAH VOSS: Good evening. Let's begin with the harbour.\n\nPETER OAKES: Thank you for having me.\n\nHANNAH VOSS: The Coastal Gazette says the harbour wall repairs will cost \u{a3}40m, twice the budget. Is that right?\n\nPETER OAKES: That's not a number I recognise.\n\nHANNAH VOSS: But did those estimates reach \u{a3}40m at any point?\n\nPETER OAKES: I'm not going to go through draft estimates on air.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let wall = crate::extract::candidate_with(&x, "harbour wall repairs");
        let kinds: Vec<ResponseKind> = wall.responses.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![ResponseKind::NonDenial, ResponseKind::NonDenial],
            "{:#?}",
            x.candidates
        );
        // The answers are not claims of their own.
        assert!(!x.candidates.iter().any(|c| c.quote.contains("recognise")));
    }

    #[test]
    fn a_denial_pointing_back_answers_the_whole_telling() {
        // The quoted words go on with what the witness told first.
        let text = "The ferry left port with its doors open, according to a crew member who asked not to be named.\n\n\u{201C}Nobody checked them, and nobody was asked to,\u{201D} the crew member said.\n\nThe operator disputes that. It said the doors were inspected at 06:10.";
        assert_eq!(answers_of(text, "doors open"), vec![ResponseKind::Denied]);
        let text = "Campaigners said 40 families had been moved out of the estate without notice. \u{201C}People came home to find the locks changed,\u{201D} one of the campaigners said.\n\nThe housing association rejected that account.";
        assert_eq!(answers_of(text, "40 families"), vec![ResponseKind::Denied]);
    }

    #[test]
    fn a_silent_body_is_named_by_its_description() {
        let text = "The Valley Echo reported in May that county transport officials had been told to shelve the new bypass if costs rose further.\n\nThe council's leader, Dara Quill, said the bypass would go ahead. \u{201C}We are building it,\u{201D} she said. The county transport authority did not respond to a request for comment.";
        assert_eq!(
            answers_of(text, "shelve the new bypass"),
            vec![ResponseKind::NoResponse]
        );
    }

    #[test]
    fn a_confirmation_in_its_own_words_answers_the_report_about_the_party() {
        let text = "The Courier also reported that the regulator, the Water Standards Board, had begun examining the company's leak figures. The regulator confirmed on Tuesday that it had opened a review, but said that this implied no finding.";
        assert_eq!(
            answers_of(text, "leak figures"),
            vec![ResponseKind::Confirmed]
        );
        // A short confirmation of the claim just before, in other words.
        let text = "Dr Ines Paley said clinics had lost a \u{a3}2 million grant for evening sessions in March. The ministry confirmed that the grant had ended but said the money had gone to a new scheme.";
        assert_eq!(
            answers_of(text, "evening sessions"),
            vec![ResponseKind::Confirmed]
        );
        // What it said besides is a claim of its own.
        assert!(answers_of(text, "new scheme").is_empty());
    }

    #[test]
    fn the_question_put_names_the_claim_an_answer_answers() {
        let text = "Parents said nobody had been consulted before the nursery was closed. The nursery employed 14 staff and cared for 60 children, according to the council's own figures. Asked whether a consultation had been held, the council said it had \u{201C}kept families informed at every stage\u{201D}.";
        assert_eq!(
            answers_of(text, "nobody had been consulted"),
            vec![ResponseKind::NonDenial]
        );
        assert!(answers_of(text, "14 staff").is_empty());
    }

    #[test]
    fn a_denial_naming_what_the_saying_was_about_answers_that_part() {
        let text = "The short-seller Pellam Research said the firm's auditor had resigned in March. Pellam also said the firm had booked \u{a3}20m of sales to companies owned privately by its founder. The founder rejected Pellam's claims about his private companies.";
        assert_eq!(answers_of(text, "booked"), vec![ResponseKind::Denied]);
        assert!(answers_of(text, "auditor").is_empty());
    }

    #[test]
    fn the_question_put_is_about_what_it_asks_not_whom_it_names() {
        let text = "The inspector said the driver had never been trained to use the new brakes. Mr Hale had signed a safety form on 4 May, the depot manager said. Asked whether Mr Hale had ever been trained, the agency that employed him said: \u{201C}I'm not in a position to answer that.\u{201D}";
        assert_eq!(
            answers_of(text, "never been trained"),
            vec![ResponseKind::NonDenial]
        );
    }

    #[test]
    fn a_quoted_answer_to_a_matter_put_that_says_neither_yes_nor_no() {
        let text = "Figures obtained by the Courier show the number of river gauges the agency runs has fallen from 60 in 2019 to 22 this year. Asked about the cut, a spokesperson for the agency said: \u{201C}We keep our network under constant review.\u{201D}";
        assert_eq!(
            answers_of(text, "river gauges"),
            vec![ResponseKind::NonDenial]
        );
        // Near misses: a matter put answered by a verb of denial; a
        // sentence that opens "Asked about" with no matter put.
        let text = "The Ledger reports that ministers blocked a pay deal last week. Asked about the report, the minister dismissed it as \u{201C}a work of fiction\u{201D}.";
        assert_eq!(
            answers_of(text, "blocked a pay deal"),
            vec![ResponseKind::Denied]
        );
        let text = "Figures obtained by the Courier show the number of river gauges the agency runs has fallen from 60 in 2019 to 22 this year. Asked about 40 times a day for directions, the visitor centre said: \u{201C}We keep a map by the door.\u{201D}";
        assert!(answers_of(text, "river gauges").is_empty());
    }

    #[test]
    fn a_quoted_answer_to_a_question_put_that_says_neither_yes_nor_no() {
        let text = "Residents said nobody had asked them about closing the library. Asked whether any consultation had been held, a council spokesman said the authority had \u{201C}listened carefully throughout\u{201D}.";
        assert_eq!(
            answers_of(text, "closing the library"),
            vec![ResponseKind::NonDenial]
        );
    }

    #[test]
    fn a_verdict_that_it_is_not_what_was_found_denies_the_report_before() {
        // (seen: a paper's report of a study, its author's verdict)
        let text = "Dr Ann Fenwick, who led the study of 4,000 adults, said the link was modest.\n\nThe Daily Courier reported on Saturday that the study showed hearing aids could halve the risk of dementia. \u{201C}That is not what we found, and it is not what we wrote,\u{201D} Fenwick said.";
        assert_eq!(
            answers(text, "not what we found", "halve the risk"),
            ResponseKind::Denied
        );
        // The same shape in other words: the offer, as the other side tells it.
        let text = "The Coastal Echo reported on Monday that the port had offered dockers a 6% rise over two years.\n\n\u{201C}That is not the offer we were given,\u{201D} Mark Rudd, the union's regional organiser, said.";
        assert_eq!(
            answers(text, "not the offer", "6% rise"),
            ResponseKind::Denied
        );
        // The thing it says was not so names the claim it answers, past a
        // nearer one (seen: a live blog, the minister's account of the offer).
        let text = "Transport Secretary Hugh Calloway has told MPs that the operators offered a 4.5% pay rise over two years with no conditions attached.\n\nWhitlow also said managers at one operator had told staff last week that anyone who joined a picket line would lose their Christmas bonus.\n\n\u{201C}That is not the offer we were given,\u{201D} Dana Whitlow, the union's general secretary, told us.";
        assert_eq!(
            answers(text, "not the offer", "4.5% pay rise"),
            ResponseKind::Denied
        );
        let text = "The mayor said the developer's plan would put 300 affordable homes on the old gasworks site.\n\nA council officer said the site had been valued at \u{a3}12m in 2024 and that 40 people had objected.\n\n\u{201C}It was not the plan we submitted,\u{201D} the developer's chief executive, Ian Ross, said.";
        assert_eq!(
            answers(text, "not the plan", "300 affordable homes"),
            ResponseKind::Denied
        );
        // Not a verdict: no finding or saying is denied, and the words are
        // a claim like any other.
        let text = "The Coastal Echo reported on Monday that the port had lost 300 jobs in a year.\n\n\u{201C}That is not the only problem we have,\u{201D} Mark Rudd said.";
        assert!(attached(text, "only problem").is_none());
    }

    #[test]
    fn a_bare_verdict_answers_the_accusation_or_the_putting_just_before() {
        // (seen: a council meeting; the cabinet member's own claim is
        // further back)
        let text = "Answering questions from parents, Councillor Martin Oldroyd, the cabinet member for children's services, said the council had written to every affected family.\n\nLiberal Democrat councillor Anita Sewell accused the cabinet of hiding the results of 14 road safety assessments from parents and councillors since February.\n\n\u{201C}That is simply untrue,\u{201D} Oldroyd replied.";
        assert_eq!(
            answers(text, "simply untrue", "hiding the results"),
            ResponseKind::Denied
        );
        // The same shape in a court: counsel puts a charge, the witness says no.
        let text = "The hospital's case is that Dr Lena Hale was suspended after an audit found errors in 40 of her scans.\n\nUnder cross-examination, counsel for the hospital put it to her that she had reported scans she had not read.\n\n\u{201C}No, that is wrong,\u{201D} Hale replied.";
        assert_eq!(
            answers(text, "that is wrong", "had not read"),
            ResponseKind::Denied
        );
        // A verdict after a plain claim, accusing no one, answers it as before.
        let text = "The Herald reported that the depot had been closed for a month.\n\nThe operator's chief executive, Ruth Moss, said the fleet would be replaced by 2028.\n\nA union official said the depot closure had cost 40 jobs.\n\n\u{201C}That is simply untrue,\u{201D} Moss said.";
        assert_eq!(
            answers(text, "simply untrue", "40 jobs"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_denied_deed_told_as_a_gerund_answers_the_claim_telling_the_deed() {
        // (seen: a tribunal, the trust's case two sentences back)
        let text = "The trust's case is that Joanna Petrakis was dismissed after an investigation found she had opened the electronic records of 11 patients.\n\nIts barrister told the tribunal the investigation had begun in November 2024, after an automated audit flagged unusual access to the records.\n\nPetrakis denied opening any record without a clinical reason.";
        assert_eq!(
            answers(text, "denied opening", "had opened"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Prosecutors say Martin Crewe took \u{a3}40,000 from the club's accounts between 2021 and 2023.\n\nThe club's treasurer told the court the accounts had been audited every year by an outside firm.\n\nCrewe denies taking any money from the club.";
        assert_eq!(answers(text, "denies taking", "took"), ResponseKind::Denied);
        // (seen: "Gadsby denies ever discussing money with Lightfoot, the
        // court heard.", "ever" before the deed)
        let text = "Lightfoot told the court that each delivery earned them \u{a3}1,500 from a contact inside the prison.\n\nThe jury was shown messages sent from a phone found in his cell.\n\nGadsby denies ever discussing money with Lightfoot, the court heard.";
        assert_eq!(
            answers(text, "denies ever discussing", "earned them"),
            ResponseKind::Denied
        );
        // A deed told of someone else is not the one denied.
        let text = "He said he had raised concerns about staffing with the site manager, Colin Reed, by email in June.\n\nThe apprentice had not received training in working at height, the inquest heard.\n\nReed denied receiving any such email.";
        assert_eq!(
            answers(text, "denied receiving", "by email"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_refusal_naming_private_talk_answers_the_claim_relating_what_was_told() {
        // (seen: a carmaker's plant)
        let text = "Dev Chauhan, national officer at the union Unify, said Veltra had already moved engine-testing equipment from Brackwell to its plant in Kolvena in March.\n\nChauhan also said plant managers had told shop stewards as recently as February that Brackwell would build engines for the next generation of hybrids. A Veltra spokesperson said the company did not comment on internal discussions.";
        assert_eq!(
            answers(text, "internal discussions", "shop stewards"),
            ResponseKind::Declined
        );
        // The same shape in other words: a council and its officers.
        let text = "Cllr Declan Ferrier, cabinet member for transport, said the closures would cut through-traffic by up to 60%.\n\nCllr Angela Whitmore told the meeting that a senior highways officer had told opposition councillors in January that the cameras could raise \u{a3}900,000 a year.\n\nThe council said it did not comment on private correspondence with elected members.";
        assert_eq!(
            answers(text, "private correspondence", "senior highways officer"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_party_telling_it_had_not_had_done_to_it_what_a_report_said_denies_the_report() {
        // (seen: a buyer reported, the seller says it was not approached)
        let text = "Veltra will close its engine plant in Brackwell by the end of 2027, putting 1,400 jobs at risk.\n\nThe Brackwell Echo reported on Tuesday that the battery maker Sunhollow Energy had approached Veltra about buying the site and converting it to produce battery packs.\n\nVeltra said on Wednesday it had not been approached by Sunhollow or any other buyer. Sunhollow did not respond to a request for comment.";
        assert_eq!(
            answers(text, "not been approached", "had approached Veltra"),
            ResponseKind::Denied
        );
        assert_eq!(
            answers(text, "did not respond", "had approached Veltra"),
            ResponseKind::NoResponse
        );
        // The same shape in other words.
        let text = "The Sunday Ledger reported that the prime minister had offered Grace Okafor the post of foreign secretary in March.\n\nOkafor said last week she had never been offered any post in the cabinet.";
        assert_eq!(
            answers(text, "never been offered", "had offered Grace Okafor"),
            ResponseKind::Denied
        );
        // Another deed, or one the claims before do not tell of the party,
        // is a claim of its own.
        let text = "The Brackwell Echo reported on Tuesday that the battery maker Sunhollow Energy had approached Veltra about buying the site for \u{a3}200m.\n\nVeltra said on Wednesday it had not been contacted by regulators about the sale of any of its 14 plants.";
        assert!(attached(text, "not been contacted").is_none());
        let text = "The Brackwell Echo reported on Tuesday that the battery maker Sunhollow Energy had approached two carmakers about buying their sites for \u{a3}200m.\n\nVeltra said on Wednesday it had not been approached about the sale of any of its 14 plants.";
        assert!(attached(text, "not been approached").is_none());
    }

    #[test]
    fn a_groups_figures_are_those_of_the_one_who_speaks_for_its_body() {
        // (seen: a traders' association's chair, a council's cabinet member)
        let text = "Cllr Declan Ferrier, cabinet member for transport, said the closures would cut through-traffic by up to 60%.\n\nGordon Pyle, who chairs the Saltergate Traders' Association, said takings at some shops had fallen by a fifth during a six-week trial of the closures last autumn.\n\n\u{201C}People won't sit in queues on the ring road to buy a loaf of bread,\u{201D} he said.\n\nAsked about the traders' figures, Cllr Ferrier said: \u{201C}I'm not going to trade numbers with anyone tonight.\u{201D}";
        assert_eq!(
            answers(text, "trade numbers", "takings"),
            ResponseKind::NonDenial
        );
        // The same shape in other words: residents and their group.
        let text = "The water company said 98% of homes had their supply back by Friday.\n\nAnne Lowe, secretary of the Millbrook Residents Action Group, said 140 homes had been without water for nine days.\n\n\u{201C}Nobody came to tell us anything,\u{201D} she said.\n\nThe water company declined to comment on the residents' figures.";
        assert_eq!(
            answers(text, "residents' figures", "140 homes"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_questioner_from_the_floor_puts_a_claim_without_a_question_mark() {
        // (seen: a press conference; the label gives the journalist's outlet)
        let text = "Speakers: Laura Bettencourt, Minister for Civil Protection; Nuno Carvalhal, Chief Fire Officer\n\nMINISTER BETTENCOURT: Good morning. The government will pay emergency grants of up to 10,000 crowns to every family whose home has been destroyed.\n\nANA LOBO (Valmont Herald): Minister, the Herald reported on Thursday that five of the region's 14 water bombers were grounded. Is that true?\n\nMINISTER BETTENCOURT: No, that is not true. Two aircraft were in scheduled maintenance.\n\nSOFIA MENDES (RTV Sul): Chief, residents in Ribaforte told us the evacuation order came by text message two hours after the fire reached the village.\n\nCHIEF CARVALHAL: That's wrong. The order for Ribaforte was issued at 14:10 on Thursday.";
        assert_eq!(
            answers(text, "That's wrong", "two hours after the fire"),
            ResponseKind::Denied
        );
        // The same shape in other words: the first question from the floor
        // is a statement.
        let text = "ANNE HALE: We will open three new bus routes to the north of the city in September.\n\nTOM REID (Daily Post): Councillor, parents told us the 14 school bus routes were cut without any consultation last year.\n\nANNE HALE: That is not true. We consulted for six weeks.";
        assert_eq!(
            answers(text, "That is not true", "without any consultation"),
            ResponseKind::Denied
        );
        // (the verb and its negation in one word, seen under a label and
        // said the same way in quotation marks)
        let text = "FIADH MURGATROYD: The council leader, Akinwale Mellor, says he offered you \u{a3}1.2 million a year to keep the base open, and you turned it down.\n\nRINTOUL: No, that isn't true. There was a conversation about a one-off grant.";
        assert_eq!(
            answers(text, "that isn't true", "offered you"),
            ResponseKind::Denied
        );
        let text = "Parents say the 14 school bus routes were cut without any consultation last year.\n\n\u{201C}That wasn't true then and it isn't now,\u{201D} the councillor, Anne Hale, said.";
        assert_eq!(
            answers(text, "wasn't true", "without any consultation"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_question_of_how_long_is_answered_on_the_claim_giving_a_length_of_time() {
        // (seen: a council meeting on library closures)
        let text = "Opposition councillor Jane Hart said the public consultation had run for only 19 days and had closed on March 30, before many residents knew the branches were at risk.\n\nAccording to a report presented to the cabinet, 212 people responded to the consultation, and 87 per cent of them opposed the closures.\n\nAsked after the meeting whether the consultation had been long enough, Cllr Ramasamy said: \u{201C}I'm not going to relitigate the process tonight.\u{201D}";
        assert_eq!(
            answers(text, "relitigate", "19 days"),
            ResponseKind::NonDenial
        );
        // The same shape in other words.
        let text = "Residents said the bridge repairs had been promised for six weeks but had already taken five months.\n\nThe county said 14,000 vehicles a day used the bridge before it closed in March.\n\nAsked how long the bridge would stay shut, a county spokesperson declined to comment.";
        assert_eq!(
            answers(text, "declined to comment", "six weeks"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_body_called_by_a_short_form_does_not_answer_its_own_claim() {
        // A firm shown by an apposition, then its silence as "the firm",
        // answering what was said of it, not the nearest claim.
        let text = "Tenants said Marlow Keane, a property developer, had cut off the heating in 30 flats in January.\n\nCouncillor Ann Price said 212 complaints had been made to the council this winter.\n\nThe firm did not respond to requests for comment.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("cut off the heating"));
    }

    #[test]
    fn a_refusal_to_guess_that_names_nothing_answers_no_claim() {
        let lead = "Harrowden Shoes is to close its Kettering factory with the loss of 180 jobs and sell its children's brand to a rival for \u{a3}40m, the company said.\n\nSales fell 6% to \u{a3}212 million in the year to March.\n\n";
        for (answer, words) in [
            ("Asked on a call with analysts whether the rest of the business could also be sold, Ms Brudenell said: \"I'm not going to speculate about that.\"", "speculate"),
            ("\"I am not going to speculate about that today,\" Ms Brudenell said.", "speculate"),
            ("Asked whether any staff would be offered jobs at the rival's factory, she said: \"It's too early to say.\"", "too early"),
            ("Asked on Thursday whether the Kettering shop was also at risk, Brudenell said it was \"too early to say\".", "too early"),
        ] {
            let text = format!("{lead}{answer}");
            let (kind, claim) = attached(&text, words).unwrap();
            assert_eq!(kind, ResponseKind::NonDenial, "{answer}");
            assert_eq!(claim, None, "{answer}");
        }
        // (the name of who says it, opening the sentence)
        assert!(super::speculates_on_nothing(&toks(
            "Brudenell said it was \"too early to say\"."
        )));
        // Near misses: a guess refused about a thing named, or while
        // something goes on, answers the claim before it.
        for answer in [
            "\"I'm not going to speculate about the brand's sale price,\" Ms Brudenell said.",
            "\"We're not going to speculate while the sale goes through,\" Ms Brudenell said.",
        ] {
            let text = format!("{lead}{answer}");
            let (_, claim) = attached(&text, "speculate").unwrap();
            assert!(claim.is_some(), "{answer}");
        }
    }

    #[test]
    fn a_spokesperson_named_by_the_body_does_not_answer_the_bodys_claim() {
        // (seen: a live blog, the operator's account, then an MP's claim,
        // then "A Brantide spokesperson said: \"That is not correct.\"")
        let text = "Brantide Rail says the 16:52 service from Selworth stopped in the Sallowcombe Tunnel at about 17:10 after losing power.\n\nRuan Dunhallow, the MP for Selworth, said this was the third time this year that a train had broken down inside the tunnel.\n\nA Brantide spokesperson said: \"That is not correct. There has been one other incident in the tunnel this year.\"";
        assert_eq!(
            answers(text, "That is not correct", "third time this year"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Marlowe Ferries says the 09:15 sailing from Carrick left the harbour at about 09:40 after a fault with its ramp.\n\nCouncillor Edith Fane said this was the fourth time this month that a sailing had been delayed at the harbour.\n\nA Marlowe spokeswoman said: \"That is wrong. There has been one other delay at the harbour this month.\"";
        assert_eq!(
            answers(text, "That is wrong", "fourth time this month"),
            ResponseKind::Denied
        );
        // Near misses: a spokesperson for another body, or one named by no
        // body, may answer the body's claim.
        let text = "Brantide Rail says the 16:52 service from Selworth stopped in the Sallowcombe Tunnel at about 17:10 after losing power.\n\nA Network Rail spokesperson said: \"That is not correct. The train stopped at 17:25.\"";
        assert_eq!(
            answers(text, "That is not correct", "16:52 service"),
            ResponseKind::Denied
        );
        assert_eq!(super::spokesperson_of("a council spokesman"), None);
        assert_eq!(
            super::spokesperson_of("A Brantide spokesperson"),
            Some("Brantide")
        );
    }

    #[test]
    fn the_findings_dismissed_are_the_first_a_study_told() {
        // (seen: a study, then the maker's reply, then "the company"
        // dismissing "the findings")
        let text = "Bumblebee colonies exposed to a garden pesticide produced a third fewer queens, according to a study published on Wednesday.\n\nThe product is sold under 14 brand names, according to a trade register.\n\nVesper Agri, which makes the best-known spray, said the researchers had applied it \"far more often than any gardener would\".\n\nIn a statement, the company dismissed the study as \"deeply flawed\".";
        assert_eq!(
            attached(text, "deeply flawed"),
            Some((
                ResponseKind::Denied,
                Some("Bumblebee colonies exposed to a garden pesticide produced a third fewer queens, according to a study published on Wednesday.".to_string())
            ))
        );
        // The same shape in other words.
        let text = "Hedgehogs in towns travel twice as far each night as those in the countryside, according to a study published on Monday.\n\nResearchers at the University of Carrow tracked 60 animals for a year.\n\nThey found that 40% of the town animals crossed a main road every night.\n\nA spokesman for the Roads Federation said 9,000 hedgehogs were killed on roads each year.\n\nThe federation dismissed the findings as \"alarmist\".";
        let (kind, claim) = attached(text, "alarmist").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("twice as far"));
        // Near miss: findings of a named inquiry are sought by their words,
        // not as the first a study told.
        let text = "Hedgehogs in towns travel twice as far each night, according to a study published on Monday.\n\nAn inquiry by the county council found that 300 road signs were missing.\n\nThe roads department rejected the findings of the inquiry into road signs as \"out of date\".";
        let (_, claim) = attached(text, "out of date").unwrap();
        assert!(!claim.unwrap().contains("twice as far"));
    }

    #[test]
    fn a_report_told_of_after_the_answer_is_not_what_it_answers() {
        // (seen: a live blog, "… confirmed it was told about a loose plate
        // on the bridge in August, and says it passed the report to …")
        let text = "The Gazette reported that the council had spent \u{a3}2m on consultants last year.\n\nThe leader said the money had been well spent.\n\nResidents said they had reported a sinkhole on Mill Lane to the council in May.\n\nThe council confirmed it was told about the sinkhole in May, and said it passed the report to its engineers the same day.";
        let (kind, claim) = attached(text, "told about the sinkhole").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("reported a sinkhole"));
        // Near miss: the report named in the answer's own clause.
        let text = "Residents said a sinkhole had opened on Mill Lane in May.\n\nThe Gazette reported that the council had spent \u{a3}2m on consultants last year.\n\nThe council declined to comment on the report.";
        let (kind, claim) = attached(text, "comment on the report").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.unwrap().contains("consultants"));
    }

    #[test]
    fn a_party_described_in_an_apposition_answers_what_names_it_so() {
        let t = toks("Corrie Mercantile Bank, the retailer's main lender, did not respond to requests for comment.");
        assert_eq!(
            super::described_as(&t),
            Some(("retailer's".to_string(), "lender".to_string()))
        );
        // (not a plain apposition of a person's role)
        let t = toks("Jo Hart, the paper's editor, did not respond.");
        assert_eq!(
            super::described_as(&t),
            Some(("paper's".to_string(), "editor".to_string()))
        );
        let t = toks("Jo Hart, who edits the paper, did not respond.");
        assert_eq!(super::described_as(&t), None);
        // The same shape in other words, attached.
        let text = "Tenants said the landlord's agents had raised rents by 30% at Mill Court in January.\n\nCouncillor Ann Price said 212 complaints had been made to the council this winter.\n\nA council spokeswoman said the complaints were being looked at.\n\nThe council said it would inspect 40 blocks of flats in the town by March.\n\nRents across the town rose 9% last year, according to the lettings site Homeview.\n\nHalcyon Lettings, the landlord's managing agent, did not return calls.";
        let (kind, claim) = attached(text, "did not return calls").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("raised rents"));
    }

    #[test]
    fn one_who_grants_a_saying_answers_the_claim_that_tells_of_it() {
        // (seen: a witness under cross-examination)
        let text = "Under cross-examination, Mr Birtwhistle suggested that the witness had invented his account in the hope of a shorter sentence.\n\n\"That's not true. I've got nothing to gain,\" Mr Higginbottom replied.\n\nMr Birtwhistle then put it to him that he had told a fellow prisoner in June that he would \"say whatever gets me out quickest\".\n\n\"Yes, I said that, but it was a joke,\" the witness said.";
        let (kind, claim) = attached(text, "Yes, I said that").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("fellow prisoner"));
        // The same shape in other words.
        let text = "Counsel suggested that the driver had been on his phone when the lorry hit the cyclist.\n\n\"I wasn't,\" Mr Pell replied.\n\nCounsel then put it to him that he had told a colleague that evening that he \"never saw the bike\".\n\n\"Yes, I said that, but I was in shock,\" the driver said.";
        let (kind, claim) = attached(text, "Yes, I said that").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("colleague"));
        // A near miss: the reporter's "said" is no saying granted ("The
        // council confirmed the figure, but said …" after a councillor's
        // claim of what officers had told boat owners).
        let text = include_str!("../../tests/extract-data/council-moorings.txt");
        let (kind, claim) = attached(text, "The council confirmed the figure").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("on consultants"));
    }

    #[test]
    fn her_account_is_the_whole_of_what_the_last_teller_told() {
        // (seen: "The cabinet member for highways, Cllr Kingsley Grimshaw,
        // rejected her account.", after a councillor's claim and a
        // contractor's engineer's that she relayed)
        let text = "Cllr Damaris Blenkinsop told Tuesday's cabinet meeting that signs on Tanhouse Street had been fixed too low until February, making 14,260 penalty notices unenforceable.\n\n\"The council has taken more than \u{a3}840,000 from motorists it had no right to fine,\" she said.\n\nShe said one of the contractor's engineers had told her the posts were moved on 16 February.\n\nThe cabinet member for highways, Cllr Kingsley Grimshaw, rejected her account.";
        let (kind, claim) = attached(text, "rejected her account").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("fixed too low"));
        // The same shape in other words: his account, told first.
        let text = "Parish councillor Owen Tregear said the quarry had blasted on 14 days in March, against a limit of eight.\n\nHe said a driver at the quarry had told him the logbook was kept in pencil.\n\nThe operator, Callow Aggregates, disputed his account.";
        let (kind, claim) = attached(text, "disputed his account").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("blasted"));
        // His figures: the last teller's, before a claim nearer that
        // names the party.
        let text = "The council expects to inspect about 460 houses in the scheme's first year, according to the cabinet report.\n\nCouncillor Meirion Abernook said the council had left three of its seven housing enforcement posts vacant for more than a year.\n\n\"You can't enforce a new scheme with a team that can't enforce the old one,\" he said.\n\nThe council disputed his figures.";
        let (kind, claim) = attached(text, "disputed his figures").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("vacant"));
        let text = "The trust expects to treat about 900 patients a week, according to its annual plan.\n\nDr Selma Ruddock said 40 beds on the Aldgate ward had been closed since March.\n\nThe trust disputed her figure.";
        let (kind, claim) = attached(text, "disputed her figure").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("40 beds"));
        // Near misses: "her claim" is the one just told; and an account
        // that is the party's own names no other teller.
        let text = "Local MP Wynne Barraclough said the hail warning was issued at 13:00, barely an hour before the storm.\n\nMs Barraclough also said an inspection in 2024 had rated the Bagshaw Lane substation as at risk from lightning.\n\nWrexley Power Networks disputed her claim.";
        let (_, claim) = attached(text, "disputed her claim").unwrap();
        assert!(claim.unwrap().contains("substation"));
        assert!(super::pronoun_teller(
            &toks("Ms Fenwick stood by her account."),
            3,
            &extract("Ms Fenwick said the road was shut in May.\n\nShe said the council had known since April.", None).candidates,
            Some("Ms Fenwick"),
        )
        .is_empty());
    }

    #[test]
    fn one_who_answers_for_a_body_named_in_capitals_answers_what_names_it() {
        // (seen: "Brindley Lyle's managing director, Piers Vey, did not
        // reply to an email")
        assert_eq!(
            super::capitalised_owner("Brindley Lyle's managing director"),
            Some("Brindley Lyle")
        );
        assert_eq!(
            super::capitalised_owner("the council's head of planning"),
            None
        );
        assert_eq!(super::capitalised_owner("Its chief executive"), None);
        let text = "Campaigners said the council had agreed to sell the old depot to Carrow Vale before the consultation began.\n\nA council spokeswoman said 300 people had responded to the consultation.\n\nThe opposition leader said the process had been rushed.\n\nCarrow Vale's chairman, Tom Reid, did not reply to an email.";
        let (kind, claim) = attached(text, "did not reply").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("old depot"));
    }

    #[test]
    fn a_plea_after_a_lead_a_court_heard_answers_the_lead() {
        // (seen: "…, a court has heard." then the plea, then "Opening the
        // prosecution case, … KC said …")
        let text = "A builder took deposits for 40 kitchens he never fitted, a court has heard.\n\nMark Dale, 44, of Hale Road, denies nine counts of fraud.\n\nOpening the prosecution case on Monday, Anne Carr KC said the deposits had totalled \u{a3}212,000.";
        let (kind, claim) = attached(text, "denies nine counts").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.unwrap().contains("never fitted"));
        // The same shape in other words.
        let text = "A nursery worker left a toddler alone in a locked garden for two hours, a jury was told.\n\nSian Pell, 29, denies one count of child neglect.\n\nProsecutor Tom Hale said the child was found by a parent at 4pm.";
        let (_, claim) = attached(text, "denies one count").unwrap();
        assert!(claim.unwrap().contains("locked garden"));
    }

    #[test]
    fn a_plea_after_a_line_of_the_outlets_goes_back_to_the_charge_before() {
        // (seen: the lead a court heard, a line on who is on trial, the
        // pleas, then the prosecution's opening; read in the whole article)
        let page = include_str!("../../tests/extract-data/courts-bribery.txt");
        let x = extract(page, NaiveDate::from_ymd_opt(2026, 10, 14));
        let answered = |plea: &str| {
            x.candidates
                .iter()
                .find(|c| c.responses.iter().any(|r| r.quote.contains(plea)))
                .map(|c| c.quote.as_str())
        };
        assert!(answered("offering one").is_some_and(|q| q.contains("a court has heard")));
        // The same shape in other words.
        let text = "A roofer charged 23 elderly homeowners for repairs that were never done, a jury was told.\n\nGareth Polden, 39, of Mill Lane, is on trial at Fenbury Crown Court with his former business partner, Neil Amos, 41.\n\nPolden denies eleven counts of fraud. Amos denies two counts of helping him.\n\nProsecutor Iona Merritt said Polden had targeted people in their eighties.";
        let (_, claim) = attached(text, "denies two counts").unwrap();
        assert!(claim.unwrap().contains("never done"));
        // (a court named in the report's opening account makes the charge
        // too, and the plea stays with it)
        let text = "A garden furniture importer smuggled more than 14 million counterfeit cigarettes into Britain hidden inside sofas, a court has heard.\n\nGarfield Purslow, 52, used his company to bring 23 containers through Sallowport docks between March 2023 and August 2024, evading about \u{a3}6.8m in duty, Harbridge Crown Court was told on Tuesday.\n\nMr Purslow denies conspiracy to evade excise duty.\n\nOpening the case for the prosecution, Elfrida Trevanion KC told the jury that Border Force officers found the cigarettes on 9 August 2024.";
        let (_, claim) = attached(text, "denies conspiracy").unwrap();
        assert!(claim.unwrap().contains("evading"));
    }

    #[test]
    fn all_a_party_said_only_that_is_a_non_denial() {
        let told = |text: &str| {
            let t = toks(text);
            let lows: Vec<&str> = t.iter().map(|t| t.low()).collect();
            super::told_answer(&t, &lows).map(|(k, _)| k)
        };
        assert_eq!(
            told("Asked about the report, Markwick said only that the company had \"the full support of our banks\"."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told(
                "Asked about the merger, the chairman says only that talks are at an early stage."
            ),
            Some(ResponseKind::NonDenial)
        );
        // Near misses: "only" of a number, or not of the saying.
        assert_eq!(told("The chairman said only 12 staff would move."), None);
        assert_eq!(
            told("The chairman said that only 12 staff would move."),
            None
        );
    }

    #[test]
    fn not_recognising_what_another_reckoned_or_remarked_is_a_non_denial() {
        let told = |text: &str| {
            let t = toks(text);
            let lows: Vec<&str> = t.iter().map(|t| t.low()).collect();
            super::told_answer(&t, &lows).map(|(k, _)| k)
        };
        // (seen: a trust, and a council)
        assert_eq!(
            told("The trust said it did not recognise the average lengths of stay calculated by the charity."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The council said it did not recognise the remark Mrs Dorrell described."),
            Some(ResponseKind::NonDenial)
        );
        // The same shapes in other words.
        assert_eq!(
            told("The department does not recognise the waiting times quoted by the union."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("She said the company did not recognise the statement attributed to its founder."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The council did not recognise the totals compiled by residents."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The operator did not recognise the journey times given by campaigners."),
            Some(ResponseKind::NonDenial)
        );
        // (not accepting such a thing denies it, as not accepting the
        // figures does)
        assert_eq!(
            told("The council did not accept the totals compiled by residents."),
            Some(ResponseKind::Denied)
        );
        // Near misses: a person not recognised, people rather than a thing
        // pointed at, and a thing too far from its verb.
        assert_eq!(
            told("The witness said she did not recognise the man in the photograph."),
            None
        );
        assert_eq!(
            told("The witness said she did not recognise the car described by the officer."),
            None
        );
        assert_eq!(
            told("The officer said he did not recognise most people quoted by the paper."),
            None
        );
        assert_eq!(
            told("The referee said he did not recognise the two players given a ban."),
            None
        );
        assert_eq!(
            told("The trust did not recognise the cost of the two new wards calculated by the charity."),
            None
        );
    }

    #[test]
    fn a_figure_pointed_at_is_a_number_not_a_claim_that_speaks_of_figures() {
        // (seen: "Fennick Hospitals Trust confirmed the figure for its
        // hospital" after "…, official figures show" and "At Fennick
        // General Hospital, 212 patients waited …")
        let text = "Patients waited an average of nine hours in A&E departments in January, official figures show.\n\nAt Carrow Royal Infirmary, 300 patients waited more than 12 hours in January, the Post has learned.\n\nThe health minister said a winter plan had been published in October.\n\nNurses said corridors had been used as wards on most nights.\n\nCarrow Health Board confirmed the figure for its infirmary.";
        let (kind, claim) = attached(text, "confirmed the figure").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.clone().unwrap().contains("300 patients"), "{claim:?}");
    }

    #[test]
    fn a_refusal_related_in_the_partys_words_after_the_reporters_pronoun_is_declined() {
        let kind = |answer: &str| {
            let text = format!("Families said complaints about care on the wards had doubled in a year.\n\n{answer}");
            attached(&text, "individual cases").map(|(k, _)| k)
        };
        // (seen: a trust spokesperson)
        assert_eq!(
            kind("Asked about the complaints, a trust spokesperson said it \"would not comment on individual cases\"."),
            Some(ResponseKind::Declined)
        );
        assert_eq!(
            kind("The club said he \"would not comment on individual cases\"."),
            Some(ResponseKind::Declined)
        );
        // In the party's own words, a non-denial.
        assert_eq!(
            kind("\"We do not comment on individual cases,\" a spokesperson said."),
            Some(ResponseKind::NonDenial)
        );
    }

    #[test]
    fn a_promise_to_look_at_what_was_said_is_a_non_denial() {
        let told = |text: &str| {
            let t = toks(text);
            let lows: Vec<&str> = t.iter().map(|t| t.low()).collect();
            super::told_answer(&t, &lows).map(|(k, _)| k)
        };
        assert_eq!(
            told("Fennick Ambulance Service said it would \"look carefully at\" what the paramedics had described."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The trust said it will look into the concerns raised by families."),
            Some(ResponseKind::NonDenial)
        );
        // (seen: a refinery's owner, and a rail operator's landslip)
        assert_eq!(
            told("Corwater said it was checking its call records."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The council said it was checking its records for the residents' reports."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The airline said it would check their booking logs."),
            Some(ResponseKind::NonDenial)
        );
        // Near misses: a plan, not an answer.
        assert_eq!(
            told("The council said it would look at options for the site."),
            None
        );
        assert_eq!(
            told("The council said it was checking its budget for next year."),
            None
        );
        assert_eq!(told("The board will look at the budget in March."), None);
        // Reviewing what was found, in other words.
        assert_eq!(
            told("Another manufacturer, Greyfell Outdoor, said it was \"reviewing the research carefully\"."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(told("The council will review the scheme next year."), None);
        // Looking into why it happened, the present or the past, marks in
        // the phrase.
        assert_eq!(
            told("A council spokesman said it was \"looking into\" why some residents had not received the alert."),
            Some(ResponseKind::NonDenial)
        );
        assert_eq!(
            told("The operator says it is looking at why the doors opened early."),
            Some(ResponseKind::NonDenial)
        );
        // Near misses: looking at a plan, not at what happened.
        assert_eq!(
            told("The council said it was looking at options for the depot."),
            None
        );
        assert_eq!(told("She is looking into buying the shop."), None);
        let text = "One resident, Elspeth Marrow, said she had not received the council's text alert and heard about the evacuation from a neighbour.\n\nThe fire service said 14 homes had been evacuated on Thursday.\n\nA council spokesman said it was \"looking into\" why some residents had not received the alert.";
        let (kind, claim) = attached(text, "looking into").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert!(claim.unwrap().contains("text alert"));
        // What it looks at was told by those it names.
        let text = "Three nurses at Carrow General told the Post that patients had been left on trolleys for 30 hours.\n\nThe health minister said 2,000 extra beds would open by March.\n\nThe charity Patients First said it would publish a review in June.\n\nThe health board said it would look into what the nurses had described.";
        let (kind, claim) = attached(text, "look into what").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert!(claim.unwrap().contains("trolleys"));
    }

    #[test]
    fn readings_confirmed_are_a_claim_with_a_number() {
        // (seen: "has confirmed the readings reported by the Herald")
        let text = "The Echo reports that gauges on the river recorded a rise of 2.4 metres overnight.\n\nThe Echo also reports that residents in Mill Lane warned the agency about flooding last winter.\n\nThe Environment Agency has confirmed the measurements reported by the Echo.";
        let (kind, claim) = attached(text, "confirmed the measurements").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("2.4 metres"));
    }

    #[test]
    fn a_silence_answers_the_claim_that_calls_the_party_the_company() {
        let text = "About 4,000 of the trust's patients were moved last autumn to a private provider, Clarivue Eye Partners.\n\nAccording to two consultants at the trust, the company has been unable to recruit enough optometrists and has seen fewer than half of the patients it took on.\n\nClarivue Eye Partners did not respond to requests for comment.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("unable to recruit"));
        // The same shape in other words: "the firm", a firm by the word
        // that closes its name.
        let text = "Cleaning of the blocks is carried out by Stennard Facilities, whose contract runs until March 2028. Ms Hale said the firm's fees had risen by 40% since it won the contract.\n\nThe council said every toilet would reopen in May.\n\nStennard Facilities did not return calls on Monday.";
        let (_, claim) = attached(text, "did not return calls").unwrap();
        assert!(claim.unwrap().contains("fees had risen"));
        // Near misses: "the company" as the teller ("a spokeswoman for the
        // company said") is the party's own; "the company" standing for
        // another firm named later.
        let text = "Track operator Cliffrail Infrastructure said the line would stay closed until at least 16 November.\n\n\"About 6,000 tonnes of rock slid onto the line,\" a spokeswoman for the company said.\n\nThe rail union Tracklink said its members had asked for a speed limit on the stretch last week after spotting loose rock. Cliffrail Infrastructure did not respond to the union's statement.";
        let (_, claim) = attached(text, "did not respond").unwrap();
        assert!(claim.unwrap().contains("speed limit"));
        let text = "About 4,000 patients were moved last autumn to a private provider, Clarivue Eye Partners.\n\nThe work was later passed to Dunmore Health Services. According to two consultants at the trust, the company has been unable to recruit enough optometrists.\n\nClarivue Eye Partners did not respond to requests for comment.";
        let (_, claim) = attached(text, "did not respond").unwrap();
        assert!(!claim.unwrap().contains("unable to recruit"));
    }

    #[test]
    fn a_silence_answers_the_claim_that_calls_the_party_by_the_firms_noun_it_gives() {
        let text = "The Wadsworth Echo reported last week that a duty manager had told lifeguards in June that the ceiling contained asbestos.\n\nHe said the board had been disturbed only when the lighting work began, and that the contractor had not checked the building's asbestos register before drilling into the ceiling.\n\nThe pool will stay shut until the spring, the council said.\n\nCrabtree & Ingham, the electrical contractor, did not respond to requests for comment.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert!(claim.unwrap().contains("asbestos register"));
        // The same shape in other words.
        let text = "Tenants told the Chronicle last month that the flats had been let without gas safety certificates.\n\nMs Hale said the agent had ignored her complaints for a year.\n\nThe landlord said every flat would be inspected by March.\n\nPellow Lettings, the letting agent, did not return calls.";
        let (_, claim) = attached(text, "did not return calls").unwrap();
        assert!(claim.unwrap().contains("ignored her complaints"));
        // Near miss: a word that is not a firm's noun ("the former owner")
        // names no firm.
        let text = "Tenants told the Chronicle last month that the flats had been let without gas safety certificates.\n\nMs Hale said the owner had ignored her complaints for a year.\n\nThe landlord said every flat would be inspected by March.\n\nPellow Lettings, the former owner, did not return calls.";
        let (_, claim) = attached(text, "did not return calls").unwrap();
        assert!(!claim.unwrap().contains("ignored her complaints"));
    }

    #[test]
    fn a_question_of_what_will_be_is_put_only_by_a_claim_that_looks_ahead() {
        let text = "Seagrass covers less than 0.2% of the ocean floor but stores about 10% of the carbon buried in ocean sediments each year, according to previous research.\n\nThe Department for Environment did not respond to questions about whether seagrass would be counted in the national carbon accounts.";
        let (kind, claim) = attached(text, "did not respond").unwrap();
        assert_eq!(kind, ResponseKind::NoResponse);
        assert_eq!(claim, None);
        // The same shape in other words.
        let text = "The spray was the second best-selling garden insecticide in 2025, according to the Horticultural Trades Register.\n\nThe board would not say whether garden sales of the spray could be suspended.";
        let (_, claim) = attached(text, "would not say").unwrap();
        assert_eq!(claim, None);
        // Near misses: a claim that looks ahead puts it; a question of
        // what was is put by a claim of the past.
        let text = "The spray will be withdrawn from garden centres in March, the Horticultural Trades Register said on Monday.\n\nThe board would not say whether garden sales of the spray would be suspended before then.";
        let (_, claim) = attached(text, "would not say").unwrap();
        assert!(claim.unwrap().contains("withdrawn"));
        let text = "The spray was the second best-selling garden insecticide in 2025, according to the Horticultural Trades Register.\n\nThe board would not say whether garden sales of the spray had been counted.";
        let (_, claim) = attached(text, "would not say").unwrap();
        assert!(claim.unwrap().contains("best-selling"));
    }

    #[test]
    fn a_question_opened_by_when_or_what_after_a_verb_of_telling_is_a_topic() {
        // "declined to say when inspectors would return": the question's
        // words are the topic, and a claim of what was does not put it.
        let text = "The unit was rated as requiring improvement by the Care Standards Commission after an inspection in May. A spokesperson for the commission declined to say when inspectors would return.";
        let (kind, claim) = attached(text, "declined to say when").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert_eq!(claim, None);
        // The same shape in other words.
        let text = "Harlow Freight closed its Wyvern Road depot in March after a fire, the Gazette reported.\n\nThe firm would not say what the new rota would cost drivers.";
        let (_, claim) = attached(text, "would not say what").unwrap();
        assert_eq!(claim, None);
        // (a question's "any" is asked, as after "whether")
        let text = "The unit was rated as requiring improvement by the Care Standards Commission after an inspection in May. The commission would not say when any inspectors would return.";
        let (_, claim) = attached(text, "would not say when").unwrap();
        assert_eq!(claim, None);
        // Near misses: a claim that looks ahead on the question's words
        // puts it; a question of what was is put by a claim of the past.
        let text = "Inspectors from the Care Standards Commission will return to the unit in March, according to the trust's board papers.\n\nA spokesperson for the commission declined to say when inspectors would return.";
        let (_, claim) = attached(text, "declined to say when").unwrap();
        assert!(claim.unwrap().contains("board papers"));
        let text = "Harlow Freight closed its Wyvern Road depot in March after a fire, the Gazette reported.\n\nThe firm would not say what had caused the fire at the depot.";
        let (_, claim) = attached(text, "would not say what").unwrap();
        assert!(claim.unwrap().contains("Wyvern Road"));
    }

    #[test]
    fn a_question_of_what_will_be_is_asked_after_where_and_when_it_was_put() {
        // (seen: "Asked on a radio programme on Wednesday whether she
        // would …": the question opens six words after "Asked")
        let text = "At Marshgate University Hospitals NHS Trust, patients referred to the TB clinic waited an average of nine weeks for treatment last year, according to figures from the trust.\n\nAsked on a radio programme on Wednesday whether she would set a target for the time between referral and treatment, Ms Arbuthnot said: \"I'm not going to pluck a number out of the air.\"";
        let (kind, claim) = attached(text, "pluck a number").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert_eq!(claim, None);
        // The same shape in other words.
        let text = "Buses on the Harlow Road route ran late on 41% of journeys in March, according to the operator's figures.\n\nAsked by reporters outside the depot on Friday if the route would be cut, the managing director said: \"I'm not going to speculate.\"";
        let (_, claim) = attached(text, "not going to speculate").unwrap();
        assert_eq!(claim, None);
        // Near miss: a claim that looks ahead on the question's words
        // puts it.
        let text = "The trust will set a target for the time between referral and treatment next year, the health board said in March.\n\nAsked on a radio programme on Wednesday whether she would set a target for the time between referral and treatment, Ms Arbuthnot said: \"I'm not going to pluck a number out of the air.\"";
        let (_, claim) = attached(text, "pluck a number").unwrap();
        assert!(claim.unwrap().contains("next year"));
    }

    #[test]
    fn a_confirmation_that_a_deed_is_under_way_grants_the_claim_that_names_it() {
        let text = "Its regional organiser, Mhairi Drummock, said managers had told shop stewards in April that a review of the Dunvarrick operation would report by the end of the summer.\n\nA company spokeswoman confirmed that a review was under way but said it covered all four of the group's sites.";
        let (kind, claim) = attached(text, "confirmed that a review").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("shop stewards"));
        // The same shape in other words.
        let text = "The Evening Ledger reported on Monday that Harland Foods had held talks with two rival bakers about a merger.\n\nHarland confirmed that talks were ongoing.";
        let (kind, claim) = attached(text, "talks were ongoing").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("rival bakers"));
        // Near miss: another deed under way grants nothing told of a
        // review.
        let text = "Its regional organiser, Mhairi Drummock, said managers had told shop stewards in April that a review of the Dunvarrick operation would report by the end of the summer.\n\nThe plant had 210 staff last year.\n\nA company spokeswoman confirmed that an audit was under way.";
        assert!(attached(text, "an audit was").is_none_or(|(_, claim)| claim.is_none()));
    }

    #[test]
    fn condemning_what_was_found_grants_the_claim_that_found_it() {
        let put = "Inspectors found families with young children sharing one bathroom between 30 people at the Hepworth House hostel in August. The company that runs it is paid \u{a3}96 a night per family. Is that value for money?";
        let text = interview(put, "What was found at Hepworth House was unacceptable. I have asked the inspectors for a full report.");
        let (kind, claim) = attached(&text, "was unacceptable").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("one bathroom"));
        // The same shape in other words.
        let put = "Auditors discovered that \u{a3}2 million had been paid to firms that did no work. Is that right?";
        let text = interview(put, "What was discovered by the auditors is completely wrong, and it will not happen again.");
        let (kind, claim) = attached(&text, "completely wrong").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("did no work"));
        // Near misses: praise is no concession; what was found by another
        // verb than the claim's grants nothing.
        let text = interview(
            put,
            "What was discovered by the auditors is being looked at carefully.",
        );
        assert_ne!(
            attached(&text, "looked at").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        let put = "Inspectors reported families sharing one bathroom between 30 people at the hostel in August. Is that value for money?";
        let text = interview(put, "What was found at the hostel was unacceptable.");
        assert_ne!(
            attached(&text, "was unacceptable").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
    }

    #[test]
    fn a_confirmation_then_a_bare_refusal_both_answer_the_claim_confirmed() {
        // (not the claim before that names the party: the refusal is of
        // the why of what was confirmed)
        let text = "The island's civil protection agency has widened the exclusion zone around the Caldra volcano from 5km to 8km.\n\nLocal media are reporting that a second lava flow has reached the coast road north of Vellarossa. This could not be independently verified.\n\nThe civil protection agency confirmed that the coast road had been closed but would not say why.";
        assert_eq!(
            answers_of(text, "second lava flow"),
            vec![ResponseKind::Confirmed, ResponseKind::Declined]
        );
        // The same shape in other words.
        let text = "The Ledger reported on Monday that Harland Foods had sold its Corbrook depot to a rival.\n\nHarland confirmed that the depot had been sold but declined to elaborate.";
        assert_eq!(
            answers_of(text, "Corbrook depot"),
            vec![ResponseKind::Confirmed, ResponseKind::Declined]
        );
        // Near miss: a refusal with a matter of its own is weighed on its
        // own.
        let text = "Residents say 40 homes near the harbour were evacuated overnight.\n\nLocal media are reporting that a second lava flow has reached the coast road north of Vellarossa.\n\nThe civil protection agency confirmed that the coast road had been closed but would not say how many homes near the harbour had been evacuated.";
        assert_eq!(
            answers_of(text, "second lava flow"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn a_refusal_to_foresee_answers_only_a_claim_that_looks_ahead() {
        let put = "Last month the Harbourne Crier reported that the council had held talks with a marina operator about selling the moorings. Will the moorings be sold?";
        let text = interview(
            put,
            "I'm not going to speculate about what a future council might do.",
        );
        let (kind, claim) = attached(&text, "not going to speculate").unwrap();
        assert_eq!(kind, ResponseKind::NonDenial);
        assert_eq!(claim, None);
        // The same shape in other words.
        for answer in [
            "I'm not in the business of making promises about individual jobs.",
            "I'm not going to get into predictions on air.",
        ] {
            let text = interview(put, answer);
            let (_, claim) = attached(&text, answer).unwrap();
            assert_eq!(claim, None, "{answer}");
        }
        let text = "Last month the Harbourne Crier reported that the council had held talks with a marina operator about selling the moorings.\n\nAsked about the moorings on Monday, the council leader said: \"We will decide that in due course.\"";
        let (_, claim) = attached(text, "in due course").unwrap();
        assert_eq!(claim, None);
        // Near misses: a claim that looks ahead is answered; so is a
        // claim of the past by a refusal to speculate on its cause.
        let put = "The Harbourne Crier reported that the council will sell the moorings to a marina operator next year. Is that right?";
        let text = interview(
            put,
            "I'm not going to speculate about what a future council might do.",
        );
        let (_, claim) = attached(&text, "not going to speculate").unwrap();
        assert!(claim.unwrap().contains("sell the moorings"));
        let text = "A Marsh Water engineer, who did not want to be named, told this paper that a dosing pump at the Clay Hill works had failed on Tuesday night.\n\nMarsh Water said it would \"not speculate\" on the cause until its investigation was complete.";
        let (_, claim) = attached(text, "not speculate").unwrap();
        assert!(claim.unwrap().contains("dosing pump"));
    }

    #[test]
    fn a_confirmation_settles_a_report_running_just_before_past_a_live_blogs_furniture() {
        let text = "LIVE\n\n14:10\nPolice confirm prisoner escape\n\nMerebrook Police have confirmed that a prisoner escaped from custody at Stainmoor General Hospital this morning.\n\nShare\n\n13:05\nReports of escape\n\nThere is a large police presence at Stainmoor General Hospital, with armed officers at the main entrance. The Stainmoor Advertiser is reporting that a prisoner has escaped while being escorted to an appointment. A police helicopter has been circling over the east of the town for the past hour.\n\nShare\n\n12:40\nRoads closed\n\nPolice said the ring road was closed.";
        let (kind, claim) = attached(text, "have confirmed that a prisoner").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("being escorted"));
        // The same shape in other words, in order.
        let text = "Local media are reporting that the coast road has been closed.\n\nThe island's airport reopened at noon.\n\nThe civil protection agency later confirmed that the coast road had been closed between Vellarossa and Porto Sera since dawn.";
        let (kind, claim) = attached(text, "later confirmed").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("Local media"));
    }

    #[test]
    fn accepting_that_point_grants_the_point_pointed_out() {
        let text = "Dr Gwenda Brunnstrom, an ecologist who was not involved in the research, said the study was \"robust and important\", but pointed out that it measured bat activity rather than the size of bat populations.\n\n\"A fall in calls near a lamp tells you bats are avoiding that stretch of road,\" she said. \"That is the next question, and it is a harder one.\"\n\nDr Yelland accepted that point.";
        let (kind, claim) = attached(text, "accepted that point").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("bat activity rather than"));
        // The same shape in other words: no point pointed out, what was
        // told just before.
        let text = "The council said the bridge would reopen in May.\n\nResidents said the repairs had already cost \u{a3}2 million more than planned.\n\nThe council leader acknowledged the point.";
        let (kind, claim) = attached(text, "acknowledged the point").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("\u{a3}2 million"));
        // Near miss: a point of his own, a clause after it.
        let text = "Residents said the repairs had already cost \u{a3}2 million more than planned.\n\nThe council leader accepted the point about timing was fair.";
        assert_ne!(
            attached(text, "accepted the point")
                .map(|(_, c)| c.is_some_and(|c| c.contains("\u{a3}2 million"))),
            Some(true)
        );
    }

    #[test]
    fn taking_note_of_reports_then_refusing_to_confirm_them_refuses() {
        let text = "Unconfirmed reports on social media say a man matching his description was seen at a petrol station near Thrushcross.\n\nMerebrook Police said it was aware of the reports but would not confirm them.";
        let (kind, claim) = attached(text, "aware of the reports").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.unwrap().contains("petrol station"));
        // The same shape in other words.
        let text = "The Evening Ledger reported that the chief executive would step down in May.\n\nThe company said it was aware of the story but declined to comment further.";
        let (kind, _) = attached(text, "aware of the story").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        // Near miss: taking note, and nothing refused.
        let text = "The Evening Ledger reported that the chief executive would step down in May.\n\nThe company said it was aware of the story but that no decision had been taken.";
        let (kind, _) = attached(text, "aware of the story").unwrap();
        assert_ne!(kind, ResponseKind::Declined);
    }

    #[test]
    fn a_confirmation_then_a_refusal_after_but_are_two_answers() {
        let text = "The Sunday Gleaner reported at the weekend that the works had exceeded its limits for chromium discharges at least 11 times since 2024.\n\nIn a statement, the company said: \"Every sample we have taken is below the limit.\"\n\nThe Rivers and Waterways Agency confirmed it had opened an investigation in February but said it would not comment further while its inquiries were continuing.";
        assert_eq!(
            answers_of(text, "chromium discharges"),
            vec![ResponseKind::Confirmed, ResponseKind::Declined]
        );
        // The same shape in other words.
        let text = "The Ledger reported that the trust had paid a private clinic to carry out 40 operations a week.\n\nThe trust confirmed it had bought extra capacity from the clinic but declined to comment further until the contract was published.";
        assert_eq!(
            answers_of(text, "private clinic"),
            vec![ResponseKind::Confirmed, ResponseKind::Declined]
        );
        // Near miss: no refusal after "but", one confirmation.
        let text = "The Ledger reported that the trust had paid a private clinic to carry out 40 operations a week.\n\nThe trust confirmed it had bought extra capacity from the clinic but said the waiting list was falling.";
        assert_eq!(
            answers_of(text, "private clinic"),
            vec![ResponseKind::Confirmed]
        );
    }

    #[test]
    fn at_no_point_in_the_partys_own_words_denies() {
        let text = "The Sunday Gleaner reported that the Curriehill Road works had exceeded its permitted limits for chromium discharges at least 11 times since 2024.\n\nIn a statement, the company said: \"At no point have discharges from Curriehill Road breached our permit.\"";
        assert_eq!(
            answers(text, "At no point", "chromium discharges"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Residents told the Chronicle that the landlord had ignored their complaints about damp for two years.\n\n\"At no point did we ignore a single complaint,\" the landlord said.";
        assert_eq!(
            answers(text, "At no point", "ignored their complaints"),
            ResponseKind::Denied
        );
        // Near miss: the reporter's words, not the party's.
        let text = "Residents told the Chronicle that the landlord had ignored their complaints about damp for two years. At no point did the council inspect the flats.";
        assert_ne!(
            attached(text, "At no point").map(|(k, _)| k),
            Some(ResponseKind::Denied)
        );
    }

    #[test]
    fn an_answer_that_opens_by_agreeing_is_no_denial_for_a_negation_after() {
        let put = "Rents rose 7.4% in the year to September. That's the fastest rise for two years, isn't it?";
        let text = interview(put, "It is, and I'm not going to pretend that is anything other than a very hard number for millions of renters.");
        let (kind, claim) = attached(&text, "It is, and").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.unwrap().contains("fastest rise"));
        // The same shape in other words.
        let text = interview(put, "It was, and we will not let renters down.");
        let (kind, _) = attached(&text, "It was, and").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        // Near miss: an answer that opens by negating what was put denies.
        let text = interview(
            put,
            "It is not the fastest rise for two years; rents rose faster in 2024.",
        );
        let (kind, _) = attached(&text, "It is not").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
    }

    #[test]
    fn a_denial_naming_an_assurance_answers_the_claim_that_tells_of_one() {
        let text = "Its regional organiser, Roz Moffatt, said managers had told staff at a meeting in February that the site was \"safe for years to come\".\n\n\"People went out and signed mortgages on the strength of that,\" she said. \"Now they are being told to commute or take the redundancy money.\"\n\nA company spokeswoman said no such assurance had been given at the meeting.";
        assert_eq!(
            answers(text, "no such assurance", "safe for years to come"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "Parents said the head teacher had told them in June that no class would have more than 25 pupils.\n\n\"We chose the school because of that,\" one mother said. \"Now there are 32 in my son's class.\"\n\nThe trust said no such promise had been made.";
        assert_eq!(
            answers(text, "no such promise", "head teacher had told"),
            ResponseKind::Denied
        );
        // Near miss: a denial naming no assurance answers the claim before.
        let text = "Its regional organiser, Roz Moffatt, said managers had told staff at a meeting in February that the site was \"safe for years to come\".\n\n\"People went out and signed mortgages on the strength of that,\" she said. \"Now they are being told to commute or take the redundancy money.\"\n\nA company spokeswoman denied that staff were being told to commute.";
        assert_ne!(
            attached(text, "denied that staff")
                .and_then(|(_, c)| c)
                .map(|c| c.contains("safe for years")),
            Some(true)
        );
    }

    #[test]
    fn an_emphatic_did_in_the_partys_words_grants_the_report_it_names() {
        let text = "The Tavenham Evening News reported last week that the trust had stopped booking new IVF patients in June because of a shortage of embryologists.\n\nThe trust denied that it had stopped taking bookings. Its medical director, Dr Babajide Ogunlesi, said: \"Every patient referred to us since April has been offered a first appointment. We did lose two embryologists this summer, and we have recruited replacements who start in October.\"";
        assert_eq!(
            answers(text, "We did lose", "shortage of embryologists"),
            ResponseKind::Confirmed
        );
        // (and what follows ", and we have" is a claim of its own)
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(x.candidates.iter().any(|c| c.quote.contains("We did lose")));
        // The same shape in other words.
        let text = "The Ledger reported that the council had closed three libraries after losing its book fund.\n\n\"We did close three branches, but every one of them has reopened as a hub,\" the council leader said.";
        assert_eq!(
            answers(text, "We did close", "closed three libraries"),
            ResponseKind::Confirmed
        );
        // Near misses: "did not" grants nothing; nor does an emphatic
        // "did" sharing no word with the report.
        let text = "The Ledger reported that the council had closed three libraries after losing its book fund.\n\n\"We did not close three branches,\" the council leader said.";
        assert_ne!(
            attached(text, "We did not").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
        let text = "The Ledger reported that the council had closed three libraries after losing its book fund.\n\n\"We did try hard this year,\" the council leader said.";
        assert_ne!(
            attached(text, "We did try").map(|(k, _)| k),
            Some(ResponseKind::Confirmed)
        );
    }

    #[test]
    fn a_confirmation_of_who_paid_grants_the_claim_of_who_paid_in_other_words() {
        let text = "The Street Lighting Federation said the study had been part-funded by a charity that \"campaigns against LED streetlights\".\n\nProfessor Torben Oddsson, a co-author of the paper, confirmed that the Bat Survey Trust had paid for about a third of the fieldwork, but said the charity had played no part in designing the study.";
        assert_eq!(
            answers(
                text,
                "had paid for about a third",
                "part-funded by a charity"
            ),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "He also said the survey had been paid for by campaigners against intensive farming.\n\nThe university confirmed that a third of the funding came from the Hedgerow Trust, a wildlife charity.";
        assert_eq!(
            answers(text, "third of the funding", "paid for by campaigners"),
            ResponseKind::Confirmed
        );
        let text = "Opposition councillors said the festival had been bankrolled by a property developer.\n\nThe council confirmed that Kestrel Homes had sponsored two of the stages.";
        assert_eq!(
            answers(text, "had sponsored two", "bankrolled by a property"),
            ResponseKind::Confirmed
        );
        // Near misses: a payment confirmed after a claim that tells of no
        // one paying; a claim of who paid, then a confirmation of another
        // thing.
        let text = "Opposition councillors said the festival had lost money for three years running.\n\nThe council confirmed that Kestrel Homes had paid for two of the stages.";
        assert!(attached(text, "had paid for two")
            .is_none_or(|(_, c)| c.is_none_or(|c| !c.contains("lost money"))));
        let text = "Opposition councillors said the festival had been bankrolled by a property developer.\n\nThe council confirmed that the stages had been moved to the park.";
        assert!(attached(text, "stages had been moved")
            .is_none_or(|(_, c)| c.is_none_or(|c| !c.contains("bankrolled"))));
    }

    #[test]
    fn not_disputing_a_clause_grants_the_claim_it_names() {
        let text = "Crab fishermen at Sandling say their catches have halved since the dumping started in June.\n\nThe company's chief executive said: \"I don't dispute that catches are down. But landings are down right along this coast.\"";
        assert_eq!(
            answers(text, "dispute that catches", "catches have halved"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Patients' groups said waiting times at the clinic had doubled in a year.\n\nThe trust does not doubt that waiting times have risen, a spokesman said.";
        assert_eq!(
            answers(text, "does not doubt", "waiting times at the clinic"),
            ResponseKind::Confirmed
        );
        // Near misses: a question, and a doubt not negated.
        let text = "Crab fishermen at Sandling say their catches have halved since the dumping started in June.\n\nYou don't dispute that catches are down?";
        assert!(attached(text, "dispute that catches")
            .is_none_or(|(k, _)| k != ResponseKind::Confirmed));
        let text = "Patients' groups said waiting times at the clinic had doubled in a year.\n\nThe trust doubts that waiting times have risen, a spokesman said.";
        assert!(attached(text, "doubts that").is_none_or(|(k, _)| k != ResponseKind::Confirmed));
    }

    #[test]
    fn a_concession_of_what_was_left_undone_grants_the_claim_that_it_was_not_done() {
        let text = "Prof Kwabena Corlett, an ecologist at Drummoor University who was not involved in the research, called the study careful and important, but said it had not measured levels of the chemical in the birds themselves.\n\n\"Hot, dry summers push leatherjackets deeper into the soil, out of reach of starlings, and we have had a lot of those summers since 2005,\" he said. \"Untangling the weather from the chemical is very hard.\"\n\nLintott accepted that the team had not tested birds for residues, saying that doing so \"would have meant killing the birds we are trying to protect\".";
        assert_eq!(
            answers(text, "had not tested birds", "not measured levels"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Dr Anwen Maddox, an engineer at Corrin University who was not involved in the review, called the report thorough and fair, but said it had not tested the bearings of the bridge itself.\n\n\"Old steel fails quietly, long before the deck shows any sign of it, and we have seen a lot of that on old bridges since 2010,\" she said. \"You only find out when the deck moves.\"\n\nThe council acknowledged that its contractor had not measured the load on the bearings, adding that a survey was booked for May.";
        assert_eq!(
            answers(text, "not measured the load", "not tested the bearings"),
            ResponseKind::Confirmed
        );
    }

    #[test]
    fn a_witness_put_to_by_pronoun_concedes_in_the_sentence_after() {
        let party = |text: &str, words: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            x.candidates
                .iter()
                .flat_map(|c| c.responses.iter().map(move |r| (r, c.quote.clone())))
                .find(|(r, _)| r.sentence_text.contains(words))
                .map(|(r, c)| (r.kind, r.party.clone(), c))
        };
        let text = "Shanice Mowbray, who worked at the pharmacy for six years, said she had seen the defendant hand bags to a man in the yard.\n\nHilary Tremellan, for the defence, said Ms Mowbray had a grudge. Mr Tremellan put it to her that she had received two written warnings in the months before she left. She accepted that she had been given one, for lateness.";
        let (kind, who, claim) = party(text, "given one").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(who.starts_with("Shanice Mowbray"), "{who}");
        assert!(claim.contains("two written warnings"), "{claim}");
        // The same shape in other words.
        let text = "Dorian Pike, a former driver for the firm, told the jury he had been paid in cash.\n\nRonnie Adeyemi, prosecuting, said Mr Pike was a reliable witness. Ms Adeyemi put it to him that he had received three letters from the firm about his hours. He accepted that he had been given two, in the spring.";
        let (kind, who, claim) = party(text, "given two").expect("an answer");
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(who.starts_with("Dorian Pike"), "{who}");
        assert!(claim.contains("three letters"), "{claim}");
    }

    #[test]
    fn a_concession_that_a_thing_got_smaller_grants_the_claim_that_it_shrank() {
        let text = "According to the consumer group Shopwise, the standard Pebble Crunch bar shrank from 45g to 40g last year while its shelf price stayed the same.\n\nSugden & Farrimond accepted that the bar had got smaller, but said the new weight had been printed on the front of every wrapper.";
        assert_eq!(
            answers(text, "had got smaller", "bar shrank"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Shoppers say the Harvest loaf shrank from 800g to 750g in March while its price rose.\n\nThe baker conceded that its loaves were smaller, but said the recipe was unchanged.";
        assert_eq!(
            answers(text, "loaves were smaller", "loaf shrank"),
            ResponseKind::Confirmed
        );
    }

    #[test]
    fn a_quoted_verdict_with_a_reservation_after_but_grants_what_was_suggested() {
        let text = "Under cross-examination, Mr Cruickshank suggested that Mr Whitworth had fallen out with the defendant in 2024 over an unpaid bill of \u{a3}640.\n\n\"That's true, but it's got nothing to do with what I found on that car,\" Mr Whitworth replied.";
        assert_eq!(
            answers(text, "That's true", "fallen out with the defendant"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"That's correct, but it was for cleaning the offices,\" Mrs Pell replied.";
        assert_eq!(
            answers(text, "That's correct", "paid"),
            ResponseKind::Confirmed
        );
        // Near miss: a verdict then a clause of its own after a comma
        // alone tells more than it grants.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"That's correct, it was for cleaning the offices,\" Mrs Pell replied.";
        assert!(attached(text, "That's correct").is_none_or(|(k, _)| k != ResponseKind::Confirmed));
    }

    #[test]
    fn a_quoted_grant_after_the_thing_said_back_grants_what_was_suggested() {
        let text = "Under cross-examination yesterday, Eoghan Mallinder, defending, suggested that Mr Pugh had been sacked in November 2025 for stealing diesel.\n\n\"I was sacked, I won't deny that,\" Mr Pugh replied.";
        assert_eq!(
            answers(text, "I was sacked", "sacked in November"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"In March, I was paid, I accept that,\" Mrs Pell replied.";
        assert_eq!(
            answers(text, "I accept that", "paid"),
            ResponseKind::Confirmed
        );
        // Near misses: a grant not after the last comma; a verdict after
        // it that grants nothing (the thing said back is no denial of it).
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"I accept that, it was for cleaning the offices,\" Mrs Pell replied.";
        assert!(attached(text, "I accept that").is_none_or(|(k, _)| k != ResponseKind::Confirmed));
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"I was paid for the cleaning, that's wrong,\" Mrs Pell replied.";
        assert!(attached(text, "that's wrong").is_none());
    }

    #[test]
    fn a_verdict_called_on_a_demonstrative_answers_the_claim_just_before() {
        // (seen, after a hedged report that would otherwise draw it)
        let text = "The daily Novi Svitok reported on Sunday, citing a senior police officer, that the ministry had also used the software to monitor two opposition members of parliament during budget negotiations last autumn. Tarnwire could not independently verify that report.\n\nBretislav Malvasik, leader of the opposition Civic Democrats, said Wrenholm had misled parliament in November, when he told deputies that the ministry owned no interception software of any kind.\n\nA ministry spokesman called that \"a deliberate distortion\", saying Wrenholm's answer had concerned only equipment bought by the police.";
        let (kind, claim) = attached(text, "deliberate distortion").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("misled parliament")));
        // The same shape in other words.
        let text = "The Harbour Gazette reported on Friday, citing two dockers, that the port had lost \u{a3}2m on the ferry contract. The Gazette could not independently verify that report.\n\nCllr Ena Morrow, who chairs the scrutiny panel, said the port had hidden the losses from its board for a year.\n\nA port spokesman called that \"a smear\", saying the board had seen every account.";
        let (kind, claim) = attached(text, "a smear").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("hidden the losses")));
    }

    #[test]
    fn a_lone_no_to_a_claim_put_denies_it() {
        // (seen)
        let text = interview(
            "The Varra Islander reported this week that your staff were told to bury dead fish at a quarry on Hellasker that has no licence to take waste. Did that happen?",
            "No. Every tonne of dead fish went to the licensed rendering plant at Brochness, and we have the weighbridge tickets to prove it.",
        );
        let (kind, claim) = attached(&text, "No.").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("bury dead fish")));
        // The same shape in other words.
        let text = interview(
            "The Courier says you closed the Denby depot without telling the drivers. Is that true?",
            "No. The drivers were told in writing a month before.",
        );
        let (kind, claim) = attached(&text, "No.").unwrap();
        assert_eq!(kind, ResponseKind::Denied);
        assert!(claim.is_some_and(|c| c.contains("Denby depot")));
        // Near miss: an answer that says neither yes nor no sidesteps.
        let text = interview(
            "The Courier says you closed the Denby depot without telling the drivers. Is that true?",
            "We look at every depot every year.",
        );
        assert!(attached(&text, "every depot").is_some_and(|(k, _)| k == ResponseKind::NonDenial));
    }

    #[test]
    fn a_refusal_on_deliberations_answers_the_plan_still_weighed() {
        // (seen)
        let text = "VESKEBORG, Kaldmark (Nordwire) - Kaldmark's government is weighing whether to cancel a 2.4 billion euro order for four frigates from the Spanish shipbuilder Astilleros Corvera after the first of the ships was handed over almost two years late, two government officials told Nordwire.\n\nOne of the officials said a decision could come before the cabinet's budget meeting on March 19.\n\n\"There are no plans to cancel the frigate programme,\" said Tuomo Kesselring, a spokesman for the Ministry of Defence.\n\nA spokeswoman for Prime Minister Aukusti Lehtmaa declined to comment on what she called internal government deliberations.";
        let (kind, claim) = attached(text, "internal government deliberations").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.is_some_and(|c| c.contains("weighing whether")));
        // The same shape in other words, past a figure told after it.
        let text = "Marrowby Council is considering closing two of its four leisure centres, the Carrow Gazette reported on Monday.\n\nThe centres had 310,000 visits last year, according to the council's own figures.\n\nA council spokesman declined to comment on what he called the cabinet's private deliberations.";
        let (kind, claim) = attached(text, "private deliberations").unwrap();
        assert_eq!(kind, ResponseKind::Declined);
        assert!(claim.is_some_and(|c| c.contains("considering closing")));
        // Near miss: no claim before weighs a plan.
        let text = "The centres had 310,000 visits last year, according to the council's own figures.\n\nA council spokesman declined to comment on what he called the cabinet's private deliberations.";
        assert!(attached(text, "private deliberations").is_some_and(|(_, c)| c.is_none()));
    }

    #[test]
    fn a_verdict_opening_a_quotation_that_runs_on_answers_what_was_put() {
        // (seen)
        let text = "Cross-examining, Fabian Kowalczyk, for Gadsby, put it to Mr Scargill that the package had been picked up by another officer, not by him.\n\n\"That's right. My colleague picked it up, but I was standing next to her when she did,\" Mr Scargill replied.";
        assert_eq!(
            answers(text, "That's right.", "another officer"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"Correct. It was for cleaning the offices,\" Mrs Pell said.";
        assert_eq!(answers(text, "Correct.", "paid"), ResponseKind::Confirmed);
        // Near miss: the verdict closes its own quotation, which no words
        // of the reporter's attribute.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\n\"Correct.\" It was for cleaning the offices, Mrs Pell said.";
        assert!(attached(text, "Correct.").is_none());
        // Near miss: the verdict closes a quotation that opened before it.
        let text = "Under cross-examination, Ms Adeyemi suggested that Mrs Pell had been paid \u{a3}500 by the firm in March.\n\nMrs Pell said: \"I cleaned the offices. Correct.\"";
        assert!(attached(text, "Correct.").is_none());
    }

    #[test]
    fn a_quoted_verdict_then_who_made_it_up_denies_what_was_reported() {
        // (seen)
        let text = "The Pelvar daily Obzor reported on Monday that a foundation run by the deputy prime minister's brother-in-law received 2.4 million crowns in 2024 from Kolvek Group.\n\n\"These are lies, planted by people who are frightened of losing a fair vote,\" Sorvall told reporters outside parliament on Tuesday.";
        assert_eq!(
            answers(text, "These are lies", "2.4 million crowns"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "The Evening Post reported on Friday that the mayor's aides had shredded 40 boxes of tender documents.\n\n\"These are fabrications, cooked up by my opponents a week before the vote,\" the mayor said.";
        assert_eq!(
            answers(text, "These are fabrications", "shredded"),
            ResponseKind::Denied
        );
        // Near miss: a verdict, then a clause that is no teller's making.
        let text = "The Evening Post reported on Friday that the mayor's aides had shredded 40 boxes of tender documents.\n\n\"These are lies, printed without a single call to my office,\" the mayor said.";
        assert!(attached(text, "These are lies").is_none_or(|(k, _)| k != ResponseKind::Denied));
    }

    #[test]
    fn a_denial_in_a_participle_after_the_quotation_answers_and_the_quotation_stays_a_claim() {
        let text = "SZELNA, Feb 18 (Intermark) - Zelvania's ruling coalition will table a motion next Tuesday to dismiss the country's ombudsman, Miroslava Koubek, two senior coalition lawmakers told Intermark on Wednesday.\n\nThe motion needs the votes of 76 of parliament's 150 deputies, and the coalition, which holds 81 seats, expects it to pass, said the lawmakers, who asked not to be named because the decision has not been announced.\n\nThe move comes less than a week after Koubek's office reported that police had held 214 people for longer than the 48-hour legal limit after anti-government protests in the capital in November.\n\n\"Every one of those detentions was approved by a judge within the time the law allows,\" Interior Minister Radek Vossberg told parliament on Monday, rejecting the report's findings.";
        assert_eq!(
            answers(text, "rejecting the report", "held 214 people"),
            ResponseKind::Denied
        );
        // (and the quotation, which argues, stays a claim: seen in the
        // whole article, where nothing else reads it as an answer)
        let page = include_str!("../../tests/extract-data/wire-ombudsman.txt");
        let x = extract(page, NaiveDate::from_ymd_opt(2026, 2, 18));
        assert!(x
            .candidates
            .iter()
            .any(|c| c.quote.contains("Every one of those detentions") && c.score >= 0.5));
        // The same shape in other words.
        let text = "Campaigners said the council had cut 40 bus routes since 2024.\n\n\"Not one route has been cut without a full consultation of the people who use it,\" the transport chief said, disputing the campaigners' figures.";
        assert_eq!(
            answers(text, "disputing the campaigners", "cut 40 bus routes"),
            ResponseKind::Denied
        );
        // Near miss: a participle of no charge or finding.
        let text = "Campaigners said the council had cut 40 bus routes since 2024.\n\n\"Not one route has been cut without a full consultation of the people who use it,\" the transport chief said, rejecting the route maps as out of date.";
        assert!(
            attached(text, "rejecting the route").is_none_or(|(k, _)| k != ResponseKind::Denied)
        );
    }

    #[test]
    fn a_deed_denied_in_the_reporters_words_of_a_thing_named_before_answers() {
        let text = "Ms Goodacre said Mr Pilkington had carried on selling the pads for three weeks after Kershaw Automotive, one of the manufacturers, wrote to him in December 2024 warning that they were fakes.\n\nMr Pilkington says he never received that letter, his barrister, Roderick Cruickshank KC, told the jury.";
        assert_eq!(
            answers(text, "never received that letter", "wrote to him"),
            ResponseKind::Denied
        );
        // The same shape in other words.
        let text = "The council said Mr Dane had been paid \u{a3}12,000 for the survey in March.\n\nMr Dane said he never saw any payment, his solicitor told the hearing.";
        assert_eq!(
            answers(text, "never saw any payment", "had been paid"),
            ResponseKind::Denied
        );
        // Near miss: a "never" with nothing named before it pointed at.
        let text = "The council said Mr Dane had been paid \u{a3}12,000 for the survey in March.\n\nMr Dane said he never worked for a council again after that year.";
        assert!(attached(text, "never worked").is_none_or(|(k, _)| k != ResponseKind::Denied));
    }

    #[test]
    fn timing_called_chance_answers_the_motive_charged() {
        let text = "Opposition leader Mattias Rendl accused Prime Minister Jaroslav Stanek of trying to remove Koubek in revenge for the report.\n\nA spokesman for Stanek, Vilem Tomasek, told Intermark the timing was \"a coincidence\".";
        assert_eq!(
            answers(text, "timing was", "in revenge for the report"),
            ResponseKind::Denied
        );
    }

    #[test]
    fn a_silence_on_a_count_answers_only_a_claim_that_gives_one() {
        // Round 47's shape: a part of a whole the question gives itself.
        let text = "The paper says the Scottish Government missed a target, set in 2015, to bring half of the mussel's protected rivers into favourable condition within five years.\n\nA captive breeding centre for the mussels will open at Fearnbrae in spring 2027, the agency said. It declined to say how many of the 41 rivers lie within protected sites.";
        assert_eq!(
            attached(text, "how many of the 41 rivers"),
            Some((ResponseKind::Declined, None))
        );
        // Other words: a count of things no claim gives, and a sum.
        let text = "Union officials said the trust had closed two wards at Brimley General because of a shortage of nurses.\n\nThe trust declined to say how many patients were waiting for a bed.";
        assert_eq!(
            attached(text, "how many patients"),
            Some((ResponseKind::Declined, None))
        );
        let text = "A consultant said the trust had been paying a private clinic to carry out about 40 scans a week since May.\n\nThe trust would not say how much it was paying.";
        assert_eq!(
            attached(text, "how much it was paying"),
            Some((ResponseKind::Declined, None))
        );
        // Near misses: a claim that gives the count, or the sum, keeps it.
        let text = "Managers told crews at the three stations on Friday that 27 full-time posts would go.\n\nThe fire service declined to say how many posts would go.";
        assert_eq!(
            answers(text, "how many posts", "27 full-time posts"),
            ResponseKind::Declined
        );
        let text = "The Courier understands that the trust has spent more than \u{a3}600,000 on agency locum dermatologists since October.\n\nThe trust did not respond when asked how much it had spent.";
        assert_eq!(
            answers(text, "how much it had spent", "600,000"),
            ResponseKind::NoResponse
        );
        let text = "The Courier understands that the trust has spent more than \u{a3}600,000 on agency locum dermatologists since October.\n\nThe trust did not respond when asked how much money it had spent.";
        assert_eq!(
            answers(text, "how much money", "600,000"),
            ResponseKind::NoResponse
        );
        let text = "Union officials said the refurbishment of the theatres had cost the trust \u{a3}4.5m.\n\nThe trust would not say how much the refurbishment had cost.";
        assert_eq!(
            answers(text, "how much the refurbishment", "4.5m"),
            ResponseKind::Declined
        );
        // (nor is a count that is no question put: "still assessing how
        // many staff were needed")
        let text = "Staff at the depot said managers had bullied workers who raised safety concerns.\n\nThe company declined to comment on the claims, saying it was still assessing how many staff were needed.";
        assert_eq!(
            answers(text, "declined to comment on the claims", "bullied"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn an_answer_without_a_chance_to_study_the_work_goes_to_the_finding_its_researchers_just_told()
    {
        // (seen)
        let text = "Freshwater pearl mussels are no longer breeding in more than two-thirds of the Scottish rivers where they survive, according to a survey published on Monday.\n\nThe researchers also found that overflows from 23 sewage treatment works were adding nutrients that encourage algae to grow over the gravel.\n\n\u{201C}We haven't had a chance to study the paper yet, so it wouldn't be appropriate to comment,\u{201D} a Scottish Water spokesman said.";
        assert_eq!(
            answers(text, "chance to study the paper", "sewage treatment works"),
            ResponseKind::NonDenial
        );
        // The same shape in other words.
        let text = "Drivers on roads with 20mph limits had 23% fewer crashes than those on 30mph roads, according to a report published on Tuesday.\n\nThe researchers said bus journeys on the slower roads took about two minutes longer on average.\n\nThe Bus Operators' Federation said it had not yet had an opportunity to review the report and would not comment on it.";
        assert_eq!(
            answers(text, "opportunity to review the report", "bus journeys"),
            ResponseKind::Declined
        );
        // Near misses: a finding told by others than the work's
        // researchers leaves the answer to the work's lead claim; so does
        // one told by critics of the work, or by other researchers.
        for by in ["Critics of the report", "Other researchers"] {
            let text = format!("Drivers on roads with 20mph limits had 23% fewer crashes than those on 30mph roads, according to a report published on Tuesday.\n\n{by} said bus journeys on the slower roads took about two minutes longer on average.\n\nThe Bus Operators' Federation said it had not yet had an opportunity to review the report and would not comment on it.");
            assert_eq!(
                answers(&text, "opportunity to review the report", "fewer crashes"),
                ResponseKind::Declined
            );
        }
        let text = "Drivers on roads with 20mph limits had 23% fewer crashes than those on 30mph roads, according to a report published on Tuesday.\n\nBus drivers said journeys on the slower roads took about two minutes longer on average.\n\nThe Bus Operators' Federation said it had not yet had an opportunity to review the report and would not comment on it.";
        assert_eq!(
            answers(text, "opportunity to review the report", "fewer crashes"),
            ResponseKind::Declined
        );
    }

    #[test]
    fn a_concession_telling_most_of_a_far_claim_again_answers_it_not_the_criticism_just_before() {
        // (seen)
        let text = "The leader of the opposition, Councillor Ronan Trewick, accused the administration of sitting on a 2024 structural survey that had found cracking in the tank.\n\nHe told the meeting that two lifeguards had told him the leak was reported to managers as early as June 2024.\n\n\u{201C}If this council had acted on its own survey two years ago, we would be talking about a repair bill in the hundreds of thousands, not millions,\u{201D} he said. \u{201C}Somebody decided to keep quiet and hope for the best.\u{201D}\n\nPressed by Cllr Trewick, Cllr Lomax accepted that the survey had recorded cracking in the tank, but said engineers had judged it to be cosmetic at the time.";
        assert_eq!(
            answers(text, "accepted that the survey", "sitting on a 2024"),
            ResponseKind::Confirmed
        );
        // The same shape in other words.
        let text = "Campaigners said the trust had ignored an inspection in 2023 that found damp in the children's ward.\n\nThey said parents had complained to managers for months.\n\nOne parent, Ruth Gale, said her son had been moved twice in a week.\n\n\u{201C}Nobody listened to us,\u{201D} she said. \u{201C}They just hoped it would go away.\u{201D}\n\nThe trust's chief executive, Omar Haddad, accepted that the inspection had found damp in the ward, but said repairs had begun in January.";
        assert_eq!(
            answers(
                text,
                "accepted that the inspection",
                "ignored an inspection"
            ),
            ResponseKind::Confirmed
        );
        // Near miss: a far claim telling half of the concession again, no
        // more, leaves it to the criticism just before.
        let text = "Researchers from the Harlow Institute checked moth traps in 300 gardens every summer, recording each species.\n\nThe study's lead author, Dr Imogen Fenn, said numbers had fallen by a third since 2004.\n\n\u{201C}That is a steeper fall than we expected,\u{201D} she said.\n\nThe findings appear in the journal Insect Records.\n\nProfessor Ada Lint, who was not involved, said the method missed moths that do not fly to light.\n\nDr Fenn accepted that the traps had missed pale species.";
        let (kind, claim) = attached(text, "accepted that the traps").unwrap();
        assert_eq!(kind, ResponseKind::Confirmed);
        assert!(claim.is_some_and(|c| c.contains("do not fly to light")));
    }

    #[test]
    fn a_concession_right_after_a_claim_put_to_the_one_conceding_grants_it() {
        // (seen)
        let text = "In a statement read to the jury, her son, Laurence Polglaze, said a surveyor he hired in June 2024 had told him the chimney needed no work at all.\n\nThe jury was shown photographs of Mrs Polglaze's chimney taken by the surveyor. Mr Dunstanville said they showed the original Victorian pointing still intact.\n\nCross-examining Mr Polglaze by video link on Wednesday, defence barrister Undine Grennaway said the surveyor had never gone up on to the roof. Mr Polglaze accepted that the surveyor had inspected the chimney from the garden.";
        assert_eq!(
            answers(text, "accepted that the surveyor", "never gone up"),
            ResponseKind::Confirmed
        );
        let seen = text;
        // The same shape in other words.
        let text = "The court heard that buyers paid between \u{a3}900 and \u{a3}2,400 for plots at Ashgrove cemetery, which were shown on a map handed to the jury.\n\nThe prosecutor, Helen Strand, put it to Pell that he had never held a licence to sell burial plots. Pell conceded that the map of the cemetery plots had been drawn by him.";
        assert_eq!(
            answers(text, "conceded that the map", "never held a licence"),
            ResponseKind::Confirmed
        );
        // Near miss: a claim put to another witness is not what this one
        // concedes.
        let other = seen.replace("Cross-examining Mr Polglaze", "Cross-examining Mr Hale");
        assert!(
            attached(&other, "accepted that the surveyor")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("never gone up")),
            "{other}"
        );
        // Nor one that shares no word with what was put, nor one whose
        // words another claim tells again.
        let text = "The jury heard that Mr Hale had drunk four pints at the Crown that evening before driving home.\n\nCross-examining Mr Hale on Tuesday, prosecutor Jane Moss said he had drunk far too much to drive that night. Mr Hale admitted he had drunk four pints at the Crown that evening.";
        assert!(
            attached(text, "admitted he had drunk")
                .and_then(|(_, c)| c)
                .is_some_and(|c| c.contains("before driving home")),
            "{text}"
        );
        let text = "Cross-examining Mr Hale on Tuesday, prosecutor Jane Moss said he had lied to police about where he was that night. Mr Hale admitted he had drunk four pints at the Crown that evening.";
        assert!(
            attached(text, "admitted he had drunk")
                .and_then(|(_, c)| c)
                .is_none_or(|c| !c.contains("lied to police")),
            "{text}"
        );
    }
}
