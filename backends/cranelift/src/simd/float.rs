//! Float SIMD operators: lane arithmetic, rounding, `min`/`max`,
//! `pmin`/`pmax` and comparisons.
//!
//! CLIF's vector `fmin`/`fmax` have Wasm's semantics (a NaN lane gives a
//! NaN, `-0 < +0`). `pmin a b` is `b < a ? b : a` and `pmax a b` is
//! `a < b ? b : a` lane-wise, built from an `fcmp` mask and `bitselect`, so
//! they return one of their inputs bit for bit. Comparisons give
//! all-ones/all-zeros integer lane masks.
//!
//! Results that can be a NaN go through `push_float_vec`, which applies
//! NaN canonicalization when it is on.

use super::cast;
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value};
use cranelift_frontend::FunctionBuilder;

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// A lane operation that may produce NaNs.
    pub(super) fn float_unop(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value) -> Value,
    ) -> Result<()> {
        let x = self.pop_vec(ty)?;
        let r = f(&mut self.b, x);
        self.push_float_vec(r);
        Ok(())
    }

    /// A two-operand lane operation that may produce NaNs.
    pub(super) fn float_binop(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value, Value) -> Value,
    ) -> Result<()> {
        let (x, y) = self.pop_vec2(ty)?;
        let r = f(&mut self.b, x, y);
        self.push_float_vec(r);
        Ok(())
    }

    /// `pmin` (`max == false`) or `pmax`.
    pub(super) fn pseudo_minmax(&mut self, ty: Type, max: bool) -> Result<()> {
        self.vec_binop(ty, |b, x, y| {
            // pmin: y < x picks y; pmax: x < y picks y.
            let mask = if max {
                b.ins().fcmp(FloatCC::LessThan, x, y)
            } else {
                b.ins().fcmp(FloatCC::LessThan, y, x)
            };
            let mask = cast(b, ty, mask);
            b.ins().bitselect(mask, y, x)
        })
    }
}
