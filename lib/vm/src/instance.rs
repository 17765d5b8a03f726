//! Instances: a module's `vmctx` plus the runtime state behind it.
//!
//! An [`Instance`] is created in two steps, as the spec orders them:
//! [`Instance::new`] allocates and fills the vmctx from the resolved
//! imports (no observable effects), then [`Instance::initialize`] applies
//! the active element and data segments, which may trap part-way and leave
//! earlier writes in place. The embedder then runs the start function.
//!
//! Memories and tables the instance defines are owned by it; imported ones
//! are owned elsewhere in the same store, which keeps everything alive until
//! it is dropped as a whole. The vmctx's back pointer to the `Instance` is
//! stable because instances live in a `Box` that never moves.

use crate::memory::{LinearMemory, MemoryError};
use crate::table::Table;
use crate::vmcontext::{VMContext, VMFuncRef, VMGlobalDefinition, VMStoreContext};
use std::alloc::{self, Layout};
use std::any::Any;
use std::sync::Arc;
use thiserror::Error;
use trident_types::{
    BoundsChecks, ConstExpr, ConstOp, DataKind, ElementItems, ElementKind, FuelCosts, ModuleInfo,
    TableType, TrapCode, VMOffsets, ValType,
};

/// What instantiating needs from a compiled, loaded module.
pub struct ModuleRuntimeInfo {
    pub info: Arc<ModuleInfo>,
    pub offsets: VMOffsets,
    /// Entry of each defined function (wasm calling convention:
    /// `CompiledFunction::entry`).
    pub function_ptrs: Vec<*const u8>,
    /// Per defined function, `VMFuncRef::tail_offset` (empty: all 0).
    pub tail_offsets: Vec<i32>,
    /// Engine type id of each type index.
    pub type_ids: Box<[u32]>,
    /// The engine's type hierarchy, which `call_indirect` consults when a
    /// function's type differs from an open expected type.
    pub hierarchy: Arc<crate::TypeHierarchy>,
    /// The module's bytes (data segments point into them).
    pub wasm: Arc<[u8]>,
    /// Keeps the code memory alive.
    pub code: Arc<dyn Any + Send + Sync>,
    /// The cost table the code was compiled with, when it consumes fuel:
    /// the bulk-operator builtins charge their length part with it.
    pub fuel: Option<FuelCosts>,
}

impl ModuleRuntimeInfo {
    /// `t` with a concrete reference's type index (this module's) as the
    /// engine type id: the form types take outside their module, where
    /// linking compares them.
    pub fn engine_type(&self, t: ValType) -> ValType {
        t.map_concrete(|i| self.type_ids.get(i as usize).copied().unwrap_or(u32::MAX))
    }
}

// SAFETY: the function pointers point into immutable, executable code kept
// alive by `code`; nothing is mutated after construction.
unsafe impl Send for ModuleRuntimeInfo {}
// SAFETY: see above.
unsafe impl Sync for ModuleRuntimeInfo {}

/// The resolved imports of an instance, in import order per kind.
#[derive(Default)]
pub struct ResolvedImports {
    pub functions: Vec<VMFuncRef>,
    pub tables: Vec<*mut Table>,
    pub memories: Vec<*mut LinearMemory>,
    pub globals: Vec<*mut VMGlobalDefinition>,
}

