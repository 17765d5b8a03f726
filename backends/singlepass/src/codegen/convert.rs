//! Conversions: integer width changes, float↔int (trapping and
//! saturating), float width changes and reinterpretations, as decoded by
//! `trident_compiler::decode::conversions`.
//!
//! Operators whose result stays in the operand's register class convert
//! in place; the others pop into one class and push a fresh register of
//! the other.

use super::{FuncGen, Result};
use crate::machine::{ExtendOp, Masm, Size, TruncKind};
use trident_compiler::decode::ConversionEmitter;
use trident_types::ValType;

impl<'a, M: Masm> FuncGen<'a, M> {
    fn extend_op(&mut self, op: ExtendOp, to: ValType) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        self.m.extend(op, x.num(), x.num());
        self.push_reg(to, x);
        Ok(())
    }

    fn float_width(&mut self, to: ValType) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        if to == ValType::F64 {
            self.m.promote(x.num(), x.num());
        } else {
            self.m.demote(x.num(), x.num());
        }
        self.canonicalize(to, x);
        self.push_reg(to, x);
        Ok(())
    }
}

impl<'a, M: Masm> ConversionEmitter for FuncGen<'a, M> {
    fn wrap(&mut self) -> Result<()> {
        self.extend_op(ExtendOp::ZeroExtend32, ValType::I32)
    }

    fn extend_i32(&mut self, signed: bool) -> Result<()> {
        if signed {
            self.extend_op(ExtendOp::SignExtend32To64, ValType::I64)
        } else {
            self.extend_op(ExtendOp::ZeroExtend32, ValType::I64)
        }
    }

    fn sign_extend(&mut self, from_bits: u32, to: Size) -> Result<()> {
        let ty = if to == Size::S32 {
            ValType::I32
        } else {
            ValType::I64
        };
        let op = match from_bits {
            8 => ExtendOp::SignExtend8(to),
            16 => ExtendOp::SignExtend16(to),
            _ => ExtendOp::SignExtend32To64,
        };
        self.extend_op(op, ty)
    }

    fn trunc(&mut self, kind: TruncKind) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let to = if kind.dst == Size::S32 {
            ValType::I32
        } else {
            ValType::I64
        };
        let r = self.alloc(to)?;
        self.m.trunc(kind, r.num(), x.num());
        self.free(x);
        self.push_reg(to, r);
        Ok(())
    }

    fn convert(&mut self, src: Size, signed: bool, dst: Size) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let to = if dst == Size::S32 {
            ValType::F32
        } else {
            ValType::F64
        };
        let r = self.alloc(to)?;
        self.m.convert(src, signed, dst, r.num(), x.num());
        self.free(x);
        self.push_reg(to, r);
        Ok(())
    }

    fn demote(&mut self) -> Result<()> {
        self.float_width(ValType::F32)
    }

    fn promote(&mut self) -> Result<()> {
        self.float_width(ValType::F64)
    }

    fn reinterpret(&mut self, to: ValType) -> Result<()> {
        let (from, x) = self.pop_reg()?;
        let r = self.alloc(to)?;
        match to {
            ValType::F32 => self.m.gpr_to_fpr(Size::S32, r.num(), x.num()),
            ValType::F64 => self.m.gpr_to_fpr(Size::S64, r.num(), x.num()),
            ValType::I32 => self.m.fpr_to_gpr(Size::S32, r.num(), x.num()),
            _ if from == ValType::F64 => self.m.fpr_to_gpr(Size::S64, r.num(), x.num()),
            _ => return Err(self.bug("bad reinterpretation")),
        }
        self.free(x);
        self.push_reg(to, r);
        Ok(())
    }
}
