//! Address maps for LLVM code: which wasm operator each run of machine
//! code belongs to (`CompiledFunction::address_map`).
//!
//! LLVM keeps source locations only as debug information, so the batch's
//! module gets a line-tables-only compile unit, each wasm function a
//! `DISubprogram`, and every instruction a `DILocation` whose *line* is
//! the module offset of the operator it was translated from (set before
//! each operator, `FuncEmitter::source_location`; the prologue gets the
//! body's offset). Code generation writes the `.debug_line` program into
//! the object, and [`address_maps`] reads it back with gimli: the object
//! is relocatable, so each sequence's `DW_LNE_set_address` is a
//! relocation against the function's section, which the reader resolves
//! to (section, offset) — the section is the function's body, whose code
//! starts at body offset 0 (see `object.rs`).
//!
//! Inlined code carries the inlined callee's operator offsets (the
//! location LLVM keeps for it), which is where a trap in it happened; the
//! calls it was inlined through come from `.debug_info`, whose
//! `DW_TAG_inlined_subroutine` entries carry the code ranges and, as
//! `DW_AT_call_line`, the module offset of each `call`
//! (`CompiledFunction::inlined_calls`).
//! Line 0 (code LLVM made up, e.g. the frame setup or code merged from
//! several places) maps to `NO_OPERATOR`.
//!
//! Debug locations leave the code as it was on x86-64 (every
//! `tests/disas` listing identical); on AArch64 LLVM keeps the frame
//! setup together when a function has debug information (`mov x29, sp`
//! now comes before the stack-limit load instead of after it), the only
//! difference in those listings.

use crate::error::{codegen, Result};
use inkwell::context::Context;
use inkwell::debug_info::{
    AsDIScope, DICompileUnit, DIFile, DIFlags, DIFlagsConstants, DILocation, DISubprogram,
    DWARFEmissionKind, DWARFSourceLanguage, DebugInfoBuilder,
};
use inkwell::module::{FlagBehavior, Module};
use inkwell::values::FunctionValue;
use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget};
use std::collections::HashMap;
use trident_types::{InlinedCall, NO_OPERATOR};

/// The debug-information builder of one batch's module.
pub(crate) struct Lines<'ctx> {
    builder: DebugInfoBuilder<'ctx>,
    unit: DICompileUnit<'ctx>,
    file: DIFile<'ctx>,
}

impl<'ctx> Lines<'ctx> {
    /// Adds a line-tables-only compile unit to `module`.
    pub(crate) fn new(context: &'ctx Context, module: &Module<'ctx>) -> Lines<'ctx> {
        let version = context.i32_type().const_int(3, false);
        module.add_basic_value_flag("Debug Info Version", FlagBehavior::Warning, version);
        let dwarf = context.i32_type().const_int(4, false);
        module.add_basic_value_flag("Dwarf Version", FlagBehavior::Warning, dwarf);
        let (builder, unit) = module.create_debug_info_builder(
            true,
            DWARFSourceLanguage::C,
            "module.wasm",
            ".",
            "trident",
            true,
            "",
            0,
            "",
            DWARFEmissionKind::LineTablesOnly,
            0,
            false,
            false,
            "",
            "",
        );
        let file = unit.get_file();
        Lines {
            builder,
            unit,
            file,
        }
    }

    /// Gives `func` (named `name`) a subprogram: its instructions can then
    /// carry locations.
    pub(crate) fn subprogram(&self, func: FunctionValue<'ctx>, name: &str) -> DISubprogram<'ctx> {
        let ty = self
            .builder
            .create_subroutine_type(self.file, None, &[], DIFlags::ZERO);
        let sp = self.builder.create_function(
            self.unit.as_debug_info_scope(),
            name,
            None,
            self.file,
            0,
            ty,
            true,
            true,
            0,
            DIFlags::ZERO,
            true,
        );
        func.set_subprogram(sp);
        sp
    }

    /// The location of the operator at module offset `offset` in `sp`.
    pub(crate) fn location(
        &self,
        context: &'ctx Context,
        sp: DISubprogram<'ctx>,
        offset: u32,
    ) -> DILocation<'ctx> {
        self.builder
            .create_debug_location(context, offset, 0, sp.as_debug_info_scope(), None)
    }

    /// Resolves the module's debug information (before code generation).
    pub(crate) fn finalize(&self) {
        self.builder.finalize();
    }
}

