//! Stopping runaway code (fuel, epochs) and deterministic NaNs, on every
//! built back end.

use std::time::Duration;
use trident::{Config, Engine, Instance, Module, Store, TrapCode, Val};

const SPIN: &str = r#"(module
  (func (export "spin") (loop br 0))
  (func (export "count") (param i32) (result i32)
    (local i32)
    (loop
      local.get 1 i32.const 1 i32.add local.set 1
      local.get 1 local.get 0 i32.lt_u br_if 0)
    local.get 1))"#;

fn backends() -> &'static [&'static str] {
    Config::available_backends()
}

fn engine_with(backend: &str, f: impl FnOnce(&mut Config)) -> Engine {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend);
    f(&mut config);
    Engine::new(&config).unwrap_or_else(|e| panic!("{backend}: {e}"))
}

#[test]
fn fuel_stops_an_infinite_loop() {
    let _guard = trident_test_support::process::watchdog("fuel_stops_an_infinite_loop", 60);
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.consume_fuel(true);
        });
        let module = Module::new(&engine, SPIN).unwrap();
        let mut store = Store::new(&engine, ());
        store.set_fuel(10_000);
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let spin = instance
            .get_typed_func::<(), ()>(&mut store, "spin")
            .unwrap();
        let err = spin.call(&mut store, ()).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::OutOfFuel),
            "{backend}: {err}"
        );
        assert_eq!(store.fuel(), 0, "{backend}");
    }
}

#[test]
fn fuel_use_is_deterministic_and_enough_fuel_finishes() {
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.consume_fuel(true);
        });
        let module = Module::new(&engine, SPIN).unwrap();
        let mut used = Vec::new();
        for _ in 0..2 {
            let mut store = Store::new(&engine, ());
            store.set_fuel(1_000_000);
            let instance = Instance::new(&mut store, &module, &[]).unwrap();
            let count = instance
                .get_typed_func::<i32, i32>(&mut store, "count")
                .unwrap();
            assert_eq!(count.call(&mut store, 1000).unwrap(), 1000);
            used.push(1_000_000 - store.fuel());
        }
        assert_eq!(used[0], used[1], "{backend}");
        // Eight operators of cost 1 per iteration, plus the function's
        // few others.
        assert!(
            (8_000..8_020).contains(&used[0]),
            "{backend}: used {}",
            used[0]
        );
    }
}

#[test]
fn epoch_deadline_interrupts_an_infinite_loop() {
    let _guard =
        trident_test_support::process::watchdog("epoch_deadline_interrupts_an_infinite_loop", 60);
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.epoch_interruption(true);
        });
        let module = Module::new(&engine, SPIN).unwrap();
        let mut store = Store::new(&engine, ());
        store.set_epoch_deadline(1);
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let spin = instance
            .get_typed_func::<(), ()>(&mut store, "spin")
            .unwrap();
        let ticker = {
            let engine = engine.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50));
                engine.increment_epoch();
            })
        };
        let err = spin.call(&mut store, ()).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::Interrupted),
            "{backend}: {err}"
        );
        ticker.join().unwrap();
    }
}

#[test]
fn nan_canonicalization_gives_the_same_bits_everywhere() {
    // 0/0 and sqrt(-1) give a NaN whose sign and payload the hardware
    // chooses; arithmetic on a NaN with a payload propagates it.
    let wat = r#"(module
      (func (export "div") (result i32) f32.const 0 f32.const 0 f32.div i32.reinterpret_f32)
      (func (export "payload") (result i64)
        f64.const -nan:0x12345 f64.const 1 f64.add i64.reinterpret_f64)
      (func (export "sqrt") (result i32) f32.const -1 f32.sqrt i32.reinterpret_f32))"#;
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.nan_canonicalization(true);
        });
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let div = instance
            .get_typed_func::<(), i32>(&mut store, "div")
            .unwrap();
        let payload = instance
            .get_typed_func::<(), i64>(&mut store, "payload")
            .unwrap();
        let sqrt = instance
            .get_typed_func::<(), i32>(&mut store, "sqrt")
            .unwrap();
        assert_eq!(
            div.call(&mut store, ()).unwrap() as u32,
            0x7fc0_0000,
            "{backend}"
        );
        assert_eq!(
            payload.call(&mut store, ()).unwrap() as u64,
            0x7ff8_0000_0000_0000,
            "{backend}"
        );
        assert_eq!(
            sqrt.call(&mut store, ()).unwrap() as u32,
            0x7fc0_0000,
            "{backend}"
        );
    }
}

