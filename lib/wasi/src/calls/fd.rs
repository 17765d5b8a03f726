//! Descriptor management and metadata: `fd_close`, `fd_renumber`,
//! `fd_fdstat_*`, `fd_filestat_*`, `fd_advise`, `fd_allocate`, `fd_sync`,
//! `fd_datasync`, `fd_prestat_get`, `fd_prestat_dir_name`.

use crate::abi::{advice, fdflags, rights, size, PREOPENTYPE_DIR};
use crate::calls::stat::{self, Filestat};
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use crate::table::Kind;
use rustix::fs::{Advice, FallocateFlags, OFlags};

pub fn fd_close(s: &mut WasiState, _: &mut GuestMemory<'_>, fd: u32) -> WasiResult<()> {
    s.table.remove(fd).map(drop)
}

pub fn fd_renumber(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    from: u32,
    to: u32,
) -> WasiResult<()> {
    if !s.table.contains(from) || !s.table.contains(to) {
        return Err(Errno::Badf);
    }
    if from != to {
        let entry = s.table.remove(from)?;
        s.table.insert(to, entry);
    }
    Ok(())
}

pub fn fd_fdstat_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    let filetype = e.filetype()?;
    m.zero(out, size::FDSTAT)?;
    m.write_u8(out, filetype)?;
    m.write_u16(out + 2, e.flags)?;
    m.write_u64(out + 8, e.base)?;
    m.write_u64(out + 16, e.inheriting)
}

pub fn fd_fdstat_set_flags(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    flags: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    e.check(rights::FD_FDSTAT_SET_FLAGS)?;
    let flags = u16::try_from(flags).map_err(|_| Errno::Inval)?;
    let all = fdflags::APPEND | fdflags::DSYNC | fdflags::NONBLOCK | fdflags::RSYNC | fdflags::SYNC;
    if flags & !all != 0 {
        return Err(Errno::Inval);
    }
    // Only APPEND and NONBLOCK can change on an open file (as with
    // fcntl(F_SETFL)); the sync flags are fixed at open.
    let fixed = fdflags::DSYNC | fdflags::RSYNC | fdflags::SYNC;
    if flags & fixed != e.flags & fixed {
        return Err(Errno::NotSup);
    }
    match &e.kind {
        Kind::File(f) => {
            let mut os = rustix::fs::fcntl_getfl(f)?;
            os.set(OFlags::APPEND, flags & fdflags::APPEND != 0);
            os.set(OFlags::NONBLOCK, flags & fdflags::NONBLOCK != 0);
            rustix::fs::fcntl_setfl(f, os)?;
        }
        // Standard streams are shared with the host and directories have
        // no data flags: only a no-op request succeeds.
        Kind::Stream(_) | Kind::Dir(_) if flags != e.flags => return Err(Errno::NotSup),
        _ => {}
    }
    e.flags = flags;
    Ok(())
}

pub fn fd_fdstat_set_rights(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    base: u64,
    inheriting: u64,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    if base & !e.base != 0 || inheriting & !e.inheriting != 0 {
        return Err(Errno::NotCapable);
    }
    e.base = base;
    e.inheriting = inheriting;
    Ok(())
}

pub fn fd_filestat_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(rights::FD_FILESTAT_GET)?;
    let st = match &e.kind {
        Kind::File(f) => stat::of_fd(f)?,
        Kind::Dir(d) => stat::of_fd(&d.dir)?,
        Kind::Stream(st) => Filestat {
            filetype: st.filetype(),
            ..Filestat::default()
        },
    };
    st.write(m, out)
}

pub fn fd_filestat_set_size(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    len: u64,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(rights::FD_FILESTAT_SET_SIZE)?;
    match &e.kind {
        Kind::File(f) => Ok(f.set_len(len)?),
        Kind::Dir(_) => Err(Errno::IsDir),
        Kind::Stream(_) => Err(Errno::Inval),
    }
}

