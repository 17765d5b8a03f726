//! The operator table is exhaustive at build time: an emitter whose
//! `FuncEmitter::support` leaves out an operator class does not build
//! (`tests/ui/missing_class.rs`), while the same emitter with every class
//! placed does (`tests/ui/complete_table.rs`). Expected compiler output is
//! in `tests/ui/*.stderr`; `TRYBUILD=overwrite` re-blesses it.

#[test]
fn an_unplaced_operator_class_does_not_build() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/complete_table.rs");
    t.compile_fail("tests/ui/missing_class.rs");
}
