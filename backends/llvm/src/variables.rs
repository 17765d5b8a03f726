//! Locals, globals and the parametric operators (`drop`, `select`).
//!
//! Locals are entry-block `alloca`s, promoted to SSA values by LLVM.
//! Globals live in the vmctx (see `trident_types::VMOffsets`): an imported
//! global is reached through the pointer at `vmctx + imported_global(i)`
//! (invariant), a defined one is the 16-byte slot at
//! `vmctx + defined_global(i - num_imported_globals)`; the value sits at
//! offset 0 of either, in native form. Global accesses are tagged
//! `Region::Global`, so heap stores do not force them to be reloaded.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::translator::FuncTranslator;
use inkwell::types::BasicTypeEnum;
use inkwell::values::PointerValue;
use trident_compiler::wasmparser::Operator;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    fn local(&self, index: u32) -> Result<(PointerValue<'ctx>, BasicTypeEnum<'ctx>)> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The address of global `index`'s value and its LLVM type.
    fn global_addr(&self, index: u32) -> Result<(PointerValue<'ctx>, BasicTypeEnum<'ctx>)> {
        let module = self.env.module;
        let gt = *module
            .globals
            .get(index as usize)
            .ok_or_else(|| self.bug("global index out of range"))?;
        let ty = self.ty(gt.content);
        if module.is_imported_global(index) {
            let off = self.env.offsets.imported_global(index);
            Ok((self.load_ptr(self.vmctx, off, Region::Vmctx, true)?, ty))
        } else {
            let off = self
                .env
                .offsets
                .defined_global(index - module.num_imported_globals);
            Ok((self.byte_offset(self.vmctx, u64::from(off))?, ty))
        }
    }

    /// Translates a local, global or parametric operator; false if `op` is
    /// not one.
    pub(crate) fn translate_variable(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::LocalGet { local_index } => {
                let (slot, ty) = self.local(*local_index)?;
                let v = self.b.build_load(ty, slot, "").ir()?;
                self.push(v);
            }
            Operator::LocalSet { local_index } => {
                let (slot, _) = self.local(*local_index)?;
                let v = self.pop()?;
                self.b.build_store(slot, v).ir()?;
            }
            Operator::LocalTee { local_index } => {
                let (slot, _) = self.local(*local_index)?;
                let v = self.pop()?;
                self.b.build_store(slot, v).ir()?;
                self.push(v);
            }
            Operator::GlobalGet { global_index } => {
                let (addr, ty) = self.global_addr(*global_index)?;
                let v = self.load(ty, addr, 0, Region::Global, false)?;
                self.push(v);
            }
            Operator::GlobalSet { global_index } => {
                let v = self.pop()?;
                let (addr, _) = self.global_addr(*global_index)?;
                self.store(v, addr, 0, Region::Global)?;
            }
            Operator::Drop => {
                self.pop()?;
            }
            Operator::Select | Operator::TypedSelect { .. } => {
                if let Operator::TypedSelect { ty } = op {
                    // Rejects v128.
                    self.wasm_type(*ty)?;
                }
                let c = self.pop_int()?;
                let y = self.pop()?;
                let x = self.pop()?;
                let c = self.is_nonzero(c)?;
                let v = self.b.build_select(c, x, y, "").ir()?;
                self.push(v);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
