//! The value stack and the register allocator.
//!
//! Every allocatable register is `Free`, owned by one value-stack position
//! (`Stack(i)`, and then `stack[i].loc == Loc::Reg(reg)`), or a `Temp`
//! held by the operator being translated (popped operands, results being
//! built). Allocation takes the first free register of the class; when
//! none is free it spills the register owned by the lowest (oldest) stack
//! position to that position's own slot. Every step is bounded by the
//! number of registers, never by the stack depth.
//!
//! At control-flow joins everything must be where every incoming edge
//! agrees: [`FuncGen::spill_all`] moves register operands to their slots
//! (constants stay constants: nothing can change them) and
//! [`FuncGen::materialize_top`] also stores constants.

use super::{FuncGen, Loc, Result, Val};
use crate::abi::{copy_value, is_float};
use crate::machine::{Addr, LoadKind, Masm, Reg, RegImm, Size, StoreKind};
use trident_types::ValType;

/// Who holds a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// Not allocatable.
    Reserved,
    Free,
    /// Holds the operand at this stack position.
    Stack(u32),
    /// Held by the operator being translated.
    Temp,
}

/// Ownership of every register, by class and number.
pub(crate) struct RegFile {
    gpr: [Owner; 32],
    fpr: [Owner; 32],
}

impl RegFile {
    /// The register file with `pinned` (a general purpose register)
    /// taken out of the pool.
    pub fn new<M: Masm>(pinned: Option<u8>) -> RegFile {
        let mut r = RegFile {
            gpr: [Owner::Reserved; 32],
            fpr: [Owner::Reserved; 32],
        };
        for g in M::ALLOCATABLE_GPRS {
            r.gpr[*g as usize] = Owner::Free;
        }
        for f in M::ALLOCATABLE_FPRS {
            r.fpr[*f as usize] = Owner::Free;
        }
        if let Some(p) = pinned {
            r.gpr[p as usize] = Owner::Reserved;
        }
        r
    }

    fn get(&self, reg: Reg) -> Owner {
        match reg {
            Reg::Gpr(n) => self.gpr[n as usize],
            Reg::Fpr(n) => self.fpr[n as usize],
        }
    }

    fn set(&mut self, reg: Reg, owner: Owner) {
        let slot = match reg {
            Reg::Gpr(n) => &mut self.gpr[n as usize],
            Reg::Fpr(n) => &mut self.fpr[n as usize],
        };
        if *slot != Owner::Reserved {
            *slot = owner;
        }
    }
}

/// The operand width of a value type.
pub(crate) fn size_of(t: ValType) -> Size {
    match t {
        ValType::I32 | ValType::F32 => Size::S32,
        _ => Size::S64,
    }
}

/// How a frame slot (local or operand) holding a value of type `t` is
/// loaded and stored (8 bytes, 16 for a `v128`).
pub(crate) fn slot_kinds(t: ValType) -> (LoadKind, StoreKind) {
    if t == ValType::V128 {
        (LoadKind::V128, StoreKind::V128)
    } else if is_float(t) {
        (LoadKind::F64, StoreKind::F64)
    } else {
        (
            LoadKind::Int {
                bytes: 8,
                signed: false,
                size: Size::S64,
            },
            StoreKind::Int { bytes: 8 },
        )
    }
}

impl<'a, M: Masm> FuncGen<'a, M> {
    fn note_depth(&mut self) {
        self.max_depth = self.max_depth.max(self.stack.len());
    }

    /// Pushes an operand.
    pub fn push(&mut self, ty: ValType, loc: Loc) {
        if let Loc::Reg(r) = loc {
            self.regs.set(r, Owner::Stack(self.stack.len() as u32));
        }
        self.stack.push(Val { ty, loc });
        self.note_depth();
    }

    pub fn push_reg(&mut self, ty: ValType, reg: Reg) {
        self.push(ty, Loc::Reg(reg));
    }

    /// Pops an operand and its stack position; a register operand becomes
    /// a `Temp` the caller must free or push.
    pub fn pop(&mut self) -> Result<(Val, usize)> {
        let v = self
            .stack
            .pop()
            .ok_or_else(|| self.bug("operand stack underflow"))?;
        if let Loc::Reg(r) = v.loc {
            self.regs.set(r, Owner::Temp);
        }
        Ok((v, self.stack.len()))
    }

    pub fn free(&mut self, reg: Reg) {
        self.regs.set(reg, Owner::Free);
    }

    /// A free register of the class of `ty` (spilling if needed), as Temp.
    pub fn alloc(&mut self, ty: ValType) -> Result<Reg> {
        let float = is_float(ty);
        let pool = if float {
            M::ALLOCATABLE_FPRS
        } else {
            M::ALLOCATABLE_GPRS
        };
        let make = |n: u8| if float { Reg::Fpr(n) } else { Reg::Gpr(n) };
        let mut victim: Option<(u32, Reg)> = None;
        for &n in pool {
            let reg = make(n);
            match self.regs.get(reg) {
                Owner::Free => {
                    self.regs.set(reg, Owner::Temp);
                    return Ok(reg);
                }
                Owner::Stack(i) if victim.is_none_or(|(j, _)| i < j) => victim = Some((i, reg)),
                _ => {}
            }
        }
        let (index, reg) = victim.ok_or_else(|| self.bug("out of registers"))?;
        self.spill(index as usize, reg)?;
        self.regs.set(reg, Owner::Temp);
        Ok(reg)
    }

