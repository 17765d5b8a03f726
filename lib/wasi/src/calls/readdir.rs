//! `fd_readdir`: a directory's entries as packed `dirent` headers, each
//! followed by its name.
//!
//! The cookie of an entry is its index in the listing plus one, so
//! "start from cookie c" means "skip c entries". A read from cookie 0 takes
//! a fresh listing (`.`, `..`, then the entries in the host's order, as
//! native `readdir` returns them); later cookies read from that listing.
//! The output is cut off at the guest's buffer size, possibly mid-entry:
//! a full buffer tells the guest to read on from the last whole entry.

use crate::abi::{filetype, rights, size};
use crate::calls::stat;
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use crate::table::{DirHandle, Dirent, Kind};
use rustix::fs::DirEntryExt;
use std::ffi::OsString;
use std::os::unix::ffi::OsStrExt;

fn listing(d: &DirHandle) -> WasiResult<Vec<Dirent>> {
    let this = stat::of_fd(&d.dir)?;
    // The parent of a pre-opened directory lies outside the sandbox: its
    // inode is not revealed.
    let parent = d
        .dir
        .metadata("..")
        .map(|md| stat::of_metadata(&md).ino)
        .unwrap_or(0);
    let mut out = vec![
        Dirent {
            name: OsString::from("."),
            ino: this.ino,
            filetype: filetype::DIRECTORY,
        },
        Dirent {
            name: OsString::from(".."),
            ino: parent,
            filetype: filetype::DIRECTORY,
        },
    ];
    for entry in d.dir.entries()? {
        let entry = entry?;
        let filetype = entry
            .file_type()
            .map(|t| stat::filetype_of(&t))
            .unwrap_or(filetype::UNKNOWN);
        out.push(Dirent {
            name: entry.file_name(),
            ino: entry.ino(),
            filetype,
        });
    }
    Ok(out)
}

fn encode(entries: &[Dirent], cookie: u64, limit: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let start = usize::try_from(cookie).unwrap_or(usize::MAX);
    for (i, e) in entries.iter().enumerate().skip(start) {
        if out.len() >= limit {
            break;
        }
        let name = e.name.as_bytes();
        let mut header = [0u8; size::DIRENT];
        header[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        header[8..16].copy_from_slice(&e.ino.to_le_bytes());
        header[16..20].copy_from_slice(&(name.len() as u32).to_le_bytes());
        header[20] = e.filetype;
        out.extend_from_slice(&header);
        out.extend_from_slice(name);
    }
    out.truncate(limit);
    out
}

pub fn fd_readdir(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    fd: u32,
    buf: u32,
    len: u32,
    cookie: u64,
    out: u32,
) -> WasiResult<()> {
    let e = s.table.get_mut(fd)?;
    e.check(rights::FD_READDIR)?;
    let Kind::Dir(d) = &mut e.kind else {
        return Err(Errno::NotDir);
    };
    if cookie == 0 || d.listing.is_none() {
        d.listing = Some(listing(d)?);
    }
    let bytes = encode(
        d.listing.as_deref().unwrap_or_default(),
        cookie,
        len as usize,
    );
    m.write(buf, &bytes)?;
    m.write_u32(out, bytes.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str) -> Dirent {
        Dirent {
            name: OsString::from(name),
            ino: 7,
            filetype: filetype::REGULAR_FILE,
        }
    }

    #[test]
    fn entries_are_packed_and_cut_at_the_limit() {
        let list = vec![entry("ab"), entry("cde")];
        let all = encode(&list, 0, 1000);
        assert_eq!(all.len(), 2 * size::DIRENT + 5);
        assert_eq!(&all[0..8], &1u64.to_le_bytes());
        assert_eq!(&all[size::DIRENT..size::DIRENT + 2], b"ab");
        let second = &all[size::DIRENT + 2..];
        assert_eq!(&second[0..8], &2u64.to_le_bytes());
        assert_eq!(encode(&list, 0, 30).len(), 30);
        assert_eq!(encode(&list, 1, 1000), second.to_vec());
        assert!(encode(&list, 2, 1000).is_empty());
        assert!(encode(&list, u64::MAX, 1000).is_empty());
    }
}
