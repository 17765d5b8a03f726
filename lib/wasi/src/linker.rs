//! Registering the 46 `wasi_snapshot_preview1` functions with a
//! [`Linker`].
//!
//! Each host function finds the calling instance's exported `memory`,
//! takes the WASI state out of the store data for the length of the call
//! (see [`WasiCtx`]), runs the implementation and returns its errno.
//! Invariants: the state is always put back, whatever the call returns;
//! only `proc_exit` (and a module that exports no memory, or a re-entrant
//! call) turns into an error that stops the guest.

use crate::abi::MODULE;

use crate::calls::*;
use crate::ctx::{WasiCtx, WasiState};
use crate::errno::WasiResult;
use crate::memory::GuestMemory;
use trident::{Caller, Error, Extern, Linker};

/// Finds the store's [`WasiCtx`] in its data.
pub type GetCtx<T> = fn(&mut T) -> &mut WasiCtx;

fn call<T>(
    caller: &mut Caller<'_, T>,
    get: GetCtx<T>,
    f: impl FnOnce(&mut WasiState, &mut GuestMemory<'_>) -> WasiResult<()>,
) -> Result<i32, Error> {
    let memory = caller
        .get_export("memory")
        .and_then(Extern::into_memory)
        .ok_or_else(|| {
            Error::msg("a WASI function was called by a module that exports no `memory`")
        })?;
    let mut state = get(caller.data_mut())
        .take()
        .ok_or_else(|| Error::msg("a WASI function was re-entered"))?;
    let result = f(&mut state, &mut GuestMemory::new(memory.data_mut(caller)));
    get(caller.data_mut()).restore(state);
    Ok(match result {
        Ok(()) => 0,
        Err(e) => i32::from(e.raw()),
    })
}

/// Registers one function: its WASI name, the implementation, and the
/// wasm parameter types (`i32` for 32-bit values, `i64` for 64-bit ones;
/// they reach the implementation as the unsigned values the ABI means).
macro_rules! wasi {
    ($linker:ident, $get:ident, $name:literal, $func:path, $($arg:ident: $ty:ty),*) => {
        $linker.func_wrap(
            MODULE,
            $name,
            move |mut caller: Caller<'_, T>, $($arg: $ty),*| -> Result<i32, Error> {
                call(&mut caller, $get, |s, m| $func(s, m, $($arg as _),*))
            },
        );
    };
}

