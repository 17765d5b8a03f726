//! Engine configuration.

use crate::profiling::Profiling;
use std::path::PathBuf;
pub use trident_types::OptLevel;
use trident_types::{BoundsChecks, CompilerOptions, Features, FuelCosts, RelaxedSimd};

/// Settings for an [`Engine`](crate::Engine).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Config {
    /// The back end, by name (`cranelift`, `singlepass`, `llvm`); it must
    /// be compiled in (Cargo features of the same names).
    pub backend: String,
    pub opt_level: OptLevel,
    /// The Wasm features modules are validated against (default: Wasm 3.0;
    /// what Trident does not compile yet is `CompileError::Unsupported`
    /// naming the proposal).
    pub features: Features,
    pub bounds_checks: BoundsChecks,
    /// Bytes of native stack wasm may use below the outermost host→wasm
    /// call before it traps with `StackOverflow`.
    pub max_wasm_stack: usize,
    /// Run the back end's IR verifier (slower; meant for tests).
    pub verifier: bool,
    /// Count fuel ([`Store::set_fuel`](crate::Store::set_fuel)); running
    /// out traps with `OutOfFuel`.
    pub consume_fuel: bool,
    /// What operators cost when [`Config::consume_fuel`] is on (default
    /// [`FuelCosts::DEFAULT`], the README's cost table). Compiled into the
    /// code: artifacts and cache entries compiled with another table are
    /// refused or recompiled.
    pub fuel_costs: FuelCosts,
    /// Check epoch deadlines ([`Engine::increment_epoch`](crate::Engine::increment_epoch),
    /// [`Store::set_epoch_deadline`](crate::Store::set_epoch_deadline)).
    pub epoch_interruption: bool,
    /// Make float results deterministic: every NaN they produce becomes the
    /// canonical NaN.
    pub nan_canonicalization: bool,
    /// What relaxed SIMD operators compute: Trident's deterministic choice
    /// (default; the same bits on every back end and machine) or the
    /// host's fastest allowed form ([`RelaxedSimd::Native`]). Compiled
    /// into the code and recorded in artifacts.
    pub relaxed_simd: RelaxedSimd,
    /// The target triple to compile for (`None`: this machine). Code for
    /// another target can only be precompiled
    /// ([`Engine::precompile_module`](crate::Engine::precompile_module)).
    pub target: Option<String>,
    /// The CPU model to compile for (`None`: the host's when compiling for
    /// this machine, the architecture's baseline for a named target;
    /// `"native"`: this machine's). See `CompilerOptions::target_cpu`.
    pub target_cpu: Option<String>,
    /// CPU feature changes on top of `target_cpu` (`+avx`, `-avx2`, …).
    /// The features the code may use are recorded in artifacts; a machine
    /// lacking one refuses the artifact.
    pub cpu_features: Vec<String>,
    /// Keep compiled modules in the compile cache and reuse them (on by
    /// default).
    pub cache: bool,
    /// The cache directory; `None`: `$TRIDENT_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/trident`, else `~/.cache/trident`.
    pub cache_directory: Option<PathBuf>,
    /// The cache's size cap in bytes; least recently used entries go first.
    pub cache_max_bytes: u64,
    /// What Trident tells `perf` about JIT code (default: nothing). Never
    /// changes code.
    pub profiling: Profiling,
    /// Register loaded code with debuggers (GDB's JIT interface, which
    /// LLDB reads too), so they name wasm functions in backtraces. Never
    /// changes code.
    pub debug_info: bool,
    /// Keep each function's address map (on by default), so backtraces
    /// give wasm offsets and, with DWARF, source lines. Off saves LLVM
    /// some compile time.
    pub generate_address_map: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            backend: Config::DEFAULT_BACKEND.to_string(),
            opt_level: OptLevel::Speed,
            features: Features::WASM3,
            bounds_checks: BoundsChecks::Static,
            max_wasm_stack: 1 << 20,
            verifier: false,
            consume_fuel: false,
            fuel_costs: FuelCosts::DEFAULT,
            epoch_interruption: false,
            nan_canonicalization: false,
            relaxed_simd: RelaxedSimd::Deterministic,
            target: None,
            target_cpu: None,
            cpu_features: Vec::new(),
            cache: true,
            cache_directory: None,
            cache_max_bytes: trident_artifact::cache::DEFAULT_MAX_BYTES,
            profiling: Profiling::None,
            debug_info: false,
            generate_address_map: true,
        }
    }
}

impl Config {
    /// The back end used unless another is chosen.
    pub const DEFAULT_BACKEND: &'static str = "cranelift";

