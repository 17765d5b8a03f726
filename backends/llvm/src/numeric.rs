//! Integer and float arithmetic, comparisons and constants.
//!
//! Wasm semantics LLVM does not give for free are spelled out:
//!
//! * division and remainder trap explicitly: by zero →
//!   `IntegerDivisionByZero`, `div_s` of the minimum by −1 →
//!   `IntegerOverflow`; `rem_s` by −1 divides by 1 instead (the result is
//!   0), so no LLVM division is ever undefined;
//! * shift counts are masked to the operand width; rotates are funnel
//!   shifts; `clz`/`ctz` of zero are defined (`is_zero_poison = false`);
//! * float `add`, `sub`, `mul`, `div`, `sqrt` use LLVM's constrained
//!   intrinsics with `fpexcept.maytrap`. Plain IR float operations let
//!   LLVM fold `x * 1.0`, `x - 0.0`, `x / -1.0` … to `x` or `-x`, which
//!   returns a signalling NaN input unquieted; Wasm requires an arithmetic
//!   (quiet) NaN. `maytrap` forbids exactly those folds while still
//!   allowing CSE and dead-code elimination. Functions are `strictfp`;
//!   the floating-point environment is never changed, so mixing in plain
//!   comparisons and bit operations is sound;
//! * `min`/`max` are built from compares and selects (NaN → the quieting
//!   sum of the operands, ±0 ordered by their bits): LLVM's
//!   `llvm.minimum` may return a signalling NaN operand unchanged;
//! * constants are built from their bits, so NaN payloads survive.

use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::attributes::AttributeLoc;
use inkwell::types::{BasicTypeEnum, FloatType, IntType};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use trident_compiler::decode::NumericEmitter;
use trident_compiler::operators::{DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp};
use trident_types::TrapCode;

/// The LLVM predicate of an integer comparison (scalar or lane-wise).
pub(crate) fn int_predicate(cond: IntCond) -> IntPredicate {
    match cond {
        IntCond::Eq => IntPredicate::EQ,
        IntCond::Ne => IntPredicate::NE,
        IntCond::LtS => IntPredicate::SLT,
        IntCond::LtU => IntPredicate::ULT,
        IntCond::GtS => IntPredicate::SGT,
        IntCond::GtU => IntPredicate::UGT,
        IntCond::LeS => IntPredicate::SLE,
        IntCond::LeU => IntPredicate::ULE,
        IntCond::GeS => IntPredicate::SGE,
        IntCond::GeU => IntPredicate::UGE,
    }
}

