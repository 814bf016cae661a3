//! Hostile files, hostile stores, interrupted commands and merges: each case
//! a way the program once broke a promise of "What must hold".

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{git, git_ok, has_git, Run, TestStore, ARTICLE};

/// Bytes that must never reach a terminal from stored text: ESC, BEL, CSI
/// (C1), and a right-to-left override.
fn assert_no_controls(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\r'] {
        assert!(
            !text.contains(bad),
            "{what} printed U+{:04X}:\n{text:?}",
            bad as u32
        );
    }
}

/// Run the program on `t` with its address space capped (so that a bomb
/// fails the test instead of the machine) and a hang guard: a run that
/// takes longer than `limit` is killed and the test fails.
fn guarded(t: &TestStore, args: &[&str]) -> Run {
    guarded_with(t, args, &[])
}

fn guarded_with(t: &TestStore, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = t.process();
    let program = cmd.get_program().to_owned();
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg("ulimit -v 1500000; exec \"$0\" \"$@\"")
        .arg(program)
        .args(args)
        .current_dir(t.dir.path())
        .env("CLAIMTRACK_USER", "alice")
        .env("CLAIMTRACK_NOW", "2026-11-27T20:00:00Z")
        .env_remove("CLAIMTRACK_STORE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        sh.env(k, v);
    }
    cmd = sh;
    let mut child = cmd.spawn().unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).map(|_| s).unwrap_or_default()
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        err.read_to_end(&mut s).map(|_| s).unwrap_or_default()
    });
    let start = Instant::now();
    let limit = Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} did not finish in {limit:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
    }
}

/// A store with the test article and one claim `c1` quoting it.
fn one_claim() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Putin and Xi will meet",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet",
        "--id",
        "c1",
    ])
    .ok();
    t
}

/// The commands that read a claim file, each to be run on a hostile one.
const READERS: &[&[&str]] = &[
    &["check"],
    &["list"],
    &["report"],
    &["show", "bad"],
    &[
        "evidence",
        "bad",
        "--stance",
        "context",
        "--summary",
        "s",
        "--url",
        "https://e.example",
    ],
];

/// Every line-break convention YAML (or its parser) may honour.
const BREAKS: &[(&str, &str)] = &[
    ("LF", "\n"),
    ("CR", "\r"),
    ("CRLF", "\r\n"),
    ("NEL", "\u{85}"),
    ("LS", "\u{2028}"),
    ("PS", "\u{2029}"),
];

#[test]
fn an_alias_bomb_is_refused_whatever_its_line_breaks() {
    let xs = vec!["x"; 4000].join(",");
    for (name, br) in BREAKS {
        let t = one_claim();
        let refs = vec!["*a"; 4000].join(&format!(",{br}"));
        let bomb =
            format!("id: bad{br}statement: s{br}rating: [{br}&a [{xs}],{br}[{br}{refs}]]{br}");
        t.write("claims/bad.yaml", &bomb);
        for args in READERS {
            let run = guarded(&t, args);
            assert!(
                matches!(run.code, 1 | 2),
                "{name} {args:?}: exit {}\n{}",
                run.code,
                run.stderr
            );
            let all = format!("{}{}", run.stdout, run.stderr);
            assert!(all.contains("claims/bad.yaml"), "{name} {args:?}: {all}");
            assert!(
                all.contains("alias") || all.contains("line break"),
                "{name} {args:?} refused it for another reason: {all}"
            );
        }
        // The merge driver reads both sides the same way.
        let good = t.read("claims/c1.yaml");
        t.write("base.yaml", &good);
        t.write("ours.yaml", &good);
        t.write("theirs.yaml", &bomb);
        let run = guarded(
            &t,
            &["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"],
        );
        assert_ne!(run.code, 0, "{name}: {}", run.stderr);
        assert!(run.stderr.contains("alias"), "{name}: {}", run.stderr);
    }
}

