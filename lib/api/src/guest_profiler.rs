//! A sampling profiler of wasm code (`trident run --profile guest`): the
//! wasm-level call stack, sampled at every epoch deadline, written as a
//! speedscope file (<https://www.speedscope.app> opens it; so does
//! `speedscope FILE` from npm).
//!
//! How samples are taken: with [`Config::epoch_interruption`] on, compiled
//! code checks the epoch at every function entry and loop header; a thread
//! advances the engine's epoch every interval ([`Engine::increment_epoch`]),
//! and the store's epoch callback ([`Store::epoch_deadline_callback`])
//! hands the stack to [`GuestProfiler::sample`] and sets the next deadline
//! one tick away. So samples land at function entries and loop headers
//! only — a function that runs long without either (straight-line code) is
//! charged to the next check — and the cost is one compare per check plus
//! the walk per sample. Every back end produces the same kind of stack.
//!
//! Invariants: a sample's weight is the wall time since the previous sample
//! (the first: since the profiler started), so weights add up to the time
//! the profile covers; frames are wasm functions, keyed by (module,
//! function index), named from the name section (else `function[N]`), with
//! the source file when the module has DWARF; stacks deeper than
//! `trident_vm::MAX_BACKTRACE_FRAMES` keep their innermost frames.
//!
//! [`Config::epoch_interruption`]: crate::Config::epoch_interruption
//! [`Engine::increment_epoch`]: crate::Engine::increment_epoch
//! [`Store::epoch_deadline_callback`]: crate::Store::epoch_deadline_callback

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

/// One profiled function.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Frame {
    name: String,
    file: Option<String>,
}

/// Samples of wasm call stacks, written as a speedscope profile.
#[derive(Debug)]
pub struct GuestProfiler {
    name: String,
    started: Instant,
    last: Instant,
    frames: Vec<Frame>,
    /// (module name, function index) → index in `frames`.
    by_function: HashMap<(Option<String>, u32), usize>,
    /// Return address → index in `frames` (`None`: not a wasm function).
    by_pc: HashMap<usize, Option<usize>>,
    /// Each sample's stack (outermost first, as speedscope wants) and
    /// weight in seconds.
    samples: Vec<(Vec<usize>, f64)>,
}

impl GuestProfiler {
    /// A profiler whose profile is called `name` (the program, say),
    /// starting its clock now.
    pub fn new(name: impl Into<String>) -> GuestProfiler {
        let now = Instant::now();
        GuestProfiler {
            name: name.into(),
            started: now,
            last: now,
            frames: Vec::new(),
            by_function: HashMap::new(),
            by_pc: HashMap::new(),
            samples: Vec::new(),
        }
    }

    /// Records one sample: `stack` holds addresses in wasm code, innermost
    /// first, as an epoch callback receives them.
    pub fn sample(&mut self, stack: &[usize]) {
        let now = Instant::now();
        let weight = now.duration_since(self.last).as_secs_f64();
        self.last = now;
        let mut frames: Vec<usize> = stack.iter().filter_map(|&pc| self.frame(pc)).collect();
        frames.reverse();
        self.samples.push((frames, weight));
    }

    /// How many samples were taken.
    pub fn samples(&self) -> usize {
        self.samples.len()
    }

    /// The time the samples cover.
    pub fn duration(&self) -> Duration {
        self.last.duration_since(self.started)
    }

    /// The frame of the function containing `pc`, interned.
    fn frame(&mut self, pc: usize) -> Option<usize> {
        if let Some(f) = self.by_pc.get(&pc) {
            return *f;
        }
        let frame = trident_vm::symbolize(pc).map(|info| {
            let key = (info.module_name.clone(), info.func_index);
            *self.by_function.entry(key).or_insert_with(|| {
                let name = match &info.func_name {
                    Some(n) => n.clone(),
                    None => format!("function[{}]", info.func_index),
                };
                let name = match &info.module_name {
                    Some(m) => format!("{m}!{name}"),
                    None => name,
                };
                let file = info.source.last().and_then(|s| s.file.clone());
                self.frames.push(Frame { name, file });
                self.frames.len() - 1
            })
        });
        self.by_pc.insert(pc, frame);
        frame
    }

    /// The profile in speedscope's file format (one "sampled" profile,
    /// weights in milliseconds).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let frames: Vec<serde_json::Value> = self
            .frames
            .iter()
            .map(|f| match &f.file {
                Some(file) => json!({ "name": f.name, "file": file }),
                None => json!({ "name": f.name }),
            })
            .collect();
        let samples: Vec<&Vec<usize>> = self.samples.iter().map(|s| &s.0).collect();
        let weights: Vec<f64> = self.samples.iter().map(|s| s.1 * 1e3).collect();
        let end: f64 = weights.iter().sum();
        json!({
            "$schema": "https://www.speedscope.app/file-format-schema.json",
            "exporter": format!("trident {}", env!("CARGO_PKG_VERSION")),
            "name": self.name,
            "activeProfileIndex": 0,
            "shared": { "frames": frames },
            "profiles": [{
                "type": "sampled",
                "name": self.name,
                "unit": "milliseconds",
                "startValue": 0.0,
                "endValue": end,
                "samples": samples,
                "weights": weights,
            }],
        })
    }

    /// Writes the profile (see [`GuestProfiler::to_json`]).
    pub fn write(&self, out: impl Write) -> std::io::Result<()> {
        serde_json::to_writer(out, &self.to_json()).map_err(std::io::Error::other)
    }
}
