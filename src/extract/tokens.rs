//! Words and punctuation of one sentence, with their place in the article.

pub(crate) use foldhash::HashSet;
use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::sync::OnceLock;

/// One word or punctuation mark. Offsets are bytes in the whole article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub(crate) text: &'a str,
    /// Lower case, curly apostrophes straightened.
    pub(crate) lower: Cow<'a, str>,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Inside quotation marks.
    pub(crate) quoted: bool,
    /// The first word of its sentence.
    pub(crate) first: bool,
    word: bool,
    cap: bool,
    /// Holds an ASCII digit (worked out once, in [`push`]).
    digit: bool,
    /// Opens a speaker label in ordinary capitals that the text before
    /// vouches for ("Jonathan Greave:", the witness listed above it).
    label: bool,
}

/// Abbreviations that keep their period as part of the word.
const KEEP_PERIOD: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st",
    "jr", "sr", "rev", "fr", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft",
];

impl Token<'_> {
    /// A word (letters or digits), not punctuation.
    pub(crate) fn is_word(&self) -> bool {
        self.word
    }

    /// Starts with a capital letter.
    pub(crate) fn is_cap(&self) -> bool {
        self.cap
    }

    /// The word in lower case.
    pub(crate) fn low(&self) -> &str {
        &self.lower
    }

    pub(crate) fn has_digit(&self) -> bool {
        self.digit
    }

    /// The word without a possessive ending: "russia's" → "russia".
    pub(crate) fn base(&self) -> &str {
        let l: &str = &self.lower;
        l.strip_suffix("'s")
            .or_else(|| l.strip_suffix('\''))
            .unwrap_or(l)
    }

    /// A quotation mark of any kind.
    pub(crate) fn is_quote_mark(&self) -> bool {
        is_quote_mark(self.text)
    }
}

/// Whether a token's text is a quotation mark of any kind (for rules that
/// read only the lower-case words, `lows`).
pub(crate) fn is_quote_mark(text: &str) -> bool {
    matches!(
        text,
        "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}" | "\u{AB}" | "\u{BB}" | "\u{300C}" | "\u{300D}"
    )
}

/// A one-probe Bloom filter of words, keyed by a word's length and its
/// first and last bytes: most words of a sentence are told absent from a
/// word list without hashing them.
#[derive(Debug, Clone)]
struct Bloom([u64; 64]);

impl Bloom {
    fn key(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        (b.len().wrapping_mul(0x9E5) ^ usize::from(first).wrapping_mul(0x3B) ^ usize::from(last))
            & 4095
    }

    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Bloom {
        let mut bits = [0u64; 64];
        for w in words {
            let k = Bloom::key(w);
            bits[k >> 6] |= 1 << (k & 63);
        }
        Bloom(bits)
    }

    /// False only when `w` was never added.
    fn may_hold(&self, w: &str) -> bool {
        let k = Bloom::key(w);
        self.0[k >> 6] >> (k & 63) & 1 == 1
    }
}

/// Word sequences indexed by their first word, so that many can be tried at
/// each word in constant time.
#[derive(Debug)]
pub(crate) struct Phrases<T: 'static> {
    by_first: HashMap<&'static str, Vec<(&'static [&'static str], T)>>,
    firsts: Bloom,
}

impl<T: Copy> Phrases<T> {
    pub(crate) fn new(items: impl IntoIterator<Item = (&'static [&'static str], T)>) -> Phrases<T> {
        let mut by_first: HashMap<&'static str, Vec<(&'static [&'static str], T)>> = HashMap::new();
        for (phrase, value) in items {
            if let Some(first) = phrase.first() {
                by_first.entry(first).or_default().push((phrase, value));
            }
        }
        let firsts = Bloom::new(by_first.keys().copied());
        Phrases { by_first, firsts }
    }

    /// The phrases that start at `words[i]`, in the order they were given.
    pub(crate) fn at<'s>(
        &'s self,
        words: &'s [&str],
        i: usize,
    ) -> impl Iterator<Item = (&'static [&'static str], T)> + 's {
        words
            .get(i)
            .filter(|w| self.firsts.may_hold(w))
            .and_then(|w| self.by_first.get(w))
            .into_iter()
            .flatten()
            // (the first word is the bucket's key: only the rest is compared)
            .filter(move |(p, _)| {
                words.len() >= i + p.len()
                    && p[1..].iter().zip(&words[i + 1..]).all(|(a, b)| a == b)
            })
            .copied()
    }
}