#[test]
fn deep_nesting_is_refused_before_it_is_parsed() {
    let depth = 200_000;
    let shapes = [
        (
            "flow sequences",
            format!("rating: {}{}\n", "[".repeat(depth), "]".repeat(depth)),
        ),
        (
            "flow sequences over lines",
            format!("rating: {}{}\n", "[\r".repeat(depth), "]".repeat(depth)),
        ),
        (
            "flow mappings",
            format!(
                "rating: {}x{}\n",
                "{a: ".repeat(depth / 2),
                "}".repeat(depth / 2)
            ),
        ),
        (
            "block sequences on one line",
            format!("rating:\n{}x\n", "- ".repeat(depth * 2)),
        ),
        (
            "explicit keys on one line",
            format!("rating:\n{}x\n", "? ".repeat(depth * 2)),
        ),
        (
            "quotes hiding closers",
            format!("rating: {}\n", "[ \"]\" ".repeat(depth / 4)),
        ),
        (
            "comments between openers",
            format!("rating: {}\n", "[ #c\n".repeat(depth / 4)),
        ),
    ];
    let t = one_claim();
    for (what, body) in &shapes {
        t.write("claims/bad.yaml", &format!("id: bad\nstatement: s\n{body}"));
        for args in [&["check"][..], &["list"], &["show", "bad"]] {
            let run = guarded(&t, args);
            assert!(matches!(run.code, 1 | 2), "{what} {args:?}: {}", run.stderr);
            let all = format!("{}{}", run.stdout, run.stderr);
            assert!(
                all.contains("claims/bad.yaml") && all.contains("nest"),
                "{what} {args:?}: {all}"
            );
        }
    }
    // Ordinary nesting, and brackets in text, are fine.
    t.write(
        "claims/ok.yaml",
        &format!(
            "# written by hand\nid: ok\nstatement: '{}'\nrating: [[[a]]]\n",
            "[".repeat(500)
        ),
    );
    let run = t.run(&["check", "--format", "json"]);
    assert!(
        !run.stdout
            .contains("claims/ok.yaml\",\"line\":1,\"column\":1,\"message\":\"nest"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("nest"), "{}", run.stderr);
}

#[test]
fn claimreview_and_json_output_are_safe_inside_a_script_element() {
    let t = TestStore::with_article();
    let hostile = "x </script><script>document.title='PWNED'</script> & <!-- more";
    t.run(&[
        "add",
        hostile,
        "--source",
        "article",
        "--quote",
        "the two presidents will meet",
        "--speaker",
        "A <b>speaker</b> & co",
        "--id",
        "xss",
    ])
    .ok();
    t.run(&[
        "verify",
        "xss",
        "--summary",
        "</script><img src=x onerror=alert(1)>",
        "--url",
        "https://example.org/?a=1&b=</script>",
        "--rating",
        "True </script>",
        "--note",
        "<script>alert(2)</script>",
    ])
    .ok();
    for args in [
        &["report", "--format", "claimreview"][..],
        &["report", "--format", "json"],
        &["list", "--format", "json"],
        &["show", "xss", "--format", "json"],
        &["check", "--format", "json"],
    ] {
        let run = t.run(args);
        assert!(matches!(run.code, 0 | 1), "{args:?}: {}", run.stderr);
        for raw in ['<', '>', '&'] {
            assert!(
                !run.stdout.contains(raw),
                "{args:?} wrote a raw {raw}: {}",
                run.stdout
            );
        }
        let back: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        if args[0] != "check" {
            assert!(back.to_string().contains(hostile), "{args:?}: {back}");
        }
    }
}

/// A store whose `claims/` holds `name`, made by `make` from its path.
fn with_entry(name: &str, make: impl FnOnce(&Path)) -> TestStore {
    let t = one_claim();
    make(&t.path(&format!("claims/{name}")));
    t
}

#[test]
fn a_fifo_in_the_store_is_refused_and_never_waited_for() {
    let t = with_entry("f.yaml", |p| {
        let ok = Command::new("mkfifo").arg(p).status().unwrap();
        assert!(ok.success());
    });
    for args in [
        &["check"][..],
        &["list"],
        &["report"],
        &["show", "f"],
        &["source", "show", "article"],
    ] {
        let run = guarded(&t, args);
        assert!(matches!(run.code, 1 | 2), "{args:?}: {}", run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(
            all.contains("claims/f.yaml") && all.contains("not a regular file"),
            "{args:?}: {all}"
        );
    }
    // An update does not hang holding the lock: a writer after it gets through.
    t.write("v2.txt", &format!("A new headline\n\n{ARTICLE}"));
    let run = guarded(&t, &["source", "update", "article", "v2.txt"]);
    assert!(matches!(run.code, 0 | 1), "{}", run.stderr);
    let run = guarded(&t, &["mark", "c1", "in-review"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_link_to_a_device_or_a_secret_is_refused_by_name_never_read() {
    let secret_dir = tempfile::tempdir().unwrap();
    let secret = secret_dir.path().join(".git-credentials");
    std::fs::write(
        &secret,
        "https://alice:ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@github.com\n",
    )
    .unwrap();
    let t = one_claim();
    std::os::unix::fs::symlink("/dev/zero", t.path("claims/z.yaml")).unwrap();
    std::os::unix::fs::symlink(&secret, t.path("claims/n.yaml")).unwrap();
    // A link to another claim of the store is refused too: claim files are files.
    std::os::unix::fs::symlink("c1.yaml", t.path("claims/l.yaml")).unwrap();
    for args in [
        &["check"][..],
        &["list"],
        &["report"],
        &["show", "n"],
        &["show", "z"],
    ] {
        let run = guarded(&t, args);
        assert!(matches!(run.code, 1 | 2), "{args:?}: {}", run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(!all.contains("ghp_"), "{args:?} echoed the secret: {all}");
        if args[0] != "show" {
            for name in ["claims/z.yaml", "claims/n.yaml", "claims/l.yaml"] {
                assert!(all.contains(name), "{args:?} did not name {name}: {all}");
            }
        }
        assert!(all.contains("link"), "{args:?}: {all}");
    }
}

#[test]
fn a_file_that_fails_to_parse_is_never_echoed() {
    let t = one_claim();
    // Content that serde quotes in its messages (`invalid type: string "…"`).
    for (name, text) in [
        (
            "a.yaml",
            "https://alice:ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@github.com\n",
        ),
        (
            "b.yaml",
            "id: b\nstatement: [\"ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"]\n",
        ),
        (
            "c.yaml",
            "id: c\nstatus: ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
        ),
        (
            "d.yaml",
            "id: d\nghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA: 1\n",
        ),
        ("e.yaml", "- ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"),
    ] {
        t.write(&format!("claims/{name}"), text);
    }
    t.write(
        "sources/leak/source.yaml",
        "ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
    );
    t.write(
        "claimtrack.yaml",
        "organization: ghp_S3CRETt0kenAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
    );
    for args in [
        &["check"][..],
        &["check", "--format", "json"],
        &["list"],
        &["report"],
        &["show", "c"],
        &["source", "list"],
    ] {
        let run = t.run(args);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(!all.contains("S3CRET"), "{args:?} echoed a file: {all}");
        assert!(matches!(run.code, 1 | 2), "{args:?}: {all}");
    }
    let check = t.run(&["check"]).stdout;
    for name in ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"] {
        assert!(check.contains(&format!("claims/{name}:")), "{check}");
    }
}

#[test]
fn a_linked_source_folder_is_refused_and_nothing_is_written_outside() {
    let outside = tempfile::tempdir().unwrap();
    let t = TestStore::with_article();
    std::fs::create_dir(outside.path().join("evil")).unwrap();
    std::fs::copy(
        t.path("sources/article/source.yaml"),
        outside.path().join("evil/source.yaml"),
    )
    .unwrap();
    let yaml = t
        .read("sources/article/source.yaml")
        .replace("id: article", "id: evil");
    std::fs::write(outside.path().join("evil/source.yaml"), yaml).unwrap();
    std::fs::copy(
        t.path("sources/article/r1.txt"),
        outside.path().join("evil/r1.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("evil"), t.path("sources/evil")).unwrap();
    // A claims/ folder that is a link is not followed either.
    t.write("v2.txt", &format!("A new headline\n\n{ARTICLE}"));
    let run = t.run(&["source", "update", "evil", "v2.txt"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("sources/evil"), "{}", run.stderr);
    assert!(!outside.path().join("evil/r2.txt").exists());
    let names: Vec<_> = std::fs::read_dir(outside.path().join("evil"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "nothing written outside: {names:?}");
    let check = t.run(&["check"]);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("sources/evil") && check.stdout.contains("link"),
        "{}",
        check.stdout
    );
}

#[test]
fn report_output_is_never_one_of_the_stores_own_files() {
    let t = one_claim();
    t.write("claimtrack.yaml", "organization:\n  name: Example Checks\n");
    t.run(&["mark", "c1", "in-review"]).ok();
    let outside = tempfile::tempdir().unwrap();
    let hard = outside.path().join("hard.yaml");
    std::fs::hard_link(t.path("claims/c1.yaml"), &hard).unwrap();
    let soft = outside.path().join("soft.txt");
    std::os::unix::fs::symlink(t.path("sources/article/r1.txt"), &soft).unwrap();
    std::fs::write(t.path(".claimtrack.lock"), "").unwrap();
    let targets = [
        "claims/c1.yaml".to_string(),
        "./claims/../claims/c1.yaml".to_string(),
        "claims/new.yaml".to_string(),
        "sources/article/r1.txt".to_string(),
        "sources/article/source.yaml".to_string(),
        "sources/article/r9.txt".to_string(),
        ".claimtrack.lock".to_string(),
        "claimtrack.yaml".to_string(),
        ".claimtrack-cache.jsonl".to_string(),
        ".claimtrack-check.cache".to_string(),
        hard.display().to_string(),
        soft.display().to_string(),
    ];
    let before = t.snapshot();
    let hard_before = std::fs::read(&hard).unwrap();
    for target in &targets {
        let run = t.run(&["report", "--output", target]);
        assert_eq!(run.code, 2, "--output {target} was written: {}", run.stderr);
        assert!(run.stderr.contains("store"), "{target}: {}", run.stderr);
    }
    assert_eq!(t.snapshot(), before);
    assert_eq!(std::fs::read(&hard).unwrap(), hard_before);
    // A report beside the store, or in a folder of its own, is fine.
    t.run(&["report", "--output", "report.txt"]).ok();
    t.run(&[
        "report",
        "--output",
        &outside.path().join("r.md").display().to_string(),
    ])
    .ok();
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let t = TestStore::new();
    let esc = "\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2K\u{1b}[1A\u{1b}[8m\u{9b}31m\u{202e}";
    t.write(
        "liar.tsv",
        &format!(
            "1.json\tfalse\tThe moon{esc} is cheese.\tspace{esc}\tjohn-doe{esc}\tMayor{esc}\tTexas\trepublican\t0\t1\t0\t0\t0\ta speech{esc}\n"
        ),
    );
    let run = t.run(&["import", "--format", "liar", "liar.tsv"]);
    assert!(matches!(run.code, 0 | 1), "{}", run.stderr);
    assert_no_controls("import", &format!("{}{}", run.stdout, run.stderr));
    t.write("article.txt", &format!("Headline{esc}\n\n{ARTICLE}"));
    t.run(&[
        "source",
        "add",
        "article.txt",
        "--id",
        "article",
        "--title",
        &format!("T{esc}"),
    ])
    .ok();
    t.run(&[
        "add",
        &format!("Statement{esc}"),
        "--source",
        "article",
        "--quote",
        "the two presidents will meet",
        "--speaker",
        &format!("Speaker{esc}"),
        "--id",
        "c1",
    ])
    .ok();
    t.run(&[
        "edit",
        "c1",
        "--statement",
        &format!("Other{esc} statement"),
    ])
    .ok();
    t.run(&[
        "evidence",
        "c1",
        "--stance",
        "supports",
        "--summary",
        &format!("S{esc}"),
        "--url",
        "https://e.example",
    ])
    .ok();
    t.write("v2.txt", &format!("Headline{esc} changed\n\n{ARTICLE}"));
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    // A hand-edited file whose status check reports.
    let c1 = t.read("claims/c1.yaml");
    t.write(
        "claims/c2.yaml",
        &c1.replace("id: c1", "id: c2")
            .replace("status: unverified", "status: \"x\\e[8m\""),
    );
    let ids: Vec<String> = std::fs::read_dir(t.path("claims"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .replace(".yaml", "")
        })
        .collect();
    let mut runs: Vec<(Vec<String>, Run)> = Vec::new();
    let mut cmds: Vec<Vec<String>> = vec![
        vec!["list".into()],
        vec!["check".into()],
        vec!["report".into()],
        vec!["report".into(), "--since".into(), "2000-01-01".into()],
        vec!["source".into(), "list".into()],
        vec!["source".into(), "show".into(), "article".into()],
        vec!["source".into(), "diff".into(), "article".into()],
        vec!["extract".into(), "article".into()],
    ];
    for id in &ids {
        for c in ["show", "log", "diff"] {
            cmds.push(vec![c.into(), id.clone()]);
        }
    }
    for args in cmds {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = t.run(&a);
        runs.push((args, run));
    }
    for (args, run) in &runs {
        assert_no_controls(
            &format!("{args:?}"),
            &format!("{}{}", run.stdout, run.stderr),
        );
    }
    // The escapes are shown, not dropped without a trace.
    let list = &runs[0].1.stdout;
    assert!(list.contains("The moon"), "{list}");
    assert!(list.contains("\\u{1b}") || list.contains("\\e"), "{list}");
}

/// A claim file with one evidence item added by `evidence` at a pinned clock.
fn evidence_side(t: &TestStore, base: &str, summary: &str) -> String {
    t.write("claims/c1.yaml", base);
    t.run(&[
        "evidence",
        "c1",
        "--stance",
        "context",
        "--summary",
        summary,
        "--url",
        "https://e.example",
    ])
    .ok();
    t.read("claims/c1.yaml")
}

#[test]
fn the_merge_driver_keeps_revisions_that_differ_only_in_their_changes() {
    let t = one_claim();
    let base = t.read("claims/c1.yaml");
    let ours = evidence_side(&t, &base, "First finding");
    let theirs = evidence_side(&t, &base, "Second finding");
    t.write("base.yaml", &base);
    t.write("ours.yaml", &ours);
    t.write("theirs.yaml", &theirs);
    t.run(&["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"])
        .ok();
    let merged = t.read("ours.yaml");
    assert!(
        merged.contains("First finding") && merged.contains("Second finding"),
        "{merged}"
    );
    t.write("claims/c1.yaml", &merged);
    let check = t.run(&["check"]).ok();
    assert!(check.stderr.contains("0 errors"), "{}", check.stderr);
}

#[test]
fn the_merge_driver_leaves_conflict_markers_for_what_it_cannot_read() {
    let t = one_claim();
    let good = t.read("claims/c1.yaml");
    let mut bad_utf8 = good.clone().into_bytes();
    bad_utf8.extend_from_slice(b"note: \xff\xfe\n");
    let marked = format!("<<<<<<< HEAD\n{good}=======\n{good}>>>>>>> other\n");
    for (name, theirs) in [
        ("invalid UTF-8", bad_utf8),
        ("conflict markers", marked.into_bytes()),
    ] {
        for swap in [false, true] {
            std::fs::write(t.path("base.yaml"), &good).unwrap();
            let (a, b) = if swap {
                (theirs.clone(), good.clone().into_bytes())
            } else {
                (good.clone().into_bytes(), theirs.clone())
            };
            std::fs::write(t.path("ours.yaml"), &a).unwrap();
            std::fs::write(t.path("theirs.yaml"), &b).unwrap();
            let run = t.run(&["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"]);
            assert_ne!(run.code, 0, "{name} swap={swap}: {}", run.stderr);
            let left = std::fs::read(t.path("ours.yaml")).unwrap();
            let left = String::from_utf8_lossy(&left);
            assert!(
                left.contains("\n<<<<<<< ours\n") || left.starts_with("<<<<<<< ours\n"),
                "{name} swap={swap}: {left}"
            );
            assert!(
                left.contains(">>>>>>> theirs"),
                "{name} swap={swap}: {left}"
            );
        }
    }
}

/// A store whose source `figures` has `n` sentences, one claim quoting
/// each, and `v2.txt`, the next revision, in which every quote moved.
fn many_claims(n: usize) -> TestStore {
    let t = TestStore::new();
    let text: String = (0..n)
        .map(|i| format!("Sentence number {i} says that figure {i} rose.\n\n"))
        .collect();
    t.write("v1.txt", &text);
    t.run(&["source", "add", "v1.txt", "--id", "figures"]).ok();
    for i in 0..n {
        t.run(&[
            "add",
            &format!("Figure {i} rose"),
            "--source",
            "figures",
            "--quote",
            &format!("figure {i} rose"),
            "--id",
            &format!("c{i:02}"),
        ])
        .ok();
    }
    t.write("v2.txt", &format!("A new headline\n\n{text}"));
    t
}

fn revs_of_claims(t: &TestStore, n: usize) -> Vec<u32> {
    (0..n)
        .map(|i| {
            let text = t.read(&format!("claims/c{i:02}.yaml"));
            let at = text.find("\nsource:\n").unwrap();
            let rev_line = text[at..]
                .lines()
                .find(|l| l.starts_with("  rev: "))
                .unwrap();
            rev_line["  rev: ".len()..].parse().unwrap()
        })
        .collect()
}

#[test]
fn an_interrupted_source_update_is_finished_by_running_it_again() {
    let t = many_claims(8);
    t.run_crashing(4, &["source", "update", "figures", "v2.txt"])
        .expect(137);
    let split = revs_of_claims(&t, 8);
    assert!(split.contains(&1) && split.contains(&2), "{split:?}");
    // check says the source's claims are split between revisions.
    let check = t.run(&["check"]);
    assert!(
        check.stdout.contains("sources/figures") && check.stdout.contains("interrupted"),
        "{}{}",
        check.stdout,
        check.stderr
    );
    // The same command again finishes the moves.
    let again = t.run(&["source", "update", "figures", "v2.txt"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert_eq!(revs_of_claims(&t, 8), vec![2; 8]);
    assert!(!t.read("sources/figures/source.yaml").contains("r3"));
    t.assert_check_clean();
}

#[test]
fn an_interrupted_source_update_is_finished_by_the_next_writer() {
    let t = many_claims(8);
    t.run_crashing(4, &["source", "update", "figures", "v2.txt"])
        .expect(137);
    t.run(&["mark", "c07", "in-review"]).ok();
    assert_eq!(revs_of_claims(&t, 8), vec![2; 8]);
    let c7 = t.read("claims/c07.yaml");
    assert!(c7.contains("status: in-review"), "{c7}");
    t.assert_check_clean();
}

#[test]
fn an_interrupted_import_run_again_makes_one_source_with_every_claim() {
    let t = TestStore::new();
    let rows = "1.json\tfalse\tThe moon is cheese.\tspace\tjohn-doe\tMayor\tTexas\trepublican\t0\t1\t0\t0\t0\ta speech\n\
2.json\ttrue\tThe sun is hot.\tspace\tjane-doe\tMayor\tTexas\tdemocrat\t0\t1\t0\t0\t0\ta speech\n";
    t.write("k.tsv", rows);
    let r = t
        .command()
        .env("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME", "1")
        .env("CLAIMTRACK_TEST_FAIL_IMPORT_AFTER", "1")
        .args(["import", "--format", "liar", "k.tsv"])
        .output()
        .unwrap();
    assert_ne!(r.status.code(), Some(0));
    // Whatever the import left, the warning's hint fits an import too.
    let check = t.run(&["check"]);
    assert!(
        !check.stdout.contains("add the article again"),
        "{}",
        check.stdout
    );
    // Left as a killed import leaves it: the source folder with its text only.
    std::fs::create_dir_all(t.path("sources/liar-k")).unwrap();
    std::fs::write(t.path("sources/liar-k/r1.txt"), rows).unwrap();
    let check = t.run(&["check"]);
    assert!(check.stdout.contains("sources/liar-k"), "{}", check.stdout);
    assert!(
        !check.stdout.contains("add the article again"),
        "{}",
        check.stdout
    );
    t.run(&["import", "--format", "liar", "k.tsv"]).ok();
    let sources: Vec<_> = std::fs::read_dir(t.path("sources"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(sources, vec!["liar-k".to_string()]);
    assert_eq!(std::fs::read_dir(t.path("claims")).unwrap().count(), 2);
    t.assert_check_clean();
    // The same for `source add`: the orphan is replaced, not duplicated.
    std::fs::create_dir_all(t.path("sources/orphan")).unwrap();
    std::fs::write(t.path("sources/orphan/r1.txt"), "half").unwrap();
    t.write("o.txt", "Orphan text.\n");
    t.run(&["source", "add", "o.txt", "--title", "Orphan"]).ok();
    assert!(!t.path("sources/orphan-2").exists());
    assert_eq!(t.read("sources/orphan/r1.txt"), "Orphan text.\n");
}

#[test]
fn check_takes_no_lock_and_works_where_it_cannot_write() {
    let t = one_claim();
    // A lock that cannot be opened for writing (as on a read-only store).
    let _ = std::fs::remove_file(t.path(".claimtrack.lock"));
    std::fs::create_dir(t.path(".claimtrack.lock")).unwrap();
    std::fs::write(t.path("claims/c1.yaml.claimtrack-tmp"), "half").unwrap();
    let run = t.run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("claimtrack-tmp"), "{}", run.stdout);
    // Readers leave stale files to writers.
    assert!(t.path("claims/c1.yaml.claimtrack-tmp").exists());
    for args in [&["list"][..], &["show", "c1"], &["report"], &["log", "c1"]] {
        let run = t.run(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    std::fs::remove_dir(t.path(".claimtrack.lock")).unwrap();
    t.run(&["check"]).ok();
    assert!(
        !t.path(".claimtrack.lock").exists(),
        "check made a lock file"
    );
}

#[test]
fn the_claim_cache_notices_a_file_restored_with_its_old_size_and_time() {
    let t = one_claim();
    let c1 = t.read("claims/c1.yaml");
    for i in 0..210 {
        t.write(
            &format!("claims/c{i:03}.yaml"),
            &c1.replace("id: c1\n", &format!("id: c{i:03}\n"))
                .replace("Putin and Xi will meet", &format!("Claim number {i:03}")),
        );
    }
    std::fs::remove_file(t.path("claims/c1.yaml")).unwrap();
    let past = std::time::SystemTime::now() - Duration::from_secs(3600);
    for e in std::fs::read_dir(t.path("claims")).unwrap().flatten() {
        let f = std::fs::File::options().write(true).open(e.path()).unwrap();
        f.set_modified(past).unwrap();
    }
    // The cache keeps only files unchanged (mtime and ctime) for 2 s.
    std::thread::sleep(Duration::from_millis(2100));
    let first = t.run(&["list"]);
    assert!(t.path(".claimtrack-cache.bin").exists(), "{}", first.stderr);
    assert!(
        first.stdout.contains("Claim number 007"),
        "{}",
        first.stdout
    );
    // Changed in place (same inode, same size) and its time set back, as
    // `tar -x` of an archive made with `--mtime` does.
    let path = t.path("claims/c007.yaml");
    let old = std::fs::read_to_string(&path).unwrap();
    let new = old.replace("Claim number 007", "Claim NUMBER 007");
    assert_eq!(old.len(), new.len());
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, &new).unwrap();
    let f = std::fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(mtime).unwrap();
    drop(f);
    let second = t.run(&["list"]);
    assert!(
        second.stdout.contains("Claim NUMBER 007"),
        "the cache served the old claim: {}",
        second.stdout
    );
}

const BOM: &str = "\u{feff}";

#[test]
fn a_leading_byte_order_mark_is_accepted_everywhere() {
    let t = one_claim();
    let c1 = t.read("claims/c1.yaml");
    t.write("claims/c1.yaml", &format!("{BOM}{c1}"));
    let source = t.read("sources/article/source.yaml");
    t.write("sources/article/source.yaml", &format!("{BOM}{source}"));
    t.write(
        "claimtrack.yaml",
        &format!("{BOM}organization:\n  name: Checks\n"),
    );
    t.run(&["show", "c1"]).ok();
    t.run(&["list"]).ok();
    let check = t.run(&["check"]).ok();
    assert!(check.stderr.contains("0 errors"), "{}", check.stderr);
    t.run(&["mark", "c1", "in-review"]).ok();

    t.write(
        "liar.tsv",
        &format!("{BOM}1.json\tfalse\tThe moon is cheese.\tspace\tjohn-doe\tMayor\tTexas\trepublican\t0\t1\t0\t0\t0\ta speech\n"),
    );
    let run = t.run(&["import", "--format", "liar", "liar.tsv"]).ok();
    assert!(run.stdout.contains("imported 1 claim"), "{}", run.stdout);
    t.write(
        "sheet.csv",
        &format!("{BOM}statement,speaker,status\nThe sea is wet,Jo,unverified\n"),
    );
    let run = t.run(&["import", "--format", "csv", "sheet.csv"]).ok();
    assert!(run.stdout.contains("imported 1 claim"), "{}", run.stdout);
    t.write(
        "reviews.json",
        &format!("{BOM}{{\"@type\":\"ClaimReview\",\"claimReviewed\":\"The summit moved\",\"url\":\"https://c.example/t\",\"reviewRating\":{{\"alternateName\":\"False\"}}}}"),
    );
    let run = t
        .run(&["import", "--format", "claimreview", "reviews.json"])
        .ok();
    assert!(run.stdout.contains("imported 1 claim"), "{}", run.stdout);
    t.run(&["check"]).ok();
}

#[test]
fn a_revision_number_at_the_limit_is_refused_not_wrapped() {
    let t = TestStore::with_article();
    let yaml = t.read("sources/article/source.yaml");
    t.write(
        "sources/article/source.yaml",
        &yaml.replace("rev: 1\n", "rev: 4294967295\n"),
    );
    t.write("v2.txt", &format!("A new headline\n\n{ARTICLE}"));
    let before = t.snapshot();
    let run = t.run(&["source", "update", "article", "v2.txt"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("sources/article/source.yaml"),
        "{}",
        run.stderr
    );
    assert!(!t.path("sources/article/r0.txt").exists());
    assert_eq!(t.snapshot(), before);
}

fn ct(dir: &Path, now: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .current_dir(dir)
        .env("CLAIMTRACK_USER", "alice")
        .env("CLAIMTRACK_NOW", now)
        .env_remove("CLAIMTRACK_STORE")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn ct_ok(dir: &Path, now: &str, args: &[&str]) -> String {
    let out = ct(dir, now, args);
    assert!(
        out.status.success(),
        "claimtrack {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Two branches each store a new text of one article (`source update`) and
/// log a claim in it. Their texts are named by their digest, so git adds
/// both; the merge driver unites the two `source.yaml` (numbered by when
/// each text was retrieved: theirs r2, ours r3); each claim names its text
/// by digest, so it still quotes the text it quoted on its branch, although
/// ours says "rev: 2" until the number is recorded.
#[test]
fn two_branches_updating_one_source_keep_both_texts_after_a_merge() {
    if !has_git() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    std::fs::create_dir(&a).unwrap();
    git_ok(&a, &["init", "-q"]);
    ct_ok(&a, "2026-11-27T20:00:00Z", &["init"]);
    let attributes = std::fs::read_to_string(a.join(".gitattributes")).unwrap();
    assert!(
        attributes.contains("sources/*/source.yaml merge=claimtrack"),
        "{attributes}"
    );
    std::fs::write(a.join("v1.txt"), ARTICLE).unwrap();
    ct_ok(
        &a,
        "2026-11-27T20:00:00Z",
        &["source", "add", "v1.txt", "--id", "article"],
    );
    let quote = "the two presidents will meet";
    ct_ok(
        &a,
        "2026-11-27T20:01:00Z",
        &[
            "add",
            "Xi and Putin meet",
            "--source",
            "article",
            "--quote",
            quote,
            "--id",
            "meet",
        ],
    );
    std::fs::remove_file(a.join("v1.txt")).unwrap();
    git_ok(&a, &["add", "-A"]);
    git_ok(&a, &["commit", "-qm", "article and claim"]);
    let driver = format!(
        "{} merge-driver %O %A %B %P",
        env!("CARGO_BIN_EXE_claimtrack")
    );
    git_ok(&a, &["config", "merge.claimtrack.driver", &driver]);
    // Each branch: a new text, and a claim quoting what only that text says.
    let branch = |name: &str, headline: &str, now: &str, claim: &str| -> String {
        let text = format!("{headline}\n\n{ARTICLE}");
        let file = tmp.path().join(format!("{name}.txt"));
        std::fs::write(&file, &text).unwrap();
        let up = ct_ok(
            &a,
            now,
            &["source", "update", "article", file.to_str().unwrap()],
        );
        assert!(up.contains("moved to r2"), "{up}");
        ct_ok(
            &a,
            now,
            &[
                "add", headline, "--source", "article", "--quote", headline, "--id", claim,
                "--kind", "outlet",
            ],
        );
        git_ok(&a, &["add", "-A"]);
        git_ok(&a, &["commit", "-qm", name]);
        text
    };
    git_ok(&a, &["checkout", "-qb", "other"]);
    let theirs_text = branch(
        "theirs",
        "Other headline",
        "2026-11-28T09:00:00Z",
        "theirs-headline",
    );
    git_ok(&a, &["checkout", "-q", "main"]);
    let ours_text = branch(
        "ours",
        "Our headline",
        "2026-11-28T10:00:00Z",
        "ours-headline",
    );
    let merge = git(&a, &["merge", "-q", "--no-edit", "other"]);
    assert!(
        merge.status.success(),
        "the merge conflicted: {}{}",
        String::from_utf8_lossy(&merge.stdout),
        String::from_utf8_lossy(&merge.stderr)
    );
    let status = git_ok(&a, &["status", "--porcelain"]);
    assert!(status.is_empty(), "{status}");
    // Both texts are kept, each listed with its digest, numbered by time.
    let texts: Vec<String> = std::fs::read_dir(a.join("sources/article"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(texts.len(), 3, "three revisions");
    assert!(texts.contains(&ours_text) && texts.contains(&theirs_text));
    let show = ct_ok(&a, "2026-11-29T00:00:00Z", &["source", "show", "article"]);
    assert!(show.contains("r3"), "{show}");
    let diff = ct_ok(
        &a,
        "2026-11-29T00:00:00Z",
        &["source", "diff", "article", "--from", "2", "--to", "3"],
    );
    assert!(
        diff.contains("Other") && diff.contains("Our"),
        "r2 is theirs, r3 ours: {diff}"
    );
    // Each claim quotes the text its branch quoted: every quote is found.
    let check = ct_ok(&a, "2026-11-29T00:00:00Z", &["check"]);
    assert!(check.contains("0 errors"), "{check}");
    assert!(!check.contains("quote-not-found"), "{check}");
    // Ours still says "rev: 2": the digest decides, and check says how to record the number.
    assert!(
        check.contains("claims/ours-headline.yaml")
            && check.contains("stale-revision")
            && check.contains("claimtrack edit ours-headline --rev 3"),
        "{check}"
    );
    // Theirs keeps r2; its headline is not in ours, now the latest text.
    assert!(
        !check.contains("claims/theirs-headline.yaml:10:3: warning: source.rev"),
        "theirs keeps r2: {check}"
    );
    assert!(
        check.contains("quote changed in `article` r3")
            && check.contains("the claim still quotes r2"),
        "{check}"
    );
    let shown = ct_ok(&a, "2026-11-29T00:00:00Z", &["show", "ours-headline"]);
    assert!(shown.contains("article r3"), "{shown}");
    let shown = ct_ok(&a, "2026-11-29T00:00:00Z", &["show", "theirs-headline"]);
    assert!(shown.contains("article r2"), "{shown}");
    let report = ct_ok(&a, "2026-11-29T00:00:00Z", &["report", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(report.trim()).unwrap();
    let rev_of = |id: &str| {
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["source"]["rev"].clone())
    };
    assert_eq!(rev_of("ours-headline"), Some(3.into()), "{report}");
    assert_eq!(rev_of("theirs-headline"), Some(2.into()), "{report}");
    // `meet` was moved on both branches: the later move (ours) stands.
    assert_eq!(rev_of("meet"), Some(3.into()), "{report}");
    let list = ct(&a, "2026-11-29T00:00:00Z", &["list", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let listed: Vec<(String, serde_json::Value)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["source"]["rev"].clone(),
            )
        })
        .collect();
    assert!(
        listed.contains(&("ours-headline".into(), 3.into()))
            && listed.contains(&("theirs-headline".into(), 2.into())),
        "{listed:?}"
    );
    let db = tmp.path().join("store.db");
    ct_ok(
        &a,
        "2026-11-29T00:00:00Z",
        &["export", db.to_str().unwrap()],
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let exported: i64 = conn
        .query_row(
            "select source_rev from claims where id = 'ours-headline'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(exported, 3);
    drop(conn);
    // `source keep` records numbers, so it asks for the number first.
    let keep = ct(
        &a,
        "2026-11-29T00:00:00Z",
        &["source", "keep", "meet", "--note", "the original stands"],
    );
    assert_eq!(keep.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&keep.stderr).contains("claimtrack edit meet --rev 3"),
        "{}",
        String::from_utf8_lossy(&keep.stderr)
    );
    // Recording the numbers leaves check with nothing to say.
    for id in ["ours-headline", "meet"] {
        ct_ok(&a, "2026-11-29T01:00:00Z", &["edit", id, "--rev", "3"]);
    }
    let check = ct_ok(&a, "2026-11-29T02:00:00Z", &["check"]);
    assert!(!check.contains("stale-revision"), "{check}");
    assert!(check.contains("0 errors"), "{check}");
}

/// A name given on the command line becomes part of every report: a blank
/// `--by` is refused rather than quietly replaced by git's user, and a name
/// holding terminal controls is refused without the controls being echoed.
#[test]
fn names_on_the_command_line_are_never_blank_or_hold_controls() {
    let t = one_claim();
    let blank = t.run(&["--by", " ", "mark", "c1", "in-review"]).expect(2);
    assert!(
        blank.stderr.contains("--by needs a name"),
        "{}",
        blank.stderr
    );
    let evil = t
        .run(&["assign", "c1", "--to", "ev\u{1b}[2J\u{7}il"])
        .expect(2);
    assert!(
        evil.stderr.contains("control characters"),
        "{}",
        evil.stderr
    );
    assert_no_controls("assign --to", &evil.stderr);
    let by = t
        .run(&["--by", "\u{1b}]0;x\u{7}", "mark", "c1", "in-review"])
        .expect(2);
    assert_no_controls("--by", &by.stderr);
    let shown = t.run(&["show", "c1"]).ok();
    assert!(
        shown.stdout.contains("unverified"),
        "nothing was written: {}",
        shown.stdout
    );
}

/// Three branches each store new texts of one article (one of them twice)
/// and are merged in turn, and a fourth is rebased instead of merged: the
/// driver runs for every step, each text is listed once, numbered by when
/// it was retrieved, and every claim still finds its quote.
#[test]
fn three_branches_merged_in_turn_and_one_rebased_keep_every_text() {
    if !has_git() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    std::fs::create_dir(&a).unwrap();
    git_ok(&a, &["init", "-q"]);
    ct_ok(&a, "2026-11-27T20:00:00Z", &["init"]);
    let first = tmp.path().join("v1.txt");
    std::fs::write(&first, ARTICLE).unwrap();
    ct_ok(
        &a,
        "2026-11-27T20:00:00Z",
        &["source", "add", first.to_str().unwrap(), "--id", "article"],
    );
    ct_ok(
        &a,
        "2026-11-27T20:01:00Z",
        &[
            "add",
            "Xi and Putin meet",
            "--source",
            "article",
            "--quote",
            "the two presidents will meet",
            "--id",
            "meet",
        ],
    );
    git_ok(&a, &["add", "-A"]);
    git_ok(&a, &["commit", "-qm", "article"]);
    let driver = format!(
        "{} merge-driver %O %A %B %P",
        env!("CARGO_BIN_EXE_claimtrack")
    );
    git_ok(&a, &["config", "merge.claimtrack.driver", &driver]);
    git_ok(&a, &["branch", "start"]);
    // A new text on `branch` at `hour`, and a claim quoting its headline.
    let update = |branch: &str, hour: u32| {
        if !git(&a, &["checkout", "-q", branch]).status.success() {
            git_ok(&a, &["checkout", "-qb", branch, "start"]);
        }
        let headline = format!("Headline of {branch} at {hour}");
        let file = tmp.path().join(format!("{branch}-{hour}.txt"));
        std::fs::write(&file, format!("{headline}\n\n{ARTICLE}")).unwrap();
        let now = format!("2026-11-28T{hour:02}:00:00Z");
        ct_ok(
            &a,
            &now,
            &["source", "update", "article", file.to_str().unwrap()],
        );
        let id = format!("{branch}-{hour}");
        ct_ok(
            &a,
            &now,
            &[
                "add", &headline, "--source", "article", "--quote", &headline, "--id", &id,
                "--kind", "outlet",
            ],
        );
        git_ok(&a, &["add", "-A"]);
        git_ok(&a, &["commit", "-qm", &id]);
    };
    update("b1", 9);
    update("b2", 7);
    update("b3", 11);
    update("b3", 12);
    update("b4", 8);
    git_ok(&a, &["checkout", "-q", "main"]);
    for b in ["b1", "b2", "b3"] {
        git_ok(&a, &["merge", "-q", "--no-edit", b]);
    }
    git_ok(&a, &["checkout", "-q", "b4"]);
    git_ok(&a, &["rebase", "-q", "main"]);
    let status = git_ok(&a, &["status", "--porcelain"]);
    assert!(status.is_empty(), "{status}");
    let yaml = std::fs::read_to_string(a.join("sources/article/source.yaml")).unwrap();
    // r1, then 07 (b2), 08 (b4), 09 (b1), 11 and 12 (b3).
    for (rev, hour) in [(2, 7), (3, 8), (4, 9), (5, 11), (6, 12)] {
        assert!(
            yaml.contains(&format!("- rev: {rev}\n  file: sha256-"))
                && yaml.contains(&format!("retrieved: 2026-11-28T{hour:02}:00:00Z")),
            "r{rev} at {hour}: {yaml}"
        );
    }
    assert!(!yaml.contains("- rev: 7"), "{yaml}");
    let texts = std::fs::read_dir(a.join("sources/article"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".txt"))
        })
        .count();
    assert_eq!(texts, 6, "{yaml}");
    let check = ct_ok(&a, "2026-11-29T00:00:00Z", &["check"]);
    assert!(check.contains("0 errors"), "{check}");
    assert!(!check.contains("quote-not-found"), "{check}");
    assert!(!check.contains("unknown-revision"), "{check}");
    // The latest text is b3's second: its claim is on it, stale or not.
    let shown = ct_ok(&a, "2026-11-29T00:00:00Z", &["show", "b3-12"]);
    assert!(shown.contains("article r6"), "{shown}");
    let shown = ct_ok(&a, "2026-11-29T00:00:00Z", &["show", "b4-8"]);
    assert!(shown.contains("article r3"), "{shown}");
}
