//! The layout of `vmctx`, the per-instance context every compiled function
//! receives as its first argument.
//!
//! Back ends only ever emit loads and stores at offsets computed here, and
//! the runtime lays an instance out with the same numbers: this is the one
//! source of truth. All offsets are in bytes from the start of `vmctx`,
//! which is 16-byte aligned.
//!
//! ```text
//! 0                       *mut VMStoreContext   per-store state (stack limit …)
//! 1·P                     *const fnptr          builtin table (see Builtin)
//! 2·P                     *const u32            engine type id per module type
//! 3·P                     *mut Instance         the runtime's own back pointer
//! funcrefs                [VMFuncRef; functions] every function, imports first
//! tables                  [*mut VMTableDefinition; tables]
//! memories                [*mut VMMemoryDefinition; memories]
//! imported globals        [*mut VMGlobalDefinition; imported globals]
//! defined globals         [16-byte slot; defined globals], 16-aligned
//! ```
//!
//! Runtime structures reached through those pointers:
//!
//! * `VMFuncRef { func_ptr, vmctx, type_id: u32 }`: a callable function.
//!   `func_ptr` uses the wasm calling convention
//!   `(callee_vmctx, caller_vmctx, params…) -> results`; for a host function
//!   `vmctx` is its host context and `func_ptr` its wasm→host trampoline.
//!   Table elements and `funcref` values are `*const VMFuncRef` (null is
//!   the null reference).
//! * `VMMemoryDefinition { base: *mut u8, current_length: usize }` (bytes).
//! * `VMTableDefinition { base: *mut usize, current_elements: u32 }`.
//! * `VMGlobalDefinition`: a 16-byte slot holding the value at offset 0, in
//!   the value's native little-endian representation.
//! * `VMStoreContext { stack_limit: usize, store: ptr, fuel_consumed: i64,
//!   epoch_deadline: u64, epoch_ptr: *const u64, arg_buffer: [u8;
//!   ARG_BUFFER_BYTES] }`, per store:
//!   - compiled code traps with `StackOverflow` when a new frame would put
//!     the stack pointer below `stack_limit` (checked in every prologue
//!     before the frame is allocated);
//!   - fuel (`CompilerOptions::consume_fuel`): every operator has a cost
//!     (`trident_compiler::fuel::operator_cost`, from the options'
//!     `FuelCosts`). Code adds the costs of the operators it executes to
//!     `fuel_consumed` (batching is allowed), and must have added
//!     everything executed so far before any call, before returning,
//!     before each check, and before calling the builtin of a bulk memory
//!     or table operator (`trident_compiler::fuel::charged_by_builtin`),
//!     whose length part the builtin adds itself (after which code that
//!     keeps fuel elsewhere reloads it). The check is `fuel_consumed > 0
//!     ⇒ trap OutOfFuel`, at every function entry and every `loop` header;
//!     a bulk builtin checks `fuel_consumed + length cost > 0 ⇒ trap
//!     OutOfFuel` before doing anything (and then leaves `fuel_consumed`
//!     as it was). The host stores `-fuel` to give a store `fuel` units.
//!     Because the costs and the check points are fixed, the trap point is
//!     the same on every back end;
//!   - epochs (`CompilerOptions::epoch_interruption`): at every function
//!     entry and every `loop` header, `*epoch_ptr >= epoch_deadline ⇒ trap
//!     Interrupted`. `*epoch_ptr` is the engine's counter, incremented by
//!     another thread, so it is loaded afresh each time;
//!   - `arg_buffer` is scratch space a back end may use to pass the
//!     arguments that do not fit in registers (singlepass does, so that a
//!     tail call never needs a bigger stack-argument area than its
//!     caller's). Its contents live only from the call instruction (or
//!     jump) to the callee's prologue, which copies them out before
//!     anything else can call, so nested and re-entrant calls never see
//!     each other's values. A caller finds it through its own vmctx's
//!     store context; a trampoline through the caller vmctx, whose first
//!     field is the store context for host callers too.
//! * `VMHostContext { call: fn ptr, … }`: what a wasm→host trampoline gets
//!   as its callee vmctx; it calls `call(host_ctx, caller_vmctx, values,
//!   value_count) -> u32` with the arguments in 16-byte value slots, reads
//!   the results back from the same slots, and traps with `HostError` when
//!   the result is non-zero.

