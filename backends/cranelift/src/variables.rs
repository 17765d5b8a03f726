//! Locals, globals and the parametric operators (`drop`, `select`).
//!
//! Locals are `cranelift-frontend` variables. Globals live in the vmctx
//! (see `trident_types::VMOffsets`): an imported global is reached through
//! the pointer at `vmctx + imported_global(i)`, a defined one is the
//! 16-byte slot at `vmctx + defined_global(i - num_imported_globals)`; the
//! value sits at offset 0 of either, in native (little-endian) form.

use crate::translator::{vmctx_mutable, vmctx_readonly, FuncTranslator, Result};
use cranelift_codegen::ir::{InstBuilder, Type, Value};
use cranelift_frontend::Variable;
use trident_compiler::wasmparser::Operator;

impl<'e, 'f> FuncTranslator<'e, 'f> {
    fn local(&self, index: u32) -> Result<Variable> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The address of global `index`'s value and its CLIF type.
    fn global_addr(&mut self, index: u32) -> Result<(Value, u32, Type)> {
        let module = self.env.module;
        let gt = *module
            .globals
            .get(index as usize)
            .ok_or_else(|| self.bug("global index out of range"))?;
        let ty = self.ty(gt.content);
        if module.is_imported_global(index) {
            let off = self.env.offsets.imported_global(index);
            let ptr = self.load(self.env.ptr, vmctx_readonly(), self.vmctx, off)?;
            Ok((ptr, 0, ty))
        } else {
            let off = self
                .env
                .offsets
                .defined_global(index - module.num_imported_globals);
            Ok((self.vmctx, off, ty))
        }
    }

    /// Translates a local, global or parametric operator; false if `op` is
    /// not one.
    pub(crate) fn translate_variable(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::LocalGet { local_index } => {
                let var = self.local(*local_index)?;
                let v = self.b.use_var(var);
                self.push(v);
            }
            Operator::LocalSet { local_index } => {
                let var = self.local(*local_index)?;
                let v = self.pop()?;
                self.b.def_var(var, v);
            }
            Operator::LocalTee { local_index } => {
                let var = self.local(*local_index)?;
                let v = self.pop()?;
                self.b.def_var(var, v);
                self.push(v);
            }
            Operator::GlobalGet { global_index } => {
                let (base, off, ty) = self.global_addr(*global_index)?;
                let v = self.load(ty, vmctx_mutable(), base, off)?;
                self.push(v);
            }
            Operator::GlobalSet { global_index } => {
                let v = self.pop()?;
                let (base, off, _) = self.global_addr(*global_index)?;
                self.store(vmctx_mutable(), v, base, off)?;
            }
            Operator::Drop => {
                self.pop()?;
            }
            Operator::Select | Operator::TypedSelect { .. } => {
                let (x, y, c) = self.pop3()?;
                let v = self.b.ins().select(c, x, y);
                self.push(v);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
