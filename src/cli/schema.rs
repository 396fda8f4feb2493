//! `newsextract schema`: prints the JSON Schema of the JSONL record.

use std::io::Write;

/// Print the JSON Schema (draft 2020-12) of the records `extract` writes.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<u8> {
    let mut out = std::io::stdout().lock();
    out.write_all(newsextract::record::JSON_SCHEMA.as_bytes())?;
    out.flush()?;
    Ok(0)
}
