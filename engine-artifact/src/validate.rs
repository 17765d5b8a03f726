//! The complete check of a decoded module before anything is loaded or
//! instantiated: whatever the metadata says, the runtime may then index
//! and evaluate it without a panic or a wild access.
//!
//! [`validate_info`] checks every index against the module's own counts
//! (types, functions, tables, memories, globals, segments), every type
//! (value types allowed by the recorded Wasm features, limits, the element
//! type of tables and segments), every constant expression (its type, and
//! `global.get`/`ref.func` indices), imports against the index spaces they
//! open, exports and the start function. [`validate_compilation`] checks
//! the code's metadata: one body per defined function and per type,
//! relocation targets (defined functions only), kinds (the target's) and
//! places (inside the body), trap sites (inside the body, sorted).
//! [`validate_flags`] checks the header's code-deciding flags against the
//! code itself, through its trap sites: fuel and epoch checks leave
//! `OutOfFuel`/`Interrupted` sites in every function (and none without
//! them), and under dynamic bounds checks a function whose memory
//! accesses are trap sites also has an explicit check (a `HeapOutOfBounds`
//! site on a trap instruction): static-style code has only the accesses,
//! which a dynamic-style memory's small reservation does not guard.
//!
//! What cannot be checked: that machine code does what its metadata says
//! (signatures, vmctx offsets baked into it). A consistent lie is code,
//! and code from an untrusted source can do anything: that is why
//! `Module::deserialize` is `unsafe`, and why artifacts can be signed.

use std::collections::BTreeSet;
use thiserror::Error;
use trident_types::{
    BoundsChecks, Compilation, CompiledFunction, CompilerOptions, ConstExpr, ConstOp, DataKind,
    ElementItems, ElementKind, ExportKind, Features, FuncType, GlobalType, HeapType, ImportKind,
    MemoryType, ModuleInfo, RefType, RelocationKind, RelocationTarget, TableType, TrapCode,
    ValType,
};

/// Why a module's metadata was refused.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum MetadataError {
    #[error("{what} index {index} is out of range (the module has {count})")]
    Index {
        what: &'static str,
        index: u64,
        count: u64,
    },
    #[error("{what}: {found} where {expected} is required")]
    Type {
        what: String,
        expected: String,
        found: String,
    },
    #[error("{what} needs the Wasm feature `{feature}`, which the artifact was not compiled with")]
    Feature { what: String, feature: &'static str },
    #[error("{what} has limits {minimum}..{maximum} (at most {limit})")]
    Limits {
        what: String,
        minimum: u64,
        maximum: String,
        limit: u64,
    },
    #[error("{0}")]
    Inconsistent(String),
    #[error("the header says {claimed}, but the code {found}")]
    Flags { claimed: String, found: String },
}

use MetadataError as E;

fn index(what: &'static str, index: u32, count: usize) -> Result<(), MetadataError> {
    if (index as usize) < count {
        Ok(())
    } else {
        Err(E::Index {
            what,
            index: index.into(),
            count: count as u64,
        })
    }
}

fn inconsistent(what: impl Into<String>) -> MetadataError {
    E::Inconsistent(what.into())
}

fn val_type(what: impl Fn() -> String, t: ValType, f: &Features) -> Result<(), MetadataError> {
    let feature = match t {
        ValType::V128 if !f.simd => "simd",
        ValType::Ref(_) if !f.reference_types => "reference-types",
        ValType::Ref(r)
            if r != RefType::FUNCREF && r != RefType::EXTERNREF && !f.function_references =>
        {
            "function-references"
        }
        _ => return Ok(()),
    };
    Err(E::Feature {
        what: format!("{} ({t})", what()),
        feature,
    })
}

fn func_type(k: usize, t: &FuncType, f: &Features) -> Result<(), MetadataError> {
    for (i, p) in t.params.iter().enumerate() {
        val_type(|| format!("type {k} parameter {i}"), *p, f)?;
    }
    for (i, r) in t.results.iter().enumerate() {
        val_type(|| format!("type {k} result {i}"), *r, f)?;
    }
    if t.results.len() > 1 && !f.multi_value {
        return Err(E::Feature {
            what: format!("type {k} ({t})"),
            feature: "multi-value",
        });
    }
    Ok(())
}

