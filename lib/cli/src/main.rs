//! The `trident` command: `run`, `compile`, `create-obj`, `create-exe`,
//! `inspect`, `wast` and `bench`. The work is done in the library half
//! (`trident_cli::{run, precompile, inspect, bench}`) and, for `wast`, in
//! the `trident-wast` crate; this file parses the command line and turns
//! outcomes into exit statuses.

mod bench_cmd;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use trident::{BoundsChecks, Config, Engine, Features, RelaxedSimd};
use trident_cli::precompile::{self, Output, PrecompileArgs};
use trident_cli::run::{GuestProfileOptions, Outcome, RunOptions, Stdio};

#[derive(Parser)]
#[command(
    name = "trident",
    about = "A WebAssembly compiler with three back ends"
)]
struct Cli {
    /// No notes and no progress bar (warnings and errors still print).
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum BoundsStyle {
    Static,
    Dynamic,
}

/// The shortest `--profile-interval`.
const MIN_PROFILE_INTERVAL: Duration = Duration::from_micros(10);

/// `run --profile`.
#[derive(Clone, Copy, ValueEnum)]
enum ProfileKind {
    None,
    #[value(name = "perfmap")]
    PerfMap,
    #[value(name = "jitdump")]
    JitDump,
    Guest,
}

impl From<BoundsStyle> for BoundsChecks {
    fn from(s: BoundsStyle) -> Self {
        match s {
            BoundsStyle::Static => BoundsChecks::Static,
            BoundsStyle::Dynamic => BoundsChecks::Dynamic,
        }
    }
}

#[derive(clap::Args)]
struct EngineOptions {
    /// Back end: one of those compiled in (see --version; default
    /// cranelift). For an artifact, it must be the one that compiled it.
    #[arg(long)]
    backend: Option<String>,
    /// How memory accesses are bounds-checked (default static). For an
    /// artifact, it must be the style it was compiled with.
    #[arg(long, value_enum)]
    bounds_checks: Option<BoundsStyle>,
    /// What relaxed SIMD operators compute: `deterministic` (default: the
    /// same bits on every back end and machine) or `native` (the host's
    /// fastest allowed form). For an artifact, it must be its own mode.
    #[arg(long, value_name = "deterministic|native", value_parser = trident_cli::parse_relaxed_simd)]
    relaxed_simd: Option<RelaxedSimd>,
    /// CPU model to compile for: `native` or a name such as `penryn`,
    /// `haswell`, `x86-64-v3` (default: this machine's).
    #[arg(long, value_name = "NAME|native")]
    target_cpu: Option<String>,
    /// CPU feature changes, e.g. `-avx,-avx2` or `+avx2`.
    #[arg(long, value_name = "+x,-y", allow_hyphen_values = true)]
    cpu_features: Option<String>,
    /// Wasm features: `3.0` (default) or `2.0`, then `+proposal` or
    /// `-proposal` changes, e.g. `3.0,-gc` or `2.0,+tail-call`.
    #[arg(
        long,
        default_value = "3.0",
        value_name = "SET[,+p,-p]",
        allow_hyphen_values = true
    )]
    features: Features,
}

