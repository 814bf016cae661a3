//! Timings for article revisions: `source diff` of two 100 KB texts and
//! `source update` re-anchoring 200 claims, end to end and in the library.
//!
//! Run with `cargo bench --bench revisions`. Targets: each ≤ 100 ms.
//! `SHOW_INEXACT=1` prints the quotes not found exactly and what became of
//! them; `PROFILE_FUZZY=1` repeats the similarity search for a profiler.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use claimtrack::anchor::{self, Prepared};
use claimtrack::render::diff as render;

/// Syllables that make a vocabulary of a few thousand words.
const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "sen", "tal", "ver", "do", "na", "pri", "lu", "gor", "bel", "sta", "vin",
    "o", "tre", "mas", "ul", "fen", "di", "cor", "pa", "zu", "ner",
];
/// Function words, as common as in English text.
const COMMON: &[&str] = &[
    "the", "of", "to", "and", "a", "in", "that", "said", "on", "was",
];

/// A deterministic pseudo-random number generator (a linear congruential one).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Sentences of 12 to 30 words; `tag` makes each sentence unique.
fn sentence(rng: &mut Lcg, tag: usize) -> String {
    let len = 12 + rng.next(18);
    let mut words: Vec<String> = (0..len)
        .map(|_| {
            if rng.next(3) == 0 {
                COMMON[rng.next(COMMON.len())].to_string()
            } else {
                // A word of two or three syllables from a vocabulary of about 3,000.
                let k = rng.next(3000);
                let mut w = String::new();
                let mut x = k;
                for _ in 0..(2 + k % 2) {
                    w.push_str(SYLLABLES[x % SYLLABLES.len()]);
                    x /= SYLLABLES.len();
                }
                w
            }
        })
        .collect();
    words[0] = format!("Report{tag}");
    let mut s = words.join(" ");
    s.push('.');
    s
}

/// An article of about `bytes`: paragraphs of 4 sentences.
fn article(rng: &mut Lcg, bytes: usize) -> Vec<Vec<String>> {
    let mut paragraphs = Vec::new();
    let (mut size, mut tag) = (0, 0);
    while size < bytes {
        let p: Vec<String> = (0..4)
            .map(|_| {
                tag += 1;
                sentence(rng, tag)
            })
            .collect();
        size += p.iter().map(|s| s.len() + 1).sum::<usize>() + 1;
        paragraphs.push(p);
    }
    paragraphs
}

fn join(paragraphs: &[Vec<String>]) -> String {
    paragraphs
        .iter()
        .map(|p| p.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n"
}

/// The next revision: every 10th paragraph edited (a word replaced in a
/// sentence), every 25th removed, a paragraph added every 30.
fn revise(rng: &mut Lcg, old: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, p) in old.iter().enumerate() {
        if i % 25 == 24 {
            continue;
        }
        let mut p = p.clone();
        if i % 10 == 3 {
            let s = rng.next(p.len());
            let mut words: Vec<&str> = p[s].split(' ').collect();
            let w = 1 + rng.next(words.len() - 1);
            words[w] = "reportedly";
            p[s] = words.join(" ");
        }
        out.push(p);
        if i % 30 == 29 {
            out.push(vec![format!(
                "An added paragraph number {i} with new words in it."
            )]);
        }
    }
    out
}

/// The median of `runs` timings of `f`.
fn time<T>(runs: usize, f: impl FnMut() -> T) -> Duration {
    let times = timings(runs, f);
    times[runs / 2]
}

/// `runs` timings of `f`, sorted.
fn timings<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

