//! The differential target: a wasm-smith module (see [`crate::smith`]:
//! Wasm 2.0 with SIMD, terminating, NaNs canonicalized by the module's own
//! code) runs on Trident's three back ends and on an independent
//! reference, the `wasmi` interpreter, and everything observable must be
//! equal.
//!
//! What is compared, per engine, as one list of events:
//! * whether the module compiles (a module the reference accepts must
//!   compile on every back end, and the other way round);
//! * instantiation (the start function's trap, by kind);
//! * every exported function, called [`ROUNDS`] times (rounds in name
//!   order) on the same instance with arguments derived from the input
//!   and the call's number (the same on every
//!   engine): its results, bit for bit (floats and vectors included: the
//!   module canonicalizes its NaNs, so NaN bits are deterministic), or its
//!   trap's kind (references by nullness only);
//! * then every exported global's value, every exported memory's length
//!   and contents (FNV-1a hash), every exported table's size and which
//!   elements are null.
//!
//! Stack exhaustion is the one legitimate difference (each engine has its
//! own frame sizes and limits): from the first event where any engine
//! reports a stack overflow, the rest of the lists is not compared.
//!
//! Which variant of each back end runs is chosen by the input's first
//! byte: static or dynamic bounds checks, and for singlepass on x86-64 the
//! host's features, `-avx2` (AVX encodings) or `-avx` (SSE4.1 encodings).
//! Trident's own NaN canonicalization is off (the module does it), so the
//! back ends' plain float code is what runs.

use crate::stats;
use arbitrary::Unstructured;
use std::sync::OnceLock;
use trident::{BoundsChecks, Config, Engine, Extern, Instance, Module, Store, TrapCode, Val};
use trident_types::ValType;

/// The back ends compared with the reference, in report order.
pub const BACKENDS: [&str; 3] = ["cranelift", "singlepass", "llvm"];

/// Singlepass CPU-feature variants (x86-64 only).
const SINGLEPASS_FEATURES: [&str; 3] = ["", "-avx2", "-avx"];

/// One engine per back end, bounds style and (singlepass) feature set.
struct Engines {
    /// `[bounds][backend]`; singlepass is `singlepass[bounds][features]`.
    cranelift: [Engine; 2],
    llvm: [Engine; 2],
    singlepass: [[Engine; 3]; 2],
    /// The reference's configuration (a fresh engine per input: a wasmi
    /// engine keeps the code of every module it made).
    reference: wasmi::Config,
}

fn engine(backend: &str, bounds: BoundsChecks, cpu_features: &str) -> Engine {
    let mut c = Config::default();
    c.backend(backend)
        .bounds_checks(bounds)
        .cache(false)
        .max_wasm_stack(2 << 20);
    c.features = crate::smith::trident_features();
    if cfg!(target_arch = "x86_64") {
        c.cpu_features(cpu_features);
    }
    Engine::new(&c).expect("engine")
}

fn engines() -> &'static Engines {
    static E: OnceLock<Engines> = OnceLock::new();
    E.get_or_init(|| {
        let styles = [BoundsChecks::Static, BoundsChecks::Dynamic];
        let mut reference = crate::smith::wasmi_config();
        reference.set_max_recursion_depth(100_000);
        reference.set_max_stack_height(64 << 20);
        Engines {
            cranelift: styles.map(|s| engine("cranelift", s, "")),
            llvm: styles.map(|s| engine("llvm", s, "")),
            singlepass: styles.map(|s| SINGLEPASS_FEATURES.map(|f| engine("singlepass", s, f))),
            reference,
        }
    })
}

/// An argument, the same for every engine.
#[derive(Clone, Copy, Debug)]
enum Arg {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    Null,
}

