//! The compile driver: everything about compiling a module that does not
//! depend on the back end, written once.
//!
//! * [`compile_module`] (this file) checks the translation, builds the
//!   back end's per-module state ([`Compiler::module_compiler`]), compiles
//!   the defined functions in batches the back end plans (one function
//!   each unless it asks for more, as LLVM does), plans the trampolines
//!   the runtime needs ([`plan_trampolines`]) and compiles them, all in
//!   parallel, and assembles a [`Compilation`] in an order fixed by the
//!   module, so the output never depends on the thread count.
//! * [`function`] is the per-function operator loop every back end's
//!   emitter runs under (reachability, dead code, fuel and interrupt
//!   points, the `Unsupported` table).
//! * [`decode`] takes apart the operators whose meaning does not depend
//!   on the machine (every class but control) into typed calls on the
//!   emitters.
//!
//! Which trampolines a module needs is the runtime's policy, decided here:
//! a host→wasm trampoline for every function type (the host may call any
//! function through a table or an export), and a wasm→host trampoline for
//! every type an imported function has (sorted, without repeats; the
//! runtime looks them up by type index).

pub mod decode;
pub mod function;
pub mod operands;

use crate::translate::{FunctionBody, ModuleTranslation};
use crate::Compiler;
use rayon::prelude::*;
use std::ops::Range;
use std::sync::Mutex;
use trident_types::{
    Compilation, CompileError, CompiledFunction, FuncIndex, FuncType, ModuleInfo, WasmError,
};

/// A wasmparser error as an invalid-module error.
pub fn wasm_error(e: wasmparser::BinaryReaderError) -> CompileError {
    CompileError::Invalid(WasmError {
        message: e.message().to_string(),
        offset: e.offset() as usize,
    })
}

/// The representation generated code uses for reference type `r`:
/// `funcref` for the function hierarchy (abstract or concrete), `externref`
/// for the extern one, `None` for the types of GC and exceptions, which
/// are not built yet. Generated code never needs more precision: the
/// validator has checked the types, and every function reference is the
/// same pointer-sized word.
pub fn ref_representation(r: wasmparser::RefType) -> Option<trident_types::ValType> {
    use trident_types::ValType;
    use wasmparser::{AbstractHeapType as A, HeapType as H, UnpackedIndex as U};
    match r.heap_type() {
        H::Abstract {
            shared: false,
            ty: A::Func | A::NoFunc,
        }
        | H::Concrete(U::Module(_)) => Some(ValType::FUNCREF),
        H::Abstract {
            shared: false,
            ty: A::Extern | A::NoExtern,
        } => Some(ValType::EXTERNREF),
        _ => None,
    }
}

/// Trident's value type for a wasmparser one, with references as their
/// representation ([`ref_representation`]), or `Unsupported` naming the
/// reference type `backend` cannot represent yet.
pub fn valtype(
    t: wasmparser::ValType,
    backend: &'static str,
    offset: usize,
) -> Result<trident_types::ValType, CompileError> {
    use trident_types::ValType;
    use wasmparser::ValType as W;
    Ok(match t {
        W::I32 => ValType::I32,
        W::I64 => ValType::I64,
        W::F32 => ValType::F32,
        W::F64 => ValType::F64,
        W::V128 => ValType::V128,
        W::Ref(r) => ref_representation(r).ok_or_else(|| CompileError::Unsupported {
            backend,
            what: format!(
                "reference type {r} (proposal `{}`, not built in Trident yet)",
                crate::translate::ref_type_proposal(r)
            ),
            offset: Some(offset),
        })?,
    })
}

