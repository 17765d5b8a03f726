//! Globals, tables, memories, externals and instances.
//!
//! Out-of-range table accesses return null/false and memory growth past
//! the maximum returns false, as the header's results say; a value of
//! the wrong kind for a global or table is refused the same way.

use crate::declare_vec;
use crate::engine::{store_mut, wasm_store_t};
use crate::refs::{
    new_object, wasm_extern_t, wasm_func_t, wasm_global_t, wasm_instance_t, wasm_memory_t,
    wasm_module_t, wasm_ref_t, wasm_table_t, wasm_trap_t, Object,
};
use crate::trap::{new_trap, trap_from_error};
use crate::types::{
    self, boxed, wasm_externtype_t, wasm_globaltype_t, wasm_memorytype_t, wasm_tabletype_t,
};
use crate::val::{foreign_object, wasm_val_t, wasm_val_union};
use crate::vec::{Element, Vector};
use std::ptr;
use trident::{Extern, Global, Instance, Memory, Store, Table, Val, ValType};

declare_vec!(
    wasm_extern_vec_t,
    *mut wasm_extern_t,
    wasm_extern_vec_new_empty,
    wasm_extern_vec_new_uninitialized,
    wasm_extern_vec_new,
    wasm_extern_vec_copy,
    wasm_extern_vec_delete
);

/// The object and store behind a handle.
///
/// # Safety
/// `p` is null or a valid handle of a type that is `wasm_ref_t` or a
/// repr(transparent) view of it; its store outlives it.
unsafe fn parts<'a, T>(p: *const T) -> Option<(&'a Object, *mut wasm_store_t, &'a mut Store<()>)> {
    // SAFETY: as the caller says.
    let r = unsafe { (p as *const wasm_ref_t).as_ref() }?;
    let s = unsafe { store_mut(r.store) }?;
    Some((&r.object, r.store, s))
}

/// The reference `r` (a function or a foreign object, or null) as a
/// value of reference type `t`.
fn ref_val(r: *mut wasm_ref_t, t: ValType) -> Option<Val> {
    let v = wasm_val_t {
        kind: types::WASM_FUNCREF,
        of: wasm_val_union { ref_: r },
    };
    v.to_val(t)
}

/// A new reference object for a value read from a table.
fn ref_object(v: Val, store: *mut wasm_store_t, s: &Store<()>) -> *mut wasm_ref_t {
    match v {
        Val::FuncRef(Some(f)) => boxed(wasm_ref_t::new(store, Object::Func(f))),
        Val::ExternRef(Some(e)) => boxed(foreign_object(store, e, s)),
        _ => ptr::null_mut(),
    }
}

