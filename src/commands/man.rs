//! `claimtrack man`: the manual page, of the program or of one command.

use clap::CommandFactory;

use crate::app::App;
use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::output::print;

/// Print the manual page (roff), for `man -l -` or a man folder
///
/// `claimtrack man | man -l -` reads it now; `claimtrack man report` prints
/// the page of one command (claimtrack-report(1)).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// A command whose page to print instead of the main one
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

pub(crate) fn run(_app: &App, args: Args) -> Result<Exit> {
    print(&man_page(args.command.as_deref())?)?;
    Ok(Exit::Success)
}

/// The roff text of the main page, or of one command's page.
pub(crate) fn man_page(command: Option<&str>) -> Result<String> {
    let root = Cli::command();
    let cmd = match command {
        None => root,
        Some(name) => {
            let names: Vec<String> = root
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            let sub = root.find_subcommand(name).cloned().ok_or_else(|| {
                let error = Error::invalid(format!("no command `{name}`"));
                match crate::store::nearest(name, &names) {
                    Some(n) => error.hint(format!("did you mean `{n}`?")),
                    None => error,
                }
            })?;
            let full = format!("claimtrack-{}", sub.get_name());
            sub.name(full.clone())
                .bin_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(|e| Error::invalid(format!("cannot render the manual page: {e}")))?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
