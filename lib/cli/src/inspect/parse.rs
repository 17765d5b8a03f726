//! Walking a module's payloads into a [`Report`].

use super::*;
use std::collections::HashMap;
use std::ops::Range;
use wasmparser::{
    BinaryReaderError, CompositeInnerType, ElementItems, ElementKind, Encoding, ExternalKind,
    KnownCustom, Name, Parser, Payload, TableInit, TypeRef,
};

fn malformed(e: BinaryReaderError) -> InspectError {
    InspectError {
        offset: e.offset(),
        message: e.message().to_string(),
    }
}

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn signature(params: &[String], results: &[String]) -> String {
    format!("({}) -> ({})", list(params), list(results))
}

fn limits(min: u64, max: Option<u64>) -> String {
    match max {
        Some(m) => format!("{min}..{m}"),
        None => format!("{min}.."),
    }
}

fn external_kind(k: ExternalKind) -> &'static str {
    match k {
        ExternalKind::Func | ExternalKind::FuncExact => "func",
        ExternalKind::Table => "table",
        ExternalKind::Memory => "memory",
        ExternalKind::Global => "global",
        ExternalKind::Tag => "tag",
    }
}

struct Walk {
    r: Report,
    /// Type index of each defined function, in order.
    defined: Vec<u32>,
    /// Body offset, size and local count of each defined function.
    bodies: Vec<(u64, u64, u64)>,
    names: HashMap<u32, String>,
    imported: [u32; 5],
}

impl Walk {
    fn section(&mut self, id: u8, name: &str, range: Range<u64>, count: Option<u32>) {
        self.r.sections.push(Section {
            id,
            name: name.to_string(),
            offset: range.start,
            size: range.end - range.start,
            count,
        });
    }

    fn type_text(&self, index: u32) -> String {
        self.r
            .types
            .get(index as usize)
            .map(|t| t.text.clone())
            .unwrap_or_else(|| format!("<type {index} out of range>"))
    }

