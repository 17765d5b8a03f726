//! `trident run --profile perfmap|jitdump`: the files `perf` reads carry
//! the wasm function names (from the name section, names that differ from
//! the exports) with the code's addresses and sizes, on every back end.
//! `perf` itself cannot sample in most containers, so the test checks the
//! files' contents, which is what `perf report` and `perf inject --jit`
//! consume. `--profile guest`: the speedscope file holds well-formed
//! samples whose stacks and weights match where the program spends its
//! time.

use crate::*;
use std::process::Stdio;

const PROGRAM: &str = r#"(module $demo
  (func $inner_work (param i32) (result i32) local.get 0 i32.const 3 i32.mul)
  (func $outer_loop (export "go") (result i32) (local i32 i32)
    (loop $l
      local.get 1 call $inner_work local.set 1
      local.get 0 i32.const 1 i32.add local.tee 0 i32.const 100 i32.lt_u br_if $l)
    local.get 1))"#;

const NAMES: [&str; 2] = ["wasm[demo]::inner_work", "wasm[demo]::outer_loop"];

/// Runs `trident run --profile MODE` in `dir`; returns the process id.
fn run_profiled(dir: &Path, backend: &str, mode: &str) -> u32 {
    let child = Command::new(TRIDENT)
        .args(["run", "--no-cache", "--profile", mode, "--backend", backend])
        .args(["--invoke", "go", "prog.wat"])
        .current_dir(dir)
        .env_clear()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("trident");
    let pid = child.id();
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{backend}: {}", stderr(&o));
    assert_eq!(stdout(&o), "0\n", "{backend}");
    assert_eq!(stderr(&o), "", "{backend}");
    pid
}

#[test]
fn perf_map_names_every_function_on_every_back_end() {
    let dir = temp_dir("perfmap");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    for b in backends() {
        let pid = run_profiled(&dir, &b, "perfmap");
        let path = std::path::PathBuf::from(format!("/tmp/perf-{pid}.map"));
        let map = std::fs::read_to_string(&path).expect("perf map");
        let _ = std::fs::remove_file(&path);
        for name in NAMES {
            let line = map
                .lines()
                .find(|l| l.ends_with(&format!(" {name}")))
                .unwrap_or_else(|| panic!("{b}: no {name} in {map}"));
            let mut fields = line.split(' ');
            let start = u64::from_str_radix(fields.next().unwrap_or(""), 16);
            let size = u64::from_str_radix(fields.next().unwrap_or(""), 16);
            assert!(
                matches!((start, size), (Ok(s), Ok(n)) if s > 0 && n > 0),
                "{b}: bad line {line}"
            );
        }
    }
}

/// The names of the JIT_CODE_LOAD records of a jitdump file, after
/// checking its header.
fn jitdump_names(bytes: &[u8]) -> Vec<(String, u64)> {
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("u32"));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("u64"));
    assert_eq!(u32_at(0), 0x4A69_5444, "magic");
    assert_eq!(u32_at(4), 1, "version");
    let header = u32_at(8) as usize;
    let mut at = header;
    let mut names = Vec::new();
    while at + 16 <= bytes.len() {
        let (id, total) = (u32_at(at), u32_at(at + 4) as usize);
        assert!(total >= 16 && at + total <= bytes.len(), "record at {at}");
        if id == 0 {
            let size = u64_at(at + 40);
            let name_start = at + 56;
            let name_end = bytes[name_start..]
                .iter()
                .position(|b| *b == 0)
                .map(|p| name_start + p)
                .expect("name");
            assert_eq!(name_end + 1 + size as usize, at + total, "code bytes");
            names.push((
                String::from_utf8_lossy(&bytes[name_start..name_end]).into_owned(),
                size,
            ));
        }
        at += total;
    }
    assert_eq!(at, bytes.len(), "trailing bytes");
    names
}

#[test]
fn jitdump_records_every_function_with_its_code_on_every_back_end() {
    let dir = temp_dir("jitdump");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    for b in backends() {
        let pid = run_profiled(&dir, &b, "jitdump");
        let path = dir.join(format!("jit-{pid}.dump"));
        let bytes = std::fs::read(&path).expect("jitdump file");
        let names = jitdump_names(&bytes);
        for name in NAMES {
            assert!(
                names.iter().any(|(n, size)| n == name && *size > 0),
                "{b}: no {name} in {names:?}"
            );
        }
    }
}

