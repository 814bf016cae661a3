//! A set of indexed claims: what each claim's fields hold as terms, and the
//! postings of each term, built in memory (`MemSegment`).

use std::collections::HashMap;

use super::tokenize::Analyzer;

/// The searchable fields of a claim, each weighed on its own.
pub(crate) const NFIELDS: usize = 4;
/// The statement.
pub(crate) const F_STATEMENT: usize = 0;
/// Evidence summaries and the published conclusion.
pub(crate) const F_SUMMARY: usize = 1;
/// The id's words, the speaker, tags and rating.
pub(crate) const F_NAME: usize = 2;
/// The quote, when it differs from the statement.
pub(crate) const F_QUOTE: usize = 3;

/// How often a term occurs in each field of one claim (capped at 255).
pub(crate) type FieldTf = [u8; NFIELDS];
/// Each field's length in words (capped at 65,535).
pub(crate) type FieldLens = [u16; NFIELDS];

/// The text of a claim's fields, ready to be analysed.
#[derive(Debug, Clone, Default)]
pub(crate) struct FieldTexts(pub [String; NFIELDS]);

/// A claim as terms: each term with its count per field, and field lengths.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Analyzed {
    pub(crate) terms: Vec<(String, FieldTf)>,
    pub(crate) lens: FieldLens,
}

/// Terms of every field with their counts. (Pairs of adjacent words were
/// measured as terms too and did not help; see docs/search.md.)
pub(crate) fn analyze(analyzer: &Analyzer, texts: &FieldTexts) -> Analyzed {
    let mut counts: HashMap<String, FieldTf> = HashMap::new();
    let mut lens = [0u16; NFIELDS];
    for (f, text) in texts.0.iter().enumerate() {
        let words = analyzer.terms(text);
        lens[f] = u16::try_from(words.len()).unwrap_or(u16::MAX);
        for w in &words {
            let e = counts.entry(w.clone()).or_default();
            e[f] = e[f].saturating_add(1);
        }
    }
    let mut terms: Vec<(String, FieldTf)> = counts.into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Analyzed { terms, lens }
}

/// One posting: a claim (its number in the segment) and the term's counts.
pub(crate) type Posting = (u32, FieldTf);

/// Claims indexed in memory: the postings of every term, in claim order.
#[derive(Debug, Default)]
pub(crate) struct MemSegment {
    pub(crate) postings: HashMap<String, Vec<Posting>>,
    pub(crate) lens: Vec<FieldLens>,
}

impl MemSegment {
    /// A segment of `docs`, numbered in the order given.
    pub(crate) fn build(docs: &[Analyzed]) -> MemSegment {
        let mut seg = MemSegment::default();
        for d in docs {
            seg.push(d);
        }
        seg
    }

    /// Add one more claim, numbered after the others.
    pub(crate) fn push(&mut self, doc: &Analyzed) {
        let n = u32::try_from(self.lens.len()).unwrap_or(u32::MAX);
        for (term, tf) in &doc.terms {
            self.postings
                .entry(term.clone())
                .or_default()
                .push((n, *tf));
        }
        self.lens.push(doc.lens);
    }

    pub(crate) fn len(&self) -> usize {
        self.lens.len()
    }

    /// Sum of each field's lengths over all claims.
    pub(crate) fn total_lens(&self) -> [u64; NFIELDS] {
        let mut t = [0u64; NFIELDS];
        for l in &self.lens {
            for (x, v) in t.iter_mut().zip(l) {
                *x += u64::from(*v);
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_count_apart() {
        let a = Analyzer::new();
        let texts = FieldTexts([
            "Vaccines cause autism".into(),
            "No, vaccines do not".into(),
            String::new(),
            String::new(),
        ]);
        let d = analyze(&a, &texts);
        let get = |t: &str| d.terms.iter().find(|(x, _)| x == t).map(|(_, tf)| *tf);
        assert_eq!(get("vaccin"), Some([1, 1, 0, 0]));
        assert_eq!(get("caus"), Some([1, 0, 0, 0]));
        assert_eq!(d.lens, [3, 1, 0, 0]);
    }
}
