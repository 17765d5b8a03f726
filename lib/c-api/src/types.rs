//! Type objects: value, function, global, table, memory, extern, import
//! and export types, their vectors and conversions to Trident's types.
//!
//! `wasm_externtype_t` holds one of the four kinds; the specific types
//! (`wasm_functype_t`, …) are `repr(transparent)` views of it, so the
//! `as_externtype`/`as_functype` conversions return the same pointer. A
//! function type owns its parameter and result vectors ([`OwnedVec`]),
//! to which `wasm_functype_params`/`results` return pointers.

use crate::declare_vec;
use crate::vec::{self, Element, Vector};
use std::ptr;
use trident::{FuncType, GlobalType, HeapType, MemoryType, RefType, TableType, ValType};

/// `wasm_valkind_t` values.
pub const WASM_I32: u8 = 0;
pub const WASM_I64: u8 = 1;
pub const WASM_F32: u8 = 2;
pub const WASM_F64: u8 = 3;
/// Not in the standard header (it has no SIMD): a `v128` seen through
/// reflection.
pub const WASM_V128: u8 = 4;
pub const WASM_EXTERNREF: u8 = 128;
pub const WASM_FUNCREF: u8 = 129;

/// A vector that owns its elements: copies deeply, deletes them when
/// dropped. `repr(transparent)`, so a pointer to it is a pointer to the
/// C vector.
#[repr(transparent)]
pub struct OwnedVec<T: Element>(pub Vector<T>);

impl<T: Element> OwnedVec<T> {
    pub fn new(items: Vec<T>) -> Self {
        OwnedVec(Vector::from_vec(items))
    }

    pub fn as_slice(&self) -> &[T] {
        // SAFETY: an OwnedVec keeps the vector invariant.
        unsafe { self.0.as_slice() }
    }
}

impl<T: Element> Clone for OwnedVec<T> {
    fn clone(&self) -> Self {
        // SAFETY: the elements are valid (owned by this vector).
        OwnedVec::new(
            self.as_slice()
                .iter()
                .map(|e| unsafe { e.deep_copy() })
                .collect(),
        )
    }
}

