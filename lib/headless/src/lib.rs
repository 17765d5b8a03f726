//! The headless runtime: what a `trident create-exe` executable runs on.
//! The runtime, WASI and nothing else: no front end, no compiler.
//!
//! The executable's generated `main` calls the entry point below with the
//! process's arguments, the start of the module's code (its
//! `trident_module_text` symbol) and its metadata. The entry point is
//! named `trident_headless_main_<ABI hash>` (see `engine-artifact/build.rs`):
//! an object written by one build of Trident only links against the
//! runtime of the same build, and `create-exe` checks the library's
//! symbol before linking.
//!
//! The program gets its arguments unchanged (the first is its name), the
//! current directory pre-opened as `.`, the host's standard streams, and
//! the sightglass `bench.start`/`bench.end` imports as no-ops; the
//! runtime's own options come from an environment variable
//! ([`options`]). Exit status: the program's `proc_exit` status
//! (0..=125), 0 when `_start` returns, 134 after a trap (as `trident
//! run`), 1 when the module cannot start or calls `proc_exit` with a
//! status outside 0..126 (as Wasmtime). `--fuel`/`--timeout` need code
//! compiled with the checks (`create-exe --fuel`/`--epochs`), and are an
//! error otherwise; such code runs without them as without limits.

pub mod options;

use std::ffi::{c_char, c_int, CStr, OsStr};
use std::os::unix::ffi::OsStrExt;
use trident::{Config, Engine, Linker, Module, Store};
use trident_wasi::{WasiCtx, WasiCtxBuilder};

/// Runs the linked module with `args` (the first is the program's name)
/// and returns the exit status.
///
/// # Safety
///
/// `text` and `metadata` must be the `trident_module_text` and
/// `trident_module_metadata` of an object written by this build of
/// Trident and linked into the running executable.
pub unsafe fn run(args: &[&OsStr], text: *const u8, metadata: &[u8]) -> i32 {
    let options = match options::parse(&std::env::var(options::OPTIONS_VAR).unwrap_or_default()) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    // SAFETY: forwarded from the caller.
    match unsafe { start(args, text, metadata, &options) } {
        Ok(code) => code,
        Err(Failure::Setup(e)) => {
            eprintln!("error: {e}");
            1
        }
        Err(Failure::Trap(e)) => {
            eprintln!("error: {e}");
            134
        }
    }
}

enum Failure {
    Setup(String),
    Trap(trident::Error),
}

fn setup(e: impl std::fmt::Display) -> Failure {
    Failure::Setup(e.to_string())
}

/// A call's error: the guest's exit, or a trap.
fn finish(e: trident::Error) -> Result<i32, Failure> {
    if let Some(code) = trident_wasi::exit_code(&e) {
        return Ok(code);
    }
    match trident_wasi::invalid_exit(&e) {
        Some(code) => Err(Failure::Setup(trident_wasi::InvalidExit(code).to_string())),
        None => Err(Failure::Trap(e)),
    }
}

/// Advances the engine's epoch once `timeout` has passed, unless the
/// program ended first (dropping this stops it).
struct Watchdog {
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(engine: Engine, timeout: std::time::Duration) -> Watchdog {
        let (stop, wait) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
                engine.increment_epoch();
            }
        });
        Watchdog {
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// # Safety
///
/// As for [`run`].
unsafe fn start(
    args: &[&OsStr],
    text: *const u8,
    metadata: &[u8],
    o: &options::ExeOptions,
) -> Result<i32, Failure> {
    let linked = trident::read_metadata(metadata).map_err(setup)?;
    if o.fuel.is_some() && !linked.options.consume_fuel {
        return Err(setup(
            "this executable was made without fuel checks, so --fuel cannot stop it \
             (make it with `trident create-exe --fuel`)",
        ));
    }
    if o.timeout.is_some() && !linked.options.epoch_interruption {
        return Err(setup(
            "this executable was made without epoch checks, so --timeout cannot stop it \
             (make it with `trident create-exe --epochs`)",
        ));
    }
    let mut config = Config::default();
    config
        .backend(&linked.backend)
        .opt_level(linked.options.opt_level)
        .bounds_checks(linked.options.bounds_checks)
        .consume_fuel(linked.options.consume_fuel)
        .fuel_costs(linked.options.fuel_costs)
        .epoch_interruption(linked.options.epoch_interruption)
        .nan_canonicalization(linked.options.nan_canonicalization)
        .relaxed_simd(linked.options.relaxed_simd)
        .cache(false);
    if let Some(bytes) = o.max_wasm_stack {
        config.max_wasm_stack(bytes);
    }
    let engine = Engine::without_compiler(&config);
    let linked_fuel = linked.options.consume_fuel;
    // SAFETY: forwarded from the caller.
    let module = unsafe { Module::from_linked(&engine, text, linked) }.map_err(setup)?;

    let mut b = WasiCtxBuilder::new();
    b.args(args).inherit_stdio();
    if o.inherit_env {
        b.inherit_env();
    }
    for (k, v) in &o.env {
        b.env(k, v).map_err(setup)?;
    }
    if o.preopen_cwd {
        b.preopened_dir(".", ".").map_err(setup)?;
    }
    for (host, guest) in &o.dirs {
        b.preopened_dir(host, guest.as_str()).map_err(setup)?;
    }
    let mut linker: Linker<WasiCtx> = Linker::new();
    trident_wasi::add_to_linker(&mut linker, |ctx| ctx);
    linker.func_wrap("bench", "start", || {});
    linker.func_wrap("bench", "end", || {});
    let mut store = Store::new(&engine, b.build());
    match o.fuel {
        Some(fuel) => store.set_fuel(fuel),
        None if linked_fuel => store.set_fuel(u64::MAX),
        None => {}
    }
    let _watchdog = o.timeout.map(|t| {
        store.set_epoch_deadline(1);
        Watchdog::start(engine.clone(), t)
    });
    let instance = match linker.instantiate(&mut store, &module) {
        Ok(i) => i,
        Err(
            e @ (trident::Error::Link(_)
            | trident::Error::Instantiation(_)
            | trident::Error::Type(_)),
        ) => return Err(setup(e)),
        Err(e) => return finish(e),
    };
    let func = instance
        .get_func(&mut store, "_start")
        .ok_or_else(|| setup("the module has no `_start` function"))?;
    match func.call(&mut store, &[], &mut []) {
        Ok(()) => Ok(0),
        Err(e) => finish(e),
    }
}

/// The entry point the generated `main` calls.
///
/// # Safety
///
/// `argv` holds `argc` valid C strings; `text`, `metadata` and
/// `metadata_len` describe the module linked into this executable (see
/// [`run`]).
#[export_name = concat!("trident_headless_main_", env!("TRIDENT_ABI_HASH"))]
pub unsafe extern "C" fn trident_headless_main(
    argc: c_int,
    argv: *const *const c_char,
    text: *const u8,
    metadata: *const u8,
    metadata_len: usize,
) -> c_int {
    let args: Vec<&OsStr> = (0..argc.max(0) as usize)
        .map(|i| {
            // SAFETY: the C runtime passes argc valid strings.
            unsafe { OsStr::from_bytes(CStr::from_ptr(*argv.add(i)).to_bytes()) }
        })
        .collect();
    // SAFETY: the metadata symbol holds metadata_len bytes.
    let metadata = unsafe { std::slice::from_raw_parts(metadata, metadata_len) };
    // SAFETY: forwarded from the caller.
    let code = unsafe { run(&args, text, metadata) };
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    code
}
