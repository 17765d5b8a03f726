//! Code whose reach exceeds the short encodings of the target ISA: a
//! function of well over 1 MiB of machine code (beyond AArch64's ±1 MiB
//! conditional branches, forward and backward, and from its first
//! instructions to the trap stubs at its end), a frame of more than
//! 4 KiB (locals beyond 9- and 12-bit displacements), memory offsets over
//! 4 KiB, 64-bit constants that need several instructions, stack
//! arguments, and a call across the whole function.
//!
//! The same module runs on singlepass and on Cranelift on the host (x86-64
//! natively, AArch64 under qemu) and the results must agree for every
//! input, in both bounds-check styles; the division trap whose stub is
//! more than 1 MiB from its branch must be reported with its code. A
//! cross-compilation for AArch64
//! (whatever the host) checks that the AArch64 code of the big function
//! really is past 1 MiB, so its far-branch form is what runs under qemu.

use trident::{BoundsChecks, Config, Engine, Instance, Module, Store, TrapCode};
use trident_compiler::translate_module;
use trident_singlepass::SinglepassCompiler;
use trident_types::{CompilerOptions, Features};

/// Locals of the big function: 720 i64s, a frame of more than 5 KiB.
const LOCALS: usize = 720;
/// Straight-line groups in the big function's body.
const GROUPS: usize = 30_000;

/// The module's text: `big(x, d, iters)` and its helpers.
fn module_text() -> String {
    let mut t = String::with_capacity(GROUPS * 160);
    t.push_str("(module\n  (memory 2)\n");
    // A callee with stack arguments (more than 8 integer parameters).
    t.push_str("  (func $many (param");
    for _ in 0..20 {
        t.push_str(" i64");
    }
    t.push_str(") (result i64)\n");
    for i in 0..20 {
        t.push_str(&format!(
            "    local.get {i} i64.const {} i64.mul\n",
            i * 3 + 1
        ));
        if i > 0 {
            t.push_str("    i64.add\n");
        }
    }
    t.push_str("  )\n");
    t.push_str("  (func $small (param i32) (result i32) local.get 0 i32.const 0x12345 i32.xor)\n");
    t.push_str(
        "  (func (export \"big\") (param $x i32) (param $d i32) (param $iters i32) (result i64)\n",
    );
    t.push_str("    (local $l i64) (local");
    for _ in 0..LOCALS {
        t.push_str(" i64");
    }
    t.push_str(")\n");
    // The divisor check branches to a trap stub after the whole body.
    t.push_str("    i32.const 1000 local.get $d i32.div_u drop\n");
    t.push_str("    block $skip\n      local.get $x i32.eqz br_if $skip\n");
    t.push_str("      loop $again\n");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for g in 0..GROUPS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let a = 4 + (seed % LOCALS as u64) as usize;
        let b = 4 + ((seed >> 20) % LOCALS as u64) as usize;
        let c = 4 + ((seed >> 40) % LOCALS as u64) as usize;
        let k = seed | 0x0100_0000_0000_0000;
        t.push_str(&format!(
            "        local.get {a} local.get {b} i64.add i64.const {} i64.xor local.set {c}\n",
            k as i64
        ));
        if g % 5000 == 2500 {
            // A far forward branch out of the middle (taken for one x).
            t.push_str("        local.get $x i32.const 0x7654321 i32.eq br_if $skip\n");
        }
    }
    // The backward branch to the loop header spans the whole body.
    t.push_str(
        "        local.get $iters i32.const 1 i32.sub local.tee $iters br_if $again\n      end\n    end\n",
    );
    // A store and a load at offsets beyond 4 KiB, and a 64-bit constant.
    t.push_str("    i32.const 8 i64.const 0x0123456789abcdef i64.store offset=70000\n");
    t.push_str("    i32.const 8 i64.load offset=70000 local.set $l\n");
    let last = 3 + LOCALS;
    t.push_str(&format!(
        "    local.get $l local.get 4 i64.add local.get {last} i64.add\n"
    ));
    t.push_str("    local.get $x call $small i64.extend_i32_u i64.add\n");
    for i in 0..20 {
        t.push_str(&format!("    local.get {}\n", 4 + i * 31));
    }
    t.push_str("    call $many i64.add\n  )\n)\n");
    t
}

fn engine(backend: &str, bounds: BoundsChecks) -> Engine {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend).bounds_checks(bounds);
    Engine::new(&config).expect("engine")
}

/// `big(x, d, iters)` in a fresh instance of `module`: the result or the
/// trap code.
fn run(engine: &Engine, module: &Module, args: (i32, i32, i32)) -> Result<i64, Option<TrapCode>> {
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, module, &[]).expect("instantiates");
    let big = instance
        .get_typed_func::<(i32, i32, i32), i64>(&mut store, "big")
        .expect("big is exported");
    big.call(&mut store, args).map_err(|e| e.trap_code())
}

#[test]
fn far_branches_large_frames_and_offsets_agree_with_cranelift() {
    let wasm = wat::parse_str(module_text()).expect("valid text");
    for bounds in [BoundsChecks::Static, BoundsChecks::Dynamic] {
        let (single, cranelift) = (engine("singlepass", bounds), engine("cranelift", bounds));
        let single_module = Module::new(&single, &wasm).expect("singlepass compiles");
        let cranelift_module = Module::new(&cranelift, &wasm).expect("cranelift compiles");
        for args in [(0, 7, 1), (1, 3, 1), (5, 1, 2), (0x7654321, 9, 3)] {
            let s = run(&single, &single_module, args);
            let c = run(&cranelift, &cranelift_module, args);
            assert!(s.is_ok(), "{bounds:?} {args:?}: singlepass trapped: {s:?}");
            assert_eq!(s, c, "{bounds:?} {args:?}: singlepass vs cranelift");
        }
        // The division's trap stub is more than 1 MiB after its branch.
        let s = run(&single, &single_module, (1, 0, 1));
        assert_eq!(s, Err(Some(TrapCode::IntegerDivisionByZero)), "{bounds:?}");
    }
}

#[test]
fn big_function_exceeds_one_mib_on_aarch64() {
    let wasm = wat::parse_str(module_text()).expect("valid text");
    let t = translate_module(&wasm, Features::WASM2).expect("translates");
    let target = "aarch64-unknown-linux-gnu";
    let options = CompilerOptions {
        target: Some(target.into()),
        ..Default::default()
    };
    let c = SinglepassCompiler::new(options).expect("compiler");
    let compiled = trident_compiler::compile_module(&c, &t).expect("compiles");
    let big = compiled
        .functions
        .iter()
        .map(|f| f.body.len())
        .max()
        .unwrap_or(0);
    assert!(big > 1 << 20, "{target}: the big function is {big} bytes");
    // The calls to $small and $many are relocated, whatever the distance.
    let relocs: usize = compiled.functions.iter().map(|f| f.relocations.len()).sum();
    assert_eq!(relocs, 2, "{target}");
}
