//! The compile progress bar and `-q`: drawn on a terminal (a pseudo-
//! terminal from util-linux `script`), never on a pipe, never with `-q`;
//! the artifact is the same either way.

use crate::*;

/// A compilation long enough for the bar to appear (LLVM on
/// pulldown-cmark: several seconds; Cranelift when LLVM is not built).
fn long_compile() -> (String, std::path::PathBuf) {
    let backend = if backends().iter().any(|b| b == "llvm") {
        "llvm"
    } else {
        "cranelift"
    };
    let wasm = shared_dir().join("benchmarks/sightglass/pulldown-cmark/benchmark.wasm");
    assert!(wasm.exists(), "missing shared data: {}", wasm.display());
    (backend.to_string(), wasm)
}

/// Runs `trident ARGS` on a pseudo-terminal and returns what it wrote.
fn on_a_terminal(dir: &Path, args: &[&str]) -> String {
    let log = dir.join("typescript");
    let command = std::iter::once(TRIDENT)
        .chain(args.iter().copied())
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut cmd = Command::new("script");
    cmd.arg("-qec")
        .arg(&command)
        .arg(&log)
        .current_dir(dir)
        .env_clear()
        .env("TERM", "xterm");
    let o = run_with(cmd, b"", Duration::from_secs(300));
    assert_eq!(o.status.code(), Some(0), "script {command}: {}", stderr(&o));
    String::from_utf8_lossy(&std::fs::read(&log).expect("typescript")).into_owned()
}

#[test]
fn compile_progress_shows_on_a_terminal_only_and_not_with_quiet() {
    let (backend, wasm) = long_compile();
    let wasm = wasm.to_string_lossy().into_owned();
    let dir = temp_dir("progress");
    let on_tty = on_a_terminal(
        &dir,
        &["compile", "--backend", &backend, &wasm, "-o", "tty.trident"],
    );
    assert!(
        on_tty.contains("compiling") && on_tty.contains(" functions"),
        "no progress bar on a terminal: {on_tty}"
    );
    let quiet = on_a_terminal(
        &dir,
        &[
            "-q",
            "compile",
            "--backend",
            &backend,
            &wasm,
            "-o",
            "quiet.trident",
        ],
    );
    assert!(
        !quiet.contains(" functions"),
        "a progress bar despite -q: {quiet}"
    );
    let piped = trident_in(
        &dir,
        &[
            "compile",
            "--backend",
            &backend,
            &wasm,
            "-o",
            "pipe.trident",
        ],
    );
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(stderr(&piped), "", "something on a piped stderr");
    let read = |f: &str| std::fs::read(dir.join(f)).expect(f);
    assert_eq!(
        read("tty.trident"),
        read("pipe.trident"),
        "the bar changed the artifact"
    );
    assert_eq!(read("quiet.trident"), read("pipe.trident"));
}
