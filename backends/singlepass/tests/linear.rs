//! Singlepass output grows linearly with its input: modules shaped like
//! the worst cases wasmparser allows (a function body near its
//! 7,654,321-byte cap of straight-line arithmetic, scalar or SIMD, 50,000 locals, deep
//! block nesting, a 100,000-target `br_table`, 10,000 small functions) are
//! generated at 1/16, 1/4 and 1× of those limits with wasm-encoder; each
//! must compile, and code bytes per input unit must stay within a factor
//! 1.5 across scales.
//!
//! All three scales run by default: the full-size cases compile in about
//! half a second in release mode.
//! Compile time itself is measured with medians outside the tests (see the
//! `compile-time` tool), never asserted here.

use trident_compiler::translate_module;
use trident_singlepass::SinglepassCompiler;
use trident_types::{CompilerOptions, Features};
use wasm_encoder::{
    BlockType, CodeSection, ExportKind, ExportSection, Function, FunctionSection, Instruction,
    Module, TypeSection, ValType,
};

/// wasmparser's cap on one function body.
const MAX_BODY: usize = 7_654_321;

/// A module of `bodies` (locals, instructions) of type `(i32) -> i32`.
fn module(bodies: Vec<Function>) -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], [ValType::I32]);
    let mut funcs = FunctionSection::new();
    let mut code = CodeSection::new();
    for body in &bodies {
        funcs.function(0);
        code.function(body);
    }
    let mut exports = ExportSection::new();
    exports.export("f0", ExportKind::Func, 0);
    let mut m = Module::new();
    m.section(&types)
        .section(&funcs)
        .section(&exports)
        .section(&code);
    m.finish()
}

/// Straight-line arithmetic filling `bytes` of body.
fn straight_line(bytes: usize) -> Vec<u8> {
    let mut f = Function::new([]);
    f.instruction(&Instruction::LocalGet(0));
    for _ in 0..(bytes - 16) / 3 {
        f.instruction(&Instruction::LocalGet(0));
        f.instruction(&Instruction::I32Add);
    }
    f.instruction(&Instruction::End);
    module(vec![f])
}

/// Straight-line SIMD filling `bytes` of body: each unit is a distinct
/// `v128.const` and a distinct `i8x16.shuffle` (both grow x86-64's
/// constant pool; AArch64 builds both constants in place).
fn straight_line_simd(bytes: usize) -> Vec<u8> {
    let mut f = Function::new([]);
    f.instruction(&Instruction::LocalGet(0));
    f.instruction(&Instruction::I32x4Splat);
    for k in 0..(bytes - 32) / 38 {
        let mut lanes = [0u8; 16];
        for (i, l) in lanes.iter_mut().enumerate() {
            *l = ((k + 7 * i) % 32) as u8;
        }
        f.instruction(&Instruction::V128Const(k as i128 * 0x1_0000_0001));
        f.instruction(&Instruction::I8x16Shuffle(lanes));
    }
    f.instruction(&Instruction::I32x4ExtractLane(0));
    f.instruction(&Instruction::End);
    module(vec![f])
}

/// `n` locals (the parameter and `n - 1` i64s), each i64 read and copied
/// to the next.
fn many_locals(n: u32) -> Vec<u8> {
    let declared = n - 1;
    let mut f = Function::new([(declared, ValType::I64)]);
    for j in 1..=declared {
        f.instruction(&Instruction::LocalGet(j));
        f.instruction(&Instruction::LocalSet(j % declared + 1));
    }
    f.instruction(&Instruction::LocalGet(0));
    f.instruction(&Instruction::End);
    module(vec![f])
}

/// `depth` nested blocks, each with a conditional branch out.
fn deep_nesting(depth: u32) -> Vec<u8> {
    let mut f = Function::new([]);
    for _ in 0..depth {
        f.instruction(&Instruction::Block(BlockType::Empty));
        f.instruction(&Instruction::LocalGet(0));
        f.instruction(&Instruction::BrIf(0));
    }
    for _ in 0..depth {
        f.instruction(&Instruction::End);
    }
    f.instruction(&Instruction::LocalGet(0));
    f.instruction(&Instruction::End);
    module(vec![f])
}

/// One `br_table` with `n` targets spread over three blocks.
fn big_br_table(n: u32) -> Vec<u8> {
    let mut f = Function::new([]);
    for _ in 0..3 {
        f.instruction(&Instruction::Block(BlockType::Empty));
    }
    f.instruction(&Instruction::LocalGet(0));
    let targets: Vec<u32> = (0..n).map(|i| i % 3).collect();
    f.instruction(&Instruction::BrTable(targets.into(), 0));
    for _ in 0..3 {
        f.instruction(&Instruction::End);
    }
    f.instruction(&Instruction::LocalGet(0));
    f.instruction(&Instruction::End);
    module(vec![f])
}

/// `n` small functions.
fn many_functions(n: u32) -> Vec<u8> {
    let bodies = (0..n)
        .map(|i| {
            let mut f = Function::new([]);
            f.instruction(&Instruction::LocalGet(0));
            f.instruction(&Instruction::I32Const(i as i32));
            f.instruction(&Instruction::I32Add);
            f.instruction(&Instruction::End);
            f
        })
        .collect();
    module(bodies)
}

/// Compiles `wasm` on singlepass; returns the bytes of machine code.
fn code_bytes(wasm: &[u8]) -> usize {
    let t = translate_module(wasm, Features::WASM2).expect("valid module");
    let c = SinglepassCompiler::new(CompilerOptions::default()).expect("compiler");
    let out = trident_compiler::compile_module(&c, &t).expect("compiles");
    out.functions.iter().map(|f| f.body.len()).sum()
}

/// Checks that code size per input unit is the same (within 1.5×) at
/// every scale in `divisors` (1 = full size).
fn check_linear(name: &str, full: usize, divisors: &[usize], make: impl Fn(usize) -> Vec<u8>) {
    let mut ratios = Vec::new();
    for d in divisors {
        let units = full / d;
        let wasm = make(units);
        let code = code_bytes(&wasm);
        let ratio = code as f64 / units as f64;
        println!("{name} at 1/{d}: {units} units, {} input bytes, {code} code bytes, {ratio:.2} per unit", wasm.len());
        ratios.push(ratio);
    }
    let max = ratios.iter().cloned().fold(f64::MIN, f64::max);
    let min = ratios.iter().cloned().fold(f64::MAX, f64::min);
    assert!(min > 0.0, "{name}: no code");
    assert!(
        max / min < 1.5,
        "{name}: code per unit varies from {min:.2} to {max:.2}"
    );
}

fn all(divisors: &[usize]) {
    check_linear(
        "straight-line body bytes",
        MAX_BODY,
        divisors,
        straight_line,
    );
    check_linear(
        "straight-line SIMD body bytes",
        MAX_BODY,
        divisors,
        straight_line_simd,
    );
    check_linear("locals", 50_000, divisors, |n| many_locals(n as u32));
    check_linear("nesting depth", 100_000, divisors, |n| {
        deep_nesting(n as u32)
    });
    check_linear("br_table targets", 100_000, divisors, |n| {
        big_br_table(n as u32)
    });
    check_linear("functions", 10_000, divisors, |n| many_functions(n as u32));
}

#[test]
fn code_grows_linearly_up_to_the_limits() {
    all(&[16, 4, 1]);
}
