//! `claimtrack completions`: shell completions.

use clap::CommandFactory;

use crate::app::App;
use crate::cli::Cli;
use crate::error::Result;
use crate::exit::Exit;
use crate::output::print;

/// Print shell completions for claimtrack
///
/// For bash: `claimtrack completions bash > ~/.local/share/bash-completion/completions/claimtrack`
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "claimtrack", &mut buf);
    print(&String::from_utf8_lossy(&buf))?;
    Ok(Exit::Success)
}
