//! `trident compile`, `create-obj` and `create-exe` through the binary.
//!
//! The main test builds every sightglass program (MANIFEST.tsv) into a
//! native executable on every back end the binary has, runs it in its own
//! folder (which it pre-opens as `.`, being its current directory) and
//! compares stdout and stderr with the expected files byte for byte. CI
//! budget, as for `trident run`'s sightglass test: programs whose
//! reference time is under 2 s; `TRIDENT_SIGHTGLASS=full` runs them all.
//!
//! The headless runtime library is found beside the binary's target
//! directory or built on demand by the first `create-exe` (see
//! `trident_cli::precompile::headless`); `make test` builds it once
//! beforehand. Every command runs with a clean environment (PATH and the
//! Cargo/rustup homes only, for `cc` and the on-demand build) and a
//! temporary cache directory.

use crate::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// Link-and-build commands may have to build the runtime library first.
const CREATE_LIMIT: Duration = Duration::from_secs(900);
const RUN_LIMIT: Duration = Duration::from_secs(300);
const SLOW_SECONDS: f64 = 2.0;

/// A command with only what a C compiler and Cargo need from the
/// environment, and the compile cache in `cache`.
fn command(program: &Path, cache: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear().env("TRIDENT_CACHE_DIR", cache);
    for var in [
        "PATH",
        "HOME",
        "CARGO_HOME",
        "RUSTUP_HOME",
        "RUSTUP_TOOLCHAIN",
    ] {
        if let Some(v) = std::env::var_os(var) {
            cmd.env(var, v);
        }
    }
    cmd
}

pub(crate) fn trident_cmd(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = command(Path::new(TRIDENT), &dir.join("cache"));
    cmd.args(args).current_dir(dir);
    run_with(cmd, b"", CREATE_LIMIT)
}

/// `trident create-exe --backend B WASM -o OUT`, which must succeed.
fn create_exe(dir: &Path, backend: &str, wasm: &Path, out: &Path) {
    let o = trident_cmd(
        dir,
        &[
            "create-exe",
            "--backend",
            backend,
            &wasm.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ],
    );
    assert!(
        o.status.success(),
        "create-exe {backend} {}: {}",
        wasm.display(),
        stderr(&o)
    );
}

/// Prints "hello, world", exits with its argument count; `trap` makes it
/// hit `unreachable` instead when it has more than 3 arguments.
const HELLO: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "hello, world\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 8))
    (i32.store (i32.const 4) (i32.const 13))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))
    (drop (call $args_sizes_get (i32.const 40) (i32.const 44)))
    (if (i32.gt_u (i32.load (i32.const 40)) (i32.const 3)) (then unreachable))
    (call $proc_exit (i32.load (i32.const 40)))))"#;

/// The most a "hello" executable may weigh: the runtime it links
/// (`trident-headless`, with WASI, the artifact loader and validator,
/// backtraces and the debugger and profiler interfaces) plus the module.
/// 1 MiB until the typed function references (precise reference types,
/// the type registry) took it 1.5 KB past; the bound guards against
/// growth by accident, not against features.
const HELLO_EXE_LIMIT: u64 = 1_088 * 1024;

