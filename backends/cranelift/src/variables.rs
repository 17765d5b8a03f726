//! Locals, globals and the parametric operators (`drop`, `select`), as
//! decoded by `trident_compiler::decode::variables`.
//!
//! Locals are `cranelift-frontend` variables. Globals live in the vmctx
//! (see `trident_types::VMOffsets`): an imported global is reached through
//! the pointer at `vmctx + imported_global(i)`, a defined one is the
//! 16-byte slot at `vmctx + defined_global(i - num_imported_globals)`; the
//! value sits at offset 0 of either, in native (little-endian) form.

use crate::translator::{vmctx_readonly, vmctx_state, FuncTranslator, Result};
use cranelift_codegen::ir::{InstBuilder, Value};
use cranelift_frontend::Variable;
use trident_compiler::decode::VariableEmitter;
use trident_types::{GlobalSlot, ValType};

impl<'e, 'f> FuncTranslator<'e, 'f> {
    fn local(&self, index: u32) -> Result<Variable> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The base address and offset of the global at `slot`.
    fn global_addr(&mut self, slot: GlobalSlot) -> Result<(Value, u32)> {
        match slot {
            GlobalSlot::Imported { pointer } => {
                let ptr = self.load(self.env.ptr, vmctx_readonly(), self.vmctx, pointer)?;
                Ok((ptr, 0))
            }
            GlobalSlot::Defined { offset } => Ok((self.vmctx, offset)),
        }
    }
}

impl VariableEmitter for FuncTranslator<'_, '_> {
    fn local_get(&mut self, index: u32) -> Result<()> {
        let var = self.local(index)?;
        let v = self.b.use_var(var);
        self.push(v);
        Ok(())
    }

    fn local_set(&mut self, index: u32) -> Result<()> {
        let var = self.local(index)?;
        let v = self.pop()?;
        self.b.def_var(var, v);
        Ok(())
    }

    fn local_tee(&mut self, index: u32) -> Result<()> {
        let var = self.local(index)?;
        let v = self.pop()?;
        self.b.def_var(var, v);
        self.push(v);
        Ok(())
    }

    fn global_get(&mut self, slot: GlobalSlot, ty: ValType) -> Result<()> {
        let (base, off) = self.global_addr(slot)?;
        let v = self.load(self.ty(ty), vmctx_state(&self.regions), base, off)?;
        self.push(v);
        Ok(())
    }

    fn global_set(&mut self, slot: GlobalSlot, _ty: ValType) -> Result<()> {
        let v = self.pop()?;
        let (base, off) = self.global_addr(slot)?;
        self.store(vmctx_state(&self.regions), v, base, off)
    }

    fn drop_operand(&mut self) -> Result<()> {
        self.pop()?;
        Ok(())
    }

    fn select(&mut self) -> Result<()> {
        let (x, y, c) = self.pop3()?;
        let v = self.b.ins().select(c, x, y);
        self.push(v);
        Ok(())
    }
}
