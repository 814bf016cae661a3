//! A desk's day: the rating scale, conclusions, corrections, assignments,
//! undoing mistakes, merged verdicts that disagree, and the rough edges a
//! new user meets first.

use std::path::Path;
use std::process::Command;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::{git, git_ok, has_git, TestStore, ARTICLE};

const MEET: &str =
    "the two presidents will meet during the SCO summit in Samarkand on September 15 and 16";
const KAZ: &str = "It has been claimed by Russian media that Xi intends to visit Kazakhstan";
const MAO: &str = "On your question, I have nothing to contribute.";

const SCALE: &str = "organization:\n  name: Example Checks\n  url: https://checks.example\nreview_url: https://checks.example/claims/{id}\nratings:\n  - {label: True, status: verified}\n  - {label: Half True, status: mixed}\n  - {label: False, status: refuted}\n  - {label: Unproven, status: unverifiable}\n";

/// The test article with three claims: `meet` (Denisov), `kaz` (Russian
/// media, tagged `xi`) and `mao` (Mao Ning, tagged `mfa`).
fn desk() -> TestStore {
    let t = TestStore::with_article();
    for (id, statement, quote, speaker, kind, tag) in [
        (
            "meet",
            "Putin and Xi will meet in Samarkand on 15 and 16 September",
            MEET,
            "Andrei Denisov",
            "direct-quote",
            "sco",
        ),
        (
            "kaz",
            "Xi intends to visit Kazakhstan before the summit",
            KAZ,
            "Russian media",
            "reported",
            "xi",
        ),
        (
            "mao",
            "China's foreign ministry would not comment",
            MAO,
            "Mao Ning",
            "direct-quote",
            "mfa",
        ),
    ] {
        t.run(&[
            "add",
            statement,
            "--source",
            "article",
            "--quote",
            quote,
            "--speaker",
            speaker,
            "--kind",
            kind,
            "--tag",
            tag,
            "--id",
            id,
        ])
        .ok();
    }
    t
}

/// `desk()` with the publisher's rating scale in claimtrack.yaml.
fn desk_with_scale() -> TestStore {
    let t = desk();
    t.write("claimtrack.yaml", SCALE);
    t
}

fn evidence(t: &TestStore, id: &str, stance: &str, summary: &str) {
    t.run(&[
        "evidence",
        id,
        "--stance",
        stance,
        "--summary",
        summary,
        "--url",
        "https://example.org/evidence",
    ])
    .ok();
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn claim_json(t: &TestStore, id: &str) -> Value {
    json(&t.run(&["show", id, "--format", "json"]).ok().stdout)
}

fn report(t: &TestStore, format: &str) -> String {
    t.run(&["report", "--format", format]).ok().stdout
}

// ----- the rating scale -----

#[test]
fn a_scale_label_sets_the_status_case_aside() {
    let t = desk_with_scale();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    evidence(&t, "meet", "refutes", "Only one day of talks");
    let r = t.run(&["mark", "meet", "--rating", "half true"]).ok();
    assert!(r.stdout.contains("meet is mixed"), "{}", r.stdout);
    let c = claim_json(&t, "meet");
    assert_eq!(c["status"], "mixed");
    assert_eq!(c["rating"], "Half True", "the scale's own spelling is kept");
}

#[test]
fn a_rating_off_the_scale_is_refused_with_did_you_mean() {
    let t = desk_with_scale();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    let before = t.snapshot();
    let r = t.run(&["mark", "meet", "--rating", "Tru"]).expect(2);
    assert!(r.stderr.contains("not on the rating scale"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `True`"), "{}", r.stderr);
    let r = t
        .run(&["mark", "meet", "verified", "--rating", "False"])
        .expect(2);
    assert!(
        r.stderr
            .contains("rating \"False\" stands for `refuted`, not `verified`"),
        "{}",
        r.stderr
    );
    let r = t
        .run(&[
            "verify",
            "meet",
            "--rating",
            "Half True",
            "--summary",
            "Kremlin schedule again",
            "--url",
            "https://example.org/k",
        ])
        .expect(2);
    assert!(r.stderr.contains("stands for `mixed`"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before, "a refused rating changes nothing");
}

#[test]
fn claimreview_values_come_from_the_scale() {
    let t = desk_with_scale();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&[
        "mark",
        "meet",
        "--rating",
        "Half True",
        "--conclusion",
        "They met, but on one day, not two.",
    ])
    .ok();
    t.run(&[
        "refute",
        "kaz",
        "--summary",
        "No visit was announced",
        "--url",
        "https://example.org/kz",
        "--rating",
        "false",
    ])
    .ok();
    let reviews = json(&report(&t, "claimreview"));
    let by_claim = |text: &str| {
        reviews
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["claimReviewed"].as_str().unwrap().contains(text))
            .unwrap()
            .clone()
    };
    let meet = by_claim("Samarkand");
    assert_eq!(meet["reviewRating"]["ratingValue"], 3);
    assert_eq!(meet["reviewRating"]["bestRating"], 4);
    assert_eq!(meet["reviewRating"]["worstRating"], 1);
    assert_eq!(meet["reviewRating"]["alternateName"], "Half True");
    assert_eq!(meet["reviewBody"], "They met, but on one day, not two.");
    let kaz = by_claim("Kazakhstan");
    assert_eq!(kaz["reviewRating"]["ratingValue"], 2);
    assert_eq!(kaz["reviewRating"]["alternateName"], "False");
}

#[test]
fn without_a_scale_a_rating_is_free_text() {
    let t = desk();
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&["mark", "meet", "refuted", "--rating", "Pants on Fire"])
        .ok();
    assert_eq!(claim_json(&t, "meet")["rating"], "Pants on Fire");
    let reviews = json(&report(&t, "claimreview"));
    assert_eq!(reviews[0]["reviewRating"]["ratingValue"], 1);
    assert_eq!(reviews[0]["reviewRating"]["bestRating"], 5);
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Pants on Fire");
    let r = t.run(&["mark", "kaz", "--rating", "Nonsense"]).expect(2);
    assert!(r.stderr.contains("belongs to a verdict"), "{}", r.stderr);
}

#[test]
fn check_reports_a_rating_that_does_not_fit_the_scale() {
    let t = desk();
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&["mark", "meet", "refuted", "--rating", "Wrong"])
        .ok();
    t.run(&["check"]).ok();
    t.write("claimtrack.yaml", SCALE);
    let r = t.run(&["check"]).expect(1);
    assert!(
        r.stdout.contains("claims/meet.yaml") && r.stdout.contains("rating \"Wrong\""),
        "{}",
        r.stdout
    );
    let mut bad = SCALE.to_string();
    bad.push_str("  - {label: pending, status: in-review}\n  - {label: TRUE, status: verified}\n");
    t.write("claimtrack.yaml", &bad);
    let r = t.run(&["check"]).expect(1);
    assert!(r.stdout.contains("claimtrack.yaml:10:"), "{}", r.stdout);
    assert!(r.stdout.contains("not a verdict"), "{}", r.stdout);
    assert!(r.stdout.contains("on the scale twice"), "{}", r.stdout);
}

