//! Errors of the embedding API.

use std::fmt;
use thiserror::Error;
use trident_types::{CompileError, TrapCode};
use trident_vm::{FrameInfo, HostError};

/// A trap: wasm code stopped because of `code`.
#[derive(Debug)]
pub struct Trap {
    pub code: TrapCode,
    /// The program counter of the trapping instruction, if known.
    pub pc: Option<usize>,
    /// For `HostError`, the host function's error.
    pub source: Option<HostError>,
    /// The wasm frames that were active, innermost first; through
    /// host→wasm→host→wasm chains, the inner wasm frames come first.
    pub backtrace: Vec<FrameInfo>,
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wasm trap: {}", self.code)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        if !self.backtrace.is_empty() {
            write!(f, "\nwasm backtrace:")?;
            for (i, frame) in self.backtrace.iter().enumerate() {
                write!(f, "\n  {i:>3}: {frame}")?;
                // Source lines (module DWARF), innermost first: all but
                // the last were inlined into the next.
                let n = frame.source.len();
                for (k, line) in frame.source.iter().enumerate() {
                    let inlined = if k + 1 < n { " (inlined)" } else { "" };
                    write!(f, "\n         {line}{inlined}")?;
                }
            }
        }
        Ok(())
    }
}

impl std::error::Error for Trap {}

/// An import could not be satisfied.
#[derive(Debug, Error)]
pub enum LinkError {
    #[error("import {module}::{field}: incompatible import type: expected {expected}, got {got}")]
    Incompatible {
        module: String,
        field: String,
        expected: String,
        got: String,
    },
    #[error("unknown import: {module}::{field} has not been defined")]
    Unknown { module: String, field: String },
    #[error("module needs {expected} imports but {got} were given")]
    Count { expected: usize, got: usize },
}

/// Everything that can go wrong in the API.
#[derive(Debug, Error)]
pub enum Error {
    #[error(transparent)]
    Compile(#[from] CompileError),
    #[error(transparent)]
    Trap(#[from] Trap),
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("instantiation failed: {0}")]
    Instantiation(#[from] trident_vm::InstantiationError),
    #[error("cannot load compiled code: {0}")]
    Load(#[from] trident_artifact::LoadError),
    #[error(transparent)]
    Artifact(#[from] trident_artifact::ArtifactError),
    #[error("invalid configuration: {0}")]
    Config(String),
    #[error("invalid text module: {0}")]
    Text(String),
    #[error("type mismatch: {0}")]
    Type(String),
    #[error("no export named `{0}`")]
    NoExport(String),
    #[error("limit exceeded: {0}")]
    Limit(String),
    #[error("a handle was used with a store it does not belong to")]
    WrongStore,
    #[error("{0}")]
    Host(HostError),
}

impl Error {
    /// The trap code, if this error is a trap.
    pub fn trap_code(&self) -> Option<TrapCode> {
        match self {
            Error::Trap(t) => Some(t.code),
            _ => None,
        }
    }

    /// A host function's own error, for host functions to return.
    pub fn msg(message: impl Into<String>) -> Error {
        Error::Host(message.into().into())
    }
}
