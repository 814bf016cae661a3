//! `claimtrack report`: the verification report, in text or for publishing.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use rayon::prelude::*;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::key::ClaimKey;
use crate::model::Claim;
use crate::output::{note, stdout_error, Painter, Printer};
use crate::render::report as render;
use crate::report::{self, Claims, Inputs, Part, Placed, Report, Seen};
use crate::store::{self, Again, ClaimAt, Keyed, Settings, Store};

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
    let today = now.date_naive();
    let cx = super::args::FilterContext {
        user: app.user(),
        today,
    };
    // The first pass keeps a small `Seen` of each selected claim. It reads
    // the status changes of each history (when each verdict was given) and,
    // with --since, every change of a claim changed since then.
    // Of most claims the key is enough; a claim whose verdict was
    // corrected, or that changed since --since, is read for its history.
    let changed_since = |c: &Claim| since.is_some_and(|f| c.history.iter().any(|r| r.at >= f));
    let measure = args.format == Format::Text;
    let select = |k: &ClaimKey| {
        if !args.filter.matches(k, &cx) {
            return Keyed::Skip;
        }
        if k.corrected || since.is_some_and(|f| k.latest.is_some_and(|at| at >= f)) {
            return Keyed::Claim;
        }
        let mut seen = Seen::of_key(k, today);
        if measure && !k.status.is_open() {
            seen.widths = render::text::verdict_key_widths(k);
        }
        Keyed::Keep(seen)
    };
    let scan = store.scan_claim_keys(&select, &changed_since, &|c| {
        let k = ClaimKey::of(&c);
        if !args.filter.matches(&k, &cx) {
            return None;
        }
        let mut seen = Seen::of(&c, today, since);
        if measure && !c.status.is_open() {
            seen.widths = render::text::verdict_key_widths(&k);
        }
        Some(seen)
    })?;
    if let Some(n) = &scan.note {
        note(n);
    }
    if scan.kept.is_empty() {
        // A name no claim has is refused rather than taken for an empty
        // selection (any selected claim shows that each name is there).
        args.filter.check_names_in(store, &store.source_ids()?)?;
    }
    let mut unreadable: Vec<String> = scan.errors.iter().map(ToString::to_string).collect();
    // A claim that names its text by digest may quote any revision (a merge
    // can number them anew): its source's latest text is read to be sure.
    let quoted = scan.kept.iter().map(|(_, s)| {
        let rev = if s.sha256.is_some() { 0 } else { s.rev };
        (s.source.as_str(), rev)
    });
    let (sources, latest_texts) = sources_of(store, quoted, &mut unreadable);
    let settings = match store.settings() {
        Ok(s) => s,
        Err(e) => {
            unreadable.push(e.to_string());
            Settings::default()
        }
    };
    let again = scan.again;
    let (mut report, placed) = report::build(
        scan.kept,
        Inputs {
            now,
            since,
            sources,
            unreadable,
        },
    );
    // Quote drift: only claims quoting an older revision than their
    // source's latest can have drifted; they are read again.
    let older: Vec<ClaimAt> = placed
        .iter()
        .filter(|p| {
            latest_texts
                .get(&p.source)
                .is_some_and(|(rev, _)| p.rev < *rev)
        })
        .map(|p| p.at)
        .collect();
    let drifting: Vec<Claim> = again
        .load_many(&older, false)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    report.drift = report::drift(&drifting, &latest_texts, &|c| report.rev_of(c));
    drop(drifting);
    drop(latest_texts);

    // The second pass: each claim read again as the renderer reaches it,
    // with its whole history for the formats that show it.
    let claims = Reread {
        again: &again,
        placed: &placed,
        full: matches!(args.format, Format::Html | Format::Json),
        failed: Mutex::new(Vec::new()),
    };
    let output = args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"));
    let write = |to_file: bool, w: &mut dyn Write| {
        produce(app, &report, &claims, &settings, args.format, to_file, w)
    };
    let warnings = match output {
        Some(path) => {
            let mut file = store::Output::create(path)?;
            let warnings = write(true, &mut file).map_err(|e| Error::io(path, e))?;
            file.finish()?;
            note(&format!(
                "wrote {} ({} claims)",
                path.display(),
                report.total
            ));
            warnings
        }
        None => {
            let mut out = Printer::new();
            let warnings = write(false, &mut out).map_err(stdout_error)?;
            out.finish()?;
            warnings
        }
    };
    for w in warnings {
        note(&format!("warning: {w}"));
    }
    let failed = claims.failed.into_inner().unwrap_or_default();
    drop(placed);
    if let Some(n) = again.finish() {
        note(&n);
    }
    let mut unreadable = report.unreadable;
    unreadable.extend(failed);
    for problem in &unreadable {
        note(&format!("error: {problem}"));
    }
    let open = report.open;
    if args.fail_if_open && open > 0 {
        note(&format!(
            "{open} selected claim{} still open",
            if open == 1 { " is" } else { "s are" }
        ));
        return Ok(Exit::Found);
    }
    Ok(if unreadable.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}