#[derive(Debug, Error)]
pub enum InstantiationError {
    #[error(transparent)]
    Memory(#[from] MemoryError),
    #[error("table minimum of {0} elements exceeds the limit")]
    Table(u32),
    #[error("module has {expected} imports of this kind but {got} were given")]
    ImportCount { expected: usize, got: usize },
}

/// Limits applied while creating an instance's memories and tables.
#[derive(Clone, Copy, Debug)]
pub struct InstanceLimits {
    pub memory_bytes: u64,
    pub table_elements: u32,
}

pub struct Instance {
    module: Arc<ModuleRuntimeInfo>,
    vmctx: *mut VMContext,
    memories: Vec<*mut LinearMemory>,
    tables: Vec<*mut Table>,
    // Boxed: compiled code holds pointers into them, so they must not move
    // when the vectors grow.
    #[allow(clippy::vec_box)]
    owned_memories: Vec<Box<LinearMemory>>,
    #[allow(clippy::vec_box)]
    owned_tables: Vec<Box<Table>>,
    /// Evaluated element segments; `None` once dropped.
    elements: Vec<Option<Vec<usize>>>,
    dropped_data: Vec<bool>,
}

// SAFETY: an instance is only used by the store that owns it, which is Send;
// its raw pointers point to objects owned by that same store.
unsafe impl Send for Instance {}

fn vmctx_layout(offsets: &VMOffsets) -> Layout {
    // Size is at most a few MiB (bounded by the module's limits) and 16 is
    // a valid alignment, so this cannot fail.
    Layout::from_size_align(offsets.size().max(16) as usize, 16).unwrap_or(Layout::new::<u128>())
}

impl Instance {
    /// Allocates and fills the vmctx. `builtins` is the builtin table.
    ///
    /// # Safety
    /// Every pointer in `imports` and `store` must stay valid for the
    /// instance's life, and the imports must match the module's import
    /// types (checked by the embedder).
    pub unsafe fn new(
        module: Arc<ModuleRuntimeInfo>,
        imports: ResolvedImports,
        store: *mut VMStoreContext,
        style: BoundsChecks,
        limits: InstanceLimits,
    ) -> Result<Box<Instance>, InstantiationError> {
        let info = module.info.clone();
        let check = |expected: u32, got: usize| {
            if expected as usize != got {
                Err(InstantiationError::ImportCount {
                    expected: expected as usize,
                    got,
                })
            } else {
                Ok(())
            }
        };
        check(info.num_imported_functions, imports.functions.len())?;
        check(info.num_imported_tables, imports.tables.len())?;
        check(info.num_imported_memories, imports.memories.len())?;
        check(info.num_imported_globals, imports.globals.len())?;

        let mut owned_memories = Vec::new();
        let mut memories = imports.memories.clone();
        for ty in &info.memories[info.num_imported_memories as usize..] {
            let mut m = Box::new(LinearMemory::new(*ty, style, limits.memory_bytes)?);
            memories.push(&mut *m);
            owned_memories.push(m);
        }
        let mut owned_tables = Vec::new();
        let mut tables = imports.tables.clone();
        for ty in &info.tables[info.num_imported_tables as usize..] {
            // The table's type as every module sees it: engine type ids.
            let ty = TableType {
                element: module.engine_type(ty.element),
                ..*ty
            };
            let mut t = Box::new(
                Table::new(ty, 0, limits.table_elements)
                    .ok_or(InstantiationError::Table(ty.minimum))?,
            );
            tables.push(&mut *t);
            owned_tables.push(t);
        }

        let layout = vmctx_layout(&module.offsets);
        // SAFETY: non-zero size.
        let vmctx = unsafe { alloc::alloc_zeroed(layout) } as *mut VMContext;
        if vmctx.is_null() {
            alloc::handle_alloc_error(layout);
        }
        let mut instance = Box::new(Instance {
            module,
            vmctx,
            memories,
            tables,
            owned_memories,
            owned_tables,
            elements: Vec::new(),
            dropped_data: vec![false; info.data.len()],
        });
        // SAFETY: the vmctx was just allocated with the module's layout.
        unsafe { instance.fill_vmctx(&imports, store) };
        // Table initializers, after the globals they may read.
        for (k, init) in info.table_inits.iter().enumerate() {
            let Some(init) = init else { continue };
            let table = info.num_imported_tables + k as u32;
            let value = instance.eval_const(init).get_usize();
            let len = info.tables[table as usize].minimum;
            instance
                .table_fill(table, 0, value, u64::from(len))
                .map_err(|_| InstantiationError::Table(len))?;
        }
        instance.elements = info
            .elements
            .iter()
            .map(|seg| Some(instance.eval_element_items(&seg.items)))
            .collect();
        Ok(instance)
    }

