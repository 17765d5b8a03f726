//! Criterion benchmarks of the engine, per back end (`make bench`, or
//! `cargo bench -p trident-bench --bench engine`):
//!
//! * `compile/BACKEND/N`: in-process compile (parse, validate, compile,
//!   load; no cache) of a generated module of N small functions, as
//!   throughput in wasm bytes per second — one-pass compile time must stay
//!   linear in the input, which the three sizes show;
//! * `call/host-to-wasm/BACKEND`: `TypedFunc::call` of an exported
//!   identity function, and `call/host-to-wasm-dynamic/BACKEND` the same
//!   through `Func::call` with `Val` slices;
//! * `call/wasm-to-host/BACKEND`: a wasm loop of 1,000 calls of an
//!   imported host function (`Func::wrap`), per call (throughput in
//!   elements: calls);
//! * `instantiate/BACKEND`: `Instance::new` of a module with a memory, a
//!   data segment, a table with an element segment, globals and 20
//!   functions, in a fresh store each time (the store's creation is not
//!   measured).
//!
//! These are the numbers speed work is judged by; no test asserts a time.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use std::time::Duration;
use trident::{Config, Engine, Func, Instance, Module, Store, Val};

/// The back ends built into this benchmark.
fn backends() -> Vec<&'static str> {
    Config::available_backends().to_vec()
}

fn engine(backend: &str) -> Engine {
    let mut config = Config::default();
    config.backend(backend).cache(false);
    Engine::new(&config).unwrap_or_else(|e| panic!("{backend}: {e}"))
}

/// A module of `n` functions, each a small loop over locals with a call
/// to the previous function, so compile work grows with `n` alone.
fn generated_module(n: usize) -> Vec<u8> {
    let mut wat = String::from("(module (memory 1)\n");
    for i in 0..n {
        let callee = if i == 0 {
            "(local.get 0)".to_string()
        } else {
            format!("(call $f{} (local.get 0))", i - 1)
        };
        wat += &format!(
            "(func $f{i} (export \"f{i}\") (param i32) (result i32) (local i32 i32)
               (local.set 1 (i32.const {i}))
               (block $done (loop $l
                 (br_if $done (i32.ge_u (local.get 2) (local.get 0)))
                 (local.set 1 (i32.add (i32.mul (local.get 1) (i32.const 31))
                   (i32.load (i32.and (local.get 2) (i32.const 1020)))))
                 (local.set 2 (i32.add (local.get 2) (i32.const 1)))
                 (br $l)))
               (i32.add (local.get 1) {callee}))\n"
        );
    }
    wat += ")";
    wat::parse_str(&wat).expect("generated module")
}

fn compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in [10, 100, 400] {
        let wasm = generated_module(n);
        group.throughput(Throughput::Bytes(wasm.len() as u64));
        for backend in backends() {
            let engine = engine(backend);
            group.bench_with_input(BenchmarkId::new(backend, n), &wasm, |b, wasm| {
                b.iter(|| Module::new(&engine, wasm).expect("compile"))
            });
        }
    }
    group.finish();
}

const CALLS: &str = r#"(module
  (import "host" "inc" (func $inc (param i32) (result i32)))
  (func (export "id") (param i32) (result i32) (local.get 0))
  (func (export "call_host") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $l
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (call $inc (local.get $acc)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $l)))
    (local.get $acc)))"#;

/// Host calls per `call_host` call.
const HOST_CALLS: i32 = 1000;

fn calls(c: &mut Criterion) {
    let mut group = c.benchmark_group("call");
    for backend in backends() {
        let engine = engine(backend);
        let module = Module::new(&engine, wat::parse_str(CALLS).expect("wat")).expect("compile");
        let mut store = Store::new(&engine, ());
        let inc = Func::wrap(&mut store, |x: i32| x.wrapping_add(1)).expect("host function");
        let instance = Instance::new(&mut store, &module, &[inc.into()]).expect("instantiate");
        let id = instance
            .get_typed_func::<i32, i32>(&mut store, "id")
            .expect("id");
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::new("host-to-wasm", backend), |b| {
            b.iter(|| id.call(&mut store, std::hint::black_box(7)).expect("call"))
        });
        let dynamic = instance.get_func(&mut store, "id").expect("id");
        group.bench_function(BenchmarkId::new("host-to-wasm-dynamic", backend), |b| {
            let mut out = [Val::I32(0)];
            b.iter(|| {
                dynamic
                    .call(&mut store, &[Val::I32(7)], &mut out)
                    .expect("call")
            })
        });
        let loop_calls = instance
            .get_typed_func::<i32, i32>(&mut store, "call_host")
            .expect("call_host");
        assert_eq!(
            loop_calls.call(&mut store, HOST_CALLS).expect("call"),
            HOST_CALLS,
            "{backend}"
        );
        group.throughput(Throughput::Elements(HOST_CALLS as u64));
        group.bench_function(BenchmarkId::new("wasm-to-host", backend), |b| {
            b.iter(|| loop_calls.call(&mut store, HOST_CALLS).expect("call"))
        });
    }
    group.finish();
}

/// A module with something of every kind to set up.
fn instantiated_module() -> String {
    let mut wat = String::from(
        "(module (memory (export \"m\") 1) (data (i32.const 16) \"instantiation\")
           (table (export \"t\") 32 funcref) (global (export \"g\") (mut i32) (i32.const 1))
           (global i64 (i64.const 2))\n",
    );
    for i in 0..20 {
        wat += &format!("(func $f{i} (export \"f{i}\") (result i32) (i32.const {i}))\n");
    }
    wat += "(elem (i32.const 0) func";
    for i in 0..20 {
        wat += &format!(" $f{i}");
    }
    wat += "))";
    wat
}

fn instantiate(c: &mut Criterion) {
    let mut group = c.benchmark_group("instantiate");
    let wasm = wat::parse_str(instantiated_module()).expect("wat");
    for backend in backends() {
        let engine = engine(backend);
        let module = Module::new(&engine, &wasm).expect("compile");
        group.bench_function(backend, |b| {
            b.iter_batched(
                || Store::new(&engine, ()),
                |mut store| {
                    Instance::new(&mut store, &module, &[]).expect("instantiate");
                    store
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, compile, calls, instantiate);
criterion_main!(benches);
