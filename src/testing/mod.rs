//! Helpers for testing the pipeline from the outside: shared by the integration tests, the
//! fuzz targets (`fuzz/`) and the benchmarks.
//!
//! - [`invariants`] checks what must hold for every record, whatever the input: spans inside
//!   the text and on character boundaries, mention texts equal to their spans, layers sorted and
//!   free of overlaps, finite numbers, well-formed TIMEX3 values.
//! - [`timex`] validates TIMEX3 `value` and `mod` strings.
//! - [`fuzz`] holds the bodies of the fuzz targets, so that tests replay crash inputs through
//!   the same code.
//! - [`adversarial`] generates the inputs that make hand-written loops go quadratic: long runs of
//!   initials, capitalised words, currency signs, nested quotes, very long lines.
//!
//! Nothing here is used by the pipeline itself.

pub mod adversarial;
pub mod fuzz;
pub mod invariants;
pub mod timex;