fn table_type(what: String, t: &TableType, f: &Features) -> Result<(), MetadataError> {
    if !t.element.is_ref() {
        return Err(E::Type {
            what: format!("{what} element type"),
            expected: "a reference type".into(),
            found: t.element.to_string(),
        });
    }
    if t.element.is_extern_ref() && !f.reference_types {
        return Err(E::Feature {
            what,
            feature: "reference-types",
        });
    }
    if t.maximum.is_some_and(|m| m < t.minimum) {
        return Err(E::Limits {
            what,
            minimum: t.minimum.into(),
            maximum: format!("{:?}", t.maximum),
            limit: u32::MAX.into(),
        });
    }
    Ok(())
}

/// Pages of a 32-bit memory.
const MAX_PAGES: u64 = 65536;

/// Pages of a 64-bit memory (2^64 bytes).
const MAX_PAGES_64: u64 = 1 << 48;

fn memory_type(what: String, t: &MemoryType) -> Result<(), MetadataError> {
    if t.shared {
        return Err(inconsistent(format!(
            "{what} is a shared memory, which Trident does not have"
        )));
    }
    let limit = if t.memory64 { MAX_PAGES_64 } else { MAX_PAGES };
    let max = t.maximum.unwrap_or(limit);
    if t.minimum > limit || max > limit || max < t.minimum {
        return Err(E::Limits {
            what,
            minimum: t.minimum,
            maximum: format!("{:?}", t.maximum),
            limit,
        });
    }
    Ok(())
}

fn global_type(
    what: impl Fn() -> String,
    t: &GlobalType,
    f: &Features,
) -> Result<(), MetadataError> {
    val_type(what, t.content, f)
}

/// The globals a constant expression may read: Wasm 2.0 only imported
/// ones; with `gc`, also the defined globals before `before` (the global
/// being initialized; every global for segment offsets and items).
fn readable_globals(info: &ModuleInfo, f: &Features, before: usize) -> usize {
    if f.gc {
        before
    } else {
        info.num_imported_globals as usize
    }
}

/// The type of `global.get i` in a constant expression, after checking
/// that `i` is readable (`visible`) and immutable.
fn const_global(
    what: &dyn Fn() -> String,
    i: u32,
    info: &ModuleInfo,
    visible: usize,
) -> Result<ValType, MetadataError> {
    index("global.get global", i, visible.min(info.globals.len()))?;
    let g = info.globals[i as usize];
    if g.mutable {
        return Err(inconsistent(format!(
            "{}: global.get of the mutable global {i}",
            what()
        )));
    }
    Ok(g.content)
}

/// The type of an extended constant expression: a stack machine of
/// integer constants, `global.get` and add/sub/mul that must leave exactly
/// one value, every operand of the operator's type.
fn extended_type(
    what: &dyn Fn() -> String,
    ops: &[ConstOp],
    info: &ModuleInfo,
    f: &Features,
    visible: usize,
) -> Result<ValType, MetadataError> {
    if !f.extended_const {
        return Err(inconsistent(format!(
            "{}: an extended constant expression without `extended-const`",
            what()
        )));
    }
    let mut stack: Vec<ValType> = Vec::new();
    for op in ops {
        let (operand, result) = match *op {
            ConstOp::I32(_) => (None, ValType::I32),
            ConstOp::I64(_) => (None, ValType::I64),
            ConstOp::GlobalGet(i) => (None, const_global(what, i, info, visible)?),
            ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                (Some(ValType::I32), ValType::I32)
            }
            ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                (Some(ValType::I64), ValType::I64)
            }
        };
        if let Some(t) = operand {
            for _ in 0..2 {
                match stack.pop() {
                    Some(found) if found == t => {}
                    found => {
                        return Err(E::Type {
                            what: format!("{} ({op:?})", what()),
                            expected: t.to_string(),
                            found: found.map_or("nothing".to_string(), |v: ValType| v.to_string()),
                        })
                    }
                }
            }
        }
        stack.push(result);
    }
    match stack.as_slice() {
        [t] => Ok(*t),
        _ => Err(inconsistent(format!(
            "{}: an extended constant expression leaves {} values",
            what(),
            stack.len()
        ))),
    }
}

