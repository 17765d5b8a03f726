//! From the relocatable object LLVM emitted for a batch to one
//! [`CompiledFunction`] per batch item.
//!
//! Every function of a batch sits in its own section (each is in its own
//! COMDAT, which also gives each jump table its own `.rodata.<name>`).
//! A function's body is its text section followed by private copies of
//! everything that text references, transitively:
//!
//! * read-only data: jump tables (whole sections) and constant-pool
//!   entries (from `SHF_MERGE` sections such as `.rodata.cst8`, which the
//!   batch's functions share: only the referenced entries, `sh_entsize`
//!   bytes at each referenced local symbol, are copied, or the whole
//!   section when it is referenced through its section symbol);
//! * helper code: the stack-probe helper (`probestack.rs`).
//!
//! References into the body are resolved here (PC-relative, so the body
//! can be placed anywhere: x86-64 `PC32`; AArch64 `ADR_PREL_LO21` and
//! `LD_PREL_LO19` from code, which the tiny code model guarantees, and
//! `PREL32` from data); the only relocations left are calls to other
//! wasm functions, as `RelocationKind::X86PcRel4` (x86-64) or
//! `RelocationKind::Arm64Call` (AArch64 `CALL26`/`JUMP26`) to
//! `RelocationTarget::Function(index)`. Any other relocation type, or a
//! reference to a symbol that is neither in the object nor a wasm
//! function (a libcall such as `memcpy` or `fmod`), is a
//! `CompileError::Codegen` naming it, never silently dropped.
//!
//! The code parts of the body (not its data) are then scanned for trap
//! sites (`disasm.rs`).

use crate::disasm::Disassembler;
use crate::error::{codegen, Result};
use object::elf::{
    Machine, RelocationType, EM_AARCH64, EM_X86_64, R_AARCH64_ADR_PREL_LO21, R_AARCH64_CALL26,
    R_AARCH64_JUMP26, R_AARCH64_LD_PREL_LO19, R_AARCH64_PREL32, R_X86_64_PC32, R_X86_64_PLT32,
    SHF_EXECINSTR, SHF_MERGE,
};
use object::read::elf::FileHeader;
use object::read::elf::{ElfFile64, ElfSection64, SectionHeader};
use object::{
    LittleEndian, Object, ObjectSection, ObjectSymbol, RelocationFlags,
    RelocationTarget as ObjTarget, SectionIndex, SymbolKind,
};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use trident_types::{CompiledFunction, Relocation, RelocationKind, RelocationTarget};

/// A part of the object copied into a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    /// A whole section (by index).
    Section(usize),
    /// One entry of a mergeable constant section: (section, offset, size).
    Entry(usize, u64, u64),
}

/// One body under construction.
struct Body {
    bytes: Vec<u8>,
    alignment: u64,
    placed: BTreeMap<Piece, usize>,
    queue: Vec<Piece>,
    code: Vec<Range<usize>>,
    relocations: Vec<Relocation>,
}

type Elf<'d> = ElfFile64<'d, LittleEndian>;

fn section<'d, 'f>(
    elf: &'f Elf<'d>,
    index: SectionIndex,
) -> Result<ElfSection64<'d, 'f, LittleEndian>> {
    elf.section_by_index(index)
        .map_err(|e| codegen(format!("emitted object: {e}")))
}

impl Body {
    /// Copies `piece` into the body (once) and returns where it starts.
    fn place(&mut self, elf: &Elf<'_>, piece: Piece) -> Result<usize> {
        if let Some(at) = self.placed.get(&piece) {
            return Ok(*at);
        }
        let (index, range) = match piece {
            Piece::Section(i) => (SectionIndex(i), None),
            Piece::Entry(i, off, size) => (SectionIndex(i), Some((off, size))),
        };
        let s = section(elf, index)?;
        let data = s
            .data()
            .map_err(|e| codegen(format!("emitted object: {e}")))?;
        let bytes = match range {
            None => data,
            Some((off, size)) => usize::try_from(off)
                .ok()
                .zip(usize::try_from(size).ok())
                .and_then(|(o, n)| data.get(o..o.checked_add(n)?))
                .ok_or_else(|| codegen("constant-pool entry outside its section"))?,
        };
        let align = s.align().max(1);
        self.alignment = self.alignment.max(align);
        let align = usize::try_from(align).map_err(|_| codegen("section alignment too large"))?;
        let at = self.bytes.len().div_ceil(align) * align;
        // Padding between code and data is never executed.
        self.bytes.resize(at, 0xcc);
        self.bytes.extend_from_slice(bytes);
        if range.is_none() {
            let flags = s.elf_section_header().sh_flags(LittleEndian);
            if flags.0 & SHF_EXECINSTR.0 != 0 {
                self.code.push(at..at + bytes.len());
            }
            self.queue.push(piece);
        }
        self.placed.insert(piece, at);
        Ok(at)
    }
}

