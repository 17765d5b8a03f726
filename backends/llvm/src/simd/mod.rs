//! Wasm 2.0 SIMD (fixed-width `v128`) operators, as LLVM vector IR.
//!
//! Representation: every `v128` on the operand stack, in a local, a
//! global, a parameter or a result is an LLVM `<2 x i64>` (the canonical
//! type, so block parameters and `phi`s agree). An operator bitcasts its
//! operands to the lane shape it works on (`<16 x i8>`, `<8 x i16>`,
//! `<4 x i32>`, `<2 x i64>`, `<4 x float>`, `<2 x double>`) and its result
//! back; bitcasts between vectors of equal size are free.
//!
//! Only target-independent IR and generic intrinsics (`llvm.smin`,
//! `llvm.sadd.sat`, `llvm.fptosi.sat`, constrained float operations, …)
//! are used, so the code needs no more CPU features than the target has
//! (SSE4.1 on x86-64, NEON on AArch64): LLVM legalizes what the target
//! lacks. The operators arrive decoded (`trident_compiler::decode::simd`);
//! the [`SimdEmitter`] impl below maps each to the helpers of the category
//! files, where the Wasm semantics that differ from the hardware (NaN
//! results, saturation, out-of-range swizzle indices, ±0 in `min`/`max`)
//! are spelled out:
//!
//! * `memory`: loads and stores, including lane, splat, zero and extend
//!   forms, with the same bounds-check rules as scalar accesses;
//! * `lanes`: constants, splat, extract/replace lane, shuffle, swizzle;
//! * `integer`: integer and bitwise arithmetic, comparisons, bitmask,
//!   `any_true`/`all_true`, dot, extadd/extmul, q15mulr;
//! * `float`: float arithmetic, `min`/`max`/`pmin`/`pmax`, rounding,
//!   comparisons, NaN canonicalization of vector results;
//! * `convert`: conversions, extension and narrowing between shapes.

mod convert;
mod float;
mod integer;
mod lanes;
mod memory;
mod relaxed;

pub(crate) use relaxed::RelaxedTarget;

use crate::error::{IrResult, Result};
use crate::numeric::{float_predicate, int_predicate};
use crate::translator::FuncTranslator;
use inkwell::types::VectorType;
use inkwell::values::{BasicValue, BasicValueEnum, IntValue, VectorValue};
use integer::Bin;
use trident_compiler::decode::{SimdEmitter, DEINTERLEAVE};
use trident_compiler::operators::{
    FloatCond, IntCond, IntOp, VecBinOp, VecLoad, VecReduce, VecUnOp,
};
use trident_compiler::wasmparser::MemArg;

