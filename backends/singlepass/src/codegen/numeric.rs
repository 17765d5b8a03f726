//! Numeric operators: constants, integer and float arithmetic and
//! comparisons, as decoded by `trident_compiler::decode::numeric`.
//!
//! Binary operators pop the right operand (as an immediate when it is a
//! small integer constant), pop the left one into a register, operate in
//! place and push that register. Float results that can be NaN are
//! canonicalized when `CompilerOptions::nan_canonicalization` is on.

use super::stack::size_of;
use super::{FuncGen, Loc, Result};
use crate::machine::{
    DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp, Masm, Reg, RegImm,
};
use trident_compiler::decode::NumericEmitter;
use trident_types::ValType;

impl<'a, M: Masm> FuncGen<'a, M> {
    /// Canonicalizes the NaN in `reg` when the options ask for it.
    pub(super) fn canonicalize(&mut self, ty: ValType, reg: Reg) {
        if self.env.options.nan_canonicalization {
            self.m.canonicalize_nan(size_of(ty), reg.num());
        }
    }
}

impl<'a, M: Masm> NumericEmitter for FuncGen<'a, M> {
    fn const_i32(&mut self, value: i32) -> Result<()> {
        self.push(ValType::I32, Loc::Const(value as u32 as u64));
        Ok(())
    }

    fn const_i64(&mut self, value: i64) -> Result<()> {
        self.push(ValType::I64, Loc::Const(value as u64));
        Ok(())
    }

    fn const_f32(&mut self, bits: u32) -> Result<()> {
        self.push(ValType::F32, Loc::Const(u64::from(bits)));
        Ok(())
    }

    fn const_f64(&mut self, bits: u64) -> Result<()> {
        self.push(ValType::F64, Loc::Const(bits));
        Ok(())
    }

    fn eqz(&mut self) -> Result<()> {
        let (ty, x) = self.pop_reg()?;
        let n = x.num();
        self.m
            .int_cmp(IntCond::Eq, size_of(ty), n, n, RegImm::Imm(0));
        self.push_reg(ValType::I32, x);
        Ok(())
    }

    fn int_compare(&mut self, cond: IntCond) -> Result<()> {
        let (_, rhs) = self.pop_reg_imm()?;
        let (ty, lhs) = self.pop_reg()?;
        let l = lhs.num();
        self.m.int_cmp(cond, size_of(ty), l, l, rhs);
        self.free_reg_imm(rhs);
        self.push_reg(ValType::I32, lhs);
        Ok(())
    }

    fn float_compare(&mut self, cond: FloatCond) -> Result<()> {
        let (_, rhs) = self.pop_reg()?;
        let (ty, lhs) = self.pop_reg()?;
        let dst = self.alloc(ValType::I32)?;
        self.m
            .float_cmp(cond, size_of(ty), dst.num(), lhs.num(), rhs.num());
        self.free(lhs);
        self.free(rhs);
        self.push_reg(ValType::I32, dst);
        Ok(())
    }

    fn int_unary(&mut self, op: IntUnOp) -> Result<()> {
        let (ty, x) = self.pop_reg()?;
        self.m.int_unop(op, size_of(ty), x.num());
        self.push_reg(ty, x);
        Ok(())
    }

    fn int_binary(&mut self, op: IntOp) -> Result<()> {
        let (_, rhs) = self.pop_reg_imm()?;
        let (ty, lhs) = self.pop_reg()?;
        self.m.int_op(op, size_of(ty), lhs.num(), rhs);
        self.free_reg_imm(rhs);
        self.push_reg(ty, lhs);
        Ok(())
    }

    fn int_division(&mut self, op: DivOp) -> Result<()> {
        let (_, rhs) = self.pop_reg()?;
        let (ty, lhs) = self.pop_reg()?;
        self.m.int_div(op, size_of(ty), lhs.num(), rhs.num());
        self.free(rhs);
        self.push_reg(ty, lhs);
        Ok(())
    }

    fn float_unary(&mut self, op: FloatUnOp) -> Result<()> {
        let (ty, x) = self.pop_reg()?;
        self.m.float_unop(op, size_of(ty), x.num());
        if !matches!(op, FloatUnOp::Abs | FloatUnOp::Neg) {
            self.canonicalize(ty, x);
        }
        self.push_reg(ty, x);
        Ok(())
    }

    fn float_binary(&mut self, op: FloatOp) -> Result<()> {
        let (_, rhs) = self.pop_reg()?;
        let (ty, lhs) = self.pop_reg()?;
        self.m.float_op(op, size_of(ty), lhs.num(), rhs.num());
        self.free(rhs);
        if op != FloatOp::Copysign {
            self.canonicalize(ty, lhs);
        }
        self.push_reg(ty, lhs);
        Ok(())
    }
}
