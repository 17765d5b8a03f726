//! Linear memories.
//!
//! Under `BoundsChecks::Static` a memory owns a reservation of
//! `STATIC_RESERVATION + STATIC_GUARD` bytes whose base never moves; growing
//! only makes more pages accessible. Reservations come from a process-wide
//! pool and go back to it (reset to zero pages) when a memory is dropped,
//! because mapping multi-GiB regions afresh for each instance is slow and,
//! under qemu-user, leaks memory.
//!
//! Under `BoundsChecks::Dynamic` a memory reserves only what it needs
//! (its maximum, when that is small, or its current size with room to
//! grow); growing past the reservation moves the memory to a larger one,
//! which is why dynamic-style code reloads the base after calls.
//!
//! A 64-bit memory (memory64) is laid out the same way; under `Static`
//! it is capped at the reservation (its base must not move), under
//! `Dynamic` at 2^48 pages and the store's limit. Compiled code checks
//! every access to it explicitly.
//!
//! Invariant: `definition.current_length` bytes from `definition.base` are
//! readable and writable; everything after it up to the end of the
//! reservation faults.

use crate::mmap::Mmap;
use crate::vmcontext::VMMemoryDefinition;
use std::sync::Mutex;
use thiserror::Error;
use trident_types::{BoundsChecks, MemoryType, STATIC_GUARD, STATIC_RESERVATION, WASM_PAGE_SIZE};

/// The largest number of pages a 32-bit memory can have.
pub const MAX_PAGES_32: u64 = 65536;

/// The largest number of pages a 64-bit memory can have (2^64 bytes).
pub const MAX_PAGES_64: u64 = 1 << 48;

/// The most pages a memory of type `ty` can ever have here.
fn page_limit(ty: &MemoryType, style: BoundsChecks) -> u64 {
    match (ty.memory64, style) {
        (false, _) => MAX_PAGES_32,
        (true, BoundsChecks::Static) => STATIC_RESERVATION / WASM_PAGE_SIZE,
        (true, BoundsChecks::Dynamic) => MAX_PAGES_64,
    }
}

#[derive(Debug, Error)]
pub enum MemoryError {
    #[error("cannot reserve {bytes} bytes of address space for a linear memory: {source}")]
    Reserve {
        bytes: usize,
        source: std::io::Error,
    },
    #[error("memory minimum of {pages} pages exceeds the limit of {limit} pages")]
    TooLarge { pages: u64, limit: u64 },
    #[error("memory minimum of {pages} pages exceeds the store's limit of {limit} bytes")]
    OverLimit { pages: u64, limit: u64 },
}

/// Reservations of the static size, kept for reuse.
static STATIC_POOL: Mutex<Vec<Mmap>> = Mutex::new(Vec::new());

/// At most this many idle reservations are kept.
const STATIC_POOL_CAPACITY: usize = 64;

fn take_static_reservation() -> Result<Mmap, MemoryError> {
    let pooled = STATIC_POOL.lock().ok().and_then(|mut pool| pool.pop());
    match pooled {
        Some(m) => Ok(m),
        None => {
            let bytes = (STATIC_RESERVATION + STATIC_GUARD) as usize;
            Mmap::reserve(bytes).map_err(|source| MemoryError::Reserve { bytes, source })
        }
    }
}

fn return_static_reservation(m: Mmap) {
    if m.reset().is_err() {
        return; // dropping unmaps it
    }
    if let Ok(mut pool) = STATIC_POOL.lock() {
        if pool.len() < STATIC_POOL_CAPACITY {
            pool.push(m);
        }
    }
}

/// A linear memory. Its `VMMemoryDefinition` is boxed so compiled code can
/// keep a pointer to it while the `LinearMemory` moves.
#[derive(Debug)]
pub struct LinearMemory {
    mmap: Option<Mmap>,
    style: BoundsChecks,
    definition: Box<VMMemoryDefinition>,
    /// Maximum in pages (declared maximum, capped by [`page_limit`]).
    maximum_pages: u64,
    /// Extra cap from the store's limits, in bytes.
    limit_bytes: u64,
    ty: MemoryType,
}

// SAFETY: the memory exclusively owns its mapping; the raw pointer inside
// the definition points into it.
unsafe impl Send for LinearMemory {}
// SAFETY: shared references only read the definition.
unsafe impl Sync for LinearMemory {}

fn dynamic_reservation(bytes: u64, maximum_bytes: u64) -> usize {
    // Reserve the maximum when it is modest, else twice what is needed,
    // plus a guard page so off-by-one bugs fault rather than corrupt.
    const SMALL_MAXIMUM: u64 = 16 << 20;
    let wanted = if maximum_bytes <= SMALL_MAXIMUM {
        maximum_bytes
    } else {
        bytes.saturating_mul(2).clamp(WASM_PAGE_SIZE, maximum_bytes)
    };
    usize::try_from(wanted.saturating_add(WASM_PAGE_SIZE)).unwrap_or(usize::MAX)
}

