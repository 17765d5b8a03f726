//! The artifact target: artifacts mutated at the byte level, loaded,
//! instantiated and (when their code counts fuel) run.
//!
//! Base artifacts (made once per process): a module that uses every kind
//! of import, export, segment, constant expression and reference,
//! compiled by each back end with default options and with dynamic bounds
//! checks plus fuel and epoch checks; and, for one input in eight, a
//! wasm-smith module compiled by singlepass with fuel checks. The input
//! picks a base, whether the artifact is signed, and 1-8 mutations:
//! * with the checksum repaired (the test-only re-sealing hook
//!   `reseal_checksum_for_tests`, the one the mutation test uses) and the
//!   signature made again, so the mutation reaches the decoder and the
//!   validation: bit flips, byte overwrites, insertions and deletions in
//!   the header, metadata and data segments (never in the machine code:
//!   code is code, see the README);
//! * without repair, anywhere: bit flips, truncation, bytes appended
//!   (these must end at the checksum, the signature or the header checks).
//!
//! Checked: loading ends in a typed error or in a module that
//! instantiates and runs (traps are fine): no panic, no signal, no hang
//! (a run is bounded by fuel; artifacts without fuel checks are loaded
//! and instantiated only). A signed artifact is verified first with the
//! signer's key, and a mutated one must not verify unless the mutation
//! was re-signed.

use crate::stats;
use arbitrary::Unstructured;
use std::sync::OnceLock;
use trident::artifact::{self, signature};
use trident::{
    BoundsChecks, Config, Engine, Extern, Global, GlobalType, Instance, Linker, Module, Store, Val,
    ValType,
};

/// The module every base artifact is compiled from.
pub const MODULE: &str = r#"(module
  (type $un (func (param i32) (result i32)))
  (import "env" "double" (func $double (type $un)))
  (import "env" "seed" (global $seed i32))
  (memory (export "memory") 1 3)
  (table $funcs (export "funcs") 3 6 funcref)
  (table $refs 1 externref)
  (global $count (export "count") (mut i32) (global.get $seed))
  (global $self funcref (ref.func $inc))
  (global $big (export "big") i64 (i64.const 0x123456789))
  (global $half f32 (f32.const 0.5))
  (global $lanes (export "lanes") v128 (v128.const i64x2 1 -1))
  (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
  (func $twice (type $un) (call $double (call $double (local.get 0))))
  (func $start (global.set $count (i32.add (global.get $count) (i32.const 1))))
  (func (export "dispatch") (param i32 i32) (result i32)
    (call_indirect (type $un) (local.get 1) (local.get 0)))
  (func (export "checksum") (result i32) (local $i i32) (local $acc i32)
    (loop $next
      (local.set $acc (i32.xor (i32.rotl (local.get $acc) (i32.const 5))
                               (i32.load8_u (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 64))))
    (local.get $acc))
  (func (export "bulk") (result i32)
    (memory.init $passive (i32.const 128) (i32.const 0) (i32.const 6))
    (data.drop $passive)
    (memory.copy (i32.const 256) (i32.const 128) (i32.const 6))
    (memory.fill (i32.const 512) (i32.const 7) (i32.const 32))
    (table.init $funcs $later (i32.const 1) (i32.const 0) (i32.const 2))
    (elem.drop $later)
    (table.copy $funcs $funcs (i32.const 0) (i32.const 1) (i32.const 2))
    (i32.load (i32.const 256)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "self") (result funcref) (global.get $self))
  (func (export "keep") (param externref) (table.set $refs (i32.const 0) (local.get 0)))
  (func (export "scale") (param f32) (result f32) (f32.mul (local.get 0) (global.get $half)))
  (func (export "lanes_sum") (result i64)
    (i64.add (i64x2.extract_lane 0 (global.get $lanes))
             (i64x2.extract_lane 1 (global.get $lanes))))
  (start $start)
  (elem (table $funcs) (i32.const 0) func $inc $twice)
  (elem $later funcref (ref.func $twice) (ref.null func))
  (elem declare func $start)
  (data (memory 0) (i32.const 0) "trident artifact fuzzing")
  (data $passive "\de\ad\be\ef\00\01"))"#;

/// The signer of signed base artifacts.
fn key() -> signature::PrivateKey {
    signature::PrivateKey::from_bytes(&[0x42; 32])
}

fn config(backend: &str, dynamic: bool) -> Config {
    let mut c = Config::default();
    c.backend(backend).cache(false);
    if dynamic {
        c.bounds_checks(BoundsChecks::Dynamic)
            .consume_fuel(true)
            .epoch_interruption(true);
    }
    c
}

/// Every back end's artifact of [`MODULE`], default and dynamic+fuel.
pub fn bases() -> &'static [(String, Vec<u8>)] {
    static B: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    B.get_or_init(|| {
        let wasm = wat::parse_str(MODULE).expect("module");
        let mut out = Vec::new();
        for backend in ["cranelift", "singlepass", "llvm"] {
            for dynamic in [false, true] {
                let engine = Engine::new(&config(backend, dynamic)).expect("engine");
                let bytes = engine.precompile_module(&wasm).expect("compile");
                let what = if dynamic { "dynamic+fuel" } else { "static" };
                out.push((format!("{backend} {what}"), bytes));
            }
        }
        out
    })
}

