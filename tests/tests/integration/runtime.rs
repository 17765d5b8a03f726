//! Runtime behaviour through the embedding API: traps, stack overflow,
//! memory growth, host functions.

use trident::{Caller, Config, Engine, Error, Func, Instance, Module, Store, TrapCode, Val};

fn engine() -> Engine {
    Engine::new(Config::default().cache(false)).expect("engine")
}

fn instantiate(engine: &Engine, wat: &str) -> (Store<()>, Instance) {
    let module = Module::new(engine, wat).expect("compile");
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
    (store, instance)
}

#[test]
fn engine_and_module_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Engine>();
    check::<Module>();
}

#[test]
fn deep_recursion_is_a_stack_overflow_trap_and_the_store_stays_usable() {
    let engine = engine();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module
             (func $down (export "down") (param i32) (result i32)
               local.get 0 i32.const 1 i32.add call $down)
             (func (export "fine") (result i32) i32.const 7))"#,
    );
    let down = instance
        .get_typed_func::<i32, i32>(&mut store, "down")
        .unwrap();
    for _ in 0..3 {
        let err = down.call(&mut store, 0).unwrap_err();
        assert_eq!(err.trap_code(), Some(TrapCode::StackOverflow), "{err}");
    }
    let fine = instance
        .get_typed_func::<(), i32>(&mut store, "fine")
        .unwrap();
    assert_eq!(fine.call(&mut store, ()).unwrap(), 7);
}

#[test]
fn huge_frames_overflow_cleanly() {
    // Each frame has 20,000 i64 locals (160 KB); the check happens before
    // the frame is allocated.
    let locals = "(local i64) ".repeat(20_000);
    let wat = format!(
        r#"(module (func $f (export "f") (param i32) {locals}
             local.get 0 i32.eqz br_if 0
             local.get 0 i32.const 1 i32.sub call $f))"#
    );
    let engine = engine();
    let (mut store, instance) = instantiate(&engine, &wat);
    let f = instance.get_typed_func::<i32, ()>(&mut store, "f").unwrap();
    f.call(&mut store, 2).unwrap();
    let err = f.call(&mut store, 1_000_000).unwrap_err();
    assert_eq!(err.trap_code(), Some(TrapCode::StackOverflow), "{err}");
}

#[test]
fn memory_grows_to_its_maximum_and_no_further() {
    let engine = engine();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module (memory (export "mem") 1 3)
             (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
             (func (export "size") (result i32) memory.size)
             (func (export "poke") (param i32) local.get 0 i32.const 42 i32.store8))"#,
    );
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    let size = instance
        .get_typed_func::<(), i32>(&mut store, "size")
        .unwrap();
    let poke = instance
        .get_typed_func::<i32, ()>(&mut store, "poke")
        .unwrap();
    assert_eq!(grow.call(&mut store, 1).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), 2);
    assert_eq!(size.call(&mut store, ()).unwrap(), 3);
    // Past the maximum: -1, and the size is unchanged.
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    assert_eq!(size.call(&mut store, ()).unwrap(), 3);
    // The last byte of the last page is writable; one past it traps.
    poke.call(&mut store, 3 * 65536 - 1).unwrap();
    let err = poke.call(&mut store, 3 * 65536).unwrap_err();
    assert_eq!(err.trap_code(), Some(TrapCode::HeapOutOfBounds));
    let mem = instance.get_memory(&mut store, "mem").unwrap();
    assert_eq!(mem.data(&store)[3 * 65536 - 1], 42);
    assert!(mem.grow(&mut store, 1).is_err());
}

#[test]
fn host_function_error_becomes_a_trap_with_its_source() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (import "host" "fail" (func $fail (param i32)))
             (func (export "run") (param i32) local.get 0 call $fail))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let fail = Func::wrap(&mut store, |x: i32| -> Result<(), Error> {
        if x > 0 {
            Err(Error::msg(format!("host refused {x}")))
        } else {
            Ok(())
        }
    })
    .expect("host function");
    let instance = Instance::new(&mut store, &module, &[fail.into()]).unwrap();
    let run = instance
        .get_typed_func::<i32, ()>(&mut store, "run")
        .unwrap();
    run.call(&mut store, 0).unwrap();
    let err = run.call(&mut store, 5).unwrap_err();
    assert!(err.to_string().contains("host refused 5"), "{err}");
}

