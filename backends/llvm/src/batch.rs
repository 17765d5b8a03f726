//! Compiling one batch: a group of wasm functions and/or trampolines that
//! become one LLVM module, one optimization run and one object file.
//!
//! Batches are fixed by the module (`lib.rs` plans them from function
//! indices and body sizes, never from the thread count), and each has its
//! own LLVM `Context`, so batches compile in parallel and the output is the
//! same at any thread count. Within a batch LLVM may inline one function
//! into another; every defined function is still emitted on its own.
//!
//! Steps: declare every wasm function the batch defines, with the
//! attributes Trident's ABI needs (below); translate the bodies; add the
//! stack-probe helper; verify the IR when `CompilerOptions::verifier` is
//! set (before and after optimization: Debian's LLVM has assertions off);
//! run the pass pipeline; emit a relocatable object to memory; split it
//! into one body per item (`object.rs`).
//!
//! Setting `TRIDENT_LLVM_DUMP=DIR` writes each batch's IR, as translated
//! and as optimized, to `DIR` (see [`dump`]).
//!
//! Attributes of wasm functions: `frame-pointer=all` (backtraces),
//! `nounwind`, `strictfp` (constrained float operations, `numeric.rs`),
//! `"disable-tail-calls"` (every call grows the stack; not in a module
//! with tail calls, whose functions are `tailcc` and get adapters in the
//! standard convention, `tail.rs`), `"no-builtins"`
//! (LLVM must not turn loops into `memset`/`memcpy` libcalls), and the
//! stack-probe settings (`interrupts.rs`). Each function is in its own
//! COMDAT, which gives it (and its jump tables) its own sections.

use crate::disasm::Disassembler;
use crate::error::{codegen, Result};
use crate::ir::Ir;
use crate::probestack::{probestack_asm, PROBESTACK_SYMBOL, PROBE_SIZE};
use crate::target::{self, Arch, TargetSpec};
use crate::translator::{translate_function, ModuleEnv};
use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;
use inkwell::values::FunctionValue;
use trident_compiler::FunctionBody;
use trident_types::{BoundsChecks, CompiledFunction, CompilerOptions, FuncType, VMOffsets};