fn singlepass_fuel() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(&config("singlepass", true)).expect("engine"))
}

/// Applies the mutations `u` chooses; returns whether any was applied
/// without repairing the checksum.
fn mutate(bytes: &mut Vec<u8>, span: std::ops::Range<usize>, u: &mut Unstructured<'_>) -> bool {
    let mut unrepaired = false;
    let n = u.int_in_range(1..=8u8).unwrap_or(1);
    for _ in 0..n {
        let span_len = span.end.min(bytes.len()).saturating_sub(span.start);
        let op = u.int_in_range(0..=7u8).unwrap_or(0);
        if span_len == 0 || bytes.is_empty() {
            break;
        }
        let in_span = span.start + u.choose_index(span_len).unwrap_or(0);
        match op {
            0 | 1 => bytes[in_span] ^= 1 << u.int_in_range(0..=7u8).unwrap_or(0),
            2 => bytes[in_span] = u.arbitrary().unwrap_or(0xff),
            3 => bytes.insert(in_span, u.arbitrary().unwrap_or(0)),
            4 => {
                bytes.remove(in_span);
            }
            5 => {
                let at = u.choose_index(bytes.len()).unwrap_or(0);
                bytes[at] ^= 1 << u.int_in_range(0..=7u8).unwrap_or(0);
                unrepaired = true;
            }
            6 => {
                let len = u.choose_index(bytes.len()).unwrap_or(0);
                bytes.truncate(len);
                unrepaired = true;
            }
            _ => {
                let extra: Vec<u8> = u.arbitrary().unwrap_or_default();
                bytes.extend_from_slice(&extra);
                unrepaired = true;
            }
        }
    }
    unrepaired
}

/// An engine that loads artifacts with `header`'s back end, options and
/// features, without a compiler or a cache (shared with the artifact
/// mutation test).
pub fn engine_for(header: &artifact::ArtifactHeader) -> Engine {
    let o = &header.options;
    let mut config = Config::default();
    config
        .backend(&header.backend)
        .opt_level(o.opt_level)
        .bounds_checks(o.bounds_checks)
        .nan_canonicalization(o.nan_canonicalization)
        .consume_fuel(o.consume_fuel)
        .epoch_interruption(o.epoch_interruption)
        .cache(false);
    config.features = header.features;
    Engine::without_compiler(&config)
}

