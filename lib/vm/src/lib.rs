//! Trident's runtime: what compiled code runs against.
//!
//! * [`vmcontext`]: the `repr(C)` structures compiled code touches, laid out
//!   as `trident_types::VMOffsets` says;
//! * [`memory`] and [`table`]: linear memories (address-space reservations
//!   with guard pages, pooled) and tables;
//! * [`instance`]: a module's vmctx and the state behind it, segment
//!   initialization and the operations behind the builtins;
//! * [`libcalls`]: the builtin table compiled code calls through;
//! * [`trap`]: calling into wasm, signal handling, and getting back out.
//!
//! This crate depends on `trident-types` only, so a runtime without any
//! compiler (the headless runtime of native executables) can use it.

pub mod epoch;
pub mod instance;
pub mod libcalls;
pub mod memory;
pub mod mmap;
pub mod table;
pub mod trap;
pub mod type_hierarchy;
pub mod vmcontext;

pub use epoch::EpochCallback;
pub use instance::{
    Instance, InstanceLimits, InstantiationError, ModuleRuntimeInfo, ResolvedImports,
};
pub use memory::{LinearMemory, MemoryError};
pub use table::Table;
pub use trap::registry::{register_code, symbolize, CodeRegistration, FrameInfo, FunctionInfo};
pub use trap::source::{ModuleDwarf, SourceLine};
pub use trap::{
    catch_traps, record_host_error, record_host_panic, CallError, HostError, TrapReason,
    MAX_BACKTRACE_FRAMES,
};
pub use type_hierarchy::TypeHierarchy;
pub use vmcontext::{
    VMContext, VMFuncRef, VMGlobalDefinition, VMHostCall, VMHostContext, VMMemoryDefinition,
    VMStoreContext, VMTableDefinition, ValRaw,
};
