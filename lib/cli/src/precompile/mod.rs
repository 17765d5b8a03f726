//! `trident compile`, `trident create-obj` and `trident create-exe`: a
//! module compiled ahead of time into an artifact, an ELF object, or a
//! native executable.
//!
//! All three compile the same way (one back end, options and target from
//! [`CodegenArgs`], no compile cache: the output is the product), then:
//! * `compile` serializes the module (`trident run FILE.trident` loads it
//!   without compiling), signed with `--sign KEY`;
//! * `create-obj` writes the object file (`trident_artifact::object`);
//! * `create-exe` writes the object and a generated `main` into a temporary
//!   directory and links them with the system C compiler against the
//!   headless runtime library ([`headless`] finds or builds it, [`link`]
//!   links).

pub mod headless;
pub mod link;

use std::path::{Path, PathBuf};
use std::time::Instant;
use thiserror::Error;
use trident::{BoundsChecks, Config, Engine, Features, OptLevel, RelaxedSimd};

/// Why an ahead-of-time command failed.
#[derive(Debug, Error)]
pub enum PrecompileError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Text { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Compile {
        path: PathBuf,
        source: trident::Error,
    },
    #[error(transparent)]
    Object(#[from] trident_artifact::object::ObjectError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("headless runtime: {0}")]
    Runtime(String),
    #[error("{path}: {message}")]
    Key { path: PathBuf, message: String },
    #[error("--sign applies to artifacts (`trident compile`), not to {0}")]
    SignWhat(&'static str),
    #[error("linking failed: `{command}` {status}\n{output}")]
    Link {
        command: String,
        status: String,
        output: String,
    },
}

/// How the module is compiled (shared by the three commands).
#[derive(clap::Args, Clone, Debug)]
pub struct CodegenArgs {
    /// Back end: one of those compiled in (see --version).
    #[arg(long, default_value = Config::DEFAULT_BACKEND)]
    pub backend: String,
    /// Target triple (default: this machine, with all its CPU features;
    /// a named triple gets that architecture's baseline).
    #[arg(long, value_name = "TRIPLE")]
    pub target: Option<String>,
    /// CPU model: `native` or a name such as `penryn`, `haswell`,
    /// `x86-64-v3` (default: this machine's for this machine, the
    /// architecture's baseline for a named triple).
    #[arg(long, value_name = "NAME|native")]
    pub target_cpu: Option<String>,
    /// CPU feature changes, e.g. `-avx,-avx2` or `+avx2`; the features the
    /// code may use are recorded, and a machine without them refuses it.
    #[arg(long, value_name = "+x,-y", allow_hyphen_values = true)]
    pub cpu_features: Option<String>,
    /// How memory accesses are bounds-checked: static or dynamic.
    #[arg(long, default_value = "static", value_parser = parse_bounds)]
    pub bounds_checks: BoundsChecks,
    /// Wasm features: `3.0` (default) or `2.0`, then `+proposal` or
    /// `-proposal` changes, e.g. `3.0,-gc` or `2.0,+tail-call`.
    #[arg(
        long,
        default_value = "3.0",
        value_name = "SET[,+p,-p]",
        allow_hyphen_values = true
    )]
    pub features: Features,
    /// Optimization level: none, speed or speed-and-size.
    #[arg(long, default_value = "speed", value_parser = parse_opt_level)]
    pub opt_level: OptLevel,
    /// What relaxed SIMD operators compute: `deterministic` (the same bits
    /// on every back end and machine) or `native` (the target's fastest
    /// allowed form). Compiled in and recorded.
    #[arg(long, default_value = "deterministic", value_parser = crate::parse_relaxed_simd)]
    pub relaxed_simd: RelaxedSimd,
    /// Compile in fuel checks, so `trident run --fuel N` (or
    /// `TRIDENT_EXE_OPTIONS=--fuel N` for an executable) can stop the code.
    #[arg(long)]
    pub fuel: bool,
    /// With --fuel: price operators with the cost table in FILE (lines
    /// `key = value`: structural, call, bulk, grow, other,
    /// memory_chunk_bytes, table_chunk_elements, chunk; see the README)
    /// instead of the default one. The table is compiled in and recorded.
    #[arg(long, value_name = "FILE", requires = "fuel")]
    pub fuel_costs: Option<PathBuf>,
    /// Compile in epoch checks, so `trident run --timeout` (or
    /// `TRIDENT_EXE_OPTIONS=--timeout D`) can stop the code.
    #[arg(long)]
    pub epochs: bool,
}

