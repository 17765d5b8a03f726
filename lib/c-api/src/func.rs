//! Functions: host functions from C callbacks, reflection, calls.
//!
//! A host function's callback gets the arguments as a fresh value vector
//! (deleted after it returns: references it wants to keep it copies) and
//! a result vector of the right size; a trap it returns stops the wasm
//! that called it and comes back out of the call with its own message.
//! An environment's finalizer runs when the function goes with its
//! store. A call checks the number and kinds of the values it is given
//! and returns a trap, never crashes, when they are wrong.

use crate::engine::wasm_store_t;
use crate::refs::{new_object, wasm_func_t, wasm_trap_t, Object};
use crate::trap::{new_trap, trap_from_error};
use crate::types::{boxed, wasm_externtype_t, wasm_functype_t};
use crate::val::{wasm_val_t, wasm_val_vec_t};
use crate::vec::{self, Element, Vector};
use std::ffi::c_void;
use std::ptr;
use trident::{Error, Func, FuncType, Val};

pub type wasm_func_callback_t = unsafe extern "C" fn(
    args: *const wasm_val_vec_t,
    results: *mut wasm_val_vec_t,
) -> *mut wasm_trap_t;
pub type wasm_func_callback_with_env_t = unsafe extern "C" fn(
    env: *mut c_void,
    args: *const wasm_val_vec_t,
    results: *mut wasm_val_vec_t,
) -> *mut wasm_trap_t;

/// A callback and its environment.
enum Callback {
    Plain(wasm_func_callback_t),
    Env {
        call: wasm_func_callback_with_env_t,
        env: *mut c_void,
        finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
    },
}

// SAFETY: the C API leaves a store's threading to the embedder; the
// environment pointer is only passed back to the C code that gave it.
unsafe impl Send for Callback {}
// SAFETY: as above.
unsafe impl Sync for Callback {}

impl Drop for Callback {
    fn drop(&mut self) {
        if let Callback::Env {
            env,
            finalizer: Some(f),
            ..
        } = self
        {
            // SAFETY: the finalizer C gave for this environment.
            unsafe { f(*env) };
        }
    }
}

/// The store pointer a host function makes reference objects with.
struct StorePtr(*mut wasm_store_t);
// SAFETY: as for `Callback`.
unsafe impl Send for StorePtr {}
// SAFETY: as above.
unsafe impl Sync for StorePtr {}

impl StorePtr {
    /// The pointer (a method, so closures capture the whole wrapper).
    fn get(&self) -> *mut wasm_store_t {
        self.0
    }
}

/// Calls `callback` with `params` converted; the results or its trap.
fn run_callback(
    callback: &Callback,
    store: *mut wasm_store_t,
    caller: &trident::Caller<'_, ()>,
    params: &[Val],
    results: &mut [Val],
    result_types: &[trident::ValType],
) -> Result<(), Error> {
    let args: Vec<wasm_val_t> = params
        .iter()
        .map(|p| wasm_val_t::from_val(*p, store, caller))
        .collect();
    let mut args = Vector::from_vec(args);
    let mut out: wasm_val_vec_t =
        Vector::from_vec((0..results.len()).map(|_| wasm_val_t::empty()).collect());
    // SAFETY: the callback C registered for this signature, with vectors
    // of the right sizes.
    let trap = unsafe {
        match callback {
            Callback::Plain(f) => f(&args, &mut out),
            Callback::Env { call, env, .. } => call(*env, &args, &mut out),
        }
    };
    // SAFETY: our vector.
    unsafe { vec::delete(&mut args) };
    let outcome = if trap.is_null() {
        // SAFETY: our vector, written by the callback.
        let vals = unsafe { out.as_slice() };
        results
            .iter_mut()
            .zip(result_types)
            .enumerate()
            .try_for_each(
                |(i, (slot, t))| match vals.get(i).and_then(|v| v.to_val(*t)) {
                    Some(v) => {
                        *slot = v;
                        Ok(())
                    }
                    None => Err(Error::Type(format!(
                        "host callback result {i} is not a {t}"
                    ))),
                },
            )
    } else {
        let mut message = Vector::empty();
        // SAFETY: a trap the callback gives up.
        unsafe {
            crate::trap::wasm_trap_message(trap, &mut message);
            crate::refs::wasm_trap_delete(trap);
        }
        // SAFETY: our vector.
        let text = unsafe { message.as_slice() };
        let text = String::from_utf8_lossy(text.strip_suffix(&[0]).unwrap_or(text)).into_owned();
        // SAFETY: as above.
        unsafe { vec::delete(&mut message) };
        Err(Error::msg(text))
    };
    // SAFETY: our vector.
    unsafe { vec::delete(&mut out) };
    outcome
}

