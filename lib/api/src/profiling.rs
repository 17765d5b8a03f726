//! Telling `perf` what the JIT code is (`Config::profiling`): a perf map
//! (`/tmp/perf-PID.map`, one `START SIZE NAME` line per function, which
//! `perf report` reads for anonymous executable memory) or a jitdump file
//! (`./jit-PID.dump`, the binary format `perf inject --jit` turns into
//! per-function ELF images; record with `perf record -k mono`).
//!
//! Names: `wasm[MODULE]::NAME` with the name section's function name, else
//! `wasm[MODULE]::function[INDEX]` (MODULE is the module's own name, or
//! `module`). Trampolines are not named.
//!
//! Invariants: profiling never changes code or behaviour; a file that
//! cannot be written is reported once on stderr and profiling goes on
//! without it; records are appended under one process-wide lock, so the
//! files stay well formed when modules load on several threads. The
//! jitdump file is mapped executable once, as the format requires, so
//! that `perf record` sees it and `perf inject` finds it.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

/// What profiling information Trident writes for its JIT code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Profiling {
    /// Nothing (the default).
    #[default]
    None,
    /// `/tmp/perf-PID.map` for `perf report`.
    PerfMap,
    /// `./jit-PID.dump` for `perf inject --jit`.
    JitDump,
}

impl std::str::FromStr for Profiling {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(Profiling::None),
            "perfmap" => Ok(Profiling::PerfMap),
            "jitdump" => Ok(Profiling::JitDump),
            other => Err(format!(
                "unknown profiling mode `{other}` (expected none, perfmap or jitdump)"
            )),
        }
    }
}

/// One function of loaded code.
pub(crate) struct CodeSymbol {
    pub address: usize,
    pub size: usize,
    pub name: String,
}

/// The open profiling files of this process.
struct Sinks {
    perf_map: Option<File>,
    jitdump: Option<JitDump>,
    reported: bool,
}

static SINKS: Mutex<Sinks> = Mutex::new(Sinks {
    perf_map: None,
    jitdump: None,
    reported: false,
});

/// Records `symbols` (just loaded) in the file `mode` asks for.
pub(crate) fn record(mode: Profiling, symbols: &[CodeSymbol]) {
    if mode == Profiling::None || symbols.is_empty() {
        return;
    }
    let mut sinks = SINKS.lock().unwrap_or_else(|e| e.into_inner());
    let result = match mode {
        Profiling::None => Ok(()),
        Profiling::PerfMap => perf_map(&mut sinks, symbols),
        Profiling::JitDump => jitdump(&mut sinks, symbols),
    };
    if let Err(e) = result {
        if !sinks.reported {
            sinks.reported = true;
            eprintln!("warning: profiling: {e}");
        }
    }
}

fn perf_map(sinks: &mut Sinks, symbols: &[CodeSymbol]) -> Result<(), String> {
    if sinks.perf_map.is_none() {
        let path = PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
        let file = File::options()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        sinks.perf_map = Some(file);
    }
    let Some(file) = sinks.perf_map.as_mut() else {
        return Ok(());
    };
    let mut text = String::new();
    for s in symbols {
        text.push_str(&format!("{:x} {:x} {}\n", s.address, s.size, s.name));
    }
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write the perf map: {e}"))
}

fn jitdump(sinks: &mut Sinks, symbols: &[CodeSymbol]) -> Result<(), String> {
    if sinks.jitdump.is_none() {
        sinks.jitdump = Some(JitDump::create()?);
    }
    let Some(dump) = sinks.jitdump.as_mut() else {
        return Ok(());
    };
    for s in symbols {
        dump.code_load(s)?;
    }
    Ok(())
}

/// An open jitdump file (format: the Linux kernel's
/// tools/perf/Documentation/jitdump-specification.txt).
struct JitDump {
    file: File,
    next_index: u64,
}

/// `JiTD` as a little-endian u32.
const JITDUMP_MAGIC: u32 = 0x4A69_5444;
const JITDUMP_VERSION: u32 = 1;
const JIT_CODE_LOAD: u32 = 0;

/// The ELF machine of this build's code.
fn elf_machine() -> u32 {
    if cfg!(target_arch = "aarch64") {
        183 // EM_AARCH64
    } else {
        62 // EM_X86_64
    }
}

/// `CLOCK_MONOTONIC` in nanoseconds, the clock `perf record -k mono` uses.
fn timestamp() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec.
    if unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) } != 0 {
        return 0;
    }
    (t.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(t.tv_nsec as u64)
}

fn thread_id() -> u32 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u32 }
}

impl JitDump {
    fn create() -> Result<JitDump, String> {
        let pid = std::process::id();
        let path = PathBuf::from(format!("jit-{pid}.dump"));
        let mut file = File::options()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let mut header = Vec::with_capacity(40);
        header.extend_from_slice(&JITDUMP_MAGIC.to_le_bytes());
        header.extend_from_slice(&JITDUMP_VERSION.to_le_bytes());
        header.extend_from_slice(&40u32.to_le_bytes()); // header size
        header.extend_from_slice(&elf_machine().to_le_bytes());
        header.extend_from_slice(&0u32.to_le_bytes()); // padding
        header.extend_from_slice(&pid.to_le_bytes());
        header.extend_from_slice(&timestamp().to_le_bytes());
        header.extend_from_slice(&0u64.to_le_bytes()); // flags
        file.write_all(&header)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        // perf finds the file through an executable mapping of it in the
        // recorded process; the mapping stays for the process's life.
        // SAFETY: a fresh one-page private mapping of our own open file;
        // nothing reads or writes through it, and it is never unmapped.
        let mapped = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                4096,
                libc::PROT_READ | libc::PROT_EXEC,
                libc::MAP_PRIVATE,
                std::os::fd::AsRawFd::as_raw_fd(&file),
                0,
            )
        };
        if mapped == libc::MAP_FAILED {
            return Err(format!(
                "cannot map {}: {}",
                path.display(),
                std::io::Error::last_os_error()
            ));
        }
        Ok(JitDump {
            file,
            next_index: 0,
        })
    }

    fn code_load(&mut self, s: &CodeSymbol) -> Result<(), String> {
        let name = s.name.as_bytes();
        let fixed = 16 + 4 + 4 + 8 + 8 + 8 + 8;
        let total = fixed + name.len() + 1 + s.size;
        let mut record = Vec::with_capacity(total);
        record.extend_from_slice(&JIT_CODE_LOAD.to_le_bytes());
        record.extend_from_slice(&(total as u32).to_le_bytes());
        record.extend_from_slice(&timestamp().to_le_bytes());
        record.extend_from_slice(&std::process::id().to_le_bytes());
        record.extend_from_slice(&thread_id().to_le_bytes());
        record.extend_from_slice(&(s.address as u64).to_le_bytes()); // vma
        record.extend_from_slice(&(s.address as u64).to_le_bytes()); // code address
        record.extend_from_slice(&(s.size as u64).to_le_bytes());
        record.extend_from_slice(&self.next_index.to_le_bytes());
        record.extend_from_slice(name);
        record.push(0);
        // SAFETY: `address..address + size` is a function of code that was
        // just loaded and stays mapped (readable) while its module lives;
        // the caller records it right after loading.
        let code = unsafe { std::slice::from_raw_parts(s.address as *const u8, s.size) };
        record.extend_from_slice(code);
        self.next_index += 1;
        self.file
            .write_all(&record)
            .map_err(|e| format!("cannot write the jitdump file: {e}"))
    }
}
