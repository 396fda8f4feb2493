//! Integration tests: one binary, modules by theme, shared helpers in `util`.

mod cli;
mod database;
mod eval;
mod events;
mod schema;
mod snapshots;
mod util;
