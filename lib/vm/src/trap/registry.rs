//! The process-wide registry of loaded wasm code and its trap tables.
//!
//! The signal handler asks it two questions: is this program counter in
//! wasm code, and if so, which trap does the instruction there raise? It
//! takes a read lock. A thread can only fault in wasm code while it holds
//! no lock here (registering and dropping code never runs wasm), so the
//! handler cannot deadlock against its own thread; another thread's writer
//! only delays it.

use super::source::{ModuleDwarf, SourceLine};
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use trident_types::TrapCode;

struct Entry {
    end: usize,
    /// (offset from the start of the range, code), sorted by offset.
    traps: Arc<[(u32, TrapCode)]>,
    /// Wasm functions in the range, sorted by start offset.
    functions: Arc<[FunctionInfo]>,
    module_name: Option<Arc<str>>,
    /// The module's DWARF, for source lines.
    dwarf: Option<Arc<ModuleDwarf>>,
}

/// A wasm function inside registered code, for backtraces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionInfo {
    /// Byte range of its code, relative to the registered range.
    pub start: u32,
    pub end: u32,
    /// Index in the module's function space.
    pub func_index: u32,
    /// From the module's `name` section.
    pub name: Option<String>,
    /// `(code offset in the function, module offset)` where each
    /// operator's code starts (`CompiledFunction::address_map`); empty
    /// when the back end keeps none.
    pub address_map: Vec<(u32, u32)>,
    /// The wasm functions the back end inlined into this one
    /// (`CompiledFunction::inlined_calls`).
    pub inlined_calls: Vec<trident_types::InlinedCall>,
}

/// One frame of a wasm backtrace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    pub module_name: Option<String>,
    pub func_index: u32,
    pub func_name: Option<String>,
    /// Offset of the frame's instruction from the start of the function's
    /// machine code.
    pub code_offset: u32,
    /// Offset in the module's bytes of the wasm operator that instruction
    /// belongs to, when the back end keeps an address map.
    pub wasm_offset: Option<u32>,
    /// Where the back end inlined wasm functions into this one: the
    /// module offsets of the `call` operators between the operator above
    /// and this function, innermost first (empty without inlining).
    pub inlined_calls: Vec<u32>,
    /// From the module's DWARF, when it has some: the source locations of
    /// that operator, innermost (inlined) first, then those of each of
    /// `inlined_calls`.
    pub source: Vec<SourceLine>,
}

impl FrameInfo {
    /// The frame of the wasm function containing `pc` (see [`symbolize`]).
    pub fn for_pc(pc: usize) -> Option<FrameInfo> {
        symbolize(pc)
    }
}

impl std::fmt::Display for FrameInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(m) = &self.module_name {
            write!(f, "{m}!")?;
        }
        match &self.func_name {
            Some(n) => write!(f, "{n} (function {})", self.func_index)?,
            None => write!(f, "function {}", self.func_index)?,
        }
        if let Some(w) = self.wasm_offset {
            write!(f, " at wasm offset {w:#x}")?;
        }
        write!(f, " +{:#x}", self.code_offset)
    }
}

static REGISTRY: RwLock<BTreeMap<usize, Entry>> = RwLock::new(BTreeMap::new());

/// Keeps a code range registered; unregisters it on drop.
#[derive(Debug)]
pub struct CodeRegistration {
    start: usize,
}

/// Registers `[start, start + len)` as wasm code whose trapping
/// instructions are `traps` (offsets from `start`, any order) and whose
/// wasm functions are `functions` (for backtraces; trampolines are left
/// out), `dwarf` the module's debug information if it has any.
pub fn register_code(
    start: usize,
    len: usize,
    mut traps: Vec<(u32, TrapCode)>,
    mut functions: Vec<FunctionInfo>,
    module_name: Option<&str>,
    dwarf: Option<Arc<ModuleDwarf>>,
) -> CodeRegistration {
    traps.sort_by_key(|t| t.0);
    functions.sort_by_key(|f| f.start);
    let entry = Entry {
        end: start + len,
        traps: traps.into(),
        functions: functions.into(),
        module_name: module_name.map(Arc::from),
        dwarf,
    };
    let mut map = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
    map.insert(start, entry);
    CodeRegistration { start }
}

impl Drop for CodeRegistration {
    fn drop(&mut self) {
        let mut map = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
        map.remove(&self.start);
    }
}

