;; Locals of every scalar type, zero-initialized, with tee and more live
;; values than registers.
(module
  (func (export "mix") (param i32 i64 f32 f64) (result f64)
    (local i32 i64 f32 f64)
    (local.set 4 (i32.add (local.get 0) (i32.const 1)))
    (local.set 5 (i64.extend_i32_u (local.tee 4 (i32.mul (local.get 4) (local.get 4)))))
    (local.set 6 (f32.add (local.get 2) (f32.convert_i32_s (local.get 4))))
    (local.set 7 (f64.add (local.get 3) (f64.promote_f32 (local.get 6))))
    (f64.add (local.get 7) (f64.convert_i64_s (i64.add (local.get 1) (local.get 5)))))
  (func (export "pressure") (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (local.set 2 (i32.add (local.get 1) (i32.const 2)))
    (local.set 3 (i32.add (local.get 2) (i32.const 3)))
    (local.set 4 (i32.add (local.get 3) (i32.const 4)))
    (local.set 5 (i32.add (local.get 4) (i32.const 5)))
    (local.set 6 (i32.add (local.get 5) (i32.const 6)))
    (local.set 7 (i32.add (local.get 6) (i32.const 7)))
    (local.set 8 (i32.add (local.get 7) (i32.const 8)))
    (local.set 9 (i32.add (local.get 8) (i32.const 9)))
    (local.set 10 (i32.add (local.get 9) (i32.const 10)))
    (local.set 11 (i32.add (local.get 10) (i32.const 11)))
    (local.set 12 (i32.add (local.get 11) (i32.const 12)))
    (local.set 13 (i32.add (local.get 12) (i32.const 13)))
    (local.set 14 (i32.add (local.get 13) (i32.const 14)))
    (local.set 15 (i32.add (local.get 14) (i32.const 15)))
    (local.set 16 (i32.add (local.get 15) (i32.const 16)))
    local.get 1 local.get 2 i32.xor local.get 3 i32.xor local.get 4 i32.xor
    local.get 5 i32.xor local.get 6 i32.xor local.get 7 i32.xor local.get 8 i32.xor
    local.get 9 i32.xor local.get 10 i32.xor local.get 11 i32.xor local.get 12 i32.xor
    local.get 13 i32.xor local.get 14 i32.xor local.get 15 i32.xor local.get 16 i32.xor))
