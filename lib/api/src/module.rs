//! Compiled modules.

use crate::engine::{register, Engine};
use crate::error::Error;
use std::sync::Arc;
use trident_artifact::{load_code, LoadedCode};
use trident_compiler::translate_module;
use trident_types::{
    CompiledFunction, ExportKind, ImportKind, ModuleInfo, RelocationTarget, VMOffsets,
};
use trident_vm::{CodeRegistration, ModuleRuntimeInfo};

pub(crate) struct ModuleInner {
    pub(crate) engine: Engine,
    pub(crate) runtime: Arc<ModuleRuntimeInfo>,
    /// Host→wasm trampoline per type index.
    pub(crate) trampolines: Vec<*const u8>,
    /// Bytes of machine code (functions and trampolines, with padding).
    pub(crate) code_size: usize,
}

// SAFETY: the raw pointers point into immutable code kept alive by
// `runtime.code`.
unsafe impl Send for ModuleInner {}
// SAFETY: see above.
unsafe impl Sync for ModuleInner {}

struct CodeAndRegistration {
    _code: LoadedCode,
    _registration: CodeRegistration,
}

/// A compiled module, ready to instantiate in any store of its engine.
/// Cheap to clone; `Send + Sync`.
#[derive(Clone)]
pub struct Module {
    pub(crate) inner: Arc<ModuleInner>,
}

/// An import of a module.
#[derive(Clone, Debug)]
pub struct ImportType<'a> {
    pub module: &'a str,
    pub name: &'a str,
    pub kind: ImportKind,
}

/// An export of a module.
#[derive(Clone, Debug)]
pub struct ExportType<'a> {
    pub name: &'a str,
    pub kind: ExportKind,
}

impl Module {
    /// Compiles a module from its binary, or (with the `wat` feature) from
    /// its text format.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module, Error> {
        let bytes = bytes.as_ref();
        #[cfg(feature = "wat")]
        let bytes = &wat::parse_bytes(bytes).map_err(|e| Error::Text(e.to_string()))?;
        Module::from_binary(engine, bytes)
    }

    /// Compiles a module from its binary.
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
        let translation = translate_module(wasm, engine.config().features)?;
        let compilation = engine.inner.compiler.compile_module(&translation)?;
        let info = translation.module;
        let num_imported = info.num_imported_functions;
        let num_defined = compilation.functions.len();
        let mut all: Vec<&CompiledFunction> = compilation.functions.iter().collect();
        all.extend(compilation.host_to_wasm.iter());
        let code = load_code(&all, |t| match t {
            RelocationTarget::Function(f) => {
                let defined = f.checked_sub(num_imported)? as usize;
                (defined < num_defined).then_some(defined)
            }
        })?;
        let functions = (0..num_defined)
            .map(|i| {
                let range = code.function_range(i);
                let func_index = num_imported + i as u32;
                trident_vm::FunctionInfo {
                    start: range.start as u32,
                    end: range.end as u32,
                    func_index,
                    name: info.function_names.get(&func_index).cloned(),
                }
            })
            .collect();
        let registration = register(&code, functions, info.name.as_deref());
        let code_size = code.len();
        let function_ptrs = (0..num_defined).map(|i| code.function_ptr(i)).collect();
        let trampolines = (0..compilation.host_to_wasm.len())
            .map(|i| code.function_ptr(num_defined + i))
            .collect();
        let type_ids = info.types.iter().map(|t| engine.type_id(t)).collect();
        let offsets = VMOffsets::new(std::mem::size_of::<usize>() as u8, &info);
        let runtime = ModuleRuntimeInfo {
            info: Arc::new(info),
            offsets,
            function_ptrs,
            type_ids,
            wasm: wasm.into(),
            code: Arc::new(CodeAndRegistration {
                _code: code,
                _registration: registration,
            }),
        };
        Ok(Module {
            inner: Arc::new(ModuleInner {
                engine: engine.clone(),
                runtime: Arc::new(runtime),
                trampolines,
                code_size,
            }),
        })
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// Bytes of machine code loaded for this module (its functions and
    /// trampolines, with alignment padding).
    pub fn code_size(&self) -> usize {
        self.inner.code_size
    }

    /// The module's metadata.
    pub fn info(&self) -> &ModuleInfo {
        &self.inner.runtime.info
    }

    pub fn imports(&self) -> impl ExactSizeIterator<Item = ImportType<'_>> {
        self.info().imports.iter().map(|i| ImportType {
            module: &i.module,
            name: &i.field,
            kind: i.kind,
        })
    }

    pub fn exports(&self) -> impl ExactSizeIterator<Item = ExportType<'_>> {
        self.info().exports.iter().map(|e| ExportType {
            name: &e.name,
            kind: e.kind,
        })
    }
}
