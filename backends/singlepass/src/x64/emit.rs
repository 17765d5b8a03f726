//! XMM instruction emission in the assembler's encoding: one macro per
//! instruction shape, each given the legacy-SSE mnemonic and its VEX twin.
//!
//! Invariant: an `X64<1>` or `X64<2>` (AVX mode, `X64::avx`) emits every
//! XMM instruction VEX-encoded and an `X64<0>` only legacy SSE ones (up
//! to SSE4.1), so code never mixes the two encodings (no SSE/AVX
//! transition penalties) and SSE mode is exactly the SSE4.1 baseline. The
//! choice is the const parameter, so each mode's code has no run-time
//! test. Every instruction is 128-bit (VEX.L = 0): no upper YMM state is
//! ever dirtied.
//!
//! Shapes (VEX forms are the AVX 128-bit ones):
//! * [`rr!`]: `d = d op r`; VEX repeats `d` as the first source;
//! * [`rri!`]: the same with an 8-bit immediate;
//! * [`ru!`]: `d = op r` (moves, conversions, unary operations,
//!   `ptest`/`ucomis*`), the same operands in both encodings;
//! * [`rui!`]: the same with an 8-bit immediate (`pshufd`, `roundps`);
//! * [`ri!`]: `d = d op imm` (shifts by an immediate);
//! * [`rrr!`]/[`rai!`]: `d = a op b` / `d = a op imm`: one
//!   non-destructive VEX instruction, or a copy of `a` to `d` and the
//!   destructive SSE one (so `d` must not be `b` unless it is `a`);
//! * [`with_const!`]/[`load_const!`]: `rr!`/`ru!` with a 128-bit constant
//!   from the function's constant pool as the second operand.
//!
//! Instructions with general-purpose register operands (`movd`, `pinsr*`,
//! `pextr*`, `cvtsi2s*`, …) pick their encoding inline with
//! `X64::avx`.

/// `d = d op r` on vector registers.
macro_rules! rr {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $r:expr) => {
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($d), Rx($r))
        } else {
            asm!($s; $sse Rx($d), Rx($r))
        }
    };
}
pub(crate) use rr;

/// `d = d op r` with an 8-bit immediate.
macro_rules! rri {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $r:expr, $imm:expr) => {
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($d), Rx($r), $imm)
        } else {
            asm!($s; $sse Rx($d), Rx($r), $imm)
        }
    };
}
pub(crate) use rri;

/// `d = a op b` with an 8-bit immediate for the VEX forms dynasm 5.1
/// encodes with their sources swapped (`vcmpps`, `vcmppd`, `vshufps`:
/// its four-operand entries flagged `ENC_MR` put the written second
/// operand in r/m and the third in vvvv, so `op d, x, y` computes
/// `d = y op x`). Writing the sources in the other order gives the
/// intended instruction; `tests::swapped_vex_sources` pins this.
macro_rules! vex_swapped {
    ($s:expr; $vex:ident, $d:expr, $a:expr, $b:expr, $imm:expr) => {
        asm!($s; $vex Rx($d), Rx($b), Rx($a), $imm)
    };
}
pub(crate) use vex_swapped;

/// `d = d op r` with an 8-bit immediate, for the instructions of
/// [`vex_swapped!`].
macro_rules! rri_swapped {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $r:expr, $imm:expr) => {
        if $s.avx() {
            vex_swapped!($s; $vex, $d, $d, $r, $imm)
        } else {
            asm!($s; $sse Rx($d), Rx($r), $imm)
        }
    };
}
pub(crate) use rri_swapped;

/// `d = op r`, or a two-operand test (`ptest`, `ucomiss`).
macro_rules! ru {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $r:expr) => {
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($r))
        } else {
            asm!($s; $sse Rx($d), Rx($r))
        }
    };
}
pub(crate) use ru;

/// `d = op r` with an 8-bit immediate.
macro_rules! rui {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $r:expr, $imm:expr) => {
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($r), $imm)
        } else {
            asm!($s; $sse Rx($d), Rx($r), $imm)
        }
    };
}
pub(crate) use rui;

/// `d = d op imm` (shifts).
macro_rules! ri {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $imm:expr) => {
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($d), $imm)
        } else {
            asm!($s; $sse Rx($d), $imm)
        }
    };
}
pub(crate) use ri;

