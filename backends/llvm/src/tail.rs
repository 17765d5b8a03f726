//! Tail calls on LLVM: modules that use them are compiled in `tailcc`.
//!
//! LLVM guarantees that a call marked `tail` reuses the caller's frame,
//! whatever the two signatures, only in its `tailcc` convention (the
//! callee pops its stack arguments). That convention costs every call
//! something on x86-64 (the callee-popped area is padded to 16n+8 bytes:
//! a `ret $8` and a `sub $8` around each call; fib 1.27× slower, the
//! kernels' geomean 1.038×), so only a module that has a tail call pays
//! it (a *tail module*, [`uses_tail_calls`]):
//!
//! * every function it defines is `tailcc`, and so are the direct calls
//!   between them;
//! * each of them also gets an adapter in the standard convention
//!   ([`define_adapter`]: `ccc`, calls the body, returns its results),
//!   appended to the function's code (`CompiledFunction::entry`). The
//!   function's `VMFuncRef::func_ptr` is the adapter, so trampolines,
//!   other modules and the other back ends' conventions never change;
//!   `VMFuncRef::tail_offset` leads from it back to the body;
//! * a call through a funcref (an import, `call_indirect`, `call_ref`) in
//!   a tail module tests `tail_offset`: set, it calls the `tailcc` body
//!   (with `tail` for a tail call); clear (a function of a module without
//!   tail calls, or a host function), it calls `func_ptr` normally, and a
//!   tail call becomes a call and a return. That grows the stack by one
//!   frame, but only once per chain: a function of a module without tail
//!   calls cannot continue one.
//!
//! Modules without tail calls compile exactly as before.
//!
//! `tail`, not `musttail`: `tailcc` guarantees the tail call either way,
//! and LLVM 22's x86-64 `musttail` lowering assumes caller and callee
//! have the same stack arguments (it jumps without moving them when they
//! differ), where `tail` moves them.

use crate::error::{codegen, IrResult, Result};
use crate::ir::Ir;
use crate::target::Arch;
use inkwell::attributes::AttributeLoc;
use inkwell::llvm_sys::LLVMTailCallKind;
use inkwell::values::{BasicMetadataValueEnum, FunctionValue};
use trident_compiler::FunctionBody;
use trident_types::FuncType;

/// LLVM's `tailcc` calling convention (`CallingConv::Tail`).
pub(crate) const TAILCC: u32 = 18;

/// The C calling convention.
pub(crate) const CCC: u32 = 0;

