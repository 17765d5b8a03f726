//! Error helpers: every failure is a typed [`CompileError`], never a panic.
//!
//! Helpers deep inside IR construction do not know which function they
//! work on; they report `CompileError::Codegen` without a function, and
//! the batch code attributes it (`CompileError::in_function`).

use trident_types::CompileError;

pub(crate) type Result<T> = std::result::Result<T, CompileError>;

/// The back end's name.
pub(crate) const BACKEND: &str = "llvm";

/// A `CompileError::Unsupported` from this back end.
pub(crate) fn unsupported(what: impl Into<String>, offset: Option<usize>) -> CompileError {
    CompileError::Unsupported {
        backend: BACKEND,
        what: what.into(),
        offset,
    }
}

/// A `CompileError::Codegen` (no function yet): a bug in this back end or
/// LLVM misbehaving.
pub(crate) fn codegen(message: impl Into<String>) -> CompileError {
    CompileError::codegen(format!("{BACKEND}: {}", message.into()))
}
/// Turns inkwell's builder errors into [`CompileError`]s.
pub(crate) trait IrResult<T> {
    fn ir(self) -> Result<T>;
}

impl<T> IrResult<T> for std::result::Result<T, inkwell::builder::BuilderError> {
    fn ir(self) -> Result<T> {
        self.map_err(|e| codegen(format!("IR builder: {e}")))
    }
}
