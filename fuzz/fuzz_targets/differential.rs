//! libFuzzer entry of the `differential` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::differential`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::differential::check(data));
