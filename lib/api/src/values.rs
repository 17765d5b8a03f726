//! Wasm values as the host sees them, and their raw representation.

use crate::error::Error;
use crate::func::Func;
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use std::any::Any;
use trident_types::{HeapType, ValType};
use trident_vm::ValRaw;

/// An opaque host value passed to wasm as an `externref`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExternRef {
    store: u64,
    index: usize,
}

impl ExternRef {
    pub fn new(mut store: impl AsContextMut, value: impl Any + Send + Sync) -> ExternRef {
        let s = store.opaque_mut();
        s.externrefs.push(Box::new(value));
        ExternRef {
            store: s.id,
            index: s.externrefs.len() - 1,
        }
    }

    /// The host value, or `None` if `store` is not this reference's store.
    pub fn data<'a>(&self, store: &'a impl AsContext) -> Option<&'a (dyn Any + Send + Sync)> {
        let s = store.opaque();
        if s.id != self.store {
            return None;
        }
        s.externrefs.get(self.index).map(|b| &**b)
    }

    fn raw(&self) -> usize {
        self.index + 1
    }
}

/// A Wasm value. Floats are kept as bits so NaN payloads survive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    FuncRef(Option<Func>),
    ExternRef(Option<ExternRef>),
}

impl Val {
    /// The value's type, with references as `funcref` or `externref`
    /// (see [`Val::matches`] for the precise check).
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FUNCREF,
            Val::ExternRef(_) => ValType::EXTERNREF,
        }
    }

    /// The default (zero or null) value of a type; null for a
    /// non-nullable reference type too, which has no default.
    pub fn default_for(ty: ValType) -> Val {
        match ty {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(0),
            ValType::Ref(r) if r.is_func() => Val::FuncRef(None),
            ValType::Ref(_) => Val::ExternRef(None),
        }
    }

    /// Whether this value is a value of `ty` (its concrete references
    /// being engine type ids): null only for a nullable type, and a
    /// function only for a type its own type matches.
    pub fn matches(&self, store: impl AsContext, ty: ValType) -> bool {
        self.matches_in(store.opaque(), ty)
    }

    pub(crate) fn matches_in(&self, store: &StoreOpaque, ty: ValType) -> bool {
        let ValType::Ref(r) = ty else {
            return self.ty() == ty;
        };
        match self {
            Val::FuncRef(None) | Val::ExternRef(None) => {
                r.nullable && r.is_func() == matches!(self, Val::FuncRef(_))
            }
            Val::ExternRef(Some(_)) => matches!(r.heap, HeapType::Extern),
            Val::FuncRef(Some(f)) => match r.heap {
                HeapType::Func => true,
                HeapType::Concrete(id) => f
                    .type_id(store)
                    .is_some_and(|actual| store.engine.is_subtype(actual, id)),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn i32(&self) -> Option<i32> {
        match self {
            Val::I32(v) => Some(*v),
            _ => None,
        }
    }

    pub fn i64(&self) -> Option<i64> {
        match self {
            Val::I64(v) => Some(*v),
            _ => None,
        }
    }

    pub fn f32(&self) -> Option<f32> {
        match self {
            Val::F32(v) => Some(f32::from_bits(*v)),
            _ => None,
        }
    }

    pub fn f64(&self) -> Option<f64> {
        match self {
            Val::F64(v) => Some(f64::from_bits(*v)),
            _ => None,
        }
    }

    /// The raw representation compiled code uses. Fails if a reference
    /// belongs to another store.
    pub(crate) fn to_raw(self, store: &StoreOpaque) -> Result<ValRaw, Error> {
        let mut raw = ValRaw::default();
        match self {
            Val::I32(v) => raw.set_u32(v as u32),
            Val::I64(v) => raw.set_u64(v as u64),
            Val::F32(v) => raw.set_u32(v),
            Val::F64(v) => raw.set_u64(v),
            Val::V128(v) => raw.bytes = v.to_le_bytes(),
            Val::FuncRef(None) | Val::ExternRef(None) => raw.set_usize(0),
            Val::FuncRef(Some(f)) => raw.set_usize(f.funcref_ptr(store)? as usize),
            Val::ExternRef(Some(e)) => {
                store.check(e.store)?;
                raw.set_usize(e.raw())
            }
        }
        Ok(raw)
    }

    /// Reads a value of type `ty` from its raw representation. A reference
    /// that is not one of this store's (which only code and metadata that
    /// disagree can produce: see `StoreOpaque::is_funcref`) reads as null
    /// rather than being dereferenced.
    pub(crate) fn from_raw(raw: &ValRaw, ty: ValType, store: &mut StoreOpaque) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw.get_u32() as i32),
            ValType::I64 => Val::I64(raw.get_u64() as i64),
            ValType::F32 => Val::F32(raw.get_u32()),
            ValType::F64 => Val::F64(raw.get_u64()),
            ValType::V128 => Val::V128(u128::from_le_bytes(raw.bytes)),
            ValType::Ref(r) if r.is_func() => {
                let p = raw.get_usize() as *const trident_vm::VMFuncRef;
                let known = !p.is_null() && store.is_funcref(p);
                Val::FuncRef(known.then(|| Func::from_funcref(store, p)))
            }
            ValType::Ref(_) => {
                let p = raw.get_usize();
                let known = p != 0 && p - 1 < store.externrefs.len();
                Val::ExternRef(known.then_some(ExternRef {
                    store: store.id,
                    index: p - 1,
                }))
            }
        }
    }
}

impl From<i32> for Val {
    fn from(v: i32) -> Val {
        Val::I32(v)
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::I64(v)
    }
}
impl From<f32> for Val {
    fn from(v: f32) -> Val {
        Val::F32(v.to_bits())
    }
}
impl From<f64> for Val {
    fn from(v: f64) -> Val {
        Val::F64(v.to_bits())
    }
}
