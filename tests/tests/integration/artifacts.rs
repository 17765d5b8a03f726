//! Precompiled modules and the compile cache, through the embedding API,
//! on every built back end.
//!
//! Artifacts: a module serialized by `Engine::precompile_module` runs in
//! an engine without a compiler (host imports included: their trampolines
//! come from the artifact) and gives the same results; each kind of bad
//! artifact is refused with its own `ArtifactError`, and a header whose
//! fuel, epoch or bounds-check flag disagrees with the code is refused.
//! Cache: a second compilation is a hit (the entry is not rewritten, and an
//! entry sealed with the owner's secret is what runs), entries planted raw,
//! sealed with another secret or copied from another key are misses that
//! are rewritten, any option change is a miss (a new key and a new entry),
//! a damaged entry is a miss that is rewritten, and concurrent writers
//! leave a valid entry. Every cache lives in its own temporary directory.
//! (The second-user attack runs the binary: `lib/cli/tests/cli.rs`.)

use std::path::PathBuf;
use trident::artifact::{self, cpu, ArtifactError};
use trident::{
    BoundsChecks, Config, Engine, Error, FuelCosts, Func, Instance, Module, OptLevel, RelaxedSimd,
    Store,
};
use trident_test_support::wat as wasm;

const ADDER: &str = r#"(module
  (import "host" "twice" (func $twice (param i64) (result i64)))
  (memory (export "memory") 1)
  (data (i32.const 16) "\2a\00\00\00")
  (func $get (result i32) i32.const 16 i32.load)
  (func (export "run") (param i64) (result i64)
    local.get 0 call $twice
    call $get i64.extend_i32_u
    i64.add))"#;

const OTHER: &str = r#"(module
  (import "host" "twice" (func $twice (param i64) (result i64)))
  (memory (export "memory") 1)
  (func (export "run") (param i64) (result i64) i64.const -1))"#;

fn config(backend: &str) -> Config {
    let mut c = Config::default();
    c.backend(backend).cache(false);
    c
}

/// Instantiates `module` with `host.twice` and returns run(x).
fn run(engine: &Engine, module: &Module, x: i64) -> i64 {
    let mut store = Store::new(engine, ());
    store.set_fuel(1 << 40);
    let twice = Func::wrap(&mut store, |v: i64| v * 2).expect("host function");
    let instance = Instance::new(&mut store, module, &[twice.into()]).expect("instantiate");
    let f = instance
        .get_typed_func::<i64, i64>(&mut store, "run")
        .expect("run export");
    f.call(&mut store, x).expect("call")
}

/// A fresh directory for this module's test `name`.
fn temp_dir(name: &str) -> PathBuf {
    trident_test_support::process::temp_dir(&format!("artifacts-{name}"))
}

fn entries(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "trident"));
    v.sort();
    v
}

#[test]
fn artifacts_round_trip_without_a_compiler() {
    for backend in Config::available_backends() {
        let compiling = Engine::new(&config(backend)).expect("engine");
        let bytes = compiling.precompile_module(&wasm(ADDER)).expect("compile");
        assert!(artifact::is_artifact(&bytes));
        let headless = Engine::without_compiler(&config(backend));
        assert!(!headless.has_compiler());
        // SAFETY: written just above by this build.
        let module = unsafe { Module::deserialize(&headless, &bytes) }
            .unwrap_or_else(|e| panic!("{backend}: {e}"));
        assert_eq!(run(&headless, &module, 5), 52, "{backend}");
        let fresh = Module::new(&compiling, ADDER).expect("compile");
        assert_eq!(run(&compiling, &fresh, 5), 52, "{backend}");
        // The same input gives the same artifact.
        assert_eq!(
            compiling.precompile_module(&wasm(ADDER)).expect("compile"),
            bytes,
            "{backend}: artifacts are not deterministic"
        );
        // Without a compiler, a module needs no trampoline it did not bring.
        assert!(Module::new(&headless, ADDER).is_err());
        // A host function of a signature no loaded module brought cannot be
        // made without a compiler: an error naming it, not a panic.
        let mut store = Store::new(&headless, ());
        let err = Func::wrap(&mut store, |a: f64, b: f32| a + f64::from(b))
            .expect_err("no trampoline for (f64, f32) -> f64");
        assert!(
            err.to_string().contains("no trampoline for signature"),
            "{backend}: {err}"
        );
    }
}

