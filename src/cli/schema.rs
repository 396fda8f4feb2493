//! `newsextract schema`: prints the JSON Schema of the JSONL record, or with `--sql` the
//! `CREATE TABLE` statements of the CSV and SQLite tables.

use std::io::Write;

use newsextract::output::table::{self, Dialect};

/// Print the JSON Schema (draft 2020-12) of the records `extract` writes, or with --sql the
/// CREATE TABLE statements matching `extract --format csv` (postgres) or `--format sqlite`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the CREATE TABLE and CREATE INDEX statements for this database instead.
    #[arg(long, value_enum, value_name = "DATABASE")]
    sql: Option<SqlDialect>,
}

/// A database to print the tables for.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SqlDialect {
    /// PostgreSQL: load the CSV tables with `\copy … WITH (FORMAT csv, HEADER)`.
    Postgres,
    /// SQLite: the tables `--format sqlite` creates.
    Sqlite,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let mut out = std::io::stdout().lock();
    match args.sql {
        None => out.write_all(newsextract::record::JSON_SCHEMA.as_bytes())?,
        Some(SqlDialect::Postgres) => {
            out.write_all(table::create_statements(Dialect::Postgres, false).as_bytes())?
        }
        Some(SqlDialect::Sqlite) => {
            out.write_all(table::create_statements(Dialect::Sqlite, true).as_bytes())?
        }
    }
    out.flush()?;
    Ok(0)
}
