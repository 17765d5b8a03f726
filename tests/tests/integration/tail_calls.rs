//! Tail calls (`return_call`, `return_call_indirect`) on every back end:
//! long chains run in constant native stack, arguments survive signature
//! changes between caller and callee (more parameters than registers, and
//! different numbers of stack-passed arguments each way), host functions
//! can be tail-called, and a trap after tail calls has a backtrace without
//! the frames that were replaced. Modules with and without tail calls
//! call each other every way (LLVM compiles only the former in `tailcc`,
//! behind standard-convention entries: `backends/llvm/src/tail.rs`).

use trident::{Config, Engine, Error, Func, Instance, Module, Store, TrapCode, Val};

/// A stack budget far below what the chains below would need without tail
/// calls (10^7 frames of at least 16 bytes each).
const SMALL_STACK: usize = 256 * 1024;

/// `$a` has 12 `i64` and 3 `f64` parameters (stack-passed arguments on
/// every ISA); `$b` has 3 `i64` and 10 `f64`. Each step mixes the
/// values, so a misplaced argument changes the answer; `$c`/`$d` do the
/// same through a table. `via_host` tail-calls an imported host function.
const WAT: &str = r#"(module
  (import "host" "mix" (func $mix (param i64 i64) (result i64)))
  (type $ta (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 f64 f64 f64) (result i64)))
  (type $tb (func (param i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64) (result i64)))
  (table funcref (elem $c $d))
  (func $a (export "a") (type $ta)
    (if (result i64) (i64.eqz (local.get 0))
      (then
        (i64.add (local.get 1)
          (i64.add (i64.mul (local.get 11) (i64.const 3))
            (i64.add (local.get 5) (i64.trunc_f64_s (local.get 14))))))
      (else
        (return_call $b
          (i64.sub (local.get 0) (i64.const 1))
          (i64.add (local.get 1) (local.get 11))
          (i64.xor (local.get 2) (local.get 10))
          (f64.add (local.get 12) (f64.const 1))
          (local.get 13) (local.get 14)
          (f64.convert_i64_s (i64.and (local.get 3) (i64.const 1023)))
          (f64.const 2) (f64.const 3) (f64.const 4) (f64.const 5) (f64.const 6)
          (f64.convert_i64_s (i64.and (local.get 4) (i64.const 7)))))))
  (func $b (type $tb)
    (return_call $a
      (local.get 0)
      (i64.add (local.get 1) (i64.trunc_f64_s (local.get 3)))
      (local.get 2)
      (i64.trunc_f64_s (local.get 6))
      (i64.add (local.get 1) (i64.const 5))
      (i64.trunc_f64_s (local.get 12))
      (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9)
      (i64.rotl (local.get 2) (i64.const 1))
      (i64.trunc_f64_s (f64.add (local.get 4) (local.get 5)))
      (f64.mul (local.get 3) (f64.const 0.5))
      (local.get 4)
      (f64.add (local.get 5) (local.get 12))))
  (func $c (type $ta)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.add (local.get 1) (local.get 11)))
      (else
        (return_call_indirect (type $tb)
          (i64.sub (local.get 0) (i64.const 1))
          (i64.add (local.get 1) (local.get 11))
          (local.get 2)
          (local.get 12) (local.get 13) (local.get 14)
          (f64.const 1) (f64.const 2) (f64.const 3) (f64.const 4) (f64.const 5) (f64.const 6)
          (f64.const 7)
          (i32.const 1)))))
  (func $d (type $tb)
    (return_call_indirect (type $ta)
      (local.get 0) (local.get 1) (local.get 2)
      (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
      (i64.const 9) (i64.const 10)
      (i64.add (local.get 2) (i64.const 1))
      (local.get 3) (local.get 4) (local.get 5)
      (i32.const 0)))
  (func (export "c") (param i64) (result i64)
    (return_call $c (local.get 0) (i64.const 1) (i64.const 2) (i64.const 0) (i64.const 0)
      (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)
      (i64.const 0) (f64.const 0) (f64.const 0) (f64.const 0)))
  (func (export "via_host") (param i64 i64) (result i64)
    (return_call $mix (local.get 0) (local.get 1)))
  (func (export "wrong_type") (result i64)
    (return_call_indirect (type $tb)
      (i64.const 0) (i64.const 0) (i64.const 0)
      (f64.const 0) (f64.const 0) (f64.const 0) (f64.const 0) (f64.const 0) (f64.const 0)
      (f64.const 0) (f64.const 0) (f64.const 0) (f64.const 0)
      (i32.const 0)))
  (func $fails (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
  (func $replaced (param i32) (result i32) (return_call $fails (local.get 0)))
  (func (export "trap_after_tail_call") (param i32) (result i32)
    (i32.add (call $replaced (local.get 0)) (i32.const 1))))"#;

/// `$a`'s arguments as the test passes them: `n`, eleven `i64`, three
/// `f64`.
type AArgs = (i64, [i64; 11], [f64; 3]);

/// `$a`/`$b` in Rust, step for step (wasm's wrapping integer arithmetic
/// and saturating-free truncation of the small values involved).
fn expected_a(args: AArgs) -> i64 {
    let (mut n, mut x, mut f) = args;
    loop {
        if n == 0 {
            return x[0].wrapping_add(
                x[10]
                    .wrapping_mul(3)
                    .wrapping_add(x[4].wrapping_add(f[2] as i64)),
            );
        }
        // $a → $b
        let b_i = [n - 1, x[0].wrapping_add(x[10]), x[1] ^ x[9]];
        let b_f = [
            f[0] + 1.0,
            f[1],
            f[2],
            (x[2] & 1023) as f64,
            2.0,
            3.0,
            4.0,
            5.0,
            6.0,
            (x[3] & 7) as f64,
        ];
        // $b → $a
        n = b_i[0];
        x = [
            b_i[1].wrapping_add(b_f[0] as i64),
            b_i[2],
            b_f[3] as i64,
            b_i[1].wrapping_add(5),
            b_f[9] as i64,
            6,
            7,
            8,
            9,
            b_i[2].rotate_left(1),
            (b_f[1] + b_f[2]) as i64,
        ];
        f = [b_f[0] * 0.5, b_f[1], b_f[2] + b_f[9]];
    }
}

/// `$c`/`$d` in Rust.
fn expected_c(n: i64) -> i64 {
    let (mut n, mut x1, mut x2, mut x11) = (n, 1i64, 2i64, 0i64);
    loop {
        if n == 0 {
            return x1.wrapping_add(x11);
        }
        // $c → $d → $c
        let (d1, d2) = (x1.wrapping_add(x11), x2);
        n -= 1;
        x1 = d1;
        x11 = d2.wrapping_add(1);
        x2 = d2;
    }
}

fn engine(backend: &str) -> Engine {
    let mut config = Config::default();
    config
        .cache(false)
        .backend(backend)
        .max_wasm_stack(SMALL_STACK);
    Engine::new(&config).expect("engine")
}

fn instantiate(engine: &Engine) -> (Store<()>, Instance) {
    let module = Module::new(engine, WAT).expect("compile");
    let mut store = Store::new(engine, ());
    let mix = Func::wrap(&mut store, |a: i64, b: i64| a.wrapping_mul(31) ^ b).expect("host");
    let instance = Instance::new(&mut store, &module, &[mix.into()]).expect("instantiate");
    (store, instance)
}

/// Length of the long chains: 10^7 calls each way in CI (the closing
/// note's run sets `TRIDENT_TAIL_CALLS=100000000`).
fn chain_length() -> i64 {
    std::env::var("TRIDENT_TAIL_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000)
}

#[test]
fn tail_calls_run_in_constant_stack_on_every_back_end() {
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let (mut store, instance) = instantiate(&engine);
        let a = instance.get_func(&mut store, "a").expect("a");
        let n = chain_length();
        for (n, x, f) in [
            (0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0.5, 1.5, 2.5]),
            (1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0.5, 1.5, 2.5]),
            (7, [-1, 9, 300, 4, 5, 6, 7, 8, 9, 10, -11], [3.0, 1.0, 2.0]),
            (n, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0.5, 1.5, 2.5]),
        ] {
            let mut args = vec![Val::I64(n)];
            args.extend(x.iter().map(|v| Val::I64(*v)));
            args.extend(f.iter().map(|v: &f64| Val::F64(v.to_bits())));
            let mut out = [Val::I64(0)];
            a.call(&mut store, &args, &mut out).unwrap_or_else(|e| {
                panic!("{backend}: a({n}) failed (a tail call grew the stack?): {e}")
            });
            assert_eq!(out[0], Val::I64(expected_a((n, x, f))), "{backend}: a({n})");
        }
        let c = instance
            .get_typed_func::<i64, i64>(&mut store, "c")
            .expect("c");
        for k in [0, 1, 2, 5, n] {
            let got = c
                .call(&mut store, k)
                .unwrap_or_else(|e| panic!("{backend}: c({k}) failed: {e}"));
            assert_eq!(got, expected_c(k), "{backend}: c({k})");
        }
        let via_host = instance
            .get_typed_func::<(i64, i64), i64>(&mut store, "via_host")
            .expect("via_host");
        assert_eq!(via_host.call(&mut store, (3, 5)).unwrap(), (3 * 31) ^ 5);
    }
}

