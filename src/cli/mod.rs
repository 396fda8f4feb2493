//! Command-line interface: one file per subcommand.
//!
//! Exit status: 0 when everything went well, 2 when some articles failed (their error records
//! are in the output), 1 on a fatal error (bad arguments, output not writable), 130 when
//! interrupted by Ctrl-C.

mod eval;
mod extract;
mod malloc;
mod schema;

use clap::{Parser, Subcommand};

/// Exit status when some articles failed but the run completed.
pub const EXIT_SOME_FAILED: u8 = 2;

/// Turns dumps of scraped news articles into structured records: named entities, money
/// amounts, dates (TIMEX3) and government-contract references, one JSON record per article.
#[derive(Debug, Parser)]
#[command(name = "newsextract", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Extract(extract::Args),
    Eval(eval::Args),
    Schema(schema::Args),
}

/// Runs the parsed command line; returns the exit status.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Schema(args) => schema::run(args),
    }
}

/// Whether the error chain ends in a closed pipe (`newsextract … | head`): a quiet exit.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
