//! The operator classes are exhaustive at build time. The driver's one
//! operator table (`decode::operator_table`) matches every class without a
//! wildcard, so a new class does not build until it is placed there; a
//! placed class is compiled through its emitter trait, and:
//! * an emitter that does not implement a class's trait is not accepted by
//!   the driver (`tests/ui/missing_class.rs`);
//! * an emitter trait implementation that leaves out an operator does not
//!   build (`tests/ui/missing_operator.rs`).
//!
//! Expected compiler output is in `tests/ui/*.stderr`; `TRYBUILD=overwrite`
//! re-blesses it.

#[test]
fn an_unhandled_operator_class_does_not_build() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/missing_class.rs");
    t.compile_fail("tests/ui/missing_operator.rs");
}
