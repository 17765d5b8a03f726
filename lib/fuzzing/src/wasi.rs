//! The WASI target: a module that calls WASI preview1 imports with
//! fuzzer-chosen arguments (pointers, lengths, descriptors, flags, sizes
//! and paths), in a sandbox.
//!
//! Each input gets a fresh scratch directory holding a secret file
//! outside the sandbox (`outside.txt`, random contents the fuzzer cannot
//! guess) and the sandbox `box/` (files, a subdirectory, and symlinks
//! pointing out of it: `esc` to `../outside.txt`, `abs` to
//! `/etc/passwd`), pre-opened as `.` (fd 3) and `sub` (fd 4). The input is
//! a sequence of steps: write a path from a dictionary of hostile ones
//! (`..`, absolute paths, symlinks, NULs, long names) or raw bytes into
//! the module's memory, or call one WASI function through an exported
//! wrapper with arguments drawn per parameter role.
//!
//! Checked: no panic; every call returns an errno of preview1 (0..=76) or
//! ends the instance (`proc_exit`); the secret never shows up in the
//! module's memory; after the input, the secret file is unchanged and
//! nothing outside `box/` was created, removed or renamed.
//! `poll_oneoff` is left out: its clock subscriptions (read from memory
//! the fuzzer writes) can legitimately sleep for years.

use crate::stats;
use arbitrary::Unstructured;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use trident::{Config, Engine, Linker, Module, Store, Val};
use trident_wasi::{WasiCtx, WasiCtxBuilder};

/// Parameter roles: `f` descriptor, `p` pointer, `n` length, `P`/`N` a
/// path's pointer and length, `x` flags or a small integer, `L` a 64-bit
/// size, offset, time or rights.
const CALLS: &[(&str, &str)] = &[
    ("args_get", "pp"),
    ("args_sizes_get", "pp"),
    ("environ_get", "pp"),
    ("environ_sizes_get", "pp"),
    ("clock_res_get", "xp"),
    ("clock_time_get", "xLp"),
    ("fd_advise", "fLLx"),
    ("fd_allocate", "fLL"),
    ("fd_close", "f"),
    ("fd_datasync", "f"),
    ("fd_fdstat_get", "fp"),
    ("fd_fdstat_set_flags", "fx"),
    ("fd_fdstat_set_rights", "fLL"),
    ("fd_filestat_get", "fp"),
    ("fd_filestat_set_size", "fL"),
    ("fd_filestat_set_times", "fLLx"),
    ("fd_pread", "fpnLp"),
    ("fd_prestat_get", "fp"),
    ("fd_prestat_dir_name", "fpn"),
    ("fd_pwrite", "fpnLp"),
    ("fd_read", "fpnp"),
    ("fd_readdir", "fpnLp"),
    ("fd_renumber", "ff"),
    ("fd_seek", "fLxp"),
    ("fd_sync", "f"),
    ("fd_tell", "fp"),
    ("fd_write", "fpnp"),
    ("path_create_directory", "fPN"),
    ("path_filestat_get", "fxPNp"),
    ("path_filestat_set_times", "fxPNLLx"),
    ("path_link", "fxPNfPN"),
    ("path_open", "fxPNxLLxp"),
    ("path_readlink", "fPNpnp"),
    ("path_remove_directory", "fPN"),
    ("path_rename", "fPNfPN"),
    ("path_symlink", "PNfPN"),
    ("path_unlink_file", "fPN"),
    ("proc_exit", "x"),
    ("proc_raise", "x"),
    ("sched_yield", ""),
    ("random_get", "pn"),
    ("sock_accept", "fxp"),
    ("sock_recv", "fpnxpp"),
    ("sock_send", "fpnxp"),
    ("sock_shutdown", "fx"),
];

/// Where the two path slots live in memory.
const PATH_SLOTS: [u32; 2] = [4096, 4608];

const PATHS: &[&str] = &[
    "a.txt",
    "sub/b.txt",
    "sub",
    "new",
    "new/deeper",
    ".",
    "..",
    "../outside.txt",
    "../box/a.txt",
    "sub/../../outside.txt",
    "/",
    "/etc/passwd",
    "/tmp",
    "esc",
    "abs",
    "sub/esc2",
    "a.txt/",
    "a.txt/..",
    "./././a.txt",
    "nul\0byte",
    "",
    "link",
    "sub/../sub/../a.txt",
];

