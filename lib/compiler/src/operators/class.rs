//! The classification of every operator wasmparser knows, in one place.
//!
//! [`classify`] maps each [`Operator`] to an [`OpClass`]. It is generated
//! from wasmparser's own operator list (`for_each_operator!`): operators of
//! a proposal that Trident compiles as a unit (SIMD, tail calls, GC, …) get
//! the proposal's class, and the operators of the proposals Wasm 1.0/2.0
//! folded into the core are split by what a code generator does with them
//! (control, calls, variables, memory, tables, references, constants,
//! conversions, the rest numeric).
//!
//! Invariants:
//! * every proposal in wasmparser's list has a class in [`proposal_class`];
//!   a wasmparser update that adds a proposal fails to build here until
//!   it is given one (the macro has no catch-all arm);
//! * the driver's operator table (`crate::decode::operator_table`)
//!   matches on [`OpClass`] without a wildcard (enforced by
//!   `clippy::wildcard_enum_match_arm`), so a new class fails to build
//!   until it is either given a decoder and emitter trait, which every
//!   back end must then implement, or rejected there.

use wasmparser::Operator;

/// What kind of operator this is, as far as a back end's dispatch and its
/// table of unsupported operators are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OpClass {
    /// `unreachable`, `nop`, `block`, `loop`, `if`, `else`, `end`, `br`,
    /// `br_if`, `br_table`, `return`.
    Control,
    /// `drop`, `select` and typed `select`.
    Parametric,
    /// `call`, `call_indirect`.
    Call,
    /// `local.*`, `global.*`.
    Variable,
    /// Loads, stores, `memory.size`, `memory.grow`.
    Memory,
    /// `memory.init`, `memory.copy`, `memory.fill`, `data.drop`.
    BulkMemory,
    /// `table.*`, `elem.drop`.
    Table,
    /// `ref.null`, `ref.is_null`, `ref.func`.
    Reference,
    /// `i32.const`, `i64.const`, `f32.const`, `f64.const`.
    Constant,
    /// Integer and float arithmetic, tests and comparisons.
    Numeric,
    /// Wrap, extend (sign extension included), truncate (trapping and
    /// saturating), convert, demote, promote, reinterpret.
    Conversion,
    /// Fixed-width SIMD (Wasm 2.0).
    Simd,
    /// Relaxed SIMD (Wasm 3.0).
    RelaxedSimd,
    /// `return_call`, `return_call_indirect` (Wasm 3.0).
    TailCall,
    /// `call_ref`, `return_call_ref`, `ref.as_non_null`, `br_on_null`,
    /// `br_on_non_null` (Wasm 3.0).
    FunctionReferences,
    /// `throw`, `throw_ref`, `try_table` (Wasm 3.0).
    Exceptions,
    /// `try`, `catch`, `catch_all`, `delegate`, `rethrow` (the legacy
    /// exception encoding).
    LegacyExceptions,
    /// Structs, arrays, i31, casts (Wasm 3.0).
    Gc,
    /// Atomics and `memory.atomic.*` (threads proposal).
    Threads,
    /// Shared-everything threads proposal.
    SharedEverythingThreads,
    /// Stack switching proposal.
    StackSwitching,
    /// Wide arithmetic proposal.
    WideArithmetic,
    /// `memory.discard` (memory control proposal).
    MemoryControl,
    /// Custom descriptors proposal.
    CustomDescriptors,
    /// Acquire/release atomics proposal (`pause`).
    AcquireReleaseAtomics,
}

impl OpClass {
    /// Every class, in declaration order.
    pub const ALL: [OpClass; 25] = [
        OpClass::Control,
        OpClass::Parametric,
        OpClass::Call,
        OpClass::Variable,
        OpClass::Memory,
        OpClass::BulkMemory,
        OpClass::Table,
        OpClass::Reference,
        OpClass::Constant,
        OpClass::Numeric,
        OpClass::Conversion,
        OpClass::Simd,
        OpClass::RelaxedSimd,
        OpClass::TailCall,
        OpClass::FunctionReferences,
        OpClass::Exceptions,
        OpClass::LegacyExceptions,
        OpClass::Gc,
        OpClass::Threads,
        OpClass::SharedEverythingThreads,
        OpClass::StackSwitching,
        OpClass::WideArithmetic,
        OpClass::MemoryControl,
        OpClass::CustomDescriptors,
        OpClass::AcquireReleaseAtomics,
    ];