/// A loop that spends its time in `$hot_spin` (or, where LLVM inlines it,
/// in its caller `$spin_driver`): names only the name section knows (the
/// export is "spin").
const HOT: &str = r#"(module $demo
  (func $hot_spin (param i32) (result i32)
    (local i32)
    (loop $l
      local.get 1 i32.const 7 i32.mul i32.const 1 i32.add local.set 1
      local.get 0 i32.const 1 i32.sub local.tee 0 br_if $l)
    local.get 1)
  (func $spin_driver (export "spin") (result i32) i32.const 300000000 call $hot_spin))"#;

/// Why `perf record` cannot sample here, or `None` when it can.
fn perf_unavailable(dir: &Path) -> Option<String> {
    let data = dir.join("probe.data");
    let o = Command::new("perf")
        .args(["record", "-q", "-o"])
        .arg(&data)
        .args(["--", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    match o {
        Err(e) => Some(format!("no perf: {e}")),
        Ok(o) if !o.status.success() => Some(format!(
            "perf record fails: {}",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .next()
                .unwrap_or("")
        )),
        Ok(_) => None,
    }
}

#[test]
fn perf_report_shows_wasm_function_names_on_every_back_end() {
    let dir = temp_dir("perf-report");
    if let Some(why) = perf_unavailable(&dir) {
        // The perfmap and jitdump tests above check the files perf reads.
        eprintln!("perf cannot sample on this machine ({why}): only the files are checked");
        return;
    }
    std::fs::write(dir.join("hot.wat"), HOT).expect("write");
    for b in backends() {
        let data = dir.join(format!("{b}.data"));
        let o = Command::new("perf")
            .args(["record", "-q", "-F", "999", "-o"])
            .arg(&data)
            .arg("--")
            .arg(TRIDENT)
            .args(["run", "--no-cache", "--profile", "perfmap", "--backend", &b])
            .args(["--invoke", "spin", "hot.wat"])
            .current_dir(&dir)
            .output()
            .expect("perf record");
        assert!(
            o.status.success(),
            "{b}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let report = Command::new("perf")
            .args(["report", "--stdio", "--sort", "sym", "-i"])
            .arg(&data)
            .current_dir(&dir)
            .output()
            .expect("perf report");
        let text = String::from_utf8_lossy(&report.stdout);
        assert!(
            text.contains("wasm[demo]::hot_spin") || text.contains("wasm[demo]::spin_driver"),
            "{b}: perf report does not name the hot function:\n{text}"
        );
    }
}

/// `$main` calls `$heavy` directly with three times the work it gives it
/// through `$light`.
const TWO_PATHS: &str = include_str!("../../../../tests/programs/profile/two-paths.wat");

/// The samples of a speedscope file, checked for well-formedness: each
/// stack as frame names (outermost first) with its weight.
fn speedscope_samples(path: &Path) -> Vec<(Vec<String>, f64)> {
    let text = std::fs::read_to_string(path).expect("profile");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        v["$schema"], "https://www.speedscope.app/file-format-schema.json",
        "{text}"
    );
    let frames: Vec<String> = v["shared"]["frames"]
        .as_array()
        .expect("frames")
        .iter()
        .map(|f| f["name"].as_str().expect("frame name").to_string())
        .collect();
    let p = &v["profiles"][0];
    assert_eq!(p["type"], "sampled");
    assert_eq!(p["unit"], "milliseconds");
    let samples = p["samples"].as_array().expect("samples");
    let weights = p["weights"].as_array().expect("weights");
    assert_eq!(samples.len(), weights.len());
    let mut total = 0.0;
    let out: Vec<(Vec<String>, f64)> = samples
        .iter()
        .zip(weights)
        .map(|(s, w)| {
            let stack = s
                .as_array()
                .expect("stack")
                .iter()
                .map(|i| frames[i.as_u64().expect("index") as usize].clone())
                .collect();
            let w = w.as_f64().expect("weight");
            assert!(w >= 0.0);
            total += w;
            (stack, w)
        })
        .collect();
    let end = p["endValue"].as_f64().expect("endValue");
    assert!(
        (end - total).abs() < 1e-6 * end.max(1.0),
        "{end} vs {total}"
    );
    out
}

#[test]
fn guest_profile_samples_wasm_stacks_on_every_back_end() {
    let dir = temp_dir("guest-profile");
    std::fs::write(dir.join("prog.wat"), TWO_PATHS).expect("write");
    for b in backends() {
        let file = format!("{b}.json");
        let o = trident_in(
            &dir,
            &[
                "run",
                "--no-cache",
                "--backend",
                &b,
                "--profile",
                "guest",
                "prog.wat",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("written to trident-guest-profile.json"),
            "{b}: {}",
            stderr(&o)
        );
        std::fs::rename(dir.join("trident-guest-profile.json"), dir.join(&file)).expect("mv");
        let samples = speedscope_samples(&dir.join(&file));
        assert!(samples.len() >= 20, "{b}: {} samples", samples.len());
        let weight = |path: &[&str]| -> f64 {
            samples
                .iter()
                .filter(|(s, _)| s.iter().map(String::as_str).eq(path.iter().copied()))
                .map(|(_, w)| w)
                .sum()
        };
        for (stack, _) in &samples {
            assert_eq!(stack.first().map(String::as_str), Some("prof!main"), "{b}");
        }
        let direct = weight(&["prof!main", "prof!heavy"]);
        let nested = weight(&["prof!main", "prof!light", "prof!heavy"]);
        if b == "llvm" && direct == 0.0 && nested == 0.0 {
            // LLVM inlined both callees into $main: one frame.
            assert!(weight(&["prof!main"]) > 0.0, "{b}: {samples:?}");
        } else {
            // Three times the work on the direct path.
            assert!(
                direct > 1.5 * nested && nested > 0.0,
                "{b}: direct {direct} ms, through $light {nested} ms"
            );
        }
    }
}

#[test]
fn guest_profile_is_written_when_a_timeout_stops_the_program() {
    let dir = temp_dir("guest-profile-timeout");
    std::fs::write(
        dir.join("spin.wat"),
        "(module $s (func $spin (loop br 0)) (func $start (export \"_start\") call $spin))",
    )
    .expect("write");
    for b in backends() {
        let o = trident_in(
            &dir,
            &[
                "run",
                "--no-cache",
                "--backend",
                &b,
                "--timeout",
                "200ms",
                "--profile",
                "guest",
                "--profile-output",
                "spin.json",
                "--profile-interval",
                "2ms",
                "spin.wat",
            ],
        );
        assert_eq!(o.status.code(), Some(134), "{b}: {}", stderr(&o));
        assert!(stderr(&o).contains("interrupted"), "{b}: {}", stderr(&o));
        let samples = speedscope_samples(&dir.join("spin.json"));
        assert!(samples.len() >= 10, "{b}: {} samples", samples.len());
        // LLVM may inline $spin into $start.
        let leaf = if b == "llvm" {
            ["s!spin", "s!start"].as_slice()
        } else {
            &["s!spin"]
        };
        assert!(
            samples
                .iter()
                .all(|(s, _)| s.last().is_some_and(|f| leaf.contains(&f.as_str()))),
            "{b}: {samples:?}"
        );
    }
}

#[test]
fn guest_profile_options_are_checked() {
    let dir = temp_dir("guest-profile-options");
    std::fs::write(dir.join("m.wat"), "(module (func (export \"_start\")))").expect("write");
    let o = trident_in(&dir, &["run", "--profile-output", "x.json", "m.wat"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("need --profile guest"),
        "{}",
        stderr(&o)
    );
    // An artifact compiled without epoch checks cannot be sampled.
    let o = trident_in(&dir, &["compile", "m.wat", "-o", "m.trident"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trident_in(&dir, &["run", "--profile", "guest", "m.trident"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--profile guest cannot sample it"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("trident-guest-profile.json").exists());
    // A profile that cannot be written stops the run before it starts.
    let o = trident_in(
        &dir,
        &[
            "run",
            "--profile",
            "guest",
            "--profile-output",
            "no/such/dir/p.json",
            "m.wat",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot write the guest profile no/such/dir/p.json"),
        "{}",
        stderr(&o)
    );
}
