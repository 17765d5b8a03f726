//! Lane operators: `v128.const`, `splat`, `extract_lane`, `replace_lane`,
//! `i8x16.shuffle` and `i8x16.swizzle`.
//!
//! Lane indices are immediates the validator has checked against the
//! shape, so every `extractelement`/`insertelement` index is in range.
//! `swizzle` selects 0 for an index ≥ 16: on x86-64 through `pshufb`
//! (SSSE3, part of the SSE4.1 baseline), whose index is forced to 0x80
//! (which `pshufb` turns into 0) when out of range; on AArch64 through
//! `tbl`, which already yields 0 for such indices.

use super::Shape;
use crate::error::{IrResult, Result};
use crate::target::Arch;
use crate::translator::FuncTranslator;
use inkwell::values::BasicValueEnum;
use inkwell::IntPredicate;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    pub(super) fn splat(&mut self, shape: Shape) -> Result<()> {
        let x = self.pop()?;
        let x: BasicValueEnum<'ctx> = match shape {
            Shape::I8x16 | Shape::I16x8 => {
                let lane = self.shape_type(shape).get_element_type().into_int_type();
                let i = match x {
                    BasicValueEnum::IntValue(i) => i,
                    _ => return Err(self.bug("expected an integer operand")),
                };
                self.b.build_int_truncate(i, lane, "").ir()?.into()
            }
            _ => x,
        };
        let v = self.splat_value(x, shape.lanes())?;
        self.push_vec(v)
    }

    pub(super) fn extract_lane(&mut self, shape: Shape, lane: u8, signed: bool) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let x = self
            .b
            .build_extract_element(v, self.lane_index(u32::from(lane)), "")
            .ir()?;
        let x: BasicValueEnum<'ctx> = match shape {
            Shape::I8x16 | Shape::I16x8 => {
                let x = x.into_int_value();
                if signed {
                    self.b.build_int_s_extend(x, self.ir.i32, "").ir()?.into()
                } else {
                    self.b.build_int_z_extend(x, self.ir.i32, "").ir()?.into()
                }
            }
            _ => x,
        };
        self.push(x);
        Ok(())
    }

    pub(super) fn replace_lane(&mut self, shape: Shape, lane: u8) -> Result<()> {
        let x = self.pop()?;
        let v = self.pop_vec(shape)?;
        let x: BasicValueEnum<'ctx> = match shape {
            Shape::I8x16 | Shape::I16x8 => {
                let lane_ty = self.shape_type(shape).get_element_type().into_int_type();
                let BasicValueEnum::IntValue(i) = x else {
                    return Err(self.bug("expected an integer operand"));
                };
                self.b.build_int_truncate(i, lane_ty, "").ir()?.into()
            }
            _ => x,
        };
        let v = self
            .b
            .build_insert_element(v, x, self.lane_index(u32::from(lane)), "")
            .ir()?;
        self.push_vec(v)
    }

    pub(super) fn swizzle(&mut self) -> Result<()> {
        let (a, s) = self.pop2_vec(Shape::I8x16)?;
        let ty = self.shape_type(Shape::I8x16);
        let v = match self.ir.arch {
            Arch::X86_64 => {
                let sixteen = self.const_splat(Shape::I8x16, 16);
                let in_range = self
                    .b
                    .build_int_compare(IntPredicate::ULT, s, sixteen, "")
                    .ir()?;
                let zeroing = self.const_splat(Shape::I8x16, 0x80);
                let idx = self
                    .b
                    .build_select(in_range, s, zeroing, "")
                    .ir()?
                    .into_vector_value();
                self.call_intrinsic("llvm.x86.ssse3.pshuf.b.128", &[], &[a.into(), idx.into()])?
            }
            Arch::Aarch64 => self.call_intrinsic(
                "llvm.aarch64.neon.tbl1",
                &[ty.into()],
                &[a.into(), s.into()],
            )?,
        };
        self.push_vec(v.into_vector_value())
    }
}
