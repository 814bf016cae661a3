//! The second look at the best claims of a first ranking: what each one
//! shares with the query, as a few numbers (features), and the weights
//! that turn them into a new score. The weights were fitted on CheckThat!
//! 2022 Task 2A Train and chosen on Dev (`bench/fit_rerank.py` refits them
//! from the features `src/search/eval.rs` writes; see docs/search.md).

use std::collections::{HashMap, HashSet};

use super::rank::{char_grams, Query};
use super::segment::{F_NAME, F_STATEMENT, F_SUMMARY, NFIELDS};
use super::tokenize::Analyzer;
use super::DocMeta;

/// How many features a claim gets.
pub(crate) const NFEAT: usize = 23;

/// The weight of each feature (in the order of `NAMES`), fitted on
/// CheckThat! 2022 Task 2A Train by `bench/fit_rerank.py --soft 0.3`
/// from the features of the best 30 claims of the first ranking.
pub(crate) const LEARNED: [f32; NFEAT] = [
    0.4392, 0.2849, 0.5045, 0.3934, 0.4484, 0.9403, 1.352, 0.9358, 1.119, 0.9805, 0.2991, -0.2704,
    0.07634, 0.02037, -0.1332, 0.1033, -0.00937, 0.01775, -0.01517, 1.868, -0.1669, 0.4246, 0.2208,
];

/// The features' names, in order (the header of the features file).
#[cfg(test)]
pub(crate) const NAMES: [&str; NFEAT] = [
    "cos_si",
    "cos_s",
    "cos_id",
    "cos_sum",
    "cos_all",
    "bm_stmt",
    "bm_name",
    "bm_sum",
    "qcov",
    "qcov_stmt",
    "dcov",
    "bi_stmt",
    "bi_cnt",
    "num_match",
    "num_miss",
    "cap_share",
    "cap_miss",
    "len_stmt",
    "len_ratio",
    "sig_only",
    "rank",
    "rare_hit",
    "top3",
];

/// The words of a claim's id: `vclaim-sno-mcdonald39s-fries` →
/// `vclaim sno mcdonald's fries` (an apostrophe written `39` by a slug
/// between two letters is one again).
pub(crate) fn id_words(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let mut out = String::with_capacity(id.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let letter = |j: usize| chars.get(j).is_some_and(|c| c.is_alphabetic());
        if c == '3' && chars.get(i + 1) == Some(&'9') && i > 0 && letter(i - 1) && letter(i + 2) {
            out.push('\'');
            i += 2;
            continue;
        }
        out.push(if c == '-' || c == '_' { ' ' } else { c });
        i += 1;
    }
    out
}

/// What the features of every claim compare with: the query, the idf of
/// each of its terms, and the first ranking's statistics.
#[derive(Debug)]
pub(crate) struct Look<'a> {
    pub(crate) query: &'a Query,
    /// The idf of each of `query.terms`, in their order.
    pub(crate) idf: &'a [f32],
    pub(crate) k1: f32,
    pub(crate) b: [f32; NFIELDS],
    /// The average length of each field.
    pub(crate) avg: [f32; NFIELDS],
    /// The score of a claim holding every query word (`View::score`).
    pub(crate) full: f32,
    /// How many claims are looked at again.
    pub(crate) depth: usize,
    /// The length of the query's character n-gram vector (`Query::grams`),
    /// made once: a long query has many.
    pub(crate) gram_norm: f32,
}

/// The length of an n-gram vector.
pub(crate) fn norm(grams: &HashMap<String, f32>) -> f32 {
    grams.values().map(|c| c * c).sum::<f32>().sqrt()
}

/// The cosine of the query's n-grams (whose length is `query_norm`) and `doc`'s.
fn cosine(query: &HashMap<String, f32>, query_norm: f32, doc: &HashMap<String, f32>) -> f32 {
    let dot: f32 = doc
        .iter()
        .filter_map(|(g, c)| query.get(g).map(|q| q * c))
        .sum();
    let d = query_norm * norm(doc);
    if d > 0.0 {
        dot / d
    } else {
        0.0
    }
}

impl Look<'_> {
    /// The total weight of the query's terms (weight × idf).
    fn mass(&self) -> f32 {
        self.query
            .terms
            .iter()
            .zip(self.idf)
            .map(|((_, w), i)| w * i)
            .sum::<f32>()
            .max(f32::MIN_POSITIVE)
    }
}

