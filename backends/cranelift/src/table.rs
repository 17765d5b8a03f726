//! Tables and reference values.
//!
//! A table is reached through the `VMTableDefinition` pointer at
//! `vmctx + table(i)`: `base` (an array of pointer-sized elements) at
//! `table_base()` and `current_elements` (u32) at
//! `table_current_elements()`. Both change when the table grows, so they are
//! reloaded at every use. `table.get`, `table.set` and `table.size` are
//! inline, with an explicit bounds check (`TableOutOfBounds`); `table.grow`,
//! `table.fill`, `table.copy`, `table.init` and `elem.drop` call builtins.
//!
//! References are pointer-sized integers: `ref.null` is 0, `ref.func i` is
//! the address of the `VMFuncRef` at `vmctx + funcref(i)`. The operators
//! arrive decoded (`trident_compiler::decode::tables`).

use crate::emit::clif_trap;
use crate::translator::{vmctx_mutable, vmctx_readonly, vmctx_state, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use trident_compiler::decode::TableEmitter;
use trident_types::{TrapCode, ValType};

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// The `VMTableDefinition` pointer of table `table`.
    fn table_definition(&mut self, table: u32) -> Result<Value> {
        if table as usize >= self.env.module.tables.len() {
            return Err(self.bug("table index out of range"));
        }
        let off = self.env.offsets.table(table);
        self.load(self.env.ptr, vmctx_readonly(), self.vmctx, off)
    }

    /// The current number of elements of the table defined at `def` (i32).
    fn table_length(&mut self, def: Value) -> Result<Value> {
        let off = self.env.offsets.table_current_elements();
        self.load(types::I32, vmctx_state(&self.regions), def, off)
    }

    /// The address of element `index` (i32, or i64 for a table64) of
    /// `table`, after checking it is in bounds (`TableOutOfBounds`
    /// otherwise).
    pub(crate) fn table_element_addr(&mut self, table: u32, index: Value) -> Result<Value> {
        let def = self.table_definition(table)?;
        let size = self.table_length(def)?;
        let wide = self.env.module.table64(table);
        let size = if wide {
            self.b.ins().uextend(types::I64, size)
        } else {
            size
        };
        let oob = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, size);
        self.b
            .ins()
            .trapnz(oob, clif_trap(TrapCode::TableOutOfBounds));
        let base_off = self.env.offsets.table_base();
        let base = self.load(self.env.ptr, vmctx_state(&self.regions), def, base_off)?;
        let index = if wide {
            index
        } else {
            self.b.ins().uextend(self.env.ptr, index)
        };
        let scaled = self
            .b
            .ins()
            .imul_imm_s(index, i64::from(self.env.offsets.pointer_size));
        Ok(self.b.ins().iadd(base, scaled))
    }
}

impl TableEmitter for FuncTranslator<'_, '_> {
    fn ref_null(&mut self, _ty: ValType) -> Result<()> {
        let v = self.iconst_ptr(0);
        self.push(v);
        Ok(())
    }

    fn ref_is_null(&mut self) -> Result<()> {
        let x = self.pop()?;
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, x, 0);
        let v = self.b.ins().uextend(types::I32, c);
        self.push(v);
        Ok(())
    }

    fn ref_func(&mut self, funcref: u32) -> Result<()> {
        let v = self.b.ins().iadd_imm_s(self.vmctx, i64::from(funcref));
        self.push(v);
        Ok(())
    }

    fn table_get(&mut self, table: u32) -> Result<()> {
        let index = self.pop()?;
        let addr = self.table_element_addr(table, index)?;
        let v = self.load(self.env.ptr, vmctx_mutable(), addr, 0)?;
        self.push(v);
        Ok(())
    }

    fn table_set(&mut self, table: u32) -> Result<()> {
        let (index, value) = self.pop2()?;
        let addr = self.table_element_addr(table, index)?;
        self.store(vmctx_mutable(), value, addr, 0)
    }

    fn table_size(&mut self, table: u32) -> Result<()> {
        let def = self.table_definition(table)?;
        let v = self.table_length(def)?;
        let v = if self.env.module.table64(table) {
            self.b.ins().uextend(types::I64, v)
        } else {
            v
        };
        self.push(v);
        Ok(())
    }
}
