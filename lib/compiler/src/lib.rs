//! The shared front end, the compile driver and the back-end interface.
//!
//! [`translate_module`] parses and validates a module with wasmparser under
//! an explicit [`Features`](trident_types::Features) set and produces a
//! [`ModuleTranslation`]: the module's [`ModuleInfo`](trident_types::ModuleInfo)
//! and one [`FunctionBody`] per defined function. [`compile_module`] (the
//! driver, `driver/`) turns a translation into a [`Compilation`] with a back
//! end, which implements [`Compiler`] (module level) and, per function,
//! [`FuncEmitter`] (the operator loop is [`translate_operators`]; the
//! operators whose meaning does not depend on the machine reach it
//! decoded, through the traits of [`decode`]).
//!
//! Invariant: everything a back end receives has been fully validated, so a
//! back end may rely on the module being well-typed; anything it cannot
//! compile it rejects with `CompileError::Unsupported`: by operator class
//! in the driver's one table ([`decode::operator_table`]), or from an
//! emitter method where one ISA lacks an instruction.

mod compiler;
pub mod driver;
pub mod fuel;
pub mod operators;
mod translate;

pub use compiler::Compiler;
pub use driver::decode;
pub use driver::function::{translate_operators, FuncEmitter, FuncState, Handler, Support};
pub use driver::operands::{peek_operands, pop_operands};
pub use driver::{
    block_type, compile_module, compile_module_with_progress, plan_trampolines, valtype,
    wasm_error, CompileProgress, FunctionInput, ModuleCompiler, Trampoline,
};
pub use operators::{classify, OpClass};
pub use translate::{proposals_needed, translate_module, FunctionBody, ModuleTranslation};
pub use trident_types::{
    Compilation, CompileError, CompiledFunction, FuncIndex, Relocation, RelocationKind,
    RelocationTarget, TrapSite,
};
pub use wasmparser;
