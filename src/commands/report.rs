//! `claimtrack report`: the verification report, in text or for publishing.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::{note, print, Painter};
use crate::render::report as render;
use crate::report::{self, Inputs, Report};
use crate::store::{self, Settings, Store};

/// Report what is open and overdue, the verdicts, and what changed
///
/// Open claims come first, overdue ones first, then the oldest. Exits 1 when
/// a file could not be read (the report still shows every readable claim),
/// or with --fail-if-open while any selected claim is open.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Output format
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    pub format: Format,
    /// Also list what happened since then: a date (YYYY-MM-DD), an RFC 3339
    /// time, or a span back from now (12h, 7d, 2w)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[command(flatten)]
    pub filter: super::args::Filter,
    /// Write the report to FILE (atomically; a FIFO or device is written through) instead of standard output (`-`)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 while any selected claim is open (to gate publication in CI)
    #[arg(long)]
    pub fail_if_open: bool,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Aligned text for the terminal
    Text,
    /// Markdown with tables, for a wiki or a pull request
    Markdown,
    /// Every field of every claim, for other programs
    Json,
    /// One row a claim, for spreadsheets
    Csv,
    /// One self-contained page to open or publish
    Html,
    /// schema.org ClaimReview JSON-LD for the claims with a verdict
    Claimreview,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    // Checked before any work: the output never replaces a file of the store.
    if let Some(path) = &args.output {
        store.refuse_own_file(path)?;
    }
    let now = app.now()?;
    let since = args
        .since
        .as_deref()
        .map(|s| report::parse_since(s, now))
        .transpose()
        .map_err(|e| Error::invalid(e.to_string()))?;
    // HTML and JSON show every revision; the other formats read only the
    // status changes (when each verdict was given) and, with --since, what
    // changed since then. Dropping the rest as each claim is parsed keeps
    // the memory of a large store small.
    let whole_history = matches!(args.format, Format::Html | Format::Json);
    let from = since;
    let (claims, errors) = store.load_all_claims_with(&|c| {
        if whole_history {
            return;
        }
        for r in &mut c.history {
            if from.is_none_or(|f| r.at < f) {
                r.changes.retain(|field| field == "status");
            }
        }
    })?;
    let mut unreadable: Vec<String> = errors.iter().map(ToString::to_string).collect();
    args.filter.check_names(&claims, &store.source_ids()?)?;
    let cx = super::args::FilterContext {
        user: app.user(),
        today: now.date_naive(),
    };
    let selected: Vec<_> = claims
        .into_iter()
        .filter(|c| args.filter.matches(c, &cx))
        .collect();
    let (sources, latest_texts) = sources_of(store, &selected, &mut unreadable);
    let settings = match store.settings() {
        Ok(s) => s,
        Err(e) => {
            unreadable.push(e.to_string());
            Settings::default()
        }
    };
    let report = report::build(
        selected,
        Inputs {
            now,
            since,
            sources,
            latest_texts,
            unreadable,
        },
    );
    let output = args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"));
    let to_file = output.is_some();
    let text = produce(app, &report, &settings, args.format, to_file);
    match output {
        Some(path) => {
            store::write_output(path, text.as_bytes())?;
            note(&format!(
                "wrote {} ({} claims)",
                path.display(),
                report.claims.len()
            ));
        }
        None => print(&text)?,
    }
    for problem in &report.unreadable {
        note(&format!("error: {problem}"));
    }
    let open = report.open_count();
    if args.fail_if_open && open > 0 {
        note(&format!(
            "{open} selected claim{} still open",
            if open == 1 { " is" } else { "s are" }
        ));
        return Ok(Exit::Found);
    }
    Ok(if report.unreadable.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}

fn produce(
    app: &App,
    report: &Report,
    settings: &Settings,
    format: Format,
    to_file: bool,
) -> String {
    match format {
        Format::Text => {
            let painter = Painter {
                enabled: app.painter().enabled && !to_file,
            };
            render::text::render(report, app.width(), &painter)
        }
        Format::Markdown => render::markdown::render(report, settings),
        Format::Json => render::json::render(report),
        Format::Csv => render::csv::render(report),
        Format::Html => render::html::render(report, settings),
        Format::Claimreview => {
            let (text, warnings) = render::claimreview::render(report, settings);
            for w in warnings {
                note(&format!("warning: {w}"));
            }
            text
        }
    }
}

type Texts = BTreeMap<String, (u32, String)>;

/// The sources the claims quote, and the latest text of those with a revision
/// newer than a claim's. A file that cannot be read is noted in `unreadable`.
fn sources_of(
    store: &Store,
    claims: &[crate::model::Claim],
    unreadable: &mut Vec<String>,
) -> (BTreeMap<String, crate::model::Source>, Texts) {
    let mut oldest: BTreeMap<&str, u32> = BTreeMap::new();
    for c in claims {
        let rev = oldest.entry(c.source.id.as_str()).or_insert(c.source.rev);
        *rev = (*rev).min(c.source.rev);
    }
    let mut sources = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for (id, rev) in oldest {
        if !store.source_exists(id) {
            continue;
        }
        let source = match store.load_source(id) {
            Ok(s) => s,
            Err(e) => {
                unreadable.push(e.to_string());
                continue;
            }
        };
        let latest = source.latest_rev();
        if latest > rev {
            match store.source_text(&source, latest) {
                Ok(t) => {
                    texts.insert(id.to_string(), (latest, t));
                }
                Err(e) => unreadable.push(e.to_string()),
            }
        }
        sources.insert(id.to_string(), source);
    }
    (sources, texts)
}
