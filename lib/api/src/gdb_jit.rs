//! Telling debuggers about JIT code (`Config::debug_info`): GDB's JIT
//! interface, which LLDB also reads (`settings set
//! plugin.jit-loader.gdb.enable on`).
//!
//! The interface is two symbols the debugger looks up by name in the
//! process: a descriptor holding a doubly linked list of in-memory object
//! files, and a function it sets a breakpoint on. To add code we link an
//! entry and call the function with `JIT_REGISTER_FN`; the debugger stops
//! there, reads the object file out of our memory and loads its symbols;
//! to remove it, the same with `JIT_UNREGISTER_FN`.
//!
//! Each loaded module gets one object file: an ELF relocatable object
//! whose `.text` holds a copy of the module's code and whose section
//! address is patched to where the code really is, with one function
//! symbol per wasm function (named as for profiling, `wasm[MODULE]::NAME`).
//! With the symbols, `bt` names wasm frames: every back end keeps frame
//! pointers (`push rbp; mov rbp, rsp` / `stp x29, x30`), which the
//! debugger's prologue analysis follows.
//!
//! When the module has DWARF, the object also gets a compile unit with a
//! line table for the machine code ([`FunctionLines`]): each run of code
//! that the back end's address map attributes to a wasm operator gets the
//! source line the module's DWARF gives that operator, so the debugger
//! can break on a source line and step. The table's addresses are
//! absolute (the code's real ones) and carry no relocations, like the
//! symbols: a debugger places a relocatable object's sections where their
//! headers say and reads the addresses as they are.
//!
//! Invariants: registration never changes code or behaviour; the list is
//! changed only under [`LIST`], and an entry's object file lives (boxed,
//! never moved) until its registration is dropped, which unlinks it
//! before the code it describes is freed (`RegisteredCode` drops the
//! registration first).

use object::write::{Object, StandardSection, Symbol, SymbolSection};
use object::{
    Architecture, BinaryFormat, Endianness, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};
use std::collections::HashMap;
use std::sync::Mutex;

use crate::profiling::CodeSymbol;

const JIT_NOACTION: u32 = 0;
const JIT_REGISTER_FN: u32 = 1;
const JIT_UNREGISTER_FN: u32 = 2;

/// `struct jit_code_entry` of GDB's interface.
#[repr(C)]
struct JitCodeEntry {
    next_entry: *mut JitCodeEntry,
    prev_entry: *mut JitCodeEntry,
    symfile_addr: *const u8,
    symfile_size: u64,
}

/// `struct jit_descriptor` of GDB's interface.
#[repr(C)]
pub struct JitDescriptor {
    version: u32,
    action_flag: u32,
    relevant_entry: *mut JitCodeEntry,
    first_entry: *mut JitCodeEntry,
}

/// The descriptor the debugger reads (by this exact name).
#[no_mangle]
#[used]
pub static mut __jit_debug_descriptor: JitDescriptor = JitDescriptor {
    version: 1,
    action_flag: JIT_NOACTION,
    relevant_entry: std::ptr::null_mut(),
    first_entry: std::ptr::null_mut(),
};

/// The function the debugger breaks on (by this exact name); it must not
/// be inlined or folded away, hence the opaque body.
#[no_mangle]
#[inline(never)]
pub extern "C" fn __jit_debug_register_code() {
    std::hint::black_box(());
}

/// Serializes every change to the list and the descriptor.
static LIST: Mutex<()> = Mutex::new(());

/// One module's code, registered until dropped.
pub(crate) struct GdbRegistration {
    entry: Box<JitCodeEntry>,
    /// The object file `entry` points into.
    _symfile: Box<[u8]>,
}

// SAFETY: the entry's pointers refer to the boxed object file this value
// owns and to list neighbours that are only touched under `LIST`.
unsafe impl Send for GdbRegistration {}
// SAFETY: shared references never touch the entry.
unsafe impl Sync for GdbRegistration {}

impl GdbRegistration {
    /// Registers the code at `code` (this process's memory, live for as
    /// long as the registration) with `symbols` (absolute addresses inside
    /// it). `None` when the object file cannot be made (then there is
    /// nothing to register; the error is not the program's problem).
    pub(crate) fn new(
        code: &[u8],
        symbols: &[CodeSymbol],
        lines: &[FunctionLines],
    ) -> Option<GdbRegistration> {
        let symfile = symbol_file(code, symbols, lines)?.into_boxed_slice();
        let mut entry = Box::new(JitCodeEntry {
            next_entry: std::ptr::null_mut(),
            prev_entry: std::ptr::null_mut(),
            symfile_addr: symfile.as_ptr(),
            symfile_size: symfile.len() as u64,
        });
        let _guard = LIST.lock().unwrap_or_else(|e| e.into_inner());
        let descriptor = std::ptr::addr_of_mut!(__jit_debug_descriptor);
        let entry_ptr: *mut JitCodeEntry = &mut *entry;
        // SAFETY: the descriptor and the entries in its list are only
        // changed under `LIST`, which we hold; every entry in the list is
        // a live boxed `JitCodeEntry` (unlinked before it is freed).
        unsafe {
            let first = (*descriptor).first_entry;
            (*entry_ptr).next_entry = first;
            if !first.is_null() {
                (*first).prev_entry = entry_ptr;
            }
            (*descriptor).first_entry = entry_ptr;
            (*descriptor).relevant_entry = entry_ptr;
            (*descriptor).action_flag = JIT_REGISTER_FN;
            __jit_debug_register_code();
            (*descriptor).action_flag = JIT_NOACTION;
        }
        Some(GdbRegistration {
            entry,
            _symfile: symfile,
        })
    }
}

