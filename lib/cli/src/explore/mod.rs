//! `trident explore FILE.wasm -o page.html`: one self-contained HTML page
//! with each function's wasm operators beside the machine code each back
//! end makes of them, mapped instruction by instruction (hover a wasm
//! operator to see its machine instructions in every column, or an
//! instruction to see its operator).
//!
//! The mapping is the back ends' address maps
//! (`CompiledFunction::address_map`): an instruction belongs to the
//! operator whose run contains its offset. Machine code is disassembled
//! by LLVM's MC disassembler (`trident_llvm::listing`), so the command
//! needs the LLVM back end built in. The page embeds its data as JSON and
//! renders it with a small script (`page.html`); it loads nothing else.

use serde::Serialize;
use std::path::{Path, PathBuf};
use thiserror::Error;
use trident::{Config, Engine};

#[derive(Debug, Error)]
pub enum ExploreError {
    #[error("{0}")]
    Read(#[from] crate::precompile::PrecompileError),
    #[error("{path}: not a valid module: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{backend}: {message}")]
    Compile { backend: String, message: String },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot render the page: {0}")]
    Render(String),
    #[error("explore disassembles with LLVM: this trident was built without the LLVM back end")]
    NoDisassembler,
}

/// One wasm operator of a function.
#[derive(Serialize)]
struct Op {
    offset: u32,
    text: String,
    /// Block nesting depth, for indentation.
    depth: u32,
}

/// One machine instruction and the operator it belongs to.
#[derive(Serialize)]
struct Insn {
    offset: u32,
    text: String,
    wasm: Option<u32>,
}

#[derive(Serialize)]
struct Function {
    index: u32,
    name: String,
    ops: Vec<Op>,
    /// Per back end, in the order of `Page::backends`.
    code: Vec<Vec<Insn>>,
}

#[derive(Serialize)]
struct Page {
    module: String,
    backends: Vec<String>,
    targets: Vec<String>,
    functions: Vec<Function>,
}

/// Writes the page for the module at `file` (`.wasm` or `.wat`) to `out`,
/// with the code of `backends`.
pub fn explore(file: &Path, out: &Path, backends: &[String]) -> Result<(), ExploreError> {
    let wasm = crate::precompile::read_module(file)?;
    let mut page = Page {
        module: file.display().to_string(),
        backends: backends.to_vec(),
        targets: Vec::new(),
        functions: operators(file, &wasm)?,
    };
    for backend in backends {
        let failed = |message: String| ExploreError::Compile {
            backend: backend.clone(),
            message,
        };
        let mut config = Config::default();
        config.backend(backend).cache(false);
        let engine = Engine::new(&config).map_err(|e| failed(e.to_string()))?;
        let (header, parts) = engine
            .compile_parts(&wasm)
            .map_err(|e| failed(e.to_string()))?;
        for (f, compiled) in page.functions.iter_mut().zip(&parts.compilation.functions) {
            let insns = disassemble(&header.target, &compiled.body).map_err(&failed)?;
            f.code.push(
                insns
                    .into_iter()
                    .map(|(offset, text)| Insn {
                        offset,
                        text,
                        wasm: compiled.wasm_offset(offset),
                    })
                    .collect(),
            );
        }
        page.targets.push(header.target.clone());
    }
    let json = serde_json::to_string(&page).map_err(|e| ExploreError::Render(e.to_string()))?;
    // Inside <script>, `</` could end the element: JSON allows `<\/`.
    let html = include_str!("page.html").replace("/*DATA*/{}", &json.replace("</", "<\\/"));
    std::fs::write(out, html).map_err(|source| ExploreError::Write {
        path: out.to_path_buf(),
        source,
    })
}

#[cfg(feature = "llvm")]
fn disassemble(triple: &str, code: &[u8]) -> Result<Vec<(u32, String)>, String> {
    trident_llvm::listing::disassemble(triple, code)
        .map(|v| v.into_iter().map(|i| (i.offset, i.text)).collect())
        .map_err(|e| e.to_string())
}

#[cfg(not(feature = "llvm"))]
fn disassemble(_triple: &str, _code: &[u8]) -> Result<Vec<(u32, String)>, String> {
    Err(ExploreError::NoDisassembler.to_string())
}

/// Every defined function with its operators (module offsets, wat-like
/// text) and names from the name section.
fn operators(file: &Path, wasm: &[u8]) -> Result<Vec<Function>, ExploreError> {
    use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};
    let bad = |e: wasmparser::BinaryReaderError| ExploreError::Parse {
        path: file.to_path_buf(),
        message: e.to_string(),
    };
    let mut imported = 0u32;
    let mut functions = Vec::new();
    let mut names = std::collections::HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    if matches!(import.map_err(bad)?.ty, TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let index = imported + functions.len() as u32;
                let mut ops = Vec::new();
                let mut depth = 0u32;
                let mut reader = body.get_operators_reader().map_err(bad)?;
                while !reader.eof() {
                    let (op, offset) = reader.read_with_offset().map_err(bad)?;
                    use wasmparser::Operator as O;
                    if matches!(op, O::End | O::Else) {
                        depth = depth.saturating_sub(1);
                    }
                    ops.push(Op {
                        offset: offset as u32,
                        text: operator_text(&op),
                        depth,
                    });
                    if matches!(
                        op,
                        O::Block { .. } | O::Loop { .. } | O::If { .. } | O::Else
                    ) {
                        depth += 1;
                    }
                }
                functions.push(Function {
                    index,
                    name: String::new(),
                    ops,
                    code: Vec::new(),
                });
            }
            Payload::CustomSection(c) => {
                if let KnownCustom::Name(reader) = c.as_known() {
                    for name in reader.into_iter().flatten() {
                        if let Name::Function(map) = name {
                            for n in map.into_iter().flatten() {
                                names.insert(n.index, n.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for f in &mut functions {
        f.name = names
            .get(&f.index)
            .cloned()
            .unwrap_or_else(|| format!("function[{}]", f.index));
    }
    Ok(functions)
}

/// Namespaces whose operators are written `namespace.operation`.
const NAMESPACES: [&str; 16] = [
    "i32", "i64", "f32", "f64", "v128", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
    "local", "global", "memory", "table", "ref",
];

/// A wat-like rendering of `op`: `i32.add`, `local.get 3`,
/// `i32.load offset=8`, `call 4` (immediates as wasmparser names them).
fn operator_text(op: &wasmparser::Operator<'_>) -> String {
    let debug = format!("{op:?}");
    let (name, fields) = match debug.split_once(' ') {
        Some((n, f)) => (n, f),
        None => (debug.as_str(), ""),
    };
    // CamelCase to snake_case, then the namespace's `_` to `.`.
    let mut snake = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.push(ch.to_ascii_lowercase());
    }
    let text = match snake.split_once('_') {
        Some((ns, rest)) if NAMESPACES.contains(&ns) => format!("{ns}.{rest}"),
        _ => snake,
    };
    let immediates = immediates(fields);
    if immediates.is_empty() {
        text
    } else {
        format!("{text} {immediates}")
    }
}

/// The values of a `Debug` field list `{ a: 1, b: Foo { c: 2 } }`, flat:
/// `offset=…` for a memarg, plain values otherwise.
fn immediates(fields: &str) -> String {
    let fields = fields
        .trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .trim();
    if fields.is_empty() {
        return String::new();
    }
    if let Some(i) = fields.find("offset: ") {
        let rest = &fields[i + 8..];
        let end = rest.find([',', ' ', '}']).unwrap_or(rest.len());
        return format!("offset={}", &rest[..end]);
    }
    fields
        .split(", ")
        .filter_map(|f| f.split_once(": ").map(|(_, v)| v.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::Operator as O;

    #[test]
    fn operators_read_like_wat() {
        assert_eq!(operator_text(&O::I32Add), "i32.add");
        assert_eq!(
            operator_text(&O::LocalGet { local_index: 3 }),
            "local.get 3"
        );
        assert_eq!(operator_text(&O::Call { function_index: 4 }), "call 4");
        assert_eq!(
            immediates(
                "{ memarg: MemArg { align: 0, max_align: 0, offset: 8, target: Memory(0) } }"
            ),
            "offset=8"
        );
        assert_eq!(operator_text(&O::I32x4Add), "i32x4.add");
        assert_eq!(operator_text(&O::BrIf { relative_depth: 1 }), "br_if 1");
    }
}
