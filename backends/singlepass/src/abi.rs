//! The calling convention of wasm functions compiled by this back end.
//!
//! Every wasm function is called as `(callee_vmctx, caller_vmctx,
//! params…)`. The parameters go to the platform's C argument registers as
//! far as they reach (System V on x86-64: four integer registers after
//! the two vmctx ones and eight float registers; AAPCS64: six and eight):
//! integers and references in the integer registers, floats and `v128`
//! in the float registers. The rest go to the store's argument buffer
//! (`VMStoreContext::arg_buffer`, see `trident_types::VMOffsets`), in
//! parameter order from offset 0, 8 bytes each (16 for a `v128`); the
//! callee's prologue copies them into its local slots before it can call
//! anything. No argument travels on the stack, so a tail call never needs
//! a bigger stack-argument area than its caller had: it puts the
//! arguments in place, pops its own frame and jumps, and the native stack
//! does not grow, whatever the signatures.
//!
//! Results: none, or a single result in the integer / float return
//! register; with two or more results every result goes to the caller's
//! outgoing area at its stack pointer, 8 bytes each (16 for a `v128`)
//! (callee view: `[fp + INCOMING_ARGS_OFFSET + offset of result i]`). A
//! tail callee has the same results as the function it replaces and the
//! same return address, so it writes them to the same place.
//!
//! No register is preserved across a call to a wasm function (the
//! host→wasm trampoline saves the platform's callee-saved registers), so
//! callers spill every live value first. Builtins are plain C functions.
//!
//! Every module, its trampolines and every function it can call through a
//! funcref are compiled by the same back end, so only self-consistency
//! matters here.

use crate::machine::{Addr, LoadKind, Masm, Reg, Size, StoreKind};
use trident_types::{CompileError, FuncType, ModuleInfo, VMOffsets, ValType, ARG_BUFFER_BYTES};

/// Where one argument lives at the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamLoc {
    Reg(Reg),
    /// Bytes into the store's argument buffer.
    Buffer(u32),
}

/// Where one result lives after the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ResultLoc {
    Reg(Reg),
    /// Bytes above the stack pointer at the call instruction.
    Stack(u32),
}

/// How a call of one signature passes its values.
#[derive(Clone, Debug)]
pub(crate) struct CallLayout {
    /// The wasm parameters (not the two vmctx arguments).
    pub params: Vec<ParamLoc>,
    pub results: Vec<ResultLoc>,
    /// Bytes the caller reserves at its stack pointer: the stack results.
    pub area: u32,
}

impl CallLayout {
    /// Whether any argument goes through the argument buffer (then the
    /// code needs the store context in a register).
    pub fn uses_buffer(&self) -> bool {
        self.params.iter().any(|l| matches!(l, ParamLoc::Buffer(_)))
    }
}

/// Whether values of `t` live in float registers (floats and vectors).
pub(crate) fn is_float(t: ValType) -> bool {
    matches!(t, ValType::F32 | ValType::F64 | ValType::V128)
}

/// Bytes of a stack argument or result slot holding a `t`.
pub(crate) fn value_bytes(t: ValType) -> u32 {
    if t == ValType::V128 {
        16
    } else {
        8
    }
}

/// The address of byte `off` of the argument buffer, given a register
/// holding the store context.
pub(crate) fn buffer_addr(store_ctx: u8, off: u32) -> Addr {
    let o = VMOffsets::new(8, &ModuleInfo::default());
    Addr::new(store_ctx, (o.store_context_arg_buffer() + off) as i32)
}

/// Loads the store context of `vmctx` (a wasm instance's vmctx, or a
/// trampoline's caller vmctx, whose first field it also is) into `dst`.
pub(crate) fn load_store_context<M: Masm>(m: &mut M, dst: u8, vmctx: u8) {
    let o = VMOffsets::new(8, &ModuleInfo::default());
    m.load_ptr(dst, vmctx, o.store_context() as i32);
}

/// Copies a value of type `t` (its `value_bytes`) from memory to memory.
pub(crate) fn copy_value<M: Masm>(m: &mut M, t: ValType, src: Addr, dst: Addr) {
    m.copy64(src, dst);
    if t == ValType::V128 {
        let hi = |a: Addr| Addr {
            disp: a.disp + 8,
            ..a
        };
        m.copy64(hi(src), hi(dst));
    }
}