    fn offsets(&self) -> &VMOffsets {
        &self.module.offsets
    }

    /// Writes `value` at `offset` in the vmctx.
    ///
    /// # Safety
    /// `offset` must come from this module's `VMOffsets` for a field of
    /// type `T`.
    unsafe fn write<T>(&mut self, offset: u32, value: T) {
        // SAFETY: per the caller, in bounds and suitably aligned.
        unsafe { ((self.vmctx as *mut u8).add(offset as usize) as *mut T).write(value) }
    }

    unsafe fn fill_vmctx(&mut self, imports: &ResolvedImports, store: *mut VMStoreContext) {
        let o = self.offsets().clone();
        let info = self.module.info.clone();
        let self_ptr: *mut Instance = self;
        // SAFETY (whole block): all offsets come from `o`, which describes
        // this vmctx's layout.
        unsafe {
            self.write(o.store_context(), store);
            self.write(o.builtins(), crate::libcalls::builtin_table());
            self.write(o.type_ids(), self.module.type_ids.as_ptr());
            self.write(o.instance(), self_ptr);
            for (i, f) in imports.functions.iter().enumerate() {
                self.write(o.funcref(i as u32), *f);
            }
            for (def, ptr) in self.module.function_ptrs.clone().into_iter().enumerate() {
                let index = info.num_imported_functions + def as u32;
                let type_index = info.functions[index as usize];
                let f = VMFuncRef {
                    func_ptr: ptr,
                    vmctx: self.vmctx,
                    type_id: self.module.type_ids[type_index as usize],
                    tail_offset: self.module.tail_offsets.get(def).copied().unwrap_or(0),
                };
                self.write(o.funcref(index), f);
            }
            for (i, t) in self.tables.clone().into_iter().enumerate() {
                self.write(o.table(i as u32), (*t).definition_ptr());
            }
            for (i, m) in self.memories.clone().into_iter().enumerate() {
                self.write(o.memory(i as u32), (*m).definition_ptr());
            }
            for (i, g) in imports.globals.iter().enumerate() {
                self.write(o.imported_global(i as u32), *g);
            }
            for (i, init) in info.global_inits.iter().enumerate() {
                let value = self.eval_const(init);
                self.write(o.defined_global(i as u32), value);
            }
        }
    }

    /// Evaluates a constant expression to its raw 16-byte representation.
    pub fn eval_const(&self, expr: &ConstExpr) -> VMGlobalDefinition {
        let mut g = VMGlobalDefinition::default();
        match *expr {
            ConstExpr::I32(v) => g.set_u32(v as u32),
            ConstExpr::I64(v) => g.set_u64(v as u64),
            ConstExpr::F32(v) => g.set_u32(v),
            ConstExpr::F64(v) => g.set_u64(v),
            ConstExpr::V128(v) => g.bytes = v.to_le_bytes(),
            ConstExpr::RefNull(_) => g.set_usize(0),
            ConstExpr::RefFunc(f) => g.set_usize(self.funcref(f) as usize),
            // SAFETY: global pointers are valid for the instance's life.
            ConstExpr::GlobalGet(i) => g = unsafe { *self.global_ptr(i) },
            ConstExpr::Extended(ref ops) => g.set_u64(self.eval_extended(ops)),
        }
        g
    }

