;; Trident's deterministic choices for relaxed SIMD
;; (lib/compiler/src/driver/decode/relaxed.rs): exact results, including
;; the inputs where the proposal allows several, so that every back end
;; and ISA must give the same bits. Run by `make spec` on x86-64 (every
;; back end) and by `make spec-aarch64` under qemu.

(module
  (func (export "swizzle") (param v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  (func (export "trunc_f32x4_s") (param v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_s (local.get 0)))
  (func (export "trunc_f32x4_u") (param v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_u (local.get 0)))
  (func (export "trunc_f64x2_s_zero") (param v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_s_zero (local.get 0)))
  (func (export "trunc_f64x2_u_zero") (param v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_u_zero (local.get 0)))
  (func (export "laneselect_i8") (param v128 v128 v128) (result v128)
    (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "laneselect_i32") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "min_f32") (param v128 v128) (result v128)
    (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max_f64") (param v128 v128) (result v128)
    (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "q15mulr") (param v128 v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  (func (export "madd_f32") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd_f64") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "dot") (param v128 v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; Indices of 16 and above (and negative ones) give 0, as i8x16.swizzle.
(assert_return (invoke "swizzle"
    (v128.const i8x16 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25)
    (v128.const i8x16 0 15 16 -1 -128 127 31 32 1 2 3 4 5 6 7 8))
  (v128.const i8x16 10 25 0 0 0 0 0 0 11 12 13 14 15 16 17 18))

;; NaN gives 0 and out-of-range values saturate, as trunc_sat.
(assert_return (invoke "trunc_f32x4_s" (v128.const f32x4 nan 3e9 -3e9 -2.5))
  (v128.const i32x4 0 2147483647 -2147483648 -2))
(assert_return (invoke "trunc_f32x4_u" (v128.const f32x4 nan 5e9 -1.5 4294967040.0))
  (v128.const i32x4 0 -1 0 -256))
(assert_return (invoke "trunc_f64x2_s_zero" (v128.const f64x2 -nan 1e10))
  (v128.const i32x4 0 2147483647 0 0))
(assert_return (invoke "trunc_f64x2_u_zero" (v128.const f64x2 -1e10 4294967295.9))
  (v128.const i32x4 0 -1 0 0))

;; A mask that is not all ones or all zeros selects bit by bit.
(assert_return (invoke "laneselect_i8"
    (v128.const i8x16 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1)
    (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
    (v128.const i8x16 0x0f 0xf0 0x55 0 -1 1 2 3 4 5 6 7 8 9 10 11))
  (v128.const i8x16 0x0f 0xf0 0x55 0 -1 1 2 3 4 5 6 7 8 9 10 11))
(assert_return (invoke "laneselect_i32"
    (v128.const i32x4 0x12345678 0x12345678 0x12345678 0x12345678)
    (v128.const i32x4 0x87654321 0x87654321 0x87654321 0x87654321)
    (v128.const i32x4 0x80000000 0x7fffffff 0xffff0000 0))
  (v128.const i32x4 0x07654321 0x92345678 0x12344321 0x87654321))

;; Signed zeros are ordered (-0 < +0) and NaN propagates, as min/max.
(assert_return (invoke "min_f32"
    (v128.const f32x4 0.0 -0.0 1.0 nan)
    (v128.const f32x4 -0.0 0.0 nan 2.0))
  (v128.const f32x4 -0.0 -0.0 nan:arithmetic nan:arithmetic))
(assert_return (invoke "max_f64" (v128.const f64x2 -0.0 0.0) (v128.const f64x2 0.0 -0.0))
  (v128.const f64x2 0.0 0.0))

;; -32768 * -32768 saturates to 32767, as q15mulr_sat_s.
(assert_return (invoke "q15mulr"
    (v128.const i16x8 -32768 -32768 16384 1 0 0 0 0)
    (v128.const i16x8 -32768 32767 16384 1 0 0 0 0))
  (v128.const i16x8 32767 -32767 8192 0 0 0 0 0))

;; Not fused: (1 + 2^-23)^2 rounds to 1 + 2^-22 before 1 + 2^-22 is
;; subtracted, giving 0 (fused: 2^-46); 1e38 * 10 overflows to +inf before
;; -inf is added, giving NaN (fused: -inf).
(assert_return (invoke "madd_f32"
    (v128.const f32x4 0x1.000002p+0 2.0 -1.0 1e38)
    (v128.const f32x4 0x1.000002p+0 3.0 -1.0 10.0)
    (v128.const f32x4 -0x1.000004p+0 1.0 -1.0 -inf))
  (v128.const f32x4 0.0 7.0 0.0 nan:canonical))
;; nmadd is -(a*b) + c, also rounded twice.
(assert_return (invoke "nmadd_f64"
    (v128.const f64x2 0x1.0000000000001p+0 2.0)
    (v128.const f64x2 0x1.0000000000001p+0 3.0)
    (v128.const f64x2 0x1.0000000000002p+0 1.0))
  (v128.const f64x2 0.0 -5.0))

;; Both operands signed, pairs summed wrapping to 16 bits: -128 * -128 * 2
;; is 32768, which wraps to -32768; -128 * -127 * 2 is 32512.
(assert_return (invoke "dot"
    (v128.const i8x16 -128 -128 -128 -128 1 2 3 4 -1 1 0 0 127 127 5 -5)
    (v128.const i8x16 -128 -128 -127 -127 5 6 7 8 -1 -1 0 0 -128 127 5 5))
  (v128.const i16x8 -32768 32512 17 53 0 0 -127 0))
(assert_return (invoke "dot_add"
    (v128.const i8x16 -128 -128 -128 -128 -128 -128 -128 -128 1 2 3 4 0 0 0 0)
    (v128.const i8x16 -128 -128 -128 -128 -127 -127 -127 -127 1 1 1 1 0 0 0 0)
    (v128.const i32x4 1 2 3 -4))
  (v128.const i32x4 -65535 65026 13 -4))
