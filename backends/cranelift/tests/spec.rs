//! Every module of the Wasm 2.0 spec suite (SIMD files excepted) that the
//! front end accepts must compile, with Cranelift's verifier on, for the
//! host and for both cross targets with both bounds-check modes.

mod common;

use common::{check_compilation, testsuite};
use std::path::PathBuf;
use trident_compiler::translate_module;
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_types::{BoundsChecks, Features};
use wast::{QuoteWat, Wast, WastDirective, WastExecute};

/// The binary of every module in `path` that the spec means to be valid.
fn modules_of(path: &PathBuf) -> Vec<Vec<u8>> {
    let text = std::fs::read_to_string(path).expect("reading a .wast file");
    let mut lexer = wast::lexer::Lexer::new(&text);
    lexer.allow_confusing_unicode(true);
    let buf = wast::parser::ParseBuffer::new_with_lexer(lexer)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let wast: Wast =
        wast::parser::parse(&buf).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for directive in wast.directives {
        let mut wat = match directive {
            WastDirective::Module(QuoteWat::Wat(w))
            | WastDirective::ModuleDefinition(QuoteWat::Wat(w)) => w,
            WastDirective::AssertUnlinkable { module, .. } => module,
            WastDirective::AssertTrap {
                exec: WastExecute::Wat(w),
                ..
            } => w,
            _ => continue,
        };
        if matches!(wat, wast::Wat::Component(_)) {
            continue;
        }
        match wat.encode() {
            Ok(bytes) => out.push(bytes),
            Err(e) => panic!("{}: encoding a module: {e}", path.display()),
        }
    }
    out
}

fn wast_files() -> Vec<PathBuf> {
    let dir = testsuite().join("wasm-2.0");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("listing the spec suite")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.ends_with(".wast") && !name.starts_with("simd_")
        })
        .collect();
    files.sort();
    assert!(files.len() > 80, "too few .wast files in {}", dir.display());
    files
}

/// Compiles every valid spec module with each compiler; returns how many
/// modules were compiled (per compiler).
fn compile_suite(compilers: &[(&str, CraneliftCompiler)]) -> usize {
    let mut compiled = 0;
    let mut failures = Vec::new();
    for file in wast_files() {
        for (i, bytes) in modules_of(&file).iter().enumerate() {
            let translation = match translate_module(bytes, Features::WASM2) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("skipped {} module #{i}: {e}", file.display());
                    continue;
                }
            };
            compiled += 1;
            for (name, compiler) in compilers {
                let what = format!("{} module #{i} ({name})", file.display());
                match trident_compiler::compile_module(compiler, &translation) {
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
    compiled
}

fn compiler(triple: Option<&str>, bounds_checks: BoundsChecks) -> CraneliftCompiler {
    CraneliftCompiler::new(CraneliftConfig {
        target: triple.map(str::to_string),
        verifier: true,
        bounds_checks,
        ..Default::default()
    })
    .expect("compiler")
}

/// Measured: 1235 valid non-SIMD modules in the Wasm 2.0 suite.
const MIN_MODULES: usize = 1200;

#[test]
fn spec_modules_compile() {
    let compilers = [
        ("host, static", compiler(None, BoundsChecks::Static)),
        (
            "x86_64, dynamic",
            compiler(Some("x86_64-unknown-linux-gnu"), BoundsChecks::Dynamic),
        ),
        (
            "aarch64, static",
            compiler(Some("aarch64-unknown-linux-gnu"), BoundsChecks::Static),
        ),
        (
            "aarch64, dynamic",
            compiler(Some("aarch64-unknown-linux-gnu"), BoundsChecks::Dynamic),
        ),
        (
            "host, static, fuel + epochs + NaN canonicalization",
            CraneliftCompiler::new(CraneliftConfig {
                verifier: true,
                consume_fuel: true,
                epoch_interruption: true,
                nan_canonicalization: true,
                ..Default::default()
            })
            .expect("compiler"),
        ),
    ];
    let n = compile_suite(&compilers);
    eprintln!(
        "compiled {n} spec modules with each of {} configurations",
        compilers.len()
    );
    assert!(
        n > MIN_MODULES,
        "only {n} modules compiled (floor {MIN_MODULES})"
    );
}
