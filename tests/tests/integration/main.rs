//! Trident's integration tests, in one binary so the workspace links once.

mod artifacts;
mod determinism;
mod disas;
mod fuzz;
mod interrupts;
mod llvm;
mod mutations;
mod runtime;
mod spec;
mod tail_calls;
mod typed_refs;
mod wasi;
