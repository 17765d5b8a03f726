//! Options every back end takes. They are part of an artifact's identity:
//! code compiled with different options is different code.

use crate::{BoundsChecks, FuelCosts};

/// How hard a back end optimizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum OptLevel {
    None,
    #[default]
    Speed,
    SpeedAndSize,
}

impl OptLevel {
    pub fn name(self) -> &'static str {
        match self {
            OptLevel::None => "none",
            OptLevel::Speed => "speed",
            OptLevel::SpeedAndSize => "speed-and-size",
        }
    }
}

/// What relaxed SIMD operators compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum RelaxedSimd {
    /// Trident's documented choice per operator (`decode::relaxed`): the
    /// same bits on every back end and ISA.
    #[default]
    Deterministic,
    /// The host's fastest form the proposal allows (fused multiply-add,
    /// `pshufb`, `cvttps2dq`, `blendv*`, `minps`/`maxps`, `pmulhrsw`,
    /// `pmaddubsw` on x86-64; `fmla`/`fmls` on AArch64): results may
    /// differ between back ends, ISAs and CPUs, within the allowed sets.
    Native,
}

impl RelaxedSimd {
    pub fn name(self) -> &'static str {
        match self {
            RelaxedSimd::Deterministic => "deterministic",
            RelaxedSimd::Native => "native",
        }
    }

    /// The mode named `name` ([`Self::name`]'s spelling).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "deterministic" => Some(RelaxedSimd::Deterministic),
            "native" => Some(RelaxedSimd::Native),
            _ => None,
        }
    }
}

/// What every back end is constructed from.
///
/// The runtime contracts behind the flags are described in
/// [`VMOffsets`](crate::VMOffsets)'s documentation (fuel, epochs) and on
/// each field.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct CompilerOptions {
    pub opt_level: OptLevel,
    pub bounds_checks: BoundsChecks,
    /// Count fuel and trap with `OutOfFuel` when it runs out.
    pub consume_fuel: bool,
    /// What operators cost when `consume_fuel` is on (compiled into the
    /// code, and charged by the bulk-operator builtins).
    pub fuel_costs: FuelCosts,
    /// Check the epoch deadline and trap with `Interrupted` when it passed.
    pub epoch_interruption: bool,
    /// Replace every NaN produced by float arithmetic (add, sub, mul, div,
    /// sqrt, min, max, ceil, floor, trunc, nearest, promote, demote, and
    /// the same SIMD lane operations) with the canonical NaN of its type:
    /// positive, quiet, zero payload (`0x7fc00000`,
    /// `0x7ff8000000000000`). Bit operations (abs, neg, copysign,
    /// reinterpret, loads, constants) are unchanged.
    pub nan_canonicalization: bool,
    /// What relaxed SIMD operators compute.
    pub relaxed_simd: RelaxedSimd,
    /// Run the back end's IR verifier (tests).
    pub verifier: bool,
    /// Leave `CompiledFunction::address_map` empty: backtraces then show
    /// no wasm offsets or source lines. Saves LLVM its debug locations
    /// (2-19% of its compile time, measured on sightglass programs); the
    /// other back ends' maps cost next to nothing.
    pub omit_address_map: bool,
    /// Target triple; `None` is the host.
    pub target: Option<String>,
    /// The CPU model code is generated for: `None` is the default (every
    /// feature of the host when compiling for the host, the architecture's
    /// baseline for a named triple), `"native"` the host, or a model name
    /// the back end knows (LLVM's spelling: `penryn`, `haswell`,
    /// `x86-64-v3`, …).
    pub target_cpu: Option<String>,
    /// Feature changes on top of `target_cpu`, applied in order: `+name`
    /// enables a feature, `-name` disables it (names as the artifact's CPU
    /// feature list spells them: `sse4.1`, `avx`, `avx2`, …). Disabling a
    /// feature disables the features built on it (`-avx` also removes
    /// `avx2`).
    pub cpu_features: Vec<String>,
}

impl CompilerOptions {
    /// The cost table, when the code consumes fuel.
    pub fn fuel(&self) -> Option<FuelCosts> {
        self.consume_fuel.then_some(self.fuel_costs)
    }

    /// How fuel is counted, for settings fingerprints: `false`, or `true`
    /// with the cost table.
    pub fn fuel_fingerprint(&self) -> String {
        match self.fuel() {
            None => "false".to_string(),
            Some(c) => format!("true ({c})"),
        }
    }
}
