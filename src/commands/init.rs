//! `claimtrack init [DIR]`: make an empty store.

use std::path::PathBuf;

use crate::app::App;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;
use crate::store::git::{self, Driver};
use crate::store::Store;

/// Make an empty store (claims/, sources/, claimtrack.yaml to fill in, the git merge settings)
///
/// Inside a git repository it also registers the merge driver for claim
/// files and source.yaml (`git config merge.claimtrack.driver`); run it
/// again in a fresh clone to register it there.
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
    let mut out = if made.is_empty() {
        format!("{root} is already a claimtrack store\n")
    } else {
        format!(
            "made a claimtrack store in {root} ({})\n\
             fill in claimtrack.yaml: who publishes, where, and the rating scale\n\
             next: claimtrack source add ARTICLE.txt --title \"…\" --published YYYY-MM-DD\n",
            made.join(", ")
        )
    };
    match git::register_merge_driver(store.root()) {
        Driver::Added(command) => out.push_str(&format!(
            "registered the merge driver for claim files and source.yaml in this git repository:\n  git config {} '{command}'\n",
            git::DRIVER_KEY
        )),
        Driver::Registered => {}
        Driver::NoRepository => out.push_str(&format!(
            "to merge claims in git, run this in the repository (or `claimtrack init` again there):\n  \
             git config {} \"claimtrack merge-driver %O %A %B %P\"\n",
            git::DRIVER_KEY
        )),
    }
    print(&out)?;
    Ok(Exit::Success)
}
