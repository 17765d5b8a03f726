//! Standard streams: what fds 0, 1 and 2 are connected to.
//!
//! A stream is either one of the host process's own standard streams
//! (written and read unbuffered, straight through the file descriptor, so
//! output interleaves with the host's exactly as the guest wrote it), an
//! in-memory pipe (for embedders and tests that capture output), or null.
//! Streams never seek.

use crate::abi::filetype;
use std::io;
use std::os::fd::BorrowedFd;
use std::sync::{Arc, Mutex};

/// Bytes a guest writes to an in-memory stream; clones share the buffer.
#[derive(Clone, Debug, Default)]
pub struct OutputPipe(Arc<Mutex<Vec<u8>>>);

impl OutputPipe {
    pub fn new() -> OutputPipe {
        OutputPipe::default()
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn push(&self, data: &[u8]) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(data);
    }
}

/// Where a standard stream goes.
#[derive(Debug)]
pub enum Stream {
    /// The host's standard input.
    HostStdin,
    /// The host's standard output.
    HostStdout,
    /// The host's standard error.
    HostStderr,
    /// Reads from a fixed buffer, then end of file.
    Input(io::Cursor<Vec<u8>>),
    /// Writes into a shared buffer.
    Output(OutputPipe),
    /// Reads end of file; writes vanish.
    Null,
}

impl Stream {
    /// The host descriptor behind the stream, if any.
    pub(crate) fn host_fd(&self) -> Option<BorrowedFd<'static>> {
        match self {
            Stream::HostStdin => Some(rustix::stdio::stdin()),
            Stream::HostStdout => Some(rustix::stdio::stdout()),
            Stream::HostStderr => Some(rustix::stdio::stderr()),
            _ => None,
        }
    }

    /// The WASI file type: a terminal is a character device; a pipe or
    /// an in-memory stream is "unknown" (preview1 has no FIFO type), so
    /// `isatty` is false for them exactly as natively.
    pub(crate) fn filetype(&self) -> u8 {
        match self.host_fd() {
            Some(fd) if rustix::termios::isatty(fd) => filetype::CHARACTER_DEVICE,
            _ => filetype::UNKNOWN,
        }
    }

    pub(crate) fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Input(c) => io::Read::read(c, buf),
            Stream::Null => Ok(0),
            _ => match self.host_fd() {
                Some(fd) => Ok(rustix::io::read(fd, buf)?),
                None => Err(rustix::io::Errno::BADF.into()),
            },
        }
    }

    pub(crate) fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        match self {
            Stream::Output(p) => {
                let mut n = 0;
                for b in bufs {
                    p.push(b);
                    n += b.len();
                }
                Ok(n)
            }
            Stream::Null => Ok(bufs.iter().map(|b| b.len()).sum()),
            Stream::Input(_) => Err(rustix::io::Errno::BADF.into()),
            _ => match self.host_fd() {
                Some(fd) => Ok(rustix::io::writev(fd, bufs)?),
                None => Err(rustix::io::Errno::BADF.into()),
            },
        }
    }

    /// Bytes readable without blocking, when known.
    pub(crate) fn ready_bytes(&self) -> Option<u64> {
        match self {
            Stream::Input(c) => Some((c.get_ref().len() as u64).saturating_sub(c.position())),
            Stream::Null | Stream::Output(_) => Some(0),
            _ => None,
        }
    }
}
