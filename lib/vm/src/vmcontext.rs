//! The `repr(C)` structures compiled code reads and writes.
//!
//! Their field offsets are the ones `trident_types::VMOffsets` hands the
//! back ends; the tests at the bottom check the two agree.

use std::ffi::c_void;
use trident_types::ARG_BUFFER_BYTES;

/// Opaque marker for a `vmctx` pointer.
#[repr(C, align(16))]
pub struct VMContext {
    _private: [u8; 0],
}

/// A callable function: what `funcref` values and table elements point to.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct VMFuncRef {
    /// Code with the wasm calling convention.
    pub func_ptr: *const u8,
    /// The callee vmctx to pass (a `VMHostContext` for host functions).
    pub vmctx: *mut VMContext,
    /// Engine-wide signature id.
    pub type_id: u32,
    /// 0, or where the function's body in a second calling convention
    /// starts, relative to `func_ptr`: LLVM compiles the functions of a
    /// module with tail calls in `tailcc` behind an adapter in the
    /// standard convention (`CompiledFunction::entry`), and its tail
    /// calls through a funcref go straight to the body when this is set.
    /// Other code ignores it.
    pub tail_offset: i32,
}

impl VMFuncRef {
    pub const NULL: VMFuncRef = VMFuncRef {
        func_ptr: std::ptr::null(),
        vmctx: std::ptr::null_mut(),
        type_id: u32::MAX,
        tail_offset: 0,
    };
}

/// Base and length of a linear memory.
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    pub base: *mut u8,
    /// In bytes.
    pub current_length: usize,
}

/// Base and length of a table.
#[repr(C)]
#[derive(Debug)]
pub struct VMTableDefinition {
    /// Pointer-sized elements: `*const VMFuncRef` or an externref value;
    /// 0 is null.
    pub base: *mut usize,
    pub current_elements: u32,
}

/// A global's storage: 16 bytes, value at offset 0 in its native
/// little-endian representation.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct VMGlobalDefinition {
    pub bytes: [u8; 16],
}

/// A 16-byte value slot in argument/result arrays.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ValRaw {
    pub bytes: [u8; 16],
}

macro_rules! raw_accessors {
    ($t:ty) => {
        impl $t {
            pub fn get_u32(&self) -> u32 {
                u32::from_le_bytes(self.bytes[..4].try_into().unwrap_or_default())
            }
            pub fn get_u64(&self) -> u64 {
                u64::from_le_bytes(self.bytes[..8].try_into().unwrap_or_default())
            }
            pub fn set_u32(&mut self, v: u32) {
                self.bytes = [0; 16];
                self.bytes[..4].copy_from_slice(&v.to_le_bytes());
            }
            pub fn set_u64(&mut self, v: u64) {
                self.bytes = [0; 16];
                self.bytes[..8].copy_from_slice(&v.to_le_bytes());
            }
            pub fn get_usize(&self) -> usize {
                self.get_u64() as usize
            }
            pub fn set_usize(&mut self, v: usize) {
                self.set_u64(v as u64)
            }
        }
    };
}
raw_accessors!(VMGlobalDefinition);
raw_accessors!(ValRaw);

/// Per-store state shared by all instances of a store.
#[repr(C)]
#[derive(Debug)]
pub struct VMStoreContext {
    /// Compiled code traps with `StackOverflow` rather than move the stack
    /// pointer below this address. `usize::MAX` while no wasm is running
    /// (set at the outermost host→wasm entry).
    pub stack_limit: usize,
    /// The embedding's store, for host functions.
    pub store: *mut c_void,
    /// Fuel used so far minus fuel granted: compiled code traps with
    /// `OutOfFuel` when it is positive (see `VMOffsets`).
    pub fuel_consumed: i64,
    /// Compiled code traps with `Interrupted` once `*epoch_ptr` reaches it.
    pub epoch_deadline: u64,
    /// The engine's epoch counter.
    pub epoch_ptr: *const u64,
    /// Arguments in flight from a call to the callee's prologue, for the
    /// back ends that pass some there (see `VMOffsets`); never read by the
    /// runtime.
    pub arg_buffer: ArgBuffer,
    /// Decides what a passed deadline does (see `crate::epoch`); not read
    /// by compiled code, which only knows the fields above.
    pub epoch_callback: Option<crate::epoch::EpochCallback>,
}

