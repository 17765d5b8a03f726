//! `freeze-differential IN OUT`: writes the frozen form of a differential
//! input (its module stored as is, see
//! `trident_fuzzing::differential::FROZEN_MAGIC`), so a regression input
//! keeps meaning the same module when the generator's configuration
//! changes. Run it before changing `smith::ENABLED` on any `.bin` input
//! that should stay.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: freeze-differential IN OUT");
        return ExitCode::from(2);
    };
    let data = match std::fs::read(input) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(frozen) = trident_fuzzing::differential::freeze(&data) else {
        eprintln!("error: {input} makes no module");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(output, frozen) {
        eprintln!("error: cannot write {output}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