/// Write the report in `format` to `w`; the warnings to show after it.
fn produce(
    app: &App,
    report: &Report,
    claims: &dyn Claims,
    settings: &Settings,
    format: Format,
    to_file: bool,
    w: &mut dyn Write,
) -> std::io::Result<Vec<String>> {
    match format {
        Format::Text => {
            let painter = Painter {
                enabled: app.painter().enabled && !to_file,
            };
            render::text::render(report, claims, app.width(), &painter, w)?;
        }
        Format::Markdown => render::markdown::render(report, claims, settings, w)?,
        Format::Json => render::json::render(report, claims, w)?,
        Format::Csv => render::csv::render(report, claims, w)?,
        Format::Html => render::html::render(report, claims, settings, w)?,
        Format::Claimreview => return render::claimreview::render(report, claims, settings, w),
    }
    Ok(Vec::new())
}

/// The selected claims read again, in report order, a batch at a time:
/// each batch is read and rendered on every core while the one before is
/// written, so only two batches are in memory at once.
struct Reread<'a> {
    again: &'a Again,
    placed: &'a [Placed<ClaimAt>],
    full: bool,
    /// Claims that could no longer be read (removed or broken since the first pass).
    failed: Mutex<Vec<String>>,
}

impl Claims for Reread<'_> {
    fn render_each(
        &self,
        part: Part,
        render: &(dyn Fn(&Claim) -> String + Sync),
        out: &mut dyn FnMut(String) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        const BATCH: usize = 256;
        let places: Vec<ClaimAt> = self
            .placed
            .iter()
            .filter(|p| part.holds(p.open, p.concluded))
            .map(|p| p.at)
            .collect();
        let batch = |places: &[ClaimAt]| -> Vec<Option<String>> {
            places
                .par_iter()
                .map(|at| match self.again.load(*at, self.full) {
                    Ok(c) => Some(render(&report::redact(c))),
                    Err(e) => {
                        if let Ok(mut failed) = self.failed.lock() {
                            failed.push(e.to_string());
                        }
                        None
                    }
                })
                .collect()
        };
        let mut ready: Vec<Option<String>> = Vec::new();
        for chunk in places.chunks(BATCH) {
            let (next, written) = std::thread::scope(|scope| {
                let next = scope.spawn(|| batch(chunk));
                let written = ready.drain(..).flatten().try_for_each(&mut *out);
                (next.join(), written)
            });
            written?;
            ready = next.map_err(|_| std::io::Error::other("a report thread failed"))?;
        }
        ready.into_iter().flatten().try_for_each(out)
    }
}

type Texts = BTreeMap<String, (u32, String)>;

/// The sources the claims quote (each source's id and the revision a claim
/// quotes), and the latest text of those with a revision newer than a
/// claim's. A file that cannot be read is noted in `unreadable`.
fn sources_of<'a>(
    store: &Store,
    quoted: impl Iterator<Item = (&'a str, u32)>,
    unreadable: &mut Vec<String>,
) -> (BTreeMap<String, crate::model::Source>, Texts) {
    let mut oldest: BTreeMap<&str, u32> = BTreeMap::new();
    for (id, rev) in quoted {
        let r = oldest.entry(id).or_insert(rev);
        *r = (*r).min(rev);
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
