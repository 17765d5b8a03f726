//! The front end: parse and validate a module with wasmparser and collect
//! its metadata.
//!
//! Function bodies are validated in parallel after the module's sections
//! have been read; the first error by position in the module is reported,
//! so the result does not depend on scheduling.

use rayon::prelude::*;
use std::collections::BTreeMap;
use trident_types::{
    CompileError, ConstExpr, ConstOp, DataKind, DataSegment, ElementItems, ElementKind,
    ElementSegment, Export, ExportKind, Features, FuncType, GlobalType, HeapType, Import,
    ImportKind, MemoryType, ModuleInfo, Proposal, RefType, TableType, ValType, WasmError,
};
use wasmparser::{
    BinaryReaderError, FuncToValidate, KnownCustom, Name, Parser, Payload, TypeRef, ValidPayload,
    Validator, ValidatorResources, WasmFeatures,
};

/// A defined function's body, borrowed from the module's bytes.
#[derive(Clone, Copy, Debug)]
pub struct FunctionBody<'a> {
    /// The body's bytes (locals and operators), without the size prefix.
    pub data: &'a [u8],
    /// Offset of `data` in the module, for error messages and for
    /// wasmparser readers (`BinaryReader::new(data, offset)`).
    pub offset: usize,
}

impl<'a> FunctionBody<'a> {
    /// A wasmparser view of this body.
    pub fn reader(&self) -> wasmparser::FunctionBody<'a> {
        wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(self.data, self.offset as u64))
    }
}

/// The result of the front end: metadata plus function bodies.
#[derive(Debug)]
pub struct ModuleTranslation<'a> {
    pub module: ModuleInfo,
    /// One per defined function, in function-index order.
    pub bodies: Vec<FunctionBody<'a>>,
    /// The module's bytes; data segments point into them.
    pub wasm: &'a [u8],
    pub features: Features,
}

fn wasm_error(e: BinaryReaderError) -> CompileError {
    CompileError::Invalid(WasmError {
        message: e.message().to_string(),
        offset: e.offset() as usize,
    })
}

fn unsupported(what: impl Into<String>, offset: u64) -> CompileError {
    CompileError::Unsupported {
        backend: "front end",
        what: what.into(),
        offset: Some(offset as usize),
    }
}

/// A valid construct of enabled proposal `p` that Trident does not
/// compile yet.
fn not_built(p: Proposal, what: impl std::fmt::Display, offset: u64) -> CompileError {
    unsupported(
        format!("{what} (proposal `{p}`, not built in Trident yet)"),
        offset,
    )
}

/// The wasmparser feature set for `f`.
fn wasmparser_features(f: Features) -> WasmFeatures {
    let mut w = WasmFeatures::MVP;
    let flags = [
        (Proposal::MutableGlobal, WasmFeatures::MUTABLE_GLOBAL),
        (Proposal::SignExtension, WasmFeatures::SIGN_EXTENSION),
        (
            Proposal::SaturatingFloatToInt,
            WasmFeatures::SATURATING_FLOAT_TO_INT,
        ),
        (Proposal::MultiValue, WasmFeatures::MULTI_VALUE),
        (Proposal::BulkMemory, WasmFeatures::BULK_MEMORY),
        (Proposal::ReferenceTypes, WasmFeatures::REFERENCE_TYPES),
        (Proposal::Simd, WasmFeatures::SIMD),
        (Proposal::TailCall, WasmFeatures::TAIL_CALL),
        (Proposal::ExtendedConst, WasmFeatures::EXTENDED_CONST),
        (
            Proposal::FunctionReferences,
            WasmFeatures::FUNCTION_REFERENCES,
        ),
        (Proposal::Gc, WasmFeatures::GC),
        (Proposal::MultiMemory, WasmFeatures::MULTI_MEMORY),
        (Proposal::Memory64, WasmFeatures::MEMORY64),
        (Proposal::RelaxedSimd, WasmFeatures::RELAXED_SIMD),
        (Proposal::Exceptions, WasmFeatures::EXCEPTIONS),
        (Proposal::LegacyExceptions, WasmFeatures::LEGACY_EXCEPTIONS),
    ];
    for (p, flag) in flags {
        w.set(flag, f.has(p));
    }
    w
}

