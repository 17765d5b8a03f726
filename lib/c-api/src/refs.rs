//! Reference objects: one Rust type ([`wasm_ref_t`]) behind every
//! runtime object of the header, their identity, host information, and
//! foreign objects.
//!
//! Every `wasm_X_t` of a runtime object is a `repr(transparent)` view of
//! `wasm_ref_t`, and `wasm_func_t`, `wasm_global_t`, `wasm_table_t` and
//! `wasm_memory_t` are views of `wasm_extern_t` too: each conversion of
//! the header returns the same pointer (null when the kind differs).
//!
//! Host information lives in a shared cell ([`HostInfo`]): copies of a
//! handle share it, and its finalizer runs when the last of them is
//! deleted. A foreign object's cell travels inside its `externref`, so a
//! reference that went through wasm and came back still carries it.

use crate::engine::wasm_store_t;
use crate::types::boxed;
use std::ffi::c_void;
use std::ptr;
use std::sync::{Arc, Mutex};
use trident::{ExternRef, Func, Global, Instance, Memory, Module, Table};

/// Host data and its finalizer.
pub struct HostInfo {
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
}

// SAFETY: the C API promises nothing about threads for host info; the
// pointer is only handed back to the C code that set it.
unsafe impl Send for HostInfo {}

impl HostInfo {
    fn run_finalizer(&mut self) {
        if let Some(f) = self.finalizer.take() {
            // SAFETY: the C code gave this finalizer for this data.
            unsafe { f(self.data) };
        }
    }
}

impl Drop for HostInfo {
    fn drop(&mut self) {
        self.run_finalizer();
    }
}

/// A shared host-information cell.
pub type HostCell = Arc<Mutex<HostInfo>>;

pub fn new_host_cell() -> HostCell {
    Arc::new(Mutex::new(HostInfo {
        data: ptr::null_mut(),
        finalizer: None,
    }))
}

/// What a foreign object's `externref` holds.
pub struct ForeignData {
    pub(crate) host: HostCell,
}

/// The trap part of a trap object.
#[derive(Clone)]
pub struct TrapData {
    pub(crate) message: String,
    pub(crate) frames: Vec<crate::trap::wasm_frame_t>,
}

/// What a reference object is.
#[derive(Clone)]
pub enum Object {
    Func(Func),
    Global(Global),
    Table(Table),
    Memory(Memory),
    Instance(Instance),
    /// A module and the bytes it was compiled from (`serialize`).
    Module(Module, Arc<[u8]>),
    Trap(Box<TrapData>),
    Foreign(ExternRef),
}

/// Every runtime object of the header.
#[derive(Clone)]
pub struct wasm_ref_t {
    /// The store the object lives in (null for modules and traps, which
    /// need none).
    pub(crate) store: *mut wasm_store_t,
    pub(crate) object: Object,
    pub(crate) host: HostCell,
}

impl wasm_ref_t {
    pub fn new(store: *mut wasm_store_t, object: Object) -> wasm_ref_t {
        wasm_ref_t {
            store,
            object,
            host: new_host_cell(),
        }
    }

    /// Whether `self` and `other` are the same object.
    pub fn same(&self, other: &wasm_ref_t) -> bool {
        match (&self.object, &other.object) {
            (Object::Func(a), Object::Func(b)) => a == b,
            (Object::Global(a), Object::Global(b)) => a == b,
            (Object::Table(a), Object::Table(b)) => a == b,
            (Object::Memory(a), Object::Memory(b)) => a == b,
            (Object::Instance(a), Object::Instance(b)) => a == b,
            (Object::Foreign(a), Object::Foreign(b)) => a == b,
            _ => Arc::ptr_eq(&self.host, &other.host),
        }
    }
}

/// A view of [`wasm_ref_t`].
macro_rules! view {
    ($t:ident) => {
        #[repr(transparent)]
        #[derive(Clone)]
        pub struct $t {
            pub(crate) r: wasm_ref_t,
        }
    };
}
view!(wasm_extern_t);
view!(wasm_func_t);
view!(wasm_global_t);
view!(wasm_table_t);
view!(wasm_memory_t);
view!(wasm_instance_t);
view!(wasm_module_t);
view!(wasm_trap_t);
view!(wasm_foreign_t);

