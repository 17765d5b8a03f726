//! Every module of the Wasm 2.0 spec suite (SIMD files included) that the
//! front end accepts must compile with LLVM's IR verifier on, at every
//! optimization level under static bounds checks and at the default level
//! under dynamic ones, into a well-formed `Compilation`. (Running the
//! suite is `tests/tests/integration/spec.rs` in the workspace.)

mod common;

use common::{check_compilation, compiler, testsuite, OPT_LEVELS};
use std::path::{Path, PathBuf};
use trident_compiler::translate_module;
use trident_llvm::LlvmCompiler;
use trident_types::{BoundsChecks, Features, OptLevel};
use wast::{QuoteWat, Wast, WastDirective, WastExecute};

/// The binary of every module in `path` that the spec means to be valid.
fn modules_of(path: &Path) -> Vec<Vec<u8>> {
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
            name.ends_with(".wast")
        })
        .collect();
    files.sort();
    assert!(files.len() > 80, "too few .wast files in {}", dir.display());
    files
}

/// Compiles every valid spec module with each compiler; returns how many
/// modules were compiled (per compiler).
fn compile_suite(compilers: &[(String, LlvmCompiler)]) -> usize {
    let mut compiled = 0;
    let mut failures = Vec::new();
    for file in wast_files() {
        for (i, bytes) in modules_of(&file).iter().enumerate() {
            // Modules the front end rejects are the spec's invalid ones.
            let Ok(translation) = translate_module(bytes, Features::WASM2) else {
                continue;
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

#[test]
fn spec_modules_compile_with_the_verifier_at_every_level() {
    let mut compilers: Vec<(String, LlvmCompiler)> = OPT_LEVELS
        .iter()
        .map(|o| {
            (
                format!("static, {}", o.name()),
                compiler(*o, BoundsChecks::Static),
            )
        })
        .collect();
    compilers.push((
        "dynamic, speed".into(),
        compiler(OptLevel::Speed, BoundsChecks::Dynamic),
    ));
    let n = compile_suite(&compilers);
    assert!(n > 1000, "only {n} spec modules compiled");
}
