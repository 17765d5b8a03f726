//! Encoding of [`ModuleInfo`]: every field, in declaration order.
//!
//! Tags (value types, const expressions, import/export kinds, segment
//! kinds) are small fixed numbers listed here; an unknown tag is a
//! [`DecodeError`]. Data segment ranges are encoded as they are: the caller
//! decides what bytes they index (artifacts store only the data segments'
//! bytes and remap the ranges, see `crate::parts`).

use super::{DecodeError, Reader, Writer};
use std::collections::BTreeMap;
use trident_types::{
    ConstExpr, ConstOp, DataKind, DataSegment, ElementItems, ElementKind, ElementSegment, Export,
    ExportKind, FuncType, GlobalType, HeapType, Import, ImportKind, MemoryType, ModuleInfo,
    RefType, TableType, ValType,
};

const NUM_TYPES: [ValType; 5] = [
    ValType::I32,
    ValType::I64,
    ValType::F32,
    ValType::F64,
    ValType::V128,
];

/// A number type is its position in `NUM_TYPES`; a reference type is 5,
/// its nullability, then its heap type (0 `func`, 1 `extern`, 2 `nofunc`,
/// 3 `noextern`, 4 and a type index for a concrete one).
fn val_type(w: &mut Writer, t: ValType) {
    match t {
        ValType::Ref(r) => {
            w.u8(NUM_TYPES.len() as u8);
            w.bool(r.nullable);
            match r.heap {
                HeapType::Func => w.u8(0),
                HeapType::Extern => w.u8(1),
                HeapType::NoFunc => w.u8(2),
                HeapType::NoExtern => w.u8(3),
                HeapType::Concrete(i) => {
                    w.u8(4);
                    w.u32(i);
                }
            }
        }
        t => w.u8(NUM_TYPES.iter().position(|v| *v == t).unwrap_or(0) as u8),
    }
}

fn read_val_type(r: &mut Reader<'_>) -> Result<ValType, DecodeError> {
    let t = r.u8("value type")?;
    if let Some(t) = NUM_TYPES.get(t as usize) {
        return Ok(*t);
    }
    if t as usize != NUM_TYPES.len() {
        return Err(r.invalid("value type"));
    }
    let nullable = r.bool("reference nullability")?;
    let heap = match r.u8("heap type")? {
        0 => HeapType::Func,
        1 => HeapType::Extern,
        2 => HeapType::NoFunc,
        3 => HeapType::NoExtern,
        4 => HeapType::Concrete(r.u32("concrete heap type")?),
        _ => return Err(r.invalid("heap type")),
    };
    Ok(ValType::Ref(RefType { nullable, heap }))
}

pub(super) fn func_type(w: &mut Writer, t: &FuncType) {
    w.seq(&t.params, |w, v| val_type(w, *v));
    w.seq(&t.results, |w, v| val_type(w, *v));
}

pub(super) fn read_func_type(r: &mut Reader<'_>) -> Result<FuncType, DecodeError> {
    Ok(FuncType {
        params: r.seq(1, "parameter types", read_val_type)?,
        results: r.seq(1, "result types", read_val_type)?,
    })
}

fn table_type(w: &mut Writer, t: &TableType) {
    val_type(w, t.element);
    w.u32(t.minimum);
    w.opt(t.maximum, |w, m| w.u32(m));
    w.bool(t.table64);
}

fn read_table_type(r: &mut Reader<'_>) -> Result<TableType, DecodeError> {
    Ok(TableType {
        element: read_val_type(r)?,
        minimum: r.u32("table minimum")?,
        maximum: r.opt("table maximum", |r| r.u32("table maximum"))?,
        table64: r.bool("table64 flag")?,
    })
}

fn memory_type(w: &mut Writer, t: &MemoryType) {
    w.u64(t.minimum);
    w.opt(t.maximum, |w, m| w.u64(m));
    w.bool(t.memory64);
    w.bool(t.shared);
}

