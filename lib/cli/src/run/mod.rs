//! `trident run`: run a WASI command (`_start`) or call one export
//! (`--invoke`), with WASI preview1 and the sightglass `bench` imports,
//! from a module or a precompiled artifact (see `load.rs`).
//!
//! The library half does everything but exiting: [`run`] returns an
//! [`Outcome`] or a [`RunError`], and the binary turns those into the exit
//! status: the guest's `proc_exit` status (0..=125), 0 when `_start`
//! returns, 134 for a trap, 1 for anything that stopped the module from
//! running and for a `proc_exit` status outside 0..126 (as Wasmtime; see
//! `trident_wasi::InvalidExit`); the binary exits 2 when the command line
//! cannot be parsed.
//! Standard streams are parameters so tests can capture them.

mod args;
mod clock;
mod load;

pub use args::{parse_duration, parse_value, show_value};
pub use clock::GuestProfileOptions;

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;
use thiserror::Error;
use trident::{
    BoundsChecks, Config, Engine, ExportKind, Features, Linker, Module, Profiling, RelaxedSimd,
    Store, Val,
};
use trident_wasi::{Stream, WasiCtx, WasiCtxBuilder};

/// Everything `trident run` is told.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The back end (`None`: the default; for an artifact, the one that
    /// compiled it, and a different one given here is an error).
    pub backend: Option<String>,
    /// The bounds-check style (`None`: static; for an artifact, its own,
    /// and a different one given here is an error).
    pub bounds_checks: Option<BoundsChecks>,
    /// What relaxed SIMD computes (`None`: deterministic; for an
    /// artifact, its own, and a different one given here is an error).
    pub relaxed_simd: Option<RelaxedSimd>,
    /// CPU model to compile for (see `Config::target_cpu`).
    pub target_cpu: Option<String>,
    /// CPU feature changes, comma-separated (see `Config::cpu_features`).
    pub cpu_features: String,
    /// The Wasm features a module is validated against (default 3.0).
    pub features: Features,
    /// Pre-opened directories: host path, guest path.
    pub dirs: Vec<(PathBuf, String)>,
    /// Environment variables the guest sees.
    pub env: Vec<(String, String)>,
    /// Pass the host's whole environment (before `env`).
    pub inherit_env: bool,
    /// Use the compile cache (modules only; artifacts are never compiled).
    pub cache: bool,
    /// Call this export instead of `_start`; `args` become its arguments.
    pub invoke: Option<String>,
    pub fuel: Option<u64>,
    /// The cost table file (`--fuel-costs`): compile with it, or check an
    /// artifact was compiled with it.
    pub fuel_costs: Option<PathBuf>,
    pub timeout: Option<Duration>,
    /// Public keys (PEM files): when any is given, the file must be an
    /// artifact signed by one of them.
    pub verify: Vec<PathBuf>,
    /// What to tell `perf` about the JIT code (`--profile perfmap|jitdump`).
    pub profiling: Profiling,
    /// Sample the wasm stack into a profile (`--profile guest`).
    pub guest_profile: Option<GuestProfileOptions>,
    /// Register the JIT code with debuggers (`-g`).
    pub debug_info: bool,
    /// The module (.wasm, or .wat text).
    pub file: PathBuf,
    /// The program's arguments (after its name).
    pub args: Vec<OsString>,
}

impl RunOptions {
    pub fn new(file: impl Into<PathBuf>) -> RunOptions {
        RunOptions {
            backend: None,
            bounds_checks: None,
            relaxed_simd: None,
            target_cpu: None,
            cpu_features: String::new(),
            features: Features::default(),
            dirs: Vec::new(),
            env: Vec::new(),
            inherit_env: false,
            cache: true,
            profiling: Profiling::None,
            guest_profile: None,
            debug_info: false,
            invoke: None,
            fuel: None,
            fuel_costs: None,
            timeout: None,
            verify: Vec::new(),
            file: file.into(),
            args: Vec::new(),
        }
    }
}

/// How a run ended, when the module ran.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// `_start` returned (0) or the guest called `proc_exit`.
    Exit(i32),
    /// The `--invoke`d function returned these.
    Results(Vec<Val>),
}

