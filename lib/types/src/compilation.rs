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
    /// Where the code of each wasm operator starts: `(offset in body,
    /// offset of the operator in the module's bytes)`, sorted by body
    /// offset, each entry covering the code up to the next; an entry of
    /// [`NO_OPERATOR`] covers code that belongs to no operator. Empty for
    /// trampolines, and for a back end that does not keep source
    /// locations.
    pub address_map: Vec<(u32, u32)>,
    /// Wasm functions the back end inlined into this one (LLVM does):
    /// the code ranges holding each inlined call, so a backtrace can name
    /// the calls between the operator the address map gives and this
    /// function. Empty without inlining.
    pub inlined_calls: Vec<InlinedCall>,
    /// Where the entry in the wasm calling convention is: the function
    /// pointer of the function's `VMFuncRef`, what trampolines and other
    /// modules call. 0 (the start) unless the back end compiled the body
    /// in another convention and appended an adapter in the standard one
    /// (LLVM's `tailcc` bodies of modules with tail calls): then `entry`
    /// is the adapter's offset, the body still starts at 0, and
    /// relocations naming the function reach the body.
    pub entry: u32,
}

/// Code of a wasm function inlined by the back end: `[start, end)` of the
/// body (one range of possibly several for the same call) came from the
/// callee of the `call` operator at module offset `call`, inlined `depth`
/// levels deep (1: called by this function itself; 2: by a function
/// inlined at depth 1 …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InlinedCall {
    pub start: u32,
    pub end: u32,
    pub depth: u32,
    pub call: u32,
}

/// The module offsets of the inlined calls whose code contains body offset
/// `code_offset`, innermost first: the call into the function that holds
/// the operator, then its caller's call, out to the call this function
/// itself makes.
pub fn inlined_calls_at(calls: &[InlinedCall], code_offset: u32) -> Vec<u32> {
    let mut chain: Vec<&InlinedCall> = calls
        .iter()
        .filter(|c| c.start <= code_offset && code_offset < c.end)
        .collect();
    chain.sort_by_key(|c| std::cmp::Reverse(c.depth));
    chain.dedup_by_key(|c| c.depth);
    chain.iter().map(|c| c.call).collect()
}

impl CompiledFunction {
    /// The module byte offset of the wasm operator whose code contains
    /// body offset `code_offset`, if the function has an address map.
    pub fn wasm_offset(&self, code_offset: u32) -> Option<u32> {
        wasm_offset_in(&self.address_map, code_offset)
    }
}

/// The wasm offset of address-map entries for code that belongs to no
/// operator (a prologue's trap stub, data after the code).
pub const NO_OPERATOR: u32 = u32::MAX;

/// [`CompiledFunction::wasm_offset`] over an address map.
pub fn wasm_offset_in(map: &[(u32, u32)], code_offset: u32) -> Option<u32> {
    let i = map.partition_point(|(code, _)| *code <= code_offset);
    let (_, wasm) = map.get(i.checked_sub(1)?)?;
    (*wasm != NO_OPERATOR).then_some(*wasm)
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