/// Makes the host function (null for a bad argument).
///
/// # Safety
/// `store` and `ty` are null or valid.
unsafe fn new_host_func(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    callback: Callback,
) -> *mut wasm_func_t {
    // SAFETY: as the caller says.
    let (Some(s), Some(ty)) = (unsafe { crate::engine::store_mut(store) }, unsafe {
        ty.as_ref()
    }) else {
        return ptr::null_mut();
    };
    let Some(fty) = ty.ext.func_type() else {
        return ptr::null_mut();
    };
    let result_types = fty.results.clone();
    let store_ptr = StorePtr(store);
    let host = move |caller: trident::Caller<'_, ()>, params: &[Val], results: &mut [Val]| {
        run_callback(
            &callback,
            store_ptr.get(),
            &caller,
            params,
            results,
            &result_types,
        )
    };
    match Func::new(s, fty, host) {
        Ok(f) => new_object(store, Object::Func(f)),
        Err(e) => {
            eprintln!("wasm_func_new: {e}");
            ptr::null_mut()
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_new(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    callback: Option<wasm_func_callback_t>,
) -> *mut wasm_func_t {
    match callback {
        // SAFETY: forwarded.
        Some(cb) => unsafe { new_host_func(store, ty, Callback::Plain(cb)) },
        None => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_new_with_env(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    callback: Option<wasm_func_callback_with_env_t>,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) -> *mut wasm_func_t {
    let Some(call) = callback else {
        return ptr::null_mut();
    };
    let cb = Callback::Env {
        call,
        env,
        finalizer,
    };
    // SAFETY: forwarded.
    unsafe { new_host_func(store, ty, cb) }
}

/// The function and its store.
fn func_of(f: &wasm_func_t) -> Option<(Func, *mut wasm_store_t)> {
    match f.r.object {
        Object::Func(func) => Some((func, f.r.store)),
        _ => None,
    }
}

/// The function's type.
///
/// # Safety
/// `f` is null or valid.
unsafe fn type_of(f: *const wasm_func_t) -> Option<FuncType> {
    // SAFETY: as the caller says; the store outlives the function.
    let (func, store) = unsafe { f.as_ref() }.and_then(func_of)?;
    let s = unsafe { crate::engine::store_mut(store) }?;
    Some(func.ty(&*s))
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_type(f: *const wasm_func_t) -> *mut wasm_functype_t {
    // SAFETY: forwarded.
    match unsafe { type_of(f) } {
        Some(t) => boxed(wasm_functype_t {
            ext: wasm_externtype_t::func(&t),
        }),
        None => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_param_arity(f: *const wasm_func_t) -> usize {
    // SAFETY: forwarded.
    unsafe { type_of(f) }.map_or(0, |t| t.params.len())
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_result_arity(f: *const wasm_func_t) -> usize {
    // SAFETY: forwarded.
    unsafe { type_of(f) }.map_or(0, |t| t.results.len())
}

#[no_mangle]
pub unsafe extern "C" fn wasm_func_call(
    f: *const wasm_func_t,
    args: *const wasm_val_vec_t,
    results: *mut wasm_val_vec_t,
) -> *mut wasm_trap_t {
    // SAFETY: a valid function or null; its store outlives it.
    let Some((func, store)) = (unsafe { f.as_ref() }).and_then(func_of) else {
        return new_trap("wasm_func_call: not a function".into(), Vec::new());
    };
    // SAFETY: as above.
    let Some(s) = (unsafe { crate::engine::store_mut(store) }) else {
        return new_trap(
            "wasm_func_call: the function has no store".into(),
            Vec::new(),
        );
    };
    let ty = func.ty(&*s);
    // SAFETY: a valid vector or null.
    let given = unsafe { args.as_ref() }.map_or(&[][..], |v| unsafe { v.as_slice() });
    if given.len() != ty.params.len() {
        let msg = format!(
            "wasm_func_call: {} arguments given, the function takes {}",
            given.len(),
            ty.params.len()
        );
        return new_trap(msg, Vec::new());
    }
    let mut params = Vec::with_capacity(given.len());
    for (i, (v, t)) in given.iter().zip(&ty.params).enumerate() {
        match v.to_val(*t) {
            Some(v) => params.push(v),
            None => {
                return new_trap(
                    format!("wasm_func_call: argument {i} is not a {t}"),
                    Vec::new(),
                )
            }
        }
    }
    let mut vals: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    if let Err(e) = func.call(&mut *s, &params, &mut vals) {
        return trap_from_error(&e);
    }
    // The results' room is checked after the call: a call that traps
    // reports its trap whatever room it was given.
    // SAFETY: a valid vector or null.
    let out = unsafe { results.as_mut() };
    let room = out
        .as_ref()
        .map_or(0, |o| if o.data.is_null() { 0 } else { o.size });
    if room < vals.len() {
        let msg = format!(
            "wasm_func_call: room for {room} results, the function returned {}",
            vals.len()
        );
        return new_trap(msg, Vec::new());
    }
    if let Some(out) = out {
        for (i, v) in vals.into_iter().enumerate() {
            // SAFETY: `out` has at least `room` slots (checked above).
            unsafe { out.data.add(i).write(wasm_val_t::from_val(v, store, &*s)) };
        }
    }
    ptr::null_mut()
}
