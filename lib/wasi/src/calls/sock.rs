//! `sock_accept`, `sock_recv`, `sock_send`, `sock_shutdown`.
//!
//! Trident hands a guest no sockets (there is no option to pre-open one),
//! so each of these fails: `BADF` for an fd that is not open, `NOTSOCK`
//! for one that is, exactly what a native program sees when it calls the
//! socket functions on a file.

use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;

fn not_a_socket(s: &WasiState, fd: u32) -> WasiResult<()> {
    s.table.get(fd)?;
    Err(Errno::NotSock)
}

pub fn sock_accept(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    _flags: u32,
    _out: u32,
) -> WasiResult<()> {
    not_a_socket(s, fd)
}

pub fn sock_recv(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u32,
    _nread: u32,
    _oflags: u32,
) -> WasiResult<()> {
    not_a_socket(s, fd)
}

pub fn sock_send(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u32,
    _nwritten: u32,
) -> WasiResult<()> {
    not_a_socket(s, fd)
}

pub fn sock_shutdown(
    s: &mut WasiState,
    _: &mut GuestMemory<'_>,
    fd: u32,
    _how: u32,
) -> WasiResult<()> {
    not_a_socket(s, fd)
}