/// The proposal that brings reference type `r` (any but `funcref` and
/// `externref`), for the error that says it is not built yet.
pub(crate) fn ref_type_proposal(r: wasmparser::RefType) -> Proposal {
    use wasmparser::{AbstractHeapType as A, HeapType};
    match r.heap_type() {
        HeapType::Abstract {
            ty: A::Exn | A::NoExn,
            ..
        } => Proposal::Exceptions,
        HeapType::Abstract {
            ty: A::Func | A::Extern,
            shared: false,
        }
        | HeapType::Concrete(_) => Proposal::FunctionReferences,
        _ => Proposal::Gc,
    }
}

/// Converts a wasmparser value type. Validation under our feature set
/// guarantees only these appear; anything else is reported as unsupported.
/// A concrete heap type becomes its index in the module's type section.
pub(crate) fn val_type(t: wasmparser::ValType, offset: u64) -> Result<ValType, CompileError> {
    group_val_type(t, 0, offset)
}

/// [`val_type`] inside the recursion group starting at type `rec_start`
/// (0 outside the type section, where every index is a module index).
fn group_val_type(
    t: wasmparser::ValType,
    rec_start: u32,
    offset: u64,
) -> Result<ValType, CompileError> {
    Ok(match t {
        wasmparser::ValType::I32 => ValType::I32,
        wasmparser::ValType::I64 => ValType::I64,
        wasmparser::ValType::F32 => ValType::F32,
        wasmparser::ValType::F64 => ValType::F64,
        wasmparser::ValType::V128 => ValType::V128,
        wasmparser::ValType::Ref(r) => ValType::Ref(ref_type(r, rec_start, offset)?),
    })
}

/// Converts a reference type inside the recursion group starting at type
/// `rec_start` (see [`group_val_type`]).
fn ref_type(r: wasmparser::RefType, rec_start: u32, offset: u64) -> Result<RefType, CompileError> {
    use wasmparser::{AbstractHeapType as A, HeapType as H, UnpackedIndex as U};
    let heap = match r.heap_type() {
        H::Abstract {
            shared: false,
            ty: A::Func,
        } => Some(HeapType::Func),
        H::Abstract {
            shared: false,
            ty: A::Extern,
        } => Some(HeapType::Extern),
        H::Abstract {
            shared: false,
            ty: A::NoFunc,
        } => Some(HeapType::NoFunc),
        H::Abstract {
            shared: false,
            ty: A::NoExtern,
        } => Some(HeapType::NoExtern),
        H::Concrete(U::Module(i)) => Some(HeapType::Concrete(i)),
        H::Concrete(U::RecGroup(i)) => Some(HeapType::Concrete(rec_start + i)),
        _ => None,
    };
    let heap =
        heap.ok_or_else(|| not_built(ref_type_proposal(r), format!("reference type {r}"), offset))?;
    Ok(RefType {
        nullable: r.is_nullable(),
        heap,
    })
}

fn table_type(t: &wasmparser::TableType, offset: u64) -> Result<TableType, CompileError> {
    if t.shared {
        return Err(unsupported("shared tables", offset));
    }
    Ok(TableType {
        element: ValType::Ref(ref_type(t.element_type, 0, offset)?),
        // A table64 minimum past `u32::MAX` is valid but can never be
        // allocated (the runtime caps tables far lower): saturated, the
        // module still compiles and its instantiation fails on the size.
        minimum: u32::try_from(t.initial).unwrap_or(u32::MAX),
        maximum: t.maximum.map(|m| u32::try_from(m).unwrap_or(u32::MAX)),
        table64: t.table64,
    })
}

fn memory_type(t: &wasmparser::MemoryType, offset: u64) -> Result<MemoryType, CompileError> {
    if t.shared || t.page_size_log2.is_some() {
        return Err(unsupported("shared or custom-page-size memories", offset));
    }
    Ok(MemoryType {
        minimum: t.initial,
        maximum: t.maximum,
        memory64: t.memory64,
        shared: false,
    })
}

fn global_type(t: &wasmparser::GlobalType, offset: u64) -> Result<GlobalType, CompileError> {
    Ok(GlobalType {
        content: val_type(t.content_type, offset)?,
        mutable: t.mutable,
    })
}