/// The type of a constant expression, after checking its indices; it may
/// read the globals before `visible` ([`readable_globals`]).
fn const_type(
    what: &dyn Fn() -> String,
    e: &ConstExpr,
    info: &ModuleInfo,
    f: &Features,
    visible: usize,
) -> Result<ValType, MetadataError> {
    Ok(match *e {
        ConstExpr::I32(_) => ValType::I32,
        ConstExpr::I64(_) => ValType::I64,
        ConstExpr::F32(_) => ValType::F32,
        ConstExpr::F64(_) => ValType::F64,
        ConstExpr::V128(_) => {
            val_type(what, ValType::V128, f)?;
            ValType::V128
        }
        ConstExpr::RefNull(t) => {
            if !t.is_ref() {
                return Err(E::Type {
                    what: format!("{} (ref.null)", what()),
                    expected: "a reference type".into(),
                    found: t.to_string(),
                });
            }
            val_type(what, t, f)?;
            t
        }
        ConstExpr::RefFunc(i) => {
            index("ref.func function", i, info.functions.len())?;
            val_type(what, ValType::FUNCREF, f)?;
            // Typed: a non-null reference to the function's own type.
            ValType::Ref(RefType {
                nullable: false,
                heap: HeapType::Concrete(info.functions[i as usize]),
            })
        }
        ConstExpr::GlobalGet(i) => const_global(what, i, info, visible)?,
        ConstExpr::Extended(ref ops) => extended_type(what, ops, info, f, visible)?,
    })
}

fn expect_type(
    what: &dyn Fn() -> String,
    e: &ConstExpr,
    want: ValType,
    info: &ModuleInfo,
    f: &Features,
    visible: usize,
) -> Result<(), MetadataError> {
    let found = const_type(what, e, info, f, visible)?;
    if found.matches(want, |a, b| info.is_subtype(a, b)) {
        Ok(())
    } else {
        Err(E::Type {
            what: what(),
            expected: want.to_string(),
            found: found.to_string(),
        })
    }
}

/// Type `sub`'s declaration of `sup` as its supertype: `sup` is an
/// earlier type open to subtypes, and `sub` matches it (parameters
/// contravariant, results covariant). `call_indirect` on `sup` calls a
/// function of type `sub` on this word.
fn declared_supertype(info: &ModuleInfo, sub: u32, sup: u32) -> Result<(), MetadataError> {
    let is_sub = |a, b| info.is_subtype(a, b);
    let fits = match (info.checked_type(sub), info.checked_type(sup)) {
        (Some(t), Some(s)) if sup < sub && !info.is_final_type(sup) => {
            t.params.len() == s.params.len()
                && t.results.len() == s.results.len()
                && s.params
                    .iter()
                    .zip(&t.params)
                    .all(|(a, b)| a.matches(*b, is_sub))
                && t.results
                    .iter()
                    .zip(&s.results)
                    .all(|(a, b)| a.matches(*b, is_sub))
        }
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        Err(inconsistent(format!(
            "type {sub} declares type {sup} as its supertype, which it does not match"
        )))
    }
}

