//! The lane shapes of a `v128`, shared by every back end's SIMD code.

/// A lane interpretation of a 128-bit vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    I8x16,
    I16x8,
    I32x4,
    I64x2,
    F32x4,
    F64x2,
}

impl Shape {
    /// Number of lanes.
    pub fn lanes(self) -> u32 {
        match self {
            Shape::I8x16 => 16,
            Shape::I16x8 => 8,
            Shape::I32x4 | Shape::F32x4 => 4,
            Shape::I64x2 | Shape::F64x2 => 2,
        }
    }

    /// Bits per lane.
    pub fn lane_bits(self) -> u32 {
        128 / self.lanes()
    }

    /// Bytes per lane.
    pub fn lane_bytes(self) -> u8 {
        (self.lane_bits() / 8) as u8
    }

    /// Whether the lanes are floats.
    pub fn is_float(self) -> bool {
        matches!(self, Shape::F32x4 | Shape::F64x2)
    }

    /// The integer shape with lanes of the same width.
    pub fn as_int(self) -> Shape {
        match self {
            Shape::F32x4 => Shape::I32x4,
            Shape::F64x2 => Shape::I64x2,
            s => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        assert_eq!(Shape::I8x16.lane_bytes(), 1);
        assert_eq!(Shape::F64x2.lane_bits(), 64);
        assert_eq!(Shape::F32x4.as_int(), Shape::I32x4);
        assert!(Shape::F32x4.is_float() && !Shape::I64x2.is_float());
    }
}