/// Decodes a constant expression of the Wasm 2.0 form (one instruction,
/// then `end`).
/// Decodes a constant expression (validated: its operators are constant
/// and leave one value of the right type). One operator is one of the
/// simple forms; more are an extended expression (`extended-const`).
/// A `global.get` may name a defined global (Wasm 3.0): the validator
/// allowed only immutable globals defined before the one initialized, and
/// the runtime initializes globals in order.
fn const_expr(e: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr, CompileError> {
    use wasmparser::Operator as O;
    let mut reader = e.get_operators_reader();
    let mut ops = Vec::new();
    loop {
        let offset = reader.original_position();
        let op = reader.read().map_err(wasm_error)?;
        ops.push((offset, op));
        if matches!(ops.last(), Some((_, O::End))) {
            break;
        }
    }
    ops.pop();
    if let [(offset, op)] = ops.as_slice() {
        let offset = *offset;
        return Ok(match op {
            O::I32Const { value } => ConstExpr::I32(*value),
            O::I64Const { value } => ConstExpr::I64(*value),
            O::F32Const { value } => ConstExpr::F32(value.bits()),
            O::F64Const { value } => ConstExpr::F64(value.bits()),
            O::V128Const { value } => ConstExpr::V128(value.i128() as u128),
            O::RefNull { hty } => ConstExpr::RefNull(ValType::Ref(ref_type(
                wasmparser::RefType::new(true, *hty)
                    .ok_or_else(|| unsupported("heap type", offset))?,
                0,
                offset,
            )?)),
            O::RefFunc { function_index } => ConstExpr::RefFunc(*function_index),
            O::GlobalGet { global_index } => ConstExpr::GlobalGet(*global_index),
            other => return Err(const_operator_error(other, offset)),
        });
    }
    let mut extended = Vec::with_capacity(ops.len());
    for (offset, op) in &ops {
        extended.push(match op {
            O::I32Const { value } => ConstOp::I32(*value),
            O::I64Const { value } => ConstOp::I64(*value),
            O::GlobalGet { global_index } => ConstOp::GlobalGet(*global_index),
            O::I32Add => ConstOp::I32Add,
            O::I32Sub => ConstOp::I32Sub,
            O::I32Mul => ConstOp::I32Mul,
            O::I64Add => ConstOp::I64Add,
            O::I64Sub => ConstOp::I64Sub,
            O::I64Mul => ConstOp::I64Mul,
            other => return Err(const_operator_error(other, *offset)),
        });
    }
    Ok(ConstExpr::Extended(extended))
}

/// The error for a valid constant-expression operator Trident does not
/// evaluate yet: those of `gc` (allocation, `ref.i31`, conversions).
fn const_operator_error(op: &wasmparser::Operator<'_>, offset: u64) -> CompileError {
    let name = crate::operators::operator_name(op);
    not_built(
        Proposal::Gc,
        format!("constant expression operator {name}"),
        offset,
    )
}

/// The proposals `wasm` needs: each one without which it does not
/// validate (with every other proposal Trident knows enabled), in
/// [`Proposal::ALL`] order. An error if it does not validate with all of
/// them.
pub fn proposals_needed(wasm: &[u8]) -> Result<Vec<Proposal>, CompileError> {
    let validates = |f: Features| {
        Validator::new_with_features(wasmparser_features(f))
            .validate_all(wasm)
            .map(|_| ())
    };
    let mut all = Features::NONE;
    for p in Proposal::ALL {
        all.set(p, true);
    }
    validates(all).map_err(wasm_error)?;
    Ok(Proposal::ALL
        .into_iter()
        .filter(|&p| {
            let mut without = all;
            without.set(p, false);
            validates(without).is_err()
        })
        .collect())
}

/// Parses and validates `wasm` under `features`.
pub fn translate_module(
    wasm: &[u8],
    features: Features,
) -> Result<ModuleTranslation<'_>, CompileError> {
    let wasm_features = wasmparser_features(features);
    let mut validator = Validator::new_with_features(wasm_features);
    // The parser must decode with the same features: with memory64 off,
    // memory limits are u32 LEBs and an overlong encoding is malformed.
    let mut parser = Parser::new(0);
    parser.set_features(wasm_features);
    let mut module = ModuleInfo::default();
    let mut bodies = Vec::new();
    let mut to_validate: Vec<(
        FuncToValidate<ValidatorResources>,
        wasmparser::FunctionBody<'_>,
    )> = Vec::new();

    // The first construct Trident does not compile, reported only once the
    // whole module has validated: an invalid module is invalid, whatever
    // it uses.
    let mut not_compiled: Option<CompileError> = None;
    for payload in parser.parse_all(wasm) {
        let payload = payload.map_err(wasm_error)?;
        match validator.payload(&payload).map_err(wasm_error)? {
            ValidPayload::Ok | ValidPayload::End(_) => {}
            ValidPayload::Func(func, body) => {
                let range = body.range();
                bodies.push(FunctionBody {
                    data: &wasm[range.start as usize..range.end as usize],
                    offset: range.start as usize,
                });
                to_validate.push((func, body));
            }
            ValidPayload::Parser(_) => {
                return Err(unsupported("nested modules or components", 0));
            }
        }
        if not_compiled.is_none() {
            if let Err(e) = read_section(&payload, &mut module) {
                not_compiled = Some(e);
            }
        }
    }

    // Validate bodies in parallel; report the first failure in module order.
    let errors: Vec<Option<CompileError>> = to_validate
        .into_par_iter()
        .map(|(func, body)| {
            let mut v = func.into_validator(Default::default());
            v.validate(&body).err().map(|e| body_error(&body, e))
        })
        .collect();
    if let Some(e) = errors.into_iter().flatten().next() {
        return Err(e);
    }
    if let Some(e) = not_compiled {
        return Err(e);
    }

    Ok(ModuleTranslation {
        module,
        bodies,
        wasm,
        features,
    })
}

