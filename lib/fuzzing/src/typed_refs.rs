//! The typed-function-references target. wasm-smith makes typed function
//! references only together with GC (struct and array types in nearly
//! every module), which Trident does not build, so this target writes its
//! own modules: random bodies over a fixed set of function types that
//! reach each other through `call_ref`, `return_call_ref`, typed tables
//! and globals, `br_on_null`, `br_on_non_null`, `ref.as_non_null`,
//! non-nullable locals, `call_indirect` with signature checks (of final
//! types and of types with declared subtypes), and a
//! fuel global that bounds each exported call (a function called without
//! fuel returns 7, so recursion ends with values, not traps).
//!
//! Every exported function takes `i32`s and returns an `i32`, so any
//! engine's embedding API can call it. [`check`] (the CI target) runs a
//! module on Trident's three back ends and requires the same events;
//! `lib/fuzzing/typed_refs_wasmtime.py` replays the cases that the
//! `typed-refs-cases` binary writes on Wasmtime, the independent
//! reference, and compares its events with Trident's. The events: each
//! call's result or trap kind ([`trap_kind`]: the null traps are one
//! kind, as engines name them differently), then the exported `acc`
//! global, in the call order of `calls`.

use crate::differential::mix;
use arbitrary::{Result, Unstructured};
use trident::{BoundsChecks, Config, Engine, Extern, Instance, Module, Store, TrapCode, Val};

/// The back ends compared.
pub const BACKENDS: [&str; 3] = ["cranelift", "singlepass", "llvm"];

/// Rounds of calls: every export is called this many times.
pub const ROUNDS: usize = 3;

/// Calls each exported call may make (beyond it, functions return 7).
const FUEL: u32 = 40;

/// The function types every module declares (`$t0`..`$t6`): `$t4`..`$t6`
/// have `$t0`'s shape in a declared hierarchy (`$t6 <: $t5 <: $t4`, `$t6`
/// final), so `call_indirect` of `$t4` or `$t5` takes the subtype check.
const TYPES: &str = "
  (type $t0 (func (param i32) (result i32)))
  (type $t1 (func (param i32 i32) (result i32)))
  (type $t2 (func (param i32 (ref null $t0)) (result i32)))
  (type $t3 (func (param (ref $t1) i32) (result i32)))
  (type $t4 (sub (func (param i32) (result i32))))
  (type $t5 (sub $t4 (func (param i32) (result i32))))
  (type $t6 (sub final $t5 (func (param i32) (result i32))))";

/// How many types [`TYPES`] declares.
const NUM_TYPES: usize = 7;

/// Parameters of each type (WAT), by type index.
const PARAMS: [&[&str]; NUM_TYPES] = [
    &["i32"],
    &["i32", "i32"],
    &["i32", "(ref null $t0)"],
    &["(ref $t1)", "i32"],
    &["i32"],
    &["i32"],
    &["i32"],
];

/// The types of `$t0`'s shape that `call_indirect` names (the last
/// three with declared supertypes).
const INDIRECT_TYPES: [usize; 4] = [0, 4, 5, 6];

/// A module being written: how many functions of each type.
struct Gen<'a, 'u> {
    u: &'a mut Unstructured<'u>,
    counts: [u32; NUM_TYPES],
    /// The type of the function being written.
    current: usize,
    /// Block labels in use.
    labels: u32,
}

impl Gen<'_, '_> {
    fn pick(&mut self, n: u32) -> Result<u32> {
        self.u.int_in_range(0..=n.saturating_sub(1))
    }

    fn func(&mut self, ty: usize) -> Result<String> {
        let i = self.pick(self.counts[ty])?;
        Ok(format!("$f{ty}_{i}"))
    }

    /// An expression of type `(ref null $t0)`.
    fn ref_t0(&mut self, depth: u32) -> Result<String> {
        Ok(match self.pick(12)? {
            0 => "(ref.null $t0)".into(),
            1..=5 => format!("(ref.func {})", self.func(0)?),
            6 | 7 => "(global.get $g0)".into(),
            8 if self.current == 2 => "(local.get 1)".into(),
            _ => format!(
                "(table.get $tab (i32.and {} (i32.const 7)))",
                self.i32(depth + 1)?
            ),
        })
    }