/// Re-serializes `bytes` with its header changed by `edit` (so the
/// checksum is right and only the edited field is wrong).
fn with_header(bytes: &[u8], edit: impl FnOnce(&mut artifact::ArtifactHeader)) -> Vec<u8> {
    let (mut header, parts) = artifact::read_artifact(bytes).expect("valid artifact");
    edit(&mut header);
    artifact::write_artifact(&header, &parts)
}

fn refusal(engine: &Engine, bytes: &[u8]) -> ArtifactError {
    // SAFETY: every artifact here is refused before any code is loaded;
    // the test fails if one is accepted.
    match unsafe { Module::deserialize(engine, bytes) } {
        Ok(_) => panic!("a bad artifact was accepted"),
        Err(Error::Artifact(e)) => e,
        Err(e) => panic!("refused with a non-artifact error: {e}"),
    }
}

#[test]
fn bad_artifacts_are_refused_each_with_its_own_error() {
    for backend in Config::available_backends() {
        let engine = Engine::without_compiler(&config(backend));
        let good = Engine::new(&config(backend))
            .expect("engine")
            .precompile_module(&wasm(ADDER))
            .expect("compile");

        let truncated = &good[..good.len() - 10];
        assert!(
            matches!(refusal(&engine, truncated), ArtifactError::Truncated { .. }),
            "{backend}"
        );
        assert!(matches!(
            refusal(&engine, &good[..20]),
            ArtifactError::Truncated { .. }
        ));

        let mut corrupted = good.clone();
        let at = corrupted.len() - 7;
        corrupted[at] ^= 0x40;
        assert!(
            matches!(
                refusal(&engine, &corrupted),
                ArtifactError::Corrupted { .. }
            ),
            "{backend}"
        );

        let mut format = good.clone();
        format[8] = format[8].wrapping_add(1);
        assert!(matches!(
            refusal(&engine, &format),
            ArtifactError::FormatVersion { .. }
        ));

        let mut magic = good.clone();
        magic[1] = b'X';
        assert_eq!(refusal(&engine, &magic), ArtifactError::NotAnArtifact);

        let foreign = with_header(&good, |h| {
            h.trident_version = "0.0.1+0123456789abcdef".into()
        });
        assert!(
            matches!(
                refusal(&engine, &foreign),
                ArtifactError::ForeignVersion { .. }
            ),
            "{backend}"
        );

        let other_arch = if cpu::HOST_TRIPLE.starts_with("x86_64") {
            "aarch64-unknown-linux-gnu"
        } else {
            "x86_64-unknown-linux-gnu"
        };
        let wrong_target = with_header(&good, |h| h.target = other_arch.into());
        assert!(
            matches!(
                refusal(&engine, &wrong_target),
                ArtifactError::WrongTarget { .. }
            ),
            "{backend}"
        );

        // A feature this machine lacks: a known one if there is one, else
        // one this runtime has never heard of (which also counts as
        // missing).
        let lacking = cpu::KNOWN
            .iter()
            .find(|f| !cpu::has(f))
            .map_or("trident-test-feature".to_string(), |f| f.to_string());
        let wrong_cpu = with_header(&good, |h| h.cpu_features.push(lacking.clone()));
        match refusal(&engine, &wrong_cpu) {
            ArtifactError::MissingCpuFeatures { missing } => assert_eq!(missing, vec![lacking]),
            other => panic!("{backend}: wrong CPU refused as {other}"),
        }

        let mut dynamic = config(backend);
        dynamic.bounds_checks(BoundsChecks::Dynamic);
        let other_engine = Engine::without_compiler(&dynamic);
        assert!(matches!(
            refusal(&other_engine, &good),
            ArtifactError::Incompatible(_)
        ));
    }
}

#[test]
fn code_for_another_target_is_refused_at_load() {
    let other_arch = if cpu::HOST_TRIPLE.starts_with("x86_64") {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-unknown-linux-gnu"
    };
    let mut c = config(Config::DEFAULT_BACKEND);
    c.target(Some(other_arch));
    let cross = Engine::new(&c).expect("cross engine");
    let bytes = cross
        .precompile_module(&wasm(ADDER))
        .expect("cross compile");
    // Running needs the host, whatever the engine says.
    assert!(Module::new(&cross, ADDER).is_err());
    let engine = Engine::without_compiler(&c);
    assert!(matches!(
        refusal(&engine, &bytes),
        ArtifactError::WrongTarget { .. }
    ));
}

