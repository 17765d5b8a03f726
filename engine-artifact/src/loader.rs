//! Copying code into executable memory and relocating it.

use memmap2::{Mmap, MmapMut};
use std::ops::Range;
use thiserror::Error;
use trident_types::{CompiledFunction, RelocationKind, RelocationTarget, TrapCode};

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("cannot map {bytes} bytes of code memory: {source}")]
    Map {
        bytes: usize,
        source: std::io::Error,
    },
    #[error("cannot make code memory executable: {0}")]
    Protect(std::io::Error),
    #[error("relocation in function {function} at offset {offset:#x} refers to {target:?}, which is not in this code")]
    UnknownTarget {
        function: usize,
        offset: u32,
        target: RelocationTarget,
    },
    #[error("relocation in function {function} at offset {offset:#x} is out of range or outside the function")]
    OutOfRange { function: usize, offset: u32 },
    #[error("relocation kind {0:?} cannot be applied on this host")]
    WrongKind(RelocationKind),
}

/// Code in executable memory.
#[derive(Debug)]
pub struct LoadedCode {
    mmap: Option<Mmap>,
    ranges: Vec<Range<usize>>,
    traps: Vec<(u32, TrapCode)>,
}

impl LoadedCode {
    /// Start of the mapping (null when there is no code).
    pub fn base(&self) -> *const u8 {
        self.mmap.as_ref().map_or(std::ptr::null(), |m| m.as_ptr())
    }