/// One thing a batch compiles.
pub(crate) enum Item<'a> {
    /// Defined wasm function `index`.
    Function {
        index: u32,
        body: &'a FunctionBody<'a>,
    },
    /// The host→wasm trampoline of a signature.
    HostToWasm(&'a FuncType),
    /// The wasm→host trampoline of a signature.
    WasmToHost(&'a FuncType),
}

/// With `TRIDENT_LLVM_DUMP=DIR` in the environment, writes the batch's IR
/// at `stage` to `DIR/<first symbol>-<stage>.ll` (a debugging aid; errors
/// writing it are ignored).
fn dump(ir: &Ir<'_>, names: &[String], stage: &str) {
    if let Some(dir) = std::env::var_os("TRIDENT_LLVM_DUMP") {
        let first = names.first().map(String::as_str).unwrap_or("batch");
        let path = std::path::Path::new(&dir).join(format!("{first}-{stage}.ll"));
        let _ = ir.module.print_to_file(path);
    }
}

/// The wasm function a symbol names, if any.
pub(crate) fn function_index(symbol: &str) -> Option<u32> {
    symbol.strip_prefix("wasm_function_")?.parse().ok()
}

fn set_wasm_attributes(ir: &Ir<'_>, spec: &TargetSpec, f: FunctionValue<'_>, tail_calls: bool) {
    // x86-64 prologues call the probe helper for large frames; AArch64
    // ones probe each page inline (a fault there is a stack overflow,
    // `disasm.rs`).
    let probe = match ir.arch {
        Arch::X86_64 => PROBESTACK_SYMBOL,
        Arch::Aarch64 => "inline-asm",
    };
    let fa = AttributeLoc::Function;
    f.add_attribute(fa, ir.string_attr("frame-pointer", "all"));
    f.add_attribute(fa, ir.enum_attr("nounwind"));
    f.add_attribute(fa, ir.enum_attr("strictfp"));
    // A module with tail calls needs them allowed; its other calls stay
    // `notail` each (`calls.rs`), so they still grow the stack.
    if !tail_calls {
        f.add_attribute(fa, ir.string_attr("disable-tail-calls", "true"));
    }
    f.add_attribute(fa, ir.string_attr("no-builtins", ""));
    f.add_attribute(fa, ir.string_attr("probe-stack", probe));
    f.add_attribute(fa, ir.string_attr("stack-probe-size", PROBE_SIZE));
    if let Some(tune) = &spec.tune_cpu {
        f.add_attribute(fa, ir.string_attr("tune-cpu", tune));
    }
}

/// Compiles `items` into one object and returns their bodies in order.
/// `env` describes the module (needed when `items` has wasm functions).
pub(crate) fn compile_batch(
    spec: &TargetSpec,
    options: &CompilerOptions,
    env: Option<&ModuleEnv<'_>>,
    items: &[Item<'_>],
) -> Result<Vec<CompiledFunction>> {
    let context = Context::create();
    let ir = Ir::new(&context, "trident", spec.arch);
    let tail_calls = env.is_some_and(|e| e.tail_calls);
    if tail_calls {
        ir.wasm_cc.set(crate::tail::TAILCC);
    }
    let lines = (!options.omit_address_map).then(|| crate::lines::Lines::new(&context, &ir.module));
    let machine = target::machine(spec, options.opt_level)?;
    ir.module.set_triple(&machine.get_triple());
    ir.module
        .set_data_layout(&machine.get_target_data().get_data_layout());

    // Declare the batch's wasm functions before any body refers to them.
    let mut names = Vec::with_capacity(items.len());
    // Defined functions: their position in `items`, index, value and body.
    let mut defined: Vec<(usize, u32, FunctionValue<'_>, &FunctionBody<'_>)> = Vec::new();
    let mut trampolines = 0usize;
    for (at, item) in items.iter().enumerate() {
        let f = match item {
            Item::Function { index, body } => {
                let env = env.ok_or_else(|| codegen("wasm function without a module"))?;
                let ty = env.func_type(*index).map_err(|e| e.in_function(*index))?;
                let f = ir.function(*index, ty).map_err(|e| e.in_function(*index))?;
                set_wasm_attributes(&ir, spec, f, tail_calls);
                defined.push((at, *index, f, body));
                f
            }
            Item::HostToWasm(ty) => {
                trampolines += 1;
                crate::trampolines::define_host_to_wasm(
                    &ir,
                    ty,
                    &format!("trident_h2w_{trampolines}"),
                )?
            }
            Item::WasmToHost(ty) => {
                trampolines += 1;
                let offsets = VMOffsets::new(8, &Default::default());
                crate::trampolines::define_wasm_to_host(
                    &ir,
                    &offsets,
                    ty,
                    &format!("trident_w2h_{trampolines}"),
                )?
            }
        };
        let name = f.get_name().to_string_lossy().into_owned();
        f.as_global_value()
            .set_comdat(ir.module.get_or_insert_comdat(&name));
        names.push(name);
    }
    // The standard-convention entries of a tail module's functions.
    let mut adapters = Vec::new();
    if let (Some(env), true) = (env, tail_calls) {
        for (at, index, f, _) in &defined {
            let ty = env.func_type(*index).map_err(|e| e.in_function(*index))?;
            let a = crate::tail::define_adapter(&ir, *index, *f, ty)
                .map_err(|e| e.in_function(*index))?;
            let name = crate::tail::adapter_symbol(*index);
            a.as_global_value()
                .set_comdat(ir.module.get_or_insert_comdat(&name));
            adapters.push((*at, *index, name));
        }
    }
    if let Some(env) = env {
        for (_, index, f, body) in &defined {
            translate_function(env, &ir, lines.as_ref(), *index, *f, body)
                .map_err(|e| e.in_function(*index))?;
        }
        if !defined.is_empty() && spec.arch == Arch::X86_64 {
            ir.module.set_inline_assembly(&probestack_asm(&env.offsets));
        }
    }

    let verify = |stage: &str| -> Result<()> {
        if options.verifier {
            ir.module.verify().map_err(|e| {
                codegen(format!(
                    "LLVM IR verifier ({stage}): {}",
                    e.to_string_lossy()
                ))
            })?;
        }
        Ok(())
    };
    if let Some(lines) = &lines {
        lines.finalize();
    }
    dump(&ir, &names, "translated");
    verify("as translated")?;
    ir.module
        .run_passes(
            target::pass_pipeline(options.opt_level),
            &machine,
            PassBuilderOptions::create(),
        )
        .map_err(|e| codegen(format!("LLVM passes: {}", e.to_string_lossy())))?;
    verify("optimized")?;
    // Constant data the optimizer created (switch lookup tables) gets one
    // section per global, so each body copies only what it uses.
    let mut global = ir.module.get_first_global();
    let mut n = 0usize;
    while let Some(g) = global {
        g.set_section(Some(&format!(".rodata.trident_data_{n}")));
        n += 1;
        global = g.get_next_global();
    }
    dump(&ir, &names, "optimized");
    let object = machine
        .write_to_memory_buffer(&ir.module, FileType::Object)
        .map_err(|e| codegen(format!("LLVM code generation: {}", e.to_string_lossy())))?;

    let splitter = crate::object::Splitter::new(object.as_slice(), function_index)?;
    let heap_sites = !defined.is_empty() && options.bounds_checks == BoundsChecks::Static;
    let disasm = Disassembler::new(spec, heap_sites)?;
    let mut out: Vec<CompiledFunction> = names
        .iter()
        .zip(items)
        .map(|(name, item)| {
            let compiled = splitter.function(name, &disasm, function_index);
            match item {
                Item::Function { index, .. } => compiled.map_err(|e| e.in_function(*index)),
                Item::HostToWasm(_) | Item::WasmToHost(_) => compiled,
            }
        })
        .collect::<Result<_>>()?;
    for (at, index, name) in &adapters {
        let adapter = splitter
            .function(name, &disasm, function_index)
            .map_err(|e| e.in_function(*index))?;
        let f = out
            .get_mut(*at)
            .ok_or_else(|| codegen("an adapter without its function"))?;
        crate::tail::append_adapter(spec.arch, f, adapter).map_err(|e| e.in_function(*index))?;
    }
    Ok(out)
}