/// How a relocation the splitter resolves itself patches the body; each
/// takes `value = S + A - P`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Patch {
    /// A 32-bit PC-relative word (x86-64 `PC32`/`PLT32`, AArch64 `PREL32`).
    Pc32,
    /// AArch64 `bl`/`b`: imm26 = value >> 2 (`CALL26`, `JUMP26`).
    Call26,
    /// AArch64 `adr`: immhi:immlo = value (`ADR_PREL_LO21`, ±1 MiB).
    AdrLo21,
    /// AArch64 `ldr` literal: imm19 = value >> 2 (`LD_PREL_LO19`).
    LdLo19,
}

impl Patch {
    fn of(machine: Machine, r_type: RelocationType) -> Option<Patch> {
        let is = |types: &[RelocationType]| types.contains(&r_type);
        if machine == EM_X86_64 {
            return is(&[R_X86_64_PC32, R_X86_64_PLT32]).then_some(Patch::Pc32);
        }
        if is(&[R_AARCH64_PREL32]) {
            Some(Patch::Pc32)
        } else if is(&[R_AARCH64_CALL26, R_AARCH64_JUMP26]) {
            Some(Patch::Call26)
        } else if is(&[R_AARCH64_ADR_PREL_LO21]) {
            Some(Patch::AdrLo21)
        } else if is(&[R_AARCH64_LD_PREL_LO19]) {
            Some(Patch::LdLo19)
        } else {
            None
        }
    }

    /// Writes `value` into the field at `bytes[place..]`.
    fn apply(self, bytes: &mut [u8], place: usize, value: i64) -> Result<()> {
        let slot = bytes
            .get_mut(place..place + 4)
            .ok_or_else(|| codegen("relocation outside its section"))?;
        let old = u32::from_le_bytes([slot[0], slot[1], slot[2], slot[3]]);
        let range = || codegen(format!("PC-relative reference out of range ({value:#x})"));
        let fits = |bits: u32| value >= -(1i64 << (bits - 1)) && value < (1i64 << (bits - 1));
        let word = match self {
            Patch::Pc32 => i32::try_from(value).map_err(|_| range())? as u32,
            Patch::Call26 => {
                if value % 4 != 0 || !fits(28) {
                    return Err(range());
                }
                (old & !0x03ff_ffff) | ((value >> 2) as u32 & 0x03ff_ffff)
            }
            Patch::AdrLo21 => {
                if !fits(21) {
                    return Err(range());
                }
                let v = value as u32;
                (old & !((0x3 << 29) | (0x7_ffff << 5)))
                    | ((v & 0x3) << 29)
                    | (((v >> 2) & 0x7_ffff) << 5)
            }
            Patch::LdLo19 => {
                if value % 4 != 0 || !fits(21) {
                    return Err(range());
                }
                (old & !(0x7_ffff << 5)) | ((((value >> 2) as u32) & 0x7_ffff) << 5)
            }
        };
        slot.copy_from_slice(&word.to_le_bytes());
        Ok(())
    }
}

/// The defined sections of the object's wasm functions, by section.
pub(crate) struct Splitter<'d> {
    elf: Elf<'d>,
    /// `e_machine` of the object.
    machine: Machine,
    symbols: HashMap<String, object::SymbolIndex>,
    /// Section → wasm function index, for the batch's wasm functions.
    function_sections: HashMap<SectionIndex, u32>,
    /// Each function section's address map and inlined calls (`lines.rs`).
    lines: crate::lines::SectionLines,
}

impl<'d> Splitter<'d> {
    /// Parses the object. `function_index` maps a symbol name to the wasm
    /// function it names, if any.
    pub fn new(bytes: &'d [u8], function_index: impl Fn(&str) -> Option<u32>) -> Result<Self> {
        let elf = Elf::parse(bytes).map_err(|e| codegen(format!("emitted object: {e}")))?;
        let mut symbols = HashMap::new();
        let mut function_sections = HashMap::new();
        for sym in elf.symbols() {
            if !sym.is_global() {
                continue;
            }
            let Ok(name) = sym.name() else { continue };
            if let (Some(index), Some(n)) = (sym.section_index(), function_index(name)) {
                function_sections.insert(index, n);
            }
            symbols.insert(name.to_string(), sym.index());
        }
        let machine = elf.elf_header().e_machine(LittleEndian);
        if machine != EM_X86_64 && machine != EM_AARCH64 {
            return Err(codegen(format!("emitted object for machine {machine:?}")));
        }
        let lines = crate::lines::read(bytes)?;
        Ok(Splitter {
            elf,
            machine,
            symbols,
            function_sections,
            lines,
        })
    }

