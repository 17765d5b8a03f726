//! The `trident` binary: exit statuses (the README's contract), error
//! lines, `--invoke`, `inspect`, `--version`, one sightglass program end
//! to end, options that contradict an artifact, signed artifacts, and the
//! compile cache's trust checks: copied-in entries, and (as root, acting
//! as a second user through `setpriv`) planted entries and directories.

use crate::*;

const EXIT_42: &str = r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "bye\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 4))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (call $exit (i32.const 42))
    unreachable))"#;

const TRAPS: &str = r#"(module
  (memory (export "memory") 1)
  (func $inner unreachable)
  (func (export "_start") call $inner))"#;

const SPINS: &str = r#"(module
  (memory (export "memory") 1)
  (func (export "_start") (loop br 0)))"#;

fn assert_one_error_line(o: &std::process::Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("error: ") && err.contains(needle), "{err}");
}

#[test]
fn version_lists_the_back_ends() {
    let b = backends();
    assert!(b.iter().any(|b| b == "cranelift"), "{b:?}");
}

#[test]
fn invoke_prints_results_on_every_back_end() {
    for b in backends() {
        let o = trident(&[
            "run",
            "--backend",
            &b,
            "--invoke",
            "fib",
            "examples/fib.wat",
            "20",
        ]);
        assert_eq!(stdout(&o), "6765\n", "{b}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(0));
    }
}

#[test]
fn a_trap_exits_134_with_the_trap_on_stderr() {
    let o = trident(&["run", "--invoke", "divide", "examples/fib.wat", "7", "0"]);
    assert_eq!(o.status.code(), Some(134), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("integer divide by zero"),
        "{}",
        stderr(&o)
    );
    let dir = temp_dir("trap");
    let wasm = wasm_file(&dir, "trap.wasm", TRAPS);
    let o = trident_in(&dir, &["run", wasm.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(134), "{}", stderr(&o));
    assert!(stderr(&o).contains("unreachable"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn proc_exit_sets_the_exit_status() {
    let dir = temp_dir("exit");
    let wasm = wasm_file(&dir, "exit.wasm", EXIT_42);
    for b in backends() {
        let o = trident_in(&dir, &["run", "--backend", &b, wasm.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(42), "{b}: {}", stderr(&o));
        assert_eq!(stdout(&o), "bye\n");
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn a_missing_file_is_one_error_line() {
    assert_one_error_line(&trident(&["run", "no/such/file.wasm"]), "no/such/file.wasm");
    assert_one_error_line(
        &trident(&["inspect", "no/such/file.wasm"]),
        "no/such/file.wasm",
    );
}

#[test]
fn a_malformed_file_is_one_error_line_naming_the_offset() {
    let dir = temp_dir("malformed");
    let good = wat::parse_str(EXIT_42).expect("wat");
    let bad = dir.join("cut.wasm");
    std::fs::write(&bad, &good[..good.len() - 7]).expect("write");
    let junk = dir.join("junk.wasm");
    std::fs::write(&junk, b"\0asm\x01\0\0\0\x0a\xff\xff\xff\xff\x0f").expect("write");
    for f in [&bad, &junk] {
        let f = f.to_str().unwrap();
        assert_one_error_line(&trident_in(&dir, &["run", f]), "offset");
        assert_one_error_line(&trident_in(&dir, &["inspect", f]), "byte offset");
        assert_one_error_line(&trident_in(&dir, &["inspect", "--json", f]), "byte offset");
    }
}

#[test]
fn a_module_without_start_names_its_exports() {
    let o = trident(&["run", "examples/fib.wat"]);
    assert_one_error_line(&o, "`fib` (function), `divide` (function)");
    assert!(stderr(&o).contains("no `_start`"));
}

#[test]
fn a_missing_import_is_one_error_line() {
    let dir = temp_dir("import");
    let wasm = wasm_file(
        &dir,
        "imp.wasm",
        r#"(module (import "env" "nope" (func)) (func (export "_start")))"#,
    );
    assert_one_error_line(
        &trident_in(&dir, &["run", wasm.to_str().unwrap()]),
        "env::nope",
    );
}

#[test]
fn timeout_and_fuel_stop_a_spinning_program_or_are_refused_cleanly() {
    let dir = temp_dir("spin");
    let wasm = wasm_file(&dir, "spin.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    for b in backends() {
        for (opts, trap) in [
            (["--timeout", "300ms"], "interrupt"),
            (["--fuel", "100000"], "fuel"),
        ] {
            let mut args = vec!["run", "--backend", &b];
            args.extend(opts);
            args.push(wasm);
            let o = trident_in(&dir, &args);
            let err = stderr(&o);
            if err.contains("invalid configuration") {
                // The back end does not support this yet: a clean refusal.
                assert_one_error_line(&o, "invalid configuration");
            } else {
                assert_eq!(o.status.code(), Some(134), "{b} {opts:?}: {err}");
                assert!(err.to_lowercase().contains(trap), "{b} {opts:?}: {err}");
            }
        }
    }
}

#[test]
fn inspect_lists_sections_in_text_and_json() {
    let wasm = shared_dir().join("benchmarks/sightglass/noop/benchmark.wasm");
    let wasm = wasm.to_str().unwrap();
    let o = trident(&["inspect", wasm]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for needle in [
        "sections (",
        "wasi_snapshot_preview1::fd_write",
        "bench::start",
        "\"_start\": func",
        "custom \"name\"",
        "validation: ok",
    ] {
        assert!(text.contains(needle), "no `{needle}` in:\n{text}");
    }
    let o = trident(&["inspect", "--json", wasm]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["file_size"], 51939);
    assert_eq!(v["imports"].as_array().map(|a| a.len()), Some(7));
    let code = v["sections"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["name"] == "code"))
        .expect("code section");
    let bodies: u64 = v["functions"]
        .as_array()
        .expect("functions")
        .iter()
        .map(|f| f["body_size"].as_u64().expect("size"))
        .sum();
    assert!(bodies > 0 && bodies < code["size"].as_u64().expect("size"));
    assert_eq!(v["validation"]["valid"], true);
}

/// An artifact shows its header: back end, target, the CPU features it
/// requires (what `--cpu-features` left), whether it runs here; a cut-off
/// artifact is one error line.
#[test]
fn inspect_shows_an_artifacts_header() {
    let dir = temp_dir("inspect-artifact");
    let wasm = wasm_file(&dir, "spins.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    let compile = |out: &str, extra: &[&str]| {
        let mut args = vec!["compile", "--backend", "cranelift", "-o", out];
        args.extend(extra);
        args.push(wasm);
        let o = trident_in(&dir, &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    compile("plain.trident", &["--cpu-features", "-avx"]);
    let o = trident_in(&dir, &["inspect", "plain.trident"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for needle in [
        "back end:          cranelift",
        "sse4.1",
        "runs here:         yes",
        "CPU requested:     default -avx",
    ] {
        assert!(text.contains(needle), "no `{needle}` in:\n{text}");
    }
    let requires = text
        .lines()
        .find(|l| l.contains("requires CPU:"))
        .expect("requires line");
    assert!(!requires.contains("avx"), "{text}");

    compile("arm.trident", &["--target", "aarch64-unknown-linux-gnu"]);
    let o = trident_in(&dir, &["inspect", "--json", "arm.trident"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["backend"], "cranelift");
    assert_eq!(v["target"], "aarch64-unknown-linux-gnu");
    assert!(v["functions"].as_u64().is_some_and(|n| n >= 1), "{v}");
    let why = v["refused_here"].as_str().unwrap_or_default();
    assert!(why.contains("aarch64"), "{v}");

    let bytes = std::fs::read(dir.join("plain.trident")).expect("artifact");
    std::fs::write(dir.join("cut.trident"), &bytes[..bytes.len() / 2]).expect("write");
    assert_one_error_line(
        &trident_in(&dir, &["inspect", "cut.trident"]),
        "cut.trident",
    );
}

/// Every back end records ARMv8.0 for AArch64, so a CPU model or feature
/// choice for it is refused (one error line), not silently unrecorded.
#[test]
fn aarch64_cpu_choices_are_refused_by_every_back_end() {
    let dir = temp_dir("aarch64-cpu");
    let wasm = wasm_file(&dir, "spins.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    for b in backends() {
        for choice in [["--target-cpu", "cortex-a72"], ["--cpu-features", "+lse"]] {
            let mut args = vec![
                "compile",
                "--backend",
                &b,
                "--target",
                "aarch64-unknown-linux-gnu",
            ];
            args.extend(choice);
            args.extend(["-o", "out.trident", wasm]);
            assert_one_error_line(&trident_in(&dir, &args), "ARMv8.0");
            assert!(!dir.join("out.trident").exists(), "{b}: output written");
        }
    }
}

#[test]
fn a_sightglass_program_runs_through_the_binary() {
    let dir = shared_dir().join("benchmarks/sightglass/quicksort");
    for b in backends() {
        let o = trident_in(
            &dir,
            &["run", "--backend", &b, "--dir", ".", "benchmark.wasm"],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let want = std::fs::read(dir.join("benchmark.stdout.expected")).expect("expected");
        assert_eq!(o.stdout, want, "{b}");
        assert_eq!(o.stderr, b"");
    }
}

/// Prints "hello" and returns.
const HELLO: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;

/// What an attacker wants run instead: prints "planted".
const PLANTED: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "planted\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 8))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;

/// `trident ARGS` in `dir` with only the compile cache in the environment.
fn trident_cached(
    dir: &std::path::Path,
    cache: &std::path::Path,
    args: &[&str],
) -> std::process::Output {
    let mut cmd = std::process::Command::new(TRIDENT);
    cmd.args(args)
        .current_dir(dir)
        .env_clear()
        .env("TRIDENT_CACHE_DIR", cache);
    run_with(cmd, b"", std::time::Duration::from_secs(120))
}

/// The one entry file of a cache directory.
fn entry_of(cache: &std::path::Path) -> std::path::PathBuf {
    let mut v: Vec<_> = std::fs::read_dir(cache)
        .expect("cache dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "trident"))
        .collect();
    assert_eq!(v.len(), 1, "{v:?}");
    v.remove(0)
}

fn ino(p: &std::path::Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).expect("file").ino()
}

/// A run that did not use what was planted: the program's own output,
/// success, and exactly one warning line naming `why`.
fn assert_miss_with_warning(o: &std::process::Output, why: &str) {
    let err = stderr(o);
    assert_eq!(stdout(o), "hello\n", "the planted entry ran; stderr: {err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "not one warning line: {err}");
    assert!(
        err.starts_with("warning: compile cache: ") && err.contains(why),
        "{err}"
    );
}

/// An entry from elsewhere (another user's or machine's secret, the same
/// key), copied into the owner's directory as the owner's file: a miss
/// with one warning, and the rewritten entry then hits (no warning, same
/// file); a directory created under umask 000 is still 0700. Runs as any
/// user.
#[test]
fn copied_in_cache_entries_are_misses_and_own_entries_hit() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("cache-copied");
    let hello = wasm_file(&dir, "hello.wasm", HELLO);
    let planted = wasm_file(&dir, "planted.wasm", PLANTED);
    let (hello, planted) = (hello.to_str().unwrap(), planted.to_str().unwrap());
    let mine = dir.join("mine");
    let elsewhere = dir.join("elsewhere");
    // The other machine: its own cache, its own secret; its entry for
    // `planted`, renamed to hello's entry name.
    let o = trident_cached(&dir, &elsewhere, &["run", planted]);
    assert_eq!(stdout(&o), "planted\n", "{}", stderr(&o));
    let foreign = std::fs::read(entry_of(&elsewhere)).expect("entry");
    // Under umask 000 (set in a shell for the child only).
    let mut cmd = std::process::Command::new("sh");
    cmd.args([
        "-c",
        "umask 000 && exec \"$@\"",
        "sh",
        TRIDENT,
        "run",
        hello,
    ])
    .current_dir(&dir)
    .env_clear()
    .env("TRIDENT_CACHE_DIR", &mine);
    let o = run_with(cmd, b"", std::time::Duration::from_secs(120));
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("hello\n", ""));
    let mode = std::fs::metadata(&mine)
        .expect("cache")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(
        mode, 0o700,
        "cache directory created {mode:o} under umask 000"
    );
    let entry = entry_of(&mine);
    assert_eq!(
        std::fs::metadata(&entry)
            .expect("entry")
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    // Hello's entry replaced by the other machine's.
    std::fs::write(&entry, &foreign).expect("copy in");
    let o = trident_cached(&dir, &mine, &["run", hello]);
    assert_miss_with_warning(&o, "authentication failed");
    // Rewritten: the owner's own entry hits from now on.
    let first = ino(&entry);
    let o = trident_cached(&dir, &mine, &["run", hello]);
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("hello\n", ""));
    assert_eq!(ino(&entry), first, "a hit rewrote the entry");
    // The owner's entry made writable by others: not trusted.
    std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let o = trident_cached(&dir, &mine, &["run", hello]);
    assert_miss_with_warning(&o, "writable by group or others");
}

const OTHER_USER: &str = "trident-cache-test";

/// The uid and gid of a second user (created when missing). Only as root:
/// otherwise `None`, said on stderr.
fn second_user() -> Option<(u32, u32)> {
    // SAFETY: geteuid has no preconditions.
    let euid = unsafe { libc::geteuid() };
    if euid != 0 {
        eprintln!(
            "NOT ROOT (uid {euid}): the second-user cache attack needs root to act as another \
             user and is NOT tested in this run (CI runs as root and tests it)"
        );
        return None;
    }
    let id = |flag: &str| {
        std::process::Command::new("id")
            .args([flag, OTHER_USER])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .trim()
                    .parse::<u32>()
                    .ok()
            })
    };
    if id("-u").is_none() {
        let o = std::process::Command::new("useradd")
            .args([
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                OTHER_USER,
            ])
            .output()
            .unwrap_or_else(|e| panic!("running as root but cannot run useradd: {e}"));
        assert!(
            o.status.success() || id("-u").is_some(),
            "running as root but cannot create the second user {OTHER_USER}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let uid = id("-u").unwrap_or_else(|| panic!("no uid for {OTHER_USER}"));
    let gid = id("-g").unwrap_or_else(|| panic!("no gid for {OTHER_USER}"));
    assert_ne!(uid, 0, "{OTHER_USER} is root");
    Some((uid, gid))
}

/// Runs `sh -c SCRIPT ARGS` as the second user (setpriv), with `stdin`;
/// fails loudly when it cannot.
fn as_other_user(user: (u32, u32), script: &str, args: &[&str], stdin: &[u8]) {
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args([
        "--reuid",
        &user.0.to_string(),
        "--regid",
        &user.1.to_string(),
        "--clear-groups",
        "--",
        "sh",
        "-c",
        script,
        "sh",
    ])
    .args(args)
    .env_clear();
    let o = run_with(cmd, stdin, std::time::Duration::from_secs(60));
    assert!(
        o.status.success(),
        "cannot act as the second user (setpriv {script} {args:?}): {}",
        stderr(&o)
    );
}

/// The planted-entry attack: another user writes the victim's cache (a
/// directory writable by others, as umask 000 used to leave it) or makes
/// the directory the victim's TRIDENT_CACHE_DIR names (with a secret of
/// their own, so their entry authenticates under it), or owns an entry in
/// the victim's directory. Each time the victim's run prints its own
/// output with one warning: the planted code never runs.
#[test]
fn planted_cache_entries_from_another_user_never_run() {
    use std::os::unix::fs::PermissionsExt;
    let Some(user) = second_user() else {
        return;
    };
    let dir = temp_dir("cache-attack");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let hello = wasm_file(&dir, "hello.wasm", HELLO);
    let planted = wasm_file(&dir, "planted.wasm", PLANTED);
    let (hello, planted) = (hello.to_str().unwrap(), planted.to_str().unwrap());
    // Hello's entry name (the key does not depend on the user), and the
    // attacker's entry for `planted` with the attacker's own secret.
    let scratch = dir.join("scratch");
    assert_eq!(
        stdout(&trident_cached(&dir, &scratch, &["run", hello])),
        "hello\n"
    );
    let name = entry_of(&scratch).file_name().expect("name").to_owned();
    let theirs = dir.join("theirs");
    assert_eq!(
        stdout(&trident_cached(&dir, &theirs, &["run", planted])),
        "planted\n"
    );
    let evil = std::fs::read(entry_of(&theirs)).expect("entry");
    let their_secret = std::fs::read(theirs.join("secret.key")).expect("secret");

    // 1. The victim's directory is writable by others; the attacker writes
    // hello's entry.
    let shared = dir.join("shared");
    assert_eq!(
        stdout(&trident_cached(&dir, &shared, &["run", hello])),
        "hello\n"
    );
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let target = shared.join(&name);
    as_other_user(
        user,
        "rm -f \"$1\" && cat > \"$1\"",
        &[target.to_str().unwrap()],
        &evil,
    );
    let o = trident_cached(&dir, &shared, &["run", hello]);
    assert_miss_with_warning(&o, "writable by group or others");

    // 2. The directory is the attacker's, secret and entry included.
    let owned = dir.join("owned");
    std::fs::create_dir(&owned).expect("mkdir");
    std::os::unix::fs::chown(&owned, Some(user.0), Some(user.1)).expect("chown");
    std::fs::set_permissions(&owned, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    as_other_user(
        user,
        "cat > \"$1/secret.key\" && chmod 600 \"$1/secret.key\"",
        &[owned.to_str().unwrap()],
        &their_secret,
    );
    as_other_user(
        user,
        "cat > \"$1\"",
        &[owned.join(&name).to_str().unwrap()],
        &evil,
    );
    let o = trident_cached(&dir, &owned, &["run", hello]);
    assert_miss_with_warning(&o, "not by this user");

    // 3. The victim's private directory holds an entry the attacker owns
    // (written while it was open, or given away).
    let private = dir.join("private");
    assert_eq!(
        stdout(&trident_cached(&dir, &private, &["run", hello])),
        "hello\n"
    );
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let target = private.join(&name);
    as_other_user(
        user,
        "rm -f \"$1\" && cat > \"$1\"",
        &[target.to_str().unwrap()],
        &evil,
    );
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let o = trident_cached(&dir, &private, &["run", hello]);
    assert_miss_with_warning(&o, "owned by uid");
    // The miss rewrote the entry: the owner's own entry hits from now on.
    let first = ino(&target);
    let o = trident_cached(&dir, &private, &["run", hello]);
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("hello\n", ""));
    assert_eq!(ino(&target), first, "the owner's entry did not hit");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The exit statuses the README lists: 0 success, 1 error, 2 usage, 134
/// trap, the program's own status for `proc_exit(0..=125)`, and 1 with
/// Wasmtime's message for any other `proc_exit` status.
#[test]
fn exit_statuses_follow_the_documented_contract() {
    let dir = temp_dir("exit-statuses");
    let hello = wasm_file(&dir, "hello.wasm", HELLO);
    let hello = hello.to_str().unwrap();
    let o = trident_in(&dir, &["run", hello]);
    assert_eq!((o.status.code(), stdout(&o).as_str()), (Some(0), "hello\n"));
    assert_one_error_line(&trident_in(&dir, &["run", "missing.wasm"]), "missing.wasm");
    for usage in [
        &["run"][..],
        &["no-such-command"][..],
        &["run", "--mapdir", "nocolons", hello][..],
        &["run", "--timeout", "soon", hello][..],
        &["compile", "--bounds-checks", "sideways", hello][..],
    ] {
        let o = trident_in(&dir, usage);
        assert_eq!(o.status.code(), Some(2), "{usage:?}: {}", stderr(&o));
    }
    let o = trident(&["run", "--invoke", "divide", "examples/fib.wat", "1", "0"]);
    assert_eq!(o.status.code(), Some(134), "{}", stderr(&o));
    for (code, status) in [(0, 0), (42, 42), (125, 125)] {
        let wat = EXIT_42.replace("i32.const 42", &format!("i32.const {code}"));
        let wasm = wasm_file(&dir, &format!("exit{code}.wasm"), &wat);
        let o = trident_in(&dir, &["run", wasm.to_str().unwrap()]);
        assert_eq!(
            o.status.code(),
            Some(status),
            "proc_exit({code}): {}",
            stderr(&o)
        );
    }
    for code in [126, 255, 256, -1] {
        let wat = EXIT_42.replace("i32.const 42", &format!("i32.const {code}"));
        let wasm = wasm_file(&dir, &format!("exit{code}.wasm"), &wat);
        let o = trident_in(&dir, &["run", wasm.to_str().unwrap()]);
        assert_one_error_line(&o, "exit with invalid exit status outside of [0..126)");
        assert_eq!(stdout(&o), "bye\n", "proc_exit({code})");
    }
}

/// Options that contradict an artifact are errors naming both sides.
#[test]
fn options_that_contradict_an_artifact_are_errors_naming_both() {
    let dir = temp_dir("contradict");
    let wasm = wasm_file(&dir, "hello.wasm", HELLO);
    let o = trident_in(
        &dir,
        &[
            "compile",
            "--backend",
            "singlepass",
            "-o",
            "s.trident",
            wasm.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trident_in(&dir, &["run", "s.trident"]);
    assert_eq!(stdout(&o), "hello\n", "{}", stderr(&o));
    let o = trident_in(
        &dir,
        &[
            "run",
            "--backend",
            "singlepass",
            "--bounds-checks",
            "static",
            "s.trident",
        ],
    );
    assert_eq!(stdout(&o), "hello\n", "agreeing options: {}", stderr(&o));
    for (args, needles) in [
        (
            &["--backend", "cranelift"][..],
            &["singlepass", "--backend cranelift"][..],
        ),
        (
            &["--bounds-checks", "dynamic"][..],
            &["static", "--bounds-checks dynamic"][..],
        ),
        (
            &["--target-cpu", "penryn"][..],
            &["--target-cpu", "compiled already"][..],
        ),
        (
            &["--fuel", "10"][..],
            &["without fuel checks", "--fuel"][..],
        ),
        (
            &["--timeout", "1s"][..],
            &["without epoch checks", "--timeout"][..],
        ),
    ] {
        let mut a = vec!["run"];
        a.extend(args);
        a.push("s.trident");
        let o = trident_in(&dir, &a);
        for n in needles {
            assert_one_error_line(&o, n);
        }
        assert_eq!(stdout(&o), "", "{args:?}: it ran");
    }
}

/// `keygen`, `compile --sign`, `run --verify`: the signer's artifact runs;
/// a changed, unsigned or foreign-signed one, or a plain module, does not.
#[test]
fn signed_artifacts_run_only_when_their_signature_verifies() {
    let dir = temp_dir("signed");
    let wasm = wasm_file(&dir, "hello.wasm", HELLO);
    let wasm = wasm.to_str().unwrap();
    for key in ["ours", "theirs"] {
        let o = trident_in(&dir, &["keygen", key]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join("ours"))
        .expect("key")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let o = trident_in(
        &dir,
        &["compile", "--sign", "ours", "-o", "signed.trident", wasm],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trident_in(&dir, &["compile", "-o", "plain.trident", wasm]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trident_in(&dir, &["run", "--verify", "ours.pub", "signed.trident"]);
    assert_eq!(
        (o.status.code(), stdout(&o).as_str()),
        (Some(0), "hello\n"),
        "{}",
        stderr(&o)
    );
    let o = trident_in(&dir, &["inspect", "signed.trident"]);
    assert!(
        stdout(&o).contains("signed by:         ed25519 key"),
        "{}",
        stdout(&o)
    );
    let o = trident_in(&dir, &["inspect", "plain.trident"]);
    assert!(
        stdout(&o).contains("signed by:         not signed"),
        "{}",
        stdout(&o)
    );
    // Without --verify a signed artifact runs as any artifact.
    let o = trident_in(&dir, &["run", "signed.trident"]);
    assert_eq!(stdout(&o), "hello\n", "{}", stderr(&o));
    // Changed after signing (the checksum recomputed, as a tool would).
    let mut bytes = std::fs::read(dir.join("signed.trident")).expect("artifact");
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    trident_artifact::artifact::reseal_checksum_for_tests(&mut bytes);
    std::fs::write(dir.join("changed.trident"), &bytes).expect("write");
    for (file, key, needle) in [
        ("signed.trident", "theirs.pub", "not trusted"),
        ("changed.trident", "ours.pub", "does not verify"),
        ("plain.trident", "ours.pub", "not signed"),
        ("hello.wasm", "ours.pub", "not a signed artifact"),
        ("signed.trident", "ours", "PUBLIC KEY"),
    ] {
        let o = trident_in(&dir, &["run", "--verify", key, file]);
        assert_one_error_line(&o, needle);
        assert_eq!(stdout(&o), "", "{file} with {key} ran");
    }
    let o = trident_in(&dir, &["create-obj", "--sign", "ours", "-o", "x.o", wasm]);
    assert_one_error_line(&o, "--sign applies to artifacts");
}

/// `--features`: 3.0 is the default, so a module that uses a 3.0 proposal
/// Trident has not built is refused as unsupported, naming the proposal
/// (an exception tag); ones Trident has built run on every back end (a
/// typed function reference, a tail call); under `--features 2.0` the same
/// modules are invalid; a bad value is a usage error naming what is
/// wrong; `inspect` names the proposals a module needs.
#[test]
fn features_select_the_standard_and_name_proposals() {
    let dir = temp_dir("features");
    let exn = wasm_file(
        &dir,
        "exn.wasm",
        r#"(module
  (tag $e)
  (func (export "g") (result i32) (throw $e)))"#,
    );
    let exn = exn.to_str().unwrap();
    let o = trident_in(&dir, &["run", "--invoke", "g", exn]);
    assert_one_error_line(
        &o,
        "proposal `exception-handling`, not built in Trident yet",
    );
    let o = trident_in(&dir, &["run", "--features", "2.0", "--invoke", "g", exn]);
    assert_one_error_line(&o, "invalid module");
    let typed = wasm_file(
        &dir,
        "typed.wasm",
        r#"(module
  (type $t (func (result i32)))
  (func $f (type $t) (i32.const 7))
  (elem declare func $f)
  (func (export "g") (result i32) (call_ref $t (ref.func $f))))"#,
    );
    let typed = typed.to_str().unwrap();
    for backend in backends() {
        let o = trident_in(
            &dir,
            &["run", "--backend", &backend, "--invoke", "g", typed],
        );
        assert_eq!(stdout(&o), "7\n", "{backend}: {}", stderr(&o));
    }
    let o = trident_in(&dir, &["run", "--features", "2.0", "--invoke", "g", typed]);
    assert_one_error_line(&o, "invalid module");
    let tail = wasm_file(
        &dir,
        "tail.wasm",
        r#"(module
  (func $f (result i32) (i32.const 7))
  (func (export "g") (result i32) (return_call $f)))"#,
    );
    let tail = tail.to_str().unwrap();
    let o = trident_in(&dir, &["run", "--invoke", "g", tail]);
    assert_eq!(stdout(&o), "7\n", "{}", stderr(&o));
    for backend in backends() {
        let o = trident_in(&dir, &["run", "--backend", &backend, "--invoke", "g", tail]);
        assert_eq!(stdout(&o), "7\n", "{backend}: {}", stderr(&o));
    }
    let o = trident_in(&dir, &["run", "--features", "2.0", "--invoke", "g", tail]);
    assert_one_error_line(&o, "invalid module");
    let o = trident_in(&dir, &["compile", "--features", "3.0,-tail-call", tail]);
    assert_one_error_line(&o, "invalid module");
    for bad in ["4.0", "3.0,+tail-calls", "3.0,gc"] {
        let o = trident_in(&dir, &["run", "--features", bad, "--invoke", "g", tail]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(bad.rsplit(',').next().unwrap_or(bad)),
            "{}",
            stderr(&o)
        );
    }
    let o = trident(&["inspect", tail]);
    assert!(
        stdout(&o).contains("proposals: tail-call"),
        "{}",
        stdout(&o)
    );
    let o = trident(&[
        "run",
        "--features",
        "2.0",
        "--invoke",
        "fib",
        "examples/fib.wat",
        "10",
    ]);
    assert_eq!(stdout(&o), "55\n", "{}", stderr(&o));
}
