//! Integration tests: one binary, modules by theme, shared helpers in `util`.

mod bad_input;
mod cli;
mod faults;
mod properties;
mod snapshots;
mod util;
