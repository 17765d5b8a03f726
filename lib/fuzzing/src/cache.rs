//! The compile-cache target: a cache directory that an attacker (or bad
//! luck) has been at, and modules compiled through it.
//!
//! Each input gets a fresh directory and a sequence of operations chosen
//! by the fuzzer: compile one of four small modules through the cache (each
//! returns its own constant, chosen by the input), copy or rename one entry
//! over another's name, flip or truncate bytes of an entry, plant an entry
//! sealed with another secret (another user's or machine's), replace an
//! entry by a symlink or a directory, rewrite `secret.key` with other
//! bytes, change the mode of the directory, an entry or the secret, drop
//! files with fuzzer-chosen names (temporary-file names included) and
//! contents, or evict with a tiny size cap.
//!
//! Checked after every compilation: no panic, and the module computes its
//! own constant, so a planted, swapped, damaged or foreign entry can never
//! run in place of the module asked for (a refused entry is a miss: the
//! module is compiled afresh). The directory is the fuzzer's temporary
//! directory, never the user's cache.

use crate::stats;
use arbitrary::Unstructured;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use trident::artifact::cache::{seal_entry, CacheKey, ENTRY_MAGIC, SECRET_FILE};
use trident::{Config, Engine, Instance, Module, Store};

/// The module `i` of an input, returning `value`.
fn module(i: usize, value: i32) -> Vec<u8> {
    let body = match i {
        0 => format!("i32.const {value}"),
        1 => format!("i32.const {} i32.const 0 i32.add", value),
        2 => format!("i32.const {} i32.const -1 i32.xor", !value),
        _ => format!("i64.const {value} i32.wrap_i64"),
    };
    wat::parse_str(format!(
        "(module (func (export \"f\") (result i32) {body}))"
    ))
    .expect("module")
}

fn engine(dir: &Path, backend: &str, max_bytes: u64) -> Engine {
    let mut c = Config::default();
    c.backend(backend)
        .cache(true)
        .cache_directory(dir.to_path_buf());
    c.cache_max_bytes = max_bytes;
    Engine::new(&c).expect("engine")
}

