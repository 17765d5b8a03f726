//! Code loading: the half of the artifact engine that the headless runtime
//! needs, depending on `trident-types` only.
//!
//! [`load_code`] lays compiled functions out in one anonymous mapping,
//! applies their relocations while the mapping is writable, and only then
//! flips it to read+execute: code memory is never writable and executable
//! at the same time.

mod loader;

pub use loader::{load_code, LoadError, LoadedCode};