#[test]
fn trap_in_nested_wasm_call_unwinds_through_the_host_frame() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (import "host" "call_back" (func $cb))
             (func (export "outer") call $cb)
             (func (export "inner") unreachable))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let cb = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, ()>| -> Result<(), Error> {
            let inner = caller
                .get_export("inner")
                .and_then(|e| e.into_func())
                .expect("inner export");
            inner.call(&mut caller, &[], &mut [])
        },
    )
    .expect("host function");
    let instance = Instance::new(&mut store, &module, &[cb.into()]).unwrap();
    let outer = instance
        .get_typed_func::<(), ()>(&mut store, "outer")
        .unwrap();
    let err = outer.call(&mut store, ()).unwrap_err();
    assert_eq!(
        err.trap_code(),
        Some(TrapCode::UnreachableCodeReached),
        "{err}"
    );
}

#[test]
fn host_panic_is_resumed_after_the_wasm_call() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (import "host" "boom" (func $boom)) (func (export "run") call $boom))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let boom = Func::wrap(&mut store, || -> () { panic!("host panicked on purpose") })
        .expect("host function");
    let instance = Instance::new(&mut store, &module, &[boom.into()]).unwrap();
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let caught =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run.call(&mut store, ())));
    let payload = caught.expect_err("the panic must propagate");
    assert_eq!(
        payload.downcast_ref::<&str>(),
        Some(&"host panicked on purpose")
    );
    // The store still works afterwards.
    run.func().ty(&store);
}

#[test]
fn dynamic_calls_check_types_and_counts() {
    let engine = engine();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module (func (export "id") (param i64) (result i64) local.get 0))"#,
    );
    let f = instance.get_func(&mut store, "id").unwrap();
    let mut out = [Val::I64(0)];
    f.call(&mut store, &[Val::I64(-5)], &mut out).unwrap();
    assert_eq!(out[0], Val::I64(-5));
    assert!(matches!(
        f.call(&mut store, &[Val::I32(1)], &mut out),
        Err(Error::Type(_))
    ));
    assert!(matches!(
        f.call(&mut store, &[], &mut out),
        Err(Error::Type(_))
    ));
}

#[test]
fn malformed_and_invalid_modules_are_errors() {
    let engine = engine();
    for bytes in [
        &b"not wasm"[..],
        b"\0asm\x01\0\0\0\x01\x05",
        b"\0asm\x01\0\0\0\x0a\x04\x01\x02\x00\x6a",
    ] {
        match Module::from_binary(&engine, bytes) {
            Err(Error::Compile(trident::CompileError::Invalid(e))) => {
                assert!(!e.message.is_empty())
            }
            other => panic!(
                "expected an invalid-module error, got {:?}",
                other.map(|_| ())
            ),
        }
    }
}

#[test]
fn unknown_backend_is_a_config_error() {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend("nonesuch");
    assert!(matches!(Engine::new(&config), Err(Error::Config(_))));
}

#[test]
fn linker_resolves_imports_by_name_in_each_store() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (import "env" "add" (func $add (param i32 i32) (result i32)))
             (func (export "run") (result i32) i32.const 40 i32.const 2 call $add))"#,
    )
    .unwrap();
    let mut linker = trident::Linker::<u32>::new();
    linker.func_wrap(
        "env",
        "add",
        |mut caller: Caller<'_, u32>, a: i32, b: i32| {
            *caller.data_mut() += 1;
            a + b
        },
    );
    for _ in 0..2 {
        let mut store = Store::new(&engine, 0u32);
        let instance = linker.instantiate(&mut store, &module).unwrap();
        let run = instance
            .get_typed_func::<(), i32>(&mut store, "run")
            .unwrap();
        assert_eq!(run.call(&mut store, ()).unwrap(), 42);
        assert_eq!(*store.data(), 1);
    }
    let other = Module::new(&engine, r#"(module (import "env" "missing" (func)))"#).unwrap();
    let mut store = Store::new(&engine, 0u32);
    assert!(matches!(
        linker.instantiate(&mut store, &other),
        Err(Error::Link(trident::LinkError::Unknown { .. }))
    ));
}

