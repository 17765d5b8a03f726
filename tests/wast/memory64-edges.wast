;; memory64 and table64 cases the spec files leave out, each one a way a
;; 64-bit address could be truncated or wrap silently: offsets past 2^31
;; and 2^32, an offset plus access size past 2^64, an index whose sum with
;; the offset carries out of 64 bits, bulk operators whose 64-bit length
;; or delta would become small if cut to 32 bits, `memory.copy` between a
;; 32-bit and a 64-bit memory, and table64 indices past 2^32.

(module
  (memory $m64 i64 1 4)
  (memory $m32 1 4)
  (func (export "load") (param i64) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load_off1") (param i64) (result i32)
    (i32.load8_u offset=1 (local.get 0)))
  (func (export "load_off_2g") (param i64) (result i32)
    (i32.load8_u offset=0x8000_0000 (local.get 0)))
  (func (export "load_off_4g") (param i64) (result i32)
    (i32.load8_u offset=0x1_0000_0000 (local.get 0)))
  (func (export "load_off_max") (param i64) (result i32)
    (i32.load offset=0xffff_ffff_ffff_fffe (local.get 0)))
  (func (export "load64_off") (param i64) (result i64)
    (i64.load offset=0xfff8 (local.get 0)))
  (func (export "store") (param i64 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "store64") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "grow") (param i64) (result i64) (memory.grow $m64 (local.get 0)))
  (func (export "size") (result i64) (memory.size $m64))
  (func (export "grow32") (param i32) (result i32) (memory.grow $m32 (local.get 0)))
  (func (export "size32") (result i32) (memory.size $m32))
  (func (export "fill") (param i64 i32 i64)
    (memory.fill $m64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_32_to_64") (param i64 i32 i32)
    (memory.copy $m64 $m32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_64_to_32") (param i32 i64 i32)
    (memory.copy $m32 $m64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "load32") (param i32) (result i32) (i32.load8_u $m32 (local.get 0)))
  (func (export "store32") (param i32 i32) (i32.store8 $m32 (local.get 0) (local.get 1)))
)

;; Plain accesses at and past the end, and far past 2^32.
(assert_return (invoke "load" (i64.const 65535)) (i32.const 0))
(assert_trap (invoke "load" (i64.const 65536)) "out of bounds memory access")
(assert_trap (invoke "load" (i64.const 0x1_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "load" (i64.const -1)) "out of bounds memory access")
;; index + offset carries out of 64 bits: wrapped, it would be in bounds.
(assert_trap (invoke "load_off1" (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "load_off_2g" (i64.const -0x8000_0000)) "out of bounds memory access")
(assert_trap (invoke "load_off_4g" (i64.const -0x1_0000_0000)) "out of bounds memory access")
;; Large offsets, in a one-page memory.
(assert_trap (invoke "load_off_2g" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "load_off_4g" (i64.const 0)) "out of bounds memory access")
;; offset + 4 is past 2^64 whatever the index.
(assert_trap (invoke "load_off_max" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "load_off_max" (i64.const 2)) "out of bounds memory access")
;; The last whole i64 of the page, and one byte further.
(invoke "store64" (i64.const 0xfff8) (i64.const 0x0102_0304_0506_0708))
(assert_return (invoke "load64_off" (i64.const 0)) (i64.const 0x0102_0304_0506_0708))
(assert_trap (invoke "load64_off" (i64.const 1)) "out of bounds memory access")

;; memory.grow and memory.size are i64; a delta past 2^32 is not cut short.
(assert_return (invoke "grow" (i64.const 0x1_0000_0001)) (i64.const -1))
(assert_return (invoke "grow" (i64.const -1)) (i64.const -1))
(assert_return (invoke "size") (i64.const 1))
(assert_return (invoke "grow" (i64.const 1)) (i64.const 1))
(assert_return (invoke "size") (i64.const 2))
(assert_return (invoke "load" (i64.const 0x1_ffff)) (i32.const 0))
(assert_trap (invoke "load" (i64.const 0x2_0000)) "out of bounds memory access")
;; The 32-bit memory beside it keeps i32 results.
(assert_return (invoke "grow32" (i32.const 0x1_0000)) (i32.const -1))
(assert_return (invoke "grow32" (i32.const 1)) (i32.const 1))
(assert_return (invoke "size32") (i32.const 2))

;; memory.fill with 64-bit operands: a length of 2^32 + 1 (1 when cut to
;; 32 bits) and an end past 2^64 both trap, writing nothing.
(assert_trap (invoke "fill" (i64.const 0) (i32.const 1) (i64.const 0x1_0000_0001))
  "out of bounds memory access")
(assert_trap (invoke "fill" (i64.const -1) (i32.const 1) (i64.const 2))
  "out of bounds memory access")
(assert_return (invoke "load" (i64.const 0)) (i32.const 0))
(invoke "fill" (i64.const 0x1_0000) (i32.const 9) (i64.const 0x1_0000))
(assert_return (invoke "load" (i64.const 0x1_ffff)) (i32.const 9))
;; (the top byte of the i64 stored at 0xfff8 above, untouched)
(assert_return (invoke "load" (i64.const 0xffff)) (i32.const 1))
(assert_return (invoke "load" (i64.const 0x1_0000)) (i32.const 9))

;; memory.copy between the two index types (the length has the narrower).
(invoke "store32" (i32.const 10) (i32.const 5))
(invoke "copy_32_to_64" (i64.const 100) (i32.const 10) (i32.const 1))
(assert_return (invoke "load" (i64.const 100)) (i32.const 5))
(invoke "copy_64_to_32" (i32.const 20) (i64.const 0x1_ffff) (i32.const 1))
(assert_return (invoke "load32" (i32.const 20)) (i32.const 9))
(assert_trap (invoke "copy_64_to_32" (i32.const 0) (i64.const 0x1_0000_0000) (i32.const 0))
  "out of bounds memory access")
(assert_trap (invoke "copy_32_to_64" (i64.const -1) (i32.const 0) (i32.const 1))
  "out of bounds memory access")

;; A data segment at a 64-bit offset.
(module
  (memory i64 1)
  (data (i64.const 0xfffe) "\2a\2b")
  (func (export "load") (param i64) (result i32) (i32.load16_u (local.get 0))))
(assert_return (invoke "load" (i64.const 0xfffe)) (i32.const 0x2b2a))
(assert_trap
  (module (memory i64 1) (data (i64.const 0x1_0000_0000) "\01"))
  "out of bounds memory access")

;; table64: call_indirect, table.get/size/grow/fill with indices and
;; lengths past 2^32.
(module
  (type $t (func (result i32)))
  (table $t64 i64 2 funcref)
  (elem (table $t64) (i64.const 1) func $f)
  (func $f (type $t) (i32.const 42))
  (func (export "call") (param i64) (result i32)
    (call_indirect $t64 (type $t) (local.get 0)))
  (func (export "size") (result i64) (table.size $t64))
  (func (export "grow") (param i64) (result i64)
    (table.grow $t64 (ref.null func) (local.get 0)))
  (func (export "is_null") (param i64) (result i32)
    (ref.is_null (table.get $t64 (local.get 0))))
  (func (export "fill") (param i64 i64)
    (table.fill $t64 (local.get 0) (ref.null func) (local.get 1))))
(assert_return (invoke "call" (i64.const 1)) (i32.const 42))
(assert_trap (invoke "call" (i64.const 0)) "uninitialized element")
(assert_trap (invoke "call" (i64.const 0x1_0000_0001)) "undefined element")
(assert_trap (invoke "call" (i64.const -1)) "undefined element")
(assert_return (invoke "is_null" (i64.const 0)) (i32.const 1))
(assert_trap (invoke "is_null" (i64.const 0x1_0000_0000)) "out of bounds table access")
(assert_return (invoke "grow" (i64.const 0x1_0000_0000)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 1)) (i64.const 2))
(assert_return (invoke "size") (i64.const 3))
(assert_trap (invoke "fill" (i64.const 0) (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_trap (invoke "fill" (i64.const -1) (i64.const 2)) "out of bounds table access")
(assert_return (invoke "call" (i64.const 1)) (i32.const 42))
(invoke "fill" (i64.const 0) (i64.const 3))
(assert_trap (invoke "call" (i64.const 1)) "uninitialized element")
