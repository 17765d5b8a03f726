//! `path_open`: opening a file or directory beneath an open directory.
//!
//! The new fd's rights are the requested ones cut down to the directory's
//! inheriting rights and to what the opened object can do (a file opened
//! only for reading loses the write rights, so `fcntl(F_GETFL)` in the
//! guest reports the right access mode). Read or write access follows the
//! requested rights, as the preview1 ABI defines.

use crate::abi::{fdflags, oflags, rights, LOOKUP_SYMLINK_FOLLOW};
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use crate::table::{DirHandle, Entry, Kind};
use cap_fs_ext::{
    DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt, OpenOptionsSyncExt,
};
use cap_std::fs::{Dir, OpenOptions};

fn dir_entry(dir: Dir, base: u64, inheriting: u64, flags: u16) -> Entry {
    Entry {
        kind: Kind::Dir(Box::new(DirHandle {
            dir,
            preopen: None,
            listing: None,
        })),
        base: base & rights::DIRECTORY,
        inheriting: inheriting & rights::DIRECTORY_INHERITING,
        flags,
    }
}

pub fn path_open(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    dirflags: u32,
    path: u32,
    len: u32,
    oflags: u32,
    base: u64,
    inheriting: u64,
    fdflags: u32,
    out: u32,
) -> WasiResult<()> {
    let oflags = u16::try_from(oflags).map_err(|_| Errno::Inval)?;
    let flags = u16::try_from(fdflags).map_err(|_| Errno::Inval)?;
    let parent = s.table.get(fd)?;
    let mut needed = rights::PATH_OPEN;
    if oflags & oflags::CREAT != 0 {
        needed |= rights::PATH_CREATE_FILE;
    }
    if oflags & oflags::TRUNC != 0 {
        needed |= rights::PATH_FILESTAT_SET_SIZE;
    }
    let dir = s.table.dir(fd, needed)?;
    let base = base & parent.inheriting;
    let inheriting = inheriting & parent.inheriting;
    let p = m.path(path, len)?;
    let follow = dirflags & LOOKUP_SYMLINK_FOLLOW != 0;
    let read = base & rights::NEED_READ != 0;
    let write = base & rights::NEED_WRITE != 0 || flags & fdflags::APPEND != 0;

    let entry = if oflags & oflags::DIRECTORY != 0 {
        if oflags & (oflags::CREAT | oflags::EXCL | oflags::TRUNC) != 0 {
            return Err(Errno::Inval);
        }
        if write {
            return Err(Errno::IsDir);
        }
        let d = if follow {
            dir.open_dir(p)?
        } else {
            dir.open_dir_nofollow(p)?
        };
        dir_entry(d, base, inheriting, flags)
    } else {
        let mut opts = OpenOptions::new();
        let create = oflags & oflags::CREAT != 0;
        let trunc = oflags & oflags::TRUNC != 0;
        // std's OpenOptions needs write access to create or truncate;
        // the rights below still withhold writing when it was not asked.
        let open_write = write || create || trunc;
        opts.read(read || !open_write)
            .write(open_write)
            .append(flags & fdflags::APPEND != 0)
            .truncate(trunc)
            .follow(if follow {
                FollowSymlinks::Yes
            } else {
                FollowSymlinks::No
            })
            .maybe_dir(true)
            .dsync(flags & fdflags::DSYNC != 0)
            .rsync(flags & fdflags::RSYNC != 0)
            .sync(flags & fdflags::SYNC != 0)
            .nonblock(flags & fdflags::NONBLOCK != 0);
        if create && oflags & oflags::EXCL != 0 {
            opts.create_new(true);
        } else if create {
            opts.create(true);
        }
        let file = dir.open_with(p, &opts)?;
        if file.metadata()?.is_dir() {
            if write {
                return Err(Errno::IsDir);
            }
            dir_entry(Dir::from_std_file(file.into_std()), base, inheriting, flags)
        } else {
            let mut r = base & rights::FILE;
            if !read {
                r &= !rights::FD_READ;
            }
            if !write {
                r &= !rights::NEED_WRITE;
            }
            Entry {
                kind: Kind::File(file),
                base: r,
                inheriting: 0,
                flags,
            }
        }
    };
    let new_fd = s.table.push(entry)?;
    m.write_u32(out, new_fd)
}
