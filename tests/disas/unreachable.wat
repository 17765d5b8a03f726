;; unreachable: unconditional, and on one path only.
(module
  (func (export "always") unreachable)
  (func (export "guard") (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then unreachable))
    (i32.div_u (i32.const 100) (local.get 0))))
