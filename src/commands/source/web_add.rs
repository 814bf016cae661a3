//! `claimtrack source add URL` and `source add --feed URL`: articles fetched from the web.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::{note, print};
use crate::store::{self, Store};
use crate::web::fetch::{Expect, TOTAL_TIMEOUT};
use crate::web::link::printable;
use crate::web::pool::{fetch_all, Job};
use crate::web::{
    canonical_url, extract_article, parse_web_url, read_feed, Article, Fetched, Fetcher, Page,
    Validators, WebError,
};

use super::add::{store_new, Args, NewSource};

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let given = args.file.to_string_lossy().into_owned();
    let fetcher = fetcher(args.timeout);
    if args.feed {
        if args.id.is_some() || args.title.is_some() || args.url.is_some() {
            return Err(Error::invalid(
                "--feed adds many articles: --id, --title and --url name one",
            ));
        }
        return add_feed(app, &fetcher, &given, &args);
    }
    let store = app.store()?;
    parse_web_url(&given)?;
    let Some((article, validators)) = fetch_article(&fetcher, &given, None)? else {
        return Err(Error::invalid(format!(
            "{}: unexpected 304 answer",
            printable(&given)
        )));
    };
    let canonical = article.url.clone().unwrap_or_else(|| given.clone());
    if let Some(id) = stored_urls(store).get(&canonical) {
        return Err(
            Error::invalid(format!("{canonical}: already stored as source `{id}`")).hint(format!(
                "to fetch it again, run `claimtrack source refresh {id}`"
            )),
        );
    }
    let words = crate::model::words::count(&article.text);
    let text = article.text.clone();
    let new = NewSource {
        id: args.id,
        title: args.title.or(article.title),
        outlet: args.outlet.or(article.outlet),
        url: Some(args.url.unwrap_or(canonical)),
        published: args.published.or(article.published),
        language: args.language.or(article.language),
        fetched: true,
        etag: validators.etag,
        last_modified: validators.last_modified,
    };
    let source_id = store_new(app, store, &text, new)?;
    print(&format!(
        "stored source {source_id} r1 ({words} words)\nnext: claimtrack add \"STATEMENT\" --source {source_id} --quote \"exact words\"\n"
    ))?;
    Ok(Exit::Success)
}

/// The client for this command: the hidden `--timeout` shortens every fetch (for tests).
pub(super) fn fetcher(timeout: Option<u64>) -> Fetcher {
    match timeout {
        Some(secs) => Fetcher::new(
            Duration::from_secs(secs.max(1)).min(TOTAL_TIMEOUT),
            crate::web::fetch::SIZE_LIMIT,
        ),
        None => Fetcher::default(),
    }
}

/// Fetch one article: its text and metadata, and the validators for the next fetch;
/// `None` when the server says it has not changed since `validators`.
pub(super) fn fetch_article(
    fetcher: &Fetcher,
    url: &str,
    validators: Option<&Validators>,
) -> Result<Option<(Article, Validators)>, WebError> {
    match fetcher.fetch(url, Expect::Page, validators)? {
        Fetched::NotModified => Ok(None),
        Fetched::Page(page) => Ok(Some(article_of(&page)?)),
    }
}

/// The article in a fetched page (HTML reduced to its own text; plain text kept as it is).
pub(super) fn article_of(page: &Page) -> Result<(Article, Validators), WebError> {
    let no_article = || WebError::NoArticle {
        url: page.url.to_string(),
    };
    let article = if page.is_html() {
        extract_article(&page.text, Some(&page.url)).ok_or_else(no_article)?
    } else {
        let text = crate::web::article::clean_text(&page.text);
        if !text.chars().any(char::is_alphanumeric) {
            return Err(no_article());
        }
        Article {
            text,
            url: Some(canonical_url(&page.url)),
            ..Article::default()
        }
    };
    if article.text.len() as u64 > store::MAX_TEXT_BYTES {
        return Err(WebError::TooLarge {
            url: page.url.to_string(),
            limit: store::MAX_TEXT_BYTES,
        });
    }
    Ok((article, page.validators.clone()))
}

