//! Tuning the ranking on CheckThat! 2022 Task 2A in one process (the CLI
//! measurement is `bench/checkthat.rs`). Run on a store holding the
//! imported `vclaims.csv`:
//!
//! ```sh
//! CHECKTHAT_STORE=/tmp/ct cargo test --release --lib search::eval -- --ignored --nocapture
//! ```
//!
//! Prints MAP@1, MAP@5 and MRR on Train and Dev for each configuration
//! below; Dev-Test only with `CHECKTHAT_DEVTEST=1`, since it is held out.

use std::collections::HashMap;

use super::features::{DUMP, NAMES, NFEAT};
use super::live::search_many;
use super::rank::Params;
use crate::store::Store;

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// (MAP@1, MAP@5, MRR) of `params` on one query set.
fn measure(
    store: &Store,
    corpus: &std::path::Path,
    queries: &str,
    qrels: &str,
    params: &Params,
) -> (f64, f64, f64) {
    let mut relevant: HashMap<String, Vec<String>> = HashMap::new();
    for line in read(&corpus.join(qrels)).lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 4 && cols[3].trim() == "1" {
            relevant
                .entry(cols[0].to_string())
                .or_default()
                .push(crate::import::normalize_id(cols[2].trim()));
        }
    }
    let text = read(&corpus.join(queries));
    let judged: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(q, _)| relevant.contains_key(*q))
        .collect();
    let texts: Vec<&str> = judged.iter().map(|(_, t)| *t).collect();
    // (Never for Dev-Test, which is held out.)
    let features = std::env::var("CHECKTHAT_FEATURES")
        .ok()
        .filter(|_| !qrels.contains("Dev-Test"));
    if features.is_some() {
        DUMP.with(|d| *d.borrow_mut() = Some(Vec::new()));
    }
    let Ok(all) = search_many(store, &texts, params, &|_| true, 5) else {
        return (0.0, 0.0, 0.0);
    };
    if let Some(path) = features {
        // One line a claim looked at again: set, query, claim, whether it
        // is relevant, how many are, the first score and the features.
        let dumped = DUMP.with(|d| d.borrow_mut().take()).unwrap_or_default();
        assert_eq!(dumped.len(), judged.len(), "one re-ranking a query");
        let set = if qrels.contains("Train") {
            "Train"
        } else {
            "Dev"
        };
        let mut out = String::new();
        if !std::path::Path::new(&path).exists() {
            out.push_str(&format!(
                "set\tqid\tdoc\trel\tnrel\tscore\t{}\n",
                NAMES.join("\t")
            ));
        }
        for ((qid, _), docs) in judged.iter().zip(&dumped) {
            let rel = &relevant[*qid];
            for (id, score, f) in docs {
                let fs: Vec<String> = f.iter().map(|x| format!("{x:.5}")).collect();
                out.push_str(&format!(
                    "{set}\t{qid}\t{id}\t{}\t{}\t{score:.4}\t{}\n",
                    u8::from(rel.contains(id)),
                    rel.len(),
                    fs.join("\t")
                ));
            }
        }
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .expect("features file");
        file.write_all(out.as_bytes()).expect("features written");
    }
    let show = std::env::var("CHECKTHAT_SHOW").is_ok_and(|v| qrels.contains(v.as_str()));
    let (mut m1, mut m5, mut mrr) = (0.0, 0.0, 0.0);
    for ((qid, _), hits) in judged.iter().zip(&all.hits) {
        let rel = &relevant[*qid];
        let mut found = 0;
        let mut p = 0.0;
        for (i, h) in hits.iter().take(5).enumerate() {
            if rel.contains(&h.meta.id) {
                found += 1;
                p += f64::from(found) / (i + 1) as f64;
                if found == 1 {
                    mrr += 1.0 / (i + 1) as f64;
                }
                if i == 0 {
                    m1 += 1.0 / rel.len() as f64;
                }
            }
        }
        m5 += p / rel.len() as f64;
        if show && !hits.first().is_some_and(|h| rel.contains(&h.meta.id)) {
            println!(
                "\nQUERY {qid}: {}",
                judged.iter().find(|(q, _)| q == qid).map_or("", |x| x.1)
            );
            for r in rel {
                println!("  WANT {r}");
            }
            for h in hits.iter().take(3) {
                println!("  GOT  {:.2} {} | {}", h.score, h.meta.id, h.meta.statement);
            }
        }
    }
    let n = judged.len().max(1) as f64;
    (m1 / n, m5 / n, mrr / n)
}

