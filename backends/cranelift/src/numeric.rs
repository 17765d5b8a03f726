//! Numeric operators: constants, integer and float arithmetic,
//! comparisons, conversions, sign extension and reinterpretation.
//!
//! Everything maps to one or two CLIF instructions whose semantics match
//! Wasm's. Trapping cases rely on Cranelift's own trapping instructions:
//! `sdiv`/`udiv`/`srem`/`urem` trap with `int_divz` on a zero divisor and
//! `sdiv` with `int_ovf` on `INT_MIN / -1` (`srem` of that gives 0);
//! `fcvt_to_sint`/`fcvt_to_uint` trap with `bad_toint` on NaN and
//! `int_ovf` when out of range. Shift and rotate counts are taken modulo
//! the width by CLIF, as in Wasm. `fmin`/`fmax`/`nearest`/`fcopysign`
//! have Wasm's NaN and signed-zero behavior.

use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::immediates::{Ieee32, Ieee64};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::FunctionBuilder;
use trident_compiler::wasmparser::Operator;

type B<'a, 'f> = &'a mut FunctionBuilder<'f>;

impl<'e, 'f> FuncTranslator<'e, 'f> {
    fn unop(&mut self, f: impl FnOnce(B<'_, 'f>, Value) -> Value) -> Result<()> {
        let x = self.pop()?;
        let r = f(&mut self.b, x);
        self.push(r);
        Ok(())
    }

    fn binop(&mut self, f: impl FnOnce(B<'_, 'f>, Value, Value) -> Value) -> Result<()> {
        let (x, y) = self.pop2()?;
        let r = f(&mut self.b, x, y);
        self.push(r);
        Ok(())
    }

    fn icmp(&mut self, cc: IntCC) -> Result<()> {
        self.binop(|b, x, y| {
            let c = b.ins().icmp(cc, x, y);
            b.ins().uextend(types::I32, c)
        })
    }

    fn fcmp(&mut self, cc: FloatCC) -> Result<()> {
        self.binop(|b, x, y| {
            let c = b.ins().fcmp(cc, x, y);
            b.ins().uextend(types::I32, c)
        })
    }

    fn eqz(&mut self) -> Result<()> {
        self.unop(|b, x| {
            let c = b.ins().icmp_imm_s(IntCC::Equal, x, 0);
            b.ins().uextend(types::I32, c)
        })
    }

    /// Sign-extends the low `from` bits of a value of type `to`.
    fn sext_low(&mut self, from: Type, to: Type) -> Result<()> {
        self.unop(|b, x| {
            let low = b.ins().ireduce(from, x);
            b.ins().sextend(to, low)
        })
    }

    fn reinterpret(&mut self, to: Type) -> Result<()> {
        self.unop(|b, x| b.ins().bitcast(to, MemFlagsData::new(), x))
    }

