//! SIMD loads and stores: whole `v128`, extending (`8x8`, `16x4`, `32x2`),
//! splat, zero-extending (`32_zero`, `64_zero`) and single-lane forms.
//!
//! Every access goes through the scalar memory code's address computation
//! and bounds check (`heap_address`, with the access's full width) and
//! uses the same trapping, little-endian, unaligned flags, so a SIMD
//! access traps exactly when a scalar access of the same width would.

use super::{vec_type, V128};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, InstBuilder, Type};
use trident_compiler::operators::{Shape, VecLoad};
use trident_compiler::wasmparser::MemArg;

/// The scalar integer type of a lane of `lanes` (an integer shape).
fn scalar_of(lanes: Shape) -> Type {
    match lanes.lane_bytes() {
        1 => types::I8,
        2 => types::I16,
        4 => types::I32,
        _ => types::I64,
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// A load of `kind` at the popped address.
    pub(super) fn vector_load(&mut self, memarg: &MemArg, kind: VecLoad) -> Result<()> {
        let (addr, off) = self.heap_address(memarg, kind.bytes())?;
        let flags = self.heap_flags();
        let v = match kind {
            VecLoad::Full => {
                let v = self.b.ins().load(V128, flags, addr, off);
                self.push(v);
                return Ok(());
            }
            VecLoad::Extend { lanes, signed } => {
                let ins = self.b.ins();
                match (lanes, signed) {
                    (Shape::I8x16, true) => ins.sload8x8(flags, addr, off),
                    (Shape::I8x16, false) => ins.uload8x8(flags, addr, off),
                    (Shape::I16x8, true) => ins.sload16x4(flags, addr, off),
                    (Shape::I16x8, false) => ins.uload16x4(flags, addr, off),
                    (_, true) => ins.sload32x2(flags, addr, off),
                    (_, false) => ins.uload32x2(flags, addr, off),
                }
            }
            VecLoad::Splat { lanes } => {
                let x = self.b.ins().load(scalar_of(lanes), flags, addr, off);
                self.b.ins().splat(vec_type(lanes), x)
            }
            VecLoad::Zero { lanes } => {
                let x = self.b.ins().load(scalar_of(lanes), flags, addr, off);
                self.b.ins().scalar_to_vector(vec_type(lanes), x)
            }
        };
        self.push_vec(v);
        Ok(())
    }

    /// `v128.store` of the popped vector at the address below it.
    pub(super) fn vector_store(&mut self, memarg: &MemArg) -> Result<()> {
        let v = self.pop_vec(V128)?;
        let (addr, off) = self.heap_address(memarg, 16)?;
        let flags = self.heap_flags();
        self.b.ins().store(flags, v, addr, off);
        Ok(())
    }

    /// Replaces lane `lane` of the popped vector with a loaded scalar.
    pub(super) fn lane_load(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        let v = self.pop_vec(vec_type(lanes))?;
        let bytes = u32::from(lanes.lane_bytes());
        let (addr, off) = self.heap_address(memarg, bytes)?;
        let flags = self.heap_flags();
        let x = self.b.ins().load(scalar_of(lanes), flags, addr, off);
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
        Ok(())
    }

    /// Stores lane `lane` of the popped vector.
    pub(super) fn lane_store(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Result<()> {
        let v = self.pop_vec(vec_type(lanes))?;
        let bytes = u32::from(lanes.lane_bytes());
        let (addr, off) = self.heap_address(memarg, bytes)?;
        let x = self.b.ins().extractlane(v, lane);
        let flags = self.heap_flags();
        self.b.ins().store(flags, x, addr, off);
        Ok(())
    }
}