fn read_memory_type(r: &mut Reader<'_>) -> Result<MemoryType, DecodeError> {
    Ok(MemoryType {
        minimum: r.u64("memory minimum")?,
        maximum: r.opt("memory maximum", |r| r.u64("memory maximum"))?,
        memory64: r.bool("memory64 flag")?,
        shared: r.bool("shared flag")?,
    })
}

fn global_type(w: &mut Writer, t: &GlobalType) {
    val_type(w, t.content);
    w.bool(t.mutable);
}

fn read_global_type(r: &mut Reader<'_>) -> Result<GlobalType, DecodeError> {
    Ok(GlobalType {
        content: read_val_type(r)?,
        mutable: r.bool("global mutability")?,
    })
}

fn const_expr(w: &mut Writer, e: &ConstExpr) {
    match *e {
        ConstExpr::I32(v) => {
            w.u8(0);
            w.u32(v as u32);
        }
        ConstExpr::I64(v) => {
            w.u8(1);
            w.i64(v);
        }
        ConstExpr::F32(v) => {
            w.u8(2);
            w.u32(v);
        }
        ConstExpr::F64(v) => {
            w.u8(3);
            w.u64(v);
        }
        ConstExpr::V128(v) => {
            w.u8(4);
            w.u128(v);
        }
        ConstExpr::RefNull(t) => {
            w.u8(5);
            val_type(w, t);
        }
        ConstExpr::RefFunc(f) => {
            w.u8(6);
            w.u32(f);
        }
        ConstExpr::GlobalGet(g) => {
            w.u8(7);
            w.u32(g);
        }
        ConstExpr::Extended(ref ops) => {
            w.u8(8);
            w.seq(ops, const_op);
        }
    }
}

fn const_op(w: &mut Writer, op: &ConstOp) {
    let (tag, operand) = match *op {
        ConstOp::I32(v) => (0, Some(v as u32 as u64)),
        ConstOp::I64(v) => (1, Some(v as u64)),
        ConstOp::GlobalGet(g) => (2, Some(g as u64)),
        ConstOp::I32Add => (3, None),
        ConstOp::I32Sub => (4, None),
        ConstOp::I32Mul => (5, None),
        ConstOp::I64Add => (6, None),
        ConstOp::I64Sub => (7, None),
        ConstOp::I64Mul => (8, None),
    };
    w.u8(tag);
    if let Some(v) = operand {
        w.u64(v);
    }
}

fn read_const_op(r: &mut Reader<'_>) -> Result<ConstOp, DecodeError> {
    Ok(match r.u8("constant operator")? {
        0 => ConstOp::I32(r.u64("i32 constant")? as u32 as i32),
        1 => ConstOp::I64(r.u64("i64 constant")? as i64),
        2 => ConstOp::GlobalGet(
            u32::try_from(r.u64("global.get index")?).map_err(|_| r.invalid("global.get index"))?,
        ),
        3 => ConstOp::I32Add,
        4 => ConstOp::I32Sub,
        5 => ConstOp::I32Mul,
        6 => ConstOp::I64Add,
        7 => ConstOp::I64Sub,
        8 => ConstOp::I64Mul,
        _ => return Err(r.invalid("constant operator")),
    })
}

fn read_const_expr(r: &mut Reader<'_>) -> Result<ConstExpr, DecodeError> {
    Ok(match r.u8("constant expression")? {
        0 => ConstExpr::I32(r.u32("i32 constant")? as i32),
        1 => ConstExpr::I64(r.i64("i64 constant")?),
        2 => ConstExpr::F32(r.u32("f32 constant")?),
        3 => ConstExpr::F64(r.u64("f64 constant")?),
        4 => ConstExpr::V128(r.u128("v128 constant")?),
        5 => ConstExpr::RefNull(read_val_type(r)?),
        6 => ConstExpr::RefFunc(r.u32("ref.func index")?),
        7 => ConstExpr::GlobalGet(r.u32("global.get index")?),
        8 => ConstExpr::Extended(r.seq(1, "extended constant expression", read_const_op)?),
        _ => return Err(r.invalid("constant expression")),
    })
}

