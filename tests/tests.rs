//! Integration tests: one binary, modules by theme, shared helpers in `util`.

mod cli;
mod events;
mod util;
