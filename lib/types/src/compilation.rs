//! What a back end produces: plain data, so the runtime's code loader can
//! read it without depending on any compiler.

use crate::TrapCode;

/// A place in a function's code that must be patched once addresses are
/// known.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Relocation {
    /// Offset of the patched bytes from the start of the function.
    pub offset: u32,
    pub kind: RelocationKind,
    pub target: RelocationTarget,
    pub addend: i64,
}

/// How a relocation is patched. Only PC-relative kinds exist, so code stays
/// position independent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelocationKind {
    /// x86-64: 32-bit PC-relative (`call rel32`); value = S + A - P.
    X86PcRel4,
    /// AArch64: 26-bit `bl` immediate; value = (S + A - P) >> 2.
    Arm64Call,
}

/// What a relocation refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelocationTarget {
    /// A defined function, by its index in the function space.
    Function(u32),
}

/// A trapping instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrapSite {
    /// Offset of the instruction from the start of the function.
    pub offset: u32,
    pub code: TrapCode,
}

/// One function's machine code and what the loader needs to place it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompiledFunction {
    pub body: Vec<u8>,
    pub relocations: Vec<Relocation>,
    /// Sorted by offset.
    pub traps: Vec<TrapSite>,
    /// Required alignment of the start of `body`, in bytes.
    pub alignment: u32,
}

/// A compiled module.
///
/// Every part is in an order fixed by the module, never by scheduling, so
/// the same input always gives the same `Compilation`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Compilation {
    /// One per defined function, in function-index order.
    pub functions: Vec<CompiledFunction>,
    /// Host→wasm trampolines, one per type index of the module. Signature:
    /// `extern "C" fn(func_ptr, callee_vmctx, caller_vmctx, values)` where
    /// `values` points to 16-byte slots holding the arguments on entry and
    /// the results on return.
    pub host_to_wasm: Vec<CompiledFunction>,
    /// Wasm→host trampolines for the types of imported functions:
    /// `(type index, trampoline)`, sorted by type index.
    pub wasm_to_host: Vec<(u32, CompiledFunction)>,
}
