;; SIMD loads and stores: full width, splat, zero-extending, lane.
(module
  (memory 1)
  (func (export "load_store") (param i32 i32) (v128.store offset=16 (local.get 1) (v128.load (local.get 0))))
  (func (export "load_splat") (param i32) (result v128) (v128.load32_splat (local.get 0)))
  (func (export "load_zero") (param i32) (result v128) (v128.load64_zero offset=8 (local.get 0)))
  (func (export "load_lane") (param i32 v128) (result v128) (v128.load16_lane 5 (local.get 0) (local.get 1))))
