//! Golden disassembly: machine code as reviewable text, compared with
//! expected files that one command re-blesses.
//!
//! Invariants:
//! * the text is produced by binutils' `objdump` (`objdump -D -b binary
//!   -m i386:x86-64` for x86-64, `aarch64-linux-gnu-objdump -D -b binary
//!   -m aarch64` for AArch64) over one function's bytes at a time, so it
//!   depends on those bytes (and the binutils version) only; relocations
//!   and trap sites are written beside the instruction they fall in;
//! * a comparison never loosens: any difference fails, with a unified
//!   diff; `TRIDENT_BLESS=1` rewrites the expected files instead (see
//!   [`blessing`]).

use std::path::Path;
use std::process::Command;
use trident_types::{CompiledFunction, RelocationTarget};

/// An instruction set objdump can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isa {
    X86_64,
    Aarch64,
}

impl Isa {
    /// The name used in triples and file names (`x86_64`, `aarch64`).
    pub fn name(self) -> &'static str {
        match self {
            Isa::X86_64 => "x86_64",
            Isa::Aarch64 => "aarch64",
        }
    }

    /// The objdump program and its machine arguments.
    fn objdump(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Isa::X86_64 => ("objdump", &["-m", "i386:x86-64"]),
            Isa::Aarch64 => ("aarch64-linux-gnu-objdump", &["-m", "aarch64"]),
        }
    }
}

/// One decoded instruction: its offset and objdump's text for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Insn {
    pub offset: u32,
    pub text: String,
}

/// Disassembles `code` (at offset 0) with objdump, zero blocks included
/// and without raw bytes; `extra_args` are passed on (e.g. `-M intel`).
/// Panics when objdump cannot run (binutils and
/// binutils-aarch64-linux-gnu provide it; `make setup` installs them).
pub fn objdump(isa: Isa, code: &[u8], extra_args: &[&str]) -> Vec<Insn> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "trident-objdump-{}-{}.bin",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    let (program, machine) = isa.objdump();
    let out = Command::new(program)
        .args(["-D", "-z", "-b", "binary", "--no-show-raw-insn"])
        .args(machine)
        .args(extra_args)
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    let out = out.unwrap_or_else(|e| {
        panic!("cannot run {program} (binutils; `make setup` installs it): {e}")
    });
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let (at, text) = l.split_once(":\t")?;
            let offset = u32::from_str_radix(at.trim(), 16).ok()?;
            Some(Insn {
                offset,
                text: normalize(text),
            })
        })
        .collect()
}

/// objdump's instruction text without tabs: the one between mnemonic
/// and operands (AArch64) becomes spaces, as on x86-64, the one before a
/// `//` comment (AArch64 immediates) two spaces; no trailing blanks.
fn normalize(text: &str) -> String {
    let text = match text.split_once('\t') {
        Some((mnemonic, operands)) => format!("{mnemonic:<6} {operands}"),
        None => text.to_string(),
    };
    match text.split_once('\t') {
        Some((insn, comment)) => format!("{}  {}", insn.trim_end(), comment.trim()),
        None => text.trim_end().to_string(),
    }
}

/// The listing of one compiled function: every instruction with its
/// offset, and after it, the relocations and trap sites that fall in it
/// (`@0x..` when one does not start at the instruction). Anything past
/// the last instruction is listed at the end.
pub fn render(isa: Isa, f: &CompiledFunction) -> String {
    let insns = objdump(isa, &f.body, &[]);
    let mut notes: Vec<(u32, String)> = Vec::new();
    // Where each operator's code starts (the address map): first among
    // the notes at an offset.
    for (code, wasm) in &f.address_map {
        let note = match *wasm {
            trident_types::NO_OPERATOR => "no operator".to_string(),
            w => format!("wasm {w:#x}"),
        };
        notes.push((*code, note));
    }
    for r in &f.relocations {
        let RelocationTarget::Function(t) = r.target;
        notes.push((
            r.offset,
            format!("reloc {:?} -> function {t}, addend {}", r.kind, r.addend),
        ));
    }
    for t in &f.traps {
        notes.push((t.offset, format!("trap {:?}", t.code)));
    }
    notes.sort_by_key(|(at, _)| *at);
    let mut out = String::new();
    let mut next_note = 0;
    for (i, insn) in insns.iter().enumerate() {
        let end = insns
            .get(i + 1)
            .map_or(f.body.len() as u64, |n| u64::from(n.offset));
        let mut line = format!("{:>6x}:  {}", insn.offset, insn.text);
        let mut first = true;
        while let Some((at, note)) = notes.get(next_note) {
            if u64::from(*at) >= end || *at < insn.offset {
                break;
            }
            line = format!("{line:<52}");
            line.push_str(if first { " ; " } else { "; " });
            first = false;
            if *at != insn.offset {
                line.push_str(&format!("@{at:#x} "));
            }
            line.push_str(note);
            next_note += 1;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    for (at, note) in &notes[next_note..] {
        out.push_str(&format!(";; outside the listing: @{at:#x} {note}\n"));
    }
    out
}

/// Whether expected files are to be rewritten (`TRIDENT_BLESS` set to
/// anything but `0` or empty) rather than compared.
pub fn blessing() -> bool {
    std::env::var("TRIDENT_BLESS").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Compares `actual` with the expected file at `path`; with
/// [`blessing`], writes `actual` there instead (when it differs).
/// The error names the file and holds a unified diff (expected → actual).
pub fn check_golden(path: &Path, actual: &str) -> Result<(), String> {
    let expected = std::fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return Ok(());
    }
    if blessing() {
        return std::fs::write(path, actual)
            .map_err(|e| format!("cannot write {}: {e}", path.display()));
    }
    match expected {
        None => Err(format!("{} is missing", path.display())),
        Some(expected) => Err(format!(
            "{} differs:\n--- expected\n+++ actual\n{}",
            path.display(),
            unified_diff(&expected, actual, 3)
        )),
    }
}

/// A unified diff of two texts by lines, with `context` lines around each
/// change (hunk headers as `diff -u` writes them).
pub fn unified_diff(old: &str, new: &str, context: usize) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // Longest common subsequence, by suffix lengths.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // The edit script: (' ' | '-' | '+', old line, new line, text).
    let mut ops: Vec<(char, usize, usize, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', i, j, a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] > lcs[i + 1][j]) {
            ops.push(('+', i, j, b[j]));
            j += 1;
        } else {
            ops.push(('-', i, j, a[i]));
            i += 1;
        }
    }
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = String::new();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(context);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 2 * context + 1 {
            end = changed[k];
            k += 1;
        }
        let end = (end + context + 1).min(ops.len());
        let hunk = &ops[start..end];
        let old_len = hunk.iter().filter(|o| o.0 != '+').count();
        let new_len = hunk.iter().filter(|o| o.0 != '-').count();
        out.push_str(&format!(
            "@@ -{},{old_len} +{},{new_len} @@\n",
            hunk[0].1 + 1,
            hunk[0].2 + 1
        ));
        for (tag, _, _, text) in hunk {
            out.push(*tag);
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}