#[test]
fn executables_pass_arguments_exit_statuses_and_traps() {
    let dir = temp_dir("exe-hello");
    let wasm = wasm_file(&dir, "hello.wasm", HELLO);
    for b in backends() {
        let exe = dir.join(format!("hello-{b}"));
        create_exe(&dir, &b, &wasm, &exe);
        let size = std::fs::metadata(&exe).expect("exe").len();
        assert!(
            size <= HELLO_EXE_LIMIT,
            "{b}: hello is {size} bytes, over {HELLO_EXE_LIMIT}"
        );

        let mut cmd = command(&exe, &dir.join("cache"));
        cmd.args(["one", "--two"]).current_dir(&dir);
        let o = run_with(cmd, b"", RUN_LIMIT);
        assert_eq!(stdout(&o), "hello, world\n", "{b}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(3), "{b}: argc including the name");

        let mut cmd = command(&exe, &dir.join("cache"));
        cmd.args(["a", "b", "c"]).current_dir(&dir);
        let o = run_with(cmd, b"", RUN_LIMIT);
        assert_eq!(o.status.code(), Some(134), "{b}: a trap exits with 134");
        assert!(stderr(&o).contains("unreachable"), "{b}: {}", stderr(&o));

        let mut cmd = command(&exe, &dir.join("cache"));
        cmd.env("TRIDENT_EXE_OPTIONS", "--frobnicate")
            .current_dir(&dir);
        let o = run_with(cmd, b"", RUN_LIMIT);
        assert_eq!(o.status.code(), Some(1), "{b}");
        assert!(stderr(&o).contains("--frobnicate"), "{b}: {}", stderr(&o));
    }
}

/// Traps by argument count: stack overflow, an access past the memory
/// (a guard-page fault under static bounds checks), division by zero.
const TRAPS: &str = r#"(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $down (param i32) (result i32) local.get 0 i32.const 1 i32.add call $down)
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 40) (i32.const 44)))
    (if (i32.eq (i32.load (i32.const 40)) (i32.const 1)) (then (drop (call $down (i32.const 0)))))
    (if (i32.eq (i32.load (i32.const 40)) (i32.const 2)) (then (drop (i32.load (i32.const 0x7ffffff0)))))
    (if (i32.eq (i32.load (i32.const 40)) (i32.const 3))
      (then (drop (i32.div_s (i32.const 1) (i32.sub (i32.load (i32.const 40)) (i32.const 3))))))))"#;

#[test]
fn traps_in_linked_code_are_caught_and_reported() {
    let dir = temp_dir("exe-traps");
    let wasm = wasm_file(&dir, "traps.wasm", TRAPS);
    for b in backends() {
        let exe = dir.join(format!("traps-{b}"));
        create_exe(&dir, &b, &wasm, &exe);
        for (args, message) in [
            (&[][..], "call stack exhausted"),
            (&["x"][..], "out of bounds memory access"),
            (&["x", "y"][..], "integer divide by zero"),
        ] {
            let mut cmd = command(&exe, &dir.join("cache"));
            cmd.args(args).current_dir(&dir);
            let o = run_with(cmd, b"", RUN_LIMIT);
            assert_eq!(o.status.code(), Some(134), "{b} {args:?}: {}", stderr(&o));
            assert!(stderr(&o).contains(message), "{b} {args:?}: {}", stderr(&o));
        }
    }
}

#[test]
fn wasi_demo_executable_matches_its_native_build() {
    let built = |name: &str| {
        let p = repo_root().join("target/wasi-demo").join(name);
        assert!(
            p.is_file(),
            "{} is missing: run `make wasi-demo`",
            p.display()
        );
        p
    };
    let (wasm, native) = (built("wasi-demo.wasm"), built("wasi-demo-native"));
    const STDIN: &[u8] = b"first line\nsecond line\nthird\n";
    const ARGS: [&str; 4] = ["alpha", "two words", "--dir", "7"];
    let run = |program: &Path, options: Option<&str>| {
        let dir = temp_dir(&format!(
            "exe-demo-run-{}",
            program.file_name().unwrap_or_default().to_string_lossy()
        ));
        let mut cmd = Command::new(program);
        cmd.args(ARGS).current_dir(&dir).env_clear();
        match options {
            Some(o) => cmd.env("TRIDENT_EXE_OPTIONS", o),
            None => cmd.env("DEMO_NAME", "trident"),
        };
        let out = run_with(cmd, STDIN, RUN_LIMIT);
        let left: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
        assert!(left.is_empty(), "the program should have cleaned up");
        out
    };
    let want = run(&native, None);
    assert_eq!(want.status.code(), Some(7), "native: {}", stderr(&want));
    let dir = temp_dir("exe-demo");
    for b in backends() {
        let exe = dir.join(format!("wasi-demo-{b}"));
        create_exe(&dir, &b, &wasm, &exe);
        let got = run(&exe, Some("--env DEMO_NAME=trident"));
        assert_eq!(
            stdout(&got),
            stdout(&want),
            "{b}: stdout; stderr: {}",
            stderr(&got)
        );
        assert_eq!(stderr(&got), stderr(&want), "{b}: stderr");
        assert_eq!(got.status.code(), Some(7), "{b}");
    }
}

