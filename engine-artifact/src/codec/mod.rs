//! A small explicit binary encoding for artifacts.
//!
//! Why not serde: `trident-types` promises to depend on nothing but
//! `thiserror` (the headless runtime links it), and an explicit encoding
//! is versioned by [`FORMAT_VERSION`](crate::FORMAT_VERSION) alone, is
//! byte-for-byte deterministic, and keeps the decoder's every read
//! bounds-checked in one place.
//!
//! Encoding: integers are little-endian fixed width (`u8`, `u32`, `u64`,
//! `i64`, `u128`); a length is a `u32`; a string is its UTF-8 length then
//! its bytes; an `Option` is a `u8` tag (0 = none) then the value; a
//! sequence is its length then its items. Invariant of [`Reader`]: it never
//! reads past its slice and never allocates more than the bytes left could
//! describe, so a damaged input gives a [`DecodeError`], never a panic or a
//! huge allocation.

mod compilation;
mod module;

pub use compilation::{
    read_compilation, read_compiled_for, read_inlined_calls, write_compilation, write_compiled_for,
    write_inlined_calls,
};
pub use module::{read_module_info, write_module_info};

use thiserror::Error;

/// Why encoded bytes could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("unexpected end of data at byte {at} (reading {what})")]
    Eof { at: usize, what: &'static str },
    #[error("invalid {what} at byte {at}")]
    Invalid { at: usize, what: &'static str },
}

/// Appends encoded values to a byte vector.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn bool(&mut self, v: bool) {
        self.u8(u8::from(v));
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i64(&mut self, v: i64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u128(&mut self, v: u128) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// A length or count. Counts above `u32::MAX` cannot occur in a module
    /// Trident accepts; they are clamped, which the reader then rejects.
    pub fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.bytes.extend_from_slice(b);
    }
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    pub fn opt<T>(&mut self, v: Option<T>, f: impl FnOnce(&mut Writer, T)) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                f(self, v);
            }
        }
    }
    pub fn seq<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Writer, &T)) {
        self.len(items.len());
        for i in items {
            f(self, i);
        }
    }
}

/// Reads encoded values from a slice.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub fn position(&self) -> usize {
        self.pos
    }

    /// A fuel cost table ([`trident_types::FuelCosts::to_array`] order),
    /// checked.
    pub fn fuel_costs(&mut self) -> Result<trident_types::FuelCosts, DecodeError> {
        let mut values = [0u32; 8];
        for v in &mut values {
            *v = self.u32("fuel cost")?;
        }
        trident_types::FuelCosts::from_array(values).map_err(|_| self.invalid("fuel cost table"))
    }

    pub fn invalid(&self, what: &'static str) -> DecodeError {
        DecodeError::Invalid { at: self.pos, what }
    }

    pub fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], DecodeError> {
        if n > self.remaining() {
            return Err(DecodeError::Eof { at: self.pos, what });
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], DecodeError> {
        let s = self.take(N, what)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    pub fn u8(&mut self, what: &'static str) -> Result<u8, DecodeError> {
        Ok(self.array::<1>(what)?[0])
    }
    pub fn bool(&mut self, what: &'static str) -> Result<bool, DecodeError> {
        match self.u8(what)? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.invalid(what)),
        }
    }
    pub fn u32(&mut self, what: &'static str) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }
    pub fn u64(&mut self, what: &'static str) -> Result<u64, DecodeError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }
    pub fn i64(&mut self, what: &'static str) -> Result<i64, DecodeError> {
        Ok(i64::from_le_bytes(self.array(what)?))
    }
    pub fn u128(&mut self, what: &'static str) -> Result<u128, DecodeError> {
        Ok(u128::from_le_bytes(self.array(what)?))
    }
    /// A count of items that each take at least `min_item_bytes`: a count
    /// the remaining bytes cannot hold is rejected before anything is
    /// allocated for it.
    pub fn count(
        &mut self,
        min_item_bytes: usize,
        what: &'static str,
    ) -> Result<usize, DecodeError> {
        let n = self.u32(what)? as usize;
        if n.saturating_mul(min_item_bytes.max(1)) > self.remaining() {
            return Err(DecodeError::Eof { at: self.pos, what });
        }
        Ok(n)
    }
    pub fn bytes(&mut self, what: &'static str) -> Result<&'a [u8], DecodeError> {
        let n = self.u32(what)? as usize;
        self.take(n, what)
    }
    pub fn string(&mut self, what: &'static str) -> Result<String, DecodeError> {
        let at = self.pos;
        let b = self.bytes(what)?;
        String::from_utf8(b.to_vec()).map_err(|_| DecodeError::Invalid { at, what })
    }
    pub fn opt<T>(
        &mut self,
        what: &'static str,
        f: impl FnOnce(&mut Reader<'a>) -> Result<T, DecodeError>,
    ) -> Result<Option<T>, DecodeError> {
        match self.u8(what)? {
            0 => Ok(None),
            1 => f(self).map(Some),
            _ => Err(self.invalid(what)),
        }
    }
    pub fn seq<T>(
        &mut self,
        min_item_bytes: usize,
        what: &'static str,
        mut f: impl FnMut(&mut Reader<'a>) -> Result<T, DecodeError>,
    ) -> Result<Vec<T>, DecodeError> {
        let n = self.count(min_item_bytes, what)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(f(self)?);
        }
        Ok(v)
    }
    /// Fails unless every byte was read.
    pub fn finish(&self, what: &'static str) -> Result<(), DecodeError> {
        if self.remaining() == 0 {
            Ok(())
        } else {
            Err(self.invalid(what))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitives_round_trip() {
        let mut w = Writer::new();
        w.u8(7);
        w.u32(0xdead_beef);
        w.i64(-5);
        w.str("héllo");
        w.opt(Some(3u32), |w, v| w.u32(v));
        w.seq(&[1u64, 2, 3], |w, v| w.u64(*v));
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.u8("a"), Ok(7));
        assert_eq!(r.u32("b"), Ok(0xdead_beef));
        assert_eq!(r.i64("c"), Ok(-5));
        assert_eq!(r.string("d").as_deref(), Ok("héllo"));
        assert_eq!(r.opt("e", |r| r.u32("e")), Ok(Some(3)));
        assert_eq!(r.seq(8, "f", |r| r.u64("f")), Ok(vec![1, 2, 3]));
        assert!(r.finish("end").is_ok());
    }

    #[test]
    fn huge_counts_are_refused_before_allocating() {
        let mut w = Writer::new();
        w.u32(u32::MAX);
        let mut r = Reader::new(&w.bytes);
        assert!(matches!(
            r.seq(1, "items", |r| r.u8("item")),
            Err(DecodeError::Eof { .. })
        ));
    }
}