use crate::module::ModuleInfo;

/// Size of one value slot in argument/result arrays and globals.
pub const VALUE_SLOT_SIZE: u32 = 16;

/// Bytes of `VMStoreContext::arg_buffer`: room for the largest parameter
/// list a valid function type has (1,000 parameters, wasmparser's limit
/// and the JS API's, of at most 16 bytes each).
pub const ARG_BUFFER_BYTES: u32 = 16 * 1024;

/// Size of a Wasm page.
pub const WASM_PAGE_SIZE: u64 = 65536;

/// Where a global's value is: at offset 0 of the `VMGlobalDefinition` a
/// vmctx field points to (imported), or in the vmctx itself (defined).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalSlot {
    /// The pointer to the definition is at `vmctx + pointer`.
    Imported { pointer: u32 },
    /// The value is at `vmctx + offset`.
    Defined { offset: u32 },
}

/// Offsets into a module's `vmctx` for a given pointer size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VMOffsets {
    pub pointer_size: u8,
    pub num_types: u32,
    pub num_functions: u32,
    pub num_tables: u32,
    pub num_memories: u32,
    pub num_imported_globals: u32,
    pub num_defined_globals: u32,
    funcrefs: u32,
    tables: u32,
    memories: u32,
    imported_globals: u32,
    defined_globals: u32,
    size: u32,
}

fn align(offset: u32, to: u32) -> u32 {
    offset.div_ceil(to) * to
}

impl VMOffsets {
    /// The layout of `module`'s vmctx on a target with `pointer_size`-byte
    /// pointers.
    pub fn new(pointer_size: u8, module: &ModuleInfo) -> VMOffsets {
        let p = pointer_size as u32;
        let num_functions = module.functions.len() as u32;
        let num_tables = module.tables.len() as u32;
        let num_memories = module.memories.len() as u32;
        let num_imported_globals = module.num_imported_globals;
        let num_defined_globals = module.globals.len() as u32 - num_imported_globals;
        let funcrefs = 4 * p;
        let tables = funcrefs + num_functions * (2 * p + 8);
        let memories = tables + num_tables * p;
        let imported_globals = memories + num_memories * p;
        let defined_globals = align(imported_globals + num_imported_globals * p, 16);
        let size = defined_globals + num_defined_globals * VALUE_SLOT_SIZE;
        VMOffsets {
            pointer_size,
            num_types: module.types.len() as u32,
            num_functions,
            num_tables,
            num_memories,
            num_imported_globals,
            num_defined_globals,
            funcrefs,
            tables,
            memories,
            imported_globals,
            defined_globals,
            size,
        }
    }

    fn p(&self) -> u32 {
        self.pointer_size as u32
    }

    /// Total size of the vmctx in bytes.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// `*mut VMStoreContext`.
    pub fn store_context(&self) -> u32 {
        0
    }

    /// `*const [fn ptr; Builtin::ALL.len()]`.
    pub fn builtins(&self) -> u32 {
        self.p()
    }

    /// `*const u32`: the engine-wide type id of each module type index.
    pub fn type_ids(&self) -> u32 {
        2 * self.p()
    }

    /// The offset of type `ty`'s engine type id in the array at
    /// [`type_ids`](Self::type_ids) (what `call_indirect` compares a
    /// `VMFuncRef`'s `type_id` with).
    #[inline]
    pub fn type_id(&self, ty: u32) -> u32 {
        assert!(ty < self.num_types);
        ty * 4
    }

    /// The runtime's back pointer to its instance.
    pub fn instance(&self) -> u32 {
        3 * self.p()
    }

    /// The `VMFuncRef` of function `func` (imported or defined).
    pub fn funcref(&self, func: u32) -> u32 {
        assert!(func < self.num_functions);
        self.funcrefs + func * self.size_of_funcref()
    }

