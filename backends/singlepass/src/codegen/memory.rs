//! Linear memory: loads and stores of every width and `memory.size`, as
//! decoded by `trident_compiler::decode::memory` (`memory.grow` and the
//! bulk-memory operators are builtin calls, in `calls.rs`).
//!
//! A memory is reached through the `VMMemoryDefinition` pointer at
//! `vmctx + memory(i)`; the address of an access is
//! `base + zext(index) + offset`, formed in the two scratch registers.
//!
//! Bounds checks follow `BoundsChecks`:
//! * `Static`: an access with `offset + size <= STATIC_GUARD` is not
//!   checked; an out-of-bounds one faults in the guard region and the
//!   access instruction is recorded as a `HeapOutOfBounds` trap site.
//!   Larger offsets get the explicit check. Memory 0's base never moves,
//!   so it is cached in a register (`FuncGen::heap_base`).
//! * `Dynamic`: every access checks `zext(index) + offset + size <=
//!   current_length` first (`HeapOutOfBounds` otherwise). Base and length
//!   are reloaded at every access, since `memory.grow` may move them.
//! * A 64-bit memory (memory64) is checked explicitly under both styles
//!   (`index + offset + size`, carry included, against `current_length`):
//!   no reservation covers a 64-bit index. Its offsets may be any `u64`.

use super::{FuncGen, Result};
use crate::machine::{Addr, ExtendOp, IntOp, LoadKind, Masm, Reg, RegImm, Size, StoreKind};
use trident_compiler::decode::MemoryEmitter;
use trident_compiler::operators::MemAccess;
use trident_compiler::wasmparser::{MemArg, MemArgTarget};
use trident_types::{BoundsChecks, TrapCode, ValType, STATIC_GUARD};

impl<'a, M: Masm> FuncGen<'a, M> {
    fn memory_index(&self, memarg: &MemArg) -> Result<u32> {
        match memarg.target {
            MemArgTarget::Memory(m) if (m as usize) < self.env.module.memories.len() => Ok(m),
            MemArgTarget::Memory(_) => Err(self.bug("memory index out of range")),
            MemArgTarget::Array(_) => Err(self.unsupported("GC array accesses")),
        }
    }

    /// The address of an access of `size` bytes at `index` (a 32-bit
    /// register, or 64-bit for memory64; left unchanged), after any
    /// bounds check.
    pub(super) fn heap_addr(&mut self, memarg: &MemArg, size: u32, index: Reg) -> Result<Addr> {
        let mem = self.memory_index(memarg)?;
        if self.env.module.memory64(mem) {
            return Ok(self.heap_addr64(mem, memarg.offset, size, index));
        }
        let (def, idx) = (M::SCRATCH_GPR, M::SCRATCH_GPR2);
        self.m.extend(ExtendOp::ZeroExtend32, idx, index.num());
        let end = memarg
            .offset
            .checked_add(u64::from(size))
            .ok_or_else(|| self.bug("memory offset overflow"))?;
        let checked = self.env.options.bounds_checks == BoundsChecks::Dynamic || end > STATIC_GUARD;
        let base = match self.heap_base {
            Some(r) if mem == 0 && !checked => r,
            _ => {
                self.m
                    .load_ptr(def, M::VMCTX, self.env.offsets.memory(mem) as i32);
                if checked {
                    let len = Addr::new(def, self.env.offsets.memory_current_length() as i32);
                    self.m
                        .trap_if_above(idx, end, len, TrapCode::HeapOutOfBounds);
                }
                self.m
                    .load_ptr(def, def, self.env.offsets.memory_base() as i32);
                def
            }
        };
        // Wasm 2.0 offsets are below 2^32: fold the part that does not
        // fit a displacement into the index (at most two adds).
        let mut rest = memarg.offset;
        while rest > i32::MAX as u64 {
            self.m
                .int_op(IntOp::Add, Size::S64, idx, RegImm::Imm(i32::MAX));
            rest -= i32::MAX as u64;
        }
        let disp = rest as i32;
        Ok(Addr {
            base,
            index: Some(idx),
            disp,
        })
    }

