//! Helpers shared by the LLVM back end's tests.

#![allow(dead_code)]

use std::path::PathBuf;
use trident_compiler::{translate_module, Compilation, RelocationTarget};
use trident_llvm::LlvmCompiler;
use trident_types::{BoundsChecks, CompilerOptions, Features, ModuleInfo, OptLevel};

/// `../shared/testsuite` beside the repository. Panics (fails the test)
/// when it is missing: the spec suite is the correctness bar.
pub fn testsuite() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testsuite");
    assert!(
        dir.join("wasm-2.0").is_dir(),
        "the spec test suite is missing: expected {}",
        dir.join("wasm-2.0").display()
    );
    dir
}

/// Encodes a text module to binary.
pub fn wat(text: &str) -> Vec<u8> {
    let buf = wast::parser::ParseBuffer::new(text).expect("lexing the test module");
    let mut module: wast::Wat = wast::parser::parse(&buf).expect("parsing the test module");
    module.encode().expect("encoding the test module")
}

/// Every optimization level.
pub const OPT_LEVELS: [OptLevel; 3] = [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize];

/// A host compiler with the IR verifier on.
pub fn compiler(opt_level: OptLevel, bounds_checks: BoundsChecks) -> LlvmCompiler {
    LlvmCompiler::new(CompilerOptions {
        opt_level,
        bounds_checks,
        verifier: true,
        ..Default::default()
    })
    .expect("host compiler")
}

/// Translates and compiles `wasm`.
pub fn compile(compiler: &LlvmCompiler, wasm: &[u8]) -> (ModuleInfo, Compilation) {
    let translation = translate_module(wasm, Features::WASM2).expect("translate");
    let c = trident_compiler::compile_module(compiler, &translation).expect("compile");
    check_compilation(&translation.module, &c).expect("well-formed compilation");
    (translation.module, c)
}

/// Checks the structural invariants of a compilation of `module`.
pub fn check_compilation(module: &ModuleInfo, c: &Compilation) -> Result<(), String> {
    if c.functions.len() != module.num_defined_functions() as usize {
        return Err("wrong number of functions".into());
    }
    if c.host_to_wasm.len() != module.types.len() {
        return Err("wrong number of host-to-wasm trampolines".into());
    }
    if !c.wasm_to_host.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err("wasm-to-host trampolines not sorted".into());
    }
    let all = c
        .functions
        .iter()
        .chain(&c.host_to_wasm)
        .chain(c.wasm_to_host.iter().map(|(_, f)| f));
    for (i, f) in all.enumerate() {
        if f.body.is_empty() || !f.alignment.is_power_of_two() || f.alignment < 16 {
            return Err(format!("body {i}: empty or badly aligned"));
        }
        for r in &f.relocations {
            let RelocationTarget::Function(t) = r.target;
            if module.is_imported_function(t) || t as usize >= module.functions.len() {
                return Err(format!(
                    "body {i}: relocation to {t}, not a defined function"
                ));
            }
            if r.offset as usize + 4 > f.body.len() {
                return Err(format!("body {i}: relocation outside the body"));
            }
        }
        if !f.relocations.windows(2).all(|w| w[0].offset < w[1].offset) {
            return Err(format!("body {i}: relocations not sorted"));
        }
        if !f.traps.windows(2).all(|w| w[0].offset < w[1].offset) {
            return Err(format!("body {i}: trap sites not sorted or duplicated"));
        }
        if f.traps.iter().any(|t| t.offset as usize >= f.body.len()) {
            return Err(format!("body {i}: trap site outside the body"));
        }
    }
    Ok(())
}
