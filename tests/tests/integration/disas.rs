//! Golden disassembly: each `tests/disas/NAME.wat` is compiled by every
//! back end for x86-64 and AArch64 with pinned options, and the listing
//! of every function (objdump, with relocations and trap sites beside
//! their instruction; `trident_test_support::disas`) must equal
//! `tests/disas/NAME.BACKEND-ISA.s`. Any difference fails with a unified
//! diff; a listing without its `.wat` fails as stale.
//!
//! Re-bless after an intended change (and review the diff in git):
//!
//! ```sh
//! make disas-bless   # TRIDENT_BLESS=1 cargo test --release -p trident-tests --test integration disas::
//! ```
//!
//! Pinned: the target triple (never the host), the CPU (x86-64:
//! `haswell`, so AVX2 code on every back end whatever the host has;
//! AArch64: the ARMv8.0 baseline, the only one Trident records), the
//! default optimization level, static bounds checks unless the `.wat`
//! says otherwise. LLVM's output may move with Debian's LLVM point
//! releases, and objdump's text with binutils: re-bless, don't loosen.
//!
//! A `.wat` file may change the options in its leading comment lines:
//! `;;! bounds_checks = dynamic`, `;;! consume_fuel = true`,
//! `;;! epoch_interruption = true`, `;;! nan_canonicalization = true`,
//! `;;! relaxed_simd = native`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use trident_compiler::Compiler;
use trident_cranelift::CraneliftCompiler;
use trident_llvm::LlvmCompiler;
use trident_singlepass::SinglepassCompiler;
use trident_test_support::disas::{self, blessing, check_golden, render, Isa};
use trident_test_support::{check_compilation, compile_module, repo_root, translate_with};
use trident_types::{BoundsChecks, CompilerOptions, ExportKind, Features, RelaxedSimd};

/// Every back end and ISA with a listing, in file-name order.
const TARGETS: [(&str, Isa); 6] = [
    ("cranelift", Isa::Aarch64),
    ("cranelift", Isa::X86_64),
    ("llvm", Isa::Aarch64),
    ("llvm", Isa::X86_64),
    ("singlepass", Isa::Aarch64),
    ("singlepass", Isa::X86_64),
];

/// The CPU model x86-64 listings are generated for.
const X86_CPU: &str = "haswell";

fn disas_dir() -> PathBuf {
    repo_root().join("tests").join("disas")
}

/// The `.wat` files, sorted.
fn wat_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(disas_dir())
        .expect("tests/disas")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "wat"))
        .collect();
    files.sort();
    files
}

/// The options of a `.wat` file: the pinned ones, changed by its
/// `;;! key = value` lines.
fn options(path: &Path, text: &str, isa: Isa) -> Result<CompilerOptions, String> {
    let mut o = CompilerOptions {
        verifier: true,
        target: Some(format!("{}-unknown-linux-gnu", isa.name())),
        target_cpu: (isa == Isa::X86_64).then(|| X86_CPU.to_string()),
        ..Default::default()
    };
    for line in text.lines().map_while(|l| l.strip_prefix(";;")) {
        let Some(setting) = line.strip_prefix('!') else {
            continue;
        };
        let (key, value) = setting
            .split_once('=')
            .map(|(k, v)| (k.trim(), v.trim()))
            .ok_or_else(|| format!("{}: `;;!{setting}` is not `key = value`", path.display()))?;
        let flag = || match value {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(format!("{}: {key} = {value}: not a bool", path.display())),
        };
        match key {
            "bounds_checks" => {
                o.bounds_checks = match value {
                    "static" => BoundsChecks::Static,
                    "dynamic" => BoundsChecks::Dynamic,
                    _ => return Err(format!("{}: bounds_checks = {value}", path.display())),
                }
            }
            "consume_fuel" => o.consume_fuel = flag()?,
            "epoch_interruption" => o.epoch_interruption = flag()?,
            "nan_canonicalization" => o.nan_canonicalization = flag()?,
            "relaxed_simd" => {
                o.relaxed_simd = RelaxedSimd::from_name(value)
                    .ok_or_else(|| format!("{}: relaxed_simd = {value}", path.display()))?
            }
            _ => return Err(format!("{}: unknown setting `{key}`", path.display())),
        }
    }
    Ok(o)
}

fn compiler(backend: &str, options: CompilerOptions) -> Box<dyn Compiler> {
    match backend {
        "cranelift" => Box::new(CraneliftCompiler::new(options).expect("cranelift")),
        "llvm" => Box::new(LlvmCompiler::new(options).expect("llvm")),
        "singlepass" => Box::new(SinglepassCompiler::new(options).expect("singlepass")),
        other => panic!("no back end {other}"),
    }
}