/// A set of words: a hash set behind a Bloom filter, so that a word not in
/// it (most words) is told so without hashing.
#[derive(Debug)]
pub(crate) struct WordSet {
    set: HashSet<&'static str>,
    bloom: Bloom,
}

impl WordSet {
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.bloom.may_hold(w) && self.set.contains(w)
    }
}

/// A set of words, built once.
pub(crate) fn word_set(
    cell: &'static OnceLock<WordSet>,
    list: &'static [&'static str],
) -> &'static WordSet {
    cell.get_or_init(|| WordSet {
        set: list.iter().copied().collect(),
        bloom: Bloom::new(list.iter().copied()),
    })
}

/// Words with a value each: a hash map behind a Bloom filter, so that a
/// word not in it (most words) is told so without hashing, as by
/// [`WordSet`].
#[derive(Debug)]
pub(crate) struct WordMap<T: 'static> {
    map: HashMap<&'static str, T>,
    bloom: Bloom,
}

impl<T: Copy> WordMap<T> {
    pub(crate) fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> WordMap<T> {
        let map: HashMap<&'static str, T> = items.into_iter().collect();
        let bloom = Bloom::new(map.keys().copied());
        WordMap { map, bloom }
    }

    pub(crate) fn get(&self, w: &str) -> Option<T> {
        if !self.bloom.may_hold(w) {
            return None;
        }
        self.map.get(w).copied()
    }
}

/// The lower-case words of `tokens`, punctuation included, index for index.
pub(crate) fn lows<'t>(tokens: &'t [Token]) -> Vec<&'t str> {
    tokens.iter().map(Token::low).collect()
}

/// Whether a lower-case word makes its sentence a condition or a question
/// ("if", "unless", "whether", "?"): such a sentence answers nothing.
pub(crate) fn is_conditional(w: &str) -> bool {
    matches!(w, "if" | "unless" | "whether" | "?")
}

/// Whether a lower-case word negates: "not", "never", "didn't".
pub(crate) fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't")
}

/// A transcript's speaker label opening a sentence: up to four words with
/// no lower-case letter ("Q:", "JULIA BRANDT:"), then the colon, or then an
/// outlet in brackets before it ("ANA LOBO (Valmont Herald):", "RUI PAIVA
/// (Jornal do Sul):", a questioner from the floor). A name in ordinary
/// capitals is a label only with evidence: a question's number before it
/// ("Q3 Mark Ellery:", "Q1 Chair:"), or the text before vouching for it
/// ([`vouch_label`]). Gives the end of the name's words and the colon's index.
pub(crate) fn label_colon(tokens: &[Token]) -> Option<(usize, usize)> {
    let capital = |t: &Token| t.is_word() && !t.text.chars().any(char::is_lowercase);
    let name = tokens.iter().take(5).position(|t| !capital(t))?;
    match tokens[name].text {
        // (a clock's hour is no name: "14:05 The union said …")
        ":" if tokens[..name]
            .iter()
            .all(|t| t.text.chars().any(char::is_alphabetic)) =>
        {
            Some((name, name))
        }
        "(" if name > 0 => {
            let close = name
                + 1
                + tokens[name + 1..]
                    .iter()
                    .take(5)
                    .position(|t| t.text == ")")?;
            let outlet = &tokens[name + 1..close];
            (!outlet.is_empty()
                && outlet[0].is_cap()
                && outlet.iter().all(Token::is_word)
                && tokens.get(close + 1).is_some_and(|t| t.text == ":"))
            .then_some((name, close + 1))
        }
        _ if tokens[0].label || is_question_number(tokens[0].text) => {
            let from = usize::from(!tokens[0].label);
            let n = name_run(&tokens[from..]);
            (n > 0 && tokens.get(from + n).is_some_and(|t| t.text == ":"))
                .then_some((from + n, from + n))
        }
        _ => None,
    }
}

/// A question's number opening a committee's transcript turn: "Q1", "Q27".
pub(crate) fn is_question_number(word: &str) -> bool {
    word.len() >= 2
        && word.len() <= 5
        && word.starts_with('Q')
        && word[1..].bytes().all(|b| b.is_ascii_digit())
}

/// How many words open `tokens` as a name does, up to four: each
/// capitalised, without digits ("Mark Ellery", "Chair").
fn name_run(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .take(5)
        .position(|t| !(t.is_word() && t.is_cap() && !t.has_digit()))
        .unwrap_or(tokens.len().min(5))
}

