//! The money extractor alone on arbitrary text: no panic, every record invariant kept.
#![no_main]

use newsextract::extract::Layer;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    newsextract::testing::fuzz::extractor_alone(Layer::Money, data)
});
