//! Which trap code each spec-suite trap message stands for.
//!
//! | message (prefix)                | trap code                 |
//! |---------------------------------|---------------------------|
//! | `out of bounds memory access`   | `HeapOutOfBounds`         |
//! | `out of bounds table access`    | `TableOutOfBounds`        |
//! | `undefined element`             | `TableOutOfBounds`        |
//! | `uninitialized element`         | `IndirectCallToNull`      |
//! | `indirect call type mismatch`   | `BadSignature`            |
//! | `integer overflow`              | `IntegerOverflow`         |
//! | `integer divide by zero`        | `IntegerDivisionByZero`   |
//! | `invalid conversion to integer` | `BadConversionToInteger`  |
//! | `unreachable`                   | `UnreachableCodeReached`  |
//! | `call stack exhausted`          | `StackOverflow`           |
//! | `null reference`                | `NullReference`           |
//! | `null function reference`       | `NullFunctionReference`   |
//!
//! `undefined element` is what the suite says when `call_indirect`'s index
//! is past the end of the table, which is a table bounds error.

use trident::TrapCode;

const TABLE: &[(&str, TrapCode)] = &[
    ("out of bounds memory access", TrapCode::HeapOutOfBounds),
    ("out of bounds table access", TrapCode::TableOutOfBounds),
    ("undefined element", TrapCode::TableOutOfBounds),
    ("uninitialized element", TrapCode::IndirectCallToNull),
    ("indirect call type mismatch", TrapCode::BadSignature),
    ("integer overflow", TrapCode::IntegerOverflow),
    ("integer divide by zero", TrapCode::IntegerDivisionByZero),
    (
        "invalid conversion to integer",
        TrapCode::BadConversionToInteger,
    ),
    ("unreachable", TrapCode::UnreachableCodeReached),
    ("call stack exhausted", TrapCode::StackOverflow),
    ("null reference", TrapCode::NullReference),
    ("null function reference", TrapCode::NullFunctionReference),
];

/// The trap code a spec message names, if it names one.
pub fn expected_trap(message: &str) -> Option<TrapCode> {
    TABLE
        .iter()
        .find(|(prefix, _)| message.starts_with(prefix))
        .map(|(_, code)| *code)
}
