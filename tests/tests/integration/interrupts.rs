//! Stopping runaway code (fuel, epochs) and deterministic NaNs, on every
//! built back end.

use std::time::Duration;
use trident::{Config, Engine, FuelCosts, Instance, Module, Store, TrapCode, Val};

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

const NESTED: &str = r#"(module
  (func $inner (param i32) (result i32) (local i32)
    (loop
      local.get 1 i32.const 1 i32.add local.set 1
      local.get 1 local.get 0 i32.lt_u br_if 0)
    local.get 1)
  (func $outer (export "run") (param i32) (result i32)
    local.get 0 call $inner i32.const 1 i32.add))"#;

/// The function names of an epoch callback's stack, innermost first
/// (trampolines, which name no function, left out).
fn stack_names(stack: &[usize]) -> Vec<String> {
    stack
        .iter()
        .filter_map(|&pc| trident::FrameInfo::for_pc(pc))
        .map(|f| f.func_name.unwrap_or_else(|| format!("#{}", f.func_index)))
        .collect()
}

/// Instantiates NESTED on `backend` with an epoch deadline that passed.
fn nested(backend: &str) -> (Store<()>, trident::TypedFunc<i32, i32>) {
    let engine = engine_with(backend, |c| {
        c.epoch_interruption(true);
    });
    let module = Module::new(&engine, NESTED).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let run = instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    // Deadline now: every check from here on finds it passed. (Epoch 1:
    // a callback's `Continue(0)` at epoch 0 would mean deadline 1, as
    // deadline 0 is the builtin's "trap".)
    store.engine().increment_epoch();
    store.set_epoch_deadline(0);
    (store, run)
}

#[test]
fn epoch_callback_sees_the_wasm_stack_at_every_check_and_lets_code_go_on() {
    for backend in backends() {
        let (mut store, run) = nested(backend);
        let stacks = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = stacks.clone();
        store.epoch_deadline_callback(move |stack| {
            seen.lock().unwrap().push(stack_names(stack));
            // Deadline = the current epoch: the next check calls again.
            trident::UpdateDeadline::Continue(0)
        });
        assert_eq!(run.call(&mut store, 10).unwrap(), 11, "{backend}");
        let stacks = stacks.lock().unwrap();
        // The entry of $outer, the entry of $inner and its loop header
        // (once per iteration).
        assert_eq!(stacks[0], ["outer"], "{backend}");
        let inner: &[&str] = if *backend == "llvm" && stacks[1] == ["outer"] {
            // LLVM inlined $inner: its checks are in $outer's code.
            &["outer"]
        } else {
            &["inner", "outer"]
        };
        assert!(stacks.len() >= 11, "{backend}: {stacks:?}");
        for s in &stacks[1..] {
            assert_eq!(s, inner, "{backend}: {stacks:?}");
        }
    }
}

/// A loop whose values (integers, floats, vectors) the back ends keep in
/// registers across its header, where the epoch check is.
const LIVE_ACROSS_CHECKS: &str = include_str!("../../programs/profile/live-across-checks.wat");

#[test]
fn epoch_callbacks_preserve_every_register_of_the_interrupted_code() {
    for backend in backends() {
        let engine = engine_with(backend, |c| {
            c.epoch_interruption(true);
        });
        let module = Module::new(&engine, LIVE_ACROSS_CHECKS).unwrap();
        let mut results = Vec::new();
        for callback in [false, true] {
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, &module, &[]).unwrap();
            let mix = instance.get_func(&mut store, "mix").unwrap();
            let mut calls = 0u64;
            let counter = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
            if callback {
                engine.increment_epoch();
                store.set_epoch_deadline(0);
                let counter = counter.clone();
                store.epoch_deadline_callback(move |_| {
                    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    trident::UpdateDeadline::Continue(0)
                });
            } else {
                store.set_epoch_deadline(u64::MAX / 2);
            }
            let mut out = [Val::I64(0), Val::F64(0), Val::I64(0)];
            mix.call(&mut store, &[Val::I32(1000)], &mut out).unwrap();
            calls += counter.load(std::sync::atomic::Ordering::Relaxed);
            if callback {
                assert!(calls >= 1000, "{backend}: {calls} callbacks");
            }
            results.push(format!("{out:?}"));
        }
        assert_eq!(results[0], results[1], "{backend}");
    }
}

