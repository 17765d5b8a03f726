//! Fixed-width SIMD (Wasm 2.0 `v128`) operators on CLIF vector types.
//!
//! Invariant: every `v128` value the translator holds — on the operand
//! stack, in a local's `Variable`, as a block parameter, call argument or
//! result, or in a global or trampoline slot — has the CLIF type `I8X16`.
//! An operator that works on other lanes bitcasts its operands to its own
//! vector type (`I16X8`, `F32X4`, …) and its result back to `I8X16`. These
//! bitcasts are free: all 128-bit vector types live in the same registers,
//! and Cranelift folds a bitcast of a bitcast.
//!
//! The operators reach the translator decoded
//! (`trident_compiler::decode::simd`); the [`SimdEmitter`] impl below maps
//! each decoded operation to CLIF, with helpers by category:
//! * `memory`: loads and stores, including the lane, splat, zero and
//!   extending forms;
//! * `lanes`: splats, lane access and shuffle;
//! * `integer`: shifts, reductions (`any_true`, `all_true`, `bitmask`),
//!   widening, `extadd`, `extmul` (bitwise, integer and saturating
//!   arithmetic, comparisons, narrowing, `dot`, `q15mulr` and swizzle are
//!   one CLIF instruction each, or close);
//! * `float`: float arithmetic that may produce NaNs, `pmin`/`pmax`.
//!
//! Conversions between integer and float lanes: `trunc_sat` saturates
//! out-of-range lanes and gives 0 for NaN lanes, which is what CLIF's
//! `fcvt_to_{s,u}int_sat` define; the `f64x2 → i32x4 …_zero` forms
//! convert to `i64x2` and narrow with a zero upper half
//! (`snarrow`/`uunarrow` against zero), a shape Cranelift lowers to
//! `cvttpd2dq`-style sequences. `convert_low` widens the low two `i32`
//! lanes and converts them. `demote_f64x2_zero` and `promote_low_f32x4`
//! are `fvdemote` and `fvpromote_low`; both can produce NaNs, so NaN
//! canonicalization applies to them.
//!
//! NaN canonicalization (`CompilerOptions::nan_canonicalization`) applies
//! to every lane operation that can produce a NaN (arithmetic, `sqrt`,
//! `min`/`max`, rounding, `promote`/`demote`): each lane that is a NaN is
//! replaced with the canonical NaN of its type. `pmin`/`pmax`, `abs`, `neg`
//! and bitwise operators only move input bits and are left alone.
//!
//! Relaxed SIMD is rejected by the front end before any code reaches here.

mod float;
mod integer;
mod lanes;
mod memory;
mod relaxed;

pub(crate) use relaxed::RelaxedTarget;

use crate::numeric::{float_cc, int_cc};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{
    types, ConstantData, Endianness, InstBuilder, MemFlagsData, Type, Value,
};
use cranelift_frontend::FunctionBuilder;
use integer::Half;
use lanes::Extend;
use trident_compiler::decode::{SimdEmitter, DEINTERLEAVE};
use trident_compiler::operators::{
    FloatCond, IntCond, IntOp, Shape, VecBinOp, VecLoad, VecReduce, VecUnOp,
};
use trident_compiler::wasmparser::MemArg;

/// The CLIF type every `v128` value has outside a single operator.
pub(crate) const V128: Type = types::I8X16;

type B<'a, 'f> = &'a mut FunctionBuilder<'f>;

/// Flags for bitcasts between vector types: lanes are little-endian, as
/// Wasm defines them.
fn bitcast_flags() -> MemFlagsData {
    MemFlagsData::new().with_endianness(Endianness::Little)
}

/// `v` as a value of vector type `ty` (no code when it already is one).
pub(crate) fn cast(b: &mut FunctionBuilder<'_>, ty: Type, v: Value) -> Value {
    if b.func.dfg.value_type(v) == ty {
        v
    } else {
        b.ins().bitcast(ty, bitcast_flags(), v)
    }
}

/// A 128-bit constant of type `ty` from its little-endian bytes.
pub(crate) fn vconst(b: &mut FunctionBuilder<'_>, ty: Type, bytes: [u8; 16]) -> Value {
    let c = b.func.dfg.constants.insert(ConstantData::from(&bytes[..]));
    b.ins().vconst(ty, c)
}