/// Defines every `wasi_snapshot_preview1` function in `linker`; `get`
/// finds the [`WasiCtx`] in the store's data.
pub fn add_to_linker<T: 'static>(linker: &mut Linker<T>, get: GetCtx<T>) {
    wasi!(linker, get, "args_get", args::args_get, argv: i32, buf: i32);
    wasi!(linker, get, "args_sizes_get", args::args_sizes_get, argc: i32, size: i32);
    wasi!(linker, get, "environ_get", args::environ_get, environ: i32, buf: i32);
    wasi!(linker, get, "environ_sizes_get", args::environ_sizes_get, count: i32, size: i32);
    wasi!(linker, get, "clock_res_get", clock::clock_res_get, id: i32, out: i32);
    wasi!(linker, get, "clock_time_get", clock::clock_time_get, id: i32, precision: i64, out: i32);
    wasi!(linker, get, "fd_advise", fd::fd_advise, fd: i32, offset: i64, len: i64, advice: i32);
    wasi!(linker, get, "fd_allocate", fd::fd_allocate, fd: i32, offset: i64, len: i64);
    wasi!(linker, get, "fd_close", fd::fd_close, fd: i32);
    wasi!(linker, get, "fd_datasync", fd::fd_datasync, fd: i32);
    wasi!(linker, get, "fd_fdstat_get", fd::fd_fdstat_get, fd: i32, out: i32);
    wasi!(linker, get, "fd_fdstat_set_flags", fd::fd_fdstat_set_flags, fd: i32, flags: i32);
    wasi!(linker, get, "fd_fdstat_set_rights", fd::fd_fdstat_set_rights, fd: i32, base: i64, inheriting: i64);
    wasi!(linker, get, "fd_filestat_get", fd::fd_filestat_get, fd: i32, out: i32);
    wasi!(linker, get, "fd_filestat_set_size", fd::fd_filestat_set_size, fd: i32, size: i64);
    wasi!(linker, get, "fd_filestat_set_times", fd::fd_filestat_set_times, fd: i32, atim: i64, mtim: i64, flags: i32);
    wasi!(linker, get, "fd_pread", io::fd_pread, fd: i32, iovs: i32, count: i32, offset: i64, out: i32);
    wasi!(linker, get, "fd_prestat_get", fd::fd_prestat_get, fd: i32, out: i32);
    wasi!(linker, get, "fd_prestat_dir_name", fd::fd_prestat_dir_name, fd: i32, path: i32, len: i32);
    wasi!(linker, get, "fd_pwrite", io::fd_pwrite, fd: i32, iovs: i32, count: i32, offset: i64, out: i32);
    wasi!(linker, get, "fd_read", io::fd_read, fd: i32, iovs: i32, count: i32, out: i32);
    wasi!(linker, get, "fd_readdir", readdir::fd_readdir, fd: i32, buf: i32, len: i32, cookie: i64, out: i32);
    wasi!(linker, get, "fd_renumber", fd::fd_renumber, from: i32, to: i32);
    wasi!(linker, get, "fd_seek", io::fd_seek, fd: i32, offset: i64, whence: i32, out: i32);
    wasi!(linker, get, "fd_sync", fd::fd_sync, fd: i32);
    wasi!(linker, get, "fd_tell", io::fd_tell, fd: i32, out: i32);
    wasi!(linker, get, "fd_write", io::fd_write, fd: i32, iovs: i32, count: i32, out: i32);
    wasi!(linker, get, "path_create_directory", path::path_create_directory, fd: i32, path: i32, len: i32);
    wasi!(linker, get, "path_filestat_get", path::path_filestat_get, fd: i32, flags: i32, path: i32, len: i32, out: i32);
    wasi!(linker, get, "path_filestat_set_times", path::path_filestat_set_times,
        fd: i32, flags: i32, path: i32, len: i32, atim: i64, mtim: i64, fst: i32);
    wasi!(linker, get, "path_link", path::path_link,
        old_fd: i32, old_flags: i32, old_path: i32, old_len: i32, new_fd: i32, new_path: i32, new_len: i32);
    wasi!(linker, get, "path_open", open::path_open,
        fd: i32, dirflags: i32, path: i32, len: i32, oflags: i32, base: i64, inheriting: i64, fdflags: i32, out: i32);
    wasi!(linker, get, "path_readlink", path::path_readlink,
        fd: i32, path: i32, len: i32, buf: i32, buf_len: i32, out: i32);
    wasi!(linker, get, "path_remove_directory", path::path_remove_directory, fd: i32, path: i32, len: i32);
    wasi!(linker, get, "path_rename", path::path_rename,
        old_fd: i32, old_path: i32, old_len: i32, new_fd: i32, new_path: i32, new_len: i32);
    wasi!(linker, get, "path_symlink", path::path_symlink,
        old_path: i32, old_len: i32, fd: i32, new_path: i32, new_len: i32);
    wasi!(linker, get, "path_unlink_file", path::path_unlink_file, fd: i32, path: i32, len: i32);
    wasi!(linker, get, "poll_oneoff", poll::poll_oneoff, input: i32, output: i32, count: i32, nevents: i32);
    wasi!(linker, get, "proc_raise", proc::proc_raise, signal: i32);
    wasi!(linker, get, "sched_yield", proc::sched_yield,);
    wasi!(linker, get, "random_get", random::random_get, buf: i32, len: i32);
    wasi!(linker, get, "sock_accept", sock::sock_accept, fd: i32, flags: i32, out: i32);
    wasi!(linker, get, "sock_recv", sock::sock_recv,
        fd: i32, iovs: i32, count: i32, flags: i32, nread: i32, oflags: i32);
    wasi!(linker, get, "sock_send", sock::sock_send, fd: i32, iovs: i32, count: i32, flags: i32, nwritten: i32);
    wasi!(linker, get, "sock_shutdown", sock::sock_shutdown, fd: i32, how: i32);
    linker.func_wrap(MODULE, "proc_exit", |code: i32| -> Result<(), Error> {
        Err(Error::Host(proc::exit_error(code)))
    });
}

/// The names of every function [`add_to_linker`] defines.
pub const FUNCTIONS: [&str; 46] = [
    "args_get",
    "args_sizes_get",
    "environ_get",
    "environ_sizes_get",
    "clock_res_get",
    "clock_time_get",
    "fd_advise",
    "fd_allocate",
    "fd_close",
    "fd_datasync",
    "fd_fdstat_get",
    "fd_fdstat_set_flags",
    "fd_fdstat_set_rights",
    "fd_filestat_get",
    "fd_filestat_set_size",
    "fd_filestat_set_times",
    "fd_pread",
    "fd_prestat_get",
    "fd_prestat_dir_name",
    "fd_pwrite",
    "fd_read",
    "fd_readdir",
    "fd_renumber",
    "fd_seek",
    "fd_sync",
    "fd_tell",
    "fd_write",
    "path_create_directory",
    "path_filestat_get",
    "path_filestat_set_times",
    "path_link",
    "path_open",
    "path_readlink",
    "path_remove_directory",
    "path_rename",
    "path_symlink",
    "path_unlink_file",
    "poll_oneoff",
    "proc_exit",
    "proc_raise",
    "sched_yield",
    "random_get",
    "sock_accept",
    "sock_recv",
    "sock_send",
    "sock_shutdown",
];
