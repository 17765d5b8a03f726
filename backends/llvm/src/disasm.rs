//! The trap-site scan: finds every trapping instruction in emitted
//! machine code.
//!
//! # x86-64
//!
//! LLVM's own disassembler (through its C API) walks the code instruction
//! by instruction. LLVM places no data in x86 text sections (constant
//! pools and jump tables go to read-only data), so a linear sweep sees
//! exactly the emitted instructions. Two kinds are trap sites:
//!
//! * `ud1l code(%eax), %eax` (bytes `67 0f b9 40 code`, or `67 0f b9 00`
//!   for code 0), what
//!   `llvm.ubsantrap(code)` lowers to (`traps.rs`) and what the stack-probe
//!   helper ends with: a trap with that [`TrapCode`];
//! * any instruction with an `ss:` segment-override prefix (`0x36` among
//!   its legacy prefixes): under static bounds checks every wasm heap
//!   access, and nothing else, goes through address space 258, which LLVM
//!   encodes with that prefix (`memory.rs`). It faults on the guard region
//!   when out of bounds and is a `HeapOutOfBounds` site.
//!
//! Bytes the disassembler cannot decode are a code-generation error, never
//! skipped.
//!
//! # AArch64
//!
//! Instructions are 4-byte words and LLVM places no data in AArch64 text
//! sections either, so the scan reads word by word, without LLVM:
//!
//! * `udf #(0x5500 | code)` (top half zero, then `0x55`, then the code) is
//!   an explicit trap with that [`TrapCode`] (`traps.rs`);
//! * a load or store whose base register is `sp` or `x29` (the frame
//!   pointer, reserved by `frame-pointer=all`) touches the stack: when it
//!   faults, the stack is exhausted (the inline probes of large frames,
//!   `batch.rs`), so it is a `StackOverflow` site;
//! * under static bounds checks, every other load or store of a wasm
//!   function (not a trampoline) is a `HeapOutOfBounds` site. AArch64 has
//!   no spare prefix to mark heap accesses, so this also covers accesses
//!   to the vmctx, globals, tables and the body's own constant tables
//!   (switch lookup tables) through other registers. Those never fault
//!   unless the runtime itself is broken, in which case such
//!   a fault is reported as a heap trap instead of crashing: the one way
//!   this scan is less precise than the x86-64 one. PC-relative literal
//!   loads (constants copied into the body) are never sites. Under
//!   dynamic bounds checks heap accesses cannot fault and are not sites.

use crate::error::{codegen, Result};
use crate::target::{Arch, TargetSpec};
use crate::traps::AARCH64_TRAP_BASE;
use inkwell::llvm_sys::disassembler::{
    LLVMCreateDisasmCPUFeatures, LLVMDisasmContextRef, LLVMDisasmDispose, LLVMDisasmInstruction,
};
use std::ffi::CString;
use trident_types::{TrapCode, TrapSite};

/// x86 legacy prefixes (lock/rep, segment overrides, operand and address
/// size).
const LEGACY_PREFIXES: [u8; 11] = [
    0xf0, 0xf2, 0xf3, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65, 0x66, 0x67,
];

/// The `ss:` segment-override prefix.
const SS_PREFIX: u8 = 0x36;

/// The bytes of `ud1l code(%eax), %eax` before the code (an 8-bit
/// displacement).
const UD1_TRAP: [u8; 4] = [0x67, 0x0f, 0xb9, 0x40];

/// `ud1l (%eax), %eax`: code 0, which the assembler encodes without a
/// displacement.
const UD1_TRAP_ZERO: [u8; 4] = [0x67, 0x0f, 0xb9, 0x00];

/// The trap-site scanner of one batch (not shared between threads): an
/// LLVM disassembler on x86-64, a word scan on AArch64.
pub(crate) struct Disassembler {
    /// Null on AArch64.
    ctx: LLVMDisasmContextRef,
    arch: Arch,
    /// AArch64: whether loads and stores off the stack are heap sites
    /// (wasm functions under static bounds checks).
    heap_sites: bool,
}

