//! `source add URL`, `source add --feed` and `source refresh`, end to end against a server on 127.0.0.1.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crate::common::TestStore;
use crate::web_server::{Reply, Server};

const QUOTE: &str = "We will build forty new schools before the end of the decade";

fn story_page(menu: &str, stamp: &str, quote: &str) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head>
<title>Minister promises new schools | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta property="og:title" content="Minister promises new schools">
<meta property="article:published_time" content="2026-11-17T08:00:00Z">
</head><body>
<header><nav><ul>{menu}</ul></nav><p class="updated">Last updated {stamp}</p></header>
<main><article>
<h1>Minister promises new schools</h1>
<p>The education minister told a conference in the capital on Tuesday that the government would expand its school building programme, which has fallen behind schedule in recent years.</p>
<p>"{quote}," the minister said, adding that the money would come from the budget surplus announced last month.</p>
<p>Teachers' unions welcomed the promise but said that staffing, not buildings, was the most pressing problem, with hundreds of posts unfilled across the region this autumn.</p>
<p>The opposition said the same pledge had been made twice before and that fewer than ten schools had been opened in the last five years, according to the ministry's own figures.</p>
</article></main>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Storm closes the coast road</a></li></ul></aside>
<footer><p>Copyright Valley Herald. All rights reserved.</p></footer>
</body></html>"#
    )
}

const MENU: &str = "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>";

/// A server with one story whose page the test can change; answers 304 to the ETag it last gave.
struct Story {
    server: Server,
    page: Arc<Mutex<String>>,
}

impl Story {
    fn start() -> Story {
        let page = Arc::new(Mutex::new(story_page(MENU, "09:00", QUOTE)));
        let shared = page.clone();
        let server = Server::start(move |req| {
            let body = shared.lock().unwrap().clone();
            let etag = format!("\"{}\"", body.len());
            match req.path.as_str() {
                p if p.starts_with("/story") => {
                    if req.header("If-None-Match") == Some(etag.as_str()) {
                        Reply::Full(304, vec![("ETag".into(), etag)], vec![])
                    } else {
                        Reply::html(body).with_header("ETag", &etag)
                    }
                }
                _ => Reply::typed(404, "text/html", "<p>no such page</p>"),
            }
        });
        Story { server, page }
    }

    fn set(&self, page: String) {
        *self.page.lock().unwrap() = page;
    }
}

#[test]
fn add_url_stores_the_article_text_and_what_the_page_says_about_it() {
    let story = Story::start();
    let t = TestStore::new();
    let url = story
        .server
        .url("/story?utm_source=newsletter&utm_medium=email");
    let r = t.run(&["source", "add", &url]).ok();
    assert!(
        r.stdout
            .contains("stored source minister-promises-new-schools r1"),
        "{}",
        r.stdout
    );
    let yaml = t.read("sources/minister-promises-new-schools/source.yaml");
    let want_url = story.server.url("/story");
    for line in [
        "title: Minister promises new schools",
        "outlet: Valley Herald",
        &format!("url: {want_url}\n"),
        "published: 2026-11-17",
        "language: en",
        "checked: 2026-11-27T20:00:00Z",
        "etag:",
    ] {
        assert!(yaml.contains(line), "{line} missing from\n{yaml}");
    }
    let text = t.read("sources/minister-promises-new-schools/r1.txt");
    assert!(text.contains(QUOTE), "{text}");
    for junk in [
        "Home",
        "Last updated",
        "Most read",
        "Storm closes",
        "Copyright",
    ] {
        assert!(!text.contains(junk), "{junk} kept in\n{text}");
    }
    // The same article again, by another address for it: refused, nothing stored.
    let before = t.snapshot();
    let r = t
        .run(&["source", "add", &story.server.url("/story#top")])
        .expect(2);
    assert!(
        r.stderr
            .contains("already stored as source `minister-promises-new-schools`"),
        "{}",
        r.stderr
    );
    assert_eq!(before, t.snapshot());
}

