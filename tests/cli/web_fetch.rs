//! Fetching from a server the test starts on 127.0.0.1: what is accepted, what is refused, and how.

use std::time::{Duration, Instant};

use claimtrack::web::fetch::Expect;
use claimtrack::web::{extract_article, Fetched, Fetcher, Validators, WebError};

use crate::web_server::{Reply, Server};

const STORY: &str = "<html lang=\"en\"><head><title>Dam approved | Valley News</title></head><body><article><h1>Dam approved</h1><p>The regional council approved the new dam on Monday after a debate that lasted more than six hours, the longest of the year.</p><p>\"This will secure water for twenty years,\" the council leader said, although engineers warned that the cost estimate was out of date.</p></article></body></html>";

fn fetch(fetcher: &Fetcher, url: &str) -> Result<Fetched, WebError> {
    fetcher.fetch(url, Expect::Page, None)
}

#[test]
fn redirects_are_followed_and_the_final_address_kept() {
    let server = Server::start(|req| match req.path.as_str() {
        "/short" => Reply::redirect("/story?utm_source=mail&id=4"),
        _ => Reply::html(STORY),
    });
    let Fetched::Page(page) = fetch(&Fetcher::default(), &server.url("/short")).unwrap() else {
        panic!("not a page")
    };
    assert_eq!(page.url.path(), "/story");
    let article = extract_article(&page.text, Some(&page.url)).unwrap();
    assert_eq!(article.url.unwrap(), server.url("/story?id=4"));
    assert_eq!(article.title.as_deref(), Some("Dam approved"));
}

#[test]
fn the_user_agent_and_validators_are_sent_and_304_is_unchanged() {
    let server = Server::start(|req| {
        assert!(req.header("User-Agent").unwrap().starts_with("claimtrack/"));
        if req.header("If-None-Match") == Some("\"v1\"") {
            Reply::Full(304, vec![], vec![])
        } else {
            Reply::html(STORY)
                .with_header("ETag", "\"v1\"")
                .with_header("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT")
        }
    });
    let fetcher = Fetcher::default();
    let Fetched::Page(page) = fetch(&fetcher, &server.url("/")).unwrap() else {
        panic!("not a page")
    };
    assert_eq!(
        page.validators,
        Validators {
            etag: Some("\"v1\"".into()),
            last_modified: Some("Mon, 01 Jan 2024 00:00:00 GMT".into()),
        }
    );
    let again = fetcher.fetch(&server.url("/"), Expect::Page, Some(&page.validators));
    assert!(matches!(again, Ok(Fetched::NotModified)), "{again:?}");
}

#[test]
fn a_charset_from_the_header_is_used() {
    let server = Server::start(|_| {
        Reply::typed(
            200,
            "text/html; charset=ISO-8859-1",
            b"<html><body><p>Caf\xe9 owners said the new rule would cost them dearly this winter.</p></body></html>".to_vec(),
        )
    });
    let Fetched::Page(page) = fetch(&Fetcher::default(), &server.url("/")).unwrap() else {
        panic!("not a page")
    };
    assert!(page.text.contains("Café owners"), "{}", page.text);
}

#[track_caller]
fn refused(result: Result<Fetched, WebError>, url: &str, says: &str) -> WebError {
    let e = result.expect_err("should be refused");
    let message = e.to_string();
    assert!(message.starts_with(url), "{message} should name {url}");
    assert!(message.contains(says), "{message} should say {says}");
    assert!(!message.chars().any(char::is_control), "{message:?}");
    e
}

#[test]
fn error_statuses_are_refused_naming_the_url() {
    let server = Server::start(|req| match req.path.as_str() {
        "/gone" => Reply::typed(404, "text/html", "<p>nothing</p>"),
        _ => Reply::typed(503, "text/html", "<p>busy</p>"),
    });
    let fetcher = Fetcher::default();
    let url = server.url("/gone");
    refused(fetch(&fetcher, &url), &url, "404");
    let url = server.url("/busy");
    refused(fetch(&fetcher, &url), &url, "503");
}

