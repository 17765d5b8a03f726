// A back end's emitter for the `Call` class that leaves out one of its
// operators (`call_indirect`): does not build. Every class's emitter
// trait has one required method per operator (or operator family), with
// no defaults.
use trident_compiler::decode::{CallEmitter, Emitted};

struct Emitter;

impl CallEmitter for Emitter {
    fn call(&mut self, _function_index: u32) -> Emitted {
        Ok(())
    }
    fn return_call(&mut self, _function_index: u32) -> Emitted {
        Ok(())
    }
    fn return_call_indirect(&mut self, _type_index: u32, _table_index: u32) -> Emitted {
        Ok(())
    }
}

fn main() {
    let _ = Emitter;
}
