;; The sign-extension operators.
(module
  (func (export "i32") (param i32) (result i32)
    (i32.add (i32.extend8_s (local.get 0)) (i32.extend16_s (local.get 0))))
  (func (export "i64") (param i64) (result i64)
    (i64.add (i64.extend8_s (local.get 0)) (i64.extend32_s (local.get 0)))))
