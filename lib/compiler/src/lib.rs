//! The shared front end and the back-end interface.
//!
//! [`translate_module`] parses and validates a module with wasmparser under
//! an explicit [`Features`](trident_types::Features) set and produces a
//! [`ModuleTranslation`]: the module's [`ModuleInfo`](trident_types::ModuleInfo)
//! and one [`FunctionBody`] per defined function. A back end implements
//! [`Compiler`] and turns a translation into a [`Compilation`].
//!
//! Invariant: everything a back end receives has been fully validated, so a
//! back end may rely on the module being well-typed; anything it cannot
//! compile it rejects with `CompileError::Unsupported`.

mod compiler;
pub mod fuel;
pub mod operators;
mod translate;

pub use compiler::{compile_functions_in_parallel, Compiler};
pub use translate::{translate_module, FunctionBody, ModuleTranslation};
pub use trident_types::{
    Compilation, CompiledFunction, Relocation, RelocationKind, RelocationTarget, TrapSite,
};
pub use wasmparser;
