//! Individual preview1 calls, made from wasm: each import is wrapped by
//! an exported wasm function of the same name (so the call comes from an
//! instance with a memory, as in a real program), and the host checks the
//! errno and what landed in memory.

use std::time::{Duration, Instant};
use trident::{Config, Engine, Instance, Linker, Module, Store, Val};
use trident_wasi::{OutputPipe, Stream, WasiCtx, WasiCtxBuilder};

/// (name, parameter types) of the calls under test.
const CALLS: &[(&str, &[&str])] = &[
    ("args_sizes_get", &["i32", "i32"]),
    ("args_get", &["i32", "i32"]),
    ("environ_sizes_get", &["i32", "i32"]),
    ("clock_time_get", &["i32", "i64", "i32"]),
    ("clock_res_get", &["i32", "i32"]),
    ("random_get", &["i32", "i32"]),
    ("fd_write", &["i32", "i32", "i32", "i32"]),
    ("fd_seek", &["i32", "i64", "i32", "i32"]),
    ("fd_renumber", &["i32", "i32"]),
    ("fd_prestat_get", &["i32", "i32"]),
    ("fd_prestat_dir_name", &["i32", "i32", "i32"]),
    ("fd_fdstat_get", &["i32", "i32"]),
    ("fd_fdstat_set_rights", &["i32", "i64", "i64"]),
    ("fd_readdir", &["i32", "i32", "i32", "i64", "i32"]),
    ("poll_oneoff", &["i32", "i32", "i32", "i32"]),
    ("proc_raise", &["i32"]),
    ("sched_yield", &[]),
    ("sock_accept", &["i32", "i32", "i32"]),
    ("sock_shutdown", &["i32", "i32"]),
];

fn probe_wat() -> String {
    let mut imports = String::new();
    let mut funcs = String::new();
    for (name, params) in CALLS {
        let p = params.join(" ");
        imports.push_str(&format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {p}) (result i32)))\n"
        ));
        let gets: String = (0..params.len())
            .map(|i| format!("local.get {i} "))
            .collect();
        funcs.push_str(&format!(
            "(func (export \"{name}\") (param {p}) (result i32) {gets} call ${name})\n"
        ));
    }
    format!("(module {imports} (memory (export \"memory\") 1) {funcs})")
}

struct Probe {
    store: Store<WasiCtx>,
    instance: Instance,
}

const NOTCAPABLE: i32 = 76;
const BADF: i32 = 8;
const INVAL: i32 = 28;
const FAULT: i32 = 21;

impl Probe {
    fn new(ctx: WasiCtx) -> Probe {
        let engine = Engine::new(Config::default().cache(false)).expect("engine");
        let module = Module::new(&engine, probe_wat()).expect("probe");
        let mut linker: Linker<WasiCtx> = Linker::new();
        trident_wasi::add_to_linker(&mut linker, |c| c);
        let mut store = Store::new(&engine, ctx);
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        Probe { store, instance }
    }

    fn call(&mut self, name: &str, args: &[Val]) -> i32 {
        let f = self
            .instance
            .get_func(&mut self.store, name)
            .expect("export");
        let mut out = [Val::I32(-1)];
        f.call(&mut self.store, args, &mut out).expect("call");
        match out[0] {
            Val::I32(v) => v,
            other => panic!("{other:?}"),
        }
    }

    fn mem(&mut self) -> &mut [u8] {
        let m = self
            .instance
            .get_memory(&mut self.store, "memory")
            .expect("memory");
        m.data_mut(&mut self.store)
    }

    fn u32_at(&mut self, at: usize) -> u32 {
        u32::from_le_bytes(self.mem()[at..at + 4].try_into().expect("4 bytes"))
    }

    fn u64_at(&mut self, at: usize) -> u64 {
        u64::from_le_bytes(self.mem()[at..at + 8].try_into().expect("8 bytes"))
    }
}

fn i(v: i32) -> Val {
    Val::I32(v)
}

fn l(v: i64) -> Val {
    Val::I64(v)
}