/// A boxed view of a new object.
pub fn new_object<T>(store: *mut wasm_store_t, object: Object) -> *mut T {
    boxed(wasm_ref_t::new(store, object)).cast()
}

/// The `wasm_ref_t` a view is.
fn as_ref<T>(v: &T) -> &wasm_ref_t {
    // SAFETY: every type this is called on is wasm_ref_t or a
    // repr(transparent) view of it (the macros here).
    unsafe { &*(v as *const T as *const wasm_ref_t) }
}

/// Replaces the host information of `r` (the old finalizer runs).
///
/// # Safety
/// `r` is null or a valid reference object.
unsafe fn set_host_info(
    r: *mut wasm_ref_t,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller says.
    if let Some(r) = unsafe { r.as_ref() } {
        if let Ok(mut h) = r.host.lock() {
            h.run_finalizer();
            h.data = data;
            h.finalizer = finalizer;
        }
    }
}

/// The base functions of reference type `$t`: delete, copy, same and
/// host information.
macro_rules! ref_base {
    ($t:ident, $delete:ident, $copy:ident, $same:ident, $get:ident, $set:ident, $set_fin:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $delete(p: *mut $t) {
            // SAFETY: the header: an owned handle given up.
            unsafe { crate::types::unbox(p) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $copy(p: *const $t) -> *mut $t {
            // SAFETY: a valid handle or null.
            unsafe { crate::types::copied(p) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $same(a: *const $t, b: *const $t) -> bool {
            // SAFETY: valid handles or null.
            match unsafe { (a.as_ref(), b.as_ref()) } {
                (Some(a), Some(b)) => as_ref(a).same(as_ref(b)),
                _ => false,
            }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $get(p: *const $t) -> *mut c_void {
            // SAFETY: a valid handle or null.
            unsafe { p.as_ref() }.map_or(ptr::null_mut(), |p| {
                as_ref(p).host.lock().map_or(ptr::null_mut(), |h| h.data)
            })
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(p: *mut $t, data: *mut c_void) {
            // SAFETY: as above.
            unsafe { set_host_info(p.cast(), data, None) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set_fin(
            p: *mut $t,
            data: *mut c_void,
            finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
        ) {
            // SAFETY: as above.
            unsafe { set_host_info(p.cast(), data, finalizer) }
        }
    };
}

ref_base!(
    wasm_ref_t,
    wasm_ref_delete,
    wasm_ref_copy,
    wasm_ref_same,
    wasm_ref_get_host_info,
    wasm_ref_set_host_info,
    wasm_ref_set_host_info_with_finalizer
);

/// Everything the header declares for reference type `$t` whose objects
/// match `$pat`: the base functions, `wasm_X_as_ref` (same pointer) and
/// `wasm_ref_as_X` (same pointer when the kind matches, else null), with
/// their `const` twins.
macro_rules! ref_type {
    ($t:ident, $pat:pat, $delete:ident, $copy:ident, $same:ident, $get:ident, $set:ident, $set_fin:ident,
     $to:ident, $to_const:ident, $from:ident, $from_const:ident) => {
        ref_base!($t, $delete, $copy, $same, $get, $set, $set_fin);

        #[no_mangle]
        pub extern "C" fn $to(p: *mut $t) -> *mut wasm_ref_t {
            p.cast()
        }

        #[no_mangle]
        pub extern "C" fn $to_const(p: *const $t) -> *const wasm_ref_t {
            p.cast()
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from(r: *mut wasm_ref_t) -> *mut $t {
            // SAFETY: a valid reference or null.
            match unsafe { r.as_ref() }.map(|r| &r.object) {
                Some($pat) => r.cast(),
                _ => ptr::null_mut(),
            }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from_const(r: *const wasm_ref_t) -> *const $t {
            // SAFETY: as above.
            match unsafe { r.as_ref() }.map(|r| &r.object) {
                Some($pat) => r.cast(),
                _ => ptr::null(),
            }
        }
    };
}

ref_type!(
    wasm_extern_t,
    Object::Func(_) | Object::Global(_) | Object::Table(_) | Object::Memory(_),
    wasm_extern_delete,
    wasm_extern_copy,
    wasm_extern_same,
    wasm_extern_get_host_info,
    wasm_extern_set_host_info,
    wasm_extern_set_host_info_with_finalizer,
    wasm_extern_as_ref,
    wasm_extern_as_ref_const,
    wasm_ref_as_extern,
    wasm_ref_as_extern_const
);
ref_type!(
    wasm_func_t,
    Object::Func(_),
    wasm_func_delete,
    wasm_func_copy,
    wasm_func_same,
    wasm_func_get_host_info,
    wasm_func_set_host_info,
    wasm_func_set_host_info_with_finalizer,
    wasm_func_as_ref,
    wasm_func_as_ref_const,
    wasm_ref_as_func,
    wasm_ref_as_func_const
);
ref_type!(
    wasm_global_t,
    Object::Global(_),
    wasm_global_delete,
    wasm_global_copy,
    wasm_global_same,
    wasm_global_get_host_info,
    wasm_global_set_host_info,
    wasm_global_set_host_info_with_finalizer,
    wasm_global_as_ref,
    wasm_global_as_ref_const,
    wasm_ref_as_global,
    wasm_ref_as_global_const
);
ref_type!(
    wasm_table_t,
    Object::Table(_),
    wasm_table_delete,
    wasm_table_copy,
    wasm_table_same,
    wasm_table_get_host_info,
    wasm_table_set_host_info,
    wasm_table_set_host_info_with_finalizer,
    wasm_table_as_ref,
    wasm_table_as_ref_const,
    wasm_ref_as_table,
    wasm_ref_as_table_const
);
ref_type!(
    wasm_memory_t,
    Object::Memory(_),
    wasm_memory_delete,
    wasm_memory_copy,
    wasm_memory_same,
    wasm_memory_get_host_info,
    wasm_memory_set_host_info,
    wasm_memory_set_host_info_with_finalizer,
    wasm_memory_as_ref,
    wasm_memory_as_ref_const,
    wasm_ref_as_memory,
    wasm_ref_as_memory_const
);
ref_type!(
    wasm_instance_t,
    Object::Instance(_),
    wasm_instance_delete,
    wasm_instance_copy,
    wasm_instance_same,
    wasm_instance_get_host_info,
    wasm_instance_set_host_info,
    wasm_instance_set_host_info_with_finalizer,
    wasm_instance_as_ref,
    wasm_instance_as_ref_const,
    wasm_ref_as_instance,
    wasm_ref_as_instance_const
);
ref_type!(
    wasm_module_t,
    Object::Module(..),
    wasm_module_delete,
    wasm_module_copy,
    wasm_module_same,
    wasm_module_get_host_info,
    wasm_module_set_host_info,
    wasm_module_set_host_info_with_finalizer,
    wasm_module_as_ref,
    wasm_module_as_ref_const,
    wasm_ref_as_module,
    wasm_ref_as_module_const
);
ref_type!(
    wasm_trap_t,
    Object::Trap(_),
    wasm_trap_delete,
    wasm_trap_copy,
    wasm_trap_same,
    wasm_trap_get_host_info,
    wasm_trap_set_host_info,
    wasm_trap_set_host_info_with_finalizer,
    wasm_trap_as_ref,
    wasm_trap_as_ref_const,
    wasm_ref_as_trap,
    wasm_ref_as_trap_const
);
ref_type!(
    wasm_foreign_t,
    Object::Foreign(_),
    wasm_foreign_delete,
    wasm_foreign_copy,
    wasm_foreign_same,
    wasm_foreign_get_host_info,
    wasm_foreign_set_host_info,
    wasm_foreign_set_host_info_with_finalizer,
    wasm_foreign_as_ref,
    wasm_foreign_as_ref_const,
    wasm_ref_as_foreign,
    wasm_ref_as_foreign_const
);

/// A new foreign object: an `externref` whose payload carries the host
/// information cell, so the object keeps it through wasm.
#[no_mangle]
pub unsafe extern "C" fn wasm_foreign_new(store: *mut wasm_store_t) -> *mut wasm_foreign_t {
    // SAFETY: a valid store or null.
    let Some(s) = (unsafe { crate::engine::store_mut(store) }) else {
        return ptr::null_mut();
    };
    let host = new_host_cell();
    let r = ExternRef::new(&mut *s, ForeignData { host: host.clone() });
    boxed(wasm_ref_t {
        store,
        object: Object::Foreign(r),
        host,
    })
    .cast()
}
