//! The `newsextract` command. All real work lives in the library; this parses the command line,
//! runs the subcommand and maps its outcome to an exit status: 0 all well, 2 some articles
//! failed, 1 a fatal error (bad arguments included).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(err) => {
            // --help and --version are not errors; usage errors are fatal (1), not clap's 2.
            let _ = err.print();
            return ExitCode::from(u8::from(err.use_stderr()));
        }
    };
    match cli::run(args) {
        Ok(status) => ExitCode::from(status),
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsextract: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