impl<T: Element> Drop for OwnedVec<T> {
    fn drop(&mut self) {
        // SAFETY: the vector is ours and valid.
        unsafe { vec::delete(&mut self.0) };
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct wasm_limits_t {
    pub min: u32,
    pub max: u32,
}

/// No maximum.
pub const LIMITS_MAX_DEFAULT: u32 = u32::MAX;

#[derive(Clone, Debug)]
pub struct wasm_valtype_t {
    pub(crate) kind: u8,
}

impl wasm_valtype_t {
    pub fn of(t: ValType) -> wasm_valtype_t {
        let kind = match t {
            ValType::I32 => WASM_I32,
            ValType::I64 => WASM_I64,
            ValType::F32 => WASM_F32,
            ValType::F64 => WASM_F64,
            ValType::V128 => WASM_V128,
            ValType::Ref(r) if r.is_func() => WASM_FUNCREF,
            ValType::Ref(_) => WASM_EXTERNREF,
        };
        wasm_valtype_t { kind }
    }

    /// Trident's type, `None` for a kind the header does not define.
    pub fn val_type(&self) -> Option<ValType> {
        Some(match self.kind {
            WASM_I32 => ValType::I32,
            WASM_I64 => ValType::I64,
            WASM_F32 => ValType::F32,
            WASM_F64 => ValType::F64,
            WASM_V128 => ValType::V128,
            WASM_EXTERNREF => ValType::EXTERNREF,
            WASM_FUNCREF => ValType::FUNCREF,
            _ => return None,
        })
    }
}

/// A boxed object handed to C.
pub fn boxed<T>(v: T) -> *mut T {
    Box::into_raw(Box::new(v))
}

/// Deletes a boxed object (null is ignored).
///
/// # Safety
/// `p` is null or came from [`boxed`] and is not used again.
pub unsafe fn unbox<T>(p: *mut T) {
    if !p.is_null() {
        // SAFETY: the caller's contract.
        drop(unsafe { Box::from_raw(p) });
    }
}

/// A deep copy of a boxed object, or null.
///
/// # Safety
/// `p` is null or a valid object.
pub unsafe fn copied<T: Clone>(p: *const T) -> *mut T {
    // SAFETY: valid or null, as the caller says.
    unsafe { p.as_ref() }.map_or(ptr::null_mut(), |v| boxed(v.clone()))
}

/// `wasm_X_delete` and `wasm_X_copy` of a cloneable owned type.
macro_rules! own_type {
    ($t:ident, $delete:ident, $copy:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $delete(p: *mut $t) {
            // SAFETY: the header: an owned object given up.
            unsafe { unbox(p) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $copy(p: *const $t) -> *mut $t {
            // SAFETY: the header: a valid object or null.
            unsafe { copied(p) }
        }
    };
}

own_type!(wasm_valtype_t, wasm_valtype_delete, wasm_valtype_copy);
declare_vec!(
    wasm_valtype_vec_t,
    *mut wasm_valtype_t,
    wasm_valtype_vec_new_empty,
    wasm_valtype_vec_new_uninitialized,
    wasm_valtype_vec_new,
    wasm_valtype_vec_copy,
    wasm_valtype_vec_delete
);

#[no_mangle]
pub extern "C" fn wasm_valtype_new(kind: u8) -> *mut wasm_valtype_t {
    let t = wasm_valtype_t { kind };
    if t.val_type().is_none() {
        return ptr::null_mut();
    }
    boxed(t)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_valtype_kind(t: *const wasm_valtype_t) -> u8 {
    // SAFETY: a valid value type or null.
    unsafe { t.as_ref() }.map_or(WASM_I32, |t| t.kind)
}

/// The kind-specific part of an extern type.
#[derive(Clone)]
pub enum ExternTypeKind {
    Func {
        params: OwnedVec<*mut wasm_valtype_t>,
        results: OwnedVec<*mut wasm_valtype_t>,
    },
    Global {
        content: wasm_valtype_t,
        mutability: u8,
    },
    Table {
        element: wasm_valtype_t,
        limits: wasm_limits_t,
    },
    Memory {
        limits: wasm_limits_t,
    },
}

#[derive(Clone)]
pub struct wasm_externtype_t {
    pub(crate) kind: ExternTypeKind,
}

/// The views of an extern type, each one kind of it.
macro_rules! view {
    ($t:ident) => {
        #[repr(transparent)]
        #[derive(Clone)]
        pub struct $t {
            pub(crate) ext: wasm_externtype_t,
        }
    };
}
view!(wasm_functype_t);
view!(wasm_globaltype_t);
view!(wasm_tabletype_t);
view!(wasm_memorytype_t);

/// `WASM_EXTERN_*`.
pub const WASM_EXTERN_FUNC: u8 = 0;
pub const WASM_EXTERN_GLOBAL: u8 = 1;
pub const WASM_EXTERN_TABLE: u8 = 2;
pub const WASM_EXTERN_MEMORY: u8 = 3;

impl wasm_externtype_t {
    pub fn kind_code(&self) -> u8 {
        match self.kind {
            ExternTypeKind::Func { .. } => WASM_EXTERN_FUNC,
            ExternTypeKind::Global { .. } => WASM_EXTERN_GLOBAL,
            ExternTypeKind::Table { .. } => WASM_EXTERN_TABLE,
            ExternTypeKind::Memory { .. } => WASM_EXTERN_MEMORY,
        }
    }

    pub fn func(ty: &FuncType) -> wasm_externtype_t {
        let list = |v: &[ValType]| {
            OwnedVec::new(v.iter().map(|t| boxed(wasm_valtype_t::of(*t))).collect())
        };
        wasm_externtype_t {
            kind: ExternTypeKind::Func {
                params: list(&ty.params),
                results: list(&ty.results),
            },
        }
    }

    pub fn global(ty: &GlobalType) -> wasm_externtype_t {
        wasm_externtype_t {
            kind: ExternTypeKind::Global {
                content: wasm_valtype_t::of(ty.content),
                mutability: u8::from(ty.mutable),
            },
        }
    }

    pub fn table(ty: &TableType) -> wasm_externtype_t {
        wasm_externtype_t {
            kind: ExternTypeKind::Table {
                element: wasm_valtype_t::of(ty.element),
                limits: wasm_limits_t {
                    min: ty.minimum,
                    max: ty.maximum.unwrap_or(LIMITS_MAX_DEFAULT),
                },
            },
        }
    }

    pub fn memory(ty: &MemoryType) -> wasm_externtype_t {
        let clamp = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        wasm_externtype_t {
            kind: ExternTypeKind::Memory {
                limits: wasm_limits_t {
                    min: clamp(ty.minimum),
                    max: ty.maximum.map_or(LIMITS_MAX_DEFAULT, clamp),
                },
            },
        }
    }

    /// Trident's function type, if this is one with known value types.
    pub fn func_type(&self) -> Option<FuncType> {
        let ExternTypeKind::Func { params, results } = &self.kind else {
            return None;
        };
        let list = |v: &OwnedVec<*mut wasm_valtype_t>| -> Option<Vec<ValType>> {
            v.as_slice()
                .iter()
                // SAFETY: the elements are owned value types (or null).
                .map(|p| unsafe { p.as_ref() }.and_then(|t| t.val_type()))
                .collect()
        };
        Some(FuncType::new(list(params)?, list(results)?))
    }
}

own_type!(
    wasm_externtype_t,
    wasm_externtype_delete,
    wasm_externtype_copy
);
own_type!(wasm_functype_t, wasm_functype_delete, wasm_functype_copy);
own_type!(
    wasm_globaltype_t,
    wasm_globaltype_delete,
    wasm_globaltype_copy
);
own_type!(wasm_tabletype_t, wasm_tabletype_delete, wasm_tabletype_copy);
own_type!(
    wasm_memorytype_t,
    wasm_memorytype_delete,
    wasm_memorytype_copy
);

declare_vec!(
    wasm_externtype_vec_t,
    *mut wasm_externtype_t,
    wasm_externtype_vec_new_empty,
    wasm_externtype_vec_new_uninitialized,
    wasm_externtype_vec_new,
    wasm_externtype_vec_copy,
    wasm_externtype_vec_delete
);
declare_vec!(
    wasm_functype_vec_t,
    *mut wasm_functype_t,
    wasm_functype_vec_new_empty,
    wasm_functype_vec_new_uninitialized,
    wasm_functype_vec_new,
    wasm_functype_vec_copy,
    wasm_functype_vec_delete
);
declare_vec!(
    wasm_globaltype_vec_t,
    *mut wasm_globaltype_t,
    wasm_globaltype_vec_new_empty,
    wasm_globaltype_vec_new_uninitialized,
    wasm_globaltype_vec_new,
    wasm_globaltype_vec_copy,
    wasm_globaltype_vec_delete
);
declare_vec!(
    wasm_tabletype_vec_t,
    *mut wasm_tabletype_t,
    wasm_tabletype_vec_new_empty,
    wasm_tabletype_vec_new_uninitialized,
    wasm_tabletype_vec_new,
    wasm_tabletype_vec_copy,
    wasm_tabletype_vec_delete
);
declare_vec!(
    wasm_memorytype_vec_t,
    *mut wasm_memorytype_t,
    wasm_memorytype_vec_new_empty,
    wasm_memorytype_vec_new_uninitialized,
    wasm_memorytype_vec_new,
    wasm_memorytype_vec_copy,
    wasm_memorytype_vec_delete
);

/// Takes a `wasm_valtype_t` the caller gives up (null stays `None`).
///
/// # Safety
/// `p` is null or an owned value type.
unsafe fn take_valtype(p: *mut wasm_valtype_t) -> Option<wasm_valtype_t> {
    // SAFETY: owned and given up, as the caller says.
    (!p.is_null()).then(|| *unsafe { Box::from_raw(p) })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_functype_new(
    params: *mut wasm_valtype_vec_t,
    results: *mut wasm_valtype_vec_t,
) -> *mut wasm_functype_t {
    // SAFETY: the header: the vectors' contents move in (null: empty).
    let take = |v: *mut wasm_valtype_vec_t| {
        OwnedVec::new(
            unsafe { v.as_mut() }
                .map(|v| unsafe { v.take() })
                .unwrap_or_default(),
        )
    };
    boxed(wasm_functype_t {
        ext: wasm_externtype_t {
            kind: ExternTypeKind::Func {
                params: take(params),
                results: take(results),
            },
        },
    })
}

/// The function type's parameter or result vector (null for a null or
/// mistyped argument).
///
/// # Safety
/// `t` is null or valid.
unsafe fn func_list(t: *const wasm_functype_t, results: bool) -> *const wasm_valtype_vec_t {
    // SAFETY: as the caller says.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Func { params, results: r }) => {
            if results {
                &r.0
            } else {
                &params.0
            }
        }
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_functype_params(
    t: *const wasm_functype_t,
) -> *const wasm_valtype_vec_t {
    // SAFETY: forwarded.
    unsafe { func_list(t, false) }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_functype_results(
    t: *const wasm_functype_t,
) -> *const wasm_valtype_vec_t {
    // SAFETY: forwarded.
    unsafe { func_list(t, true) }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_globaltype_new(
    content: *mut wasm_valtype_t,
    mutability: u8,
) -> *mut wasm_globaltype_t {
    // SAFETY: the header: `content` moves in.
    let Some(content) = (unsafe { take_valtype(content) }) else {
        return ptr::null_mut();
    };
    boxed(wasm_globaltype_t {
        ext: wasm_externtype_t {
            kind: ExternTypeKind::Global {
                content,
                mutability: u8::from(mutability != 0),
            },
        },
    })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_globaltype_content(
    t: *const wasm_globaltype_t,
) -> *const wasm_valtype_t {
    // SAFETY: a valid global type or null.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Global { content, .. }) => content,
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_globaltype_mutability(t: *const wasm_globaltype_t) -> u8 {
    // SAFETY: as above.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Global { mutability, .. }) => *mutability,
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_tabletype_new(
    element: *mut wasm_valtype_t,
    limits: *const wasm_limits_t,
) -> *mut wasm_tabletype_t {
    // SAFETY: `element` moves in; `limits` is read.
    let (Some(element), Some(limits)) =
        (unsafe { take_valtype(element) }, unsafe { limits.as_ref() })
    else {
        return ptr::null_mut();
    };
    if !matches!(element.kind, WASM_FUNCREF | WASM_EXTERNREF) {
        return ptr::null_mut();
    }
    boxed(wasm_tabletype_t {
        ext: wasm_externtype_t {
            kind: ExternTypeKind::Table {
                element,
                limits: *limits,
            },
        },
    })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_tabletype_element(
    t: *const wasm_tabletype_t,
) -> *const wasm_valtype_t {
    // SAFETY: a valid table type or null.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Table { element, .. }) => element,
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_tabletype_limits(t: *const wasm_tabletype_t) -> *const wasm_limits_t {
    // SAFETY: as above.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Table { limits, .. }) => limits,
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_memorytype_new(
    limits: *const wasm_limits_t,
) -> *mut wasm_memorytype_t {
    // SAFETY: read only.
    let Some(limits) = (unsafe { limits.as_ref() }) else {
        return ptr::null_mut();
    };
    boxed(wasm_memorytype_t {
        ext: wasm_externtype_t {
            kind: ExternTypeKind::Memory { limits: *limits },
        },
    })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_memorytype_limits(
    t: *const wasm_memorytype_t,
) -> *const wasm_limits_t {
    // SAFETY: a valid memory type or null.
    match unsafe { t.as_ref() }.map(|t| &t.ext.kind) {
        Some(ExternTypeKind::Memory { limits }) => limits,
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_externtype_kind(t: *const wasm_externtype_t) -> u8 {
    // SAFETY: a valid extern type or null.
    unsafe { t.as_ref() }.map_or(WASM_EXTERN_FUNC, |t| t.kind_code())
}

/// The `as_externtype` conversions (same pointer) and their reverses
/// (the same pointer when the kind matches, else null).
macro_rules! extern_views {
    ($t:ident, $code:expr, $to:ident, $to_const:ident, $from:ident, $from_const:ident) => {
        #[no_mangle]
        pub extern "C" fn $to(t: *mut $t) -> *mut wasm_externtype_t {
            t.cast()
        }

        #[no_mangle]
        pub extern "C" fn $to_const(t: *const $t) -> *const wasm_externtype_t {
            t.cast()
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from(t: *mut wasm_externtype_t) -> *mut $t {
            // SAFETY: a valid extern type or null; the view is
            // repr(transparent) over it.
            match unsafe { t.as_ref() } {
                Some(e) if e.kind_code() == $code => t.cast(),
                _ => ptr::null_mut(),
            }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $from_const(t: *const wasm_externtype_t) -> *const $t {
            // SAFETY: as above.
            match unsafe { t.as_ref() } {
                Some(e) if e.kind_code() == $code => t.cast(),
                _ => ptr::null(),
            }
        }
    };
}

extern_views!(
    wasm_functype_t,
    WASM_EXTERN_FUNC,
    wasm_functype_as_externtype,
    wasm_functype_as_externtype_const,
    wasm_externtype_as_functype,
    wasm_externtype_as_functype_const
);
extern_views!(
    wasm_globaltype_t,
    WASM_EXTERN_GLOBAL,
    wasm_globaltype_as_externtype,
    wasm_globaltype_as_externtype_const,
    wasm_externtype_as_globaltype,
    wasm_externtype_as_globaltype_const
);
extern_views!(
    wasm_tabletype_t,
    WASM_EXTERN_TABLE,
    wasm_tabletype_as_externtype,
    wasm_tabletype_as_externtype_const,
    wasm_externtype_as_tabletype,
    wasm_externtype_as_tabletype_const
);
extern_views!(
    wasm_memorytype_t,
    WASM_EXTERN_MEMORY,
    wasm_memorytype_as_externtype,
    wasm_memorytype_as_externtype_const,
    wasm_externtype_as_memorytype,
    wasm_externtype_as_memorytype_const
);

/// An owned name (byte vector) that copies deeply and frees itself.
pub type OwnedName = OwnedVec<u8>;

#[derive(Clone)]
pub struct wasm_importtype_t {
    module: OwnedName,
    name: OwnedName,
    ty: Box<wasm_externtype_t>,
}

#[derive(Clone)]
pub struct wasm_exporttype_t {
    name: OwnedName,
    ty: Box<wasm_externtype_t>,
}

own_type!(
    wasm_importtype_t,
    wasm_importtype_delete,
    wasm_importtype_copy
);
own_type!(
    wasm_exporttype_t,
    wasm_exporttype_delete,
    wasm_exporttype_copy
);
declare_vec!(
    wasm_importtype_vec_t,
    *mut wasm_importtype_t,
    wasm_importtype_vec_new_empty,
    wasm_importtype_vec_new_uninitialized,
    wasm_importtype_vec_new,
    wasm_importtype_vec_copy,
    wasm_importtype_vec_delete
);
declare_vec!(
    wasm_exporttype_vec_t,
    *mut wasm_exporttype_t,
    wasm_exporttype_vec_new_empty,
    wasm_exporttype_vec_new_uninitialized,
    wasm_exporttype_vec_new,
    wasm_exporttype_vec_copy,
    wasm_exporttype_vec_delete
);

impl wasm_importtype_t {
    pub fn new(module: &str, name: &str, ty: wasm_externtype_t) -> Self {
        wasm_importtype_t {
            module: OwnedVec::new(module.as_bytes().to_vec()),
            name: OwnedVec::new(name.as_bytes().to_vec()),
            ty: Box::new(ty),
        }
    }
}

impl wasm_exporttype_t {
    pub fn new(name: &str, ty: wasm_externtype_t) -> Self {
        wasm_exporttype_t {
            name: OwnedVec::new(name.as_bytes().to_vec()),
            ty: Box::new(ty),
        }
    }
}

/// Takes a name the caller gives up.
///
/// # Safety
/// `p` is null or a valid byte vector.
unsafe fn take_name(p: *mut vec::wasm_byte_vec_t) -> OwnedName {
    // SAFETY: as the caller says.
    OwnedVec::new(
        unsafe { p.as_mut() }
            .map(|v| unsafe { v.take() })
            .unwrap_or_default(),
    )
}

/// Takes an extern type the caller gives up.
///
/// # Safety
/// `p` is null or an owned extern type.
unsafe fn take_externtype(p: *mut wasm_externtype_t) -> Option<Box<wasm_externtype_t>> {
    // SAFETY: as the caller says.
    (!p.is_null()).then(|| unsafe { Box::from_raw(p) })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_importtype_new(
    module: *mut vec::wasm_byte_vec_t,
    name: *mut vec::wasm_byte_vec_t,
    ty: *mut wasm_externtype_t,
) -> *mut wasm_importtype_t {
    // SAFETY: the header: all three move in.
    let (module, name, ty) = unsafe { (take_name(module), take_name(name), take_externtype(ty)) };
    match ty {
        Some(ty) => boxed(wasm_importtype_t { module, name, ty }),
        None => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_importtype_module(
    t: *const wasm_importtype_t,
) -> *const vec::wasm_byte_vec_t {
    // SAFETY: a valid import type or null.
    unsafe { t.as_ref() }.map_or(ptr::null(), |t| &t.module.0)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_importtype_name(
    t: *const wasm_importtype_t,
) -> *const vec::wasm_byte_vec_t {
    // SAFETY: as above.
    unsafe { t.as_ref() }.map_or(ptr::null(), |t| &t.name.0)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_importtype_type(
    t: *const wasm_importtype_t,
) -> *const wasm_externtype_t {
    // SAFETY: as above.
    unsafe { t.as_ref() }.map_or(ptr::null(), |t| &*t.ty)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_exporttype_new(
    name: *mut vec::wasm_byte_vec_t,
    ty: *mut wasm_externtype_t,
) -> *mut wasm_exporttype_t {
    // SAFETY: the header: both move in.
    let (name, ty) = unsafe { (take_name(name), take_externtype(ty)) };
    match ty {
        Some(ty) => boxed(wasm_exporttype_t { name, ty }),
        None => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_exporttype_name(
    t: *const wasm_exporttype_t,
) -> *const vec::wasm_byte_vec_t {
    // SAFETY: a valid export type or null.
    unsafe { t.as_ref() }.map_or(ptr::null(), |t| &t.name.0)
}

#[no_mangle]
pub unsafe extern "C" fn wasm_exporttype_type(
    t: *const wasm_exporttype_t,
) -> *const wasm_externtype_t {
    // SAFETY: as above.
    unsafe { t.as_ref() }.map_or(ptr::null(), |t| &*t.ty)
}

/// Trident's table type for `t` (element as a plain funcref/externref).
pub fn table_type(t: &wasm_tabletype_t) -> Option<TableType> {
    let ExternTypeKind::Table { element, limits } = &t.ext.kind else {
        return None;
    };
    let heap = match element.kind {
        WASM_FUNCREF => HeapType::Func,
        WASM_EXTERNREF => HeapType::Extern,
        _ => return None,
    };
    Some(TableType {
        element: ValType::Ref(RefType {
            nullable: true,
            heap,
        }),
        minimum: limits.min,
        maximum: (limits.max != LIMITS_MAX_DEFAULT).then_some(limits.max),
        table64: false,
    })
}

/// Trident's memory type for `t`.
pub fn memory_type(t: &wasm_memorytype_t) -> Option<MemoryType> {
    let ExternTypeKind::Memory { limits } = &t.ext.kind else {
        return None;
    };
    Some(MemoryType {
        minimum: u64::from(limits.min),
        maximum: (limits.max != LIMITS_MAX_DEFAULT).then_some(u64::from(limits.max)),
        memory64: false,
        shared: false,
    })
}

/// Trident's global type for `t`.
pub fn global_type(t: &wasm_globaltype_t) -> Option<GlobalType> {
    let ExternTypeKind::Global {
        content,
        mutability,
    } = &t.ext.kind
    else {
        return None;
    };
    Some(GlobalType {
        content: content.val_type()?,
        mutable: *mutability != 0,
    })
}
