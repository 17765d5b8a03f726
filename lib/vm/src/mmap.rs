//! Owned address-space reservations.
//!
//! An [`Mmap`] is a page-aligned anonymous mapping that starts out
//! inaccessible (`PROT_NONE`, `MAP_NORESERVE`); parts of it are made
//! accessible with [`Mmap::make_accessible`]. It is unmapped on drop.

use std::io;
use std::ptr;

/// The host page size.
pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if size <= 0 {
        4096
    } else {
        size as usize
    }
}

/// Rounds `n` up to a multiple of the page size.
pub fn round_up_to_page(n: usize) -> Option<usize> {
    let p = page_size();
    n.checked_add(p - 1).map(|v| v & !(p - 1))
}

#[derive(Debug)]
pub struct Mmap {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: an Mmap is an exclusively owned region of memory; moving or
// sharing the handle between threads is no different from a Vec<u8>.
unsafe impl Send for Mmap {}
// SAFETY: see above; &Mmap only exposes the pointer and length.
unsafe impl Sync for Mmap {}

impl Mmap {
    /// Reserves `len` bytes (rounded up to pages) of inaccessible address
    /// space.
    pub fn reserve(len: usize) -> io::Result<Mmap> {
        let len = round_up_to_page(len.max(1))
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "reservation too large"))?;
        // SAFETY: an anonymous private mapping at an address of the kernel's
        // choosing cannot alias anything.
        let ptr = unsafe {
            libc::mmap(
                ptr::null_mut(),
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Mmap {
            ptr: ptr as *mut u8,
            len,
        })
    }

    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Makes `[start, start + len)` readable and writable. Both must be
    /// page aligned and inside the mapping.
    pub fn make_accessible(&self, start: usize, len: usize) -> io::Result<()> {
        self.protect(start, len, libc::PROT_READ | libc::PROT_WRITE)
    }

    /// Makes `[start, start + len)` readable and executable.
    pub fn make_executable(&self, start: usize, len: usize) -> io::Result<()> {
        self.protect(start, len, libc::PROT_READ | libc::PROT_EXEC)
    }

    fn protect(&self, start: usize, len: usize, prot: i32) -> io::Result<()> {
        if len == 0 {
            return Ok(());
        }
        assert!(start.checked_add(len).is_some_and(|end| end <= self.len));
        // SAFETY: the range lies inside our own mapping (checked above).
        let r = unsafe { libc::mprotect(self.ptr.add(start) as *mut _, len, prot) };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Returns the whole mapping to the inaccessible, zero-filled state it
    /// was created in, keeping the reservation.
    pub fn reset(&self) -> io::Result<()> {
        // SAFETY: remapping our own range with MAP_FIXED replaces it with
        // fresh zero pages; nothing else refers into it (the caller owns it
        // exclusively).
        let ptr = unsafe {
            libc::mmap(
                self.ptr as *mut _,
                self.len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_FIXED,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Zeroes `[start, start + len)` (page aligned) and gives the pages
    /// back to the kernel, keeping their protection.
    pub fn discard(&self, start: usize, len: usize) -> io::Result<()> {
        if len == 0 {
            return Ok(());
        }
        assert!(start.checked_add(len).is_some_and(|end| end <= self.len));
        // SAFETY: inside our mapping; MADV_DONTNEED on private anonymous
        // memory makes the pages read back as zero.
        let r = unsafe { libc::madvise(self.ptr.add(start) as *mut _, len, libc::MADV_DONTNEED) };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

impl Drop for Mmap {
    fn drop(&mut self) {
        // SAFETY: we own the mapping and nothing refers to it any more.
        unsafe {
            libc::munmap(self.ptr as *mut _, self.len);
        }
    }
}
