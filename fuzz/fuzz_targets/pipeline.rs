//! The whole per-article pipeline on arbitrary text: no panic, every record invariant kept.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (dct, article) = newsextract_fuzz::article(data);
    newsextract_fuzz::check(None, dct, &article);
});
