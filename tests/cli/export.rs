//! `claimtrack export`: the store as a SQLite database, read back with
//! Python's sqlite3 and served by Datasette on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{skip, TestStore};

/// Two claims on the test article, one verified with a second, withheld
/// piece of evidence, one with a response, and a second source.
fn desk() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Xi intends to visit Kazakhstan before the summit",
        "--source",
        "article",
        "--quote",
        "It has been claimed by Russian media that Xi intends to visit Kazakhstan",
        "--speaker",
        "Russian media",
        "--kind",
        "reported",
        "--tag",
        "xi",
        "--id",
        "xi-kazakhstan",
    ])
    .ok();
    t.run(&[
        "add",
        "The two presidents will meet in Samarkand",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet during the SCO summit",
        "--speaker",
        "Andrei Denisov",
        "--via",
        "Tass",
        "--kind",
        "paraphrase",
        "--id",
        "samarkand-meeting",
    ])
    .ok();
    t.run(&[
        "verify",
        "samarkand-meeting",
        "--summary",
        "The summit programme lists the meeting",
        "--url",
        "https://sco.example/programme",
    ])
    .ok();
    t.run(&[
        "evidence",
        "samarkand-meeting",
        "--stance",
        "supports",
        "--summary",
        "An official who asked not to be named",
        "--url",
        "https://withheld.example/person",
        "--withheld",
    ])
    .ok();
    t.run(&[
        "respond",
        "xi-kazakhstan",
        "--party",
        "Chinese foreign ministry",
        "--kind",
        "declined",
    ])
    .ok();
    t.write("other.txt", "Another article.\n");
    t.run(&["source", "add", "other.txt", "--id", "other"]).ok();
    t
}

/// Whether a program runs (`cmd --version` style probe); skips with a reason when not.
fn require(what: &str, cmd: &str, args: &[&str]) -> bool {
    let present = Command::new(cmd)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !present {
        skip(&format!("{what} is not installed"));
    }
    present
}

fn python_sqlite() -> bool {
    require(
        "python3 with its sqlite3 module and FTS5",
        "python3",
        &[
            "-c",
            "import sqlite3; sqlite3.connect(':memory:').execute('create virtual table t using fts5(a)')",
        ],
    )
}

