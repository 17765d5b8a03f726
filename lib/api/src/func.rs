//! Functions: wasm exports and host functions, and calls between them.
//!
//! Every call from the host goes through the host→wasm trampoline of the
//! callee's signature, under `trident_vm::catch_traps`, also when the
//! callee is a host function (its funcref points at a wasm→host
//! trampoline). So there is one calling path, and a host function sees the
//! same store whether wasm or the host called it.

use crate::engine::Trampolines;
use crate::error::{Error, Trap};
use crate::externals::Extern;
use crate::store::{AsContext, AsContextMut, Store, StoreInner, StoreOpaque};
use crate::typed::{TypedFunc, WasmParams, WasmResults, WasmTy};
use crate::values::Val;
use std::ffi::c_void;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use trident_types::{FuncType, TrapCode};
use trident_vm::{CallError, FrameInfo, TrapReason, VMContext, VMFuncRef, VMHostContext, ValRaw};

type HostFn =
    dyn Fn(*mut c_void, *mut VMContext, &[Val], &mut [Val]) -> Result<(), Error> + Send + Sync;

/// A host function's context. `head` must stay first: the wasm→host
/// trampoline receives a pointer to it as its callee vmctx.
#[repr(C)]
pub(crate) struct HostFuncCtx {
    head: VMHostContext,
    funcref: VMFuncRef,
    ty: Arc<FuncType>,
    func: Box<HostFn>,
    _trampolines: Arc<Trampolines>,
}

pub(crate) enum FuncData {
    /// A function reached through a funcref (wasm, or a host function
    /// seen through a table or global).
    Ref {
        funcref: *const VMFuncRef,
        ty: Arc<FuncType>,
    },
    Host(Box<HostFuncCtx>),
}

impl FuncData {
    pub(crate) fn funcref(&self) -> *const VMFuncRef {
        match self {
            FuncData::Ref { funcref, .. } => *funcref,
            FuncData::Host(ctx) => &ctx.funcref,
        }
    }

    /// Shared, so a call takes it with a reference count, not a copy.
    fn ty(&self) -> &Arc<FuncType> {
        match self {
            FuncData::Ref { ty, .. } => ty,
            FuncData::Host(ctx) => &ctx.ty,
        }
    }
}

/// A function in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Func {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

/// What a host function gets: its store's data and the calling instance's
/// exports.
pub struct Caller<'a, T> {
    pub(crate) store: &'a mut StoreInner<T>,
    pub(crate) caller_vmctx: *mut VMContext,
}

impl<T> Caller<'_, T> {
    pub fn data(&self) -> &T {
        &self.store.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.store.data
    }

    pub fn engine(&self) -> &crate::Engine {
        &self.store.opaque.engine
    }

    /// An export of the calling instance (`None` when called from the host
    /// or when there is no such export).
    pub fn get_export(&mut self, name: &str) -> Option<Extern> {
        let index = self.store.opaque.instance_index(self.caller_vmctx)?;
        let instance = crate::Instance {
            store: self.store.opaque.id,
            index,
        };
        instance.get_export(&mut *self, name)
    }
}

impl<T> AsContext for Caller<'_, T> {
    fn opaque(&self) -> &StoreOpaque {
        &self.store.opaque
    }
}

impl<T> AsContextMut for Caller<'_, T> {
    fn opaque_mut(&mut self) -> &mut StoreOpaque {
        &mut self.store.opaque
    }
}

/// Values a host call keeps on the stack before it needs a `Vec`.
const INLINE_VALUES: usize = 16;

/// The first `n` slots of `inline`, or of `heap` grown to `n` when they
/// do not fit.
fn value_buffer<'a>(
    inline: &'a mut [Val; INLINE_VALUES],
    heap: &'a mut Vec<Val>,
    n: usize,
) -> &'a mut [Val] {
    if n <= INLINE_VALUES {
        &mut inline[..n]
    } else {
        heap.resize(n, Val::I32(0));
        heap
    }
}