#[test]
fn args_clocks_random_and_faults() {
    let mut b = WasiCtxBuilder::new();
    b.args(["prog", "x y"]);
    let mut p = Probe::new(b.build());
    assert_eq!(p.call("args_sizes_get", &[i(0), i(4)]), 0);
    assert_eq!((p.u32_at(0), p.u32_at(4)), (2, 9));
    assert_eq!(p.call("args_get", &[i(16), i(64)]), 0);
    assert_eq!(p.u32_at(16), 64);
    assert_eq!(p.u32_at(20), 69);
    assert_eq!(&p.mem()[64..73], b"prog\0x y\0");
    assert_eq!(p.call("environ_sizes_get", &[i(0), i(4)]), 0);
    assert_eq!(
        (p.u32_at(0), p.u32_at(4)),
        (0, 0),
        "no environment unless given"
    );
    assert_eq!(p.call("clock_time_get", &[i(1), l(0), i(8)]), 0);
    let t1 = p.u64_at(8);
    assert_eq!(p.call("clock_time_get", &[i(1), l(0), i(8)]), 0);
    assert!(p.u64_at(8) >= t1);
    assert_eq!(p.call("clock_time_get", &[i(9), l(0), i(8)]), INVAL);
    assert_eq!(p.call("clock_res_get", &[i(0), i(8)]), 0);
    assert!(p.u64_at(8) > 0);
    assert_eq!(p.call("random_get", &[i(100), i(64)]), 0);
    assert!(p.mem()[100..164].iter().any(|&b| b != 0));
    assert_eq!(p.call("random_get", &[i(65530), i(64)]), FAULT);
    assert_eq!(p.call("args_get", &[i(65535), i(0)]), FAULT);
    assert_eq!(p.call("proc_raise", &[i(9)]), 52, "NOSYS");
    assert_eq!(p.call("sched_yield", &[]), 0);
}