impl Drop for GdbRegistration {
    fn drop(&mut self) {
        let _guard = LIST.lock().unwrap_or_else(|e| e.into_inner());
        let descriptor = std::ptr::addr_of_mut!(__jit_debug_descriptor);
        let entry: *mut JitCodeEntry = &mut *self.entry;
        // SAFETY: as in `new`: we hold `LIST`, and `entry` and its
        // neighbours are live entries of the list.
        unsafe {
            let (prev, next) = ((*entry).prev_entry, (*entry).next_entry);
            if prev.is_null() {
                (*descriptor).first_entry = next;
            } else {
                (*prev).next_entry = next;
            }
            if !next.is_null() {
                (*next).prev_entry = prev;
            }
            (*descriptor).relevant_entry = entry;
            (*descriptor).action_flag = JIT_UNREGISTER_FN;
            __jit_debug_register_code();
            (*descriptor).action_flag = JIT_NOACTION;
            (*descriptor).relevant_entry = std::ptr::null_mut();
        }
    }
}

/// The host's ELF architecture, if the interface is supported on it.
fn architecture() -> Option<Architecture> {
    if cfg!(target_arch = "x86_64") {
        Some(Architecture::X86_64)
    } else if cfg!(target_arch = "aarch64") {
        Some(Architecture::Aarch64)
    } else {
        None
    }
}

/// One function's source lines, for the line table.
pub(crate) struct FunctionLines {
    pub name: String,
    /// The function's code, `[start, end)`, as absolute addresses.
    pub start: u64,
    pub end: u64,
    /// `(absolute address, file, line, column)` where a run of code with
    /// that source line starts, sorted by address.
    pub rows: Vec<(u64, String, u32, u32)>,
}

/// `.debug_info`, `.debug_abbrev`, `.debug_line` (and string sections)
/// of one compile unit covering `lines`' functions; `None` when there is
/// nothing to describe or the writer fails.
fn dwarf_sections(lines: &[FunctionLines]) -> Option<Vec<(&'static str, Vec<u8>)>> {
    use gimli::write::{
        Address, AttributeValue, DwarfUnit, EndianVec, FileId, LineProgram, LineString, Sections,
    };
    use gimli::{constants as dw, Encoding, Format, LineEncoding};
    let low = lines
        .iter()
        .filter(|f| !f.rows.is_empty())
        .map(|f| f.start)
        .min()?;
    let high = lines.iter().map(|f| f.end).max()?;
    let encoding = Encoding {
        format: Format::Dwarf32,
        version: 4,
        address_size: 8,
    };
    let mut dwarf = DwarfUnit::new(encoding);
    let name = LineString::String(b"wasm".to_vec());
    let mut program = LineProgram::new(
        encoding,
        LineEncoding::default(),
        LineString::String(b".".to_vec()),
        None,
        name,
        None,
    );
    let dir = program.default_directory();
    let mut files: HashMap<String, FileId> = HashMap::new();
    for f in lines.iter().filter(|f| !f.rows.is_empty()) {
        program.begin_sequence(Some(Address::Constant(f.start)));
        for (address, file, line, column) in &f.rows {
            if file.is_empty() || file.contains('\0') {
                continue;
            }
            let id = *files.entry(file.clone()).or_insert_with(|| {
                program.add_file(LineString::String(file.as_bytes().to_vec()), dir, None)
            });
            let row = program.row();
            row.address_offset = address.checked_sub(f.start)?;
            row.file = id;
            row.line = u64::from(*line);
            row.column = u64::from(*column);
            row.is_statement = true;
            program.generate_row();
        }
        program.end_sequence(f.end.checked_sub(f.start)?);
    }
    dwarf.unit.line_program = program;
    let root = dwarf.unit.root();
    let unit = dwarf.unit.get_mut(root);
    unit.set(dw::DW_AT_name, AttributeValue::String(b"wasm".to_vec()));
    unit.set(
        dw::DW_AT_language,
        AttributeValue::Language(dw::DW_LANG_C99),
    );
    unit.set(
        dw::DW_AT_low_pc,
        AttributeValue::Address(Address::Constant(low)),
    );
    unit.set(
        dw::DW_AT_high_pc,
        AttributeValue::Udata(high.checked_sub(low)?),
    );
    for f in lines {
        let id = dwarf.unit.add(root, dw::DW_TAG_subprogram);
        let sub = dwarf.unit.get_mut(id);
        sub.set(
            dw::DW_AT_name,
            AttributeValue::String(f.name.as_bytes().to_vec()),
        );
        sub.set(
            dw::DW_AT_low_pc,
            AttributeValue::Address(Address::Constant(f.start)),
        );
        sub.set(
            dw::DW_AT_high_pc,
            AttributeValue::Udata(f.end.checked_sub(f.start)?),
        );
    }
    let mut sections = Sections::new(EndianVec::new(gimli::LittleEndian));
    dwarf.write(&mut sections).ok()?;
    let mut out = Vec::new();
    sections
        .for_each(|id, w| -> Result<(), ()> {
            if !w.slice().is_empty() {
                out.push((id.name(), w.slice().to_vec()));
            }
            Ok(())
        })
        .ok()?;
    Some(out)
}

