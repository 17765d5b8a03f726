//! Locals, globals and the parametric operators (`drop`, `select`).
//!
//! Locals live in their frame slots (8 bytes each): `local.get` loads into
//! a fresh register, so no operand ever aliases a local and `local.set`
//! is a plain store. Globals live in the vmctx (see
//! `trident_types::VMOffsets`): an imported global through the pointer at
//! `vmctx + imported_global(i)`, a defined one in the 16-byte slot at
//! `vmctx + defined_global(i - num_imported_globals)`.

use super::stack::slot_kinds;
use super::{FuncGen, Loc, Result};
use crate::abi::value_kinds;
use crate::machine::{Addr, Masm};
use trident_compiler::wasmparser::Operator;
use trident_types::ValType;

impl<'a, M: Masm> FuncGen<'a, M> {
    fn local_type(&self, index: u32) -> Result<ValType> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The address of global `index`'s value and its type (may use the
    /// scratch register).
    fn global_addr(&mut self, index: u32) -> Result<(Addr, ValType)> {
        let module = self.env.module;
        let gt = *module
            .globals
            .get(index as usize)
            .ok_or_else(|| self.bug("global index out of range"))?;
        if module.is_imported_global(index) {
            let off = self.env.offsets.imported_global(index) as i32;
            let s = M::SCRATCH_GPR;
            self.m.load_ptr(s, M::VMCTX, off);
            Ok((Addr::new(s, 0), gt.content))
        } else {
            let defined = index - module.num_imported_globals;
            let off = self.env.offsets.defined_global(defined) as i32;
            Ok((Addr::new(M::VMCTX, off), gt.content))
        }
    }

    /// Writes the top operand to local `index` without popping it.
    fn set_local(&mut self, index: u32) -> Result<()> {
        let addr = self.local_addr(index)?;
        let at = self
            .stack
            .len()
            .checked_sub(1)
            .ok_or_else(|| self.bug("operand stack underflow"))?;
        let v = self.stack[at];
        match v.loc {
            Loc::Reg(r) => self.m.store(slot_kinds(v.ty).1, r, addr, None),
            _ => self.store_val(v, at, addr),
        }
        Ok(())
    }

    /// Translates a variable or parametric operator; false if `op` is not
    /// one.
    pub(super) fn translate_variable(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::LocalGet { local_index } => {
                let ty = self.local_type(*local_index)?;
                let addr = self.local_addr(*local_index)?;
                let r = self.alloc(ty)?;
                self.m.load(slot_kinds(ty).0, r, addr, None);
                self.push_reg(ty, r);
            }
            Operator::LocalSet { local_index } => {
                self.set_local(*local_index)?;
                let (v, _) = self.pop()?;
                if let Loc::Reg(r) = v.loc {
                    self.free(r);
                }
            }
            Operator::LocalTee { local_index } => self.set_local(*local_index)?,
            Operator::GlobalGet { global_index } => {
                let (addr, ty) = self.global_addr(*global_index)?;
                let r = self.alloc(ty)?;
                self.m.load(value_kinds(ty).0, r, addr, None);
                self.push_reg(ty, r);
            }
            Operator::GlobalSet { global_index } => {
                let (_, r) = self.pop_reg()?;
                let (addr, ty) = self.global_addr(*global_index)?;
                self.m.store(value_kinds(ty).1, r, addr, None);
                self.free(r);
            }
            Operator::Drop => {
                let (v, _) = self.pop()?;
                if let Loc::Reg(r) = v.loc {
                    self.free(r);
                }
            }
            Operator::Select | Operator::TypedSelect { .. } => {
                if let Operator::TypedSelect { ty } = op {
                    self.valtype(*ty)?;
                }
                let (_, cond) = self.pop_reg()?;
                let (_, other) = self.pop_reg()?;
                let (ty, dst) = self.pop_reg()?;
                self.m.select(cond.num(), dst, other);
                self.free(cond);
                self.free(other);
                self.push_reg(ty, dst);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
