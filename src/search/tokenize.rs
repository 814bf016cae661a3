//! Text into search terms: words folded for case and accents, English words
//! stemmed, common words dropped, Chinese, Japanese and Korean text as
//! overlapping character pairs; and the clean-up of a pasted post (links,
//! handles, the signature line with its date) before it becomes a query.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::extract::is_month_word;

/// Words too common to tell claims apart; dropped from text and queries.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "amp", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "but", "by", "can", "could", "did", "do",
    "does", "doing", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers",
    "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
    "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
    "other", "our", "ours", "out", "over", "own", "rt", "s", "same", "she", "should", "so", "some",
    "such", "t", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "via", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "you", "your", "yours",
];

/// Whether `word` (folded, not stemmed) is too common to search for.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// A character of a script written without spaces between words, indexed
/// in overlapping pairs: Han, Hiragana, Katakana, Hangul.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3100..=0x312F | 0x3130..=0x318F
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

/// Folds and stems words into terms; one per thread of work, since a
/// stemmer is cheap to make but not free.
pub(crate) struct Analyzer {
    stemmer: Stemmer,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Analyzer")
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    pub(crate) fn new() -> Analyzer {
        Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }

    /// The terms of `text` in order, common words left out. CJK runs give
    /// their character pairs (a lone character stands for itself).
    pub(crate) fn terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.terms_into(text, false, &mut out);
        out
    }

    /// As `terms`, with a word written `#LikeThis` also split at its capitals
    /// when `split_hashtags` is set (for queries pasted from social media).
    pub(crate) fn terms_into(&self, text: &str, split_hashtags: bool, out: &mut Vec<String>) {
        let mut word = String::new();
        let mut cjk = String::new();
        let mut hashtag = false;
        let mut prev = ' ';
        for c in text.chars() {
            if is_cjk(c) {
                self.flush_word(&mut word, hashtag && split_hashtags, out);
                cjk.push(c);
            } else if c.is_alphanumeric() || is_combining_mark(c) {
                flush_cjk(&mut cjk, out);
                if word.is_empty() {
                    hashtag = prev == '#';
                }
                word.push(c);
            } else if (c == '\'' || c == '\u{2019}') && !word.is_empty() {
                // "don't", "McDonald's": the apostrophe joins the word.
                word.push('\'');
            } else {
                self.flush_word(&mut word, hashtag && split_hashtags, out);
                flush_cjk(&mut cjk, out);
            }
            prev = c;
        }
        self.flush_word(&mut word, hashtag && split_hashtags, out);
        flush_cjk(&mut cjk, out);
    }

    fn flush_word(&self, word: &mut String, split: bool, out: &mut Vec<String>) {
        if word.is_empty() {
            return;
        }
        if split {
            let parts = camel_parts(word);
            if parts.len() > 1 {
                for p in parts {
                    self.push_word(&p, out);
                }
            }
        }
        let w = std::mem::take(word);
        self.push_word(&w, out);
    }

    fn push_word(&self, raw: &str, out: &mut Vec<String>) {
        let folded = fold(raw);
        let trimmed = folded
            .strip_suffix("'s")
            .unwrap_or(&folded)
            .trim_end_matches('\'');
        let joined: String = trimmed.chars().filter(|&c| c != '\'').collect();
        if joined.is_empty() || is_stop_word(&joined) {
            return;
        }
        if joined.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push(self.stemmer.stem(&joined).into_owned());
        } else {
            out.push(joined);
        }
    }
}

