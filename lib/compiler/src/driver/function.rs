//! The function driver: the one operator loop every back end's emitter
//! runs under.
//!
//! [`translate_operators`] reads a function body's operators once and owns,
//! for every back end:
//! * the operator loop and each operator's byte offset
//!   ([`FuncState::offset`]);
//! * reachability and dead code: after an unconditional transfer (the
//!   emitter clears [`FuncState::reachable`]) nothing is emitted until the
//!   `else` or `end` that makes code reachable again; blocks opened in dead
//!   code are counted here so their `end`s are matched, and only the
//!   `else`/`end` of a live frame reaches the emitter;
//! * the shape of the control stack (its depth: the body ends with the
//!   `end` of the function's own frame);
//! * dispatch: each operator's class ([`classify`]) selects its handler
//!   from the one operator table ([`operator_table`]): a shared decoder
//!   calling the emitter's methods, or the emitter's own
//!   [`FuncEmitter::control`]; a class no back end compiles yet is
//!   rejected there, before anything is emitted;
//! * fuel: each operator's cost ([`crate::fuel::operator_cost`]) is added
//!   to [`FuncState::fuel_pending`], which is flushed into the running
//!   count ([`FuncEmitter::flush_fuel`]) before every operator that ends
//!   straight-line code ([`ends_straight_line`]) or whose builtin charges
//!   fuel itself ([`charged_by_builtin`]), and dropped when control
//!   left (a branch, return or trap made the rest unreachable): the fuel
//!   contract of `trident_types::VMOffsets`, kept once for all back ends;
//! * the interrupt points: fuel and epoch checks
//!   ([`FuncEmitter::interrupt_check`]) at function entry and at the head
//!   of every loop.
//!
//! The emitter owns everything machine-specific: values, frames, labels
//! and the code itself.

use super::decode::{operator_table, OperatorEmitter};
use super::wasm_error;
use crate::fuel::{charged_by_builtin, operator_cost};
use crate::operators::{classify, ends_straight_line, operator_name, OpClass};
use crate::FunctionBody;
use trident_types::{CompileError, FuelCosts};
use wasmparser::Operator;

/// Pending fuel is flushed before it could overflow the emitters'
/// immediates, even in a function with no control flow at all.
const MAX_PENDING_FUEL: i64 = 1 << 30;

