//! The `trident` command's library half: what the subcommands do, so the
//! integration tests can run the same code the binary runs.

pub mod bench;
pub mod explore;
pub mod inspect;
pub mod precompile;
pub mod progress;
pub mod run;

use std::path::Path;
use trident::FuelCosts;

/// `--relaxed-simd deterministic|native`.
pub fn parse_relaxed_simd(s: &str) -> Result<trident::RelaxedSimd, String> {
    trident::RelaxedSimd::from_name(s)
        .ok_or_else(|| format!("`{s}` is not a relaxed SIMD mode (deterministic or native)"))
}

/// The cost table in the file `--fuel-costs` names (`key = value` lines,
/// see [`FuelCosts::parse`] and the README's cost table).
pub fn read_fuel_costs(path: &Path) -> Result<FuelCosts, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    FuelCosts::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}
