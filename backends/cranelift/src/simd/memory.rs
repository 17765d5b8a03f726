//! SIMD loads and stores: whole `v128`, extending (`8x8`, `16x4`, `32x2`),
//! splat, zero-extending (`32_zero`, `64_zero`) and single-lane forms.
//!
//! Every access goes through the scalar memory code's address computation
//! and bounds check (`heap_address`, with the access's full width) and
//! uses the same trapping, little-endian, unaligned flags, so a SIMD
//! access traps exactly when a scalar access of the same width would.

use super::V128;
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, InstBuilder, Type};
use trident_compiler::wasmparser::{MemArg, Operator};

/// The 128-bit vector type whose lanes are `bytes` wide.
fn lanes_of(bytes: u32) -> Type {
    match bytes {
        1 => types::I8X16,
        2 => types::I16X8,
        4 => types::I32X4,
        _ => types::I64X2,
    }
}

/// The scalar integer type `bytes` wide.
fn scalar_of(bytes: u32) -> Type {
    match bytes {
        1 => types::I8,
        2 => types::I16,
        4 => types::I32,
        _ => types::I64,
    }
}

/// How an 8-byte extending load widens its lanes.
#[derive(Clone, Copy)]
enum Widen {
    S8x8,
    U8x8,
    S16x4,
    U16x4,
    S32x2,
    U32x2,
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    fn v128_load(&mut self, memarg: &MemArg) -> Result<()> {
        let (addr, off) = self.heap_address(memarg, 16)?;
        let v = self.b.ins().load(V128, Self::heap_flags(), addr, off);
        self.push(v);
        Ok(())
    }

    fn v128_store(&mut self, memarg: &MemArg) -> Result<()> {
        let v = self.pop_vec(V128)?;
        let (addr, off) = self.heap_address(memarg, 16)?;
        self.b.ins().store(Self::heap_flags(), v, addr, off);
        Ok(())
    }

    /// Loads 8 bytes and widens each lane to twice its width.
    fn widening_load(&mut self, memarg: &MemArg, widen: Widen) -> Result<()> {
        let (addr, off) = self.heap_address(memarg, 8)?;
        let flags = Self::heap_flags();
        let ins = self.b.ins();
        let v = match widen {
            Widen::S8x8 => ins.sload8x8(flags, addr, off),
            Widen::U8x8 => ins.uload8x8(flags, addr, off),
            Widen::S16x4 => ins.sload16x4(flags, addr, off),
            Widen::U16x4 => ins.uload16x4(flags, addr, off),
            Widen::S32x2 => ins.sload32x2(flags, addr, off),
            Widen::U32x2 => ins.uload32x2(flags, addr, off),
        };
        self.push_vec(v);
        Ok(())
    }

    /// Loads one `bytes`-wide scalar.
    fn scalar_load(&mut self, memarg: &MemArg, bytes: u32) -> Result<cranelift_codegen::ir::Value> {
        let (addr, off) = self.heap_address(memarg, bytes)?;
        Ok(self
            .b
            .ins()
            .load(scalar_of(bytes), Self::heap_flags(), addr, off))
    }

    /// Loads a `bytes`-wide scalar into every lane.
    fn splat_load(&mut self, memarg: &MemArg, bytes: u32) -> Result<()> {
        let x = self.scalar_load(memarg, bytes)?;
        let v = self.b.ins().splat(lanes_of(bytes), x);
        self.push_vec(v);
        Ok(())
    }

    /// Loads a `bytes`-wide scalar into lane 0, the other lanes zero.
    fn zero_load(&mut self, memarg: &MemArg, bytes: u32) -> Result<()> {
        let x = self.scalar_load(memarg, bytes)?;
        let v = self.b.ins().scalar_to_vector(lanes_of(bytes), x);
        self.push_vec(v);
        Ok(())
    }

    /// Replaces lane `lane` of the popped vector with a loaded scalar.
    fn lane_load(&mut self, memarg: &MemArg, bytes: u32, lane: u8) -> Result<()> {
        let ty = lanes_of(bytes);
        let v = self.pop_vec(ty)?;
        let x = self.scalar_load(memarg, bytes)?;
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
        Ok(())
    }

    /// Stores lane `lane` of the popped vector.
    fn lane_store(&mut self, memarg: &MemArg, bytes: u32, lane: u8) -> Result<()> {
        let ty = lanes_of(bytes);
        let v = self.pop_vec(ty)?;
        let (addr, off) = self.heap_address(memarg, bytes)?;
        let x = self.b.ins().extractlane(v, lane);
        self.b.ins().store(Self::heap_flags(), x, addr, off);
        Ok(())
    }

    /// Translates a SIMD memory operator; false if `op` is not one.
    pub(crate) fn translate_simd_memory(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::V128Load { memarg } => self.v128_load(memarg)?,
            Operator::V128Store { memarg } => self.v128_store(memarg)?,
            Operator::V128Load8x8S { memarg } => self.widening_load(memarg, Widen::S8x8)?,
            Operator::V128Load8x8U { memarg } => self.widening_load(memarg, Widen::U8x8)?,
            Operator::V128Load16x4S { memarg } => self.widening_load(memarg, Widen::S16x4)?,
            Operator::V128Load16x4U { memarg } => self.widening_load(memarg, Widen::U16x4)?,
            Operator::V128Load32x2S { memarg } => self.widening_load(memarg, Widen::S32x2)?,
            Operator::V128Load32x2U { memarg } => self.widening_load(memarg, Widen::U32x2)?,
            Operator::V128Load8Splat { memarg } => self.splat_load(memarg, 1)?,
            Operator::V128Load16Splat { memarg } => self.splat_load(memarg, 2)?,
            Operator::V128Load32Splat { memarg } => self.splat_load(memarg, 4)?,
            Operator::V128Load64Splat { memarg } => self.splat_load(memarg, 8)?,
            Operator::V128Load32Zero { memarg } => self.zero_load(memarg, 4)?,
            Operator::V128Load64Zero { memarg } => self.zero_load(memarg, 8)?,
            Operator::V128Load8Lane { memarg, lane } => self.lane_load(memarg, 1, *lane)?,
            Operator::V128Load16Lane { memarg, lane } => self.lane_load(memarg, 2, *lane)?,
            Operator::V128Load32Lane { memarg, lane } => self.lane_load(memarg, 4, *lane)?,
            Operator::V128Load64Lane { memarg, lane } => self.lane_load(memarg, 8, *lane)?,
            Operator::V128Store8Lane { memarg, lane } => self.lane_store(memarg, 1, *lane)?,
            Operator::V128Store16Lane { memarg, lane } => self.lane_store(memarg, 2, *lane)?,
            Operator::V128Store32Lane { memarg, lane } => self.lane_store(memarg, 4, *lane)?,
            Operator::V128Store64Lane { memarg, lane } => self.lane_store(memarg, 8, *lane)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
