//! `wasm_val_t`: values, their vectors, and conversions to and from
//! Trident's `Val`.
//!
//! A reference value owns its `ref` (null is the null reference). Going
//! into Trident, a reference converts by what the object is (a function,
//! or a foreign object's `externref`), its null by the type expected;
//! coming out, a function becomes a new function object and an
//! `externref` the foreign object it was made from (its host
//! information with it).

use crate::declare_vec;
use crate::engine::wasm_store_t;
use crate::refs::{new_host_cell, wasm_ref_t, ForeignData, Object};
use crate::types::{self, boxed};
use crate::vec::Element;
use std::ptr;
use trident::{AsContext, Val, ValType};

#[repr(C)]
#[derive(Clone, Copy)]
pub union wasm_val_union {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    pub ref_: *mut wasm_ref_t,
}

#[repr(C)]
pub struct wasm_val_t {
    pub kind: u8,
    pub of: wasm_val_union,
}

impl wasm_val_t {
    /// The reference, for a reference kind (else null).
    pub fn reference(&self) -> *mut wasm_ref_t {
        if self.kind >= types::WASM_EXTERNREF {
            // SAFETY: a reference kind's payload is the pointer.
            unsafe { self.of.ref_ }
        } else {
            ptr::null_mut()
        }
    }

    /// Trident's value for this one, as type `expected` wants it; `None`
    /// when it cannot be one.
    pub fn to_val(&self, expected: ValType) -> Option<Val> {
        // SAFETY: each payload read matches the kind checked.
        Some(unsafe {
            match (self.kind, expected) {
                (types::WASM_I32, ValType::I32) => Val::I32(self.of.i32),
                (types::WASM_I64, ValType::I64) => Val::I64(self.of.i64),
                (types::WASM_F32, ValType::F32) => Val::F32(self.of.f32.to_bits()),
                (types::WASM_F64, ValType::F64) => Val::F64(self.of.f64.to_bits()),
                (k, ValType::Ref(r)) if k >= types::WASM_EXTERNREF => {
                    match self.reference().as_ref().map(|r| &r.object) {
                        None if r.is_func() => Val::FuncRef(None),
                        None => Val::ExternRef(None),
                        Some(Object::Func(f)) if r.is_func() => Val::FuncRef(Some(*f)),
                        Some(Object::Foreign(e)) if !r.is_func() => Val::ExternRef(Some(*e)),
                        _ => return None,
                    }
                }
                _ => return None,
            }
        })
    }

    /// The C value of `v`, references as new objects of `store` (`ctx`
    /// is that store, or a caller in it).
    pub fn from_val(v: Val, store: *mut wasm_store_t, ctx: &impl AsContext) -> wasm_val_t {
        let (kind, of) = match v {
            Val::I32(i) => (types::WASM_I32, wasm_val_union { i32: i }),
            Val::I64(i) => (types::WASM_I64, wasm_val_union { i64: i }),
            Val::F32(b) => (
                types::WASM_F32,
                wasm_val_union {
                    f32: f32::from_bits(b),
                },
            ),
            Val::F64(b) => (
                types::WASM_F64,
                wasm_val_union {
                    f64: f64::from_bits(b),
                },
            ),
            // The header has no vectors: the low half, marked v128.
            Val::V128(b) => (types::WASM_V128, wasm_val_union { i64: b as i64 }),
            Val::FuncRef(f) => (
                types::WASM_FUNCREF,
                wasm_val_union {
                    ref_: f.map_or(ptr::null_mut(), |f| {
                        boxed(wasm_ref_t::new(store, Object::Func(f)))
                    }),
                },
            ),
            Val::ExternRef(e) => (
                types::WASM_EXTERNREF,
                wasm_val_union {
                    ref_: e.map_or(ptr::null_mut(), |e| boxed(foreign_object(store, e, ctx))),
                },
            ),
        };
        wasm_val_t { kind, of }
    }
}

/// The foreign object an `externref` was made from (its host
/// information cell), or a new one for an `externref` made otherwise.
pub fn foreign_object(
    store: *mut wasm_store_t,
    e: trident::ExternRef,
    ctx: &impl AsContext,
) -> wasm_ref_t {
    let host = e
        .data(ctx)
        .and_then(|d| d.downcast_ref::<ForeignData>())
        .map_or_else(new_host_cell, |f| f.host.clone());
    wasm_ref_t {
        store,
        object: Object::Foreign(e),
        host,
    }
}

impl Element for wasm_val_t {
    fn empty() -> Self {
        wasm_val_t {
            kind: types::WASM_I32,
            of: wasm_val_union { i64: 0 },
        }
    }

    unsafe fn deep_copy(&self) -> Self {
        let r = self.reference();
        let of = if r.is_null() {
            self.of
        } else {
            wasm_val_union {
                // SAFETY: a reference value's non-null ref is valid.
                ref_: unsafe { types::copied(r) },
            }
        };
        wasm_val_t {
            kind: self.kind,
            of,
        }
    }

    unsafe fn delete(self) {
        // SAFETY: the value owns its reference.
        unsafe { types::unbox(self.reference()) };
    }
}

declare_vec!(
    wasm_val_vec_t,
    wasm_val_t,
    wasm_val_vec_new_empty,
    wasm_val_vec_new_uninitialized,
    wasm_val_vec_new,
    wasm_val_vec_copy,
    wasm_val_vec_delete
);

#[no_mangle]
pub unsafe extern "C" fn wasm_val_delete(v: *mut wasm_val_t) {
    // SAFETY: a valid value or null; its reference is given up.
    if let Some(v) = unsafe { v.as_mut() } {
        unsafe { types::unbox(v.reference()) };
        *v = wasm_val_t::empty();
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_val_copy(out: *mut wasm_val_t, v: *const wasm_val_t) {
    // SAFETY: `v` valid or null, `out` writable or null.
    if let (Some(out), Some(v)) = unsafe { (out.as_mut(), v.as_ref()) } {
        unsafe { ptr::write(out, v.deep_copy()) };
    }
}
