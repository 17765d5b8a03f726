;; A 64-bit memory (memory64) and table (table64): every access is checked
;; explicitly under both bounds-check styles, `index + offset + size`
;; with the carry out of 64 bits trapping too; offsets past 2^32 are
;; added whole; memory.size and table.size are i64.
(module
  (memory i64 1 10)
  (table i64 1 funcref)
  (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "store_far") (param i64 i64)
    (i64.store offset=0x1_0000_0010 (local.get 0) (local.get 1)))
  (func (export "size") (result i64) (memory.size))
  (func (export "table_get") (param i64) (result funcref) (table.get (local.get 0)))
  (func (export "table_size") (result i64) (table.size)))
