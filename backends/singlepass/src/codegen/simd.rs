//! SIMD operators that move data: `v128.const`, splats, lane extraction
//! and replacement, shuffles, vector loads and stores (whole, splat,
//! zero-extending, extending and single-lane forms), `bitselect`, shifts
//! and the reductions to an i32 (`any_true`, `all_true`, `bitmask`).
//!
//! Vectors are never constants on the value stack (`Loc::Const` holds 64
//! bits): `v128.const` loads its register at once. Lane indices were
//! checked by the validator; the machine rejects an impossible one as a
//! code generator bug.

use super::{FuncGen, Result};
use crate::machine::{IntOp, LoadKind, Masm, Reg, Shape, Size, StoreKind, VecReduce};
use trident_compiler::wasmparser::{MemArg, Operator};
use trident_types::{TrapCode, ValType};

/// The scalar type of one lane.
pub(super) fn lane_type(lanes: Shape) -> ValType {
    match lanes {
        Shape::I8x16 | Shape::I16x8 | Shape::I32x4 => ValType::I32,
        Shape::I64x2 => ValType::I64,
        Shape::F32x4 => ValType::F32,
        Shape::F64x2 => ValType::F64,
    }
}

/// The integer lane shape of `bytes`-wide lanes.
fn int_lanes(bytes: u8) -> Shape {
    match bytes {
        1 => Shape::I8x16,
        2 => Shape::I16x8,
        4 => Shape::I32x4,
        _ => Shape::I64x2,
    }
}

impl<'a, M: Masm> FuncGen<'a, M> {
    fn v128_const(&mut self, bits: u128) -> Result<()> {
        let r = self.alloc(ValType::V128)?;
        self.m.v128_const(r.num(), bits);
        self.push_reg(ValType::V128, r);
        Ok(())
    }