    /// `heap_addr` for a 64-bit memory: `index + offset + size` checked
    /// against the current length, a carry out of 64 bits trapping too.
    fn heap_addr64(&mut self, mem: u32, offset: u64, size: u32, index: Reg) -> Addr {
        let (def, idx) = (M::SCRATCH_GPR, M::SCRATCH_GPR2);
        let Some(end) = offset.checked_add(u64::from(size)) else {
            // Past 2^64 whatever the index: always out of bounds. The
            // address below is never used.
            self.m.trap(TrapCode::HeapOutOfBounds);
            return Addr::new(index.num(), 0);
        };
        self.m
            .load_ptr(def, M::VMCTX, self.env.offsets.memory(mem) as i32);
        let len = Addr::new(def, self.env.offsets.memory_current_length() as i32);
        self.m
            .trap_if_above_wide(index.num(), end, len, TrapCode::HeapOutOfBounds);
        self.m
            .load_ptr(def, def, self.env.offsets.memory_base() as i32);
        // In bounds, so `index + offset` does not overflow.
        let disp = match i32::try_from(offset) {
            Ok(disp) => {
                self.m.mov(Reg::Gpr(idx), index);
                disp
            }
            Err(_) => {
                self.m.mov_imm(Reg::Gpr(idx), Size::S64, offset);
                self.m
                    .int_op(IntOp::Add, Size::S64, idx, RegImm::Reg(index.num()));
                0
            }
        };
        Addr {
            base: def,
            index: Some(idx),
            disp,
        }
    }

    pub(super) fn heap_load(
        &mut self,
        memarg: &MemArg,
        ty: ValType,
        kind: LoadKind,
        size: u32,
    ) -> Result<()> {
        let (_, index) = self.pop_reg()?;
        let addr = self.heap_addr(memarg, size, index)?;
        let dst = if crate::abi::is_float(ty) {
            self.free(index);
            self.alloc(ty)?
        } else {
            index
        };
        self.m
            .load(kind, dst, addr, Some(TrapCode::HeapOutOfBounds));
        self.push_reg(ty, dst);
        Ok(())
    }

    pub(super) fn heap_store(&mut self, memarg: &MemArg, kind: StoreKind, size: u32) -> Result<()> {
        let (_, value) = self.pop_reg()?;
        let (_, index) = self.pop_reg()?;
        let addr = self.heap_addr(memarg, size, index)?;
        self.m
            .store(kind, value, addr, Some(TrapCode::HeapOutOfBounds));
        self.free(value);
        self.free(index);
        Ok(())
    }
}

impl<'a, M: Masm> MemoryEmitter for FuncGen<'a, M> {
    fn memory_load(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let (bytes, signed) = (access.bytes, access.signed);
        let kind = match access.ty {
            ValType::F32 => LoadKind::F32,
            ValType::F64 => LoadKind::F64,
            ValType::I32 => LoadKind::Int {
                bytes,
                signed,
                size: Size::S32,
            },
            _ => LoadKind::Int {
                bytes,
                signed,
                size: Size::S64,
            },
        };
        self.heap_load(memarg, access.ty, kind, u32::from(bytes))
    }

    fn memory_store(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let kind = match access.ty {
            ValType::F32 => StoreKind::F32,
            ValType::F64 => StoreKind::F64,
            _ => StoreKind::Int {
                bytes: access.bytes,
            },
        };
        self.heap_store(memarg, kind, u32::from(access.bytes))
    }

    fn memory_size(&mut self, mem: u32) -> Result<()> {
        if mem as usize >= self.env.module.memories.len() {
            return Err(self.bug("memory index out of range"));
        }
        let ty = if self.env.module.memory64(mem) {
            ValType::I64
        } else {
            ValType::I32
        };
        let def = M::SCRATCH_GPR;
        self.m
            .load_ptr(def, M::VMCTX, self.env.offsets.memory(mem) as i32);
        let r = self.alloc(ty)?;
        let len_off = self.env.offsets.memory_current_length() as i32;
        self.m.load_ptr(r.num(), def, len_off);
        self.m
            .int_op(IntOp::ShrU, Size::S64, r.num(), RegImm::Imm(16));
        self.push_reg(ty, r);
        Ok(())
    }
}
