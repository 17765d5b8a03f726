//! Cross-compilation to AArch64 Linux: the trap sites, relocations and
//! stack probes the runtime relies on, checked on the emitted words
//! themselves (running the code needs an AArch64 machine or qemu, which
//! the create-exe tests do).

use trident_compiler::{Compilation, Compiler};
use trident_llvm::LlvmCompiler;
use trident_test_support::{compile_checked, wat, BOUNDS_CHECKS as BOUNDS, OPT_LEVELS};
use trident_types::{
    BoundsChecks, CompiledFunction, CompilerOptions, OptLevel, RelocationKind, TrapCode,
};

const TRIPLE: &str = "aarch64-unknown-linux-gnu";

fn compile(opt_level: OptLevel, bounds_checks: BoundsChecks, wasm: &[u8]) -> Compilation {
    compile_with(
        CompilerOptions {
            opt_level,
            bounds_checks,
            ..Default::default()
        },
        wasm,
    )
}

fn compile_with(options: CompilerOptions, wasm: &[u8]) -> Compilation {
    let compiler = LlvmCompiler::new(CompilerOptions {
        verifier: true,
        target: Some(TRIPLE.into()),
        ..options
    })
    .expect("aarch64 compiler");
    assert_eq!(compiler.triple(), TRIPLE);
    compile_checked(&compiler, wasm).1
}

fn word(f: &CompiledFunction, offset: u32) -> u32 {
    let at = offset as usize;
    u32::from_le_bytes(f.body[at..at + 4].try_into().expect("4 bytes"))
}

fn is_load_or_store(w: u32) -> bool {
    (w >> 25) & 0b0101 == 0b0100
}

/// Every site is a whole instruction of the right kind: `udf #(0x5500 |
/// code)` for explicit traps, a load or store for heap and stack faults.
fn check_sites(f: &CompiledFunction, what: &str) {
    for t in &f.traps {
        assert_eq!(t.offset % 4, 0, "{what}: misaligned site {t:?}");
        let w = word(f, t.offset);
        let explicit = w == 0x5500 | t.code as u32;
        let fault = is_load_or_store(w)
            && matches!(t.code, TrapCode::HeapOutOfBounds | TrapCode::StackOverflow);
        assert!(explicit || fault, "{what}: site {t:?} is word {w:#010x}");
    }
}

fn count(f: &CompiledFunction, code: TrapCode) -> usize {
    f.traps.iter().filter(|t| t.code == code).count()
}

/// Explicit traps keep their codes; out-of-bounds heap accesses are sites
/// under static bounds checks (the loads themselves, even when unused) and
/// explicit checks under dynamic ones.
#[test]
fn traps_and_heap_accesses_are_sites() {
    let module = wat(r#"(module (memory 1)
        (type $t (func (result i32)))
        (table 2 funcref)
        (func (export "dropped") (param i32) (drop (i32.load (local.get 0))))
        (func (export "store") (param i32 i64) (i64.store offset=8 (local.get 0) (local.get 1)))
        (func (export "all") (param i32 i32 f32 f64) (result i32)
          (i32.div_s (local.get 0) (local.get 1))
          (i32.trunc_f32_s (local.get 2))
          (i32.add)
          (i64.trunc_f64_u (local.get 3))
          (i32.wrap_i64)
          (i32.add)
          (call_indirect (type $t) (local.get 1))
          (i32.add)
          (if (i32.eqz (local.get 0)) (then unreachable))))"#);
    let explicit = [
        TrapCode::StackOverflow,
        TrapCode::IntegerDivisionByZero,
        TrapCode::IntegerOverflow,
        TrapCode::BadConversionToInteger,
        TrapCode::TableOutOfBounds,
        TrapCode::IndirectCallToNull,
        TrapCode::BadSignature,
        TrapCode::UnreachableCodeReached,
    ];
    for bounds in BOUNDS {
        for opt in OPT_LEVELS {
            let what = format!("{}, {}", bounds.name(), opt.name());
            let c = compile(opt, bounds, &module);
            for f in &c.functions {
                check_sites(f, &what);
            }
            for f in &c.functions[..2] {
                assert!(
                    count(f, TrapCode::HeapOutOfBounds) >= 1,
                    "{what}: no heap site in {:?}",
                    f.traps
                );
                let explicit_heap = f.traps.iter().any(|t| {
                    t.code == TrapCode::HeapOutOfBounds && !is_load_or_store(word(f, t.offset))
                });
                assert_eq!(
                    explicit_heap,
                    bounds == BoundsChecks::Dynamic,
                    "{what}: explicit heap checks only under dynamic bounds: {:?}",
                    f.traps
                );
            }
            let all = &c.functions[2];
            for code in explicit {
                assert!(
                    all.traps
                        .iter()
                        .any(|t| t.code == code && word(all, t.offset) == 0x5500 | code as u32),
                    "{what}: no `udf` for {code:?} in {:?}",
                    all.traps
                );
            }
        }
    }
}

