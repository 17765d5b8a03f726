//! The operators every back end compiles to a call of a runtime builtin
//! (`memory.grow`, bulk memory, `table.grow`/`fill`/`copy`/`init`,
//! `elem.drop`): which builtin, with which immediates.

use trident_types::{Builtin, BuiltinParam, ModuleInfo, ValType};
use wasmparser::Operator;

/// An operator that is a call of `builtin(vmctx, immediates…,
/// operands…)`: the immediates are the operator's indices, the operands
/// its [`operands`](Self::operands) stack values (bottom first).
///
/// Address, length and delta parameters are `I64` for both index types
/// (see `trident_types::builtins`): a back end zero-extends an `i32`
/// operand passed to an `I64` parameter ([`Self::param`]) and pushes the
/// result of a `grow` as [`Self::result_type`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinCall {
    pub builtin: Builtin,
    immediates: [u32; 2],
    count: u8,
    /// The memory or table a `grow` grows is 64-bit (memory64).
    index64: bool,
}

impl BuiltinCall {
    /// The builtin call `op` (of a function of `module`) compiles to, if
    /// it is one.
    #[inline]
    pub fn of(op: &Operator<'_>, module: &ModuleInfo) -> Option<BuiltinCall> {
        let (builtin, immediates, count) = match *op {
            Operator::MemoryGrow { mem } => (Builtin::MemoryGrow, [mem, 0], 1),
            Operator::MemoryFill { mem } => (Builtin::MemoryFill, [mem, 0], 1),
            Operator::MemoryCopy { dst_mem, src_mem } => {
                (Builtin::MemoryCopy, [dst_mem, src_mem], 2)
            }
            Operator::MemoryInit { data_index, mem } => (Builtin::MemoryInit, [mem, data_index], 2),
            Operator::DataDrop { data_index } => (Builtin::DataDrop, [data_index, 0], 1),
            Operator::TableGrow { table } => (Builtin::TableGrow, [table, 0], 1),
            Operator::TableFill { table } => (Builtin::TableFill, [table, 0], 1),
            Operator::TableCopy {
                dst_table,
                src_table,
            } => (Builtin::TableCopy, [dst_table, src_table], 2),
            Operator::TableInit { elem_index, table } => {
                (Builtin::TableInit, [table, elem_index], 2)
            }
            Operator::ElemDrop { elem_index } => (Builtin::ElemDrop, [elem_index, 0], 1),
            _ => return None,
        };
        let index64 = match *op {
            Operator::MemoryGrow { mem } => module.memory64(mem),
            Operator::TableGrow { table } => module.table64(table),
            _ => false,
        };
        Some(BuiltinCall {
            builtin,
            immediates,
            count,
            index64,
        })
    }

    /// The type of stack operand `k` (0 = the first after the
    /// immediates) in the builtin's signature.
    #[inline]
    pub fn param(&self, k: usize) -> BuiltinParam {
        self.builtin.params()[usize::from(self.count) + k]
    }

    /// The Wasm type a result-pushing builtin (`memory.grow`,
    /// `table.grow`) leaves on the stack: the builtin returns an `I64`,
    /// whose low half is the answer for a 32-bit memory or table.
    #[inline]
    pub fn result_type(&self) -> ValType {
        if self.index64 {
            ValType::I64
        } else {
            ValType::I32
        }
    }

    /// The immediate arguments (memory, table, segment indices), first
    /// after the vmctx.
    #[inline]
    pub fn immediates(&self) -> &[u32] {
        &self.immediates[..usize::from(self.count)]
    }

    /// How many stack operands follow the immediates.
    #[inline]
    pub fn operands(&self) -> usize {
        self.builtin.params().len() - usize::from(self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates_then_operands() {
        let module = ModuleInfo::default();
        let c = BuiltinCall::of(
            &Operator::TableInit {
                elem_index: 3,
                table: 1,
            },
            &module,
        )
        .unwrap();
        assert_eq!(
            (c.builtin, c.immediates(), c.operands()),
            (Builtin::TableInit, &[1, 3][..], 3)
        );
        let g = BuiltinCall::of(&Operator::MemoryGrow { mem: 0 }, &module).unwrap();
        assert_eq!((g.immediates(), g.operands()), (&[0][..], 1));
        assert!(g.builtin.pushes_result());
        assert!(BuiltinCall::of(&Operator::I32Add, &module).is_none());
    }
}
