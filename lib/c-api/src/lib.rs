//! The standard WebAssembly C API (`include/wasm.h`) over Trident's
//! embedding API, built as `libtrident.so` and `libtrident.a`.
//!
//! Every `wasm_*` function of the header is here, and none of them
//! aborts. Invariants the modules share:
//! * Objects the header calls owned are `Box`es handed to C; `*_delete`
//!   takes them back. Vectors are `(size, data)` pairs over a boxed slice
//!   (`vec`), owning their elements.
//! * The runtime objects (functions, globals, tables, memories, externs,
//!   instances, modules, traps, foreign objects) are one Rust type,
//!   [`refs::wasm_ref_t`], whose `wasm_X_t` views are `repr(transparent)`
//!   wrappers: `wasm_func_as_extern`, `wasm_extern_as_func`,
//!   `wasm_X_as_ref` and the like return the same pointer, as the header
//!   says they do.
//! * A runtime object keeps a raw pointer to its `wasm_store_t`; the
//!   header makes the store outlive its objects.
//! * No panic crosses into C: an entry point that can fail on bad input
//!   checks it and returns the header's failure value (null, false, an
//!   empty vector, or a trap).

#![allow(non_camel_case_types)]
// The entry points take C's pointers; each `unsafe` block says what it
// relies on, and the header documents the contracts.
#![allow(clippy::missing_safety_doc)]

pub mod engine;
pub mod externs;
pub mod func;
pub mod module;
pub mod refs;
pub mod trap;
pub mod trident_ext;
pub mod types;
pub mod val;
pub mod vec;
