;; i32 arithmetic, bit operations and comparisons on parameters.
(module
  (func (export "add_mul") (param i32 i32) (result i32)
    (i32.mul (i32.add (local.get 0) (local.get 1)) (i32.sub (local.get 0) (i32.const 7))))
  (func (export "bits") (param i32 i32) (result i32)
    (i32.xor
      (i32.and (local.get 0) (i32.or (local.get 1) (i32.const 0xff00)))
      (i32.rotl (local.get 0) (local.get 1))))
  (func (export "shifts") (param i32 i32) (result i32)
    (i32.add (i32.shl (local.get 0) (local.get 1))
      (i32.add (i32.shr_s (local.get 0) (i32.const 3)) (i32.shr_u (local.get 1) (local.get 0)))))
  (func (export "counts") (param i32) (result i32)
    (i32.add (i32.clz (local.get 0)) (i32.add (i32.ctz (local.get 0)) (i32.popcnt (local.get 0)))))
  (func (export "compare") (param i32 i32) (result i32)
    (i32.add (i32.lt_s (local.get 0) (local.get 1))
      (i32.add (i32.ge_u (local.get 0) (local.get 1)) (i32.eqz (local.get 0))))))
