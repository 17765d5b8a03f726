//! Facts about operators that every back end needs the same answer to:
//! their class ([`classify`], the key of every back end's dispatch and
//! `Unsupported` table), what the numeric and SIMD operators do
//! (`scalar.rs`, `vector.rs`: the kinds `crate::decode` hands the
//! emitters), which runtime builtin an operator calls ([`BuiltinCall`]),
//! which are SIMD, where fuel must be brought up to date, which float
//! operators NaN canonicalization applies to, and a short name for
//! messages.

mod builtin;
mod class;
mod scalar;
mod shape;
mod vector;

pub use builtin::BuiltinCall;
pub use class::{all_operator_names, classify, OpClass};
pub use scalar::{
    DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp, MemAccess, Size, TruncKind,
};
pub use shape::Shape;
pub use vector::{VecBinOp, VecLoad, VecReduce, VecUnOp};
use wasmparser::Operator;

macro_rules! define_is_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// Whether `op` belongs to the SIMD or relaxed-SIMD proposals.
        pub fn is_simd_operator(op: &Operator<'_>) -> bool {
            matches!(op, $( Operator::$op { .. } )|*)
        }
    };
}
wasmparser::for_each_visit_simd_operator!(define_is_simd);

macro_rules! define_is_relaxed_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// Whether `op` belongs to the relaxed-SIMD proposal, which Trident
        /// does not support (its results may differ between machines).
        pub fn is_relaxed_simd_operator(op: &Operator<'_>) -> bool {
            match op {
                $( Operator::$op { .. } => stringify!($proposal) == "relaxed_simd", )*
                _ => false,
            }
        }
    };
}
wasmparser::for_each_visit_simd_operator!(define_is_relaxed_simd);

/// A short name for an operator, for error messages (`I32Add`, `Call`, …).
pub fn operator_name(op: &Operator<'_>) -> String {
    let full = format!("{op:?}");
    full.split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Whether `op` calls a wasm function and continues after it returns
/// (`call`, `call_indirect`, `call_ref`): code that keeps fuel or other
/// state in registers writes it back before and reloads it after.
pub fn is_call(op: &Operator<'_>) -> bool {
    matches!(
        op,
        Operator::Call { .. } | Operator::CallIndirect { .. } | Operator::CallRef { .. }
    )
}

/// Whether `op` is a tail call (`return_call`, `return_call_indirect`,
/// `return_call_ref`): state kept in registers is written back before it,
/// and nothing of this function runs after it.
pub fn is_tail_call(op: &Operator<'_>) -> bool {
    matches!(
        op,
        Operator::ReturnCall { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::ReturnCallRef { .. }
    )
}

/// Whether fuel must be up to date before `op` (the fuel contract in
/// `trident_types::VMOffsets`): anything that transfers control or calls.
pub fn ends_straight_line(op: &Operator<'_>) -> bool {
    matches!(
        op,
        Operator::Block { .. }
            | Operator::Loop { .. }
            | Operator::If { .. }
            | Operator::Else
            | Operator::End
            | Operator::Br { .. }
            | Operator::BrIf { .. }
            | Operator::BrTable { .. }
            | Operator::Return
            | Operator::Call { .. }
            | Operator::CallIndirect { .. }
            | Operator::ReturnCall { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::CallRef { .. }
            | Operator::ReturnCallRef { .. }
            | Operator::BrOnNull { .. }
            | Operator::BrOnNonNull { .. }
    )
}

/// Scalar float operators whose NaN results `CompilerOptions::
/// nan_canonicalization` replaces with the canonical NaN.
pub fn produces_arithmetic_nan(op: &Operator<'_>) -> bool {
    use Operator::*;
    matches!(
        op,
        F32Add
            | F32Sub
            | F32Mul
            | F32Div
            | F32Min
            | F32Max
            | F32Sqrt
            | F32Ceil
            | F32Floor
            | F32Trunc
            | F32Nearest
            | F64Add
            | F64Sub
            | F64Mul
            | F64Div
            | F64Min
            | F64Max
            | F64Sqrt
            | F64Ceil
            | F64Floor
            | F64Trunc
            | F64Nearest
            | F32DemoteF64
            | F64PromoteF32
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert!(is_simd_operator(&Operator::I8x16Add));
        assert!(!is_simd_operator(&Operator::I32Add));
        assert!(is_relaxed_simd_operator(&Operator::F32x4RelaxedMadd));
        assert!(!is_relaxed_simd_operator(&Operator::F32x4Add));
        assert!(!is_relaxed_simd_operator(&Operator::I32Add));
        assert_eq!(operator_name(&Operator::Call { function_index: 3 }), "Call");
        assert!(ends_straight_line(&Operator::Return));
        assert!(!ends_straight_line(&Operator::I32Add));
        assert!(produces_arithmetic_nan(&Operator::F64Sqrt));
        assert!(!produces_arithmetic_nan(&Operator::F64Neg));
    }
}
