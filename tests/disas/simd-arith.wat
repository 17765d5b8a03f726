;; SIMD lane arithmetic, splat, extract, shuffle and a comparison mask.
(module
  (func (export "i32x4_add_mul") (param v128 v128) (result v128)
    (i32x4.mul (i32x4.add (local.get 0) (local.get 1)) (v128.const i32x4 1 2 3 4)))
  (func (export "f32x4_fma_like") (param v128 v128 f32) (result v128)
    (f32x4.add (f32x4.mul (local.get 0) (local.get 1)) (f32x4.splat (local.get 2))))
  (func (export "extract") (param v128) (result i64)
    (i64.add (i64x2.extract_lane 1 (local.get 0)) (i64.extend_i32_s (i8x16.extract_lane_s 3 (local.get 0)))))
  (func (export "shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get 0) (local.get 1)))
  (func (export "bitmask") (param v128 v128) (result i32)
    (i16x8.bitmask (i16x8.lt_s (local.get 0) (local.get 1)))))
