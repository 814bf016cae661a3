//! Ranking: BM25F over the fields of a claim, across a stored segment, the claims changed since it was built
//! (an overlay) and the stored claims those replace (masked).

use std::collections::{HashMap, HashSet};

use super::features::{features, gain as gain_of, norm, Look, LEARNED, NFEAT};
use super::segment::{FieldLens, MemSegment, Posting, NFIELDS};
use super::tokenize::{
    clean_query, fold, is_stop_word, split_dates, split_signature, Analyzer, Clean,
};
use super::DocMeta;

/// The weights of the ranking, chosen by measurement (docs/search.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Params {
    pub(crate) k1: f32,
    /// Length normalisation per field.
    pub(crate) b: [f32; NFIELDS],
    /// Weight of a match per field.
    pub(crate) weight: [f32; NFIELDS],
    /// What to clean out of a query.
    pub(crate) clean: Clean,
    /// Split `#HashTags` at their capitals.
    pub(crate) split_hashtags: bool,
    /// Pseudo-relevance feedback: the statements of this many best claims
    /// of a first ranking lend the query their words (0: none).
    pub(crate) prf_docs: usize,
    /// How many such words are added at most.
    pub(crate) prf_terms: usize,
    /// The weight of the most telling added word (a query word weighs 1).
    pub(crate) prf_weight: f32,
    /// The weight of a word found only in the signature of a pasted post
    /// (`— Name (@handle) January 14, 2020`); 1: like any other.
    pub(crate) signature_weight: f32,
    /// The weight of a word found only in a date (`January 14, 2020`).
    pub(crate) date_weight: f32,
    /// BM25+: what a claim gains for holding a query word at all (times
    /// the word's idf), however long the claim.
    pub(crate) delta: f32,
    /// Re-ranking of the best `rerank` claims: a claim's score grows by
    /// this share for each pair of adjacent words its statement has in
    /// common with the query, over its statement's pairs (0: none).
    pub(crate) pair_weight: f32,
    pub(crate) rerank: usize,
    /// Words held by more than this share of the claims weigh
    /// `common_weight` (1: no such words).
    pub(crate) common_df: f32,
    pub(crate) common_weight: f32,
    /// Re-ranking of the best `rerank` claims by character n-grams: a
    /// claim's score grows by this share of its n-gram similarity to the
    /// query (0: none).
    pub(crate) gram_weight: f32,
    /// The lengths of the character n-grams, shortest and longest.
    pub(crate) gram_n: (usize, usize),
    /// How the n-grams compare: 0 cosine, 1 the share of the claim's
    /// n-grams found in the query.
    pub(crate) gram_kind: u8,
    /// The claim's id words count in its n-grams too.
    pub(crate) gram_id: bool,
    /// Re-ranking of the best `rerank` claims by how much of their
    /// statement the query covers: a claim's score grows by this share of
    /// the idf of its statement's words found in the query over the idf of
    /// all of them (0: none).
    pub(crate) cover_weight: f32,
    /// Re-ranking of the best `rerank` claims by the weighed features of
    /// `features.rs`: a claim's score times the exponential of their sum.
    pub(crate) linear: bool,
    pub(crate) lin: [f32; NFEAT],
}

/// The pairs of adjacent terms of `text` (common words left out between them).
pub(crate) fn adjacent_pairs(analyzer: &Analyzer, text: &str) -> HashSet<(String, String)> {
    let words = analyzer.terms(text);
    words
        .windows(2)
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect()
}

impl Default for Params {
    fn default() -> Self {
        Params {
            k1: 1.2,
            b: [0.75, 0.75, 0.5, 0.75],
            weight: [1.0, 0.6, 1.0, 0.15],
            clean: Clean {
                links: true,
                drop_handles: false,
                signature: false,
                dates: false,
            },
            split_hashtags: true,
            prf_docs: 0,
            prf_terms: 0,
            prf_weight: 0.0,
            signature_weight: 0.7,
            date_weight: 1.0,
            delta: 0.0,
            pair_weight: 0.0,
            rerank: 30,
            common_df: 1.0,
            common_weight: 1.0,
            gram_weight: 1.0,
            gram_n: (5, 5),
            gram_kind: 0,
            gram_id: true,
            cover_weight: 0.0,
            linear: true,
            lin: LEARNED,
        }
    }
}

