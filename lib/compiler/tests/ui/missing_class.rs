// An emitter whose table forgets one operator class (`Gc`): must not
// build. This is how a new class reaches every back end: each table fails
// to build until the class is compiled or rejected there.
use trident_compiler::wasmparser::Operator;
use trident_compiler::{CompileError, FuncEmitter, FuncState, OpClass, Support};

struct Emitter {
    st: FuncState,
}

impl Emitter {
    fn any(&mut self, _op: &Operator<'_>) -> Result<bool, CompileError> {
        Ok(true)
    }
}

impl FuncEmitter for Emitter {
    const BACKEND: &'static str = "example";

    #[deny(clippy::wildcard_enum_match_arm)]
    fn support(class: OpClass) -> Support<Self> {
        use OpClass::*;
        match class {
            Control | Parametric | Call | Variable | Memory | BulkMemory | Table | Reference
            | Constant | Numeric | Conversion | Simd => Support::Compiled(Self::any),
            RelaxedSimd | TailCall | FunctionReferences | Exceptions | LegacyExceptions
            | Threads | SharedEverythingThreads | StackSwitching | WideArithmetic
            | MemoryControl | CustomDescriptors | AcquireReleaseAtomics => {
                Support::Rejected("not in this example")
            }
        }
    }

    fn state(&mut self) -> &mut FuncState {
        &mut self.st
    }

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
}
