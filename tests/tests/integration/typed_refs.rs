//! Typed function references on every back end: `call_ref`,
//! `return_call_ref`, `ref.as_non_null`, `br_on_null`, `br_on_non_null`,
//! non-nullable locals, tables and globals of concrete reference types;
//! type canonicalization across modules (recursion groups, finality) as
//! linking and `call_indirect` see it; the host API's precise checks; and
//! artifacts that carry typed references.

use trident::{
    Config, Engine, Error, Extern, Func, Global, GlobalType, HeapType, Instance, Module, RefType,
    Store, Table, TableType, TrapCode, Val, ValType,
};

/// Every operator of typed function references, without tail calls.
const WAT: &str = r#"(module
  (type $unop (func (param i32) (result i32)))
  (func $inc (type $unop) (i32.add (local.get 0) (i32.const 1)))
  (func $dbl (type $unop) (i32.mul (local.get 0) (i32.const 2)))
  (table $ops 2 (ref null $unop) (ref.func $inc))
  (elem (table $ops) (i32.const 1) (ref null $unop) (ref.func $dbl))
  (global $fixed (ref $unop) (ref.func $dbl))
  (global $slot (mut (ref null $unop)) (ref.null $unop))
  (elem declare func $inc)
  ;; Calls the function in table slot `i` (null if `i` is 2 or more).
  (func $pick (param $i i32) (result (ref null $unop))
    (if (result (ref null $unop)) (i32.lt_u (local.get $i) (i32.const 2))
      (then (table.get $ops (local.get $i)))
      (else (ref.null $unop))))
  (func (export "call") (param $i i32) (param $x i32) (result i32)
    (call_ref $unop (local.get $x) (call $pick (local.get $i))))
  (func (export "call_global") (param $x i32) (result i32)
    (call_ref $unop (local.get $x) (global.get $fixed)))
  ;; -1 when the reference is null, else the call's result.
  (func (export "on_null") (param $i i32) (param $x i32) (result i32)
    (block $null
      (return (call_ref $unop (local.get $x)
        (br_on_null $null (call $pick (local.get $i))))))
    (i32.const -1))
  (func (export "on_non_null") (param $i i32) (param $x i32) (result i32)
    (local $f (ref $unop))
    (block $got (result (ref $unop))
      (br_on_non_null $got (call $pick (local.get $i)))
      (return (i32.const -2)))
    (local.set $f)
    (call_ref $unop (local.get $x) (local.get $f)))
  ;; A non-nullable local, set before use.
  (func (export "as_non_null") (param $i i32) (param $x i32) (result i32)
    (local $f (ref $unop))
    (local.set $f (ref.as_non_null (call $pick (local.get $i))))
    (call_ref $unop (local.get $x) (local.get $f)))
  (func (export "set_slot") (param $i i32)
    (global.set $slot (call $pick (local.get $i))))
  (func (export "call_slot") (param $x i32) (result i32)
    (call_ref $unop (local.get $x) (global.get $slot)))
  (func (export "inc_ref") (result (ref $unop)) (ref.func $inc))
  (export "ops" (table $ops))
  (export "fixed" (global $fixed))
  (export "slot" (global $slot)))"#;

/// Mutual recursion through `return_call_ref`, `n` steps deep.
const TAIL_WAT: &str = r#"(module
  (type $step (func (param i64 i64) (result i64)))
  (global $even (mut (ref null $step)) (ref.null $step))
  (global $odd (mut (ref null $step)) (ref.null $step))
  (elem declare func $e $o)
  (func $e (type $step)
    (if (result i64) (i64.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call_ref $step
        (i64.sub (local.get 0) (i64.const 1))
        (i64.add (local.get 1) (i64.const 3))
        (global.get $odd)))))
  (func $o (type $step)
    (return_call_ref $step
      (i64.sub (local.get 0) (i64.const 1))
      (i64.mul (local.get 1) (i64.const 2))
      (ref.as_non_null (global.get $even))))
  (func (export "run") (param i64) (result i64)
    (global.set $even (ref.func $e))
    (global.set $odd (ref.func $o))
    (return_call_ref $step (local.get 0) (i64.const 0) (global.get $even)))
  (func (export "null_tail") (result i64)
    (return_call_ref $step (i64.const 0) (i64.const 0) (ref.null $step))))"#;

