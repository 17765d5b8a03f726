;; if/else with results, nested blocks and an early return.
(module
  (func (export "abs_or_default") (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (i32.const 0))
      (then (i32.sub (i32.const 0) (local.get 0)))
      (else
        (if (result i32) (local.get 0)
          (then (local.get 0))
          (else (return (i32.const 99)))))))
  (func (export "clamp") (param f64) (result f64)
    (if (f64.gt (local.get 0) (f64.const 1)) (then (return (f64.const 1))))
    (if (f64.lt (local.get 0) (f64.const 0)) (then (return (f64.const 0))))
    (local.get 0)))