/// The same for SIMD lanes, on every back end that compiles SIMD: each NaN
/// lane of a float vector result is the canonical NaN, other lanes keep
/// their value, and bit operations (`neg`) keep NaN payloads.
#[test]
fn nan_canonicalization_covers_simd_lanes() {
    let wat = r#"(module
      (func (export "div") (result i64 i64)
        (f32x4.div (v128.const f32x4 0 0 1 -0) (v128.const f32x4 0 -0 1 0))
        (local.tee 0) (i64x2.extract_lane 0) (local.get 0) (i64x2.extract_lane 1))
      (func (export "add") (result i64 i64)
        (f64x2.add (v128.const f64x2 -nan:0x12345 1) (v128.const f64x2 1 -nan:0x54321))
        (local.tee 0) (i64x2.extract_lane 0) (local.get 0) (i64x2.extract_lane 1))
      (func (export "neg") (result i64 i64)
        (f64x2.neg (v128.const f64x2 -nan:0x12345 2))
        (local.tee 0) (i64x2.extract_lane 0) (local.get 0) (i64x2.extract_lane 1)))"#;
    // Every function declares the v128 local it uses.
    let wat = wat.replace("(result i64 i64)", "(result i64 i64) (local v128)");
    let mut tested = 0;
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.nan_canonicalization(true);
        });
        if !engine.supports_simd() {
            continue;
        }
        tested += 1;
        let module = Module::new(&engine, &wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let mut call = |name: &str| {
            let f = instance
                .get_typed_func::<(), (i64, i64)>(&mut store, name)
                .unwrap();
            let (a, b) = f.call(&mut store, ()).unwrap();
            (a as u64, b as u64)
        };
        assert_eq!(
            call("div"),
            (0x7fc0_0000_7fc0_0000, 0x7fc0_0000_3f80_0000),
            "{backend}"
        );
        assert_eq!(
            call("add"),
            (0x7ff8_0000_0000_0000, 0x7ff8_0000_0000_0000),
            "{backend}"
        );
        assert_eq!(
            call("neg"),
            (0x7ff0_0000_0001_2345, 0x4000_0000_0000_0000 | (1 << 63)),
            "{backend}"
        );
    }
    assert!(tested > 0, "no back end compiles SIMD");
}

