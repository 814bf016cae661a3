//! `search` and the index behind it; "already checked?" where claims come in.

use crate::common::{shared, TestStore};

fn ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

fn search(t: &TestStore, query: &str) -> Vec<String> {
    ids(&t.run(&["search", "--format", "json", query]).ok().stdout)
}

/// A store with three claims from the test article.
fn three_claims() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Xi intends to visit Kazakhstan before the summit",
        "--source",
        "article",
        "--quote",
        "Xi intends to visit Kazakhstan before the meeting",
        "--id",
        "xi-kazakhstan",
        "--no-similar",
    ])
    .ok();
    t.run(&[
        "add",
        "Putin and Xi will meet at the SCO summit in Samarkand",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet during the SCO summit in Samarkand",
        "--id",
        "meet-samarkand",
        "--tag",
        "summit",
        "--no-similar",
    ])
    .ok();
    t.run(&[
        "add",
        "China's foreign ministry declined to comment",
        "--source",
        "article",
        "--quote",
        "I have nothing to contribute",
        "--id",
        "no-comment",
        "--no-similar",
    ])
    .ok();
    t
}

#[test]
fn the_claim_saying_the_same_thing_comes_first_in_text_and_json() {
    let t = three_claims();
    assert_eq!(search(&t, "Will Xi VISIT kazakhstan?")[0], "xi-kazakhstan");
    assert_eq!(search(&t, "samarkand meetings")[0], "meet-samarkand");
    let json = t
        .run(&["search", "--format", "json", "--limit", "1", "kazakhstan"])
        .ok()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["status"], "unverified");
    assert!(v[0]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(
        v[0]["statement"],
        "Xi intends to visit Kazakhstan before the summit"
    );
    let text = t.run(&["search", "kazakhstan"]).ok().stdout;
    assert!(text.starts_with("ID"), "{text}");
    assert!(
        text.contains("xi-kazakhstan") && text.contains("unverified"),
        "{text}"
    );
    let none = t.run(&["search", "zebra"]).ok().stdout;
    assert_eq!(none.trim(), "no claims match");
    // Filters.
    assert_eq!(
        ids(&t
            .run(&["search", "--format", "json", "--tag", "summit", "xi"])
            .ok()
            .stdout),
        vec!["meet-samarkand"]
    );
    assert!(ids(&t
        .run(&["search", "--format", "json", "--status", "verified", "xi"])
        .ok()
        .stdout)
    .is_empty());
}

#[test]
fn a_query_from_a_file_or_stdin() {
    let t = three_claims();
    t.write(
        "tweet.txt",
        "Xi is off to Kazakhstan! @someone https://t.co/abc",
    );
    let out = t
        .run(&["search", "--format", "json", "--file", "tweet.txt"])
        .ok()
        .stdout;
    assert_eq!(ids(&out)[0], "xi-kazakhstan");
    let out = t
        .run_stdin(&["search", "--format", "json", "-"], "samarkand summit")
        .ok()
        .stdout;
    assert_eq!(ids(&out)[0], "meet-samarkand");
}

#[test]
fn an_empty_query_is_refused_and_a_huge_one_answered() {
    let t = three_claims();
    let run = t.run(&["search", "  \t "]).expect(2);
    assert!(run.stderr.contains("the query is empty"), "{}", run.stderr);
    t.write("empty.txt", "\n\n");
    t.run(&["search", "--file", "empty.txt"]).expect(2);
    // A megabyte of text: answered, its first 2,000 different words looked for.
    let mut big = String::new();
    let mut i = 0u64;
    while big.len() < (1 << 20) - 64 {
        big.push_str(&format!("w{i} "));
        i += 1;
    }
    big.insert_str(0, "kazakhstan ");
    t.write("big.txt", &big);
    let run = t
        .run(&["search", "--format", "json", "--file", "big.txt"])
        .ok();
    assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
    assert!(
        run.stderr.contains("the first 2000 were looked for"),
        "{}",
        run.stderr
    );
    big.push_str(&"x".repeat(1 << 20));
    t.write("big.txt", &big);
    t.run(&["search", "--file", "big.txt"]).expect(2);
}

