;; Table operations: get, set, size, grow, fill; ref.null, ref.is_null,
;; ref.func.
(module
  (table $t 2 10 funcref)
  (table $x 1 externref)
  (func $f)
  (elem declare func $f)
  (func (export "get_is_null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
  (func (export "set_func") (param i32) (table.set $t (local.get 0) (ref.func $f)))
  (func (export "set_extern") (param externref) (table.set $x (i32.const 0) (local.get 0)))
  (func (export "size_grow") (result i32)
    (i32.add (table.size $t) (table.grow $t (ref.null func) (i32.const 1))))
  (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.null func) (local.get 1))))
