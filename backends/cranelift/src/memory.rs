//! Linear memory: loads and stores of every width, `memory.size`,
//! `memory.grow` and the bulk-memory operators.
//!
//! A memory is reached through the `VMMemoryDefinition` pointer at
//! `vmctx + memory(i)` (`base` at `memory_base()`, `current_length` in
//! bytes at `memory_current_length()`). Addresses are
//! `base + zext(index) + offset`.
//!
//! Bounds checks follow `BoundsChecks`:
//! * `Static`: the base never moves, so the definition pointer and base
//!   loads are `readonly`. An access with `offset + size <= STATIC_GUARD`
//!   is not checked: it faults in the reservation's inaccessible tail, and
//!   its load/store carries the `heap_oob` trap code so Cranelift records a
//!   trap site for it. Larger offsets get the explicit check below.
//! * `Dynamic`: every access is checked explicitly,
//!   `zext(index) + offset + size > current_length` → `HeapOutOfBounds`,
//!   and the base and length are reloaded (not `readonly`), since
//!   `memory.grow` may move the memory.
//!
//! Alignment immediates are hints only: accesses are never marked aligned.

use crate::emit::clif_trap;
use crate::translator::{vmctx_mutable, vmctx_readonly, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Endianness, InstBuilder, MemFlagsData, Type, Value};
use trident_compiler::wasmparser::{MemArg, MemArgTarget, Operator};
use trident_types::{BoundsChecks, Builtin, TrapCode, STATIC_GUARD};

/// How a load extends its value.
#[derive(Clone, Copy)]
enum Ext {
    /// Full width (`load`).
    None,
    Signed,
    Unsigned,
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// The flags of a wasm memory access: may trap with `HeapOutOfBounds`,
    /// little-endian, not known to be aligned.
    pub(crate) fn heap_flags() -> MemFlagsData {
        MemFlagsData::new()
            .with_trap_code(Some(clif_trap(TrapCode::HeapOutOfBounds)))
            .with_endianness(Endianness::Little)
    }

    /// The `VMMemoryDefinition` pointer of memory `mem`.
    fn memory_definition(&mut self, mem: u32) -> Result<Value> {
        if mem as usize >= self.env.module.memories.len() {
            return Err(self.bug("memory index out of range"));
        }
        let off = self.env.offsets.memory(mem);
        self.load(self.env.ptr, vmctx_readonly(), self.vmctx, off)
    }

    /// The current length in bytes of the memory defined at `def`.
    fn memory_length(&mut self, def: Value) -> Result<Value> {
        let off = self.env.offsets.memory_current_length();
        self.load(self.env.ptr, vmctx_mutable(), def, off)
    }

