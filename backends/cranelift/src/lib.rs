//! Trident's Cranelift back end.
//!
//! [`CraneliftCompiler`] implements [`trident_compiler::Compiler`] with its
//! own wasm → CLIF translator built on `cranelift-frontend`, then
//! `cranelift-codegen` for machine code. The code it produces follows the
//! ABI fixed by `trident_types::VMOffsets` and `trident_types::Builtin`:
//! every wasm function takes `(callee_vmctx, caller_vmctx, params…)` with
//! the target's default calling convention, checks the store's stack limit
//! in its prologue, and reaches all runtime state through its vmctx.
//!
//! Modules:
//! * `isa`: target and Cranelift settings, settings fingerprint;
//! * `translator`: per-function state, operand stack, operator loop;
//! * `control`, `numeric`, `variables`, `memory`, `table`, `calls`,
//!   `simd`: the operators by category;
//! * `interrupts`: fuel, epoch checks, NaN canonicalization;
//! * `trampolines`: host→wasm and wasm→host trampolines;
//! * `emit`: machine code, relocations and trap sites out of Cranelift.
//!
//! The shared driver (`trident_compiler::compile_module`) compiles the
//! functions in parallel, each thread reusing its own Cranelift `Context`
//! and `FunctionBuilderContext`. Nothing emitted
//! depends on scheduling or hash-map order, so output is identical at any
//! thread count.

mod calls;
mod control;
mod emit;
mod interrupts;
mod isa;
mod memory;
mod numeric;
mod simd;
mod table;
mod trampolines;
mod translator;
mod variables;

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use std::cell::RefCell;
use translator::ModuleEnv;
use trident_compiler::{
    CompiledFunction, Compiler, FunctionInput, ModuleCompiler, ModuleTranslation,
};
use trident_types::{CompileError, FuncType};

/// The back end's name.
pub(crate) const BACKEND: &str = "cranelift";

/// The back end is configured by the options every back end shares.
pub use trident_types::{CompilerOptions as CraneliftConfig, OptLevel};

/// The Cranelift back end.
pub struct CraneliftCompiler {
    config: CraneliftConfig,
    isa: OwnedTargetIsa,
    fingerprint: String,
}

impl std::fmt::Debug for CraneliftCompiler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CraneliftCompiler")
            .field("config", &self.config)
            .field("triple", &self.isa.triple().to_string())
            .finish()
    }
}

/// A thread's reusable Cranelift state.
struct ThreadContext {
    ctx: Context,
    fctx: FunctionBuilderContext,
}

thread_local! {
    static THREAD_CONTEXT: RefCell<Option<ThreadContext>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's Cranelift contexts. After an error the
/// builder context may hold a half-built function, so it is replaced.
fn with_contexts<T>(
    f: impl FnOnce(&mut Context, &mut FunctionBuilderContext) -> Result<T, CompileError>,
) -> Result<T, CompileError> {
    THREAD_CONTEXT.with(|cell| {
        let mut slot = match cell.try_borrow_mut() {
            Ok(slot) => slot,
            // Re-entered on this thread: use fresh contexts.
            Err(_) => {
                return f(&mut Context::new(), &mut FunctionBuilderContext::new());
            }
        };
        let tc = slot.get_or_insert_with(|| ThreadContext {
            ctx: Context::new(),
            fctx: FunctionBuilderContext::new(),
        });
        tc.ctx.clear();
        let result = f(&mut tc.ctx, &mut tc.fctx);
        if result.is_err() {
            tc.fctx = FunctionBuilderContext::new();
        }
        tc.ctx.clear();
        result
    })
}

impl CraneliftCompiler {
    /// A compiler for `config`'s target and settings.
    pub fn new(config: CraneliftConfig) -> Result<Self, CompileError> {
        let isa = isa::build_isa(&config)?;
        let fingerprint = isa::fingerprint(&*isa, &config);
        Ok(CraneliftCompiler {
            config,
            isa,
            fingerprint,
        })
    }

    /// The configuration this compiler was built with.
    pub fn config(&self) -> &CraneliftConfig {
        &self.config
    }
}

impl Compiler for CraneliftCompiler {
    fn name(&self) -> &'static str {
        BACKEND
    }

    fn triple(&self) -> String {
        self.isa.triple().to_string()
    }

    fn settings_fingerprint(&self) -> String {
        self.fingerprint.clone()
    }

    fn cpu_features(&self) -> Option<Vec<String>> {
        isa::cpu_features(&*self.isa)
    }

    fn module_compiler<'m>(
        &'m self,
        translation: &'m ModuleTranslation<'_>,
    ) -> Result<Box<dyn ModuleCompiler + 'm>, CompileError> {
        Ok(Box::new(CraneliftModule {
            compiler: self,
            env: ModuleEnv::new(&translation.module, &*self.isa, &self.config),
        }))
    }

    fn compile_host_to_wasm_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        with_contexts(|ctx, fctx| trampolines::host_to_wasm(&*self.isa, ty, ctx, fctx))
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        with_contexts(|ctx, fctx| trampolines::wasm_to_host(&*self.isa, ty, ctx, fctx))
    }
}

/// The Cranelift back end's state for one module.
struct CraneliftModule<'m> {
    compiler: &'m CraneliftCompiler,
    env: ModuleEnv<'m>,
}

impl ModuleCompiler for CraneliftModule<'_> {
    fn compile_function(&self, f: FunctionInput<'_, '_>) -> Result<CompiledFunction, CompileError> {
        let index = f.index.as_u32();
        with_contexts(|ctx, fctx| {
            translator::translate_function(&self.env, index, f.body, &mut ctx.func, fctx)?;
            emit::compile_context(ctx, &*self.compiler.isa, Some(index))
        })
    }
}