fn engine(backend: &str) -> Engine {
    let mut config = Config::default();
    config
        .cache(false)
        .backend(backend)
        .max_wasm_stack(256 * 1024);
    Engine::new(&config).expect("engine")
}

fn call(
    store: &mut Store<()>,
    instance: &Instance,
    name: &str,
    args: &[Val],
) -> Result<Val, Error> {
    let f = instance.get_func(&mut *store, name).expect(name);
    let mut out = [Val::I32(0)];
    f.call(&mut *store, args, &mut out)?;
    Ok(out[0])
}

fn i32s(args: &[i32]) -> Vec<Val> {
    args.iter().map(|a| Val::I32(*a)).collect()
}

#[test]
fn typed_function_references_on_every_back_end() {
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let module = Module::new(&engine, WAT).unwrap_or_else(|e| panic!("{backend}: {e}"));
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        let mut ok = |name: &str, args: &[i32]| match call(&mut store, &instance, name, &i32s(args))
        {
            Ok(v) => v.i32().expect("i32"),
            Err(e) => panic!("{backend}: {name}{args:?}: {e}"),
        };
        assert_eq!(ok("call", &[0, 10]), 11, "{backend}");
        assert_eq!(ok("call", &[1, 10]), 20, "{backend}");
        assert_eq!(ok("call_global", &[7]), 14, "{backend}");
        assert_eq!(ok("on_null", &[0, 5]), 6, "{backend}");
        assert_eq!(ok("on_null", &[2, 5]), -1, "{backend}");
        assert_eq!(ok("on_non_null", &[1, 5]), 10, "{backend}");
        assert_eq!(ok("on_non_null", &[3, 5]), -2, "{backend}");
        assert_eq!(ok("as_non_null", &[1, 4]), 8, "{backend}");

        let mut trap = |name: &str, args: &[i32]| {
            call(&mut store, &instance, name, &i32s(args))
                .map(|v| panic!("{backend}: {name}{args:?} returned {v:?}"))
                .unwrap_err()
                .trap_code()
        };
        assert_eq!(
            trap("call", &[2, 1]),
            Some(TrapCode::NullFunctionReference),
            "{backend}"
        );
        assert_eq!(
            trap("as_non_null", &[2, 1]),
            Some(TrapCode::NullReference),
            "{backend}"
        );
        assert_eq!(
            trap("call_slot", &[1]),
            Some(TrapCode::NullFunctionReference),
            "{backend}"
        );
        call(&mut store, &instance, "set_slot", &[Val::I32(0)]).ok();
        assert_eq!(
            call(&mut store, &instance, "call_slot", &[Val::I32(1)]).ok(),
            Some(Val::I32(2)),
            "{backend}"
        );
    }
}

#[test]
fn return_call_ref_runs_in_constant_stack() {
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let module = Module::new(&engine, TAIL_WAT).unwrap_or_else(|e| panic!("{backend}: {e}"));
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        // 10^6 steps in a 256 KiB stack: only a tail call fits.
        let n = 1_000_000i64;
        let expected = (0..n).fold(0i64, |acc, step| {
            if step % 2 == 0 {
                acc.wrapping_add(3)
            } else {
                acc.wrapping_mul(2)
            }
        });
        assert_eq!(
            call(&mut store, &instance, "run", &[Val::I64(n)]).map_err(|e| e.to_string()),
            Ok(Val::I64(expected)),
            "{backend}"
        );
        let err = call(&mut store, &instance, "null_tail", &[]).unwrap_err();
        assert_eq!(
            err.trap_code(),
            Some(TrapCode::NullFunctionReference),
            "{backend}"
        );
    }
}

