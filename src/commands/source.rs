//! `claimtrack source …`: store articles and their revisions, list and show them.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::{id, Source, SourceRevision};
use crate::output::{note, print};
use crate::render::table::Table;
use crate::store;

#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Store an article (plain text, or HTML reduced to text) as revision 1
    Add(AddArgs),
    /// List the sources in the store
    List,
    /// Show one source with its revisions and the claims anchored there
    Show(ShowArgs),
    /// Store a new revision of an article and re-anchor the claims quoting it
    Update(UpdateArgs),
    /// Show what changed between two revisions of an article, and in its claims' quotes
    Diff(DiffArgs),
    /// Record that a claim's quoted revision stands although the article changed since
    Keep(KeepArgs),
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The source's id
    pub id: String,
    /// The article's new text: a file (.txt, or .html/.htm) or - for standard input
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The source's id
    pub id: String,
    /// The older revision (default: the one before --to)
    #[arg(long, value_name = "N")]
    pub from: Option<u32>,
    /// The newer revision (default: the latest)
    #[arg(long, value_name = "M")]
    pub to: Option<u32>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: super::check::Format,
}

#[derive(Debug, clap::Args)]
pub struct KeepArgs {
    /// The claim's id
    pub claim: String,
    /// Why the revision it quotes still stands (e.g. "the claim was made in the original article")
    #[arg(long)]
    pub note: String,
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The article's text: a file (.txt, or .html/.htm) or - for standard input
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
    /// Id for the source (default: made from the title)
    #[arg(long)]
    pub id: Option<String>,
    /// The article's headline (default: its first line)
    #[arg(long)]
    pub title: Option<String>,
    /// Who published it
    #[arg(long)]
    pub outlet: Option<String>,
    /// Where it was published
    #[arg(long)]
    pub url: Option<String>,
    /// When it was published (YYYY-MM-DD)
    #[arg(long, value_parser = super::parse_date)]
    pub published: Option<NaiveDate>,
    /// Its language, as a tag such as en
    #[arg(long)]
    pub language: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The source's id
    pub id: String,
}

pub fn run(app: &App, cmd: SourceCommand) -> Result<Exit> {
    match cmd {
        SourceCommand::Add(args) => add(app, args),
        SourceCommand::List => list(app),
        SourceCommand::Show(args) => show(app, args),
        SourceCommand::Update(args) => super::source_revisions::update(app, args),
        SourceCommand::Diff(args) => super::source_revisions::diff(app, args),
        SourceCommand::Keep(args) => super::source_revisions::keep(app, args),
    }
}

/// Read an article from a file or stdin; HTML becomes readable text.
pub fn read_article(file: &Path) -> Result<String> {
    let (bytes, name) = if file == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(store::MAX_TEXT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::io("<stdin>", e))?;
        (buf, PathBuf::from("<stdin>"))
    } else {
        let meta = std::fs::metadata(file).map_err(|e| Error::io(file, e))?;
        if meta.is_dir() {
            return Err(Error::file(file, "is a folder; give the article's file"));
        }
        (
            std::fs::read(file).map_err(|e| Error::io(file, e))?,
            file.to_path_buf(),
        )
    };
    if bytes.len() as u64 > store::MAX_TEXT_BYTES {
        return Err(Error::file(
            &name,
            format!("is over the limit of {} bytes", store::MAX_TEXT_BYTES),
        ));
    }
    let text = store::decode(&name, bytes)?;
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
pub fn html_to_text(html: &str) -> String {
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

fn add(app: &App, args: AddArgs) -> Result<Exit> {
    let store = app.store()?;
    let text = read_article(&args.file)?;
    let title = args
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(160).collect())
        });
    if let Some(url) = &args.url {
        if let Some(p) = crate::model::rules::url_problem(url) {
            return Err(Error::invalid(p));
        }
    }
    let lock = store.lock(&[])?;
    let source_id = match args.id {
        Some(given) => {
            store::check_id(&given)?;
            if store.source_exists(&given) {
                return Err(Error::invalid(format!(
                    "source `{given}` already exists\n  hint: to store a new text of it, run `claimtrack source update {given} FILE`"
                )));
            }
            given
        }
        None => {
            let base = id::slug(title.as_deref().unwrap_or("source"));
            id::unique(&base, |c| store.source_dir(c).is_ok_and(|d| d.exists()))
        }
    };
    let now = app.now()?;
    if store.write_source_text(&lock, &source_id, &[], "r1.txt", &text)? {
        note(&format!(
            "note: replaced sources/{source_id}/r1.txt, left by an interrupted `source add`"
        ));
    }
    let source = Source {
        id: source_id.clone(),
        title,
        outlet: args.outlet,
        url: args.url,
        published: args.published,
        language: args.language,
        revisions: vec![SourceRevision {
            rev: 1,
            file: "r1.txt".into(),
            retrieved: now,
            sha256: store::sha256_hex(text.as_bytes()),
        }],
    };
    store.save_source(&lock, &source)?;
    print(&format!(
        "stored source {source_id} r1 ({} words)\nnext: claimtrack add \"STATEMENT\" --source {source_id} --quote \"exact words\"\n",
        text.split_whitespace().count()
    ));
    Ok(Exit::Success)
}

