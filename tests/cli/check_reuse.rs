//! `check` reuses what it concluded about unchanged files, and says exactly
//! what a check of everything says.

use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::common::{Run, TestStore, ARTICLE};

const CACHE: &str = ".claimtrack-check.cache";

/// Files changed in the last two seconds are never kept: wait them out.
fn settle() {
    std::thread::sleep(Duration::from_millis(2200));
}

fn add(t: &TestStore, id: &str, source: &str, quote: &str) {
    t.run(&[
        "add",
        &format!("Claim {id}"),
        "--source",
        source,
        "--quote",
        quote,
        "--speaker",
        "Andrei Denisov",
        "--id",
        id,
    ])
    .ok();
}

/// A store with findings of many kinds: a hand edit, a claim naming a
/// source that does not exist, a file that is not YAML, a bad file name, a
/// quote changed in a newer revision, an unlisted article text, a stale
/// temporary file; and clean claims.
fn store_with_findings() -> TestStore {
    let t = TestStore::with_article();
    add(&t, "meet", "article", "the two presidents will meet");
    add(&t, "sco", "article", "SCO summit in Samarkand");
    add(&t, "mao", "article", "I have nothing to contribute");
    add(&t, "rated", "article", "Andrei Denisov informed reporters");
    t.run(&[
        "evidence",
        "rated",
        "--stance",
        "supports",
        "--summary",
        "He did",
        "--url",
        "https://e.example/1",
    ])
    .ok();
    t.run(&["mark", "rated", "verified", "--rating", "True"])
        .ok();
    // A second source with two revisions; `moved` follows the quote to r2.
    t.write(
        "second.txt",
        "First words.\n\nThe port will close in June.\n",
    );
    t.run(&["source", "add", "second.txt", "--id", "second"])
        .ok();
    add(&t, "port", "second", "The port will close in June");
    add(&t, "first", "second", "First words");
    t.write(
        "second-v2.txt",
        "Other words.\n\nThe port will close in June.\n",
    );
    t.run(&["source", "update", "second", "second-v2.txt"]).ok();
    // Hand edits and damage.
    let meet = t.read("claims/meet.yaml");
    t.write(
        "claims/meet.yaml",
        &meet.replace("statement: Claim meet", "statement: Claim MEET"),
    );
    t.write(
        "claims/ghost.yaml",
        &t.read("claims/mao.yaml")
            .replace("id: mao", "id: ghost")
            .replace("  id: article", "  id: nowhere"),
    );
    t.write("claims/broken.yaml", "id: [broken\n");
    t.write("claims/Bad Name.yaml", "id: x\n");
    t.write("sources/article/r9.txt", "left over\n");
    t.write("claims/sco.yaml.claimtrack-tmp", "half");
    t
}

/// `check ARGS` (reusing what the last check kept), then the same with
/// `--no-cache`.
fn both(t: &TestStore, args: &[&str]) -> (Run, Run) {
    let mut cached = vec!["check"];
    cached.extend_from_slice(args);
    let mut full = vec!["check", "--no-cache"];
    full.extend_from_slice(args);
    let cached = t.run(&cached);
    (cached, t.run(&full))
}

/// Whether `out` has a finding in `path` (at a line and column) that says `what`.
fn has(out: &str, path: &str, what: &str) -> bool {
    out.lines().any(|l| {
        l.strip_prefix(path)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains(what)
            })
    })
}

#[track_caller]
fn same(cached: &Run, full: &Run) {
    assert_eq!(
        (cached.code, &cached.stdout, &cached.stderr),
        (full.code, &full.stdout, &full.stderr),
        "check with its cache differs from check --no-cache"
    );
}

#[test]
fn check_twice_and_with_no_cache_give_the_same_findings() {
    let t = store_with_findings();
    settle();
    let first = t.run(&["check"]).expect(1);
    assert!(
        t.path(CACHE).is_file(),
        "the first check keeps its conclusions"
    );
    for rule in [
        "[hand-edit]",
        "[unknown-source]",
        "[claim]",
        "[id]",
        "[quote-changed]",
        "[source-unlisted]",
        "[interrupted]",
    ] {
        assert!(first.stdout.contains(rule), "{rule}: {}", first.stdout);
    }
    let second = t.run(&["check"]);
    same(&second, &first);
    let (cached, full) = both(&t, &[]);
    same(&cached, &full);
    same(&cached, &first);
    let (cached, full) = both(&t, &["--format", "json"]);
    same(&cached, &full);
    assert!(cached.stdout.contains("\"hand-edit\""), "{}", cached.stdout);
}

