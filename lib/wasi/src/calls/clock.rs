//! `clock_res_get` and `clock_time_get`: the four preview1 clocks map to
//! the host's `CLOCK_REALTIME`, `CLOCK_MONOTONIC`,
//! `CLOCK_PROCESS_CPUTIME_ID` and `CLOCK_THREAD_CPUTIME_ID`; times are
//! nanoseconds in a u64.

use crate::abi::clockid;
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use rustix::time::{ClockId, Timespec};

fn host_clock(id: u32) -> WasiResult<ClockId> {
    Ok(match id {
        clockid::REALTIME => ClockId::Realtime,
        clockid::MONOTONIC => ClockId::Monotonic,
        clockid::PROCESS_CPUTIME => ClockId::ProcessCPUTime,
        clockid::THREAD_CPUTIME => ClockId::ThreadCPUTime,
        _ => return Err(Errno::Inval),
    })
}

fn nanos(t: Timespec) -> u64 {
    (t.tv_sec.max(0) as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(t.tv_nsec.max(0) as u64)
}

/// The current time of WASI clock `id`, in nanoseconds.
pub(crate) fn now(id: u32) -> WasiResult<u64> {
    Ok(nanos(rustix::time::clock_gettime(host_clock(id)?)))
}

pub fn clock_res_get(
    _: &mut WasiState,
    m: &mut GuestMemory<'_>,
    id: u32,
    out: u32,
) -> WasiResult<()> {
    let res = nanos(rustix::time::clock_getres(host_clock(id)?));
    m.write_u64(out, res.max(1))
}

pub fn clock_time_get(
    _: &mut WasiState,
    m: &mut GuestMemory<'_>,
    id: u32,
    _precision: u64,
    out: u32,
) -> WasiResult<()> {
    m.write_u64(out, now(id)?)
}
