//! Robustness at scale: every YAML oddity, bombs and huge files, concurrent writers, crashes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::common::{reader, shared, TestStore};

const QUOTE: &str = "the two presidents will meet during the SCO summit";

fn no_panic(run: &crate::common::Run, what: &str) {
    assert!(
        matches!(run.code, 0 | 1) && !run.stderr.contains("panicked"),
        "{what}: exit {}\n{}",
        run.code,
        run.stderr
    );
}

#[test]
fn every_yaml_test_suite_input_is_reported_or_accepted_as_claim_and_source() {
    let Some(cases) = shared("corpus/yaml-test-suite/cases") else {
        return;
    };
    let t = TestStore::new();
    let mut n = 0;
    let mut names: Vec<_> = std::fs::read_dir(&cases).unwrap().flatten().collect();
    names.sort_by_key(|e| e.file_name());
    for case in names {
        let input = case.path().join("in.yaml");
        let Ok(bytes) = std::fs::read(&input) else {
            continue;
        };
        let id = format!("case-{}", case.file_name().to_string_lossy().to_lowercase());
        std::fs::write(t.path(&format!("claims/{id}.yaml")), &bytes).unwrap();
        std::fs::create_dir_all(t.path(&format!("sources/{id}"))).unwrap();
        std::fs::write(t.path(&format!("sources/{id}/source.yaml")), &bytes).unwrap();
        n += 1;
    }
    assert!(n > 300, "only {n} cases");
    let check = t.run(&["check"]);
    no_panic(&check, "check");
    assert_eq!(
        check.code, 1,
        "the suite holds invalid claims: {}",
        check.stdout
    );
    no_panic(&t.run(&["list"]), "list");
    no_panic(&t.run(&["source", "list"]), "source list");
    no_panic(
        &t.run(&["check", "--format", "json"]),
        "check --format json",
    );
}

fn claim_with(field_yaml: &str) -> String {
    format!(
        "id: bomb\nstatement: s\nstatus: unverified\nrating: null\nsource:\n  id: article\n  rev: 1\n  quote: q\nattribution:\n  speaker: null\n  role: null\n  via: []\n  kind: outlet\n{field_yaml}history: []\n"
    )
}

#[test]
fn a_quadratic_alias_expansion_in_any_field_is_refused() {
    let t = TestStore::with_article();
    let xs = vec!["x"; 3000].join(", ");
    let refs = vec!["*a"; 3000].join(", ");
    let history = format!(
        "history:\n- rev: 1\n  at: 2022-01-01T00:00:00Z\n  by: x\n  action: logged\n  changes:\n    statement: {{to: [{refs}]}}\n"
    );
    for field in [
        "statement",
        "hedge",
        "tags",
        "evidence",
        "responses",
        "history",
    ] {
        let body = claim_with("").replace("history: []\n", "").replace(
            "attribution:",
            &format!("anchored: &a [{xs}]\nattribution:"),
        );
        let body = if field == "history" {
            format!("{body}{history}")
        } else {
            format!("{body}{field}: [{refs}]\n")
        };
        t.write("claims/bomb.yaml", &body);
        let show = t.run(&["show", "bomb"]).expect(2);
        assert!(
            show.stderr.contains("claims/bomb.yaml:") && show.stderr.contains("alias bomb"),
            "{field}: {}",
            show.stderr
        );
        let check = t.run(&["check"]).expect(1);
        assert!(
            check.stdout.contains("alias bomb"),
            "{field}: {}",
            check.stdout
        );
    }
}

#[test]
fn a_ten_megabyte_file_is_refused_with_its_size() {
    let t = TestStore::with_article();
    let mut body = claim_with("");
    body.push_str(&format!("# {}\n", "x".repeat(10 * 1024 * 1024)));
    t.write("claims/huge.yaml", &body.replace("id: bomb", "id: huge"));
    let show = t.run(&["show", "huge"]).expect(2);
    assert!(show.stderr.contains("over the limit"), "{}", show.stderr);
    let check = t.run(&["check"]).expect(1);
    assert!(
        check.stdout.contains("claims/huge.yaml: error: is 10"),
        "{}",
        check.stdout
    );
    t.write(
        "sources/article/source.yaml",
        &format!("id: article\n# {}\n", "x".repeat(10 << 20)),
    );
    let check = t.run(&["check"]).expect(1);
    assert!(
        check.stdout.contains("source.yaml: error: is 10"),
        "{}",
        check.stdout
    );
}

