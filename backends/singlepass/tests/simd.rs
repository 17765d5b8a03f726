//! Singlepass SIMD beyond what the spec scripts exercise: `v128` through
//! every calling path (wasm→wasm, host→wasm and wasm→host trampolines)
//! with more vectors than argument registers and several vector results,
//! more live vectors than allocatable registers (spills to 16-byte
//! slots), vector locals and globals, and NaN canonicalization of lane
//! results. Expected values are computed here in Rust, lane by lane.
//!
//! Runs on the host's ISA: x86-64 (SSE4.1) or AArch64 (NEON, under qemu in
//! `make unit-aarch64`).

use trident::{Config, Engine, Extern, Func, FuncType, Instance, Module, Store, Val, ValType};

/// Vector parameters of the wide signature: more than the 8 float
/// argument registers of System V and AAPCS64, so some go on the stack.
const VECTORS: usize = 11;

fn engine(nan_canonicalization: bool) -> Engine {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend("singlepass")
        .nan_canonicalization(nan_canonicalization);
    Engine::new(&config).expect("engine")
}

/// The wide signature: vectors with an i32 and an f64 among them;
/// results (sum of the vectors as i32x4, the i32 sign-extended, xor of
/// the vectors, the f64 demoted).
fn wide_type() -> (Vec<ValType>, Vec<ValType>) {
    let mut params = vec![ValType::V128; VECTORS];
    params.insert(1, ValType::I32);
    params.insert(10, ValType::F64);
    let results = vec![ValType::V128, ValType::I64, ValType::V128, ValType::F32];
    (params, results)
}