fn import(w: &mut Writer, i: &Import) {
    w.str(&i.module);
    w.str(&i.field);
    match &i.kind {
        ImportKind::Func(t) => {
            w.u8(0);
            w.u32(*t);
        }
        ImportKind::Table(t) => {
            w.u8(1);
            table_type(w, t);
        }
        ImportKind::Memory(m) => {
            w.u8(2);
            memory_type(w, m);
        }
        ImportKind::Global(g) => {
            w.u8(3);
            global_type(w, g);
        }
    }
}

fn read_import(r: &mut Reader<'_>) -> Result<Import, DecodeError> {
    let module = r.string("import module")?;
    let field = r.string("import field")?;
    let kind = match r.u8("import kind")? {
        0 => ImportKind::Func(r.u32("import type index")?),
        1 => ImportKind::Table(read_table_type(r)?),
        2 => ImportKind::Memory(read_memory_type(r)?),
        3 => ImportKind::Global(read_global_type(r)?),
        _ => return Err(r.invalid("import kind")),
    };
    Ok(Import {
        module,
        field,
        kind,
    })
}

fn export(w: &mut Writer, e: &Export) {
    w.str(&e.name);
    let (tag, index) = match e.kind {
        ExportKind::Func(i) => (0, i),
        ExportKind::Table(i) => (1, i),
        ExportKind::Memory(i) => (2, i),
        ExportKind::Global(i) => (3, i),
    };
    w.u8(tag);
    w.u32(index);
}

fn read_export(r: &mut Reader<'_>) -> Result<Export, DecodeError> {
    let name = r.string("export name")?;
    let tag = r.u8("export kind")?;
    let index = r.u32("export index")?;
    let kind = match tag {
        0 => ExportKind::Func(index),
        1 => ExportKind::Table(index),
        2 => ExportKind::Memory(index),
        3 => ExportKind::Global(index),
        _ => return Err(r.invalid("export kind")),
    };
    Ok(Export { name, kind })
}

fn element(w: &mut Writer, e: &ElementSegment) {
    match &e.kind {
        ElementKind::Passive => w.u8(0),
        ElementKind::Active { table, offset } => {
            w.u8(1);
            w.u32(*table);
            const_expr(w, offset);
        }
        ElementKind::Declared => w.u8(2),
    }
    val_type(w, e.element_type);
    match &e.items {
        ElementItems::Functions(f) => {
            w.u8(0);
            w.seq(f, |w, i| w.u32(*i));
        }
        ElementItems::Expressions(x) => {
            w.u8(1);
            w.seq(x, const_expr);
        }
    }
}

fn read_element(r: &mut Reader<'_>) -> Result<ElementSegment, DecodeError> {
    let kind = match r.u8("element kind")? {
        0 => ElementKind::Passive,
        1 => ElementKind::Active {
            table: r.u32("element table")?,
            offset: read_const_expr(r)?,
        },
        2 => ElementKind::Declared,
        _ => return Err(r.invalid("element kind")),
    };
    let element_type = read_val_type(r)?;
    let items = match r.u8("element items")? {
        0 => ElementItems::Functions(r.seq(4, "element functions", |r| r.u32("function"))?),
        1 => ElementItems::Expressions(r.seq(2, "element expressions", read_const_expr)?),
        _ => return Err(r.invalid("element items")),
    };
    Ok(ElementSegment {
        kind,
        element_type,
        items,
    })
}

fn data(w: &mut Writer, d: &DataSegment) {
    match &d.kind {
        DataKind::Passive => w.u8(0),
        DataKind::Active { memory, offset } => {
            w.u8(1);
            w.u32(*memory);
            const_expr(w, offset);
        }
    }
    w.u64(d.range.start as u64);
    w.u64(d.range.end as u64);
}

fn read_data(r: &mut Reader<'_>) -> Result<DataSegment, DecodeError> {
    let kind = match r.u8("data kind")? {
        0 => DataKind::Passive,
        1 => DataKind::Active {
            memory: r.u32("data memory")?,
            offset: read_const_expr(r)?,
        },
        _ => return Err(r.invalid("data kind")),
    };
    let start = r.u64("data start")?;
    let end = r.u64("data end")?;
    if start > end {
        return Err(r.invalid("data range"));
    }
    let start = usize::try_from(start).map_err(|_| r.invalid("data range"))?;
    let end = usize::try_from(end).map_err(|_| r.invalid("data range"))?;
    Ok(DataSegment {
        kind,
        range: start..end,
    })
}

