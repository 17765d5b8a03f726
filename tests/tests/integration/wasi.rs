//! WASI: the sightglass programs on every back end, and the filesystem
//! sandbox.
//!
//! Each program in `../shared/benchmarks/sightglass/MANIFEST.tsv` runs
//! in-process through `trident_cli::run` (the code `trident run` uses)
//! with its own folder pre-opened as `.` and its output captured; stdout
//! and stderr must match the expected files byte for byte and the exit
//! status must be 0. Each program has a deadline; one that misses it fails
//! the test (its thread is abandoned).
//!
//! CI budget: by default the programs whose reference run time
//! (`wasmtime_s`) is under 2 s run — every program except
//! `shootout-ed25519` and `shootout-seqhash`, which take 4–6 s each on
//! Cranelift. `TRIDENT_SIGHTGLASS=full` runs all of them.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use trident::{BoundsChecks, Config, Engine, Linker, Module, Store, Val};
use trident_cli::run::{run, Outcome, RunOptions, Stdio};
use trident_test_support::shared_dir;
use trident_wasi::{OutputPipe, Stream, WasiCtx, WasiCtxBuilder};

/// Reference seconds above which a program only runs with
/// `TRIDENT_SIGHTGLASS=full`.
const SLOW_SECONDS: f64 = 2.0;

/// How long one program may take (compile and run), on any back end.
const DEADLINE: Duration = Duration::from_secs(300);

struct Program {
    wasm: PathBuf,
    stdout: Option<PathBuf>,
    stderr: Option<PathBuf>,
    seconds: f64,
}

fn manifest() -> Vec<Program> {
    let dir = shared_dir().join("benchmarks").join("sightglass");
    let path = dir.join("MANIFEST.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            5,
            "MANIFEST.tsv line `{line}` does not have 5 columns"
        );
        let wasm = dir.join(cols[0]);
        let folder = wasm.parent().map(Path::to_path_buf).unwrap_or_default();
        let expected = |c: &str| (c != "-").then(|| folder.join(c));
        out.push(Program {
            stdout: expected(cols[2]),
            stderr: expected(cols[3]),
            seconds: cols[4]
                .parse()
                .unwrap_or_else(|_| panic!("bad wasmtime_s in `{line}`")),
            wasm,
        });
    }
    assert!(
        out.len() >= 24,
        "MANIFEST.tsv lists only {} programs",
        out.len()
    );
    out
}

/// Runs one program; `Err` describes what went wrong.
fn run_program(backend: &str, p: &Program) -> Result<(), String> {
    let folder = p.wasm.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut o = RunOptions::new(p.wasm.file_name().map(PathBuf::from).unwrap_or_default());
    o.file = p.wasm.clone();
    o.backend = Some(backend.to_string());
    o.cache = false; // never the user's compile cache
    o.dirs.push((folder, ".".to_string()));
    let (out, err) = (OutputPipe::new(), OutputPipe::new());
    let stdio = Stdio {
        stdin: Stream::Null,
        stdout: Stream::Output(out.clone()),
        stderr: Stream::Output(err.clone()),
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(run(&o, stdio).map_err(|e| e.to_string()));
    });
    match rx.recv_timeout(DEADLINE) {
        Err(_) => return Err(format!("no result within {DEADLINE:?}")),
        Ok(Err(e)) => return Err(e),
        Ok(Ok(Outcome::Exit(0))) => {}
        Ok(Ok(other)) => return Err(format!("ended with {other:?}")),
    }
    for (what, expected, got) in [
        ("stdout", &p.stdout, out.contents()),
        ("stderr", &p.stderr, err.contents()),
    ] {
        let Some(path) = expected else { continue };
        let want =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if want != got {
            let at = want
                .iter()
                .zip(&got)
                .position(|(a, b)| a != b)
                .unwrap_or(want.len().min(got.len()));
            return Err(format!(
                "{what} differs from {} at byte {at} ({} bytes expected, {} got)",
                path.display(),
                want.len(),
                got.len()
            ));
        }
    }
    Ok(())
}

