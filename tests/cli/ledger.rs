//! The claim ledger: store, sources, claims, verdicts, history and check.

use std::process::Stdio;

use crate::common::{shared, TestStore, ARTICLE};

const KAZ_QUOTE: &str = "It has been claimed by Russian media that Xi intends to visit Kazakhstan";

/// The test article with one claim, `xi-kazakhstan`, logged.
fn with_claim() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Xi intends to visit Kazakhstan before the summit",
        "--source",
        "article",
        "--quote",
        KAZ_QUOTE,
        "--speaker",
        "Russian media",
        "--kind",
        "reported",
        "--hedge",
        "these allegations have not been substantiated as of yet",
        "--tag",
        "xi",
        "--id",
        "xi-kazakhstan",
    ])
    .ok();
    t
}

fn evidence_args<'a>(id: &'a str, summary: &'a str) -> Vec<&'a str> {
    vec![
        "evidence",
        id,
        "--stance",
        "supports",
        "--summary",
        summary,
        "--url",
        "https://example.org/e",
    ]
}

// ----- the store -----

#[test]
fn init_makes_a_store_once() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestStore { dir };
    let first = t.run(&["init"]).ok();
    assert!(
        first.stdout.contains("made a claimtrack store"),
        "{}",
        first.stdout
    );
    assert!(t.path("claims").is_dir() && t.path("sources").is_dir());
    assert!(t
        .read(".gitattributes")
        .contains("claims/*.yaml merge=claimtrack"));
    let again = t.run(&["init"]).ok();
    assert!(
        again.stdout.contains("already a claimtrack store"),
        "{}",
        again.stdout
    );
    let attributes = t.read(".gitattributes");
    assert!(
        attributes.contains("sources/*/source.yaml merge=claimtrack"),
        "{attributes}"
    );
    assert_eq!(attributes.matches("merge=claimtrack").count(), 2);
}

#[test]
fn a_missing_store_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestStore { dir };
    let r = t.run(&["list"]).expect(2);
    assert!(
        r.stderr.contains("no claimtrack store found"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("claimtrack init"), "{}", r.stderr);
}

