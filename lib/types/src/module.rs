//! A validated module's metadata.
//!
//! Index spaces follow the Wasm spec: in each of the function, table, memory
//! and global spaces the imported entities come first, then the module's own
//! ("defined") ones. `num_imported_*` tells where the defined ones start.

use crate::types::{FuncType, GlobalType, MemoryType, TableType, ValType};
use std::collections::BTreeMap;
use std::ops::Range;

/// A constant expression: a single constant, `ref.null`, `ref.func` or
/// `global.get` of an immutable global (Wasm 2.0: imported ones only;
/// Wasm 3.0: also an earlier defined one), or an extended one.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstExpr {
    I32(i32),
    I64(i64),
    /// The bits of an `f32`.
    F32(u32),
    /// The bits of an `f64`.
    F64(u64),
    V128(u128),
    RefNull(ValType),
    RefFunc(u32),
    GlobalGet(u32),
    /// An extended constant expression (`extended-const`): integer
    /// constants, `global.get` and `add`/`sub`/`mul` in the order the
    /// module gives them (postfix), leaving one value. Arithmetic wraps.
    Extended(Vec<ConstOp>),
}

/// One instruction of an extended constant expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOp {
    I32(i32),
    I64(i64),
    GlobalGet(u32),
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
}

/// What an import brings in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ImportKind {
    /// A function of the given type index.
    Func(u32),
    Table(TableType),
    Memory(MemoryType),
    Global(GlobalType),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub module: String,
    pub field: String,
    pub kind: ImportKind,
}

/// The kind and index of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    Func(u32),
    Table(u32),
    Memory(u32),
    Global(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    pub name: String,
    pub kind: ExportKind,
}

/// How an element segment is used.
#[derive(Clone, Debug, PartialEq)]
pub enum ElementKind {
    /// Available to `table.init` until dropped.
    Passive,
    /// Copied into `table` at `offset` during instantiation, then dropped.
    Active { table: u32, offset: ConstExpr },
    /// Only declares functions for `ref.func`; dropped at instantiation.
    Declared,
}

/// The items of an element segment.
#[derive(Clone, Debug, PartialEq)]
pub enum ElementItems {
    /// Function indices (the legacy encoding).
    Functions(Vec<u32>),
    /// Constant expressions of the segment's element type.
    Expressions(Vec<ConstExpr>),
}

