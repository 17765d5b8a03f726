//! Numeric operators: constants, integer and float arithmetic,
//! comparisons, conversions, sign extension and reinterpretation, as
//! decoded by `trident_compiler::decode::{numeric, conversions}`.
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
use trident_compiler::decode::{ConversionEmitter, NumericEmitter};
use trident_compiler::operators::{
    DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp, Size, TruncKind,
};
use trident_types::ValType;

type B<'a, 'f> = &'a mut FunctionBuilder<'f>;

/// The CLIF condition of an integer comparison (scalar or lane-wise).
pub(crate) fn int_cc(cond: IntCond) -> IntCC {
    match cond {
        IntCond::Eq => IntCC::Equal,
        IntCond::Ne => IntCC::NotEqual,
        IntCond::LtS => IntCC::SignedLessThan,
        IntCond::LtU => IntCC::UnsignedLessThan,
        IntCond::GtS => IntCC::SignedGreaterThan,
        IntCond::GtU => IntCC::UnsignedGreaterThan,
        IntCond::LeS => IntCC::SignedLessThanOrEqual,
        IntCond::LeU => IntCC::UnsignedLessThanOrEqual,
        IntCond::GeS => IntCC::SignedGreaterThanOrEqual,
        IntCond::GeU => IntCC::UnsignedGreaterThanOrEqual,
    }
}

/// The CLIF condition of a float comparison (scalar or lane-wise).
pub(crate) fn float_cc(cond: FloatCond) -> FloatCC {
    match cond {
        FloatCond::Eq => FloatCC::Equal,
        FloatCond::Ne => FloatCC::NotEqual,
        FloatCond::Lt => FloatCC::LessThan,
        FloatCond::Gt => FloatCC::GreaterThan,
        FloatCond::Le => FloatCC::LessThanOrEqual,
        FloatCond::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// The CLIF integer type of width `size`.
fn int_type(size: Size) -> Type {
    match size {
        Size::S32 => types::I32,
        Size::S64 => types::I64,
    }
}

/// The CLIF float type of width `size`.
fn float_type(size: Size) -> Type {
    match size {
        Size::S32 => types::F32,
        Size::S64 => types::F64,
    }
}

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

    /// Sign-extends the low `from` bits of a value of type `to`.
    fn sext_low(&mut self, from: Type, to: Type) -> Result<()> {
        self.unop(|b, x| {
            let low = b.ins().ireduce(from, x);
            b.ins().sextend(to, low)
        })
    }
}

impl<'f> NumericEmitter for FuncTranslator<'_, 'f> {
    fn const_i32(&mut self, value: i32) -> Result<()> {
        let v = self.i32const(value);
        self.push(v);
        Ok(())
    }

    fn const_i64(&mut self, value: i64) -> Result<()> {
        let v = self.b.ins().iconst(types::I64, value);
        self.push(v);
        Ok(())
    }

    fn const_f32(&mut self, bits: u32) -> Result<()> {
        let v = self.b.ins().f32const(Ieee32::with_bits(bits));
        self.push(v);
        Ok(())
    }

    fn const_f64(&mut self, bits: u64) -> Result<()> {
        let v = self.b.ins().f64const(Ieee64::with_bits(bits));
        self.push(v);
        Ok(())
    }

    fn eqz(&mut self) -> Result<()> {
        self.unop(|b, x| {
            let c = b.ins().icmp_imm_s(IntCC::Equal, x, 0);
            b.ins().uextend(types::I32, c)
        })
    }

    fn int_compare(&mut self, cond: IntCond) -> Result<()> {
        self.binop(|b, x, y| {
            let c = b.ins().icmp(int_cc(cond), x, y);
            b.ins().uextend(types::I32, c)
        })
    }

    fn float_compare(&mut self, cond: FloatCond) -> Result<()> {
        self.binop(|b, x, y| {
            let c = b.ins().fcmp(float_cc(cond), x, y);
            b.ins().uextend(types::I32, c)
        })
    }

    fn int_unary(&mut self, op: IntUnOp) -> Result<()> {
        self.unop(|b, x| match op {
            IntUnOp::Clz => b.ins().clz(x),
            IntUnOp::Ctz => b.ins().ctz(x),
            IntUnOp::Popcnt => b.ins().popcnt(x),
        })
    }

    fn int_binary(&mut self, op: IntOp) -> Result<()> {
        self.binop(|b, x, y| match op {
            IntOp::Add => b.ins().iadd(x, y),
            IntOp::Sub => b.ins().isub(x, y),
            IntOp::Mul => b.ins().imul(x, y),
            IntOp::And => b.ins().band(x, y),
            IntOp::Or => b.ins().bor(x, y),
            IntOp::Xor => b.ins().bxor(x, y),
            IntOp::Shl => b.ins().ishl(x, y),
            IntOp::ShrS => b.ins().sshr(x, y),
            IntOp::ShrU => b.ins().ushr(x, y),
            IntOp::Rotl => b.ins().rotl(x, y),
            IntOp::Rotr => b.ins().rotr(x, y),
        })
    }

    fn int_division(&mut self, op: DivOp) -> Result<()> {
        self.binop(|b, x, y| match op {
            DivOp::DivS => b.ins().sdiv(x, y),
            DivOp::DivU => b.ins().udiv(x, y),
            DivOp::RemS => b.ins().srem(x, y),
            DivOp::RemU => b.ins().urem(x, y),
        })
    }

    fn float_unary(&mut self, op: FloatUnOp) -> Result<()> {
        self.unop(|b, x| match op {
            FloatUnOp::Abs => b.ins().fabs(x),
            FloatUnOp::Neg => b.ins().fneg(x),
            FloatUnOp::Sqrt => b.ins().sqrt(x),
            FloatUnOp::Ceil => b.ins().ceil(x),
            FloatUnOp::Floor => b.ins().floor(x),
            FloatUnOp::Trunc => b.ins().trunc(x),
            FloatUnOp::Nearest => b.ins().nearest(x),
        })
    }

    fn float_binary(&mut self, op: FloatOp) -> Result<()> {
        self.binop(|b, x, y| match op {
            FloatOp::Add => b.ins().fadd(x, y),
            FloatOp::Sub => b.ins().fsub(x, y),
            FloatOp::Mul => b.ins().fmul(x, y),
            FloatOp::Div => b.ins().fdiv(x, y),
            FloatOp::Min => b.ins().fmin(x, y),
            FloatOp::Max => b.ins().fmax(x, y),
            FloatOp::Copysign => b.ins().fcopysign(x, y),
        })
    }
}

