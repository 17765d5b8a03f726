;; Calls to imported (host) functions, with integer and float arguments.
(module
  (import "env" "log" (func $log (param i32)))
  (import "env" "mix" (func $mix (param i64 f64) (result f32)))
  (func (export "run") (param i32) (result f32)
    (call $log (local.get 0))
    (call $mix (i64.extend_i32_u (local.get 0)) (f64.const 0.5))))