    pub fn len(&self) -> usize {
        self.mmap.as_ref().map_or(0, |m| m.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entry of the `i`th loaded function.
    pub fn function_ptr(&self, i: usize) -> *const u8 {
        // SAFETY: ranges lie inside the mapping.
        unsafe { self.base().add(self.ranges[i].start) }
    }

    /// Byte range of the `i`th function, relative to [`Self::base`].
    pub fn function_range(&self, i: usize) -> Range<usize> {
        self.ranges[i].clone()
    }

    /// Every trap site, as (offset from base, code), sorted by offset.
    pub fn traps(&self) -> &[(u32, TrapCode)] {
        &self.traps
    }
}

fn align_to(n: usize, a: usize) -> usize {
    n.div_ceil(a) * a
}

/// Reach of an AArch64 `bl` (±128 MiB).
const ARM64_CALL_RANGE: i64 = 1 << 27;
/// Bytes of one AArch64 call veneer: `ldr x16, #8; br x16; .quad target`.
const ARM64_VENEER: usize = 16;

/// Writes an AArch64 veneer to absolute address `target` at `at`. It
/// clobbers x16 (IP0), which AAPCS64 lets any veneer do at a call.
fn write_arm64_veneer(code: &mut [u8], target: usize) {
    code[0..4].copy_from_slice(&0x5800_0050u32.to_le_bytes()); // ldr x16, #8
    code[4..8].copy_from_slice(&0xd61f_0200u32.to_le_bytes()); // br x16
    code[8..16].copy_from_slice(&(target as u64).to_le_bytes());
}

/// Loads `functions` into executable memory. `resolve` maps a relocation
/// target to the index (in `functions`) of the function it names.
///
/// When the code is too large for every AArch64 `bl` to reach every
/// function, each function with `Arm64Call` relocations is followed by an
/// island of one veneer slot per relocation; a call whose target is out of
/// `bl`'s range goes through its veneer (which sits within its own
/// function's reach) instead.
pub fn load_code(
    functions: &[&CompiledFunction],
    resolve: impl Fn(RelocationTarget) -> Option<usize>,
) -> Result<LoadedCode, LoadError> {
    let mut ranges = Vec::with_capacity(functions.len());
    let mut size = 0usize;
    for f in functions {
        let start = align_to(size, f.alignment.clamp(1, 4096) as usize);
        ranges.push(start..start + f.body.len());
        size = start + f.body.len();
    }
    let far = size as i64 >= ARM64_CALL_RANGE;
    // (start of the island after function i, or None).
    let mut islands = vec![None; functions.len()];
    if far {
        size = 0;
        for (i, f) in functions.iter().enumerate() {
            let start = align_to(size, f.alignment.clamp(1, 4096) as usize);
            ranges[i] = start..start + f.body.len();
            size = start + f.body.len();
            let calls = f
                .relocations
                .iter()
                .filter(|r| r.kind == RelocationKind::Arm64Call)
                .count();
            if calls > 0 {
                let island = align_to(size, 16);
                islands[i] = Some(island);
                size = island + calls * ARM64_VENEER;
            }
        }
    }
    if size == 0 {
        return Ok(LoadedCode {
            mmap: None,
            ranges,
            traps: Vec::new(),
        });
    }
    let mut mmap = MmapMut::map_anon(size).map_err(|source| LoadError::Map {
        bytes: size,
        source,
    })?;
    let base = mmap.as_ptr() as usize;
    let mut traps = Vec::new();
    for (i, f) in functions.iter().enumerate() {
        let range = ranges[i].clone();
        mmap[range.clone()].copy_from_slice(&f.body);
        for t in &f.traps {
            traps.push((range.start as u32 + t.offset, t.code));
        }
        let mut next_veneer = islands[i];
        for r in &f.relocations {
            let target = resolve(r.target).ok_or(LoadError::UnknownTarget {
                function: i,
                offset: r.offset,
                target: r.target,
            })?;
            let target_addr = base + ranges[target].start;
            let at = range.start + r.offset as usize;
            let place = base + at;
            let out_of_range = LoadError::OutOfRange {
                function: i,
                offset: r.offset,
            };
            let mut delta = (target_addr as i64)
                .wrapping_add(r.addend)
                .wrapping_sub(place as i64);
            match r.kind {
                RelocationKind::X86PcRel4 => {
                    if r.offset as usize + 4 > f.body.len() {
                        return Err(out_of_range);
                    }
                    let v = i32::try_from(delta).map_err(|_| out_of_range)?;
                    mmap[at..at + 4].copy_from_slice(&v.to_le_bytes());
                }
                RelocationKind::Arm64Call => {
                    let in_range = (-ARM64_CALL_RANGE..ARM64_CALL_RANGE).contains(&delta);
                    if let (false, true, Some(v)) = (in_range, delta % 4 == 0, next_veneer) {
                        let dest = (target_addr as i64).wrapping_add(r.addend) as usize;
                        write_arm64_veneer(&mut mmap[v..v + ARM64_VENEER], dest);
                        delta = (base + v) as i64 - place as i64;
                        next_veneer = Some(v + ARM64_VENEER);
                    }
                    if r.offset as usize + 4 > f.body.len()
                        || delta % 4 != 0
                        || !(-(1 << 27)..(1 << 27)).contains(&delta)
                    {
                        return Err(out_of_range);
                    }
                    let mut insn =
                        u32::from_le_bytes(mmap[at..at + 4].try_into().unwrap_or_default());
                    insn = (insn & 0xfc00_0000) | (((delta >> 2) as u32) & 0x03ff_ffff);
                    mmap[at..at + 4].copy_from_slice(&insn.to_le_bytes());
                }
            }
        }
    }
    traps.sort_by_key(|t| t.0);
    let mmap = mmap.make_exec().map_err(LoadError::Protect)?;
    // Every write (copies and relocations) is done and no pointer into the
    // code has been handed out yet: the point `icache::flush` requires.
    // SAFETY: the range is our own mapping, readable and executable.
    unsafe { crate::icache::flush(mmap.as_ptr(), mmap.len()) };
    Ok(LoadedCode {
        mmap: Some(mmap),
        ranges,
        traps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::{Relocation, TrapSite};

    #[test]
    fn relocates_calls_between_functions() {
        let callee = CompiledFunction {
            body: vec![0xc3; 8],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        let caller = CompiledFunction {
            body: vec![0xe8, 0, 0, 0, 0, 0xc3],
            relocations: vec![Relocation {
                offset: 1,
                kind: RelocationKind::X86PcRel4,
                target: RelocationTarget::Function(7),
                addend: -4,
            }],
            traps: vec![TrapSite {
                offset: 5,
                code: TrapCode::UnreachableCodeReached,
            }],
            alignment: 16,
            address_map: Vec::new(),
            inlined_calls: Vec::new(),
            entry: 0,
        };
        let code = load_code(&[&callee, &caller], |t| match t {
            RelocationTarget::Function(7) => Some(0),
            _ => None,
        })
        .unwrap();
        let r = code.function_range(1);
        // SAFETY: reading our own mapping.
        let bytes = unsafe { std::slice::from_raw_parts(code.base(), code.len()) };
        let rel = i32::from_le_bytes(bytes[r.start + 1..r.start + 5].try_into().unwrap());
        assert_eq!(r.start as i64 + 5 + rel as i64, 0);
        assert_eq!(
            code.traps(),
            &[(r.start as u32 + 5, TrapCode::UnreachableCodeReached)]
        );
    }

    /// A `bl` whose callee is more than 128 MiB away goes through a veneer
    /// in the island after its own function, which holds the callee's
    /// absolute address.
    #[test]
    fn far_arm64_calls_go_through_veneers() {
        let word = |w: u32| w.to_le_bytes();
        let callee = CompiledFunction {
            body: [word(0x5280_0540), word(0xd65f_03c0)].concat(), // mov w0, #42; ret
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        let filler = CompiledFunction {
            body: vec![0; (1 << 27) + 64],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        let caller = CompiledFunction {
            body: [word(0xa9bf_7bfd), word(0x9400_0000), word(0xd65f_03c0)].concat(),
            relocations: vec![Relocation {
                offset: 4,
                kind: RelocationKind::Arm64Call,
                target: RelocationTarget::Function(0),
                addend: 0,
            }],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        let code = load_code(&[&callee, &filler, &caller], |t| match t {
            RelocationTarget::Function(0) => Some(0),
            _ => None,
        })
        .unwrap();
        let r = code.function_range(2);
        // SAFETY: reading our own mapping.
        let bytes = unsafe { std::slice::from_raw_parts(code.base(), code.len()) };
        let read = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
        let bl = read(r.start + 4);
        assert_eq!(bl >> 26, 0b100101, "still a BL");
        let words = ((bl << 6) as i32) >> 6;
        let veneer = (r.start as i64 + 4 + 4 * words as i64) as usize;
        assert!(
            veneer >= r.end && veneer + 16 <= code.len(),
            "veneer after the caller"
        );
        assert_eq!((read(veneer), read(veneer + 4)), (0x5800_0050, 0xd61f_0200));
        let literal = u64::from_le_bytes(bytes[veneer + 8..veneer + 16].try_into().unwrap());
        assert_eq!(literal, code.base() as u64, "the callee's absolute address");
    }

    #[test]
    fn unknown_target_is_an_error() {
        let f = CompiledFunction {
            body: vec![0; 8],
            relocations: vec![Relocation {
                offset: 0,
                kind: RelocationKind::X86PcRel4,
                target: RelocationTarget::Function(3),
                addend: 0,
            }],
            ..Default::default()
        };
        assert!(matches!(
            load_code(&[&f], |_| None),
            Err(LoadError::UnknownTarget { .. })
        ));
    }

    /// AArch64 instructions, little-endian.
    fn arm64(words: &[u32]) -> Vec<u8> {
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// `mov w0, #42; ret`, then a caller that saves its frame record,
    /// `bl`s the callee (relocated) and returns what it returned.
    fn arm64_pair() -> (CompiledFunction, CompiledFunction) {
        let callee = CompiledFunction {
            body: arm64(&[0x5280_0540, 0xd65f_03c0]),
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        let caller = CompiledFunction {
            body: arm64(&[
                0xa9bf_7bfd, // stp x29, x30, [sp, #-16]!
                0x9100_03fd, // mov x29, sp
                0x9400_0000, // bl <callee>
                0xa8c1_7bfd, // ldp x29, x30, [sp], #16
                0xd65f_03c0, // ret
            ]),
            relocations: vec![Relocation {
                offset: 8,
                kind: RelocationKind::Arm64Call,
                target: RelocationTarget::Function(0),
                addend: 0,
            }],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        (callee, caller)
    }

    #[test]
    fn relocates_arm64_calls() {
        let (callee, caller) = arm64_pair();
        let code = load_code(&[&callee, &caller], |t| match t {
            RelocationTarget::Function(0) => Some(0),
            _ => None,
        })
        .unwrap();
        let r = code.function_range(1);
        // SAFETY: reading our own mapping.
        let bytes = unsafe { std::slice::from_raw_parts(code.base(), code.len()) };
        let bl = u32::from_le_bytes(bytes[r.start + 8..r.start + 12].try_into().unwrap());
        assert_eq!(bl >> 26, 0b100101, "still a BL");
        // Sign-extend the 26-bit word offset.
        let words = ((bl << 6) as i32) >> 6;
        assert_eq!(r.start as i64 + 8 + 4 * words as i64, 0);
    }

    #[test]
    fn misaligned_arm64_call_is_out_of_range() {
        let (callee, mut caller) = arm64_pair();
        caller.relocations[0].addend = 2;
        assert!(matches!(
            load_code(&[&callee, &caller], |_| Some(0)),
            Err(LoadError::OutOfRange { .. })
        ));
    }

    /// On AArch64, runs the relocated code: the call must reach the callee
    /// and the freshly written code must be what executes.
    #[cfg(target_arch = "aarch64")]
    #[test]
    fn loaded_arm64_code_runs() {
        let (callee, caller) = arm64_pair();
        let code = load_code(&[&callee, &caller], |_| Some(0)).unwrap();
        // SAFETY: the caller is a complete AArch64 function following the
        // C calling convention, taking nothing and returning an i32.
        let f: extern "C" fn() -> i32 = unsafe { std::mem::transmute(code.function_ptr(1)) };
        assert_eq!(f(), 42);
    }
}
