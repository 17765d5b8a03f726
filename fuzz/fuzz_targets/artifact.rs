//! libFuzzer entry of the `artifact` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::artifact`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::artifact::check(data));