    /// Moves the operand at `index`, held in `reg`, to its slot.
    fn spill(&mut self, index: usize, reg: Reg) -> Result<()> {
        let Some(v) = self.stack.get_mut(index) else {
            return Err(self.bug("spilled operand out of range"));
        };
        let ty = v.ty;
        if ty == ValType::V128 && self.slot < 16 {
            return Err(self.bug("v128 spilled to an 8-byte slot"));
        }
        let v = &mut self.stack[index];
        v.loc = Loc::Mem;
        let addr = self.slot_addr(index);
        self.m.store(slot_kinds(ty).1, reg, addr, None);
        self.regs.set(reg, Owner::Free);
        Ok(())
    }

    /// Moves every register operand to its slot.
    pub fn spill_all(&mut self) -> Result<()> {
        for &n in M::ALLOCATABLE_GPRS {
            if let Owner::Stack(i) = self.regs.gpr[n as usize] {
                self.spill(i as usize, Reg::Gpr(n))?;
            }
        }
        for &n in M::ALLOCATABLE_FPRS {
            if let Owner::Stack(i) = self.regs.fpr[n as usize] {
                self.spill(i as usize, Reg::Fpr(n))?;
            }
        }
        Ok(())
    }

    /// Puts the top `n` operands in their own slots, constants included.
    pub fn materialize_top(&mut self, n: usize) -> Result<()> {
        let len = self.stack.len();
        let start = len
            .checked_sub(n)
            .ok_or_else(|| self.bug("operand stack underflow"))?;
        for i in start..len {
            let v = self.stack[i];
            if v.ty == ValType::V128 && self.slot < 16 {
                return Err(self.bug("v128 stored to an 8-byte slot"));
            }
            if v.loc != Loc::Mem {
                self.store_val(v, i, self.slot_addr(i));
                if let Loc::Reg(r) = v.loc {
                    self.free(r);
                }
                self.stack[i].loc = Loc::Mem;
            }
        }
        Ok(())
    }

    /// Writes operand `v` (at stack position `index`) to `dst` (8 bytes,
    /// 16 for a `v128`; vectors are never constants).
    pub fn store_val(&mut self, v: Val, index: usize, dst: Addr) {
        match v.loc {
            Loc::Const(bits) => self.m.store_const(Size::S64, bits, dst),
            Loc::Reg(r) => self.m.store(slot_kinds(v.ty).1, r, dst, None),
            Loc::Mem => {
                let src = self.slot_addr(index);
                if src != dst {
                    copy_value(&mut self.m, v.ty, src, dst);
                }
            }
        }
    }

    /// Loads operand `v` (at stack position `index`) into `reg`.
    pub fn load_val(&mut self, v: Val, index: usize, reg: Reg) {
        match v.loc {
            Loc::Const(bits) => self.m.mov_imm(reg, size_of(v.ty), bits),
            Loc::Reg(r) => self.m.mov(reg, r),
            Loc::Mem => {
                let src = self.slot_addr(index);
                self.m.load(slot_kinds(v.ty).0, reg, src, None);
            }
        }
    }

    /// Pops the top operand into a register (a Temp).
    pub fn pop_reg(&mut self) -> Result<(ValType, Reg)> {
        let (v, index) = self.pop()?;
        if let Loc::Reg(r) = v.loc {
            return Ok((v.ty, r));
        }
        let reg = self.alloc(v.ty)?;
        self.load_val(v, index, reg);
        Ok((v.ty, reg))
    }

    /// Pops the top integer operand as an immediate when it is a constant
    /// that fits, else into a register.
    pub fn pop_reg_imm(&mut self) -> Result<(ValType, RegImm)> {
        if let Some(Val {
            ty,
            loc: Loc::Const(bits),
        }) = self.stack.last().copied()
        {
            let imm = match size_of(ty) {
                Size::S32 => Some(bits as u32 as i32),
                Size::S64 => i32::try_from(bits as i64).ok(),
            };
            if let Some(i) = imm {
                self.stack.pop();
                return Ok((ty, RegImm::Imm(i)));
            }
        }
        let (ty, r) = self.pop_reg()?;
        Ok((ty, RegImm::Reg(r.num())))
    }

    /// Frees the register of a popped operand, if it had one.
    pub fn free_reg_imm(&mut self, v: RegImm) {
        if let RegImm::Reg(n) = v {
            self.free(Reg::Gpr(n));
        }
    }

    /// Drops operands above `height`, freeing their registers.
    pub fn truncate(&mut self, height: usize) {
        while self.stack.len() > height {
            if let Some(Val {
                loc: Loc::Reg(r), ..
            }) = self.stack.pop()
            {
                self.free(r);
            }
        }
    }
}