/// The parameter and result types of a block of type `ty`: none, one
/// value type, or those of a function type of `module`. `Unsupported` for
/// a value type `backend` cannot represent; a `Codegen` error (naming no
/// function) for a type index past the type section.
#[inline]
pub fn block_type<'m>(
    module: &'m ModuleInfo,
    ty: wasmparser::BlockType,
    backend: &'static str,
    offset: usize,
) -> Result<(&'m [trident_types::ValType], &'m [trident_types::ValType]), CompileError> {
    use trident_types::ValType::{self, *};
    Ok(match ty {
        wasmparser::BlockType::Empty => (&[], &[]),
        wasmparser::BlockType::Type(t) => {
            let single: &'static [trident_types::ValType] = match valtype(t, backend, offset)? {
                I32 => &[I32],
                I64 => &[I64],
                F32 => &[F32],
                F64 => &[F64],
                V128 => &[V128],
                // `valtype` gives only these two reference types.
                Ref(r) if r.is_func() => &[ValType::FUNCREF],
                Ref(_) => &[ValType::EXTERNREF],
            };
            (&[], single)
        }
        wasmparser::BlockType::FuncType(i) => {
            let f = module.checked_type(i).ok_or_else(|| {
                CompileError::codegen(format!(
                    "{backend}: block type index {i} out of range (at offset {offset:#x})"
                ))
            })?;
            (&f.params, &f.results)
        }
    })
}

/// One defined function to compile.
#[derive(Clone, Copy)]
pub struct FunctionInput<'t, 'a> {
    /// Its index in the function space (imports first).
    pub index: FuncIndex,
    pub body: &'t FunctionBody<'a>,
}

/// A trampoline the runtime needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trampoline<'m> {
    /// Host→wasm, for function type `ty` (index `type_index`).
    HostToWasm { type_index: u32, ty: &'m FuncType },
    /// Wasm→host, for imported functions of type `ty` (index `type_index`).
    WasmToHost { type_index: u32, ty: &'m FuncType },
}

/// A back end's state for one module, shared by every thread that compiles
/// its functions.
pub trait ModuleCompiler: Sync {
    /// Splits the defined functions (in index order) into batches of
    /// consecutive functions, each compiled by one call of
    /// [`compile_functions`](Self::compile_functions). The plan must depend
    /// only on the module. Default: one function per batch.
    fn plan_batches(&self, functions: &[FunctionInput<'_, '_>]) -> Vec<Range<usize>> {
        (0..functions.len()).map(|i| i..i + 1).collect()
    }

    /// Compiles one function.
    fn compile_function(
        &self,
        function: FunctionInput<'_, '_>,
    ) -> Result<CompiledFunction, CompileError>;

    /// Compiles one batch; returns one function per input, in order.
    /// Default: one [`compile_function`](Self::compile_function) each.
    fn compile_functions(
        &self,
        functions: &[FunctionInput<'_, '_>],
    ) -> Result<Vec<CompiledFunction>, CompileError> {
        functions
            .iter()
            .map(|f| self.compile_function(*f))
            .collect()
    }
}

/// The trampolines the runtime needs for `module`: host→wasm for every
/// type, then wasm→host for every imported function's type.
pub fn plan_trampolines(module: &ModuleInfo) -> Result<Vec<Trampoline<'_>>, CompileError> {
    let mut plan: Vec<Trampoline<'_>> = module
        .types
        .iter()
        .enumerate()
        .map(|(i, ty)| Trampoline::HostToWasm {
            type_index: i as u32,
            ty,
        })
        .collect();
    let mut imported: Vec<u32> = module
        .imports
        .iter()
        .filter_map(|i| match i.kind {
            trident_types::ImportKind::Func(t) => Some(t),
            _ => None,
        })
        .collect();
    imported.sort_unstable();
    imported.dedup();
    for t in imported {
        let ty = module.types.get(t as usize).ok_or_else(|| {
            CompileError::codegen(format!("imported function of unknown type {t}"))
        })?;
        plan.push(Trampoline::WasmToHost { type_index: t, ty });
    }
    Ok(plan)
}

/// Runs `compile` on every item in parallel and returns the results in
/// input order, or the error of the first failing item (by index, not by
/// time), so the outcome never depends on the thread count.
fn in_parallel<I, T, F>(items: &[I], compile: F) -> Result<Vec<T>, CompileError>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> Result<T, CompileError> + Sync + Send,
{
    let results: Vec<Result<T, CompileError>> = items.par_iter().map(compile).collect();
    results.into_iter().collect()
}

