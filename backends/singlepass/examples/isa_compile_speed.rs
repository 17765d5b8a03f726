//! `cargo run --release -p trident-singlepass --example isa_compile_speed
//! -- [--runs N] FILE.wasm…`: singlepass compile time of each module for
//! x86-64 and for AArch64 on this host (translation plus code generation,
//! no loading, so a foreign target is measured the same way), median of N
//! runs, and the code size for each target.

use std::time::{Duration, Instant};
use trident_compiler::translate_module;
use trident_singlepass::SinglepassCompiler;
use trident_types::{CompilerOptions, Features};

const TARGETS: [&str; 2] = ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"];

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut runs = 5usize;
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(5).max(1),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        return Err("usage: isa_compile_speed [--runs N] FILE.wasm...".into());
    }
    println!("module\ttarget\tmedian_ms\tcode_bytes");
    for file in &files {
        let bytes = std::fs::read(file)?;
        for target in TARGETS {
            let options = CompilerOptions {
                target: Some(target.into()),
                ..Default::default()
            };
            let compiler = SinglepassCompiler::new(options)?;
            let mut samples = Vec::with_capacity(runs);
            let mut code = 0usize;
            for _ in 0..runs {
                let start = Instant::now();
                let t = translate_module(&bytes, Features::WASM2)?;
                let c = trident_compiler::compile_module(&compiler, &t)?;
                samples.push(start.elapsed());
                code = c.functions.iter().map(|f| f.body.len()).sum();
            }
            let m = median(&mut samples);
            println!("{file}\t{target}\t{:.2}\t{code}", m.as_secs_f64() * 1e3);
        }
    }
    Ok(())
}
