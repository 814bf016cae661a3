//! Benchmark helper: generate a realistic store of N claims, or time a bare parse of one.
//!
//! `cargo run --release --example bench-store -- generate N DIR` writes a store
//! shaped like one made through the CLI: one source article per 100 claims
//! quoting them, and claims with LIAR-like statements (one or two clauses)
//! and 1–3 revisions, the
//! revisions the commands write (`add`, then `evidence` or `respond`, then
//! `verify`, `refute` or `mark mixed` with a rating and a conclusion): about
//! 1.7 KB of YAML a claim. Claims are made and written a source at a time on
//! every thread, so memory does not grow with N.
//! `… -- parse DIR` times reading and parsing every claim file, one thread
//! and all threads, without any of the commands' work.
//! `… -- shape DIR` prints the claim files' count, mean size and revisions.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Duration, TimeZone, Utc};
use claimtrack::model::fields;
use claimtrack::model::{
    Attribution, Claim, Evidence, Kind, Response, ResponseKind, Source, SourceRef, SourceRevision,
    Stance, Status,
};
use claimtrack::store::{sha256_hex, Store};
use rayon::prelude::*;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SUBJECTS: &[&str] = &[
    "the governor",
    "the senator",
    "the mayor",
    "the state budget",
    "unemployment",
    "the school district",
    "health insurance premiums",
    "the new highway",
    "property taxes",
    "the city council",
    "crime in the county",
    "the minimum wage",
    "immigration",
    "the stimulus package",
    "gas prices",
    "the pension fund",
    "voter turnout",
];
const VERBS: &[&str] = &[
    "has doubled",
    "fell by half",
    "cut funding for",
    "voted against",
    "raised taxes on",
    "created more jobs than",
    "is the highest since",
    "has never supported",
    "spent twice as much on",
    "increased by 30 percent since",
    "was lower than",
    "promised to end",
];
const OBJECTS: &[&str] = &[
    "public schools",
    "veterans",
    "small businesses",
    "the last administration",
    "1990",
    "the national average",
    "every other state",
    "working families",
    "the police department",
    "clean energy programs",
    "rural hospitals",
    "the previous decade",
];
const SPEAKERS: &[(&str, &str)] = &[
    ("Dwayne Bohac", "State representative"),
    ("Scott Surovell", "State delegate"),
    ("Charlie Crist", "Governor"),
    ("Robin Vos", "Assembly speaker"),
    ("Barack Obama", "President"),
    ("Rick Perry", "Governor"),
    ("Nancy Pelosi", "House speaker"),
    ("Marco Rubio", "Senator"),
];
const TAGS: &[&str] = &["economy", "health", "crime", "taxes", "education"];

/// A small deterministic generator (xorshift), so every run writes the same store.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn statement(rng: &mut Rng, i: usize) -> String {
    let first = format!(
        "{} {} {}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS)
    );
    if rng.below(2) == 0 {
        return format!("Says {first} (claim {i}).");
    }
    format!(
        "Says {first} and {} {} {} (claim {i}).",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS)
    )
}

/// One command's change, recorded as the commands record it: the fields
/// before and after, diffed, as one revision at `at` by `bench`.
fn change(claim: &mut Claim, at: DateTime<Utc>, action: &str, mutate: impl FnOnce(&mut Claim)) {
    let before = fields::project(claim);
    mutate(claim);
    let changes = fields::diff(&before, &fields::project(claim));
    assert!(
        !changes.is_empty(),
        "{}: {action} changed nothing",
        claim.id
    );
    claim.append_revision(at, "bench".into(), action, changes, None);
}

fn evidence(stance: Stance, summary: String, url: String, at: DateTime<Utc>) -> Evidence {
    Evidence {
        stance,
        summary,
        url: Some(url),
        source: None,
        archived_url: None,
        withheld: false,
        added: at,
        by: "bench".into(),
    }
}

