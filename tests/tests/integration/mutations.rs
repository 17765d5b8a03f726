//! Mutated artifacts: every field of an artifact's metadata changed, one
//! at a time, then re-sealed (checksum recomputed and the artifact signed
//! again with the test's key, so it passes both) and loaded, instantiated
//! and run on every back end. Each must end in a typed error or run: a
//! panic or a signal is a failure.
//!
//! Mutations, per base artifact (a module using every kind of import,
//! export, segment, constant expression and reference, compiled by each
//! back end twice: default options, and dynamic bounds checks with fuel
//! and epoch checks):
//! * structural: every scalar field of the header and the module metadata
//!   (type signatures, import kinds and types, function type indices,
//!   table/memory/global types and limits, constant expressions, export
//!   kinds and indices, the start function, segment kinds, tables,
//!   memories, offsets and items, data ranges, the data count, function
//!   names), the code's metadata (alignment, relocation offsets, kinds,
//!   targets and addends, trap-site offsets and codes) and the record of
//!   what the code was compiled for, each set to boundary and
//!   out-of-range values or to every other variant; every sequence one
//!   item shorter and one longer;
//! * bytes: one bit flipped in every byte of the header, metadata and data
//!   segments (not the machine code: code is code), then re-sealed.
//!
//! Mutated loads run in child processes (this test binary, re-executed
//! for `mutations::mutation_child`), many per child; the child says which
//! mutation it starts before loading it, so a signal is pinned on one
//! mutation, counted as a failure, and a new child goes on after it. A
//! mutation that runs past its time (a mutated relocation can make a loop)
//! is counted apart as a hang; with fuel and epochs compiled in, none
//! should. `TRIDENT_MUTATIONS=N` runs N byte flips per base artifact
//! (default: one per byte of the span, about 1,000); the structural set is
//! always complete.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use trident::artifact::{self, signature, ArtifactHeader, ModuleParts};
use trident::{
    BoundsChecks, Config, Engine, ExportKind, Global, GlobalType, ImportKind, Linker, Module,
    Store, Val, ValType,
};
use trident_types::{
    ConstExpr, ConstOp, DataKind, ElementItems, ElementKind, RelocationKind, RelocationTarget,
    TrapCode,
};

const MODULE: &str = r#"(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (import "host" "f" (func $hf (type $ii)))
  (import "host" "g" (global $g i32))
  (memory (export "mem") 1 4)
  (table $t (export "tab") 4 8 funcref)
  (table $e (export "ext") 2 externref)
  (global $m (export "m") (mut i32) (i32.const 7))
  (global $r (export "r") funcref (ref.func $a))
  (global $c (export "c") i32 (global.get $g))
  (global $l (export "l") i64 (i64.const -5))
  (global $x (export "x") f64 (f64.const 2.5))
  (global $w (export "w") v128 (v128.const i32x4 1 2 3 4))
  (func $a (type $ii) (i32.add (local.get 0) (i32.const 1)))
  (func $b (type $ii) (call $hf (local.get 0)))
  (func $init (type $v) (global.set $m (i32.const 11)))
  (func (export "run") (param i32) (result i32)
    (i32.store (i32.const 16) (local.get 0))
    (i32.add
      (call_indirect (type $ii) (i32.load (i32.const 16)) (i32.const 0))
      (call_indirect (type $ii) (global.get $m) (i32.const 1))))
  (func (export "sum") (param i32) (result i32) (local $i i32) (local $s i32)
    (local.set $i (i32.const 10))
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $i))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $l (i32.ge_s (local.get $i) (i32.const 0))))
    (local.get $s))
  (func (export "bulk") (result i32)
    (memory.init $pd (i32.const 100) (i32.const 0) (i32.const 4))
    (data.drop $pd)
    (memory.fill (i32.const 200) (i32.const 9) (i32.const 8))
    (memory.copy (i32.const 300) (i32.const 100) (i32.const 4))
    (table.init $t $pe (i32.const 2) (i32.const 0) (i32.const 2))
    (elem.drop $pe)
    (i32.load (i32.const 300)))
  (func (export "ref") (param i32) (result funcref) (table.get $t (local.get 0)))
  (func (export "call_ref") (param i32) (result i32)
    (call_indirect (type $ii) (i32.const 5) (local.get 0)))
  (func (export "multi") (param i64 f32) (result i32 i64 f64)
    (i32.const 1) (local.get 0) (global.get $x))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "vec") (result v128) (global.get $w))
  (func (export "ext_set") (param externref) (table.set $e (i32.const 0) (local.get 0)))
  (func (export "ext_get") (result externref) (table.get $e (i32.const 1)))
  (func (export "oob") (result i32) (i32.load (i32.const 65533)))
  (start $init)
  (elem (table $t) (i32.const 0) func $a $b)
  (elem $pe funcref (ref.func $a) (ref.null func))
  (elem declare func $init)
  (data (i32.const 0) "\01\02\03\04\05\06\07\08\09\0a\0b")
  (data $pd "pass"))"#;

