//! Running a measurement in a child process: its output, exit status, wall
//! time and peak memory (from `wait4`'s resource usage), with a deadline.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished child process gave.
pub struct ChildResult {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit status, or `None` when killed by a signal.
    pub status: Option<i32>,
    pub wall: Duration,
    /// Peak resident set size in bytes.
    pub peak_rss: u64,
    pub timed_out: bool,
}

/// Runs `command` in `dir` and waits for it, killing it after `timeout`.
pub fn run_child(
    mut command: Command,
    dir: &Path,
    timeout: Duration,
) -> std::io::Result<ChildResult> {
    command
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let out_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut v);
        }
        v
    });
    let err_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut v);
        }
        v
    });
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value to be overwritten.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: `pid` is our own child, not yet reaped (std's `Child` is
        // never waited on here); the out-pointers are valid.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        if r < 0 {
            return Err(std::io::Error::last_os_error());
        }
        if started.elapsed() > timeout && !timed_out {
            timed_out = true;
            // SAFETY: signalling our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let wall = started.elapsed();
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    let exited = libc::WIFEXITED(status);
    Ok(ChildResult {
        stdout,
        stderr,
        status: exited.then(|| libc::WEXITSTATUS(status)),
        wall,
        // ru_maxrss is in KiB on Linux.
        peak_rss: (usage.ru_maxrss.max(0) as u64) * 1024,
        timed_out,
    })
}
