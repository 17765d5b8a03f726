//! SIMD operators, as decoded by `trident_compiler::decode::simd`:
//! `v128.const`, splats, lane extraction and replacement, shuffles,
//! vector loads and stores (whole, splat, zero-extending, extending and
//! single-lane forms), `bitselect`, shifts, the reductions to an i32
//! (`any_true`, `all_true`, `bitmask`), and the lane-wise arithmetic,
//! conversions and comparisons.
//!
//! Vectors are never constants on the value stack (`Loc::Const` holds 64
//! bits): `v128.const` loads its register at once. Lane indices were
//! checked by the validator; the machine rejects an impossible one as a
//! code generator bug. Binary operators work in place on the left
//! operand's register; the right one is freed. Float results that can be
//! NaN are canonicalized lane-wise when
//! `CompilerOptions::nan_canonicalization` is on (as for scalars: not
//! after `abs`, `neg`, moves or `pmin`/`pmax`, which only touch the sign
//! or select an operand bit for bit).

use super::{FuncGen, Result};
use crate::machine::{
    FloatCond, IntCond, IntOp, LoadKind, Masm, Reg, Shape, Size, StoreKind, VecBinOp, VecReduce,
    VecUnOp,
};
use trident_compiler::decode::{RelaxedOp, SimdEmitter, DEINTERLEAVE};
use trident_compiler::operators::VecLoad;
use trident_compiler::wasmparser::MemArg;
use trident_types::{RelaxedSimd, TrapCode, ValType};

/// The scalar type of one lane.
fn lane_type(lanes: Shape) -> ValType {
    match lanes {
        Shape::I8x16 | Shape::I16x8 | Shape::I32x4 => ValType::I32,
        Shape::I64x2 => ValType::I64,
        Shape::F32x4 => ValType::F32,
        Shape::F64x2 => ValType::F64,
    }
}

/// Whether a float-shaped result of `op` can be a NaN that needs
/// canonicalizing.
fn may_make_nan(op: VecUnOp) -> bool {
    !matches!(
        op,
        VecUnOp::Abs | VecUnOp::Neg | VecUnOp::ConvertS | VecUnOp::ConvertU
    )
}

impl<'a, M: Masm> FuncGen<'a, M> {
    /// Canonicalizes NaN lanes of a float-shaped result when asked to.
    fn canonicalize_lanes(&mut self, lanes: Shape, reg: Reg) -> Result<()> {
        if lanes.is_float() && self.env.options.nan_canonicalization {
            self.m.v128_canonicalize_nan(lanes, reg.num())?;
        }
        Ok(())
    }

    /// Pops two vectors, applies `f` in place on the left one's register
    /// and pushes it.
    fn vector_binary(&mut self, f: impl FnOnce(&mut M, u8, u8) -> Result<()>) -> Result<Reg> {
        let (_, rhs) = self.pop_reg()?;
        let (_, lhs) = self.pop_reg()?;
        f(&mut self.m, lhs.num(), rhs.num())?;
        self.free(rhs);
        self.push_reg(ValType::V128, lhs);
        Ok(lhs)
    }
}

impl<'a, M: Masm> SimdEmitter for FuncGen<'a, M> {
    fn v128_load(&mut self, memarg: &MemArg, kind: VecLoad) -> Result<()> {
        let load = match kind {
            VecLoad::Full => LoadKind::V128,
            VecLoad::Extend { lanes, signed } => LoadKind::V128Extend {
                bytes: lanes.lane_bytes(),
                signed,
            },
            VecLoad::Splat { lanes } => LoadKind::V128Splat {
                bytes: lanes.lane_bytes(),
            },
            VecLoad::Zero { lanes } => LoadKind::V128Zero {
                bytes: lanes.lane_bytes(),
            },
        };
        self.heap_load(memarg, ValType::V128, load, kind.bytes())
    }

    fn v128_store(&mut self, memarg: &MemArg) -> Result<()> {
        self.heap_store(memarg, StoreKind::V128, 16)
    }