/// The CLIF vector type of `shape`.
pub(crate) fn vec_type(shape: Shape) -> Type {
    match shape {
        Shape::I8x16 => types::I8X16,
        Shape::I16x8 => types::I16X8,
        Shape::I32x4 => types::I32X4,
        Shape::I64x2 => types::I64X2,
        Shape::F32x4 => types::F32X4,
        Shape::F64x2 => types::F64X2,
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// The vector type with lanes half as wide as `lanes`' (the operands
    /// of `extend`, `extmul`, `extadd` giving `lanes`).
    fn narrower(&self, lanes: Shape) -> Result<Type> {
        lanes
            .narrowed()
            .map(vec_type)
            .ok_or_else(|| self.bug(&format!("no lanes narrower than {lanes:?}")))
    }

    /// The vector type with lanes twice as wide as `lanes`' (the operands
    /// of `narrow` giving `lanes`).
    fn wider(&self, lanes: Shape) -> Result<Type> {
        lanes
            .widened()
            .map(vec_type)
            .ok_or_else(|| self.bug(&format!("no lanes wider than {lanes:?}")))
    }

    /// Pops a `v128` and views it as type `ty`.
    pub(crate) fn pop_vec(&mut self, ty: Type) -> Result<Value> {
        let v = self.pop()?;
        Ok(cast(&mut self.b, ty, v))
    }

    /// Pops two `v128`s (the second was on top), both viewed as `ty`.
    pub(crate) fn pop_vec2(&mut self, ty: Type) -> Result<(Value, Value)> {
        let y = self.pop_vec(ty)?;
        let x = self.pop_vec(ty)?;
        Ok((x, y))
    }

    /// Pushes a vector of any 128-bit type as a `v128`.
    pub(crate) fn push_vec(&mut self, v: Value) {
        let v = cast(&mut self.b, V128, v);
        self.push(v);
    }

    /// `f(x)` with `x` popped as `ty`.
    pub(crate) fn vec_unop(
        &mut self,
        ty: Type,
        f: impl FnOnce(B<'_, 'f>, Value) -> Value,
    ) -> Result<()> {
        let x = self.pop_vec(ty)?;
        let r = f(&mut self.b, x);
        self.push_vec(r);
        Ok(())
    }

    /// `f(x, y)` with `x` and `y` popped as `ty`.
    pub(crate) fn vec_binop(
        &mut self,
        ty: Type,
        f: impl FnOnce(B<'_, 'f>, Value, Value) -> Value,
    ) -> Result<()> {
        let (x, y) = self.pop_vec2(ty)?;
        let r = f(&mut self.b, x, y);
        self.push_vec(r);
        Ok(())
    }

    /// A float vector result, with NaN lanes made canonical when the
    /// options ask for it.
    pub(crate) fn push_float_vec(&mut self, v: Value) {
        let v = if self.env.nan_canonicalization {
            self.canonicalize_vec_nans(v)
        } else {
            v
        };
        self.push_vec(v);
    }

    /// `v` (`F32X4` or `F64X2`) with every NaN lane replaced by the
    /// canonical NaN.
    fn canonicalize_vec_nans(&mut self, v: Value) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        let bytes: [u8; 16] = if ty == types::F32X4 {
            let lane = 0x7fc0_0000u32.to_le_bytes();
            std::array::from_fn(|i| lane[i % 4])
        } else {
            let lane = 0x7ff8_0000_0000_0000u64.to_le_bytes();
            std::array::from_fn(|i| lane[i % 8])
        };
        let canonical = vconst(&mut self.b, ty, bytes);
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, v, v);
        let mask = cast(&mut self.b, ty, is_nan);
        self.b.ins().bitselect(mask, canonical, v)
    }
}

