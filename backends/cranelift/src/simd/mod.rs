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
//! Operators are split by category:
//! * `memory`: loads and stores, including the lane, splat, zero and
//!   extending forms;
//! * `lanes`: constants, splats, lane access, shuffle and swizzle;
//! * `integer`: bitwise, integer and saturating arithmetic, shifts,
//!   comparisons, reductions (`any_true`, `all_true`, `bitmask`), narrowing
//!   and widening, `dot`, `extadd`, `extmul`, `q15mulr`;
//! * `float`: float arithmetic, rounding, comparisons, `pmin`/`pmax`;
//! * `convert`: conversions between integer and float lanes.
//!
//! NaN canonicalization (`CompilerOptions::nan_canonicalization`) applies
//! to every lane operation that can produce a NaN (arithmetic, `sqrt`,
//! `min`/`max`, rounding, `promote`/`demote`): each lane that is a NaN is
//! replaced with the canonical NaN of its type. `pmin`/`pmax`, `abs`, `neg`
//! and bitwise operators only move input bits and are left alone.
//!
//! Relaxed SIMD is rejected by the front end before any code reaches here.

mod convert;
mod float;
mod integer;
mod lanes;
mod memory;

use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{
    types, ConstantData, Endianness, InstBuilder, MemFlagsData, Type, Value,
};
use cranelift_frontend::FunctionBuilder;
use trident_compiler::wasmparser::Operator;

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

macro_rules! define_simd_name {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// The name of a SIMD operator as wasmparser spells it (`I16x8Add`),
        /// without formatting anything; "" for other operators.
        fn simd_name(op: &Operator<'_>) -> &'static str {
            match op {
                $( Operator::$op { .. } => stringify!($op), )*
                _ => "",
            }
        }
    };
}
trident_compiler::wasmparser::for_each_visit_simd_operator!(define_simd_name);

/// The vector type an operator works on, from its name's prefix
/// (`I16x8…` → `I16X8`, `F64x2…` → `F64X2`); `I8X16` for the rest, whose
/// names start with `I8x16` or `V128`.
pub(crate) fn lanes_of_op(op: &Operator<'_>) -> Type {
    let name = simd_name(op);
    match name.get(..5) {
        Some("I16x8") => types::I16X8,
        Some("I32x4") => types::I32X4,
        Some("I64x2") => types::I64X2,
        Some("F32x4") => types::F32X4,
        Some("F64x2") => types::F64X2,
        _ => types::I8X16,
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
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

    /// Translates a SIMD operator; false if `op` is not one.
    pub(crate) fn translate_simd(&mut self, op: &Operator<'_>) -> Result<bool> {
        Ok(self.translate_simd_memory(op)?
            || self.translate_simd_lanes(op)?
            || self.translate_simd_integer(op)?
            || self.translate_simd_float(op)?
            || self.translate_simd_convert(op)?)
    }
}
