//! The `trident` command.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use trident::{BoundsChecks, Config, Engine, Instance, Module, Store, Val, ValType};

#[derive(Parser)]
#[command(
    name = "trident",
    version,
    about = "A WebAssembly compiler with three back ends"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum BoundsStyle {
    Static,
    Dynamic,
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
    /// Back end: one of those compiled in (see --version).
    #[arg(long, default_value = Config::DEFAULT_BACKEND)]
    backend: String,
    /// How memory accesses are bounds-checked.
    #[arg(long, value_enum, default_value = "static")]
    bounds_checks: BoundsStyle,
}

impl EngineOptions {
    fn engine(&self) -> Result<Engine, trident::Error> {
        let mut config = Config::default();
        config
            .backend(&self.backend)
            .bounds_checks(self.bounds_checks.into());
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
    /// Call an exported function of a module (no WASI) and print its results.
    Invoke {
        #[command(flatten)]
        engine: EngineOptions,
        /// The module (.wasm or .wat).
        file: PathBuf,
        /// The exported function.
        function: String,
        /// Arguments, parsed by the function's parameter types.
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Wast {
            engine,
            timeout,
            jobs,
            verbose,
            files,
        } => wast(&engine, timeout, jobs, verbose, &files),
        Command::Invoke {
            engine,
            file,
            function,
            args,
        } => match invoke(&engine, &file, &function, &args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

fn wast(
    options: &EngineOptions,
    timeout: u64,
    jobs: usize,
    verbose: bool,
    files: &[PathBuf],
) -> ExitCode {
    let engine = match options.engine() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let reports = trident_cli::wast::run_files(&engine, files, jobs, Duration::from_secs(timeout));
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

fn parse_arg(text: &str, ty: ValType) -> Result<Val, String> {
    let bad = || format!("cannot read `{text}` as {ty}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|_| bad())? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|_| bad())?),
        ValType::F32 => Val::F32(text.parse::<f32>().map_err(|_| bad())?.to_bits()),
        ValType::F64 => Val::F64(text.parse::<f64>().map_err(|_| bad())?.to_bits()),
        other => {
            return Err(format!(
                "cannot pass a {other} argument from the command line"
            ))
        }
    })
}

fn show(v: &Val) -> String {
    match v {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(x) => f32::from_bits(*x).to_string(),
        Val::F64(x) => f64::from_bits(*x).to_string(),
        Val::V128(x) => format!("{x:#034x}"),
        Val::FuncRef(f) => if f.is_some() { "funcref" } else { "null" }.to_string(),
        Val::ExternRef(r) => if r.is_some() { "externref" } else { "null" }.to_string(),
    }
}

fn invoke(
    options: &EngineOptions,
    file: &PathBuf,
    function: &str,
    args: &[String],
) -> Result<(), String> {
    let engine = options.engine().map_err(|e| e.to_string())?;
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let module = Module::new(&engine, &bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    if module.imports().len() != 0 {
        return Err(format!(
            "{}: modules with imports need `trident run`",
            file.display()
        ));
    }
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).map_err(|e| e.to_string())?;
    let func = instance
        .get_func(&mut store, function)
        .ok_or_else(|| format!("{}: no exported function `{function}`", file.display()))?;
    let ty = func.ty(&store);
    if ty.params.len() != args.len() {
        return Err(format!(
            "`{function}` is {ty}: it takes {} arguments, {} given",
            ty.params.len(),
            args.len()
        ));
    }
    let params = args
        .iter()
        .zip(&ty.params)
        .map(|(a, t)| parse_arg(a, *t))
        .collect::<Result<Vec<_>, _>>()?;
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    func.call(&mut store, &params, &mut results)
        .map_err(|e| e.to_string())?;
    for r in &results {
        println!("{}", show(r));
    }
    Ok(())
}
