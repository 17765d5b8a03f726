//! Modules: compile, validate, reflect, serialize, share.
//!
//! A module object keeps the bytes it was compiled from: `serialize`
//! writes a Trident artifact of them (compiled again by the module's
//! engine), which `deserialize` loads, checking it as every artifact is
//! checked. A shared module is the module itself (Trident modules are
//! immutable and shared between the stores of an engine).

use crate::engine::{store_mut, wasm_store_t};
use crate::refs::{new_object, wasm_module_t, Object};
use crate::types::{
    boxed, wasm_exporttype_t, wasm_exporttype_vec_t, wasm_externtype_t, wasm_importtype_t,
    wasm_importtype_vec_t,
};
use crate::vec::{wasm_byte_vec_t, Vector};
use std::ptr;
use std::sync::Arc;
use trident::{ExportKind, ImportKind, Module};

/// The bytes of a byte vector.
///
/// # Safety
/// `v` is null or a valid vector.
pub unsafe fn bytes<'a>(v: *const wasm_byte_vec_t) -> &'a [u8] {
    // SAFETY: as the caller says.
    unsafe { v.as_ref() }.map_or(&[], |v| unsafe { v.as_slice() })
}

/// The module of a module object, with its bytes.
fn module_of(m: &wasm_module_t) -> Option<(&Module, &Arc<[u8]>)> {
    match &m.r.object {
        Object::Module(m, b) => Some((m, b)),
        _ => None,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_module_new(
    store: *mut wasm_store_t,
    binary: *const wasm_byte_vec_t,
) -> *mut wasm_module_t {
    // SAFETY: a valid store and vector, or null.
    let (Some(s), wasm) = (unsafe { store_mut(store) }, unsafe { bytes(binary) }) else {
        return ptr::null_mut();
    };
    match Module::new(s.engine(), wasm) {
        Ok(m) => new_object(ptr::null_mut(), Object::Module(m, wasm.into())),
        Err(e) => {
            eprintln!("wasm_module_new: {e}");
            ptr::null_mut()
        }
    }
}

/// Validation is compilation here (Trident validates as it compiles),
/// the result thrown away.
#[no_mangle]
pub unsafe extern "C" fn wasm_module_validate(
    store: *mut wasm_store_t,
    binary: *const wasm_byte_vec_t,
) -> bool {
    // SAFETY: as above.
    let (Some(s), wasm) = (unsafe { store_mut(store) }, unsafe { bytes(binary) }) else {
        return false;
    };
    Module::new(s.engine(), wasm).is_ok()
}

#[no_mangle]
pub unsafe extern "C" fn wasm_module_imports(
    m: *const wasm_module_t,
    out: *mut wasm_importtype_vec_t,
) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid module or null.
    let items = match unsafe { m.as_ref() }.and_then(module_of) {
        Some((m, _)) => {
            let info = m.info();
            m.imports()
                .filter_map(|i| {
                    let ty = match i.kind {
                        ImportKind::Func(t) => wasm_externtype_t::func(info.checked_type(t)?),
                        ImportKind::Table(t) => wasm_externtype_t::table(&t),
                        ImportKind::Memory(t) => wasm_externtype_t::memory(&t),
                        ImportKind::Global(t) => wasm_externtype_t::global(&t),
                    };
                    Some(boxed(wasm_importtype_t::new(i.module, i.name, ty)))
                })
                .collect()
        }
        None => Vec::new(),
    };
    // SAFETY: checked non-null; the header makes it writable.
    unsafe { out.write(Vector::from_vec(items)) };
}

#[no_mangle]
pub unsafe extern "C" fn wasm_module_exports(
    m: *const wasm_module_t,
    out: *mut wasm_exporttype_vec_t,
) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid module or null.
    let items = match unsafe { m.as_ref() }.and_then(module_of) {
        Some((m, _)) => {
            let info = m.info();
            m.exports()
                .filter_map(|e| {
                    let ty = match e.kind {
                        ExportKind::Func(f) => wasm_externtype_t::func(info.checked_func_type(f)?),
                        ExportKind::Table(t) => {
                            wasm_externtype_t::table(info.tables.get(t as usize)?)
                        }
                        ExportKind::Memory(t) => {
                            wasm_externtype_t::memory(info.memories.get(t as usize)?)
                        }
                        ExportKind::Global(t) => {
                            wasm_externtype_t::global(info.globals.get(t as usize)?)
                        }
                    };
                    Some(boxed(wasm_exporttype_t::new(e.name, ty)))
                })
                .collect()
        }
        None => Vec::new(),
    };
    // SAFETY: as above.
    unsafe { out.write(Vector::from_vec(items)) };
}

/// An artifact of the module (empty when none can be made).
#[no_mangle]
pub unsafe extern "C" fn wasm_module_serialize(m: *const wasm_module_t, out: *mut wasm_byte_vec_t) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid module or null.
    let bytes = match unsafe { m.as_ref() }.and_then(module_of) {
        Some((m, wasm)) if !wasm.is_empty() => {
            m.engine().precompile_module(wasm).unwrap_or_default()
        }
        _ => Vec::new(),
    };
    // SAFETY: as above.
    unsafe { out.write(Vector::from_vec(bytes)) };
}

#[no_mangle]
pub unsafe extern "C" fn wasm_module_deserialize(
    store: *mut wasm_store_t,
    binary: *const wasm_byte_vec_t,
) -> *mut wasm_module_t {
    // SAFETY: as in `wasm_module_new`.
    let (Some(s), art) = (unsafe { store_mut(store) }, unsafe { bytes(binary) }) else {
        return ptr::null_mut();
    };
    // SAFETY: `Module::deserialize` checks the artifact's integrity and
    // metadata; loading code is what the header's `deserialize` asks for.
    match unsafe { Module::deserialize(s.engine(), art) } {
        Ok(m) => new_object(ptr::null_mut(), Object::Module(m, Arc::from(&[][..]))),
        Err(e) => {
            eprintln!("wasm_module_deserialize: {e}");
            ptr::null_mut()
        }
    }
}

/// A module shared between stores (Trident modules already are).
#[repr(transparent)]
pub struct wasm_shared_module_t {
    m: wasm_module_t,
}

#[no_mangle]
pub unsafe extern "C" fn wasm_shared_module_delete(p: *mut wasm_shared_module_t) {
    // SAFETY: the header: an owned shared module given up.
    unsafe { crate::types::unbox(p) }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_module_share(m: *const wasm_module_t) -> *mut wasm_shared_module_t {
    // SAFETY: a valid module or null.
    unsafe { m.as_ref() }.map_or(ptr::null_mut(), |m| {
        boxed(wasm_shared_module_t { m: m.clone() })
    })
}

/// The module again, for `store` (instantiating it in a store of
/// another engine fails there, as for any module).
#[no_mangle]
pub unsafe extern "C" fn wasm_module_obtain(
    store: *mut wasm_store_t,
    shared: *const wasm_shared_module_t,
) -> *mut wasm_module_t {
    // SAFETY: valid or null.
    match unsafe { (store.as_ref(), shared.as_ref()) } {
        (Some(_), Some(sh)) => boxed(sh.m.clone()),
        _ => ptr::null_mut(),
    }
}