    fn payload(&mut self, payload: Payload<'_>) -> Result<(), InspectError> {
        match payload {
            Payload::Version { num, encoding, .. } => {
                if encoding != Encoding::Module {
                    return Err(InspectError {
                        offset: 4,
                        message: "this is a component, not a core module".into(),
                    });
                }
                self.r.version = num;
            }
            Payload::TypeSection(s) => {
                self.section(1, "type", s.range(), Some(s.count()));
                for group in s {
                    for sub in group.map_err(malformed)?.into_types() {
                        let index = self.r.types.len() as u32;
                        let t = match &sub.composite_type.inner {
                            CompositeInnerType::Func(f) => {
                                let params: Vec<String> =
                                    f.params().iter().map(|p| p.to_string()).collect();
                                let results: Vec<String> =
                                    f.results().iter().map(|p| p.to_string()).collect();
                                Type {
                                    index,
                                    kind: "func".into(),
                                    text: signature(&params, &results),
                                    params,
                                    results,
                                }
                            }
                            other => Type {
                                index,
                                kind: match other {
                                    CompositeInnerType::Array(_) => "array",
                                    CompositeInnerType::Struct(_) => "struct",
                                    _ => "cont",
                                }
                                .into(),
                                params: Vec::new(),
                                results: Vec::new(),
                                text: other.to_string(),
                            },
                        };
                        self.r.types.push(t);
                    }
                }
            }
            Payload::ImportSection(s) => {
                self.section(2, "import", s.range(), Some(s.count()));
                for import in s.into_imports() {
                    let i = import.map_err(malformed)?;
                    let (slot, kind, ty) = match i.ty {
                        TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                            (0, "func", format!("type {t} {}", self.type_text(t)))
                        }
                        TypeRef::Table(t) => (
                            1,
                            "table",
                            format!("{} {}", t.element_type, limits(t.initial, t.maximum)),
                        ),
                        TypeRef::Memory(m) => (
                            2,
                            "memory",
                            format!("{} pages", limits(m.initial, m.maximum)),
                        ),
                        TypeRef::Global(g) => (
                            3,
                            "global",
                            format!("{}{}", if g.mutable { "mut " } else { "" }, g.content_type),
                        ),
                        TypeRef::Tag(t) => (4, "tag", format!("type {}", t.func_type_idx)),
                    };
                    let index = self.imported[slot];
                    self.imported[slot] += 1;
                    if let TypeRef::Func(t) | TypeRef::FuncExact(t) = i.ty {
                        // Imported functions are listed with the functions
                        // too, without a body.
                        self.r.functions.push(Function {
                            index,
                            type_index: t,
                            signature: self.type_text(t),
                            name: None,
                            body_offset: 0,
                            body_size: 0,
                            locals: 0,
                        });
                    }
                    self.r.imports.push(Import {
                        module: i.module.to_string(),
                        name: i.name.to_string(),
                        kind: kind.into(),
                        index,
                        ty,
                    });
                }
            }
            Payload::FunctionSection(s) => {
                self.section(3, "function", s.range(), Some(s.count()));
                for t in s {
                    self.defined.push(t.map_err(malformed)?);
                }
            }
            Payload::TableSection(s) => {
                self.section(4, "table", s.range(), Some(s.count()));
                for t in s {
                    let t = t.map_err(malformed)?;
                    self.r.tables.push(Table {
                        index: self.imported[1] + self.r.tables.len() as u32,
                        element: t.ty.element_type.to_string(),
                        minimum: t.ty.initial,
                        maximum: t.ty.maximum,
                        table64: t.ty.table64,
                        init: match &t.init {
                            TableInit::RefNull => None,
                            TableInit::Expr(e) => Some(expr::render(e)),
                        },
                    });
                }
            }
            Payload::MemorySection(s) => {
                self.section(5, "memory", s.range(), Some(s.count()));
                for m in s {
                    let m = m.map_err(malformed)?;
                    self.r.memories.push(Memory {
                        index: self.imported[2] + self.r.memories.len() as u32,
                        minimum_pages: m.initial,
                        maximum_pages: m.maximum,
                        memory64: m.memory64,
                        shared: m.shared,
                    });
                }
            }
            Payload::TagSection(s) => {
                self.section(13, "tag", s.range(), Some(s.count()));
            }
            Payload::GlobalSection(s) => {
                self.section(6, "global", s.range(), Some(s.count()));
                for g in s {
                    let g = g.map_err(malformed)?;
                    self.r.globals.push(Global {
                        index: self.imported[3] + self.r.globals.len() as u32,
                        ty: g.ty.content_type.to_string(),
                        mutable: g.ty.mutable,
                        init: expr::render(&g.init_expr),
                    });
                }
            }
            Payload::ExportSection(s) => {
                self.section(7, "export", s.range(), Some(s.count()));
                for e in s {
                    let e = e.map_err(malformed)?;
                    self.r.exports.push(Export {
                        name: e.name.to_string(),
                        kind: external_kind(e.kind).into(),
                        index: e.index,
                    });
                }
            }
            Payload::StartSection { func, range } => {
                self.section(8, "start", range, None);
                self.r.start = Some(func);
            }
            Payload::ElementSection(s) => {
                self.section(9, "element", s.range(), Some(s.count()));
                for e in s {
                    let e = e.map_err(malformed)?;
                    let (mode, table, offset_expr) = match &e.kind {
                        ElementKind::Passive => ("passive", None, None),
                        ElementKind::Declared => ("declared", None, None),
                        ElementKind::Active {
                            table_index,
                            offset_expr,
                        } => (
                            "active",
                            Some(table_index.unwrap_or(0)),
                            Some(expr::render(offset_expr)),
                        ),
                    };
                    let (element_type, count) = match &e.items {
                        ElementItems::Functions(f) => ("funcref".to_string(), f.count()),
                        ElementItems::Expressions(t, x) => (t.to_string(), x.count()),
                    };
                    self.r.elements.push(Element {
                        index: self.r.elements.len() as u32,
                        mode: mode.into(),
                        table,
                        offset_expr,
                        element_type,
                        count,
                        offset: e.range.start,
                        size: e.range.end - e.range.start,
                    });
                }
            }
            Payload::DataCountSection { count, range } => {
                self.section(12, "datacount", range, Some(count));
                self.r.data_count = Some(count);
            }
            Payload::DataSection(s) => {
                self.section(11, "data", s.range(), Some(s.count()));
                for d in s {
                    let d = d.map_err(malformed)?;
                    let (mode, memory, offset_expr) = match &d.kind {
                        wasmparser::DataKind::Passive => ("passive", None, None),
                        wasmparser::DataKind::Active {
                            memory_index,
                            offset_expr,
                        } => (
                            "active",
                            Some(*memory_index),
                            Some(expr::render(offset_expr)),
                        ),
                    };
                    self.r.data.push(Data {
                        index: self.r.data.len() as u32,
                        mode: mode.into(),
                        memory,
                        offset_expr,
                        data_size: d.data.len() as u64,
                        offset: d.range.start,
                        size: d.range.end - d.range.start,
                    });
                }
            }
            Payload::CodeSectionStart {
                count,
                unchecked_range,
                ..
            } => {
                self.section(10, "code", unchecked_range, Some(count));
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                let mut locals = 0u64;
                for l in body.get_locals_reader().map_err(malformed)? {
                    locals += u64::from(l.map_err(malformed)?.0);
                }
                self.bodies
                    .push((range.start, range.end - range.start, locals));
            }
            Payload::CustomSection(c) => {
                let start = c.data_offset();
                let range = start..start + c.data().len() as u64;
                self.section(0, &format!("custom \"{}\"", c.name()), range.clone(), None);
                self.r.custom_sections.push(Custom {
                    name: c.name().to_string(),
                    offset: range.start,
                    size: range.end - range.start,
                });
                if let KnownCustom::Name(names) = c.as_known() {
                    // A broken name section is only a missing nicety.
                    for n in names.into_iter().flatten() {
                        if let Name::Function(map) = n {
                            for naming in map.into_iter().flatten() {
                                self.names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            Payload::UnknownSection { id, range, .. } => {
                self.section(id, "unknown", range, None);
            }
            _ => {}
        }
        Ok(())
    }
}

/// Reads `bytes` (the contents of `file`) into a report.
pub fn inspect(file: &str, bytes: &[u8]) -> Result<Report, InspectError> {
    let mut w = Walk {
        r: Report {
            file: file.to_string(),
            file_size: bytes.len() as u64,
            version: 0,
            sections: Vec::new(),
            types: Vec::new(),
            imports: Vec::new(),
            functions: Vec::new(),
            tables: Vec::new(),
            memories: Vec::new(),
            globals: Vec::new(),
            exports: Vec::new(),
            start: None,
            elements: Vec::new(),
            data_count: None,
            data: Vec::new(),
            custom_sections: Vec::new(),
            validation: Validation {
                valid: true,
                error: None,
            },
            proposals: Vec::new(),
        },
        defined: Vec::new(),
        bodies: Vec::new(),
        names: HashMap::new(),
        imported: [0; 5],
    };
    for payload in Parser::new(0).parse_all(bytes) {
        w.payload(payload.map_err(malformed)?)?;
    }
    if w.defined.len() != w.bodies.len() {
        return Err(InspectError {
            offset: bytes.len() as u64,
            message: format!(
                "{} functions declared but {} bodies given",
                w.defined.len(),
                w.bodies.len()
            ),
        });
    }
    let first = w.imported[0];
    for (i, (&ty, &(offset, size, locals))) in w.defined.iter().zip(&w.bodies).enumerate() {
        let f = Function {
            index: first + i as u32,
            type_index: ty,
            signature: w.type_text(ty),
            name: None,
            body_offset: offset,
            body_size: size,
            locals,
        };
        w.r.functions.push(f);
    }
    for f in &mut w.r.functions {
        f.name = w.names.get(&f.index).cloned();
    }
    match trident::proposals_needed(bytes) {
        Ok(needed) => w.r.proposals = needed.iter().map(|p| p.name().to_string()).collect(),
        Err(e) => {
            let (offset, message) = match e {
                trident::CompileError::Invalid(e) => (e.offset as u64, e.message),
                other => (0, other.to_string()),
            };
            w.r.validation = Validation {
                valid: false,
                error: Some(InspectErrorReport { offset, message }),
            };
        }
    }
    Ok(w.r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_module_names_the_offset() {
        let e = inspect("x", b"\0asm\x01\0\0\0\x01\x05").unwrap_err();
        assert_eq!(e.offset, 10);
        let e = inspect("x", b"\x7fELF").unwrap_err();
        assert_eq!(e.offset, 0);
    }

    #[test]
    fn sections_and_functions_are_listed() {
        let wasm = wat::parse_str(
            r#"(module
                 (import "env" "f" (func (param i32)))
                 (memory 1 2)
                 (global (mut i32) (i32.const 7))
                 (func $g (export "g") (result i32) (local i64 i64) i32.const 1)
                 (data (i32.const 16) "abc"))"#,
        )
        .unwrap();
        let r = inspect("m.wat", &wasm).unwrap();
        assert_eq!(r.types.len(), 2);
        assert_eq!(r.imports[0].ty, "type 0 (i32) -> ()");
        assert_eq!(r.functions.len(), 2);
        let g = &r.functions[1];
        assert_eq!((g.index, g.locals, g.name.as_deref()), (1, 2, Some("g")));
        assert!(g.body_size > 0 && g.body_offset > 0);
        assert_eq!(r.memories[0].maximum_pages, Some(2));
        assert_eq!(r.globals[0].init, "i32.const 7");
        assert_eq!(r.data[0].offset_expr.as_deref(), Some("i32.const 16"));
        assert_eq!(r.data[0].data_size, 3);
        assert!(r.validation.valid);
        let names: Vec<&str> = r.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names[..7],
            ["type", "import", "function", "memory", "global", "export", "code"]
        );
    }
}
