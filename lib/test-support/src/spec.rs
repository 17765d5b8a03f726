//! The Wasm spec suites in `../shared/testsuite`: their files, the
//! modules they mean to be valid, and compiling all of those through a
//! set of back-end configurations.
//!
//! Invariants:
//! * file lists are sorted, and a suite with suspiciously few files fails
//!   the test (a half-copied suite must not pass quietly);
//! * the SIMD files (`simd_*.wast`) are compiled by exactly the
//!   configurations whose `Compiler::supports_simd` is true, as
//!   `trident wast` and the Makefile choose them; nothing else is skipped.

use crate::compile::{check_compilation, compile_module};
use crate::paths::testsuite_dir;
use std::path::{Path, PathBuf};
use trident_compiler::{translate_module, Compiler};
use trident_types::Features;
use wast::{QuoteWat, Wast, WastDirective, WastExecute};

/// Every file of the Wasm 2.0 spec suite, sorted.
pub fn spec_files() -> Vec<PathBuf> {
    let dir = testsuite_dir().join("wasm-2.0");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "wast"))
        .collect();
    files.sort();
    assert!(files.len() > 80, "too few .wast files in {}", dir.display());
    files
}

/// Whether `path` is one of the suite's SIMD files (`simd_*.wast`).
pub fn is_simd_spec_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("simd_"))
}

/// The non-SIMD files of the Wasm 2.0 spec suite, sorted.
pub fn spec_files_without_simd() -> Vec<PathBuf> {
    spec_files()
        .into_iter()
        .filter(|p| !is_simd_spec_file(p))
        .collect()
}

/// The SIMD files of the Wasm 2.0 spec suite, sorted.
pub fn simd_spec_files() -> Vec<PathBuf> {
    spec_files()
        .into_iter()
        .filter(|p| is_simd_spec_file(p))
        .collect()
}

/// Every `.wast` file of the Wasm 3.0 suite (root and proposals), sorted.
pub fn wasm3_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![testsuite_dir().join("wasm-3.0")];
    while let Some(d) = pending.pop() {
        for e in
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()))
        {
            let p = e.expect("directory entry").path();
            if p.is_dir() {
                pending.push(p);
            } else if p.extension().is_some_and(|x| x == "wast") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(
        files.len() > 250,
        "only {} files in the 3.0 suite",
        files.len()
    );
    files
}

/// The binary of every core module in the script at `path` that the spec
/// means to be valid: `module` (text or quoted) and `module definition`
/// directives, and the modules of `assert_unlinkable` and of
/// `assert_trap` on instantiation. Panics when the script does not parse
/// or one of those modules does not encode.
pub fn modules_of(path: &Path) -> Vec<Vec<u8>> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // names.wast deliberately uses bidirectional-override characters.
    let mut lexer = wast::lexer::Lexer::new(&text);
    lexer.allow_confusing_unicode(true);
    let buf = wast::parser::ParseBuffer::new_with_lexer(lexer)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let wast: Wast =
        wast::parser::parse(&buf).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for directive in wast.directives {
        let mut module = match directive {
            WastDirective::Module(m) | WastDirective::ModuleDefinition(m) => m,
            WastDirective::AssertUnlinkable { module, .. } => QuoteWat::Wat(module),
            WastDirective::AssertTrap {
                exec: WastExecute::Wat(w),
                ..
            } => QuoteWat::Wat(w),
            _ => continue,
        };
        if matches!(module, QuoteWat::Wat(wast::Wat::Component(_)))
            || matches!(module, QuoteWat::QuoteComponent(..))
        {
            continue;
        }
        match module.encode() {
            Ok(bytes) => out.push(bytes),
            Err(e) => panic!("{}: encoding a module: {e}", path.display()),
        }
    }
    out
}

/// How many valid spec modules [`compile_suite`] found (and compiled with
/// every configuration that takes their file).
#[derive(Clone, Copy, Debug, Default)]
pub struct SuiteCount {
    /// Modules of the non-SIMD files.
    pub modules: usize,
    /// Modules of the SIMD files (compiled only by configurations that
    /// support SIMD).
    pub simd_modules: usize,
}

/// Compiles every valid module of the Wasm 2.0 suite with each named
/// configuration (the SIMD files only with those that support SIMD) and
/// checks each compilation with [`check_compilation`]. Fails the test
/// with every failure listed; returns how many modules were compiled.
/// A module the front end rejects is reported on stderr and skipped.
pub fn compile_suite(compilers: &[(&str, &dyn Compiler)]) -> SuiteCount {
    let mut count = SuiteCount::default();
    let mut failures = Vec::new();
    for file in spec_files() {
        let simd = is_simd_spec_file(&file);
        for (i, bytes) in modules_of(&file).iter().enumerate() {
            let translation = match translate_module(bytes, Features::WASM2) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("skipped {} module #{i}: {e}", file.display());
                    continue;
                }
            };
            if simd {
                count.simd_modules += 1;
            } else {
                count.modules += 1;
            }
            for (name, compiler) in compilers {
                if simd && !compiler.supports_simd() {
                    continue;
                }
                let what = format!("{} module #{i} ({name})", file.display());
                match compile_module(*compiler, &translation) {
                    Ok(c) => {
                        if let Err(e) = check_compilation(&translation.module, &c) {
                            failures.push(format!("{what}: {e}"));
                        }
                    }
                    Err(e) => failures.push(format!("{what}: {e}")),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    count
}
