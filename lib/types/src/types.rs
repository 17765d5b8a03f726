//! Wasm value, function, table, memory and global types.
//!
//! Reference types are precise ([`RefType`]: nullability and a heap type,
//! as typed function references define them). A concrete heap type
//! ([`HeapType::Concrete`]) is an index whose space depends on where the
//! type is: in a module's metadata ([`ModuleInfo`](crate::ModuleInfo)),
//! an index into that module's type section; in an engine's registry and
//! the embedding API, an engine-wide type id. Generated code only sees a
//! reference's representation (one pointer-sized word, 0 for null), which
//! is the same for every reference type.

use std::fmt;

/// A Wasm value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
    V128,
    Ref(RefType),
}

/// A reference type: `(ref null? heap)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RefType {
    pub nullable: bool,
    pub heap: HeapType,
}

/// The heap types of typed function references (GC's and exceptions'
/// come with those proposals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeapType {
    /// Any function.
    Func,
    /// Any host reference.
    Extern,
    /// The bottom of the function hierarchy: only null has this type.
    NoFunc,
    /// The bottom of the extern hierarchy.
    NoExtern,
    /// A function of one defined type (see the module documentation for
    /// whose index this is).
    Concrete(u32),
}

impl HeapType {
    /// True for the function hierarchy (`func`, `nofunc`, concrete
    /// function types), false for the extern one.
    pub fn is_func(self) -> bool {
        !matches!(self, HeapType::Extern | HeapType::NoExtern)
    }
}

impl RefType {
    /// `funcref`, i.e. `(ref null func)`.
    pub const FUNCREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Func,
    };
    /// `externref`, i.e. `(ref null extern)`.
    pub const EXTERNREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Extern,
    };

    /// True for the function hierarchy (see [`HeapType::is_func`]).
    pub fn is_func(self) -> bool {
        self.heap.is_func()
    }

    /// The same reference type with the concrete index mapped by `f`.
    pub fn map_concrete(self, f: impl FnOnce(u32) -> u32) -> RefType {
        RefType {
            nullable: self.nullable,
            heap: match self.heap {
                HeapType::Concrete(i) => HeapType::Concrete(f(i)),
                h => h,
            },
        }
    }

    /// Whether every value of `self` is a value of `other`, when both
    /// concrete indices are in the same space and `is_subtype(a, b)` says
    /// whether concrete type `a` is `b` or declares it, directly or
    /// through its supertypes (`sub $b`).
    pub fn matches(self, other: RefType, is_subtype: impl Fn(u32, u32) -> bool) -> bool {
        if self.nullable && !other.nullable {
            return false;
        }
        use HeapType::*;
        match (self.heap, other.heap) {
            (a, b) if a == b => true,
            (NoFunc, b) => b.is_func(),
            (Concrete(_), Func) => true,
            (Concrete(a), Concrete(b)) => is_subtype(a, b),
            (NoExtern, Extern) => true,
            _ => false,
        }
    }
}

impl ValType {
    /// `funcref`.
    pub const FUNCREF: ValType = ValType::Ref(RefType::FUNCREF);
    /// `externref`.
    pub const EXTERNREF: ValType = ValType::Ref(RefType::EXTERNREF);

    /// True for every reference type.
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::Ref(_))
    }

    /// The reference type, if this is one.
    pub fn ref_type(self) -> Option<RefType> {
        match self {
            ValType::Ref(r) => Some(r),
            _ => None,
        }
    }

    /// True for references of the extern hierarchy.
    pub fn is_extern_ref(self) -> bool {
        matches!(self, ValType::Ref(r) if !r.is_func())
    }

    /// The same type with a concrete heap type's index mapped by `f`.
    pub fn map_concrete(self, f: impl FnOnce(u32) -> u32) -> ValType {
        match self {
            ValType::Ref(r) => ValType::Ref(r.map_concrete(f)),
            t => t,
        }
    }

    /// Whether a value of `self` is a value of `other` (subtyping; both
    /// concrete indices in the same space, `is_subtype` as for
    /// [`RefType::matches`]).
    pub fn matches(self, other: ValType, is_subtype: impl Fn(u32, u32) -> bool) -> bool {
        match (self, other) {
            (ValType::Ref(a), ValType::Ref(b)) => a.matches(b, is_subtype),
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for HeapType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapType::Func => f.write_str("func"),
            HeapType::Extern => f.write_str("extern"),
            HeapType::NoFunc => f.write_str("nofunc"),
            HeapType::NoExtern => f.write_str("noextern"),
            HeapType::Concrete(i) => write!(f, "{i}"),
        }
    }
}

impl fmt::Display for RefType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RefType::FUNCREF => f.write_str("funcref"),
            RefType::EXTERNREF => f.write_str("externref"),
            RefType { nullable, heap } => {
                write!(f, "(ref {}{heap})", if nullable { "null " } else { "" })
            }
        }
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValType::I32 => f.write_str("i32"),
            ValType::I64 => f.write_str("i64"),
            ValType::F32 => f.write_str("f32"),
            ValType::F64 => f.write_str("f64"),
            ValType::V128 => f.write_str("v128"),
            ValType::Ref(r) => r.fmt(f),
        }
    }
}

/// A function signature. Two signatures are the same type exactly when they
/// are equal (Wasm 2.0 types are structural).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FuncType {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl FuncType {
    pub fn new(
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> Self {
        FuncType {
            params: params.into_iter().collect(),
            results: results.into_iter().collect(),
        }
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(func")?;
        if !self.params.is_empty() {
            write!(f, " (param")?;
            for p in &self.params {
                write!(f, " {p}")?;
            }
            write!(f, ")")?;
        }
        if !self.results.is_empty() {
            write!(f, " (result")?;
            for r in &self.results {
                write!(f, " {r}")?;
            }
            write!(f, ")")?;
        }
        write!(f, ")")
    }
}

/// A table type: element type and limits, in elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableType {
    pub element: ValType,
    pub minimum: u32,
    pub maximum: Option<u32>,
    /// Indexed by `i64` (memory64's `table64`) instead of `i32`.
    pub table64: bool,
}

/// A memory type: limits in 64 KiB pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemoryType {
    pub minimum: u64,
    pub maximum: Option<u64>,
    pub memory64: bool,
    pub shared: bool,
}

/// A global type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalType {
    pub content: ValType,
    pub mutable: bool,
}
