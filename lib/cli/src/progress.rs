//! What the CLI says besides results and errors: notes (`note: …`) and
//! the compile progress bar, both silenced by `-q`.
//!
//! Invariants: the progress bar is drawn only when stderr is a terminal,
//! so pipes and logs never see it; it appears only once a compilation
//! has run for [`SHOW_AFTER`] (short compilations stay silent) and is
//! cleared when the last function is done, before the program runs.
//! Warnings and errors are never silenced.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use trident::{CompileProgress, Engine};

/// How long a compilation runs before its progress bar appears.
pub const SHOW_AFTER: Duration = Duration::from_secs(1);

static QUIET: AtomicBool = AtomicBool::new(false);

/// Silences notes and the progress bar (`-q`).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `-q` was given.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Prints `note: MESSAGE` to stderr unless `-q` was given.
pub fn note(message: &str) {
    if !quiet() {
        eprintln!("note: {message}");
    }
}

/// One compilation's bar: when it started, and the bar once shown.
struct Bar {
    started: Instant,
    bar: Option<ProgressBar>,
}

/// Shows the compilations `engine` runs as a progress bar on stderr, when
/// stderr is a terminal and `-q` was not given.
pub fn attach(engine: &Engine) {
    if quiet() || !std::io::stderr().is_terminal() {
        return;
    }
    let state: Mutex<Option<Bar>> = Mutex::new(None);
    engine.set_compile_progress(Some(Arc::new(move |p: CompileProgress| {
        let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
        let current = state.get_or_insert_with(|| Bar {
            started: Instant::now(),
            bar: None,
        });
        let elapsed = current.started.elapsed();
        if current.bar.is_none() && elapsed >= SHOW_AFTER {
            current.bar = Some(new_bar(p.functions as u64, elapsed));
        }
        if let Some(bar) = &current.bar {
            bar.set_position(p.functions_done as u64);
        }
        if p.functions_done >= p.functions {
            if let Some(bar) = &current.bar {
                bar.finish_and_clear();
            }
            // The next compilation starts its own clock.
            *state = None;
        }
    })));
}

fn new_bar(functions: u64, elapsed: Duration) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(functions), ProgressDrawTarget::stderr())
        .with_elapsed(elapsed);
    if let Ok(style) =
        ProgressStyle::with_template("compiling {bar:30} {pos}/{len} functions ({elapsed})")
    {
        bar.set_style(style);
    }
    bar
}