    /// An expression of type `(ref $t1)`.
    fn ref_t1(&mut self) -> Result<String> {
        Ok(match self.pick(3)? {
            0 => format!("(ref.func {})", self.func(1)?),
            1 if self.current == 3 => "(local.get 0)".into(),
            _ => "(global.get $g1)".into(),
        })
    }

    /// An `i32` expression.
    fn i32(&mut self, depth: u32) -> Result<String> {
        let leaf = depth > 3 || self.u.is_empty();
        let choice = if leaf { self.pick(2)? } else { self.pick(14)? };
        let d = depth + 1;
        Ok(match choice {
            0 => format!("(i32.const {})", self.u.int_in_range(-5i32..=20)?),
            1 => self.i32_local()?,
            2 => {
                let op = ["i32.add", "i32.sub", "i32.mul", "i32.xor"][self.pick(4)? as usize];
                format!("({op} {} {})", self.i32(d)?, self.i32(d)?)
            }
            3 | 4 => format!("(call_ref $t0 {} {})", self.i32(d)?, self.ref_t0(d)?),
            5 => format!(
                "(call_ref $t1 {} {} {})",
                self.i32(d)?,
                self.i32(d)?,
                self.ref_t1()?
            ),
            6 => format!(
                "(call_ref $t2 {} {} (ref.func {}))",
                self.i32(d)?,
                self.ref_t0(d)?,
                self.func(2)?
            ),
            7 => {
                // A null reference gives the value beneath it.
                let l = self.label();
                format!(
                    "(block {l} (result i32) {} {} (br_on_null {l}) (call_ref $t0))",
                    self.i32(d)?,
                    self.ref_t0(d)?
                )
            }
            8 => {
                let (l, m) = (self.label(), self.label());
                format!(
                    "(block {l} (result i32) (call_ref $t0 {} (block {m} (result (ref $t0)) \
                     (br_on_non_null {m} {}) (br {l} {}))))",
                    self.i32(d)?,
                    self.ref_t0(d)?,
                    self.i32(d)?
                )
            }
            9 => format!(
                "(call_ref $t0 {} (ref.as_non_null {}))",
                self.i32(d)?,
                self.ref_t0(d)?
            ),
            10 => format!(
                "(if (result i32) (ref.is_null {}) (then {}) (else {}))",
                self.ref_t0(d)?,
                self.i32(d)?,
                self.i32(d)?
            ),
            11 if self.u.ratio(1, 3)? => format!(
                "(call_indirect $any (type $t{}) {} (i32.and {} (i32.const 7)))",
                INDIRECT_TYPES[self.pick(4)? as usize],
                self.i32(d)?,
                self.i32(d)?
            ),
            // A reference to a subtype where its supertype is expected.
            11 if self.u.ratio(1, 2)? => {
                let sub = 4 + self.pick(3)? as usize;
                let sup = 4 + self.pick(sub as u32 - 3)? as usize;
                format!(
                    "(call_ref $t{sup} {} (ref.func {}))",
                    self.i32(d)?,
                    self.func(sub)?
                )
            }
            11 | 12 => format!("(call_ref $t0 {} {})", self.i32(d)?, self.ref_t0(d)?),
            _ => format!(
                "(call_ref $t3 (global.get $g1) {} (ref.func {}))",
                self.i32(d)?,
                self.func(3)?
            ),
        })
    }

    fn i32_local(&mut self) -> Result<String> {
        Ok(match self.current {
            1 => format!("(local.get {})", self.pick(2)?),
            3 => "(local.get 1)".into(),
            _ => "(local.get 0)".into(),
        })
    }

    fn label(&mut self) -> String {
        self.labels += 1;
        format!("$l{}", self.labels)
    }

    /// A statement (no value).
    fn statement(&mut self) -> Result<String> {
        Ok(match self.pick(4)? {
            0 => format!(
                "(global.set $acc (i32.add (i32.mul (global.get $acc) (i32.const 31)) {}))",
                self.i32(1)?
            ),
            1 => format!("(global.set $g0 {})", self.ref_t0(1)?),
            2 => format!(
                "(table.set $tab (i32.and {} (i32.const 7)) {})",
                self.i32(1)?,
                self.ref_t0(1)?
            ),
            _ => {
                // A non-nullable local, set before it is read.
                format!(
                    "(local.set $nn {}) (global.set $acc (i32.xor (global.get $acc) \
                     (call_ref $t1 (i32.const 3) {} (local.get $nn))))",
                    self.ref_t1()?,
                    self.i32(1)?
                )
            }
        })
    }

