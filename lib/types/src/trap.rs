//! Why wasm code stopped.

use std::fmt;

/// The reason a trap was raised. Every instruction that can trap is recorded
/// in a back end's trap table with one of these codes.
///
/// The numeric values are stable: they are stored in artifacts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TrapCode {
    /// The call stack ran out (a prologue's stack-limit check failed).
    StackOverflow = 0,
    /// A linear memory access was out of bounds.
    HeapOutOfBounds = 1,
    /// A table access was out of bounds (including `call_indirect`'s index).
    TableOutOfBounds = 2,
    /// `call_indirect` found a null entry.
    IndirectCallToNull = 3,
    /// `call_indirect` found a function of another type.
    BadSignature = 4,
    /// Integer overflow (`i32.div_s` of INT_MIN by -1, float-to-int out of range).
    IntegerOverflow = 5,
    /// Integer division or remainder by zero.
    IntegerDivisionByZero = 6,
    /// Float-to-int conversion of a NaN.
    BadConversionToInteger = 7,
    /// `unreachable` was executed.
    UnreachableCodeReached = 8,
    /// The epoch deadline passed.
    Interrupted = 9,
    /// The store ran out of fuel.
    OutOfFuel = 10,
    /// A host function returned an error; the error travels with the trap.
    HostError = 11,
    /// A null reference was dereferenced (`ref.as_non_null`).
    NullReference = 12,
    /// `call_ref` or `return_call_ref` of a null function reference.
    NullFunctionReference = 13,
}

impl TrapCode {
    /// All codes, in numeric order.
    pub const ALL: [TrapCode; 14] = [
        TrapCode::StackOverflow,
        TrapCode::HeapOutOfBounds,
        TrapCode::TableOutOfBounds,
        TrapCode::IndirectCallToNull,
        TrapCode::BadSignature,
        TrapCode::IntegerOverflow,
        TrapCode::IntegerDivisionByZero,
        TrapCode::BadConversionToInteger,
        TrapCode::UnreachableCodeReached,
        TrapCode::Interrupted,
        TrapCode::OutOfFuel,
        TrapCode::HostError,
        TrapCode::NullReference,
        TrapCode::NullFunctionReference,
    ];

    /// The code with this numeric value.
    pub fn from_u8(v: u8) -> Option<TrapCode> {
        TrapCode::ALL.get(v as usize).copied()
    }

    /// The message the Wasm spec test suite uses for this trap.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::StackOverflow => "call stack exhausted",
            TrapCode::HeapOutOfBounds => "out of bounds memory access",
            TrapCode::TableOutOfBounds => "out of bounds table access",
            TrapCode::IndirectCallToNull => "uninitialized element",
            TrapCode::BadSignature => "indirect call type mismatch",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::IntegerDivisionByZero => "integer divide by zero",
            TrapCode::BadConversionToInteger => "invalid conversion to integer",
            TrapCode::UnreachableCodeReached => "unreachable",
            TrapCode::Interrupted => "interrupted",
            TrapCode::OutOfFuel => "all fuel consumed",
            TrapCode::HostError => "host function error",
            TrapCode::NullReference => "null reference",
            TrapCode::NullFunctionReference => "null function reference",
        }
    }
}

impl fmt::Display for TrapCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_values_round_trip() {
        for code in TrapCode::ALL {
            assert_eq!(TrapCode::from_u8(code as u8), Some(code));
        }
        assert_eq!(TrapCode::from_u8(TrapCode::ALL.len() as u8), None);
    }
}
