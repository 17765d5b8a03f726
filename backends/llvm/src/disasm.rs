//! The trap-site scan: finds every trapping instruction in emitted x86-64
//! machine code.
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

use crate::error::{codegen, Result};
use crate::target::TargetSpec;
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

/// An LLVM disassembler for one target; one per batch (not shared between
/// threads).
pub(crate) struct Disassembler {
    ctx: LLVMDisasmContextRef,
}

impl Drop for Disassembler {
    fn drop(&mut self) {
        // SAFETY: `ctx` came from LLVMCreateDisasmCPUFeatures and is
        // disposed exactly once.
        unsafe { LLVMDisasmDispose(self.ctx) };
    }
}

impl Disassembler {
    pub fn new(spec: &TargetSpec) -> Result<Disassembler> {
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
        Ok(Disassembler { ctx })
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
}
