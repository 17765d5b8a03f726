//! `tests/programs/relaxed-simd.c` built by clang-22 with `-msimd128
//! -mrelaxed-simd` (a vectorized kernel on every relaxed operator: madd,
//! nmadd, min, max, laneselect, trunc, swizzle, q15mulr, dot) prints what
//! its scalar native twin prints (the deterministic semantics Trident
//! documents, no fused multiply-add), under `trident run` and as a
//! create-exe executable on every back end. A fused multiply-add changes
//! the printed total, so this also proves the rounding choice.
//!
//! Both builds come from `make relaxed-simd`.

use crate::native_twin::matches_native_build;

#[test]
fn relaxed_simd_program_matches_its_native_build() {
    let want = matches_native_build("relaxed-simd", &[]);
    assert!(want.starts_with("relaxed(2000): checksum "), "{want}");
}