/// The names of a trap's backtrace frames (`#index` for unnamed ones),
/// innermost first.
pub(crate) fn frame_names(err: &Error) -> Vec<String> {
    match err {
        Error::Trap(t) => t
            .backtrace
            .iter()
            .map(|f| {
                f.func_name
                    .clone()
                    .unwrap_or_else(|| format!("#{}", f.func_index))
            })
            .collect(),
        other => panic!("expected a trap, got {other}"),
    }
}

#[test]
fn traps_carry_a_wasm_backtrace_with_names() {
    let engine = engine();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module
             (func $c (param i32) (result i32) local.get 0 i32.const 0 i32.div_u)
             (func $b (param i32) (result i32) local.get 0 call $c i32.const 1 i32.add)
             (func $a (export "a") (param i32) (result i32) local.get 0 call $b i32.const 1 i32.add))"#,
    );
    let a = instance
        .get_typed_func::<i32, i32>(&mut store, "a")
        .unwrap();
    let err = a.call(&mut store, 7).unwrap_err();
    assert_eq!(err.trap_code(), Some(TrapCode::IntegerDivisionByZero));
    assert_eq!(frame_names(&err), ["c", "b", "a"], "{err}");
    let text = err.to_string();
    assert!(
        text.contains("wasm backtrace:") && text.contains("c (function 0)"),
        "{text}"
    );
}

/// Every back end's frames carry wasm offsets by default, and none with
/// `Config::generate_address_map(false)` (the same code otherwise).
#[test]
fn address_maps_are_on_by_default_and_can_be_left_out() {
    let wat = r#"(module
         (func $c (param i32) (result i32) local.get 0 i32.const 0 i32.div_u)
         (func $a (export "a") (param i32) (result i32) local.get 0 call $c i32.const 1 i32.add))"#;
    for backend in ["singlepass", "cranelift", "llvm"] {
        for keep in [true, false] {
            let mut config = Config::default();
            config
                .cache(false)
                .backend(backend)
                .generate_address_map(keep);
            let engine = Engine::new(&config).expect("engine");
            let (mut store, instance) = instantiate(&engine, wat);
            let a = instance
                .get_typed_func::<i32, i32>(&mut store, "a")
                .unwrap();
            let err = a.call(&mut store, 7).unwrap_err();
            let Error::Trap(t) = &err else {
                panic!("{backend}: expected a trap, got {err}")
            };
            let offsets: Vec<Option<u32>> = t.backtrace.iter().map(|f| f.wasm_offset).collect();
            assert!(!offsets.is_empty(), "{backend}: {err}");
            assert!(
                offsets.iter().all(|o| o.is_some() == keep),
                "{backend} (address map {keep}): {err}"
            );
        }
    }
}

#[test]
fn backtrace_spans_host_and_wasm_frames_three_deep() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module
             (import "host" "cb" (func $cb))
             (func $outer (export "outer") call $cb)
             (func $middle (export "middle") call $inner)
             (func $inner unreachable))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let cb = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, ()>| -> Result<(), Error> {
            let middle = caller
                .get_export("middle")
                .and_then(|e| e.into_func())
                .expect("middle");
            middle.call(&mut caller, &[], &mut [])
        },
    )
    .expect("host function");
    let instance = Instance::new(&mut store, &module, &[cb.into()]).unwrap();
    let outer = instance
        .get_typed_func::<(), ()>(&mut store, "outer")
        .unwrap();
    let err = outer.call(&mut store, ()).unwrap_err();
    assert_eq!(err.trap_code(), Some(TrapCode::UnreachableCodeReached));
    assert_eq!(frame_names(&err), ["inner", "middle", "outer"], "{err}");
}

