//! Linear memory: loads and stores of every width and `memory.size`, as
//! decoded by `trident_compiler::decode::memory` (`memory.grow` and the
//! bulk-memory operators are builtin calls, in `calls.rs`).
//!
//! A memory is reached through the `VMMemoryDefinition` pointer at
//! `vmctx + memory(i)` (`base` at `memory_base()`, `current_length` in
//! bytes at `memory_current_length()`). Addresses are
//! `base + zext(index) + offset`.
//!
//! Bounds checks follow `BoundsChecks`:
//! * `Static`: the base never moves, so the definition pointer and base
//!   loads are `readonly` and movable (hoisted out of loops). An access with `offset + size <= STATIC_GUARD`
//!   is not checked: it faults in the reservation's inaccessible tail, and
//!   its load/store carries the `heap_oob` trap code so Cranelift records a
//!   trap site for it. Larger offsets get the explicit check below.
//! * `Dynamic`: every access is checked explicitly,
//!   `zext(index) + offset + size > current_length` → `HeapOutOfBounds`,
//!   and the base and length are reloaded (not `readonly`), since
//!   `memory.grow` may move the memory.
//! * A 64-bit memory (memory64) is checked explicitly under both styles,
//!   `index + offset + size` with `uadd_overflow_trap` (a carry out of 64
//!   bits traps too) against `current_length`; its base is still
//!   `readonly` under `Static`, where it never moves. Offsets may be any
//!   `u64`.
//!
//! Alignment immediates are hints only: accesses are never marked aligned.

use crate::emit::clif_trap;
use crate::translator::{vmctx_readonly, vmctx_state, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Endianness, InstBuilder, MemFlagsData, Value};
use trident_compiler::decode::MemoryEmitter;
use trident_compiler::operators::MemAccess;
use trident_compiler::wasmparser::{MemArg, MemArgTarget};
use trident_types::{BoundsChecks, TrapCode, STATIC_GUARD};

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// The flags of a wasm memory access: may trap with `HeapOutOfBounds`,
    /// little-endian, not known to be aligned.
    pub(crate) fn heap_flags(&self) -> MemFlagsData {
        MemFlagsData::new()
            .with_trap_code(Some(clif_trap(TrapCode::HeapOutOfBounds)))
            .with_endianness(Endianness::Little)
            .with_alias_region(Some(self.regions.heap))
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
        self.load(self.env.ptr, vmctx_state(&self.regions), def, off)
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
            vmctx_state(&self.regions)
        };
        let base_off = self.env.offsets.memory_base();
        let base = self.load(ptr, base_flags, def, base_off)?;
        let offset = memarg.offset;
        if self.env.module.memory64(mem) {
            return self.heap_address64(def, base, index, offset, size);
        }
        let index = self.b.ins().uextend(ptr, index);
        // A 32-bit memory's offset is below 2^32.
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

    /// `heap_address` for a 64-bit memory at `def` with `base`: `index`
    /// is an `i64`, checked under both styles.
    fn heap_address64(
        &mut self,
        def: Value,
        base: Value,
        index: Value,
        offset: u64,
        size: u32,
    ) -> Result<(Value, i32)> {
        let oob = clif_trap(TrapCode::HeapOutOfBounds);
        let len = self.memory_length(def)?;
        match offset.checked_add(u64::from(size)) {
            Some(end) => {
                // The bits of `end` as an i64 immediate; the add is unsigned.
                let end = self.b.ins().iconst(types::I64, end as i64);
                let last = self.b.ins().uadd_overflow_trap(index, end, oob);
                let past = self.b.ins().icmp(IntCC::UnsignedGreaterThan, last, len);
                self.b.ins().trapnz(past, oob);
            }
            None => {
                // Past 2^64 whatever the index.
                let always = self.b.ins().iconst(types::I8, 1);
                self.b.ins().trapnz(always, oob);
            }
        }
        let addr = self.b.ins().iadd(base, index);
        match i32::try_from(offset) {
            Ok(imm) => Ok((addr, imm)),
            // In bounds, so the wrapping add of the offset's bits is exact.
            Err(_) => Ok((self.b.ins().iadd_imm_s(addr, offset as i64), 0)),
        }
    }
}

impl MemoryEmitter for FuncTranslator<'_, '_> {
    fn memory_load(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let ty = self.ty(access.ty);
        let size = u32::from(access.bytes);
        let (addr, off) = self.heap_address(memarg, size)?;
        let flags = self.heap_flags();
        let ins = self.b.ins();
        let v = match (access.is_narrow(), access.signed, size) {
            (false, _, _) => ins.load(ty, flags, addr, off),
            (true, true, 1) => ins.sload8(ty, flags, addr, off),
            (true, false, 1) => ins.uload8(ty, flags, addr, off),
            (true, true, 2) => ins.sload16(ty, flags, addr, off),
            (true, false, 2) => ins.uload16(ty, flags, addr, off),
            (true, true, _) => ins.sload32(flags, addr, off),
            (true, false, _) => ins.uload32(flags, addr, off),
        };
        self.push(v);
        Ok(())
    }

    /// Stores the low `access.bytes` bytes of the value on top of the
    /// stack.
    fn memory_store(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let value = self.pop()?;
        let size = u32::from(access.bytes);
        let (addr, off) = self.heap_address(memarg, size)?;
        let flags = self.heap_flags();
        let ins = self.b.ins();
        match (access.is_narrow(), size) {
            (false, _) => ins.store(flags, value, addr, off),
            (true, 1) => ins.istore8(flags, value, addr, off),
            (true, 2) => ins.istore16(flags, value, addr, off),
            (true, _) => ins.istore32(flags, value, addr, off),
        };
        Ok(())
    }

    fn memory_size(&mut self, mem: u32) -> Result<()> {
        let def = self.memory_definition(mem)?;
        let len = self.memory_length(def)?;
        let pages = self.b.ins().ushr_imm_u(len, 16);
        let pages = if self.env.module.memory64(mem) {
            pages
        } else {
            self.b.ins().ireduce(types::I32, pages)
        };
        self.push(pages);
        Ok(())
    }
}
