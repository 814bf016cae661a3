//! The claim ledger: store, sources, claims, verdicts, history and check.

use crate::common::TestStore;

#[test]
fn add_verify_and_log_record_every_change() {
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
        "--id",
        "xi-kazakhstan",
    ])
    .ok();
    t.run(&[
        "verify",
        "xi-kazakhstan",
        "--summary",
        "Xi arrived on 14 September",
        "--url",
        "https://example.org/a",
    ])
    .ok();
    let log = t.run(&["log", "xi-kazakhstan"]).ok();
    assert!(
        log.stdout.contains("status: unverified → verified"),
        "{}",
        log.stdout
    );
    t.run(&["check"]).ok();
}
