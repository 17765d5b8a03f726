//! Conversions: integer width changes, float↔int (trapping and
//! saturating), float width changes and reinterpretations.
//!
//! Operators whose result stays in the operand's register class convert
//! in place; the others pop into one class and push a fresh register of
//! the other.

use super::{FuncGen, Result};
use crate::machine::{ExtendOp, Masm, Size, TruncKind};
use trident_compiler::wasmparser::Operator;
use trident_types::ValType;

impl<'a, M: Masm> FuncGen<'a, M> {
    fn extend_op(&mut self, op: ExtendOp, to: ValType) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        self.m.extend(op, x.num(), x.num());
        self.push_reg(to, x);
        Ok(())
    }

    fn trunc_op(&mut self, src: Size, dst: Size, signed: bool, saturating: bool) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let to = if dst == Size::S32 {
            ValType::I32
        } else {
            ValType::I64
        };
        let r = self.alloc(to)?;
        let kind = TruncKind {
            src,
            dst,
            signed,
            saturating,
        };
        self.m.trunc(kind, r.num(), x.num());
        self.free(x);
        self.push_reg(to, r);
        Ok(())
    }

    fn convert_op(&mut self, src: Size, signed: bool, dst: Size) -> Result<()> {
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

    /// Translates a conversion operator; false if `op` is not one.
    pub(super) fn translate_convert(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Size::{S32, S64};
        use ValType::{F32, F64, I32, I64};
        match op {
            Operator::I32WrapI64 => self.extend_op(ExtendOp::ZeroExtend32, I32)?,
            Operator::I64ExtendI32U => self.extend_op(ExtendOp::ZeroExtend32, I64)?,
            Operator::I64ExtendI32S | Operator::I64Extend32S => {
                self.extend_op(ExtendOp::SignExtend32To64, I64)?
            }
            Operator::I32Extend8S => self.extend_op(ExtendOp::SignExtend8(S32), I32)?,
            Operator::I32Extend16S => self.extend_op(ExtendOp::SignExtend16(S32), I32)?,
            Operator::I64Extend8S => self.extend_op(ExtendOp::SignExtend8(S64), I64)?,
            Operator::I64Extend16S => self.extend_op(ExtendOp::SignExtend16(S64), I64)?,

            Operator::I32TruncF32S => self.trunc_op(S32, S32, true, false)?,
            Operator::I32TruncF32U => self.trunc_op(S32, S32, false, false)?,
            Operator::I32TruncF64S => self.trunc_op(S64, S32, true, false)?,
            Operator::I32TruncF64U => self.trunc_op(S64, S32, false, false)?,
            Operator::I64TruncF32S => self.trunc_op(S32, S64, true, false)?,
            Operator::I64TruncF32U => self.trunc_op(S32, S64, false, false)?,
            Operator::I64TruncF64S => self.trunc_op(S64, S64, true, false)?,
            Operator::I64TruncF64U => self.trunc_op(S64, S64, false, false)?,
            Operator::I32TruncSatF32S => self.trunc_op(S32, S32, true, true)?,
            Operator::I32TruncSatF32U => self.trunc_op(S32, S32, false, true)?,
            Operator::I32TruncSatF64S => self.trunc_op(S64, S32, true, true)?,
            Operator::I32TruncSatF64U => self.trunc_op(S64, S32, false, true)?,
            Operator::I64TruncSatF32S => self.trunc_op(S32, S64, true, true)?,
            Operator::I64TruncSatF32U => self.trunc_op(S32, S64, false, true)?,
            Operator::I64TruncSatF64S => self.trunc_op(S64, S64, true, true)?,
            Operator::I64TruncSatF64U => self.trunc_op(S64, S64, false, true)?,

            Operator::F32ConvertI32S => self.convert_op(S32, true, S32)?,
            Operator::F32ConvertI32U => self.convert_op(S32, false, S32)?,
            Operator::F32ConvertI64S => self.convert_op(S64, true, S32)?,
            Operator::F32ConvertI64U => self.convert_op(S64, false, S32)?,
            Operator::F64ConvertI32S => self.convert_op(S32, true, S64)?,
            Operator::F64ConvertI32U => self.convert_op(S32, false, S64)?,
            Operator::F64ConvertI64S => self.convert_op(S64, true, S64)?,
            Operator::F64ConvertI64U => self.convert_op(S64, false, S64)?,

            Operator::F32DemoteF64 => self.float_width(F32)?,
            Operator::F64PromoteF32 => self.float_width(F64)?,

            Operator::I32ReinterpretF32 => self.reinterpret(I32)?,
            Operator::I64ReinterpretF64 => self.reinterpret(I64)?,
            Operator::F32ReinterpretI32 => self.reinterpret(F32)?,
            Operator::F64ReinterpretI64 => self.reinterpret(F64)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
