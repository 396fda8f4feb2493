//! Integration tests: one binary, modules by theme, shared helpers in `util`.

mod cli;
mod database;
mod entities;
mod eval;
mod schema;
mod snapshots;
mod util;
