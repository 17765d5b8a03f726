//! Counters the long runs report: inputs per target, modules compiled and
//! calls made per engine. Process-wide; a driver prints [`summary`].

use std::collections::BTreeMap;
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub inputs: u64,
    pub modules: u64,
    pub calls: u64,
}

static COUNTS: Mutex<BTreeMap<&'static str, Counts>> = Mutex::new(BTreeMap::new());

fn with(name: &'static str, f: impl FnOnce(&mut Counts)) {
    let mut m = COUNTS.lock().unwrap_or_else(|e| e.into_inner());
    f(m.entry(name).or_default());
}

/// One input ran through target `name`.
pub fn count_input(name: &'static str) {
    with(name, |c| c.inputs += 1);
}

/// One module compiled (or rejected) by engine `name`.
pub fn count_module(name: &'static str) {
    with(name, |c| c.modules += 1);
}

/// `n` exported functions called on engine `name`.
pub fn count_calls(name: &'static str, n: u64) {
    with(name, |c| c.calls += n);
}

/// Everything counted so far.
pub fn snapshot() -> BTreeMap<&'static str, Counts> {
    COUNTS.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// One line per counter: `name inputs=N modules=N calls=N`.
pub fn summary() -> String {
    snapshot()
        .iter()
        .map(|(k, c)| {
            format!(
                "{k} inputs={} modules={} calls={}\n",
                c.inputs, c.modules, c.calls
            )
        })
        .collect()
}
