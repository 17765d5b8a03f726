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
use trident_compiler::decode::VariableEmitter;
use trident_types::{GlobalSlot, ValType};

impl<'a, M: Masm> FuncGen<'a, M> {
    fn local_type(&self, index: u32) -> Result<ValType> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The address of the global at `slot` (may use the scratch
    /// register).
    fn global_addr(&mut self, slot: GlobalSlot) -> Addr {
        match slot {
            GlobalSlot::Imported { pointer } => {
                let s = M::SCRATCH_GPR;
                self.m.load_ptr(s, M::VMCTX, pointer as i32);
                Addr::new(s, 0)
            }
            GlobalSlot::Defined { offset } => Addr::new(M::VMCTX, offset as i32),
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
}

impl<'a, M: Masm> VariableEmitter for FuncGen<'a, M> {
    fn local_get(&mut self, index: u32) -> Result<()> {
        let ty = self.local_type(index)?;
        let addr = self.local_addr(index)?;
        let r = self.alloc(ty)?;
        self.m.load(slot_kinds(ty).0, r, addr, None);
        self.push_reg(ty, r);
        Ok(())
    }

    fn local_set(&mut self, index: u32) -> Result<()> {
        self.set_local(index)?;
        self.drop_operand()
    }

    fn local_tee(&mut self, index: u32) -> Result<()> {
        self.set_local(index)
    }

    fn global_get(&mut self, slot: GlobalSlot, ty: ValType) -> Result<()> {
        let addr = self.global_addr(slot);
        let r = self.alloc(ty)?;
        self.m.load(value_kinds(ty).0, r, addr, None);
        self.push_reg(ty, r);
        Ok(())
    }

    fn global_set(&mut self, slot: GlobalSlot, ty: ValType) -> Result<()> {
        let (_, r) = self.pop_reg()?;
        let addr = self.global_addr(slot);
        self.m.store(value_kinds(ty).1, r, addr, None);
        self.free(r);
        Ok(())
    }

    fn drop_operand(&mut self) -> Result<()> {
        let (v, _) = self.pop()?;
        if let Loc::Reg(r) = v.loc {
            self.free(r);
        }
        Ok(())
    }

    fn select(&mut self) -> Result<()> {
        let (_, cond) = self.pop_reg()?;
        let (_, other) = self.pop_reg()?;
        let (ty, dst) = self.pop_reg()?;
        self.m.select(cond.num(), dst, other);
        self.free(cond);
        self.free(other);
        self.push_reg(ty, dst);
        Ok(())
    }
}
