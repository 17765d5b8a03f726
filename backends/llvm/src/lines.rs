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
//! location LLVM keeps for it), which is where a trap in it happened.
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
use trident_types::NO_OPERATOR;

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

/// `DW_LNE_set_address` operands resolved through the object's relocations
/// to `(section index << 32) | offset in that section`.
#[derive(Debug)]
struct SectionAddresses(HashMap<usize, u64>);

impl gimli::Relocate for &SectionAddresses {
    fn relocate_address(&self, offset: usize, value: u64) -> gimli::Result<u64> {
        Ok(self.0.get(&offset).copied().unwrap_or(value))
    }

    fn relocate_offset(&self, _offset: usize, value: usize) -> gimli::Result<usize> {
        Ok(value)
    }
}

/// The address map of every function section of `object` (an ELF
/// relocatable object with a `.debug_line` program), by section index.
pub(crate) fn address_maps(object: &[u8]) -> Result<HashMap<usize, Vec<(u32, u32)>>> {
    let file = object::File::parse(object)
        .map_err(|e| codegen(format!("LLVM object for address maps: {e}")))?;
    let Some(section) = file.section_by_name(".debug_line") else {
        return Ok(HashMap::new());
    };
    let data = section
        .uncompressed_data()
        .map_err(|e| codegen(format!("LLVM .debug_line: {e}")))?;
    let mut resolved = HashMap::new();
    for (offset, r) in section.relocations() {
        let (target_section, base) = match r.target() {
            RelocationTarget::Symbol(s) => {
                let sym = file
                    .symbol_by_index(s)
                    .map_err(|e| codegen(format!("LLVM .debug_line relocation: {e}")))?;
                match sym.section_index() {
                    Some(i) => (i.0, sym.address()),
                    None => continue,
                }
            }
            RelocationTarget::Section(i) => (i.0, 0),
            _ => continue,
        };
        let within = base.wrapping_add_signed(r.addend());
        resolved.insert(offset as usize, ((target_section as u64) << 32) | within);
    }
    let addresses = SectionAddresses(resolved);
    let reader = gimli::EndianSlice::new(&data, gimli::LittleEndian);
    let debug_line = gimli::DebugLine::from(gimli::RelocateReader::new(reader, &addresses));
    let bad = |e: gimli::Error| codegen(format!("LLVM .debug_line: {e}"));
    let program = debug_line
        .program(gimli::DebugLineOffset(0), 8, None, None)
        .map_err(bad)?;
    let mut rows = program.rows();
    let mut maps: HashMap<usize, Vec<(u32, u32)>> = HashMap::new();
    while let Some((_, row)) = rows.next_row().map_err(bad)? {
        if row.end_sequence() {
            continue;
        }
        let section = (row.address() >> 32) as usize;
        let Ok(code) = u32::try_from(row.address() & 0xffff_ffff) else {
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
