//! Properties of the generated code that the runtime relies on: trap sites
//! for every trapping instruction (including heap accesses whose result is
//! unused), the stack probe for large frames, PC-relative relocations only
//! to wasm functions, and output that does not depend on the thread count.

use crate::compiler;
use std::collections::BTreeSet;
use trident_test_support::determinism::assert_same_at_thread_counts;
use trident_test_support::{
    compile_checked as compile, compile_module, sightglass, translate, wat,
    BOUNDS_CHECKS as BOUNDS, OPT_LEVELS,
};
use trident_types::{BoundsChecks, CompiledFunction, OptLevel, TrapCode};

fn codes(f: &CompiledFunction) -> BTreeSet<u8> {
    f.traps.iter().map(|t| t.code as u8).collect()
}

fn count(f: &CompiledFunction, code: TrapCode) -> usize {
    f.traps.iter().filter(|t| t.code == code).count()
}

/// Loads whose results are dropped, or folded away, must keep their
/// out-of-bounds trap: a recorded heap access (static) or an explicit check
/// (dynamic), at every optimization level.
#[test]
fn unused_loads_keep_their_trap_sites() {
    let module = wat(r#"(module (memory 1)
        (func (export "dropped") (param i32) (drop (i32.load (local.get 0))))
        (func (export "times_zero") (param i32) (result i32)
          (i32.mul (i32.load8_u offset=7 (local.get 0)) (i32.const 0)))
        (func (export "float") (param i32) (drop (f64.load offset=65535 (local.get 0))))
        (func (export "huge_offset") (param i32) (drop (i64.load offset=4294967295 (local.get 0)))))"#);
    for bounds in BOUNDS {
        for opt in OPT_LEVELS {
            let (_, c) = compile(&compiler(opt, bounds), &module);
            for (i, f) in c.functions.iter().enumerate() {
                assert!(
                    count(f, TrapCode::HeapOutOfBounds) >= 1,
                    "function {i} ({}, {}): no heap trap site in {:?}",
                    bounds.name(),
                    opt.name(),
                    f.traps
                );
            }
        }
    }
}

/// Every explicit trap keeps its own code, however LLVM lays out or merges
/// the trap blocks.
#[test]
fn each_trap_keeps_its_code() {
    let module = wat(r#"(module
        (type $t (func (result i32)))
        (table 2 funcref)
        (func (export "all") (param i32 i32 f32 f64) (result i32)
          (i32.div_s (local.get 0) (local.get 1))
          (i32.rem_u (local.get 0) (local.get 1))
          (i32.add)
          (i32.trunc_f32_s (local.get 2))
          (i32.add)
          (i64.trunc_f64_u (local.get 3))
          (i32.wrap_i64)
          (i32.add)
          (call_indirect (type $t) (local.get 1))
          (i32.add)
          (if (i32.eqz (local.get 0)) (then unreachable))
          (drop (table.get 0 (local.get 1)))))"#);
    let expected: BTreeSet<u8> = [
        TrapCode::StackOverflow,
        TrapCode::IntegerDivisionByZero,
        TrapCode::IntegerOverflow,
        TrapCode::BadConversionToInteger,
        TrapCode::TableOutOfBounds,
        TrapCode::IndirectCallToNull,
        TrapCode::BadSignature,
        TrapCode::UnreachableCodeReached,
    ]
    .iter()
    .map(|c| *c as u8)
    .collect();
    for opt in OPT_LEVELS {
        let (_, c) = compile(&compiler(opt, BoundsChecks::Static), &module);
        let got = codes(&c.functions[0]);
        assert!(
            got.is_superset(&expected),
            "{}: trap codes {got:?}, expected at least {expected:?}",
            opt.name()
        );
    }
}

/// A function whose frame exceeds the probe size calls the stack-probe
/// helper (a private copy with its own `StackOverflow` trap) before it
/// allocates the frame; a small one only has its entry check.
#[test]
fn large_frames_are_checked_by_the_probe() {
    // 1,200 loaded values live across a call must be spilled: ~10 KiB.
    let loads: String = (0..1200)
        .map(|i| format!("(i64.load offset={} (local.get 0))\n", i * 8))
        .collect();
    let adds = "(i64.add)\n".repeat(1200);
    let text = format!(
        r#"(module (memory 1)
          (func $callee)
          (func (export "big") (param i32) (result i64)
            {loads} (call $callee) (i64.const 0) {adds})
          (func (export "small") (param i32) (result i32) (local.get 0)))"#
    );
    let module = wat(&text);
    for opt in OPT_LEVELS {
        let (_, c) = compile(&compiler(opt, BoundsChecks::Static), &module);
        let big = &c.functions[1];
        let small = &c.functions[2];
        assert!(
            count(big, TrapCode::StackOverflow) >= 2,
            "{}: big frame without the probe: {:?}",
            opt.name(),
            big.traps
                .iter()
                .filter(|t| t.code == TrapCode::StackOverflow)
                .collect::<Vec<_>>()
        );
        assert_eq!(count(small, TrapCode::StackOverflow), 1, "{}", opt.name());
    }
}

/// Calls between functions of different batches are relocations to the
/// callee; everything else (jump tables, constants) is resolved inside
/// each body.
#[test]
fn only_calls_are_relocated() {
    let mut funcs = String::new();
    for i in 0..80 {
        funcs.push_str(&format!(
            r#"(func $f{i} (export "f{i}") (param i32) (result f64)
                 (block (block (block (block (local.get 0) (br_table 0 1 2 3 0)) (return (f64.const 1.5)))
                   (return (f64.const {i}.25))) (return (call $f{} (i32.const 0))))
                 (f64.const -0.125))"#,
            (i + 41) % 80
        ));
    }
    let module = wat(&format!("(module {funcs})"));
    let (_, c) = compile(&compiler(OptLevel::Speed, BoundsChecks::Static), &module);
    let relocated = c
        .functions
        .iter()
        .filter(|f| !f.relocations.is_empty())
        .count();
    assert!(relocated > 0, "no call was relocated");
}

/// The same module gives the same output at any thread count.
#[test]
fn output_does_not_depend_on_the_thread_count() {
    let wasm = sightglass("shootout/shootout-switch.wasm");
    let translation = translate(&wasm);
    let compiler = compiler(OptLevel::Speed, BoundsChecks::Static);
    let one = assert_same_at_thread_counts("shootout-switch", &[1, 3], || {
        compile_module(&compiler, &translation).expect("compile")
    });
    assert!(one.functions.len() > 32, "want several batches");
}
