//! Statically typed calls.

use crate::error::Error;
use crate::func::Func;
use crate::store::{AsContext, AsContextMut};
use crate::values::Val;
use std::marker::PhantomData;
use trident_types::ValType;

/// A Rust type that is a Wasm value type.
pub trait WasmTy: Copy + Send + Sync + 'static {
    fn valtype() -> ValType;
    fn into_val(self) -> Val;
    fn from_val(v: Val) -> Option<Self>;
}

impl WasmTy for i32 {
    fn valtype() -> ValType {
        ValType::I32
    }
    fn into_val(self) -> Val {
        Val::I32(self)
    }
    fn from_val(v: Val) -> Option<Self> {
        v.i32()
    }
}
impl WasmTy for u32 {
    fn valtype() -> ValType {
        ValType::I32
    }
    fn into_val(self) -> Val {
        Val::I32(self as i32)
    }
    fn from_val(v: Val) -> Option<Self> {
        v.i32().map(|v| v as u32)
    }
}
impl WasmTy for i64 {
    fn valtype() -> ValType {
        ValType::I64
    }
    fn into_val(self) -> Val {
        Val::I64(self)
    }
    fn from_val(v: Val) -> Option<Self> {
        v.i64()
    }
}
impl WasmTy for u64 {
    fn valtype() -> ValType {
        ValType::I64
    }
    fn into_val(self) -> Val {
        Val::I64(self as i64)
    }
    fn from_val(v: Val) -> Option<Self> {
        v.i64().map(|v| v as u64)
    }
}
impl WasmTy for f32 {
    fn valtype() -> ValType {
        ValType::F32
    }
    fn into_val(self) -> Val {
        Val::F32(self.to_bits())
    }
    fn from_val(v: Val) -> Option<Self> {
        v.f32()
    }
}
impl WasmTy for f64 {
    fn valtype() -> ValType {
        ValType::F64
    }
    fn into_val(self) -> Val {
        Val::F64(self.to_bits())
    }
    fn from_val(v: Val) -> Option<Self> {
        v.f64()
    }
}

/// The most values a [`WasmParams`] or [`WasmResults`] tuple holds.
pub const MAX_TYPED_VALUES: usize = 6;

/// Parameter lists: `()`, a single [`WasmTy`], or a tuple of them.
pub trait WasmParams: Send + Sync + 'static {
    fn types() -> Vec<ValType>;
    fn into_vals(self) -> Vec<Val>;
    /// The values in a fixed array (no allocation, for calls), and how
    /// many there are.
    fn into_val_array(self) -> ([Val; MAX_TYPED_VALUES], usize);
}

/// Result lists: `()`, a single [`WasmTy`], or a tuple of them.
pub trait WasmResults: Sized + Send + Sync + 'static {
    fn types() -> Vec<ValType>;
    fn from_vals(vals: &[Val]) -> Option<Self>;
    fn store_vals(self, out: &mut [Val]);
}

impl<A: WasmTy> WasmParams for A {
    fn types() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn into_vals(self) -> Vec<Val> {
        vec![self.into_val()]
    }
    fn into_val_array(self) -> ([Val; MAX_TYPED_VALUES], usize) {
        let mut out = [Val::I32(0); MAX_TYPED_VALUES];
        out[0] = self.into_val();
        (out, 1)
    }
}

impl<A: WasmTy> WasmResults for A {
    fn types() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn from_vals(vals: &[Val]) -> Option<Self> {
        A::from_val(*vals.first()?)
    }
    fn store_vals(self, out: &mut [Val]) {
        if let Some(slot) = out.first_mut() {
            *slot = self.into_val();
        }
    }
}

macro_rules! tuples {
    ($($t:ident)*) => {
        #[allow(non_snake_case, unused_variables, unused_mut, clippy::unused_unit)]
        impl<$($t: WasmTy,)*> WasmParams for ($($t,)*) {
            fn types() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn into_vals(self) -> Vec<Val> {
                let ($($t,)*) = self;
                vec![$($t.into_val()),*]
            }
            fn into_val_array(self) -> ([Val; MAX_TYPED_VALUES], usize) {
                let ($($t,)*) = self;
                let mut out = [Val::I32(0); MAX_TYPED_VALUES];
                let mut n = 0;
                $(out[n] = $t.into_val(); n += 1;)*
                (out, n)
            }
        }

        #[allow(non_snake_case, unused_variables, unused_mut, clippy::unused_unit)]
        impl<$($t: WasmTy,)*> WasmResults for ($($t,)*) {
            fn types() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn from_vals(vals: &[Val]) -> Option<Self> {
                let mut it = vals.iter();
                Some(($($t::from_val(*it.next()?)?,)*))
            }
            fn store_vals(self, out: &mut [Val]) {
                let ($($t,)*) = self;
                let mut it = out.iter_mut();
                $(if let Some(slot) = it.next() { *slot = $t.into_val(); })*
            }
        }
    };
}

tuples!();
tuples!(A1 A2);
tuples!(A1 A2 A3);
tuples!(A1 A2 A3 A4);
tuples!(A1 A2 A3 A4 A5);
tuples!(A1 A2 A3 A4 A5 A6);

/// A function whose signature was checked once, called with Rust values.
pub struct TypedFunc<P, R> {
    func: Func,
    _marker: PhantomData<fn(P) -> R>,
}

impl<P: WasmParams, R: WasmResults> TypedFunc<P, R> {
    pub(crate) fn new(func: Func, store: impl AsContext) -> Result<Self, Error> {
        let ty = func.ty(&store);
        if ty.params != P::types() || ty.results != R::types() {
            return Err(Error::Type(format!(
                "function is {ty}, not {}",
                trident_types::FuncType::new(P::types(), R::types())
            )));
        }
        Ok(TypedFunc {
            func,
            _marker: PhantomData,
        })
    }

    pub fn func(&self) -> Func {
        self.func
    }

    pub fn call(&self, store: impl AsContextMut, params: P) -> Result<R, Error> {
        // Fixed arrays, not `Vec`s: a call allocates nothing here (the
        // signature was checked when this view was made).
        let (params, n) = params.into_val_array();
        let mut results = [Val::I32(0); MAX_TYPED_VALUES];
        self.func.call(store, &params[..n], &mut results)?;
        R::from_vals(&results).ok_or_else(|| Error::Type("result types".into()))
    }
}
