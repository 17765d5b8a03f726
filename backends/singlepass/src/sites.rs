//! Source locations and trap stubs, shared by the x86-64 and AArch64
//! assemblers.
//!
//! The address map (`CompiledFunction::address_map`) says which wasm
//! operator each run of machine code belongs to: the code generator calls
//! `Masm::set_source` before each operator, and the run starts at the
//! current code offset.
//!
//! Explicit checks branch to a trap stub (one `ud2`/`udf`) placed after
//! the function's body. A stub is shared only by checks of the same trap
//! code in the same operator, and its own address-map entry names that
//! operator, so a trap's program counter leads back to the operator that
//! raised it (one stub per code per function would attribute every trap
//! to the function's last operator). Stubs made before the first operator
//! (the prologue's stack check) and data after the stubs belong to no
//! operator: their entries carry [`NO_OPERATOR`].
//!
//! Invariant: map entries have strictly increasing code offsets; an entry
//! whose run turned out empty is overwritten by the next one.

use crate::machine::Label;
use std::collections::HashMap;
use trident_types::{TrapCode, NO_OPERATOR};

#[derive(Default)]
pub(crate) struct Sites {
    /// The module offset of the operator being emitted, once there is one.
    source: Option<u32>,
    map: Vec<(u32, u32)>,
    /// One stub per (trap code, operator), in creation order.
    stubs: Vec<(Label, TrapCode, u32)>,
    index: HashMap<(TrapCode, u32), Label>,
}

impl Sites {
    /// Code from `code_offset` on belongs to the operator at `wasm_offset`.
    pub(crate) fn set_source(&mut self, code_offset: u32, wasm_offset: u32) {
        self.source = Some(wasm_offset);
        self.mark(code_offset, wasm_offset);
    }

    fn mark(&mut self, code_offset: u32, wasm_offset: u32) {
        match self.map.last_mut() {
            Some(last) if last.0 == code_offset => last.1 = wasm_offset,
            Some(last) if last.1 == wasm_offset => {}
            _ => self.map.push((code_offset, wasm_offset)),
        }
    }

    /// The stub for `code` in the current operator, if made already.
    pub(crate) fn stub(&self, code: TrapCode) -> Option<Label> {
        let source = self.source.unwrap_or(NO_OPERATOR);
        self.index.get(&(code, source)).copied()
    }

    /// Records `label` as the stub for `code` in the current operator.
    pub(crate) fn add_stub(&mut self, code: TrapCode, label: Label) {
        let source = self.source.unwrap_or(NO_OPERATOR);
        self.index.insert((code, source), label);
        self.stubs.push((label, code, source));
    }

    /// The stubs to emit after the body: each is bound, then
    /// [`Sites::stub_emitted_at`] is called with its code offset.
    pub(crate) fn take_stubs(&mut self) -> Vec<(Label, TrapCode, u32)> {
        self.index.clear();
        std::mem::take(&mut self.stubs)
    }

    /// A stub for the operator at `wasm_offset` starts at `code_offset`.
    pub(crate) fn stub_emitted_at(&mut self, code_offset: u32, wasm_offset: u32) {
        // No map is kept when no operator was ever marked.
        if self.source.is_some() {
            self.mark(code_offset, wasm_offset);
        }
    }

    /// The address map of a body of `len` bytes, closed at `end` (the
    /// code offset after the last stub: data that follows belongs to no
    /// operator).
    pub(crate) fn finish(mut self, end: u32, len: usize) -> Vec<(u32, u32)> {
        if !self.map.is_empty() && (end as usize) < len {
            self.mark(end, NO_OPERATOR);
        }
        self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dynasmrt::DynamicLabel;

    fn labels(n: usize) -> Vec<DynamicLabel> {
        let mut ops = dynasmrt::VecAssembler::<dynasmrt::x64::X64Relocation>::new(0);
        (0..n).map(|_| ops.new_dynamic_label()).collect()
    }

    #[test]
    fn stubs_are_per_operator_and_code() {
        let l = labels(3);
        let mut s = Sites::default();
        s.set_source(0, 0x10);
        s.add_stub(TrapCode::HeapOutOfBounds, l[0]);
        assert_eq!(s.stub(TrapCode::HeapOutOfBounds), Some(l[0]));
        assert_eq!(s.stub(TrapCode::IntegerOverflow), None);
        s.set_source(8, 0x12);
        assert_eq!(s.stub(TrapCode::HeapOutOfBounds), None);
        s.add_stub(TrapCode::HeapOutOfBounds, l[1]);
        // An operator that emits nothing gives its start to the next.
        s.set_source(20, 0x14);
        s.set_source(20, 0x15);
        let stubs = s.take_stubs();
        assert_eq!(stubs.len(), 2);
        s.stub_emitted_at(30, stubs[0].2);
        s.stub_emitted_at(32, stubs[1].2);
        assert_eq!(
            s.finish(34, 40),
            vec![
                (0, 0x10),
                (8, 0x12),
                (20, 0x15),
                (30, 0x10),
                (32, 0x12),
                (34, NO_OPERATOR)
            ]
        );
    }
}
