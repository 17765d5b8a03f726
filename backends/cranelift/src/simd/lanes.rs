//! Building and taking apart vectors: `v128.const`, splats, lane
//! extraction and replacement, `i8x16.shuffle` and `i8x16.swizzle`.
//!
//! Lane indices are immediates the validator has checked against the lane
//! count. Narrow integer lanes travel as `i32` on the Wasm stack: they are
//! truncated before `splat`/`insertlane` and sign- or zero-extended after
//! `extractlane`. CLIF's `swizzle` already gives 0 for out-of-range
//! indices, as Wasm requires.

use super::V128;
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, ConstantData, InstBuilder, Type};

/// How an extracted narrow lane becomes an `i32`.
#[derive(Clone, Copy)]
pub(super) enum Extend {
    None,
    Signed,
    Unsigned,
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// Splats the popped scalar into every lane of `ty`.
    pub(super) fn splat(&mut self, ty: Type) -> Result<()> {
        let mut x = self.pop()?;
        let lane = ty.lane_type();
        if lane.is_int() && lane.bits() < 32 {
            x = self.b.ins().ireduce(lane, x);
        }
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
        Ok(())
    }

    pub(super) fn extract_lane(&mut self, ty: Type, lane: u8, ext: Extend) -> Result<()> {
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

    pub(super) fn replace_lane(&mut self, ty: Type, lane: u8) -> Result<()> {
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

    pub(super) fn shuffle(&mut self, lanes: &[u8; 16]) -> Result<()> {
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
}