fn parse_bounds(s: &str) -> Result<BoundsChecks, String> {
    match s {
        "static" => Ok(BoundsChecks::Static),
        "dynamic" => Ok(BoundsChecks::Dynamic),
        _ => Err(format!("`{s}` is not static or dynamic")),
    }
}

fn parse_opt_level(s: &str) -> Result<OptLevel, String> {
    [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize]
        .into_iter()
        .find(|l| l.name() == s)
        .ok_or_else(|| format!("`{s}` is not none, speed or speed-and-size"))
}

impl CodegenArgs {
    /// The engine configuration these options describe (cache off); fails
    /// when the `--fuel-costs` file cannot be read or parsed.
    pub fn config(&self) -> Result<Config, PrecompileError> {
        let mut c = Config::default();
        if let Some(path) = &self.fuel_costs {
            let costs = crate::read_fuel_costs(path).map_err(|message| PrecompileError::Text {
                path: path.clone(),
                message,
            })?;
            c.fuel_costs(costs);
        }
        c.backend(&self.backend)
            .target(self.target.as_deref())
            .target_cpu(self.target_cpu.as_deref())
            .cpu_features(self.cpu_features.as_deref().unwrap_or(""))
            .bounds_checks(self.bounds_checks)
            .wasm_features(self.features)
            .opt_level(self.opt_level)
            .relaxed_simd(self.relaxed_simd)
            .consume_fuel(self.fuel)
            .epoch_interruption(self.epochs)
            .cache(false);
        Ok(c)
    }
}

/// Arguments of `compile`, `create-obj` and `create-exe`.
#[derive(clap::Args, Clone, Debug)]
pub struct PrecompileArgs {
    #[command(flatten)]
    pub codegen: CodegenArgs,
    /// Where to write the output (default: FILE with the output's
    /// extension: .trident, .o, or none for an executable).
    #[arg(short = 'o', long, value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
    /// Print how long each step took.
    #[arg(long)]
    pub timings: bool,
    /// Sign the artifact with this ed25519 private key (PEM, from
    /// `trident keygen` or `openssl genpkey -algorithm ed25519`); `trident
    /// run --verify PUBLIC_KEY` then runs only what it signed.
    #[arg(long, value_name = "KEY")]
    pub sign: Option<PathBuf>,
    /// create-exe: keep the executable's symbol table (wasm functions as
    /// `wasm[MODULE]::NAME`), for perf and debuggers; executables are
    /// stripped otherwise.
    #[arg(short = 'g', long)]
    pub debug_symbols: bool,
    /// The module (.wasm or .wat).
    pub file: PathBuf,
}

/// What a command produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Artifact,
    Object,
    Executable,
}

impl Output {
    fn extension(self) -> &'static str {
        match self {
            Output::Artifact => "trident",
            Output::Object => "o",
            Output::Executable => "",
        }
    }
}

impl PrecompileArgs {
    /// The output path: `-o`, or FILE with the output's extension.
    pub fn output_path(&self, kind: Output) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.file.with_extension(kind.extension()))
    }
}