impl ElementItems {
    pub fn len(&self) -> usize {
        match self {
            ElementItems::Functions(f) => f.len(),
            ElementItems::Expressions(e) => e.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ElementSegment {
    pub kind: ElementKind,
    pub element_type: ValType,
    pub items: ElementItems,
}

/// How a data segment is used.
#[derive(Clone, Debug, PartialEq)]
pub enum DataKind {
    Passive,
    Active { memory: u32, offset: ConstExpr },
}

#[derive(Clone, Debug, PartialEq)]
pub struct DataSegment {
    pub kind: DataKind,
    /// Where the segment's bytes are in the module's binary.
    pub range: Range<usize>,
}

/// Everything about a module except function bodies. Built by the front end
/// after validation; read-only afterwards.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModuleInfo {
    /// The type section. Concrete reference types in it, and everywhere
    /// else in a module's metadata, are indices into it.
    pub types: Vec<FuncType>,
    /// Where each recursion group of the type section starts, ascending
    /// (a type outside `rec` is a group of its own; see
    /// [`rec_group_ranges`](Self::rec_group_ranges)). Types are equal
    /// across modules when their groups are equal position by position
    /// (iso-recursive canonicalization, done by the engine's registry).
    pub rec_groups: Vec<u32>,
    /// The types declared `sub` without `final` (open to subtypes),
    /// ascending.
    pub open_types: Vec<u32>,
    /// `(type, its declared supertype)` for each type that declares one
    /// (`sub $super`), ascending by type; the supertype is an earlier
    /// type (the validator checked that it is open and that the type
    /// matches it).
    pub supertypes: Vec<(u32, u32)>,
    pub imports: Vec<Import>,
    /// Type index of every function, imported ones first.
    pub functions: Vec<u32>,
    pub num_imported_functions: u32,
    /// Every table, imported ones first.
    pub tables: Vec<TableType>,
    pub num_imported_tables: u32,
    /// Every memory, imported ones first.
    pub memories: Vec<MemoryType>,
    pub num_imported_memories: u32,
    /// Every global, imported ones first.
    pub globals: Vec<GlobalType>,
    pub num_imported_globals: u32,
    /// Initializers of the defined globals (`globals[num_imported_globals..]`).
    pub global_inits: Vec<ConstExpr>,
    /// Initializers of the defined tables (`tables[num_imported_tables..]`):
    /// `None` for null (the only Wasm 2.0 form), else the expression every
    /// element starts as (`function-references`), evaluated after the
    /// globals.
    pub table_inits: Vec<Option<ConstExpr>>,
    pub exports: Vec<Export>,
    pub start: Option<u32>,
    pub elements: Vec<ElementSegment>,
    pub data: Vec<DataSegment>,
    /// Whether a data count section was present (`memory.init`/`data.drop`).
    pub data_count: Option<u32>,
    /// Function names from the `name` custom section.
    pub function_names: BTreeMap<u32, String>,
    /// The module's name from the `name` custom section.
    pub name: Option<String>,
    /// The module's DWARF custom sections (`.debug_*`): name and where
    /// their bytes are, like data segments (in the module's binary, then
    /// in the compacted data bytes).
    pub debug_sections: Vec<(String, Range<usize>)>,
    /// Module offset of the code section's contents: DWARF addresses in a
    /// wasm module are relative to it.
    pub code_section_start: u64,
}

impl ModuleInfo {
    /// Whether memory `index` is 64-bit (memory64); false when there is
    /// no such memory.
    pub fn memory64(&self, index: u32) -> bool {
        self.memories
            .get(index as usize)
            .is_some_and(|m| m.memory64)
    }

    /// Whether table `index` is indexed by `i64` (table64); false when
    /// there is no such table.
    pub fn table64(&self, index: u32) -> bool {
        self.tables.get(index as usize).is_some_and(|t| t.table64)
    }
    /// The symbol tools see for function `func_index` (perf maps and
    /// jitdump, the GDB JIT interface, executables' symbol tables):
    /// `wasm[MODULE]::NAME` with the name section's function name, else
    /// `wasm[MODULE]::function[INDEX]`; MODULE is the module's own name,
    /// or `module`.
    pub fn function_symbol(&self, func_index: u32) -> String {
        let module = self.name.as_deref().unwrap_or("module");
        match self.function_names.get(&func_index) {
            Some(n) => format!("wasm[{module}]::{n}"),
            None => format!("wasm[{module}]::function[{func_index}]"),
        }
    }

    /// Number of functions defined (not imported) by the module.
    pub fn num_defined_functions(&self) -> u32 {
        self.functions.len() as u32 - self.num_imported_functions
    }

    /// The signature of function `func` (imported or defined).
    pub fn func_type(&self, func: u32) -> &FuncType {
        &self.types[self.functions[func as usize] as usize]
    }

    /// The signature of function `func`, `None` past the function space
    /// (a checked [`func_type`](Self::func_type)).
    #[inline]
    pub fn checked_func_type(&self, func: u32) -> Option<&FuncType> {
        self.functions
            .get(func as usize)
            .and_then(|t| self.checked_type(*t))
    }

    /// The type indices of each recursion group, in order. A type before
    /// the first listed start (every type, when `rec_groups` is empty, as
    /// in metadata built by hand) is a group of its own.
    pub fn rec_group_ranges(&self) -> Vec<Range<u32>> {
        let n = self.types.len() as u32;
        let first = self.rec_groups.first().copied().unwrap_or(n).min(n);
        let mut ranges: Vec<Range<u32>> = (0..first).map(|i| i..i + 1).collect();
        for (i, &start) in self.rec_groups.iter().enumerate() {
            let end = self.rec_groups.get(i + 1).copied().unwrap_or(n).min(n);
            if start < end {
                ranges.push(start..end);
            }
        }
        ranges
    }

    /// Whether type `index` is final (not declared open with `sub`).
    pub fn is_final_type(&self, index: u32) -> bool {
        self.open_types.binary_search(&index).is_err()
    }

    /// The supertype type `index` declares, if any.
    pub fn supertype(&self, index: u32) -> Option<u32> {
        let k = self
            .supertypes
            .binary_search_by_key(&index, |&(t, _)| t)
            .ok()?;
        self.supertypes.get(k).map(|&(_, s)| s)
    }

    /// Whether type `sub` is `sup` or declares it as a supertype, directly
    /// or through its own supertypes (both this module's indices).
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        let mut at = sub;
        // Supertypes are earlier types, so the walk stops by `sup`.
        while at > sup {
            match self.supertype(at) {
                Some(s) if s < at => at = s,
                _ => return false,
            }
        }
        at == sup
    }

    /// Function type `index`, `None` past the type section.
    #[inline]
    pub fn checked_type(&self, index: u32) -> Option<&FuncType> {
        self.types.get(index as usize)
    }

    pub fn is_imported_function(&self, func: u32) -> bool {
        func < self.num_imported_functions
    }

    pub fn is_imported_global(&self, global: u32) -> bool {
        global < self.num_imported_globals
    }

    pub fn is_imported_memory(&self, memory: u32) -> bool {
        memory < self.num_imported_memories
    }

    pub fn is_imported_table(&self, table: u32) -> bool {
        table < self.num_imported_tables
    }

    /// The export called `name`, if any.
    pub fn export(&self, name: &str) -> Option<ExportKind> {
        self.exports.iter().find(|e| e.name == name).map(|e| e.kind)
    }
}
