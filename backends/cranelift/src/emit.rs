//! From a translated CLIF function to a [`CompiledFunction`].
//!
//! [`compile_context`] runs Cranelift on a `Context` whose function has been
//! built, then collects the machine code, the relocations (calls to defined
//! functions, resolved through the function's user external names) and the
//! trap sites (Cranelift trap codes mapped back to [`TrapCode`]s), sorted by
//! offset.
//!
//! Trap-code mapping: the five codes Cranelift reserves map to their
//! namesakes; every other Trident code `c` is Cranelift user code `c + 1`
//! (user codes must be non-zero).

use crate::BACKEND;
use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{self, ExternalName};
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::{Context, FinalizedRelocTarget};
use trident_compiler::{CompiledFunction, Relocation, RelocationKind, RelocationTarget, TrapSite};
use trident_types::{CompileError, TrapCode};

/// Namespace of the user external names that stand for wasm functions.
pub(crate) const FUNCTION_NAMESPACE: u32 = 0;

/// The Cranelift trap code for `code`.
pub(crate) fn clif_trap(code: TrapCode) -> ir::TrapCode {
    match code {
        TrapCode::StackOverflow => ir::TrapCode::STACK_OVERFLOW,
        TrapCode::HeapOutOfBounds => ir::TrapCode::HEAP_OUT_OF_BOUNDS,
        TrapCode::IntegerOverflow => ir::TrapCode::INTEGER_OVERFLOW,
        TrapCode::IntegerDivisionByZero => ir::TrapCode::INTEGER_DIVISION_BY_ZERO,
        TrapCode::BadConversionToInteger => ir::TrapCode::BAD_CONVERSION_TO_INTEGER,
        // Trident's codes are below 13, far from Cranelift's reserved range.
        other => ir::TrapCode::unwrap_user(other as u8 + 1),
    }
}

/// The Trident trap code for a Cranelift one, if it is one we emit.
pub(crate) fn trident_trap(code: ir::TrapCode) -> Option<TrapCode> {
    match code {
        ir::TrapCode::STACK_OVERFLOW => Some(TrapCode::StackOverflow),
        ir::TrapCode::HEAP_OUT_OF_BOUNDS => Some(TrapCode::HeapOutOfBounds),
        ir::TrapCode::INTEGER_OVERFLOW => Some(TrapCode::IntegerOverflow),
        ir::TrapCode::INTEGER_DIVISION_BY_ZERO => Some(TrapCode::IntegerDivisionByZero),
        ir::TrapCode::BAD_CONVERSION_TO_INTEGER => Some(TrapCode::BadConversionToInteger),
        other => {
            let raw = other.as_raw().get();
            let code = TrapCode::from_u8(raw.checked_sub(1)?)?;
            // Reserved codes were handled above; a user code must round-trip.
            (clif_trap(code) == other).then_some(code)
        }
    }
}

fn codegen_error(func: Option<u32>, message: impl Into<String>) -> CompileError {
    CompileError::Codegen {
        func: func.map(trident_types::FuncIndex),
        message: message.into(),
    }
}

/// Compiles the function in `ctx` for `isa`. `func` names the function in
/// errors (`None` for trampolines).
pub(crate) fn compile_context(
    ctx: &mut Context,
    isa: &dyn TargetIsa,
    func: Option<u32>,
) -> Result<CompiledFunction, CompileError> {
    let mut ctrl_plane = ControlPlane::default();
    if let Err(e) = ctx.compile(isa, &mut ctrl_plane) {
        let message = cranelift_codegen::print_errors::pretty_error(e.func, e.inner);
        return Err(codegen_error(func, message));
    }
    let code = ctx
        .compiled_code()
        .ok_or_else(|| codegen_error(func, "Cranelift produced no code"))?;
    let buffer = &code.buffer;
    let body = buffer.data().to_vec();

    let mut relocations = Vec::with_capacity(buffer.relocs().len());
    for r in buffer.relocs() {
        let kind = match r.kind {
            Reloc::X86CallPCRel4 | Reloc::X86CallPLTRel4 => RelocationKind::X86PcRel4,
            Reloc::Arm64Call => RelocationKind::Arm64Call,
            other => {
                return Err(codegen_error(
                    func,
                    format!("{BACKEND}: unexpected relocation kind {other:?}"),
                ))
            }
        };
        let target = match &r.target {
            FinalizedRelocTarget::ExternalName(ExternalName::User(name_ref)) => {
                let names = ctx.func.params.user_named_funcs();
                let name = names.get(*name_ref).ok_or_else(|| {
                    codegen_error(func, "relocation to an undeclared external name")
                })?;
                if name.namespace != FUNCTION_NAMESPACE {
                    return Err(codegen_error(
                        func,
                        format!("relocation to unknown namespace {}", name.namespace),
                    ));
                }
                RelocationTarget::Function(name.index)
            }
            other => {
                return Err(codegen_error(
                    func,
                    format!("unexpected relocation target {other:?}"),
                ))
            }
        };
        relocations.push(Relocation {
            offset: r.offset,
            kind,
            target,
            addend: r.addend,
        });
    }
    relocations.sort_by_key(|r| r.offset);

    let mut traps = Vec::with_capacity(buffer.traps().len());
    for t in buffer.traps() {
        let code = trident_trap(t.code).ok_or_else(|| {
            codegen_error(func, format!("unexpected Cranelift trap code {}", t.code))
        })?;
        traps.push(TrapSite {
            offset: t.offset,
            code,
        });
    }
    traps.sort_by_key(|t| (t.offset, t.code as u8));

    // Operators' source locations (module offsets, set by
    // `FuncEmitter::source_location`): one entry per run of code.
    let mut address_map: Vec<(u32, u32)> = Vec::new();
    for l in buffer.get_srclocs_sorted() {
        if l.loc.is_default() || l.start == l.end {
            continue;
        }
        match address_map.last_mut() {
            Some(last) if last.1 == l.loc.bits() => {}
            Some(last) if last.0 == l.start => last.1 = l.loc.bits(),
            _ => address_map.push((l.start, l.loc.bits())),
        }
    }

    let alignment = isa.function_alignment().preferred.max(16);
    Ok(CompiledFunction {
        body,
        relocations,
        traps,
        alignment,
        address_map,
        // Cranelift inlines no wasm function here.
        inlined_calls: Vec::new(),
        // Cranelift's wasm functions are all in one convention.
        entry: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trap_codes_round_trip() {
        for code in TrapCode::ALL {
            assert_eq!(trident_trap(clif_trap(code)), Some(code), "{code:?}");
        }
    }
}