/// The test's signing key (re-sealing signs every mutated artifact again).
fn key() -> signature::PrivateKey {
    signature::PrivateKey::from_bytes(&[0x5a; 32])
}

type Edit = Box<dyn Fn(&mut ArtifactHeader, &mut ModuleParts)>;

/// Collects named structural mutations.
#[derive(Default)]
struct Muts {
    list: Vec<(String, Edit)>,
}

impl Muts {
    fn add(
        &mut self,
        name: String,
        edit: impl Fn(&mut ArtifactHeader, &mut ModuleParts) + 'static,
    ) {
        self.list.push((name, Box::new(edit)));
    }
}

/// Values to try for a `u32` field holding `v` near a count `n`.
fn u32s(v: u32, n: usize) -> Vec<u32> {
    let n = n as u32;
    let mut out = vec![
        0,
        1,
        v.wrapping_sub(1),
        v.wrapping_add(1),
        n,
        n.wrapping_add(1),
        u32::MAX,
        v ^ 0x8000_0000,
    ];
    out.sort_unstable();
    out.dedup();
    out.retain(|x| *x != v);
    out
}

const VALS: [ValType; 7] = [
    ValType::I32,
    ValType::I64,
    ValType::F32,
    ValType::F64,
    ValType::V128,
    ValType::FUNCREF,
    ValType::EXTERNREF,
];

/// Every other expression kind, with in- and out-of-range indices.
fn const_exprs(n_funcs: usize, n_globals: usize) -> Vec<ConstExpr> {
    let mut v = vec![
        ConstExpr::I32(0),
        ConstExpr::I32(-1),
        ConstExpr::I32(i32::MAX),
        ConstExpr::I64(3),
        ConstExpr::F32(0),
        ConstExpr::F64(1),
        ConstExpr::V128(7),
    ];
    for t in VALS {
        v.push(ConstExpr::RefNull(t));
    }
    for i in [0, 1, n_funcs as u32 - 1, n_funcs as u32, u32::MAX] {
        v.push(ConstExpr::RefFunc(i));
    }
    for i in [0, 1, n_globals as u32 - 1, n_globals as u32, u32::MAX] {
        v.push(ConstExpr::GlobalGet(i));
        // Extended expressions: well-typed, reading a global, ill-typed,
        // leaving nothing or two values.
        v.push(ConstExpr::Extended(vec![
            ConstOp::GlobalGet(i),
            ConstOp::I32(2),
            ConstOp::I32Mul,
        ]));
    }
    v.push(ConstExpr::Extended(vec![
        ConstOp::I32(1),
        ConstOp::I32(2),
        ConstOp::I32Add,
    ]));
    v.push(ConstExpr::Extended(vec![
        ConstOp::I64(1),
        ConstOp::I32(2),
        ConstOp::I64Sub,
    ]));
    v.push(ConstExpr::Extended(vec![ConstOp::I64Mul]));
    v.push(ConstExpr::Extended(vec![]));
    v.push(ConstExpr::Extended(vec![ConstOp::I32(1), ConstOp::I32(2)]));
    v
}

/// A mutation of a sequence field: one item shorter, one longer.
macro_rules! seq_len {
    ($m:expr, $name:expr, |$p:ident| $seq:expr) => {
        $m.add(format!("{} pop", $name), move |_, $p| {
            $seq.pop();
        });
        $m.add(format!("{} push", $name), move |_, $p| {
            if let Some(last) = $seq.last().cloned() {
                $seq.push(last);
            }
        });
    };
}

fn header_mutations(m: &mut Muts, h: &ArtifactHeader) {
    m.add("fuel flag".into(), |h, _| {
        h.options.consume_fuel = !h.options.consume_fuel
    });
    m.add("epoch flag".into(), |h, _| {
        h.options.epoch_interruption = !h.options.epoch_interruption
    });
    m.add("bounds style".into(), |h, _| {
        h.options.bounds_checks = match h.options.bounds_checks {
            BoundsChecks::Static => BoundsChecks::Dynamic,
            BoundsChecks::Dynamic => BoundsChecks::Static,
        }
    });
    m.add("NaN flag".into(), |h, _| {
        h.options.nan_canonicalization = !h.options.nan_canonicalization
    });
    m.add("opt level".into(), |h, _| {
        h.options.opt_level = trident::OptLevel::None
    });
    for b in ["cranelift", "singlepass", "llvm", "nonesuch"] {
        if b != h.backend {
            m.add(format!("back end {b}"), move |h, _| h.backend = b.into());
        }
    }
    m.add("fingerprint".into(), |h, _| h.fingerprint.push('x'));
    m.add("cpu features none".into(), |h, _| h.cpu_features.clear());
    for p in trident::Proposal::ALL {
        m.add(format!("wasm feature {p}"), move |h, _| {
            let on = h.features.has(p);
            h.features.set(p, !on);
        });
    }
}