/// splitmix64.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Argument `param` of export `export`, of type `ty`: boundary values
/// half of the time, random bits otherwise.
fn arg(seed: u64, export: usize, param: usize, ty: ValType) -> Arg {
    let r = mix(seed ^ mix(((export as u64) << 32) | param as u64));
    let pick = r & 0xf;
    let bits = mix(r);
    const I32S: [i32; 8] = [0, 1, -1, i32::MIN, i32::MAX, 65536, 65535, 8];
    const I64S: [i64; 8] = [0, 1, -1, i64::MIN, i64::MAX, 1 << 32, u32::MAX as i64, 8];
    const F32S: [u32; 8] = [
        0,
        0x8000_0000,
        0x3f80_0000,
        0x7f80_0000,
        0xff80_0000,
        0x7fc0_0000,
        0x4f00_0000,
        0x0000_0001,
    ];
    const F64S: [u64; 8] = [
        0,
        0x8000_0000_0000_0000,
        0x3ff0_0000_0000_0000,
        0x7ff0_0000_0000_0000,
        0xfff0_0000_0000_0000,
        0x7ff8_0000_0000_0000,
        0x43e0_0000_0000_0000,
        1,
    ];
    let boundary = pick < 8;
    let i = pick as usize & 7;
    match ty {
        ValType::I32 if boundary => Arg::I32(I32S[i]),
        ValType::I32 => Arg::I32(bits as i32),
        ValType::I64 if boundary => Arg::I64(I64S[i]),
        ValType::I64 => Arg::I64(bits as i64),
        ValType::F32 if boundary => Arg::F32(F32S[i]),
        ValType::F32 => Arg::F32(bits as u32),
        ValType::F64 if boundary => Arg::F64(F64S[i]),
        ValType::F64 => Arg::F64(bits),
        ValType::V128 if boundary => {
            Arg::V128(u128::from(F32S[i]) * 0x1_0000_0001_0000_0001_0000_0001)
        }
        ValType::V128 => Arg::V128((u128::from(bits) << 64) | u128::from(mix(bits))),
        ValType::Ref(_) => Arg::Null,
    }
}

/// Rounds of calls: every export is called this many times, each round
/// with other arguments (call `i` of the sequence gets argument set `i`).
pub const ROUNDS: usize = 3;

/// The call sequence over `exports`: [`ROUNDS`] passes in name order, each
/// call numbered (its arguments derive from the number).
fn calls<T>(exports: &[(String, T)]) -> impl Iterator<Item = (usize, &(String, T))> {
    (0..ROUNDS).flat_map(move |_| exports.iter()).enumerate()
}

fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn trident_trap(code: Option<TrapCode>) -> String {
    let kind = match code {
        Some(TrapCode::StackOverflow) => "stack overflow",
        Some(TrapCode::HeapOutOfBounds) => "memory out of bounds",
        Some(TrapCode::TableOutOfBounds) => "table out of bounds",
        Some(TrapCode::IndirectCallToNull) => "indirect call to null",
        Some(TrapCode::BadSignature) => "bad signature",
        Some(TrapCode::IntegerOverflow) => "integer overflow",
        Some(TrapCode::IntegerDivisionByZero) => "division by zero",
        Some(TrapCode::BadConversionToInteger) => "bad conversion to integer",
        Some(TrapCode::UnreachableCodeReached) => "unreachable",
        Some(other) => return format!("trap {other:?}"),
        None => "not a trap",
    };
    format!("trap {kind}")
}

fn wasmi_trap(e: &wasmi::Error) -> String {
    use wasmi::TrapCode as T;
    let kind = match e.as_trap_code() {
        Some(T::StackOverflow) => "stack overflow",
        Some(T::MemoryOutOfBounds) => "memory out of bounds",
        Some(T::TableOutOfBounds) => "table out of bounds",
        Some(T::IndirectCallToNull) => "indirect call to null",
        Some(T::BadSignature) => "bad signature",
        Some(T::IntegerOverflow) => "integer overflow",
        Some(T::IntegerDivisionByZero) => "division by zero",
        Some(T::BadConversionToInteger) => "bad conversion to integer",
        Some(T::UnreachableCodeReached) => "unreachable",
        Some(other) => return format!("trap {other:?}"),
        // An active element segment out of bounds is a trap in the spec;
        // wasmi reports it as an instantiation error.
        None if e.to_string().starts_with("out of bounds table access") => "table out of bounds",
        None => return format!("error {e}"),
    };
    format!("trap {kind}")
}

fn show_trident(v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32:{x}"),
        Val::I64(x) => format!("i64:{x}"),
        Val::F32(x) => format!("f32:{x:#x}"),
        Val::F64(x) => format!("f64:{x:#x}"),
        Val::V128(x) => format!("v128:{x:#x}"),
        Val::FuncRef(f) => format!("funcref:{}", if f.is_some() { "non-null" } else { "null" }),
        Val::ExternRef(e) => format!(
            "externref:{}",
            if e.is_some() { "non-null" } else { "null" }
        ),
    }
}