/// The relocations of a debug section, by the offset they patch: the
/// target section's index and the offset within it. An address resolves
/// to `(section index << 32) | offset`; a section offset (a
/// `DW_FORM_sec_offset` such as `DW_AT_ranges`, which a relocatable object
/// leaves 0 with a relocation against the debug section) to the offset.
#[derive(Debug, Default)]
struct SectionAddresses(HashMap<usize, (u64, u64)>);

impl gimli::Relocate for &SectionAddresses {
    fn relocate_address(&self, offset: usize, value: u64) -> gimli::Result<u64> {
        Ok(match self.0.get(&offset) {
            Some((section, within)) => (section << 32) | within,
            None => value,
        })
    }

    fn relocate_offset(&self, offset: usize, value: usize) -> gimli::Result<usize> {
        Ok(match self.0.get(&offset) {
            Some((_, within)) => usize::try_from(*within).unwrap_or(value),
            None => value,
        })
    }
}

/// What the object's debug information says about each function section
/// (by section index).
#[derive(Debug, Default)]
pub(crate) struct SectionLines {
    pub(crate) address_maps: HashMap<usize, Vec<(u32, u32)>>,
    pub(crate) inlined_calls: HashMap<usize, Vec<InlinedCall>>,
}

/// A debug section's bytes and relocations.
struct DebugSection {
    data: Vec<u8>,
    addresses: SectionAddresses,
}

impl DebugSection {
    fn load(file: &object::File<'_>, name: &str) -> Result<DebugSection> {
        let Some(section) = file.section_by_name(name) else {
            return Ok(DebugSection {
                data: Vec::new(),
                addresses: SectionAddresses::default(),
            });
        };
        let data = section
            .uncompressed_data()
            .map_err(|e| codegen(format!("LLVM {name}: {e}")))?
            .into_owned();
        let mut resolved = HashMap::new();
        for (offset, r) in section.relocations() {
            let (target_section, base) = match r.target() {
                RelocationTarget::Symbol(s) => {
                    let sym = file
                        .symbol_by_index(s)
                        .map_err(|e| codegen(format!("LLVM {name} relocation: {e}")))?;
                    match sym.section_index() {
                        Some(i) => (i.0, sym.address()),
                        None => continue,
                    }
                }
                RelocationTarget::Section(i) => (i.0, 0),
                _ => continue,
            };
            let within = base.wrapping_add_signed(r.addend());
            resolved.insert(offset as usize, (target_section as u64, within));
        }
        Ok(DebugSection {
            data,
            addresses: SectionAddresses(resolved),
        })
    }

    fn reader(&self) -> Reader<'_> {
        let slice = gimli::EndianSlice::new(&self.data, gimli::LittleEndian);
        gimli::RelocateReader::new(slice, &self.addresses)
    }
}

type Reader<'a> =
    gimli::RelocateReader<gimli::EndianSlice<'a, gimli::LittleEndian>, &'a SectionAddresses>;

/// Splits a relocated address into (section index, offset).
fn split(address: u64) -> Option<(usize, u32)> {
    Some((
        (address >> 32) as usize,
        u32::try_from(address & 0xffff_ffff).ok()?,
    ))
}