impl<'f> SimdEmitter for FuncTranslator<'_, 'f> {
    fn v128_load(&mut self, memarg: &MemArg, kind: VecLoad) -> Result<()> {
        self.vector_load(memarg, kind)
    }

    fn v128_store(&mut self, memarg: &MemArg) -> Result<()> {
        self.vector_store(memarg)
    }

    fn v128_load_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        self.lane_load(memarg, lanes, lane)
    }

    fn v128_store_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        self.lane_store(memarg, lanes, lane)
    }

    fn v128_const(&mut self, bytes: [u8; 16]) -> Result<()> {
        let v = vconst(&mut self.b, V128, bytes);
        self.push(v);
        Ok(())
    }

    fn v128_shuffle(&mut self, lanes: [u8; 16]) -> Result<()> {
        self.shuffle(&lanes)
    }

    fn v128_splat(&mut self, lanes: Shape) -> Result<()> {
        self.splat(vec_type(lanes))
    }

    fn v128_extract_lane(&mut self, lanes: Shape, lane: u8, signed: bool) -> Result<()> {
        let ext = match lanes {
            Shape::I8x16 | Shape::I16x8 if signed => Extend::Signed,
            Shape::I8x16 | Shape::I16x8 => Extend::Unsigned,
            _ => Extend::None,
        };
        self.extract_lane(vec_type(lanes), lane, ext)
    }

    fn v128_replace_lane(&mut self, lanes: Shape, lane: u8) -> Result<()> {
        self.replace_lane(vec_type(lanes), lane)
    }

    fn v128_bitselect(&mut self) -> Result<()> {
        let c = self.pop_vec(V128)?;
        let (x, y) = self.pop_vec2(V128)?;
        let r = self.b.ins().bitselect(c, x, y);
        self.push_vec(r);
        Ok(())
    }

    fn v128_reduce(&mut self, op: VecReduce, lanes: Shape) -> Result<()> {
        let ty = vec_type(lanes);
        match op {
            VecReduce::AnyTrue => self.vec_reduce(V128, |b, x| b.ins().vany_true(x)),
            VecReduce::AllTrue => self.vec_reduce(ty, |b, x| b.ins().vall_true(x)),
            VecReduce::Bitmask => self.vec_reduce(ty, |b, x| b.ins().vhigh_bits(types::I32, x)),
        }
    }

    fn v128_shift(&mut self, op: IntOp, lanes: Shape) -> Result<()> {
        let ty = vec_type(lanes);
        match op {
            IntOp::Shl => self.vec_shift(ty, |b, x, c| b.ins().ishl(x, c)),
            IntOp::ShrS => self.vec_shift(ty, |b, x, c| b.ins().sshr(x, c)),
            IntOp::ShrU => self.vec_shift(ty, |b, x, c| b.ins().ushr(x, c)),
            other => Err(self.bug(&format!("no {lanes:?} shift {other:?}"))),
        }
    }

    fn v128_binary(&mut self, op: VecBinOp, lanes: Shape) -> Result<()> {
        use VecBinOp as B;
        let ty = vec_type(lanes);
        let float = lanes.is_float();
        match op {
            B::Add if float => self.float_binop(ty, |b, x, y| b.ins().fadd(x, y)),
            B::Sub if float => self.float_binop(ty, |b, x, y| b.ins().fsub(x, y)),
            B::Mul if float => self.float_binop(ty, |b, x, y| b.ins().fmul(x, y)),
            B::Div => self.float_binop(ty, |b, x, y| b.ins().fdiv(x, y)),
            B::Min => self.float_binop(ty, |b, x, y| b.ins().fmin(x, y)),
            B::Max => self.float_binop(ty, |b, x, y| b.ins().fmax(x, y)),
            B::PMin => self.pseudo_minmax(ty, false),
            B::PMax => self.pseudo_minmax(ty, true),
            B::Add => self.vec_binop(ty, |b, x, y| b.ins().iadd(x, y)),
            B::Sub => self.vec_binop(ty, |b, x, y| b.ins().isub(x, y)),
            B::Mul => self.vec_binop(ty, |b, x, y| b.ins().imul(x, y)),
            B::AddSatS => self.vec_binop(ty, |b, x, y| b.ins().sadd_sat(x, y)),
            B::AddSatU => self.vec_binop(ty, |b, x, y| b.ins().uadd_sat(x, y)),
            B::SubSatS => self.vec_binop(ty, |b, x, y| b.ins().ssub_sat(x, y)),
            B::SubSatU => self.vec_binop(ty, |b, x, y| b.ins().usub_sat(x, y)),
            B::MinS => self.vec_binop(ty, |b, x, y| b.ins().smin(x, y)),
            B::MinU => self.vec_binop(ty, |b, x, y| b.ins().umin(x, y)),
            B::MaxS => self.vec_binop(ty, |b, x, y| b.ins().smax(x, y)),
            B::MaxU => self.vec_binop(ty, |b, x, y| b.ins().umax(x, y)),
            B::AvgrU => self.vec_binop(ty, |b, x, y| b.ins().avg_round(x, y)),
            B::Q15MulrSatS => self.vec_binop(ty, |b, x, y| b.ins().sqmul_round_sat(x, y)),
            B::NarrowS => {
                let wide = self.wider(lanes)?;
                self.vec_binop(wide, |b, x, y| b.ins().snarrow(x, y))
            }
            B::NarrowU => {
                let wide = self.wider(lanes)?;
                self.vec_binop(wide, |b, x, y| b.ins().unarrow(x, y))
            }
            B::Dot => self.vec_binop(types::I16X8, |b, x, y| {
                let (xl, yl) = (b.ins().swiden_low(x), b.ins().swiden_low(y));
                let low = b.ins().imul(xl, yl);
                let (xh, yh) = (b.ins().swiden_high(x), b.ins().swiden_high(y));
                let high = b.ins().imul(xh, yh);
                b.ins().iadd_pairwise(low, high)
            }),
            B::ExtMulLowS => self.vec_extmul(self.narrower(lanes)?, Half::Low, true),
            B::ExtMulHighS => self.vec_extmul(self.narrower(lanes)?, Half::High, true),
            B::ExtMulLowU => self.vec_extmul(self.narrower(lanes)?, Half::Low, false),
            B::ExtMulHighU => self.vec_extmul(self.narrower(lanes)?, Half::High, false),
            B::Swizzle => self.vec_binop(types::I8X16, |b, x, y| b.ins().swizzle(x, y)),
            B::And => self.vec_binop(V128, |b, x, y| b.ins().band(x, y)),
            B::Or => self.vec_binop(V128, |b, x, y| b.ins().bor(x, y)),
            B::Xor => self.vec_binop(V128, |b, x, y| b.ins().bxor(x, y)),
            B::AndNot => self.vec_binop(V128, |b, x, y| b.ins().band_not(x, y)),
        }
    }

    fn v128_unary(&mut self, op: VecUnOp, lanes: Shape) -> Result<()> {
        use types::{F32X4, F64X2, I32X4, I64X2};
        use VecUnOp as U;
        let ty = vec_type(lanes);
        let float = lanes.is_float();
        match op {
            U::Not => self.vec_unop(V128, |b, x| b.ins().bnot(x)),
            U::Abs if float => self.vec_unop(ty, |b, x| b.ins().fabs(x)),
            U::Neg if float => self.vec_unop(ty, |b, x| b.ins().fneg(x)),
            U::Abs => self.vec_unop(ty, |b, x| b.ins().iabs(x)),
            U::Neg => self.vec_unop(ty, |b, x| b.ins().ineg(x)),
            U::Popcnt => self.vec_unop(ty, |b, x| b.ins().popcnt(x)),
            U::Sqrt => self.float_unop(ty, |b, x| b.ins().sqrt(x)),
            U::Ceil => self.float_unop(ty, |b, x| b.ins().ceil(x)),
            U::Floor => self.float_unop(ty, |b, x| b.ins().floor(x)),
            U::Trunc => self.float_unop(ty, |b, x| b.ins().trunc(x)),
            U::Nearest => self.float_unop(ty, |b, x| b.ins().nearest(x)),
            U::ExtendLowS => self.vec_widen(self.narrower(lanes)?, Half::Low, true),
            U::ExtendHighS => self.vec_widen(self.narrower(lanes)?, Half::High, true),
            U::ExtendLowU => self.vec_widen(self.narrower(lanes)?, Half::Low, false),
            U::ExtendHighU => self.vec_widen(self.narrower(lanes)?, Half::High, false),
            U::ExtAddPairwiseS => self.vec_extadd_pairwise(self.narrower(lanes)?, true),
            U::ExtAddPairwiseU => self.vec_extadd_pairwise(self.narrower(lanes)?, false),
            U::ConvertS if lanes == Shape::F64x2 => self.vec_unop(I32X4, |b, x| {
                let wide = b.ins().swiden_low(x);
                b.ins().fcvt_from_sint(F64X2, wide)
            }),
            U::ConvertU if lanes == Shape::F64x2 => self.vec_unop(I32X4, |b, x| {
                let wide = b.ins().uwiden_low(x);
                b.ins().fcvt_from_uint(F64X2, wide)
            }),
            U::ConvertS => self.vec_unop(I32X4, |b, x| b.ins().fcvt_from_sint(F32X4, x)),
            U::ConvertU => self.vec_unop(I32X4, |b, x| b.ins().fcvt_from_uint(F32X4, x)),
            U::TruncSatS => self.vec_unop(F32X4, |b, x| b.ins().fcvt_to_sint_sat(I32X4, x)),
            U::TruncSatU => self.vec_unop(F32X4, |b, x| b.ins().fcvt_to_uint_sat(I32X4, x)),
            U::TruncSatZeroS => self.vec_unop(F64X2, |b, x| {
                let wide = b.ins().fcvt_to_sint_sat(I64X2, x);
                let zero = vconst(b, I64X2, [0; 16]);
                b.ins().snarrow(wide, zero)
            }),
            U::TruncSatZeroU => self.vec_unop(F64X2, |b, x| {
                let wide = b.ins().fcvt_to_uint_sat(I64X2, x);
                let zero = vconst(b, I64X2, [0; 16]);
                b.ins().uunarrow(wide, zero)
            }),
            U::Demote => {
                let x = self.pop_vec(F64X2)?;
                let r = self.b.ins().fvdemote(x);
                self.push_float_vec(r);
                Ok(())
            }
            U::Promote => {
                let x = self.pop_vec(F32X4)?;
                let r = self.b.ins().fvpromote_low(x);
                self.push_float_vec(r);
                Ok(())
            }
        }
    }

    fn v128_int_compare(&mut self, cond: IntCond, lanes: Shape) -> Result<()> {
        self.vec_binop(vec_type(lanes), |b, x, y| b.ins().icmp(int_cc(cond), x, y))
    }

    fn v128_float_compare(&mut self, cond: FloatCond, lanes: Shape) -> Result<()> {
        self.vec_binop(vec_type(lanes), |b, x, y| {
            b.ins().fcmp(float_cc(cond), x, y)
        })
    }

    fn v128_mul_add(&mut self, lanes: Shape, negate: bool) -> Result<()> {
        // Separate `fmul` and `fadd`: Cranelift never fuses them.
        let c = self.pop_vec(V128)?;
        self.v128_binary(VecBinOp::Mul, lanes)?;
        if negate {
            self.v128_unary(VecUnOp::Neg, lanes)?;
        }
        self.push_vec(c);
        self.v128_binary(VecBinOp::Add, lanes)
    }

    fn relaxed_simd_native(&self) -> bool {
        self.env.relaxed_native.is_some()
    }

    fn relaxed_native(&mut self, op: trident_compiler::decode::RelaxedOp) -> Result<bool> {
        self.relaxed_native_form(op)
    }

    fn v128_dot_i8x16_i7x16(&mut self, add: bool) -> Result<()> {
        let c = if add { Some(self.pop_vec(V128)?) } else { None };
        let b = self.pop_vec(V128)?;
        let a = self.pop_vec(V128)?;
        let mut halves = Vec::with_capacity(2);
        for x in [a, b] {
            self.push_vec(x);
            self.push_vec(x);
            self.v128_shuffle(DEINTERLEAVE)?;
            halves.push(self.pop_vec(V128)?);
        }
        for op in [VecBinOp::ExtMulLowS, VecBinOp::ExtMulHighS] {
            self.push_vec(halves[0]);
            self.push_vec(halves[1]);
            self.v128_binary(op, Shape::I16x8)?;
        }
        self.v128_binary(VecBinOp::Add, Shape::I16x8)?;
        if let Some(c) = c {
            self.v128_unary(VecUnOp::ExtAddPairwiseS, Shape::I32x4)?;
            self.push_vec(c);
            self.v128_binary(VecBinOp::Add, Shape::I32x4)?;
        }
        Ok(())
    }
}
