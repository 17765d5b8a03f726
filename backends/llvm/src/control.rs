//! Structured control flow: `block`, `loop`, `if`/`else`, `end`, `br`,
//! `br_if`, `br_table`, `return`, `unreachable`, `nop`.
//!
//! Each open construct is a [`Frame`]. A `block` or `if` has an `end`
//! basic block where its results arrive as phi nodes; the phis are created
//! when the `end` is reached, from the edges recorded by every branch to
//! it (LLVM wants one phi entry per incoming edge, so a frame records each
//! edge with the values it carries). A `loop`'s branch target is its
//! header, whose phis (the loop parameters) exist from the start and get
//! an entry per back edge. The function's own frame ends in the return
//! block, which returns its phis.
//!
//! A frame that no branch reaches and whose end is not reached by falling
//! through has its `end` block deleted; the code after it is unreachable.
//! `br_table` branches to a per-target edge block when the target takes
//! values, so each target's phis get one entry per distinct target instead
//! of one per table slot.

use crate::error::{IrResult, Result, BACKEND};
use crate::translator::FuncTranslator;
use inkwell::basic_block::BasicBlock;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValueEnum, IntValue, PhiValue};
use trident_compiler::block_type;
use trident_compiler::wasmparser::{BlockType, Operator};
use trident_types::{FuncType, TrapCode, ValType};

/// What kind of construct a frame is.
pub(crate) enum FrameKind<'ctx> {
    Function,
    Block,
    Loop {
        header: BasicBlock<'ctx>,
        phis: Vec<PhiValue<'ctx>>,
    },
    If {
        else_block: BasicBlock<'ctx>,
        /// The parameters, for the `else` arm.
        params: Vec<BasicValueEnum<'ctx>>,
        else_seen: bool,
    },
}

/// An open `block`, `loop`, `if` or the function body.
pub(crate) struct Frame<'ctx> {
    pub kind: FrameKind<'ctx>,
    pub results: Vec<BasicTypeEnum<'ctx>>,
    pub num_params: usize,
    /// Where code continues after `end`.
    pub end: BasicBlock<'ctx>,
    /// Edges into `end` carrying values: (values, from block).
    pub incoming: Vec<(Vec<BasicValueEnum<'ctx>>, BasicBlock<'ctx>)>,
    /// Whether anything branches to `end`.
    pub reached: bool,
    /// Operand stack height below the frame's parameters.
    pub height: usize,
}

