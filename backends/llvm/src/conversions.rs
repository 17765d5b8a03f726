//! Conversions between value types.
//!
//! * Trapping float → int: a NaN traps with `BadConversionToInteger`, a
//!   value whose truncation does not fit traps with `IntegerOverflow`;
//!   only then is `fptosi`/`fptoui` applied, so LLVM never sees an
//!   out-of-range (poison) conversion. The bounds are exact in the source
//!   type: `x < 2^(n-1)` and `x >= -2^(n-1)` for signed (`x > -2^31 - 1`
//!   for `f64 → i32`, where that bound is representable), `x > -1` and
//!   `x < 2^n` for unsigned.
//! * Saturating float → int: `llvm.fptosi.sat`/`llvm.fptoui.sat`, whose
//!   semantics are exactly Wasm's (NaN → 0, clamped).
//! * `demote`/`promote`: constrained `fptrunc`/`fpext` (`fpexcept.maytrap`)
//!   so LLVM never folds `demote(promote(x))` to `x`, which would keep a
//!   signalling NaN unquieted.
//! * int → float: `sitofp`/`uitofp` (exact IEEE rounding on every target).
//! * reinterpretations are bit casts; extensions and wrapping are
//!   `sext`/`zext`/`trunc`.

use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::types::{FloatType, IntType};
use inkwell::values::BasicValueEnum;
use inkwell::FloatPredicate;
use trident_compiler::wasmparser::Operator;
use trident_types::TrapCode;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Trapping truncation of the top float to an integer of type `to`.
    fn trunc_checked(&mut self, to: IntType<'ctx>, signed: bool) -> Result<()> {
        let x = self.pop_float()?;
        let from: FloatType<'ctx> = x.get_type();
        let n = to.get_bit_width() as i32;
        let nan = self
            .b
            .build_float_compare(FloatPredicate::UNO, x, x, "")
            .ir()?;
        self.trap_if(nan, TrapCode::BadConversionToInteger)?;
        let (lo, lo_inclusive, hi) = if signed {
            let half = 2f64.powi(n - 1);
            if from == self.ir.f64 && n == 32 {
                (-half - 1.0, false, half)
            } else {
                (-half, true, half)
            }
        } else {
            (-1.0, false, 2f64.powi(n))
        };
        let lo_pred = if lo_inclusive {
            FloatPredicate::OGE
        } else {
            FloatPredicate::OGT
        };
        let above = self
            .b
            .build_float_compare(lo_pred, x, from.const_float(lo), "")
            .ir()?;
        let below = self
            .b
            .build_float_compare(FloatPredicate::OLT, x, from.const_float(hi), "")
            .ir()?;
        let fits = self.b.build_and(above, below, "").ir()?;
        let overflow = self.b.build_not(fits, "").ir()?;
        self.trap_if(overflow, TrapCode::IntegerOverflow)?;
        let v = if signed {
            self.b.build_float_to_signed_int(x, to, "").ir()?
        } else {
            self.b.build_float_to_unsigned_int(x, to, "").ir()?
        };
        self.push(v);
        Ok(())
    }

    /// Saturating truncation of the top float to an integer of type `to`.
    fn trunc_saturating(&mut self, to: IntType<'ctx>, signed: bool) -> Result<()> {
        let x = self.pop_float()?;
        let name = if signed {
            "llvm.fptosi.sat"
        } else {
            "llvm.fptoui.sat"
        };
        let v = self.call_intrinsic(name, &[to.into(), x.get_type().into()], &[x.into()])?;
        self.push(v);
        Ok(())
    }

    /// Converts the top integer to float type `to`.
    fn convert(&mut self, to: FloatType<'ctx>, signed: bool) -> Result<()> {
        let x = self.pop_int()?;
        let v = if signed {
            self.b.build_signed_int_to_float(x, to, "").ir()?
        } else {
            self.b.build_unsigned_int_to_float(x, to, "").ir()?
        };
        self.push(v);
        Ok(())
    }

    /// Reinterprets the top value's bits as type `to`.
    fn reinterpret(&mut self, to: inkwell::types::BasicTypeEnum<'ctx>) -> Result<()> {
        let x: BasicValueEnum<'ctx> = self.pop()?;
        let v = self.b.build_bit_cast(x, to, "").ir()?;
        self.push(v);
        Ok(())
    }

    /// Translates a conversion operator; false if `op` is not one.
    pub(crate) fn translate_conversion(&mut self, op: &Operator<'_>) -> Result<bool> {
        let (i32t, i64t, f32t, f64t) = (self.ir.i32, self.ir.i64, self.ir.f32, self.ir.f64);
        match op {
            Operator::I32WrapI64 => {
                let x = self.pop_int()?;
                let v = self.b.build_int_truncate(x, i32t, "").ir()?;
                self.push(v);
            }
            Operator::I64ExtendI32S => {
                let x = self.pop_int()?;
                let v = self.b.build_int_s_extend(x, i64t, "").ir()?;
                self.push(v);
            }
            Operator::I64ExtendI32U => {
                let x = self.pop_int()?;
                let v = self.b.build_int_z_extend(x, i64t, "").ir()?;
                self.push(v);
            }
            Operator::I32TruncF32S | Operator::I32TruncF64S => self.trunc_checked(i32t, true)?,
            Operator::I32TruncF32U | Operator::I32TruncF64U => self.trunc_checked(i32t, false)?,
            Operator::I64TruncF32S | Operator::I64TruncF64S => self.trunc_checked(i64t, true)?,
            Operator::I64TruncF32U | Operator::I64TruncF64U => self.trunc_checked(i64t, false)?,
            Operator::I32TruncSatF32S | Operator::I32TruncSatF64S => {
                self.trunc_saturating(i32t, true)?
            }
            Operator::I32TruncSatF32U | Operator::I32TruncSatF64U => {
                self.trunc_saturating(i32t, false)?
            }
            Operator::I64TruncSatF32S | Operator::I64TruncSatF64S => {
                self.trunc_saturating(i64t, true)?
            }
            Operator::I64TruncSatF32U | Operator::I64TruncSatF64U => {
                self.trunc_saturating(i64t, false)?
            }
            Operator::F32ConvertI32S | Operator::F32ConvertI64S => self.convert(f32t, true)?,
            Operator::F32ConvertI32U | Operator::F32ConvertI64U => self.convert(f32t, false)?,
            Operator::F64ConvertI32S | Operator::F64ConvertI64S => self.convert(f64t, true)?,
            Operator::F64ConvertI32U | Operator::F64ConvertI64U => self.convert(f64t, false)?,
            Operator::F32DemoteF64 => {
                let x = self.pop_float()?;
                let v =
                    self.constrained("fptrunc", &[f32t.into(), f64t.into()], &[x.into()], true)?;
                self.push(v);
            }
            Operator::F64PromoteF32 => {
                let x = self.pop_float()?;
                let v =
                    self.constrained("fpext", &[f64t.into(), f32t.into()], &[x.into()], false)?;
                self.push(v);
            }
            Operator::I32ReinterpretF32 => self.reinterpret(i32t.into())?,
            Operator::I64ReinterpretF64 => self.reinterpret(i64t.into())?,
            Operator::F32ReinterpretI32 => self.reinterpret(f32t.into())?,
            Operator::F64ReinterpretI64 => self.reinterpret(f64t.into())?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
