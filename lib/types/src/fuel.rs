//! The fuel cost table: what every operator costs, including the part of
//! the bulk memory and table operators that grows with their length.
//!
//! It is the one place prices live. The compiler adds each operator's
//! fixed cost ([`FuelCosts::operator`]'s table, applied by
//! `trident_compiler::fuel::operator_cost`) to the running count at compile
//! time; the runtime builtins behind `memory.copy`/`fill`/`init` and
//! `table.copy`/`fill`/`init` add the length part
//! ([`FuelCosts::memory_length_cost`], [`FuelCosts::table_length_cost`]),
//! the same code for every back end. Because prices are compiled into code,
//! the table is part of [`CompilerOptions`](crate::CompilerOptions): an
//! artifact, a cache entry or a linked executable compiled with another
//! table is different code.

use std::fmt;

/// What operators cost in fuel (see the README's cost table).
///
/// A bulk operator costs `bulk` plus `chunk` for every started chunk of
/// its length: `bulk + chunk × ⌈len / memory_chunk_bytes⌉` for the memory
/// operators, `bulk + chunk × ⌈len / table_chunk_elements⌉` for the table
/// ones. The length part is paid before the operator has any effect: when
/// the store cannot pay it, the operator traps with `OutOfFuel`, changes
/// nothing, and consumes only its fixed cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuelCosts {
    /// `nop`, `block`, `loop`, `end`, `else`, `drop` (they generate no
    /// work). Default 0.
    pub structural: u32,
    /// `call`, `call_indirect`. Default 2.
    pub call: u32,
    /// The fixed part of `memory.copy`, `memory.fill`, `memory.init`,
    /// `table.copy`, `table.fill`, `table.init`. Default 1.
    pub bulk: u32,
    /// `memory.grow`, `table.grow` (flat: see the README on why growth is
    /// not priced by length). Default 1.
    pub grow: u32,
    /// Every other operator. Default 1.
    pub other: u32,
    /// Bytes per chunk of the bulk memory operators. Default 64.
    pub memory_chunk_bytes: u32,
    /// Elements per chunk of the bulk table operators. Default 8.
    pub table_chunk_elements: u32,
    /// Fuel per started chunk. Default 1.
    pub chunk: u32,
}

impl Default for FuelCosts {
    fn default() -> Self {
        FuelCosts::DEFAULT
    }
}

/// The keys of a cost file, in [`FuelCosts`] field order.
const KEYS: [&str; 8] = [
    "structural",
    "call",
    "bulk",
    "grow",
    "other",
    "memory_chunk_bytes",
    "table_chunk_elements",
    "chunk",
];

/// Why a cost table was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("fuel cost table, line {line}: {message}")]
pub struct FuelCostsError {
    /// 1-based line of the cost file (0: the table as a whole).
    pub line: usize,
    pub message: String,
}

impl FuelCosts {
    /// The default prices.
    pub const DEFAULT: FuelCosts = FuelCosts {
        structural: 0,
        call: 2,
        bulk: 1,
        grow: 1,
        other: 1,
        memory_chunk_bytes: 64,
        table_chunk_elements: 8,
        chunk: 1,
    };

    fn fields(&self) -> [u32; 8] {
        [
            self.structural,
            self.call,
            self.bulk,
            self.grow,
            self.other,
            self.memory_chunk_bytes,
            self.table_chunk_elements,
            self.chunk,
        ]
    }

    fn field_mut(&mut self, index: usize) -> Option<&mut u32> {
        Some(match index {
            0 => &mut self.structural,
            1 => &mut self.call,
            2 => &mut self.bulk,
            3 => &mut self.grow,
            4 => &mut self.other,
            5 => &mut self.memory_chunk_bytes,
            6 => &mut self.table_chunk_elements,
            7 => &mut self.chunk,
            _ => return None,
        })
    }

    /// The fields as `u32`s in a fixed order (artifact encoding).
    pub fn to_array(&self) -> [u32; 8] {
        self.fields()
    }

    /// The table from [`FuelCosts::to_array`]'s order, checked.
    pub fn from_array(values: [u32; 8]) -> Result<FuelCosts, FuelCostsError> {
        let mut c = FuelCosts::DEFAULT;
        for (i, v) in values.into_iter().enumerate() {
            if let Some(f) = c.field_mut(i) {
                *f = v;
            }
        }
        c.check()?;
        Ok(c)
    }

    /// The highest fixed cost of one operator: compilers batch fixed costs
    /// into 32-bit immediates.
    pub const MAX_OPERATOR_COST: u32 = 1 << 20;

    /// Checks the chunk sizes are not zero and no fixed cost exceeds
    /// [`FuelCosts::MAX_OPERATOR_COST`].
    pub fn check(&self) -> Result<(), FuelCostsError> {
        let fixed = [self.structural, self.call, self.bulk, self.grow, self.other];
        if fixed.iter().any(|c| *c > Self::MAX_OPERATOR_COST) {
            return Err(FuelCostsError {
                line: 0,
                message: format!(
                    "structural, call, bulk, grow and other may be at most {}",
                    Self::MAX_OPERATOR_COST
                ),
            });
        }
        if self.memory_chunk_bytes == 0 || self.table_chunk_elements == 0 {
            return Err(FuelCostsError {
                line: 0,
                message: "memory_chunk_bytes and table_chunk_elements must be at least 1".into(),
            });
        }
        Ok(())
    }