/// Appends `info`'s encoding.
pub fn write_module_info(w: &mut Writer, info: &ModuleInfo) {
    w.seq(&info.types, func_type);
    w.seq(&info.rec_groups, |w, g| w.u32(*g));
    w.seq(&info.open_types, |w, t| w.u32(*t));
    w.seq(&info.supertypes, |w, (t, s)| {
        w.u32(*t);
        w.u32(*s);
    });
    w.seq(&info.imports, import);
    w.seq(&info.functions, |w, t| w.u32(*t));
    w.u32(info.num_imported_functions);
    w.seq(&info.tables, table_type);
    w.u32(info.num_imported_tables);
    w.seq(&info.memories, memory_type);
    w.u32(info.num_imported_memories);
    w.seq(&info.globals, global_type);
    w.u32(info.num_imported_globals);
    w.seq(&info.global_inits, const_expr);
    w.seq(&info.table_inits, |w, e| w.opt(e.as_ref(), const_expr));
    w.seq(&info.exports, export);
    w.opt(info.start, |w, s| w.u32(s));
    w.seq(&info.elements, element);
    w.seq(&info.data, data);
    w.opt(info.data_count, |w, c| w.u32(c));
    w.len(info.function_names.len());
    for (index, name) in &info.function_names {
        w.u32(*index);
        w.str(name);
    }
    w.opt(info.name.as_deref(), |w, n| w.str(n));
    w.seq(&info.debug_sections, |w, (name, range)| {
        w.str(name);
        w.u64(range.start as u64);
        w.u64(range.end as u64);
    });
    w.u64(info.code_section_start);
}

/// Reads a [`ModuleInfo`] and checks that its index spaces are consistent
/// (every type, function and import count in range), so the runtime can
/// index them without further checks.
pub fn read_module_info(r: &mut Reader<'_>) -> Result<ModuleInfo, DecodeError> {
    let mut info = ModuleInfo {
        types: r.seq(8, "types", read_func_type)?,
        rec_groups: r.seq(4, "recursion groups", |r| r.u32("recursion group"))?,
        open_types: r.seq(4, "open types", |r| r.u32("open type"))?,
        supertypes: r.seq(8, "supertypes", |r| {
            Ok((r.u32("subtype")?, r.u32("supertype")?))
        })?,
        imports: r.seq(10, "imports", read_import)?,
        functions: r.seq(4, "functions", |r| r.u32("function type"))?,
        num_imported_functions: r.u32("imported function count")?,
        tables: r.seq(6, "tables", read_table_type)?,
        num_imported_tables: r.u32("imported table count")?,
        memories: r.seq(11, "memories", read_memory_type)?,
        num_imported_memories: r.u32("imported memory count")?,
        globals: r.seq(2, "globals", read_global_type)?,
        num_imported_globals: r.u32("imported global count")?,
        global_inits: r.seq(2, "global initializers", read_const_expr)?,
        table_inits: r.seq(1, "table initializers", |r| {
            r.opt("table initializer", read_const_expr)
        })?,
        exports: r.seq(9, "exports", read_export)?,
        start: r.opt("start function", |r| r.u32("start function"))?,
        elements: r.seq(3, "element segments", read_element)?,
        data: r.seq(17, "data segments", read_data)?,
        data_count: r.opt("data count", |r| r.u32("data count"))?,
        function_names: BTreeMap::new(),
        name: None,
        debug_sections: Vec::new(),
        code_section_start: 0,
    };
    let names = r.count(8, "function names")?;
    for _ in 0..names {
        let index = r.u32("function name index")?;
        let name = r.string("function name")?;
        info.function_names.insert(index, name);
    }
    info.name = r.opt("module name", |r| r.string("module name"))?;
    info.debug_sections = r.seq(17, "debug sections", |r| {
        let name = r.string("debug section name")?;
        let start = r.u64("debug section start")?;
        let end = r.u64("debug section end")?;
        match (usize::try_from(start), usize::try_from(end)) {
            (Ok(start), Ok(end)) => Ok((name, start..end)),
            _ => Err(r.invalid("debug section range")),
        }
    })?;
    info.code_section_start = r.u64("code section start")?;
    check(&info).map_err(|what| r.invalid(what))?;
    Ok(info)
}

