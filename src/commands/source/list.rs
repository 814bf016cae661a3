//! `claimtrack source list`: one line a source.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;
use crate::render::table::Table;

pub(super) fn run(app: &App) -> Result<Exit> {
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
        print("no sources yet; add one with `claimtrack source add FILE`\n")?;
        return Ok(Exit::Success);
    }
    print(&table.render(app.width(), app.painter()))?;
    for p in &problems {
        crate::output::note(&format!("error: {}", p.report()));
    }
    Ok(if problems.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
