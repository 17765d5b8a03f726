//! Singlepass fuel accounting matches the shared costs exactly
//! (`trident_compiler::fuel::operator_cost`, summed by hand below) for
//! straight-line code, loops, branches, calls and returns, including a
//! branch out of the function body and code after a `return`.

use trident::{Config, Engine, Instance, Module, Store, Val};

/// Each case: a function `f` (no parameters) and the fuel it must use.
const CASES: &[(&str, &str, u64)] = &[
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
fn fuel_matches_the_shared_costs() {
    let mut problems = Vec::new();
    for (name, body, expected) in CASES {
        let used = fuel_used("singlepass", body);
        if used != *expected {
            problems.push(format!("{name}: used {used}, expected {expected}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
