//! The quote rules: each quote looked for in the revision it names (all the
//! quotes into one revision in one pass), and in the source's latest revision.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rayon::prelude::*;

use super::claims::ClaimFindings;
use super::place::nested_key;
use super::sources::LoadedSource;
use super::Rule;
use crate::anchor::{self, Prepared};
use crate::diagnostic::Diagnostic;
use crate::model::Claim;
use crate::text;

/// A claim's quote, to be looked for in its source revision once every
/// quote of that revision is known.
pub(super) struct QuoteProbe {
    pub(super) source: String,
    pub(super) rev: u32,
    /// The quote folded as `text::find_all` folds it.
    pub(super) needle: String,
    /// The finding to give when it is not found.
    pub(super) missing: Diagnostic,
}

/// For each claim file, whether its quote occurs in its source revision.
pub(super) fn find_quotes(
    files: &[ClaimFindings],
    sources: &HashMap<String, Option<LoadedSource>>,
) -> Vec<bool> {
    let mut groups: HashMap<(&str, u32), Vec<usize>> = HashMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Some(p) = &f.quote {
            groups
                .entry((p.source.as_str(), p.rev))
                .or_default()
                .push(i);
        }
    }
    let groups: Vec<((&str, u32), Vec<usize>)> = groups.into_iter().collect();
    let hits: Vec<Vec<usize>> = groups
        .par_iter()
        .map(|((source, rev), members)| {
            let Some(Some(loaded)) = sources.get(*source) else {
                return Vec::new();
            };
            let Some(hay) = loaded.texts.get(rev).map(|t| text::fold(t).text) else {
                return Vec::new();
            };
            let needles: Vec<&str> = members
                .iter()
                .map(|i| files[*i].quote.as_ref().map_or("", |p| p.needle.as_str()))
                .collect();
            // Scanning the text once a quote is cheap until text × quotes grows large.
            let one_pass =
                needles.len() >= 8 && needles.len().saturating_mul(hay.len()) >= 64 << 20;
            occurs(&hay, &needles, one_pass)
                .into_iter()
                .zip(members)
                .filter_map(|(hit, i)| hit.then_some(*i))
                .collect()
        })
        .collect();
    let mut found = vec![false; files.len()];
    for i in hits.into_iter().flatten() {
        found[i] = true;
    }
    found
}

/// Whether each needle occurs in `hay` (an empty needle never does): one
/// `contains` a needle, or with `one_pass` a single multi-pattern scan.
fn occurs(hay: &str, needles: &[&str], one_pass: bool) -> Vec<bool> {
    let each = || {
        needles
            .iter()
            .map(|n| !n.is_empty() && hay.contains(n))
            .collect()
    };
    if !one_pass {
        return each();
    }
    let mut patterns: Vec<&str> = needles.iter().copied().filter(|n| !n.is_empty()).collect();
    patterns.sort_unstable();
    patterns.dedup();
    let Ok(ac) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&patterns)
    else {
        return each();
    };
    let mut seen = vec![false; patterns.len()];
    for m in ac.find_overlapping_iter(hay) {
        seen[m.pattern().as_usize()] = true;
    }
    needles
        .iter()
        .map(|n| patterns.binary_search(n).is_ok_and(|k| seen[k]))
        .collect()
}

/// A warning for a claim whose quote (in revision `quoted` of its source)
/// changed or vanished in a newer revision.
pub(super) fn check_quote_in_latest(
    claim: &Claim,
    quoted: u32,
    text: &str,
    rel: &Path,
    latest: &HashMap<String, (u32, Prepared)>,
    out: &mut Vec<Diagnostic>,
) {
    let Some((rev, prepared)) = latest.get(&claim.source.id) else {
        return;
    };
    let Some(flag) = anchor::flag(claim, quoted, *rev, prepared) else {
        return;
    };
    let what = match flag.outcome.verdict {
        anchor::Verdict::Vanished => format!("quote vanished from `{}` r{rev}", claim.source.id),
        _ => format!(
            "quote changed in `{}` r{rev} (closest passage scores {:.2})",
            claim.source.id, flag.outcome.score
        ),
    };
    out.push(
        Diagnostic::warning(Rule::QuoteChanged, rel, format!("{what}; the claim still quotes r{quoted}"))
            .at(nested_key(text, "source", "rev"))
            .hint(format!(
                "see `claimtrack source diff {} --from {quoted} --to {rev}`; re-anchor with `claimtrack edit {} --quote \"…\" --rev {rev}`, or keep r{quoted} with `claimtrack source keep {} --note \"why it stands\"`",
                claim.source.id, claim.id, claim.id
            )),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pass_search_finds_exactly_what_contains_finds() {
        let hay = text::fold(
            "Xi will go. Xi will go to Astana. \u{201C}Yes,\u{201D} said Mao   Ning. été ",
        )
        .text;
        let needles: Vec<String> = [
            "Xi will go.",
            "Xi will go",
            "will go to Astana",
            "Astana. \"Yes,\"",
            "said Mao Ning",
            "Mao  Ning",
            "",
            "été",
            "t",
            "absent",
            "Xi will stay",
            "go. Xi",
            "Ning. été",
            "Xi will go.",
            " ",
            "ill",
        ]
        .iter()
        .map(|q| text::fold_quote(q))
        .collect();
        let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
        let each = occurs(&hay, &needles, false);
        assert_eq!(occurs(&hay, &needles, true), each);
        for (n, hit) in needles.iter().zip(&each) {
            assert_eq!(*hit, !text::find_all(&hay, n).is_empty(), "{n:?}");
        }
        assert!(each.iter().any(|h| *h) && each.iter().any(|h| !*h));
    }
}
