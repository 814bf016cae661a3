//! `claimtrack check`: validate the whole store and report every problem.

use crate::app::App;
use crate::diagnostic::Severity;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::{note, print};

use super::args::Format;
use crate::model::plural::suffix;

/// Validate the whole store and report every problem as path:line:column
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Check every file again, reusing nothing from earlier checks
    ///
    /// By default a claim or source file unchanged since the last check (and
    /// whose source and settings are unchanged) is not read again: what that
    /// check concluded, kept in `.claimtrack-check.cache`, is reused. The
    /// findings are the same either way; this flag is for when the cache is
    /// in doubt. The cache is written again from this run.
    #[arg(long)]
    pub no_cache: bool,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    // A reader: it never locks and never removes anything (a read-only
    // store is checked too); what interrupted writers left is reported. It
    // writes only its own cache, and only where it can.
    let options = crate::check::Options {
        reuse: !args.no_cache,
        now: std::time::SystemTime::now(),
    };
    let found = crate::check::check_store(store, options)?;
    let errors = found
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = found.diagnostics.len() - errors;
    let summary = format!(
        "checked {} claim{} and {} source{}: {} error{}, {} warning{}",
        found.claims,
        suffix(found.claims),
        found.sources,
        suffix(found.sources),
        errors,
        suffix(errors),
        warnings,
        suffix(warnings)
    );
    match args.format {
        Format::Text => {
            let mut out = String::new();
            for d in &found.diagnostics {
                out.push_str(&d.to_text());
                out.push('\n');
            }
            print(&out)?;
            note(&summary);
        }
        Format::Json => {
            let value = serde_json::json!({
                "findings": found.diagnostics,
                "summary": {
                    "claims": found.claims,
                    "sources": found.sources,
                    "errors": errors,
                    "warnings": warnings,
                }
            });
            print(&format!("{}\n", crate::escape::json(&value)))?;
        }
    }
    Ok(if errors > 0 {
        Exit::Found
    } else {
        Exit::Success
    })
}