/// Why a run failed.
#[derive(Debug, Error)]
pub enum RunError {
    /// The module could not run: missing or malformed file, bad options,
    /// missing imports or exports (exit status 1).
    #[error("{0}")]
    Setup(String),
    /// The guest trapped (exit status 134).
    #[error("{0}")]
    Trap(trident::Error),
    /// The guest called `proc_exit` with a status outside 0..126 (exit
    /// status 1, as Wasmtime).
    #[error("{}", trident_wasi::InvalidExit(*.0))]
    InvalidExit(u32),
}

impl RunError {
    /// The process exit status for this error.
    pub fn exit_status(&self) -> i32 {
        match self {
            RunError::Setup(_) | RunError::InvalidExit(_) => 1,
            RunError::Trap(_) => 134,
        }
    }
}

fn setup(message: impl std::fmt::Display) -> RunError {
    RunError::Setup(message.to_string())
}

/// The guest's standard streams.
pub struct Stdio {
    pub stdin: Stream,
    pub stdout: Stream,
    pub stderr: Stream,
}

impl Stdio {
    /// The host process's own streams.
    pub fn inherit() -> Stdio {
        Stdio {
            stdin: Stream::HostStdin,
            stdout: Stream::HostStdout,
            stderr: Stream::HostStderr,
        }
    }
}

/// The cost table of `--fuel-costs`, if given.
pub(crate) fn fuel_costs(o: &RunOptions) -> Result<Option<trident::FuelCosts>, RunError> {
    o.fuel_costs
        .as_deref()
        .map(crate::read_fuel_costs)
        .transpose()
        .map_err(setup)
}

fn engine(o: &RunOptions) -> Result<Engine, RunError> {
    let mut config = Config::default();
    if let Some(costs) = fuel_costs(o)? {
        config.fuel_costs(costs);
    }
    config
        .backend(o.backend.as_deref().unwrap_or(Config::DEFAULT_BACKEND))
        .bounds_checks(o.bounds_checks.unwrap_or_default())
        .relaxed_simd(o.relaxed_simd.unwrap_or_default())
        .target_cpu(o.target_cpu.as_deref())
        .cpu_features(&o.cpu_features)
        .wasm_features(o.features)
        .consume_fuel(o.fuel.is_some())
        .epoch_interruption(o.timeout.is_some() || o.guest_profile.is_some())
        .cache(o.cache)
        .profiling(o.profiling)
        .debug_info(o.debug_info);
    let engine = Engine::new(&config).map_err(setup)?;
    crate::progress::attach(&engine);
    Ok(engine)
}

fn wasi_ctx(o: &RunOptions, stdio: Stdio) -> Result<WasiCtx, RunError> {
    let mut b = WasiCtxBuilder::new();
    b.arg(o.file.as_os_str()).args(&o.args);
    if o.inherit_env {
        b.inherit_env();
    }
    for (k, v) in &o.env {
        b.env(k, v).map_err(setup)?;
    }
    for (host, guest) in &o.dirs {
        b.preopened_dir(host, guest.as_str()).map_err(setup)?;
    }
    b.stdin(stdio.stdin)
        .stdout(stdio.stdout)
        .stderr(stdio.stderr);
    Ok(b.build())
}

/// "name (kind), …" for an error message about a module's exports.
fn describe_exports(module: &Module) -> String {
    let names: Vec<String> = module
        .exports()
        .map(|e| {
            let kind = match e.kind {
                ExportKind::Func(_) => "function",
                ExportKind::Table(_) => "table",
                ExportKind::Memory(_) => "memory",
                ExportKind::Global(_) => "global",
            };
            format!("`{}` ({kind})", e.name)
        })
        .collect();
    if names.is_empty() {
        "nothing".to_string()
    } else {
        names.join(", ")
    }
}

