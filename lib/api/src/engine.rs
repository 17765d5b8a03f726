//! The engine: a configured back end (optional: an engine without one runs
//! precompiled modules only) plus state shared by every module and store
//! created from it: the signature registry, the trampoline cache and the
//! compile cache.
//!
//! Trampolines: host functions need a wasm→host trampoline for their
//! signature, and host→wasm calls a host→wasm one. A module compiled or
//! loaded in this engine brings both for the types of its imported
//! functions ([`Engine::provide_trampolines`]), which is every signature a
//! host function created for its imports can have; only other signatures
//! are compiled on demand, which needs the compiler. So an engine without a
//! compiler (the headless runtime) runs any precompiled module through a
//! [`Linker`](crate::Linker).

use crate::config::Config;
use crate::error::Error;
use crate::type_registry::TypeRegistry;
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use trident_artifact::{ArtifactError, ArtifactHeader, Cache};
use trident_types::{CompilerOptions, Features, FuncType, TrapCode};
use trident_vm::CodeRegistration;

#[cfg(feature = "compiler")]
use trident_compiler::Compiler;

/// Both trampolines of one signature, in executable memory kept alive by
/// `_code`.
pub(crate) struct Trampolines {
    host_to_wasm: *const u8,
    wasm_to_host: *const u8,
    _code: Arc<dyn Any + Send + Sync>,
}

impl Trampolines {
    pub(crate) fn host_to_wasm(&self) -> *const u8 {
        self.host_to_wasm
    }
    pub(crate) fn wasm_to_host(&self) -> *const u8 {
        self.wasm_to_host
    }
}

// SAFETY: the pointers point into immutable executable code kept alive by
// `_code`.
unsafe impl Send for Trampolines {}
// SAFETY: see above.
unsafe impl Sync for Trampolines {}

/// Loaded code and its registration with the trap handler, dropped
/// together.
pub(crate) struct RegisteredCode {
    /// Dropped first: the debugger forgets the code before it goes.
    pub(crate) _debugger: Option<crate::gdb_jit::GdbRegistration>,
    pub(crate) _code: Box<dyn Any + Send + Sync>,
    pub(crate) _registration: CodeRegistration,
}

impl RegisteredCode {
    /// Code holding trampolines only: registered for its trap sites, with
    /// no wasm functions and nothing for debuggers.
    pub(crate) fn trampolines(code: trident_artifact::LoadedCode) -> RegisteredCode {
        let registration = register(
            code.base(),
            code.len(),
            code.traps(),
            Vec::new(),
            None,
            None,
        );
        RegisteredCode {
            _debugger: None,
            _code: Box::new(code),
            _registration: registration,
        }
    }
}

pub(crate) struct EngineInner {
    pub(crate) config: Config,
    #[cfg(feature = "compiler")]
    pub(crate) compiler: Option<Box<dyn Compiler>>,
    types: Mutex<TypeRegistry>,
    /// The epoch counter compiled code compares deadlines against.
    epoch: AtomicU64,
    trampolines: Mutex<HashMap<FuncType, Arc<Trampolines>>>,
    pub(crate) cache: Option<Cache>,
    /// Called as compilations progress (see [`Engine::set_compile_progress`]).
    #[cfg(feature = "compiler")]
    pub(crate) progress: Mutex<Option<ProgressCallback>>,
}

/// A compile-progress callback (see [`Engine::set_compile_progress`]).
#[cfg(feature = "compiler")]
pub type ProgressCallback = Arc<dyn Fn(trident_compiler::CompileProgress) + Send + Sync>;

/// A configured compiler and the state modules of one kind share.
/// Cheap to clone; `Send + Sync`.
#[derive(Clone)]
pub struct Engine {
    pub(crate) inner: Arc<EngineInner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("config", &self.inner.config)
            .finish()
    }
}

