//! Differential testing: random Wasm 2.0 modules (wasm-smith, SIMD
//! included, termination ensured by wasm-smith's fuel global) run on singlepass and
//! on Cranelift must give identical results, traps, globals and memory.
//!
//! Both engines canonicalize NaNs, so float results compare bit for bit.
//! Both also count fuel (with plenty to spare), so the fuel code runs on
//! every path, and the fuel each call that returns used must be the same
//! (bulk memory and table operators included, whose length the runtime
//! charges); exact amounts are checked in the integration tests
//! (`tests/tests/integration/interrupts.rs`). Fuel after a trap is not
//! compared: the contract leaves it unflushed there.
//! Every export is called once, in export order, with zero arguments, on
//! the same instance. On x86-64, seeds run singlepass in turn with the
//! host's features (AVX2 or AVX encodings on such a machine), with
//! `-avx2` (AVX without AVX2) and with `-avx` (the SSE4.1 encodings), so
//! every code path is compared against Cranelift. CI runs 500 modules; set `TRIDENT_DIFF_MODULES` for
//! more (e.g. 5000), and `TRIDENT_DIFF_DUMP=DIR` to keep mismatching
//! modules as `DIR/seed-N.wasm`.
//!
//! Relaxed SIMD has no independent reference (each engine may choose
//! another of the results the proposal allows); Trident's choice is
//! deterministic, the same bits on every back end and ISA. So modules
//! with relaxed SIMD are compared between singlepass and Cranelift, and
//! each one's events are hashed into `tests/relaxed-digests.txt`, blessed
//! on x86-64 (`TRIDENT_BLESS=1`): a run on AArch64 (under qemu, `make
//! unit-aarch64`) must find the same digests, which compares the two ISAs'
//! results without running them side by side.

use arbitrary::Unstructured;
use std::panic::{self, AssertUnwindSafe};
use trident::{Config, Engine, Extern, Instance, Module, Store, Val};

/// Modules checked unless `TRIDENT_DIFF_MODULES` says otherwise.
const DEFAULT_MODULES: u64 = 500;

fn smith_config(relaxed_simd: bool) -> wasm_smith::Config {
    wasm_smith::Config {
        simd_enabled: true,
        relaxed_simd_enabled: relaxed_simd,
        threads_enabled: false,
        exceptions_enabled: false,
        gc_enabled: false,
        tail_call_enabled: false,
        memory64_enabled: false,
        extended_const_enabled: false,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        multi_value_enabled: true,
        bulk_memory_enabled: true,
        reference_types_enabled: true,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        max_imports: 0,
        max_memories: 1,
        max_tables: 2,
        max_memory32_bytes: 1 << 20,
        max_table_elements: 1000,
        min_funcs: 5,
        max_funcs: 20,
        max_instructions: 300,
        export_everything: true,
        ..Default::default()
    }
}

/// Deterministic bytes for module `seed` (xorshift64*).
fn entropy(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

fn generate(seed: u64, relaxed_simd: bool) -> Option<Vec<u8>> {
    let data = entropy(seed, 16 * 1024);
    let mut u = Unstructured::new(&data);
    let mut m = wasm_smith::Module::new(smith_config(relaxed_simd), &mut u).ok()?;
    m.ensure_termination(2000).ok()?;
    Some(m.to_bytes())
}

fn engine(backend: &str, cpu_features: &str) -> Engine {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend(backend)
        .cpu_features(cpu_features)
        .nan_canonicalization(true)
        .consume_fuel(true)
        .max_wasm_stack(4 << 20);
    Engine::new(&config).expect("engine")
}

fn show(v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32:{x}"),
        Val::I64(x) => format!("i64:{x}"),
        Val::F32(x) => format!("f32:{x:#x}"),
        Val::F64(x) => format!("f64:{x:#x}"),
        Val::V128(x) => format!("v128:{x:#x}"),
        Val::FuncRef(f) => format!("funcref:{}", f.is_some()),
        Val::ExternRef(e) => format!("externref:{}", e.is_some()),
    }
}

/// Everything observable about running `wasm`: one line per event.
fn run(engine: &Engine, wasm: &[u8]) -> Result<Vec<String>, String> {
    let module = Module::new(engine, wasm).map_err(|e| format!("compile: {e}"))?;
    let mut store = Store::new(engine, ());
    store.set_fuel(1 << 40);
    let mut log = Vec::new();
    let instance = match Instance::new(&mut store, &module, &[]) {
        Ok(i) => i,
        Err(e) => {
            log.push(format!("instantiate: {:?}", e.trap_code()));
            return Ok(log);
        }
    };
    let exports = instance.exports(&mut store);
    for (name, ext) in &exports {
        let Extern::Func(f) = ext else { continue };
        let ty = f.ty(&store);
        let params: Vec<Val> = ty.params.iter().map(|t| Val::default_for(*t)).collect();
        let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
        let before = store.fuel();
        match f.call(&mut store, &params, &mut results) {
            Ok(()) => {
                let r: Vec<String> = results.iter().map(show).collect();
                let used = before - store.fuel();
                log.push(format!("{name}: {} (fuel {used})", r.join(" ")));
            }
            Err(e) => log.push(format!("{name}: trap {:?}", e.trap_code())),
        }
    }
    for (name, ext) in &exports {
        match ext {
            Extern::Global(g) => log.push(format!("global {name}: {}", show(&g.get(&mut store)))),
            Extern::Memory(m) => {
                let data = m.data(&store);
                let hash = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
                });
                log.push(format!(
                    "memory {name}: {} bytes, fnv {hash:#x}",
                    data.len()
                ));
            }
            _ => {}
        }
    }
    Ok(log)
}

