//! The implementations of the preview1 calls, grouped by concern. Each
//! takes the WASI state, the guest memory and the call's arguments (as
//! unsigned values) and returns an errno; none can panic on guest input.

// The functions mirror the WASI signatures, argument for argument.
#![allow(clippy::too_many_arguments)]

pub mod args;
pub mod clock;
pub mod fd;
pub mod io;
pub mod open;
pub mod path;
pub mod poll;
pub mod proc;
pub mod random;
pub mod readdir;
pub mod sock;
pub mod stat;
