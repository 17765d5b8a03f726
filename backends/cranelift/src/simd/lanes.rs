//! Building and taking apart vectors: `v128.const`, splats, lane
//! extraction and replacement, `i8x16.shuffle` and `i8x16.swizzle`.
//!
//! Lane indices are immediates the validator has checked against the lane
//! count. Narrow integer lanes travel as `i32` on the Wasm stack: they are
//! truncated before `splat`/`insertlane` and sign- or zero-extended after
//! `extractlane`. CLIF's `swizzle` already gives 0 for out-of-range
//! indices, as Wasm requires.

use super::{vconst, V128};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, ConstantData, InstBuilder, Type};
use trident_compiler::wasmparser::Operator;

/// How an extracted narrow lane becomes an `i32`.
#[derive(Clone, Copy)]
enum Extend {
    None,
    Signed,
    Unsigned,
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// Splats the popped scalar into every lane of `ty`.
    fn splat(&mut self, ty: Type) -> Result<()> {
        let mut x = self.pop()?;
        let lane = ty.lane_type();
        if lane.is_int() && lane.bits() < 32 {
            x = self.b.ins().ireduce(lane, x);
        }
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
        Ok(())
    }

    fn extract_lane(&mut self, ty: Type, lane: u8, ext: Extend) -> Result<()> {
        let v = self.pop_vec(ty)?;
        let x = self.b.ins().extractlane(v, lane);
        let x = match ext {
            Extend::None => x,
            Extend::Signed => self.b.ins().sextend(types::I32, x),
            Extend::Unsigned => self.b.ins().uextend(types::I32, x),
        };
        self.push(x);
        Ok(())
    }

    fn replace_lane(&mut self, ty: Type, lane: u8) -> Result<()> {
        let mut x = self.pop()?;
        let v = self.pop_vec(ty)?;
        let lane_ty = ty.lane_type();
        if lane_ty.is_int() && lane_ty.bits() < 32 {
            x = self.b.ins().ireduce(lane_ty, x);
        }
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
        Ok(())
    }

    fn shuffle(&mut self, lanes: &[u8; 16]) -> Result<()> {
        let (x, y) = self.pop_vec2(V128)?;
        let mask = self
            .b
            .func
            .dfg
            .immediates
            .push(ConstantData::from(&lanes[..]));
        let r = self.b.ins().shuffle(x, y, mask);
        self.push_vec(r);
        Ok(())
    }

    /// Translates a lane operator; false if `op` is not one.
    pub(crate) fn translate_simd_lanes(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{F32X4, F64X2, I16X8, I32X4, I64X2, I8X16};
        match op {
            Operator::V128Const { value } => {
                let v = vconst(&mut self.b, V128, *value.bytes());
                self.push(v);
            }
            Operator::I8x16Splat => self.splat(I8X16)?,
            Operator::I16x8Splat => self.splat(I16X8)?,
            Operator::I32x4Splat => self.splat(I32X4)?,
            Operator::I64x2Splat => self.splat(I64X2)?,
            Operator::F32x4Splat => self.splat(F32X4)?,
            Operator::F64x2Splat => self.splat(F64X2)?,
            Operator::I8x16ExtractLaneS { lane } => {
                self.extract_lane(I8X16, *lane, Extend::Signed)?
            }
            Operator::I8x16ExtractLaneU { lane } => {
                self.extract_lane(I8X16, *lane, Extend::Unsigned)?
            }
            Operator::I16x8ExtractLaneS { lane } => {
                self.extract_lane(I16X8, *lane, Extend::Signed)?
            }
            Operator::I16x8ExtractLaneU { lane } => {
                self.extract_lane(I16X8, *lane, Extend::Unsigned)?
            }
            Operator::I32x4ExtractLane { lane } => self.extract_lane(I32X4, *lane, Extend::None)?,
            Operator::I64x2ExtractLane { lane } => self.extract_lane(I64X2, *lane, Extend::None)?,
            Operator::F32x4ExtractLane { lane } => self.extract_lane(F32X4, *lane, Extend::None)?,
            Operator::F64x2ExtractLane { lane } => self.extract_lane(F64X2, *lane, Extend::None)?,
            Operator::I8x16ReplaceLane { lane } => self.replace_lane(I8X16, *lane)?,
            Operator::I16x8ReplaceLane { lane } => self.replace_lane(I16X8, *lane)?,
            Operator::I32x4ReplaceLane { lane } => self.replace_lane(I32X4, *lane)?,
            Operator::I64x2ReplaceLane { lane } => self.replace_lane(I64X2, *lane)?,
            Operator::F32x4ReplaceLane { lane } => self.replace_lane(F32X4, *lane)?,
            Operator::F64x2ReplaceLane { lane } => self.replace_lane(F64X2, *lane)?,
            Operator::I8x16Shuffle { lanes } => self.shuffle(lanes)?,
            Operator::I8x16Swizzle => self.vec_binop(I8X16, |b, x, y| b.ins().swizzle(x, y))?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
