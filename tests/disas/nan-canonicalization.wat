;;! nan_canonicalization = true
;; NaN canonicalization of arithmetic results, scalar and vector; bit
;; operations are left alone.
(module
  (func (export "add_f32") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1)))
  (func (export "sqrt_f64") (param f64) (result f64) (f64.sqrt (local.get 0)))
  (func (export "neg_f64") (param f64) (result f64) (f64.neg (local.get 0)))
  (func (export "mul_f32x4") (param v128 v128) (result v128) (f32x4.mul (local.get 0) (local.get 1))))
