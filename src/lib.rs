//! claimtrack: a fact-check and claim-tracking tool over plain YAML files.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod anchor;
pub(crate) mod app;
pub(crate) mod check;
pub(crate) mod cli;
pub(crate) mod commands;
pub(crate) mod diagnostic;
pub mod error;
pub mod escape;
pub(crate) mod exit;
pub(crate) mod export;
pub mod extract;
pub mod import;
pub(crate) mod merge;
pub(crate) mod merge_source;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub(crate) mod search;
pub mod store;
pub mod text;
pub mod web;
pub mod worddiff;
pub mod yaml;

use clap::Parser;

use crate::app::App;
use crate::cli::{Cli, Command};
use crate::exit::Exit;

/// Parse the command line, run the command, and turn the outcome into an exit code.
pub fn main_entry() -> std::process::ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                Exit::BadInput.code()
            } else {
                0
            };
            // clap quotes the offending argument; one holding control
            // characters is shown escaped, like everything else printed.
            let hostile =
                std::env::args_os().any(|a| a.to_string_lossy().chars().any(char::is_control));
            if e.use_stderr() && hostile {
                let plain = e.render().to_string();
                output::note(plain.trim_end());
            } else {
                let _ = e.print();
            }
            return std::process::ExitCode::from(code);
        }
    };
    let exit = match run(cli) {
        Ok(exit) => exit,
        // The reader of stdout stopped reading (`claimtrack list | head`).
        Err(error::Error::BrokenPipe) => Exit::Success,
        Err(e @ error::Error::Stdout(_)) => {
            output::note(&format!("claimtrack: {e}"));
            Exit::BadInput
        }
        Err(e) => {
            output::note(&format!("error: {}", e.report()));
            Exit::BadInput
        }
    };
    std::process::ExitCode::from(exit.code())
}

/// Run one parsed command line.
pub(crate) fn run(cli: Cli) -> error::Result<Exit> {
    let app = App::new(cli.store, cli.by, cli.color);
    // An unreadable CLAIMTRACK_NOW is an error for every command, not only those that write.
    app.now()?;
    match cli.command {
        Command::Init(args) => commands::init::run(&app, args),
        Command::Source(cmd) => commands::source::run(&app, cmd),
        Command::Add(args) => commands::add::run(&app, args),
        Command::Edit(args) => commands::edit::run(&app, args),
        Command::Verify(args) => commands::verdict::verify(&app, args),
        Command::Refute(args) => commands::verdict::refute(&app, args),
        Command::Mark(args) => commands::verdict::mark(&app, args),
        Command::Assign(args) => commands::assign::run(&app, args),
        Command::Revert(args) => commands::revert::run(&app, args),
        Command::Rm(args) => commands::rm::run(&app, args),
        Command::Evidence(args) => commands::evidence::run(&app, args),
        Command::Respond(args) => commands::respond::run(&app, args),
        Command::List(args) => commands::list::run(&app, args),
        Command::Show(args) => commands::show::run(&app, args),
        Command::Log(args) => commands::log::run(&app, args),
        Command::Record(args) => commands::record::run(&app, args),
        Command::Check(args) => commands::check::run(&app, args),
        Command::Report(args) => commands::report::run(&app, args),
        Command::Export(args) => commands::export::run(&app, args),
        Command::Completions(args) => commands::completions::run(&app, args),
        Command::Man(args) => commands::man::run(&app, args),
        Command::Extract(args) => commands::extract::run(&app, args),
        Command::Diff(args) => commands::diff::run(&app, args),
        Command::MergeDriver(args) => commands::merge_driver::run(&app, args),
        Command::Import(args) => commands::import::run(&app, args),
        Command::Search(args) => commands::search::run(&app, args),
    }
}

/// End the process at once with code 137, as if it were killed: nothing
/// after this point runs, no temporary file is cleaned up. Only the crash
/// points tests ask for (`CLAIMTRACK_TEST_CRASH_BEFORE_RENAME`) call it;
/// it lives here because only `main`/`lib` end the process.
#[cfg(feature = "test-hooks")]
pub(crate) fn simulate_kill() -> ! {
    std::process::exit(137)
}
