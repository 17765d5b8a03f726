//! Stores: the owners of everything instances create.
//!
//! A `Store<T>` boxes a [`StoreInner<T>`] whose first field is the
//! type-independent [`StoreOpaque`], so code that does not know `T` (host
//! function entry, value conversion) can reach it through the raw pointer
//! in `VMStoreContext::store`. The box never moves, so that pointer stays
//! valid for the store's life.

use crate::engine::{Engine, Trampolines};
use crate::error::Error;
use crate::func::FuncData;
use crate::module::Module;
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use trident_types::{FuncType, GlobalType};
use trident_vm::{
    Instance as VMInstance, LinearMemory, Table as VMTable, VMContext, VMGlobalDefinition,
    VMStoreContext,
};

static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

/// Stands in for a caller's vmctx when the host calls into wasm: its first
/// field is the store context, as in a real vmctx, and its instance pointer
/// is null.
#[repr(C, align(16))]
pub(crate) struct HostCallerContext {
    store: *mut VMStoreContext,
    _builtins: usize,
    _type_ids: usize,
    instance: usize,
}

pub(crate) struct InstanceData {
    pub(crate) handle: Box<VMInstance>,
    pub(crate) _module: Module,
}

/// Resource limits of a store. Growth past a limit fails as the spec says
/// (`memory.grow`/`table.grow` return -1); creating something over a limit
/// is an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoreLimits {
    /// Bytes any one linear memory may have.
    pub memory_bytes: u64,
    /// Elements any one table may have.
    pub table_elements: u32,
    /// Instances the store may hold.
    pub instances: usize,
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            memory_bytes: u64::MAX,
            table_elements: u32::MAX,
            instances: usize::MAX,
        }
    }
}

/// What code does once its store's epoch deadline passed (the result of
/// an epoch callback, see [`Store::epoch_deadline_callback`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateDeadline {
    /// Go on, with a new deadline this many ticks past the current epoch
    /// (`Continue(0)`: the next check calls the callback again; at epoch 0
    /// the deadline is 1, as the runtime keeps deadline 0 for "trap").
    Continue(u64),
    /// Trap with `Interrupted`.
    Interrupt,
}

/// A store's epoch callback: sees the wasm stack (addresses in wasm code,
/// innermost first; [`crate::FrameInfo::for_pc`] names them, and finds no
/// function for a trampoline's).
pub(crate) type EpochCallbackFn = Box<dyn FnMut(&[usize]) -> UpdateDeadline + Send>;

#[doc(hidden)]
pub struct StoreOpaque {
    pub(crate) limits: StoreLimits,
    pub(crate) id: u64,
    pub(crate) engine: Engine,
    pub(crate) vm: Box<VMStoreContext>,
    pub(crate) host_caller: Box<HostCallerContext>,
    pub(crate) instances: Vec<InstanceData>,
    pub(crate) funcs: Vec<FuncData>,
    pub(crate) memories: Vec<*mut LinearMemory>,
    // The owned_* vectors box their elements: compiled code and handles
    // hold pointers to them, which must stay valid as the vectors grow.
    #[allow(clippy::vec_box)]
    pub(crate) owned_memories: Vec<Box<LinearMemory>>,
    pub(crate) tables: Vec<*mut VMTable>,
    #[allow(clippy::vec_box)]
    pub(crate) owned_tables: Vec<Box<VMTable>>,
    pub(crate) globals: Vec<(*mut VMGlobalDefinition, GlobalType)>,
    #[allow(clippy::vec_box)]
    pub(crate) owned_globals: Vec<Box<VMGlobalDefinition>>,
    pub(crate) externrefs: Vec<Box<dyn Any + Send + Sync>>,
    /// Handles already given out, by funcref and by (instance, export).
    pub(crate) funcref_handles: HashMap<*const trident_vm::VMFuncRef, usize>,
    pub(crate) export_handles: HashMap<(usize, trident_types::ExportKind), crate::Extern>,
    /// Host→wasm trampolines by engine type id, from instantiated modules
    /// (kept alive by `instances`) and the engine's cache (kept alive by
    /// `engine_trampolines`).
    pub(crate) trampolines: HashMap<u32, *const u8>,
    pub(crate) engine_trampolines: Vec<Arc<Trampolines>>,
    pub(crate) epoch_callback: Option<EpochCallbackFn>,
}