/// An ELF relocatable object: `.text` with a copy of `code`, at `code`'s
/// real address, a function symbol per entry of `symbols` and, when
/// `lines` has any, a line table (see the module header).
fn symbol_file(code: &[u8], symbols: &[CodeSymbol], lines: &[FunctionLines]) -> Option<Vec<u8>> {
    let base = code.as_ptr() as usize;
    let mut obj = Object::new(BinaryFormat::Elf, architecture()?, Endianness::Little);
    let text = obj.section_id(StandardSection::Text);
    let start = obj.append_section_data(text, code, 16);
    for s in symbols {
        let offset = s.address.checked_sub(base)?;
        obj.add_symbol(Symbol {
            name: s.name.as_bytes().to_vec(),
            value: start + offset as u64,
            size: s.size as u64,
            kind: SymbolKind::Text,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Section(text),
            flags: SymbolFlags::None,
        });
    }
    for (name, data) in dwarf_sections(lines).unwrap_or_default() {
        let id = obj.add_section(Vec::new(), name.as_bytes().to_vec(), SectionKind::Debug);
        obj.set_section_data(id, data, 1);
    }
    let mut bytes = obj.write().ok()?;
    set_text_address(&mut bytes, base as u64)?;
    Some(bytes)
}

/// Patches `.text`'s `sh_addr` to `address`: a relocatable object's
/// sections start at 0, and the debugger places the section where its
/// header says.
fn set_text_address(elf: &mut [u8], address: u64) -> Option<()> {
    use object::elf::{FileHeader64, SectionHeader64};
    use object::read::elf::FileHeader;
    use object::LittleEndian as LE;
    let header = FileHeader64::<LE>::parse(&*elf).ok()?;
    let sections = header.sections(LE, &*elf).ok()?;
    let (index, _) = sections.section_by_name(LE, b".text")?;
    let shoff = header.e_shoff.get(LE) as usize;
    let entry = shoff + index.0 * std::mem::size_of::<SectionHeader64<LE>>();
    let sh_addr = entry + std::mem::offset_of!(SectionHeader64<LE>, sh_addr);
    elf.get_mut(sh_addr..sh_addr + 8)?
        .copy_from_slice(&address.to_le_bytes());
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::{Object as _, ObjectSection as _, ObjectSymbol as _};

    #[test]
    fn symbol_file_places_text_and_symbols_at_the_code() {
        let code = vec![0xc3u8; 64];
        let base = code.as_ptr() as usize;
        let symbols = [
            CodeSymbol {
                address: base,
                size: 16,
                name: "wasm[m]::first".into(),
            },
            CodeSymbol {
                address: base + 32,
                size: 32,
                name: "wasm[m]::second".into(),
            },
        ];
        let bytes = symbol_file(&code, &symbols, &[]).expect("an object file");
        let file = object::File::parse(&*bytes).expect("it parses");
        let text = file.section_by_name(".text").expect(".text");
        assert_eq!(text.address(), base as u64);
        assert_eq!(text.data().expect("contents"), &code[..]);
        let found: Vec<(String, u64, u64)> = file
            .symbols()
            .filter(|s| s.kind() == SymbolKind::Text)
            .map(|s| (s.name().unwrap_or("").to_string(), s.address(), s.size()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("wasm[m]::first".to_string(), 0, 16),
                ("wasm[m]::second".to_string(), 32, 32)
            ]
        );
    }

    #[test]
    fn registrations_link_and_unlink() {
        let code = vec![0xc3u8; 16];
        let symbols = [CodeSymbol {
            address: code.as_ptr() as usize,
            size: 16,
            name: "f".into(),
        }];
        let a = GdbRegistration::new(&code, &symbols, &[]).expect("registered");
        let b = GdbRegistration::new(&code, &symbols, &[]).expect("registered");
        let count = || {
            let _guard = LIST.lock().unwrap_or_else(|e| e.into_inner());
            let mut n = 0;
            // SAFETY: read under `LIST`; entries are live.
            unsafe {
                let mut e = (*std::ptr::addr_of!(__jit_debug_descriptor)).first_entry;
                while !e.is_null() {
                    n += 1;
                    e = (*e).next_entry;
                }
            }
            n
        };
        let before = count();
        drop(a);
        assert_eq!(count(), before - 1);
        drop(b);
        assert_eq!(count(), before - 2);
    }
}
