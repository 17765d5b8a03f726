//! SIMD on AArch64: not implemented yet.
//!
//! The code generator translates `v128` values and SIMD operators through
//! the `v128_*` methods and the `V128` load/store kinds. On AArch64 each of
//! them only marks the function as using SIMD (or fails at once where the
//! method can report an error), and [`Masm::finish`] then refuses the
//! function with `CompileError::Unsupported`, so no partial vector code is
//! ever handed out. Types and globals with `v128` are refused earlier, in
//! `SinglepassCompiler::compile_module`.
//!
//! [`Masm::finish`]: crate::machine::Masm::finish

use crate::unsupported;
use trident_types::CompileError;

/// The error for any SIMD operation on AArch64.
pub(crate) fn no_simd() -> CompileError {
    unsupported("SIMD (v128) on aarch64", None)
}