/// A lane interpretation of a `v128` (shared with the other back ends).
pub(crate) use trident_compiler::operators::Shape;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// The canonical LLVM type of `v128` values.
    pub(crate) fn v128_type(&self) -> VectorType<'ctx> {
        self.ir.i64.vec_type(2)
    }

    /// The LLVM vector type of `shape`.
    pub(crate) fn shape_type(&self, shape: Shape) -> VectorType<'ctx> {
        let c = self.ir.context;
        match shape {
            Shape::I8x16 => self.ir.i8.vec_type(16),
            Shape::I16x8 => c.i16_type().vec_type(8),
            Shape::I32x4 => self.ir.i32.vec_type(4),
            Shape::I64x2 => self.ir.i64.vec_type(2),
            Shape::F32x4 => self.ir.f32.vec_type(4),
            Shape::F64x2 => self.ir.f64.vec_type(2),
        }
    }

    /// Reinterprets `v` (any 128-bit vector) as `shape`.
    pub(crate) fn as_shape(&self, v: VectorValue<'ctx>, shape: Shape) -> Result<VectorValue<'ctx>> {
        let ty = self.shape_type(shape);
        if v.get_type() == ty {
            return Ok(v);
        }
        Ok(self.b.build_bit_cast(v, ty, "").ir()?.into_vector_value())
    }

    /// Pops a `v128` viewed as `shape`.
    pub(crate) fn pop_vec(&mut self, shape: Shape) -> Result<VectorValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::VectorValue(v) => self.as_shape(v, shape),
            _ => Err(self.bug("expected a v128 operand")),
        }
    }

    /// Pops two `v128`s viewed as `shape`; the second was on top.
    pub(crate) fn pop2_vec(
        &mut self,
        shape: Shape,
    ) -> Result<(VectorValue<'ctx>, VectorValue<'ctx>)> {
        let b = self.pop_vec(shape)?;
        let a = self.pop_vec(shape)?;
        Ok((a, b))
    }

    /// Pushes a 128-bit vector in the canonical representation.
    pub(crate) fn push_vec(&mut self, v: VectorValue<'ctx>) -> Result<()> {
        let ty = self.v128_type();
        let v = if v.get_type() == ty {
            v
        } else {
            self.b.build_bit_cast(v, ty, "").ir()?.into_vector_value()
        };
        self.push(v);
        Ok(())
    }

    /// The integer type of `bits` bits (a lane width, twice one, or the
    /// lane count of a comparison mask).
    pub(crate) fn int_type(&self, bits: u32) -> Result<inkwell::types::IntType<'ctx>> {
        std::num::NonZeroU32::new(bits)
            .and_then(|n| self.ir.context.custom_width_int_type(n).ok())
            .ok_or_else(|| self.bug(&format!("no {bits}-bit integer type")))
    }

    /// An `i32` lane index.
    pub(crate) fn lane_index(&self, lane: u32) -> IntValue<'ctx> {
        self.ir.i32.const_int(u64::from(lane), false)
    }

    /// `shufflevector a, b, indices` (indices into the concatenation).
    pub(crate) fn shuffle(
        &self,
        a: VectorValue<'ctx>,
        b: VectorValue<'ctx>,
        indices: &[u32],
    ) -> Result<VectorValue<'ctx>> {
        let mask: Vec<IntValue<'ctx>> = indices.iter().map(|i| self.lane_index(*i)).collect();
        let mask = VectorType::const_vector(&mask);
        self.b.build_shuffle_vector(a, b, mask, "").ir()
    }

    /// Lanes `start..start + n` of `v`.
    pub(crate) fn sub_vector(
        &self,
        v: VectorValue<'ctx>,
        start: u32,
        n: u32,
    ) -> Result<VectorValue<'ctx>> {
        let idx: Vec<u32> = (start..start + n).collect();
        self.shuffle(v, v, &idx)
    }

    /// A vector of `lanes` copies of scalar `x`.
    pub(crate) fn splat_value(
        &self,
        x: BasicValueEnum<'ctx>,
        lanes: u32,
    ) -> Result<VectorValue<'ctx>> {
        let ty = match x {
            BasicValueEnum::IntValue(i) => i.get_type().vec_type(lanes),
            BasicValueEnum::FloatValue(f) => f.get_type().vec_type(lanes),
            _ => return Err(self.bug("splat of a non-scalar")),
        };
        let poison = ty.get_poison();
        let one = self
            .b
            .build_insert_element(poison, x, self.lane_index(0), "")
            .ir()?;
        self.shuffle(one, poison, &vec![0; lanes as usize])
    }

    /// A constant integer vector of `shape` (an integer shape) with every
    /// lane `value`.
    pub(crate) fn const_splat(&self, shape: Shape, value: u64) -> VectorValue<'ctx> {
        let lane = self
            .shape_type(shape.as_int())
            .get_element_type()
            .into_int_type();
        let c = lane.const_int(value, false);
        VectorType::const_vector(&vec![c; shape.lanes() as usize])
    }

    /// `lanes` with lanes half as wide: the operands of `extend`,
    /// `extmul` and `extadd` whose result is `lanes`.
    fn half_lanes(&self, lanes: Shape) -> Result<Shape> {
        lanes
            .narrowed()
            .ok_or_else(|| self.bug(&format!("{lanes:?} has no narrower lanes")))
    }

    /// `lanes` with lanes twice as wide: the operands of `narrow` whose
    /// result is `lanes`, the result of an extending load of `lanes`.
    fn double_lanes(&self, lanes: Shape) -> Result<Shape> {
        lanes
            .widened()
            .ok_or_else(|| self.bug(&format!("{lanes:?} has no wider lanes")))
    }
}

/// Each decoded operation as a call of the category helpers (`memory`,
/// `lanes`, `integer`, `float`, `convert`), with the shape they take:
/// the source shape for widening and narrowing (the decoder gives the
/// result's), `<2 x i64>` for the bitwise operators.
impl<'a, 'ctx> SimdEmitter for FuncTranslator<'a, 'ctx> {
    fn v128_load(&mut self, memarg: &MemArg, kind: VecLoad) -> Result<()> {
        match kind {
            VecLoad::Full => {
                let ty = self.v128_type();
                let v = self.simd_load(memarg, ty.into(), 16)?;
                self.push(v.as_basic_value_enum());
                Ok(())
            }
            VecLoad::Extend { lanes, signed } => {
                self.load_extend(memarg, lanes, self.double_lanes(lanes)?, signed)
            }
            VecLoad::Splat { lanes } => self.load_splat(memarg, lanes),
            VecLoad::Zero { lanes } => self.load_zero(memarg, lanes),
        }
    }

    fn v128_store(&mut self, memarg: &MemArg) -> Result<()> {
        let v = self.pop_vec(Shape::I64x2)?;
        self.simd_store(memarg, v.into(), 16)
    }

