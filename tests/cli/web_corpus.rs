//! Mozilla Readability's test pages served from 127.0.0.1: how much of the stored text is the article, and how often the title is right.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use claimtrack::web::fetch::Expect;
use claimtrack::web::{extract_article, Fetched, Fetcher};

use crate::web_server::{Reply, Server};

/// The corpus folder, or `None` (with the reason printed) when it is absent; in CI its absence fails.
pub fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability-pages");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared/corpus/readability-pages is absent, and CI is set"
    );
    eprintln!("skipped: ../shared/corpus/readability-pages is absent");
    None
}

/// Words as a multiset: letters and digits, lower case; each CJK character counts as a word.
fn bag(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    let mut word = String::new();
    let flush = |word: &mut String, bag: &mut HashMap<String, usize>| {
        if !word.is_empty() {
            *bag.entry(std::mem::take(word)).or_insert(0) += 1;
        }
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut bag);
            *bag.entry(c.to_string()).or_insert(0) += 1;
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut bag);
        }
    }
    flush(&mut word, &mut bag);
    bag
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

/// Bag-of-words F1 of `got` against `want`.
fn f1(got: &str, want: &str) -> f64 {
    let (g, w) = (bag(got), bag(want));
    let total_g: usize = g.values().sum();
    let total_w: usize = w.values().sum();
    if total_g == 0 || total_w == 0 {
        return if total_g == total_w { 1.0 } else { 0.0 };
    }
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let p = common as f64 / total_g as f64;
    let r = common as f64 / total_w as f64;
    if common == 0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn corpus_pages_served_locally_keep_the_article_and_its_title() {
    let Some(dir) = corpus() else { return };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 60, "only {} pages", names.len());
    let root = Arc::new(dir.clone());
    let server = Server::start(move |req| {
        let name = req.path.trim_matches('/');
        if name.contains("..") || name.contains('/') {
            return Reply::typed(404, "text/plain", "no");
        }
        match std::fs::read(root.join(name).join("source.html")) {
            Ok(bytes) => Reply::typed(200, "text/html", bytes),
            Err(_) => Reply::typed(404, "text/plain", "no"),
        }
    });
    let fetcher = Fetcher::default();
    let mut rows = Vec::new();
    let (mut f1_sum, mut whole_sum, mut titles) = (0.0, 0.0, 0);
    for name in &names {
        let url = server.url(&format!("/{name}/"));
        let Fetched::Page(page) = fetcher.fetch(&url, Expect::Page, None).unwrap() else {
            panic!("{name}: not modified?")
        };
        let expected_html = std::fs::read_to_string(dir.join(name).join("expected.html")).unwrap();
        let expected_text = dom_query::Document::from(expected_html.as_str())
            .select("body")
            .text()
            .to_string();
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(name).join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let want_title = one_line(meta["title"].as_str().unwrap_or(""));
        let article = extract_article(&page.text, Some(&page.url));
        let (score, got_title) = match &article {
            Some(a) => (
                f1(&a.text, &expected_text),
                one_line(a.title.as_deref().unwrap_or("")),
            ),
            None => (0.0, String::new()),
        };
        let title_ok = got_title == want_title;
        // The whole page as plain text, for comparison: what storing the HTML file keeps.
        let whole = html2text::config::plain()
            .string_from_read(page.text.as_bytes(), 100_000)
            .unwrap_or_default();
        let whole_score = f1(&whole, &expected_text);
        whole_sum += whole_score;
        f1_sum += score;
        titles += usize::from(title_ok);
        rows.push(format!(
            "| {name} | {score:.3} | {} | {whole_score:.3} |",
            if title_ok { "yes" } else { "no" }
        ));
        if !title_ok {
            eprintln!("{name}: title {got_title:?}, expected {want_title:?}");
        }
    }
    let n = names.len() as f64;
    let mean = f1_sum / n;
    let title_share = titles as f64 / n;
    println!("| page | F1 | title | whole page F1 |\n| --- | ---: | --- | ---: |");
    for row in &rows {
        println!("{row}");
    }
    println!(
        "| mean over {} pages | {mean:.4} | {titles}/{} ({:.1}%) | {:.4} |",
        names.len(),
        names.len(),
        title_share * 100.0,
        whole_sum / n
    );
    assert!(mean >= 0.98, "mean F1 {mean:.4} < 0.98");
    assert!(
        title_share >= 0.90,
        "titles right on {:.1}% < 90%",
        title_share * 100.0
    );
}

#[test]
fn f1_counts_words_with_their_multiplicity() {
    assert!((f1("a b c", "a b c") - 1.0).abs() < 1e-9);
    assert!((f1("a a", "a") - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(f1("x", "y"), 0.0);
    assert!((f1("日本語", "日本") - 0.8).abs() < 1e-9);
}
