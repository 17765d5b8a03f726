//! libFuzzer entry of the `compile` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::compile`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::compile::check(data));
