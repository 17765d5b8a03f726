//! `poll_oneoff`: wait for clock timeouts and fd readiness.
//!
//! Regular files and in-memory streams are always ready (as `poll(2)`
//! says of regular files); the host's standard streams are waited on with
//! `poll(2)`, with the earliest clock deadline as its timeout. With no fd
//! to wait on, the call sleeps until the earliest deadline. Subscriptions
//! that cannot be served (a bad fd, an fd without `POLL_FD_READWRITE`, a
//! CPU-time clock) come back at once as events carrying an error.

use crate::abi::{clockid, poll, rights};
use crate::calls::clock;
use crate::ctx::WasiState;
use crate::errno::{Errno, WasiResult};
use crate::memory::GuestMemory;
use crate::table::Kind;
use rustix::event::{PollFd, PollFlags};
use std::os::fd::BorrowedFd;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Event {
    userdata: u64,
    error: Errno,
    kind: u8,
    nbytes: u64,
    hangup: bool,
}

impl Event {
    fn write(&self, m: &mut GuestMemory<'_>, at: u32) -> WasiResult<()> {
        m.zero(at, poll::EVENT_SIZE)?;
        m.write_u64(at, self.userdata)?;
        m.write_u16(at + 8, self.error.raw())?;
        m.write_u8(at + 10, self.kind)?;
        if self.kind != poll::CLOCK {
            m.write_u64(at + 16, self.nbytes)?;
            m.write_u16(at + 24, if self.hangup { poll::HANGUP } else { 0 })?;
        }
        Ok(())
    }

    fn error(userdata: u64, kind: u8, error: Errno) -> Event {
        Event {
            userdata,
            error,
            kind,
            nbytes: 0,
            hangup: false,
        }
    }

    fn ready(userdata: u64, kind: u8, nbytes: u64) -> Event {
        Event {
            userdata,
            error: Errno::Success,
            kind,
            nbytes,
            hangup: false,
        }
    }
}

/// An fd subscription that needs the host's `poll(2)`.
struct HostWait {
    userdata: u64,
    kind: u8,
    fd: BorrowedFd<'static>,
}

/// How long from now until a clock subscription fires.
fn clock_delay(id: u32, timeout: u64, flags: u16) -> WasiResult<Duration> {
    match id {
        clockid::REALTIME | clockid::MONOTONIC => {}
        _ => return Err(Errno::NotSup),
    }
    let ns = if flags & poll::ABSTIME != 0 {
        timeout.saturating_sub(clock::now(id)?)
    } else {
        timeout
    };
    Ok(Duration::from_nanos(ns))
}

fn fd_event(
    s: &WasiState,
    userdata: u64,
    kind: u8,
    fd: u32,
    waits: &mut Vec<HostWait>,
) -> Option<Event> {
    let e = match s.table.get(fd) {
        Ok(e) => e,
        Err(err) => return Some(Event::error(userdata, kind, err)),
    };
    if let Err(err) = e.check(rights::POLL_FD_READWRITE) {
        return Some(Event::error(userdata, kind, err));
    }
    match &e.kind {
        Kind::File(f) => {
            let nbytes = if kind == poll::FD_READ {
                let len = f.metadata().map(|md| md.len()).unwrap_or(0);
                let pos = rustix::fs::tell(f).unwrap_or(len);
                len.saturating_sub(pos)
            } else {
                0
            };
            Some(Event::ready(userdata, kind, nbytes))
        }
        Kind::Dir(_) => Some(Event::error(userdata, kind, Errno::Badf)),
        Kind::Stream(st) => match (st.ready_bytes(), st.host_fd()) {
            (_, Some(fd)) => {
                waits.push(HostWait { userdata, kind, fd });
                None
            }
            (n, None) => Some(Event::ready(userdata, kind, n.unwrap_or(0))),
        },
    }
}

