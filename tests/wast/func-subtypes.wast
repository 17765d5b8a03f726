;; Declared function subtypes (`sub`): `call_indirect` of a type open to
;; subtypes accepts a function of any declared subtype (a different type
;; id, so the subtype check runs) and traps on any other type; a final
;; expected type accepts only itself. Function imports accept subtypes.
;; Ten parameters: some arguments travel on the stack on both ISAs, and
;; must survive the check's call into the runtime. Types are structural:
;; `$unrelated` is final, or it would be `$mid` itself.

(module $M
  (type $base (sub (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (type $mid (sub $base (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (type $leaf (sub final $mid (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (type $same_shape (sub final (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (type $unrelated (sub final $base (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))

  ;; tag * 1000 + a weighted sum of the arguments, so a lost argument shows.
  (func $body (param $tag i64) (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64)
    (i64.mul (local.get $tag) (i64.const 1000))
    (i64.add (i64.extend_i32_u (local.get 1)))
    (i64.add (i64.mul (local.get 2) (i64.const 2)))
    (i64.add (i64.trunc_f32_s (f32.mul (local.get 3) (f32.const 3))))
    (i64.add (i64.trunc_f64_s (f64.mul (local.get 4) (f64.const 4))))
    (i64.add (i64.mul (i64.extend_i32_u (local.get 5)) (i64.const 5)))
    (i64.add (i64.mul (local.get 6) (i64.const 6)))
    (i64.add (i64.trunc_f32_s (f32.mul (local.get 7) (f32.const 7))))
    (i64.add (i64.trunc_f64_s (f64.mul (local.get 8) (f64.const 8))))
    (i64.add (i64.mul (i64.extend_i32_u (local.get 9)) (i64.const 9)))
    (i64.add (i64.mul (local.get 10) (i64.const 10))))
  (func $f_base (export "f_base") (type $base)
    (call $body (i64.const 1) (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
      (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)))
  (func $f_mid (export "f_mid") (type $mid)
    (call $body (i64.const 2) (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
      (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)))
  (func $f_leaf (export "f_leaf") (type $leaf)
    (call $body (i64.const 3) (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
      (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)))
  (func $f_same (export "f_same") (type $same_shape)
    (call $body (i64.const 4) (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
      (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)))
  (func $f_unrelated (export "f_unrelated") (type $unrelated)
    (call $body (i64.const 5) (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
      (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)))
  (table (export "tab") 6 funcref)
  (elem (i32.const 0) func $f_base $f_mid $f_leaf $f_same $f_unrelated)

  ;; Arguments 1..10: the weighted sum is 1+4+9+...+100 = 385.
  (func (export "as_base") (param i32) (result i64)
    (call_indirect (type $base) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0)))
  (func (export "as_mid") (param i32) (result i64)
    (call_indirect (type $mid) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0)))
  (func (export "as_leaf") (param i32) (result i64)
    (call_indirect (type $leaf) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0)))
  (func (export "tail_as_mid") (param i32) (result i64)
    (return_call_indirect (type $mid) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0)))
  ;; Live values below the call's operands survive the check's runtime call.
  (func (export "as_base_in_sum") (param i32) (result i64)
    (i64.add (i64.const 7000000)
      (i64.add (i64.extend_i32_u (local.get 0))
        (call_indirect (type $base) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
          (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0))))))

(assert_return (invoke "as_base" (i32.const 0)) (i64.const 1385))
(assert_return (invoke "as_base" (i32.const 1)) (i64.const 2385))
(assert_return (invoke "as_base" (i32.const 2)) (i64.const 3385))
(assert_trap (invoke "as_base" (i32.const 3)) "indirect call type mismatch")
(assert_return (invoke "as_base" (i32.const 4)) (i64.const 5385))
(assert_trap (invoke "as_base" (i32.const 5)) "uninitialized element")
(assert_trap (invoke "as_base" (i32.const 6)) "undefined element")

(assert_trap (invoke "as_mid" (i32.const 0)) "indirect call type mismatch")
(assert_return (invoke "as_mid" (i32.const 1)) (i64.const 2385))
(assert_return (invoke "as_mid" (i32.const 2)) (i64.const 3385))
(assert_trap (invoke "as_mid" (i32.const 3)) "indirect call type mismatch")
(assert_trap (invoke "as_mid" (i32.const 4)) "indirect call type mismatch")

(assert_trap (invoke "as_leaf" (i32.const 1)) "indirect call type mismatch")
(assert_return (invoke "as_leaf" (i32.const 2)) (i64.const 3385))
(assert_trap (invoke "as_leaf" (i32.const 3)) "indirect call type mismatch")

(assert_return (invoke "tail_as_mid" (i32.const 2)) (i64.const 3385))
(assert_trap (invoke "tail_as_mid" (i32.const 0)) "indirect call type mismatch")

(assert_return (invoke "as_base_in_sum" (i32.const 2)) (i64.const 7003387))
(assert_return (invoke "as_base_in_sum" (i32.const 4)) (i64.const 7005389))
(assert_trap (invoke "as_base_in_sum" (i32.const 3)) "indirect call type mismatch")

(register "M" $M)

;; Another module declares the same hierarchy: the types are the same,
;; and its `call_indirect` through M's table sees M's subtypes.
(module
  (type $base (sub (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (type $mid (sub $base (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
  (import "M" "tab" (table 6 funcref))
  (import "M" "f_leaf" (func $leaf_as_base (type $base)))
  (func (export "through_tab") (param i32) (result i64)
    (call_indirect (type $mid) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10) (local.get 0)))
  (func (export "imported") (result i64)
    (call $leaf_as_base (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5)
      (i64.const 6) (f32.const 7) (f64.const 8) (i32.const 9) (i64.const 10))))

(assert_return (invoke "through_tab" (i32.const 2)) (i64.const 3385))
(assert_trap (invoke "through_tab" (i32.const 4)) "indirect call type mismatch")
(assert_return (invoke "imported") (i64.const 3385))

;; An import of a subtype refuses a function of its supertype, and one of
;; a same-shaped type that does not declare it.
(assert_unlinkable
  (module
    (type $base (sub (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
    (type $mid (sub $base (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
    (import "M" "f_base" (func (type $mid))))
  "incompatible import type")
(assert_unlinkable
  (module
    (type $base (sub (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
    (type $mid (sub $base (func (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64) (result i64))))
    (import "M" "f_same" (func (type $mid))))
  "incompatible import type")