#[test]
fn store_limits_cap_growth_and_instantiation() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (memory 1) (table 1 funcref)
             (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
             (func (export "tgrow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    store.set_limits(trident::StoreLimits {
        memory_bytes: 3 * 65536,
        table_elements: 5,
        instances: 1,
    });
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    let tgrow = instance
        .get_typed_func::<i32, i32>(&mut store, "tgrow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(
        grow.call(&mut store, 1).unwrap(),
        -1,
        "past the memory limit"
    );
    assert_eq!(tgrow.call(&mut store, 4).unwrap(), 1);
    assert_eq!(
        tgrow.call(&mut store, 1).unwrap(),
        -1,
        "past the table limit"
    );
    assert!(matches!(
        Instance::new(&mut store, &module, &[]),
        Err(Error::Limit(_))
    ));

    // A memory whose minimum is over the limit cannot be created.
    let big = Module::new(&engine, "(module (memory 4))").unwrap();
    let mut store = Store::new(&engine, ());
    store.set_limits(trident::StoreLimits {
        memory_bytes: 3 * 65536,
        ..Default::default()
    });
    assert!(matches!(
        Instance::new(&mut store, &big, &[]),
        Err(Error::Instantiation(_))
    ));
}

fn mapping_count() -> usize {
    std::fs::read_to_string("/proc/self/maps")
        .expect("/proc/self/maps")
        .lines()
        .count()
}

fn vm_size_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmSize:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmSize")
}

/// Runs in a child process of its own (see below), so that no other test's
/// mappings move the process's address-space size while it measures.
#[test]
fn ten_thousand_instances_child() {
    if std::env::var_os("TRIDENT_TEN_THOUSAND_CHILD").is_none() {
        return;
    }
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.bounds_checks(trident::BoundsChecks::Dynamic);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(
        &engine,
        r#"(module (memory (export "m") 1)
             (func (export "poke") (param i32) local.get 0 local.get 0 i32.store))"#,
    )
    .unwrap();
    let before = vm_size_kib();
    let maps_before = mapping_count();
    let mut store = Store::new(&engine, ());
    let mut instances = Vec::new();
    for i in 0..10_000 {
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let poke = instance
            .get_typed_func::<i32, ()>(&mut store, "poke")
            .unwrap();
        poke.call(&mut store, i * 4 % 65532).unwrap();
        instances.push(instance);
    }
    // All alive at once, each with its own memory.
    let last = instances[9_999].get_memory(&mut store, "m").unwrap();
    let at: i32 = 9_999 * 4; // below 65532, so the store above wrote here
    assert_eq!(last.data(&store)[at as usize], at as u8);
    let during = vm_size_kib();
    let maps_during = mapping_count();
    assert!(
        during > before + 10_000 * 64,
        "{before} KiB before, {during} KiB with 10,000 memories"
    );
    assert!(
        maps_during >= maps_before + 10_000,
        "{maps_before} mappings before, {maps_during} during"
    );
    drop(store);
    let after = vm_size_kib();
    let maps_after = mapping_count();
    // Every memory's reservation is unmapped again: the mappings are gone
    // and the address space shrank by at least what the memories reserved
    // (what stays is the allocator's heap, not memories).
    assert!(
        maps_after < maps_before + 100,
        "{maps_before} mappings before, {maps_after} after"
    );
    assert!(
        during - after >= 10_000 * 128,
        "{during} KiB during, {after} KiB after"
    );
    println!("TEN_THOUSAND_OK before={before}KiB during={during}KiB after={after}KiB maps {maps_before}/{maps_during}/{maps_after}");
}

#[test]
fn ten_thousand_instances_with_memories_then_all_returned() {
    let exe = std::env::current_exe().expect("current exe");
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "runtime::ten_thousand_instances_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("TRIDENT_TEN_THOUSAND_CHILD", "1")
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("TEN_THOUSAND_OK"),
        "child failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn repeated_lookups_reuse_handles() {
    let engine = engine();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module (memory (export "m") 1) (func (export "f")) (table (export "t") 1 funcref)
             (elem (i32.const 0) func 0))"#,
    );
    let m1 = instance.get_memory(&mut store, "m").unwrap();
    let f1 = instance.get_func(&mut store, "f").unwrap();
    for _ in 0..1000 {
        assert_eq!(instance.get_memory(&mut store, "m").unwrap(), m1);
        assert_eq!(instance.get_func(&mut store, "f").unwrap(), f1);
    }
    // The table holds the same function: reading it gives the same handle.
    let t = instance.get_table(&mut store, "t").unwrap();
    assert_eq!(t.get(&mut store, 0), Some(trident::Val::FuncRef(Some(f1))));
}

