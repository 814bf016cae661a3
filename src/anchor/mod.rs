//! Re-anchoring a quote in a new revision of its article: exact, moved, changed or vanished.
//!
//! The quote is first looked for exactly (white space collapsed, curly and
//! straight quotes alike). When it is not there, the closest passage is
//! found the way Hypothesis re-anchors annotations: candidate passages are
//! scored by how much of the quote they keep first, by how well the text
//! around them matches the stored prefix and suffix second, and by their
//! position last. A passage that keeps too little of the quote means the
//! quote has vanished.

use std::collections::HashMap;

use serde::Serialize;

use crate::text::{self, Folded};

mod closest;
mod flag;

pub use flag::{flag, Flag, Row};

/// Hypothesis' weights: quote similarity, prefix, suffix, position.
const QUOTE_WEIGHT: f64 = 50.0;
const PREFIX_WEIGHT: f64 = 20.0;
const SUFFIX_WEIGHT: f64 = 20.0;
const POSITION_WEIGHT: f64 = 2.0;
/// A passage must keep at least this share of the quote's characters …
pub const MIN_QUOTE_SIMILARITY: f64 = 0.5;
/// … and of its words to count as the quote, changed.
pub const MIN_WORD_SIMILARITY: f64 = 0.4;
/// A passage sharing this share of its words with the quote (in any order)
/// is the quote, changed, however much else differs.
pub const MIN_SHARED_WORDS: f64 = 0.5;
/// Words this common in the text are not used to find candidate passages.
const MAX_POSTINGS: usize = 4000;
/// How many candidate passages are aligned and scored.
const CANDIDATES: usize = 4;

/// What became of a quote in the new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Found exactly, with the same text around it.
    Unchanged,
    /// Found exactly, elsewhere.
    Moved,
    /// Not found exactly; a passage matches closely.
    Changed,
    /// Nothing close is left.
    Vanished,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Unchanged => "unchanged",
            Verdict::Moved => "moved",
            Verdict::Changed => "changed",
            Verdict::Vanished => "vanished",
        }
    }

    /// Found word for word: the claim can move to the new revision.
    pub fn is_exact(self) -> bool {
        matches!(self, Verdict::Unchanged | Verdict::Moved)
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a quote was found again, and how sure the match is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub verdict: Verdict,
    /// The passage in the new text (the quote itself when found exactly).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passage: Option<String>,
    /// Byte range of the passage in the new text.
    #[serde(skip)]
    pub range: Option<(usize, usize)>,
    /// Context around the passage in the new text.
    #[serde(skip)]
    pub prefix: String,
    #[serde(skip)]
    pub suffix: String,
    /// 0 to 1: the weighted score of the passage (1 for an exact match).
    pub score: f64,
    /// 0 to 1: how much of the quote the passage keeps.
    pub quote_similarity: f64,
}

/// One word of a folded text: its byte range there and its comparison key.
#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    key: String,
}

/// A text made ready for many quotes: folded once, words indexed once.
#[derive(Debug)]
pub struct Prepared {
    pub text: String,
    folded: Folded,
    words: Vec<Word>,
    index: HashMap<String, Vec<usize>>,
}

/// The comparison key of a word: lowercase, without punctuation at its ends.
fn word_key(word: &str) -> String {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        word.to_string()
    } else {
        trimmed.to_lowercase()
    }
}

fn words_of(folded: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        match (c == ' ', start) {
            (true, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    key: word_key(&folded[s..i]),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: folded.len(),
            key: word_key(&folded[s..]),
        });
    }
    out
}

impl Prepared {
    pub fn new(text: &str) -> Prepared {
        let folded = text::fold(text);
        let words = words_of(&folded.text);
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            index.entry(w.key.clone()).or_default().push(i);
        }
        Prepared {
            text: text.to_string(),
            folded,
            words,
            index,
        }
    }

    /// Every exact occurrence of `quote`, as original byte ranges.
    pub fn find_all(&self, quote: &str) -> Vec<(usize, usize)> {
        let needle = text::fold_quote(quote);
        if needle.is_empty() {
            return Vec::new();
        }
        // Non-overlapping occurrences, as `str::match_indices` gives them.
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let hay = self.folded.text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(i) = finder.find(&hay[at..]) {
            let start = at + i;
            let end = start + needle.len();
            out.push(self.folded.original_range(start, end));
            at = end;
        }
        out
    }

    /// Where `start` stands in the text, from 0 to 1.
    fn relative(&self, start: usize) -> f64 {
        if self.text.is_empty() {
            0.0
        } else {
            start as f64 / self.text.len() as f64
        }
    }
}

