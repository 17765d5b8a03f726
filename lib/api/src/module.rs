//! Compiled modules: compiled here (see `compile.rs`), read from an
//! artifact, or linked into the executable that runs them.
//!
//! Every way ends in [`assemble`]: code in executable memory (loaded, or
//! already in the executable's text), registered with the trap handler,
//! plus the metadata and data-segment bytes the runtime needs. The
//! invariants behind the raw pointers: every function and trampoline
//! pointer points into code kept alive by `runtime.code` (or by the
//! executable, for linked code), which never changes after assembly.

use crate::engine::{register, Engine, RegisteredCode};
use crate::error::Error;
use crate::gdb_jit::{FunctionLines, GdbRegistration};
use crate::profiling::{self, CodeSymbol, Profiling};
use std::any::Any;
use std::ops::Range;
use std::sync::Arc;
use trident_artifact::{
    imported_types, load_code, read_artifact, ArtifactError, LinkedModule, ModuleParts,
};
use trident_types::{
    CompiledFunction, ExportKind, ImportKind, ModuleInfo, RelocationTarget, TrapCode, VMOffsets,
};
use trident_vm::ModuleRuntimeInfo;

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

/// Machine code in executable memory, as [`assemble`] takes it.
struct CodeImage {
    base: *const u8,
    len: usize,
    /// (offset from `base`, code), sorted.
    traps: Vec<(u32, TrapCode)>,
    /// Byte range of each defined function, relative to `base`.
    functions: Vec<Range<usize>>,
    /// Each defined function's entry in the wasm calling convention,
    /// relative to its start (`CompiledFunction::entry`).
    entries: Vec<u32>,
    /// Each defined function's address map (`CompiledFunction::
    /// address_map`), empty where there is none.
    address_maps: Vec<Vec<(u32, u32)>>,
    /// Each defined function's inlined calls (`CompiledFunction::
    /// inlined_calls`), empty where there are none.
    inlined_calls: Vec<Vec<trident_types::InlinedCall>>,
    /// Offset of each type's host→wasm trampoline.
    host_to_wasm: Vec<usize>,
    /// Keeps the memory alive (unit for code inside the executable).
    owner: Box<dyn Any + Send + Sync>,
}

/// Code that is part of the running executable: it lives as long as the
/// process.
struct StaticText;

impl Module {
    /// Compiles a module from its binary, or (with the `wat` feature) from
    /// its text format.
    #[cfg(feature = "compiler")]
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module, Error> {
        let bytes = bytes.as_ref();
        #[cfg(feature = "wat")]
        let bytes = &wat::parse_bytes(bytes).map_err(|e| Error::Text(e.to_string()))?;
        Module::from_binary(engine, bytes)
    }