    /// A short description for error messages (`tail calls`, …).
    pub fn description(self) -> &'static str {
        match self {
            OpClass::Control => "control flow",
            OpClass::Parametric => "parametric operators",
            OpClass::Call => "calls",
            OpClass::Variable => "variables",
            OpClass::Memory => "memory access",
            OpClass::BulkMemory => "bulk memory",
            OpClass::Table => "tables",
            OpClass::Reference => "references",
            OpClass::Constant => "constants",
            OpClass::Numeric => "numeric operators",
            OpClass::Conversion => "conversions",
            OpClass::Simd => "SIMD",
            OpClass::RelaxedSimd => "relaxed SIMD",
            OpClass::TailCall => "tail calls",
            OpClass::FunctionReferences => "typed function references",
            OpClass::Exceptions => "exception handling",
            OpClass::LegacyExceptions => "legacy exception handling",
            OpClass::Gc => "garbage collection",
            OpClass::Threads => "threads",
            OpClass::SharedEverythingThreads => "shared-everything threads",
            OpClass::StackSwitching => "stack switching",
            OpClass::WideArithmetic => "wide arithmetic",
            OpClass::MemoryControl => "memory control",
            OpClass::CustomDescriptors => "custom descriptors",
            OpClass::AcquireReleaseAtomics => "acquire/release atomics",
        }
    }
}

impl OpClass {
    /// Why Trident rejects this class (the text of its
    /// `Support::Rejected` in the operator table): the Wasm 3.0 proposals
    /// not built yet, by name, and the proposals outside Wasm 3.0.
    #[inline]
    pub fn rejection(self) -> &'static str {
        use OpClass::*;
        match self {
            RelaxedSimd => "proposal `relaxed-simd`, not built in Trident yet",
            Exceptions => "proposal `exception-handling`, not built in Trident yet",
            LegacyExceptions => "proposal `legacy-exceptions`, not built in Trident yet",
            Gc => "proposal `gc`, not built in Trident yet",
            Threads
            | SharedEverythingThreads
            | StackSwitching
            | WideArithmetic
            | MemoryControl
            | CustomDescriptors
            | AcquireReleaseAtomics => "a proposal outside Wasm 3.0, not supported",
            Control | Parametric | Call | Variable | Memory | BulkMemory | Table | Reference
            | Constant | Numeric | Conversion | Simd | TailCall | FunctionReferences => {
                "not implemented"
            }
        }
    }
}

/// The class of every operator of a proposal (the core proposals' operators
/// not listed in [`classify`] are numeric). No catch-all arm: a proposal
/// wasmparser adds must be given a class here.
macro_rules! proposal_class {
    (mvp) => {
        OpClass::Numeric
    };
    (sign_extension) => {
        OpClass::Conversion
    };
    (saturating_float_to_int) => {
        OpClass::Conversion
    };
    (bulk_memory) => {
        OpClass::BulkMemory
    };
    (reference_types) => {
        OpClass::Reference
    };
    (simd) => {
        OpClass::Simd
    };
    (relaxed_simd) => {
        OpClass::RelaxedSimd
    };
    (tail_call) => {
        OpClass::TailCall
    };
    (function_references) => {
        OpClass::FunctionReferences
    };
    (exceptions) => {
        OpClass::Exceptions
    };
    (legacy_exceptions) => {
        OpClass::LegacyExceptions
    };
    (gc) => {
        OpClass::Gc
    };
    (threads) => {
        OpClass::Threads
    };
    (shared_everything_threads) => {
        OpClass::SharedEverythingThreads
    };
    (stack_switching) => {
        OpClass::StackSwitching
    };
    (wide_arithmetic) => {
        OpClass::WideArithmetic
    };
    (memory_control) => {
        OpClass::MemoryControl
    };
    (custom_descriptors) => {
        OpClass::CustomDescriptors
    };
    (acquire_release_atomics) => {
        OpClass::AcquireReleaseAtomics
    };
}

macro_rules! define_by_proposal {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// The class of `op`'s proposal; `None` only for an operator
        /// wasmparser's own list does not name (none today: `Operator` is
        /// `#[non_exhaustive]`, so the match needs a last arm).
        fn by_proposal(op: &Operator<'_>) -> Option<OpClass> {
            Some(match op {
                $( Operator::$op { .. } => proposal_class!($proposal), )*
                _ => return None,
            })
        }

        /// The name of every operator wasmparser knows, with its class.
        pub fn all_operator_names() -> Vec<(&'static str, &'static str)> {
            vec![$( (stringify!($op), stringify!($proposal)), )*]
        }
    };
}
wasmparser::for_each_operator!(define_by_proposal);

