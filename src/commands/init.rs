//! `claimtrack init [DIR]`: make an empty store.

use std::path::PathBuf;

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;
use crate::store::Store;

/// Make an empty store (claims/, sources/ and the git merge settings)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Folder to make the store in (default: the current folder)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let (store, made) = Store::init(&dir)?;
    let root = store.root().display();
    if made.is_empty() {
        print(&format!("{root} is already a claimtrack store\n"))?;
    } else {
        print(&format!(
            "made a claimtrack store in {root} ({})\n\
             next: claimtrack source add ARTICLE.txt --title \"…\" --published YYYY-MM-DD\n\
             to merge claims in git, also run:\n  \
             git config merge.claimtrack.driver \"claimtrack merge-driver %O %A %B\"\n",
            made.join(", ")
        ))?;
    }
    Ok(Exit::Success)
}