/// Exports a function of a singleton type, one of a type in a recursion
/// group, one whose type refers to another type, a table of a concrete
/// type and an immutable global of a non-nullable concrete type.
const PROVIDER: &str = r#"(module
  (type $t (func (param i32) (result i32)))
  (rec (type $r (func (param i32) (result i32))) (type $other (func)))
  (type $u (func (param (ref $t)) (result i32)))
  (func $f (export "f") (type $t) (i32.add (local.get 0) (i32.const 100)))
  (func (export "r") (type $r) (local.get 0))
  (func (export "u") (type $u) (call_ref $t (i32.const 1) (local.get 0)))
  (table (export "tab") 1 (ref null $t) (ref.func $f))
  (global (export "g") (ref $t) (ref.func $f)))"#;

/// A module importing `name` of `kind` (a WAT import descriptor), with
/// `types` (WAT type definitions) before it.
fn consumer(types: &str, import: &str) -> String {
    format!("(module {types} (import \"p\" \"x\" {import}))")
}

#[test]
fn types_are_canonical_across_modules() {
    let engine = engine("cranelift");
    let provider = Module::new(&engine, PROVIDER).expect("provider");
    let mut store = Store::new(&engine, ());
    let p = Instance::new(&mut store, &provider, &[]).expect("provider instance");
    let mut link = |types: &str, import: &str, export: &str| -> Result<(), String> {
        let m =
            Module::new(&engine, consumer(types, import)).map_err(|e| format!("compile: {e}"))?;
        let ext = p.get_export(&mut store, export).expect(export);
        Instance::new(&mut store, &m, &[ext])
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    // The same singleton type, at another index: one type.
    let pad = "(type (func (result f64))) (type $t (func (param i32) (result i32)))";
    link(pad, "(func (type $t))", "f").expect("equal singleton types");
    // A function in a recursion group is not of the singleton type…
    assert!(link(pad, "(func (type $t))", "r").is_err());
    // …but is of the same group's type, wherever the group is.
    let group = "(type (func (result f64))) \
                 (rec (type $r (func (param i32) (result i32))) (type (func)))";
    link(group, "(func (type $r))", "r").expect("equal recursion groups");
    assert!(link(group, "(func (type $r))", "f").is_err());
    // A type open to subtypes is another type than the final one.
    let open = "(type $t (sub (func (param i32) (result i32))))";
    assert!(link(open, "(func (type $t))", "f").is_err());
    // Types that refer to other types compare what they refer to.
    let refers = "(type (func)) (type $t (func (param i32) (result i32))) \
                  (type $u (func (param (ref $t)) (result i32)))";
    link(refers, "(func (type $u))", "u").expect("equal referring types");
    let nullable = "(type $t (func (param i32) (result i32))) \
                    (type $u (func (param (ref null $t)) (result i32)))";
    assert!(link(nullable, "(func (type $u))", "u").is_err());
    // Tables: the element type must be the same.
    let t = "(type (func)) (type $t (func (param i32) (result i32)))";
    link(t, "(table 1 (ref null $t))", "tab").expect("same table type");
    assert!(link(t, "(table 1 funcref)", "tab").is_err());
    // Immutable globals may be of a subtype; mutable ones may not.
    link(t, "(global (ref null $t))", "g").expect("subtype global");
    link(t, "(global funcref)", "g").expect("funcref global");
    link(t, "(global (ref $t))", "g").expect("same global type");
    assert!(link(t, "(global (mut (ref $t)))", "g").is_err());
    let v = "(type $t (func (param i32) (result i32))) (type $v (func (param i32)))";
    assert!(link(v, "(global (ref $v))", "g").is_err());

    // `call_indirect` in another module finds the provider's function of
    // the equal type.
    let caller = Module::new(
        &engine,
        r#"(module
          (type (func (result f64)))
          (type $t (func (param i32) (result i32)))
          (import "p" "tab" (table 1 (ref null $t)))
          (func (export "go") (param i32) (result i32)
            (call_indirect (type $t) (local.get 0) (i32.const 0))))"#,
    )
    .expect("caller");
    let tab = p.get_export(&mut store, "tab").expect("tab");
    let c = Instance::new(&mut store, &caller, &[tab]).expect("caller instance");
    assert_eq!(
        call(&mut store, &c, "go", &[Val::I32(5)]).ok(),
        Some(Val::I32(105))
    );

    // A host function's type is a final singleton type.
    let host = Func::wrap(&mut store, |x: i32| x).expect("host");
    let m = Module::new(&engine, consumer(pad, "(func (type $t))")).expect("module");
    Instance::new(&mut store, &m, &[host.into()]).expect("host function of the singleton type");
    let m = Module::new(&engine, consumer(group, "(func (type $r))")).expect("module");
    assert!(Instance::new(&mut store, &m, &[host.into()]).is_err());
}

