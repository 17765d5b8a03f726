;; f32 arithmetic, min/max (NaN and signed-zero rules), sign operations.
(module
  (func (export "arith") (param f32 f32) (result f32)
    (f32.div (f32.mul (f32.add (local.get 0) (local.get 1)) (f32.const 1.5)) (f32.sub (local.get 1) (local.get 0))))
  (func (export "sqrt") (param f32) (result f32) (f32.sqrt (local.get 0)))
  (func (export "min_max") (param f32 f32) (result f32)
    (f32.add (f32.min (local.get 0) (local.get 1)) (f32.max (local.get 0) (local.get 1))))
  (func (export "signs") (param f32 f32) (result f32)
    (f32.copysign (f32.abs (local.get 0)) (f32.neg (local.get 1))))
  (func (export "compare") (param f32 f32) (result i32)
    (i32.or (f32.lt (local.get 0) (local.get 1)) (f32.ne (local.get 0) (local.get 0)))))