/// Whether any of `bodies` has a tail call (`return_call`,
/// `return_call_indirect`, `return_call_ref`). The bodies validated, so
/// a read error cannot happen; one would only mean "no".
pub(crate) fn uses_tail_calls(bodies: &[FunctionBody<'_>]) -> bool {
    bodies.iter().any(|body| {
        let Ok(mut ops) = body.reader().get_operators_reader() else {
            return false;
        };
        while !ops.eof() {
            match ops.read() {
                Ok(op) if trident_compiler::operators::is_tail_call(&op) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
        false
    })
}

/// The symbol of the adapter of defined function `index`.
pub(crate) fn adapter_symbol(index: u32) -> String {
    format!("wasm_entry_{index}")
}

/// Defines the standard-convention adapter of `body` (a `tailcc` wasm
/// function of type `ty`): it calls the body with its own arguments and
/// returns what it returns. Not a tail call (the convention differs),
/// and never inlined (it exists to be the function's `func_ptr`).
pub(crate) fn define_adapter<'ctx>(
    ir: &Ir<'ctx>,
    index: u32,
    body: FunctionValue<'ctx>,
    ty: &FuncType,
) -> Result<FunctionValue<'ctx>> {
    let fn_type = ir.wasm_fn_type(ty)?;
    let f = ir
        .module
        .add_function(&adapter_symbol(index), fn_type, None);
    f.set_call_conventions(CCC);
    let fa = AttributeLoc::Function;
    f.add_attribute(fa, ir.string_attr("frame-pointer", "all"));
    f.add_attribute(fa, ir.enum_attr("nounwind"));
    let b = ir.context.create_builder();
    b.position_at_end(ir.context.append_basic_block(f, "entry"));
    let args: Vec<BasicMetadataValueEnum<'ctx>> = f
        .get_param_iter()
        .map(BasicMetadataValueEnum::from)
        .collect();
    let call = b.build_call(body, &args, "").ir()?;
    call.set_call_convention(TAILCC);
    call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
    call.add_attribute(fa, ir.enum_attr("noinline"));
    match (ty.results.is_empty(), call.try_as_basic_value().basic()) {
        (true, _) => b.build_return(None).ir()?,
        (false, Some(v)) => b.build_return(Some(&v)).ir()?,
        (false, None) => return Err(codegen("adapter call without a result")),
    };
    Ok(f)
}

/// Appends `adapter`'s code to `body`'s and makes it the function's
/// entry: its relocations move with it (its call of the body names the
/// function, whose start is the body), and the address map says its code
/// belongs to no operator. The adapter starts at a multiple of its own
/// alignment (at least 16), which the function's alignment then covers:
/// its constants (LLVM may fold the body's results into it) keep theirs.
pub(crate) fn append_adapter(
    arch: Arch,
    body: &mut trident_types::CompiledFunction,
    adapter: trident_types::CompiledFunction,
) -> Result<()> {
    let align = usize::try_from(adapter.alignment.clamp(16, 4096))
        .map_err(|_| codegen("adapter alignment too large"))?;
    let start = body.body.len().next_multiple_of(align);
    let entry = u32::try_from(start)
        .ok()
        .filter(|e| *e <= i32::MAX as u32)
        .ok_or_else(|| codegen("function too large for its adapter"))?;
    // Padding that is never executed: `int3`, or AArch64's `brk #0`
    // (bodies there are whole instructions, so it stays aligned).
    let pad: &[u8] = match arch {
        Arch::X86_64 => &[0xcc],
        Arch::Aarch64 => &[0x00, 0x00, 0x20, 0xd4],
    };
    while body.body.len() < start {
        let n = (start - body.body.len()).min(pad.len());
        body.body.extend_from_slice(&pad[..n]);
    }
    body.body.extend_from_slice(&adapter.body);
    for mut r in adapter.relocations {
        r.offset += entry;
        body.relocations.push(r);
    }
    for mut t in adapter.traps {
        t.offset += entry;
        body.traps.push(t);
    }
    if !body.address_map.is_empty() {
        body.address_map.push((entry, trident_types::NO_OPERATOR));
    }
    body.alignment = body.alignment.max(adapter.alignment);
    body.entry = entry;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::{CompiledFunction, Relocation, RelocationKind, RelocationTarget};

    /// The adapter keeps its own alignment (its constants may need 32
    /// bytes: a fuzzed module's `vmovaps` faulted when it was placed at a
    /// multiple of 16 only), and its relocations and the address map move
    /// with it.
    #[test]
    fn the_adapter_keeps_its_alignment() {
        let mut body = CompiledFunction {
            body: vec![0x90; 48],
            alignment: 16,
            address_map: vec![(0, 7)],
            ..Default::default()
        };
        let adapter = CompiledFunction {
            body: vec![0xe8, 0, 0, 0, 0, 0xc3],
            alignment: 32,
            relocations: vec![Relocation {
                offset: 1,
                kind: RelocationKind::X86PcRel4,
                target: RelocationTarget::Function(3),
                addend: -4,
            }],
            ..Default::default()
        };
        append_adapter(Arch::X86_64, &mut body, adapter).expect("append");
        assert_eq!(body.entry, 64);
        assert_eq!(body.alignment, 32);
        assert_eq!(body.body[48..64], [0xcc; 16]);
        assert_eq!(body.relocations[0].offset, 65);
        assert_eq!(
            body.address_map,
            vec![(0, 7), (64, trident_types::NO_OPERATOR)]
        );
    }
}