    /// Parses a cost file: lines `key = value` (a TOML subset), `#`
    /// comments and blank lines ignored. Keys are the field names; any key
    /// left out keeps its default, an unknown or repeated key, a value
    /// that is not a non-negative integer below 2³², or a zero chunk size
    /// is an error, as is a fixed cost above
    /// [`FuelCosts::MAX_OPERATOR_COST`].
    pub fn parse(text: &str) -> Result<FuelCosts, FuelCostsError> {
        let mut c = FuelCosts::DEFAULT;
        let mut seen = [false; 8];
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let err = |message: String| FuelCostsError { line, message };
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let Some((key, value)) = content.split_once('=') else {
                return Err(err(format!("expected `key = value`, found `{content}`")));
            };
            let (key, value) = (key.trim(), value.trim());
            let Some(index) = KEYS.iter().position(|k| *k == key) else {
                return Err(err(format!(
                    "unknown key `{key}` (known: {})",
                    KEYS.join(", ")
                )));
            };
            if std::mem::replace(&mut seen[index], true) {
                return Err(err(format!("`{key}` is given twice")));
            }
            let v: u32 = value.replace('_', "").parse().map_err(|_| {
                err(format!(
                    "`{key}`: `{value}` is not an integer from 0 to {}",
                    u32::MAX
                ))
            })?;
            if let Some(f) = c.field_mut(index) {
                *f = v;
            }
        }
        c.check()?;
        Ok(c)
    }

    /// The table as a cost file [`FuelCosts::parse`] reads back.
    pub fn to_file(&self) -> String {
        KEYS.iter()
            .zip(self.fields())
            .map(|(k, v)| format!("{k} = {v}\n"))
            .collect()
    }

    /// The length part of `memory.copy`/`fill`/`init` of `len` bytes.
    pub fn memory_length_cost(&self, len: u64) -> i64 {
        self.length_cost(len, self.memory_chunk_bytes)
    }

    /// The length part of `table.copy`/`fill`/`init` of `len` elements.
    pub fn table_length_cost(&self, len: u64) -> i64 {
        self.length_cost(len, self.table_chunk_elements)
    }

    fn length_cost(&self, len: u64, chunk_size: u32) -> i64 {
        // A 64-bit length (memory64) can overflow the product; anything
        // above i64::MAX is more than any store can hold anyway.
        let chunks = len.div_ceil(u64::from(chunk_size.max(1)));
        let cost = chunks.saturating_mul(u64::from(self.chunk));
        i64::try_from(cost).unwrap_or(i64::MAX)
    }
}

impl fmt::Display for FuelCosts {
    /// `key=value` pairs in field order (settings fingerprints, messages).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (k, v)) in KEYS.iter().zip(self.fields()).enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{k}={v}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_costs_round_up() {
        let c = FuelCosts::DEFAULT;
        assert_eq!(c.memory_length_cost(0), 0);
        assert_eq!(c.memory_length_cost(1), 1);
        assert_eq!(c.memory_length_cost(64), 1);
        assert_eq!(c.memory_length_cost(65), 2);
        assert_eq!(c.memory_length_cost(1024), 16);
        assert_eq!(c.memory_length_cost(65536), 1024);
        assert_eq!(c.table_length_cost(9), 2);
        let dear = FuelCosts {
            chunk: u32::MAX,
            memory_chunk_bytes: 1,
            ..c
        };
        // (2^32 - 1)^2 does not fit: the most an i64 holds, which no
        // store can pay.
        assert_eq!(dear.memory_length_cost(u64::from(u32::MAX)), i64::MAX);
        assert_eq!(dear.memory_length_cost(2), 2 * i64::from(u32::MAX));
        // A memory64 length whose chunk product overflows u64 saturates.
        assert_eq!(dear.memory_length_cost(u64::MAX), i64::MAX);
    }

    #[test]
    fn parses_what_it_writes() {
        let c = FuelCosts {
            call: 5,
            chunk: 3,
            ..FuelCosts::DEFAULT
        };
        assert_eq!(FuelCosts::parse(&c.to_file()), Ok(c));
        let parsed = FuelCosts::parse("# prices\n\ncall = 7 # dearer\nmemory_chunk_bytes=1_024\n");
        assert_eq!(
            parsed,
            Ok(FuelCosts {
                call: 7,
                memory_chunk_bytes: 1024,
                ..FuelCosts::DEFAULT
            })
        );
        assert_eq!(FuelCosts::from_array(c.to_array()), Ok(c));
    }

    #[test]
    fn refuses_bad_files() {
        for (text, line) in [
            ("calls = 1", 1),
            ("\ncall = -1", 2),
            ("call = 1\ncall = 2", 2),
            ("call", 1),
            ("memory_chunk_bytes = 0", 0),
            ("other = 4294967296", 1),
            ("other = 1048577", 0),
        ] {
            let e = FuelCosts::parse(text).unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
        }
    }
}