/// What loading and running `bytes` ended in: `Ok` with a log of the
/// calls, or the typed error's text.
pub fn load_and_run(bytes: &[u8]) -> Result<String, String> {
    let (header, _) = artifact::read_artifact_header(bytes).map_err(|e| e.to_string())?;
    let o = &header.options;
    let engine = engine_for(&header);
    // SAFETY: the point of the target: a mutated artifact must be refused
    // or run without a crash. Only its metadata is mutated when the
    // checksum is repaired; the code is the compiler's own.
    let module = unsafe { Module::deserialize(&engine, bytes) }.map_err(|e| e.to_string())?;
    let mut store = Store::new(&engine, ());
    store.set_fuel(200_000);
    store.set_epoch_deadline(u64::MAX / 2);
    let mut linker: Linker<()> = Linker::new();
    linker.func_wrap("env", "double", |x: i32| x.wrapping_mul(2));
    let seed = Global::new(
        &mut store,
        GlobalType {
            content: ValType::I32,
            mutable: false,
        },
        Val::I32(5),
    )
    .map_err(|e| e.to_string())?;
    linker.define("env", "seed", seed);
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| format!("instantiate: {e}"))?;
    if !o.consume_fuel {
        return Ok(String::new());
    }
    Ok(exercise_exports(&mut store, &instance))
}

/// Calls every exported function once with default arguments and reads
/// every other export (globals, the first table elements, memory sizes),
/// touching every function reference met on the way: what a mutated
/// artifact's module must survive. Returns `name:ok` per call, in order.
/// Shared with the artifact mutation test (tests/integration/mutations.rs).
pub fn exercise_exports<T>(store: &mut Store<T>, instance: &Instance) -> String {
    let mut log = String::new();
    for (name, ext) in instance.exports(&mut *store) {
        match ext {
            Extern::Func(f) => {
                let ty = f.ty(&*store);
                let params: Vec<Val> = ty.params.iter().map(|t| Val::default_for(*t)).collect();
                let mut results: Vec<Val> =
                    ty.results.iter().map(|t| Val::default_for(*t)).collect();
                let r = f.call(&mut *store, &params, &mut results);
                log.push_str(&format!("{name}:{} ", r.is_ok()));
                for v in results {
                    if let Val::FuncRef(Some(f)) = v {
                        let _ = f.ty(&*store);
                    }
                }
            }
            Extern::Global(g) => {
                let _ = g.get(&mut *store);
            }
            Extern::Table(t) => {
                for i in 0..t.size(&*store).min(16) {
                    if let Some(Val::FuncRef(Some(f))) = t.get(&mut *store, i) {
                        let _ = f.ty(&*store);
                    }
                }
            }
            Extern::Memory(m) => {
                let _ = m.size(&*store);
            }
        }
    }
    log
}

/// Runs one input; panics on a bug (a crash ends the process, which the
/// fuzzer or the bounded run reports).
pub fn check(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let choice: u8 = u.arbitrary().unwrap_or(0);
    let signed: bool = u.arbitrary().unwrap_or(false);
    let base = if choice % 8 == 7 {
        let Some(wasm) = crate::smith::module(&mut u, 0) else {
            return;
        };
        match singlepass_fuel().precompile_module(&wasm) {
            Ok(b) => b,
            Err(_) => return,
        }
    } else {
        let b = bases();
        b[usize::from(choice) % b.len()].1.clone()
    };
    let (header, parts) = artifact::read_artifact(&base).expect("a base artifact reads");
    let span = artifact::artifact::metadata_span_for_tests(&header, &parts);
    let mut bytes = base;
    let unrepaired = mutate(&mut bytes, span, &mut u);
    if !unrepaired {
        artifact::artifact::reseal_checksum_for_tests(&mut bytes);
    }
    if signed {
        if unrepaired {
            // Sign the original, then damage it: verification must fail.
            let mut good = signature::sign_artifact(&bytes, &key()).ok();
            if let Some(g) = good.as_mut() {
                let at = usize::from(choice) % g.len();
                g[at] ^= 0x10;
                let ok = signature::verify_artifact(g, &[key().verifying_key()]).is_ok();
                assert!(!ok, "a damaged signed artifact verifies");
            }
        } else if let Ok(s) = signature::sign_artifact(&bytes, &key()) {
            signature::verify_artifact(&s, &[key().verifying_key()])
                .unwrap_or_else(|e| panic!("a freshly signed artifact fails to verify: {e}"));
            bytes = s;
        }
    }
    stats::count_module("artifact");
    if load_and_run(&bytes).is_ok() {
        stats::count_calls("artifact loaded and ran", 1);
    }
}