/// Lowercase, accents removed (a letter and its marks decomposed, the marks dropped).
pub(crate) fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfkd()
        .filter(|&c| !is_combining_mark(c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn flush_cjk(run: &mut String, out: &mut Vec<String>) {
    let chars: Vec<char> = run.chars().collect();
    match chars.len() {
        0 => {}
        1 => out.push(chars[0].to_string()),
        _ => {
            for pair in chars.windows(2) {
                out.push(pair.iter().collect());
            }
        }
    }
    run.clear();
}

/// `AustralianFires` → `Australian`, `Fires`; `COVID19` stays whole.
fn camel_parts(word: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    let mut prev_letter = false;
    let mut prev_digit = false;
    for c in word.chars() {
        // A capital after a small letter starts a word, and so do a number
        // after two letters or more and a capital after two digits or more
        // (`COVID19Vaccine` → `COVID`, `19`, `Vaccine`; `5G` stays whole).
        let long = cur.chars().count() >= 2;
        let digit_after_word = c.is_ascii_digit() && prev_letter && long;
        let word_after_number = c.is_uppercase() && prev_digit && long;
        if ((c.is_uppercase() && prev_lower) || digit_after_word || word_after_number)
            && !cur.is_empty()
        {
            parts.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase();
        prev_letter = c.is_alphabetic();
        prev_digit = c.is_ascii_digit();
        cur.push(c);
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// What to take out of a pasted post before it becomes a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clean {
    /// Links and `pic.twitter.com/…`, also when glued to the word before.
    pub(crate) links: bool,
    /// `@handles`: dropped (false keeps them, split at their capitals).
    pub(crate) drop_handles: bool,
    /// The signature of an embedded post (`— Name (@handle) January 14, 2020`).
    pub(crate) signature: bool,
    /// Dates: a month name beside a number, with the numbers.
    pub(crate) dates: bool,
}

impl Clean {
    #[cfg(test)]
    pub(crate) const ALL: Clean = Clean {
        links: true,
        drop_handles: true,
        signature: true,
        dates: true,
    };
}

/// A pasted post made into query text, cleaned as `how` says.
pub(crate) fn clean_query(text: &str, how: Clean) -> String {
    let mut text = text;
    if how.signature {
        text = strip_signature(text);
    }
    let mut out = String::with_capacity(text.len());
    for piece in text.split_whitespace() {
        let mut piece = piece;
        if how.links {
            let lower = piece.to_ascii_lowercase();
            let cut = ["http://", "https://", "pic.twitter.com", "www."]
                .iter()
                .filter_map(|m| lower.find(m))
                .min();
            if let Some(at) = cut {
                piece = piece.get(..at).unwrap_or("");
            }
        }
        let bare = piece.trim_start_matches(['(', '"', '\'', '“', '.']);
        if let Some(handle) = bare.strip_prefix('@') {
            if how.drop_handles {
                continue;
            }
            // `@realDonaldTrump` reads as a hashtag: split at its capitals.
            out.push('#');
            out.push_str(handle);
            out.push(' ');
            continue;
        }
        out.push_str(piece);
        out.push(' ');
    }
    if how.dates {
        drop_dates(&out)
    } else {
        out
    }
}

/// The post without the signature an embedded post ends with:
/// `— Name (@handle) January 14, 2020`.
fn strip_signature(text: &str) -> &str {
    split_signature(text).0
}

/// A post and the signature it ends with (empty when it has none).
pub(crate) fn split_signature(text: &str) -> (&str, &str) {
    let Some(dash) = text.rfind(" — ").or_else(|| text.rfind(" - ")) else {
        return (text, "");
    };
    let tail = &text[dash..];
    if tail.contains("(@") && tail.len() < 160 {
        (&text[..dash], tail)
    } else {
        (text, "")
    }
}

/// Dates ("January 14, 2020", "14 Jan 2020") left out: they name when a post
/// was made, not what it claims.
fn drop_dates(text: &str) -> String {
    split_dates(text).0
}

/// The text without its dates, and the dates.
pub(crate) fn split_dates(text: &str) -> (String, String) {
    let pieces: Vec<&str> = text.split_whitespace().collect();
    let mut keep = vec![true; pieces.len()];
    let norm = |p: &str| -> String {
        p.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let is_num = |p: &str| {
        let n = norm(p);
        !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit())
    };
    for i in 0..pieces.len() {
        if !is_month_word(&norm(pieces[i])) {
            continue;
        }
        // A month name is only dropped beside a number, so "may" the verb stays.
        let before = i > 0 && is_num(pieces[i - 1]);
        let after = i + 1 < pieces.len() && is_num(pieces[i + 1]);
        if !(before || after) {
            continue;
        }
        keep[i] = false;
        if before {
            keep[i - 1] = false;
        }
        let mut j = i + 1;
        while j < pieces.len() && j <= i + 2 && is_num(pieces[j]) {
            keep[j] = false;
            j += 1;
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut dates = String::new();
    for (p, k) in pieces.iter().zip(keep) {
        let to = if k { &mut out } else { &mut dates };
        to.push_str(p);
        to.push(' ');
    }
    (out, dates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn case_accents_and_stems_fold_together() {
        let a = Analyzer::new();
        assert_eq!(a.terms("Café VACCINES"), a.terms("cafe vaccine"));
        assert_eq!(
            a.terms("McDonald’s restaurants"),
            vec!["mcdonald", "restaur"]
        );
        assert_eq!(a.terms("the and of"), Vec::<String>::new());
    }

    #[test]
    fn other_scripts_survive() {
        let a = Analyzer::new();
        assert_eq!(a.terms("Путин посетит"), vec!["путин", "посетит"]);
        assert_eq!(a.terms("مرحبا بالعالم"), vec!["مرحبا", "بالعالم"]);
        assert_eq!(a.terms("习近平访问"), vec!["习近", "近平", "平访", "访问"]);
        assert_eq!(a.terms("東京 x"), vec!["東京", "x"]);
        assert_eq!(a.terms("中"), vec!["中"]);
    }

    #[test]
    fn hashtags_split_at_capitals_when_asked() {
        let a = Analyzer::new();
        let mut out = Vec::new();
        a.terms_into("#AustralianFires", true, &mut out);
        assert_eq!(out, vec!["australian", "fire", "australianfir"]);
    }

    #[test]
    fn hashtags_split_between_words_and_numbers() {
        let a = Analyzer::new();
        let mut out = Vec::new();
        a.terms_into("#COVID19Vaccine", true, &mut out);
        assert_eq!(out, vec!["covid", "19", "vaccin", "covid19vaccine"]);
        out.clear();
        // A lone digit or letter stays with its neighbour.
        a.terms_into("#5G #G7", true, &mut out);
        assert_eq!(out, vec!["5g", "g7"]);
    }

    #[test]
    fn posts_lose_links_handles_and_dates() {
        let q = clean_query(
            "Water for wildlife pic.twitter.com/0eJ fires.https://t.co/x @who on May 3, 2020",
            Clean::ALL,
        );
        assert_eq!(q.trim(), "Water for wildlife fires. on");
        let q = clean_query(
            "Hi there — Center (@CenterForBio) January 14, 2020",
            Clean::ALL,
        );
        assert_eq!(q.trim(), "Hi there");
        assert_eq!(clean_query("It may rain", Clean::ALL).trim(), "It may rain");
    }
}
