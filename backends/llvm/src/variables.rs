//! Locals, globals and the parametric operators (`drop`, `select`), as
//! decoded by `trident_compiler::decode::variables`.
//!
//! Locals are entry-block `alloca`s, promoted to SSA values by LLVM.
//! Globals live in the vmctx (see `trident_types::VMOffsets`): an imported
//! global is reached through the pointer at `vmctx + imported_global(i)`
//! (invariant), a defined one is the 16-byte slot at
//! `vmctx + defined_global(i - num_imported_globals)`; the value sits at
//! offset 0 of either, in native form. Global accesses are tagged
//! `Region::Global`, so heap stores do not force them to be reloaded.
//! Under static bounds, global stores are `volatile`: a heap access may
//! fault after one, and the trap must find every earlier store done.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::translator::FuncTranslator;
use inkwell::types::BasicTypeEnum;
use inkwell::values::PointerValue;
use trident_compiler::decode::VariableEmitter;
use trident_types::{GlobalSlot, ValType};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    fn local(&self, index: u32) -> Result<(PointerValue<'ctx>, BasicTypeEnum<'ctx>)> {
        self.locals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.bug("local index out of range"))
    }

    /// The address of the value of the global at `slot`.
    fn global_addr(&self, slot: GlobalSlot) -> Result<PointerValue<'ctx>> {
        match slot {
            GlobalSlot::Imported { pointer } => {
                self.load_ptr(self.vmctx, pointer, Region::Vmctx, true)
            }
            GlobalSlot::Defined { offset } => self.byte_offset(self.vmctx, u64::from(offset)),
        }
    }
}

impl<'a, 'ctx> VariableEmitter for FuncTranslator<'a, 'ctx> {
    fn local_get(&mut self, index: u32) -> Result<()> {
        let (slot, ty) = self.local(index)?;
        let v = self.b.build_load(ty, slot, "").ir()?;
        self.push(v);
        Ok(())
    }

    fn local_set(&mut self, index: u32) -> Result<()> {
        let (slot, _) = self.local(index)?;
        let v = self.pop()?;
        self.b.build_store(slot, v).ir()?;
        Ok(())
    }

    fn local_tee(&mut self, index: u32) -> Result<()> {
        let (slot, _) = self.local(index)?;
        let v = self.pop()?;
        self.b.build_store(slot, v).ir()?;
        self.push(v);
        Ok(())
    }

    fn global_get(&mut self, slot: GlobalSlot, ty: ValType) -> Result<()> {
        let addr = self.global_addr(slot)?;
        let v = self.load(self.ty(ty), addr, 0, Region::Global, false)?;
        self.push(v);
        Ok(())
    }

    fn global_set(&mut self, slot: GlobalSlot, _ty: ValType) -> Result<()> {
        let v = self.pop()?;
        let addr = self.global_addr(slot)?;
        let store = self.b.build_store(addr, v).ir()?;
        if self.static_bounds() {
            // A later heap access may fault, and the trap must find this
            // store done; LLVM does not know a load can trap, and since
            // heap and global regions are disjoint it would delete a
            // store that a second `global.set` overwrites after the
            // access. Volatile keeps it, in order with the (volatile)
            // heap accesses. Found by the differential fuzzer
            // (tests/fuzz-regressions/differential/llvm-static-global-*).
            store
                .set_volatile(true)
                .map_err(|e| self.bug(&format!("cannot mark volatile: {e:?}")))?;
        }
        self.ir.tag(Some(store), Region::Global, false)
    }

    fn drop_operand(&mut self) -> Result<()> {
        self.pop()?;
        Ok(())
    }

    fn select(&mut self) -> Result<()> {
        let c = self.pop_int()?;
        let y = self.pop()?;
        let x = self.pop()?;
        let c = self.is_nonzero(c)?;
        let v = self.b.build_select(c, x, y, "").ir()?;
        self.push(v);
        Ok(())
    }
}