#[test]
fn the_host_api_checks_precise_reference_types() {
    let engine = engine("singlepass");
    let module = Module::new(&engine, WAT).expect("compile");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
    let slot = instance.get_global(&mut store, "slot").expect("slot");
    let ty = slot.ty(&store);
    let Some(RefType {
        nullable: true,
        heap: HeapType::Concrete(id),
    }) = ty.content.ref_type()
    else {
        panic!("slot's type: {}", ty.content)
    };
    // Its type names the engine's id of `$unop`, which `inc_ref`'s
    // function has.
    let inc = call(&mut store, &instance, "inc_ref", &[]).expect("inc_ref");
    let Val::FuncRef(Some(inc)) = inc else {
        panic!("inc_ref: {inc:?}")
    };
    assert_eq!(
        inc.ty(&store).params,
        vec![ValType::I32],
        "the function's type"
    );
    slot.set(&mut store, Val::FuncRef(Some(inc)))
        .expect("a function of the type");
    slot.set(&mut store, Val::FuncRef(None))
        .expect("null: nullable");
    let other = Func::wrap(&mut store, |x: i64| x).expect("host");
    assert!(slot.set(&mut store, Val::FuncRef(Some(other))).is_err());
    assert!(slot.set(&mut store, Val::ExternRef(None)).is_err());
    // A non-nullable table and global refuse null.
    let non_null = ValType::Ref(RefType {
        nullable: false,
        heap: HeapType::Concrete(id),
    });
    let table_ty = TableType {
        element: non_null,
        minimum: 1,
        maximum: None,
        table64: false,
    };
    assert!(Table::new(&mut store, table_ty, Val::FuncRef(None)).is_err());
    let table = Table::new(&mut store, table_ty, Val::FuncRef(Some(inc))).expect("table");
    assert!(table.set(&mut store, 0, Val::FuncRef(None)).is_err());
    let global_ty = GlobalType {
        content: non_null,
        mutable: true,
    };
    assert!(Global::new(&mut store, global_ty, Val::FuncRef(None)).is_err());
    let g = Global::new(&mut store, global_ty, Val::FuncRef(Some(inc))).expect("global");
    // A module importing `(global (mut (ref $unop)))` links with it.
    let m = Module::new(
        &engine,
        r#"(module (type $unop (func (param i32) (result i32)))
             (import "h" "g" (global (mut (ref $unop)))))"#,
    )
    .expect("module");
    Instance::new(&mut store, &m, &[Extern::Global(g)]).expect("host global of the type");
    // The exported table's element type is the engine's too.
    let ops = instance.get_table(&mut store, "ops").expect("ops");
    assert_eq!(
        ops.ty(&store).element,
        ValType::Ref(RefType {
            nullable: true,
            heap: HeapType::Concrete(id)
        })
    );
}

