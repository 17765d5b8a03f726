;; Several results: returned, passed through a call and a block.
(module
  (func $swap (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
  (func (export "divmod") (param i32 i32) (result i32 i32)
    (i32.div_u (local.get 0) (local.get 1))
    (i32.rem_u (local.get 0) (local.get 1)))
  (func (export "via_call") (param i32 i64) (result i64)
    (call $swap (local.get 0) (local.get 1))
    (i64.extend_i32_u)
    (i64.add))
  (func (export "block_pair") (param i32) (result i32)
    (block (result i32 i32) (local.get 0) (i32.const 5))
    (i32.mul)))
