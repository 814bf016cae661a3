//! `import`: LIAR, spreadsheets and ClaimReview, idempotent and atomic.

use crate::common::{shared, TestStore};

fn claim_count(t: &TestStore) -> usize {
    std::fs::read_dir(t.path("claims")).unwrap().count()
}

const LIAR_ROWS: &str = "2635.json\tfalse\tSays the Annies List political group supports third-trimester abortions on demand.\tabortion\tdwayne-bohac\tState representative\tTexas\trepublican\t0\t1\t0\t0\t0\ta mailer\n\
10540.json\thalf-true\tWhen did the decline of coal start? It started when natural gas took off.\tenergy,history\tscott-surovell\tState delegate\tVirginia\tdemocrat\t0\t0\t1\t1\t0\ta floor speech.\n\
this row is cut short\n\
324.json\tmostly-true\tHillary Clinton agrees with John McCain \"by voting to give George Bush the benefit of the doubt on Iran.\"\tforeign-policy\tbarack-obama\tPresident\tIllinois\tdemocrat\t70\t71\t160\t163\t9\tDenver\n";

#[test]
fn liar_rows_become_claims_with_verdicts_and_bad_rows_are_named_by_line() {
    let t = TestStore::new();
    t.write("liar.tsv", LIAR_ROWS);
    let run = t.run(&["import", "--format", "liar", "liar.tsv"]).expect(1);
    assert!(run.stderr.contains("liar.tsv:3: skipped"), "{}", run.stderr);
    assert!(run.stdout.contains("imported 3 claims"), "{}", run.stdout);
    let claim = t.read("claims/liar-10540.yaml");
    assert!(claim.contains("status: mixed"), "{claim}");
    assert!(claim.contains("rating: half-true"), "{claim}");
    assert!(claim.contains("speaker: Scott Surovell"), "{claim}");
    assert!(
        claim.contains("summary: PolitiFact rated this half-true"),
        "{claim}"
    );
    assert!(claim.contains("Context: a floor speech."), "{claim}");
    assert!(t.read("claims/liar-2635.yaml").contains("status: refuted"));
    assert!(t.read("claims/liar-324.yaml").contains("status: verified"));
    // The file itself is the source, so every quote is found by check.
    assert_eq!(t.read("sources/liar-liar/r1.txt"), LIAR_ROWS);
    t.run(&["check"]).ok();
    t.run(&["show", "liar-324"]).ok();
}

#[test]
fn importing_twice_adds_nothing() {
    let t = TestStore::new();
    t.write("liar.tsv", LIAR_ROWS);
    t.run(&["import", "--format", "liar", "liar.tsv"]).expect(1);
    let before = t.snapshot();
    let again = t.run(&["import", "--format", "liar", "liar.tsv"]).expect(1);
    assert!(
        again.stdout.contains("imported 0 claims"),
        "{}",
        again.stdout
    );
    assert!(
        again.stdout.contains("3 already in the store"),
        "{}",
        again.stdout
    );
    assert_eq!(t.snapshot(), before);
}

