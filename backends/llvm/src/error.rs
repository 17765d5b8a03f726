//! Error helpers: every failure is a typed [`CompileError`], never a panic.
//!
//! Helpers deep inside IR construction do not know which function they
//! work on; they report `CompileError::Codegen` with [`UNKNOWN_FUNCTION`],
//! and the batch driver fills in the function index ([`in_function`]).

use trident_types::CompileError;

pub(crate) type Result<T> = std::result::Result<T, CompileError>;

/// The back end's name.
pub(crate) const BACKEND: &str = "llvm";

/// Function index used in errors before the function is known, and for
/// trampolines and batch-level failures.
pub(crate) const UNKNOWN_FUNCTION: u32 = u32::MAX;

/// A `CompileError::Unsupported` from this back end.
pub(crate) fn unsupported(what: impl Into<String>, offset: Option<usize>) -> CompileError {
    CompileError::Unsupported {
        backend: BACKEND,
        what: what.into(),
        offset,
    }
}

/// A `CompileError::Codegen`: a bug in this back end or LLVM misbehaving.
pub(crate) fn codegen(message: impl Into<String>) -> CompileError {
    CompileError::Codegen {
        func: UNKNOWN_FUNCTION,
        message: format!("{BACKEND}: {}", message.into()),
    }
}

/// Attributes a `Codegen` error without a function to `func`.
pub(crate) fn in_function(e: CompileError, func: u32) -> CompileError {
    match e {
        CompileError::Codegen {
            func: UNKNOWN_FUNCTION,
            message,
        } => CompileError::Codegen { func, message },
        other => other,
    }
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
