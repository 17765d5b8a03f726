//! The header's vectors: `{size, data}` over a boxed slice, owning their
//! elements (by value for bytes and values, by pointer for objects).
//!
//! Invariant: `data` is null exactly when `size` is 0, or it came from
//! `Box<[T]>::into_raw` with `size` elements. `*_vec_delete` frees the
//! elements and the slice and leaves the vector empty, so deleting twice
//! is harmless.

use std::ptr;

/// A vector of `T`.
#[repr(C)]
pub struct Vector<T> {
    pub size: usize,
    pub data: *mut T,
}

/// An element type: how an empty slot, a deep copy and a deletion look.
pub trait Element: Sized {
    fn empty() -> Self;
    /// # Safety
    /// `self` is a valid element (an owned object, or null).
    unsafe fn deep_copy(&self) -> Self;
    /// # Safety
    /// `self` is a valid element, given up.
    unsafe fn delete(self);
}

impl Element for u8 {
    fn empty() -> Self {
        0
    }
    unsafe fn deep_copy(&self) -> Self {
        *self
    }
    unsafe fn delete(self) {}
}

/// Objects held by pointer: null, or a `Box` the vector owns.
impl<T: Clone> Element for *mut T {
    fn empty() -> Self {
        ptr::null_mut()
    }
    unsafe fn deep_copy(&self) -> Self {
        if self.is_null() {
            ptr::null_mut()
        } else {
            // SAFETY: a non-null element is a live Box the vector owns.
            Box::into_raw(Box::new(unsafe { (**self).clone() }))
        }
    }
    unsafe fn delete(self) {
        if !self.is_null() {
            // SAFETY: as above; the vector gives it up here.
            drop(unsafe { Box::from_raw(self) });
        }
    }
}

impl<T: Element> Vector<T> {
    pub fn empty() -> Self {
        Vector {
            size: 0,
            data: ptr::null_mut(),
        }
    }

    /// A vector owning `items`.
    pub fn from_vec(items: Vec<T>) -> Self {
        if items.is_empty() {
            return Vector::empty();
        }
        let size = items.len();
        let data = Box::into_raw(items.into_boxed_slice()) as *mut T;
        Vector { size, data }
    }

    /// The elements (empty for a null or empty vector).
    ///
    /// # Safety
    /// `self` keeps the module invariant.
    pub unsafe fn as_slice(&self) -> &[T] {
        if self.data.is_null() || self.size == 0 {
            &[]
        } else {
            // SAFETY: the invariant: `size` elements at `data`.
            unsafe { std::slice::from_raw_parts(self.data, self.size) }
        }
    }

    /// Takes the elements out, leaving the vector empty.
    ///
    /// # Safety
    /// As [`Self::as_slice`].
    pub unsafe fn take(&mut self) -> Vec<T> {
        if self.data.is_null() || self.size == 0 {
            *self = Vector::empty();
            return Vec::new();
        }
        // SAFETY: the invariant: a leaked boxed slice of `size` elements.
        let items = unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(self.data, self.size)) };
        *self = Vector::empty();
        items.into_vec()
    }
}

/// `new_empty`.
///
/// # Safety
/// `out` is null or writable.
pub unsafe fn new_empty<T: Element>(out: *mut Vector<T>) {
    if !out.is_null() {
        // SAFETY: checked non-null; the header makes it writable.
        unsafe { out.write(Vector::empty()) };
    }
}

/// `new_uninitialized`: `n` empty elements.
///
/// # Safety
/// As [`new_empty`].
pub unsafe fn new_uninitialized<T: Element>(out: *mut Vector<T>, n: usize) {
    if !out.is_null() {
        let v = Vector::from_vec((0..n).map(|_| T::empty()).collect());
        // SAFETY: as in `new_empty`.
        unsafe { out.write(v) };
    }
}

/// `new`: the `n` elements at `data`, whose ownership moves in.
///
/// # Safety
/// `data` has `n` readable elements (or is null).
pub unsafe fn new_from<T: Element>(out: *mut Vector<T>, n: usize, data: *const T) {
    if out.is_null() {
        return;
    }
    let items = if data.is_null() || n == 0 {
        Vec::new()
    } else {
        // SAFETY: the caller's `n` elements, moved (bitwise) into ours as
        // the header's ownership transfer says.
        (0..n).map(|i| unsafe { data.add(i).read() }).collect()
    };
    // SAFETY: as in `new_empty`.
    unsafe { out.write(Vector::from_vec(items)) };
}

/// `copy`: a deep copy of `src`.
///
/// # Safety
/// `src` is null or a valid vector.
pub unsafe fn copy<T: Element>(out: *mut Vector<T>, src: *const Vector<T>) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid vector; its elements are valid.
    let items = unsafe { src.as_ref() }.map_or_else(Vec::new, |src| unsafe {
        src.as_slice().iter().map(|e| e.deep_copy()).collect()
    });
    // SAFETY: as in `new_empty`.
    unsafe { out.write(Vector::from_vec(items)) };
}

/// `delete`: the elements and the storage; the vector becomes empty.
///
/// # Safety
/// `v` is null or a valid vector.
pub unsafe fn delete<T: Element>(v: *mut Vector<T>) {
    // SAFETY: a valid vector or null, given up.
    if let Some(v) = unsafe { v.as_mut() } {
        for e in unsafe { v.take() } {
            // SAFETY: each element is valid and owned by the vector.
            unsafe { e.delete() };
        }
    }
}

/// The five functions of a vector type over elements `$elem`.
#[macro_export]
macro_rules! declare_vec {
    ($vec:ident, $elem:ty, $new_empty:ident, $new_uninit:ident, $new:ident, $copy:ident, $delete:ident) => {
        pub type $vec = $crate::vec::Vector<$elem>;

        #[no_mangle]
        pub unsafe extern "C" fn $new_empty(out: *mut $vec) {
            // SAFETY: forwarded from the caller (the header's contract).
            unsafe { $crate::vec::new_empty(out) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $new_uninit(out: *mut $vec, size: usize) {
            // SAFETY: as above.
            unsafe { $crate::vec::new_uninitialized(out, size) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $new(out: *mut $vec, size: usize, data: *const $elem) {
            // SAFETY: as above.
            unsafe { $crate::vec::new_from(out, size, data) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $copy(out: *mut $vec, src: *const $vec) {
            // SAFETY: as above.
            unsafe { $crate::vec::copy(out, src) }
        }

        #[no_mangle]
        pub unsafe extern "C" fn $delete(v: *mut $vec) {
            // SAFETY: as above.
            unsafe { $crate::vec::delete(v) }
        }
    };
}

declare_vec!(
    wasm_byte_vec_t,
    u8,
    wasm_byte_vec_new_empty,
    wasm_byte_vec_new_uninitialized,
    wasm_byte_vec_new,
    wasm_byte_vec_copy,
    wasm_byte_vec_delete
);