fn info_mutations(m: &mut Muts, p: &ModuleParts) {
    let info = &p.info;
    let (nf, ng, nt, nm) = (
        info.functions.len(),
        info.globals.len(),
        info.tables.len(),
        info.memories.len(),
    );
    for (k, t) in info.types.iter().enumerate() {
        for i in 0..t.params.len() {
            for v in VALS {
                m.add(format!("types[{k}].params[{i}]={v}"), move |_, p| {
                    p.info.types[k].params[i] = v
                });
            }
        }
        for i in 0..t.results.len() {
            for v in VALS {
                m.add(format!("types[{k}].results[{i}]={v}"), move |_, p| {
                    p.info.types[k].results[i] = v
                });
            }
        }
        seq_len!(m, format!("types[{k}].params"), |p| p.info.types[k].params);
        seq_len!(m, format!("types[{k}].results"), |p| p.info.types[k]
            .results);
        m.add(format!("types[{k}].params+i32"), move |_, p| {
            p.info.types[k].params.push(ValType::I32)
        });
        m.add(format!("types[{k}].results+funcref"), move |_, p| {
            p.info.types[k].results.push(ValType::FUNCREF)
        });
    }
    seq_len!(m, "types", |p| p.info.types);
    for (n, imp) in info.imports.iter().enumerate() {
        m.add(format!("imports[{n}].field"), move |_, p| {
            p.info.imports[n].field.push('!')
        });
        match imp.kind {
            ImportKind::Func(t) => {
                for v in u32s(t, info.types.len()) {
                    m.add(format!("imports[{n}] func type {v}"), move |_, p| {
                        p.info.imports[n].kind = ImportKind::Func(v)
                    });
                }
            }
            ImportKind::Global(g) => {
                for v in VALS {
                    m.add(format!("imports[{n}] global type {v}"), move |_, p| {
                        p.info.imports[n].kind = ImportKind::Global(GlobalType {
                            content: v,
                            mutable: g.mutable,
                        })
                    });
                }
                m.add(format!("imports[{n}] global mutability"), move |_, p| {
                    p.info.imports[n].kind = ImportKind::Global(GlobalType {
                        content: g.content,
                        mutable: !g.mutable,
                    })
                });
            }
            _ => {}
        }
        let kinds = [
            ImportKind::Func(0),
            ImportKind::Global(GlobalType {
                content: ValType::I32,
                mutable: false,
            }),
            ImportKind::Table(info.tables[0]),
            ImportKind::Memory(info.memories[0]),
        ];
        for (i, kind) in kinds.into_iter().enumerate() {
            m.add(format!("imports[{n}] kind {i}"), move |_, p| {
                p.info.imports[n].kind = kind
            });
        }
    }
    seq_len!(m, "imports", |p| p.info.imports);
    for (i, t) in info.functions.iter().enumerate() {
        for v in u32s(*t, info.types.len()) {
            m.add(format!("functions[{i}]={v}"), move |_, p| {
                p.info.functions[i] = v
            });
        }
    }
    seq_len!(m, "functions", |p| p.info.functions);
    let counts = [
        ("num_imported_functions", info.num_imported_functions, nf),
        ("num_imported_tables", info.num_imported_tables, nt),
        ("num_imported_memories", info.num_imported_memories, nm),
        ("num_imported_globals", info.num_imported_globals, ng),
    ];
    for (c, (name, v, n)) in counts.into_iter().enumerate() {
        for x in u32s(v, n) {
            m.add(format!("{name}={x}"), move |_, p| {
                let i = &mut p.info;
                *[
                    &mut i.num_imported_functions,
                    &mut i.num_imported_tables,
                    &mut i.num_imported_memories,
                    &mut i.num_imported_globals,
                ]
                .into_iter()
                .nth(c)
                .expect("count") = x;
            });
        }
    }
    for (k, t) in info.tables.iter().enumerate() {
        for v in VALS {
            m.add(format!("tables[{k}].element={v}"), move |_, p| {
                p.info.tables[k].element = v
            });
        }
        for x in u32s(t.minimum, 8) {
            m.add(format!("tables[{k}].minimum={x}"), move |_, p| {
                p.info.tables[k].minimum = x
            });
        }
        for x in [None, Some(0), Some(1), Some(u32::MAX)] {
            m.add(format!("tables[{k}].maximum={x:?}"), move |_, p| {
                p.info.tables[k].maximum = x
            });
        }
    }
    seq_len!(m, "tables", |p| p.info.tables);
    for k in 0..nm {
        for x in [0u64, 1, 2, 5, 65536, 65537, u64::MAX] {
            m.add(format!("memories[{k}].minimum={x}"), move |_, p| {
                p.info.memories[k].minimum = x
            });
        }
        for x in [None, Some(0), Some(1), Some(65537), Some(u64::MAX)] {
            m.add(format!("memories[{k}].maximum={x:?}"), move |_, p| {
                p.info.memories[k].maximum = x
            });
        }
        m.add(format!("memories[{k}].memory64"), move |_, p| {
            p.info.memories[k].memory64 = true
        });
        m.add(format!("memories[{k}].shared"), move |_, p| {
            p.info.memories[k].shared = true
        });
    }
    seq_len!(m, "memories", |p| p.info.memories);
    for k in 0..ng {
        for v in VALS {
            m.add(format!("globals[{k}].content={v}"), move |_, p| {
                p.info.globals[k].content = v
            });
        }
        m.add(format!("globals[{k}].mutable"), move |_, p| {
            p.info.globals[k].mutable = !p.info.globals[k].mutable
        });
    }
    seq_len!(m, "globals", |p| p.info.globals);
    for k in 0..info.global_inits.len() {
        for e in const_exprs(nf, ng) {
            m.add(format!("global_inits[{k}]={e:?}"), move |_, p| {
                p.info.global_inits[k] = e.clone()
            });
        }
    }
    seq_len!(m, "global_inits", |p| p.info.global_inits);
    for k in 0..info.table_inits.len() {
        for e in const_exprs(nf, ng) {
            m.add(format!("table_inits[{k}]={e:?}"), move |_, p| {
                p.info.table_inits[k] = Some(e.clone())
            });
        }
        m.add(format!("table_inits[{k}]=None"), move |_, p| {
            p.info.table_inits[k] = None
        });
    }
    seq_len!(m, "table_inits", |p| p.info.table_inits);
    for (k, e) in info.exports.iter().enumerate() {
        let (tag, index) = match e.kind {
            ExportKind::Func(i) => (0, i),
            ExportKind::Table(i) => (1, i),
            ExportKind::Memory(i) => (2, i),
            ExportKind::Global(i) => (3, i),
        };
        let n = [nf, nt, nm, ng][tag];
        for x in u32s(index, n) {
            for t in 0..4 {
                m.add(format!("exports[{k}]=kind {t} index {x}"), move |_, p| {
                    p.info.exports[k].kind = [
                        ExportKind::Func(x),
                        ExportKind::Table(x),
                        ExportKind::Memory(x),
                        ExportKind::Global(x),
                    ][t]
                });
            }
        }
        m.add(format!("exports[{k}].name"), move |_, p| {
            p.info.exports[k].name = p.info.exports[0].name.clone()
        });
    }
    seq_len!(m, "exports", |p| p.info.exports);
    let start = info.start.unwrap_or(0);
    for x in u32s(start, nf) {
        m.add(format!("start={x}"), move |_, p| p.info.start = Some(x));
    }
    m.add("start=None".into(), |_, p| p.info.start = None);
    for (k, seg) in info.elements.iter().enumerate() {
        for v in VALS {
            m.add(format!("elements[{k}].element_type={v}"), move |_, p| {
                p.info.elements[k].element_type = v
            });
        }
        let kinds = [
            ElementKind::Passive,
            ElementKind::Declared,
            ElementKind::Active {
                table: 0,
                offset: ConstExpr::I32(0),
            },
        ];
        for (i, kind) in kinds.into_iter().enumerate() {
            m.add(format!("elements[{k}].kind={i}"), move |_, p| {
                p.info.elements[k].kind = kind.clone()
            });
        }
        if let ElementKind::Active { table, .. } = &seg.kind {
            for x in u32s(*table, nt) {
                m.add(format!("elements[{k}].table={x}"), move |_, p| {
                    if let ElementKind::Active { table, .. } = &mut p.info.elements[k].kind {
                        *table = x;
                    }
                });
            }
            for e in const_exprs(nf, ng) {
                m.add(format!("elements[{k}].offset={e:?}"), move |_, p| {
                    if let ElementKind::Active { offset, .. } = &mut p.info.elements[k].kind {
                        *offset = e.clone();
                    }
                });
            }
        }
        match &seg.items {
            ElementItems::Functions(fs) => {
                for (i, f) in fs.iter().enumerate() {
                    for x in u32s(*f, nf) {
                        m.add(format!("elements[{k}].items[{i}]={x}"), move |_, p| {
                            if let ElementItems::Functions(fs) = &mut p.info.elements[k].items {
                                fs[i] = x;
                            }
                        });
                    }
                }
                m.add(
                    format!("elements[{k}].items as expressions"),
                    move |_, p| {
                        if let ElementItems::Functions(fs) = &p.info.elements[k].items {
                            let e = fs.iter().map(|f| ConstExpr::RefFunc(*f)).collect();
                            p.info.elements[k].items = ElementItems::Expressions(e);
                        }
                    },
                );
            }
            ElementItems::Expressions(es) => {
                for i in 0..es.len() {
                    for e in const_exprs(nf, ng) {
                        m.add(format!("elements[{k}].items[{i}]={e:?}"), move |_, p| {
                            if let ElementItems::Expressions(es) = &mut p.info.elements[k].items {
                                es[i] = e.clone();
                            }
                        });
                    }
                }
            }
        }
    }
    seq_len!(m, "elements", |p| p.info.elements);
    for (k, seg) in info.data.iter().enumerate() {
        if let DataKind::Active { memory, .. } = &seg.kind {
            for x in u32s(*memory, nm) {
                m.add(format!("data[{k}].memory={x}"), move |_, p| {
                    if let DataKind::Active { memory, .. } = &mut p.info.data[k].kind {
                        *memory = x;
                    }
                });
            }
            for e in const_exprs(nf, ng) {
                m.add(format!("data[{k}].offset={e:?}"), move |_, p| {
                    if let DataKind::Active { offset, .. } = &mut p.info.data[k].kind {
                        *offset = e.clone();
                    }
                });
            }
            m.add(format!("data[{k}] passive"), move |_, p| {
                p.info.data[k].kind = DataKind::Passive
            });
        } else {
            m.add(format!("data[{k}] active"), move |_, p| {
                p.info.data[k].kind = DataKind::Active {
                    memory: 0,
                    offset: ConstExpr::I32(65534),
                }
            });
        }
        let len = p.data.len();
        for (s, e) in [
            (0, 0),
            (0, len),
            (0, len + 1),
            (len, len),
            (len + 1, len + 1),
            (seg.range.end, seg.range.start),
            (usize::MAX, usize::MAX),
        ] {
            m.add(format!("data[{k}].range={s}..{e}"), move |_, p| {
                p.info.data[k].range = s..e
            });
        }
    }
    seq_len!(m, "data", |p| p.info.data);
    for x in [None, Some(0), Some(1), Some(2), Some(3), Some(u32::MAX)] {
        m.add(format!("data_count={x:?}"), move |_, p| {
            p.info.data_count = x
        });
    }
    for x in [0u32, nf as u32, u32::MAX] {
        m.add(format!("function_names[{x}]"), move |_, p| {
            p.info.function_names.insert(x, "n".into());
        });
    }
    m.add("data bytes pop".into(), |_, p| {
        p.data.pop();
    });
}

