//! The builtins compiled code calls (see `trident_types::Builtin`).
//!
//! Each is an `extern "C"` function taking the caller's vmctx first. They
//! never unwind: fallible ones return 0 for success and 1 for "trap", and
//! the compiled code raises the trap at its trap site, which names the
//! builtin's own trap code (`Builtin::trap_code`). A builtin that fails
//! for another reason (the bulk operators running out of fuel) records the
//! real code first ([`crate::trap::record_builtin_trap`]), and the trap is
//! reported with it.
//!
//! Fuel: the bulk memory and table builtins charge the length part of
//! their cost ([`Instance::charge_fuel`], prices from the module's
//! `FuelCosts`) before anything else, bounds checks included: the price
//! depends on the length operand alone, and an operation the store cannot
//! pay for does nothing. `memory.grow` and `table.grow` cost a flat price,
//! compiled into the code.

use crate::instance::Instance;
use crate::vmcontext::{VMContext, VMFuncRef};
use trident_types::TrapCode;

/// The builtin table, in `Builtin` order.
#[repr(C)]
pub struct BuiltinTable {
    memory_grow: unsafe extern "C" fn(*mut VMContext, u32, u64) -> u64,
    memory_fill: unsafe extern "C" fn(*mut VMContext, u32, u64, u32, u64) -> u32,
    memory_copy: unsafe extern "C" fn(*mut VMContext, u32, u32, u64, u64, u64) -> u32,
    memory_init: unsafe extern "C" fn(*mut VMContext, u32, u32, u64, u32, u32) -> u32,
    data_drop: unsafe extern "C" fn(*mut VMContext, u32),
    table_grow: unsafe extern "C" fn(*mut VMContext, u32, usize, u64) -> u64,
    table_fill: unsafe extern "C" fn(*mut VMContext, u32, u64, usize, u64) -> u32,
    table_copy: unsafe extern "C" fn(*mut VMContext, u32, u32, u64, u64, u64) -> u32,
    table_init: unsafe extern "C" fn(*mut VMContext, u32, u32, u64, u32, u32) -> u32,
    elem_drop: unsafe extern "C" fn(*mut VMContext, u32),
    epoch_deadline: unsafe extern "C" fn(*mut VMContext),
    func_subtype: unsafe extern "C" fn(*mut VMContext, *const VMFuncRef, u32) -> *const VMFuncRef,
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
    epoch_deadline: crate::epoch::trident_epoch_deadline,
    func_subtype,
};

/// The address of the builtin table, for `vmctx`.
pub fn builtin_table() -> *const BuiltinTable {
    &BUILTINS
}

fn status(r: Result<(), TrapCode>) -> u32 {
    match r {
        Ok(()) => 0,
        Err(TrapCode::OutOfFuel) => {
            crate::trap::record_builtin_trap(TrapCode::OutOfFuel);
            1
        }
        Err(_) => 1,
    }
}

/// A bulk memory operator of `len` bytes: its length part charged, then
/// `op`.
fn memory_op(
    instance: &mut Instance,
    len: u64,
    op: impl FnOnce(&mut Instance) -> Result<(), TrapCode>,
) -> u32 {
    status(
        instance
            .charge_fuel(|c| c.memory_length_cost(len))
            .and_then(|()| op(instance)),
    )
}

/// A bulk table operator of `len` elements: its length part charged,
/// then `op`.
fn table_op(
    instance: &mut Instance,
    len: u64,
    op: impl FnOnce(&mut Instance) -> Result<(), TrapCode>,
) -> u32 {
    status(
        instance
            .charge_fuel(|c| c.table_length_cost(len))
            .and_then(|()| op(instance)),
    )
}

// SAFETY (for every builtin below): compiled code passes its own live vmctx
// and indices the validator checked against the module.

unsafe extern "C" fn memory_grow(vmctx: *mut VMContext, memory: u32, delta: u64) -> u64 {
    unsafe { Instance::from_vmctx(vmctx) }.memory_grow(memory, delta)
}

unsafe extern "C" fn memory_fill(
    vmctx: *mut VMContext,
    memory: u32,
    dst: u64,
    value: u32,
    len: u64,
) -> u32 {
    memory_op(unsafe { Instance::from_vmctx(vmctx) }, len, |i| {
        i.memory_fill(memory, dst, value as u8, len)
    })
}

unsafe extern "C" fn memory_copy(
    vmctx: *mut VMContext,
    dst_mem: u32,
    src_mem: u32,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    memory_op(unsafe { Instance::from_vmctx(vmctx) }, len, |i| {
        i.memory_copy(dst_mem, src_mem, dst, src, len)
    })
}

unsafe extern "C" fn memory_init(
    vmctx: *mut VMContext,
    memory: u32,
    data: u32,
    dst: u64,
    src: u32,
    len: u32,
) -> u32 {
    memory_op(
        unsafe { Instance::from_vmctx(vmctx) },
        u64::from(len),
        |i| i.memory_init(memory, data, dst, src, len),
    )
}

unsafe extern "C" fn data_drop(vmctx: *mut VMContext, data: u32) {
    unsafe { Instance::from_vmctx(vmctx) }.data_drop(data)
}

unsafe extern "C" fn table_grow(vmctx: *mut VMContext, table: u32, init: usize, delta: u64) -> u64 {
    unsafe { Instance::from_vmctx(vmctx) }.table_grow(table, init, delta)
}

unsafe extern "C" fn table_fill(
    vmctx: *mut VMContext,
    table: u32,
    dst: u64,
    value: usize,
    len: u64,
) -> u32 {
    table_op(unsafe { Instance::from_vmctx(vmctx) }, len, |i| {
        i.table_fill(table, dst, value, len)
    })
}

unsafe extern "C" fn table_copy(
    vmctx: *mut VMContext,
    dst_table: u32,
    src_table: u32,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    table_op(unsafe { Instance::from_vmctx(vmctx) }, len, |i| {
        i.table_copy(dst_table, src_table, dst, src, len)
    })
}

unsafe extern "C" fn table_init(
    vmctx: *mut VMContext,
    table: u32,
    elem: u32,
    dst: u64,
    src: u32,
    len: u32,
) -> u32 {
    table_op(
        unsafe { Instance::from_vmctx(vmctx) },
        u64::from(len),
        |i| i.table_init(table, elem, dst, src, len),
    )
}

unsafe extern "C" fn elem_drop(vmctx: *mut VMContext, elem: u32) {
    unsafe { Instance::from_vmctx(vmctx) }.elem_drop(elem)
}

/// `funcref` if its type is engine type `expected` or a subtype of it,
/// else null (see `Builtin::FuncSubtype`).
unsafe extern "C" fn func_subtype(
    vmctx: *mut VMContext,
    funcref: *const VMFuncRef,
    expected: u32,
) -> *const VMFuncRef {
    // SAFETY: compiled code passes its own vmctx, and a non-null funcref
    // it loaded from a table of the same store.
    let (instance, actual) = unsafe { (Instance::from_vmctx(vmctx), (*funcref).type_id) };
    if instance.module().hierarchy.is_subtype(actual, expected) {
        funcref
    } else {
        std::ptr::null()
    }
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
            std::mem::offset_of!(BuiltinTable, epoch_deadline),
            Builtin::EpochDeadline.index() * 8
        );
        assert_eq!(
            std::mem::offset_of!(BuiltinTable, func_subtype),
            Builtin::FuncSubtype.index() * 8
        );
        assert_eq!(
            std::mem::offset_of!(BuiltinTable, table_grow),
            Builtin::TableGrow.index() * 8
        );
    }
}