impl<'f> ConversionEmitter for FuncTranslator<'_, 'f> {
    fn wrap(&mut self) -> Result<()> {
        self.unop(|b, x| b.ins().ireduce(types::I32, x))
    }

    fn extend_i32(&mut self, signed: bool) -> Result<()> {
        if signed {
            self.unop(|b, x| b.ins().sextend(types::I64, x))
        } else {
            self.unop(|b, x| b.ins().uextend(types::I64, x))
        }
    }

    fn sign_extend(&mut self, from_bits: u32, to: Size) -> Result<()> {
        let from = match from_bits {
            8 => types::I8,
            16 => types::I16,
            _ => types::I32,
        };
        self.sext_low(from, int_type(to))
    }

    fn trunc(&mut self, kind: TruncKind) -> Result<()> {
        let to = int_type(kind.dst);
        self.unop(|b, x| match (kind.signed, kind.saturating) {
            (true, false) => b.ins().fcvt_to_sint(to, x),
            (false, false) => b.ins().fcvt_to_uint(to, x),
            (true, true) => b.ins().fcvt_to_sint_sat(to, x),
            (false, true) => b.ins().fcvt_to_uint_sat(to, x),
        })
    }

    fn convert(&mut self, _src: Size, signed: bool, dst: Size) -> Result<()> {
        let to = float_type(dst);
        if signed {
            self.unop(|b, x| b.ins().fcvt_from_sint(to, x))
        } else {
            self.unop(|b, x| b.ins().fcvt_from_uint(to, x))
        }
    }

    fn demote(&mut self) -> Result<()> {
        self.unop(|b, x| b.ins().fdemote(types::F32, x))
    }

    fn promote(&mut self) -> Result<()> {
        self.unop(|b, x| b.ins().fpromote(types::F64, x))
    }

    fn reinterpret(&mut self, to: ValType) -> Result<()> {
        let to = self.ty(to);
        self.unop(|b, x| b.ins().bitcast(to, MemFlagsData::new(), x))
    }
}
