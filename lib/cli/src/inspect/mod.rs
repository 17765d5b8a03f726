//! `trident inspect`: a module's contents section by section.
//!
//! [`inspect`] reads a module with wasmparser into a [`Report`] — every
//! section with its offset, size and entry count, then the entries of each
//! section (types, imports, functions with their body offsets and sizes,
//! tables, memories, globals, exports, start, element and data segments,
//! custom sections) — and validates it. A module that cannot be parsed is
//! an [`InspectError`] naming the byte offset; one that parses but does
//! not validate is reported, with the validation error, not rejected.
//! [`text::render`] prints a report for people; the JSON form is the
//! report serialized as is. An artifact (`trident compile` output) gets
//! [`artifact::inspect_artifact`] instead: its header and code sizes.

pub mod artifact;
mod expr;
mod parse;
pub mod text;

pub use parse::inspect;

use serde::Serialize;
use thiserror::Error;

/// A module that could not be parsed.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("malformed module at byte offset {offset} ({offset:#x}): {message}")]
pub struct InspectError {
    pub offset: u64,
    pub message: String,
}

/// One section as it appears in the file.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// The section id (0 for custom sections).
    pub id: u8,
    pub name: String,
    /// Where its contents start.
    pub offset: u64,
    /// Its contents' size in bytes.
    pub size: u64,
    /// Its number of entries, for sections that are vectors.
    pub count: Option<u32>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Type {
    pub index: u32,
    /// `func`, or another composite kind for GC-proposal types.
    pub kind: String,
    pub params: Vec<String>,
    pub results: Vec<String>,
    /// The whole type as text.
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Import {
    pub module: String,
    pub name: String,
    /// `func`, `table`, `memory`, `global` or `tag`.
    pub kind: String,
    /// The index the import gets in its index space.
    pub index: u32,
    /// The imported item's type as text.
    pub ty: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Function {
    /// In the function index space (imports first).
    pub index: u32,
    pub type_index: u32,
    pub signature: String,
    /// From the `name` section, if any.
    pub name: Option<String>,
    /// Where the body (after its size prefix) starts in the file.
    pub body_offset: u64,
    pub body_size: u64,
    /// Declared locals (not counting parameters).
    pub locals: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub index: u32,
    pub element: String,
    pub minimum: u64,
    pub maximum: Option<u64>,
    pub table64: bool,
    pub init: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Memory {
    pub index: u32,
    pub minimum_pages: u64,
    pub maximum_pages: Option<u64>,
    pub memory64: bool,
    pub shared: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Global {
    pub index: u32,
    pub ty: String,
    pub mutable: bool,
    pub init: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Export {
    pub name: String,
    pub kind: String,
    pub index: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct Element {
    pub index: u32,
    /// `active`, `passive` or `declared`.
    pub mode: String,
    pub table: Option<u32>,
    pub offset_expr: Option<String>,
    pub element_type: String,
    pub count: u32,
    pub offset: u64,
    pub size: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Data {
    pub index: u32,
    /// `active` or `passive`.
    pub mode: String,
    pub memory: Option<u32>,
    pub offset_expr: Option<String>,
    /// Bytes of data.
    pub data_size: u64,
    /// The segment's place in the file.
    pub offset: u64,
    pub size: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Custom {
    pub name: String,
    pub offset: u64,
    pub size: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Validation {
    pub valid: bool,
    pub error: Option<InspectErrorReport>,
}

#[derive(Clone, Debug, Serialize)]
pub struct InspectErrorReport {
    pub offset: u64,
    pub message: String,
}

/// Everything `inspect` reports.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub file: String,
    pub file_size: u64,
    pub version: u16,
    pub sections: Vec<Section>,
    pub types: Vec<Type>,
    pub imports: Vec<Import>,
    pub functions: Vec<Function>,
    pub tables: Vec<Table>,
    pub memories: Vec<Memory>,
    pub globals: Vec<Global>,
    pub exports: Vec<Export>,
    pub start: Option<u32>,
    pub elements: Vec<Element>,
    pub data_count: Option<u32>,
    pub data: Vec<Data>,
    pub custom_sections: Vec<Custom>,
    pub validation: Validation,
    /// The Wasm proposals the module needs (each one without which it does
    /// not validate), as their repositories name them; empty for an
    /// invalid module.
    pub proposals: Vec<String>,
}