#[test]
fn a_story_that_changes_gets_a_revision_only_when_its_text_does() {
    let story = Story::start();
    let t = TestStore::new();
    t.run(&[
        "source",
        "add",
        &story.server.url("/story"),
        "--id",
        "schools",
    ])
    .ok();
    t.run(&[
        "add",
        "The minister promised forty new schools.",
        "--source",
        "schools",
        "--quote",
        QUOTE,
        "--id",
        "forty-schools",
    ])
    .ok();
    // Unchanged page: the server says 304.
    let r = t.run(&["source", "refresh", "schools"]).ok();
    assert!(
        r.stdout.contains("schools: unchanged (not modified"),
        "{}",
        r.stdout
    );
    // A new menu and a new timestamp: not a change in the article.
    story.set(story_page(
        &format!("{MENU}<li><a href=\"/sport\">Sport</a></li>"),
        "11:45",
        QUOTE,
    ));
    let r = t
        .command()
        .env("CLAIMTRACK_NOW", "2026-11-28T09:00:00Z")
        .args(["source", "refresh", "schools"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&r.stdout);
    assert_eq!(r.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("schools: unchanged\n"), "{stdout}");
    assert!(!t.read("sources/schools/source.yaml").contains("- rev: 2"));
    let yaml = t.read("sources/schools/source.yaml");
    assert!(yaml.contains("checked: 2026-11-28T09:00:00Z"), "{yaml}");
    let shown = t.run(&["source", "show", "schools"]).ok();
    assert!(
        shown.stdout.contains("checked    2026-11-28 09:00 UTC"),
        "{}",
        shown.stdout
    );
    // The quoted sentence is edited: a new revision, the claim flagged, exit 1.
    story.set(story_page(
        MENU,
        "12:00",
        "We will build thirty new schools before the end of the decade",
    ));
    let r = t.run(&["source", "refresh", "schools"]).expect(1);
    assert!(
        r.stdout.contains("schools: the article changed"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("stored schools r2"), "{}", r.stdout);
    assert!(r.stdout.contains("forty-schools"), "{}", r.stdout);
    assert!(r.stdout.contains("stays on r1, flagged"), "{}", r.stdout);
    assert!(
        r.stdout.contains("flagged: forty-schools (source schools)"),
        "{}",
        r.stdout
    );
    // The new text is the file source.yaml lists for r2.
    let yaml = t.read("sources/schools/source.yaml");
    let file = yaml
        .split("- rev: 2\n  file: ")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .unwrap_or_default()
        .to_string();
    assert!(file.starts_with("sha256-"), "{yaml}");
    assert!(t
        .read(&format!("sources/schools/{file}"))
        .contains("thirty new schools"));
    // What `check` and `list` derive from it.
    let r = t.run(&["show", "forty-schools"]).ok();
    assert!(r.stdout.contains("changed"), "{}", r.stdout);
}

#[test]
fn a_failed_refresh_keeps_the_source_as_it_was_and_exits_1() {
    let story = Story::start();
    let t = TestStore::new();
    t.run(&[
        "source",
        "add",
        &story.server.url("/story"),
        "--id",
        "schools",
    ])
    .ok();
    story.set("%PDF-1.4".into());
    let gone = Server::start(|_| Reply::typed(500, "text/html", "<p>down</p>"));
    // Point the source at a server that fails, by hand.
    let yaml = t.read("sources/schools/source.yaml");
    let yaml = yaml.replace(&story.server.url("/story"), &gone.url("/story"));
    t.write("sources/schools/source.yaml", &yaml);
    let before = t.snapshot();
    let r = t.run(&["source", "refresh", "--all"]).expect(1);
    assert!(r.stdout.contains("1 failed"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains(&format!("failed: schools: {}", gone.url("/story"))),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("500"), "{}", r.stdout);
    assert_eq!(before, t.snapshot());
}

#[test]
fn refresh_all_counts_a_source_whose_file_cannot_be_read() {
    let story = Story::start();
    let t = TestStore::new();
    t.run(&[
        "source",
        "add",
        &story.server.url("/story"),
        "--id",
        "schools",
    ])
    .ok();
    t.run(&[
        "source",
        "add",
        &story.server.url("/story2"),
        "--id",
        "more",
    ])
    .ok();
    let yaml = t.read("sources/more/source.yaml");
    t.write("sources/more/source.yaml", &format!("{yaml}url: [x\n"));
    let r = t.run(&["source", "refresh", "--all"]).expect(1);
    assert!(
        r.stdout
            .contains("refreshed 2 sources: 1 unchanged, 0 new revisions, 1 failed"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("failed: more: sources/more/source.yaml:"),
        "{}",
        r.stdout
    );
}

#[test]
fn bad_responses_are_refused_naming_the_url_and_nothing_is_stored() {
    let server = Server::start(|req| match req.path.as_str() {
        "/missing" => Reply::typed(404, "text/html", "<p>not here</p>"),
        "/report.pdf" => Reply::typed(200, "application/pdf", b"%PDF-1.7\x00".to_vec()),
        "/photo.jpg" => Reply::typed(200, "image/jpeg", b"\xff\xd8\xff".to_vec()),
        "/huge" => Reply::Endless("text/html".into()),
        "/slow" => Reply::Hang,
        "/loop" => Reply::redirect("/loop2"),
        "/loop2" => Reply::redirect("/loop"),
        "/empty" => {
            Reply::html("<html><head><title>x</title></head><body><script>1</script></body></html>")
        }
        _ => Reply::typed(404, "text/plain", "no"),
    });
    let t = TestStore::new();
    let before = t.snapshot();
    for (path, says) in [
        ("/missing", "404"),
        ("/report.pdf", "application/pdf"),
        ("/photo.jpg", "image/jpeg"),
        ("/huge", "larger than"),
        ("/slow", "no answer within 1 s"),
        ("/loop", "redirects"),
        ("/empty", "no article text"),
    ] {
        let url = server.url(path);
        // Only the hanging page needs a short timeout; the others get a
        // long one so that a busy machine cannot turn them into timeouts.
        let timeout = if path == "/slow" { "1" } else { "60" };
        let r = t
            .run(&["source", "add", &url, "--timeout", timeout])
            .expect(2);
        assert!(r.stderr.contains(&server.url("/")), "{path}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{path}: {}", r.stderr);
        assert_eq!(before, t.snapshot(), "{path} changed the store");
    }
    for url in ["ftp://files.example/a.html", "file:///etc/passwd"] {
        let r = t.run(&["source", "add", url]).expect(2);
        assert!(
            r.stderr.contains(url) && r.stderr.contains("only http and https"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(before, t.snapshot());
}

fn feed_server(kind: &'static str) -> Server {
    Server::start(move |req| {
        let base = req
            .header("Host")
            .map(|h| format!("http://{h}"))
            .unwrap_or_default();
        match req.path.as_str() {
            "/feed" if kind == "rss" => Reply::typed(
                200,
                "application/rss+xml",
                format!(
                    r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title><link>{base}/</link><description>x</description>
<item><title>One</title><link>{base}/one?utm_source=rss</link></item>
<item><title>Two</title><link>{base}/two</link></item>
<item><title>Gone</title><link>{base}/gone</link></item>
</channel></rss>"#
                ),
            ),
            "/feed" => Reply::typed(
                200,
                "application/atom+xml",
                format!(
                    r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title><id>urn:h</id><updated>2026-11-27T00:00:00Z</updated>
<entry><title>One</title><id>urn:1</id><updated>2026-11-27T00:00:00Z</updated><link href="{base}/one"/></entry>
<entry><title>Two</title><id>urn:2</id><updated>2026-11-27T00:00:00Z</updated><link rel="alternate" href="{base}/two"/></entry>
</feed>"#
                ),
            ),
            "/one" => Reply::html(
                story_page(MENU, "1", QUOTE)
                    .replace("Minister promises new schools", "First story"),
            ),
            "/two" => Reply::html(
                story_page(MENU, "1", QUOTE)
                    .replace("Minister promises new schools", "Second story"),
            ),
            _ => Reply::typed(404, "text/html", "<p>gone</p>"),
        }
    })
}

#[test]
fn an_rss_feed_adds_each_article_not_stored_yet() {
    let server = feed_server("rss");
    let t = TestStore::new();
    t.run(&["source", "add", &server.url("/one")]).ok();
    let r = t
        .run(&["source", "add", "--feed", &server.url("/feed")])
        .expect(1);
    assert!(r.stdout.contains("added second-story"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("3 articles; 1 added, 1 already stored, 1 failed"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains(&server.url("/gone")) && r.stderr.contains("404"),
        "{}",
        r.stderr
    );
    assert!(t.path("sources/second-story/r1.txt").exists());
    assert!(!t.path("sources/first-story-2").exists());
}

#[test]
fn an_atom_feed_adds_its_articles_once() {
    let server = feed_server("atom");
    let t = TestStore::new();
    let r = t
        .run(&["source", "add", "--feed", &server.url("/feed")])
        .ok();
    assert!(
        r.stdout
            .contains("2 articles; 2 added, 0 already stored, 0 failed"),
        "{}",
        r.stdout
    );
    let r = t
        .run(&["source", "add", "--feed", &server.url("/feed")])
        .ok();
    assert!(
        r.stdout.contains("0 added, 2 already stored"),
        "{}",
        r.stdout
    );
    // A page is not a feed.
    let r = t
        .run(&["source", "add", "--feed", &server.url("/one")])
        .expect(2);
    assert!(r.stderr.contains("not an RSS or Atom feed"), "{}", r.stderr);
}

#[test]
fn due_sources_follow_a_fifth_of_the_story_age() {
    let story = Story::start();
    let t = TestStore::new();
    // Published 2026-11-17, stored and checked 2026-11-27T20:00Z (ten and a bit days old).
    t.run(&[
        "source",
        "add",
        &story.server.url("/story"),
        "--id",
        "schools",
    ])
    .ok();
    let hits = || story.server.hits.load(Ordering::Relaxed);
    let at = |now: &str| {
        let out = t
            .command()
            .env("CLAIMTRACK_NOW", now)
            .args(["source", "refresh", "--due"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let before = hits();
    // A day later: 1 day since the check < 11.8 days / 5; not due, not fetched.
    let out = at("2026-11-28T20:00:00Z");
    assert!(out.contains("no source is due"), "{out}");
    assert_eq!(hits(), before);
    // Three days later: 3 days ≥ 13.8 / 5; fetched.
    let out = at("2026-11-30T20:00:00Z");
    assert!(out.contains("schools: unchanged"), "{out}");
    assert_eq!(hits(), before + 1);
    // Checked just now: not due again the same hour.
    let out = at("2026-11-30T21:00:00Z");
    assert!(out.contains("no source is due"), "{out}");
}

#[test]
fn refresh_needs_sources_with_a_url() {
    let t = TestStore::with_article();
    let r = t.run(&["source", "refresh"]).expect(2);
    assert!(r.stderr.contains("--all"), "{}", r.stderr);
    let r = t.run(&["source", "refresh", "article"]).expect(2);
    assert!(r.stderr.contains("has no url"), "{}", r.stderr);
    let r = t.run(&["source", "refresh", "--all"]).ok();
    assert!(
        r.stdout.contains("no source has a web address"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_saved_page_is_reduced_like_a_fetched_one() {
    let t = TestStore::new();
    t.write("page.html", &story_page(MENU, "09:00", QUOTE));
    t.run(&["source", "add", "page.html"]).ok();
    let yaml = t.read("sources/minister-promises-new-schools/source.yaml");
    assert!(yaml.contains("outlet: Valley Herald"), "{yaml}");
    let text = t.read("sources/minister-promises-new-schools/r1.txt");
    assert!(
        text.contains(QUOTE) && !text.contains("Most read"),
        "{text}"
    );
}