fn show_wasmi(v: &wasmi::Val) -> String {
    use wasmi::Val as W;
    let null = |n: bool| if n { "null" } else { "non-null" };
    match v {
        W::I32(x) => format!("i32:{x}"),
        W::I64(x) => format!("i64:{x}"),
        W::F32(x) => format!("f32:{:#x}", x.to_bits()),
        W::F64(x) => format!("f64:{:#x}", x.to_bits()),
        W::V128(x) => format!("v128:{:#x}", x.as_u128()),
        W::FuncRef(f) => format!("funcref:{}", null(f.is_null())),
        W::ExternRef(e) => format!("externref:{}", null(e.is_null())),
    }
}

fn to_trident(a: Arg) -> Val {
    match a {
        Arg::I32(x) => Val::I32(x),
        Arg::I64(x) => Val::I64(x),
        Arg::F32(x) => Val::F32(x),
        Arg::F64(x) => Val::F64(x),
        Arg::V128(x) => Val::V128(x),
        Arg::Null => Val::FuncRef(None),
    }
}

fn wasmi_valtype(t: &wasmi::ValType) -> ValType {
    match t {
        wasmi::ValType::I32 => ValType::I32,
        wasmi::ValType::I64 => ValType::I64,
        wasmi::ValType::F32 => ValType::F32,
        wasmi::ValType::F64 => ValType::F64,
        wasmi::ValType::V128 => ValType::V128,
        wasmi::ValType::FuncRef => ValType::FUNCREF,
        wasmi::ValType::ExternRef => ValType::EXTERNREF,
    }
}

fn to_wasmi(a: Arg, ty: &wasmi::ValType) -> wasmi::Val {
    match (a, ty) {
        (Arg::I32(x), _) => wasmi::Val::I32(x),
        (Arg::I64(x), _) => wasmi::Val::I64(x),
        (Arg::F32(x), _) => wasmi::Val::F32(wasmi::F32::from_bits(x)),
        (Arg::F64(x), _) => wasmi::Val::F64(wasmi::F64::from_bits(x)),
        (Arg::V128(x), _) => wasmi::Val::V128(wasmi::V128::from(x)),
        (Arg::Null, wasmi::ValType::ExternRef) => {
            wasmi::Val::default_for_ty(wasmi::ValType::ExternRef)
        }
        (Arg::Null, _) => wasmi::Val::default_for_ty(wasmi::ValType::FuncRef),
    }
}

/// Everything observable about `wasm` on a Trident engine; `Err` when it
/// does not compile.
fn run_trident(engine: &Engine, wasm: &[u8], seed: u64) -> Result<Vec<String>, String> {
    let module = Module::new(engine, wasm).map_err(|e| format!("compile: {e}"))?;
    let mut store = Store::new(engine, ());
    let mut log = Vec::new();
    let instance = match Instance::new(&mut store, &module, &[]) {
        Ok(i) => i,
        Err(e) => {
            log.push(format!("instantiate: {}", trident_trap(e.trap_code())));
            return Ok(log);
        }
    };
    let mut exports = instance.exports(&mut store);
    exports.sort_by(|a, b| a.0.cmp(&b.0));
    for (i, (name, ext)) in calls(&exports) {
        let Extern::Func(f) = ext else { continue };
        let ty = f.ty(&store);
        let params: Vec<Val> = ty
            .params
            .iter()
            .enumerate()
            .map(|(j, t)| {
                let mut v = to_trident(arg(seed, i, j, *t));
                if t.is_extern_ref() {
                    v = Val::ExternRef(None);
                }
                v
            })
            .collect();
        let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
        match f.call(&mut store, &params, &mut results) {
            Ok(()) => {
                let r: Vec<String> = results.iter().map(show_trident).collect();
                log.push(format!("call {name}: {}", r.join(" ")));
            }
            Err(e) => log.push(format!("call {name}: {}", trident_trap(e.trap_code()))),
        }
    }
    for (name, ext) in &exports {
        match ext {
            Extern::Global(g) => log.push(format!(
                "global {name}: {}",
                show_trident(&g.get(&mut store))
            )),
            Extern::Memory(m) => {
                let data = m.data(&store);
                log.push(format!(
                    "memory {name}: {} bytes, fnv {:#x}",
                    data.len(),
                    fnv(data.iter().copied())
                ));
            }
            Extern::Table(t) => {
                let n = t.size(&store);
                let nulls = (0..n).map(|k| match t.get(&mut store, k) {
                    Some(Val::FuncRef(f)) => u8::from(f.is_none()),
                    Some(Val::ExternRef(e)) => u8::from(e.is_none()),
                    _ => 2,
                });
                let h = fnv(nulls.collect::<Vec<u8>>());
                log.push(format!("table {name}: {n} elements, nulls fnv {h:#x}"));
            }
            Extern::Func(_) => {}
        }
    }
    Ok(log)
}

