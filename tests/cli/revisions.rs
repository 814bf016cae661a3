//! Revisions: claim diffs, article updates with re-anchoring, and git merges.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::{git, git_ok, golden, has_git, shared, TestStore, ARTICLE};

/// The test article with one quoted sentence edited, one deleted and one left alone.
const ARTICLE_V2: &str = "Putin and Xi Will Meet, Sources Say\n\nRussian Ambassador to China Andrei Denisov told reporters that the two presidents will meet during the SCO summit in Samarkand on September 15.\n\nMao Ning said, \u{201C}On your question, I have nothing to contribute.\u{201D}\n";

/// The article with three claims: `meet` (to be edited), `kazakhstan` (to be deleted), `mao` (left).
fn three_claims() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Putin and Xi will meet on 15 and 16 September",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet during the SCO summit in Samarkand on September 15 and 16",
        "--speaker",
        "Andrei Denisov",
        "--id",
        "meet",
    ])
    .ok();
    t.run(&[
        "add",
        "Xi will visit Kazakhstan before the summit",
        "--source",
        "article",
        "--quote",
        "Xi intends to visit Kazakhstan before the meeting",
        "--speaker",
        "Russian media",
        "--kind",
        "reported",
        "--id",
        "kazakhstan",
    ])
    .ok();
    t.run(&[
        "add",
        "China had nothing to say",
        "--source",
        "article",
        "--quote",
        "On your question, I have nothing to contribute.",
        "--speaker",
        "Mao Ning",
        "--kind",
        "direct-quote",
        "--id",
        "mao",
    ])
    .ok();
    t
}

