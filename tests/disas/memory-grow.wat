;; memory.size and memory.grow (a runtime call); a load after the grow.
(module
  (memory 1 10)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "grow_then_load") (result i32)
    (drop (memory.grow (i32.const 1)))
    (i32.load (i32.const 65536))))