impl Drop for Disassembler {
    fn drop(&mut self) {
        if !self.ctx.is_null() {
            // SAFETY: `ctx` came from LLVMCreateDisasmCPUFeatures and is
            // disposed exactly once.
            unsafe { LLVMDisasmDispose(self.ctx) };
        }
    }
}

impl Disassembler {
    /// A scanner for `spec`; `heap_sites` as for the field.
    pub fn new(spec: &TargetSpec, heap_sites: bool) -> Result<Disassembler> {
        if spec.arch == Arch::Aarch64 {
            return Ok(Disassembler {
                ctx: std::ptr::null_mut(),
                arch: spec.arch,
                heap_sites,
            });
        }
        let c = |s: &str| CString::new(s).map_err(|e| codegen(format!("bad target string: {e}")));
        let (triple, cpu, features) = (c(&spec.triple)?, c(&spec.cpu)?, c(&spec.features)?);
        // SAFETY: valid NUL-terminated strings; no callbacks or user data.
        let ctx = unsafe {
            LLVMCreateDisasmCPUFeatures(
                triple.as_ptr(),
                cpu.as_ptr(),
                features.as_ptr(),
                std::ptr::null_mut(),
                0,
                None,
                None,
            )
        };
        if ctx.is_null() {
            return Err(codegen(format!("no disassembler for {}", spec.triple)));
        }
        Ok(Disassembler {
            ctx,
            arch: spec.arch,
            heap_sites,
        })
    }

    /// The length of the instruction at the start of `code`.
    fn instruction_length(&self, code: &[u8], pc: u64) -> usize {
        let mut text = [0 as std::ffi::c_char; 256];
        // SAFETY: `code` and `text` are valid for the lengths passed; LLVM
        // only reads `code` (the pointer is `*mut` in the C API only).
        unsafe {
            LLVMDisasmInstruction(
                self.ctx,
                code.as_ptr() as *mut u8,
                code.len() as u64,
                pc,
                text.as_mut_ptr(),
                text.len(),
            )
        }
    }

    /// Appends the trap sites of the code at `body[range]` to `sites`
    /// (offsets relative to `body`).
    pub fn scan(
        &self,
        body: &[u8],
        range: std::ops::Range<usize>,
        sites: &mut Vec<TrapSite>,
    ) -> Result<()> {
        if self.arch == Arch::Aarch64 {
            return scan_aarch64(body, range, self.heap_sites, sites);
        }
        let mut at = range.start;
        while at < range.end {
            let code = &body[at..range.end];
            let len = self.instruction_length(code, at as u64);
            if len == 0 || len > code.len() {
                return Err(codegen(format!(
                    "cannot decode the instruction at offset {at:#x} of emitted code"
                )));
            }
            let insn = &code[..len];
            if let Some(site) = trap_of(insn, at) {
                sites.push(site);
            }
            at += len;
        }
        Ok(())
    }
}

/// The AArch64 scan of `body[range]` (see the module notes).
fn scan_aarch64(
    body: &[u8],
    range: std::ops::Range<usize>,
    heap_sites: bool,
    sites: &mut Vec<TrapSite>,
) -> Result<()> {
    let code = body
        .get(range.clone())
        .ok_or_else(|| codegen("code range outside its body"))?;
    if !range.start.is_multiple_of(4) || !code.len().is_multiple_of(4) {
        return Err(codegen(format!(
            "AArch64 code at {:#x}..{:#x} is not whole instructions",
            range.start, range.end
        )));
    }
    for (i, word) in code.chunks_exact(4).enumerate() {
        let word = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
        let offset =
            u32::try_from(range.start + 4 * i).map_err(|_| codegen("function too large"))?;
        if let Some(code) = aarch64_trap(word, heap_sites) {
            sites.push(TrapSite { offset, code });
        }
    }
    Ok(())
}

/// The trap code of AArch64 instruction `word`, if it is a trap site.
fn aarch64_trap(word: u32, heap_sites: bool) -> Option<TrapCode> {
    if word >> 16 == 0 {
        // `udf #imm16`.
        let imm = word as u16;
        return (imm & 0xff00 == AARCH64_TRAP_BASE)
            .then(|| TrapCode::from_u8(imm as u8))
            .flatten();
    }
    // The "loads and stores" encoding group: op0 (bits 28..25) = x1x0.
    if (word >> 25) & 0b0101 != 0b0100 {
        return None;
    }
    // Load register (literal): bits 29..28 = 01, bit 24 = 0; PC-relative,
    // no base register.
    if (word >> 28) & 0b11 == 0b01 && (word >> 24) & 1 == 0 {
        return None;
    }
    match (word >> 5) & 31 {
        29 | 31 => Some(TrapCode::StackOverflow),
        _ => heap_sites.then_some(TrapCode::HeapOutOfBounds),
    }
}

