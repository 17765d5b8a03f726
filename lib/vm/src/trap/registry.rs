//! The process-wide registry of loaded wasm code and its trap tables.
//!
//! The signal handler asks it two questions: is this program counter in
//! wasm code, and if so, which trap does the instruction there raise? It
//! takes a read lock. A thread can only fault in wasm code while it holds
//! no lock here (registering and dropping code never runs wasm), so the
//! handler cannot deadlock against its own thread; another thread's writer
//! only delays it.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use trident_types::TrapCode;

struct Entry {
    end: usize,
    /// (offset from the start of the range, code), sorted by offset.
    traps: Arc<[(u32, TrapCode)]>,
}

static REGISTRY: RwLock<BTreeMap<usize, Entry>> = RwLock::new(BTreeMap::new());

/// Keeps a code range registered; unregisters it on drop.
#[derive(Debug)]
pub struct CodeRegistration {
    start: usize,
}

/// Registers `[start, start + len)` as wasm code whose trapping
/// instructions are `traps` (offsets from `start`, any order).
pub fn register_code(
    start: usize,
    len: usize,
    mut traps: Vec<(u32, TrapCode)>,
) -> CodeRegistration {
    traps.sort_by_key(|t| t.0);
    let entry = Entry {
        end: start + len,
        traps: traps.into(),
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

/// The trap raised by the instruction at `pc`, if `pc` is a trap site in
/// registered wasm code.
pub fn lookup_trap(pc: usize) -> Option<TrapCode> {
    let map = match REGISTRY.read() {
        Ok(m) => m,
        Err(e) => e.into_inner(),
    };
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
        let _r = register_code(0x1000, 0x100, vec![(0x10, TrapCode::HeapOutOfBounds)]);
        assert_eq!(lookup_trap(0x1010), Some(TrapCode::HeapOutOfBounds));
        assert_eq!(lookup_trap(0x1011), None);
        assert_eq!(lookup_trap(0x1100), None);
        drop(_r);
        assert_eq!(lookup_trap(0x1010), None);
    }
}
