;; Globals: defined mutable and immutable, imported mutable and immutable.
(module
  (import "env" "g_imm" (global $imm i32))
  (import "env" "g_mut" (global $imp (mut i64)))
  (global $counter (mut i32) (i32.const 0))
  (global $scale f64 (f64.const 2.5))
  (func (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (global.get $imm)))
    (global.get $counter))
  (func (export "imported") (param i64)
    (global.set $imp (i64.add (global.get $imp) (local.get 0))))
  (func (export "scaled") (param f64) (result f64) (f64.mul (local.get 0) (global.get $scale))))
