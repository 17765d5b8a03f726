//! Types shared by every Trident crate.
//!
//! This crate is the single source of truth for the contracts between the
//! front end, the back ends and the runtime:
//!
//! * [`ModuleInfo`]: a validated module's metadata, produced once by the
//!   front end and never changed afterwards;
//! * [`TrapCode`]: why wasm code stopped;
//! * [`VMOffsets`]: the layout of an instance's `vmctx`, the only way
//!   compiled code reaches runtime state;
//! * [`Builtin`]: the runtime functions compiled code may call, and their
//!   signatures.
//!
//! It depends on nothing but `thiserror`, so the headless runtime can use it
//! without pulling in a compiler.

mod builtins;
mod compilation;
pub mod cpu;
mod error;
mod features;
pub mod fuel;
mod memory;
mod module;
mod options;
mod trap;
mod types;
mod vmoffsets;

pub use builtins::{Builtin, BuiltinParam, EPOCH_TRAP_DEADLINE};
pub use compilation::{
    inlined_calls_at, wasm_offset_in, Compilation, CompiledFunction, InlinedCall, Relocation,
    RelocationKind, RelocationTarget, TrapSite, NO_OPERATOR,
};
pub use error::{CompileError, FuncIndex, WasmError};
pub use features::{Features, FeaturesError, Proposal};
pub use fuel::{FuelCosts, FuelCostsError};
pub use memory::{BoundsChecks, STATIC_GUARD, STATIC_RESERVATION};
pub use module::{
    ConstExpr, ConstOp, DataKind, DataSegment, ElementItems, ElementKind, ElementSegment, Export,
    ExportKind, Import, ImportKind, ModuleInfo,
};
pub use options::{CompilerOptions, OptLevel, RelaxedSimd};
pub use trap::TrapCode;
pub use types::{FuncType, GlobalType, HeapType, MemoryType, RefType, TableType, ValType};
pub use vmoffsets::{GlobalSlot, VMOffsets, ARG_BUFFER_BYTES, VALUE_SLOT_SIZE, WASM_PAGE_SIZE};
