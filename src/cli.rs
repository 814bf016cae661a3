//! The command line, as clap types. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::output::ColorChoice;

/// Log, check and publish the claims in news articles, in plain YAML files under git
#[derive(Debug, Parser)]
#[command(name = "claimtrack", version, max_term_width = 100)]
pub(crate) struct Cli {
    /// Use the store in DIR (default: $CLAIMTRACK_STORE, else the nearest folder
    /// at or above this one that holds claims/ and sources/)
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        help_heading = "Global options"
    )]
    pub store: Option<PathBuf>,

    /// When to colour the output
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN",
        help_heading = "Global options"
    )]
    pub color: ColorChoice,

    /// Who makes the change (default: $CLAIMTRACK_USER, git's user.name, the login name)
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        value_parser = crate::commands::args::parse_by,
        help_heading = "Global options"
    )]
    pub by: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Init(commands::init::Args),
    /// Store articles and their revisions; compare them and the quotes in them
    #[command(subcommand)]
    Source(commands::source::SourceCommand),
    Add(commands::add::Args),
    Edit(commands::edit::Args),
    /// Mark a claim verified, with the evidence that supports it
    Verify(commands::verdict::VerdictArgs),
    /// Mark a claim refuted, with the evidence against it
    Refute(commands::verdict::VerdictArgs),
    Mark(commands::verdict::MarkArgs),
    Assign(commands::assign::Args),
    Revert(commands::revert::Args),
    Rm(commands::rm::Args),
    Evidence(commands::evidence::Args),
    Respond(commands::respond::Args),
    List(commands::list::Args),
    Search(commands::search::Args),
    Show(commands::show::Args),
    Log(commands::log::Args),
    Record(commands::record::Args),
    Check(commands::check::Args),
    Report(commands::report::Args),
    Export(commands::export::Args),
    Completions(commands::completions::Args),
    Man(commands::man::Args),
    Extract(commands::extract::Args),
    Diff(commands::diff::Args),
    MergeDriver(commands::merge_driver::Args),
    Import(commands::import::Args),
}
