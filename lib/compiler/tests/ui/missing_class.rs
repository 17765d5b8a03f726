// A back end's emitter that implements the driver's interface but not the
// emitter traits of the operator classes: the driver does not accept it.
// This is how a new class reaches every back end: once the operator table
// gives it a decoder and an emitter trait, no back end builds until it
// implements that trait.
use trident_compiler::wasmparser::Operator;
use trident_compiler::{translate_operators, CompileError, FuncEmitter, FuncState};

struct Emitter {
    st: FuncState,
}

impl FuncEmitter for Emitter {
    const BACKEND: &'static str = "example";

    fn control(&mut self, _op: &Operator<'_>) -> Result<bool, CompileError> {
        Ok(true)
    }

    fn state(&mut self) -> &mut FuncState {
        &mut self.st
    }

    fn source_location(&mut self, _offset: u32) {}

    fn flush_fuel(&mut self) -> Result<(), CompileError> {
        Ok(())
    }

    fn interrupt_check(&mut self) -> Result<(), CompileError> {
        Ok(())
    }
}

fn main() {
    let _ = Emitter {
        st: FuncState::new(0, 0, None),
    };
    let _driver = translate_operators::<Emitter>;
}