/// The function index of `trap_after_tail_call`.
const EXPORT_WITH_TRAP: u32 = 10;

#[test]
fn tail_call_traps_and_backtraces() {
    // `$fails`'s body is `i32.const 1, local.get 0, i32.div_u, end`.
    let wasm = wat::parse_str(WAT).expect("wat");
    let body = [0x41, 0x01, 0x20, 0x00, 0x6e, 0x0b];
    let at = wasm
        .windows(body.len())
        .position(|w| w == body)
        .expect("$fails's body");
    let div_offset = (at + 4) as u32;
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let (mut store, instance) = instantiate(&engine);
        let wrong = instance
            .get_typed_func::<(), i64>(&mut store, "wrong_type")
            .expect("wrong_type");
        let err = wrong.call(&mut store, ()).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::BadSignature),
            "{backend}: {err}"
        );

        let f = instance
            .get_typed_func::<i32, i32>(&mut store, "trap_after_tail_call")
            .expect("trap_after_tail_call");
        assert_eq!(f.call(&mut store, 1).unwrap(), 2, "{backend}");
        let err = f.call(&mut store, 0).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::IntegerDivisionByZero),
            "{backend}: {err}"
        );
        let Error::Trap(t) = &err else {
            panic!("{backend}: expected a trap, got {err}")
        };
        // `$replaced` gave its frame to `$fails`: the trap is at `$fails`'s
        // `i32.div_u`, and the next frame is the export's (LLVM may have
        // inlined both callees into it: then the export's frame is the
        // only one, at the same operator).
        let names = crate::runtime::frame_names(&err);
        let first = t.backtrace.first().expect("a frame");
        assert_eq!(first.wasm_offset, Some(div_offset), "{backend}: {err}");
        assert!(
            !names.iter().any(|n| n == "replaced"),
            "{backend}: the replaced frame is still shown: {names:?}"
        );
        assert_eq!(
            t.backtrace.last().map(|f| f.func_index),
            Some(EXPORT_WITH_TRAP),
            "{backend}: {names:?}"
        );
        if *backend != "llvm" {
            assert_eq!(names, ["fails", "#10"], "{backend}");
        }
    }
}