fn code_mutations(m: &mut Muts, p: &ModuleParts) {
    let c = &p.compilation;
    let nf = p.info.functions.len();
    let groups: [(&str, usize); 3] = [
        ("functions", c.functions.len()),
        ("host_to_wasm", c.host_to_wasm.len()),
        ("wasm_to_host", c.wasm_to_host.len()),
    ];
    fn pick(
        c: &mut trident_types::Compilation,
        g: usize,
        i: usize,
    ) -> &mut trident_types::CompiledFunction {
        match g {
            0 => &mut c.functions[i],
            1 => &mut c.host_to_wasm[i],
            _ => &mut c.wasm_to_host[i].1,
        }
    }
    for (g, (group, n)) in groups.into_iter().enumerate() {
        for i in 0..n {
            let f = match g {
                0 => &c.functions[i],
                1 => &c.host_to_wasm[i],
                _ => &c.wasm_to_host[i].1,
            };
            for a in [0u32, 1, 3, 8192, u32::MAX] {
                m.add(format!("{group}[{i}].alignment={a}"), move |_, p| {
                    pick(&mut p.compilation, g, i).alignment = a
                });
            }
            let len = f.body.len() as u32;
            for (r, rel) in f.relocations.iter().enumerate() {
                for x in u32s(rel.offset, len as usize) {
                    m.add(
                        format!("{group}[{i}].reloc[{r}].offset={x}"),
                        move |_, p| pick(&mut p.compilation, g, i).relocations[r].offset = x,
                    );
                }
                let RelocationTarget::Function(t) = rel.target;
                for x in u32s(t, nf) {
                    m.add(
                        format!("{group}[{i}].reloc[{r}].target={x}"),
                        move |_, p| {
                            pick(&mut p.compilation, g, i).relocations[r].target =
                                RelocationTarget::Function(x)
                        },
                    );
                }
                for a in [0i64, -4, 4, i64::MIN, i64::MAX, 1 << 40] {
                    m.add(
                        format!("{group}[{i}].reloc[{r}].addend={a}"),
                        move |_, p| pick(&mut p.compilation, g, i).relocations[r].addend = a,
                    );
                }
                for k in [RelocationKind::X86PcRel4, RelocationKind::Arm64Call] {
                    m.add(
                        format!("{group}[{i}].reloc[{r}].kind={k:?}"),
                        move |_, p| pick(&mut p.compilation, g, i).relocations[r].kind = k,
                    );
                }
            }
            if g == 0 && i == 0 {
                m.add(format!("{group}[{i}] relocation added"), move |_, p| {
                    let kind = if cfg!(target_arch = "x86_64") {
                        RelocationKind::X86PcRel4
                    } else {
                        RelocationKind::Arm64Call
                    };
                    pick(&mut p.compilation, g, i)
                        .relocations
                        .push(trident_types::Relocation {
                            offset: 0,
                            kind,
                            target: RelocationTarget::Function(nf as u32 - 1),
                            addend: 0,
                        })
                });
            }
            for (t, site) in f.traps.iter().enumerate() {
                for x in u32s(site.offset, len as usize) {
                    m.add(format!("{group}[{i}].trap[{t}].offset={x}"), move |_, p| {
                        pick(&mut p.compilation, g, i).traps[t].offset = x
                    });
                }
                for code in [
                    TrapCode::HeapOutOfBounds,
                    TrapCode::OutOfFuel,
                    TrapCode::Interrupted,
                    TrapCode::UnreachableCodeReached,
                ] {
                    if code != site.code {
                        m.add(
                            format!("{group}[{i}].trap[{t}].code={code:?}"),
                            move |_, p| pick(&mut p.compilation, g, i).traps[t].code = code,
                        );
                    }
                }
            }
            seq_len!(m, format!("{group}[{i}].traps"), |p| pick(
                &mut p.compilation,
                g,
                i
            )
            .traps);
        }
    }
    for (i, (t, _)) in c.wasm_to_host.iter().enumerate() {
        for x in u32s(*t, p.info.types.len()) {
            m.add(format!("wasm_to_host[{i}].type={x}"), move |_, p| {
                p.compilation.wasm_to_host[i].0 = x
            });
        }
    }
    seq_len!(m, "compiled functions", |p| p.compilation.functions);
    seq_len!(m, "host_to_wasm", |p| p.compilation.host_to_wasm);
    seq_len!(m, "wasm_to_host", |p| p.compilation.wasm_to_host);
    let cf = &p.compiled_for;
    for k in 0..cf.types.len() {
        m.add(format!("compiled_for.types[{k}]"), move |_, p| {
            p.compiled_for.types[k].results.push(ValType::I32)
        });
    }
    for (i, t) in cf.functions.iter().enumerate() {
        for x in u32s(*t, cf.types.len()) {
            m.add(format!("compiled_for.functions[{i}]={x}"), move |_, p| {
                p.compiled_for.functions[i] = x
            });
        }
    }
    for l in 0..4 {
        m.add(format!("compiled_for.layout[{l}]"), move |_, p| {
            p.compiled_for.layout[l] += 1
        });
    }
}

