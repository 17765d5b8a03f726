;; A loop whose integers, floats and vectors stay in registers across its
;; header, where the epoch check is (tests/aarch64/profile.sh,
;; the integration tests' interrupts.rs).
(module
  (func (export "mix") (param $n i32) (result i64 f64 i64)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64) (local $e i64)
    (local $x f64) (local $y f64) (local $z f32) (local $v v128) (local $w v128)
    (local.set $a (i64.const 1)) (local.set $x (f64.const 1.5))
    (local.set $w (v128.const i32x4 1 2 3 4))
    (loop $l
      (local.set $a (i64.add (i64.mul (local.get $a) (i64.const 3)) (i64.const 1)))
      (local.set $b (i64.xor (local.get $b) (local.get $a)))
      (local.set $c (i64.add (local.get $c) (local.get $b)))
      (local.set $d (i64.rotl (i64.add (local.get $d) (local.get $c)) (i64.const 7)))
      (local.set $e (i64.sub (local.get $e) (local.get $d)))
      (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 1.0001)) (f64.const 0.5)))
      (local.set $y (f64.sub (local.get $y) (f64.convert_i64_s (i64.and (local.get $a) (i64.const 255)))))
      (local.set $z (f32.add (local.get $z) (f32.const 0.25)))
      (local.set $v (i32x4.add (local.get $v) (local.get $w)))
      (local.set $w (i32x4.mul (local.get $w) (i32x4.splat (local.get $n))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i64.xor (i64.xor (local.get $a) (local.get $b))
             (i64.xor (i64.xor (local.get $c) (local.get $d)) (local.get $e)))
    (f64.add (f64.add (local.get $x) (local.get $y)) (f64.promote_f32 (local.get $z)))
    (i64.xor (i64x2.extract_lane 0 (local.get $v)) (i64x2.extract_lane 1 (local.get $w)))))
