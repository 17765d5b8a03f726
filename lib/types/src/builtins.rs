//! Runtime functions ("builtins") that compiled code calls.
//!
//! Compiled code never links against runtime symbols: it loads the address
//! of builtin `b` from the table at `vmctx + VMOffsets::builtins()` (a
//! pointer to an array of function pointers) at index `b as usize`, and calls
//! it with the platform's C calling convention. This keeps code position
//! independent and free of relocations to the runtime.
//!
//! Every builtin takes the calling instance's `vmctx` first. Builtins never
//! unwind or longjmp: a builtin that can fail returns a `u32` status, zero
//! for success and non-zero for "trap with this builtin's
//! [`Builtin::trap_code`]", and the compiled code raises that trap itself
//! ([`Builtin::EpochDeadline`] reports through the store's deadline
//! instead, see there).
//!
//! Addresses, lengths and deltas of memories and tables are `I64`
//! parameters for both index types (memory64/table64 and 32-bit ones), so
//! one builtin serves both: compiled code zero-extends a 32-bit operand,
//! and the builtin checks bounds in 64 bits. `memory.grow`/`table.grow`
//! return an `I64` (-1 as all ones); for a 32-bit memory or table the code
//! keeps the low half, which is the 32-bit answer.

use crate::TrapCode;

/// The store deadline with which [`Builtin::EpochDeadline`] tells the code
/// that called it to trap with `Interrupted`; a deadline it sets for going
/// on is never this.
pub const EPOCH_TRAP_DEADLINE: u64 = 0;

/// The type of a builtin parameter or result, in native terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinParam {
    /// A pointer-sized integer (`vmctx`, reference values).
    Pointer,
    I32,
    I64,
}

/// The builtins. The discriminant is the index in the builtin table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Builtin {
    /// `(vmctx, memory: i32, delta_pages: i64) -> i64`: old size in pages, or -1.
    MemoryGrow = 0,
    /// `(vmctx, memory: i32, dst: i64, value: i32, len: i64) -> status`.
    MemoryFill,
    /// `(vmctx, dst_memory: i32, src_memory: i32, dst: i64, src: i64, len: i64) -> status`.
    MemoryCopy,
    /// `(vmctx, memory: i32, data: i32, dst: i64, src: i32, len: i32) -> status`.
    MemoryInit,
    /// `(vmctx, data: i32)`.
    DataDrop,
    /// `(vmctx, table: i32, init: ptr, delta: i64) -> i64`: old size, or -1.
    TableGrow,
    /// `(vmctx, table: i32, dst: i64, value: ptr, len: i64) -> status`.
    TableFill,
    /// `(vmctx, dst_table: i32, src_table: i32, dst: i64, src: i64, len: i64) -> status`.
    TableCopy,
    /// `(vmctx, table: i32, elem: i32, dst: i64, src: i32, len: i32) -> status`.
    TableInit,
    /// `(vmctx, elem: i32)`.
    ElemDrop,
    /// `(vmctx)`: the epoch reached the store's deadline. The store's epoch
    /// callback (a guest profiler, say) may set a new deadline (never 0)
    /// and let the code go on; without one, or when it says so, the builtin
    /// sets the deadline to 0, and the compiled code, which loads the
    /// deadline after the call, traps with `Interrupted` when it is 0. It
    /// preserves every general-purpose and vector register, so Cranelift
    /// calls it with its `preserve_all` convention (which returns nothing).
    /// Called from the interrupt checks, not from an operator.
    EpochDeadline,
    /// `(vmctx, funcref: ptr, expected: i32) -> ptr`: `funcref` (non-null)
    /// if its function's type is a subtype of engine type `expected`,
    /// else null, on which the code traps with `BadSignature`. Called by
    /// `call_indirect` when the function's type id differs from the
    /// expected one and the expected type is open to subtypes (returning
    /// the reference spares singlepass keeping it across the call).
    FuncSubtype,
}

impl Builtin {
    /// Every builtin, in table order.
    pub const ALL: [Builtin; 12] = [
        Builtin::MemoryGrow,
        Builtin::MemoryFill,
        Builtin::MemoryCopy,
        Builtin::MemoryInit,
        Builtin::DataDrop,
        Builtin::TableGrow,
        Builtin::TableFill,
        Builtin::TableCopy,
        Builtin::TableInit,
        Builtin::ElemDrop,
        Builtin::EpochDeadline,
        Builtin::FuncSubtype,
    ];

    /// Index in the builtin table.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parameters after the leading `vmctx`.
    pub fn params(self) -> &'static [BuiltinParam] {
        use BuiltinParam::*;
        match self {
            Builtin::MemoryGrow => &[I32, I64],
            Builtin::MemoryFill => &[I32, I64, I32, I64],
            Builtin::MemoryCopy => &[I32, I32, I64, I64, I64],
            Builtin::MemoryInit => &[I32, I32, I64, I32, I32],
            Builtin::DataDrop => &[I32],
            Builtin::TableGrow => &[I32, Pointer, I64],
            Builtin::TableFill => &[I32, I64, Pointer, I64],
            Builtin::TableCopy => &[I32, I32, I64, I64, I64],
            Builtin::TableInit => &[I32, I32, I64, I32, I32],
            Builtin::ElemDrop => &[I32],
            Builtin::EpochDeadline => &[],
            Builtin::FuncSubtype => &[Pointer, I32],
        }
    }

    /// The result, if any. Fallible builtins return an `I32` status; the
    /// two `grow`s an `I64` size.
    pub fn result(self) -> Option<BuiltinParam> {
        match self {
            Builtin::DataDrop | Builtin::ElemDrop | Builtin::EpochDeadline => None,
            Builtin::MemoryGrow | Builtin::TableGrow => Some(BuiltinParam::I64),
            Builtin::FuncSubtype => Some(BuiltinParam::Pointer),
            _ => Some(BuiltinParam::I32),
        }
    }

    /// Whether the result is the Wasm operator's result (`memory.grow`,
    /// `table.grow`); a fallible builtin's status is checked instead.
    #[inline]
    pub fn pushes_result(self) -> bool {
        matches!(self, Builtin::MemoryGrow | Builtin::TableGrow)
    }

    /// For builtins that return a status, the trap to raise when it is
    /// non-zero.
    pub fn trap_code(self) -> Option<TrapCode> {
        match self {
            Builtin::MemoryFill | Builtin::MemoryCopy | Builtin::MemoryInit => {
                Some(TrapCode::HeapOutOfBounds)
            }
            Builtin::TableFill | Builtin::TableCopy | Builtin::TableInit => {
                Some(TrapCode::TableOutOfBounds)
            }
            _ => None,
        }
    }
}