fn wat_types(types: &[ValType]) -> String {
    types
        .iter()
        .map(|t| match t {
            ValType::V128 => "v128",
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            _ => "f64",
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lane `i` of argument vector `k`.
fn lane(k: usize, i: usize) -> u32 {
    (k as u32 + 1).wrapping_mul(0x0101_0101) ^ (i as u32).wrapping_mul(0x9e37_79b9)
}

fn vector(k: usize) -> u128 {
    (0..4).fold(0u128, |v, i| v | (u128::from(lane(k, i)) << (32 * i)))
}

/// What the wide function returns, computed in Rust.
fn expected_wide(int: i32, float: f64) -> Vec<String> {
    let mut sum = [0u32; 4];
    let mut xor = 0u128;
    for k in 0..VECTORS {
        for (i, s) in sum.iter_mut().enumerate() {
            *s = s.wrapping_add(lane(k, i));
        }
        xor ^= vector(k);
    }
    let sum = (0..4).fold(0u128, |v, i| v | (u128::from(sum[i]) << (32 * i)));
    vec![
        format!("{:?}", Val::V128(sum)),
        format!("{:?}", Val::I64(i64::from(int))),
        format!("{:?}", Val::V128(xor)),
        format!("{:?}", Val::F32((float as f32).to_bits())),
    ]
}

fn wide_args(int: i32, float: f64) -> Vec<Val> {
    let (params, _) = wide_type();
    let mut k = 0;
    params
        .iter()
        .map(|t| match t {
            ValType::I32 => Val::I32(int),
            ValType::F64 => Val::F64(float.to_bits()),
            _ => {
                k += 1;
                Val::V128(vector(k - 1))
            }
        })
        .collect()
}

/// A module with the wide function (`wide`), a caller passing constants
/// to it (`call_wide`), and a caller of the imported host version
/// (`call_host`).
fn wide_module(int: i32, float: f64) -> String {
    let (params, results) = wide_type();
    let sig = format!(
        "(param {}) (result {})",
        wat_types(&params),
        wat_types(&results)
    );
    let vector_locals: Vec<u32> = params
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == ValType::V128)
        .map(|(i, _)| i as u32)
        .collect();
    let fold = |op: &str| {
        let mut s = format!("local.get {}", vector_locals[0]);
        for l in &vector_locals[1..] {
            s += &format!(" local.get {l} {op}");
        }
        s
    };
    let args: String = wide_args(int, float)
        .iter()
        .map(|v| match v {
            Val::I32(x) => format!(" i32.const {x}"),
            Val::F64(x) => format!(" f64.const {}", f64::from_bits(*x)),
            Val::V128(x) => format!(" v128.const i64x2 {} {}", *x as u64, (*x >> 64) as u64),
            _ => String::new(),
        })
        .collect();
    format!(
        r#"(module
          (import "host" "wide" (func $host {sig}))
          (func $wide (export "wide") {sig}
            {sum}
            local.get 1 i64.extend_i32_s
            {xor}
            local.get 10 f32.demote_f64)
          (func (export "call_wide") (result {results})
            {args} call $wide)
          (func (export "call_host") (result {results})
            {args} call $host))"#,
        sum = fold("i32x4.add"),
        xor = fold("v128.xor"),
        results = wat_types(&results),
    )
}

fn show(results: &[Val]) -> Vec<String> {
    results.iter().map(|v| format!("{v:?}")).collect()
}

#[test]
fn vectors_pass_through_registers_stack_and_trampolines() {
    let (int, float) = (-7, 2.5);
    let engine = engine(false);
    let module = Module::new(&engine, wide_module(int, float)).expect("compile");
    let mut store = Store::new(&engine, ());
    let (params, results) = wide_type();
    let host = Func::new(
        &mut store,
        FuncType::new(params.clone(), results.clone()),
        move |_, args, out| {
            assert_eq!(show(args), show(&wide_args(int, float)));
            let expected = expected_wide(int, float);
            let mut sum = [0u32; 4];
            let mut xor = 0u128;
            for a in args {
                if let Val::V128(v) = a {
                    for (i, s) in sum.iter_mut().enumerate() {
                        *s = s.wrapping_add((v >> (32 * i)) as u32);
                    }
                    xor ^= v;
                }
            }
            let sum = (0..4).fold(0u128, |v, i| v | (u128::from(sum[i]) << (32 * i)));
            out.copy_from_slice(&[
                Val::V128(sum),
                Val::I64(i64::from(int)),
                Val::V128(xor),
                Val::F32((float as f32).to_bits()),
            ]);
            assert_eq!(show(out), expected);
            Ok(())
        },
    )
    .expect("host function");
    let instance = Instance::new(&mut store, &module, &[Extern::Func(host)]).expect("instance");
    let expected = expected_wide(int, float);
    let zeros = || -> Vec<Val> { results.iter().map(|t| Val::default_for(*t)).collect() };
    for (name, args) in [
        ("wide", wide_args(int, float)),
        ("call_wide", Vec::new()),
        ("call_host", Vec::new()),
    ] {
        let f = instance.get_func(&mut store, name).expect("export");
        let mut out = zeros();
        f.call(&mut store, &args, &mut out).expect("call");
        assert_eq!(show(&out), expected, "{name}");
    }
}

#[test]
fn more_live_vectors_than_registers_spill_and_reload() {
    // 40 vectors live at once (each `i32x4.splat k`, kept in a local too),
    // then summed: the register file holds at most 14.
    let n = 40u32;
    let mut body = String::new();
    for k in 0..n {
        body += &format!(" i32.const {k} i32x4.splat local.tee {k} local.get {k} i32x4.add");
    }
    for _ in 1..n {
        body += " i32x4.add";
    }
    body += " global.set $g global.get $g";
    let wat = format!(
        r#"(module (global $g (mut v128) (v128.const i64x2 0 0))
          (func (export "f") (result v128) (local {locals}) {body}))"#,
        locals = vec!["v128"; n as usize].join(" ")
    );
    let engine = engine(false);
    let module = Module::new(&engine, wat).expect("compile");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instance");
    let f = instance.get_func(&mut store, "f").expect("export");
    let mut out = [Val::V128(0)];
    f.call(&mut store, &[], &mut out).expect("call");
    let lane = 2 * (0..n).sum::<u32>();
    let expected = (0..4).fold(0u128, |v, i| v | (u128::from(lane) << (32 * i)));
    assert_eq!(
        format!("{:?}", out[0]),
        format!("{:?}", Val::V128(expected))
    );
}