fn wat() -> String {
    let mut imports = String::new();
    let mut funcs = String::new();
    for (name, roles) in CALLS {
        let params: String = roles
            .chars()
            .map(|r| if r == 'L' { " i64" } else { " i32" })
            .collect();
        let result = if *name == "proc_exit" {
            ""
        } else {
            "(result i32)"
        };
        imports.push_str(&format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param{params}) {result}))\n"
        ));
        let gets: String = (0..roles.len())
            .map(|i| format!("local.get {i} "))
            .collect();
        funcs.push_str(&format!(
            "(func (export \"{name}\") (param{params}) {result} {gets} call ${name})\n"
        ));
    }
    format!("(module {imports} (memory (export \"memory\") 1) {funcs})")
}

fn module() -> &'static (Engine, Module) {
    static M: OnceLock<(Engine, Module)> = OnceLock::new();
    M.get_or_init(|| {
        let mut c = Config::default();
        c.backend("singlepass").cache(false);
        let engine = Engine::new(&c).expect("engine");
        let module = Module::new(&engine, wat()).expect("WASI probe module");
        (engine, module)
    })
}

/// The scratch layout of one input; removed when dropped.
struct Sandbox {
    root: PathBuf,
    secret: String,
}

impl Sandbox {
    fn new() -> Sandbox {
        static N: AtomicU64 = AtomicU64::new(0);
        let root = std::env::temp_dir().join(format!(
            "trident-fuzz-wasi-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&root);
        // Random, from the process's hash seed: not from the input, so
        // the fuzzer cannot write it into memory itself.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(N.load(Ordering::Relaxed));
        let secret = format!("SECRET-{:016x}", h.finish());
        let b = root.join("box");
        std::fs::create_dir_all(b.join("sub")).expect("sandbox");
        std::fs::write(root.join("outside.txt"), &secret).expect("secret");
        std::fs::write(b.join("a.txt"), "hello from inside\n").expect("a.txt");
        std::fs::write(b.join("sub/b.txt"), "b").expect("b.txt");
        let _ = std::os::unix::fs::symlink("../outside.txt", b.join("esc"));
        let _ = std::os::unix::fs::symlink("/etc/passwd", b.join("abs"));
        let _ = std::os::unix::fs::symlink("../../outside.txt", b.join("sub/esc2"));
        Sandbox { root, secret }
    }

    /// The names directly in the scratch root.
    fn outer(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.root)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        make_removable(&self.root);
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Gives every directory below `p` owner rwx, so it can be removed.
fn make_removable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(p) else {
        return;
    };
    if meta.is_dir() {
        let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
        if let Ok(d) = std::fs::read_dir(p) {
            for e in d.flatten() {
                make_removable(&e.path());
            }
        }
    }
}

fn i32_for(role: char, u: &mut Unstructured<'_>, slot: &mut usize, lens: &[u32; 2]) -> i32 {
    let random = u.int_in_range(0..=7u8).unwrap_or(0) == 0;
    if random {
        return u.arbitrary().unwrap_or(0);
    }
    match role {
        'f' => [0, 1, 2, 3, 4, 5, 6, 7, 8, 31, -1][u.choose_index(11).unwrap_or(3)],
        'p' => [0, 16, 64, 1024, 8192, 65532, 65535, 65536, -1][u.choose_index(9).unwrap_or(3)],
        'n' => [0, 1, 2, 4, 8, 16, 255, 4096, 65536, -1][u.choose_index(10).unwrap_or(4)],
        'P' => {
            *slot = u.choose_index(2).unwrap_or(0);
            PATH_SLOTS[*slot] as i32
        }
        'N' => {
            if u.int_in_range(0..=5u8).unwrap_or(0) == 0 {
                lens[*slot].wrapping_add(u.int_in_range(0..=2u32).unwrap_or(0)) as i32 - 1
            } else {
                lens[*slot] as i32
            }
        }
        _ => [0, 1, 2, 3, 4, 8, 15, 16, 0xff, -1][u.choose_index(10).unwrap_or(0)],
    }
}

fn i64_for(u: &mut Unstructured<'_>) -> i64 {
    const L: [i64; 10] = [
        0,
        1,
        5,
        4096,
        1 << 20,
        -1,
        i64::MAX,
        i64::MIN,
        1 << 62,
        0x1ff_ffff,
    ];
    if u.int_in_range(0..=7u8).unwrap_or(0) == 0 {
        u.arbitrary().unwrap_or(0)
    } else {
        L[u.choose_index(L.len()).unwrap_or(0)]
    }
}

/// Runs one input; panics on a bug.
pub fn check(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let sandbox = Sandbox::new();
    let before = sandbox.outer();
    let (engine, module) = module();
    let mut b = WasiCtxBuilder::new();
    b.args(["fuzz", "arg"]);
    b.env("NAME", "value").expect("env");
    b.preopened_dir(sandbox.root.join("box"), ".")
        .expect("preopen");
    b.preopened_dir(sandbox.root.join("box/sub"), "sub")
        .expect("preopen");
    let mut store: Store<WasiCtx> = Store::new(engine, b.build());
    let mut linker: Linker<WasiCtx> = Linker::new();
    trident_wasi::add_to_linker(&mut linker, |c| c);
    let instance = linker.instantiate(&mut store, module).expect("instantiate");
    let memory = instance.get_memory(&mut store, "memory").expect("memory");
    let mut lens = [0u32; 2];
    let steps = u.int_in_range(1..=32u8).unwrap_or(1);
    for _ in 0..steps {
        if u.is_empty() {
            break;
        }
        if u.int_in_range(0..=2u8).unwrap_or(0) == 0 {
            // Write a path into a slot, or raw bytes anywhere.
            let s = u.choose_index(2).unwrap_or(0);
            let bytes: Vec<u8> = if u.arbitrary().unwrap_or(true) {
                let mut p = PATHS[u.choose_index(PATHS.len()).unwrap_or(0)]
                    .as_bytes()
                    .to_vec();
                if u.arbitrary().unwrap_or(false) {
                    let q = PATHS[u.choose_index(PATHS.len()).unwrap_or(0)].as_bytes();
                    p.push(b'/');
                    p.extend_from_slice(q);
                }
                p
            } else {
                let n = u.int_in_range(0..=300u16).unwrap_or(0);
                (0..n).map(|_| u.arbitrary().unwrap_or(b'a')).collect()
            };
            let at = PATH_SLOTS[s] as usize;
            let n = bytes.len().min(500);
            memory.data_mut(&mut store)[at..at + n].copy_from_slice(&bytes[..n]);
            lens[s] = n as u32;
            if u.arbitrary().unwrap_or(false) {
                // An iovec list at 64: (ptr, len) pairs into memory.
                let iov: [u32; 4] = [
                    PATH_SLOTS[s],
                    n as u32,
                    8192,
                    u.int_in_range(0..=64u32).unwrap_or(4),
                ];
                let mem = memory.data_mut(&mut store);
                for (k, w) in iov.iter().enumerate() {
                    mem[64 + 4 * k..68 + 4 * k].copy_from_slice(&w.to_le_bytes());
                }
            }
            continue;
        }
        let (name, roles) = CALLS[u.choose_index(CALLS.len()).unwrap_or(0)];
        let mut slot = 0;
        let args: Vec<Val> = roles
            .chars()
            .map(|r| {
                if r == 'L' {
                    Val::I64(i64_for(&mut u))
                } else {
                    Val::I32(i32_for(r, &mut u, &mut slot, &lens))
                }
            })
            .collect();
        let f = instance.get_func(&mut store, name).expect("export");
        let mut out = if name == "proc_exit" {
            vec![]
        } else {
            vec![Val::I32(-1)]
        };
        stats::count_calls("wasi", 1);
        match f.call(&mut store, &args, &mut out) {
            Ok(()) => {
                if let Some(Val::I32(errno)) = out.first() {
                    assert!(
                        (0..=76).contains(errno),
                        "{name}{args:?} returned errno {errno}"
                    );
                }
            }
            // proc_exit, or a trap the call legitimately causes.
            Err(_) => break,
        }
        let mem = memory.data(&store);
        let needle = sandbox.secret.as_bytes();
        assert!(
            !mem.windows(needle.len()).any(|w| w == needle),
            "{name}{args:?}: the secret outside the sandbox reached memory"
        );
    }
    let secret = std::fs::read_to_string(sandbox.root.join("outside.txt")).unwrap_or_default();
    assert_eq!(
        secret, sandbox.secret,
        "the file outside the sandbox changed"
    );
    assert_eq!(sandbox.outer(), before, "the scratch root changed");
    stats::count_input("wasi inputs");
}
