//! The guest's file-descriptor table.
//!
//! Each guest fd maps to an [`Entry`]: a standard stream, an open file or
//! an open directory (cap-std handles, so every path operation is relative
//! to a directory handle and cannot leave it), with the fd's preview1
//! rights and flags. Invariants: rights only ever shrink (an fd opened
//! beneath a directory gets at most that directory's inheriting rights);
//! new fds take the lowest free number, as POSIX `open` does.

use crate::abi::{filetype, rights};
use crate::errno::{Errno, WasiResult};
use crate::stream::Stream;
use std::collections::BTreeMap;
use std::ffi::OsString;

/// The most fds a guest may have open at once.
pub const MAX_FDS: usize = 1 << 16;

/// One entry of a directory listing, as `fd_readdir` reports it.
#[derive(Clone, Debug)]
pub(crate) struct Dirent {
    pub name: OsString,
    pub ino: u64,
    pub filetype: u8,
}

/// An open directory.
pub(crate) struct DirHandle {
    pub dir: cap_std::fs::Dir,
    /// The guest path it was pre-opened as (`None` when opened by the
    /// guest).
    pub preopen: Option<String>,
    /// The listing `fd_readdir` reads from: taken afresh when a guest reads
    /// from cookie 0, so a listing stays consistent while it is read in
    /// pieces.
    pub listing: Option<Vec<Dirent>>,
}

/// What an fd refers to.
pub(crate) enum Kind {
    Stream(Stream),
    File(cap_std::fs::File),
    Dir(Box<DirHandle>),
}

/// One open fd.
pub(crate) struct Entry {
    pub kind: Kind,
    pub base: u64,
    pub inheriting: u64,
    /// `fdflags` as the guest last set them.
    pub flags: u16,
}

impl Entry {
    pub fn stream(stream: Stream) -> Entry {
        Entry {
            kind: Kind::Stream(stream),
            base: rights::STREAM,
            inheriting: 0,
            flags: 0,
        }
    }

    pub fn preopen(dir: cap_std::fs::Dir, guest: String) -> Entry {
        Entry {
            kind: Kind::Dir(Box::new(DirHandle {
                dir,
                preopen: Some(guest),
                listing: None,
            })),
            base: rights::DIRECTORY,
            inheriting: rights::DIRECTORY_INHERITING,
            flags: 0,
        }
    }

    /// Fails with `NOTCAPABLE` unless the fd has every right in `needed`.
    pub fn check(&self, needed: u64) -> WasiResult<()> {
        check(self.base, needed)
    }

    pub fn filetype(&self) -> WasiResult<u8> {
        Ok(match &self.kind {
            Kind::Stream(s) => s.filetype(),
            Kind::Dir(_) => filetype::DIRECTORY,
            Kind::File(f) => crate::calls::stat::filetype_of_fd(f)?,
        })
    }
}

/// Fails with `NOTCAPABLE` unless `base` holds every right in `needed`.
pub(crate) fn check(base: u64, needed: u64) -> WasiResult<()> {
    if base & needed == needed {
        Ok(())
    } else {
        Err(Errno::NotCapable)
    }
}

/// The table itself.
#[derive(Default)]
pub(crate) struct FdTable {
    entries: BTreeMap<u32, Entry>,
}

impl FdTable {
    pub fn get(&self, fd: u32) -> WasiResult<&Entry> {
        self.entries.get(&fd).ok_or(Errno::Badf)
    }

    pub fn get_mut(&mut self, fd: u32) -> WasiResult<&mut Entry> {
        self.entries.get_mut(&fd).ok_or(Errno::Badf)
    }

    /// The open directory behind `fd`, which must have `needed` rights.
    pub fn dir(&self, fd: u32, needed: u64) -> WasiResult<&cap_std::fs::Dir> {
        let e = self.get(fd)?;
        match &e.kind {
            Kind::Dir(d) => {
                e.check(needed)?;
                Ok(&d.dir)
            }
            _ => Err(Errno::NotDir),
        }
    }

    /// Puts `entry` at the lowest free fd.
    pub fn push(&mut self, entry: Entry) -> WasiResult<u32> {
        if self.entries.len() >= MAX_FDS {
            return Err(Errno::Mfile);
        }
        let mut fd = 0u32;
        for &used in self.entries.keys() {
            if used != fd {
                break;
            }
            fd += 1;
        }
        self.entries.insert(fd, entry);
        Ok(fd)
    }

    pub fn insert(&mut self, fd: u32, entry: Entry) {
        self.entries.insert(fd, entry);
    }

    pub fn remove(&mut self, fd: u32) -> WasiResult<Entry> {
        self.entries.remove(&fd).ok_or(Errno::Badf)
    }

    pub fn contains(&self, fd: u32) -> bool {
        self.entries.contains_key(&fd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowest_free_fd_is_reused() {
        let mut t = FdTable::default();
        for want in 0..4 {
            assert_eq!(t.push(Entry::stream(Stream::Null)), Ok(want));
        }
        assert!(t.remove(1).is_ok());
        assert_eq!(t.push(Entry::stream(Stream::Null)), Ok(1));
        assert_eq!(t.push(Entry::stream(Stream::Null)), Ok(4));
        assert!(matches!(t.remove(9), Err(Errno::Badf)));
    }
}
