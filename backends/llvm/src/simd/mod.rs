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
//! lacks. Wasm semantics that differ from the hardware (NaN results,
//! saturation, out-of-range swizzle indices, ±0 in `min`/`max`) are
//! spelled out in the category files:
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

use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::types::VectorType;
use inkwell::values::{BasicValueEnum, IntValue, VectorValue};
use trident_compiler::wasmparser::Operator;

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

    /// Translates a SIMD operator; false if `op` is not one this back end
    /// knows.
    pub(crate) fn translate_simd(&mut self, op: &Operator<'_>) -> Result<bool> {
        Ok(self.translate_simd_memory(op)?
            || self.translate_simd_lanes(op)?
            || self.translate_simd_integer(op)?
            || self.translate_simd_float(op)?
            || self.translate_simd_convert(op)?)
    }
}
