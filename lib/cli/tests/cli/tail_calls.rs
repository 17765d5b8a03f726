//! `tests/programs/tail-calls.c` built by clang-22 with `-mtail-call
//! -mextended-const` (mutual recursion through `musttail` with ten
//! arguments: `return_call` with arguments beyond the registers) prints
//! what its native build prints, 10^7 calls deep (10^8 with
//! `TRIDENT_TAIL_CALLS=100000000`), under `trident run` and as a
//! create-exe executable on every back end.
//!
//! Both builds come from `make tail-calls`.

use crate::native_twin::matches_native_build;

fn depth() -> String {
    std::env::var("TRIDENT_TAIL_CALLS").unwrap_or_else(|_| "10000000".into())
}

#[test]
fn tail_call_program_matches_its_native_build() {
    let want = matches_native_build("tail-calls", &[&depth()]);
    assert!(want.starts_with("even/odd("), "{want}");
}