impl LinearMemory {
    /// Creates a memory of type `ty`, `limit_bytes` capping its size.
    pub fn new(ty: MemoryType, style: BoundsChecks, limit_bytes: u64) -> Result<Self, MemoryError> {
        let limit = page_limit(&ty, style);
        if ty.minimum > limit {
            return Err(MemoryError::TooLarge {
                pages: ty.minimum,
                limit,
            });
        }
        // `minimum <= 2^48`: the product is at most 2^64, saturated.
        let initial = ty.minimum.saturating_mul(WASM_PAGE_SIZE);
        if initial > limit_bytes {
            return Err(MemoryError::OverLimit {
                pages: ty.minimum,
                limit: limit_bytes,
            });
        }
        let maximum_pages = ty.maximum.unwrap_or(limit).min(limit);
        let mmap = match style {
            BoundsChecks::Static => take_static_reservation()?,
            BoundsChecks::Dynamic => {
                let bytes =
                    dynamic_reservation(initial, maximum_pages.saturating_mul(WASM_PAGE_SIZE));
                Mmap::reserve(bytes).map_err(|source| MemoryError::Reserve { bytes, source })?
            }
        };
        mmap.make_accessible(0, initial as usize)
            .map_err(|source| MemoryError::Reserve {
                bytes: initial as usize,
                source,
            })?;
        let definition = Box::new(VMMemoryDefinition {
            base: mmap.as_ptr(),
            current_length: initial as usize,
        });
        Ok(LinearMemory {
            mmap: Some(mmap),
            style,
            definition,
            maximum_pages,
            limit_bytes,
            ty,
        })
    }

    pub fn ty(&self) -> MemoryType {
        MemoryType {
            minimum: self.pages(),
            ..self.ty
        }
    }

    /// Current size in pages.
    pub fn pages(&self) -> u64 {
        self.definition.current_length as u64 / WASM_PAGE_SIZE
    }

    /// Current size in bytes.
    pub fn byte_len(&self) -> usize {
        self.definition.current_length
    }

    pub fn base(&self) -> *mut u8 {
        self.definition.base
    }

    /// The definition compiled code reads.
    pub fn definition_ptr(&mut self) -> *mut VMMemoryDefinition {
        &mut *self.definition
    }

    /// The memory's bytes.
    pub fn data(&self) -> &[u8] {
        // SAFETY: `current_length` bytes from `base` are mapped read-write
        // (module invariant) and live as long as `self`.
        unsafe { std::slice::from_raw_parts(self.definition.base, self.definition.current_length) }
    }

    /// The memory's bytes, mutably.
    pub fn data_mut(&mut self) -> &mut [u8] {
        // SAFETY: as for `data`, and `&mut self` makes the access exclusive
        // on the host side.
        unsafe {
            std::slice::from_raw_parts_mut(self.definition.base, self.definition.current_length)
        }
    }

    /// Grows by `delta` pages. Returns the old size in pages, or `None` if
    /// the memory cannot grow that far (the caller reports -1).
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old_pages = self.pages();
        let new_pages = old_pages.checked_add(delta)?;
        if new_pages > self.maximum_pages
            || new_pages.saturating_mul(WASM_PAGE_SIZE) > self.limit_bytes
        {
            return None;
        }
        if delta == 0 {
            return Some(old_pages);
        }
        let old_len = self.definition.current_length;
        let new_len = (new_pages * WASM_PAGE_SIZE) as usize;
        let mmap = self.mmap.as_ref()?;
        if new_len + WASM_PAGE_SIZE as usize > mmap.len() && self.style == BoundsChecks::Dynamic {
            // Move to a larger reservation.
            let bytes = dynamic_reservation(
                new_len as u64,
                self.maximum_pages.saturating_mul(WASM_PAGE_SIZE),
            );
            let bigger = Mmap::reserve(bytes).ok()?;
            bigger.make_accessible(0, new_len).ok()?;
            // SAFETY: both ranges are mapped read-write for `old_len` bytes
            // and belong to different mappings.
            unsafe { std::ptr::copy_nonoverlapping(mmap.as_ptr(), bigger.as_ptr(), old_len) };
            self.definition.base = bigger.as_ptr();
            self.mmap = Some(bigger);
        } else {
            mmap.make_accessible(old_len, new_len - old_len).ok()?;
        }
        self.definition.current_length = new_len;
        Some(old_pages)
    }
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        if let Some(mmap) = self.mmap.take() {
            if self.style == BoundsChecks::Static {
                return_static_reservation(mmap);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType {
            minimum: min,
            maximum: max,
            memory64: false,
            shared: false,
        }
    }

    #[test]
    fn grows_to_maximum_and_no_further() {
        for style in [BoundsChecks::Static, BoundsChecks::Dynamic] {
            let mut m = LinearMemory::new(ty(1, Some(3)), style, u64::MAX).unwrap();
            m.data_mut()[65535] = 7;
            assert_eq!(m.grow(2), Some(1));
            assert_eq!(m.data()[65535], 7);
            m.data_mut()[3 * 65536 - 1] = 1;
            assert_eq!(m.grow(1), None);
            assert_eq!(m.pages(), 3);
        }
    }

    #[test]
    fn reused_reservations_are_zeroed() {
        {
            let mut m = LinearMemory::new(ty(1, None), BoundsChecks::Static, u64::MAX).unwrap();
            m.data_mut()[100] = 42;
        }
        let m = LinearMemory::new(ty(1, None), BoundsChecks::Static, u64::MAX).unwrap();
        assert_eq!(m.data()[100], 0);
    }
}
