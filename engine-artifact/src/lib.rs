//! Trident's artifact engine.
//!
//! The reading half, which the compiler-free headless runtime needs and
//! which depends on `trident-types` only:
//! * [`load_code`]: lays compiled functions out in one anonymous mapping,
//!   applies their relocations while the mapping is writable, and only then
//!   flips it to read+execute: code memory is never writable and executable
//!   at the same time; then makes it visible to instruction fetch
//!   (`icache.rs`: a cache flush on AArch64);
//! * [`read_artifact`]: checks and decodes a serialized module
//!   ([`artifact`] documents the format and the order of the checks);
//! * [`linked`]: the metadata of a module linked into an executable.
//!
//! The writing half: [`write_artifact`], the compile [`cache`], and (with
//! the `object` feature, which pulls in the `object` crate) ELF object
//! files in [`object`].
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

pub use artifact::{
    is_artifact, read_artifact, read_artifact_for_inspection, read_artifact_header,
    trident_version, write_artifact, ArtifactError, ArtifactHeader, FORMAT_VERSION, MAGIC,
};
pub use cache::{Cache, CacheKey};
pub use codec::DecodeError;
pub use linked::{read_metadata, LinkedLayout, LinkedModule};
pub use loader::{load_code, LoadError, LoadedCode};
pub use parts::{imported_types, ModuleParts};

/// Identity of this build's sources (runtime and compilers).
pub const TRIDENT_BUILD_ID: &str = env!("TRIDENT_BUILD_ID");

/// Identity of the runtime side's sources and target: the headless
/// runtime's entry point is named `trident_headless_main_<ABI_HASH>`.
pub const ABI_HASH: &str = env!("TRIDENT_ABI_HASH");

/// The headless runtime's entry point for this build.
pub fn headless_entry_symbol() -> String {
    format!("trident_headless_main_{ABI_HASH}")
}