    fn splat(&mut self, lanes: Shape) -> Result<()> {
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

    fn extract_lane(&mut self, lanes: Shape, lane: u8, signed: bool) -> Result<()> {
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

    fn replace_lane(&mut self, lanes: Shape, lane: u8) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_replace_lane(lanes, lane, v.num(), x)?;
        self.free(x);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn shuffle(&mut self, lanes: [u8; 16]) -> Result<()> {
        let (_, b) = self.pop_reg()?;
        let (_, a) = self.pop_reg()?;
        self.m.v128_shuffle(a.num(), b.num(), lanes);
        self.free(b);
        self.push_reg(ValType::V128, a);
        Ok(())
    }

    fn bitselect(&mut self) -> Result<()> {
        let (_, mask) = self.pop_reg()?;
        let (_, other) = self.pop_reg()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_bitselect(v.num(), other.num(), mask.num());
        self.free(mask);
        self.free(other);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn shift(&mut self, op: IntOp, lanes: Shape) -> Result<()> {
        let (_, count) = self.pop_reg_imm()?;
        let (_, v) = self.pop_reg()?;
        self.m.v128_shift(op, lanes, v.num(), count)?;
        self.free_reg_imm(count);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    fn reduce(&mut self, op: VecReduce, lanes: Shape) -> Result<()> {
        let (_, v) = self.pop_reg()?;
        let dst = self.alloc(ValType::I32)?;
        self.m.v128_reduce(op, lanes, dst.num(), v.num())?;
        self.free(v);
        self.push_reg(ValType::I32, dst);
        Ok(())
    }

    /// `v128.loadN_lane`: operands (address, vector).
    fn load_lane(&mut self, memarg: &MemArg, bytes: u8, lane: u8) -> Result<()> {
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
        self.m
            .v128_replace_lane(int_lanes(bytes), lane, v.num(), index)?;
        self.free(index);
        self.push_reg(ValType::V128, v);
        Ok(())
    }

    /// `v128.storeN_lane`: operands (address, vector).
    fn store_lane(&mut self, memarg: &MemArg, bytes: u8, lane: u8) -> Result<()> {
        let (_, v) = self.pop_reg()?;
        let (_, index) = self.pop_reg()?;
        let lanes = int_lanes(bytes);
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

    /// Translates a SIMD data-movement, memory, shift or reduction
    /// operator; false if `op` is not one.
    pub(super) fn translate_simd(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        use Shape::*;
        use ValType::V128;
        let ext = |bytes: u8, signed: bool| LoadKind::V128Extend { bytes, signed };
        let splat = |bytes: u8| LoadKind::V128Splat { bytes };
        let zero = |bytes: u8| LoadKind::V128Zero { bytes };
        match op {
            O::V128Const { value } => self.v128_const(u128::from_le_bytes(*value.bytes()))?,
            O::I8x16Splat => self.splat(I8x16)?,
            O::I16x8Splat => self.splat(I16x8)?,
            O::I32x4Splat => self.splat(I32x4)?,
            O::I64x2Splat => self.splat(I64x2)?,
            O::F32x4Splat => self.splat(F32x4)?,
            O::F64x2Splat => self.splat(F64x2)?,
            O::I8x16ExtractLaneS { lane } => self.extract_lane(I8x16, *lane, true)?,
            O::I8x16ExtractLaneU { lane } => self.extract_lane(I8x16, *lane, false)?,
            O::I16x8ExtractLaneS { lane } => self.extract_lane(I16x8, *lane, true)?,
            O::I16x8ExtractLaneU { lane } => self.extract_lane(I16x8, *lane, false)?,
            O::I32x4ExtractLane { lane } => self.extract_lane(I32x4, *lane, false)?,
            O::I64x2ExtractLane { lane } => self.extract_lane(I64x2, *lane, false)?,
            O::F32x4ExtractLane { lane } => self.extract_lane(F32x4, *lane, false)?,
            O::F64x2ExtractLane { lane } => self.extract_lane(F64x2, *lane, false)?,
            O::I8x16ReplaceLane { lane } => self.replace_lane(I8x16, *lane)?,
            O::I16x8ReplaceLane { lane } => self.replace_lane(I16x8, *lane)?,
            O::I32x4ReplaceLane { lane } => self.replace_lane(I32x4, *lane)?,
            O::I64x2ReplaceLane { lane } => self.replace_lane(I64x2, *lane)?,
            O::F32x4ReplaceLane { lane } => self.replace_lane(F32x4, *lane)?,
            O::F64x2ReplaceLane { lane } => self.replace_lane(F64x2, *lane)?,
            O::I8x16Shuffle { lanes } => self.shuffle(*lanes)?,
            O::V128Bitselect => self.bitselect()?,
            O::V128AnyTrue => self.reduce(VecReduce::AnyTrue, I8x16)?,
            O::I8x16AllTrue => self.reduce(VecReduce::AllTrue, I8x16)?,
            O::I16x8AllTrue => self.reduce(VecReduce::AllTrue, I16x8)?,
            O::I32x4AllTrue => self.reduce(VecReduce::AllTrue, I32x4)?,
            O::I64x2AllTrue => self.reduce(VecReduce::AllTrue, I64x2)?,
            O::I8x16Bitmask => self.reduce(VecReduce::Bitmask, I8x16)?,
            O::I16x8Bitmask => self.reduce(VecReduce::Bitmask, I16x8)?,
            O::I32x4Bitmask => self.reduce(VecReduce::Bitmask, I32x4)?,
            O::I64x2Bitmask => self.reduce(VecReduce::Bitmask, I64x2)?,
            O::I8x16Shl => self.shift(IntOp::Shl, I8x16)?,
            O::I8x16ShrS => self.shift(IntOp::ShrS, I8x16)?,
            O::I8x16ShrU => self.shift(IntOp::ShrU, I8x16)?,
            O::I16x8Shl => self.shift(IntOp::Shl, I16x8)?,
            O::I16x8ShrS => self.shift(IntOp::ShrS, I16x8)?,
            O::I16x8ShrU => self.shift(IntOp::ShrU, I16x8)?,
            O::I32x4Shl => self.shift(IntOp::Shl, I32x4)?,
            O::I32x4ShrS => self.shift(IntOp::ShrS, I32x4)?,
            O::I32x4ShrU => self.shift(IntOp::ShrU, I32x4)?,
            O::I64x2Shl => self.shift(IntOp::Shl, I64x2)?,
            O::I64x2ShrS => self.shift(IntOp::ShrS, I64x2)?,
            O::I64x2ShrU => self.shift(IntOp::ShrU, I64x2)?,
            O::V128Load { memarg } => self.heap_load(memarg, V128, LoadKind::V128, 16)?,
            O::V128Load8x8S { memarg } => self.heap_load(memarg, V128, ext(1, true), 8)?,
            O::V128Load8x8U { memarg } => self.heap_load(memarg, V128, ext(1, false), 8)?,
            O::V128Load16x4S { memarg } => self.heap_load(memarg, V128, ext(2, true), 8)?,
            O::V128Load16x4U { memarg } => self.heap_load(memarg, V128, ext(2, false), 8)?,
            O::V128Load32x2S { memarg } => self.heap_load(memarg, V128, ext(4, true), 8)?,
            O::V128Load32x2U { memarg } => self.heap_load(memarg, V128, ext(4, false), 8)?,
            O::V128Load8Splat { memarg } => self.heap_load(memarg, V128, splat(1), 1)?,
            O::V128Load16Splat { memarg } => self.heap_load(memarg, V128, splat(2), 2)?,
            O::V128Load32Splat { memarg } => self.heap_load(memarg, V128, splat(4), 4)?,
            O::V128Load64Splat { memarg } => self.heap_load(memarg, V128, splat(8), 8)?,
            O::V128Load32Zero { memarg } => self.heap_load(memarg, V128, zero(4), 4)?,
            O::V128Load64Zero { memarg } => self.heap_load(memarg, V128, zero(8), 8)?,
            O::V128Store { memarg } => self.heap_store(memarg, StoreKind::V128, 16)?,
            O::V128Load8Lane { memarg, lane } => self.load_lane(memarg, 1, *lane)?,
            O::V128Load16Lane { memarg, lane } => self.load_lane(memarg, 2, *lane)?,
            O::V128Load32Lane { memarg, lane } => self.load_lane(memarg, 4, *lane)?,
            O::V128Load64Lane { memarg, lane } => self.load_lane(memarg, 8, *lane)?,
            O::V128Store8Lane { memarg, lane } => self.store_lane(memarg, 1, *lane)?,
            O::V128Store16Lane { memarg, lane } => self.store_lane(memarg, 2, *lane)?,
            O::V128Store32Lane { memarg, lane } => self.store_lane(memarg, 4, *lane)?,
            O::V128Store64Lane { memarg, lane } => self.store_lane(memarg, 8, *lane)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
