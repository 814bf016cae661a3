//! Search quality and speed, measured through the real command line.
//!
//! `checkthat score BIN STORE QUERIES QRELS [LIMIT]` runs
//! `BIN --store STORE search --format json --limit 5 --file TWEET` for every
//! query of a CheckThat! 2022 Task 2A query file that has a judgement, and
//! prints MAP@1, MAP@5 (CLEF's definition: precision at each relevant claim
//! found in the first 5, summed, over the number of relevant claims) and
//! MRR, with the median and slowest search process time.
//!
//! `checkthat time RUNS BIN ARGS…` runs one command RUNS times and prints
//! the median and slowest wall time.
use std::collections::HashMap;
use std::process::Command;
use std::time::Instant;

fn die(msg: &str) -> ! {
    eprintln!("checkthat: {msg}");
    std::process::exit(2)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| die(&format!("{path}: {e}")))
}

fn median(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    let max = v.last().copied().unwrap_or(0.0);
    (v.get(v.len() / 2).copied().unwrap_or(0.0), max)
}

fn score(bin: &str, store: &str, queries: &str, qrels: &str) {
    let mut relevant: HashMap<String, Vec<String>> = HashMap::new();
    for line in read(qrels).lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 4 && cols[3].trim() == "1" {
            // Ids the import had to change are looked for under their new name.
            let id = claimtrack::import::normalize_id(cols[2].trim());
            relevant.entry(cols[0].to_string()).or_default().push(id);
        }
    }
    let tmp = tempfile::tempdir().unwrap_or_else(|e| die(&e.to_string()));
    let (mut map1, mut map5, mut mrr, mut n) = (0.0, 0.0, 0.0, 0usize);
    let mut times = Vec::new();
    for line in read(queries).lines() {
        let Some((qid, text)) = line.split_once('\t') else {
            continue;
        };
        let Some(rel) = relevant.get(qid) else {
            continue;
        };
        let file = tmp.path().join("tweet.txt");
        std::fs::write(&file, text).unwrap_or_else(|e| die(&e.to_string()));
        let start = Instant::now();
        let out = Command::new(bin)
            .args([
                "--store", store, "search", "--format", "json", "--limit", "5", "--file",
            ])
            .arg(&file)
            .output()
            .unwrap_or_else(|e| die(&format!("{bin}: {e}")));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if !out.status.success() {
            die(&format!(
                "search failed for {qid}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let hits: Vec<serde_json::Value> =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| die(&format!("{qid}: {e}")));
        let ids: Vec<&str> = hits.iter().filter_map(|h| h["id"].as_str()).collect();
        let mut found = 0;
        let mut precisions = 0.0;
        for (i, id) in ids.iter().take(5).enumerate() {
            if rel.iter().any(|r| r == id) {
                found += 1;
                precisions += f64::from(found) / (i + 1) as f64;
                if found == 1 {
                    mrr += 1.0 / (i + 1) as f64;
                }
                if i == 0 {
                    map1 += 1.0 / rel.len() as f64;
                }
            }
        }
        map5 += precisions / rel.len() as f64;
        n += 1;
    }
    if n == 0 {
        die("no judged queries");
    }
    let nf = n as f64;
    let (med, max) = median(times);
    println!(
        "{} queries: MAP@1 {:.4}  MAP@5 {:.4}  MRR {:.4}  search process median {:.1} ms, slowest {:.1} ms",
        n,
        map1 / nf,
        map5 / nf,
        mrr / nf,
        med,
        max
    );
}

fn time(runs: usize, bin: &str, args: &[String]) {
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let out = Command::new(bin)
            .args(args)
            .output()
            .unwrap_or_else(|e| die(&format!("{bin}: {e}")));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if !out.status.success() {
            die(&format!("failed: {}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    let (med, max) = median(times);
    println!("median {med:.1} ms, slowest {max:.1} ms over {runs} runs");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("score") if args.len() == 6 => score(&args[2], &args[3], &args[4], &args[5]),
        Some("time") if args.len() >= 4 => {
            let runs = args[2]
                .parse()
                .unwrap_or_else(|_| die("RUNS must be a number"));
            time(runs, &args[3], &args[4..]);
        }
        _ => die("usage: checkthat score BIN STORE QUERIES QRELS | checkthat time RUNS BIN ARGS…"),
    }
}