/// Checks `info` (see the module documentation), for a module compiled
/// with the Wasm features `f`.
pub fn validate_info(info: &ModuleInfo, f: &Features) -> Result<(), MetadataError> {
    let types = info.types.len();
    for (k, t) in info.types.iter().enumerate() {
        func_type(k, t, f)?;
    }
    for &(sub, sup) in &info.supertypes {
        declared_supertype(info, sub, sup)?;
    }
    // The import section opens each index space, in order.
    let (mut funcs, mut tables, mut memories, mut globals) = (0usize, 0usize, 0usize, 0usize);
    for (n, i) in info.imports.iter().enumerate() {
        let what = || format!("import {n} ({}::{})", i.module, i.field);
        match &i.kind {
            ImportKind::Func(t) => {
                index("imported function type", *t, types)?;
                if info.functions.get(funcs) != Some(t) {
                    return Err(inconsistent(format!(
                        "{}: its type is not the function space's",
                        what()
                    )));
                }
                funcs += 1;
            }
            ImportKind::Table(t) => {
                table_type(what(), t, f)?;
                if info.tables.get(tables) != Some(t) {
                    return Err(inconsistent(format!("{} is not the table space's", what())));
                }
                tables += 1;
            }
            ImportKind::Memory(m) => {
                memory_type(what(), m)?;
                if info.memories.get(memories) != Some(m) {
                    return Err(inconsistent(format!(
                        "{} is not the memory space's",
                        what()
                    )));
                }
                memories += 1;
            }
            ImportKind::Global(g) => {
                global_type(what, g, f)?;
                if info.globals.get(globals) != Some(g) {
                    return Err(inconsistent(format!(
                        "{} is not the global space's",
                        what()
                    )));
                }
                globals += 1;
            }
        }
    }
    let counts = [
        ("functions", funcs, info.num_imported_functions),
        ("tables", tables, info.num_imported_tables),
        ("memories", memories, info.num_imported_memories),
        ("globals", globals, info.num_imported_globals),
    ];
    for (what, imported, declared) in counts {
        if imported != declared as usize {
            return Err(inconsistent(format!(
                "{imported} imported {what}, but the module says {declared}"
            )));
        }
    }
    for t in &info.functions {
        index("function type", *t, types)?;
    }
    for (k, t) in info.tables.iter().enumerate() {
        table_type(format!("table {k}"), t, f)?;
    }
    if info.tables.len() > 1 && !f.reference_types {
        return Err(E::Feature {
            what: format!("{} tables", info.tables.len()),
            feature: "reference-types",
        });
    }
    for (k, m) in info.memories.iter().enumerate() {
        memory_type(format!("memory {k}"), m)?;
    }
    if info.memories.len() > 1 && !f.multi_memory {
        return Err(inconsistent(format!(
            "{} memories without `multi-memory` (Wasm 2.0 has at most one)",
            info.memories.len()
        )));
    }
    for (k, g) in info.globals.iter().enumerate() {
        global_type(|| format!("global {k}"), g, f)?;
    }
    let defined_globals = info.globals.len() - info.num_imported_globals as usize;
    if info.global_inits.len() != defined_globals {
        return Err(inconsistent(format!(
            "{} global initializers for {defined_globals} defined globals",
            info.global_inits.len()
        )));
    }
    for (k, init) in info.global_inits.iter().enumerate() {
        let g = k + info.num_imported_globals as usize;
        let what = || format!("initializer of global {g}");
        let visible = readable_globals(info, f, g);
        expect_type(&what, init, info.globals[g].content, info, f, visible)?;
    }
    let defined_tables = info.tables.len() - info.num_imported_tables as usize;
    if info.table_inits.len() != defined_tables {
        return Err(inconsistent(format!(
            "{} table initializers for {defined_tables} defined tables",
            info.table_inits.len()
        )));
    }
    for (k, init) in info.table_inits.iter().enumerate() {
        let Some(init) = init else { continue };
        let t = k + info.num_imported_tables as usize;
        let what = || format!("initializer of table {t}");
        if !f.function_references {
            return Err(inconsistent(format!(
                "{}: a table initializer expression without `function-references`",
                what()
            )));
        }
        // The table section comes before the globals: only imported
        // globals can be read.
        let visible = info.num_imported_globals as usize;
        expect_type(&what, init, info.tables[t].element, info, f, visible)?;
    }
    let mut names = BTreeSet::new();
    for e in &info.exports {
        match e.kind {
            ExportKind::Func(i) => index("exported function", i, info.functions.len())?,
            ExportKind::Table(i) => index("exported table", i, info.tables.len())?,
            ExportKind::Memory(i) => index("exported memory", i, info.memories.len())?,
            ExportKind::Global(i) => index("exported global", i, info.globals.len())?,
        }
        if !names.insert(e.name.as_str()) {
            return Err(inconsistent(format!("two exports are named `{}`", e.name)));
        }
    }
    if let Some(s) = info.start {
        index("start function", s, info.functions.len())?;
        let t = &info.types[info.functions[s as usize] as usize];
        if !t.params.is_empty() || !t.results.is_empty() {
            return Err(E::Type {
                what: format!("start function {s}"),
                expected: "(func)".into(),
                found: t.to_string(),
            });
        }
    }
    for (k, seg) in info.elements.iter().enumerate() {
        let what = || format!("element segment {k}");
        if !seg.element_type.is_ref() {
            return Err(E::Type {
                what: format!("{} element type", what()),
                expected: "a reference type".into(),
                found: seg.element_type.to_string(),
            });
        }
        val_type(what, seg.element_type, f)?;
        if let ElementKind::Active { table, offset } = &seg.kind {
            index("element segment table", *table, info.tables.len())?;
            let t = info.tables[*table as usize].element;
            if !seg.element_type.matches(t, |a, b| info.is_subtype(a, b)) {
                return Err(E::Type {
                    what: format!("{} for table {table}", what()),
                    expected: t.to_string(),
                    found: seg.element_type.to_string(),
                });
            }
            let w = || format!("offset of element segment {k}");
            let visible = readable_globals(info, f, info.globals.len());
            let index_type = if info.tables[*table as usize].table64 {
                ValType::I64
            } else {
                ValType::I32
            };
            expect_type(&w, offset, index_type, info, f, visible)?;
        }
        match &seg.items {
            ElementItems::Functions(fs) => {
                if seg.element_type != ValType::FUNCREF {
                    return Err(E::Type {
                        what: format!("{} of function indices", what()),
                        expected: "funcref".into(),
                        found: seg.element_type.to_string(),
                    });
                }
                for i in fs {
                    index("element segment function", *i, info.functions.len())?;
                }
            }
            ElementItems::Expressions(es) => {
                for (n, e) in es.iter().enumerate() {
                    let w = || format!("item {n} of element segment {k}");
                    let visible = readable_globals(info, f, info.globals.len());
                    expect_type(&w, e, seg.element_type, info, f, visible)?;
                }
            }
        }
    }
    for (k, seg) in info.data.iter().enumerate() {
        if seg.range.start > seg.range.end {
            return Err(inconsistent(format!(
                "data segment {k} has a reversed range"
            )));
        }
        if let DataKind::Active { memory, offset } = &seg.kind {
            index("data segment memory", *memory, info.memories.len())?;
            let w = || format!("offset of data segment {k}");
            let visible = readable_globals(info, f, info.globals.len());
            let index_type = if info.memories[*memory as usize].memory64 {
                ValType::I64
            } else {
                ValType::I32
            };
            expect_type(&w, offset, index_type, info, f, visible)?;
        }
    }
    if let Some(c) = info.data_count {
        if c as usize != info.data.len() {
            return Err(inconsistent(format!(
                "data count {c} for {} data segments",
                info.data.len()
            )));
        }
    }
    if let Some((&i, _)) = info
        .function_names
        .range(info.functions.len() as u32..)
        .next()
    {
        index("named function", i, info.functions.len())?;
    }
    Ok(())
}