/// The address maps and inlined calls of every function section of
/// `object` (an ELF relocatable object with LLVM's debug information).
pub(crate) fn read(object: &[u8]) -> Result<SectionLines> {
    let file = object::File::parse(object)
        .map_err(|e| codegen(format!("LLVM object for address maps: {e}")))?;
    let mut sections = HashMap::new();
    for id in [
        gimli::SectionId::DebugAbbrev,
        gimli::SectionId::DebugInfo,
        gimli::SectionId::DebugLine,
        gimli::SectionId::DebugRanges,
        gimli::SectionId::DebugRngLists,
        gimli::SectionId::DebugStr,
        gimli::SectionId::DebugAddr,
    ] {
        sections.insert(id, DebugSection::load(&file, id.name())?);
    }
    let empty = DebugSection {
        data: Vec::new(),
        addresses: SectionAddresses::default(),
    };
    let dwarf = gimli::Dwarf::load(|id| -> std::result::Result<Reader<'_>, gimli::Error> {
        Ok(sections.get(&id).unwrap_or(&empty).reader())
    })
    .map_err(|e| codegen(format!("LLVM debug information: {e}")))?;
    let has_lines = sections
        .get(&gimli::SectionId::DebugLine)
        .is_some_and(|s| !s.data.is_empty());
    let mut lines = SectionLines {
        address_maps: if has_lines {
            address_maps(&dwarf)?
        } else {
            HashMap::new()
        },
        inlined_calls: HashMap::new(),
    };
    inlined_calls(&dwarf, &mut lines.inlined_calls)
        .map_err(|e| codegen(format!("LLVM .debug_info: {e}")))?;
    Ok(lines)
}

/// Each function section's address map, from the `.debug_line` program.
fn address_maps(dwarf: &gimli::Dwarf<Reader<'_>>) -> Result<HashMap<usize, Vec<(u32, u32)>>> {
    let bad = |e: gimli::Error| codegen(format!("LLVM .debug_line: {e}"));
    let mut maps: HashMap<usize, Vec<(u32, u32)>> = HashMap::new();
    let program = dwarf
        .debug_line
        .program(gimli::DebugLineOffset(0), 8, None, None)
        .map_err(bad)?;
    let mut rows = program.rows();
    while let Some((_, row)) = rows.next_row().map_err(bad)? {
        if row.end_sequence() {
            continue;
        }
        let Some((section, code)) = split(row.address()) else {
            continue;
        };
        let wasm = row
            .line()
            .and_then(|l| u32::try_from(l.get()).ok())
            .unwrap_or(NO_OPERATOR);
        let map = maps.entry(section).or_default();
        match map.last_mut() {
            Some(last) if last.0 == code => last.1 = wasm,
            Some(last) if last.1 == wasm => {}
            Some(last) if last.0 > code => {
                return Err(codegen(format!(
                    "LLVM .debug_line: rows out of order in section {section}"
                )))
            }
            _ => map.push((code, wasm)),
        }
    }
    Ok(maps)
}

/// Each function section's inlined calls, from the
/// `DW_TAG_inlined_subroutine` entries: their code ranges, their nesting
/// depth below the function's `DW_TAG_subprogram`, and their
/// `DW_AT_call_line` — the module offset of the `call` operator, since
/// every location's line is one (see the module documentation).
fn inlined_calls(
    dwarf: &gimli::Dwarf<Reader<'_>>,
    out: &mut HashMap<usize, Vec<InlinedCall>>,
) -> gimli::Result<()> {
    let mut units = dwarf.units();
    while let Some(header) = units.next()? {
        let unit = dwarf.unit(header)?;
        let mut entries = unit.entries();
        // The depth of the enclosing subprogram, while inside one.
        let mut subprogram_depth: Option<isize> = None;
        while let Some(entry) = entries.next_dfs()? {
            let depth = entry.depth();
            if subprogram_depth.is_some_and(|d| depth <= d) {
                subprogram_depth = None;
            }
            match entry.tag() {
                gimli::DW_TAG_subprogram => subprogram_depth = Some(depth),
                gimli::DW_TAG_inlined_subroutine => {
                    let Some(base) = subprogram_depth else {
                        continue;
                    };
                    let Some(call) = entry
                        .attr_value(gimli::DW_AT_call_line)
                        .and_then(|v| v.udata_value())
                        .and_then(|v| u32::try_from(v).ok())
                    else {
                        continue;
                    };
                    let Ok(inline_depth) = u32::try_from(depth - base) else {
                        continue;
                    };
                    let mut ranges = dwarf.die_ranges(&unit, entry)?;
                    while let Some(r) = ranges.next()? {
                        let (Some((section, start)), Some((end_section, end))) =
                            (split(r.begin), split(r.end))
                        else {
                            continue;
                        };
                        if section != end_section || end <= start {
                            continue;
                        }
                        out.entry(section).or_default().push(InlinedCall {
                            start,
                            end,
                            depth: inline_depth,
                            call,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}