/// The class of `op`, `None` for an operator unknown to Trident's
/// classification (see [`by_proposal`]).
pub fn classify(op: &Operator<'_>) -> Option<OpClass> {
    use Operator::*;
    Some(match op {
        Unreachable
        | Nop
        | Block { .. }
        | Loop { .. }
        | If { .. }
        | Else
        | End
        | Br { .. }
        | BrIf { .. }
        | BrTable { .. }
        | Return => OpClass::Control,
        Drop | Select | TypedSelect { .. } | TypedSelectMulti { .. } => OpClass::Parametric,
        Call { .. } | CallIndirect { .. } => OpClass::Call,
        LocalGet { .. }
        | LocalSet { .. }
        | LocalTee { .. }
        | GlobalGet { .. }
        | GlobalSet { .. } => OpClass::Variable,
        I32Load { .. }
        | I64Load { .. }
        | F32Load { .. }
        | F64Load { .. }
        | I32Load8S { .. }
        | I32Load8U { .. }
        | I32Load16S { .. }
        | I32Load16U { .. }
        | I64Load8S { .. }
        | I64Load8U { .. }
        | I64Load16S { .. }
        | I64Load16U { .. }
        | I64Load32S { .. }
        | I64Load32U { .. }
        | I32Store { .. }
        | I64Store { .. }
        | F32Store { .. }
        | F64Store { .. }
        | I32Store8 { .. }
        | I32Store16 { .. }
        | I64Store8 { .. }
        | I64Store16 { .. }
        | I64Store32 { .. }
        | MemorySize { .. }
        | MemoryGrow { .. } => OpClass::Memory,
        TableInit { .. }
        | ElemDrop { .. }
        | TableCopy { .. }
        | TableFill { .. }
        | TableGet { .. }
        | TableSet { .. }
        | TableGrow { .. }
        | TableSize { .. } => OpClass::Table,
        I32Const { .. } | I64Const { .. } | F32Const { .. } | F64Const { .. } => OpClass::Constant,
        I32WrapI64 | I32TruncF32S | I32TruncF32U | I32TruncF64S | I32TruncF64U | I64ExtendI32S
        | I64ExtendI32U | I64TruncF32S | I64TruncF32U | I64TruncF64S | I64TruncF64U
        | F32ConvertI32S | F32ConvertI32U | F32ConvertI64S | F32ConvertI64U | F32DemoteF64
        | F64ConvertI32S | F64ConvertI32U | F64ConvertI64S | F64ConvertI64U | F64PromoteF32
        | I32ReinterpretF32 | I64ReinterpretF64 | F32ReinterpretI32 | F64ReinterpretI64 => {
            OpClass::Conversion
        }
        other => return by_proposal(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_operators_are_split_by_kind() {
        assert_eq!(
            classify(&Operator::Br { relative_depth: 0 }),
            Some(OpClass::Control)
        );
        assert_eq!(classify(&Operator::Drop), Some(OpClass::Parametric));
        assert_eq!(classify(&Operator::I32Add), Some(OpClass::Numeric));
        assert_eq!(classify(&Operator::F64Sqrt), Some(OpClass::Numeric));
        assert_eq!(classify(&Operator::I32Extend8S), Some(OpClass::Conversion));
        assert_eq!(
            classify(&Operator::I64TruncSatF64U),
            Some(OpClass::Conversion)
        );
        assert_eq!(
            classify(&Operator::I32Const { value: 1 }),
            Some(OpClass::Constant)
        );
        assert_eq!(
            classify(&Operator::DataDrop { data_index: 0 }),
            Some(OpClass::BulkMemory)
        );
        assert_eq!(
            classify(&Operator::ElemDrop { elem_index: 0 }),
            Some(OpClass::Table)
        );
        assert_eq!(classify(&Operator::RefIsNull), Some(OpClass::Reference));
    }

    #[test]
    fn proposals_have_their_own_class() {
        assert_eq!(classify(&Operator::I8x16Add), Some(OpClass::Simd));
        assert_eq!(
            classify(&Operator::F32x4RelaxedMadd),
            Some(OpClass::RelaxedSimd)
        );
        assert_eq!(
            classify(&Operator::ReturnCall { function_index: 0 }),
            Some(OpClass::TailCall)
        );
        assert_eq!(classify(&Operator::ThrowRef), Some(OpClass::Exceptions));
        assert_eq!(classify(&Operator::RefI31), Some(OpClass::Gc));
        assert_eq!(
            classify(&Operator::I64Add128),
            Some(OpClass::WideArithmetic)
        );
    }

    /// Every operator named in the core proposals' lists outside the ones
    /// `classify` names is numeric by the proposal rule; this pins the
    /// count so an accidental change of the split shows up.
    #[test]
    fn the_list_is_complete() {
        let names = all_operator_names();
        assert!(
            names.len() > 500,
            "wasmparser lists {} operators",
            names.len()
        );
        let mut classes: Vec<&str> = names.iter().map(|(_, p)| *p).collect();
        classes.sort_unstable();
        classes.dedup();
        assert_eq!(classes.len(), 19, "proposals: {classes:?}");
    }
}