/// How far a module's compilation has come, reported to a progress
/// callback after each batch of functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompileProgress {
    /// Defined functions compiled so far.
    pub functions_done: usize,
    /// Defined functions in the module.
    pub functions: usize,
}

/// Compiles every defined function of `translation` and the trampolines
/// the runtime needs, with back end `compiler`.
pub fn compile_module<C: Compiler + ?Sized>(
    compiler: &C,
    translation: &ModuleTranslation<'_>,
) -> Result<Compilation, CompileError> {
    compile_module_with_progress(compiler, translation, &|_| {})
}

/// [`compile_module`], calling `progress` after each batch of functions
/// (from the compiling threads, one call at a time, with a count that
/// only grows). The callback never changes the result.
pub fn compile_module_with_progress<C: Compiler + ?Sized>(
    compiler: &C,
    translation: &ModuleTranslation<'_>,
    progress: &(dyn Fn(CompileProgress) + Sync),
) -> Result<Compilation, CompileError> {
    let module = &translation.module;
    let num_imported = module.num_imported_functions;
    if translation.bodies.len() != module.num_defined_functions() as usize {
        return Err(CompileError::codegen_in(
            num_imported,
            "function bodies do not match the function section",
        ));
    }
    let inputs: Vec<FunctionInput<'_, '_>> = translation
        .bodies
        .iter()
        .enumerate()
        .map(|(i, body)| FunctionInput {
            index: FuncIndex(num_imported + i as u32),
            body,
        })
        .collect();

    let module_compiler = compiler.module_compiler(translation)?;
    let batches = module_compiler.plan_batches(&inputs);
    let covered: usize = batches.iter().map(|b| b.len()).sum();
    let contiguous = batches.windows(2).all(|w| w[0].end == w[1].start)
        && batches.first().is_none_or(|b| b.start == 0)
        && batches.last().is_none_or(|b| b.end == inputs.len());
    if covered != inputs.len() || !contiguous {
        return Err(CompileError::codegen(format!(
            "{}: batches do not cover the functions in order",
            compiler.name()
        )));
    }
    // A lock, not an atomic: the callback must see counts in order.
    let done = Mutex::new(0usize);
    let compiled = in_parallel(&batches, |range| {
        let out = module_compiler.compile_functions(&inputs[range.clone()])?;
        if out.len() != range.len() {
            return Err(CompileError::codegen(format!(
                "{}: a batch of {} functions returned {}",
                compiler.name(),
                range.len(),
                out.len()
            )));
        }
        let mut functions_done = done.lock().unwrap_or_else(|e| e.into_inner());
        *functions_done += range.len();
        progress(CompileProgress {
            functions_done: *functions_done,
            functions: inputs.len(),
        });
        Ok(out)
    })?;
    let functions: Vec<CompiledFunction> = compiled.into_iter().flatten().collect();

    let plan = plan_trampolines(module)?;
    let chunk = compiler.trampoline_batch_size().max(1);
    let chunks: Vec<&[Trampoline<'_>]> = plan.chunks(chunk).collect();
    let compiled = in_parallel(&chunks, |c| {
        let out = compiler.compile_trampolines(c)?;
        if out.len() != c.len() {
            return Err(CompileError::codegen(format!(
                "{}: {} trampolines compiled as {}",
                compiler.name(),
                c.len(),
                out.len()
            )));
        }
        Ok(out)
    })?;
    let mut host_to_wasm = Vec::with_capacity(module.types.len());
    let mut wasm_to_host = Vec::new();
    for (t, f) in plan.iter().zip(compiled.into_iter().flatten()) {
        match t {
            Trampoline::HostToWasm { .. } => host_to_wasm.push(f),
            Trampoline::WasmToHost { type_index, .. } => wasm_to_host.push((*type_index, f)),
        }
    }
    Ok(Compilation {
        functions,
        host_to_wasm,
        wasm_to_host,
    })
}