#[cfg(feature = "compiler")]
fn make_compiler(config: &Config) -> Result<Box<dyn Compiler>, Error> {
    match config.backend.as_str() {
        #[cfg(feature = "cranelift")]
        "cranelift" => {
            let c = trident_cranelift::CraneliftCompiler::new(config.compiler_options())?;
            Ok(Box::new(c))
        }
        #[cfg(feature = "llvm")]
        "llvm" => {
            let c = trident_llvm::LlvmCompiler::new(config.compiler_options())?;
            Ok(Box::new(c))
        }
        #[cfg(feature = "singlepass")]
        "singlepass" => {
            let c = trident_singlepass::SinglepassCompiler::new(config.compiler_options())?;
            Ok(Box::new(c))
        }
        other => Err(Error::Config(format!(
            "back end `{other}` is not compiled into this build (available: {})",
            Config::available_backends().join(", ")
        ))),
    }
}

/// The options that decide generated code, less the target and CPU
/// (checked on their own against the host: the triple and the recorded
/// CPU features), the verifier (it only checks code) and the address map
/// (it describes code; an artifact without one runs the same).
fn code_options(o: &CompilerOptions) -> CompilerOptions {
    CompilerOptions {
        // Prices only matter to code that counts fuel.
        fuel_costs: o.fuel().unwrap_or_default(),
        verifier: false,
        omit_address_map: false,
        target: None,
        target_cpu: None,
        cpu_features: Vec::new(),
        ..o.clone()
    }
}

/// Whether every feature `inner` enables is enabled in `outer`.
fn features_within(inner: &Features, outer: &Features) -> bool {
    inner.within(outer)
}

impl Engine {
    /// An engine with the back end `config` names.
    pub fn new(config: &Config) -> Result<Engine, Error> {
        #[cfg(feature = "compiler")]
        {
            let compiler = make_compiler(config)?;
            Ok(Engine::build(config, Some(compiler)))
        }
        #[cfg(not(feature = "compiler"))]
        {
            let _ = config;
            Err(Error::Config(
                "this build of Trident has no compiler: use Engine::without_compiler and precompiled modules"
                    .into(),
            ))
        }
    }

    /// An engine that only runs precompiled modules (artifacts and linked
    /// code) compiled with `config`'s back end and options; it never
    /// compiles anything.
    pub fn without_compiler(config: &Config) -> Engine {
        Engine::build(
            config,
            #[cfg(feature = "compiler")]
            None,
        )
    }

