//! `claimtrack list`: one line a claim, filtered.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, NaiveDate, Utc};
use rayon::prelude::*;

use crate::anchor::{self, Flag, Prepared};
use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::model::key::ClaimKey;
use crate::model::{Claim, Source, Status};
use crate::output::{note, stdout_error, Printer};
use crate::render::{self, claim_json, table::Layout};
use crate::store::{ClaimAt, Keyed, Store};

use super::args::{Filter, FilterContext, Format};

/// List claims, one line each, open ones first
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub filter: Filter,
    /// Order: due (earliest first, none last), age (oldest first), status (open first)
    #[arg(long, value_enum, value_name = "ORDER")]
    pub sort: Option<Sort>,
    /// Output format
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    pub format: Format,
}

/// `--sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Sort {
    /// The earliest due day first; claims without one last
    Due,
    /// The oldest first
    Age,
    /// Open first, then by verdict
    Status,
}

/// What the first pass keeps of a listed claim: its place in the order,
/// where it was read, and what its quote flag needs. The claims themselves
/// are read again, in order, as their rows are written, so that memory does
/// not grow with the store.
#[derive(Debug)]
struct Listed {
    order: (u8, Option<NaiveDate>, Option<DateTime<Utc>>),
    id: Box<str>,
    source: Box<str>,
    rev: u32,
    /// The digest of the quoted revision's text, when the claim records one.
    sha256: Option<Box<str>>,
}

impl Listed {
    fn of(k: &ClaimKey, sort: Option<Sort>) -> Listed {
        let logged = k.logged;
        let order = match sort {
            None => (u8::from(!k.status.is_open()), None, logged),
            Some(Sort::Age) => (0, None, logged),
            Some(Sort::Due) => (u8::from(k.due.is_none()), k.due, logged),
            Some(Sort::Status) => {
                let rank = Status::ALL.iter().position(|s| *s == k.status);
                (rank.map_or(0, |r| r as u8 + 1), None, logged)
            }
        };
        Listed {
            order,
            id: k.id.into(),
            source: k.source.into(),
            rev: k.rev,
            sha256: k.sha256.map(Into::into),
        }
    }
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let now = app.now()?;
    let cx = FilterContext {
        user: app.user(),
        today: now.date_naive(),
    };
    let view = app.view();
    let json = args.format == Format::Json;
    // The first pass: the claims selected, their order, and the widest
    // cell of each column (the status without its quote flag, which only
    // claims on an older revision of their article can have).
    let widest: [AtomicUsize; 5] = Default::default();
    // Only the claims' keys are needed (see `render::claims_key_widths`).
    let select = |k: &ClaimKey| {
        if !args.filter.matches(k, &cx) {
            return Keyed::Skip;
        }
        if !json {
            for (w, n) in widest.iter().zip(render::claims_key_widths(k, &view)) {
                w.fetch_max(n, Ordering::Relaxed);
            }
        }
        Keyed::Keep(Listed::of(k, args.sort))
    };
    // Every claim is selected by its key alone: no claim is asked for.
    let scan = store.scan_claim_keys(&select, &|_| false, &|_| None)?;
    if let Some(n) = &scan.note {
        note(n);
    }
    let mut errors = scan.errors;
    let source_ids = store.source_ids()?;
    if scan.kept.is_empty() {
        // A name no claim has is refused rather than taken for an empty
        // selection (any selected claim shows that each name is there).
        args.filter.check_names_in(store, &source_ids)?;
    }
    let again = scan.again;
    let mut listed = scan.kept;
    listed.par_sort_unstable_by(|(_, a), (_, b)| (a.order, &a.id).cmp(&(b.order, &b.id)));
    // The sources the rows need: every one for the quote flags, those of
    // claims that name their revision by digest for the JSON's `rev`.
    let mut sources: HashMap<&str, Option<Source>> = HashMap::new();
    for (_, l) in &listed {
        if !json || l.sha256.is_some() {
            sources
                .entry(&l.source)
                .or_insert_with(|| store.load_source(&l.source).ok());
        }
    }
    let flags = if json {
        HashMap::new()
    } else {
        quote_flags(store, &again, &listed, &sources)
    };
    let sources: HashMap<String, Source> = sources
        .into_iter()
        .filter_map(|(id, s)| Some((id.to_string(), s?)))
        .collect();
    let mut widest: Vec<usize> = widest.into_iter().map(AtomicUsize::into_inner).collect();
    let places: Vec<ClaimAt> = listed.into_iter().map(|(at, _)| at).collect();
    for (i, flag) in &flags {
        if let Ok(c) = again.load(places[*i], false) {
            let widths = render::claims_row_widths(&c, Some(flag), &view);
            for (w, n) in widest.iter_mut().zip(widths) {
                *w = (*w).max(n);
            }
        }
    }