/// The trap site `insn` (at `offset`) is, if any.
fn trap_of(insn: &[u8], offset: usize) -> Option<TrapSite> {
    let offset = u32::try_from(offset).ok()?;
    if insn.len() == UD1_TRAP.len() + 1 && insn[..UD1_TRAP.len()] == UD1_TRAP {
        let code = TrapCode::from_u8(insn[UD1_TRAP.len()])?;
        return Some(TrapSite { offset, code });
    }
    if insn == UD1_TRAP_ZERO {
        return Some(TrapSite {
            offset,
            code: TrapCode::from_u8(0)?,
        });
    }
    let heap = insn
        .iter()
        .take_while(|b| LEGACY_PREFIXES.contains(b))
        .any(|b| *b == SS_PREFIX);
    heap.then_some(TrapSite {
        offset,
        code: TrapCode::HeapOutOfBounds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_trap_instructions() {
        let ud1 = [0x67, 0x0f, 0xb9, 0x40, TrapCode::IntegerOverflow as u8];
        assert_eq!(
            trap_of(&ud1, 7),
            Some(TrapSite {
                offset: 7,
                code: TrapCode::IntegerOverflow
            })
        );
        // movl %ss:(%rdi,%rax), %esi
        let heap = [0x36, 0x8b, 0x34, 0x07];
        assert_eq!(
            trap_of(&heap, 0).map(|t| t.code),
            Some(TrapCode::HeapOutOfBounds)
        );
        // movsd %ss:(%rdi,%rax), %xmm0 (prefix before the mandatory f2)
        let heap_sd = [0x36, 0xf2, 0x0f, 0x10, 0x04, 0x07];
        assert!(trap_of(&heap_sd, 0).is_some());
        let zero = [0x67, 0x0f, 0xb9, 0x00];
        assert_eq!(trap_of(&zero, 3).map(|t| t.code), TrapCode::from_u8(0));
        // movl 0x10(%rdi), %eax: not a trap site.
        assert_eq!(trap_of(&[0x8b, 0x47, 0x10], 0), None);
        // An immediate 0x36 is not a prefix: movl $0x36, %eax.
        assert_eq!(trap_of(&[0xb8, 0x36, 0, 0, 0], 0), None);
    }

    #[test]
    fn recognizes_aarch64_trap_instructions() {
        // udf #0x5509 (what traps.rs emits for code 9).
        let udf = 0x0000_5500 | TrapCode::IntegerOverflow as u32;
        assert_eq!(aarch64_trap(udf, false), Some(TrapCode::IntegerOverflow));
        // udf #0: not one of ours.
        assert_eq!(aarch64_trap(0, true), None);
        // ldr w8, [x20, x19]: a heap access under static bounds only.
        assert_eq!(
            aarch64_trap(0xb873_6a88, true),
            Some(TrapCode::HeapOutOfBounds)
        );
        assert_eq!(aarch64_trap(0xb873_6a88, false), None);
        // str xzr, [sp] (an inline stack probe) and stp x29, x30, [sp, #8].
        assert_eq!(
            aarch64_trap(0xf900_03ff, true),
            Some(TrapCode::StackOverflow)
        );
        assert_eq!(
            aarch64_trap(0xa900_fbfd, false),
            Some(TrapCode::StackOverflow)
        );
        // ldr d0, <literal>: a constant of the body, never a site.
        assert_eq!(aarch64_trap(0x5c00_0000, true), None);
        // add x29, sp, #0x8; bl; ret: not memory accesses.
        for w in [0x9100_23fd, 0x9400_0000, 0xd65f_03c0] {
            assert_eq!(aarch64_trap(w, true), None, "{w:#x}");
        }
    }
}
