//! `claimtrack source show`: one source, its revisions and the claims anchored there.

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;
use crate::render::table::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The source's id
    pub id: String,
}

pub fn run(app: &App, args: Args) -> Result<Exit> {
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
