//! What runs beside the guest on the wall clock: the `--timeout` watchdog
//! and the `--profile guest` sampler. Both drive the engine's epoch from a
//! thread of their own; both stop (and join) when the run ends.
//!
//! * timeout alone: one epoch tick when the time is up; the store's
//!   deadline is one tick away, so the code traps with `Interrupted`.
//! * guest profile: a tick every interval; the store's epoch callback
//!   samples the wasm stack into a [`GuestProfiler`] and moves the
//!   deadline one tick on — or, once a timeout passed, interrupts.

use super::{setup, RunError, RunOptions};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};
use trident::{Engine, GuestProfiler, Store, UpdateDeadline};

/// `--profile guest`: where the profile goes and how often to sample.
#[derive(Clone, Debug, PartialEq)]
pub struct GuestProfileOptions {
    pub path: PathBuf,
    pub interval: Duration,
}

impl GuestProfileOptions {
    /// The default file name and interval (1 ms).
    pub fn new(path: Option<PathBuf>, interval: Option<Duration>) -> GuestProfileOptions {
        GuestProfileOptions {
            path: path.unwrap_or_else(|| PathBuf::from("trident-guest-profile.json")),
            interval: interval.unwrap_or(Duration::from_millis(1)),
        }
    }
}

/// The running watchdog or sampler; [`Clock::finish`] ends it.
pub(super) struct Clock {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// The profiler and the file it goes to (created before the run, so
    /// a path that cannot be written stops the run before it starts).
    profiler: Option<(Arc<Mutex<GuestProfiler>>, PathBuf, std::fs::File)>,
}

impl Clock {
    /// Starts what `o` asks for (possibly nothing).
    pub(super) fn start<T>(
        engine: &Engine,
        store: &mut Store<T>,
        o: &RunOptions,
    ) -> Result<Clock, RunError> {
        let mut clock = Clock {
            stop: None,
            thread: None,
            profiler: None,
        };
        let (period, profile) = match (&o.guest_profile, o.timeout) {
            (Some(p), _) => (p.interval, Some(p)),
            (None, Some(timeout)) => (timeout, None),
            (None, None) => return Ok(clock),
        };
        store.set_epoch_deadline(1);
        if let Some(p) = profile {
            let file = std::fs::File::create(&p.path).map_err(|e| {
                setup(format!(
                    "cannot write the guest profile {}: {e}",
                    p.path.display()
                ))
            })?;
            let name = o.file.display().to_string();
            let profiler = Arc::new(Mutex::new(GuestProfiler::new(name)));
            let sampler = profiler.clone();
            // A timeout too far away to represent is no timeout.
            let end = o.timeout.and_then(|t| Instant::now().checked_add(t));
            store.epoch_deadline_callback(move |stack| {
                sampler
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .sample(stack);
                match end {
                    Some(end) if Instant::now() >= end => UpdateDeadline::Interrupt,
                    _ => UpdateDeadline::Continue(1),
                }
            });
            clock.profiler = Some((profiler, p.path.clone(), file));
        }
        let repeat = profile.is_some();
        let (stop, wait) = mpsc::channel::<()>();
        let engine = engine.clone();
        clock.thread = Some(std::thread::spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(period) {
                engine.increment_epoch();
                if !repeat {
                    break;
                }
            }
        }));
        clock.stop = Some(stop);
        Ok(clock)
    }

    /// Stops the thread and writes the profile, if one was taken.
    pub(super) fn finish(mut self) -> Result<(), RunError> {
        self.stop_thread();
        let Some((profiler, path, file)) = self.profiler.take() else {
            return Ok(());
        };
        let profiler = profiler.lock().unwrap_or_else(PoisonError::into_inner);
        profiler.write(std::io::BufWriter::new(file)).map_err(|e| {
            setup(format!(
                "cannot write the guest profile {}: {e}",
                path.display()
            ))
        })?;
        crate::progress::note(&format!(
            "guest profile: {} samples over {:.1?} written to {} (open it in https://www.speedscope.app)",
            profiler.samples(),
            profiler.duration(),
            path.display()
        ));
        Ok(())
    }

    fn stop_thread(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Clock {
    fn drop(&mut self) {
        self.stop_thread();
    }
}
