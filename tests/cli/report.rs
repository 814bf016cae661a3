//! The verification report in every format, its filters, exit codes and injection cases.

use crate::common::{golden, Run, TestStore};

const HOSTILE: &str = "<script>alert(1)</script> | # not a heading\n=HYPERLINK(\"http://evil\") [x](javascript:alert(2))";

/// Run at a given time (the clock is otherwise fixed at 2026-11-27T20:00:00Z).
fn run_at(t: &TestStore, now: &str, args: &[&str]) -> Run {
    let out = t
        .command()
        .env("CLAIMTRACK_NOW", now)
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Three claims on the test article: one overdue, one old, one verified;
/// and one with hostile text, verified with withheld evidence.
fn desk() -> TestStore {
    let t = TestStore::with_article();
    t.write(
        "claimtrack.yaml",
        "organization:\n  name: Example Checks\n  url: https://checks.example\nreview_url: https://checks.example/claims/{id}\n",
    );
    let add = |now: &str, args: &[&str]| {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--source", "article"]);
        run_at(&t, now, &all).ok();
    };
    add(
        "2026-10-01T09:00:00Z",
        &[
            "The two presidents will meet in Samarkand",
            "--quote",
            "the two presidents will meet during the SCO summit",
            "--speaker",
            "Andrei Denisov",
            "--via",
            "Tass",
            "--kind",
            "paraphrase",
            "--id",
            "old-meeting",
        ],
    );
    add(
        "2026-11-01T09:00:00Z",
        &[
            "Xi intends to visit Kazakhstan before the summit",
            "--quote",
            "It has been claimed by Russian media that Xi intends to visit Kazakhstan",
            "--speaker",
            "Russian media",
            "--kind",
            "reported",
            "--check-after",
            "2026-11-15",
            "--tag",
            "xi",
            "--id",
            "xi-kazakhstan",
        ],
    );
    add(
        "2026-11-02T09:00:00Z",
        &[
            HOSTILE,
            "--quote",
            "I have nothing to contribute",
            "--speaker",
            "Mao Ning",
            "--kind",
            "direct-quote",
            "--id",
            "hostile",
        ],
    );
    run_at(
        &t,
        "2026-11-24T10:00:00Z",
        &[
            "verify",
            "hostile",
            "--summary",
            "A person in the room | confirmed it",
            "--url",
            "https://secret.example/informant",
            "--note",
            "checked twice",
        ],
    )
    .ok();
    run_at(
        &t,
        "2026-11-24T11:00:00Z",
        &[
            "evidence",
            "hostile",
            "--stance",
            "supports",
            "--summary",
            "An official who asked not to be named",
            "--url",
            "https://withheld.example/person",
            "--withheld",
        ],
    )
    .ok();
    t
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` not in\n{text}"))
}

#[test]
fn text_report_puts_overdue_then_oldest_open_claims_first_and_counts() {
    let t = desk();
    let r = t.run(&["report"]).ok();
    let out = &r.stdout;
    assert!(line_of(out, "xi-kazakhstan  unverified") < line_of(out, "old-meeting  unverified"));
    assert!(out.contains("overdue since 2026-11-15"), "{out}");
    assert!(
        out.contains("Andrei Denisov via Tass (paraphrase)"),
        "{out}"
    );
    assert!(line_of(out, "VERDICTS (1)") > line_of(out, "old-meeting"));
    let counts = &out[out.find("COUNTS BY STATUS").unwrap()..];
    assert!(counts.contains("unverified       2"), "{counts}");
    assert!(counts.contains("verified         1"), "{counts}");
    assert!(out.starts_with(
        "Verification report, 2026-11-27 20:00 UTC\n3 claims selected: 2 open (1 overdue)"
    ));
}

#[test]
fn filters_select_claims() {
    let t = desk();
    let r = t.run(&["report", "--tag", "xi"]).ok();
    assert!(r.stdout.contains("xi-kazakhstan") && !r.stdout.contains("old-meeting"));
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["report", "--format", "csv"];
        all.extend_from_slice(args);
        let r = t.run(&all).ok();
        csv::Reader::from_reader(r.stdout.as_bytes())
            .records()
            .map(|r| r.unwrap()[0].to_string())
            .collect()
    };
    assert_eq!(ids(&["--speaker", "tass"]), ["old-meeting"]);
    assert_eq!(
        ids(&["--status", "verified", "--status", "in-review"]),
        ["hostile"]
    );
    assert_eq!(ids(&["--open"]), ["xi-kazakhstan", "old-meeting"]);
    let r = t.run(&["report", "--source", "nope"]).expect(2);
    assert!(r.stderr.contains("no source `nope`"), "{}", r.stderr);
    let r = t
        .run(&["report", "--tag", "xi", "--status", "refuted"])
        .ok();
    assert!(r.stdout.contains("0 claims selected"), "{}", r.stdout);
    t.run(&["report", "--status", "verifed"]).expect(2);
}

#[test]
fn since_lists_verdicts_and_evidence_with_who_and_when() {
    let t = desk();
    let r = t.run(&["report", "--since", "2026-11-20"]).ok();
    let since = &r.stdout[r.stdout.find("SINCE 2026-11-20").unwrap()..];
    assert!(
        since.contains("alice  hostile  verdict   unverified → verified (note: checked twice)"),
        "{since}"
    );
    assert!(since.contains("evidence  supports: An official"), "{since}");
    assert!(
        !since.contains("logged"),
        "older events are left out: {since}"
    );
    let r = t
        .run(&["report", "--since", "30d", "--format", "json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let kinds: Vec<&str> = v["since"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "logged",
            "logged",
            "verdict-given",
            "evidence-added",
            "evidence-added"
        ]
    );
    let bad = t.run(&["report", "--since", "last tuesday"]).expect(2);
    assert!(
        bad.stderr.contains("not a date or a span"),
        "{}",
        bad.stderr
    );
}

#[test]
fn fail_if_open_gates_and_still_prints_the_report() {
    let t = desk();
    let r = t.run(&["report", "--fail-if-open"]).expect(1);
    assert!(r.stdout.contains("OPEN CLAIMS (2)"));
    assert!(
        r.stderr.contains("2 selected claims are still open"),
        "{}",
        r.stderr
    );
    t.run(&["report", "--fail-if-open", "--status", "verified"])
        .ok();
}

#[test]
fn unreadable_files_are_listed_in_the_report_and_exit_1() {
    let t = desk();
    t.write("claims/broken.yaml", "id: broken\nstatement: [unclosed\n");
    let before = t.snapshot();
    let r = t.run(&["report", "--format", "markdown"]).expect(1);
    assert!(r.stdout.contains("## Unreadable files"), "{}", r.stdout);
    assert!(r.stdout.contains("claims/broken.yaml"), "{}", r.stdout);
    assert!(
        r.stdout.contains("xi-kazakhstan"),
        "readable claims still reported"
    );
    assert!(r.stderr.contains("broken.yaml"));
    let r = t.run(&["report", "--format", "json"]).expect(1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["summary"]["total"], 3);
    assert!(v["unreadable"][0]
        .as_str()
        .unwrap()
        .contains("claims/broken.yaml"));
    assert_eq!(before, t.snapshot(), "a report changes nothing");
    t.write("claimtrack.yaml", "organisation: misspelt\n");
    let r = t.run(&["report", "--format", "claimreview"]).expect(1);
    assert!(r.stderr.contains("claimtrack.yaml:1:1"), "{}", r.stderr);
    assert!(r.stderr.contains("no `organization`"), "{}", r.stderr);
}

#[test]
fn output_writes_the_file_atomically_and_prints_nothing() {
    let t = desk();
    let target = t.path("out/report.html");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::write(&target, "old").unwrap();
    let r = t
        .run(&["report", "--format", "html", "--output", "out/report.html"])
        .ok();
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("wrote out/report.html"));
    assert!(t.read("out/report.html").starts_with("<!DOCTYPE html>"));
    let names: Vec<_> = std::fs::read_dir(t.path("out"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left beside it");
    let r = t
        .run(&["report", "--output", "no/such/dir/r.txt"])
        .expect(2);
    assert!(r.stderr.contains("no/such/dir"), "{}", r.stderr);
}

#[test]
fn markdown_tables_survive_hostile_text() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let t = desk();
    run_at(
        &t,
        "2026-11-25T00:00:00Z",
        &["mark", "hostile", "in-review"],
    )
    .ok();
    let r = t.run(&["report", "--format", "markdown"]).ok();
    let md = &r.stdout;
    let mut rows = 0;
    let mut cells_per_row = Vec::new();
    let mut cells = 0;
    let mut in_open_table = false;
    let mut text = String::new();
    let mut all = String::new();
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML got through: {h}\n{md}"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(dest_url.starts_with("https://"), "link to {dest_url}")
            }
            Event::Start(Tag::Heading { .. }) => text.clear(),
            Event::End(TagEnd::Heading(_)) => in_open_table = text.starts_with("Open claims"),
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => cells = 0,
            Event::End(TagEnd::TableCell) => cells += 1,
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) if in_open_table => {
                rows += 1;
                cells_per_row.push(cells);
            }
            Event::Text(s) => {
                text.push_str(&s);
                all.push_str(&s);
            }
            _ => {}
        }
    }
    assert_eq!(rows, 4, "a header and three open claims\n{md}");
    assert!(
        cells_per_row.iter().all(|&n| n == 6),
        "{cells_per_row:?}\n{md}"
    );
    let flat = HOSTILE.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        all.contains(&flat),
        "the hostile statement shows as written\n{all}"
    );
}

#[test]
fn csv_is_rfc4180_and_neutralises_formulas() {
    let t = desk();
    let r = t.run(&["report", "--format", "csv"]).ok();
    assert!(r.stdout.contains("\r\n"));
    let mut reader = csv::Reader::from_reader(r.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..4], ["id", "status", "rating", "statement"]);
    assert_eq!(header.len(), 18);
    assert_eq!(
        header[14..],
        ["conclusion", "assignee", "due", "corrections"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let hostile = rows.iter().find(|r| &r[0] == "hostile").unwrap();
    assert_eq!(&hostile[3], HOSTILE, "the text survives quoting intact");
    assert_eq!(&hostile[12], "2");
    t.run(&[
        "edit",
        "old-meeting",
        "--statement",
        "=1+2",
        "--speaker",
        "@cmd",
    ])
    .ok();
    let r = t.run(&["report", "--format", "csv"]).ok();
    let mut reader = csv::Reader::from_reader(r.stdout.as_bytes());
    let row = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[0] == "old-meeting")
        .unwrap();
    assert_eq!(&row[3], "'=1+2");
    assert_eq!(&row[4], "'@cmd");
}

#[test]
fn json_has_every_field_in_a_stable_order_and_withholds_sources() {
    let t = desk();
    let r = t.run(&["report", "--format", "json"]).ok();
    assert!(
        !r.stdout.contains("withheld.example"),
        "withheld source leaked"
    );
    assert!(
        r.stdout.contains("secret.example"),
        "ordinary evidence kept"
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let top: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        top,
        [
            "schema",
            "generated",
            "summary",
            "claims",
            "since",
            "quote_drift",
            "corrections",
            "unreadable"
        ]
    );
    let c = &v["claims"][0];
    let keys: Vec<&String> = c.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "id",
            "statement",
            "status",
            "open",
            "rating",
            "conclusion",
            "assignee",
            "due",
            "source",
            "attribution",
            "hedge",
            "claimed",
            "check_after",
            "overdue",
            "age_days",
            "logged",
            "last_change",
            "verdict_given",
            "verdict_by",
            "tags",
            "evidence",
            "responses",
            "history"
        ]
    );
    assert_eq!(c["id"], "xi-kazakhstan");
    assert_eq!(c["overdue"], true);
    assert_eq!(v["summary"]["by_status"]["unverified"], 2);
    let hostile = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "hostile")
        .unwrap();
    assert_eq!(hostile["statement"], HOSTILE);
    assert_eq!(hostile["evidence"][1]["withheld"], true);
    assert!(hostile["evidence"][1]["url"].is_null());
    assert_eq!(hostile["history"].as_array().unwrap().len(), 3);
    let again = t.run(&["report", "--format", "json"]).ok();
    assert_eq!(
        r.stdout, again.stdout,
        "the same store gives the same bytes"
    );
}

#[test]
fn claimreview_fills_googles_fields_and_warns_where_it_cannot() {
    let t = desk();
    run_at(
        &t,
        "2026-11-25T00:00:00Z",
        &["mark", "xi-kazakhstan", "mixed", "--rating", "Half true"],
    )
    .expect(2);
    run_at(
        &t,
        "2026-11-25T00:00:00Z",
        &[
            "refute",
            "old-meeting",
            "--summary",
            "No meeting",
            "--url",
            "https://example.org/no",
            "--rating",
            "Pants on Fire",
        ],
    )
    .ok();
    let r = t.run(&["report", "--format", "claimreview"]).ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 2, "only claims with a verdict");
    for cr in list {
        assert_eq!(cr["@type"], "ClaimReview");
        assert_eq!(cr["@context"], "https://schema.org");
        for field in [
            "url",
            "claimReviewed",
            "datePublished",
            "author",
            "reviewRating",
            "itemReviewed",
        ] {
            assert!(!cr[field].is_null(), "{field} missing in {cr}");
        }
        assert_eq!(cr["author"]["name"], "Example Checks");
        assert!(!cr["reviewRating"]["alternateName"].is_null());
        assert_eq!(cr["itemReviewed"]["@type"], "Claim");
    }
    let refuted = list
        .iter()
        .find(|c| c["url"] == "https://checks.example/claims/old-meeting")
        .unwrap();
    assert_eq!(refuted["reviewRating"]["ratingValue"], 1);
    assert_eq!(refuted["reviewRating"]["bestRating"], 5);
    assert_eq!(refuted["reviewRating"]["worstRating"], 1);
    assert_eq!(refuted["reviewRating"]["alternateName"], "Pants on Fire");
    assert_eq!(refuted["datePublished"], "2026-11-25");
    assert_eq!(refuted["itemReviewed"]["author"]["name"], "Andrei Denisov");
    assert!(
        r.stderr.contains("claim `hostile`: claimReviewed is"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("claim `old-meeting`"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("source `article` has no url, so 2 reviews have no itemReviewed.appearance"),
        "{}",
        r.stderr
    );

    std::fs::remove_file(t.path("claimtrack.yaml")).unwrap();
    let r = t.run(&["report", "--format", "claimreview"]).ok();
    assert!(r.stderr.contains("no `organization`"), "{}", r.stderr);
    assert!(r.stderr.contains("no `review_url`"), "{}", r.stderr);
}

#[test]
fn completions_and_man_page_come_from_the_same_definitions() {
    let t = TestStore::new();
    let r = t.run(&["completions", "bash"]).ok();
    assert!(r.stdout.contains("claimtrack") && r.stdout.contains("report"));
    assert!(r.stdout.contains("--fail-if-open"));
    let r = t.run(&["completions", "zsh"]).ok();
    assert!(r.stdout.starts_with("#compdef claimtrack"));
    let r = t.run(&["man"]).ok();
    assert!(
        r.stdout.contains(".TH claimtrack 1"),
        "{}",
        &r.stdout[..200]
    );
    assert!(r.stdout.contains("report"));
    let r = t.run(&["man", "report"]).ok();
    assert!(
        r.stdout.contains("claimtrack\\-report"),
        "{}",
        &r.stdout[..300]
    );
    assert!(r.stdout.contains("fail\\-if\\-open"));
    t.run(&["man", "reprot"]).expect(2);
    t.run(&["completions", "tcsh"]).expect(2);
}

/// A headless Chromium or Chrome on PATH, if one is installed.
fn browser() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    crate::common::skip("no chromium on PATH (apt-get install chromium) to render the HTML report");
    None
}

fn headless(browser: &std::path::Path, profile: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--window-size=1200,1600",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .stdin(std::process::Stdio::null());
    cmd
}

#[test]
fn html_report_renders_in_a_browser_with_every_text_escaped() {
    let t = desk();
    run_at(
        &t,
        "2026-11-26T00:00:00Z",
        &[
            "respond",
            "hostile",
            "--party",
            "<img src=x onerror=alert(3)>",
            "--kind",
            "declined",
        ],
    )
    .ok();
    let r = t
        .run(&[
            "report",
            "--format",
            "html",
            "--since",
            "7d",
            "-o",
            "report.html",
        ])
        .ok();
    assert!(r.stdout.is_empty());
    let html = t.read("report.html");
    assert!(!html.contains("<script"), "no script element in the file");
    assert!(!html.contains("withheld.example"), "withheld source leaked");
    for fetch in ["<link", "<img", "<iframe", "@import", "url(", " src=\""] {
        assert!(!html.contains(fetch), "nothing to fetch, but found {fetch}");
    }
    let Some(browser) = browser() else { return };
    let profile = t.path("browser-profile");
    let url = format!("file://{}", t.path("report.html").display());
    let out = headless(&browser, &profile)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains("</html>"),
        "the browser rendered a page: {dom}"
    );
    assert!(
        !dom.contains("<script"),
        "a script element came from the text:\n{dom}"
    );
    assert!(
        !dom.contains("<img"),
        "an img element came from the text:\n{dom}"
    );
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the statement shows as text"
    );
    assert!(dom.contains("&lt;img src=x onerror=alert(3)&gt;"));
    assert_eq!(dom.matches("<rect").count(), 6, "one bar a status");
    assert!(dom.contains("id=\"claim-hostile\""));
    assert!(dom.contains("source withheld"));
    assert_eq!(
        dom.matches("<tr id=\"claim-").count(),
        2,
        "two open claims in the table"
    );
    assert!(dom.contains("History (4 revisions)"));
    assert!(dom.contains("Since 2026-11-20"));

    let shot = t.path("report.png");
    let out = headless(&browser, &profile)
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    assert!(
        png.len() > 20_000,
        "the page is not blank ({} bytes)",
        png.len()
    );
    if let Some(dir) = std::env::var_os("CLAIMTRACK_SCREENSHOT_DIR") {
        std::fs::copy(&shot, std::path::Path::new(&dir).join("report.png")).unwrap();
    }
}

#[test]
fn a_report_on_the_seed_article_shows_its_claims() {
    let Some(seed) = crate::common::shared("seed/putin-xi-samarkand-2022-09-07.txt") else {
        return;
    };
    let t = TestStore::new();
    let text = std::fs::read_to_string(seed).unwrap();
    t.run_stdin(
        &[
            "source",
            "add",
            "-",
            "--id",
            "seed",
            "--url",
            "https://news.example/seed",
        ],
        &text,
    )
    .ok();
    t.run(&[
        "add",
        "Xi Jinping intends to visit Kazakhstan before the SCO summit",
        "--source",
        "seed",
        "--quote",
        "It has been claimed by Russian media that Xi intends to visit Kazakhstan",
        "--speaker",
        "Russian media",
        "--kind",
        "reported",
        "--hedge",
        "these allegations have not been substantiated as of yet",
    ])
    .ok();
    let r = t.run(&["report"]).ok();
    assert!(
        r.stdout
            .contains("  hedge      these allegations have not been substantiated"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("(seed r1)"), "{}", r.stdout);
}

#[test]
fn quotes_changed_or_vanished_in_a_newer_article_revision_are_reported() {
    let t = desk();
    let r2 = crate::common::ARTICLE
        .replace(
            "the two presidents will meet during the SCO summit",
            "the leaders could meet during the SCO summit",
        )
        .replace(
            "Mao Ning said, \u{201C}On your question, I have nothing to contribute.\u{201D}\n",
            "",
        );
    t.write("sources/article/r2.txt", &r2);
    let mut source = t.read("sources/article/source.yaml");
    source.push_str(&format!(
        "- rev: 2\n  file: r2.txt\n  retrieved: 2026-11-26T00:00:00Z\n  sha256: {}\n",
        claimtrack::store::sha256_hex(r2.as_bytes())
    ));
    t.write("sources/article/source.yaml", &source);
    let r = t.run(&["report"]).ok();
    let drift = &r.stdout[r.stdout.find("QUOTES CHANGED").expect(&r.stdout)..];
    assert!(
        drift.contains("old-meeting  article r1 → r2  changed"),
        "{drift}"
    );
    assert!(
        drift.contains("hostile      article r1 → r2  vanished"),
        "{drift}"
    );
    assert!(
        !drift.contains("xi-kazakhstan"),
        "its quote is unchanged: {drift}"
    );
    let r = t.run(&["report", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["quote_drift"].as_array().unwrap().len(), 2);
}

#[test]
fn reports_match_their_golden_files() {
    let t = desk();
    run_at(
        &t,
        "2026-11-25T00:00:00Z",
        &[
            "respond",
            "xi-kazakhstan",
            "--party",
            "Chinese Ministry of Foreign Affairs",
            "--kind",
            "non-denial",
            "--quote",
            "On your question, I have nothing to contribute.",
            "--date",
            "2022-09-07",
        ],
    )
    .ok();
    for (format, file) in [
        ("text", "report.txt"),
        ("markdown", "report.md"),
        ("csv", "report.csv"),
        ("claimreview", "claimreview.json"),
        ("html", "report.html"),
    ] {
        let r = t
            .run(&["report", "--format", format, "--since", "2026-11-20"])
            .ok();
        golden(file, &r.stdout);
    }
}

/// The desk, each claim copied 70 times (210 claims, enough for the claim
/// cache), with a newer article revision that moves two of the quotes.
fn busy_desk() -> TestStore {
    let t = desk();
    let r2 = crate::common::ARTICLE.replace(
        "the two presidents will meet during the SCO summit",
        "the leaders could meet during the SCO summit",
    );
    t.write("sources/article/r2.txt", &r2);
    let mut source = t.read("sources/article/source.yaml");
    source.push_str(&format!(
        "- rev: 2\n  file: r2.txt\n  retrieved: 2026-11-26T00:00:00Z\n  sha256: {}\n",
        claimtrack::store::sha256_hex(r2.as_bytes())
    ));
    t.write("sources/article/source.yaml", &source);
    for id in ["old-meeting", "xi-kazakhstan", "hostile"] {
        let text = t.read(&format!("claims/{id}.yaml"));
        for i in 0..70 {
            let copy = format!("{id}-{i:02}");
            t.write(
                &format!("claims/{copy}.yaml"),
                &text.replacen(&format!("id: {id}\n"), &format!("id: {copy}\n"), 1),
            );
        }
        std::fs::remove_file(t.path(&format!("claims/{id}.yaml"))).unwrap();
    }
    t
}

/// Every report format, with and without --since: its output and what it said on stderr.
fn every_report(t: &TestStore) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for format in ["text", "markdown", "json", "csv", "html", "claimreview"] {
        for since in [None, Some("2026-11-20")] {
            let mut args = vec!["report", "--format", format];
            args.extend(since.map(|s| ["--since", s]).into_iter().flatten());
            let r = t.run(&args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            out.push((
                format!("{format} {since:?}"),
                r.stdout + "\n--- stderr\n" + &r.stderr,
            ));
        }
    }
    out
}

#[test]
fn streamed_reports_equal_the_reports_made_whole_with_or_without_the_cache() {
    let t = busy_desk();
    // Parsed from the files; then with files old enough to cache: building
    // the cache, then read from it.
    let parsed = every_report(&t);
    // The reports as they were made whole in memory, before they streamed:
    // the digest of each output (recorded from that version).
    let digests: String = parsed
        .iter()
        .map(|(name, text)| {
            format!(
                "{name} {} {}\n",
                text.len(),
                claimtrack::store::sha256_hex(text.as_bytes())
            )
        })
        .collect();
    golden("streamed-reports.sha256", &digests);
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in std::fs::read_dir(t.path("claims")).unwrap().flatten() {
        let f = std::fs::File::options().write(true).open(e.path()).unwrap();
        f.set_modified(past).unwrap();
    }
    let building = every_report(&t);
    assert!(t.path(".claimtrack-cache.bin").exists());
    let cached = every_report(&t);
    for ((name, a), ((_, b), (_, c))) in parsed.iter().zip(building.iter().zip(&cached)) {
        pretty_assertions::assert_eq!(a, b, "{name}: building the cache");
        pretty_assertions::assert_eq!(a, c, "{name}: from the cache");
    }
    let json = &cached[4].1;
    let v: serde_json::Value =
        serde_json::from_str(json.split("\n--- stderr\n").next().unwrap()).unwrap();
    assert_eq!(v["claims"].as_array().unwrap().len(), 210);
    assert_eq!(v["quote_drift"].as_array().unwrap().len(), 70);
    assert!(
        !json.contains("withheld.example"),
        "withheld evidence stays out"
    );
}

#[test]
fn a_damaged_truncated_or_foreign_claim_cache_is_rebuilt_with_a_note() {
    let t = busy_desk();
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in std::fs::read_dir(t.path("claims")).unwrap().flatten() {
        let f = std::fs::File::options().write(true).open(e.path()).unwrap();
        f.set_modified(past).unwrap();
    }
    // The cache keeps only files unchanged for 2 s (a file changed within the
    // clock's resolution could change again unseen); setting the time above
    // changed each file's ctime just now.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let json = t.run(&["report", "--format", "json"]).ok().stdout;
    let text = t.run(&["report"]).ok().stdout;
    let list = t.run(&["list"]).ok().stdout;
    let cache = t.path(".claimtrack-cache.bin");
    let good = std::fs::read(&cache).unwrap();
    let len = good.len();
    // A byte changed in a claim's key part or state part (the first
    // record's, past its header line, CRCs, name, file key and length, and
    // the key part and its length), in a history (only the formats that
    // show histories read them), the file cut short at a record's end and
    // in the middle of one, and a cache of another version.
    let header = good.iter().position(|b| *b == b'\n').unwrap() + 1;
    let name_len = usize::from(u16::from_le_bytes([good[header + 16], good[header + 17]]));
    let key = header + 16 + 2 + name_len + 40 + 4;
    let key_len = u32::from_le_bytes(good[key - 4..key].try_into().unwrap()) as usize;
    let state = key + key_len + 4;
    let history = good
        .windows(6)
        .rposition(|w| w == b"logged")
        .expect("a history in the cache");
    let flip = |at: usize| {
        let mut b = good.clone();
        b[at] ^= 0x20;
        b
    };
    const JSON: &[&str] = &["report", "--format", "json"];
    type Damage<'a> = (&'a str, Vec<u8>, &'a [&'a [&'a str]]);
    let damaged: [Damage; 6] = [
        ("key", flip(key + 3), &[&["report"], &["list"]]),
        ("state", flip(state + 3), &[&["report"], &["list"]]),
        ("history", flip(history + 2), &[JSON]),
        ("trailer cut", good[..len - 8].to_vec(), &[&["list"]]),
        ("cut", good[..len / 2].to_vec(), &[&["report"]]),
        (
            "foreign",
            [b"claimtrack-cache 0 old\n".as_slice(), &good[40..]].concat(),
            &[JSON],
        ),
    ];
    for (what, bytes, commands) in damaged {
        for args in commands.iter().copied() {
            std::fs::write(&cache, &bytes).unwrap();
            let r = t.run(args);
            assert_eq!(r.code, 0, "{what} {args:?}: {}", r.stderr);
            let expected = match args {
                ["list"] => &list,
                ["report"] => &text,
                _ => &json,
            };
            pretty_assertions::assert_eq!(&r.stdout, expected, "{what} {args:?}");
            assert!(
                r.stderr.contains("claim cache") && r.stderr.contains("rebuilt"),
                "{what} {args:?}: {}",
                r.stderr
            );
            // Rebuilt: read again without a note, the same answer.
            let again = t.run(args);
            assert_eq!(&again.stdout, expected, "{what} {args:?} rebuilt");
            assert!(!again.stderr.contains("claim cache"), "{}", again.stderr);
        }
    }
}