/// The same for the reference interpreter.
fn run_wasmi(engine: &wasmi::Engine, wasm: &[u8], seed: u64) -> Result<Vec<String>, String> {
    let module = wasmi::Module::new(engine, wasm).map_err(|e| format!("compile: {e}"))?;
    let mut store = wasmi::Store::new(engine, ());
    let linker = wasmi::Linker::<()>::new(engine);
    let mut log = Vec::new();
    let instance = match linker.instantiate_and_start(&mut store, &module) {
        Ok(i) => i,
        Err(e) => {
            log.push(format!("instantiate: {}", wasmi_trap(&e)));
            return Ok(log);
        }
    };
    // Exports in name order, as on Trident (the instance's own order is
    // unspecified).
    let mut names: Vec<String> = module.exports().map(|e| e.name().to_string()).collect();
    names.sort();
    let exports: Vec<(String, wasmi::Extern)> = names
        .iter()
        .filter_map(|n| Some((n.clone(), instance.get_export(&store, n)?)))
        .collect();
    for (i, (name, ext)) in calls(&exports) {
        let wasmi::Extern::Func(f) = ext else {
            continue;
        };
        let ty = f.ty(&store);
        let params: Vec<wasmi::Val> = ty
            .params()
            .iter()
            .enumerate()
            .map(|(j, t)| to_wasmi(arg(seed, i, j, wasmi_valtype(t)), t))
            .collect();
        let mut results: Vec<wasmi::Val> = ty
            .results()
            .iter()
            .map(|t| wasmi::Val::default_for_ty(*t))
            .collect();
        match f.call(&mut store, &params, &mut results) {
            Ok(()) => {
                let r: Vec<String> = results.iter().map(show_wasmi).collect();
                log.push(format!("call {name}: {}", r.join(" ")));
            }
            Err(e) => log.push(format!("call {name}: {}", wasmi_trap(&e))),
        }
    }
    for (name, ext) in &exports {
        match ext {
            wasmi::Extern::Global(g) => {
                log.push(format!("global {name}: {}", show_wasmi(&g.get(&store))))
            }
            wasmi::Extern::Memory(m) => {
                let data = m.data(&store);
                log.push(format!(
                    "memory {name}: {} bytes, fnv {:#x}",
                    data.len(),
                    fnv(data.iter().copied())
                ));
            }
            wasmi::Extern::Table(t) => {
                let n = t.size(&store);
                let nulls: Vec<u8> = (0..n)
                    .map(|k| t.get(&store, k).map_or(2, |r| u8::from(r.is_null())))
                    .collect();
                log.push(format!(
                    "table {name}: {n} elements, nulls fnv {:#x}",
                    fnv(nulls)
                ));
            }
            wasmi::Extern::Func(_) => {}
        }
    }
    Ok(log)
}

/// The first difference between two event lists, ignoring everything
/// from the first stack overflow on.
fn first_difference(a: &[String], b: &[String]) -> Option<String> {
    let overflow = |e: &String| e.contains("trap stack overflow");
    for (x, y) in a.iter().zip(b) {
        if overflow(x) || overflow(y) {
            return None;
        }
        if x != y {
            return Some(format!("`{x}` vs reference `{y}`"));
        }
    }
    (a.len() != b.len()).then(|| format!("{} vs reference {} events", a.len(), b.len()))
}

/// What one differential input found.
#[derive(Debug, Default)]
pub struct Report {
    /// Calls made per back end (in [`BACKENDS`] order).
    pub calls: [u64; 3],
    /// The divergences, one line each ("back end: first difference").
    pub divergences: Vec<String>,
    /// The module, when one was generated.
    pub wasm: Option<Vec<u8>>,
}

