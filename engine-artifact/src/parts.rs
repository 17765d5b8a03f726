//! What an artifact holds: a module's metadata, the bytes of its data
//! segments and its compiled code.
//!
//! Invariant of [`ModuleParts`]: `info.data[i].range` indexes `data` (not
//! the original module), so the module's code section and custom sections
//! are not carried around; [`ModuleParts::check`] verifies that and that the
//! compilation matches the metadata (one function per defined function, one
//! host→wasm trampoline per type, a wasm→host trampoline for every imported
//! function's type), so the runtime can index everything without checks.
//!
//! [`CompiledFor`] records, next to the code, what the code was compiled
//! for and cannot show itself: the type of each host→wasm trampoline, the
//! type index of every function, and the counts that decide the vmctx
//! layout its loads and stores use (`VMOffsets`). A function called
//! through a trampoline of another signature reads and writes the wrong
//! values (a result slot the host does not have, an integer taken for a
//! reference), and code for another layout reads the wrong vmctx fields,
//! so validation requires the metadata to agree with this record
//! (`crate::validate::validate_signatures`).

use std::collections::BTreeSet;
use trident_types::{Compilation, FuncType, ImportKind, ModuleInfo};

/// The signatures the code was compiled for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompiledFor {
    /// The signature of each host→wasm trampoline (one per type index).
    pub types: Vec<FuncType>,
    /// The type index of every function (imported ones first).
    pub functions: Vec<u32>,
    /// Tables, memories, imported globals and globals: with the functions,
    /// what the vmctx layout depends on.
    pub layout: [u32; 4],
}

impl CompiledFor {
    /// The record for code compiled from `info`.
    pub fn of(info: &ModuleInfo) -> CompiledFor {
        CompiledFor {
            types: info.types.clone(),
            functions: info.functions.clone(),
            layout: layout(info),
        }
    }
}

/// The counts besides the functions that decide the vmctx layout.
pub fn layout(info: &ModuleInfo) -> [u32; 4] {
    let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
    [
        n(info.tables.len()),
        n(info.memories.len()),
        info.num_imported_globals,
        n(info.globals.len()),
    ]
}

/// A compiled module, ready to be serialized, loaded or written out.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleParts {
    pub info: ModuleInfo,
    /// The data segments' bytes, which `info.data` ranges index.
    pub data: Vec<u8>,
    pub compilation: Compilation,
    pub compiled_for: CompiledFor,
}

impl ModuleParts {
    /// Builds the parts from the front end's metadata, the module's bytes
    /// (which `info.data` ranges index) and its compilation; keeps only the
    /// data segments' bytes.
    pub fn new(mut info: ModuleInfo, wasm: &[u8], compilation: Compilation) -> ModuleParts {
        let data = compact_data(&mut info, wasm);
        let compiled_for = CompiledFor::of(&info);
        ModuleParts {
            info,
            data,
            compilation,
            compiled_for,
        }
    }

    /// Checks the invariants listed in the module documentation.
    pub fn check(&self) -> Result<(), &'static str> {
        check_data(&self.info, self.data.len())?;
        let c = &self.compilation;
        if c.functions.len() != self.info.num_defined_functions() as usize {
            return Err("the number of compiled functions does not match the module");
        }
        if c.host_to_wasm.len() != self.info.types.len() {
            return Err("the number of host-to-wasm trampolines does not match the module's types");
        }
        let have: BTreeSet<u32> = c.wasm_to_host.iter().map(|(t, _)| *t).collect();
        if imported_types(&self.info).any(|t| !have.contains(&t)) {
            return Err("a wasm-to-host trampoline for an imported function's type is missing");
        }
        if have.iter().any(|t| *t as usize >= self.info.types.len()) {
            return Err("a wasm-to-host trampoline names an unknown type");
        }
        Ok(())
    }
}

/// The type indices of the module's imported functions, sorted, each once.
pub fn imported_types(info: &ModuleInfo) -> impl Iterator<Item = u32> {
    info.imports
        .iter()
        .filter_map(|i| match i.kind {
            ImportKind::Func(t) => Some(t),
            _ => None,
        })
        .collect::<BTreeSet<u32>>()
        .into_iter()
}

/// Copies the data segments' bytes out of `wasm` and makes `info`'s
/// ranges index the copy. Ranges outside `wasm` become empty (the front
/// end never produces them).
pub fn compact_data(info: &mut ModuleInfo, wasm: &[u8]) -> Vec<u8> {
    let mut data = Vec::new();
    for seg in &mut info.data {
        let bytes = wasm.get(seg.range.clone()).unwrap_or_default();
        let start = data.len();
        data.extend_from_slice(bytes);
        seg.range = start..data.len();
    }
    for (_, range) in &mut info.debug_sections {
        let bytes = wasm.get(range.clone()).unwrap_or_default();
        let start = data.len();
        data.extend_from_slice(bytes);
        *range = start..data.len();
    }
    data
}

/// Every data segment's range lies within `len` bytes.
pub fn check_data(info: &ModuleInfo, len: usize) -> Result<(), &'static str> {
    if info
        .data
        .iter()
        .all(|d| d.range.start <= d.range.end && d.range.end <= len)
    {
    } else {
        return Err("a data segment lies outside the data bytes");
    }
    if info
        .debug_sections
        .iter()
        .all(|(_, r)| r.start <= r.end && r.end <= len)
    {
        Ok(())
    } else {
        Err("a debug section lies outside the data bytes")
    }
}
