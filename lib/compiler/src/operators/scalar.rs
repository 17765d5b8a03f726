//! What the scalar numeric operators and memory accesses do, as values
//! every back end matches on: `i32.add` and `i64.add` are both
//! [`IntOp::Add`] (the width is the operands' validated type),
//! `i32.trunc_f64_s` is a [`TruncKind`], `i64.load8_s` a [`MemAccess`].
//! `crate::decode` maps the operators to these once; singlepass's machine
//! interface (`Masm`) takes them as they are.

use trident_types::ValType;

/// The width of an integer or float operand: 32 or 64 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Size {
    S32,
    S64,
}

/// Integer binary operators that cannot trap. Shift and rotate counts are
/// taken modulo the width, as Wasm defines them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
}

/// Integer division and remainder: they trap on a zero divisor, and
/// `DivS` on the minimum divided by −1 (`RemS` of those gives 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DivOp {
    DivS,
    DivU,
    RemS,
    RemU,
}

/// Integer unary operators (`clz`/`ctz` of zero are the width).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntUnOp {
    Clz,
    Ctz,
    Popcnt,
}

/// Integer comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntCond {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
}

/// Float binary operators. `Min`/`Max` have Wasm semantics (a NaN if
/// either operand is one, −0 < +0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    Copysign,
}

/// Float unary operators (`Nearest` rounds half to even).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatUnOp {
    Abs,
    Neg,
    Sqrt,
    Ceil,
    Floor,
    Trunc,
    Nearest,
}

/// Float comparisons with Wasm semantics: false on NaN, except `Ne`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatCond {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

/// A float-to-integer conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TruncKind {
    /// The float's width.
    pub src: Size,
    /// The integer's width.
    pub dst: Size,
    pub signed: bool,
    /// Saturating (`trunc_sat`) rather than trapping.
    pub saturating: bool,
}

/// A scalar memory access: `bytes` bytes in memory for a value of type
/// `ty`. A narrower integer is sign- (`signed`) or zero-extended when
/// loaded and truncated when stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemAccess {
    pub ty: ValType,
    pub bytes: u8,
    pub signed: bool,
}

impl MemAccess {
    /// Whether fewer bytes are accessed than `ty` has.
    #[inline]
    pub fn is_narrow(self) -> bool {
        let full = match self.ty {
            ValType::I64 | ValType::F64 => 8,
            _ => 4,
        };
        self.bytes < full
    }
}