    /// The pointer to the `VMTableDefinition` of table `table`.
    pub fn table(&self, table: u32) -> u32 {
        assert!(table < self.num_tables);
        self.tables + table * self.p()
    }

    /// The pointer to the `VMMemoryDefinition` of memory `memory`.
    pub fn memory(&self, memory: u32) -> u32 {
        assert!(memory < self.num_memories);
        self.memories + memory * self.p()
    }

    /// The pointer to the `VMGlobalDefinition` of imported global `global`.
    pub fn imported_global(&self, global: u32) -> u32 {
        assert!(global < self.num_imported_globals);
        self.imported_globals + global * self.p()
    }

    /// The slot of defined global `defined` (counted from the first defined
    /// global).
    pub fn defined_global(&self, defined: u32) -> u32 {
        assert!(defined < self.num_defined_globals);
        self.defined_globals + defined * VALUE_SLOT_SIZE
    }

    /// Where the value of global `global` (in the global index space,
    /// imports first) is.
    #[inline]
    pub fn global(&self, global: u32) -> GlobalSlot {
        if global < self.num_imported_globals {
            GlobalSlot::Imported {
                pointer: self.imported_global(global),
            }
        } else {
            GlobalSlot::Defined {
                offset: self.defined_global(global - self.num_imported_globals),
            }
        }
    }

    // Fields of the structures reached from vmctx.

    pub fn size_of_funcref(&self) -> u32 {
        2 * self.p() + 8
    }
    pub fn funcref_func_ptr(&self) -> u32 {
        0
    }
    pub fn funcref_vmctx(&self) -> u32 {
        self.p()
    }
    pub fn funcref_type_id(&self) -> u32 {
        2 * self.p()
    }
    /// The `i32` offset from `func_ptr` to a body in LLVM's `tailcc` (0
    /// for none; see `VMFuncRef::tail_offset`).
    pub fn funcref_tail_offset(&self) -> u32 {
        2 * self.p() + 4
    }
    pub fn memory_base(&self) -> u32 {
        0
    }
    pub fn memory_current_length(&self) -> u32 {
        self.p()
    }
    pub fn table_base(&self) -> u32 {
        0
    }
    pub fn table_current_elements(&self) -> u32 {
        self.p()
    }
    pub fn store_context_stack_limit(&self) -> u32 {
        0
    }
    pub fn store_context_fuel_consumed(&self) -> u32 {
        2 * self.p()
    }
    pub fn store_context_epoch_deadline(&self) -> u32 {
        3 * self.p()
    }
    pub fn store_context_epoch_ptr(&self) -> u32 {
        4 * self.p()
    }
    /// `VMStoreContext::arg_buffer` ([`ARG_BUFFER_BYTES`] bytes).
    pub fn store_context_arg_buffer(&self) -> u32 {
        5 * self.p()
    }
    pub fn host_context_call(&self) -> u32 {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GlobalType, ValType};

    #[test]
    fn regions_do_not_overlap() {
        let m = ModuleInfo {
            types: vec![crate::FuncType::default(); 2],
            functions: vec![0; 3],
            tables: vec![
                crate::TableType {
                    element: ValType::FUNCREF,
                    minimum: 0,
                    maximum: None,
                    table64: false,
                };
                2
            ],
            globals: vec![
                GlobalType {
                    content: ValType::I64,
                    mutable: true
                };
                3
            ],
            num_imported_globals: 1,
            ..Default::default()
        };
        let o = VMOffsets::new(8, &m);
        assert_eq!(o.funcref(0), 32);
        assert_eq!(o.funcref(2) + o.size_of_funcref(), o.table(0));
        assert_eq!(o.table(1) + 8, o.imported_global(0));
        assert_eq!(o.defined_global(0) % 16, 0);
        assert!(o.defined_global(0) >= o.imported_global(0) + 8);
        assert_eq!(o.size(), o.defined_global(1) + VALUE_SLOT_SIZE);
        assert_eq!(o.type_id(1), 4);
    }
}