impl Frame<'_> {
    /// How many values a branch to this frame carries.
    fn branch_arity(&self) -> usize {
        match self.kind {
            FrameKind::Loop { .. } => self.num_params,
            _ => self.results.len(),
        }
    }
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Parameter and result types of a block type.
    fn block_signature(
        &self,
        bt: BlockType,
    ) -> Result<(Vec<BasicTypeEnum<'ctx>>, Vec<BasicTypeEnum<'ctx>>)> {
        let (params, results) = block_type(self.env.module, bt, BACKEND, self.st.offset)
            .map_err(|e| e.in_function(self.func_index))?;
        let llvm = |types: &[ValType]| types.iter().map(|t| self.ty(*t)).collect::<Vec<_>>();
        Ok((llvm(params), llvm(results)))
    }

    pub(crate) fn current_block(&self) -> Result<BasicBlock<'ctx>> {
        self.b
            .get_insert_block()
            .ok_or_else(|| self.bug("builder has no insertion block"))
    }

    pub(crate) fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.ir.context.append_basic_block(self.func, name)
    }

    /// Opens the function's own frame.
    pub(crate) fn push_function_frame(&mut self, ty: &FuncType) -> Result<()> {
        let results = ty.results.iter().map(|t| self.ty(*t)).collect();
        let end = self.new_block("return");
        self.frames.push(Frame {
            kind: FrameKind::Function,
            results,
            num_params: 0,
            end,
            incoming: Vec::new(),
            reached: false,
            height: 0,
        });
        Ok(())
    }

    /// Branches to the frame `depth` levels out when the `i1` `cond` is
    /// true, carrying the top values of the stack; falls through with the
    /// stack unchanged otherwise (`br_if`, `br_on_null`, `br_on_non_null`).
    pub(crate) fn branch_if(&mut self, cond: IntValue<'ctx>, depth: u32) -> Result<()> {
        let target = self.branch_edge(depth)?;
        let cont = self.new_block("br_if_cont");
        self.b.build_conditional_branch(cond, target, cont).ir()?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// Records a branch from the current block to the frame `depth` levels
    /// out, carrying the top values of the stack, and returns the target
    /// block. The caller emits the branch instruction.
    fn branch_edge(&mut self, depth: u32) -> Result<BasicBlock<'ctx>> {
        let i = self
            .frames
            .len()
            .checked_sub(1 + depth as usize)
            .ok_or_else(|| self.bug("branch depth out of range"))?;
        let arity = self.frames[i].branch_arity();
        let values = self.peekn(arity)?;
        let from = self.current_block()?;
        let frame = &mut self.frames[i];
        match &frame.kind {
            FrameKind::Loop { header, phis } => {
                for (phi, v) in phis.iter().zip(&values) {
                    phi.add_incoming(&[(v, from)]);
                }
                Ok(*header)
            }
            _ => {
                frame.reached = true;
                if arity > 0 {
                    frame.incoming.push((values, from));
                }
                Ok(frame.end)
            }
        }
    }

    fn translate_br_table(
        &mut self,
        targets: &trident_compiler::wasmparser::BrTable<'_>,
    ) -> Result<()> {
        let index = self.pop_int()?;
        let default = targets.default();
        let depths = targets
            .targets()
            .collect::<std::result::Result<Vec<u32>, _>>()
            .map_err(|e| self.bug(&format!("br_table: {e}")))?;
        // Each distinct target gets one block: the target itself when the
        // branch carries no values, else an edge block that branches there.
        let mut blocks: std::collections::BTreeMap<u32, BasicBlock<'ctx>> = Default::default();
        let here = self.current_block()?;
        for d in depths.iter().copied().chain([default]) {
            if blocks.contains_key(&d) {
                continue;
            }
            let i = self
                .frames
                .len()
                .checked_sub(1 + d as usize)
                .ok_or_else(|| self.bug("branch depth out of range"))?;
            let block = if self.frames[i].branch_arity() == 0 {
                self.branch_edge(d)?
            } else {
                let edge = self.new_block("br_table_edge");
                self.b.position_at_end(edge);
                let target = self.branch_edge(d)?;
                self.b.build_unconditional_branch(target).ir()?;
                self.b.position_at_end(here);
                edge
            };
            blocks.insert(d, block);
        }
        let block_of = |d: u32| blocks.get(&d).copied();
        let default_block = block_of(default).ok_or_else(|| self.bug("br_table default"))?;
        let mut cases = Vec::with_capacity(depths.len());
        for (i, d) in depths.iter().enumerate() {
            let target = block_of(*d).ok_or_else(|| self.bug("br_table target"))?;
            if target != default_block {
                cases.push((self.ir.i32.const_int(i as u64, false), target));
            }
        }
        self.b.build_switch(index, default_block, &cases).ir()?;
        self.st.reachable = false;
        Ok(())
    }

    /// `else` of the innermost frame, which must be an `if`.
    fn translate_else(&mut self) -> Result<()> {
        if self.st.reachable {
            let end = self.branch_edge(0)?;
            self.b.build_unconditional_branch(end).ir()?;
        }
        let no_frame = self.bug("else without a frame");
        let not_if = self.bug("else outside an if");
        let frame = self.frames.last_mut().ok_or(no_frame)?;
        let FrameKind::If {
            else_block,
            params,
            else_seen,
        } = &mut frame.kind
        else {
            return Err(not_if);
        };
        *else_seen = true;
        let (else_block, params, height) = (*else_block, params.clone(), frame.height);
        self.b.position_at_end(else_block);
        self.stack.truncate(height);
        self.stack.extend(params);
        self.st.reachable = true;
        Ok(())
    }

    /// `end` of the innermost frame.
    fn translate_end(&mut self) -> Result<()> {
        if self.st.reachable {
            // Fall through to the end block (for a loop too, not its header).
            let frame = self
                .frames
                .last()
                .ok_or_else(|| self.bug("end without a frame"))?;
            let (end, arity) = (frame.end, frame.results.len());
            let values = self.peekn(arity)?;
            let from = self.current_block()?;
            if let Some(frame) = self.frames.last_mut() {
                frame.reached = true;
                if arity > 0 {
                    frame.incoming.push((values, from));
                }
            }
            self.b.build_unconditional_branch(end).ir()?;
        }
        let mut frame = self
            .frames
            .pop()
            .ok_or_else(|| self.bug("end without a frame"))?;
        if let FrameKind::If {
            else_block,
            params,
            else_seen: false,
        } = &frame.kind
        {
            // The implicit `else` passes the parameters through.
            self.b.position_at_end(*else_block);
            self.b.build_unconditional_branch(frame.end).ir()?;
            frame.reached = true;
            if !params.is_empty() {
                frame.incoming.push((params.clone(), *else_block));
            }
        }
        self.stack.truncate(frame.height);
        if !frame.reached {
            // SAFETY: nothing branches to the block, so deleting it leaves
            // no dangling references.
            unsafe { frame.end.delete() }.map_err(|_| self.bug("cannot delete a dead block"))?;
            // For the function's frame: every path trapped or looped
            // forever, so there is no return block.
            self.st.reachable = false;
            return Ok(());
        }
        self.b.position_at_end(frame.end);
        let mut results = Vec::with_capacity(frame.results.len());
        for (i, ty) in frame.results.iter().enumerate() {
            let phi = self.b.build_phi(*ty, "").ir()?;
            for (values, from) in &frame.incoming {
                let v = values
                    .get(i)
                    .ok_or_else(|| self.bug("branch carries too few values"))?;
                phi.add_incoming(&[(v, *from)]);
            }
            results.push(phi.as_basic_value());
        }
        self.st.reachable = true;
        if matches!(frame.kind, FrameKind::Function) {
            self.build_return(&results)?;
            self.st.reachable = false;
        } else {
            self.stack.extend(results);
        }
        Ok(())
    }

    /// Returns `results` from the function (in the return block).
    fn build_return(&mut self, results: &[BasicValueEnum<'ctx>]) -> Result<()> {
        self.store_fuel_at_return()?;
        match results {
            [] => self.b.build_return(None).ir()?,
            [one] => self.b.build_return(Some(one)).ir()?,
            many => {
                let fields = self.ir.pack_results(&self.b, many)?;
                self.b.build_aggregate_return(&fields).ir()?
            }
        };
        Ok(())
    }

    /// Translates a control operator; false if `op` is not one.
    pub(crate) fn translate_control(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::Nop => {}
            Operator::Unreachable => {
                self.trap_now(TrapCode::UnreachableCodeReached)?;
                self.st.reachable = false;
            }
            Operator::Block { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let height = self
                    .stack
                    .len()
                    .checked_sub(params.len())
                    .ok_or_else(|| self.bug("block parameters underflow"))?;
                let end = self.new_block("block_end");
                self.frames.push(Frame {
                    kind: FrameKind::Block,
                    results,
                    num_params: params.len(),
                    end,
                    incoming: Vec::new(),
                    reached: false,
                    height,
                });
            }
            Operator::Loop { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let values = self.popn(params.len())?;
                let height = self.stack.len();
                let from = self.current_block()?;
                let header = self.new_block("loop");
                self.b.build_unconditional_branch(header).ir()?;
                self.b.position_at_end(header);
                let mut phis = Vec::with_capacity(params.len());
                for (ty, v) in params.iter().zip(&values) {
                    let phi = self.b.build_phi(*ty, "").ir()?;
                    phi.add_incoming(&[(v, from)]);
                    self.stack.push(phi.as_basic_value());
                    phis.push(phi);
                }
                let end = self.new_block("loop_end");
                self.frames.push(Frame {
                    kind: FrameKind::Loop { header, phis },
                    results,
                    num_params: params.len(),
                    end,
                    incoming: Vec::new(),
                    reached: false,
                    height,
                });
                // The driver runs the loop-header check next.
            }
            Operator::If { blockty } => {
                let cond = self.pop_int()?;
                let (params, results) = self.block_signature(*blockty)?;
                let values = self.peekn(params.len())?;
                let height = self.stack.len() - values.len();
                let then_block = self.new_block("then");
                let else_block = self.new_block("else");
                let end = self.new_block("if_end");
                let c = self.is_nonzero(cond)?;
                self.b
                    .build_conditional_branch(c, then_block, else_block)
                    .ir()?;
                self.b.position_at_end(then_block);
                self.frames.push(Frame {
                    kind: FrameKind::If {
                        else_block,
                        params: values,
                        else_seen: false,
                    },
                    results,
                    num_params: params.len(),
                    end,
                    incoming: Vec::new(),
                    reached: false,
                    height,
                });
            }
            Operator::Else => self.translate_else()?,
            Operator::End => self.translate_end()?,
            Operator::Br { relative_depth } => {
                let target = self.branch_edge(*relative_depth)?;
                self.b.build_unconditional_branch(target).ir()?;
                self.st.reachable = false;
            }
            Operator::BrIf { relative_depth } => {
                let cond = self.pop_int()?;
                let c = self.is_nonzero(cond)?;
                self.branch_if(c, *relative_depth)?;
            }
            Operator::BrTable { targets } => self.translate_br_table(targets)?,
            Operator::Return => {
                let depth = self
                    .frames
                    .len()
                    .checked_sub(1)
                    .ok_or_else(|| self.bug("return"))?;
                let target = self.branch_edge(depth as u32)?;
                self.b.build_unconditional_branch(target).ir()?;
                self.st.reachable = false;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