/// Reads a module: binary, or text (converted to binary).
pub fn read_module(path: &Path) -> Result<Vec<u8>, PrecompileError> {
    let bytes = std::fs::read(path).map_err(|source| PrecompileError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    wat::parse_bytes(&bytes)
        .map(|b| b.into_owned())
        .map_err(|e| PrecompileError::Text {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), PrecompileError> {
    std::fs::write(path, bytes).map_err(|source| PrecompileError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Step timings, printed with `--timings`.
struct Timer {
    on: bool,
    last: Instant,
}

impl Timer {
    fn new(on: bool) -> Timer {
        Timer {
            on,
            last: Instant::now(),
        }
    }
    fn step(&mut self, what: &str) {
        if self.on {
            eprintln!("{what}: {:.1} ms", self.last.elapsed().as_secs_f64() * 1e3);
        }
        self.last = Instant::now();
    }
}

/// Compiles `args.file` and writes `kind` of output; returns its path.
pub fn precompile(args: &PrecompileArgs, kind: Output) -> Result<PathBuf, PrecompileError> {
    let mut timer = Timer::new(args.timings);
    let key = match (&args.sign, kind) {
        (None, _) => None,
        (Some(path), Output::Artifact) => Some(read_signing_key(path)?),
        (Some(_), Output::Object) => return Err(PrecompileError::SignWhat("object files")),
        (Some(_), Output::Executable) => return Err(PrecompileError::SignWhat("executables")),
    };
    let wasm = read_module(&args.file)?;
    let compile_error = |source| PrecompileError::Compile {
        path: args.file.clone(),
        source,
    };
    let engine = Engine::new(&args.codegen.config()?).map_err(compile_error)?;
    crate::progress::attach(&engine);
    let (header, parts) = engine.compile_parts(&wasm).map_err(compile_error)?;
    timer.step("compile");
    let out = args.output_path(kind);
    match kind {
        Output::Artifact => {
            let mut bytes = trident_artifact::write_artifact(&header, &parts);
            if let Some(key) = &key {
                bytes = trident_artifact::signature::sign_artifact(&bytes, key).map_err(|e| {
                    PrecompileError::Key {
                        path: out.clone(),
                        message: e.to_string(),
                    }
                })?;
            }
            write(&out, &bytes)?;
        }
        Output::Object => {
            let obj = trident_artifact::object::write_object(
                &parts,
                &header.backend,
                &header.options,
                &header.target,
                &header.cpu_features,
            )?;
            write(&out, &obj)?;
        }
        Output::Executable => {
            let obj = trident_artifact::object::write_object(
                &parts,
                &header.backend,
                &header.options,
                &header.target,
                &header.cpu_features,
            )?;
            timer.step("object");
            let runtime = headless::find_or_build(args.codegen.target.as_deref())?;
            timer.step("runtime library");
            let strip = !args.debug_symbols;
            link::link_executable(&obj, &runtime, &header.target, &out, strip)?;
            timer.step("link");
        }
    }
    Ok(out)
}

fn read_signing_key(
    path: &Path,
) -> Result<trident_artifact::signature::PrivateKey, PrecompileError> {
    let key_error = |message: String| PrecompileError::Key {
        path: path.to_path_buf(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| key_error(e.to_string()))?;
    trident_artifact::signature::read_private_key(&text).map_err(|e| key_error(e.to_string()))
}

/// `trident keygen KEY`: a new key pair, the private key in KEY (mode
/// 0600, never overwritten) and the public key in KEY.pub; returns the
/// latter's path.
pub fn keygen(key: &Path) -> Result<PathBuf, PrecompileError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let signing = trident_artifact::signature::generate().map_err(|e| PrecompileError::Key {
        path: key.to_path_buf(),
        message: format!("cannot make a key: {e}"),
    })?;
    let (private, public) = trident_artifact::signature::to_pem(&signing);
    let mut public_path = key.as_os_str().to_owned();
    public_path.push(".pub");
    let public_path = PathBuf::from(public_path);
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| PrecompileError::Write { path, source }
    };
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(key)
        .and_then(|mut f| f.write_all(private.as_bytes()))
        .map_err(write_error(key))?;
    write(&public_path, public.as_bytes())?;
    Ok(public_path)
}

/// Runs one of the three commands as the binary does: prints the error,
/// returns the exit status.
pub fn main(args: &PrecompileArgs, kind: Output) -> std::process::ExitCode {
    match precompile(args, kind) {
        Ok(_) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