// ----- a rating never outlives its verdict -----

#[test]
fn a_change_of_status_drops_the_rating_unless_a_new_one_is_given() {
    let t = desk();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&["mark", "meet", "mixed", "--rating", "Half True"])
        .ok();
    t.run(&["mark", "meet", "refuted", "--note", "one day only"])
        .ok();
    let c = claim_json(&t, "meet");
    assert_eq!(c["status"], "refuted");
    assert_eq!(c["rating"], Value::Null, "{c}");
    let reviews = json(&report(&t, "claimreview"));
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "False");
    assert_eq!(reviews[0]["reviewRating"]["ratingValue"], 1);
    let log = t.run(&["log", "meet"]).ok().stdout;
    assert!(log.contains("rating: Half True → nothing"), "{log}");
    t.run(&[
        "mark",
        "meet",
        "mixed",
        "--rating",
        "Half right",
        "--note",
        "two days after all",
    ])
    .ok();
    assert_eq!(claim_json(&t, "meet")["rating"], "Half right");
}

// ----- verdicts stand on evidence of their own stance -----

#[test]
fn a_verdict_needs_evidence_of_its_own_stance() {
    let t = desk();
    evidence(&t, "meet", "refutes", "Only one day of talks");
    let before = t.snapshot();
    let r = t.run(&["mark", "meet", "verified"]).expect(2);
    assert!(r.stderr.contains("`supports` evidence"), "{}", r.stderr);
    assert!(
        r.stderr.contains("claimtrack verify meet --summary")
            || r.stderr
                .contains("claimtrack evidence meet --stance supports"),
        "the hint names a command that takes evidence:\n{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("give --summary"),
        "mark takes no --summary:\n{}",
        r.stderr
    );
    assert_eq!(t.snapshot(), before);
    evidence(&t, "kaz", "supports", "Astana announced it");
    let r = t.run(&["mark", "kaz", "refuted"]).expect(2);
    assert!(r.stderr.contains("`refutes` evidence"), "{}", r.stderr);
    evidence(&t, "mao", "context", "The ministry never comments on trips");
    t.run(&["mark", "mao", "mixed"]).ok();
}

