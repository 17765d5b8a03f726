//! `args_*` and `environ_*`: both hand the guest a list of NUL-terminated
//! strings as an array of pointers plus one buffer holding the strings.

use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;

fn sizes(
    m: &mut GuestMemory<'_>,
    list: &[Vec<u8>],
    count_ptr: u32,
    size_ptr: u32,
) -> WasiResult<()> {
    let count = u32::try_from(list.len()).map_err(|_| Errno::Overflow)?;
    let bytes: usize = list.iter().map(|s| s.len() + 1).sum();
    let bytes = u32::try_from(bytes).map_err(|_| Errno::Overflow)?;
    m.write_u32(count_ptr, count)?;
    m.write_u32(size_ptr, bytes)
}

fn strings(m: &mut GuestMemory<'_>, list: &[Vec<u8>], ptrs: u32, buf: u32) -> WasiResult<()> {
    let mut at = buf;
    for (i, s) in list.iter().enumerate() {
        m.write_u32(ptrs.checked_add(i as u32 * 4).ok_or(Errno::Fault)?, at)?;
        m.write(at, s)?;
        let end = at.checked_add(s.len() as u32).ok_or(Errno::Fault)?;
        m.write_u8(end, 0)?;
        at = end.checked_add(1).ok_or(Errno::Fault)?;
    }
    Ok(())
}

pub fn args_sizes_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    argc: u32,
    size: u32,
) -> WasiResult<()> {
    sizes(m, &s.args, argc, size)
}

pub fn args_get(s: &mut WasiState, m: &mut GuestMemory<'_>, argv: u32, buf: u32) -> WasiResult<()> {
    strings(m, &s.args, argv, buf)
}

pub fn environ_sizes_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    count: u32,
    size: u32,
) -> WasiResult<()> {
    sizes(m, &s.env, count, size)
}

pub fn environ_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    environ: u32,
    buf: u32,
) -> WasiResult<()> {
    strings(m, &s.env, environ, buf)
}
