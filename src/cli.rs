//! The command line, as clap types. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::output::ColorChoice;

/// Log, check and publish the claims in news articles, in plain YAML files under git
#[derive(Debug, Parser)]
#[command(name = "claimtrack", version, max_term_width = 100)]
pub struct Cli {
    /// Use the store in DIR (default: $CLAIMTRACK_STORE, else the nearest folder
    /// at or above this one that holds claims/ and sources/)
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,

    /// When to colour the output
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorChoice,

    /// Who makes the change (default: $CLAIMTRACK_USER, git's user.name, the login name)
    #[arg(long, global = true, value_name = "NAME")]
    pub by: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(commands::init::Args),
    #[command(subcommand)]
    Source(commands::source::SourceCommand),
    Add(commands::add::Args),
    Edit(commands::edit::Args),
    Verify(commands::verdict::VerdictArgs),
    Refute(commands::verdict::VerdictArgs),
    Mark(commands::verdict::MarkArgs),
    Evidence(commands::evidence::Args),
    Respond(commands::respond::Args),
    List(commands::list::Args),
    Show(commands::show::Args),
    Log(commands::log::Args),
    Record(commands::record::Args),
    Check(commands::check::Args),
    Import(commands::import::Args),
}