/// The architecture of a target triple, as far as code checks go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    pub fn of(triple: &str) -> Option<Arch> {
        match triple.split('-').next() {
            Some("x86_64") => Some(Arch::X86_64),
            Some("aarch64") => Some(Arch::Aarch64),
            _ => None,
        }
    }

    fn relocation(self) -> RelocationKind {
        match self {
            Arch::X86_64 => RelocationKind::X86PcRel4,
            Arch::Aarch64 => RelocationKind::Arm64Call,
        }
    }

    /// Whether a relocation at `offset` with `addend` patches the operand
    /// of a direct call or branch, the only thing relocations are for:
    /// the rel32 of `call`/`jmp` (`e8`/`e9`, addend -4) on x86-64, the
    /// imm26 of `bl`/`b` (addend 0) on AArch64. Anything else would let
    /// metadata rewrite arbitrary code.
    fn is_call_site(self, body: &[u8], offset: usize, addend: i64) -> bool {
        match self {
            Arch::X86_64 => {
                addend == -4 && offset >= 1 && matches!(body.get(offset - 1), Some(0xe8 | 0xe9))
            }
            Arch::Aarch64 => {
                let word = body
                    .get(offset..offset + 4)
                    .and_then(|w| <[u8; 4]>::try_from(w).ok())
                    .map_or(0, u32::from_le_bytes);
                addend == 0 && matches!(word >> 26, 0b100101 | 0b000101)
            }
        }
    }

    /// Whether `code` starts with an undefined instruction, which is how
    /// every back end traps explicitly: `ud2` or `ud1` on x86-64 (after
    /// legacy prefixes: LLVM's `ud1l code(%eax), %eax` has `0x67`), `udf`
    /// on AArch64.
    fn is_trap_instruction(self, code: &[u8]) -> bool {
        const PREFIXES: [u8; 11] = [
            0xf0, 0xf2, 0xf3, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65, 0x66, 0x67,
        ];
        match self {
            Arch::X86_64 => {
                let skip = code.iter().take_while(|b| PREFIXES.contains(b)).count();
                matches!(code.get(skip..), Some([0x0f, 0x0b | 0xb9, ..]))
            }
            Arch::Aarch64 => matches!(code, [_, _, 0, 0, ..]),
        }
    }
}

