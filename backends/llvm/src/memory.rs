//! Linear memory: loads and stores of every width, `memory.size`,
//! `memory.grow` and the bulk-memory operators.
//!
//! A memory is reached through the `VMMemoryDefinition` pointer at
//! `vmctx + memory(i)` (invariant: the pointer never changes), whose
//! `base` and `current_length` (bytes) the runtime updates on growth.
//! Addresses are `base + zext(index) + offset`; Wasm 2.0 memories are
//! 32-bit, so `zext(index) + offset + size` never overflows 64 bits.
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
use inkwell::values::{BasicValue, BasicValueEnum, InstructionValue, PointerValue};
use inkwell::IntPredicate;
use trident_compiler::wasmparser::{MemArg, MemArgTarget, Operator};
use trident_types::{BoundsChecks, Builtin, TrapCode, STATIC_GUARD};

/// How a narrow load extends its value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ext {
    Signed,
    Unsigned,
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    fn static_bounds(&self) -> bool {
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
    fn memory_length(&self, def: PointerValue<'ctx>) -> Result<inkwell::values::IntValue<'ctx>> {
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
        let index = self.b.build_int_z_extend(index, self.ir.i64, "").ir()?;
        let end = memarg
            .offset
            .checked_add(u64::from(size))
            .ok_or_else(|| self.bug("memory offset overflow"))?;
        let static_mode = self.static_bounds();
        if !(static_mode && end <= STATIC_GUARD) {
            let len = self.memory_length(def)?;
            let last = self
                .b
                .build_int_add(index, self.ir.i64.const_int(end, false), "")
                .ir()?;
            let oob = self
                .b
                .build_int_compare(IntPredicate::UGT, last, len, "")
                .ir()?;
            self.trap_if(oob, TrapCode::HeapOutOfBounds)?;
        }
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

    /// A load of `mem_ty` from the heap, extended to `ty` when narrower.
    fn heap_load(
        &mut self,
        memarg: &MemArg,
        ty: BasicTypeEnum<'ctx>,
        mem_ty: BasicTypeEnum<'ctx>,
        ext: Ext,
    ) -> Result<()> {
        let size = size_of(mem_ty);
        let addr = self.heap_address(memarg, size)?;
        let v = self.b.build_load(mem_ty, addr, "").ir()?;
        self.finish_heap_access(v.as_instruction_value())?;
        let v: BasicValueEnum<'ctx> = if mem_ty == ty {
            v
        } else {
            let to = ty.into_int_type();
            match ext {
                Ext::Signed => self
                    .b
                    .build_int_s_extend(v.into_int_value(), to, "")
                    .ir()?
                    .into(),
                Ext::Unsigned => self
                    .b
                    .build_int_z_extend(v.into_int_value(), to, "")
                    .ir()?
                    .into(),
            }
        };
        self.push(v);
        Ok(())
    }

    /// A store of the top value, truncated to `narrow` when given.
    fn heap_store(&mut self, memarg: &MemArg, narrow: Option<IntType<'ctx>>) -> Result<()> {
        let value = self.pop()?;
        let value: BasicValueEnum<'ctx> = match narrow {
            Some(t) => self
                .b
                .build_int_truncate(value.into_int_value(), t, "")
                .ir()?
                .as_basic_value_enum(),
            None => value,
        };
        let size = size_of(value.get_type());
        let addr = self.heap_address(memarg, size)?;
        let s = self.b.build_store(addr, value).ir()?;
        self.finish_heap_access(Some(s))
    }

    /// Translates a memory operator; false if `op` is not one.
    pub(crate) fn translate_memory(&mut self, op: &Operator<'_>) -> Result<bool> {
        let (i8t, i16t, i32t, i64t) = (
            self.ir.i8,
            self.ir.context.i16_type(),
            self.ir.i32,
            self.ir.i64,
        );
        let (i32b, i64b): (BasicTypeEnum<'ctx>, BasicTypeEnum<'ctx>) = (i32t.into(), i64t.into());
        let (f32b, f64b): (BasicTypeEnum<'ctx>, BasicTypeEnum<'ctx>) =
            (self.ir.f32.into(), self.ir.f64.into());
        use Ext::{Signed as S, Unsigned as U};
        match op {
            Operator::I32Load { memarg } => self.heap_load(memarg, i32b, i32b, U)?,
            Operator::I64Load { memarg } => self.heap_load(memarg, i64b, i64b, U)?,
            Operator::F32Load { memarg } => self.heap_load(memarg, f32b, f32b, U)?,
            Operator::F64Load { memarg } => self.heap_load(memarg, f64b, f64b, U)?,
            Operator::I32Load8S { memarg } => self.heap_load(memarg, i32b, i8t.into(), S)?,
            Operator::I32Load8U { memarg } => self.heap_load(memarg, i32b, i8t.into(), U)?,
            Operator::I32Load16S { memarg } => self.heap_load(memarg, i32b, i16t.into(), S)?,
            Operator::I32Load16U { memarg } => self.heap_load(memarg, i32b, i16t.into(), U)?,
            Operator::I64Load8S { memarg } => self.heap_load(memarg, i64b, i8t.into(), S)?,
            Operator::I64Load8U { memarg } => self.heap_load(memarg, i64b, i8t.into(), U)?,
            Operator::I64Load16S { memarg } => self.heap_load(memarg, i64b, i16t.into(), S)?,
            Operator::I64Load16U { memarg } => self.heap_load(memarg, i64b, i16t.into(), U)?,
            Operator::I64Load32S { memarg } => self.heap_load(memarg, i64b, i32b, S)?,
            Operator::I64Load32U { memarg } => self.heap_load(memarg, i64b, i32b, U)?,
            Operator::I32Store { memarg }
            | Operator::I64Store { memarg }
            | Operator::F32Store { memarg }
            | Operator::F64Store { memarg } => self.heap_store(memarg, None)?,
            Operator::I32Store8 { memarg } | Operator::I64Store8 { memarg } => {
                self.heap_store(memarg, Some(i8t))?
            }
            Operator::I32Store16 { memarg } | Operator::I64Store16 { memarg } => {
                self.heap_store(memarg, Some(i16t))?
            }
            Operator::I64Store32 { memarg } => self.heap_store(memarg, Some(i32t))?,
            Operator::MemorySize { mem } => {
                let def = self.memory_definition(*mem)?;
                let len = self.memory_length(def)?;
                let pages = self
                    .b
                    .build_right_shift(len, i64t.const_int(16, false), false, "")
                    .ir()?;
                let v = self.b.build_int_truncate(pages, i32t, "").ir()?;
                self.push(v);
            }
            Operator::MemoryGrow { mem } => {
                let delta = self.pop_int()?;
                let m = self.i32_const(*mem as i32);
                let r = self.call_builtin(Builtin::MemoryGrow, &[m.into(), delta.into()])?;
                self.push_builtin_result(r)?;
            }
            Operator::MemoryFill { mem } => {
                let (dst, val, len) = self.pop3_int()?;
                let m = self.i32_const(*mem as i32);
                self.call_builtin(
                    Builtin::MemoryFill,
                    &[m.into(), dst.into(), val.into(), len.into()],
                )?;
            }
            Operator::MemoryCopy { dst_mem, src_mem } => {
                let (dst, src, len) = self.pop3_int()?;
                let d = self.i32_const(*dst_mem as i32);
                let s = self.i32_const(*src_mem as i32);
                self.call_builtin(
                    Builtin::MemoryCopy,
                    &[d.into(), s.into(), dst.into(), src.into(), len.into()],
                )?;
            }
            Operator::MemoryInit { data_index, mem } => {
                let (dst, src, len) = self.pop3_int()?;
                let m = self.i32_const(*mem as i32);
                let d = self.i32_const(*data_index as i32);
                self.call_builtin(
                    Builtin::MemoryInit,
                    &[m.into(), d.into(), dst.into(), src.into(), len.into()],
                )?;
            }
            Operator::DataDrop { data_index } => {
                let d = self.i32_const(*data_index as i32);
                self.call_builtin(Builtin::DataDrop, &[d.into()])?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// The size in bytes of a scalar LLVM type (integers and floats).
fn size_of(ty: BasicTypeEnum<'_>) -> u32 {
    match ty {
        BasicTypeEnum::IntType(t) => t.get_bit_width() / 8,
        BasicTypeEnum::FloatType(t) if t == t.get_context().f32_type() => 4,
        _ => 8,
    }
}
