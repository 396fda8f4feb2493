//! The money extractor alone on arbitrary text: no panic, every record invariant kept.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::extract::Layer;

fuzz_target!(|data: &[u8]| newsextract_fuzz::extractor_alone(Layer::Money, data));