/// Lane-wise NaN sources beyond lane 0 (div, sqrt, min, payload add).
#[test]
fn nan_canonicalization_covers_simd_unary_min_and_payloads() {
    // The same NaN sources as above, lane-wise; each function returns the
    // bits of lane 1 (lane 0 of the f64 case), so every lane's NaN must
    // be canonical, not only lane 0's.
    let wat = r#"(module
      (func (export "div") (result i32)
        v128.const f32x4 0 0 0 0 v128.const f32x4 0 0 0 0 f32x4.div i32x4.extract_lane 1)
      (func (export "payload") (result i64)
        v128.const f64x2 -nan:0x12345 -nan:0x12345 v128.const f64x2 1 1 f64x2.add
        i64x2.extract_lane 1)
      (func (export "sqrt") (result i32)
        v128.const f32x4 -1 -1 -1 -1 f32x4.sqrt i32x4.extract_lane 2)
      (func (export "min") (result i32)
        v128.const f32x4 -nan:0x123 -nan:0x123 -nan:0x123 -nan:0x123
        v128.const f32x4 1 1 1 1 f32x4.min i32x4.extract_lane 3))"#;
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.nan_canonicalization(true);
        });
        if !engine.supports_simd() {
            continue;
        }
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        for (name, want) in [
            ("div", 0x7fc0_0000u32),
            ("sqrt", 0x7fc0_0000),
            ("min", 0x7fc0_0000),
        ] {
            let f = instance
                .get_typed_func::<(), i32>(&mut store, name)
                .unwrap();
            assert_eq!(
                f.call(&mut store, ()).unwrap() as u32,
                want,
                "{backend} {name}"
            );
        }
        let payload = instance
            .get_typed_func::<(), i64>(&mut store, "payload")
            .unwrap();
        assert_eq!(
            payload.call(&mut store, ()).unwrap() as u64,
            0x7ff8_0000_0000_0000,
            "{backend}"
        );
    }
}

// Exact fuel accounting: the shared costs
// (`trident_compiler::fuel::operator_cost`), summed by hand, for
// straight-line code, loops, branches, calls and returns, including a
// branch out of the function body and code after a `return`.

/// Each case: a function `f` (no parameters) and the fuel it must use.
const FUEL_CASES: &[(&str, &str, u64)] = &[
    ("straight line", "(func (export \"f\") (result i32) i32.const 1 i32.const 2 i32.add)", 3),
    ("block and br", "(func (export \"f\") (result i32) (block (result i32) i32.const 1 br 0))", 2),
    (
        "loop three times",
        "(func (export \"f\") (local i32)
           (loop local.get 0 i32.const 1 i32.add local.tee 0 i32.const 3 i32.lt_u br_if 0))",
        // 7 per iteration: get, const, add, tee, const, lt_u, br_if
        21,
    ),
    (
        "call and return",
        "(func $g (param i32) (result i32) local.get 0 return)
         (func (export \"f\") (result i32) i32.const 5 call $g)",
        // const + call(2) in f; get + return in g
        5,
    ),
    (
        "if else",
        "(func (export \"f\") (result i32) i32.const 0 (if (result i32) (then i32.const 1) (else i32.const 2)))",
        // const + if + const (else arm)
        3,
    ),
    (
        "br out of the function body",
        "(func (export \"f\") (result i32) i32.const 7 br 0)",
        2,
    ),
    (
        "if without else, then return with dead code after",
        "(func (export \"f\") (result i32)
           i32.const 0 (if (then unreachable))
           i32.const 2 return
           i32.const 3 drop i32.const 4)",
        // const + if + const + return; the rest never runs
        4,
    ),
    (
        "br_table to the function body",
        "(func (export \"f\") (result i32)
           (block (result i32) i32.const 9 i32.const 1 br_table 0 1) i32.const 1 i32.add)",
        // block(0) + const + const + br_table
        3,
    ),
];

fn fuel_used(backend: &str, body: &str) -> u64 {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend).consume_fuel(true);
    let engine = Engine::new(&config).expect("engine");
    let module = Module::new(&engine, format!("(module {body})")).expect("module");
    let mut store = Store::new(&engine, ());
    store.set_fuel(1_000_000);
    let instance = Instance::new(&mut store, &module, &[]).expect("instance");
    let f = instance.get_func(&mut store, "f").expect("export f");
    let ty = f.ty(&store);
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    f.call(&mut store, &[], &mut results).expect("call");
    1_000_000 - store.fuel()
}

#[test]
fn fuel_matches_the_shared_costs_on_every_backend() {
    let mut problems = Vec::new();
    for backend in backends() {
        for (name, body, expected) in FUEL_CASES {
            let used = fuel_used(backend, body);
            if used != *expected {
                problems.push(format!(
                    "{backend}: {name}: used {used}, expected {expected}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