/// Claim `i`, quoting `st` in `text`: `add` (revision 1); for 55% of the
/// claims, `evidence` or `respond` (revision 2); for 20%, a verdict
/// with its rating and conclusion (revision 3: `verify` or `refute` with
/// their evidence, or `mark mixed` over the evidence already there).
fn claim(
    rng: &mut Rng,
    i: usize,
    source_id: &str,
    text: &str,
    st: &str,
    t0: DateTime<Utc>,
) -> Claim {
    let at = text.find(st).unwrap();
    let (prefix, suffix) = claimtrack::text::context(text, at, at + st.len());
    let (speaker, role) = rng.pick(SPEAKERS);
    let mut claim = Claim::blank(format!("claim-{i:06}"));
    claim.statement = st.to_string();
    claim.source = SourceRef {
        id: source_id.to_string(),
        rev: 1,
        sha256: None,
        quote: st.to_string(),
        prefix,
        suffix,
    };
    let via = if rng.below(5) == 0 {
        vec!["Tass".to_string()]
    } else {
        Vec::new()
    };
    claim.attribution = Attribution {
        speaker: Some((*speaker).into()),
        role: Some((*role).into()),
        via,
        kind: if rng.below(2) == 0 {
            Kind::DirectQuote
        } else {
            Kind::Paraphrase
        },
    };
    if rng.below(6) == 0 {
        claim.hedge = Some("reportedly".into());
    }
    claim.claimed = Some(t0.date_naive());
    claim.tags = vec![(*rng.pick(TAGS)).into()];
    // One claim logged a minute, from t0 on; each later command a day apart.
    let mut at = t0 + Duration::minutes(i as i64);
    claim.record_as_first(at, "bench".into(), "logged", None);
    // 1 revision for 45% of the claims, 2 for 35%, 3 for 20%.
    let revisions = match rng.below(20) {
        0..9 => 1,
        9..16 => 2,
        _ => 3,
    };
    if revisions >= 2 {
        at += Duration::days(1);
        if rng.below(5) < 3 {
            let stance = *rng.pick(&[Stance::Supports, Stance::Refutes, Stance::Context]);
            let item = evidence(
                stance,
                format!("Record of {} on {}", rng.pick(SUBJECTS), rng.pick(OBJECTS)),
                format!("https://records.example/{i}/1"),
                at,
            );
            change(&mut claim, at, "evidence", |c| c.evidence.push(item));
        } else {
            let kind = *rng.pick(&[
                ResponseKind::Confirmed,
                ResponseKind::Denied,
                ResponseKind::NonDenial,
                ResponseKind::Declined,
            ]);
            let response = Response {
                party: format!("Office of {speaker}"),
                kind,
                quote: (kind != ResponseKind::Declined)
                    .then(|| "We stand by the figures we published.".to_string()),
                date: Some(at.date_naive()),
            };
            change(&mut claim, at, "response", |c| c.responses.push(response));
        }
    }
    if revisions == 3 {
        at += Duration::days(1);
        let has_evidence = !claim.evidence.is_empty();
        let (status, stance, rating) = match rng.below(3) {
            0 => (Status::Verified, Stance::Supports, "True"),
            1 => (Status::Refuted, Stance::Refutes, "False"),
            _ if has_evidence => (Status::Mixed, Stance::Context, "Half True"),
            _ => (Status::Refuted, Stance::Refutes, "Pants on Fire"),
        };
        let item = (status != Status::Mixed).then(|| {
            evidence(
                stance,
                format!(
                    "Figures of {} for {}",
                    rng.pick(SUBJECTS),
                    rng.pick(OBJECTS)
                ),
                format!("https://records.example/{i}/2"),
                at,
            )
        });
        let conclusion = format!(
            "The published figures {} what {speaker} said.",
            if status == Status::Verified {
                "bear out"
            } else {
                "do not support"
            }
        );
        change(&mut claim, at, status.as_str(), |c| {
            c.evidence.extend(item);
            c.status = status;
            c.rating = Some(rating.into());
            c.conclusion = Some(conclusion);
        });
    }
    claim
}

fn generate(n: usize, dir: &Path) {
    let (store, _) = Store::init(dir).unwrap();
    let lock = store.lock(&[]).unwrap();
    let per_source = 100;
    let sources = n.div_ceil(per_source);
    let t0 = Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0).unwrap();
    (0..sources).into_par_iter().for_each(|s| {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (s as u64 + 1));
        let source_id = format!("article-{s:05}");
        let range = s * per_source..((s + 1) * per_source).min(n);
        let statements: Vec<String> = range.clone().map(|i| statement(&mut rng, i)).collect();
        let mut text = format!("Fact check roundup {s}\n\n");
        for st in &statements {
            text.push_str("Reporters heard the following at a press event. ");
            text.push_str(st);
            text.push_str(" Officials did not respond to a request for comment.\n\n");
        }
        let source = Source {
            id: source_id.clone(),
            title: Some(format!("Fact check roundup {s}")),
            outlet: Some("Example News".into()),
            url: Some(format!("https://news.example/roundup/{s}")),
            published: Some(t0.date_naive()),
            language: Some("en".into()),
            checked: None,
            etag: None,
            last_modified: None,
            revisions: vec![SourceRevision {
                rev: 1,
                file: "r1.txt".into(),
                retrieved: t0,
                sha256: sha256_hex(text.as_bytes()),
            }],
        };
        store
            .write_source_text(&lock, &source_id, &[], "r1.txt", &text)
            .unwrap();
        store.save_source(&lock, &source).unwrap();
        for (k, i) in range.enumerate() {
            let claim = claim(&mut rng, i, &source_id, &text, &statements[k], t0);
            // Plain writes: a generated store needs no fsync per file.
            let path = store.claim_path(&claim.id).unwrap();
            std::fs::write(path, claimtrack::yaml::to_string(&claim).unwrap()).unwrap();
        }
    });
}

