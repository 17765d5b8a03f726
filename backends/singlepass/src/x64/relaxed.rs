//! Relaxed SIMD's native forms on x86-64 (`RelaxedSimd::Native`): one
//! instruction where the deterministic choice takes several.
//!
//! | operator | form |
//! | --- | --- |
//! | `relaxed_swizzle` | `pshufb` (an index of 16–127 picks lane `i % 16`) |
//! | `relaxed_trunc_f32x4_s`, `…_f64x2_s_zero` | `cvttps2dq`, `cvttpd2dq` (out of range or NaN: `i32::MIN`) |
//! | `relaxed_laneselect` (8, 32, 64-bit lanes; AVX) | `vpblendvb`, `vblendvps`, `vblendvpd` (the mask lane's top bit) |
//! | `relaxed_min`/`max` | `minps`/`maxps`, `minpd`/`maxpd` (the second operand when either is NaN or both are zeros) |
//! | `relaxed_q15mulr_s` | `pmulhrsw` (`i16::MIN` squared stays `i16::MIN`) |
//! | `relaxed_madd`/`nmadd` (FMA: the `X64<3>` level) | `vfmadd213p*`, `vfnmadd213p*` (fused) |
//! | `relaxed_dot_i8x16_i7x16_s`, `…_add_s` | `pmaddubsw` (unsigned 7-bit operand, pairs saturated), then `pmaddwd` by ones and `paddd` |
//!
//! The unsigned truncations and the 16-bit `laneselect` have no faster
//! form, and SSE4.1's `pblendvb` needs its mask in `xmm0`, so those stay
//! deterministic (declined).

use super::emit::{rr, ru, with_const};
use super::{asm, X64};
use crate::machine::{repeat, Shape};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_compiler::decode::RelaxedOp;
use trident_types::CompileError;

impl<const L: u8> X64<L> {
    /// Whether this level uses FMA (the native multiply-adds).
    pub(crate) const fn fma(&self) -> bool {
        L >= 3
    }
}

/// Whether `s` has a native form of `op` (see the module table).
pub(super) fn has_native<const L: u8>(s: &X64<L>, op: RelaxedOp) -> bool {
    match op {
        RelaxedOp::Swizzle
        | RelaxedOp::TruncF32x4 { signed: true }
        | RelaxedOp::TruncF64x2Zero { signed: true }
        | RelaxedOp::Min(_)
        | RelaxedOp::Max(_)
        | RelaxedOp::Q15MulrS
        | RelaxedOp::Dot { .. } => true,
        RelaxedOp::Laneselect(lanes) => s.avx() && lanes != Shape::I16x8,
        RelaxedOp::MulAdd { .. } => s.fma(),
        RelaxedOp::TruncF32x4 { signed: false } | RelaxedOp::TruncF64x2Zero { signed: false } => {
            false
        }
    }
}

