//! What the SIMD operators do, as values every back end matches on:
//! `i16x8.add` is ([`VecBinOp::Add`], `Shape::I16x8`), `f32x4.add`
//! ([`VecBinOp::Add`], `Shape::F32x4`). `crate::decode` maps the operators
//! to these once (with the [`Shape`] conventions below); singlepass's
//! machine interface (`Masm`) takes them as they are.

use super::Shape;

/// Lane-wise binary vector operations. The [`Shape`] that goes with them
/// is the shape of the *result* (for narrowing, widening multiplies and
/// dot products too); the bitwise ones (`And`, `Or`, `Xor`, `AndNot`)
/// come with `I8x16` and do not depend on it. Float `Min`/`Max` have Wasm
/// semantics (NaN if either is NaN, −0 < +0); `PMin`/`PMax` are the
/// "pseudo" `b < a ? b : a` / `a < b ? b : a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VecBinOp {
    Add,
    Sub,
    Mul,
    Div,
    AddSatS,
    AddSatU,
    SubSatS,
    SubSatU,
    MinS,
    MinU,
    MaxS,
    MaxU,
    AvgrU,
    Q15MulrSatS,
    /// Both operands' lanes narrowed with signed / unsigned saturation:
    /// the first operand's lanes first.
    NarrowS,
    NarrowU,
    /// i32x4.dot_i16x8_s.
    Dot,
    ExtMulLowS,
    ExtMulLowU,
    ExtMulHighS,
    ExtMulHighU,
    /// i8x16.swizzle: `a[b[i]]`, 0 for indices past 15.
    Swizzle,
    Min,
    Max,
    PMin,
    PMax,
    And,
    Or,
    Xor,
    /// `a & !b`.
    AndNot,
}

/// Lane-wise unary vector operations. The [`Shape`] that goes with them
/// is the shape of the result (e.g. `I16x8` for extending `i8x16` lanes,
/// `F32x4` for converting `i32x4`); `Not` comes with `I8x16`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VecUnOp {
    Not,
    Abs,
    Neg,
    Popcnt,
    Sqrt,
    Ceil,
    Floor,
    Trunc,
    Nearest,
    ExtendLowS,
    ExtendLowU,
    ExtendHighS,
    ExtendHighU,
    ExtAddPairwiseS,
    ExtAddPairwiseU,
    /// Integer lanes to float lanes (`F32x4`: all four i32 lanes; `F64x2`:
    /// the low two).
    ConvertS,
    ConvertU,
    /// Saturating float to i32 lanes (`I32x4` from f32x4); `…Zero` from
    /// f64x2 with the upper two lanes zeroed.
    TruncSatS,
    TruncSatU,
    TruncSatZeroS,
    TruncSatZeroU,
    /// f64x2 to f32x4, upper lanes zero.
    Demote,
    /// The low two f32 lanes to f64x2.
    Promote,
}

/// Reductions of a vector to an i32 (`AnyTrue` comes with `I8x16` and
/// does not depend on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VecReduce {
    AnyTrue,
    AllTrue,
    Bitmask,
}

/// How a `v128.load…` operator fills the vector. `lanes` is the integer
/// shape of the lanes read from memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VecLoad {
    /// `v128.load`: all 16 bytes.
    Full,
    /// `v128.load8x8_s` …: 8 bytes of `lanes`-wide lanes (`I8x16`,
    /// `I16x8`, `I32x4`), each extended to twice its width.
    Extend { lanes: Shape, signed: bool },
    /// `v128.loadN_splat`: one lane, copied into every lane.
    Splat { lanes: Shape },
    /// `v128.load32_zero`, `v128.load64_zero`: one lane (`I32x4`,
    /// `I64x2`) into lane 0, the other lanes zero.
    Zero { lanes: Shape },
}

impl VecLoad {
    /// The bytes the load reads from memory.
    #[inline]
    pub fn bytes(self) -> u32 {
        match self {
            VecLoad::Full => 16,
            VecLoad::Extend { .. } => 8,
            VecLoad::Splat { lanes } | VecLoad::Zero { lanes } => u32::from(lanes.lane_bytes()),
        }
    }
}
