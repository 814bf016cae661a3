//! `claimtrack extract`: proposed claims, their attribution and dates, `--write`, and bad input.

use serde_json::Value;

use crate::common::{shared, TestStore};

const SEED: &str = "seed/putin-xi-samarkand-2022-09-07.txt";

/// The JSON report of `extract` on source `id`.
fn report(t: &TestStore, id: &str, extra: &[&str]) -> Value {
    let mut args = vec!["extract", id, "--format", "json"];
    args.extend_from_slice(extra);
    let run = t.run(&args).ok();
    serde_json::from_str(&run.stdout).unwrap()
}

fn candidates(v: &Value) -> Vec<&Value> {
    v["candidates"].as_array().unwrap().iter().collect()
}

fn find<'a>(v: &'a Value, words: &str) -> &'a Value {
    candidates(v)
        .into_iter()
        .find(|c| c["quote"].as_str().unwrap().contains(words))
        .unwrap_or_else(|| panic!("no candidate with {words:?} in {v:#}"))
}

fn seed_store() -> Option<TestStore> {
    let seed = shared(SEED)?;
    let t = TestStore::new();
    t.write("seed.txt", &std::fs::read_to_string(seed).unwrap());
    t.run(&[
        "source",
        "add",
        "seed.txt",
        "--id",
        "putin-xi",
        "--published",
        "2022-09-07",
    ])
    .ok();
    Some(t)
}