// ---- globals ----------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn wasm_global_new(
    store: *mut wasm_store_t,
    ty: *const wasm_globaltype_t,
    val: *const wasm_val_t,
) -> *mut wasm_global_t {
    // SAFETY: valid or null.
    let (Some(s), Some(ty), Some(val)) = (
        unsafe { store_mut(store) },
        unsafe { ty.as_ref() },
        unsafe { val.as_ref() },
    ) else {
        return ptr::null_mut();
    };
    let Some(gt) = types::global_type(ty) else {
        return ptr::null_mut();
    };
    let Some(v) = val.to_val(gt.content) else {
        return ptr::null_mut();
    };
    match Global::new(s, gt, v) {
        Ok(g) => new_object(store, Object::Global(g)),
        Err(_) => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_global_type(g: *const wasm_global_t) -> *mut wasm_globaltype_t {
    // SAFETY: a valid global or null.
    match unsafe { parts(g) } {
        Some((Object::Global(g), _, s)) => boxed(wasm_globaltype_t {
            ext: wasm_externtype_t::global(&g.ty(&*s)),
        }),
        _ => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_global_get(g: *const wasm_global_t, out: *mut wasm_val_t) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid global or null.
    let v = match unsafe { parts(g) } {
        Some((Object::Global(g), store, s)) => {
            let v = g.get(&mut *s);
            wasm_val_t::from_val(v, store, &*s)
        }
        _ => wasm_val_t::empty(),
    };
    // SAFETY: checked non-null; writable by the header.
    unsafe { out.write(v) };
}

/// Sets the global; a value of the wrong kind, or an immutable global,
/// leaves it as it was.
#[no_mangle]
pub unsafe extern "C" fn wasm_global_set(g: *mut wasm_global_t, val: *const wasm_val_t) {
    // SAFETY: valid or null.
    let (Some((Object::Global(g), _, s)), Some(val)) =
        (unsafe { parts(g) }, unsafe { val.as_ref() })
    else {
        return;
    };
    if let Some(v) = val.to_val(g.ty(&*s).content) {
        let _ = g.set(&mut *s, v);
    }
}

// ---- tables -----------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn wasm_table_new(
    store: *mut wasm_store_t,
    ty: *const wasm_tabletype_t,
    init: *mut wasm_ref_t,
) -> *mut wasm_table_t {
    // SAFETY: valid or null.
    let (Some(s), Some(ty)) = (unsafe { store_mut(store) }, unsafe { ty.as_ref() }) else {
        return ptr::null_mut();
    };
    let Some(tt) = types::table_type(ty) else {
        return ptr::null_mut();
    };
    let Some(init) = ref_val(init, tt.element) else {
        return ptr::null_mut();
    };
    match Table::new(s, tt, init) {
        Ok(t) => new_object(store, Object::Table(t)),
        Err(_) => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_table_type(t: *const wasm_table_t) -> *mut wasm_tabletype_t {
    // SAFETY: a valid table or null.
    match unsafe { parts(t) } {
        Some((Object::Table(t), _, s)) => boxed(wasm_tabletype_t {
            ext: wasm_externtype_t::table(&t.ty(&*s)),
        }),
        _ => ptr::null_mut(),
    }
}

/// The element at `index` (null for a null element or an index out of
/// range).
#[no_mangle]
pub unsafe extern "C" fn wasm_table_get(t: *const wasm_table_t, index: u32) -> *mut wasm_ref_t {
    // SAFETY: a valid table or null.
    match unsafe { parts(t) } {
        Some((Object::Table(t), store, s)) => match t.get(&mut *s, index) {
            Some(v) => ref_object(v, store, s),
            None => ptr::null_mut(),
        },
        _ => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_table_set(
    t: *mut wasm_table_t,
    index: u32,
    r: *mut wasm_ref_t,
) -> bool {
    // SAFETY: a valid table or null.
    let Some((Object::Table(t), _, s)) = (unsafe { parts(t) }) else {
        return false;
    };
    match ref_val(r, t.ty(&*s).element) {
        Some(v) => t.set(&mut *s, index, v).is_ok(),
        None => false,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_table_size(t: *const wasm_table_t) -> u32 {
    // SAFETY: a valid table or null.
    match unsafe { parts(t) } {
        Some((Object::Table(t), _, s)) => t.size(&*s),
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_table_grow(
    t: *mut wasm_table_t,
    delta: u32,
    init: *mut wasm_ref_t,
) -> bool {
    // SAFETY: a valid table or null.
    let Some((Object::Table(t), _, s)) = (unsafe { parts(t) }) else {
        return false;
    };
    match ref_val(init, t.ty(&*s).element) {
        Some(v) => t.grow(&mut *s, delta, v).is_ok(),
        None => false,
    }
}

// ---- memories ---------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn wasm_memory_new(
    store: *mut wasm_store_t,
    ty: *const wasm_memorytype_t,
) -> *mut wasm_memory_t {
    // SAFETY: valid or null.
    let (Some(s), Some(ty)) = (unsafe { store_mut(store) }, unsafe { ty.as_ref() }) else {
        return ptr::null_mut();
    };
    let Some(mt) = types::memory_type(ty) else {
        return ptr::null_mut();
    };
    match Memory::new(s, mt) {
        Ok(m) => new_object(store, Object::Memory(m)),
        Err(_) => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_memory_type(m: *const wasm_memory_t) -> *mut wasm_memorytype_t {
    // SAFETY: a valid memory or null.
    match unsafe { parts(m) } {
        Some((Object::Memory(m), _, s)) => boxed(wasm_memorytype_t {
            ext: wasm_externtype_t::memory(&m.ty(&*s)),
        }),
        _ => ptr::null_mut(),
    }
}

/// The memory's bytes, valid until it grows.
#[no_mangle]
pub unsafe extern "C" fn wasm_memory_data(m: *mut wasm_memory_t) -> *mut u8 {
    // SAFETY: a valid memory or null.
    match unsafe { parts(m) } {
        Some((Object::Memory(m), _, s)) => m.data_mut(s).as_mut_ptr(),
        _ => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_memory_data_size(m: *const wasm_memory_t) -> usize {
    // SAFETY: a valid memory or null.
    match unsafe { parts(m) } {
        Some((Object::Memory(m), _, s)) => m.data(&*s).len(),
        _ => 0,
    }
}

/// The size in pages.
#[no_mangle]
pub unsafe extern "C" fn wasm_memory_size(m: *const wasm_memory_t) -> u32 {
    // SAFETY: a valid memory or null.
    match unsafe { parts(m) } {
        Some((Object::Memory(m), _, s)) => u32::try_from(m.size(&*s)).unwrap_or(u32::MAX),
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_memory_grow(m: *mut wasm_memory_t, delta: u32) -> bool {
    // SAFETY: a valid memory or null.
    match unsafe { parts(m) } {
        Some((Object::Memory(m), _, s)) => m.grow(s, u64::from(delta)).is_ok(),
        _ => false,
    }
}

// ---- externals --------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn wasm_extern_kind(e: *const wasm_extern_t) -> u8 {
    // SAFETY: a valid extern or null.
    match unsafe { e.as_ref() }.map(|e| &e.r.object) {
        Some(Object::Global(_)) => types::WASM_EXTERN_GLOBAL,
        Some(Object::Table(_)) => types::WASM_EXTERN_TABLE,
        Some(Object::Memory(_)) => types::WASM_EXTERN_MEMORY,
        _ => types::WASM_EXTERN_FUNC,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_extern_type(e: *const wasm_extern_t) -> *mut wasm_externtype_t {
    // SAFETY: a valid extern or null.
    let Some((object, _, s)) = (unsafe { parts(e) }) else {
        return ptr::null_mut();
    };
    let ty = match object {
        Object::Func(f) => wasm_externtype_t::func(&f.ty(&*s)),
        Object::Global(g) => wasm_externtype_t::global(&g.ty(&*s)),
        Object::Table(t) => wasm_externtype_t::table(&t.ty(&*s)),
        Object::Memory(m) => wasm_externtype_t::memory(&m.ty(&*s)),
        _ => return ptr::null_mut(),
    };
    boxed(ty)
}

/// `wasm_X_as_extern` (same pointer) and `wasm_extern_as_X` (same
/// pointer when the kind matches, else null), with `const` twins.
macro_rules! extern_views {
    ($t:ident, $pat:pat, $to:ident, $to_const:ident, $from:ident, $from_const:ident) => {
        #[no_mangle]
        pub extern "C" fn $to(p: *mut $t) -> *mut wasm_extern_t {
            p.cast()
        }

        #[no_mangle]
        pub extern "C" fn $to_const(p: *const $t) -> *const wasm_extern_t {
            p.cast()
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from(e: *mut wasm_extern_t) -> *mut $t {
            // SAFETY: a valid extern or null; the views share its layout.
            match unsafe { e.as_ref() }.map(|e| &e.r.object) {
                Some($pat) => e.cast(),
                _ => ptr::null_mut(),
            }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from_const(e: *const wasm_extern_t) -> *const $t {
            // SAFETY: as above.
            match unsafe { e.as_ref() }.map(|e| &e.r.object) {
                Some($pat) => e.cast(),
                _ => ptr::null(),
            }
        }
    };
}

extern_views!(
    wasm_func_t,
    Object::Func(_),
    wasm_func_as_extern,
    wasm_func_as_extern_const,
    wasm_extern_as_func,
    wasm_extern_as_func_const
);
extern_views!(
    wasm_global_t,
    Object::Global(_),
    wasm_global_as_extern,
    wasm_global_as_extern_const,
    wasm_extern_as_global,
    wasm_extern_as_global_const
);
extern_views!(
    wasm_table_t,
    Object::Table(_),
    wasm_table_as_extern,
    wasm_table_as_extern_const,
    wasm_extern_as_table,
    wasm_extern_as_table_const
);
extern_views!(
    wasm_memory_t,
    Object::Memory(_),
    wasm_memory_as_extern,
    wasm_memory_as_extern_const,
    wasm_extern_as_memory,
    wasm_extern_as_memory_const
);

// ---- instances --------------------------------------------------------

/// Hands `t` to the caller through `out` (or deletes it); null.
///
/// # Safety
/// `out` is null or writable.
unsafe fn fail(out: *mut *mut wasm_trap_t, t: *mut wasm_trap_t) -> *mut wasm_instance_t {
    if out.is_null() {
        // SAFETY: a trap nobody takes.
        unsafe { crate::refs::wasm_trap_delete(t) };
    } else {
        // SAFETY: checked non-null; writable by the header.
        unsafe { out.write(t) };
    }
    ptr::null_mut()
}

/// Instantiates `module` with `imports` (in import order). Null on
/// failure, the trap (a start function's, or why the imports do not
/// fit) in `*trap` when `trap` is not null.
#[no_mangle]
pub unsafe extern "C" fn wasm_instance_new(
    store: *mut wasm_store_t,
    module: *const wasm_module_t,
    imports: *const wasm_extern_vec_t,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasm_instance_t {
    // SAFETY: valid or null.
    let (Some(s), Some(module)) = (unsafe { store_mut(store) }, unsafe { module.as_ref() }) else {
        return unsafe {
            fail(
                trap,
                new_trap("wasm_instance_new: no store or module".into(), Vec::new()),
            )
        };
    };
    let Object::Module(m, _) = &module.r.object else {
        return unsafe {
            fail(
                trap,
                new_trap("wasm_instance_new: not a module".into(), Vec::new()),
            )
        };
    };
    // SAFETY: a valid vector or null.
    let given = unsafe { imports.as_ref() }.map_or(&[][..], |v| unsafe { v.as_slice() });
    let mut externs = Vec::with_capacity(given.len());
    for (i, e) in given.iter().enumerate() {
        // SAFETY: the vector's elements are valid externs or null.
        let ext = match unsafe { e.as_ref() }.map(|e| &e.r.object) {
            Some(Object::Func(f)) => Extern::Func(*f),
            Some(Object::Global(g)) => Extern::Global(*g),
            Some(Object::Table(t)) => Extern::Table(*t),
            Some(Object::Memory(m)) => Extern::Memory(*m),
            _ => {
                let msg = format!("wasm_instance_new: import {i} is not an external");
                return unsafe { fail(trap, new_trap(msg, Vec::new())) };
            }
        };
        externs.push(ext);
    }
    match Instance::new(&mut *s, m, &externs) {
        Ok(i) => new_object(store, Object::Instance(i)),
        // SAFETY: as in `fail`.
        Err(e) => unsafe { fail(trap, trap_from_error(&e)) },
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_instance_exports(
    i: *const wasm_instance_t,
    out: *mut wasm_extern_vec_t,
) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid instance or null.
    let items = match unsafe { parts(i) } {
        Some((Object::Instance(i), store, s)) => i
            .exports(&mut *s)
            .into_iter()
            .map(|(_, e)| {
                let object = match e {
                    Extern::Func(f) => Object::Func(f),
                    Extern::Global(g) => Object::Global(g),
                    Extern::Table(t) => Object::Table(t),
                    Extern::Memory(m) => Object::Memory(m),
                };
                new_object::<wasm_extern_t>(store, object)
            })
            .collect(),
        _ => Vec::new(),
    };
    // SAFETY: checked non-null; writable by the header.
    unsafe { out.write(Vector::from_vec(items)) };
}