/// Fuel is up to date before a tail call leaves the function: a chain
/// costs the same on every back end (the fuel contract fixes the costs and
/// the check points), and running out inside it traps `OutOfFuel`.
#[test]
fn tail_calls_keep_the_fuel_contract() {
    let mut used = Vec::new();
    for backend in Config::available_backends() {
        let mut config = Config::default();
        config.cache(false).backend(backend).consume_fuel(true);
        let engine = Engine::new(&config).expect("engine");
        let (mut store, instance) = instantiate(&engine);
        let c = instance
            .get_typed_func::<i64, i64>(&mut store, "c")
            .expect("c");
        store.set_fuel(1_000_000);
        assert_eq!(
            c.call(&mut store, 1000).unwrap(),
            expected_c(1000),
            "{backend}"
        );
        let cost = 1_000_000 - store.fuel();
        assert!(cost > 2_000, "{backend}: 2,000 calls cost only {cost}");
        used.push((backend, cost));
        store.set_fuel(cost / 2);
        let err = c.call(&mut store, 1000).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::OutOfFuel),
            "{backend}: {err}"
        );
    }
    assert!(
        used.windows(2).all(|w| w[0].1 == w[1].1),
        "fuel differs between back ends: {used:?}"
    );
}

/// The largest signatures a module may declare (1,000 parameters, here
/// 999 of them `v128`: on singlepass 15,856 bytes of the argument
/// buffer) tail-call each other 10^5 times in the small stack.
#[test]
fn tail_calls_with_a_thousand_parameters() {
    let vectors = 999;
    let lanes: String = (1..8)
        .map(|i| format!("(i64x2.extract_lane 0 (local.get {i})) "))
        .collect();
    let consts = "(v128.const i64x2 1 2) ".repeat(vectors);
    let wat = format!(
        r#"(module
  (func $a (param i64 {v}) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64x2.extract_lane 1 (local.get {vectors})))
      (else (return_call $b (i64.sub (local.get 0) (i64.const 1)) {lanes}))))
  (func $b (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $a (local.get 0) {consts}))
  (func (export "run") (param i64) (result i64)
    (return_call $b (local.get 0) (i64.const 1) (i64.const 1) (i64.const 1)
      (i64.const 1) (i64.const 1) (i64.const 1) (i64.const 1))))"#,
        v = "v128 ".repeat(vectors)
    );
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let module = Module::new(&engine, &wat).expect("compile");
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        let run = instance
            .get_typed_func::<i64, i64>(&mut store, "run")
            .expect("run");
        assert_eq!(run.call(&mut store, 100_001).unwrap(), 2, "{backend}");
        assert_eq!(run.call(&mut store, 0).unwrap(), 2, "{backend}");
    }
}