fn check_code(
    what: &dyn Fn() -> String,
    f: &CompiledFunction,
    arch: Arch,
    info: &ModuleInfo,
    may_relocate: bool,
) -> Result<(), MetadataError> {
    let len = f.body.len();
    if f.alignment > 4096 || (f.alignment != 0 && !f.alignment.is_power_of_two()) {
        return Err(inconsistent(format!(
            "{}: alignment {} is not a power of two up to 4096",
            what(),
            f.alignment
        )));
    }
    if !may_relocate && !f.relocations.is_empty() {
        return Err(inconsistent(format!(
            "{}: a trampoline with relocations",
            what()
        )));
    }
    for r in &f.relocations {
        if r.kind != arch.relocation() {
            return Err(inconsistent(format!(
                "{}: relocation {:?} in {arch:?} code",
                what(),
                r.kind
            )));
        }
        if r.offset as usize + 4 > len || (arch == Arch::Aarch64 && r.offset % 4 != 0) {
            return Err(inconsistent(format!(
                "{}: relocation at {:#x} outside the code",
                what(),
                r.offset
            )));
        }
        if !arch.is_call_site(&f.body, r.offset as usize, r.addend) {
            return Err(inconsistent(format!(
                "{}: relocation at {:#x} (addend {}) is not on a call or branch instruction",
                what(),
                r.offset,
                r.addend
            )));
        }
        let RelocationTarget::Function(t) = r.target;
        if t < info.num_imported_functions {
            return Err(inconsistent(format!(
                "{}: relocation to the imported function {t}",
                what()
            )));
        }
        index("relocation target function", t, info.functions.len())?;
    }
    let mut last = None;
    for t in &f.traps {
        if t.offset as usize >= len {
            return Err(inconsistent(format!(
                "{}: trap site at {:#x} outside the code ({len} bytes)",
                what(),
                t.offset
            )));
        }
        if last.is_some_and(|l| l > t.offset) {
            return Err(inconsistent(format!("{}: trap sites out of order", what())));
        }
        last = Some(t.offset);
    }
    Ok(())
}

/// Checks the code's metadata against the module's (see the module
/// documentation); `triple` is the header's target.
pub fn validate_compilation(
    info: &ModuleInfo,
    c: &Compilation,
    triple: &str,
) -> Result<(), MetadataError> {
    let arch = Arch::of(triple)
        .ok_or_else(|| inconsistent(format!("no code checks for the target {triple}")))?;
    let defined = info.functions.len() - info.num_imported_functions as usize;
    if c.functions.len() != defined {
        return Err(inconsistent(format!(
            "{} compiled functions for {defined} defined functions",
            c.functions.len()
        )));
    }
    if c.host_to_wasm.len() != info.types.len() {
        return Err(inconsistent(format!(
            "{} host-to-wasm trampolines for {} types",
            c.host_to_wasm.len(),
            info.types.len()
        )));
    }
    for (i, f) in c.functions.iter().enumerate() {
        let w = || format!("function {}", i + info.num_imported_functions as usize);
        check_code(&w, f, arch, info, true)?;
    }
    for (i, f) in c.host_to_wasm.iter().enumerate() {
        check_code(
            &|| format!("host-to-wasm trampoline {i}"),
            f,
            arch,
            info,
            false,
        )?;
    }
    let mut last = None;
    for (t, f) in &c.wasm_to_host {
        index("wasm-to-host trampoline type", *t, info.types.len())?;
        if last.is_some_and(|l| l >= *t) {
            return Err(inconsistent("wasm-to-host trampolines out of order"));
        }
        last = Some(*t);
        check_code(
            &|| format!("wasm-to-host trampoline {t}"),
            f,
            arch,
            info,
            false,
        )?;
    }
    for i in &info.imports {
        if let ImportKind::Func(t) = i.kind {
            if !c.wasm_to_host.iter().any(|(u, _)| *u == t) {
                return Err(inconsistent(format!(
                    "no wasm-to-host trampoline for the imported type {t}"
                )));
            }
        }
    }
    Ok(())
}

