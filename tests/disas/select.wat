;; select on integers and floats, and the typed form.
(module
  (func (export "max_i32") (param i32 i32) (result i32)
    (select (local.get 0) (local.get 1) (i32.gt_s (local.get 0) (local.get 1))))
  (func (export "pick_f64") (param f64 f64 i32) (result f64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "typed_i64") (param i64 i64 i32) (result i64)
    (select (result i64) (local.get 0) (local.get 1) (local.get 2))))
