//! Integration tests: one binary, modules by theme, shared helpers in `util`.

mod bad_input;
mod cli;
mod database;
mod entities;
mod eval;
mod events;
mod faults;
mod properties;
mod schema;
mod snapshots;
mod util;
