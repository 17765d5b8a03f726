;; Several results move bit for bit, signaling NaNs included, whatever
;; registers a back end's return convention would pick for them (LLVM on
;; x86-64 once returned a float after two float or vector results through
;; x87, which quiets a signaling NaN). Found by the differential fuzzer.
(module
  (func $v2f (export "v128-v128-f32") (param f32) (result v128 v128 f32 i32 i64)
    v128.const i32x4 1 2 3 4
    v128.const i32x4 5 6 7 8
    local.get 0
    i32.const 511
    i64.const 7)
  (func $f3 (export "f32x3") (param f32 f32 f32) (result f32 f32 f32)
    local.get 0 local.get 1 local.get 2)
  (func $d3 (export "f64x3") (param f64 f64 f64) (result f64 f64 f64)
    local.get 0 local.get 1 local.get 2)
  (func (export "const-f32x3") (result f32 f32 f32)
    f32.const -nan:0x3fffff f32.const nan:0x1 f32.const -nan:0x200001)
  (func (export "const-f64x4") (result f64 f64 f64 f64)
    f64.const nan:0x1 f64.const -nan:0x7ffffffffffff f64.const 1.5 f64.const -nan:0x4)
  ;; Through a wasm-to-wasm call, too.
  (func (export "call-f32x3") (param f32 f32 f32) (result f32 f32 f32)
    local.get 0 local.get 1 local.get 2 call $f3)
  (func (export "call-v128-v128-f32") (param f32) (result v128 v128 f32 i32 i64)
    local.get 0 call $v2f)
)
(assert_return (invoke "v128-v128-f32" (f32.const -nan:0x3fffff))
  (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8) (f32.const -nan:0x3fffff) (i32.const 511) (i64.const 7))
(assert_return (invoke "f32x3" (f32.const nan:0x1) (f32.const -nan:0x3fffff) (f32.const nan:0x200000))
  (f32.const nan:0x1) (f32.const -nan:0x3fffff) (f32.const nan:0x200000))
(assert_return (invoke "f64x3" (f64.const nan:0x1) (f64.const -nan:0x7ffffffffffff) (f64.const nan:0x8000000000000))
  (f64.const nan:0x1) (f64.const -nan:0x7ffffffffffff) (f64.const nan:0x8000000000000))
(assert_return (invoke "const-f32x3") (f32.const -nan:0x3fffff) (f32.const nan:0x1) (f32.const -nan:0x200001))
(assert_return (invoke "const-f64x4") (f64.const nan:0x1) (f64.const -nan:0x7ffffffffffff) (f64.const 1.5) (f64.const -nan:0x4))
(assert_return (invoke "call-f32x3" (f32.const nan:0x1) (f32.const -nan:0x3fffff) (f32.const nan:0x200000))
  (f32.const nan:0x1) (f32.const -nan:0x3fffff) (f32.const nan:0x200000))
(assert_return (invoke "call-v128-v128-f32" (f32.const -nan:0x3fffff))
  (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8) (f32.const -nan:0x3fffff) (i32.const 511) (i64.const 7))
