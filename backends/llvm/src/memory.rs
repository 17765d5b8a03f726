//! Linear memory: loads and stores of every width and `memory.size`, as
//! decoded by `trident_compiler::decode::memory` (`memory.grow` and the
//! bulk-memory operators are builtin calls, in `calls.rs`).
//!
//! A memory is reached through the `VMMemoryDefinition` pointer at
//! `vmctx + memory(i)` (invariant: the pointer never changes), whose
//! `base` and `current_length` (bytes) the runtime updates on growth.
//! Addresses are `base + zext(index) + offset`; for a 32-bit memory
//! `zext(index) + offset + size` never overflows 64 bits.
//!
//! A 64-bit memory (memory64) is checked explicitly under both styles:
//! `index + offset + size`, a carry out of 64 bits trapping too, against
//! `current_length`. Its accesses are marked like any other under the
//! style (so `volatile` under `Static`, where its base never moves).
//!
//! Bounds checks follow `BoundsChecks`:
//!
//! * `Static`: the base never moves, so its load is `!invariant.load`.
//!   An access with `offset + size <= STATIC_GUARD` is not checked: past
//!   the accessible length it faults in the reservation's inaccessible
//!   tail. Such an access must stay exactly where and as often as the
//!   program performs it, so it is `volatile` (never deleted when its
//!   result is unused, never speculated, merged, widened or reordered with
//!   other heap accesses). On x86-64 it goes through `ptr addrspace(258)`
//!   so that LLVM emits it with an `ss:` prefix: the trap-site scan
//!   (`disasm.rs`) records every such instruction as a `HeapOutOfBounds`
//!   site, whether it is a plain `mov` or a load folded into an arithmetic
//!   instruction. On AArch64 (address space 0) the scan records every
//!   load or store that is not off `sp`/`x29` instead. Larger offsets get
//!   the explicit check below first.
//! * `Dynamic`: every access is checked explicitly, `zext(index) +
//!   offset + size > current_length` → `HeapOutOfBounds`, and the base
//!   and length are ordinary loads (reloaded after calls, which may grow
//!   memory). The accesses themselves cannot fault, so they are plain
//!   loads and stores LLVM may optimize freely.
//!
//! Why `volatile` and not plain accesses kept alive some other way: LLVM
//! treats an out-of-bounds access as undefined behaviour, not a trap, so
//! plain accesses may be reordered with non-aliasing stores (a store after
//! a trapping load would become visible), merged (two adjacent stores
//! become one wider store that faults as a whole, losing the in-bounds
//! half) or vectorized the same way; keeping unused loads alive would not
//! stop any of that. Measured (sightglass, `bench compare`), the cost is
//! small: the programs where LLVM looked slower than Cranelift were not
//! limited by this (shootout-memmove spends 86% of its instructions in
//! the runtime's `memory.copy`, identical on both back ends; richards is
//! faster with LLVM when run from an artifact).
//!
//! Alignment immediates are hints only: accesses are `align 1`. Every heap
//! access is tagged `Region::Heap` for alias analysis.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::translator::FuncTranslator;
use inkwell::types::{BasicTypeEnum, IntType};
use inkwell::values::{BasicValue, BasicValueEnum, InstructionValue, IntValue, PointerValue};
use inkwell::IntPredicate;
use trident_compiler::decode::MemoryEmitter;
use trident_compiler::operators::MemAccess;
use trident_compiler::wasmparser::{MemArg, MemArgTarget};
use trident_types::{BoundsChecks, TrapCode, STATIC_GUARD};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    pub(crate) fn static_bounds(&self) -> bool {
        self.env.options.bounds_checks == BoundsChecks::Static
    }

    /// The `VMMemoryDefinition` pointer of memory `mem`.
    fn memory_definition(&self, mem: u32) -> Result<PointerValue<'ctx>> {
        if mem as usize >= self.env.module.memories.len() {
            return Err(self.bug("memory index out of range"));
        }
        let off = self.env.offsets.memory(mem);
        self.load_ptr(self.vmctx, off, Region::Vmctx, true)
    }

    /// The current length in bytes of the memory defined at `def`.
    fn memory_length(&self, def: PointerValue<'ctx>) -> Result<IntValue<'ctx>> {
        let off = self.env.offsets.memory_current_length();
        Ok(self
            .load(self.ir.i64, def, off, Region::MemoryDefinition, false)?
            .into_int_value())
    }

    /// Pops the index of an access of `size` bytes with `memarg`, checks it
    /// as the bounds-check style requires, and returns its address.
    pub(crate) fn heap_address(
        &mut self,
        memarg: &MemArg,
        size: u32,
    ) -> Result<PointerValue<'ctx>> {
        let index = self.pop_int()?;
        let mem = match memarg.target {
            MemArgTarget::Memory(m) => m,
            MemArgTarget::Array(_) => return Err(self.unsupported("GC array accesses")),
        };
        let def = self.memory_definition(mem)?;
        let static_mode = self.static_bounds();
        let index = if self.env.module.memory64(mem) {
            self.check_index64(def, index, memarg.offset, size)?;
            index
        } else {
            let index = self.b.build_int_z_extend(index, self.ir.i64, "").ir()?;
            self.check_index32(def, index, memarg.offset, size)?;
            index
        };
        let base_ty = if static_mode {
            self.ir.heap_ptr
        } else {
            self.ir.ptr
        };
        let base = self
            .load(
                base_ty,
                def,
                self.env.offsets.memory_base(),
                Region::MemoryDefinition,
                static_mode,
            )?
            .into_pointer_value();
        // SAFETY: a byte GEP computes an address without accessing memory.
        let at = unsafe { self.b.build_gep(self.ir.i8, base, &[index], "") }.ir()?;
        self.byte_offset(at, memarg.offset)
    }

    /// The bounds check of a 32-bit memory's access (`index` zero-extended):
    /// none under static bounds when `offset + size` stays in the guard.
    fn check_index32(
        &mut self,
        def: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        offset: u64,
        size: u32,
    ) -> Result<()> {
        let end = offset
            .checked_add(u64::from(size))
            .ok_or_else(|| self.bug("memory offset overflow"))?;
        if self.static_bounds() && end <= STATIC_GUARD {
            return Ok(());
        }
        // `zext(index) + end` cannot carry: both are below 2^34.
        let (_, past) = self.end_past_length(def, index, end)?;
        self.trap_if(past, TrapCode::HeapOutOfBounds)
    }

    /// The bounds check of a 64-bit memory's access: `index + offset +
    /// size` (a carry traps too) against the current length.
    fn check_index64(
        &mut self,
        def: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        offset: u64,
        size: u32,
    ) -> Result<()> {
        let Some(end) = offset.checked_add(u64::from(size)) else {
            // Past 2^64 whatever the index.
            let always = self.ir.context.bool_type().const_int(1, false);
            return self.trap_if(always, TrapCode::HeapOutOfBounds);
        };
        let (last, past) = self.end_past_length(def, index, end)?;
        let carry = self
            .b
            .build_int_compare(IntPredicate::ULT, last, index, "")
            .ir()?;
        let oob = self.b.build_or(carry, past, "").ir()?;
        self.trap_if(oob, TrapCode::HeapOutOfBounds)
    }

    /// `index + end` (wrapping) and whether it is past the current length
    /// of the memory defined at `def`.
    fn end_past_length(
        &mut self,
        def: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        end: u64,
    ) -> Result<(IntValue<'ctx>, IntValue<'ctx>)> {
        let len = self.memory_length(def)?;
        let last = self
            .b
            .build_int_add(index, self.ir.i64.const_int(end, false), "")
            .ir()?;
        let past = self
            .b
            .build_int_compare(IntPredicate::UGT, last, len, "")
            .ir()?;
        Ok((last, past))
    }

    /// Marks a heap access: alignment 1, `volatile` under static bounds
    /// checks, `Region::Heap`.
    pub(crate) fn finish_heap_access(&self, inst: Option<InstructionValue<'ctx>>) -> Result<()> {
        let inst = inst.ok_or_else(|| self.bug("heap access is not an instruction"))?;
        inst.set_alignment(1)
            .map_err(|e| self.bug(&format!("cannot set alignment: {e:?}")))?;
        if self.static_bounds() {
            inst.set_volatile(true)
                .map_err(|e| self.bug(&format!("cannot mark volatile: {e:?}")))?;
        }
        self.ir.tag(Some(inst), Region::Heap, false)
    }

    /// The integer type of a narrow access of `bytes` (1, 2 or 4) bytes.
    fn narrow_type(&self, bytes: u8) -> IntType<'ctx> {
        match bytes {
            1 => self.ir.i8,
            2 => self.ir.context.i16_type(),
            _ => self.ir.i32,
        }
    }
}