pub fn fd_filestat_set_times(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    atim: u64,
    mtim: u64,
    flags: u32,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(rights::FD_FILESTAT_SET_TIMES)?;
    let (a, mt) = stat::times(atim, mtim, u16::try_from(flags).map_err(|_| Errno::Inval)?)?;
    match &e.kind {
        Kind::File(f) => stat::set_fd_times(f, a, mt),
        Kind::Dir(d) => stat::set_fd_times(&d.dir, a, mt),
        Kind::Stream(_) => Err(Errno::Badf),
    }
}

pub fn fd_advise(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    offset: u64,
    len: u64,
    adv: u32,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(rights::FD_ADVISE)?;
    let adv = match u8::try_from(adv).map_err(|_| Errno::Inval)? {
        advice::NORMAL => Advice::Normal,
        advice::SEQUENTIAL => Advice::Sequential,
        advice::RANDOM => Advice::Random,
        advice::WILLNEED => Advice::WillNeed,
        advice::DONTNEED => Advice::DontNeed,
        advice::NOREUSE => Advice::NoReuse,
        _ => return Err(Errno::Inval),
    };
    let len = std::num::NonZeroU64::new(len);
    match &e.kind {
        Kind::File(f) => Ok(rustix::fs::fadvise(f, offset, len, adv)?),
        Kind::Dir(_) => Ok(()),
        Kind::Stream(_) => Err(Errno::Spipe),
    }
}

pub fn fd_allocate(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    offset: u64,
    len: u64,
) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(rights::FD_ALLOCATE)?;
    let Kind::File(f) = &e.kind else {
        return Err(Errno::Badf);
    };
    let end = offset.checked_add(len).ok_or(Errno::Fbig)?;
    match rustix::fs::fallocate(f, FallocateFlags::empty(), offset, len) {
        Ok(()) => Ok(()),
        // Filesystems without fallocate: grow the file instead, which
        // gives the same visible result (the range reads as zeros).
        Err(rustix::io::Errno::OPNOTSUPP) => {
            if f.metadata()?.len() < end {
                f.set_len(end)?;
            }
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

fn sync(s: &mut WasiState, fd: u32, needed: u64, data_only: bool) -> WasiResult<()> {
    let e = s.table.get(fd)?;
    e.check(needed)?;
    match &e.kind {
        Kind::File(f) if data_only => Ok(f.sync_data()?),
        Kind::File(f) => Ok(f.sync_all()?),
        Kind::Dir(d) => Ok(rustix::fs::fsync(&d.dir)?),
        Kind::Stream(_) => Err(Errno::Inval),
    }
}

pub fn fd_sync(s: &mut WasiState, _: &mut GuestMemory<'_>, fd: u32) -> WasiResult<()> {
    sync(s, fd, rights::FD_SYNC, false)
}

pub fn fd_datasync(s: &mut WasiState, _: &mut GuestMemory<'_>, fd: u32) -> WasiResult<()> {
    sync(s, fd, rights::FD_DATASYNC, true)
}

fn preopen_name(s: &WasiState, fd: u32) -> WasiResult<&str> {
    match &s.table.get(fd)?.kind {
        Kind::Dir(d) => d.preopen.as_deref().ok_or(Errno::Badf),
        _ => Err(Errno::Badf),
    }
}

pub fn fd_prestat_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    out: u32,
) -> WasiResult<()> {
    let len = preopen_name(s, fd)?.len();
    m.zero(out, size::PRESTAT)?;
    m.write_u8(out, PREOPENTYPE_DIR)?;
    m.write_u32(out + 4, u32::try_from(len).map_err(|_| Errno::NameTooLong)?)
}

pub fn fd_prestat_dir_name(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult<()> {
    let name = preopen_name(s, fd)?;
    if (len as usize) < name.len() {
        return Err(Errno::NameTooLong);
    }
    m.write(path, name.as_bytes())
}
