//! A disassembler for listings (`trident explore`): LLVM's MC
//! disassembler, which Trident links for the LLVM back end anyway, for
//! x86-64 (AT&T syntax, as objdump) and AArch64 code of any back end.
//!
//! Invariant: the result covers `code` from its start; a byte sequence
//! the disassembler cannot decode becomes a one-byte `.byte` entry, so a
//! listing never stops early or loops.

use crate::error::{codegen, Result};
use inkwell::llvm_sys::disassembler::{LLVMCreateDisasm, LLVMDisasmDispose, LLVMDisasmInstruction};
use std::ffi::CString;
use trident_types::CompileError;

/// One decoded instruction: offset and length in the code, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub offset: u32,
    pub len: u32,
    pub text: String,
}

/// Disassembles `code` (placed at address 0) for `triple` (x86-64 or
/// AArch64).
pub fn disassemble(
    triple: &str,
    code: &[u8],
) -> std::result::Result<Vec<Instruction>, CompileError> {
    disassemble_inner(triple, code)
}

fn disassemble_inner(triple: &str, code: &[u8]) -> Result<Vec<Instruction>> {
    crate::target::initialize()?;
    let t = CString::new(triple).map_err(|e| codegen(format!("bad triple: {e}")))?;
    // SAFETY: a valid NUL-terminated triple; no callbacks or user data.
    let ctx = unsafe { LLVMCreateDisasm(t.as_ptr(), std::ptr::null_mut(), 0, None, None) };
    if ctx.is_null() {
        return Err(codegen(format!("no disassembler for {triple}")));
    }
    let mut out = Vec::new();
    let mut pc = 0usize;
    while pc < code.len() {
        let mut text = [0 as std::ffi::c_char; 256];
        let rest = &code[pc..];
        // SAFETY: `rest` and `text` are valid for the lengths passed; LLVM
        // only reads `rest` (the pointer is `*mut` in the C API only).
        let len = unsafe {
            LLVMDisasmInstruction(
                ctx,
                rest.as_ptr() as *mut u8,
                rest.len() as u64,
                pc as u64,
                text.as_mut_ptr(),
                text.len(),
            )
        };
        let (len, text) = if len == 0 {
            (1, format!(".byte 0x{:02x}", code[pc]))
        } else {
            // SAFETY: LLVM wrote a NUL-terminated string into `text`.
            let s = unsafe { std::ffi::CStr::from_ptr(text.as_ptr()) };
            (len, s.to_string_lossy().trim().replace('\t', " "))
        };
        out.push(Instruction {
            offset: pc as u32,
            len: len as u32,
            text,
        });
        pc += len;
    }
    // SAFETY: `ctx` came from LLVMCreateDisasm and is disposed once.
    unsafe { LLVMDisasmDispose(ctx) };
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_both_isas_and_never_stops_early() {
        // push %rbp; mov %rsp,%rbp; ret; then a lone 0x0f (undecodable)
        let x86 = disassemble(
            "x86_64-unknown-linux-gnu",
            &[0x55, 0x48, 0x89, 0xe5, 0xc3, 0x0f],
        )
        .expect("x86-64");
        let texts: Vec<&str> = x86.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts[0], "pushq %rbp");
        assert_eq!(texts[2], "retq");
        assert_eq!(x86.last().map(|i| (i.offset, i.len)), Some((5, 1)));
        // ret
        let a64 =
            disassemble("aarch64-unknown-linux-gnu", &[0xc0, 0x03, 0x5f, 0xd6]).expect("aarch64");
        assert_eq!(a64.len(), 1);
        assert_eq!(a64[0].text, "ret");
    }
}
