//! libFuzzer entry of the `wasi` target: what it feeds Trident and what it
//! checks is in `trident_fuzzing::wasi`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::wasi::check(data));
