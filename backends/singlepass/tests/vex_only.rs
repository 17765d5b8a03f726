//! The two x86-64 encodings never mix: every module of the SIMD spec
//! files and of the scalar float ones, compiled in AVX mode (with or
//! without AVX2), has only
//! VEX-encoded XMM instructions (no SSE/AVX transition penalties), and in
//! SSE4.1 mode none. Checked on the disassembly of the compiled code
//! (functions and trampolines) by the system `objdump` (binutils).
//!
//! Constant pools are disassembled too (as garbage); every blob is
//! followed by 16 `int3` bytes so the next one decodes from its start. If
//! a new constant ever decodes as an XMM instruction of the wrong kind,
//! the message shows it and its offset in the listing.
#![cfg(target_arch = "x86_64")]

use trident_singlepass::SinglepassCompiler;
use trident_test_support::compile_module;
use trident_test_support::disas::{objdump, Isa};
use trident_test_support::spec::{modules_of, spec_files};
use trident_types::{CompilerOptions, Features};

/// The valid modules of the SIMD and float spec files, as binaries.
fn modules() -> Vec<Vec<u8>> {
    spec_files()
        .iter()
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| {
                n.starts_with("simd_")
                    || n.starts_with("f32")
                    || n.starts_with("f64")
                    || n.starts_with("float_")
                    || n == "conversions.wast"
            })
        })
        .flat_map(|file| modules_of(file))
        .collect()
}

/// The XMM instructions (`mnemonic operands`) of all modules' code in the
/// mode `cpu_features` selects.
fn xmm_instructions(modules: &[Vec<u8>], cpu_features: &str) -> Vec<String> {
    let compiler = SinglepassCompiler::new(CompilerOptions {
        target: Some("x86_64-unknown-linux-gnu".into()),
        cpu_features: vec![cpu_features.into()],
        ..Default::default()
    })
    .expect("compiler");
    let mut blob = Vec::new();
    let mut compiled = 0;
    for wasm in modules {
        let Ok(t) = trident_compiler::translate_module(wasm, Features::WASM2) else {
            continue;
        };
        let c = compile_module(&compiler, &t).expect("compiles");
        compiled += 1;
        let bodies = c
            .functions
            .iter()
            .chain(&c.host_to_wasm)
            .chain(c.wasm_to_host.iter().map(|(_, f)| f));
        for f in bodies {
            blob.extend_from_slice(&f.body);
            blob.extend_from_slice(&[0xcc; 16]);
        }
    }
    assert!(compiled > 400, "only {compiled} modules compiled");
    objdump(Isa::X86_64, &blob, &["-M", "intel"])
        .into_iter()
        .filter(|i| i.text.contains("xmm") || i.text.contains("ymm"))
        .map(|i| format!("{:x}: {}", i.offset, i.text))
        .collect()
}

fn mnemonic(line: &str) -> &str {
    line.split_whitespace().nth(1).unwrap_or("")
}

#[test]
fn avx_mode_is_all_vex_and_sse_mode_has_none() {
    let modules = modules();
    for mode in ["+avx", "+avx2"] {
        let avx = xmm_instructions(&modules, mode);
        println!("{mode}: {} XMM instructions", avx.len());
        assert!(avx.len() > 5_000, "only {} XMM instructions", avx.len());
        let legacy: Vec<&String> = avx
            .iter()
            .filter(|l| !mnemonic(l).starts_with('v'))
            .collect();
        assert!(
            legacy.is_empty(),
            "legacy SSE with {mode}: {:?}",
            &legacy[..legacy.len().min(20)]
        );
        let wide: Vec<&String> = avx.iter().filter(|l| l.contains("ymm")).collect();
        assert!(
            wide.is_empty(),
            "256-bit instructions with {mode}: {:?}",
            &wide[..wide.len().min(20)]
        );
    }

    let sse = xmm_instructions(&modules, "-avx");
    println!(
        "{} modules: {} XMM instructions in SSE4.1 mode",
        modules.len(),
        sse.len()
    );
    assert!(sse.len() > 5_000, "only {} XMM instructions", sse.len());
    let vex: Vec<&String> = sse
        .iter()
        .filter(|l| mnemonic(l).starts_with('v'))
        .collect();
    assert!(
        vex.is_empty(),
        "VEX in SSE4.1 mode: {:?}",
        &vex[..vex.len().min(20)]
    );
}