/// The name of a speaker label in ordinary capitals opening `tokens`, no
/// question's number before it: two to four capitalised words, then the
/// colon ("Jonathan Greave:"). The shape alone is no evidence ("Breaking
/// News:"); the caller vouches for it with [`vouch_label`].
pub(crate) fn unvouched_label(tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?;
    if !first.is_cap() || is_question_number(first.text) || label_colon(tokens).is_some() {
        return None;
    }
    let n = name_run(tokens);
    ((2..=4).contains(&n) && tokens.get(n).is_some_and(|t| t.text == ":")).then_some(n)
}

/// Take the words [`unvouched_label`] found as a speaker's label.
pub(crate) fn vouch_label(tokens: &mut [Token]) {
    if let Some(t) = tokens.first_mut() {
        t.label = true;
    }
}

/// The words after a transcript's speaker label ("Q:", "JULIA BRANDT:",
/// "ANA LOBO (Valmont Herald):").
pub(crate) fn after_label<'a, 'b>(tokens: &'a [Token<'b>]) -> &'a [Token<'b>] {
    match label_colon(tokens) {
        Some((_, colon)) => &tokens[colon + 1..],
        None => tokens,
    }
}

/// Whether `quoted` (sorted byte ranges) covers `at`. `next` is the count
/// of ranges that start at or before the last offset asked about: offsets
/// asked in increasing order move it on, so that a sentence's tokens cost
/// one binary search in all, not one each.
fn inside(quoted: &[(usize, usize)], next: &mut usize, at: usize) -> bool {
    while quoted.get(*next).is_some_and(|&(s, _)| s <= at) {
        *next += 1;
    }
    *next > 0 && at < quoted[*next - 1].1
}

/// Split `text[start..end]` into tokens. HTML tags and entities are skipped;
/// the count of skipped tags is added to `html`.
pub(crate) fn tokenize<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    quoted: &[(usize, usize)],
    html: &mut usize,
) -> Vec<Token<'a>> {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    // About one token in five bytes of English.
    let mut out: Vec<Token<'a>> = Vec::with_capacity(slice.len() / 5 + 1);
    // (the quoted ranges starting at or before this sentence)
    let mut next = quoted.partition_point(|&(s, _)| s <= start);
    let mut i = 0;
    while i < slice.len() {
        let Some(c) = char_at(slice, i) else {
            break;
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c == '<' {
            if let Some(skip) = html_tag(&bytes[i..]) {
                *html += 1;
                i += skip;
                continue;
            }
        }
        if c == '&' {
            if let Some(skip) = html_entity(&bytes[i..]) {
                *html += 1;
                i += skip;
                continue;
            }
        }
        let word_start = c.is_alphanumeric()
            || (matches!(c, '$' | '\u{A3}' | '\u{20AC}') && next_is_digit(slice, i + len));
        if !word_start {
            push(
                &mut out,
                text,
                start + i,
                start + i + len,
                quoted,
                &mut next,
            );
            i += len;
            continue;
        }
        let mut j = i + len;
        // (letters and figures in ASCII, most of a word, run on at once)
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        while j < slice.len() {
            let Some(d) = char_at(slice, j) else {
                break;
            };
            let dl = d.len_utf8();
            let joins = matches!(d, '.' | ',' | '\'' | '\u{2019}' | '-' | '/' | '\u{2013}')
                && char_at(slice, j + dl).is_some_and(char::is_alphanumeric);
            if d.is_alphanumeric() || d == '%' || joins {
                j += dl;
            } else {
                break;
            }
        }
        // Keep the period of an abbreviation, an initial or a dotted acronym.
        if slice[j..].starts_with('.') {
            let word = &slice[i..j];
            let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            if single
                || word.contains('.')
                || KEEP_PERIOD.iter().any(|k| k.eq_ignore_ascii_case(word))
            {
                j += 1;
            }
        }
        push(&mut out, text, start + i, start + j, quoted, &mut next);
        i = j;
    }
    if let Some(t) = out.iter_mut().find(|t| t.is_word()) {
        t.first = true;
    }
    out
}

/// The character starting at byte `at` of `s` (a char boundary), read
/// without decoding when it is ASCII.
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    }
}

fn next_is_digit(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// What a byte of a token is, a bit each: outside ASCII, an ASCII
/// capital, an ASCII figure.
const BEYOND_ASCII: u8 = 1;
const CAPITAL: u8 = 1 << 1;
const FIGURE: u8 = 1 << 2;

/// Each byte's bits, for a pass over a token with one look-up a byte.
const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if !byte.is_ascii() {
            BEYOND_ASCII
        } else if byte.is_ascii_uppercase() {
            CAPITAL
        } else if byte.is_ascii_digit() {
            FIGURE
        } else {
            0
        };
        b += 1;
    }
    kinds
};

