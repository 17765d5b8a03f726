//! Writing a compiled module as an ELF relocatable object (`create-obj`,
//! `create-exe`).
//!
//! The object has:
//! * one `.text` section holding every defined function, then each type's
//!   host→wasm trampoline, then each imported type's wasm→host trampoline,
//!   each at its required alignment; a local symbol names each piece (a
//!   function as `ModuleInfo::function_symbol` says, `wasm[MODULE]::NAME`,
//!   which perf and debuggers show; `trident_h2w_T`, `trident_w2h_T`) and
//!   the global `trident_module_text` marks the start;
//! * calls between functions as relocations against those symbols, of the
//!   target's native PC-relative kind (`R_X86_64_PLT32`,
//!   `R_AARCH64_CALL26`), so the text needs no run-time relocation and
//!   links into a PIE with `-z text`;
//! * a `.rodata` section with the module's metadata ([`crate::linked`]) as
//!   the global `trident_module_metadata`, and its length as the 8-byte
//!   global `trident_module_metadata_len`;
//! * an empty `.note.GNU-stack`, so the program's stack stays
//!   non-executable.
//!
//! Nothing here depends on the host: the architecture comes from the
//! target triple, and the relocation kinds from the compilation.

use crate::linked::{write_metadata, LinkedLayout, LinkedModule};
use crate::parts::ModuleParts;
use object::write::{Object, Relocation, StandardSection, Symbol, SymbolSection};
use object::{
    elf, Architecture, BinaryFormat, Endianness, RelocationFlags, SectionKind, SymbolFlags,
    SymbolKind, SymbolScope,
};
use thiserror::Error;
use trident_types::{CompiledFunction, CompilerOptions, RelocationKind, RelocationTarget};

/// The symbol at the start of the module's code.
pub const TEXT_SYMBOL: &str = "trident_module_text";
/// The symbol of the module's metadata.
pub const METADATA_SYMBOL: &str = "trident_module_metadata";
/// The symbol of the metadata's length (a little-endian `u64`).
pub const METADATA_LEN_SYMBOL: &str = "trident_module_metadata_len";

#[derive(Debug, Error)]
pub enum ObjectError {
    #[error("object files for target `{0}` are not supported (x86_64 and aarch64 only)")]
    UnsupportedTarget(String),
    #[error("relocation kind {kind:?} does not belong to target {target}")]
    WrongRelocation {
        kind: RelocationKind,
        target: String,
    },
    #[error("a relocation in function {function} refers to function {target}, which the module does not define")]
    UnknownTarget { function: usize, target: u32 },
    #[error("the module's code is larger than 4 GiB")]
    TooLarge,
    #[error("cannot write the object file: {0}")]
    Write(String),
}

/// The architecture of `triple`, if objects can be written for it.
fn architecture(triple: &str) -> Result<Architecture, ObjectError> {
    match triple.split('-').next() {
        Some("x86_64") => Ok(Architecture::X86_64),
        Some("aarch64") => Ok(Architecture::Aarch64),
        _ => Err(ObjectError::UnsupportedTarget(triple.to_string())),
    }
}

fn align_to(n: usize, a: usize) -> usize {
    n.div_ceil(a) * a
}

