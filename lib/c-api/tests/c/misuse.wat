(module
  (import "host" "f" (func $f (param i32) (result i32)))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func (export "call_host") (param i32) (result i32) (call $f (local.get 0)))
  (memory (export "m") 1 2)
  (table (export "t") 2 3 funcref)
  (global (export "g") (mut i32) (i32.const 1)))
