//! Benchmark: `claimtrack report` in every format over a 10,000-claim store.
//!
//! Run with `cargo bench --bench report`. Builds a store in a temporary folder
//! (one source with two revisions, 10,000 claims with histories, a third of
//! them with verdicts and evidence), then times the release binary end to end,
//! and, for comparison, loading the claims alone in this process.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use claimtrack::model::{
    fields, Claim, Evidence, Kind, Response, ResponseKind, Revision, Stance, Status,
};
use claimtrack::store::Store;

const CLAIMS: usize = 10_000;
const RUNS: usize = 5;
const TARGET: Duration = Duration::from_millis(300);

const ARTICLE: &str = "Russian Ambassador to China Andrei Denisov informed reporters that the two presidents will meet during the SCO summit in Samarkand.\n\nIt has been claimed by Russian media that Xi intends to visit Kazakhstan before the meeting; however, these allegations have not been substantiated as of yet.\n";
const ARTICLE_R2: &str = "Russian Ambassador to China Andrei Denisov told reporters the leaders may meet during the SCO summit in Samarkand.\n\nIt has been claimed by Russian media that Xi intends to visit Kazakhstan before the meeting.\n";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn claim(i: usize) -> Claim {
    let mut c = Claim::blank(format!("claim-{i:05}"));
    let (quote, prefix, suffix) = if i.is_multiple_of(2) {
        (
            "the two presidents will meet during the SCO summit",
            "Denisov informed reporters that ",
            " in Samarkand.",
        )
    } else {
        (
            "It has been claimed by Russian media that Xi intends to visit Kazakhstan",
            "",
            " before the meeting; however, t",
        )
    };
    c.statement = format!(
        "Claim number {i}: the two presidents will meet in Samarkand, and Xi intends to visit Kazakhstan first, which would be his first trip abroad in years"
    );
    c.source.id = "article".into();
    c.source.rev = 1;
    c.source.quote = quote.into();
    c.source.prefix = prefix.into();
    c.source.suffix = suffix.into();
    c.attribution.speaker = Some(["Andrei Denisov", "Russian media", "Mao Ning"][i % 3].into());
    c.attribution.role = i
        .is_multiple_of(3)
        .then(|| "Russian Ambassador to China".to_string());
    c.attribution.via = if i.is_multiple_of(4) {
        vec!["Tass".into()]
    } else {
        vec![]
    };
    c.attribution.kind = [Kind::Paraphrase, Kind::Reported, Kind::DirectQuote][i % 3];
    c.hedge = i
        .is_multiple_of(5)
        .then(|| "these allegations have not been substantiated".to_string());
    c.claimed = NaiveDate::from_ymd_opt(2022, 9, 7);
    c.check_after = i
        .is_multiple_of(7)
        .then(|| NaiveDate::from_ymd_opt(2026, 1 + (i % 12) as u32, 1))
        .flatten();
    c.tags = vec!["xi".into(), format!("batch-{}", i % 10)];
    let logged = at("2026-01-01T09:00:00Z") + chrono::Duration::minutes(i as i64 * 37);
    let mut history = Vec::new();
    let empty = fields::Fields::new();
    let first = fields::project(&c);
    history.push(Revision {
        rev: 1,
        at: logged,
        by: "alice".into(),
        action: "logged".into(),
        changes: fields::diff(&empty, &first),
        note: None,
    });
    if i.is_multiple_of(3) {
        let before = fields::project(&c);
        c.status = [Status::Verified, Status::Refuted, Status::Mixed][i % 9 / 3];
        c.evidence.push(Evidence {
            stance: if c.status == Status::Refuted {
                Stance::Refutes
            } else {
                Stance::Supports
            },
            summary: format!("Official record {i} shows what happened on the day"),
            url: Some(format!("https://example.org/records/{i}")),
            source: None,
            archived_url: Some(format!(
                "https://web.archive.org/web/2022/https://example.org/records/{i}"
            )),
            withheld: i.is_multiple_of(30),
            added: logged + chrono::Duration::days(3),
            by: "bob".into(),
        });
        c.responses.push(Response {
            party: "Chinese Ministry of Foreign Affairs".into(),
            kind: ResponseKind::NonDenial,
            quote: Some("On your question, I have nothing to contribute.".into()),
            date: NaiveDate::from_ymd_opt(2022, 9, 7),
        });
        history.push(Revision {
            rev: 2,
            at: logged + chrono::Duration::days(3),
            by: "bob".into(),
            action: c.status.as_str().into(),
            changes: fields::diff(&before, &fields::project(&c)),
            note: Some("checked against the record".into()),
        });
    } else if i % 3 == 1 {
        let before = fields::project(&c);
        c.status = Status::InReview;
        history.push(Revision {
            rev: 2,
            at: logged + chrono::Duration::days(1),
            by: "carol".into(),
            action: "in-review".into(),
            changes: fields::diff(&before, &fields::project(&c)),
            note: None,
        });
    }
    c.history = history;
    c
}