#[test]
fn artifacts_carry_typed_references() {
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let wasm = wat::parse_str(WAT).expect("wat");
        let bytes = engine.precompile_module(&wasm).expect("precompile");
        // SAFETY: written just above by this build.
        let module = unsafe { Module::deserialize(&engine, &bytes) }
            .unwrap_or_else(|e| panic!("{backend}: {e}"));
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        assert_eq!(
            call(&mut store, &instance, "on_non_null", &i32s(&[1, 21])).ok(),
            Some(Val::I32(42)),
            "{backend}"
        );
        // The fresh module and the loaded one agree on the types: a
        // module compiled from source links with the loaded one's export.
        let fresh = Module::new(&engine, &wasm).expect("compile");
        assert_eq!(fresh.info().types, module.info().types, "{backend}");
        assert_eq!(
            fresh.info().rec_groups,
            module.info().rec_groups,
            "{backend}"
        );
    }
}

/// Declared function subtypes: `$mid` declares `$base` its supertype and
/// `$leaf` (final) declares `$mid`; `$other` has the same shape, no
/// supertype and is final (an open one would be `$base` itself: types are
/// structural). Nine parameters, so some arguments go on the stack on both
/// ISAs. Each function returns its tag plus the sum of its arguments.
const SUBTYPES: &str = r#"
  (type $base (sub (func (param i32 i64 i32 i64 i32 i64 i32 i64 i32) (result i64))))
  (type $mid (sub $base (func (param i32 i64 i32 i64 i32 i64 i32 i64 i32) (result i64))))
  (type $leaf (sub final $mid (func (param i32 i64 i32 i64 i32 i64 i32 i64 i32) (result i64))))
  (type $other (sub final (func (param i32 i64 i32 i64 i32 i64 i32 i64 i32) (result i64))))"#;

/// The module of [`SUBTYPES`]: table slots 0–3 hold a function of each
/// type ($base, $mid, $leaf, $other), slot 4 is null; `via_T(i)` calls
/// slot `i` as type `T`, `tail_via_base(i)` with `return_call_indirect`.
fn subtype_module() -> String {
    let sum = "(i64.add (i64.extend_i32_u (local.get 0)) (i64.add (local.get 1) \
               (i64.add (i64.extend_i32_u (local.get 2)) (i64.add (local.get 3) \
               (i64.add (i64.extend_i32_u (local.get 4)) (i64.add (local.get 5) \
               (i64.add (i64.extend_i32_u (local.get 6)) (i64.add (local.get 7) \
               (i64.extend_i32_u (local.get 8)))))))))) ";
    let func = |name: &str, ty: &str, tag: u64| {
        format!("(func ${name} (export \"{name}\") (type ${ty}) (i64.add (i64.const {tag}) {sum}))")
    };
    let args = "(i32.const 1) (i64.const 2) (i32.const 3) (i64.const 4) (i32.const 5) \
                (i64.const 6) (i32.const 7) (i64.const 8) (i32.const 9)";
    let via = |ty: &str, call: &str| {
        format!(
            "(func (export \"{call}_via_{ty}\") (param i32) (result i64) \
               ({call} (type ${ty}) {args} (local.get 0)))"
        )
    };
    format!(
        "(module {SUBTYPES} {} {} {} {} \
           (table (export \"tab\") 5 funcref) \
           (elem (i32.const 0) func $f_base $f_mid $f_leaf $f_other) \
           {} {} {} {} {})",
        func("f_base", "base", 1000),
        func("f_mid", "mid", 2000),
        func("f_leaf", "leaf", 3000),
        func("f_other", "other", 4000),
        via("base", "call_indirect"),
        via("mid", "call_indirect"),
        via("leaf", "call_indirect"),
        via("other", "call_indirect"),
        via("base", "return_call_indirect"),
    )
}

