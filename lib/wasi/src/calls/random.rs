//! `random_get`: bytes from the host's `getrandom(2)`.

use crate::ctx::WasiState;
use crate::errno::WasiResult;
use crate::memory::GuestMemory;

pub fn random_get(
    _: &mut WasiState,
    m: &mut GuestMemory<'_>,
    buf: u32,
    len: u32,
) -> WasiResult<()> {
    let mut out = m.slice_mut(buf, len)?;
    while !out.is_empty() {
        let n = rustix::rand::getrandom(&mut *out, rustix::rand::GetRandomFlags::empty())?;
        out = &mut out[n..];
    }
    Ok(())
}
