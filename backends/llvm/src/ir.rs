//! What every function of one batch shares while its IR is built: the LLVM
//! types Trident uses, the alias-analysis (TBAA) tags, metadata kind ids,
//! intrinsic declarations, and the declarations of the wasm functions the
//! batch calls.
//!
//! Type mapping: `i32`, `i64`, `f32`, `f64` map to their LLVM namesakes;
//! `funcref` and `externref` are `ptr` (null is the null reference). Wasm
//! linear memory is reached through `ptr addrspace(HEAP_ADDRESS_SPACE)`
//! under `BoundsChecks::Static` (see `memory.rs`) and through plain `ptr`
//! under `Dynamic`.
//!
//! TBAA: every memory access Trident emits carries one of the tags below,
//! and a given location is only ever accessed under one tag, so LLVM may
//! assume that a heap store never changes a vmctx field, a global, a memory
//! or table definition, and so on. Loads of fields that never change while
//! code runs are also marked `!invariant.load`.

use crate::error::{codegen, IrResult, Result};
use crate::target::Arch;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::Module;
use inkwell::types::{
    BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FloatType, FunctionType, IntType, PointerType,
};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FunctionValue, InstructionValue, MetadataValue,
    StructValue,
};
use inkwell::AddressSpace;
use std::cell::RefCell;
use std::collections::BTreeMap;
use trident_types::{Builtin, BuiltinParam, FuncType, ValType};

/// The x86-64 address space whose accesses LLVM emits with an `ss:`
/// segment-override prefix. `ss` has base 0 in 64-bit mode, so the prefix
/// changes nothing at run time; it marks wasm heap accesses in the machine
/// code so the trap-site scan can find them (see `disasm.rs`).
pub(crate) const HEAP_ADDRESS_SPACE: u16 = 258;

/// What a memory access touches, for alias analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Region {
    /// Wasm linear memory.
    Heap,
    /// vmctx fields written only by the runtime (pointers, funcrefs).
    Vmctx,
    /// `VMMemoryDefinition` fields (base, current length).
    MemoryDefinition,
    /// `VMTableDefinition` fields and table element arrays.
    Table,
    /// Global values (imported or defined).
    Global,
    /// `VMStoreContext` fields (stack limit, fuel, epoch deadline).
    StoreContext,
    /// The engine's epoch counter.
    Epoch,
    /// Host-call value slots and other trampoline scratch memory.
    Slots,
}

impl Region {
    const ALL: [Region; 8] = [
        Region::Heap,
        Region::Vmctx,
        Region::MemoryDefinition,
        Region::Table,
        Region::Global,
        Region::StoreContext,
        Region::Epoch,
        Region::Slots,
    ];

    fn name(self) -> &'static str {
        match self {
            Region::Heap => "wasm heap",
            Region::Vmctx => "vmctx",
            Region::MemoryDefinition => "memory definition",
            Region::Table => "table",
            Region::Global => "global",
            Region::StoreContext => "store context",
            Region::Epoch => "epoch",
            Region::Slots => "value slots",
        }
    }
}

/// Types, metadata and declarations of one batch module.
pub(crate) struct Ir<'ctx> {
    pub context: &'ctx Context,
    pub module: Module<'ctx>,
    pub i8: IntType<'ctx>,
    pub i32: IntType<'ctx>,
    pub i64: IntType<'ctx>,
    pub f32: FloatType<'ctx>,
    pub f64: FloatType<'ctx>,
    /// `ptr` (address space 0).
    pub ptr: PointerType<'ctx>,
    /// The pointer type of wasm heap addresses under static bounds checks:
    /// address space [`HEAP_ADDRESS_SPACE`] on x86-64, the default one on
    /// AArch64 (whose trap-site scan needs no marker, see `disasm.rs`).
    pub heap_ptr: PointerType<'ctx>,
    /// The architecture code is generated for.
    pub arch: Arch,
    tbaa: Vec<MetadataValue<'ctx>>,
    kind_tbaa: u32,
    kind_invariant: u32,
    empty_node: MetadataValue<'ctx>,
    /// Declared or defined wasm functions, by function index.
    functions: RefCell<BTreeMap<u32, FunctionValue<'ctx>>>,
    /// The calling convention of the module's wasm functions and of the
    /// direct calls between them: `tailcc` in a module with tail calls
    /// (`tail.rs`), C otherwise.
    pub wasm_cc: std::cell::Cell<u32>,
}