/// The LLVM predicate of a float comparison (scalar or lane-wise): ordered,
/// except `ne`.
pub(crate) fn float_predicate(cond: FloatCond) -> FloatPredicate {
    match cond {
        FloatCond::Eq => FloatPredicate::OEQ,
        FloatCond::Ne => FloatPredicate::UNE,
        FloatCond::Lt => FloatPredicate::OLT,
        FloatCond::Gt => FloatPredicate::OGT,
        FloatCond::Le => FloatPredicate::OLE,
        FloatCond::Ge => FloatPredicate::OGE,
    }
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Calls intrinsic `name` overloaded on `types`.
    pub(crate) fn call_intrinsic(
        &self,
        name: &str,
        types: &[BasicTypeEnum<'ctx>],
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let f = self.ir.intrinsic(name, types)?;
        let call = self.b.build_call(f, args, "").ir()?;
        call.try_as_basic_value()
            .basic()
            .ok_or_else(|| self.bug("intrinsic without a result"))
    }

    /// Calls constrained float intrinsic `llvm.experimental.constrained.<op>`
    /// with round-to-nearest (when `rounds`) and `fpexcept.maytrap`.
    pub(crate) fn constrained(
        &self,
        op: &str,
        types: &[BasicTypeEnum<'ctx>],
        args: &[BasicValueEnum<'ctx>],
        rounds: bool,
    ) -> Result<BasicValueEnum<'ctx>> {
        let f = self
            .ir
            .intrinsic(&format!("llvm.experimental.constrained.{op}"), types)?;
        let mut all: Vec<BasicMetadataValueEnum<'ctx>> = args.iter().map(|a| (*a).into()).collect();
        if rounds {
            all.push(self.ir.md_string("round.tonearest"));
        }
        all.push(self.ir.md_string("fpexcept.maytrap"));
        let call = self.b.build_call(f, &all, "").ir()?;
        call.add_attribute(AttributeLoc::Function, self.ir.enum_attr("strictfp"));
        call.try_as_basic_value()
            .basic()
            .ok_or_else(|| self.bug("constrained intrinsic without a result"))
    }

    /// A float constant with exactly these bits.
    pub(crate) fn float_bits(&self, ty: FloatType<'ctx>, bits: u64) -> Result<FloatValue<'ctx>> {
        let int = if ty == self.ir.f32 {
            self.ir.i32.const_int(bits & 0xffff_ffff, false)
        } else {
            self.ir.i64.const_int(bits, false)
        };
        Ok(self.b.build_bit_cast(int, ty, "").ir()?.into_float_value())
    }

    /// The integer type with the width of float type `ty`.
    pub(crate) fn bits_type(&self, ty: FloatType<'ctx>) -> IntType<'ctx> {
        if ty == self.ir.f32 {
            self.ir.i32
        } else {
            self.ir.i64
        }
    }

    /// Sign-extends the low `bits` bits of the top value.
    pub(crate) fn extend_low(&mut self, bits: u32) -> Result<()> {
        let x = self.pop_int()?;
        let narrow = match bits {
            8 => self.ir.i8,
            16 => self.ir.context.i16_type(),
            _ => self.ir.i32,
        };
        let t = self.b.build_int_truncate(x, narrow, "").ir()?;
        let v = self.b.build_int_s_extend(t, x.get_type(), "").ir()?;
        self.push(v);
        Ok(())
    }

    /// Wasm `min`/`max` of two floats.
    fn float_min_max(
        &self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
        max: bool,
    ) -> Result<FloatValue<'ctx>> {
        let ty = a.get_type();
        let bits = self.bits_type(ty);
        let bd = &self.b;
        let pick = if max {
            FloatPredicate::OGT
        } else {
            FloatPredicate::OLT
        };
        let first = bd.build_float_compare(pick, a, b, "").ir()?;
        let ordered = bd.build_select(first, a, b, "").ir()?;
        // Equal operands: only ±0 differ; min prefers −0, max +0.
        let ai = bd.build_bit_cast(a, bits, "").ir()?.into_int_value();
        let bi = bd.build_bit_cast(b, bits, "").ir()?.into_int_value();
        let merged = if max {
            bd.build_and(ai, bi, "").ir()?
        } else {
            bd.build_or(ai, bi, "").ir()?
        };
        let merged = bd.build_bit_cast(merged, ty, "").ir()?;
        let eq = bd.build_float_compare(FloatPredicate::OEQ, a, b, "").ir()?;
        let r = bd.build_select(eq, merged, ordered, "").ir()?;
        let nan = bd.build_float_compare(FloatPredicate::UNO, a, b, "").ir()?;
        let quiet = self.constrained("fadd", &[ty.into()], &[a.into(), b.into()], true)?;
        Ok(self
            .b
            .build_select(nan, quiet, r, "")
            .ir()?
            .into_float_value())
    }
}

impl<'a, 'ctx> NumericEmitter for FuncTranslator<'a, 'ctx> {
    fn const_i32(&mut self, value: i32) -> Result<()> {
        let v = self.i32_const(value);
        self.push(v);
        Ok(())
    }

    fn const_i64(&mut self, value: i64) -> Result<()> {
        let v = self.i64_const(value);
        self.push(v);
        Ok(())
    }

    fn const_f32(&mut self, bits: u32) -> Result<()> {
        let v = self.float_bits(self.ir.f32, u64::from(bits))?;
        self.push(v);
        Ok(())
    }

    fn const_f64(&mut self, bits: u64) -> Result<()> {
        let v = self.float_bits(self.ir.f64, bits)?;
        self.push(v);
        Ok(())
    }

    fn eqz(&mut self) -> Result<()> {
        let x = self.pop_int()?;
        let c = self
            .b
            .build_int_compare(IntPredicate::EQ, x, x.get_type().const_zero(), "")
            .ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    fn int_compare(&mut self, cond: IntCond) -> Result<()> {
        let (a, b) = self.pop2_int()?;
        let c = self
            .b
            .build_int_compare(int_predicate(cond), a, b, "")
            .ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    fn float_compare(&mut self, cond: FloatCond) -> Result<()> {
        let (a, b) = self.pop2_float()?;
        let c = self
            .b
            .build_float_compare(float_predicate(cond), a, b, "")
            .ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    /// `clz`/`ctz` of zero are defined (`is_zero_poison = false`).
    fn int_unary(&mut self, op: IntUnOp) -> Result<()> {
        let x = self.pop_int()?;
        let ty = x.get_type();
        let mut args: Vec<BasicMetadataValueEnum<'ctx>> = vec![x.into()];
        let name = match op {
            IntUnOp::Clz => "llvm.ctlz",
            IntUnOp::Ctz => "llvm.cttz",
            IntUnOp::Popcnt => "llvm.ctpop",
        };
        if op != IntUnOp::Popcnt {
            args.push(self.ir.context.bool_type().const_zero().into());
        }
        let v = self.call_intrinsic(name, &[ty.into()], &args)?;
        self.push(v);
        Ok(())
    }

    fn int_binary(&mut self, op: IntOp) -> Result<()> {
        let (a, b) = self.pop2_int()?;
        let ty = a.get_type();
        let width = ty.get_bit_width();
        let bd = &self.b;
        let v: IntValue<'ctx> = match op {
            IntOp::Add => bd.build_int_add(a, b, "").ir()?,
            IntOp::Sub => bd.build_int_sub(a, b, "").ir()?,
            IntOp::Mul => bd.build_int_mul(a, b, "").ir()?,
            IntOp::And => bd.build_and(a, b, "").ir()?,
            IntOp::Or => bd.build_or(a, b, "").ir()?,
            IntOp::Xor => bd.build_xor(a, b, "").ir()?,
            IntOp::Shl | IntOp::ShrS | IntOp::ShrU => {
                let mask = ty.const_int(u64::from(width - 1), false);
                let n = bd.build_and(b, mask, "").ir()?;
                match op {
                    IntOp::Shl => bd.build_left_shift(a, n, "").ir()?,
                    IntOp::ShrS => bd.build_right_shift(a, n, true, "").ir()?,
                    _ => bd.build_right_shift(a, n, false, "").ir()?,
                }
            }
            IntOp::Rotl | IntOp::Rotr => {
                let name = if op == IntOp::Rotl {
                    "llvm.fshl"
                } else {
                    "llvm.fshr"
                };
                self.call_intrinsic(name, &[ty.into()], &[a.into(), a.into(), b.into()])?
                    .into_int_value()
            }
        };
        self.push(v);
        Ok(())
    }

    fn int_division(&mut self, op: DivOp) -> Result<()> {
        let (a, b) = self.pop2_int()?;
        let ty = a.get_type();
        let width = ty.get_bit_width();
        let is_zero = self
            .b
            .build_int_compare(IntPredicate::EQ, b, ty.const_zero(), "")
            .ir()?;
        self.trap_if(is_zero, TrapCode::IntegerDivisionByZero)?;
        let is_minus_one = self
            .b
            .build_int_compare(IntPredicate::EQ, b, ty.const_all_ones(), "")
            .ir()?;
        let v = match op {
            DivOp::DivS => {
                let min = ty.const_int(1u64 << (width - 1), false);
                let is_min = self
                    .b
                    .build_int_compare(IntPredicate::EQ, a, min, "")
                    .ir()?;
                let overflow = self.b.build_and(is_min, is_minus_one, "").ir()?;
                self.trap_if(overflow, TrapCode::IntegerOverflow)?;
                self.b.build_int_signed_div(a, b, "").ir()?
            }
            DivOp::RemS => {
                let one = ty.const_int(1, false);
                let d = self
                    .b
                    .build_select(is_minus_one, one, b, "")
                    .ir()?
                    .into_int_value();
                self.b.build_int_signed_rem(a, d, "").ir()?
            }
            DivOp::DivU => self.b.build_int_unsigned_div(a, b, "").ir()?,
            DivOp::RemU => self.b.build_int_unsigned_rem(a, b, "").ir()?,
        };
        self.push(v);
        Ok(())
    }

    fn float_unary(&mut self, op: FloatUnOp) -> Result<()> {
        let x = self.pop_float()?;
        let ty: BasicTypeEnum<'ctx> = x.get_type().into();
        let v: BasicValueEnum<'ctx> = match op {
            FloatUnOp::Neg => self.b.build_float_neg(x, "").ir()?.into(),
            FloatUnOp::Abs => self.call_intrinsic("llvm.fabs", &[ty], &[x.into()])?,
            FloatUnOp::Ceil => self.call_intrinsic("llvm.ceil", &[ty], &[x.into()])?,
            FloatUnOp::Floor => self.call_intrinsic("llvm.floor", &[ty], &[x.into()])?,
            FloatUnOp::Trunc => self.call_intrinsic("llvm.trunc", &[ty], &[x.into()])?,
            FloatUnOp::Nearest => self.call_intrinsic("llvm.roundeven", &[ty], &[x.into()])?,
            FloatUnOp::Sqrt => self.constrained("sqrt", &[ty], &[x.into()], true)?,
        };
        self.push(v);
        Ok(())
    }

    fn float_binary(&mut self, op: FloatOp) -> Result<()> {
        let (a, b) = self.pop2_float()?;
        let ty = a.get_type();
        let args = [a.into(), b.into()];
        let v: BasicValueEnum<'ctx> = match op {
            FloatOp::Add => self.constrained("fadd", &[ty.into()], &args, true)?,
            FloatOp::Sub => self.constrained("fsub", &[ty.into()], &args, true)?,
            FloatOp::Mul => self.constrained("fmul", &[ty.into()], &args, true)?,
            FloatOp::Div => self.constrained("fdiv", &[ty.into()], &args, true)?,
            FloatOp::Min => self.float_min_max(a, b, false)?.into(),
            FloatOp::Max => self.float_min_max(a, b, true)?.into(),
            FloatOp::Copysign => {
                self.call_intrinsic("llvm.copysign", &[ty.into()], &[a.into(), b.into()])?
            }
        };
        self.push(v);
        Ok(())
    }
}
