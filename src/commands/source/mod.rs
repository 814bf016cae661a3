//! `claimtrack source …`: store articles and their revisions, list, show and compare them.
//!
//! One file a subcommand; `anchoring` holds what `update` and `diff`
//! share: the claims to re-anchor and where each quote stands in a newer text.

mod add;
mod anchoring;
mod diff;
mod keep;
mod list;
mod show;
mod update;

use std::path::Path;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::store;

#[derive(Debug, clap::Subcommand)]
pub(crate) enum SourceCommand {
    /// Store an article (plain text, or HTML reduced to text) as revision 1
    Add(add::Args),
    /// List the sources in the store
    List,
    /// Show one source with its revisions and the claims anchored there
    Show(show::Args),
    /// Store a new revision of an article and re-anchor the claims quoting it
    Update(update::Args),
    /// Show what changed between two revisions of an article, and in its claims' quotes
    Diff(diff::Args),
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
    }
}

/// Read an article from a file or stdin; HTML becomes readable text.
pub(crate) fn read_article(file: &Path) -> Result<String> {
    let store::Input { text, name } = store::read_input(file, store::MAX_TEXT_BYTES)?;
    let is_html = file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        || looks_like_html(&text);
    let text = if is_html { html_to_text(&text) } else { text };
    if text.trim().is_empty() {
        return Err(Error::file(&name, "has no text"));
    }
    Ok(text)
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

/// Readable text from HTML: paragraphs kept, scripts and styles dropped, entities decoded.
pub(crate) fn html_to_text(html: &str) -> String {
    let text = html2text::config::plain()
        .string_from_read(html.as_bytes(), 100_000)
        .unwrap_or_default();
    // Paragraphs separated by one blank line, no trailing spaces.
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}
