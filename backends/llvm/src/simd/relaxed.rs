//! Relaxed SIMD's host-native forms (`RelaxedSimd::Native`): x86-64's
//! SSE/SSSE3/SSE4.1 intrinsics for the operators whose deterministic
//! choice takes several instructions there, and a fused multiply-add
//! (constrained `fma`: these functions are `strictfp`) where the target
//! has one (x86-64 with FMA, every AArch64).
//!
//! | operator | x86-64 | AArch64 |
//! | --- | --- | --- |
//! | `relaxed_swizzle` | `pshufb` | deterministic (`tbl`) |
//! | `relaxed_trunc_…_s` | `cvttps2dq`, `cvttpd2dq` | deterministic (`fcvtzs`) |
//! | `relaxed_trunc_…_u` | deterministic | deterministic |
//! | `relaxed_laneselect` (8, 32, 64-bit lanes) | `pblendvb`, `blendvps`, `blendvpd` | deterministic (`bsl`) |
//! | `relaxed_min`/`max` | `minps`/`maxps`, `minpd`/`maxpd` | deterministic (`fmin`/`fmax`) |
//! | `relaxed_q15mulr_s` | `pmulhrsw` | deterministic (`sqrdmulh`) |
//! | `relaxed_madd`/`nmadd` | `fma` (with FMA) | `fma` (`fmla`/`fmls`) |
//! | `relaxed_dot…` | `pmaddubsw` (+ `pmaddwd`, add) | deterministic |

use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, VectorValue};
pub(crate) use trident_compiler::decode::RelaxedTarget;
use trident_compiler::decode::{RelaxedOp, SimdEmitter};
use trident_compiler::operators::{Shape, VecUnOp};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Calls non-overloaded target intrinsic `name` on `args`.
    fn x86(&self, name: &str, args: &[VectorValue<'ctx>]) -> Result<VectorValue<'ctx>> {
        let args: Vec<BasicMetadataValueEnum<'ctx>> = args.iter().map(|a| (*a).into()).collect();
        match self.call_intrinsic(name, &[], &args)? {
            BasicValueEnum::VectorValue(v) => Ok(v),
            _ => Err(self.bug("a vector intrinsic without a vector result")),
        }
    }

    /// `op`'s native form, if the target has one (see the module table).
    pub(crate) fn relaxed_native_form(&mut self, op: RelaxedOp) -> Result<bool> {
        let Some(target) = self.env.relaxed_native else {
            return Ok(false);
        };
        let (x86, fma) = (target.is_x86(), target.has_fma());
        let result = match op {
            RelaxedOp::Swizzle if x86 => {
                let (a, s) = self.pop2_vec(Shape::I8x16)?;
                self.x86("llvm.x86.ssse3.pshuf.b.128", &[a, s])?
            }
            RelaxedOp::TruncF32x4 { signed: true } if x86 => {
                let a = self.pop_vec(Shape::F32x4)?;
                self.x86("llvm.x86.sse2.cvttps2dq", &[a])?
            }
            RelaxedOp::TruncF64x2Zero { signed: true } if x86 => {
                let a = self.pop_vec(Shape::F64x2)?;
                self.x86("llvm.x86.sse2.cvttpd2dq", &[a])?
            }
            RelaxedOp::Laneselect(lanes @ (Shape::I8x16 | Shape::I32x4 | Shape::I64x2)) if x86 => {
                // `blendv*(x, y, m)` takes `y` where `m`'s lane has its
                // top bit set: `laneselect(a, b, m)` is `blendv(b, a, m)`.
                let (shape, name) = match lanes {
                    Shape::I8x16 => (Shape::I8x16, "llvm.x86.sse41.pblendvb"),
                    Shape::I32x4 => (Shape::F32x4, "llvm.x86.sse41.blendvps"),
                    _ => (Shape::F64x2, "llvm.x86.sse41.blendvpd"),
                };
                let m = self.pop_vec(shape)?;
                let (a, b) = self.pop2_vec(shape)?;
                self.x86(name, &[b, a, m])?
            }
            RelaxedOp::Min(lanes) | RelaxedOp::Max(lanes) if x86 => {
                let min = matches!(op, RelaxedOp::Min(_));
                let name = match (lanes == Shape::F32x4, min) {
                    (true, true) => "llvm.x86.sse.min.ps",
                    (true, false) => "llvm.x86.sse.max.ps",
                    (false, true) => "llvm.x86.sse2.min.pd",
                    (false, false) => "llvm.x86.sse2.max.pd",
                };
                let (a, b) = self.pop2_vec(lanes)?;
                self.x86(name, &[a, b])?
            }
            RelaxedOp::Q15MulrS if x86 => {
                let (a, b) = self.pop2_vec(Shape::I16x8)?;
                self.x86("llvm.x86.ssse3.pmul.hr.sw.128", &[a, b])?
            }
            RelaxedOp::MulAdd { lanes, negate } if fma => {
                let c = self.pop_vec(lanes)?;
                let (a, b) = self.pop2_vec(lanes)?;
                let a = if negate {
                    self.b.build_float_neg(a, "").ir()?
                } else {
                    a
                };
                let ty = self.shape_type(lanes);
                let fused =
                    self.constrained("fma", &[ty.into()], &[a.into(), b.into(), c.into()], true)?;
                match fused {
                    BasicValueEnum::VectorValue(v) => v,
                    _ => return Err(self.bug("fma without a vector result")),
                }
            }
            RelaxedOp::Dot { add } if x86 => {
                let c = if add { Some(self.pop()?) } else { None };
                let (a, b) = self.pop2_vec(Shape::I8x16)?;
                // Unsigned bytes of `b` (the 7-bit operand) times signed
                // ones of `a`, pairs summed with saturation.
                let pairs = self.x86("llvm.x86.ssse3.pmadd.ub.sw.128", &[b, a])?;
                self.push_vec(pairs)?;
                if let Some(c) = c {
                    self.v128_unary(VecUnOp::ExtAddPairwiseS, Shape::I32x4)?;
                    self.push(c);
                    self.v128_binary(trident_compiler::operators::VecBinOp::Add, Shape::I32x4)?;
                }
                return Ok(true);
            }
            _ => return Ok(false),
        };
        self.push_vec(result)?;
        Ok(true)
    }
}