fn build_store(dir: &Path) -> Result<(), String> {
    let (store, _) = Store::init(dir).map_err(|e| e.to_string())?;
    let src = dir.join("sources/article");
    std::fs::create_dir_all(&src).map_err(|e| e.to_string())?;
    std::fs::write(src.join("r1.txt"), ARTICLE).map_err(|e| e.to_string())?;
    std::fs::write(src.join("r2.txt"), ARTICLE_R2).map_err(|e| e.to_string())?;
    let source = format!(
        "id: article\ntitle: Putin and Xi Will Reportedly Meet\noutlet: Example News\nurl: https://news.example/a\npublished: 2022-09-07\nrevisions:\n- rev: 1\n  file: r1.txt\n  retrieved: 2026-01-01T09:00:00Z\n  sha256: {}\n- rev: 2\n  file: r2.txt\n  retrieved: 2026-02-01T09:00:00Z\n  sha256: {}\n",
        claimtrack::store::sha256_hex(ARTICLE.as_bytes()),
        claimtrack::store::sha256_hex(ARTICLE_R2.as_bytes())
    );
    std::fs::write(src.join("source.yaml"), source).map_err(|e| e.to_string())?;
    std::fs::write(
        dir.join("claimtrack.yaml"),
        "organization:\n  name: Example Checks\n  url: https://checks.example\nreview_url: https://checks.example/claims/{id}\n",
    )
    .map_err(|e| e.to_string())?;
    for i in 0..CLAIMS {
        let c = claim(i);
        let text = claimtrack::yaml::to_string(&c).map_err(|e| e.to_string())?;
        std::fs::write(store.claims_dir().join(format!("{}.yaml", c.id)), text)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// One output format, as a function of the report and its claims.
type Renderer<'a> =
    dyn Fn(&claimtrack::report::Report, &claimtrack::report::InMemory) -> String + 'a;

/// In process, from claims already loaded: building the report and rendering
/// each format (median of RUNS).
fn render_times(
    store: &Store,
    claims: Vec<Claim>,
) -> Result<Vec<(&'static str, Duration)>, String> {
    use claimtrack::render::report as r;
    let source = store.load_source("article").map_err(|e| e.to_string())?;
    let text = store.source_text(&source, 2).map_err(|e| e.to_string())?;
    let settings = store.settings().map_err(|e| e.to_string())?;
    let now = at("2026-11-27T20:00:00Z");
    let latest_texts = [("article".to_string(), (2, text.clone()))]
        .into_iter()
        .collect();
    let build = |claims: Vec<Claim>| {
        claimtrack::report::in_memory(
            claims,
            claimtrack::report::Inputs {
                now,
                since: Some(at("2026-06-01T00:00:00Z")),
                sources: [("article".to_string(), source.clone())]
                    .into_iter()
                    .collect(),
                unreadable: vec![],
            },
            &latest_texts,
            &r::text::verdict_widths,
        )
    };
    let painter = claimtrack::output::Painter { enabled: false };
    let written = |f: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        let mut out = Vec::new();
        let _ = f(&mut out);
        String::from_utf8(out).unwrap_or_default()
    };
    let formats: [(&str, &Renderer); 6] = [
        ("text", &|rep, cs| {
            written(&|w| r::text::render(rep, cs, 100, &painter, w))
        }),
        ("markdown", &|rep, cs| {
            written(&|w| r::markdown::render(rep, cs, &settings, w))
        }),
        ("json", &|rep, cs| written(&|w| r::json::render(rep, cs, w))),
        ("csv", &|rep, cs| written(&|w| r::csv::render(rep, cs, w))),
        ("html", &|rep, cs| {
            written(&|w| r::html::render(rep, cs, &settings, w))
        }),
        ("claimreview", &|rep, cs| {
            written(&|w| r::claimreview::render(rep, cs, &settings, w).map(|_| ()))
        }),
    ];
    let mut builds = Vec::new();
    let mut rep = None;
    for _ in 0..RUNS {
        let input = claims.clone();
        let t = cpu_time();
        rep = Some(build(input));
        builds.push(cpu_time().saturating_sub(t));
    }
    let rep = rep.ok_or("no runs")?;
    println!(
        "building the report (select, sort, events, drift) in process: median {:.2?} CPU",
        median(builds)
    );
    let mut out = Vec::new();
    for (name, f) in formats {
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let t = cpu_time();
            std::hint::black_box(f(&rep.0, &rep.1));
            times.push(cpu_time().saturating_sub(t));
        }
        out.push((name, median(times)));
    }
    Ok(out)
}