fn wait_host(waits: &[HostWait], timeout: Option<Duration>) -> WasiResult<Vec<Event>> {
    let mut fds: Vec<PollFd<'_>> = waits
        .iter()
        .map(|w| {
            let flags = if w.kind == poll::FD_READ {
                PollFlags::IN
            } else {
                PollFlags::OUT
            };
            PollFd::new(&w.fd, flags)
        })
        .collect();
    let ts = timeout.map(|d| rustix::time::Timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64) as i64,
        tv_nsec: d.subsec_nanos() as _,
    });
    loop {
        match rustix::event::poll(&mut fds, ts.as_ref()) {
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
            Ok(_) => break,
        }
    }
    let mut out = Vec::new();
    for (w, p) in waits.iter().zip(&fds) {
        let r = p.revents();
        if r.is_empty() {
            continue;
        }
        let mut ev = Event::ready(w.userdata, w.kind, 0);
        if r.contains(PollFlags::NVAL) {
            ev.error = Errno::Badf;
        } else if r.contains(PollFlags::ERR) {
            ev.error = Errno::Io;
        }
        ev.hangup = r.contains(PollFlags::HUP);
        if w.kind == poll::FD_READ && ev.error == Errno::Success {
            ev.nbytes = rustix::io::ioctl_fionread(w.fd).unwrap_or(0);
        }
        out.push(ev);
    }
    Ok(out)
}

pub fn poll_oneoff(
    s: &mut WasiState,
    m: &mut GuestMemory<'_>,
    input: u32,
    output: u32,
    count: u32,
    nevents: u32,
) -> WasiResult<()> {
    if count == 0 {
        return Err(Errno::Inval);
    }
    // Check both arrays up front, so nothing happens before a FAULT.
    m.slice(
        input,
        count
            .checked_mul(poll::SUBSCRIPTION_SIZE)
            .ok_or(Errno::Fault)?,
    )?;
    m.slice(
        output,
        count.checked_mul(poll::EVENT_SIZE).ok_or(Errno::Fault)?,
    )?;
    let start = Instant::now();
    let mut events = Vec::new();
    let mut clocks: Vec<(u64, Duration)> = Vec::new();
    let mut waits = Vec::new();
    for i in 0..count {
        let at = input + i * poll::SUBSCRIPTION_SIZE;
        let userdata = m.read_u64(at)?;
        let tag = m.read_u8(at + 8)?;
        match tag {
            poll::CLOCK => {
                let id = m.read_u32(at + 16)?;
                let timeout = m.read_u64(at + 24)?;
                let flags = m.read_u16(at + 40)?;
                match clock_delay(id, timeout, flags) {
                    Ok(d) => clocks.push((userdata, d)),
                    Err(e) => events.push(Event::error(userdata, poll::CLOCK, e)),
                }
            }
            poll::FD_READ | poll::FD_WRITE => {
                let fd = m.read_u32(at + 16)?;
                if let Some(ev) = fd_event(s, userdata, tag, fd, &mut waits) {
                    events.push(ev);
                }
            }
            _ => return Err(Errno::Inval),
        }
    }
    let earliest = clocks.iter().map(|c| c.1).min();
    if events.is_empty() || !waits.is_empty() {
        // Something to wait for: block only if nothing is ready yet.
        let timeout = if events.is_empty() {
            earliest
        } else {
            Some(Duration::ZERO)
        };
        if !waits.is_empty() {
            events.extend(wait_host(&waits, timeout)?);
        } else if let Some(d) = timeout {
            std::thread::sleep(d);
        }
    }
    let elapsed = start.elapsed();
    for (userdata, d) in clocks {
        if d <= elapsed || (events.is_empty() && Some(d) == earliest) {
            events.push(Event::ready(userdata, poll::CLOCK, 0));
        }
    }
    for (i, ev) in events.iter().enumerate() {
        ev.write(m, output + i as u32 * poll::EVENT_SIZE)?;
    }
    m.write_u32(nevents, events.len() as u32)
}