/// The stored postings a search reads, whatever holds them.
pub(crate) trait Segment {
    fn doc_count(&self) -> usize;
    fn lens(&self, doc: u32) -> FieldLens;
    fn total_lens(&self) -> [u64; NFIELDS];
    /// The postings of `term`, in claim order (empty if none).
    fn postings(&self, term: &str) -> Vec<Posting>;
}

impl Segment for MemSegment {
    fn doc_count(&self) -> usize {
        self.len()
    }
    fn lens(&self, doc: u32) -> FieldLens {
        self.lens.get(doc as usize).copied().unwrap_or_default()
    }
    fn total_lens(&self) -> [u64; NFIELDS] {
        MemSegment::total_lens(self)
    }
    fn postings(&self, term: &str) -> Vec<Posting> {
        self.postings.get(term).cloned().unwrap_or_default()
    }
}

/// A claim found: in the stored segment or in the overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum DocRef {
    Base(u32),
    Overlay(u32),
}

/// The query as weighted terms.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Query {
    /// Each distinct term with its weight.
    pub(crate) terms: Vec<(String, f32)>,
    /// Distinct terms left out past `MAX_QUERY_TERMS`.
    pub(crate) left_out: usize,
    /// Pairs of adjacent terms of the text (outside its signature), for
    /// the re-ranking; empty when there is none.
    pub(crate) pairs: HashSet<(String, String)>,
    /// Character n-grams of the text (outside its signature) with their
    /// counts, for the re-ranking; empty when there is none.
    pub(crate) grams: HashMap<String, f32>,
}

/// The distinct terms of a query looked up at most (the first ones in the
/// text), so that a pasted book is answered in bounded time.
pub(crate) const MAX_QUERY_TERMS: usize = 2000;

impl Query {
    pub(crate) fn parse(analyzer: &Analyzer, text: &str, params: &Params) -> Query {
        // The parts of the text and the weight of the words found in each;
        // a word found in several parts weighs its most.
        let (body, signature) = if params.signature_weight < 1.0 {
            split_signature(text)
        } else {
            (text, "")
        };
        let mut parts = vec![(clean_query(body, params.clean), 1.0)];
        if params.date_weight < 1.0 {
            let (rest, dates) = split_dates(&parts[0].0);
            parts = vec![(rest, 1.0), (dates, params.date_weight)];
        }
        parts.push((
            clean_query(signature, params.clean),
            params.signature_weight,
        ));
        let mut weights: HashMap<String, f32> = HashMap::new();
        let mut left_out = 0;
        let mut pairs = HashSet::new();
        let mut grams = HashMap::new();
        for (i, (part, weight)) in parts.iter().enumerate() {
            if *weight <= 0.0 {
                continue;
            }
            let mut words = Vec::new();
            analyzer.terms_into(part, params.split_hashtags, &mut words);
            if i == 0 && (params.pair_weight > 0.0 || params.rerank > 0) {
                pairs = adjacent_pairs(analyzer, part);
            }
            if i == 0 && (params.gram_weight > 0.0 || params.rerank > 0) {
                grams = char_grams(part, params.gram_n);
            }
            // Each distinct term counts once: a post repeating a name or a
            // hashtag says no more about it.
            for w in words {
                if let Some(x) = weights.get_mut(&w) {
                    *x = x.max(*weight);
                } else if weights.len() < MAX_QUERY_TERMS {
                    weights.insert(w, *weight);
                } else {
                    left_out += 1;
                }
            }
        }
        let mut terms: Vec<(String, f32)> = weights.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        Query {
            terms,
            left_out,
            pairs,
            grams,
        }
    }
}