/// The cross-field invariants the front end guarantees and the runtime
/// relies on.
fn check(info: &ModuleInfo) -> Result<(), &'static str> {
    let types = info.types.len() as u32;
    if info.functions.iter().any(|t| *t >= types) {
        return Err("function type index");
    }
    let ascending = |v: &[u32]| v.windows(2).all(|w| w[0] < w[1]) && v.iter().all(|&t| t < types);
    if !ascending(&info.rec_groups) || !ascending(&info.open_types) {
        return Err("recursion groups or open types");
    }
    // Each supertype is an earlier type (so chains end), listed once per
    // type in ascending order.
    let subtypes: Vec<u32> = info.supertypes.iter().map(|&(t, _)| t).collect();
    if !ascending(&subtypes) || info.supertypes.iter().any(|&(t, s)| s >= t) {
        return Err("supertypes");
    }
    let concrete_ok = |t: &ValType| match t {
        ValType::Ref(RefType {
            heap: HeapType::Concrete(i),
            ..
        }) => *i < types,
        _ => true,
    };
    let const_ok = |e: &ConstExpr| match e {
        ConstExpr::RefNull(t) => concrete_ok(t),
        _ => true,
    };
    let all_ok = info
        .types
        .iter()
        .all(|f| f.params.iter().chain(&f.results).all(concrete_ok))
        && info.tables.iter().all(|t| concrete_ok(&t.element))
        && info.globals.iter().all(|g| concrete_ok(&g.content))
        && info.global_inits.iter().all(const_ok)
        && info.table_inits.iter().flatten().all(const_ok)
        && info.elements.iter().all(|e| {
            concrete_ok(&e.element_type)
                && match &e.items {
                    ElementItems::Expressions(x) => x.iter().all(const_ok),
                    ElementItems::Functions(_) => true,
                }
        });
    if !all_ok {
        return Err("concrete reference type index");
    }
    let count = |k: fn(&ImportKind) -> bool| info.imports.iter().filter(|i| k(&i.kind)).count();
    let imported = [
        (
            count(|k| matches!(k, ImportKind::Func(_))),
            info.num_imported_functions,
            info.functions.len(),
        ),
        (
            count(|k| matches!(k, ImportKind::Table(_))),
            info.num_imported_tables,
            info.tables.len(),
        ),
        (
            count(|k| matches!(k, ImportKind::Memory(_))),
            info.num_imported_memories,
            info.memories.len(),
        ),
        (
            count(|k| matches!(k, ImportKind::Global(_))),
            info.num_imported_globals,
            info.globals.len(),
        ),
    ];
    for (imports, declared, total) in imported {
        if imports != declared as usize || imports > total {
            return Err("import counts");
        }
    }
    if info
        .imports
        .iter()
        .any(|i| matches!(i.kind, ImportKind::Func(t) if t >= types))
    {
        return Err("imported function type");
    }
    if info.global_inits.len() != info.globals.len() - info.num_imported_globals as usize {
        return Err("global initializer count");
    }
    if info.table_inits.len() != info.tables.len() - info.num_imported_tables as usize {
        return Err("table initializer count");
    }
    let funcs = info.functions.len() as u32;
    if info.start.is_some_and(|s| s >= funcs) {
        return Err("start function");
    }
    let in_range = |k: &ExportKind| match *k {
        ExportKind::Func(i) => i < funcs,
        ExportKind::Table(i) => (i as usize) < info.tables.len(),
        ExportKind::Memory(i) => (i as usize) < info.memories.len(),
        ExportKind::Global(i) => (i as usize) < info.globals.len(),
    };
    if !info.exports.iter().all(|e| in_range(&e.kind)) {
        return Err("export index");
    }
    Ok(())
}