    // The second pass: each claim read again, a batch at a time, its row
    // made on every core and written in order.
    let mut out = Printer::new();
    let failed = std::sync::Mutex::new(Vec::new());
    let load = |i: usize| match again.load(places[i], false) {
        Ok(c) => Some(c),
        Err(e) => {
            if let Ok(mut failed) = failed.lock() {
                failed.push(e);
            }
            None
        }
    };
    const BATCH: usize = 1024;
    let write = |out: &mut Printer| -> std::io::Result<()> {
        use std::io::Write;
        if places.is_empty() && !json {
            return out.write_all(b"no claims match\n");
        }
        let header: Vec<String> = render::CLAIMS_HEADER
            .iter()
            .map(|h| h.to_string())
            .collect();
        let layout = Layout::new(&header, &widest, view.width);
        if !json {
            out.write_all(layout.header(view.painter).as_bytes())?;
        }
        for start in (0..places.len()).step_by(BATCH) {
            let end = (start + BATCH).min(places.len());
            let rows: Vec<Option<String>> = (start..end)
                .into_par_iter()
                .map(|i| {
                    let mut c = load(i)?;
                    settle_rev(&mut c, &sources);
                    Some(if json {
                        claim_json::list_item(&c, now, i == 0)
                    } else {
                        layout.row(render::claims_row(&c, flags.get(&i), &view), view.painter)
                    })
                })
                .collect();
            for row in rows.into_iter().flatten() {
                out.write_all(row.as_bytes())?;
            }
        }
        if json {
            out.write_all(claim_json::list_end(places.is_empty()).as_bytes())?;
        }
        Ok(())
    };
    write(&mut out).map_err(stdout_error)?;
    out.finish()?;
    if let Some(n) = again.finish() {
        note(&n);
    }
    errors.extend(failed.into_inner().unwrap_or_default());
    for e in &errors {
        note(&format!("error: {}", e.report()));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}

/// Set `claim.source.rev` (in memory) to the revision its digest names,
/// which a merge may have numbered anew, as `super::settle_revs` does.
fn settle_rev(claim: &mut Claim, sources: &HashMap<String, Source>) {
    if claim.source.sha256.is_some() {
        if let Some(source) = sources.get(&claim.source.id) {
            claim.source.rev = source.rev_of(&claim.source);
        }
    }
}

/// The quote flag of each listed claim that has one, by its place in the
/// list: only a claim quoting an older revision than its article's latest
/// can have one, and only those are read again (see `super::quote_flags`).
fn quote_flags(
    store: &Store,
    again: &crate::store::Again,
    listed: &[(ClaimAt, Listed)],
    sources: &HashMap<&str, Option<Source>>,
) -> HashMap<usize, Flag> {
    let mut texts: HashMap<&str, Option<Prepared>> = HashMap::new();
    let mut flags = HashMap::new();
    for (i, (at, l)) in listed.iter().enumerate() {
        let Some(Some(source)) = sources.get(&*l.source) else {
            continue;
        };
        let latest = source.latest_rev();
        let quoted = source.rev_of_parts(l.rev, l.sha256.as_deref());
        if quoted >= latest {
            continue;
        }
        let Ok(claim) = again.load(*at, false) else {
            continue;
        };
        let text = texts.entry(&l.source).or_insert_with(|| {
            store
                .source_text(source, latest)
                .ok()
                .map(|t| Prepared::new(&t))
        });
        if let Some(flag) = text
            .as_ref()
            .and_then(|t| anchor::flag(&claim, quoted, latest, t))
        {
            flags.insert(i, flag);
        }
    }
    flags
}