/// An emitter's handler for one class of operators: emits `op` and says
/// whether it knew it (`false` becomes `CompileError::Unsupported` naming
/// the operator).
pub type Handler<E> = fn(&mut E, &Operator<'_>) -> Result<bool, CompileError>;

/// How the driver handles a class of operators: one row of
/// [`operator_table`].
pub enum Support<E> {
    /// The back end compiles the class with this handler.
    Compiled(Handler<E>),
    /// The class is rejected with `CompileError::Unsupported`; the text
    /// says why (or what is missing).
    Rejected(&'static str),
}

/// The per-function state the driver and the emitter share.
#[derive(Clone, Debug)]
pub struct FuncState {
    /// Index of the function being translated (in the function space).
    pub func: u32,
    /// Byte offset of the operator being translated (in the module).
    pub offset: usize,
    /// Whether the current position can be reached. The emitter clears it
    /// after unconditional transfers and sets it again at a reachable
    /// `else`/`end`.
    pub reachable: bool,
    /// Fuel of the operators translated since the emitter last added
    /// pending fuel to its running count.
    pub fuel_pending: i64,
    /// Blocks opened in dead code whose `end` is still ahead.
    dead_depth: u32,
    fuel: Option<FuelCosts>,
}

impl FuncState {
    /// The state at the start of function `func`, whose body starts at
    /// byte `offset`; `fuel` (the cost table) turns fuel accounting on
    /// (`CompilerOptions::fuel`).
    pub fn new(func: u32, offset: usize, fuel: Option<FuelCosts>) -> Self {
        FuncState {
            func,
            offset,
            reachable: true,
            fuel_pending: 0,
            dead_depth: 0,
            fuel,
        }
    }

    /// A `Codegen` error of back end `backend` at the current operator:
    /// its state is inconsistent (the module was validated, so this is a
    /// compiler bug).
    pub fn bug(&self, backend: &str, what: &str) -> CompileError {
        CompileError::codegen_in(
            self.func,
            format!("{backend}: {what} (at offset {:#x})", self.offset),
        )
    }
}

/// A back end's per-function code generator, as the driver sees it.
pub trait FuncEmitter {
    /// The back end's name, for errors.
    const BACKEND: &'static str;

    /// Emits a control operator (`block`, `loop`, `if`, `else`, `end`,
    /// the branches, `return`, `unreachable`): frames and labels are the
    /// machine's own, so control has no shared decoder. Returns whether it
    /// knew the operator, like a [`Handler`].
    fn control(&mut self, op: &Operator<'_>) -> Result<bool, CompileError>;

    /// The shared state.
    fn state(&mut self) -> &mut FuncState;

    /// Adds [`FuncState::fuel_pending`] to the running fuel count and
    /// zeroes it (called only when fuel is consumed).
    fn flush_fuel(&mut self) -> Result<(), CompileError>;

    /// The fuel and epoch checks, where the options ask for them.
    fn interrupt_check(&mut self) -> Result<(), CompileError>;

    /// The code emitted from now on is the operator at byte `offset` of
    /// the module (its fuel flush included), for the back end's address
    /// map (`CompiledFunction::address_map`).
    fn source_location(&mut self, offset: u32);

    /// Before a reachable operator is emitted, after fuel was counted and
    /// flushed (e.g. storing fuel to memory before a call).
    fn before_operator(&mut self, _op: &Operator<'_>) -> Result<(), CompileError> {
        Ok(())
    }

    /// After a reachable operator was emitted (e.g. reloading fuel after a
    /// call, NaN canonicalization).
    fn after_operator(&mut self, _op: &Operator<'_>) -> Result<(), CompileError> {
        Ok(())
    }
}

/// How an operator changes the depth of the control stack.
fn depth_change(op: &Operator<'_>) -> i32 {
    match op {
        Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => 1,
        Operator::End => -1,
        _ => 0,
    }
}

/// Emits `op` with `E`'s handler for `class`: called for every reachable
/// operator, and for the `else`/`end` of a live frame in unreachable code.
fn emit<E: OperatorEmitter>(
    e: &mut E,
    class: OpClass,
    op: &Operator<'_>,
) -> Result<(), CompileError> {
    let offset = e.state().offset;
    match operator_table::<E>(class) {
        Support::Compiled(handler) => {
            if handler(e, op)? {
                Ok(())
            } else {
                Err(rejected::<E>(op, "not implemented", offset))
            }
        }
        Support::Rejected(why) => Err(rejected::<E>(op, why, offset)),
    }
}

/// The `Unsupported` error for an operator `E` rejects.
fn rejected<E: FuncEmitter>(op: &Operator<'_>, why: &str, offset: usize) -> CompileError {
    CompileError::Unsupported {
        backend: E::BACKEND,
        what: format!("operator {} ({why})", operator_name(op)),
        offset: Some(offset),
    }
}

/// Translates `body`'s operators with `e`, from the function-entry
/// interrupt check to the `end` of the function's own frame. The emitter
/// has emitted its prologue (and read the locals) before.
pub fn translate_operators<E: OperatorEmitter>(
    e: &mut E,
    body: &FunctionBody<'_>,
) -> Result<(), CompileError> {
    e.interrupt_check()?;
    let mut reader = body.reader().get_operators_reader().map_err(wasm_error)?;
    // The function's own frame is open.
    let mut depth: u32 = 1;
    while depth > 0 {
        let offset = reader.original_position() as usize;
        let op = reader.read().map_err(wasm_error)?;
        depth = depth.saturating_add_signed(depth_change(&op));
        let st = e.state();
        st.offset = offset;
        if !st.reachable {
            match op {
                Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => {
                    st.dead_depth += 1;
                }
                Operator::Else | Operator::End if st.dead_depth == 0 => {
                    e.source_location(offset as u32);
                    emit(e, OpClass::Control, &op)?;
                }
                Operator::End => st.dead_depth -= 1,
                _ => {}
            }
            continue;
        }
        let class = classify(&op)
            .ok_or_else(|| rejected::<E>(&op, "an operator Trident does not know", offset))?;
        if let Support::Rejected(why) = operator_table::<E>(class) {
            // Rejected before any fuel or code is emitted for it.
            return Err(rejected::<E>(&op, why, offset));
        }
        e.source_location(offset as u32);
        let st = e.state();
        if let Some(costs) = &st.fuel {
            st.fuel_pending += operator_cost(&op, costs);
            if st.fuel_pending > MAX_PENDING_FUEL
                || ends_straight_line(&op)
                || charged_by_builtin(&op)
            {
                e.flush_fuel()?;
            }
        }
        e.before_operator(&op)?;
        emit(e, class, &op)?;
        let st = e.state();
        if !st.reachable {
            // Control left (a branch, return or trap): costs counted since
            // the last flush belong to code that did not run to here.
            st.fuel_pending = 0;
        } else if matches!(op, Operator::Loop { .. }) {
            e.interrupt_check()?;
        }
        e.after_operator(&op)?;
    }
    Ok(())
}