#[test]
fn check_reports_a_verdict_without_evidence_of_its_stance() {
    let t = desk();
    let text = t.read("claims/meet.yaml");
    // A verdict recorded in history, whose only evidence refutes it.
    let evidence_item = "- stance: refutes\n  summary: Only one day of talks\n  url: https://example.org/e\n  added: 2026-11-27T20:00:00Z\n  by: alice\n";
    let text = text
        .replace("status: unverified", "status: verified")
        .replace("evidence: []\n", &format!("evidence:\n{evidence_item}"));
    let revision = format!(
        "- rev: 2\n  at: 2026-11-27T21:00:00Z\n  by: bob\n  action: verified\n  changes:\n    status:\n      from: unverified\n      to: verified\n    evidence:\n      added:\n{}",
        evidence_item
            .lines()
            .map(|l| format!("      {l}\n"))
            .collect::<String>()
    );
    t.write("claims/meet.yaml", &format!("{text}{revision}"));
    let r = t.run(&["check"]).expect(1);
    assert!(
        r.stdout.contains("claims/meet.yaml:3:1") && r.stdout.contains("`supports` evidence"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("hand-edit"), "{}", r.stdout);
}

// ----- the conclusion -----

#[test]
fn unverifiable_needs_a_conclusion_shown_everywhere_and_cleared_on_reopening() {
    let t = desk_with_scale();
    let before = t.snapshot();
    let r = t
        .run(&["mark", "mao", "unverifiable", "--note", "no record"])
        .expect(2);
    assert!(r.stderr.contains("needs a conclusion"), "{}", r.stderr);
    assert!(r.stderr.contains("--conclusion"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
    let conclusion = "The ministry's words are on record; what it knew is not.";
    t.run(&[
        "mark",
        "mao",
        "unverifiable",
        "--conclusion",
        conclusion,
        "--rating",
        "Unproven",
    ])
    .ok();
    let show = t.run(&["show", "mao"]).ok().stdout;
    assert!(
        show.contains("conclusion") && show.contains(conclusion),
        "{show}"
    );
    for format in ["text", "markdown", "html", "json", "csv"] {
        let out = report(&t, format);
        let wanted = if format == "html" {
            conclusion.replace('\'', "&#39;")
        } else {
            conclusion.to_string()
        };
        assert!(out.contains(&wanted), "{format}:\n{out}");
    }
    let reviews = json(&report(&t, "claimreview"));
    assert_eq!(reviews[0]["reviewBody"], conclusion);
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Unproven");
    t.run(&[
        "mark",
        "mao",
        "unverified",
        "--note",
        "new statement from the ministry",
    ])
    .ok();
    let c = claim_json(&t, "mao");
    assert_eq!(c["conclusion"], Value::Null);
    assert_eq!(c["rating"], Value::Null);
    let log = t.run(&["log", "mao"]).ok().stdout;
    assert!(log.contains("reopened"), "{log}");
    assert!(log.contains("conclusion: The ministry"), "{log}");
    assert!(log.contains("→ nothing"), "{log}");
}

#[test]
fn a_conclusion_alone_can_be_given_to_a_verdict() {
    let t = desk();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    t.run(&["mark", "meet", "verified"]).ok();
    t.run(&[
        "mark",
        "meet",
        "--conclusion",
        "The Kremlin confirmed both days.",
    ])
    .ok();
    let c = claim_json(&t, "meet");
    assert_eq!(c["status"], "verified");
    assert_eq!(c["conclusion"], "The Kremlin confirmed both days.");
    let r = t
        .run(&["mark", "kaz", "--conclusion", "Nothing to conclude yet"])
        .expect(2);
    assert!(r.stderr.contains("verdict"), "{}", r.stderr);
}

// ----- corrections -----

#[test]
fn a_correction_needs_a_note_and_every_report_lists_it() {
    let t = desk();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    t.run(&["mark", "meet", "verified"]).ok();
    let before = t.snapshot();
    let refute = [
        "refute",
        "meet",
        "--summary",
        "Only one day of talks",
        "--url",
        "https://example.org/one-day",
    ];
    let r = t.run(&refute).expect(2);
    assert!(r.stderr.contains("correction"), "{}", r.stderr);
    assert!(r.stderr.contains("--note"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
    let mut with_note = refute.to_vec();
    with_note.extend(["--note", "The summit programme shows one day"]);
    t.command()
        .args(&with_note)
        .env("CLAIMTRACK_USER", "bob")
        .env("CLAIMTRACK_NOW", "2026-11-28T09:00:00Z")
        .assert()
        .success();
    let log = t.run(&["log", "meet"]).ok().stdout;
    assert!(log.contains("bob  corrected"), "{log}");
    let text = report(&t, "text");
    assert!(text.contains("CORRECTIONS (1)"), "{text}");
    assert!(
        text.contains("verified → refuted")
            && text.contains("bob")
            && text.contains("The summit programme shows one day"),
        "{text}"
    );
    for format in ["markdown", "html", "csv", "json"] {
        let out = report(&t, format);
        assert!(
            out.contains("verified → refuted") || out.contains("\"from\": \"verified\""),
            "{format}:\n{out}"
        );
        assert!(
            out.contains("The summit programme shows one day"),
            "{format}:\n{out}"
        );
    }
    let data = json(&report(&t, "json"));
    let c = &data["corrections"][0];
    assert_eq!(
        (
            c["claim"].as_str(),
            c["from"].as_str(),
            c["to"].as_str(),
            c["by"].as_str()
        ),
        (Some("meet"), Some("verified"), Some("refuted"), Some("bob"))
    );
    assert_eq!(c["at"], "2026-11-28T09:00:00Z");
    let reviews = json(&report(&t, "claimreview"));
    assert!(
        reviews[0]["correction"][0]["text"]
            .as_str()
            .unwrap()
            .contains("The summit programme shows one day"),
        "{reviews}"
    );
}

#[test]
fn a_verdict_given_again_after_reopening_is_listed_as_a_correction() {
    let t = desk();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&["mark", "meet", "verified"]).ok();
    t.run(&["mark", "meet", "in-review", "--note", "programme changed"])
        .ok();
    t.run(&["mark", "meet", "refuted"]).ok();
    let data = json(&report(&t, "json"));
    let c = &data["corrections"][0];
    assert_eq!(
        (c["from"].as_str(), c["to"].as_str()),
        (Some("verified"), Some("refuted"))
    );
    assert_eq!(c["note"], "programme changed");
}

// ----- assignments and due dates -----

#[test]
fn assign_several_claims_with_a_due_date_and_list_who_has_what() {
    let t = desk();
    let r = t
        .run(&["assign", "meet", "kaz", "--to", "Carol", "--due", "3d"])
        .ok();
    assert!(
        r.stdout.contains("meet") && r.stdout.contains("kaz"),
        "{}",
        r.stdout
    );
    let c = claim_json(&t, "meet");
    assert_eq!(c["assignee"], "Carol");
    assert_eq!(c["due"], "2026-11-30");
    let log = t.run(&["log", "kaz"]).ok().stdout;
    assert!(
        log.contains("assigned") && log.contains("assignee: Carol"),
        "{log}"
    );
    let list = t.run(&["list", "--assignee", "carol"]).ok().stdout;
    assert!(
        list.contains("meet") && list.contains("kaz") && !list.contains("mao"),
        "{list}"
    );
    let mine = t
        .command()
        .args(["list", "--mine"])
        .env("CLAIMTRACK_USER", "Carol")
        .output()
        .unwrap();
    let mine = String::from_utf8(mine.stdout).unwrap();
    assert!(mine.contains("meet") && !mine.contains("mao"), "{mine}");
    let unassigned = t.run(&["list", "--unassigned"]).ok().stdout;
    assert!(
        unassigned.contains("mao") && !unassigned.contains("kaz"),
        "{unassigned}"
    );
    t.run(&["assign", "kaz", "--to", "-"]).ok();
    assert_eq!(claim_json(&t, "kaz")["assignee"], Value::Null);
    let r = t.run(&["list", "--assignee", "Carl"]).expect(2);
    assert!(r.stderr.contains("did you mean `Carol`"), "{}", r.stderr);
}

#[test]
fn assign_refuses_an_unknown_id_and_changes_nothing() {
    let t = desk();
    let before = t.snapshot();
    let r = t
        .run(&["assign", "meet", "meat", "--to", "carol"])
        .expect(2);
    assert!(r.stderr.contains("`meat`"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before, "no claim was assigned");
    let r = t
        .run(&["assign", "meet", "--to", "carol", "--due", "soon"])
        .expect(2);
    assert!(r.stderr.contains("`soon` is not a date"), "{}", r.stderr);
}

#[test]
fn due_dates_make_claims_overdue_and_sort_the_list() {
    let t = desk();
    t.run(&["assign", "kaz", "--to", "bob", "--due", "2026-11-20"])
        .ok();
    t.run(&["assign", "mao", "--to", "carol", "--due", "2026-11-25"])
        .ok();
    t.run(&["edit", "meet", "--due", "1w"]).ok();
    assert_eq!(claim_json(&t, "meet")["due"], "2026-12-04");
    t.run(&["edit", "meet", "--no-due"]).ok();
    assert_eq!(claim_json(&t, "meet")["due"], Value::Null);
    t.run(&["edit", "meet", "--due", "2026-12-04"]).ok();
    let overdue = t.run(&["list", "--overdue"]).ok().stdout;
    assert!(
        overdue.contains("kaz") && overdue.contains("mao") && !overdue.contains("meet"),
        "{overdue}"
    );
    let by_due = t.run(&["list", "--sort", "due"]).ok().stdout;
    let at = |id: &str| by_due.find(&format!("\n{id} ")).unwrap();
    assert!(at("kaz") < at("mao") && at("mao") < at("meet"), "{by_due}");
    let text = report(&t, "text");
    assert!(
        text.contains("overdue since 2026-11-20, with bob"),
        "{text}"
    );
    assert!(
        text.contains("overdue since 2026-11-25, with carol"),
        "{text}"
    );
    let data = json(&report(&t, "json"));
    let kaz = data["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "kaz")
        .unwrap();
    assert_eq!(
        (kaz["assignee"].as_str(), kaz["due"].as_str()),
        (Some("bob"), Some("2026-11-20"))
    );
    assert_eq!(kaz["overdue"], true);
    t.run(&[
        "add",
        "Later",
        "--source",
        "article",
        "--quote",
        "Mao Ning said",
        "--speaker",
        "Mao Ning",
        "--check-after",
        "7d",
        "--due",
        "2d",
        "--id",
        "later",
    ])
    .ok();
    let c = claim_json(&t, "later");
    assert_eq!(
        (c["check_after"].as_str(), c["due"].as_str()),
        (Some("2026-12-04"), Some("2026-11-29"))
    );
}

// ----- undoing mistakes -----

#[test]
fn revert_restores_an_earlier_revision_as_a_new_one() {
    let t = desk();
    t.run(&["edit", "meet", "--statement", "Putin and Xi will not meet"])
        .ok();
    evidence(&t, "meet", "supports", "Kremlin schedule");
    let r = t.run(&["revert", "meet"]).expect(2);
    assert!(r.stderr.contains("--note"), "{}", r.stderr);
    let r = t
        .run(&["revert", "meet", "--note", "evidence was for another claim"])
        .ok();
    assert!(
        r.stdout.contains("meet: reverted to r2 (r4"),
        "{}",
        r.stdout
    );
    let c = claim_json(&t, "meet");
    assert_eq!(c["evidence"].as_array().unwrap().len(), 0);
    assert_eq!(c["statement"], "Putin and Xi will not meet");
    assert_eq!(c["history"].as_array().unwrap().len(), 4);
    t.run(&[
        "revert",
        "meet",
        "--to",
        "1",
        "--note",
        "the statement was right",
    ])
    .ok();
    let c = claim_json(&t, "meet");
    assert_eq!(
        c["statement"],
        "Putin and Xi will meet in Samarkand on 15 and 16 September"
    );
    let log = t.run(&["log", "meet"]).ok().stdout;
    assert!(
        log.contains("r5") && log.contains("reverted to r1"),
        "{log}"
    );
    t.run(&["check"]).ok();
    for bad in [["--to", "9"], ["--to", "0"]] {
        let r = t
            .run(&["revert", "meet", bad[0], bad[1], "--note", "x"])
            .expect(2);
        assert!(r.stderr.contains("revision"), "{}", r.stderr);
    }
}

#[test]
fn revert_of_a_claim_with_one_revision_says_there_is_nothing_earlier() {
    let t = desk();
    let before = t.snapshot();
    let r = t.run(&["revert", "kaz", "--note", "x"]).expect(2);
    assert!(
        r.stderr.contains("only its first revision") && !r.stderr.contains("revision 0"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("claimtrack rm kaz"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
}

#[test]
fn rm_removes_claims_logged_by_mistake_all_or_nothing() {
    let t = desk();
    let before = t.snapshot();
    let r = t
        .run(&["rm", "meet", "nosuch", "--note", "logged twice"])
        .expect(2);
    assert!(r.stderr.contains("nosuch"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
    let r = t.run(&["rm", "meet"]).expect(2);
    assert!(r.stderr.contains("--note"), "{}", r.stderr);
    // An id given twice is removed once, not removed then reported missing.
    let r = t
        .run(&["rm", "meet", "kaz", "meet", "--note", "logged twice"])
        .ok();
    assert_eq!(r.stdout.matches("removed").count(), 2, "{}", r.stdout);
    assert!(
        r.stdout.contains("meet") && r.stdout.contains("kaz"),
        "{}",
        r.stdout
    );
    assert!(!t.path("claims/meet.yaml").exists() && !t.path("claims/kaz.yaml").exists());
    assert!(t.path("claims/mao.yaml").exists());
    t.run(&["check"]).ok();
    // A claim with a verdict may have been published: only --force removes it.
    evidence(&t, "mao", "context", "The ministry never comments on trips");
    t.run(&["mark", "mao", "mixed"]).ok();
    let r = t.run(&["rm", "mao", "--note", "duplicate"]).expect(2);
    assert!(
        r.stderr.contains("has a verdict") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert!(t.path("claims/mao.yaml").exists());
    t.run(&["rm", "mao", "--note", "duplicate", "--force"]).ok();
    assert!(!t.path("claims/mao.yaml").exists());
}

#[test]
fn mark_changes_several_claims_at_once_or_none() {
    let t = desk();
    let r = t.run(&["mark", "meet", "kaz", "in-review"]).ok();
    assert!(
        r.stdout.contains("meet is in-review") && r.stdout.contains("kaz is in-review"),
        "{}",
        r.stdout
    );
    let before = t.snapshot();
    // `mao` has no evidence, so no claim is marked.
    evidence(&t, "meet", "supports", "Kremlin schedule");
    let before_mark = t.snapshot();
    let r = t.run(&["mark", "meet", "mao", "verified"]).expect(2);
    assert!(r.stderr.contains("mao"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before_mark);
    assert_ne!(before, before_mark);
}

#[test]
fn mark_names_a_word_that_is_not_a_status_and_a_status_without_ids() {
    let t = desk();
    let before = t.snapshot();
    let r = t.run(&["mark", "meet", "bogus"]).expect(2);
    assert!(
        r.stderr.contains("unknown status \"bogus\"") && r.stderr.contains("in-review"),
        "{}",
        r.stderr
    );
    let r = t.run(&["mark", "in-review"]).expect(2);
    assert!(
        r.stderr.contains("`in-review` is a status") && r.stderr.contains("ids"),
        "{}",
        r.stderr
    );
    // Two claims and no status still asks for one.
    let r = t.run(&["mark", "meet", "kaz"]).expect(2);
    assert!(r.stderr.contains("nothing to mark"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
}

#[test]
fn mark_help_lists_the_statuses() {
    let t = desk();
    let help = t.run(&["mark", "--help"]).ok().stdout;
    for s in [
        "unverified",
        "in-review",
        "verified",
        "refuted",
        "mixed",
        "unverifiable",
    ] {
        assert!(help.contains(s), "{s}:\n{help}");
    }
}

// ----- JSON for list, show and log -----

#[test]
fn list_show_and_log_speak_json() {
    let t = desk();
    t.run(&["assign", "meet", "--to", "carol", "--due", "2d"])
        .ok();
    let list = json(&t.run(&["list", "--format", "json"]).ok().stdout);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{list}");
    let meet = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "meet")
        .unwrap();
    assert_eq!(meet["assignee"], "carol");
    assert_eq!(meet["status"], "unverified");
    assert_eq!(meet["speaker"], "Andrei Denisov");
    let show = claim_json(&t, "meet");
    assert_eq!(show["source"]["quote"], MEET);
    assert_eq!(show["attribution"]["kind"], "direct-quote");
    assert_eq!(show["age_days"], 0);
    let log = json(&t.run(&["log", "meet", "--format", "json"]).ok().stdout);
    let revs = log.as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(revs[1]["action"], "assigned");
    assert_eq!(revs[1]["changes"]["assignee"]["to"], "carol");
    let empty = t
        .run(&["list", "--status", "refuted", "--format", "json"])
        .ok()
        .stdout;
    assert_eq!(json(&empty), Value::Array(vec![]));
}

// ----- filters that name nothing -----

#[test]
fn a_filter_value_that_names_nothing_is_an_error_with_did_you_mean() {
    let t = desk();
    let before = t.snapshot();
    let r = t
        .run(&["report", "--tag", "mfaa", "--fail-if-open"])
        .expect(2);
    assert!(r.stderr.contains("no claim has tag `mfaa`"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `mfa`"), "{}", r.stderr);
    let r = t.run(&["list", "--source", "articel"]).expect(2);
    assert!(r.stderr.contains("did you mean `article`"), "{}", r.stderr);
    let r = t.run(&["list", "--speaker", "Denisow"]).expect(2);
    assert!(
        r.stderr.contains("did you mean `Andrei Denisov`"),
        "{}",
        r.stderr
    );
    let r = t.run(&["report", "--assignee", "nobody"]).expect(2);
    assert!(r.stderr.contains("nobody"), "{}", r.stderr);
    assert_eq!(t.snapshot(), before);
    // A value that names something but selects nothing is not an error.
    let r = t.run(&["list", "--tag", "mfa", "--status", "refuted"]).ok();
    assert!(r.stdout.contains("no claims match"), "{}", r.stdout);
}

#[test]
fn speaker_filters_ignore_case_and_accents() {
    let t = TestStore::new();
    t.write(
        "a.txt",
        "Mette Sørensen said the budget would balance in 2027. Officials disagreed.\n",
    );
    t.run(&["source", "add", "a.txt", "--id", "dk"]).ok();
    t.run(&[
        "add",
        "The budget will balance in 2027",
        "--source",
        "dk",
        "--quote",
        "the budget would balance in 2027",
        "--speaker",
        "Mette Sørensen",
        "--id",
        "budget",
    ])
    .ok();
    for query in ["Sorensen", "sørensen", "METTE SORENSEN"] {
        let r = t.run(&["list", "--speaker", query]).ok();
        assert!(r.stdout.contains("budget"), "{query}: {}", r.stdout);
    }
}

// ----- report --output -----

#[test]
fn report_output_dash_is_standard_output() {
    let t = desk();
    let r = t
        .run(&["report", "--format", "markdown", "--output", "-"])
        .ok();
    assert!(
        r.stdout.starts_with("# Verification report"),
        "{}",
        r.stdout
    );
    assert!(!t.path("-").exists());
}

#[test]
fn report_output_writes_through_a_symlink_and_dev_stdout() {
    let t = desk();
    t.write("out/real.md", "old\n");
    std::os::unix::fs::symlink("real.md", t.path("out/link.md")).unwrap();
    t.run(&["report", "--format", "markdown", "--output", "out/link.md"])
        .ok();
    let meta = std::fs::symlink_metadata(t.path("out/link.md")).unwrap();
    assert!(meta.file_type().is_symlink(), "the link is kept");
    assert!(t.read("out/real.md").starts_with("# Verification report"));
    let r = t
        .run(&["report", "--format", "csv", "--output", "/dev/stdout"])
        .ok();
    assert!(r.stdout.starts_with("id,status"), "{}", r.stdout);
}

#[test]
fn report_output_writes_through_a_fifo() {
    let t = desk();
    let fifo = t.path("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    t.run(&["report", "--format", "markdown", "--output", "pipe"])
        .ok();
    let got = reader.join().unwrap();
    assert!(got.starts_with("# Verification report"), "{got}");
    let meta = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type()));
}

#[test]
fn report_output_into_a_missing_folder_names_the_folder() {
    let t = desk();
    let r = t
        .run(&["report", "--output", "no/such/folder/report.md"])
        .expect(2);
    assert!(r.stderr.contains("no/such/folder"), "{}", r.stderr);
    assert!(!r.stderr.contains("claimtrack-tmp"), "{}", r.stderr);
}

// ----- tables fit the terminal -----

fn long_desk() -> TestStore {
    let t = desk();
    t.run(&[
        "add",
        "Russian media claim that Xi Jinping intends to stop in Kazakhstan on his way to the summit of the Shanghai Cooperation Organisation in Samarkand",
        "--source",
        "article",
        "--quote",
        KAZ,
        "--speaker",
        "Unnamed officials of the Russian Federation speaking to state media",
        "--kind",
        "reported",
        "--check-after",
        "2022-09-15",
    ])
    .ok();
    t.run(&[
        "assign",
        "kaz",
        "--to",
        "Bartholomew Featherstonehaugh",
        "--due",
        "2026-11-01",
    ])
    .ok();
    t
}

#[test]
fn list_and_the_text_report_fit_80_columns() {
    let t = long_desk();
    for args in [
        vec!["list"],
        vec!["report"],
        vec!["report", "--since", "2026-01-01"],
    ] {
        let out = t
            .command()
            .args(&args)
            .env("COLUMNS", "80")
            .output()
            .unwrap();
        assert!(out.status.success());
        let out = String::from_utf8(out.stdout).unwrap();
        for line in out.lines() {
            assert!(
                line.width() <= 80,
                "{args:?}: {} columns: {line:?}\n{out}",
                line.width()
            );
        }
        assert!(
            out.contains("russian-media-claim-xi-jinping-intends"),
            "ids are whole:\n{out}"
        );
    }
    let list = t
        .command()
        .args(["list"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(list.contains('…') || list.contains("Samarkand"), "{list}");
}

#[test]
fn html_ids_never_break_mid_word() {
    let t = long_desk();
    let html = report(&t, "html");
    assert!(html.contains("<td class=\"id\">"), "{html}");
    let css_rule = html
        .split('}')
        .find(|rule| rule.contains(".id") && !rule.contains(".id-"))
        .unwrap_or_default()
        .to_string();
    assert!(
        css_rule.contains("white-space:nowrap") || css_rule.contains("white-space: nowrap"),
        "{css_rule}"
    );
    assert!(!css_rule.contains("anywhere"), "{css_rule}");
}

// ----- ids and word counts for text in any script -----

#[test]
fn ids_of_non_latin_text_are_readable_and_cjk_words_are_characters() {
    let t = TestStore::new();
    t.write("zh.txt", "习近平打算访问哈萨克斯坦。\n");
    let r = t
        .run(&["source", "add", "zh.txt", "--title", "习近平出访"])
        .ok();
    assert!(
        r.stdout
            .contains("stored source xi-jin-ping-chu-fang r1 (12 words)"),
        "{}",
        r.stdout
    );
    let r = t
        .run(&[
            "add",
            "习近平打算访问哈萨克斯坦",
            "--source",
            "xi-jin-ping-chu-fang",
            "--quote",
            "习近平打算访问哈萨克斯坦",
            "--kind",
            "outlet",
        ])
        .ok();
    assert!(
        r.stdout.contains("xi-jin-ping-da-suan-fang"),
        "{}",
        r.stdout
    );
    t.write("ru.txt", "Путин заявил о встрече.\n");
    let r = t
        .run(&["source", "add", "ru.txt", "--title", "Путин заявил"])
        .ok();
    assert!(
        r.stdout
            .contains("stored source putin-zaiavil r1 (4 words)"),
        "{}",
        r.stdout
    );
}

// ----- help and hints -----

fn subcommands(t: &TestStore) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = queue.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = t.run(&args).ok().stdout;
        let mut in_commands = false;
        for line in help.lines() {
            if line.starts_with("Commands:") {
                in_commands = true;
                continue;
            }
            if in_commands {
                if !line.starts_with("  ") {
                    in_commands = false;
                    continue;
                }
                if line.starts_with("   ") {
                    continue; // a description running on
                }
                let name = line.split_whitespace().next().unwrap_or("");
                if !name.is_empty() && name != "help" {
                    let mut sub = path.clone();
                    sub.push(name.to_string());
                    queue.push(sub);
                }
            }
        }
        out.push(path);
    }
    out
}

#[test]
fn every_flag_has_help_and_a_word_for_its_value() {
    let t = TestStore::new();
    let mut problems = Vec::new();
    for path in subcommands(&t) {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = t.run(&args).ok().stdout;
        let lines: Vec<&str> = help.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            // Flags start with `-`; `- value: meaning` lists a flag's possible values.
            if !trimmed.starts_with('-') || trimmed.starts_with("- ") {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let described = trimmed.contains("  ")
                || lines.get(i + 1).is_some_and(|next| {
                    let n = next.trim_start();
                    !n.is_empty() && next.len() - n.len() > indent && !n.starts_with('-')
                });
            if !described {
                problems.push(format!("{path:?}: no help for {trimmed}"));
            }
            let spec = trimmed.split("  ").next().unwrap_or("");
            for value in spec.split('<').skip(1) {
                let name = value.split('>').next().unwrap_or("");
                if name.trim_end_matches("...").len() < 2 {
                    problems.push(format!("{path:?}: value name <{name}> in {spec}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn check_hints_point_at_docs_in_this_project() {
    let t = desk();
    let text = t
        .read("claims/meet.yaml")
        .replace("hedge: null", "hedg: null");
    t.write("claims/meet.yaml", &text);
    let r = t.run(&["check"]).expect(1);
    assert!(!r.stdout.contains("SPEC.md"), "{}", r.stdout);
    let docs: Vec<&str> = r
        .stdout
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '`' || c == ',')
        .filter(|w| w.starts_with("docs/") && w.ends_with(".md"))
        .collect();
    assert!(!docs.is_empty(), "a hint names a document:\n{}", r.stdout);
    for doc in docs {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(doc).exists(),
            "{doc} is not in the project"
        );
    }
}

// ----- the clock -----

#[test]
fn an_invalid_claimtrack_now_is_an_error_for_every_command() {
    let t = desk();
    for args in [
        vec!["list"],
        vec!["show", "meet"],
        vec!["log", "meet"],
        vec!["check"],
        vec!["report"],
        vec!["source", "list"],
        vec!["diff", "meet"],
        vec!["search", "Samarkand"],
        vec!["init", "elsewhere"],
    ] {
        let out = t
            .command()
            .args(&args)
            .env("CLAIMTRACK_NOW", "yesterday")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if args[0] == "search" && stderr.contains("unrecognized subcommand") {
            continue;
        }
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("CLAIMTRACK_NOW"), "{args:?}: {stderr}");
    }
    assert!(!t.path("elsewhere").exists());
}

// ----- init -----

#[test]
fn init_writes_settings_to_fill_in() {
    let t = TestStore::new();
    let settings = t.read("claimtrack.yaml");
    for key in ["organization", "review_url", "ratings"] {
        assert!(settings.contains(key), "{settings}");
    }
    t.run(&["check"]).ok();
    let r = t.run(&["init"]).ok();
    assert!(r.stdout.contains("already"), "{}", r.stdout);
    assert_eq!(t.read("claimtrack.yaml"), settings, "never overwritten");
}

#[test]
fn init_in_a_git_repository_registers_the_merge_driver() {
    if !has_git() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    git_ok(tmp.path(), &["init", "-q"]);
    let out = ct(tmp.path(), "alice", "2026-11-27T20:00:00Z", &["init"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("registered the merge driver"), "{said}");
    let driver = git(tmp.path(), &["config", "merge.claimtrack.driver"]);
    let driver = String::from_utf8_lossy(&driver.stdout);
    assert!(driver.contains("merge-driver %O %A %B"), "{driver}");
    let outside = tempfile::tempdir().unwrap();
    let out = ct(outside.path(), "alice", "2026-11-27T20:00:00Z", &["init"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("git config merge.claimtrack.driver"),
        "{said}"
    );
}

// ----- the README's tour -----

/// The commands of the README's tour, continuation lines joined.
fn tour_commands() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("## A five-minute tour")
        .expect("the README has a tour");
    let end = readme[start + 3..]
        .find("\n## ")
        .map_or(readme.len(), |i| start + 3 + i);
    let mut commands = Vec::new();
    let mut in_code = false;
    let mut pending = String::new();
    for line in readme[start..end].lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            continue;
        }
        let line = line.split(" # ").next().unwrap_or("").trim_end();
        if line.trim_start().starts_with('#') {
            continue;
        }
        pending.push_str(line.trim_start());
        if pending.ends_with('\\') {
            pending.pop();
            continue;
        }
        if !pending.trim().is_empty() {
            commands.push(std::mem::take(&mut pending));
        }
        pending.clear();
    }
    commands
}

#[test]
fn the_readme_tour_runs_as_written() {
    let commands = tour_commands();
    assert!(
        commands
            .iter()
            .any(|c| c.contains("cargo install --path .")),
        "the tour installs claimtrack first: {commands:#?}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_claimtrack"));
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dir = tmp.path().to_path_buf();
    let mut ran = 0;
    for command in &commands {
        for part in command.split("&&").map(str::trim) {
            if part.starts_with("cargo install") || part.starts_with("git clone") {
                continue;
            }
            if let Some(folder) = part.strip_prefix("cd ") {
                dir = dir.join(folder.trim());
                continue;
            }
            if let Some(rest) = part.strip_prefix("cp ") {
                // Copies of the example article from this repository.
                let words: Vec<&str> = rest.split_whitespace().collect();
                let (from, to) = (words[0], words[words.len() - 1]);
                let from = from.trim_start_matches("claimtrack/");
                let from = if Path::new(from).is_absolute() {
                    Path::new(from).to_path_buf()
                } else {
                    repo.join(from.trim_start_matches("../"))
                };
                std::fs::copy(&from, dir.join(to))
                    .unwrap_or_else(|e| panic!("{part}: {e} ({})", from.display()));
                continue;
            }
            let words = shell_words(part);
            assert_eq!(
                words.first().map(String::as_str),
                Some("claimtrack"),
                "{part}"
            );
            let out = Command::new(bin)
                .current_dir(&dir)
                .args(&words[1..])
                .env("CLAIMTRACK_USER", "alice")
                .env("NO_COLOR", "1")
                .env_remove("CLAIMTRACK_STORE")
                .env_remove("CLAIMTRACK_NOW")
                .output()
                .unwrap();
            let code = out.status.code();
            // `check` and `report --fail-if-open` report findings with 1.
            assert!(
                code == Some(0)
                    || (code == Some(1)
                        && (part.contains("check") || part.contains("--fail-if-open"))),
                "{part}\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            ran += 1;
        }
    }
    assert!(ran >= 10, "the tour ran {ran} commands: {commands:#?}");
}

/// Split a command line as a POSIX shell would for the quoting the README uses.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => {
                if let Some(n) = chars.next() {
                    word.push(n);
                }
            }
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

// ----- a desk of three, on git -----

fn ct_run(dir: &Path, user: &str, now: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .current_dir(dir)
        .env("CLAIMTRACK_USER", user)
        .env("CLAIMTRACK_NOW", now)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .env_remove("CLAIMTRACK_STORE")
        .args(args)
        .output()
        .expect("claimtrack runs")
}

#[track_caller]
fn ct(dir: &Path, user: &str, now: &str, args: &[&str]) -> std::process::Output {
    let out = ct_run(dir, user, now, args);
    assert!(
        out.status.success(),
        "{user}: claimtrack {args:?}\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_desk_of_three_assigns_verifies_corrects_merges_and_reverts() {
    if !has_git() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (alice, bob, carol) = (
        tmp.path().join("alice"),
        tmp.path().join("bob"),
        tmp.path().join("carol"),
    );
    std::fs::create_dir(&alice).unwrap();
    git_ok(&alice, &["init", "-q"]);
    let said = ct(&alice, "alice", "2026-11-27T09:00:00Z", &["init"]);
    assert!(
        text(&said).contains("registered the merge driver"),
        "{}",
        text(&said)
    );
    std::fs::write(alice.join("claimtrack.yaml"), SCALE).unwrap();
    std::fs::write(alice.join("article.txt"), ARTICLE).unwrap();
    ct(
        &alice,
        "alice",
        "2026-11-27T09:01:00Z",
        &["source", "add", "article.txt", "--id", "article"],
    );
    std::fs::remove_file(alice.join("article.txt")).unwrap();
    ct(
        &alice,
        "alice",
        "2026-11-27T09:02:00Z",
        &[
            "add",
            "Putin and Xi will meet in Samarkand on 15 and 16 September",
            "--source",
            "article",
            "--quote",
            MEET,
            "--speaker",
            "Andrei Denisov",
            "--id",
            "meet",
        ],
    );
    ct(
        &alice,
        "alice",
        "2026-11-27T09:03:00Z",
        &[
            "add",
            "Xi intends to visit Kazakhstan before the summit",
            "--source",
            "article",
            "--quote",
            KAZ,
            "--speaker",
            "Russian media",
            "--kind",
            "reported",
            "--id",
            "kaz",
        ],
    );
    // The editor hands the claims out.
    ct(
        &alice,
        "alice",
        "2026-11-27T09:05:00Z",
        &["assign", "meet", "kaz", "--to", "bob", "--due", "2d"],
    );
    ct(
        &alice,
        "alice",
        "2026-11-27T09:06:00Z",
        &["assign", "kaz", "--to", "carol"],
    );
    git_ok(&alice, &["add", "-A"]);
    git_ok(&alice, &["commit", "-qm", "two claims handed out"]);
    for (dir, name) in [(&bob, "bob"), (&carol, "carol")] {
        git_ok(tmp.path(), &["clone", "-q", "alice", name]);
        let said = ct(dir, name, "2026-11-27T09:10:00Z", &["init"]);
        assert!(
            text(&said).contains("registered the merge driver"),
            "{}",
            text(&said)
        );
    }
    let bobs =
        String::from_utf8(ct(&bob, "bob", "2026-11-27T09:20:00Z", &["list", "--mine"]).stdout)
            .unwrap();
    assert!(bobs.contains("meet") && !bobs.contains("kaz"), "{bobs}");

    // Bob verifies `meet`; Carol, who also looked, refutes it.
    ct(
        &bob,
        "bob",
        "2026-11-28T10:00:00Z",
        &[
            "verify",
            "meet",
            "--summary",
            "Kremlin programme lists both days",
            "--url",
            "https://example.org/kremlin",
            "--rating",
            "True",
            "--conclusion",
            "Both days are on the Kremlin's programme.",
        ],
    );
    git_ok(&bob, &["commit", "-qam", "bob: meet verified"]);
    ct(
        &carol,
        "carol",
        "2026-11-28T11:00:00Z",
        &[
            "refute",
            "meet",
            "--summary",
            "The talks took place on 15 September only",
            "--url",
            "https://example.org/tass",
            "--rating",
            "False",
            "--conclusion",
            "They met on one day, not two.",
        ],
    );
    ct(
        &carol,
        "carol",
        "2026-11-28T11:05:00Z",
        &[
            "refute",
            "kaz",
            "--summary",
            "No stop in Kazakhstan was announced",
            "--url",
            "https://example.org/kz",
            "--rating",
            "False",
        ],
    );
    git_ok(&carol, &["commit", "-qam", "carol: meet and kaz refuted"]);

    // Alice merges both branches: every revision is kept, and check names the disagreement.
    for name in ["bob", "carol"] {
        git_ok(
            &alice,
            &[
                "pull",
                "-q",
                "--no-rebase",
                "--no-edit",
                &format!("../{name}"),
                "HEAD",
            ],
        );
    }
    let merged = std::fs::read_to_string(alice.join("claims/meet.yaml")).unwrap();
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    let check = ct_run(&alice, "alice", "2026-11-28T12:00:00Z", &["check"]);
    let said = text(&check);
    assert_eq!(check.status.code(), Some(1), "{said}");
    assert!(said.contains("claims/meet.yaml"), "{said}");
    assert!(said.contains("bob") && said.contains("carol"), "{said}");
    assert!(
        said.contains("verified") && said.contains("refuted"),
        "{said}"
    );
    assert!(
        !said.contains("claims/kaz.yaml"),
        "kaz has one verdict:\n{said}"
    );
    let json_check = ct_run(
        &alice,
        "alice",
        "2026-11-28T12:00:00Z",
        &["check", "--format", "json"],
    );
    assert!(
        String::from_utf8_lossy(&json_check.stdout).contains("conflicting-verdicts"),
        "{}",
        text(&json_check)
    );

    // Alice settles it on Carol's verdict, which stands.
    let r = ct_run(
        &alice,
        "alice",
        "2026-11-28T12:10:00Z",
        &["mark", "meet", "refuted"],
    );
    assert_eq!(
        r.status.code(),
        Some(2),
        "settling needs a note: {}",
        text(&r)
    );
    ct(
        &alice,
        "alice",
        "2026-11-28T12:10:00Z",
        &[
            "mark",
            "meet",
            "refuted",
            "--note",
            "Tass and the programme agree on one day",
        ],
    );
    ct(&alice, "alice", "2026-11-28T12:11:00Z", &["check"]);
    let shown =
        String::from_utf8(ct(&alice, "alice", "2026-11-28T12:12:00Z", &["show", "meet"]).stdout)
            .unwrap();
    assert!(
        shown.contains("refuted") && shown.contains("They met on one day, not two."),
        "{shown}"
    );
    git_ok(&alice, &["commit", "-qam", "alice: meet settled"]);

    // Bob corrects it to mixed, with a note; Alice reverts the correction.
    git_ok(
        &bob,
        &["pull", "-q", "--no-rebase", "--no-edit", "../alice", "HEAD"],
    );
    let r = ct_run(
        &bob,
        "bob",
        "2026-11-29T09:00:00Z",
        &["mark", "meet", "--rating", "Half True"],
    );
    assert_eq!(
        r.status.code(),
        Some(2),
        "a correction needs a note: {}",
        text(&r)
    );
    evidence_in(&bob, "bob", "2026-11-29T09:00:00Z");
    ct(
        &bob,
        "bob",
        "2026-11-29T09:01:00Z",
        &[
            "mark",
            "meet",
            "--rating",
            "Half True",
            "--conclusion",
            "One day of talks, as announced for two.",
            "--note",
            "the meeting did happen",
        ],
    );
    git_ok(&bob, &["commit", "-qam", "bob: meet corrected"]);
    git_ok(
        &alice,
        &["pull", "-q", "--no-rebase", "--no-edit", "../bob", "HEAD"],
    );
    let report =
        String::from_utf8(ct(&alice, "alice", "2026-11-29T10:00:00Z", &["report"]).stdout).unwrap();
    assert!(report.contains("CORRECTIONS"), "{report}");
    assert!(
        report.contains("refuted → mixed") && report.contains("the meeting did happen"),
        "{report}"
    );
    ct(
        &alice,
        "alice",
        "2026-11-29T10:05:00Z",
        &[
            "revert",
            "meet",
            "--note",
            "a claim of two days is refuted by one",
        ],
    );
    let c = json(
        &String::from_utf8(
            ct(
                &alice,
                "alice",
                "2026-11-29T10:06:00Z",
                &["show", "meet", "--format", "json"],
            )
            .stdout,
        )
        .unwrap(),
    );
    assert_eq!(c["status"], "refuted");
    assert_eq!(c["rating"], "False");
    assert_eq!(c["conclusion"], "They met on one day, not two.");
    ct(&alice, "alice", "2026-11-29T10:07:00Z", &["check"]);
    let log =
        String::from_utf8(ct(&alice, "alice", "2026-11-29T10:07:00Z", &["log", "meet"]).stdout)
            .unwrap();
    for who in [
        "alice  logged",
        "alice  assigned",
        "bob  verified",
        "carol  refuted",
        "alice  settled",
        "bob  corrected",
        "alice  reverted",
    ] {
        assert!(log.contains(who), "{who}:\n{log}");
    }
}

/// Bob adds the evidence a `mixed` verdict will stand on.
fn evidence_in(dir: &Path, user: &str, now: &str) {
    ct(
        dir,
        user,
        now,
        &[
            "evidence",
            "meet",
            "--stance",
            "supports",
            "--summary",
            "Putin and Xi met on 15 September",
            "--url",
            "https://example.org/met",
        ],
    );
}

#[test]
fn a_conclusion_travels_through_claimreview_export_and_import() {
    let t = desk();
    evidence(&t, "meet", "refutes", "Only one day of talks");
    t.run(&[
        "mark",
        "meet",
        "refuted",
        "--conclusion",
        "They met on one day, not two.",
    ])
    .ok();
    let exported = report(&t, "claimreview");
    let other = TestStore::new();
    other.write("reviews.jsonld", &exported);
    other
        .run(&["import", "--format", "claimreview", "reviews.jsonld"])
        .ok();
    let list = json(&other.run(&["list", "--format", "json"]).ok().stdout);
    let imported = &list.as_array().unwrap()[0];
    assert_eq!(imported["status"], "refuted");
    assert_eq!(imported["conclusion"], "They met on one day, not two.");
    other.run(&["check"]).ok();
}
