//! AArch64 addressing: turning an [`Addr`] into one load/store operand.
//!
//! An operand is `[base, #imm]` (scaled unsigned 12-bit offset, aligned to
//! the access size), `[base, #simm9]` (unscaled, `ldur`/`stur`) or
//! `[base, x]` (register offset). Anything else (offsets above 4 KiB times
//! the access size, unaligned or negative ones past -256, an index plus a
//! displacement) is folded into x16 first, so every [`Addr`] the code
//! generator builds is reachable and no dynasm immediate is ever out of
//! range.
//!
//! Invariant: the trap site of a load or store is recorded right before
//! the access instruction itself, after any address arithmetic, so the
//! faulting PC matches it.

use super::{asm, simd, Aarch64, X16};
use crate::machine::{Addr, LoadKind, Reg, Size, StoreKind};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::TrapCode;

/// One load/store operand.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Operand {
    /// `[base, #off]`, `off` a multiple of the access size below 4096×size.
    Scaled(u8, u32),
    /// `[base, #off]` with -256 <= off < 256 (`ldur`/`stur`).
    Unscaled(u8, i32),
    /// `[base, index]`.
    Index(u8, u8),
}

/// The operand for an access of `bytes` bytes at `a` (may write x16).
pub(crate) fn operand<const F: bool>(s: &mut Aarch64<F>, a: Addr, bytes: u32) -> Operand {
    match a.index {
        None => {
            let d = a.disp;
            if d >= 0 && (d as u32).is_multiple_of(bytes) && (d as u32) / bytes < 4096 {
                Operand::Scaled(a.base, d as u32)
            } else if (-256..256).contains(&d) {
                Operand::Unscaled(a.base, d)
            } else {
                s.load_const64(X16, d as i64 as u64);
                Operand::Index(a.base, X16)
            }
        }
        Some(i) if a.disp == 0 => Operand::Index(a.base, i),
        Some(i) => {
            let d = i64::from(a.disp);
            if (0..4096).contains(&d) {
                let d = d as u32;
                asm!(s; add x16, XSP(i), #d);
            } else {
                s.load_const64(X16, d as u64);
                asm!(s; add x16, x16, X(i));
            }
            Operand::Index(a.base, X16)
        }
    }
}

/// Emits `$op`/`$opu` (unscaled) of register `$rk($r)` for an [`Operand`].
macro_rules! access {
    ($s:expr, $m:expr, $op:ident, $opu:ident, $rk:ident ( $r:expr )) => {
        match $m {
            Operand::Scaled(b, o) => asm!($s; $op $rk($r), [XSP(b), #o]),
            Operand::Unscaled(b, o) => asm!($s; $opu $rk($r), [XSP(b), #o]),
            Operand::Index(b, i) => asm!($s; $op $rk($r), [XSP(b), X(i)]),
        }
    };
}

fn load_bytes(kind: LoadKind) -> u32 {
    match kind {
        LoadKind::Int { bytes, .. } => u32::from(bytes),
        LoadKind::F32 => 4,
        LoadKind::F64 => 8,
        LoadKind::V128Splat { bytes } | LoadKind::V128Zero { bytes } => u32::from(bytes),
        LoadKind::V128Extend { .. } => 8,
        LoadKind::V128 => 16,
    }
}

fn store_bytes(kind: StoreKind) -> u32 {
    match kind {
        StoreKind::Int { bytes } => u32::from(bytes),
        StoreKind::F32 => 4,
        StoreKind::F64 => 8,
        StoreKind::V128 => 16,
    }
}

/// Emits the load instruction itself.
pub(crate) fn emit_load<const F: bool>(s: &mut Aarch64<F>, kind: LoadKind, r: u8, m: Operand) {
    match kind {
        LoadKind::Int {
            bytes: 1,
            signed: true,
            size: Size::S32,
        } => access!(s, m, ldrsb, ldursb, W(r)),
        LoadKind::Int {
            bytes: 1,
            signed: true,
            size: Size::S64,
        } => access!(s, m, ldrsb, ldursb, X(r)),
        LoadKind::Int { bytes: 1, .. } => access!(s, m, ldrb, ldurb, W(r)),
        LoadKind::Int {
            bytes: 2,
            signed: true,
            size: Size::S32,
        } => access!(s, m, ldrsh, ldursh, W(r)),
        LoadKind::Int {
            bytes: 2,
            signed: true,
            size: Size::S64,
        } => access!(s, m, ldrsh, ldursh, X(r)),
        LoadKind::Int { bytes: 2, .. } => access!(s, m, ldrh, ldurh, W(r)),
        LoadKind::Int {
            bytes: 4,
            signed: true,
            size: Size::S64,
        } => access!(s, m, ldrsw, ldursw, X(r)),
        LoadKind::Int { bytes: 4, .. } => access!(s, m, ldr, ldur, W(r)),
        LoadKind::Int { .. } => access!(s, m, ldr, ldur, X(r)),
        LoadKind::F32 => access!(s, m, ldr, ldur, S(r)),
        LoadKind::F64 => access!(s, m, ldr, ldur, D(r)),
        LoadKind::V128 => access!(s, m, ldr, ldur, Q(r)),
        // `load` hands these to `simd::load`, which comes back here with
        // the plain kinds; reaching this is a bug, caught by `finish`.
        LoadKind::V128Splat { .. } | LoadKind::V128Zero { .. } | LoadKind::V128Extend { .. } => {
            s.bug = true
        }
    }
}

/// Emits the store instruction itself.
pub(crate) fn emit_store<const F: bool>(s: &mut Aarch64<F>, kind: StoreKind, r: u8, m: Operand) {
    match kind {
        StoreKind::Int { bytes: 1 } => access!(s, m, strb, sturb, W(r)),
        StoreKind::Int { bytes: 2 } => access!(s, m, strh, sturh, W(r)),
        StoreKind::Int { bytes: 4 } => access!(s, m, str, stur, W(r)),
        StoreKind::Int { .. } => access!(s, m, str, stur, X(r)),
        StoreKind::F32 => access!(s, m, str, stur, S(r)),
        StoreKind::F64 => access!(s, m, str, stur, D(r)),
        StoreKind::V128 => access!(s, m, str, stur, Q(r)),
    }
}

pub(crate) fn load<const F: bool>(
    s: &mut Aarch64<F>,
    kind: LoadKind,
    dst: Reg,
    a: Addr,
    trap: Option<TrapCode>,
) {
    if let LoadKind::V128Splat { .. } | LoadKind::V128Zero { .. } | LoadKind::V128Extend { .. } =
        kind
    {
        return simd::load(s, kind, dst.num(), a, trap);
    }
    let m = operand(s, a, load_bytes(kind));
    if let Some(code) = trap {
        s.record_trap(code);
    }
    emit_load(s, kind, dst.num(), m);
}

pub(crate) fn store<const F: bool>(
    s: &mut Aarch64<F>,
    kind: StoreKind,
    src: Reg,
    a: Addr,
    trap: Option<TrapCode>,
) {
    let m = operand(s, a, store_bytes(kind));
    if let Some(code) = trap {
        s.record_trap(code);
    }
    emit_store(s, kind, src.num(), m);
}
