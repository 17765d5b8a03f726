//! File metadata: the preview1 `filestat` structure, file types, and
//! setting timestamps, shared by the `fd_*` and `path_*` calls.

use crate::abi::{filetype, fstflags, size};
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use cap_fs_ext::{FileTypeExt, OsMetadataExt, SystemTimeSpec};
use std::os::fd::AsFd;
use std::time::{Duration, UNIX_EPOCH};

/// A `filestat`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Filestat {
    pub dev: u64,
    pub ino: u64,
    pub filetype: u8,
    pub nlink: u64,
    pub size: u64,
    pub atim: u64,
    pub mtim: u64,
    pub ctim: u64,
}

impl Filestat {
    pub fn write(&self, m: &mut GuestMemory<'_>, ptr: u32) -> WasiResult<()> {
        m.zero(ptr, size::FILESTAT)?;
        m.write_u64(ptr, self.dev)?;
        m.write_u64(ptr + 8, self.ino)?;
        m.write_u8(ptr + 16, self.filetype)?;
        m.write_u64(ptr + 24, self.nlink)?;
        m.write_u64(ptr + 32, self.size)?;
        m.write_u64(ptr + 40, self.atim)?;
        m.write_u64(ptr + 48, self.mtim)?;
        m.write_u64(ptr + 56, self.ctim)
    }
}

fn ns(sec: i64, nsec: i64) -> u64 {
    (sec.max(0) as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(nsec.max(0) as u64)
}

fn filetype_of_mode(mode: u32) -> u8 {
    use rustix::fs::FileType as T;
    match T::from_raw_mode(mode as _) {
        T::RegularFile => filetype::REGULAR_FILE,
        T::Directory => filetype::DIRECTORY,
        T::Symlink => filetype::SYMBOLIC_LINK,
        T::CharacterDevice => filetype::CHARACTER_DEVICE,
        T::BlockDevice => filetype::BLOCK_DEVICE,
        T::Socket => filetype::SOCKET_STREAM,
        _ => filetype::UNKNOWN,
    }
}

/// The metadata of an open file or directory.
#[allow(clippy::unnecessary_cast)] // field types differ between targets
pub(crate) fn of_fd(fd: impl AsFd) -> WasiResult<Filestat> {
    let st = rustix::fs::fstat(fd)?;
    Ok(Filestat {
        dev: st.st_dev as u64,
        ino: st.st_ino as u64,
        filetype: filetype_of_mode(st.st_mode as u32),
        nlink: st.st_nlink as u64,
        size: st.st_size as u64,
        atim: ns(st.st_atime as i64, st.st_atime_nsec as i64),
        mtim: ns(st.st_mtime as i64, st.st_mtime_nsec as i64),
        ctim: ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
    })
}

pub(crate) fn filetype_of_fd(fd: impl AsFd) -> WasiResult<u8> {
    Ok(of_fd(fd)?.filetype)
}

pub(crate) fn filetype_of(t: &cap_std::fs::FileType) -> u8 {
    if t.is_dir() {
        filetype::DIRECTORY
    } else if t.is_file() {
        filetype::REGULAR_FILE
    } else if t.is_symlink() {
        filetype::SYMBOLIC_LINK
    } else if t.is_char_device() {
        filetype::CHARACTER_DEVICE
    } else if t.is_block_device() {
        filetype::BLOCK_DEVICE
    } else if t.is_socket() {
        filetype::SOCKET_STREAM
    } else {
        filetype::UNKNOWN
    }
}

/// The metadata cap-std found at a path.
pub(crate) fn of_metadata(md: &cap_std::fs::Metadata) -> Filestat {
    Filestat {
        dev: md.dev(),
        ino: md.ino(),
        filetype: filetype_of(&md.file_type()),
        nlink: md.nlink(),
        size: md.len(),
        atim: ns(md.atime(), md.atime_nsec()),
        mtim: ns(md.mtime(), md.mtime_nsec()),
        ctim: ns(md.ctime(), md.ctime_nsec()),
    }
}

/// One timestamp to set: the guest's value, "now", or leave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimeSet {
    Omit,
    Now,
    At(u64),
}

/// Reads `fst_flags`; setting a time both to a value and to "now" is
/// `INVAL`.
pub(crate) fn times(atim: u64, mtim: u64, flags: u16) -> WasiResult<(TimeSet, TimeSet)> {
    let one = |value, set, now| -> WasiResult<TimeSet> {
        match (flags & set != 0, flags & now != 0) {
            (true, true) => Err(Errno::Inval),
            (true, false) => Ok(TimeSet::At(value)),
            (false, true) => Ok(TimeSet::Now),
            (false, false) => Ok(TimeSet::Omit),
        }
    };
    if flags & !(fstflags::ATIM | fstflags::ATIM_NOW | fstflags::MTIM | fstflags::MTIM_NOW) != 0 {
        return Err(Errno::Inval);
    }
    Ok((
        one(atim, fstflags::ATIM, fstflags::ATIM_NOW)?,
        one(mtim, fstflags::MTIM, fstflags::MTIM_NOW)?,
    ))
}

fn timespec(t: TimeSet) -> rustix::fs::Timespec {
    match t {
        TimeSet::Omit => rustix::fs::Timespec {
            tv_sec: 0,
            tv_nsec: rustix::fs::UTIME_OMIT,
        },
        TimeSet::Now => rustix::fs::Timespec {
            tv_sec: 0,
            tv_nsec: rustix::fs::UTIME_NOW,
        },
        TimeSet::At(ns) => rustix::fs::Timespec {
            tv_sec: (ns / 1_000_000_000) as _,
            tv_nsec: (ns % 1_000_000_000) as _,
        },
    }
}

/// Sets the timestamps of an open file or directory.
pub(crate) fn set_fd_times(fd: impl AsFd, atim: TimeSet, mtim: TimeSet) -> WasiResult<()> {
    let ts = rustix::fs::Timestamps {
        last_access: timespec(atim),
        last_modification: timespec(mtim),
    };
    Ok(rustix::fs::futimens(fd, &ts)?)
}

/// The same times as cap-std wants them for a path.
pub(crate) fn spec(t: TimeSet) -> Option<SystemTimeSpec> {
    match t {
        TimeSet::Omit => None,
        TimeSet::Now => Some(SystemTimeSpec::SymbolicNow),
        TimeSet::At(ns) => Some(SystemTimeSpec::Absolute(
            cap_std::time::SystemTime::from_std(UNIX_EPOCH + Duration::from_nanos(ns)),
        )),
    }
}