fn verdict_line<'a>(out: &'a str, claim: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(&format!("{claim} ")))
        .unwrap_or_else(|| panic!("no row for {claim} in\n{out}"))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn update_reports_changed_vanished_and_unchanged_and_moves_only_exact_quotes() {
    let t = three_claims();
    t.write("v2.txt", ARTICLE_V2);
    let run = t.run(&["source", "update", "article", "v2.txt"]).ok();
    let out = &run.stdout;
    assert!(out.contains("stored article r2"), "{out}");
    assert!(verdict_line(out, "meet").contains("changed"), "{out}");
    assert!(
        verdict_line(out, "meet").contains("stays on r1, flagged"),
        "{out}"
    );
    assert!(
        verdict_line(out, "kazakhstan").contains("vanished"),
        "{out}"
    );
    assert!(verdict_line(out, "mao").contains("unchanged"), "{out}");
    assert!(verdict_line(out, "mao").contains("moved to r2"), "{out}");
    // The changed quote is shown word by word against the passage that replaced it.
    assert!(
        out.contains("Samarkand on September 15 [-and 16-]"),
        "{out}"
    );
    let r2 = crate::common::text_name(&t.read("v2.txt"));
    assert!(t.path(&format!("sources/article/{r2}")).exists());
    let source = t.read("sources/article/source.yaml");
    assert!(source.contains(&format!("file: {r2}")), "{source}");

    // Only the exact quote was re-pointed, and that is a revision of its own.
    let mao = t.read("claims/mao.yaml");
    assert!(mao.contains("  rev: 2\n"), "{mao}");
    assert!(mao.contains("action: re-anchored"), "{mao}");
    for id in ["meet", "kazakhstan"] {
        let c = t.read(&format!("claims/{id}.yaml"));
        assert!(c.contains("  rev: 1\n"), "{c}");
        assert!(!c.contains("re-anchored"), "{c}");
    }

    // check warns about both flagged claims but does not fail.
    let check = t.run(&["check"]).ok();
    assert!(
        check.stdout.contains("claims/meet.yaml") && check.stdout.contains("quote changed"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("claims/kazakhstan.yaml") && check.stdout.contains("quote vanished"),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("mao.yaml"), "{}", check.stdout);
    assert!(
        check.stderr.contains("0 errors, 2 warnings"),
        "{}",
        check.stderr
    );

    // list and show mark them.
    let list = t.run(&["list"]).ok().stdout;
    assert!(
        verdict_line(&list, "meet").contains("(quote changed r2)"),
        "{list}"
    );
    assert!(
        verdict_line(&list, "kazakhstan").contains("(quote vanished r2)"),
        "{list}"
    );
    assert!(!verdict_line(&list, "mao").contains("quote"), "{list}");
    let show = t.run(&["show", "meet"]).ok().stdout;
    assert!(show.contains("quote changed in article r2"), "{show}");

    // Keeping the old revision (with a reason) and re-anchoring both clear the flag.
    t.run(&[
        "source",
        "keep",
        "kazakhstan",
        "--note",
        "made in the original article",
    ])
    .ok();
    t.run(&[
        "edit",
        "meet",
        "--quote",
        "the two presidents will meet during the SCO summit in Samarkand on September 15",
        "--rev",
        "2",
    ])
    .ok();
    t.assert_check_clean();
    let log = t.run(&["log", "kazakhstan"]).ok().stdout;
    assert!(log.contains("kept r1 over r2"), "{log}");
    assert!(log.contains("made in the original article"), "{log}");
}

#[test]
fn source_diff_shows_words_by_paragraph_and_the_claims() {
    let t = three_claims();
    t.write("v2.txt", ARTICLE_V2);
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let out = t.run(&["source", "diff", "article"]).ok().stdout;
    assert!(
        out.starts_with("article r1 → r2: 2 paragraphs changed, 1 removed, 0 added"),
        "{out}"
    );
    assert!(
        out.contains("Denisov [-informed-]{+told+} reporters"),
        "{out}"
    );
    assert!(out.contains("@@ paragraph 3: removed"), "{out}");
    assert!(out.contains("⋯ 1 unchanged paragraph"), "{out}");
    assert!(verdict_line(&out, "meet").contains("changed"), "{out}");
    assert!(
        verdict_line(&out, "kazakhstan").contains("vanished"),
        "{out}"
    );
    assert!(verdict_line(&out, "mao").contains("unchanged"), "{out}");

    let data = json(
        &t.run(&["source", "diff", "article", "--format", "json"])
            .ok()
            .stdout,
    );
    assert_eq!(data["from"], 1);
    assert_eq!(data["to"], 2);
    assert_eq!(data["counts"]["removed"], 1);
    let verdicts: Vec<(String, String)> = data["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["claim"].as_str().unwrap().to_string(),
                c["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        verdicts.contains(&("meet".into(), "changed".into())),
        "{verdicts:?}"
    );
    assert!(
        verdicts.contains(&("kazakhstan".into(), "vanished".into())),
        "{verdicts:?}"
    );

    // Bad revisions are refused.
    let bad = t.run(&["source", "diff", "article", "--to", "7"]).expect(2);
    assert!(bad.stderr.contains("has no revision 7"), "{}", bad.stderr);
}

#[test]
fn identical_text_is_refused_and_white_space_only_is_trivial() {
    let t = TestStore::with_article();
    let before = t.snapshot();
    t.write("same.txt", ARTICLE);
    let before_same = t.snapshot();
    let run = t
        .run(&["source", "update", "article", "same.txt"])
        .expect(2);
    assert!(run.stderr.contains("identical to r1"), "{}", run.stderr);
    assert_eq!(t.snapshot(), before_same);
    assert!(before.len() < before_same.len());

    let spaced = ARTICLE.replace("Samarkand on", "Samarkand\n   on");
    let run = t
        .run_stdin(&["source", "update", "article", "-"], &spaced)
        .ok();
    assert!(
        run.stdout
            .contains("trivial change from r1: white space only"),
        "{}",
        run.stdout
    );
    assert_eq!(
        t.read(&format!(
            "sources/article/{}",
            crate::common::text_name(&spaced)
        )),
        spaced
    );
    let out = t.run(&["source", "diff", "article"]).ok().stdout;
    assert!(out.contains("(white space only)"), "{out}");
}

#[test]
fn claim_diff_shows_verdict_and_wording_word_by_word() {
    let t = three_claims();
    t.run(&[
        "edit",
        "meet",
        "--statement",
        "Putin and Xi will meet in Samarkand on 15 September",
    ])
    .ok();
    t.run(&[
        "refute",
        "meet",
        "--summary",
        "The Kremlin said they met on 15 September only",
        "--url",
        "https://example.org/kremlin",
    ])
    .ok();
    // Default: the last two revisions.
    let last = t.run(&["diff", "meet"]).ok().stdout;
    assert!(last.starts_with("meet  r2 → r3  (1 revision)"), "{last}");
    assert!(last.contains("status    unverified → refuted"), "{last}");
    assert!(last.contains("+ refutes: \"The Kremlin said"), "{last}");
    assert!(!last.contains("statement"), "{last}");
    // --from 1: the whole story since it was logged, with who and when.
    let story = t.run(&["diff", "meet", "--from", "1"]).ok().stdout;
    assert!(
        story.contains("Putin and Xi will meet {+in Samarkand+} on 15 [-and 16-] September"),
        "{story}"
    );
    assert!(
        story.contains("r2  2026-11-27 20:00 UTC  alice  edited"),
        "{story}"
    );
    assert!(story.contains("status"), "{story}");
    let data = json(
        &t.run(&["diff", "meet", "--from", "1", "--format", "json"])
            .ok()
            .stdout,
    );
    assert_eq!(data["from"]["rev"], 1);
    assert_eq!(data["to"]["rev"], 3);
    let changes = data["changes"].as_array().unwrap();
    let status = changes.iter().find(|c| c["field"] == "status").unwrap();
    assert_eq!(
        (status["from"].as_str(), status["to"].as_str()),
        (Some("unverified"), Some("refuted"))
    );
    let statement = changes.iter().find(|c| c["field"] == "statement").unwrap();
    assert!(statement["words"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["op"] == "insert"));
    let evidence = changes.iter().find(|c| c["field"] == "evidence").unwrap();
    assert_eq!(evidence["added"].as_array().unwrap().len(), 1);
    assert_eq!(evidence["revisions"], serde_json::json!([3]));

    let bad = t
        .run(&["diff", "meet", "--from", "3", "--to", "2"])
        .expect(2);
    assert!(bad.stderr.contains("must come before"), "{}", bad.stderr);
    t.run(&["diff", "nope"]).expect(2);
}

/// What each claim should become when the BBC's edit of the headline
/// (first) and the summary (second) is stored as r2.
const EXPECTED: [(&str, &str); 20] = [
    ("unchanged", "changed"), // 01 "But President Putin will not be" → "President Vladimir Putin is not be"
    ("vanished", "unchanged"), // 02 new headline
    ("unchanged", "changed"), // 03 "is not be attending" → "is not attending"
    ("changed", "changed"),   // 04 "is not attending" → "stays away from"; "USSR" → "Soviet Union"
    ("unchanged", "changed"), // 05 "are told" → "were told"
    ("changed", "absent"),    // 06 "for 10 years" dropped from the headline
    ("vanished", "absent"),   // 07 a different headline
    ("unchanged", "vanished"), // 08 a different summary
    ("changed", "vanished"),  // 09 "hails" → "reveals"; summary rewritten
    ("unchanged", "changed"), // 10 "reportedly refused" → "refuses …, the BBC understands"
    ("unchanged", "changed"), // 11 "the BBC understands" → "sources say"
    ("unchanged", "changed"), // 12 "Putin" → "President Putin"
    ("changed", "unchanged"), // 13 "CDC official" → "health official"
    ("changed", "unchanged"), // 14 "partial" dropped
    ("changed", "changed"),   // 15 "up to 300,000 reservists" added
    ("changed", "changed"),   // 16 "Putin's acts" → "Russia's acts"
    ("unchanged", "changed"), // 17 "White House official" → "US official"
    ("changed", "unchanged"), // 18 the death toll moves into the headline
    ("unchanged", "changed"), // 19 "illegally claims" → "claims"
    ("unchanged", "changed"), // 20 re-attributed to Steve Rosenberg
];

#[test]
fn real_bbc_revisions_get_the_expected_verdicts() {
    let Some(dir) = shared("corpus/article-revisions/bbc-homepage-2022-09") else {
        return;
    };
    for (i, (headline, summary)) in EXPECTED.iter().enumerate() {
        let pair = dir.join(format!("pair-{:02}", i + 1));
        let v1 = std::fs::read_to_string(pair.join("v1.txt")).unwrap();
        let v2 = std::fs::read_to_string(pair.join("v2.txt")).unwrap();
        let t = TestStore::new();
        t.write("v1.txt", &v1);
        t.write("v2.txt", &v2);
        t.run(&["source", "add", "v1.txt", "--id", "bbc"]).ok();
        let paragraphs: Vec<&str> = v1.lines().filter(|l| !l.trim().is_empty()).collect();
        for (id, quote) in ["headline", "summary"].iter().zip(&paragraphs) {
            t.run(&["add", quote, "--source", "bbc", "--id", id]).ok();
        }
        t.run(&["source", "update", "bbc", "v2.txt"]).ok();
        let data = json(
            &t.run(&["source", "diff", "bbc", "--format", "json"])
                .ok()
                .stdout,
        );
        let verdict = |id: &str| {
            data["claims"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["claim"] == id)
                .map_or("absent".to_string(), |c| {
                    c["verdict"].as_str().unwrap().to_string()
                })
        };
        assert_eq!(
            (verdict("headline").as_str(), verdict("summary").as_str()),
            (*headline, *summary),
            "pair-{:02}: {}",
            i + 1,
            serde_json::to_string_pretty(&data["claims"]).unwrap()
        );
    }
}

// ----- git -----

/// Run claimtrack in `dir` as `user` at time `now`.
#[track_caller]
fn ct(dir: &Path, user: &str, now: &str, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .current_dir(dir)
        .env("CLAIMTRACK_USER", user)
        .env("CLAIMTRACK_NOW", now)
        .env("NO_COLOR", "1")
        .env_remove("CLAIMTRACK_STORE")
        .args(args)
        .output()
        .expect("claimtrack runs");
    assert!(
        out.status.success(),
        "claimtrack {args:?}\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Two clones of one store holding claim `meet`, with the merge driver registered.
fn two_clones() -> Option<(tempfile::TempDir, std::path::PathBuf, std::path::PathBuf)> {
    if !has_git() {
        return None;
    }
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    std::fs::create_dir(&a).unwrap();
    git_ok(&a, &["init", "-q"]);
    ct(&a, "alice", "2026-11-27T20:00:00Z", &["init"]);
    std::fs::write(a.join("article.txt"), ARTICLE).unwrap();
    ct(
        &a,
        "alice",
        "2026-11-27T20:00:00Z",
        &["source", "add", "article.txt", "--id", "article"],
    );
    ct(
        &a,
        "alice",
        "2026-11-27T20:01:00Z",
        &[
            "add",
            "Putin and Xi will meet on 15 and 16 September",
            "--source",
            "article",
            "--quote",
            "the two presidents will meet during the SCO summit in Samarkand on September 15 and 16",
            "--speaker",
            "Andrei Denisov",
            "--id",
            "meet",
        ],
    );
    std::fs::remove_file(a.join("article.txt")).unwrap();
    git_ok(&a, &["add", "-A"]);
    git_ok(&a, &["commit", "-qm", "log meet"]);
    git_ok(tmp.path(), &["clone", "-q", "a", "b"]);
    let driver = format!("{} merge-driver %O %A %B", env!("CARGO_BIN_EXE_claimtrack"));
    for dir in [&a, &b] {
        git_ok(dir, &["config", "merge.claimtrack.driver", &driver]);
    }
    Some((tmp, a, b))
}

/// `check` in `dir`: its findings and its summary line.
fn check_in(dir: &Path) -> (String, String) {
    let out = ct(dir, "carol", "2026-11-28T09:00:00Z", &["check"]);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_warns_of_a_clone_that_lacks_the_merge_driver_or_ignores_until_init() {
    let Some((tmp, _a, _b)) = two_clones() else {
        return;
    };
    git_ok(tmp.path(), &["clone", "-q", "a", "c"]);
    let c = tmp.path().join("c");
    // A fresh clone: `.gitattributes` came with it, the driver did not.
    let (out, summary) = check_in(&c);
    assert!(
        out.contains(".gitattributes: warning: names claimtrack's merge driver, but this clone has not registered it")
            && out.contains("[git-setup]")
            && out.contains("hint: run `claimtrack init`"),
        "{out}{summary}"
    );
    assert!(summary.contains("0 errors, 1 warning"), "{out}{summary}");
    // A `.gitignore` that lost its lines: the index would be committed.
    std::fs::write(c.join(".gitignore"), ".claimtrack.lock\n").unwrap();
    let (out, summary) = check_in(&c);
    assert!(
        out.contains(".gitignore: warning: git does not ignore `*.claimtrack-tmp`")
            && out.contains("`.claimtrack-search.*`")
            && !out.contains("`.claimtrack.lock`"),
        "{out}"
    );
    assert!(summary.contains("0 errors, 2 warnings"), "{out}{summary}");
    // Rules written anywhere git reads them count: the clone's own excludes.
    std::fs::write(
        c.join(".git/info/exclude"),
        ".claimtrack*\n*.claimtrack-tmp\n",
    )
    .unwrap();
    let (out, summary) = check_in(&c);
    assert!(!out.contains(".gitignore"), "{out}");
    assert!(summary.contains("0 errors, 1 warning"), "{out}{summary}");
    // `init` registers the driver and writes the lines back.
    ct(&c, "carol", "2026-11-28T09:00:00Z", &["init"]);
    let (out, summary) = check_in(&c);
    assert!(summary.contains("0 errors, 0 warnings"), "{out}{summary}");
    let ignore = std::fs::read_to_string(c.join(".gitignore")).unwrap();
    assert!(ignore.contains(".claimtrack-search.*\n"), "{ignore}");
    assert_eq!(ignore.matches(".claimtrack.lock").count(), 1, "{ignore}");
}

#[test]
fn check_never_runs_a_program_the_repository_names() {
    if !has_git() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git_ok(dir, &["init", "-q"]);
    ct(dir, "carol", "2026-11-28T09:00:00Z", &["init"]);
    // A repository that came with the store (a tarball, a shared folder)
    // names a command git would run while it reads the index.
    let marker = dir.join("ran");
    let command = format!("touch '{}'; true", marker.display());
    git_ok(dir, &["config", "core.fsmonitor", &command]);
    let (out, summary) = check_in(dir);
    assert!(summary.contains("0 errors, 0 warnings"), "{out}{summary}");
    assert!(!marker.exists(), "check ran the repository's fsmonitor");
}

#[test]
fn git_merge_with_the_driver_keeps_every_revision_from_both_clones() {
    let Some((_tmp, a, b)) = two_clones() else {
        return;
    };
    assert!(std::fs::read_to_string(a.join(".gitattributes"))
        .unwrap()
        .contains("claims/*.yaml merge=claimtrack"));
    ct(
        &a,
        "alice",
        "2026-11-28T09:00:00Z",
        &[
            "evidence",
            "meet",
            "--stance",
            "supports",
            "--summary",
            "Kremlin schedule lists a meeting on 15 September",
            "--url",
            "https://example.org/kremlin",
        ],
    );
    git_ok(&a, &["commit", "-qam", "evidence"]);
    ct(
        &b,
        "bob",
        "2026-11-28T10:00:00Z",
        &[
            "refute",
            "meet",
            "--summary",
            "They met on 15 September only",
            "--url",
            "https://example.org/tass",
        ],
    );
    git_ok(&b, &["commit", "-qam", "refute"]);
    git_ok(&a, &["fetch", "-q", "../b", "HEAD"]);
    git_ok(&a, &["merge", "--no-edit", "FETCH_HEAD"]);
    let merged = std::fs::read_to_string(a.join("claims/meet.yaml")).unwrap();
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    let log = String::from_utf8(ct(&a, "alice", "2026-11-28T11:00:00Z", &["log", "meet"]).stdout)
        .unwrap();
    assert!(
        log.contains("r1  2026-11-27 20:01 UTC  alice  logged"),
        "{log}"
    );
    assert!(
        log.contains("r2  2026-11-28 09:00 UTC  alice  evidence"),
        "{log}"
    );
    assert!(
        log.contains("r3  2026-11-28 10:00 UTC  bob  refuted"),
        "{log}"
    );
    let show = String::from_utf8(ct(&a, "alice", "2026-11-28T11:00:00Z", &["show", "meet"]).stdout)
        .unwrap();
    assert!(show.contains("refuted"), "{show}");
    assert!(show.contains("Evidence (2)"), "{show}");
    ct(&a, "alice", "2026-11-28T11:00:00Z", &["check"]);
}

#[test]
fn git_merge_of_one_field_changed_twice_keeps_the_later_and_records_both() {
    let Some((_tmp, a, b)) = two_clones() else {
        return;
    };
    ct(
        &a,
        "alice",
        "2026-11-28T09:30:00Z",
        &[
            "edit",
            "meet",
            "--statement",
            "Putin and Xi will meet in Samarkand",
        ],
    );
    git_ok(&a, &["commit", "-qam", "alice"]);
    ct(
        &b,
        "bob",
        "2026-11-28T09:00:00Z",
        &[
            "edit",
            "meet",
            "--statement",
            "Putin and Xi will meet at the SCO summit",
        ],
    );
    git_ok(&b, &["commit", "-qam", "bob"]);
    git_ok(&a, &["fetch", "-q", "../b", "HEAD"]);
    let out = git(&a, &["merge", "--no-edit", "FETCH_HEAD"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("both sides changed `statement`"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let diff = String::from_utf8(
        ct(
            &a,
            "alice",
            "2026-11-28T11:00:00Z",
            &["diff", "meet", "--from", "1"],
        )
        .stdout,
    )
    .unwrap();
    assert!(
        diff.contains("r2  2026-11-28 09:00 UTC  bob  edited"),
        "{diff}"
    );
    assert!(
        diff.contains("r3  2026-11-28 09:30 UTC  alice  edited"),
        "{diff}"
    );
    let show = String::from_utf8(ct(&a, "alice", "2026-11-28T11:00:00Z", &["show", "meet"]).stdout)
        .unwrap();
    assert!(
        show.contains("Putin and Xi will meet in Samarkand"),
        "{show}"
    );
    ct(&a, "alice", "2026-11-28T11:00:00Z", &["check"]);
}

#[test]
fn git_merge_that_cannot_be_decided_leaves_a_file_check_explains() {
    let Some((_tmp, a, b)) = two_clones() else {
        return;
    };
    ct(
        &a,
        "alice",
        "2026-11-28T09:00:00Z",
        &["mark", "meet", "in-review"],
    );
    git_ok(&a, &["commit", "-qam", "alice"]);
    // Bob edits the file by hand and never records it.
    let path = b.join("claims/meet.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("statement: Putin", "statement: Vladimir Putin"),
    )
    .unwrap();
    git_ok(&b, &["commit", "-qam", "bob by hand"]);
    git_ok(&a, &["fetch", "-q", "../b", "HEAD"]);
    let out = git(&a, &["merge", "--no-edit", "FETCH_HEAD"]);
    assert!(!out.status.success(), "the merge should stop");
    let file = std::fs::read_to_string(a.join("claims/meet.yaml")).unwrap();
    assert!(
        file.contains("<<<<<<< ours") && file.contains(">>>>>>> theirs"),
        "{file}"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .current_dir(&a)
        .env("NO_COLOR", "1")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("claims/meet.yaml:2:1: error: git conflict marker"),
        "{text}"
    );
    assert!(
        text.contains("could not merge this claim: theirs"),
        "{text}"
    );
    assert!(text.contains("claimtrack record meet"), "{text}");
}

#[test]
fn bad_input_to_the_revision_commands_changes_nothing() {
    let t = three_claims();
    let before = t.snapshot();
    let unknown = t.run(&["source", "update", "articel", "-"]).expect(2);
    assert!(
        unknown.stderr.contains("no source with id `articel`"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("did you mean `article`"),
        "{}",
        unknown.stderr
    );
    std::fs::write(t.path("bad.txt"), b"Putin \xff Xi\n").unwrap();
    let bad = t.run(&["source", "update", "article", "bad.txt"]).expect(2);
    assert!(
        bad.stderr.contains("bad.txt:1:7: invalid UTF-8"),
        "{}",
        bad.stderr
    );
    let path = t.run(&["source", "update", "../x", "bad.txt"]).expect(2);
    assert!(path.stderr.contains("invalid id `../x`"), "{}", path.stderr);
    let latest = t.run(&["source", "keep", "mao", "--note", "why"]).expect(2);
    assert!(
        latest.stderr.contains("nothing to keep it over"),
        "{}",
        latest.stderr
    );
    let one = t.run(&["source", "diff", "article"]).expect(2);
    assert!(one.stderr.contains("has only r1"), "{}", one.stderr);
    std::fs::remove_file(t.path("bad.txt")).unwrap();
    assert_eq!(t.snapshot(), before);

    t.write("v2.txt", ARTICLE_V2);
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let empty = t.run(&["source", "keep", "meet", "--note", "  "]).expect(2);
    assert!(empty.stderr.contains("--note"), "{}", empty.stderr);
    t.run(&["source", "keep", "meet", "--note", "stands"]).ok();
    let twice = t
        .run(&["source", "keep", "meet", "--note", "again"])
        .expect(2);
    assert!(twice.stderr.contains("already kept"), "{}", twice.stderr);
}

#[test]
fn update_leaves_a_hand_edited_claim_alone_and_says_so() {
    let t = three_claims();
    let mao = t.read("claims/mao.yaml");
    t.write(
        "claims/mao.yaml",
        &mao.replace("hedge: null", "hedge: perhaps"),
    );
    t.write("v2.txt", ARTICLE_V2);
    let run = t.run(&["source", "update", "article", "v2.txt"]).expect(1);
    assert!(
        verdict_line(&run.stdout, "mao").contains("not moved"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("mao: not moved to r2: claims/mao.yaml: differs from its history"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("claimtrack record mao"),
        "{}",
        run.stdout
    );
    assert!(t.read("claims/mao.yaml").contains("  rev: 1\n"));
}

#[test]
fn merge_driver_refuses_unreadable_sides_with_a_conflict_file() {
    let t = three_claims();
    let ours = t.read("claims/meet.yaml");
    t.write("base.yaml", &ours);
    t.write("ours.yaml", &ours);
    t.write("theirs.yaml", "id: meet\nstatement: [unclosed\n");
    let run = t
        .run(&["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"])
        .expect(1);
    assert!(
        run.stderr.contains("a side cannot be read"),
        "{}",
        run.stderr
    );
    let left = t.read("ours.yaml");
    assert!(
        left.starts_with("# claimtrack merge-driver could not merge this claim: "),
        "{left}"
    );
    assert!(
        left.contains("<<<<<<< ours\n")
            && left.contains("=======\n")
            && left.ends_with(">>>>>>> theirs\n")
    );
    t.write("ours.yaml", &ours);
    let missing = t
        .run(&["merge-driver", "base.yaml", "ours.yaml", "nope.yaml"])
        .expect(2);
    assert!(missing.stderr.contains("nope.yaml"), "{}", missing.stderr);
}

#[test]
fn golden_update_source_diff_and_claim_diff() {
    let t = three_claims();
    t.write("v2.txt", ARTICLE_V2);
    golden(
        "source-update.txt",
        &t.run(&["source", "update", "article", "v2.txt"])
            .ok()
            .stdout,
    );
    golden(
        "source-diff.txt",
        &t.run(&["source", "diff", "article"]).ok().stdout,
    );
    t.run(&["mark", "meet", "in-review", "--note", "asking the Kremlin"])
        .ok();
    golden(
        "claim-diff.txt",
        &t.run(&["diff", "meet", "--from", "0"]).ok().stdout,
    );
}

#[test]
fn colour_replaces_the_markers_when_asked_for() {
    let t = three_claims();
    t.write("v2.txt", ARTICLE_V2);
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let out = t
        .run(&["--color", "always", "source", "diff", "article"])
        .ok()
        .stdout;
    assert!(out.contains("\u{1b}["), "{out}");
    assert!(!out.contains("[-informed-]"), "{out}");
    let never = t
        .run(&["--color", "never", "source", "diff", "article"])
        .ok()
        .stdout;
    assert!(never.contains("[-informed-]{+told+}") && !never.contains("\u{1b}["));
}

/// A store whose source `src` has `n` sentences, one claim quoting each.
fn many_claims(source_id: &str, n: usize) -> TestStore {
    let t = TestStore::new();
    let text: String = (0..n)
        .map(|i| format!("Sentence number {i} says that figure {i} rose.\n\n"))
        .collect();
    t.write("v1.txt", &text);
    t.run(&["source", "add", "v1.txt", "--id", source_id]).ok();
    for i in 0..n {
        t.run(&[
            "add",
            &format!("Figure {i} rose"),
            "--source",
            source_id,
            "--quote",
            &format!("figure {i} rose"),
            "--id",
            &format!("c{i:02}"),
        ])
        .ok();
    }
    // The next revision: a headline added above, so every quote moves.
    t.write("v2.txt", &format!("A new headline\n\n{text}"));
    t
}

#[test]
fn update_moves_many_claims_each_as_a_revision_and_leaves_no_spare_files() {
    let t = many_claims("figures", 30);
    let run = t.run(&["source", "update", "figures", "v2.txt"]).ok();
    for i in 0..30 {
        let id = format!("c{i:02}");
        assert!(
            verdict_line(&run.stdout, &id).contains("moved to r2 (claim r2)"),
            "{}",
            run.stdout
        );
        let c = t.read(&format!("claims/{id}.yaml"));
        assert!(
            c.contains(&format!("quote: figure {i} rose\n  prefix: ")),
            "{c}"
        );
        assert!(c.contains("  rev: 2\n"), "{c}");
        assert!(c.contains("action: re-anchored"), "{c}");
    }
    let names: Vec<String> = std::fs::read_dir(t.path("claims"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.ends_with(".yaml"))
        .collect();
    assert!(names.is_empty(), "left in claims/: {names:?}");
    t.assert_check_clean();
}

#[test]
fn an_update_killed_while_moving_claims_leaves_every_claim_whole() {
    let t = many_claims("figures", 12);
    let before: Vec<String> = (0..12)
        .map(|i| t.read(&format!("claims/c{i:02}.yaml")))
        .collect();
    // Killed before its fifth rename: the article text and `source.yaml`
    // are in place, two claims are moved, ten new claim texts are written
    // but not yet renamed.
    t.run_crashing(5, &["source", "update", "figures", "v2.txt"])
        .expect(137);
    let r2 = crate::common::text_name(&t.read("v2.txt"));
    assert!(t
        .read("sources/figures/source.yaml")
        .contains(&format!("file: {r2}")));
    for (i, old) in before.iter().enumerate() {
        let now = t.read(&format!("claims/c{i:02}.yaml"));
        if i < 2 {
            assert!(now.contains("  rev: 2\n"), "c{i:02} quotes r2: {now}");
            assert!(now.contains("action: re-anchored"), "{now}");
            assert_eq!(now.matches("\n- rev: ").count(), 2, "two revisions: {now}");
        } else {
            assert_eq!(&now, old, "c{i:02} is as it was");
            assert!(t
                .path(&format!("claims/c{i:02}.yaml.claimtrack-tmp"))
                .exists());
        }
    }
    // check, a reader, says the claims are split and changes nothing.
    let check = t.run(&["check"]).ok();
    assert!(
        check.stdout.contains(
            "sources/figures: warning: an interrupted source update figures left 10 claim files still to move"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check.stderr.contains("0 errors, 1 warning"),
        "{}",
        check.stderr
    );
    // The next writer finishes the moves from the journal.
    let next = t.run(&["mark", "c00", "in-review"]).ok();
    assert!(
        next.stderr
            .contains("finished an interrupted source update figures: 10 claim files moved"),
        "{}",
        next.stderr
    );
    let left = std::fs::read_dir(t.path("claims"))
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            !name.to_string_lossy().ends_with(".yaml")
        })
        .count();
    assert_eq!(left, 0, "no temporary file or journal left");
    for i in 0..12 {
        assert!(t
            .read(&format!("claims/c{i:02}.yaml"))
            .contains("  rev: 2\n"));
    }
    t.run(&["check"]).ok();
}

#[test]
fn a_source_whose_id_yaml_quotes_still_finds_its_claims() {
    // `yes` is written `id: 'yes'` (YAML 1.1 would read it as true).
    let t = many_claims("yes", 2);
    assert!(t.read("claims/c00.yaml").contains("id: 'yes'"));
    let show = t.run(&["source", "show", "yes"]).ok().stdout;
    assert!(show.contains("Claims (2)"), "{show}");
    let run = t.run(&["source", "update", "yes", "v2.txt"]).ok();
    assert!(
        verdict_line(&run.stdout, "c01").contains("moved to r2"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_claim_on_another_source_does_not_fail_an_update() {
    let t = many_claims("figures", 2);
    // Two broken files: one quotes `figures`, the other only mentions it.
    let mine = t.read("claims/c00.yaml");
    t.write("claims/c00.yaml", &format!("<<<<<<< HEAD\n{mine}"));
    std::fs::write(
        t.path("claims/other.yaml"),
        b"id: other\nstatement: The figures \xff were right\nsource:\n  id: elsewhere\n",
    )
    .unwrap();
    let run = t.run(&["source", "update", "figures", "v2.txt"]).expect(1);
    assert!(
        run.stderr
            .contains("claims/c00.yaml:1:1: git conflict marker"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("other.yaml"), "{}", run.stderr);
    assert!(
        verdict_line(&run.stdout, "c01").contains("moved to r2"),
        "{}",
        run.stdout
    );
}

#[test]
fn updates_moving_many_claims_race_a_reader_and_a_writer_and_lose_nothing() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let t = Arc::new(many_claims("figures", 30));
    t.write("v1-again.txt", &t.read("v1.txt"));
    let done = Arc::new(AtomicBool::new(false));
    let reader = crate::common::reader(&t, &done, &[&["list"], &["show", "c07"]]);
    let writer = {
        let t = Arc::clone(&t);
        std::thread::spawn(move || {
            for i in 0..10 {
                t.run(&[
                    "evidence",
                    "c03",
                    "--stance",
                    "context",
                    "--summary",
                    &format!("item {i}"),
                    "--url",
                    "https://example.org/e",
                ])
                .ok();
            }
        })
    };
    // Back and forth: every update moves all 30 claims.
    for k in 0..6 {
        let file = if k % 2 == 0 { "v2.txt" } else { "v1-again.txt" };
        t.run(&["source", "update", "figures", file]).ok();
    }
    writer.join().unwrap();
    done.store(true, Ordering::SeqCst);
    reader.join().unwrap();
    let c03 = t.read("claims/c03.yaml");
    assert_eq!(c03.matches("action: re-anchored").count(), 6, "{c03}");
    for i in 0..10 {
        assert!(c03.contains(&format!("summary: item {i}\n")), "{c03}");
    }
    // 1 logged + 6 re-anchored + 10 evidence.
    assert_eq!(c03.matches("\n- rev: ").count(), 17, "{c03}");
    t.assert_check_clean();
}

#[test]
fn a_claim_that_cannot_be_written_stays_and_the_rest_move() {
    let t = many_claims("figures", 5);
    // Its temporary file cannot be made: a folder is in the way.
    std::fs::create_dir(t.path("claims/c03.yaml.claimtrack-tmp")).unwrap();
    let before = t.read("claims/c03.yaml");
    let run = t.run(&["source", "update", "figures", "v2.txt"]).expect(1);
    assert!(
        verdict_line(&run.stdout, "c03").contains("not moved (see below)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("c03: not moved to r2: claims/c03.yaml.claimtrack-tmp:"),
        "{}",
        run.stdout
    );
    assert_eq!(t.read("claims/c03.yaml"), before);
    for id in ["c00", "c01", "c02", "c04"] {
        assert!(
            verdict_line(&run.stdout, id).contains("moved to r2"),
            "{}",
            run.stdout
        );
        assert!(t
            .read(&format!("claims/{id}.yaml"))
            .contains("action: re-anchored"));
    }
    // check leaves a folder it did not make alone, and carries on.
    let check = t.run(&["check"]).ok();
    assert!(check.stderr.contains("0 errors"), "{}", check.stderr);
}

#[test]
fn an_update_killed_before_its_source_yaml_is_finished_by_the_next() {
    let t = many_claims("figures", 3);
    // Killed before the second rename: the new text is in place, source.yaml is not.
    t.run_crashing(2, &["source", "update", "figures", "v2.txt"])
        .expect(137);
    let r2 = crate::common::text_name(&t.read("v2.txt"));
    assert!(t.path(&format!("sources/figures/{r2}")).exists());
    assert!(!t.read("sources/figures/source.yaml").contains(&r2));
    let check = t.run(&["check"]).ok();
    assert!(
        check.stdout.contains(&format!(
            "sources/figures/{r2}: warning: an article text that source.yaml does not list"
        )),
        "{}",
        check.stdout
    );
    let run = t.run(&["source", "update", "figures", "v2.txt"]).ok();
    assert!(
        run.stderr.contains(&format!(
            "replaced sources/figures/{r2}, left by an interrupted update"
        )),
        "{}",
        run.stderr
    );
    assert!(
        verdict_line(&run.stdout, "c02").contains("moved to r2"),
        "{}",
        run.stdout
    );
    t.assert_check_clean();
}

#[test]
fn a_source_add_killed_half_way_is_reported_and_can_be_run_again() {
    let t = TestStore::new();
    t.write("a.txt", "Figure one rose.\n");
    t.run_crashing(2, &["source", "add", "a.txt", "--id", "half"])
        .expect(137);
    assert!(!t.path("sources/half/source.yaml").exists());
    let check = t.run(&["check"]).ok();
    assert!(
        check.stdout.contains(
            "sources/half/source.yaml.claimtrack-tmp: warning: left by an interrupted write"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("sources/half: warning: a source folder without source.yaml"),
        "{}",
        check.stdout
    );
    let run = t.run(&["source", "add", "a.txt", "--id", "half"]).ok();
    assert!(
        run.stderr.contains("replaced sources/half/r1.txt"),
        "{}",
        run.stderr
    );
    t.assert_check_clean();
}

#[test]
fn broken_claims_written_by_hand_in_other_shapes_are_still_reported() {
    let t = many_claims("figures", 2);
    t.write(
        "claims/flow.yaml",
        "id: flow\nstatement: x\nstatus: unverfied\nsource: {id: figures, rev: 1, quote: figure 1 rose}\n",
    );
    t.write(
        "claims/comment.yaml",
        "<<<<<<< HEAD\nid: comment\nsource:\n  id: figures   # the article\n",
    );
    // A claim quoting a revision the source does not have.
    let c01 = t
        .read("claims/c01.yaml")
        .replace("  rev: 1\n", "  rev: 7\n");
    t.write("claims/c01.yaml", &c01);
    let run = t.run(&["source", "update", "figures", "v2.txt"]).expect(1);
    assert!(run.stderr.contains("claims/flow.yaml"), "{}", run.stderr);
    assert!(
        run.stderr.contains("claims/comment.yaml:1:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains(
            "not moved: claims/c01.yaml: quotes r7 of `figures`, a revision it does not have"
        ),
        "{}",
        run.stdout
    );
    assert!(
        verdict_line(&run.stdout, "c00").contains("moved to r2"),
        "{}",
        run.stdout
    );
}