impl Query {
    /// The query with words of the best claims of a first ranking added
    /// (`top`: each one's score and statement): each word weighed by its
    /// share of each statement, the statements by their score.
    pub(crate) fn expanded(
        &self,
        analyzer: &Analyzer,
        top: &[(f32, String)],
        params: &Params,
    ) -> Query {
        let total: f32 = top.iter().map(|(s, _)| s).sum();
        let mut weights: HashMap<String, f32> = HashMap::new();
        if total > 0.0 {
            for (score, text) in top {
                let words = analyzer.terms(text);
                if words.is_empty() {
                    continue;
                }
                let share = score / total / words.len() as f32;
                for w in words {
                    *weights.entry(w).or_default() += share;
                }
            }
        }
        let mut new: Vec<(String, f32)> = weights
            .into_iter()
            .filter(|(w, _)| {
                self.terms
                    .binary_search_by(|(t, _)| t.as_str().cmp(w))
                    .is_err()
            })
            .collect();
        new.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        new.truncate(params.prf_terms);
        let max = new.first().map_or(1.0, |x| x.1).max(f32::MIN_POSITIVE);
        let mut terms = self.terms.clone();
        terms.extend(
            new.into_iter()
                .map(|(w, v)| (w, params.prf_weight * v / max)),
        );
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        Query {
            terms,
            left_out: self.left_out,
            pairs: self.pairs.clone(),
            grams: self.grams.clone(),
        }
    }
}

/// The character n-grams of the words of `text` (folded, common words
/// left out, each word marked at both ends), with their counts.
pub(crate) fn char_grams(text: &str, (lo, hi): (usize, usize)) -> HashMap<String, f32> {
    let mut out: HashMap<String, f32> = HashMap::new();
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.is_empty() {
            continue;
        }
        let word = fold(raw);
        if is_stop_word(&word) {
            continue;
        }
        let chars: Vec<char> = std::iter::once('_')
            .chain(word.chars())
            .chain(std::iter::once('_'))
            .collect();
        for n in lo.max(1)..=hi {
            for g in chars.windows(n) {
                *out.entry(g.iter().collect()).or_default() += 1.0;
            }
        }
    }
    out
}

/// How alike two n-gram profiles are: cosine (`kind` 0) or the share of
/// `doc`'s n-grams found in `query` (1).
pub(crate) fn gram_similarity(
    query: &HashMap<String, f32>,
    doc: &HashMap<String, f32>,
    kind: u8,
) -> f32 {
    let dot: f32 = doc
        .iter()
        .filter_map(|(g, c)| query.get(g).map(|q| q * c))
        .sum();
    if kind == 1 {
        let shared: f32 = doc
            .iter()
            .filter(|(g, _)| query.contains_key(*g))
            .map(|(_, c)| c)
            .sum();
        let total: f32 = doc.values().sum();
        return if total > 0.0 { shared / total } else { 0.0 };
    }
    let norm = |m: &HashMap<String, f32>| m.values().map(|c| c * c).sum::<f32>().sqrt();
    let d = norm(query) * norm(doc);
    if d > 0.0 {
        dot / d
    } else {
        0.0
    }
}

/// What a search ranks over: a stored segment, claims masked in it (changed
/// or removed since it was built), and an overlay holding the changed ones.
#[derive(Debug)]
pub(crate) struct View<'a, S: Segment> {
    pub(crate) base: &'a S,
    /// One flag per claim of `base`: true when it no longer counts.
    pub(crate) masked: &'a [bool],
    pub(crate) overlay: &'a MemSegment,
}

