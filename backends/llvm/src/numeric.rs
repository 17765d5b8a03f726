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
use trident_compiler::wasmparser::Operator;
use trident_types::TrapCode;

/// An integer binary operator.
#[derive(Clone, Copy)]
enum IntBin {
    Add,
    Sub,
    Mul,
    DivS,
    DivU,
    RemS,
    RemU,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
}

/// A float binary operator.
#[derive(Clone, Copy)]
enum FloatBin {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    Copysign,
}

/// A float unary operator.
#[derive(Clone, Copy)]
enum FloatUn {
    Abs,
    Neg,
    Ceil,
    Floor,
    Trunc,
    Nearest,
    Sqrt,
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

    fn icmp(&mut self, pred: IntPredicate) -> Result<()> {
        let (a, b) = self.pop2_int()?;
        let c = self.b.build_int_compare(pred, a, b, "").ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    fn fcmp(&mut self, pred: FloatPredicate) -> Result<()> {
        let (a, b) = self.pop2_float()?;
        let c = self.b.build_float_compare(pred, a, b, "").ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    fn int_unary_intrinsic(&mut self, name: &str) -> Result<()> {
        let x = self.pop_int()?;
        let ty = x.get_type();
        let mut args: Vec<BasicMetadataValueEnum<'ctx>> = vec![x.into()];
        if name != "llvm.ctpop" {
            args.push(self.ir.context.bool_type().const_zero().into());
        }
        let v = self.call_intrinsic(name, &[ty.into()], &args)?;
        self.push(v);
        Ok(())
    }

    /// Sign-extends the low `bits` bits of the top value.
    fn extend_low(&mut self, bits: u32) -> Result<()> {
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

    fn int_binary(&mut self, op: IntBin) -> Result<()> {
        let (a, b) = self.pop2_int()?;
        let ty = a.get_type();
        let width = ty.get_bit_width();
        let zero = ty.const_zero();
        let minus_one = ty.const_all_ones();
        let bd = &self.b;
        let v: IntValue<'ctx> = match op {
            IntBin::Add => bd.build_int_add(a, b, "").ir()?,
            IntBin::Sub => bd.build_int_sub(a, b, "").ir()?,
            IntBin::Mul => bd.build_int_mul(a, b, "").ir()?,
            IntBin::And => bd.build_and(a, b, "").ir()?,
            IntBin::Or => bd.build_or(a, b, "").ir()?,
            IntBin::Xor => bd.build_xor(a, b, "").ir()?,
            IntBin::Shl | IntBin::ShrS | IntBin::ShrU => {
                let mask = ty.const_int(u64::from(width - 1), false);
                let n = bd.build_and(b, mask, "").ir()?;
                match op {
                    IntBin::Shl => bd.build_left_shift(a, n, "").ir()?,
                    IntBin::ShrS => bd.build_right_shift(a, n, true, "").ir()?,
                    _ => bd.build_right_shift(a, n, false, "").ir()?,
                }
            }
            IntBin::Rotl | IntBin::Rotr => {
                let name = if matches!(op, IntBin::Rotl) {
                    "llvm.fshl"
                } else {
                    "llvm.fshr"
                };
                self.call_intrinsic(name, &[ty.into()], &[a.into(), a.into(), b.into()])?
                    .into_int_value()
            }
            IntBin::DivS | IntBin::DivU | IntBin::RemS | IntBin::RemU => {
                let is_zero = self
                    .b
                    .build_int_compare(IntPredicate::EQ, b, zero, "")
                    .ir()?;
                self.trap_if(is_zero, TrapCode::IntegerDivisionByZero)?;
                let is_minus_one = self
                    .b
                    .build_int_compare(IntPredicate::EQ, b, minus_one, "")
                    .ir()?;
                match op {
                    IntBin::DivS => {
                        let min = ty.const_int(1u64 << (width - 1), false);
                        let is_min = self
                            .b
                            .build_int_compare(IntPredicate::EQ, a, min, "")
                            .ir()?;
                        let overflow = self.b.build_and(is_min, is_minus_one, "").ir()?;
                        self.trap_if(overflow, TrapCode::IntegerOverflow)?;
                        self.b.build_int_signed_div(a, b, "").ir()?
                    }
                    IntBin::RemS => {
                        let one = ty.const_int(1, false);
                        let d = self
                            .b
                            .build_select(is_minus_one, one, b, "")
                            .ir()?
                            .into_int_value();
                        self.b.build_int_signed_rem(a, d, "").ir()?
                    }
                    IntBin::DivU => self.b.build_int_unsigned_div(a, b, "").ir()?,
                    _ => self.b.build_int_unsigned_rem(a, b, "").ir()?,
                }
            }
        };
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

    fn float_binary(&mut self, op: FloatBin) -> Result<()> {
        let (a, b) = self.pop2_float()?;
        let ty = a.get_type();
        let v: BasicValueEnum<'ctx> = match op {
            FloatBin::Add => self.constrained("fadd", &[ty.into()], &[a.into(), b.into()], true)?,
            FloatBin::Sub => self.constrained("fsub", &[ty.into()], &[a.into(), b.into()], true)?,
            FloatBin::Mul => self.constrained("fmul", &[ty.into()], &[a.into(), b.into()], true)?,
            FloatBin::Div => self.constrained("fdiv", &[ty.into()], &[a.into(), b.into()], true)?,
            FloatBin::Min => self.float_min_max(a, b, false)?.into(),
            FloatBin::Max => self.float_min_max(a, b, true)?.into(),
            FloatBin::Copysign => {
                self.call_intrinsic("llvm.copysign", &[ty.into()], &[a.into(), b.into()])?
            }
        };
        self.push(v);
        Ok(())
    }

    fn float_unary(&mut self, op: FloatUn) -> Result<()> {
        let x = self.pop_float()?;
        let ty: BasicTypeEnum<'ctx> = x.get_type().into();
        let v: BasicValueEnum<'ctx> = match op {
            FloatUn::Neg => self.b.build_float_neg(x, "").ir()?.into(),
            FloatUn::Abs => self.call_intrinsic("llvm.fabs", &[ty], &[x.into()])?,
            FloatUn::Ceil => self.call_intrinsic("llvm.ceil", &[ty], &[x.into()])?,
            FloatUn::Floor => self.call_intrinsic("llvm.floor", &[ty], &[x.into()])?,
            FloatUn::Trunc => self.call_intrinsic("llvm.trunc", &[ty], &[x.into()])?,
            FloatUn::Nearest => self.call_intrinsic("llvm.roundeven", &[ty], &[x.into()])?,
            FloatUn::Sqrt => self.constrained("sqrt", &[ty], &[x.into()], true)?,
        };
        self.push(v);
        Ok(())
    }

    /// Translates a constant, arithmetic or comparison operator; false if
    /// `op` is not one.
    pub(crate) fn translate_numeric(&mut self, op: &Operator<'_>) -> Result<bool> {
        use IntPredicate as I;
        match op {
            Operator::I32Const { value } => {
                let v = self.i32_const(*value);
                self.push(v);
            }
            Operator::I64Const { value } => {
                let v = self.i64_const(*value);
                self.push(v);
            }
            Operator::F32Const { value } => {
                let v = self.float_bits(self.ir.f32, u64::from(value.bits()))?;
                self.push(v);
            }
            Operator::F64Const { value } => {
                let v = self.float_bits(self.ir.f64, value.bits())?;
                self.push(v);
            }
            Operator::I32Eqz | Operator::I64Eqz => {
                let x = self.pop_int()?;
                let c = self
                    .b
                    .build_int_compare(I::EQ, x, x.get_type().const_zero(), "")
                    .ir()?;
                let v = self.bool_to_i32(c)?;
                self.push(v);
            }
            Operator::I32Eq | Operator::I64Eq => self.icmp(I::EQ)?,
            Operator::I32Ne | Operator::I64Ne => self.icmp(I::NE)?,
            Operator::I32LtS | Operator::I64LtS => self.icmp(I::SLT)?,
            Operator::I32LtU | Operator::I64LtU => self.icmp(I::ULT)?,
            Operator::I32GtS | Operator::I64GtS => self.icmp(I::SGT)?,
            Operator::I32GtU | Operator::I64GtU => self.icmp(I::UGT)?,
            Operator::I32LeS | Operator::I64LeS => self.icmp(I::SLE)?,
            Operator::I32LeU | Operator::I64LeU => self.icmp(I::ULE)?,
            Operator::I32GeS | Operator::I64GeS => self.icmp(I::SGE)?,
            Operator::I32GeU | Operator::I64GeU => self.icmp(I::UGE)?,
            Operator::F32Eq | Operator::F64Eq => self.fcmp(FloatPredicate::OEQ)?,
            Operator::F32Ne | Operator::F64Ne => self.fcmp(FloatPredicate::UNE)?,
            Operator::F32Lt | Operator::F64Lt => self.fcmp(FloatPredicate::OLT)?,
            Operator::F32Gt | Operator::F64Gt => self.fcmp(FloatPredicate::OGT)?,
            Operator::F32Le | Operator::F64Le => self.fcmp(FloatPredicate::OLE)?,
            Operator::F32Ge | Operator::F64Ge => self.fcmp(FloatPredicate::OGE)?,
            Operator::I32Clz | Operator::I64Clz => self.int_unary_intrinsic("llvm.ctlz")?,
            Operator::I32Ctz | Operator::I64Ctz => self.int_unary_intrinsic("llvm.cttz")?,
            Operator::I32Popcnt | Operator::I64Popcnt => self.int_unary_intrinsic("llvm.ctpop")?,
            Operator::I32Add | Operator::I64Add => self.int_binary(IntBin::Add)?,
            Operator::I32Sub | Operator::I64Sub => self.int_binary(IntBin::Sub)?,
            Operator::I32Mul | Operator::I64Mul => self.int_binary(IntBin::Mul)?,
            Operator::I32DivS | Operator::I64DivS => self.int_binary(IntBin::DivS)?,
            Operator::I32DivU | Operator::I64DivU => self.int_binary(IntBin::DivU)?,
            Operator::I32RemS | Operator::I64RemS => self.int_binary(IntBin::RemS)?,
            Operator::I32RemU | Operator::I64RemU => self.int_binary(IntBin::RemU)?,
            Operator::I32And | Operator::I64And => self.int_binary(IntBin::And)?,
            Operator::I32Or | Operator::I64Or => self.int_binary(IntBin::Or)?,
            Operator::I32Xor | Operator::I64Xor => self.int_binary(IntBin::Xor)?,
            Operator::I32Shl | Operator::I64Shl => self.int_binary(IntBin::Shl)?,
            Operator::I32ShrS | Operator::I64ShrS => self.int_binary(IntBin::ShrS)?,
            Operator::I32ShrU | Operator::I64ShrU => self.int_binary(IntBin::ShrU)?,
            Operator::I32Rotl | Operator::I64Rotl => self.int_binary(IntBin::Rotl)?,
            Operator::I32Rotr | Operator::I64Rotr => self.int_binary(IntBin::Rotr)?,
            Operator::I32Extend8S | Operator::I64Extend8S => self.extend_low(8)?,
            Operator::I32Extend16S | Operator::I64Extend16S => self.extend_low(16)?,
            Operator::I64Extend32S => self.extend_low(32)?,
            Operator::F32Add | Operator::F64Add => self.float_binary(FloatBin::Add)?,
            Operator::F32Sub | Operator::F64Sub => self.float_binary(FloatBin::Sub)?,
            Operator::F32Mul | Operator::F64Mul => self.float_binary(FloatBin::Mul)?,
            Operator::F32Div | Operator::F64Div => self.float_binary(FloatBin::Div)?,
            Operator::F32Min | Operator::F64Min => self.float_binary(FloatBin::Min)?,
            Operator::F32Max | Operator::F64Max => self.float_binary(FloatBin::Max)?,
            Operator::F32Copysign | Operator::F64Copysign => {
                self.float_binary(FloatBin::Copysign)?
            }
            Operator::F32Abs | Operator::F64Abs => self.float_unary(FloatUn::Abs)?,
            Operator::F32Neg | Operator::F64Neg => self.float_unary(FloatUn::Neg)?,
            Operator::F32Ceil | Operator::F64Ceil => self.float_unary(FloatUn::Ceil)?,
            Operator::F32Floor | Operator::F64Floor => self.float_unary(FloatUn::Floor)?,
            Operator::F32Trunc | Operator::F64Trunc => self.float_unary(FloatUn::Trunc)?,
            Operator::F32Nearest | Operator::F64Nearest => self.float_unary(FloatUn::Nearest)?,
            Operator::F32Sqrt | Operator::F64Sqrt => self.float_unary(FloatUn::Sqrt)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
