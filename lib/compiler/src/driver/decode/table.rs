//! The operator table: for every operator class, the handler the driver
//! runs, written once for every back end.
//!
//! Invariants:
//! * The `match` names every [`OpClass`] without a wildcard
//!   (`#[deny(clippy::wildcard_enum_match_arm)]`), so a class added to
//!   `OpClass` does not build until it is placed here.
//! * A class is either compiled — by its shared decoder, which calls the
//!   methods of one emitter trait, or by [`FuncEmitter::control`] — or
//!   rejected with the text of [`OpClass::rejection`]. The rejected rows
//!   are Trident's single `Unsupported` table; it only shrinks (the
//!   Wasm 3.0 issues empty it).
//! * A back end compiles a class by implementing its emitter trait:
//!   [`OperatorEmitter`] is every one of them, so a back end that leaves a
//!   class out, or an operator out of a class's trait, does not build
//!   (`lib/compiler/tests/compile_fail.rs`). A method may still return
//!   `CompileError::Unsupported` where one ISA lacks an instruction; that
//!   is the back end's own, typed refusal.

use super::{
    calls, conversions, function_references, memory, numeric, relaxed_simd, simd, tables,
    variables, CallEmitter, ConversionEmitter, FuncRefEmitter, MemoryEmitter, NumericEmitter,
    SimdEmitter, TableEmitter, VariableEmitter,
};
use crate::driver::function::{FuncEmitter, Support};
use crate::operators::OpClass;

/// A back end's per-function emitter for every operator class: the driver
/// ([`crate::translate_operators`]) needs nothing else. Implemented for
/// every type that implements each class's trait.
pub trait OperatorEmitter:
    FuncEmitter
    + VariableEmitter
    + CallEmitter
    + FuncRefEmitter
    + MemoryEmitter
    + TableEmitter
    + NumericEmitter
    + ConversionEmitter
    + SimdEmitter
{
}

impl<E> OperatorEmitter for E where
    E: FuncEmitter
        + VariableEmitter
        + CallEmitter
        + FuncRefEmitter
        + MemoryEmitter
        + TableEmitter
        + NumericEmitter
        + ConversionEmitter
        + SimdEmitter
{
}

/// The handler for operators of `class`, or why the class is rejected.
#[deny(clippy::wildcard_enum_match_arm)]
pub fn operator_table<E: OperatorEmitter>(class: OpClass) -> Support<E> {
    use OpClass::*;
    match class {
        Control => Support::Compiled(E::control),
        Parametric | Variable => Support::Compiled(variables),
        Call | TailCall => Support::Compiled(calls),
        Memory | BulkMemory => Support::Compiled(memory),
        Table | Reference => Support::Compiled(tables),
        Constant | Numeric => Support::Compiled(numeric),
        Conversion => Support::Compiled(conversions),
        Simd => Support::Compiled(simd),
        RelaxedSimd => Support::Compiled(relaxed_simd),
        FunctionReferences => Support::Compiled(function_references),
        Exceptions
        | LegacyExceptions
        | Gc
        | Threads
        | SharedEverythingThreads
        | StackSwitching
        | WideArithmetic
        | MemoryControl
        | CustomDescriptors
        | AcquireReleaseAtomics => Support::Rejected(class.rejection()),
    }
}
