//! Structured control flow: `block`, `loop`, `if`/`else`, `end`, the
//! branches, `return`, `unreachable`, and skipping dead code.
//!
//! Every open construct is a [`Frame`]. Its `next` block is where code
//! continues after `end`; the block results are `next`'s parameters. A
//! `loop` also has a `header` block (parameters = the loop's parameters)
//! that branches to it target. `block` and `if` parameters need no CLIF
//! block parameters: the values on the operand stack dominate the body, and
//! for `if` they are remembered so the `else` arm can start from them too.
//!
//! Frames are only pushed while the code is reachable, so a frame's head is
//! always reachable. `next` is reachable when something branches to it or
//! falls through into it; if nothing does, the code after `end` is dead.
//!
//! `br_table` with branch arguments goes through one small edge block per
//! distinct target that forwards the arguments.

use crate::emit::clif_trap;
use crate::translator::{FuncTranslator, Result};
use crate::BACKEND;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, JumpTableData, Type, Value};
use trident_compiler::block_type;
use trident_compiler::wasmparser::{BlockType, Operator};
use trident_types::{FuncType, TrapCode, ValType};

/// What kind of construct a frame is.
#[derive(Debug)]
pub(crate) enum FrameKind {
    /// The function body itself.
    Function,
    Block,
    Loop {
        header: Block,
    },
    If {
        else_block: Block,
        /// The block's parameters, for the `else` arm.
        else_params: Vec<cranelift_codegen::ir::Value>,
        has_else: bool,
    },
}

/// An open control construct.
#[derive(Debug)]
pub(crate) struct Frame {
    pub kind: FrameKind,
    pub num_params: usize,
    pub num_results: usize,
    /// Where execution continues after `end`; its parameters are the results.
    pub next: Block,
    /// Operand stack height below the frame's parameters.
    pub height: usize,
    /// Whether anything branches or falls through to `next`.
    pub next_reachable: bool,
}

