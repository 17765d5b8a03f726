;; Functions calling each other, so the object has call relocations. `$b`
;; is recursive so a call to it survives inlining.
(module
  (func $a (param i32) (result i32) local.get 0 call $b)
  (func $b (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (call $b (i32.sub (local.get 0) (i32.const 1))))
      (else (i32.const 1))))
  (func (export "f") (param i32) (result i32) local.get 0 call $a))