/// The load and store kinds of a value of type `t` in its native
/// in-memory form (globals, trampoline value slots): i32 and f32 use 4
/// bytes, everything else 8.
pub(crate) fn value_kinds(t: ValType) -> (LoadKind, StoreKind) {
    match t {
        ValType::I32 => (
            LoadKind::Int {
                bytes: 4,
                signed: false,
                size: Size::S32,
            },
            StoreKind::Int { bytes: 4 },
        ),
        ValType::F32 => (LoadKind::F32, StoreKind::F32),
        ValType::F64 => (LoadKind::F64, StoreKind::F64),
        ValType::V128 => (LoadKind::V128, StoreKind::V128),
        _ => (
            LoadKind::Int {
                bytes: 8,
                signed: false,
                size: Size::S64,
            },
            StoreKind::Int { bytes: 8 },
        ),
    }
}

/// The layout of a call to a wasm function of type `ty`; a `Limit` error
/// if its buffer arguments would not fit the store's argument buffer
/// (never for a valid module: see `ARG_BUFFER_BYTES`).
pub(crate) fn wasm_layout<M: Masm>(ty: &FuncType) -> Result<CallLayout, CompileError> {
    let mut ints = M::INT_ARGS.iter().skip(2);
    let mut floats = M::FLOAT_ARGS.iter();
    let mut buffer = 0u32;
    let mut params = Vec::with_capacity(ty.params.len());
    for &p in &ty.params {
        let reg = if is_float(p) {
            floats.next().map(|r| Reg::Fpr(*r))
        } else {
            ints.next().map(|r| Reg::Gpr(*r))
        };
        params.push(match reg {
            Some(r) => ParamLoc::Reg(r),
            None => {
                buffer += value_bytes(p);
                ParamLoc::Buffer(buffer - value_bytes(p))
            }
        });
    }
    let mut stack_results = 0;
    let results = match ty.results.as_slice() {
        [] => Vec::new(),
        [t] if is_float(*t) => vec![ResultLoc::Reg(Reg::Fpr(M::FLOAT_RET))],
        [_] => vec![ResultLoc::Reg(Reg::Gpr(M::INT_RET))],
        many => many
            .iter()
            .map(|t| {
                stack_results += value_bytes(*t);
                ResultLoc::Stack(stack_results - value_bytes(*t))
            })
            .collect(),
    };
    if buffer > ARG_BUFFER_BYTES {
        return Err(CompileError::Limit(format!(
            "a function type with {} parameters: its arguments need {buffer} bytes of the \
             {ARG_BUFFER_BYTES}-byte argument buffer",
            ty.params.len()
        )));
    }
    Ok(CallLayout {
        params,
        results,
        area: stack_results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x64::X64Sse as X64;

    #[test]
    fn system_v_registers_then_buffer() {
        use ValType::*;
        let ty = FuncType::new([I32, F64, I64, I64, I64, I64, I32], [I32, F32]);
        let l = wasm_layout::<X64>(&ty).unwrap();
        assert_eq!(l.params[0], ParamLoc::Reg(Reg::Gpr(2)));
        assert_eq!(l.params[1], ParamLoc::Reg(Reg::Fpr(0)));
        assert_eq!(l.params[4], ParamLoc::Reg(Reg::Gpr(9)));
        assert_eq!(l.params[5], ParamLoc::Buffer(0));
        assert_eq!(l.params[6], ParamLoc::Buffer(8));
        assert_eq!(l.results, vec![ResultLoc::Stack(0), ResultLoc::Stack(8)]);
        assert_eq!(l.area, 16);
    }

    #[test]
    fn v128_slots_are_16_bytes() {
        use ValType::*;
        let mut params = vec![F64; 8];
        params.extend([V128, I32, V128]);
        let ty = FuncType::new(params, [V128, I64, V128]);
        let l = wasm_layout::<X64>(&ty).unwrap();
        assert_eq!(l.params[8], ParamLoc::Buffer(0));
        assert_eq!(l.params[9], ParamLoc::Reg(Reg::Gpr(2)));
        assert_eq!(l.params[10], ParamLoc::Buffer(16));
        assert_eq!(
            l.results,
            vec![
                ResultLoc::Stack(0),
                ResultLoc::Stack(16),
                ResultLoc::Stack(24)
            ]
        );
        assert_eq!(l.area, 40);
    }
}