impl EngineOptions {
    fn wast_engine(&self) -> Result<Engine, trident::Error> {
        let mut config = Config::default();
        config
            .backend(self.backend.as_deref().unwrap_or(Config::DEFAULT_BACKEND))
            .bounds_checks(self.bounds_checks.map(Into::into).unwrap_or_default())
            .relaxed_simd(self.relaxed_simd.unwrap_or_default())
            .target_cpu(self.target_cpu.as_deref())
            .cpu_features(self.cpu_features.as_deref().unwrap_or(""))
            .wasm_features(self.features)
            // Spec scripts are thousands of one-off modules: caching them
            // only fills the user's cache (every `make spec` added tens of
            // thousands of entries to ~/.cache/trident).
            .cache(false);
        Engine::new(&config)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run spec test scripts (.wast); prints one line per file and a total.
    Wast {
        #[command(flatten)]
        engine: EngineOptions,
        /// Seconds each file may take.
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Files run at once.
        #[arg(long, short = 'j', default_value_t = 2)]
        jobs: usize,
        /// Print every failure, not just the first few per file.
        #[arg(long)]
        verbose: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Run a WASI program, or call one of a module's functions.
    ///
    /// Options come before FILE; everything after FILE goes to the program
    /// (or, with --invoke, is parsed as the function's arguments).
    Run(RunArgs),
    /// Measure modules on the back ends side by side.
    Bench {
        #[command(subcommand)]
        command: bench_cmd::BenchCommand,
    },
    /// Compile a module into an artifact (.trident) that `trident run`
    /// loads without compiling.
    Compile(PrecompileArgs),
    /// Compile a module into an ELF object file.
    CreateObj(PrecompileArgs),
    /// Compile a WASI program into a native executable. It passes its
    /// arguments to the program and pre-opens the current directory; its
    /// own options go in $TRIDENT_EXE_OPTIONS.
    CreateExe(PrecompileArgs),
    /// Make an ed25519 key pair for signing artifacts (`compile --sign`,
    /// `run --verify`): KEY (private, PKCS#8 PEM, mode 0600) and KEY.pub.
    Keygen {
        /// Where to write the private key; the public key goes to KEY.pub.
        key: PathBuf,
    },
    /// Show a module's sections: counts, offsets, sizes, entries; or an
    /// artifact's back end, target, options and required CPU features.
    Inspect {
        /// The module (.wasm) or artifact (.trident).
        file: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write one HTML page with each function's wasm operators beside the
    /// machine code of each back end, mapped instruction by instruction
    /// (hover an operator to see its instructions).
    Explore {
        /// The module (.wasm or .wat).
        file: PathBuf,
        /// Where to write the page (default: FILE.html).
        #[arg(short = 'o', long, value_name = "PAGE")]
        output: Option<PathBuf>,
        /// Back ends to show, comma separated (default: all built in).
        #[arg(long, value_delimiter = ',')]
        backends: Vec<String>,
    },
    /// Print a completion script for SHELL (bash, zsh, fish, elvish,
    /// powershell), e.g. `trident completions bash > /etc/bash_completion.d/trident`.
    Completions { shell: clap_complete::Shell },
    /// Write the man pages (trident.1, trident-run.1, …) into DIR
    /// (`make install` does).
    #[command(hide = true)]
    Man { dir: PathBuf },
}

#[derive(clap::Args)]
struct RunArgs {
    #[command(flatten)]
    engine: EngineOptions,
    /// Give the program a host directory, as GUEST (default: as written).
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// Give the program the host directory HOST as GUEST.
    #[arg(long = "mapdir", value_name = "GUEST::HOST")]
    mapdirs: Vec<String>,
    /// Set an environment variable (NAME alone passes the host's value).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// Pass the host's whole environment.
    #[arg(long)]
    inherit_env: bool,
    /// Neither read nor write the compile cache.
    #[arg(long)]
    no_cache: bool,
    /// Profile the program. `perfmap` writes /tmp/perf-PID.map (for `perf
    /// report`), `jitdump` writes ./jit-PID.dump (for `perf record -k mono`
    /// and `perf inject --jit`), so `perf` names the wasm functions;
    /// `guest` samples the wasm call stack itself and writes a speedscope
    /// profile (see --profile-output).
    #[arg(long, value_name = "perfmap|jitdump|guest|none")]
    profile: Option<ProfileKind>,
    /// With --profile guest: the profile file, replaced if it exists
    /// [default: trident-guest-profile.json].
    #[arg(long, value_name = "FILE")]
    profile_output: Option<PathBuf>,
    /// With --profile guest: the time between samples, e.g. 1ms, 250us;
    /// at least 10us [default: 1ms].
    #[arg(long, value_name = "DURATION", value_parser = trident_cli::run::parse_duration)]
    profile_interval: Option<Duration>,
    /// Register the JIT code with debuggers (GDB's JIT interface, which
    /// LLDB reads too), so `gdb --args trident run -g …` names wasm
    /// functions in `bt`.
    #[arg(short = 'g', long)]
    debug_info: bool,
    /// Run FILE only if it is an artifact signed by this public key (a PEM
    /// file from `trident keygen` or OpenSSL); may be given more than once.
    #[arg(long = "verify", value_name = "PUBLIC_KEY")]
    verify: Vec<PathBuf>,
    /// Call this exported function instead of `_start` and print its results.
    #[arg(long, value_name = "FUNCTION")]
    invoke: Option<String>,
    /// Stop the program (trap) after it has used this much fuel.
    #[arg(long, value_name = "N")]
    fuel: Option<u64>,
    /// With --fuel: price operators with the cost table in FILE (lines
    /// `key = value`, see the README) instead of the default one; an
    /// artifact must have been compiled with the same table.
    #[arg(long, value_name = "FILE", requires = "fuel")]
    fuel_costs: Option<PathBuf>,
    /// Stop the program (trap) after this long, e.g. 10s, 500ms, 2m.
    #[arg(long, value_name = "DURATION", value_parser = trident_cli::run::parse_duration)]
    timeout: Option<Duration>,
    /// The module (.wasm or .wat), then the program's arguments.
    #[arg(
        value_name = "FILE [ARGS]...",
        required = true,
        num_args = 1..,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    command: Vec<OsString>,
}

impl RunArgs {
    fn options(self) -> Result<RunOptions, String> {
        let mut command = self.command.into_iter();
        let file = command.next().ok_or("no module given")?;
        let mut o = RunOptions::new(file);
        o.args = command.collect();
        o.backend = self.engine.backend;
        o.bounds_checks = self.engine.bounds_checks.map(Into::into);
        o.relaxed_simd = self.engine.relaxed_simd;
        o.target_cpu = self.engine.target_cpu;
        o.cpu_features = self.engine.cpu_features.unwrap_or_default();
        o.features = self.engine.features;
        for d in &self.dirs {
            let (host, guest) = d.split_once("::").unwrap_or((d, d));
            o.dirs.push((PathBuf::from(host), guest.to_string()));
        }
        for d in &self.mapdirs {
            let (guest, host) = d
                .split_once("::")
                .ok_or_else(|| format!("--mapdir `{d}` is not GUEST::HOST"))?;
            o.dirs.push((PathBuf::from(host), guest.to_string()));
        }
        for e in &self.env {
            match e.split_once('=') {
                Some((k, v)) => o.env.push((k.to_string(), v.to_string())),
                None => {
                    if let Ok(v) = std::env::var(e) {
                        o.env.push((e.clone(), v));
                    }
                }
            }
        }
        o.inherit_env = self.inherit_env;
        o.cache = !self.no_cache;
        if !matches!(self.profile, Some(ProfileKind::Guest))
            && (self.profile_output.is_some() || self.profile_interval.is_some())
        {
            return Err("--profile-output and --profile-interval need --profile guest".into());
        }
        match self.profile {
            Some(ProfileKind::Guest) => {
                o.guest_profile = Some(GuestProfileOptions::new(
                    self.profile_output,
                    self.profile_interval,
                ));
            }
            Some(ProfileKind::PerfMap) => o.profiling = trident::Profiling::PerfMap,
            Some(ProfileKind::JitDump) => o.profiling = trident::Profiling::JitDump,
            Some(ProfileKind::None) | None => {}
        }
        if o.guest_profile
            .as_ref()
            .is_some_and(|p| p.interval < MIN_PROFILE_INTERVAL)
        {
            // Shorter, nearly every check would sample: the program would
            // mostly walk its stack, and the profile grow without bound.
            return Err("--profile-interval must be at least 10us".into());
        }
        o.debug_info = self.debug_info;
        o.invoke = self.invoke;
        o.fuel = self.fuel;
        o.fuel_costs = self.fuel_costs;
        o.timeout = self.timeout;
        o.verify = self.verify;
        Ok(o)
    }
}

fn main() -> ExitCode {
    let version = format!(
        "{} (back ends: {})",
        env!("CARGO_PKG_VERSION"),
        Config::available_backends().join(", ")
    );
    let matches = Cli::command()
        .version(&*Box::leak(version.into_boxed_str()))
        .get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    trident_cli::progress::set_quiet(cli.quiet);
    match cli.command {
        Command::Wast {
            engine,
            timeout,
            jobs,
            verbose,
            files,
        } => wast(&engine, timeout, jobs, verbose, &files),
        Command::Run(args) => run(args),
        Command::Inspect { file, json } => inspect(&file, json),
        Command::Explore {
            file,
            output,
            backends,
        } => explore(&file, output, backends),
        Command::Compile(a) => precompile::main(&a, Output::Artifact),
        Command::CreateObj(a) => precompile::main(&a, Output::Object),
        Command::CreateExe(a) => precompile::main(&a, Output::Executable),
        Command::Keygen { key } => keygen(&key),
        Command::Bench { command } => bench_cmd::bench(command),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "trident", &mut out);
            match write_stdout(&String::from_utf8_lossy(&out)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(code) => code,
            }
        }
        Command::Man { dir } => man_pages(&dir),
    }
}

/// Writes the man pages of `trident` and its subcommands into `dir`.
fn man_pages(dir: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    match clap_mangen::generate_to(Cli::command(), dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write man pages into {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// Writes `text` to stdout; a reader that went away (a closed pipe) ends
/// the output quietly instead of panicking as `print!` would.
fn write_stdout(text: &str) -> Result<(), ExitCode> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(ExitCode::FAILURE),
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            Err(ExitCode::FAILURE)
        }
    }
}

/// Flushes what was printed, then exits with `status`.
fn exit(status: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(status)
}

/// The exit status of a command line that could not be parsed, as clap
/// uses for its own errors.
const USAGE: i32 = 2;

fn run(args: RunArgs) -> ExitCode {
    let options = match args.options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            exit(USAGE)
        }
    };
    match trident_cli::run::run(&options, Stdio::inherit()) {
        Ok(Outcome::Exit(code)) => exit(code),
        Ok(Outcome::Results(values)) => {
            let text: String = values
                .iter()
                .map(|v| format!("{}\n", trident_cli::run::show_value(v)))
                .collect();
            match write_stdout(&text) {
                Ok(()) => exit(0),
                Err(_) => exit(1),
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit(e.exit_status())
        }
    }
}

