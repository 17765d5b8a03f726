//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;
use trident_compiler::{Compilation, RelocationTarget};
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_types::ModuleInfo;

/// `/work/shared/testsuite`, next to the repository. Panics (fails the
/// test) when it is missing: the spec suite is the correctness bar.
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

/// A compiler for the host with the verifier on.
pub fn host_compiler() -> CraneliftCompiler {
    CraneliftCompiler::new(CraneliftConfig {
        verifier: true,
        ..Default::default()
    })
    .expect("host compiler")
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
    for (i, f) in c.functions.iter().enumerate() {
        for r in &f.relocations {
            let RelocationTarget::Function(t) = r.target;
            if module.is_imported_function(t) || t as usize >= module.functions.len() {
                return Err(format!(
                    "function {i}: relocation to {t}, not a defined function"
                ));
            }
            if r.offset as usize + 4 > f.body.len() {
                return Err(format!("function {i}: relocation outside the body"));
            }
        }
        if !f.traps.windows(2).all(|w| w[0].offset <= w[1].offset) {
            return Err(format!("function {i}: traps not sorted"));
        }
        if f.body.is_empty() || !f.alignment.is_power_of_two() {
            return Err(format!("function {i}: empty body or bad alignment"));
        }
    }
    Ok(())
}
