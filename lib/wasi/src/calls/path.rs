//! Path operations beneath an open directory: `path_create_directory`,
//! `path_filestat_get`, `path_filestat_set_times`, `path_link`,
//! `path_readlink`, `path_remove_directory`, `path_rename`, `path_symlink`,
//! `path_unlink_file`.
//!
//! Every path is resolved by cap-std relative to the directory fd: an
//! absolute path, `..` above the directory, or a symlink that leads out
//! of it fails (`NOTCAPABLE`) before anything outside is touched.

use crate::abi::{rights, LOOKUP_SYMLINK_FOLLOW};
use crate::calls::stat;
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use cap_fs_ext::DirExt;
use std::os::unix::ffi::OsStrExt;

pub fn path_create_directory(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_CREATE_DIRECTORY)?;
    Ok(dir.create_dir(m.path(path, len)?)?)
}

pub fn path_filestat_get(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    out: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_FILESTAT_GET)?;
    let p = m.path(path, len)?;
    let md = if flags & LOOKUP_SYMLINK_FOLLOW != 0 {
        dir.metadata(p)?
    } else {
        dir.symlink_metadata(p)?
    };
    stat::of_metadata(&md).write(m, out)
}

pub fn path_filestat_set_times(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    atim: u64,
    mtim: u64,
    fst: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_FILESTAT_SET_TIMES)?;
    let (a, mt) = stat::times(atim, mtim, u16::try_from(fst).map_err(|_| Errno::Inval)?)?;
    let p = m.path(path, len)?;
    if flags & LOOKUP_SYMLINK_FOLLOW != 0 {
        Ok(dir.set_times(p, stat::spec(a), stat::spec(mt))?)
    } else {
        Ok(dir.set_symlink_times(p, stat::spec(a), stat::spec(mt))?)
    }
}

pub fn path_link(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    old_fd: u32,
    old_flags: u32,
    old_path: u32,
    old_len: u32,
    new_fd: u32,
    new_path: u32,
    new_len: u32,
) -> WasiResult<()> {
    // Linking to the target of a symlink would need resolving it inside
    // the sandbox first; like most runtimes, that is not offered.
    if old_flags & LOOKUP_SYMLINK_FOLLOW != 0 {
        return Err(Errno::Inval);
    }
    let old_dir = s.table.dir(old_fd, rights::PATH_LINK_SOURCE)?;
    let new_dir = s.table.dir(new_fd, rights::PATH_LINK_TARGET)?;
    Ok(old_dir.hard_link(
        m.path(old_path, old_len)?,
        new_dir,
        m.path(new_path, new_len)?,
    )?)
}

pub fn path_readlink(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    path: u32,
    len: u32,
    buf: u32,
    buf_len: u32,
    out: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_READLINK)?;
    let target = dir.read_link_contents(m.path(path, len)?)?;
    let bytes = target.as_os_str().as_bytes();
    // Like readlink(2): the contents, cut to the buffer, no NUL.
    let n = bytes.len().min(buf_len as usize);
    m.write(buf, &bytes[..n])?;
    m.write_u32(out, n as u32)
}

pub fn path_remove_directory(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_REMOVE_DIRECTORY)?;
    Ok(dir.remove_dir(m.path(path, len)?)?)
}

pub fn path_rename(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    old_fd: u32,
    old_path: u32,
    old_len: u32,
    new_fd: u32,
    new_path: u32,
    new_len: u32,
) -> WasiResult<()> {
    let old_dir = s.table.dir(old_fd, rights::PATH_RENAME_SOURCE)?;
    let new_dir = s.table.dir(new_fd, rights::PATH_RENAME_TARGET)?;
    Ok(old_dir.rename(
        m.path(old_path, old_len)?,
        new_dir,
        m.path(new_path, new_len)?,
    )?)
}

pub fn path_symlink(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    old_path: u32,
    old_len: u32,
    fd: u32,
    new_path: u32,
    new_len: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_SYMLINK)?;
    let target = m.path(old_path, old_len)?;
    // An absolute target could only ever point outside the sandbox.
    if target.is_absolute() {
        return Err(Errno::NotCapable);
    }
    Ok(DirExt::symlink(dir, target, m.path(new_path, new_len)?)?)
}

pub fn path_unlink_file(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult<()> {
    let dir = s.table.dir(fd, rights::PATH_UNLINK_FILE)?;
    Ok(dir.remove_file(m.path(path, len)?)?)
}