fn sightglass(backend: &str) {
    let full = std::env::var("TRIDENT_SIGHTGLASS").is_ok_and(|v| v == "full");
    let mut ran = 0;
    let mut failures = Vec::new();
    for p in manifest() {
        if !full && p.seconds >= SLOW_SECONDS {
            continue;
        }
        ran += 1;
        if let Err(e) = run_program(backend, &p) {
            failures.push(format!("{}: {e}", p.wasm.display()));
        }
    }
    assert!(ran >= 22, "only {ran} programs ran");
    assert!(
        failures.is_empty(),
        "{backend}: {} of {ran} programs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn sightglass_programs_on_every_backend() {
    let backends = Config::available_backends();
    assert!(!backends.is_empty());
    for b in backends {
        sightglass(b);
    }
}

// ---- the sandbox ---------------------------------------------------------

/// Calls the WASI path functions on fd 3 (the pre-open) with paths the
/// host writes at address 0; each export returns the errno.
const SANDBOX_PROBE: &str = r#"(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory"
    (func $mkdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_unlink_file"
    (func $unlink (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_rename"
    (func $rename (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_symlink"
    (func $symlink (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_filestat_get"
    (func $stat (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; open(len, oflags, follow): path at 0, new fd stored at 1024
  (func (export "open") (param i32 i32 i32) (result i32)
    (call $open (i32.const 3) (local.get 2) (i32.const 0) (local.get 0) (local.get 1)
      (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 1024)))
  (func (export "mkdir") (param i32) (result i32)
    (call $mkdir (i32.const 3) (i32.const 0) (local.get 0)))
  (func (export "unlink") (param i32) (result i32)
    (call $unlink (i32.const 3) (i32.const 0) (local.get 0)))
  ;; rename(len_a, len_b): a at 0, b at 512
  (func (export "rename") (param i32 i32) (result i32)
    (call $rename (i32.const 3) (i32.const 0) (local.get 0) (i32.const 3) (i32.const 512) (local.get 1)))
  ;; symlink(len_target, len_link): target at 0, link at 512
  (func (export "symlink") (param i32 i32) (result i32)
    (call $symlink (i32.const 0) (local.get 0) (i32.const 3) (i32.const 512) (local.get 1)))
  (func (export "stat") (param i32 i32) (result i32)
    (call $stat (i32.const 3) (local.get 1) (i32.const 0) (local.get 0) (i32.const 2048))))"#;

const NOTCAPABLE: i32 = 76;
const CREAT_TRUNC: i32 = 1 | 8;
const FOLLOW: i32 = 1;

struct Probe {
    store: Store<WasiCtx>,
    instance: trident::Instance,
}

impl Probe {
    fn new(sandbox: &Path) -> Probe {
        let engine = Engine::new(Config::default().cache(false)).expect("engine");
        let module = Module::new(&engine, SANDBOX_PROBE).expect("probe module");
        let mut linker: Linker<WasiCtx> = Linker::new();
        trident_wasi::add_to_linker(&mut linker, |c| c);
        let ctx = WasiCtxBuilder::new()
            .preopened_dir(sandbox, ".")
            .expect("pre-open")
            .build();
        let mut store = Store::new(&engine, ctx);
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        Probe { store, instance }
    }

    fn put(&mut self, at: usize, text: &str) -> i32 {
        let memory = self
            .instance
            .get_memory(&mut self.store, "memory")
            .expect("memory");
        memory.data_mut(&mut self.store)[at..at + text.len()].copy_from_slice(text.as_bytes());
        text.len() as i32
    }

    fn call(&mut self, name: &str, args: &[i32]) -> i32 {
        let f = self
            .instance
            .get_func(&mut self.store, name)
            .expect("export");
        let args: Vec<Val> = args.iter().map(|a| Val::I32(*a)).collect();
        let mut out = [Val::I32(-1)];
        f.call(&mut self.store, &args, &mut out).expect("call");
        match out[0] {
            Val::I32(v) => v,
            other => panic!("unexpected {other:?}"),
        }
    }

    fn open(&mut self, path: &str, oflags: i32, lookup: i32) -> i32 {
        let len = self.put(0, path);
        self.call("open", &[len, oflags, lookup])
    }

    fn one(&mut self, func: &str, path: &str) -> i32 {
        let len = self.put(0, path);
        self.call(func, &[len])
    }

    fn two(&mut self, func: &str, a: &str, b: &str) -> i32 {
        let la = self.put(0, a);
        let lb = self.put(512, b);
        self.call(func, &[la, lb])
    }
}

/// `outside/secret.txt` beside `sandbox/`, with symlinks in the sandbox
/// that lead out.
fn layout(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let root = trident_test_support::process::temp_dir(&format!("sandbox-{name}"));
    let sandbox = root.join("sandbox");
    let outside = root.join("outside");
    std::fs::create_dir_all(&sandbox).expect("mkdir sandbox");
    std::fs::create_dir_all(&outside).expect("mkdir outside");
    std::fs::write(outside.join("secret.txt"), "secret").expect("write secret");
    std::fs::write(sandbox.join("inside.txt"), "inside").expect("write inside");
    std::os::unix::fs::symlink("../outside/secret.txt", sandbox.join("escape")).expect("symlink");
    std::os::unix::fs::symlink("../outside", sandbox.join("escape_dir")).expect("symlink");
    std::os::unix::fs::symlink("/etc/passwd", sandbox.join("absolute")).expect("symlink");
    (root, sandbox, outside)
}

fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn sandbox_escapes_fail_with_notcapable_and_touch_nothing() {
    let (root, sandbox, outside) = layout("escapes");
    let before_root = listing(&root);
    let before_outside = listing(&outside);
    let mut p = Probe::new(&sandbox);

    // Inside the sandbox everything works (the control).
    assert_eq!(p.open("inside.txt", 0, FOLLOW), 0);
    assert_eq!(p.open("new.txt", CREAT_TRUNC, FOLLOW), 0);
    assert!(sandbox.join("new.txt").is_file());
    assert_eq!(p.one("mkdir", "subdir"), 0);
    assert_eq!(
        p.open("subdir/../inside.txt", 0, FOLLOW),
        0,
        "`..` that stays inside is fine"
    );

    // `..` above the pre-open.
    assert_eq!(p.open("../x", CREAT_TRUNC, FOLLOW), NOTCAPABLE);
    assert_eq!(
        p.open("../outside/secret.txt", CREAT_TRUNC, FOLLOW),
        NOTCAPABLE
    );
    assert_eq!(p.open("subdir/../../x", CREAT_TRUNC, FOLLOW), NOTCAPABLE);
    assert_eq!(p.one("mkdir", "../newdir"), NOTCAPABLE);
    assert_eq!(p.one("unlink", "../outside/secret.txt"), NOTCAPABLE);
    assert_eq!(p.two("rename", "inside.txt", "../moved.txt"), NOTCAPABLE);
    // Absolute paths.
    assert_eq!(p.open("/etc/passwd", 0, FOLLOW), NOTCAPABLE);
    let len = p.put(0, "/etc/passwd");
    assert_eq!(p.call("stat", &[len, FOLLOW]), NOTCAPABLE);
    // Symlinks that lead outside, followed.
    assert_eq!(p.open("escape", CREAT_TRUNC, FOLLOW), NOTCAPABLE);
    assert_eq!(
        p.open("escape_dir/created.txt", CREAT_TRUNC, FOLLOW),
        NOTCAPABLE
    );
    assert_eq!(p.open("absolute", 0, FOLLOW), NOTCAPABLE);
    assert_eq!(p.one("unlink", "escape_dir/secret.txt"), NOTCAPABLE);
    assert_eq!(p.one("mkdir", "escape_dir/made"), NOTCAPABLE);
    // A guest cannot plant a link to an absolute path either.
    assert_eq!(p.two("symlink", "/etc", "planted"), NOTCAPABLE);
    // Not following the last symlink opens nothing either (ELOOP, 32).
    assert_eq!(p.open("escape", 0, 0), 32);

    assert_eq!(
        listing(&root),
        before_root,
        "nothing appeared beside the sandbox"
    );
    assert_eq!(
        listing(&outside),
        before_outside,
        "nothing appeared outside"
    );
    assert_eq!(
        std::fs::read_to_string(outside.join("secret.txt")).expect("secret"),
        "secret"
    );
    assert!(!sandbox.join("planted").exists());
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn sandbox_holds_under_dynamic_bounds_checks_too() {
    // The sandbox is host code; this checks the probe itself also links
    // and runs with the other memory style, reaching the same answers.
    let (root, sandbox, _) = layout("dynamic");
    let engine = {
        let mut c = Config::default();
        c.cache(false); // never the user's compile cache
        c.bounds_checks(BoundsChecks::Dynamic);
        Engine::new(&c).expect("engine")
    };
    let module = Module::new(&engine, SANDBOX_PROBE).expect("probe");
    let mut linker: Linker<WasiCtx> = Linker::new();
    trident_wasi::add_to_linker(&mut linker, |c| c);
    let ctx = WasiCtxBuilder::new()
        .preopened_dir(&sandbox, ".")
        .expect("pre-open")
        .build();
    let mut store = Store::new(&engine, ctx);
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let mut p = Probe { store, instance };
    assert_eq!(p.open("../x", CREAT_TRUNC, FOLLOW), NOTCAPABLE);
    assert_eq!(p.open("escape", CREAT_TRUNC, FOLLOW), NOTCAPABLE);
    assert_eq!(p.open("inside.txt", 0, FOLLOW), 0);
    assert!(!root.join("x").exists());
    let _ = std::fs::remove_dir_all(&root);
}