    fn build(
        config: &Config,
        #[cfg(feature = "compiler")] compiler: Option<Box<dyn Compiler>>,
    ) -> Engine {
        let cache = config
            .cache
            .then(|| config.resolved_cache_dir())
            .flatten()
            .map(|dir| Cache::new(dir, config.cache_max_bytes));
        Engine {
            inner: Arc::new(EngineInner {
                config: config.clone(),
                #[cfg(feature = "compiler")]
                compiler,
                types: Mutex::new(TypeRegistry::default()),
                epoch: AtomicU64::new(0),
                trampolines: Mutex::new(HashMap::new()),
                cache,
                #[cfg(feature = "compiler")]
                progress: Mutex::new(None),
            }),
        }
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Calls `callback` after each batch of functions this engine compiles
    /// (functions done, functions in all), from the compiling threads; a
    /// module read from the compile cache reports nothing. `None` stops
    /// the reports. What it is called with never changes the code.
    #[cfg(feature = "compiler")]
    pub fn set_compile_progress(&self, callback: Option<ProgressCallback>) {
        *self
            .inner
            .progress
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = callback;
    }

    /// The back end's name.
    pub fn backend(&self) -> &str {
        &self.inner.config.backend
    }

    /// The compile cache, when it is on.
    pub fn cache(&self) -> Option<&Cache> {
        self.inner.cache.as_ref()
    }

    /// Whether this engine can compile.
    pub fn has_compiler(&self) -> bool {
        #[cfg(feature = "compiler")]
        {
            self.inner.compiler.is_some()
        }
        #[cfg(not(feature = "compiler"))]
        {
            false
        }
    }

    /// Whether this engine's back end compiles fixed-width SIMD (`v128`);
    /// false without a compiler.
    pub fn supports_simd(&self) -> bool {
        #[cfg(feature = "compiler")]
        {
            self.inner
                .compiler
                .as_ref()
                .is_some_and(|c| c.supports_simd())
        }
        #[cfg(not(feature = "compiler"))]
        {
            false
        }
    }

    #[cfg(feature = "compiler")]
    pub(crate) fn compiler(&self) -> Result<&dyn Compiler, Error> {
        self.inner
            .compiler
            .as_deref()
            .ok_or_else(|| Error::Config("this engine has no compiler".into()))
    }

    /// Checks that code described by `header` was compiled the way this
    /// engine compiles: same back end, same code-deciding options, Wasm
    /// features this engine allows and, when the engine has a compiler,
    /// the same settings fingerprint. Each refusal names both sides.
    pub(crate) fn check_artifact(&self, header: &ArtifactHeader) -> Result<(), Error> {
        let config = &self.inner.config;
        let mismatch = |what: String| Err(Error::Artifact(ArtifactError::Incompatible(what)));
        if header.backend != config.backend {
            return mismatch(format!(
                "compiled by the {} back end; this engine uses {}",
                header.backend, config.backend
            ));
        }
        let ours = code_options(&config.compiler_options());
        let theirs = code_options(&header.options);
        let on = |b: bool| if b { "with" } else { "without" };
        if theirs.bounds_checks != ours.bounds_checks {
            return mismatch(format!(
                "compiled with {} bounds checks; this engine uses {}",
                theirs.bounds_checks.name(),
                ours.bounds_checks.name()
            ));
        }
        if theirs.consume_fuel != ours.consume_fuel {
            return mismatch(format!(
                "compiled {} fuel checks; this engine is configured {} fuel (Config::consume_fuel)",
                on(theirs.consume_fuel),
                on(ours.consume_fuel)
            ));
        }
        if theirs.fuel_costs != ours.fuel_costs {
            return mismatch(format!(
                "compiled with the fuel cost table `{}`; this engine uses `{}` (Config::fuel_costs)",
                theirs.fuel_costs, ours.fuel_costs
            ));
        }
        if theirs.epoch_interruption != ours.epoch_interruption {
            return mismatch(format!(
                "compiled {} epoch checks; this engine is configured {} epoch interruption \
                 (Config::epoch_interruption)",
                on(theirs.epoch_interruption),
                on(ours.epoch_interruption)
            ));
        }
        if theirs != ours {
            return mismatch(format!(
                "compiled with options {theirs:?}; this engine uses {ours:?}"
            ));
        }
        if !features_within(&header.features, &config.features) {
            return mismatch(format!(
                "compiled with Wasm features {}; this engine allows only {}",
                header.features, config.features
            ));
        }
        #[cfg(feature = "compiler")]
        if let Some(c) = &self.inner.compiler {
            if c.settings_fingerprint() != header.fingerprint {
                return mismatch(format!(
                    "compiled with back-end settings `{}`; this engine uses `{}`",
                    header.fingerprint,
                    c.settings_fingerprint()
                ));
            }
        }
        Ok(())
    }

    /// Advances the epoch: code in stores whose deadline this reaches traps
    /// with `Interrupted` at its next function entry or loop header (when
    /// `Config::epoch_interruption` is on). Safe to call from any thread.
    pub fn increment_epoch(&self) {
        self.inner.epoch.fetch_add(1, Ordering::Release);
    }

    /// The current epoch.
    pub fn current_epoch(&self) -> u64 {
        self.inner.epoch.load(Ordering::Acquire)
    }

    pub(crate) fn epoch_ptr(&self) -> *const u64 {
        self.inner.epoch.as_ptr() as *const u64
    }

    pub(crate) fn same(&self, other: &Engine) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    /// The engine-wide id of a host function's type `ty` (see
    /// `type_registry`).
    pub(crate) fn type_id(&self, ty: &FuncType) -> u32 {
        let mut reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.register_single(ty)
    }

    /// The engine-wide ids of the types of module `info`.
    pub(crate) fn module_type_ids(&self, info: &trident_types::ModuleInfo) -> Vec<u32> {
        let mut reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.register_module(info)
    }

    /// Whether engine type `sub` is `sup` or declares it as a supertype
    /// (directly or through its supertypes).
    pub(crate) fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.is_subtype(sub, sup)
    }

