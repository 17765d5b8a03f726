//! Reading, writing and seeking: `fd_read`, `fd_write`, `fd_pread`,
//! `fd_pwrite`, `fd_seek`, `fd_tell`.
//!
//! Scatter reads fill the guest's buffers one at a time and stop at the
//! first short read (so overlapping guest buffers never alias a Rust
//! `&mut`); a stream is read at most once per call so a call never blocks
//! after data has arrived. Gather writes go to the host in one `writev`.
//! If a later buffer fails after earlier ones moved bytes, the call
//! reports the bytes moved, as `readv`/`writev` do.

use crate::abi::{rights, whence};
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use crate::table::{check, Kind};
use cap_std::fs::FileExt;
use std::io::{self, IoSlice, Read, Seek, SeekFrom, Write};

fn retry<T>(mut f: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match f() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Bytes moved so far, or the error if nothing moved.
fn partial(total: usize, e: io::Error) -> WasiResult<usize> {
    if total > 0 {
        Ok(total)
    } else {
        Err(e.into())
    }
}

fn scatter(
    m: &mut GuestMemory<'_>,
    iovs: u32,
    count: u32,
    once: bool,
    mut read: impl FnMut(&mut [u8], u64) -> io::Result<usize>,
) -> WasiResult<usize> {
    let mut total = 0usize;
    for v in m.iovecs(iovs, count)? {
        if v.len == 0 {
            continue;
        }
        let buf = m.slice_mut(v.ptr, v.len)?;
        let n = match retry(|| read(&mut *buf, total as u64)) {
            Ok(n) => n,
            Err(e) => return partial(total, e),
        };
        total += n;
        if once || n < v.len as usize {
            break;
        }
    }
    Ok(total)
}

fn gather<'m>(m: &'m GuestMemory<'_>, iovs: u32, count: u32) -> WasiResult<Vec<IoSlice<'m>>> {
    m.iovecs(iovs, count)?
        .into_iter()
        .map(|v| m.slice(v.ptr, v.len).map(IoSlice::new))
        .collect()
}

fn put_size(m: &mut GuestMemory<'_>, ptr: u32, n: usize) -> WasiResult<()> {
    m.write_u32(ptr, u32::try_from(n).map_err(|_| Errno::Overflow)?)
}

pub fn fd_read(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    iovs: u32,
    count: u32,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    e.check(rights::FD_READ)?;
    let n = match &mut e.kind {
        Kind::File(f) => scatter(m, iovs, count, false, |buf, _| f.read(buf))?,
        Kind::Stream(st) => scatter(m, iovs, count, true, |buf, _| st.read(buf))?,
        Kind::Dir(_) => return Err(Errno::IsDir),
    };
    put_size(m, out, n)
}

pub fn fd_pread(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: u64,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    let base = e.base;
    let n = match &mut e.kind {
        Kind::File(f) => {
            check(base, rights::FD_READ | rights::FD_SEEK)?;
            scatter(m, iovs, count, false, |buf, done| {
                f.read_at(buf, offset.saturating_add(done))
            })?
        }
        Kind::Stream(_) => return Err(Errno::Spipe),
        Kind::Dir(_) => return Err(Errno::IsDir),
    };
    put_size(m, out, n)
}

pub fn fd_write(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    iovs: u32,
    count: u32,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    e.check(rights::FD_WRITE)?;
    let bufs = gather(m, iovs, count)?;
    let n = match &mut e.kind {
        Kind::File(f) => retry(|| f.write_vectored(&bufs))?,
        Kind::Stream(st) => retry(|| st.write_vectored(&bufs))?,
        Kind::Dir(_) => return Err(Errno::Badf),
    };
    drop(bufs);
    put_size(m, out, n)
}

pub fn fd_pwrite(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: u64,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    let base = e.base;
    let n = match &mut e.kind {
        Kind::File(f) => {
            check(base, rights::FD_WRITE | rights::FD_SEEK)?;
            let mut total = 0usize;
            for b in gather(m, iovs, count)? {
                let at = offset.saturating_add(total as u64);
                let n = match retry(|| f.write_at(&b, at)) {
                    Ok(n) => n,
                    Err(e) => {
                        total = partial(total, e)?;
                        break;
                    }
                };
                total += n;
                if n < b.len() {
                    break;
                }
            }
            total
        }
        Kind::Stream(_) => return Err(Errno::Spipe),
        Kind::Dir(_) => return Err(Errno::IsDir),
    };
    put_size(m, out, n)
}

pub fn fd_seek(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    offset: i64,
    how: u32,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    let needed = if offset == 0 && how == whence::CUR as u32 {
        rights::FD_TELL
    } else {
        rights::FD_SEEK
    };
    let base = e.base;
    let pos = match &mut e.kind {
        Kind::File(f) => {
            check(base, needed)?;
            let from = match u8::try_from(how).map_err(|_| Errno::Inval)? {
                whence::SET => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::Inval)?),
                whence::CUR => SeekFrom::Current(offset),
                whence::END => SeekFrom::End(offset),
                _ => return Err(Errno::Inval),
            };
            f.seek(from)?
        }
        Kind::Stream(_) => return Err(Errno::Spipe),
        Kind::Dir(_) => return Err(Errno::Badf),
    };
    m.write_u64(out, pos)
}

pub fn fd_tell(s: &mut WasiState, m: &mut GuestMemory<'_>, fd: u32, out: u32) -> WasiResult<()> {
    fd_seek(s, m, fd, 0, whence::CUR as u32, out)
}