#[test]
#[ignore = "needs the imported CheckThat! store (CHECKTHAT_STORE)"]
fn checkthat_tuning() {
    let Ok(dir) = std::env::var("CHECKTHAT_STORE") else {
        eprintln!("skipped: CHECKTHAT_STORE is not set");
        return;
    };
    let corpus = std::path::Path::new("../shared/corpus/checkthat-2022-2a");
    let store = Store::open(std::path::Path::new(&dir)).expect("store");
    let base = Params::default();
    let mut configs: Vec<(String, Params)> = vec![("final".into(), base)];
    // More configurations without building again: `CHECKTHAT_CONFIGS` as
    // `k1=1.0,b0=0.6,w1=0.8,prf=1:10:0.3,dates=1;…`, each from the final one.
    for spec in std::env::var("CHECKTHAT_CONFIGS")
        .unwrap_or_default()
        .split(';')
    {
        if spec.trim().is_empty() {
            continue;
        }
        let mut p = base;
        for kv in spec.split(',') {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let f = |v: &str| v.parse::<f32>().unwrap_or(0.0);
            let field = |k: &str| k[1..].parse::<usize>().unwrap_or(0).min(3);
            match k.trim() {
                "k1" => p.k1 = f(v),
                k if k.starts_with('b') => p.b[field(k)] = f(v),
                k if k.starts_with('w') => p.weight[field(k)] = f(v),
                "prf" => {
                    let x: Vec<f32> = v.split(':').map(f).collect();
                    p.prf_docs = x.first().copied().unwrap_or(0.0) as usize;
                    p.prf_terms = x.get(1).copied().unwrap_or(0.0) as usize;
                    p.prf_weight = x.get(2).copied().unwrap_or(0.0);
                }
                "dates" => p.clean.dates = v == "1",
                "sigw" => p.signature_weight = f(v),
                "datew" => p.date_weight = f(v),
                "delta" => p.delta = f(v),
                "pairs" => {
                    p.linear = false;
                    let x: Vec<f32> = v.split(':').map(f).collect();
                    p.rerank = x.first().copied().unwrap_or(0.0) as usize;
                    p.pair_weight = x.get(1).copied().unwrap_or(0.0);
                }
                "common" => {
                    let x: Vec<f32> = v.split(':').map(f).collect();
                    p.common_df = x.first().copied().unwrap_or(1.0);
                    p.common_weight = x.get(1).copied().unwrap_or(1.0);
                }
                "grams" => {
                    p.linear = false;
                    let x: Vec<f32> = v.split(':').map(f).collect();
                    p.rerank = x.first().copied().unwrap_or(0.0) as usize;
                    p.gram_weight = x.get(1).copied().unwrap_or(0.0);
                    p.gram_n = (
                        x.get(2).copied().unwrap_or(3.0) as usize,
                        x.get(3).copied().unwrap_or(5.0) as usize,
                    );
                    p.gram_kind = x.get(4).copied().unwrap_or(0.0) as u8;
                    p.gram_id = x.get(5).copied().unwrap_or(0.0) > 0.0;
                }
                "cover" => {
                    p.linear = false;
                    let x: Vec<f32> = v.split(':').map(f).collect();
                    p.rerank = x.first().copied().unwrap_or(0.0) as usize;
                    p.cover_weight = x.get(1).copied().unwrap_or(0.0);
                }
                // The weights of the features, `lin=w1:w2:…` (missing ones 0).
                "lin" => {
                    p.linear = true;
                    p.lin = [0.0; NFEAT];
                    for (w, x) in p.lin.iter_mut().zip(v.split(':')) {
                        *w = f(x);
                    }
                }
                "linear" => p.linear = v == "1",
                "depth" => p.rerank = f(v) as usize,
                "signature" => p.clean.signature = v == "1",
                "handles" => p.clean.drop_handles = v == "1",
                "hashtags" => p.split_hashtags = v == "1",
                _ => panic!("unknown setting {k}"),
            }
        }
        configs.push((spec.to_string(), p));
    }
    let q = "CT2022-Task2A-EN-Train-Dev_Queries.tsv";
    let devtest = std::env::var("CHECKTHAT_DEVTEST").is_ok();
    for (name, p) in &configs {
        let tr = measure(&store, corpus, q, "CT2022-Task2A-EN-Train_QRELs.tsv", p);
        let dv = measure(&store, corpus, q, "CT2022-Task2A-EN-Dev_QRELs.tsv", p);
        let mut line = format!("{name:24} Train {:.4}  Dev {:.4}", tr.1, dv.1);
        if devtest {
            let dt = measure(
                &store,
                corpus,
                "CT2022-Task2A-EN-Dev-Test_Queries.tsv",
                "CT2022-Task2A-EN-Dev-Test_QRELs.tsv",
                p,
            );
            line.push_str(&format!(
                "  Dev-Test MAP@1 {:.4} MAP@5 {:.4} MRR {:.4}",
                dt.0, dt.1, dt.2
            ));
        }
        println!("{line}");
    }
}