/// Every mutated artifact of `base`, re-sealed and signed, with its name.
fn mutated(base: &[u8], flips: Option<usize>) -> Vec<(String, Vec<u8>)> {
    let (header, parts) = artifact::read_artifact(base).expect("base artifact");
    let mut m = Muts::default();
    header_mutations(&mut m, &header);
    info_mutations(&mut m, &parts);
    code_mutations(&mut m, &parts);
    let seal = |bytes: &[u8]| signature::sign_artifact(bytes, &key()).expect("sign");
    let mut out: Vec<(String, Vec<u8>)> = m
        .list
        .iter()
        .map(|(name, edit)| {
            let (mut h, mut p) = (header.clone(), parts.clone());
            edit(&mut h, &mut p);
            (name.clone(), seal(&artifact::write_artifact(&h, &p)))
        })
        .collect();
    let span = artifact::artifact::metadata_span_for_tests(&header, &parts);
    let unsigned = artifact::write_artifact(&header, &parts);
    let count = flips.unwrap_or(span.len());
    for n in 0..count {
        // Spread over the span: byte, and which bit.
        let at = span.start + (n * 7919) % span.len();
        let bit = (n / span.len() + n) % 8;
        let mut b = unsigned.clone();
        b[at] ^= 1 << bit;
        artifact::artifact::reseal_checksum_for_tests(&mut b);
        out.push((format!("byte {at} bit {bit}"), seal(&b)));
    }
    out
}