impl<'a, 'ctx> MemoryEmitter for FuncTranslator<'a, 'ctx> {
    /// A load of `access.bytes` bytes, extended to the value's type when
    /// narrower.
    fn memory_load(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let ty = self.ty(access.ty);
        let mem_ty: BasicTypeEnum<'ctx> = if access.is_narrow() {
            self.narrow_type(access.bytes).into()
        } else {
            ty
        };
        let addr = self.heap_address(memarg, u32::from(access.bytes))?;
        let v = self.b.build_load(mem_ty, addr, "").ir()?;
        self.finish_heap_access(v.as_instruction_value())?;
        let v: BasicValueEnum<'ctx> = if !access.is_narrow() {
            v
        } else if access.signed {
            let to = ty.into_int_type();
            self.b
                .build_int_s_extend(v.into_int_value(), to, "")
                .ir()?
                .into()
        } else {
            let to = ty.into_int_type();
            self.b
                .build_int_z_extend(v.into_int_value(), to, "")
                .ir()?
                .into()
        };
        self.push(v);
        Ok(())
    }

    /// A store of the top value, truncated when the access is narrower.
    fn memory_store(&mut self, memarg: &MemArg, access: MemAccess) -> Result<()> {
        let value = self.pop()?;
        let value: BasicValueEnum<'ctx> = if access.is_narrow() {
            let t = self.narrow_type(access.bytes);
            self.b
                .build_int_truncate(value.into_int_value(), t, "")
                .ir()?
                .as_basic_value_enum()
        } else {
            value
        };
        let addr = self.heap_address(memarg, u32::from(access.bytes))?;
        let s = self.b.build_store(addr, value).ir()?;
        self.finish_heap_access(Some(s))
    }

    fn memory_size(&mut self, mem: u32) -> Result<()> {
        let def = self.memory_definition(mem)?;
        let len = self.memory_length(def)?;
        let pages = self
            .b
            .build_right_shift(len, self.ir.i64.const_int(16, false), false, "")
            .ir()?;
        if self.env.module.memory64(mem) {
            self.push(pages);
        } else {
            let v = self.b.build_int_truncate(pages, self.ir.i32, "").ir()?;
            self.push(v);
        }
        Ok(())
    }
}
