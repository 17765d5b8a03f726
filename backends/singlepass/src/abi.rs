//! The calling convention of wasm functions compiled by this back end.
//!
//! Every wasm function is called as `(callee_vmctx, caller_vmctx,
//! params…)` with the platform's C convention for the parameters (System V
//! on x86-64, AAPCS64 on AArch64, where x0–x7 and v0–v7 carry the
//! arguments and every stack argument takes its own 8-byte slot, as here:
//! the first integer/reference arguments in the integer
//! argument registers, floats in the float argument registers, the rest in
//! stack slots in parameter order, the first at the lowest address; a
//! slot is 8 bytes, 16 for a `v128`, which travels in a float register).
//!
//! Results: none, or a single result in the integer / float return
//! register; with two or more results every result goes to the caller's
//! outgoing area, 8 bytes each (16 for a `v128`), right above the stack
//! arguments (callee view: `[fp + INCOMING_ARGS_OFFSET + stack_args_bytes
//! + offset of result i]`).
//!
//! No register is preserved across a call to a wasm function (the
//! host→wasm trampoline saves the platform's callee-saved registers), so
//! callers spill every live value first. Builtins are plain C functions.
//!
//! Every module, its trampolines and every function it can call through a
//! funcref are compiled by the same back end, so only self-consistency
//! matters here.

use crate::machine::{Addr, LoadKind, Masm, Reg, Size, StoreKind};
use trident_types::{FuncType, ValType};

/// Where one argument or result lives at the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArgLoc {
    Reg(Reg),
    /// Bytes above the stack pointer at the call instruction.
    Stack(u32),
}

/// How a call of one signature passes its values.
#[derive(Clone, Debug)]
pub(crate) struct CallLayout {
    /// The wasm parameters (not the two vmctx arguments).
    pub params: Vec<ArgLoc>,
    pub results: Vec<ArgLoc>,
    /// Bytes of stack arguments.
    pub stack_args: u32,
    /// Bytes the caller reserves at its stack pointer: stack arguments and
    /// stack results.
    pub area: u32,
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

/// The layout of a call to a wasm function of type `ty`.
pub(crate) fn wasm_layout<M: Masm>(ty: &FuncType) -> CallLayout {
    let mut ints = M::INT_ARGS.iter().skip(2);
    let mut floats = M::FLOAT_ARGS.iter();
    let mut stack = 0u32;
    let mut params = Vec::with_capacity(ty.params.len());
    for &p in &ty.params {
        let reg = if is_float(p) {
            floats.next().map(|r| Reg::Fpr(*r))
        } else {
            ints.next().map(|r| Reg::Gpr(*r))
        };
        params.push(match reg {
            Some(r) => ArgLoc::Reg(r),
            None => {
                stack += value_bytes(p);
                ArgLoc::Stack(stack - value_bytes(p))
            }
        });
    }
    let mut stack_results = 0;
    let results = match ty.results.as_slice() {
        [] => Vec::new(),
        [t] if is_float(*t) => vec![ArgLoc::Reg(Reg::Fpr(M::FLOAT_RET))],
        [_] => vec![ArgLoc::Reg(Reg::Gpr(M::INT_RET))],
        many => many
            .iter()
            .map(|t| {
                stack_results += value_bytes(*t);
                ArgLoc::Stack(stack + stack_results - value_bytes(*t))
            })
            .collect(),
    };
    CallLayout {
        params,
        results,
        stack_args: stack,
        area: stack + stack_results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x64::X64Sse as X64;

    #[test]
    fn system_v_registers_then_stack() {
        use ValType::*;
        let ty = FuncType::new([I32, F64, I64, I64, I64, I64, I32], [I32, F32]);
        let l = wasm_layout::<X64>(&ty);
        assert_eq!(l.params[0], ArgLoc::Reg(Reg::Gpr(2)));
        assert_eq!(l.params[1], ArgLoc::Reg(Reg::Fpr(0)));
        assert_eq!(l.params[4], ArgLoc::Reg(Reg::Gpr(9)));
        assert_eq!(l.params[5], ArgLoc::Stack(0));
        assert_eq!(l.params[6], ArgLoc::Stack(8));
        assert_eq!(l.results, vec![ArgLoc::Stack(16), ArgLoc::Stack(24)]);
        assert_eq!((l.stack_args, l.area), (16, 32));
    }

    #[test]
    fn v128_slots_are_16_bytes() {
        use ValType::*;
        let mut params = vec![F64; 8];
        params.extend([V128, I32, V128]);
        let ty = FuncType::new(params, [V128, I64, V128]);
        let l = wasm_layout::<X64>(&ty);
        assert_eq!(l.params[8], ArgLoc::Stack(0));
        assert_eq!(l.params[9], ArgLoc::Reg(Reg::Gpr(2)));
        assert_eq!(l.params[10], ArgLoc::Stack(16));
        assert_eq!(
            l.results,
            vec![ArgLoc::Stack(32), ArgLoc::Stack(48), ArgLoc::Stack(56)]
        );
        assert_eq!((l.stack_args, l.area), (32, 72));
    }
}