/// Writes the object for `parts`, compiled for `target` by `backend` with
/// `options`; the code may use `cpu_features` (recorded in the metadata).
pub fn write_object(
    parts: &ModuleParts,
    backend: &str,
    options: &CompilerOptions,
    target: &str,
    cpu_features: &[String],
) -> Result<Vec<u8>, ObjectError> {
    let arch = architecture(target)?;
    let c = &parts.compilation;
    let info = &parts.info;

    // Every piece of code with its symbol name, in text order.
    let mut pieces: Vec<(String, &CompiledFunction)> = Vec::new();
    let num_imported = info.num_imported_functions;
    for (i, f) in c.functions.iter().enumerate() {
        pieces.push((info.function_symbol(num_imported + i as u32), f));
    }
    for (t, f) in c.host_to_wasm.iter().enumerate() {
        pieces.push((format!("trident_h2w_{t}"), f));
    }
    for (t, f) in &c.wasm_to_host {
        pieces.push((format!("trident_w2h_{t}"), f));
    }

    let mut text = Vec::new();
    let mut offsets = Vec::with_capacity(pieces.len());
    let mut max_align = 16usize;
    for (_, f) in &pieces {
        let align = f.alignment.clamp(1, 4096) as usize;
        max_align = max_align.max(align);
        text.resize(align_to(text.len(), align), 0);
        offsets.push(text.len());
        text.extend_from_slice(&f.body);
    }
    let text_len = u32::try_from(text.len()).map_err(|_| ObjectError::TooLarge)?;
    let off = |i: usize| offsets[i] as u32;

    let nf = c.functions.len();
    let nh = c.host_to_wasm.len();
    let mut traps = Vec::new();
    for (i, (_, f)) in pieces.iter().enumerate() {
        traps.extend(f.traps.iter().map(|t| (off(i) + t.offset, t.code)));
    }
    traps.sort_by_key(|t| t.0);
    let address_maps = c.functions.iter().map(|f| f.address_map.clone()).collect();
    let inlined_calls = c
        .functions
        .iter()
        .map(|f| f.inlined_calls.clone())
        .collect();
    let layout = LinkedLayout {
        text_len,
        functions: (0..nf)
            .map(|i| off(i)..off(i) + pieces[i].1.body.len() as u32)
            .collect(),
        host_to_wasm: (0..nh).map(|t| off(nf + t)).collect(),
        wasm_to_host: c
            .wasm_to_host
            .iter()
            .enumerate()
            .map(|(k, (t, _))| (*t, off(nf + nh + k)))
            .collect(),
        entries: c.functions.iter().map(|f| f.entry).collect(),
        traps,
        address_maps,
        inlined_calls,
    };
    let metadata = write_metadata(&LinkedModule {
        backend: backend.to_string(),
        options: options.clone(),
        cpu_features: cpu_features.to_vec(),
        info: info.clone(),
        data: parts.data.clone(),
        layout,
    });

    let mut obj = Object::new(BinaryFormat::Elf, arch, Endianness::Little);
    let text_section = obj.section_id(StandardSection::Text);
    let text_base = obj.append_section_data(text_section, &text, max_align as u64);
    let mut symbols = Vec::with_capacity(pieces.len());
    for (i, (name, f)) in pieces.iter().enumerate() {
        symbols.push(obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: text_base + off(i) as u64,
            size: f.body.len() as u64,
            kind: SymbolKind::Text,
            scope: SymbolScope::Compilation,
            weak: false,
            section: SymbolSection::Section(text_section),
            flags: SymbolFlags::None,
        }));
    }
    obj.add_symbol(Symbol {
        name: TEXT_SYMBOL.as_bytes().to_vec(),
        value: text_base,
        size: text.len() as u64,
        kind: SymbolKind::Text,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Section(text_section),
        flags: SymbolFlags::None,
    });

    for (i, (_, f)) in pieces.iter().enumerate() {
        for r in &f.relocations {
            let RelocationTarget::Function(callee) = r.target;
            let defined = callee
                .checked_sub(num_imported)
                .map(|d| d as usize)
                .filter(|d| *d < nf)
                .ok_or(ObjectError::UnknownTarget {
                    function: i,
                    target: callee,
                })?;
            let r_type = match (r.kind, arch) {
                (RelocationKind::X86PcRel4, Architecture::X86_64) => elf::R_X86_64_PLT32,
                (RelocationKind::Arm64Call, Architecture::Aarch64) => elf::R_AARCH64_CALL26,
                (kind, _) => {
                    return Err(ObjectError::WrongRelocation {
                        kind,
                        target: target.to_string(),
                    })
                }
            };
            obj.add_relocation(
                text_section,
                Relocation {
                    offset: text_base + off(i) as u64 + r.offset as u64,
                    symbol: symbols[defined],
                    addend: r.addend,
                    flags: RelocationFlags::Elf { r_type },
                },
            )
            .map_err(|e| ObjectError::Write(e.to_string()))?;
        }
    }

    let rodata = obj.section_id(StandardSection::ReadOnlyData);
    for (name, bytes) in [
        (METADATA_SYMBOL, metadata.as_slice()),
        (
            METADATA_LEN_SYMBOL,
            &(metadata.len() as u64).to_le_bytes()[..],
        ),
    ] {
        let sym = obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Data,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Undefined,
            flags: SymbolFlags::None,
        });
        obj.add_symbol_data(sym, rodata, bytes, 8);
    }
    obj.add_section(Vec::new(), b".note.GNU-stack".to_vec(), SectionKind::Other);
    obj.write().map_err(|e| ObjectError::Write(e.to_string()))
}