#[test]
fn fds_rights_renumber_and_sockets() {
    let out = OutputPipe::new();
    let dir = std::env::temp_dir().join(format!("trident-wasi-calls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    for n in 0..20 {
        std::fs::write(dir.join(format!("file-with-a-long-name-{n:02}")), "x").expect("write");
    }
    let mut b = WasiCtxBuilder::new();
    b.stdout(Stream::Output(out.clone()));
    b.preopened_dir(&dir, "/data").expect("pre-open");
    let mut p = Probe::new(b.build());

    // fd_write through an iovec.
    p.mem()[200..205].copy_from_slice(b"hello");
    p.mem()[0..4].copy_from_slice(&200u32.to_le_bytes());
    p.mem()[4..8].copy_from_slice(&5u32.to_le_bytes());
    assert_eq!(p.call("fd_write", &[i(1), i(0), i(1), i(8)]), 0);
    assert_eq!(p.u32_at(8), 5);
    assert_eq!(out.contents(), b"hello");
    assert_eq!(
        p.call("fd_seek", &[i(1), l(0), i(0), i(8)]),
        70,
        "SPIPE on a stream"
    );

    // Pre-opens.
    assert_eq!(p.call("fd_prestat_get", &[i(3), i(16)]), 0);
    assert_eq!((p.mem()[16], p.u32_at(20)), (0, 5));
    assert_eq!(p.call("fd_prestat_dir_name", &[i(3), i(32), i(5)]), 0);
    assert_eq!(&p.mem()[32..37], b"/data");
    assert_eq!(p.call("fd_prestat_get", &[i(4), i(16)]), BADF);
    assert_eq!(p.call("fd_prestat_get", &[i(1), i(16)]), BADF);

    // fd_readdir: a small buffer comes back full (so the guest knows to
    // read on); a big one holds every entry.
    assert_eq!(p.call("fd_readdir", &[i(3), i(1000), i(64), l(0), i(8)]), 0);
    assert_eq!(p.u32_at(8), 64);
    assert_eq!(
        p.call("fd_readdir", &[i(3), i(1000), i(8000), l(0), i(8)]),
        0
    );
    let used = p.u32_at(8) as usize;
    assert_eq!(
        used,
        22 * 24 + 1 + 2 + 20 * 24,
        "., .. and 20 names of 24 bytes"
    );
    assert_eq!(
        p.call("fd_readdir", &[i(3), i(1000), i(8000), l(22), i(8)]),
        0
    );
    assert_eq!(p.u32_at(8), 0, "past the last cookie");

    // Rights only shrink.
    assert_eq!(p.call("fd_fdstat_get", &[i(1), i(16)]), 0);
    let rights = p.u64_at(24);
    let without_write = rights & !(1 << 6);
    assert_eq!(
        p.call(
            "fd_fdstat_set_rights",
            &[i(1), l(without_write as i64), l(0)]
        ),
        0
    );
    assert_eq!(p.call("fd_write", &[i(1), i(0), i(1), i(8)]), NOTCAPABLE);
    assert_eq!(
        p.call("fd_fdstat_set_rights", &[i(1), l(rights as i64), l(0)]),
        NOTCAPABLE
    );

    // fd_renumber needs both fds open; the source is gone afterwards.
    assert_eq!(p.call("fd_renumber", &[i(2), i(10)]), BADF);
    assert_eq!(p.call("fd_renumber", &[i(0), i(2)]), 0);
    assert_eq!(p.call("fd_fdstat_get", &[i(0), i(16)]), BADF);
    assert_eq!(p.call("fd_fdstat_get", &[i(2), i(16)]), 0);

    // No sockets: NOTSOCK for open fds, BADF for others.
    assert_eq!(p.call("sock_accept", &[i(1), i(0), i(16)]), 57);
    assert_eq!(p.call("sock_shutdown", &[i(3), i(2)]), 57);
    assert_eq!(p.call("sock_accept", &[i(77), i(0), i(16)]), BADF);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes one 48-byte subscription at `at`.
fn subscription(
    p: &mut Probe,
    at: usize,
    userdata: u64,
    tag: u8,
    fd_or_clock: u32,
    timeout_ns: u64,
) {
    let m = p.mem();
    m[at..at + 48].fill(0);
    m[at..at + 8].copy_from_slice(&userdata.to_le_bytes());
    m[at + 8] = tag;
    m[at + 16..at + 20].copy_from_slice(&fd_or_clock.to_le_bytes());
    m[at + 24..at + 32].copy_from_slice(&timeout_ns.to_le_bytes());
}

#[test]
fn poll_oneoff_clocks_and_fds() {
    let mut b = WasiCtxBuilder::new();
    b.stdout(Stream::Output(OutputPipe::new()))
        .stdin(Stream::Input(std::io::Cursor::new(b"abc".to_vec())));
    let mut p = Probe::new(b.build());
    assert_eq!(p.call("poll_oneoff", &[i(0), i(1000), i(0), i(4)]), INVAL);

    // A 30 ms relative monotonic timeout.
    subscription(&mut p, 0, 7, 0, 1, 30_000_000);
    let start = Instant::now();
    assert_eq!(p.call("poll_oneoff", &[i(0), i(1000), i(1), i(4)]), 0);
    assert!(start.elapsed() >= Duration::from_millis(30));
    assert_eq!(p.u32_at(4), 1);
    assert_eq!((p.u64_at(1000), p.mem()[1010]), (7, 0));

    // A ready fd beats a long timeout; an unknown fd is an error event.
    subscription(&mut p, 0, 1, 0, 1, 10_000_000_000);
    subscription(&mut p, 48, 2, 1, 0, 0); // read stdin
    subscription(&mut p, 96, 3, 2, 1, 0); // write stdout
    subscription(&mut p, 144, 4, 1, 42, 0); // bad fd
    let start = Instant::now();
    assert_eq!(p.call("poll_oneoff", &[i(0), i(1000), i(4), i(4)]), 0);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(p.u32_at(4), 3);
    let events: Vec<(u64, u16, u8, u64)> = (0..3)
        .map(|k| {
            let at = 1000 + 32 * k;
            let err = u16::from_le_bytes([p.mem()[at + 8], p.mem()[at + 9]]);
            (p.u64_at(at), err, p.mem()[at + 10], p.u64_at(at + 16))
        })
        .collect();
    assert!(
        events.contains(&(2, 0, 1, 3)),
        "stdin readable with 3 bytes: {events:?}"
    );
    assert!(events.contains(&(3, 0, 2, 0)), "{events:?}");
    assert!(events.contains(&(4, BADF as u16, 1, 0)), "{events:?}");
}