    /// The body of a function of type `ty`: fuel, statements, then a
    /// result or a tail call.
    fn body(&mut self, ty: usize) -> Result<String> {
        self.current = ty;
        let mut b = String::from(
            "(global.set $fuel (i32.sub (global.get $fuel) (i32.const 1))) \
             (if (i32.le_s (global.get $fuel) (i32.const 0)) (then (return (i32.const 7)))) ",
        );
        for _ in 0..self.pick(3)? {
            b += &self.statement()?;
            b.push(' ');
        }
        if self.u.ratio(1, 3)? {
            b += &match self.pick(2)? {
                0 => format!("(return_call_ref $t0 {} {})", self.i32(1)?, self.ref_t0(1)?),
                _ => format!(
                    "(return_call_ref $t1 {} {} {})",
                    self.i32(1)?,
                    self.i32(1)?,
                    self.ref_t1()?
                ),
            };
        } else {
            b += &self.i32(0)?;
        }
        Ok(b)
    }
}

/// A module (WAT) from `u`.
pub fn module(u: &mut Unstructured<'_>) -> Result<String> {
    let mut counts = [0u32; NUM_TYPES];
    for (ty, c) in counts.iter_mut().enumerate() {
        // One or two of each subtype-hierarchy type keeps modules (and
        // LLVM's compile time) about as small as before they came.
        let most = if ty >= 4 { 2 } else { 3 };
        *c = u.int_in_range(1..=most)?;
    }
    let mut g = Gen {
        u,
        counts,
        current: 0,
        labels: 0,
    };
    let mut wat = format!("(module {TYPES}\n");
    wat += "  (global $fuel (mut i32) (i32.const 0))\n";
    wat += "  (global $acc (export \"acc\") (mut i32) (i32.const 0))\n";
    wat += &format!(
        "  (global $g0 (mut (ref null $t0)) (ref.func {}))\n",
        g.func(0)?
    );
    wat += &format!("  (global $g1 (ref $t1) (ref.func {}))\n", g.func(1)?);
    let mut elems = Vec::new();
    for _ in 0..8 {
        elems.push(if g.u.ratio(1, 8)? {
            "(ref.null $t0)".to_string()
        } else {
            format!("(ref.func {})", g.func(0)?)
        });
    }
    wat += &format!(
        "  (table $tab 8 (ref null $t0))\n  (elem (table $tab) (i32.const 0) (ref null $t0) {})\n",
        elems.join(" ")
    );
    // A funcref table of functions of every type: `call_indirect` checks
    // their signatures.
    let mut any = Vec::new();
    for _ in 0..8 {
        let ty = if g.u.ratio(1, 2)? {
            INDIRECT_TYPES[g.pick(4)? as usize]
        } else {
            g.pick(NUM_TYPES as u32)? as usize
        };
        any.push(g.func(ty)?);
    }
    wat += &format!("  (table $any funcref (elem {}))\n", any.join(" "));
    let mut declared = Vec::new();
    for (ty, &n) in counts.iter().enumerate() {
        for i in 0..n {
            declared.push(format!("$f{ty}_{i}"));
        }
    }
    wat += &format!("  (elem declare func {})\n", declared.join(" "));
    for (ty, &n) in counts.iter().enumerate() {
        for i in 0..n {
            let params = PARAMS[ty].join(" ");
            let body = g.body(ty)?;
            wat += &format!(
                "  (func $f{ty}_{i} (type $t{ty}) (param {params}) (result i32) (local $nn (ref $t1))\n    {body})\n"
            );
            // The host calls the `i32` functions through exports that give
            // each call its fuel (calls of exhausted functions return 7).
            if ty <= 1 {
                let args = (0..PARAMS[ty].len())
                    .map(|k| format!("(local.get {k})"))
                    .collect::<Vec<_>>()
                    .join(" ");
                wat += &format!(
                    "  (func (export \"f{ty}_{i}\") (param {params}) (result i32)\n    \
                     (global.set $fuel (i32.const {FUEL})) (call $f{ty}_{i} {args}))\n"
                );
            }
        }
    }
    wat += ")\n";
    Ok(wat)
}