    /// Compiles a module from its binary, or takes it from the compile
    /// cache when the engine has one and an entry for exactly this module,
    /// build, back end, options, target and CPU.
    #[cfg(feature = "compiler")]
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
        crate::compile::module_from_binary(engine, wasm)
    }

    /// Loads a module serialized by
    /// [`Engine::precompile_module`](crate::Engine::precompile_module)
    /// (or `trident compile`). Truncated, corrupted, foreign-version,
    /// wrong-target and wrong-CPU artifacts, artifacts whose metadata is
    /// inconsistent (`ArtifactError::Invalid`: see
    /// `trident_artifact::validate`), and artifacts compiled with another
    /// back end, options or Wasm features than `engine` allows, are
    /// refused with an [`ArtifactError`] before any code is loaded.
    ///
    /// # Safety
    ///
    /// An artifact is machine code: its checksum detects damage and the
    /// validation inconsistency, not intent; code from an untrusted source
    /// can do anything this process can. Only load artifacts from a
    /// source you trust as much as the program itself, or check their
    /// signature first (`trident_artifact::signature::verify_artifact`,
    /// feature `sign`).
    pub unsafe fn deserialize(engine: &Engine, bytes: &[u8]) -> Result<Module, Error> {
        let (header, parts) = read_artifact(bytes)?;
        engine.check_artifact(&header)?;
        Module::from_parts(engine, parts)
    }

    /// Like [`Module::deserialize`], reading the artifact from `path`.
    ///
    /// # Safety
    ///
    /// As for [`Module::deserialize`].
    pub unsafe fn deserialize_file(
        engine: &Engine,
        path: impl AsRef<std::path::Path>,
    ) -> Result<Module, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)
            .map_err(|e| Error::Config(format!("cannot read {}: {e}", path.display())))?;
        // SAFETY: the caller vouches for the file.
        unsafe { Module::deserialize(engine, &bytes) }
    }

    /// A module whose code was linked into this executable (`create-exe`):
    /// `text` is the start of its code (the object's `trident_module_text`
    /// symbol) and `m` its decoded metadata
    /// ([`read_metadata`](trident_artifact::read_metadata) of the
    /// `trident_module_metadata` symbol).
    ///
    /// # Safety
    ///
    /// `text` and `m` must come from the same object file written by this
    /// build of Trident, linked into the running executable.
    pub unsafe fn from_linked(
        engine: &Engine,
        text: *const u8,
        m: LinkedModule,
    ) -> Result<Module, Error> {
        let config = engine.config();
        let o = &m.options;
        if m.backend != config.backend
            || o.bounds_checks != config.bounds_checks
            || o.consume_fuel != config.consume_fuel
            || o.fuel() != config.compiler_options().fuel()
            || o.epoch_interruption != config.epoch_interruption
        {
            return Err(Error::Artifact(ArtifactError::Incompatible(format!(
                "linked code was compiled by {} with {o:?}; the engine is configured differently",
                m.backend
            ))));
        }
        let missing = trident_artifact::cpu::missing(&m.cpu_features);
        if !missing.is_empty() {
            return Err(Error::Artifact(ArtifactError::MissingCpuFeatures {
                missing,
            }));
        }
        let l = &m.layout;
        let at = |offset: u32| {
            // SAFETY: read_metadata checked that every offset lies within
            // the text, which the caller guarantees is mapped.
            unsafe { text.add(offset as usize) }
        };
        let trampolines = l
            .wasm_to_host
            .iter()
            .map(|&(t, w2h)| {
                let ty = m.info.types[t as usize].clone();
                (ty, at(l.host_to_wasm[t as usize]), at(w2h))
            })
            .collect();
        engine.provide_trampolines(trampolines, Arc::new(StaticText));
        let image = CodeImage {
            base: text,
            len: l.text_len as usize,
            traps: l.traps.clone(),
            functions: l
                .functions
                .iter()
                .map(|r| r.start as usize..r.end as usize)
                .collect(),
            entries: l.entries.clone(),
            address_maps: l.address_maps.clone(),
            inlined_calls: l.inlined_calls.clone(),
            host_to_wasm: l.host_to_wasm.iter().map(|o| *o as usize).collect(),
            owner: Box::new(StaticText),
        };
        Ok(assemble(engine, m.info, m.data, image))
    }

    /// Loads compiled parts into executable memory.
    pub(crate) fn from_parts(engine: &Engine, parts: ModuleParts) -> Result<Module, Error> {
        let ModuleParts {
            info,
            data,
            compilation,
            ..
        } = parts;
        provide_import_trampolines(engine, &info, &compilation)?;
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
        let image = CodeImage {
            base: code.base(),
            len: code.len(),
            traps: code.traps().to_vec(),
            functions: (0..num_defined).map(|i| code.function_range(i)).collect(),
            entries: compilation.functions.iter().map(|f| f.entry).collect(),
            address_maps: compilation
                .functions
                .iter()
                .map(|f| f.address_map.clone())
                .collect(),
            inlined_calls: compilation
                .functions
                .iter()
                .map(|f| f.inlined_calls.clone())
                .collect(),
            host_to_wasm: (0..compilation.host_to_wasm.len())
                .map(|i| code.function_range(num_defined + i).start)
                .collect(),
            owner: Box::new(code),
        };
        Ok(assemble(engine, info, data, image))
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

/// Gives the engine the trampolines of the imported functions' types it
/// does not have yet, loaded into their own small mapping (so the engine's
/// cache does not keep the whole module's code alive).
fn provide_import_trampolines(
    engine: &Engine,
    info: &ModuleInfo,
    compilation: &trident_types::Compilation,
) -> Result<(), Error> {
    let imported: Vec<u32> = imported_types(info).collect();
    let types: Vec<&trident_types::FuncType> =
        imported.iter().map(|t| &info.types[*t as usize]).collect();
    let missing = engine.missing_trampolines(types.iter().copied());
    if missing.is_empty() {
        return Ok(());
    }
    let mut pieces: Vec<&CompiledFunction> = Vec::new();
    let mut tys = Vec::new();
    for (t, ty) in imported.iter().zip(&types) {
        if !missing.contains(ty) {
            continue;
        }
        let w2h = compilation
            .wasm_to_host
            .iter()
            .find(|(u, _)| u == t)
            .map(|(_, f)| f)
            .ok_or(Error::Artifact(ArtifactError::Inconsistent(
                "a wasm-to-host trampoline for an imported function's type is missing",
            )))?;
        pieces.push(&compilation.host_to_wasm[*t as usize]);
        pieces.push(w2h);
        tys.push((*ty).clone());
    }
    let code = load_code(&pieces, |_| None)?;
    let entries = tys
        .into_iter()
        .enumerate()
        .map(|(i, ty)| (ty, code.function_ptr(2 * i), code.function_ptr(2 * i + 1)))
        .collect();
    engine.provide_trampolines(entries, Arc::new(RegisteredCode::trampolines(code)));
    Ok(())
}

/// Symbols for `image`'s host-to-wasm trampolines (a debugger unwinds
/// through a frame it has a symbol for): each runs to the next function
/// or trampoline, or the end of the image.
fn trampoline_symbols(image: &CodeImage, module: &str) -> Vec<CodeSymbol> {
    let mut starts: Vec<usize> = image.host_to_wasm.clone();
    starts.sort_unstable();
    starts.dedup();
    let mut bounds: Vec<usize> = image.functions.iter().map(|r| r.start).collect();
    bounds.extend(&starts);
    bounds.push(image.len);
    bounds.sort_unstable();
    starts
        .iter()
        .filter_map(|&start| {
            let end = *bounds.iter().find(|&&b| b > start)?;
            Some(CodeSymbol {
                address: image.base as usize + start,
                size: end - start,
                name: format!("wasm[{module}]::host_to_wasm_trampoline@{start:#x}"),
            })
        })
        .collect()
}

/// The module's DWARF (its `.debug_*` sections, kept with the data
/// bytes), for source lines in backtraces.
fn module_dwarf(info: &ModuleInfo, data: &[u8]) -> Option<Arc<trident_vm::ModuleDwarf>> {
    let sections = info
        .debug_sections
        .iter()
        .filter_map(|(name, range)| Some((name.clone(), data.get(range.clone())?.to_vec())))
        .collect();
    trident_vm::ModuleDwarf::new(sections, info.code_section_start).map(Arc::new)
}

/// Each defined function's source lines at its machine addresses, for the
/// debugger's line table: the address map's runs, each with the line the
/// module's DWARF gives its operator (the innermost, where code was
/// inlined); a run with no line continues the previous one.
fn function_lines(
    image: &CodeImage,
    info: &ModuleInfo,
    dwarf: &trident_vm::ModuleDwarf,
) -> Vec<FunctionLines> {
    let base = image.base as u64;
    image
        .functions
        .iter()
        .zip(&image.address_maps)
        .enumerate()
        .map(|(i, (range, map))| {
            let start = base + range.start as u64;
            let mut rows: Vec<(u64, String, u32, u32)> = Vec::new();
            for (code, wasm) in map {
                if *wasm == trident_types::NO_OPERATOR {
                    continue;
                }
                let Some(l) = dwarf.lines(*wasm).into_iter().next() else {
                    continue;
                };
                let (Some(file), Some(line)) = (l.file, l.line) else {
                    continue;
                };
                let column = l.column.unwrap_or(0);
                if rows
                    .last()
                    .is_some_and(|r| r.1 == file && r.2 == line && r.3 == column)
                {
                    continue;
                }
                rows.push((start + u64::from(*code), file, line, column));
            }
            FunctionLines {
                name: info.function_symbol(info.num_imported_functions + i as u32),
                start,
                end: base + range.end as u64,
                rows,
            }
        })
        .collect()
}

/// Registers `image` with the trap handler and builds the module.
fn assemble(engine: &Engine, info: ModuleInfo, data: Vec<u8>, image: CodeImage) -> Module {
    let num_imported = info.num_imported_functions;
    let functions = image
        .functions
        .iter()
        .enumerate()
        .map(|(i, range)| {
            let func_index = num_imported + i as u32;
            trident_vm::FunctionInfo {
                start: range.start as u32,
                end: range.end as u32,
                func_index,
                name: info.function_names.get(&func_index).cloned(),
                address_map: image.address_maps.get(i).cloned().unwrap_or_default(),
                inlined_calls: image.inlined_calls.get(i).cloned().unwrap_or_default(),
            }
        })
        .collect();
    let dwarf = module_dwarf(&info, &data);
    let registration = register(
        image.base,
        image.len,
        &image.traps,
        functions,
        info.name.as_deref(),
        dwarf.clone(),
    );
    let at = |offset: usize| {
        // SAFETY: every offset lies within the image (checked when the
        // image was built from loaded code or validated metadata).
        unsafe { image.base.add(offset) }
    };
    let debug_info = engine.config().debug_info;
    let mut debugger = None;
    if engine.config().profiling != Profiling::None || debug_info {
        let module = info.name.as_deref().unwrap_or("module");
        let symbols: Vec<CodeSymbol> = image
            .functions
            .iter()
            .enumerate()
            .map(|(i, r)| CodeSymbol {
                address: at(r.start) as usize,
                size: r.end - r.start,
                name: info.function_symbol(num_imported + i as u32),
            })
            .collect();
        profiling::record(engine.config().profiling, &symbols);
        if debug_info {
            // SAFETY: the image's `len` bytes from `base` are its loaded
            // code, alive as long as `image.owner`, which outlives the
            // registration (see `RegisteredCode`).
            let code = unsafe { std::slice::from_raw_parts(image.base, image.len) };
            let mut all = symbols;
            all.extend(trampoline_symbols(&image, module));
            let lines = match &dwarf {
                Some(d) => function_lines(&image, &info, d),
                None => Vec::new(),
            };
            debugger = GdbRegistration::new(code, &all, &lines);
        }
    }
    let entry = |i: usize| image.entries.get(i).copied().unwrap_or(0) as usize;
    let function_ptrs = image
        .functions
        .iter()
        .enumerate()
        .map(|(i, r)| at(r.start + entry(i)))
        .collect();
    // The body in `tailcc` is at the function's start, `entry` bytes
    // before the adapter `func_ptr` points to (validated: within the
    // function, so it fits an `i32`).
    let tail_offsets = (0..image.functions.len())
        .map(|i| -(i32::try_from(entry(i)).unwrap_or(0)))
        .collect();
    let trampolines = image.host_to_wasm.iter().map(|o| at(*o)).collect();
    let type_ids = engine.module_type_ids(&info).into();
    let offsets = VMOffsets::new(std::mem::size_of::<usize>() as u8, &info);
    let code_size = image.len;
    let runtime = ModuleRuntimeInfo {
        info: Arc::new(info),
        offsets,
        function_ptrs,
        tail_offsets,
        type_ids,
        hierarchy: engine.type_hierarchy(),
        wasm: data.into(),
        code: Arc::new(RegisteredCode {
            _debugger: debugger,
            _code: image.owner,
            _registration: registration,
        }),
        // The engine's options are the code's: every path here checked
        // them against the artifact's or linked module's, or compiled it.
        fuel: engine.config().compiler_options().fuel(),
    };
    Module {
        inner: Arc::new(ModuleInner {
            engine: engine.clone(),
            runtime: Arc::new(runtime),
            trampolines,
            code_size,
        }),
    }
}
