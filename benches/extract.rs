//! Claim extraction: quality over the labelled articles and throughput.
//!
//! `cargo bench --bench extract` prints, for the articles the rules were
//! written against (`dev`), those never tuned on (`held-out`, in
//! `heldout/`), those held out in an earlier round and all: precision and recall
//! of check-worthy claims; speaker, kind, hedge and via accuracy; date
//! accuracy (time expressions and `check_after` together, then the
//! expressions alone); responses found, and found with the right kind on the
//! claim they answer; page furniture proposed; the publication date read
//! from the page; then MB/s of extraction over large texts.
//!
//! `EXTRACT_MISSES=1` lists every miss; `EXTRACT_QUALITY_ONLY=1` skips the
//! timing; `EXTRACT_DEV_ONLY=1` scores the dev articles alone;
//! `EXTRACT_DATA=DIR` reads the articles from DIR.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use claimtrack::extract::eval::{Article, Extra, Labels, Tally};
use claimtrack::extract::{extract, DEFAULT_MIN_SCORE};

/// The allocator the `claimtrack` binary runs with (see `src/main.rs`), so
/// that the throughput measured here is the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The labelled articles in `dir` (not its sub-folders), sorted by name.
fn articles(dir: &Path) -> Vec<Article> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let labels_path = path.with_extension("yaml");
            let labels: Labels = parse(&labels_path);
            let extra_path = path.with_extension("extra.yaml");
            let extra: Option<Extra> = extra_path.exists().then(|| parse(&extra_path));
            Article {
                name,
                text: std::fs::read_to_string(path).unwrap(),
                labels,
                extra,
            }
        })
        .collect()
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap();
    claimtrack::yaml::from_str(&text)
        .unwrap_or_else(|e| panic!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message))
}