/// What one load ended in (in the child).
fn load_and_run(bytes: &[u8]) -> Result<String, String> {
    signature::verify_artifact(bytes, &[key().verifying_key()]).map_err(|e| e.to_string())?;
    let (header, _) = artifact::read_artifact_header(bytes).map_err(|e| e.to_string())?;
    let engine = trident_fuzzing::artifact::engine_for(&header);
    // SAFETY: the point of the test: a mutated artifact must be refused
    // or run without a crash.
    let module = unsafe { Module::deserialize(&engine, bytes) }.map_err(|e| e.to_string())?;
    let mut store = Store::new(&engine, ());
    store.set_fuel(1_000_000);
    let mut linker: Linker<()> = Linker::new();
    linker.func_wrap("host", "f", |x: i32| x.wrapping_mul(3));
    let g = Global::new(
        &mut store,
        GlobalType {
            content: ValType::I32,
            mutable: false,
        },
        Val::I32(40),
    )
    .map_err(|e| e.to_string())?;
    linker.define("host", "g", g);
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| format!("instantiate: {e}"))?;
    Ok(trident_fuzzing::artifact::exercise_exports(
        &mut store, &instance,
    ))
}

/// The child: loads the mutations in the file named by the environment,
/// from the index it names, saying which one it starts.
#[test]
fn mutation_child() {
    let Ok(file) = std::env::var("TRIDENT_MUTATION_CHILD") else {
        return; // only meaningful as the child of `mutated_artifacts_...`
    };
    let from: usize = std::env::var("TRIDENT_MUTATION_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let all = read_batch(Path::new(&file));
    let current = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(usize::MAX));
    let watch = current.clone();
    // A mutation that runs past 10 s is a hang: say so and stop.
    std::thread::spawn(move || {
        let mut last = (usize::MAX, std::time::Instant::now());
        loop {
            std::thread::sleep(Duration::from_millis(200));
            let now = watch.load(std::sync::atomic::Ordering::SeqCst);
            if now != last.0 {
                last = (now, std::time::Instant::now());
            } else if now != usize::MAX && last.1.elapsed() > Duration::from_secs(10) {
                println!("HANG {now}");
                let _ = std::io::stdout().flush();
                std::process::exit(3);
            }
        }
    });
    let mut out = std::io::stdout().lock();
    for (i, bytes) in all.iter().enumerate().skip(from) {
        current.store(i, std::sync::atomic::Ordering::SeqCst);
        let _ = writeln!(out, "BEGIN {i}");
        let _ = out.flush();
        let outcome = std::panic::catch_unwind(|| load_and_run(bytes));
        let line = match outcome {
            Ok(Ok(_)) => format!("RAN {i}"),
            Ok(Err(e)) => format!("REFUSED {i} {}", e.replace('\n', " ")),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                format!("PANIC {i} {}", msg.replace('\n', " "))
            }
        };
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }
    let _ = writeln!(out, "DONE");
}