/// CPU time (user + system) of this process, or of its finished children,
/// from /proc: unlike wall time it does not grow when others load the machine.
fn proc_times(children: bool) -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let field = |n: usize| {
        f.get(n - 3)
            .and_then(|x| x.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime, stime are fields 14 and 15, cutime, cstime 16 and 17; `rest` starts at field 3.
    let ticks = if children {
        field(16) + field(17)
    } else {
        field(14) + field(15)
    };
    Duration::from_millis(ticks * 10)
}

fn cpu_time() -> Duration {
    proc_times(false)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs this too, so skip there.
    if !std::env::args().any(|a| a == "--bench") {
        println!("report benchmark: run with `cargo bench --bench report`");
        return;
    }
    let tmp = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => return eprintln!("cannot make a temporary folder: {e}"),
    };
    // CLAIMTRACK_BENCH_STORE=DIR keeps the store there, to profile it afterwards.
    let kept = std::env::var_os("CLAIMTRACK_BENCH_STORE").map(std::path::PathBuf::from);
    let dir = kept.as_deref().unwrap_or(tmp.path());
    let t = Instant::now();
    if !dir.join("claims").is_dir() {
        if let Err(e) = build_store(dir) {
            return eprintln!("cannot build the store: {e}");
        }
    }
    let bytes: u64 = std::fs::read_dir(dir.join("claims"))
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    println!(
        "built a store of {CLAIMS} claims ({:.1} MB of YAML) in {:.2?}",
        bytes as f64 / 1e6,
        t.elapsed()
    );

    let store = match Store::open(dir) {
        Ok(s) => s,
        Err(e) => return eprintln!("{e}"),
    };
    let mut loads = Vec::new();
    let mut claims = Vec::new();
    for _ in 0..RUNS {
        let t = cpu_time();
        match store.load_all_claims() {
            Ok((c, errors)) => {
                assert!(c.len() == CLAIMS && errors.is_empty());
                claims = c;
            }
            Err(e) => return eprintln!("{e}"),
        }
        loads.push(cpu_time().saturating_sub(t));
    }
    let load = median(loads);
    println!("load_all_claims alone (in process): median {load:.2?} CPU");
    // Reference: the same claims parsed from JSON instead of YAML.
    let as_json: Vec<String> = claims
        .iter()
        .filter_map(|c| serde_json::to_string(c).ok())
        .collect();
    let t = cpu_time();
    let parsed = as_json
        .iter()
        .filter(|j| serde_json::from_str::<Claim>(j).is_ok())
        .count();
    println!(
        "reference: the same {parsed} claims parsed from JSON strings in {:.2?} CPU",
        cpu_time().saturating_sub(t)
    );
    let renders = match render_times(&store, claims) {
        Ok(r) => r,
        Err(e) => return eprintln!("{e}"),
    };

    let bin = env!("CARGO_BIN_EXE_claimtrack");
    let out = dir.join("out");
    let mut worst = Duration::ZERO;
    let mut worst_cpu = Duration::ZERO;
    println!(
        "{:<12} {:>10} {:>10} {:>10} {:>10} {:>10}  output",
        "format", "wall min", "median", "max", "CPU", "render"
    );
    for format in ["text", "markdown", "json", "csv", "html", "claimreview"] {
        let mut times = Vec::new();
        let mut cpus = Vec::new();
        let mut size = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            let cpu_before = proc_times(true);
            let status = Command::new(bin)
                .args(["--store"])
                .arg(dir)
                .args([
                    "report",
                    "--format",
                    format,
                    "--since",
                    "2026-06-01",
                    "--output",
                ])
                .arg(&out)
                .env("CLAIMTRACK_NOW", "2026-11-27T20:00:00Z")
                .stderr(std::process::Stdio::null())
                .status();
            times.push(t.elapsed());
            cpus.push(proc_times(true).saturating_sub(cpu_before));
            match status {
                Ok(s) if s.code() == Some(0) => {}
                other => return eprintln!("report --format {format} failed: {other:?}"),
            }
            size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        }
        let (min, max) = (
            times.iter().min().copied().unwrap_or_default(),
            times.iter().max().copied().unwrap_or_default(),
        );
        let med = median(times);
        let cpu = median(cpus);
        worst = worst.max(med);
        worst_cpu = worst_cpu.max(cpu);
        let render = renders
            .iter()
            .find(|(f, _)| *f == format)
            .map(|(_, d)| *d)
            .unwrap_or_default();
        println!(
            "{format:<12} {:>10.2?} {med:>10.2?} {max:>10.2?} {cpu:>10.2?} {render:>10.2?}  {:.1} MB{}",
            min,
            size as f64 / 1e6,
            if med > TARGET { "  OVER TARGET" } else { "" }
        );
    }
    println!(
        "slowest: median {worst:.2?} wall, {worst_cpu:.2?} CPU (target {TARGET:?}); loading the claims is {:.0}% of that CPU",
        100.0 * load.as_secs_f64() / worst_cpu.as_secs_f64().max(1e-9)
    );
}