fn push<'a>(
    out: &mut Vec<Token<'a>>,
    text: &'a str,
    s: usize,
    e: usize,
    quoted: &[(usize, usize)],
    next: &mut usize,
) {
    let t = &text[s..e];
    // (what the token's bytes hold, in one pass over them)
    let kinds = t
        .bytes()
        .fold(0, |kinds, b| kinds | BYTE_KINDS[usize::from(b)]);
    let (ascii, upper, digit) = (
        kinds & BEYOND_ASCII == 0,
        kinds & CAPITAL != 0,
        kinds & FIGURE != 0,
    );
    let lower = if ascii && !upper {
        Cow::Borrowed(t)
    } else if ascii {
        // (a word that opens a sentence is most often one of a few: its
        // lower case is borrowed from the list, not made again)
        common_lower(t).map_or_else(|| Cow::Owned(t.to_ascii_lowercase()), Cow::Borrowed)
    } else if !t.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(t.to_lowercase().replace('\u{2019}', "'"))
    };
    let (word, cap) = match t.as_bytes().first() {
        Some(&b) if b.is_ascii() => (
            b.is_ascii_alphanumeric() || b == b'$',
            b.is_ascii_uppercase(),
        ),
        _ => {
            let first = t.chars().next();
            (
                // (an amount is a word whatever its currency: "$85,000",
                // "£85,000", "€4m")
                first.is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, '$' | '\u{A3}' | '\u{20AC}')
                }),
                first.is_some_and(char::is_uppercase),
            )
        }
    };
    out.push(Token {
        text: t,
        lower,
        start: s,
        end: e,
        word,
        cap,
        quoted: inside(quoted, next, s),
        first: false,
        label: false,
        digit,
    });
}

/// The lower case of an ASCII word in capitals among the commonest
/// openers of a sentence ("The", "He", "But"), from a list built in.
fn common_lower(t: &str) -> Option<&'static str> {
    let mut buf = [0u8; 5];
    let buf = buf.get_mut(..t.len())?;
    buf.copy_from_slice(t.as_bytes());
    buf.make_ascii_lowercase();
    Some(match &*buf {
        b"the" => "the",
        b"a" => "a",
        b"an" => "an",
        b"he" => "he",
        b"she" => "she",
        b"it" => "it",
        b"they" => "they",
        b"we" => "we",
        b"i" => "i",
        b"in" => "in",
        b"on" => "on",
        b"at" => "at",
        b"but" => "but",
        b"and" => "and",
        b"this" => "this",
        b"that" => "that",
        b"there" => "there",
        b"his" => "his",
        b"her" => "her",
        b"their" => "their",
        b"its" => "its",
        b"as" => "as",
        b"if" => "if",
        b"for" => "for",
        b"after" => "after",
        b"when" => "when",
        b"mr" => "mr",
        b"mrs" => "mrs",
        b"ms" => "ms",
        b"dr" => "dr",
        b"mr." => "mr.",
        b"mrs." => "mrs.",
        b"ms." => "ms.",
        b"dr." => "dr.",
        b"some" => "some",
        b"one" => "one",
        b"what" => "what",
        b"our" => "our",
        b"q" => "q",
        _ => return None,
    })
}

/// Length of an HTML tag at the start of `b` (`<p>`, `</div>`, `<br/>`, `<!-- … -->`).
pub(crate) fn html_tag(b: &[u8]) -> Option<usize> {
    let second = *b.get(1)?;
    if !(second.is_ascii_alphabetic() || second == b'/' || second == b'!') {
        return None;
    }
    let limit = b.len().min(400);
    let close = b[1..limit].iter().position(|&x| x == b'>' || x == b'<')?;
    (b[1 + close] == b'>').then_some(close + 2)
}