#[test]
fn an_import_failing_half_way_leaves_the_store_as_it_was() {
    let t = TestStore::new();
    t.write("liar.tsv", LIAR_ROWS);
    let before = t.snapshot();
    let run = t
        .command()
        .args(["import", "--format", "liar", "liar.tsv"])
        .env("CLAIMTRACK_TEST_FAIL_IMPORT_AFTER", "3")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("simulated failure"));
    assert_eq!(t.snapshot(), before);
    let leftovers: Vec<_> = std::fs::read_dir(t.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("import"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    t.run(&["import", "--format", "liar", "liar.tsv"]).expect(1);
    assert_eq!(claim_count(&t), 3);
}

#[test]
fn the_three_liar_files_import_completely() {
    let Some(dir) = shared("corpus/liar") else {
        return;
    };
    let t = TestStore::new();
    for (file, rows) in [
        ("train.tsv", 10_269),
        ("valid.tsv", 1_284),
        ("test.tsv", 1_283),
    ] {
        let path = dir.join(file);
        let run = t
            .run(&["import", "--format", "liar", path.to_str().unwrap()])
            .ok();
        assert!(
            run.stdout.contains(&format!("imported {rows} claims")),
            "{}",
            run.stdout
        );
    }
    assert_eq!(claim_count(&t), 12_836);
    let again = t
        .run(&[
            "import",
            "--format",
            "liar",
            dir.join("valid.tsv").to_str().unwrap(),
        ])
        .ok();
    assert!(
        again.stdout.contains("1284 already in the store"),
        "{}",
        again.stdout
    );
    assert_eq!(claim_count(&t), 12_836);
}

#[test]
fn a_sheet_imports_with_default_columns_and_maps() {
    let t = TestStore::new();
    t.write(
        "desk.csv",
        "Claim text,Speaker,Verdict,Topics,Link,Desk\n\
         \"The bridge cost \"\"twice\"\" the budget\",Ann Lee,False,\"roads, money\",https://example.org/bridge,x\n\
         Turnout was the highest since 1990,,,,,y\n\
         Crime fell by half,Bob,verifed,,,z\n",
    );
    let run = t
        .run(&[
            "import",
            "--format",
            "csv",
            "desk.csv",
            "--map",
            "Claim text=statement",
            "--map",
            "Desk=-",
        ])
        .expect(1);
    assert!(
        run.stderr.contains("desk.csv:4: skipped: status `verifed`"),
        "{}",
        run.stderr
    );
    let claim = t.read("claims/bridge-cost-twice-budget.yaml");
    assert!(claim.contains("status: refuted"), "{claim}");
    assert!(claim.contains("url: https://example.org/bridge"), "{claim}");
    assert!(t
        .read("claims/turnout-highest-since-1990.yaml")
        .contains("status: unverified"));
    t.run(&["check"]).ok();
    let bad = t
        .run(&[
            "import",
            "--format",
            "csv",
            "desk.csv",
            "--map",
            "Nope=statement",
        ])
        .expect(2);
    assert!(bad.stderr.contains("no column `Nope`"), "{}", bad.stderr);
}

#[test]
fn claimreview_in_the_shape_the_export_writes_keeps_its_rating() {
    let t = TestStore::new();
    t.write(
        "reviews.json",
        r#"[{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"Xi will visit Kazakhstan first","datePublished":"2022-09-14","url":"https://checks.example/claims/xi",
  "author":{"@type":"Organization","name":"Example Checks"},
  "reviewRating":{"@type":"Rating","ratingValue":5,"bestRating":5,"worstRating":1,"alternateName":"Correct"},
  "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Russian media"},"datePublished":"2022-09-07","appearance":{"url":"https://example.org/a"}}},
 {"@type":"ClaimReview","claimReviewed":"The summit moved to Tashkent","url":"https://checks.example/claims/t",
  "reviewRating":{"ratingValue":"1","alternateName":"refuted"}}]"#,
    );
    t.run(&["import", "--format", "claimreview", "reviews.json"])
        .ok();
    let xi = t.read("claims/xi-visit-kazakhstan-first.yaml");
    assert!(xi.contains("status: verified"), "{xi}");
    assert!(xi.contains("rating: Correct"), "{xi}");
    assert!(xi.contains("speaker: Russian media"), "{xi}");
    assert!(xi.contains("claimed: 2022-09-07"), "{xi}");
    let t2 = t.read("claims/summit-moved-tashkent.yaml");
    assert!(t2.contains("status: refuted"), "{t2}");
    assert!(t2.contains("rating: null"), "{t2}");
    t.run(&["check"]).ok();
    t.write("bad.json", "{\"@type\": \"ClaimReview\",");
    let bad = t
        .run(&["import", "--format", "claimreview", "bad.json"])
        .expect(2);
    assert!(bad.stderr.contains("bad.json: line 1"), "{}", bad.stderr);
}

#[test]
fn the_real_claimreview_records_import_or_are_refused_with_a_reason() {
    let Some(file) = shared("corpus/claimreview/claimreview-samples.jsonl") else {
        return;
    };
    let t = TestStore::new();
    let text = std::fs::read_to_string(file).unwrap();
    let mut imported = 0;
    for (i, line) in text.lines().enumerate() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let name = format!("record-{i}.json");
        t.write(
            &name,
            &serde_json::to_string_pretty(&record["claimreview"]).unwrap(),
        );
        let run = t.run(&["import", "--format", "claimreview", &name]);
        assert!(
            matches!(run.code, 0..=2) && !run.stderr.contains("panicked"),
            "{name}: {} {}",
            run.code,
            run.stderr
        );
        if run.code == 0 {
            imported += 1;
        } else {
            assert!(run.stderr.contains(&name), "{name}: {}", run.stderr);
        }
    }
    assert_eq!(imported, 65);
    t.run(&["check"]).ok();
}
