//! The engine: a configured back end plus state shared by every module and
//! store created from it (the signature registry and trampoline cache).

use crate::config::Config;
use crate::error::Error;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use trident_artifact::{load_code, LoadedCode};
use trident_compiler::Compiler;
use trident_types::{FuncType, TrapCode};
use trident_vm::CodeRegistration;

/// Engine-wide ids for function signatures: equal types get equal ids,
/// which is what `call_indirect` compares.
#[derive(Default)]
struct TypeRegistry {
    ids: HashMap<FuncType, u32>,
    types: Vec<FuncType>,
}

/// Trampolines for one signature, compiled on demand.
pub(crate) struct Trampolines {
    code: LoadedCode,
    _registration: CodeRegistration,
}

impl Trampolines {
    pub(crate) fn host_to_wasm(&self) -> *const u8 {
        self.code.function_ptr(0)
    }
    pub(crate) fn wasm_to_host(&self) -> *const u8 {
        self.code.function_ptr(1)
    }
}

// SAFETY: immutable executable code.
unsafe impl Send for Trampolines {}
// SAFETY: immutable executable code.
unsafe impl Sync for Trampolines {}

pub(crate) struct EngineInner {
    pub(crate) config: Config,
    pub(crate) compiler: Box<dyn Compiler>,
    types: Mutex<TypeRegistry>,
    /// The epoch counter compiled code compares deadlines against.
    epoch: AtomicU64,
    trampolines: Mutex<HashMap<FuncType, Arc<Trampolines>>>,
}

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

impl Engine {
    pub fn new(config: &Config) -> Result<Engine, Error> {
        let compiler = make_compiler(config)?;
        Ok(Engine {
            inner: Arc::new(EngineInner {
                config: config.clone(),
                compiler,
                types: Mutex::new(TypeRegistry::default()),
                epoch: AtomicU64::new(0),
                trampolines: Mutex::new(HashMap::new()),
            }),
        })
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The back end's name.
    pub fn backend(&self) -> &'static str {
        self.inner.compiler.name()
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

    /// The engine-wide id of `ty`.
    pub(crate) fn type_id(&self, ty: &FuncType) -> u32 {
        let mut reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = reg.ids.get(ty) {
            return id;
        }
        let id = reg.types.len() as u32;
        reg.types.push(ty.clone());
        reg.ids.insert(ty.clone(), id);
        id
    }

    /// The signature with engine-wide id `id`.
    pub(crate) fn type_of(&self, id: u32) -> Option<FuncType> {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.types.get(id as usize).cloned()
    }

    /// Both trampolines for `ty`, compiled the first time they are needed.
    pub(crate) fn trampolines(&self, ty: &FuncType) -> Result<Arc<Trampolines>, Error> {
        let mut cache = self
            .inner
            .trampolines
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(t) = cache.get(ty) {
            return Ok(t.clone());
        }
        let compiler = &self.inner.compiler;
        let h2w = compiler.compile_host_to_wasm_trampoline(ty)?;
        let w2h = compiler.compile_wasm_to_host_trampoline(ty)?;
        let code = load_code(&[&h2w, &w2h], |_| None)?;
        let registration = register(&code, Vec::new(), None);
        let t = Arc::new(Trampolines {
            code,
            _registration: registration,
        });
        cache.insert(ty.clone(), t.clone());
        Ok(t)
    }
}

/// Registers loaded code's trap sites with the runtime's signal handler.
/// `functions` names the wasm functions in it (none for trampolines).
pub(crate) fn register(
    code: &LoadedCode,
    functions: Vec<trident_vm::FunctionInfo>,
    module_name: Option<&str>,
) -> CodeRegistration {
    let traps: Vec<(u32, TrapCode)> = code.traps().to_vec();
    trident_vm::register_code(
        code.base() as usize,
        code.len(),
        traps,
        functions,
        module_name,
    )
}