/// Checks the header's fuel, epoch and bounds-check flags against the
/// code's trap sites (see the module documentation).
pub fn validate_flags(
    options: &CompilerOptions,
    c: &Compilation,
    triple: &str,
) -> Result<(), MetadataError> {
    let arch = Arch::of(triple)
        .ok_or_else(|| inconsistent(format!("no code checks for the target {triple}")))?;
    let has = |f: &CompiledFunction, code: TrapCode| f.traps.iter().any(|t| t.code == code);
    let checks = [
        (options.consume_fuel, TrapCode::OutOfFuel, "fuel checks"),
        (
            options.epoch_interruption,
            TrapCode::Interrupted,
            "epoch checks",
        ),
    ];
    for (on, code, what) in checks {
        let with = c.functions.iter().filter(|f| has(f, code)).count();
        let all = c.functions.len();
        if on && with < all {
            return Err(E::Flags {
                claimed: format!("the code has {what}"),
                found: format!("has them in {with} of its {all} functions"),
            });
        }
        if !on && with > 0 {
            return Err(E::Flags {
                claimed: format!("the code has no {what}"),
                found: format!("has them in {with} of its {all} functions"),
            });
        }
    }
    if options.bounds_checks == BoundsChecks::Dynamic {
        for (i, f) in c.functions.iter().enumerate() {
            let heap = f
                .traps
                .iter()
                .filter(|t| t.code == TrapCode::HeapOutOfBounds);
            let (mut checks, mut access) = (0, None);
            for t in heap {
                if arch.is_trap_instruction(f.body.get(t.offset as usize..).unwrap_or(&[])) {
                    checks += 1;
                } else {
                    access.get_or_insert(t.offset);
                }
            }
            if let (Some(at), 0) = (access, checks) {
                return Err(E::Flags {
                    claimed: "dynamic bounds checks".into(),
                    found: format!(
                        "relies on a guard region (static bounds checks): defined function {i} \
                         accesses memory at {at:#x} and never checks a bound"
                    ),
                });
            }
        }
    }
    Ok(())
}

