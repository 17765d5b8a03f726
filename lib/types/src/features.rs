//! The Wasm feature set a module is validated against.

/// Which Wasm proposals are enabled. The default is exactly Wasm 2.0 core:
/// mutable globals, sign extension, saturating float-to-int, multi-value,
/// bulk memory, reference types and fixed-width SIMD.
///
/// Validation uses these flags; a back end that cannot compile an enabled
/// feature rejects a module that uses it with
/// [`CompileError::Unsupported`](crate::CompileError::Unsupported).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Features {
    pub mutable_global: bool,
    pub sign_extension: bool,
    pub saturating_float_to_int: bool,
    pub multi_value: bool,
    pub bulk_memory: bool,
    pub reference_types: bool,
    pub simd: bool,
}

impl Features {
    /// Exactly the Wasm 2.0 core feature set.
    pub const WASM2: Features = Features {
        mutable_global: true,
        sign_extension: true,
        saturating_float_to_int: true,
        multi_value: true,
        bulk_memory: true,
        reference_types: true,
        simd: true,
    };

    /// Wasm 1.0 (MVP) with nothing added.
    pub const MVP: Features = Features {
        mutable_global: true,
        sign_extension: false,
        saturating_float_to_int: false,
        multi_value: false,
        bulk_memory: false,
        reference_types: false,
        simd: false,
    };
}

impl Default for Features {
    fn default() -> Self {
        Features::WASM2
    }
}