#[test]
fn call_indirect_accepts_declared_subtypes_on_every_back_end() {
    const SUM: i64 = 45;
    let ok = |tag: i64| Ok(Val::I64(tag + SUM));
    let bad = Err(TrapCode::BadSignature);
    let null = Err(TrapCode::IndirectCallToNull);
    // Per expected type, the outcome of calling slots 0..=4.
    let expected: [(&str, [Result<Val, TrapCode>; 5]); 5] = [
        (
            "call_indirect_via_base",
            [ok(1000), ok(2000), ok(3000), bad, null],
        ),
        (
            "call_indirect_via_mid",
            [bad, ok(2000), ok(3000), bad, null],
        ),
        ("call_indirect_via_leaf", [bad, bad, ok(3000), bad, null]),
        ("call_indirect_via_other", [bad, bad, bad, ok(4000), null]),
        (
            "return_call_indirect_via_base",
            [ok(1000), ok(2000), ok(3000), bad, null],
        ),
    ];
    let wasm = wat::parse_str(subtype_module()).expect("wat");
    for backend in Config::available_backends() {
        let engine = engine(backend);
        let bytes = engine.precompile_module(&wasm).expect("precompile");
        // SAFETY: written just above by this build.
        let loaded = unsafe { Module::deserialize(&engine, &bytes) }.expect("deserialize");
        let compiled = Module::new(&engine, &wasm).expect("compile");
        for (how, module) in [("compiled", &compiled), ("artifact", &loaded)] {
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, module, &[]).expect("instantiate");
            for (name, outcomes) in &expected {
                for (slot, want) in outcomes.iter().enumerate() {
                    let got = call(&mut store, &instance, name, &[Val::I32(slot as i32)])
                        .map_err(|e| e.trap_code().unwrap_or_else(|| panic!("{e}")));
                    assert_eq!(&got, want, "{backend} ({how}): {name}({slot})");
                }
            }
        }
    }
}

#[test]
fn declared_subtypes_link_and_reach_the_host_api() {
    let engine = engine("singlepass");
    let provider = Module::new(&engine, subtype_module()).expect("provider");
    let mut store = Store::new(&engine, ());
    let p = Instance::new(&mut store, &provider, &[]).expect("provider instance");
    let mut link = |ty: &str, export: &str| -> Result<(), String> {
        let m = Module::new(&engine, consumer(SUBTYPES, &format!("(func (type ${ty}))")))
            .map_err(|e| format!("compile: {e}"))?;
        let ext = p.get_export(&mut store, export).expect(export);
        Instance::new(&mut store, &m, &[ext])
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    // A function of a subtype fits an import of its supertypes (declared
    // in another module: canonically the same types)…
    link("base", "f_leaf").expect("$leaf as $base");
    link("mid", "f_leaf").expect("$leaf as $mid");
    link("base", "f_mid").expect("$mid as $base");
    // …but not of its subtypes, nor of a type of the same shape.
    assert!(link("leaf", "f_mid").is_err());
    assert!(link("mid", "f_base").is_err());
    assert!(link("base", "f_other").is_err());

    // A table of `(ref null $base)` takes a `$leaf` function from the host
    // API and refuses an `$other` one.
    let tables = Module::new(
        &engine,
        format!(
            "(module {SUBTYPES} (table (export \"t\") 1 (ref null $base)) \
               (global (export \"g\") (mut (ref null $mid)) (ref.null $mid)))"
        ),
    )
    .expect("tables module");
    let t = Instance::new(&mut store, &tables, &[]).expect("tables instance");
    let table = t.get_table(&mut store, "t").expect("t");
    let global = t.get_global(&mut store, "g").expect("g");
    let func = |store: &mut Store<()>, name: &str| p.get_func(&mut *store, name).expect(name);
    let leaf = func(&mut store, "f_leaf");
    let other = func(&mut store, "f_other");
    let base = func(&mut store, "f_base");
    table
        .set(&mut store, 0, Val::FuncRef(Some(leaf)))
        .expect("a $leaf function in a $base table");
    assert!(table.set(&mut store, 0, Val::FuncRef(Some(other))).is_err());
    global
        .set(&mut store, Val::FuncRef(Some(leaf)))
        .expect("a $leaf function in a $mid global");
    assert!(global.set(&mut store, Val::FuncRef(Some(base))).is_err());
}