/// Frames larger than a page are probed page by page (each probe a stack
/// store, `str xzr, [sp]`, unrolled or in a loop, and a `StackOverflow`
/// site) before the frame is used.
#[test]
fn large_frames_are_probed() {
    let loads: String = (0..1200)
        .map(|i| format!("(i64.load offset={} (local.get 0))\n", i * 8))
        .collect();
    let adds = "(i64.add)\n".repeat(1200);
    let module = wat(&format!(
        r#"(module (memory 1)
          (func $callee)
          (func (export "big") (param i32) (result i64)
            {loads} (call $callee) (i64.const 0) {adds}))"#
    ));
    for opt in OPT_LEVELS {
        let c = compile(opt, BoundsChecks::Static, &module);
        let big = &c.functions[1];
        check_sites(big, opt.name());
        let probes = big
            .traps
            .iter()
            .filter(|t| t.code == TrapCode::StackOverflow && word(big, t.offset) == 0xf900_03ff)
            .count();
        assert!(probes >= 1, "{}: {:?}", opt.name(), big.traps);
    }
}

/// Calls to other functions are `Arm64Call` relocations on `bl`; jump
/// tables and float constants are resolved inside each body.
#[test]
fn calls_are_arm64_call_relocations() {
    let mut funcs = String::new();
    for i in 0..40 {
        funcs.push_str(&format!(
            r#"(func $f{i} (export "f{i}") (param i32) (result f64)
                 (block (block (block (block (local.get 0) (br_table 0 1 2 3 0)) (return (f64.const 1.5)))
                   (return (f64.const {i}.25))) (return (call $f{} (i32.const 0))))
                 (f64.const -0.125))"#,
            (i + 21) % 40
        ));
    }
    let module = wat(&format!("(module {funcs})"));
    for opt in OPT_LEVELS {
        let c = compile(opt, BoundsChecks::Static, &module);
        let mut calls = 0;
        for f in &c.functions {
            for r in &f.relocations {
                assert_eq!(r.kind, RelocationKind::Arm64Call, "{}", opt.name());
                // `bl` (0x94000000 with a zero immediate before linking).
                assert_eq!(word(f, r.offset) & 0xfc00_0000, 0x9400_0000);
                calls += 1;
            }
        }
        assert!(calls > 0, "{}: no call was relocated", opt.name());
    }
}

/// With fuel and epochs on, loops and function entries check both, each
/// with its own `udf`.
#[test]
fn fuel_and_epoch_checks_are_sites() {
    let module = wat(r#"(module
        (func (export "spin") (param i32)
          (loop (br_if 0 (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))))"#);
    for opt in OPT_LEVELS {
        let c = compile_with(
            CompilerOptions {
                opt_level: opt,
                consume_fuel: true,
                epoch_interruption: true,
                ..Default::default()
            },
            &module,
        );
        let f = &c.functions[0];
        check_sites(f, opt.name());
        for code in [TrapCode::OutOfFuel, TrapCode::Interrupted] {
            assert!(
                count(f, code) >= 1,
                "{}: no {code:?} in {:?}",
                opt.name(),
                f.traps
            );
        }
    }
}