fn list(app: &App) -> Result<Exit> {
    let store = app.store()?;
    let mut table = Table::new(["ID", "REVS", "PUBLISHED", "OUTLET", "TITLE"]);
    let mut problems = Vec::new();
    for source_id in store.source_ids()? {
        match store.load_source(&source_id) {
            Ok(s) => table.row([
                s.id.clone(),
                s.latest_rev().to_string(),
                s.published
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "-".into()),
                s.outlet.clone().unwrap_or_else(|| "-".into()),
                s.title.clone().unwrap_or_default(),
            ]),
            Err(e) => problems.push(e),
        }
    }
    if table.is_empty() && problems.is_empty() {
        print("no sources yet; add one with `claimtrack source add FILE`\n");
        return Ok(Exit::Success);
    }
    print(&table.render(app.width, &app.painter));
    for p in &problems {
        crate::output::note(&format!("error: {p}"));
    }
    Ok(if problems.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}

fn show(app: &App, args: ShowArgs) -> Result<Exit> {
    let store = app.store()?;
    let source = store.load_source(&args.id)?;
    let p = &app.painter;
    let mut out = String::new();
    out.push_str(&format!(
        "{}  {}\n",
        p.bold(&source.id),
        source.title.as_deref().unwrap_or("")
    ));
    let fields = [
        ("outlet", source.outlet.clone()),
        ("url", source.url.clone()),
        ("published", source.published.map(|d| d.to_string())),
        ("language", source.language.clone()),
    ];
    for (name, value) in fields {
        out.push_str(&format!(
            "  {:<10} {}\n",
            name,
            value.as_deref().unwrap_or("-")
        ));
    }
    out.push_str(&format!("\n{}\n", p.bold("Revisions")));
    let mut revs = Table::new(["REV", "FILE", "RETRIEVED", "SHA256"]);
    for r in &source.revisions {
        revs.row([
            format!("r{}", r.rev),
            r.file.clone(),
            r.retrieved.format("%Y-%m-%d %H:%M").to_string(),
            r.sha256.chars().take(16).collect(),
        ]);
    }
    out.push_str(&revs.render(app.width, p));
    let (claims, errors) = store.claims_quoting(&source.id)?;
    out.push_str(&format!("\n{} ({})\n", p.bold("Claims"), claims.len()));
    if claims.is_empty() {
        out.push_str(&format!(
            "  none yet; log one with `claimtrack add \"STATEMENT\" --source {} --quote \"…\"`\n",
            source.id
        ));
    } else {
        out.push_str(&crate::render::claims_table(&claims, app));
    }
    print(&out);
    for e in &errors {
        crate::output::note(&format!("error: {e}"));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