/// The symbol of defined wasm function `index`.
pub(crate) fn function_symbol(index: u32) -> String {
    format!("wasm_function_{index}")
}

impl<'ctx> Ir<'ctx> {
    pub fn new(context: &'ctx Context, name: &str, arch: Arch) -> Ir<'ctx> {
        let module = context.create_module(name);
        let i64 = context.i64_type();
        // Struct-path TBAA: one root, one scalar type per region.
        let root = context.metadata_node(&[context.metadata_string("trident").into()]);
        let tbaa = Region::ALL
            .iter()
            .map(|r| {
                let ty = context.metadata_node(&[
                    context.metadata_string(r.name()).into(),
                    root.into(),
                    i64.const_zero().into(),
                ]);
                context.metadata_node(&[ty.into(), ty.into(), i64.const_zero().into()])
            })
            .collect();
        Ir {
            context,
            module,
            i8: context.i8_type(),
            i32: context.i32_type(),
            i64,
            f32: context.f32_type(),
            f64: context.f64_type(),
            ptr: context.ptr_type(AddressSpace::default()),
            heap_ptr: match arch {
                Arch::X86_64 => context.ptr_type(AddressSpace::from(HEAP_ADDRESS_SPACE)),
                Arch::Aarch64 => context.ptr_type(AddressSpace::default()),
            },
            arch,
            tbaa,
            kind_tbaa: context.get_kind_id("tbaa"),
            kind_invariant: context.get_kind_id("invariant.load"),
            empty_node: context.metadata_node(&[]),
            functions: RefCell::new(BTreeMap::new()),
            wasm_cc: std::cell::Cell::new(crate::tail::CCC),
        }
    }

    /// The LLVM type of a wasm value type.
    pub fn val_type(&self, t: ValType) -> BasicTypeEnum<'ctx> {
        match t {
            ValType::I32 => self.i32.into(),
            ValType::I64 => self.i64.into(),
            ValType::F32 => self.f32.into(),
            ValType::F64 => self.f64.into(),
            ValType::Ref(_) => self.ptr.into(),
            ValType::V128 => self.i64.vec_type(2).into(),
        }
    }