#[test]
fn the_store_is_found_from_a_subfolder_and_by_flag_and_environment() {
    let t = with_claim();
    std::fs::create_dir_all(t.path("sources/article/deeper")).unwrap();
    let r = t
        .command()
        .current_dir(t.path("sources/article/deeper"))
        .args(["list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&r.stdout).contains("xi-kazakhstan"));
    let elsewhere = tempfile::tempdir().unwrap();
    let by_flag = t
        .command()
        .current_dir(elsewhere.path())
        .args([
            "--store",
            t.dir.path().to_str().unwrap(),
            "show",
            "xi-kazakhstan",
        ])
        .output()
        .unwrap();
    assert!(by_flag.status.success());
    let by_env = t
        .command()
        .current_dir(elsewhere.path())
        .env("CLAIMTRACK_STORE", t.dir.path())
        .args(["show", "xi-kazakhstan"])
        .output()
        .unwrap();
    assert!(by_env.status.success());
}

#[test]
fn a_store_without_sources_is_refused_with_a_hint() {
    let t = with_claim();
    std::fs::remove_dir_all(t.path("sources")).unwrap();
    let r = t
        .command()
        .args(["--store", t.dir.path().to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("sources/ is missing"), "{err}");
}

// ----- sources -----

#[test]
fn source_add_stores_text_unchanged_with_its_digest() {
    let t = TestStore::with_article();
    assert_eq!(t.read("sources/article/r1.txt"), crate::common::ARTICLE);
    let yaml = t.read("sources/article/source.yaml");
    assert!(yaml.contains("sha256: "), "{yaml}");
    assert!(yaml.contains("published: 2022-09-07"), "{yaml}");
    let list = t.run(&["source", "list"]).ok();
    assert!(list.stdout.contains("article"), "{}", list.stdout);
    let dup = t
        .run(&["source", "add", "article.txt", "--id", "article"])
        .expect(2);
    assert!(dup.stderr.contains("already exists"), "{}", dup.stderr);
}

#[test]
fn source_add_reduces_html_to_text() {
    let t = TestStore::new();
    let html = "<!DOCTYPE html><html><head><style>p{color:red}</style><script>var secret = 1;</script></head>\
        <body><h1>Budget &amp; Tax</h1><p>The council said spending rose 4&nbsp;%.</p><p>Second &ldquo;paragraph&rdquo;.</p></body></html>";
    t.run_stdin(&["source", "add", "-", "--id", "budget"], html)
        .ok();
    let text = t.read("sources/budget/r1.txt");
    assert!(text.contains("Budget & Tax"), "{text}");
    assert!(text.contains("The council said spending rose 4"), "{text}");
    assert!(text.contains("\u{201C}paragraph\u{201D}"), "{text}");
    assert!(
        !text.contains("secret") && !text.contains("color:red"),
        "{text}"
    );
    assert!(
        text.contains("%.\n\nSecond"),
        "paragraphs kept apart: {text:?}"
    );
}

#[test]
fn source_ids_derive_from_the_title_and_are_never_paths() {
    let t = TestStore::new();
    t.write("a.txt", "Some article text.\n");
    t.run(&["source", "add", "a.txt", "--title", "Council Budget Rises"])
        .ok();
    assert!(t.path("sources/council-budget-rises/source.yaml").exists());
    let before = t.snapshot();
    for bad in ["../x", "x/y", "X"] {
        let r = t.run(&["source", "add", "a.txt", "--id", bad]).expect(2);
        assert!(r.stderr.contains("invalid id"), "{}", r.stderr);
        let r = t.run(&["source", "show", bad]).expect(2);
        assert!(r.stderr.contains("invalid id"), "{}", r.stderr);
    }
    assert_eq!(t.snapshot(), before);
}

#[test]
fn source_show_lists_revisions_and_claims() {
    let t = with_claim();
    let r = t.run(&["source", "show", "article"]).ok();
    assert!(r.stdout.contains("r1"), "{}", r.stdout);
    assert!(r.stdout.contains("xi-kazakhstan"), "{}", r.stdout);
    let unknown = t.run(&["source", "show", "artcle"]).expect(2);
    assert!(
        unknown.stderr.contains("did you mean `article`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn source_add_refuses_invalid_utf8_with_its_place() {
    let t = TestStore::new();
    std::fs::write(t.path("bad.txt"), b"line one\nline \xff two\n").unwrap();
    let r = t
        .run(&["source", "add", "bad.txt", "--id", "bad"])
        .expect(2);
    assert!(
        r.stderr.contains("bad.txt:2:6: invalid UTF-8"),
        "{}",
        r.stderr
    );
    assert!(!t.path("sources/bad").exists());
}

// ----- claims -----

#[test]
fn add_anchors_the_quote_with_its_context() {
    let t = with_claim();
    let yaml = t.read("claims/xi-kazakhstan.yaml");
    assert!(
        yaml.contains("prefix: 'markand on September 15 and 16. '"),
        "white space folded: {yaml}"
    );
    assert!(
        yaml.contains("suffix: ' before the meeting; however, th'"),
        "{yaml}"
    );
    assert!(
        yaml.contains("claimed: 2022-09-07"),
        "claimed defaults to the publication date: {yaml}"
    );
    assert!(yaml.contains("action: logged"), "{yaml}");
}

#[test]
fn add_matches_quotes_across_curly_quotes_and_white_space() {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Mao Ning had nothing to contribute",
        "--source",
        "article",
        "--quote",
        "said, \"On your question,   I have nothing to contribute.\"",
        "--speaker",
        "Mao Ning",
        "--kind",
        "direct-quote",
        "--id",
        "mao",
    ])
    .ok();
    let yaml = t.read("claims/mao.yaml");
    assert!(
        yaml.contains("\u{201C}On your question"),
        "the stored quote is the article's own text: {yaml}"
    );
}

#[test]
fn add_refuses_a_quote_not_in_the_article_and_changes_nothing() {
    let t = TestStore::with_article();
    let before = t.snapshot();
    let r = t
        .run(&[
            "add",
            "Xi will visit Mongolia",
            "--source",
            "article",
            "--quote",
            "Xi intends to visit Mongolia",
        ])
        .expect(2);
    assert!(
        r.stderr.contains("does not occur in source `article` r1"),
        "{}",
        r.stderr
    );
    let r = t
        .run(&["add", "Xi will visit Mongolia", "--source", "article"])
        .expect(2);
    assert!(r.stderr.contains("--quote"), "{}", r.stderr);
    let r = t
        .run(&["add", "x", "--source", "nope", "--quote", "x"])
        .expect(2);
    assert!(
        r.stderr.contains("no source with id `nope`"),
        "{}",
        r.stderr
    );
    assert_eq!(t.snapshot(), before);
}

/// `add` finds the quote in the article's text as it is now: a text
/// rewritten in place (same file, same length, its modification time put
/// back) is read again, never answered from what an earlier `add` saw.
#[test]
fn add_reads_an_article_changed_in_place_again() {
    let t = TestStore::with_article();
    let quote_then = "SCO summit in Samarkand";
    t.run(&[
        "add",
        "The SCO summit is in Samarkand",
        "--source",
        "article",
        "--quote",
        quote_then,
        "--id",
        "then",
    ])
    .ok();
    let path = t.path("sources/article/r1.txt");
    let when = std::fs::metadata(&path).unwrap().modified().unwrap();
    let changed = ARTICLE
        .replace("Samarkand", "Samarqand")
        .replace("Xi intends to", "Xi\n\n plans to");
    assert_eq!(changed.len(), ARTICLE.len());
    {
        use std::io::Write;
        let mut f = std::fs::File::options().write(true).open(&path).unwrap();
        f.write_all(changed.as_bytes()).unwrap();
        f.set_modified(when).unwrap();
    }
    let r = t
        .run(&[
            "add",
            "The SCO summit is in Samarkand",
            "--source",
            "article",
            "--quote",
            quote_then,
        ])
        .expect(2);
    assert!(
        r.stderr.contains("does not occur in source `article` r1"),
        "{}",
        r.stderr
    );
    t.run(&[
        "add",
        "The SCO summit is in Samarqand",
        "--source",
        "article",
        "--quote",
        "SCO summit in Samarqand",
        "--id",
        "now",
    ])
    .ok();
    let yaml = t.read("claims/now.yaml");
    assert!(yaml.contains("quote: SCO summit in Samarqand"), "{yaml}");
    assert!(
        yaml.contains("suffix: ' on September 15 and 16. It has '"),
        "{yaml}"
    );
    t.run(&[
        "add",
        "Xi plans to visit Kazakhstan",
        "--source",
        "article",
        "--quote",
        "Xi plans to visit Kazakhstan",
        "--id",
        "plans",
    ])
    .ok();
    let yaml = t.read("claims/plans.yaml");
    assert!(
        yaml.contains("quote: |-\n    Xi\n\n     plans to visit Kazakhstan\n"),
        "the quote as the text now has it, white space kept: {yaml}"
    );
    assert!(
        yaml.contains("prefix: 'n claimed by Russian media that '"),
        "{yaml}"
    );
}

#[test]
fn add_makes_ids_unique_and_refuses_taken_ones() {
    let t = TestStore::with_article();
    let args = [
        "add",
        "Xi intends to visit Kazakhstan",
        "--source",
        "article",
        "--quote",
        KAZ_QUOTE,
    ];
    t.run(&args).ok();
    let second = t.run(&args).ok();
    assert!(
        second.stdout.contains("xi-intends-visit-kazakhstan-2"),
        "{}",
        second.stdout
    );
    let r = t
        .run(&[
            "add",
            "x",
            "--source",
            "article",
            "--quote",
            KAZ_QUOTE,
            "--id",
            "xi-intends-visit-kazakhstan",
        ])
        .expect(2);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
}

#[test]
fn verdicts_need_evidence_of_their_stance_and_unverifiable_a_conclusion() {
    let t = with_claim();
    let before = t.snapshot();
    let r = t.run(&["verify", "xi-kazakhstan"]).expect(2);
    assert!(
        r.stderr
            .contains("needs at least one `supports` evidence item"),
        "{}",
        r.stderr
    );
    let r = t.run(&["mark", "xi-kazakhstan", "mixed"]).expect(2);
    assert!(
        r.stderr.contains("needs at least one evidence item"),
        "{}",
        r.stderr
    );
    let r = t.run(&["mark", "xi-kazakhstan", "unverifiable"]).expect(2);
    assert!(r.stderr.contains("needs a conclusion"), "{}", r.stderr);
    let r = t
        .run(&["refute", "xi-kazakhstan", "--summary", "no url"])
        .expect(2);
    assert!(r.stderr.contains("--url"), "{}", r.stderr);
    let r = t.run(&["mark", "xi-kazakhstan", "verifed"]).expect(2);
    assert!(
        r.stderr.contains("unknown status \"verifed\""),
        "{}",
        r.stderr
    );
    assert_eq!(t.snapshot(), before);
}

#[test]
fn a_claims_whole_story_is_in_its_history() {
    let t = with_claim();
    t.run(&[
        "verify",
        "xi-kazakhstan",
        "--summary",
        "Xi arrived in Nur-Sultan on 14 September",
        "--url",
        "https://example.org/reuters",
    ])
    .ok();
    t.run(&[
        "mark",
        "xi-kazakhstan",
        "unverified",
        "--note",
        "the report was retracted",
    ])
    .ok();
    t.run(&[
        "refute",
        "xi-kazakhstan",
        "--summary",
        "Kazakh presidency denied",
        "--evidence-source",
        "article",
    ])
    .ok();
    t.run(&["mark", "xi-kazakhstan", "in-review"]).ok();
    t.run(&[
        "mark",
        "xi-kazakhstan",
        "unverifiable",
        "--note",
        "sources conflict",
        "--conclusion",
        "The sources conflict.",
    ])
    .ok();
    t.run(&[
        "respond",
        "xi-kazakhstan",
        "--party",
        "Chinese MFA (Mao Ning)",
        "--kind",
        "non-denial",
        "--quote",
        "I have nothing to contribute.",
        "--date",
        "2022-09-07",
    ])
    .ok();
    t.run(&[
        "edit",
        "xi-kazakhstan",
        "--statement",
        "Xi will stop in Kazakhstan",
        "--via",
        "Tass",
        "--tag",
        "sco",
        "--untag",
        "xi",
    ])
    .ok();
    let log = t.run(&["log", "xi-kazakhstan"]).ok().stdout;
    for expected in [
        "r1 ",
        "logged",
        "status: unverified → verified",
        "status: verified → unverified",
        "note: the report was retracted",
        "status: unverified → refuted",
        "status: refuted → in-review",
        "status: in-review → unverifiable",
        "responses: + non-denial",
        "statement: Xi intends to visit Kazakhstan before the summit → Xi will stop in Kazakhstan",
        "attribution.via: + \"Tass\"",
        "tags: + \"sco\"; − \"xi\"",
        "r8 ",
    ] {
        assert!(log.contains(expected), "missing {expected:?} in\n{log}");
    }
    let yaml = t.read("claims/xi-kazakhstan.yaml");
    assert_eq!(yaml.matches("- rev: ").count(), 8, "{yaml}");
    assert!(
        yaml.contains("from: verified"),
        "a previous verdict is never lost: {yaml}"
    );
    let show = t.run(&["show", "xi-kazakhstan"]).ok().stdout;
    for expected in [
        "unverifiable",
        "Xi will stop in Kazakhstan",
        "Russian media via Tass",
        "Evidence (2)",
        "non-denial",
        "Chinese MFA (Mao Ning)",
    ] {
        assert!(show.contains(expected), "missing {expected:?} in\n{show}");
    }
    t.run(&["check"]).ok();
}

#[test]
fn edit_re_anchors_a_new_quote_and_refuses_nothing_to_change() {
    let t = with_claim();
    t.run(&[
        "edit",
        "xi-kazakhstan",
        "--quote",
        "Xi intends to visit Kazakhstan before the meeting",
    ])
    .ok();
    let yaml = t.read("claims/xi-kazakhstan.yaml");
    assert!(
        yaml.contains("quote: Xi intends to visit Kazakhstan before the meeting"),
        "{yaml}"
    );
    assert!(
        yaml.contains("prefix: 'It has been claimed by Russian media that '")
            || yaml.contains("Russian media that "),
        "{yaml}"
    );
    let r = t
        .run(&[
            "edit",
            "xi-kazakhstan",
            "--hedge",
            "these allegations have not been substantiated as of yet",
        ])
        .expect(2);
    assert!(r.stderr.contains("nothing to change"), "{}", r.stderr);
    let r = t
        .run(&["edit", "xi-kazakhstan", "--kind", "outlet"])
        .expect(2);
    assert!(r.stderr.contains("takes no speaker"), "{}", r.stderr);
}

#[test]
fn list_filters_and_orders_open_claims_first() {
    let t = with_claim();
    t.run(&[
        "add",
        "Denisov informed reporters",
        "--source",
        "article",
        "--quote",
        "Andrei Denisov informed reporters",
        "--speaker",
        "Andrei Denisov",
        "--tag",
        "sco",
        "--id",
        "denisov",
    ])
    .ok();
    t.run(&[
        "verify",
        "denisov",
        "--summary",
        "Tass report",
        "--url",
        "https://example.org/tass",
    ])
    .ok();
    let all = t.run(&["list"]).ok().stdout;
    let (a, b) = (
        all.find("xi-kazakhstan").unwrap(),
        all.find("denisov").unwrap(),
    );
    assert!(a < b, "open claims first:\n{all}");
    let open = t.run(&["list", "--open"]).ok().stdout;
    assert!(
        open.contains("xi-kazakhstan") && !open.contains("denisov"),
        "{open}"
    );
    let verified = t.run(&["list", "--status", "verified"]).ok().stdout;
    assert!(
        !verified.contains("xi-kazakhstan") && verified.contains("denisov"),
        "{verified}"
    );
    let tagged = t.run(&["list", "--tag", "sco"]).ok().stdout;
    assert!(
        tagged.contains("denisov") && !tagged.contains("xi-kazakhstan"),
        "{tagged}"
    );
    let by = t.run(&["list", "--speaker", "russian"]).ok().stdout;
    assert!(
        by.contains("xi-kazakhstan") && !by.contains("denisov"),
        "{by}"
    );
    let none = t.run(&["list", "--source", "other"]).expect(2).stderr;
    assert!(none.contains("no source `other`"), "{none}");
    let none = t.run(&["list", "--tag", "sco", "--open"]).ok().stdout;
    assert!(none.contains("no claims match"), "{none}");
    let header = all.lines().next().unwrap();
    assert!(
        header.starts_with("ID") && header.contains("STATUS") && header.contains("STATEMENT"),
        "{header}"
    );
}

#[test]
fn overdue_claims_are_marked() {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "They will meet",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet",
        "--speaker",
        "Andrei Denisov",
        "--check-after",
        "2022-09-16",
        "--id",
        "meet",
    ])
    .ok();
    let list = t.run(&["list"]).ok().stdout;
    assert!(list.contains("unverified (overdue)"), "{list}");
}

// ----- hand edits, record and check -----

#[test]
fn a_hand_edit_is_found_by_check_and_recorded_by_record() {
    let t = with_claim();
    let path = "claims/xi-kazakhstan.yaml";
    let edited = t.read(path).replacen(
        "statement: Xi intends to visit Kazakhstan before the summit",
        "statement: Xi will visit Kazakhstan",
        1,
    );
    t.write(path, &edited);
    let r = t.run(&["check"]).expect(1);
    assert!(r.stdout.contains("claims/xi-kazakhstan.yaml:2:1: error: current fields differ from the replayed history (statement)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("claimtrack record xi-kazakhstan"),
        "{}",
        r.stdout
    );
    let r = t
        .run(&[
            "verify",
            "xi-kazakhstan",
            "--summary",
            "s",
            "--url",
            "https://example.org",
        ])
        .expect(2);
    assert!(
        r.stderr.contains("claimtrack record xi-kazakhstan"),
        "other changes wait for the record: {}",
        r.stderr
    );
    t.run(&["record", "xi-kazakhstan", "--note", "fixed wording"])
        .ok();
    t.run(&["check"]).ok();
    let log = t.run(&["log", "xi-kazakhstan"]).ok().stdout;
    assert!(log.contains("recorded") && log.contains("statement: Xi intends to visit Kazakhstan before the summit → Xi will visit Kazakhstan"), "{log}");
    let again = t.run(&["record", "xi-kazakhstan"]).ok();
    assert!(
        again.stdout.contains("nothing to record"),
        "{}",
        again.stdout
    );
}

#[test]
fn check_reports_every_problem_with_line_and_column() {
    let t = with_claim();
    let good = t.read("claims/xi-kazakhstan.yaml");
    // An unknown status, an unknown field, a wrong id, a missing source, a verdict without evidence.
    t.write(
        "claims/bad-status.yaml",
        &good
            .replace("id: xi-kazakhstan", "id: bad-status")
            .replace("status: unverified", "status: verifed"),
    );
    t.write(
        "claims/unknown-field.yaml",
        &good
            .replace("id: xi-kazakhstan", "id: unknown-field")
            .replace("hedge:", "hedeg:"),
    );
    t.write("claims/wrong-id.yaml", &good);
    t.write(
        "claims/no-source.yaml",
        &good
            .replace("id: xi-kazakhstan", "id: no-source")
            .replace("  id: article", "  id: missing-source"),
    );
    t.write(
        "claims/dup-key.yaml",
        &good
            .replace("id: xi-kazakhstan", "id: dup-key")
            .replace("rating: null", "rating: null\nrating: x"),
    );
    t.write(
        "claims/conflict.yaml",
        &format!("<<<<<<< HEAD\n{good}=======\n>>>>>>> theirs\n"),
    );
    std::fs::write(
        t.path("claims/utf8.yaml"),
        b"id: utf8\nstatement: caf\xe9\n",
    )
    .unwrap();
    t.write("claims/syntax.yaml", "id: syntax\nstatement: [unclosed\n");
    t.write("claims/Bad_Name.yaml", &good);
    let mut tampered = t.read("sources/article/r1.txt");
    tampered.push_str("extra\n");
    t.write("sources/article/r1.txt", &tampered);
    let r = t.run(&["check"]).expect(1);
    let out = r.stdout;
    for expected in [
        "claims/bad-status.yaml:3:9: error: status: unknown variant `verifed`",
        "claims/unknown-field.yaml:19:1: error: unknown field `hedeg`",
        "claims/wrong-id.yaml:1:1: error: id `xi-kazakhstan` differs from the file name `wrong-id.yaml`",
        "claims/no-source.yaml:9:3: error: source `missing-source` does not exist",
        "claims/dup-key.yaml:5:1: error: duplicate field `rating`",
        "claims/conflict.yaml:1:1: error: git conflict marker",
        "claims/utf8.yaml:2:15: error: invalid UTF-8",
        "claims/syntax.yaml:2:12: error:",
        "claims/Bad_Name.yaml: error: file name `Bad_Name` is not a valid claim id",
        "sources/article/r1.txt: error: text differs from its sha256",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    assert!(r.stderr.contains("errors"), "{}", r.stderr);
    let json = t.run(&["check", "--format", "json"]).expect(1).stdout;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(findings.len() >= 10, "{json}");
    assert!(findings
        .iter()
        .any(|f| f["rule"] == "quote-not-found" || f["rule"] == "source-sha256"));
    assert!(findings
        .iter()
        .all(|f| f["severity"] == "error" || f["severity"] == "warning"));
}

#[test]
fn check_finds_verdicts_without_evidence_and_history_gaps() {
    let t = with_claim();
    t.run(&[
        "verify",
        "xi-kazakhstan",
        "--summary",
        "s",
        "--url",
        "https://example.org/s",
    ])
    .ok();
    let yaml = t.read("claims/xi-kazakhstan.yaml");
    // Remove the evidence block by hand (and from history, so only the rule fires).
    let start = yaml.find("evidence:\n- ").unwrap();
    let end = yaml.find("responses:").unwrap();
    let stripped = format!("{}evidence: []\n{}", &yaml[..start], &yaml[end..]);
    t.write("claims/xi-kazakhstan.yaml", &stripped);
    let out = t.run(&["check"]).expect(1).stdout;
    assert!(out.contains("claims/xi-kazakhstan.yaml:3:1: error: status `verified` needs at least one `supports` evidence item"), "{out}");
    let gap = yaml.replace("- rev: 2", "- rev: 3");
    t.write("claims/xi-kazakhstan.yaml", &gap);
    let out = t.run(&["check"]).expect(1).stdout;
    assert!(out.contains("revision 3 should be numbered 2"), "{out}");
}

#[test]
fn check_is_clean_and_quiet_on_a_good_store() {
    let t = with_claim();
    let r = t.run(&["check"]).ok();
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("checked 1 claim and 1 source: 0 errors, 0 warnings"),
        "{}",
        r.stderr
    );
}

// ----- bad input to every command -----

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let t = with_claim();
    let good = t.read("claims/xi-kazakhstan.yaml");
    t.write("claims/broken.yaml", "id: broken\nstatement: [unclosed\n");
    t.write(
        "claims/conflicted.yaml",
        &format!(
            "<<<<<<< HEAD\n{}\n=======\n>>>>>>> b\n",
            good.replace("xi-kazakhstan", "conflicted")
        ),
    );
    std::fs::write(
        t.path("claims/latin1.yaml"),
        b"id: latin1\nstatement: caf\xe9\n",
    )
    .unwrap();
    // A quadratic alias expansion inside history values, which take any YAML.
    let mut bomb = String::from(
        "id: bomb\nstatement: s\nstatus: unverified\nsource: {id: article, rev: 1, quote: q}\nattribution: {kind: outlet}\nhistory:\n- rev: 1\n  at: 2026-11-27T20:00:00Z\n  by: a\n  action: logged\n  changes:\n    a: {to: &a [x, x, x, x, x, x, x, x, x, x]}\n",
    );
    for (i, prev) in ["a", "b", "c", "d", "e", "f", "g", "h"].iter().enumerate() {
        let name = (b'b' + i as u8) as char;
        bomb.push_str(&format!("    {name}: {{to: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]}}\n"));
    }
    t.write("claims/bomb.yaml", &bomb);
    {
        let f = std::fs::File::create(t.path("claims/huge.yaml")).unwrap();
        f.set_len(50 * 1024 * 1024).unwrap();
    }
    let before = t.snapshot();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["show", "xi-kazakstan"], "did you mean `xi-kazakhstan`"),
        (vec!["show", "../x"], "invalid id `../x`"),
        (
            vec!["verify", "../x", "--summary", "s", "--url", "https://e.org"],
            "invalid id `../x`",
        ),
        (
            vec!["add", "s", "--source", "../x", "--quote", "x"],
            "invalid id `../x`",
        ),
        (vec!["show", "broken"], "claims/broken.yaml:2:12:"),
        (
            vec!["log", "conflicted"],
            "claims/conflicted.yaml:1:1: git conflict marker",
        ),
        (
            vec!["show", "latin1"],
            "claims/latin1.yaml:2:15: invalid UTF-8",
        ),
        (
            vec![
                "evidence",
                "bomb",
                "--stance",
                "supports",
                "--summary",
                "s",
                "--url",
                "https://e.org",
            ],
            "claims/bomb.yaml",
        ),
        (vec!["show", "huge"], "over the limit of 2097152 bytes"),
        (
            vec!["edit", "broken", "--hedge", "x"],
            "claims/broken.yaml:2:12:",
        ),
        (vec!["mark", "nope", "mixed"], "no claim with id `nope`"),
        (
            vec!["respond", "latin1", "--party", "p", "--kind", "denied"],
            "invalid UTF-8",
        ),
        (vec!["record", "conflicted"], "git conflict marker"),
    ];
    for (args, expected) in cases {
        let r = t.run(&args).expect(2);
        assert!(
            r.stderr.contains(expected),
            "{args:?}: expected {expected:?} in\n{}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
    }
    let bomb = t.run(&["show", "bomb"]).expect(2);
    assert!(bomb.stderr.contains("limit"), "{}", bomb.stderr);
    // Whole-store commands report the bad files and go on.
    let list = t.run(&["list"]).expect(1);
    assert!(list.stdout.contains("xi-kazakhstan"), "{}", list.stdout);
    assert!(
        list.stderr.contains("claims/broken.yaml"),
        "{}",
        list.stderr
    );
    let check = t.run(&["check"]).expect(1);
    for f in ["broken", "conflicted", "latin1", "bomb", "huge"] {
        assert!(
            check.stdout.contains(&format!("claims/{f}.yaml")),
            "{f}: {}",
            check.stdout
        );
    }
    assert_eq!(t.snapshot(), before, "nothing changed on disk");
}

