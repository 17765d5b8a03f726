//! Source lines for wasm frames, from the module's own DWARF (the
//! `.debug_*` custom sections that `clang -g` and rustc emit).
//!
//! Addresses in wasm DWARF are offsets from the start of the code
//! section's contents, so a frame's module offset (from the back end's
//! address map) minus that start is the address to look up. The lookup
//! (addr2line) gives the innermost source location first, then, for code
//! the producer inlined, each caller it was inlined into.
//!
//! The DWARF is parsed only when a backtrace asks for it, once per module
//! (the context is kept behind a mutex for later traps): loading and
//! running a module never pays for it. Malformed DWARF gives no source
//! lines, never an error (custom sections are not validated).

use gimli::{EndianArcSlice, LittleEndian, SectionId};
use std::sync::{Arc, Mutex};

type Reader = EndianArcSlice<LittleEndian>;

/// One source location of a frame: where the code is, in which function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLine {
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

impl std::fmt::Display for SourceLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(func) = &self.function {
            write!(f, "{func} ")?;
        }
        write!(f, "at {}", self.file.as_deref().unwrap_or("<unknown file>"))?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        Ok(())
    }
}

/// A module's DWARF sections and where its code section starts.
pub struct ModuleDwarf {
    sections: Vec<(String, Arc<[u8]>)>,
    code_start: u64,
    context: Mutex<Option<Option<addr2line::Context<Reader>>>>,
}

impl std::fmt::Debug for ModuleDwarf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModuleDwarf")
            .field("sections", &self.sections.len())
            .field("code_start", &self.code_start)
            .finish()
    }
}

impl ModuleDwarf {
    /// `sections` are `(name, bytes)` of the module's `.debug_*` custom
    /// sections; `code_start` is the module offset of the code section's
    /// contents. `None` when there is no `.debug_info`.
    pub fn new(sections: Vec<(String, Vec<u8>)>, code_start: u64) -> Option<ModuleDwarf> {
        if !sections.iter().any(|(n, _)| n == ".debug_info") {
            return None;
        }
        Some(ModuleDwarf {
            sections: sections
                .into_iter()
                .map(|(n, b)| (n, Arc::from(b)))
                .collect(),
            code_start,
            context: Mutex::new(None),
        })
    }

    fn load(&self) -> Option<addr2line::Context<Reader>> {
        let empty: Arc<[u8]> = Arc::from(Vec::new());
        let dwarf = gimli::Dwarf::load(|id: SectionId| -> Result<Reader, gimli::Error> {
            let bytes = self
                .sections
                .iter()
                .find(|(n, _)| n == id.name())
                .map_or_else(|| empty.clone(), |(_, b)| b.clone());
            Ok(EndianArcSlice::new(bytes, LittleEndian))
        })
        .ok()?;
        addr2line::Context::from_dwarf(dwarf).ok()
    }

    /// The source locations of the code at module offset `wasm_offset`,
    /// innermost first (inlined callees before the function they were
    /// inlined into); empty when the DWARF does not cover it.
    pub fn lines(&self, wasm_offset: u32) -> Vec<SourceLine> {
        let Some(address) = u64::from(wasm_offset).checked_sub(self.code_start) else {
            return Vec::new();
        };
        let mut cached = self.context.lock().unwrap_or_else(|e| e.into_inner());
        let context = cached.get_or_insert_with(|| self.load());
        let Some(context) = context.as_ref() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let Ok(mut frames) = context.find_frames(address).skip_all_loads() else {
            return out;
        };
        while let Ok(Some(frame)) = frames.next() {
            let function = frame
                .function
                .as_ref()
                .and_then(|f| f.demangle().ok().map(|n| n.into_owned()));
            let (file, line, column) = match frame.location {
                Some(l) => (l.file.map(str::to_string), l.line, l.column),
                None => (None, None, None),
            };
            out.push(SourceLine {
                function,
                file,
                line,
                column,
            });
        }
        out
    }
}