impl<S: Segment> View<'_, S> {
    fn is_masked(&self, doc: u32) -> bool {
        self.masked.get(doc as usize).copied().unwrap_or(false)
    }

    /// The idf of `term` over the claims counted.
    fn idf(&self, term: &str, n: f32) -> f32 {
        let base = self
            .base
            .postings(term)
            .into_iter()
            .filter(|(d, _)| !self.is_masked(*d))
            .count();
        let over = self.overlay.postings.get(term).map_or(0, Vec::len);
        let df = ((base + over) as f32).max(1.0);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Re-rank the best claims of a first ranking by a second look at their
    /// statement (`Params::rerank`), reading what each shows through `meta`;
    /// the details read, for the caller to show without reading them again,
    /// each with the score its share is measured by (`Hit::share`): the
    /// first score times 1 + the cosine of the character 5-grams of the
    /// statement and id, whatever decided the order, so that a share keeps
    /// its meaning (about 1 or more for the same words).
    pub(crate) fn rerank<E>(
        &self,
        scored: &mut [(f32, DocRef)],
        query: &Query,
        idf: &[f32],
        full: f32,
        params: &Params,
        meta: impl Fn(DocRef) -> Result<DocMeta, E>,
    ) -> Result<HashMap<DocRef, (DocMeta, f32)>, E> {
        let mut shown = HashMap::new();
        let linear = params.linear;
        let pairs_on = !linear && params.pair_weight > 0.0 && !query.pairs.is_empty();
        let grams_on = !linear && params.gram_weight > 0.0 && !query.grams.is_empty();
        let cover_on = !linear && params.cover_weight > 0.0;
        #[cfg(test)]
        let dump = super::features::DUMP.with(|d| d.borrow().is_some());
        #[cfg(not(test))]
        let dump = false;
        if params.rerank == 0 || !(pairs_on || grams_on || cover_on || linear || dump) {
            return Ok(shown);
        }
        let analyzer = Analyzer::new();
        let (n, avg) = self.stats();
        let look = Look {
            query,
            idf,
            k1: params.k1,
            b: params.b,
            avg,
            full,
            depth: params.rerank,
            gram_norm: norm(&query.grams),
        };
        #[cfg(test)]
        let mut dumped = Vec::new();
        let mut idfs: HashMap<String, f32> = HashMap::new();
        let k = params.rerank.min(scored.len());
        for (rank, (score, doc)) in scored.iter_mut().take(k).enumerate() {
            let m = meta(*doc)?;
            let mut gain = 0.0;
            let mut plain = None;
            if linear || dump {
                let f = features(&analyzer, &look, &m, rank);
                #[cfg(test)]
                dumped.push((m.id.clone(), *score, f));
                if linear {
                    plain = Some(*score * (1.0 + f[0]));
                    *score *= gain_of(&params.lin, &f).exp();
                }
            }
            if pairs_on {
                let pairs = adjacent_pairs(&analyzer, &m.statement);
                let shared = pairs.iter().filter(|p| query.pairs.contains(*p)).count();
                gain += params.pair_weight * shared as f32 / pairs.len().max(1) as f32;
            }
            if grams_on {
                let grams = if params.gram_id {
                    char_grams(&format!("{} {}", m.statement, m.id), params.gram_n)
                } else {
                    char_grams(&m.statement, params.gram_n)
                };
                gain +=
                    params.gram_weight * gram_similarity(&query.grams, &grams, params.gram_kind);
            }
            if cover_on {
                let mut words = analyzer.terms(&m.statement);
                words.sort_unstable();
                words.dedup();
                let (mut found, mut all) = (0.0f32, 0.0f32);
                for w in words {
                    let idf = match idfs.get(&w) {
                        Some(x) => *x,
                        None => {
                            let x = self.idf(&w, n);
                            idfs.insert(w.clone(), x);
                            x
                        }
                    };
                    all += idf;
                    if let Ok(i) = query.terms.binary_search_by(|(t, _)| t.as_str().cmp(&w)) {
                        found += idf * query.terms[i].1;
                    }
                }
                if all > 0.0 {
                    gain += params.cover_weight * found / all;
                }
            }
            if !linear {
                *score *= 1.0 + gain;
            }
            shown.insert(*doc, (m, plain.unwrap_or(*score)));
        }
        #[cfg(test)]
        super::features::DUMP.with(|d| {
            if let Some(all) = d.borrow_mut().as_mut() {
                all.push(dumped);
            }
        });
        scored[..k].sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(shown)
    }

    /// Claims counted and the average length of each field over them,
    /// exactly as a segment built afresh from the same claims would count.
    fn stats(&self) -> (f32, [f32; NFIELDS]) {
        let mut totals = self.base.total_lens();
        let mut n = self.base.doc_count() as u64;
        for (doc, &m) in self.masked.iter().enumerate() {
            if m {
                n = n.saturating_sub(1);
                let l = self.base.lens(u32::try_from(doc).unwrap_or(u32::MAX));
                for f in 0..NFIELDS {
                    totals[f] = totals[f].saturating_sub(u64::from(l[f]));
                }
            }
        }
        let over = self.overlay.total_lens();
        for f in 0..NFIELDS {
            totals[f] += over[f];
        }
        n += self.overlay.len() as u64;
        let mut avg = [1.0f32; NFIELDS];
        if n > 0 {
            for f in 0..NFIELDS {
                avg[f] = (totals[f] as f32 / n as f32).max(1.0);
            }
        }
        (n as f32, avg)
    }

    /// Every claim matching any query term, scored, best first (ties by
    /// reference, so the order is stable); and the score of a claim holding
    /// every query term once in a statement of average length, against which
    /// a score reads as a share (about 1 for the same words).
    #[cfg(test)]
    pub(crate) fn score(&self, query: &Query, params: &Params) -> (Vec<(f32, DocRef)>, f32) {
        let (scored, full, _) = self.score_idf(query, params);
        (scored, full)
    }

    /// `score`, and the idf of each of the query's terms, in their order.
    pub(crate) fn score_idf(
        &self,
        query: &Query,
        params: &Params,
    ) -> (Vec<(f32, DocRef)>, f32, Vec<f32>) {
        let (n, avg) = self.stats();
        let mut full = 0.0f32;
        let mut idfs = Vec::with_capacity(query.terms.len());
        let mut base_scores: HashMap<u32, f32> = HashMap::new();
        let mut over_scores: HashMap<u32, f32> = HashMap::new();
        let overlay_lens = &self.overlay.lens;
        for (term, qw) in &query.terms {
            let base_post: Vec<Posting> = self
                .base
                .postings(term)
                .into_iter()
                .filter(|(d, _)| !self.is_masked(*d))
                .collect();
            let over_post = self.overlay.postings.get(term.as_str());
            let df = (base_post.len() + over_post.map_or(0, Vec::len)) as f32;
            // A word no claim has counts in the full score as a word one claim has.
            let mut idf = (1.0 + (n - df.max(1.0) + 0.5) / (df.max(1.0) + 0.5)).ln();
            if df > params.common_df * n {
                idf *= params.common_weight;
            }
            full += qw * idf * params.weight[0];
            idfs.push(idf);
            if df == 0.0 {
                continue;
            }
            let weight = qw * idf;
            let tf_score = |lens: FieldLens, tf: &[u8; NFIELDS]| -> f32 {
                let mut wtf = 0.0f32;
                for f in 0..NFIELDS {
                    if tf[f] > 0 {
                        let norm = 1.0 - params.b[f] + params.b[f] * f32::from(lens[f]) / avg[f];
                        wtf += params.weight[f] * f32::from(tf[f]) / norm.max(0.01);
                    }
                }
                wtf * (params.k1 + 1.0) / (params.k1 + wtf) + params.delta
            };
            for (doc, tf) in &base_post {
                *base_scores.entry(*doc).or_default() +=
                    weight * tf_score(self.base.lens(*doc), tf);
            }
            for (doc, tf) in over_post.into_iter().flatten() {
                let lens = overlay_lens.get(*doc as usize).copied().unwrap_or_default();
                *over_scores.entry(*doc).or_default() += weight * tf_score(lens, tf);
            }
        }
        let mut out: Vec<(f32, DocRef)> = base_scores
            .into_iter()
            .map(|(d, s)| (s, DocRef::Base(d)))
            .chain(
                over_scores
                    .into_iter()
                    .map(|(d, s)| (s, DocRef::Overlay(d))),
            )
            .collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        (out, full, idfs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::segment::{analyze, FieldTexts};

    fn doc(a: &Analyzer, statement: &str, summary: &str) -> crate::search::segment::Analyzed {
        analyze(
            a,
            &FieldTexts([
                statement.into(),
                summary.into(),
                String::new(),
                String::new(),
            ]),
        )
    }

    #[test]
    fn the_claim_saying_the_same_thing_ranks_first() {
        let a = Analyzer::new();
        let docs = vec![
            doc(&a, "The moon landing was staged in a studio.", "Moon hoax"),
            doc(
                &a,
                "Vaccines cause autism in children.",
                "Vaccine autism link",
            ),
            doc(&a, "Drinking bleach cures the virus.", "Bleach cure"),
        ];
        let seg = MemSegment::build(&docs);
        let p = Params::default();
        let q = Query::parse(
            &a,
            "Do vaccines really cause autism? @someone https://t.co/x",
            &p,
        );
        let view = View {
            base: &seg,
            masked: &[false; 3],
            overlay: &MemSegment::default(),
        };
        let (hits, _) = view.score(&q, &p);
        assert_eq!(hits[0].1, DocRef::Base(1));
        assert_eq!(hits.len(), 1);
    }

    #[test]
    fn character_grams_catch_inflections_and_glued_words() {
        let q = char_grams("wildfires in Australia", (5, 5));
        let glued = char_grams("The Australian wildfire", (5, 5));
        let other = char_grams("The moon landing was staged", (5, 5));
        assert!(q.contains_key("_wild") && q.contains_key("fires"));
        // Common words give no n-grams.
        let short = char_grams("in the wildfires", (3, 4));
        assert!(short.contains_key("_wil"));
        assert!(!short.contains_key("_in_") && !short.contains_key("_the"));
        let near = gram_similarity(&q, &glued, 0);
        assert!(near > 0.4, "{near}");
        assert_eq!(gram_similarity(&q, &other, 0), 0.0);
        assert!((gram_similarity(&q, &q, 0) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn the_best_claims_are_reranked_by_character_grams() {
        let a = Analyzer::new();
        // Both claims hold the query's one word, the shorter first; the
        // second also shares the glued hashtags' parts, in n-grams only.
        let docs = vec![
            doc(&a, "Wildfire smoke seen.", ""),
            doc(&a, "Australian koalas fled wildfire.", ""),
        ];
        let seg = MemSegment::build(&docs);
        let view = View {
            base: &seg,
            masked: &[false; 2],
            overlay: &MemSegment::default(),
        };
        let meta = |d: DocRef| -> Result<DocMeta, ()> {
            let DocRef::Base(i) = d else { return Err(()) };
            let statement =
                ["Wildfire smoke seen.", "Australian koalas fled wildfire."][i as usize];
            Ok(DocMeta {
                id: format!("claim-{i}"),
                statement: statement.into(),
                ..DocMeta::default()
            })
        };
        let text = "wildfire #koalasfleeing #australianbushfires";
        let off = Params {
            gram_weight: 0.0,
            linear: false,
            ..Params::default()
        };
        let q = Query::parse(&a, text, &off);
        let (mut plain, full, idf) = view.score_idf(&q, &off);
        assert!(view
            .rerank(&mut plain, &q, &idf, full, &off, meta)
            .unwrap()
            .is_empty());
        assert_eq!(plain[0].1, DocRef::Base(0));
        // The n-grams alone, and the learned weights of every feature.
        let grams = Params {
            linear: false,
            ..Params::default()
        };
        for on in [grams, Params::default()] {
            let q = Query::parse(&a, text, &on);
            let (mut scored, full, idf) = view.score_idf(&q, &on);
            let shown = view.rerank(&mut scored, &q, &idf, full, &on, meta).unwrap();
            assert_eq!(shown.len(), 2);
            assert_eq!(scored[0].1, DocRef::Base(1));
        }
    }

    #[test]
    fn an_overlay_scores_exactly_as_a_fresh_build() {
        let a = Analyzer::new();
        let old = vec![
            doc(&a, "The moon landing was staged.", ""),
            doc(&a, "Vaccines cause autism.", ""),
            doc(&a, "Bleach cures the virus.", ""),
        ];
        let changed = doc(&a, "Vaccines do not cause autism, moon.", "");
        let base = MemSegment::build(&old);
        let overlay = MemSegment::build(std::slice::from_ref(&changed));
        let fresh = MemSegment::build(&[old[0].clone(), old[2].clone(), changed]);
        let p = Params::default();
        let q = Query::parse(&a, "vaccines autism moon", &p);
        let (incremental, _) = View {
            base: &base,
            masked: &[false, true, false],
            overlay: &overlay,
        }
        .score(&q, &p);
        let (rebuilt, _) = View {
            base: &fresh,
            masked: &[false; 3],
            overlay: &MemSegment::default(),
        }
        .score(&q, &p);
        let scores = |v: &[(f32, DocRef)]| v.iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(scores(&incremental), scores(&rebuilt));
        assert_eq!(incremental[0].1, DocRef::Overlay(0));
    }
}