/// Run a Python script with the database's path as its argument; its stdout as JSON.
fn python(script: &str, db: &Path) -> serde_json::Value {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const READ_BACK: &str = r#"
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = ["claims", "evidence", "responses", "revisions", "sources", "source_revisions", "export_info"]
out = {"counts": {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}}
out["fts"] = [r[0] for r in db.execute(
    "select c.id from claims_fts join claims c on c.rowid = claims_fts.rowid "
    "where claims_fts match ? order by rank", (sys.argv[2] if len(sys.argv) > 2 else "kazakhstan",))]
out["fk"] = [list(r) for r in db.execute("pragma foreign_key_check")]
out["integrity"] = db.execute("pragma integrity_check").fetchone()[0]
out["revisions_per_claim"] = dict(db.execute("select claim_id, count(*) from revisions group by claim_id"))
out["revision_count"] = dict(db.execute("select id, revision_count from claims"))
out["claims"] = {r[0]: {"status": r[1], "tags": json.loads(r[2]), "via": json.loads(r[3]), "verdict_at": r[4]}
    for r in db.execute("select id, status, tags, via, verdict_at from claims")}
out["evidence"] = [list(r) for r in db.execute(
    "select claim_id, position, stance, url, source, withheld, by from evidence order by claim_id, position")]
out["changes"] = [json.loads(r[0]) for r in db.execute("select changes from revisions")]
out["responses"] = [list(r) for r in db.execute("select claim_id, party, kind from responses")]
out["source_revisions"] = [list(r) for r in db.execute("select source_id, rev, file, length(sha256) from source_revisions order by source_id")]
print(json.dumps(out))
"#;

#[test]
fn export_reads_back_in_python_with_counts_search_and_keys() {
    let t = desk();
    let r = t.run(&["export", "desk.db"]).ok();
    assert!(
        r.stderr.contains(
            "wrote desk.db: 2 claims, 2 evidence items, 1 response, 5 revisions, 2 sources"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    let bytes = std::fs::read(t.path("desk.db")).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    // The confidential source is nowhere in the file, its evidence is.
    let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(!has("withheld.example"), "withheld source exported");
    assert!(has("An official who asked not to be named"));
    assert!(has("sco.example/programme"));
    if !python_sqlite() {
        return;
    }
    let v = python(READ_BACK, &t.path("desk.db"));
    assert_eq!(
        v["counts"],
        serde_json::json!({"claims": 2, "evidence": 2, "responses": 1, "revisions": 5,
            "sources": 2, "source_revisions": 2, "export_info": 1})
    );
    assert_eq!(v["fts"], serde_json::json!(["xi-kazakhstan"]));
    assert_eq!(v["fk"], serde_json::json!([]));
    assert_eq!(v["integrity"], "ok");
    assert_eq!(v["revisions_per_claim"], v["revision_count"]);
    assert_eq!(
        v["claims"]["xi-kazakhstan"]["tags"],
        serde_json::json!(["xi"])
    );
    assert_eq!(
        v["claims"]["samarkand-meeting"]["via"],
        serde_json::json!(["Tass"])
    );
    assert_eq!(v["claims"]["samarkand-meeting"]["status"], "verified");
    assert_eq!(
        v["claims"]["samarkand-meeting"]["verdict_at"],
        "2026-11-27T20:00:00Z"
    );
    assert_eq!(
        v["claims"]["xi-kazakhstan"]["verdict_at"],
        serde_json::Value::Null
    );
    assert_eq!(
        v["evidence"],
        serde_json::json!([
            [
                "samarkand-meeting",
                1,
                "supports",
                "https://sco.example/programme",
                null,
                0,
                "alice"
            ],
            ["samarkand-meeting", 2, "supports", null, null, 1, "alice"]
        ])
    );
    assert_eq!(
        v["responses"],
        serde_json::json!([["xi-kazakhstan", "Chinese foreign ministry", "declined"]])
    );
    assert_eq!(
        v["source_revisions"],
        serde_json::json!([["article", 1, "r1.txt", 64], ["other", 1, "r1.txt", 64]])
    );
    // The revision that added the withheld evidence records it without its source.
    let changes = v["changes"].to_string();
    assert!(
        changes.contains("An official who asked not to be named"),
        "{changes}"
    );
    assert!(!changes.contains("withheld.example"), "{changes}");
}

#[test]
fn export_of_the_example_store_matches_its_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let db = out.path().join("example.db");
    let t = TestStore::new();
    t.run(&[
        "--store",
        root.to_str().unwrap(),
        "export",
        db.to_str().unwrap(),
    ])
    .ok();
    let report = t
        .run(&[
            "--store",
            root.to_str().unwrap(),
            "report",
            "--format",
            "json",
        ])
        .ok();
    let report: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    let claims = report["claims"].as_array().unwrap();
    let total = |field: &str| -> usize {
        claims
            .iter()
            .map(|c| c[field].as_array().map_or(0, Vec::len))
            .sum()
    };
    let files = std::fs::read_dir(root.join("claims")).unwrap().count();
    assert_eq!(claims.len(), files);
    if !python_sqlite() {
        return;
    }
    let script = READ_BACK.to_string();
    let v = {
        let out = Command::new("python3")
            .arg("-c")
            .arg(&script)
            .arg(&db)
            .arg("samarkand")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(v["counts"]["claims"], claims.len());
    assert_eq!(v["counts"]["evidence"], total("evidence"));
    assert_eq!(v["counts"]["responses"], total("responses"));
    assert_eq!(v["counts"]["revisions"], total("history"));
    assert_eq!(v["counts"]["sources"], 1);
    assert_eq!(v["fk"], serde_json::json!([]));
    // Every claim whose statement, quote or speaker names Samarkand, and no other.
    let mut expected: Vec<&str> = claims
        .iter()
        .filter(|c| {
            [
                &c["statement"],
                &c["source"]["quote"],
                &c["attribution"]["speaker"],
            ]
            .iter()
            .any(|f| {
                f.as_str()
                    .is_some_and(|s| s.to_lowercase().contains("samarkand"))
            })
        })
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let mut found: Vec<&str> = v["fts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    expected.sort_unstable();
    found.sort_unstable();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);
}

/// A `datasette` server on 127.0.0.1, killed when dropped (also when a test fails).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port free on 127.0.0.1 a moment ago.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// GET `path` from 127.0.0.1:`port` (HTTP/1.0: the body is not chunked); the status line and the body.
fn get(port: u16, path: &str) -> std::io::Result<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    Ok((
        head.lines().next().unwrap_or("").to_string(),
        body.to_string(),
    ))
}

/// Start datasette on `db` and wait (at most 60 s) until it answers.
fn serve(db: &Path, log: &Path) -> (Server, u16) {
    let port = free_port();
    let child = Command::new("datasette")
        .arg("serve")
        .arg(db)
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(log).unwrap())
        .stderr(std::fs::File::create(log.with_extension("err")).unwrap())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    let start = Instant::now();
    loop {
        if let Ok((status, _)) = get(port, "/-/versions.json") {
            if status.contains(" 200") {
                return (server, port);
            }
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!(
                "datasette exited ({status}): {}",
                std::fs::read_to_string(log.with_extension("err")).unwrap_or_default()
            );
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "datasette did not answer within 60 s: {}",
            std::fs::read_to_string(log.with_extension("err")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn datasette_serves_the_export_and_searches_it() {
    if !require("datasette", "datasette", &["--version"]) {
        return;
    }
    let t = desk();
    t.run(&["export", "desk.db"]).ok();
    let (_server, port) = serve(&t.path("desk.db"), &t.path("datasette.log"));
    // One row by its key.
    let (status, body) = get(port, "/desk/claims.json?_shape=array&id=samarkand-meeting").unwrap();
    assert!(status.contains(" 200"), "{status}\n{body}");
    let rows: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        rows[0]["statement"],
        "The two presidents will meet in Samarkand"
    );
    assert_eq!(rows[0]["status"], "verified");
    // The search box: Datasette found the full-text table of `claims`.
    let (status, body) = get(port, "/desk/claims.json?_shape=array&_search=kazakhstan").unwrap();
    assert!(status.contains(" 200"), "{status}\n{body}");
    let rows: serde_json::Value = serde_json::from_str(&body).unwrap();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["xi-kazakhstan"]);
    // A query in SQL over the keys between tables.
    let (status, body) = get(
        port,
        "/desk.json?_shape=array&sql=select+count(*)+as+n+from+evidence+join+claims+on+claims.id+%3D+evidence.claim_id+where+claims.status+%3D+%27verified%27",
    )
    .unwrap();
    assert!(status.contains(" 200"), "{status}\n{body}");
    let rows: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(rows[0]["n"], 2);
}

/// The files in `dir`, names only.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_unreadable_claim_is_named_and_nothing_is_written() {
    let t = desk();
    let out = tempfile::tempdir().unwrap();
    let db: PathBuf = out.path().join("desk.db");
    std::fs::write(&db, "the old export").unwrap();
    t.write(
        "claims/broken.yaml",
        "id: broken\nstatement: [unclosed\nstatus: unverified\n",
    );
    let before = t.snapshot();
    let r = t.run(&["export", db.to_str().unwrap()]).expect(1);
    assert!(r.stderr.contains("claims/broken.yaml:"), "{}", r.stderr);
    assert!(
        r.stderr.lines().any(|l| l.contains("claims/broken.yaml:")
            && l.split("broken.yaml:").nth(1).is_some_and(|rest| rest
                .split(':')
                .take(2)
                .all(|n| n.trim().parse::<usize>().is_ok()))),
        "no line:column in {}",
        r.stderr
    );
    assert!(r.stderr.contains("nothing written"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "the old export");
    assert_eq!(names_in(out.path()), ["desk.db"]);
    assert_eq!(t.snapshot(), before);
    // Without an old file, none is left behind either.
    std::fs::remove_file(&db).unwrap();
    t.run(&["export", db.to_str().unwrap()]).expect(1);
    assert!(names_in(out.path()).is_empty());
}

#[test]
fn an_existing_file_is_replaced_whole_and_links_are_kept() {
    let t = desk();
    t.write("old.db", "not a database, to be replaced");
    t.run(&["export", "old.db"]).ok();
    assert!(std::fs::read(t.path("old.db"))
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("old.db", t.path("link.db")).unwrap();
        t.run(&["export", "link.db"]).ok();
        assert!(std::fs::symlink_metadata(t.path("link.db"))
            .unwrap()
            .file_type()
            .is_symlink());
    }
    let leftovers: Vec<String> = names_in(t.dir.path())
        .into_iter()
        .filter(|n| n.contains("claimtrack-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn export_refuses_the_store_s_own_files_standard_output_and_other_formats() {
    let t = desk();
    let before = t.snapshot();
    for target in [
        "claims/x.db",
        "sources/article/source.yaml",
        "claimtrack.yaml",
    ] {
        let r = t.run(&["export", target]).expect(2);
        assert!(
            r.stderr.contains("store's own files"),
            "{target}: {}",
            r.stderr
        );
    }
    assert_eq!(t.snapshot(), before);
    let r = t.run(&["export", "-"]).expect(2);
    assert!(r.stderr.contains("standard output"), "{}", r.stderr);
    let r = t.run(&["export", "--format", "bogus", "x.db"]).expect(2);
    assert!(
        r.stderr.contains("bogus") && r.stderr.contains("sqlite"),
        "{}",
        r.stderr
    );
    let r = t.run(&["export", "no-such-folder/x.db"]).expect(2);
    assert!(r.stderr.contains("no-such-folder"), "{}", r.stderr);
    assert!(!t.path("x.db").exists());
    // A folder is no file to write into.
    let r = t.run(&["export", "sources/.."]).expect(2);
    assert!(!r.stderr.is_empty());
}

#[test]
fn export_respects_store_and_the_help_says_a_file_is_replaced() {
    let t = desk();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("claimtrack"))
        .current_dir(elsewhere.path())
        .env_remove("CLAIMTRACK_STORE")
        .args([
            "--store",
            t.dir.path().to_str().unwrap(),
            "export",
            "here.db",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(elsewhere.path().join("here.db").exists());
    let help = t.run(&["export", "--help"]).ok();
    assert!(help.stdout.contains("replaced"), "{}", help.stdout);
    assert!(help.stdout.contains("datasette FILE"), "{}", help.stdout);
}

#[test]
fn a_claim_whose_source_is_gone_is_exported_with_a_warning() {
    let t = desk();
    let text = t
        .read("claims/xi-kazakhstan.yaml")
        .replace("id: xi-kazakhstan", "id: orphan")
        .replace("  id: article", "  id: gone");
    assert!(text.contains("id: gone"), "{text}");
    t.write("claims/orphan.yaml", &text);
    let r = t.run(&["export", "desk.db"]).ok();
    assert!(
        r.stderr.contains("warning: 1 claim quotes a source that is not in the store (claim `orphan` quotes `gone`)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("wrote desk.db: 3 claims"), "{}", r.stderr);
    if !python_sqlite() {
        return;
    }
    let v = python(READ_BACK, &t.path("desk.db"));
    assert_eq!(v["fk"], serde_json::json!([["claims", 1, "sources", 0]]));
}

#[test]
fn a_claim_with_two_revisions_of_one_number_is_named_and_nothing_is_written() {
    let t = desk();
    let text = t.read("claims/xi-kazakhstan.yaml");
    assert!(text.contains("- rev: 2"), "{text}");
    t.write(
        "claims/xi-kazakhstan.yaml",
        &text.replace("- rev: 2", "- rev: 1"),
    );
    let r = t.run(&["export", "desk.db"]).expect(1);
    assert!(
        r.stderr
            .contains("claims/xi-kazakhstan.yaml: cannot be exported")
            && r.stderr.contains("revisions.claim_id, revisions.rev"),
        "{}",
        r.stderr
    );
    assert!(!t.path("desk.db").exists());
}

#[test]
fn a_store_of_several_chunks_is_exported_whole_and_a_late_bad_file_is_named() {
    let t = desk();
    let text = t.read("claims/xi-kazakhstan.yaml");
    // 1,100 copies: three chunks of claim files, read one while another is written.
    for i in 0..1100 {
        let id = format!("copy-{i:04}");
        t.write(
            &format!("claims/{id}.yaml"),
            &text.replace("id: xi-kazakhstan", &format!("id: {id}")),
        );
    }
    let r = t.run(&["export", "big.db"]).ok();
    assert!(
        r.stderr.contains(
            "wrote big.db: 1102 claims, 2 evidence items, 1101 responses, 2205 revisions"
        ),
        "{}",
        r.stderr
    );
    if python_sqlite() {
        let v = python(READ_BACK, &t.path("big.db"));
        assert_eq!(v["counts"]["claims"], 1102);
        assert_eq!(v["fts"].as_array().unwrap().len(), 1101);
        assert_eq!(v["fk"], serde_json::json!([]));
    }
    std::fs::remove_file(t.path("big.db")).unwrap();
    t.write("claims/copy-1050.yaml", "id: copy-1050\nstatement: [\n");
    let r = t.run(&["export", "big.db"]).expect(1);
    assert!(r.stderr.contains("claims/copy-1050.yaml:"), "{}", r.stderr);
    assert!(!t.path("big.db").exists());
}
