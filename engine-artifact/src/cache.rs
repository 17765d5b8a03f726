//! The compile cache: artifacts on disk, keyed by everything that decides
//! the compiled code.
//!
//! Invariants:
//! * An entry is written to a temporary file in the cache directory and
//!   renamed into place, so a reader never sees a half-written entry, and
//!   concurrent writers of the same key each leave a complete one.
//! * The cache never fails a compilation: a missing directory, an
//!   unreadable, damaged or mismatched entry, or a failed write is a miss
//!   (the caller validates an entry by reading it as an artifact and calls
//!   [`Cache::remove`] when that fails).
//! * The directory stays under its size cap: after writes, stale
//!   temporary files (a writer that died between write and rename) and the least
//!   recently used entries (by modification time, refreshed on every hit)
//!   are deleted until the total is under 90% of the cap. The scan runs
//!   after the first write of a process and every [`EVICT_EVERY`] writes
//!   after that, so writing stays cheap.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

/// The default size cap: 1 GiB.
pub const DEFAULT_MAX_BYTES: u64 = 1 << 30;

/// Writes between two eviction scans (per process).
pub const EVICT_EVERY: u64 = 32;

const SUFFIX: &str = ".trident";

static WRITES: AtomicU64 = AtomicU64::new(0);
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The key of one entry: a 128-bit hash of everything that decides the
/// code (the caller lists it: wasm bytes, Trident build, back end and its
/// settings, options, target, CPU features).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CacheKey(pub u128);

impl CacheKey {
    /// Hashes `parts`, each length-prefixed so their boundaries count.
    pub fn new(parts: &[&[u8]]) -> CacheKey {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for p in parts {
            h.update(&(p.len() as u64).to_le_bytes());
            h.update(p);
        }
        CacheKey(h.digest128())
    }

    fn file_name(&self) -> String {
        format!("{:032x}{SUFFIX}", self.0)
    }
}

/// A cache directory.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
    max_bytes: u64,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>, max_bytes: u64) -> Cache {
        Cache {
            dir: dir.into(),
            max_bytes,
        }
    }

    /// `$TRIDENT_CACHE_DIR`, else `$XDG_CACHE_HOME/trident`, else
    /// `~/.cache/trident` (`None` when none of them is set).
    pub fn default_dir() -> Option<PathBuf> {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(d) = var("TRIDENT_CACHE_DIR") {
            return Some(PathBuf::from(d));
        }
        if let Some(d) = var("XDG_CACHE_HOME") {
            return Some(PathBuf::from(d).join("trident"));
        }
        var("HOME").map(|h| PathBuf::from(h).join(".cache").join("trident"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &CacheKey) -> PathBuf {
        self.dir.join(key.file_name())
    }

    /// The entry for `key`, if there is one; marks it recently used.
    pub fn get(&self, key: &CacheKey) -> Option<Vec<u8>> {
        let path = self.path(key);
        let bytes = std::fs::read(&path).ok()?;
        if let Ok(f) = std::fs::File::options().append(true).open(&path) {
            let _ = f.set_modified(SystemTime::now());
        }
        Some(bytes)
    }

    /// Stores `bytes` under `key` (atomically); errors are ignored by
    /// design, but returned for tests and diagnostics.
    pub fn put(&self, key: &CacheKey, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let temp = self.dir.join(format!(
            ".tmp-{}-{}-{:032x}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed),
            key.0
        ));
        let result =
            std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, self.path(key)));
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        if WRITES
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(EVICT_EVERY)
        {
            self.evict();
        }
        result
    }

    /// Deletes the entry for `key` (a damaged one).
    pub fn remove(&self, key: &CacheKey) {
        let _ = std::fs::remove_file(self.path(key));
    }

    /// Total bytes of the entries.
    pub fn size(&self) -> u64 {
        self.entries().iter().map(|e| e.1).sum()
    }

    fn entries(&self) -> Vec<(PathBuf, u64, SystemTime)> {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        dir.flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(SUFFIX))
            .filter_map(|e| {
                let m = e.metadata().ok()?;
                Some((
                    e.path(),
                    m.len(),
                    m.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                ))
            })
            .collect()
    }

    /// Deletes temporary files a crashed writer left (older than an hour),
    /// then least recently used entries until the total is under 90% of the
    /// cap (none when it is under the cap).
    pub fn evict(&self) {
        if let Ok(dir) = std::fs::read_dir(&self.dir) {
            let hour_ago = SystemTime::now() - std::time::Duration::from_secs(3600);
            for e in dir.flatten() {
                let stale = e.file_name().to_string_lossy().starts_with(".tmp-")
                    && e.metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t < hour_ago);
                if stale {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        let mut entries = self.entries();
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        if total <= self.max_bytes {
            return;
        }
        let target = self.max_bytes / 10 * 9;
        entries.sort_by_key(|e| e.2);
        for (path, len, _) in entries {
            if total <= target {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= len;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("trident-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn put_get_remove() {
        let cache = Cache::new(temp_dir("basic"), DEFAULT_MAX_BYTES);
        let key = CacheKey::new(&[b"module", b"options"]);
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"artifact").unwrap();
        assert_eq!(cache.get(&key).as_deref(), Some(&b"artifact"[..]));
        cache.remove(&key);
        assert_eq!(cache.get(&key), None);
        let _ = std::fs::remove_dir_all(cache.dir());
    }

    #[test]
    fn key_depends_on_boundaries() {
        assert_ne!(CacheKey::new(&[b"ab", b"c"]), CacheKey::new(&[b"a", b"bc"]));
    }

    #[test]
    fn eviction_keeps_the_cache_under_its_cap() {
        let cache = Cache::new(temp_dir("evict"), 1000);
        for i in 0..10u8 {
            let key = CacheKey::new(&[&[i]]);
            std::fs::create_dir_all(cache.dir()).unwrap();
            std::fs::write(cache.dir().join(key.file_name()), [0u8; 300]).unwrap();
        }
        assert_eq!(cache.size(), 3000);
        cache.evict();
        assert!(cache.size() <= 900, "size after eviction: {}", cache.size());
        let _ = std::fs::remove_dir_all(cache.dir());
    }
}
