;; A call with more arguments than argument registers (some on the stack).
(module
  (func $many (param i32 i64 i32 i64 i32 i64 i32 i64 i32 i64 f32 f64 f32 f64 f32 f64 f32 f64 f32 f64) (result i64)
    (i64.add (local.get 9) (i64.extend_i32_u (local.get 8))))
  (func (export "caller") (param i64) (result i64)
    (call $many
      (i32.const 1) (local.get 0) (i32.const 3) (i64.const 4) (i32.const 5)
      (i64.const 6) (i32.const 7) (i64.const 8) (i32.const 9) (local.get 0)
      (f32.const 1) (f64.const 2) (f32.const 3) (f64.const 4) (f32.const 5)
      (f64.const 6) (f32.const 7) (f64.const 8) (f32.const 9) (f64.const 10))))