/// Extended constant expressions (`extended-const`) and `global.get` of
/// an earlier defined global, in global initializers and segment offsets,
/// on every back end, compiled in memory and through an artifact: the
/// runtime evaluates them (wrapping arithmetic), the same everywhere.
#[test]
fn extended_constant_expressions_initialize_globals_and_segments() {
    let wat = r#"(module
      (import "env" "base" (global $base i32))
      (global $a i32 (i32.add (global.get $base) (i32.const 5)))
      (global $b i64 (i64.mul (i64.const 0x100000000) (i64.const 0x100000001)))
      (global $c i32 (i32.sub (global.get $a) (i32.mul (i32.const 2) (i32.const 3))))
      (memory 1)
      (data (i32.add (global.get $c) (i32.const 10)) "\2a")
      (func (export "a") (result i32) global.get $a)
      (func (export "b") (result i64) global.get $b)
      (func (export "c") (result i32) global.get $c)
      (func (export "byte") (param i32) (result i32) local.get 0 i32.load8_u))"#;
    for backend in Config::available_backends() {
        let mut config = Config::default();
        config.backend(backend);
        let engine = Engine::new(&config).expect("engine");
        let compiled = Module::new(&engine, wat).expect("compile");
        let wasm = wat::parse_str(wat).expect("wat");
        let bytes = engine.precompile_module(&wasm).expect("precompile");
        // SAFETY: the artifact was just made by this engine.
        let loaded = unsafe { Module::deserialize(&engine, &bytes) }.expect("deserialize");
        for module in [compiled, loaded] {
            let mut store = Store::new(&engine, ());
            let base = trident::Global::new(
                &mut store,
                trident::GlobalType {
                    content: trident::ValType::I32,
                    mutable: false,
                },
                Val::I32(100),
            )
            .expect("global");
            let instance = Instance::new(&mut store, &module, &[base.into()]).expect("instantiate");
            let get = |store: &mut Store<()>, name: &str| {
                let f = instance.get_func(&mut *store, name).expect(name);
                let mut out = [Val::I32(0)];
                let r = f.call(&mut *store, &[], &mut out);
                r.map(|()| out[0]).expect(name)
            };
            assert_eq!(get(&mut store, "a"), Val::I32(105), "{backend}");
            // (2^32) * (2^32 + 1) wraps to 2^32.
            assert_eq!(get(&mut store, "b"), Val::I64(1 << 32), "{backend}");
            assert_eq!(get(&mut store, "c"), Val::I32(99), "{backend}");
            let byte = instance
                .get_typed_func::<i32, i32>(&mut store, "byte")
                .expect("byte");
            assert_eq!(byte.call(&mut store, 109).expect("load"), 42, "{backend}");
        }
    }
}