/// Whether the static library (`ar` archive) at `path` exports `symbol`,
/// according to its symbol table.
pub fn archive_exports(path: &std::path::Path, symbol: &str) -> Result<bool, String> {
    let data = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let archive = object::read::archive::ArchiveFile::parse(&*data)
        .map_err(|e| format!("{} is not an archive: {e}", path.display()))?;
    let Ok(Some(symbols)) = archive.symbols() else {
        return Ok(false);
    };
    for s in symbols {
        let s = s.map_err(|e| format!("{}: {e}", path.display()))?;
        if s.name() == symbol.as_bytes() {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::read::elf::{ElfFile64, FileHeader};
    use object::{Object as _, ObjectSection as _, ObjectSymbol as _};
    use trident_types::{Compilation, CompiledFunction, FuncType, ModuleInfo, Relocation};

    fn parts(kind: RelocationKind) -> ModuleParts {
        let caller = CompiledFunction {
            body: vec![0x90; 12],
            relocations: vec![Relocation {
                offset: 4,
                kind,
                target: RelocationTarget::Function(1),
                addend: -4,
            }],
            traps: Vec::new(),
            alignment: 16,
            address_map: Vec::new(),
            inlined_calls: Vec::new(),
            entry: 0,
        };
        let callee = CompiledFunction {
            body: vec![0xc3; 4],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        ModuleParts::new(
            ModuleInfo {
                types: vec![FuncType::default()],
                functions: vec![0, 0],
                ..Default::default()
            },
            &[],
            Compilation {
                functions: vec![caller, callee],
                host_to_wasm: vec![CompiledFunction {
                    body: vec![0xc3],
                    alignment: 16,
                    address_map: Vec::new(),
                    ..Default::default()
                }],
                wasm_to_host: Vec::new(),
            },
        )
    }

    fn check(triple: &str, kind: RelocationKind, r_type: elf::RelocationType) {
        let features = vec!["sse4.1".to_string()];
        let obj = write_object(
            &parts(kind),
            "test",
            &CompilerOptions::default(),
            triple,
            &features,
        )
        .expect("object");
        let file = ElfFile64::<object::Endianness>::parse(&*obj).expect("ELF");
        let endian = file.endian();
        assert_eq!(file.elf_header().e_type(endian), elf::ET_REL);
        let text = file.section_by_name(".text").expect(".text");
        let relocs: Vec<_> = text.relocations().collect();
        assert_eq!(relocs.len(), 1);
        let (offset, r) = &relocs[0];
        assert_eq!(*offset, 4);
        assert_eq!(r.addend(), -4);
        assert_eq!(r.flags(), RelocationFlags::Elf { r_type });
        let names: Vec<String> = file
            .symbols()
            .filter_map(|s| s.name().ok().map(str::to_string))
            .collect();
        for n in [
            TEXT_SYMBOL,
            METADATA_SYMBOL,
            METADATA_LEN_SYMBOL,
            "wasm[module]::function[1]",
            "trident_h2w_0",
        ] {
            assert!(names.iter().any(|x| x == n), "{triple}: no symbol {n}");
        }
        let meta = file
            .symbols()
            .find(|s| s.name() == Ok(METADATA_SYMBOL))
            .expect("metadata symbol");
        let rodata = file.section_by_name(".rodata").expect(".rodata");
        let data = rodata.data().expect("data");
        let start = meta.address() as usize;
        let m = crate::read_metadata(&data[start..start + meta.size() as usize]).expect("metadata");
        assert_eq!(m.layout.functions, vec![0..12, 16..20]);
        assert_eq!(m.layout.host_to_wasm, vec![32]);
        assert_eq!(m.cpu_features, features);
    }

    #[test]
    fn native_call_relocations_per_target() {
        check(
            "x86_64-unknown-linux-gnu",
            RelocationKind::X86PcRel4,
            elf::R_X86_64_PLT32,
        );
        check(
            "aarch64-unknown-linux-gnu",
            RelocationKind::Arm64Call,
            elf::R_AARCH64_CALL26,
        );
    }

    #[test]
    fn foreign_relocations_and_targets_are_errors() {
        assert!(matches!(
            write_object(
                &parts(RelocationKind::Arm64Call),
                "test",
                &CompilerOptions::default(),
                "x86_64-unknown-linux-gnu",
                &[]
            ),
            Err(ObjectError::WrongRelocation { .. })
        ));
        assert!(matches!(
            write_object(
                &parts(RelocationKind::X86PcRel4),
                "test",
                &CompilerOptions::default(),
                "riscv64gc-unknown-linux-gnu",
                &[]
            ),
            Err(ObjectError::UnsupportedTarget(_))
        ));
    }
}