fn write_batch(path: &Path, items: &[(String, Vec<u8>)]) {
    let mut b = Vec::new();
    for (_, bytes) in items {
        b.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        b.extend_from_slice(bytes);
    }
    std::fs::write(path, b).expect("write batch");
}

fn read_batch(path: &Path) -> Vec<Vec<u8>> {
    let b = std::fs::read(path).expect("read batch");
    let mut out = Vec::new();
    let mut at = 0;
    while at + 8 <= b.len() {
        let n = u64::from_le_bytes(b[at..at + 8].try_into().expect("len")) as usize;
        out.push(b[at + 8..at + 8 + n].to_vec());
        at += 8 + n;
    }
    out
}

#[derive(Default, Debug)]
struct Tally {
    ran: usize,
    refused: usize,
    panics: Vec<String>,
    signals: Vec<String>,
    hangs: Vec<String>,
    refusals: BTreeMap<String, usize>,
}

/// Runs `items` in children, resuming after each crash.
fn run_batch(dir: &Path, tag: &str, items: &[(String, Vec<u8>)], tally: &mut Tally) {
    let file = dir.join(format!("{tag}.batch"));
    write_batch(&file, items);
    let exe = std::env::current_exe().expect("current exe");
    let mut from = 0;
    while from < items.len() {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "mutations::mutation_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("TRIDENT_MUTATION_CHILD", &file)
            .env("TRIDENT_MUTATION_FROM", from.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        let mut begun = None;
        let mut done = false;
        let mut hang = None;
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("child output");
            let mut words = line.splitn(3, ' ');
            let (word, index) = (
                words.next(),
                words.next().and_then(|w| w.parse::<usize>().ok()),
            );
            match (word, index) {
                (Some("BEGIN"), Some(i)) => begun = Some(i),
                (Some("RAN"), Some(_)) => {
                    tally.ran += 1;
                    begun = None;
                }
                (Some("REFUSED"), Some(_)) => {
                    tally.refused += 1;
                    let why = words.next().unwrap_or_default();
                    let kind: String = why.chars().take(60).collect();
                    *tally.refusals.entry(kind).or_default() += 1;
                    begun = None;
                }
                (Some("PANIC"), Some(i)) => {
                    tally.panics.push(format!(
                        "{tag}: {}: {}",
                        items[i].0,
                        words.next().unwrap_or_default()
                    ));
                    begun = None;
                }
                (Some("HANG"), Some(i)) => hang = Some(i),
                (Some("DONE"), _) => done = true,
                _ => {}
            }
        }
        let status = child.wait().expect("wait");
        if done {
            break;
        }
        if let Some(i) = hang {
            tally.hangs.push(format!("{tag}: {}", items[i].0));
            from = i + 1;
            continue;
        }
        match begun {
            Some(i) => {
                tally
                    .signals
                    .push(format!("{tag}: {} ({status})", items[i].0));
                from = i + 1;
            }
            None => panic!("{tag}: the child stopped between mutations: {status}"),
        }
    }
}