/// Emits `op`'s native form on `regs`; returns the result's position.
pub(super) fn native<const L: u8>(
    s: &mut X64<L>,
    op: RelaxedOp,
    regs: &[u8],
) -> Result<usize, CompileError> {
    let reg = |k: usize| {
        regs.get(k).copied().ok_or_else(|| {
            CompileError::codegen(format!("relaxed operator {op:?} without operand {k}"))
        })
    };
    let a = reg(0)?;
    match op {
        RelaxedOp::Swizzle => rr!(s; pshufb/vpshufb, a, reg(1)?),
        RelaxedOp::TruncF32x4 { .. } => ru!(s; cvttps2dq/vcvttps2dq, a, a),
        RelaxedOp::TruncF64x2Zero { .. } => ru!(s; cvttpd2dq/vcvttpd2dq, a, a),
        RelaxedOp::Laneselect(lanes) => {
            // `d = mask ? src2 : src1`: `laneselect(a, b, m)` keeps `a`
            // where the mask lane's top bit is set.
            let (b, m) = (reg(1)?, reg(2)?);
            match lanes {
                Shape::I8x16 => asm!(s; vpblendvb Rx(a), Rx(b), Rx(a), Rx(m)),
                Shape::I32x4 => asm!(s; vblendvps Rx(a), Rx(b), Rx(a), Rx(m)),
                _ => asm!(s; vblendvpd Rx(a), Rx(b), Rx(a), Rx(m)),
            }
        }
        RelaxedOp::Min(Shape::F32x4) => rr!(s; minps/vminps, a, reg(1)?),
        RelaxedOp::Min(_) => rr!(s; minpd/vminpd, a, reg(1)?),
        RelaxedOp::Max(Shape::F32x4) => rr!(s; maxps/vmaxps, a, reg(1)?),
        RelaxedOp::Max(_) => rr!(s; maxpd/vmaxpd, a, reg(1)?),
        RelaxedOp::Q15MulrS => rr!(s; pmulhrsw/vpmulhrsw, a, reg(1)?),
        RelaxedOp::MulAdd { lanes, negate } => {
            // `a = a * b + c` (`-(a * b) + c`), rounded once.
            let (b, c) = (reg(1)?, reg(2)?);
            let bytes = fma213(negate, lanes == Shape::F64x2, a, b, c);
            asm!(s; .bytes bytes.iter().copied());
        }
        RelaxedOp::Dot { add } => {
            // `pmaddubsw b, a`: `b`'s bytes unsigned (the 7-bit operand),
            // `a`'s signed; the result is in `b`.
            let b = reg(1)?;
            rr!(s; pmaddubsw/vpmaddubsw, b, a);
            if add {
                with_const!(s; pmaddwd/vpmaddwd, b, repeat(1, 2));
                rr!(s; paddd/vpaddd, b, reg(2)?);
            }
            return Ok(1);
        }
    }
    Ok(0)
}

/// `vfmadd213p{s,d} d, v, r` (`vfnmadd213…` when `negate`), encoded by
/// hand: dynasm 5.1 encodes the `pd` forms without VEX.W, as the `ps`
/// ones (`tests::native_forms_encode_as_the_manual_says`). Three-byte
/// VEX, map 0F38, prefix 66, 128-bit; `d = v * d + r` (`-(v * d) + r`).
fn fma213(negate: bool, double: bool, d: u8, v: u8, r: u8) -> [u8; 5] {
    let inv = |bit: u8| (!bit) & 1;
    let byte1 = (inv(d >> 3) << 7) | (1 << 6) | (inv(r >> 3) << 5) | 0b00010;
    let byte2 = (u8::from(double) << 7) | ((!v & 0xf) << 3) | 0b01;
    let opcode = if negate { 0xac } else { 0xa8 };
    [0xc4, byte1, byte2, opcode, 0xc0 | ((d & 7) << 3) | (r & 7)]
}

#[cfg(test)]
mod tests {
    use super::super::X64Avx2Fma;
    use super::*;
    use crate::machine::Masm;

    /// The VEX encodings of the native forms whose operand order or
    /// VEX.W bit matters, against the manual's.
    #[test]
    fn native_forms_encode_as_the_manual_says() {
        // The bytes GNU as assembles these to.
        assert_eq!(
            fma213(false, false, 0, 1, 2),
            [0xc4, 0xe2, 0x71, 0xa8, 0xc2]
        );
        assert_eq!(fma213(false, true, 0, 1, 2), [0xc4, 0xe2, 0xf1, 0xa8, 0xc2]);
        // vfnmadd213pd xmm9, xmm14, xmm3 and vfmadd213ps xmm2, xmm0, xmm12.
        assert_eq!(fma213(true, true, 9, 14, 3), [0xc4, 0x62, 0x89, 0xac, 0xcb]);
        assert_eq!(
            fma213(false, false, 2, 0, 12),
            [0xc4, 0xc2, 0x79, 0xa8, 0xd4]
        );
        // Where dynasm is right, it agrees with the hand encoding.
        let mut s = X64Avx2Fma::new();
        asm!(s; vfmadd213ps xmm2, xmm0, xmm12);
        asm!(s; vpblendvb xmm0, xmm1, xmm2, xmm3);
        let code = s.ops.finalize().expect("assembles");
        assert_eq!(
            code,
            [
                0xc4, 0xc2, 0x79, 0xa8, 0xd4, // vfmadd213ps xmm2, xmm0, xmm12
                0xc4, 0xe3, 0x71, 0x4c, 0xc2, 0x30, // vpblendvb xmm0, xmm1, xmm2, xmm3
            ]
        );
    }
}