// SAFETY: every raw pointer in a store points to memory the store owns (or
// to immutable code it keeps alive); a store is used by one thread at a
// time (`&mut` access), so moving it between threads is sound.
unsafe impl Send for StoreOpaque {}

#[repr(C)]
pub(crate) struct StoreInner<T> {
    pub(crate) opaque: StoreOpaque,
    pub(crate) data: T,
}

/// Owns instances and everything they create; holds the embedder's `T`.
pub struct Store<T> {
    pub(crate) inner: Box<StoreInner<T>>,
}

impl<T> Store<T> {
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        let mut vm = Box::new(VMStoreContext {
            stack_limit: usize::MAX,
            store: std::ptr::null_mut(),
            fuel_consumed: 0,
            epoch_deadline: u64::MAX,
            epoch_ptr: engine.epoch_ptr(),
            arg_buffer: Default::default(),
            epoch_callback: None,
        });
        let host_caller = Box::new(HostCallerContext {
            store: &mut *vm,
            _builtins: 0,
            _type_ids: 0,
            instance: 0,
        });
        let mut inner = Box::new(StoreInner {
            opaque: StoreOpaque {
                id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
                limits: StoreLimits::default(),
                engine: engine.clone(),
                vm,
                host_caller,
                instances: Vec::new(),
                funcs: Vec::new(),
                memories: Vec::new(),
                owned_memories: Vec::new(),
                tables: Vec::new(),
                owned_tables: Vec::new(),
                globals: Vec::new(),
                owned_globals: Vec::new(),
                externrefs: Vec::new(),
                funcref_handles: HashMap::new(),
                export_handles: HashMap::new(),
                trampolines: HashMap::new(),
                engine_trampolines: Vec::new(),
                epoch_callback: None,
            },
            data,
        });
        let ptr: *mut StoreInner<T> = &mut *inner;
        inner.opaque.vm.store = ptr as *mut std::ffi::c_void;
        Store { inner }
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.opaque.engine
    }

    pub fn data(&self) -> &T {
        &self.inner.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.inner.data
    }

    pub fn into_data(self) -> T {
        self.inner.data
    }

    /// Sets the store's resource limits (they apply to what is created or
    /// grown from now on).
    pub fn set_limits(&mut self, limits: StoreLimits) {
        self.inner.opaque.limits = limits;
    }

    pub fn limits(&self) -> StoreLimits {
        self.inner.opaque.limits
    }

    /// Gives the store `fuel` units (replacing what was left). Only
    /// meaningful with `Config::consume_fuel`.
    pub fn set_fuel(&mut self, fuel: u64) {
        self.inner.opaque.vm.fuel_consumed = -(fuel.min(i64::MAX as u64) as i64);
    }

    /// Fuel left (0 once exhausted).
    pub fn fuel(&self) -> u64 {
        (-self.inner.opaque.vm.fuel_consumed).max(0) as u64
    }

    /// Code in this store traps with `Interrupted` once the engine's epoch
    /// is `ticks` past its current value (with `Config::epoch_interruption`).
    pub fn set_epoch_deadline(&mut self, ticks: u64) {
        let now = self.inner.opaque.engine.current_epoch();
        self.inner.opaque.vm.epoch_deadline = now.saturating_add(ticks);
    }

    /// Calls `callback` whenever code in this store reaches its epoch
    /// deadline (with `Config::epoch_interruption`), instead of trapping:
    /// it receives the wasm stack and decides whether the code goes on
    /// (with a new deadline) or traps with `Interrupted`. A sampling
    /// profiler ([`crate::GuestProfiler`]) and a time slice that checks
    /// something before going on are its uses. A panic in the callback is
    /// resumed in the caller of the wasm function, like a host function's.
    pub fn epoch_deadline_callback(
        &mut self,
        callback: impl FnMut(&[usize]) -> UpdateDeadline + Send + 'static,
    ) {
        self.inner.opaque.epoch_callback = Some(Box::new(callback));
        self.inner.opaque.vm.epoch_callback = Some(run_epoch_callback);
    }

    /// Goes back to trapping at the epoch deadline.
    pub fn clear_epoch_deadline_callback(&mut self) {
        self.inner.opaque.epoch_callback = None;
        self.inner.opaque.vm.epoch_callback = None;
    }
}