#[test]
fn singlepass_matches_cranelift_on_random_modules() {
    let n: u64 = std::env::var("TRIDENT_DIFF_MODULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_MODULES);
    // Deep wasm recursion needs more than the test thread's default stack.
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || check(n))
        .expect("spawn");
    handle.join().expect("differential run panicked");
}

/// Singlepass with each encoding variant (x86-64: the host's, `-avx2`,
/// `-avx`; seed `n` uses variant `n % 3`), and Cranelift.
fn engines() -> (Vec<Engine>, Engine) {
    let x64 = cfg!(target_arch = "x86_64");
    let singlepass = ["", "-avx2", "-avx"]
        .iter()
        .map(|f| engine("singlepass", if x64 { f } else { "" }))
        .collect();
    (singlepass, engine("cranelift", ""))
}

fn check(n: u64) {
    let (singlepass, cranelift) = engines();
    let (mut generated, mut compiled, mut compared) = (0u64, 0u64, 0u64);
    let (mut calls, mut traps) = (0usize, 0usize);
    let mut mismatches = Vec::new();
    for seed in 0..n {
        let Some(wasm) = generate(seed, false) else {
            continue;
        };
        generated += 1;
        let single = &singlepass[(seed % 3) as usize];
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            (run(single, &wasm), run(&cranelift, &wasm))
        }));
        let (s, c) = outcome.unwrap_or_else(|_| panic!("seed {seed}: panic"));
        if s.is_ok() {
            compiled += 1;
        }
        let (s, c) = match (s, c) {
            (Ok(s), Ok(c)) => (s, c),
            (Err(e), Ok(_)) => {
                mismatches.push(format!("seed {seed}: singlepass failed: {e}"));
                continue;
            }
            // Cranelift rejected it too (or only it did): not comparable.
            (_, Err(_)) => continue,
        };
        compared += 1;
        calls += s
            .iter()
            .filter(|e| !e.starts_with("global") && !e.starts_with("memory"))
            .count();
        traps += s.iter().filter(|e| e.contains("trap")).count();
        if s != c {
            let first = s
                .iter()
                .zip(&c)
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("singlepass `{a}` vs cranelift `{b}`"))
                .unwrap_or_else(|| format!("{} vs {} events", s.len(), c.len()));
            mismatches.push(format!("seed {seed}: {first}"));
            if let Ok(dir) = std::env::var("TRIDENT_DIFF_DUMP") {
                let path = std::path::Path::new(&dir).join(format!("seed-{seed}.wasm"));
                std::fs::write(&path, &wasm).expect("write the mismatching module");
            }
        }
    }
    println!(
        "{generated} modules generated, {compiled} compiled on singlepass, {compared} compared \
         ({calls} export calls, {traps} of them trapped), {} mismatches",
        mismatches.len()
    );
    assert!(
        generated >= n * 9 / 10,
        "only {generated} of {n} modules generated"
    );
    assert!(
        compiled * 100 >= generated * 95,
        "only {compiled} of {generated} modules compiled on singlepass"
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// Modules with relaxed SIMD checked unless `TRIDENT_RELAXED_MODULES` says
/// otherwise (the digest file holds 5,000).
const DEFAULT_RELAXED_MODULES: u64 = 200;

/// FNV-1a of a run's events.
fn digest(events: &[String]) -> u64 {
    events
        .join("\n")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
}

/// Whether `wasm` has a relaxed SIMD operator.
fn uses_relaxed_simd(wasm: &[u8]) -> bool {
    trident_compiler::wasmparser::Parser::new(0)
        .parse_all(wasm)
        .filter_map(Result::ok)
        .any(|p| match p {
            trident_compiler::wasmparser::Payload::CodeSectionEntry(body) => body
                .get_operators_reader()
                .map(|mut ops| {
                    let mut found = false;
                    while !ops.eof() {
                        match ops.read() {
                            Ok(op) => {
                                found |= trident_compiler::operators::is_relaxed_simd_operator(&op)
                            }
                            Err(_) => break,
                        }
                    }
                    found
                })
                .unwrap_or(false),
            _ => false,
        })
}

#[test]
fn relaxed_simd_gives_the_same_bits_on_every_back_end_and_isa() {
    let n: u64 = std::env::var("TRIDENT_RELAXED_MODULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RELAXED_MODULES);
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || check_relaxed(n))
        .expect("spawn");
    handle.join().expect("relaxed run panicked");
}

fn check_relaxed(n: u64) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relaxed-digests.txt");
    let bless = std::env::var_os("TRIDENT_BLESS").is_some() && cfg!(target_arch = "x86_64");
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    let golden: std::collections::BTreeMap<u64, String> = golden
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (seed, d) = l.split_once(' ')?;
            Some((seed.parse().ok()?, d.to_string()))
        })
        .collect();
    let (singlepass, cranelift) = engines();
    let (mut with_relaxed, mut compared) = (0u64, 0u64);
    let mut problems = Vec::new();
    let mut blessed = vec![
        "# `seed digest` of the events of wasm-smith module `seed` with relaxed SIMD".to_string(),
        "# (backends/singlepass/tests/differential.rs; `-` when none is generated or".to_string(),
        "# Cranelift refuses it). Blessed on x86-64 with TRIDENT_BLESS=1.".to_string(),
    ];
    for seed in 0..n {
        let line = match generate(seed, true) {
            None => "-".to_string(),
            Some(wasm) => {
                let relaxed = uses_relaxed_simd(&wasm);
                with_relaxed += u64::from(relaxed);
                let single = &singlepass[(seed % 3) as usize];
                let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
                    (run(single, &wasm), run(&cranelift, &wasm))
                }));
                let (s, c) = outcome.unwrap_or_else(|_| panic!("seed {seed}: panic"));
                match (s, c) {
                    (Ok(s), Ok(c)) => {
                        compared += 1;
                        if s != c {
                            problems.push(format!("seed {seed}: singlepass and Cranelift differ"));
                        }
                        format!("{:016x}", digest(&c))
                    }
                    (Err(e), Ok(_)) => {
                        problems.push(format!("seed {seed}: singlepass failed: {e}"));
                        continue;
                    }
                    (_, Err(_)) => "-".to_string(),
                }
            }
        };
        if bless {
            blessed.push(format!("{seed} {line}"));
        } else if golden.get(&seed) != Some(&line) {
            problems.push(format!(
                "seed {seed}: digest {line}, blessed {} (`TRIDENT_BLESS=1` on x86-64 after an intended change)",
                golden.get(&seed).map_or("nothing", String::as_str)
            ));
        }
    }
    if bless {
        std::fs::write(&path, blessed.join("\n") + "\n").expect("write the digests");
    }
    println!(
        "relaxed SIMD: {n} seeds, {with_relaxed} modules with relaxed operators, {compared} \
         compared on singlepass and Cranelift, {} problems",
        problems.len()
    );
    assert!(
        with_relaxed * 4 >= n,
        "only {with_relaxed} of {n} modules use relaxed SIMD"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The bulk operators' fuel, exactly, on singlepass and Cranelift alike
/// (on AArch64 too, under qemu): three operands and the fixed cost (4),
/// plus one per started 64 bytes or 8 elements charged by the runtime; a
/// copy the store cannot pay for traps `OutOfFuel` and writes nothing.
#[test]
fn bulk_operators_cost_their_length_on_singlepass_and_cranelift() {
    let wat = r#"(module
      (memory (export "memory") 2)
      (table 40 funcref)
      (func (export "copy1k") i32.const 0 i32.const 4096 i32.const 1024 memory.copy)
      (func (export "copy64k") i32.const 65536 i32.const 0 i32.const 65536 memory.copy)
      (func (export "fill") i32.const 7 i32.const 171 i32.const 65 memory.fill)
      (func (export "table_fill") i32.const 0 ref.null func i32.const 9 table.fill))"#;
    for backend in ["singlepass", "cranelift"] {
        let engine = engine(backend, "");
        let module = Module::new(&engine, wat).expect("module");
        let mut store = Store::new(&engine, ());
        store.set_fuel(1 << 20);
        let instance = Instance::new(&mut store, &module, &[]).expect("instance");
        for (name, expected) in [
            ("copy1k", 20),
            ("copy64k", 1028),
            ("fill", 6),
            ("table_fill", 6),
        ] {
            let f = instance
                .get_typed_func::<(), ()>(&mut store, name)
                .expect("export");
            let before = store.fuel();
            f.call(&mut store, ()).expect("call");
            assert_eq!(before - store.fuel(), expected, "{backend} {name}");
        }
        // 4 units for the operands and fixed cost, then one short of the 2
        // chunks of the 65-byte fill of 0xab at 7.
        let fill = instance
            .get_typed_func::<(), ()>(&mut store, "fill")
            .expect("export");
        let memory = instance.get_memory(&mut store, "memory").expect("memory");
        memory.data_mut(&mut store)[7..72].fill(0);
        store.set_fuel(5);
        let err = fill.call(&mut store, ()).expect_err("out of fuel");
        assert_eq!(
            err.trap_code(),
            Some(trident::TrapCode::OutOfFuel),
            "{backend}"
        );
        assert_eq!(store.fuel(), 1, "{backend}: the fill must not consume");
        assert!(
            memory.data(&store)[7..72].iter().all(|b| *b == 0),
            "{backend}: the fill wrote"
        );
    }
}