fn read() -> std::sync::RwLockReadGuard<'static, BTreeMap<usize, Entry>> {
    match REGISTRY.read() {
        Ok(m) => m,
        Err(e) => e.into_inner(),
    }
}

/// Whether `pc` lies in registered code (called from the signal handler).
pub fn is_wasm_code(pc: usize) -> bool {
    let map = read();
    map.range(..=pc)
        .next_back()
        .is_some_and(|(_, e)| pc < e.end)
}

/// The wasm function containing `pc`, if any, with its source lines when
/// the module has DWARF (parsed after the registry's lock is released).
pub fn symbolize(pc: usize) -> Option<FrameInfo> {
    let (mut frame, dwarf) = {
        let map = read();
        let (start, entry) = map.range(..=pc).next_back()?;
        if pc >= entry.end {
            return None;
        }
        let offset = u32::try_from(pc - start).ok()?;
        let i = entry
            .functions
            .partition_point(|f| f.start <= offset)
            .checked_sub(1)?;
        let f = &entry.functions[i];
        if offset >= f.end {
            return None;
        }
        let frame = FrameInfo {
            module_name: entry.module_name.as_deref().map(str::to_string),
            func_index: f.func_index,
            func_name: f.name.clone(),
            code_offset: offset - f.start,
            wasm_offset: trident_types::wasm_offset_in(&f.address_map, offset - f.start),
            inlined_calls: trident_types::inlined_calls_at(&f.inlined_calls, offset - f.start),
            source: Vec::new(),
        };
        (frame, entry.dwarf.clone())
    };
    if let (Some(dwarf), Some(w)) = (dwarf, frame.wasm_offset) {
        frame.source = dwarf.lines(w);
        for call in &frame.inlined_calls {
            frame.source.extend(dwarf.lines(*call));
        }
    }
    Some(frame)
}

/// The trap raised by the instruction at `pc`, if `pc` is a trap site in
/// registered wasm code.
pub fn lookup_trap(pc: usize) -> Option<TrapCode> {
    let map = read();
    let (start, entry) = map.range(..=pc).next_back()?;
    if pc >= entry.end {
        return None;
    }
    let offset = u32::try_from(pc - start).ok()?;
    let i = entry.traps.binary_search_by_key(&offset, |t| t.0).ok()?;
    Some(entry.traps[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let f = FunctionInfo {
            start: 0x20,
            end: 0x40,
            func_index: 3,
            name: Some("f".into()),
            address_map: vec![(0, 0x100), (4, 0x104), (8, 0x109)],
            // Code 4..12 came from a callee inlined through the call at
            // 0x90, and 8..12 from its callee, inlined through 0x104.
            inlined_calls: vec![
                trident_types::InlinedCall {
                    start: 4,
                    end: 12,
                    depth: 1,
                    call: 0x90,
                },
                trident_types::InlinedCall {
                    start: 8,
                    end: 12,
                    depth: 2,
                    call: 0x104,
                },
            ],
        };
        let _r = register_code(
            0x1000,
            0x100,
            vec![(0x10, TrapCode::HeapOutOfBounds)],
            vec![f],
            Some("m"),
            None,
        );
        assert_eq!(lookup_trap(0x1010), Some(TrapCode::HeapOutOfBounds));
        assert!(is_wasm_code(0x10ff));
        assert_eq!(symbolize(0x1010), None);
        let frame = symbolize(0x1025).unwrap();
        assert_eq!((frame.func_index, frame.code_offset), (3, 5));
        assert_eq!(frame.wasm_offset, Some(0x104));
        assert_eq!(
            frame.to_string(),
            "m!f (function 3) at wasm offset 0x104 +0x5"
        );
        assert_eq!(frame.inlined_calls, [0x90]);
        // Two levels deep: the inner call first.
        assert_eq!(symbolize(0x1029).unwrap().inlined_calls, [0x104, 0x90]);
        assert!(symbolize(0x102c).unwrap().inlined_calls.is_empty());
        assert_eq!(symbolize(0x1020).unwrap().wasm_offset, Some(0x100));
        assert_eq!(symbolize(0x103f).unwrap().wasm_offset, Some(0x109));
        assert_eq!(lookup_trap(0x1011), None);
        assert_eq!(lookup_trap(0x1100), None);
        drop(_r);
        assert_eq!(lookup_trap(0x1010), None);
    }
}