// ----- writes that lose nothing -----

#[test]
fn concurrent_writers_lose_nothing() {
    let t = with_claim();
    let mut children = Vec::new();
    for writer in 0..2 {
        for i in 0..25 {
            let summary = format!("writer {writer} item {i}");
            let mut cmd = t.process();
            cmd.env("CLAIMTRACK_USER", format!("writer{writer}"))
                .args(evidence_args("xi-kazakhstan", &summary))
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            children.push(cmd.spawn().unwrap());
        }
    }
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let yaml = t.read("claims/xi-kazakhstan.yaml");
    assert_eq!(
        yaml.matches("\n- stance: supports").count(),
        50,
        "50 evidence items"
    );
    assert_eq!(yaml.matches("\n- rev: ").count(), 51, "51 revisions");
    for writer in 0..2 {
        for i in 0..25 {
            assert!(yaml.contains(&format!("summary: writer {writer} item {i}\n")));
        }
    }
    t.run(&["check"]).ok();
}

#[test]
fn an_interrupted_write_leaves_the_old_file_and_is_cleaned_up() {
    let t = with_claim();
    let before = t.read("claims/xi-kazakhstan.yaml");
    let r = t
        .command()
        .env("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME", "1")
        .args(evidence_args("xi-kazakhstan", "lost"))
        .output()
        .unwrap();
    assert!(!r.status.success());
    assert_eq!(
        t.read("claims/xi-kazakhstan.yaml"),
        before,
        "the claim is untouched"
    );
    assert!(t.path("claims/xi-kazakhstan.yaml.claimtrack-tmp").exists());
    let r = t.run(&evidence_args("xi-kazakhstan", "kept")).ok();
    assert!(
        r.stderr.contains(
            "removed claims/xi-kazakhstan.yaml.claimtrack-tmp left by an interrupted write"
        ),
        "{}",
        r.stderr
    );
    assert!(!t.path("claims/xi-kazakhstan.yaml.claimtrack-tmp").exists());
    t.run(&["check"]).ok();
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let t = with_claim();
    let good = t.read("claims/xi-kazakhstan.yaml");
    for i in 0..400 {
        let id = format!("copy-{i:03}");
        t.write(
            &format!("claims/{id}.yaml"),
            &good.replacen("id: xi-kazakhstan", &format!("id: {id}"), 1),
        );
    }
    let mut child = t
        .process()
        .args(["list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

// ----- real data -----

#[test]
fn yaml_test_suite_inputs_as_claim_files_are_reported_never_panic() {
    let Some(cases) = shared("corpus/yaml-test-suite/cases") else {
        return;
    };
    let t = TestStore::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&cases).unwrap().flatten() {
        let input = entry.path().join("in.yaml");
        let Ok(bytes) = std::fs::read(&input) else {
            continue;
        };
        let name = entry
            .file_name()
            .to_string_lossy()
            .to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
        std::fs::write(t.path(&format!("claims/case-{name}.yaml")), bytes).unwrap();
        n += 1;
    }
    assert!(n > 300, "only {n} cases");
    let r = t.run(&["check", "--format", "json"]).expect(1);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    // None of the cases is a valid claim: each file gets at least one error.
    for entry in std::fs::read_dir(t.path("claims")).unwrap().flatten() {
        let rel = format!("claims/{}", entry.file_name().to_string_lossy());
        assert!(
            findings
                .iter()
                .any(|f| f["path"] == rel.as_str() && f["severity"] == "error"),
            "no finding for {rel}"
        );
    }
}

#[test]
fn the_example_store_checks_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let t = TestStore {
        dir: tempfile::tempdir().unwrap(),
    };
    let r = t
        .command()
        .args(["--store", root.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    assert!(
        r.status.success(),
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    let list = t
        .command()
        .args(["--store", root.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&list.stdout);
    assert!(out.lines().count() > 12, "{out}");
    assert!(
        out.contains("xi-kazakhstan-stop") && out.contains("Russian media"),
        "{out}"
    );
}

#[test]
fn add_on_an_unreadable_source_names_the_file_without_a_quote_hint() {
    let t = TestStore::with_article();
    let yaml = t.read("sources/article/source.yaml");
    t.write(
        "sources/article/source.yaml",
        &format!("<<<<<<< HEAD\n{yaml}"),
    );
    let r = t.run(&["add", "Xi goes", "--source", "article"]).expect(2);
    assert!(
        r.stderr
            .contains("sources/article/source.yaml:1:1: git conflict marker"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("word for word"), "{}", r.stderr);
}

#[test]
fn check_reports_a_source_url_that_is_not_a_web_address() {
    let t = TestStore::with_article();
    let yaml = t.read("sources/article/source.yaml");
    assert!(yaml.contains("url: null"), "{yaml}");
    t.write(
        "sources/article/source.yaml",
        &yaml.replace("url: null", "url: file:///etc/passwd"),
    );
    let line = yaml
        .lines()
        .position(|l| l.starts_with("url:"))
        .map(|i| i + 1)
        .unwrap();
    let run = t.run(&["check"]).expect(1);
    let wanted = format!("sources/article/source.yaml:{line}:1");
    assert!(run.stdout.contains(&wanted), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("`file:///etc/passwd` is not an http(s) URL"),
        "{}",
        run.stdout
    );
    // A web address is fine.
    t.write(
        "sources/article/source.yaml",
        &yaml.replace("url: null", "url: https://news.example/story"),
    );
    t.run(&["check"]).ok();
}
