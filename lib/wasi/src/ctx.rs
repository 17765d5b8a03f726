//! The per-store WASI state and its builder.
//!
//! A [`WasiCtx`] lives in the store's data. Host functions take its state
//! out for the length of one call (so they can hold the guest memory and
//! the fd table mutably at once) and put it back before returning; WASI
//! calls never re-enter wasm, so the state is never needed twice at once.
//! Nothing is inherited from the host unless the builder says so: no
//! environment variables, no directories, null standard streams.

use crate::stream::Stream;
use crate::table::{Entry, FdTable};
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Why a context could not be built.
#[derive(Debug, Error)]
pub enum WasiError {
    #[error("cannot pre-open directory {path}: {source}")]
    Preopen {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("environment variable `{0}` has no `=`-free name")]
    BadEnv(String),
}

pub(crate) struct WasiState {
    pub args: Vec<Vec<u8>>,
    /// `NAME=value` strings.
    pub env: Vec<Vec<u8>>,
    pub table: FdTable,
}

/// A guest's WASI world: arguments, environment, open fds.
pub struct WasiCtx {
    state: Option<Box<WasiState>>,
}

impl WasiCtx {
    /// Takes the state out for one call.
    pub(crate) fn take(&mut self) -> Option<Box<WasiState>> {
        self.state.take()
    }

    pub(crate) fn restore(&mut self, state: Box<WasiState>) {
        self.state = Some(state);
    }
}

/// Builds a [`WasiCtx`].
pub struct WasiCtxBuilder {
    args: Vec<Vec<u8>>,
    env: Vec<Vec<u8>>,
    stdio: [Stream; 3],
    preopens: Vec<(cap_std::fs::Dir, String)>,
}

impl Default for WasiCtxBuilder {
    fn default() -> Self {
        WasiCtxBuilder {
            args: Vec::new(),
            env: Vec::new(),
            stdio: [Stream::Null, Stream::Null, Stream::Null],
            preopens: Vec::new(),
        }
    }
}

impl WasiCtxBuilder {
    pub fn new() -> WasiCtxBuilder {
        WasiCtxBuilder::default()
    }

    /// Appends one argument (the first is the program name).
    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut Self {
        self.args.push(arg.as_ref().as_bytes().to_vec());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(&mut self, args: I) -> &mut Self {
        for a in args {
            self.arg(a);
        }
        self
    }

    /// Sets one environment variable (a later one of the same name wins).
    pub fn env(
        &mut self,
        name: impl AsRef<OsStr>,
        value: impl AsRef<OsStr>,
    ) -> Result<&mut Self, WasiError> {
        let name = name.as_ref().as_bytes();
        if name.is_empty() || name.contains(&b'=') || name.contains(&0) {
            return Err(WasiError::BadEnv(
                String::from_utf8_lossy(name).into_owned(),
            ));
        }
        let mut entry = name.to_vec();
        entry.push(b'=');
        self.env.retain(|e| !e.starts_with(&entry));
        entry.extend_from_slice(value.as_ref().as_bytes());
        self.env.push(entry);
        Ok(self)
    }

    /// Passes the host's whole environment.
    pub fn inherit_env(&mut self) -> &mut Self {
        for (k, v) in std::env::vars_os() {
            // A host variable whose name the guest could not represent is
            // skipped rather than mangled.
            let _ = self.env(k, v);
        }
        self
    }

    pub fn stdin(&mut self, s: Stream) -> &mut Self {
        self.stdio[0] = s;
        self
    }

    pub fn stdout(&mut self, s: Stream) -> &mut Self {
        self.stdio[1] = s;
        self
    }

    pub fn stderr(&mut self, s: Stream) -> &mut Self {
        self.stdio[2] = s;
        self
    }

    /// Connects fds 0, 1 and 2 to the host's own.
    pub fn inherit_stdio(&mut self) -> &mut Self {
        self.stdio = [Stream::HostStdin, Stream::HostStdout, Stream::HostStderr];
        self
    }

    /// Makes the host directory `host` reachable by the guest as `guest`.
    /// Pre-opens get fds 3, 4, … in the order they are added.
    pub fn preopened_dir(
        &mut self,
        host: impl AsRef<Path>,
        guest: impl Into<String>,
    ) -> Result<&mut Self, WasiError> {
        let host = host.as_ref();
        let dir = cap_std::fs::Dir::open_ambient_dir(host, cap_std::ambient_authority()).map_err(
            |source| WasiError::Preopen {
                path: host.to_path_buf(),
                source,
            },
        )?;
        self.preopens.push((dir, guest.into()));
        Ok(self)
    }

    pub fn build(&mut self) -> WasiCtx {
        let mut table = FdTable::default();
        let stdio = std::mem::replace(&mut self.stdio, [Stream::Null, Stream::Null, Stream::Null]);
        for (fd, s) in stdio.into_iter().enumerate() {
            table.insert(fd as u32, Entry::stream(s));
        }
        for (i, (dir, guest)) in std::mem::take(&mut self.preopens).into_iter().enumerate() {
            table.insert(3 + i as u32, Entry::preopen(dir, guest));
        }
        WasiCtx {
            state: Some(Box::new(WasiState {
                args: std::mem::take(&mut self.args),
                env: std::mem::take(&mut self.env),
                table,
            })),
        }
    }
}