#[test]
fn a_claim_changed_by_a_command_or_by_hand_is_found_under_its_new_wording() {
    let t = three_claims();
    assert_eq!(search(&t, "kazakhstan")[0], "xi-kazakhstan");
    assert!(t.path(".claimtrack-search.idx").exists());
    t.run(&[
        "edit",
        "xi-kazakhstan",
        "--statement",
        "Xi intends to travel to Astana before the meeting",
    ])
    .ok();
    assert_eq!(search(&t, "astana")[0], "xi-kazakhstan");
    assert!(!search(&t, "summit").contains(&"xi-kazakhstan".to_string()));
    // By hand, as an editor or `git pull` would.
    let file = t.read("claims/no-comment.yaml");
    t.write(
        "claims/no-comment.yaml",
        &file.replacen(
            "statement: China's foreign ministry declined to comment",
            "statement: The ministry spokeswoman Mao Ning declined to comment",
            1,
        ),
    );
    assert_eq!(search(&t, "spokeswoman")[0], "no-comment");
    // Removed claims are gone from the results.
    std::fs::remove_file(t.path("claims/meet-samarkand.yaml")).unwrap();
    assert!(search(&t, "samarkand").is_empty());
}

#[test]
fn a_damaged_or_foreign_index_is_built_again_with_a_note() {
    let t = three_claims();
    search(&t, "kazakhstan");
    for junk in [&b"garbage"[..], b"", &[0u8; 4096]] {
        std::fs::write(t.path(".claimtrack-search.idx"), junk).unwrap();
        let run = t.run(&["search", "--format", "json", "kazakhstan"]).ok();
        assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
        if !junk.is_empty() {
            assert!(run.stderr.contains("built again"), "{}", run.stderr);
        }
    }
    // Flip a byte of a real index's head (a claim file's name there): the
    // checksum catches it. (A byte of the postings or of a claim's details
    // is caught when it is read, below and in `search::disk`.)
    let mut bytes = std::fs::read(t.path(".claimtrack-search.idx")).unwrap();
    let mid = bytes.windows(10).position(|w| w == b"kazakhstan").unwrap();
    bytes[mid] ^= 0xff;
    std::fs::write(t.path(".claimtrack-search.idx"), &bytes).unwrap();
    let run = t.run(&["search", "--format", "json", "kazakhstan"]).ok();
    assert!(run.stderr.contains("built again"), "{}", run.stderr);
    assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
    // A byte of a shown claim's details (read only for the claims shown,
    // each with a checksum of its own): caught when they are read. (The
    // claim files must have settled first: a file changed in the last two
    // seconds is read again by every search, not taken from the index.)
    std::thread::sleep(std::time::Duration::from_millis(2200));
    let _ = std::fs::remove_file(t.path(".claimtrack-search.new"));
    std::fs::remove_file(t.path(".claimtrack-search.idx")).unwrap();
    search(&t, "kazakhstan");
    let mut bytes = std::fs::read(t.path(".claimtrack-search.idx")).unwrap();
    let at = bytes
        .windows(13)
        .rposition(|w| w == b"xi-kazakhstan")
        .unwrap();
    bytes[at + 3] = b'X';
    std::fs::write(t.path(".claimtrack-search.idx"), &bytes).unwrap();
    let run = t.run(&["search", "--format", "json", "kazakhstan"]).ok();
    assert!(run.stderr.contains("details"), "{}", run.stderr);
    assert!(run.stderr.contains("built again"), "{}", run.stderr);
    assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
    // A damaged overlay too.
    t.run(&[
        "edit",
        "no-comment",
        "--statement",
        "Mao Ning would not comment",
    ])
    .ok();
    std::fs::write(t.path(".claimtrack-search.new"), "{not json").unwrap();
    let run = t.run(&["search", "--format", "json", "mao"]).ok();
    assert_eq!(ids(&run.stdout)[0], "no-comment");
    // Another store's index (copied over): every file's key differs, so
    // every claim is read again and nothing from the other store is shown.
    let other = three_claims();
    other
        .run(&[
            "edit",
            "meet-samarkand",
            "--statement",
            "Leaders gather in Tashkent",
        ])
        .ok();
    search(&other, "tashkent");
    std::fs::copy(
        other.path(".claimtrack-search.idx"),
        t.path(".claimtrack-search.idx"),
    )
    .unwrap();
    let _ = std::fs::copy(
        other.path(".claimtrack-search.new"),
        t.path(".claimtrack-search.new"),
    );
    assert!(search(&t, "tashkent").is_empty());
    assert_eq!(search(&t, "samarkand")[0], "meet-samarkand");
}