/// Multiple memories (`multi-memory`): an imported memory and two defined
/// ones, each with its own data, bounds, growth and size; loads, stores and
/// bulk operators name their memory, and `memory.copy` moves bytes between
/// two memories. On every back end and bounds-check style, compiled in
/// memory and loaded from an artifact.
#[test]
fn multiple_memories_are_separate_and_copy_between_each_other() {
    let wat = r#"(module
      (import "env" "mem" (memory $m0 1))
      (memory $m1 1 3)
      (memory $m2 2)
      (data (memory $m1) (i32.const 8) "\01\02\03\04")
      (data $passive "\aa\bb")
      (func (export "load1") (param i32) (result i32) (i32.load8_u $m1 (local.get 0)))
      (func (export "load2") (param i32) (result i32) (i32.load8_u $m2 (local.get 0)))
      (func (export "store2") (param i32 i32) (i32.store8 $m2 (local.get 0) (local.get 1)))
      (func (export "copy_1_to_2") (param i32 i32 i32)
        (memory.copy $m2 $m1 (local.get 0) (local.get 1) (local.get 2)))
      (func (export "fill0") (param i32 i32 i32)
        (memory.fill $m0 (local.get 0) (local.get 1) (local.get 2)))
      (func (export "init2") (param i32)
        (memory.init $m2 $passive (local.get 0) (i32.const 0) (i32.const 2)))
      (func (export "grow1") (param i32) (result i32) (memory.grow $m1 (local.get 0)))
      (func (export "sizes") (result i32 i32 i32)
        (memory.size $m0) (memory.size $m1) (memory.size $m2)))"#;
    let wasm = wat::parse_str(wat).expect("wat");
    for backend in Config::available_backends() {
        for bounds in [
            trident::BoundsChecks::Static,
            trident::BoundsChecks::Dynamic,
        ] {
            let mut config = Config::default();
            config.backend(backend).bounds_checks(bounds);
            let engine = Engine::new(&config).expect("engine");
            let compiled = Module::new(&engine, &wasm).expect("compile");
            let bytes = engine.precompile_module(&wasm).expect("precompile");
            // SAFETY: the artifact was just made by this engine.
            let loaded = unsafe { Module::deserialize(&engine, &bytes) }.expect("deserialize");
            for module in [compiled, loaded] {
                let at = format!("{backend}/{}", bounds.name());
                let mut store = Store::new(&engine, ());
                let mem0 = trident::Memory::new(
                    &mut store,
                    trident::MemoryType {
                        minimum: 1,
                        maximum: None,
                        memory64: false,
                        shared: false,
                    },
                )
                .expect("memory");
                let instance =
                    Instance::new(&mut store, &module, &[mem0.into()]).expect("instantiate");
                let f1 = |s: &mut Store<()>, name: &str| {
                    instance
                        .get_typed_func::<i32, i32>(&mut *s, name)
                        .expect(name)
                };
                let load1 = f1(&mut store, "load1");
                let load2 = f1(&mut store, "load2");
                let grow1 = f1(&mut store, "grow1");
                assert_eq!(load1.call(&mut store, 9).expect("load"), 2, "{at}");
                assert_eq!(load2.call(&mut store, 9).expect("load"), 0, "{at}");
                let store2 = instance
                    .get_typed_func::<(i32, i32), ()>(&mut store, "store2")
                    .expect("store2");
                store2
                    .call(&mut store, (131_071, 7))
                    .expect("last byte of m2");
                assert_eq!(load2.call(&mut store, 131_071).expect("load"), 7, "{at}");
                let e = load1.call(&mut store, 65_536).expect_err("m1 has one page");
                assert_eq!(e.trap_code(), Some(TrapCode::HeapOutOfBounds), "{at}");
                let copy = instance
                    .get_typed_func::<(i32, i32, i32), ()>(&mut store, "copy_1_to_2")
                    .expect("copy");
                copy.call(&mut store, (100, 8, 4)).expect("copy");
                for (k, want) in [1, 2, 3, 4].into_iter().enumerate() {
                    let got = load2.call(&mut store, 100 + k as i32).expect("load");
                    assert_eq!(got, want, "{at}: byte {k} copied from m1 to m2");
                }
                let e = copy
                    .call(&mut store, (131_070, 0, 4))
                    .expect_err("past the end of m2");
                assert_eq!(e.trap_code(), Some(TrapCode::HeapOutOfBounds), "{at}");
                let fill0 = instance
                    .get_typed_func::<(i32, i32, i32), ()>(&mut store, "fill0")
                    .expect("fill0");
                fill0.call(&mut store, (10, 0x5a, 3)).expect("fill");
                assert_eq!(&mem0.data(&store)[9..14], &[0, 0x5a, 0x5a, 0x5a, 0], "{at}");
                assert_eq!(
                    load1.call(&mut store, 11).expect("load"),
                    4,
                    "{at}: m1 untouched"
                );
                let init2 = instance
                    .get_typed_func::<i32, ()>(&mut store, "init2")
                    .expect("init2");
                init2.call(&mut store, 200).expect("init");
                assert_eq!(load2.call(&mut store, 201).expect("load"), 0xbb, "{at}");
                assert_eq!(grow1.call(&mut store, 2).expect("grow"), 1, "{at}");
                assert_eq!(grow1.call(&mut store, 1).expect("grow"), -1, "{at}: max 3");
                assert_eq!(
                    load1.call(&mut store, 3 * 65_536 - 1).expect("load"),
                    0,
                    "{at}"
                );
                let sizes = instance
                    .get_typed_func::<(), (i32, i32, i32)>(&mut store, "sizes")
                    .expect("sizes");
                assert_eq!(
                    sizes.call(&mut store, ()).expect("sizes"),
                    (1, 3, 2),
                    "{at}"
                );
            }
        }
    }
}

