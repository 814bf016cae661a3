//! The labelled articles in `tests/extract-data/` (and its held-out folder,
//! when present)
//! are consistent: every label parses as the evaluation reads it, every
//! quote, date, hedge and furniture line is in its article, and the extra
//! labels (`NAME.extra.yaml`) name labels that exist. Nothing here runs the
//! extractor.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use claimtrack::extract::eval::Labels;
use claimtrack::model::Kind;
use claimtrack::text::fold_quote;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Extra {
    published_in_text: Option<String>,
    furniture: Vec<String>,
    via: Vec<Via>,
    answers: Vec<Answer>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Via {
    claim: String,
    via: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    response: String,
    claim: Option<String>,
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract-data")
}

/// The articles in `dir`; none when it is absent (`heldout/` between the
/// rounds of scoring).
fn articles(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    names
}

fn folded(s: &str) -> String {
    fold_quote(s).to_lowercase()
}

/// Every problem with one article's labels, one line each.
fn problems(txt: &Path) -> Vec<String> {
    let name = txt.display().to_string();
    let mut out = Vec::new();
    let text = std::fs::read_to_string(txt).unwrap();
    let hay = folded(&text);
    let labels: Labels = match claimtrack::yaml::from_str(
        &std::fs::read_to_string(txt.with_extension("yaml")).unwrap(),
    ) {
        Ok(l) => l,
        Err(e) => {
            return vec![format!(
                "{name}.yaml:{}:{}: {}",
                e.line, e.column, e.message
            )]
        }
    };
    let mut check = |ok: bool, what: String| {
        if !ok {
            out.push(format!("{name}: {what}"));
        }
    };
    let published = labels.published;
    check(
        matches!(labels.split.as_str(), "dev" | "held-out"),
        format!("split {:?}", labels.split),
    );
    let quotes: Vec<String> = labels.claims.iter().map(|c| c.quote.clone()).collect();
    for c in &labels.claims {
        check(
            hay.contains(&folded(&c.quote)),
            format!("quote not in the text: {}", c.quote),
        );
        check(
            (c.kind == Kind::Outlet) == c.speaker.is_none(),
            format!("speaker is null exactly for outlet claims: {}", c.quote),
        );
        if let Some(h) = &c.hedge {
            check(
                hay.contains(&folded(h)),
                format!("hedge not in the text: {h}"),
            );
        }
        for d in &c.dates {
            check(
                hay.contains(&folded(&d.text)),
                format!("date not in the text: {}", d.text),
            );
            check(
                d.from <= d.to,
                format!("date ends before it starts: {}", d.text),
            );
        }
        if let Some(after) = c.check_after {
            check(
                c.dates.iter().any(|d| d.to == after),
                format!(
                    "check_after is not the end of one of its dates: {}",
                    c.quote
                ),
            );
            check(
                published.is_none_or(|p: NaiveDate| after > p),
                format!("check_after is not after publication: {}", c.quote),
            );
        }
    }
    for r in &labels.responses {
        check(
            hay.contains(&folded(&r.quote)),
            format!("response not in the text: {}", r.quote),
        );
    }
    let extra_path = txt.with_extension("extra.yaml");
    let extra: Extra =
        match claimtrack::yaml::from_str(&std::fs::read_to_string(&extra_path).unwrap_or_default())
        {
            Ok(x) => x,
            Err(e) => {
                out.push(format!(
                    "{}:{}:{}: {}",
                    extra_path.display(),
                    e.line,
                    e.column,
                    e.message
                ));
                return out;
            }
        };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for f in &extra.furniture {
        check(
            lines.contains(&f.trim()),
            format!("furniture is not a line of the text: {f}"),
        );
        for q in &quotes {
            check(
                !folded(f).contains(&folded(q)),
                format!("furniture holds a claim: {f}"),
            );
        }
    }
    if let Some(p) = &extra.published_in_text {
        check(
            extra.furniture.contains(p),
            format!("published_in_text is not furniture: {p}"),
        );
    }
    for v in &extra.via {
        check(
            quotes.iter().filter(|q| **q == v.claim).count() == 1,
            format!("via names no claim: {}", v.claim),
        );
        check(!v.via.is_empty(), format!("empty via: {}", v.claim));
        for i in &v.via {
            check(
                hay.contains(&folded(i)),
                format!("via not in the text: {i}"),
            );
        }
    }
    let mut answered: Vec<&str> = extra.answers.iter().map(|a| a.response.as_str()).collect();
    let mut responses: Vec<&str> = labels.responses.iter().map(|r| r.quote.as_str()).collect();
    answered.sort_unstable();
    responses.sort_unstable();
    check(
        answered == responses,
        "answers must list every response once".to_string(),
    );
    for a in &extra.answers {
        if let Some(claim) = &a.claim {
            check(
                quotes.iter().filter(|q| *q == claim).count() == 1,
                format!("answers names no claim: {claim}"),
            );
        }
    }
    out
}

#[test]
fn every_labelled_article_is_consistent() {
    let dev = articles(&data());
    let held = articles(&data().join("heldout"));
    assert!(!dev.is_empty());
    let mut all = Vec::new();
    for txt in dev.iter().chain(&held) {
        all.extend(problems(txt));
    }
    let split = |txt: &PathBuf| {
        let labels: Labels = claimtrack::yaml::from_str(
            &std::fs::read_to_string(txt.with_extension("yaml")).unwrap(),
        )
        .unwrap();
        labels.split
    };
    for txt in &held {
        if split(txt) != "held-out" {
            all.push(format!("{}: split is not held-out", txt.display()));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
    // A quarter or more of the articles were held out when first scored:
    // those in `heldout/`, and those moved beside the others after.
    let held_out = dev.iter().filter(|t| split(t) == "held-out").count() + held.len();
    assert!(
        held_out * 4 >= dev.len() + held.len(),
        "{held_out} held out of {}",
        dev.len() + held.len()
    );
}

#[test]
fn a_label_missing_from_its_article_is_reported() {
    let dir = std::env::temp_dir().join(format!("claimtrack-labels-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let txt = dir.join("a.txt");
    std::fs::write(
        &txt,
        "By A. Writer\n\nThe council approved the budget on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.yaml"),
        "split: dev\npublished: 2026-03-11\nclaims:\n  - quote: The council rejected the budget\n    speaker: null\n    kind: outlet\n    hedge: null\n    dates: []\n    check_after: null\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.extra.yaml"),
        "published_in_text: null\nfurniture: [By B. Writer]\nvia: []\nanswers: []\n",
    )
    .unwrap();
    let found = problems(&txt);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("quote not in the text"), "{found:?}");
    assert!(found[1].contains("furniture is not a line"), "{found:?}");
}