#[test]
fn other_scripts_are_searchable() {
    let t = TestStore::new();
    t.write(
        "multi.txt",
        "Путин посетит Казахстан в сентябре.\n\n习近平将访问哈萨克斯坦。\n\nيزور الرئيس كازاخستان الأسبوع المقبل.\n",
    );
    t.run(&[
        "source",
        "add",
        "multi.txt",
        "--id",
        "multi",
        "--title",
        "Multi",
    ])
    .ok();
    for (id, statement) in [
        ("ru", "Путин посетит Казахстан в сентябре."),
        ("zh", "习近平将访问哈萨克斯坦。"),
        ("ar", "يزور الرئيس كازاخستان الأسبوع المقبل."),
    ] {
        t.run(&[
            "add",
            statement,
            "--source",
            "multi",
            "--id",
            id,
            "--no-similar",
        ])
        .ok();
    }
    assert_eq!(search(&t, "ПУТИН")[0], "ru");
    assert_eq!(search(&t, "访问哈萨克斯坦")[0], "zh");
    assert_eq!(search(&t, "كازاخستان")[0], "ar");
}

#[test]
fn checkthat_tweets_find_their_claims_after_import() {
    let Some(dir) = shared("corpus/checkthat-2022-2a") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the corpus is required in CI"
        );
        return;
    };
    let t = TestStore::new();
    let vclaims = dir.join("vclaims.csv");
    let run = t
        .run(&[
            "import",
            "--format",
            "csv",
            vclaims.to_str().unwrap(),
            "--map",
            "vclaim_id=id",
            "--map",
            "vclaim=statement",
            "--map",
            "title=evidence_summary",
            "--map",
            "page_url=evidence_url",
        ])
        .ok();
    assert!(
        run.stdout.contains("imported 14231 claims"),
        "{}",
        run.stdout
    );
    // An id with `_` and an over-long one are kept, under valid names, with
    // the original in the first revision note; the title is kept as evidence.
    let claim = t.read("claims/vclaim-sno-white-house-trump-photo-delete.yaml");
    assert!(
        claim.contains("id there: vclaim-sno-white-house-trump_photo-delete"),
        "{claim}"
    );
    let hero = t.read("claims/vclaim-sno-hero-wombats-australia-fires.yaml");
    assert!(
        hero.contains("Are Wombats Inviting Animals Into Their Burrows"),
        "{hero}"
    );
    // The first ten dev-test tweets: the judged claim is among the first five.
    let queries =
        std::fs::read_to_string(dir.join("CT2022-Task2A-EN-Dev-Test_Queries.tsv")).unwrap();
    let qrels = std::fs::read_to_string(dir.join("CT2022-Task2A-EN-Dev-Test_QRELs.tsv")).unwrap();
    let mut found = 0;
    let mut asked = 0;
    for line in queries.lines().take(10) {
        let (qid, text) = line.split_once('\t').unwrap();
        let Some(gold) = qrels
            .lines()
            .find(|l| l.starts_with(&format!("{qid}\t")))
            .and_then(|l| l.split('\t').nth(2))
        else {
            continue;
        };
        t.write("tweet.txt", text);
        let out = t
            .run(&[
                "search",
                "--format",
                "json",
                "--limit",
                "5",
                "--file",
                "tweet.txt",
            ])
            .ok()
            .stdout;
        asked += 1;
        if ids(&out)
            .iter()
            .any(|i| *i == claimtrack::import::normalize_id(gold))
        {
            found += 1;
        }
    }
    assert!(asked >= 5 && found * 10 >= asked * 7, "{found} of {asked}");
}

#[test]
fn the_index_is_ignored_by_git() {
    let t = TestStore::new();
    assert!(t
        .read(".gitignore")
        .lines()
        .any(|l| l == ".claimtrack-search.*"));
}