/// Argument `param` of call number `call` (splitmix64 of the two, as the
/// differential target's): small values half of the time (table indices,
/// branches), any `i32` otherwise.
pub fn arg(seed: u64, call: usize, param: usize) -> i32 {
    let r = mix(seed ^ mix(((call as u64) << 32) | param as u64));
    if r & 1 == 0 {
        (r >> 8) as i32 & 15
    } else {
        (r >> 16) as i32
    }
}

/// The kind of a trap as every engine can name it: the two null traps
/// (`call_ref` of null, `ref.as_non_null` of null) are one kind.
pub fn trap_kind(code: Option<TrapCode>) -> &'static str {
    match code {
        Some(TrapCode::NullFunctionReference | TrapCode::NullReference) => "null",
        Some(TrapCode::IndirectCallToNull) => "uninitialized element",
        Some(TrapCode::BadSignature) => "signature mismatch",
        Some(TrapCode::TableOutOfBounds) => "table out of bounds",
        Some(TrapCode::UnreachableCodeReached) => "unreachable",
        Some(TrapCode::StackOverflow) => "stack overflow",
        Some(_) => "other",
        None => "not a trap",
    }
}

fn engine(backend: &str) -> Engine {
    let mut c = Config::default();
    c.backend(backend)
        .bounds_checks(BoundsChecks::Static)
        .cache(false)
        .max_wasm_stack(8 << 20);
    Engine::new(&c).expect("engine")
}

fn engines() -> &'static [Engine; 3] {
    static E: std::sync::OnceLock<[Engine; 3]> = std::sync::OnceLock::new();
    E.get_or_init(|| BACKENDS.map(engine))
}

/// The events of `wat` on `engine`, or why it does not compile.
pub fn events(engine: &Engine, wat: &str, seed: u64) -> std::result::Result<Vec<String>, String> {
    let module = Module::new(engine, wat).map_err(|e| format!("compile: {e}"))?;
    let mut store = Store::new(engine, ());
    let instance =
        Instance::new(&mut store, &module, &[]).map_err(|e| format!("instantiate: {e}"))?;
    let mut exports = instance.exports(&mut store);
    exports.sort_by(|a, b| a.0.cmp(&b.0));
    let funcs: Vec<(String, trident::Func)> = exports
        .iter()
        .filter_map(|(n, e)| match e {
            Extern::Func(f) => Some((n.clone(), *f)),
            _ => None,
        })
        .collect();
    let mut log = Vec::new();
    let calls = (0..ROUNDS).flat_map(|_| funcs.iter());
    for (i, (name, f)) in calls.enumerate() {
        let n = f.ty(&store).params.len();
        let args: Vec<Val> = (0..n).map(|j| Val::I32(arg(seed, i, j))).collect();
        let mut out = [Val::I32(0)];
        match f.call(&mut store, &args, &mut out) {
            Ok(()) => log.push(format!("call {name}: {}", out[0].i32().unwrap_or(0))),
            Err(e) => log.push(format!("call {name}: trap {}", trap_kind(e.trap_code()))),
        }
    }
    if let Some(g) = instance.get_global(&mut store, "acc") {
        log.push(format!(
            "global acc: {}",
            g.get(&mut store).i32().unwrap_or(0)
        ));
    }
    Ok(log)
}

/// The events of `wat` on Cranelift (which [`check`] compares the other
/// back ends with).
pub fn cranelift_events(wat: &str, seed: u64) -> std::result::Result<Vec<String>, String> {
    events(&engines()[0], wat, seed)
}

/// A case: the module and the seed of its arguments, from `data`.
pub fn case(data: &[u8]) -> Option<(String, u64)> {
    let mut u = Unstructured::new(data);
    let seed: u64 = u.arbitrary().ok()?;
    let wat = module(&mut u).ok()?;
    Some((wat, seed))
}

/// The fuzz target: the three back ends compile the module and log the
/// same events (panics naming the first difference).
pub fn check(data: &[u8]) {
    let Some((wat, seed)) = case(data) else {
        return;
    };
    let logs: Vec<_> = engines().iter().map(|e| events(e, &wat, seed)).collect();
    let first = logs[0]
        .as_ref()
        .unwrap_or_else(|e| panic!("cranelift: {e}\n{wat}"));
    for (k, log) in logs.iter().enumerate().skip(1) {
        let log = log
            .as_ref()
            .unwrap_or_else(|e| panic!("{}: {e}\n{wat}", BACKENDS[k]));
        assert_eq!(log, first, "{} differs from cranelift\n{wat}", BACKENDS[k]);
    }
}