/// Median, fastest and slowest of sorted timings.
fn spread(times: &[Duration]) -> String {
    format!(
        "{} (fastest {}, slowest {}, {} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    )
}

fn ct(store: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .current_dir(store)
        .env("CLAIMTRACK_USER", "bench")
        .env("CLAIMTRACK_NOW", "2026-11-27T20:00:00Z")
        .env("NO_COLOR", "1")
        .env_remove("CLAIMTRACK_STORE")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let target = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// Flush the copies just made to disk, so that the runs timed next do not
/// wait behind the set-up's own writes.
fn settle() {
    let _ = Command::new("sync").status();
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut rng = Lcg(7);
    let v1 = article(&mut rng, 100 * 1024);
    let v2 = revise(&mut rng, &v1);
    let (t1, t2) = (join(&v1), join(&v2));
    println!("article r1 {} bytes, r2 {} bytes", t1.len(), t2.len());

    // Library: the paragraph diff, rendered.
    let lib_diff = time(11, || {
        let hunks = claimtrack::worddiff::paragraphs_diff(&t1, &t2);
        render::paragraphs_text(&hunks, &claimtrack::output::Painter { enabled: false }, 100)
    });
    println!(
        "library  paragraph word diff of two 100 KB revisions: {}",
        ms(lib_diff)
    );

    // 200 quotes: one sentence from every few paragraphs, spread over the article.
    let quotes: Vec<(String, String, String)> = (0..200)
        .map(|k| {
            let p = &v1[k * v1.len() / 200];
            let q = p[k % p.len()].clone();
            let start = t1.find(&q).unwrap();
            let (prefix, suffix) = claimtrack::text::context(&t1, start, start + q.len());
            (q, prefix, suffix)
        })
        .collect();
    let prepare = time(11, || Prepared::new(&t2));
    println!(
        "library  preparing a 100 KB revision (folded, words indexed): {}",
        ms(prepare)
    );
    let finds = time(11, || {
        let new = Prepared::new(&t2);
        quotes
            .iter()
            .map(|(q, _, _)| new.find_all(q).len())
            .sum::<usize>()
    });
    println!(
        "library  exact search of 200 quotes (with preparing): {}",
        ms(finds)
    );
    let lib_anchor = time(11, || {
        let new = Prepared::new(&t2);
        quotes
            .iter()
            .map(|(q, p, s)| anchor::reanchor(&new, q, p, s, None).verdict)
            .collect::<Vec<_>>()
    });
    let new = Prepared::new(&t2);
    let mut counts = std::collections::BTreeMap::new();
    for (q, p, s) in &quotes {
        *counts
            .entry(anchor::reanchor(&new, q, p, s, None).verdict.as_str())
            .or_insert(0) += 1;
    }
    println!(
        "library  re-anchoring 200 quotes in a 100 KB revision: {} ({counts:?})",
        ms(lib_anchor)
    );
    let inexact: Vec<_> = quotes
        .iter()
        .filter(|(q, p, s)| !anchor::reanchor(&new, q, p, s, None).verdict.is_exact())
        .collect();
    let fuzzy = time(11, || {
        inexact
            .iter()
            .map(|(q, p, s)| anchor::reanchor(&new, q, p, s, None).score)
            .sum::<f64>()
    });
    println!(
        "library  of which the {} quotes not found exactly: {}",
        inexact.len(),
        ms(fuzzy)
    );
    // The worst case: every quoted sentence edited (one word replaced).
    let all_edited: String = quotes.iter().fold(t1.clone(), |text, (q, _, _)| {
        let edited = q
            .replacen(" the ", " a ", 1)
            .replacen(" said ", " stated ", 1);
        let edited = if edited == *q {
            q.replacen(' ', " so ", 1)
        } else {
            edited
        };
        text.replacen(q.as_str(), &edited, 1)
    });
    let edited = Prepared::new(&all_edited);
    let worst = time(11, || {
        quotes
            .iter()
            .map(|(q, p, s)| anchor::reanchor(&edited, q, p, s, None).verdict)
            .collect::<Vec<_>>()
    });
    let changed = quotes
        .iter()
        .filter(|(q, p, s)| {
            anchor::reanchor(&edited, q, p, s, None).verdict == anchor::Verdict::Changed
        })
        .count();
    println!(
        "library  re-anchoring 200 quotes when every one was edited: {} ({changed} changed)",
        ms(worst)
    );
    if std::env::var_os("SHOW_INEXACT").is_some() {
        for (q, p, s) in &inexact {
            let o = anchor::reanchor(&new, q, p, s, None);
            println!(
                "{} {:.2} {q}\n   => {:?}",
                o.verdict, o.quote_similarity, o.passage
            );
        }
    }
    if std::env::var_os("PROFILE_FUZZY").is_some() {
        for _ in 0..20 {
            for (q, p, s) in &quotes {
                std::hint::black_box(anchor::reanchor(&edited, q, p, s, None));
            }
        }
        return;
    }

    // End to end: a store with the article and 200 claims quoting it.
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("base");
    std::fs::create_dir(&base).unwrap();
    ct(&base, &["init"]);
    std::fs::write(tmp.path().join("r1.txt"), &t1).unwrap();
    std::fs::write(tmp.path().join("r2.txt"), &t2).unwrap();
    let r1 = tmp.path().join("r1.txt");
    let r2 = tmp.path().join("r2.txt");
    ct(
        &base,
        &["source", "add", r1.to_str().unwrap(), "--id", "article"],
    );
    for (k, (q, _, _)) in quotes.iter().enumerate() {
        ct(
            &base,
            &[
                "add",
                &format!("Claim {k}"),
                "--source",
                "article",
                "--quote",
                q,
                "--id",
                &format!("c{k}"),
            ],
        );
    }
    let runs = 11;
    let stores: Vec<_> = (0..runs)
        .map(|i| {
            let d = tmp.path().join(format!("s{i}"));
            copy_dir(&base, &d);
            d
        })
        .collect();
    settle();
    let mut i = 0;
    let update = timings(runs, || {
        let out = ct(
            &stores[i],
            &["source", "update", "article", r2.to_str().unwrap()],
        );
        i += 1;
        out
    });
    println!(
        "command  source update re-anchoring 200 claims (100 KB article): {}",
        spread(&update)
    );
    // Each update frees the 188 files it replaced. ext4 without a journal
    // (this machine's disk) will not reuse an inode freed in the last 30 s
    // and searches past each one when it makes a file, so back-to-back runs
    // slow each other down. `BENCH_SPACED=SECONDS` also times runs with a
    // pause before each, as a desk's updates come.
    if let Some(pause) = std::env::var("BENCH_SPACED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        let spaced_runs = 5;
        let spaced: Vec<_> = (0..spaced_runs)
            .map(|i| {
                let d = tmp.path().join(format!("p{i}"));
                copy_dir(&base, &d);
                d
            })
            .collect();
        settle();
        let mut times: Vec<Duration> = spaced
            .iter()
            .map(|store| {
                std::thread::sleep(Duration::from_secs(pause));
                let start = Instant::now();
                ct(
                    store,
                    &["source", "update", "article", r2.to_str().unwrap()],
                );
                start.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "command  the same, each run after a pause of {pause} s: {}",
            spread(&times)
        );
    }
    // The same with every quoted sentence edited: 200 claims flagged, none written.
    let r3 = tmp.path().join("r3.txt");
    std::fs::write(&r3, &all_edited).unwrap();
    let flagged: Vec<_> = (0..runs)
        .map(|i| {
            let d = tmp.path().join(format!("f{i}"));
            copy_dir(&base, &d);
            d
        })
        .collect();
    settle();
    let mut i = 0;
    let update_flagged = timings(runs, || {
        let out = ct(
            &flagged[i],
            &["source", "update", "article", r3.to_str().unwrap()],
        );
        i += 1;
        out
    });
    println!(
        "command  source update re-anchoring 200 claims, all edited (flagged, none written): {}",
        spread(&update_flagged)
    );
    let diff = timings(runs, || ct(&stores[0], &["source", "diff", "article"]));
    println!(
        "command  source diff of two 100 KB revisions, with the 200 claims: {}",
        spread(&diff)
    );
    let mut k = 0;
    let one_write = time(runs, || {
        k += 1;
        ct(&stores[1], &["edit", &format!("c{k}"), "--tag", "bench"])
    });
    println!("command  one claim changed (lock, read, replay, atomic write with fsync), for reference: {}", ms(one_write));
    let startup = time(runs, || ct(&stores[0], &["source", "list"]));
    println!(
        "command  process start and store discovery (source list), for reference: {}",
        ms(startup)
    );
    if std::env::var_os("BENCH_KEEP").is_some() {
        println!("kept {}", tmp.keep().display());
    }
}
