//! Trident's artifact engine.
//!
//! The reading half, which the compiler-free headless runtime needs and
//! which depends on `trident-types` only:
//! * [`load_code`]: lays compiled functions out in one anonymous mapping,
//!   applies their relocations while the mapping is writable, and only then
//!   flips it to read+execute: code memory is never writable and executable
//!   at the same time; then makes it visible to instruction fetch
//!   (`icache.rs`: a cache flush on AArch64);
//! * [`read_artifact`]: checks, decodes and validates a serialized module
//!   ([`artifact`] documents the format and the order of the checks,
//!   [`validate`] what a decoded module must satisfy before anything is
//!   loaded);
//! * [`linked`]: the metadata of a module linked into an executable.
//!
//! The writing half: [`write_artifact`], the compile [`cache`], (with the
//! `object` feature, which pulls in the `object` crate) ELF object files in
//! [`object`], and (with the `sign` feature) ed25519 signatures of
//! artifacts in `signature`.
//!
//! [`TRIDENT_BUILD_ID`] and [`ABI_HASH`] identify the build (see `build.rs`).

pub mod artifact;
pub mod cache;
mod codec;
pub mod cpu;
mod icache;
pub mod linked;
mod loader;
#[cfg(feature = "object")]
pub mod object;
mod parts;
#[cfg(feature = "sign")]
pub mod signature;
pub mod validate;

pub use artifact::{
    is_artifact, read_artifact, read_artifact_for_inspection, read_artifact_header,
    trident_version, validate_parts, write_artifact, ArtifactError, ArtifactHeader, FLAG_SIGNED,
    FORMAT_VERSION, MAGIC,
};
pub use cache::{Cache, CacheKey};
pub use codec::DecodeError;
pub use linked::{read_metadata, LinkedLayout, LinkedModule};
pub use loader::{load_code, LoadError, LoadedCode};
pub use parts::{imported_types, CompiledFor, ModuleParts};

/// Identity of this build's sources (runtime and compilers).
pub const TRIDENT_BUILD_ID: &str = env!("TRIDENT_BUILD_ID");

/// Identity of the runtime side's sources and target: the headless
/// runtime's entry point is named `trident_headless_main_<ABI_HASH>`.
pub const ABI_HASH: &str = env!("TRIDENT_ABI_HASH");

/// The headless runtime's entry point for this build.
pub fn headless_entry_symbol() -> String {
    format!("trident_headless_main_{ABI_HASH}")
}