fn store_with_claims(n: usize) -> TestStore {
    let t = TestStore::with_article();
    for i in 0..n {
        t.run(&[
            "add",
            &format!("Claim {i}"),
            "--source",
            "article",
            "--quote",
            QUOTE,
            "--id",
            &format!("c{i}"),
        ])
        .ok();
    }
    t
}

#[test]
fn concurrent_writers_all_land_and_a_reader_never_sees_half_a_file() {
    let t = Arc::new(store_with_claims(10));
    let done = Arc::new(AtomicBool::new(false));
    let reader = reader(&t, &done, &[&["list"], &["check"]]);
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let t = Arc::clone(&t);
            std::thread::spawn(move || {
                for i in 0..50 {
                    let claim = format!("c{}", (w * 50 + i) % 10);
                    t.run(&[
                        "evidence",
                        &claim,
                        "--stance",
                        "context",
                        "--summary",
                        &format!("writer {w} item {i}"),
                        "--url",
                        "https://example.org/e",
                    ])
                    .ok();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    done.store(true, Ordering::SeqCst);
    let rounds = reader.join().unwrap();
    assert!(rounds >= 2);
    let mut summaries = 0;
    for i in 0..10 {
        let text = t.read(&format!("claims/c{i}.yaml"));
        assert_eq!(text.matches("- rev:").count(), 21, "c{i}");
        summaries += text.matches("summary: writer").count();
    }
    // Each item appears in the current evidence and in the revision that added it.
    assert_eq!(summaries, 2 * 200);
    t.run(&["check"]).ok();
}

#[test]
fn a_write_killed_before_its_rename_leaves_the_store_readable_and_is_cleaned_up() {
    let t = store_with_claims(2);
    let before = t.read("claims/c0.yaml");
    let crash = t
        .command()
        .args([
            "evidence",
            "c0",
            "--stance",
            "context",
            "--summary",
            "lost",
            "--url",
            "https://example.org/x",
        ])
        .env("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME", "1")
        .output()
        .unwrap();
    assert_eq!(crash.status.code(), Some(137));
    assert_eq!(t.read("claims/c0.yaml"), before);
    assert!(t.path("claims/c0.yaml.claimtrack-tmp").exists());
    t.run(&["list"]).ok();
    t.run(&["show", "c0"]).ok();
    let next = t
        .run(&[
            "evidence",
            "c0",
            "--stance",
            "context",
            "--summary",
            "kept",
            "--url",
            "https://example.org/x",
        ])
        .ok();
    assert!(
        next.stderr
            .contains("removed claims/c0.yaml.claimtrack-tmp left by an interrupted write"),
        "{}",
        next.stderr
    );
    assert!(!t.path("claims/c0.yaml.claimtrack-tmp").exists());
    assert!(t.read("claims/c0.yaml").contains("summary: kept"));
}

#[test]
fn stale_temporary_files_a_stale_lock_and_a_stale_import_are_cleaned_by_the_next_command() {
    let t = store_with_claims(2);
    t.write(
        "claims/c1.yaml.claimtrack-tmp",
        "id: c1\nstatement: half a fi",
    );
    t.write(".claimtrack.lock", "");
    t.write(".claimtrack-import-424242/0", "id: half\n");
    t.run(&["list"]).ok();
    // check, a reader, reports them and removes nothing.
    let check = t.run(&["check"]).ok();
    for left in ["claims/c1.yaml.claimtrack-tmp", ".claimtrack-import-424242"] {
        assert!(
            check
                .stdout
                .contains(&format!("{left}: warning: left by an interrupted write")),
            "{}",
            check.stdout
        );
    }
    assert!(t.path(".claimtrack-import-424242").exists());
    // The next writer removes them, and says so.
    let article = t
        .run_stdin(
            &["source", "add", "-", "--id", "second"],
            "A second article.\n",
        )
        .ok();
    assert!(article.stdout.contains("second"), "{}", article.stdout);
    assert!(
        article.stderr.contains("removed .claimtrack-import-424242"),
        "{}",
        article.stderr
    );
    assert!(!t.path(".claimtrack-import-424242").exists());
    assert!(!t.path("claims/c1.yaml.claimtrack-tmp").exists());
}

/// Put every claim file's modification time an hour back, as if written long ago.
fn age_claim_files(t: &TestStore) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in std::fs::read_dir(t.path("claims")).unwrap().flatten() {
        let f = std::fs::File::options().write(true).open(e.path()).unwrap();
        f.set_modified(past).unwrap();
    }
    // The cache keeps only files unchanged (mtime and ctime) for 2 s.
    std::thread::sleep(std::time::Duration::from_millis(2100));
}

/// Where the key part of `name`'s record in the claim cache `cache` starts:
/// after the name (with its length before it), the file's key (40 bytes)
/// and the key part's length.
fn key_part_at(cache: &[u8], name: &str) -> usize {
    let mut needle = (name.len() as u16).to_le_bytes().to_vec();
    needle.extend_from_slice(name.as_bytes());
    let at = cache
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap();
    at + needle.len() + 40 + 4
}

#[test]
fn the_parsed_claim_cache_never_serves_a_changed_file() {
    let t = store_with_claims(260);
    age_claim_files(&t);
    let first = t.run(&["list"]).ok().stdout;
    assert!(
        t.path(".claimtrack-cache.bin").exists(),
        "a large store gets a cache"
    );
    assert_eq!(
        t.run(&["list"]).ok().stdout,
        first,
        "read from the cache, the same list"
    );
    // A record's key part (what `list` reads of most claims) or state part
    // that does not check out is never trusted: c4's statement changed in
    // its state part, c5 made verified in its key part.
    let open = t.run(&["list", "--open"]).ok().stdout;
    let clean = std::fs::read(t.path(".claimtrack-cache.bin")).unwrap();
    let key_at = key_part_at(&clean, "c4.yaml");
    let key_len = u32::from_le_bytes(clean[key_at - 4..key_at].try_into().unwrap());
    let state_at = key_at + key_len as usize + 4;
    assert_eq!(&clean[state_at..state_at + 11], b"\x02c4\x07Claim 4");
    let mut state = clean.clone();
    state[state_at + 10] = b'9';
    let key_at = key_part_at(&clean, "c5.yaml");
    assert_eq!(&clean[key_at..key_at + 4], b"\x02c5\x00", "c5, unverified");
    let mut key = clean.clone();
    key[key_at + 3] = 2;
    for damaged in [state, key] {
        std::fs::write(t.path(".claimtrack-cache.bin"), &damaged).unwrap();
        let listed = t.run(&["list", "--open"]).ok();
        assert_eq!(listed.stdout, open, "the claims read from their files");
        assert!(
            listed.stderr.contains("was damaged; it was rebuilt"),
            "{}",
            listed.stderr
        );
        let again = t.run(&["list", "--open"]).ok();
        assert_eq!((&*again.stdout, &*again.stderr), (&*open, ""));
        assert_eq!(
            std::fs::read(t.path(".claimtrack-cache.bin")).unwrap(),
            clean
        );
    }
    // Claims the report's first pass asks for whole (changed since --since)
    // are read from their cache records as they would be from their files.
    let since = ["report", "--since", "2000-01-01", "--format", "json"];
    let cached = t.run(&since).ok().stdout;
    std::fs::remove_file(t.path(".claimtrack-cache.bin")).unwrap();
    assert_eq!(t.run(&since).ok().stdout, cached);
    assert!(cached.contains("\"c259\""), "{cached}");
    // A claim changed by a command is read from its file again.
    t.run(&["mark", "c7", "in-review"]).ok();
    let after = t.run(&["list", "--status", "in-review"]).ok().stdout;
    assert!(after.contains("c7"), "{after}");
    // A claim changed by hand (same length, new content) is read again too.
    let text = t.read("claims/c8.yaml");
    let edited = text.replacen("statement: ", "statement: X", 1).replacen(
        "status: unverified",
        "status: unverifie",
        1,
    );
    assert_eq!(edited.len(), text.len());
    std::fs::write(t.path("claims/c8.yaml"), edited).unwrap();
    let hand = t.run(&["list"]).expect(1);
    assert!(
        hand.stderr.contains("claims/c8.yaml"),
        "the broken file is reported: {}",
        hand.stderr
    );
    // A damaged or foreign cache is ignored.
    std::fs::write(t.path("claims/c8.yaml"), text).unwrap();
    t.write(
        ".claimtrack-cache.bin",
        "claimtrack-cache 0 old\n{\"name\":\"c1.yaml\",\"key\":{}}\n",
    );
    let fresh = t.run(&["list"]).ok().stdout;
    assert!(
        fresh.contains("c7") && fresh.lines().count() == first.lines().count(),
        "{fresh}"
    );
    t.write(".claimtrack-cache.bin", "garbage\n\u{0}\n");
    assert_eq!(
        t.run(&["list"]).ok().stdout.lines().count(),
        first.lines().count()
    );
}
