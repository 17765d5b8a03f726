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
//! the address of the `VMFuncRef` at `vmctx + funcref(i)`.

use crate::emit::clif_trap;
use crate::translator::{vmctx_mutable, vmctx_readonly, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use trident_compiler::wasmparser::Operator;
use trident_types::{Builtin, TrapCode};

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
    fn table_size(&mut self, def: Value) -> Result<Value> {
        let off = self.env.offsets.table_current_elements();
        self.load(types::I32, vmctx_mutable(), def, off)
    }

    /// The address of element `index` (i32) of `table`, after checking it
    /// is in bounds (`TableOutOfBounds` otherwise).
    pub(crate) fn table_element_addr(&mut self, table: u32, index: Value) -> Result<Value> {
        let def = self.table_definition(table)?;
        let size = self.table_size(def)?;
        let oob = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, size);
        self.b
            .ins()
            .trapnz(oob, clif_trap(TrapCode::TableOutOfBounds));
        let base_off = self.env.offsets.table_base();
        let base = self.load(self.env.ptr, vmctx_mutable(), def, base_off)?;
        let index = self.b.ins().uextend(self.env.ptr, index);
        let scaled = self
            .b
            .ins()
            .imul_imm_s(index, i64::from(self.env.offsets.pointer_size));
        Ok(self.b.ins().iadd(base, scaled))
    }

    /// Translates a table or reference operator; false if `op` is not one.
    pub(crate) fn translate_table(&mut self, op: &Operator<'_>) -> Result<bool> {
        let ptr = self.env.ptr;
        match op {
            Operator::RefNull { .. } => {
                let v = self.iconst_ptr(0);
                self.push(v);
            }
            Operator::RefIsNull => {
                let x = self.pop()?;
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, x, 0);
                let v = self.b.ins().uextend(types::I32, c);
                self.push(v);
            }
            Operator::RefFunc { function_index } => {
                if *function_index as usize >= self.env.module.functions.len() {
                    return Err(self.bug("function index out of range"));
                }
                let off = self.env.offsets.funcref(*function_index);
                let v = self.b.ins().iadd_imm_s(self.vmctx, i64::from(off));
                self.push(v);
            }
            Operator::TableGet { table } => {
                let index = self.pop()?;
                let addr = self.table_element_addr(*table, index)?;
                let v = self.load(ptr, vmctx_mutable(), addr, 0)?;
                self.push(v);
            }
            Operator::TableSet { table } => {
                let (index, value) = self.pop2()?;
                let addr = self.table_element_addr(*table, index)?;
                self.store(vmctx_mutable(), value, addr, 0)?;
            }
            Operator::TableSize { table } => {
                let def = self.table_definition(*table)?;
                let v = self.table_size(def)?;
                self.push(v);
            }
            Operator::TableGrow { table } => {
                let (init, delta) = self.pop2()?;
                let t = self.i32const(*table as i32);
                let r = self.call_builtin(Builtin::TableGrow, &[t, init, delta])?;
                self.push_builtin_result(r)?;
            }
            Operator::TableFill { table } => {
                let (dst, value, len) = self.pop3()?;
                let t = self.i32const(*table as i32);
                self.call_builtin(Builtin::TableFill, &[t, dst, value, len])?;
            }
            Operator::TableCopy {
                dst_table,
                src_table,
            } => {
                let (dst, src, len) = self.pop3()?;
                let d = self.i32const(*dst_table as i32);
                let s = self.i32const(*src_table as i32);
                self.call_builtin(Builtin::TableCopy, &[d, s, dst, src, len])?;
            }
            Operator::TableInit { elem_index, table } => {
                let (dst, src, len) = self.pop3()?;
                let t = self.i32const(*table as i32);
                let e = self.i32const(*elem_index as i32);
                self.call_builtin(Builtin::TableInit, &[t, e, dst, src, len])?;
            }
            Operator::ElemDrop { elem_index } => {
                let e = self.i32const(*elem_index as i32);
                self.call_builtin(Builtin::ElemDrop, &[e])?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
