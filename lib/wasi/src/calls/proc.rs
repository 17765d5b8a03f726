//! `proc_exit`, `proc_raise` and `sched_yield`.
//!
//! `proc_exit` must stop the guest without unwinding through wasm frames:
//! the host function returns an [`I32Exit`] error, which comes back out of
//! the outermost `Func::call`; [`exit_code`] finds it there.
//!
//! Statuses follow Wasmtime (its preview1 `proc_exit`): 0..=125 end the
//! program with that status; anything else (126 and above, and negative
//! values, which are large as the `u32` WASI passes) is an error,
//! [`InvalidExit`], "exit with invalid exit status outside of [0..126)",
//! which `trident run` and executables report on stderr with status 1.
//! The WASI spec keeps 126 and above from programs (shells use them for
//! "cannot execute", "not found" and signals), and POSIX would silently
//! keep only the low 8 bits (256 would report success).

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

/// The guest called `proc_exit` with a status outside `0..126` (as the
/// `u32` WASI passes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidExit(pub u32);

impl std::fmt::Display for InvalidExit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit with invalid exit status outside of [0..126): {}",
            self.0
        )
    }
}

impl std::error::Error for InvalidExit {}

/// What `proc_exit(code)` returns to its caller: always an error, which
/// ends the guest (see the module documentation).
pub fn exit_error(code: i32) -> Box<dyn std::error::Error + Send + Sync> {
    if (code as u32) < 126 {
        Box::new(I32Exit(code))
    } else {
        Box::new(InvalidExit(code as u32))
    }
}

/// The first `T` among `error`'s host errors (directly, or as the source
/// of a host-error trap, however deeply nested).
fn find<T: std::error::Error + Copy + 'static>(error: &trident::Error) -> Option<T> {
    fn from_dyn<T: std::error::Error + Copy + 'static>(
        e: &(dyn std::error::Error + 'static),
    ) -> Option<T> {
        if let Some(x) = e.downcast_ref::<T>() {
            return Some(*x);
        }
        if let Some(inner) = e.downcast_ref::<trident::Error>() {
            return find(inner);
        }
        e.source().and_then(from_dyn)
    }
    match error {
        trident::Error::Host(e) => from_dyn(e.as_ref()),
        trident::Error::Trap(t) => t.source.as_ref().and_then(|e| from_dyn(e.as_ref())),
        _ => None,
    }
}

/// The exit status, if `error` is a guest's `proc_exit` with a valid
/// status (0..=125).
pub fn exit_code(error: &trident::Error) -> Option<i32> {
    find::<I32Exit>(error).map(|x| x.0)
}

/// The status, if `error` is a guest's `proc_exit` with an invalid one.
pub fn invalid_exit(error: &trident::Error) -> Option<u32> {
    find::<InvalidExit>(error).map(|x| x.0)
}

/// Signals are not part of the sandbox: raising one is not supported.
pub fn proc_raise(_: &mut WasiState, _: &mut GuestMemory<'_>, _signal: u32) -> WasiResult<()> {
    Err(Errno::NoSys)
}

pub fn sched_yield(_: &mut WasiState, _: &mut GuestMemory<'_>) -> WasiResult<()> {
    std::thread::yield_now();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_outside_0_to_125_are_invalid_as_in_wasmtime() {
        let is_exit = |code: i32| exit_error(code).downcast_ref::<I32Exit>().map(|e| e.0);
        let invalid = |code: i32| exit_error(code).downcast_ref::<InvalidExit>().map(|e| e.0);
        assert_eq!(is_exit(0), Some(0));
        assert_eq!(is_exit(125), Some(125));
        assert_eq!(invalid(126), Some(126));
        assert_eq!(invalid(256), Some(256));
        assert_eq!(invalid(-1), Some(u32::MAX));
        assert_eq!(
            InvalidExit(256).to_string(),
            "exit with invalid exit status outside of [0..126): 256"
        );
    }
}