/// `VMStoreContext::arg_buffer`: [`ARG_BUFFER_BYTES`] bytes (no alignment
/// beyond the pointer alignment of its offset: code copies 8 bytes at a
/// time).
#[repr(C)]
pub struct ArgBuffer(pub [u8; ARG_BUFFER_BYTES as usize]);

impl Default for ArgBuffer {
    fn default() -> Self {
        ArgBuffer([0; ARG_BUFFER_BYTES as usize])
    }
}

impl std::fmt::Debug for ArgBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ArgBuffer({} bytes)", self.0.len())
    }
}

/// The signature of a host function's entry, called by a wasm→host
/// trampoline: `(host_ctx, caller_vmctx, values, value_count) -> status`.
/// A non-zero status means "trap"; the reason was recorded with
/// [`crate::trap::record_host_error`] or [`crate::trap::record_host_panic`].
pub type VMHostCall =
    unsafe extern "C" fn(*mut VMHostContext, *mut VMContext, *mut ValRaw, u32) -> u32;

/// The head of a host function's context: what its wasm→host trampoline
/// receives as callee vmctx.
#[repr(C)]
pub struct VMHostContext {
    pub call: VMHostCall,
    /// The embedding's data for this function.
    pub data: *mut c_void,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::offset_of;
    use trident_types::{ModuleInfo, VMOffsets, VALUE_SLOT_SIZE};

    #[test]
    fn layouts_match_vmoffsets() {
        let o = VMOffsets::new(std::mem::size_of::<usize>() as u8, &ModuleInfo::default());
        assert_eq!(
            o.size_of_funcref() as usize,
            std::mem::size_of::<VMFuncRef>()
        );
        assert_eq!(
            o.funcref_func_ptr() as usize,
            offset_of!(VMFuncRef, func_ptr)
        );
        assert_eq!(o.funcref_vmctx() as usize, offset_of!(VMFuncRef, vmctx));
        assert_eq!(o.funcref_type_id() as usize, offset_of!(VMFuncRef, type_id));
        assert_eq!(
            o.funcref_tail_offset() as usize,
            offset_of!(VMFuncRef, tail_offset)
        );
        assert_eq!(
            o.memory_base() as usize,
            offset_of!(VMMemoryDefinition, base)
        );
        assert_eq!(
            o.memory_current_length() as usize,
            offset_of!(VMMemoryDefinition, current_length)
        );
        assert_eq!(o.table_base() as usize, offset_of!(VMTableDefinition, base));
        assert_eq!(
            o.table_current_elements() as usize,
            offset_of!(VMTableDefinition, current_elements)
        );
        assert_eq!(
            o.store_context_stack_limit() as usize,
            offset_of!(VMStoreContext, stack_limit)
        );
        assert_eq!(
            o.store_context_fuel_consumed() as usize,
            offset_of!(VMStoreContext, fuel_consumed)
        );
        assert_eq!(
            o.store_context_epoch_deadline() as usize,
            offset_of!(VMStoreContext, epoch_deadline)
        );
        assert_eq!(
            o.store_context_epoch_ptr() as usize,
            offset_of!(VMStoreContext, epoch_ptr)
        );
        assert_eq!(
            o.store_context_arg_buffer() as usize,
            offset_of!(VMStoreContext, arg_buffer)
        );
        assert_eq!(
            o.host_context_call() as usize,
            offset_of!(VMHostContext, call)
        );
        assert_eq!(VALUE_SLOT_SIZE as usize, std::mem::size_of::<ValRaw>());
        assert_eq!(
            VALUE_SLOT_SIZE as usize,
            std::mem::size_of::<VMGlobalDefinition>()
        );
    }
}
