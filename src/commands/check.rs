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
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    // A reader: it never locks and never removes anything (a read-only
    // store is checked too); what interrupted writers left is reported.
    let found = crate::check::check_store(store)?;
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