/// A fresh directory for one input under the system's temporary
/// directory; removed when the input is done.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static N: AtomicU64 = AtomicU64::new(0);
        let p = std::env::temp_dir().join(format!(
            "trident-fuzz-cache-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("scratch dir");
        Scratch(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o700));
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The entry files in `dir` (sorted, for determinism).
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "trident"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn pick<'a>(u: &mut Unstructured<'_>, v: &'a [PathBuf]) -> Option<&'a PathBuf> {
    if v.is_empty() {
        return None;
    }
    v.get(u.choose_index(v.len()).unwrap_or(0))
}

/// A file name the fuzzer chooses: one path component, never `..`.
fn name(u: &mut Unstructured<'_>) -> String {
    const NAMES: [&str; 5] = [".tmp-1-0-x", "secret.key.tmp", "x.trident", ".trident", "a"];
    let n: String = if u.arbitrary().unwrap_or(false) {
        NAMES[u.choose_index(NAMES.len()).unwrap_or(0)].to_string()
    } else {
        let raw: Vec<u8> = (0..u.int_in_range(1..=70u8).unwrap_or(1))
            .map(|_| b"0123456789abcdef.-_t"[usize::from(u.arbitrary::<u8>().unwrap_or(0)) % 20])
            .collect();
        String::from_utf8_lossy(&raw).into_owned()
    };
    if n == "." || n == ".." {
        "dot".into()
    } else {
        n
    }
}

/// Runs one input; panics on a bug.
pub fn check(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let scratch = Scratch::new();
    // Sometimes the cache is a directory below the scratch one, so that
    // Trident creates it.
    let dir = if u.arbitrary().unwrap_or(false) {
        scratch.0.join("cache")
    } else {
        scratch.0.clone()
    };
    let values: [i32; 4] = std::array::from_fn(|_| u.arbitrary().unwrap_or(0));
    let wasm: Vec<Vec<u8>> = (0..4).map(|i| module(i, values[i])).collect();
    let backend = if u.arbitrary::<u8>().unwrap_or(0).is_multiple_of(8) {
        "cranelift"
    } else {
        "singlepass"
    };
    let mut engine = engine(&dir, backend, 1 << 30);
    let steps = u.int_in_range(1..=24u8).unwrap_or(1);
    for _ in 0..steps {
        let op = u.int_in_range(0..=11u8).unwrap_or(0);
        let all = entries(&dir);
        match op {
            0..=3 => {
                let i = usize::from(op);
                let m = Module::new(&engine, &wasm[i]);
                stats::count_module("cache");
                let Ok(m) = m else { continue };
                let mut store = Store::new(&engine, ());
                let inst = Instance::new(&mut store, &m, &[]).expect("instantiate");
                let f = inst
                    .get_typed_func::<(), i32>(&mut store, "f")
                    .expect("export f");
                let got = f.call(&mut store, ()).expect("call");
                assert_eq!(
                    got, values[i],
                    "module {i} ran another module's code from the cache"
                );
            }
            4 => {
                if let (Some(a), Some(b)) = (pick(&mut u, &all), pick(&mut u, &all)) {
                    if u.arbitrary().unwrap_or(false) {
                        let _ = std::fs::rename(a, b);
                    } else {
                        let _ = std::fs::copy(a, b);
                    }
                }
            }
            5 => {
                if let Some(a) = pick(&mut u, &all) {
                    if let Ok(mut b) = std::fs::read(a) {
                        if !b.is_empty() {
                            let at = u.choose_index(b.len()).unwrap_or(0);
                            if u.arbitrary().unwrap_or(false) {
                                b.truncate(at);
                            } else {
                                b[at] ^= 1 << u.int_in_range(0..=7u8).unwrap_or(0);
                            }
                            let _ = std::fs::write(a, b);
                        }
                    }
                }
            }
            6 => {
                // An entry sealed elsewhere: another secret, module i's
                // artifact under module j's key.
                let i = u.choose_index(4).unwrap_or(0);
                let j = u.choose_index(4).unwrap_or(0);
                let secret: [u8; 32] = u.arbitrary().unwrap_or([7; 32]);
                if let (Ok(art), Ok(key)) = (
                    engine.precompile_module(&wasm[i]),
                    engine.cache_key(&wasm[j]),
                ) {
                    let key: CacheKey = key;
                    let _ = std::fs::create_dir_all(&dir);
                    let _ =
                        std::fs::write(dir.join(key.file_name()), seal_entry(&secret, &key, &art));
                }
            }
            7 => {
                if let (Some(a), Some(b)) = (pick(&mut u, &all), pick(&mut u, &all)) {
                    let _ = std::fs::remove_file(b);
                    if u.arbitrary().unwrap_or(false) {
                        let _ = std::os::unix::fs::symlink(a, b);
                    } else {
                        let _ = std::fs::create_dir(b);
                    }
                }
            }
            8 => {
                let len = u.int_in_range(0..=40u8).unwrap_or(32);
                let bytes: Vec<u8> = (0..len).map(|_| u.arbitrary().unwrap_or(0)).collect();
                let _ = std::fs::write(dir.join(SECRET_FILE), bytes);
            }
            9 => {
                let mode = u32::from(u.arbitrary::<u16>().unwrap_or(0o700)) & 0o777;
                let target = match u.int_in_range(0..=2u8).unwrap_or(0) {
                    0 => Some(dir.clone()),
                    1 => Some(dir.join(SECRET_FILE)),
                    _ => pick(&mut u, &all).cloned(),
                };
                if let Some(t) = target {
                    // Keep the directory itself listable for the next steps.
                    let mode = if t == dir { mode | 0o700 } else { mode };
                    let _ = std::fs::set_permissions(&t, std::fs::Permissions::from_mode(mode));
                }
            }
            10 => {
                let n = name(&mut u);
                let mut contents: Vec<u8> = Vec::new();
                if u.arbitrary().unwrap_or(false) {
                    contents.extend_from_slice(&ENTRY_MAGIC);
                }
                let rest: Vec<u8> = u.arbitrary().unwrap_or_default();
                contents.extend_from_slice(&rest);
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(dir.join(n), contents);
            }
            _ => {
                // A tiny cap: the next write evicts.
                let cap = u64::from(u.arbitrary::<u16>().unwrap_or(0));
                engine = self::engine(&dir, backend, cap);
            }
        }
    }
    stats::count_input("cache ops");
}