/// Table initializer expressions (`function-references`): every element
/// of a defined table starts as its initializer (here `ref.func`), which
/// `call_indirect` and `table.get` see; a table without one starts null.
/// On every back end, compiled in memory and loaded from an artifact.
#[test]
fn table_initializers_fill_every_element() {
    let wat = r#"(module
      (type $t (func (result i32)))
      (func $seven (type $t) (i32.const 7))
      (table $full 3 funcref (ref.func $seven))
      (table $empty 2 funcref)
      (func (export "call") (param i32) (result i32)
        (call_indirect $full (type $t) (local.get 0)))
      (func (export "empty_is_null") (result i32)
        (ref.is_null (table.get $empty (i32.const 1)))))"#;
    let wasm = wat::parse_str(wat).expect("wat");
    for backend in Config::available_backends() {
        let mut config = Config::default();
        config.backend(backend);
        let engine = Engine::new(&config).expect("engine");
        let compiled = Module::new(&engine, &wasm).expect("compile");
        let bytes = engine.precompile_module(&wasm).expect("precompile");
        // SAFETY: the artifact was just made by this engine.
        let loaded = unsafe { Module::deserialize(&engine, &bytes) }.expect("deserialize");
        for module in [compiled, loaded] {
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
            let call = instance
                .get_typed_func::<i32, i32>(&mut store, "call")
                .expect("call");
            for i in 0..3 {
                assert_eq!(call.call(&mut store, i).expect("call"), 7, "{backend}: {i}");
            }
            let e = call.call(&mut store, 3).expect_err("past the table");
            assert_eq!(e.trap_code(), Some(TrapCode::TableOutOfBounds), "{backend}");
            let empty = instance
                .get_typed_func::<(), i32>(&mut store, "empty_is_null")
                .expect("empty_is_null");
            assert_eq!(empty.call(&mut store, ()).expect("get"), 1, "{backend}");
        }
    }
}

#[test]
fn compile_progress_reports_growing_counts_up_to_every_function() {
    let wat = format!(
        "(module {})",
        (0..40)
            .map(|i| format!("(func (export \"f{i}\") (result i32) i32.const {i})"))
            .collect::<String>()
    );
    for backend in Config::available_backends() {
        let mut config = Config::default();
        config.backend(backend).cache(false);
        let engine = Engine::new(&config).expect("engine");
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = seen.clone();
        engine.set_compile_progress(Some(std::sync::Arc::new(
            move |p: trident::CompileProgress| {
                sink.lock()
                    .expect("lock")
                    .push((p.functions_done, p.functions));
            },
        )));
        Module::new(&engine, &wat).expect("module");
        let log = seen;
        let seen = log.lock().expect("lock").clone();
        assert!(!seen.is_empty(), "{backend}: no progress reported");
        assert!(
            seen.iter().all(|&(_, all)| all == 40),
            "{backend}: {seen:?}"
        );
        assert!(
            seen.windows(2).all(|w| w[0].0 < w[1].0),
            "{backend}: counts do not grow: {seen:?}"
        );
        assert_eq!(seen.last().map(|p| p.0), Some(40), "{backend}: {seen:?}");
        // Off again: nothing more is reported.
        engine.set_compile_progress(None);
        Module::new(&engine, "(module (func))").expect("module");
        assert_eq!(log.lock().expect("lock").len(), seen.len(), "{backend}");
    }
}
