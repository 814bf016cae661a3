//! `claimtrack source …`: store articles and their revisions, list, show and compare them.
//!
//! One file a subcommand; `anchoring` holds what `update` and `diff`
//! share: the claims to re-anchor and where each quote stands in a newer text.

mod add;
mod anchoring;
mod diff;
mod keep;
mod list;
mod refresh;
mod show;
mod update;
mod web_add;

use std::path::Path;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::store;
use crate::web::{self, Article};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum SourceCommand {
    /// Store an article (a web address, a file of plain text or HTML, or a feed's articles) as revision 1
    Add(add::Args),
    /// List the sources in the store
    List,
    /// Show one source with its revisions and the claims anchored there
    Show(show::Args),
    /// Store a new revision of an article and re-anchor the claims quoting it
    Update(update::Args),
    /// Show what changed between two revisions of an article, and in its claims' quotes
    Diff(diff::Args),
    /// Fetch sources from their web address again; store a new revision when the article's text changed
    Refresh(refresh::Args),
    /// Record that a claim's quoted revision stands although the article changed since
    Keep(keep::Args),
}

pub(crate) fn run(app: &App, cmd: SourceCommand) -> Result<Exit> {
    match cmd {
        SourceCommand::Add(args) => add::run(app, args),
        SourceCommand::List => list::run(app),
        SourceCommand::Show(args) => show::run(app, args),
        SourceCommand::Update(args) => update::run(app, args),
        SourceCommand::Diff(args) => diff::run(app, args),
        SourceCommand::Keep(args) => keep::run(app, args),
        SourceCommand::Refresh(args) => refresh::run(app, args),
    }
}

/// Read an article from a file or stdin; HTML is reduced to the article's own text.
pub(crate) fn read_article(file: &Path) -> Result<String> {
    read_article_page(file).map(|(text, _)| text)
}

/// Read an article from a file or stdin: its text, and for HTML what the page says
/// about itself (title, outlet, date, language), found as for a page fetched from the web.
pub(crate) fn read_article_page(file: &Path) -> Result<(String, Option<Article>)> {
    let store::Input { text, name } = store::read_input(file, store::MAX_TEXT_BYTES)?;
    let is_html = file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        || looks_like_html(&text);
    if is_html {
        return match web::extract_article(&text, None) {
            Some(article) => Ok((article.text.clone(), Some(article))),
            None => Err(Error::file(&name, "no article text found in the page")),
        };
    }
    if text.trim().is_empty() {
        return Err(Error::file(&name, "has no text"));
    }
    Ok((text, None))
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(200)
        .collect::<String>()
        .to_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<body")
        || head.starts_with("<p>")
        || head.starts_with("<article")
}