/// The store context's `EpochCallback`: runs the store's callback.
///
/// # Safety
/// `vm` is the store context of a live store (the `EpochDeadline` builtin
/// passes the running code's).
unsafe fn run_epoch_callback(vm: &mut VMStoreContext, stack: &[usize]) -> Option<u64> {
    // SAFETY: `vm.store` points at the store's `StoreInner`, whose first
    // field is its `StoreOpaque` (`repr(C)`); the store is borrowed by the
    // running call, and the callback touches nothing the caller holds.
    let opaque = unsafe { &mut *(vm.store as *mut StoreOpaque) };
    let callback = opaque.epoch_callback.as_mut()?;
    match callback(stack) {
        UpdateDeadline::Continue(ticks) => {
            Some(opaque.engine.current_epoch().saturating_add(ticks))
        }
        UpdateDeadline::Interrupt => None,
    }
}

impl StoreOpaque {
    pub(crate) fn check(&self, id: u64) -> Result<(), Error> {
        if self.id == id {
            Ok(())
        } else {
            Err(Error::WrongStore)
        }
    }

    pub(crate) fn host_caller_vmctx(&mut self) -> *mut VMContext {
        &mut *self.host_caller as *mut HostCallerContext as *mut VMContext
    }

    /// The host→wasm trampoline for a signature.
    pub(crate) fn trampoline(&mut self, type_id: u32, ty: &FuncType) -> Result<*const u8, Error> {
        if let Some(&t) = self.trampolines.get(&type_id) {
            return Ok(t);
        }
        let t = self.engine.trampolines(ty)?;
        let ptr = t.host_to_wasm();
        self.engine_trampolines.push(t);
        self.trampolines.insert(type_id, ptr);
        Ok(ptr)
    }

    /// Whether `p` is a function reference of this store: one it handed
    /// out, a host function's, or a slot of an instance's function table.
    /// Wasm code only ever produces these; anything else came from code or
    /// metadata that disagree (an artifact that lies), and is never
    /// dereferenced.
    pub(crate) fn is_funcref(&self, p: *const trident_vm::VMFuncRef) -> bool {
        if self.funcref_handles.contains_key(&p) || self.funcs.iter().any(|f| f.funcref() == p) {
            return true;
        }
        let a = p as usize;
        self.instances.iter().any(|i| {
            let o = &i.handle.module().offsets;
            if o.num_functions == 0 {
                return false;
            }
            let start = i.handle.vmctx() as usize + o.funcref(0) as usize;
            let size = o.size_of_funcref() as usize;
            a >= start
                && a < start + o.num_functions as usize * size
                && (a - start).is_multiple_of(size)
        })
    }

    /// The index in `instances` of the instance whose vmctx is `vmctx`.
    pub(crate) fn instance_index(&self, vmctx: *mut VMContext) -> Option<usize> {
        self.instances
            .iter()
            .position(|i| i.handle.vmctx() == vmctx)
    }
}

/// Read access to a store, from a [`Store`] or a [`Caller`](crate::Caller).
pub trait AsContext {
    #[doc(hidden)]
    fn opaque(&self) -> &StoreOpaque;
}

/// Write access to a store.
pub trait AsContextMut: AsContext {
    #[doc(hidden)]
    fn opaque_mut(&mut self) -> &mut StoreOpaque;
}

impl<T> AsContext for Store<T> {
    fn opaque(&self) -> &StoreOpaque {
        &self.inner.opaque
    }
}

impl<T> AsContextMut for Store<T> {
    fn opaque_mut(&mut self) -> &mut StoreOpaque {
        &mut self.inner.opaque
    }
}

impl<S: AsContext + ?Sized> AsContext for &S {
    fn opaque(&self) -> &StoreOpaque {
        (**self).opaque()
    }
}

impl<S: AsContext + ?Sized> AsContext for &mut S {
    fn opaque(&self) -> &StoreOpaque {
        (**self).opaque()
    }
}

impl<S: AsContextMut + ?Sized> AsContextMut for &mut S {
    fn opaque_mut(&mut self) -> &mut StoreOpaque {
        (**self).opaque_mut()
    }
}

impl AsContext for StoreOpaque {
    fn opaque(&self) -> &StoreOpaque {
        self
    }
}

impl AsContextMut for StoreOpaque {
    fn opaque_mut(&mut self) -> &mut StoreOpaque {
        self
    }
}
