//! The fast YAML reader against the general parser: whatever the fast reader
//! accepts, the general parser reads as the same value (and the same claim).

use std::path::{Path, PathBuf};

use claimtrack::model::Claim;
use claimtrack::yaml;

use crate::common::{shared, TestStore, ARTICLE};

/// Fails the test when the fast reader and the general parser disagree on `text`.
fn agree(what: &str, text: &str) -> bool {
    let Some(fast) = yaml::fast::parse(text) else {
        return false;
    };
    let general: serde_json::Value = yaml::from_str_general(text).unwrap_or_else(|e| {
        panic!("{what}: the fast reader read it, the general parser refused: {e:?}")
    });
    assert_eq!(fast, general, "{what}");
    let a = yaml::fast::from_value::<Claim>(fast);
    let b = yaml::from_str_general::<Claim>(text).ok();
    match (&a, &b) {
        (Some(a), Some(b)) => assert_eq!(a, b, "{what}"),
        (Some(_), None) => {
            panic!("{what}: the fast reader gives a claim, the general parser does not")
        }
        _ => {}
    }
    true
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// A store worked through most commands, so that its claim files hold every
/// kind of field and revision the program writes.
fn worked_store() -> TestStore {
    let t = TestStore::with_article();
    let add = |id: &str, statement: &str, quote: &str, extra: &[&str]| {
        let mut args = vec![
            "add", statement, "--source", "article", "--quote", quote, "--id", id,
        ];
        args.extend_from_slice(extra);
        t.run(&args).ok();
    };
    add(
        "meet",
        "Putin and Xi will meet: on \"15\" & 16 September — it's #1",
        "the two presidents will meet during the SCO summit",
        &[
            "--speaker",
            "Andrei Denisov",
            "--role",
            "Ambassador",
            "--via",
            "Tass",
            "--tag",
            "no",
            "--tag",
            "12:30",
            "--claimed",
            "2022-09-07",
        ],
    );
    add(
        "kz",
        "yes",
        "Xi intends to visit Kazakhstan",
        &[
            "--kind",
            "reported",
            "--speaker",
            "Russian media",
            "--hedge",
            "these allegations have not been substantiated",
        ],
    );
    add(
        "mao",
        "Null",
        "I have nothing to contribute",
        &["--kind", "direct-quote", "--speaker", "Mao Ning"],
    );
    t.run(&[
        "evidence",
        "meet",
        "--stance",
        "supports",
        "--summary",
        "Two\nlines: of [text] {x}",
        "--url",
        "https://e.example/?a=1&b=2",
    ])
    .ok();
    t.run(&[
        "verify",
        "meet",
        "--summary",
        "Confirmed",
        "--url",
        "https://e.example/v",
        "--rating",
        "True",
        "--note",
        "line one\n\nline three\n",
    ])
    .ok();
    t.run(&[
        "refute",
        "kz",
        "--summary",
        "No visit",
        "--url",
        "https://e.example/r",
    ])
    .ok();
    t.run(&["mark", "kz", "mixed", "--note", "a correction: 'partly'"])
        .ok();
    t.run(&[
        "respond",
        "mao",
        "--party",
        "MFA",
        "--kind",
        "non-denial",
        "--quote",
        "On your question, I have nothing to contribute.",
        "--date",
        "2022-09-07",
    ])
    .ok();
    t.run(&["assign", "mao", "--to", "on"]).expect_any();
    t.run(&[
        "edit",
        "mao",
        "--statement",
        "  leading and trailing  ",
        "--untag",
        "x",
    ])
    .expect_any();
    t.write("v2.txt", &format!("A new headline\n\n{ARTICLE}"));
    t.run(&["source", "update", "article", "v2.txt"])
        .expect_any();
    t
}

trait ExpectAny {
    fn expect_any(self);
}

impl ExpectAny for crate::common::Run {
    fn expect_any(self) {
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
    }
}

#[test]
fn the_fast_reader_agrees_with_the_general_parser() {
    let mut read = 0;
    // The claim and source files the program writes.
    let t = worked_store();
    for dir in ["claims", "sources/article"] {
        for path in files_in(&t.path(dir)) {
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    agree(&path.display().to_string(), &text),
                    "{} is not read by the fast reader:\n{text}",
                    path.display()
                );
                read += 1;
            }
        }
    }
    // The example store of the project, and the fuzzers' seeds.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for path in files_in(&root.join("claims")).into_iter().chain(
        files_in(&root.join("fuzz/seeds"))
            .into_iter()
            .flat_map(|d| files_in(&d)),
    ) {
        if let Ok(text) = std::fs::read_to_string(&path) {
            read += usize::from(agree(&path.display().to_string(), &text));
        }
    }
    assert!(read >= 10, "only {read} files were read by the fast reader");
    // Every input of the YAML test suite.
    if let Some(cases) = shared("corpus/yaml-test-suite/cases") {
        let mut n = 0;
        for case in files_in(&cases) {
            if let Ok(text) = std::fs::read_to_string(case.join("in.yaml")) {
                agree(&case.display().to_string(), &text);
                n += 1;
            }
        }
        assert!(n > 300, "only {n} cases");
    }
}