/// Put `rel`'s modification time back to `time`, as `touch -d` does.
fn set_mtime(t: &TestStore, rel: &str, time: SystemTime) {
    let f = std::fs::File::options()
        .write(true)
        .open(t.path(rel))
        .unwrap();
    f.set_modified(time).unwrap();
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

/// Check after `change`, reusing what the last check kept: what it must
/// find, and the same as a check of everything.
#[track_caller]
fn after(t: &TestStore, change: &str, found: &[(&str, &str)]) -> Run {
    let (cached, full) = both(t, &[]);
    for (path, what) in found {
        assert!(
            has(&cached.stdout, path, what),
            "after {change}: no `{what}` in {path}:\n{}",
            cached.stdout
        );
    }
    same(&cached, &full);
    cached
}

#[test]
fn a_change_to_a_source_its_settings_or_a_claim_checks_the_claims_again() {
    let t = store_with_findings();
    settle();
    let before = t.run(&["check"]).expect(1);
    assert!(!has(&before.stdout, "claims/sco.yaml", "quote not found"));
    assert!(!has(&before.stdout, "claims/port.yaml", "no revision 2"));
    assert!(!has(
        &before.stdout,
        "claims/mao.yaml",
        "differ from the replayed history"
    ));
    assert!(!before.stdout.contains("[rating]"), "{}", before.stdout);
    // Each change is made while every other file's conclusion is kept.
    // The article's text edited by hand, its size and time kept: its
    // sha256 differs, and `sco`'s quote is not in it any more.
    let when = mtime(&t.path("sources/article/r1.txt"));
    assert_eq!(t.read("sources/article/r1.txt"), ARTICLE);
    t.write(
        "sources/article/r1.txt",
        &ARTICLE.replace("Samarkand", "Samarqand"),
    );
    set_mtime(&t, "sources/article/r1.txt", when);
    after(
        &t,
        "a source text edit",
        &[("claims/sco.yaml", "quote not found in `article` r1")],
    );
    assert!(t
        .run(&["check"])
        .stdout
        .contains("sources/article/r1.txt: error: text differs"));
    // A text named by its digest is watched as r1.txt is.
    let r2 = format!(
        "sources/second/{}",
        crate::common::text_name("Other words.\n\nThe port will close in June.\n")
    );
    let when = mtime(&t.path(&r2));
    let r2_text = t.read(&r2);
    t.write(&r2, &r2_text.replace("June", "July"));
    set_mtime(&t, &r2, when);
    after(
        &t,
        "an edit of a text named by its digest",
        &[("claims/port.yaml", "quote not found in `second` r2")],
    );
    assert!(t
        .run(&["check"])
        .stdout
        .contains(&format!("{r2}: error: text differs")));
    // source.yaml without its second revision: `port` names a revision
    // that does not exist, and its text is no longer listed.
    let yaml = t.read("sources/second/source.yaml");
    let cut = yaml.find("- rev: 2").unwrap();
    t.write("sources/second/source.yaml", &yaml[..cut]);
    let run = after(
        &t,
        "a source.yaml edit",
        &[(
            "claims/port.yaml",
            "source `second` has no revision with the text of this source.sha256",
        )],
    );
    assert!(
        run.stdout.contains(&format!(
            "sources/second/{}: warning",
            crate::common::text_name("Other words.\n\nThe port will close in June.\n")
        )),
        "{}",
        run.stdout
    );
    // A hand edit that keeps the file's size and modification time.
    let mao_path = t.path("claims/mao.yaml");
    let when = mtime(&mao_path);
    let mao = t.read("claims/mao.yaml");
    let edited = mao.replace("statement: Claim mao", "statement: Claim MAO");
    assert_eq!(edited.len(), mao.len());
    t.write("claims/mao.yaml", &edited);
    set_mtime(&t, "claims/mao.yaml", when);
    assert_eq!(mtime(&mao_path), when);
    after(
        &t,
        "a hand edit of the same size and time",
        &[(
            "claims/mao.yaml",
            "current fields differ from the replayed history",
        )],
    );
    // A rating scale without `rated`'s label.
    t.write(
        "claimtrack.yaml",
        "ratings:\n  - {label: Correct, status: verified}\n  - {label: Wrong, status: refuted}\n",
    );
    let changed = after(&t, "a settings edit", &[("claims/rated.yaml", "[rating]")]);
    // Once all of it has settled, it is kept, and still the same.
    settle();
    t.run(&["check"]);
    let (cached, _) = both(&t, &[]);
    same(&cached, &changed);
    // Put back, each finding goes.
    t.write("sources/article/r1.txt", ARTICLE);
    t.write(&r2, &r2_text);
    t.write("sources/second/source.yaml", &yaml);
    t.write("claimtrack.yaml", "");
    t.write("claims/mao.yaml", &mao);
    let restored = t.run(&["check"]).expect(1);
    same(&restored, &before);
}

#[test]
fn a_source_added_or_removed_is_seen_by_the_claims_that_name_it() {
    let t = store_with_findings();
    settle();
    let before = t.run(&["check"]).expect(1);
    assert!(before.stdout.contains("source `nowhere` does not exist"));
    t.write("nowhere.txt", "Nothing to say.\n");
    t.run(&["source", "add", "nowhere.txt", "--id", "nowhere"])
        .ok();
    let after = t.run(&["check"]).expect(1);
    assert!(
        !after.stdout.contains("`nowhere` does not exist"),
        "{}",
        after.stdout
    );
    let (cached, full) = both(&t, &[]);
    same(&cached, &full);
    settle();
    t.run(&["check"]);
    std::fs::remove_dir_all(t.path("sources/second")).unwrap();
    let gone = t.run(&["check"]).expect(1);
    assert!(
        gone.stdout.contains("source `second` does not exist"),
        "{}",
        gone.stdout
    );
    let (cached, full) = both(&t, &[]);
    same(&cached, &full);
}

#[test]
fn a_damaged_or_foreign_check_cache_is_ignored_and_rebuilt() {
    let t = store_with_findings();
    settle();
    let first = t.run(&["check"]).expect(1);
    let good = std::fs::read(t.path(CACHE)).unwrap();
    assert!(good.len() > 64);
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x01;
    let damaged: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() / 2].to_vec()),
        ("one bit flipped", flipped),
        ("empty", Vec::new()),
        ("garbage", b"\x00\xff garbage \x1b[2J".to_vec()),
        (
            "the claim cache's format",
            b"claimtrack-cache 2 0.1.0\n{\"name\":\"meet.yaml\",\"key\":{}}\n".to_vec(),
        ),
    ];
    for (what, bytes) in damaged {
        std::fs::write(t.path(CACHE), &bytes).unwrap();
        let run = t.run(&["check"]);
        assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
        same(&run, &first);
        assert_eq!(
            std::fs::read(t.path(CACHE)).unwrap(),
            good,
            "{what}: rebuilt as it was"
        );
    }
    // A folder in its place cannot be read or replaced: check still works.
    std::fs::remove_file(t.path(CACHE)).unwrap();
    std::fs::create_dir(t.path(CACHE)).unwrap();
    same(&t.run(&["check"]), &first);
    std::fs::remove_dir(t.path(CACHE)).unwrap();
    // A FIFO in its place is never opened for reading (which would wait forever).
    #[cfg(unix)]
    {
        let status = std::process::Command::new("mkfifo")
            .arg(t.path(CACHE))
            .status();
        if status.is_ok_and(|s| s.success()) {
            same(&t.run(&["check"]), &first);
        }
    }
}