/// 0 to 1: how alike two short texts are, compared folded.
fn similarity(a: &str, b: &str) -> f64 {
    let a = text::fold(a).text;
    let b = text::fold(b).text;
    if a.trim().is_empty() && b.trim().is_empty() {
        return 1.0;
    }
    strsim::normalized_levenshtein(a.trim(), b.trim())
}

/// The text just before `start` as long as `prefix`, and just after `end` as long as `suffix`.
fn surroundings(text: &str, start: usize, end: usize, prefix: &str, suffix: &str) -> (f64, f64) {
    let before: Vec<char> = text[..start]
        .chars()
        .rev()
        .take(prefix.chars().count())
        .collect();
    let before: String = before.into_iter().rev().collect();
    let after: String = text[end..].chars().take(suffix.chars().count()).collect();
    let p = if prefix.trim().is_empty() {
        1.0
    } else {
        similarity(&before, prefix)
    };
    let s = if suffix.trim().is_empty() {
        1.0
    } else {
        similarity(&after, suffix)
    };
    (p, s)
}

fn weighted(quote: f64, prefix: f64, suffix: f64, position: f64) -> f64 {
    (QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * position)
        / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
}

/// Find `quote` (stored with `prefix` and `suffix`) again in `new`. `hint` is
/// where the quote stood in its old text, from 0 to 1, when known.
pub fn reanchor(
    new: &Prepared,
    quote: &str,
    prefix: &str,
    suffix: &str,
    hint: Option<f64>,
) -> Outcome {
    reanchor_near(new, quote, prefix, suffix, &|| hint)
}

/// [`reanchor`], with the hint worked out only when a position is needed:
/// when the quote is found word for word more than once, or not at all.
pub fn reanchor_near(
    new: &Prepared,
    quote: &str,
    prefix: &str,
    suffix: &str,
    hint: &dyn Fn() -> Option<f64>,
) -> Outcome {
    let hint_once = std::cell::OnceCell::new();
    let position = |start: usize| {
        hint_once
            .get_or_init(hint)
            .map_or(1.0, |h| 1.0 - (new.relative(start) - h).abs())
    };
    // Exact: the occurrence whose context is most like the stored one.
    let found = new.find_all(quote);
    let single = found.len() == 1;
    let best = found
        .into_iter()
        .map(|(s, e)| {
            let (p, x) = surroundings(&new.text, s, e, prefix, suffix);
            let score = if single {
                1.0
            } else {
                weighted(1.0, p, x, position(s))
            };
            ((s, e), p, x, score)
        })
        .max_by(|a, b| a.3.total_cmp(&b.3).then(b.0 .0.cmp(&a.0 .0)));
    if let Some(((s, e), p, x, _)) = best {
        let (new_prefix, new_suffix) = text::context(&new.text, s, e);
        let same_place = p >= 0.5 || x >= 0.5;
        return Outcome {
            verdict: if same_place {
                Verdict::Unchanged
            } else {
                Verdict::Moved
            },
            passage: Some(new.text[s..e].to_string()),
            range: Some((s, e)),
            prefix: new_prefix,
            suffix: new_suffix,
            score: 1.0,
            quote_similarity: 1.0,
        };
    }
    closest::closest(new, quote, prefix, suffix, &position).unwrap_or(Outcome {
        verdict: Verdict::Vanished,
        passage: None,
        range: None,
        prefix: String::new(),
        suffix: String::new(),
        score: 0.0,
        quote_similarity: 0.0,
    })
}