    /// The body of the function defined as `name`, with `function_index`
    /// naming the wasm functions calls may refer to.
    pub fn function(
        &self,
        name: &str,
        disasm: &Disassembler,
        function_index: impl Fn(&str) -> Option<u32>,
    ) -> Result<CompiledFunction> {
        let elf = &self.elf;
        let sym = self
            .symbols
            .get(name)
            .and_then(|i| elf.symbol_by_index(*i).ok())
            .ok_or_else(|| codegen(format!("emitted object lacks symbol {name}")))?;
        let text = sym
            .section_index()
            .ok_or_else(|| codegen(format!("symbol {name} is not defined in a section")))?;
        if sym.address() != 0 {
            return Err(codegen(format!("{name} does not start its section")));
        }
        let mut body = Body {
            bytes: Vec::new(),
            alignment: 16,
            placed: BTreeMap::new(),
            queue: Vec::new(),
            code: Vec::new(),
            relocations: Vec::new(),
        };
        // The text section goes first: its offsets are body offsets, as
        // the address map needs.
        body.place(elf, Piece::Section(text.0))?;
        while let Some(piece) = body.queue.pop() {
            let Piece::Section(index) = piece else {
                continue;
            };
            let index = SectionIndex(index);
            let base = body.placed.get(&piece).copied().unwrap_or_default();
            let s = section(elf, index)?;
            for (r_offset, r) in s.relocations() {
                let place = base
                    + usize::try_from(r_offset)
                        .map_err(|_| codegen("relocation offset too large"))?;
                let r_type = match r.flags() {
                    RelocationFlags::Elf { r_type } => r_type,
                    other => return Err(codegen(format!("unexpected relocation {other:?}"))),
                };
                let kind = Patch::of(self.machine, r_type).ok_or_else(|| {
                    codegen(format!("unsupported relocation type {r_type:?} in {name}"))
                })?;
                let ObjTarget::Symbol(target) = r.target() else {
                    return Err(codegen(format!("relocation without a symbol in {name}")));
                };
                let target = elf
                    .symbol_by_index(target)
                    .map_err(|e| codegen(format!("emitted object: {e}")))?;
                let tname = target.name().unwrap_or_default();
                let addend = r.addend();
                let offset = u32::try_from(place).map_err(|_| codegen("function too large"))?;
                let target_section = target.section_index();
                let external = match target_section {
                    None => Some(function_index(tname).ok_or_else(|| {
                        codegen(format!(
                            "{name} refers to unknown symbol `{tname}` (a libcall?)"
                        ))
                    })?),
                    Some(ts) if ts != text => self.function_sections.get(&ts).copied(),
                    Some(_) => None,
                };
                if let Some(func) = external {
                    let addend = addend
                        .checked_add(i64::try_from(target.address()).unwrap_or(i64::MAX))
                        .ok_or_else(|| codegen("relocation addend overflow"))?;
                    let kind = match kind {
                        Patch::Pc32 if self.machine == EM_X86_64 => RelocationKind::X86PcRel4,
                        Patch::Call26 => RelocationKind::Arm64Call,
                        _ => {
                            return Err(codegen(format!(
                                "{name} refers to function `{tname}` other than by a call"
                            )))
                        }
                    };
                    body.relocations.push(Relocation {
                        offset,
                        kind,
                        target: RelocationTarget::Function(func),
                        addend,
                    });
                    continue;
                }
                let ts = target_section.ok_or_else(|| codegen("unresolved internal reference"))?;
                let ts_section = section(elf, ts)?;
                let header = ts_section.elf_section_header();
                let entsize = header.sh_entsize(LittleEndian);
                let mergeable = header.sh_flags(LittleEndian).0 & SHF_MERGE.0 != 0;
                let (piece, start) =
                    if mergeable && entsize > 0 && target.kind() != SymbolKind::Section {
                        (
                            Piece::Entry(ts.0, target.address(), entsize),
                            target.address(),
                        )
                    } else {
                        (Piece::Section(ts.0), 0)
                    };
                let at = body.place(elf, piece)?;
                let target_at = at as i64 + (target.address() as i64 - start as i64);
                let value = target_at + addend - place as i64;
                kind.apply(&mut body.bytes, place, value)?;
            }
        }
        let mut traps = Vec::new();
        for range in &body.code {
            disasm.scan(&body.bytes, range.clone(), &mut traps)?;
        }
        traps.sort_by_key(|t| (t.offset, t.code as u8));
        body.relocations.sort_by_key(|r| r.offset);
        let alignment = u32::try_from(body.alignment.min(4096)).unwrap_or(4096);
        Ok(CompiledFunction {
            entry: 0,
            body: body.bytes,
            relocations: body.relocations,
            traps,
            alignment,
            address_map: self
                .lines
                .address_maps
                .get(&text.0)
                .cloned()
                .unwrap_or_default(),
            inlined_calls: self
                .lines
                .inlined_calls
                .get(&text.0)
                .cloned()
                .unwrap_or_default(),
        })
    }
}
