//! The determinism harness: the same module, back end and options must
//! give byte-identical output at any thread count and in any process
//! (hash seeds differ between processes).
//!
//! A cross-process check is one test that plays both roles: run
//! normally, it computes its fingerprints, starts the test binary again
//! on just that test (`--exact NAME`) with [`CHILD_ENV`] set, once per
//! requested thread count, and compares what each child prints with its
//! own; run as that child, it prints its fingerprints and returns.
//!
//! Invariants:
//! * fingerprints are [`fingerprint`]s: SipHash with fixed keys over the
//!   whole `Compilation` (bodies, relocations, trap sites, alignment,
//!   trampolines), so they are comparable across processes;
//! * every compilation runs on an explicit rayon pool of the stated size
//!   ([`on_threads`]), never on whatever the global pool happens to be;
//! * under user-mode emulation (qemu without binfmt_misc) a foreign test
//!   binary cannot exec itself: `TRIDENT_TEST_RUNNER` (e.g.
//!   `qemu-aarch64 -L /usr/aarch64-linux-gnu`) is the command the child
//!   is started through.

use std::hash::{Hash, Hasher};
use trident_types::Compilation;

/// Set (to the test's name) in a child started by
/// [`assert_same_in_other_processes`].
pub const CHILD_ENV: &str = "TRIDENT_DETERMINISM_CHILD";

/// The child's rayon pool size.
const THREADS_ENV: &str = "TRIDENT_DETERMINISM_THREADS";

/// The pool size of the parent's own compilation.
const PARENT_THREADS: usize = 2;

/// A hash of everything in `c`, with fixed keys so it is comparable
/// across processes.
pub fn fingerprint(c: &Compilation) -> u64 {
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new_with_keys(1, 2);
    c.hash(&mut h);
    h.finish()
}

/// Runs `f` on a fresh rayon pool of `threads` threads (parallel
/// iterators inside `f` use it).
pub fn on_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
        .install(f)
}

/// Runs `compile` on a pool of each size in `thread_counts` and asserts
/// that every result equals the first; returns it. `what` names the case
/// in the failure.
pub fn assert_same_at_thread_counts(
    what: &str,
    thread_counts: &[usize],
    compile: impl Fn() -> Compilation + Sync,
) -> Compilation {
    let (first, rest) = thread_counts
        .split_first()
        .expect("at least one thread count");
    let reference = on_threads(*first, &compile);
    for &threads in rest {
        let c = on_threads(threads, &compile);
        assert!(
            c == reference,
            "{what}: output differs between {first} and {threads} threads"
        );
    }
    reference
}

/// Whether this process is the child of a cross-process check of `test`.
fn is_child_of(test: &str) -> bool {
    std::env::var(CHILD_ENV).is_ok_and(|t| t == test)
}

/// The cross-process check, called from the test `test` (its full name
/// in the test binary, e.g. `determinism::same_output_in_another_process`).
///
/// `fingerprints` computes named fingerprints (see [`fingerprint`]). The
/// parent computes them on a pool of 2 threads, then starts one child per
/// entry of `child_threads`, which computes them on a pool of that size;
/// every name must be in every child's output with the same value.
pub fn assert_same_in_other_processes(
    test: &str,
    child_threads: &[usize],
    fingerprints: impl Fn() -> Vec<(String, u64)> + Send + Sync,
) {
    if is_child_of(test) {
        let threads = std::env::var(THREADS_ENV)
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(1);
        for (name, hash) in on_threads(threads, &fingerprints) {
            println!("DETERMINISM {name}={hash}");
        }
        return;
    }
    let here = on_threads(PARENT_THREADS, &fingerprints);
    assert!(!here.is_empty(), "{test}: nothing to compare");
    for &threads in child_threads {
        let out = child_command(test, threads)
            .output()
            .unwrap_or_else(|e| panic!("{test}: cannot start the child process: {e}"));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let theirs = |name: &str| {
            let key = format!("DETERMINISM {name}=");
            stdout
                .lines()
                // libtest's "test NAME ... " may precede the first line.
                .find_map(|l| l.split_once(&key).map(|(_, h)| h))
                .map(str::trim)
                .map(str::to_string)
        };
        let mut problems = Vec::new();
        if !out.status.success() {
            problems.push(format!("the child failed ({})", out.status));
        }
        for (name, hash) in &here {
            match theirs(name) {
                None => problems.push(format!("{name}: the child printed no fingerprint")),
                Some(h) if h != hash.to_string() => problems.push(format!(
                    "{name}: {hash} here ({PARENT_THREADS} threads), {h} in the child ({threads} threads)"
                )),
                Some(_) => {}
            }
        }
        assert!(
            problems.is_empty(),
            "{test}: output differs in another process (under emulation set TRIDENT_TEST_RUNNER):\n{}\nchild stdout:\n{stdout}\nchild stderr:\n{}",
            problems.join("\n"),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// This test binary on just `test`, as a child (through
/// `TRIDENT_TEST_RUNNER` when set).
fn child_command(test: &str, threads: usize) -> std::process::Command {
    let exe = std::env::current_exe().expect("current exe");
    let runner = std::env::var("TRIDENT_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    let mut cmd = match words.next() {
        Some(program) => {
            let mut c = std::process::Command::new(program);
            c.args(words).arg(&exe);
            c
        }
        None => std::process::Command::new(&exe),
    };
    cmd.args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, test)
        .env(THREADS_ENV, threads.to_string());
    cmd
}