/// The error for a function body that failed validation with `e`. A
/// relaxed-SIMD operator is valid Wasm that Trident does not support, so
/// it is `Unsupported` (naming the operator), not `Invalid`: the validator
/// rejects it only because the proposal is off.
fn body_error(body: &wasmparser::FunctionBody<'_>, e: BinaryReaderError) -> CompileError {
    let at = e.offset();
    let relaxed = body.get_operators_reader().ok().and_then(|mut ops| {
        while !ops.eof() {
            let pos = ops.original_position();
            let op = ops.read().ok()?;
            if pos == at {
                return crate::operators::is_relaxed_simd_operator(&op)
                    .then(|| crate::operators::operator_name(&op));
            }
            if pos > at {
                return None;
            }
        }
        None
    });
    match relaxed {
        Some(name) => unsupported(
            format!("relaxed SIMD (operator {name}; proposal `relaxed-simd` is not enabled)"),
            at,
        ),
        None => wasm_error(e),
    }
}

/// Records what a (validated) section says in `module`.
fn read_section(payload: &Payload<'_>, module: &mut ModuleInfo) -> Result<(), CompileError> {
    match payload {
        Payload::TypeSection(s) => {
            for group in s.clone().into_iter_with_offsets() {
                let (offset, group) = group.map_err(wasm_error)?;
                let rec_start = module.types.len() as u32;
                module.rec_groups.push(rec_start);
                for sub in group.into_types() {
                    // A declared supertype: the validator checked that it
                    // is an earlier, open type this one matches.
                    // Canonicalization keeps it and finality, and
                    // `call_indirect` on an open type accepts subtypes.
                    let index = module.types.len() as u32;
                    match sub.supertype_idxs.as_slice() {
                        [] => {}
                        [s] => {
                            let s = match s.unpack() {
                                wasmparser::UnpackedIndex::Module(i) => i,
                                wasmparser::UnpackedIndex::RecGroup(i) => rec_start + i,
                                wasmparser::UnpackedIndex::Id(_) => {
                                    return Err(unsupported("a canonicalized supertype", offset));
                                }
                            };
                            module.supertypes.push((index, s));
                        }
                        _ => return Err(unsupported("more than one declared supertype", offset)),
                    }
                    let wasmparser::CompositeInnerType::Func(f) = &sub.composite_type.inner else {
                        return Err(not_built(Proposal::Gc, "a struct or array type", offset));
                    };
                    if sub.composite_type.shared
                        || sub.composite_type.descriptor_idx.is_some()
                        || sub.composite_type.describes_idx.is_some()
                    {
                        return Err(unsupported("shared or described types", offset));
                    }
                    if !sub.is_final {
                        module.open_types.push(module.types.len() as u32);
                    }
                    let params = f
                        .params()
                        .iter()
                        .map(|t| group_val_type(*t, rec_start, offset))
                        .collect::<Result<_, _>>()?;
                    let results = f
                        .results()
                        .iter()
                        .map(|t| group_val_type(*t, rec_start, offset))
                        .collect::<Result<_, _>>()?;
                    module.types.push(FuncType { params, results });
                }
            }
        }
        Payload::ImportSection(s) => {
            for import in s.clone().into_imports_with_offsets() {
                let (offset, import) = import.map_err(wasm_error)?;
                let kind = match import.ty {
                    TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                        module.functions.push(t);
                        module.num_imported_functions += 1;
                        ImportKind::Func(t)
                    }
                    TypeRef::Table(t) => {
                        let t = table_type(&t, offset)?;
                        module.tables.push(t);
                        module.num_imported_tables += 1;
                        ImportKind::Table(t)
                    }
                    TypeRef::Memory(m) => {
                        let m = memory_type(&m, offset)?;
                        module.memories.push(m);
                        module.num_imported_memories += 1;
                        ImportKind::Memory(m)
                    }
                    TypeRef::Global(g) => {
                        let g = global_type(&g, offset)?;
                        module.globals.push(g);
                        module.num_imported_globals += 1;
                        ImportKind::Global(g)
                    }
                    TypeRef::Tag(_) => {
                        return Err(not_built(Proposal::Exceptions, "a tag import", offset))
                    }
                };
                module.imports.push(Import {
                    module: import.module.to_string(),
                    field: import.name.to_string(),
                    kind,
                });
            }
        }
        Payload::FunctionSection(s) => {
            for t in s.clone() {
                module.functions.push(t.map_err(wasm_error)?);
            }
        }
        Payload::TableSection(s) => {
            for t in s.clone().into_iter_with_offsets() {
                let (offset, t) = t.map_err(wasm_error)?;
                module.tables.push(table_type(&t.ty, offset)?);
                module.table_inits.push(match &t.init {
                    wasmparser::TableInit::RefNull => None,
                    wasmparser::TableInit::Expr(e) => Some(const_expr(e)?),
                });
            }
        }
        Payload::MemorySection(s) => {
            for m in s.clone().into_iter_with_offsets() {
                let (offset, m) = m.map_err(wasm_error)?;
                let m = memory_type(&m, offset)?;
                module.memories.push(m);
            }
        }
        Payload::GlobalSection(s) => {
            for g in s.clone().into_iter_with_offsets() {
                let (offset, g) = g.map_err(wasm_error)?;
                module.globals.push(global_type(&g.ty, offset)?);
                module.global_inits.push(const_expr(&g.init_expr)?);
            }
        }
        Payload::ExportSection(s) => {
            for e in s.clone().into_iter_with_offsets() {
                let (offset, e) = e.map_err(wasm_error)?;
                let kind = match e.kind {
                    wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                        ExportKind::Func(e.index)
                    }
                    wasmparser::ExternalKind::Table => ExportKind::Table(e.index),
                    wasmparser::ExternalKind::Memory => ExportKind::Memory(e.index),
                    wasmparser::ExternalKind::Global => ExportKind::Global(e.index),
                    wasmparser::ExternalKind::Tag => {
                        return Err(not_built(Proposal::Exceptions, "a tag export", offset))
                    }
                };
                module.exports.push(Export {
                    name: e.name.to_string(),
                    kind,
                });
            }
        }
        Payload::StartSection { func, .. } => module.start = Some(*func),
        Payload::ElementSection(s) => {
            for e in s.clone() {
                let e = e.map_err(wasm_error)?;
                let offset = e.range.start;
                let kind = match e.kind {
                    wasmparser::ElementKind::Passive => ElementKind::Passive,
                    wasmparser::ElementKind::Declared => ElementKind::Declared,
                    wasmparser::ElementKind::Active {
                        table_index,
                        offset_expr,
                    } => ElementKind::Active {
                        table: table_index.unwrap_or(0),
                        offset: const_expr(&offset_expr)?,
                    },
                };
                let (element_type, items) = match e.items {
                    wasmparser::ElementItems::Functions(f) => (
                        ValType::FUNCREF,
                        ElementItems::Functions(
                            f.into_iter()
                                .collect::<Result<_, _>>()
                                .map_err(wasm_error)?,
                        ),
                    ),
                    wasmparser::ElementItems::Expressions(ty, exprs) => {
                        let mut items = Vec::new();
                        for expr in exprs {
                            items.push(const_expr(&expr.map_err(wasm_error)?)?);
                        }
                        (
                            ValType::Ref(ref_type(ty, 0, offset)?),
                            ElementItems::Expressions(items),
                        )
                    }
                };
                module.elements.push(ElementSegment {
                    kind,
                    element_type,
                    items,
                });
            }
        }
        Payload::DataCountSection { count, .. } => module.data_count = Some(*count),
        Payload::DataSection(s) => {
            for d in s.clone() {
                let d = d.map_err(wasm_error)?;
                let kind = match d.kind {
                    wasmparser::DataKind::Passive => DataKind::Passive,
                    wasmparser::DataKind::Active {
                        memory_index,
                        offset_expr,
                    } => DataKind::Active {
                        memory: memory_index,
                        offset: const_expr(&offset_expr)?,
                    },
                };
                // The bytes are the tail of the segment's range.
                let end = d.range.end as usize;
                let start = end - d.data.len();
                module.data.push(DataSegment {
                    kind,
                    range: start..end,
                });
            }
        }
        Payload::TagSection(s) => {
            return Err(not_built(
                Proposal::Exceptions,
                "a tag section",
                s.range().start,
            ));
        }
        Payload::CustomSection(c) => {
            if let KnownCustom::Name(names) = c.as_known() {
                read_names(names, &mut module.function_names, &mut module.name);
            } else if c.name().starts_with(".debug_") {
                let start = c.data_offset() as usize;
                module
                    .debug_sections
                    .push((c.name().to_string(), start..start + c.data().len()));
            }
        }
        Payload::CodeSectionStart {
            unchecked_range, ..
        } => {
            module.code_section_start = unchecked_range.start;
        }
        _ => {}
    }
    Ok(())
}

