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
//!
//! The operators arrive decoded (`trident_compiler::decode::conversions`).

use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::types::{FloatType, IntType};
use inkwell::values::BasicValueEnum;
use inkwell::FloatPredicate;
use trident_compiler::decode::ConversionEmitter;
use trident_compiler::operators::{Size, TruncKind};
use trident_types::{TrapCode, ValType};

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
}

impl<'a, 'ctx> ConversionEmitter for FuncTranslator<'a, 'ctx> {
    fn wrap(&mut self) -> Result<()> {
        let x = self.pop_int()?;
        let v = self.b.build_int_truncate(x, self.ir.i32, "").ir()?;
        self.push(v);
        Ok(())
    }

    fn extend_i32(&mut self, signed: bool) -> Result<()> {
        let x = self.pop_int()?;
        let v = if signed {
            self.b.build_int_s_extend(x, self.ir.i64, "").ir()?
        } else {
            self.b.build_int_z_extend(x, self.ir.i64, "").ir()?
        };
        self.push(v);
        Ok(())
    }

    /// Sign extension is `numeric.rs`'s `extend_low`.
    fn sign_extend(&mut self, from_bits: u32, _to: Size) -> Result<()> {
        self.extend_low(from_bits)
    }

    fn trunc(&mut self, kind: TruncKind) -> Result<()> {
        let to = match kind.dst {
            Size::S32 => self.ir.i32,
            Size::S64 => self.ir.i64,
        };
        if kind.saturating {
            self.trunc_saturating(to, kind.signed)
        } else {
            self.trunc_checked(to, kind.signed)
        }
    }

    fn convert(&mut self, _src: Size, signed: bool, dst: Size) -> Result<()> {
        let to = match dst {
            Size::S32 => self.ir.f32,
            Size::S64 => self.ir.f64,
        };
        let x = self.pop_int()?;
        let v = if signed {
            self.b.build_signed_int_to_float(x, to, "").ir()?
        } else {
            self.b.build_unsigned_int_to_float(x, to, "").ir()?
        };
        self.push(v);
        Ok(())
    }

    fn demote(&mut self) -> Result<()> {
        let (f32t, f64t) = (self.ir.f32, self.ir.f64);
        let x = self.pop_float()?;
        let v = self.constrained("fptrunc", &[f32t.into(), f64t.into()], &[x.into()], true)?;
        self.push(v);
        Ok(())
    }

    fn promote(&mut self) -> Result<()> {
        let (f32t, f64t) = (self.ir.f32, self.ir.f64);
        let x = self.pop_float()?;
        let v = self.constrained("fpext", &[f64t.into(), f32t.into()], &[x.into()], false)?;
        self.push(v);
        Ok(())
    }

    /// A bit cast.
    fn reinterpret(&mut self, to: ValType) -> Result<()> {
        let x: BasicValueEnum<'ctx> = self.pop()?;
        let v = self.b.build_bit_cast(x, self.ty(to), "").ir()?;
        self.push(v);
        Ok(())
    }
}