struct Program {
    wasm: PathBuf,
    stdout: Option<PathBuf>,
    stderr: Option<PathBuf>,
    seconds: f64,
}

fn manifest() -> Vec<Program> {
    let dir = shared_dir().join("benchmarks").join("sightglass");
    let text = std::fs::read_to_string(dir.join("MANIFEST.tsv")).expect("MANIFEST.tsv");
    let mut out = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "bad MANIFEST.tsv line `{line}`");
        let wasm = dir.join(cols[0]);
        let folder = wasm.parent().map(Path::to_path_buf).unwrap_or_default();
        let expected = |c: &str| (c != "-").then(|| folder.join(c));
        out.push(Program {
            stdout: expected(cols[2]),
            stderr: expected(cols[3]),
            seconds: cols[4].parse().expect("wasmtime_s"),
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

/// Builds and runs one program; `Err` says what went wrong.
fn check_program(dir: &Path, backend: &str, p: &Program, index: usize) -> Result<(), String> {
    let exe = dir.join(format!("program-{index}-{backend}"));
    let o = trident_cmd(
        dir,
        &[
            "create-exe",
            "--backend",
            backend,
            &p.wasm.to_string_lossy(),
            "-o",
            &exe.to_string_lossy(),
        ],
    );
    if !o.status.success() {
        return Err(format!("create-exe failed: {}", stderr(&o)));
    }
    let folder = p.wasm.parent().unwrap_or(Path::new("."));
    let mut cmd = command(&exe, &dir.join("cache"));
    cmd.current_dir(folder);
    let o = run_with(cmd, b"", RUN_LIMIT);
    let _ = std::fs::remove_file(&exe);
    if o.status.code() != Some(0) {
        return Err(format!("exit {:?}: {}", o.status.code(), stderr(&o)));
    }
    for (what, expected, got) in [
        ("stdout", &p.stdout, &o.stdout),
        ("stderr", &p.stderr, &o.stderr),
    ] {
        let Some(path) = expected else { continue };
        let want = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if &want != got {
            return Err(format!(
                "{what} differs from {} ({} bytes expected, {} got)",
                path.display(),
                want.len(),
                got.len()
            ));
        }
    }
    Ok(())
}

#[test]
fn sightglass_programs_as_executables_on_every_backend() {
    let full = std::env::var("TRIDENT_SIGHTGLASS").is_ok_and(|v| v == "full");
    let programs: Vec<(usize, Program)> = manifest()
        .into_iter()
        .enumerate()
        .filter(|(_, p)| full || p.seconds < SLOW_SECONDS)
        .collect();
    let dir = temp_dir("exe-sightglass");
    // The first build may build the runtime library: do it alone.
    let backends = backends();
    let mut jobs: Vec<(String, &(usize, Program))> = Vec::new();
    for b in &backends {
        for p in &programs {
            jobs.push((b.clone(), p));
        }
    }
    let (first, rest) = jobs.split_first().expect("at least one program");
    let mut failures = Vec::new();
    if let Err(e) = check_program(&dir, &first.0, &first.1 .1, first.1 .0) {
        failures.push(format!("{} {}: {e}", first.0, first.1 .1.wasm.display()));
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((b, (index, p))) = rest.get(i) else {
                    break;
                };
                if let Err(e) = check_program(&dir, b, p, *index) {
                    results
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(format!("{b} {}: {e}", p.wasm.display()));
                }
            });
        }
    });
    failures.extend(results.into_inner().unwrap_or_else(|e| e.into_inner()));
    assert!(
        failures.is_empty(),
        "{} of {} executables failed:\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n")
    );
    eprintln!(
        "{} programs x {} back ends built and matched ({})",
        programs.len(),
        backends.len(),
        if full { "all" } else { "the CI subset" }
    );
}

