//! `include/trident.h`: configuration Trident has and the standard API
//! does not (back end, bounds checks, optimization level, feature set,
//! fuel, epochs, relaxed SIMD), fuel and epoch deadlines of a store, and
//! owned errors.

use crate::engine::{store_mut, wasm_config_t, wasm_engine_t, wasm_store_t};
use crate::types::boxed;
use crate::vec::{wasm_byte_vec_t, Vector};
use std::ffi::{c_char, CStr};
use std::ptr;
use trident::{BoundsChecks, Config, Features, OptLevel, RelaxedSimd};

/// An error with its message.
pub struct trident_error_t {
    message: String,
}

fn error(message: impl Into<String>) -> *mut trident_error_t {
    boxed(trident_error_t {
        message: message.into(),
    })
}

#[no_mangle]
pub unsafe extern "C" fn trident_error_delete(e: *mut trident_error_t) {
    // SAFETY: an owned error given up, or null.
    unsafe { crate::types::unbox(e) }
}

#[no_mangle]
pub unsafe extern "C" fn trident_error_message(
    e: *const trident_error_t,
    out: *mut wasm_byte_vec_t,
) {
    if out.is_null() {
        return;
    }
    // SAFETY: a valid error or null.
    let mut bytes = unsafe { e.as_ref() }.map_or_else(Vec::new, |e| e.message.as_bytes().to_vec());
    bytes.push(0);
    // SAFETY: checked non-null; writable by the header.
    unsafe { out.write(Vector::from_vec(bytes)) };
}

/// The configuration and the string argument, or the error to return.
///
/// # Safety
/// `c` is null or valid; `s` is null or a zero-terminated string.
unsafe fn config_and<'a>(
    c: *mut wasm_config_t,
    s: *const c_char,
    what: &str,
) -> Result<(&'a mut Config, &'a str), *mut trident_error_t> {
    // SAFETY: as the caller says.
    let c = unsafe { c.as_mut() }.ok_or_else(|| error(format!("{what}: no configuration")))?;
    if s.is_null() {
        return Err(error(format!("{what}: no value")));
    }
    // SAFETY: a zero-terminated string, as the header says.
    let s = unsafe { CStr::from_ptr(s) }
        .to_str()
        .map_err(|_| error(format!("{what}: not UTF-8")))?;
    Ok((&mut c.config, s))
}

#[no_mangle]
pub unsafe extern "C" fn trident_config_backend(
    c: *mut wasm_config_t,
    name: *const c_char,
) -> *mut trident_error_t {
    // SAFETY: forwarded.
    let (c, name) = match unsafe { config_and(c, name, "trident_config_backend") } {
        Ok(v) => v,
        Err(e) => return e,
    };
    if !Config::available_backends().contains(&name) {
        return error(format!(
            "no back end `{name}` in this library (it has {})",
            Config::available_backends().join(", ")
        ));
    }
    c.backend(name);
    ptr::null_mut()
}

#[no_mangle]
pub unsafe extern "C" fn trident_config_bounds_checks(
    c: *mut wasm_config_t,
    style: *const c_char,
) -> *mut trident_error_t {
    // SAFETY: forwarded.
    let (c, style) = match unsafe { config_and(c, style, "trident_config_bounds_checks") } {
        Ok(v) => v,
        Err(e) => return e,
    };
    let style = match style {
        "static" => BoundsChecks::Static,
        "dynamic" => BoundsChecks::Dynamic,
        other => {
            return error(format!(
                "`{other}` is not a bounds-check style (static or dynamic)"
            ))
        }
    };
    c.bounds_checks(style);
    ptr::null_mut()
}

#[no_mangle]
pub unsafe extern "C" fn trident_config_opt_level(
    c: *mut wasm_config_t,
    level: *const c_char,
) -> *mut trident_error_t {
    // SAFETY: forwarded.
    let (c, level) = match unsafe { config_and(c, level, "trident_config_opt_level") } {
        Ok(v) => v,
        Err(e) => return e,
    };
    match [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize]
        .into_iter()
        .find(|l| l.name() == level)
    {
        Some(l) => {
            c.opt_level(l);
            ptr::null_mut()
        }
        None => error(format!(
            "`{level}` is not an optimization level (none, speed, speed-and-size)"
        )),
    }
}

#[no_mangle]
pub unsafe extern "C" fn trident_config_features(
    c: *mut wasm_config_t,
    spec: *const c_char,
) -> *mut trident_error_t {
    // SAFETY: forwarded.
    let (c, spec) = match unsafe { config_and(c, spec, "trident_config_features") } {
        Ok(v) => v,
        Err(e) => return e,
    };
    match spec.parse::<Features>() {
        Ok(f) => {
            c.wasm_features(f);
            ptr::null_mut()
        }
        Err(e) => error(e.to_string()),
    }
}

/// A boolean setting of a configuration.
macro_rules! flag {
    ($name:ident, |$c:ident, $on:ident| $set:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(c: *mut wasm_config_t, $on: bool) {
            // SAFETY: a valid configuration or null.
            if let Some(w) = unsafe { c.as_mut() } {
                let $c = &mut w.config;
                $set;
            }
        }
    };
}

flag!(trident_config_consume_fuel, |c, on| c.consume_fuel(on));
flag!(trident_config_epoch_interruption, |c, on| c
    .epoch_interruption(on));
flag!(trident_config_relaxed_simd_native, |c, on| c.relaxed_simd(
    if on {
        RelaxedSimd::Native
    } else {
        RelaxedSimd::Deterministic
    }
));

#[no_mangle]
pub unsafe extern "C" fn trident_store_set_fuel(
    s: *mut wasm_store_t,
    fuel: u64,
) -> *mut trident_error_t {
    // SAFETY: a valid store or null.
    let Some(store) = (unsafe { store_mut(s) }) else {
        return error("trident_store_set_fuel: no store");
    };
    if !store.engine().config().consume_fuel {
        return error("the engine does not count fuel (trident_config_consume_fuel)");
    }
    store.set_fuel(fuel);
    ptr::null_mut()
}

#[no_mangle]
pub unsafe extern "C" fn trident_store_get_fuel(
    s: *const wasm_store_t,
    out: *mut u64,
) -> *mut trident_error_t {
    // SAFETY: a valid store or null; `out` writable or null.
    match (unsafe { s.as_ref() }, unsafe { out.as_mut() }) {
        (Some(s), Some(out)) if s.store.engine().config().consume_fuel => {
            *out = s.store.fuel();
            ptr::null_mut()
        }
        (Some(_), Some(_)) => error("the engine does not count fuel (trident_config_consume_fuel)"),
        _ => error("trident_store_get_fuel: no store or no output"),
    }
}

#[no_mangle]
pub unsafe extern "C" fn trident_store_set_epoch_deadline(s: *mut wasm_store_t, ticks: u64) {
    // SAFETY: a valid store or null.
    if let Some(store) = unsafe { store_mut(s) } {
        store.set_epoch_deadline(ticks);
    }
}

#[no_mangle]
pub unsafe extern "C" fn trident_engine_increment_epoch(e: *mut wasm_engine_t) {
    // SAFETY: a valid engine or null.
    if let Some(e) = unsafe { e.as_ref() } {
        e.engine.increment_epoch();
    }
}