/// Length of an HTML entity at the start of `b` (`&amp;`, `&#8217;`).
pub(crate) fn html_entity(b: &[u8]) -> Option<usize> {
    let limit = b.len().min(12);
    let semi = b.get(1..limit)?.iter().position(|&x| x == b';')?;
    let body = &b[1..1 + semi];
    let ok = !body.is_empty()
        && (body.iter().all(u8::is_ascii_alphanumeric)
            || (body[0] == b'#' && body[1..].iter().all(u8::is_ascii_alphanumeric)));
    ok.then_some(semi + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bytes_kind_is_what_the_byte_is() {
        for b in 0..=255u8 {
            let kinds = BYTE_KINDS[usize::from(b)];
            assert_eq!(kinds & BEYOND_ASCII != 0, !b.is_ascii(), "{b}");
            assert_eq!(kinds & CAPITAL != 0, b.is_ascii_uppercase(), "{b}");
            assert_eq!(kinds & FIGURE != 0, b.is_ascii_digit(), "{b}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        let mut html = 0;
        tokenize(text, 0, text.len(), &[], &mut html)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn numbers_abbreviations_and_possessives_stay_whole() {
        assert_eq!(
            words("Dr. Hill's $4.5 billion, 4,800 U.S. kids (68%)."),
            vec![
                "Dr.", "Hill's", "$4.5", "billion", ",", "4,800", "U.S.", "kids", "(", "68%", ")",
                "."
            ]
        );
    }

    #[test]
    fn a_word_set_answers_as_its_hash_set_does() {
        static CELL: OnceLock<WordSet> = OnceLock::new();
        let list = super::super::lexicon::VERBS;
        let set = word_set(&CELL, list);
        for w in list {
            assert!(set.contains(w), "{w}");
        }
        let text = "The council's finance chief, Ms O'Hare, said on Tuesday that rents would rise by 4% — 'the most since 1990' — and asked: why not? \u{201C}\u{00C9}lodie\u{201D} ZZZ a x";
        let mut html = 0;
        for t in tokenize(text, 0, text.len(), &[], &mut html) {
            assert_eq!(
                set.contains(t.low()),
                list.contains(&t.low()),
                "{}",
                t.low()
            );
        }
        assert!(!set.contains(""));
    }

    #[test]
    fn phrases_are_found_behind_the_filter() {
        let p = Phrases::new([
            (&["according", "to"][..], 1),
            (&["said"][..], 2),
            (&["as", "cited", "by"][..], 3),
        ]);
        let words = [
            "it",
            "was",
            "as",
            "cited",
            "by",
            "x",
            "according",
            "to",
            "said",
        ];
        let found: Vec<i32> = (0..words.len())
            .flat_map(|i| p.at(&words, i).map(|(_, v)| v))
            .collect();
        assert_eq!(found, vec![3, 1, 2]);
    }

    #[test]
    fn quoted_words_and_digits_are_told_sentence_by_sentence() {
        let text = "He said \"it is 4% up\" and \"down\". Then \"no\" came in 2024.";
        let quoted: Vec<(usize, usize)> = [("\"it", "up\""), ("\"down", "n\""), ("\"no", "o\"")]
            .iter()
            .scan(0, |from, (a, b)| {
                let s = *from + text[*from..].find(a)?;
                let e = s + text[s..].find(b)? + b.len();
                *from = e;
                Some((s, e))
            })
            .collect();
        let mid = text.find("Then").unwrap();
        let mut html = 0;
        let mut toks = tokenize(text, 0, mid, &quoted, &mut html);
        toks.extend(tokenize(text, mid, text.len(), &quoted, &mut html));
        for t in &toks {
            let by_search = quoted.iter().any(|&(s, e)| s <= t.start && t.start < e);
            assert_eq!(t.quoted, by_search, "{}", t.text);
            assert_eq!(t.has_digit(), t.text.bytes().any(|b| b.is_ascii_digit()));
        }
        let q: Vec<&str> = toks.iter().filter(|t| t.quoted).map(|t| t.text).collect();
        assert_eq!(
            q,
            ["\"", "it", "is", "4%", "up", "\"", "\"", "down", "\"", "\"", "no", "\""]
        );
    }

    #[test]
    fn html_is_skipped_and_counted() {
        let mut html = 0;
        let text = "<p>Tom&amp;Jerry said</p> a < b";
        let t: Vec<&str> = tokenize(text, 0, text.len(), &[], &mut html)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(t, vec!["Tom", "Jerry", "said", "a", "<", "b"]);
        assert_eq!(html, 3);
    }

    #[test]
    fn a_name_in_ordinary_capitals_is_a_label_only_with_evidence() {
        let toks = |text: &'static str| {
            let mut html = 0;
            tokenize(text, 0, text.len(), &[], &mut html)
        };
        // A question's number before the name: "Q1 Chair:", "Q3 Mark Ellery:".
        let t = toks("Q3 Mark Ellery: That is illegal, isn't it?");
        assert_eq!(label_colon(&t), Some((3, 3)));
        assert_eq!(after_label(&t)[0].text, "That");
        let t = toks("Q1 Chair: Good morning.");
        assert_eq!(label_colon(&t), Some((2, 2)));
        let t = toks("Q127 Dame Ruth Okafor: Welcome.");
        assert_eq!(after_label(&t)[0].text, "Welcome");
        // A name the caller vouches for: "Jonathan Greave:".
        let mut t = toks("Jonathan Greave: Those are the agency's figures.");
        assert_eq!(unvouched_label(&t), Some(2));
        assert_eq!(label_colon(&t), None);
        vouch_label(&mut t);
        assert_eq!(label_colon(&t), Some((2, 2)));
        assert_eq!(after_label(&t)[0].text, "Those");
        // Ordinary prose opening a line with a capital and a colon.
        for text in [
            "Read more: The council's plan for the bins.",
            "Update: The council said 40 homes were flooded.",
            "Photo: Residents outside the town hall.",
            "Key points: Rents rose by 12%.",
            "Warning: Some readers may find this distressing.",
            "Note: Figures are rounded.",
            "Sources: Office for National Statistics.",
            "Editor's note: This story was updated.",
            "Members present: Fiona Rendall (Chair); Mark Ellery.",
            "Witnesses: Jonathan Greave, Chief Executive.",
            "14:05 The union said 300 staff would strike.",
            "Q&A: What the budget means for you.",
            "Q3 results: Revenue rose by 8%.",
        ] {
            let t = toks(text);
            assert_eq!(label_colon(&t), None, "{text}");
            assert_eq!(unvouched_label(&t), None, "{text}");
            assert_eq!(after_label(&t).len(), t.len(), "{text}");
        }
        // The shape alone is no evidence.
        let t = toks("Breaking News: The mayor has resigned.");
        assert_eq!(unvouched_label(&t), Some(2));
        assert_eq!(label_colon(&t), None);
    }

    #[test]
    fn a_label_may_give_an_outlet_in_brackets() {
        let toks = |text: &'static str| {
            let mut html = 0;
            tokenize(text, 0, text.len(), &[], &mut html)
        };
        let t = toks("ANA LOBO (Valmont Herald): Minister, is that true?");
        assert_eq!(label_colon(&t), Some((2, 6)));
        assert_eq!(after_label(&t)[0].text, "Minister");
        let t = toks("RUI PAIVA (Jornal do Sul): Why?");
        assert_eq!(after_label(&t)[0].text, "Why");
        let t = toks("JULIA BRANDT: Good morning.");
        assert_eq!(label_colon(&t), Some((2, 2)));
        // (no colon after the bracket, a lower-case bracket, no name)
        for text in [
            "ANA LOBO (Valmont Herald) asked the minister.",
            "ANA LOBO (pictured): the minister.",
            "(Valmont Herald): the minister.",
            "Ana Lobo (Valmont Herald): Minister.",
        ] {
            let t = toks(text);
            assert_eq!(label_colon(&t), None, "{text}");
            assert_eq!(after_label(&t).len(), t.len(), "{text}");
        }
    }

    #[test]
    fn each_token_is_lowered_and_told_as_a_word_or_a_capital_as_before() {
        let text = "The MR. Mr. Mrs Q Its THERE There's Thereafter Ofsted a $85,000 \u{a3}4m \u{c9}mile \u{201c}Don\u{2019}t\u{201d} 12:05 I";
        let mut html = 0;
        for t in tokenize(text, 0, text.len(), &[], &mut html) {
            let first = t.text.chars().next();
            let lower = t.text.to_lowercase().replace('\u{2019}', "'");
            assert_eq!(t.low(), lower, "{}", t.text);
            assert_eq!(
                t.is_word(),
                first.is_some_and(|c| c.is_alphanumeric() || matches!(c, '$' | '\u{a3}')),
                "{}",
                t.text
            );
            assert_eq!(
                t.is_cap(),
                first.is_some_and(char::is_uppercase),
                "{}",
                t.text
            );
            assert_eq!(t.has_digit(), t.text.bytes().any(|b| b.is_ascii_digit()));
        }
        assert_eq!(common_lower("THE"), Some("the"));
        assert_eq!(common_lower("Mrs."), Some("mrs."));
        assert_eq!(common_lower("Theirs"), None);
        assert_eq!(common_lower("Ofsted"), None);
    }
}
