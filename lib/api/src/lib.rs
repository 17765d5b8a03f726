//! Trident's embedding API.
//!
//! ```
//! use trident::{Caller, Config, Engine, Func, Instance, Module, Store};
//!
//! # fn main() -> Result<(), trident::Error> {
//! # // A doctest keeps out of the user's compile cache.
//! # std::env::set_var("TRIDENT_CACHE_DIR", std::env::temp_dir().join("trident-doctest-cache"));
//! let engine = Engine::new(&Config::default())?;
//! let module = Module::new(
//!     &engine,
//!     r#"(module
//!          (import "host" "double" (func $double (param i32) (result i32)))
//!          (func (export "run") (param i32) (result i32)
//!            local.get 0
//!            call $double
//!            i32.const 1
//!            i32.add))"#,
//! )?;
//! let mut store = Store::new(&engine, 0u32);
//! let double = Func::wrap(&mut store, |mut caller: Caller<'_, u32>, x: i32| {
//!     *caller.data_mut() += 1;
//!     x * 2
//! })?;
//! let instance = Instance::new(&mut store, &module, &[double.into()])?;
//! let run = instance.get_typed_func::<i32, i32>(&mut store, "run")?;
//! assert_eq!(run.call(&mut store, 20)?, 41);
//! assert_eq!(*store.data(), 1);
//! # Ok(())
//! # }
//! ```
//!
//! Ownership: a [`Store`] owns every instance, memory, table, global and
//! function created in it, and frees them all when it is dropped. Handles
//! ([`Func`], [`Memory`], …) are small indices into their store; using one
//! with another store is an error, never undefined behaviour.

#[cfg(feature = "compiler")]
mod compile;
mod config;
mod engine;
mod error;
mod externals;
mod func;
mod gdb_jit;
mod guest_profiler;
mod instance;
mod linker;
mod module;
mod profiling;
mod store;
mod type_registry;
mod typed;
mod values;

pub use config::{Config, OptLevel};
pub use engine::Engine;
#[cfg(feature = "compiler")]
pub use engine::ProgressCallback;
pub use error::{Error, LinkError, Trap};
pub use externals::{Extern, Global, Memory, Table};
pub use func::{Caller, Func, HostReturn, IntoFunc};
pub use guest_profiler::GuestProfiler;
pub use instance::Instance;
pub use linker::Linker;
pub use module::{ExportType, ImportType, Module};
pub use profiling::Profiling;
pub use store::{AsContext, AsContextMut, Store, StoreLimits, UpdateDeadline};
#[cfg(feature = "compiler")]
pub use trident_compiler::CompileProgress;
pub use trident_vm::FrameInfo;
pub use typed::{TypedFunc, WasmParams, WasmResults, WasmTy};
pub use values::{ExternRef, Val};

/// The artifact format, compile cache and linked-module metadata, for
/// tools that write or inspect them.
pub use trident_artifact as artifact;
pub use trident_artifact::{
    read_metadata, ArtifactError, ArtifactHeader, Cache, CacheKey, LinkedModule, ModuleParts,
};
/// The Wasm proposals a module needs (see `trident_compiler::proposals_needed`).
#[cfg(feature = "compiler")]
pub use trident_compiler::proposals_needed;
pub use trident_types::{
    BoundsChecks, CompileError, ExportKind, Features, FeaturesError, FuelCosts, FuelCostsError,
    FuncType, GlobalType, HeapType, ImportKind, MemoryType, Proposal, RefType, RelaxedSimd,
    TableType, TrapCode, ValType,
};