#[test]
fn nan_lanes_are_canonicalized_when_asked() {
    // Lanes: a NaN with a payload, 1.0, a negative NaN, -0.0; the
    // operation keeps NaN inputs NaN and leaves the others finite.
    let f32_lanes = [0x7fa0_0001u32, 0x3f80_0000, 0xffc1_2345, 0x8000_0000];
    let v: u128 = (0..4).fold(0, |v, i| v | (u128::from(f32_lanes[i]) << (32 * i)));
    let f64_lanes = [0x7ff4_0000_0000_0001u64, 0xfff8_dead_beef_0000];
    let w = u128::from(f64_lanes[0]) | (u128::from(f64_lanes[1]) << 64);
    let wat = format!(
        r#"(module
          (func (export "f32") (result v128)
            v128.const i64x2 {lo} {hi} v128.const f32x4 1 2 3 4 f32x4.add)
          (func (export "f32min") (result v128)
            v128.const i64x2 {lo} {hi} v128.const f32x4 1 2 3 4 f32x4.min)
          (func (export "f32pmax") (result v128)
            v128.const i64x2 {lo} {hi} v128.const f32x4 0 0 0 0 f32x4.pmax)
          (func (export "f64") (result v128)
            v128.const i64x2 {wlo} {whi} f64x2.sqrt))"#,
        lo = v as u64,
        hi = (v >> 64) as u64,
        wlo = w as u64,
        whi = (w >> 64) as u64,
    );
    let canonical32 = |x: u32| x & 0x7fff_ffff == 0x7fc0_0000;
    let canonical64 = |x: u64| x & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000;
    for canonicalize in [false, true] {
        let engine = engine(canonicalize);
        let module = Module::new(&engine, &wat).expect("compile");
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instance");
        let mut run = |name: &str| {
            let f = instance.get_func(&mut store, name).expect("export");
            let mut out = [Val::V128(0)];
            f.call(&mut store, &[], &mut out).expect("call");
            match out[0] {
                Val::V128(x) => x,
                _ => panic!("not a vector"),
            }
        };
        for name in ["f32", "f32min"] {
            let r = run(name);
            let lanes: Vec<u32> = (0..4).map(|i| (r >> (32 * i)) as u32).collect();
            for i in [0, 2] {
                let nan = f32::from_bits(lanes[i]).is_nan();
                assert!(nan, "{name}: lane {i} {:#x} is not a NaN", lanes[i]);
                if canonicalize {
                    assert!(canonical32(lanes[i]), "{name}: lane {i} {:#x}", lanes[i]);
                }
            }
            let finite = if name == "f32" {
                [3.0, 4.0]
            } else {
                [1.0, -0.0]
            };
            for (i, x) in [1, 3].into_iter().zip(finite) {
                assert_eq!(lanes[i], f32::to_bits(x), "{name}: lane {i}");
            }
        }
        // pmax(a, b) = a < b ? b : a selects bit for bit: no lane of `v`
        // is below 0, so `v` comes back unchanged, NaN payloads included.
        assert_eq!(run("f32pmax"), v, "pmax");
        let r = run("f64");
        for i in 0..2 {
            let lane = (r >> (64 * i)) as u64;
            assert!(f64::from_bits(lane).is_nan());
            if canonicalize {
                assert!(canonical64(lane), "f64 lane {i} {lane:#x}");
            }
        }
    }
}

#[test]
fn vectors_through_blocks_branch_tables_select_and_indirect_calls() {
    let wat = r#"(module
      (type $t (func (param v128 v128) (result v128)))
      (table 2 funcref)
      (elem (i32.const 0) $add $sub)
      (func $add (type $t) local.get 0 local.get 1 i32x4.add)
      (func $sub (type $t) local.get 0 local.get 1 i32x4.sub)
      (func (export "f") (param i32 i32) (result v128)
        (local v128)
        v128.const i32x4 10 20 30 40
        v128.const i32x4 1 2 3 4
        local.get 0
        call_indirect (type $t)
        local.tee 2
        drop
        local.get 2
        (block (param v128) (result v128)
          (block (param v128) (result v128)
            local.get 1
            br_table 0 1)
          v128.const i32x4 100 100 100 100
          i32x4.add)
        v128.const i32x4 7 7 7 7
        local.get 1
        i32.const 7
        i32.ne
        select (result v128)))"#;
    let engine = engine(false);
    let module = Module::new(&engine, wat).expect("compile");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instance");
    let f = instance.get_func(&mut store, "f").expect("export");
    let lanes = |l: [u32; 4]| (0..4).fold(0u128, |v, i| v | (u128::from(l[i]) << (32 * i)));
    for (args, expected) in [
        ((0, 0), [111, 122, 133, 144]),
        ((1, 0), [109, 118, 127, 136]),
        ((0, 1), [11, 22, 33, 44]),
        ((1, 3), [9, 18, 27, 36]),
        ((0, 7), [7, 7, 7, 7]),
    ] {
        let mut out = [Val::V128(0)];
        f.call(&mut store, &[Val::I32(args.0), Val::I32(args.1)], &mut out)
            .expect("call");
        let want = Val::V128(lanes(expected));
        assert_eq!(format!("{:?}", out[0]), format!("{want:?}"), "{args:?}");
    }
}
