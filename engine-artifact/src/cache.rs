//! The compile cache: artifacts on disk, keyed by everything that decides
//! the compiled code, trusted only when this user wrote them.
//!
//! Trust model (the README's "Compile cache" section says the same for
//! users). A cache entry is machine code that `trident run` executes, so
//! an entry is used only when all of these hold; anything else is a miss
//! (the module is compiled afresh), with one warning line on stderr:
//! * the directory is owned by the current (effective) user and is not
//!   writable by group or others: nobody else can create, replace or
//!   rename files in it (a directory that fails this is not used at all,
//!   neither read nor written, and is named in one warning per process);
//! * the entry is a regular file (not a symlink) owned by the current user
//!   and not writable by group or others;
//! * the entry holds its own key, equal to the key looked up (an entry
//!   renamed or copied to another key's name is refused);
//! * the entry's HMAC-SHA256, under this cache's secret, verifies: the
//!   secret is 32 random bytes in [`SECRET_FILE`] (created with the
//!   directory, mode 0600, owned by the user, refused if group or others
//!   can read or write it), so an entry written by anyone without that
//!   secret (another user, another machine, a copied-in file) is refused.
//!
//! The key is SHA-256 over the length-prefixed parts that decide the code
//! (the caller lists them: wasm bytes, Trident build, back end and its
//! settings, options, features, target, CPU features), so nobody can make
//! another module's key collide with it.
//!
//! Other invariants:
//! * The directory is created mode 0700 and entries mode 0600 whatever the
//!   umask.
//! * An entry is written to a temporary file in the cache directory and
//!   renamed into place, so a reader never sees a half-written entry, and
//!   concurrent writers of the same key each leave a complete one.
//! * The cache never fails a compilation: a missing directory, an
//!   unreadable, damaged, refused or mismatched entry, or a failed write is
//!   a miss (the caller validates an entry's contents by reading it as an
//!   artifact and calls [`Cache::remove`] when that fails).
//! * The directory stays under its size cap: after writes, stale temporary
//!   files (a writer that died between write and rename) and the least
//!   recently used entries (by modification time, refreshed on every hit)
//!   are deleted until the total is under 90% of the cap. The scan runs
//!   after the first write of a process and every [`EVICT_EVERY`] writes
//!   after that, so writing stays cheap.
//!
//! What it does not defend against: root, and anyone who can already write
//! as this user (they can replace `trident` itself). The directory's
//! parents are trusted like the home directory is.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// The default size cap: 1 GiB.
pub const DEFAULT_MAX_BYTES: u64 = 1 << 30;

/// Writes between two eviction scans (per process).
pub const EVICT_EVERY: u64 = 32;

/// The per-user secret that authenticates entries, in the cache directory.
pub const SECRET_FILE: &str = "secret.key";

/// The first bytes of every entry.
pub const ENTRY_MAGIC: [u8; 8] = *b"\x7fTRIDCE\x01";

const SUFFIX: &str = ".trident";
const KEY_LEN: usize = 32;
const TAG_LEN: usize = 32;
/// Magic, key, tag.
const ENTRY_HEADER: usize = ENTRY_MAGIC.len() + KEY_LEN + TAG_LEN;

static WRITES: AtomicU64 = AtomicU64::new(0);
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

type HmacSha256 = Hmac<Sha256>;

/// The key of one entry: SHA-256 of everything that decides the code (the
/// caller lists it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CacheKey(pub [u8; KEY_LEN]);

impl CacheKey {
    /// Hashes `parts`, each length-prefixed so their boundaries count.
    pub fn new(parts: &[&[u8]]) -> CacheKey {
        let mut h = Sha256::new();
        for p in parts {
            h.update((p.len() as u64).to_le_bytes());
            h.update(p);
        }
        CacheKey(h.finalize().into())
    }

    /// The entry's file name: the key in hex.
    pub fn file_name(&self) -> String {
        let hex: String = self.0.iter().map(|b| format!("{b:02x}")).collect();
        format!("{hex}{SUFFIX}")
    }
}