/// A module without tail calls (`P`: on LLVM, the standard convention
/// only) and one with them (`T`: `tailcc` bodies behind adapters) call
/// each other directly, through imports, tables and `call_ref`, normally
/// and as tail calls, and the host calls both; a chain that passes
/// through `P` once still runs in the small stack.
#[test]
fn modules_with_and_without_tail_calls_call_each_other() {
    const P: &str = r#"(module
      (type $step (func (param i64 i64) (result i64)))
      (func $p (export "p") (type $step) (i64.add (local.get 0) (local.get 1)))
      (table (export "ptab") funcref (elem $p))
      (func (export "p_calls") (param $f funcref) (param i64) (result i64)
        (table.set 0 (i32.const 0) (local.get $f))
        (call_indirect (type $step) (local.get 1) (i64.const 1000) (i32.const 0))))"#;
    const T: &str = r#"(module
      (type $step (func (param i64 i64) (result i64)))
      (import "p" "p" (func $p (type $step)))
      (import "p" "ptab" (table 1 funcref))
      (func $t (export "t") (type $step)
        (if (result i64) (i64.eqz (local.get 0))
          (then (return_call $p (local.get 1) (i64.const 7)))
          (else (return_call $t (i64.sub (local.get 0) (i64.const 1))
                                (i64.add (local.get 1) (i64.const 2))))))
      (func (export "via_table") (param i64) (result i64)
        (return_call_indirect (type $step) (local.get 0) (i64.const 5) (i32.const 0)))
      (func (export "normal_import") (param i64) (result i64)
        (i64.mul (call $p (local.get 0) (local.get 0)) (i64.const 2)))
      (elem declare func $t)
      (func (export "t_ref") (result funcref) (ref.func $t)))"#;
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let mut store = Store::new(&engine, ());
        let p_mod = Module::new(&engine, P).expect("P");
        let p = Instance::new(&mut store, &p_mod, &[]).expect("P instance");
        let t_mod = Module::new(&engine, T).expect("T");
        let imports = [
            p.get_export(&mut store, "p").expect("p"),
            p.get_export(&mut store, "ptab").expect("ptab"),
        ];
        let t = Instance::new(&mut store, &t_mod, &imports).expect("T instance");
        let call = |store: &mut Store<()>, i: &Instance, name: &str, args: &[Val]| {
            let f = i.get_func(&mut *store, name).expect(name);
            let mut out = [Val::I64(0)];
            f.call(&mut *store, args, &mut out)
                .unwrap_or_else(|e| panic!("{backend}: {name}: {e}"));
            out[0]
        };
        // 10^6 tail calls inside T, then one into P (a call and a return
        // on LLVM).
        let n = 1_000_000i64;
        assert_eq!(
            call(&mut store, &t, "t", &[Val::I64(n), Val::I64(0)]),
            Val::I64(2 * n + 7),
            "{backend}"
        );
        assert_eq!(
            call(&mut store, &t, "via_table", &[Val::I64(4)]),
            Val::I64(9),
            "{backend}"
        );
        assert_eq!(
            call(&mut store, &t, "normal_import", &[Val::I64(3)]),
            Val::I64(12),
            "{backend}"
        );
        // P calls T's function through its table (T's standard entry).
        let t_ref = call(&mut store, &t, "t_ref", &[]);
        assert_eq!(
            call(&mut store, &p, "p_calls", &[t_ref, Val::I64(10)]),
            Val::I64(1000 + 2 * 10 + 7),
            "{backend}"
        );
        // Host → T, T → host (the `WAT` module's `via_host`).
        let (mut store2, instance) = instantiate(&engine);
        let via_host = instance
            .get_typed_func::<(i64, i64), i64>(&mut store2, "via_host")
            .expect("via_host");
        assert_eq!(
            via_host.call(&mut store2, (3, 4)).unwrap(),
            3i64.wrapping_mul(31) ^ 4,
            "{backend}"
        );
    }
}
