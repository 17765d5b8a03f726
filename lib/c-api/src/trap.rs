//! Traps and their frames.
//!
//! A trap object carries its message and the wasm frames active when it
//! happened, innermost first (`origin` is the first). A host callback's
//! trap keeps its own message when it comes back out of the call it
//! stopped; a wasm trap's message is Trident's, prefixed with
//! "wasm trap: " (`unreachable`, `out of bounds memory access`, …).

use crate::declare_vec;
use crate::engine::wasm_store_t;
use crate::refs::{wasm_instance_t, wasm_trap_t, Object, TrapData};
use crate::types::boxed;
use crate::vec::{wasm_byte_vec_t, Vector};
use std::ptr;

/// One frame of a trace.
#[derive(Clone)]
pub struct wasm_frame_t {
    pub(crate) func_index: u32,
    pub(crate) func_offset: usize,
    pub(crate) module_offset: usize,
}

#[no_mangle]
pub unsafe extern "C" fn wasm_frame_delete(p: *mut wasm_frame_t) {
    // SAFETY: the header: an owned frame given up.
    unsafe { crate::types::unbox(p) }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_frame_copy(p: *const wasm_frame_t) -> *mut wasm_frame_t {
    // SAFETY: a valid frame or null.
    unsafe { crate::types::copied(p) }
}

declare_vec!(
    wasm_frame_vec_t,
    *mut wasm_frame_t,
    wasm_frame_vec_new_empty,
    wasm_frame_vec_new_uninitialized,
    wasm_frame_vec_new,
    wasm_frame_vec_copy,
    wasm_frame_vec_delete
);

/// Trident keeps no instance per frame: null, the header's "unknown".
#[no_mangle]
pub extern "C" fn wasm_frame_instance(_: *const wasm_frame_t) -> *mut wasm_instance_t {
    ptr::null_mut()
}

#[no_mangle]
pub unsafe extern "C" fn wasm_frame_func_index(f: *const wasm_frame_t) -> u32 {
    // SAFETY: a valid frame or null.
    unsafe { f.as_ref() }.map_or(0, |f| f.func_index)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_frame_func_offset(f: *const wasm_frame_t) -> usize {
    // SAFETY: as above.
    unsafe { f.as_ref() }.map_or(0, |f| f.func_offset)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_frame_module_offset(f: *const wasm_frame_t) -> usize {
    // SAFETY: as above.
    unsafe { f.as_ref() }.map_or(0, |f| f.module_offset)
}

/// A new trap object.
pub fn new_trap(message: String, frames: Vec<wasm_frame_t>) -> *mut wasm_trap_t {
    crate::refs::new_object(
        ptr::null_mut(),
        Object::Trap(Box::new(TrapData { message, frames })),
    )
}

/// The trap object for an error of a call or instantiation.
pub fn trap_from_error(e: &trident::Error) -> *mut wasm_trap_t {
    match e {
        trident::Error::Trap(t) => {
            let frames = t
                .backtrace
                .iter()
                .map(|f| wasm_frame_t {
                    func_index: f.func_index,
                    func_offset: f.code_offset as usize,
                    module_offset: f.wasm_offset.unwrap_or(0) as usize,
                })
                .collect();
            let message = match &t.source {
                // A host callback's trap: its own message.
                Some(host) => host.to_string(),
                None => format!("wasm trap: {}", t.code),
            };
            new_trap(message, frames)
        }
        other => new_trap(other.to_string(), Vec::new()),
    }
}

/// A trap with the text of `message` (a trailing zero byte, which the
/// header's messages carry, is not part of it).
#[no_mangle]
pub unsafe extern "C" fn wasm_trap_new(
    _store: *mut wasm_store_t,
    message: *const wasm_byte_vec_t,
) -> *mut wasm_trap_t {
    // SAFETY: a valid vector or null.
    let bytes = unsafe { crate::module::bytes(message) };
    let text = bytes.strip_suffix(&[0]).unwrap_or(bytes);
    new_trap(String::from_utf8_lossy(text).into_owned(), Vec::new())
}

fn trap_data(t: &wasm_trap_t) -> Option<&TrapData> {
    match &t.r.object {
        Object::Trap(d) => Some(d),
        _ => None,
    }
}

/// The message, ending in a zero byte.
#[no_mangle]
pub unsafe extern "C" fn wasm_trap_message(t: *const wasm_trap_t, out: *mut wasm_byte_vec_t) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid trap or null.
    let mut bytes = unsafe { t.as_ref() }
        .and_then(trap_data)
        .map(|d| d.message.as_bytes().to_vec())
        .unwrap_or_default();
    bytes.push(0);
    // SAFETY: checked non-null; writable by the header.
    unsafe { out.write(Vector::from_vec(bytes)) };
}

#[no_mangle]
pub unsafe extern "C" fn wasm_trap_origin(t: *const wasm_trap_t) -> *mut wasm_frame_t {
    // SAFETY: a valid trap or null.
    unsafe { t.as_ref() }
        .and_then(trap_data)
        .and_then(|d| d.frames.first().cloned())
        .map_or(ptr::null_mut(), boxed)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_trap_trace(t: *const wasm_trap_t, out: *mut wasm_frame_vec_t) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid trap or null.
    let frames = unsafe { t.as_ref() }
        .and_then(trap_data)
        .map(|d| d.frames.iter().cloned().map(boxed).collect())
        .unwrap_or_default();
    // SAFETY: as above.
    unsafe { out.write(Vector::from_vec(frames)) };
}
