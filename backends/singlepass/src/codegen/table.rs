//! Tables and reference values.
//!
//! A table is reached through the `VMTableDefinition` pointer at
//! `vmctx + table(i)`; `base` and `current_elements` change when it grows,
//! so both are reloaded at every use. `table.get`, `table.set` and
//! `table.size` are inline with an explicit bounds check
//! (`TableOutOfBounds`); the other table operators call builtins.
//! References are pointer-sized: `ref.null` is 0, `ref.func i` the address
//! of the `VMFuncRef` at `vmctx + funcref(i)`. The operators arrive
//! decoded (`trident_compiler::decode::tables`).

use super::{FuncGen, Loc, Result};
use crate::machine::{
    Addr, ExtendOp, IntCond, IntOp, LoadKind, Masm, Reg, RegImm, Size, StoreKind, PTR_LOAD,
};
use trident_compiler::decode::TableEmitter;
use trident_types::{TableType, TrapCode, ValType};

impl<'a, M: Masm> FuncGen<'a, M> {
    fn table_type(&self, table: u32) -> Result<TableType> {
        self.env
            .module
            .tables
            .get(table as usize)
            .copied()
            .ok_or_else(|| self.bug("table index out of range"))
    }

    /// The address of element `index` (a 32-bit register, or 64-bit for
    /// a `table64`; unchanged) of `table`, after the bounds check. Uses
    /// both scratch registers.
    pub(super) fn table_element_addr(&mut self, table: u32, index: Reg) -> Result<Addr> {
        let wide = self.table_type(table)?.table64;
        let index_size = if wide { Size::S64 } else { Size::S32 };
        let (def, idx) = (M::SCRATCH_GPR, M::SCRATCH_GPR2);
        let o = &self.env.offsets;
        let (table_off, len_off, base_off) = (
            o.table(table) as i32,
            o.table_current_elements() as i32,
            o.table_base() as i32,
        );
        self.m.load_ptr(def, M::VMCTX, table_off);
        let len = LoadKind::Int {
            bytes: 4,
            signed: false,
            size: Size::S32,
        };
        self.m
            .load(len, Reg::Gpr(idx), Addr::new(def, len_off), None);
        let trap = self.m.trap_label(TrapCode::TableOutOfBounds);
        self.m.branch_cmp(
            IntCond::GeU,
            index_size,
            index.num(),
            RegImm::Reg(idx),
            trap,
        );
        self.m.load_ptr(def, def, base_off);
        if wide {
            self.m.mov(Reg::Gpr(idx), index);
        } else {
            self.m.extend(ExtendOp::ZeroExtend32, idx, index.num());
        }
        self.m.int_op(IntOp::Shl, Size::S64, idx, RegImm::Imm(3));
        Ok(Addr {
            base: def,
            index: Some(idx),
            disp: 0,
        })
    }
}

impl<'a, M: Masm> TableEmitter for FuncGen<'a, M> {
    fn ref_null(&mut self, ty: ValType) -> Result<()> {
        self.push(ty, Loc::Const(0));
        Ok(())
    }

    fn ref_is_null(&mut self) -> Result<()> {
        let (_, x) = self.pop_reg()?;
        let n = x.num();
        self.m.int_cmp(IntCond::Eq, Size::S64, n, n, RegImm::Imm(0));
        self.push_reg(ValType::I32, x);
        Ok(())
    }

    fn ref_func(&mut self, funcref: u32) -> Result<()> {
        let r = self.alloc(ValType::FUNCREF)?;
        self.m.lea(r.num(), M::VMCTX, funcref as i32);
        self.push_reg(ValType::FUNCREF, r);
        Ok(())
    }

    fn table_get(&mut self, table: u32) -> Result<()> {
        let ty = self.table_type(table)?.element;
        let (_, index) = self.pop_reg()?;
        let addr = self.table_element_addr(table, index)?;
        self.m.load(PTR_LOAD, index, addr, None);
        self.push_reg(ty, index);
        Ok(())
    }

    fn table_set(&mut self, table: u32) -> Result<()> {
        let (_, value) = self.pop_reg()?;
        let (_, index) = self.pop_reg()?;
        let addr = self.table_element_addr(table, index)?;
        self.m.store(StoreKind::Int { bytes: 8 }, value, addr, None);
        self.free(value);
        self.free(index);
        Ok(())
    }

    fn table_size(&mut self, table: u32) -> Result<()> {
        let ty = if self.table_type(table)?.table64 {
            ValType::I64
        } else {
            ValType::I32
        };
        let def = M::SCRATCH_GPR;
        let o = &self.env.offsets;
        let (table_off, len_off) = (o.table(table) as i32, o.table_current_elements() as i32);
        self.m.load_ptr(def, M::VMCTX, table_off);
        let r = self.alloc(ty)?;
        let len = LoadKind::Int {
            bytes: 4,
            signed: false,
            size: Size::S32,
        };
        self.m.load(len, r, Addr::new(def, len_off), None);
        self.push_reg(ty, r);
        Ok(())
    }
}
