//! Determinism, SIMD, trap sites, relocations, trampolines, targets and
//! CPU features.

use crate::host_compiler;
use trident_compiler::{Compilation, Compiler, RelocationKind, RelocationTarget};
use trident_cranelift::{CraneliftCompiler, CraneliftConfig, OptLevel};
use trident_test_support::determinism::{
    assert_same_at_thread_counts, assert_same_in_other_processes, fingerprint,
};
use trident_test_support::spec::modules_of;
use trident_test_support::{check_compilation, compile_module, testsuite_dir, translate, wat};
use trident_types::{BoundsChecks, CompileError, FuncType, TrapCode, ValType};

const SAMPLE: &str = r#"
(module
  (import "env" "f" (func $imp (param i32) (result i32)))
  (import "env" "g" (global $g i64))
  (type $t (func (param i32) (result i32)))
  (memory 1)
  (table 4 funcref)
  (global $m (mut f64) (f64.const 1.5))
  (elem (i32.const 0) $fac $fib)
  (data (i32.const 16) "hello")
  (func $fac (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 1))
      (else (i32.mul (local.get 0) (call $fac (i32.sub (local.get 0) (i32.const 1)))))))
  (func $fib (param i32) (result i32)
    (local i32 i32)
    (local.set 1 (i32.const 1))
    (block $done
      (loop $l
        (br_if $done (i32.le_s (local.get 0) (i32.const 1)))
        (local.set 2 (i32.add (local.get 1) (local.get 2)))
        (local.set 1 (i32.sub (local.get 2) (local.get 1)))
        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
        (br $l)))
    (local.get 1))
  (func (export "run") (param i32) (result i32 i64 f64)
    (call_indirect (type $t) (local.get 0) (i32.const 1))
    (call $imp)
    (i32.load offset=3 (i32.const 0))
    i32.add
    (global.get $g)
    (global.get $m)
    (memory.grow (i32.const 1)) drop
    (br_table 0 0 (i32.const 0)))
  (func (export "multi") (param i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (block (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
      (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
      (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
      (br_table 0 0 0 (local.get 0))))
)
"#;

fn compile_with(c: &CraneliftCompiler, bytes: &[u8]) -> Result<Compilation, CompileError> {
    compile_module(c, &translate(bytes))
}

#[test]
fn sample_compiles_and_is_well_formed() {
    let bytes = wat(SAMPLE);
    let t = translate(&bytes);
    let c = compile_module(&host_compiler(), &t).unwrap();
    check_compilation(&t.module, &c).unwrap();
    // $fac calls itself directly: one relocation to function 1.
    let fac = &c.functions[0];
    assert_eq!(fac.relocations.len(), 1);
    assert_eq!(fac.relocations[0].target, RelocationTarget::Function(1));
    let kind = fac.relocations[0].kind;
    #[cfg(target_arch = "x86_64")]
    assert_eq!(kind, RelocationKind::X86PcRel4);
    #[cfg(target_arch = "aarch64")]
    assert_eq!(kind, RelocationKind::Arm64Call);
    // One wasm-to-host trampoline, for the type of the import.
    assert_eq!(c.wasm_to_host.len(), 1);
    assert_eq!(c.wasm_to_host[0].0, 0);
    assert!(c.wasm_to_host[0]
        .1
        .traps
        .iter()
        .any(|t| t.code == TrapCode::HostError));
}

#[test]
fn output_is_deterministic_across_runs_and_thread_counts() {
    let bytes = wat(SAMPLE);
    let t = translate(&bytes);
    let compiler = host_compiler();
    let first = compile_module(&compiler, &t).unwrap();
    let second = compile_module(&compiler, &t).unwrap();
    assert_eq!(first, second);
    let threaded = assert_same_at_thread_counts("the sample", &[1, 4], || {
        compile_module(&compiler, &t).unwrap()
    });
    assert_eq!(first, threaded, "differs on an explicit thread pool");
    // A fresh compiler with the same settings gives the same code too.
    assert_eq!(first, compile_module(&host_compiler(), &t).unwrap());
}

/// `v128` anywhere (operators, parameters, locals, globals, dead code,
/// trampolines) compiles; the spec suite checks what the code does.
#[test]
fn simd_compiles() {
    let cases = [
        "(module (func (result i32) (i32x4.extract_lane 0 (v128.const i32x4 1 2 3 4))))",
        "(module (func (param v128) (result v128) (local.get 0)))",
        "(module (func (local v128)))",
        "(module (global (mut v128) (v128.const i64x2 0 0)) (func (global.set 0 (global.get 0))))",
        "(module (func unreachable (drop (i8x16.splat (i32.const 0)))))",
        "(module (memory 1) (func (param i32) (result v128) (v128.load32_zero (local.get 0))))",
    ];
    let compiler = host_compiler();
    assert!(compiler.supports_simd());
    for case in cases {
        let bytes = wat(case);
        if let Err(e) = compile_with(&compiler, &bytes) {
            panic!("{case}: {e}");
        }
    }
    let ty = FuncType::new(
        [ValType::V128, ValType::I32],
        [ValType::V128, ValType::V128],
    );
    compiler
        .compile_host_to_wasm_trampoline(&ty)
        .expect("host-to-wasm trampoline");
    compiler
        .compile_wasm_to_host_trampoline(&ty)
        .expect("wasm-to-host trampoline");
}

fn traps_of(body: &str, bounds_checks: BoundsChecks) -> Vec<TrapCode> {
    let bytes = wat(&format!("(module (memory 1) (table 1 funcref) {body})"));
    let c = CraneliftCompiler::new(CraneliftConfig {
        verifier: true,
        bounds_checks,
        ..Default::default()
    })
    .unwrap();
    let c = compile_with(&c, &bytes).unwrap();
    let mut codes: Vec<TrapCode> = c.functions[0].traps.iter().map(|t| t.code).collect();
    codes.sort_by_key(|c| *c as u8);
    codes.dedup();
    // Cranelift omits the stack check only in leaf functions without a
    // frame; these small test functions may or may not have one.
    codes.retain(|c| *c != TrapCode::StackOverflow);
    codes
}

#[test]
fn trap_codes_follow_wasm_semantics() {
    use TrapCode::*;
    let s = BoundsChecks::Static;
    let f = |ops: &str| format!("(func (param i32 i32 f32 f64) (result i32) {ops})");
    // Every function that calls or has a stack frame checks the stack
    // limit in its prologue.
    let bytes = wat("(module (func $f (call $f)))");
    let c = compile_with(&host_compiler(), &bytes).unwrap();
    let codes: Vec<TrapCode> = c.functions[0].traps.iter().map(|t| t.code).collect();
    assert_eq!(codes, vec![StackOverflow]);
    assert_eq!(traps_of(&f("(i32.const 0)"), s), vec![]);
    assert_eq!(
        traps_of(&f("(i32.div_s (local.get 0) (local.get 1))"), s),
        vec![IntegerOverflow, IntegerDivisionByZero]
    );
    assert_eq!(
        traps_of(&f("(i32.div_u (local.get 0) (local.get 1))"), s),
        vec![IntegerDivisionByZero]
    );
    // srem of INT_MIN by -1 is 0: no overflow trap.
    assert_eq!(
        traps_of(&f("(i32.rem_s (local.get 0) (local.get 1))"), s),
        vec![IntegerDivisionByZero]
    );
    assert_eq!(
        traps_of(&f("(i32.trunc_f32_s (local.get 2))"), s),
        vec![IntegerOverflow, BadConversionToInteger]
    );
    assert_eq!(
        traps_of(&f("(i32.trunc_f64_u (local.get 3))"), s),
        vec![IntegerOverflow, BadConversionToInteger]
    );
    assert_eq!(
        traps_of(&f("(i32.trunc_sat_f32_s (local.get 2))"), s),
        vec![]
    );
    assert_eq!(
        traps_of(&f("(i32.load (local.get 0))"), s),
        vec![HeapOutOfBounds]
    );
    assert_eq!(
        traps_of(&f("(i32.load offset=0xffff0000 (local.get 0))"), s),
        vec![HeapOutOfBounds]
    );
    assert_eq!(
        traps_of(&f("(i32.load (local.get 0))"), BoundsChecks::Dynamic),
        vec![HeapOutOfBounds]
    );
    assert_eq!(traps_of(&f("unreachable"), s), vec![UnreachableCodeReached]);
    assert_eq!(
        traps_of(
            &f("(memory.fill (local.get 0) (local.get 1) (local.get 1)) (i32.const 0)"),
            s
        ),
        vec![HeapOutOfBounds]
    );
    assert_eq!(
        traps_of(&f("(drop (table.get 0 (local.get 0))) (i32.const 0)"), s),
        vec![TableOutOfBounds]
    );
    assert_eq!(
        traps_of(
            "(type $t (func (result i32))) (func (param i32) (result i32) (call_indirect (type $t) (local.get 0)))",
            s
        ),
        vec![TableOutOfBounds, IndirectCallToNull, BadSignature]
    );
}

#[test]
fn cross_targets_and_settings() {
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        for opt_level in [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize] {
            let c = CraneliftCompiler::new(CraneliftConfig {
                opt_level,
                target: Some(triple.into()),
                verifier: true,
                bounds_checks: BoundsChecks::Dynamic,
                ..Default::default()
            })
            .unwrap();
            assert_eq!(c.name(), "cranelift");
            assert!(c.triple().starts_with(triple.split('-').next().unwrap()));
            let fp = c.settings_fingerprint();
            assert!(fp.contains("0.135") && fp.contains(triple.split('-').next().unwrap()));
            assert!(fp.contains("preserve_frame_pointers=true"), "{fp}");
            let comp = compile_with(&c, &wat(SAMPLE)).unwrap();
            let want = if triple.starts_with("x86_64") {
                RelocationKind::X86PcRel4
            } else {
                RelocationKind::Arm64Call
            };
            assert!(comp.functions[0].relocations.iter().all(|r| r.kind == want));
        }
    }
    for bad in [
        "riscv64gc-unknown-linux-gnu",
        "x86_64-pc-windows-msvc",
        "not a triple",
    ] {
        let r = CraneliftCompiler::new(CraneliftConfig {
            target: Some(bad.into()),
            ..Default::default()
        });
        assert!(matches!(r, Err(CompileError::Unsupported { .. })), "{bad}");
    }
}

#[test]
fn trampolines_for_every_type() {
    let c = host_compiler();
    let types = [
        FuncType::new([], []),
        FuncType::new(
            [ValType::I32, ValType::I64, ValType::F32, ValType::F64],
            [ValType::F64],
        ),
        FuncType::new(
            [ValType::FUNCREF, ValType::EXTERNREF],
            [ValType::EXTERNREF, ValType::I32],
        ),
        FuncType::new([], vec![ValType::I64; 20]),
        FuncType::new(vec![ValType::F32; 20], vec![ValType::I32; 3]),
    ];
    for ty in &types {
        let h2w = c.compile_host_to_wasm_trampoline(ty).unwrap();
        assert!(h2w.relocations.is_empty() && !h2w.body.is_empty());
        let w2h = c.compile_wasm_to_host_trampoline(ty).unwrap();
        assert!(w2h.relocations.is_empty());
        assert_eq!(
            w2h.traps.iter().map(|t| t.code).collect::<Vec<_>>(),
            vec![TrapCode::HostError]
        );
    }
}

/// The compilations of a few spec files' modules are the same in other
/// processes, on 1 and on 3 threads.
#[test]
fn output_is_deterministic_across_processes() {
    let dir = testsuite_dir().join("wasm-2.0");
    let compiler = host_compiler();
    assert_same_in_other_processes(
        "compiler::output_is_deterministic_across_processes",
        &[1, 3],
        || {
            let mut out = Vec::new();
            for file in [
                "br_table.wast",
                "float_exprs.wast",
                "memory_copy.wast",
                "call_indirect.wast",
            ] {
                for (i, bytes) in modules_of(&dir.join(file)).iter().enumerate() {
                    let c = compile_module(&compiler, &translate(bytes)).unwrap();
                    out.push((format!("{file} #{i}"), fingerprint(&c)));
                }
            }
            out
        },
    );
}

fn cpu_compiler(target: Option<&str>, cpu: Option<&str>, changes: &[&str]) -> CraneliftCompiler {
    CraneliftCompiler::new(CraneliftConfig {
        target: target.map(str::to_string),
        target_cpu: cpu.map(str::to_string),
        cpu_features: changes.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    })
    .expect("compiler")
}

/// `target_cpu` and `cpu_features` decide the ISA flags, and the features
/// reported for artifacts are exactly the flags that are on.
#[test]
fn cpu_model_and_feature_changes() {
    let x86 = "x86_64-unknown-linux-gnu";
    let baseline = cpu_compiler(Some(x86), None, &[]);
    assert_eq!(
        baseline.cpu_features(),
        Some(vec!["sse3".into(), "ssse3".into(), "sse4.1".into()])
    );
    let penryn = cpu_compiler(Some(x86), Some("penryn"), &[]);
    assert_eq!(penryn.cpu_features(), baseline.cpu_features());
    // Enabling AVX2 brings what it builds on; disabling AVX takes AVX2 and
    // FMA with it.
    let avx2 = cpu_compiler(Some(x86), None, &["+avx2"])
        .cpu_features()
        .unwrap();
    for f in ["sse4.2", "avx", "avx2"] {
        assert!(avx2.contains(&f.to_string()), "{avx2:?}");
    }
    let haswell = cpu_compiler(Some(x86), Some("haswell"), &[])
        .cpu_features()
        .unwrap();
    assert!(haswell.contains(&"avx2".to_string()), "{haswell:?}");
    let no_avx = cpu_compiler(Some(x86), Some("haswell"), &["-avx"])
        .cpu_features()
        .unwrap();
    assert!(
        !no_avx.iter().any(|f| f.starts_with("avx") || f == "fma"),
        "{no_avx:?}"
    );
    assert!(no_avx.contains(&"sse4.2".to_string()), "{no_avx:?}");
    assert_ne!(
        cpu_compiler(Some(x86), Some("haswell"), &[]).settings_fingerprint(),
        cpu_compiler(Some(x86), Some("haswell"), &["-avx"]).settings_fingerprint()
    );

    let refused = |target: Option<&str>, cpu: Option<&str>, changes: &[&str]| {
        let r = CraneliftCompiler::new(CraneliftConfig {
            target: target.map(str::to_string),
            target_cpu: cpu.map(str::to_string),
            cpu_features: changes.iter().map(|c| c.to_string()).collect(),
            ..Default::default()
        });
        matches!(r, Err(CompileError::Unsupported { .. }))
    };
    assert!(refused(Some(x86), Some("no-such-cpu"), &[]));
    assert!(refused(Some(x86), None, &["+no-such-feature"]));
    assert!(refused(Some(x86), None, &["avx"]));
    // SSE4.1 is Trident's x86-64 floor.
    assert!(refused(Some(x86), None, &["-sse4.1"]));
    assert!(refused(Some(x86), Some("core2"), &[]));
    assert!(refused(
        Some("aarch64-unknown-linux-gnu"),
        Some("native"),
        &[]
    ));
}
