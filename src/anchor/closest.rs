//! Finding the closest passage to a quote that is no longer there word for word.

use std::collections::HashMap;

use super::{
    surroundings, weighted, words_of, Outcome, Prepared, Verdict, Word, CANDIDATES, MAX_POSTINGS,
    MIN_QUOTE_SIMILARITY, MIN_SHARED_WORDS, MIN_WORD_SIMILARITY,
};
use crate::text;

/// The closest passage to `quote`, scored; Vanished when it keeps too little.
pub(super) fn closest(
    new: &Prepared,
    quote: &str,
    prefix: &str,
    suffix: &str,
    position: &dyn Fn(usize) -> f64,
) -> Option<Outcome> {
    let folded_quote = text::fold_quote(quote);
    let quote_words = words_of(&folded_quote);
    let n = quote_words.len();
    if n == 0 || new.words.is_empty() {
        return None;
    }
    // Candidate alignments: each shared word votes for where the quote
    // would start (its diagonal, offset by n so that it is never negative).
    let mut votes = vec![0u32; new.words.len() + n];
    let mut any = false;
    for (i, w) in quote_words.iter().enumerate() {
        let Some(postings) = new.index.get(&w.key) else {
            continue;
        };
        if postings.len() > MAX_POSTINGS {
            continue;
        }
        for &j in postings {
            votes[j + n - i] += 1;
            any = true;
        }
    }
    if !any {
        return None;
    }
    // Votes within `spread` of each diagonal, from running totals.
    let spread = (n / 3).max(2);
    let mut total = Vec::with_capacity(votes.len() + 1);
    total.push(0u32);
    for v in &votes {
        total.push(total[total.len() - 1] + v);
    }
    let window =
        |d: usize| total[(d + spread + 1).min(votes.len())] - total[d.saturating_sub(spread)];
    // The best few diagonals, at least a quote's length apart, from those
    // with at least half the votes of the best.
    let mut strong: Vec<(u32, usize)> = (0..votes.len())
        .filter(|&d| votes[d] > 0)
        .map(|d| (window(d), d))
        .collect();
    let top = strong.iter().map(|w| w.0).max()?;
    strong.retain(|w| w.0 * 2 >= top);
    strong.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut centres: Vec<isize> = Vec::new();
    for (_, d) in strong {
        let d = d as isize - n as isize;
        if centres.iter().all(|&c| (c - d).unsigned_abs() > n) {
            centres.push(d);
            if centres.len() == CANDIDATES {
                break;
            }
        }
    }
    // Align the quote around each; only the best aligned are scored in full.
    let mut aligned: Vec<(usize, Vec<Alignment>)> = Vec::new();
    for d in centres {
        let from = (d - (n / 2) as isize - spread as isize).max(0) as usize;
        let to =
            ((d + (n + n / 2) as isize + spread as isize).max(0) as usize).min(new.words.len());
        if from < to {
            aligned.push((from, align(&quote_words, &new.words[from..to])));
        }
    }
    let least = aligned
        .iter()
        .flat_map(|(_, a)| a.iter().map(|a| a.cost))
        .min()?;
    let mut best: Option<Outcome> = None;
    for (from, alignments) in aligned {
        if alignments.iter().all(|a| a.cost > least + 2 * REPLACE) {
            continue;
        }
        // Of the equally good alignments (each reaching to the end of its
        // sentence when the quote ends one), the best scored passage.
        let mut spans = Vec::new();
        for a in alignments {
            let (ws, we) = widen(new, &a, from);
            let words = 1.0 - a.errors as f64 / n.max(we - ws) as f64;
            let we = sentence_end(new, &folded_quote, we).unwrap_or(we);
            spans.push((ws, we, words));
        }
        let Some((s, e, word_similarity, quote_similarity, p, x)) = spans
            .into_iter()
            .map(|(ws, we, words)| {
                let (fs, fe) = (new.words[ws].start, new.words[we - 1].end);
                let (s, e) = new.folded.original_range(fs, fe);
                let chars = strsim::normalized_levenshtein(&folded_quote, &new.folded.text[fs..fe]);
                let shared = shared_words(&quote_words, &new.words[ws..we]);
                let (p, x) = surroundings(&new.text, s, e, prefix, suffix);
                (s, e, words.max(shared), chars, p, x)
            })
            .max_by(|a, b| {
                weighted(a.3, a.4, a.5, position(a.0))
                    .total_cmp(&weighted(b.3, b.4, b.5, position(b.0)))
                    .then(b.0.cmp(&a.0))
            })
        else {
            continue;
        };
        // A quote that ends inside a sentence does not take the punctuation after it.
        let e = if folded_quote.ends_with(char::is_alphanumeric) {
            s + new.text[s..e]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len()
        } else {
            e
        };
        let passage = &new.text[s..e];
        let score = weighted(quote_similarity, p, x, position(s));
        let verdict = if quote_similarity >= MIN_QUOTE_SIMILARITY
            && word_similarity >= MIN_WORD_SIMILARITY
            || word_similarity >= MIN_SHARED_WORDS
        {
            Verdict::Changed
        } else {
            Verdict::Vanished
        };
        let (new_prefix, new_suffix) = text::context(&new.text, s, e);
        let candidate = Outcome {
            verdict,
            passage: Some(passage.to_string()),
            range: Some((s, e)),
            prefix: new_prefix,
            suffix: new_suffix,
            score,
            quote_similarity,
        };
        let better = match &best {
            None => true,
            Some(b) => {
                (candidate.verdict == Verdict::Changed, candidate.score)
                    > (b.verdict == Verdict::Changed, b.score)
            }
        };
        if better {
            best = Some(candidate);
        }
    }
    best.map(|mut b| {
        if b.verdict == Verdict::Vanished {
            // Say what was closest, but do not point at it.
            b.range = None;
            b.prefix.clear();
            b.suffix.clear();
        }
        b
    })
}