#[test]
fn check_works_on_a_read_only_store_and_writes_nothing_there() {
    let t = store_with_findings();
    settle();
    let full = t.run(&["check", "--no-cache"]).expect(1);
    std::fs::remove_file(t.path(CACHE)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dirs = ["", "claims", "sources", "sources/article", "sources/second"];
        for d in dirs {
            std::fs::set_permissions(t.path(d), std::fs::Permissions::from_mode(0o555)).unwrap();
        }
        // Root writes through permissions; then only the findings can be compared.
        let writable = std::fs::write(t.path("probe"), "").is_ok();
        let run = t.run(&["check"]);
        same(&run, &full);
        same(&t.run(&["check"]), &full);
        if writable {
            std::fs::remove_file(t.path("probe")).unwrap();
            eprintln!("note: running as a user who writes through permissions; the read-only write is not tested");
        } else {
            assert!(!t.path(CACHE).exists(), "a read-only store got a cache");
            let names: Vec<String> = std::fs::read_dir(t.dir.path())
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            assert!(
                !names.iter().any(|n| n.contains("claimtrack-check")),
                "{names:?}"
            );
        }
        for d in dirs {
            std::fs::set_permissions(t.path(d), std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}

#[test]
fn init_ignores_the_check_cache_in_git_also_in_an_older_store() {
    let t = TestStore::new();
    assert!(t.read(".gitignore").lines().any(|l| l == CACHE));
    // A store made before the check cache existed gets the line from `init`.
    t.write(
        ".gitignore",
        ".claimtrack.lock\n*.claimtrack-tmp\n.claimtrack-import-*/\n.claimtrack-cache.jsonl\n.claimtrack-search.*\n",
    );
    t.run(&["init"]).ok();
    let ignore = t.read(".gitignore");
    assert_eq!(
        ignore.lines().filter(|l| *l == CACHE).count(),
        1,
        "{ignore}"
    );
    t.run(&["init"]).ok();
    assert_eq!(t.read(".gitignore"), ignore, "added once");
}