fn cached_config(backend: &str, dir: &std::path::Path) -> Config {
    let mut c = Config::default();
    c.backend(backend).cache_directory(dir);
    c
}

/// The inode of `path` (a rewritten entry is a new file).
fn inode(path: &std::path::Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).expect("entry").ino()
}

fn secret(dir: &std::path::Path) -> [u8; 32] {
    let bytes = std::fs::read(dir.join(artifact::cache::SECRET_FILE)).expect("secret");
    bytes.try_into().expect("32 bytes")
}

#[test]
fn second_compilation_is_a_cache_hit() {
    for backend in Config::available_backends() {
        let dir = temp_dir(&format!("hit-{backend}"));
        let engine = Engine::new(&cached_config(backend, &dir)).expect("engine");
        let module = Module::new(&engine, ADDER).expect("compile");
        assert_eq!(run(&engine, &module, 1), 44);
        let files = entries(&dir);
        assert_eq!(files.len(), 1, "{backend}: one entry after one compilation");
        let entry = &files[0];
        // A hit reads the entry and leaves it as it is.
        let before = inode(entry);
        let hit = Module::new(&engine, ADDER).expect("from cache");
        assert_eq!(run(&engine, &hit, 1), 44);
        assert_eq!(inode(entry), before, "{backend}: a hit rewrote the entry");
        // An entry sealed with this cache's secret under ADDER's key is
        // what a hit runs (here, another module's code).
        let other = Engine::new(&config(backend))
            .expect("engine")
            .precompile_module(&wasm(OTHER))
            .expect("compile");
        let key = engine.cache_key(&wasm(ADDER)).expect("key");
        let sealed = artifact::cache::seal_entry(&secret(&dir), &key, &other);
        std::fs::write(entry, &sealed).expect("seal");
        let hit = Module::new(&engine, ADDER).expect("from cache");
        assert_eq!(
            run(&engine, &hit, 1),
            -1,
            "{backend}: not served from the cache"
        );
        // Planted without the secret: misses, compiled afresh and rewritten.
        let plants = [
            ("a raw artifact", other.clone()),
            (
                "an entry sealed with another secret",
                artifact::cache::seal_entry(&[9; 32], &key, &other),
            ),
            ("an entry for another key", {
                let key = engine.cache_key(&wasm(OTHER)).expect("key");
                artifact::cache::seal_entry(&secret(&dir), &key, &other)
            }),
        ];
        for (what, bytes) in plants {
            std::fs::write(entry, &bytes).expect("plant");
            let module = Module::new(&engine, ADDER).expect("compile");
            assert_eq!(run(&engine, &module, 1), 44, "{backend}: {what} ran");
            let now = std::fs::read(entry).expect("entry");
            assert_ne!(now, bytes, "{backend}: {what} was not replaced");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A header flag that disagrees with the code (the checksum recomputed)
/// is refused: fuel and epoch checks, and dynamic bounds checks claimed
/// for static-style code.
#[test]
fn header_flags_are_checked_against_the_code() {
    let wasm = wasm(ADDER);
    for backend in Config::available_backends() {
        type Variant = (&'static str, fn(&mut Config));
        let variants: [Variant; 3] = [
            ("plain", |_| {}),
            ("fuel", |c| {
                c.consume_fuel(true);
            }),
            ("epochs", |c| {
                c.epoch_interruption(true);
            }),
        ];
        for (name, set) in variants {
            let mut c = config(backend);
            set(&mut c);
            let good = Engine::new(&c)
                .expect("engine")
                .precompile_module(&wasm)
                .expect("compile");
            type Flip = (&'static str, fn(&mut artifact::ArtifactHeader));
            let flips: [Flip; 3] = [
                ("fuel", |h| h.options.consume_fuel ^= true),
                ("epochs", |h| h.options.epoch_interruption ^= true),
                ("dynamic", |h| {
                    h.options.bounds_checks = BoundsChecks::Dynamic
                }),
            ];
            for (flag, flip) in flips {
                let bad = {
                    let (mut header, parts) = artifact::read_artifact(&good).expect("good");
                    flip(&mut header);
                    artifact::write_artifact(&header, &parts)
                };
                match artifact::read_artifact(&bad) {
                    Err(ArtifactError::Invalid(artifact::validate::MetadataError::Flags {
                        ..
                    })) => {}
                    other => panic!("{backend} {name} with {flag} flipped: {other:?}"),
                }
            }
        }
        // Dynamic-style code may claim to be static (its checks are
        // still there): accepted.
        let mut c = config(backend);
        c.bounds_checks(BoundsChecks::Dynamic);
        let dynamic = Engine::new(&c)
            .expect("engine")
            .precompile_module(&wasm)
            .expect("compile");
        assert!(artifact::read_artifact(&dynamic).is_ok(), "{backend}");
    }
}

#[test]
fn any_option_change_is_a_cache_miss() {
    let backend = Config::DEFAULT_BACKEND;
    let dir = temp_dir("miss");
    let base = cached_config(backend, &dir);
    let mut variants: Vec<(&str, Config)> = Vec::new();
    let mut add = |name, edit: &dyn Fn(&mut Config)| {
        let mut c = base.clone();
        edit(&mut c);
        variants.push((name, c));
    };
    add("base", &|_| {});
    add("opt level", &|c| {
        c.opt_level(OptLevel::None);
    });
    add("bounds checks", &|c| {
        c.bounds_checks(BoundsChecks::Dynamic);
    });
    add("fuel", &|c| {
        c.consume_fuel(true);
    });
    add("fuel costs", &|c| {
        c.consume_fuel(true).fuel_costs(FuelCosts {
            chunk: 3,
            ..FuelCosts::DEFAULT
        });
    });
    add("epochs", &|c| {
        c.epoch_interruption(true);
    });
    add("NaN canonicalization", &|c| {
        c.nan_canonicalization(true);
    });
    add("relaxed SIMD", &|c| {
        c.relaxed_simd(RelaxedSimd::Native);
    });
    add("features", &|c| {
        c.features.simd = false;
    });
    for other in Config::available_backends() {
        if *other != backend {
            let other = other.to_string();
            add("back end", &move |c| {
                c.backend(&other);
            });
        }
    }
    let mut keys = Vec::new();
    for (i, (name, c)) in variants.iter().enumerate() {
        let engine = Engine::new(c).expect("engine");
        let key = engine.cache_key(&wasm(ADDER)).expect("key");
        assert!(
            !keys.contains(&key),
            "{name}: same key as an earlier variant"
        );
        keys.push(key);
        let module = Module::new(&engine, ADDER).expect("compile");
        assert_eq!(run(&engine, &module, 2), 46, "{name}");
        assert_eq!(entries(&dir).len(), i + 1, "{name}: no new cache entry");
    }
    // Prices only matter to code that counts fuel: without it, another
    // cost table is the same code and the same key.
    let mut unmetered = base.clone();
    unmetered.fuel_costs(FuelCosts {
        other: 9,
        ..FuelCosts::DEFAULT
    });
    assert_eq!(
        Engine::new(&unmetered)
            .expect("engine")
            .cache_key(&wasm(ADDER))
            .expect("key"),
        keys[0]
    );
    // A different module is a different key too.
    let engine = Engine::new(&base).expect("engine");
    assert_ne!(
        engine.cache_key(&wasm(OTHER)).expect("key"),
        engine.cache_key(&wasm(ADDER)).expect("key")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn damaged_cache_entries_are_misses() {
    let dir = temp_dir("damaged");
    let engine = Engine::new(&cached_config(Config::DEFAULT_BACKEND, &dir)).expect("engine");
    Module::new(&engine, ADDER).expect("compile");
    let entry = entries(&dir).pop().expect("an entry");
    let good = std::fs::read(&entry).expect("read entry");
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("garbage", b"not an artifact at all".to_vec()),
        ("empty", Vec::new()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("flipped bit", {
            let mut b = good.clone();
            let at = b.len() - 3;
            b[at] ^= 1;
            b
        }),
    ];
    let key = engine.cache_key(&wasm(ADDER)).expect("key");
    let cache = engine.cache().expect("cache");
    let artifact = cache.get(&key).expect("hit");
    let foreign = with_header(&artifact, |h| h.trident_version = "9.9.9+0".into());
    let damages = damages.into_iter().chain([(
        "foreign version",
        artifact::cache::seal_entry(&secret(&dir), &key, &foreign),
    )]);
    for (what, bytes) in damages {
        std::fs::write(&entry, &bytes).expect("damage");
        let module = Module::new(&engine, ADDER).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(run(&engine, &module, 3), 48, "{what}");
        assert_eq!(
            std::fs::read(&entry).expect("entry rewritten"),
            good,
            "{what}: the entry was not replaced by a good one"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn concurrent_writers_leave_one_valid_entry() {
    let dir = temp_dir("concurrent");
    let engine = Engine::new(&cached_config(Config::DEFAULT_BACKEND, &dir)).expect("engine");
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let m = Module::new(&engine, ADDER).expect("compile");
                assert_eq!(run(&engine, &m, 4), 50);
            });
        }
    });
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.ends_with(artifact::cache::SECRET_FILE))
        .collect();
    assert_eq!(files.len(), 1, "leftover temporary files: {files:?}");
    let key = engine.cache_key(&wasm(ADDER)).expect("key");
    let bytes = engine.cache().expect("cache").get(&key).expect("an entry");
    assert!(artifact::read_artifact(&bytes).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cache_can_be_turned_off() {
    let dir = temp_dir("off");
    let mut c = cached_config(Config::DEFAULT_BACKEND, &dir);
    c.cache(false);
    let engine = Engine::new(&c).expect("engine");
    assert!(engine.cache().is_none());
    Module::new(&engine, ADDER).expect("compile");
    assert!(entries(&dir).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The fuel cost table is compiled in: an artifact records it, an engine
/// with another table refuses the artifact naming both, and one with the
/// same table runs it.
#[test]
fn artifacts_record_their_fuel_cost_table() {
    let dear = FuelCosts {
        call: 20,
        memory_chunk_bytes: 8,
        ..FuelCosts::DEFAULT
    };
    for backend in Config::available_backends() {
        let mut priced = config(backend);
        priced.consume_fuel(true).fuel_costs(dear);
        let bytes = Engine::new(&priced)
            .expect("engine")
            .precompile_module(&wasm(ADDER))
            .expect("compile");
        let (header, _) = artifact::read_artifact(&bytes).expect("artifact");
        assert_eq!(header.options.fuel_costs, dear, "{backend}");
        assert!(
            header.fingerprint.contains("call=20"),
            "{backend}: {}",
            header.fingerprint
        );

        let mut default = config(backend);
        default.consume_fuel(true);
        let engine = Engine::new(&default).expect("engine");
        // SAFETY: written by this build just above.
        match unsafe { Module::deserialize(&engine, &bytes) } {
            Err(Error::Artifact(ArtifactError::Incompatible(why))) => {
                assert!(
                    why.contains("call=20") && why.contains("call=2,"),
                    "{backend}: {why}"
                );
            }
            Err(e) => panic!("{backend}: {e}"),
            Ok(_) => panic!("{backend}: an artifact with another cost table was accepted"),
        }
        let engine = Engine::new(&priced).expect("engine");
        // SAFETY: as above.
        let module = unsafe { Module::deserialize(&engine, &bytes) }.expect("same table");
        assert_eq!(run(&engine, &module, 2), 46, "{backend}");
    }
}

#[test]
fn artifacts_record_their_relaxed_simd_mode() {
    for backend in Config::available_backends() {
        let mut native = config(backend);
        native.relaxed_simd(RelaxedSimd::Native);
        let bytes = Engine::new(&native)
            .expect("engine")
            .precompile_module(&wasm(ADDER))
            .expect("compile");
        let (header, _) = artifact::read_artifact(&bytes).expect("artifact");
        assert_eq!(
            header.options.relaxed_simd,
            RelaxedSimd::Native,
            "{backend}"
        );
        assert!(
            header.fingerprint.contains("relaxed_simd native"),
            "{backend}: {}",
            header.fingerprint
        );
        // Code with native relaxed SIMD is other code: a deterministic
        // engine refuses it.
        let engine = Engine::new(&config(backend)).expect("engine");
        // SAFETY: written by this build just above.
        match unsafe { Module::deserialize(&engine, &bytes) } {
            Err(Error::Artifact(ArtifactError::Incompatible(_))) => {}
            Err(e) => panic!("{backend}: {e}"),
            Ok(_) => panic!("{backend}: a native-mode artifact loaded as deterministic"),
        }
        let engine = Engine::new(&native).expect("engine");
        // SAFETY: as above.
        let module = unsafe { Module::deserialize(&engine, &bytes) }.expect("same mode");
        assert_eq!(run(&engine, &module, 2), 46, "{backend}");
    }
}