#[test]
fn pdfs_images_and_binary_bodies_are_refused() {
    let server = Server::start(|req| match req.path.as_str() {
        "/a.pdf" => Reply::typed(200, "application/pdf", b"%PDF-1.7 ...".to_vec()),
        "/a.png" => Reply::typed(200, "image/png", b"\x89PNG\r\n\x1a\n".to_vec()),
        _ => Reply::Full(200, vec![], b"%PDF-1.4\x00\x01".to_vec()),
    });
    let fetcher = Fetcher::default();
    for path in ["/a.pdf", "/a.png", "/untyped"] {
        let url = server.url(path);
        let e = refused(fetch(&fetcher, &url), &url, "not a web page");
        assert!(matches!(e, WebError::NotText { .. }));
    }
}

#[test]
fn a_page_over_the_size_cap_stops_reading_at_the_cap() {
    let server = Server::start(|req| match req.path.as_str() {
        "/endless" => Reply::Endless("text/html".into()),
        _ => Reply::html("x".repeat(300_000)),
    });
    let fetcher = Fetcher::new(Duration::from_secs(20), 100_000);
    let started = Instant::now();
    let url = server.url("/endless");
    let e = refused(fetch(&fetcher, &url), &url, "larger than 100000 bytes");
    assert!(matches!(e, WebError::TooLarge { .. }));
    assert!(started.elapsed() < Duration::from_secs(10));
    let url = server.url("/declared");
    refused(fetch(&fetcher, &url), &url, "larger than");
}

#[test]
fn a_server_that_never_answers_is_given_up_on_within_the_timeout() {
    let server = Server::start(|_| Reply::Hang);
    let fetcher = Fetcher::new(Duration::from_secs(1), 1_000_000);
    let started = Instant::now();
    let url = server.url("/slow");
    let e = refused(fetch(&fetcher, &url), &url, "no answer within 1 s");
    assert!(matches!(e, WebError::Timeout { .. }));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_redirect_loop_is_refused() {
    let server = Server::start(|req| match req.path.as_str() {
        "/a" => Reply::redirect("/b"),
        _ => Reply::redirect("/a"),
    });
    let url = server.url("/a");
    let e = fetch(&Fetcher::default(), &url).unwrap_err();
    assert!(matches!(e, WebError::TooManyRedirects { .. }), "{e}");
    assert!(e.to_string().contains("redirects"), "{e}");
    assert!(server.hits.load(std::sync::atomic::Ordering::Relaxed) <= 11);
}

#[test]
fn a_redirect_to_another_scheme_is_refused() {
    let server = Server::start(|_| Reply::redirect("file:///etc/passwd"));
    let url = server.url("/x");
    assert!(fetch(&Fetcher::default(), &url).is_err());
}

#[test]
fn ftp_and_file_urls_are_refused_without_a_fetch() {
    let fetcher = Fetcher::default();
    for url in [
        "ftp://files.example/a.html",
        "file:///etc/passwd",
        "not a url",
    ] {
        let e = fetch(&fetcher, url).unwrap_err();
        assert!(
            matches!(
                e,
                WebError::UnsupportedScheme { .. } | WebError::BadUrl { .. }
            ),
            "{e}"
        );
    }
}

#[test]
fn many_fetches_run_one_at_a_time_per_host() {
    use claimtrack::web::pool::{fetch_all, Job};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    let start = |in_flight: Arc<AtomicUsize>, most: Arc<AtomicUsize>| {
        Server::start(move |_| {
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(30));
            in_flight.fetch_sub(1, Ordering::SeqCst);
            Reply::html(STORY)
        })
    };
    let (a_now, a_most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (b_now, b_most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let a = start(a_now, a_most.clone());
    let b = start(b_now, b_most.clone());
    let jobs: Vec<Job<usize>> = (0..12)
        .map(|i| Job {
            key: i,
            url: if i % 2 == 0 {
                a.url(&format!("/{i}"))
            } else {
                b.url(&format!("/{i}"))
            },
            validators: None,
        })
        .collect();
    let mut done = Vec::new();
    fetch_all(&Fetcher::default(), jobs, Expect::Page, |k, r| {
        assert!(r.is_ok());
        done.push(k);
    });
    done.sort();
    assert_eq!(done, (0..12).collect::<Vec<_>>());
    assert_eq!(a_most.load(Ordering::SeqCst), 1);
    assert_eq!(b_most.load(Ordering::SeqCst), 1);
}