/// Reads the `name` section. A malformed name section is ignored, as the
/// spec requires of custom sections.
fn read_names(
    names: wasmparser::NameSectionReader<'_>,
    functions: &mut BTreeMap<u32, String>,
    module_name: &mut Option<String>,
) {
    for name in names {
        match name {
            Ok(Name::Module { name, .. }) => *module_name = Some(name.to_string()),
            Ok(Name::Function(map)) => {
                for naming in map {
                    match naming {
                        Ok(n) => {
                            functions.insert(n.index, n.name.to_string());
                        }
                        Err(_) => return,
                    }
                }
            }
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_garbage_with_offset() {
        let err = translate_module(b"\0asm\x01\0\0\0\x01", Features::WASM2).unwrap_err();
        assert!(matches!(err, CompileError::Invalid(_)), "{err}");
    }

    #[test]
    fn relaxed_simd_is_unsupported_not_invalid() {
        // (func (param v128 v128) (result v128)
        //   local.get 0 local.get 1 i8x16.relaxed_swizzle)
        let wasm = b"\0asm\x01\0\0\0\
            \x01\x07\x01\x60\x02\x7b\x7b\x01\x7b\
            \x03\x02\x01\x00\
            \x0a\x0b\x01\x09\x00\x20\x00\x20\x01\xfd\x80\x02\x0b";
        let err = translate_module(wasm, Features::WASM2).unwrap_err();
        match &err {
            CompileError::Unsupported { what, offset, .. } => {
                assert!(what.contains("relaxed SIMD"), "{err}");
                assert!(what.contains("I8x16RelaxedSwizzle"), "{err}");
                assert_eq!(*offset, Some(wasm.len() - 4), "{err}");
            }
            other => panic!("expected Unsupported, got {other:?}"),
        }
        // The same body with plain `i8x16.swizzle` (0xfd 0x0e) is valid.
        let mut ok = wasm.to_vec();
        let n = ok.len();
        ok.splice(n - 4..n - 1, [0xfd, 0x0e]);
        ok[n - 12] -= 1; // code section size
        ok[n - 10] -= 1; // body size
        translate_module(&ok, Features::WASM2).unwrap();
    }

    #[test]
    fn empty_module_translates() {
        let t = translate_module(b"\0asm\x01\0\0\0", Features::WASM2).unwrap();
        assert!(t.bodies.is_empty());
        assert_eq!(t.module, ModuleInfo::default());
    }
}
