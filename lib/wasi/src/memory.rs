//! Bounds-checked access to the guest's linear memory.
//!
//! Every pointer a guest passes is an untrusted 32-bit offset: each access
//! checks `ptr + len <= memory.len()` (in 64-bit arithmetic, so no overflow)
//! and fails with `FAULT` otherwise. Nothing here panics on guest input.

use crate::abi::size;
use crate::errno::{Errno, WasiResult};
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// A view of the calling instance's memory for the duration of one call.
pub struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

/// One `iovec` / `ciovec`: a guest buffer.
#[derive(Clone, Copy, Debug)]
pub struct IoVec {
    pub ptr: u32,
    pub len: u32,
}

impl<'a> GuestMemory<'a> {
    pub fn new(bytes: &'a mut [u8]) -> GuestMemory<'a> {
        GuestMemory { bytes }
    }

    fn range(&self, ptr: u32, len: u64) -> WasiResult<std::ops::Range<usize>> {
        let end = ptr as u64 + len;
        if end > self.bytes.len() as u64 {
            return Err(Errno::Fault);
        }
        Ok(ptr as usize..end as usize)
    }

    pub fn slice(&self, ptr: u32, len: u32) -> WasiResult<&[u8]> {
        let r = self.range(ptr, len as u64)?;
        Ok(&self.bytes[r])
    }

    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> WasiResult<&mut [u8]> {
        let r = self.range(ptr, len as u64)?;
        Ok(&mut self.bytes[r])
    }

    fn array<const N: usize>(&self, ptr: u32) -> WasiResult<[u8; N]> {
        let r = self.range(ptr, N as u64)?;
        let mut out = [0u8; N];
        out.copy_from_slice(&self.bytes[r]);
        Ok(out)
    }

    pub fn read_u8(&self, ptr: u32) -> WasiResult<u8> {
        Ok(self.array::<1>(ptr)?[0])
    }

    pub fn read_u16(&self, ptr: u32) -> WasiResult<u16> {
        Ok(u16::from_le_bytes(self.array(ptr)?))
    }

    pub fn read_u32(&self, ptr: u32) -> WasiResult<u32> {
        Ok(u32::from_le_bytes(self.array(ptr)?))
    }

    pub fn read_u64(&self, ptr: u32) -> WasiResult<u64> {
        Ok(u64::from_le_bytes(self.array(ptr)?))
    }

    pub fn write(&mut self, ptr: u32, data: &[u8]) -> WasiResult<()> {
        let r = self.range(ptr, data.len() as u64)?;
        self.bytes[r].copy_from_slice(data);
        Ok(())
    }

    pub fn write_u8(&mut self, ptr: u32, v: u8) -> WasiResult<()> {
        self.write(ptr, &[v])
    }

    pub fn write_u16(&mut self, ptr: u32, v: u16) -> WasiResult<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    pub fn write_u32(&mut self, ptr: u32, v: u32) -> WasiResult<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    pub fn write_u64(&mut self, ptr: u32, v: u64) -> WasiResult<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// Fills `len` bytes at `ptr` with zeros.
    pub fn zero(&mut self, ptr: u32, len: u32) -> WasiResult<()> {
        self.slice_mut(ptr, len)?.fill(0);
        Ok(())
    }

    /// The `count` iovecs at `ptr`, each checked to lie inside memory.
    pub fn iovecs(&self, ptr: u32, count: u32) -> WasiResult<Vec<IoVec>> {
        self.range(ptr, count as u64 * size::IOVEC as u64)?;
        let mut out = Vec::with_capacity(count as usize);
        for i in 0..count {
            let at = ptr + i * size::IOVEC;
            let v = IoVec {
                ptr: self.read_u32(at)?,
                len: self.read_u32(at + 4)?,
            };
            self.range(v.ptr, v.len as u64)?;
            out.push(v);
        }
        Ok(out)
    }

    /// A guest path (bytes, not NUL-terminated). Paths with a NUL byte
    /// cannot name anything on the host.
    pub fn path(&self, ptr: u32, len: u32) -> WasiResult<&Path> {
        let bytes = self.slice(ptr, len)?;
        if bytes.contains(&0) {
            return Err(Errno::Inval);
        }
        Ok(Path::new(OsStr::from_bytes(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_bounds_is_fault() {
        let mut bytes = vec![0u8; 16];
        let mut m = GuestMemory::new(&mut bytes);
        assert_eq!(m.read_u32(12), Ok(0));
        assert_eq!(m.read_u32(13), Err(Errno::Fault));
        assert_eq!(m.write_u64(u32::MAX, 1), Err(Errno::Fault));
        assert_eq!(m.slice(16, 0).map(|s| s.len()), Ok(0));
        assert_eq!(m.slice(17, 0).map(|s| s.len()), Err(Errno::Fault));
        m.write_u32(0, 8).unwrap();
        m.write_u32(4, 9).unwrap();
        assert_eq!(m.iovecs(0, 1).map(|v| v.len()), Err(Errno::Fault));
    }
}
