//! Computes two identities of this Trident build from its sources and
//! hands them to the crate as environment variables:
//!
//! * `TRIDENT_BUILD_ID`: changes whenever any source that can change
//!   generated code or its meaning changes (the runtime, the front end and
//!   every back end). Artifacts and compile-cache entries carry it, so a
//!   rebuilt Trident never runs code compiled by an older one.
//! * `TRIDENT_ABI_HASH`: changes whenever the runtime side changes (types,
//!   vm, api, wasi, artifact reader, headless runtime). It does not depend
//!   on the target: a runtime library's path already names its target.
//!   The headless runtime library exports its entry point under a name that
//!   contains it, so an executable only links against a runtime built from
//!   the same sources.
//!
//! The same file is the build script of the headless runtime crate, so
//! both compute the same values. Hashing is FNV-1a over the contents of the
//! files (sorted by path), never their timestamps, so a fresh checkout gets
//! the same identity.

use std::path::{Path, PathBuf};

/// Directories (relative to the workspace root) whose sources make up the
/// runtime side.
const RUNTIME: &[&str] = &[
    "lib/types",
    "lib/vm",
    "lib/api",
    "lib/wasi",
    "engine-artifact",
    "lib/headless",
];

/// Directories that only the compiler side adds.
const COMPILER: &[&str] = &["lib/compiler", "backends"];

struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut dir = manifest.as_path();
    loop {
        let toml = dir.join("Cargo.toml");
        if std::fs::read_to_string(&toml).is_ok_and(|t| t.contains("[workspace]")) {
            return dir.to_path_buf();
        }
        match dir.parent() {
            Some(p) => dir = p,
            None => return manifest,
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if name != "target" && name != "tests" && !name.starts_with('.') {
                if name == "src" {
                    // New files under src/ must rerun the script too.
                    println!("cargo:rerun-if-changed={}", path.display());
                }
                collect(&path, out);
            }
        } else if [".rs", ".toml", ".c", ".h", ".S"]
            .iter()
            .any(|x| name.ends_with(x))
        {
            out.push(path);
        }
    }
}

fn hash_dirs(root: &Path, dirs: &[&str], h: &mut Fnv) {
    let mut files = Vec::new();
    for d in dirs {
        collect(&root.join(d), &mut files);
    }
    files.sort();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(root).unwrap_or(&f);
        h.write(rel.to_string_lossy().as_bytes());
        h.write(&[0]);
        h.write(&std::fs::read(&f).unwrap_or_default());
        h.write(&[0]);
    }
}

fn main() {
    let root = workspace_root();
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let target = std::env::var("TARGET").unwrap_or_default();

    let mut abi = Fnv::new();
    abi.write(version.as_bytes());
    hash_dirs(&root, RUNTIME, &mut abi);
    println!("cargo:rustc-env=TRIDENT_ABI_HASH={:016x}", abi.0);

    let mut build = Fnv(abi.0);
    hash_dirs(&root, COMPILER, &mut build);
    println!("cargo:rustc-env=TRIDENT_BUILD_ID={:016x}", build.0);
    println!("cargo:rustc-env=TRIDENT_HOST_TARGET={target}");
    println!(
        "cargo:rerun-if-changed={}",
        root.join("engine-artifact").join("build.rs").display()
    );
}
