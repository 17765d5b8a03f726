//! Child processes with deadlines, scratch directories, the test programs
//! `make` builds, and a watchdog for tests whose failure mode is a hang.
//!
//! Invariants:
//! * [`run_with`] reads the child's output while it runs (programs print
//!   more than a pipe holds) and kills it at the deadline, failing the
//!   test with what it printed on stderr so far;
//! * [`built_program`] never uses a program older than its source: the
//!   test fails and names the `make` target that rebuilds it.

use crate::paths::repo_root;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A fresh empty directory under the system's temporary directory, unique
/// to this process and `name`.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("trident-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// Runs `cmd` with `stdin` fed in, reading its output while it runs, and
/// kills it (failing the test) after `limit`.
pub fn run_with(mut cmd: Command, stdin: &[u8], limit: Duration) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    let input = child.stdin.take();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        if let Some(mut i) = input {
            let _ = i.write_all(&stdin);
        }
    });
    // Readers append as they go, so a timeout can show what the child
    // printed so far without waiting for pipes a grandchild may hold.
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let sink = bytes.clone();
        let thread = std::thread::spawn(move || {
            let Some(mut p) = pipe else { return };
            let mut chunk = [0u8; 8192];
            loop {
                match p.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => sink
                        .lock()
                        .expect("output buffer")
                        .extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        });
        (thread, bytes)
    };
    let (out_thread, out) = reader(child.stdout.take().map(|p| Box::new(p) as _));
    let (err_thread, err) = reader(child.stderr.take().map(|p| Box::new(p) as _));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = err.lock().expect("output buffer").clone();
            panic!(
                "{cmd:?} did not finish within {limit:?}; stderr: {}",
                String::from_utf8_lossy(&stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let _ = writer.join();
    let _ = out_thread.join();
    let _ = err_thread.join();
    let take = |b: Arc<Mutex<Vec<u8>>>| std::mem::take(&mut *b.lock().expect("output buffer"));
    Output {
        status,
        stdout: take(out),
        stderr: take(err),
    }
}

/// A process's stdout, lossily decoded.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A process's stderr, lossily decoded.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Writes the binary of a text module to `dir/name`.
pub fn wasm_file(dir: &Path, name: &str, wat: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, crate::wat(wat))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path
}

/// `target/<program>/<name>`, built by `make <program>` from
/// `tests/programs/<program>.c`; fails, naming that command, when it is
/// missing or older than the source.
pub fn built_program(program: &str, name: &str) -> PathBuf {
    let source = repo_root().join(format!("tests/programs/{program}.c"));
    let path = repo_root().join("target").join(program).join(name);
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified());
    let fresh = match (modified(&path), modified(&source)) {
        (Ok(b), Ok(s)) => b >= s,
        _ => false,
    };
    assert!(
        fresh,
        "{} is missing or older than {}: run `make {program}`",
        path.display(),
        source.display()
    );
    path
}

/// Ends the whole test process with a message if the returned guard is not
/// dropped within `seconds`: for tests whose failure mode is a hang (an
/// interrupt that never fires), so CI fails fast instead of timing out.
pub fn watchdog(what: &'static str, seconds: u64) -> Watchdog {
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        while Instant::now() < deadline {
            if flag.load(std::sync::atomic::Ordering::Acquire) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("watchdog: `{what}` did not finish within {seconds} s");
        std::process::exit(101);
    });
    Watchdog { done }
}

/// See [`watchdog`].
pub struct Watchdog {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Release);
    }
}
