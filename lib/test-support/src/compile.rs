//! Compiling through any back end (`&dyn Compiler`) and checking the
//! structure of what comes out.
//!
//! Invariants:
//! * [`compile_module`] is the one place the tests call the back-end
//!   interface to compile a module, so a change of that interface is
//!   made here once;
//! * [`check_compilation`] holds for every back end, every target and
//!   every option: it is what the runtime's loader relies on (counts,
//!   orders, alignment, relocations to defined functions only and inside
//!   their body, trap sites inside their body), over function bodies and
//!   trampolines alike.

use trident_compiler::{translate_module, Compiler, ModuleTranslation, RelocationTarget};
use trident_types::{
    BoundsChecks, Compilation, CompileError, CompilerOptions, Features, ModuleInfo, OptLevel,
};

/// Every optimization level.
pub const OPT_LEVELS: [OptLevel; 3] = [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize];

/// Both bounds-check styles.
pub const BOUNDS_CHECKS: [BoundsChecks; 2] = [BoundsChecks::Static, BoundsChecks::Dynamic];

/// Options for the host with the back end's IR verifier on.
pub fn verified_options(opt_level: OptLevel, bounds_checks: BoundsChecks) -> CompilerOptions {
    CompilerOptions {
        opt_level,
        bounds_checks,
        verifier: true,
        ..Default::default()
    }
}

/// Translates a Wasm 2.0 module; panics when it is not valid.
pub fn translate(wasm: &[u8]) -> ModuleTranslation<'_> {
    translate_with(wasm, Features::WASM2)
}

/// Translates a module under `features`; panics when it is not valid.
pub fn translate_with(wasm: &[u8], features: Features) -> ModuleTranslation<'_> {
    translate_module(wasm, features)
        .unwrap_or_else(|e| panic!("the test module does not translate: {e}"))
}

/// Compiles a translated module with `compiler`.
pub fn compile_module(
    compiler: &dyn Compiler,
    translation: &ModuleTranslation<'_>,
) -> Result<Compilation, CompileError> {
    trident_compiler::compile_module(compiler, translation)
}

/// Translates and compiles `wasm`, and checks the compilation's structure;
/// panics, naming the back end, on any failure.
pub fn compile_checked(compiler: &dyn Compiler, wasm: &[u8]) -> (ModuleInfo, Compilation) {
    let translation = translate(wasm);
    let c = compile_module(compiler, &translation)
        .unwrap_or_else(|e| panic!("{} does not compile the module: {e}", compiler.name()));
    if let Err(e) = check_compilation(&translation.module, &c) {
        panic!("{}: malformed compilation: {e}", compiler.name());
    }
    (translation.module, c)
}

/// Checks the structural invariants of a compilation of `module`: one
/// body per defined function and one host-to-wasm trampoline per type;
/// wasm-to-host trampolines sorted by type; every body (functions and
/// trampolines) non-empty and aligned to a power of two of at least 16
/// bytes; relocations only to defined functions, inside their body, in
/// increasing offset order; trap sites inside their body, in increasing
/// offset order (one code per instruction).
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
    let functions = c.functions.len();
    let all = c
        .functions
        .iter()
        .chain(&c.host_to_wasm)
        .chain(c.wasm_to_host.iter().map(|(_, f)| f));
    for (i, f) in all.enumerate() {
        let what = if i < functions {
            format!("function {i}")
        } else {
            format!("trampoline {}", i - functions)
        };
        if f.body.is_empty() || !f.alignment.is_power_of_two() || f.alignment < 16 {
            return Err(format!(
                "{what}: empty or badly aligned ({} bytes, alignment {})",
                f.body.len(),
                f.alignment
            ));
        }
        for r in &f.relocations {
            let RelocationTarget::Function(t) = r.target;
            if module.is_imported_function(t) || t as usize >= module.functions.len() {
                return Err(format!("{what}: relocation to {t}, not a defined function"));
            }
            if r.offset as usize + 4 > f.body.len() {
                return Err(format!("{what}: relocation outside the body"));
            }
        }
        if !f.relocations.windows(2).all(|w| w[0].offset < w[1].offset) {
            return Err(format!("{what}: relocations not sorted"));
        }
        if !f.traps.windows(2).all(|w| w[0].offset < w[1].offset) {
            return Err(format!("{what}: trap sites not sorted or duplicated"));
        }
        if f.traps.iter().any(|t| t.offset as usize >= f.body.len()) {
            return Err(format!("{what}: trap site outside the body"));
        }
    }
    Ok(())
}
