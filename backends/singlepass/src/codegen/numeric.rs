//! Numeric operators: constants, integer and float arithmetic and
//! comparisons.
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
use trident_compiler::wasmparser::Operator;
use trident_types::ValType;

impl<'a, M: Masm> FuncGen<'a, M> {
    fn int_binop(&mut self, op: IntOp) -> Result<()> {
        let (_, rhs) = self.pop_reg_imm()?;
        let (ty, lhs) = self.pop_reg()?;
        self.m.int_op(op, size_of(ty), lhs.num(), rhs);
        self.free_reg_imm(rhs);
        self.push_reg(ty, lhs);
        Ok(())
    }

    fn int_div(&mut self, op: DivOp) -> Result<()> {
        let (_, rhs) = self.pop_reg()?;
        let (ty, lhs) = self.pop_reg()?;
        self.m.int_div(op, size_of(ty), lhs.num(), rhs.num());
        self.free(rhs);
        self.push_reg(ty, lhs);
        Ok(())
    }

    fn int_unop(&mut self, op: IntUnOp) -> Result<()> {
        let (ty, x) = self.pop_reg()?;
        self.m.int_unop(op, size_of(ty), x.num());
        self.push_reg(ty, x);
        Ok(())
    }

    fn int_cmp(&mut self, cond: IntCond) -> Result<()> {
        let (_, rhs) = self.pop_reg_imm()?;
        let (ty, lhs) = self.pop_reg()?;
        let l = lhs.num();
        self.m.int_cmp(cond, size_of(ty), l, l, rhs);
        self.free_reg_imm(rhs);
        self.push_reg(ValType::I32, lhs);
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

    /// Canonicalizes the NaN in `reg` when the options ask for it.
    pub(super) fn canonicalize(&mut self, ty: ValType, reg: Reg) {
        if self.env.options.nan_canonicalization {
            self.m.canonicalize_nan(size_of(ty), reg.num());
        }
    }

    fn float_binop(&mut self, op: FloatOp) -> Result<()> {
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

    fn float_unop(&mut self, op: FloatUnOp) -> Result<()> {
        let (ty, x) = self.pop_reg()?;
        self.m.float_unop(op, size_of(ty), x.num());
        if !matches!(op, FloatUnOp::Abs | FloatUnOp::Neg) {
            self.canonicalize(ty, x);
        }
        self.push_reg(ty, x);
        Ok(())
    }

    fn float_cmp(&mut self, cond: FloatCond) -> Result<()> {
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

    /// Translates a numeric operator; false if `op` is not one.
    pub(super) fn translate_numeric(&mut self, op: &Operator<'_>) -> Result<bool> {
        use IntCond as C;
        match op {
            Operator::I32Const { value } => {
                self.push(ValType::I32, Loc::Const(*value as u32 as u64))
            }
            Operator::I64Const { value } => self.push(ValType::I64, Loc::Const(*value as u64)),
            Operator::F32Const { value } => {
                self.push(ValType::F32, Loc::Const(value.bits() as u64))
            }
            Operator::F64Const { value } => self.push(ValType::F64, Loc::Const(value.bits())),

            Operator::I32Eqz | Operator::I64Eqz => self.eqz()?,
            Operator::I32Eq | Operator::I64Eq => self.int_cmp(C::Eq)?,
            Operator::I32Ne | Operator::I64Ne => self.int_cmp(C::Ne)?,
            Operator::I32LtS | Operator::I64LtS => self.int_cmp(C::LtS)?,
            Operator::I32LtU | Operator::I64LtU => self.int_cmp(C::LtU)?,
            Operator::I32GtS | Operator::I64GtS => self.int_cmp(C::GtS)?,
            Operator::I32GtU | Operator::I64GtU => self.int_cmp(C::GtU)?,
            Operator::I32LeS | Operator::I64LeS => self.int_cmp(C::LeS)?,
            Operator::I32LeU | Operator::I64LeU => self.int_cmp(C::LeU)?,
            Operator::I32GeS | Operator::I64GeS => self.int_cmp(C::GeS)?,
            Operator::I32GeU | Operator::I64GeU => self.int_cmp(C::GeU)?,

            Operator::F32Eq | Operator::F64Eq => self.float_cmp(FloatCond::Eq)?,
            Operator::F32Ne | Operator::F64Ne => self.float_cmp(FloatCond::Ne)?,
            Operator::F32Lt | Operator::F64Lt => self.float_cmp(FloatCond::Lt)?,
            Operator::F32Gt | Operator::F64Gt => self.float_cmp(FloatCond::Gt)?,
            Operator::F32Le | Operator::F64Le => self.float_cmp(FloatCond::Le)?,
            Operator::F32Ge | Operator::F64Ge => self.float_cmp(FloatCond::Ge)?,

            Operator::I32Clz | Operator::I64Clz => self.int_unop(IntUnOp::Clz)?,
            Operator::I32Ctz | Operator::I64Ctz => self.int_unop(IntUnOp::Ctz)?,
            Operator::I32Popcnt | Operator::I64Popcnt => self.int_unop(IntUnOp::Popcnt)?,
            Operator::I32Add | Operator::I64Add => self.int_binop(IntOp::Add)?,
            Operator::I32Sub | Operator::I64Sub => self.int_binop(IntOp::Sub)?,
            Operator::I32Mul | Operator::I64Mul => self.int_binop(IntOp::Mul)?,
            Operator::I32DivS | Operator::I64DivS => self.int_div(DivOp::DivS)?,
            Operator::I32DivU | Operator::I64DivU => self.int_div(DivOp::DivU)?,
            Operator::I32RemS | Operator::I64RemS => self.int_div(DivOp::RemS)?,
            Operator::I32RemU | Operator::I64RemU => self.int_div(DivOp::RemU)?,
            Operator::I32And | Operator::I64And => self.int_binop(IntOp::And)?,
            Operator::I32Or | Operator::I64Or => self.int_binop(IntOp::Or)?,
            Operator::I32Xor | Operator::I64Xor => self.int_binop(IntOp::Xor)?,
            Operator::I32Shl | Operator::I64Shl => self.int_binop(IntOp::Shl)?,
            Operator::I32ShrS | Operator::I64ShrS => self.int_binop(IntOp::ShrS)?,
            Operator::I32ShrU | Operator::I64ShrU => self.int_binop(IntOp::ShrU)?,
            Operator::I32Rotl | Operator::I64Rotl => self.int_binop(IntOp::Rotl)?,
            Operator::I32Rotr | Operator::I64Rotr => self.int_binop(IntOp::Rotr)?,

            Operator::F32Abs | Operator::F64Abs => self.float_unop(FloatUnOp::Abs)?,
            Operator::F32Neg | Operator::F64Neg => self.float_unop(FloatUnOp::Neg)?,
            Operator::F32Ceil | Operator::F64Ceil => self.float_unop(FloatUnOp::Ceil)?,
            Operator::F32Floor | Operator::F64Floor => self.float_unop(FloatUnOp::Floor)?,
            Operator::F32Trunc | Operator::F64Trunc => self.float_unop(FloatUnOp::Trunc)?,
            Operator::F32Nearest | Operator::F64Nearest => self.float_unop(FloatUnOp::Nearest)?,
            Operator::F32Sqrt | Operator::F64Sqrt => self.float_unop(FloatUnOp::Sqrt)?,
            Operator::F32Add | Operator::F64Add => self.float_binop(FloatOp::Add)?,
            Operator::F32Sub | Operator::F64Sub => self.float_binop(FloatOp::Sub)?,
            Operator::F32Mul | Operator::F64Mul => self.float_binop(FloatOp::Mul)?,
            Operator::F32Div | Operator::F64Div => self.float_binop(FloatOp::Div)?,
            Operator::F32Min | Operator::F64Min => self.float_binop(FloatOp::Min)?,
            Operator::F32Max | Operator::F64Max => self.float_binop(FloatOp::Max)?,
            Operator::F32Copysign | Operator::F64Copysign => self.float_binop(FloatOp::Copysign)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