/// The shape of a store's claims: how many, their mean size, and how many
/// have 1, 2, 3 … revisions, evidence, responses and a verdict.
fn shape(dir: &Path) {
    let store = Store::open(dir).unwrap();
    let files: Vec<PathBuf> = store.claim_files().unwrap();
    let stats = files
        .par_iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let claim: Claim = claimtrack::yaml::from_str(&text).unwrap();
            let mut revisions = [0usize; 8];
            revisions[claim.history.len().min(7)] += 1;
            let counts = [
                text.len(),
                usize::from(!claim.evidence.is_empty()),
                usize::from(!claim.responses.is_empty()),
                usize::from(!claim.status.is_open()),
            ];
            (counts, revisions)
        })
        .reduce(
            || ([0; 4], [0; 8]),
            |(a, ra), (b, rb)| {
                (
                    std::array::from_fn(|k| a[k] + b[k]),
                    std::array::from_fn(|k| ra[k] + rb[k]),
                )
            },
        );
    let ([bytes, with_evidence, with_responses, settled], revisions) = stats;
    let n = files.len().max(1);
    let percent = |k: usize| 100.0 * k as f64 / n as f64;
    println!(
        "{} claims, {:.2} KB of YAML a claim on average ({:.1} MB); revisions: {}; with evidence {:.0}%, with responses {:.0}%, with a verdict {:.0}%",
        files.len(),
        bytes as f64 / n as f64 / 1e3,
        bytes as f64 / 1e6,
        (1..8)
            .filter(|&r| revisions[r] > 0)
            .map(|r| format!("{r}: {:.0}%", percent(revisions[r])))
            .collect::<Vec<_>>()
            .join(", "),
        percent(with_evidence),
        percent(with_responses),
        percent(settled),
    );
}

/// Time parsing alone: every file is read into memory first, then parsed
/// (one thread, then all threads); then reading and parsing together, as
/// `Store::load_all_claims` does.
fn parse(dir: &Path) {
    let store = Store::open(dir).unwrap();
    let files: Vec<PathBuf> = store.claim_files().unwrap();
    let texts: Vec<String> = files
        .par_iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    let ok = texts
        .iter()
        .filter(|t| claimtrack::yaml::from_str::<Claim>(t).is_ok())
        .count();
    let one = start.elapsed();
    let start = Instant::now();
    let ok_all = texts
        .par_iter()
        .filter(|t| claimtrack::yaml::from_str::<Claim>(t).is_ok())
        .count();
    let all = start.elapsed();
    let start = Instant::now();
    let general = texts
        .iter()
        .take(1000)
        .filter(|t| claimtrack::yaml::from_str_general::<Claim>(t).is_ok())
        .count();
    let general_each = start.elapsed().as_secs_f64() / general.max(1) as f64;
    let start = Instant::now();
    let (claims, _) = store.load_all_claims().unwrap();
    let load = start.elapsed();
    println!(
        "{} files, {:.1} MB: parse {:.3} s on one thread, {:.3} s on all ({} ok; the general parser alone: {:.0} µs a file); read and parse (load_all_claims) {:.3} s",
        files.len(),
        bytes as f64 / 1e6,
        one.as_secs_f64(),
        all.as_secs_f64(),
        ok.min(ok_all).min(claims.len()),
        general_each * 1e6,
        load.as_secs_f64(),
    );
}

/// Check that the fast reader and the general parser agree on every file given
/// (or every .yaml file under the folders given).
fn compare(paths: &[String]) {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).unwrap().flatten() {
                stack.push(e.path());
            }
        } else if p.extension().is_some_and(|e| e == "yaml")
            || p.to_string_lossy().contains("corpus/")
        {
            files.push(p);
        }
    }
    let (mut fast, mut same_claims) = (0, 0);
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let Some(value) = claimtrack::yaml::fast::parse(&text) else {
            continue;
        };
        fast += 1;
        let general: serde_json::Value = claimtrack::yaml::from_str_general(&text)
            .unwrap_or_else(|e| panic!("{}: fast read it, general refused: {e:?}", f.display()));
        assert_eq!(value, general, "{}", f.display());
        let a: Result<Claim, ()> = claimtrack::yaml::fast::from_value(value).ok_or(());
        let b: Result<Claim, _> = claimtrack::yaml::from_str_general(&text);
        if let (Ok(a), Ok(b)) = (&a, &b) {
            assert_eq!(a, b, "{}", f.display());
            same_claims += 1;
        } else if a.is_ok() != b.is_ok() && a.is_ok() {
            panic!("{}: fast gives a claim, general does not", f.display());
        }
    }
    println!(
        "{} files, {fast} read by the fast path, all agree ({same_claims} claims)",
        files.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("generate") if args.len() == 4 => {
            let n: usize = args[2].parse().expect("N must be a number");
            generate(n, Path::new(&args[3]));
        }
        Some("parse") if args.len() == 3 => parse(Path::new(&args[2])),
        Some("shape") if args.len() == 3 => shape(Path::new(&args[2])),
        Some("compare") if args.len() >= 3 => compare(&args[2..]),
        _ => {
            eprintln!(
                "usage: bench-store generate N DIR | bench-store parse DIR | bench-store shape DIR | bench-store compare PATH…"
            );
            std::process::exit(2);
        }
    }
}
