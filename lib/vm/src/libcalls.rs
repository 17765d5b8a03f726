//! The builtins compiled code calls (see `trident_types::Builtin`).
//!
//! Each is an `extern "C"` function taking the caller's vmctx first. They
//! never unwind: fallible ones return 0 for success and 1 for "trap with
//! this builtin's trap code", and the compiled code raises the trap.

use crate::instance::Instance;
use crate::vmcontext::VMContext;

/// The builtin table, in `Builtin` order.
#[repr(C)]
pub struct BuiltinTable {
    memory_grow: unsafe extern "C" fn(*mut VMContext, u32, u32) -> u32,
    memory_fill: unsafe extern "C" fn(*mut VMContext, u32, u32, u32, u32) -> u32,
    memory_copy: unsafe extern "C" fn(*mut VMContext, u32, u32, u32, u32, u32) -> u32,
    memory_init: unsafe extern "C" fn(*mut VMContext, u32, u32, u32, u32, u32) -> u32,
    data_drop: unsafe extern "C" fn(*mut VMContext, u32),
    table_grow: unsafe extern "C" fn(*mut VMContext, u32, usize, u32) -> u32,
    table_fill: unsafe extern "C" fn(*mut VMContext, u32, u32, usize, u32) -> u32,
    table_copy: unsafe extern "C" fn(*mut VMContext, u32, u32, u32, u32, u32) -> u32,
    table_init: unsafe extern "C" fn(*mut VMContext, u32, u32, u32, u32, u32) -> u32,
    elem_drop: unsafe extern "C" fn(*mut VMContext, u32),
}

static BUILTINS: BuiltinTable = BuiltinTable {
    memory_grow,
    memory_fill,
    memory_copy,
    memory_init,
    data_drop,
    table_grow,
    table_fill,
    table_copy,
    table_init,
    elem_drop,
};

/// The address of the builtin table, for `vmctx`.
pub fn builtin_table() -> *const BuiltinTable {
    &BUILTINS
}

fn status(r: Result<(), trident_types::TrapCode>) -> u32 {
    r.is_err() as u32
}

// SAFETY (for every builtin below): compiled code passes its own live vmctx
// and indices the validator checked against the module.

unsafe extern "C" fn memory_grow(vmctx: *mut VMContext, memory: u32, delta: u32) -> u32 {
    unsafe { Instance::from_vmctx(vmctx) }.memory_grow(memory, delta)
}

unsafe extern "C" fn memory_fill(
    vmctx: *mut VMContext,
    memory: u32,
    dst: u32,
    value: u32,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.memory_fill(memory, dst, value as u8, len))
}

unsafe extern "C" fn memory_copy(
    vmctx: *mut VMContext,
    dst_mem: u32,
    src_mem: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.memory_copy(dst_mem, src_mem, dst, src, len))
}

unsafe extern "C" fn memory_init(
    vmctx: *mut VMContext,
    memory: u32,
    data: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.memory_init(memory, data, dst, src, len))
}

unsafe extern "C" fn data_drop(vmctx: *mut VMContext, data: u32) {
    unsafe { Instance::from_vmctx(vmctx) }.data_drop(data)
}

unsafe extern "C" fn table_grow(vmctx: *mut VMContext, table: u32, init: usize, delta: u32) -> u32 {
    unsafe { Instance::from_vmctx(vmctx) }.table_grow(table, init, delta)
}

unsafe extern "C" fn table_fill(
    vmctx: *mut VMContext,
    table: u32,
    dst: u32,
    value: usize,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.table_fill(table, dst, value, len))
}

unsafe extern "C" fn table_copy(
    vmctx: *mut VMContext,
    dst_table: u32,
    src_table: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.table_copy(dst_table, src_table, dst, src, len))
}

unsafe extern "C" fn table_init(
    vmctx: *mut VMContext,
    table: u32,
    elem: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    status(unsafe { Instance::from_vmctx(vmctx) }.table_init(table, elem, dst, src, len))
}

unsafe extern "C" fn elem_drop(vmctx: *mut VMContext, elem: u32) {
    unsafe { Instance::from_vmctx(vmctx) }.elem_drop(elem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::Builtin;

    #[test]
    fn table_has_one_entry_per_builtin() {
        assert_eq!(
            std::mem::size_of::<BuiltinTable>(),
            Builtin::ALL.len() * std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::offset_of!(BuiltinTable, elem_drop),
            Builtin::ElemDrop.index() * 8
        );
        assert_eq!(
            std::mem::offset_of!(BuiltinTable, table_grow),
            Builtin::TableGrow.index() * 8
        );
    }
}