    fn v128_load_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        let bytes = lanes.lane_bytes();
        let (_, v) = self.pop_reg()?;
        let (_, index) = self.pop_reg()?;
        let addr = self.heap_addr(memarg, u32::from(bytes), index)?;
        let kind = LoadKind::Int {
            bytes,
            signed: false,
            size: if bytes == 8 { Size::S64 } else { Size::S32 },
        };
        self.m
            .load(kind, index, addr, Some(TrapCode::HeapOutOfBounds));
        self.m.v128_replace_lane(lanes, lane, v.num(), index)?;
        self.free(index);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn v128_store_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        let bytes = lanes.lane_bytes();
        let (_, v) = self.pop_reg()?;
        let (_, index) = self.pop_reg()?;
        let x = self.alloc(lane_type(lanes))?;
        self.m.v128_extract_lane(lanes, lane, false, x, v.num())?;
        let addr = self.heap_addr(memarg, u32::from(bytes), index)?;
        self.m.store(
            StoreKind::Int { bytes },
            x,
            addr,
            Some(TrapCode::HeapOutOfBounds),
        );
        self.free(x);
        self.free(v);
        self.free(index);
        Ok(())
    }

    fn v128_const(&mut self, bytes: [u8; 16]) -> Result<()> {
        let r = self.alloc(ValType::V128)?;
        self.m.v128_const(r.num(), u128::from_le_bytes(bytes));
        self.push_reg(ValType::V128, r);
        Ok(())
    }

    fn v128_shuffle(&mut self, lanes: [u8; 16]) -> Result<()> {
        let (_, b) = self.pop_reg()?;
        let (_, a) = self.pop_reg()?;
        self.m.v128_shuffle(a.num(), b.num(), lanes);
        self.free(b);
        self.push_reg(ValType::V128, a);
        Ok(())
    }

    fn v128_splat(&mut self, lanes: Shape) -> Result<()> {
        let (_, src) = self.pop_reg()?;
        let dst = match src {
            Reg::Fpr(_) => src,
            Reg::Gpr(_) => {
                let d = self.alloc(ValType::V128)?;
                self.free(src);
                d
            }
        };
        self.m.v128_splat(lanes, dst.num(), src)?;
        self.push_reg(ValType::V128, dst);
        Ok(())
    }

    fn v128_extract_lane(&mut self, lanes: Shape, lane: u8, signed: bool) -> Result<()> {
        let (_, v) = self.pop_reg()?;
        let ty = lane_type(lanes);
        let dst = if lanes.is_float() {
            v
        } else {
            let d = self.alloc(ty)?;
            self.free(v);
            d
        };
        self.m
            .v128_extract_lane(lanes, lane, signed, dst, v.num())?;
        self.push_reg(ty, dst);
        Ok(())
    }

    fn v128_replace_lane(&mut self, lanes: Shape, lane: u8) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_replace_lane(lanes, lane, v.num(), x)?;
        self.free(x);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn v128_bitselect(&mut self) -> Result<()> {
        let (_, mask) = self.pop_reg()?;
        let (_, other) = self.pop_reg()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_bitselect(v.num(), other.num(), mask.num());
        self.free(mask);
        self.free(other);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn v128_reduce(&mut self, op: VecReduce, lanes: Shape) -> Result<()> {
        let (_, v) = self.pop_reg()?;
        let dst = self.alloc(ValType::I32)?;
        self.m.v128_reduce(op, lanes, dst.num(), v.num())?;
        self.free(v);
        self.push_reg(ValType::I32, dst);
        Ok(())
    }

    fn v128_shift(&mut self, op: IntOp, lanes: Shape) -> Result<()> {
        let (_, count) = self.pop_reg_imm()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_shift(op, lanes, v.num(), count)?;
        self.free_reg_imm(count);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn v128_binary(&mut self, op: VecBinOp, lanes: Shape) -> Result<()> {
        let r = self.vector_binary(|m, d, s| m.v128_binop(op, lanes, d, s))?;
        // pmin/pmax select one operand bit for bit, NaN or not.
        if !matches!(op, VecBinOp::PMin | VecBinOp::PMax) {
            self.canonicalize_lanes(lanes, r)?;
        }
        Ok(())
    }

    fn v128_unary(&mut self, op: VecUnOp, lanes: Shape) -> Result<()> {
        let (_, r) = self.pop_reg()?;
        self.m.v128_unop(op, lanes, r.num())?;
        if may_make_nan(op) {
            self.canonicalize_lanes(lanes, r)?;
        }
        self.push_reg(ValType::V128, r);
        Ok(())
    }

    fn v128_int_compare(&mut self, cond: IntCond, lanes: Shape) -> Result<()> {
        self.vector_binary(|m, d, s| m.v128_int_cmp(cond, lanes, d, s))?;
        Ok(())
    }

    fn v128_float_compare(&mut self, cond: FloatCond, lanes: Shape) -> Result<()> {
        self.vector_binary(|m, d, s| m.v128_float_cmp(cond, lanes, d, s))?;
        Ok(())
    }

    fn v128_mul_add(&mut self, lanes: Shape, negate: bool) -> Result<()> {
        // `c` stays in its register (allocated, off the value stack) while
        // the product is formed from `a` and `b`.
        let (_, c) = self.pop_reg()?;
        self.v128_binary(VecBinOp::Mul, lanes)?;
        if negate {
            self.v128_unary(VecUnOp::Neg, lanes)?;
        }
        self.push_reg(ValType::V128, c);
        self.v128_binary(VecBinOp::Add, lanes)
    }

    fn relaxed_simd_native(&self) -> bool {
        // NaN canonicalization keeps float results deterministic, so it
        // takes the deterministic forms.
        let o = &self.env.options;
        o.relaxed_simd == RelaxedSimd::Native && !o.nan_canonicalization
    }

    fn relaxed_native(&mut self, op: RelaxedOp) -> Result<bool> {
        if !self.m.has_relaxed_native(op) {
            return Ok(false);
        }
        let mut regs = Vec::with_capacity(3);
        for _ in 0..op.arity() {
            regs.push(self.pop_reg()?.1);
        }
        regs.reverse();
        let nums: Vec<u8> = regs.iter().map(|r| r.num()).collect();
        let result = self.m.v128_relaxed_native(op, &nums)?;
        for (k, r) in regs.into_iter().enumerate() {
            if k == result {
                self.push_reg(ValType::V128, r);
            } else {
                self.free(r);
            }
        }
        Ok(true)
    }

    fn v128_dot_i8x16_i7x16(&mut self, add: bool) -> Result<()> {
        let c = if add { Some(self.pop_reg()?.1) } else { None };
        let (_, b) = self.pop_reg()?;
        let (_, a) = self.pop_reg()?;
        // Even lanes to the low half, odd lanes to the high half (the
        // shuffle reads only its destination: every index is below 16).
        self.m.v128_shuffle(a.num(), b.num(), DEINTERLEAVE);
        self.m.v128_shuffle(b.num(), a.num(), DEINTERLEAVE);
        let odd = self.alloc(ValType::V128)?;
        let copy: [u8; 16] = std::array::from_fn(|i| 16 + i as u8);
        self.m.v128_shuffle(odd.num(), a.num(), copy);
        self.m
            .v128_binop(VecBinOp::ExtMulLowS, Shape::I16x8, a.num(), b.num())?;
        self.m
            .v128_binop(VecBinOp::ExtMulHighS, Shape::I16x8, odd.num(), b.num())?;
        self.m
            .v128_binop(VecBinOp::Add, Shape::I16x8, a.num(), odd.num())?;
        self.free(odd);
        self.free(b);
        if let Some(c) = c {
            self.m
                .v128_unop(VecUnOp::ExtAddPairwiseS, Shape::I32x4, a.num())?;
            self.m
                .v128_binop(VecBinOp::Add, Shape::I32x4, a.num(), c.num())?;
            self.free(c);
        }
        self.push_reg(ValType::V128, a);
        Ok(())
    }
}