    /// Evaluates an extended constant expression: a stack machine over
    /// `i32`s (kept in the low 32 bits) and `i64`s with wrapping
    /// arithmetic. The artifact's metadata was checked (`validate_info`)
    /// to leave exactly one value and to type-check, so an empty stack
    /// cannot happen; it would give 0, never a panic.
    fn eval_extended(&self, ops: &[ConstOp]) -> u64 {
        let mut stack: Vec<u64> = Vec::with_capacity(ops.len());
        for op in ops {
            let value = match *op {
                ConstOp::I32(v) => v as u32 as u64,
                ConstOp::I64(v) => v as u64,
                // SAFETY: global pointers are valid for the instance's life.
                ConstOp::GlobalGet(i) => unsafe { (*self.global_ptr(i)).get_u64() },
                ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                    let (b, a) = (
                        stack.pop().unwrap_or(0) as u32,
                        stack.pop().unwrap_or(0) as u32,
                    );
                    (match *op {
                        ConstOp::I32Add => a.wrapping_add(b),
                        ConstOp::I32Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    }) as u64
                }
                ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                    let (b, a) = (stack.pop().unwrap_or(0), stack.pop().unwrap_or(0));
                    match *op {
                        ConstOp::I64Add => a.wrapping_add(b),
                        ConstOp::I64Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    }
                }
            };
            stack.push(value);
        }
        stack.pop().unwrap_or(0)
    }

    fn eval_element_items(&self, items: &ElementItems) -> Vec<usize> {
        match items {
            ElementItems::Functions(f) => f.iter().map(|&f| self.funcref(f) as usize).collect(),
            ElementItems::Expressions(e) => {
                e.iter().map(|e| self.eval_const(e).get_usize()).collect()
            }
        }
    }

    pub fn module(&self) -> &Arc<ModuleRuntimeInfo> {
        &self.module
    }

    pub fn vmctx(&self) -> *mut VMContext {
        self.vmctx
    }

    /// Charges the length part of a bulk operator's cost, `cost` computed
    /// from the module's cost table, before the operator does anything:
    /// when `fuel_consumed + cost > 0` the store cannot pay, and the
    /// operator must trap with `OutOfFuel` without effect (`fuel_consumed`
    /// is left as it was). Nothing is charged when the code does not
    /// consume fuel.
    pub fn charge_fuel(&mut self, cost: impl FnOnce(&FuelCosts) -> i64) -> Result<(), TrapCode> {
        let Some(costs) = self.module.fuel else {
            return Ok(());
        };
        // Compiled code stored its fuel before calling the builtin.
        let store = self.store_context();
        let after = store.fuel_consumed.saturating_add(cost(&costs));
        if after > 0 {
            return Err(TrapCode::OutOfFuel);
        }
        store.fuel_consumed = after;
        Ok(())
    }

    /// The store context of the store that owns this instance.
    pub fn store_context(&mut self) -> &mut VMStoreContext {
        let offset = self.offsets().store_context() as usize;
        // SAFETY: the store-context pointer was written by `fill_vmctx` at
        // its offset and stays valid for the instance's life.
        unsafe { &mut **((self.vmctx as *mut u8).add(offset) as *mut *mut VMStoreContext) }
    }

    /// The `Instance` behind a vmctx.
    ///
    /// # Safety
    /// `vmctx` must be the vmctx of a live instance.
    pub unsafe fn from_vmctx<'a>(vmctx: *mut VMContext) -> &'a mut Instance {
        // The back pointer is the fourth pointer-sized field (VMOffsets::instance).
        let offset = 3 * std::mem::size_of::<usize>();
        // SAFETY: per the caller.
        unsafe { &mut **((vmctx as *mut u8).add(offset) as *mut *mut Instance) }
    }

    /// The funcref of function `index` in this instance's vmctx.
    pub fn funcref(&self, index: u32) -> *const VMFuncRef {
        // SAFETY: the offset is inside the vmctx.
        unsafe {
            (self.vmctx as *const u8).add(self.offsets().funcref(index) as usize)
                as *const VMFuncRef
        }
    }

    /// Storage of global `index` (imported or defined).
    pub fn global_ptr(&self, index: u32) -> *mut VMGlobalDefinition {
        let o = self.offsets();
        let base = self.vmctx as *mut u8;
        if index < o.num_imported_globals {
            // SAFETY: the slot holds a valid pointer written by fill_vmctx.
            unsafe {
                *(base.add(o.imported_global(index) as usize) as *mut *mut VMGlobalDefinition)
            }
        } else {
            // SAFETY: inside the vmctx.
            unsafe {
                base.add(o.defined_global(index - o.num_imported_globals) as usize)
                    as *mut VMGlobalDefinition
            }
        }
    }

    pub fn memory(&self, index: u32) -> *mut LinearMemory {
        self.memories[index as usize]
    }

    pub fn table(&self, index: u32) -> *mut Table {
        self.tables[index as usize]
    }

    /// Applies active element and data segments in order; on the first
    /// out-of-bounds segment returns its trap, earlier writes staying.
    pub fn initialize(&mut self) -> Result<(), TrapCode> {
        let info = self.module.info.clone();
        for (i, seg) in info.elements.iter().enumerate() {
            match &seg.kind {
                ElementKind::Active { table, offset } => {
                    let value = self.eval_const(offset);
                    let dst = if info.tables[*table as usize].table64 {
                        value.get_u64()
                    } else {
                        u64::from(value.get_u32())
                    };
                    let len = seg.items.len() as u32;
                    self.table_init(*table, i as u32, dst, 0, len)?;
                    self.elements[i] = None;
                }
                ElementKind::Declared => self.elements[i] = None,
                ElementKind::Passive => {}
            }
        }
        for (i, seg) in info.data.iter().enumerate() {
            if let DataKind::Active { memory, offset } = &seg.kind {
                let value = self.eval_const(offset);
                let dst = if info.memories[*memory as usize].memory64 {
                    value.get_u64()
                } else {
                    u64::from(value.get_u32())
                };
                let len = seg.range.len() as u32;
                self.memory_init(*memory, i as u32, dst, 0, len)?;
                self.dropped_data[i] = true;
            }
        }
        Ok(())
    }

    // The operations behind the builtins. Each checks bounds before
    // writing anything. Addresses and lengths are 64-bit for both index
    // types (a 32-bit operand arrives zero-extended); every range is
    // checked by `range_within`, with overflow, since a memory64 operand
    // can be anything.

    pub fn memory_init(
        &mut self,
        memory: u32,
        data: u32,
        dst: u64,
        src: u32,
        len: u32,
    ) -> Result<(), TrapCode> {
        let range = if self.dropped_data[data as usize] {
            0..0
        } else {
            self.module.info.data[data as usize].range.clone()
        };
        let bytes = &self.module.wasm[range];
        // SAFETY: memory pointers are valid for the instance's life.
        let mem = unsafe { &mut *self.memories[memory as usize] };
        let len = u64::from(len);
        let (Some(to), Some(from)) = (
            range_within(dst, len, mem.byte_len()),
            range_within(u64::from(src), len, bytes.len()),
        ) else {
            return Err(TrapCode::HeapOutOfBounds);
        };
        mem.data_mut()[to].copy_from_slice(&bytes[from]);
        Ok(())
    }

    pub fn data_drop(&mut self, data: u32) {
        self.dropped_data[data as usize] = true;
    }

    pub fn memory_fill(
        &mut self,
        memory: u32,
        dst: u64,
        value: u8,
        len: u64,
    ) -> Result<(), TrapCode> {
        // SAFETY: memory pointers are valid for the instance's life.
        let mem = unsafe { &mut *self.memories[memory as usize] };
        let Some(to) = range_within(dst, len, mem.byte_len()) else {
            return Err(TrapCode::HeapOutOfBounds);
        };
        mem.data_mut()[to].fill(value);
        Ok(())
    }

    pub fn memory_copy(
        &mut self,
        dst_mem: u32,
        src_mem: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        // SAFETY: memory pointers are valid; ptr::copy handles overlap
        // (also when both are the same memory).
        unsafe {
            let d = &mut *self.memories[dst_mem as usize];
            let s = &*self.memories[src_mem as usize];
            let (Some(to), Some(from)) = (
                range_within(dst, len, d.byte_len()),
                range_within(src, len, s.byte_len()),
            ) else {
                return Err(TrapCode::HeapOutOfBounds);
            };
            std::ptr::copy(s.base().add(from.start), d.base().add(to.start), from.len());
        }
        Ok(())
    }

    /// The old size in pages, or all ones (-1) when the memory cannot grow.
    pub fn memory_grow(&mut self, memory: u32, delta: u64) -> u64 {
        // SAFETY: memory pointers are valid for the instance's life.
        let mem = unsafe { &mut *self.memories[memory as usize] };
        mem.grow(delta).unwrap_or(u64::MAX)
    }

    pub fn table_init(
        &mut self,
        table: u32,
        elem: u32,
        dst: u64,
        src: u32,
        len: u32,
    ) -> Result<(), TrapCode> {
        let empty = Vec::new();
        let items = self.elements[elem as usize].as_ref().unwrap_or(&empty);
        // SAFETY: table pointers are valid for the instance's life.
        let t = unsafe { &mut *self.tables[table as usize] };
        let len = u64::from(len);
        let (Some(to), Some(from)) = (
            range_within(dst, len, t.size() as usize),
            range_within(u64::from(src), len, items.len()),
        ) else {
            return Err(TrapCode::TableOutOfBounds);
        };
        t.elements_mut()[to].copy_from_slice(&items[from]);
        Ok(())
    }

    pub fn elem_drop(&mut self, elem: u32) {
        self.elements[elem as usize] = None;
    }

    pub fn table_copy(
        &mut self,
        dst_table: u32,
        src_table: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        // SAFETY: table pointers are valid; raw copy handles the case where
        // both are the same table.
        unsafe {
            let d = &mut *self.tables[dst_table as usize];
            let s = &*self.tables[src_table as usize];
            let (Some(to), Some(from)) = (
                range_within(dst, len, d.size() as usize),
                range_within(src, len, s.size() as usize),
            ) else {
                return Err(TrapCode::TableOutOfBounds);
            };
            let sp = s.elements().as_ptr().add(from.start);
            let dp = d.elements_mut().as_mut_ptr().add(to.start);
            std::ptr::copy(sp, dp, from.len());
        }
        Ok(())
    }

    pub fn table_fill(
        &mut self,
        table: u32,
        dst: u64,
        value: usize,
        len: u64,
    ) -> Result<(), TrapCode> {
        // SAFETY: table pointers are valid for the instance's life.
        let t = unsafe { &mut *self.tables[table as usize] };
        // A table never has more than `u32::MAX` elements: anything wider
        // is out of bounds (a zero length at `dst == size` is not).
        let (Ok(dst), Ok(len)) = (u32::try_from(dst), u32::try_from(len)) else {
            return Err(TrapCode::TableOutOfBounds);
        };
        if t.fill(dst, value, len) {
            Ok(())
        } else {
            Err(TrapCode::TableOutOfBounds)
        }
    }

    /// The old size, or all ones (-1) when the table cannot grow.
    pub fn table_grow(&mut self, table: u32, init: usize, delta: u64) -> u64 {
        // SAFETY: table pointers are valid for the instance's life.
        let t = unsafe { &mut *self.tables[table as usize] };
        u32::try_from(delta)
            .ok()
            .and_then(|delta| t.grow(delta, init))
            .map_or(u64::MAX, u64::from)
    }
}

/// `start..start + len` as indices, when that range lies within `size`
/// elements (the end computed with overflow checked): the bounds check of
/// every bulk memory and table operator.
fn range_within(start: u64, len: u64, size: usize) -> Option<std::ops::Range<usize>> {
    let end = start.checked_add(len)?;
    if end > size as u64 {
        return None;
    }
    // `end <= size`, so both fit a usize.
    Some(start as usize..end as usize)
}

impl Drop for Instance {
    fn drop(&mut self) {
        let layout = vmctx_layout(self.offsets());
        // SAFETY: allocated in `new` with this layout; nothing uses the
        // vmctx after the instance is dropped (the store drops everything
        // at once).
        unsafe { alloc::dealloc(self.vmctx as *mut u8, layout) };
        self.owned_memories.clear();
        self.owned_tables.clear();
    }
}
