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
/// Who refuses an unsupported construct, for `CompileError::Unsupported`.
fn unsupported_by(backend: &str) -> String {
    if backend == "front end" {
        "Trident's front end".to_string()
    } else {
        format!("the {backend} back end")
    }
}

#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CompileError {
    /// The bytes are not a valid module (malformed or invalid).
    #[error("invalid module: {0}")]
    Invalid(#[from] WasmError),
    /// The module is valid but uses something this back end (or Trident)
    /// does not support. Never a miscompilation: the module is rejected.
    /// `backend` is the back end's name, or "front end" for what no back
    /// end receives.
    #[error("unsupported by {}: {what}{}", unsupported_by(backend), offset.map(|o| format!(" (at offset {o:#x})")).unwrap_or_default())]
    Unsupported {
        backend: &'static str,
        what: String,
        offset: Option<usize>,
    },
    /// The module is valid but exceeds an implementation limit.
    #[error("implementation limit exceeded: {0}")]
    Limit(String),
    /// The code generator failed; this is a bug in Trident. `func` is the
    /// defined function being compiled, `None` for trampolines and for
    /// failures outside any one function.
    #[error("code generation failed{}: {message}", func.map(|f| format!(" in function {f}")).unwrap_or_default())]
    Codegen {
        func: Option<FuncIndex>,
        message: String,
    },
}

/// A function's index in the module's function space (imports first).
/// Crosses crate boundaries (front end, driver, back ends, errors), so it
/// is a type of its own rather than a bare `u32`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncIndex(pub u32);

impl FuncIndex {
    /// The index as a `u32`.
    pub fn as_u32(self) -> u32 {
        self.0
    }
}

impl std::fmt::Display for FuncIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl CompileError {
    /// A `Codegen` error in defined function `func`.
    pub fn codegen_in(func: u32, message: impl Into<String>) -> Self {
        CompileError::Codegen {
            func: Some(FuncIndex(func)),
            message: message.into(),
        }
    }

    /// A `Codegen` error outside any one function (trampolines, batches).
    pub fn codegen(message: impl Into<String>) -> Self {
        CompileError::Codegen {
            func: None,
            message: message.into(),
        }
    }

    /// Attributes a `Codegen` error that names no function to `func`;
    /// other errors are returned unchanged.
    pub fn in_function(self, func: u32) -> Self {
        match self {
            CompileError::Codegen {
                func: None,
                message,
            } => CompileError::codegen_in(func, message),
            other => other,
        }
    }
}
