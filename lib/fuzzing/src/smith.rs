//! The one place that says which Wasm features the fuzz targets generate
//! and which the engines accept: [`ENABLED`] drives the wasm-smith
//! configuration, Trident's [`Features`] and the reference interpreter's
//! configuration alike, so enabling a Wasm 3.0 proposal as it lands in
//! Trident is a one-line change there (and, for a proposal Trident's
//! `Features` does not know yet, one line in [`trident_features`]).
//!
//! Invariants:
//! * every generated module is valid for exactly the features in
//!   [`ENABLED`], and terminates: wasm-smith's `ensure_termination` adds a
//!   fuel global that every loop header and function entry decrements (a
//!   trap with `unreachable` when it runs out), so no engine's fuel or
//!   timeout is needed and every engine stops at the same instruction;
//! * NaNs are canonicalized by the generated code itself (wasm-smith's
//!   `canonicalize_nans`: after every float operation, scalar and SIMD, a
//!   NaN result is replaced by the canonical NaN), so every engine,
//!   including the reference interpreter, must produce the same bits and
//!   results are compared bit for bit;
//! * sizes stay small (memories at most 1 MiB with a declared maximum,
//!   tables at most 1,000 elements with a maximum, 5 to 20 functions of
//!   at most 300 instructions) so one module compiles in milliseconds on
//!   Cranelift and singlepass and in tens of milliseconds on LLVM.

use arbitrary::Unstructured;
use trident_types::Features;

/// The proposals beyond Wasm 1.0 that fuzzed modules use.
#[derive(Clone, Copy, Debug)]
pub struct Proposals {
    // Wasm 2.0: what Trident supports today.
    pub sign_extension: bool,
    pub saturating_float_to_int: bool,
    pub multi_value: bool,
    pub bulk_memory: bool,
    pub reference_types: bool,
    pub simd: bool,
    // Wasm 3.0: set each to `true` as Trident supports it on every back
    // end. Relaxed SIMD stays off although Trident runs it: its results
    // are implementation-defined, so the reference may differ legitimately.
    pub tail_call: bool,
    pub extended_const: bool,
    pub multi_memory: bool,
    pub memory64: bool,
    pub relaxed_simd: bool,
    pub exceptions: bool,
    pub gc: bool,
    pub custom_page_sizes: bool,
    pub wide_arithmetic: bool,
}

/// What the fuzz targets generate and the engines are configured for:
/// Wasm 2.0 (SIMD included) plus the 3.0 proposals every back end runs.
pub const ENABLED: Proposals = Proposals {
    sign_extension: true,
    saturating_float_to_int: true,
    multi_value: true,
    bulk_memory: true,
    reference_types: true,
    simd: true,
    tail_call: true,
    extended_const: true,
    multi_memory: true,
    memory64: true,
    relaxed_simd: false,
    exceptions: false,
    gc: false,
    custom_page_sizes: false,
    wide_arithmetic: false,
};

/// Trident's feature set for [`ENABLED`]: exactly the same proposals, so
/// a module Trident refuses for a disabled proposal is a verdict mismatch.
pub fn trident_features() -> Features {
    let p = ENABLED;
    Features {
        mutable_global: true,
        sign_extension: p.sign_extension,
        saturating_float_to_int: p.saturating_float_to_int,
        multi_value: p.multi_value,
        bulk_memory: p.bulk_memory,
        reference_types: p.reference_types,
        simd: p.simd,
        tail_call: p.tail_call,
        extended_const: p.extended_const,
        // wasm-smith generates typed function references only as part of
        // GC; Trident's flag follows that.
        function_references: p.gc,
        gc: p.gc,
        multi_memory: p.multi_memory,
        memory64: p.memory64,
        relaxed_simd: p.relaxed_simd,
        exceptions: p.exceptions,
        legacy_exceptions: false,
    }
}

/// The reference interpreter's configuration for [`ENABLED`].
pub fn wasmi_config() -> wasmi::Config {
    let p = ENABLED;
    let mut c = wasmi::Config::default();
    c.wasm_mutable_global(true)
        .wasm_sign_extension(p.sign_extension)
        .wasm_saturating_float_to_int(p.saturating_float_to_int)
        .wasm_multi_value(p.multi_value)
        .wasm_bulk_memory(p.bulk_memory)
        .wasm_reference_types(p.reference_types)
        .wasm_simd(p.simd)
        .wasm_tail_call(p.tail_call)
        .wasm_extended_const(p.extended_const)
        .wasm_multi_memory(p.multi_memory)
        .wasm_memory64(p.memory64)
        .wasm_relaxed_simd(p.relaxed_simd)
        .wasm_custom_page_sizes(p.custom_page_sizes)
        .wasm_wide_arithmetic(p.wide_arithmetic);
    c
}

/// The wasm-smith configuration for [`ENABLED`]: `imports` is the most
/// imports a module may have (the differential target gives it none).
pub fn config(max_imports: usize) -> wasm_smith::Config {
    let p = ENABLED;
    wasm_smith::Config {
        sign_extension_ops_enabled: p.sign_extension,
        saturating_float_to_int_enabled: p.saturating_float_to_int,
        multi_value_enabled: p.multi_value,
        bulk_memory_enabled: p.bulk_memory,
        reference_types_enabled: p.reference_types,
        simd_enabled: p.simd,
        tail_call_enabled: p.tail_call,
        extended_const_enabled: p.extended_const,
        max_memories: if p.multi_memory { 4 } else { 1 },
        memory64_enabled: p.memory64,
        relaxed_simd_enabled: p.relaxed_simd,
        exceptions_enabled: p.exceptions,
        gc_enabled: p.gc,
        custom_page_sizes_enabled: p.custom_page_sizes,
        wide_arithmetic_enabled: p.wide_arithmetic,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        max_imports,
        max_tables: 2,
        max_memory32_bytes: 1 << 20,
        max_memory64_bytes: 1 << 20,
        memory_max_size_required: true,
        max_table_elements: 1000,
        table_max_size_required: true,
        min_types: 1,
        min_funcs: 5,
        max_funcs: 20,
        max_instructions: 300,
        export_everything: true,
        canonicalize_nans: true,
        ..Default::default()
    }
}

/// Fuel of wasm-smith's termination global: loop iterations and calls an
/// instance may make in all before every further one traps.
pub const TERMINATION_FUEL: u32 = 3000;

/// A valid, terminating module from `u`, or `None` when `u` is too short
/// to make one.
pub fn module(u: &mut Unstructured<'_>, max_imports: usize) -> Option<Vec<u8>> {
    let mut m = wasm_smith::Module::new(config(max_imports), u).ok()?;
    m.ensure_termination(TERMINATION_FUEL).ok()?;
    Some(m.to_bytes())
}

/// Deterministic pseudo-random bytes for `seed` (xorshift64*), for the
/// bounded runs that stand in for the fuzzer's inputs.
pub fn entropy(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}
