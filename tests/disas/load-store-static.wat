;; Loads and stores under static bounds checks: widths, sign
;; extension, constant offsets (small, and one past 64 KiB), floats.
(module
  (memory 1)
  (func (export "load_i32") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load_i64_offset") (param i32) (result i64) (i64.load offset=16 (local.get 0)))
  (func (export "load8_s") (param i32) (result i32) (i32.load8_s offset=3 (local.get 0)))
  (func (export "load16_u_i64") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "load_far") (param i32) (result i32) (i32.load offset=0x10010 (local.get 0)))
  (func (export "store_i32") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "store8") (param i32 i32) (i32.store8 offset=1 (local.get 0) (local.get 1)))
  (func (export "store_f64") (param i32 f64) (f64.store offset=8 (local.get 0) (local.get 1)))
  (func (export "copy_word") (param i32 i32) (i64.store (local.get 1) (i64.load (local.get 0)))))