/// Runs a module to the end.
pub fn run(o: &RunOptions, stdio: Stdio) -> Result<Outcome, RunError> {
    let bytes = std::fs::read(&o.file)
        .map_err(|e| setup(format!("cannot read {}: {e}", o.file.display())))?;
    let (engine, module) = load::load(o, &bytes)?;
    let mut linker: Linker<WasiCtx> = Linker::new();
    trident_wasi::add_to_linker(&mut linker, |ctx| ctx);
    // The sightglass convention: calls around the measured part.
    linker.func_wrap("bench", "start", || {});
    linker.func_wrap("bench", "end", || {});
    let mut store = Store::new(&engine, wasi_ctx(o, stdio)?);
    match o.fuel {
        Some(fuel) => store.set_fuel(fuel),
        // An artifact compiled with fuel checks, run without --fuel.
        None if engine.config().consume_fuel => store.set_fuel(u64::MAX),
        None => {}
    }
    let clock = clock::Clock::start(&engine, &mut store, o)?;
    let outcome = run_instance(o, &module, &mut linker, &mut store);
    match (clock.finish(), outcome) {
        (Ok(()), outcome) => outcome,
        // The program ran to a normal end: the missing profile is the error.
        (Err(e), Ok(Outcome::Exit(0) | Outcome::Results(_))) => Err(e),
        // Otherwise what the program did comes first.
        (Err(e), outcome) => {
            eprintln!("warning: {e}");
            outcome
        }
    }
}

/// Instantiates `module` and calls `_start` or the `--invoke` export.
fn run_instance(
    o: &RunOptions,
    module: &Module,
    linker: &mut Linker<WasiCtx>,
    mut store: &mut Store<WasiCtx>,
) -> Result<Outcome, RunError> {
    let instance = match linker.instantiate(store, module) {
        Ok(i) => i,
        // Linking and instantiation problems stop the module before it
        // runs; anything else came out of running its start function.
        Err(
            e @ (trident::Error::Link(_)
            | trident::Error::Instantiation(_)
            | trident::Error::Type(_)),
        ) => return Err(setup(format!("{}: {e}", o.file.display()))),
        Err(e) => return finish(e),
    };
    let name = match &o.invoke {
        Some(name) => {
            // A WASI reactor initialises itself before its exports are used.
            if let Some(init) = instance.get_func(&mut store, "_initialize") {
                if let Err(e) = init.call(&mut store, &[], &mut []) {
                    return finish(e);
                }
            }
            name.as_str()
        }
        None => "_start",
    };
    let func = instance
        .get_func(&mut store, name)
        .ok_or_else(|| match &o.invoke {
            Some(_) => setup(format!(
                "{} has no exported function `{name}`; it exports {}",
                o.file.display(),
                describe_exports(module)
            )),
            None => setup(format!(
                "{} has no `_start` function and no --invoke was given; it exports {}",
                o.file.display(),
                describe_exports(module)
            )),
        })?;
    let ty = func.ty(&store);
    let params = if o.invoke.is_some() {
        if ty.params.len() != o.args.len() {
            return Err(setup(format!(
                "`{name}` is {ty}: it takes {} arguments, {} given",
                ty.params.len(),
                o.args.len()
            )));
        }
        o.args
            .iter()
            .zip(&ty.params)
            .map(|(a, t)| parse_value(&a.to_string_lossy(), *t))
            .collect::<Result<Vec<_>, _>>()
            .map_err(setup)?
    } else {
        if !ty.params.is_empty() || !ty.results.is_empty() {
            return Err(setup(format!(
                "`_start` is {ty}; a WASI command's `_start` takes and returns nothing"
            )));
        }
        Vec::new()
    };
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    match func.call(&mut store, &params, &mut results) {
        Ok(()) if o.invoke.is_some() => Ok(Outcome::Results(results)),
        Ok(()) => Ok(Outcome::Exit(0)),
        Err(e) => finish(e),
    }
}

/// A call's error: the guest's exit, or a trap.
fn finish(e: trident::Error) -> Result<Outcome, RunError> {
    if let Some(code) = trident_wasi::exit_code(&e) {
        return Ok(Outcome::Exit(code));
    }
    match trident_wasi::invalid_exit(&e) {
        Some(code) => Err(RunError::InvalidExit(code)),
        None => Err(RunError::Trap(e)),
    }
}
