//! The `trident` command's library half: what the subcommands do, so the
//! integration tests can run the same code the binary runs.

pub mod bench;
pub mod inspect;
pub mod precompile;
pub mod run;