    /// Pops the index of an access of `size` bytes with `memarg`, checks it
    /// as the bounds-check mode requires, and returns the address and the
    /// immediate offset to use.
    pub(crate) fn heap_address(&mut self, memarg: &MemArg, size: u32) -> Result<(Value, i32)> {
        let index = self.pop()?;
        let ptr = self.env.ptr;
        let mem = match memarg.target {
            MemArgTarget::Memory(m) => m,
            MemArgTarget::Array(_) => return Err(self.unsupported("GC array accesses")),
        };
        let def = self.memory_definition(mem)?;
        let static_mode = self.env.bounds_checks == BoundsChecks::Static;
        let base_flags = if static_mode {
            vmctx_readonly()
        } else {
            vmctx_mutable()
        };
        let base_off = self.env.offsets.memory_base();
        let base = self.load(ptr, base_flags, def, base_off)?;
        let index = self.b.ins().uextend(ptr, index);
        // Wasm 2.0 memories are 32-bit: the offset is below 2^32.
        let offset = memarg.offset;
        let end = offset
            .checked_add(u64::from(size))
            .ok_or_else(|| self.bug("memory offset overflow"))?;
        if !(static_mode && end <= STATIC_GUARD) {
            let len = self.memory_length(def)?;
            let end = i64::try_from(end).map_err(|_| self.bug("memory offset too large"))?;
            let last = self.b.ins().iadd_imm_s(index, end);
            let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThan, last, len);
            self.b
                .ins()
                .trapnz(oob, clif_trap(TrapCode::HeapOutOfBounds));
        }
        let addr = self.b.ins().iadd(base, index);
        match i32::try_from(offset) {
            Ok(imm) => Ok((addr, imm)),
            Err(_) => {
                let off = i64::try_from(offset).map_err(|_| self.bug("memory offset too large"))?;
                Ok((self.b.ins().iadd_imm_s(addr, off), 0))
            }
        }
    }

    /// `ty`-typed load of `size` bytes.
    fn heap_load(&mut self, memarg: &MemArg, ty: Type, size: u32, ext: Ext) -> Result<()> {
        let (addr, off) = self.heap_address(memarg, size)?;
        let flags = Self::heap_flags();
        let v = match (ext, size) {
            (Ext::None, _) => self.b.ins().load(ty, flags, addr, off),
            (Ext::Signed, 1) => self.b.ins().sload8(ty, flags, addr, off),
            (Ext::Unsigned, 1) => self.b.ins().uload8(ty, flags, addr, off),
            (Ext::Signed, 2) => self.b.ins().sload16(ty, flags, addr, off),
            (Ext::Unsigned, 2) => self.b.ins().uload16(ty, flags, addr, off),
            (Ext::Signed, 4) => self.b.ins().sload32(flags, addr, off),
            (Ext::Unsigned, 4) => self.b.ins().uload32(flags, addr, off),
            _ => return Err(self.bug("bad load width")),
        };
        self.push(v);
        Ok(())
    }

    /// Store of the low `size` bytes of the value on top of the stack.
    fn heap_store(&mut self, memarg: &MemArg, size: u32, full: bool) -> Result<()> {
        let value = self.pop()?;
        let (addr, off) = self.heap_address(memarg, size)?;
        let flags = Self::heap_flags();
        match (full, size) {
            (true, _) => self.b.ins().store(flags, value, addr, off),
            (false, 1) => self.b.ins().istore8(flags, value, addr, off),
            (false, 2) => self.b.ins().istore16(flags, value, addr, off),
            (false, 4) => self.b.ins().istore32(flags, value, addr, off),
            _ => return Err(self.bug("bad store width")),
        };
        Ok(())
    }

    /// Translates a memory operator; false if `op` is not one.
    pub(crate) fn translate_memory(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{F32, F64, I32, I64};
        match op {
            Operator::I32Load { memarg } => self.heap_load(memarg, I32, 4, Ext::None)?,
            Operator::I64Load { memarg } => self.heap_load(memarg, I64, 8, Ext::None)?,
            Operator::F32Load { memarg } => self.heap_load(memarg, F32, 4, Ext::None)?,
            Operator::F64Load { memarg } => self.heap_load(memarg, F64, 8, Ext::None)?,
            Operator::I32Load8S { memarg } => self.heap_load(memarg, I32, 1, Ext::Signed)?,
            Operator::I32Load8U { memarg } => self.heap_load(memarg, I32, 1, Ext::Unsigned)?,
            Operator::I32Load16S { memarg } => self.heap_load(memarg, I32, 2, Ext::Signed)?,
            Operator::I32Load16U { memarg } => self.heap_load(memarg, I32, 2, Ext::Unsigned)?,
            Operator::I64Load8S { memarg } => self.heap_load(memarg, I64, 1, Ext::Signed)?,
            Operator::I64Load8U { memarg } => self.heap_load(memarg, I64, 1, Ext::Unsigned)?,
            Operator::I64Load16S { memarg } => self.heap_load(memarg, I64, 2, Ext::Signed)?,
            Operator::I64Load16U { memarg } => self.heap_load(memarg, I64, 2, Ext::Unsigned)?,
            Operator::I64Load32S { memarg } => self.heap_load(memarg, I64, 4, Ext::Signed)?,
            Operator::I64Load32U { memarg } => self.heap_load(memarg, I64, 4, Ext::Unsigned)?,
            Operator::I32Store { memarg } | Operator::F32Store { memarg } => {
                self.heap_store(memarg, 4, true)?
            }
            Operator::I64Store { memarg } | Operator::F64Store { memarg } => {
                self.heap_store(memarg, 8, true)?
            }
            Operator::I32Store8 { memarg } | Operator::I64Store8 { memarg } => {
                self.heap_store(memarg, 1, false)?
            }
            Operator::I32Store16 { memarg } | Operator::I64Store16 { memarg } => {
                self.heap_store(memarg, 2, false)?
            }
            Operator::I64Store32 { memarg } => self.heap_store(memarg, 4, false)?,
            Operator::MemorySize { mem } => {
                let def = self.memory_definition(*mem)?;
                let len = self.memory_length(def)?;
                let pages = self.b.ins().ushr_imm_u(len, 16);
                let pages = self.b.ins().ireduce(I32, pages);
                self.push(pages);
            }
            Operator::MemoryGrow { mem } => {
                let delta = self.pop()?;
                let mem = self.i32const(*mem as i32);
                let r = self.call_builtin(Builtin::MemoryGrow, &[mem, delta])?;
                self.push_builtin_result(r)?;
            }
            Operator::MemoryFill { mem } => {
                let (dst, val, len) = self.pop3()?;
                let mem = self.i32const(*mem as i32);
                self.call_builtin(Builtin::MemoryFill, &[mem, dst, val, len])?;
            }
            Operator::MemoryCopy { dst_mem, src_mem } => {
                let (dst, src, len) = self.pop3()?;
                let d = self.i32const(*dst_mem as i32);
                let s = self.i32const(*src_mem as i32);
                self.call_builtin(Builtin::MemoryCopy, &[d, s, dst, src, len])?;
            }
            Operator::MemoryInit { data_index, mem } => {
                let (dst, src, len) = self.pop3()?;
                let m = self.i32const(*mem as i32);
                let d = self.i32const(*data_index as i32);
                self.call_builtin(Builtin::MemoryInit, &[m, d, dst, src, len])?;
            }
            Operator::DataDrop { data_index } => {
                let d = self.i32const(*data_index as i32);
                self.call_builtin(Builtin::DataDrop, &[d])?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