impl Frame {
    /// The block a branch to this frame goes to, and how many values it takes.
    fn branch_target(&self) -> (Block, usize) {
        match self.kind {
            FrameKind::Loop { header } => (header, self.num_params),
            _ => (self.next, self.num_results),
        }
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// The parameter and result types of a block type.
    fn block_signature(&self, bt: BlockType) -> Result<(Vec<Type>, Vec<Type>)> {
        let (params, results) = block_type(self.env.module, bt, BACKEND, self.st.offset)
            .map_err(|e| e.in_function(self.func_index))?;
        let clif = |types: &[ValType]| types.iter().map(|t| self.ty(*t)).collect::<Vec<_>>();
        Ok((clif(params), clif(results)))
    }

    fn block_with_params(&mut self, types: &[Type]) -> Block {
        let block = self.b.create_block();
        for t in types {
            self.b.append_block_param(block, *t);
        }
        block
    }

    fn frame_height(&self, num_params: usize) -> Result<usize> {
        self.stack
            .len()
            .checked_sub(num_params)
            .ok_or_else(|| self.bug("operand stack underflow at block entry"))
    }

    /// Opens the function body's frame.
    pub(crate) fn push_function_frame(&mut self, ty: &FuncType) -> Result<()> {
        let results = ty.results.iter().map(|r| self.ty(*r)).collect::<Vec<_>>();
        let next = self.block_with_params(&results);
        self.frames.push(Frame {
            kind: FrameKind::Function,
            num_params: 0,
            num_results: results.len(),
            next,
            height: 0,
            next_reachable: false,
        });
        Ok(())
    }

    /// The frame `depth` levels up from the innermost.
    fn frame_index(&self, depth: u32) -> Result<usize> {
        (self.frames.len())
            .checked_sub(1 + depth as usize)
            .ok_or_else(|| self.bug("branch depth out of range"))
    }

    /// Records a branch to frame `index` and returns its target.
    fn branch_to(&mut self, index: usize) -> (Block, usize) {
        let frame = &mut self.frames[index];
        if !matches!(frame.kind, FrameKind::Loop { .. }) {
            frame.next_reachable = true;
        }
        frame.branch_target()
    }

    /// Branches to the frame `depth` levels out when `cond` (an integer)
    /// is non-zero, carrying the top values of the stack; falls through
    /// with the stack unchanged otherwise (`br_if`, `br_on_null`,
    /// `br_on_non_null`).
    pub(crate) fn branch_if(&mut self, cond: Value, depth: u32) -> Result<()> {
        let index = self.frame_index(depth)?;
        let (target, n) = self.branch_to(index);
        let args = self.peek_args(n)?;
        let cont = self.b.create_block();
        self.b.ins().brif(cond, target, &args, cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn translate_else(&mut self) -> Result<()> {
        let Some(mut frame) = self.frames.pop() else {
            return Err(self.bug("else without a frame"));
        };
        if self.st.reachable {
            let args = self.peek_args(frame.num_results)?;
            self.b.ins().jump(frame.next, &args);
            frame.next_reachable = true;
        }
        self.stack.truncate(frame.height);
        let FrameKind::If {
            else_block,
            else_params,
            has_else,
        } = &mut frame.kind
        else {
            return Err(self.bug("else outside an if"));
        };
        *has_else = true;
        self.stack.extend(else_params.iter().copied());
        self.b.switch_to_block(*else_block);
        self.st.reachable = true;
        self.frames.push(frame);
        Ok(())
    }

    fn translate_end(&mut self) -> Result<()> {
        let Some(mut frame) = self.frames.pop() else {
            return Err(self.bug("end without a frame"));
        };
        if self.st.reachable {
            let args = self.peek_args(frame.num_results)?;
            self.b.ins().jump(frame.next, &args);
            frame.next_reachable = true;
        }
        match &frame.kind {
            FrameKind::If {
                else_block,
                else_params,
                has_else: false,
            } => {
                // An `if` without `else`: the missing arm passes the
                // parameters through (validation made them the results).
                self.b.switch_to_block(*else_block);
                let args: Vec<BlockArg> = else_params.iter().map(|v| BlockArg::Value(*v)).collect();
                self.b.ins().jump(frame.next, &args);
                frame.next_reachable = true;
            }
            FrameKind::Loop { header } => self.b.seal_block(*header),
            _ => {}
        }
        self.stack.truncate(frame.height);
        self.b.switch_to_block(frame.next);
        self.b.seal_block(frame.next);
        if self.frames.is_empty() {
            // The function's end: return the results.
            if frame.next_reachable {
                let results = self.b.block_params(frame.next).to_vec();
                self.b.ins().return_(&results);
            }
            self.st.reachable = false;
            return Ok(());
        }
        if frame.next_reachable {
            let results = self.b.block_params(frame.next).to_vec();
            self.stack.extend(results);
        }
        self.st.reachable = frame.next_reachable;
        Ok(())
    }

    /// Translates a control operator; false if `op` is not one.
    pub(crate) fn translate_control(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::Nop => {}
            Operator::Unreachable => {
                self.b
                    .ins()
                    .trap(clif_trap(TrapCode::UnreachableCodeReached));
                self.st.reachable = false;
            }
            Operator::Block { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let next = self.block_with_params(&results);
                let height = self.frame_height(params.len())?;
                self.frames.push(Frame {
                    kind: FrameKind::Block,
                    num_params: params.len(),
                    num_results: results.len(),
                    next,
                    height,
                    next_reachable: false,
                });
            }
            Operator::Loop { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let header = self.block_with_params(&params);
                let next = self.block_with_params(&results);
                let height = self.frame_height(params.len())?;
                let args = self.peek_args(params.len())?;
                self.b.ins().jump(header, &args);
                self.stack.truncate(height);
                self.b.switch_to_block(header);
                let header_params = self.b.block_params(header).to_vec();
                self.stack.extend(header_params);
                // The driver runs the loop-header check after this, once
                // the header's wasm parameters are on the stack: the check's
                // use of the fuel variable adds SSA parameters to the
                // (unsealed) header.
                self.frames.push(Frame {
                    kind: FrameKind::Loop { header },
                    num_params: params.len(),
                    num_results: results.len(),
                    next,
                    height,
                    next_reachable: false,
                });
            }
            Operator::If { blockty } => {
                let cond = self.pop()?;
                let (params, results) = self.block_signature(*blockty)?;
                let next = self.block_with_params(&results);
                let height = self.frame_height(params.len())?;
                let else_params = self.peekn(params.len())?;
                let then_block = self.b.create_block();
                let else_block = self.b.create_block();
                self.b.ins().brif(cond, then_block, &[], else_block, &[]);
                self.b.seal_block(then_block);
                self.b.seal_block(else_block);
                self.b.switch_to_block(then_block);
                self.frames.push(Frame {
                    kind: FrameKind::If {
                        else_block,
                        else_params,
                        has_else: false,
                    },
                    num_params: params.len(),
                    num_results: results.len(),
                    next,
                    height,
                    next_reachable: false,
                });
            }
            Operator::Else => self.translate_else()?,
            Operator::End => self.translate_end()?,
            Operator::Br { relative_depth } => {
                let index = self.frame_index(*relative_depth)?;
                let (target, n) = self.branch_to(index);
                let args = self.peek_args(n)?;
                self.b.ins().jump(target, &args);
                self.st.reachable = false;
            }
            Operator::BrIf { relative_depth } => {
                let cond = self.pop()?;
                self.branch_if(cond, *relative_depth)?;
            }
            Operator::BrTable { targets } => {
                let index = self.pop()?;
                let mut depths = Vec::with_capacity(targets.len() as usize);
                for t in targets.targets() {
                    depths.push(t.map_err(|e| self.bug(&format!("br_table: {e}")))?);
                }
                let default = targets.default();
                self.translate_br_table(index, &depths, default)?;
            }
            Operator::Return => {
                let n = match self.frames.first() {
                    Some(f) => f.num_results,
                    None => return Err(self.bug("return without a frame")),
                };
                let results = self.peekn(n)?;
                self.b.ins().return_(&results);
                self.st.reachable = false;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn translate_br_table(
        &mut self,
        index: cranelift_codegen::ir::Value,
        depths: &[u32],
        default: u32,
    ) -> Result<()> {
        let default_frame = self.frame_index(default)?;
        let (_, n) = self.frames[default_frame].branch_target();
        let args = self.peek_args(n)?;
        // Distinct targets, in first-seen order: (depth, CLIF block to jump to).
        let mut edges: Vec<(u32, Block, Block)> = Vec::new();
        let mut target_of = |t: &mut Self, depth: u32| -> Result<Block> {
            if let Some((_, b, _)) = edges.iter().find(|(d, _, _)| *d == depth) {
                return Ok(*b);
            }
            let fi = t.frame_index(depth)?;
            let (target, _) = t.branch_to(fi);
            let via = if n == 0 { target } else { t.b.create_block() };
            edges.push((depth, via, target));
            Ok(via)
        };
        let default_block = target_of(self, default)?;
        let mut table = Vec::with_capacity(depths.len());
        for d in depths {
            table.push(target_of(self, *d)?);
        }
        let pool = &mut self.b.func.dfg;
        let default_call = pool.block_call(default_block, &[]);
        let calls: Vec<_> = table.iter().map(|b| pool.block_call(*b, &[])).collect();
        let jt = self
            .b
            .create_jump_table(JumpTableData::new(default_call, &calls));
        self.b.ins().br_table(index, jt);
        if n > 0 {
            for (_, via, target) in edges {
                self.b.seal_block(via);
                self.b.switch_to_block(via);
                self.b.ins().jump(target, &args);
            }
        }
        self.st.reachable = false;
        Ok(())
    }
}
