//! SIMD loads and stores: `v128.load`/`store`, the extending loads
//! (`load8x8_s` …), splat loads, zero-extending loads (`load32_zero`,
//! `load64_zero`) and lane loads/stores.
//!
//! Every access goes through `heap_address` and `finish_heap_access` of
//! `crate::memory`, so the scalar rules hold unchanged: one explicit check
//! unless static bounds cover `offset + size`, and under static bounds the
//! access is volatile (kept exactly as the program performs it) and, on
//! x86-64, in address space 258 so that the trap-site scan records it. The
//! access is one load or store of exactly the bytes the operator touches
//! (16, 8, 4, 2 or 1), so a fault happens exactly when the spec traps;
//! widening and shuffling happen afterwards in registers.

use super::Shape;
use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValue, BasicValueEnum};
use trident_compiler::wasmparser::MemArg;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Loads `size` bytes as `ty` at the popped address.
    pub(super) fn simd_load(
        &mut self,
        memarg: &MemArg,
        ty: BasicTypeEnum<'ctx>,
        size: u32,
    ) -> Result<BasicValueEnum<'ctx>> {
        let addr = self.heap_address(memarg, size)?;
        let v = self.b.build_load(ty, addr, "").ir()?;
        self.finish_heap_access(v.as_instruction_value())?;
        Ok(v)
    }

    /// Stores `v` (of `size` bytes) at the popped address.
    pub(super) fn simd_store(
        &mut self,
        memarg: &MemArg,
        v: BasicValueEnum<'ctx>,
        size: u32,
    ) -> Result<()> {
        let addr = self.heap_address(memarg, size)?;
        let s = self.b.build_store(addr, v).ir()?;
        self.finish_heap_access(Some(s))
    }

    /// `load8x8_s` and friends: `lanes` narrow lanes (of `from`'s width)
    /// extended to the shape `to`.
    pub(super) fn load_extend(
        &mut self,
        memarg: &MemArg,
        from: Shape,
        to: Shape,
        signed: bool,
    ) -> Result<()> {
        let lanes = to.lanes();
        let narrow = self
            .shape_type(from)
            .get_element_type()
            .into_int_type()
            .vec_type(lanes);
        let size = lanes * from.lane_bits() / 8;
        let v = self
            .simd_load(memarg, narrow.into(), size)?
            .into_vector_value();
        let wide = self.shape_type(to);
        let v = if signed {
            self.b.build_int_s_extend(v, wide, "").ir()?
        } else {
            self.b.build_int_z_extend(v, wide, "").ir()?
        };
        self.push_vec(v)
    }

    /// A load of one lane of `shape`, splat to every lane.
    pub(super) fn load_splat(&mut self, memarg: &MemArg, shape: Shape) -> Result<()> {
        let lane = self.shape_type(shape).get_element_type();
        let x = self.simd_load(memarg, lane, shape.lane_bits() / 8)?;
        let v = self.splat_value(x, shape.lanes())?;
        self.push_vec(v)
    }

    /// A load of one lane of `shape` into lane 0 of a zero vector.
    pub(super) fn load_zero(&mut self, memarg: &MemArg, shape: Shape) -> Result<()> {
        let ty = self.shape_type(shape);
        let x = self.simd_load(memarg, ty.get_element_type(), shape.lane_bits() / 8)?;
        let v = self
            .b
            .build_insert_element(ty.const_zero(), x, self.lane_index(0), "")
            .ir()?;
        self.push_vec(v)
    }

    /// `v128.loadN_lane`: the vector is on top, the address below it.
    pub(super) fn load_lane(&mut self, memarg: &MemArg, shape: Shape, lane: u8) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let ty = self.shape_type(shape).get_element_type();
        let x = self.simd_load(memarg, ty, shape.lane_bits() / 8)?;
        let v = self
            .b
            .build_insert_element(v, x, self.lane_index(u32::from(lane)), "")
            .ir()?;
        self.push_vec(v)
    }

    /// `v128.storeN_lane`: the vector is on top, the address below it.
    pub(super) fn store_lane(&mut self, memarg: &MemArg, shape: Shape, lane: u8) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let x = self
            .b
            .build_extract_element(v, self.lane_index(u32::from(lane)), "")
            .ir()?;
        self.simd_store(memarg, x, shape.lane_bits() / 8)
    }
}
