//! Configuration, engines and stores.
//!
//! A default configuration reads `TRIDENT_BACKEND` (a back end's name)
//! and `TRIDENT_BOUNDS_CHECKS` (`static` or `dynamic`) from the
//! environment, so unmodified programs run on any back end. The compile
//! cache is off: an embedder's modules are not the CLI's to keep.

use crate::types::boxed;
use std::ptr;
use trident::{BoundsChecks, Config, Engine, Store};

pub struct wasm_config_t {
    pub(crate) config: Config,
}

pub struct wasm_engine_t {
    pub(crate) engine: Engine,
}

pub struct wasm_store_t {
    pub(crate) store: Store<()>,
}

/// The configuration every engine starts from (see the module header).
fn default_config() -> Config {
    let mut c = Config::default();
    c.cache(false);
    if let Ok(b) = std::env::var("TRIDENT_BACKEND") {
        c.backend(&b);
    }
    match std::env::var("TRIDENT_BOUNDS_CHECKS").as_deref() {
        Ok("dynamic") => {
            c.bounds_checks(BoundsChecks::Dynamic);
        }
        Ok("static") => {
            c.bounds_checks(BoundsChecks::Static);
        }
        _ => {}
    }
    c
}

#[no_mangle]
pub extern "C" fn wasm_config_new() -> *mut wasm_config_t {
    boxed(wasm_config_t {
        config: default_config(),
    })
}

#[no_mangle]
pub unsafe extern "C" fn wasm_config_delete(c: *mut wasm_config_t) {
    // SAFETY: the header: an owned config given up.
    unsafe { crate::types::unbox(c) }
}

#[no_mangle]
pub extern "C" fn wasm_engine_new() -> *mut wasm_engine_t {
    // SAFETY: a fresh config, given up at once.
    unsafe { wasm_engine_new_with_config(wasm_config_new()) }
}

/// Null when the configuration cannot make an engine (an unknown back
/// end, say); the reason goes to standard error, as `wasm.h` has no
/// error channel here.
#[no_mangle]
pub unsafe extern "C" fn wasm_engine_new_with_config(c: *mut wasm_config_t) -> *mut wasm_engine_t {
    let config = if c.is_null() {
        default_config()
    } else {
        // SAFETY: the header: the config moves in.
        unsafe { Box::from_raw(c) }.config
    };
    match Engine::new(&config) {
        Ok(engine) => boxed(wasm_engine_t { engine }),
        Err(e) => {
            eprintln!("wasm_engine_new: {e}");
            ptr::null_mut()
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_engine_delete(e: *mut wasm_engine_t) {
    // SAFETY: the header: an owned engine given up (stores keep their own
    // reference to the engine).
    unsafe { crate::types::unbox(e) }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_store_new(e: *mut wasm_engine_t) -> *mut wasm_store_t {
    // SAFETY: a valid engine or null.
    match unsafe { e.as_ref() } {
        Some(e) => boxed(wasm_store_t {
            store: Store::new(&e.engine, ()),
        }),
        None => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_store_delete(s: *mut wasm_store_t) {
    // SAFETY: the header: an owned store given up; its objects are dead.
    unsafe { crate::types::unbox(s) }
}

/// The store behind `s`.
///
/// # Safety
/// `s` is null or a live store no other reference is using.
pub unsafe fn store_mut<'a>(s: *mut wasm_store_t) -> Option<&'a mut Store<()>> {
    // SAFETY: as the caller says.
    unsafe { s.as_mut() }.map(|s| &mut s.store)
}