/// `d = d op [constant]` for a 128-bit constant.
macro_rules! with_const {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $bits:expr) => {{
        let l = $s.const_label($bits);
        if $s.avx() {
            asm!($s; $vex Rx($d), Rx($d), [=>l])
        } else {
            asm!($s; $sse Rx($d), [=>l])
        }
    }};
}
pub(crate) use with_const;

/// `d = op [constant]` (a load) for a 128-bit constant.
macro_rules! load_const {
    ($s:expr; $sse:ident / $vex:ident, $d:expr, $bits:expr) => {{
        let l = $s.const_label($bits);
        if $s.avx() {
            asm!($s; $vex Rx($d), [=>l])
        } else {
            asm!($s; $sse Rx($d), [=>l])
        }
    }};
}
pub(crate) use load_const;

/// `d = a op b`: VEX's three operands, or `$mov d, a` (unless `d` is `a`)
/// and `d = d op b`. Without AVX, `d` must not be `b` unless it is `a`.
macro_rules! rrr {
    ($s:expr; $mov:ident : $sse:ident / $vex:ident, $d:expr, $a:expr, $b:expr) => {{
        let (d, a, b): (u8, u8, u8) = ($d, $a, $b);
        if $s.avx() {
            asm!($s; $vex Rx(d), Rx(a), Rx(b))
        } else {
            debug_assert!(d != b || d == a, "rrr: destination is the second source");
            if d != a {
                asm!($s; $mov Rx(d), Rx(a));
            }
            asm!($s; $sse Rx(d), Rx(b))
        }
    }};
}
pub(crate) use rrr;

/// `d = a op imm` (shifts): VEX's non-destructive form, or a copy and the
/// SSE one.
macro_rules! rai {
    ($s:expr; $mov:ident : $sse:ident / $vex:ident, $d:expr, $a:expr, $imm:expr) => {{
        let (d, a): (u8, u8) = ($d, $a);
        if $s.avx() {
            asm!($s; $vex Rx(d), Rx(a), $imm)
        } else {
            if d != a {
                asm!($s; $mov Rx(d), Rx(a));
            }
            asm!($s; $sse Rx(d), $imm)
        }
    }};
}
pub(crate) use rai;

/// `vpmovmskb`/`vmovmskps`/`vmovmskpd` (`opcode` 0xd7 or 0x50, `pp66`
/// for the 0x66-prefixed ones) of xmm `v` into the 32-bit gpr `d`,
/// encoded by hand: dynasm's table has these only for ymm sources. The
/// three-byte VEX prefix (map 0F, W0, L0, no vvvv) covers every register.
pub(super) fn vex_movmsk<const L: u8>(s: &mut super::X64<L>, pp66: bool, opcode: u8, d: u8, v: u8) {
    let r = if d < 8 { 0x80 } else { 0 };
    let b = if v < 8 { 0x20 } else { 0 };
    let bytes = [
        0xc4,
        r | 0x40 | b | 0x01,
        0x78 | u8::from(pp66),
        opcode,
        0xc0 | ((d & 7) << 3) | (v & 7),
    ];
    s.ops.extend(bytes.iter().copied());
}

#[cfg(test)]
mod tests {
    use super::super::{asm, X64Avx, XMM15};
    use crate::machine::Masm;
    use dynasmrt::{dynasm, DynasmApi};

    /// `vcmpps xmm0, xmm0, xmm15, 1` (`xmm0 = xmm0 < xmm15`) must put
    /// xmm0 in vvvv and xmm15 in r/m: C4 (R̄X̄ B=1, map 0F) (vvvv=0 inverted,
    /// L0, pp none) C2 modrm(11 000 111) 01. If dynasm ever fixes its
    /// operand order, this fails and `vex_swapped!` must go.
    #[test]
    fn swapped_vex_sources() {
        let mut s = X64Avx::new();
        vex_swapped!(s; vcmpps, 0, 0, XMM15, 1);
        rri_swapped!(s; shufps/vshufps, 0, XMM15, 0x44);
        let code = s.ops.finalize().expect("assembles");
        assert_eq!(
            code,
            [0xc4, 0xc1, 0x78, 0xc2, 0xc7, 0x01, 0xc4, 0xc1, 0x78, 0xc6, 0xc7, 0x44]
        );
    }
}