/// Whether the directory may be used, decided once per [`Cache`].
#[derive(Clone, Debug)]
enum State {
    /// Checked, with this secret.
    Trusted([u8; 32]),
    /// Refused (the warning was printed).
    Refused,
}

/// A cache directory.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
    max_bytes: u64,
    state: Arc<Mutex<Option<State>>>,
}

fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

fn warn(message: &str) {
    eprintln!("warning: compile cache: {message}");
}

/// Why a file or directory may not be trusted, if it may not.
fn distrust(meta: &std::fs::Metadata, what: &str, path: &Path) -> Option<String> {
    let mode = meta.mode() & 0o7777;
    if meta.uid() != euid() {
        Some(format!(
            "{what} {} is owned by uid {}, not by this user (uid {}): ignored",
            path.display(),
            meta.uid(),
            euid()
        ))
    } else if mode & 0o022 != 0 {
        Some(format!(
            "{what} {} is writable by group or others (mode {mode:04o}): ignored",
            path.display()
        ))
    } else {
        None
    }
}

fn random_secret() -> std::io::Result<[u8; 32]> {
    let mut buf = [0u8; 32];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the pointer and length describe the unfilled part of
        // `buf`, which getrandom writes at most that many bytes into.
        let n = unsafe {
            libc::getrandom(
                buf[filled..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - filled,
                0,
            )
        };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        } else {
            filled += n as usize;
        }
    }
    Ok(buf)
}

