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

    /// The integer shape with lanes twice as wide (`I8x16` → `I16x8`, …,
    /// `I32x4` → `I64x2`); `None` for `I64x2` and the float shapes.
    #[inline]
    pub fn widened(self) -> Option<Shape> {
        match self {
            Shape::I8x16 => Some(Shape::I16x8),
            Shape::I16x8 => Some(Shape::I32x4),
            Shape::I32x4 => Some(Shape::I64x2),
            Shape::I64x2 | Shape::F32x4 | Shape::F64x2 => None,
        }
    }

    /// The integer shape with lanes half as wide (`I16x8` → `I8x16`, …,
    /// `I64x2` → `I32x4`); `None` for `I8x16` and the float shapes.
    #[inline]
    pub fn narrowed(self) -> Option<Shape> {
        match self {
            Shape::I16x8 => Some(Shape::I8x16),
            Shape::I32x4 => Some(Shape::I16x8),
            Shape::I64x2 => Some(Shape::I32x4),
            Shape::I8x16 | Shape::F32x4 | Shape::F64x2 => None,
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
        assert_eq!(Shape::I8x16.widened(), Some(Shape::I16x8));
        assert_eq!(Shape::I64x2.narrowed(), Some(Shape::I32x4));
        assert_eq!(Shape::F64x2.widened(), None);
    }
}
