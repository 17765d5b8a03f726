;; Bulk memory: fill, copy, init and data.drop.
(module
  (memory 1)
  (data $d "hello")
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32) (memory.init $d (local.get 0) (i32.const 0) (i32.const 5)) (data.drop $d)))
