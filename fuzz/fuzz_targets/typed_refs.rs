//! libFuzzer entry of the `typed_refs` target: what it feeds Trident and
//! what it checks is in `trident_fuzzing::typed_refs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trident_fuzzing::typed_refs::check(data));