fn keygen(key: &std::path::Path) -> ExitCode {
    match trident_cli::precompile::keygen(key) {
        Ok(public) => {
            eprintln!("wrote {} and {}", key.display(), public.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn explore(file: &Path, output: Option<PathBuf>, backends: Vec<String>) -> ExitCode {
    let out = output.unwrap_or_else(|| file.with_extension("html"));
    let backends = if backends.is_empty() {
        Config::available_backends()
            .iter()
            .map(|b| b.to_string())
            .collect()
    } else {
        backends
    };
    match trident_cli::explore::explore(file, &out, &backends) {
        Ok(()) => {
            trident_cli::progress::note(&format!("wrote {}", out.display()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn inspect(file: &PathBuf, json: bool) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let name = file.display().to_string();
    if trident_artifact::is_artifact(&bytes) {
        use trident_cli::inspect::artifact;
        let report = artifact::inspect_artifact(&bytes).map_err(|e| e.to_string());
        return print_report(&name, report, json, |r| artifact::render(&name, r));
    }
    let report = trident_cli::inspect::inspect(&name, &bytes).map_err(|e| e.to_string());
    print_report(&name, report, json, trident_cli::inspect::text::render)
}

/// Prints an `inspect` report as JSON or as text, or the error that
/// stopped it, naming the file.
fn print_report<R: serde::Serialize>(
    name: &str,
    report: Result<R, String>,
    json: bool,
    render: impl Fn(&R) -> String,
) -> ExitCode {
    let text = match report {
        Ok(r) if json => serde_json::to_string_pretty(&r).map(|t| t + "\n"),
        Ok(r) => Ok(render(&r)),
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match text {
        Ok(text) => write_stdout(&text).map_or_else(|e| e, |()| ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn wast(
    options: &EngineOptions,
    timeout: u64,
    jobs: usize,
    verbose: bool,
    files: &[PathBuf],
) -> ExitCode {
    let engine = match options.wast_engine() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let reports = trident_wast::run_files(&engine, files, jobs, Duration::from_secs(timeout));
    let (mut passed, mut failed) = (0, 0);
    for r in &reports {
        passed += r.passed();
        failed += r.failed();
        let status = if r.failed() == 0 { "ok  " } else { "FAIL" };
        println!(
            "{status} {} ({} of {} commands passed)",
            r.path.display(),
            r.passed(),
            r.passed() + r.failed()
        );
        if let Some(e) = &r.error {
            println!("     {e}");
        }
        let shown = if verbose { usize::MAX } else { 5 };
        for f in r.outcome.failures.iter().take(shown) {
            println!("     line {}: {}", f.line, f.message);
        }
        if r.outcome.failures.len() > shown {
            println!(
                "     … and {} more (use --verbose)",
                r.outcome.failures.len() - shown
            );
        }
    }
    println!("{passed} passed, {failed} failed");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // Exit at once: a timed-out file may have left a thread spinning.
    std::process::exit(if failed == 0 { 0 } else { 1 });
}
