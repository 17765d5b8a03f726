//! libFuzzer entry of the `cache` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::cache`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::cache::check(data));