/// The entry every wasm→host trampoline calls.
unsafe extern "C" fn host_call(
    ctx: *mut VMHostContext,
    caller_vmctx: *mut VMContext,
    values: *mut ValRaw,
    count: u32,
) -> u32 {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `ctx` is the head of a live HostFuncCtx (its funcref's
        // vmctx), and the caller vmctx's first field is its store context,
        // whose `store` points at a live StoreInner<_> starting with a
        // StoreOpaque (repr(C)).
        unsafe {
            let ctx = &*(ctx as *const HostFuncCtx);
            let store_ctx = *(caller_vmctx as *const *mut trident_vm::VMStoreContext);
            let store_ptr = (*store_ctx).store;
            let opaque = &mut *(store_ptr as *mut StoreOpaque);
            let values = std::slice::from_raw_parts_mut(values, count as usize);
            // On the stack for the usual few values (no allocation per
            // call); `Vec`s beyond.
            let (mut p_inline, mut p_heap) = ([Val::I32(0); INLINE_VALUES], Vec::new());
            let params = value_buffer(&mut p_inline, &mut p_heap, ctx.ty.params.len());
            for ((p, t), raw) in params.iter_mut().zip(&ctx.ty.params).zip(values.iter()) {
                *p = Val::from_raw(raw, *t, opaque);
            }
            let (mut r_inline, mut r_heap) = ([Val::I32(0); INLINE_VALUES], Vec::new());
            let results = value_buffer(&mut r_inline, &mut r_heap, ctx.ty.results.len());
            for (r, t) in results.iter_mut().zip(&ctx.ty.results) {
                *r = Val::default_for(*t);
            }
            (ctx.func)(store_ptr, caller_vmctx, params, results)?;
            let opaque = &mut *(store_ptr as *mut StoreOpaque);
            for ((r, t), slot) in results.iter().zip(&ctx.ty.results).zip(values.iter_mut()) {
                if !r.matches_in(opaque, *t) {
                    return Err(Error::Type(format!(
                        "host function returned {} where {} was expected",
                        r.ty(),
                        t
                    )));
                }
                *slot = r.to_raw(opaque)?;
            }
            Ok(())
        }
    }));
    match outcome {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            trident_vm::record_host_error(Box::new(e));
            1
        }
        Err(payload) => {
            trident_vm::record_host_panic(payload);
            1
        }
    }
}

impl Func {
    /// A host function of type `ty`. `func` gets the arguments and fills in
    /// the results (pre-filled with zeros of the right types).
    pub fn new<T: 'static>(
        store: &mut Store<T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Result<Func, Error> {
        let host: Box<HostFn> = Box::new(move |store_ptr, caller_vmctx, params, results| {
            // SAFETY: host_call passes the StoreInner<T> of the store that
            // created this function (a function only runs in its store).
            let store = unsafe { &mut *(store_ptr as *mut StoreInner<T>) };
            func(
                Caller {
                    store,
                    caller_vmctx,
                },
                params,
                results,
            )
        });
        Func::new_host(store.opaque_mut(), ty, host)
    }

    pub(crate) fn new_host(
        store: &mut StoreOpaque,
        ty: FuncType,
        func: Box<HostFn>,
    ) -> Result<Func, Error> {
        let trampolines = store.engine.trampolines(&ty)?;
        let type_id = store.engine.type_id(&ty);
        let mut ctx = Box::new(HostFuncCtx {
            head: VMHostContext {
                call: host_call,
                data: std::ptr::null_mut(),
            },
            funcref: VMFuncRef::NULL,
            ty: Arc::new(ty),
            func,
            _trampolines: trampolines.clone(),
        });
        ctx.funcref = VMFuncRef {
            func_ptr: trampolines.wasm_to_host(),
            vmctx: &mut ctx.head as *mut VMHostContext as *mut VMContext,
            type_id,
            tail_offset: 0,
        };
        store.funcs.push(FuncData::Host(ctx));
        Ok(Func {
            store: store.id,
            index: store.funcs.len() - 1,
        })
    }

    /// A host function from a Rust closure; its signature comes from the
    /// closure's argument and result types. Fails when the engine has no
    /// compiler and no loaded module brought a trampoline for that
    /// signature (see [`Func::new`]).
    pub fn wrap<T: 'static, Params, Results>(
        store: &mut Store<T>,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Result<Func, Error> {
        func.into_func(store)
    }

    /// A handle for the function behind a raw funcref.
    /// The same funcref always gives the same handle, so reading a
    /// reference many times does not grow the store.
    pub(crate) fn from_funcref(store: &mut StoreOpaque, funcref: *const VMFuncRef) -> Func {
        if let Some(&index) = store.funcref_handles.get(&funcref) {
            return Func {
                store: store.id,
                index,
            };
        }
        // SAFETY: funcrefs handed out by compiled code or tables of this
        // store point to live VMFuncRefs owned by the store.
        let type_id = unsafe { (*funcref).type_id };
        let ty = store.engine.type_of(type_id).unwrap_or_default();
        store.funcs.push(FuncData::Ref {
            funcref,
            ty: Arc::new(ty),
        });
        let index = store.funcs.len() - 1;
        store.funcref_handles.insert(funcref, index);
        Func {
            store: store.id,
            index,
        }
    }