    /// Translates a numeric operator; false if `op` is not one.
    pub(crate) fn translate_numeric(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{F32, F64, I16, I32, I64, I8};
        match op {
            // Constants.
            Operator::I32Const { value } => {
                let v = self.i32const(*value);
                self.push(v);
            }
            Operator::I64Const { value } => {
                let v = self.b.ins().iconst(I64, *value);
                self.push(v);
            }
            Operator::F32Const { value } => {
                let v = self.b.ins().f32const(Ieee32::with_bits(value.bits()));
                self.push(v);
            }
            Operator::F64Const { value } => {
                let v = self.b.ins().f64const(Ieee64::with_bits(value.bits()));
                self.push(v);
            }

            // Integer comparisons.
            Operator::I32Eqz | Operator::I64Eqz => self.eqz()?,
            Operator::I32Eq | Operator::I64Eq => self.icmp(IntCC::Equal)?,
            Operator::I32Ne | Operator::I64Ne => self.icmp(IntCC::NotEqual)?,
            Operator::I32LtS | Operator::I64LtS => self.icmp(IntCC::SignedLessThan)?,
            Operator::I32LtU | Operator::I64LtU => self.icmp(IntCC::UnsignedLessThan)?,
            Operator::I32GtS | Operator::I64GtS => self.icmp(IntCC::SignedGreaterThan)?,
            Operator::I32GtU | Operator::I64GtU => self.icmp(IntCC::UnsignedGreaterThan)?,
            Operator::I32LeS | Operator::I64LeS => self.icmp(IntCC::SignedLessThanOrEqual)?,
            Operator::I32LeU | Operator::I64LeU => self.icmp(IntCC::UnsignedLessThanOrEqual)?,
            Operator::I32GeS | Operator::I64GeS => self.icmp(IntCC::SignedGreaterThanOrEqual)?,
            Operator::I32GeU | Operator::I64GeU => self.icmp(IntCC::UnsignedGreaterThanOrEqual)?,

            // Float comparisons.
            Operator::F32Eq | Operator::F64Eq => self.fcmp(FloatCC::Equal)?,
            Operator::F32Ne | Operator::F64Ne => self.fcmp(FloatCC::NotEqual)?,
            Operator::F32Lt | Operator::F64Lt => self.fcmp(FloatCC::LessThan)?,
            Operator::F32Gt | Operator::F64Gt => self.fcmp(FloatCC::GreaterThan)?,
            Operator::F32Le | Operator::F64Le => self.fcmp(FloatCC::LessThanOrEqual)?,
            Operator::F32Ge | Operator::F64Ge => self.fcmp(FloatCC::GreaterThanOrEqual)?,

            // Integer arithmetic.
            Operator::I32Clz | Operator::I64Clz => self.unop(|b, x| b.ins().clz(x))?,
            Operator::I32Ctz | Operator::I64Ctz => self.unop(|b, x| b.ins().ctz(x))?,
            Operator::I32Popcnt | Operator::I64Popcnt => self.unop(|b, x| b.ins().popcnt(x))?,
            Operator::I32Add | Operator::I64Add => self.binop(|b, x, y| b.ins().iadd(x, y))?,
            Operator::I32Sub | Operator::I64Sub => self.binop(|b, x, y| b.ins().isub(x, y))?,
            Operator::I32Mul | Operator::I64Mul => self.binop(|b, x, y| b.ins().imul(x, y))?,
            Operator::I32DivS | Operator::I64DivS => self.binop(|b, x, y| b.ins().sdiv(x, y))?,
            Operator::I32DivU | Operator::I64DivU => self.binop(|b, x, y| b.ins().udiv(x, y))?,
            Operator::I32RemS | Operator::I64RemS => self.binop(|b, x, y| b.ins().srem(x, y))?,
            Operator::I32RemU | Operator::I64RemU => self.binop(|b, x, y| b.ins().urem(x, y))?,
            Operator::I32And | Operator::I64And => self.binop(|b, x, y| b.ins().band(x, y))?,
            Operator::I32Or | Operator::I64Or => self.binop(|b, x, y| b.ins().bor(x, y))?,
            Operator::I32Xor | Operator::I64Xor => self.binop(|b, x, y| b.ins().bxor(x, y))?,
            Operator::I32Shl | Operator::I64Shl => self.binop(|b, x, y| b.ins().ishl(x, y))?,
            Operator::I32ShrS | Operator::I64ShrS => self.binop(|b, x, y| b.ins().sshr(x, y))?,
            Operator::I32ShrU | Operator::I64ShrU => self.binop(|b, x, y| b.ins().ushr(x, y))?,
            Operator::I32Rotl | Operator::I64Rotl => self.binop(|b, x, y| b.ins().rotl(x, y))?,
            Operator::I32Rotr | Operator::I64Rotr => self.binop(|b, x, y| b.ins().rotr(x, y))?,

            // Float arithmetic.
            Operator::F32Abs | Operator::F64Abs => self.unop(|b, x| b.ins().fabs(x))?,
            Operator::F32Neg | Operator::F64Neg => self.unop(|b, x| b.ins().fneg(x))?,
            Operator::F32Ceil | Operator::F64Ceil => self.unop(|b, x| b.ins().ceil(x))?,
            Operator::F32Floor | Operator::F64Floor => self.unop(|b, x| b.ins().floor(x))?,
            Operator::F32Trunc | Operator::F64Trunc => self.unop(|b, x| b.ins().trunc(x))?,
            Operator::F32Nearest | Operator::F64Nearest => self.unop(|b, x| b.ins().nearest(x))?,
            Operator::F32Sqrt | Operator::F64Sqrt => self.unop(|b, x| b.ins().sqrt(x))?,
            Operator::F32Add | Operator::F64Add => self.binop(|b, x, y| b.ins().fadd(x, y))?,
            Operator::F32Sub | Operator::F64Sub => self.binop(|b, x, y| b.ins().fsub(x, y))?,
            Operator::F32Mul | Operator::F64Mul => self.binop(|b, x, y| b.ins().fmul(x, y))?,
            Operator::F32Div | Operator::F64Div => self.binop(|b, x, y| b.ins().fdiv(x, y))?,
            Operator::F32Min | Operator::F64Min => self.binop(|b, x, y| b.ins().fmin(x, y))?,
            Operator::F32Max | Operator::F64Max => self.binop(|b, x, y| b.ins().fmax(x, y))?,
            Operator::F32Copysign | Operator::F64Copysign => {
                self.binop(|b, x, y| b.ins().fcopysign(x, y))?
            }

            // Integer width changes.
            Operator::I32WrapI64 => self.unop(|b, x| b.ins().ireduce(I32, x))?,
            Operator::I64ExtendI32S => self.unop(|b, x| b.ins().sextend(I64, x))?,
            Operator::I64ExtendI32U => self.unop(|b, x| b.ins().uextend(I64, x))?,
            Operator::I32Extend8S => self.sext_low(I8, I32)?,
            Operator::I32Extend16S => self.sext_low(I16, I32)?,
            Operator::I64Extend8S => self.sext_low(I8, I64)?,
            Operator::I64Extend16S => self.sext_low(I16, I64)?,
            Operator::I64Extend32S => self.sext_low(I32, I64)?,

            // Float to integer, trapping.
            Operator::I32TruncF32S | Operator::I32TruncF64S => {
                self.unop(|b, x| b.ins().fcvt_to_sint(I32, x))?
            }
            Operator::I32TruncF32U | Operator::I32TruncF64U => {
                self.unop(|b, x| b.ins().fcvt_to_uint(I32, x))?
            }
            Operator::I64TruncF32S | Operator::I64TruncF64S => {
                self.unop(|b, x| b.ins().fcvt_to_sint(I64, x))?
            }
            Operator::I64TruncF32U | Operator::I64TruncF64U => {
                self.unop(|b, x| b.ins().fcvt_to_uint(I64, x))?
            }

            // Float to integer, saturating.
            Operator::I32TruncSatF32S | Operator::I32TruncSatF64S => {
                self.unop(|b, x| b.ins().fcvt_to_sint_sat(I32, x))?
            }
            Operator::I32TruncSatF32U | Operator::I32TruncSatF64U => {
                self.unop(|b, x| b.ins().fcvt_to_uint_sat(I32, x))?
            }
            Operator::I64TruncSatF32S | Operator::I64TruncSatF64S => {
                self.unop(|b, x| b.ins().fcvt_to_sint_sat(I64, x))?
            }
            Operator::I64TruncSatF32U | Operator::I64TruncSatF64U => {
                self.unop(|b, x| b.ins().fcvt_to_uint_sat(I64, x))?
            }

            // Integer to float.
            Operator::F32ConvertI32S | Operator::F32ConvertI64S => {
                self.unop(|b, x| b.ins().fcvt_from_sint(F32, x))?
            }
            Operator::F32ConvertI32U | Operator::F32ConvertI64U => {
                self.unop(|b, x| b.ins().fcvt_from_uint(F32, x))?
            }
            Operator::F64ConvertI32S | Operator::F64ConvertI64S => {
                self.unop(|b, x| b.ins().fcvt_from_sint(F64, x))?
            }
            Operator::F64ConvertI32U | Operator::F64ConvertI64U => {
                self.unop(|b, x| b.ins().fcvt_from_uint(F64, x))?
            }

            // Float width changes.
            Operator::F32DemoteF64 => self.unop(|b, x| b.ins().fdemote(F32, x))?,
            Operator::F64PromoteF32 => self.unop(|b, x| b.ins().fpromote(F64, x))?,

            // Reinterpretations.
            Operator::I32ReinterpretF32 => self.reinterpret(I32)?,
            Operator::I64ReinterpretF64 => self.reinterpret(I64)?,
            Operator::F32ReinterpretI32 => self.reinterpret(F32)?,
            Operator::F64ReinterpretI64 => self.reinterpret(F64)?,

            _ => return Ok(false),
        }
        Ok(true)
    }
}
