//! AArch64 SIMD float lane arithmetic, comparisons and conversions
//! (ARMv8.0 NEON), which match Wasm's semantics directly:
//!
//! * `fmin`/`fmax` return a NaN when either lane is NaN and order -0
//!   below +0, exactly Wasm's `min`/`max`; `pmin`/`pmax` select one
//!   operand bit for bit with a `fcmgt` mask and `bit`;
//! * comparisons (`fcmeq`, `fcmgt`, `fcmge`, the "less" forms with swapped
//!   operands) are false on NaN; `ne` is the inverted `fcmeq`, true on NaN;
//! * `frintp`/`frintm`/`frintz`/`frintn` are ceil/floor/trunc/nearest;
//! * `fcvtzs`/`fcvtzu` saturate and give 0 for NaN (`trunc_sat`); the
//!   f64x2 → i32x4 forms narrow the 64-bit results with saturation
//!   (`sqxtn`/`uqxtn`), which also zeroes the upper lanes;
//! * `scvtf`/`ucvtf` are exact-rounding conversions; the f64x2 forms
//!   extend the low two i32 lanes first (`sxtl`/`uxtl`, exact);
//! * `fcvtn`/`fcvtl` are demote (upper lanes zeroed) and promote.
//!
//! Temporaries: v30, v31 and x16.

use super::simd::{bad_shape, lanes2, lanes3, repeat, vconst, V30};
use super::{asm, simd_int, Aarch64};
use crate::machine::{FloatCond, Shape, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::CompileError;

/// `$ins V(d).T, V(a).T, V(b).T` for f32x4 or f64x2.
macro_rules! fvvv {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, $a:expr, $b:expr) => {
        lanes3!($s, $lanes, $ins, $d, $a, $b, [F32x4 S4, F64x2 D2])
    };
}

/// `$ins V(d).T, V(d).T` for f32x4 or f64x2.
macro_rules! fvv {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr) => {
        lanes2!($s, $lanes, $ins, $d, [F32x4 S4, F64x2 D2])
    };
}

pub(super) fn binop<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecBinOp,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use VecBinOp as B;
    match op {
        B::Add => fvvv!(s, lanes, fadd, d, d, r),
        B::Sub => fvvv!(s, lanes, fsub, d, d, r),
        B::Mul => fvvv!(s, lanes, fmul, d, d, r),
        B::Div => fvvv!(s, lanes, fdiv, d, d, r),
        B::Min => fvvv!(s, lanes, fmin, d, d, r),
        B::Max => fvvv!(s, lanes, fmax, d, d, r),
        B::PMin | B::PMax => {
            // pmin: `r < d ? r : d`; pmax: `d < r ? r : d`. The mask is
            // false on NaN, which keeps `d` as Wasm wants.
            if op == B::PMin {
                fvvv!(s, lanes, fcmgt, 31, d, r);
            } else {
                fvvv!(s, lanes, fcmgt, 31, r, d);
            }
            asm!(s; bit V(d).B16, V(r).B16, v31.B16);
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// Relaxed SIMD's native multiply-add (`RelaxedSimd::Native`): `c += a *
/// b` (`fmla`), or `c -= a * b` (`fmls`) for `nmadd`, rounded once. The
/// other relaxed operators' deterministic forms are already one NEON
/// instruction each (`tbl`, `fcvtzs`, `bsl`, `fmin`/`fmax`,
/// `sqrdmulh`), or close (the dot products), so they have no other form.
pub(super) fn fused_mul_add<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Shape,
    negate: bool,
    a: u8,
    b: u8,
    c: u8,
) -> Result<(), CompileError> {
    if negate {
        fvvv!(s, lanes, fmls, c, a, b);
    } else {
        fvvv!(s, lanes, fmla, c, a, b);
    }
    Ok(())
}

pub(super) fn cmp<const F: bool>(
    s: &mut Aarch64<F>,
    cond: FloatCond,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    match cond {
        FloatCond::Eq | FloatCond::Ne => fvvv!(s, lanes, fcmeq, d, d, r),
        FloatCond::Gt => fvvv!(s, lanes, fcmgt, d, d, r),
        FloatCond::Ge => fvvv!(s, lanes, fcmge, d, d, r),
        FloatCond::Lt => fvvv!(s, lanes, fcmgt, d, r, d),
        FloatCond::Le => fvvv!(s, lanes, fcmge, d, r, d),
    }
    if cond == FloatCond::Ne {
        asm!(s; not V(d).B16, V(d).B16);
    }
    Ok(())
}

pub(super) fn unop<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecUnOp,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    use Shape::*;
    use VecUnOp as U;
    let float = lanes.is_float();
    match (op, lanes) {
        (U::Abs, _) if float => fvv!(s, lanes, fabs, d),
        (U::Neg, _) if float => fvv!(s, lanes, fneg, d),
        (U::Sqrt, _) if float => fvv!(s, lanes, fsqrt, d),
        (U::Ceil, _) if float => fvv!(s, lanes, frintp, d),
        (U::Floor, _) if float => fvv!(s, lanes, frintm, d),
        (U::Trunc, _) if float => fvv!(s, lanes, frintz, d),
        (U::Nearest, _) if float => fvv!(s, lanes, frintn, d),
        (U::ConvertS, F32x4) => asm!(s; scvtf V(d).S4, V(d).S4),
        (U::ConvertU, F32x4) => asm!(s; ucvtf V(d).S4, V(d).S4),
        (U::ConvertS, F64x2) => asm!(s
            ; sxtl V(d).D2, V(d).S2
            ; scvtf V(d).D2, V(d).D2
        ),
        (U::ConvertU, F64x2) => asm!(s
            ; uxtl V(d).D2, V(d).S2
            ; ucvtf V(d).D2, V(d).D2
        ),
        (U::TruncSatS, I32x4) => asm!(s; fcvtzs V(d).S4, V(d).S4),
        (U::TruncSatU, I32x4) => asm!(s; fcvtzu V(d).S4, V(d).S4),
        (U::TruncSatZeroS, I32x4) => asm!(s
            ; fcvtzs V(d).D2, V(d).D2
            ; sqxtn V(d).S2, V(d).D2
        ),
        (U::TruncSatZeroU, I32x4) => asm!(s
            ; fcvtzu V(d).D2, V(d).D2
            ; uqxtn V(d).S2, V(d).D2
        ),
        (U::Demote, F32x4) => asm!(s; fcvtn V(d).S2, V(d).D2),
        (U::Promote, F64x2) => asm!(s; fcvtl V(d).D2, V(d).S2),
        _ if !float => return simd_int::unop(s, op, lanes, d),
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

pub(super) fn canonicalize_nan<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    // v31: all ones in the lanes that are not NaN (a NaN is unequal to
    // itself); the other lanes take the canonical NaN from v30.
    let nan = match lanes {
        Shape::F32x4 => repeat(0x7fc0_0000, 4),
        Shape::F64x2 => repeat(0x7ff8_0000_0000_0000, 8),
        _ => return Err(bad_shape("NaN canonicalization", lanes)),
    };
    fvvv!(s, lanes, fcmeq, 31, d, d);
    vconst(s, V30, nan);
    asm!(s; bif V(d).B16, v30.B16, v31.B16);
    Ok(())
}