#[test]
fn seed_article_claims_are_attributed_hedged_and_dated() {
    let Some(t) = seed_store() else { return };
    let v = report(&t, "putin-xi", &[]);

    let informed = find(&v, "Andrei Denisov informed reporters");
    assert_eq!(informed["speaker"], "Andrei Denisov");
    assert_eq!(informed["role"], "Russian Ambassador to China");
    assert_eq!(informed["kind"], "paraphrase");
    assert_eq!(informed["check_after"], "2022-09-16");

    let quoted = find(&v, "Another gathering of our heads of state");
    assert_eq!(quoted["speaker"], "Andrei Denisov");
    assert_eq!(quoted["via"], serde_json::json!(["Tass"]));
    assert_eq!(quoted["kind"], "direct-quote");

    let kazakhstan = find(&v, "Xi intends to visit Kazakhstan");
    assert_eq!(kazakhstan["kind"], "reported");
    assert_eq!(kazakhstan["speaker"], "Russian media");
    let hedge = kazakhstan["hedge"].as_str().unwrap();
    assert!(hedge.contains("have not been substantiated"), "{hedge}");
    let responses = kazakhstan["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 1, "{responses:?}");
    assert!(responses[0]["party"]
        .as_str()
        .unwrap()
        .starts_with("Mao Ning"));
    assert_eq!(responses[0]["kind"], "non-denial");
    assert_eq!(
        responses[0]["quote"],
        "On your question, I have nothing to contribute."
    );
    // The answer is a response, not a claim of its own.
    assert!(candidates(&v).iter().all(|c| !c["quote"]
        .as_str()
        .unwrap()
        .contains("nothing to contribute")));

    let met = find(&v, "last got together in February");
    assert_eq!(met["kind"], "outlet");
    assert_eq!(met["speaker"], Value::Null);
    assert_eq!(met["dates"][0]["from"], "2022-02-01");

    let official = find(&v, "the following week");
    let week = official["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "the following week")
        .unwrap();
    assert_eq!(week["from"], "2022-09-12");
    assert_eq!(week["to"], "2022-09-18");
    assert_eq!(official["check_after"], "2022-09-18");
    assert_eq!(official["claimed"], "2022-09-07");
}

#[test]
fn seed_article_write_logs_once_and_skips_what_is_logged() {
    let Some(t) = seed_store() else { return };
    t.run(&[
        "add",
        "Xi intends to visit Kazakhstan before the summit",
        "--source",
        "putin-xi",
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
    let first = t.run(&["extract", "putin-xi", "--write"]).ok();
    assert!(
        first
            .stdout
            .contains("skipped #8: already logged as xi-kazakhstan"),
        "{}",
        first.stdout
    );
    assert!(first
        .stdout
        .contains("recorded a non-denial response on xi-kazakhstan"));
    let logged = std::fs::read_dir(t.path("claims")).unwrap().count();
    assert!(logged >= 6, "{logged} claims");
    let kazakhstan = t.read("claims/xi-kazakhstan.yaml");
    assert!(kazakhstan.contains("kind: non-denial"), "{kazakhstan}");
    assert!(kazakhstan.contains("action: response"));

    // The Denisov quotation, logged with its attribution in revision 1.
    let list = t.run(&["list", "--speaker", "Tass"]).ok();
    let id = list
        .stdout
        .lines()
        .find(|l| l.starts_with("another-gathering"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    let claim = t.read(&format!("claims/{id}.yaml"));
    assert!(claim.contains("kind: direct-quote"), "{claim}");
    assert!(claim.contains("- Tass"), "{claim}");
    assert!(claim.contains("action: logged"));
    assert!(claim.contains("check_after: 2022-09-17"), "{claim}");

    // Again: nothing new.
    let second = t.run(&["extract", "putin-xi", "--write"]).ok();
    assert!(
        second.stdout.contains("wrote 0 claim(s)"),
        "{}",
        second.stdout
    );
    assert_eq!(std::fs::read_dir(t.path("claims")).unwrap().count(), logged);
    t.run(&["check"]).ok();
}

#[test]
fn table_shows_speaker_kind_hedge_and_responses() {
    let t = TestStore::with_article();
    let run = t.run(&["extract", "article"]).ok();
    let out = &run.stdout;
    assert!(out.starts_with("#  "), "{out}");
    assert!(out.contains("SPEAKER") && out.contains("CHECK AFTER"));
    assert!(out.contains("Andrei Denisov"), "{out}");
    assert!(out.contains("Russian media"), "{out}");
    assert!(out.contains("answers #"), "{out}");
    assert!(out.contains("(non-denial)"), "{out}");
    // A high threshold hides them all and says so.
    let run = t.run(&["extract", "article", "--min-score", "1"]).ok();
    assert!(
        run.stdout.contains("candidate(s) at or above 1"),
        "{}",
        run.stdout
    );
    let yaml = t.run(&["extract", "article", "--format", "yaml"]).ok();
    assert!(yaml.stdout.contains("why:"), "{}", yaml.stdout);
}

#[test]
fn bad_arguments_are_refused_and_change_nothing() {
    let t = TestStore::with_article();
    let before = t.snapshot();
    t.run(&["extract", "nope", "--write"]).expect(2);
    t.run(&["extract", "../x"]).expect(2);
    t.run(&["extract", "article", "--min-score", "2"]).expect(2);
    t.run(&["extract", "article", "--min-score", "many"])
        .expect(2);
    let run = t
        .run(&["extract", "article", "--rev", "5", "--write"])
        .expect(2);
    assert!(run.stderr.contains("no revision 5"), "{}", run.stderr);
    assert_eq!(t.snapshot(), before);
}

fn store_with(text: &str, published: Option<&str>) -> TestStore {
    let t = TestStore::new();
    t.write("a.txt", text);
    let mut args = vec!["source", "add", "a.txt", "--id", "a"];
    if let Some(p) = published {
        args.extend(["--published", p]);
    }
    t.run(&args).ok();
    t
}

#[test]
fn an_article_without_words_is_a_clear_error() {
    let t = store_with("\u{2014} \u{2026} \u{2014}\n", None);
    let run = t.run(&["extract", "a", "--write"]).expect(2);
    assert!(
        run.stderr.contains("sources/a/r1.txt: has no words"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn five_megabytes_without_a_sentence_ending_completes() {
    let text =
        "the council said the budget would rise by four percent and ".repeat(5 * 1024 * 1024 / 60);
    let t = store_with(&text, Some("2024-03-14"));
    let run = t.run(&["extract", "a", "--min-score", "0.9"]).ok();
    assert!(
        run.stderr.contains("without a sentence ending"),
        "{}",
        run.stderr
    );
}

#[test]
fn another_script_and_html_remnants_get_a_note() {
    let t = store_with(
        "今天市议会批准了四亿元的预算。市长说，税收将增加百分之五。\n",
        Some("2024-03-14"),
    );
    let run = t.run(&["extract", "a"]).ok();
    assert!(
        run.stderr.contains("not in the Latin script"),
        "{}",
        run.stderr
    );

    let t = store_with(
        "Budget news\n\nThe <b>council</b> said on Monday it would cut 40 jobs.&nbsp;Mayor Karen Holt said taxes would rise by 4% next year.</p>\n",
        Some("2024-03-14"),
    );
    let run = t.run(&["extract", "a", "--format", "json"]).ok();
    assert!(run.stderr.contains("HTML tag(s)"), "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let holt = find(&v, "Karen Holt");
    assert_eq!(holt["speaker"], "Karen Holt");
    assert_eq!(holt["check_after"], "2025-12-31");
}

#[test]
fn relative_dates_need_a_publication_date() {
    let t = TestStore::new();
    t.run_stdin(
        &["source", "add", "-", "--id", "a"],
        "Council Vote\n\nThe council will vote on the $40 million plan next week, officials said.\n",
    )
    .ok();
    let run = t.run(&["extract", "a", "--format", "json"]).ok();
    assert!(run.stderr.contains("no publication date"), "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let c = find(&v, "next week");
    assert_eq!(c["dates"][0]["from"], Value::Null);
    assert_eq!(c["claimed"], Value::Null);
    assert_eq!(c["kind"], "reported");
}

#[test]
fn yaml_with_write_keeps_standard_output_for_tools() {
    let t = TestStore::with_article();
    let run = t
        .run(&["extract", "article", "--format", "yaml", "--write"])
        .ok();
    let v = claimtrack::yaml::to_json_value(&run.stdout).unwrap();
    assert_eq!(v["source"], "article");
    assert!(!v["candidates"].as_array().unwrap().is_empty());
    assert!(run.stderr.contains("logged "), "{}", run.stderr);
    assert!(run.stderr.contains("wrote "), "{}", run.stderr);
    // The claims it wrote pass `check`, and carry the answer they got.
    t.run(&["check"]).ok();
    let list = t.run(&["list", "--speaker", "Russian media"]).ok();
    let id = list
        .stdout
        .lines()
        .nth(1)
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    let claim = t.read(&format!("claims/{id}.yaml"));
    assert!(claim.contains("kind: non-denial"), "{claim}");
    assert!(
        claim.contains(
            "hedge: it has been claimed; these allegations have not been substantiated as of yet"
        ),
        "{claim}"
    );
}

#[test]
fn a_logged_quote_across_two_sentences_covers_the_one_it_mostly_holds() {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "The presidents will meet in Samarkand",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet during the SCO summit in Samarkand on September 15 and 16. It has been claimed",
        "--speaker",
        "Andrei Denisov",
        "--id",
        "across",
    ])
    .ok();
    let run = t.run(&["extract", "article", "--write"]).ok();
    assert!(
        run.stdout.contains("skipped #2: already logged as across"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("from #3"), "{}", run.stdout);
    assert!(
        run.stdout.contains("wrote 1 claim(s), skipped 1"),
        "{}",
        run.stdout
    );
}

/// `--pick` logs only the candidates chosen by number, whatever their score;
/// a number that is no candidate is refused and nothing is written.
#[test]
fn pick_logs_only_the_chosen_candidates() {
    let t = store_with(
        "Riverside City Council approved a $412 million budget on Tuesday.\n\nMayor Karen Holt said the increase would cost the average homeowner about $11 a month.\n\nThe weather was pleasant.\n\nCouncillor Dev Patel said the road cuts would leave 40 miles of streets unrepaired next year.\n",
        Some("2024-03-14"),
    );
    let before = t.snapshot();
    let run = t
        .run(&["extract", "a", "--pick", "2,9", "--write"])
        .expect(2);
    assert!(
        run.stderr.contains("#9 is not a candidate"),
        "{}",
        run.stderr
    );
    t.run(&["extract", "a", "--pick", "two"]).expect(2);
    assert_eq!(t.snapshot(), before);

    // #3 scores under the threshold and is logged because it was picked.
    let shown = report(&t, "a", &["--pick", "2,3"]);
    let numbers: Vec<u64> = candidates(&shown)
        .iter()
        .map(|c| c["sentence"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 3]);
    let run = t.run(&["extract", "a", "--pick", "2,3", "--write"]).ok();
    assert!(run.stdout.contains("wrote 2 claim(s)"), "{}", run.stdout);
    let files: Vec<String> = std::fs::read_dir(t.path("claims"))
        .unwrap()
        .map(|e| {
            t.read(&format!(
                "claims/{}",
                e.unwrap().file_name().to_string_lossy()
            ))
        })
        .collect();
    assert_eq!(files.len(), 2);
    assert!(files.iter().any(|f| f.contains("speaker: Karen Holt")));
    assert!(files.iter().any(|f| f.contains("The weather was pleasant")));
    assert!(!files.iter().any(|f| f.contains("speaker: Dev Patel")));
    // The table says they were picked.
    let table = t.run(&["extract", "a", "--pick", "4"]).ok();
    assert!(
        table.stdout.contains("1 candidate(s) picked"),
        "{}",
        table.stdout
    );
}

/// A claim file of the source that cannot be read may already log a
/// candidate: `--write` logs nothing and names the file.
#[test]
fn write_refuses_when_a_claim_file_of_the_source_cannot_be_read() {
    let t = store_with(
        "Riverside City Council approved a $412 million budget on Tuesday.\n\nMayor Karen Holt said the increase would cost the average homeowner about $11 a month.\n",
        Some("2024-03-14"),
    );
    let run = t.run(&["extract", "a", "--pick", "2", "--write"]).ok();
    let file = run
        .stdout
        .split("claims/")
        .nth(1)
        .and_then(|rest| rest.split(".yaml").next())
        .map(|id| format!("claims/{id}.yaml"))
        .expect("a claim file is named");
    let text = t.read(&file);
    t.write(&file, &text.replacen('\n', "\n\t: x\n", 1));
    // The search index beside the claims is brought up to date by the
    // duplicate lookup (a snapshot leaves it out); the store must not change.
    let before = t.snapshot();
    let run = t.run(&["extract", "a", "--write"]).expect(2);
    assert!(
        run.stderr.contains(&format!("{file}:2:1:")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was logged"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(t.snapshot(), before);
}
