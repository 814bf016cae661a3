//! `claimtrack source diff`: what changed between two revisions of an article, and in its claims' quotes.

use crate::anchor::{self, Prepared};
use crate::app::App;
use crate::commands::args::Format;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::{note, print};
use crate::render::diff as render;
use crate::store;
use crate::worddiff;

use super::anchoring::{anchor_rows, old_texts, on_revisions_up_to};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The source's id
    pub id: String,
    /// The older revision (default: the one before --to)
    #[arg(long, value_name = "REV")]
    pub from: Option<u32>,
    /// The newer revision (default: the latest)
    #[arg(long, value_name = "REV")]
    pub to: Option<u32>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

pub(super) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.id)?;
    let source = store.load_source(&args.id)?;
    let latest = source.latest_rev();
    if latest < 2 && args.from.is_none() && args.to.is_none() {
        return Err(Error::invalid(format!(
            "source `{}` has only r{latest}; there is nothing to compare yet",
            source.id
        ))
        .hint(format!(
            "store a newer text with `claimtrack source update {} FILE`",
            source.id
        )));
    }
    let to = args.to.unwrap_or(latest);
    let from = args.from.unwrap_or(to.saturating_sub(1));
    for rev in [to, from] {
        if source.revision(rev).is_none() {
            return Err(Error::invalid(format!(
                "source `{}` has no revision {rev} (it has r1 to r{latest})",
                source.id
            )));
        }
    }
    if from >= to {
        return Err(Error::invalid(format!(
            "--from ({from}) must come before --to ({to})"
        )));
    }
    let old = store.source_text(&source, from)?;
    let new = store.source_text(&source, to)?;
    let hunks = worddiff::paragraphs_diff(&old, &new);
    let trivial = anchor::only_white_space_differs(&old, &new);
    let (claims, mut errors) = store.claims_quoting(&source.id)?;
    let (on_or_before, unknown) = on_revisions_up_to(store, &source, &claims, to);
    errors.extend(unknown);
    let texts = old_texts(store, &source, &on_or_before, to)?;
    let prepared = Prepared::new(&new);
    let mut rows = anchor_rows(&texts, &on_or_before, to, &prepared);
    for (row, (claim, _)) in rows.iter_mut().zip(&on_or_before) {
        let kept = claim.kept_over().is_some_and(|k| k >= to);
        row.action = match (row.from == to, row.outcome.verdict.is_exact(), kept) {
            (true, _, _) => format!("on r{to}"),
            (false, true, _) => format!("on r{}, found in r{to}", row.from),
            (false, false, true) => format!("r{} kept", row.from),
            (false, false, false) => format!("on r{}, flagged", row.from),
        };
    }
    match args.format {
        Format::Json => {
            let (changed, removed, added) = worddiff::hunk_counts(&hunks);
            let value = serde_json::json!({
                "source": source.id,
                "from": from,
                "to": to,
                "trivial": trivial,
                "counts": {"changed": changed, "removed": removed, "added": added},
                "paragraphs": hunks,
                "claims": rows,
            });
            print(&format!("{}\n", crate::escape::json(&value)))?;
        }
        Format::Text => {
            let p = app.painter();
            let (changed, removed, added) = worddiff::hunk_counts(&hunks);
            let mut out = format!(
                "{} r{from} → r{to}: {changed} paragraph{} changed, {removed} removed, {added} added{}\n",
                p.bold(&source.id),
                crate::model::plural::suffix(changed),
                if trivial { " (white space only)" } else { "" }
            );
            out.push_str(&render::paragraphs_text(&hunks, p, app.width()));
            if rows.is_empty() {
                out.push_str("\nno claims quote this source\n");
            } else {
                out.push_str(&format!("\n{} in r{to}\n", p.bold("Claims")));
                out.push_str(&render::anchor_table(&rows, p, app.width()));
            }
            print(&out)?;
        }
    }
    for e in &errors {
        note(&format!("error: {}", e.report()));
    }
    Ok(if errors.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
