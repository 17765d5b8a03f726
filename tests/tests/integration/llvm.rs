//! The LLVM back end at run time: what LLVM's optimizer must not take away
//! from Wasm semantics (traps of unused loads, stores before a trap,
//! stack checks before large frames), at every optimization level and
//! with both bounds-check styles (determinism: `determinism.rs`).

use trident::{BoundsChecks, Config, Engine, Instance, Module, OptLevel, Store, TrapCode};
use trident_test_support::{BOUNDS_CHECKS as BOUNDS, OPT_LEVELS};

fn engine(opt: OptLevel, bounds: BoundsChecks) -> Engine {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend("llvm")
        .opt_level(opt)
        .bounds_checks(bounds)
        .verifier(true);
    Engine::new(&config).expect("llvm engine")
}

const LOADS: &str = r#"(module
  (memory (export "mem") 1)
  (func (export "dropped") (param i32) (drop (i32.load (local.get 0))))
  (func (export "times_zero") (param i32) (result i32)
    (i32.wrap_i64 (i64.mul (i64.load8_s offset=3 (local.get 0)) (i64.const 0))))
  (func (export "float_offset") (param i32) (drop (f64.load offset=65528 (local.get 0))))
  (func (export "unused_in_loop") (param i32 i32)
    (loop (drop (i32.load (local.get 0)))
      (local.set 1 (i32.sub (local.get 1) (i32.const 1)))
      (br_if 0 (local.get 1))))
  (func (export "store_then_trap") (param i32)
    (i32.store (i32.const 8) (i32.const 42))
    (i32.store offset=12 (i32.const 0) (i32.const 43))
    (drop (i32.load (local.get 0)))))"#;

/// Loads whose results are unused (or folded away) still trap when out of
/// bounds, and stores made before a trapping load are visible after it.
#[test]
fn unused_loads_trap_and_earlier_stores_stay_at_every_level() {
    for bounds in BOUNDS {
        for opt in OPT_LEVELS {
            let what = format!("{} bounds, opt {}", bounds.name(), opt.name());
            let engine = engine(opt, bounds);
            let module = Module::new(&engine, LOADS).expect("compile");
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
            let dropped = instance
                .get_typed_func::<i32, ()>(&mut store, "dropped")
                .unwrap();
            let times_zero = instance
                .get_typed_func::<i32, i32>(&mut store, "times_zero")
                .unwrap();
            let float_offset = instance
                .get_typed_func::<i32, ()>(&mut store, "float_offset")
                .unwrap();
            let unused_in_loop = instance
                .get_typed_func::<(i32, i32), ()>(&mut store, "unused_in_loop")
                .unwrap();
            let store_then_trap = instance
                .get_typed_func::<i32, ()>(&mut store, "store_then_trap")
                .unwrap();

            dropped.call(&mut store, 65532).expect(&what);
            assert_eq!(times_zero.call(&mut store, 65532).expect(&what), 0);
            float_offset.call(&mut store, 0).expect(&what);
            unused_in_loop.call(&mut store, (65532, 3)).expect(&what);

            let oob = [
                dropped.call(&mut store, 65533).unwrap_err(),
                dropped.call(&mut store, -1).unwrap_err(),
                times_zero.call(&mut store, 65533).unwrap_err(),
                float_offset.call(&mut store, 7).unwrap_err(),
                unused_in_loop.call(&mut store, (65536, 3)).unwrap_err(),
                store_then_trap.call(&mut store, 65536).unwrap_err(),
            ];
            for err in oob {
                assert_eq!(
                    err.trap_code(),
                    Some(TrapCode::HeapOutOfBounds),
                    "{what}: {err}"
                );
            }
            let mem = instance.get_memory(&mut store, "mem").unwrap();
            let data = mem.data(&store);
            assert_eq!(&data[8..12], &42u32.to_le_bytes(), "{what}");
            assert_eq!(&data[12..16], &43u32.to_le_bytes(), "{what}");
        }
    }
}

/// Frames far larger than a page are checked before they are allocated,
/// so deep recursion through them is a clean `StackOverflow` trap.
#[test]
fn large_frames_overflow_cleanly_at_every_level() {
    // 1,500 loaded values live across the recursive call must be spilled
    // (about 12 KiB per frame).
    let loads: String = (0..1500)
        .map(|i| format!("(i64.load offset={} (i32.const 0))\n", (i * 8) % 60000))
        .collect();
    let adds = "(i64.add)\n".repeat(1500);
    let wat = format!(
        r#"(module (memory 1)
             (func $f (export "f") (param i32) (result i64)
               {loads}
               (if (result i64) (local.get 0)
                 (then (call $f (i32.sub (local.get 0) (i32.const 1))))
                 (else (i64.const 0)))
               {adds}))"#
    );
    for opt in OPT_LEVELS {
        let engine = engine(opt, BoundsChecks::Static);
        let module = Module::new(&engine, &wat).expect("compile");
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        let f = instance
            .get_typed_func::<i32, i64>(&mut store, "f")
            .unwrap();
        assert_eq!(f.call(&mut store, 3).unwrap(), 0, "{}", opt.name());
        for _ in 0..2 {
            let err = f.call(&mut store, 1_000_000).unwrap_err();
            assert_eq!(
                err.trap_code(),
                Some(TrapCode::StackOverflow),
                "{}: {err}",
                opt.name()
            );
        }
        assert_eq!(f.call(&mut store, 10).unwrap(), 0, "{}", opt.name());
    }
}
