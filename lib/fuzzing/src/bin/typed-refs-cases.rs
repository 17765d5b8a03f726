//! `typed-refs-cases DIR FIRST COUNT`: writes the typed-function-reference
//! cases of seeds FIRST..FIRST+COUNT (`trident_fuzzing::typed_refs`) as
//! `DIR/SEED.wat`, `DIR/SEED.seed` (the arguments' seed) and
//! `DIR/SEED.events` (the events on Trident, the three back ends having
//! agreed), for `lib/fuzzing/typed_refs_wasmtime.py DIR` to replay on
//! Wasmtime. Exits non-zero if a back end fails or disagrees.

use std::process::ExitCode;
use trident_fuzzing::{smith::entropy, typed_refs};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = match args.as_slice() {
        [dir, first, count] => first
            .parse::<u64>()
            .ok()
            .zip(count.parse::<u64>().ok())
            .map(|(f, c)| (dir.clone(), f, c)),
        _ => None,
    };
    let Some((dir, first, count)) = parsed else {
        eprintln!("usage: typed-refs-cases DIR FIRST COUNT");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {dir}: {e}");
        return ExitCode::FAILURE;
    }
    let (mut written, mut events) = (0u64, 0usize);
    for seed in first..first.saturating_add(count) {
        let data = entropy(seed, 16 * 1024);
        let Some((wat, arg_seed)) = typed_refs::case(&data) else {
            continue;
        };
        if std::panic::catch_unwind(|| typed_refs::check(&data)).is_err() {
            eprintln!("error: seed {seed}: the back ends disagree (see above)");
            return ExitCode::FAILURE;
        }
        let log = match typed_refs::cranelift_events(&wat, arg_seed) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: seed {seed}: {e}");
                return ExitCode::FAILURE;
            }
        };
        events += log.len();
        let base = std::path::Path::new(&dir).join(seed.to_string());
        let files = [
            (base.with_extension("wat"), wat),
            (base.with_extension("seed"), arg_seed.to_string()),
            (base.with_extension("events"), log.join("\n") + "\n"),
        ];
        for (path, text) in files {
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
        written += 1;
    }
    println!("{written} cases, {events} events, in {dir}");
    ExitCode::SUCCESS
}
