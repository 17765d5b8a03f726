//! Tables and reference values.
//!
//! A table is reached through the `VMTableDefinition` pointer at
//! `vmctx + table(i)` (invariant): `base` (an array of pointer-sized
//! elements) at `table_base()` and `current_elements` (u32) at
//! `table_current_elements()`. Both change when the table grows, so they are
//! ordinary loads, tagged `Region::Table`. `table.get`, `table.set` and
//! `table.size` are inline, with an explicit bounds check
//! (`TableOutOfBounds`); `table.grow`, `table.fill`, `table.copy`,
//! `table.init` and `elem.drop` call builtins.
//!
//! References are `ptr`: `ref.null` is null, `ref.func i` is the address
//! of the `VMFuncRef` at `vmctx + funcref(i)`.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::translator::FuncTranslator;
use inkwell::values::{IntValue, PointerValue};
use inkwell::IntPredicate;
use trident_compiler::decode::TableEmitter;
use trident_types::{TrapCode, ValType};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// The `VMTableDefinition` pointer of table `table`.
    fn table_definition(&self, table: u32) -> Result<PointerValue<'ctx>> {
        if table as usize >= self.env.module.tables.len() {
            return Err(self.bug("table index out of range"));
        }
        self.load_ptr(
            self.vmctx,
            self.env.offsets.table(table),
            Region::Vmctx,
            true,
        )
    }

    /// The current number of elements of the table defined at `def`.
    fn table_length(&self, def: PointerValue<'ctx>) -> Result<IntValue<'ctx>> {
        let off = self.env.offsets.table_current_elements();
        Ok(self
            .load(self.ir.i32, def, off, Region::Table, false)?
            .into_int_value())
    }

    /// The address of element `index` (i32, or i64 for a table64) of
    /// `table`, after checking it is in bounds (`TableOutOfBounds`
    /// otherwise).
    pub(crate) fn table_element_addr(
        &mut self,
        table: u32,
        index: IntValue<'ctx>,
    ) -> Result<PointerValue<'ctx>> {
        let def = self.table_definition(table)?;
        let size = self.table_length(def)?;
        let wide = self.env.module.table64(table);
        let size = if wide {
            self.b.build_int_z_extend(size, self.ir.i64, "").ir()?
        } else {
            size
        };
        let oob = self
            .b
            .build_int_compare(IntPredicate::UGE, index, size, "")
            .ir()?;
        self.trap_if(oob, TrapCode::TableOutOfBounds)?;
        let base = self.load_ptr(def, self.env.offsets.table_base(), Region::Table, false)?;
        let index = if wide {
            index
        } else {
            self.b.build_int_z_extend(index, self.ir.i64, "").ir()?
        };
        // SAFETY: computes the element's address; no memory is accessed.
        unsafe { self.b.build_gep(self.ir.ptr, base, &[index], "") }.ir()
    }
}

impl<'a, 'ctx> TableEmitter for FuncTranslator<'a, 'ctx> {
    fn ref_null(&mut self, _ty: ValType) -> Result<()> {
        let v = self.ir.ptr.const_null();
        self.push(v);
        Ok(())
    }

    fn ref_is_null(&mut self) -> Result<()> {
        let x = self.pop_ptr()?;
        let c = self.b.build_is_null(x, "").ir()?;
        let v = self.bool_to_i32(c)?;
        self.push(v);
        Ok(())
    }

    fn ref_func(&mut self, funcref: u32) -> Result<()> {
        let v = self.byte_offset(self.vmctx, u64::from(funcref))?;
        self.push(v);
        Ok(())
    }

    fn table_get(&mut self, table: u32) -> Result<()> {
        let index = self.pop_int()?;
        let addr = self.table_element_addr(table, index)?;
        let v = self.load_ptr(addr, 0, Region::Table, false)?;
        self.push(v);
        Ok(())
    }

    fn table_set(&mut self, table: u32) -> Result<()> {
        let value = self.pop_ptr()?;
        let index = self.pop_int()?;
        let addr = self.table_element_addr(table, index)?;
        self.store(value, addr, 0, Region::Table)
    }

    fn table_size(&mut self, table: u32) -> Result<()> {
        let def = self.table_definition(table)?;
        let v = self.table_length(def)?;
        if self.env.module.table64(table) {
            let v = self.b.build_int_z_extend(v, self.ir.i64, "").ir()?;
            self.push(v);
        } else {
            self.push(v);
        }
        Ok(())
    }
}