#[test]
fn add_names_claims_already_logged_unless_told_not_to() {
    let t = three_claims();
    let run = t
        .run(&[
            "add",
            "Xi intends to visit Kazakhstan before the summit.",
            "--source",
            "article",
            "--quote",
            "Xi intends to visit Kazakhstan",
        ])
        .ok();
    assert!(run.stderr.contains("already logged"), "{}", run.stderr);
    assert!(
        run.stderr.contains("xi-kazakhstan  unverified"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.starts_with("logged "), "{}", run.stdout);
    let run = t
        .run(&[
            "add",
            "Xi intends to visit Kazakhstan, again.",
            "--source",
            "article",
            "--quote",
            "Xi intends to visit Kazakhstan",
            "--no-similar",
        ])
        .ok();
    assert!(!run.stderr.contains("already logged"), "{}", run.stderr);
    // Something new gets no such list.
    let run = t
        .run(&[
            "add",
            "Mao Ning had nothing to contribute.",
            "--source",
            "article",
            "--quote",
            "I have nothing to contribute",
        ])
        .ok();
    assert!(!run.stderr.contains("already logged"), "{}", run.stderr);
}

#[test]
fn extract_marks_candidates_that_repeat_a_logged_claim() {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Russian Ambassador Andrei Denisov said the two presidents will meet during the SCO summit in Samarkand on September 15 and 16",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet during the SCO summit in Samarkand on September 15 and 16",
        "--id",
        "meet-samarkand",
        "--no-similar",
    ])
    .ok();
    let run = t.run(&["extract", "article"]).ok();
    assert!(
        run.stdout
            .contains("already logged as meet-samarkand (unverified)"),
        "{}",
        run.stdout
    );
    let json = t
        .run(&["extract", "article", "--format", "json"])
        .ok()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["repeats"][0]["id"], "meet-samarkand");
    let run = t.run(&["extract", "article", "--no-similar"]).ok();
    assert!(!run.stdout.contains("already logged"), "{}", run.stdout);
}

#[test]
fn a_text_already_stored_is_not_stored_again() {
    let t = TestStore::with_article();
    t.write("copy.txt", crate::common::ARTICLE);
    let before = t.snapshot();
    let run = t
        .run(&["source", "add", "copy.txt", "--id", "copy"])
        .expect(1);
    assert!(
        run.stdout
            .contains("already stored: source article r1 has the same text"),
        "{}",
        run.stdout
    );
    assert!(!t.path("sources/copy").exists());
    assert_eq!(before.len(), t.snapshot().len());
}

#[test]
fn a_command_that_fails_leaves_the_index_as_it_was() {
    let t = three_claims();
    // No index yet: an `add` refused for its id builds none.
    let _ = std::fs::remove_file(t.path(".claimtrack-search.idx"));
    let run = t
        .run(&[
            "add",
            "Xi intends to visit Kazakhstan before the summit.",
            "--source",
            "article",
            "--quote",
            "Xi intends to visit Kazakhstan",
            "--id",
            "xi-kazakhstan",
        ])
        .expect(2);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert!(!t.path(".claimtrack-search.idx").exists());
    assert!(!t.path(".claimtrack-search.new").exists());
    // An index behind a changed claim: the failing `add` writes no overlay,
    // and the next search still finds the new wording.
    search(&t, "kazakhstan");
    let index = std::fs::read(t.path(".claimtrack-search.idx")).unwrap();
    let overlay = std::fs::read(t.path(".claimtrack-search.new")).ok();
    let file = t.read("claims/no-comment.yaml");
    t.write(
        "claims/no-comment.yaml",
        &file.replacen(
            "statement: China's foreign ministry declined to comment",
            "statement: Mao Ning declined to comment",
            1,
        ),
    );
    t.run(&[
        "add",
        "Xi intends to visit Kazakhstan before the summit.",
        "--source",
        "article",
        "--quote",
        "Xi intends to visit Kazakhstan",
        "--id",
        "xi-kazakhstan",
    ])
    .expect(2);
    assert_eq!(
        std::fs::read(t.path(".claimtrack-search.new")).ok(),
        overlay
    );
    assert_eq!(
        std::fs::read(t.path(".claimtrack-search.idx")).unwrap(),
        index
    );
    assert_eq!(search(&t, "mao ning")[0], "no-comment");
    // A successful one stores what its check brought up to date.
    t.run(&[
        "add",
        "Mao Ning spoke for the ministry.",
        "--source",
        "article",
        "--quote",
        "I have nothing to contribute",
    ])
    .ok();
    assert_ne!(
        std::fs::read(t.path(".claimtrack-search.new")).ok(),
        overlay
    );
}