/// When the quote ends a sentence and the passage ending before word `end`
/// does not, the end of the passage's sentence, if it is a few words on.
fn sentence_end(new: &Prepared, folded_quote: &str, end: usize) -> Option<usize> {
    let ends_sentence = |w: &str| w.ends_with(['.', '!', '?', '"', '\'']);
    if !ends_sentence(folded_quote) || ends_sentence(&new.folded.text[..new.words[end - 1].end]) {
        return None;
    }
    (end..(end + 3).min(new.words.len()))
        .find(|&i| ends_sentence(&new.folded.text[new.words[i].start..new.words[i].end]))
        .map(|i| i + 1)
        .filter(|&e| {
            let (s, t) = new
                .folded
                .original_range(new.words[end - 1].end, new.words[e - 1].end);
            !new.text[s..t].contains("\n\n")
        })
}

/// Words too common to say whether two passages are about the same thing.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "can", "could", "that", "this", "these", "those", "it", "its", "as", "he",
    "she", "they", "his", "her", "their", "we", "our", "you", "i", "who", "which", "what", "there",
    "than", "then", "so", "if", "also", "about", "after", "before", "over", "into", "up", "out",
];

/// 0 to 1: the words two stretches share, in any order (Dice's coefficient),
/// leaving out function words when the quote has others.
fn shared_words(a: &[Word], b: &[Word]) -> f64 {
    let content = |w: &&Word| !FUNCTION_WORDS.contains(&w.key.as_str());
    let a_content: Vec<&Word> = a.iter().filter(content).collect();
    let (a, b): (Vec<&Word>, Vec<&Word>) = if a_content.is_empty() {
        (a.iter().collect(), b.iter().collect())
    } else {
        (a_content, b.iter().filter(content).collect())
    };
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for w in &b {
        *pool.entry(w.key.as_str()).or_default() += 1;
    }
    let mut common = 0;
    for w in &a {
        if let Some(k) = pool.get_mut(w.key.as_str()).filter(|k| **k > 0) {
            *k -= 1;
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Costs of the word alignment: a quote word replaced or missing costs
/// twice a word the passage has in addition, so that the passage covers what
/// the quote said even where words were added to it.
const REPLACE: usize = 2;
const DELETE: usize = 2;
const INSERT: usize = 1;

/// A stretch of words the quote aligns with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Alignment {
    /// Word indices in the stretch, end exclusive.
    start: usize,
    end: usize,
    /// The alignment's cost, and its number of words inserted, deleted or replaced.
    cost: usize,
    errors: usize,
    /// Quote words deleted before the first and after the last aligned word.
    lead: usize,
    trail: usize,
}

/// Align every word of the quote against a stretch of words, free to start
/// and end anywhere in it. Returns the best alignments.
fn align(quote: &[Word], words: &[Word]) -> Vec<Alignment> {
    let (n, m) = (quote.len(), words.len());
    let cols = m + 1;
    let sub = |i: usize, j: usize| {
        if quote[i - 1].key == words[j - 1].key {
            0
        } else {
            REPLACE
        }
    };
    // cost[i][j]: the first i quote words aligned, ending before text word j.
    let mut cost = vec![0usize; (n + 1) * cols];
    for i in 1..=n {
        cost[i * cols] = i * DELETE;
        for j in 1..=m {
            let diag = cost[(i - 1) * cols + j - 1] + sub(i, j);
            let up = cost[(i - 1) * cols + j] + DELETE;
            let left = cost[i * cols + j - 1] + INSERT;
            cost[i * cols + j] = diag.min(up).min(left);
        }
    }
    let Some(least) = (1..=m).map(|j| cost[n * cols + j]).min() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for end in (1..=m).filter(|&j| cost[n * cols + j] == least) {
        // Trace back to where the alignment starts: a shared word first, then
        // (of equally good ways) a missing quote word rather than a replaced
        // one, so that the text before and after the passage stays outside it;
        // `widen` brings it back within its sentence.
        let (mut i, mut j) = (n, end);
        let (mut errors, mut trail, mut lead) = (0, 0, 0);
        let mut aligned_any = false;
        while i > 0 && j > 0 {
            let here = cost[i * cols + j];
            let diag = cost[(i - 1) * cols + j - 1] + sub(i, j);
            if here == diag && sub(i, j) == 0 {
                aligned_any = true;
                lead = 0;
                i -= 1;
                j -= 1;
            } else if here == cost[(i - 1) * cols + j] + DELETE {
                errors += 1;
                if aligned_any {
                    lead += 1;
                } else {
                    trail += 1;
                }
                i -= 1;
            } else if here == diag {
                errors += 1;
                aligned_any = true;
                lead = 0;
                i -= 1;
                j -= 1;
            } else {
                errors += 1;
                lead = 0;
                j -= 1;
            }
        }
        // Quote words left when the stretch ran out were deleted at the start.
        errors += i;
        lead += i;
        if j < end {
            out.push(Alignment {
                start: j,
                end,
                cost: least,
                errors,
                lead,
                trail,
            });
        }
    }
    // The few whose length is nearest the quote's are worth scoring.
    out.sort_by_key(|a| (a.end - a.start).abs_diff(n));
    out.truncate(3);
    out
}

/// Whether a paragraph break separates word `a` from the next word `a + 1`.
fn break_after(new: &Prepared, a: usize) -> bool {
    let (s, e) = new
        .folded
        .original_range(new.words[a].end, new.words[a + 1].start);
    new.text[s..e].contains("\n\n")
}

fn ends_sentence(word: &str) -> bool {
    word.ends_with(['.', '!', '?'])
}

/// Widen a passage by the quote words the alignment left out at its edges:
/// as many words before and after, within the same sentence and paragraph.
fn widen(new: &Prepared, a: &Alignment, from: usize) -> (usize, usize) {
    let word = |i: usize| &new.folded.text[new.words[i].start..new.words[i].end];
    let (mut start, mut end) = (from + a.start, from + a.end);
    for _ in 0..a.lead {
        if start == 0 || ends_sentence(word(start - 1)) || break_after(new, start - 1) {
            break;
        }
        start -= 1;
    }
    for _ in 0..a.trail {
        if end >= new.words.len() || ends_sentence(word(end - 1)) || break_after(new, end - 1) {
            break;
        }
        end += 1;
    }
    (start, end)
}