#[test]
fn compiled_artifacts_run_and_damaged_ones_are_refused() {
    let dir = temp_dir("artifact-cli");
    let wasm = wasm_file(&dir, "hello.wasm", HELLO);
    for b in backends() {
        let art = dir.join(format!("hello-{b}.trident"));
        let o = trident_cmd(
            &dir,
            &[
                "compile",
                "--backend",
                &b,
                &wasm.to_string_lossy(),
                "-o",
                &art.to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{b}: {}", stderr(&o));
        let o = trident_cmd(&dir, &["run", &art.to_string_lossy(), "x"]);
        assert_eq!(stdout(&o), "hello, world\n", "{b}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(2), "{b}");

        let bytes = std::fs::read(&art).expect("artifact");
        let cut = dir.join(format!("cut-{b}.trident"));
        std::fs::write(&cut, &bytes[..bytes.len() - 1]).expect("write");
        let o = trident_cmd(&dir, &["run", &cut.to_string_lossy()]);
        assert_eq!(o.status.code(), Some(1), "{b}");
        assert!(stderr(&o).contains("truncated"), "{b}: {}", stderr(&o));
        assert!(stdout(&o).is_empty(), "{b}: a refused artifact ran");
    }
    // Modules go through the cache unless --no-cache.
    let cache = dir.join("cache");
    let _ = std::fs::remove_dir_all(&cache);
    let o = trident_cmd(&dir, &["run", "--no-cache", &wasm.to_string_lossy(), "x"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!cache.exists(), "--no-cache wrote to the cache");
    let o = trident_cmd(&dir, &["run", &wasm.to_string_lossy(), "x"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let entries = std::fs::read_dir(&cache)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "trident"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(entries, 1);
}

/// Loops forever in `_start`.
const SPIN: &str = r#"(module
  (memory (export "memory") 1)
  (func (export "_start") (loop br 0)))"#;

/// `compile`/`create-exe --fuel` and `--epochs` compile the checks in, so
/// `run --fuel N`/`--timeout` (and `TRIDENT_EXE_OPTIONS`) stop precompiled
/// code (134); asking that of code compiled without them is an error (1)
/// naming the option to compile with.
#[test]
fn precompiled_code_with_fuel_or_epochs_stops_under_run_and_as_an_executable() {
    let dir = temp_dir("precompiled-fuel");
    let wasm = wasm_file(&dir, "spin.wasm", SPIN);
    let wasm = wasm.to_string_lossy().to_string();
    for b in backends() {
        for (flag, option, value, trap) in [
            ("--fuel", "--fuel", "100000", "fuel"),
            ("--epochs", "--timeout", "300ms", "interrupt"),
        ] {
            let art = format!("spin-{b}{flag}.trident");
            let o = trident_cmd(&dir, &["compile", "--backend", &b, flag, &wasm, "-o", &art]);
            assert!(o.status.success(), "{b} {flag}: {}", stderr(&o));
            let o = trident_cmd(&dir, &["run", option, value, &art]);
            assert_eq!(o.status.code(), Some(134), "{b} {flag}: {}", stderr(&o));
            assert!(
                stderr(&o).to_lowercase().contains(trap),
                "{b} {flag}: {}",
                stderr(&o)
            );

            let exe = dir.join(format!("spin-{b}{flag}"));
            let o = trident_cmd(
                &dir,
                &[
                    "create-exe",
                    "--backend",
                    &b,
                    flag,
                    &wasm,
                    "-o",
                    &exe.to_string_lossy(),
                ],
            );
            assert!(o.status.success(), "{b} {flag}: {}", stderr(&o));
            let mut cmd = command(&exe, &dir.join("cache"));
            cmd.env("TRIDENT_EXE_OPTIONS", format!("{option} {value}"))
                .current_dir(&dir);
            let o = run_with(cmd, b"", RUN_LIMIT);
            assert_eq!(o.status.code(), Some(134), "{b} {flag} exe: {}", stderr(&o));
            assert!(
                stderr(&o).to_lowercase().contains(trap),
                "{b} {flag} exe: {}",
                stderr(&o)
            );
        }
        // Without the checks, the limits cannot work: an error, not a
        // program that runs forever.
        let art = format!("spin-{b}.trident");
        let o = trident_cmd(&dir, &["compile", "--backend", &b, &wasm, "-o", &art]);
        assert!(o.status.success(), "{b}: {}", stderr(&o));
        for (option, value, needed) in [
            ("--fuel", "100", "compile --fuel"),
            ("--timeout", "1s", "compile --epochs"),
        ] {
            let o = trident_cmd(&dir, &["run", option, value, &art]);
            assert_eq!(o.status.code(), Some(1), "{b} {option}: {}", stderr(&o));
            assert!(stderr(&o).contains(needed), "{b} {option}: {}", stderr(&o));
        }
        let exe = dir.join(format!("spin-{b}"));
        create_exe(&dir, &b, Path::new(&wasm), &exe);
        for (option, needed) in [
            ("--fuel 100", "create-exe --fuel"),
            ("--timeout 1s", "create-exe --epochs"),
        ] {
            let mut cmd = command(&exe, &dir.join("cache"));
            cmd.env("TRIDENT_EXE_OPTIONS", option).current_dir(&dir);
            let o = run_with(cmd, b"", RUN_LIMIT);
            assert_eq!(o.status.code(), Some(1), "{b} {option}: {}", stderr(&o));
            assert!(stderr(&o).contains(needed), "{b} {option}: {}", stderr(&o));
        }
    }
}

/// Ten 64 KiB copies: 3 + 1 + 1024 + 7 fuel an iteration with the default
/// cost table. The tenth copy is paid for with 9 × 1035 + 4 + 1024 =
/// 10,343 units (what follows it in the last iteration overdraws, unchecked
/// as straight-line code is until the next check point); with one less it
/// traps before copying.
const COPIES: &str = r#"(module
  (memory (export "memory") 2)
  (func (export "_start") (local i32)
    (loop
      i32.const 65536 i32.const 0 i32.const 65536 memory.copy
      local.get 0 i32.const 1 i32.add local.tee 0 i32.const 10 i32.lt_u br_if 0)))"#;

/// Bulk copies are metered by length in precompiled code too: an artifact
/// or executable compiled with `--fuel` (and a `--fuel-costs` table) runs
/// to the end with exactly the fuel its copies cost and stops (134, out
/// of fuel) in the last copy with one unit less, on every back end; an artifact refuses another cost
/// table (1), and the compile cache keeps modules compiled with different
/// tables apart.
#[test]
fn bulk_copies_are_metered_in_precompiled_code() {
    let dir = temp_dir("precompiled-bulk-fuel");
    let wasm = wasm_file(&dir, "copies.wasm", COPIES);
    let wasm = wasm.to_string_lossy().to_string();
    // 9 × (3 + 1 + 2 × 1024 + 7) + 4 + 2 × 1024.
    std::fs::write(dir.join("dear.costs"), "# two per 64 bytes\nchunk = 2\n").expect("costs");
    let tables: [(&[&str], u64); 2] = [(&[], 10_343), (&["--fuel-costs", "dear.costs"], 20_583)];
    let status = |o: &Output| o.status.code();
    for b in backends() {
        for (costs, exact) in tables {
            let (enough, short) = (exact.to_string(), (exact - 1).to_string());
            let art = format!("copies-{b}-{}.trident", costs.len());
            let mut args = vec!["compile", "--backend", &b, "--fuel"];
            args.extend_from_slice(costs);
            args.extend_from_slice(&[wasm.as_str(), "-o", art.as_str()]);
            let o = trident_cmd(&dir, &args);
            assert!(o.status.success(), "{b} {costs:?}: {}", stderr(&o));
            for file in [art.as_str(), wasm.as_str()] {
                let run = |fuel: &str| {
                    let mut args = vec!["run", "--fuel", fuel];
                    args.extend_from_slice(costs);
                    args.push(file);
                    trident_cmd(&dir, &args)
                };
                let o = run(&enough);
                assert_eq!(status(&o), Some(0), "{b} {costs:?} {file}: {}", stderr(&o));
                let o = run(&short);
                assert_eq!(
                    status(&o),
                    Some(134),
                    "{b} {costs:?} {file}: {}",
                    stderr(&o)
                );
                assert!(
                    stderr(&o).to_lowercase().contains("fuel"),
                    "{b} {costs:?} {file}: {}",
                    stderr(&o)
                );
            }
            let exe = dir.join(format!("copies-{b}-{}", costs.len()));
            let exe_name = exe.to_string_lossy().to_string();
            let mut args = vec!["create-exe", "--backend", &b, "--fuel"];
            args.extend_from_slice(costs);
            args.extend_from_slice(&[wasm.as_str(), "-o", exe_name.as_str()]);
            let o = trident_cmd(&dir, &args);
            assert!(o.status.success(), "{b} {costs:?}: {}", stderr(&o));
            for (fuel, expected) in [(&enough, 0), (&short, 134)] {
                let mut cmd = command(&exe, &dir.join("cache"));
                cmd.env("TRIDENT_EXE_OPTIONS", format!("--fuel {fuel}"))
                    .current_dir(&dir);
                let o = run_with(cmd, b"", RUN_LIMIT);
                assert_eq!(
                    status(&o),
                    Some(expected),
                    "{b} {costs:?} exe: {}",
                    stderr(&o)
                );
            }
        }
        // The artifact compiled with the default table refuses another.
        let o = trident_cmd(
            &dir,
            &[
                "run",
                "--fuel",
                "100000",
                "--fuel-costs",
                "dear.costs",
                &format!("copies-{b}-0.trident"),
            ],
        );
        assert_eq!(status(&o), Some(1), "{b}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("chunk=2") && stderr(&o).contains("chunk=1"),
            "{b}: {}",
            stderr(&o)
        );
    }
    // A cost file that cannot be read or parsed is an error (1); the
    // option without --fuel is a usage error (2).
    std::fs::write(dir.join("bad.costs"), "chunk = -1\n").expect("costs");
    for (args, code, text) in [
        (
            &[
                "run",
                "--fuel",
                "10",
                "--fuel-costs",
                "missing.costs",
                &wasm,
            ][..],
            1,
            "missing.costs",
        ),
        (
            &["run", "--fuel", "10", "--fuel-costs", "bad.costs", &wasm][..],
            1,
            "line 1",
        ),
        (
            &["compile", "--fuel", "--fuel-costs", "bad.costs", &wasm][..],
            1,
            "line 1",
        ),
        (
            &["run", "--fuel-costs", "dear.costs", &wasm][..],
            2,
            "--fuel",
        ),
        (
            &["compile", "--fuel-costs", "dear.costs", &wasm][..],
            2,
            "--fuel",
        ),
    ] {
        let o = trident_cmd(&dir, args);
        assert_eq!(status(&o), Some(code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(text), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn objects_use_native_pc_relative_relocations() {
    let dir = temp_dir("create-obj");
    // Functions calling each other: calls become relocations. `$b` is
    // recursive so a call to it survives inlining (LLVM inlines `$a`).
    let wasm = wasm_file(
        &dir,
        "calls.wasm",
        r#"(module
             (func $a (param i32) (result i32) local.get 0 call $b)
             (func $b (param i32) (result i32)
               (if (result i32) (local.get 0)
                 (then (call $b (i32.sub (local.get 0) (i32.const 1))))
                 (else (i32.const 1))))
             (func (export "f") (param i32) (result i32) local.get 0 call $a))"#,
    );
    for b in backends() {
        let obj = dir.join(format!("calls-{b}.o"));
        let o = trident_cmd(
            &dir,
            &[
                "create-obj",
                "--backend",
                &b,
                &wasm.to_string_lossy(),
                "-o",
                &obj.to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{b}: {}", stderr(&o));
        let mut cmd = command(Path::new("readelf"), &dir);
        cmd.args(["-W", "-h", "-r", "-s"]).arg(&obj);
        let r = run_with(cmd, b"", RUN_LIMIT);
        let text = stdout(&r);
        assert!(text.contains("REL (Relocatable file)"), "{b}: {text}");
        let (call, bad): (&str, &[&str]) = match std::env::consts::ARCH {
            "aarch64" => ("R_AARCH64_CALL26", &["R_AARCH64_ABS64", "R_AARCH64_ABS32"]),
            _ => (
                "R_X86_64_PLT32",
                &["R_X86_64_64", "R_X86_64_32", "R_X86_64_PC32 "],
            ),
        };
        assert!(
            text.contains(call),
            "{b}: no {call} call relocation:\n{text}"
        );
        for bad in bad {
            assert!(
                !text.contains(bad),
                "{b}: absolute or non-call relocation {bad}"
            );
        }
        for sym in [
            "trident_module_text",
            "trident_module_metadata",
            "wasm[module]::b",
        ] {
            assert!(text.contains(sym), "{b}: no symbol {sym}");
        }
    }
}