    /// The engine's type hierarchy, shared with module runtimes.
    pub(crate) fn type_hierarchy(&self) -> Arc<trident_vm::TypeHierarchy> {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.hierarchy().clone()
    }

    /// The signature with engine-wide id `id`.
    pub(crate) fn type_of(&self, id: u32) -> Option<FuncType> {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.get(id).cloned()
    }

    /// The signatures among `types` that have no trampolines yet.
    pub(crate) fn missing_trampolines<'a>(
        &self,
        types: impl Iterator<Item = &'a FuncType>,
    ) -> Vec<&'a FuncType> {
        let cache = self
            .inner
            .trampolines
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        types.filter(|t| !cache.contains_key(*t)).collect()
    }

    /// Adds trampolines a module brought: `(signature, host→wasm,
    /// wasm→host)`, in code kept alive by `code`. Signatures that already
    /// have trampolines keep theirs.
    pub(crate) fn provide_trampolines(
        &self,
        entries: Vec<(FuncType, *const u8, *const u8)>,
        code: Arc<dyn Any + Send + Sync>,
    ) {
        let mut cache = self
            .inner
            .trampolines
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        for (ty, h2w, w2h) in entries {
            cache.entry(ty).or_insert_with(|| {
                Arc::new(Trampolines {
                    host_to_wasm: h2w,
                    wasm_to_host: w2h,
                    _code: code.clone(),
                })
            });
        }
    }

    /// Both trampolines for `ty`: from a module that brought them, or
    /// compiled the first time they are needed.
    pub(crate) fn trampolines(&self, ty: &FuncType) -> Result<Arc<Trampolines>, Error> {
        #[cfg_attr(not(feature = "compiler"), allow(unused_mut))]
        let mut cache = self
            .inner
            .trampolines
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(t) = cache.get(ty) {
            return Ok(t.clone());
        }
        #[cfg(feature = "compiler")]
        if let Some(compiler) = &self.inner.compiler {
            let h2w = compiler.compile_host_to_wasm_trampoline(ty)?;
            let w2h = compiler.compile_wasm_to_host_trampoline(ty)?;
            let code = trident_artifact::load_code(&[&h2w, &w2h], |_| None)?;
            let (h2w, w2h) = (code.function_ptr(0), code.function_ptr(1));
            let t = Arc::new(Trampolines {
                host_to_wasm: h2w,
                wasm_to_host: w2h,
                _code: Arc::new(RegisteredCode::trampolines(code)),
            });
            cache.insert(ty.clone(), t.clone());
            return Ok(t);
        }
        Err(Error::Config(format!(
            "no trampoline for signature {ty}: this engine has no compiler, and no module \
             loaded in it imports a function of this type"
        )))
    }
}

/// Registers code at `base..base + len` and its trap sites (offsets from
/// `base`) with the runtime's signal handler. `functions` names the wasm
/// functions in it (none for trampolines).
pub(crate) fn register(
    base: *const u8,
    len: usize,
    traps: &[(u32, TrapCode)],
    functions: Vec<trident_vm::FunctionInfo>,
    module_name: Option<&str>,
    dwarf: Option<Arc<trident_vm::ModuleDwarf>>,
) -> CodeRegistration {
    trident_vm::register_code(
        base as usize,
        len,
        traps.to_vec(),
        functions,
        module_name,
        dwarf,
    )
}