    pub(crate) fn funcref_ptr(&self, store: &StoreOpaque) -> Result<*const VMFuncRef, Error> {
        store.check(self.store)?;
        Ok(store.funcs[self.index].funcref())
    }

    /// The function's engine type id, `None` if it is not this store's.
    pub(crate) fn type_id(&self, store: &StoreOpaque) -> Option<u32> {
        if store.id != self.store {
            return None;
        }
        let p = store.funcs.get(self.index)?.funcref();
        // SAFETY: a function's `VMFuncRef` lives as long as its store.
        Some(unsafe { (*p).type_id })
    }

    /// The function's signature.
    pub fn ty(&self, store: impl AsContext) -> FuncType {
        let s = store.opaque();
        s.funcs
            .get(self.index)
            .filter(|_| s.id == self.store)
            .map(|f| FuncType::clone(f.ty()))
            .unwrap_or_default()
    }

    /// Calls the function. `results` must have room for every result.
    pub fn call(
        &self,
        mut store: impl AsContextMut,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<(), Error> {
        let store = store.opaque_mut();
        store.check(self.store)?;
        let data = &store.funcs[self.index];
        let ty = Arc::clone(data.ty());
        let funcref = data.funcref();
        if params.len() != ty.params.len() || results.len() < ty.results.len() {
            return Err(Error::Type(format!(
                "function {ty} called with {} arguments and room for {} results",
                params.len(),
                results.len()
            )));
        }
        // On the stack for the usual few values; a `Vec` beyond.
        let slots = ty.params.len().max(ty.results.len()).max(1);
        let mut inline = [ValRaw::default(); 16];
        let mut heap = Vec::new();
        let values: &mut [ValRaw] = match inline.get_mut(..slots) {
            Some(v) => v,
            None => {
                heap.resize(slots, ValRaw::default());
                &mut heap
            }
        };
        for (i, (p, t)) in params.iter().zip(&ty.params).enumerate() {
            if !p.matches_in(store, *t) {
                return Err(Error::Type(format!(
                    "argument {i} is {} but {ty} expects {t}",
                    p.ty()
                )));
            }
            values[i] = p.to_raw(store)?;
        }
        // SAFETY: funcrefs in this store stay valid for its life.
        let (func_ptr, callee_vmctx, type_id) =
            unsafe { ((*funcref).func_ptr, (*funcref).vmctx, (*funcref).type_id) };
        let trampoline = store.trampoline(type_id, &ty)?;
        let caller = store.host_caller_vmctx();
        let vm_store: *mut trident_vm::VMStoreContext = &mut *store.vm;
        let max_stack = store.engine.config().max_wasm_stack;
        // SAFETY: the trampoline matches the callee's signature (by type
        // id), `values` has max(params, results) slots, and the store
        // context lives as long as the store.
        let outcome = unsafe {
            trident_vm::catch_traps(
                vm_store,
                max_stack,
                trampoline,
                func_ptr,
                callee_vmctx,
                caller,
                values.as_mut_ptr(),
            )
        };
        match outcome {
            Ok(()) => {
                for (i, t) in ty.results.iter().enumerate() {
                    results[i] = Val::from_raw(&values[i], *t, store);
                }
                Ok(())
            }
            Err(reason) => Err(trap_to_error(reason)),
        }
    }

    /// A statically typed view of the function.
    pub fn typed<P: WasmParams, R: WasmResults>(
        &self,
        store: impl AsContext,
    ) -> Result<TypedFunc<P, R>, Error> {
        TypedFunc::new(*self, store)
    }
}

/// Symbolizes a raw backtrace: the first entry is the trapping
/// instruction, the rest are return addresses (looked up one byte back, so
/// a call at the very end of a function is attributed to it). Frames
/// outside wasm functions (trampolines) are left out.
fn symbolize(pcs: &[usize]) -> Vec<FrameInfo> {
    pcs.iter()
        .enumerate()
        .filter_map(|(i, &pc)| trident_vm::symbolize(if i == 0 { pc } else { pc - 1 }))
        .collect()
}

pub(crate) fn trap_to_error(error: CallError) -> Error {
    let frames = symbolize(&error.backtrace);
    match error.reason {
        TrapReason::Wasm { code, pc } => Error::Trap(Trap {
            code,
            pc: Some(pc),
            source: None,
            backtrace: frames,
        }),
        TrapReason::Host(e) => match e.downcast::<Error>() {
            // A host function's own `Error` (for example a trap from a
            // nested call) passes through; a trap gains the frames of the
            // wasm code that called the host function.
            Ok(e) => match *e {
                Error::Trap(mut t) => {
                    t.backtrace.extend(frames);
                    Error::Trap(t)
                }
                other => other,
            },
            Err(e) => Error::Trap(Trap {
                code: TrapCode::HostError,
                pc: None,
                source: Some(e),
                backtrace: frames,
            }),
        },
        TrapReason::Panic(payload) => panic::resume_unwind(payload),
    }
}

/// Values a host closure may return: results, or a `Result` of them.
pub trait HostReturn {
    type Results: WasmResults;
    fn into_result(self) -> Result<Self::Results, Error>;
}

impl<R: WasmResults> HostReturn for R {
    type Results = R;
    fn into_result(self) -> Result<R, Error> {
        Ok(self)
    }
}

impl<R: WasmResults> HostReturn for Result<R, Error> {
    type Results = R;
    fn into_result(self) -> Result<R, Error> {
        self
    }
}

/// Closures that can become host functions, with or without a leading
/// [`Caller`] argument.
pub trait IntoFunc<T, Params, Results> {
    fn into_func(self, store: &mut Store<T>) -> Result<Func, Error>;
}

fn wrap_typed<T: 'static, R: WasmResults>(
    store: &mut Store<T>,
    params: Vec<trident_types::ValType>,
    call: impl Fn(Caller<'_, T>, &[Val]) -> Result<R, Error> + Send + Sync + 'static,
) -> Result<Func, Error> {
    let ty = FuncType::new(params, R::types());
    let host: Box<HostFn> = Box::new(move |store_ptr, caller_vmctx, args, results| {
        // SAFETY: as in `Func::new`.
        let store = unsafe { &mut *(store_ptr as *mut StoreInner<T>) };
        let r = call(
            Caller {
                store,
                caller_vmctx,
            },
            args,
        )?;
        r.store_vals(results);
        Ok(())
    });
    Func::new_host(store.opaque_mut(), ty, host)
}

macro_rules! into_func {
    ($($arg:ident)*) => {
        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<T: 'static, F, Ret, $($arg: WasmTy,)*> IntoFunc<T, ($($arg,)*), Ret> for F
        where
            F: Fn($($arg),*) -> Ret + Send + Sync + 'static,
            Ret: HostReturn,
        {
            fn into_func(self, store: &mut Store<T>) -> Result<Func, Error> {
                wrap_typed::<T, Ret::Results>(store, vec![$($arg::valtype()),*], move |_caller, args| {
                    let mut it = args.iter();
                    $(let $arg = it.next().and_then(|v| $arg::from_val(*v)).ok_or_else(|| Error::Type("argument".into()))?;)*
                    (self)($($arg),*).into_result()
                })
            }
        }

        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<T: 'static, F, Ret, $($arg: WasmTy,)*> IntoFunc<T, (Caller<'static, T>, $($arg,)*), Ret> for F
        where
            F: Fn(Caller<'_, T>, $($arg),*) -> Ret + Send + Sync + 'static,
            Ret: HostReturn,
        {
            fn into_func(self, store: &mut Store<T>) -> Result<Func, Error> {
                wrap_typed::<T, Ret::Results>(store, vec![$($arg::valtype()),*], move |caller, args| {
                    let mut it = args.iter();
                    $(let $arg = it.next().and_then(|v| $arg::from_val(*v)).ok_or_else(|| Error::Type("argument".into()))?;)*
                    (self)(caller, $($arg),*).into_result()
                })
            }
        }
    };
}

into_func!();
into_func!(A1);
into_func!(A1 A2);
into_func!(A1 A2 A3);
into_func!(A1 A2 A3 A4);
into_func!(A1 A2 A3 A4 A5);
into_func!(A1 A2 A3 A4 A5 A6);
into_func!(A1 A2 A3 A4 A5 A6 A7);
into_func!(A1 A2 A3 A4 A5 A6 A7 A8);
into_func!(A1 A2 A3 A4 A5 A6 A7 A8 A9);
into_func!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10);
