//! Errors shared by the front end and the back ends.

use thiserror::Error;

/// A module could not be decoded or did not validate.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[error("{message} (at offset {offset:#x})")]
pub struct WasmError {
    pub message: String,
    /// Byte offset in the module where the problem was found.
    pub offset: usize,
}

/// Why a module could not be compiled.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CompileError {
    /// The bytes are not a valid module (malformed or invalid).
    #[error("invalid module: {0}")]
    Invalid(#[from] WasmError),
    /// The module is valid but uses something this back end (or Trident)
    /// does not support. Never a miscompilation: the module is rejected.
    #[error("unsupported by the {backend} back end: {what}{}", offset.map(|o| format!(" (at offset {o:#x})")).unwrap_or_default())]
    Unsupported {
        backend: &'static str,
        what: String,
        offset: Option<usize>,
    },
    /// The module is valid but exceeds an implementation limit.
    #[error("implementation limit exceeded: {0}")]
    Limit(String),
    /// The code generator failed; this is a bug in Trident.
    #[error("code generation failed in function {func}: {message}")]
    Codegen { func: u32, message: String },
}