fn main() {
    let dir = std::env::var_os("EXTRACT_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract-data"),
        PathBuf::from,
    );
    let dev_only = std::env::var_os("EXTRACT_DEV_ONLY").is_some();
    // Beside the rules: the dev articles, and those held out in an earlier
    // round (scored once then, studied since); in `heldout/`, those never
    // tuned on.
    let mut all_articles: Vec<(Article, bool)> =
        articles(&dir).into_iter().map(|a| (a, false)).collect();
    if !dev_only {
        all_articles.extend(
            articles(&dir.join("heldout"))
                .into_iter()
                .map(|a| (a, true)),
        );
    }
    all_articles.retain(|(a, _)| !dev_only || a.labels.split == "dev");
    let mut dev = Tally::default();
    let mut held = Tally::default();
    let mut earlier = Tally::default();
    let mut all_text = String::new();
    println!(
        "labelled articles ({}), min score {DEFAULT_MIN_SCORE}",
        all_articles.len()
    );
    for (a, unseen) in &all_articles {
        let t = a.score(DEFAULT_MIN_SCORE);
        let split = match (unseen, a.labels.split.as_str()) {
            (true, _) => "held-out",
            (false, "dev") => "dev",
            (false, _) => "earlier",
        };
        println!(
            "  {:<22} {:<9} claims {:>2}  precision {:.2}  recall {:.2}  speaker {:.2}  dates {:.2}  responses {:.2}  furniture {}",
            a.name,
            split,
            t.labelled,
            t.precision(),
            t.recall(),
            t.speaker_accuracy(),
            t.date_accuracy(),
            t.response_accuracy(),
            t.furniture
        );
        match split {
            "dev" => dev.add(&t),
            "held-out" => held.add(&t),
            _ => earlier.add(&t),
        }
        all_text.push_str(&a.text);
        all_text.push_str("\n\n");
    }
    let mut all = dev.clone();
    all.add(&held);
    all.add(&earlier);
    println!();
    println!(
        "{:<9} {:>6} {:>9} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>9} {:>9} {:>9}",
        "set",
        "claims",
        "precision",
        "recall",
        "speaker",
        "kind",
        "hedge",
        "via",
        "dates",
        "exprs",
        "resp.",
        "attached",
        "furniture",
        "page date"
    );
    let unseen = all_articles.iter().filter(|(_, unseen)| *unseen).count();
    let mut sets = vec![("dev", &dev)];
    if !dev_only {
        // Between rounds `heldout/` is empty or absent: no row of figures
        // over nothing.
        if unseen > 0 {
            sets.push(("held-out", &held));
        }
        sets.extend([("earlier", &earlier), ("all", &all)]);
    }
    for (name, t) in sets {
        println!(
            "{name:<9} {:>6} {:>9.2} {:>6.2} {:>7.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>9.2} {:>9} {:>9}",
            t.labelled,
            t.precision(),
            t.recall(),
            t.speaker_accuracy(),
            t.kind_accuracy(),
            t.hedge_accuracy(),
            t.via_accuracy(),
            t.date_accuracy(),
            t.expression_accuracy(),
            t.response_recall(),
            t.response_accuracy(),
            t.furniture,
            format!("{}/{}", t.dated_pages_right, t.dated_pages)
        );
    }
    if !dev_only && unseen == 0 {
        println!("held-out  (none: tests/extract-data/heldout/ holds no article)");
    }
    println!(
        "\nheld-out = tests/extract-data/heldout/, never tuned on; earlier = held out in an earlier round\nresp. = labelled responses found; attached = found with the right kind on the claim they answer"
    );
    if std::env::var_os("EXTRACT_MISSES").is_some() {
        println!();
        for m in &all.misses {
            println!("  {m}");
        }
    }

    liar();
    if std::env::var_os("EXTRACT_QUALITY_ONLY").is_some() {
        return;
    }
    // Throughput: the labelled articles repeated to about 20 MB, then a 5 MB
    // paragraph without a sentence ending, then 5 MB of another script.
    println!();
    let mut big = String::new();
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(&all_text);
    }
    throughput("articles, 20 MB", &big);
    let run_on =
        "and the council said the budget would rise by four percent ".repeat(5 * 1024 * 1024 / 60);
    throughput("one paragraph, no sentence ending, 5 MB", &run_on);
    // The same text as one paragraph, at 1 and 5 MB: the time grows with the length.
    let flat = all_text.replace('\n', " ");
    for mb in [1, 5] {
        let one_line = flat.repeat(mb * 1024 * 1024 / flat.len().max(1) + 1);
        throughput(&format!("one paragraph of articles, {mb} MB"), &one_line);
    }
    let cjk =
        "今天市议会批准了四亿元的预算。市长说，税收将增加百分之五。".repeat(5 * 1024 * 1024 / 90);
    throughput("another script, 5 MB", &cjk);
}
/// Real claims chosen for checking by PolitiFact (the LIAR test split, in
/// the shared corpus when it is beside the project): the share that
/// extraction proposes at the default threshold. Text the rules never saw.
fn liar() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/liar/test.tsv");
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        println!(
            "\nskipped the LIAR statements: {} is absent",
            path.display()
        );
        return;
    };
    let (mut total, mut proposed) = (0, 0);
    let mut missed = Vec::new();
    for line in tsv.lines() {
        let Some(statement) = line.split('\t').nth(2) else {
            continue;
        };
        total += 1;
        let x = extract(statement, None);
        if x.candidates.iter().any(|c| c.score >= DEFAULT_MIN_SCORE) {
            proposed += 1;
        } else {
            missed.push(statement.to_string());
        }
    }
    println!(
        "\nLIAR test statements (real claims PolitiFact checked): {proposed} of {total} proposed, recall {:.2}",
        proposed as f64 / total.max(1) as f64
    );
    if std::env::var_os("EXTRACT_MISSES").is_some() {
        for m in missed.iter().take(40) {
            println!("  missed: {m}");
        }
    }
}

/// CPU time of this thread in seconds (Linux), so that the figure does not
/// depend on what else the machine is running.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn throughput(name: &str, text: &str) {
    let published = chrono::NaiveDate::from_ymd_opt(2024, 3, 14);
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut count = 0;
    for _ in 0..5 {
        let cpu = cpu_seconds();
        let t = Instant::now();
        let x = extract(text, published);
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min((b - a).max(0.01));
        }
        count = x.candidates.len();
        drop(x);
    }
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    let cpu = if best_cpu < f64::MAX {
        format!("{:>6.1} MB/s of CPU time", mb / best_cpu)
    } else {
        String::new()
    };
    println!(
        "{name:<40} {mb:>5.1} MB {best:>7.3} s {:>6.1} MB/s wall, {cpu}  ({count} candidates)",
        mb / best
    );
}