/// The listing of every function of `wasm` compiled by `backend` for
/// `isa` with `options`.
fn listing(name: &str, wasm: &[u8], backend: &str, isa: Isa, options: CompilerOptions) -> String {
    let mut summary = format!(
        "bounds_checks {}, fuel {}, epochs {}, nan_canonicalization {}",
        options.bounds_checks.name(),
        options.consume_fuel,
        options.epoch_interruption,
        options.nan_canonicalization
    );
    if options.relaxed_simd != RelaxedSimd::Deterministic {
        summary += &format!(", relaxed_simd {}", options.relaxed_simd.name());
    }
    let compiler = compiler(backend, options);
    // Wasm 3.0, the default: a 2.0 module compiles the same under it.
    let translation = translate_with(wasm, Features::WASM3);
    let c = compile_module(&*compiler, &translation)
        .unwrap_or_else(|e| panic!("{name}: {backend} for {}: {e}", isa.name()));
    check_compilation(&translation.module, &c)
        .unwrap_or_else(|e| panic!("{name}: {backend} for {}: {e}", isa.name()));
    let module = &translation.module;
    let mut out = format!(
        ";; {name}.wat: {backend}, {}, CPU features {}\n;; {summary}\n",
        compiler.triple(),
        match compiler.cpu_features() {
            None => "(the back end's default)".to_string(),
            Some(f) if f.is_empty() => "(baseline only)".to_string(),
            Some(f) => f.join(","),
        }
    );
    for (i, f) in c.functions.iter().enumerate() {
        let index = module.num_imported_functions + i as u32;
        let mut title = format!("function {index}");
        if let Some(n) = module.function_names.get(&index) {
            title.push_str(&format!(" ${n}"));
        }
        for e in &module.exports {
            if matches!(e.kind, ExportKind::Func(x) if x == index) {
                title.push_str(&format!(" (export \"{}\")", e.name));
            }
        }
        out.push_str(&format!(
            "\n;; {title}: {} bytes, alignment {}\n",
            f.body.len(),
            f.alignment
        ));
        out.push_str(&render(isa, f));
    }
    out
}

#[test]
fn disassembly_matches_the_expected_listings() {
    let files = wat_files();
    assert!(files.len() >= 25, "only {} .wat files", files.len());
    let mut expected_names = BTreeSet::new();
    let mut problems = Vec::new();
    for path in &files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name")
            .to_string();
        let text = std::fs::read_to_string(path).expect("read .wat");
        let wasm = wat::parse_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (backend, isa) in TARGETS {
            let golden = format!("{name}.{backend}-{}.s", isa.name());
            expected_names.insert(golden.clone());
            let options = match options(path, &text, isa) {
                Ok(o) => o,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            let actual = listing(&name, &wasm, backend, isa, options);
            if let Err(e) = check_golden(&disas_dir().join(&golden), &actual) {
                problems.push(e);
            }
        }
    }
    // Listings whose `.wat` or target is gone.
    for e in std::fs::read_dir(disas_dir()).expect("tests/disas") {
        let path = e.expect("directory entry").path();
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file.ends_with(".s") && !expected_names.contains(file) {
            if blessing() {
                std::fs::remove_file(&path).expect("remove a stale listing");
            } else {
                problems.push(format!(
                    "{} is stale: no .wat or target makes it",
                    path.display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} listing(s) differ; after an intended change run `make disas-bless` and review the diff\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

/// The diff failures show.
#[test]
fn diff_shows_changes_with_context() {
    let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n";
    let d = disas::unified_diff(old, new, 1);
    assert_eq!(
        d,
        "@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n@@ -10,1 +10,2 @@\n j\n+k\n"
    );
    assert_eq!(disas::unified_diff(old, old, 3), "");
}

/// Address-map entries, relocations and trap sites are written beside
/// their instruction.
#[test]
fn notes_go_beside_their_instruction() {
    // push rbp; call rel32 (relocated); ud2
    let f = trident_types::CompiledFunction {
        body: vec![0x55, 0xe8, 0, 0, 0, 0, 0x0f, 0x0b],
        relocations: vec![trident_types::Relocation {
            offset: 2,
            kind: trident_types::RelocationKind::X86PcRel4,
            target: trident_types::RelocationTarget::Function(3),
            addend: -4,
        }],
        traps: vec![trident_types::TrapSite {
            offset: 6,
            code: trident_types::TrapCode::UnreachableCodeReached,
        }],
        alignment: 16,
        address_map: vec![(0, 0x20), (6, 0x24)],
        inlined_calls: Vec::new(),
        entry: 0,
    };
    let text = disas::render(Isa::X86_64, &f);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].ends_with("; wasm 0x20"), "{text}");
    assert!(
        lines[1].contains("call")
            && lines[1].ends_with("; @0x2 reloc X86PcRel4 -> function 3, addend -4"),
        "{text}"
    );
    assert!(
        lines[2].ends_with("; wasm 0x24; trap UnreachableCodeReached"),
        "{text}"
    );
}