/// Every stored source's address in canonical form, with the source's id.
/// Sources that cannot be read are left out (`check` reports them).
pub(super) fn stored_urls(store: &Store) -> HashMap<String, String> {
    let mut urls = HashMap::new();
    for id in store.source_ids().unwrap_or_default() {
        let Ok(source) = store.load_source(&id) else {
            continue;
        };
        if let Some(url) = source.url.as_deref().and_then(|u| parse_web_url(u).ok()) {
            urls.entry(canonical_url(&url)).or_insert(id);
        }
    }
    urls
}

/// A progress bar on standard error when it is a terminal; nothing otherwise.
pub(super) fn progress(len: usize, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{prefix} {bar:30} {pos}/{len} {wide_msg}") {
        bar.set_style(style);
    }
    bar.set_prefix(what.to_string());
    bar
}

fn add_feed(app: &App, fetcher: &Fetcher, given: &str, args: &Args) -> Result<Exit> {
    let store = app.store()?;
    let Fetched::Page(page) = fetcher.fetch(given, Expect::Feed, None)? else {
        return Err(Error::invalid(format!(
            "{}: unexpected 304 answer",
            printable(given)
        )));
    };
    let entries = read_feed(&page.bytes, &page.url)?;
    let mut known = stored_urls(store);
    let mut seen = std::collections::HashSet::new();
    let mut jobs = Vec::new();
    let mut already = 0;
    for entry in &entries {
        let canonical = canonical_url(&entry.url);
        if known.contains_key(&canonical) {
            already += 1;
        } else if seen.insert(canonical) {
            jobs.push(Job {
                key: jobs.len(),
                url: entry.url.to_string(),
                validators: None,
            });
        }
    }
    let urls: Vec<String> = jobs.iter().map(|j| j.url.clone()).collect();
    let bar = progress(jobs.len(), "fetching");
    let mut results: Vec<Option<Result<(Article, Validators), WebError>>> =
        (0..jobs.len()).map(|_| None).collect();
    fetch_all(fetcher, jobs, Expect::Page, |i, result| {
        bar.inc(1);
        if let Some(slot) = results.get_mut(i) {
            *slot = Some(result.and_then(|fetched| match fetched {
                Fetched::Page(page) => article_of(&page),
                Fetched::NotModified => Err(WebError::Network {
                    url: page.url.to_string(),
                    message: "unexpected 304 answer".into(),
                }),
            }));
        }
    });
    bar.finish_and_clear();
    let mut out = String::new();
    let (mut added, mut failed) = (0, Vec::new());
    for (url, result) in urls.iter().zip(results) {
        let result = result.unwrap_or_else(|| {
            Err(WebError::Network {
                url: url.clone(),
                message: "not fetched".into(),
            })
        });
        let (article, validators) = match result {
            Ok(found) => found,
            Err(e) => {
                failed.push(e.to_string());
                continue;
            }
        };
        let canonical = article.url.clone().unwrap_or_else(|| url.clone());
        if known.contains_key(&canonical) {
            already += 1;
            continue;
        }
        let new = NewSource {
            outlet: args.outlet.clone().or(article.outlet),
            title: article.title,
            url: Some(canonical.clone()),
            published: args.published.or(article.published),
            language: args.language.clone().or(article.language),
            fetched: true,
            etag: validators.etag,
            last_modified: validators.last_modified,
            id: None,
        };
        match store_new(app, store, &article.text, new) {
            Ok(id) => {
                out.push_str(&format!("added {id}  {canonical}\n"));
                known.insert(canonical, id);
                added += 1;
            }
            Err(e) => failed.push(format!("{canonical}: {e}")),
        }
    }
    out.push_str(&format!(
        "{}: {} article{}; {added} added, {already} already stored, {} failed\n",
        page.url,
        entries.len(),
        if entries.len() == 1 { "" } else { "s" },
        failed.len()
    ));
    print(&out)?;
    for f in &failed {
        note(&format!("error: {f}"));
    }
    Ok(if failed.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