#[test]
fn epoch_callback_can_interrupt_and_its_panic_reaches_the_caller() {
    for backend in backends() {
        let (mut store, run) = nested(backend);
        let mut calls = 0;
        store.epoch_deadline_callback(move |_| {
            calls += 1;
            if calls < 5 {
                trident::UpdateDeadline::Continue(0)
            } else {
                trident::UpdateDeadline::Interrupt
            }
        });
        let err = run.call(&mut store, 1_000_000).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::Interrupted),
            "{backend}: {err}"
        );

        store.epoch_deadline_callback(|_| panic!("profiler bug"));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = run.call(&mut store, 10);
        }));
        let payload = caught.expect_err("the callback's panic");
        assert_eq!(
            payload.downcast_ref::<&str>(),
            Some(&"profiler bug"),
            "{backend}"
        );

        // Without a callback, the passed deadline traps again.
        store.clear_epoch_deadline_callback();
        let err = run.call(&mut store, 10).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::Interrupted),
            "{backend}: {err}"
        );
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
    ),    // Bulk operators: three operands (1 each), the operator's fixed cost
    // (1), then one per started chunk of 64 bytes or 8 elements, charged
    // by the runtime builtin (`FuelCosts`).
    (
        "memory.copy of 1 KiB",
        "(memory 2) (func (export \"f\") i32.const 0 i32.const 4096 i32.const 1024 memory.copy)",
        3 + 1 + 16,
    ),
    (
        "memory.copy of 64 KiB",
        "(memory 2) (func (export \"f\") i32.const 65536 i32.const 0 i32.const 65536 memory.copy)",
        3 + 1 + 1024,
    ),
    (
        "memory.copy of nothing",
        "(memory 1) (func (export \"f\") i32.const 0 i32.const 0 i32.const 0 memory.copy)",
        3 + 1,
    ),
    (
        "memory.fill of 65 bytes",
        "(memory 1) (func (export \"f\") i32.const 7 i32.const 255 i32.const 65 memory.fill)",
        3 + 1 + 2,
    ),
    (
        "memory.init of 10 bytes, then data.drop",
        "(memory 1) (data $d \"0123456789\")
         (func (export \"f\") i32.const 0 i32.const 0 i32.const 10 memory.init $d data.drop $d)",
        3 + 1 + 1 + 1,
    ),
    (
        "table.copy of 17 elements",
        "(table 40 funcref) (func (export \"f\") i32.const 20 i32.const 0 i32.const 17 table.copy)",
        3 + 1 + 3,
    ),
    (
        "table.fill of 9 elements",
        "(table 40 funcref) (func (export \"f\") i32.const 0 ref.null func i32.const 9 table.fill)",
        3 + 1 + 2,
    ),
    (
        "table.init of 3 elements, then elem.drop",
        "(table 8 funcref) (func $g) (elem $e func $g $g $g)
         (func (export \"f\") i32.const 1 i32.const 0 i32.const 3 table.init $e elem.drop $e)",
        3 + 1 + 1 + 1,
    ),
    (
        "memory.grow and table.grow are flat",
        "(memory 1) (table 1 funcref)
         (func (export \"f\") (result i32)
           i32.const 3 memory.grow drop ref.null func i32.const 100 table.grow)",
        // const + grow + drop(0) + ref.null + const + grow
        5,
    ),
    (
        "bulk operators in a loop, after pending costs, with a call",
        "(memory 1) (func $g (param i32) local.get 0 drop)
         (func (export \"f\") (local i32)
           (loop
             local.get 0 i32.const 100 i32.add i32.const 0 i32.const 200 memory.copy
             local.get 0 call $g
             local.get 0 i32.const 1 i32.add local.tee 0 i32.const 4 i32.lt_u br_if 0))",
        // per iteration: get const add const const (5) + copy (1 + 4)
        // + get call (1 + 2) + g: get drop (1) + get const add tee const
        // lt_u br_if (7) = 21
        4 * 21,
    ),
];

fn fuel_used(backend: &str, body: &str) -> u64 {
    fuel_used_with(backend, FuelCosts::DEFAULT, body)
}

fn fuel_used_with(backend: &str, costs: FuelCosts, body: &str) -> u64 {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend).consume_fuel(true).fuel_costs(costs);
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

#[test]
fn bulk_copies_cost_in_proportion_to_their_length() {
    for backend in backends() {
        let copy = |len: u32| {
            fuel_used(
                backend,
                &format!(
                    "(memory 2) (func (export \"f\") i32.const 65536 i32.const 0 i32.const {len} memory.copy)"
                ),
            )
        };
        let (small, big) = (copy(1024), copy(65536));
        assert!(
            big >= 8 * small,
            "{backend}: 64 KiB cost {big}, 1 KiB cost {small}"
        );
        assert_eq!((small, big), (20, 1028), "{backend}");
    }
}

/// A deployment's own prices change what the same code consumes, on every
/// back end alike: fixed costs compiled in, length costs in the builtins.
#[test]
fn a_custom_cost_table_changes_the_fuel_used() {
    let costs = FuelCosts {
        structural: 1,
        call: 10,
        bulk: 50,
        grow: 1000,
        other: 3,
        memory_chunk_bytes: 16,
        table_chunk_elements: 2,
        chunk: 7,
    };
    let cases: &[(&str, u64)] = &[
        // 3 consts (3 each) + fixed 50 + 7 per started 16 bytes (1024 / 16)
        // + the function's end (1)
        (
            "(memory 1) (func (export \"f\") i32.const 0 i32.const 2048 i32.const 1024 memory.copy)",
            9 + 50 + 7 * 64 + 1,
        ),
        // 3 operands + 50 + 7 per started 2 elements (5 elements: 3) + end
        (
            "(table 8 funcref) (func (export \"f\") i32.const 0 ref.null func i32.const 5 table.fill)",
            9 + 50 + 7 * 3 + 1,
        ),
        // block(1) + const(3) + drop(1) + call(10) + g: nothing but its
        // end (1) + end of block (1) + end of f (1)
        (
            "(func $g) (func (export \"f\") (block i32.const 1 drop call $g))",
            1 + 3 + 1 + 10 + 1 + 1 + 1,
        ),
        // const + memory.grow + drop + end
        (
            "(memory 1) (func (export \"f\") i32.const 1 memory.grow drop)",
            3 + 1000 + 1 + 1,
        ),
    ];
    let mut problems = Vec::new();
    for backend in backends() {
        for (body, expected) in cases {
            let used = fuel_used_with(backend, costs, body);
            if used != *expected {
                problems.push(format!(
                    "{backend}: {body}: used {used}, expected {expected}"
                ));
            }
            let default = fuel_used(backend, body);
            if default == used {
                problems.push(format!(
                    "{backend}: {body}: the cost table made no difference"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs out of fuel inside a loop of 1 KiB copies: every back end stops
/// at the same copy, with the same fuel left, and the copy that could not
/// be paid for wrote nothing.
#[test]
fn out_of_fuel_inside_a_bulk_operator_stops_before_it_writes() {
    // Each iteration copies 1 KiB of 0xab to 1024 * i and counts it.
    let wat = r#"(module
      (memory (export "memory") 1)
      (global $done (export "done") (mut i32) (i32.const 0))
      (func (export "f")
        (local i32)
        i32.const 60000 i32.const 0xab i32.const 1024 memory.fill
        (loop
          local.get 0 i32.const 1024 i32.mul i32.const 60000 i32.const 1024 memory.copy
          global.get $done i32.const 1 i32.add global.set $done
          local.get 0 i32.const 1 i32.add local.tee 0 i32.const 50 i32.lt_u br_if 0)))"#;
    // The fill: 3 + 1 + 16 = 20. Each iteration: 5 operands and the copy's
    // fixed cost (6), its length (16), then 4 + 7 = 33 in all.
    let per_iteration = 33;
    let mut outcomes = Vec::new();
    for backend in backends() {
        for (fuel, iterations) in [
            // Enough up to and including the copy of iteration 3 but one
            // unit short of the length of iteration 4's copy.
            (20 + 3 * per_iteration + 6 + 15, 3),
            (20 + 3 * per_iteration + 6 + 16, 3),
            (20 + 50 * per_iteration, 50),
        ] {
            let mut config = Config::default();
            config.backend(backend).consume_fuel(true);
            let engine = Engine::new(&config).expect("engine");
            let module = Module::new(&engine, wat).expect("module");
            let mut store = Store::new(&engine, ());
            store.set_fuel(fuel);
            let instance = Instance::new(&mut store, &module, &[]).expect("instance");
            let f = instance
                .get_typed_func::<(), ()>(&mut store, "f")
                .expect("f");
            let result = f.call(&mut store, ());
            let done = instance
                .get_global(&mut store, "done")
                .expect("done")
                .get(&mut store);
            let memory = instance.get_memory(&mut store, "memory").expect("memory");
            let data = memory.data(&store).to_vec();
            let written = data[..60000].iter().filter(|b| **b == 0xab).count();
            let left = store.fuel();
            let code = result.as_ref().err().and_then(|e| e.trap_code());
            if iterations == 50 {
                assert!(result.is_ok(), "{backend}: {result:?}");
                assert_eq!(left, 0, "{backend}");
            } else if fuel == 20 + 3 * per_iteration + 6 + 15 {
                assert_eq!(code, Some(TrapCode::OutOfFuel), "{backend}: {result:?}");
                // The copy that could not pay left its fuel alone.
                assert_eq!(left, 15, "{backend}");
            } else {
                // Paid for iteration 4's copy exactly: it ran, and the
                // loop header check stopped the next iteration.
                assert_eq!(code, Some(TrapCode::OutOfFuel), "{backend}: {result:?}");
            }
            let copies = written / 1024;
            if fuel == 20 + 3 * per_iteration + 6 + 15 {
                assert_eq!((done, copies), (Val::I32(iterations), 3), "{backend}");
            }
            outcomes.push((fuel, done, written, left, code));
        }
    }
    // Every back end: the same outcome for the same fuel.
    let n = backends().len();
    for per_backend in outcomes.chunks(outcomes.len() / n).skip(1) {
        assert_eq!(per_backend, &outcomes[..outcomes.len() / n]);
    }
}