    /// The back ends compiled into this build.
    pub fn available_backends() -> &'static [&'static str] {
        &[
            #[cfg(feature = "cranelift")]
            "cranelift",
            #[cfg(feature = "llvm")]
            "llvm",
            #[cfg(feature = "singlepass")]
            "singlepass",
        ]
    }

    pub fn backend(&mut self, name: &str) -> &mut Self {
        self.backend = name.to_string();
        self
    }

    pub fn bounds_checks(&mut self, style: BoundsChecks) -> &mut Self {
        self.bounds_checks = style;
        self
    }

    pub fn opt_level(&mut self, level: OptLevel) -> &mut Self {
        self.opt_level = level;
        self
    }

    pub fn verifier(&mut self, on: bool) -> &mut Self {
        self.verifier = on;
        self
    }

    pub fn max_wasm_stack(&mut self, bytes: usize) -> &mut Self {
        self.max_wasm_stack = bytes;
        self
    }

    pub fn consume_fuel(&mut self, on: bool) -> &mut Self {
        self.consume_fuel = on;
        self
    }

    /// Sets the fuel cost table (see [`Config::fuel_costs`]).
    pub fn fuel_costs(&mut self, costs: FuelCosts) -> &mut Self {
        self.fuel_costs = costs;
        self
    }

    pub fn epoch_interruption(&mut self, on: bool) -> &mut Self {
        self.epoch_interruption = on;
        self
    }

    pub fn nan_canonicalization(&mut self, on: bool) -> &mut Self {
        self.nan_canonicalization = on;
        self
    }

    pub fn relaxed_simd(&mut self, mode: RelaxedSimd) -> &mut Self {
        self.relaxed_simd = mode;
        self
    }

    pub fn target(&mut self, triple: Option<&str>) -> &mut Self {
        self.target = triple.map(str::to_string);
        self
    }

    pub fn target_cpu(&mut self, cpu: Option<&str>) -> &mut Self {
        self.target_cpu = cpu.map(str::to_string);
        self
    }

    /// Sets the Wasm features modules are validated against, e.g.
    /// `Features::WASM2` or `"3.0,-gc".parse()?`.
    pub fn wasm_features(&mut self, features: Features) -> &mut Self {
        self.features = features;
        self
    }

    /// Sets the CPU feature changes from a comma-separated list such as
    /// `+avx2,-fma` (empty: none).
    pub fn cpu_features(&mut self, list: &str) -> &mut Self {
        self.cpu_features = list
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect();
        self
    }

    pub fn cache(&mut self, on: bool) -> &mut Self {
        self.cache = on;
        self
    }

    /// Writes a perf map or a jitdump file for the code modules load
    /// (see [`Profiling`]).
    pub fn profiling(&mut self, mode: Profiling) -> &mut Self {
        self.profiling = mode;
        self
    }

    /// Registers the code modules load with debuggers (see
    /// [`Config::debug_info`](Config#structfield.debug_info)).
    pub fn debug_info(&mut self, on: bool) -> &mut Self {
        self.debug_info = on;
        self
    }

    /// Keeps the address maps backtraces use (see
    /// [`Config::generate_address_map`](Config#structfield.generate_address_map)).
    pub fn generate_address_map(&mut self, on: bool) -> &mut Self {
        self.generate_address_map = on;
        self
    }

    pub fn cache_directory(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.cache_directory = Some(dir.into());
        self
    }

    /// The cache directory in use (see [`Config::cache_directory`]).
    pub fn resolved_cache_dir(&self) -> Option<PathBuf> {
        self.cache_directory
            .clone()
            .or_else(trident_artifact::Cache::default_dir)
    }

    /// What the back end is built from.
    pub fn compiler_options(&self) -> CompilerOptions {
        CompilerOptions {
            opt_level: self.opt_level,
            bounds_checks: self.bounds_checks,
            consume_fuel: self.consume_fuel,
            // Prices only matter to code that counts fuel: without it the
            // options (and so cache keys and artifact headers) stay the
            // same whatever the table.
            fuel_costs: if self.consume_fuel {
                self.fuel_costs
            } else {
                FuelCosts::DEFAULT
            },
            epoch_interruption: self.epoch_interruption,
            nan_canonicalization: self.nan_canonicalization,
            relaxed_simd: self.relaxed_simd,
            verifier: self.verifier,
            omit_address_map: !self.generate_address_map,
            target: self.target.clone(),
            target_cpu: self.target_cpu.clone(),
            cpu_features: self.cpu_features.clone(),
        }
    }
}