/// Checks the module's function signatures against those the code was
/// compiled for (see `crate::parts`).
pub fn validate_signatures(
    info: &ModuleInfo,
    compiled: &crate::parts::CompiledFor,
) -> Result<(), MetadataError> {
    if compiled.types != info.types {
        let k = info
            .types
            .iter()
            .zip(&compiled.types)
            .position(|(a, b)| a != b)
            .unwrap_or(info.types.len().min(compiled.types.len()));
        return Err(E::Type {
            what: format!("type {k}: the code was compiled for another signature;"),
            expected: compiled
                .types
                .get(k)
                .map_or("nothing".into(), ToString::to_string),
            found: info
                .types
                .get(k)
                .map_or("nothing".into(), ToString::to_string),
        });
    }
    if compiled.functions != info.functions {
        let i = info
            .functions
            .iter()
            .zip(&compiled.functions)
            .position(|(a, b)| a != b)
            .unwrap_or(info.functions.len().min(compiled.functions.len()));
        return Err(E::Type {
            what: format!("the type of function {i}: the code was compiled for another one;"),
            expected: format!("{:?}", compiled.functions.get(i)),
            found: format!("{:?}", info.functions.get(i)),
        });
    }
    let layout = crate::parts::layout(info);
    if compiled.layout != layout {
        return Err(inconsistent(format!(
            "the code was compiled for {:?} tables, memories, imported globals and globals; \
             the module has {layout:?}",
            compiled.layout
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::{DataSegment, Relocation, TrapSite};

    fn memory() -> MemoryType {
        MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
        }
    }

    fn info() -> ModuleInfo {
        ModuleInfo {
            types: vec![FuncType::new([ValType::I32], [ValType::I32])],
            functions: vec![0, 0],
            memories: vec![memory()],
            globals: vec![GlobalType {
                content: ValType::I32,
                mutable: false,
            }],
            global_inits: vec![ConstExpr::I32(1)],
            data: vec![DataSegment {
                kind: DataKind::Active {
                    memory: 0,
                    offset: ConstExpr::I32(0),
                },
                range: 0..1,
            }],
            ..Default::default()
        }
    }

    #[test]
    fn a_consistent_module_passes() {
        assert_eq!(validate_info(&info(), &Features::default()), Ok(()));
    }

    #[test]
    fn out_of_range_indices_and_wrong_types_are_typed_errors() {
        let f = Features::default();
        let mut i = info();
        i.data[0].kind = DataKind::Active {
            memory: 1,
            offset: ConstExpr::I32(0),
        };
        assert!(
            matches!(validate_info(&i, &f), Err(E::Index { what, .. }) if what == "data segment memory")
        );
        let mut i = info();
        i.global_inits[0] = ConstExpr::GlobalGet(0);
        assert!(
            matches!(validate_info(&i, &f), Err(E::Index { .. })),
            "global.get of a defined global"
        );
        let mut i = info();
        i.global_inits[0] = ConstExpr::RefFunc(2);
        assert!(matches!(validate_info(&i, &f), Err(E::Index { .. })));
        let mut i = info();
        i.global_inits[0] = ConstExpr::I64(1);
        assert!(matches!(validate_info(&i, &f), Err(E::Type { .. })));
        let mut i = info();
        i.types[0].results[0] = ValType::V128;
        assert!(matches!(
            validate_info(&i, &Features::MVP),
            Err(E::Feature { .. })
        ));
        let mut i = info();
        i.memories[0].minimum = 65537;
        assert!(matches!(validate_info(&i, &f), Err(E::Limits { .. })));
    }

    #[test]
    fn a_supertype_declaration_must_hold() {
        let f = Features::default();
        let unary = FuncType::new([ValType::I32], [ValType::I32]);
        let mut i = info();
        i.types = vec![unary.clone(), unary.clone()];
        i.open_types = vec![0];
        i.supertypes = vec![(1, 0)];
        assert_eq!(validate_info(&i, &f), Ok(()));
        // A final supertype, a later one, one of another shape: each would
        // let `call_indirect` call a function of the wrong signature.
        let refused = |i: &ModuleInfo| matches!(validate_info(i, &f), Err(E::Inconsistent(_)));
        let mut final_super = i.clone();
        final_super.open_types.clear();
        assert!(refused(&final_super));
        let mut later = i.clone();
        later.open_types = vec![0, 1];
        later.supertypes = vec![(0, 1)];
        assert!(refused(&later));
        let mut shape = i.clone();
        shape.types[1] = FuncType::new([ValType::I64], [ValType::I32]);
        assert!(refused(&shape));
    }

    #[test]
    fn relocations_only_patch_calls_and_flags_follow_the_trap_sites() {
        let mut i = info();
        i.num_imported_functions = 0;
        let call = CompiledFunction {
            body: vec![0xe8, 0, 0, 0, 0, 0x0f, 0x0b],
            relocations: vec![Relocation {
                offset: 1,
                kind: RelocationKind::X86PcRel4,
                target: RelocationTarget::Function(1),
                addend: -4,
            }],
            traps: vec![TrapSite {
                offset: 5,
                code: TrapCode::OutOfFuel,
            }],
            alignment: 16,
            address_map: Vec::new(),
            inlined_calls: Vec::new(),
            entry: 0,
        };
        let c = Compilation {
            functions: vec![call.clone(), call.clone()],
            host_to_wasm: vec![CompiledFunction::default()],
            wasm_to_host: Vec::new(),
        };
        let x86 = "x86_64-unknown-linux-gnu";
        assert_eq!(validate_compilation(&i, &c, x86), Ok(()));
        let mut bad = c.clone();
        bad.functions[0].relocations[0].offset = 2;
        assert!(
            validate_compilation(&i, &bad, x86).is_err(),
            "not after a call opcode"
        );
        let mut fuel = CompilerOptions {
            consume_fuel: true,
            ..Default::default()
        };
        assert_eq!(validate_flags(&fuel, &c, x86), Ok(()));
        fuel.consume_fuel = false;
        assert!(matches!(
            validate_flags(&fuel, &c, x86),
            Err(E::Flags { .. })
        ));
        fuel.epoch_interruption = true;
        fuel.consume_fuel = true;
        assert!(matches!(
            validate_flags(&fuel, &c, x86),
            Err(E::Flags { .. })
        ));
    }
}