/// Whether two texts differ only in white space.
pub fn only_white_space_differs(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(new: &str, quote: &str, prefix: &str, suffix: &str) -> Outcome {
        reanchor(&Prepared::new(new), quote, prefix, suffix, None)
    }

    #[test]
    fn exact_quote_in_place_is_unchanged() {
        let o = outcome(
            "One. Xi intends to visit Kazakhstan. Two.",
            "Xi intends to visit Kazakhstan",
            "One. ",
            ". Two.",
        );
        assert_eq!(o.verdict, Verdict::Unchanged);
        assert_eq!(o.passage.as_deref(), Some("Xi intends to visit Kazakhstan"));
    }

    #[test]
    fn exact_quote_elsewhere_is_moved() {
        let o = outcome(
            "A new lead paragraph. Xi intends to visit Kazakhstan, officials said later on.",
            "Xi intends to visit Kazakhstan",
            "the summit in Samarkand; and ",
            " before the meeting; however",
        );
        assert_eq!(o.verdict, Verdict::Moved);
    }

    #[test]
    fn edited_quote_is_changed_with_its_passage() {
        let new = "Opening words here. The Commons speaker refuses access to Westminster Hall over Chinese sanctions on UK, sources say. More.";
        let o = outcome(
            new,
            "The Commons speaker refuses access to Westminster Hall over Chinese sanctions on UK, the BBC understands.",
            "Opening words here. ",
            " More.",
        );
        assert_eq!(o.verdict, Verdict::Changed, "{o:?}");
        let passage = o.passage.unwrap();
        assert!(passage.starts_with("The Commons speaker"), "{passage}");
        assert!(passage.contains("sources say"), "{passage}");
        assert!(o.quote_similarity > 0.7 && o.score < 1.0);
    }

    #[test]
    fn rewritten_attribution_is_changed_and_the_passage_keeps_to_its_sentence() {
        let new = "Xi will be making his first journey when he travels to Uzbekistan. Russian media reported that Xi plans to stop in Kazakhstan before the meeting.";
        let o = outcome(
            new,
            "It has been claimed by Russian media that Xi intends to visit Kazakhstan",
            "ney when he travels to Uzbekistan. ",
            " before the meeting.",
        );
        assert_eq!(o.verdict, Verdict::Changed, "{o:?}");
        assert_eq!(
            o.passage.as_deref(),
            Some("Russian media reported that Xi plans to stop in Kazakhstan")
        );
    }

    #[test]
    fn words_added_inside_the_quote_stay_in_the_passage() {
        let new = "Putin calls up reservists.\n\nThe Russian president says the mobilisation of up to 300,000 reservists is necessary.";
        let o = outcome(
            new,
            "The Russian president says the move is necessary.",
            "Putin calls up reservists.\n\n",
            "",
        );
        assert_eq!(o.verdict, Verdict::Changed, "{o:?}");
        assert!(
            o.passage
                .as_deref()
                .unwrap()
                .starts_with("The Russian president"),
            "{o:?}"
        );
    }

    #[test]
    fn unrelated_text_means_vanished() {
        let o = outcome(
            "The Chinese leader Xi Jinping is on his first overseas trip since the start of the pandemic.",
            "The Chinese and Russian leaders are due to meet at a major summit in Uzbekistan this week.",
            "",
            "",
        );
        assert_eq!(o.verdict, Verdict::Vanished, "{o:?}");
        assert_eq!(o.range, None);
        let none = outcome("Nothing in common at all.", "Xi will visit Astana", "", "");
        assert_eq!(none.verdict, Verdict::Vanished);
    }

    #[test]
    fn context_chooses_between_equal_passages() {
        let new = "alpha beta. Putin will go to the summit soon. gamma delta. Putin will go to a summit soon. epsilon";
        let o = outcome(
            new,
            "Putin will go to the summit now",
            "gamma delta. ",
            " epsilon",
        );
        assert_eq!(o.verdict, Verdict::Changed);
        assert_eq!(o.range.map(|r| r.0), new.find("Putin will go to a"));
    }

    #[test]
    fn white_space_only_changes_are_recognised() {
        assert!(only_white_space_differs("a  b\n\nc", "a b\nc\n"));
        assert!(!only_white_space_differs("a b", "a c"));
    }
}