#[test]
fn a_claim_file_that_cannot_be_read_is_named_and_the_search_exits_1() {
    let t = three_claims();
    search(&t, "kazakhstan");
    t.write("claims/broken.yaml", "id: broken\nstatement: [unclosed\n");
    let run = t
        .run(&["search", "--format", "json", "kazakhstan"])
        .expect(1);
    assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
    assert!(
        run.stderr.contains("search skips a claim file") && run.stderr.contains("broken.yaml"),
        "{}",
        run.stderr
    );
    // Named once, also by the search that builds the index from nothing
    // (where a file just written is read again after the build).
    std::fs::remove_file(t.path(".claimtrack-search.idx")).unwrap();
    let run = t
        .run(&["search", "--format", "json", "kazakhstan"])
        .expect(1);
    assert_eq!(
        run.stderr.matches("broken.yaml").count(),
        1,
        "{}",
        run.stderr
    );
    // The other claims' results are still stored and served; fixed, it passes.
    std::fs::remove_file(t.path("claims/broken.yaml")).unwrap();
    let run = t.run(&["search", "--format", "json", "kazakhstan"]).ok();
    assert_eq!(ids(&run.stdout)[0], "xi-kazakhstan");
}

/// The `claims/` folder's modification and change times, in nanoseconds.
#[cfg(unix)]
fn folder_times(t: &TestStore) -> (i64, i64) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(t.path("claims")).unwrap();
    (
        m.mtime() * 1_000_000_000 + m.mtime_nsec(),
        m.ctime() * 1_000_000_000 + m.ctime_nsec(),
    )
}

#[cfg(unix)]
#[test]
fn a_folder_not_listed_again_still_shows_every_claim_changed_in_place() {
    let t = three_claims();
    // Once the folder has not changed for two seconds, the index records it
    // and later searches ask each known file's status instead of listing it.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    assert_eq!(search(&t, "kazakhstan")[0], "xi-kazakhstan");
    assert!(
        t.read(".claimtrack-search.new").contains("\"dir\":{"),
        "{}",
        t.read(".claimtrack-search.new")
    );
    // Written in place by hand, same length: the folder itself is unchanged.
    let folder = folder_times(&t);
    let file = t.read("claims/no-comment.yaml");
    let changed = file.replacen(
        "statement: China's foreign ministry declined",
        "statement: Qatar's foreign ministry declined",
        1,
    );
    assert_eq!(changed.len(), file.len());
    t.write("claims/no-comment.yaml", &changed);
    assert_eq!(folder_times(&t), folder);
    assert_eq!(search(&t, "qatar")[0], "no-comment");
    assert!(!search(&t, "china").contains(&"no-comment".to_string()));
    // Settled in the overlay, then changed in place again.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    assert_eq!(search(&t, "qatar")[0], "no-comment");
    assert!(t.read(".claimtrack-search.new").contains("\"dir\":{"));
    t.write(
        "claims/no-comment.yaml",
        &file.replacen(
            "statement: China's foreign ministry declined",
            "statement: Nepal's foreign ministry declined",
            1,
        ),
    );
    assert_eq!(folder_times(&t), folder);
    assert_eq!(search(&t, "nepal")[0], "no-comment");
    assert!(search(&t, "qatar").is_empty());
    // A claim file added or removed by hand changes the folder: listed again.
    t.write(
        "claims/by-hand.yaml",
        &t.read("claims/xi-kazakhstan.yaml")
            .replace("xi-kazakhstan", "by-hand")
            .replace(
                "Xi intends to visit Kazakhstan before the summit",
                "Zebras crossed the Thames",
            ),
    );
    assert_eq!(search(&t, "zebras")[0], "by-hand");
    std::fs::remove_file(t.path("claims/meet-samarkand.yaml")).unwrap();
    assert!(search(&t, "samarkand").is_empty());
    // And a claim file that cannot be read is named on every search.
    t.write("claims/broken.yaml", "id: broken\nstatement: [unclosed\n");
    std::thread::sleep(std::time::Duration::from_millis(2200));
    for _ in 0..2 {
        let run = t.run(&["search", "--format", "json", "zebras"]).expect(1);
        assert!(run.stderr.contains("broken.yaml"), "{}", run.stderr);
    }
}
