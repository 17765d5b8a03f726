//! `proc_exit`, `proc_raise` and `sched_yield`.
//!
//! `proc_exit` must stop the guest without unwinding through wasm frames:
//! the host function returns an [`I32Exit`] error, which comes back out of
//! the outermost `Func::call`; [`exit_code`] finds it there.

use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;

/// The guest called `proc_exit` with this status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I32Exit(pub i32);

impl std::fmt::Display for I32Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exited with status {}", self.0)
    }
}

impl std::error::Error for I32Exit {}

/// The exit status, if `error` is a guest's `proc_exit` (directly, or as
/// the source of a host-error trap, however deeply nested).
pub fn exit_code(error: &trident::Error) -> Option<i32> {
    fn from_dyn(e: &(dyn std::error::Error + 'static)) -> Option<i32> {
        if let Some(x) = e.downcast_ref::<I32Exit>() {
            return Some(x.0);
        }
        if let Some(inner) = e.downcast_ref::<trident::Error>() {
            return exit_code(inner);
        }
        e.source().and_then(from_dyn)
    }
    match error {
        trident::Error::Host(e) => from_dyn(e.as_ref()),
        trident::Error::Trap(t) => t.source.as_ref().and_then(|e| from_dyn(e.as_ref())),
        _ => None,
    }
}

/// Signals are not part of the sandbox: raising one is not supported.
pub fn proc_raise(_: &mut WasiState, _: &mut GuestMemory<'_>, _signal: u32) -> WasiResult<()> {
    Err(Errno::NoSys)
}

pub fn sched_yield(_: &mut WasiState, _: &mut GuestMemory<'_>) -> WasiResult<()> {
    std::thread::yield_now();
    Ok(())
}