/// The prefix of a frozen input: a case whose module is stored as is,
/// rather than as the bytes wasm-smith builds it from. Regression inputs
/// are kept frozen, because the module a byte string generates changes
/// whenever [`crate::smith::ENABLED`] or wasm-smith does.
pub const FROZEN_MAGIC: &[u8; 8] = b"TRDFCASE";

/// One differential case: the engine variant byte, the module and the
/// seed its arguments come from.
struct Case {
    variant: u8,
    wasm: Vec<u8>,
    seed: u64,
}

/// The case an input stands for: a frozen one (`FROZEN_MAGIC`, variant
/// byte, seed as 8 little-endian bytes, the module), or the variant byte
/// followed by wasm-smith's input.
fn case(data: &[u8]) -> Option<Case> {
    if let Some(rest) = data.strip_prefix(FROZEN_MAGIC.as_slice()) {
        let (&variant, rest) = rest.split_first()?;
        let (seed, wasm) = rest.split_first_chunk::<8>()?;
        return Some(Case {
            variant,
            wasm: wasm.to_vec(),
            seed: u64::from_le_bytes(*seed),
        });
    }
    let (&variant, rest) = data.split_first()?;
    let mut u = Unstructured::new(rest);
    let wasm = crate::smith::module(&mut u, 0)?;
    let seed: u64 = u.arbitrary().unwrap_or(0);
    Some(Case {
        variant,
        wasm,
        seed,
    })
}

/// The frozen form of an input (see [`FROZEN_MAGIC`]), or `None` when it
/// makes no module.
pub fn freeze(data: &[u8]) -> Option<Vec<u8>> {
    let c = case(data)?;
    let mut out = FROZEN_MAGIC.to_vec();
    out.push(c.variant);
    out.extend_from_slice(&c.seed.to_le_bytes());
    out.extend_from_slice(&c.wasm);
    Some(out)
}

/// Runs one input and reports what differed (no panic on a divergence:
/// see [`check`]).
pub fn run(data: &[u8]) -> Report {
    let mut report = Report::default();
    let Some(Case {
        variant,
        wasm,
        seed,
    }) = case(data)
    else {
        return report;
    };
    let e = engines();
    let bounds = usize::from(variant & 1);
    let features = usize::from(variant >> 1) % 3;
    let trident = [
        &e.cranelift[bounds],
        &e.singlepass[bounds][features],
        &e.llvm[bounds],
    ];
    let reference = run_wasmi(&wasmi::Engine::new(&e.reference), &wasm, seed);
    if let Some(path) = std::env::var_os("TRIDENT_FUZZ_DUMP") {
        // Debugging aid: keep the module of the last input.
        let _ = std::fs::write(path, &wasm);
    }
    stats::count_module("reference");
    for (k, engine) in trident.iter().enumerate() {
        let name = BACKENDS[k];
        let got = run_trident(engine, &wasm, seed);
        stats::count_module(name);
        let what = match (&got, &reference) {
            (Ok(g), Ok(r)) => {
                let calls = g.iter().filter(|l| l.starts_with("call ")).count() as u64;
                report.calls[k] += calls;
                stats::count_calls(name, calls);
                first_difference(g, r)
            }
            (Err(g), Ok(_)) => Some(format!("{g}, but the reference accepts the module")),
            (Ok(_), Err(r)) => Some(format!("compiles, but the reference says {r}")),
            (Err(_), Err(_)) => None,
        };
        if let Some(w) = what {
            let variant = format!(
                "{} bounds{}",
                ["static", "dynamic"][bounds],
                if name == "singlepass" {
                    format!(", cpu features `{}`", SINGLEPASS_FEATURES[features])
                } else {
                    String::new()
                }
            );
            report.divergences.push(format!("{name} ({variant}): {w}"));
        }
    }
    if let Ok(r) = &reference {
        stats::count_calls(
            "reference",
            r.iter().filter(|l| l.starts_with("call ")).count() as u64,
        );
    }
    report.wasm = Some(wasm);
    report
}

/// The fuzz target: panics on a divergence, naming it.
pub fn check(data: &[u8]) {
    let r = run(data);
    assert!(
        r.divergences.is_empty(),
        "divergence:\n{}",
        r.divergences.join("\n")
    );
}
