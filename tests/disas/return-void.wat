;; The smallest functions: empty, a constant, a dropped value, a nop.
(module
  (func (export "empty"))
  (func (export "const") (result i64) (i64.const -1))
  (func (export "drop") (param f32) (drop (local.get 0)) (nop)))