    fn v128_load_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        self.load_lane(memarg, lanes, lane)
    }

    fn v128_store_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        self.store_lane(memarg, lanes, lane)
    }

    /// Two `i64` lanes from the little-endian bytes.
    fn v128_const(&mut self, bytes: [u8; 16]) -> Result<()> {
        let mut lo = [0u8; 8];
        let mut hi = [0u8; 8];
        lo.copy_from_slice(&bytes[..8]);
        hi.copy_from_slice(&bytes[8..]);
        let lanes: [IntValue<'ctx>; 2] = [
            self.ir.i64.const_int(u64::from_le_bytes(lo), false),
            self.ir.i64.const_int(u64::from_le_bytes(hi), false),
        ];
        let v = VectorType::const_vector(&lanes);
        self.push_vec(v)
    }

    fn v128_shuffle(&mut self, lanes: [u8; 16]) -> Result<()> {
        let (a, b) = self.pop2_vec(Shape::I8x16)?;
        let idx: Vec<u32> = lanes.iter().map(|l| u32::from(*l)).collect();
        let v = self.shuffle(a, b, &idx)?;
        self.push_vec(v)
    }

    fn v128_splat(&mut self, lanes: Shape) -> Result<()> {
        self.splat(lanes)
    }

    fn v128_extract_lane(&mut self, lanes: Shape, lane: u8, signed: bool) -> Result<()> {
        self.extract_lane(lanes, lane, signed)
    }

    fn v128_replace_lane(&mut self, lanes: Shape, lane: u8) -> Result<()> {
        self.replace_lane(lanes, lane)
    }

    fn v128_bitselect(&mut self) -> Result<()> {
        self.bitselect()
    }

    fn v128_reduce(&mut self, op: VecReduce, lanes: Shape) -> Result<()> {
        match op {
            VecReduce::AnyTrue => self.any_true(),
            VecReduce::AllTrue => self.all_true(lanes),
            VecReduce::Bitmask => self.bitmask(lanes),
        }
    }

    fn v128_shift(&mut self, op: IntOp, lanes: Shape) -> Result<()> {
        self.shift(lanes, op)
    }

    fn v128_binary(&mut self, op: VecBinOp, lanes: Shape) -> Result<()> {
        use Shape::I64x2;
        use VecBinOp as B;
        let float = lanes.is_float();
        match op {
            B::Add if float => self.fbin_constrained(lanes, "fadd"),
            B::Sub if float => self.fbin_constrained(lanes, "fsub"),
            B::Mul if float => self.fbin_constrained(lanes, "fmul"),
            B::Div => self.fbin_constrained(lanes, "fdiv"),
            B::Min => self.vmin_max(lanes, false),
            B::Max => self.vmin_max(lanes, true),
            B::PMin => self.pmin_max(lanes, false),
            B::PMax => self.pmin_max(lanes, true),
            B::Add => self.vbin(lanes, Bin::Add),
            B::Sub => self.vbin(lanes, Bin::Sub),
            B::Mul => self.vbin(lanes, Bin::Mul),
            B::AddSatS => self.vbin(lanes, Bin::Intrinsic("llvm.sadd.sat")),
            B::AddSatU => self.vbin(lanes, Bin::Intrinsic("llvm.uadd.sat")),
            B::SubSatS => self.vbin(lanes, Bin::Intrinsic("llvm.ssub.sat")),
            B::SubSatU => self.vbin(lanes, Bin::Intrinsic("llvm.usub.sat")),
            B::MinS => self.vbin(lanes, Bin::Intrinsic("llvm.smin")),
            B::MinU => self.vbin(lanes, Bin::Intrinsic("llvm.umin")),
            B::MaxS => self.vbin(lanes, Bin::Intrinsic("llvm.smax")),
            B::MaxU => self.vbin(lanes, Bin::Intrinsic("llvm.umax")),
            B::AvgrU => self.avgr_u(lanes),
            B::Q15MulrSatS => self.q15mulr_sat(),
            B::NarrowS => self.narrow(self.double_lanes(lanes)?, lanes, true),
            B::NarrowU => self.narrow(self.double_lanes(lanes)?, lanes, false),
            B::Dot => self.dot(),
            B::ExtMulLowS => self.extmul(self.half_lanes(lanes)?, false, true),
            B::ExtMulHighS => self.extmul(self.half_lanes(lanes)?, true, true),
            B::ExtMulLowU => self.extmul(self.half_lanes(lanes)?, false, false),
            B::ExtMulHighU => self.extmul(self.half_lanes(lanes)?, true, false),
            B::Swizzle => self.swizzle(),
            B::And => self.vbin(I64x2, Bin::And),
            B::Or => self.vbin(I64x2, Bin::Or),
            B::Xor => self.vbin(I64x2, Bin::Xor),
            B::AndNot => self.vbin(I64x2, Bin::AndNot),
        }
    }

    fn v128_unary(&mut self, op: VecUnOp, lanes: Shape) -> Result<()> {
        use Shape::{F32x4, F64x2, I32x4, I64x2};
        use VecUnOp as U;
        let float = lanes.is_float();
        match op {
            U::Not => {
                let v = self.pop_vec(I64x2)?;
                let r = self.b.build_not(v, "").ir()?;
                self.push_vec(r)
            }
            U::Abs if float => self.sign_op(lanes, false),
            U::Neg if float => self.sign_op(lanes, true),
            U::Abs => self.unary_intrinsic(lanes, "llvm.abs", true),
            U::Neg => self.neg(lanes),
            U::Popcnt => self.unary_intrinsic(lanes, "llvm.ctpop", false),
            U::Sqrt => self.funary(lanes, "sqrt"),
            U::Ceil => self.funary(lanes, "llvm.ceil"),
            U::Floor => self.funary(lanes, "llvm.floor"),
            U::Trunc => self.funary(lanes, "llvm.trunc"),
            U::Nearest => self.funary(lanes, "llvm.roundeven"),
            U::ExtendLowS => self.extend_half(self.half_lanes(lanes)?, lanes, false, true),
            U::ExtendHighS => self.extend_half(self.half_lanes(lanes)?, lanes, true, true),
            U::ExtendLowU => self.extend_half(self.half_lanes(lanes)?, lanes, false, false),
            U::ExtendHighU => self.extend_half(self.half_lanes(lanes)?, lanes, true, false),
            U::ExtAddPairwiseS => self.extadd_pairwise(self.half_lanes(lanes)?, true),
            U::ExtAddPairwiseU => self.extadd_pairwise(self.half_lanes(lanes)?, false),
            U::ConvertS | U::ConvertU => {
                let x = self.pop_vec(I32x4)?;
                // f64x2 converts the low two lanes.
                let x = if lanes == F64x2 {
                    self.sub_vector(x, 0, 2)?
                } else {
                    x
                };
                self.int_to_float(x, op == U::ConvertS, lanes)
            }
            U::TruncSatS => self.trunc_sat(F32x4, true),
            U::TruncSatU => self.trunc_sat(F32x4, false),
            U::TruncSatZeroS => self.trunc_sat(F64x2, true),
            U::TruncSatZeroU => self.trunc_sat(F64x2, false),
            U::Demote => self.demote(),
            U::Promote => self.promote(),
        }
    }

    fn v128_int_compare(&mut self, cond: IntCond, lanes: Shape) -> Result<()> {
        self.vicmp(lanes, int_predicate(cond))
    }

    fn v128_float_compare(&mut self, cond: FloatCond, lanes: Shape) -> Result<()> {
        self.vfcmp(lanes, float_predicate(cond))
    }

    fn v128_mul_add(&mut self, lanes: Shape, negate: bool) -> Result<()> {
        // The constrained `fmul` and `fadd` intrinsics are never contracted
        // into a fused multiply-add.
        let c = self.pop()?;
        self.v128_binary(VecBinOp::Mul, lanes)?;
        if negate {
            self.v128_unary(VecUnOp::Neg, lanes)?;
        }
        self.push(c);
        self.v128_binary(VecBinOp::Add, lanes)
    }

    fn relaxed_simd_native(&self) -> bool {
        self.env.relaxed_native.is_some()
    }

    fn relaxed_native(&mut self, op: trident_compiler::decode::RelaxedOp) -> Result<bool> {
        self.relaxed_native_form(op)
    }

    fn v128_dot_i8x16_i7x16(&mut self, add: bool) -> Result<()> {
        let c = if add { Some(self.pop()?) } else { None };
        let b = self.pop()?;
        let a = self.pop()?;
        let mut halves = Vec::with_capacity(2);
        for x in [a, b] {
            self.push(x);
            self.push(x);
            self.v128_shuffle(DEINTERLEAVE)?;
            halves.push(self.pop()?);
        }
        for op in [VecBinOp::ExtMulLowS, VecBinOp::ExtMulHighS] {
            self.push(halves[0]);
            self.push(halves[1]);
            self.v128_binary(op, Shape::I16x8)?;
        }
        self.v128_binary(VecBinOp::Add, Shape::I16x8)?;
        if let Some(c) = c {
            self.v128_unary(VecUnOp::ExtAddPairwiseS, Shape::I32x4)?;
            self.push(c);
            self.v128_binary(VecBinOp::Add, Shape::I32x4)?;
        }
        Ok(())
    }
}