    /// The type of a wasm function of type `ty`: `(callee_vmctx,
    /// caller_vmctx, params…) -> results`, several results as a struct.
    pub fn wasm_fn_type(&self, ty: &FuncType) -> Result<FunctionType<'ctx>> {
        let mut params: Vec<BasicMetadataTypeEnum<'ctx>> = vec![self.ptr.into(), self.ptr.into()];
        for p in &ty.params {
            params.push(self.val_type(*p).into());
        }
        Ok(match ty.results.as_slice() {
            [] => self.context.void_type().fn_type(&params, false),
            [one] => self.val_type(*one).fn_type(&params, false),
            many => {
                let fields: Vec<BasicTypeEnum<'ctx>> =
                    many.iter().map(|r| self.multi_result_type(*r)).collect();
                self.context
                    .struct_type(&fields, false)
                    .fn_type(&params, false)
            }
        })
    }

    /// The type result `t` travels as in the struct of a function with
    /// several results: a float as the integer of its width. The x86-64
    /// C return convention has two SSE registers for scalar floats, so a
    /// float result after two float or vector results comes back in
    /// x87's `st(0)`, and loading a signaling NaN there quiets it; wasm
    /// returns every value bit for bit.
    fn multi_result_type(&self, t: ValType) -> BasicTypeEnum<'ctx> {
        match t {
            ValType::F32 => self.i32.into(),
            ValType::F64 => self.i64.into(),
            other => self.val_type(other),
        }
    }

    /// `results` as the fields of a several-results struct (floats as
    /// integers, see [`Ir::wasm_fn_type`]).
    pub fn pack_results(
        &self,
        b: &Builder<'ctx>,
        results: &[BasicValueEnum<'ctx>],
    ) -> Result<Vec<BasicValueEnum<'ctx>>> {
        results
            .iter()
            .map(|v| match v {
                BasicValueEnum::FloatValue(f) => {
                    let int = if f.get_type() == self.f32 {
                        self.i32
                    } else {
                        self.i64
                    };
                    b.build_bit_cast(*f, int, "").ir()
                }
                other => Ok(*other),
            })
            .collect()
    }

    /// The results of types `types` out of a several-results struct
    /// (the inverse of [`Ir::pack_results`]).
    pub fn unpack_results(
        &self,
        b: &Builder<'ctx>,
        s: StructValue<'ctx>,
        types: &[ValType],
    ) -> Result<Vec<BasicValueEnum<'ctx>>> {
        let mut out = Vec::with_capacity(types.len());
        for (i, t) in types.iter().enumerate() {
            let v = b.build_extract_value(s, i as u32, "").ir()?;
            out.push(match t {
                ValType::F32 | ValType::F64 => b.build_bit_cast(v, self.val_type(*t), "").ir()?,
                _ => v,
            });
        }
        Ok(out)
    }

    /// The C type of builtin `b`: `(vmctx, params…) -> result`.
    pub fn builtin_fn_type(&self, b: Builtin) -> FunctionType<'ctx> {
        let param = |p: BuiltinParam| -> BasicTypeEnum<'ctx> {
            match p {
                BuiltinParam::Pointer => self.ptr.into(),
                BuiltinParam::I32 => self.i32.into(),
                BuiltinParam::I64 => self.i64.into(),
            }
        };
        let mut params: Vec<BasicMetadataTypeEnum<'ctx>> = vec![self.ptr.into()];
        params.extend(
            b.params()
                .iter()
                .map(|p| BasicMetadataTypeEnum::from(param(*p))),
        );
        match b.result() {
            Some(r) => param(r).fn_type(&params, false),
            None => self.context.void_type().fn_type(&params, false),
        }
    }

    /// Tags `inst` as an access to `region`, and as invariant when the
    /// location never changes while wasm code runs.
    pub fn tag(
        &self,
        inst: Option<InstructionValue<'ctx>>,
        region: Region,
        invariant: bool,
    ) -> Result<()> {
        let inst = inst.ok_or_else(|| codegen("memory access is not an instruction"))?;
        let i = Region::ALL.iter().position(|r| *r == region).unwrap_or(0);
        inst.set_metadata(self.tbaa[i], self.kind_tbaa)
            .map_err(|e| codegen(format!("cannot attach TBAA metadata: {e:?}")))?;
        if invariant {
            inst.set_metadata(self.empty_node, self.kind_invariant)
                .map_err(|e| codegen(format!("cannot attach invariant metadata: {e:?}")))?;
        }
        Ok(())
    }

    /// The declaration of intrinsic `name` overloaded on `types`.
    pub fn intrinsic(
        &self,
        name: &str,
        types: &[BasicTypeEnum<'ctx>],
    ) -> Result<FunctionValue<'ctx>> {
        Intrinsic::find(name)
            .and_then(|i| i.get_declaration(&self.module, types))
            .ok_or_else(|| codegen(format!("LLVM has no intrinsic {name}")))
    }

    /// A string metadata argument (constrained intrinsics).
    pub fn md_string(&self, s: &str) -> BasicMetadataValueEnum<'ctx> {
        self.context.metadata_string(s).into()
    }

    /// A string attribute.
    pub fn string_attr(&self, key: &str, value: &str) -> Attribute {
        self.context.create_string_attribute(key, value)
    }

    /// An enum attribute by name (`nounwind`, `strictfp`, …).
    pub fn enum_attr(&self, name: &str) -> Attribute {
        self.context
            .create_enum_attribute(Attribute::get_named_enum_kind_id(name), 0)
    }

    /// The wasm function `index` of type `ty`, declared if this batch does
    /// not define it.
    pub fn function(&self, index: u32, ty: &FuncType) -> Result<FunctionValue<'ctx>> {
        if let Some(f) = self.functions.borrow().get(&index) {
            return Ok(*f);
        }
        let fn_type = self.wasm_fn_type(ty)?;
        let f = self
            .module
            .add_function(&function_symbol(index), fn_type, None);
        f.set_call_conventions(self.wasm_cc.get());
        f.add_attribute(AttributeLoc::Function, self.enum_attr("nounwind"));
        self.functions.borrow_mut().insert(index, f);
        Ok(f)
    }
}
