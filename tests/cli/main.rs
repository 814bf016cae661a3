//! The command line, end to end: the real program on temporary stores.
// Helpers shared by the test modules are `pub` inside private modules.
#![allow(clippy::unwrap_used, clippy::expect_used, unreachable_pub)]

mod check_reuse;
mod common;
mod desk;
mod differential;
mod export;
mod extract;
mod hostile;
mod import;
mod ledger;
mod report;
mod revisions;
mod scale;
mod search;
mod source_merge;
mod web_cli;
mod web_corpus;
mod web_fetch;
mod web_server;
