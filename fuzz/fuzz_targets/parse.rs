//! libFuzzer entry of the `parse` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::parse`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::parse::check(data));