/// Opens `path` for reading without following a symlink.
fn open_nofollow(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

/// A new file only this user can read and write (mode 0600 whatever the
/// umask), for writing.
fn create_private(path: &Path) -> std::io::Result<File> {
    let f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)?;
    f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(f)
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>, max_bytes: u64) -> Cache {
        Cache {
            dir: dir.into(),
            max_bytes,
            state: Arc::new(Mutex::new(None)),
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

    /// The secret, once the directory is checked (and, with `create`,
    /// created with its secret when missing). `None`: do not use the
    /// cache (a missing directory when reading, or a refused one).
    fn secret(&self, create: bool) -> Option<[u8; 32]> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match &*state {
            Some(State::Trusted(s)) => return Some(*s),
            Some(State::Refused) => return None,
            None => {}
        }
        if !self.dir.exists() {
            if !create {
                return None;
            }
            if let Err(e) = self.create_dir() {
                warn(&format!("cannot create {}: {e}", self.dir.display()));
                *state = Some(State::Refused);
                return None;
            }
        }
        match self.check_dir_and_load_secret() {
            Ok(s) => {
                *state = Some(State::Trusted(s));
                Some(s)
            }
            Err(why) => {
                warn(&format!("{why}; compiling without the cache"));
                *state = Some(State::Refused);
                None
            }
        }
    }

    /// Creates the directory (and missing parents) mode 0700, whatever the
    /// umask.
    fn create_dir(&self) -> std::io::Result<()> {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)?;
        std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700))
    }

    fn check_dir_and_load_secret(&self) -> Result<[u8; 32], String> {
        let dir = &self.dir;
        let meta =
            std::fs::metadata(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if !meta.is_dir() {
            return Err(format!("{} is not a directory", dir.display()));
        }
        if let Some(why) = distrust(&meta, "directory", dir) {
            return Err(why);
        }
        let path = dir.join(SECRET_FILE);
        let secret = match open_nofollow(&path) {
            Ok(f) => read_secret(f, &path)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => self.make_secret(&path)?,
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        Ok(secret)
    }

    /// Creates the secret file atomically (a concurrent creator's secret
    /// wins, and is read back).
    fn make_secret(&self, path: &Path) -> Result<[u8; 32], String> {
        let fail = |e: std::io::Error| format!("cannot create {}: {e}", path.display());
        let secret = random_secret().map_err(fail)?;
        let temp = self.temp_path("secret");
        let written = create_private(&temp).and_then(|mut f| f.write_all(&secret));
        let linked = written.and_then(|()| std::fs::hard_link(&temp, path));
        let _ = std::fs::remove_file(&temp);
        match linked {
            Ok(()) => Ok(secret),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let f = open_nofollow(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                read_secret(f, path)
            }
            Err(e) => Err(fail(e)),
        }
    }

    fn temp_path(&self, what: &str) -> PathBuf {
        self.dir.join(format!(
            ".tmp-{}-{}-{what}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed),
        ))
    }

    /// The artifact stored for `key`, if there is a trusted entry for it;
    /// marks it recently used. A refused entry is a miss with a warning.
    pub fn get(&self, key: &CacheKey) -> Option<Vec<u8>> {
        let secret = self.secret(false)?;
        let path = self.path(key);
        let mut f = match open_nofollow(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                warn(&format!("cannot read entry {}: {e}", path.display()));
                return None;
            }
        };
        let refused = |why: String| {
            warn(&format!("{why}; compiling instead"));
            None
        };
        let meta = match f.metadata() {
            Ok(m) => m,
            Err(e) => return refused(format!("cannot read entry {}: {e}", path.display())),
        };
        if !meta.is_file() {
            return refused(format!("entry {} is not a regular file", path.display()));
        }
        if let Some(why) = distrust(&meta, "entry", &path) {
            return refused(why);
        }
        let mut bytes = Vec::new();
        if let Err(e) = f.read_to_end(&mut bytes) {
            return refused(format!("cannot read entry {}: {e}", path.display()));
        }
        match open_entry(&secret, key, &bytes) {
            Ok(()) => {}
            Err(why) => return refused(format!("entry {} {why}", path.display())),
        }
        let _ = f.set_modified(SystemTime::now());
        bytes.drain(..ENTRY_HEADER);
        Some(bytes)
    }

    /// Stores `artifact` under `key` (atomically, bound to the key and
    /// authenticated); errors are ignored by design, but returned for tests
    /// and diagnostics.
    pub fn put(&self, key: &CacheKey, artifact: &[u8]) -> std::io::Result<()> {
        let Some(secret) = self.secret(true) else {
            return Err(std::io::Error::other("the cache directory is not used"));
        };
        let temp = self.temp_path(&key.file_name());
        let entry = seal_entry(&secret, key, artifact);
        let result = create_private(&temp)
            .and_then(|mut f| f.write_all(&entry))
            .and_then(|()| std::fs::rename(&temp, self.path(key)));
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
        if self.secret(false).is_some() {
            let _ = std::fs::remove_file(self.path(key));
        }
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

fn read_secret(mut f: File, path: &Path) -> Result<[u8; 32], String> {
    let meta = f
        .metadata()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if let Some(why) = distrust(&meta, "secret", path) {
        return Err(why);
    }
    if meta.mode() & 0o077 != 0 {
        return Err(format!(
            "secret {} is readable by group or others (mode {:04o})",
            path.display(),
            meta.mode() & 0o7777
        ));
    }
    let mut secret = [0u8; 32];
    let mut rest = Vec::new();
    f.read_exact(&mut secret)
        .and_then(|()| f.read_to_end(&mut rest))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !rest.is_empty() {
        return Err(format!("{} is not a 32-byte secret", path.display()));
    }
    Ok(secret)
}

fn mac(secret: &[u8; 32]) -> HmacSha256 {
    // HMAC takes keys of any length.
    <HmacSha256 as KeyInit>::new_from_slice(secret).unwrap_or_else(|_| unreachable!())
}

/// The entry for `artifact` under `key`: magic, key, HMAC over magic, key
/// and artifact, then the artifact.
pub fn seal_entry(secret: &[u8; 32], key: &CacheKey, artifact: &[u8]) -> Vec<u8> {
    let mut m = mac(secret);
    m.update(&ENTRY_MAGIC);
    m.update(&key.0);
    m.update(artifact);
    let tag = m.finalize().into_bytes();
    let mut out = Vec::with_capacity(ENTRY_HEADER + artifact.len());
    out.extend_from_slice(&ENTRY_MAGIC);
    out.extend_from_slice(&key.0);
    out.extend_from_slice(&tag);
    out.extend_from_slice(artifact);
    out
}

/// Checks an entry's magic, its key against `key` and its HMAC.
fn open_entry(secret: &[u8; 32], key: &CacheKey, entry: &[u8]) -> Result<(), String> {
    if entry.len() < ENTRY_HEADER || entry[..ENTRY_MAGIC.len()] != ENTRY_MAGIC {
        return Err("is not a cache entry of this Trident".into());
    }
    let stored_key = &entry[ENTRY_MAGIC.len()..ENTRY_MAGIC.len() + KEY_LEN];
    let tag = &entry[ENTRY_MAGIC.len() + KEY_LEN..ENTRY_HEADER];
    let mut m = mac(secret);
    m.update(&ENTRY_MAGIC);
    m.update(stored_key);
    m.update(&entry[ENTRY_HEADER..]);
    if m.verify_slice(tag).is_err() {
        return Err("was not written by this user's Trident (authentication failed)".into());
    }
    if stored_key != key.0 {
        return Err("belongs to another module or configuration (key mismatch)".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("trident-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().mode() & 0o777
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
    fn directory_secret_and_entries_are_private_whatever_the_umask() {
        let dir = temp_dir("umask").join("nested");
        // SAFETY: umask only changes this process's file-creation mask.
        let old = unsafe { libc::umask(0) };
        let cache = Cache::new(&dir, DEFAULT_MAX_BYTES);
        let key = CacheKey::new(&[b"m"]);
        let put = cache.put(&key, b"artifact");
        // SAFETY: as above.
        unsafe { libc::umask(old) };
        put.unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join(SECRET_FILE)), 0o600);
        assert_eq!(mode(&cache.path(&key)), 0o600);
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    }

    #[test]
    fn entries_are_bound_to_their_key_and_secret() {
        let dir = temp_dir("bound");
        let cache = Cache::new(&dir, DEFAULT_MAX_BYTES);
        let (a, b) = (CacheKey::new(&[b"a"]), CacheKey::new(&[b"b"]));
        cache.put(&a, b"artifact of a").unwrap();
        // Copied to b's name: a miss.
        std::fs::copy(cache.path(&a), cache.path(&b)).unwrap();
        assert_eq!(cache.get(&b), None);
        // Written with another secret (another machine): a miss.
        let foreign = seal_entry(&[7; 32], &a, b"planted");
        std::fs::write(cache.path(&a), foreign).unwrap();
        assert_eq!(cache.get(&a), None);
        // A raw artifact (an old-format entry): a miss.
        std::fs::write(cache.path(&a), b"\x7fTRIDNT\x01...").unwrap();
        assert_eq!(cache.get(&a), None);
        // A symlink to a good entry: a miss.
        cache.put(&b, b"artifact of b").unwrap();
        std::fs::remove_file(cache.path(&a)).unwrap();
        std::os::unix::fs::symlink(cache.path(&b), cache.path(&a)).unwrap();
        assert_eq!(cache.get(&a), None);
        assert_eq!(cache.get(&b).as_deref(), Some(&b"artifact of b"[..]));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn writable_directories_entries_and_readable_secrets_are_refused() {
        let key = CacheKey::new(&[b"k"]);
        let setup = |name: &str| {
            let cache = Cache::new(temp_dir(name), DEFAULT_MAX_BYTES);
            cache.put(&key, b"artifact").unwrap();
            // A fresh Cache: the check runs once per instance.
            Cache::new(cache.dir(), DEFAULT_MAX_BYTES)
        };
        let chmod = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
        };
        let c = setup("dir-writable");
        chmod(c.dir(), 0o777);
        assert_eq!(c.get(&key), None);
        assert!(
            c.put(&key, b"x").is_err(),
            "written into a refused directory"
        );
        let _ = std::fs::remove_dir_all(c.dir());

        let c = setup("entry-writable");
        chmod(&c.path(&key), 0o666);
        assert_eq!(c.get(&key), None);
        let _ = std::fs::remove_dir_all(c.dir());

        let c = setup("secret-readable");
        chmod(&c.dir().join(SECRET_FILE), 0o644);
        assert_eq!(c.get(&key), None);
        let _ = std::fs::remove_dir_all(c.dir());

        let c = setup("fine");
        assert_eq!(c.get(&key).as_deref(), Some(&b"artifact"[..]));
        let _ = std::fs::remove_dir_all(c.dir());
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
