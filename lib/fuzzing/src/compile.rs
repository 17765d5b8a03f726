//! The compile target: bytes through the front end (parser, validator,
//! translation) and each back end's translator and code generator, and
//! the loader, via `Module::new` with the IR verifiers on.
//!
//! The input's first byte picks what is compiled:
//! * `0`: the rest of the input as raw bytes (libFuzzer's own mutations
//!   on a seed corpus of modules do the work here);
//! * `1`: a valid wasm-smith module made from the rest;
//! * anything else: such a module with 1-8 byte-level mutations (bit
//!   flips, overwrites, insertions, deletions, LEB128-ish length bumps),
//!   so the stable bounded runs reach the parser's error paths deep
//!   inside valid modules too.
//!
//! Checked: no panic and no crash; no `CompileError::Codegen` (an internal
//! error, a bug by definition); the front end's verdict is the same for
//! every back end (one back end rejecting a module as invalid that
//! another compiles is a bug). LLVM compiles only every fourth input (the
//! last byte decides): it is ten times slower than the others.

use crate::stats;
use arbitrary::Unstructured;
use std::sync::OnceLock;
use trident::{Config, Engine, Error, Module};
use trident_types::CompileError;

fn engines() -> &'static [(&'static str, Engine); 3] {
    static E: OnceLock<[(&'static str, Engine); 3]> = OnceLock::new();
    E.get_or_init(|| {
        ["cranelift", "singlepass", "llvm"].map(|b| {
            let mut c = Config::default();
            c.backend(b).cache(false).verifier(true);
            c.features = crate::smith::trident_features();
            (b, Engine::new(&c).expect("engine"))
        })
    })
}

/// Applies byte-level mutations chosen by `u` to `wasm`.
pub fn mutate(wasm: &mut Vec<u8>, u: &mut Unstructured<'_>) {
    let n = u.int_in_range(1..=8u8).unwrap_or(1);
    for _ in 0..n {
        if wasm.is_empty() {
            return;
        }
        let at = u.choose_index(wasm.len()).unwrap_or(0);
        match u.int_in_range(0..=4u8).unwrap_or(0) {
            0 => wasm[at] ^= 1 << u.int_in_range(0..=7u8).unwrap_or(0),
            1 => wasm[at] = u.arbitrary().unwrap_or(0xff),
            2 => wasm.insert(at, u.arbitrary().unwrap_or(0)),
            3 => {
                wasm.remove(at);
            }
            _ => wasm[at] = wasm[at].wrapping_add(u.int_in_range(1..=3u8).unwrap_or(1)),
        }
    }
}

/// The bytes input `data` compiles.
pub fn module_bytes(data: &[u8]) -> Option<Vec<u8>> {
    let (&mode, rest) = data.split_first()?;
    if mode == 0 {
        return Some(rest.to_vec());
    }
    let mut u = Unstructured::new(rest);
    let mut wasm = crate::smith::module(&mut u, 4)?;
    if mode != 1 {
        mutate(&mut wasm, &mut u);
    }
    Some(wasm)
}

/// Runs one input; panics on a bug.
pub fn check(data: &[u8]) {
    let Some(wasm) = module_bytes(data) else {
        return;
    };
    let with_llvm = data.last().is_some_and(|b| b % 4 == 0);
    let mut verdicts: Vec<(&str, Result<(), String>)> = Vec::new();
    for (name, engine) in engines() {
        if *name == "llvm" && !with_llvm {
            continue;
        }
        stats::count_module(name);
        let verdict = match Module::new(engine, &wasm) {
            Ok(_) => {
                stats::count_calls("compile: compiled", 1);
                Ok(())
            }
            Err(Error::Compile(CompileError::Codegen { func, message })) => {
                panic!("{name}: internal code generation error in {func:?}: {message}")
            }
            Err(Error::Compile(CompileError::Invalid(e))) => Err(format!("invalid: {e}")),
            // Unsupported, implementation limits, loading: refusals, not bugs.
            Err(_) => Ok(()),
        };
        verdicts.push((name, verdict));
    }
    let invalid = |v: &Result<(), String>| v.is_err();
    if let Some((first, v)) = verdicts.first() {
        for (name, w) in &verdicts[1..] {
            assert_eq!(
                invalid(v),
                invalid(w),
                "front-end verdicts differ: {first}: {v:?}, {name}: {w:?}"
            );
        }
    }
}