fn counts(words: &[String]) -> HashMap<&str, f32> {
    let mut m: HashMap<&str, f32> = HashMap::new();
    for w in words {
        *m.entry(w.as_str()).or_default() += 1.0;
    }
    m
}

fn pairs(words: &[String]) -> HashSet<(&str, &str)> {
    words
        .windows(2)
        .map(|w| (w[0].as_str(), w[1].as_str()))
        .collect()
}

fn is_number(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// The terms of the words of `text` written with a capital, the first
/// word of each sentence left out (names, mostly).
fn capitalised(analyzer: &Analyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !sentence_start && word.chars().next().is_some_and(char::is_uppercase) {
            out.extend(analyzer.terms(word));
        }
        sentence_start = raw.ends_with(['.', '!', '?', ':']) || word.is_empty() && sentence_start;
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The features of one claim (`meta`), first ranked `rank` (from 0).
pub(crate) fn features(
    analyzer: &Analyzer,
    look: &Look<'_>,
    meta: &DocMeta,
    rank: usize,
) -> [f32; NFEAT] {
    let q = look.query;
    let ids = id_words(&meta.id);
    let mut name = ids.clone();
    for extra in meta
        .speaker
        .iter()
        .chain(meta.rating.iter())
        .chain(meta.tags.iter())
    {
        name.push('\n');
        name.push_str(extra);
    }
    let stmt_w = analyzer.terms(&meta.statement);
    let name_w = analyzer.terms(&name);
    let sum_w = analyzer.terms(&meta.summary);
    let (stmt_c, name_c, sum_c) = (counts(&stmt_w), counts(&name_w), counts(&sum_w));

    // Per field BM25, as shares of the score of a claim holding every word.
    let bm = |c: &HashMap<&str, f32>, len: usize, f: usize| -> f32 {
        let norm = 1.0 - look.b[f] + look.b[f] * len as f32 / look.avg[f].max(1.0);
        let mut s = 0.0;
        for ((t, w), idf) in q.terms.iter().zip(look.idf) {
            if let Some(tf) = c.get(t.as_str()) {
                s += w * idf * tf * (look.k1 + 1.0) / (tf + look.k1 * norm.max(0.01));
            }
        }
        s / look.full.max(f32::MIN_POSITIVE)
    };
    let bm_stmt = bm(&stmt_c, stmt_w.len(), F_STATEMENT);
    let bm_name = bm(&name_c, name_w.len(), F_NAME);
    let bm_sum = bm(&sum_c, sum_w.len(), F_SUMMARY);

    // How much of the query the claim holds (weight × idf).
    let mass = look.mass();
    let (mut found, mut found_stmt, mut sig_only) = (0.0, 0.0, 0.0);
    for ((t, w), idf) in q.terms.iter().zip(look.idf) {
        let t = t.as_str();
        let in_stmt = stmt_c.contains_key(t);
        if in_stmt || name_c.contains_key(t) || sum_c.contains_key(t) {
            found += w * idf;
            if *w < 1.0 {
                sig_only += w * idf;
            }
        }
        if in_stmt {
            found_stmt += w * idf;
        }
    }
    // The rarest words of the query: the rarest the claim holds, and how
    // many of the three rarest.
    let holds = |t: &str| stmt_c.contains_key(t) || name_c.contains_key(t) || sum_c.contains_key(t);
    let mut by_idf: Vec<(f32, &str)> = q
        .terms
        .iter()
        .zip(look.idf)
        .map(|((t, w), i)| (w * i, t.as_str()))
        .collect();
    by_idf.sort_by(|a, b| b.0.total_cmp(&a.0));
    let top_idf = by_idf.first().map_or(1.0, |x| x.0).max(f32::MIN_POSITIVE);
    let rare_hit = by_idf
        .iter()
        .find(|(_, t)| holds(t))
        .map_or(0.0, |x| x.0 / top_idf);
    let top3 = by_idf.iter().take(3).filter(|(_, t)| holds(t)).count() as f32 / 3.0;
    let in_query = |t: &str| q.terms.binary_search_by(|(x, _)| x.as_str().cmp(t)).is_ok();
    let stmt_distinct: Vec<&str> = stmt_c.keys().copied().collect();
    let dcov = if stmt_distinct.is_empty() {
        0.0
    } else {
        stmt_distinct.iter().filter(|t| in_query(t)).count() as f32 / stmt_distinct.len() as f32
    };

    // Adjacent pairs of words (the claim's few looked up in the query's
    // many, which a long query has).
    let in_pairs = |p: &(&str, &str)| q.pairs.contains(&(p.0.to_string(), p.1.to_string()));
    let sp = pairs(&stmt_w);
    let bi_stmt_n = sp.iter().filter(|p| in_pairs(p)).count();
    let mut all_p = sp.clone();
    all_p.extend(pairs(&name_w));
    all_p.extend(pairs(&sum_w));
    let bi_all = all_p.iter().filter(|p| in_pairs(p)).count();

    // Numbers.
    let mut nums: HashSet<&str> = HashSet::new();
    for w in stmt_w.iter().chain(&sum_w).chain(&name_w) {
        if is_number(w) {
            nums.insert(w.as_str());
        }
    }
    let num_match = nums.iter().filter(|t| in_query(t)).count();
    let num_miss = stmt_c
        .keys()
        .filter(|t| is_number(t) && !in_query(t))
        .count();

    // Names.
    let caps = capitalised(analyzer, &meta.statement);
    let caps_found = caps.iter().filter(|t| in_query(t)).count();
    let cap_share = if caps.is_empty() {
        0.0
    } else {
        caps_found as f32 / caps.len() as f32
    };

    // Character n-grams.
    let cos = |text: &str| cosine(&q.grams, look.gram_norm, &char_grams(text, (5, 5)));
    let cos_si = cos(&format!("{} {}", meta.statement, ids));
    let cos_s = cos(&meta.statement);
    let cos_id = cos(&ids);
    let cos_sum = cos(&meta.summary);
    let cos_all = cos(&format!("{} {} {}", meta.statement, ids, meta.summary));

    let qlen = q.terms.len() as f32;
    [
        cos_si,
        cos_s,
        cos_id,
        cos_sum,
        cos_all,
        bm_stmt,
        bm_name,
        bm_sum,
        found / mass,
        found_stmt / mass,
        dcov,
        bi_stmt_n as f32 / sp.len().max(1) as f32,
        (1.0 + bi_all as f32).ln(),
        (1.0 + num_match as f32).ln(),
        (1.0 + num_miss as f32).ln(),
        cap_share,
        (1.0 + (caps.len() - caps_found) as f32).ln(),
        (1.0 + stmt_w.len() as f32).ln(),
        ((1.0 + stmt_w.len() as f32) / (1.0 + qlen)).ln().abs(),
        sig_only / mass,
        rank as f32 / look.depth.max(1) as f32,
        rare_hit,
        top3,
    ]
}

/// The weighed sum of `f` by `w` (a claim's score is multiplied by its
/// exponential).
pub(crate) fn gain(w: &[f32; NFEAT], f: &[f32; NFEAT]) -> f32 {
    w.iter().zip(f).map(|(a, b)| a * b).sum()
}

/// The claims one re-ranking looked at: id, first score and features.
#[cfg(test)]
pub(crate) type Looked = Vec<(String, f32, [f32; NFEAT])>;

#[cfg(test)]
thread_local! {
    /// When set, every re-ranking adds its claims' ids, first-pass scores
    /// and features here (one list a query), for `eval.rs` to write out.
    pub(crate) static DUMP: std::cell::RefCell<Option<Vec<Looked>>> =
        const { std::cell::RefCell::new(None) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_apostrophes_and_hyphens() {
        assert_eq!(
            id_words("vclaim-sno-1-mcdonald39s-fries"),
            "vclaim sno 1 mcdonald's fries"
        );
        assert_eq!(id_words("b-39-bomber"), "b 39 bomber");
        assert_eq!(id_words("area39"), "area39");
    }

    #[test]
    fn capitals_past_a_sentence_start() {
        let a = Analyzer::new();
        assert_eq!(
            capitalised(&a, "The President met Jill Stein. Later they ate."),
            vec!["jill", "presid", "stein"]
        );
    }
}
