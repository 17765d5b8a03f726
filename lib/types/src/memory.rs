//! How linear memories are laid out and bounds-checked.
//!
//! Both the back ends (which decide whether an access needs an explicit
//! check) and the runtime (which reserves address space) read these
//! numbers, so they live here.

/// How compiled code keeps memory accesses in bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum BoundsChecks {
    /// Each 32-bit memory owns a [`STATIC_RESERVATION`] +
    /// [`STATIC_GUARD`] address-space reservation whose base never moves.
    /// An access `base + index + offset` with `offset + size <=
    /// STATIC_GUARD` needs no check: anything past the accessible length
    /// faults on pages that are never readable, and the fault is reported
    /// as `HeapOutOfBounds`. Larger offsets are checked explicitly.
    ///
    /// A 64-bit memory (memory64) gets the same never-moving reservation,
    /// so it can grow to at most `STATIC_RESERVATION` bytes, but every
    /// access is checked explicitly (no reservation covers a 64-bit
    /// index): only the base's stability carries over.
    #[default]
    Static,
    /// Every access is checked explicitly against the memory's current
    /// length (`index + offset + size > current_length` traps). The base
    /// may move when the memory grows, so it is reloaded after any call.
    Dynamic,
}

impl BoundsChecks {
    pub fn name(self) -> &'static str {
        match self {
            BoundsChecks::Static => "static",
            BoundsChecks::Dynamic => "dynamic",
        }
    }
}

/// Bytes of address space reserved for a 32-bit memory under
/// [`BoundsChecks::Static`]: every possible 32-bit index.
pub const STATIC_RESERVATION: u64 = 1 << 32;

/// Bytes of inaccessible guard region after the reservation under
/// [`BoundsChecks::Static`].
pub const STATIC_GUARD: u64 = 2 << 30;