fn base_artifacts() -> Vec<(String, Vec<u8>)> {
    let wasm = wat::parse_str(MODULE).expect("wat");
    let mut out = Vec::new();
    for backend in Config::available_backends() {
        for (name, dynamic) in [("static", false), ("dynamic+fuel+epochs", true)] {
            let mut c = Config::default();
            c.backend(backend).cache(false);
            if dynamic {
                c.bounds_checks(BoundsChecks::Dynamic)
                    .consume_fuel(true)
                    .epoch_interruption(true);
            }
            let engine = Engine::new(&c).expect("engine");
            let bytes = engine.precompile_module(&wasm).expect("compile");
            out.push((format!("{backend} {name}"), bytes));
        }
    }
    out
}

#[test]
fn mutated_artifacts_are_refused_or_run_never_crash() {
    let flips = std::env::var("TRIDENT_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok());
    let dir: PathBuf =
        std::env::temp_dir().join(format!("trident-mutations-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let mut tally = Tally::default();
    let mut total = 0;
    for (tag, base) in base_artifacts() {
        // The unmutated artifact runs, signed and all.
        let signed = signature::sign_artifact(&base, &key()).expect("sign");
        let ok = load_and_run(&signed).unwrap_or_else(|e| panic!("{tag}: base: {e}"));
        assert!(
            ok.contains("run:true") && ok.contains("sum:true"),
            "{tag}: {ok}"
        );
        let items = mutated(&base, flips);
        let flipped = items.iter().filter(|(n, _)| n.starts_with("byte ")).count();
        println!(
            "{tag}: {} structural mutations, {flipped} bit flips",
            items.len() - flipped
        );
        total += items.len();
        run_batch(&dir, &tag.replace(' ', "-"), &items, &mut tally);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let mut kinds: Vec<(&String, &usize)> = tally.refusals.iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(a.1));
    println!(
        "mutations: {total} loaded; {} ran, {} refused with a typed error, {} panics, {} signals, {} hangs",
        tally.ran,
        tally.refused,
        tally.panics.len(),
        tally.signals.len(),
        tally.hangs.len()
    );
    for (k, n) in kinds.iter().take(12) {
        println!("  {n:>6} {k}");
    }
    assert!(total >= 10_000 || flips.is_some(), "only {total} mutations");
    assert!(
        tally.panics.is_empty() && tally.signals.is_empty() && tally.hangs.is_empty(),
        "panics: {:#?}\nsignals: {:#?}\nhangs: {:#?}",
        tally.panics,
        tally.signals,
        tally.hangs
    );
}
