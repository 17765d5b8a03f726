;; i64 arithmetic, shifts, bit counts and a large constant.
(module
  (func (export "add_mul") (param i64 i64) (result i64)
    (i64.mul (i64.add (local.get 0) (local.get 1)) (i64.const 0x123456789abcdef)))
  (func (export "shifts") (param i64 i64) (result i64)
    (i64.or (i64.shl (local.get 0) (local.get 1)) (i64.rotr (local.get 0) (i64.const 13))))
  (func (export "counts") (param i64) (result i64)
    (i64.add (i64.clz (local.get 0)) (i64.popcnt (local.get 0))))
  (func (export "compare") (param i64 i64) (result i32)
    (i32.and (i64.gt_s (local.get 0) (local.get 1)) (i64.ne (local.get 0) (i64.const -1)))))
