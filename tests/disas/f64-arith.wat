;; f64 arithmetic and rounding.
(module
  (func (export "arith") (param f64 f64) (result f64)
    (f64.sub (f64.mul (local.get 0) (local.get 1)) (f64.div (local.get 0) (f64.const 3))))
  (func (export "rounding") (param f64) (result f64)
    (f64.add (f64.add (f64.floor (local.get 0)) (f64.ceil (local.get 0)))
      (f64.add (f64.trunc (local.get 0)) (f64.nearest (local.get 0)))))
  (func (export "min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
  (func (export "compare") (param f64 f64) (result i32) (f64.ge (local.get 0) (local.get 1))))
